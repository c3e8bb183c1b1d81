#!/usr/bin/env python3
"""Builds the eval/dw seed pages and their gold files from one hand-written data table (further below).
Every headline and paragraph is the blind tester's own wording (invented; no copied sentences). Part A imitates,
from memory, the page layouts of ten real broadcast/audio outlets; Part B outlets are invented. Deterministic.
Run from the project root:  python3 eval/dw/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.", "Ret.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **kw):
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(kw)
    return d


def OFF(t, h, p, st, a=None, n="", **kw):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **kw)


def first_sentence(par):
    for m in re.finditer(r'[.!?]["\'\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018\u2019\']|$)', par):
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
    """'YYYY-MM-DD HH:MM[:SS]' local time in zone; a bare 'YYYY-MM-DD' gives noon (date-only entries)."""
    for f in ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d"):
        try:
            d = datetime.strptime(s, f)
            break
        except ValueError:
            continue
    if len(s) == 10:
        d = d.replace(hour=12)
    return d.replace(tzinfo=ZoneInfo(zone))


def ampm(d, sep=":", space="", up=False, dots=False):
    hh = d.hour % 12 or 12
    if dots:
        suf = "a.m." if d.hour < 12 else "p.m."
    else:
        suf = "am" if d.hour < 12 else "pm"
    if up:
        suf = suf.upper()
    return f"{hh}{sep}{d.minute:02d}{space}{suf}"


def ordinal(n):
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


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


def iso(d):
    return d.isoformat().replace("+00:00", "Z")


def slug(s, n=60):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:n].strip("-")


# ================================================================ Part A renderers (layouts of real outlets, from memory)

def r_cnn(S):
    """CNN Transcripts (transcripts.cnn.com), text scrape of one show hour. Title line = the segment headlines joined by ';'
    plus 'Aired 10-11a ET'; 'Aired April 4, 2026 - 10:00   ET'; rush-transcript disclaimer; bracketed 24-hour ET markers
    '[10:02:47]' open each segment; speaker labels in capitals; (BEGIN VIDEOTAPE)/(COMMERCIAL BREAK) directions."""
    z = S["zone"]; order_check(S, False); d0 = dt(S["aired"], z)
    L = ["Skip to main content", "", "CNN", "US   World   Politics   Business   Health   Entertainment   Style   Travel   Sports   Science   Climate   Weather   Ukraine-Russia War",
         "Watch   Listen   Live TV   Subscribe   Sign in", "", "Transcripts", "", "Return to Transcripts main page", "", S["show"], "",
         S["title"], "", f"Aired {MONTHS[d0.month - 1]} {d0.day}, {d0.year} - {d0:%H:%M}   ET", "",
         "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.", ""]
    stamps = []
    for e in S["entries"]:
        d = dt(e["t"], z); st = f"[{d:%H:%M:%S}]"; stamps.append(st)
        L += [st, ""]
        if e.get("vt"):
            L += ["(BEGIN VIDEOTAPE)", ""]
        for lab, p in zip(e["lab"], e["p"]):
            L += [f"{lab}: {p}" if lab else p, ""]
        if e.get("vt"):
            L += ["(END VIDEOTAPE)", ""]
        if e.get("brk"):
            L += ["(COMMERCIAL BREAK)", ""]
    L += ["[10:59:58]", "", "(END)", "", "Search CNN...", "", "Terms of Use   Privacy Policy   Ad Choices   Accessibility & CC   About   Newsletters   Transcripts",
          "\u00a9 2026 Cable News Network. A Warner Bros. Discovery Company. All Rights Reserved.",
          "CNN Sans \u2122 & \u00a9 2016 Cable News Network."]
    return "\n".join(L) + "\n", stamps


def r_cspan(S):
    """C-SPAN.org topic page, HTML, newest first. Cards: duration, h3 title, 'Public Affairs Event | Apr 10, 2026 | 5:31pm EDT',
    one or two description paragraphs. No JSON-LD (none is shipped for topic pages, as far as remembered)."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | C-SPAN.org</title>',
           '<meta name="description" content="Watch programs, hearings and briefings on the Russia-Ukraine war from the C-SPAN Video Library.">',
           '</head><body>',
           '<header class="site-header"><a class="logo" href="https://www.c-span.org/">C-SPAN</a>'
           '<nav class="main-nav"><a href="/congress/">Congress</a> <a href="/whitehouse/">White House</a> <a href="/supremecourt/">Supreme Court</a> '
           '<a href="/campaign2026/">Campaign 2026</a> <a href="/washingtonjournal/">Washington Journal</a> <a href="/booktv/">Book TV</a> '
           '<a href="/history/">American History TV</a> <a href="/podcasts/">Podcasts</a> <a href="/classroom/">Classroom</a></nav>'
           '<div class="watch-live">Watch Live: <a>C-SPAN</a> <a>C-SPAN 2</a> <a>C-SPAN 3</a> <a>C-SPAN Radio</a></div>'
           '<a class="login" href="/account/">Log In</a> <a class="search" href="/search/">Search</a></header>',
           '<main class="topic">', f'<h1>{esc(S["title"])}</h1>', f'<p class="topic-intro">{esc(S["lede"])}</p>',
           '<div class="sort">Sort by: <a class="active">Most Recent</a> | <a>Most Watched</a> | <a>Oldest</a></div>', '<ul class="video-list">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{SHORT_MONTHS[d.month - 1]} {d.day}, {d.year} | {ampm(d)} EDT"; stamps.append(st)
        link = f"/program/{slug(e['kind'], 30)}/{slug(e['h'], 50)}/{661240 - i * 37}"
        out.append(f'<li class="video"><a class="thumb" href="{link}"><span class="duration">{e["dur"]}</span></a>')
        out.append(f'<h3><a href="{link}">{esc(e["h"])}</a></h3>')
        out.append(f'<p class="meta"><span class="type">{esc(e["kind"])}</span> | <span class="date">{st}</span></p>')
        out += [f'<p class="desc">{esc(p)}</p>' for p in e["p"]]
        out.append(f'<p class="views">{e["views"]} views</p></li>')
        if i == 3:
            out.append('<li class="promo">Get C-SPAN in your inbox: <a href="/newsletters/">Sign up for our newsletters</a></li>')
    out += ['</ul>', '<a class="more" href="?page=2">Load More</a></main>',
            '<footer><a href="/about/">About C-SPAN</a> <a href="/about/contact/">Contact Us</a> <a href="/about/privacyPolicy/">Privacy Policy</a> '
            '<a href="/about/termsAndConditions/">Terms and Conditions</a><p>C-SPAN.org, Copyright \u00a9 2026 National Cable Satellite Corporation.</p>'
            '<p>Created by cable in 1979. Brought to you by your television provider.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_youtube(S):
    """YouTube watch page of a news channel's video, text scrape. Title, channel, subscribers, action buttons,
    'NN views  Apr 18, 2026  #tags', description with chapter lines ('0:41 Title') each followed by a summary line,
    channel boilerplate, chapter carousel, transcript box, comment count. Date only, no clock time anywhere."""
    z = S["zone"]; d0 = dt(S["entries"][0]["t"], z)
    L = ["Skip navigation", "Search", "Create", "Sign in", "", S["title"], "", S["channel"], S["subs"], "Subscribe", "", "2.6K", "Share", "Download", "Clip", "Save", "",
         f"{S['views']} views  {SHORT_MONTHS[d0.month - 1]} {d0.day}, {d0.year}  #Ukraine #Russia #SkyNews", "", S["lede"], "", "0:00 Intro"]
    for e in S["entries"]:
        L += [f"{e['ch']} {e['h']}"] + e["p"]
    L += ["", "#ukraine #russia #skynews", "", "SUBSCRIBE to our YouTube channel for more videos: http://www.youtube.com/skynews", "",
          "Follow us on X: https://x.com/skynews", "Like us on Facebook: https://www.facebook.com/skynews", "",
          "For more content go to http://news.sky.com and download our apps:", "", "Sky News Daily podcast is available for free here: https://podfollow.com/skynewsdaily/", "",
          "Chapters", "View all", "", "Intro", "0:00"]
    for e in S["entries"]:
        L += [e["h"], e["ch"]]
    L += ["", "Transcript", "Follow along using the transcript.", "Show transcript", "", S["channel"], S["subs"], "Videos", "About", "", "Show less", "",
          f"{S['comments']} Comments", "Sort by", "Add a comment...", "", "Up next", "Autoplay is on"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_apple(S):
    """Apple Podcasts web show page, HTML. Show header, episode list newest first with an upper-case date label 'APR 24'
    (no year, no time), title, summary, duration. JSON-LD 'schema:show' PodcastSeries whose workExample episodes carry
    datePublished with a UTC time."""
    z = S["zone"]; order_check(S, True)
    eps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        eps.append({"@type": "PodcastEpisode", "name": e["h"], "datePublished": iso(d.astimezone(UTC)),
                    "url": f"{S['url']}?i={1000712345900 - i * 13}", "duration": f"PT{e['dur']}M", "description": " ".join(e["p"])})
    ld = {"@context": "http://schema.org", "@type": "PodcastSeries", "name": S["title"], "description": S["lede"], "url": S["url"],
          "author": {"@type": "Organization", "name": S["provider"]}, "genre": ["News", "Daily News"],
          "aggregateRating": {"@type": "AggregateRating", "ratingValue": 4.6, "reviewCount": 1214}, "workExample": eps}
    out = ['<!DOCTYPE html>', '<html lang="en-US" dir="ltr"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - Podcast - Apple Podcasts</title>',
           f'<meta property="og:title" content="{attr(S["title"])}">', f'<link rel="canonical" href="{S["url"]}">',
           '<script id="schema:show" type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<div class="navigation"><a class="logo" href="https://podcasts.apple.com/">Apple Podcasts</a>'
           '<ul><li><a>Home</a></li><li><a>New</a></li><li><a>Top Charts</a></li><li><a>Search</a></li></ul><a class="open-in">Open in Podcasts</a></div>',
           '<main><div class="product-header">', f'<h1 class="headings__title">{esc(S["title"])}</h1>',
           f'<p class="headings__subtitles"><a>{esc(S["provider"])}</a></p>', '<p class="headings__metadata">News \u00b7 Updated Daily</p>',
           '<p class="rating">4.6 (1.2K)</p>', f'<p class="product-header__description">{esc(S["lede"])}</p>',
           '<button>Follow</button> <button>Latest Episode</button></div>', '<section class="episodes"><h2>Episodes</h2><ol>']
    stamps = []
    for e in S["entries"]:
        d = dt(e["t"], z); st = f"{SHORT_MONTHS[d.month - 1].upper()} {d.day}"; stamps.append(st)
        out.append(f'<li class="episode"><p class="episode-details__published-date">{st}</p>')
        out.append(f'<h3 class="episode-details__title">{esc(e["h"])}</h3>')
        out += [f'<p class="episode-details__summary">{esc(p)}</p>' for p in e["p"]]
        out.append(f'<p class="episode-details__duration">{e["dur"]} min</p><button aria-label="Play">Play</button></li>')
    out += ['</ol><a class="see-all">See All</a></section>',
            '<section class="information"><h2>Information</h2><dl><dt>Creator</dt><dd>' + esc(S["provider"]) + '</dd><dt>Years Active</dt><dd>2023 - 2026</dd>'
            '<dt>Episodes</dt><dd>1,874</dd><dt>Rating</dt><dd>Clean</dd><dt>Copyright</dt><dd>\u00a9 ' + esc(S["provider"]) + '</dd><dt>Show Website</dt><dd><a>'
            + esc(S["title"]) + '</a></dd></dl></section>',
            '<section class="shelf"><h2>You Might Also Like</h2><ul><li>The Rest Is Politics</li><li>Ukraine: The Latest</li><li>Global News Podcast</li></ul></section></main>',
            '<footer><p>Copyright \u00a9 2026 Apple Inc. All rights reserved.</p><a>Internet Service Terms</a> <a>Apple Podcasts web player &amp; Privacy</a> '
            '<a>Cookie Warning</a> <a>Support</a> <a>Feedback</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_bbcsounds(S):
    """BBC Sounds episode page of Ukrainecast, text scrape. Brand, episode title, 'Podcast', release date '30 Apr 2026' and
    duration (no time), availability note, description with an intro line and the episode's segments (heading + text),
    presenter credits, 'More episodes' with earlier dates, BBC footer."""
    z = S["zone"]; d0 = dt(S["entries"][0]["t"], z)
    L = ["BBC", "Sounds", "Menu", "Search BBC Sounds", "Home", "Music", "Podcasts", "My Sounds", "Sign in", "", "Ukrainecast", "", S["title"], "",
         "Podcast", "Ukrainecast", f"{d0.day} {SHORT_MONTHS[d0.month - 1]} {d0.year}", "43 mins", "Available for over a year", "",
         "Play", "Add to My Sounds", "Share", "", S["lede"], ""]
    for e in S["entries"]:
        L += [e["h"]] + e["p"] + [""]
    L += [S["credits"], "", "Get in touch with the team by email or on WhatsApp.", "", "More episodes", ""]
    for t, dd, m in S["more"]:
        L += [t, dd, m, ""]
    L += ["See all episodes from Ukrainecast", "", "Terms of Use  About the BBC  Privacy Policy  Cookies  Accessibility Help  Parental Guidance  Contact the BBC",
          "Copyright \u00a9 2026 BBC. The BBC is not responsible for the content of external sites. Read about our approach to external linking."]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_timesradio(S):
    """Times Radio live page (The Times' house style), HTML. Date header 'Saturday May 09 2026', newest first, bare
    'h.mmam/pm' (UK time implied), h2 headline after the time, 'By NAME' line, 'Listen' clip link. LiveBlogPosting JSON-LD
    with per-update datePublished (+01:00)."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z); first = dt(S["entries"][-1]["t"], z)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{7 - i}", "headline": e["h"], "datePublished": d.isoformat(), "articleBody": " ".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "description": S["lede"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "publisher": {"@type": "Organization", "name": "Times Radio"}, "liveBlogUpdate": ups}
    dh = f"{DAYS_EN[first.weekday()]} {MONTHS[first.month - 1]} {first.day:02d} {first.year}"
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Times Radio</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="tr-header"><a class="tr-logo" href="/">Times Radio</a><a class="tr-listen" href="/listen">Listen live</a>'
           '<nav><a href="/schedule">Schedule</a> <a href="/presenters">Presenters</a> <a href="/podcasts">Podcasts</a> <a href="/clips">Clips</a> '
           '<a href="/news">News</a></nav><p class="tr-onair">On air now: Saturday Drive</p><a class="tr-sub" href="https://www.thetimes.com/subscribe">Subscribe to The Times</a></header>',
           '<main><p class="live-badge">LIVE</p>', f'<h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>',
           f'<p class="live-date">{dh}</p>', '<div class="live-updates">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, sep="."); stamps.append(st)
        out.append(f'<article class="live-update" id="post-{7 - i}"><span class="live-update__time">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="live-update__byline">By {esc(e["a"])}</p>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
            if e.get("listen"):
                out.append(f'<p class="listen"><a href="/clips/{slug(e["h"], 40)}">Listen: {esc(e["listen"])}</a></p>')
        else:
            out.append('<figure class="video"><div class="video__player">Video, 1:04</div></figure>')
        out.append('</article>')
        if i == 2:
            out.append('<aside class="newsletter"><p>Get the Times Radio newsletter: the best of our shows, every weekday.</p><button>Sign up</button></aside>')
    out += ['</div></main>', '<footer><p>\u00a9 Times Media Limited 2026. Registered in England No. 894646.</p>'
            '<a>Privacy &amp; cookie policy</a> <a>Terms and conditions</a> <a>Contact us</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_bloomberg(S):
    """Bloomberg video page, HTML. Main video (h1, 'Bloomberg Television', 'May 22nd, 2026, 12:05 PM EDT', summary naming the
    show), then 'More From Bloomberg Television' cards (title, duration, same stamp form, summary), newest first.
    VideoObject JSON-LD for the main video only."""
    z = S["zone"]; order_check(S, True)
    m = S["entries"][0]; d0 = dt(m["t"], z)

    def stamp(d):
        return f"{MONTHS[d.month - 1]} {ordinal(d.day)}, {d.year}, {ampm(d, space=' ', up=True)} EDT"
    ld = {"@context": "https://schema.org", "@type": "VideoObject", "name": m["h"], "description": " ".join(m["p"]),
          "uploadDate": d0.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"), "duration": "PT4M12S",
          "thumbnailUrl": "https://assets.bwbx.io/images/users/iqjWHBFdfxIU/i8vQm2Xc1YtA/v0/-1x-1.jpg", "embedUrl": S["url"],
          "publisher": {"@type": "Organization", "name": "Bloomberg", "logo": {"@type": "ImageObject", "url": "https://assets.bwbx.io/s3/javelin/public/javelin/images/bloomberg-logo.png"}}}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>Watch {esc(m["h"])} - Bloomberg</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="nav"><a class="logo" href="/">Bloomberg</a><nav><a>Live TV</a> <a>Markets</a> <a>Economics</a> <a>Industries</a> <a>Tech</a> '
           '<a>Politics</a> <a>Businessweek</a> <a>Opinion</a> <a>More</a></nav><a class="sub">Subscribe</a> <a class="signin">Sign In</a></header>',
           '<div class="ticker">S&amp;P 500 FUT 5,912.25 +0.31% | BRENT 67.84 +1.62% | EUR/USD 1.1342 -0.08% | US 10YR 4.41%</div>',
           '<main><section class="video-player"><div class="player">Bloomberg video 04:12</div>', f'<h1 class="video-title">{esc(m["h"])}</h1>',
           f'<div class="video-meta"><span class="brand">Bloomberg Television</span> <time datetime="{ld["uploadDate"]}">{stamp(d0)}</time></div>']
    out += [f'<p class="video-summary">{esc(p)}</p>' for p in m["p"]]
    out += ['<div class="share">Share <a>X</a> <a>LinkedIn</a> <a>Facebook</a> <a>Email</a></div></section>',
            '<section class="more-videos"><h2>More From Bloomberg Television</h2>']
    stamps = [stamp(d0)]
    for e in S["entries"][1:]:
        d = dt(e["t"], z); st = stamp(d); stamps.append(st)
        out.append(f'<article class="video-card"><a class="thumb" href="/news/videos/2026-05-22/{slug(e["h"], 50)}"><span class="duration">{e["dur"]}</span></a>')
        out.append(f'<h3 class="video-card__title">{esc(e["h"])}</h3><time class="video-card__date">{st}</time>')
        out += [f'<p class="video-card__summary">{esc(p)}</p>' for p in e["p"]]
        out.append('</article>')
    out += ['</section></main>', '<footer><a>Terms of Service</a> <a>Do Not Sell or Share My Personal Information</a> <a>Trademarks</a> <a>Privacy Policy</a>'
            '<p>\u00a92026 Bloomberg L.P. All Rights Reserved</p><a>Careers</a> <a>Made in NYC</a> <a>Advertise</a> <a>Ad Choices</a> <a>Help</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_cbc(S):
    """CBC Radio 'The Current' episode page, text scrape. 'CBC Radio \u00b7 Posted: May 28, 2026 10:42 AM EDT | Last Updated: May 28',
    'Social Sharing', full-episode player, then segments: h2, photo caption with credit, summary, 'Listen | 19:32', 'Produced by NAME.'"""
    z = S["zone"]; d0 = dt(S["posted"], z)
    L = ["Skip to Main Content", "", "CBC", "Menu", "Search", "Sign In", "", "Radio", "", "The Current", "Home   Podcast   Schedule   Contact Us", "",
         S["title"], "", f"CBC Radio \u00b7 Posted: {SHORT_MONTHS[d0.month - 1]} {d0.day:02d}, {d0.year} {ampm(d0, space=' ', up=True)} EDT | Last Updated: {MONTHS[d0.month - 1]} {d0.day}", "",
         "Social Sharing", "", "Listen to the full episode", "1:24:16", "", S["lede"], ""]
    for e in S["entries"]:
        L += [e["h"], ""]
        if e.get("cap"):
            L += [e["cap"], ""]
        L += ptxt(e["p"]) + [f"Listen | {e['dur']}", ""]
        if e["a"]:
            L += [f"Produced by {e['a']}.", ""]
    L += ["Corrections and clarifications", "Journalistic standards", "", "Radio Schedule   CBC Listen   CBC Gem   Podcasts",
          "Privacy  Terms of Use  Reuse & Permission  Accessibility  Contact Us", "\u00a92026 CBC/Radio-Canada. All rights reserved."]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_rferl(S):
    """RFE/RL podcast RSS 2.0 (the feed behind a podcast page's RSS button): itunes tags, pubDate in GMT, HTML description in
    CDATA, per-item itunes:author (a correspondent, or the service name), enclosure and duration. Newest first."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           '<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">',
           '<channel>', f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>',
           f'<atom:link href="{attr(S["url"])}/rss" rel="self" type="application/rss+xml"/>', f'<description>{esc(S["lede"])}</description>',
           '<language>en-us</language>', '<copyright>RFE/RL</copyright>', f'<lastBuildDate>{rfc822(last, gmt=True)}</lastBuildDate>',
           '<itunes:author>RFE/RL</itunes:author>', '<itunes:category text="News"><itunes:category text="Politics"/></itunes:category>', '<itunes:explicit>false</itunes:explicit>',
           f'<image><url>https://gdb.rferl.org/podcast-art/ukraine-dispatch.png</url><title>{esc(S["title"])}</title><link>{S["url"]}</link></image>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=True); stamps.append(st)
        aid = 33812450 - i * 117
        out += ['<item>', f'<title>{esc(e["h"])}</title>', '<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>',
                f'<link>https://www.rferl.org/a/{aid}.html</link>', f'<guid isPermaLink="true">https://www.rferl.org/a/{aid}.html</guid>',
                f'<pubDate>{st}</pubDate>', f'<itunes:author>{esc(e["a"] or e["desk"])}</itunes:author>', f'<itunes:duration>{e["dur"]}</itunes:duration>',
                f'<enclosure url="https://rfe-audio-ns.akamaized.net/rferl/2026/06/05/{aid}_hq.mp3" length="{4100000 + i * 77331}" type="audio/mpeg"/>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_dlf(S):
    """Deutschlandfunk news RSS 2.0 (English-language page's feed): pubDate with the Berlin offset (+0200 in summer),
    plain-text description, no authors, German URL slugs ending '-100.html'."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/">',
           '<channel>', f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>',
           '<language>en</language>', '<copyright>Deutschlandradio - deutschlandfunk.de</copyright>', f'<lastBuildDate>{rfc822(last)}</lastBuildDate>',
           f'<atom:link href="{attr(S["url"])}.rss" rel="self" type="application/rss+xml"/>',
           '<image><url>https://www.deutschlandfunk.de/static/img/deutschlandfunk/icons/rss-logo.png</url><title>Deutschlandfunk</title>'
           f'<link>{S["url"]}</link></image>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        link = f"https://www.deutschlandfunk.de/{e['de']}-100.html"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<description>{esc(" ".join(e["p"]))}</description>',
                f'<guid isPermaLink="false">dlf-news-en-{4471200 + i * 9}</guid>', f'<pubDate>{st}</pubDate>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


# ================================================================ Part B renderers (invented outlets)

def r_heathermere(S):
    """text live, newest first, 'Key Points' list, headline then '19:05 BST \u00b7 NAME' line, body."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"].upper(), "Home | UK | World | Business | Opinion | Sport | Live", "", "LIVE", S["title"], S["dateline"], "", S["lede"], "",
         "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} BST"; stamps.append(st)
        L += [e["h"], f"{st} \u00b7 {e['a']}" if e["a"] else st, ""]
        if e["p"]:
            L += ptxt(e["p"])
        else:
            L += ["[Video: 0:48]", ""]
        if i == 2:
            L += ["Get our Ukraine briefing in your inbox every morning. Sign up here.", ""]
    L += ["Show earlier posts", "", f"{S['source']} \u00b7 About us \u00b7 Corrections \u00b7 Privacy \u00b7 Cookie settings"]
    return "\n".join(L) + "\n", stamps


def r_lamplight(S):
    """HTML live, oldest first; LiveBlogPosting JSON-LD with one BlogPosting per update (own datePublished, +03:00);
    visible '11:48 EEST' span above the h2; optional author line."""
    z = S["zone"]; order_check(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#u{i + 1}", "headline": e["h"], "datePublished": d.isoformat(),
             "articleBody": "\n\n".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
          "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2014 {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header><a class="brand" href="/">{esc(S["source"])}</a><nav><a>War</a> <a>Politics</a> <a>Business</a> <a>Culture</a> <a>Support independent journalism</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} EEST"; stamps.append(st)
        out.append(f'<article class="update" id="u{i + 1}"><span class="update-time">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="update-author">by {esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<div class="share"><a>Copy link</a> <a>Share</a></div></article>')
        if i == 3:
            out.append('<aside class="donate">Our reporters work in Kyiv through every air raid. Become a member from $5 a month.</aside>')
    out += ['<p class="end">Our live coverage continues tomorrow.</p></main>', f'<footer>\u00a9 {esc(S["source"])} \u00b7 Editorial policy \u00b7 Team \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_atom(S):
    """Atom 1.0, newest first; <published> ISO with the outlet's offset (Z for UTC); escaped-HTML content; optional author."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/atom.xml"/>',
           f'<id>{S["url"]}/atom.xml</id>', f'<updated>{iso(dt(S["entries"][0]["t"], z))}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        out += ['<entry>', f'<title>{esc(e["h"])}</title>', f'<link href="{S["url"]}/{e.get("cat", "world")}/{i + S["idbase"]}"/>',
                f'<id>{S["url"]}/{e.get("cat", "world")}/{i + S["idbase"]}</id>', f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_rss(S):
    """RSS 2.0, newest first: pubDate with 'GMT' or the numeric offset (S['rfc']), CDATA paragraphs, dc:creator when the item
    has an author, category."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>', '<language>en</language>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=S["rfc"] == "GMT"); stamps.append(st)
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{S["url"]}/{e.get("cat", "world").lower()}/{i + S["idbase"]}</link>',
                f'<guid isPermaLink="false">{S["guid"]}-{i + S["idbase"]}</guid>', f'<pubDate>{st}</pubDate>', f'<category>{e.get("cat", "World")}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_article(S):
    """text article with section headings (one entry per section), page byline and a dateline with time and zone; no per-section stamp."""
    L = [S["source"], "Front page  /  World  /  Ukraine", "", S["kicker"], S["title"], "", S["lede"], "", f"By {S['byline']}", S["dateline"], "",
         "Share \u00b7 Print \u00b7 Listen to this article (6 min)", ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 0:
            L += [S["caption"], ""]
    L += [S["more"], "", f"\u00a9 {S['source']} \u00b7 Terms \u00b7 Privacy \u00b7 Subscribe"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_moselkamp(S):
    """text live, newest first; header clock 'Sunday, 17 May 2026 \u00b7 Last updated 20:40 CEST'; each post: relative stamp
    ('25 min ago', '2 hrs ago') counted back from that clock, then headline, then body; one page byline."""
    z = S["zone"]; order_check(S, True); ref = dt(S["ref"], z)
    L = [S["source"], "News in English from the Rhineland", "Politics  \u00b7  Europe  \u00b7  World  \u00b7  Economy  \u00b7  Live", "", "LIVE BLOG",
         S["title"], f"{DAYS_EN[ref.weekday()]}, {ref.day} {MONTHS[ref.month - 1]} {ref.year} \u00b7 Last updated {ref:%H:%M} CEST", S["byline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        if mins < 60:
            st = f"{mins} min ago"
        else:
            assert mins % 60 == 0, e["t"]
            st = "1 hr ago" if mins == 60 else f"{mins // 60} hrs ago"
        stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["ANZEIGE / ADVERTISEMENT", ""]
    L += ["Refresh for the latest posts.", "", f"{S['source']} \u00b7 Impressum \u00b7 Datenschutz \u00b7 Contact"]
    return "\n".join(L) + "\n", stamps


def r_wattleford(S):
    """HTML live, oldest first, no JSON-LD; '1.05pm AEST' in a <span>, h2, 'By NAME' line; a syndication credit line when set."""
    z = S["zone"]; order_check(S, False)
    out = ['<!DOCTYPE html>', '<html lang="en-AU"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title></head><body>',
           f'<header><a class="masthead" href="/">{esc(S["source"])}</a><nav><a>National</a> <a>World</a> <a>Business</a> <a>Sport</a> <a>Live</a></nav>'
           '<a class="subscribe">Subscribe</a></header>',
           f'<main><p class="live">LIVE</p><h1>{esc(S["title"])}</h1>', f'<p class="date">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, sep='.')} AEST"; stamps.append(st)
        out.append(f'<section class="post"><span class="post-time">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="post-byline">By {esc(e["a"])}</p>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery">Gallery: 12 photos</div>')
        if e.get("credit"):
            out.append(f'<p class="credit"><em>{esc(e["credit"])}</em></p>')
        out.append('</section>')
        if i == 2:
            out.append('<aside class="promo">Download the Wattleford Ledger app for breaking news alerts.</aside>')
    out += ['<p class="end">This blog is now closed.</p></main>', f'<footer>\u00a9 {esc(S["source"])} Pty Ltd \u00b7 Privacy \u00b7 Conditions of use \u00b7 Contact</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_dniester(S):
    """HTML live, newest first; JSON-LD @graph: organisation node + article node with @type ['NewsArticle','LiveBlogPosting']
    and liveBlogUpdate array (per-update datePublished, +03:00); visible bare '09:40' above the h2; note 'All times Kyiv (EEST)'."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    base = S["url"].split("/live")[0]
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "headline": e["h"], "datePublished": d.isoformat(), "articleBody": " ".join(e["p"]), "url": f"{S['url']}#post-{len(S['entries']) - i}"}
        if e["a"]:
            u["author"] = [{"@type": "Person", "name": e["a"]}]
        ups.append(u)
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsMediaOrganization", "@id": base + "/#org", "name": S["source"], "url": base},
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
         "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "publisher": {"@id": base + "/#org"}, "liveBlogUpdate": ups}]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header>{esc(S["source"])} <nav><a>Ukraine</a> <a>Moldova</a> <a>Region</a> <a>Opinion</a> <a>Newsletter</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="meta">{esc(S["dateline"])} \u00b7 {esc(S["tznote"])}</p>', f'<p class="lead">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="post" id="post-{len(S["entries"]) - i}"><span class="post-time">{st}</span><h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="post-sig">{esc(e["a"])}</p>')
        out.append('</div>')
        if i == 1:
            out.append('<aside><h3>Read more</h3><a href="/explainers/air-defence">Which air defence systems Ukraine has, and which it still needs</a></aside>')
    out += ['</main>', f'<footer>{esc(S["source"])} \u00b7 About \u00b7 Ethics \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_mazurek(S):
    """text live, oldest first; date line with weekday and day but NO year anywhere; '9:05 am' line before the headline; page byline."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"].upper(), "Poland  \u00b7  Europe  \u00b7  Ukraine  \u00b7  Business  \u00b7  Live", "", S["title"], S["dateline"], S["byline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, space=" "); stamps.append(st)
        L += [st, e["h"], ""]
        L += ptxt(e["p"]) if e["p"] else ["(video, 0:36)", ""]
        if i == 2:
            L += ["Support independent journalism from Warsaw \u2014 subscribe today.", ""]
    L += ["That's all from us for today. Thanks for following.", "", f"{S['source']} \u00b7 Contact \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def B(e, **kw):
    e.update(kw)
    return e


# ================================================================ PART A: ten real outlets' layouts (own words, invented content)
SEEDS = []

# ---------------------------------------------------------------- 12800 CNN Transcripts
SEEDS.append(dict(
  id="12800", name="12800_cnn-transcript", ext="txt", source="CNN", zone="America/New_York", render=r_cnn,
  show="CNN NEWSROOM", aired="2026-04-04 10:00",
  title="Russian Drones Hit Odesa Grain Terminal, Killing Two; Ukraine And Russia To Resume Talks In Geneva; Tornado Watch Across Mississippi Valley; Germany, Netherlands To Fund Patriot Missiles For Kyiv; Ukraine Drones Strike Refinery In Russia's Samara Region. Aired 10-11a ET",
  basis="bracketed transcript marker '{s}' (24-hour Eastern time; 'Aired April 4, 2026 - 10:00   ET' gives the day and the zone, EDT = UTC-4); local {d} in {z}",
  notes="Imitates a CNN transcript page (transcripts.cnn.com) for one hour of CNN Newsroom, copied as text. No per-segment headlines: the page title line strings the hour's segment headlines together with ';' and 'Aired 10-11a ET'. The page date and zone are in 'Aired April 4, 2026 - 10:00   ET'; each segment opens with a bracketed 24-hour marker such as '[10:02:47]' (kept with seconds). One entry per news segment (six), oldest first. Paragraphs are speaker turns 'NAME, ROLE: text' or 'NAME: text'; first_sentence is the first sentence after the speaker label (the label is not part of the sentence). Author: only the correspondent package (12800-02) is signed off ('Oksana Verbytska, CNN, Odesa.'), so it gets that name; anchor and guest turns are not bylines (null). 12800-04 (tornado watch) is off-beat. Directions '(BEGIN VIDEOTAPE)', '(END VIDEOTAPE)', '(COMMERCIAL BREAK)' and the closing '[10:59:58]' / '(END)' are not entries. Segment 12800-01 introduces the package 12800-02 (same story).",
  not_entries=["'Skip to main content', CNN navigation, Watch/Listen/Live TV/Subscribe/Sign in", "'Transcripts' and 'Return to Transcripts main page'",
               "show name 'CNN NEWSROOM'", "title line (segment headlines joined by ';' + 'Aired 10-11a ET') = page title",
               "'Aired April 4, 2026 - 10:00   ET' line (date and zone of the page)", "rush-transcript disclaimer",
               "stage directions (BEGIN VIDEOTAPE), (END VIDEOTAPE), (COMMERCIAL BREAK)", "closing marker '[10:59:58]' and '(END)'",
               "footer links and copyright lines"],
  entries=[
  E("2026-04-04 10:00:12", None,
    ["We begin this hour in southern Ukraine, where Russian drones tore into a grain terminal in the port of Odesa overnight, killing two workers and setting a warehouse full of wheat on fire.",
     "Ukrainian officials say more than 60 drones were launched at the Odesa region alone, and that air defenses brought down most of them. But several got through to the port district, where firefighters are still trying to contain the blaze this morning.",
     "The attack comes just two days before Ukrainian and Russian negotiators are due to sit down again in Geneva. We'll have more on those talks in a moment. But first, CNN's Oksana Verbytska has been to the port."],
    "strikes", "strikes", 3, "odesa-grain-terminal-drone-strike-2026-04-04",
    lab=["KATHRYN ALDEN, CNN ANCHOR", "ALDEN", "ALDEN"], n="anchor lead; introduces the package 12800-02"),
  E("2026-04-04 10:02:47", None,
    ["The fire at the terminal was still smoldering when we arrived, the air thick with the smell of burnt grain.",
     "A crane operator and a security guard were killed when the first drones hit shortly after 3 a.m., the port authority said. Four more workers were hurt.",
     "We heard the buzzing, then the first explosion. We ran to the shelter, and the second one came while we were on the stairs.",
     "Odesa's ports handle most of Ukraine's grain exports, and the terminal's operator says it will take weeks to repair the loading lines. Oksana Verbytska, CNN, Odesa."],
    "strikes", "strikes", 3, "odesa-grain-terminal-drone-strike-2026-04-04", a="Oksana Verbytska",
    lab=["OKSANA VERBYTSKA, CNN CORRESPONDENT (voice-over)", None, "UNIDENTIFIED MALE (through translator)", "VERBYTSKA (voice-over)"], vt=True,
    n="correspondent package with sign-off (author)"),
  E("2026-04-04 10:11:05", None,
    ["Ukrainian and Russian delegations will meet in Geneva on Monday for a new round of talks brokered by the United States, the first face-to-face session in nearly two months.",
     "Kyiv's team will again be led by Rustem Umerov, the secretary of Ukraine's security council, while the White House says special envoy Steve Witkoff will chair the opening session. The Kremlin confirmed on Saturday that it would send a delegation but gave no names.",
     "Joining me now is Margaret Lindqvist, a former deputy assistant secretary of state for European affairs. Margaret, what can realistically come out of Monday?",
     "I'd keep expectations modest. The most likely outcome is another prisoner exchange and maybe a technical working group on an energy truce. A ceasefire along the whole front line is still a long way off."],
    "diplomacy", "diplomacy", 3, "geneva-talks-announced-2026-04-06",
    lab=["ALDEN", "ALDEN", "ALDEN", "MARGARET LINDQVIST, FORMER DEPUTY ASSISTANT SECRETARY OF STATE"], brk=True),
  OFF("2026-04-04 10:19:30", None,
    ["Turning now to the weather, and millions of people across the Mississippi Valley are under a tornado watch this morning as a powerful spring storm system moves east.",
     "Forecasters say the greatest risk of strong tornadoes this afternoon stretches from northern Louisiana into western Tennessee, with damaging winds and large hail also possible."],
    "mississippi-valley-tornado-watch-2026-04-04", n="US weather", lab=["ALDEN", "ALDEN"]),
  E("2026-04-04 10:24:48", None,
    ["Germany and the Netherlands say they will pay for a new batch of Patriot interceptor missiles for Ukraine, buying them from the United States through a NATO purchasing scheme.",
     "The two governments put the value of the package at about 2.3 billion dollars. German Defense Minister Boris Pistorius said the first missiles could reach Ukraine within weeks, as Kyiv warns that its stocks are running low after a winter of heavy Russian ballistic missile attacks."],
    "aid", "aid", 3, "germany-netherlands-patriot-funding-2026-04-04", lab=["ALDEN", "ALDEN"]),
  E("2026-04-04 10:33:10", None,
    ["Ukraine says its long-range drones struck an oil refinery in Russia's Samara region overnight, the latest in a string of attacks on Russian fuel production.",
     "Regional authorities in Syzran reported a fire at an industrial site but said no one was hurt. For more, I'm joined by CNN military analyst retired Colonel Dale Hoffner.",
     "Kathryn, what we're seeing is a campaign, not a series of one-offs. Ukraine is going after the refineries that feed Russia's domestic fuel market, and every hit forces Moscow to pull air defenses away from the front."],
    "strikes", "strikes", 2, "syzran-refinery-drone-strike-2026-04-04",
    lab=["ALDEN", "ALDEN", "RET. COL. DALE HOFFNER, CNN MILITARY ANALYST"]),
  ]))

# ---------------------------------------------------------------- 12801 C-SPAN
SEEDS.append(dict(
  id="12801", name="12801_cspan-topic", ext="html", source="C-SPAN", zone="America/New_York", render=r_cspan,
  title="Russia-Ukraine War",
  lede="Programs, hearings and briefings on the war in Ukraine and U.S. policy toward Russia.",
  basis="card stamp '{s}' (explicit date, 12-hour time and 'EDT' = UTC-4); local {d} in {z}",
  notes="Imitates a C-SPAN.org topic page ('Russia-Ukraine War') in the Video Library, newest first. Each card: duration, h3 program title, 'Type | Apr 10, 2026 | 5:31pm EDT', a description written in C-SPAN's plain style, view count. No bylines (author null). No JSON-LD. The White House press briefing card (12801-04) is about tariffs and the budget (off-beat). Program titles are headlines.",
  not_entries=["header, navigation (Congress, White House, ...), 'Watch Live' channel links, Log In/Search", "page heading 'Russia-Ukraine War' (page title) and the topic intro line",
               "sort controls", "duration labels on thumbnails", "program type labels ('U.S. Senate', 'Briefing', ...)", "view counts",
               "newsletter promo card after the fourth card", "'Load More'", "footer"],
  entries=[
  E("2026-04-10 17:31", "Ukrainian Ambassador on Air Defense Needs",
    ["Ukraine's ambassador to the United States, Olha Stefanishyna, said her country could run short of Patriot interceptors by the summer unless allies speed up deliveries. Speaking at the Atlantic Council, she also described what Kyiv expects from next week's second round of talks in Geneva."],
    "aid", "aid", 2, "stefanishyna-air-defense-appeal-2026-04-10", sec=["diplomacy"], kind="Public Affairs Event", dur="1:04:22", views="1,208"),
  E("2026-04-10 16:40", "Senate Advances Russia Sanctions Bill",
    ["The Senate voted 81 to 17 to limit debate on a bill that would impose tariffs on countries that keep buying Russian oil and gas. Senators from both parties spoke before the vote, several of them arguing that the measure would give the administration more leverage in the Geneva negotiations."],
    "diplomacy", "diplomacy", 3, "senate-russia-sanctions-bill-cloture-2026-04-10", kind="U.S. Senate", dur="2:48:10", views="3,511"),
  E("2026-04-10 14:15", "State Department Briefing",
    ["A State Department spokesperson briefed reporters on the outcome of this week's talks in Geneva, saying Ukraine and Russia had agreed to exchange 300 prisoners of war each and to meet again on April 16.",
     "Other topics included Venezuela and the department's reorganization."],
    "diplomacy", "diplomacy", 3, "geneva-talks-prisoner-swap-agreement-2026-04", kind="Briefing", dur="47:15", views="2,040"),
  OFF("2026-04-10 13:05", "White House Press Briefing",
    ["Press Secretary Karoline Leavitt took questions on the administration's new tariff schedule for pharmaceutical imports, the federal budget and the president's travel plans next week."],
    "white-house-briefing-tariffs-2026-04-10", n="tariffs and budget", kind="White House Event", dur="52:03", views="9,877"),
  E("2026-04-10 12:30", "President Trump Meets with Polish President Nawrocki",
    ["President Trump hosted Polish President Karol Nawrocki at the White House. Speaking to reporters in the Oval Office, the two leaders discussed the number of U.S. troops stationed in Poland, energy cooperation and the war in Ukraine, with President Trump saying he expected 'real progress' at the next round of talks."],
    "diplomacy", "diplomacy", 3, "trump-nawrocki-white-house-meeting-2026-04-10", kind="White House Event", dur="38:41", views="6,302"),
  E("2026-04-10 10:02", "Hearing on U.S. European Command Posture",
    ["Gen. Alexus Grynkewich, head of U.S. European Command and NATO's supreme allied commander, testified before the Senate Armed Services Committee on the command's budget request. He told senators that Russia was producing drones and missiles faster than a year ago and that European allies needed to expand their own air defenses."],
    "other", "security", 2, "eucom-posture-hearing-2026-04-10", kind="Senate Committee", dur="2:21:37", views="1,877"),
  E("2026-04-10 08:00", "Washington Journal: Prospects for Russia-Ukraine Negotiations",
    ["Andrea Kostova of the Eurasia Policy Institute talked about the state of U.S.-brokered negotiations between Ukraine and Russia and took viewer calls."],
    "diplomacy", "diplomacy", 2, "washington-journal-negotiations-2026-04-10", kind="Washington Journal", dur="44:58", views="712"),
  ]))

# ---------------------------------------------------------------- 12802 YouTube
SEEDS.append(dict(
  id="12802", name="12802_youtube-watch", ext="txt", source="YouTube", zone="America/Los_Angeles", render=r_youtube,
  title="Kharkiv hit by huge drone barrage as Healey visits Kyiv | Ukraine war latest",
  channel="Sky News", subs="8.3M subscribers", views="61,204", comments="1,093",
  lede="Russia sent more than 80 drones at Kharkiv overnight, while the UK defence secretary arrived in Kyiv with new money for air defence. Here are today's main developments in the war.",
  basis="no time is printed; the only date is 'Apr 18, 2026' in the views line under the video (date only; YouTube's home zone America/Los_Angeles assumed, no zone printed); chapters share the video's date",
  notes="Imitates a YouTube watch page of a news channel's bulletin (channel Sky News), copied as text. The description lists chapters ('0:41 Drone barrage on Kharkiv'), each followed by one summary line written by the channel; one entry per chapter after '0:00 Intro' (which has no content). Chapter offsets are positions in the video, not publication times, so stamp is null; the page prints only the date 'Apr 18, 2026' (no clock time and no zone), so published is date-only. The chapter titles are repeated in the 'Chapters / View all' carousel further down (chrome). No author (the channel is not a byline).",
  not_entries=["'Skip navigation', search, Create, Sign in", "video title (page title)", "channel name, subscriber count, Subscribe and action buttons (likes, Share, Download, Clip, Save)",
               "views/date/hashtags line", "description intro paragraph (lede)", "'0:00 Intro' chapter line", "hashtags, subscribe/follow links and app boilerplate",
               "'Chapters' / 'View all' carousel repeating the chapter titles and offsets", "transcript box", "channel box (Videos, About)", "'Show less'",
               "comment count, sort and 'Add a comment...'", "'Up next' / autoplay"],
  entries=[
  E("2026-04-18", "Drone barrage on Kharkiv",
    ["Three people were killed and at least 30 injured when Russia sent more than 80 drones at Kharkiv overnight, the city's mayor said."],
    "strikes", "strikes", 3, "kharkiv-drone-barrage-2026-04-18", ch="0:41"),
  E("2026-04-18", "Zelenskyy: 'We need interceptors, not promises'",
    ["President Volodymyr Zelenskyy renewed his appeal for Patriot and NASAMS missiles, saying several cities had been left without cover during the night."],
    "aid", "aid", 2, "zelenskyy-interceptor-appeal-2026-04-18", sec=["diplomacy"], ch="3:12"),
  E("2026-04-18", "Defence Secretary in Kyiv",
    ["John Healey arrived in Kyiv on an unannounced visit and pledged \u00a3350m for interceptor drones to be built jointly by British and Ukrainian firms."],
    "aid", "aid", 3, "healey-kyiv-visit-interceptor-drones-2026-04-18", sec=["diplomacy"], ch="5:50"),
  E("2026-04-18", "Strike on Saky airbase",
    ["Ukraine's military said its drones hit two Russian fighter jets and a radar at the Saky airfield in occupied Crimea, while Moscow said every drone had been shot down."],
    "strikes", "strikes", 2, "saky-airbase-drone-strike-2026-04-18", ch="9:05"),
  E("2026-04-18", "Fighting near Kostiantynivka",
    ["Ukrainian commanders say Russian assault groups are trying to cut the last supply road into Kostiantynivka, using motorbikes and small infantry teams."],
    "other", "frontline", 2, "kostiantynivka-supply-road-fighting-2026-04", ch="12:20"),
  E("2026-04-18", "Analysis: what Geneva can deliver",
    ["The next round of talks is more likely to produce a prisoner exchange than a ceasefire, says defence analyst Hannah Corliss."],
    "diplomacy", "diplomacy", 2, "analysis-geneva-talks-prospects-2026-04-18", ch="15:48"),
  ]))

# ---------------------------------------------------------------- 12803 Apple Podcasts
SEEDS.append(dict(
  id="12803", name="12803_applepodcasts-show", ext="html", source="Apple Podcasts", zone="America/Los_Angeles", render=r_apple,
  title="Ukraine War Daily", provider="Kyiv Wavelength Media", url="https://podcasts.apple.com/us/podcast/ukraine-war-daily/id1712345678",
  lede="Short, sourced bulletins on Russia's war in Ukraine: a morning briefing, a midday update and an evening wrap, plus breaking news as it happens.",
  basis="episode date label '{s}' (no year, no time; the US storefront's dates are Pacific) confirmed and timed by the JSON-LD workExample datePublished {u} (UTC); local {d} in {z}",
  notes="Imitates an Apple Podcasts web show page for a (invented) war podcast that publishes three daily editions plus breaking bulletins. Episode rows, newest first: upper-case date label 'APR 24' (no year, no time), title, summary, duration. The times come only from the page's JSON-LD (script id 'schema:show', PodcastSeries with workExample episodes whose datePublished is a UTC instant); the visible label agrees with the Pacific date. Episode titles are headlines; the summary is the body. No per-episode author. The two Zaporizhzhia episodes (12803-01 evening wrap, 12803-02 breaking) tell the same strike; 12803-04 is an 'Explained:' episode with a body (theme piece, not a teaser).",
  not_entries=["Apple Podcasts navigation (Home, New, Top Charts, Search, Open in Podcasts)", "show title (page title), provider, 'News \u00b7 Updated Daily', rating",
               "show description", "Follow / Latest Episode buttons", "durations and Play buttons", "'See All'", "Information box (Creator, Years Active, Episodes, Rating, Copyright, Show Website)",
               "'You Might Also Like' shelf", "footer"],
  entries=[
  E("2026-04-24 14:40", "Evening wrap: Zaporizhzhia blackout, sanctions deal in Brussels",
    ["A Russian missile strike on a substation left much of Zaporizhzhia without power on Friday evening, while EU ambassadors reached a deal on a new sanctions package aimed at Russia's oil tankers. We also hear from a medic working near Huliaipole."],
    "strikes", "strikes", 3, "zaporizhzhia-substation-missile-strike-2026-04-24", sec=["diplomacy"], dur=14),
  E("2026-04-24 10:15", "Breaking: Missile strike cuts power in Zaporizhzhia",
    ["Russian missiles hit a high-voltage substation on the edge of Zaporizhzhia shortly after 8pm local time, regional governor Ivan Fedorov said, knocking out electricity to about 150,000 homes. There were no immediate reports of casualties."],
    "strikes", "strikes", 3, "zaporizhzhia-substation-missile-strike-2026-04-24", dur=4),
  E("2026-04-24 07:05", "Midday update: Sanctions talks, Kupiansk and a scare in the grain corridor",
    ["EU envoys are meeting again in Brussels to try to unblock the new sanctions package, with Slovakia still holding out. Ukraine's army says it has pushed Russian units back from the northern edge of Kupiansk, and a cargo ship reported a drifting mine near the Odesa corridor."],
    "diplomacy", "diplomacy", 2, "eu-sanctions-package-talks-2026-04-24", dur=11),
  E("2026-04-24 04:30", "Explained: How Europe buys American weapons for Ukraine",
    ["In this explainer we look at NATO's Prioritised Ukraine Requirements List, the scheme that lets European governments pay for US-made weapons such as Patriot missiles and send them on to Ukraine."],
    "aid", "aid", 2, "explainer-purl-weapons-scheme", dur=18, n="explainer episode with a body (theme piece)"),
  E("2026-04-24 02:20", "Breaking: Prisoner exchange under way at Belarus border",
    ["Ukraine and Russia are exchanging prisoners of war at the border with Belarus, Ukraine's coordination headquarters for prisoners says. It is the first swap agreed at the Geneva talks."],
    "diplomacy", "diplomacy", 3, "prisoner-exchange-2026-04-24", dur=3),
  E("2026-04-24 01:10", "Morning briefing: Drones over Odesa and Kyiv, a prisoner swap expected",
    ["Russia launched 96 drones at Ukraine overnight, with the heaviest attacks on the Odesa and Kyiv regions, according to the air force. Officials in Kyiv say a prisoner exchange agreed in Geneva could happen as early as today."],
    "strikes", "strikes", 2, "overnight-drone-attack-2026-04-24", sec=["diplomacy"], dur=12),
  ]))

# ---------------------------------------------------------------- 12804 BBC Sounds (Ukrainecast)
SEEDS.append(dict(
  id="12804", name="12804_bbcsounds-ukrainecast", ext="txt", source="BBC Sounds", zone="Europe/London", render=r_bbcsounds,
  title="Ceasefire for power plants? Plus Kharkiv in the dark",
  lede="Today on Ukrainecast:",
  credits="Presented by Lydia Hovey and Taras Mykytiuk. Produced by Anya Brightwell.",
  more=[("Can Ukraine hold the Donbas line through summer?", "28 Apr 2026", "39 mins"), ("The ballet dancers of Mariupol", "25 Apr 2026", "35 mins"),
        ("What Geneva agreed, and what it didn't", "23 Apr 2026", "41 mins")],
  basis="no time is printed; release date '30 Apr 2026' under the episode title (date only; UK date, Europe/London); every segment shares the episode's date",
  notes="Imitates a BBC Sounds episode page for Ukrainecast, copied as text. Release date '30 Apr 2026' and duration, no time. The description opens with 'Today on Ukrainecast:' and then lists the episode's segments, each a short heading line followed by one line of text: one entry per segment (headline = heading), stamp null, published date-only. 'Presented by ... Produced by ...' is a programme credit, not a byline of a segment, so author is null (convention). 'More episodes' lists earlier episodes with other dates (links, not entries).",
  not_entries=["BBC Sounds navigation (Menu, Search, Home, Music, Podcasts, My Sounds, Sign in)", "brand 'Ukrainecast' lines", "episode title (page title)",
               "'Podcast', release date, duration, 'Available for over a year'", "Play / Add to My Sounds / Share", "intro line 'Today on Ukrainecast:'",
               "credits line 'Presented by ... Produced by ...'", "contact line", "'More episodes' list (three earlier episodes with dates and durations)",
               "'See all episodes from Ukrainecast'", "footer"],
  entries=[
  E("2026-04-30", "Energy truce talks in Riyadh",
    ["Ukrainian and Russian officials spent a second day in Riyadh discussing a halt to strikes on power plants and refineries, with Saudi and American mediators shuttling between the two delegations."],
    "diplomacy", "diplomacy", 3, "riyadh-energy-truce-talks-2026-04-30"),
  E("2026-04-30", "Kharkiv in the dark",
    ["Lydia speaks to residents of Kharkiv after overnight Russian strikes on three substations left about 400,000 people without electricity or running water."],
    "strikes", "strikes", 3, "kharkiv-substation-strikes-2026-04-30"),
  E("2026-04-30", "The drone school in Lviv",
    ["Taras visits a training centre where former office workers learn to fly first-person-view drones in six weeks before joining frontline units."],
    "other", "frontline", 2, "lviv-drone-pilot-school-feature-2026-04"),
  E("2026-04-30", "Your questions: Ukraine and the EU",
    ["We answer listeners\u2019 questions about how far Ukraine\u2019s bid to join the European Union has got, and why the first negotiating clusters are still blocked."],
    "diplomacy", "diplomacy", 2, "listener-questions-ukraine-eu-bid-2026-04-30"),
  E("2026-04-30", "Moscow gets ready for 9 May",
    ["Our correspondent in Moscow describes how the Kremlin is preparing this year\u2019s Victory Day parade, and why rising prices for everyday goods are worrying many Russians."],
    "other", "politics", 2, "moscow-victory-day-preparations-2026-04-30"),
  E("2026-04-30", "Children brought home",
    ["Eleven Ukrainian children taken to Russia and occupied areas have been returned to their families through Qatari mediation, Ukraine\u2019s human rights ombudsman said."],
    "other", "humanitarian", 2, "children-returned-qatar-mediation-2026-04-30", sec=["diplomacy"]),
  ]))

# ---------------------------------------------------------------- 12805 Times Radio
SEEDS.append(dict(
  id="12805", name="12805_timesradio-live", ext="html", source="Times Radio", zone="Europe/London", render=r_timesradio,
  title="Victory Day in Moscow as Russia\u2019s truce is tested: latest from Times Radio",
  url="https://www.timesradio.co.uk/live/victory-day-ukraine-truce-2026-05-09",
  lede="Vladimir Putin reviews the Red Square parade while Ukraine reports attacks along the front despite Moscow\u2019s three-day truce. Updates from our presenters and correspondents.",
  basis="bare update time '{s}' (no zone printed: UK time, BST = UTC+1, the outlet's home zone) under the date header 'Saturday May 09 2026'; the JSON-LD liveBlogUpdate datePublished agrees (+01:00); local {d} in {z}",
  notes="Imitates a Times Radio live page in The Times' house style. Date header 'Saturday May 09 2026' (zero-padded day, no comma); newest first; each update: bare time '8.52pm' (no zone; UK time), h2 headline after the time, 'By NAME' line, body, optional 'Listen:' clip link. LiveBlogPosting JSON-LD with one BlogPosting per update (headline, datePublished +01:00, author). 12805-06 is a 'Watch:' video teaser with no text and no byline. 12805-02 (analysis of the weapons shown at the parade) is its own story, not the parade story.",
  not_entries=["header: logo, 'Listen live', navigation, 'On air now: Saturday Drive', 'Subscribe to The Times'", "'LIVE' badge", "page headline (page title)",
               "standfirst", "date header 'Saturday May 09 2026'", "'Listen: ...' clip links", "video placeholder 'Video, 1:04' in the teaser",
               "newsletter box after the third update", "footer"],
  entries=[
  E("2026-05-09 20:52", "Zelensky: Russia broke its own Victory Day truce more than 900 times",
    ["Volodymyr Zelensky said in his evening address that Russian forces had attacked Ukrainian positions more than 900 times during the three-day truce Moscow declared for the anniversary, calling it \u201ca ceasefire for the cameras\u201d.",
     "The Kremlin has not commented on the figure."],
    "diplomacy", "diplomacy", 2, "victory-day-truce-violations-2026-05-09", a="Harriet Colbeck", sec=["strikes"], listen="Zelensky\u2019s address, with Harriet Colbeck on Saturday Drive"),
  E("2026-05-09 18:15", "Analysis: the new weapons Putin put on parade",
    ["The most telling moment of the parade was not the tanks but a column of launch vehicles for Geran drones, our defence commentator Colonel (retd) Miles Ashdown told Times Radio.",
     "\u201cRussia is showing that it now sees mass-produced drones as a strategic weapon, not a stopgap,\u201d he said."],
    "other", "security", 2, "analysis-red-square-parade-weapons-2026-05-09", a="Miles Ashdown", listen="Miles Ashdown on the parade"),
  E("2026-05-09 16:40", "Two killed as drone hits minibus in Kherson",
    ["A Russian drone struck a minibus on the eastern outskirts of Kherson on Saturday afternoon, killing two passengers and wounding five, the regional military administration said.",
     "The city has been hit almost daily since Russian forces withdrew across the Dnipro river in 2022."],
    "strikes", "strikes", 3, "kherson-minibus-drone-strike-2026-05-09", a="Daniel Okafor"),
  E("2026-05-09 13:05", "UK sanctions 60 more shadow fleet tankers",
    ["The foreign secretary, Yvette Cooper, announced sanctions on 60 more tankers that Britain says carry Russian oil in breach of the price cap, along with two shipping registries in the Gulf.",
     "\u201cEvery barrel they cannot sell is money Putin cannot spend on this war,\u201d she said."],
    "diplomacy", "diplomacy", 3, "uk-shadow-fleet-sanctions-2026-05-09", a="Daniel Okafor"),
  E("2026-05-09 11:20", "Putin tells parade Russia will reach its goals in Ukraine",
    ["Vladimir Putin told troops on Red Square that Russia would achieve the aims of what he called the special military operation, in a speech that lasted just under ten minutes.",
     "Leaders from Belarus, Serbia and several Central Asian states watched from the stands."],
    "other", "politics", 2, "victory-day-parade-moscow-2026-05-09", a="Harriet Colbeck", listen="Our Moscow correspondent on the parade"),
  E("2026-05-09 09:10", "Watch: Troops march on Red Square as parade begins", [],
    "other", "politics", 1, "victory-day-parade-moscow-2026-05-09", n="video teaser without text"),
  E("2026-05-09 07:35", "Russia fired 140 drones overnight despite truce, Kyiv says",
    ["Ukraine\u2019s air force said Russia launched 140 drones and two ballistic missiles overnight, even though Moscow\u2019s self-declared truce had formally begun at midnight. Most of the drones were shot down or jammed, it said."],
    "strikes", "strikes", 2, "overnight-drone-attack-2026-05-09", a="Daniel Okafor"),
  ]))

# ---------------------------------------------------------------- 12806 Bloomberg Television
SEEDS.append(dict(
  id="12806", name="12806_bloomberg-video", ext="html", source="Bloomberg", zone="America/New_York", render=r_bloomberg,
  title="EU Agrees New Russia Sanctions Targeting LNG and Banks", url="https://www.bloomberg.com/news/videos/2026-05-22/eu-agrees-new-russia-sanctions-targeting-lng-and-banks-video",
  basis="stamp '{s}' (explicit date with ordinal, 12-hour time, 'EDT' = UTC-4); for the main video the JSON-LD uploadDate agrees; local {d} in {z}",
  notes="Imitates a Bloomberg video page for a Bloomberg Television clip. Main video first (h1, 'Bloomberg Television', stamp 'May 22nd, 2026, 12:05 PM EDT', summary naming the show), then 'More From Bloomberg Television' cards (title, duration, stamp, summary), newest first. JSON-LD is a VideoObject for the main video only (uploadDate in UTC). No bylines. Two market videos (12806-05 Nvidia, 12806-07 Japan inflation) are off-beat. The page title (h1) is the main video's title, which is also entry 12806-01's headline: the main video is both the page and its first entry. 12806-03 leads with the oil price but reports a Ukrainian drone strike (topic strikes).",
  not_entries=["navigation (Live TV, Markets, ...), Subscribe, Sign In", "market ticker line", "video player placeholder and durations", "'Bloomberg Television' label",
               "share links", "section heading 'More From Bloomberg Television'", "footer"],
  entries=[
  E("2026-05-22 12:05", "EU Agrees New Russia Sanctions Targeting LNG and Banks",
    ["European Union ambassadors agreed a 21st package of sanctions against Russia that phases out the bloc's remaining imports of Russian liquefied natural gas a year earlier than planned and adds 20 more banks to a transaction ban. Bloomberg's Kira Lassen reports on \"Bloomberg Markets.\""],
    "diplomacy", "diplomacy", 3, "eu-21st-sanctions-package-2026-05-22"),
  E("2026-05-22 10:48", "Russia's Central Bank Sees Economy Barely Growing This Year",
    ["The Bank of Russia cut its growth forecast for 2026 to between zero and half a percent, citing high borrowing costs and weaker oil revenue. Bloomberg Economics' Tomas Brandt explains what it means for Moscow's war budget."],
    "other", "politics", 2, "bank-of-russia-growth-forecast-2026-05-22", dur="03:51"),
  E("2026-05-22 09:30", "Oil Rises After Ukraine Drones Hit Baltic Export Port",
    ["Brent crude climbed as much as 1.8% after Ukrainian drones set fire to a loading berth at the Russian Baltic port of Primorsk, one of the country's biggest oil export terminals. Bloomberg's Noor Haddad reports."],
    "strikes", "strikes", 2, "primorsk-port-drone-strike-2026-05-22", dur="02:37"),
  E("2026-05-22 08:14", "Bessent Says US Ready to Tighten Russia Sanctions If Talks Stall",
    ["Treasury Secretary Scott Bessent said the US was prepared to go after more buyers of Russian crude if Moscow did not show flexibility at the next round of peace talks. He spoke on \"Bloomberg Surveillance.\""],
    "diplomacy", "diplomacy", 3, "bessent-russia-sanctions-warning-2026-05-22", dur="06:20"),
  OFF("2026-05-22 07:02", "Nvidia Extends Rally as Data Center Sales Beat Estimates",
    ["Nvidia shares rose in premarket trading after the chipmaker's data center revenue topped analyst forecasts for a ninth straight quarter."],
    "nvidia-earnings-rally-2026-05-22", n="markets", dur="02:58"),
  E("2026-05-22 06:20", "Rheinmetall Lands Ukraine Shell Order Backed by EU Loan",
    ["Rheinmetall won an order worth about \u20ac1.4 billion to supply 155mm artillery shells to Ukraine, paid for from the European Union's loan to Kyiv, the company said. Bloomberg's Jana Feldmann has the details from Frankfurt."],
    "aid", "aid", 3, "rheinmetall-ukraine-shell-order-2026-05-22", dur="03:05"),
  OFF("2026-05-22 05:45", "Japan's Core Inflation Slows for Third Month",
    ["Japan's core consumer prices rose at the slowest pace in more than a year in April, easing pressure on the Bank of Japan to raise rates again in June."],
    "japan-core-inflation-2026-05-22", n="markets", dur="02:14"),
  ]))

# ---------------------------------------------------------------- 12807 CBC Radio, The Current
SEEDS.append(dict(
  id="12807", name="12807_cbc-thecurrent", ext="txt", source="CBC Radio", zone="America/Toronto", render=r_cbc,
  title="The Current for May 28, 2026", posted="2026-05-28 10:42",
  lede="Guest host Priya Dhanraj. Today: Kyiv after the largest drone attack of the war, what Canada's new air defence money will buy, and the Ukrainian children coming home.",
  basis="no per-segment time; the page line 'CBC Radio \u00b7 Posted: May 28, 2026 10:42 AM EDT' (EDT = UTC-4) dates every segment; local {d} in {z}",
  notes="Imitates a CBC Radio episode page of The Current, copied as text. One page stamp 'CBC Radio \u00b7 Posted: May 28, 2026 10:42 AM EDT | Last Updated: May 28'; segments below, each: heading, photo caption with credit in parentheses, summary, 'Listen | mm:ss', 'Produced by NAME.' One entry per segment; stamp null and published = the page's Posted time. Author = the producer named in 'Produced by NAME.' (the only personal credit of a segment; convention); the wildfire segment has none (null) and is off-beat. 12807-06 (how interceptor drones work) is a theme piece that mentions the Kyiv attack but is its own story.",
  not_entries=["'Skip to Main Content', CBC header, Menu, Search, Sign In", "'Radio' / 'The Current' and show navigation", "episode heading 'The Current for May 28, 2026' (page title)",
               "'CBC Radio \u00b7 Posted: ... | Last Updated: ...' line", "'Social Sharing'", "'Listen to the full episode' and its duration", "intro paragraph (guest host, rundown)",
               "photo captions with credits", "'Listen | mm:ss' lines", "'Produced by ...' lines (used as author)", "'Corrections and clarifications', 'Journalistic standards'", "footer"],
  entries=[
  E("2026-05-28 10:42", "Kyiv counts its dead after the largest drone attack of the war",
    ["Russia launched more than 700 drones and 50 missiles at Ukraine overnight, most of them aimed at Kyiv, where at least 14 people were killed when part of a nine-storey apartment building collapsed.",
     "Priya Dhanraj spoke with Kyiv journalist Iryna Sobko about a night spent in a metro station with her two sons."],
    "strikes", "strikes", 3, "kyiv-mass-drone-attack-2026-05-28", a="Jonah Kessler", dur="19:32",
    cap="Rescuers work at a damaged apartment building in Kyiv on Thursday. (Ukraine's State Emergency Service/Reuters)"),
  E("2026-05-28 10:42", "Ottawa's $500M for air defence: what will it buy?",
    ["Defence Minister David McGuinty announced on Wednesday that Canada will spend $500 million buying U.S.-made air defence missiles for Ukraine through NATO's purchasing scheme.",
     "A former Canadian Armed Forces logistics officer explains how long it takes for that money to become missiles in the sky over Kyiv."],
    "aid", "aid", 3, "canada-air-defence-purl-funding-2026-05-27", a="Mariel Fontaine", dur="17:05"),
  E("2026-05-28 10:42", "The children coming home",
    ["Twenty-two Ukrainian children taken to Russia have been reunited with their families this month under a process that Canada co-leads with Ukraine.",
     "We hear from a grandmother in Sumy who waited two years for her grandson."],
    "other", "humanitarian", 2, "ukrainian-children-returned-2026-05", a="Jonah Kessler", dur="21:48",
    cap="A boy is greeted by relatives after his return from Russian-controlled territory. (Olena Marchenko/Save Ukraine)"),
  OFF("2026-05-28 10:42", "Wildfire season starts early in northern Alberta",
    ["More than 3,000 people have been told to leave their homes near High Level, Alta., as a fire fed by dry spring weather moves toward the town."],
    "alberta-wildfire-high-level-2026-05-28", n="Canadian wildfire", dur="08:40"),
  E("2026-05-28 10:42", "Are the peace talks over?",
    ["After Russia's delegation walked out of the latest round of talks in Istanbul, two former diplomats debate whether there is anything left to negotiate."],
    "diplomacy", "diplomacy", 2, "debate-peace-talks-future-2026-05-28", a="Mariel Fontaine", dur="16:12"),
  E("2026-05-28 10:42", "How Ukraine hunts Shaheds with drones of its own",
    ["Ukraine now brings down many Russian attack drones with cheap interceptor drones rather than missiles, and overnight attacks like the one on Kyiv are the test.",
     "A Ukrainian engineer explains how the interceptors are built and why they struggle with the newest jet-powered models."],
    "strikes", "strikes", 2, "explainer-interceptor-drones-2026-05", a="Sam Whitlock", dur="11:27",
    n="theme piece: mentions the Kyiv attack but is its own story"),
  ]))

# ---------------------------------------------------------------- 12808 RFE/RL podcast feed
SEEDS.append(dict(
  id="12808", name="12808_rferl-podcastrss", ext="xml", source="RFE/RL", zone="UTC", render=r_rferl,
  title="Ukraine Dispatch - Radio Free Europe/Radio Liberty", url="https://www.rferl.org/podcast/ukraine-dispatch",
  lede="Short audio reports from RFE/RL correspondents across Ukraine, posted several times a day.",
  basis="RSS pubDate '{s}' (explicit GMT); local {d} in {z}",
  notes="Imitates the RSS feed behind an RFE/RL podcast page (the page's 'RSS' subscribe link) for a dispatch podcast. RSS 2.0 with itunes tags, newest first, pubDate in GMT, HTML description in CDATA, per-item itunes:author (a correspondent's name, or the desk 'RFE/RL's Belarus Service' which is not a person: author null), enclosure and duration. RFE/RL house style: Title Case headlines, 'Zelenskiy', 'Lukashenka'. 12808-06 (Belarus prisoner release) is off-beat; 12808-03 leads with Moldova's diplomatic protest (diplomacy) about a drone crash.",
  not_entries=["channel title/link/description/language/copyright/lastBuildDate", "channel itunes:author 'RFE/RL', category, explicit flag, channel image",
               "item link, guid, enclosure and itunes:duration elements"],
  entries=[
  E("2026-06-05 19:40", "Dispatch From Sumy: Villages Emptied As Shelling Intensifies",
    ["Authorities in Ukraine's Sumy region ordered the evacuation of 11 more border villages on June 5 as Russian artillery and glide-bomb attacks intensified along the frontier.",
     "RFE/RL correspondent Serhiy Dovhal spoke to families leaving on the last evacuation bus from Krasnopillya."],
    "other", "humanitarian", 2, "sumy-border-villages-evacuation-2026-06-05", a="Serhiy Dovhal", sec=["strikes"], dur="00:07:12"),
  E("2026-06-05 16:20", "Russian Glide Bombs Kill Four In Kramatorsk",
    ["Four people were killed and at least 19 wounded when Russian aircraft dropped guided bombs on a residential area of Kramatorsk in the Donetsk region, the regional governor said.",
     "It was the deadliest attack on the city since February."],
    "strikes", "strikes", 3, "kramatorsk-glide-bomb-strike-2026-06-05", a="Natalia Yermak", dur="00:05:48"),
  E("2026-06-05 13:05", "Moldova Protests After Drone Crashes Near Border Village",
    ["Moldova's Foreign Ministry summoned the Russian ambassador after a drone crashed in a field near the village of Palanca, on the border with Ukraine's Odesa region, during an overnight Russian attack."],
    "diplomacy", "diplomacy", 2, "moldova-drone-crash-protest-2026-06-05", a="Vitalie Ciobanu", sec=["strikes"], dur="00:04:31"),
  E("2026-06-05 10:30", "Zelenskiy Extends Martial Law For Another 90 Days",
    ["President Volodymyr Zelenskiy signed a law extending martial law and general mobilization until early September, after parliament approved the extension with 318 votes."],
    "other", "politics", 2, "ukraine-martial-law-extension-2026-06-05", a="Natalia Yermak", dur="00:03:55"),
  E("2026-06-05 08:15", "Moscow Court Sentences RFE/RL Journalist In Absentia",
    ["A Moscow court sentenced an RFE/RL journalist in absentia to eight years in prison for spreading what it called false information about the Russian Army, a case RFE/RL described as retaliation for independent reporting."],
    "other", "politics", 2, "rferl-journalist-sentenced-in-absentia-2026-06-05", a="Andrei Sokolin", dur="00:04:10"),
  OFF("2026-06-05 06:10", "Belarus Frees Group Of Political Prisoners After US Envoy's Visit",
    ["Belarusian leader Alyaksandr Lukashenka pardoned 16 political prisoners, who were driven across the border into Lithuania hours after a US envoy left Minsk."],
    "belarus-political-prisoners-freed-2026-06-05", desk="RFE/RL's Belarus Service", n="Belarus domestic politics", dur="00:05:02"),
  ]))

# ---------------------------------------------------------------- 12809 Deutschlandfunk (news in English)
SEEDS.append(dict(
  id="12809", name="12809_dlf-newsrss", ext="xml", source="Deutschlandfunk", zone="Europe/Berlin", render=r_dlf,
  title="Deutschlandfunk - News in English", url="https://www.deutschlandfunk.de/news-in-english",
  lede="Die Nachrichten des Deutschlandfunks in englischer Sprache",
  basis="RSS pubDate '{s}' (explicit +0200 offset = CEST, Berlin summer time); local {d} in {z}",
  notes="Imitates a Deutschlandfunk news RSS feed for an English-language news page (DLF news style: short items, no bylines, German URL slugs). Newest first; pubDate with +0200; plain-text descriptions (one paragraph each). Off-beat items: the World Cup squad (12809-02) and a heat warning (12809-05). No authors.",
  not_entries=["channel title/link/description/language/copyright/lastBuildDate", "atom self link and channel image", "item link and guid elements"],
  entries=[
  E("2026-06-12 21:00", "Merz pledges two more Patriot systems for Ukraine",
    ["Chancellor Merz has promised Ukraine two further Patriot air defence systems before the end of the year. Speaking in Berlin after meeting President Zelensky, Merz said Germany would also help finance the production of long-range drones in Ukraine."],
    "aid", "aid", 3, "merz-patriot-pledge-2026-06-12", de="merz-sagt-ukraine-zwei-weitere-patriot-systeme-zu"),
  OFF("2026-06-12 18:30", "World Cup: German squad completes first training session at base camp",
    ["The German national team has held its first training session at its World Cup base in the United States. Coach Nagelsmann said all 26 players were fit."],
    "germany-world-cup-training-2026-06-12", n="football", de="wm-nationalmannschaft-erstes-training-im-quartier"),
  E("2026-06-12 16:00", "One dead after Russian drone attack on Odesa region",
    ["A Russian drone attack on the Odesa region has killed one person and damaged port facilities in Izmail on the Danube, according to the regional administration."],
    "strikes", "strikes", 3, "izmail-drone-attack-2026-06-12", de="ein-toter-nach-russischem-drohnenangriff-auf-region-odessa"),
  E("2026-06-12 13:00", "Bundestag debates first figures from new military service questionnaire",
    ["The Bundestag has debated the first results of the new military service law, under which all 18-year-old men receive a questionnaire about their willingness to serve. Defence Minister Pistorius said more than 40,000 young people had volunteered since January."],
    "other", "security", 2, "germany-military-service-questionnaire-2026-06-12", de="bundestag-debattiert-erste-zahlen-zum-wehrdienst"),
  OFF("2026-06-12 11:00", "Heat warning for parts of southern Germany",
    ["The German Weather Service has issued heat warnings for parts of Bavaria and Baden-W\u00fcrttemberg, with temperatures of up to 35 degrees expected on Saturday."],
    "germany-heat-warning-2026-06-12", n="weather", de="hitzewarnung-fuer-teile-sueddeutschlands"),
  E("2026-06-12 09:00", "Kremlin rejects European proposal for ceasefire monitoring mission",
    ["The Kremlin has rejected a proposal by several European governments for an international mission to monitor a future ceasefire in Ukraine. Spokesman Peskov said such a mission could only be discussed as part of a comprehensive settlement."],
    "diplomacy", "diplomacy", 2, "kremlin-rejects-monitoring-mission-2026-06-12", de="kreml-lehnt-europaeischen-vorschlag-fuer-beobachtermission-ab"),
  E("2026-06-12 07:00", "Russian strikes cut power in Chernihiv region",
    ["Russian drone and missile strikes on energy facilities have cut power to around 180,000 households in the northern Ukrainian region of Chernihiv, according to the grid operator."],
    "strikes", "strikes", 3, "chernihiv-energy-strikes-2026-06-12", de="russische-angriffe-legen-stromversorgung-in-tschernihiw-lahm"),
  ]))


# ================================================================ PART B: three invented multi-source days
KREM = "kremenchuk-missile-strike-2026-05-16"
SWAP1 = "prisoner-exchange-2026-05-16"
SARATOV = "saratov-refinery-drone-strike-2026-05-16"
NIGHT16 = "overnight-drone-attack-2026-05-16"
EXPL_BAL = "explainer-ballistic-missile-defence-gap"
EXPL_BAL_P = ["Saturday\u2019s strike on Kremenchuk was carried out with ballistic missiles, which fall too fast for most of the air defence systems Ukraine has.",
              "Only the American Patriot and the Franco-Italian SAMP/T can reliably intercept them, and each interception can take two or three missiles costing several million dollars apiece.",
              "Kyiv has asked allies for more Patriot batteries for months. Germany and Norway have pledged systems, but deliveries take time and the interceptors themselves are in short supply."]
EXPL_BAL_H = "Explainer: Why Ukraine struggles to stop ballistic missiles"

# ---------------------------------------------------------------- 12820 Heathermere Chronicle (day 1)
SEEDS.append(dict(
  id="12820", name="12820_heathermere-textlive", ext="txt", source="Heathermere Chronicle", zone="Europe/London", render=r_heathermere,
  title="Ukraine war live: missile strike on Kremenchuk kills nine; 205 prisoners freed in exchange", dateline="Saturday 16 May 2026",
  lede="Russian ballistic missiles hit a residential district of the central Ukrainian city; the two sides swap prisoners in a deal brokered by the UAE.",
  basis="stamp '{s}' (UK time with 'BST' = UTC+1) on the dateline day 'Saturday 16 May 2026'; local {d} in {z}",
  notes="Invented outlet (UK). Text live blog, newest first. Key Points block lists two headlines (12820-01, 12820-04: key_point true). Each post: headline, then a line '19:05 BST \u00b7 NAME' (stamp and author), then body. 12820-03 is a 'Watch:' video teaser (no body). 12820-02 is a theme piece (explainer on ballistic-missile defence): it opens with the Kremenchuk strike but is its own story. 12820-07 (overnight drones on Poltava city) is the same region as Kremenchuk but another attack: must not merge with the Kremenchuk strike. Toll on this page grows 3 -> 9.",
  not_entries=["outlet name and section navigation", "'LIVE' label", "page title", "dateline 'Saturday 16 May 2026'", "lede", "'Key Points' block (two bullets repeating headlines)",
               "'Latest' label", "video placeholder '[Video: 0:48]' in the teaser", "newsletter sign-up line after the third post", "'Show earlier posts'", "footer"],
  entries=[
  E("2026-05-16 19:05", "Kremenchuk death toll rises to nine",
    ["Nine people, including a 12-year-old girl, are now known to have died after Russian missiles hit a residential area of Kremenchuk in central Ukraine on Saturday, the head of the Poltava regional military administration said.",
     "Forty-one people were injured. Rescuers are still searching the partly collapsed five-storey building and expect to work through the night."],
    "strikes", "strikes", 3, KREM, a="Eleanor Pask", kp=True, n="toll 9 (the page's Key Points)"),
  E("2026-05-16 17:40", EXPL_BAL_H, EXPL_BAL_P, "strikes", "strikes", 2, EXPL_BAL, a="Tom Ridgewell",
    n="theme piece (explainer): opens with the Kremenchuk strike but is its own story; must not merge with the Kremenchuk strike; re-posted verbatim on day 2 by 12832"),
  E("2026-05-16 15:20", "Watch: Rescuers pull survivor from Kremenchuk rubble", [], "strikes", "strikes", 1, KREM, a="Tom Ridgewell", n="teaser without body"),
  E("2026-05-16 13:10", "205 Ukrainian prisoners of war freed in exchange",
    ["Ukraine and Russia exchanged 205 prisoners of war each on Saturday in a swap brokered by the United Arab Emirates, President Volodymyr Zelensky said.",
     "Most of the Ukrainians freed had been held since 2022, he said, and some had defended Mariupol."],
    "diplomacy", "diplomacy", 3, SWAP1, a="Eleanor Pask", kp=True),
  E("2026-05-16 11:35", "Russian missiles hit Kremenchuk, killing at least three",
    ["Russian missiles struck a residential neighbourhood in the central Ukrainian city of Kremenchuk late on Saturday morning, killing at least three people and injuring 20, local officials said.",
     "Kremenchuk, on the Dnipro river, is home to Ukraine\u2019s largest oil refinery, which Russia has targeted repeatedly. Officials said the missiles this time hit apartment blocks and a market about two kilometres from the plant."],
    "strikes", "strikes", 3, KREM, a="Eleanor Pask", n="first report on this page; toll 3"),
  E("2026-05-16 09:15", "Drones set fire to refinery in Russia\u2019s Saratov",
    ["Ukrainian drones hit an oil refinery in the Russian city of Saratov overnight, starting a fire that burned for several hours, the regional governor said.",
     "Ukraine\u2019s general staff said the plant supplied fuel to Russian forces in the south."],
    "strikes", "strikes", 3, SARATOV, a="Tom Ridgewell"),
  E("2026-05-16 08:00", "Drones damage power line in Poltava overnight",
    ["Russian drones damaged a power line and several garages in the city of Poltava overnight, the regional administration said. No one was hurt.",
     "The air force said 64 of the 81 drones launched at Ukraine during the night had been shot down or jammed."],
    "strikes", "strikes", 3, NIGHT16, a="Tom Ridgewell",
    n="overnight drone raid (also 12821-01); same region as Kremenchuk but another attack: must not merge with the Kremenchuk strike"),
  ]))

# ---------------------------------------------------------------- 12821 Kyiv Lamplight (day 1)
SEEDS.append(dict(
  id="12821", name="12821_kyivlamplight-htmllive", ext="html", source="Kyiv Lamplight", zone="Europe/Kyiv", render=r_lamplight,
  title="Russia\u2019s war against Ukraine: day of 16 May", url="https://kyivlamplight.example/live/2026-05-16",
  dateline="16 May 2026 \u00b7 updated through the day",
  lede="Live updates from our newsroom in Kyiv: a ballistic missile strike on Kremenchuk, a prisoner exchange and the overnight drone attack.",
  basis="visible stamp '{s}' ('EEST' = Kyiv summer time, UTC+3) on the dateline day 16 May 2026; the JSON-LD liveBlogUpdate datePublished agrees; local {d} in {z}",
  notes="Invented outlet (Kyiv, English-language). HTML live blog, oldest first. LiveBlogPosting JSON-LD with one BlogPosting per update (own headline and datePublished with +03:00). Visible stamp '11:48 EEST' above each h2; 'by NAME' line under it when signed. 12821-07 repeats 12821-05 nearly verbatim (stale re-post; 'with 34 injured' -> 'with 34 people injured'), duplicate_of 12821-05. 12821-06 (Kharkiv glide bomb) is another deadly strike on the same day: must not merge with Kremenchuk. Kremenchuk toll on this page: explosions -> six.",
  not_entries=["header: brand and navigation", "page title", "dateline line", "standfirst", "'Copy link / Share' tools under each update",
               "membership appeal after the fourth update", "'Our live coverage continues tomorrow.'", "footer"],
  entries=[
  E("2026-05-16 07:45", "Air force: 64 of 81 drones downed overnight",
    ["Russia launched 81 attack drones and decoys at Ukraine overnight, and 64 were shot down or jammed, the air force said. Hits were recorded in the Poltava, Sumy and Odesa regions."],
    "strikes", "strikes", 3, NIGHT16, a="Iryna Savchuk", n="overnight raid (also 12820-07); must not merge with the Kremenchuk strike"),
  E("2026-05-16 09:30", "Saratov refinery on fire after drone attack",
    ["A large fire broke out at the Saratov oil refinery in southern Russia after what the local governor called a massive drone attack. Videos posted by residents showed a column of black smoke over the Volga."],
    "strikes", "strikes", 3, SARATOV, a="Iryna Savchuk"),
  E("2026-05-16 11:48", "Explosions in Kremenchuk",
    ["Several loud explosions were heard in Kremenchuk minutes after the air force warned of ballistic missiles heading for the Poltava region. The city\u2019s mayor asked residents to stay in shelters."],
    "strikes", "strikes", 3, KREM, a="Mark Dolan", n="first report, no toll yet"),
  E("2026-05-16 13:10", "Prisoner swap: 205 Ukrainians return home",
    ["Two hundred and five Ukrainian servicemen and civilians have returned from Russian captivity, Ukraine\u2019s coordination headquarters for the treatment of prisoners of war said. Russia received the same number in return.",
     "The exchange, the second since talks resumed in Geneva in April, was mediated by the UAE."],
    "diplomacy", "diplomacy", 3, SWAP1, a="Mark Dolan"),
  E("2026-05-16 15:25", "Kremenchuk: six dead, 34 injured",
    ["The number of people killed in the missile attack on Kremenchuk has risen to six, with 34 injured, regional officials said. Two Iskander-M missiles hit a five-storey apartment block and the edge of a street market.",
     "Rescuers said several people could still be under the rubble."],
    "strikes", "strikes", 3, KREM, a="Iryna Savchuk", n="toll 6"),
  E("2026-05-16 18:05", "Glide bomb kills one in Kharkiv",
    ["A Russian guided aerial bomb hit a warehouse in Kharkiv\u2019s Industrialnyi district, killing a 54-year-old man, the regional governor said."],
    "strikes", "strikes", 3, "kharkiv-glide-bomb-2026-05-16", a="Mark Dolan", n="another deadly strike the same day: must not merge with the Kremenchuk strike"),
  E("2026-05-16 20:40", "Kremenchuk: six dead, 34 injured",
    ["The number of people killed in the missile attack on Kremenchuk has risen to six, with 34 people injured, regional officials said. Two Iskander-M missiles hit a five-storey apartment block and the edge of a street market.",
     "Rescuers said several people could still be under the rubble."],
    "strikes", "strikes", 1, KREM, a="Iryna Savchuk", dup="12821-05", n="near-verbatim repeat of 12821-05"),
  ]))

# ---------------------------------------------------------------- 12822 Orrery World Service (day 1, world feed)
SEEDS.append(dict(
  id="12822", name="12822_orrery-worldatom", ext="xml", source="Orrery World Service", zone="UTC", render=r_atom,
  title="Orrery World Service \u2014 World", url="https://orrery-world.example", idbase=30410,
  lede="The world\u2019s news, as it happens",
  basis="Atom <published> '{s}' (UTC, 'Z'); local {d} in {z}",
  notes="Invented outlet. Atom general world feed, newest first, times in UTC ('Z'), no authors. The war is a minority: 2 of 6 items (Kremenchuk strike spelled 'Kremenchug', toll 9; the prisoner exchange); the other four are off-beat (Eurovision, Indian heatwave, Brazil floods, papal trip).",
  not_entries=["feed title, subtitle, links, id, updated", "entry id and link elements"],
  entries=[
  OFF("2026-05-16 21:05", "Eurovision final under way in Vienna",
      ["Twenty-five countries are competing in the Eurovision Song Contest final in Vienna, with bookmakers favouring the Nordic entries."],
      "eurovision-final-vienna-2026-05-16", n="music contest"),
  E("2026-05-16 18:40", "Russian strike on Ukrainian city of Kremenchug kills nine",
    ["Russian ballistic missiles killed nine people and injured more than 40 in Kremenchug, an industrial city in central Ukraine, regional authorities said on Saturday."],
    "strikes", "strikes", 3, KREM, n="spelling 'Kremenchug'; toll 9"),
  OFF("2026-05-16 15:50", "Heatwave grips northern India as temperatures pass 46C",
      ["Temperatures above 46C were recorded in parts of Rajasthan and Delhi, and authorities told schools to close early for the summer break."],
      "india-heatwave-2026-05-16", n="weather"),
  E("2026-05-16 12:15", "Ukraine and Russia swap 205 prisoners each",
    ["Ukraine and Russia each freed 205 prisoners of war in an exchange mediated by the United Arab Emirates, officials on both sides said."],
    "diplomacy", "diplomacy", 3, SWAP1),
  OFF("2026-05-16 09:40", "Floods force thousands from homes in southern Brazil",
      ["Heavy rain in Rio Grande do Sul has pushed rivers over their banks, forcing more than 8,000 people to leave their homes, the state government said."],
      "brazil-floods-rio-grande-do-sul-2026-05-16", n="floods"),
  OFF("2026-05-16 06:30", "Pope Leo to visit Peru in September",
      ["Pope Leo XIV will travel to Peru in September, the Vatican said, returning to the country where he spent much of his life as a missionary."],
      "pope-leo-peru-trip-2026", n="religion"),
  ]))

# ---------------------------------------------------------------- 12823 Fjordlys Review (day 1, article)
SEEDS.append(dict(
  id="12823", name="12823_fjordlys-article", ext="txt", source="Fjordlys Review", zone="Europe/Oslo", render=r_article,
  kicker="UKRAINE", title="Deadly strike on Kremenchuk as Nordic states agree joint drone purchase",
  lede="Russia\u2019s missile attack on a central Ukrainian city, the return of fallen soldiers and a Nordic deal on Ukrainian-made drones.",
  byline="Sigrid Aalvik", dateline="Saturday 16 May 2026, 17:55 CEST",
  caption="Firefighters at the damaged apartment block in Kremenchuk. Photo: State Emergency Service of Ukraine",
  more="Read more: Our reporter on a week with a Ukrainian air defence crew",
  basis="no per-section stamp; the article's dateline 'Saturday 16 May 2026, 17:55 CEST' (CEST = UTC+2, Oslo) dates every section; local {d} in {z}",
  notes="Invented outlet (Norway, English-language). Text article (not a live blog) with three section headings: one entry per section, headline = heading, stamp null, published = the dateline time. One page byline 'By Sigrid Aalvik', used as every section's author. Section 2 (repatriation of soldiers' bodies on Friday) is the same theme as the day's prisoner exchange but another event: must not merge with the prisoner exchange. Kremenchuk toll here: six.",
  not_entries=["outlet name and breadcrumb", "kicker 'UKRAINE'", "article title (page title)", "standfirst", "byline line", "dateline line", "share/print/listen line",
               "photo caption with credit after the first section", "'Read more: ...' link", "footer"],
  entries=[
  E("2026-05-16 17:55", "Deadly strike on Kremenchuk",
    ["At least six people were killed on Saturday when Russian ballistic missiles struck a residential area of Kremenchuk, a refinery city on the Dnipro river in central Ukraine.",
     "Ukrainian officials said the missiles were launched from Russia\u2019s Kursk region and reached the city in less than five minutes, too fast for the sirens to give residents much warning.",
     "Norway\u2019s foreign minister, Espen Barth Eide, condemned the attack and said Oslo would speed up its funding of air defence for Ukraine."],
    "strikes", "strikes", 3, KREM, a="Sigrid Aalvik", n="toll 6"),
  E("2026-05-16 17:55", "Bodies of fallen soldiers returned",
    ["Ukraine said on Saturday it had received the bodies of 909 soldiers from Russia in a repatriation carried out on Friday, separately from the prisoner exchange.",
     "Forensic experts will now try to identify the remains, a process that can take months."],
    "other", "humanitarian", 2, "bodies-repatriation-2026-05-15", a="Sigrid Aalvik", sec=["diplomacy"],
    n="same theme as the prisoner exchange, another event: must not merge with prisoner-exchange-2026-05-16"),
  E("2026-05-16 17:55", "Nordic states to buy Ukrainian-made drones together",
    ["Norway, Sweden, Finland and Denmark said they would jointly buy long-range drones made in Ukraine and hand them to the Ukrainian armed forces, under the model Denmark pioneered for artillery.",
     "The first contracts are expected before the summer."],
    "aid", "aid", 2, "nordic-joint-ukrainian-drone-purchase-2026-05-16", a="Sigrid Aalvik"),
  ]))

# ---------------------------------------------------------------- day 2
NOVO = "novorossiysk-drone-attack-2026-05-17"
ODESA17 = "odesa-overnight-drone-attack-2026-05-17"
CALL = "trump-putin-call-plan-2026-05-17"

# ---------------------------------------------------------------- 12830 Moselkamp Post (day 2)
SEEDS.append(dict(
  id="12830", name="12830_moselkamp-textlive", ext="txt", source="Moselkamp Post", zone="Europe/Berlin", render=r_moselkamp,
  title="War in Ukraine: Novorossiysk burns after drone attack \u2013 live", ref="2026-05-17 20:40", byline="Live blog: Jana V\u00f6lker",
  lede="Ukraine strikes Russia\u2019s biggest Black Sea oil port; Kremenchuk buries its dead; Trump plans a call with Putin.",
  basis="relative stamp '{s}' counted back from the header clock 'Sunday, 17 May 2026 \u00b7 Last updated 20:40 CEST' (CEST = UTC+2); local {d} in {z}",
  notes="Invented outlet (Germany, English-language). Text live blog, newest first; the only clock is the header line 'Sunday, 17 May 2026 \u00b7 Last updated 20:40 CEST'; each post starts with a relative stamp ('25 min ago', '2 hrs ago'), then the headline. One page byline 'Live blog: Jana V\u00f6lker' used as every post's author. 12830-03 is a theme piece (analysis of Ukraine's campaign against Russian oil) that names Novorossiysk but is its own story. 12830-06 (Russia's overnight drone raid on Odesa region ports) must not merge with the Novorossiysk attack (drones the other way, same night, also Black Sea ports). 12830-04 continues day 1's Kremenchuk story with a new development (toll 12, search over, mourning).",
  not_entries=["outlet name, tagline and navigation", "'LIVE BLOG' label", "page title", "header clock line 'Sunday, 17 May 2026 \u00b7 Last updated 20:40 CEST'",
               "byline line 'Live blog: Jana V\u00f6lker' (used as author)", "lede", "'ANZEIGE / ADVERTISEMENT'", "'Refresh for the latest posts.'", "footer"],
  entries=[
  E("2026-05-17 20:15", "Trump says he will speak to Putin on Monday",
    ["US President Donald Trump said he would hold a phone call with Vladimir Putin on Monday to discuss \u201cgetting this war over with\u201d, writing on his social media platform that he would speak to Volodymyr Zelensky as well."],
    "diplomacy", "diplomacy", 3, CALL, a="Jana V\u00f6lker"),
  E("2026-05-17 18:40", "Novorossiysk: second death confirmed",
    ["A second person has died after Saturday night\u2019s Ukrainian drone attack on the Russian Black Sea port of Novorossiysk, the city\u2019s mayor said. Seven people were injured.",
     "The Sheskharis oil terminal, which handles a large share of Russia\u2019s seaborne crude exports, suspended loadings for the day, according to two shipping agents."],
    "strikes", "strikes", 3, NOVO, a="Jana V\u00f6lker", n="toll 2 dead, 7 injured"),
  E("2026-05-17 17:40", "Analysis: Ukraine\u2019s long-range war on Russian oil",
    ["The attack on Novorossiysk is the latest step in a campaign that has moved from inland refineries to the export terminals that earn Moscow hard currency.",
     "Hitting a refinery mostly hurts Russia\u2019s domestic fuel market. Hitting a port like Novorossiysk or Primorsk can cut export volumes for days, and insurers raise premiums for every tanker that calls there.",
     "Kyiv says the targets are legitimate because oil revenue pays for the war. Some Western officials privately worry about the effect on world oil prices."],
    "strikes", "strikes", 2, "analysis-ukraine-oil-export-strikes-2026-05", a="Jana V\u00f6lker",
    n="theme piece (analysis): names Novorossiysk but is its own story; must not merge with the Novorossiysk attack"),
  E("2026-05-17 15:40", "Kremenchuk mourns as death toll reaches 12",
    ["The death toll from Saturday\u2019s Russian missile strike on Kremenchuk has risen to 12 after rescuers recovered three more bodies from the collapsed apartment block, Ukraine\u2019s emergency service said. The search operation has ended.",
     "Sunday has been declared a day of mourning in the Poltava region."],
    "strikes", "strikes", 3, KREM, a="Jana V\u00f6lker", n="continuation of day 1 (toll 12, search over, mourning)"),
  E("2026-05-17 12:40", "Pope Leo calls for a \u2018courageous\u2019 ceasefire",
    ["Pope Leo XIV used his Sunday address in St Peter\u2019s Square to urge Russia and Ukraine to agree a ceasefire, saying leaders needed the courage to stop the killing."],
    "diplomacy", "diplomacy", 2, "pope-leo-ceasefire-appeal-2026-05-17", a="Jana V\u00f6lker"),
  E("2026-05-17 10:40", "Russian drones hit Odesa region ports overnight",
    ["Russian drones damaged port infrastructure and a grain silo in the Odesa region overnight, the regional administration said. Kyiv called it retaliation for the Novorossiysk attack."],
    "strikes", "strikes", 3, ODESA17, a="Jana V\u00f6lker", n="Russian raid on Ukraine (also 12831-04); must not merge with the Novorossiysk attack"),
  E("2026-05-17 09:40", "Drones strike Novorossiysk oil terminal and naval base",
    ["Ukrainian sea and air drones attacked the Russian port of Novorossiysk overnight, setting fire to a berth at the Sheskharis oil terminal and damaging a warship at the naval base, Russian officials and Ukrainian sources said. Two people were injured."],
    "strikes", "strikes", 3, NOVO, a="Jana V\u00f6lker", n="first report on this page; 2 injured"),
  ]))

# ---------------------------------------------------------------- 12831 Pontica Wire (day 2)
SEEDS.append(dict(
  id="12831", name="12831_pontica-rss", ext="xml", source="Pontica Wire", zone="Europe/Bucharest", render=r_rss, rfc="num",
  title="Pontica Wire \u2013 Black Sea and Ukraine", url="https://ponticawire.example", guid="pw-20260517", idbase=7701,
  lede="Agency reports from the Black Sea region",
  basis="RSS pubDate '{s}' (explicit +0300 offset = Bucharest summer time); local {d} in {z}",
  notes="Invented outlet (news agency, Bucharest). RSS 2.0, newest first, pubDate with +0300, dc:creator per item. Spells the port 'Novorossiisk'. 12831-01 (Tuapse refinery, Sunday evening) is the same Russian region (Krasnodar) as Novorossiysk but another attack: must not merge with the Novorossiysk attack. 12831-04 (drones hit Izmail, Romania scrambles jets) is the same event as 12830-06 (Russia's overnight drone raid on Odesa region ports). Kremenchuk toll 11 (day-1 continuation).",
  not_entries=["channel title/link/description/language", "item link, guid and category elements"],
  entries=[
  E("2026-05-17 19:55", "Drones hit Tuapse refinery hours after Novorossiisk attack",
    ["Ukrainian drones struck the Tuapse oil refinery on Russia\u2019s Black Sea coast on Sunday evening, starting a fire at a crude distillation unit, regional authorities said. The attack came less than a day after the strike on Novorossiisk, about 100 kilometres up the coast."],
    "strikes", "strikes", 2, "tuapse-refinery-drone-strike-2026-05-17", a="Andrei Munteanu", n="same region as Novorossiysk, another attack: must not merge with the Novorossiysk attack"),
  E("2026-05-17 17:30", "Novorossiisk port suspends oil loadings after drone attack",
    ["Loadings at the Sheskharis oil terminal in Novorossiisk were halted on Sunday after an overnight drone attack damaged a berth and a pipeline, port agents said. One person was killed and five injured, according to local officials."],
    "strikes", "strikes", 3, NOVO, a="Elena Radu", n="spelling 'Novorossiisk'; toll 1 dead, 5 injured"),
  E("2026-05-17 14:10", "Kremenchuk strike toll rises to 11",
    ["Rescuers in the Ukrainian city of Kremenchuk recovered two more bodies from a collapsed apartment block, bringing the toll from Saturday\u2019s Russian missile strike to 11, Ukraine\u2019s emergency service said."],
    "strikes", "strikes", 3, KREM, a="Elena Radu", n="continuation of day 1; toll 11"),
  E("2026-05-17 12:25", "Drones hit Ukrainian Danube port of Izmail; Romania scrambles jets",
    ["Romania\u2019s defence ministry scrambled two F-16 fighter jets early on Sunday as Russian drones attacked the Ukrainian Danube port of Izmail, across the river from Romanian territory. No violation of Romanian airspace was confirmed."],
    "strikes", "strikes", 3, ODESA17, a="Andrei Munteanu", sec=[], n="same event as 12830-06 (Russia's overnight raid on Odesa region ports)"),
  E("2026-05-17 09:05", "Drone attack sets Novorossiisk oil terminal ablaze",
    ["A Ukrainian drone attack overnight set fire to a berth at the Sheskharis oil terminal in the Russian port of Novorossiisk, Russian emergency officials said. Two people were injured."],
    "strikes", "strikes", 3, NOVO, a="Elena Radu", n="2 injured"),
  E("2026-05-17 07:30", "Zelensky to visit Turkey next week, Ankara says",
    ["President Volodymyr Zelensky will travel to Ankara next week for talks with Turkish President Recep Tayyip Erdogan on Black Sea shipping and prisoner exchanges, Turkey\u2019s presidential communications office said."],
    "diplomacy", "diplomacy", 2, "zelensky-ankara-visit-announced-2026-05-17", a="Andrei Munteanu"),
  ]))

# ---------------------------------------------------------------- 12832 Wattleford Ledger (day 2)
SEEDS.append(dict(
  id="12832", name="12832_wattleford-htmllive", ext="html", source="Wattleford Ledger", zone="Australia/Sydney", render=r_wattleford,
  title="Ukraine war live: drones hit Russian oil port of Novorossiysk", dateline="Sunday, 17 May 2026",
  lede="Follow our live coverage of Russia\u2019s war in Ukraine. All times AEST.",
  basis="post stamp '{s}' ('AEST' = UTC+10) on the dateline day 'Sunday, 17 May 2026'; local {d} in {z}",
  notes="Invented outlet (Australia). HTML live blog without JSON-LD, oldest first, stamps '1.05pm AEST' in a span above each h2, 'By NAME' line. 12832-01 is a 'Photos:' gallery teaser (no text). 12832-03 re-posts day 1's explainer 12820-02 verbatim (same headline and text, credited 'This article first appeared in the Heathermere Chronicle.'): re-post of day-1 entry, importance 1, same story as day 1; author is the original writer named in its byline. 12832-05 repeats 12832-02 nearly verbatim ('explosions' -> 'blasts'), duplicate_of 12832-02. 12832-06 continues day 1's Kremenchuk story (toll 11).",
  not_entries=["masthead, navigation and 'Subscribe'", "'LIVE' label", "page title", "dateline", "standfirst 'Follow our live coverage ... All times AEST.'",
               "gallery placeholder 'Gallery: 12 photos' in the teaser", "syndication credit line under 12832-03", "app promo after the third post", "'This blog is now closed.'", "footer"],
  entries=[
  E("2026-05-17 10:20", "Photos: Smoke over Novorossiysk oil terminal", [], "strikes", "strikes", 1, NOVO, n="gallery teaser without body"),
  E("2026-05-17 11:05", "Ukrainian drones strike Russia\u2019s Novorossiysk port",
    ["Ukraine has launched a large drone attack on the Russian Black Sea port of Novorossiysk, with residents reporting explosions and fires near the oil terminal, according to Russian local media.",
     "Russian officials said air defences and naval units were repelling an attack by sea drones."],
    "strikes", "strikes", 3, NOVO, a="Lachlan Pryor"),
  E("2026-05-17 13:30", EXPL_BAL_H, EXPL_BAL_P, "strikes", "strikes", 1, EXPL_BAL, a="Tom Ridgewell",
    credit="This article first appeared in the Heathermere Chronicle.",
    n="re-post of day-1 entry 12820-02 (verbatim, syndicated): importance 1, same story slug; duplicate_of null because the original is on another seed"),
  E("2026-05-17 15:45", "Novorossiysk attack: two injured, oil terminal berth on fire",
    ["Two people were injured and a berth at the Sheskharis oil terminal caught fire during the overnight attack on Novorossiysk, the city\u2019s mayor said.",
     "A Russian navy frigate moored at the naval base was also reported damaged, although Moscow has not confirmed this."],
    "strikes", "strikes", 3, NOVO, a="Lachlan Pryor"),
  E("2026-05-17 18:10", "Ukrainian drones strike Russia\u2019s Novorossiysk port",
    ["Ukraine has launched a large drone attack on the Russian Black Sea port of Novorossiysk, with residents reporting blasts and fires near the oil terminal, according to Russian local media.",
     "Russian officials said air defences and naval units were repelling an attack by sea drones."],
    "strikes", "strikes", 1, NOVO, a="Lachlan Pryor", dup="12832-02", n="near-verbatim repeat of 12832-02"),
  E("2026-05-17 20:40", "Kremenchuk toll climbs to 11",
    ["Ukraine\u2019s emergency service said the toll from Saturday\u2019s missile strike on Kremenchuk had risen to 11 overnight, with rescuers still working at the site."],
    "strikes", "strikes", 3, KREM, a="Bronwyn Achterberg", n="continuation of day 1; toll 11"),
  E("2026-05-17 22:55", "Australia announces further military aid to Ukraine",
    ["The Australian government will send a further $95 million in military assistance to Ukraine, including drones and ammunition, Defence Minister Richard Marles said."],
    "aid", "aid", 2, "australia-ukraine-aid-package-2026-05-17", a="Bronwyn Achterberg"),
  ]))

# ---------------------------------------------------------------- 12833 Saltinmoor World Report (day 2, world feed)
SEEDS.append(dict(
  id="12833", name="12833_saltinmoor-worldrss", ext="xml", source="Saltinmoor World Report", zone="UTC", render=r_rss, rfc="GMT",
  title="Saltinmoor World Report", url="https://saltinmoor.example", guid="swr", idbase=55120,
  lede="Top stories from around the world",
  basis="RSS pubDate '{s}' (explicit GMT); local {d} in {z}",
  notes="Invented outlet. RSS 2.0 general world feed, newest first, pubDate in GMT, no authors. The war is a minority: 2 of 6 items (Trump's planned call with Putin; the Novorossiysk attack); four are off-beat (Colombian election debate, Sri Lanka landslides, Giro d'Italia, Eurovision result).",
  not_entries=["channel title/link/description/language", "item link, guid and category elements"],
  entries=[
  OFF("2026-05-17 20:30", "Colombia\u2019s presidential hopefuls clash in final televised debate",
      ["The leading candidates in Colombia\u2019s presidential election traded accusations over security and the economy in their last debate before the 31 May vote."],
      "colombia-presidential-debate-2026-05-17", n="election elsewhere", cat="Americas"),
  E("2026-05-17 17:05", "Trump plans call with Putin on Monday",
    ["President Donald Trump said he would speak by phone with Russia\u2019s Vladimir Putin on Monday, and afterwards with Ukraine\u2019s Volodymyr Zelensky, in a new push to end the war."],
    "diplomacy", "diplomacy", 3, CALL, cat="Europe"),
  OFF("2026-05-17 14:40", "Landslides kill 14 in Sri Lanka after heavy rain",
      ["At least 14 people were killed when landslides buried homes in Sri Lanka\u2019s hill country after two days of torrential rain, the disaster management centre said."],
      "sri-lanka-landslides-2026-05-17", n="disaster", cat="Asia"),
  E("2026-05-17 11:15", "Ukrainian drones hit Russian oil port of Novorossiysk",
    ["Ukraine attacked the Russian oil export hub of Novorossiysk with drones overnight, halting loadings at its main crude terminal. Russian officials reported one death."],
    "strikes", "strikes", 3, NOVO, cat="Europe", n="toll 1 dead"),
  OFF("2026-05-17 08:50", "Giro d\u2019Italia leader keeps pink jersey after Alpine stage",
      ["The overall leader of the Giro d\u2019Italia defended the pink jersey on the race\u2019s first high mountain finish, finishing alongside his closest rivals."],
      "giro-ditalia-alpine-stage-2026-05-17", n="sport", cat="Sport"),
  OFF("2026-05-17 05:20", "Finland wins Eurovision Song Contest in Vienna",
      ["Finland won the Eurovision Song Contest in Vienna after a late surge in the public vote, its first victory since 2006."],
      "eurovision-result-2026-05-16", n="music contest", cat="Culture"),
  ]))

# ---------------------------------------------------------------- day 3
KHM = "khmelnytskyi-missile-strike-2026-06-20"
NATO = "nato-ankara-summit-zelensky-invitation-2026-06-20"
ZHAI = "zelenyi-hai-capture-claim-2026-06-20"

# ---------------------------------------------------------------- 12840 Dniester Courier (day 3)
SEEDS.append(dict(
  id="12840", name="12840_dniester-htmllive", ext="html", source="Dniester Courier", zone="Europe/Kyiv", render=r_dniester,
  title="Khmelnytskyi strike: six killed as Russia hits western Ukraine \u2013 live", url="https://dniestercourier.example/live/khmelnytskyi-strike-20-june-2026",
  dateline="Saturday, 20 June 2026", tznote="All times Kyiv (EEST)",
  lede="A pre-dawn missile and drone attack on Khmelnytskyi, a NATO invitation for Ankara and fighting in the south. We are following the day\u2019s events.",
  basis="bare time '{s}' with the page note 'All times Kyiv (EEST)' (UTC+3) on the dateline day 'Saturday, 20 June 2026'; the JSON-LD liveBlogUpdate datePublished agrees; local {d} in {z}",
  notes="Invented outlet (Odesa/Chisinau, English-language). HTML live blog, newest first. JSON-LD is a @graph: an organisation node and an article node whose @type is the array ['NewsArticle','LiveBlogPosting'], with a liveBlogUpdate array (per-update headline, datePublished +03:00, author as an array). Visible bare '22:10' above each h2; signature line after the body (author). 12840-03 (drone hits a fuel depot near Kamianets-Podilskyi in the Khmelnytskyi region, afternoon) is the same region as the Khmelnytskyi city strike but another attack: must not merge. 12840-05 (Zelensky's appeal for Patriots after the attack) is an aid appeal, its own story: must not merge with the strike. Khmelnytskyi toll on this page 2 -> 4 -> 6.",
  not_entries=["header and navigation", "page title", "meta line (dateline \u00b7 'All times Kyiv (EEST)')", "lead paragraph", "'Read more' aside after the second post", "footer"],
  entries=[
  E("2026-06-20 22:10", "Khmelnytskyi toll rises to six",
    ["A sixth person has died in hospital after the overnight Russian attack on Khmelnytskyi, the city\u2019s mayor said. Twenty-eight people were injured, four of them children."],
    "strikes", "strikes", 3, KHM, a="Olena Prytula", n="toll 6"),
  E("2026-06-20 19:35", "Rutte: Zelensky invited to Ankara summit",
    ["NATO Secretary General Mark Rutte said President Volodymyr Zelensky had been invited to the alliance\u2019s summit in Ankara on 7\u20138 July, where allies would discuss long-term support for Ukraine."],
    "diplomacy", "diplomacy", 3, NATO, a="Daniel Marsh"),
  E("2026-06-20 16:20", "Drone hits fuel depot near Kamianets-Podilskyi",
    ["A Russian attack drone hit a fuel depot on the edge of Kamianets-Podilskyi in the Khmelnytskyi region on Saturday afternoon, causing a fire but no casualties, regional authorities said."],
    "strikes", "strikes", 2, "kamianets-podilskyi-fuel-depot-drone-2026-06-20", a="Olena Prytula",
    n="same region (Khmelnytskyi oblast), another attack: must not merge with the Khmelnytskyi city strike"),
  E("2026-06-20 13:05", "Russia claims capture of village near Huliaipole",
    ["Russia\u2019s defence ministry said its troops had taken the village of Zelenyi Hai west of Huliaipole in the Zaporizhzhia region. Ukraine\u2019s army did not confirm the claim."],
    "other", "frontline", 3, ZHAI, a="Daniel Marsh"),
  E("2026-06-20 12:15", "Zelensky: Khmelnytskyi shows we need more Patriots",
    ["President Volodymyr Zelensky said the attack on Khmelnytskyi showed that Ukraine still lacked enough air defence for its western cities, and asked allies to deliver the Patriot systems they had promised before the Ankara summit."],
    "aid", "aid", 2, "zelensky-patriot-appeal-2026-06-20", a="Daniel Marsh", sec=["strikes", "diplomacy"],
    n="appeal for air defence after the strike: own story, must not merge with the Khmelnytskyi strike"),
  E("2026-06-20 10:45", "Khmelnytskyi: four dead, rescuers search rubble",
    ["Four people are now known to have been killed in Khmelnytskyi, and rescuers are searching the collapsed section of a nine-storey building for at least three more residents, the State Emergency Service said."],
    "strikes", "strikes", 3, KHM, a="Olena Prytula", n="toll 4"),
  E("2026-06-20 08:10", "Missile and drone attack on Khmelnytskyi kills two",
    ["Russia struck the western Ukrainian city of Khmelnytskyi with missiles and drones before dawn on Saturday, killing two people and damaging a nine-storey apartment building and an industrial site, the regional administration said."],
    "strikes", "strikes", 3, KHM, a="Olena Prytula", n="first report; toll 2"),
  ]))

# ---------------------------------------------------------------- 12841 Mazurek Morning Post (day 3, no year on the page)
SEEDS.append(dict(
  id="12841", name="12841_mazurek-textlive", ext="txt", source="Mazurek Morning Post", zone="Europe/Warsaw", render=r_mazurek,
  title="Live: Russian missiles hit Khmelnytsky in western Ukraine", dateline="Saturday 20 June \u00b7 all times CEST (Warsaw)",
  byline="Live blog by Katarzyna Wilk and Piotr Nowacki", parse_args=["--date", "2026-06-20"],
  lede="Russia\u2019s overnight attack reached deep into western Ukraine. Polish aircraft were scrambled as a precaution.",
  basis="bare stamp '{s}' (12-hour, Warsaw time: CEST = UTC+2, printed in the date line) on 'Saturday 20 June' (no year printed; parse_args gives 2026-06-20); local {d} in {z}",
  notes="Invented outlet (Poland, English-language). Text live blog, oldest first; date line 'Saturday 20 June \u00b7 all times CEST (Warsaw)' with NO year anywhere on the page (parse_args --date 2026-06-20). 12-hour stamp line ('7:40 am') before each headline. One page byline with two names ('Live blog by Katarzyna Wilk and Piotr Nowacki'), used as every entry's author as one string. Spells the city 'Khmelnytsky'. 12841-03 is a 'Video:' teaser without body. 12841-05 is a theme piece (why western Ukraine is within Russia's reach) that mentions Khmelnytsky but is its own story. 12841-06 repeats 12841-04 nearly verbatim (duplicate_of 12841-04). 12841-02 (Polish jets scrambled) is Poland's precaution during the attack, its own story (other/security).",
  not_entries=["outlet name and navigation", "page title", "date line 'Saturday 20 June \u00b7 all times CEST (Warsaw)'", "byline line (used as author)", "lede",
               "video placeholder '(video, 0:36)' in the teaser", "subscription appeal after the third post", "closing line 'That's all from us for today...'", "footer"],
  entries=[
  E("2026-06-20 07:40", "Russian missiles hit Khmelnytsky, two killed",
    ["Two people were killed when Russian missiles and drones struck Khmelnytsky in western Ukraine early on Saturday, Ukrainian officials said. The city lies about 300 kilometres from the Polish border."],
    "strikes", "strikes", 3, KHM, a="Katarzyna Wilk and Piotr Nowacki", n="spelling 'Khmelnytsky'; toll 2"),
  E("2026-06-20 08:15", "Polish jets scrambled during overnight attack",
    ["Poland\u2019s Operational Command said it had scrambled fighter jets and put ground-based air defence on alert while Russia attacked targets in western Ukraine overnight. No Polish airspace violation was recorded."],
    "other", "security", 2, "poland-scrambles-jets-2026-06-20", a="Katarzyna Wilk and Piotr Nowacki", n="Poland's precaution: own story"),
  E("2026-06-20 10:30", "Video: Moment missile hits Khmelnytsky apartment block", [], "strikes", "strikes", 1, KHM,
    a="Katarzyna Wilk and Piotr Nowacki", n="teaser without body"),
  E("2026-06-20 12:50", "Khmelnytsky death toll rises to four",
    ["The number of people killed in the Russian strike on Khmelnytsky has risen to four, the head of the regional administration said. Rescuers are still working at the damaged apartment block."],
    "strikes", "strikes", 3, KHM, a="Katarzyna Wilk and Piotr Nowacki", n="toll 4"),
  E("2026-06-20 15:10", "Explainer: Why western Ukraine is no longer out of reach",
    ["Saturday\u2019s attack on Khmelnytsky is a reminder that no part of Ukraine is safe from Russian missiles, even cities a few hours\u2019 drive from Poland.",
     "Early in the war, western regions were hit less often because they lay at the edge of the range of many Russian drones. Newer Shahed variants fly further, and Russia now launches them in waves of several hundred.",
     "Khmelnytsky region is also home to a major air base and to a nuclear power plant, which Russia may be trying to pressure."],
    "strikes", "strikes", 2, "explainer-western-ukraine-in-range", a="Katarzyna Wilk and Piotr Nowacki",
    n="theme piece (explainer): mentions Khmelnytsky but is its own story; must not merge with the Khmelnytskyi strike"),
  E("2026-06-20 17:45", "Khmelnytsky death toll rises to four",
    ["The number of people killed in the Russian strike on Khmelnytsky has risen to four, the head of the regional administration said. Rescuers are still working at the damaged apartment block."],
    "strikes", "strikes", 1, KHM, a="Katarzyna Wilk and Piotr Nowacki", dup="12841-04", n="near-verbatim (here verbatim) repeat of 12841-04"),
  ]))

# ---------------------------------------------------------------- 12842 Skerrick World Desk (day 3, world feed)
SEEDS.append(dict(
  id="12842", name="12842_skerrick-worldrss", ext="xml", source="Skerrick World Desk", zone="Europe/Dublin", render=r_rss, rfc="num",
  title="Skerrick World Desk", url="https://skerrick.example", guid="skw", idbase=9100,
  lede="World news from the Skerrick newsroom",
  basis="RSS pubDate '{s}' (explicit +0100 offset = Irish summer time); local {d} in {z}",
  notes="Invented outlet (Ireland). RSS 2.0 general world feed, newest first, pubDate with +0100, no authors. The war is a minority: 2 of 6 items (Khmelnitsky strike, spelled 'Khmelnitsky', toll 4; NATO's Ankara invitation); four are off-beat (solstice at Stonehenge, World Cup audiences, Irish heat warning, floods in China).",
  not_entries=["channel title/link/description/language", "item link, guid and category elements"],
  entries=[
  OFF("2026-06-20 22:05", "Crowds gather at Stonehenge for summer solstice",
      ["Thousands of people gathered at Stonehenge on Saturday night to watch the sun rise over the stones on the longest day of the year."],
      "stonehenge-solstice-2026-06-20", n="culture"),
  E("2026-06-20 19:40", "NATO chief says Zelensky invited to Ankara summit",
    ["NATO Secretary General Mark Rutte said Ukraine\u2019s president had been invited to next month\u2019s alliance summit in the Turkish capital."],
    "diplomacy", "diplomacy", 3, NATO),
  OFF("2026-06-20 16:15", "World Cup group games draw record TV audiences",
      ["Broadcasters in Europe reported record late-night audiences for World Cup group matches played in North America, despite kick-off times after midnight."],
      "world-cup-tv-audiences-2026-06-20", n="sport", cat="Sport"),
  E("2026-06-20 13:30", "Russian attack on Khmelnitsky kills four",
    ["A Russian missile and drone attack on the western Ukrainian city of Khmelnitsky killed four people and damaged a residential building, Ukrainian officials said."],
    "strikes", "strikes", 3, KHM, n="spelling 'Khmelnitsky'; toll 4"),
  OFF("2026-06-20 10:10", "Met \u00c9ireann issues high temperature warning",
      ["Met \u00c9ireann has issued a status yellow high temperature warning for Leinster and Munster, with highs of 29C expected on Sunday."],
      "ireland-heat-warning-2026-06-20", n="weather", cat="Ireland"),
  OFF("2026-06-20 07:20", "Floods in southern China force 60,000 from homes",
      ["Days of heavy rain in Guangdong and Guangxi have forced more than 60,000 people to leave their homes, Chinese state media reported."],
      "china-floods-guangdong-2026-06-20", n="floods", cat="Asia"),
  ]))

# ---------------------------------------------------------------- 12843 Hoverla Newswire (day 3)
SEEDS.append(dict(
  id="12843", name="12843_hoverla-atom", ext="xml", source="Hoverla Newswire", zone="Europe/Kyiv", render=r_atom,
  title="Hoverla Newswire: Ukraine", url="https://hoverla-newswire.example", idbase=61200,
  lede="Agency news from Kyiv",
  basis="Atom <published> '{s}' (explicit +03:00 offset = Kyiv summer time); local {d} in {z}",
  notes="Invented outlet (news agency, Kyiv). Atom, newest first, <published> with +03:00, author per entry. 12843-04 adds Ukraine's denial to Russia's Zelenyi Hai claim (same story as 12840-04). 12843-03 (days of mourning, toll five) continues the Khmelnytskyi story. 12843-06 (procurement fraud verdict) stands alone.",
  not_entries=["feed title, subtitle, links, id, updated", "entry id and link elements"],
  entries=[
  E("2026-06-20 21:30", "Sweden signs first contract for Gripen jets for Ukraine",
    ["Sweden and Ukraine signed a contract for the first batch of Gripen E fighter jets, Swedish Defence Minister P\u00e5l Jonson said in Stockholm, with deliveries planned to begin in 2029."],
    "aid", "aid", 3, "sweden-gripen-contract-ukraine-2026-06-20", a="Oksana Hrytsai", cat="aid"),
  E("2026-06-20 18:50", "Rutte confirms Zelensky invitation to NATO summit in Ankara",
    ["Zelensky has been invited to NATO\u2019s summit in Ankara on 7\u20138 July, Secretary General Mark Rutte said, adding that allies were working on a multi-year support package to be agreed there."],
    "diplomacy", "diplomacy", 3, NATO, a="Taras Lozynskyi", cat="diplomacy"),
  E("2026-06-20 17:10", "Khmelnytskyi declares days of mourning",
    ["Authorities in Khmelnytskyi declared 21 and 22 June days of mourning after the overnight Russian attack, which has killed five people."],
    "strikes", "strikes", 3, KHM, a="Oksana Hrytsai", cat="war", n="toll 5"),
  E("2026-06-20 13:20", "Ukraine\u2019s army denies losing Zelenyi Hai",
    ["Ukraine\u2019s southern command said its troops still held positions in Zelenyi Hai near Huliaipole, rejecting Russia\u2019s claim to have captured the village."],
    "other", "frontline", 3, ZHAI, a="Taras Lozynskyi", cat="war"),
  E("2026-06-20 09:00", "Khmelnytskyi: rescuers search for residents under rubble",
    ["Emergency crews in Khmelnytskyi were searching the ruins of a partly collapsed apartment block for at least three residents after the overnight Russian strike, which killed two people."],
    "strikes", "strikes", 3, KHM, a="Oksana Hrytsai", cat="war", n="toll 2"),
  E("2026-06-20 06:15", "Kyiv court jails former official in army food procurement case",
    ["A Kyiv court sentenced a former deputy head of a defence ministry procurement department to seven years in prison for overpaying suppliers of army rations."],
    "other", "politics", 2, "defence-procurement-fraud-verdict-2026-06-20", a="Taras Lozynskyi", cat="politics"),
  ]))


# ================================================================ build
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
            if len(e["t"]) == 10:
                pub, loc = e["t"], f"{e['t']} {S['zone']}"
            else:
                pub = u.strftime("%Y-%m-%dT%H:%M:%SZ")
                loc = d.strftime("%Y-%m-%d %H:%M:%S " if len(e["t"]) == 19 else "%Y-%m-%d %H:%M ") + S["zone"]
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": pub, "published_local": loc,
                         "published_basis": S["basis"].format(s=stamps[i], d=loc.rsplit(" ", 1)[0], z=S["zone"], u=pub),
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
        print(f"{fn:36s} {len(ents):2d} entries  UTC {sorted({x['published'][:10] for x in ents})}")
    print(f"{len(SEEDS)} seeds, {total} entries")


if __name__ == "__main__":
    main()

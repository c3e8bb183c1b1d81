#!/usr/bin/env python3
"""Builds the eval/ay seed pages and their gold files from one hand-written data table (further down).
Every headline and paragraph is the blind tester's own wording (invented or paraphrased); Part B outlets are invented.
Deterministic. Run from the project root:  python3 eval/ay/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]
AP_MON = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBR = ("U.S.", "U.N.", "U.K.", "Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "Sen.", "Rep.", "Gov.", "St.", "Jan.", "Feb.", "Aug.", "Sept.",
        "Oct.", "Nov.", "Dec.", "No.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=""):
    """One entry: local time in the page zone ('YYYY-MM-DD HH:MM'), headline (None = no headline), paragraphs, labels."""
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


def ampm(d, sep=":", space="", dots=False, upper=False, pad=False):
    hh = d.hour % 12 or 12
    if dots:
        suf = "a.m." if d.hour < 12 else "p.m."
    else:
        suf = "am" if d.hour < 12 else "pm"
    if upper:
        suf = suf.upper()
    return f"{hh:02d}" if pad else f"{hh}", sep, f"{d.minute:02d}", space, suf


def hm12(d, **kw):
    return "".join(ampm(d, **kw))


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def ld(obj):
    return '<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False) + "</script>"


# ================================================================ Part A: real outlets' layouts (chrome paraphrased)

def r_bristol(S):
    """Bristol Post (BristolLive, Reach plc) live blog, text scrape. Newest first; 'KEY EVENTS' box; bare '16:48' time line above
    each post's headline, per-post reporter line under the headline; page byline block with '07:05, 2 JUL 2025Updated ...'."""
    z = S["zone"]; o = dt(S["opened"], z); u = dt(S["entries"][0]["t"], z)
    stampd = lambda d: f"{d:%H:%M}, {d.day} {MON3[d.month - 1].upper()} {d.year}"
    L = ["Skip to main content", "Bristol Live", "", "News", "Bristol News", "UK & World News", "Sport", "Bristol City FC", "Bristol Rovers FC",
         "What's On", "Property", "Jobs", "Public Notices", "", "Sign in", "", "UK & World News", "", S["title"], "", S["lede"], "",
         "Bookmark", "Share", "Comments", "News", "", "By", S["byline"], "Live Reporter", "", f"{stampd(o)}Updated {stampd(u)}", "",
         "KEY EVENTS"] + [e["h"] for e in S["entries"] if e["kp"]] + ["", S["caption"], "", "Show latest update", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"]] + ([e["a"]] if e["a"] else []) + [""] + ptxt(e["p"]) + ["Share", ""]
        if i == 2:
            L += ["Sign up to the Bristol Post newsletter", "The day's top stories from across the city, sent to your inbox each morning.",
                  "Sign up", "You can unsubscribe at any time. See our Privacy Notice for how we handle your data.", ""]
        if i == 4:
            L += ["Advertisement", ""]
    L += ["Load more updates", "", "Most Read", "Major roadworks on the M32 to last until autumn", "Harbourside bar closes after 20 years", "",
          "We use cookies and similar technologies to personalise content and ads. Manage cookie preferences", "",
          "Follow Bristol Live", "Facebook", "X", "Instagram", "", "© 2025 a Reach plc subsidiary", "Contact us  Terms and conditions  Privacy notice"]
    return "\n".join(L) + "\n", stamps


def r_edp(S):
    """Eastern Daily Press (Newsquest) topic page, HTML. Cards newest first; visible '2:30pm, 17 July' (no year) inside
    <time datetime> carrying the full ISO time; 'By NAME' per card; newsletter box, Most Read, cookie banner."""
    z = S["zone"]
    crumbs = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": 1, "name": "News", "item": "https://www.edp24.co.uk/news/"},
        {"@type": "ListItem", "position": 2, "name": S["title"], "item": "https://www.edp24.co.uk/news/ukraine/"}]}
    out = ["<!DOCTYPE html>", '<html lang="en-GB"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | Eastern Daily Press</title>",
           ld(crumbs), "</head><body>",
           '<div id="cookie-banner">We and our partners use cookies to store and access information on your device. <button>Accept all</button> <button>Manage options</button></div>',
           '<header class="mar-header"><a class="mar-logo" href="/">Eastern Daily Press</a><nav><a href="/news/">News</a> <a href="/sport/">Sport</a> '
           '<a href="/sport/norwich-city/">Norwich City</a> <a href="/going-out/">What\u2019s On</a> <a href="/property/">Property</a> '
           '<a href="/jobs/">Jobs</a> <a href="/announcements/">Announcements</a></nav><a class="mar-subscribe" href="/subscribe/">Subscribe</a> <a href="/login/">Sign in</a></header>',
           '<main class="mar-topic"><h1 class="mar-topic__title">' + esc(S["title"]) + "</h1>",
           '<p class="mar-topic__intro">' + esc(S["lede"]) + "</p>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{hm12(d)}, {d.day} {MONTHS[d.month - 1]}"; stamps.append(st)
        out.append(f'<article class="mar-card"><h2 class="mar-card__headline"><a href="/news/{25331090 + 17 * i}.{S["slugs"][i]}/">{esc(e["h"])}</a></h2>')
        out += [f'<p class="mar-card__summary">{esc(p)}</p>' for p in e["p"]]
        out.append(f'<div class="mar-card__meta"><span class="mar-card__author">By {esc(e["a"])}</span> '
                   f'<time datetime="{d.isoformat()}">{st}</time> <a class="mar-card__comments">{(i * 7) % 11} comments</a></div></article>')
        if i == 2:
            out.append('<aside class="mar-newsletter"><h3>Get the EDP daily briefing</h3><p>Norfolk\u2019s biggest stories, every morning.</p>'
                       '<input type="email" placeholder="Your email"> <button>Sign up</button></aside>')
    out += ['<a class="mar-more" href="?page=2">Load more</a></main>',
            '<aside class="mar-most-read"><h3>Most Read</h3><ol><li>Norwich bus lane fines rise again</li><li>Broads pub named best in county</li></ol></aside>',
            '<footer>\u00a9 Copyright 2001-2025 | Newsquest Media Group Ltd | Registered in England & Wales | Privacy Policy | Contact</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_postmedia_rss(S):
    """Edmonton Journal (Postmedia WordPress) category feed, RSS 2.0. pubDate in +0000, dc:creator agency credits in CDATA,
    description = the deck (not the first paragraph), content:encoded = the article paragraphs. Newest first."""
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" '
           'xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">', "<channel>",
           f"<title>{esc(S['title'])}</title>", '<atom:link href="https://edmontonjournal.com/category/news/world/feed" rel="self" type="application/rss+xml" />',
           "<link>https://edmontonjournal.com/category/news/world</link>", "<description>World news from Postmedia and wire services</description>",
           f"<lastBuildDate>{dt(S['entries'][0]['t'], z).astimezone(UTC).strftime('%a, %d %b %Y %H:%M:%S +0000')}</lastBuildDate>",
           "<language>en-CA</language>", "<sy:updatePeriod xmlns:sy=\"http://purl.org/rss/1.0/modules/syndication/\">hourly</sy:updatePeriod>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z).astimezone(UTC); st = d.strftime("%a, %d %b %Y %H:%M:%S +0000"); stamps.append(st)
        link = f"https://edmontonjournal.com/news/world/{S['slugs'][i]}"
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{link}</link>", f"<dc:creator><![CDATA[{e['a']}]]></dc:creator>",
                f"<pubDate>{st}</pubDate>", "<category><![CDATA[News]]></category>", "<category><![CDATA[World]]></category>",
                f'<guid isPermaLink="false">https://edmontonjournal.com/?p={7904410 + 13 * i}</guid>',
                f"<description><![CDATA[{e['deck']}]]></description>",
                "<content:encoded><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></content:encoded>",
                f'<media:thumbnail url="https://smartcdn.gprod.postmedia.digital/edmontonjournal/wp-content/uploads/2025/08/{S["slugs"][i][:12]}.jpg" />', "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_tbt(S):
    """Tampa Bay Times page carrying an AP live-updates file, text scrape. No year anywhere in the dates ('Published Sept. 27|Updated
    Sept. 28'); '11:50 p.m.' time line before each headline, no zone printed (US Eastern implied); newest first across local midnight."""
    z = S["zone"]
    L = ["Skip to main content", "Tampa Bay Times", "Subscribe", "Log In", "",
         "Local News  Hurricane Season  Sports  Opinion  Business  Life & Culture  Obituaries  e-Edition", "", "WORLD", "",
         S["title"], "", S["lede"], "", "By Associated Press", S["publine"], "", S["caption"], "", "Here\u2019s the latest:", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = hm12(d, space=" ", dots=True); stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"]) + ["Share", ""]
        if i == 3:
            L += ["Advertisement", "", "Sign up for the Breaking News newsletter", "Get the latest news as it happens, free in your inbox.", ""]
    L += ["Read more:", "What to know about the air defense systems Ukraine wants", "", "Comments", "",
          "\u00a9 2025 All Rights Reserved | Tampa Bay Times", "Privacy Policy  Terms of Use  Contact Us"]
    return "\n".join(L) + "\n", stamps


def r_slt(S):
    """Salt Lake Tribune page carrying an AP article, HTML. One-paragraph AP lede with dateline (page intro, not an entry), then
    <h2> subheads: one entry per subhead, no per-section time; dateline '<time>Aug. 18, 2025, 5:12 p.m.</time>' (MDT implied);
    NewsArticle JSON-LD; donation pitch, newsletter, comments."""
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    art = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": d0.isoformat(),
           "dateModified": d0.isoformat(), "author": [{"@type": "Person", "name": n} for n in S["authors"]],
           "publisher": {"@type": "Organization", "name": "The Salt Lake Tribune"}, "isAccessibleForFree": True}
    shown = f"{AP_MON[d0.month - 1]} {d0.day}, {d0.year}, {hm12(d0, space=' ', dots=True)}"
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} \u2013 The Salt Lake Tribune</title>",
           ld(art), "</head><body>",
           '<header class="site-header"><a href="/" class="logo">The Salt Lake Tribune</a><nav><a href="/news/">News</a> <a href="/sports/">Sports</a> '
           '<a href="/sports/jazz/">Utah Jazz</a> <a href="/news/politics/">Politics</a> <a href="/religion/">Religion</a> <a href="/opinion/">Opinion</a></nav>'
           '<a class="btn" href="/donate/">Donate</a> <a class="btn" href="/subscribe/">Subscribe</a></header>',
           '<article class="story"><p class="kicker">World</p>', f"<h1>{esc(S['title'])}</h1>",
           f'<div class="byline">By {esc(S["byline"])} | The Associated Press</div>',
           f'<div class="pubdate"><time datetime="{d0.isoformat()}">{shown}</time></div>',
           '<div class="share"><a>Facebook</a> <a>X</a> <a>Email</a> <a>Gift this article</a></div>',
           f'<figure><figcaption>{esc(S["caption"])}</figcaption></figure>', f"<p>{esc(S['lede'])}</p>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        out.append(f"<h2>{esc(e['h'])}</h2>")
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        stamps.append(None)
        if i == 2:
            out.append('<aside class="donate-pitch"><p>The Salt Lake Tribune is a nonprofit newsroom. Your tax-deductible gift helps keep our '
                       'journalism free for everyone.</p><a>Donate now</a></aside>')
    out += ["</article>", '<aside class="newsletter"><p>Sign up for the Tribune\u2019s daily headlines newsletter.</p><input type="email"> <button>Sign up</button></aside>',
            '<section class="comments"><h3>Join the conversation</h3><p>Comments are moderated.</p></section>',
            "<footer>\u00a9 2025 The Salt Lake Tribune. All rights reserved. \u00b7 Privacy \u00b7 Terms</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_courant(S):
    """Hartford Courant (Tribune/MediaNews Group WordPress) page carrying an AP 'The Latest' file, text scrape. Posts have NO
    headlines: '___' separator, bare '4:50 p.m.' line, paragraphs; newest first. Header 'PUBLISHED: ... EST | UPDATED: ... EST'."""
    z = S["zone"]; p0 = dt(S["published_t"], z); u0 = dt(S["entries"][0]["t"], z)
    mdy = lambda d: f"{MONTHS[d.month - 1]} {d.day}, {d.year} at {hm12(d, space=' ', upper=True)} {d.tzname()}"
    L = ["Skip to content", "Hartford Courant", "Subscribe Now", "Log In", "",
         "News  Sports  Opinion  Business  Entertainment  Life  Obituaries  e-Edition  Connecticut", "", "World News", "", S["title"], "",
         "By The Associated Press", f"PUBLISHED: {mdy(p0)} | UPDATED: {mdy(u0)}", "",
         "Share this:", "Click to share on Facebook (Opens in new window)", "Click to share on X (Opens in new window)",
         "Click to email a link to a friend (Opens in new window)", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = hm12(d, space=" ", dots=True); stamps.append(st)
        assert e["h"] is None
        L += ["___", "", st, ""] + ptxt(e["p"])
        if i == 2:
            L += ["Advertisement", ""]
    L += ["Originally Published: " + mdy(p0), "", "Related Articles", "Connecticut Ukrainian groups plan holiday aid drive",
          "Analysis: What the war costs Europe this winter", "", "Get Morning Briefing in your inbox", "Sign up", "",
          "Copyright \u00a9 2025 Hartford Courant"]
    return "\n".join(L) + "\n", stamps


def r_gulftoday(S):
    """Gulf Today (Sharjah) World section listing, HTML. Newest first; under each headline a credit line ('Agence France-Presse')
    and a date line 'Oct 24, 2025 01:10 AM' (12 h, zero-padded, no zone printed: UAE time implied); one teaser paragraph per card."""
    z = S["zone"]
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} - Gulf Today</title></head><body>",
           '<div class="topbar"><span class="today">' + esc(S["clock"]) + '</span> <a>E-Paper</a> <a>Subscribe</a></div>',
           '<header><a class="logo" href="/">Gulf Today</a><nav><a>Home</a> <a>UAE</a> <a>Business</a> <a>World</a> <a>Sport</a> <a>Opinion</a> '
           '<a>Lifestyle</a> <a>Entertainment</a> <a>Tech</a></nav></header>', f'<main><h1 class="section-title">{esc(S["title"])}</h1>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MON3[d.month - 1]} {d.day}, {d.year} {hm12(d, space=' ', upper=True, pad=True)}"; stamps.append(st)
        out.append(f'<div class="news-item"><h3><a href="/world/2025/10/{d.day}/{S["slugs"][i]}">{esc(e["h"])}</a></h3>')
        out.append(f'<div class="meta"><span class="author">{esc(e["a"])}</span></div><div class="date">{st}</div>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append("</div>")
        if i == 3:
            out.append('<div class="ad-slot">Advertisement</div>')
    out += ['<a class="load-more">Load More</a></main>', '<aside><h4>Most Popular</h4><a>Sharjah Book Fair draws record crowds</a> <a>Gold prices ease in Dubai</a></aside>',
            "<footer>Copyright \u00a9 2025 Gulf Today. All rights reserved. \u00b7 About Us \u00b7 Contact Us \u00b7 Privacy Policy</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_caspian(S):
    """Caspian News (Baku) latest-news listing, text scrape. No year printed anywhere (header 'Wednesday, September 3'); each card:
    section label line, date line '03 September, 21:30' (Baku time implied) ABOVE the headline, teaser paragraphs, 'Read More'."""
    z = S["zone"]
    L = ["Caspian News", S["clock"], "", "Home  Politics  Economy  Region  World  Energy  Culture  Interviews  Opinion", "Search", "",
         "Subscribe to our newsletter", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day:02d} {MONTHS[d.month - 1]}, {d:%H:%M}"; stamps.append(st)
        L += [e["cat"], st, e["h"], ""] + ptxt(e["p"]) + ["Read More", ""]
        if i == 2:
            L += ["Advertisement", ""]
    L += ["Show more", "", "About us  Contact  Advertise  Privacy Policy", "Caspian News \u2014 All rights reserved. Reproduction requires a hyperlink to the source."]
    return "\n".join(L) + "\n", stamps


def r_tna(S):
    """The New Arab live blog, HTML. Oldest first; page byline 'The New Arab Staff & Agencies'; date line '23 November, 2025';
    'What we know so far' summary box (not entries); per-post '<time datetime>09:05 GMT</time>' above an <h3>; LiveBlogPosting
    JSON-LD with per-update times."""
    z = S["zone"]; first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "@id": f"{S['url']}#post-{i + 1}", "headline": e["h"], "datePublished": d.isoformat(),
                    "articleBody": " ".join(e["p"])})
    page = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"],
            "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
            "author": {"@type": "Organization", "name": "The New Arab"}, "liveBlogUpdate": ups}
    out = ["<!DOCTYPE html>", '<html lang="en" dir="ltr"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | The New Arab</title>",
           ld(page), "</head><body>",
           '<header><a class="logo" href="/">The New Arab</a><nav><a href="/news">News</a> <a href="/analysis">Analysis</a> <a href="/opinion">Opinion</a> '
           '<a href="/society">Society</a> <a href="/culture">Culture</a> <a href="/investigations">Investigations</a> <a href="/newsletters">Newsletters</a> '
           '<a href="https://www.alaraby.co.uk" lang="ar">\u0627\u0644\u0639\u0631\u0628\u064a \u0627\u0644\u062c\u062f\u064a\u062f</a></nav></header>',
           '<main><span class="label">LIVE</span>', f"<h1>{esc(S['title'])}</h1>", f'<p class="standfirst">{esc(S["lede"])}</p>',
           f'<div class="byline">{esc(S["byline"])}</div>', f'<div class="date">{last.day} {MONTHS[last.month - 1]}, {last.year}</div>',
           '<div class="share"><a>Facebook</a> <a>X</a> <a>WhatsApp</a> <a>Copy link</a></div>',
           '<section class="summary"><h2>What we know so far</h2><ul>' + "".join(f"<li>{esc(x)}</li>" for x in S["summary"]) + "</ul></section>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} GMT"; stamps.append(st)
        out.append(f'<div class="live-post" id="post-{i + 1}"><time datetime="{d.isoformat()}">{st}</time><h3>{esc(e["h"])}</h3>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append("</div>")
        if i == 3:
            out.append('<aside class="newsletter">Get The New Arab\u2019s daily newsletter <input type="email"> <button>Subscribe</button></aside>')
    out += ["</main>", '<aside class="read-more"><h4>Read More</h4><a>Analysis: Why the Gulf wants a seat at Ukraine talks</a></aside>',
            "<footer>\u00a9 The New Arab 2025 \u00b7 About \u00b7 Contact \u00b7 Terms</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_samaa(S):
    """Samaa TV (English) World feed, RSS 2.0. pubDate in +0500 (PKT); dc:creator desk or agency; <description> holds the whole
    story as entity-ESCAPED HTML (no CDATA). Newest first; the newest item is already the next local day."""
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
           "<channel>", f"<title>{esc(S['title'])}</title>", "<link>https://www.samaa.tv/global</link>",
           '<atom:link href="https://www.samaa.tv/feeds/global" rel="self" type="application/rss+xml" />',
           "<description>Latest world news from SAMAA TV</description>", "<language>en</language>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%a, %d %b %Y %H:%M:%S %z"); stamps.append(st)
        body = "".join(f"<p>{esc(p)}</p>" for p in e["p"])
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>https://www.samaa.tv/208740{i + 31}-{S['slugs'][i]}</link>",
                f"<guid>https://www.samaa.tv/208740{i + 31}</guid>", f"<dc:creator>{esc(e['a'])}</dc:creator>", f"<pubDate>{st}</pubDate>",
                f"<category>{e.get('cat', 'Global')}</category>", f"<description>{esc(body)}</description>", "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


# ================================================================ Part B: invented outlets

def r_brightlow(S):
    """Brightlow Courier: text live blog, newest first; 'Key Points' bullets; stamp '21.40 BST' above the headline; 'By NAME' line."""
    z = S["zone"]
    L = ["BRIGHTLOW COURIER", "World  UK  Business  Opinion  Sport  Puzzles  Podcasts", "", S["title"], S["dateline"], "",
         "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest updates", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H.%M} BST"; stamps.append(st)
        L += [st, e["h"]] + ([f"By {e['a']}"] if e["a"] else []) + [""] + ptxt(e["p"]) + ["Share this update", ""]
        if i == 2:
            L += ["Support independent journalism \u2013 become a Courier member", ""]
    L += ["Show earlier updates", "", "Brightlow Courier \u00b7 About \u00b7 Corrections \u00b7 Cookie settings"]
    return "\n".join(L) + "\n", stamps


def r_harnmoor(S):
    """Harnmoor Ledger: HTML live blog, OLDEST first; JSON-LD @graph with a LiveBlogPosting node (per-update times) and a
    WebPage node; visible '<time datetime=+03:00>17:20</time>' then <h2>, author span after the body."""
    z = S["zone"]; ents = S["entries"]; first = dt(ents[0]["t"], z); last = dt(ents[-1]["t"], z)
    ups = []
    for i, e in enumerate(ents):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#u{i + 1}", "headline": e["h"], "datePublished": d.isoformat(), "articleBody": "\n\n".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "@id": S["url"], "name": S["title"]},
        {"@type": "LiveBlogPosting", "@id": S["url"] + "#live", "headline": S["title"], "datePublished": first.isoformat(),
         "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "liveBlogUpdate": ups}]}
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} \u2014 Harnmoor Ledger</title>", ld(graph),
           "</head><body>", '<header><b>Harnmoor Ledger</b> <nav><a href="/">Home</a> <a href="/war">War in Ukraine</a> <a href="/europe">Europe</a> <a href="/support">Support us</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(ents):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="update" id="u{i + 1}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if e["a"]:
            out.append(f'<span class="author">{esc(e["a"])}</span>')
        out.append('<a class="permalink">Link to this update</a></article>')
    out += ["</main>", "<footer>Harnmoor Ledger \u00b7 Editorial standards \u00b7 Privacy</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_rss(S):
    """RSS 2.0 (world feed or wire): pubDate in 'GMT' or numeric offset; CDATA paragraphs; optional dc:creator."""
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>',
           f"<title>{esc(S['title'])}</title>", f"<link>{S['url']}</link>", f"<description>{esc(S['lede'])}</description>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if S["rfc"] == "GMT" else d.strftime("%z")); stamps.append(st)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{S['url']}/{S['path']}/{i + 301}</link>", f"<guid>{S['url']}/{S['path']}/{i + 301}</guid>",
                f"<pubDate>{st}</pubDate>"] + ([f"<dc:creator>{esc(e['a'])}</dc:creator>"] if e["a"] else []) + [
                f"<category>{e.get('cat', 'World')}</category>",
                "<description><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></description>", "</item>"]
    out += ["</channel></rss>"]
    return "\n".join(out) + "\n", stamps


def r_atom(S):
    """Atom 1.0: <published> with the outlet's offset (or Z), content type=html (escaped), per-entry author only where bylined."""
    z = S["zone"]
    iso = lambda d: d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if S.get("zulu") else d.isoformat()
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f"<title>{esc(S['title'])}</title>",
           f'<link href="{S["url"]}" />', f"<id>{S['url']}/</id>", f"<updated>{iso(dt(S['entries'][0]['t'], z))}</updated>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        body = "".join(f"<p>{esc(p)}</p>" for p in e["p"])
        out += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link href="{S["url"]}/{S["path"]}/{i + 71}" />', f"<id>{S['url']}/{S['path']}/{i + 71}</id>",
                f"<published>{st}</published>", f"<updated>{st}</updated>"] + (
                [f"<author><name>{esc(e['a'])}</name></author>"] if e["a"] else []) + [
                f'<content type="html">{esc(body)}</content>', "</entry>"]
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


def r_textarticle(S):
    """Text article: outlet, breadcrumb, title, byline, dateline with time and zone, lede, section headings (one entry each, stamp null)."""
    L = [S["source"], S["crumb"], "", S["title"], "", f"By {S['byline']}", S["dateline"], "", S["lede"], "", "Share this article", ""]
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
    L += [f"More on this story: {S['more']}", "", f"\u00a9 2025 {S['source']}. All rights reserved."]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_quillmere(S):
    """Quillmere Standard: text live blog, OLDEST first; date line 'Sunday 21 September' without a year; 'All times CEST';
    bare '08:10' line above each headline; '\u2014 NAME' signature after the body."""
    z = S["zone"]
    L = ["Quillmere Standard", "News | Europe | Ukraine | Economy | Culture", "", S["title"], S["dateline"], "All times CEST", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"]) + ([f"\u2014 {e['a']}", ""] if e["a"] else [])
        if i == 2:
            L += ["Advertisement", ""]
    L += ["This live blog is now closed.", "", "Quillmere Standard \u00b7 Imprint \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_vilbrook(S):
    """Vilbrook Gazette: HTML article with <h2> sections (one entry each, stamp null); dateline '2025-09-21 20:30' (EEST implied);
    NewsArticle JSON-LD with the same datePublished."""
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    art = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": d0.isoformat(),
           "author": {"@type": "Person", "name": S["byline"]}, "publisher": {"@type": "Organization", "name": "Vilbrook Gazette"}}
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | Vilbrook Gazette</title>", ld(art), "</head><body>",
           '<header><a href="/">Vilbrook Gazette</a> <nav><a>Lithuania</a> <a>Baltics</a> <a>World</a> <a>Opinion</a> <a>LT</a></nav></header>',
           f"<article><h1>{esc(S['title'])}</h1>", f'<div class="meta"><span class="author">{esc(S["byline"])}</span> <span class="date">{d0:%Y-%m-%d %H:%M}</span></div>',
           f'<p class="lead"><strong>{esc(S["lede"])}</strong></p>']
    for e in S["entries"]:
        out.append(f"<h2>{esc(e['h'])}</h2>")
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
    out += ['<div class="tags">Tags: Ukraine, NATO, air defence</div>', "</article>", "<footer>\u00a9 Vilbrook Gazette 2025</footer></body></html>"]
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_corbenhall(S):
    """Corbenhall Post: HTML news listing, newest first; 'Nov 29, 2025 - 22:10' (24 h, Istanbul time implied) under the headline,
    author span, one or two paragraphs per card."""
    z = S["zone"]
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | Corbenhall Post</title></head><body>",
           '<header><a href="/">Corbenhall Post</a> <nav><a>T\u00fcrkiye</a> <a>Region</a> <a>World</a> <a>Economy</a> <a>Sport</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MON3[d.month - 1]} {d.day}, {d.year} - {d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="card"><h2><a href="/world/{88120 + i}">{esc(e["h"])}</a></h2><p class="meta"><span class="author">{esc(e["a"])}</span> | <span class="time">{st}</span></p>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append("</div>")
    out += ["</main>", "<footer>Corbenhall Post \u00a9 2025</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_gildenmoor(S):
    """Gildenmoor Times: text live blog, newest first, one page byline; headline FIRST, then a full stamp 'Sat 29 Nov 2025 18.32 GMT'."""
    z = S["zone"]
    L = ["Gildenmoor Times", "News  Opinion  Sport  Culture  Lifestyle", "", "World \u203a Europe \u203a Ukraine", "", S["title"], "", S["lede"], "",
         S["byline"], "", "Pinned post: Follow the day's developments below. Refresh for the latest.", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{WEEKDAYS[d.weekday()][:3]} {d.day} {MON3[d.month - 1]} {d.year} {d:%H.%M} {d.tzname()}"; stamps.append(st)
        L += [e["h"], st, ""] + ptxt(e["p"])
        if i == 1:
            L += ["Sign up to the Gildenmoor Times morning briefing", ""]
    L += ["Load older posts", "", "\u00a9 2025 Gildenmoor Times \u00b7 Privacy policy \u00b7 Terms"]
    return "\n".join(L) + "\n", stamps


def r_emberly(S):
    """Emberly Signal: HTML live blog, OLDEST first; visible stamps are RELATIVE ('8 hours ago') against the printed
    'Last updated 29 November 2025, 22:40 EET'; JSON-LD @graph whose page node has @type [NewsArticle, LiveBlogPosting] and whose
    liveBlogUpdate items all carry the PAGE's datePublished (not the update time)."""
    z = S["zone"]; ref = dt(S["ref"], z); page_pub = dt(S["page_published"], z)
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"], "headline": S["title"], "datePublished": page_pub.isoformat(),
         "dateModified": ref.isoformat(), "liveBlogUpdate": [{"@type": "BlogPosting", "headline": e["h"], "datePublished": page_pub.isoformat()}
                                                             for e in S["entries"]]},
        {"@type": "Organization", "name": "Emberly Signal"}]}
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])}</title>", ld(graph), "</head><body>",
           '<header>Emberly Signal <nav><a>Live</a> <a>Ukraine</a> <a>World</a></nav></header>', f"<main><h1>{esc(S['title'])}</h1>",
           f'<p class="updated">Last updated {ref.day} {MONTHS[ref.month - 1]} {ref.year}, {ref:%H:%M} {ref.tzname()}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        if mins < 60:
            st = f"{mins} minutes ago"
        else:
            assert mins % 60 == 0, e["t"]
            st = "1 hour ago" if mins == 60 else f"{mins // 60} hours ago"
        stamps.append(st)
        out.append(f'<section class="post"><span class="ago">{st}</span><h3>{esc(e["h"])}</h3>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="sig">{esc(e["a"])}</p>')
        out.append("</section>")
    out += ["</main>", "<footer>Emberly Signal \u00b7 Contact \u00b7 Privacy</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


# ================================================================ data table
SEEDS = []

# ---------------------------------------------------------------- Part A
SEEDS.append(dict(id="5200", name="5200_bristolpost-live", ext="txt", source="Bristol Post", zone="Europe/London", render=r_bristol,
  title="Russia Ukraine war live: Kyiv presses Washington after US holds back some weapons deliveries",
  lede="Follow the latest as Ukraine seeks answers over paused arms shipments and Russia keeps up its drone attacks",
  byline="Ellie Marchant", opened="2025-07-02 07:05",
  caption="Ukrainian servicemen check an air defence position near Kyiv (Image: Getty Images)",
  notes="Text scrape of a BristolLive (Bristol Post, Reach plc) live blog, newest first. Page byline block prints '07:05, 2 JUL 2025Updated 16:48, 2 JUL 2025' (glued); each post is a bare 'HH:MM' line, the headline, the reporter's name, the paragraphs and 'Share'. Times are UK local (BST, UTC+1), implied by the outlet; the date comes only from the byline block. The 'KEY EVENTS' box lists three post headlines: those posts are key_point true (treated as this site's Key Points block). Entry 05 (Kremlin comment) is a third-party position on the pause and is its own story.",
  not_entries=["skip link, masthead and section menu", "section label 'UK & World News'", "title and standfirst", "'Bookmark', 'Share', 'Comments', 'News'",
               "byline block 'By' / 'Ellie Marchant' / 'Live Reporter' and the published/updated line", "'KEY EVENTS' box (its lines repeat post headlines)",
               "image caption", "'Show latest update'", "'Share' after every post", "newsletter sign-up box", "'Advertisement'", "'Load more updates'",
               "'Most Read' links", "cookie line", "social links and footer"],
  entries=[
  E("2025-07-02 16:48", "Ukraine summons senior US diplomat over weapons pause",
    ["Ukraine's foreign ministry called in the deputy head of the US mission in Kyiv on Wednesday to discuss Washington's decision to hold back some arms shipments.",
     "Officials told the envoy that any delay in supplying air defence would only encourage Moscow to keep attacking cities, the ministry said in a statement."],
    "diplomacy", "diplomacy", 3, "ukraine-summons-us-diplomat-weapons-pause", a="Callum Trew", sec=["aid"], kp=True,
    n="Listed in KEY EVENTS. A separate diplomatic step by Kyiv, not the pause itself."),
  E("2025-07-02 15:20", "Bristol volunteers send 40th convoy to Ukraine",
    ["A group of volunteers from Bedminster has waved off its fortieth convoy of donated supplies bound for hospitals in eastern Ukraine.",
     "The two vans are carrying generators, wound dressings and children's winter clothing collected at drop-off points across the city since the spring.",
     "Organiser Marta Hnatiuk, who moved to Bristol in 2022, said the need had not eased: 'People ask us whether it is still necessary. The answer is yes, more than ever.'"],
    "aid", "aid", 2, "bristol-volunteer-convoy-ukraine", a="Ellie Marchant", n="Local humanitarian deliveries -> aid."),
  E("2025-07-02 13:55", "Drone attack on Dnipro region leaves two injured",
    ["Russian drones struck a village outside Dnipro overnight, injuring two people and setting several houses alight, the regional governor said.",
     "Air defence units shot down most of the drones launched at the region, he added."],
    "strikes", "strikes", 2, "dnipro-region-drone-attack-2025-07-02", a="Callum Trew"),
  E("2025-07-02 12:30", "Pentagon confirms it has paused some deliveries to Kyiv",
    ["The US Department of Defense has confirmed that some weapons shipments promised to Ukraine, including air defence interceptors, have been put on hold while it reviews its own stockpiles.",
     "A spokesperson said the review was meant to put American interests first and that support for Ukraine had not been cut off.",
     "The decision was first reported by US media on Tuesday evening."],
    "aid", "aid", 3, "us-pauses-weapons-deliveries-ukraine", a="Ellie Marchant", kp=True, n="Listed in KEY EVENTS."),
  E("2025-07-02 10:40", "Kremlin says fewer weapons for Ukraine brings peace closer",
    ["Kremlin spokesman Dmitry Peskov said the fewer weapons that reach Ukraine, the sooner the war would end, commenting on the reports from Washington."],
    "aid", "aid", 2, "kremlin-welcomes-us-weapons-pause", a="Callum Trew", sec=["diplomacy"],
    n="Third-party position on the pause: own story (Conventions)."),
  E("2025-07-02 09:15", "Zelensky: 'We are clarifying every detail' with US partners",
    ["President Volodymyr Zelensky said Kyiv was working with Washington at every level to understand which deliveries were affected and to keep air defence supplies flowing.",
     "He said Ukraine was also talking to European partners about buying additional Patriot systems."],
    "aid", "aid", 2, "zelensky-clarifying-us-deliveries", a="Ellie Marchant", sec=["diplomacy"],
    n="Zelensky's own statement and request (a separate statement, own story)."),
  E("2025-07-02 07:20", "Russia claims capture of another village in Donetsk region",
    ["Russia's defence ministry said its troops had taken control of a village west of Pokrovsk, a claim that could not be independently verified.",
     "Ukraine's general staff reported more than 150 clashes along the front over the past day, the heaviest around Pokrovsk and Kostiantynivka."],
    "other", "frontline", 3, "russia-claims-village-donetsk-2025-07-02", a="Ellie Marchant", kp=True, n="Listed in KEY EVENTS."),
  ]))

SEEDS.append(dict(id="5201", name="5201_edp-topic", ext="html", source="Eastern Daily Press", zone="Europe/London", render=r_edp,
  title="Ukraine", lede="The latest news about the war in Ukraine and the Norfolk families helping those caught up in it.",
  slugs=["norfolk-hosts-ukrainian-guests-extension", "raf-marham-crews-return-nato", "ukraine-parliament-new-prime-minister",
         "dereham-firm-generators-ukraine", "kharkiv-overnight-drone-strikes", "ukrainian-artists-norwich-exhibition"],
  notes="Newsquest-style topic page (edp24.co.uk), HTML, cards newest first. Each card: linked headline, one summary paragraph, 'By NAME', then a <time> whose visible text is '2:30pm, 17 July' (12 h, NO year) and whose datetime attribute carries the full ISO time (+01:00); the datetime attributes supply the year, so no parse_args. BreadcrumbList JSON-LD only (no dates). The PA wire credit 'PA News Agency' is printed as a byline and used as author. UK local time (BST).",
  not_entries=["cookie banner", "masthead and menu", "'Subscribe' / 'Sign in'", "topic title 'Ukraine' and its intro line", "comment counts",
               "newsletter box 'Get the EDP daily briefing'", "'Load more'", "'Most Read' list", "footer"],
  entries=[
  E("2025-07-17 17:10", "Norfolk hosts told Ukrainian guests can stay longer under extended scheme",
    ["Families in Norfolk who have taken in Ukrainians fleeing the war have been told their guests may apply to stay for a further 18 months."],
    "other", "humanitarian", 2, "uk-ukraine-permission-extension-norfolk", a="Ottilie Brandwood"),
  E("2025-07-17 15:40", "RAF Marham crews return from Nato mission on Europe's eastern flank",
    ["Personnel from the west Norfolk air base have come home after four months helping to police the skies over Poland and the Baltic states."],
    "other", "security", 2, "raf-marham-nato-eastern-flank-return", a="Jem Askew"),
  E("2025-07-17 13:05", "Ukraine's parliament backs Yulia Svyrydenko as prime minister",
    ["Ukrainian MPs have voted to appoint Yulia Svyrydenko, the economy minister who negotiated the minerals deal with Washington, as the country's new prime minister."],
    "other", "politics", 3, "svyrydenko-appointed-prime-minister", a="PA News Agency", n="New head of government: main development of the day on this page."),
  E("2025-07-17 11:20", "Dereham firm to build field generators for Ukrainian hospitals",
    ["A Dereham engineering company has won an order to supply 60 mobile generators to hospitals in Ukraine that lose power during Russian air strikes."],
    "aid", "aid", 2, "dereham-generators-ukraine-hospitals", a="Jem Askew"),
  E("2025-07-17 09:30", "Kharkiv hit by overnight drone strikes, says mayor",
    ["Russian drones hit several districts of Kharkiv overnight, wounding at least 12 people and damaging a school, the city's mayor said."],
    "strikes", "strikes", 2, "kharkiv-drone-strike-2025-07-17", a="PA News Agency"),
  E("2025-07-17 07:45", "Ukrainian artists in Norwich open exhibition about life in wartime",
    ["Paintings and photographs by Ukrainians now living in Norfolk have gone on display at a gallery in Norwich."],
    "other", "humanitarian", 2, "ukrainian-artists-norwich-exhibition", a="Ottilie Brandwood", n="War-related community piece (refugees), not off-beat."),
  ]))

SEEDS.append(dict(id="5202", name="5202_edmontonjournal-feed", ext="xml", source="Edmonton Journal", zone="America/Edmonton", render=r_postmedia_rss,
  title="World | Edmonton Journal",
  slugs=["kyiv-mourns-death-toll-31", "edmonton-ukrainian-community-ambulances", "canada-sanctions-shadow-fleet-tankers",
         "trump-nuclear-submarines-medvedev", "zelenskyy-ready-to-meet-putin", "russia-claims-chasiv-yar"],
  notes="Postmedia WordPress category feed, RSS 2.0, newest first. pubDate is in +0000; page zone is the outlet's home (America/Edmonton, MDT = UTC-6) for published_local, so the last item (04:50 UTC) is 22:50 on 31 July locally while all items share the UTC day 1 August. <description> is a one-line deck that is NOT the first paragraph; the body is content:encoded. dc:creator holds agency credits ('The Associated Press', 'Reuters', 'The Canadian Press') or a staff name.",
  not_entries=["channel title/link/description/lastBuildDate/language", "<description> decks (summaries, not body)", "media:thumbnail URLs", "guid values"],
  entries=[
  E("2025-08-01 17:20", "Kyiv mourns as death toll from Thursday's strike reaches 31",
    ["Ukraine's capital held a day of mourning on Friday as rescuers finished searching the ruins of a nine-storey building hit in one of the deadliest attacks on the city this year.",
     "Officials said 31 people were killed, including five children, and more than 150 were wounded.",
     "Flags flew at half-mast and entertainment events were cancelled across the city."],
    "strikes", "strikes", 3, "kyiv-strike-2025-07-31-toll", a="The Associated Press"),
  E("2025-08-01 15:45", "Edmonton's Ukrainian community raises $250,000 for ambulances",
    ["Members of Edmonton's Ukrainian community have raised $250,000 to buy and ship four ambulances to front-line regions, organizers said.",
     "The vehicles are to leave from Halifax by the end of August."],
    "aid", "aid", 2, "edmonton-ukrainian-community-ambulances", a="Dana Hrynchuk"),
  E("2025-08-01 14:05", "Canada adds dozens of tankers to Russia sanctions list",
    ["Canada has imposed sanctions on 30 more vessels it says belong to Russia's shadow fleet of ageing tankers, Global Affairs Canada said Friday.",
     "The measures also target four people accused of helping Moscow get around the oil price cap."],
    "diplomacy", "diplomacy", 2, "canada-sanctions-shadow-fleet-2025-08-01", a="The Canadian Press"),
  E("2025-08-01 11:30", "Trump orders two nuclear submarines repositioned after Medvedev remarks",
    ["U.S. President Donald Trump said he had ordered two nuclear submarines moved to 'appropriate regions' in response to what he called provocative statements by former Russian president Dmitry Medvedev.",
     "The Kremlin did not immediately comment."],
    "other", "security", 2, "trump-submarines-medvedev", a="Reuters", sec=["diplomacy"],
    n="First sentence starts with 'U.S.' (not a sentence end). Military posture, not an attack or talks -> other/security."),
  E("2025-08-01 08:10", "Zelenskyy says Ukraine ready to meet Putin 'at leaders' level'",
    ["Ukrainian President Volodymyr Zelenskyy repeated on Friday that he was prepared to meet Vladimir Putin in person, saying only talks between leaders could end the war."],
    "diplomacy", "diplomacy", 2, "zelenskyy-ready-leaders-meeting-2025-08-01", a="Reuters"),
  E("2025-07-31 22:50", "Russia claims full control of Chasiv Yar",
    ["Russia's defence ministry said its forces had taken full control of Chasiv Yar, a hilltop town in the Donetsk region that has been fought over for more than a year.",
     "Ukraine's military said fighting in the town was continuing."],
    "other", "frontline", 2, "russia-claims-chasiv-yar", a="Reuters", n="Local time is 31 July (MDT) but UTC 1 August 04:50."),
  ]))
for _e, _deck in zip(SEEDS[-1]["entries"], ["Children among the dead after missiles and drones hit apartment blocks",
                                             "Four vehicles to be shipped to front-line regions",
                                             "Thirty more vessels and four individuals targeted",
                                             "Move follows online exchange with former Russian president",
                                             "Ukrainian leader repeats call for direct talks",
                                             "Kyiv says fighting continues in the town"]):
    _e["deck"] = _deck

SEEDS.append(dict(id="5203", name="5203_tampabaytimes-live", ext="txt", source="Tampa Bay Times", zone="America/New_York", render=r_tbt,
  title="Live updates: Russia pounds Kyiv in one of the war's largest air attacks",
  lede="Ukraine says hundreds of drones and dozens of missiles were launched overnight, and Poland put its air force on alert.",
  publine="Published Sept. 27|Updated Sept. 28", caption="Firefighters work at a damaged apartment building in Kyiv. [ AP ]",
  parse_args=["--date", "2025-09-28"],
  notes="Tampa Bay Times page carrying an AP live-updates file, text scrape, newest first, one page byline 'By Associated Press' (author of every post). No year is printed in any date ('Published Sept. 27|Updated Sept. 28', AP month style); only the footer copyright says 2025, so parse_args gives the printed 'Updated' day 2025-09-28. Post times ('3:40 p.m.') print no zone: US Eastern (EDT, UTC-4) implied by the outlet. The page crosses local midnight: after '1:25 a.m.' the last two posts ('11:50 p.m.', '10:35 p.m.') belong to Sept. 27 local, which is still 28 Sept UTC. All seven posts fall on UTC 2025-09-28.",
  not_entries=["skip link, masthead, 'Subscribe', 'Log In' and menu", "section label 'WORLD'", "title and dek", "byline and 'Published Sept. 27|Updated Sept. 28'",
               "photo caption", "'Here\u2019s the latest:'", "'Share' after posts", "'Advertisement'", "newsletter plug", "'Read more:' related link", "'Comments'", "footer"],
  entries=[
  E("2025-09-28 15:40", "Zelenskyy says Russia launched nearly 600 drones and 48 missiles",
    ["Russia fired 595 drones and 48 missiles at Ukraine overnight, President Volodymyr Zelenskyy said Sunday, calling on allies to speed up air defense deliveries.",
     "He said Kyiv, Zaporizhzhia, Khmelnytskyi and the Lviv region were among the areas targeted."],
    "strikes", "strikes", 3, "russian-mass-attack-kyiv-2025-09-28", a="Associated Press", n="Tally of the attack itself -> same story."),
  E("2025-09-28 11:05", "Poland scrambles jets as strikes hit western Ukraine",
    ["Poland's operational command said it scrambled Polish and allied aircraft and put ground-based air defenses on the highest alert as Russian drones and missiles targeted areas near its border.",
     "The command said the measures were preventive and that no violation of Polish airspace had been confirmed."],
    "other", "security", 2, "poland-scrambles-jets-2025-09-28", a="Associated Press", n="Readiness measure without an engagement -> other/security."),
  E("2025-09-28 07:30", "Kyiv death toll rises to 4, including a 12-year-old girl",
    ["The number of people killed in the capital rose to four after rescuers pulled a girl's body from a damaged apartment building, the head of Kyiv's military administration said.",
     "At least 10 other people were wounded in the city."],
    "strikes", "strikes", 3, "russian-mass-attack-kyiv-2025-09-28", a="Associated Press"),
  E("2025-09-28 04:10", "Clinic and apartment blocks damaged in the capital",
    ["Falling debris and direct hits damaged a cardiology clinic, several high-rise apartment buildings and a kindergarten in at least six districts of Kyiv, city officials said."],
    "strikes", "strikes", 3, "russian-mass-attack-kyiv-2025-09-28", a="Associated Press"),
  E("2025-09-28 01:25", "Explosions echo across Kyiv as air defenses engage",
    ["Loud blasts were heard across the Ukrainian capital as air defense units fired at incoming drones and cruise missiles, an AP journalist reported."],
    "strikes", "strikes", 3, "russian-mass-attack-kyiv-2025-09-28", a="Associated Press"),
  E("2025-09-27 23:50", "Air raid alert declared across Ukraine",
    ["Ukraine's air force warned of a large-scale attack and declared an air raid alert over the whole country, saying strategic bombers had taken off from bases in Russia."],
    "strikes", "strikes", 2, "russian-mass-attack-kyiv-2025-09-28", a="Associated Press", n="Sept. 27 local (midnight crossing), 03:50 UTC on the 28th. Warning before the attack: same story, importance 2."),
  E("2025-09-27 22:35", "Ukrainian drones target refinery in Russia's Bashkortostan region, officials say",
    ["A drone struck an oil refinery in the Russian region of Bashkortostan, starting a fire that was quickly put out, the regional governor said."],
    "strikes", "strikes", 2, "ukrainian-drone-strike-bashkortostan-refinery", a="Associated Press", n="Sept. 27 local, 02:35 UTC on the 28th."),
  ]))

SEEDS.append(dict(id="5204", name="5204_saltlaketribune-article", ext="html", source="The Salt Lake Tribune", zone="America/Denver", render=r_slt,
  title="Zelenskyy and European leaders meet Trump as talks turn to security guarantees for Ukraine",
  byline="Dana Whitcombe and Oleksii Hrytsenko", authors=["Dana Whitcombe", "Oleksii Hrytsenko"], dateline_t="2025-08-18 17:12",
  caption="President Donald Trump greets Ukraine's President Volodymyr Zelenskyy outside the West Wing on Monday. (AP Photo)",
  lede="WASHINGTON (AP) \u2014 President Donald Trump hosted Ukraine's Volodymyr Zelenskyy and a group of European leaders at the White House on Monday, three days after his summit with Vladimir Putin in Alaska.",
  notes="Salt Lake Tribune page carrying an AP article, HTML, NewsArticle JSON-LD. The one-paragraph AP lede with the 'WASHINGTON (AP) \u2014' dateline is the page intro (not an entry); each of the six <h2> subheads is one entry (headline = subhead), stamp null, published = the page date '<time>Aug. 18, 2025, 5:12 p.m.</time>' (MDT, UTC-6; JSON-LD agrees), author = the two-name AP byline. The sections mix three separate stories about the White House talks (the meeting, Trump's call to Putin, Moscow's rejection of NATO troops), a deadly Kharkiv strike and a local Utah section.",
  not_entries=["masthead, menu, 'Donate' / 'Subscribe'", "kicker 'World'", "title", "byline and date line", "share links", "photo caption",
               "AP lede paragraph with the WASHINGTON (AP) dateline (page intro)", "donation pitch box", "newsletter box", "'Join the conversation' comments block", "footer"],
  entries=[
  E("2025-08-18 17:12", "A friendlier Oval Office meeting",
    ["Zelenskyy, wearing a dark jacket rather than a suit, thanked Trump several times at the start of their meeting, a clear change in tone from their tense encounter in February.",
     "Trump told reporters that the two men had a 'very good' conversation and that he believed a deal to end the war was within reach."],
    "diplomacy", "diplomacy", 3, "white-house-meeting-zelenskyy-europeans-2025-08-18", a="Dana Whitcombe and Oleksii Hrytsenko"),
  E("2025-08-18 17:12", "Security guarantees on the table",
    ["European leaders said the talks focused on what protection Ukraine would receive after any ceasefire, with Trump saying the United States would help coordinate it.",
     "The leaders of Britain, France, Germany, Italy and Finland, as well as the heads of NATO and the European Commission, joined the larger session."],
    "diplomacy", "diplomacy", 3, "white-house-meeting-zelenskyy-europeans-2025-08-18", a="Dana Whitcombe and Oleksii Hrytsenko", n="Content of the same meeting."),
  E("2025-08-18 17:12", "Trump phones Putin",
    ["Trump broke off the meeting to call Putin and later said he had begun arranging a meeting between the Russian and Ukrainian leaders, to be followed by a three-way summit."],
    "diplomacy", "diplomacy", 3, "trump-putin-call-summit-plan-2025-08-18", a="Dana Whitcombe and Oleksii Hrytsenko", n="Separate event (the call and the summit plan)."),
  E("2025-08-18 17:12", "Deadly drone strike on Kharkiv hours before talks",
    ["Hours before the talks, Russian drones hit an apartment building in Kharkiv, killing seven people including a toddler, regional officials said.",
     "Zelenskyy cited the attack as evidence that Moscow was not interested in a truce."],
    "strikes", "strikes", 3, "kharkiv-drone-strike-2025-08-18", a="Dana Whitcombe and Oleksii Hrytsenko"),
  E("2025-08-18 17:12", "Moscow rejects European troops",
    ["Russia's foreign ministry said it would not accept any plan that placed troops from NATO countries in Ukraine, calling such proposals a path to escalation."],
    "diplomacy", "diplomacy", 2, "russia-rejects-nato-troops-in-ukraine", a="Dana Whitcombe and Oleksii Hrytsenko"),
  E("2025-08-18 17:12", "Utah families watch from afar",
    ["In Salt Lake City, members of the local Ukrainian community gathered in a church hall to follow the meeting on a livestream.",
     "Several said they hoped for peace but feared a deal that would reward Russia for its invasion."],
    "other", "humanitarian", 2, "utah-ukrainians-watch-white-house-talks", a="Dana Whitcombe and Oleksii Hrytsenko"),
  ]))

SEEDS.append(dict(id="5205", name="5205_hartfordcourant-latest", ext="txt", source="Hartford Courant", zone="America/New_York", render=r_courant,
  title="The Latest: Missiles hit apartment blocks in western Ukraine's Ternopil", published_t="2025-11-19 03:35",
  lede="The latest developments in Russia's war in Ukraine:",
  notes="Hartford Courant (MediaNews Group WordPress) page carrying an AP 'The Latest' file, text scrape, newest first. Posts have NO headlines: a '___' separator, a bare time line ('4:50 p.m.') and the paragraphs; headline null for every entry. The date and zone come from the header 'PUBLISHED: November 19, 2025 at 3:35 AM EST | UPDATED: November 19, 2025 at 4:50 PM EST' (EST, UTC-5). Page byline 'By The Associated Press' = author of every post. Entry 04 starts with 'U.S.' (not a sentence end).",
  not_entries=["skip link, masthead, 'Subscribe Now', 'Log In', menu", "section label 'World News'", "title", "byline and PUBLISHED/UPDATED line",
               "'Share this:' and the three 'Click to share' lines", "intro line 'The latest developments in Russia's war in Ukraine:'", "'___' separators",
               "'Advertisement'", "'Originally Published:' line", "'Related Articles' and its two links", "newsletter plug", "copyright line"],
  entries=[
  E("2025-11-19 16:50", None,
    ["Ukraine's foreign minister urged European governments to answer the Ternopil attack with new sanctions and faster deliveries of air defense systems.",
     "Andrii Sybiha said the strike showed that Moscow had no interest in diplomacy."],
    "diplomacy", "diplomacy", 2, "sybiha-appeal-after-ternopil", a="The Associated Press", sec=["aid"],
    n="A new request (sanctions, air defense) by a minister: own story, not the strike."),
  E("2025-11-19 13:35", None,
    ["Zelenskyy arrived in Turkey for talks with President Recep Tayyip Erdogan on reviving prisoner exchanges and peace negotiations.",
     "The Ukrainian leader said he hoped direct talks with Russia could resume in Istanbul before the end of the year."],
    "diplomacy", "diplomacy", 3, "zelenskyy-turkey-visit-2025-11-19", a="The Associated Press"),
  E("2025-11-19 11:20", None,
    ["The death toll from the Ternopil strike rose to 25, including three children, Ukraine's emergency service said.",
     "Rescuers were still searching the rubble of two nine-story buildings for more than a dozen missing residents."],
    "strikes", "strikes", 3, "ternopil-missile-strike-2025-11-19", a="The Associated Press"),
  E("2025-11-19 08:05", None,
    ["U.S. officials have been quietly drafting a new framework to end the war and have discussed it with Russian envoys, according to two people familiar with the talks.",
     "The White House did not comment on the report."],
    "diplomacy", "diplomacy", 3, "us-draft-peace-framework-report", a="The Associated Press"),
  E("2025-11-19 05:40", None,
    ["In the northeast, a Russian drone attack on Kharkiv wounded 32 people and set fire to a warehouse, the city's mayor said."],
    "strikes", "strikes", 2, "kharkiv-drone-attack-2025-11-19", a="The Associated Press", n="Different attack from Ternopil: must not merge."),
  E("2025-11-19 03:35", None,
    ["Russian cruise missiles struck two apartment buildings in the western city of Ternopil before dawn, killing at least nine people and wounding dozens, regional officials said.",
     "Ternopil, far from the front line, had rarely been hit during the war."],
    "strikes", "strikes", 3, "ternopil-missile-strike-2025-11-19", a="The Associated Press"),
  ]))

SEEDS.append(dict(id="5206", name="5206_gulftoday-world", ext="html", source="Gulf Today", zone="Asia/Dubai", render=r_gulftoday,
  title="World", clock="Friday, October 24, 2025",
  slugs=["eu-leaders-ukraine-funding-frozen-assets", "uae-mediation-prisoner-release", "putin-says-us-sanctions-will-not-hurt",
         "indian-refiners-cut-russian-crude", "eu-adopts-19th-sanctions-package", "drones-hit-kyiv-region-energy", "kharkiv-kindergarten-toll-two"],
  notes="Gulf Today World listing, HTML, newest first. Under each headline: a credit line (agency or desk) and a date line 'Oct 24, 2025 01:10 AM' (12 h, zero-padded hour, no zone printed: UAE time, UTC+4, implied by the outlet). The listing crosses local midnight: the top two items are dated Oct 24 locally (including '12:05 AM') but are 20:05 and 21:10 UTC on 23 October, so every item is on UTC 2025-10-23. Also '12:15 PM' (noon hour). The top bar clock shows the local render day (Friday, October 24).",
  not_entries=["top bar date and links", "masthead and menu", "section title 'World'", "'Advertisement' slot", "'Load More'", "'Most Popular' links", "footer"],
  entries=[
  E("2025-10-24 01:10", "EU leaders agree to keep funding Ukraine through 2027 but delay decision on frozen assets",
    ["European Union leaders meeting in Brussels pledged to cover Ukraine's most pressing financial needs for the next two years but put off a decision on using frozen Russian assets until December after objections from Belgium."],
    "aid", "aid", 3, "eu-summit-ukraine-funding-frozen-assets", a="Agence France-Presse", sec=["diplomacy"]),
  E("2025-10-24 00:05", "UAE mediation secures release of 185 prisoners from each side",
    ["The UAE said its mediation had led to the exchange of 185 captives held by Russia and Ukraine, bringing the number of prisoners freed through its efforts to more than 4,600.",
     "The foreign ministry thanked both countries for their cooperation."],
    "diplomacy", "diplomacy", 3, "uae-mediated-prisoner-exchange-2025-10-23", a="WAM", n="Mediated prisoner exchange -> diplomacy. Local '12:05 AM' on Oct 24 = 20:05 UTC Oct 23."),
  E("2025-10-23 22:30", "Putin says US sanctions on oil giants will not seriously hurt Russia",
    ["President Vladimir Putin said new US sanctions on Rosneft and Lukoil were an unfriendly act but would not significantly damage the Russian economy."],
    "diplomacy", "diplomacy", 2, "putin-response-us-oil-sanctions", a="Reuters", n="Same sanctions theme as 04 and 05, different statement/decision: must not merge."),
  E("2025-10-23 19:45", "Indian refiners to cut Russian crude purchases after sanctions",
    ["India's largest private refiner plans to sharply reduce or halt imports of Russian crude to comply with the new US sanctions, industry sources said.",
     "State-run refiners are reviewing their contracts."],
    "diplomacy", "diplomacy", 2, "india-refiners-cut-russian-crude", a="Reuters"),
  E("2025-10-23 16:20", "EU adopts 19th sanctions package including ban on Russian LNG",
    ["The European Union formally adopted its 19th package of sanctions against Russia, including a ban on imports of Russian liquefied natural gas from 2027 and new listings of shadow fleet tankers."],
    "diplomacy", "diplomacy", 3, "eu-19th-sanctions-package", a="Agence France-Presse"),
  E("2025-10-23 12:15", "Russian drones strike Kyiv region energy facilities overnight",
    ["Russian drones damaged energy facilities in the Kyiv region overnight, causing power cuts in several districts, the grid operator said."],
    "strikes", "strikes", 2, "kyiv-region-energy-drone-strike-2025-10-23", a="Agencies"),
  E("2025-10-23 09:00", "Death toll in Kharkiv kindergarten attack rises to two",
    ["A second person has died after a Russian drone hit a kindergarten in Kharkiv on Wednesday, the regional governor said.",
     "All the children were evacuated to a shelter."],
    "strikes", "strikes", 2, "kharkiv-kindergarten-strike-2025-10-22", a="Agencies"),
  ]))

SEEDS.append(dict(id="5207", name="5207_caspiannews-latest", ext="txt", source="Caspian News", zone="Asia/Baku", render=r_caspian,
  title="Latest News", clock="Wednesday, September 3", parse_args=["--date", "2025-09-03"],
  notes="Caspian News latest-news listing, text scrape, newest first. No year anywhere on the page (header 'Wednesday, September 3', card dates '03 September, 21:30'), so parse_args gives 2025-09-03. The date line is printed ABOVE the headline, after a section label. Baku time (UTC+4) is implied by the outlet. No bylines. The last card (Turkmenistan tourism forum) is off-beat.",
  not_entries=["masthead, header date and menu", "'Search'", "newsletter plug", "page title 'Latest News'", "section labels (Politics, Region, ...)", "'Read More' after each card",
               "'Advertisement'", "'Show more'", "footer lines"],
  entries=[
  E("2025-09-03 21:30", "Putin and Kim hold talks in Beijing after military parade",
    ["Russian President Vladimir Putin met North Korean leader Kim Jong Un in Beijing after both attended a military parade marking the end of the Second World War in Asia.",
     "Putin thanked Kim for the North Korean soldiers who fought alongside Russian troops in the Kursk region."],
    "diplomacy", "diplomacy", 3, "putin-kim-beijing-talks-2025-09-03", sec=["aid"]),
  E("2025-09-03 18:10", "Drone attack disrupts Astrakhan gas processing plant",
    ["A Ukrainian drone attack caused a fire at a gas processing plant in Russia's Astrakhan region on the Caspian coast, the regional governor said, adding that no one was hurt."],
    "strikes", "strikes", 2, "astrakhan-gas-plant-drone-attack-2025-09-03"),
  E("2025-09-03 15:45", "Azerbaijan sends power equipment to Ukraine",
    ["Azerbaijan has shipped a new batch of transformers and cables to help Ukraine repair energy facilities damaged by Russian strikes, the Azerbaijani embassy in Kyiv said."],
    "aid", "aid", 2, "azerbaijan-power-equipment-ukraine"),
  E("2025-09-03 12:00", "Russia's Caspian Flotilla begins missile drills",
    ["Warships of Russia's Caspian Flotilla began exercises that include practice launches of cruise missiles, the Russian Defence Ministry said."],
    "other", "security", 2, "caspian-flotilla-drills-2025-09-03", n="Drills -> other/security."),
  E("2025-09-03 09:25", "Overnight Russian attack targets Ukraine's energy grid",
    ["Russia launched more than 500 drones and 24 missiles at Ukraine overnight, targeting energy and railway facilities in nine regions, Ukraine's air force said."],
    "strikes", "strikes", 3, "russian-overnight-attack-ukraine-2025-09-03"),
  OFF("2025-09-03 07:40", "Turkmenistan hosts Caspian tourism forum in Avaza",
      ["Tour operators from a dozen countries gathered in the resort of Avaza on Turkmenistan's Caspian coast for a two-day forum on regional tourism."],
      "turkmenistan-avaza-tourism-forum", n="regional tourism."),
  ]))
for _e, _c in zip(SEEDS[-1]["entries"], ["World", "Region", "Politics", "Region", "World", "Economy"]):
    _e["cat"] = _c

SEEDS.append(dict(id="5208", name="5208_newarab-live", ext="html", source="The New Arab", zone="Europe/London", render=r_tna,
  title="Live: US and Ukrainian officials meet in Geneva over Trump peace plan", url="https://www.newarab.com/news/live-geneva-ukraine-talks",
  lede="Follow our live coverage as Washington and Kyiv discuss a US proposal to end the war.",
  byline="The New Arab Staff & Agencies",
  summary=["US and Ukrainian delegations are meeting in Geneva to discuss a 28-point US plan.", "European governments have drafted changes to the proposal."],
  notes="The New Arab live blog, HTML, OLDEST first. Page byline 'The New Arab Staff & Agencies' (desk + agencies) is the author of every post; date line '23 November, 2025'; each post '<time datetime=...+00:00>09:05 GMT</time>' then an <h3>. London time = GMT = UTC in November. LiveBlogPosting JSON-LD carries per-update times that agree. The 'What we know so far' box is a summary, not entries. Rubio's and Zelensky's assessments of the Geneva talks (05, 07) are participants' statements about the same event; the Gulf states' welcome (04) is a third-party position and its own story.",
  not_entries=["masthead, menu and Arabic-site link", "'LIVE' label", "title and standfirst", "byline and date line", "share links",
               "'What we know so far' box and its two bullets", "newsletter box", "'Read More' related link", "footer"],
  entries=[
  E("2025-11-23 09:05", "US and Ukrainian delegations arrive in Geneva",
    ["Senior US officials, led by Secretary of State Marco Rubio, and a Ukrainian team headed by Andriy Yermak arrived in Geneva for talks on Washington's 28-point proposal to end the war."],
    "diplomacy", "diplomacy", 3, "geneva-talks-us-ukraine-peace-plan", a="The New Arab Staff & Agencies"),
  E("2025-11-23 10:40", "Russian drone strike on Kharkiv kills four",
    ["Four people were killed and 17 wounded when Russian drones hit residential areas of Kharkiv overnight, the regional governor said."],
    "strikes", "strikes", 3, "kharkiv-drone-strike-2025-11-23", a="The New Arab Staff & Agencies"),
  E("2025-11-23 12:15", "European capitals circulate alternative plan",
    ["European governments have drafted their own version of the peace proposal that drops some of the concessions demanded from Kyiv, diplomats said."],
    "diplomacy", "diplomacy", 3, "european-counter-proposal-peace-plan", a="The New Arab Staff & Agencies", n="Separate initiative from the Geneva talks: must not merge."),
  E("2025-11-23 14:30", "Saudi Arabia and Qatar welcome diplomatic push",
    ["Saudi Arabia and Qatar said they supported every effort to reach a lasting settlement and offered to keep hosting contacts between the parties."],
    "diplomacy", "diplomacy", 2, "gulf-states-welcome-peace-efforts", a="The New Arab Staff & Agencies"),
  E("2025-11-23 16:50", "Rubio hails 'most productive' meeting so far",
    ["Rubio told reporters that Sunday's session had been the most productive meeting of the process so far and that the remaining differences were 'not insurmountable'."],
    "diplomacy", "diplomacy", 3, "geneva-talks-us-ukraine-peace-plan", a="The New Arab Staff & Agencies"),
  E("2025-11-23 18:20", "Drones hit power station near Moscow, Russian officials say",
    ["A fire broke out at a thermal power station in the Moscow region after a Ukrainian drone attack, leaving thousands of homes without heating, local authorities said."],
    "strikes", "strikes", 2, "moscow-region-power-station-drone-strike", a="The New Arab Staff & Agencies"),
  E("2025-11-23 21:10", "Zelensky sees 'movement' after Geneva talks",
    ["Ukrainian President Volodymyr Zelensky said there were signs that the US team was taking Ukraine's concerns into account, and thanked Washington for its engagement."],
    "diplomacy", "diplomacy", 3, "geneva-talks-us-ukraine-peace-plan", a="The New Arab Staff & Agencies"),
  ]))

SEEDS.append(dict(id="5209", name="5209_samaatv-feed", ext="xml", source="Samaa TV", zone="Asia/Karachi", render=r_samaa,
  title="SAMAA TV - Global",
  slugs=["zelensky-us-envoys-berlin-talks", "chile-presidential-run-off", "zelensky-nato-bid-guarantees", "russia-claims-zaporizhzhia-villages",
         "drones-close-moscow-airports", "odesa-power-cut-strikes"],
  notes="Samaa TV (English) global-news feed, RSS 2.0, newest first. pubDate in +0500 (PKT); the top item is dated Mon 15 Dec locally (02:30) but is 21:30 UTC on 14 December, so all items share UTC 2025-12-14. <description> holds the story as entity-escaped HTML paragraphs (no CDATA). dc:creator is a desk ('Samaa Web Desk') or an agency. One item (Chile run-off) is off-beat.",
  not_entries=["channel title/link/description/language", "guid and link values", "category labels"],
  entries=[
  E("2025-12-15 02:30", "Zelensky, US envoys hold five hours of talks in Berlin",
    ["Ukrainian President Volodymyr Zelensky met US envoys Steve Witkoff and Jared Kushner in Berlin for more than five hours of talks on ending the war, a Ukrainian official said.",
     "The talks are due to continue on Monday."],
    "diplomacy", "diplomacy", 3, "berlin-talks-zelensky-us-envoys-2025-12-14", a="Reuters", n="Local 15 Dec 02:30 PKT = 14 Dec 21:30 UTC."),
  OFF("2025-12-14 23:10", "Chileans vote in presidential run-off",
      ["Voters in Chile cast ballots on Sunday in a run-off between two candidates from opposite ends of the political spectrum."],
      "chile-presidential-run-off-2025", a="AFP", n="Chilean election."),
  E("2025-12-14 20:45", "Zelensky signals readiness to drop NATO bid for Western guarantees",
    ["Ukraine could give up its ambition to join NATO if it receives legally binding security guarantees from the United States and Europe, President Volodymyr Zelensky told reporters."],
    "diplomacy", "diplomacy", 3, "zelensky-nato-bid-security-guarantees", a="Samaa Web Desk"),
  E("2025-12-14 17:20", "Russia claims capture of two villages in Zaporizhzhia region",
    ["Russia's defence ministry said its forces had captured two villages in the south-eastern Zaporizhzhia region, a claim Kyiv did not confirm."],
    "other", "frontline", 2, "russia-claims-zaporizhzhia-villages-2025-12-14", a="AFP"),
  E("2025-12-14 13:05", "Ukrainian drones force temporary closure of Moscow airports",
    ["Flights were suspended for several hours at two Moscow airports after Russia's defence ministry said it had downed dozens of Ukrainian drones heading for the capital."],
    "strikes", "strikes", 2, "ukrainian-drones-moscow-airports-2025-12-14", a="Reuters"),
  E("2025-12-14 09:30", "Odesa without power after overnight Russian strikes",
    ["Large parts of Odesa were left without electricity and water after Russian drones and missiles hit energy infrastructure overnight, regional authorities said."],
    "strikes", "strikes", 3, "odesa-energy-strikes-2025-12-14", a="Samaa Web Desk"),
  ]))
for _e, _c in zip(SEEDS[-1]["entries"], ["Global", "Global", "Global", "Global", "Global", "Global"]):
    _e["cat"] = _c

# ---------------------------------------------------------------- Part B, day 1: 2025-09-20 (UTC)
D1 = "Day 1 (UTC 2025-09-20): seeds 5220-5224."
MASS = "russian-overnight-mass-attack-2025-09-20"
EST = "estonia-airspace-nato-article-4"
GER = "germany-iris-t-funding-2025-09-20"
NORD = "nordic-drone-production-funding-2025-09-20"

SEEDS.append(dict(id="5220", name="5220_brightlow-textlive", ext="txt", source="Brightlow Courier", zone="Europe/London", render=r_brightlow,
  title="Ukraine war live: Dnipro toll rises after one of Russia's biggest air raids", dateline="Saturday 20 September 2025",
  notes="Invented outlet. Text live blog, newest first; 'Key Points' bullets list three post headlines (key_point true); stamp '21.40 BST' (dot, UTC+1) above each headline; 'By NAME' line under the headline. Entry 03 is the day's theme piece (explainer, importance 2, own story); entry 06 is a video teaser without body. " + D1,
  not_entries=["masthead and menu", "title and date line", "'Key Points' heading and its bullets", "'Latest updates'", "'Share this update' lines",
               "membership plug", "'Show earlier updates'", "footer"],
  entries=[
  E("2025-09-20 21:40", "Dnipro death toll rises to four",
    ["A fourth person has died in hospital after the overnight strike on a residential block in Dnipro, the regional governor said.",
     "More than 30 people were wounded in the city, among them six children."],
    "strikes", "strikes", 3, MASS, a="Aisling Corr", n="Toll 3 -> 4."),
  E("2025-09-20 18:15", "Nato allies to meet on Tuesday at Estonia's request",
    ["Nato ambassadors will hold consultations under Article 4 of the alliance's founding treaty on Tuesday, after Estonia said three Russian fighter jets entered its airspace for 12 minutes.",
     "Moscow denied that its aircraft had crossed the border."],
    "diplomacy", "diplomacy", 3, EST, a="Tomasz Reilly", kp=True),
  E("2025-09-20 16:30", "Explainer: why Russia's drone swarms keep getting bigger",
    ["Russia now launches several hundred drones in a single night, compared with a few dozen in 2023, because it has moved production of Shahed-type drones to large factories at home.",
     "Many of the drones are decoys without warheads, sent to wear down Ukrainian air defences before the missiles arrive."],
    "strikes", "strikes", 2, "explainer-russian-drone-swarms", a="Aisling Corr", n="Theme piece (explainer with body): own story, importance 2."),
  E("2025-09-20 13:50", "Germany to fund extra air defence for Ukraine",
    ["Germany will pay for additional IRIS-T air defence launchers and missiles for Ukraine worth about 300 million euros, the defence ministry in Berlin said."],
    "aid", "aid", 3, GER, a="Tomasz Reilly", kp=True),
  E("2025-09-20 10:05", "Three killed in Dnipro as Russia fires hundreds of drones",
    ["Russia launched about 580 drones and 40 missiles at Ukraine overnight, killing three people in Dnipro and damaging homes in at least eight regions, Ukrainian officials said.",
     "In Dnipro, a missile hit a nine-storey apartment block, bringing down part of its upper floors."],
    "strikes", "strikes", 3, MASS, a="Aisling Corr", kp=True),
  E("2025-09-20 07:20", "Watch: rescuers search damaged Dnipro high-rise", [], "strikes", "strikes", 1, MASS, n="Video teaser without body -> importance 1."),
  ]))

SEEDS.append(dict(id="5221", name="5221_harnmoor-ldlive", ext="html", source="Harnmoor Ledger", zone="Europe/Kyiv", render=r_harnmoor,
  title="Russia's night attack on Ukraine: live updates", url="https://harnmoor.example/live/2025-09-20",
  dateline="Saturday, 20 September 2025 \u00b7 Kyiv time (UTC+3)", lede="Updates through the day on the aftermath of the overnight strikes.",
  notes="Invented outlet. HTML live blog, OLDEST first; JSON-LD @graph with a WebPage node and a LiveBlogPosting node whose updates carry their own times (+03:00); visible '<time datetime>HH:MM</time>' (Kyiv, EEST) above each <h2>; author span after the body. Entry 06 repeats entry 03 nearly verbatim (headline reworded, same body): duplicate_of 5221-03. Entry 05 (Marhanets shelling) is a separate afternoon attack in the same region as the Dnipro strike: must not merge. Entry 04 (Nordic drone funding) and entry 03 (German IRIS-T funding) are different aid decisions: must not merge. " + D1,
  not_entries=["header and menu", "title, date line and standfirst", "author spans (authors)", "'Link to this update' links", "footer"],
  entries=[
  E("2025-09-20 07:40", "Massive overnight attack: nearly 600 drones and 40 missiles",
    ["Ukraine's air force said Russia had launched 579 drones and 40 cruise and ballistic missiles overnight, of which 552 drones and 30 missiles were shot down or jammed.",
     "Hits were recorded at 15 locations."],
    "strikes", "strikes", 3, MASS, a="Olena Savchak"),
  E("2025-09-20 09:25", "One dead, dozens hurt in Dnipro apartment block",
    ["One person was killed and 26 injured when a missile struck a high-rise building in Dnipro, the regional governor said."],
    "strikes", "strikes", 3, MASS, a="Olena Savchak", n="Toll 1 (early)."),
  E("2025-09-20 11:50", "Berlin to finance IRIS-T deliveries",
    ["Germany's defence ministry said it would fund a further batch of IRIS-T launchers and interceptor missiles for Ukraine, worth around 300 million euros."],
    "aid", "aid", 3, GER, a="Rhys Penhale"),
  E("2025-09-20 13:30", "Nordic states to co-finance drone production in Ukraine",
    ["Denmark, Sweden and Norway agreed to put a combined 150 million euros into Ukrainian companies that build long-range drones, the Danish defence ministry said."],
    "aid", "aid", 2, NORD, a="Rhys Penhale", n="Different aid decision from Germany's IRIS-T funding: must not merge."),
  E("2025-09-20 15:10", "Marhanets shelled in the afternoon, two wounded",
    ["Russian artillery hit the town of Marhanets, across the Kakhovka reservoir from Russian-held territory, wounding two men in a separate attack on Saturday afternoon, local authorities said."],
    "strikes", "strikes", 2, "marhanets-shelling-2025-09-20", a="Olena Savchak", n="Same region as Dnipro, different attack: must not merge."),
  E("2025-09-20 17:45", "Germany to finance IRIS-T deliveries",
    ["Germany's defence ministry said it would fund a further batch of IRIS-T launchers and interceptor missiles for Ukraine, worth around 300 million euros."],
    "aid", "aid", 1, GER, a="Rhys Penhale", dup="5221-03", n="Near-verbatim repeat of 5221-03 -> importance 1."),
  E("2025-09-20 20:20", "Rescue work ends at Dnipro building, toll stands at three",
    ["Emergency crews finished clearing the rubble of the damaged block in Dnipro on Saturday evening, and the number of dead stood at three, officials said."],
    "strikes", "strikes", 3, MASS, a="Olena Savchak", n="Toll 3."),
  ]))

SEEDS.append(dict(id="5222", name="5222_velmont-worldrss", ext="xml", source="Velmont World Service", zone="UTC", render=r_rss, rfc="GMT",
  title="Velmont World Service \u2013 Top stories", url="https://velmont.example", path="news", lede="International headlines, updated around the clock.",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate in GMT, no authors; four of six items are off-beat (airport cyberattack, typhoon, Japanese party leadership race, Oktoberfest). Spelling 'Dnepr' in 04. " + D1,
  not_entries=["channel title/link/description", "guid and link values", "category labels"],
  entries=[
  OFF("2025-09-20 19:30", "Cyberattack on check-in software disrupts flights at European airports",
      ["Flights were delayed and some cancelled at several major European airports after a cyberattack on a supplier of check-in and boarding systems forced staff to handle passengers by hand."],
      "european-airports-cyberattack-2025-09", n="aviation cyberattack."),
  E("2025-09-20 16:45", "Nato to hold emergency consultations after Estonia incursion",
    ["Nato members will meet on Tuesday under Article 4 to discuss Russia's violation of Estonian airspace, an alliance official said."],
    "diplomacy", "diplomacy", 3, EST),
  OFF("2025-09-20 14:20", "Super typhoon threatens northern Philippines",
      ["Authorities in the northern Philippines ordered evacuations of coastal villages as a powerful typhoon gathered strength over the Pacific."],
      "typhoon-philippines-2025-09", n="weather."),
  E("2025-09-20 11:00", "Russian strikes kill three in Dnepr",
    ["Russian missiles and drones killed three people in the Ukrainian city of Dnepr overnight, officials said, as Moscow launched one of its heaviest air attacks of the war."],
    "strikes", "strikes", 3, MASS, n="Spelling 'Dnepr'."),
  OFF("2025-09-20 08:40", "Japan's ruling party sets date for leadership contest",
      ["Japan's Liberal Democratic Party will choose a new leader on 4 October, with five candidates expected to stand to succeed Prime Minister Shigeru Ishiba."],
      "japan-ldp-leadership-race-2025", n="Japanese politics."),
  OFF("2025-09-20 06:15", "Munich's Oktoberfest opens with traditional keg tapping",
      ["Munich's Oktoberfest opened on Saturday when the city's mayor tapped the first barrel of beer, starting more than two weeks of festivities."],
      "oktoberfest-2025-opening", n="festival."),
  ]))

SEEDS.append(dict(id="5223", name="5223_dovrel-atom", ext="xml", source="Dovrel Wire", zone="Europe/Kyiv", render=r_atom,
  title="Dovrel Wire: Ukraine", url="https://dovrel.example", path="wire",
  notes="Invented outlet (Kyiv-based wire). Atom feed, newest first, <published> with +03:00 (Kyiv, EEST); content type=html (escaped); per-entry author. Entry 02 (Poland scrambling jets) and the Estonia Article 4 story elsewhere are different events on the same airspace theme: must not merge. " + D1,
  not_entries=["feed title/link/id/updated", "entry <id> and <updated> values"],
  entries=[
  E("2025-09-20 22:50", "Dnipro mourns three; dozens remain in hospital",
    ["Three people killed in the overnight missile strike on Dnipro will be buried on Monday, the city council said, while 19 of the injured remain in hospital."],
    "strikes", "strikes", 3, MASS, a="Yaryna Boiko"),
  E("2025-09-20 18:40", "Poland scrambles jets during overnight attack",
    ["Poland's armed forces scrambled fighter aircraft and raised air defence readiness during the night as Russian missiles and drones struck western Ukraine, the operational command said."],
    "other", "security", 2, "poland-scrambles-jets-2025-09-20", a="Yaryna Boiko", n="Readiness measure, not an engagement; not the Estonia incursion."),
  E("2025-09-20 14:05", "Energy sites and rail depot also hit in night raid",
    ["Besides Dnipro, the overnight attack damaged energy facilities in the Mykolaiv and Chernihiv regions and a railway depot in the Zaporizhzhia region, regional officials said."],
    "strikes", "strikes", 3, MASS, a="Petro Hlushko"),
  E("2025-09-20 11:20", "Ukraine hits Saratov refinery, General Staff says",
    ["Ukrainian drones struck the Saratov oil refinery in southern Russia overnight, causing a fire, Ukraine's General Staff said."],
    "strikes", "strikes", 2, "saratov-refinery-drone-strike-2025-09-20", a="Petro Hlushko"),
  E("2025-09-20 09:00", "Ukrainian forces push back near Kupiansk",
    ["Ukrainian troops cleared Russian units from two villages north of Kupiansk, the army's northern command said, describing the fighting as intense."],
    "other", "frontline", 2, "kupiansk-fighting-2025-09-20", a="Petro Hlushko"),
  ]))

SEEDS.append(dict(id="5224", name="5224_kestlebury-article", ext="txt", source="Kestlebury Evening Post", zone="Europe/Berlin", render=r_textarticle,
  title="Europe steps up air defence help as Russia's raids grow", byline="Greta Vollmann", dateline="20 September 2025, 21:15 CEST",
  crumb="Home > World > Europe", lede="Allies are scrambling to plug gaps in Ukraine's air defences after another night of mass strikes.",
  more="Why Nato is worried about its eastern airspace",
  notes="Invented outlet. Text article with three section headings; one entry per section, stamp null, published = the dateline '20 September 2025, 21:15 CEST' (UTC+2), page byline as author. " + D1,
  not_entries=["outlet name and breadcrumb", "title", "byline and dateline", "lede paragraph", "'Share this article'", "'More on this story' link", "copyright line"],
  entries=[
  E("2025-09-20 21:15", "A night of strikes",
    ["Russia's overnight attack, one of the largest of the war, killed three people in the city of Dnipro and damaged houses and energy sites in several regions, Ukrainian officials said."],
    "strikes", "strikes", 3, MASS, a="Greta Vollmann"),
  E("2025-09-20 21:15", "Berlin's new money",
    ["Germany said it would finance more IRIS-T launchers and missiles for Ukraine worth about 300 million euros, part of a wider effort to help Kyiv cope with mass drone raids."],
    "aid", "aid", 3, GER, a="Greta Vollmann"),
  E("2025-09-20 21:15", "Nato's eastern nerves",
    ["Estonia's call for Article 4 consultations, after Russian MiG-31 jets spent 12 minutes in its airspace, has put the defence of the alliance's own skies at the top of Tuesday's agenda."],
    "diplomacy", "diplomacy", 3, EST, a="Greta Vollmann"),
  ]))

# ---------------------------------------------------------------- Part B, day 2: 2025-09-21 (UTC) = day 1 + 1
D2 = "Day 2 (UTC 2025-09-21, the day after day 1): seeds 5230-5234."
ZAP = "zaporizhzhia-strike-2025-09-21"
CRIM = "ukraine-strike-be12-aircraft-crimea-2025-09-21"
ZT = "zelensky-trump-new-york-meeting-plan"

SEEDS.append(dict(id="5230", name="5230_quillmere-textlive", ext="txt", source="Quillmere Standard", zone="Europe/Warsaw", render=r_quillmere,
  title="Ukraine live: Zaporizhzhia hit overnight, Dnipro toll rises", dateline="Sunday 21 September", parse_args=["--date", "2025-09-21"],
  lede="Our correspondents follow the day's events in Ukraine and the region.",
  notes="Invented outlet. Text live blog, OLDEST first; date line 'Sunday 21 September' with NO year anywhere (parse_args 2025-09-21); 'All times CEST' (UTC+2); bare 'HH:MM' line above each headline; '\u2014 NAME' signature after the body. Entry 02 continues day 1's Dnipro story with a new development (toll five) and keeps the day-1 slug. Entry 03 is a photo teaser without body. Entry 06 is the day's theme piece (analysis). " + D2,
  not_entries=["masthead and menu", "title, date line and 'All times CEST'", "lede line", "signature lines (authors)", "'Advertisement'", "'This live blog is now closed.'", "footer"],
  entries=[
  E("2025-09-21 08:10", "Overnight strike on Zaporizhzhia kills one",
    ["A Russian attack with guided bombs and drones on Zaporizhzhia overnight killed one person and wounded eleven, the regional governor said."],
    "strikes", "strikes", 3, ZAP, a="Agata Wrzos", n="Toll 1."),
  E("2025-09-21 09:40", "Dnipro victim dies in hospital, toll now five",
    ["A woman injured in Saturday's missile strike on Dnipro has died in hospital, raising the city's death toll to five, local officials said."],
    "strikes", "strikes", 3, MASS, a="Agata Wrzos", n="Continuation of the day-1 story with a new development (toll 4 -> 5): keeps the day-1 slug."),
  E("2025-09-21 11:55", "Photos: Zaporizhzhia residents clear debris", [], "strikes", "strikes", 1, ZAP, n="Photo teaser without body -> importance 1."),
  E("2025-09-21 13:20", "Zaporizhzhia toll rises to two",
    ["A second person has died after the overnight attack on Zaporizhzhia, the regional administration said, adding that 14 people were wounded, including two children."],
    "strikes", "strikes", 3, ZAP, a="Agata Wrzos", n="Toll 2."),
  E("2025-09-21 15:05", "Zelensky expects to meet Trump in New York",
    ["President Volodymyr Zelensky said he expected to meet Donald Trump on the sidelines of the UN General Assembly this week and would raise air defence and sanctions."],
    "diplomacy", "diplomacy", 3, ZT, a="Leon Baranek", sec=["aid"]),
  E("2025-09-21 17:30", "Analysis: what Nato's Article 4 talks can and cannot do",
    ["Article 4 lets any ally ask for consultations when it feels threatened, but unlike the mutual defence clause in Article 5 it commits no one to act.",
     "It has been invoked only a handful of times since 1949, twice this month alone."],
    "diplomacy", "diplomacy", 2, "analysis-nato-article-4", a="Leon Baranek", n="Theme piece (analysis with body): own story, importance 2; not the Estonia request itself."),
  ]))

SEEDS.append(dict(id="5231", name="5231_harnmoor-ldlive", ext="html", source="Harnmoor Ledger", zone="Europe/Kyiv", render=r_harnmoor,
  title="Ukraine on Sunday: live updates", url="https://harnmoor.example/live/2025-09-21",
  dateline="Sunday, 21 September 2025 \u00b7 Kyiv time (UTC+3)", lede="The second day of our coverage after the weekend's strikes.",
  notes="Invented outlet (same outlet as 5221). HTML live blog, OLDEST first; JSON-LD @graph as in 5221. Entry 01 re-posts day 1's 5221-04 word for word (same headline and body): a re-post of a day-1 entry, importance 1, story kept. Entry 03 (IAEA: nuclear plant cut off) is a different event in the same place as the Zaporizhzhia city strike: must not merge. Entry 07 repeats entry 03 nearly verbatim (duplicate_of 5231-03). Entry 05 continues day 1's Dnipro story (day of mourning, toll five). " + D2,
  not_entries=["header and menu", "title, date line and standfirst", "author spans (authors)", "'Link to this update' links", "footer"],
  entries=[
  E("2025-09-21 08:30", "Nordic states to co-finance drone production in Ukraine",
    ["Denmark, Sweden and Norway agreed to put a combined 150 million euros into Ukrainian companies that build long-range drones, the Danish defence ministry said."],
    "aid", "aid", 1, NORD, a="Rhys Penhale", n="Re-post of day-1 entry 5221-04 (same headline and body) -> importance 1."),
  E("2025-09-21 09:15", "Zaporizhzhia hit overnight, one killed",
    ["One person was killed in Zaporizhzhia when Russian forces struck the city with drones and guided aerial bombs during the night, the regional governor said."],
    "strikes", "strikes", 3, ZAP, a="Olena Savchak"),
  E("2025-09-21 10:50", "IAEA says Zaporizhzhia nuclear plant briefly cut off from grid",
    ["The Russian-occupied Zaporizhzhia nuclear power plant lost its only remaining external power line for about an hour and ran on diesel generators, the International Atomic Energy Agency said."],
    "other", "security", 2, "zaporizhzhia-nuclear-plant-power-loss-2025-09-21", a="Olena Savchak", n="Nuclear-safety incident, cause not given; same place as the city strike, different event."),
  E("2025-09-21 12:40", "Ukrainian drones hit two Be-12 aircraft in Crimea, intelligence says",
    ["Ukraine's military intelligence agency said its drones destroyed two Be-12 amphibious patrol aircraft and damaged a Mi-8 helicopter at an airfield in occupied Crimea."],
    "strikes", "strikes", 3, CRIM, a="Rhys Penhale"),
  E("2025-09-21 14:30", "Dnipro announces day of mourning for five killed",
    ["Dnipro will hold a day of mourning on Monday for the five people killed in Saturday's strike, the city's mayor said."],
    "strikes", "strikes", 3, MASS, a="Olena Savchak", n="Continuation of the day-1 story."),
  E("2025-09-21 16:20", "Zaporizhzhia: second victim dies",
    ["The toll from the overnight attack on Zaporizhzhia rose to two after a man died in hospital, officials said."],
    "strikes", "strikes", 3, ZAP, a="Olena Savchak"),
  E("2025-09-21 18:05", "IAEA: Zaporizhzhia nuclear plant briefly cut off from grid",
    ["The Russian-occupied Zaporizhzhia nuclear power plant lost its only remaining external power line for about an hour and ran on diesel generators, the International Atomic Energy Agency said."],
    "other", "security", 1, "zaporizhzhia-nuclear-plant-power-loss-2025-09-21", a="Olena Savchak", dup="5231-03", n="Near-verbatim repeat of 5231-03 -> importance 1."),
  ]))

SEEDS.append(dict(id="5232", name="5232_osterfell-worldatom", ext="xml", source="Osterfell World", zone="Asia/Tokyo", render=r_atom,
  title="Osterfell World \u2014 International", url="https://osterfell.example", path="intl",
  notes="Invented outlet (Tokyo). General world-news Atom feed, newest first, <published> in +09:00; no authors. Four of six entries are off-beat (recognition of Palestine, airport disruption, marathon, typhoon). The two newest entries are dated 22 September locally but are still 21 September UTC. Spellings 'Zaporozhye' (01) and 'Zaporizhia' (06). " + D2,
  not_entries=["feed title/link/id/updated", "entry <id> and <updated> values"],
  entries=[
  E("2025-09-22 07:40", "Zaporozhye toll reaches three",
    ["A third person has died following Sunday's Russian strike on the Ukrainian city of Zaporozhye, regional authorities said."],
    "strikes", "strikes", 3, ZAP, n="Toll 3; spelling 'Zaporozhye'; local 22 Sep = 21 Sep 22:40 UTC."),
  OFF("2025-09-22 04:15", "Britain, Canada and Australia recognise Palestinian state",
      ["Britain, Canada and Australia formally recognised a Palestinian state on Sunday, a step their governments said was meant to keep the prospect of a two-state solution alive."],
      "palestine-recognition-2025-09-21", n="Middle East diplomacy, not this war."),
  OFF("2025-09-21 23:30", "Airport check-in disruption drags into second day",
      ["Passengers at several European airports faced more delays on Sunday as airlines kept checking in travellers by hand after a cyberattack on a software provider."],
      "european-airports-cyberattack-2025-09", n="aviation cyberattack (continues the day-1 off-beat story)."),
  OFF("2025-09-21 20:00", "Kenyan runner wins Berlin Marathon in the heat",
      ["A Kenyan runner won the men's race at the Berlin Marathon on Sunday, pulling clear in the closing kilometres on an unusually warm morning."],
      "berlin-marathon-2025", n="sport."),
  OFF("2025-09-21 15:10", "Super typhoon heads for Luzon",
      ["The storm strengthened into a super typhoon on Sunday as it moved towards the northern Philippine island of Luzon, forecasters said."],
      "typhoon-philippines-2025-09", n="weather."),
  E("2025-09-21 10:05", "Russian drones and bombs hit Zaporizhia",
    ["Russian drones and guided bombs struck the southern Ukrainian city of Zaporizhia overnight, damaging apartment buildings, local officials said."],
    "strikes", "strikes", 3, ZAP, n="Spelling 'Zaporizhia'."),
  ]))

SEEDS.append(dict(id="5233", name="5233_tarrowgate-rss", ext="xml", source="Tarrowgate Report", zone="America/New_York", render=r_rss, rfc="offset",
  title="Tarrowgate Report: Ukraine", url="https://tarrowgate.example", path="ukraine", lede="Wire coverage of the war in Ukraine.",
  notes="Invented outlet (US). RSS 2.0, newest first, pubDate with -0400 (EDT); dc:creator per item. The last item is dated Saturday 20 September locally (21:40 -0400) but is 01:40 UTC on 21 September. Entry 04 continues day 1's Dnipro story (toll five). " + D2,
  not_entries=["channel title/link/description", "guid and link values", "category labels"],
  entries=[
  E("2025-09-21 14:50", "Zelensky says he will press Trump on air defense at UN",
    ["Ukrainian President Volodymyr Zelensky said he planned to meet President Donald Trump in New York during the UN General Assembly and would ask for more Patriot systems."],
    "diplomacy", "diplomacy", 3, ZT, a="Wren Callaway", sec=["aid"]),
  E("2025-09-21 11:30", "Ukraine says drones destroyed two Russian patrol planes in Crimea",
    ["Ukraine's military intelligence said Sunday that its drones hit two Russian Be-12 amphibious aircraft at a base in Crimea, a claim Moscow did not address."],
    "strikes", "strikes", 3, CRIM, a="Wren Callaway"),
  E("2025-09-21 08:20", "Russian strike kills two in Zaporizhzhia",
    ["Two people were killed and more than a dozen injured when Russian forces attacked the Ukrainian city of Zaporizhzhia overnight, the regional governor said Sunday."],
    "strikes", "strikes", 3, ZAP, a="Marcus Delaine"),
  E("2025-09-21 06:05", "Dnipro strike toll rises to 5",
    ["The number of people killed in Saturday's Russian missile attack on the Ukrainian city of Dnipro has risen to five, the regional administration said Sunday."],
    "strikes", "strikes", 3, MASS, a="Marcus Delaine", n="Continuation of the day-1 story."),
  E("2025-09-20 21:40", "Russia says it downed dozens of Ukrainian drones overnight",
    ["Russia's defense ministry said its air defenses destroyed 42 Ukrainian drones over several regions, including the Belgorod and Kursk regions, during the night."],
    "strikes", "strikes", 2, "russia-says-downed-ukrainian-drones-2025-09-21", a="Marcus Delaine", n="Local 20 Sep 21:40 EDT = 21 Sep 01:40 UTC."),
  ]))

SEEDS.append(dict(id="5234", name="5234_vilbrook-article", ext="html", source="Vilbrook Gazette", zone="Europe/Vilnius", render=r_vilbrook,
  title="Sunday in Ukraine: strikes in the south, new help from the Baltics", byline="Rasa Kalnina", dateline_t="2025-09-21 20:30",
  lede="A round-up of the day's main developments.",
  notes="Invented outlet (Vilnius). HTML article with four <h2> sections; one entry per section, stamp null, published = the page date '2025-09-21 20:30' (EEST, UTC+3; NewsArticle JSON-LD agrees), page byline as author. Section 04 (Baltic air policing reinforcement) is a separate decision, not the Article 4 analysis or the Estonia request. " + D2,
  not_entries=["header and menu", "title", "author and date line", "bold lead line", "tags line", "footer"],
  entries=[
  E("2025-09-21 20:30", "Zaporizhzhia counts its dead",
    ["Two people died and 14 were injured after Russian drones and glide bombs hit Zaporizhzhia overnight, Ukrainian officials said."],
    "strikes", "strikes", 3, ZAP, a="Rasa Kalnina"),
  E("2025-09-21 20:30", "Vilnius sends more drones",
    ["Lithuania's defence ministry said it would send Ukraine another batch of interceptor drones and jammers worth 10 million euros."],
    "aid", "aid", 2, "lithuania-drone-package-2025-09-21", a="Rasa Kalnina", n="Different aid decision from the Nordic funding re-post: must not merge."),
  E("2025-09-21 20:30", "Crimea airfield hit",
    ["Ukraine's military intelligence said it had struck two Be-12 patrol planes at a Crimean airfield, a claim Moscow has not commented on."],
    "strikes", "strikes", 3, CRIM, a="Rasa Kalnina"),
  E("2025-09-21 20:30", "Baltic air policing reinforced",
    ["Nato's air policing mission over the Baltic states will receive additional fighter jets from two allies, officials said, after last week's Estonian incursion."],
    "other", "security", 2, "baltic-air-policing-reinforced-2025-09-21", a="Rasa Kalnina"),
  ]))

# ---------------------------------------------------------------- Part B, day 3: 2025-11-29 (UTC)
D3 = "Day 3 (UTC 2025-11-29): seeds 5240-5244."
TANK = "black-sea-tanker-sea-drone-attacks-2025-11"
KYIV = "kyiv-overnight-strike-2025-11-29"
DELEG = "ukraine-delegation-us-talks-florida"
CPC = "cpc-novorossiysk-terminal-attack-2025-11-29"

SEEDS.append(dict(id="5240", name="5240_corbenhall-listing", ext="html", source="Corbenhall Post", zone="Europe/Istanbul", render=r_corbenhall,
  title="World",
  notes="Invented outlet (Istanbul). HTML news listing, newest first; 'Nov 29, 2025 - 22:10' (24 h, no zone: Istanbul UTC+3 implied) after the author under each headline. Entry 01 leads with Kazakhstan's protest over the CPC terminal attack (diplomacy primary, strikes secondary; same story as the attack). Spelling 'Bosphorus' in 05. " + D3,
  not_entries=["header and menu", "section title 'World'", "footer"],
  entries=[
  E("2025-11-29 22:10", "Kazakhstan protests after sea drone attack on CPC terminal",
    ["Kazakhstan's foreign ministry lodged a protest after naval drones damaged a mooring at the Caspian Pipeline Consortium terminal near Novorossiysk, which handles most of the country's oil exports."],
    "diplomacy", "diplomacy", 3, CPC, a="Deniz Halloran", sec=["strikes"], n="The affected state's protest about the attack: same story as the attack."),
  E("2025-11-29 19:35", "Second tanker struck off Turkish coast",
    ["A second tanker from Russia's sanctioned shadow fleet was hit by an explosion off Turkey's Black Sea coast, less than a day after a similar attack on another vessel, Turkish maritime authorities said."],
    "strikes", "strikes", 3, TANK, a="Deniz Halloran", n="One tanker -> two."),
  E("2025-11-29 16:50", "Kyiv strike toll rises to three",
    ["A third person has died after Russian missiles and drones hit residential buildings in Kyiv overnight, the city's military administration said."],
    "strikes", "strikes", 3, KYIV, a="Selin Varol", n="Toll 2 -> 3."),
  E("2025-11-29 12:05", "Ukrainian delegation heads to US for peace talks",
    ["A Ukrainian delegation led by security council secretary Rustem Umerov left for the United States to continue talks on a settlement, President Volodymyr Zelensky said."],
    "diplomacy", "diplomacy", 3, DELEG, a="Selin Varol"),
  E("2025-11-29 09:40", "Tanker crew evacuated after blast near Bosphorus",
    ["Turkish rescue teams evacuated all 25 crew members from the tanker Marisol after it caught fire following an explosion about 28 nautical miles off the coast, officials said."],
    "strikes", "strikes", 3, TANK, a="Deniz Halloran"),
  ]))

SEEDS.append(dict(id="5241", name="5241_gildenmoor-textlive", ext="txt", source="Gildenmoor Times", zone="Europe/London", render=r_gildenmoor,
  title="Russia-Ukraine war live: sea drones hit shadow fleet tankers; Kyiv counts dead after night attack", byline="Ffion Tallis",
  lede="Ukraine's negotiators prepare for talks in the US as Black Sea attacks widen",
  notes="Invented outlet. Text live blog, newest first, one page byline (author of every post); headline FIRST, then the stamp line 'Sat 29 Nov 2025 18.32 GMT' (GMT = UTC). Entry 02 is the day's theme piece (explainer, own story); entry 03 is a video teaser without body. " + D3,
  not_entries=["masthead and menu", "breadcrumb", "title and standfirst", "byline line", "pinned note", "newsletter plug", "'Load older posts'", "footer"],
  entries=[
  E("2025-11-29 18:32", "Zelensky: delegation has 'clear instructions' for US talks",
    ["Volodymyr Zelensky said the team travelling to the US had clear instructions to secure a dignified peace and would report back to him on Sunday."],
    "diplomacy", "diplomacy", 3, DELEG, a="Ffion Tallis", n="Participant's statement about the same trip/talks."),
  E("2025-11-29 16:05", "What is Russia's shadow fleet?",
    ["Russia's shadow fleet is a loose network of hundreds of ageing tankers, often registered in small flag states and poorly insured, that carry Russian oil beyond the reach of Western sanctions.",
     "The EU and UK have blacklisted more than 500 of these vessels."],
    "diplomacy", "diplomacy", 2, "explainer-russia-shadow-fleet", a="Ffion Tallis", n="Theme piece (explainer with body): own story, importance 2."),
  E("2025-11-29 13:40", "Watch: tanker ablaze off Turkish coast", [], "strikes", "strikes", 1, TANK, a="Ffion Tallis", n="Video teaser without body -> importance 1."),
  E("2025-11-29 11:15", "Ukraine's SBU behind tanker strikes, source says",
    ["A source in Ukraine's SBU security service said its Sea Baby naval drones had hit both tankers, which it said were carrying Russian oil in breach of sanctions."],
    "strikes", "strikes", 3, TANK, a="Ffion Tallis"),
  E("2025-11-29 09:20", "Kyiv: two dead, dozens hurt as Russia strikes capital",
    ["Two people were killed and at least 29 injured when Russia attacked Kyiv with drones and missiles overnight, officials said, with fires breaking out in several residential buildings."],
    "strikes", "strikes", 3, KYIV, a="Ffion Tallis", n="Toll 2."),
  E("2025-11-29 07:45", "Zelensky weighs replacement for chief of staff",
    ["Zelensky is consulting on who should replace Andriy Yermak, his chief of staff, who resigned on Friday after anti-corruption investigators searched his home."],
    "other", "politics", 2, "yermak-resignation-aftermath", a="Ffion Tallis", n="Kyiv domestic politics: not the Kyiv strike."),
  ]))

SEEDS.append(dict(id="5242", name="5242_pellinor-worldatom", ext="xml", source="Pellinor World", zone="UTC", render=r_atom, zulu=True,
  title="Pellinor World \u2014 Latest", url="https://pellinor.example", path="story",
  notes="Invented outlet. General world-news Atom feed, newest first, <published> in Z (UTC), no authors; four of six entries off-beat (papal visit, Sri Lanka floods, Honduras election, Formula One). Spellings 'Kiev' (01) and 'Bosporus' (04). " + D3,
  not_entries=["feed title/link/id/updated", "entry <id> and <updated> values"],
  entries=[
  E("2025-11-29 21:05", "Kiev toll climbs to three after overnight raid",
    ["Russian strikes on Kiev overnight killed three people, Ukrainian authorities said on Saturday."],
    "strikes", "strikes", 3, KYIV, n="Spelling 'Kiev'."),
  OFF("2025-11-29 18:30", "Pope Leo prays with Orthodox leaders in Istanbul",
      ["Pope Leo XIV joined Orthodox Christian leaders for prayers in Istanbul on Saturday during his first foreign trip as pontiff."],
      "pope-leo-turkey-visit", n="religion."),
  OFF("2025-11-29 15:10", "Sri Lanka floods force tens of thousands from homes",
      ["Heavy rain from a cyclone flooded large parts of Sri Lanka, forcing tens of thousands of people into temporary shelters, officials said."],
      "sri-lanka-floods-2025-11", n="weather."),
  E("2025-11-29 12:00", "Second tanker hit as sea-drone attacks spread in Black Sea",
    ["A second oil tanker linked to Russia was damaged by what Turkish officials called an external impact off the Bosporus, hours after another was set ablaze."],
    "strikes", "strikes", 3, TANK, n="Spelling 'Bosporus'."),
  OFF("2025-11-29 09:45", "Honduras heads to the polls on Sunday",
      ["Hondurans will elect a president, members of congress and mayors on Sunday after a bitter campaign dominated by security and the economy."],
      "honduras-election-2025", n="election."),
  OFF("2025-11-29 06:20", "Formula One title fight moves to Qatar",
      ["Formula One's championship battle moves to Qatar this weekend, with three drivers still in contention before the final race in Abu Dhabi."],
      "formula-one-qatar-2025", n="sport."),
  ]))

SEEDS.append(dict(id="5243", name="5243_emberly-ldlive", ext="html", source="Emberly Signal", zone="Europe/Kyiv", render=r_emberly,
  title="Live: Kyiv after the night attack, and the Black Sea strikes", url="https://emberly.example/live/kyiv-2025-11-29",
  ref="2025-11-29 22:40", page_published="2025-11-29 08:00",
  notes="Invented outlet (Kyiv). HTML live blog, OLDEST first. Visible stamps are RELATIVE ('8 hours ago', '45 minutes ago') and resolve against the printed 'Last updated 29 November 2025, 22:40 EET' (Kyiv, UTC+2). The JSON-LD @graph page node has @type ['NewsArticle','LiveBlogPosting'] and its liveBlogUpdate items all carry the PAGE's datePublished (08:00), not the update times: the visible relative stamps are authoritative. Entry 04 repeats entry 02 nearly verbatim (duplicate_of 5243-02). Entry 02 (CPC terminal) and the tanker attacks are different sea-drone events: must not merge. " + D3,
  not_entries=["header and menu", "title", "'Last updated ...' line", "signature lines (authors)", "footer"],
  entries=[
  E("2025-11-29 14:40", "Kyiv counts damage after night of strikes",
    ["City officials said 14 residential buildings, a kindergarten and a power substation were damaged in Kyiv during the overnight attack, which killed two people."],
    "strikes", "strikes", 3, KYIV, a="Taras Zhuravel"),
  E("2025-11-29 16:40", "CPC halts loadings after sea drone hits mooring",
    ["The Caspian Pipeline Consortium suspended oil loadings at its terminal near Novorossiysk after a naval drone attack badly damaged one of its three single-point moorings, the consortium said."],
    "strikes", "strikes", 3, CPC, a="Taras Zhuravel", n="Different sea-drone attack from the tankers: must not merge."),
  E("2025-11-29 17:40", "Russia claims advance near Huliaipole",
    ["Russia's defence ministry said its troops had pushed into the outskirts of Huliaipole in the Zaporizhzhia region; Ukraine's military said it was holding its positions."],
    "other", "frontline", 2, "huliaipole-fighting-2025-11-29", a="Taras Zhuravel"),
  E("2025-11-29 19:40", "CPC halts loadings after naval drone hits mooring",
    ["The Caspian Pipeline Consortium suspended oil loadings at its terminal near Novorossiysk after a naval drone attack badly damaged one of its three single-point moorings, the consortium said."],
    "strikes", "strikes", 1, CPC, a="Taras Zhuravel", dup="5243-02", n="Near-verbatim repeat of 5243-02 -> importance 1."),
  E("2025-11-29 21:55", "Ukrainian delegation arrives in Florida",
    ["The Ukrainian team led by Rustem Umerov has arrived in Florida ahead of Sunday's meeting with US officials, the delegation said."],
    "diplomacy", "diplomacy", 3, DELEG, a="Taras Zhuravel"),
  ]))

SEEDS.append(dict(id="5244", name="5244_fernhalt-article", ext="txt", source="Fernhalt Review", zone="Europe/Paris", render=r_textarticle,
  title="Black Sea: the drone war moves to the tanker lanes", byline="Camille Dufresne", dateline="29 November 2025, 17:45 CET",
  crumb="International > Europe", lede="Ukraine's naval drones are now reaching the ships that carry Russia's oil revenue.",
  more="How Europe tracks Russia's shadow fleet",
  notes="Invented outlet (Paris). Text article with three section headings; one entry per section, stamp null, published = the dateline '29 November 2025, 17:45 CET' (UTC+1), page byline as author. " + D3,
  not_entries=["outlet name and breadcrumb", "title", "byline and dateline", "lede paragraph", "'Share this article'", "'More on this story' link", "copyright line"],
  entries=[
  E("2025-11-29 17:45", "Two tankers in flames",
    ["Two tankers belonging to the fleet Russia uses to get around oil sanctions were hit by naval drones within hours of each other in Turkey's economic zone, forcing the evacuation of their crews."],
    "strikes", "strikes", 3, TANK, a="Camille Dufresne"),
  E("2025-11-29 17:45", "A lifeline for Kazakhstan's oil",
    ["Hours later, a drone boat struck the CPC oil terminal near Novorossiysk, through which most of Kazakhstan's crude exports pass, knocking out one of its moorings."],
    "strikes", "strikes", 3, CPC, a="Camille Dufresne"),
  E("2025-11-29 17:45", "Talks in Florida",
    ["Meanwhile, Kyiv's negotiators, now led by Rustem Umerov after Andriy Yermak's departure, were on their way to Florida for talks with the US team."],
    "diplomacy", "diplomacy", 3, DELEG, a="Camille Dufresne"),
  ]))


# ================================================================ emit
BASIS = {
  "r_bristol": "bare time '{s}' (UK local, BST = UTC+1, implied by the outlet); date from the page byline block '07:05, 2 JUL 2025Updated ...'",
  "r_edp": "visible '{s}' (no year; BST = UTC+1) inside <time datetime> that carries the full ISO time {iso}",
  "r_postmedia_rss": "pubDate '{s}' (explicit +0000); local {d} in the outlet's zone (MDT = UTC-6)",
  "r_tbt": "time '{s}' (no zone printed: US Eastern, EDT = UTC-4, implied); no year printed (parse_args 2025-09-28); local day {d} from the page's 'Published Sept. 27|Updated Sept. 28' and newest-first order (posts after 1:25 a.m. belong to Sept. 27: midnight crossing)",
  "r_slt": "no per-section time; the page date 'Aug. 18, 2025, 5:12 p.m.' (<time datetime> -06:00, MDT; JSON-LD agrees) used for every section",
  "r_courant": "time '{s}' on the header date November 19, 2025 (header prints EST = UTC-5)",
  "r_gulftoday": "date line '{s}' (full date, 12 h; no zone printed: UAE time UTC+4 implied by the outlet)",
  "r_caspian": "date line '{s}' (no year anywhere: parse_args 2025-09-03; Baku time UTC+4 implied by the outlet)",
  "r_tna": "stamp '{s}' on the page date '23 November, 2025'; <time datetime> and JSON-LD agree",
  "r_samaa": "pubDate '{s}' (explicit +0500, PKT)",
  "r_brightlow": "stamp '{s}' on the page date 'Saturday 20 September 2025'",
  "r_harnmoor": "stamp '{s}' with <time datetime> {iso} (Kyiv, EEST = UTC+3); JSON-LD update time agrees",
  "r_rss": "pubDate '{s}' (explicit zone)",
  "r_atom": "<published> '{s}' (explicit offset)",
  "r_textarticle": "no per-section time; the article dateline ({d}, {z}) used for every section",
  "r_quillmere": "stamp '{s}' under the date line 'Sunday 21 September' (no year: parse_args 2025-09-21); 'All times CEST' = UTC+2",
  "r_vilbrook": "no per-section time; the page date '2025-09-21 20:30' (Vilnius, EEST = UTC+3; JSON-LD agrees) used for every section",
  "r_corbenhall": "date line '{s}' (full date, 24 h; Istanbul time UTC+3 implied by the outlet)",
  "r_gildenmoor": "stamp line '{s}' after the headline (GMT = UTC)",
  "r_emberly": "relative stamp '{s}' resolved against the printed 'Last updated 29 November 2025, 22:40 EET' (Kyiv, UTC+2); the JSON-LD update times are the page's and are ignored",
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
                         "published_basis": BASIS[rname].format(s=stamps[i], d=d.strftime("%Y-%m-%d"), z=S["zone"], iso=d.isoformat()),
                         "author": e["a"],
                         "first_sentence": first_sentence(e["p"][0]) if e["p"] else None,
                         "body_paragraphs": len(e["p"]),
                         "topic": e["top"], "subtopic": e["sub"], "secondary_topics": e["sec"],
                         "importance": e["imp"], "key_point": e["kp"], "duplicate_of": e["dup"], "story": e["st"],
                         "notes": e["n"] or None})
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

#!/usr/bin/env python3
"""Builds eval/bv seeds and gold files from one hand-written data table (below).
All news text is invented or paraphrased by the blind tester; Part B outlets are invented. Deterministic.
Run from the project root: python3 eval/bv/tools/build.py"""
import html, json, os, re
from datetime import datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=None, fs=None, **kw):
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n, fs=fs)
    d.update(kw)
    return d


def OFF(t, h, p, st, a=None, n="", **kw):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **kw)


def first_sentence(par):
    m = re.search(r'[.!?]["\u201d\u2019\']?(?=\s+[A-Z0-9"\u201c\u2018\']|$)', par)
    return par[:m.end()] if m else par


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def t12(d, sep=".", am="am", pm="pm", space=""):
    hh = d.hour % 12 or 12
    return f"{hh}{sep}{d.minute:02d}{space}{am if d.hour < 12 else pm}"


def order_check(S, newest_first):
    ts = [dt(e["t"], S["zone"]) for e in S["entries"]]
    ok = all((a >= b) if newest_first else (a <= b) for a, b in zip(ts, ts[1:]))
    assert ok, f"{S['id']}: entries are not listed {'newest' if newest_first else 'oldest'} first"


def ld_script(obj):
    return '<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False) + "</script>"


# ============================================================ Part A renderers (layout imitation; all wording our own)

def r_newscorp(S):  # Centralian Advocate (News Corp Australia) live coverage, "select all" text scrape, no blank lines
    z = S["zone"]; order_check(S, True)
    L = ["Skip to navigation", "Skip to content", "Centralian Advocate", "Subscribe", "Sign in", "News", "Sport", "Community",
         "Real Estate", "Opinion", "Puzzles", "NT News", "Search", "World", S["title"], S["standfirst"], S["byline"],
         S["published_line"], "News Corp Australia Network", S["updated_line"], S["comments"], "Share", "Gift this article",
         "Read related topics:Russia Ukraine War"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        st = t12(dt(e["t"], z)); stamps.append(st)
        L.append(st)
        if e["h"]:
            L.append(e["h"])
        L += e["p"]
        if i in (2, 5):
            L.append("Advertisement")
    L += ["Load more updates", "Read related topics:Russia Ukraine War", "More related stories",
          "Why the Donbas matters to Putin", "Territory's Ukrainian community rallies in Darwin", "Read More", "Comments",
          "Join the conversation", "Centralian Advocate", "Privacy Policy", "Terms of Use", "Contact us",
          "Copyright The Centralian Advocate. No content may be reproduced without our written permission."]
    return "\n".join(L) + "\n", stamps


ACM_NAV = ('<nav class="primary"><a href="/news/">News</a> <a href="/sport/">Sport</a> <a href="/community/">Community</a> '
           '<a href="/comment/">Comment</a> <a href="/whats-on/">What\'s On</a> <a href="/lifestyle/">Lifestyle</a> '
           '<a href="/classifieds/">Classifieds</a> <a href="/jobs/">Jobs</a> <a href="/obituaries/">Obituaries</a> '
           '<a href="/todays-paper/">Today\'s Paper</a></nav>')


def r_acm_article(S):  # Port Lincoln Times (ACM): wire article with crossheads; one dated stamp line; JSON-LD NewsArticle
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    stamp_line = f"{MONTHS[d0.month - 1]} {d0.day} {d0.year} - {t12(d0, ':')}"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "description": S["standfirst"],
          "datePublished": d0.isoformat(), "dateModified": d0.isoformat(),
          "author": [{"@type": "Organization", "name": S["byline"]}],
          "publisher": {"@type": "Organization", "name": S["source"], "logo": {"@type": "ImageObject", "url": "https://www.portlincolntimes.com.au/images/logo.png"}},
          "mainEntityOfPage": S["url"], "isAccessibleForFree": False}
    out = ["<!DOCTYPE html>", '<html lang="en-AU"><head><meta charset="utf-8">',
           f"<title>{esc(S['title'])} | {S['source']} | Port Lincoln, SA</title>",
           f'<meta name="description" content="{attr(S["standfirst"])}">', ld_script(ld), "</head><body>",
           f'<header class="masthead"><a class="logo" href="/">{S["source"]}</a> <a class="btn" href="/subscribe/">Subscribe</a> <a class="btn" href="/login/">Log in</a>{ACM_NAV}</header>',
           '<div class="paywall-note">Subscribe now for unlimited access.</div>',
           '<main><article class="story">', '<p class="kicker"><a href="/news/world/">World</a></p>',
           f"<h1>{esc(S['title'])}</h1>", f'<p class="standfirst">{esc(S["standfirst"])}</p>',
           f'<div class="byline"><span class="author">{esc(S["byline"])}</span></div>',
           f'<div class="dateline"><time datetime="{d0.isoformat()}">{stamp_line}</time></div>',
           '<div class="share"><a>Facebook</a> <a>Twitter</a> <a>Email</a> <a>Copy link</a></div>',
           f'<figure><img src="/images/{S["id"]}.jpg" alt=""><figcaption>{esc(S["caption"])}</figcaption></figure>',
           f"<p>{esc(S['lede'])}</p>"]
    for i, e in enumerate(S["entries"]):
        out.append(f"<h2>{esc(e['h'])}</h2>")
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if i == 1:
            out.append('<div class="ad-slot">Advertisement</div>')
    out += ['<p class="credit">AAP</p>', "</article>",
            '<aside class="latest"><h3>Latest News</h3><a href="/story/1/">Tuna quota talks set for Lincoln</a> <a href="/story/2/">Council backs foreshore upgrade</a></aside>',
            '<aside class="newsletter"><h3>Get the latest Port Lincoln news in your inbox</h3><p>Sign up for our newsletter to stay up to date.</p><input type="email" placeholder="Email address"><button>Sign up</button></aside>',
            "</main>",
            '<footer><p>Australian Community Media</p><a href="/about/">About Us</a> <a href="/contact/">Contact Us</a> <a href="/privacy/">Privacy Policy</a> <a href="/conditions/">Conditions of Use</a></footer>',
            "</body></html>"]
    S["dateline_print"] = stamp_line
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def acm_stamp(d):
    return f"{MONTHS[d.month - 1]} {d.day} {d.year} - {t12(d, ':')}"


def r_acm_topic(S):  # Whyalla News (ACM) topic page, text scrape; card = headline, standfirst, byline, dated stamp
    z = S["zone"]; order_check(S, True)
    L = ["Skip to content", "Whyalla News", "Subscribe", "Log in", "", "News  Sport  Community  Comment  What's On  Lifestyle  Classifieds  Jobs  Obituaries", "",
         "We use cookies to improve your experience on our site. By continuing you agree to our use of cookies. Accept", "",
         "Topics", S["title"], S["standfirst"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        st = acm_stamp(dt(e["t"], z)); stamps.append(st)
        L += [e["h"]] + e["p"] + [e["a"], st, ""]
        if i == 2:
            L += ["Advertisement", ""]
    L += ["Load more", "", "Most Popular", "Steelworks apprentices sign on for 2022", "Foreshore playground closed for repairs", "",
          "Get the latest Whyalla news in your inbox", "Sign up for our newsletter to stay up to date.", "",
          "Australian Community Media  About Us  Contact Us  Privacy Policy  Conditions of Use"]
    return "\n".join(L) + "\n", stamps


def r_acm_timeline(S):  # The Advocate (Burnie, ACM): timeline article, "<strong>10.20am:</strong>" paragraphs, no entry headlines
    z = S["zone"]; order_check(S, False)
    d0 = dt(S["first_t"], z); d1 = dt(S["updated_t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "description": S["standfirst"],
          "datePublished": d0.isoformat(), "dateModified": d1.isoformat(), "author": [{"@type": "Organization", "name": S["byline"]}],
          "publisher": {"@type": "Organization", "name": S["source"]}, "mainEntityOfPage": S["url"]}
    upd = f"Updated {acm_stamp(d1)}, first published {t12(d0, ':')}"
    out = ["<!DOCTYPE html>", '<html lang="en-AU"><head><meta charset="utf-8">',
           f"<title>{esc(S['title'])} | {S['source']} | Burnie, TAS</title>", ld_script(ld), "</head><body>",
           f'<header class="masthead"><a class="logo" href="/">{S["source"]}</a> <a class="btn" href="/subscribe/">Subscribe</a> <a class="btn" href="/login/">Log in</a>{ACM_NAV}</header>',
           '<main><article class="story">', '<p class="kicker"><a href="/news/world/">World</a></p>',
           f"<h1>{esc(S['title'])}</h1>", f'<p class="standfirst">{esc(S["standfirst"])}</p>',
           f'<div class="byline"><span class="author">{esc(S["byline"])}</span></div>',
           f'<div class="dateline">{upd}</div>',
           '<div class="share"><a>Facebook</a> <a>Twitter</a> <a>Email</a> <a>Copy link</a></div>',
           f"<p><em>{esc(S['note'])}</em></p>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        st = t12(dt(e["t"], z)); stamps.append(st)
        out.append(f"<p><strong>{st}:</strong> {esc(e['p'][0])}</p>")
        out += [f"<p>{esc(p)}</p>" for p in e["p"][1:]]
        if i == 3:
            out.append('<div class="ad-slot">Advertisement</div>')
    out += ['<p class="credit">AAP</p>', "</article>",
            '<aside class="related"><h3>More from World</h3><a href="/story/7/">What we know about the Kramatorsk attack</a></aside>',
            '<aside class="newsletter"><h3>Get the latest North-West news in your inbox</h3><input type="email" placeholder="Email address"><button>Sign up</button></aside>',
            "</main>",
            '<footer><p>Australian Community Media</p><a href="/about/">About Us</a> <a href="/contact/">Contact Us</a> <a href="/privacy/">Privacy Policy</a></footer>',
            "</body></html>"]
    return "\n".join(out) + "\n", stamps


def r_nzh_live(S):  # Horowhenua Chronicle on the NZ Herald platform: live page, oldest first, NO YEAR, time line AFTER the headline, credit line per post
    z = S["zone"]; order_check(S, False)
    L = ["Skip to main content", "NZ Herald", "Horowhenua Chronicle", "Subscribe", "Sign in", "",
         "Latest news  New Zealand  World  Business  Sport  Entertainment  Lifestyle  Regionals", "",
         "World", S["title"], S["dateline"], "", S["standfirst"], "", "Share this article", "Facebook  Twitter  LinkedIn  Email", "",
         "Latest updates", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        st = t12(dt(e["t"], z)); stamps.append(st)
        L += [e["h"], st, ""]
        for p in e["p"]:
            L += [p, ""]
        L += [f"- {e['a']}", ""]
        if i == 2:
            L += ["Advertisement", "Advertise with NZME.", ""]
    L += ["Latest from World", "Sri Lanka's prime minister sworn in amid crisis", "Heatwave grips northern India", "",
          "Horowhenua Chronicle  About  Contact  Privacy  Terms of use", "© NZME Publishing Limited"]
    return "\n".join(L) + "\n", stamps


def r_postmedia_live(S):  # Fort McMurray Today (Postmedia) live updates, text scrape; "Article content" chrome between paragraphs; "7:55 p.m.: headline"
    z = S["zone"]; order_check(S, True)
    L = ["Skip to Content", "Fort McMurray Today", "Subscribe", "Sign In", "Advertisement", "",
         "News  Local News  Oil Sands  Canada  World  Sports  Opinion  Entertainment  Life  Obituaries  Classifieds  E-Paper", "",
         "World", S["title"], S["standfirst"], "", "Author of the article:", S["byline"], "Publishing date:", S["pubdate"], "",
         "Join the conversation", "", "Article content", S["note"], "", "Key points"]
    L += ["- " + e["h"] for e in S["entries"] if e["kp"]]
    L += ["", "Article content", ""]
    stamps = []; k = 0
    for i, e in enumerate(S["entries"]):
        st = t12(dt(e["t"], z), ":", "a.m.", "p.m.", " "); stamps.append(st)
        L += [f"{st}: {e['h']}", ""]
        for p in e["p"]:
            L += [p, ""]
            k += 1
            if k % 2 == 0:
                L += ["Article content", ""]
        if i == 2:
            L += ["This advertisement has not loaded yet, but your article continues below.", ""]
    L += ["Share this Story : " + S["title"], "", "Report an error", "Journalistic Standards", "About Postmedia", "", "Trending", "",
          "Comments", "Comments are moderated before they appear; please keep them on topic and civil.", "",
          "Postmedia Network Inc.  Terms of Use  Privacy Policy"]
    return "\n".join(L) + "\n", stamps


WPG_ABBR = {-5: "CDT", -6: "CST"}


def wfp_stamp(d, label):
    off = int(d.utcoffset().total_seconds() // 3600)
    return f"{label}: {t12(d, ':', 'AM', 'PM', ' ')} {WPG_ABBR[off]} {DAYS[d.weekday()]}, {MONTHS[d.month - 1][:3]}. {d.day}, {d.year}"


def r_brandonsun(S):  # Brandon Sun (Winnipeg Free Press platform) World listing, HTML; "Posted: 6:40 PM CDT Thursday, May. 19, 2022" AFTER headline and byline
    z = S["zone"]; order_check(S, True)
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} - Brandon Sun</title>",
           ld_script({"@context": "https://schema.org", "@type": "CollectionPage", "name": S["title"], "url": S["url"],
                      "publisher": {"@type": "NewsMediaOrganization", "name": "Brandon Sun"}}),
           "</head><body>",
           '<header><div class="topbar"><a href="/subscribe">Subscribe</a> | <a href="/login">Log In</a> | <a href="/e-edition">E-Edition</a></div>',
           '<a class="logo" href="/">Brandon Sun</a>',
           '<nav><a href="/local">Local</a> <a href="/sports">Sports</a> <a href="/opinion">Opinion</a> <a href="/business">Business</a> '
           '<a href="/canada">Canada</a> <a href="/world">World</a> <a href="/arts">Arts &amp; Life</a> <a href="/obituaries">Obituaries</a> <a href="/classifieds">Classifieds</a></nav></header>',
           f'<main><h1 class="section-title">{esc(S["title"])}</h1>', '<div class="story-list">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = wfp_stamp(d, "Posted"); stamps.append(st)
        out.append(f'<article class="story-item"><h2><a href="/world/{2022051900 + i}.html">{esc(e["h"])}</a></h2>')
        out.append(f'<p class="byline">By: {esc(e["a"])}</p>')
        out.append(f'<p class="posted">{st}</p>')
        if e.get("mod"):
            out.append(f'<p class="modified">{wfp_stamp(dt(e["mod"], z), "Last Modified")}</p>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append(f'<p class="more"><a href="/world/{2022051900 + i}.html">Read more</a> | <a href="/world/{2022051900 + i}.html#comments">{(i * 7) % 5} Comment{"" if (i * 7) % 5 == 1 else "s"}</a></p></article>')
        if i == 3:
            out.append('<div class="ad">Advertisement</div>')
    out += ["</div>", '<p class="pager"><a href="?page=2">Next page</a></p></main>',
            '<aside><h3>Most Popular</h3><ol><li><a href="/local/1">Wheat Kings fall in Game 4</a></li><li><a href="/local/2">Rosser Avenue roadwork begins</a></li></ol></aside>',
            "<footer>&copy; 2022 Brandon Sun. All rights reserved. <a href=\"/privacy\">Privacy Policy</a> <a href=\"/terms\">Terms of Use</a></footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def rfc(d):
    return d.strftime("%a, %d %b %Y %H:%M:%S %z")


def r_postmedia_rss(S):  # Cornwall Standard-Freeholder (Postmedia WordPress) RSS 2.0: +0000 pubDate, dc:creator, description = the DECK, body in content:encoded
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" '
           'xmlns:media="http://search.yahoo.com/mrss/">', "<channel>", f"<title>{esc(S['title'])}</title>",
           f'<atom:link href="{S["url"]}feed/" rel="self" type="application/rss+xml" />', f"<link>{S['url']}</link>",
           "<description>Cornwall news, sports and community from the Standard-Freeholder</description>",
           f"<lastBuildDate>{rfc(dt(S['entries'][0]['t'], z).astimezone(UTC))}</lastBuildDate>", "<language>en-CA</language>",
           "<sy:updatePeriod>hourly</sy:updatePeriod>", "<sy:updateFrequency>1</sy:updateFrequency>", "<generator>https://wordpress.org/?v=5.9.3</generator>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        u = dt(e["t"], z).astimezone(UTC); st = rfc(u); stamps.append(st)
        slug = re.sub(r"[^a-z0-9]+", "-", e["h"].lower()).strip("-")
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>https://www.standard-freeholder.com/news/world/{slug}</link>",
                f"<dc:creator><![CDATA[{e['a']}]]></dc:creator>", f"<pubDate>{st}</pubDate>",
                f"<category><![CDATA[{e.get('cat', 'World')}]]></category>", "<category><![CDATA[News]]></category>",
                f'<guid isPermaLink="false">https://www.standard-freeholder.com/?p={5731020 + i * 17}</guid>',
                f"<description><![CDATA[{e['deck']}]]></description>",
                "<content:encoded><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></content:encoded>",
                f'<media:thumbnail url="https://smartcdn.gprod.postmedia.digital/standardfreeholder/wp-content/uploads/2022/06/{slug[:20]}.jpg" />',
                "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def blox_rel(now, d):
    mins = int((now - d).total_seconds() // 60)
    assert 0 <= mins < 24 * 60
    if mins < 60:
        return f"{mins} min ago"
    h = mins // 60
    return "1 hr ago" if h == 1 else f"{h} hrs ago"


def r_blox(S):  # Penticton Herald (TownNews BLOX) news listing, HTML; visible relative "3 hrs ago" inside <time datetime=...>, AFTER the summary
    z = S["zone"]; order_check(S, True); now = dt(S["now_t"], z)
    out = ["<!DOCTYPE html>", '<html lang="en-US"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | pentictonherald.ca</title>",
           '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
           ld_script({"@context": "http://schema.org", "@type": "WebSite", "name": "Penticton Herald", "url": "https://www.pentictonherald.ca/"}),
           "</head><body class=\"section-news\">",
           '<div id="site-top"><span class="weather">Penticton, BC &middot; 29&deg;C</span> <a href="/users/login/">Sign Up</a> <a href="/users/login/">Log In</a></div>',
           '<header><a class="logo" href="/">Penticton Herald</a><nav><a href="/news/">News</a> <a href="/sports/">Sports</a> <a href="/opinion/">Opinion</a> '
           '<a href="/arts_and_entertainment/">Arts &amp; Entertainment</a> <a href="/obituaries/">Obituaries</a> <a href="/classifieds/">Classifieds</a> <a href="/eedition/">E-Edition</a></nav></header>',
           f'<main><h1 class="block-title">{esc(S["title"])}</h1>', f'<p class="list-updated">Updated {t12(now, ":", " am", " pm")} &middot; {MONTHS[now.month - 1][:3]} {now.day}, {now.year}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = blox_rel(now, d); stamps.append(st)
        out.append(f'<article class="tnt-asset-type-article card-panel"><div class="card-headline"><h3 class="tnt-headline"><a href="/news/world/article_{1000 + i}.html">{esc(e["h"])}</a></h3></div>')
        out.append('<div class="card-lead">' + "".join(f'<p class="tnt-summary">{esc(p)}</p>' for p in e["p"]) + "</div>")
        out.append(f'<ul class="list-inline"><li class="card-byline"><span class="tnt-byline">By {esc(e["a"])}</span></li>'
                   f'<li class="card-date"><time datetime="{d.isoformat()}" class="tnt-date asset-date text-muted">{st}</time></li></ul></article>')
        if i == 2:
            out.append('<div class="tnt-ads">Advertisement</div>')
    out += ['<div class="pagination"><a href="?o=20">Next</a></div></main>',
            '<footer>&copy; Copyright 2022 Penticton Herald, 186 Nanaimo Ave W, Penticton, BC | <a href="/site/terms.html">Terms of Use</a> | <a href="/site/privacy.html">Privacy Policy</a> | Powered by BLOX Content Management System from TownNews.com.</footer>',
            "</body></html>"]
    return "\n".join(out) + "\n", stamps


def r_blackpress_rss(S):  # Cranbrook Daily Townsman (Black Press Media) RSS 2.0: pubDate in local -0600, body as HTML in description CDATA
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">', "<channel>",
           f"<title>{esc(S['title'])}</title>", f"<link>{S['url']}</link>", "<description>World news from the Cranbrook Daily Townsman and Black Press Media</description>",
           "<language>en-ca</language>", "<copyright>Copyright 2022 Black Press Media</copyright>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc(d); stamps.append(st)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{S['url']}{29877000 + i * 3}</link>",
                f'<guid isPermaLink="true">{S["url"]}{29877000 + i * 3}</guid>', f"<pubDate>{st}</pubDate>",
                f"<dc:creator>{esc(e['a'])}</dc:creator>",
                "<description><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></description>",
                f'<media:content url="https://www.cranbrooktownsman.com/wp-content/uploads/2022/07/{29877000 + i * 3}_web1.jpg" medium="image" />',
                "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


# ============================================================ Part B renderers (invented outlets)

def r_quillanmoor(S):  # text live, newest first; Key Points block; "Author · HH:MM" line BEFORE the headline; times BST per the date line
    z = S["zone"]; order_check(S, True)
    L = [S["source"].upper(), "News | Ukraine | World | Business | Culture | Newsletters", "", S["title"], S["dateline"], "", "Key Points"]
    L += ["- " + e["h"] for e in S["entries"] if e["kp"]]
    L += ["", "Latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        st = f"{e['a']} \u00b7 {dt(e['t'], z):%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""]
        for p in e["p"]:
            L += [p, ""]
        if i == 2:
            L += ["Sign up to the Quillanmoor Review's Ukraine briefing, sent every weekday morning", ""]
    L += ["Show older posts", "", f"{S['source']} \u00b7 Contact \u00b7 Privacy \u00b7 Cookie preferences"]
    return "\n".join(L) + "\n", stamps


def r_brindleshaw(S):  # HTML live, oldest first; LiveBlogPosting JSON-LD with per-update times and authors; visible <time> HH:MM; day divider; "— Name" after body
    z = S["zone"]; order_check(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "@id": f"{S['url']}#post-{i + 1}", "headline": e["h"], "datePublished": d.isoformat(),
                    "articleBody": "\n\n".join(e["p"]), "author": {"@type": "Person", "name": e["a"]}})
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
          "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "liveBlogUpdate": ups,
          "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}}
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | {S['source']}</title>", ld_script(ld), "</head><body>",
           f'<header><a href="/" class="brand">{S["source"]}</a><nav><a href="/war">War</a> <a href="/politics">Politics</a> <a href="/business">Business</a> <a href="/support">Support us</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="lead">{esc(S["lede"])}</p>', f'<p class="tz">{esc(S["tznote"])}</p>']
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); day = f"{DAYS[d.weekday()]}, {d.day} {MONTHS[d.month - 1]}"
        if day != cur:
            out.append(f'<div class="day-divider">{day}</div>'); cur = day
        st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="update" id="post-{i + 1}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append(f'<p class="signature">\u2014 {esc(e["a"])}</p><div class="share"><a>Share</a> <a>Copy link</a></div></article>')
    out += ["</main>", f"<footer>{S['source']} \u00b7 Editorial policy \u00b7 Privacy \u00b7 Contacts</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_worldrss(S):  # RSS 2.0 general world feed; pubDate 'GMT' or numeric offset; CDATA paragraphs; no authors
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0"><channel>', f"<title>{esc(S['title'])}</title>",
           f"<link>{S['url']}</link>", f"<description>{esc(S['lede'])}</description>", "<language>en</language>", f"<ttl>15</ttl>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if S["rfc"] == "GMT" else d.strftime("%z")); stamps.append(st)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{S['url']}/news/{i + 880}</link>", f'<guid isPermaLink="true">{S["url"]}/news/{i + 880}</guid>',
                f"<pubDate>{st}</pubDate>", f"<category>{e.get('cat', 'World')}</category>",
                "<description><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></description>", "</item>"]
    out += ["</channel></rss>"]
    return "\n".join(out) + "\n", stamps


def r_atom(S):  # Atom 1.0, newest first; <published> with the outlet's offset (or Z); content type html (escaped) or xhtml; optional per-entry author
    z = S["zone"]; order_check(S, True)
    fmt = (lambda d: d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")) if S.get("atom_z") else (lambda d: d.isoformat())
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f"<title>{esc(S['title'])}</title>",
           f"<subtitle>{esc(S['lede'])}</subtitle>", f'<link rel="alternate" href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/feed.atom"/>',
           f"<id>{S['url']}/feed.atom</id>", f"<updated>{fmt(dt(S['entries'][0]['t'], z))}</updated>", f"<author><name>{esc(S['source'])}</name></author>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = fmt(d); stamps.append(st)
        out += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link rel="alternate" href="{S["url"]}/a/{i + 4101}"/>', f"<id>tag:{S['url'][8:]},2022:{i + 4101}</id>",
                f"<published>{st}</published>", f"<updated>{st}</updated>"]
        if e["a"]:
            out.append(f"<author><name>{esc(e['a'])}</name></author>")
        if S.get("atom_content") == "xhtml":
            out.append('<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "</div></content>")
        else:
            out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</content>")
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


def r_gilvarrow(S):  # text article with section headings; one dateline "11 June 2022, 23:40 CEST"; one entry per section, stamp null
    L = [S["source"].upper(), "Europe \u203a Ukraine", "", S["title"], "", S["standfirst"], "", f"By {S['byline']}", S["dateline"],
         "Listen to this article \u00b7 4 min", "", S["lede"], ""]
    for e in S["entries"]:
        L += [e["h"], ""]
        for p in e["p"]:
            L += [p, ""]
    L += ["Related: " + S["more"], "", f"\u00a9 {S['source']}"]
    S["dateline_print"] = S["dateline"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_ferrowick(S):  # HTML live without JSON-LD, newest first; <span class="time">HH:MM</span> above h3; "By NAME" line under h3; one day
    z = S["zone"]; order_check(S, True)
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} \u2014 {S['source']}</title></head><body>",
           '<div class="cookie-bar">This site uses cookies. <button>OK</button> <a href="/cookies">Learn more</a></div>',
           f'<header><a class="logo" href="/">{S["source"]}</a> <nav><a>Live</a> <a>Ukraine</a> <a>Europe</a> <a>Opinion</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="date">{esc(S["dateline"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="live-post"><span class="time">{st}</span><h3>{esc(e["h"])}</h3>')
        if e["a"]:
            out.append(f'<p class="by">By {esc(e["a"])}</p>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append("</div>")
        if i == 2:
            out.append('<aside class="promo"><p>Get Ferrowick Wire alerts on Telegram</p></aside>')
    out += ['<p class="more"><a href="?page=2">Earlier posts</a></p></main>', f"<footer>{S['source']} \u00b7 About \u00b7 Privacy</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_eskmarden(S):  # text live, oldest first, NO YEAR anywhere; stamp trails the post: "Nadia Pryce, 8.15am"
    z = S["zone"]; order_check(S, False)
    L = ["Eskmarden Record", "Home  World  Ukraine  UK  Sport  Weather", "", S["title"], S["dateline"], S["tznote"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        st = f"{e['a']}, {t12(dt(e['t'], z))}"; stamps.append(st)
        L += [e["h"], ""]
        for p in e["p"]:
            L += [p, ""]
        L += [st, "", "Share  |  Copy link", ""]
        if i == 3:
            L += ["Advertisement", ""]
    L += ["That's all for today", "", "Eskmarden Record \u00b7 Help \u00b7 Terms \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_corrowby(S):  # HTML article with h2 sections; JSON-LD NewsArticle; visible dateline "12/06/2022 21:30 CEST" (day first)
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": d0.isoformat(), "dateModified": d0.isoformat(),
          "author": {"@type": "Person", "name": S["byline"]}, "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}, "articleSection": "Europe"}
    line = f"{d0:%d/%m/%Y %H:%M} CEST"; S["dateline_print"] = line
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | {S['source']}</title>", ld_script(ld), "</head><body>",
           f'<header><a href="/" class="logo">{S["source"]}</a> <nav><a>Spain</a> <a>Europe</a> <a>World</a> <a>Economy</a> <a>Opinion</a></nav></header>',
           '<main><article>', f"<h1>{esc(S['title'])}</h1>", f'<h2 class="subtitle">{esc(S["standfirst"])}</h2>',
           f'<p class="meta"><span class="author">{esc(S["byline"])}</span> <span class="place">Madrid</span> <time datetime="{d0.isoformat()}">{line}</time></p>',
           f"<p>{esc(S['lede'])}</p>"]
    for e in S["entries"]:
        out.append(f"<h2>{esc(e['h'])}</h2>")
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
    out += ['<section class="more"><h3>More on this topic</h3><a href="/x/1">The battle for the Donbas, in maps</a></section>', "</article></main>",
            f"<footer>\u00a9 {S['source']} 2022 \u00b7 Legal notice \u00b7 Cookies</footer></body></html>"]
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_mossbarrow(S):  # text live, oldest first; bare "09:30" line, headline, "by NAME" line, body; date line gives the year
    z = S["zone"]; order_check(S, False)
    L = ["MOSSBARROW LIVE", "Front page / Ukraine / Live", "", S["title"], S["dateline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        st = f"{dt(e['t'], z):%H:%M}"; stamps.append(st)
        L += [st, e["h"]]
        if e["a"]:
            L.append(f"by {e['a']}")
        L.append("")
        for p in e["p"]:
            L += [p, ""]
        if i == 2:
            L += ["Support Mossbarrow Live's reporting from Ukraine", ""]
    L += ["Live coverage continues tomorrow", "", "Mossbarrow Live \u00b7 Team \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_nethercleave(S):  # HTML live, newest first; JSON-LD LiveBlogPosting whose updates all carry the PAGE's datePublished; visible "22.30 BST" in <time datetime=...Z>
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ups = [{"@type": "BlogPosting", "@id": f"{S['url']}?page=with:block-{9000 + i}#block-{9000 + i}", "headline": S["title"],
            "datePublished": first.isoformat(), "dateModified": last.isoformat(), "articleBody": " ".join(e["p"])[:1000]} for i, e in enumerate(S["entries"]) if e["p"]]
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
          "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "coverageEndTime": last.isoformat(),
          "author": [{"@type": "Person", "name": n} for n in S["authors"]], "liveBlogUpdate": ups}
    out = ["<!DOCTYPE html>", '<html lang="en-GB"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | {S['source']}</title>", ld_script(ld), "</head><body>",
           f'<header><a href="/" class="logo">{S["source"]}</a><nav><a>News</a> <a>Opinion</a> <a>Sport</a> <a>Culture</a> <a>Lifestyle</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', '<div class="standfirst"><ul>' + "".join(f"<li>{esc(x)}</li>" for x in S["standfirst"]) + "</ul></div>",
           f'<p class="byline">{esc(S["byline"])}</p>', f'<p class="updated">{esc(S["updated"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); u = d.astimezone(UTC)
        st = f"{d:%H.%M} BST"; stamps.append(st)
        out.append(f'<div class="block" id="block-{9000 + i}"><p class="block-time"><time datetime="{u:%Y-%m-%dT%H:%M:%S}.000Z">{st}</time></p>')
        if e["a"]:
            out.append(f'<p class="block-byline">{esc(e["a"])}</p>')
        out.append(f"<h2>{esc(e['h'])}</h2>")
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append('<div class="block-share"><a>Share</a></div></div>')
    out += ['<p class="older"><a href="?page=2">Older posts</a></p></main>', f"<footer>\u00a9 2022 {S['source']} \u00b7 Privacy policy \u00b7 Terms</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_oxenholt(S):  # RSS 2.0 war-desk feed; pubDate with -0400; dc:creator per item; description CDATA HTML
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>',
           f"<title>{esc(S['title'])}</title>", f"<link>{S['url']}</link>", f"<description>{esc(S['lede'])}</description>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc(d); stamps.append(st)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{S['url']}/story/{i + 2207}</link>", f"<guid>{S['url']}/story/{i + 2207}</guid>",
                f"<pubDate>{st}</pubDate>", f"<dc:creator>{esc(e['a'])}</dc:creator>",
                "<description><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></description>", "</item>"]
    out.append("</channel></rss>")
    return "\n".join(out) + "\n", stamps


def r_pellingrave(S):  # text article with sections; dateline "Updated 25.04.2022 at 22:50 CEST"; entries = sections, stamp null
    L = [S["source"], "International \u00b7 Europe \u00b7 Ukraine", "", S["title"], S["standfirst"], "", S["byline"], S["dateline"], "", S["lede"], ""]
    for e in S["entries"]:
        L += [e["h"], ""]
        for p in e["p"]:
            L += [p, ""]
    L += ["Read also: " + S["more"], "", f"{S['source']} \u00b7 Subscribe \u00b7 Legal"]
    S["dateline_print"] = S["dateline"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


# ============================================================ PART A: one page per real outlet (layout imitated, own words)
SEEDS = []

SEEDS.append(dict(id="7500", name="7500_centralianadvocate-live", ext="txt", source="Centralian Advocate", zone="Australia/Darwin", render=r_newscorp,
  title="Ukraine-Russia war live: Russia launches long-feared Donbas offensive",
  standfirst="Kyiv says Moscow has opened a new assault along hundreds of kilometres of front line in the country's east. Follow our live coverage.",
  byline="Madeleine Carr", published_line="April 19, 2022 - 10:02AM", updated_line="Updated April 20, 2022 - 1:52AM", comments="4 comments",
  notes="Imitates a News Corp Australia live-coverage page on the Centralian Advocate (Alice Springs) site, copied as plain text with no blank lines. "
        "Newest first. Each post: a time line like '1.50am' (no date, no zone), an optional headline, then paragraphs; two posts (7500-02, 7500-06) have no headline. "
        "The header gives the first-published line 'April 19, 2022 - 10:02AM' and 'Updated April 20, 2022 - 1:52AM'. No zone is printed: Alice Springs time (ACST, UTC+09:30, "
        "no daylight saving) is implied by the outlet. The page crosses local midnight: the top two posts ('1.50am', '12.35am') are on 20 April local, the rest on 19 April; "
        "all eight are on 19 April UTC. One page byline (Madeleine Carr), no per-post credits: every entry's author is the page byline.",
  not_entries=["skip links, masthead, 'Subscribe'/'Sign in', section menu and 'Search'", "section label 'World'", "page title and standfirst (page lede)",
               "byline, 'April 19, 2022 - 10:02AM', 'News Corp Australia Network', 'Updated April 20, 2022 - 1:52AM', '4 comments', 'Share', 'Gift this article'",
               "'Read related topics:Russia Ukraine War' (twice)", "'Advertisement' (twice, between posts)", "'Load more updates'",
               "'More related stories' with two related links and 'Read More'", "'Comments', 'Join the conversation' and the footer lines"],
  entries=[
  E("2022-04-20 01:50", "Canada to ship heavy artillery to Kyiv, Trudeau says",
    ["Canada will send heavy artillery to Ukraine, Prime Minister Justin Trudeau has announced, adding his government to the list of allies widening the range of weapons they supply.",
     "Mr Trudeau did not say how many guns would go or when they would arrive, telling reporters that Defence Minister Anita Anand would set out the details.",
     "He spoke shortly after a video call of Western leaders hosted by the White House."],
    "aid", "aid", 3, "canada-heavy-artillery-2022-04-19", a="Madeleine Carr"),
  E("2022-04-20 00:35", None,
    ["US President Joe Biden has held a video call with allied leaders to line up further military and economic help for Ukraine, the White House says.",
     "Leaders from Britain, Canada, France, Germany, Italy, Japan, Poland and Romania took part, along with the heads of NATO and the European Union, according to a readout."],
    "diplomacy", "diplomacy", 3, "biden-allies-video-call-2022-04-19", a="Madeleine Carr", sec=["aid"],
    n="Post without a headline; head-of-state coordination call."),
  E("2022-04-19 23:40", "Russian troops take Kreminna, says Luhansk governor",
    ["Russian forces have captured the town of Kreminna in the Luhansk region after fighting in its streets, regional governor Serhiy Haidai said.",
     "He said Ukrainian defenders had pulled back to new positions and that evacuating the people still in the town had become impossible."],
    "other", "frontline", 3, "kreminna-captured-2022-04-19", a="Madeleine Carr", n="First town lost in the new offensive: a big frontline shift."),
  E("2022-04-19 21:15", "Lavrov says 'next stage' of operation is under way",
    ["Russian Foreign Minister Sergei Lavrov says a new phase of what Moscow calls its special military operation has begun in eastern Ukraine.",
     "In an interview with an Indian broadcaster, he said the goal was to take full control of the Donetsk and Luhansk regions, and he played down talk of a ceasefire."],
    "other", "frontline", 3, "russia-donbas-offensive-begins-2022-04-18", a="Madeleine Carr", sec=["diplomacy"],
    n="Russian confirmation of the offensive announced by Zelensky (7500-08): same event, same story."),
  E("2022-04-19 18:30", "Mariupol defenders ignore fresh surrender deadline",
    ["Ukrainian fighters dug in at the Azovstal steelworks in Mariupol let another Russian deadline to lay down their weapons pass on Tuesday, officials in Kyiv said.",
     "Russia's Defence Ministry had promised that anyone who surrendered would be spared and treated according to the laws of war."],
    "other", "frontline", 2, "mariupol-azovstal-ultimatum-2022-04-19", a="Madeleine Carr"),
  E("2022-04-19 13:20", None,
    ["The death toll from Monday's missile attack on Lviv has risen to seven, Lviv regional governor Maksym Kozytskyi says, making it the deadliest strike on the western city since the invasion began.",
     "He said four missiles struck three military sites and a tyre-fitting business, and that eleven people were being treated in hospital.",
     "The city, about 70 kilometres from the Polish border, had become a refuge for hundreds of thousands of people fleeing fighting elsewhere in the country."],
    "strikes", "strikes", 3, "lviv-missile-strikes-2022-04-18", a="Madeleine Carr", n="Post without a headline."),
  E("2022-04-19 12:10", "Alice Springs families raise funds for Lviv children's hospital",
    ["A small group of Ukrainian-born residents in Alice Springs has raised more than $8000 for medical supplies at a children's hospital in Lviv, selling cakes and embroidered towels at the Todd Mall markets.",
     "Organiser Oksana Petrenko, who moved to the Territory in 2009, said the money would be sent through a church charity in Melbourne."],
    "aid", "aid", 2, "alice-springs-fundraiser-lviv-hospital", a="Madeleine Carr", n="Local angle; money sent to Ukraine counts as aid (see Conventions)."),
  E("2022-04-19 10:05", "Zelensky: 'The battle for the Donbas has begun'",
    ["President Volodymyr Zelensky says Russian forces have begun the offensive in eastern Ukraine that Kyiv has been bracing for since the withdrawal from around the capital.",
     "\"However many Russian soldiers they send there, we will fight,\" he said in a late-night video address, adding that a large part of the Russian army was now concentrated on the assault."],
    "other", "frontline", 3, "russia-donbas-offensive-begins-2022-04-18", a="Madeleine Carr"),
  ]))

SEEDS.append(dict(id="7501", name="7501_portlincolntimes-article", ext="html", source="Port Lincoln Times", zone="Australia/Adelaide", render=r_acm_article,
  url="https://www.portlincolntimes.com.au/story/7655120/missiles-hit-ukrainian-base-near-polish-border/",
  title="Missiles hit Ukrainian base near Polish border",
  standfirst="Dozens are reported dead after Russian cruise missiles struck a training ground in western Ukraine, bringing the war within a short drive of NATO territory.",
  byline="Australian Associated Press", dateline_t="2022-03-13 21:40",
  caption="Smoke rises over the training ground at Yavoriv. Picture: Getty Images",
  lede="Russia has pushed its air war to the edge of NATO's eastern flank, pounding a military training area in western Ukraine as fighting continued around Kyiv and in the besieged south.",
  notes="Imitates an Australian Community Media (ACM) wire article on the Port Lincoln Times site, HTML with NewsArticle JSON-LD. One dated stamp line 'March 13 2022 - 9:40pm' "
        "(ACM form: no comma, no zone); Port Lincoln time (South Australia, ACDT = UTC+10:30 in March) is implied by the outlet. The article has an intro paragraph, then five "
        "crossheads (h2); each crosshead section is one entry (headline = crosshead, stamp null, published = the article's stamp, author = the byline 'Australian Associated Press'). "
        "The intro paragraph before the first crosshead is the lede (not an entry).",
  not_entries=["masthead, Subscribe/Log in buttons and section menu", "'Subscribe now for unlimited access.' paywall note", "kicker 'World'", "h1 title and standfirst",
               "byline and the dated stamp line", "share links", "photo caption 'Smoke rises over the training ground at Yavoriv. Picture: Getty Images'",
               "intro paragraph before the first crosshead (lede)", "'Advertisement' slot", "closing credit 'AAP'", "'Latest News' aside with two local links",
               "newsletter box", "footer"],
  entries=[
  E(None, "Strike near the border",
    ["More than 30 Russian cruise missiles were fired at the International Centre for Peacekeeping and Security at Yavoriv before dawn on Sunday, Ukrainian officials said.",
     "Lviv regional governor Maksym Kozytskyi put the death toll at 35 and said 134 people were being treated in hospital.",
     "The base, about 25 kilometres from the Polish border, hosted NATO instructors before the invasion; Moscow said it had killed up to 180 'foreign mercenaries' there, a claim that could not be checked."],
    "strikes", "strikes", 3, "yavoriv-base-strike-2022-03-13", a="Australian Associated Press"),
  E(None, "US filmmaker shot dead",
    ["American documentary maker Brent Renaud was killed in Irpin, on Kyiv's north-western outskirts, when the car he was travelling in came under fire, Kyiv regional police said.",
     "A second journalist in the vehicle was wounded and taken to hospital in the capital."],
    "other", "humanitarian", 2, "journalist-brent-renaud-killed-irpin", a="Australian Associated Press"),
  E(None, "Talks to continue",
    ["Ukrainian negotiator Mykhailo Podolyak said the two delegations would speak again by video on Monday, and that Moscow's side had become more willing to discuss substance rather than only issue demands.",
     "A Russian delegate, Leonid Slutsky, told state media he expected progress that could soon produce joint documents."],
    "diplomacy", "diplomacy", 2, "russia-ukraine-talks-resume-video-2022-03-14", a="Australian Associated Press"),
  E(None, "Mariupol still cut off",
    ["A convoy carrying food and medicine to Mariupol remained stuck at Russian checkpoints outside Berdyansk, Ukrainian officials said, as the city entered its second week without power or running water.",
     "City authorities said more than 2000 residents had been killed since the siege began, a figure that could not be independently confirmed."],
    "other", "humanitarian", 2, "mariupol-aid-convoy-blocked-2022-03-13", a="Australian Associated Press"),
  E(None, "Australia adds to support",
    ["Prime Minister Scott Morrison said Australia would send a further $21 million in humanitarian assistance, on top of defensive equipment already flown to Europe for Ukraine's forces.",
     "Canberra also imposed travel bans and financial sanctions on a further 33 Russian individuals, Foreign Minister Marise Payne said."],
    "aid", "aid", 2, "australia-humanitarian-aid-sanctions-2022-03-13", a="Australian Associated Press", sec=["diplomacy"], n="Amounts invented."),
  ]))

SEEDS.append(dict(id="7502", name="7502_whyallanews-topic", ext="txt", source="Whyalla News", zone="Australia/Adelaide", render=r_acm_topic,
  title="Russia-Ukraine conflict", standfirst="The latest news on Russia's invasion of Ukraine from our reporters and Australian and international wire services.",
  notes="Imitates an ACM topic page on the Whyalla News site, copied as plain text. Newest first. Each card: headline, one standfirst paragraph (the entry's body), "
        "a byline line (agency or reporter), then the dated stamp 'March 26 2022 - 8:50am' AFTER the body. No zone printed: South Australian time (ACDT, UTC+10:30) is implied. "
        "The cards cross local midnight (two on 26 March local, four on 25 March local); all six are on 25 March UTC.",
  not_entries=["'Skip to content', masthead, Subscribe/Log in and section menu", "cookie notice", "'Topics' label, topic title and its description line",
               "'Advertisement'", "'Load more'", "'Most Popular' with two local links", "newsletter box", "footer line"],
  entries=[
  E("2022-03-26 08:50", "Biden meets US paratroopers near Ukraine border",
    ["US President Joe Biden has visited soldiers from the 82nd Airborne Division in Rzeszow, south-eastern Poland, about an hour's drive from the Ukrainian frontier."],
    "diplomacy", "diplomacy", 3, "biden-poland-visit-2022-03-25", a="Australian Associated Press", n="Head-of-state visit."),
  E("2022-03-26 01:15", "Russia says first phase of war 'mainly accomplished'",
    ["A senior Russian commander says the main objectives of the first stage of the operation have been met and forces will now concentrate on the 'complete liberation' of the Donbas."],
    "other", "frontline", 3, "russia-first-phase-complete-2022-03-25", a="Reuters"),
  E("2022-03-25 22:05", "About 300 feared dead in Mariupol theatre bombing",
    ["Officials in the besieged port of Mariupol say they believe about 300 people were killed when a Russian air strike destroyed the drama theatre where civilians were sheltering last week."],
    "strikes", "strikes", 3, "mariupol-theatre-strike-toll", a="Australian Associated Press"),
  E("2022-03-25 19:30", "Missiles hit airfield in north-western city of Lutsk",
    ["Four Russian missiles struck a military airfield in Lutsk, setting a fuel store alight and wounding several people, the regional governor said."],
    "strikes", "strikes", 2, "lutsk-airfield-strike-2022-03-25", a="Reuters"),
  E("2022-03-25 14:10", "Whyalla couple makes room for family fleeing Kharkiv",
    ["A Whyalla Norrie couple is getting a spare bedroom ready for two cousins and their children who escaped the shelling of Kharkiv and are waiting for Australian visas in Poland."],
    "other", "humanitarian", 2, "whyalla-family-hosts-ukrainian-relatives", a="Jess Pardoe", n="Local angle (refugees hosted at home: humanitarian)."),
  E("2022-03-25 11:00", "EU and US strike deal to cut reliance on Russian gas",
    ["The United States will ship at least 15 billion extra cubic metres of liquefied natural gas to Europe this year under a deal aimed at weaning the bloc off Russian energy."],
    "diplomacy", "diplomacy", 2, "us-eu-lng-deal-2022-03-25", a="Reuters", n="Energy deal framed as reducing dependence on Russia: diplomacy (sanctions/alliance politics)."),
  ]))

SEEDS.append(dict(id="7503", name="7503_theadvocate-timeline", ext="html", source="The Advocate", zone="Australia/Hobart", render=r_acm_timeline,
  url="https://www.theadvocate.com.au/story/7693310/ukraine-war-how-sunday-unfolded/",
  title="Ukraine war: how Sunday unfolded", standfirst="Russia is massing forces in the east as Ukraine urges its allies to hurry. Here is how the day developed.",
  byline="Australian Associated Press", first_t="2022-04-10 10:05", updated_t="2022-04-10 20:15", note="All times AEST.",
  notes="Imitates an ACM timeline article on The Advocate (Burnie-Devonport, Tasmania) site, HTML with NewsArticle JSON-LD. Oldest first. Entries have NO headlines: each is a "
        "paragraph opening with a bold stamp '<strong>10.20am:</strong>'; a following paragraph without a stamp (7503-02, 7503-05) continues the same entry. The stamp is not part of "
        "first_sentence. The page prints 'Updated April 10 2022 - 8:15pm, first published 10:05am' and 'All times AEST.' (Hobart, UTC+10 after daylight saving ended on 3 April). "
        "One page byline 'Australian Associated Press' = every entry's author.",
  not_entries=["masthead, buttons and section menu", "kicker 'World'", "title and standfirst", "byline", "'Updated April 10 2022 - 8:15pm, first published 10:05am'",
               "share links", "'All times AEST.' note", "'Advertisement' slot", "closing credit 'AAP'", "'More from World' related link", "newsletter box", "footer"],
  entries=[
  E("2022-04-10 10:20", None,
    ["President Volodymyr Zelensky has urged Western governments to speed up deliveries of heavier weapons, warning that the coming fight in the east will be harder than anything Ukraine has faced so far."],
    "aid", "aid", 2, "zelensky-heavy-weapons-appeal-2022-04-10", a="Australian Associated Press", n="Appeal for weapons: aid."),
  E("2022-04-10 11:45", None,
    ["Regional authorities in Dnipropetrovsk say a second Russian strike has levelled what was left of Dnipro's airport and damaged nearby buildings.",
     "Governor Valentyn Reznichenko said the number of casualties was still being established."],
    "strikes", "strikes", 2, "dnipro-airport-strike-2022-04-10", a="Australian Associated Press"),
  E("2022-04-10 13:05", None,
    ["Austria's Chancellor Karl Nehammer will travel to Moscow on Monday to meet Vladimir Putin, his office says, becoming the first European Union leader to see the Russian president in person since the invasion."],
    "diplomacy", "diplomacy", 3, "nehammer-moscow-visit-2022-04-11", a="Australian Associated Press"),
  E("2022-04-10 15:30", None,
    ["Western officials say Russia has put General Alexander Dvornikov, who led its forces in Syria, in overall command of the campaign in Ukraine."],
    "other", "politics", 2, "dvornikov-appointed-commander", a="Australian Associated Press", sec=[], n="Appointment (LABELS: politics)."),
  E("2022-04-10 17:10", None,
    ["Britain's Prime Minister Boris Johnson, who walked through central Kyiv with Mr Zelensky on Saturday, has promised armoured vehicles and anti-ship missile systems.",
     "He said the aid was meant to help Ukraine defend itself against the renewed offensive expected in the Donbas."],
    "aid", "aid", 3, "uk-armoured-vehicles-pledge-2022-04-09", a="Australian Associated Press"),
  E("2022-04-10 18:40", None,
    ["The number of people killed in Friday's missile strike on the railway station in Kramatorsk has climbed to 57, regional officials say, with more than 100 wounded."],
    "strikes", "strikes", 3, "kramatorsk-station-strike-2022-04-08", a="Australian Associated Press"),
  E("2022-04-10 19:55", None,
    ["Kyiv Mayor Vitali Klitschko has urged residents who left the capital to stay away a while longer, saying Russian missiles could still reach the city."],
    "other", "humanitarian", 2, "klitschko-urges-residents-stay-away", a="Australian Associated Press"),
  ]))

SEEDS.append(dict(id="7504", name="7504_horowhenuachronicle-live", ext="txt", source="Horowhenua Chronicle", zone="Pacific/Auckland", render=r_nzh_live,
  parse_args=["--date", "2022-05-12"],
  title="Russia-Ukraine war live: Finland's leaders back Nato membership bid", dateline="Thursday 12 May",
  standfirst="Follow the day's developments from Ukraine and Europe, with updates from our wire partners and the Horowhenua newsroom.",
  notes="Imitates a live page on the NZ Herald platform carrying the Horowhenua Chronicle brand, copied as plain text. Oldest first. The page prints NO YEAR anywhere (date line "
        "'Thursday 12 May', footer without a year), hence parse_args --date 2022-05-12 (the printed local day). Each post: headline, THEN the time line ('12.40pm'), body paragraphs, "
        "and a credit line ('- Reuters', '- AP', '- Ana Ropata') that is the post's author. No zone printed: New Zealand time (NZST, UTC+12 in May) is implied; every post is on 12 May "
        "local and 12 May UTC.",
  not_entries=["skip link, NZ Herald/Horowhenua Chronicle mastheads, Subscribe/Sign in, section menu", "section label 'World', page title, date line 'Thursday 12 May'",
               "standfirst (page lede)", "'Share this article' and share labels", "'Latest updates' label", "credit lines '- Reuters' / '- AP' / '- Ana Ropata' (authors, not body)",
               "'Advertisement' / 'Advertise with NZME.'", "'Latest from World' with two links", "footer lines"],
  entries=[
  E("2022-05-12 12:40", "Ukrainian forces push Russians back from villages near Kharkiv",
    ["Ukraine's military says its troops have retaken several villages north and east of Kharkiv, easing the pressure on the country's second-largest city.",
     "Russian forces were pulling back towards the border and blowing up bridges behind them, officials said."],
    "other", "frontline", 2, "kharkiv-counteroffensive-villages-2022-05-12", a="Reuters"),
  E("2022-05-12 14:30", "First Russian soldier to face war crimes trial in Kyiv",
    ["Ukrainian prosecutors say a 21-year-old Russian sergeant accused of shooting dead an unarmed civilian in the Sumy region will be the first soldier tried for a war crime since the invasion."],
    "other", "humanitarian", 2, "first-war-crimes-trial-russian-soldier", a="AP"),
  E("2022-05-12 17:45", "Levin concert to raise money for Ukrainian medics",
    ["Horowhenua's small Ukrainian community is organising a concert at a Levin church hall next month to buy trauma kits for volunteer medics near the front line.",
     "Organiser Halyna Morgan, who has lived in the district for 11 years, said local choirs and a kapa haka group had offered to perform."],
    "aid", "aid", 2, "levin-concert-ukrainian-medics", a="Ana Ropata", n="Local angle; goods for Ukraine count as aid (see Conventions)."),
  E("2022-05-12 19:25", "Finland's leaders say country must apply to join Nato 'without delay'",
    ["Finnish President Sauli Niinistö and Prime Minister Sanna Marin have said Finland should apply for Nato membership, ending decades of military non-alignment.",
     "In a joint statement they said membership would strengthen Finland's security and the alliance as a whole, and that the remaining steps would be taken in the coming days."],
    "diplomacy", "diplomacy", 3, "finland-leaders-back-nato-bid-2022-05-12", a="Reuters"),
  E("2022-05-12 21:05", "Kremlin calls Finnish move a threat",
    ["Kremlin spokesman Dmitry Peskov said Finland joining Nato would 'definitely' threaten Russia, and that Moscow's response would depend on how far the alliance moved its infrastructure towards the border."],
    "diplomacy", "diplomacy", 3, "finland-leaders-back-nato-bid-2022-05-12", a="AP", n="Reaction whose content is the Finnish announcement: same story."),
  E("2022-05-12 23:10", "G7 foreign ministers gather on German Baltic coast",
    ["Foreign ministers of the Group of Seven are meeting at a resort on Germany's Baltic coast, with the war and its effect on global food supplies at the top of the agenda.",
     "Ukraine's Dmytro Kuleba and Moldova's Nicu Popescu have been invited to join some sessions."],
    "diplomacy", "diplomacy", 3, "g7-foreign-ministers-baltic-meeting-2022-05-12", a="Reuters", n="Ministerial meeting."),
  ]))

SEEDS.append(dict(id="7505", name="7505_fortmcmurraytoday-live", ext="txt", source="Fort McMurray Today", zone="America/Toronto", render=r_postmedia_live,
  title="Ukraine-Russia war live updates: EU proposes phasing out Russian oil",
  standfirst="Brussels wants member states to stop buying Russian crude within six months. Follow the day's developments here.",
  byline="Postmedia News", pubdate="May 04, 2022", note="All times Eastern.",
  notes="Imitates a Postmedia network live-updates page as carried by Fort McMurray Today, copied as plain text. Newest first. Each post is one line 'TIME: headline' "
        "('7:55 p.m.: Ottawa adds ...'), then paragraphs. Postmedia's 'Article content' chrome line appears between paragraphs (after every second paragraph, also inside posts) "
        "and is not body text. The page says 'All times Eastern.' (EDT, UTC-4) although the outlet is in Alberta (Mountain time): page_timezone is America/Toronto. Date from "
        "'Publishing date: May 04, 2022'. A 'Key points' block lists the headlines of 7505-03 and 7505-05 (key_point true). One page author 'Postmedia News'.",
  not_entries=["skip link, masthead, Subscribe/Sign In, 'Advertisement', section menu", "section label, title and standfirst", "'Author of the article:' / 'Postmedia News'",
               "'Publishing date:' / 'May 04, 2022'", "'Join the conversation'", "'Article content' lines (chrome, between paragraphs)", "'All times Eastern.'",
               "'Key points' block (lists two post headlines; not entries itself)",
               "'This advertisement has not loaded yet, but your article continues below.'", "'Share this Story : ...'", "'Report an error', 'Journalistic Standards', 'About Postmedia'",
               "'Trending', 'Comments' and the comment-policy line", "footer"],
  entries=[
  E("2022-05-04 19:55", "Ottawa adds 29 Russian officials to sanctions list",
    ["Foreign Affairs Minister Mélanie Joly says Canada is imposing sanctions on 29 more people, including senior figures in Russia's defence establishment.",
     "The government says it has now targeted more than 1,000 individuals and entities in Russia, Belarus and Ukraine's occupied regions since 2014."],
    "diplomacy", "diplomacy", 2, "canada-sanctions-29-russians-2022-05-04", a="Postmedia News", n="Numbers invented."),
  E("2022-05-04 16:20", "Russian missiles target rail lines in western and central Ukraine",
    ["Russian forces fired cruise missiles at railway substations and other infrastructure in several regions, Ukraine's railway operator said, disrupting dozens of trains.",
     "Moscow said it was trying to stop Western weapons reaching the front by rail."],
    "strikes", "strikes", 2, "rail-infrastructure-strikes-2022-05-04", a="Postmedia News"),
  E("2022-05-04 13:05", "Fighting inside Azovstal plant, Ukrainian commander says",
    ["A commander of Ukrainian forces in Mariupol says Russian troops have broken into the grounds of the Azovstal steelworks and heavy fighting is under way.",
     "He said contact with units in parts of the plant had been lost and civilians were still sheltering underground."],
    "other", "frontline", 3, "azovstal-assault-2022-05-04", a="Postmedia News", kp=True),
  E("2022-05-04 11:30", "Germany weighs more howitzers as training plans firm up",
    ["Germany is considering sending more self-propelled howitzers to Ukraine alongside the guns the Netherlands has offered, German officials said, with Ukrainian crews to be trained in Germany."],
    "aid", "aid", 2, "germany-howitzer-training-plans-2022-05-04", a="Postmedia News", n="Details invented."),
  E("2022-05-04 08:50", "EU proposes ban on Russian oil imports",
    ["European Commission President Ursula von der Leyen has proposed that the European Union phase out imports of Russian crude within six months and refined products by the end of the year.",
     "The plan, part of a sixth package of sanctions, needs the backing of all 27 member states, and Hungary and Slovakia have already asked for exemptions.",
     "She also proposed cutting Sberbank, Russia's largest lender, off the SWIFT messaging system."],
    "diplomacy", "diplomacy", 3, "eu-russian-oil-embargo-proposal-2022-05-04", a="Postmedia News", kp=True),
  E("2022-05-04 07:40", "Ten killed at coke plant in Avdiivka, governor says",
    ["Russian shelling killed 10 people at a coking plant in the Donetsk region town of Avdiivka on Tuesday, regional governor Pavlo Kyrylenko said.",
     "He said the workers had just finished their shift and were waiting for a bus."],
    "strikes", "strikes", 3, "avdiivka-coke-plant-shelling-2022-05-03", a="Postmedia News"),
  ]))

SEEDS.append(dict(id="7506", name="7506_brandonsun-world", ext="html", source="Brandon Sun", zone="America/Winnipeg", render=r_brandonsun,
  url="https://www.brandonsun.com/world/", title="World",
  notes="Imitates the Brandon Sun (Winnipeg Free Press platform) World listing, HTML. Newest first. Each item: h2 headline link, 'By: AGENCY' line, then the stamp "
        "'Posted: 6:40 PM CDT Thursday, May. 19, 2022' AFTER the headline, then one or two paragraphs, 'Read more | N Comments'. The first item also carries "
        "'Last Modified: 8:05 PM CDT Thursday, May. 19, 2022' (= 01:05 UTC on 20 May): published is the Posted time, not the modification. Zone printed as CDT (UTC-5). "
        "Authors are the printed bylines ('The Associated Press', 'The Canadian Press', a staff reporter). 7506-07 (Sri Lanka default) is off-beat.",
  not_entries=["top bar (Subscribe, Log In, E-Edition), logo and section menu", "section heading 'World'", "'By: ...' lines (authors)", "'Last Modified: ...' line on the first item",
               "'Read more | N Comments' under every item", "'Advertisement'", "'Next page'", "'Most Popular' aside", "footer"],
  entries=[
  E("2022-05-19 18:40", "U.S. Senate approves $40-billion aid package for Ukraine",
    ["The U.S. Senate has overwhelmingly approved nearly $40 billion in military, economic and humanitarian aid for Ukraine, sending the package to President Joe Biden's desk.",
     "The bill passed 86-11, with all the votes against coming from Republicans."],
    "aid", "aid", 3, "us-senate-40bn-ukraine-aid-2022-05-19", a="The Associated Press", mod="2022-05-19 20:05",
    fs="The U.S. Senate has overwhelmingly approved nearly $40 billion in military, economic and humanitarian aid for Ukraine, sending the package to President Joe Biden's desk."),
  E("2022-05-19 15:55", "G7 finance ministers pledge to keep Kyiv's government running",
    ["Finance ministers from the Group of Seven countries, meeting in Bonn, said they would make sure Ukraine's government could keep paying salaries and pensions while the war continues.",
     "Canada's Chrystia Freeland said Ottawa was ready to do more but gave no new figure."],
    "aid", "aid", 2, "g7-finance-ministers-bonn-2022-05-19", a="The Canadian Press"),
  E("2022-05-19 13:10", "Red Cross registers hundreds of Azovstal fighters as prisoners of war",
    ["The International Committee of the Red Cross says it has registered hundreds of Ukrainian fighters who left the Azovstal steelworks in Mariupol as prisoners of war since Tuesday.",
     "The organization said it was not transporting the prisoners to the places where they are being held."],
    "other", "humanitarian", 2, "icrc-registers-azovstal-pows-2022-05-19", a="The Associated Press"),
  E("2022-05-19 11:25", "Russian soldier asks widow's forgiveness at Kyiv war crimes trial",
    ["A Russian tank commander on trial in Kyiv for killing an unarmed civilian told the court he was sorry and asked the man's widow to forgive him."],
    "other", "humanitarian", 2, "first-war-crimes-trial-russian-soldier", a="The Associated Press"),
  E("2022-05-19 09:45", "Brandon church collects furniture for arriving Ukrainian families",
    ["Volunteers at a Brandon church have filled a storage unit with beds, dishes and winter clothing for Ukrainian families expected to arrive in Westman over the summer.",
     "About a dozen households have already settled in the city under the federal emergency travel program, organizers say."],
    "other", "humanitarian", 2, "brandon-church-furniture-ukrainian-families", a="Erin Dufresne", n="Local angle (refugees settling in Canada: humanitarian)."),
  E("2022-05-19 08:05", "Shelling kills 12 in Sievierodonetsk, governor says",
    ["Russian shelling killed 12 people and wounded more than 40 in the eastern city of Sievierodonetsk, the governor of the Luhansk region said Thursday."],
    "strikes", "strikes", 3, "sievierodonetsk-shelling-2022-05-19", a="The Associated Press"),
  OFF("2022-05-19 07:15", "Sri Lanka misses debt payment, slides into first default",
      ["Sri Lanka has defaulted on its foreign debt for the first time after a grace period on missed interest payments ended, its central bank governor said."],
      "sri-lanka-debt-default-2022-05-19", a="The Associated Press", n="Sri Lankan debt crisis."),
  ]))

SEEDS.append(dict(id="7507", name="7507_standardfreeholder-feed", ext="xml", source="Cornwall Standard-Freeholder", zone="America/Toronto", render=r_postmedia_rss,
  url="https://www.standard-freeholder.com/category/news/world/", title="World | Cornwall Standard-Freeholder",
  notes="Imitates the Postmedia WordPress RSS 2.0 feed of the Cornwall Standard-Freeholder's World category. Newest first. pubDate in '+0000' (UTC); published_local uses "
        "the outlet's home zone (Cornwall, Ontario: EDT, UTC-4). Each item's <description> holds the article DECK (a standalone subheadline, not the first paragraph); the body is in "
        "content:encoded, so first_sentence and body_paragraphs come from content:encoded. dc:creator is the author. 7507-04 (Ontario election) is off-beat.",
  not_entries=["channel title, links, description, lastBuildDate, language, sy:update* and generator", "each item's <description> deck (subheadline, not body)",
               "links, guids, categories and media:thumbnail URLs"],
  entries=[
  E("2022-06-01 19:30", "Cornwall families welcome first Ukrainians under emergency visa",
    ["Three Ukrainian families have arrived in Cornwall over the past two weeks and are staying with local hosts while they look for apartments and work.",
     "Volunteers with a Seaway-area settlement group said they expected at least 10 more households by the end of summer."],
    "other", "humanitarian", 2, "cornwall-hosts-ukrainian-families", a="Todd Marchand", deck="Local hosts say finding apartments is the hardest part for new arrivals", cat="Local News",
    n="Local angle (refugees: humanitarian)."),
  E("2022-06-01 17:10", "Biden confirms advanced rocket systems in new $700M package",
    ["President Joe Biden's administration has announced a $700-million security package for Ukraine that includes High Mobility Artillery Rocket Systems, or HIMARS.",
     "Officials said Kyiv had given assurances that the rockets would not be used to hit targets inside Russia."],
    "aid", "aid", 3, "us-himars-package-2022-06-01", a="The Associated Press", deck="Washington says Ukraine has promised not to fire the rockets into Russia"),
  E("2022-06-01 14:45", "Germany to send Ukraine modern air defence system, Scholz says",
    ["Chancellor Olaf Scholz says Germany will supply Ukraine with the IRIS-T air defence system, among the most advanced his country has.",
     "He told the Bundestag the system would be able to protect an entire large city from Russian air attacks."],
    "aid", "aid", 3, "germany-iris-t-pledge-2022-06-01", a="The Associated Press", deck="The IRIS-T system could shield a whole city, the chancellor tells lawmakers"),
  OFF("2022-06-01 13:00", "Ontario leaders make final pitch before Thursday vote",
      ["Ontario's main party leaders criss-crossed the province on Wednesday, making their final appeals before voters head to the polls."],
      "ontario-election-final-day-2022-06-01", a="The Canadian Press", n="Ontario provincial election.", deck="The campaign enters its last full day", cat="Canada"),
  E("2022-06-01 11:20", "Russian forces control most of Sievierodonetsk, governor says",
    ["Russian troops have taken about 70 per cent of Sievierodonetsk, the last major city in the Luhansk region still partly in Ukrainian hands, regional governor Serhiy Haidai said.",
     "He said Ukrainian fighters had fallen back to positions in an industrial area on the city's edge."],
    "other", "frontline", 3, "sievierodonetsk-battle-2022-06-01", a="The Associated Press", deck="Ukrainian troops are holding out in the city's industrial zone"),
  E("2022-06-01 09:05", "Ottawa to fund mine-clearing teams in Ukraine",
    ["Canada will spend $10 million to help train and equip Ukrainian teams clearing mines and unexploded shells from areas retaken from Russian forces, the government said."],
    "aid", "aid", 2, "canada-demining-funding-2022-06-01", a="The Canadian Press", deck="Money will go to training and equipment, the government says", n="Amount invented."),
  E("2022-06-01 08:10", "Zelenskyy says up to 100 Ukrainian soldiers dying each day",
    ["President Volodymyr Zelenskyy says between 60 and 100 Ukrainian soldiers are being killed every day in the fighting in the east, with about 500 more wounded."],
    "other", "frontline", 2, "zelenskyy-daily-losses-remark-2022-06-01", a="The Associated Press", deck="The Ukrainian leader gives a rare account of battlefield losses"),
  ]))

SEEDS.append(dict(id="7508", name="7508_pentictonherald-news", ext="html", source="Penticton Herald", zone="America/Vancouver", render=r_blox,
  title="World News", now_t="2022-07-05 17:40",
  notes="Imitates a TownNews BLOX section listing on the Penticton Herald site, HTML. Newest first. Each card: h3 headline, summary paragraph (the body), then byline and the "
        "stamp AFTER the body. The visible stamp is RELATIVE ('45 min ago', '3 hrs ago', floor of whole hours) inside <time datetime='...-07:00'>, which carries the exact time; the "
        "page also prints 'Updated 5:40 pm · Jul 5, 2022'. Pacific time (PDT, UTC-7). Authors are the bylines after 'By '. 7508-06 (heat warning) is off-beat.",
  not_entries=["top bar (weather, Sign Up, Log In), logo and section menu", "section heading 'World News' and 'Updated 5:40 pm · Jul 5, 2022'", "'By ...' byline items (authors)",
               "'Advertisement'", "'Next' pagination", "footer"],
  entries=[
  E("2022-07-05 16:55", "Russian shelling hits market in Sloviansk",
    ["Russian rockets struck a market and nearby homes in Sloviansk, killing at least two people and wounding seven, the city's mayor said, as Moscow's forces pushed deeper into the Donetsk region."],
    "strikes", "strikes", 3, "sloviansk-market-strike-2022-07-05", a="The Associated Press"),
  E("2022-07-05 14:20", "Lugano conference closes with pledge to rebuild Ukraine",
    ["Officials from dozens of countries ended a two-day conference in Lugano, Switzerland, by endorsing a set of principles to guide Ukraine's recovery, including transparency and the fight against corruption."],
    "diplomacy", "diplomacy", 3, "lugano-recovery-conference-2022-07-05", a="The Canadian Press", sec=["aid"]),
  E("2022-07-05 11:40", "South Okanagan volunteers ship trauma kits to Ukraine",
    ["Volunteers in Penticton and Oliver packed more than 400 first-aid and trauma kits this week for shipment to hospitals in western Ukraine."],
    "aid", "aid", 2, "south-okanagan-trauma-kits-ukraine", a="Mara Lindquist", n="Local angle; goods for Ukraine count as aid."),
  E("2022-07-05 09:15", "NATO allies sign accession protocols for Finland and Sweden",
    ["The 30 NATO member countries signed accession protocols for Finland and Sweden on Tuesday, sending the Nordic countries' membership bids to national parliaments for ratification."],
    "diplomacy", "diplomacy", 3, "nato-accession-protocols-finland-sweden-2022-07-05", a="The Associated Press"),
  E("2022-07-05 07:30", "Ukrainian forces dig in after pullback from Lysychansk",
    ["Ukrainian troops who withdrew from Lysychansk are building new defensive lines to the west as Russia turns its attention to the rest of the Donetsk region, officials said."],
    "other", "frontline", 2, "ukraine-new-lines-after-lysychansk-2022-07-05", a="The Canadian Press"),
  OFF("2022-07-05 05:10", "Heat warning issued for the Okanagan",
      ["Environment Canada has issued a heat warning for the Okanagan, with daytime highs near 35 C expected through Thursday."],
      "okanagan-heat-warning-2022-07-05", a="Penticton Herald Staff", n="Local weather."),
  ]))

SEEDS.append(dict(id="7509", name="7509_cranbrooktownsman-feed", ext="xml", source="Cranbrook Daily Townsman", zone="America/Edmonton", render=r_blackpress_rss,
  url="https://www.cranbrooktownsman.com/world-news/", title="World News - Cranbrook Daily Townsman",
  notes="Imitates a Black Press Media RSS 2.0 feed for the Cranbrook Daily Townsman's World News section. Newest first. pubDate in local Mountain time with '-0600' "
        "(Cranbrook is on Mountain time although it is in British Columbia). Body paragraphs are HTML inside <description> CDATA. dc:creator is the author. "
        "7509-01 (papal visit preparations) is off-beat.",
  not_entries=["channel title, link, description, language and copyright", "links, guids and media:content image URLs"],
  entries=[
  OFF("2022-07-17 17:50", "Pope Francis set for week-long visit to Canada",
      ["Preparations are in their final stages for Pope Francis's visit to Alberta, Quebec and Nunavut, which begins next Sunday in Edmonton."],
      "pope-francis-canada-visit-preparations", a="The Canadian Press", n="Papal visit to Canada."),
  E("2022-07-17 15:20", "Russia orders troops to prioritize Ukraine's long-range rocket launchers",
    ["Russian Defence Minister Sergei Shoigu has ordered commanders to make destroying Ukraine's Western-supplied long-range missiles and artillery a priority, his ministry said.",
     "The ministry said Shoigu gave the order while inspecting troops taking part in the operation."],
    "other", "frontline", 2, "shoigu-orders-priority-on-long-range-launchers", a="The Associated Press"),
  E("2022-07-17 12:40", "Zelenskyy suspends security service chief and prosecutor general",
    ["Ukrainian President Volodymyr Zelenskyy has suspended the head of the country's security service and its prosecutor general, citing hundreds of cases of collaboration with Russia by officials in their agencies."],
    "other", "politics", 2, "zelenskyy-suspends-sbu-chief-prosecutor-general", a="The Associated Press"),
  E("2022-07-17 10:05", "Mykolaiv hit by rockets overnight, mayor says",
    ["Russian rockets hit two industrial sites in the southern city of Mykolaiv overnight, Mayor Oleksandr Senkevych said, with no reports of casualties."],
    "strikes", "strikes", 2, "mykolaiv-rocket-strikes-2022-07-17", a="The Canadian Press"),
  E("2022-07-17 08:30", "Cranbrook nurse back from month at Polish border reception centre",
    ["A Cranbrook nurse who spent four weeks at a reception centre for Ukrainian refugees near the Polish border says the need for basic medical care there has not eased.",
     "She plans to go back in the fall."],
    "other", "humanitarian", 2, "cranbrook-nurse-polish-border-refugees", a="Trevor Lindgren", n="Local angle (refugees: humanitarian)."),
  E("2022-07-17 06:05", "Russian shelling kills six in Donetsk region towns, governor says",
    ["Russian shelling killed six civilians in towns across the Donetsk region over the past day, regional governor Pavlo Kyrylenko said, urging remaining residents to leave."],
    "strikes", "strikes", 3, "donetsk-region-shelling-2022-07-17", a="The Associated Press", n="Toll invented."),
  ]))


# ============================================================ PART B, day 1: 2022-06-11 (UTC)
VDL = "von-der-leyen-kyiv-visit-2022-06-11"
CHORTKIV = "chortkiv-missile-strike-2022-06-11"
AZOT = "sievierodonetsk-azot-fighting-2022-06-11"
REZ = "reznikov-shangri-la-appeal-2022-06-11"

SEEDS.append(dict(id="7520", name="7520_quillanmoor-textlive", ext="txt", source="Quillanmoor Review", zone="Europe/London", render=r_quillanmoor, day="day1",
  title="Ukraine war live: von der Leyen in Kyiv as EU weighs candidacy; missiles strike Chortkiv", dateline="Saturday 11 June 2022 \u00b7 All times BST",
  notes="Invented outlet. Text live page, newest first. Each post opens with an 'Author · HH:MM' line (BST, UTC+1, per the date line), then the headline and paragraphs. "
        "A 'Key Points' block lists the headlines of 7520-01 and 7520-05 (key_point true). 7520-04 is a 'Watch:' teaser without body. The Chortkiv toll here (22) is the day's last.",
  not_entries=["masthead and menu line", "page title and date line", "'Key Points' block (lists two post headlines)", "'Latest' label",
               "newsletter promo line", "'Show older posts'", "footer line"],
  entries=[
  E("2022-06-11 23:35", "Chortkiv: 22 wounded after missiles fired from Black Sea hit town",
    ["The number of people hurt in the missile strike on Chortkiv has risen to 22, among them a 12-year-old, according to Ternopil regional governor Volodymyr Trush.",
     "Ukraine's air force said four Kalibr missiles had been launched from a ship in the Black Sea and that the attack hit a military facility, partly destroying it.",
     "Chortkiv lies in western Ukraine, well away from the main front lines in the east and south."],
    "strikes", "strikes", 3, CHORTKIV, a="Hannah Verity", kp=True, n="Toll 22 (last of the day: 12 -> 18 -> 19 -> 22)."),
  E("2022-06-11 22:10", "Kharkiv: two killed as shells land in residential district",
    ["Russian shelling of Kharkiv's north-eastern districts killed two people and wounded five on Saturday evening, the regional administration said.",
     "Kharkiv has been shelled almost daily since Russian forces were pushed back from its outskirts last month."],
    "strikes", "strikes", 3, "kharkiv-shelling-2022-06-11", a="Hannah Verity", n="Must not merge with the Chortkiv strike (same topic, same evening, different place)."),
  E("2022-06-11 15:40", "Zelensky: EU answer will show whether Europe is united",
    ["President Volodymyr Zelensky said the EU's decision on Ukraine's candidacy would show whether the European project had a future, speaking alongside Ursula von der Leyen in Kyiv."],
    "diplomacy", "diplomacy", 3, VDL, a="Callum Ashdown", n="Remarks at the joint appearance: part of the visit story."),
  E("2022-06-11 12:20", "Watch: von der Leyen arrives in Kyiv by train", [],
    "diplomacy", "diplomacy", 1, VDL, a="Callum Ashdown", n="Teaser without body (video)."),
  E("2022-06-11 10:05", "Von der Leyen in Kyiv for talks on Ukraine's EU bid",
    ["European Commission President Ursula von der Leyen has arrived in Kyiv for talks with President Zelensky on Ukraine's application to join the European Union.",
     "It is her second visit to the Ukrainian capital since the invasion; the commission is due to give its opinion on the application within days."],
    "diplomacy", "diplomacy", 3, VDL, a="Callum Ashdown", kp=True),
  E("2022-06-11 09:20", "Reznikov tells Singapore forum Ukraine needs artillery parity",
    ["Ukraine's Defence Minister Oleksii Reznikov told the Shangri-La Dialogue in Singapore that his troops were outgunned by as much as fifteen to one in artillery in parts of the Donbas.",
     "He asked partners for more long-range systems, saying Ukraine had received only a fraction of what it needed."],
    "aid", "aid", 3, REZ, a="Callum Ashdown", sec=["diplomacy"], n="Appeal for weapons at a forum: aid primary."),
  ]))

SEEDS.append(dict(id="7521", name="7521_brindleshaw-ldlive", ext="html", source="Brindleshaw Ledger", zone="Europe/Kyiv", render=r_brindleshaw, day="day1",
  url="https://brindleshaw.example/live/day-108", title="Russia's war against Ukraine, day 108: live updates",
  lede="Russia keeps up its assault on Sievierodonetsk while the head of the European Commission visits Kyiv.", tznote="Times are Kyiv time.",
  notes="Invented outlet (Kyiv-based, English). HTML live page, OLDEST first, with LiveBlogPosting JSON-LD whose liveBlogUpdate items carry per-update datePublished (+03:00) and "
        "authors. Visible stamps are bare 'HH:MM' in <time datetime>; a day divider 'Sunday, 12 June' precedes the last post (00:50 local = 21:50 UTC on 11 June). "
        "Signature line '— NAME' after each body is the author. 7521-04 repeats 7521-03 nearly verbatim (duplicate_of).",
  not_entries=["header and menu", "h1 title, lead paragraph and 'Times are Kyiv time.'", "day dividers 'Saturday, 11 June' and 'Sunday, 12 June'",
               "signature lines ('— NAME', authors)", "'Share' / 'Copy link' under each post", "footer"],
  entries=[
  E("2022-06-11 09:40", "Sievierodonetsk: Russians storm Azot plant area, governor says",
    ["Russian troops attacked the industrial zone around the Azot chemical plant in Sievierodonetsk overnight, but Ukrainian units held their positions, Luhansk Oblast Governor Serhiy Haidai said.",
     "About 800 civilians, including children, are believed to be sheltering in the plant's basements."],
    "other", "frontline", 3, AZOT, a="Olena Marchuk"),
  E("2022-06-11 11:15", "Lysychansk: aid deliveries suspended as shelling intensifies",
    ["Humanitarian deliveries to Lysychansk have been halted because roads into the city are under constant fire, according to the regional military administration.",
     "Volunteers said water and medicine were running short in the districts nearest the river."],
    "other", "humanitarian", 2, "lysychansk-aid-deliveries-halted-2022-06-11", a="Olena Marchuk", n="Must not merge with the Sievierodonetsk fighting (neighbouring city, different event)."),
  E("2022-06-11 13:50", "Von der Leyen: Ukraine will have EU's answer by end of next week",
    ["European Commission President Ursula von der Leyen said in Kyiv that the Commission would deliver its opinion on Ukraine's membership application by the end of next week.",
     "She said discussions with President Zelensky had covered reforms still needed on the rule of law and the fight against corruption."],
    "diplomacy", "diplomacy", 3, VDL, a="Taras Vdovenko"),
  E("2022-06-11 18:10", "Von der Leyen: Ukraine will have the EU's answer by the end of next week",
    ["European Commission President Ursula von der Leyen said in Kyiv that the Commission would deliver its opinion on Ukraine's membership application by the end of next week.",
     "She said her talks with President Zelensky had covered reforms still needed on the rule of law and on fighting corruption."],
    "diplomacy", "diplomacy", 1, VDL, a="Taras Vdovenko", dup="7521-03", n="Near-verbatim repeat of 7521-03 posted again in the evening."),
  E("2022-06-11 21:05", "Missiles hit military facility in Chortkiv, Ternopil region",
    ["Several Russian missiles struck a military facility in Chortkiv in the Ternopil region on Saturday evening, local authorities said.",
     "Information on casualties is being clarified, the regional administration wrote on Telegram."],
    "strikes", "strikes", 3, CHORTKIV, a="Olena Marchuk", n="First report, no toll yet."),
  E("2022-06-12 00:50", "Ternopil governor: 19 injured in Chortkiv strike, including a child",
    ["Nineteen people were injured in the missile strike on Chortkiv, Ternopil Oblast Governor Volodymyr Trush said, adding that a 12-year-old was among them.",
     "Seven of the injured remain in hospital."],
    "strikes", "strikes", 3, CHORTKIV, a="Olena Marchuk", n="After local midnight (12 June Kyiv) but 21:50 UTC on 11 June. Toll 19."),
  ]))

SEEDS.append(dict(id="7522", name="7522_tolcarrow-worldrss", ext="xml", source="Tolcarrow World Service", zone="UTC", render=r_worldrss, day="day1", rfc="GMT",
  url="https://tolcarrow.example", title="Tolcarrow World Service - Top stories", lede="Top stories from around the world",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate in GMT. Four of six items are not about the war (off-beat). The Chortkiv item spells the town "
        "'Chortkov' and gives the early toll (12). No authors.",
  not_entries=["channel title, link, description, language, ttl", "links, guids and categories"],
  entries=[
  OFF("2022-06-11 21:15", "Le Mans 24 Hours under way with Toyota among favourites",
      ["The 90th edition of the Le Mans 24 Hours got under way on Saturday afternoon, with the two Toyota hybrids again expected to fight for victory."],
      "le-mans-24-hours-2022", n="Motor racing.", cat="Sport"),
  E("2022-06-11 19:40", "Russian missiles hit western Ukrainian town of Chortkov, at least 12 wounded",
    ["At least 12 people were wounded when Russian missiles struck the town of Chortkov in western Ukraine on Saturday evening, regional officials said.",
     "The missiles were reported to have been fired from the Black Sea and to have hit a military site."],
    "strikes", "strikes", 3, CHORTKIV, n="Spelling 'Chortkov'; early toll 12."),
  OFF("2022-06-11 17:20", "Thousands rally across United States for tighter gun laws",
      ["Demonstrators gathered in Washington and hundreds of other US cities on Saturday to demand stricter gun controls after a series of mass shootings."],
      "us-gun-control-rallies-2022-06-11", n="US gun-control protests.", cat="Americas"),
  OFF("2022-06-11 14:05", "Spain braces for early heatwave with highs above 40C",
      ["Spain's weather agency warned that temperatures could top 40C in parts of the south and centre over the coming days, in an unusually early heatwave."],
      "spain-early-heatwave-2022-06", n="Weather.", cat="Europe"),
  E("2022-06-11 11:30", "EU Commission chief in Kyiv to discuss membership bid",
    ["European Commission President Ursula von der Leyen travelled to Kyiv on Saturday for talks with Ukraine's leadership ahead of a recommendation on whether the country should become an EU candidate."],
    "diplomacy", "diplomacy", 3, VDL, cat="Europe"),
  OFF("2022-06-11 08:45", "Shanghai district locks down again for mass testing",
      ["Residents of Shanghai's Minhang district were told to stay home on Saturday for a round of mass coronavirus testing, days after the city's two-month lockdown was lifted."],
      "shanghai-minhang-testing-2022-06-11", n="China Covid measures.", cat="Asia"),
  ]))

SEEDS.append(dict(id="7523", name="7523_aldwinter-atom", ext="xml", source="Aldwinter Courier", zone="Europe/Warsaw", render=r_atom, day="day1",
  url="https://aldwinter.example", title="Aldwinter Courier - Ukraine and the region", lede="News from Poland's eastern border and the war next door",
  notes="Invented outlet (Warsaw, English). Atom 1.0 feed, newest first, <published> with +02:00 (CEST). Content is HTML escaped inside <content type='html'>. Per-entry authors. "
        "The Chortkiv entry spells the town 'Czortków' (Polish) in the headline and 'Chortkiv' in the body; toll 18.",
  not_entries=["feed title, subtitle, links, id, updated and feed-level author", "entry links, ids and <updated> values"],
  entries=[
  E("2022-06-11 21:55", "At least 18 injured as Russian missiles hit Czortków in western Ukraine",
    ["At least 18 people were injured on Saturday evening when Russian missiles struck Chortkiv, known in Polish as Czortków, a town in Ukraine's Ternopil region about 200 kilometres from the Polish border.",
     "Ukrainian officials said the target was a military facility and that the missiles had been launched from the Black Sea."],
    "strikes", "strikes", 3, CHORTKIV, a="Marek Sobiecki", n="Spelling 'Czortków'; toll 18."),
  E("2022-06-11 18:20", "Volunteers open second aid hub near Medyka crossing",
    ["A group of volunteers from Przemyśl has opened a second warehouse near the Medyka border crossing to sort donations for people arriving from Ukraine.",
     "The organisers said the number of arrivals had fallen since April, but more people were now returning to Ukraine and needed supplies for the journey."],
    "other", "humanitarian", 2, "medyka-volunteer-aid-hub-2022-06-11", a="Ewa Kalinowska"),
  E("2022-06-11 15:40", "Reznikov: Ukraine outgunned in Donbas, needs more long-range weapons",
    ["Ukraine's defence minister, Oleksii Reznikov, used his speech at the Shangri-La Dialogue in Singapore to press Western partners for more long-range artillery and rocket systems.",
     "He said Russian guns outnumbered Ukrainian ones many times over on parts of the eastern front."],
    "aid", "aid", 3, REZ, a="Marek Sobiecki", sec=["diplomacy"]),
  E("2022-06-11 12:10", "Belarus begins snap combat-readiness checks near southern border",
    ["Belarus has started unannounced checks of its army's combat readiness, moving some units towards the border with Ukraine, the defence ministry in Minsk said.",
     "Polish officials said they were watching the exercises closely but saw no sign of an imminent threat."],
    "other", "security", 2, "belarus-snap-readiness-checks-2022-06-11", a="Ewa Kalinowska"),
  ]))

SEEDS.append(dict(id="7524", name="7524_gilvarrow-article", ext="txt", source="Gilvarrow Daily", zone="Europe/Berlin", render=r_gilvarrow, day="day1",
  title="Von der Leyen raises Kyiv's hopes as battle for Severodonetsk grinds on",
  standfirst="The Commission president promised a swift verdict on Ukraine's EU application. In the east, Russian forces pressed on with their assault.",
  byline="Tobias Fernleigh, Berlin", dateline="11 June 2022, 23:40 CEST", dateline_t="2022-06-11 23:40",
  lede="It was a day of contrasts for Ukraine: warm words in the capital, and in the east an exhausting fight for a city that has become a symbol of the Donbas campaign.",
  more="What EU candidate status means - and what it does not",
  notes="Invented outlet. Text article with three section headings; each section is one entry (headline = heading, stamp null, published = the dateline '11 June 2022, 23:40 CEST' "
        "= 21:40 UTC, author = the byline name). The paragraph after the dateline is the lede (not an entry). Spelling 'Severodonetsk'. Section 3 is a theme piece (explainer).",
  not_entries=["masthead and breadcrumb", "title and standfirst", "byline 'By Tobias Fernleigh, Berlin' and dateline", "'Listen to this article · 4 min'",
               "lede paragraph before the first section", "'Related: ...' link", "copyright line"],
  entries=[
  E(None, "Von der Leyen's second visit",
    ["Ursula von der Leyen's trip to Kyiv on Saturday was her second since the invasion, and this time she came with a timetable: the Commission would give its opinion on Ukraine's bid to become an EU candidate by the end of next week.",
     "Officials in Berlin said Chancellor Olaf Scholz was waiting for that opinion before taking a position."],
    "diplomacy", "diplomacy", 3, VDL, a="Tobias Fernleigh"),
  E(None, "Street fighting in Severodonetsk",
    ["In Severodonetsk, Russian troops spent the day trying to force Ukrainian defenders out of the chemical plant on the city's edge, according to Ukrainian officials.",
     "The regional governor said hundreds of civilians were still hiding in the plant's shelters and that evacuating them was impossible while the shelling continued."],
    "other", "frontline", 3, AZOT, a="Tobias Fernleigh"),
  E(None, "Why candidate status matters",
    ["Candidate status would not make Ukraine a member or bring money on its own; accession usually takes many years of reforms and negotiations.",
     "But for Kyiv it would be a political signal that its future lies in the EU, and for Brussels a way of showing that the war has changed the bloc's thinking about enlargement.",
     "Several member states have argued that Ukraine should not skip ahead of Western Balkan countries that have waited far longer."],
    "diplomacy", "diplomacy", 2, "explainer-eu-candidate-status", a="Tobias Fernleigh",
    n="Theme piece (explainer) on candidate status; its own story, must not merge with the visit."),
  ]))


# ============================================================ PART B, day 2: 2022-06-12 (UTC) — the day after day 1
BRIDGE = "sievierodonetsk-bridge-destroyed-2022-06-12"
PUTIN = "putin-russia-day-2022-06-12"
TRIO = "macron-scholz-draghi-kyiv-trip-plan"

SEEDS.append(dict(id="7530", name="7530_ferrowick-htmllive", ext="html", source="Ferrowick Wire", zone="Europe/Kyiv", render=r_ferrowick, day="day2",
  title="Live: Sievierodonetsk cut off as bridge is destroyed", dateline="Sunday, 12 June 2022 \u00b7 Kyiv time",
  notes="Invented outlet. HTML live page without JSON-LD, newest first. Each post: <span class='time'>HH:MM</span> (Kyiv time, EEST = UTC+3, per the date line), h3 headline, "
        "'By NAME' line, paragraphs. 7530-03 is a 'Photos:' teaser without body. 7530-04 continues day 1's Chortkiv story with a new development (Russia's claim), keeping its slug.",
  not_entries=["cookie bar", "header and menu", "h1 title and date line", "'By NAME' lines (authors)", "Telegram promo aside", "'Earlier posts' link", "footer"],
  entries=[
  E("2022-06-12 23:40", "Sievierodonetsk: death toll from day of shelling rises to five",
    ["Five civilians were killed in Sievierodonetsk on Sunday as Russian artillery pounded the city and the last routes out of it, Luhansk Oblast Governor Serhiy Haidai said late in the evening.",
     "He said getting people out was all but impossible now that only one damaged bridge remained."],
    "strikes", "strikes", 3, BRIDGE, a="Iryna Holub", n="Toll 5 (day's last: 1 -> 3 -> 3 -> 4 -> 5)."),
  E("2022-06-12 20:15", "Mykolaiv: shelling damages port warehouses",
    ["Russian shelling damaged warehouses and a grain terminal in Mykolaiv's port on Sunday afternoon, the regional governor, Vitaliy Kim, said.",
     "No casualties were reported."],
    "strikes", "strikes", 2, "mykolaiv-port-shelling-2022-06-12", a="Danylo Shevchuk", n="Must not merge with the Sievierodonetsk story (same topic and day)."),
  E("2022-06-12 17:30", "Photos: the wrecked bridge between Sievierodonetsk and Lysychansk", [],
    "other", "frontline", 1, BRIDGE, n="Teaser without body (photo gallery)."),
  E("2022-06-12 14:05", "Moscow says Chortkiv strike destroyed Western weapons",
    ["Russia's Defence Ministry claimed that Saturday's missile strike near Chortkiv had destroyed a large depot of anti-tank systems, air-defence missiles and shells supplied by the United States and European countries.",
     "Ukrainian officials did not comment on what had been hit, but said the number of injured had reached 22."],
    "strikes", "strikes", 3, CHORTKIV, a="Danylo Shevchuk", n="Continuation of day 1's Chortkiv strike with a new development (Russia's claim): keeps the day-1 slug."),
  E("2022-06-12 11:20", "Governor: bridge to Sievierodonetsk destroyed, one civilian killed",
    ["Russian forces have destroyed the second of the three bridges linking Sievierodonetsk with Lysychansk, Governor Serhiy Haidai said on Sunday morning.",
     "One civilian was killed and two were wounded in the shelling that accompanied the attack, he said."],
    "other", "frontline", 3, BRIDGE, a="Iryna Holub", n="Toll 1."),
  E("2022-06-12 09:00", "Occupied towns in Zaporizhzhia region lose Ukrainian mobile service",
    ["Residents of Melitopol and several other occupied towns in the Zaporizhzhia region have lost access to Ukrainian mobile networks, local officials said, accusing Russian-installed authorities of switching traffic to Russian operators."],
    "other", "humanitarian", 2, "zaporizhzhia-occupied-mobile-networks-2022-06-12", a="Danylo Shevchuk"),
  ]))

SEEDS.append(dict(id="7531", name="7531_eskmarden-textlive", ext="txt", source="Eskmarden Record", zone="Europe/London", render=r_eskmarden, day="day2",
  parse_args=["--date", "2022-06-12"],
  title="Ukraine latest: Severodonetsk bridge destroyed as Russia marks national day", dateline="Sunday 12 June", tznote="Times are BST.",
  lede="Our rolling coverage of the war in Ukraine and its consequences.",
  notes="Invented outlet. Text live page, OLDEST first, NO YEAR anywhere (date line 'Sunday 12 June'; parse_args --date 2022-06-12). Each post: headline, paragraphs, then a TRAILING "
        "stamp line 'NAME, 8.15am' (author and BST time). 7531-06 repeats 7531-03 nearly verbatim (duplicate_of). 7531-04 continues day 1's Chortkiv story. Spelling 'Severodonetsk'.",
  not_entries=["masthead and menu line", "title, date line 'Sunday 12 June', 'Times are BST.' and the lede line", "'Share  |  Copy link' after each post", "'Advertisement'",
               "'That's all for today'", "footer line"],
  entries=[
  E("2022-06-12 08:15", "UK intelligence: Russia making slow, costly gains in Severodonetsk",
    ["Britain's Ministry of Defence says Russian forces are advancing slowly around Severodonetsk while relying heavily on artillery, and that both sides are suffering heavy casualties.",
     "Its daily assessment said Moscow had probably not yet secured the southern approaches to the city."],
    "other", "frontline", 2, "uk-defence-intelligence-update-2022-06-12", a="Nadia Pryce", n="Same place as the bridge story, different event: must not merge."),
  E("2022-06-12 10:40", "Putin marks Russia Day without mentioning Ukraine",
    ["Vladimir Putin handed out state awards in the Kremlin to mark Russia Day, praising the country's unity but making no direct reference to the war in Ukraine.",
     "The holiday commemorates Russia's 1990 declaration of sovereignty."],
    "other", "politics", 3, PUTIN, a="Nadia Pryce"),
  E("2022-06-12 12:05", "Severodonetsk: bridge destroyed, three civilians dead",
    ["Russian shelling has destroyed another bridge connecting Severodonetsk with its twin city of Lysychansk, and three civilians have been killed, the regional governor says.",
     "Serhiy Haidai said only one crossing now remained and that it could no longer be used safely by vehicles."],
    "other", "frontline", 3, BRIDGE, a="Owen Tallis", n="Toll 3."),
  E("2022-06-12 13:30", "Russia claims Chortkiv strike hit arms depot",
    ["Moscow's Defence Ministry says the Kalibr missiles fired at Chortkiv in western Ukraine on Saturday destroyed a store of weapons sent by Nato countries.",
     "The claim could not be verified; Ukrainian officials have said the missiles hit a military facility and injured 22 people."],
    "strikes", "strikes", 3, CHORTKIV, a="Owen Tallis", n="Continuation of day 1's Chortkiv strike (new development): keeps the day-1 slug."),
  E("2022-06-12 15:45", "Macron, Scholz and Draghi plan joint Kyiv visit, paper reports",
    ["The leaders of France, Germany and Italy are planning to travel to Kyiv together before the EU summit at the end of the month, according to a German Sunday newspaper.",
     "None of the three governments confirmed the report."],
    "diplomacy", "diplomacy", 3, TRIO, a="Owen Tallis", n="Must not merge with von der Leyen's visit (same theme, different event)."),
  E("2022-06-12 17:20", "Severodonetsk: bridge destroyed, three civilians dead",
    ["Russian shelling has destroyed another bridge linking Severodonetsk with its twin city of Lysychansk, and three civilians have been killed, the regional governor says.",
     "Serhiy Haidai said just one crossing now remained and that vehicles could no longer use it safely."],
    "other", "frontline", 1, BRIDGE, a="Owen Tallis", dup="7531-03", n="Near-verbatim repeat of 7531-03."),
  E("2022-06-12 19:50", "Odesa: two cruise missiles shot down over the coast",
    ["Ukraine's southern command says air defences shot down two cruise missiles over the Odesa region on Sunday evening.",
     "There were no reports of damage."],
    "strikes", "strikes", 2, "odesa-cruise-missiles-intercepted-2022-06-12", a="Nadia Pryce"),
  ]))

SEEDS.append(dict(id="7532", name="7532_glimmerbrook-worldrss", ext="xml", source="Glimmerbrook Times", zone="Asia/Kolkata", render=r_worldrss, day="day2", rfc="offset",
  url="https://glimmerbrook.example", title="Glimmerbrook Times - World", lede="World news, updated through the day",
  notes="Invented outlet (India). General world-news RSS 2.0 feed, newest first, pubDate with '+0530'. Four of six items are off-beat. The bridge item spells the city "
        "'Syeverodonetsk'; its first item is dated 13 June local (00:10 IST) but 12 June UTC. No authors.",
  not_entries=["channel title, link, description, language, ttl", "links, guids and categories"],
  entries=[
  OFF("2022-06-13 00:10", "South Africa take 2-0 lead in T20 series",
      ["South Africa beat India by four wickets in Cuttack on Sunday to go 2-0 up in the five-match Twenty20 series."],
      "india-south-africa-t20-2022-06-12", n="Cricket.", cat="Sport"),
  OFF("2022-06-12 22:05", "Search for British journalist and Brazilian expert continues in Amazon",
      ["Brazilian police and Indigenous volunteers pressed on with the search for British journalist Dom Phillips and Indigenous affairs expert Bruno Pereira, who went missing in the Javari valley a week ago."],
      "amazon-missing-journalist-search-2022-06", n="Brazil.", cat="Americas"),
  E("2022-06-12 20:00", "Syeverodonetsk bridge destroyed, three civilians killed: Ukrainian official",
    ["Russian forces destroyed a bridge leading into the besieged eastern Ukrainian city of Syeverodonetsk on Sunday, and three civilians were killed by shelling, a Ukrainian regional official said."],
    "other", "frontline", 3, BRIDGE, n="Spelling 'Syeverodonetsk'; toll 3."),
  OFF("2022-06-12 17:40", "Monsoon set to reach Mumbai within days",
      ["The India Meteorological Department said conditions were favourable for the south-west monsoon to advance into Mumbai and other parts of Maharashtra over the next two days."],
      "monsoon-mumbai-2022-06", n="Weather.", cat="India"),
  E("2022-06-12 15:15", "Putin hands out state awards on Russia Day",
    ["Russian President Vladimir Putin presented state awards at a Kremlin ceremony on Sunday to mark Russia Day, telling recipients the country's strength lay in its people."],
    "other", "politics", 3, PUTIN, cat="Europe"),
  OFF("2022-06-12 11:30", "Sri Lanka limits fuel sales as shipments run late",
      ["Sri Lanka extended fuel rationing on Sunday, telling motorists they could buy petrol only on set days while it waits for delayed shipments."],
      "sri-lanka-fuel-rationing-2022-06", n="Sri Lanka economic crisis.", cat="Asia"),
  ]))

SEEDS.append(dict(id="7533", name="7533_harnwick-atom", ext="xml", source="Harnwick Dispatch", zone="UTC", render=r_atom, day="day2", atom_z=True, atom_content="xhtml",
  url="https://harnwick.example", title="Harnwick Dispatch - Europe desk", lede="Europe desk stories and partner content",
  notes="Invented outlet. Atom 1.0 feed, newest first, <published> in Z (UTC); content type='xhtml' (inline XHTML div). Per-entry authors. 7533-03 is a RE-POST of day-1 entry "
        "7521-03 (same headline, near-verbatim body, credited to the partner 'Brindleshaw Ledger'): importance 1.",
  not_entries=["feed title, subtitle, links, id, updated and feed-level author", "entry links, ids and <updated> values"],
  entries=[
  E("2022-06-12 19:10", "Three EU leaders expected in Kyiv before June summit - report",
    ["French President Emmanuel Macron, German Chancellor Olaf Scholz and Italian Prime Minister Mario Draghi intend to visit Kyiv together before the EU leaders' summit on 23-24 June, a German newspaper reported on Sunday.",
     "The trip would come as the bloc decides whether to grant Ukraine candidate status."],
    "diplomacy", "diplomacy", 3, TRIO, a="Greta Hollins"),
  E("2022-06-12 12:40", "Ukraine says it pushed back Russian units near Kherson region border",
    ["Ukraine's southern command said its forces had pushed Russian troops back from several positions on the border between the Mykolaiv and Kherson regions."],
    "other", "frontline", 2, "ukraine-south-advance-kherson-border-2022-06-12", a="Greta Hollins"),
  E("2022-06-12 06:10", "Von der Leyen: Ukraine will have EU's answer by end of next week",
    ["European Commission President Ursula von der Leyen said in Kyiv that the Commission would deliver its opinion on Ukraine's membership application by the end of next week.",
     "She said the talks with President Zelensky had covered reforms still needed on the rule of law and the fight against corruption."],
    "diplomacy", "diplomacy", 1, VDL, a="Brindleshaw Ledger", n="Re-post of day-1 entry 7521-03 (partner content carried again on 12 June): importance 1; not a new development."),
  ]))

SEEDS.append(dict(id="7534", name="7534_corrowby-article", ext="html", source="Corrowby Gazette", zone="Europe/Madrid", render=r_corrowby, day="day2",
  title="Severodonetsk isolated as Russia celebrates its national day",
  standfirst="A second bridge has fallen and civilians are trapped; in Moscow, the Kremlin marked Russia Day.",
  byline="Lucía Arrieta", dateline_t="2022-06-12 21:30",
  lede="The fight for the eastern Ukrainian city of Severodonetsk entered a new phase on Sunday.",
  notes="Invented outlet (Madrid, English). HTML article with NewsArticle JSON-LD; three h2 sections, each one entry (stamp null; published = the dateline "
        "'12/06/2022 21:30 CEST' = 19:30 UTC, written DAY FIRST; JSON-LD datePublished agrees). The paragraph before the first section is the lede. Section 3 is a theme piece (analysis).",
  not_entries=["header and menu", "h1 title and h2 subtitle (standfirst)", "meta line: author, 'Madrid', dateline", "lede paragraph before the first section",
               "'More on this topic' link", "footer"],
  entries=[
  E(None, "A city cut off",
    ["With another bridge over the Siverskyi Donets destroyed, the Ukrainian garrison in Severodonetsk and the civilians sheltering there are close to being cut off from Lysychansk, on the opposite bank.",
     "By the evening, the regional governor was reporting four civilians killed during the day."],
    "other", "frontline", 3, BRIDGE, a="Lucía Arrieta", n="Toll 4."),
  E(None, "The Kremlin's holiday",
    ["In Moscow, Vladimir Putin presented medals and prizes at the Kremlin for Russia Day and spoke of national unity without naming Ukraine.",
     "Opposition groups abroad called the celebrations tone-deaf while Russian soldiers were dying in the Donbas."],
    "other", "politics", 3, PUTIN, a="Lucía Arrieta"),
  E(None, "Analysis: how long can Ukraine hold the Donbas?",
    ["Ukraine's commanders face a choice that armies dread: keep fighting for a city that may already be lost, or pull back to better ground and concede a symbolic defeat.",
     "Western analysts say Russia's advantage in artillery lets it grind forward a few kilometres a week, but at a cost in men and equipment that it cannot sustain indefinitely.",
     "Much depends on how quickly the long-range rocket systems promised by the United States and Britain reach the front."],
    "other", "frontline", 2, "analysis-donbas-holding-power", a="Lucía Arrieta", n="Theme piece (analysis); its own story."),
  ]))


# ============================================================ PART B, day 3: 2022-04-25 (UTC)
RAIL = "railway-stations-strikes-2022-04-25"
BA = "blinken-austin-kyiv-visit-2022-04-24"
TIRASPOL = "transnistria-security-ministry-blasts-2022-04-25"
LAVROV = "lavrov-nuclear-risk-remarks-2022-04-25"

SEEDS.append(dict(id="7540", name="7540_lanvaren-worldatom", ext="xml", source="Lanvaren World Desk", zone="Asia/Tokyo", render=r_atom, day="day3",
  url="https://lanvaren.example", title="Lanvaren World Desk", lede="World headlines from our Tokyo desk",
  notes="Invented outlet (Tokyo). General world-news Atom feed, newest first, <published> with +09:00; escaped HTML content. Four of six entries are off-beat. "
        "Entries cross local midnight (three on 26 April JST) but all are on 25 April UTC. No per-entry authors (feed-level author only): author null.",
  not_entries=["feed title, subtitle, links, id, updated and feed-level author", "entry links, ids and <updated> values"],
  entries=[
  OFF("2022-04-26 07:40", "Twitter board accepts Musk's $44 billion offer",
      ["Twitter agreed on Monday to be bought by Elon Musk for about $44 billion, handing control of the social media platform to the world's richest person."],
      "musk-twitter-deal-2022-04-25", n="Business."),
  E("2022-04-26 05:15", "Lavrov says threat of nuclear war is 'serious' and 'real'",
    ["Russian Foreign Minister Sergei Lavrov warned that the danger of a nuclear conflict was considerable and should not be underestimated, in a television interview broadcast on Monday.",
     "He accused NATO of fighting a proxy war with Russia by arming Ukraine."],
    "diplomacy", "diplomacy", 3, LAVROV),
  OFF("2022-04-26 01:30", "Beijing begins mass testing in its largest district",
      ["Beijing began testing the 3.5 million residents of Chaoyang district for the coronavirus on Monday after dozens of cases were found, prompting people to stock up on food."],
      "beijing-chaoyang-mass-testing-2022-04-25", n="China Covid measures."),
  E("2022-04-25 22:10", "Five killed as Russian missiles strike rail sites in central Ukraine",
    ["Russian missiles hit five railway stations in central and western Ukraine on Monday morning, killing five people in the Vinnytsia region, Ukraine's railway operator and local officials said."],
    "strikes", "strikes", 3, RAIL, n="Toll 5."),
  OFF("2022-04-25 18:45", "Search for missing Hokkaido tour boat passengers widens",
      ["Japan's coast guard widened the search for passengers from a sightseeing boat that sank off the Shiretoko Peninsula, as divers prepared to reach the wreck."],
      "hokkaido-tour-boat-search-2022-04", n="Japan."),
  OFF("2022-04-25 11:20", "Macron promises to heal divisions after re-election",
      ["French President Emmanuel Macron pledged to govern for all of France after defeating far-right challenger Marine Le Pen in Sunday's run-off."],
      "macron-re-election-2022-04-24", n="French politics."),
  ]))

SEEDS.append(dict(id="7541", name="7541_mossbarrow-textlive", ext="txt", source="Mossbarrow Live", zone="Europe/Kyiv", render=r_mossbarrow, day="day3",
  title="Russian missiles hit Ukraine's railways: live", dateline="Monday 25 April 2022 \u00b7 Times are Kyiv time (EEST)",
  lede="Rolling coverage of the Russian invasion, day 61.",
  notes="Invented outlet. Text live page, OLDEST first. Each post: bare 'HH:MM' line (Kyiv time, EEST = UTC+3 per the date line), headline, optional 'by NAME' line (author), "
        "paragraphs. 7541-03 is a 'Pictured:' teaser without body. 7541-05 repeats 7541-02 nearly verbatim (duplicate_of). Spelling 'Koziatyn'.",
  not_entries=["masthead and breadcrumb", "title, date line and lede line", "'by NAME' lines (authors)", "support promo line", "'Live coverage continues tomorrow'", "footer line"],
  entries=[
  E("2022-04-25 09:30", "Ukrzaliznytsia: strikes on railway infrastructure this morning",
    ["Ukraine's state railway company says Russian missiles hit railway infrastructure at several stations in central and western Ukraine between 08:00 and 09:00.",
     "It said some trains were delayed and that information about casualties was still being gathered."],
    "strikes", "strikes", 3, RAIL, a="Oksana Hrytsenko", n="First report, no toll yet."),
  E("2022-04-25 11:50", "Blinken and Austin visited Kyiv overnight, Zelensky's office confirms",
    ["US Secretary of State Antony Blinken and Defense Secretary Lloyd Austin met President Zelensky in Kyiv on Sunday night, the highest-level American visit since the invasion began, the presidential office said.",
     "The two announced more military financing and the gradual return of US diplomats to Ukraine."],
    "diplomacy", "diplomacy", 3, BA, a="Andrii Koval", sec=["aid"]),
  E("2022-04-25 13:15", "Pictured: the damaged platform at Krasne station", [],
    "strikes", "strikes", 1, RAIL, n="Teaser without body (photo)."),
  E("2022-04-25 16:40", "Five dead in Vinnytsia region after strikes on stations",
    ["Five people were killed and 18 wounded when Russian missiles hit railway facilities in the Vinnytsia region, the regional governor said, including at the junction town of Koziatyn.",
     "Ukrzaliznytsia said all the targets were civilian infrastructure."],
    "strikes", "strikes", 3, RAIL, a="Oksana Hrytsenko", n="Toll 5, 18 wounded; spelling 'Koziatyn'."),
  E("2022-04-25 18:25", "Blinken and Austin visited Kyiv overnight, Zelensky's office confirms",
    ["US Secretary of State Antony Blinken and Defense Secretary Lloyd Austin met President Zelensky in Kyiv on Sunday night, the highest-level American visit since the invasion started, the presidential office said.",
     "They announced more military financing and the gradual return of US diplomats to Ukraine."],
    "diplomacy", "diplomacy", 1, BA, a="Andrii Koval", sec=["aid"], dup="7541-02", n="Near-verbatim repeat of 7541-02."),
  E("2022-04-25 20:05", "Kharkiv: shelling of Saltivka district wounds four",
    ["Four people were wounded when Russian shells hit apartment blocks in Kharkiv's Saltivka district in the evening, regional governor Oleh Syniehubov said."],
    "strikes", "strikes", 2, "kharkiv-saltivka-shelling-2022-04-25", a="Andrii Koval", n="Must not merge with the railway strikes (same topic and day)."),
  E("2022-04-25 23:10", "Explosions reported at security ministry building in Tiraspol",
    ["Several explosions damaged the building of the state security ministry in Tiraspol, the main city of Moldova's Russian-backed breakaway region of Transnistria, local authorities said.",
     "Nobody was reported hurt. Ukraine's military intelligence called the incident a Russian provocation."],
    "other", "security", 3, TIRASPOL, a="Oksana Hrytsenko"),
  ]))

SEEDS.append(dict(id="7542", name="7542_nethercleave-ldlive", ext="html", source="Nethercleave Review", zone="Europe/London", render=r_nethercleave, day="day3",
  url="https://nethercleave.example/world/live/2022/apr/25/russia-ukraine-war-live", title="Russia-Ukraine war: strikes hit five railway stations; blasts in Transnistria - live",
  standfirst=["Russian missiles hit railway sites in central and western Ukraine", "US pledges more military financing after Kyiv visit", "Explosions reported in Moldova's breakaway region"],
  byline="Marta Lindqvist (now) and Jon Ashby (earlier)", authors=["Marta Lindqvist", "Jon Ashby"], updated="Mon 25 Apr 2022 22.41 BST",
  notes="Invented outlet. HTML live page, newest first. TRAP: the LiveBlogPosting JSON-LD lists updates that all carry the PAGE's datePublished/dateModified and the page "
        "headline, so the per-entry time and headline must come from the HTML blocks: <time datetime='...Z'>22.30 BST</time>, a per-block byline line (the author), h2 headline, paragraphs. "
        "The standfirst bullets summarise the day and are not entries (no 'Key Points' heading). BST = UTC+1.",
  not_entries=["header and menu", "h1 title", "standfirst bullet list (page summary)", "page byline 'Marta Lindqvist (now) and Jon Ashby (earlier)' and 'Mon 25 Apr 2022 22.41 BST'",
               "per-block byline lines (authors)", "'Share' in each block", "'Older posts' link", "footer"],
  entries=[
  E("2022-04-25 22:30", "Transnistria: explosions hit 'state security ministry' in Tiraspol",
    ["The self-declared authorities in Transnistria say the building of their state security ministry in Tiraspol was hit by what appeared to be grenade-launcher fire.",
     "Moldova's government called an urgent meeting of its security council for Tuesday."],
    "other", "security", 3, TIRASPOL, a="Marta Lindqvist"),
  E("2022-04-25 19:45", "Large fire at oil depot in Russia's Bryansk",
    ["A major fire broke out overnight at an oil depot in the Russian city of Bryansk, about 150 kilometres from the Ukrainian border, Russia's emergencies ministry said.",
     "No cause was given, and Ukraine has not commented."],
    "other", "security", 2, "bryansk-oil-depot-fire-2022-04-25", a="Marta Lindqvist", n="Must not merge with the Tiraspol blasts (same theme: unexplained blasts away from the front)."),
  E("2022-04-25 17:20", "Austin: US wants to see Russia weakened",
    ["US Defense Secretary Lloyd Austin said after his visit to Kyiv that Washington wanted Russia weakened enough that it could not repeat an invasion like this one.",
     "He spoke to reporters in Poland alongside Antony Blinken, who said Russia was failing in its war aims."],
    "diplomacy", "diplomacy", 3, BA, a="Jon Ashby", n="Remarks at the press conference closing the visit: same story as the visit."),
  E("2022-04-25 11:05", "Ukraine's railways hit in morning wave of strikes; at least two dead",
    ["At least two people have been killed after Russian missiles struck railway facilities at five stations in central and western Ukraine within an hour this morning, according to Ukrzaliznytsia.",
     "The company's chief, Oleksandr Kamyshin, said passenger trains were being rerouted."],
    "strikes", "strikes", 3, RAIL, a="Jon Ashby", n="Toll 2."),
  E("2022-04-25 09:40", "Guterres travels to Ankara ahead of Moscow and Kyiv visits",
    ["UN Secretary-General António Guterres is in Turkey for talks with President Recep Tayyip Erdoğan before flying to Moscow on Tuesday to meet Vladimir Putin.",
     "He is due in Kyiv later in the week."],
    "diplomacy", "diplomacy", 3, "guterres-ankara-moscow-trip-2022-04-25", a="Jon Ashby", n="Must not merge with the Blinken/Austin visit (same theme: diplomatic visits)."),
  ]))

SEEDS.append(dict(id="7543", name="7543_oxenholt-rss", ext="xml", source="Oxenholt Wire", zone="America/New_York", render=r_oxenholt, day="day3",
  url="https://oxenholt.example/ukraine", title="Oxenholt Wire: Russia-Ukraine war", lede="Russia-Ukraine war coverage from the Oxenholt Wire",
  notes="Invented outlet (New York). War-desk RSS 2.0 feed, newest first, pubDate with '-0400' (EDT). dc:creator per item; body as HTML in description CDATA. Spelling 'Kozyatyn'; toll 3.",
  not_entries=["channel title, link, description", "links and guids"],
  entries=[
  E("2022-04-25 18:05", "Breakaway Moldovan region says security headquarters attacked",
    ["Authorities in Transnistria, a Russian-backed separatist region of Moldova bordering Ukraine, said their security ministry headquarters had been attacked on Monday, raising fears that the war could spread."],
    "other", "security", 3, TIRASPOL, a="Dana Whitcombe"),
  E("2022-04-25 14:30", "US details $713 million in military financing after Kyiv trip",
    ["The State Department will provide $713 million in foreign military financing to Ukraine and 15 allied and partner countries in the region, US officials said after Antony Blinken and Lloyd Austin returned from Kyiv.",
     "About $322 million of the total is earmarked for Ukraine."],
    "aid", "aid", 3, BA, a="Dana Whitcombe", sec=["diplomacy"], n="Announcement made during the visit: same story; headline leads with money, so aid."),
  E("2022-04-25 07:20", "Russian strikes on rail hubs kill three, Ukraine says",
    ["Russian missiles struck railway facilities across central and western Ukraine on Monday, killing at least three people, Ukrainian officials said, in what they described as an attempt to disrupt the flow of Western weapons.",
     "Among the stations hit was Kozyatyn, a key junction southwest of Kyiv."],
    "strikes", "strikes", 3, RAIL, a="Reid Castellano", n="Toll 3; spelling 'Kozyatyn'."),
  E("2022-04-25 03:15", "Blinken, Austin meet Zelenskyy in first top-level US visit since invasion",
    ["Secretary of State Antony Blinken and Defense Secretary Lloyd Austin met Ukrainian President Volodymyr Zelenskyy in Kyiv, the most senior American officials to visit the country since Russia invaded in February."],
    "diplomacy", "diplomacy", 3, BA, a="Reid Castellano"),
  ]))

SEEDS.append(dict(id="7544", name="7544_pellingrave-article", ext="txt", source="Pellingrave Journal", zone="Europe/Paris", render=r_pellingrave, day="day3",
  title="Russia targets Ukraine's railways; Lavrov raises the nuclear spectre",
  standfirst="Missiles struck five stations in an hour, while Moscow's foreign minister warned of a 'real' nuclear danger.",
  byline="By \u00c9lodie Marchetti, Paris", dateline="Updated 25.04.2022 at 22:50 CEST", dateline_t="2022-04-25 22:50",
  lede="Monday brought a new kind of pressure on Ukraine's rear, while the Kremlin's top diplomat raised the stakes in words.",
  more="Guterres heads to Moscow: what the UN can and cannot do",
  notes="Invented outlet (Paris, English). Text article with three section headings, each one entry (stamp null; published = the dateline 'Updated 25.04.2022 at 22:50 CEST' "
        "= 20:50 UTC, day-first dotted date; author = the byline name). Section 2 is a theme piece (explainer on the railways). Spellings 'Kazatin' / 'Koziatyn'.",
  not_entries=["masthead and breadcrumb", "title and standfirst", "byline and dateline", "lede paragraph before the first section", "'Read also: ...' link", "footer line"],
  entries=[
  E(None, "Five stations in an hour",
    ["Between eight and nine in the morning, Russian missiles struck five railway stations in central and western Ukraine, among them Kazatin, as the Russians call the junction of Koziatyn.",
     "Five people died in the Vinnytsia region, according to the governor there, and 18 were injured.",
     "Ukrainian officials said the strikes were meant to disrupt both passenger traffic and the flow of Western arms."],
    "strikes", "strikes", 3, RAIL, a="\u00c9lodie Marchetti", n="Toll 5; spelling 'Kazatin'."),
  E(None, "Why the railways matter",
    ["Ukraine's rail network has been the backbone of its war effort: it has carried millions of people away from the fighting and brings in most of the heavy equipment sent by Western governments.",
     "Unlike roads, railway junctions are few and hard to replace, which makes them tempting targets for long-range missiles.",
     "Railway workers have kept trains running through the war, often repairing damaged track within hours."],
    "strikes", "strikes", 2, "explainer-ukraine-railways-as-target", a="\u00c9lodie Marchetti", n="Theme piece (explainer); its own story, must not merge with the day's strikes."),
  E(None, "Lavrov's warning",
    ["In an interview broadcast on Russian television on Monday evening, Sergei Lavrov said the risk of nuclear war was substantial and must not be underestimated.",
     "He also said Western arms deliveries made NATO a party to the conflict, remarks that Kyiv's foreign minister dismissed as a sign that Moscow had lost hope of scaring the world away from supporting Ukraine."],
    "diplomacy", "diplomacy", 3, LAVROV, a="\u00c9lodie Marchetti"),
  ]))


# ============================================================ emit
BASIS = {
  "r_newscorp": "time line '{s}' with no date or zone; Alice Springs time (ACST, UTC+09:30) implied by the outlet; local date {d} from the header lines "
                "'April 19, 2022 - 10:02AM' / 'Updated April 20, 2022 - 1:52AM' and the newest-first order (times after '1.50am' and '12.35am' roll back across local midnight)",
  "r_acm_article": "no per-section time; the article's stamp line '{s}' ({d}, Port Lincoln time ACDT = UTC+10:30, implied by the outlet) is used for every section; JSON-LD datePublished agrees",
  "r_acm_topic": "dated stamp '{s}' after the card's byline; South Australian time (ACDT, UTC+10:30) implied by the outlet",
  "r_acm_timeline": "timeline stamp '{s}' on {d} from 'Updated April 10 2022 - 8:15pm, first published 10:05am'; 'All times AEST.' (Hobart, UTC+10)",
  "r_nzh_live": "time line '{s}' under the headline; date from the date line 'Thursday 12 May' (no year printed: parse_args --date 2022-05-12); NZST = UTC+12 implied by the outlet",
  "r_postmedia_live": "stamp '{s}' at the start of the post line; date from 'Publishing date: May 04, 2022'; 'All times Eastern.' (EDT = UTC-4)",
  "r_brandonsun": "stamp '{s}' (date, 12 h time, CDT = UTC-5)",
  "r_postmedia_rss": "pubDate '{s}' (explicit +0000); published_local in the outlet's home zone",
  "r_blox": "relative stamp '{s}' inside <time datetime> giving {d} {z}; agrees with 'Updated 5:40 pm · Jul 5, 2022' (floor of whole hours)",
  "r_blackpress_rss": "pubDate '{s}' (explicit -0600, Mountain daylight time)",
  "r_quillanmoor": "stamp '{s}' under the date line 'Saturday 11 June 2022 · All times BST' (UTC+1)",
  "r_brindleshaw": "visible '{s}' with <time datetime> (+03:00) under the day divider for {d}; JSON-LD update time agrees",
  "r_worldrss": "pubDate '{s}' (explicit zone)",
  "r_atom": "<published> '{s}' (explicit offset)",
  "r_gilvarrow": "no per-section time; the article dateline '{s}' used for every section",
  "r_ferrowick": "stamp '{s}' under the date line 'Sunday, 12 June 2022 · Kyiv time' (EEST = UTC+3)",
  "r_eskmarden": "trailing stamp '{s}' on the page's day 'Sunday 12 June' (no year: parse_args --date 2022-06-12); 'Times are BST.' (UTC+1)",
  "r_corrowby": "no per-section time; the article dateline '{s}' (day first) used for every section; JSON-LD datePublished agrees",
  "r_mossbarrow": "stamp '{s}' under the date line 'Monday 25 April 2022 · Times are Kyiv time (EEST)' (UTC+3)",
  "r_nethercleave": "visible block time '{s}' with <time datetime> in UTC; JSON-LD update times are the page's and are ignored",
  "r_oxenholt": "pubDate '{s}' (explicit -0400)",
  "r_pellingrave": "no per-section time; the article dateline '{s}' (day.month.year) used for every section",
}


def main():
    for sub in ("seeds", "gold"):
        os.makedirs(os.path.join(ROOT, sub), exist_ok=True)
        for f in os.listdir(os.path.join(ROOT, sub)):
            os.remove(os.path.join(ROOT, sub, f))
    total = 0
    for S in SEEDS:
        for e in S["entries"]:
            if e["t"] is None:
                e["t"] = S["dateline_t"]
        text, stamps = S["render"](S)
        fn = f"{S['name']}.{S['ext']}"
        with open(os.path.join(ROOT, "seeds", fn), "w", encoding="utf-8") as fh:
            fh.write(text)
        rname = S["render"].__name__
        ents = []; days = set()
        for i, e in enumerate(S["entries"]):
            d = dt(e["t"], S["zone"]); u = d.astimezone(UTC); days.add(u.date().isoformat())
            s = stamps[i] if stamps[i] is not None else S.get("dateline_print")
            fs = e["fs"] or (first_sentence(e["p"][0]) if e["p"] else None)
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                         "published_basis": BASIS[rname].format(s=s, d=d.strftime("%Y-%m-%d"), z=S["zone"]),
                         "author": e["a"], "first_sentence": fs, "body_paragraphs": len(e["p"]),
                         "topic": e["top"], "subtopic": e["sub"], "secondary_topics": e["sec"],
                         "importance": e["imp"], "key_point": e["kp"], "duplicate_of": e["dup"], "story": e["st"],
                         "notes": e["n"]})
        assert len(days) == 1, (S["id"], days)
        gold = {"seed": fn, "source": S["source"], "page_title": S["title"], "page_timezone": S["zone"]}
        if S.get("parse_args"):
            gold["parse_args"] = S["parse_args"]
        gold.update({"notes": S["notes"], "entries": ents, "not_entries": S["not_entries"]})
        with open(os.path.join(ROOT, "gold", S["name"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        total += len(ents)
        print(f"{fn:40s} {len(ents):2d}  {days.pop()}")
    print("total entries:", total)


if __name__ == "__main__":
    main()

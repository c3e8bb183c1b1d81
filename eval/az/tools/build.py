#!/usr/bin/env python3
"""Builds the eval/az seeds and gold files from one hand-written data table (below).
All news text is invented or paraphrased by the blind tester in his own words; Part B outlets are invented.
Deterministic. Run from the project root:  python3 eval/az/tools/build.py"""
import html, json, os, re
from datetime import datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=None, **extra):
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(extra)
    return d


def OFF(t, h, p, st, a=None, n="", **extra):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **extra)


ABBR = {"St", "Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Sgt", "Gov", "Sen", "Rep", "No", "Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec"}


def first_sentence(par):
    for m in re.finditer(r'[.!?]["\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018(]|$)', par):
        word = re.search(r"(\S*)$", par[:m.start()]).group(1).lstrip("(\"\u201c")
        if par[m.start()] == "." and m.end() < len(par) and (word in ABBR or re.fullmatch(r"[A-Z]", word) or re.search(r"(^|\.)[A-Za-z]\.[A-Za-z]$", word)):
            continue
        return par[:m.end()]
    return par


def esc(s):
    return html.escape(s, quote=False)


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def h12(d, sep=":", am="am", pm="pm", space=""):
    return f"{d.hour % 12 or 12}{sep}{d.minute:02d}{space}{am if d.hour < 12 else pm}"


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def nonblank_join(out):
    return "\n".join(l for l in out if l is not None) + "\n"


# ====================================================================== Part A renderers (layout of real outlets; wording mine)

def r_es(S):
    """Express & Star 'World News' section page, select-all text. Newest first. Headline, standfirst/excerpt, then the
    byline 'By Press Association' and 'Published: Apr 22, 2023 9:10pm' AFTER the text, then a comment count. UK time implied."""
    z = S["zone"]
    L = ["Skip to main content", "Express & Star", "Menu", "Search", "Sign in", "Subscribe", "",
         "News", "Sport", "Wolves", "Business", "Entertainment", "Lifestyle", "Motors", "Jobs", "Announcements", "Puzzles", "",
         "Your privacy on Express & Star",
         "We and our partners use cookies and similar tools to keep this site running, to see how it is used and to show adverts that suit you. Choose Accept to carry on, or change your choices at any time under Manage settings.",
         "Accept", "Manage settings", "",
         "News", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"Published: {MON3[d.month - 1]} {d.day}, {d.year} {h12(d)}"
        stamps.append(st)
        L += [e["h"], ""] + ptxt(e["p"]) + [f"By {e['a']}", st, f"{e.get('cm', 0)} comments", ""]
        if i == 2:
            L += ["Advertisement", "", "Most Read",
                  "1. Ring road lane closures planned for bank holiday weekend",
                  "2. Tributes to Bilston boxing coach who trained generations of fighters",
                  "3. Work on new bus shelters in Walsall town centre to start next month", ""]
    L += ["Load more", "", "Express & Star", "About us", "Contact us", "Terms and conditions", "Privacy notice", "Cookie policy",
          "\u00a9 2023 Midland News Association. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_wm(S):
    """Western Mail live blog (Reach-style page), select-all text. Newest first. Each post: bare 'HH:MM' line, author line,
    headline, paragraphs, 'Share'. KEY EVENTS box at the top (time + headline). Page dates '11:02, 7 MAY 2023'. UK time implied."""
    z = S["zone"]
    L = ["Western Mail", "Menu", "Sign in", "", "News  Sport  Rugby  Politics  Business  What's On  Property  Cymraeg", "",
         "We use cookies so the site works properly and to show you adverts that fit your interests. See our cookie notice to find out more.",
         "Got it", "", "NewsUK & World News", "", S["title"], S["lede"], "",
         "By" + S["byline"], S["byrole"], S["first"], "Updated" + S["upd"], "Bookmark", "", "KEY EVENTS"]
    stamps = []
    for e in S["entries"]:
        stamps.append(f"{dt(e['t'], z):%H:%M}")
    for i, e in enumerate(S["entries"]):
        if e["kp"]:
            L += [stamps[i], e["h"]]
    L += ["", ""]
    for i, e in enumerate(S["entries"]):
        L += [stamps[i], e["a"], e["h"], ""] + ptxt(e["p"]) + ["Share", ""]
        if i == 2:
            L += ["Get the biggest stories from Wales and beyond sent to your inbox", "Sign up",
                  "Sign-ups are used only to send the newsletters you chose. You can leave at any time.", ""]
    L += ["Show more", "", "Comments", "", "Most Read", "Cardiff pub named one of the best in Britain", "Drivers warned of M4 overnight closures",
          "", "Follow Western Mail", "Facebook  Twitter  Instagram", "", "Contact us  Advertise  Terms & conditions  Privacy notice  Cookie notice",
          "Western Mail is part of Reach plc"]
    return "\n".join(L) + "\n", stamps


def r_spec(S):
    """The Hamilton Spectator (Torstar page) carrying a Canadian Press 'The latest' round-up, HTML. Items have NO headline:
    a bold time line ('6:50 p.m.'), then paragraphs that open with a dateline, then a '___' separator. Newest first.
    Page byline 'The Canadian Press'; 'Sat., June 10, 2023' + the 'timer' icon ligature; Eastern time implied (no zone)."""
    z = S["zone"]
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": first.isoformat(),
          "dateModified": last.isoformat(), "author": [{"@type": "Organization", "name": "The Canadian Press"}],
          "publisher": {"@type": "Organization", "name": "The Hamilton Spectator"}, "articleSection": "World"}
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | TheSpec.com</title>",
           '<meta property="og:site_name" content="TheSpec.com">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<div class="consent">We use cookies to make the site work, to measure traffic and to personalise ads. <button>Accept</button> <button>Settings</button></div>',
           '<header class="site-header"><a class="logo" href="/">The Hamilton Spectator</a><nav><a href="/local">Local</a> <a href="/news/canada">Canada</a> '
           '<a href="/news/world">World</a> <a href="/business">Business</a> <a href="/sports">Sports</a> <a href="/opinion">Opinion</a> <a href="/life">Life</a> '
           '<a href="/obituaries">Obituaries</a></nav><a class="btn" href="/subscribe">Subscribe</a> <a class="btn" href="/signin">Sign In</a></header>',
           '<main><article class="article">', '<div class="article__kicker"><a href="/news/world">World</a></div>',
           f'<h1 class="article__headline">{esc(S["title"])}</h1>',
           '<div class="article__byline">By <span class="author">The Canadian Press</span></div>',
           f'<div class="article__published"><span class="date">{esc(S["dateline"])}</span><span class="material-icons">timer</span><span class="read">4 min read</span></div>',
           '<div class="article__updated">Article was updated 3 hrs ago</div>',
           '<div class="share"><a>Share via Email</a> <a>Share via Facebook</a> <a>Share via Twitter</a> <a>Copy article link</a> <a>Save</a></div>',
           '<div class="article__body">', f"<p>{esc(S['lede'])}</p>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        st = h12(dt(e["t"], z), am=" a.m.", pm=" p.m."); stamps.append(st)
        out.append(f"<p><strong>{st}</strong></p>")
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append("<p>___</p>")
        if i == 3:
            out.append('<div class="ad-slot">Advertisement</div>')
    out += [f"<p><em>{esc(S['footer'])}</em></p>", "</div>",
            '<div class="newsletter"><p>Sign up for our World newsletter</p><input type="email" placeholder="Email address"> <button>Sign Up</button></div>',
            '<section class="related"><h2>More from The Hamilton Spectator</h2><a href="/r/1">Bayfront park cleanup draws hundreds of volunteers</a> '
            '<a href="/r/2">Ticats open training camp at McMaster</a></section>',
            "</article></main>", '<footer>\u00a9 Copyright The Hamilton Spectator. All rights reserved. <a>Privacy Policy</a> <a>Terms</a> <a>Contact Us</a></footer>',
            "</body></html>"]
    return "\n".join(out) + "\n", stamps


def r_sacbee(S):
    """The Sacramento Bee (McClatchy) Nation & World RSS 2.0: pubDate with a US zone NAME ('PDT'), dc:creator 'By NAME, Associated Press',
    description CDATA paragraphs, media:content with a photo caption. Newest first; local dates straddle midnight."""
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom">',
           "<channel>", f"<title>{esc(S['title'])}</title>", "<link>https://www.sacbee.com/news/nation-world/</link>",
           '<atom:link href="https://www.sacbee.com/news/nation-world/?widgetName=rssfeed&amp;widgetContentId=712015&amp;getXmlFeed=true" rel="self" type="application/rss+xml"/>',
           "<description>Latest national and world news from The Sacramento Bee</description>", "<language>en-us</language>",
           "<copyright>Copyright 2023 The Sacramento Bee</copyright>", f"<lastBuildDate>{S['build']}</lastBuildDate>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = d.strftime("%a, %d %b %Y %H:%M:%S ") + d.tzname(); stamps.append(st)
        url = f"https://www.sacbee.com/news/nation-world/world/article2731{i + 40:02d}{i * 7 % 10}18.html"
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{url}</link>", f'<guid isPermaLink="true">{url}</guid>', f"<pubDate>{st}</pubDate>",
                f"<dc:creator>{esc(e['byl'])}</dc:creator>",
                "<description><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></description>"]
        if e.get("cap"):
            out += [f'<media:content url="https://www.sacbee.com/latest-news/{i + 1}/ALTERNATES/LANDSCAPE_1140/photo.jpg" medium="image">',
                    f"<media:description><![CDATA[{esc(e['cap'])}]]></media:description>", "<media:credit>AP</media:credit>", "</media:content>"]
        out.append("</item>")
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_hc(S):
    """Houston Chronicle (Hearst) running updates page, HTML. OLDEST first. Day headers WITHOUT year ('Saturday, April 1');
    each update: '7:20 p.m.' span, h3 headline, paragraphs, credit line '\u2014 Associated Press' / '\u2014 NAME, Staff writer'.
    Year only in the 'Updated April 2, 2023 4:31 p.m.' line and the page-level JSON-LD. Central time implied; crosses local midnight."""
    z = S["zone"]
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": "https://www.houstonchronicle.com/news/nation-world/article/ukraine-war-updates-17875520.php",
          "headline": S["title"], "datePublished": first.isoformat(), "dateModified": last.isoformat(),
          "author": [{"@type": "Person", "name": S["byline"]}, {"@type": "Organization", "name": "Associated Press"}],
          "publisher": {"@type": "Organization", "name": "Houston Chronicle"}}
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<header class="masthead"><a href="/" class="logo">Houston Chronicle</a><nav><a>Houston</a> <a>Texas</a> <a>Politics</a> <a>Sports</a> '
           '<a>Business</a> <a>Opinion</a> <a>Food</a> <a>Culture</a> <a>Weather</a></nav><a class="sub">Subscribe</a> <a class="signin">Sign In</a></header>',
           '<main><div class="breadcrumb"><a>News</a> \u203a <a>Nation &amp; World</a></div>', f"<h1>{esc(S['title'])}</h1>",
           f'<div class="byline">By <a class="author">{esc(S["byline"])}</a>, Staff writer and Associated Press</div>',
           f'<time class="dateline">{esc(S["updated"])}</time>',
           '<div class="share"><a>Facebook</a> <a>Twitter</a> <a>Email</a> <a>Comments</a></div>', f'<p class="intro">{esc(S["lede"])}</p>']
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        day = f"{WEEKDAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}"
        if day != cur:
            cur = day; out.append(f'<h2 class="day-header">{day}</h2>')
        st = h12(d, am=" a.m.", pm=" p.m."); stamps.append(st)
        out.append(f'<div class="update"><span class="timestamp">{st}</span><h3>{esc(e["h"])}</h3>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append(f'<p class="credit">\u2014 {esc(e["byl"])}</p></div>')
        if i == 2:
            out.append('<div class="ad">ADVERTISEMENT</div><div class="promo">Article continues below this ad</div>')
    out += ['</main><aside class="most-popular"><h4>Most Popular</h4><ol><li>Spring storms could bring hail to Houston area</li>'
            '<li>Astros fall in extra innings</li></ol></aside>',
            '<footer>\u00a92023 Hearst Newspapers, LLC \u00b7 Terms of Use \u00b7 Privacy Notice \u00b7 Your Privacy Choices</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_azc(S):
    """The Arizona Republic (azcentral, Gannett) article with h2 sections, HTML. One page byline ('NAME' / 'Arizona Republic'),
    'Published 10:14 a.m. MT June 1, 2023 | Updated ...' \u2014 'MT' in Arizona means MST all year (no DST), i.e. UTC-7 in June.
    One entry per section; no per-section time."""
    z = S["zone"]; d0 = dt(S["pub"], z); d1 = dt(S["upd"], z)
    def gdate(d):
        return f"{h12(d, am=' a.m.', pm=' p.m.')} MT {MONTHS[d.month - 1]} {d.day}, {d.year}"
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": d0.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
          "dateModified": d1.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), "author": [{"@type": "Person", "name": S["byline"]}],
          "publisher": {"@type": "Organization", "name": "The Arizona Republic"}}
    out = ["<!DOCTYPE html>", '<html lang="en-US"><head><meta charset="utf-8">', f"<title>{esc(S['title'])}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<header class="gnt_n"><a class="gnt_n_logo" href="/">azcentral. | The Arizona Republic</a><nav><a>News</a> <a>Sports</a> <a>Things to Do</a> '
           '<a>Politics</a> <a>Opinion</a> <a>Obituaries</a> <a>eNewspaper</a> <a>Legals</a></nav><a class="gnt_n_sub">Subscribe</a> <a>Sign In</a></header>',
           '<main><article class="gnt_pr">', f'<h1 class="gnt_ar_hl">{esc(S["title"])}</h1>',
           f'<div class="gnt_ar_by"><a class="gnt_ar_by_a">{esc(S["byline"])}</a><div class="gnt_ar_by_t">Arizona Republic</div></div>',
           f'<div class="gnt_ar_dt">Published {gdate(d0)} | Updated {gdate(d1)}</div>',
           '<div class="gnt_ss"><a>Facebook</a> <a>Twitter</a> <a>Email</a></div>', '<div class="gnt_ar_b">']
    out += [f'<p class="gnt_ar_b_p">{esc(p)}</p>' for p in S["lede"]]
    stamps = []
    for i, e in enumerate(S["entries"]):
        out.append(f'<h2 class="gnt_ar_b_h2">{esc(e["h"])}</h2>')
        out += [f'<p class="gnt_ar_b_p">{esc(p)}</p>' for p in e["p"]]
        stamps.append(None)
        if i == 1:
            out.append('<aside class="gnt_em"><span>Related:</span> <a>Phoenix-area Ukrainians mark a year of volunteer work</a></aside>')
        if i == 3:
            out.append('<div class="gnt_x">Advertisement</div>')
    out += [f'<p class="gnt_ar_b_p">{esc(S["tail"])}</p>', "</div></article></main>",
            '<section class="gnt_nl"><p>Get the Arizona Republic morning headlines in your inbox</p><button>Sign up</button></section>',
            '<footer>\u00a9 2023 www.azcentral.com. All rights reserved. | Terms of Service | Privacy Policy | Your Privacy Choices</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_muscat(S):
    """Muscat Daily 'World' category page, select-all text. Newest first. Headline, credit line ('AFP'), stamp line
    '19 Jun 2023, 2:10 AM' AFTER the headline, excerpt, 'Read More \u00bb'. Oman time (UTC+4) implied; the items straddle local midnight.
    The header clock shows the fetch day."""
    z = S["zone"]
    L = ["Muscat Daily", S["clock"], "", "Oman  Business  World  Sports  Entertainment  Lifestyle  Tech  Opinion  e-Paper", "Search", "",
         "Muscat Daily uses cookies for site functions and visitor statistics. Carry on browsing to accept them, or see our policy.", "Accept  Read Policy", "",
         S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{d.day} {MON3[d.month - 1]} {d.year}, {h12(d, am=' AM', pm=' PM')}"; stamps.append(st)
        L += [e["h"], e["a"], st, ""] + ptxt(e["p"]) + ["Read More \u00bb", ""]
        if i == 3:
            L += ["Advertisement", ""]
    L += ["Load more", "", "Trending", "Khareef season flights to Salalah increased", "New traffic rules for heavy vehicles in Muscat", "",
          "Subscribe to our newsletter", "Your email address", "Subscribe", "",
          "\u00a9 2023 Muscat Daily. Apex Press and Publishing. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_nation(S):
    """The Nation (Thailand) 'World' section listing, HTML cards. Newest first. Card: category, h3 headline, meta line
    (agency credit + '09 Feb 2023 22:10'), one- or two-paragraph excerpt. Thai time (UTC+7) implied. BreadcrumbList JSON-LD only."""
    z = S["zone"]
    ld = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": 1, "name": "Home", "item": "https://www.nationthailand.com/"},
        {"@type": "ListItem", "position": 2, "name": "World", "item": "https://www.nationthailand.com/world"}]}
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">', "<title>World - Nation Thailand</title>",
           '<script type="application/ld+json">' + json.dumps(ld) + "</script></head><body>",
           '<header><a class="logo" href="/">nation</a> <span class="tag">Thailand</span><nav><a>Thailand</a> <a>Business</a> <a>Life</a> <a>World</a> '
           '<a>Tech</a> <a>Opinion</a> <a>Photos</a> <a>Videos</a></nav><a class="signin">SIGN IN</a></header>',
           '<div class="cookie">This website uses cookies for analysis and to improve your browsing. <a>Privacy Policy</a> <button>ACCEPT</button></div>',
           f'<main><h1 class="section-title">{esc(S["title"])}</h1><div class="list">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%d} {MON3[d.month - 1]} {d.year} {d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="card"><a class="category">{e.get("cat", "World")}</a><h3><a href="/world/4004{i + 17:02d}">{esc(e["h"])}</a></h3>'
                   f'<div class="meta"><span class="author">{esc(e["a"])}</span><span class="date">{st}</span></div>')
        out += [f'<p class="excerpt">{esc(p)}</p>' for p in e["p"]]
        out.append("</div>")
        if i == 4:
            out.append('<div class="ads">ADVERTISEMENT</div>')
    out += ['</div><button class="more">Load More</button></main>',
            '<aside><h4>Most Popular</h4><a>Baht firms as tourists return</a> <a>Songkran water festival events planned nationwide</a></aside>',
            '<footer>Nation Group (Thailand) Public Company Limited \u00a9 2023 | Privacy Policy | Contact Us</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_sggp(S):
    """Saigon Giai Phong (SGGP) English edition World RSS 2.0: pubDate '+0700', no authors, description CDATA that opens with a linked
    thumbnail then the standfirst; Vietnamese copyright line in the channel."""
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "<channel>", f"<title>{esc(S['title'])}</title>",
           "<link>https://en.sggp.org.vn/world/</link>", "<description>SGGP English Edition - World news</description>", "<language>en</language>",
           "<copyright>B\u1ea3n quy\u1ec1n thu\u1ed9c v\u1ec1 B\u00e1o S\u00e0i G\u00f2n Gi\u1ea3i Ph\u00f3ng</copyright>",
           f"<lastBuildDate>{S['build']}</lastBuildDate>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%a, %d %b %Y %H:%M:%S %z"); stamps.append(st)
        url = f"https://en.sggp.org.vn/{e['slug']}-post1013{i + 52}.html"
        desc = f'<a href="{url}"><img src="https://image.sggp.org.vn/w300/Uploaded/2023/world/{i + 3}.jpg" alt="" /></a>' + "".join(f"<p>{esc(p)}</p>" for p in e["p"])
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{url}</link>", f"<guid>{url}</guid>", f"<pubDate>{st}</pubDate>",
                f"<description><![CDATA[{desc}]]></description>", "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_jordan(S):
    """Jordan News digest page, select-all text. OLDEST first. No year anywhere: the header date is 'Sunday, February 19'.
    Each item: headline, a credit line 'AFP \u00b7 09:15' (agency, then bare local time), paragraphs. Jordan time (UTC+3 all year) implied."""
    z = S["zone"]
    L = ["Jordan News", "\u0639\u0631\u0628\u064a", "", "Local  Region  World  Business  Sports  Culture  Opinion  Podcasts", "", S["clock"], "",
         "World", S["title"], S["byline"], "", S["lede"], "", "Share: Facebook  Twitter  WhatsApp  Email", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        st = f"{dt(e['t'], z):%H:%M}"; stamps.append(st)
        L += [e["h"], f"{e['a']} \u00b7 {st}", ""] + ptxt(e["p"])
        if i == 3:
            L += ["ADVERTISEMENT", ""]
    L += ["Read also:", "Jordan, Iraq discuss oil pipeline project", "Amman hosts regional water conference", "",
          "Jordan News \u2014 an independent English-language daily", "About  Contact  Terms of use  Privacy"]
    return "\n".join(L) + "\n", stamps


# ====================================================================== Part B renderers (invented outlets)

def r_wetherlam(S):
    """Text live page, London. Newest first. 'Key Points' bullets at the top. Each post: headline, then the stamp line
    '21.05 BST \u00b7 NAME' (dot in the time, after the headline), then paragraphs."""
    z = S["zone"]
    L = ["WETHERLAM POST", "Home / World / Ukraine", "", S["title"], S["dateline"], "", S["lede"], "", "Key Points"]
    L += ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]]
    L += ["", "Latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H.%M} BST"; stamps.append(st)
        L += [e["h"], st + (f" \u00b7 {e['a']}" if e["a"] else ""), ""] + ptxt(e["p"])
        if i == 3:
            L += ["Sponsored", ""]
    L += ["Show earlier posts", "", "Wetherlam Post \u00b7 Contact \u00b7 Complaints \u00b7 Cookie settings"]
    return "\n".join(L) + "\n", stamps


def r_blencathra(S):
    """HTML live page, Kyiv time. Newest first. LiveBlogPosting JSON-LD with one BlogPosting per update (headline only when the
    update has one, datePublished with +03:00 / +02:00). Visible: <span class='time'>HH:MM</span>, optional h3, 'By NAME', paragraphs."""
    z = S["zone"]; ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#update-{len(S['entries']) - i}", "datePublished": d.isoformat(), "articleBody": "\n\n".join(e["p"])}
        if e["h"]:
            u["headline"] = e["h"]
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
          "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "liveBlogUpdate": ups}
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | Blencathra Herald</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<header><a class="brand">Blencathra Herald</a><nav><a>Live</a> <a>War</a> <a>Economy</a> <a>Opinion</a> <a>Support us</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="date">{esc(S["dateline"])}</p>', f'<p class="tz">{esc(S["tznote"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="update"><span class="time">{st}</span>' + (f"<h3>{esc(e['h'])}</h3>" if e["h"] else ""))
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="by">By {esc(e["a"])}</p>')
        out.append('<button class="share">Share</button></article>')
        if i == 2:
            out.append('<aside class="donate">The Herald is funded by readers. <a>Become a supporter</a></aside>')
    out += ['<button class="more">Load earlier updates</button></main>', "<footer>Blencathra Herald \u00b7 Editorial policy \u00b7 Privacy</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_rss_world(S):
    """RSS 2.0 general world feed; pubDate with 'GMT' or a numeric offset (S['rfc']); CDATA paragraphs; optional <author>-less items."""
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>',
           f"<title>{esc(S['title'])}</title>", f"<link>{S['url']}</link>", f"<description>{esc(S['lede'])}</description>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if S["rfc"] == "GMT" else d.strftime("%z")); stamps.append(st)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{S['url']}/{e['st'][:40]}-{i + 311}</link>", f"<pubDate>{st}</pubDate>",
                f"<category>{e.get('cat', 'World')}</category>"]
        if e["a"]:
            out.append(f"<dc:creator>{esc(e['a'])}</dc:creator>")
        out += ["<description><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></description>", "</item>"]
    out.append("</channel></rss>")
    return "\n".join(out) + "\n", stamps


def r_textarticle(S):
    """Text article with section headings; page byline and a dateline '30.05.2023, 21:30' (no zone printed: the outlet's home zone);
    one entry per section; no per-section time."""
    z = S["zone"]; d = dt(S["dateline_t"], z)
    L = [S["source"], "World \u203a Eastern Europe", "", S["title"], "", S["byline_line"], f"{d:%d.%m.%Y}, {d:%H:%M}", "", S["lede"], ""]
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
    L += ["Tags: Ukraine, Russia, Europe", "Read next: " + S["more"], "", f"\u00a9 {S['source']} 2023"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_atom(S):
    """Atom 1.0; <published> with the outlet's offset ('Z' or '+02:00'); summary plus escaped-HTML content; author per entry. Newest first."""
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f"<title>{esc(S['title'])}</title>",
           f"<subtitle>{esc(S['lede'])}</subtitle>", f'<link rel="alternate" href="{S["url"]}"/>', f"<id>{S['url']}/atom</id>",
           f"<updated>{dt(S['entries'][0]['t'], z).isoformat().replace('+00:00', 'Z')}</updated>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat().replace("+00:00", "Z"); stamps.append(st)
        out += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link rel="alternate" href="{S["url"]}/{i + 880}"/>', f"<id>tag:{S['url'][8:]},2023:{i + 880}</id>",
                f"<published>{st}</published>", f"<updated>{st}</updated>"]
        if e["a"]:
            out.append(f"<author><name>{esc(e['a'])}</name></author>")
        if e["p"]:
            out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</content>")
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


def r_lindeth(S):
    """Text live page, Kyiv time, OLDEST first; date line 'Wednesday 31 May' WITHOUT year; stamp '8.10am' on its own line before the
    headline; signature '\u2013 NAME' after the body."""
    z = S["zone"]
    L = ["Lindeth Daily", "Live | Front line | Economy | Culture | Podcasts", "", S["title"], S["dateline"], S["tznote"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = h12(d, sep="."); stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e["a"]:
            L += ["\u2013 " + e["a"], ""]
        if i == 2:
            L += ["Lindeth Daily is free to read. Chip in to keep it that way.", ""]
    L += ["That's all from us today. Coverage continues tomorrow.", "Lindeth Daily \u00b7 Masthead \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_wrynose(S):
    """Text live page, Kyiv winter time. Newest first. Stamp line '22:45 EET' before the headline; author line 'Olha \u2026' after it."""
    z = S["zone"]
    L = ["WRYNOSE REPORT", "War  |  Politics  |  Economy  |  Explainers", "", S["title"], S["dateline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} EET"; stamps.append(st)
        L += [st, e["h"]] + ([e["a"]] if e["a"] else []) + [""] + ptxt(e["p"])
        if i == 3:
            L += ["Support Wrynose Report from $3 a month \u2192", ""]
    L += ["Yesterday's live page", "Wrynose Report \u00b7 About \u00b7 Contact"]
    return "\n".join(L) + "\n", stamps


def r_honister(S):
    """HTML live page, London (GMT in January). Newest first. No JSON-LD. Each block: <p class='stamp'>4.40pm</p>, h2 headline,
    paragraphs, <p class='byline'>NAME</p>."""
    z = S["zone"]
    out = ["<!DOCTYPE html>", '<html lang="en-GB"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} - Honister Times</title></head><body>",
           '<div class="cookie-banner">Honister Times uses cookies. <button>OK</button> <a>More options</a></div>',
           '<header>Honister Times <nav><a>News</a> <a>Ukraine</a> <a>Business</a> <a>Sport</a> <a>Puzzles</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = h12(d, sep="."); stamps.append(st)
        out.append(f'<div class="live-block"><p class="stamp">{st}</p><h2>{esc(e["h"])}</h2>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="byline">{esc(e["a"])}</p>')
        out.append("</div>")
        if i == 2:
            out.append('<aside class="related"><h3>Related</h3><a>How Ukraine rebuilt its power grid in 2022</a></aside>')
    out += ['<div class="newsletter">Get the Honister Times morning briefing</div></main><footer>Honister Times \u00a9 2023</footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ====================================================================== PART A: ten real outlets' layouts (own words)
SEEDS = []

SEEDS.append(dict(id="5300", name="5300_expressandstar-world", ext="txt", source="Express & Star", zone="Europe/London", render=r_es,
  title="World News",
  notes="Imitates the Express & Star (Wolverhampton) World News section page, copied as plain text. Newest first. Each item: headline, a standfirst "
        "paragraph (two for some items), then the byline line ('By Press Association' or 'By NAME, PA') and the stamp 'Published: Apr 22, 2023 9:10pm' "
        "AFTER the text, then a comment count. No zone is printed: UK time implied by the outlet (BST, UTC+1, in April). Two items are off-beat "
        "world news (Sudan, Indonesia). Agency credit 'Press Association' counts as the author; 'By NAME, PA' gives the name.",
  not_entries=["'Skip to main content', masthead, 'Menu', 'Search', 'Sign in', 'Subscribe'", "section menu (News ... Puzzles)",
               "privacy banner ('Your privacy on Express & Star' ... 'Accept', 'Manage settings')", "breadcrumb 'News', 'UK News' and the section title 'World News'",
               "'N comments' line under every item", "'Advertisement'", "'Most Read' box with three local headlines", "'Load more'", "footer links and copyright line"],
  entries=[
  E("2023-04-22 21:10", "Russia orders more than 20 German diplomats to leave",
    ["Moscow has told more than 20 people working at Germany's embassy and consulates to leave Russia, calling it a reply to Berlin's own expulsion of Russian officials.",
     "The German foreign office said it had been informed of the decision and was in close contact with the staff affected."],
    "diplomacy", "diplomacy", 3, "russia-expels-german-diplomats-2023-04-22", a="Press Association", cm=14,
    n="Foreign-ministry expulsion -> ministerial diplomatic move, importance 3."),
  OFF("2023-04-22 19:25", "Britons in Sudan told to stay indoors as fighting rages in Khartoum",
      ["British nationals in Sudan have been told to stay where they are and keep in touch with the Foreign Office as fighting between the army and a rival paramilitary force enters its second week."],
      "sudan-fighting-british-nationals", a="Press Association", n="Sudan conflict, not the Russia-Ukraine war.", cm=31),
  E("2023-04-22 17:40", "Two killed as Russian shells hit village near Kherson",
    ["Two people died and three were injured when Russian artillery struck a village on the edge of Kherson on Saturday afternoon, the regional military administration said.",
     "Officials said a school and several homes were damaged."],
    "strikes", "strikes", 3, "kherson-village-shelling-2023-04-22", a="Press Association", cm=6),
  E("2023-04-22 15:05", "Wagner chief says his fighters hold most of Bakhmut",
    ["The head of the Wagner mercenary group has claimed that his men now control the greater part of Bakhmut, a claim Ukrainian commanders rejected.",
     "Kyiv's forces said they were still holding positions in the west of the town despite heavy losses on both sides."],
    "other", "frontline", 2, "wagner-bakhmut-control-claim-2023-04-22", a="Ellie Hartwell", cm=9,
    n="Byline printed 'By Ellie Hartwell, PA': author is the name."),
  E("2023-04-22 12:50", "Belgorod residents begin repairs after Russian jet's bomb blast",
    ["Workers in the Russian city of Belgorod have started filling a huge crater left when one of Moscow's own warplanes accidentally dropped a bomb on a residential street on Thursday night.",
     "Local officials said dozens of flats were being repaired and two residents were still being treated for minor injuries."],
    "strikes", "strikes", 2, "belgorod-accidental-bomb-2023-04-20", a="Press Association", cm=3,
    n="Direct aftermath of an air-dropped bomb -> strikes; follow-up of a Thursday event, importance 2."),
  E("2023-04-22 10:30", "EU criticises neighbours' bans on Ukrainian grain",
    ["The European Commission has said it cannot accept one-sided import bans after Poland and Hungary stopped shipments of grain and other food from Ukraine to protect their own farmers.",
     "Brussels said trade policy was a matter for the whole bloc and that talks with both governments were under way."],
    "diplomacy", "diplomacy", 2, "poland-hungary-ukrainian-grain-bans", a="Press Association", cm=22,
    n="Trade dispute settled between governments and Brussels -> diplomacy (my call; not aid, not domestic politics)."),
  OFF("2023-04-22 08:15", "Strong earthquake shakes western Indonesia",
      ["A strong undersea earthquake struck off Sumatra early on Saturday, but Indonesia's geophysics agency said there was no threat of a tsunami."],
      "sumatra-earthquake-2023-04", a="Press Association", n="Natural disaster in Indonesia.", cm=0),
  ]))

SEEDS.append(dict(id="5301", name="5301_westernmail-live", ext="txt", source="Western Mail", zone="Europe/London", render=r_wm,
  title="Russia-Ukraine war live: Evacuations near Zaporizhzhia front as nuclear watchdog raises alarm",
  lede="Follow the latest developments from Ukraine through Sunday", byline="Rhian Prosser", byrole="Live reporter",
  first="11:02, 7 MAY 2023", upd="18:52, 7 MAY 2023",
  notes="Imitates a Western Mail live blog on the Reach plc page layout, copied as plain text. Newest first. Page byline fused to 'By' ('ByRhian Prosser'), "
        "first-published and 'Updated18:52, 7 MAY 2023' lines (upper-case month). A KEY EVENTS box at the top lists two posts (time line + headline); "
        "those two are key_point true. Each post: bare 'HH:MM' line, the post author's name, headline, paragraphs, 'Share'. No zone printed: UK time "
        "implied (BST, UTC+1). Per-post authors (two reporters).",
  not_entries=["masthead, 'Menu', 'Sign in', section menu", "cookie line and 'Got it'", "breadcrumb 'NewsUK & World News'", "page title and standfirst",
               "page byline 'ByRhian Prosser', 'Live reporter', first-published and 'Updated...' lines, 'Bookmark'",
               "'KEY EVENTS' box (two time + headline pairs pointing at posts below; not entries themselves)", "'Share' under every post",
               "newsletter sign-up box after the third post", "'Show more', 'Comments', 'Most Read' links, follow links, footer"],
  entries=[
  E("2023-05-07 18:40", "UN nuclear watchdog warns of growing danger at Zaporizhzhia plant",
    ["The head of the International Atomic Energy Agency has said the situation around the Zaporizhzhia nuclear power station is becoming more dangerous as civilians leave nearby towns.",
     "Rafael Grossi said he was worried about the plant's staff, many of whom live in the town of Enerhodar."],
    "other", "security", 2, "iaea-zaporizhzhia-warning-2023-05-07", a="Rhian Prosser",
    n="Nuclear-safety warning, not a UN negotiation -> other/security (my call). Separate statement from the evacuation order (5301-06)."),
  E("2023-05-07 17:15", "Wagner boss says he has been promised more ammunition",
    ["Yevgeny Prigozhin has said his Wagner fighters will stay in Bakhmut after Moscow promised to send the shells he had been demanding.",
     "Two days ago he threatened to pull his men out of the town by 10 May, accusing army chiefs of starving them of supplies."],
    "other", "frontline", 2, "prigozhin-ammunition-promise-2023-05-07", a="Gethin Lloyd"),
  E("2023-05-07 15:30", "Welsh volunteers deliver generators and medical kit to Lviv",
    ["A convoy of vans organised by volunteers from Swansea and Carmarthen has arrived in Lviv with generators, first-aid kits and children's clothing.",
     "The group said it was the ninth trip it had made since the full-scale invasion began and that the supplies would go on to hospitals in the east.",
     "Donations can still be left at collection points in both towns, the organisers said."],
    "aid", "aid", 2, "welsh-volunteer-convoy-lviv-2023-05", a="Gethin Lloyd"),
  E("2023-05-07 13:20", "Odesa hit by missiles overnight, officials say",
    ["Russian cruise missiles struck the southern port city of Odesa overnight, damaging warehouses and injuring two people, according to the regional administration.",
     "Air defences shot down several missiles over the Black Sea coast, the Ukrainian military said."],
    "strikes", "strikes", 3, "odesa-missile-strike-2023-05-07", a="Rhian Prosser", kp=True, n="Listed under KEY EVENTS."),
  E("2023-05-07 11:50", "Zelensky proposes marking victory over Nazism on 8 May",
    ["President Volodymyr Zelensky has asked parliament to move Ukraine's commemoration of the end of the Second World War to 8 May, the date used across most of Europe.",
     "Ukraine, like Russia, has marked the occasion on 9 May since Soviet times."],
    "other", "politics", 2, "ukraine-victory-day-date-change", a="Rhian Prosser"),
  E("2023-05-07 09:45", "Russian-installed officials order evacuation of frontline towns",
    ["Authorities installed by Moscow in the occupied part of the Zaporizhzhia region say they are moving residents out of 18 settlements close to the front line.",
     "Ukrainian officials said long queues of cars had formed on the roads out of the area, with some families waiting for hours."],
    "other", "humanitarian", 3, "zaporizhzhia-occupied-evacuation-2023-05", a="Gethin Lloyd", kp=True, n="Listed under KEY EVENTS."),
  E("2023-05-07 08:05", "UK intelligence says Russia may scale back Victory Day parades",
    ["British defence intelligence believes Russia is likely to hold smaller Victory Day parades this year, partly because of security worries after recent drone incidents.",
     "Several Russian regions have already cancelled their marches."],
    "other", "security", 2, "uk-intel-victory-day-parades-2023", a="Gethin Lloyd"),
  ]))

SEEDS.append(dict(id="5302", name="5302_thespec-latest", ext="html", source="The Hamilton Spectator", zone="America/Toronto", render=r_spec,
  title="Trudeau makes surprise visit to Kyiv: The latest on Russia's war in Ukraine", dateline="Sat., June 10, 2023",
  lede="The latest developments on Russia's war in Ukraine. Items are added through the day, newest first.",
  footer="This report by The Canadian Press was first published June 10, 2023.",
  notes="Imitates a Hamilton Spectator (Torstar) page carrying a Canadian Press 'The latest' round-up, HTML. Items have NO headline: a bold time "
        "('6:50 p.m.'), then paragraphs opening with a dateline ('KYIV, Ukraine \u2014 ...'), then a '___' separator; so headline is null and "
        "first_sentence includes the dateline. Newest first. Date only in 'Sat., June 10, 2023' (followed by the icon ligature 'timer' and '4 min read'), "
        "the CP footer and JSON-LD; no zone printed: Eastern time implied by the outlet (EDT, UTC-4). One page byline 'The Canadian Press' for every item. "
        "The visit (5302-03) and the aid pledge made during it (5302-02) share one story.",
  not_entries=["cookie/consent bar", "masthead, section menu, 'Subscribe', 'Sign In'", "kicker 'World'", "byline 'By The Canadian Press'",
               "date line 'Sat., June 10, 2023' + 'timer' + '4 min read'", "'Article was updated 3 hrs ago'", "share links",
               "intro paragraph 'The latest developments on Russia's war in Ukraine...'", "'___' separators", "'Advertisement' slot",
               "CP footer 'This report by The Canadian Press was first published June 10, 2023.'", "newsletter box", "'More from The Hamilton Spectator' related links", "footer"],
  entries=[
  E("2023-06-10 18:50", None,
    ["KYIV, Ukraine \u2014 President Volodymyr Zelenskyy said Saturday that Ukrainian forces were carrying out counteroffensive and defensive operations, but he would not give details.",
     "He told reporters at a news conference with Prime Minister Justin Trudeau that Ukraine's commanders were in a positive mood."],
    "other", "frontline", 3, "zelenskyy-confirms-counteroffensive-actions-2023-06-10", a="The Canadian Press",
    n="First public confirmation of counteroffensive actions: major frontline development, importance 3."),
  E("2023-06-10 16:25", None,
    ["KYIV, Ukraine \u2014 Prime Minister Justin Trudeau announced $500 million in additional military assistance for Ukraine during his visit to Kyiv.",
     "Trudeau said the money would pay for equipment Ukraine's armed forces had asked for, and that Canada would keep helping to train Ukrainian soldiers."],
    "aid", "aid", 3, "trudeau-kyiv-visit-2023-06-10", a="The Canadian Press", sec=["diplomacy"],
    n="Pledge made during the visit: same story as 5302-03 (one event), aid primary."),
  E("2023-06-10 14:10", None,
    ["KYIV, Ukraine \u2014 Prime Minister Justin Trudeau arrived in Kyiv on Saturday for an unannounced visit, his second trip to the Ukrainian capital since Russia's full-scale invasion.",
     "Trudeau laid a wreath at a memorial wall for fallen Ukrainian soldiers before meeting President Volodymyr Zelenskyy."],
    "diplomacy", "diplomacy", 3, "trudeau-kyiv-visit-2023-06-10", a="The Canadian Press", sec=["aid"]),
  E("2023-06-10 12:35", None,
    ["ODESA, Ukraine \u2014 Three people were killed and more than two dozen injured when a Russian drone attack hit the port city of Odesa overnight, Ukrainian officials said.",
     "The regional military administration said debris from a downed drone set fire to an apartment building."],
    "strikes", "strikes", 3, "odesa-drone-strike-2023-06-10", a="The Canadian Press"),
  E("2023-06-10 10:50", None,
    ["KHERSON, Ukraine \u2014 The number of people killed in flooding after the collapse of the Kakhovka dam has risen, officials on both sides of the Dnipro River said.",
     "Ukraine's interior minister said 10 people had died on the Ukrainian-held bank, while Russian-installed authorities reported at least 17 deaths in areas they control."],
    "other", "humanitarian", 2, "kakhovka-dam-flood-toll-2023-06", a="The Canadian Press"),
  E("2023-06-10 09:05", None,
    ["MOSCOW \u2014 Russia's Defence Ministry said its forces had repelled Ukrainian attacks in the southern Zaporizhzhia region and near Bakhmut overnight.",
     "The claims could not be independently verified."],
    "other", "frontline", 2, "russia-mod-repelled-attacks-2023-06-10", a="The Canadian Press",
    n="Russian claim; a different statement from Zelenskyy's (5302-01): must not merge."),
  E("2023-06-10 07:40", None,
    ["VIENNA \u2014 The head of the UN nuclear watchdog said he would travel to the Zaporizhzhia nuclear power plant next week to see how the falling water level in the reservoir that cools it is affecting safety."],
    "other", "security", 2, "grossi-zaporizhzhia-visit-plan-2023-06", a="The Canadian Press"),
  ]))

SEEDS.append(dict(id="5303", name="5303_sacbee-world", ext="xml", source="Sacramento Bee", zone="America/Los_Angeles", render=r_sacbee,
  title="Nation & World | The Sacramento Bee", build="Wed, 15 Mar 2023 10:02:11 PDT",
  notes="Imitates The Sacramento Bee (McClatchy) Nation & World RSS 2.0 feed. Newest first. pubDate carries the US zone NAME 'PDT' (UTC-7; DST began "
        "12 March 2023). Local dates straddle midnight (Tue 14 Mar evening to Wed 15 Mar morning) but all items fall on UTC 15 March. dc:creator is "
        "'By NAME, Associated Press' (author = the name); description CDATA holds the paragraphs; two items carry media:content with a photo caption "
        "(not body). AP datelines ('WASHINGTON (AP) \u2014') are part of the first sentence. Two off-beat items (Peru, Credit Suisse).",
  not_entries=["channel title/link/description/copyright/lastBuildDate", "media:description photo captions (2) and media:credit 'AP'", "guid values"],
  entries=[
  OFF("2023-03-15 09:10", "Credit Suisse shares plunge as top investor rules out more help",
      ["ZURICH (AP) \u2014 Shares in Credit Suisse fell to a record low on Wednesday after the Swiss bank's largest shareholder said it would not put in more money, reviving fears about the health of global lenders."],
      "credit-suisse-share-slump-2023-03", a="Anna Brandt", byl="By Anna Brandt, Associated Press", n="Banking turmoil."),
  E("2023-03-15 06:45", "US and Russian defense chiefs talk by phone after drone incident",
    ["WASHINGTON (AP) \u2014 Defense Secretary Lloyd Austin spoke by phone with his Russian counterpart, Sergei Shoigu, on Wednesday, the first call between the two since October, the Pentagon said.",
     "The call came a day after a Russian fighter jet struck the propeller of a U.S. surveillance drone over the Black Sea."],
    "diplomacy", "diplomacy", 3, "austin-shoigu-call-2023-03-15", a="Tom Farrell", byl="By Tom Farrell, Associated Press",
    n="Ministerial call: its own event, must not merge with the drone incident story (5303-03, 5303-07)."),
  E("2023-03-15 04:20", "Russian envoy calls US drone flight a provocation",
    ["WASHINGTON (AP) \u2014 Russia's ambassador to the United States said the American drone that went down over the Black Sea had been flying close to Russian territory with its transponders switched off, and called the flight a provocation."],
    "diplomacy", "diplomacy", 2, "us-drone-black-sea-incident-2023-03-14", a="Tom Farrell", byl="By Tom Farrell, Associated Press", sec=["strikes"],
    n="Ambassador's response after being summoned: same story as 5303-07."),
  E("2023-03-15 00:55", "Missile hits apartment building in Kramatorsk, killing one",
    ["KRAMATORSK, Ukraine (AP) \u2014 A Russian missile slammed into a five-story apartment building in the eastern city of Kramatorsk on Wednesday morning, killing at least one person and wounding several others, local officials said.",
     "Rescuers searched the rubble for anyone who might be trapped."],
    "strikes", "strikes", 3, "kramatorsk-missile-strike-2023-03-15", a="Nadia Kuzmenko", byl="By Nadia Kuzmenko, Associated Press",
    cap="Rescuers work at the site of a damaged apartment building in Kramatorsk, Ukraine, Wednesday, March 15, 2023.",
    n="Local date Wed 15 March, after local midnight; UTC 07:55."),
  OFF("2023-03-14 23:40", "Peru extends state of emergency in Lima",
      ["LIMA, Peru (AP) \u2014 Peru's government extended a state of emergency in the capital and several southern regions for another month on Tuesday, citing the risk of renewed protests."],
      "peru-state-of-emergency-2023-03", a="Luis Camacho", byl="By Luis Camacho, Associated Press", n="Peruvian domestic politics."),
  E("2023-03-14 21:48", "Zelenskyy says battle for Bakhmut is key to holding the east",
    ["KYIV, Ukraine (AP) \u2014 President Volodymyr Zelenskyy said his top commanders had agreed unanimously to keep defending Bakhmut, arguing that its fall would open the way for Russian forces to push deeper into the Donetsk region."],
    "other", "frontline", 2, "bakhmut-defence-decision-2023-03", a="Nadia Kuzmenko", byl="By Nadia Kuzmenko, Associated Press"),
  E("2023-03-14 17:35", "US summons Russian ambassador after jet forces down drone over Black Sea",
    ["WASHINGTON (AP) \u2014 The State Department summoned Russia's ambassador on Tuesday after a Russian fighter jet struck a U.S. surveillance drone over the Black Sea, forcing American operators to bring it down in international waters.",
     "U.S. officials said two Russian Su-27 jets had harassed the MQ-9 Reaper for about half an hour, dumping fuel on it before one of them clipped its propeller."],
    "diplomacy", "diplomacy", 3, "us-drone-black-sea-incident-2023-03-14", a="Tom Farrell", byl="By Tom Farrell, Associated Press", sec=["strikes"],
    cap="An MQ-9 Reaper drone stands on the tarmac at an air base in this undated file photo.",
    n="Headline leads with the summons -> diplomacy, the interception as secondary strikes. Local Tue 14 March 17:35 PDT = 00:35 UTC on 15 March."),
  ]))

SEEDS.append(dict(id="5304", name="5304_houstonchronicle-updates", ext="html", source="Houston Chronicle", zone="America/Chicago", render=r_hc,
  title="Ukraine war updates: Military blogger killed in St. Petersburg cafe blast; Russia takes UN council chair",
  byline="Ileana Marroquin", updated="Updated April 2, 2023 4:31 p.m.",
  lede="The latest on Russia's war in Ukraine over the weekend, with reporting from the Associated Press and Chronicle staff.",
  notes="Imitates a Houston Chronicle (Hearst) running-updates page, HTML. OLDEST first. Day headers WITHOUT year ('Saturday, April 1', 'Sunday, April 2'); "
        "the year is only in 'Updated April 2, 2023 4:31 p.m.' and the page-level JSON-LD (NewsArticle, no per-update data). Each update: '7:20 p.m.' span, "
        "h3 headline, paragraphs, a credit line ('\u2014 Associated Press' or '\u2014 NAME, Staff writer'). No zone printed: Central time implied (CDT, UTC-5). "
        "The page crosses local midnight (Sat 7:20 p.m. to Sun 4:20 p.m.); every update falls on UTC 2 April.",
  not_entries=["masthead, menu, 'Subscribe', 'Sign In'", "breadcrumb 'News \u203a Nation & World'", "page byline 'By Ileana Marroquin, Staff writer and Associated Press'",
               "'Updated April 2, 2023 4:31 p.m.'", "share links", "intro paragraph", "day headers 'Saturday, April 1' and 'Sunday, April 2' (structure)",
               "credit lines under each update", "'ADVERTISEMENT' and 'Article continues below this ad'", "'Most Popular' box", "footer"],
  entries=[
  E("2023-04-01 19:20", "Russia takes over presidency of UN Security Council",
    ["Russia took over the rotating presidency of the U.N. Security Council on Saturday, a move Ukraine's foreign minister called a bad joke for April Fools' Day.",
     "The presidency passes among the 15 members each month in alphabetical order, and U.S. officials said there was no legal way to block it."],
    "diplomacy", "diplomacy", 2, "russia-un-security-council-presidency-2023-04", a="Associated Press", byl="Associated Press"),
  E("2023-04-01 21:05", "Houston church group ships generators to Ukraine",
    ["A Ukrainian Orthodox parish in west Houston has raised enough money to send 40 generators to towns near the front line, organizers said Saturday.",
     "Volunteers spent the afternoon loading the machines into a shipping container bound for Poland, where a partner charity will drive them across the border."],
    "aid", "aid", 2, "houston-parish-generators-ukraine-2023-04", a="Ileana Marroquin", byl="Ileana Marroquin, Staff writer"),
  E("2023-04-01 23:40", "Shelling kills two in Druzhkivka, Ukrainian officials say",
    ["Russian shelling killed two civilians and damaged a row of houses in the eastern city of Druzhkivka, the Donetsk regional governor said early Sunday.",
     "Ukrainian officials have urged the remaining residents of the region's frontline towns to leave."],
    "strikes", "strikes", 3, "druzhkivka-shelling-2023-04-02", a="Associated Press", byl="Associated Press",
    n="Local Sat 11:40 p.m. CDT = 04:40 UTC Sunday (07:40 in Ukraine, hence 'early Sunday')."),
  E("2023-04-02 00:35", "Ukraine says it beat back dozens of attacks around Bakhmut",
    ["Ukraine's General Staff said its troops had repelled more than 40 Russian attacks over the past day, most of them around Bakhmut and Avdiivka."],
    "other", "frontline", 2, "bakhmut-avdiivka-attacks-repelled-2023-04-02", a="Associated Press", byl="Associated Press",
    n="First update after local midnight (under the 'Sunday, April 2' header)."),
  E("2023-04-02 10:40", "Blast at St. Petersburg cafe kills prominent Russian military blogger",
    ["A well-known Russian military blogger was killed Sunday when an explosion tore through a cafe in St. Petersburg where he was speaking to an audience, Russian officials said.",
     "The blogger, who wrote under the name Vladlen Tatarsky, had more than half a million followers on Telegram and was a loud supporter of the war.",
     "Russia's health ministry said more than 20 other people were injured."],
    "other", "security", 3, "st-petersburg-cafe-blast-2023-04-02", a="Associated Press", byl="Associated Press",
    n="Bomb attack inside Russia (assassination/sabotage) -> other/security, not a remote-weapon strike (my call). 'St.' must not end the first sentence."),
  E("2023-04-02 13:15", "Russian investigators open murder case over cafe explosion",
    ["Russia's Investigative Committee said it had opened a murder case into the St. Petersburg explosion and was examining a statuette that a woman had handed to the blogger shortly before the blast."],
    "other", "security", 3, "st-petersburg-cafe-blast-2023-04-02", a="Associated Press", byl="Associated Press"),
  E("2023-04-02 16:20", "Finland's NATO entry draws closer as Finns vote",
    ["Finns voted in a parliamentary election Sunday days before their country is expected to become NATO's 31st member, a step Russia has warned will bring countermeasures."],
    "diplomacy", "diplomacy", 2, "finland-nato-accession-2023-04", a="Associated Press", byl="Associated Press", sec=["other"],
    n="Headline leads with NATO membership -> diplomacy; the election itself is secondary."),
  ]))

SEEDS.append(dict(id="5305", name="5305_azcentral-article", ext="html", source="The Arizona Republic", zone="America/Phoenix", render=r_azc,
  title="Russia-Ukraine war: Girl among 3 killed outside locked Kyiv shelter; Zelenskyy orders checks", byline="Marisol Ortega",
  pub="2023-06-01 10:14", upd="2023-06-01 13:38",
  lede=["Here's what to know about Russia's war in Ukraine on Thursday."],
  tail="Marisol Ortega covers breaking news for The Arizona Republic. Subscribe to azcentral.com today.",
  notes="Imitates an Arizona Republic (azcentral, Gannett) article with h2 section headings, HTML. One entry per section (headline = heading), stamp null, "
        "published = the 'Published 10:14 a.m. MT June 1, 2023' time for every section (not the 'Updated' time). 'MT' on an Arizona page means MST all "
        "year (Arizona keeps no DST): UTC-7 in June, so 10:14 a.m. = 17:14 UTC (a reader assuming Mountain Daylight Time would be an hour off). JSON-LD "
        "NewsArticle gives datePublished in UTC (Z). Page byline as every section's author. Section 5 is an explainer (theme piece).",
  not_entries=["masthead, menu, 'Subscribe', 'Sign In'", "page title h1", "byline block ('Marisol Ortega' / 'Arizona Republic')",
               "'Published ... | Updated ...' line", "share links", "lede paragraph 'Here's what to know about Russia's war in Ukraine on Thursday.'",
               "'Related:' aside after section 2", "'Advertisement'", "closing reporter blurb 'Marisol Ortega covers breaking news ...'", "newsletter box", "footer"],
  entries=[
  E("2023-06-01 10:14", "Kyiv residents say shelter was locked during missile attack",
    ["Three people, among them a 9-year-old girl and her mother, were killed in Kyiv early Thursday after Russia fired missiles at the capital, city officials said.",
     "Residents told local reporters the victims had run to a clinic's basement shelter but found the door locked.",
     "Ukraine's air force said it intercepted all 10 missiles, but falling debris hit the Desnianskyi district."],
    "strikes", "strikes", 3, "kyiv-missile-attack-locked-shelter-2023-06-01", a="Marisol Ortega"),
  E("2023-06-01 10:14", "Zelenskyy orders nationwide check of bomb shelters",
    ["President Volodymyr Zelenskyy called the deaths unacceptable and ordered officials across Ukraine to make sure every shelter is open and usable.",
     "Kyiv police opened a criminal investigation into the clinic's staff."],
    "other", "humanitarian", 2, "ukraine-bomb-shelter-audit-2023-06", a="Marisol Ortega",
    n="A new measure prompted by the attack, not the attack itself: own story (must not merge with 5305-01)."),
  E("2023-06-01 10:14", "Shelling prompts evacuations in Russia's Belgorod region",
    ["Authorities in Russia's Belgorod region said they were moving children out of the border town of Shebekino after days of shelling.",
     "The regional governor said several people had been wounded and some homes were on fire."],
    "strikes", "strikes", 3, "shebekino-evacuation-2023-06-01", a="Marisol Ortega"),
  E("2023-06-01 10:14", "NATO foreign ministers meet in Norway",
    ["NATO foreign ministers gathered in Oslo for informal talks, and the alliance's secretary general said members would discuss how to bring Ukraine closer to the alliance before July's summit in Vilnius."],
    "diplomacy", "diplomacy", 3, "nato-oslo-foreign-ministers-meeting", a="Marisol Ortega"),
  E("2023-06-01 10:14", "What is the Russian Volunteer Corps?",
    ["The Russian Volunteer Corps is a group of Russian citizens who fight on Ukraine's side and have claimed several raids across the border into the Belgorod region in recent weeks.",
     "Moscow calls its members terrorists, while Kyiv says the fighters act on their own."],
    "other", "frontline", 2, "explainer-russian-volunteer-corps", a="Marisol Ortega", n="Explainer (theme piece), own story."),
  E("2023-06-01 10:14", "Phoenix nonprofit sends ambulances to eastern Ukraine",
    ["A Phoenix-based nonprofit said this week that two retired ambulances donated by Valley fire departments had reached hospitals in the Kharkiv region.",
     "The group plans to ship two more before the end of summer."],
    "aid", "aid", 2, "phoenix-nonprofit-ambulances-ukraine-2023", a="Marisol Ortega"),
  ]))

SEEDS.append(dict(id="5306", name="5306_muscatdaily-world", ext="txt", source="Muscat Daily", zone="Asia/Muscat", render=r_muscat,
  title="World", clock="Monday, June 19, 2023",
  notes="Imitates the Muscat Daily World category page, copied as plain text. Newest first. Each item: headline, a credit line ('AFP', 'Reuters', "
        "'Muscat Daily Staff'), the stamp '19 Jun 2023, 2:10 AM' AFTER the headline, the excerpt, 'Read More \u00bb'. No zone printed: Oman time (UTC+4) "
        "implied. The items straddle local midnight (18 Jun 9:05 AM to 19 Jun 2:10 AM local) and all fall on UTC 18 June. The header clock "
        "'Monday, June 19, 2023' is the fetch day. Two off-beat items (Blinken in Beijing, Indian heatwave). Agency credits count as authors.",
  not_entries=["masthead and the header clock 'Monday, June 19, 2023'", "section menu and 'Search'", "cookie line and 'Accept  Read Policy'",
               "section title 'World'", "'Read More \u00bb' under every item", "'Advertisement'", "'Load more'", "'Trending' box with two Oman headlines",
               "newsletter box", "copyright line"],
  entries=[
  E("2023-06-19 02:10", "Ukraine says it has retaken another village in the south",
    ["Ukraine's deputy defence minister said on Sunday that troops had recaptured the village of Piatykhatky in the Zaporizhzhia region, the latest small gain of a counteroffensive that began this month."],
    "other", "frontline", 2, "piatykhatky-recaptured-2023-06-18", a="AFP", n="Local 19 June 02:10 (UTC+4) = 18 June 22:10 UTC."),
  OFF("2023-06-19 00:30", "Blinken meets Chinese foreign minister in Beijing",
      ["US Secretary of State Antony Blinken held more than five hours of talks with China's foreign minister in Beijing on Sunday, the first visit by a top US diplomat in five years."],
      "blinken-beijing-visit-2023-06", a="Reuters", n="US-China relations, not about the Russia-Ukraine war."),
  E("2023-06-18 22:15", "African leaders end peace mission without breakthrough",
    ["A delegation of African leaders left St Petersburg after talks with President Vladimir Putin ended without agreement on a path to peace in Ukraine.",
     "South African President Cyril Ramaphosa said the mission had put forward ten ideas and would keep talking to both sides."],
    "diplomacy", "diplomacy", 3, "african-peace-mission-2023-06", a="AFP"),
  E("2023-06-18 18:40", "Russia claims it repelled Ukrainian assaults in Zaporizhzhia region",
    ["Russia's defence ministry said on Sunday that its forces had fought off several Ukrainian attacks south of Orikhiv and destroyed Western-supplied armoured vehicles."],
    "other", "frontline", 2, "russia-claims-orikhiv-attacks-repelled-2023-06-18", a="Reuters",
    n="Same front as 5306-01 but a different claim by the other side: must not merge."),
  E("2023-06-18 14:05", "Oman's wheat stocks secure despite Black Sea uncertainty",
    ["Oman has enough wheat in storage to cover several months of demand even if the deal that lets Ukraine ship grain through the Black Sea is not renewed next month, a food security official said."],
    "other", "politics", 2, "oman-wheat-stocks-black-sea-2023-06", a="Muscat Daily Staff", n="Local economic effect of the war -> other/politics, not off-beat."),
  E("2023-06-18 11:20", "Russian shelling kills two in Kherson",
    ["Two civilians were killed and four wounded when Russian artillery struck residential areas of Kherson on Sunday morning, the regional governor said."],
    "strikes", "strikes", 3, "kherson-shelling-2023-06-18", a="AFP"),
  OFF("2023-06-18 09:05", "Heatwave deaths rise in northern India",
      ["Dozens of deaths in two of India's most populous states have been linked to a severe heatwave, with hospitals reporting a surge in elderly patients."],
      "india-heatwave-2023-06", a="Reuters", n="Weather in India."),
  ]))

SEEDS.append(dict(id="5307", name="5307_nationthailand-world", ext="html", source="The Nation (Thailand)", zone="Asia/Bangkok", render=r_nation,
  title="World",
  notes="Imitates The Nation (Thailand) World section listing, HTML cards. Newest first. Card: category link ('World' or 'Thailand'), h3 headline, a meta "
        "line with the credit ('Reuters', 'AFP', 'The Nation') and '09 Feb 2023 22:10', then a one-paragraph excerpt. No zone printed: Thai time (UTC+7) "
        "implied. Only a BreadcrumbList JSON-LD (no dates). Two off-beat items (Turkey-Syria earthquake, Bangkok dust).",
  not_entries=["masthead 'nation' / 'Thailand', menu, 'SIGN IN'", "cookie banner and 'ACCEPT'", "section title 'World'", "category links on each card",
               "'ADVERTISEMENT'", "'Load More'", "'Most Popular' aside with two headlines", "footer"],
  entries=[
  E("2023-02-09 22:10", "Zelensky asks EU leaders in Brussels for jets and long-range weapons",
    ["Ukrainian President Volodymyr Zelensky addressed a summit of European Union leaders in Brussels in person on Thursday, asking them to speed up deliveries of long-range weapons and fighter jets.",
     "It was only his second trip abroad since Russia's full-scale invasion began almost a year ago."],
    "diplomacy", "diplomacy", 3, "zelensky-brussels-eu-summit-2023-02-09", a="Reuters", sec=["aid"]),
  OFF("2023-02-09 19:35", "Turkey-Syria quake toll passes 20,000",
      ["The number of people confirmed dead in the earthquakes that struck southern Turkey and northern Syria on Monday has climbed above 20,000, officials in both countries said, as hopes of finding more survivors faded."],
      "turkey-syria-earthquake-2023-02", a="AFP", n="Natural disaster."),
  E("2023-02-09 17:50", "Russian forces press attacks around Vuhledar",
    ["Russian troops kept up their assault on the coal-mining town of Vuhledar in southern Donetsk, Ukraine's military said, describing heavy Russian losses."],
    "other", "frontline", 2, "vuhledar-fighting-2023-02", a="Reuters"),
  E("2023-02-09 15:20", "Thai embassy urges nationals still in Ukraine to register",
    ["The Thai embassy in Warsaw, which also covers Ukraine, has asked Thai citizens who remain in the country to contact it so they can be reached quickly if the situation worsens.",
     "About 20 Thais are believed to be living in Ukraine, mostly in Kyiv and Lviv."],
    "other", "humanitarian", 2, "thai-nationals-in-ukraine-registration-2023-02", a="The Nation", cat="Thailand"),
  E("2023-02-09 13:05", "Macron and Scholz host Zelensky in Paris",
    ["French President Emmanuel Macron and German Chancellor Olaf Scholz held a late-night dinner with Zelensky at the Elysee Palace, promising to stand by Ukraine until it wins."],
    "diplomacy", "diplomacy", 3, "zelensky-paris-macron-scholz-2023-02-08", a="AFP",
    n="Separate meeting from the Brussels summit (5307-01): must not merge."),
  E("2023-02-09 10:40", "Britain to train Ukrainian fighter pilots",
    ["Britain will begin training Ukrainian pilots to fly NATO-standard jets, Prime Minister Rishi Sunak said after welcoming Zelensky to London, though he stopped short of promising aircraft."],
    "aid", "aid", 3, "uk-trains-ukrainian-pilots-2023-02-08", a="Reuters"),
  OFF("2023-02-09 08:25", "Fine dust levels exceed safe limits across Bangkok",
      ["Levels of PM2.5 dust were above the safe standard in more than 50 areas of Bangkok on Thursday morning, city officials said, urging residents to wear masks outdoors."],
      "bangkok-pm25-2023-02", a="The Nation", n="Local air pollution.", cat="Thailand"),
  ]))

SEEDS.append(dict(id="5308", name="5308_sggp-world", ext="xml", source="Saigon Giai Phong (English)", zone="Asia/Ho_Chi_Minh", render=r_sggp,
  title="World - SGGP English Edition", build="Sun, 26 Mar 2023 00:05:00 +0700",
  notes="Imitates the Saigon Giai Phong (SGGP) English edition World RSS 2.0 feed. Newest first. pubDate with '+0700' (Vietnam, UTC+7). No authors. "
        "Each description (CDATA) opens with a linked thumbnail image and then one standfirst paragraph. Channel copyright line in Vietnamese. "
        "Two off-beat items (Earth Hour, Vietnam-Laos trade).",
  not_entries=["channel title/link/description/language", "Vietnamese copyright line", "lastBuildDate", "thumbnail links/images inside descriptions", "guid values"],
  entries=[
  E("2023-03-25 23:40", "Putin says Russia will station tactical nuclear weapons in Belarus",
    ["Russian President Vladimir Putin said on Saturday that Moscow had agreed with Minsk to place tactical nuclear weapons on Belarusian territory and that a storage site would be ready by July."],
    "other", "security", 3, "russia-tactical-nukes-belarus-2023-03-25", slug="putin-says-russia-will-station-tactical-nuclear-weapons-in-belarus",
    n="Nuclear deployment to an ally: security, importance 3 (head-of-state announcement with wide impact)."),
  OFF("2023-03-25 21:15", "Ho Chi Minh City switches off lights for Earth Hour",
      ["Landmarks across Ho Chi Minh City went dark for an hour on Saturday evening as the city joined the global Earth Hour campaign to save energy."],
      "earth-hour-hcmc-2023", slug="ho-chi-minh-city-switches-off-lights-for-earth-hour", n="Local environmental event."),
  E("2023-03-25 18:30", "Russian strike on Kostiantynivka kills three",
    ["Three people were killed and several injured when Russian missiles hit the town of Kostiantynivka in eastern Ukraine on Saturday, regional officials said."],
    "strikes", "strikes", 3, "kostiantynivka-missile-strike-2023-03-25", slug="russian-strike-on-kostiantynivka-kills-three"),
  E("2023-03-25 15:05", "Zelensky says Ukraine needs more weapons before counteroffensive",
    ["Ukraine cannot begin its expected counteroffensive until more weapons arrive from its allies, President Volodymyr Zelensky said in an interview published on Saturday."],
    "aid", "aid", 2, "zelensky-counteroffensive-needs-weapons-2023-03", slug="zelensky-says-ukraine-needs-more-weapons-before-counteroffensive", sec=["other"]),
  OFF("2023-03-25 11:50", "Vietnam, Laos agree to boost trade links",
      ["Vietnam and Laos agreed on Saturday to speed up work on a cross-border expressway and raise two-way trade, after talks between their deputy prime ministers in Vientiane."],
      "vietnam-laos-trade-2023-03", slug="vietnam-laos-agree-to-boost-trade-links", n="Regional trade."),
  E("2023-03-25 09:20", "Japan to fund repairs to Ukraine's power grid",
    ["Japan will provide about 5.5 billion yen in grants to help Ukraine repair energy facilities damaged by Russian attacks, the Japanese foreign ministry said."],
    "aid", "aid", 2, "japan-ukraine-grid-grant-2023-03", slug="japan-to-fund-repairs-to-ukraines-power-grid"),
  ]))

SEEDS.append(dict(id="5309", name="5309_jordannews-digest", ext="txt", source="Jordan News", zone="Asia/Amman", render=r_jordan,
  title="Ukraine war: Sunday's key developments", clock="Sunday, February 19", byline="By Jordan News staff",
  lede="A summary of the main developments in Russia's war in Ukraine, updated through the day.", parse_args=["--date", "2023-02-19"],
  notes="Imitates a Jordan News digest page, copied as plain text. OLDEST first. The page prints no year anywhere (header 'Sunday, February 19'), so "
        "parse_args gives --date 2023-02-19. Each item: headline, then a credit line 'AFP \u00b7 09:15' (agency, middle dot, bare local time) after the "
        "headline, then paragraphs. No zone printed: Jordan time implied; Jordan has kept UTC+3 all year since late 2022 (older zone data would say "
        "UTC+2 in February). Agency credits count as authors; the stamp is the time part of the credit line.",
  not_entries=["masthead, Arabic-edition link, menu", "header date 'Sunday, February 19'", "section label 'World', page title, byline 'By Jordan News staff'",
               "intro paragraph", "share line", "'ADVERTISEMENT'", "'Read also:' with two links", "footer lines"],
  entries=[
  E("2023-02-19 09:15", "Blinken warns China against arming Russia",
    ["US Secretary of State Antony Blinken said Washington had information that China was considering giving lethal support to Russia and warned Beijing of serious consequences.",
     "He said he had raised the matter directly with China's top diplomat Wang Yi on the sidelines of the Munich Security Conference."],
    "aid", "aid", 3, "blinken-china-lethal-aid-warning-2023-02", a="AFP", sec=["diplomacy"],
    n="Possible arms transfer to Russia -> aid (headline leads with arming); diplomacy secondary."),
  E("2023-02-19 11:40", "Munich conference ends with calls to speed up tank deliveries",
    ["The Munich Security Conference closed on Sunday with European ministers urging one another to deliver the battle tanks they have promised Ukraine more quickly."],
    "diplomacy", "diplomacy", 2, "munich-security-conference-2023", a="Reuters", sec=["aid"]),
  E("2023-02-19 13:05", "Russian shelling kills two in Kherson region",
    ["Two people were killed when Russian forces shelled a village in the Kherson region, the regional governor said on Sunday."],
    "strikes", "strikes", 3, "kherson-region-shelling-2023-02-19", a="AFP"),
  E("2023-02-19 15:30", "Turkey expects Black Sea grain deal to be extended",
    ["Turkey expects the agreement that lets Ukraine ship grain across the Black Sea to be renewed when it expires next month, a Turkish official said."],
    "diplomacy", "diplomacy", 2, "black-sea-grain-deal-renewal-2023-03", a="Reuters"),
  E("2023-02-19 17:50", "Wagner says it has taken village north of Bakhmut",
    ["Russia's Wagner mercenary group said its fighters had captured a village north of Bakhmut, a claim Kyiv did not confirm."],
    "other", "frontline", 2, "wagner-village-north-of-bakhmut-2023-02", a="AFP"),
  E("2023-02-19 20:10", "Jordanian students who fled Ukraine finish first year at home",
    ["About 200 Jordanian medical students who left Ukraine last year have completed their first year at local universities under a transfer scheme, the Higher Education Ministry said."],
    "other", "humanitarian", 2, "jordanian-students-from-ukraine-2023", a="Jordan News"),
  E("2023-02-19 22:25", "Ukraine says Russia is massing warplanes near its borders",
    ["A spokesman for Ukraine's air force said Russia had moved more aircraft to airfields near the border, but added there was no sign yet of a large-scale air campaign."],
    "other", "security", 2, "russia-aircraft-buildup-near-ukraine-2023-02", a="Reuters"),
  ]))


# ====================================================================== PART B: three multi-source days (invented outlets)
MOSCOW = "moscow-drone-attack-2023-05-30"
KYIV1 = "kyiv-drone-attack-2023-05-30"
GROSSI = "iaea-zaporizhzhia-five-principles-unsc"
SHEB = "shebekino-shelling-2023-05-31"
US300 = "us-300m-military-aid-2023-05-31"
OSLO = "nato-oslo-foreign-ministers-meeting"
AFIP = "afipsky-refinery-drone-fire-2023-05-31"
MAK = "makiivka-barracks-strike"
KYIV3 = "kyiv-drone-attack-2023-01-02"
KHER = "kherson-shelling-2023-01-02"
D1 = ("Day 1 (2023-05-30): main story " + MOSCOW + " (all four seeds; injured two -> three -> five; Profsoyuznaya Street/ulitsa, Rublyovka/Rublevka); "
      "also " + KYIV1 + " (three seeds) and " + GROSSI + " (two seeds).")
D2 = ("Day 2 (2023-05-31): main story " + SHEB + " (three seeds; wounded four -> seven -> nine; Shebekino/Shebekyne); also " + US300 + ", " + OSLO + ", "
      + AFIP + " and the day-1 story " + MOSCOW + " continued.")
D3 = ("Day 3 (2023-01-02): main story " + MAK + " (all four seeds; 'dozens' -> 63 -> 'likely above 63'; Makiivka/Makiyivka/Makeyevka); also " + KYIV3
      + " (four seeds; Kyiv/Kiev) and " + KHER + " (two seeds; one -> two dead).")

# ---------------------------------------------------------------- Day 1: 2023-05-30
SEEDS.append(dict(id="5320", name="5320_wetherlam-textlive", ext="txt", source="Wetherlam Post", zone="Europe/London", render=r_wetherlam,
  title="Ukraine war live: Drones strike Moscow as Kyiv is attacked again", dateline="Tuesday 30 May 2023",
  lede="Russia says drones hit residential buildings in Moscow; one person killed in Kyiv in the third attack on the capital within a day. Follow the latest.",
  notes="Invented outlet. Text live page, newest first. 'Key Points' bullets list two post headlines (key_point true). Each post: headline, then the stamp "
        "line '21.05 BST \u00b7 NAME' (dot as time separator; author after the middle dot), then paragraphs. BST = UTC+1. " + D1,
  not_entries=["masthead and breadcrumb", "title and date line", "lede paragraph", "'Key Points' header and its two bullets (pointers to posts)",
               "'Latest' label", "'Sponsored'", "'Show earlier posts'", "footer"],
  entries=[
  E("2023-05-30 22:40", "Putin says drone raid was meant to frighten Russians",
    ["Vladimir Putin has called the morning drone attack on Moscow a clear sign of terrorist activity and said Kyiv was trying to intimidate Russian citizens.",
     "He said the city's air defences had worked satisfactorily but needed to be strengthened."],
    "strikes", "strikes", 3, MOSCOW, a="Tamsin Hale", kp=True, n="Reaction whose content is the attack itself -> same story. Listed under Key Points."),
  E("2023-05-30 20:15", "Kyiv hit by drones for third time in 24 hours",
    ["One person was killed in Kyiv when debris from a destroyed drone fell on a high-rise block in the Holosiivskyi district, the city's military administration said.",
     "Air defences brought down more than 20 drones over the capital in the night, the third attack on Kyiv in a day."],
    "strikes", "strikes", 1, KYIV1, a="Owain Brierley", dup="5320-05", n="Near-verbatim repeat of 5320-05 (reworded headline) -> importance 1."),
  E("2023-05-30 18:05", "Analysis: Moscow's air defences were built for missiles, not small drones",
    ["The rings of air defence around Moscow were designed to stop bombers and missiles, and they are poorly suited to small, slow drones flying low over the suburbs.",
     "Analysts say Russia has moved many short-range systems to the front in Ukraine, leaving gaps at home.",
     "Shooting drones down over a city of 13 million also carries risks, because falling wreckage can be as dangerous as the drone itself."],
    "other", "security", 2, "analysis-moscow-air-defences", a="Owain Brierley", sec=["strikes"],
    n="Theme piece (analysis) on air defence; its own story, must not merge with the Moscow attack."),
  E("2023-05-30 15:30", "Watch: drone wreckage on a Moscow street", [], "strikes", "strikes", 1, MOSCOW, n="Video teaser without body -> importance 1."),
  E("2023-05-30 12:10", "One killed as Kyiv faces third drone attack in 24 hours",
    ["One person was killed in Kyiv after debris from a downed drone fell on a high-rise building in the Holosiivskyi district, the city's military administration said.",
     "Air defences shot down more than 20 drones over the capital overnight, in the third attack on Kyiv within 24 hours."],
    "strikes", "strikes", 3, KYIV1, a="Tamsin Hale", kp=True, n="Listed under Key Points."),
  E("2023-05-30 10:45", "Drones hit apartment buildings in Moscow, two hurt",
    ["Several drones struck residential buildings in south-western Moscow early on Tuesday, Russian officials said, in the most serious attack on the capital since the start of the full-scale war.",
     "Mayor Sergei Sobyanin said two people needed medical help and that residents of two damaged buildings had been moved out.",
     "Russia's defence ministry blamed Ukraine and said the drones had been shot down or jammed."],
    "strikes", "strikes", 3, MOSCOW, a="Tamsin Hale"),
  E("2023-05-30 08:20", "Zelensky imposes 50-year sanctions on Iran",
    ["President Volodymyr Zelensky has signed a decree imposing sanctions on Iran for 50 years, accusing Tehran of supplying the drones Russia uses against Ukrainian cities.",
     "The measures include a ban on trade and on the transit of goods through Ukraine."],
    "diplomacy", "diplomacy", 3, "ukraine-50-year-iran-sanctions", a="Owain Brierley", sec=["aid"], n="Sanctions -> diplomacy; head-of-state decision -> 3."),
  ]))

SEEDS.append(dict(id="5321", name="5321_blencathra-htmllive", ext="html", source="Blencathra Herald", zone="Europe/Kyiv", render=r_blencathra,
  title="Russia's war in Ukraine, day 461: live updates", dateline="Tuesday, 30 May 2023", tznote="All times are Kyiv time (GMT+3)",
  url="https://blencathra-herald.example/live/2023-05-30",
  notes="Invented outlet. HTML live page, newest first, with LiveBlogPosting JSON-LD (one BlogPosting per update with datePublished +03:00; headline only "
        "when the update has one). Visible: <span class='time'>HH:MM</span>, optional h3 headline, paragraphs, 'By NAME'. Update 5321-02 has no headline "
        "(headline null). Kyiv EEST = UTC+3. " + D1,
  not_entries=["header/menu", "title, date line and 'All times are Kyiv time (GMT+3)'", "'Share' buttons", "reader-funding aside after the third update",
               "'Load earlier updates'", "footer"],
  entries=[
  E("2023-05-30 23:50", "Grossi sets out five principles for Zaporizhzhia plant at UN",
    ["IAEA director general Rafael Grossi asked the UN Security Council to back five principles to protect the Zaporizhzhia nuclear plant, starting with a ban on any attack from or against the site.",
     "He also said no heavy weapons should be kept at the plant and that its external power lines must be protected.",
     "Grossi did not ask either side to sign anything, saying he wanted both to commit publicly."],
    "diplomacy", "diplomacy", 3, GROSSI, a="Daniel Rourke", n="Local 23:50 EEST = 20:50 UTC."),
  E("2023-05-30 20:35", None,
    ["Russian officials now say three people were hurt in this morning's drone attack on Moscow, up from two.",
     "Moscow region governor Andrei Vorobyov said drones were also shot down over the Rublevka area west of the city, where many officials have country homes."],
    "strikes", "strikes", 3, MOSCOW, a="Iryna Kovalchuk", n="Update without headline; toll now three."),
  E("2023-05-30 17:10", "Shelling near Orikhiv wounds two",
    ["Russian artillery hit the town of Orikhiv in the Zaporizhzhia region in the afternoon, wounding two men, the regional administration said."],
    "strikes", "strikes", 2, "orikhiv-shelling-2023-05-30", a="Iryna Kovalchuk",
    n="Same region as the nuclear-plant story but a different event: must not merge with " + GROSSI + "."),
  E("2023-05-30 13:25", "Kremlin blames Kyiv for Moscow drone strike",
    ["Kremlin spokesman Dmitry Peskov said Russia's response to the drone attack on Moscow would be decided by the president and the military.",
     "Residents of Profsoyuznaya Street described hearing a buzzing sound and then a loud bang shortly after dawn."],
    "strikes", "strikes", 3, MOSCOW, a="Daniel Rourke"),
  E("2023-05-30 09:40", "Kyiv: one dead after drone debris hits high-rise",
    ["A man was killed when parts of a drone fell on the upper floors of a residential tower in the Holosiivskyi district, Kyiv mayor Vitali Klitschko said.",
     "It was the 17th air attack on the capital this month."],
    "strikes", "strikes", 3, KYIV1, a="Iryna Kovalchuk"),
  E("2023-05-30 07:15", "General staff: dozens of Russian attacks repelled in the east",
    ["Ukraine's general staff said its forces had fought off 29 Russian attacks over the past day, most of them near Bakhmut, Avdiivka and Marinka."],
    "other", "frontline", 2, "general-staff-attacks-repelled-2023-05-30"),
  ]))

SEEDS.append(dict(id="5322", name="5322_gaddesden-worldrss", ext="xml", source="Gaddesden Global Wire", zone="UTC", render=r_rss_world, rfc="GMT",
  title="Gaddesden Global Wire - World", url="https://gaddesden-wire.example/world", lede="World news from the Gaddesden Global Wire desk",
  notes="Invented outlet. General world-news RSS 2.0 feed (4 of 6 items off-beat), pubDate in GMT, no authors, CDATA paragraphs. " + D1,
  not_entries=["channel title/link/description", "category values"],
  entries=[
  OFF("2023-05-30 19:30", "US debt deal clears key House committee",
      ["A bill to suspend the US debt ceiling cleared the House Rules Committee on Tuesday, setting up a vote in the full chamber with days to go before the government risks running out of money."],
      "us-debt-ceiling-bill-2023", n="US fiscal politics.", cat="Americas"),
  E("2023-05-30 16:05", "Drones strike Moscow; Kremlin points at Kyiv",
    ["Drones damaged several apartment buildings in Moscow on Tuesday morning, lightly injuring two people, according to the city's mayor.",
     "The Kremlin said Ukraine was behind the attack, while Kyiv denied direct involvement."],
    "strikes", "strikes", 3, MOSCOW, cat="Europe"),
  OFF("2023-05-30 12:40", "China sends three astronauts to its space station",
      ["China launched a crew of three to its Tiangong space station on Tuesday, including its first civilian astronaut, a university professor."],
      "shenzhou-16-launch", n="Space launch.", cat="Asia"),
  OFF("2023-05-30 09:55", "NATO to send extra troops to Kosovo after clashes",
      ["NATO said it would send more troops to Kosovo after 30 of its peacekeepers were injured in clashes with Serb protesters in the north of the country."],
      "kosovo-clashes-nato-reinforcements-2023-05", n="Kosovo unrest, not the Russia-Ukraine war.", cat="Europe"),
  E("2023-05-30 07:20", "Kyiv attacked overnight for third time in a day",
    ["Ukraine's capital came under drone attack overnight for the third time in 24 hours, with one person killed when debris fell on a residential building, officials said."],
    "strikes", "strikes", 3, KYIV1, cat="Europe"),
  OFF("2023-05-30 05:10", "Nigeria's new president ends fuel subsidy",
      ["Petrol stations in Lagos raised prices sharply on Tuesday after Nigeria's new president Bola Tinubu said the government would no longer pay for costly fuel subsidies."],
      "nigeria-fuel-subsidy-end-2023-05", n="Nigerian economy.", cat="Africa"),
  ]))

SEEDS.append(dict(id="5323", name="5323_pilkerton-article", ext="txt", source="Pilkerton Journal", zone="Europe/Warsaw", render=r_textarticle,
  title="Drones over Moscow, five rules for Zaporizhzhia: Tuesday's key events", byline_line="By Zofia Krawiec", dateline_t="2023-05-30 21:30",
  lede="Ukraine and Russia traded drone attacks on each other's capitals on Tuesday, while the UN nuclear watchdog pressed for rules to protect Europe's largest nuclear plant.",
  more="Poland raises air defence readiness on its eastern border",
  notes="Invented outlet. Text article with three section headings; one entry per section (headline = heading), stamp null, published = the dateline "
        "'30.05.2023, 21:30' (no zone printed: Warsaw, CEST = UTC+2), page byline as author. " + D1,
  not_entries=["outlet name and breadcrumb", "title line", "byline and dateline lines", "lede paragraph", "'Tags:' line", "'Read next:' link", "copyright line"],
  entries=[
  E("2023-05-30 21:30", "Moscow wakes to drone attack",
    ["Drones hit residential buildings in the south-west of Moscow early on Tuesday, including a block on Profsoyuznaya ulitsa, in what Russian officials called a terrorist attack.",
     "By evening the number of people injured had risen to five, according to Russian media, though none were in a serious condition."],
    "strikes", "strikes", 3, MOSCOW, a="Zofia Krawiec", n="Toll now five."),
  E("2023-05-30 21:30", "Grossi's five rules for Zaporizhzhia",
    ["The head of the International Atomic Energy Agency told the UN Security Council that the Zaporizhzhia plant must never be fired at or used as a base for attacks.",
     "Russia's envoy said Moscow already met those conditions, while Ukraine's foreign ministry said only a Russian withdrawal would make the plant safe."],
    "diplomacy", "diplomacy", 3, GROSSI, a="Zofia Krawiec"),
  E("2023-05-30 21:30", "Warsaw backs a clear NATO path for Kyiv",
    ["Polish Foreign Minister Zbigniew Rau said allies should offer Ukraine a clear route to membership at the Vilnius summit in July."],
    "diplomacy", "diplomacy", 2, "poland-backs-ukraine-nato-path-2023-05", a="Zofia Krawiec", n="A statement of position, not a move: importance 2."),
  ]))

# ---------------------------------------------------------------- Day 2: 2023-05-31
SEEDS.append(dict(id="5330", name="5330_blencathra-htmllive", ext="html", source="Blencathra Herald", zone="Europe/Kyiv", render=r_blencathra,
  title="Russia's war in Ukraine, day 462: live updates", dateline="Wednesday, 31 May 2023", tznote="All times are Kyiv time (GMT+3)",
  url="https://blencathra-herald.example/live/2023-05-31",
  notes="Invented outlet (same outlet and layout as 5321, next day). Update 5330-03 has no headline. 5330-05 re-posts yesterday's 5321-01 nearly verbatim "
        "(importance 1). " + D2,
  not_entries=["header/menu", "title, date line and time-zone note", "'Share' buttons", "reader-funding aside", "'Load earlier updates'", "footer"],
  entries=[
  E("2023-05-31 22:10", "NATO foreign ministers gather in Oslo",
    ["NATO foreign ministers began two days of informal talks in Oslo with a dinner on Wednesday evening, with Ukraine's future relationship with the alliance at the top of the agenda.",
     "Secretary General Jens Stoltenberg said allies agreed that Ukraine's place was in NATO but differed on how fast it could get there."],
    "diplomacy", "diplomacy", 3, OSLO, a="Daniel Rourke"),
  E("2023-05-31 19:45", "Shebekino: nine wounded as shelling goes on",
    ["The governor of Russia's Belgorod region, Vyacheslav Gladkov, said nine people had now been wounded in Shebekino since the morning and that children were being taken to safer parts of the region."],
    "strikes", "strikes", 3, SHEB, a="Iryna Kovalchuk", n="Toll now nine."),
  E("2023-05-31 16:30", None,
    ["Moscow's mayor said the city would get additional air defence systems after Tuesday's drone attack, and Russian investigators said they had opened a terrorism case.",
     "The Investigative Committee said eight drones had been involved, most of them brought down by electronic jamming."],
    "strikes", "strikes", 3, MOSCOW, a="Daniel Rourke",
    n="Continuation of the day-1 story with new developments (extra air defence, criminal case): keeps the day-1 slug. No headline."),
  E("2023-05-31 12:40", "Missile strike damages industrial site in Dnipro",
    ["A Russian missile hit an industrial site on the edge of Dnipro around midday, starting a fire, the regional governor said.",
     "No one was hurt, he added."],
    "strikes", "strikes", 2, "dnipro-missile-strike-2023-05-31", a="Iryna Kovalchuk", n="A different strike from Shebekino: must not merge."),
  E("2023-05-31 08:30", "Grossi sets out five principles for Zaporizhzhia plant at UN",
    ["IAEA director general Rafael Grossi asked the UN Security Council to back five principles to protect the Zaporizhzhia nuclear plant, starting with a ban on any attack from or against the site.",
     "He also said no heavy weapons should be kept at the plant and that its external power lines must be protected."],
    "diplomacy", "diplomacy", 1, GROSSI, a="Daniel Rourke",
    n="Re-post of day-1 entry 5321-01 (same headline, first two paragraphs repeated) -> importance 1."),
  E("2023-05-31 06:50", "Ukraine's navy: Russia keeps missile ships at sea",
    ["Ukraine's navy said Russia had kept four ships able to fire Kalibr cruise missiles in the Black Sea overnight, and warned of a possible new strike."],
    "other", "security", 2, "black-sea-kalibr-carriers-2023-05-31"),
  ]))

SEEDS.append(dict(id="5331", name="5331_hardknott-atom", ext="xml", source="Hardknott Observer", zone="Europe/Berlin", render=r_atom,
  title="Hardknott Observer \u2013 Europe", lede="Reporting from Berlin on Europe and its neighbours", url="https://hardknott-observer.example/europe",
  notes="Invented outlet. Atom 1.0 feed, newest first, <published> with +02:00 (Berlin, CEST), author per entry, escaped-HTML content. " + D2,
  not_entries=["feed title/subtitle/id/updated", "entry ids and links"],
  entries=[
  E("2023-05-31 20:55", "Explainer: What Kyiv hopes to take home from NATO's Vilnius summit",
    ["Ukraine wants an invitation to join NATO, or at least a timetable, when alliance leaders meet in Vilnius on 11 and 12 July.",
     "Several members, including the United States and Germany, argue that full membership cannot come while the war continues, and are discussing long-term security guarantees instead.",
     "A likely compromise is an upgraded council for NATO-Ukraine talks and more money for the alliance's support fund."],
    "diplomacy", "diplomacy", 2, "explainer-vilnius-summit-expectations", a="Lena Brauer",
    n="Theme piece (explainer); must not merge with the Oslo meeting."),
  E("2023-05-31 17:40", "Washington announces $300m arms package for Kyiv",
    ["The Pentagon announced a new $300 million package of military aid for Ukraine, including missiles for its Patriot air defence systems and large amounts of artillery ammunition.",
     "The weapons will come from existing US stocks."],
    "aid", "aid", 3, US300, a="Jonas Feldkamp"),
  E("2023-05-31 13:30", "Shebekino: seven hurt, children moved out",
    ["Seven people have been wounded by shelling in the Russian border town of Shebekino, regional authorities said, as buses began taking children away from the area."],
    "strikes", "strikes", 3, SHEB, a="Jonas Feldkamp", n="Toll now seven."),
  E("2023-05-31 10:15", "Drone strike sets Krasnodar refinery ablaze",
    ["A drone hit the Afipsky oil refinery in Russia's Krasnodar region early on Wednesday, starting a fire that was put out within hours, the regional governor said."],
    "strikes", "strikes", 3, AFIP, a="Lena Brauer", n="Attack on Russian territory, but a different event from Shebekino: must not merge."),
  E("2023-05-31 08:05", "Germany orders closure of four Russian consulates",
    ["Germany has told Russia to close four of its five consulates in the country by the end of the year, after Moscow capped the number of German officials allowed to work in Russia."],
    "diplomacy", "diplomacy", 3, "germany-closes-russian-consulates-2023-05-31", a="Lena Brauer",
    n="Ministerial diplomatic move -> 3; must not merge with the Oslo meeting (both diplomacy)."),
  ]))

SEEDS.append(dict(id="5332", name="5332_lindeth-textlive", ext="txt", source="Lindeth Daily", zone="Europe/Kyiv", render=r_lindeth,
  title="Live: Border town of Shebekyne shelled, US sends Patriot missiles", dateline="Wednesday 31 May", tznote="Times are Kyiv time",
  parse_args=["--date", "2023-05-31"],
  notes="Invented outlet. Text live page, OLDEST first. Date line 'Wednesday 31 May' without year (parse_args --date 2023-05-31). Stamp '8.10am' on its "
        "own line before the headline; signature '\u2013 NAME' after the body. Kyiv EEST = UTC+3. Ukrainian spelling Shebekyne. " + D2,
  not_entries=["masthead and menu", "title, date line and 'Times are Kyiv time'", "signature lines ('\u2013 NAME')", "donation line after the third post", "closing line and footer"],
  entries=[
  E("2023-05-31 08:10", "Shebekyne shelled again, four wounded",
    ["Shelling hit the Russian border town of Shebekyne overnight and early this morning, wounding four people, Belgorod region officials said.",
     "The town lies about seven kilometres from the Ukrainian border, opposite the Kharkiv region."],
    "strikes", "strikes", 3, SHEB, a="Marko Savchuk", n="Toll four (earliest report)."),
  E("2023-05-31 09:35", "Photos: Shebekyne residents board evacuation buses", [], "strikes", "strikes", 1, SHEB, n="Photo teaser without body -> importance 1."),
  E("2023-05-31 11:50", "Drone hits oil refinery in Russia's Krasnodar region",
    ["A drone struck the Afipskiy refinery near Krasnodar, causing a fire, Russian regional authorities said.",
     "No casualties were reported."],
    "strikes", "strikes", 3, AFIP, a="Marko Savchuk"),
  E("2023-05-31 14:15", "Moscow investigators: eight drones in Tuesday's attack",
    ["Russia's Investigative Committee said eight drones took part in the attack on Moscow on Tuesday and opened a terrorism case.",
     "Moscow's mayor promised more air defence for the city."],
    "strikes", "strikes", 3, MOSCOW, a="Halyna Repa", n="Continuation of the day-1 Moscow story with new developments; day-1 slug kept."),
  E("2023-05-31 18:40", "US to send Patriot missiles in $300m package",
    ["The United States will send Ukraine more Patriot interceptors, Stinger and AIM-9M missiles and artillery rounds in a new $300 million aid package, the Pentagon said."],
    "aid", "aid", 3, US300, a="Halyna Repa"),
  E("2023-05-31 21:05", "Pentagon's $300m package includes Patriot missiles",
    ["The United States will send Ukraine more Patriot interceptors, Stinger and AIM-9M missiles and artillery rounds in its new $300 million aid package, the Pentagon said."],
    "aid", "aid", 1, US300, a="Halyna Repa", dup="5332-05", n="Near-verbatim repeat of 5332-05 -> importance 1."),
  ]))

SEEDS.append(dict(id="5333", name="5333_crummock-worldrss", ext="xml", source="Crummock Evening Signal", zone="Asia/Tokyo", render=r_rss_world, rfc="offset",
  title="Crummock Evening Signal: World", url="https://crummock-signal.example/world", lede="World headlines from the Crummock Evening Signal's Tokyo desk",
  notes="Invented outlet. General world-news RSS 2.0 feed (4 of 6 off-beat), pubDate with +0900 (Tokyo). Local dates straddle midnight (31 May to 1 June "
        "local); every item falls on UTC 31 May. No authors. " + D2,
  not_entries=["channel title/link/description", "category values"],
  entries=[
  E("2023-06-01 07:20", "NATO ministers open Oslo talks with Ukraine on agenda",
    ["Foreign ministers of NATO countries opened an informal meeting in Oslo, where they are expected to discuss security guarantees for Ukraine before the alliance's July summit."],
    "diplomacy", "diplomacy", 3, OSLO, cat="Europe", n="Local 1 June 07:20 (+0900) = 31 May 22:20 UTC."),
  OFF("2023-06-01 03:45", "US House heads for vote on debt ceiling deal",
      ["The US House of Representatives was preparing to vote on a bipartisan bill to suspend the debt limit, with leaders of both parties predicting it would pass."],
      "us-debt-ceiling-bill-2023", n="US fiscal politics.", cat="Americas"),
  E("2023-06-01 00:40", "Pentagon unveils $300 million in new weapons for Ukraine",
    ["The United States announced $300 million in new military aid for Ukraine on Wednesday, including ammunition for Patriot air defence batteries."],
    "aid", "aid", 3, US300, cat="Europe"),
  OFF("2023-05-31 19:05", "Typhoon Mawar brings heavy rain to Okinawa",
      ["Typhoon Mawar brought strong winds and heavy rain to Japan's southern Okinawa islands, and airlines cancelled dozens of flights."],
      "typhoon-mawar-okinawa-2023", n="Weather.", cat="Japan"),
  OFF("2023-05-31 13:40", "Japan's births fall to new record low",
      ["The number of babies born in Japan last year fell below 800,000 for the first time, government estimates showed."],
      "japan-births-record-low-2023", n="Demography.", cat="Japan"),
  OFF("2023-05-31 09:20", "North Korean satellite launch ends in failure",
      ["North Korea's attempt to put a military spy satellite into orbit failed when its new rocket crashed into the sea, the South Korean military said, after Japan briefly told residents of Okinawa to take cover."],
      "north-korea-satellite-launch-failure-2023-05", n="North Korean space programme, not about the Russia-Ukraine war.", cat="Asia"),
  ]))

# ---------------------------------------------------------------- Day 3: 2023-01-02
SEEDS.append(dict(id="5340", name="5340_tilberthwaite-worldatom", ext="xml", source="Tilberthwaite Newsdesk", zone="UTC", render=r_atom,
  title="Tilberthwaite Newsdesk: World", lede="The world in brief, updated through the day", url="https://tilberthwaite.example/world",
  notes="Invented outlet. General world-news Atom feed (4 of 6 entries off-beat), <published> in UTC with 'Z', author per entry, escaped-HTML content. " + D3,
  not_entries=["feed title/subtitle/id/updated", "entry ids and links"],
  entries=[
  OFF("2023-01-02 21:30", "Thousands file past Benedict XVI's body in the Vatican",
      ["Tens of thousands of people queued in St Peter's Square on Monday to pay their respects to the former pope Benedict XVI, whose body is lying in state in the basilica before Thursday's funeral."],
      "benedict-xvi-lying-in-state", a="Ruth Calloway", n="Religion / Vatican."),
  E("2023-01-02 18:05", "Russia admits 63 soldiers killed in Makiyivka strike",
    ["Russia's defence ministry said 63 of its servicemen were killed when Ukrainian rockets hit a building in Makiyivka, in occupied Donetsk region, shortly after midnight on New Year's Day.",
     "It is the largest single loss Moscow has acknowledged since the invasion began. Ukraine has claimed a far higher toll."],
    "strikes", "strikes", 3, MAK, a="Ruth Calloway"),
  OFF("2023-01-02 14:20", "Four killed as helicopters collide over Gold Coast",
      ["Two sightseeing helicopters collided near a theme park on Australia's Gold Coast, killing four people and injuring three others, police said."],
      "gold-coast-helicopter-collision", a="Sam Whitlock", n="Accident in Australia."),
  OFF("2023-01-02 11:45", "Brazil begins its farewell to Pel\u00e9",
      ["Thousands of fans filed into the Santos football stadium on Monday, where the coffin of Brazilian football great Pel\u00e9 was placed on the pitch for a 24-hour wake."],
      "pele-wake-santos", a="Sam Whitlock", n="Sport / obituary."),
  E("2023-01-02 08:10", "Drones attack Kyiv for second night running",
    ["Russia launched dozens of Iranian-made drones at Kyiv overnight, Ukrainian officials said, the second attack on the capital in two nights.",
     "The air force said all 39 drones fired over the country had been shot down, but an energy facility in the capital was damaged."],
    "strikes", "strikes", 3, KYIV3, a="Ruth Calloway"),
  OFF("2023-01-02 06:00", "Croatia starts its first working week with the euro",
      ["Croatians paid in euros on a working day for the first time on Monday, after the country adopted the single currency and joined Europe's passport-free Schengen area on New Year's Day."],
      "croatia-euro-schengen-2023", a="Sam Whitlock", n="Economy / EU."),
  ]))

SEEDS.append(dict(id="5341", name="5341_wrynose-textlive", ext="txt", source="Wrynose Report", zone="Europe/Kyiv", render=r_wrynose,
  title="Live: Dozens of Russian troops killed in Makiivka; Kyiv attacked again", dateline="Monday, 2 January 2023",
  lede="Follow the day's developments in Russia's war against Ukraine.",
  notes="Invented outlet. Text live page, newest first. Stamp line '22:45 EET' before the headline, author line after it. Kyiv winter time EET = UTC+2. " + D3,
  not_entries=["masthead and menu", "title, date line and lede", "support line after the fourth post", "'Yesterday's live page' link and footer"],
  entries=[
  E("2023-01-02 22:45", "Zelensky: Russia wants to wear us down with Shaheds",
    ["President Volodymyr Zelensky said in his evening address that Russia was preparing a long campaign of attacks with Iranian-made Shahed drones to exhaust Ukraine's people and air defences.",
     "He said more than 80 such drones had been shot down in the first two days of the year."],
    "strikes", "strikes", 2, "zelensky-shahed-exhaustion-warning-2023-01-02", a="Olha Stepaniuk",
    n="A separate statement about the drone campaign as a whole: must not merge with the overnight Kyiv attack (" + KYIV3 + ")."),
  E("2023-01-02 19:20", "Kherson shelling toll rises to two",
    ["A second person has died after Russian shelling hit the centre of Kherson this afternoon, the regional military administration said.",
     "Three others were injured."],
    "strikes", "strikes", 3, KHER, a="Taras Bondar", n="Toll two (later than 5343-03's one)."),
  E("2023-01-02 15:10", "Watch: The ruins of the building in Makiivka", [], "strikes", "strikes", 1, MAK, n="Video teaser without body -> importance 1."),
  E("2023-01-02 12:35", "Russia admits 63 soldiers killed in Makiivka",
    ["Russia's defence ministry says 63 servicemen died when Ukrainian HIMARS rockets hit a temporary base in Makiivka, a rare admission of heavy losses.",
     "Ukraine's armed forces had earlier claimed around 400 mobilised soldiers were killed and 300 wounded.",
     "Russian military bloggers said ammunition stored in the same building made the damage worse."],
    "strikes", "strikes", 3, MAK, a="Olha Stepaniuk"),
  E("2023-01-02 10:05", "Energy facility hit in Kyiv attack, 40 drones downed",
    ["Ukraine's air force says it shot down all 40 drones launched overnight, most of them over Kyiv, but falling debris damaged an energy facility and injured a 19-year-old man in the capital."],
    "strikes", "strikes", 3, KYIV3, a="Taras Bondar"),
  E("2023-01-02 08:30", "Makiivka: dozens feared dead after strike on temporary barracks",
    ["Dozens of Russian soldiers are feared dead after Ukrainian rockets hit a vocational school in occupied Makiivka that was being used as a barracks, according to pro-Russian officials."],
    "strikes", "strikes", 3, MAK, a="Taras Bondar", n="Earliest toll ('dozens')."),
  E("2023-01-02 06:55", "Kremlin confirms soldiers in Putin's New Year address were real servicemen",
    ["The Kremlin said the people in uniform standing behind Vladimir Putin in his New Year address were serving soldiers and officers, rejecting claims that they were actors."],
    "other", "politics", 2, "putin-new-year-address-soldiers", a="Olha Stepaniuk"),
  ]))

SEEDS.append(dict(id="5342", name="5342_honister-htmllive", ext="html", source="Honister Times", zone="Europe/London", render=r_honister,
  title="Ukraine war: Russia admits heavy losses in Makiivka as drones target Kiev", dateline="Monday 2 January 2023",
  lede="Moscow acknowledges 63 deaths after a New Year rocket strike on its troops; Kiev's air defences face a second night of drones.",
  notes="Invented outlet. HTML live page, newest first, no JSON-LD. Each block: <p class='stamp'>4.40pm</p> (no zone printed: UK time, GMT = UTC in "
        "January), h2 headline, paragraphs, author line. Spells Kiev. " + D3,
  not_entries=["cookie banner", "header/menu", "title, dateline and standfirst", "'Related' aside after the third block", "newsletter line", "footer"],
  entries=[
  E("2023-01-02 17:55", "Explainer: Why Russia keeps sending Iranian-made drones",
    ["The Shahed-136 is a slow, loud and cheap drone that carries a small warhead and flies a pre-set course until it dives into its target.",
     "Russia has used hundreds of them since the autumn, often in swarms meant to overwhelm air defences before cruise missiles arrive.",
     "Western officials believe Iran has also agreed to help Russia build the drones itself."],
    "strikes", "strikes", 2, "explainer-shahed-drones", a="Peter Ashworth", sec=["aid"],
    n="Theme piece (explainer); its own story, must not merge with the overnight Kyiv attack."),
  E("2023-01-02 16:10", "Moscow admits 63 dead in Makiivka strike",
    ["Russia's defence ministry has said 63 soldiers were killed when Ukrainian rockets struck a building housing troops in Makiivka, in occupied Donetsk region.",
     "The statement blamed the strike on US-made HIMARS launchers, saying four rockets hit the site."],
    "strikes", "strikes", 1, MAK, a="Claire Fenwick", dup="5342-04", n="Near-verbatim repeat of 5342-04 (reworded headline) -> importance 1."),
  E("2023-01-02 14:25", "Sunak and Zelensky discuss support for 2023",
    ["Rishi Sunak spoke to Volodymyr Zelensky by phone on Monday and promised that Britain would keep up its military support this year, Downing Street said."],
    "diplomacy", "diplomacy", 3, "sunak-zelensky-call-2023-01-02", a="Peter Ashworth", sec=["aid"], n="Head-of-government call -> diplomacy, importance 3."),
  E("2023-01-02 11:15", "Russia says 63 troops died in Makiivka strike",
    ["Russia's defence ministry has said 63 soldiers were killed when Ukrainian rockets struck a building housing troops in Makiivka, in the occupied Donetsk region.",
     "The statement blamed the strike on US-made HIMARS launchers and said four rockets had hit the site."],
    "strikes", "strikes", 3, MAK, a="Claire Fenwick"),
  E("2023-01-02 08:40", "Kiev hit by Iranian-made drones for second night",
    ["Kiev was attacked by Iranian-made drones for the second night in a row, with explosions heard across the city shortly after midnight, Ukrainian officials said."],
    "strikes", "strikes", 3, KYIV3, a="Peter Ashworth"),
  E("2023-01-02 07:05", "Ukraine claims hundreds of Russian troops killed in New Year strike",
    ["Ukraine's military has claimed that about 400 Russian soldiers were killed when a building they were using in Makiivka was hit just after midnight on New Year's Day."],
    "strikes", "strikes", 3, MAK, a="Claire Fenwick"),
  ]))

SEEDS.append(dict(id="5343", name="5343_stennerby-rss", ext="xml", source="Stennerby Courier", zone="Europe/Vilnius", render=r_rss_world, rfc="offset",
  title="Stennerby Courier - Baltics and the East", url="https://stennerby-courier.example/east", lede="News from the Baltic states and Eastern Europe",
  notes="Invented outlet. Regional RSS 2.0 feed, newest first, pubDate with +0200 (Vilnius, EET), dc:creator per item. Spells Makeyevka and Kiev. " + D3,
  not_entries=["channel title/link/description", "category values"],
  entries=[
  E("2023-01-02 19:40", "Local official says Makeyevka toll likely above 63",
    ["A Russian-installed official in occupied Donetsk region said the number of soldiers killed in Makeyevka was likely to rise above the 63 confirmed by Moscow, as rescuers were still clearing rubble."],
    "strikes", "strikes", 3, MAK, a="Rasa Vaitkut\u0117", cat="Ukraine", n="Toll 'likely above 63' (latest)."),
  E("2023-01-02 16:15", "Lithuania sends second batch of generators to Ukraine",
    ["Lithuania has sent another 120 power generators to Ukraine to help hospitals and schools cope with blackouts caused by Russian strikes, the Lithuanian government said."],
    "aid", "aid", 2, "lithuania-generators-ukraine-2023-01", a="Rasa Vaitkut\u0117", cat="Lithuania"),
  E("2023-01-02 13:30", "Kherson shelled again, one killed",
    ["One person was killed when Russian shells hit central Kherson on Monday afternoon, the regional administration said."],
    "strikes", "strikes", 3, KHER, a="Mindaugas Petraitis", cat="Ukraine", n="Deadly strike, but a different event from Makiivka: must not merge."),
  E("2023-01-02 10:05", "Kiev: 40 drones shot down overnight, energy site damaged",
    ["Ukrainian air defences shot down 40 drones overnight, most of them over Kiev, officials said, though an energy facility was damaged."],
    "strikes", "strikes", 3, KYIV3, a="Mindaugas Petraitis", cat="Ukraine"),
  E("2023-01-02 08:20", "Nauseda: 2023 must be the year Ukraine gets tanks",
    ["Lithuanian President Gitanas Nauseda said in a New Year interview that Western allies should stop hesitating and send Ukraine modern battle tanks."],
    "aid", "aid", 2, "nauseda-tanks-for-ukraine-call-2023-01", a="Rasa Vaitkut\u0117", cat="Lithuania",
    n="Call for arms supply -> aid; a different Lithuanian item from the generators: must not merge."),
  ]))


# ====================================================================== emit
BASIS = {
  "r_es": "stamp '{s}' (date and 12 h time, after the item text); UK time implied by the outlet, BST = UTC+1",
  "r_wm": "bare stamp '{s}' on the page dated '11:02, 7 MAY 2023' / 'Updated18:52, 7 MAY 2023'; UK time implied, BST = UTC+1",
  "r_spec": "time '{s}' in a round-up dated 'Sat., June 10, 2023' (CP footer agrees); Eastern time implied by the outlet, EDT = UTC-4",
  "r_sacbee": "pubDate '{s}' (zone name PDT = UTC-7)",
  "r_hc": "stamp '{s}' under the day header for {d} (header has no year; year from 'Updated April 2, 2023'); Central time implied, CDT = UTC-5",
  "r_azc": "no per-section time; the article's 'Published 10:14 a.m. MT June 1, 2023' used for every section; Arizona MT = MST = UTC-7 (no DST)",
  "r_muscat": "stamp '{s}' (date and 12 h time after the headline); Oman time implied, UTC+4",
  "r_nation": "stamp '{s}' (date and 24 h time in the card meta line); Thai time implied, UTC+7",
  "r_sggp": "pubDate '{s}' (explicit +0700)",
  "r_jordan": "time '{s}' in the credit line, on the page dated 'Sunday, February 19' (no year: parse_args --date 2023-02-19); Jordan time implied, UTC+3",
  "r_wetherlam": "stamp '{s}' on the page dated {d}; BST = UTC+1",
  "r_blencathra": "stamp '{s}' on the page dated {d} ('All times are Kyiv time (GMT+3)'); JSON-LD update datePublished agrees",
  "r_rss_world": "pubDate '{s}' (explicit zone)",
  "r_textarticle": "no per-section time; the article dateline ({d}, Warsaw CEST = UTC+2, zone implied by the outlet) used for every section",
  "r_atom": "<published> '{s}' (explicit offset)",
  "r_lindeth": "stamp '{s}' under the date line 'Wednesday 31 May' (no year: parse_args --date 2023-05-31); Kyiv EEST = UTC+3",
  "r_wrynose": "stamp '{s}' on the page dated {d}; EET = UTC+2",
  "r_honister": "stamp '{s}' on the page dated {d}; UK time implied, GMT = UTC in January",
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
                         "published_basis": BASIS[rname].format(s=stamps[i], d=d.strftime("%Y-%m-%d")),
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

#!/usr/bin/env python3
"""Builds the eval/dy seed pages and their gold files from one hand-written data table (further below).
All news text is the blind tester's own invented wording (2026 lies beyond what the writer remembers: events, tolls,
quotes and reporters are invented); Part A imitates the page layouts of ten real defence outlets from memory,
Part B outlets are invented. Deterministic. Run from the project root:  python3 eval/dy/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.K.", "U.N.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.", "Adm.", "Maj.", "Brig.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **kw):
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(kw)
    return d


def OFF(t, h, p, st, a=None, n="", **kw):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **kw)


def first_sentence(par):
    for m in re.finditer(r'[.!?]["\'\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018\u2014(]|$)', par):
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
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def ampm(d, sep=":", space="", dots=False, upper=False):
    hh = d.hour % 12 or 12
    if dots:
        suf = "a.m." if d.hour < 12 else "p.m."
    else:
        suf = "am" if d.hour < 12 else "pm"
        if upper:
            suf = suf.upper()
    return f"{hh}{sep}{d.minute:02d}{space}{suf}"


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def order_check(S, newest_first):
    ts = [e["t"] for e in S["entries"]]
    want = sorted(ts, reverse=newest_first)
    assert ts == want, f"{S['id']}: entries must be listed {'newest' if newest_first else 'oldest'} first (page order)"


def rfc822(d):
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + d.strftime("%z")


def slug(s, n=90):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:n].strip("-")


def ldjson(obj):
    return '<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False) + '</script>'


# ================================================================ Part A renderers (layouts of real outlets, from memory)

def r_janes(S):
    """Janes 'Defence news' listing, text scrape. Newest first. Card: topic label in capitals, headline, standfirst
    paragraph(s), 'by NAME', then the date only ('12 October 2026'): no time anywhere on the page."""
    L = ["Skip to main content", "", "Janes", "Solutions   Products   Industries   Insights   Events   About Janes   Contact us",
         "Request a demo   Log in   Search", "", "Home  >  Insights  >  Defence news", "", S["title"], S["lede"], "",
         "Filter by topic:  All  |  Air  |  Land  |  Sea  |  C4ISR  |  Weapons  |  Industry  |  Security  |  Space", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = datetime.strptime(e["t"], "%Y-%m-%d")
        st = f"{d.day} {MONTHS[d.month - 1]} {d.year}"; stamps.append(st)
        L += [e["cat"], e["h"], ""] + ptxt(e["p"]) + [f"by {e['a']}", st, ""]
        if i == 2:
            L += ["Janes Defence Weekly", "Get the defence news that matters, curated by Janes analysts, in your inbox every week.", "Subscribe now", ""]
    L += ["Load more news", "", "Related insights", "Janes podcast: the world of defence in 30 minutes", "Janes events: upcoming webinars", "",
          "Cookie settings  |  Privacy notice  |  Terms of use  |  Modern slavery statement  |  Accessibility", "\u00a9 Janes 2026. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_navalnews(S):
    """Naval News WordPress RSS 2.0: pubDate +0000, dc:creator in CDATA, several <category> CDATA tags, a one-paragraph
    description ending with the Yoast line 'The post ... appeared first on Naval News.', full text in content:encoded."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"',
           '\txmlns:content="http://purl.org/rss/1.0/modules/content/"', '\txmlns:wfw="http://wellformedweb.org/CommentAPI/"',
           '\txmlns:dc="http://purl.org/dc/elements/1.1/"', '\txmlns:atom="http://www.w3.org/2005/Atom"',
           '\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"', '\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"', '\t>', '',
           '<channel>', f'\t<title>{esc(S["title"])}</title>', '\t<atom:link href="https://www.navalnews.com/feed/" rel="self" type="application/rss+xml" />',
           '\t<link>https://www.navalnews.com</link>', f'\t<description>{esc(S["lede"])}</description>',
           f'\t<lastBuildDate>{rfc822(last)}</lastBuildDate>', '\t<language>en-US</language>', '\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>',
           '\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>', '\t<generator>https://wordpress.org/?v=6.8.3</generator>',
           '<image>', '\t<url>https://www.navalnews.com/wp-content/uploads/2019/02/cropped-naval-news-icon-32x32.png</url>',
           f'\t<title>{esc(S["title"])}</title>', '\t<link>https://www.navalnews.com</link>', '\t<width>32</width>', '\t<height>32</height>', '</image> ']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        link = f"https://www.navalnews.com/naval-news/{d.year}/{d.month:02d}/{slug(e['h'])}/"
        pid = 281940 - i * 37
        desc = f"<p>{esc(e['p'][0])}</p>\n<p>The post <a href=\"{link}\">{esc(e['h'])}</a> appeared first on <a href=\"https://www.navalnews.com\">Naval News</a>.</p>"
        out += ['\t<item>', f'\t\t<title>{esc(e["h"])}</title>', f'\t\t<link>{link}</link>',
                f'\t\t<comments>{link}#respond</comments>', f'\t\t<dc:creator><![CDATA[{e["a"]}]]></dc:creator>',
                f'\t\t<pubDate>{st}</pubDate>'] + [f'\t\t<category><![CDATA[{c}]]></category>' for c in e["cats"]] + [
                f'\t\t<guid isPermaLink="false">https://www.navalnews.com/?p={pid}</guid>',
                f'\t\t<description><![CDATA[{desc}]]></description>',
                '\t\t<content:encoded><![CDATA[' + "\n".join(f"<p>{esc(p)}</p>" for p in e["p"])
                + f'\n<p>The post <a href="{link}">{esc(e["h"])}</a> appeared first on <a href="https://www.navalnews.com">Naval News</a>.</p>\n]]></content:encoded>',
                f'\t\t<wfw:commentRss>{link}feed/</wfw:commentRss>', f'\t\t<slash:comments>{e.get("cc", 0)}</slash:comments>', '\t</item>']
    out += ['\t</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_armyrec(S):
    """Army Recognition news listing, HTML. Newest first; each card opens with a date-time line
    'Monday, 19 October 2026 21:40' (no zone; Brussels-based site) ABOVE the Title Case headline, then the intro and
    'Read more'. JSON-LD only Organization/WebSite."""
    z = S["zone"]; order_check(S, True)
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "Organization", "@id": "https://www.armyrecognition.com/#organization", "name": "Army Recognition",
         "url": "https://www.armyrecognition.com/", "logo": "https://www.armyrecognition.com/images/logo_army_recognition.png"},
        {"@type": "WebSite", "@id": "https://www.armyrecognition.com/#website", "url": "https://www.armyrecognition.com/", "name": "Army Recognition",
         "potentialAction": {"@type": "SearchAction", "target": "https://www.armyrecognition.com/search?q={search_term_string}",
                             "query-input": "required name=search_term_string"}}]}
    out = ['<!DOCTYPE html>', '<html lang="en-gb" dir="ltr"><head><meta charset="utf-8">',
           f'<title>{esc(S["title"])} - Army Recognition</title>', ldjson(ld), '</head><body class="site com_content view-category">',
           '<div class="topbar"><a href="/newsletter">Newsletter</a> | <a href="/advertising">Advertise with us</a> | <a href="/contact-us">Contact</a></div>',
           '<header><a class="brand" href="/"><img src="/images/logo_army_recognition.png" alt="Army Recognition"></a>'
           '<nav class="mainmenu"><a href="/">Home</a> <a href="/defense_news">Defense News</a> <a href="/army">Army</a> <a href="/navy">Navy</a> '
           '<a href="/air">Air</a> <a href="/defense_industry">Defense Industry</a> <a href="/weapons_defence_industry_military_technology_uk">Military Equipment</a> '
           '<a href="/defense_security_events">Defense Exhibitions</a> <a href="/videos">Videos</a></nav></header>',
           '<div class="breadcrumbs">You are here: <a href="/">Home</a> / <a href="/defense_news">Defense News</a> / ' + esc(S["crumb"]) + '</div>',
           f'<main><h1 class="page-header">{esc(S["title"])}</h1>', '<div class="blog">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{DAYS_EN[d.weekday()]}, {d.day} {MONTHS[d.month - 1]} {d.year} {d:%H:%M}"; stamps.append(st)
        href = f"/defense_news_{MONTHS[d.month - 1].lower()}_{d.year}_global_security_army_industry/{slug(e['h'], 70).replace('-', '_')}.html"
        out.append(f'<div class="item"><div class="article-info"><span class="published">Posted On <time datetime="{d.isoformat()}">{st}</time></span></div>')
        out.append(f'<h2 class="item-title"><a href="{href}">{esc(e["h"])}</a></h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append(f'<p class="readmore"><a href="{href}">Read more</a></p></div>')
        if i == 2:
            out.append('<div class="banner">Advertising</div>')
        if i == 4:
            out.append('<div class="newsletter-box"><h3>Subscribe to our Newsletter</h3><p>Receive the daily defense and security news from Army Recognition.</p><button>Subscribe</button></div>')
    out += ['</div><div class="pagination"><a href="?start=10">Next</a> <a href="?start=20">End</a></div></main>',
            '<footer><p>Army Recognition Group, Defense and Security News and Analysis</p><p>Copyright \u00a9 2026 Army Recognition. All rights reserved.</p>'
            '<p><a href="/about-us">About us</a> | <a href="/privacy-policy">Privacy Policy</a> | <a href="/contact-us">Contact us</a></p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_ukdj(S):
    """UK Defence Journal home 'Latest' block, HTML (tagDiv Newspaper theme). Headline, then author '-' and a date-only
    <time class="entry-date updated td-module-date" datetime="...+01:00">October 20, 2026</time>, comment bubble, excerpt.
    Yoast JSON-LD graph (CollectionPage, WebSite, Organization) without item times."""
    z = S["zone"]; order_check(S, True)
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "CollectionPage", "@id": "https://ukdefencejournal.org.uk/", "url": "https://ukdefencejournal.org.uk/", "name": S["title"],
         "isPartOf": {"@id": "https://ukdefencejournal.org.uk/#website"}, "about": {"@id": "https://ukdefencejournal.org.uk/#organization"}, "inLanguage": "en-GB"},
        {"@type": "WebSite", "@id": "https://ukdefencejournal.org.uk/#website", "url": "https://ukdefencejournal.org.uk/", "name": "UK Defence Journal",
         "publisher": {"@id": "https://ukdefencejournal.org.uk/#organization"}},
        {"@type": "Organization", "@id": "https://ukdefencejournal.org.uk/#organization", "name": "UK Defence Journal", "url": "https://ukdefencejournal.org.uk/"}]}
    out = ['<!doctype html >', '<html lang="en-GB"><head><meta charset="UTF-8" />', f'<title>{esc(S["title"])}</title>',
           '<meta name="robots" content="index, follow, max-image-preview:large" />', ldjson(ld), '</head>',
           '<body class="home page-template td-standard-pack">', '<div class="td-header-top-menu"><div class="td_data_time">' + esc(S["topdate"]) + '</div>'
           '<a href="/about/">About</a> <a href="/contact/">Contact</a> <a href="/submit/">Submit an article</a> <a href="/donate/">Support us</a></div>',
           '<div class="td-header-menu-wrap"><a class="td-main-logo" href="/">UK Defence Journal</a><ul class="sf-menu"><li>Home</li><li>Army</li>'
           '<li>Navy</li><li>Air Force</li><li>Cyber</li><li>Industry</li><li>Opinion</li><li>Weapons</li><li>Podcast</li></ul></div>',
           '<div class="td-main-content-wrap"><div class="td_block_wrap td_block_10"><h4 class="block-title"><span>Latest</span></h4><div class="td_block_inner">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MONTHS[d.month - 1]} {d.day}, {d.year}"; stamps.append(st)
        link = f"https://ukdefencejournal.org.uk/{slug(e['h'])}/"
        out.append('<div class="td_module_10 td_module_wrap td-animation-stack"><div class="td-module-thumb">'
                   f'<a href="{link}" rel="bookmark" class="td-image-wrap" title="{attr(e["h"])}"><img width="218" height="150" class="entry-thumb" alt="" /></a></div>')
        out.append(f'<div class="item-details"><h3 class="entry-title td-module-title"><a href="{link}" rel="bookmark" title="{attr(e["h"])}">{esc(e["h"])}</a></h3>')
        out.append(f'<div class="td-module-meta-info"><span class="td-post-author-name"><a href="https://ukdefencejournal.org.uk/author/{slug(e["a"])}/">{esc(e["a"])}</a> '
                   f'<span>-</span> </span><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{d.isoformat()}" >{st}</time></span>'
                   f'<span class="td-module-comments"><a href="{link}#comments">{e.get("cc", 0)}</a></span></div>')
        out += [f'<div class="td-excerpt">{esc(p)}</div>' for p in e["p"]]
        out.append('</div></div>')
        if i == 2:
            out.append('<div class="td-a-rec td-a-rec-id-custom_ad_1"><span class="td-adspot-title">- Advertisement -</span></div>')
    out += ['</div><div class="td-next-prev-wrap"><a href="#" class="td-ajax-prev-page">Prev</a><a href="#" class="td-ajax-next-page">Next</a></div></div>',
            '<div class="td_block_wrap td_block_social_counter"><h4 class="block-title"><span>Stay Connected</span></h4><span>Facebook</span> <span>X</span> <span>YouTube</span></div>',
            '<div class="td_block_wrap td_block_7"><h4 class="block-title"><span>Most Popular</span></h4><a href="/type-26-frigate-sea-trials-update/">Type 26 frigate begins contractor sea trials</a></div></div>',
            '<div class="td-footer-wrapper"><p>The UK Defence Journal aims to provide an informative and balanced view of defence and security matters.</p>'
            '<p>\u00a9 UK Defence Journal 2026 <a href="/privacy-policy/">Privacy Policy</a> <a href="/contact/">Contact</a></p></div></body></html>']
    return "\n".join(out) + "\n", stamps


def r_oryx(S):
    """Oryx (Blogger) single post, text scrape: tab bar, Blogger date header 'Wednesday, 21 October 2026', post title,
    'Written by ...' line, intro, then one section per donor (heading, paragraph, list lines). Blogger footer
    'Posted by Oryx at 7:42 PM' (the only clock; Dutch authors, Europe/Amsterdam assumed). Sections have no stamps."""
    z = S["zone"]; d0 = dt(S["posted"], z)
    L = ["Oryx", "Home     Contact     Support Oryx     Russian losses     Ukrainian losses     Donations to Ukraine     Attack On Europe", "",
         f"{DAYS_EN[d0.weekday()]}, {d0.day} {MONTHS[d0.month - 1]} {d0.year}", "", S["title"], "", S["byline"], ""] + ptxt(S["intro"])
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
    L += [S["outro"], "", f"Posted by Oryx at {ampm(d0, space=' ', upper=True)}", "Email This  BlogThis!  Share to X  Share to Facebook  Share to Pinterest",
          "Labels: Donations, Nordic countries, Ukraine", "", "3 comments:", "", "Anonymous said...", "Great work as always, thank you.",
          "Reply", "", "Post a Comment", "", "Newer Post   Older Post   Home", "Subscribe to: Post Comments (Atom)", "",
          "Blog Archive", "\u25bc  2026 (11)", "\u25ba  2025 (17)", "", "Report Abuse", "Powered by Blogger."]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_defexpress(S):
    """Defense Express (defence-ua.com, English) news feed, text scrape. Newest first; date headers '24 October 2026';
    each item a bare 'HH:MM' line (Kyiv time, never labelled) ABOVE the headline, then a one-paragraph lead.
    The top items fall after local midnight (24 October local, still 23 October in UTC)."""
    z = S["zone"]; order_check(S, True)
    L = ["Defense Express", "UA   EN", "", "News   Weapons and Conflicts   Army   Industry   Aviation   Navy   Analytics   Special Projects   Video", "",
         "Support Defense Express", "", S["title"], ""]
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        if d.date() != cur:
            cur = d.date(); L += [f"{d.day} {MONTHS[d.month - 1]} {d.year}", ""]
        st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 3:
            L += ["Follow Defense Express on Telegram: the latest on the Russia-Ukraine war and the defense industry", ""]
    L += ["More news", "", "Most read", "How Ukraine's Air Force Rebuilt Its Night-Time Drone Interception", "The Economics of a Shahed: Why Cheap Is Not That Cheap", "",
          "Defense Express is a Ukrainian consulting and information company specializing in the defense industry.",
          "\u00a9 2026 Defense Express. Use of materials is permitted only with a hyperlink to defence-ua.com."]
    return "\n".join(L) + "\n", stamps


def r_aviationist(S):
    """The Aviationist home listing, HTML (WordPress). Newest first: category links, h2 headline, 'By NAME' and
    'Published on: October 24, 2026 at 2:15 PM' (12-hour clock, no zone: Rome-based site), excerpt, 'Read More'.
    Yoast JSON-LD graph without item times. One 'Watch:' post is a video with no text."""
    z = S["zone"]; order_check(S, True)
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "CollectionPage", "@id": "https://theaviationist.com/", "url": "https://theaviationist.com/", "name": S["title"],
         "isPartOf": {"@id": "https://theaviationist.com/#website"}, "inLanguage": "en-US"},
        {"@type": "WebSite", "@id": "https://theaviationist.com/#website", "url": "https://theaviationist.com/", "name": "The Aviationist",
         "description": "Military aviation, air power, airshows and more"}]}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="UTF-8">', f'<title>{esc(S["title"])}</title>', ldjson(ld), '</head>',
           '<body class="home blog">', '<header id="masthead"><div class="site-branding"><a href="/" rel="home">The Aviationist</a></div>'
           '<nav id="site-navigation"><a href="/category/military-aviation/">Military Aviation</a> <a href="/category/ukraine/">Ukraine</a> '
           '<a href="/category/drones/">Drones</a> <a href="/category/airshows/">Airshows</a> <a href="/category/civil-aviation/">Civil Aviation</a> '
           '<a href="/about/">About</a> <a href="/contact/">Contact</a></nav></header>', '<main id="primary" class="site-main">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MONTHS[d.month - 1]} {d.day}, {d.year} at {ampm(d, space=' ', upper=True)}"; stamps.append(st)
        link = f"https://theaviationist.com/{d.year}/{d.month:02d}/{d.day:02d}/{slug(e['h'])}/"
        out.append(f'<article id="post-{91500 - i * 3}" class="post type-post"><div class="cat-links">'
                   + ", ".join(f'<a href="/category/{slug(c)}/" rel="category tag">{esc(c)}</a>' for c in e["cats"]) + '</div>')
        out.append(f'<h2 class="entry-title"><a href="{link}" rel="bookmark">{esc(e["h"])}</a></h2>')
        out.append(f'<div class="entry-meta"><span class="byline">By <a class="url fn n" href="/author/{slug(e["a"])}/">{esc(e["a"])}</a></span> '
                   f'<span class="posted-on">Published on: <time class="entry-date published" datetime="{d.isoformat()}">{st}</time></span></div>')
        if e["p"]:
            out.append('<div class="entry-summary">' + "".join(f'<p>{esc(p)}</p>' for p in e["p"]) + '</div>')
        else:
            out.append('<div class="entry-video"><div class="wp-block-embed__wrapper">[YouTube video]</div></div>')
        out.append(f'<a class="more-link" href="{link}">Read More</a></article>')
        if i == 2:
            out.append('<aside class="widget"><h3>Support The Aviationist</h3><p>Become a member to read without ads.</p></aside>')
    out += ['<nav class="navigation posts-navigation"><a href="/page/2/">Older posts</a></nav></main>',
            '<aside id="secondary"><section class="widget"><h3>Trending</h3><a href="/tag/f-35/">F-35</a> <a href="/tag/b-21/">B-21</a></section></aside>',
            '<footer id="colophon"><p>\u00a9 2026 The Aviationist. All rights reserved.</p><a href="/privacy-policy/">Privacy Policy</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_asf(S):
    """Air & Space Forces Magazine 'Daily Report', HTML (WordPress). One page, date only in the header ('Oct. 26, 2026');
    items are h2 headline + 'By NAME' + paragraphs, no per-item time. The time is only in the Yoast JSON-LD
    (Article datePublished). Items are listed as published (the page's own order)."""
    z = S["zone"]; pub = dt(S["published"], z)
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "@id": S["url"] + "#article", "isPartOf": {"@id": S["url"]}, "headline": S["title"],
         "datePublished": pub.isoformat(), "dateModified": (pub + timedelta(minutes=47)).isoformat(),
         "publisher": {"@id": "https://www.airandspaceforces.com/#organization"}, "articleSection": ["Daily Report"], "inLanguage": "en-US"},
        {"@type": "WebPage", "@id": S["url"], "url": S["url"], "name": S["title"] + " - Air & Space Forces Magazine", "datePublished": pub.isoformat()},
        {"@type": "Organization", "@id": "https://www.airandspaceforces.com/#organization", "name": "Air & Space Forces Magazine",
         "url": "https://www.airandspaceforces.com/"}]}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="UTF-8">', f'<title>{esc(S["title"])} - Air &amp; Space Forces Magazine</title>',
           f'<meta property="article:published_time" content="{pub.isoformat()}" />', ldjson(ld), '</head><body class="post-template-default single">',
           '<header class="site-header"><a class="logo" href="/">Air &amp; Space Forces Magazine</a><nav><a href="/news/">News</a> '
           '<a href="/daily-report/">Daily Report</a> <a href="/magazine/">Magazine</a> <a href="/podcasts/">Podcasts</a> <a href="/video/">Video</a> '
           '<a href="/almanacs/">Almanacs</a> <a href="https://www.afa.org/">AFA</a></nav><a class="btn" href="/subscribe/">Subscribe</a></header>',
           '<main><article class="daily-report">', '<p class="kicker"><a href="/daily-report/">Daily Report</a></p>', f'<h1 class="entry-title">{esc(S["title"])}</h1>',
           f'<p class="entry-date">{AP_MONTHS[pub.month - 1]} {pub.day}, {pub.year}</p>',
           '<div class="share">Share: <a>Facebook</a> <a>X</a> <a>LinkedIn</a> <a>Email</a></div>']
    for i, e in enumerate(S["entries"]):
        out.append(f'<section class="dr-item" id="item-{i + 1}"><h2>{esc(e["h"])}</h2><p class="byline">By {esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('</section>')
        if i == 3:
            out.append('<div class="newsletter-signup"><h3>Get the Daily Report in your inbox</h3><p>Subscribe to the free daily newsletter.</p><button>Sign Up</button></div>')
    out += ['<div class="dr-footer"><p>Have a news tip? Email the editors.</p></div></article>',
            '<aside class="sidebar"><h3>Trending</h3><a href="/magazine/the-air-force-in-facts-and-figures/">The Air Force in Facts and Figures</a></aside></main>',
            '<footer><p>Air &amp; Space Forces Magazine is published by the Air &amp; Space Forces Association.</p><p>\u00a9 2026 Air &amp; Space Forces Association</p></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_forces(S):
    """Forces News (BFBS) live page, text scrape. Oldest first (the page reads like a timeline). Each post: relative stamp
    ('9 hrs ago', '45 mins ago'), headline, 'By NAME', body. The only clock is the header line 'Wednesday 28 October, 4:15pm'
    (UK time); no year anywhere on the page."""
    z = S["zone"]; order_check(S, False); ref = dt(S["ref"], z)
    L = ["Skip to main content", "", "BFBS   Forces News   BFBS Radio   Forces+   Forces Connect", "",
         "Forces News", "News   Ukraine   Army   Navy   RAF   Veterans   Sport   Watch   Listen", "",
         "BFBS Radio: listen live", f"{DAYS_EN[ref.weekday()]} {ref.day} {MONTHS[ref.month - 1]}, {ampm(ref)}", "",
         "LIVE", S["title"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        if mins < 60:
            st = f"{mins} mins ago"
        else:
            assert mins % 60 == 0, e["t"]
            st = "1 hr ago" if mins == 60 else f"{mins // 60} hrs ago"
        stamps.append(st)
        L += [st, e["h"], f"By {e['a']}", ""] + ptxt(e["p"])
        if not e["p"]:
            L += ["Watch on Forces+", ""]
        if i == 2:
            L += ["Sign up to the Forces News newsletter for the latest updates sent straight to your inbox.", ""]
    L += ["Back to top", "", "Related topics: Ukraine, Russia, Defence", "",
          "About BFBS   Contact   Privacy   Cookies   Accessibility", "\u00a9 British Forces Broadcasting Service"]
    return "\n".join(L) + "\n", stamps


def r_defblog(S):
    """Defence Blog WordPress Atom feed: <published> in UTC with 'Z', <author><name>, title/summary/content in CDATA,
    category terms, thr:total comment counts. Newest first."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z).isoformat().replace("+00:00", "Z")
    out = ['<?xml version="1.0" encoding="UTF-8"?><feed', '  xmlns="http://www.w3.org/2005/Atom"', '  xmlns:thr="http://purl.org/syndication/thread/1.0"',
           '  xml:lang="en-US"', '  >', f'\t<title type="text">{esc(S["title"])}</title>', f'\t<subtitle type="text">{esc(S["lede"])}</subtitle>', '',
           f'\t<updated>{last}</updated>', '', '\t<link rel="alternate" type="text/html" href="https://defence-blog.com" />',
           '\t<id>https://defence-blog.com/feed/atom/</id>', '\t<link rel="self" type="application/atom+xml" href="https://defence-blog.com/feed/atom/" />', '',
           '\t<generator uri="https://wordpress.org/" version="6.8.3">WordPress</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat().replace("+00:00", "Z"); stamps.append(st)
        link = f"https://defence-blog.com/{slug(e['h'])}/"
        out += ['\t<entry>', '\t\t<author>', f'\t\t\t<name>{esc(e["a"])}</name>', '\t\t</author>',
                f'\t\t<title type="html"><![CDATA[{e["h"]}]]></title>', f'\t\t<link rel="alternate" type="text/html" href="{link}" />',
                f'\t\t<id>https://defence-blog.com/?p={214700 - i * 11}</id>', f'\t\t<updated>{st}</updated>', f'\t\t<published>{st}</published>']
        out += [f'\t\t<category scheme="https://defence-blog.com" term="{attr(c)}" />' for c in e["cats"]]
        out += [f'\t\t<summary type="html"><![CDATA[{e["p"][0]}]]></summary>',
                f'\t\t<content type="html" xml:base="{link}"><![CDATA[' + "\n".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></content>',
                f'\t\t<link rel="replies" type="text/html" href="{link}#respond" thr:count="{e.get("cc", 0)}" />',
                f'\t\t<thr:total>{e.get("cc", 0)}</thr:total>', '\t</entry>']
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


# ================================================================ Part B renderers (invented outlets)

def r_quillbrook(S):
    """text live, newest first; stamp and headline on one line '17:55 GMT \u2014 Headline'; a 'Key Points' block of
    bullet headlines under the standfirst; 'Reporting by NAME' after the body."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"], "Home  |  UK  |  World  |  Ukraine war  |  Business  |  Sport  |  Weather", "", "LIVE  " + S["title"], S["dateline"], "",
         S["lede"], "", "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} GMT"; stamps.append(st)
        L += [f"{st} \u2014 {e['h']}", ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"Reporting by {e['a']}", ""]
        if i == 3:
            L += ["Get our Ukraine Briefing newsletter every weekday at 7am. Sign up here.", ""]
    L += ["Show earlier updates", "", f"{S['source']}  \u00b7  About us  \u00b7  Corrections  \u00b7  Privacy  \u00b7  Cookie settings"]
    return "\n".join(L) + "\n", stamps


def r_drumlargan(S):
    """HTML live, oldest first; LiveBlogPosting JSON-LD with a per-update datePublished; visible bare '08:40' in
    <time datetime>; author under the h3; 'Kyiv time' note in the header."""
    z = S["zone"]; order_check(S, False)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{i + 101}", "headline": e["h"], "datePublished": d.isoformat(),
             "articleBody": " ".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "url": S["url"], "headline": S["title"],
          "description": S["lede"], "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "coverageEndTime": (last + timedelta(hours=2)).isoformat(), "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]},
          "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en-IE"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {esc(S["source"])}</title>', ldjson(ld),
           '</head><body>', f'<div class="masthead"><a href="/">{esc(S["source"])}</a><nav><a href="/news">News</a> <a href="/world">World</a> '
           '<a href="/world/ukraine">Ukraine</a> <a href="/business">Business</a> <a href="/sport">Sport</a> <a href="/subscribe">Subscribe</a></nav></div>',
           f'<main class="liveblog"><h1>{esc(S["title"])}</h1>', f'<p class="lb-meta">{esc(S["dateline"])}</p>', f'<p class="lb-standfirst">{esc(S["lede"])}</p>',
           '<ol class="lb-posts">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<li class="lb-post" id="post-{i + 101}"><time datetime="{d.isoformat()}">{st}</time><h3>{esc(e["h"])}</h3>')
        if e["a"]:
            out.append(f'<p class="lb-author">{esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<p class="lb-share"><a>Share</a> <a>Copy link</a></p></li>')
        if i == 3:
            out.append('<li class="lb-promo">Read more: <a href="/world/ukraine/explainer-black-sea-ports">How the Black Sea grain corridor works</a></li>')
    out += ['</ol></main>', f'<footer>{esc(S["source"])} \u00b7 Terms \u00b7 Privacy \u00b7 Contact the newsroom</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_worldrss(S):
    """RSS 2.0 general news feed, newest first; pubDate 'GMT' or a numeric offset (S['rfc']); description in CDATA paragraphs;
    dc:creator only where the item has an author."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">',
           '<channel>', f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>',
           '<language>en</language>', f'<copyright>{esc(S["source"])}</copyright>', '<ttl>15</ttl>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if S["rfc"] == "GMT" else d.strftime("%z")); stamps.append(st)
        link = f"{S['url']}/{e.get('cat', 'world').lower()}/{slug(e['h'], 48)}-{i + 40211}"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="true">{link}</guid>',
                f'<pubDate>{st}</pubDate>', f'<category>{e.get("cat", "World")}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>',
                f'<media:thumbnail url="{S["url"]}/img/{i + 40211}.jpg" width="240" height="135"/>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_tollerdown(S):
    """HTML article (NewsArticle JSON-LD) with h2 sections, one entry per section; page byline and a printed dateline
    '14 November 2026, 11:30 CET'; no per-section time."""
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "description": S["lede"],
          "datePublished": d0.isoformat(), "dateModified": d0.isoformat(), "author": [{"@type": "Person", "name": S["byline"]}],
          "publisher": {"@type": "Organization", "name": S["source"]}, "mainEntityOfPage": S["url"]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2013 {esc(S["source"])}</title>', ldjson(ld),
           '</head><body>', f'<header><span class="logo">{esc(S["source"])}</span> <nav><a>Europe</a> <a>World</a> <a>Economy</a> <a>Culture</a> <a>Podcasts</a></nav></header>',
           '<main><article>', '<p class="section">World \u203a Ukraine</p>', f'<h1>{esc(S["title"])}</h1>', f'<p class="teaser">{esc(S["lede"])}</p>',
           f'<p class="byline">By {esc(S["byline"])}</p>', f'<p class="dateline">{d0.day} {MONTHS[d0.month - 1]} {d0.year}, {d0:%H:%M} CET</p>',
           f'<figure><figcaption>{esc(S["caption"])}</figcaption></figure>']
    for i, e in enumerate(S["entries"]):
        out.append(f'<h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if i == 0:
            out.append('<aside class="inline-related">Also read: <a href="/world/black-sea-shipping-insurance">Black Sea shipping insurers raise premiums</a></aside>')
    out += ['<p class="tags">Topics: Ukraine, Russia, War</p>', '</article></main>',
            f'<footer>\u00a9 {esc(S["source"])} \u00b7 Imprint \u00b7 Privacy \u00b7 Newsletter</footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_crowhurst(S):
    """HTML live, newest first, no JSON-LD; bare '18:40' in a span above the h2; a printed note 'All times CET';
    byline under the h2; a 'Photos:' post that is only a gallery."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {esc(S["source"])}</title></head><body>',
           '<div class="cookies">This site uses cookies. <button>Accept</button> <button>Manage</button></div>',
           f'<header><a class="logo" href="/">{esc(S["source"])}</a><nav><a>Poland</a> <a>Region</a> <a>Ukraine live</a> <a>Business</a> <a>Opinion</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="meta">{esc(S["dateline"])} \u00b7 All times CET</p>', f'<p class="intro">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<section class="live-item"><span class="live-item__time">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="live-item__author">{esc(e["a"])}</p>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery" data-count="12">Gallery (12 photos)</div>')
        out.append('</section>')
        if i == 2:
            out.append('<aside class="see-also"><h3>See also</h3><a href="/region/eastern-flank-airspace">Why Poland keeps scrambling jets</a></aside>')
    out += ['<p class="archive"><a href="/ukraine-live/2026-11-14">Saturday\u2019s live coverage</a></p></main>',
            f'<footer>{esc(S["source"])} \u00b7 Editorial team \u00b7 Advertising \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_atom(S):
    """Atom 1.0 feed, newest first; <published> ISO with the outlet's offset (Z for UTC); escaped HTML content; optional author."""
    z = S["zone"]; order_check(S, True)
    iso = lambda d: d.isoformat().replace("+00:00", "Z")
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/atom.xml"/>',
           f'<id>{S["url"]}/atom.xml</id>', f'<updated>{iso(dt(S["entries"][0]["t"], z))}</updated>', f'<rights>\u00a9 {esc(S["source"])}</rights>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        link = f"{S['url']}/articles/{slug(e['h'], 48)}"
        out += ['<entry>', f'<title type="text">{esc(e["h"])}</title>', f'<link rel="alternate" href="{link}"/>', f'<id>tag:{S["url"][8:]},2026:{i + 7301}</id>',
                f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        out.append(f'<category term="{attr(e.get("cat", "World"))}"/>')
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_pemberidge(S):
    """text live, oldest first; '3:20 a.m. EST' line before each headline; dateline with year; no per-post authors."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"].upper(), "Local  \u00b7  Nation  \u00b7  World  \u00b7  Sports  \u00b7  Opinion  \u00b7  E-Edition", "", S["title"], S["dateline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, space=' ', dots=True)} EST"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["ADVERTISEMENT", ""]
        if i == 4:
            L += ["RELATED: How the Evening Star covers the war in Ukraine", ""]
    L += ["This live coverage has ended. Updates continue on our World page.", "", f"{S['source']}  \u00b7  Contact  \u00b7  Terms  \u00b7  Privacy Policy"]
    return "\n".join(L) + "\n", stamps


def r_thistlegarth(S):
    """text live, oldest first; headline FIRST, then a '1:10 AM ET' line; a date line without a year ('Thursday, Dec. 3');
    one two-name page byline; no year anywhere on the page."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "News   Politics   World   Ukraine   Climate   Podcasts", "", S["title"], S["dateline"], S["byline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, space=' ', upper=True)} ET"; stamps.append(st)
        L += [e["h"], st, ""] + ptxt(e["p"])
        if not e["p"]:
            L += ["[Video: 0:41]", ""]
        if i == 3:
            L += ["Support independent journalism: become a Courier member today.", ""]
    L += ["We are pausing our live coverage here. Thanks for reading.", "", f"{S['source']}  |  Newsletters  |  Corrections  |  Privacy"]
    return "\n".join(L) + "\n", stamps


def r_skelmanthorpe(S):
    """HTML live, newest first; visible '4.45pm' in <time> (UK style, 'All times GMT' note); LiveBlogPosting JSON-LD whose
    liveBlogUpdate items all carry the PAGE's datePublished (so per-update JSON-LD times are useless); author before body."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ups = [{"@type": "BlogPosting", "@id": f"{S['url']}?block={i + 61}", "headline": S["title"], "datePublished": first.isoformat(),
            "dateModified": last.isoformat(), "articleBody": (e["h"] + ". " + " ".join(e["p"]))[:500]} for i, e in enumerate(S["entries"])]
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
          "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "coverageEndTime": (last + timedelta(hours=6)).isoformat(),
          "publisher": {"@type": "Organization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {esc(S["source"])}</title>', ldjson(ld),
           '</head><body>', f'<header>{esc(S["source"])} <nav><a>News</a> <a>World</a> <a>Opinion</a> <a>Sport</a> <a>Culture</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="date">{esc(S["dateline"])} \u2014 All times GMT</p>', f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, sep="."); stamps.append(st)
        out.append(f'<div class="block" id="block-{i + 61}"><p class="block-time"><time datetime="{d.isoformat()}">{st}</time></p><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="block-byline">{esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('</div>')
        if i == 1:
            out.append('<div class="promo">Get the Skelmanthorpe Journal world briefing every morning</div>')
    out += ['</main>', f'<footer>{esc(S["source"])} \u00b7 Contact \u00b7 Privacy \u00b7 Cookie settings</footer></body></html>']
    return "\n".join(out) + "\n", stamps


SEEDS = []


# ================================================================ PART A: ten real outlets' layouts (own words, invented 2026 news)

# ---------------------------------------------------------------- 13000 Janes
SEEDS.append(dict(
  id="13000", name="13000_janes-defencenews", ext="txt", source="Janes", zone="Europe/London", render=r_janes,
  title="Defence news", lede="The latest defence and security news from Janes' global team of analysts and reporters.",
  basis="date-only stamp '{s}' under the card; Janes prints no time anywhere on the listing, so published is the printed date only (UK-based site, Europe/London); local day {d}",
  notes="Imitates the Janes 'Defence news' listing as copied from the browser. Newest first (Janes' own order; no times printed). Card: topic label in capitals (AIR PLATFORMS, LAND, ...), headline, standfirst paragraph(s), 'by NAME', then the date only '12 October 2026'. Because no time is printed, published is the date only (as in the shared gold 002). One item is not about the war (Japanese frigate launch).",
  not_entries=["'Skip to main content'", "Janes masthead, solutions/products navigation, 'Request a demo   Log in   Search'", "breadcrumb 'Home > Insights > Defence news'",
               "page heading 'Defence news' (page title) and its intro line", "topic filter line", "topic labels above each card (AIR PLATFORMS, LAND, ...)",
               "'Janes Defence Weekly' newsletter box after the third card", "'Load more news'", "'Related insights' links", "footer links and copyright"],
  entries=[
  E("2026-10-12", "Belgium hands over first F-16s to Ukraine",
    ["Belgium has delivered the first four of the F-16AM/BM fighters it promised Ukraine, the Belgian defence ministry confirmed on 12 October, more than a year later than first planned.",
     "Defence Minister Theo Francken said the remaining aircraft would follow in batches as Belgium's own F-35A fleet builds up, and that Brussels would also pay for spare parts and simulator time for Ukrainian maintainers."],
    "aid", "aid", 3, "belgium-f16-first-delivery-2026-10", a="Brigid Hanley", cat="AIR PLATFORMS"),
  E("2026-10-12", "Ukraine fields first locally assembled IRIS-T SLM fire unit",
    ["A first IRIS-T SLM fire unit assembled in Ukraine under a licence agreement with Diehl Defence has entered service with the Ukrainian Air Force, according to Ukraine's Ministry of Strategic Industries.",
     "Janes understands that launchers and radars are still shipped from Germany, while final integration and testing take place at a site in western Ukraine that officials declined to name."],
    "aid", "aid", 2, "ukraine-iris-t-local-assembly-2026-10", a="Anselm Hartwig", cat="AIR DEFENCE"),
  E("2026-10-12", "Russian forces press on Kostiantynivka from the southeast",
    ["Russian assault groups have pushed to within 3 km of the southeastern outskirts of Kostiantynivka in Donetsk Oblast, according to geolocated footage reviewed by Janes and statements by Ukraine's Khortytsia operational-strategic group.",
     "The attacks rely on motorcycles and small infantry teams moving under cover of fibre-optic first-person-view drones, which cannot be jammed."],
    "other", "frontline", 2, "kostiantynivka-russian-advance-2026-10", a="Tomasz Wielgosz", cat="LAND"),
  E("2026-10-12", "Russia expands use of jet-powered Geran-3 strike drones",
    ["Ukraine's Defence Intelligence (HUR) said Russia used 46 jet-powered Geran-3 drones against Ukrainian cities during the first 10 days of October, roughly double its September rate.",
     "The faster drones are harder for mobile fire groups and interceptor drones to catch, HUR said, and are often launched together with slower piston-engined Geran-2s to saturate defences."],
    "strikes", "strikes", 2, "geran-3-jet-drone-use-2026-10", a="Rukmini Oduya", cat="WEAPONS"),
  E("2026-10-12", "Rheinmetall starts 155 mm shell output at Ukrainian joint venture",
    ["Rheinmetall said on 12 October that its joint venture with Ukraine's state-owned Ukrainian Defense Industry had started series production of 155 mm artillery shells at a plant in Ukraine.",
     "The company gave no output figures, citing security, but said the plant was designed to reach a six-figure annual rate once fully staffed."],
    "aid", "aid", 2, "rheinmetall-ukraine-shell-plant-2026-10", a="Anselm Hartwig", cat="INDUSTRY"),
  E("2026-10-12", "Poland orders more aerostat radars after drone incursions",
    ["Poland's Armament Agency has signed a contract for two more Barbara aerostat-borne radar systems, citing repeated incursions of Russian drones into Polish airspace during attacks on western Ukraine."],
    "other", "security", 2, "poland-aerostat-radar-order-2026-10", a="Tomasz Wielgosz", cat="C4ISR"),
  OFF("2026-10-12", "Japan launches fourth upgraded Mogami-class frigate",
    ["Mitsubishi Heavy Industries launched the fourth of the Japan Maritime Self-Defense Force's upgraded Mogami-class frigates at its Nagasaki shipyard on 12 October."],
    "japan-upgraded-mogami-frigate-launch-2026-10", a="Felicity Drummond", n="Japanese shipbuilding", cat="SEA"),
  ]))

# ---------------------------------------------------------------- 13001 Naval News
SEEDS.append(dict(
  id="13001", name="13001_navalnews-feed", ext="xml", source="Naval News", zone="UTC", render=r_navalnews,
  title="Naval News", lede="Naval Defense News",
  basis="RSS pubDate '{s}' (explicit +0000 offset); local {d} in {z}",
  notes="Imitates the Naval News WordPress RSS 2.0 feed. Newest first. pubDate in +0000; dc:creator in CDATA; several category tags per item; description holds the first paragraph plus the Yoast footer 'The post ... appeared first on Naval News.' (chrome); content:encoded holds the full text and the same footer. body_paragraphs counts content:encoded paragraphs without the footer. Two items are not about the war (Brazilian frigate, Japanese submarine).",
  not_entries=["channel title/description/lastBuildDate/generator/image", "'The post ... appeared first on Naval News.' footer in every description and content:encoded",
               "category tags", "comment links, wfw:commentRss and slash:comments counts"],
  entries=[
  E("2026-10-18 18:42", "Russian missile hits cargo ship in Odesa port, killing two crew",
    ["A Russian ballistic missile struck a Panama-flagged bulk carrier moored in the port of Odesa on 18 October, killing two crew members and injuring five, Ukraine's Ministry of Development of Communities said.",
     "The vessel had been loading grain bound for Egypt. Port operations were suspended for several hours while fires on deck were brought under control.",
     "It is the third merchant ship hit in the Greater Odesa ports since the start of October."],
    "strikes", "strikes", 3, "odesa-port-cargo-ship-strike-2026-10-18", a="Hallvard Myre", cats=["Naval News", "Europe", "Ukraine"], cc=4),
  E("2026-10-18 15:10", "Turkey hands over second Ada-class corvette to Ukraine\u2019s Navy",
    ["Ukraine\u2019s Navy has taken delivery of the corvette Hetman Ivan Vyhovskyi at the Istanbul Naval Shipyard, the second of two Ada-class ships ordered from Turkey before the full-scale invasion.",
     "The ship cannot enter the Black Sea while Turkey keeps the straits closed to warships of the warring parties under the Montreux Convention, so its crew will train in Turkish waters for now."],
    "aid", "aid", 2, "ukraine-second-ada-corvette-delivery-2026-10", a="Selin Karaca", cats=["Naval News", "Europe", "Shipbuilding"], cc=11),
  E("2026-10-18 12:30", "Royal Navy frigate shadows Russian submarine through the Channel",
    ["HMS Iron Duke and a Merlin helicopter escorted the Russian Kilo-class submarine Krasnodar and its accompanying tug through the English Channel over the weekend, the UK Ministry of Defence said on 18 October.",
     "The submarine was sailing on the surface, as required in the Dover Strait, and was handed over to a French navy patrol vessel off Ushant."],
    "other", "security", 2, "royal-navy-shadows-russian-submarine-2026-10", a="Peter Lindqvist", cats=["Naval News", "Europe", "Submarines"], cc=7),
  OFF("2026-10-18 09:55", "Brazil floats out third Tamandar\u00e9-class frigate",
    ["The Brazilian Navy\u2019s third Tamandar\u00e9-class frigate was floated out at the shipyard in Itaja\u00ed, Santa Catarina, on 17 October, keeping the programme on its revised schedule."],
    "brazil-tamandare-frigate-float-out-2026-10", a="C\u00e9line Aubrac", n="Brazilian shipbuilding", cats=["Naval News", "Americas", "Shipbuilding"], cc=2),
  E("2026-10-18 07:15", "Denmark orders uncrewed surface vessels to guard Baltic cables",
    ["Denmark\u2019s Ministry of Defence has ordered eight uncrewed surface vessels to watch over undersea cables and pipelines in the Baltic Sea, after a series of incidents blamed on ships linked to Russia\u2019s shadow fleet.",
     "The first two boats are due in service next spring, the ministry said, without naming the supplier."],
    "other", "security", 2, "denmark-usv-baltic-cable-patrol-2026-10", a="Hallvard Myre", cats=["Naval News", "Europe", "Unmanned"], cc=5),
  OFF("2026-10-18 04:40", "Japan\u2019s newest Taigei-class submarine begins sea trials",
    ["The Japan Maritime Self-Defense Force\u2019s latest Taigei-class submarine left Kawasaki Heavy Industries\u2019 Kobe yard for its first builder\u2019s sea trials on 18 October."],
    "japan-taigei-submarine-sea-trials-2026-10", a="Kenji Arata", n="Japanese submarine programme", cats=["Naval News", "Asia Pacific", "Submarines"], cc=0),
  ]))

# ---------------------------------------------------------------- 13002 Army Recognition
SEEDS.append(dict(
  id="13002", name="13002_armyrecognition-news", ext="html", source="Army Recognition", zone="Europe/Brussels", render=r_armyrec,
  title="Defense News", crumb="Latest Defense News",
  basis="card stamp 'Posted On {s}' printed above the headline (no zone printed; Army Recognition is based in Belgium, so Brussels time, CEST = UTC+2); local {d} in {z}",
  notes="Imitates the Army Recognition news listing (Joomla-style category blog). Newest first. Each card opens with 'Posted On Monday, 19 October 2026 21:40' (date and 24-hour time, no zone; stamp = the text after 'Posted On') ABOVE the Title Case headline, then one or two intro paragraphs and 'Read more'. No zone anywhere: Brussels (home zone) assumed. JSON-LD is only Organization/WebSite. Two items are off the war (Hanwha Redback, US Army rifles).",
  not_entries=["top bar (Newsletter, Advertise with us, Contact)", "logo and main menu", "breadcrumb line", "page heading 'Defense News' (page title)",
               "'Posted On' labels", "'Read more' links", "'Advertising' banner after the third card", "newsletter box after the fifth card", "pagination", "footer"],
  entries=[
  E("2026-10-19 21:40", "Ukrainian Army Receives First Serial Batch of Bohdana 2.0 Self-Propelled Howitzers on 8x8 Chassis",
    ["On October 19, 2026, Ukraine's Ministry of Defense announced that the first serial batch of Bohdana 2.0 155mm self-propelled howitzers mounted on an armored 8x8 chassis has been handed over to artillery brigades of the Ukrainian Ground Forces.",
     "According to the ministry, the new version has a protected cab, an automated loading system and a rate of fire of up to six rounds per minute, with a range of more than 40 kilometers using base-bleed projectiles."],
    "other", "security", 2, "bohdana-2-howitzer-serial-delivery-2026-10"),
  E("2026-10-19 18:05", "Russia Strikes Zaporizhzhia with Glide Bombs Using New Extended-Range UMPB Kits",
    ["Russian aircraft struck the city of Zaporizhzhia on October 19, 2026, with guided aerial bombs that Ukrainian officials said were fitted with new extended-range UMPB kits, injuring seven civilians and damaging an industrial facility.",
     "Regional governor Ivan Fedorov said the bombs were released from more than 60 kilometers away, beyond the reach of most of the air defense systems protecting the city."],
    "strikes", "strikes", 2, "zaporizhzhia-umpb-glide-bomb-strike-2026-10-19"),
  E("2026-10-19 15:30", "Germany Approves \u20ac1.2 Billion Package Including Additional IRIS-T SLM Systems for Ukraine",
    ["Germany's Federal Ministry of Defense confirmed on October 19, 2026, that Berlin will finance a new \u20ac1.2 billion military package for Ukraine, including three additional IRIS-T SLM air defense fire units, missiles and radars.",
     "Defense Minister Boris Pistorius said the systems would arrive before the coldest months of winter, when Russian strikes on Ukraine's energy grid usually peak."],
    "aid", "aid", 3, "germany-iris-t-package-2026-10-19"),
  OFF("2026-10-19 12:55", "Hanwha Aerospace Unveils New Redback Variant for Middle East Customers",
    ["South Korea's Hanwha Aerospace presented a new variant of its Redback tracked infantry fighting vehicle on October 19, 2026, adapted for hot-climate operations and aimed at armies in the Middle East."],
    "hanwha-redback-middle-east-variant-2026-10", n="South Korean defense industry"),
  E("2026-10-19 10:20", "Russian Army Claims Capture of Village Near Huliaipole as Ukrainian Brigades Report Heavy Armor Losses",
    ["The Russian Ministry of Defense claimed on October 19, 2026, that its troops had taken control of a village west of Huliaipole in the Zaporizhzhia region, a claim Ukraine's General Staff did not confirm.",
     "Ukrainian brigades in the sector published drone footage of what they described as the destruction of 11 Russian armored vehicles during an attempted assault the previous day."],
    "other", "frontline", 2, "huliaipole-russian-village-claim-2026-10-19"),
  OFF("2026-10-19 08:45", "U.S. Army Awards Contract for Additional XM7 Next Generation Squad Weapons",
    ["The U.S. Army has awarded SIG Sauer a new order for XM7 rifles and XM250 automatic rifles under the Next Generation Squad Weapon program, the service said on October 19, 2026."],
    "us-army-xm7-rifle-order-2026-10", n="US Army small arms"),
  E("2026-10-19 06:10", "North Korean Koksan Self-Propelled Guns Spotted in Russian Positions in Kursk Region",
    ["New footage published by Ukrainian drone units shows North Korean M1989 Koksan 170mm self-propelled guns firing from positions in Russia's Kursk region, indicating that Pyongyang continues to supply heavy artillery to Moscow.",
     "Ukrainian military intelligence estimates that more than 200 such guns have been sent to Russia since 2024, together with multiple rocket launchers and millions of artillery rounds."],
    "aid", "aid", 2, "north-korean-koksan-guns-kursk-2026-10"),
  ]))

# ---------------------------------------------------------------- 13003 UK Defence Journal
SEEDS.append(dict(
  id="13003", name="13003_ukdefencejournal-latest", ext="html", source="UK Defence Journal", zone="Europe/London", render=r_ukdj,
  title="UK Defence Journal - Defence news and analysis", topdate="Tuesday, October 20, 2026",
  basis="visible stamp '{s}' is a date only; the time comes from the same <time class=\"entry-date\"> element's datetime attribute ({d}, +01:00 = BST); local {d} in {z}",
  notes="Imitates the UK Defence Journal home page 'Latest' block (tagDiv Newspaper WordPress theme). Newest first. Module: headline, author, '-', date-only <time ... datetime=\"2026-10-20T18:02:00+01:00\">October 20, 2026</time>, comment-count bubble, one-paragraph excerpt. A reader of the visible text gets only the date; the exact time is in the datetime attribute, which published follows. Header date widget 'Tuesday, October 20, 2026'. Yoast JSON-LD graph without item times. One item is off the war (Boxer delivery delays).",
  not_entries=["header date widget 'Tuesday, October 20, 2026'", "top menu (About, Contact, Submit an article, Support us)", "logo and main menu",
               "block title 'Latest'", "comment-count bubbles (9, 41, ...)", "'- Advertisement -' slot", "Prev/Next pager", "'Stay Connected' social block",
               "'Most Popular' block", "footer text and links"],
  entries=[
  E("2026-10-20 21:14", "Ukrainian recruits to keep training in Britain through 2027",
    ["The UK will continue training Ukrainian recruits on British soil throughout 2027 under Operation Interflex, the Ministry of Defence confirmed in a written answer to Parliament."],
    "aid", "aid", 2, "uk-interflex-extension-2027", a="Harriet Colley", cc=9),
  E("2026-10-20 18:02", "Healey announces \u00a3350m air defence missile order for Ukraine",
    ["Defence Secretary John Healey has announced a \u00a3350 million order for Lightweight Multirole Missiles from Thales in Belfast, with the whole batch earmarked for Ukraine.",
     "Speaking at the plant, Healey said the missiles would help Ukraine protect its cities from drone attacks over the winter."],
    "aid", "aid", 3, "uk-lmm-order-for-ukraine-2026-10-20", a="Owen Pryce", cc=41),
  E("2026-10-20 15:36", "RAF Typhoons return from Poland after Eastern Sentry rotation",
    ["Four RAF Typhoons have returned to RAF Coningsby after a two-month deployment to Poland under NATO\u2019s Eastern Sentry mission, during which they flew more than 120 sorties."],
    "other", "security", 2, "raf-typhoons-eastern-sentry-return-2026-10", a="Callum Rees", cc=23),
  OFF("2026-10-20 12:48", "MPs question delays to Boxer armoured vehicle deliveries",
    ["Members of the Defence Committee have pressed ministers on why deliveries of the Army\u2019s Boxer armoured vehicles remain behind schedule, with the first full battalion set still not handed over."],
    "boxer-delivery-delays-2026-10", a="Owen Pryce", n="British Army procurement, not about the war", cc=57),
  E("2026-10-20 10:05", "Coalition of the Willing defence chiefs meet in London",
    ["Military chiefs from more than 30 countries in the so-called Coalition of the Willing met at the Permanent Joint Headquarters in Northwood on Tuesday to review plans for a multinational force to support Ukraine after any ceasefire."],
    "diplomacy", "diplomacy", 2, "coalition-of-willing-chiefs-meeting-2026-10-20", a="Harriet Colley", cc=18),
  E("2026-10-20 07:30", "Russian spy ship Yantar tracked off Scottish coast",
    ["The Russian intelligence-gathering ship Yantar was tracked off the north coast of Scotland on Monday night, the Royal Navy said, prompting the deployment of a patrol ship and a P-8 Poseidon aircraft."],
    "other", "security", 2, "yantar-off-scotland-2026-10", a="Callum Rees", cc=34),
  ]))

# ---------------------------------------------------------------- 13004 Oryx (blog)
ORYX_BY = "Maarten Ellerbeek and Ruben Vos"
SEEDS.append(dict(
  id="13004", name="13004_oryx-blogpost", ext="txt", source="Oryx", zone="Europe/Amsterdam", render=r_oryx,
  title="Northern Arsenal: Documenting Nordic Equipment Deliveries To Ukraine In Autumn 2026", posted="2026-10-21 19:42",
  byline="Written by " + ORYX_BY,
  intro=["Since the start of the full-scale invasion the Nordic countries have been among Ukraine's most consistent suppliers of heavy equipment. This list covers deliveries that were announced or visually confirmed between August and October 2026.",
         "Only equipment for which photographic evidence or an official statement exists is included. The list will be updated as further deliveries are confirmed."],
  outro="Know of a delivery we have missed? Send it to us with a source and we will add it to the list.",
  basis="no per-section stamp; the Blogger footer 'Posted by Oryx at 7:42 PM' under the date header 'Wednesday, 21 October 2026' dates every section (no zone printed; Dutch authors, so Europe/Amsterdam, CEST = UTC+2 assumed); local {d} in {z}",
  notes="Imitates an Oryx (Blogger) list post as copied from the browser: tab bar, Blogger date header, post title, 'Written by ...' line, two intro paragraphs (lede, not entries), then one section per donor country (heading = headline, a paragraph and list lines '- N item (status)'), closing appeal, Blogger footer 'Posted by Oryx at 7:42 PM', share links, labels, comments, archive. Each donor section is one entry and its own story (deliveries by different countries). Sections have no stamp: published = the post time 19:42 (no zone printed; Europe/Amsterdam assumed). Author = the page byline for every section (two names kept as one string). body_paragraphs counts the paragraph plus each list line.",
  not_entries=["blog title 'Oryx' and tab bar", "Blogger date header 'Wednesday, 21 October 2026'", "post title (page title)", "'Written by ...' line",
               "two intro paragraphs (lede)", "closing appeal 'Know of a delivery we have missed? ...'", "'Posted by Oryx at 7:42 PM' footer (page time)",
               "share links, labels", "comment count, reader comment and 'Reply'", "'Post a Comment', pager, 'Subscribe to: Post Comments (Atom)'",
               "'Blog Archive' with year counts", "'Report Abuse', 'Powered by Blogger.'"],
  entries=[
  E("2026-10-21 19:42", "Sweden",
    ["Sweden's largest contribution this autumn is the first batch of JAS 39C/D Gripen fighters, handed over ahead of the new-build Gripen E aircraft Ukraine intends to buy. Photographs of at least two aircraft in Ukrainian markings emerged in early October.",
     "- 6 JAS 39C/D Gripen fighter aircraft (announced, at least 2 confirmed)",
     "- 12 Archer 155mm self-propelled howitzers (delivered)"],
    "aid", "aid", 3, "sweden-gripen-cd-transfer-2026", a=ORYX_BY),
  E("2026-10-21 19:42", "Norway",
    ["Norway has concentrated on air defence, paying for two additional NASAMS fire units built by Kongsberg together with a stock of AMRAAM-ER missiles.",
     "- 2 NASAMS fire units (delivered)",
     "- 40 M113 armoured personnel carriers (delivered)"],
    "aid", "aid", 2, "norway-nasams-autumn-2026-deliveries", a=ORYX_BY),
  E("2026-10-21 19:42", "Denmark",
    ["Denmark continued to finance production inside Ukraine under the so-called Danish model, paying Ukrainian manufacturers directly for artillery systems and long-range drones.",
     "- 24 Bohdana 155mm self-propelled howitzers, financed (delivered)",
     "- Long-range strike drones, number unknown, financed (delivered)"],
    "aid", "aid", 2, "denmark-danish-model-autumn-2026", a=ORYX_BY),
  E("2026-10-21 19:42", "Finland",
    ["Finland announced its 31st aid package in September, worth 95 million euros. As with earlier packages its contents were kept secret, and only one type of vehicle could be confirmed.",
     "- Patria 6x6 armoured personnel carriers, number unknown (confirmed)"],
    "aid", "aid", 2, "finland-31st-aid-package-2026-09", a=ORYX_BY),
  E("2026-10-21 19:42", "Iceland",
    ["Iceland, which has no armed forces of its own, paid for winter clothing for Ukrainian soldiers and for the transport of artillery ammunition bought through the Czech initiative."],
    "aid", "aid", 2, "iceland-winter-kit-funding-2026", a=ORYX_BY),
  ]))

# ---------------------------------------------------------------- 13005 Defense Express
SEEDS.append(dict(
  id="13005", name="13005_defenseexpress-newsfeed", ext="txt", source="Defense Express", zone="Europe/Kyiv", render=r_defexpress,
  title="All news",
  basis="bare stamp '{s}' above the headline under the date header of its group (Kyiv time implied, never printed; EEST = UTC+3); local {d} in {z}",
  notes="Imitates the English-language news feed of Defense Express (defence-ua.com) as copied from the browser. Newest first, grouped under date headers ('24 October 2026', then '23 October 2026'); each item is a bare 'HH:MM' line ABOVE the headline and a one- or two-paragraph lead. No zone printed: Kyiv time (home zone, EEST = UTC+3). The two items under '24 October 2026' (00:35 and 01:50 local) are still 23 October in UTC, so the whole page is one UTC day (2026-10-23).",
  not_entries=["site name, language switch 'UA   EN'", "navigation menu", "'Support Defense Express' button", "page heading 'All news' (page title)",
               "date headers '24 October 2026' and '23 October 2026' (dates for the items below them)", "Telegram promo after the fourth item",
               "'More news'", "'Most read' block with two headlines", "about line and copyright"],
  entries=[
  E("2026-10-24 01:50", "Explosions Reported at Saratov Oil Refinery as Drones Target the City",
    ["Residents of Saratov reported a series of explosions and a large fire in the area of the city's oil refinery shortly after midnight, while regional governor Roman Busargin said air defenses were repelling a drone attack."],
    "strikes", "strikes", 2, "saratov-refinery-drone-attack-2026-10-24"),
  E("2026-10-24 00:35", "Guided Bombs Hit Kharkiv Late in the Evening, Two Killed",
    ["Russian aircraft dropped at least three guided aerial bombs on Kharkiv late on October 23, killing two people and injuring 14, the head of the Kharkiv Regional Military Administration Oleh Syniehubov said.",
     "One of the bombs hit a five-storey residential building in the Kyivskyi district."],
    "strikes", "strikes", 3, "kharkiv-guided-bombs-2026-10-23"),
  E("2026-10-23 21:10", "What Is Known About Production of the Flamingo Cruise Missile",
    ["Fire Point, the Ukrainian maker of the FP-5 Flamingo cruise missile, says it now produces about three missiles a day, although there is no independent confirmation of that rate.",
     "The missile carries a warhead of about a tonne and, by the manufacturer's account, can fly 3,000 kilometers, which would put most of European Russia within reach."],
    "other", "security", 2, "flamingo-missile-production-rate-2026-10"),
  E("2026-10-23 18:45", "Netherlands to Fund 600 Interceptor Drones for Ukrainian Air Defense",
    ["The Netherlands will pay for 600 Ukrainian-made interceptor drones designed to hunt Shahed-type attack drones, the Dutch Ministry of Defense said after a call between the two countries' defense ministers."],
    "aid", "aid", 2, "netherlands-interceptor-drones-funding-2026-10-23"),
  E("2026-10-23 16:20", "Russia Adds Cluster Warheads to Kh-101 Cruise Missiles, Intelligence Says",
    ["Russia has begun fitting part of its Kh-101 cruise missiles with cluster warheads for use against energy facilities and rail hubs, Ukraine's Defense Intelligence said, citing fragments recovered after recent attacks."],
    "other", "security", 2, "kh-101-cluster-warhead-2026-10"),
  E("2026-10-23 13:05", "Zelensky and Rutte Discuss Winter Air Defense Needs in Kyiv",
    ["NATO Secretary General Mark Rutte arrived in Kyiv on an unannounced visit and met President Volodymyr Zelensky, who said their talks focused on interceptor missiles for Patriot and NASAMS systems before winter.",
     "Rutte told reporters that allies would keep buying American weapons for Ukraine through the PURL mechanism and urged more countries to join it."],
    "diplomacy", "diplomacy", 3, "rutte-kyiv-visit-2026-10-23", sec=["aid"]),
  E("2026-10-23 10:30", "Ukrainian Forces Repel Mechanized Assault Near Kupiansk",
    ["Ukrainian troops repelled a Russian mechanized assault north of Kupiansk on the morning of October 23, destroying four tanks and nine armored vehicles, the 2nd Corps of the National Guard reported."],
    "other", "frontline", 2, "kupiansk-assault-repelled-2026-10-23"),
  E("2026-10-23 07:15", "Overnight Attack: Air Defense Downs 91 of 110 Russian Drones",
    ["Russia attacked Ukraine overnight with 110 attack drones and decoys, of which 91 were shot down or suppressed by electronic warfare, the Air Force of the Armed Forces of Ukraine said on the morning of October 23.",
     "Hits were recorded in the Sumy, Chernihiv and Odesa regions."],
    "strikes", "strikes", 2, "overnight-drone-attack-2026-10-23"),
  ]))

# ---------------------------------------------------------------- 13006 The Aviationist
SEEDS.append(dict(
  id="13006", name="13006_theaviationist-home", ext="html", source="The Aviationist", zone="Europe/Rome", render=r_aviationist,
  title="The Aviationist",
  basis="'Published on: {s}' (12-hour clock, no zone printed; Italian site, so Rome time, CEST = UTC+2; the <time datetime> attribute agrees); local {d} in {z}",
  notes="Imitates The Aviationist home page (WordPress). Newest first. Each post: category links, h2 headline, 'By NAME', 'Published on: October 24, 2026 at 2:15 PM' (stamp = the text after 'Published on: '; no zone printed, Rome time assumed and confirmed by the datetime attribute), excerpt paragraphs, 'Read More'. 13006-03 is a 'Watch:' video post with no text (embed placeholder only). Two posts are off the war (A-10 retirement, Italian tankers).",
  not_entries=["site branding and navigation", "category links above each headline", "'Published on:' labels", "'Read More' links",
               "'[YouTube video]' embed placeholder in the Watch post", "'Support The Aviationist' widget", "'Older posts' pager", "'Trending' sidebar", "footer"],
  entries=[
  E("2026-10-24 22:35", "Ukrainian Mirage 2000 Hits Russian Command Post With AASM Hammer Bombs",
    ["A video released by Ukraine\u2019s Air Force on Saturday evening shows a Mirage 2000-5F releasing two AASM Hammer guided bombs against what the service described as a Russian brigade command post in the Zaporizhzhia direction.",
     "The Hammer\u2019s rocket motor gives it a stand-off range of several dozen kilometers when released at altitude, letting the jet stay clear of Russian air defenses near the front."],
    "strikes", "strikes", 2, "mirage-2000-hammer-strike-2026-10-24", a="Stefano Dalmasso", cats=["Military Aviation", "Ukraine"]),
  E("2026-10-24 19:10", "Russian Su-34 Shot Down Over Zaporizhzhia Front, Ukraine Claims",
    ["Ukraine\u2019s Air Force said on Oct. 24 that it had shot down a Russian Su-34 fighter-bomber in the Zaporizhzhia direction, the fourth Russian fixed-wing combat aircraft it has claimed this month.",
     "The claim could not be independently verified, and the Russian Ministry of Defense did not comment."],
    "strikes", "strikes", 2, "su-34-shootdown-claim-2026-10-24", a="Lorenza Bettini", cats=["Military Aviation", "Ukraine"]),
  E("2026-10-24 16:45", "Watch: Swedish Gripens Fly From a Highway Strip With Ukrainian Pilots", [],
    "aid", "aid", 1, "gripen-road-base-training-ukrainian-pilots-2026-10", a="Marek Holub", cats=["Military Aviation", "Videos"], n="video teaser, no text body"),
  E("2026-10-24 14:15", "Italian Eurofighters Intercept Russian Il-20 Over the Baltic",
    ["Italian Air Force Eurofighter Typhoons deployed to Malbork, Poland, for NATO\u2019s air policing mission were scrambled on Saturday to identify a Russian Il-20M intelligence aircraft flying without a transponder over the Baltic Sea."],
    "other", "security", 2, "italian-eurofighters-intercept-il-20-2026-10-24", a="Stefano Dalmasso", cats=["Military Aviation", "NATO"]),
  E("2026-10-24 11:30", "Satellite Images Show Tu-95MS Bombers Moved Further From Ukraine",
    ["Commercial satellite images taken this week show that Russia has moved several Tu-95MS strategic bombers from Engels to Olenya and to airfields in the Far East, further from the reach of Ukrainian long-range drones."],
    "other", "security", 2, "tu-95ms-relocation-satellite-2026-10", a="Lorenza Bettini", cats=["Military Aviation", "Russia"]),
  OFF("2026-10-24 09:05", "The U.S. Air Force Retires Its Last A-10s at Davis-Monthan",
    ["The last A-10C Thunderbolt II aircraft assigned to the 355th Wing flew their final sorties from Davis-Monthan Air Force Base on Friday before being towed to the nearby storage and disposition center."],
    "a-10-retirement-davis-monthan-2026-10", a="Marek Holub", n="US Air Force fleet", cats=["Military Aviation", "U.S. Air Force"]),
  OFF("2026-10-24 07:20", "Italy Signs Contract for Two More KC-46A Tankers",
    ["Italy\u2019s Defence Ministry has signed a contract for two more KC-46A Pegasus tankers, which will join the four already ordered for the Italian Air Force\u2019s 14th Wing at Pratica di Mare."],
    "italy-kc-46a-order-2026-10", a="Stefano Dalmasso", n="Italian procurement", cats=["Military Aviation", "Italy"]),
  ]))

# ---------------------------------------------------------------- 13007 Air & Space Forces Magazine
SEEDS.append(dict(
  id="13007", name="13007_airandspaceforces-dailyreport", ext="html", source="Air & Space Forces Magazine", zone="America/New_York", render=r_asf,
  title="Daily Report", url="https://www.airandspaceforces.com/daily-report-oct-26-2026/", published="2026-10-26 06:00",
  basis="no per-item time; the page prints only the date 'Oct. 26, 2026'; the time is the page's datePublished in the Yoast JSON-LD and article:published_time meta ({d}, -04:00 = EDT); local {d} in {z}",
  notes="Imitates an Air & Space Forces Magazine 'Daily Report' page (WordPress). One page, date only in the header ('Oct. 26, 2026'); items are h2 headline + 'By NAME' + paragraphs, no per-item time. published for every item = the page datePublished from the JSON-LD (06:00 EDT = 10:00 UTC); stamp null. Four of seven items are about the US Air and Space Forces and not the war (unrelated, importance 1).",
  not_entries=["logo, navigation, Subscribe button", "kicker 'Daily Report' and page heading 'Daily Report' (page title)", "date line 'Oct. 26, 2026'",
               "share links", "'By NAME' bylines (author, not body)", "newsletter sign-up box after the fourth item", "'Have a news tip?' line", "'Trending' sidebar", "footer"],
  entries=[
  E("2026-10-26 06:00", "Allies Fund New PURL Package, Sending More Patriot Interceptors to Ukraine",
    ["NATO allies have agreed to pay for another package of American weapons for Ukraine under the Prioritized Ukraine Requirements List, with Patriot interceptors and F-16 spare parts at the top of the list, Pentagon officials said Oct. 25.",
     "Germany, the Netherlands, and Norway are covering most of the $900 million package, the officials said, and deliveries are expected to begin within weeks."],
    "aid", "aid", 3, "purl-package-patriot-interceptors-2026-10-25", a="Dana Whitcomb"),
  E("2026-10-26 06:00", "USAFE Adds Counter-Drone Systems at Bases in Poland and Romania",
    ["U.S. Air Forces in Europe is installing more counter-drone sensors and interceptors at air bases in Poland and Romania after a string of Russian drones strayed into NATO airspace during attacks on Ukraine."],
    "other", "security", 2, "usafe-counter-drone-poland-romania-2026-10", a="Marcus Ellery"),
  OFF("2026-10-26 06:00", "Air Force Orders Second Low-Rate Lot of B-21 Raiders",
    ["The Air Force has exercised an option for the second low-rate initial production lot of B-21 Raider bombers, a service spokesperson confirmed, without disclosing the number of aircraft or the value."],
    "b-21-second-lrip-lot-2026-10", a="Jo Kessler", n="US bomber programme"),
  E("2026-10-26 06:00", "Ukraine\u2019s F-16 Fleet Strains Sustainment Network, Officials Say",
    ["Keeping Ukraine\u2019s growing fleet of donated F-16s flying has become one of the hardest parts of the Western support effort, U.S. and European officials told reporters, with spare parts and trained mechanics both in short supply.",
     "One official said some jets had been grounded for weeks waiting for engine components."],
    "aid", "aid", 2, "ukraine-f16-sustainment-strain-2026-10", a="Dana Whitcomb"),
  OFF("2026-10-26 06:00", "Space Force Books First GPS IIIF Launch",
    ["Space Systems Command has assigned the first GPS IIIF satellite to a launch next year, keeping the modernized navigation constellation on schedule."],
    "gps-iiif-launch-booking-2026-10", a="Jo Kessler", n="US Space Force"),
  E("2026-10-26 06:00", "Russian Glide Bomb Output Surges, Intelligence Officials Tell Lawmakers",
    ["Russia is now producing more than 5,000 guided glide bombs a month, senior U.S. intelligence officials told lawmakers in a closed briefing, according to two congressional aides."],
    "other", "security", 2, "russian-glide-bomb-production-briefing-2026-10", a="Marcus Ellery"),
  OFF("2026-10-26 06:00", "Air Force Academy Welcomes New Superintendent",
    ["A new superintendent took command of the U.S. Air Force Academy in Colorado Springs on Oct. 23, pledging to focus on pilot production and cadet retention."],
    "air-force-academy-new-superintendent-2026-10", a="Jo Kessler", n="US Air Force Academy"),
  ]))

# ---------------------------------------------------------------- 13008 Forces News (BFBS)
SEEDS.append(dict(
  id="13008", name="13008_forcesnews-live", ext="txt", source="Forces News", zone="Europe/London", render=r_forces,
  title="Ukraine war live: Deadly strike on Lviv as UK and Ukraine sign drone deal", ref="2026-10-28 16:15",
  lede="The latest on the war in Ukraine from the Forces News team.", parse_args=["--date", "2026-10-28"],
  basis="relative stamp '{s}' counted back from the header clock 'Wednesday 28 October, 4:15pm' (UK time, GMT after the clocks changed on 25 October; no year printed, day given by --date 2026-10-28); local {d} in {z}",
  notes="Imitates a Forces News (BFBS) live page as copied from the browser. Oldest first. Each post: relative stamp ('9 hrs ago', '45 mins ago'), headline, 'By NAME', body. The only absolute clock is the header line 'Wednesday 28 October, 4:15pm' next to the BFBS Radio widget; every stamp is counted back from it (relative stamps are floored, so these are as exact as the page allows). No year anywhere on the page: parse_args gives --date 2026-10-28. UK time is GMT (= UTC) in late October. 13008-04 is a 'Watch:' video with no text ('Watch on Forces+' link only). 13008-06 updates the toll of 13008-01 (same story, not a repeat).",
  not_entries=["'Skip to main content'", "BFBS brand bar and Forces News navigation", "'BFBS Radio: listen live' widget and the header clock line (anchor for the relative stamps)",
               "'LIVE' label", "page title", "standfirst 'The latest on the war in Ukraine from the Forces News team.'", "'By NAME' lines (authors)",
               "'Watch on Forces+' link under the video post", "newsletter promo after the third post", "'Back to top'", "related topics line", "footer"],
  entries=[
  E("2026-10-28 07:15", "Russia strikes Lviv region with missiles and drones overnight",
    ["Russia launched cruise missiles and drones at the Lviv region in western Ukraine overnight, killing one person and damaging an energy facility, regional governor Maksym Kozytskyi said.",
     "Poland scrambled fighter jets as a precaution while the attack was under way, its operational command said."],
    "strikes", "strikes", 3, "lviv-region-missile-drone-strike-2026-10-28", a="Harriet Vale"),
  E("2026-10-28 08:15", "Ukraine says it hit ammunition depot in Russia's Bryansk region",
    ["Ukraine's General Staff says its drones struck a Russian ammunition depot near the town of Klintsy in the Bryansk region overnight, setting off secondary explosions."],
    "strikes", "strikes", 2, "klintsy-ammunition-depot-strike-2026-10-28", a="Tom Ashdown"),
  E("2026-10-28 10:15", "British troops join Nordic winter exercise in northern Norway",
    ["Around 400 Royal Marines from 45 Commando are taking part in a cold-weather exercise with Norwegian and Finnish troops in Finnmark, close to Norway's border with Russia.",
     "Commanders said the drills were planned before the war but had taken on new urgency since Finland joined NATO."],
    "other", "security", 2, "45-commando-finnmark-exercise-2026-10", a="Tom Ashdown"),
  E("2026-10-28 11:15", "Watch: Ukrainian crews train on British-donated air defence vehicles", [],
    "aid", "aid", 1, "ukrainian-crews-train-uk-air-defence-vehicles-2026-10", a="Harriet Vale", n="video teaser, no text body"),
  E("2026-10-28 13:15", "UK and Ukraine sign deal to co-produce interceptor drones",
    ["Defence Secretary John Healey and Ukraine's Defence Minister Denys Shmyhal have signed an agreement for British and Ukrainian firms to jointly build interceptor drones designed to bring down Shahed-type attack drones.",
     "Production will start at a factory in the UK early next year, with the first drones going to Ukraine, the Ministry of Defence said."],
    "aid", "aid", 3, "uk-ukraine-interceptor-drone-coproduction-2026-10-28", a="Nadia Okafor"),
  E("2026-10-28 14:15", "Lviv strike death toll rises to three",
    ["Two more people have died in hospital after last night's Russian attack on the Lviv region, bringing the death toll to three, the regional administration said."],
    "strikes", "strikes", 3, "lviv-region-missile-drone-strike-2026-10-28", a="Harriet Vale", n="toll update of 13008-01 (1 -> 3 dead); same story, new wording, not a repeat"),
  E("2026-10-28 15:30", "Kremlin rejects European call for energy truce",
    ["The Kremlin has dismissed a proposal from European leaders for a winter pause in strikes on energy infrastructure, with spokesman Dmitry Peskov saying Russia would not accept what he called a breather for Kyiv."],
    "diplomacy", "diplomacy", 3, "kremlin-rejects-energy-truce-2026-10-28", a="Nadia Okafor"),
  ]))

# ---------------------------------------------------------------- 13009 Defence Blog
SEEDS.append(dict(
  id="13009", name="13009_defenceblog-atom", ext="xml", source="Defence Blog", zone="UTC", render=r_defblog,
  title="Defence Blog", lede="Military and defense news",
  basis="Atom <published> '{s}' (UTC, 'Z'); local {d} in {z}",
  notes="Imitates the Defence Blog WordPress Atom feed (/feed/atom/). Newest first; <published> in UTC with 'Z'; <author><name>; title, summary and content in CDATA (summary = first paragraph, content = all paragraphs); category terms; thr:total comment counts. Two items are off the war (US Army hypersonic battery, Australian Boxer order).",
  not_entries=["feed title/subtitle/updated/generator", "category terms", "replies links and thr:total counts", "summary (repeats the first content paragraph)"],
  entries=[
  E("2026-10-29 20:48", "Ukrainian drone unit destroys Russian Tor-M2 air defense system",
    ["A Ukrainian drone unit has released footage showing the destruction of a Russian Tor-M2 short-range air defense system in the Dobropillia direction, Ukraine\u2019s Unmanned Systems Forces said on Thursday.",
     "The video shows a loitering munition hitting the vehicle\u2019s radar section while it was parked in a tree line."],
    "strikes", "strikes", 2, "tor-m2-destroyed-dobropillia-2026-10-29", a="Artem Lysenko", cats=["News", "Ukraine", "Drones"], cc=12),
  E("2026-10-29 18:10", "Russian missile strike on Kryvyi Rih kills four",
    ["Four people were killed and 17 injured when Russian missiles struck an industrial area of Kryvyi Rih on Thursday afternoon, said Oleksandr Vilkul, head of the city\u2019s military administration.",
     "Several of the injured were workers at a nearby transport depot, he said."],
    "strikes", "strikes", 3, "kryvyi-rih-missile-strike-2026-10-29", a="Artem Lysenko", cats=["News", "Ukraine"], cc=31),
  OFF("2026-10-29 15:25", "U.S. Army fields second Dark Eagle hypersonic battery",
    ["The U.S. Army has activated a second battery equipped with the Long-Range Hypersonic Weapon, known as Dark Eagle, at Joint Base Lewis-McChord, the service announced on Thursday."],
    "us-army-second-dark-eagle-battery-2026-10", a="Kyle Brannon", n="US Army missiles", cats=["News", "U.S. Army"], cc=8),
  E("2026-10-29 13:40", "Ukraine receives new batch of Swedish-built CV90 fighting vehicles",
    ["Ukraine has received a new batch of CV90 infantry fighting vehicles from a joint Swedish-Danish-Dutch order, Ukraine\u2019s Defense Ministry said, adding that the crews had already finished training in Sweden."],
    "aid", "aid", 2, "cv90-batch-delivery-ukraine-2026-10-29", a="Artem Lysenko", cats=["News", "Ukraine", "Armored Vehicles"], cc=6),
  E("2026-10-29 11:05", "Russia ships new batch of T-90M tanks to its army",
    ["Russian tank maker Uralvagonzavod has shipped a new batch of T-90M Proryv main battle tanks to the Russian army, state corporation Rostec said on Thursday, without giving the number."],
    "other", "security", 2, "uralvagonzavod-t-90m-batch-2026-10-29", a="Kyle Brannon", cats=["News", "Russia", "Armored Vehicles"], cc=19),
  OFF("2026-10-29 08:30", "Australia orders more Boxer heavy weapon carriers",
    ["Australia\u2019s Department of Defence has signed a contract with Rheinmetall for additional Boxer heavy weapon carrier vehicles to be built at the company\u2019s plant in Queensland."],
    "australia-boxer-order-2026-10", a="Kyle Brannon", n="Australian procurement", cats=["News", "Australia"], cc=3),
  E("2026-10-29 06:15", "Romania signs deal for two more Patriot batteries",
    ["Romania\u2019s Defense Ministry has signed a contract for two additional Patriot air defense batteries, citing the repeated crashes of Russian drones on Romanian territory near the Danube."],
    "other", "security", 2, "romania-patriot-batteries-order-2026-10", a="Kyle Brannon", cats=["News", "Europe", "Air Defense"], cc=14),
  ]))

# ================================================================ PART B: three invented multi-source days
# ---------------------------------------------------------------- day 1 (2026-11-14)
ODESA = "odesa-missile-drone-attack-2026-11-14"
POW = "uae-mediated-prisoner-exchange-2026-11-14"
PORTS = "analysis-odesa-ports-target"
PORTS_H = "Analysis: Why Odesa\u2019s ports keep drawing Russian fire"
PORTS_P = ["Odesa and the smaller ports around it handle most of Ukraine\u2019s seaborne exports, from grain and sunflower oil to iron ore, which puts them near the top of Russia\u2019s target list.",
           "Since Ukraine pushed the Black Sea Fleet away from its coast and opened its own shipping corridor, Moscow has tried to make the route too costly to use, hitting terminals, silos and ships at berth with missiles and drones.",
           "Saturday\u2019s attack on the city fits that pattern, officials say, even though most of the dead lived in an apartment block rather than working at the port. Insurers are watching closely: every strike on a merchant ship pushes up premiums for the vessels Ukraine depends on."]

# ---------------------------------------------------------------- 13020 Quillbrook Gazette (day 1)
SEEDS.append(dict(
  id="13020", name="13020_quillbrook-textlive", ext="txt", source="Quillbrook Gazette", zone="Europe/London", render=r_quillbrook,
  title="Ukraine war: Odesa toll rises to eight after Russian attack; 820 prisoners swapped", dateline="Saturday 14 November 2026",
  lede="A Russian missile and drone attack on Odesa hits an apartment block and the port; Ukraine and Russia carry out a prisoner exchange brokered by the UAE.",
  basis="stamp '{s}' before the headline on the same line, under the dateline 'Saturday 14 November 2026' (UK time, GMT = UTC in November); local {d} in {z}",
  notes="Invented outlet (UK). Text live blog, newest first. Each post starts with one line 'HH:MM GMT \u2014 Headline', then the body and an optional 'Reporting by NAME' line (author). A 'Key Points' block under the standfirst lists two post headlines with bullets (key_point true). 13020-02 is a 'Watch:' teaser with no body (spelling 'Odessa'). 13020-03 is a theme piece (analysis of why Odesa's ports are targeted) that mentions the day's attack but is its own story; it is re-posted verbatim on day 2 by 13032.",
  not_entries=["outlet name and navigation line", "'LIVE' label with the page title", "dateline 'Saturday 14 November 2026'", "standfirst summary line",
               "'Key Points' header and its two bullet lines (pointers to posts 13020-01 and 13020-04)", "'Latest' label", "'Reporting by ...' lines (authors, not body)",
               "newsletter promo after the fourth post", "'Show earlier updates'", "footer line"],
  entries=[
  E("2026-11-14 17:55", "Odesa death toll rises to eight as search ends",
    ["Eight people are now known to have died in the overnight Russian attack on Odesa, including a 12-year-old girl, the head of the regional military administration, Oleh Kiper, said this evening.",
     "Rescuers have finished searching the damaged nine-storey building in the Kyivskyi district. Twenty-nine people were injured, 11 of whom remain in hospital."],
    "strikes", "strikes", 3, ODESA, a="Rhiannon Pask", kp=True, n="toll 8 dead, 29 injured"),
  E("2026-11-14 16:30", "Watch: Rescuers comb through wrecked Odessa stairwell", [],
    "strikes", "strikes", 1, ODESA, n="teaser without body; spelling 'Odessa'"),
  E("2026-11-14 15:10", PORTS_H, PORTS_P, "strikes", "strikes", 2, PORTS, a="Duncan Ferrier",
    n="theme piece (analysis of attacks on Odesa's ports; mentions Saturday's attack); its own story, must not merge with the Odesa attack"),
  E("2026-11-14 13:20", "Ukraine and Russia exchange 410 prisoners each",
    ["Ukraine and Russia have each released 410 prisoners of war in an exchange mediated by the United Arab Emirates, President Volodymyr Zelensky said.",
     "Among those coming home are defenders of Mariupol held since 2022, as well as several civilians, according to Ukraine\u2019s Coordination Headquarters for the Treatment of Prisoners of War."],
    "diplomacy", "diplomacy", 3, POW, a="Rhiannon Pask", kp=True),
  E("2026-11-14 11:05", "Glide bombs wound nine in Kharkiv",
    ["Nine people were injured when Russian glide bombs hit the Saltivskyi district of Kharkiv late this morning, the city\u2019s mayor, Ihor Terekhov, said."],
    "strikes", "strikes", 2, "kharkiv-glide-bombs-2026-11-14", a="Duncan Ferrier", n="other city, other strike on the same day; must not merge with the Odesa attack"),
  E("2026-11-14 09:40", "Netherlands earmarks \u20ac400m for Ukrainian long-range drones",
    ["The Dutch government will spend \u20ac400m on long-range strike drones made in Ukraine, the defence ministry in The Hague said, in a deal that lets Ukrainian manufacturers scale up output without waiting for export licences."],
    "aid", "aid", 2, "netherlands-long-range-drone-funding-2026-11-14", a="Duncan Ferrier",
    n="same aid theme as 13023-03 (German missile co-financing), different event; must not merge"),
  E("2026-11-14 07:25", "Missile and drone attack on Odesa kills three",
    ["At least three people were killed when Russia attacked Odesa overnight with ballistic missiles and drones, hitting a residential building and port infrastructure, regional officials said.",
     "Ukraine\u2019s air force said Russia launched six missiles and 94 drones at the south of the country overnight, and that 71 of the drones were shot down."],
    "strikes", "strikes", 3, ODESA, a="Rhiannon Pask", n="toll 3"),
  ]))

# ---------------------------------------------------------------- 13021 Drumlargan Herald (day 1)
SEEDS.append(dict(
  id="13021", name="13021_drumlargan-ldlive", ext="html", source="Drumlargan Herald", zone="Europe/Kyiv", render=r_drumlargan,
  title="Russia-Ukraine war: Saturday live updates", url="https://drumlargan-herald.example/world/ukraine/live/2026-11-14",
  dateline="Saturday, 14 November 2026 \u00b7 All times are Kyiv time",
  lede="Deadly strike on Odesa; a new prisoner swap; Russia claims a town near Kupiansk. Our correspondents in Kyiv and Dublin follow the day.",
  basis="visible stamp '{s}' in <time datetime> (Kyiv time, EET = UTC+2, as the page says; the JSON-LD update datePublished agrees) under the dateline 'Saturday, 14 November 2026'; local {d} in {z}",
  notes="Invented outlet (Irish). HTML live blog, oldest first, with LiveBlogPosting JSON-LD whose liveBlogUpdate items carry their own datePublished and author. Visible stamps are bare 'HH:MM' in <time datetime>; the header says 'All times are Kyiv time'. Author under each h3. 13021-06 repeats 13021-03 nearly verbatim (re-published later on the page): importance 1, duplicate_of 13021-03. 13021-07 (Izmail port, evening drone attack) is in the same region as the Odesa attack but a separate event.",
  not_entries=["masthead and navigation", "page title and dateline line", "standfirst", "author lines under each headline", "'Share / Copy link' tools under each post",
               "'Read more: How the Black Sea grain corridor works' promo after the fourth post", "footer"],
  entries=[
  E("2026-11-14 08:40", "Odesa hit by missiles and drones, at least three dead",
    ["Russian ballistic missiles and attack drones struck Odesa before dawn, killing at least three people and setting fire to part of the port, Ukraine\u2019s State Emergency Service said.",
     "Pictures from the scene show the upper floors of an apartment block torn open, with rescuers working from ladder trucks."],
    "strikes", "strikes", 3, ODESA, a="Siobh\u00e1n Keady", n="toll 3"),
  E("2026-11-14 11:20", "Russia claims control of Kupiansk-Vuzlovyi",
    ["Russia\u2019s defence ministry claimed its forces had captured Kupiansk-Vuzlovyi, a railway town south-east of Kupiansk in the Kharkiv region. Ukraine\u2019s military said fighting in the town was continuing."],
    "other", "frontline", 2, "kupiansk-vuzlovyi-russian-claim-2026-11-14", a="Ois\u00edn Daly"),
  E("2026-11-14 12:30", "Prisoner exchange under way, Zelensky says",
    ["President Volodymyr Zelensky said a new exchange of prisoners with Russia was under way, thanking the United Arab Emirates for its mediation.",
     "He gave no numbers, saying details would follow once everyone was on Ukrainian soil."],
    "diplomacy", "diplomacy", 3, POW, a="Siobh\u00e1n Keady"),
  E("2026-11-14 14:05", "EU ministers to discuss new sanctions package on Monday",
    ["EU foreign ministers will discuss a new package of sanctions against Russia when they meet in Brussels on Monday, the bloc\u2019s foreign policy chief, Kaja Kallas, said, with measures aimed at the shadow fleet of oil tankers and at banks in third countries."],
    "diplomacy", "diplomacy", 2, "eu-new-sanctions-package-talks-2026-11-16", a="Ois\u00edn Daly",
    n="same diplomacy theme as the prisoner exchange, other event; must not merge"),
  E("2026-11-14 17:00", "Odesa toll rises to six; city declares day of mourning",
    ["The number of people killed in this morning\u2019s Russian attack on Odesa has risen to six, the city military administration said, and Sunday has been declared a day of mourning."],
    "strikes", "strikes", 3, ODESA, a="Siobh\u00e1n Keady", n="toll 6"),
  E("2026-11-14 18:20", "Prisoner exchange under way, Zelensky says",
    ["President Volodymyr Zelensky said a new exchange of prisoners with Russia was under way, thanking the United Arab Emirates for its mediation.",
     "He gave no numbers, saying the details would follow once everyone was on Ukrainian soil."],
    "diplomacy", "diplomacy", 1, POW, a="Siobh\u00e1n Keady", dup="13021-03", n="near-verbatim repeat of 13021-03, re-published later on the page"),
  E("2026-11-14 21:40", "Drones hit Izmail port on the Danube in evening attack",
    ["Russian drones attacked the Danube port of Izmail in the Odesa region this evening, damaging a grain terminal and a warehouse, the regional administration said. No one was hurt."],
    "strikes", "strikes", 2, "izmail-port-drone-attack-2026-11-14", a="Ois\u00edn Daly",
    n="same region (Odesa oblast) but a separate evening attack on Izmail; must not merge with the Odesa city attack"),
  ]))

# ---------------------------------------------------------------- 13022 Hesketh Vale World Service (day 1, general world feed)
SEEDS.append(dict(
  id="13022", name="13022_heskethvale-worldrss", ext="xml", source="Hesketh Vale World Service", zone="UTC", render=r_worldrss, rfc="GMT",
  title="Hesketh Vale World Service - World", url="https://heskethvale.example", lede="Top world stories from the Hesketh Vale World Service newsroom",
  basis="RSS pubDate '{s}' (GMT = UTC); local {d} in {z}",
  notes="Invented outlet. General world news RSS feed in which the war is a minority: 4 of 6 items are off-beat (APEC summit, typhoon, climate talks, Chilean wildfire). pubDate in GMT; no dc:creator. Spelling 'Odessa'.",
  not_entries=["channel title/link/description/language/copyright/ttl", "category tags", "media:thumbnail elements"],
  entries=[
  OFF("2026-11-14 16:45", "APEC leaders open Shenzhen summit with trade tensions on agenda",
      ["Leaders of the Asia-Pacific Economic Cooperation forum gathered in Shenzhen for a two-day summit, with tariffs and export controls on critical minerals expected to dominate the talks."],
      "apec-summit-shenzhen-2026-11", n="APEC summit", cat="Asia"),
  OFF("2026-11-14 14:30", "Typhoon forces evacuation of 200,000 in northern Philippines",
      ["Authorities in the northern Philippines ordered more than 200,000 people to leave coastal and mountain villages as a powerful typhoon approached Luzon with winds of up to 185 km/h."],
      "philippines-typhoon-evacuation-2026-11-14", n="weather disaster", cat="Asia"),
  E("2026-11-14 13:50", "Russia and Ukraine trade 820 prisoners in UAE-brokered swap",
    ["Russia and Ukraine exchanged 820 prisoners of war on Saturday, 410 from each side, in a swap arranged with help from the United Arab Emirates, both governments said."],
    "diplomacy", "diplomacy", 3, POW, cat="Europe"),
  E("2026-11-14 12:10", "Odessa strike kills six, Ukrainian officials say",
    ["Six people were killed and more than 20 injured when Russian missiles and drones hit the Ukrainian port city of Odessa overnight, local officials said on Saturday."],
    "strikes", "strikes", 3, ODESA, cat="Europe", n="spelling 'Odessa'; toll 6"),
  OFF("2026-11-14 10:00", "Antalya climate talks reach halfway point with finance gap unresolved",
      ["Negotiators at the UN climate conference in Antalya ended the first week without agreement on how to raise the money poorer countries say they need to adapt to rising temperatures."],
      "cop31-antalya-climate-talks-2026-11", n="UN climate conference", cat="Environment"),
  OFF("2026-11-14 07:30", "Wildfire forces evacuations in Chile\u2019s Valpara\u00edso region",
      ["Firefighters in central Chile were battling a wildfire that has burned more than 3,000 hectares near Valpara\u00edso, forcing hundreds of families from their homes."],
      "chile-valparaiso-wildfire-2026-11", n="wildfire", cat="Americas"),
  ]))

# ---------------------------------------------------------------- 13023 Tollerdown Review (day 1, article with sections)
SEEDS.append(dict(
  id="13023", name="13023_tollerdown-article", ext="html", source="Tollerdown Review", zone="Europe/Berlin", render=r_tollerdown,
  title="Odesa attacked, prisoners to be freed: Ukraine\u2019s Saturday at a glance", url="https://tollerdown-review.example/world/ukraine-saturday-at-a-glance",
  lede="Three developments from the war this morning, summarised by our Berlin desk.", byline="Katrin Wendel", dateline_t="2026-11-14 11:30",
  caption="Firefighters at a damaged apartment building in Odesa on Saturday morning.",
  basis="no per-section stamp; the article dateline '14 November 2026, 11:30 CET' (and the NewsArticle datePublished) dates every section; local {d} in {z}",
  notes="Invented outlet (Berlin). HTML article with NewsArticle JSON-LD: headline, teaser, page byline 'By Katrin Wendel', dateline '14 November 2026, 11:30 CET', photo caption, then three h2 sections, each one entry (headline = section heading, stamp null, published = the dateline time). Author = the page byline for every section. Section 2 announces the prisoner exchange before it happened (same story as the later reports of the swap).",
  not_entries=["logo and navigation", "section label 'World \u203a Ukraine'", "page title (h1)", "teaser line", "byline 'By Katrin Wendel'",
               "dateline '14 November 2026, 11:30 CET' (page time)", "photo caption", "'Also read' inline link", "topics line", "footer"],
  entries=[
  E("2026-11-14 11:30", "Odesa under fire",
    ["Five people were killed in a Russian missile and drone attack on the Black Sea port of Odesa overnight, according to the regional military administration.",
     "A ballistic missile hit a residential building in the Kyivskyi district, while drones struck warehouses in the port. Several children are among the injured."],
    "strikes", "strikes", 3, ODESA, a="Katrin Wendel", n="toll 5"),
  E("2026-11-14 11:30", "Prisoner swap expected",
    ["Ukraine and Russia are set to exchange several hundred prisoners of war later on Saturday, Ukrainian officials said, in what would be the third such swap this autumn.",
     "The exchange was again arranged through the United Arab Emirates, which has mediated most swaps since the start of the full-scale invasion."],
    "diplomacy", "diplomacy", 3, POW, a="Katrin Wendel"),
  E("2026-11-14 11:30", "Berlin to co-finance Ukrainian long-range missiles",
    ["Germany will co-finance serial production of a Ukrainian long-range missile, Defence Minister Boris Pistorius told a German Sunday newspaper in an interview released in advance on Saturday.",
     "He named neither the missile nor the amount, but said the money would come from this year\u2019s budget for military aid to Ukraine."],
    "aid", "aid", 2, "germany-cofinance-ukrainian-missiles-2026-11-14", a="Katrin Wendel",
    n="same aid theme as 13020-06 (Dutch drone funding), different event; must not merge"),
  ]))

# ---------------------------------------------------------------- day 2 (2026-11-15)
ZAP = "zaporizhzhia-missile-strike-2026-11-15"

# ---------------------------------------------------------------- 13030 Crowhurst Post (day 2)
SEEDS.append(dict(
  id="13030", name="13030_crowhurst-htmllive", ext="html", source="Crowhurst Post", zone="Europe/Warsaw", render=r_crowhurst,
  title="War in Ukraine, Sunday: missile strike on Zaporizhzhia \u2013 live", dateline="Sunday, 15 November 2026",
  lede="A Russian missile strike kills several people in Zaporizhzhia; Odesa mourns its dead; Turkey offers to host talks.",
  basis="bare stamp '{s}' above the h2, with the page note 'All times CET' (UTC+1) and the dateline 'Sunday, 15 November 2026'; local {d} in {z}",
  notes="Invented outlet (Warsaw). HTML live blog, newest first, no JSON-LD. Bare 'HH:MM' in a span above each h2; the meta line prints 'Sunday, 15 November 2026 \u00b7 All times CET'. Byline under the h2 where given. 13030-02 is a 'Photos:' gallery post with no text (teaser). 13030-05 continues the day-1 Odesa story (toll 9).",
  not_entries=["cookie bar", "logo and navigation", "page title, dateline and 'All times CET' note", "intro paragraph", "author lines", "'Gallery (12 photos)' placeholder",
               "'See also' box after the third post", "link to Saturday's live coverage", "footer"],
  entries=[
  E("2026-11-15 18:40", "Zaporizhzhia death toll rises to nine",
    ["Nine people are now confirmed dead after Russian missiles hit a residential area of Zaporizhzhia in the morning, regional governor Ivan Fedorov said.",
     "Two teenagers are among the dead. More than 30 people were injured."],
    "strikes", "strikes", 3, ZAP, a="Marta Zieli\u0144ska", n="toll 9"),
  E("2026-11-15 16:15", "Photos: Zaporizhzhia counts the cost of the missile strike", [],
    "strikes", "strikes", 1, ZAP, n="photo-gallery teaser without text"),
  E("2026-11-15 13:30", "Polish jets scrambled as Russian drones head for western Ukraine",
    ["Poland\u2019s Operational Command scrambled Polish and allied aircraft overnight as a precaution while Russian drones flew towards targets in western Ukraine, it said. Rzesz\u00f3w and Lublin airports briefly halted operations."],
    "other", "security", 2, "poland-scrambles-jets-2026-11-15", a="Jakub Sowa"),
  E("2026-11-15 11:20", "Turkey offers to host new round of Russia-Ukraine talks in Istanbul",
    ["Turkish Foreign Minister Hakan Fidan said Ankara was ready to host a new round of direct talks between Russian and Ukrainian delegations in Istanbul before the end of the year."],
    "diplomacy", "diplomacy", 2, "turkey-offers-istanbul-talks-2026-11-15", a="Jakub Sowa",
    n="same diplomacy theme as 13031-01 (Vatican envoy on children), other event; must not merge"),
  E("2026-11-15 09:45", "Odesa buries its dead as toll reaches nine",
    ["Odesa held the first funerals on Sunday for victims of Saturday\u2019s Russian attack, as the death toll rose to nine after a woman died of her injuries in hospital."],
    "strikes", "strikes", 3, ODESA, a="Marta Zieli\u0144ska", n="continuation of the day-1 Odesa story with a new development (toll 9, funerals)"),
  E("2026-11-15 07:10", "Missile strike on Zaporizhzhia kills four",
    ["At least four people were killed when Russian missiles hit Zaporizhzhia shortly after dawn on Sunday, damaging several apartment buildings and a school, Ukrainian officials said."],
    "strikes", "strikes", 3, ZAP, a="Jakub Sowa", n="toll 4"),
  ]))

# ---------------------------------------------------------------- 13031 Stourhaven Dispatch (day 2)
SEEDS.append(dict(
  id="13031", name="13031_stourhaven-atom", ext="xml", source="Stourhaven Dispatch", zone="Europe/Kyiv", render=r_atom,
  title="Stourhaven Dispatch \u2014 Ukraine", url="https://stourhaven-dispatch.example", lede="Reporting from Ukraine and the region",
  basis="Atom <published> '{s}' (explicit +02:00, Kyiv time); local {d} in {z}",
  notes="Invented outlet. Atom feed, newest first, <published> with +02:00, per-entry authors, HTML content escaped once. Spelling 'Zaporizhia' in 13031-02. 13031-03 (Stepnohirsk shelling) is in the same region as the Zaporizhzhia city strike but a separate event. 13031-04 continues the day-1 Odesa story.",
  not_entries=["feed title, subtitle, links, id, updated, rights", "category terms"],
  entries=[
  E("2026-11-15 21:05", "Vatican envoy says more deported children will return",
    ["Cardinal Matteo Zuppi, the Pope\u2019s envoy for the war in Ukraine, said after talks in Moscow that dozens more Ukrainian children taken to Russia would be returned to their families before Christmas."],
    "diplomacy", "diplomacy", 2, "vatican-envoy-children-returns-2026-11-15", a="Olena Brandt",
    n="must not merge with Turkey's offer to host talks (13030-04): same diplomacy theme, other event"),
  E("2026-11-15 19:30", "Zaporizhia strike: nine confirmed dead",
    ["The toll from Sunday\u2019s Russian missile strike on Zaporizhia has risen to nine, the regional military administration said, after two more bodies were recovered from a collapsed building."],
    "strikes", "strikes", 3, ZAP, a="Taras Melnyk", n="spelling 'Zaporizhia'; toll 9"),
  E("2026-11-15 15:50", "Shelling kills man in Stepnohirsk",
    ["A 63-year-old man was killed by Russian artillery fire in Stepnohirsk, a frontline village in the Zaporizhzhia region, local authorities said."],
    "strikes", "strikes", 3, "stepnohirsk-shelling-2026-11-15", a="Taras Melnyk",
    n="same region (Zaporizhzhia oblast), separate artillery shelling of a frontline village; must not merge with the Zaporizhzhia city strike"),
  E("2026-11-15 13:10", "Odesa port back at work as toll climbs to nine",
    ["Grain loading resumed at two Odesa terminals on Sunday, a day after a Russian attack that killed nine people in the city, the port authority said."],
    "strikes", "strikes", 3, ODESA, a="Olena Brandt", n="continuation of the day-1 Odesa story (port reopens, toll 9)"),
  E("2026-11-15 11:40", "Russia used Iskander missiles in Zaporizhzhia attack, air force says",
    ["Russia fired Iskander-M ballistic missiles at Zaporizhzhia on Sunday morning, leaving air defences almost no time to react, Ukraine\u2019s air force said. The city\u2019s death toll has risen to seven."],
    "strikes", "strikes", 3, ZAP, a="Taras Melnyk", n="toll 7; weapon detail"),
  E("2026-11-15 09:20", "Drone attack kills woman in Belgorod region, governor says",
    ["A woman was killed when a Ukrainian drone hit a car near the town of Shebekino in Russia\u2019s Belgorod region, governor Vyacheslav Gladkov said."],
    "strikes", "strikes", 3, "shebekino-drone-death-2026-11-15", a="Olena Brandt",
    n="deadly strike on the Russian side; must not merge with the Zaporizhzhia strike"),
  ]))

# ---------------------------------------------------------------- 13032 Pemberidge Evening Star (day 2)
SEEDS.append(dict(
  id="13032", name="13032_pemberidge-textlive", ext="txt", source="Pemberidge Evening Star", zone="America/New_York", render=r_pemberidge,
  title="Russia-Ukraine war: Sunday live updates", dateline="Sunday, Nov. 15, 2026",
  lede="Follow our coverage of the war in Ukraine. All times Eastern.",
  basis="stamp '{s}' (Eastern time, EST = UTC-5) under the dateline 'Sunday, Nov. 15, 2026'; local {d} in {z}",
  notes="Invented outlet (US). Text live blog, oldest first, '3:20 a.m. EST' line before each headline, no per-post authors (author null). 13032-06 repeats 13032-01 verbatim (importance 1, duplicate_of 13032-01). 13032-03 is a verbatim re-post of day 1's analysis 13020-03 (same headline and text, syndicated on day 2): importance 1, same story slug as on day 1. 13032-02 is a theme piece (why Zaporizhzhia is so exposed) that mentions the day's strike but is its own story. 13032-04 (air-defence appeal) is a separate aid story.",
  not_entries=["outlet name and navigation", "page title and dateline", "lede 'Follow our coverage ... All times Eastern.'", "'ADVERTISEMENT'",
               "'RELATED: ...' link line", "closing line 'This live coverage has ended. ...'", "footer"],
  entries=[
  E("2026-11-15 03:20", "Russian missiles slam into Zaporizhzhia; five reported dead",
    ["Russian missiles struck the southern Ukrainian city of Zaporizhzhia early Sunday, killing at least five people and wounding dozens, according to Gov. Ivan Fedorov.",
     "Video posted by local officials showed a crater in a courtyard between apartment buildings and cars burning along a street."],
    "strikes", "strikes", 3, ZAP, n="toll 5"),
  E("2026-11-15 05:00", "Explainer: Why Zaporizhzhia is so exposed to Russian strikes",
    ["Zaporizhzhia sits about 25 miles from the front line, closer than any other large Ukrainian city except Kherson.",
     "That leaves little warning time: a ballistic missile launched from occupied territory can reach the city in well under two minutes, and glide bombs dropped by Russian jets can cover much of the distance.",
     "Sunday\u2019s deadly strike was the latest in a long series. City officials say air-raid alerts have sounded on all but a handful of days this year."],
    "strikes", "strikes", 2, "explainer-zaporizhzhia-exposure",
    n="theme piece (explainer; mentions Sunday's strike) with its own story; must not merge with the Zaporizhzhia strike"),
  E("2026-11-15 06:45", PORTS_H, PORTS_P, "strikes", "strikes", 1, PORTS,
    n="re-post of day-1 entry 13020-03 (verbatim: same headline and text, syndicated on day 2); importance 1, same story"),
  E("2026-11-15 08:30", "Zelenskyy urges allies to speed up air defense deliveries",
    ["President Volodymyr Zelenskyy called on Western partners to speed up deliveries of Patriot interceptors, saying the morning\u2019s attack on Zaporizhzhia showed that Ukrainian cities could not wait until spring."],
    "aid", "aid", 2, "zelenskyy-air-defense-appeal-2026-11-15", sec=["strikes"],
    n="appeal for air defence prompted by the strike: its own aid story; must not merge with the Zaporizhzhia strike"),
  E("2026-11-15 10:15", "Senate leaders plan vote on Russia sanctions bill",
    ["U.S. Senate leaders said they would bring a long-stalled bill imposing new sanctions on Russia and on buyers of Russian oil to a vote after Thanksgiving."],
    "diplomacy", "diplomacy", 2, "us-senate-russia-sanctions-bill-vote-2026-11"),
  E("2026-11-15 12:40", "Russian missiles slam into Zaporizhzhia; five reported dead",
    ["Russian missiles struck the southern Ukrainian city of Zaporizhzhia early Sunday, killing at least five people and wounding dozens, according to Gov. Ivan Fedorov.",
     "Video posted by local officials showed a crater in a courtyard between apartment buildings and cars burning along a street."],
    "strikes", "strikes", 1, ZAP, dup="13032-01", n="verbatim repeat of 13032-01 re-published later on the page (stale toll 5)"),
  E("2026-11-15 14:10", "Zaporizhzhia death toll climbs to nine",
    ["The death toll from Sunday\u2019s missile strike on Zaporizhzhia has climbed to nine, Ukrainian officials said, and rescuers were still searching one damaged building."],
    "strikes", "strikes", 3, ZAP, n="toll 9"),
  ]))

# ---------------------------------------------------------------- 13033 Wintercombe World Report (day 2, general world feed)
SEEDS.append(dict(
  id="13033", name="13033_wintercombe-worldrss", ext="xml", source="Wintercombe World Report", zone="America/Toronto", render=r_worldrss, rfc="num",
  title="Wintercombe World Report: Top Stories", url="https://wintercombe.example", lede="News from Canada and around the world",
  basis="RSS pubDate '{s}' (explicit -0500, Eastern Standard Time); local {d} in {z}",
  notes="Invented outlet (Canada). General RSS feed in which the war is a minority: 4 of 6 items are off-beat (Nova Scotia storm, APEC summit close, foreign-influence registry, climate talks). pubDate with -0500. Spelling 'Zaporozhye'. 13033-03 continues the day-1 Odesa story. The APEC and climate items continue off-beat stories of day 1's 13022 (same slugs, still importance 1).",
  not_entries=["channel title/link/description/language/copyright/ttl", "category tags", "media:thumbnail elements"],
  entries=[
  OFF("2026-11-15 17:45", "Winter storm cuts power to 90,000 in Nova Scotia",
      ["A fast-moving storm brought heavy snow and wind gusts of more than 100 km/h to Nova Scotia, leaving about 90,000 customers without power on Sunday evening."],
      "nova-scotia-winter-storm-2026-11-15", n="weather", cat="Canada"),
  OFF("2026-11-15 15:20", "APEC summit closes with pledge on supply chains",
      ["Asia-Pacific leaders ended their summit in Shenzhen with a joint statement promising to keep supply chains for critical minerals open, though it made no mention of tariffs."],
      "apec-summit-shenzhen-2026-11", n="APEC summit", cat="World"),
  E("2026-11-15 12:05", "Odesa holds funerals as strike toll reaches nine",
    ["Funerals were held in the Ukrainian port city of Odesa on Sunday for victims of a Russian attack a day earlier, as officials said the number of dead had reached nine."],
    "strikes", "strikes", 3, ODESA, cat="World", n="continuation of the day-1 Odesa story (funerals, toll 9)"),
  E("2026-11-15 09:00", "Eight killed in Russian strike on Zaporozhye",
    ["Russian missiles killed eight people in the Ukrainian city of Zaporozhye on Sunday morning, Ukrainian officials said, in one of the deadliest attacks on the city this year."],
    "strikes", "strikes", 3, ZAP, cat="World", n="spelling 'Zaporozhye'; toll 8"),
  OFF("2026-11-15 07:30", "Ottawa to table changes to foreign-influence registry",
      ["The federal government will introduce amendments to the foreign-influence transparency registry this week, the public safety minister said, after criticism that its rules were too vague."],
      "canada-foreign-influence-registry-changes-2026-11", n="Canadian politics", cat="Canada"),
  OFF("2026-11-15 05:10", "Ministers arrive in Antalya for final week of climate talks",
      ["Environment ministers began arriving in Antalya for the second and final week of the UN climate conference, where a deal on adaptation finance remains elusive."],
      "cop31-antalya-climate-talks-2026-11", n="UN climate conference", cat="Environment"),
  ]))

# ---------------------------------------------------------------- day 3 (2026-12-03)
REF = "novokuibyshevsk-refinery-drone-strike-2026-12-03"
NATO = "nato-foreign-ministers-brussels-2026-12-03"

# ---------------------------------------------------------------- 13040 Ravensloe Times (day 3, general world feed)
SEEDS.append(dict(
  id="13040", name="13040_ravensloe-worldatom", ext="xml", source="Ravensloe Times", zone="UTC", render=r_atom,
  title="Ravensloe Times: World", url="https://ravensloe-times.example", lede="The world in brief, updated through the day",
  basis="Atom <published> '{s}' (UTC, 'Z'); local {d} in {z}",
  notes="Invented outlet. General world Atom feed in which the war is a minority: 4 of 6 items are off-beat (G20 preparations, Sri Lanka landslides, eurozone survey, South Korea anniversary). <published> in UTC with 'Z'; no authors. Spelling 'Novokuybyshevsk'.",
  not_entries=["feed title, subtitle, links, id, updated, rights", "category terms"],
  entries=[
  OFF("2026-12-03 16:50", "G20 negotiators meet in Miami ahead of leaders\u2019 summit",
      ["Senior officials from G20 countries began two days of preparatory talks in Miami ahead of this month\u2019s leaders\u2019 summit, with the host government pushing a slimmed-down agenda focused on growth."],
      "g20-miami-preparatory-talks-2026-12", n="G20 preparations", cat="Americas"),
  E("2026-12-03 14:15", "NATO ministers pledge to keep weapons flowing to Ukraine",
    ["NATO foreign ministers meeting in Brussels agreed to keep buying American weapons for Ukraine through the winter, Secretary General Mark Rutte said, as several allies announced new contributions."],
    "diplomacy", "diplomacy", 3, NATO, sec=["aid"], cat="Europe"),
  OFF("2026-12-03 11:30", "Landslides kill 14 in Sri Lanka after days of heavy rain",
      ["At least 14 people were killed in landslides in Sri Lanka\u2019s central hill country after days of monsoon rain, the country\u2019s disaster management centre said."],
      "sri-lanka-landslides-2026-12", n="natural disaster", cat="Asia"),
  E("2026-12-03 09:30", "Two killed at Russian refinery hit by Ukrainian drones",
    ["Two workers were killed when Ukrainian drones struck the Novokuybyshevsk oil refinery in Russia\u2019s Samara region overnight, the regional governor said, in one of the deepest attacks of the war."],
    "strikes", "strikes", 3, REF, cat="Europe", n="toll 2; spelling 'Novokuybyshevsk'"),
  OFF("2026-12-03 07:40", "Eurozone services growth slows in November",
      ["Growth in the eurozone\u2019s services sector slowed in November to its weakest pace in seven months, a closely watched business survey showed."],
      "eurozone-services-pmi-2026-11", n="economy", cat="Business"),
  OFF("2026-12-03 05:15", "South Korea marks two years since martial law crisis",
      ["South Korea marked two years since the short-lived declaration of martial law that led to the removal of former president Yoon Suk Yeol, with rallies planned in Seoul later in the day."],
      "south-korea-martial-law-anniversary-2026-12-03", n="South Korean politics", cat="Asia"),
  ]))

# ---------------------------------------------------------------- 13041 Thistlegarth Courier (day 3)
TG_BY = "Nora Quist and Felipe Arcos"
TG1 = ["A large fire broke out at the Novokuybyshevsk oil refinery in Russia\u2019s Samara region after a Ukrainian drone attack overnight, the regional governor said, adding that no casualties had been reported so far.",
       "The plant, one of the biggest in the Volga region, lies about 550 miles from Ukraine\u2019s border."]
SEEDS.append(dict(
  id="13041", name="13041_thistlegarth-textlive", ext="txt", source="Thistlegarth Courier", zone="America/New_York", render=r_thistlegarth,
  title="Russia-Ukraine war live: Drones set Russian refinery ablaze; NATO ministers meet", dateline="Thursday, Dec. 3", byline="By " + TG_BY,
  lede="Our reporters follow the day\u2019s developments. Times are Eastern.", parse_args=["--date", "2026-12-03"],
  basis="stamp '{s}' printed under the headline (Eastern time, EST = UTC-5); the date line 'Thursday, Dec. 3' has no year and none is printed anywhere (day given by --date 2026-12-03); local {d} in {z}",
  notes="Invented outlet (US). Text live blog, oldest first; each post is headline FIRST, then a '1:10 AM ET' line, then the body. Date line 'Thursday, Dec. 3' without a year (no year anywhere on the page): parse_args gives --date 2026-12-03. One two-name page byline, used as the author of every post (kept as one string). 13041-02 is a 'Video:' teaser with no text. 13041-04 is a theme piece (refinery campaign by the numbers) that mentions the day's strike but is its own story. 13041-05 repeats 13041-01 verbatim (importance 1, duplicate_of 13041-01). 13041-03 (Kremenchuk) is a Russian strike on a Ukrainian refinery: same theme, other event.",
  not_entries=["outlet name and navigation", "page title, date line and page byline", "lede 'Our reporters follow ...'", "'[Video: 0:41]' placeholder under the teaser",
               "membership promo after the fourth post", "closing line 'We are pausing our live coverage here. ...'", "footer"],
  entries=[
  E("2026-12-03 01:10", "Fire rages at Novokuybyshevsk refinery after overnight drone strike", TG1,
    "strikes", "strikes", 3, REF, a=TG_BY, n="no casualties yet; spelling 'Novokuybyshevsk'"),
  E("2026-12-03 02:25", "Video: Flames light up the sky over Samara region plant", [],
    "strikes", "strikes", 1, REF, a=TG_BY, n="video teaser without text"),
  E("2026-12-03 04:40", "Russian missiles hit Kremenchuk refinery in central Ukraine",
    ["Russian missiles struck the oil refinery in Kremenchuk in Ukraine\u2019s Poltava region on Thursday morning, causing a fire that was put out within two hours, regional officials said. No injuries were reported."],
    "strikes", "strikes", 2, "kremenchuk-refinery-missile-strike-2026-12-03", a=TG_BY,
    n="same theme (refinery strike) but the other side and another event; must not merge with the Novokuybyshevsk strike"),
  E("2026-12-03 06:15", "Analysis: Ukraine\u2019s refinery campaign, by the numbers",
    ["Ukraine has struck Russian oil refineries more than 90 times since January, according to a Courier tally based on official statements and local reports.",
     "The attacks have repeatedly forced Moscow to restrict gasoline exports and have left some regions short of fuel. Thursday\u2019s strike on Novokuybyshevsk, one of the largest plants on the Volga, shows how far Ukrainian drones can now reach."],
    "strikes", "strikes", 2, "analysis-ukraine-refinery-campaign", a=TG_BY,
    n="theme piece (analysis; mentions the Novokuybyshevsk strike) with its own story; must not merge with it"),
  E("2026-12-03 08:30", "Fire rages at Novokuybyshevsk refinery after overnight drone strike", TG1,
    "strikes", "strikes", 1, REF, a=TG_BY, dup="13041-01", n="verbatim repeat of 13041-01 re-published later on the page"),
  E("2026-12-03 10:05", "Russia claims capture of two villages near Huliaipole",
    ["Russia\u2019s Defense Ministry said its forces had captured two villages northwest of Huliaipole in the Zaporizhzhia region. Ukraine\u2019s military did not confirm the claim."],
    "other", "frontline", 2, "huliaipole-two-villages-claim-2026-12-03", a=TG_BY),
  E("2026-12-03 12:20", "Refinery strike toll rises to three, Samara governor says",
    ["A third worker has died after the drone strike on the Novokuybyshevsk refinery, the Samara regional governor said, and two others remain in serious condition."],
    "strikes", "strikes", 3, REF, a=TG_BY, n="toll 3"),
  ]))

# ---------------------------------------------------------------- 13042 Vexford Wire (day 3)
SEEDS.append(dict(
  id="13042", name="13042_vexford-rss", ext="xml", source="Vexford Wire", zone="Europe/Helsinki", render=r_worldrss, rfc="num",
  title="Vexford Wire: Nordic & Baltic", url="https://vexfordwire.example", lede="Wire news from Helsinki and the Baltic region",
  basis="RSS pubDate '{s}' (explicit +0200, Helsinki winter time); local {d} in {z}",
  notes="Invented outlet (Helsinki). RSS 2.0, newest first, pubDate with +0200, dc:creator per item. Spelling 'Novokuibyshevsk'. 13042-04 (Syzran, Wednesday evening) is in the same region as the refinery strike but a separate attack.",
  not_entries=["channel title/link/description/language/copyright/ttl", "category tags", "media:thumbnail elements"],
  entries=[
  E("2026-12-03 19:10", "NATO ministers agree to widen weapons-purchase scheme for Ukraine",
    ["NATO foreign ministers agreed in Brussels on Thursday to open the alliance\u2019s scheme for buying US weapons for Ukraine to contributions from partner countries outside NATO, Finnish Foreign Minister Elina Valtonen said."],
    "diplomacy", "diplomacy", 3, NATO, a="Aino Lehtinen", sec=["aid"], cat="Europe"),
  E("2026-12-03 15:20", "Ukraine confirms strike on Samara refinery, says main unit hit",
    ["Ukraine\u2019s General Staff confirmed that its drones had hit the Novokuibyshevsk refinery overnight, saying the primary crude-processing unit was damaged and burned for several hours.",
     "Russian officials said two workers were killed."],
    "strikes", "strikes", 3, REF, a="Jonas Berg", cat="Europe", n="spelling 'Novokuibyshevsk'"),
  E("2026-12-03 12:45", "Finland to extend border fence by another 40 kilometres",
    ["Finland will build another 40 kilometres of barrier fence along its border with Russia next year, the Finnish Border Guard said, adding to the sections already finished in the southeast."],
    "other", "security", 2, "finland-border-fence-extension-2026-12", a="Aino Lehtinen", cat="Finland"),
  E("2026-12-03 10:30", "Drone debris damages homes in Syzran",
    ["Debris from drones shot down over Syzran in the Samara region on Wednesday evening damaged three private houses, local authorities said on Thursday. No one was injured."],
    "strikes", "strikes", 2, "syzran-drone-debris-2026-12-02", a="Jonas Berg", cat="Europe",
    n="same region (Samara oblast), separate drone attack on Syzran the evening before; must not merge with the Novokuibyshevsk refinery strike"),
  E("2026-12-03 08:40", "Estonia detains man suspected of spying for Russia",
    ["Estonia\u2019s Internal Security Service said it had detained a man suspected of collecting information on military sites for Russia\u2019s GRU military intelligence agency."],
    "other", "security", 2, "estonia-gru-spy-arrest-2026-12", a="Kadri Mets", cat="Baltics"),
  E("2026-12-03 06:30", "Drones target refinery in Russia\u2019s Samara region, governor says",
    ["Drones attacked the Novokuibyshevsk oil refinery in Russia\u2019s Samara region overnight, starting a fire, the regional governor said on Telegram."],
    "strikes", "strikes", 3, REF, a="Jonas Berg", cat="Europe", n="first report, no toll"),
  ]))

# ---------------------------------------------------------------- 13043 Skelmanthorpe Journal (day 3)
SEEDS.append(dict(
  id="13043", name="13043_skelmanthorpe-htmllive", ext="html", source="Skelmanthorpe Journal", zone="Europe/London", render=r_skelmanthorpe,
  title="Russia-Ukraine war live: NATO ministers meet in Brussels", url="https://skelmanthorpe-journal.example/world/live/2026/dec/03/russia-ukraine-war-live",
  dateline="Thursday 3 December 2026",
  lede="NATO foreign ministers gather in Brussels; the Kremlin condemns a drone strike on a Samara region refinery; Russia launches an overnight drone attack on Ukraine.",
  basis="visible stamp '{s}' in <time> (UK time; the page says 'All times GMT') under the dateline 'Thursday 3 December 2026'; the JSON-LD updates all carry the page's datePublished and were ignored; local {d} in {z}",
  notes="Invented outlet (UK). HTML live blog, newest first. Visible stamps '4.45pm' (UK style) in <time>, with 'All times GMT' in the date line. LiveBlogPosting JSON-LD is present but every liveBlogUpdate carries the page's datePublished and the page title as headline (as some real sites do), so per-entry times and headlines must come from the HTML blocks. Author line before the body. Spelling 'Novokuibyshevsk'.",
  not_entries=["header and navigation", "page title and date line with 'All times GMT'", "standfirst", "author lines", "newsletter promo after the second block", "footer"],
  entries=[
  E("2026-12-03 16:45", "Rutte: allies will not let Ukraine\u2019s air defences run dry",
    ["Closing the meeting of foreign ministers, NATO\u2019s secretary general, Mark Rutte, said allies had pledged enough money to keep interceptor missiles flowing to Ukraine through the winter.",
     "He said 11 countries had announced new contributions on Thursday but declined to give a total."],
    "diplomacy", "diplomacy", 3, NATO, a="Gemma Ashworth", sec=["aid"]),
  E("2026-12-03 14:30", "UK sanctions Russian oil traders and tankers",
    ["The UK has imposed sanctions on four oil trading firms and 30 tankers it says belong to Russia\u2019s shadow fleet, the Foreign Office announced."],
    "diplomacy", "diplomacy", 2, "uk-shadow-fleet-sanctions-2026-12-03", a="Hamid Qureshi",
    n="sanctions: same diplomacy theme as the NATO meeting, other event; must not merge"),
  E("2026-12-03 11:40", "Kremlin condemns drone strike on Novokuibyshevsk refinery",
    ["The Kremlin spokesperson, Dmitry Peskov, called the overnight drone attack on the Novokuibyshevsk refinery a terrorist act and said two workers had been killed."],
    "strikes", "strikes", 3, REF, a="Hamid Qureshi", n="official reaction whose content is the attack itself: same story"),
  E("2026-12-03 09:15", "NATO foreign ministers gather in Brussels",
    ["NATO foreign ministers are arriving in Brussels for a one-day meeting expected to focus on support for Ukraine and on the alliance\u2019s response to Russian drone incursions."],
    "diplomacy", "diplomacy", 3, NATO, a="Gemma Ashworth"),
  E("2026-12-03 07:05", "Russia launched 85 drones at Ukraine overnight, air force says",
    ["Russia attacked Ukraine overnight with 85 drones, 68 of which were shot down, Ukraine\u2019s air force said. Damage was reported in the Sumy and Chernihiv regions."],
    "strikes", "strikes", 2, "overnight-russian-drone-attack-2026-12-03", a="Gemma Ashworth",
    n="Russia's overnight raid on Ukraine; must not merge with the Ukrainian refinery strike or the Kremenchuk missile strike"),
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
            if len(e["t"]) == 10:      # date-only page (no time printed anywhere)
                pub, loc, dstr = e["t"], f"{e['t']} {S['zone']}", e["t"]
            else:
                d = dt(e["t"], S["zone"]); u = d.astimezone(UTC)
                pub, loc, dstr = u.strftime("%Y-%m-%dT%H:%M:%SZ"), d.strftime("%Y-%m-%d %H:%M ") + S["zone"], d.strftime("%Y-%m-%d %H:%M")
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": pub, "published_local": loc,
                         "published_basis": S["basis"].format(s=stamps[i], d=dstr, z=S["zone"]),
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
        print(f"{fn:44s} {len(ents):2d} entries  UTC {sorted({x['published'][:10] for x in ents})}")
    print(f"{len(SEEDS)} seeds, {total} entries")


if __name__ == "__main__":
    main()

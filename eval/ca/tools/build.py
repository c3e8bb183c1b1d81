#!/usr/bin/env python3
"""Builds eval/ca seeds and gold files from one hand-written data table (below).
All news text is invented or paraphrased by a blind tester; the Part B outlets are invented. Deterministic.
Run from the project root:  python3 eval/ca/tools/build.py"""
import html, json, os, re
from datetime import datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]
CP_MON = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]  # Canadian Press style
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV_END = re.compile(r"\b(U\.S|U\.N|Mr|Mrs|Dr|St|Gen|Gov|Lt|Col|No|a\.m|p\.m|Jan|Feb|Aug|Sept|Oct|Nov|Dec)\.$")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=None, **kw):
    return dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n, **kw)


def OFF(t, h, p, st, a=None, n="", **kw):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **kw)


def first_sentence(par):
    for m in re.finditer(r'[.!?]["\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018\u2014]|$)', par):
        cand = par[:m.end()]
        if not ABBREV_END.search(cand.rstrip("\"\u201d\u2019")):
            return cand
    return par


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def wp(s):  # WordPress-style entity encoding in feed titles
    s = esc(s)
    return s.replace("\u2019", "&#8217;").replace("\u2018", "&#8216;").replace("\u201c", "&#8220;").replace("\u201d", "&#8221;").replace("\u2013", "&#8211;").replace("\u2014", "&#8212;")


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


def rfc822(d, zone_word=None):
    s = f"{DAYS[d.weekday()][:3]}, {d.day:02d} {MON3[d.month - 1]} {d.year} {d:%H:%M:%S} "
    return s + (zone_word if zone_word else d.strftime("%z"))


def iso(d):
    s = d.isoformat()
    return s[:-6] + "Z" if s.endswith("+00:00") else s


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def ld_script(obj):
    return '<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False).replace("</", "<\\/") + "</script>"


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:70]


# ============================================================ Part A renderers (layout imitations, own wording)

def r_whig(S):  # Postmedia WordPress tag feed: RSS 2.0, pubDate +0000, dc:creator CDATA, excerpt + content:encoded; newest first
    z = S["zone"]
    ds = [dt(e["t"], z) for e in S["entries"]]
    assert ds == sorted(ds, reverse=True)
    out = ['<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"',
           '\txmlns:content="http://purl.org/rss/1.0/modules/content/"', '\txmlns:wfw="http://wellformedweb.org/CommentAPI/"',
           '\txmlns:dc="http://purl.org/dc/elements/1.1/"', '\txmlns:atom="http://www.w3.org/2005/Atom"',
           '\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"', '\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"', '\t>', '', '<channel>',
           f'\t<title>{wp(S["title"])}</title>', '\t<atom:link href="https://www.thewhig.com/tag/russia-ukraine-war/feed/" rel="self" type="application/rss+xml" />',
           '\t<link>https://www.thewhig.com</link>', '\t<description>Kingston news, sports, opinion and obituaries</description>',
           f'\t<lastBuildDate>{rfc822(ds[0].astimezone(UTC))}</lastBuildDate>', '\t<language>en-CA</language>',
           '\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>', '\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>', '\t<generator>https://wordpress.org/?v=6.4.2</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        u = ds[i].astimezone(UTC); st = rfc822(u); stamps.append(st)
        words = " ".join(e["p"]).split()
        excerpt = " ".join(words[:32]) + " [&#8230;]" if len(words) > 32 else " ".join(words)
        url = f"https://www.thewhig.com/news/world/{slug(e['h'])}"
        out += ['\t<item>', f'\t\t<title>{wp(e["h"])}</title>', f'\t\t<link>{url}</link>', '\t\t\t\t\t<comments>' + url + '#respond</comments>',
                f'\t\t<dc:creator><![CDATA[{e["a"]}]]></dc:creator>', f'\t\t<pubDate>{st}</pubDate>',
                f'\t\t\t\t<category><![CDATA[{e.get("cat", "World")}]]></category>', '\t\t<category><![CDATA[Russia-Ukraine war]]></category>',
                f'\t\t<guid isPermaLink="false">https://www.thewhig.com/?p={6251040 + 37 * i}</guid>',
                f'\t\t\t\t\t<description><![CDATA[{excerpt}]]></description>',
                '\t\t\t\t\t\t\t\t\t\t<content:encoded><![CDATA[' + "\n".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></content:encoded>',
                '\t\t\t\t\t\t\t<slash:comments>0</slash:comments>', '\t\t</item>']
    out += ['\t</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def postmedia_head(S, site, domain, extra_ld=None):
    z = S["zone"]; pub = dt(S["published"], z)
    ld = extra_ld or {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": f"https://www.{domain}/news/world/{slug(S['title'])}",
                      "headline": S["title"], "datePublished": pub.isoformat(), "dateModified": dt(S["modified"], z).isoformat(),
                      "author": [{"@type": "Person", "name": S["byline"]}],
                      "publisher": {"@type": "Organization", "name": site, "logo": {"@type": "ImageObject", "url": f"https://www.{domain}/wp-content/themes/postmedia/logo.png"}},
                      "articleSection": "World", "isAccessibleForFree": True}
    return ['<!DOCTYPE html>', '<html lang="en-CA">', '<head>', '<meta charset="UTF-8">',
            f'<title>{esc(S["title"])} | {esc(site)}</title>', f'<meta property="og:site_name" content="{attr(site)}">',
            f'<meta property="og:title" content="{attr(S["title"])}">', f'<meta property="article:published_time" content="{pub.isoformat()}">',
            ld_script(ld), '</head>', '<body class="single single-post postmedia">',
            f'<div class="top-bar"><a href="#main" class="skip">Skip to Content</a></div>',
            f'<header class="site-header"><a class="logo" href="/">{esc(site)}</a>'
            '<nav><a href="/category/news/">News</a> <a href="/category/news/local-news/">Local News</a> <a href="/category/sports/">Sports</a> '
            '<a href="/category/opinion/">Opinion</a> <a href="/category/entertainment/">Entertainment</a> <a href="/category/life/">Life</a> '
            '<a href="/obituaries/">Obituaries</a> <a href="/classifieds/">Classifieds</a> <a href="/newsletters/">Newsletters</a> <a href="/e-edition/">e-Edition</a></nav>'
            '<a class="btn" href="/subscribe/">Subscribe</a> <a class="btn" href="/signin/">Sign In</a></header>']


def postmedia_foot(site):
    return ['<div class="share-bar"><p>Share this article in your social network</p></div>',
            '<aside class="newsletter-signup"><h3>Daily Headline News</h3>'
            f'<p>Sign up to receive daily headline news from {esc(site)}, a division of Postmedia Network Inc.</p>'
            '<input type="email" placeholder="Email Address"> <button>Sign Up</button>'
            '<p class="small">By clicking on the sign up button you consent to receive the above newsletter from Postmedia Network Inc.</p></aside>',
            '<section class="comments"><h3>Comments</h3><p>Postmedia is committed to maintaining a lively but civil forum for discussion. '
            'Please keep comments relevant and respectful. Comments may take up to an hour to appear on the site.</p><a>Join the conversation</a></section>',
            '<aside class="trending"><h3>Trending</h3><ol><li><a>Council approves budget with 4.2 per cent levy increase</a></li>'
            '<li><a>Police seek witnesses after collision on county road</a></li><li><a>Holiday market returns to downtown square</a></li></ol></aside>',
            f'<footer><p>&copy; 2023 {esc(site)}, a division of Postmedia Network Inc. All rights reserved. Unauthorized distribution, transmission or republication strictly prohibited.</p>'
            '<p>This website uses cookies to personalize your content (including ads), and allows us to analyze our traffic. Read more about cookies here. '
            'By continuing to use our site, you agree to our Terms of Service and Privacy Policy.</p></footer>', '</body>', '</html>']


def r_brockville(S):  # Postmedia article page with sections (h2); time only in JSON-LD / meta; visible 'Published Nov 03, 2023'
    site = S["source"]; z = S["zone"]; pub = dt(S["published"], z)
    out = postmedia_head(S, site, "recorder.ca")
    out += ['<main id="main"><article>', '<div class="article-header__category"><a href="/category/news/">News</a> <a href="/category/news/world/">World</a></div>',
            f'<h1 class="article-title">{esc(S["title"])}</h1>', f'<p class="article-subtitle">{esc(S["dek"])}</p>',
            f'<div class="article-header__byline"><span class="published-by__label">Author of the article:</span> '
            f'<span class="published-by__author">{esc(S["byline"])}</span> <span class="published-by__org">{esc(S["byline"])}</span></div>',
            f'<div class="article-header__detail"><span class="published-date">Published {MON3[pub.month - 1]} {pub.day:02d}, {pub.year}</span> '
            f'&nbsp;&bull;&nbsp; <span>Last updated 2 hours ago</span> &nbsp;&bull;&nbsp; <span>4 minute read</span></div>',
            '<a class="comments-link" href="#comments">Join the conversation</a>',
            f'<figure><img src="/wp-content/uploads/2023/11/aftermath.jpg" alt=""><figcaption>{esc(S["caption"])}</figcaption></figure>',
            '<section class="article-content__content-group">', '<p class="article-content__label">Article content</p>']
    for i, e in enumerate(S["entries"]):
        out.append(f"<h2>{esc(e['h'])}</h2>")
        for j, p in enumerate(e["p"]):
            out.append(f"<p>{esc(p)}</p>")
        if i in (0, 2):
            out += [f'<div class="ad__container"><p class="ad__label">Advertisement {i + 2}</p></div>', '<p class="article-content__label">Article content</p>']
    out += ['</section>', '</article></main>'] + postmedia_foot(site)
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_owensound(S):  # Postmedia page carrying a Canadian Press "The latest" file: bare time heads, no headlines, newest first, crosses midnight
    z = S["zone"]; pub = dt(S["published"], z); mod = dt(S["modified"], z)
    L = ["Skip to Content", "Owen Sound Sun Times", "Subscribe", "Sign In",
         "News  Local News  Sports  Opinion  Entertainment  Life  Obituaries  Classifieds  Newsletters  e-Edition", "",
         "News", "World", "", S["title"], "", S["dek"], "", "Author of the article:", S["byline"], S["byline"],
         f"Published {MON3[pub.month - 1]} {pub.day:02d}, {pub.year}  \u2022  Last updated {MON3[mod.month - 1]} {mod.day:02d}, {mod.year}  \u2022  3 minute read",
         "Join the conversation", "", "Article content", "", S["intro"], ""]
    stamps = []
    ds = [dt(e["t"], z) for e in S["entries"]]
    assert ds == sorted(ds, reverse=True)
    for i, e in enumerate(S["entries"]):
        st = ampm(ds[i], dots=True, space=" "); stamps.append(st)
        L += [st, ""] + ptxt(e["p"])
        if i in (1, 4):
            L += [f"Advertisement {i + 2}", "", "Article content", ""]
    L += [f"This report by The Canadian Press was first published {CP_MON[pub.month - 1]} {pub.day}, {pub.year}.", "",
          "Share this article in your social network", "", "Trending", "", "Hospital foundation tops holiday appeal goal",
          "Snow squall warning issued for Grey-Bruce", "Owen Sound council approves harbour study", "",
          "Sign up to receive daily headline news from The Owen Sound Sun Times, a division of Postmedia Network Inc.", "",
          "Comments", "Postmedia is committed to maintaining a lively but civil forum for discussion. Please keep comments relevant and respectful.", "",
          f"\u00a9 {pub.year} Owen Sound Sun Times, a division of Postmedia Network Inc. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_stratford(S):  # reader-view copy of a Postmedia live page: no date line, title names the weekday and day without year;
    # oldest first; "Posted 9:40 a.m." AFTER the headline; agency credit line after the body
    z = S["zone"]
    L = ["stratfordbeaconherald.com", S["title"], S["byline"], "7\u20139 minutes", "", S["dek"], ""]
    stamps = []
    ds = [dt(e["t"], z) for e in S["entries"]]
    assert ds == sorted(ds)
    for i, e in enumerate(S["entries"]):
        st = "Posted " + ampm(ds[i], dots=True, space=" "); stamps.append(st)
        L += [e["h"], st, ""] + ptxt(e["p"])
        if e.get("credit"):
            L += ["\u2014 " + e["credit"], ""]
        if i == 2:
            L += ["Article content", ""]
    L += ["Check back for more updates through the day.", ""]
    return "\n".join(L), stamps


def r_simcoe(S):  # Postmedia live page, HTML: summary box, newest first, <time datetime> '2:20 p.m.' above h3, 'By Reuters' under h3
    site = S["source"]; z = S["zone"]; pub = dt(S["published"], z)
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "@id": "https://www.simcoereformer.ca/news/world/live-russia-ukraine-war-october-9", "name": S["title"], "inLanguage": "en-CA"},
        {"@type": "NewsArticle", "headline": S["title"], "datePublished": pub.isoformat(), "dateModified": dt(S["entries"][0]["t"], z).isoformat(),
         "author": {"@type": "Organization", "name": "Postmedia News"}, "isPartOf": {"@id": "https://www.simcoereformer.ca/news/world/live-russia-ukraine-war-october-9"}}]}
    S2 = dict(S, modified=S["entries"][0]["t"], byline="Postmedia News")
    out = postmedia_head(S2, site, "simcoereformer.ca", extra_ld=ld)
    out += ['<main id="main"><article class="live-blog">', '<div class="article-header__category"><a>News</a> <a>World</a></div>',
            '<span class="live-badge">LIVE</span>', f'<h1 class="article-title">{esc(S["title"])}</h1>',
            '<div class="article-header__byline"><span class="published-by__label">Author of the article:</span> <span>Postmedia News</span></div>',
            f'<div class="article-header__detail"><span>Published {MON3[pub.month - 1]} {pub.day:02d}, {pub.year}</span> &nbsp;&bull;&nbsp; <span>Last updated 1 hour ago</span></div>',
            '<div class="summary-box"><h2>What you need to know</h2><ul>'] + [f"<li>{esc(b)}</li>" for b in S["summary"]] + ['</ul></div>']
    stamps = []
    ds = [dt(e["t"], z) for e in S["entries"]]
    assert ds == sorted(ds, reverse=True)
    for i, e in enumerate(S["entries"]):
        st = ampm(ds[i], dots=True, space=" "); stamps.append(st)
        out.append(f'<div class="live-post" id="post-{len(ds) - i}"><p class="live-post__time"><time datetime="{ds[i].isoformat()}">{st}</time></p>')
        out.append(f'<h3 class="live-post__title">{esc(e["h"])}</h3>')
        if e["a"]:
            out.append(f'<p class="live-post__byline">By {esc(e["a"])}</p>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append('<div class="live-post__share"><a>Share</a> <a>Copy link</a></div></div>')
        if i == 3:
            out.append('<div class="ad__container"><p class="ad__label">Advertisement 3</p></div>')
    out += ['</article></main>'] + postmedia_foot(site)
    return "\n".join(out) + "\n", stamps


def r_welland(S):  # Torstar (Metroland) article scrape: 'Sun., Sept. 17, 2023timer4 min. read', 'UpdatedSept. 17, 2023 at 4:12 p.m.'
    z = S["zone"]; up = dt(S["updated"], z)
    dline = f"{DAYS[up.weekday()][:3]}., {CP_MON[up.month - 1]} {up.day}, {up.year}"
    L = ["Skip to main content", "Welland Tribune", "Subscribe  Log in", "", "Local  Canada  World  Business  Sports  Entertainment  Life  Opinion  Obituaries  e-Edition", "",
         "World", "", S["title"], "", f"By {S['byline']}", f"{dline}timer4 min. read",
         f"Updated{CP_MON[up.month - 1]} {up.day}, {up.year} at {ampm(up, dots=True, space=' ')}", "", "Save", "Share", ""]
    for i, e in enumerate(S["entries"]):
        if e["h"]:
            L += [e["h"], ""]
        L += ptxt(e["p"])
        if i == 1:
            L += ["ADVERTISEMENT", ""]
    L += ["Report an error", "Journalistic Standards", "About The Welland Tribune", "", "More from The Welland Tribune", "",
          "Port Colborne marina season wraps up early", "Niagara region weighs transit merger costs", "",
          "Conversations are opinions of our readers and are subject to the Code of Conduct. The Welland Tribune does not endorse these opinions."]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_niagara(S):  # Torstar topic page, HTML cards: label, h3, summary, byline, <time datetime> with date-only visible text
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en">', '<head>', '<meta charset="utf-8">', f'<title>{esc(S["title"])} | Niagara Falls Review</title>', '</head>', '<body>',
           '<a class="skip" href="#main">Skip to main content</a>',
           '<header class="site-header"><a class="logo" href="/">Niagara Falls Review</a><nav><a>Local</a> <a>Canada</a> <a>World</a> <a>Business</a> '
           '<a>Sports</a> <a>Entertainment</a> <a>Opinion</a> <a>Obituaries</a></nav><a class="btn">Subscribe</a> <a class="btn">Log in</a></header>',
           f'<main id="main"><h1 class="topic-title">{esc(S["title"])}</h1>', f'<p class="topic-desc">{esc(S["desc"])}</p>', '<div class="card-list">']
    stamps = []
    ds = [dt(e["t"], z) for e in S["entries"]]
    assert ds == sorted(ds, reverse=True)
    for i, e in enumerate(S["entries"]):
        d = ds[i]; st = f"{CP_MON[d.month - 1]} {d.day}, {d.year}"; stamps.append(st)
        out += [f'<article class="c-card"><span class="c-card__label">{esc(e.get("cat", "World"))}</span>',
                f'<h3 class="c-card__headline"><a href="/news/world/{slug(e["h"])}.html">{esc(e["h"])}</a></h3>']
        out += [f'<p class="c-card__summary">{esc(p)}</p>' for p in e["p"]]
        out += [f'<p class="c-card__byline">By {esc(e["a"])}</p>', f'<time class="c-card__date" datetime="{d.isoformat()}">{st}</time>', '</article>']
        if i == 2:
            out.append('<div class="newsletter-promo"><p>Get the latest from the Review in your inbox.</p><a>Sign up for our newsletters</a></div>')
        if i == 4:
            out.append('<div class="ad"><p>ADVERTISEMENT</p></div>')
    out += ['</div><button class="load-more">Load more</button></main>',
            '<footer><p>&copy; Copyright 2023 Niagara Falls Review. All rights reserved.</p><p>Terms of Use | Privacy Policy | Accessibility</p></footer>', '</body>', '</html>']
    return "\n".join(out) + "\n", stamps


def r_capebreton(S):  # SaltWire section listing (World), HTML; 'Oct. 3, 2023, 2:47 p.m.' with no zone (Atlantic time implied)
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en">', '<head>', '<meta charset="utf-8">', f'<title>{esc(S["title"])} | Cape Breton Post</title>', '</head>', '<body>',
           '<div class="sw-cookie">SaltWire uses cookies to improve your experience. <a>Learn more</a> <button>OK</button></div>',
           '<header class="sw-header"><a class="sw-brand" href="/">SaltWire</a> <span class="sw-pub">Cape Breton Post</span>'
           '<nav><a>NEWS</a> <a>SPORTS</a> <a>OPINION</a> <a>LIFE</a> <a>BUSINESS</a> <a>OBITUARIES</a> <a>E-EDITION</a></nav>'
           '<a class="sw-btn">SUBSCRIBE</a> <a class="sw-btn">SIGN IN</a></header>',
           f'<main><h1 class="sw-section-title">{esc(S["title"])}</h1>']
    stamps = []
    ds = [dt(e["t"], z) for e in S["entries"]]
    assert ds == sorted(ds, reverse=True)
    for i, e in enumerate(S["entries"]):
        d = ds[i]; st = f"{CP_MON[d.month - 1]} {d.day}, {d.year}, {ampm(d, dots=True, space=' ')}"; stamps.append(st)
        out += ['<div class="sw-card">', f'<a class="sw-card__kicker">{esc(e.get("cat", "WORLD"))}</a>',
                f'<h2 class="sw-card__title"><a href="/news/world/{slug(e["h"])}">{esc(e["h"])}</a></h2>']
        out += [f'<p class="sw-card__dek">{esc(p)}</p>' for p in e["p"]]
        out += [f'<div class="sw-card__meta"><span class="sw-card__author">{esc(e["a"])}</span> | <span class="sw-card__date">{st}</span></div>', '</div>']
        if i == 3:
            out.append('<div class="sw-promo"><p>Stay informed with SaltWire newsletters</p><a>Sign up</a></div>')
    out += ['<a class="sw-more">MORE WORLD NEWS</a></main>',
            '<footer><p>&copy; 2023 SaltWire Network Inc. All rights reserved.</p><p>About Us | Contact Us | Privacy Policy | Terms of Use</p></footer>', '</body>', '</html>']
    return "\n".join(out) + "\n", stamps


def r_juneau(S):  # Sound Publishing section listing, text scrape: 'By Associated Press • Tuesday, December 19, 2023 3:50pm'
    z = S["zone"]
    L = ["Juneau Empire", "Subscribe  Today's Paper  Sign in", "34\u00b0 Light Snow", "",
         "News  Sports  Opinion  Neighbors  Capital City Weekly  Nation-World  Obituaries  Classifieds  Jobs", "",
         "This website uses cookies to improve your experience. By continuing you agree to our use of cookies.  Accept", "", S["title"], ""]
    stamps = []
    ds = [dt(e["t"], z) for e in S["entries"]]
    assert ds == sorted(ds, reverse=True)
    for i, e in enumerate(S["entries"]):
        d = ds[i]; st = f"{DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year} {ampm(d)}"; stamps.append(st)
        L += [e["h"], f"By {e['a']} \u2022 {st}", ""] + ptxt(e["p"])
        if i == 2:
            L += ["Sign up for our newsletter", "Get the Juneau Empire's top headlines delivered to your inbox.", ""]
    L += ["Load More", "", "\u00a9 2023, Juneau Empire and Sound Publishing, Inc.", "Terms of Use  Privacy Policy  Contact Us"]
    return "\n".join(L) + "\n", stamps


def r_fairbanks(S):  # TownNews BLOX RSS: 'RSS Results' channel title, pubDate in Alaska offset, dc:creator in caps + agency, enclosure
    z = S["zone"]
    ds = [dt(e["t"], z) for e in S["entries"]]
    assert ds == sorted(ds, reverse=True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:georss="http://www.georss.org/georss" xmlns:media="http://search.yahoo.com/mrss/">',
           '<channel>', f'<title>{esc(S["title"])}</title>',
           '<link>https://www.newsminer.com/search/?f=rss&amp;t=article&amp;c=news/nation_and_world&amp;l=50&amp;s=start_time&amp;sd=desc</link>',
           '<atom:link href="https://www.newsminer.com/search/?f=rss&amp;t=article&amp;c=news/nation_and_world&amp;l=50&amp;s=start_time&amp;sd=desc" rel="self" type="application/rss+xml" />',
           '<description>Fairbanks Daily News-Miner</description>', '<generator>TNCMS 1.71.1</generator>', '<docs>http://www.rssboard.org/rss-specification</docs>', '<ttl>30</ttl>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        st = rfc822(ds[i]); stamps.append(st)
        url = f"https://www.newsminer.com/news/nation_and_world/{slug(e['h'])}/article_{(0x5a3c10 + 7919 * i):x}-1c2d-11ee-9b1a-0f3e{i:08x}.html"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<description>{esc(" ".join(e["p"]))}</description>', f'<pubDate>{st}</pubDate>',
                f'<guid isPermaLink="false">{url}</guid>', f'<link>{url}</link>', f'<dc:creator>{esc(e["creator"])}</dc:creator>',
                f'<enclosure url="https://bloximages.newyork1.vip.townnews.com/newsminer.com/content/tncms/assets/v3/editorial/{i}/a{i}/photo.jpg" length="{180000 + i * 911}" type="image/jpeg" />',
                '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


# ============================================================ Part B renderers (invented outlets)

def r_fennerby(S):  # text live, newest first, 'Key Points' bullets, '18:10 BST' line before the headline, 'Posted by NAME' after the body
    z = S["zone"]
    L = ["FENNERBY GAZETTE", "News | Ukraine | Politics | Business | Sport | Puzzles", "Cookies help us run this site.  Accept all  |  Manage preferences", "",
         S["title"], S["dateline"], "", "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Refresh for the latest", ""]
    stamps = []
    ds = [dt(e["t"], z) for e in S["entries"]]
    assert ds == sorted(ds, reverse=True)
    for i, e in enumerate(S["entries"]):
        st = f"{ds[i]:%H:%M} BST"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"Posted by {e['a']}", ""]
        if i == 2:
            L += ["ADVERTISEMENT", "", "Read more: How full are Europe's gas stores as winter nears?", ""]
    L += ["Show older posts", "", "\u00a9 Fennerby Gazette Ltd  \u00b7  Terms  \u00b7  Privacy  \u00b7  Complaints"]
    return "\n".join(L) + "\n", stamps


def r_cobblestow(S):  # HTML live, OLDEST first, LiveBlogPosting JSON-LD with per-update times, <time datetime> '08:40', author under h2
    z = S["zone"]
    ds = [dt(e["t"], z) for e in S["entries"]]
    assert ds == sorted(ds)
    ups = []
    for i, e in enumerate(S["entries"]):
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#update-{i + 1}", "headline": e["h"], "datePublished": ds[i].isoformat()}
        if e["p"]:
            u["articleBody"] = "\n\n".join(e["p"])
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": ds[0].isoformat(),
          "dateModified": ds[-1].isoformat(), "coverageStartTime": ds[0].isoformat(), "coverageEndTime": ds[-1].replace(hour=23, minute=59).isoformat(),
          "publisher": {"@type": "Organization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en">', '<head>', '<meta charset="utf-8">', f'<title>{esc(S["title"])} | {esc(S["source"])}</title>', ld_script(ld), '</head>', '<body>',
           f'<header><a class="brand" href="/">{esc(S["source"])}</a> <nav><a>Ukraine</a> <a>Europe</a> <a>Explainers</a> <a>Support us</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        st = f"{ds[i]:%H:%M}"; stamps.append(st)
        out.append(f'<article class="update" id="update-{i + 1}"><time datetime="{ds[i].isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="author">{esc(e["a"])}</p>')
        if not e["p"]:
            out.append('<div class="video-embed" data-src="https://video.example/cobblestow/clip-2611"></div>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append('<footer class="update-tools"><a>Copy link</a></footer></article>')
        if i == 3:
            out.append('<aside class="donate"><p>Our reporters work on both sides of the Dnipro. Help keep them there.</p><a>Donate</a></aside>')
    out += ['</main>', f'<footer>{esc(S["source"])} \u00b7 Editorial policy \u00b7 Privacy</footer>', '</body>', '</html>']
    return "\n".join(out) + "\n", stamps


def r_rss_world(S):  # general world-news RSS 2.0; pubDate 'GMT' or a numeric offset; newest first; no authors
    z = S["zone"]
    ds = [dt(e["t"], z) for e in S["entries"]]
    assert ds == sorted(ds, reverse=True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', '<channel>', f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>',
           f'<description>{esc(S["desc"])}</description>', '<language>en</language>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        st = rfc822(ds[i].astimezone(UTC), "GMT") if S["rfc"] == "GMT" else rfc822(ds[i]); stamps.append(st)
        body = ("<![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]>") if S.get("cdata") else esc(" ".join(e["p"]))
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{S["url"]}/news/{80400 + 13 * i}</link>', f'<guid isPermaLink="true">{S["url"]}/news/{80400 + 13 * i}</guid>',
                f'<pubDate>{st}</pubDate>', f'<category>{esc(e.get("cat", "World"))}</category>', f'<description>{body}</description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_drumlow(S):  # text article with section headings; one dateline 'DD Month YYYY, HH:MM CEST'; page byline
    L = ["DRUMLOW COURIER", "Europe \u203a Ukraine", "", S["title"], "", f"By {S['byline']}", S["dateline"], "", S["lede"], ""]
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
    L += ["Related coverage", "- " + S["related"], "", "Share: Email | X | Facebook", "\u00a9 Drumlow Courier"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_yelland(S):  # text live, OLDEST first, stamp glued to the headline '07.20 \u2013 Headline', 'By NAME' after the body, date line without year
    z = S["zone"]
    ds = [dt(e["t"], z) for e in S["entries"]]
    assert ds == sorted(ds)
    L = ["Yelland Bay Chronicle", "Home  World  Ukraine  Opinion  Newsletters", "", S["title"], S["dateline"], "Times are CEST", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        st = f"{ds[i]:%H.%M}"; stamps.append(st)
        L += [f"{st} \u2013 {e['h']}", ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"By {e['a']}", ""]
        if i == 2:
            L += ["Sign up for our morning briefing", ""]
    L += ["This live page is now closed. Coverage continues tomorrow.", "", "Yelland Bay Chronicle \u00b7 Terms \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_gorsedale(S):  # Atom 1.0 agency wire; +03:00 offsets; per-entry author; escaped HTML content; newest first
    z = S["zone"]
    ds = [dt(e["t"], z) for e in S["entries"]]
    assert ds == sorted(ds, reverse=True)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["desc"])}</subtitle>', f'<link rel="alternate" href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/feed.atom"/>',
           f'<id>{S["url"]}/feed.atom</id>', f'<updated>{iso(ds[0])}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        st = iso(ds[i]); stamps.append(st)
        out += ['<entry>', f'<title type="text">{esc(e["h"])}</title>', f'<link rel="alternate" href="{S["url"]}/wire/{27100 + i}"/>',
                f'<id>tag:gorsedale.example,2023:wire-{27100 + i}</id>', f'<published>{st}</published>', f'<updated>{st}</updated>',
                f'<author><name>{esc(e["a"])}</name></author>', '<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>', '</entry>']
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_lanyon(S):  # HTML listing with relative ages ('45 minutes ago') under a printed 'Page updated ...' line; newest first
    z = S["zone"]; anchor = dt(S["anchor"], z)
    ds = [dt(e["t"], z) for e in S["entries"]]
    assert ds == sorted(ds, reverse=True)
    out = ['<!DOCTYPE html>', '<html lang="en">', '<head>', '<meta charset="utf-8">', f'<title>{esc(S["title"])} \u2013 Lanyon Ridge Herald</title>', '</head>', '<body>',
           '<header><a class="brand">Lanyon Ridge Herald</a> <nav><a>Poland</a> <a>Ukraine</a> <a>Europe</a> <a>Business</a> <a>Culture</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="updated">Page updated {anchor.day} {MONTHS[anchor.month - 1]} {anchor.year}, {anchor:%H:%M} CEST</p>', '<section class="stories">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        mins = int((anchor - ds[i]).total_seconds() // 60)
        st = f"{mins} minutes ago" if mins < 60 else (f"{mins // 60} hours ago" if mins % 60 == 0 else None)
        assert st, "relative ages must be whole hours"
        if st == "1 hours ago":
            st = "1 hour ago"
        stamps.append(st)
        by = f'<span class="by">{esc(e["a"])}</span> \u00b7 ' if e["a"] else ""
        out += ['<div class="story">', f'<h3><a href="/ukraine/{slug(e["h"])}">{esc(e["h"])}</a></h3>', f'<p class="meta">{by}<span class="ago">{st}</span></p>']
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append('</div>')
        if i == 1:
            out.append('<div class="promo"><p>Newsletter: the week in Central Europe, every Friday.</p><a>Subscribe</a></div>')
    out += ['</section>', '<a class="more">Older stories</a></main>', '<footer>Lanyon Ridge Herald \u00b7 Imprint \u00b7 Data protection</footer>', '</body>', '</html>']
    return "\n".join(out) + "\n", stamps


def r_whistlecombe(S):  # text live, newest first; headline, body, then trailing 'Filed 7.20pm by NAME'
    z = S["zone"]
    ds = [dt(e["t"], z) for e in S["entries"]]
    assert ds == sorted(ds, reverse=True)
    L = ["WHISTLECOMBE TIMES", "World  UK  Business  Ukraine war  Weather", "", S["title"], S["dateline"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        st = "Filed " + ampm(ds[i], sep=".") + (f" by {e['a']}" if e["a"] else ""); stamps.append(st)
        L += [e["h"], ""] + ptxt(e["p"]) + [st, ""]
        if i == 3:
            L += ["Most read", "1. Rail fares to rise in March", "2. Winter fuel payments: who qualifies", ""]
    L += ["You have reached the earliest update.", "", "Whistlecombe Times \u00b7 Contact \u00b7 Privacy \u00b7 Cookies"]
    return "\n".join(L) + "\n", stamps


def r_peverstone(S):  # HTML live, newest first; JSON-LD @graph, @type array, liveBlogUpdate list; visible <span class="time">HH:MM</span>
    z = S["zone"]
    ds = [dt(e["t"], z) for e in S["entries"]]
    assert ds == sorted(ds, reverse=True)
    ups = [{"@type": "BlogPosting", "headline": e["h"], "datePublished": ds[i].isoformat(), "articleBody": " ".join(e["p"]),
            **({"author": {"@type": "Person", "name": e["a"]}} if e["a"] else {})} for i, e in enumerate(S["entries"])]
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "Organization", "@id": "https://peverstone.example/#org", "name": S["source"]},
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"], "headline": S["title"], "datePublished": ds[-1].isoformat(),
         "dateModified": ds[0].isoformat(), "coverageStartTime": ds[-1].isoformat(), "publisher": {"@id": "https://peverstone.example/#org"}, "liveBlogUpdate": ups}]}
    out = ['<!DOCTYPE html>', '<html lang="en">', '<head>', '<meta charset="utf-8">', f'<title>{esc(S["title"])}</title>', ld_script(ld), '</head>', '<body>',
           f'<header>{esc(S["source"])} <nav><a>Front</a> <a>War</a> <a>Reconstruction</a> <a>Opinion</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="date">{esc(S["dateline"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        st = f"{ds[i]:%H:%M}"; stamps.append(st)
        out.append(f'<div class="post"><span class="time">{st}</span><h3>{esc(e["h"])}</h3>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="sig">\u2014 {esc(e["a"])}</p>')
        out.append('</div>')
    out += ['</main>', f'<footer>{esc(S["source"])} \u00b7 About \u00b7 Privacy</footer>', '</body>', '</html>']
    return "\n".join(out) + "\n", stamps


def r_atom_world(S):  # general world-news Atom, Z times, no authors, plain-text content
    z = S["zone"]
    ds = [dt(e["t"], z) for e in S["entries"]]
    assert ds == sorted(ds, reverse=True)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f'<title>{esc(S["title"])}</title>',
           f'<link href="{S["url"]}"/>', f'<id>{S["url"]}/atom</id>', f'<updated>{iso(ds[0])}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        st = iso(ds[i]); stamps.append(st)
        out += ['<entry>', f'<title>{esc(e["h"])}</title>', f'<link href="{S["url"]}/item/{5510 + i}"/>', f'<id>{S["url"]}/item/{5510 + i}</id>',
                f'<published>{st}</published>', f'<updated>{st}</updated>', f'<content type="text">{esc(" ".join(e["p"]))}</content>', '</entry>']
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_elderwick(S):  # text article: 'Published: 28.11.2023, 18:25 CET', 'Author: NAME', sections
    L = ["Elderwick Monitor", "Central Europe \u00b7 Ukraine \u00b7 Economy \u00b7 Opinion", "", S["title"], S["dateline"], f"Author: {S['byline']}", "", S["lede"], ""]
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
    L += ["Tags: Ukraine, Cherson, NATO, energy", "Comments (4)", "", "Elderwick Monitor \u00b7 Imprint"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_garrowby(S):  # HTML listing, US Eastern; <time datetime> with visible 'Nov. 28, 2023 5:50 p.m. ET'; byline per card
    z = S["zone"]
    ds = [dt(e["t"], z) for e in S["entries"]]
    assert ds == sorted(ds, reverse=True)
    out = ['<!DOCTYPE html>', '<html lang="en-US">', '<head>', '<meta charset="utf-8">', f'<title>{esc(S["title"])} | Garrowby Signal</title>', '</head>', '<body>',
           '<header><a class="logo">Garrowby Signal</a> <nav><a>Nation</a> <a>World</a> <a>Politics</a> <a>Business</a> <a>Sports</a></nav> <a>Subscribe</a></header>',
           f'<main><h1>{esc(S["title"])}</h1>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = ds[i]; st = f"{CP_MON[d.month - 1]} {d.day}, {d.year} {ampm(d, dots=True, space=' ')} ET"; stamps.append(st)
        out += ['<article class="card">', f'<h2><a href="/world/{slug(e["h"])}">{esc(e["h"])}</a></h2>']
        if e["a"]:
            out.append(f'<div class="byline">By {esc(e["a"])}</div>')
        out.append(f'<time datetime="{d.isoformat()}">{st}</time>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append('</article>')
    out += ['</main>', '<footer>\u00a9 Garrowby Signal Media \u00b7 Terms \u00b7 Privacy \u00b7 Do Not Sell My Info</footer>', '</body>', '</html>']
    return "\n".join(out) + "\n", stamps


# ============================================================ data table
SEEDS = []

# ---------------------------------------------------------------- Part A
SEEDS.append(dict(id="8000", name="8000_thewhig-tagfeed", ext="xml", source="Kingston Whig-Standard", zone="America/Toronto", render=r_whig,
  title="Russia-Ukraine war | The Kingston Whig-Standard",
  basis="pubDate '{s}' (explicit +0000, i.e. UTC); Kingston local time EST = UTC-5",
  notes="Postmedia WordPress tag feed (RSS 2.0), newest first. pubDate in +0000; dc:creator per item gives agency credits (Associated Press, Reuters, The Canadian Press) or the local reporter. Each item carries an excerpt in <description> (first 32 words + ' [&#8230;]') and the full text in <content:encoded>; the body is the content:encoded paragraphs. Titles use WordPress entities (&#8217;). Entry 02 is a local Kingston volunteer drive (humanitarian support sent to Ukraine -> aid).",
  not_entries=["channel title/link/description/lastBuildDate/language/generator", "sy:updatePeriod / sy:updateFrequency", "per-item <comments>, <category>, <guid>, <slash:comments>", "per-item <description> excerpt (a truncated copy of the body, not a separate entry)"],
  entries=[
  E("2023-12-16 17:55", "Shelling kills two in Kherson as Russian guns keep up pressure on city",
    ["Russian artillery fire killed two people and wounded five others in Kherson on Saturday, the head of the regional military administration said.",
     "One shell landed near a bus stop in the Dniprovskyi district in the early afternoon, he said, and another damaged a block of flats and a pharmacy.",
     "Kherson, retaken by Ukrainian troops in November of last year, lies within range of Russian guns on the opposite bank of the Dnipro River."],
    "strikes", "strikes", 3, "kherson-shelling-2023-12-16", a="Associated Press"),
  E("2023-12-16 14:20", "Kingston volunteers pack 400 winter kits bound for front-line towns in Ukraine",
    ["Volunteers from Kingston\u2019s Ukrainian community spent Saturday filling boxes with thermal socks, hand warmers and candles for families living near the front in eastern Ukraine.",
     "Organizers said the 400 kits will be flown to Poland next week and driven across the border by a partner charity.",
     "\u201cPeople there are heading into a second winter with broken windows and no heat,\u201d said one of the organizers, Oksana Deneka, who came to Kingston from Kharkiv last year."],
    "aid", "aid", 2, "kingston-winter-kits-ukraine", a="Marnie Ellsworth", n="Private humanitarian drive for Ukraine: aid (not off-beat), importance 2.", cat="Local News"),
  E("2023-12-16 11:05", "Orb\u00e1n says Hungary will keep blocking EU\u2019s 50-billion-euro package for Ukraine",
    ["Hungarian Prime Minister Viktor Orb\u00e1n said on Saturday his government would not lift its veto on a long-term European Union financial package for Kyiv unless the plan was rewritten.",
     "Speaking in an interview a day after the leaders of the other 26 member states failed to win him over, Orb\u00e1n said the money should come from national budgets rather than joint EU borrowing.",
     "EU officials say they are preparing a fallback arrangement so that payments to Ukraine can start early next year even without Hungary."],
    "aid", "aid", 3, "orban-blocks-eu-ukraine-package-2023-12-16", a="Reuters", sec=["diplomacy"], n="Funding debate led by a head of government -> aid primary, diplomacy secondary, importance 3."),
  E("2023-12-16 08:30", "Ukraine says air defences shot down 30 of 31 attack drones overnight",
    ["Ukraine\u2019s air force said Saturday that it had destroyed 30 of 31 Iranian-designed Shahed drones that Russia launched overnight at several regions.",
     "Falling debris damaged two private homes and a farm building in the Khmelnytskyi region, local officials said, but no one was hurt."],
    "strikes", "strikes", 2, "overnight-drone-attack-2023-12-16", a="Associated Press"),
  E("2023-12-16 05:45", "Ukrainian commander says Russian troops push into Avdiivka\u2019s industrial zone",
    ["A Ukrainian brigade commander said on Saturday that Russian units had gained a foothold in the industrial zone on the southern edge of Avdiivka after weeks of costly assaults.",
     "He said his troops were holding the coke plant to the north and that Russian armour losses near the town were heavy, a claim Reuters could not verify."],
    "other", "frontline", 2, "avdiivka-industrial-zone-2023-12-16", a="Reuters"),
  E("2023-12-16 00:30", "Ottawa adds 11 Russian officials to sanctions list over deported children",
    ["Canada has imposed sanctions on 11 Russian officials it says were involved in the removal of Ukrainian children to Russia and to Russian-occupied territory.",
     "Foreign Affairs Minister M\u00e9lanie Joly said in a statement that the forced transfer of children was a grave violation of international law."],
    "diplomacy", "diplomacy", 2, "canada-sanctions-deported-children-2023-12-16", a="The Canadian Press", cat="Canada",
    n="Sanctions -> diplomacy. 00:30 EST is already 05:30 UTC on 16 Dec."),
  ]))

SEEDS.append(dict(id="8001", name="8001_recorder-article", ext="html", source="Brockville Recorder and Times", zone="America/Toronto", render=r_brockville,
  title="Russian missile strike on award ceremony kills Ukrainian soldiers, officials say",
  dek="Kyiv says a brigade had gathered near the front for a medal presentation when the missile hit",
  byline="Associated Press", published="2023-11-03 15:42", modified="2023-11-03 17:10",
  caption="Rescuers work at the scene of an earlier strike in the Zaporizhzhia region. Photo by Evan Doral /The Associated Press",
  basis="no per-section time; the article's JSON-LD datePublished / article:published_time ({d} 15:42 EDT, UTC-4) is used for every section; the visible line prints only 'Published Nov 03, 2023'",
  notes="Postmedia article page (wire story) with five h2 sections; one entry per section, headline = the h2, stamp null. The visible header prints only 'Published Nov 03, 2023' and a relative 'Last updated 2 hours ago'; the time comes from the JSON-LD NewsArticle datePublished and the article:published_time meta (2023-11-03T15:42:00-04:00). Page byline 'Associated Press' (printed twice: author and organisation) is the author of every section. Sections 01 and 02 are the same event (the strike and the minister's inquiry into it).",
  not_entries=["'Skip to Content' and the site header/menu/Subscribe/Sign In", "category breadcrumb 'News World'", "h1 title (page_title) and the subtitle/dek", "'Author of the article:' byline block", "'Published Nov 03, 2023 \u2022 Last updated 2 hours ago \u2022 4 minute read' line", "'Join the conversation' link", "photo caption", "'Article content' labels", "'Advertisement 2' / 'Advertisement 4' markers", "share bar, newsletter sign-up, comments policy, Trending list, footer/cookie text"],
  entries=[
  E("2023-11-03 15:42", "Soldiers gathered for medals",
    ["A Russian missile struck soldiers of a Ukrainian mechanized brigade who had lined up for an awards ceremony in the Zaporizhzhia region on Friday, killing more than a dozen of them, Ukrainian officials said.",
     "Video shared by Russian military bloggers appeared to show a ballistic missile hitting an open area near a village several kilometres behind the front line.",
     "Ukraine\u2019s military did not immediately give a death toll, but a lawmaker from the region said the soldiers had been ordered to assemble in the open despite the risk."],
    "strikes", "strikes", 3, "zaporizhzhia-award-ceremony-strike-2023-11-03", a="Associated Press"),
  E("2023-11-03 15:42", "Minister orders inquiry",
    ["Defence Minister Rustem Umerov said a criminal investigation had been opened to establish who decided to gather the soldiers in one place.",
     "He called the deaths a tragedy that could have been avoided and said those responsible would be held to account."],
    "strikes", "strikes", 2, "zaporizhzhia-award-ceremony-strike-2023-11-03", a="Associated Press", n="Official reaction whose content is the strike -> same story; secondary angle, importance 2."),
  E("2023-11-03 15:42", "Pressure around Avdiivka",
    ["Further east, Ukraine\u2019s military said it had repelled 14 Russian attacks around Avdiivka over the previous day.",
     "Moscow launched a large push to encircle the town in mid-October and has lost large numbers of armoured vehicles in the fields around it, according to Ukrainian and Western estimates."],
    "other", "frontline", 2, "avdiivka-assaults-2023-11-03", a="Associated Press"),
  E("2023-11-03 15:42", "Drones over Russian border regions",
    ["Russia\u2019s defence ministry said its air defences destroyed five Ukrainian drones over the Kursk and Belgorod regions overnight.",
     "The governor of Kursk said a power line was damaged near the border, leaving several villages without electricity for a few hours."],
    "strikes", "strikes", 2, "drones-kursk-belgorod-2023-11-03", a="Associated Press"),
  E("2023-11-03 15:42", "Aid fight in Washington",
    ["In Washington, the Republican-controlled House of Representatives passed a bill on Thursday that would send billions of dollars to Israel but leaves out Ukraine.",
     "The White House has said the president would veto the measure and wants Israel and Ukraine funding handled together, along with money for border security."],
    "aid", "aid", 2, "house-israel-only-aid-bill-2023-11-02", a="Associated Press"),
  ]))

SEEDS.append(dict(id="8002", name="8002_owensoundsuntimes-latest", ext="txt", source="Owen Sound Sun Times", zone="America/Toronto", render=r_owensound,
  title="The latest: U.S. Senate vote leaves Ukraine aid in limbo; drones target Kyiv overnight",
  dek="Developments in Russia\u2019s war in Ukraine and the aid fight in Washington",
  byline="The Canadian Press", published="2023-12-06 19:45", modified="2023-12-07 13:35",
  intro="The latest on Russia's war in Ukraine and the debate in Washington over new aid for Kyiv (all times Eastern):",
  basis="bare time head '{s}' under '(all times Eastern)'; date from the newest-first order between 'Published Dec 06, 2023' and 'Last updated Dec 07, 2023' (midnight crossing between the 12:40 a.m. and 10:55 p.m. items); local {d}, EST = UTC-5",
  notes="Postmedia article page carrying a Canadian Press 'The latest' file: items have NO headline, only a bare time head ('1:35 p.m.') followed by body paragraphs; newest first. The page prints 'Published Dec 06, 2023' and 'Last updated Dec 07, 2023'; the first three items are 7 Dec (local), and after '12:40 a.m.' the next head '10:55 p.m.' belongs to 6 Dec (midnight crossing). All seven are on 7 Dec UTC (EST = UTC-5). Page byline 'The Canadian Press' for every item. Entries 05-07 are the Senate vote and two reactions whose content is the vote (same story); 03-04 are the overnight drone attack on Kyiv.",
  not_entries=["'Skip to Content', masthead, Subscribe/Sign In, menu", "'News' / 'World' breadcrumb", "title line (page_title) and dek", "'Author of the article:' and the doubled byline", "'Published Dec 06, 2023 \u2022 Last updated Dec 07, 2023 \u2022 3 minute read'", "'Join the conversation'", "'Article content' labels", "intro line '(all times Eastern):'", "'Advertisement 3' / 'Advertisement 6' markers", "CP tagline 'This report by The Canadian Press was first published Dec. 6, 2023.'", "share line, Trending list, newsletter sign-up, comments policy, copyright"],
  entries=[
  E("2023-12-07 13:35", None,
    ["Ukrainian Prime Minister Denys Shmyhal says his government has a plan to keep paying pensions and public salaries in January even if Western budget support is delayed.",
     "Shmyhal told a government meeting in Kyiv that the cabinet had drawn up a list of spending cuts that would take effect only if the money failed to arrive. Ukraine relies on foreign loans and grants to cover roughly half of its budget."],
    "aid", "aid", 2, "shmyhal-budget-support-plan-2023-12-07", a="The Canadian Press"),
  E("2023-12-07 11:20", None,
    ["Canada will put $15 million toward a coalition of countries buying drones and counter-drone equipment for Ukraine, Defence Minister Bill Blair said Thursday.",
     "Blair made the announcement after a video call with allied defence ministers. The money goes to a fund run by Latvia, which leads the coalition."],
    "aid", "aid", 2, "canada-drone-coalition-contribution-2023-12-07", a="The Canadian Press"),
  E("2023-12-07 08:05", None,
    ["Officials in Kyiv say falling debris from drones shot down over the city damaged a school roof and three parked cars in the Darnytskyi district.",
     "No one was injured, the head of the city's military administration wrote on Telegram."],
    "strikes", "strikes", 2, "kyiv-overnight-drone-attack-2023-12-07", a="The Canadian Press"),
  E("2023-12-07 00:40", None,
    ["Ukraine's air force says Russia launched 18 Shahed-type drones overnight, mostly at the Kyiv region, and that 14 of them were destroyed.",
     "Air raid alerts sounded across the capital for about three hours, starting shortly after 6 a.m. local time."],
    "strikes", "strikes", 2, "kyiv-overnight-drone-attack-2023-12-07", a="The Canadian Press", n="'12:40 a.m.' is 7 Dec local (first item after midnight, reading downwards)."),
  E("2023-12-06 22:55", None,
    ["President Joe Biden accused Senate Republicans of being willing to abandon Ukraine on the battlefield by blocking the package, and urged them to come back to the table.",
     "He said he was open to compromise on border policy, a central Republican demand."],
    "aid", "aid", 3, "us-senate-blocks-ukraine-aid-2023-12-06", a="The Canadian Press", n="'10:55 p.m.' is 6 Dec local = 03:55 UTC on 7 Dec. Head-of-state reaction about the aid vote -> same story."),
  E("2023-12-06 21:30", None,
    ["In his nightly video address, Ukrainian President Volodymyr Zelenskyy said Kyiv was counting on the United States to keep its word and that the Senate outcome was not the final one.",
     "Zelenskyy had been due to speak to U.S. senators by video on Tuesday but cancelled at the last minute."],
    "aid", "aid", 2, "us-senate-blocks-ukraine-aid-2023-12-06", a="The Canadian Press"),
  E("2023-12-06 19:45", None,
    ["A procedural vote to advance a roughly $110-billion package with money for Ukraine, Israel and Taiwan failed in the Senate on Wednesday, with Republicans voting as a bloc against it.",
     "Senate Republicans say they will not support further Ukraine aid until the package includes changes to U.S. border and asylum policy. The vote was 49-51."],
    "aid", "aid", 3, "us-senate-blocks-ukraine-aid-2023-12-06", a="The Canadian Press", n="Oldest item, 6 Dec 19:45 EST = 00:45 UTC on 7 Dec."),
  ]))

SEEDS.append(dict(id="8003", name="8003_beaconherald-readerview", ext="txt", source="Stratford Beacon Herald", zone="America/Toronto", render=r_stratford,
  title="Russia-Ukraine war live, Thursday, Nov. 16: Drones hit Odesa port; Russian artist jailed over price-tag protest",
  byline="Postmedia News", dek="Follow along for the day's developments in Russia's invasion of Ukraine.", parse_args=["--date", "2023-11-16"],
  basis="'{s}' after the headline; the day is the title's 'Thursday, Nov. 16' (no year anywhere: parse_args --date 2023-11-16); no zone printed, Stratford (Ontario) local time implied, EST = UTC-5",
  notes="Reader-view copy (site name, title, byline, reading time, then the text) of a Postmedia live page: no date line, no year and no time zone anywhere. The title names 'Thursday, Nov. 16' (parse_args --date 2023-11-16); times are Ontario local time (EST, UTC-5), implied only by the outlet's home. Oldest first. Each post: headline, then 'Posted 8:25 a.m.' AFTER the headline, body, and sometimes a credit line '\u2014 Reuters' / '\u2014 The Associated Press' (author = the credit; posts without a credit take the page byline 'Postmedia News'). Entry 06 is a video teaser without body for the Odesa port story.",
  not_entries=["'stratfordbeaconherald.com' (reader-view site line)", "title line (page_title)", "byline line 'Postmedia News'", "reading time '7\u20139 minutes'", "dek 'Follow along for the day's developments...'", "credit lines '\u2014 Reuters' / '\u2014 The Associated Press' (authors, not text)", "stray 'Article content' label", "'Check back for more updates through the day.'"],
  entries=[
  E("2023-11-16 08:25", "Drones hit port area in Odesa region",
    ["Russian drones struck port infrastructure in the Odesa region overnight, setting a grain warehouse on fire and injuring three workers, the regional governor said.",
     "Ukraine\u2019s air force said 15 of 18 drones were shot down."],
    "strikes", "strikes", 2, "odesa-port-drone-strike-2023-11-16", a="Reuters", credit="Reuters"),
  E("2023-11-16 09:40", "Ukrainian marines say they are holding ground on the Dnipro\u2019s left bank",
    ["Ukrainian marines who crossed the Dnipro River in the Kherson region are holding several positions near the village of Krynky despite constant shelling, their commander said.",
     "Russian officials have acknowledged the Ukrainian presence on the eastern bank but say the troops are being pushed back."],
    "other", "frontline", 2, "dnipro-left-bank-krynky-2023-11-16", a="The Associated Press", credit="The Associated Press"),
  E("2023-11-16 11:15", "Russian artist sentenced to seven years over anti-war price tags",
    ["A court in Saint Petersburg sentenced artist Alexandra Skochilenko to seven years in prison on Thursday for replacing supermarket price labels with anti-war messages.",
     "Her lawyers said she would appeal. Rights groups say hundreds of Russians have been prosecuted for criticizing the war."],
    "other", "politics", 2, "skochilenko-sentenced-2023-11-16", a="Reuters", credit="Reuters"),
  E("2023-11-16 12:50", "Ottawa funds demining kits for Ukrainian farmers",
    ["The federal government says it will spend $6 million on mine detectors and protective gear for Ukrainian teams clearing farmland of explosives.",
     "Large parts of Ukraine\u2019s most fertile land remain contaminated with mines and unexploded shells, Global Affairs Canada said."],
    "aid", "aid", 2, "canada-demining-funding-2023-11-16", a="Postmedia News", n="No credit line: page byline."),
  E("2023-11-16 14:30", "Two killed as missile hits industrial site in Kryvyi Rih",
    ["A Russian missile slammed into an industrial enterprise in Kryvyi Rih in central Ukraine on Thursday afternoon, killing two employees and wounding four, the city\u2019s military administration said.",
     "Kryvyi Rih, President Volodymyr Zelenskyy\u2019s hometown, has been hit repeatedly since the start of the full-scale invasion."],
    "strikes", "strikes", 3, "kryvyi-rih-missile-strike-2023-11-16", a="The Associated Press", credit="The Associated Press"),
  E("2023-11-16 16:05", "Watch: Firefighters battle warehouse blaze at Odesa port", [],
    "strikes", "strikes", 1, "odesa-port-drone-strike-2023-11-16", a="Postmedia News", n="Video teaser without body -> importance 1; author = page byline (no credit printed)."),
  E("2023-11-16 17:40", "Finland to close four crossings on Russian border",
    ["Finland will close four of its border crossings with Russia from Saturday, the government said, accusing Moscow of steering migrants without proper papers towards the frontier.",
     "The Kremlin denied the accusation and said Helsinki had chosen confrontation."],
    "other", "security", 2, "finland-closes-border-crossings-2023-11-16", a="Reuters", credit="Reuters", n="Hybrid pressure on a NATO neighbour -> other/security."),
  ]))

SEEDS.append(dict(id="8004", name="8004_simcoereformer-live", ext="html", source="Simcoe Reformer", zone="America/Toronto", render=r_simcoe,
  title="Russia-Ukraine war live updates: Missile hits Kharkiv warehouse; heavy fighting near Kupiansk",
  published="2023-10-09 06:00",
  summary=["A Russian missile set a warehouse on fire in Kharkiv, killing one person.",
           "Ukraine\u2019s military reports constant assaults on the Kupiansk front.",
           "Kyiv warns that the war in the Middle East must not drain Western air defence stocks."],
  basis="'{s}' in <time datetime> (-04:00) above the post headline, on {d} (page 'Published Oct 09, 2023'); EDT = UTC-4",
  notes="Postmedia live page (HTML), newest first. A 'What you need to know' summary box of three sentences sits above the posts (not entries, and not a 'Key Points' block of headlines, so key_point is false everywhere). Each post: <time datetime='...-04:00'>2:20 p.m.</time>, h3 headline, 'By Reuters'-style byline (per-post author), body. JSON-LD is a Yoast-like @graph with a NewsArticle and no LiveBlogPosting. Entry 02 is a video teaser ('WATCH:') without body for the Kharkiv warehouse strike. Entry 07 is a local Norfolk County story by a staff reporter.",
  not_entries=["skip link, header, menu, Subscribe/Sign In", "'LIVE' badge", "h1 title (page_title)", "'Author of the article: Postmedia News'", "'Published Oct 09, 2023 \u2022 Last updated 1 hour ago'", "'What you need to know' box and its three bullets (summary, not posts)", "'Share' / 'Copy link' under each post", "'Advertisement 3'", "share bar, newsletter sign-up, comments policy, Trending, footer/cookie text"],
  entries=[
  E("2023-10-09 18:20", "Four children brought back from Russian-held areas, ombudsman says",
    ["Four Ukrainian children who had been taken to Russia or to Russian-occupied territory have been reunited with their families, Ukraine\u2019s human rights ombudsman said, thanking Qatar for its mediation.",
     "Kyiv says nearly 20,000 children have been deported since the invasion began, a figure Moscow disputes."],
    "other", "humanitarian", 2, "children-returned-qatar-mediation-2023-10-09", a="Reuters", sec=["diplomacy"]),
  E("2023-10-09 16:05", "WATCH: Firefighters battle Kharkiv warehouse blaze", [],
    "strikes", "strikes", 1, "kharkiv-warehouse-strike-2023-10-09", n="Video teaser without body -> importance 1."),
  E("2023-10-09 13:45", "Missile strike on Kharkiv warehouse kills one, injures two",
    ["A Russian missile hit a warehouse in Kharkiv on Monday, killing one worker and injuring two others, regional governor Oleh Syniehubov said.",
     "The strike caused a fire that spread over about 1,000 square metres, emergency services said."],
    "strikes", "strikes", 3, "kharkiv-warehouse-strike-2023-10-09", a="The Associated Press"),
  E("2023-10-09 11:30", "Kyiv urges allies not to divert air defence to Middle East",
    ["Ukraine\u2019s foreign ministry urged Western partners on Monday not to let the war between Israel and Hamas reduce the flow of air defence systems and ammunition to Kyiv.",
     "A ministry spokesman said Ukraine understood that allies had new priorities, but that Russian missile attacks would intensify as winter approached."],
    "aid", "aid", 2, "kyiv-air-defence-plea-middle-east-2023-10-09", a="Reuters", n="Appeal for air defence -> aid."),
  E("2023-10-09 09:10", "Russian assaults intensify on Kupiansk front, Ukraine says",
    ["Russian forces have stepped up attacks near Kupiansk in the Kharkiv region, mounting 12 assaults in the past day, a Ukrainian military spokesman said.",
     "He said Ukrainian units had held their positions and were using drones to slow the Russian advance."],
    "other", "frontline", 2, "kupiansk-assaults-2023-10-09", a="Reuters"),
  E("2023-10-09 07:25", "Russia says drones downed over Belgorod and Kursk",
    ["Russian air defences destroyed three Ukrainian drones over the Belgorod and Kursk regions early Monday, the defence ministry in Moscow said.",
     "There were no reports of casualties."],
    "strikes", "strikes", 2, "drones-belgorod-kursk-2023-10-09", a="The Associated Press"),
  E("2023-10-09 06:00", "Norfolk County church hosts Thanksgiving dinner for Ukrainian newcomers",
    ["About 60 Ukrainians who have settled in Norfolk County since fleeing the war were guests at a Thanksgiving dinner at a Simcoe church on Sunday.",
     "Organizers said many of the families were marking the holiday for the first time and had been invited to bring dishes from home as well."],
    "other", "humanitarian", 2, "norfolk-thanksgiving-ukrainian-newcomers", a="Tamsin Braddock", n="War refugees in Canada -> other/humanitarian (about the war's civilians), not off-beat."),
  ]))

SEEDS.append(dict(id="8005", name="8005_wellandtribune-article", ext="txt", source="Welland Tribune", zone="America/Toronto", render=r_welland,
  title="Ukraine says troops have retaken village south of Bakhmut", byline="Reuters", updated="2023-09-17 16:12",
  basis="no per-section time; the article's only printed time 'UpdatedSept. 17, 2023 at 4:12 p.m.' (Niagara local, EDT = UTC-4) is used for every section",
  notes="Torstar/Metroland article page (Reuters wire), text scrape. The date block prints 'Sun., Sept. 17, 2023timer4 min. read' (icon label 'timer' glued) and 'UpdatedSept. 17, 2023 at 4:12 p.m.' (no space after 'Updated'); that is the only time on the page and is used for all entries (stamp null). Entry 01 is the article's lead (dateline 'KYIV \u2014'), which has NO sub-heading: headline null, the article title is page_title. Entries 02-05 are the four sub-headed sections. Entry 02 (Moscow's version) is about the same event as the lead. Spelling 'Zelenskiy' (Reuters style).",
  not_entries=["'Skip to main content', masthead, Subscribe/Log in, menu", "section label 'World'", "title line (page_title)", "'By Reuters'", "'Sun., Sept. 17, 2023timer4 min. read'", "'UpdatedSept. 17, 2023 at 4:12 p.m.'", "'Save' / 'Share'", "'ADVERTISEMENT'", "'Report an error', 'Journalistic Standards', 'About The Welland Tribune'", "'More from The Welland Tribune' and its two local links", "comments code-of-conduct line"],
  entries=[
  E("2023-09-17 16:12", None,
    ["KYIV \u2014 Ukraine\u2019s army said on Sunday its forces had recaptured Klishchiivka, a village on high ground south of the ruined city of Bakhmut, after weeks of fighting.",
     "The army\u2019s ground forces command said several Russian units had been pushed out and that troops were clearing the area of mines.",
     "Reuters could not independently verify the report."],
    "other", "frontline", 3, "klishchiivka-recaptured-2023-09-17", a="Reuters", n="Article lead without a sub-heading -> headline null. A notable territorial gain: importance 3."),
  E("2023-09-17 16:12", "Moscow says attacks repelled",
    ["Russia\u2019s defence ministry made no mention of losing the village and said its troops had repelled Ukrainian attacks near Klishchiivka and neighbouring Andriivka.",
     "Pro-Russian war bloggers, however, said Russian forces had withdrawn to new lines east of the railway."],
    "other", "frontline", 2, "klishchiivka-recaptured-2023-09-17", a="Reuters", n="Counter-claim about the same event -> same story."),
  E("2023-09-17 16:12", "Drones over the south",
    ["Russia launched 24 drones at southern and central Ukraine overnight, and 19 of them were destroyed, the air force said.",
     "A strike on a warehouse in the Odesa region caused a fire that took several hours to put out, regional officials said."],
    "strikes", "strikes", 2, "overnight-drones-south-2023-09-17", a="Reuters"),
  E("2023-09-17 16:12", "Zelenskiy heads to New York",
    ["Zelenskiy is expected to speak at the United Nations General Assembly this week and then travel to Washington for talks with President Joe Biden and members of Congress, officials said.",
     "It will be his first appearance at the annual gathering in person since Russia\u2019s invasion."],
    "diplomacy", "diplomacy", 3, "zelenskiy-unga-washington-trip-2023-09", a="Reuters"),
  E("2023-09-17 16:12", "Grain dispute with neighbours",
    ["Ukraine said it would file a complaint with the World Trade Organization against Poland, Hungary and Slovakia over their decisions to keep banning imports of Ukrainian grain.",
     "The three countries imposed their own bans after the European Commission let an EU-wide restriction expire on Friday."],
    "diplomacy", "diplomacy", 2, "grain-import-bans-dispute-2023-09-17", a="Reuters", n="Inter-government trade dispute caused by the war -> diplomacy."),
  ]))

SEEDS.append(dict(id="8006", name="8006_niagarafallsreview-topic", ext="html", source="Niagara Falls Review", zone="America/Toronto", render=r_niagara,
  title="Russia-Ukraine war", desc="News and analysis on Russia\u2019s invasion of Ukraine.",
  basis="card date '{s}' is date-only; the time comes from its <time datetime> attribute (-04:00, EDT = UTC-4)",
  notes="Torstar topic (tag) page, HTML listing, newest first. Each card: label, h3 headline, one-paragraph summary, 'By ...' byline, and <time datetime='2023-08-19T19:30:00-04:00'>Aug. 19, 2023</time>: the visible stamp is the date only, the time is only in the datetime attribute. Entries 01 and 04 are the same Chernihiv strike (toll five -> seven). Entry 05 is a local Niagara aid story.",
  not_entries=["skip link, header, menu, Subscribe/Log in", "h1 topic title (page_title) and its description line", "card labels ('World', 'Local')", "newsletter promo", "'ADVERTISEMENT'", "'Load more' button", "footer"],
  entries=[
  E("2023-08-19 19:30", "Chernihiv death toll rises to seven after missile strike on city centre",
    ["The number of people killed by a Russian missile that hit a square in the centre of Chernihiv on Saturday morning has risen to seven, including a six-year-old girl, Ukraine\u2019s interior minister said."],
    "strikes", "strikes", 3, "chernihiv-square-missile-strike-2023-08-19", a="The Associated Press"),
  E("2023-08-19 17:10", "Zelenskyy in Sweden as Kyiv seeks Gripen fighter jets",
    ["Ukrainian President Volodymyr Zelenskyy met Swedish Prime Minister Ulf Kristersson near Stockholm on Saturday, saying he hoped Ukrainian pilots could one day fly Swedish-made Gripen jets."],
    "diplomacy", "diplomacy", 3, "zelenskyy-sweden-visit-2023-08-19", a="Reuters", sec=["aid"]),
  E("2023-08-19 14:45", "Russia says drone damaged long-range bomber at Novgorod airfield",
    ["A Ukrainian drone attack on a military airfield in Russia\u2019s Novgorod region set a bomber on fire, Russia\u2019s defence ministry said, adding that guards had spotted the drone and fired on it."],
    "strikes", "strikes", 2, "novgorod-airfield-drone-2023-08-19", a="Reuters"),
  E("2023-08-19 11:20", "Russian missile strikes crowded square in Chernihiv, killing at least five",
    ["A Russian missile struck the main square of the northern city of Chernihiv on Saturday as people were walking to church, killing at least five people and wounding dozens, Ukrainian officials said."],
    "strikes", "strikes", 3, "chernihiv-square-missile-strike-2023-08-19", a="The Associated Press"),
  E("2023-08-19 09:05", "Niagara volunteers send two retired ambulances to western Ukraine",
    ["Two decommissioned ambulances from Niagara are on their way to a hospital in western Ukraine after a local group spent months raising money to refit and ship them."],
    "aid", "aid", 2, "niagara-ambulances-ukraine", a="Corinne Latimer", cat="Local"),
  E("2023-08-19 07:40", "Denmark, Netherlands close to deal on F-16s for Ukraine, officials say",
    ["Denmark and the Netherlands are close to finalizing a plan to give F-16 fighter jets to Ukraine once Ukrainian pilots finish training, officials in both countries said, after Washington cleared the transfer."],
    "aid", "aid", 2, "f16-transfer-denmark-netherlands-2023-08", a="Reuters"),
  ]))

SEEDS.append(dict(id="8007", name="8007_capebretonpost-world", ext="html", source="Cape Breton Post", zone="America/Halifax", render=r_capebreton,
  title="World",
  basis="card stamp '{s}' (full date, 12 h time, no zone printed); Atlantic time implied by the outlet's home (Sydney, N.S.), ADT = UTC-3",
  notes="SaltWire network section listing ('World') for the Cape Breton Post, HTML, newest first. Each card: kicker, h2 headline, dek paragraph (the body), author/agency and a stamp like 'Oct. 3, 2023, 2:47 p.m.' with NO zone: times are Atlantic (ADT, UTC-3), implied only by the outlet's home; reading them as Eastern would be an hour off. The last card (11:40 p.m. on Oct. 2, local) is already 3 Oct in UTC. Two cards are off-beat (Nobel physics prize, Haiti mission).",
  not_entries=["cookie banner", "SaltWire/Cape Breton Post header, menu, SUBSCRIBE/SIGN IN", "h1 section title 'World' (page_title)", "card kickers ('WORLD')", "newsletter promo", "'MORE WORLD NEWS' link", "footer"],
  entries=[
  E("2023-10-03 19:40", "Biden tells allies U.S. support for Ukraine will not waver",
    ["President Joe Biden held a call with leaders of allied countries on Tuesday to reassure them that Washington would keep backing Kyiv despite the turmoil in Congress, the White House said."],
    "aid", "aid", 3, "biden-allies-call-ukraine-support-2023-10-03", a="The Associated Press", sec=["diplomacy"]),
  OFF("2023-10-03 17:15", "Trio wins Nobel physics prize for capturing electrons' fleeting moves",
      ["Three scientists working in France, Germany and Sweden shared the Nobel Prize in Physics for experiments that produce flashes of light short enough to track electrons inside atoms."],
      "nobel-physics-prize-2023", a="Reuters", n="science prize."),
  E("2023-10-03 14:50", "Russian drones damage grain silos in Danube port, Ukraine says",
    ["Russian drones damaged grain storage and port buildings in the Izmail district of the Odesa region overnight, Ukrainian officials said, while air defences destroyed 29 of 31 drones."],
    "strikes", "strikes", 2, "izmail-port-drone-strike-2023-10-03", a="Reuters"),
  E("2023-10-03 12:05", "EU\u2019s Borrell proposes 5 billion euros for Ukraine\u2019s military next year",
    ["European Union foreign policy chief Josep Borrell said he would propose 5 billion euros in military support for Ukraine for 2024, a day after EU foreign ministers met in Kyiv."],
    "aid", "aid", 3, "borrell-5bn-military-aid-proposal-2023-10", a="Reuters"),
  OFF("2023-10-03 09:30", "UN Security Council approves Kenya-led mission to Haiti",
      ["The United Nations Security Council voted to authorize a multinational security mission led by Kenya to help Haiti\u2019s police fight violent gangs."],
      "haiti-security-mission-approved", a="The Associated Press", n="Haiti."),
  E("2023-10-03 06:10", "Ukraine reports gains near Verbove in southern push",
    ["Ukrainian troops have made small advances near the village of Verbove in the Zaporizhzhia region, a military spokesperson said, as Kyiv\u2019s counteroffensive grinds on ahead of the autumn rains."],
    "other", "frontline", 2, "verbove-gains-2023-10-03", a="Reuters"),
  E("2023-10-02 23:40", "Ukraine accuses Russia of shelling Beryslav with incendiary munitions",
    ["Ukrainian officials accused Russian forces of firing incendiary munitions at the town of Beryslav in the Kherson region late Monday, setting several houses on fire."],
    "strikes", "strikes", 2, "beryslav-incendiary-shelling-2023-10-02", a="Reuters", n="'Oct. 2, 2023, 11:40 p.m.' ADT = 02:40 UTC on 3 Oct."),
  ]))

SEEDS.append(dict(id="8008", name="8008_juneauempire-nationworld", ext="txt", source="Juneau Empire", zone="America/Juneau", render=r_juneau,
  title="Nation-World",
  basis="'{s}' on the card's byline line (full date, '1:30pm' style); Alaska time implied by the outlet's home, AKST = UTC-9",
  notes="Sound Publishing section listing ('Nation-World'), text scrape, newest first. Each card: headline, then 'By Associated Press \u2022 Wednesday, December 20, 2023 1:30pm' (author and stamp on one line), then a one-paragraph summary (the body). Times are Alaska time (AKST, UTC-9), implied by the outlet's home only. The cards run from 19 Dec 3:50pm to 20 Dec 1:30pm local, which is all 20 Dec in UTC (local midnight crossed). One card is off-beat (Colorado ballot ruling).",
  not_entries=["masthead, Subscribe/Today's Paper/Sign in, weather line", "menu", "cookie line", "section title 'Nation-World' (page_title)", "newsletter promo", "'Load More'", "copyright and footer links"],
  entries=[
  E("2023-12-20 13:30", "Pentagon says it has money for just one more Ukraine weapons package",
    ["The Pentagon has enough money left to send Ukraine one more package of weapons from its own stockpiles before the end of the year, a defense official said Wednesday, unless Congress approves new funding."],
    "aid", "aid", 2, "pentagon-last-ukraine-package-funds-2023-12-20", a="Associated Press"),
  E("2023-12-20 09:45", "Russian attack damages homes near Kyiv, kills one man",
    ["A Russian drone and missile attack overnight damaged several homes on the outskirts of Kyiv and killed a 68-year-old man, regional officials said Wednesday."],
    "strikes", "strikes", 3, "kyiv-region-overnight-attack-2023-12-20", a="Associated Press"),
  E("2023-12-20 05:10", "Putin tells military chiefs Russian forces have the upper hand",
    ["Russian President Vladimir Putin told a meeting of top military officials that Moscow\u2019s forces had seized the initiative along most of the front line, and he repeated that Russia\u2019s goals in Ukraine had not changed."],
    "other", "frontline", 2, "putin-defence-board-remarks-2023-12-19", a="Associated Press", n="Battlefield claim in a speech -> other/frontline."),
  E("2023-12-19 20:45", "EU bans Russian diamonds in new sanctions package",
    ["The European Union has adopted its 12th package of sanctions against Russia, including a phased ban on imports of Russian diamonds and tighter checks on the oil price cap."],
    "diplomacy", "diplomacy", 3, "eu-12th-sanctions-package-2023-12", a="Associated Press"),
  E("2023-12-19 17:20", "Zelenskyy says military wants up to 500,000 more troops",
    ["Ukrainian President Volodymyr Zelenskyy said Tuesday that his military commanders had proposed mobilizing 450,000 to 500,000 more people, but that he needed more arguments before backing such a step."],
    "other", "politics", 2, "zelenskyy-mobilization-proposal-2023-12-19", a="Associated Press"),
  OFF("2023-12-19 15:50", "Colorado court rules Trump ineligible for state\u2019s primary ballot",
      ["Colorado\u2019s Supreme Court ruled that former President Donald Trump is disqualified from the state\u2019s presidential primary ballot under the Constitution\u2019s insurrection clause, and put its ruling on hold pending an appeal."],
      "colorado-trump-ballot-ruling", a="Associated Press", n="US politics. 3:50pm AKST on 19 Dec = 00:50 UTC on 20 Dec."),
  ]))

SEEDS.append(dict(id="8009", name="8009_newsminer-bloxrss", ext="xml", source="Fairbanks Daily News-Miner", zone="America/Anchorage", render=r_fairbanks,
  title="newsminer.com - RSS Results in news/nation_and_world of type article",
  basis="pubDate '{s}' (explicit -0800, AKDT)",
  notes="TownNews BLOX RSS 2.0 search feed for the News-Miner's nation & world section, newest first. pubDate in the site's own offset (-0800, AKDT): the items run from 6 Jul 5:10 p.m. to 7 Jul 3:20 p.m. local, all 7 Jul in UTC. <dc:creator> holds BLOX-style wire bylines with names in capitals followed by 'Associated Press' (author = the names; a bare 'Associated Press' is the author when no name is given). <description> is the one-paragraph body. One local item (wildfire) is off-beat. Entries 01-02 are the cluster-munitions decision and allies' unease about it (same story).",
  not_entries=["channel title/link/atom:link/description/generator/docs/ttl", "per-item guid/link/enclosure"],
  entries=[
  E("2023-07-07 15:20", "US to send cluster munitions to Ukraine in new military aid package",
    ["The Biden administration said Friday it will send cluster munitions to Ukraine as part of a new 800-million-dollar military aid package, despite concerns about the harm the weapons can do to civilians."],
    "aid", "aid", 3, "us-cluster-munitions-ukraine-2023-07-07", a="NINA HARLAND and OREST BILYK", creator="NINA HARLAND and OREST BILYK Associated Press"),
  E("2023-07-07 11:05", "Some allies uneasy as Washington weighs cluster bomb decision",
    ["Several NATO members that have signed a treaty banning cluster munitions voiced unease on Friday about a possible American decision to supply them to Kyiv, while Ukraine said it would use them only on its own territory."],
    "aid", "aid", 2, "us-cluster-munitions-ukraine-2023-07-07", a="MARGIT ELLING", sec=["diplomacy"], creator="MARGIT ELLING Associated Press",
    n="Reactions whose content is the transfer decision -> same story."),
  OFF("2023-07-07 08:40", "Crews hold wildfire north of Chena Hot Springs Road",
      ["Firefighters kept a lightning-caused wildfire north of Chena Hot Springs Road from crossing a containment line overnight, the Alaska Division of Forestry said, and no homes are under threat."],
      "chena-wildfire-2023-07", a="Gwen Harrow", n="local wildfire."),
  E("2023-07-07 06:15", "Zelenskyy visits Prague and Bratislava to rally support for NATO bid",
    ["Ukrainian President Volodymyr Zelenskyy met the leaders of the Czech Republic and Slovakia on Friday, seeking support for Ukraine\u2019s bid to join NATO ahead of next week\u2019s alliance summit in Vilnius."],
    "diplomacy", "diplomacy", 3, "zelenskyy-czech-slovakia-visit-2023-07-07", a="DANUTA KOWAL", creator="DANUTA KOWAL Associated Press"),
  E("2023-07-06 22:30", "Lviv apartment strike toll rises to 10",
    ["Rescue workers pulled more bodies from the rubble of an apartment building in the western Ukrainian city of Lviv, bringing the number of dead to 10, the city\u2019s mayor said."],
    "strikes", "strikes", 3, "lviv-apartment-strike-2023-07-06", a="Associated Press", creator="Associated Press"),
  E("2023-07-06 17:10", "IAEA says no mines or explosives seen so far at Zaporizhzhia nuclear plant",
    ["Inspectors from the UN nuclear watchdog have found no visible signs of mines or explosives at the Zaporizhzhia nuclear power plant but still need access to the reactor roofs, the agency said."],
    "other", "security", 2, "iaea-zaporizhzhia-inspection-2023-07", a="Associated Press", creator="Associated Press"),
  ]))
for _e in SEEDS[-1]["entries"]:
    _e.setdefault("creator", _e["a"])

# ---------------------------------------------------------------- Part B, day 1: 2023-10-26
ZAP = "zaporizhzhia-apartment-strike-2023-10-26"
EUS = "eu-summit-ukraine-funding-2023-10-26"
AVD = "avdiivka-assaults-2023-10-26"
D1 = "Day 1 (2023-10-26): main story " + ZAP + " (4 seeds; toll two -> three -> four -> five; spelled Zaporizhzhia / Zaporizhia / Zaporozhye)."

SEEDS.append(dict(id="8020", name="8020_fennerby-textlive", ext="txt", source="Fennerby Gazette", zone="Europe/London", render=r_fennerby,
  title="Ukraine war live: Zaporizhzhia death toll rises as EU leaders meet in Brussels", dateline="Thursday 26 October 2023",
  basis="stamp line '{s}' above the headline, on the page date {d}; BST = UTC+1",
  notes="Invented outlet. Text live blog, newest first. 'Key Points' block lists two post headlines (entries 01 and 02: key_point true). Each post: '18:10 BST' line, headline, body, 'Posted by NAME'. Entry 03 is an explainer WITH body (theme piece, own story) although it starts with 'Explained:'. " + D1,
  not_entries=["masthead, menu, cookie line", "title line (page_title) and date line", "'Key Points' header and its bullets (they repeat post headlines)", "'Refresh for the latest'", "'Posted by' lines (authors)", "'ADVERTISEMENT'", "related link 'Read more: How full are Europe's gas stores as winter nears?'", "'Show older posts' and footer"],
  entries=[
  E("2023-10-26 18:10", "Zaporizhzhia toll climbs to five",
    ["Rescue crews have recovered a fifth body from the apartment block in Zaporizhzhia that was hit by a Russian missile before dawn, the regional governor said.",
     "Sixteen people were injured, among them two children, and about 40 flats were destroyed, he said."],
    "strikes", "strikes", 3, ZAP, a="Harriet Lowrie", kp=True),
  E("2023-10-26 16:30", "EU leaders begin summit with Ukraine funding on the table",
    ["European Union leaders opened a two-day meeting in Brussels this afternoon, with a proposed 50-billion-euro support package for Ukraine among the most contentious items.",
     "Hungary\u2019s prime minister said on arrival that he was not ready to agree to new money for Kyiv before a review of how earlier funds had been spent."],
    "diplomacy", "diplomacy", 3, EUS, a="Tomasz Reid", sec=["aid"], kp=True),
  E("2023-10-26 14:55", "Explained: what the EU's Ukraine facility would pay for",
    ["The proposed facility would provide Ukraine with grants and cheap loans over four years, from 2024 to 2027, to keep its state running and rebuild damaged infrastructure.",
     "Unlike military aid, which member states send bilaterally, the money would be paid in tranches tied to reforms, including measures against corruption."],
    "aid", "aid", 2, "explainer-eu-ukraine-facility", a="Tomasz Reid", n="Theme piece (explainer with body): own story, importance 2; must not merge with " + EUS + "."),
  E("2023-10-26 13:20", "Ukraine says 20 Russian assaults repelled around Avdiivka",
    ["Ukraine\u2019s military said its troops had repelled 20 Russian assaults around Avdiivka over the past 24 hours, as Moscow keeps up its push to surround the town.",
     "A spokesman for the eastern command said Russian units were attacking in small groups, supported by artillery and glide bombs."],
    "other", "frontline", 3, AVD, a="Harriet Lowrie"),
  E("2023-10-26 11:40", "Denmark unveils air defence package for Ukraine",
    ["Denmark announced a new military aid package for Ukraine worth about 1.3 billion kroner, mainly for air defence equipment and ammunition ahead of the winter.",
     "The defence ministry said part of the money would be used to buy interceptor missiles from industry."],
    "aid", "aid", 2, "denmark-air-defence-package-2023-10-26", a="Tomasz Reid", n="Must not merge with latvia-air-defence-order-2023-10-26 (Latvia's own purchase, 8023-04) or with the EU facility."),
  E("2023-10-26 10:15", "Four now dead after missile strike in Zaporizhzhia",
    ["The number of people killed in this morning's strike on a residential building in Zaporizhzhia has risen to four, officials said.",
     "Emergency workers are still searching the rubble, and cranes have been brought in to lift collapsed slabs."],
    "strikes", "strikes", 3, ZAP, a="Harriet Lowrie"),
  E("2023-10-26 08:05", "Missile hits apartment block in Zaporizhzhia",
    ["A Russian missile struck a nine-storey residential building in Zaporizhzhia in the early hours of Thursday, killing two people and trapping others under the rubble, the regional governor said.",
     "The attack came at about 5.30am local time, when most residents were asleep."],
    "strikes", "strikes", 3, ZAP, a="Harriet Lowrie"),
  ]))

SEEDS.append(dict(id="8021", name="8021_cobblestow-htmllive", ext="html", source="Cobblestow Review", zone="Europe/Kyiv", render=r_cobblestow,
  title="Live: Russia strikes Zaporizhia; EU summit opens in Brussels", url="https://cobblestow.example/live/2023-10-26-ukraine",
  dateline="Thursday, 26 October 2023 \u00b7 All times Kyiv (EEST)", lede="Our correspondents follow the day from Kyiv and Zaporizhia.",
  basis="'{s}' in <time datetime> (+03:00) on {d}; JSON-LD update datePublished agrees; EEST = UTC+3",
  notes="Invented outlet. HTML live blog, OLDEST first, LiveBlogPosting JSON-LD with per-update headline/datePublished/articleBody/author (chronological). Visible stamps '08:40' in <time datetime='...+03:00'>; author line under each h2. Spelling 'Zaporizhia'. Entry 02 is a video teaser without body. Entry 07 repeats entry 06 nearly verbatim (shortened headline, one word changed): duplicate_of 8021-06. Entry 04 (Stepnohirsk, a village in the same region) is a different attack from the Zaporizhia apartment strike: must not merge. " + D1,
  not_entries=["header and menu", "h1 title (page_title)", "dateline 'Thursday, 26 October 2023 \u00b7 All times Kyiv (EEST)'", "standfirst", "author lines", "video embed placeholder", "'Copy link' tools", "donation box", "footer"],
  entries=[
  E("2023-10-26 08:40", "Missile strikes residential building in Zaporizhia",
    ["At least two people were killed when a Russian missile hit an apartment block in Zaporizhia early on Thursday, regional officials said.",
     "Photos from the scene show the upper floors of one section of the building torn away."],
    "strikes", "strikes", 3, ZAP, a="Olena Marchuk"),
  E("2023-10-26 10:05", "Watch: rescuers comb the rubble in Zaporizhia", [], "strikes", "strikes", 1, ZAP, n="Video teaser without body -> importance 1."),
  E("2023-10-26 11:50", "Zaporizhia death toll rises to three",
    ["A third person has died in hospital after the morning strike on a residential building in Zaporizhia, the city council said.",
     "Eleven people are being treated for injuries."],
    "strikes", "strikes", 3, ZAP, a="Olena Marchuk"),
  E("2023-10-26 13:20", "Front-line village of Stepnohirsk shelled",
    ["Russian artillery hit the village of Stepnohirsk in the Zaporizhia region around midday, wounding a 67-year-old man and damaging a school building, the regional military administration said."],
    "strikes", "strikes", 2, "stepnohirsk-shelling-2023-10-26", a="Bohdan Kravets", n="Same region, different attack: must not merge with " + ZAP + "."),
  E("2023-10-26 15:45", "Ukrainian army reports heavy Russian losses near Avdiivka",
    ["Ukraine\u2019s eastern command said Russian forces had lost dozens of armoured vehicles around Avdiivka in the past day while trying to cut the town\u2019s supply routes.",
     "The claim could not be independently verified."],
    "other", "frontline", 3, AVD, a="Bohdan Kravets"),
  E("2023-10-26 18:30", "EU summit opens with Ukraine funding and the Middle East on the agenda",
    ["Leaders of the 27 EU countries began their autumn summit in Brussels, where a long-term financial package for Ukraine is expected to dominate the first evening alongside the war in Gaza.",
     "Diplomats said an agreement on the 50-billion-euro facility was unlikely before December."],
    "diplomacy", "diplomacy", 3, EUS, a="Olena Marchuk", sec=["aid"]),
  E("2023-10-26 21:15", "Brussels summit: Ukraine funding on EU agenda",
    ["Leaders of the 27 EU countries began their autumn summit in Brussels, where a long-term financial package for Ukraine is expected to dominate the first evening alongside the war in Gaza.",
     "Diplomats said a deal on the 50-billion-euro facility was unlikely before December."],
    "diplomacy", "diplomacy", 1, EUS, a="Olena Marchuk", sec=["aid"], dup="8021-06", n="Near-verbatim repeat of 8021-06 -> importance 1."),
  ]))

SEEDS.append(dict(id="8022", name="8022_gullmouth-worldrss", ext="xml", source="Gullmouth World Service", zone="UTC", render=r_rss_world,
  title="Gullmouth World Service \u2013 Top stories", url="https://gullmouth.example", desc="The world's news, every hour.", rfc="GMT", cdata=True,
  basis="pubDate '{s}' (GMT = UTC)",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate in GMT, paragraphs in CDATA, no authors; four of six items are off-beat (cricket, ECB rates, Hurricane Otis, Amazon drought). Spelling 'Zaporozhye'. " + D1,
  not_entries=["channel title/link/description/language", "per-item link/guid/category"],
  entries=[
  OFF("2023-10-26 19:50", "England's World Cup defence in tatters after Sri Lanka defeat",
      ["England were bowled out for 156 and lost by eight wickets to Sri Lanka in Bengaluru, leaving the defending champions all but certain to miss the semi-finals."],
      "cricket-world-cup-england-sri-lanka", n="cricket."),
  E("2023-10-26 16:30", "EU leaders meet as Ukraine funding divides the bloc",
    ["European Union leaders began a two-day summit in Brussels on Thursday, with Hungary signalling it would resist a long-term financial package for Kyiv."],
    "diplomacy", "diplomacy", 3, EUS, sec=["aid"]),
  OFF("2023-10-26 13:15", "ECB holds interest rates after ten straight rises",
      ["The European Central Bank left its key interest rates unchanged for the first time in more than a year, saying inflation was expected to keep easing."],
      "ecb-rates-hold-2023-10-26", n="euro-area monetary policy."),
  OFF("2023-10-26 10:40", "Acapulco begins clean-up after Hurricane Otis",
      ["Residents of the Mexican resort of Acapulco began clearing debris a day after Hurricane Otis struck as a category 5 storm, cutting power and communications across the city."],
      "hurricane-otis-acapulco-2023-10-26", n="hurricane."),
  E("2023-10-26 07:25", "Two dead after Russian missile hits Zaporozhye flats",
    ["A Russian missile struck an apartment building in the southern Ukrainian city of Zaporozhye overnight, killing at least two people, officials said."],
    "strikes", "strikes", 3, ZAP),
  OFF("2023-10-26 04:10", "Amazon tributary falls to lowest level on record",
      ["The Rio Negro at the port of Manaus fell to its lowest level in more than a century of records as a severe drought grips the Amazon basin."],
      "rio-negro-record-low-2023-10", n="drought."),
  ]))

SEEDS.append(dict(id="8023", name="8023_drumlow-article", ext="txt", source="Drumlow Courier", zone="Europe/Brussels", render=r_drumlow,
  title="Deadly strike on Zaporizhzhia overshadows first day of EU summit", byline="Ilse Vandermeer", dateline="26 October 2023, 19:40 CEST",
  lede="A Russian missile attack on a Ukrainian city and a quarrel over money for Kyiv marked Thursday's events.",
  related="Kyiv's winter energy plan: what has changed since last year",
  basis="no per-section time; the article dateline '26 October 2023, 19:40 CEST' (UTC+2) is used for every section",
  notes="Invented outlet. Text article with four section headings; one entry per section (stamp null, published = the dateline), page byline as author. Entry 03 is the day's analysis (theme piece, own story): it must not merge with the Avdiivka fighting reports (" + AVD + "). Entry 04 (Latvia's own air-defence purchase) is procurement by a non-party: must not merge with Denmark's package for Ukraine (8020-05). " + D1,
  not_entries=["outlet name and breadcrumb", "title line (page_title)", "byline and dateline lines", "lede paragraph", "'Related coverage' and its link", "share line", "copyright line"],
  entries=[
  E("2023-10-26 19:40", "Five confirmed dead in Zaporizhzhia",
    ["Ukrainian officials said on Thursday evening that five people had been killed when a Russian missile hit a residential building in Zaporizhzhia before dawn.",
     "The regional governor said 16 people were wounded and dozens of flats were destroyed."],
    "strikes", "strikes", 3, ZAP, a="Ilse Vandermeer"),
  E("2023-10-26 19:40", "EU leaders weigh long-term support",
    ["In Brussels, EU heads of government began discussing a four-year package of grants and loans for Ukraine, with Hungary and Slovakia voicing doubts.",
     "Diplomats expect the question to return at the December summit, when leaders must also decide whether to open accession talks with Kyiv."],
    "diplomacy", "diplomacy", 3, EUS, a="Ilse Vandermeer", sec=["aid"]),
  E("2023-10-26 19:40", "Analysis: why Avdiivka has become a test of Russia's autumn push",
    ["Russia's attempt to encircle Avdiivka is its largest offensive operation since the capture of Bakhmut, and it shows that Moscow still believes it can take ground despite heavy losses.",
     "The town sits on the edge of Donetsk city, and Russian commanders want to push Ukrainian artillery further from the regional capital.",
     "For Kyiv, holding Avdiivka costs fewer men than retaking it would, which is why its commanders keep reinforcing the garrison."],
    "other", "frontline", 2, "analysis-avdiivka-autumn-offensive", a="Ilse Vandermeer", n="Theme piece (analysis): own story, importance 2; must not merge with " + AVD + "."),
  E("2023-10-26 19:40", "Latvia orders more air defence systems",
    ["Latvia's defence ministry said it had signed a contract for additional medium-range air defence systems to protect its own territory, with the first deliveries expected in 2025."],
    "other", "security", 2, "latvia-air-defence-order-2023-10-26", a="Ilse Vandermeer", n="Procurement by a non-party -> other/security."),
  ]))

# ---------------------------------------------------------------- Part B, day 2: 2023-10-27
LVV = "lviv-region-drone-attack-2023-10-27"
MAL = "malta-peace-formula-meeting-2023-10"
D2 = ("Day 2 (2023-10-27): main story " + LVV + " (4 seeds; injured two -> four -> six; spelled Lviv / Lvov / Lw\u00f3w); " + EUS +
      " continues from day 1 with a new development (summit ends without a deal), so it keeps the day-1 slug.")

SEEDS.append(dict(id="8030", name="8030_yellandbay-textlive", ext="txt", source="Yelland Bay Chronicle", zone="Europe/Berlin", render=r_yelland,
  title="War in Ukraine: live coverage", dateline="Friday 27 October", parse_args=["--date", "2023-10-27"],
  basis="stamp '{s}' glued to the headline ('HH.MM \u2013 Headline'), under the date line 'Friday 27 October' (no year: parse_args --date 2023-10-27); 'Times are CEST' (UTC+2)",
  notes="Invented outlet. Text live blog, OLDEST first. The date line 'Friday 27 October' has no year and no year appears anywhere (parse_args --date 2023-10-27). Each post starts with the stamp glued to its headline on one line ('07.20 \u2013 Drones hit ...'): headline = the text after ' \u2013 ', stamp = '07.20'. 'By NAME' after the body. Entry 06 repeats entry 03 nearly verbatim (duplicate_of 8030-03). Entry 07 is a photo teaser without body. Entry 04 (missile attack on an airfield in the neighbouring Ivano-Frankivsk region, in the afternoon) must not merge with the overnight Lviv drone attack. " + D2,
  not_entries=["masthead and menu", "title and date lines", "'Times are CEST'", "'By NAME' lines (authors)", "'Sign up for our morning briefing'", "closing line and footer"],
  entries=[
  E("2023-10-27 07:20", "Drones hit industrial site in Lviv region overnight",
    ["Russian drones struck an industrial facility in the Lviv region overnight, injuring two workers and starting a fire, the regional governor said.",
     "Western Ukraine lies more than 1,000 kilometres from the front line but has been targeted repeatedly by long-range drones launched from Russia and occupied Crimea."],
    "strikes", "strikes", 3, LVV, a="Ewan Pascoe"),
  E("2023-10-27 09:05", "Security advisers to meet in Malta on Ukraine peace plan",
    ["National security advisers from dozens of countries are expected in Malta this weekend for a third round of talks on Ukraine\u2019s ten-point peace formula, Kyiv said.",
     "Russia has not been invited, and officials said they hoped more countries from the global south would take part than at earlier rounds in Copenhagen and Jeddah."],
    "diplomacy", "diplomacy", 3, MAL, a="Ewan Pascoe"),
  E("2023-10-27 11:15", "Lviv region: number injured rises to four",
    ["Two more people have been taken to hospital after the overnight drone attack on an industrial site in the Lviv region, bringing the number of injured to four, the governor said."],
    "strikes", "strikes", 3, LVV, a="Ewan Pascoe"),
  E("2023-10-27 13:40", "Missiles fired at Ivano-Frankivsk airfield",
    ["Russia fired two cruise missiles at a military airfield in the Ivano-Frankivsk region shortly after midday, Ukraine\u2019s air force said, adding that one was shot down.",
     "Local officials said there were no casualties."],
    "strikes", "strikes", 2, "ivano-frankivsk-airfield-missile-attack-2023-10-27", a="Marit Lindqvist", n="Different attack (afternoon missiles on an airfield): must not merge with " + LVV + "."),
  E("2023-10-27 15:50", "EU summit ends without deal on long-term Ukraine fund",
    ["The EU summit in Brussels ended on Friday with a pledge to support Ukraine for as long as needed, but without agreement on the 50-billion-euro facility, which leaders pushed back to December.",
     "Council President Charles Michel said work on the package would continue at the level of ambassadors."],
    "diplomacy", "diplomacy", 3, EUS, a="Marit Lindqvist", sec=["aid"], n="Continuation of the day-1 summit story with a new development (ends without deal): keeps the day-1 slug."),
  E("2023-10-27 16:35", "Lviv region: injured now four",
    ["Two more people have been taken to hospital after the overnight drone attack on an industrial site in the Lviv region, bringing the number of injured to four, the governor said."],
    "strikes", "strikes", 1, LVV, a="Ewan Pascoe", dup="8030-03", n="Near-verbatim repeat of 8030-03 -> importance 1."),
  E("2023-10-27 18:40", "Photos: Lviv residents sweep up glass after drone attack", [], "strikes", "strikes", 1, LVV, n="Photo teaser without body -> importance 1."),
  ]))

SEEDS.append(dict(id="8031", name="8031_gorsedale-atom", ext="xml", source="Gorsedale Wire", zone="Europe/Kyiv", render=r_gorsedale,
  title="Gorsedale Wire: Ukraine", desc="Wire copy from our Kyiv desk", url="https://gorsedale.example",
  basis="<published> '{s}' (explicit +03:00, EEST)",
  notes="Invented outlet (news agency). Atom 1.0, newest first, <published> with +03:00, <author><name> per entry, escaped HTML in <content type='html'>. Entry 04 (Kherson shelling death) and 05 (Lithuanian package) are single-seed stories. " + D2,
  not_entries=["feed title/subtitle/links/id/updated", "per-entry link/id/updated"],
  entries=[
  E("2023-10-27 21:30", "Lviv region: six injured in overnight drone strike, governor says",
    ["The number of people injured in the overnight drone attack on an industrial enterprise in the Lviv region has risen to six, Governor Maksym Kozytskyi said.",
     "Two of them remain in hospital in a serious condition."],
    "strikes", "strikes", 3, LVV, a="Yaryna Dovzhenko"),
  E("2023-10-27 18:45", "Zelensky: peace formula talks in Malta will focus on food and nuclear safety",
    ["President Volodymyr Zelensky said the meeting of national security advisers in Malta would concentrate on food security, nuclear safety and the release of prisoners and deportees.",
     "He said representatives of more than 60 countries had confirmed their participation."],
    "diplomacy", "diplomacy", 3, MAL, a="Andrii Sokil"),
  E("2023-10-27 16:20", "EU summit ends, 50-billion-euro facility left for December",
    ["European Union leaders wrapped up their two-day summit on Friday without approving the long-term financial facility for Ukraine, postponing the decision to their December meeting.",
     "The summit conclusions reaffirmed the bloc's political and military support for Kyiv."],
    "diplomacy", "diplomacy", 3, EUS, a="Andrii Sokil", sec=["aid"], n="Continuation of the day-1 summit story."),
  E("2023-10-27 13:10", "Man killed by Russian shelling in Kherson",
    ["A 54-year-old man was killed when Russian shells hit a residential street in Kherson's Dniprovskyi district, the regional military administration said."],
    "strikes", "strikes", 3, "kherson-shelling-2023-10-27", a="Yaryna Dovzhenko"),
  E("2023-10-27 10:00", "Lithuania sends generators and ammunition in new aid package",
    ["Lithuania has delivered a new package of military and winter aid to Ukraine, including power generators, ammunition and anti-drone equipment, the Lithuanian defence ministry said."],
    "aid", "aid", 2, "lithuania-aid-package-2023-10-27", a="Andrii Sokil", n="Must not merge with slovakia-halts-state-military-aid-2023-10 (8033-04): same theme, opposite events."),
  E("2023-10-27 08:15", "Drone attack on Lviv region leaves two injured",
    ["Two people were injured in a Russian drone attack on an industrial facility in the Lviv region overnight, regional authorities reported."],
    "strikes", "strikes", 3, LVV, a="Yaryna Dovzhenko"),
  ]))

SEEDS.append(dict(id="8032", name="8032_hemlockquay-worldrss", ext="xml", source="Hemlock Quay World Service", zone="Asia/Tokyo", render=r_rss_world,
  title="Hemlock Quay World Service: World", url="https://hemlockquay.example", desc="International headlines from our Tokyo newsroom.", rfc="offset",
  basis="pubDate '{s}' (explicit +0900, Tokyo)",
  notes="Invented outlet. General world-news RSS 2.0 feed from Tokyo, newest first, pubDate with +0900, plain-text descriptions, no authors; four of six items are off-beat (Hurricane Otis toll, Nikkei, Li Keqiang, Albanese visit). Local times run from 27 Oct 10:20 to 28 Oct 07:40 (local midnight crossed); all are 27 Oct in UTC. Spelling 'Lvov'. " + D2,
  not_entries=["channel title/link/description/language", "per-item link/guid/category"],
  entries=[
  OFF("2023-10-28 07:40", "Mexico says Hurricane Otis death toll has risen",
      ["Mexican authorities said more people had been confirmed dead in Acapulco after Hurricane Otis, as troops handed out food and water to residents cut off by the storm."],
      "hurricane-otis-toll-2023-10-27", n="hurricane. 07:40 JST on 28 Oct = 22:40 UTC on 27 Oct."),
  E("2023-10-28 01:15", "EU summit closes without deal on Ukraine fund",
    ["EU leaders ended their meeting in Brussels without agreeing on a multi-year financial package for Ukraine, leaving the decision to a summit in December."],
    "diplomacy", "diplomacy", 3, EUS, sec=["aid"], n="Continuation of the day-1 summit story; 01:15 JST on 28 Oct = 16:15 UTC on 27 Oct."),
  OFF("2023-10-27 22:05", "Nikkei ends week lower as yen slides",
      ["Tokyo's benchmark Nikkei share average closed lower on Friday as the yen weakened past 150 to the dollar, prompting fresh warnings from the finance ministry."],
      "nikkei-yen-2023-10-27", n="markets."),
  OFF("2023-10-27 18:30", "Former Chinese premier Li Keqiang dies at 68",
      ["Li Keqiang, who served as China's premier for a decade until March, has died of a heart attack in Shanghai, state media reported."],
      "li-keqiang-death", n="China."),
  E("2023-10-27 14:10", "Drones strike industrial site near Lvov, two hurt",
    ["Russian drones hit an industrial site in Ukraine's Lvov region overnight, injuring two people, local authorities said."],
    "strikes", "strikes", 3, LVV),
  OFF("2023-10-27 10:20", "Albanese wraps up Washington visit with minerals pact",
      ["Australian Prime Minister Anthony Albanese ended a state visit to the United States after signing agreements on critical minerals and clean energy."],
      "albanese-washington-visit", n="Australia-US."),
  ]))

SEEDS.append(dict(id="8033", name="8033_lanyonridge-listing", ext="html", source="Lanyon Ridge Herald", zone="Europe/Warsaw", render=r_lanyon,
  title="Ukraine", anchor="2023-10-27 21:30",
  basis="relative age '{s}' counted back from the printed 'Page updated 27 October 2023, 21:30 CEST' (UTC+2)",
  notes="Invented outlet (Polish, English-language). HTML listing, newest first; each card shows only a relative age ('45 minutes ago', '14 hours ago'), resolved against the page's 'Page updated 27 October 2023, 21:30 CEST' line. Spelling 'Lw\u00f3w'. Entry 02 is the day's theme piece (explainer). Entry 05 is a RE-POST of day-1 entry 8022-05 (identical headline and text, stale toll of two, no author): importance 1. " + D2,
  not_entries=["header and menu", "h1 'Ukraine' (page_title)", "'Page updated 27 October 2023, 21:30 CEST' line", "newsletter promo", "'Older stories' link", "footer"],
  entries=[
  E("2023-10-27 20:45", "Security advisers arrive in Malta for peace plan talks",
    ["Delegations from more than 60 countries were arriving in Malta on Friday evening ahead of weekend talks on Ukraine's peace plan, the Maltese foreign ministry said."],
    "diplomacy", "diplomacy", 3, MAL, a="Zofia Hale"),
  E("2023-10-27 19:30", "Explainer: how Russian drones reach Ukraine's far west",
    ["Russia's Shahed-type drones can fly well over 1,500 kilometres, which puts the whole of Ukraine within reach of launch sites in Russia and occupied Crimea.",
     "Because they fly low and slowly, the drones often follow river valleys and zigzag around known air defence positions, which is why attacks on the west usually come in the dead of night and last several hours."],
    "strikes", "strikes", 2, "explainer-drones-western-ukraine", a="Zofia Hale", n="Theme piece (explainer): own story, importance 2; must not merge with " + LVV + "."),
  E("2023-10-27 16:30", "Lw\u00f3w region drone attack: four injured",
    ["Four people were injured when Russian drones hit an industrial plant in the Lw\u00f3w region of western Ukraine overnight, Ukrainian officials said.",
     "The region borders Poland, and Polish border guards said traffic at nearby crossings was not affected."],
    "strikes", "strikes", 3, LVV, a="Piotr Ambler"),
  E("2023-10-27 12:30", "Slovakia\u2019s new government halts state military aid to Kyiv",
    ["Slovakia will no longer send weapons to Ukraine from its army\u2019s stocks, the new government said, though private companies will still be allowed to sell arms to Kyiv."],
    "aid", "aid", 2, "slovakia-halts-state-military-aid-2023-10", a="Piotr Ambler"),
  E("2023-10-27 07:30", "Two dead after Russian missile hits Zaporozhye flats",
    ["A Russian missile struck an apartment building in the southern Ukrainian city of Zaporozhye overnight, killing at least two people, officials said."],
    "strikes", "strikes", 1, ZAP, n="Re-post of day-1 entry 8022-05 (same headline and text, toll out of date) -> importance 1; duplicate_of stays null (defined within a seed)."),
  ]))

# ---------------------------------------------------------------- Part B, day 3: 2023-11-28
KHS = "kherson-shelling-2023-11-28"
NATO = "nato-foreign-ministers-meeting-2023-11-28"
SNOW = "ukraine-snowstorm-aftermath-2023-11-28"
D3 = ("Day 3 (2023-11-28): main story " + KHS + " (all 5 seeds; dead one -> two -> three; spelled Kherson / Cherson); multi-seed also " + NATO + " and " + SNOW + ".")

SEEDS.append(dict(id="8040", name="8040_whistlecombe-textlive", ext="txt", source="Whistlecombe Times", zone="Europe/London", render=r_whistlecombe,
  title="Russia-Ukraine war latest: Kherson shelled as Nato ministers meet", dateline="Live updates \u00b7 Tuesday 28 November 2023",
  basis="trailing line '{s}' after the body (12 h time with a dot), on the page date {d}; UK time, GMT = UTC in November",
  notes="Invented outlet. Text live blog, newest first. Each post: headline, body, then a TRAILING stamp line 'Filed 7.20pm by NAME' (the stamp closes the post above it); the teaser has 'Filed 3.45pm' without a name. Entry 04 (14:10) repeats entry 08 (08:15) nearly verbatim (duplicate_of 8040-08, the earlier post, which sits lower on the newest-first page). Entry 03 is a video teaser without body. Entry 06 (child evacuation from Kherson-region villages) must not merge with the Kherson city shelling. " + D3,
  not_entries=["masthead and menu", "title line (page_title) and 'Live updates \u00b7 Tuesday 28 November 2023'", "'Filed ...' stamp lines (stamps and authors)", "'Most read' box", "'You have reached the earliest update.' and footer"],
  entries=[
  E("2023-11-28 19:20", "Kherson shelling toll rises to three",
    ["A third person has died after Russian shelling of Kherson today, the head of the regional administration said, after a woman wounded in the morning attack died in hospital."],
    "strikes", "strikes", 3, KHS, a="Rosalind Tarrant"),
  E("2023-11-28 17:05", "Stoltenberg: allies must not let support for Ukraine slide over winter",
    ["Nato\u2019s secretary general told foreign ministers in Brussels that the alliance must not let its support for Ukraine weaken over the winter, warning that Russia was stockpiling missiles for new attacks on the power grid.",
     "He said allies had agreed to speed up deliveries of air defence and artillery ammunition."],
    "diplomacy", "diplomacy", 3, NATO, a="Rosalind Tarrant", sec=["aid"]),
  E("2023-11-28 15:45", "Watch: Kyiv digs out after the snowstorm", [], "other", "humanitarian", 1, SNOW, n="Video teaser without body -> importance 1."),
  E("2023-11-28 14:10", "Nato foreign ministers gather in Brussels",
    ["Foreign ministers from Nato\u2019s 31 member states are meeting in Brussels for two days of talks, with Ukraine\u2019s needs over the winter high on the agenda.",
     "Ukraine\u2019s foreign minister is due to join them on Wednesday for the first ministerial session of the Nato-Ukraine Council."],
    "diplomacy", "diplomacy", 1, NATO, a="Dev Mallory", dup="8040-08", n="Near-verbatim repeat of the 08:15 post 8040-08 -> importance 1."),
  E("2023-11-28 13:30", "Snowstorm death toll across Ukraine rises to 10",
    ["Ten people have died across Ukraine as a result of the weekend\u2019s snowstorm, the interior minister said, and more than 1,000 towns and villages were still without power.",
     "Repair crews have been working around the clock, the energy ministry said."],
    "other", "humanitarian", 3, SNOW, a="Dev Mallory"),
  E("2023-11-28 11:10", "Children to be evacuated from front-line Kherson villages",
    ["Authorities in the Kherson region have ordered the compulsory evacuation of children and their families from a dozen villages along the Dnipro River because of constant shelling."],
    "other", "humanitarian", 2, "kherson-villages-child-evacuation-2023-11-28", a="Dev Mallory", n="Same place, different event: must not merge with " + KHS + "."),
  E("2023-11-28 09:40", "Russian shelling kills one in Kherson",
    ["One person was killed and two were wounded when Russian artillery hit a residential area of Kherson this morning, regional officials said."],
    "strikes", "strikes", 3, KHS, a="Rosalind Tarrant"),
  E("2023-11-28 08:15", "Nato foreign ministers gather in Brussels",
    ["Foreign ministers from Nato\u2019s 31 member states are meeting in Brussels for two days of talks, with Ukraine\u2019s needs over the winter high on the agenda.",
     "Ukraine\u2019s foreign minister is due to join them on Wednesday for the first ministerial meeting of the Nato-Ukraine Council."],
    "diplomacy", "diplomacy", 3, NATO, a="Dev Mallory"),
  ]))

SEEDS.append(dict(id="8041", name="8041_peverstone-htmllive", ext="html", source="Peverstone Journal", zone="Europe/Kyiv", render=r_peverstone,
  title="Kherson under fire, Kuleba heads to Brussels: live", url="https://peverstone.example/live/2023/11/28", dateline="28 November 2023 \u00b7 Kyiv time",
  basis="'{s}' in <span class='time'> (Kyiv time, EET = UTC+2) on the page date {d}; JSON-LD update datePublished agrees",
  notes="Invented outlet. HTML live blog, newest first. JSON-LD @graph whose page node has @type ['NewsArticle','LiveBlogPosting'] with a liveBlogUpdate list (per-update headline/datePublished +02:00/articleBody). Visible stamps are bare 'HH:MM' in a <span> (no <time> element); the date is the line '28 November 2023 \u00b7 Kyiv time'. Signature line '\u2014 NAME' after each body. Entry 04 (Hungary on EU accession talks) is a different diplomatic event from the NATO meeting: must not merge. " + D3,
  not_entries=["header and menu", "h1 title (page_title)", "date line", "signature lines (authors)", "footer"],
  entries=[
  E("2023-11-28 21:15", "Kuleba to attend Nato-Ukraine Council in Brussels",
    ["Foreign Minister Dmytro Kuleba said he would travel to Brussels to take part in the Nato-Ukraine Council on Wednesday, on the sidelines of the alliance\u2019s foreign ministers\u2019 meeting.",
     "He said Ukraine would ask allies for more air defence systems before the winter."],
    "diplomacy", "diplomacy", 3, NATO, a="Larysa Hnatiuk"),
  E("2023-11-28 18:50", "Two killed in Kherson shelling, city says",
    ["The number of people killed by Russian shelling in Kherson today has risen to two, the city military administration said."],
    "strikes", "strikes", 3, KHS, a="Larysa Hnatiuk"),
  E("2023-11-28 16:30", "Power restored to most villages hit by the storm",
    ["Energy workers have restored electricity to most of the settlements cut off by the weekend snowstorm, the energy ministry said, though around 400 villages in the south and east remain without power."],
    "other", "humanitarian", 3, SNOW, a="Serhii Voloshyn"),
  E("2023-11-28 13:05", "Hungary says it will not support opening EU accession talks with Ukraine",
    ["Hungary\u2019s foreign minister said Budapest would not back the start of EU membership negotiations with Ukraine at next month\u2019s summit, arguing that Kyiv had not met the conditions."],
    "diplomacy", "diplomacy", 2, "hungary-opposes-ukraine-accession-talks-2023-11-28", a="Serhii Voloshyn", n="Must not merge with " + NATO + " (same theme, different event)."),
  E("2023-11-28 10:20", "Air force: 21 of 24 drones destroyed overnight",
    ["Russia launched 24 Shahed drones overnight, mainly at the Mykolaiv and Odesa regions, and 21 of them were shot down, Ukraine\u2019s air force said."],
    "strikes", "strikes", 2, "overnight-drones-mykolaiv-odesa-2023-11-28", a="Serhii Voloshyn"),
  E("2023-11-28 08:45", "Kherson: man killed by morning shelling",
    ["A man was killed by Russian shelling in Kherson\u2019s Korabelnyi district this morning while on his way to work, regional governor Oleksandr Prokudin said."],
    "strikes", "strikes", 3, KHS, a="Larysa Hnatiuk"),
  ]))

SEEDS.append(dict(id="8042", name="8042_tarnock-worldatom", ext="xml", source="Tarnock World Feed", zone="UTC", render=r_atom_world,
  title="Tarnock World Feed", url="https://tarnock.example",
  basis="<published> '{s}' (Z = UTC)",
  notes="Invented outlet. General world-news Atom feed, newest first, <published> in Z, plain-text content, no authors; four of six entries off-beat (Milei in Washington, Rosalynn Carter tribute, Indian tunnel rescue, New Zealand smoking law). " + D3,
  not_entries=["feed title/link/id/updated", "per-entry link/id/updated"],
  entries=[
  OFF("2023-11-28 20:45", "Argentina's president-elect Milei holds talks in Washington",
      ["Argentina's president-elect Javier Milei met senior White House officials in Washington on his first foreign trip since winning the election."],
      "milei-washington-visit-2023-11-28", n="Argentina."),
  E("2023-11-28 18:30", "Nato ministers pledge to sustain Ukraine support through winter",
    ["Nato foreign ministers meeting in Brussels pledged to keep up military support for Ukraine through the winter, as the alliance's chief warned of renewed Russian attacks on energy infrastructure."],
    "diplomacy", "diplomacy", 3, NATO, sec=["aid"]),
  OFF("2023-11-28 17:00", "Mourners honour Rosalynn Carter at Atlanta tribute",
      ["Former US first lady Rosalynn Carter was remembered at a tribute service in Atlanta attended by her husband, former President Jimmy Carter, and all living former first ladies."],
      "rosalynn-carter-tribute", n="US."),
  OFF("2023-11-28 15:20", "All 41 workers rescued from collapsed tunnel in India",
      ["Rescuers in the Indian state of Uttarakhand brought out all 41 construction workers who had been trapped for 17 days in a collapsed highway tunnel."],
      "india-tunnel-rescue", n="India."),
  E("2023-11-28 13:00", "Russian shelling kills two in Kherson",
    ["Two people were killed in Russian shelling of the southern Ukrainian city of Kherson on Tuesday, local officials said."],
    "strikes", "strikes", 3, KHS),
  OFF("2023-11-28 06:30", "New Zealand to scrap generational smoking ban",
      ["New Zealand's new government confirmed it would repeal a world-first law that would have banned tobacco sales to anyone born after 2008."],
      "nz-smoking-law-repeal", n="New Zealand."),
  ]))

SEEDS.append(dict(id="8043", name="8043_elderwick-article", ext="txt", source="Elderwick Monitor", zone="Europe/Warsaw", render=r_elderwick,
  title="Cherson shelled again as Ukraine recovers from storm", dateline="Published: 28.11.2023, 18:25 CET", byline="Halina Brooks",
  lede="Russian guns kept up their fire on a southern city while repair crews worked to reconnect villages after the snow.",
  basis="no per-section time; the article line 'Published: 28.11.2023, 18:25 CET' (UTC+1) is used for every section",
  notes="Invented outlet (Polish, English-language). Text article with four section headings; one entry per section (stamp null, published = 'Published: 28.11.2023, 18:25 CET'), page author line 'Author: Halina Brooks'. Spelling 'Cherson' (Polish form). Entry 03 is the day's theme piece (explainer; own story, must not merge with the NATO meeting). Entry 04 (Polish generators) is aid prompted by the storm but a separate event from the storm story. " + D3,
  not_entries=["outlet name and section menu", "title line (page_title)", "'Published: ...' and 'Author: ...' lines", "lede paragraph", "tags line", "'Comments (4)'", "footer"],
  entries=[
  E("2023-11-28 18:25", "Two dead in Cherson",
    ["Russian artillery killed two people in Cherson on Tuesday, the Ukrainian authorities said, as the city on the Dnipro came under fire for the third day in a row."],
    "strikes", "strikes", 3, KHS, a="Halina Brooks"),
  E("2023-11-28 18:25", "Storm leaves hundreds of villages in the dark",
    ["Hundreds of towns and villages in southern and eastern Ukraine were still without electricity on Tuesday after a snowstorm brought down power lines over the weekend.",
     "The storm killed at least 10 people, according to the interior ministry."],
    "other", "humanitarian", 3, SNOW, a="Halina Brooks"),
  E("2023-11-28 18:25", "Explainer: what the Nato-Ukraine Council can and cannot do",
    ["The Nato-Ukraine Council was created at the alliance's Vilnius summit in July to replace an older commission and give Kyiv a seat at the table as an equal participant.",
     "Either side can call a meeting, but the council takes no decisions on membership, which still requires the consent of all 31 allies."],
    "diplomacy", "diplomacy", 2, "explainer-nato-ukraine-council", a="Halina Brooks", n="Theme piece (explainer): own story, importance 2; must not merge with " + NATO + "."),
  E("2023-11-28 18:25", "Warsaw to send generators to Ukrainian towns",
    ["Poland's government said it would send 200 power generators to Ukrainian towns in the regions hardest hit by the snowstorm and by Russian attacks on the grid."],
    "aid", "aid", 2, "poland-generators-ukraine-2023-11-28", a="Halina Brooks", n="Aid decision, separate from the storm story: must not merge with " + SNOW + "."),
  ]))

SEEDS.append(dict(id="8044", name="8044_garrowby-listing", ext="html", source="Garrowby Signal", zone="America/New_York", render=r_garrowby,
  title="Russia-Ukraine War",
  basis="'{s}' in <time datetime> (-05:00, EST)",
  notes="Invented outlet (US). HTML listing, newest first; each card: h2 headline, 'By NAME', <time datetime='...-05:00'>Nov. 28, 2023 5:50 p.m. ET</time>, one summary paragraph. Entry 05 is a photo teaser without body or byline. Entry 03 (White House funding warning) must not merge with the NATO meeting story. " + D3,
  not_entries=["header and menu", "h1 'Russia-Ukraine War' (page_title)", "byline lines", "footer"],
  entries=[
  E("2023-11-28 17:50", "Kherson shelling toll rises to three, Ukrainian officials say",
    ["Russian shelling of the southern Ukrainian city of Kherson killed three people on Tuesday, officials said, as Moscow's forces kept up their bombardment from across the Dnipro River."],
    "strikes", "strikes", 3, KHS, a="Marcus Whitlow"),
  E("2023-11-28 14:20", "Blinken presses allies to keep Ukraine aid flowing at NATO meeting",
    ["Secretary of State Antony Blinken urged NATO allies in Brussels to keep weapons and money flowing to Ukraine, saying the coming months would be critical for Kyiv's defenses."],
    "diplomacy", "diplomacy", 3, NATO, a="Marcus Whitlow", sec=["aid"]),
  E("2023-11-28 11:05", "White House warns Ukraine money will run out by year-end",
    ["The White House budget office warned lawmakers that funds for weapons and economic support for Ukraine would be exhausted by the end of the year without new legislation."],
    "aid", "aid", 2, "white-house-ukraine-funds-warning-2023-11-28", a="Dana Ruiz", n="Must not merge with " + NATO + "."),
  E("2023-11-28 08:30", "Wife of Ukraine's military intelligence chief poisoned, officials say",
    ["The wife of Ukraine's military intelligence chief has been treated for heavy-metal poisoning, Ukrainian officials said, and several of the agency's employees were also affected."],
    "other", "security", 2, "budanova-poisoning-2023-11-28", a="Dana Ruiz"),
  E("2023-11-28 06:10", "Photos: Snow blankets Ukraine's capital", [], "other", "humanitarian", 1, SNOW, n="Photo teaser without body -> importance 1."),
  ]))


# ============================================================ emit

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
            fs = first_sentence(e["p"][0]) if e["p"] else None
            assert fs is None or not ABBREV_END.search(fs), fs
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                         "published_basis": S["basis"].format(s=stamps[i], d=d.strftime("%Y-%m-%d")),
                         "author": e["a"], "first_sentence": fs, "body_paragraphs": len(e["p"]),
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
    print("total entries", total)


if __name__ == "__main__":
    main()

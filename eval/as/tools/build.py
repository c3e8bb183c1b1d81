#!/usr/bin/env python3
"""Builds eval/as seeds and gold files from one hand-written data table (below).
All news text is invented or paraphrased by the blind tester in their own words; Part B outlets are invented.
Deterministic. Run from the project root: python3 eval/as/tools/build.py"""
import html, json, os, re
from datetime import datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]
AP_MON = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
PT_MON = ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"]


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=None, **x):
    return dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n, x=x)


def OFF(t, h, p, st, a=None, n="", **x):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **x)


def first_sentence(par):
    m = re.search(r'[.!?]["\u201d\u2019\']?(?=\s+[A-Z0-9"\u201c\u2018]|$)', par)
    return par[:m.end()] if m else par


def esc(s):
    return html.escape(s, quote=False)


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


def ld(obj):
    return '<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False) + "</script>"


# ============================================================ Part A renderers (layouts of real outlets; own words)

def r_chitrib(S):  # Chicago Tribune (MNG-style article page) carrying an AP round-up: ALL-CAPS section heads, no per-item time
    z = S["zone"]; pub = dt(S["published_t"], z); upd = dt(S["updated_t"], z)
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": pub.isoformat(),
            "dateModified": upd.isoformat(), "articleSection": "Nation & World",
            "author": [{"@type": "Organization", "name": "Associated Press"}],
            "publisher": {"@type": "Organization", "name": "Chicago Tribune", "logo": {"@type": "ImageObject", "url": "https://www.chicagotribune.com/wp-content/uploads/logo.png"}},
            "mainEntityOfPage": S["url"]}
    stamp_line = f"{MONTHS[pub.month - 1]} {pub.day}, {pub.year} at {ampm(pub, space=' ', dots=True)}"
    upd_line = f"{MONTHS[upd.month - 1]} {upd.day}, {upd.year} at {ampm(upd, space=' ', dots=True)}"
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="UTF-8">',
           f'<title>{esc(S["title"])} \u2013 Chicago Tribune</title>', f'<link rel="canonical" href="{S["url"]}">', ld(data), '</head>',
           '<body class="post-template-default single single-post">',
           '<div class="breaking-bar">Get unlimited digital access for 99\u00a2 <a href="/subscribe/">Subscribe now</a></div>',
           '<header class="site-header"><a class="logo" href="https://www.chicagotribune.com/">Chicago Tribune</a>',
           '<nav class="primary-menu"><a href="/news/">News</a> <a href="/sports/">Sports</a> <a href="/business/">Business</a> <a href="/opinion/">Opinion</a> '
           '<a href="/entertainment/">Entertainment</a> <a href="/things-to-do/">Things To Do</a> <a href="/obituaries/">Obituaries</a> <a href="/e-edition/">e-Edition</a></nav>',
           '<a class="btn-subscribe" href="/subscribe/">Subscribe</a> <a class="btn-login" href="/login/">Log In</a></header>',
           '<main id="main"><article class="article">',
           '<div class="taxonomy-breadcrumb"><a href="/nation-world/">Nation &amp; World</a></div>',
           f'<h1 class="entry-title">{esc(S["title"])}</h1>',
           '<div class="byline"><span class="by">By </span><a class="author-name" href="/author/associated-press/">Associated Press</a></div>',
           f'<div class="time"><span class="published">PUBLISHED: <time>{stamp_line}</time></span> | <span class="updated">UPDATED: <time>{upd_line}</time></span></div>',
           '<div class="social-share">Share this: <a>Click to share on Facebook (Opens in new window)</a> <a>Click to share on X (Opens in new window)</a> <a>Click to email a link to a friend (Opens in new window)</a></div>',
           f'<figure class="lead-image"><img src="/wp-content/uploads/ap-lead.jpg" alt=""><figcaption>{esc(S["caption"])}</figcaption></figure>',
           '<div class="body-copy">', f'<p>{esc(S["lede"])}</p>']
    for i, e in enumerate(S["entries"]):
        out.append("<p>___</p>")
        out.append(f"<p><strong>{esc(e['h'])}</strong></p>")
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if i == 2:
            out.append('<aside class="newsletter-signup"><h4>The Afternoon Briefing</h4><p>The day\u2019s top stories, delivered to your inbox after lunch. <a>Sign up</a></p></aside>')
    out += ['</div>', '<div class="report-error"><a>Report an Error</a> | <a>Submit a News Tip</a> | <a>Policies and Standards</a></div>',
            '<div class="comments-link"><a>View comments</a></div>', '</article>',
            '<section class="more-in-section"><h3>More in Nation &amp; World</h3><ul>'
            '<li><a>Severe storms bring hail to central Illinois towns</a></li><li><a>Judge weighs request to delay federal trial</a></li></ul></section>',
            '<section class="trending"><h3>Trending Nationally</h3><ol><li><a>Airline passengers stranded after computer fault</a></li>'
            '<li><a>Retail sales slip as shoppers hold back</a></li></ol></section></main>',
            '<footer class="site-footer"><p>Copyright \u00a9 2023 Chicago Tribune</p><p><a>Privacy Policy</a> | <a>Terms of Service</a> | <a>Cookie Settings</a></p></footer>',
            '</body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_folha(S):  # Folha de S.Paulo English edition, World section listing, text scrape: kicker, headline, standfirst, "19.abr.2023 às 14h30"
    z = S["zone"]
    L = ["Ir para o conte\u00fado principal", "Ir para o rodap\u00e9", "", "Folha de S.Paulo", "Assine", "Entrar", "Menu", "", "FOLHA DE S.PAULO English",
         "Brazil  Politics  Economy  World  Environment  Culture  Sports  Opinion", "Portugu\u00eas  |  Espa\u00f1ol", "",
         "Este site usa cookies para melhorar a sua navega\u00e7\u00e3o. Ao continuar, voc\u00ea aceita o uso descrito em nossa pol\u00edtica. Aceitar", "",
         S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{d.day}.{PT_MON[d.month - 1]}.{d.year} \u00e0s {d.hour}h{d.minute:02d}"; stamps.append(st)
        L += [e["x"]["kick"], e["h"]] + e["p"] + [st, ""]
        if i == 3:
            L += ["Publicidade", ""]
    L += ["Carregar mais", "", "Newsletter", "Receive Folha's English edition highlights by email  Subscribe", "",
          "Folha de S.Paulo  |  Sobre a Folha  |  Expediente  |  Fale com a Folha  |  Termos e condi\u00e7\u00f5es",
          "Copyright Folha de S.Paulo. Todos os direitos reservados."]
    return "\n".join(L) + "\n", stamps


def r_ttg(S):  # Trinidad Guardian article: oldest-first timeline of the day, "5:40 am:" in bold at the start of a paragraph, no headlines
    z = S["zone"]; d0 = dt(S["entries"][0]["t"], z)
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": d0.isoformat(),
            "author": {"@type": "Organization", "name": S["byline"]}, "publisher": {"@type": "Organization", "name": "Guardian Media Limited"}}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Trinidad Guardian</title>', ld(data), '</head><body>',
           '<div class="top-bar">Tuesday 24th January 2023 \u00b7 <a>E-paper</a> \u00b7 <a>Subscribe</a> \u00b7 <a>Sign in</a></div>',
           '<header><a class="logo" href="https://www.guardian.co.tt/">Guardian</a><nav><a>News</a> <a>Business</a> <a>Sport</a> <a>Lifestyle</a> '
           '<a>Features</a> <a>Opinion</a> <a>World</a> <a>Classifieds</a> <a>CNC3</a></nav></header>',
           '<main><article>', '<p class="section-label">World</p>', f'<h1>{esc(S["title"])}</h1>',
           f'<p class="byline">{esc(S["byline"])}</p>', f'<p class="published">Published: {S["dateline"]}</p>',
           '<div class="share"><a>Facebook</a> <a>Twitter</a> <a>WhatsApp</a> <a>Email</a></div>',
           f'<p class="standfirst"><em>{esc(S["lede"])}</em></p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, space=" "); stamps.append(st)
        out.append(f"<p><strong>{st}:</strong> {esc(e['p'][0])}</p>")
        out += [f"<p>{esc(p)}</p>" for p in e["p"][1:]]
        if i == 3:
            out.append('<div class="advert">ADVERTISEMENT</div>')
    out += ['<p class="credit">\u2014 With reporting from Reuters, AP and AFP</p>', '</article>',
            '<aside><h3>More World News</h3><ul><li><a>Haiti: gangs tighten grip on capital</a></li><li><a>Guyana oil output rises</a></li></ul></aside></main>',
            '<footer>\u00a9 Guardian Media Limited. All Rights Reserved. | <a>Privacy Policy</a> | <a>Terms of Use</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_trib242(S):  # The Tribune (Bahamas) RSS 2.0; pubDate with -0400; description = escaped HTML with an AP byline paragraph
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">', '<channel>',
           f"<title>{esc(S['title'])}</title>", "<link>http://www.tribune242.com/news/world/</link>",
           '<atom:link href="http://www.tribune242.com/news/world/rss/" rel="self" />',
           "<description>The latest world news from The Tribune, Nassau, Bahamas</description>", "<language>en-us</language>",
           f"<lastBuildDate>{dt(S['entries'][0]['t'], z).strftime('%a, %d %b %Y %H:%M:%S %z')}</lastBuildDate>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%a, %d %b %Y %H:%M:%S %z"); stamps.append(st)
        slug = re.sub(r"[^a-z0-9]+", "-", e["h"].lower()).strip("-")[:60]
        url = f"http://www.tribune242.com/news/{d.year}/{MON3[d.month - 1].lower()}/{d.day}/{slug}/"
        body = f"<p>{esc(e['x']['byline'])}<br>Associated Press</p>" if e["x"].get("agency", True) else f"<p>{esc(e['x']['byline'])}</p>"
        body += "".join(f"<p>{esc(p)}</p>" for p in e["p"])
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{url}</link>", f"<description>{esc(body)}</description>",
                f"<pubDate>{st}</pubDate>", f'<guid isPermaLink="true">{url}</guid>', "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_cayman(S):  # Cayman Compass WordPress tag archive; Yoast @graph; "By NAME" + "July 14, 2023 at 9:14 am" AFTER the headline; comment counts
    z = S["zone"]; url = "https://www.caymancompass.com/tag/ukraine/"
    data = {"@context": "https://schema.org", "@graph": [
        {"@type": "CollectionPage", "@id": url, "url": url, "name": "Ukraine Archives - Cayman Compass", "isPartOf": {"@id": "https://www.caymancompass.com/#website"},
         "breadcrumb": {"@id": url + "#breadcrumb"}, "inLanguage": "en-US"},
        {"@type": "BreadcrumbList", "@id": url + "#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home", "item": "https://www.caymancompass.com/"}, {"@type": "ListItem", "position": 2, "name": "Ukraine"}]},
        {"@type": "WebSite", "@id": "https://www.caymancompass.com/#website", "url": "https://www.caymancompass.com/", "name": "Cayman Compass",
         "description": "Cayman Islands news", "inLanguage": "en-US"}]}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="UTF-8">', '<title>Ukraine Archives - Cayman Compass</title>',
           '<!-- This site is optimized with the Yoast SEO plugin -->', '<script type="application/ld+json" class="yoast-schema-graph">' + json.dumps(data) + '</script>',
           '</head><body class="archive tag tag-ukraine">',
           '<div id="cookie-notice">We use cookies to give you the best experience on our website. <a>Ok</a> <a>Privacy policy</a></div>',
           '<div class="top-bar"><span class="weather">Grand Cayman 31\u00b0C</span> <a>Subscribe</a> <a>Sign in</a> <a>e-Edition</a></div>',
           '<header><a class="logo" href="https://www.caymancompass.com/">Cayman Compass</a><nav><a>News</a> <a>Business</a> <a>Community</a> '
           '<a>Sports</a> <a>Lifestyle</a> <a>Food &amp; Drink</a> <a>Marine</a> <a>Opinion</a> <a>Obituaries</a></nav></header>',
           '<main class="site-main">', '<header class="page-header"><span class="label">Tag</span>', f'<h1 class="page-title">{esc(S["title"])}</h1></header>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MONTHS[d.month - 1]} {d.day}, {d.year} at {ampm(d, space=' ')}"; stamps.append(st)
        out += [f'<article class="post type-post">', f'<span class="cat-links"><a>{e["x"].get("cat", "World")}</a></span>',
                f'<h2 class="entry-title"><a href="https://www.caymancompass.com/{d:%Y/%m/%d}/p{i + 4471}/">{esc(e["h"])}</a></h2>',
                f'<div class="entry-meta"><span class="byline">By <span class="author">{esc(e["a"])}</span></span> '
                f'<time class="entry-date published" datetime="{d.isoformat()}">{st}</time> '
                f'<a class="comments-link">{e["x"].get("comments", 0)} Comments</a></div>',
                '<div class="entry-summary">'] + [f"<p>{esc(p)}</p>" for p in e["p"]] + ['</div>', '<a class="read-more">Read more</a>', '</article>']
        if i == 2:
            out.append('<div class="newsletter-box"><h3>Get the Compass in your inbox</h3><p>Sign up for our free daily newsletter.</p><input type="email"> <button>Sign up</button></div>')
    out += ['<nav class="pagination"><a>1</a> <a>2</a> <a>3</a> <a>Next \u00bb</a></nav></main>',
            '<aside class="sidebar"><h3>Most Read</h3><ol><li><a>Traffic delays expected on East-West Arterial</a></li><li><a>Heat advisory issued for weekend</a></li></ol></aside>',
            '<footer>\u00a9 2023 Cayman Free Press Ltd. All rights reserved. <a>Terms</a> <a>Privacy</a> <a>Contact us</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_matangi(S):  # Matangi Tonga Online (Drupal) news listing, text scrape; "Friday, February 24, 2023 - 11:30" after the headline; "Source:" credit
    z = S["zone"]
    L = ["Skip to main content", "", "Matangi Tonga Online", "Tonga's national news", "", "Home", "Tonga", "Pacific", "World", "Business", "Sports",
         "Features", "Magazine", "Contact us", "", "Search form", "Search", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{DAYS_EN[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year} - {d:%H:%M}"; stamps.append(st)
        L += [e["h"], st, ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"Source: {e['a']}", ""]
        L += ["Read more", ""]
    L += ["1", "2", "3", "next \u203a", "last \u00bb", "", "Advertise with us", "", "Copyright \u00a9 Vava'u Press Ltd. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_solstar(S):  # Solomon Star (tagDiv-style WordPress) "World news in brief" round-up, text scrape; items with agency datelines, no headlines, no times
    z = S["zone"]; d0 = dt(S["published_t"], z)
    L = ["Solomon Star News", "", f"{DAYS_EN[d0.weekday()]}, {MONTHS[d0.month - 1]} {d0.day}, {d0.year}", "", "Home", "National", "Provincial", "Business",
         "Sports", "Pacific", "World", "Opinion", "Letters", "Classifieds", "", "World", S["title"], "",
         f"By {S['byline']}", "-", f"{MONTHS[d0.month - 1]} {d0.day}, {d0.year} {ampm(d0, space=' ')}", "0", "Share", "Facebook", "Twitter", "WhatsApp", ""]
    for e in S["entries"]:
        L += ptxt(e["p"])
    L += ["\u2013 AFP/Reuters", "", "Share", "Facebook", "Twitter", "WhatsApp", "", "RELATED ARTICLES", "MORE FROM AUTHOR", "",
          "Pacific leaders to meet on fisheries deal", "Global oil prices ease", "Asian markets close mixed", "", "LEAVE A REPLY Cancel reply",
          "Please enter your comment!", "Please enter your name here", "", "\u00a9 Solomon Star News \u2013 All rights reserved"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_pdn(S):  # Pacific Daily News live updates (Gannett-style); day headers "Monday, Sept. 25" (no year anywhere); "6:10 p.m." above h2; Key Points; signatures
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>', '</head><body>',
           '<header class="gnt_n"><a class="gnt_n_logo" href="https://www.guampdn.com/">Pacific Daily News</a>',
           '<nav><a>News</a> <a>Sports</a> <a>Entertainment</a> <a>Opinion</a> <a>Obituaries</a> <a>Legals</a> <a>e-Edition</a></nav>',
           '<a class="gnt_n_sub">Subscribe</a> <a class="gnt_n_sign">Sign In</a></header>',
           '<main><article class="gnt_ar">', '<p class="gnt_ar_lbl">WORLD</p>', f'<h1 class="gnt_ar_hl">{esc(S["title"])}</h1>',
           f'<div class="gnt_ar_by">{esc(S["byline"])}</div>', f'<div class="gnt_ar_dt">{esc(S["updated"])}</div>',
           '<div class="gnt_ss"><a>Facebook</a> <a>Twitter</a> <a>Email</a></div>', f'<p class="gnt_ar_b_p">{esc(S["lede"])}</p>',
           '<aside class="key-points"><h2>Key Points</h2><ul>']
    out += [f"<li>{esc(e['h'])}</li>" for e in S["entries"] if e["kp"]]
    out.append("</ul></aside>")
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); day = f"{DAYS_EN[d.weekday()]}, {AP_MON[d.month - 1]} {d.day}"
        if day != cur:
            cur = day; out.append(f'<h3 class="day-divider">{day}</h3>')
        st = ampm(d, space=" ", dots=True); stamps.append(st)
        out.append(f'<div class="live-post"><p class="post-time">{st}</p>' + (f'<h2>{esc(e["h"])}</h2>' if e["h"] else ""))
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if e["x"].get("sig"):
            out.append(f'<p class="sig"><em>\u2014 {esc(e["x"]["sig"])}</em></p>')
        out.append("</div>")
        if i == 3:
            out.append('<aside class="gnt_em_nl">Get the news you need to start your day. <a>Sign up for our newsletter</a></aside>')
    out += ['<p class="gnt_ar_cr">Contributing: wire reports</p></article></main>',
            '<footer><a>Contact Us</a> | <a>Terms of Service</a> | <a>Privacy Policy</a> | <a>Your Privacy Choices</a> | \u00a9 Pacific Daily News</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_thisday(S):  # ThisDay (WordPress) RSS 2.0; pubDate +0000; dc:creator; description excerpt + content:encoded; Title Case headlines
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/">',
           '<channel>', f'<title>{esc(S["title"])}</title>', '<atom:link href="https://www.thisdaylive.com/index.php/category/world/feed/" rel="self" type="application/rss+xml" />',
           '<link>https://www.thisdaylive.com</link>', '<description>The Sunday Newspaper</description>',
           f'<lastBuildDate>{dt(S["entries"][0]["t"], z).astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S +0000")}</lastBuildDate>',
           '<language>en-US</language>', '<sy:updatePeriod>hourly</sy:updatePeriod>', '<sy:updateFrequency>1</sy:updateFrequency>',
           '<generator>https://wordpress.org/?v=6.2.2</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        u = dt(e["t"], z).astimezone(UTC); st = u.strftime("%a, %d %b %Y %H:%M:%S +0000"); stamps.append(st)
        link = f"https://www.thisdaylive.com/index.php/{u:%Y/%m/%d}/{re.sub(r'[^a-z0-9]+', '-', e['h'].lower()).strip('-')[:50]}/"
        excerpt = e["p"][0][:150].rsplit(" ", 1)[0] + " [&#8230;]"
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{link}</link>", f"<dc:creator><![CDATA[{e['a']}]]></dc:creator>",
                f"<pubDate>{st}</pubDate>", f"<category><![CDATA[{e['x'].get('cat', 'World')}]]></category>",
                f'<guid isPermaLink="false">https://www.thisdaylive.com/?p={i + 871402}</guid>',
                f"<description><![CDATA[{excerpt}]]></description>",
                "<content:encoded><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></content:encoded>", "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_newsday(S):  # NewsDay (Zimbabwe) World listing, text scrape; category label, headline, "By AFP", "20 Mar 2023, 14:34", excerpt, "Read More »"
    z = S["zone"]
    L = ["NewsDay Zimbabwe", "The Independent Daily", "", "Home  News  Business  Sport  Opinion & Analysis  Local News  World  Entertainment  Life & Style  ePaper", "",
         "Subscribe", "Trending: Fuel prices  |  ZIMSEC results  |  Cholera", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {MON3[d.month - 1]} {d.year}, {d:%H:%M}"; stamps.append(st)
        L += ["World", e["h"], f"By {e['a']}", st] + e["p"] + ["Read More \u00bb", ""]
        if i == 4:
            L += ["Advertisement", ""]
    L += ["Load More", "", "Sign up for our newsletter", "", "\u00a9 2023 Alpha Media Holdings. All rights reserved.  About Us  Contact Us  Privacy Policy"]
    return "\n".join(L) + "\n", stamps


# ============================================================ Part B renderers (invented outlets)

def r_skerrowby(S):  # text live, newest first, "19:45 GMT" line BEFORE headline, "— NAME" signature after body, "Summary" bullets (not Key Points)
    z = S["zone"]
    L = ["SKERROWBY LIVE", "News | Ukraine | World | Business | Sport | Weather", "", S["title"], S["dateline"], "", "Summary"] + \
        ["\u2022 " + b for b in S["summary"]] + ["", "Latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} GMT"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"\u2014 {e['a']}", ""]
        L += ["Share this update", ""]
    L += ["Show earlier updates", "", "Skerrowby Live \u00b7 About \u00b7 Corrections \u00b7 Privacy \u00b7 Cookie settings"]
    return "\n".join(L) + "\n", stamps


def r_vennacombe(S):  # HTML live, OLDEST first; LiveBlogPosting JSON-LD with per-update times; <time datetime> "09:05" above h3; byline after h3
    z = S["zone"]; ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#update-{i + 1}", "headline": e["h"], "datePublished": d.isoformat(), "articleBody": "\n\n".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    data = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
            "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | Vennacombe Post</title>", ld(data), "</head><body>",
           '<header><a href="/">Vennacombe Post</a> <nav><a>Ukraine</a> <a>Europe</a> <a>Opinion</a> <a>Newsletters</a> <a>Support us</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>',
           '<p class="order-note">Updates are shown in the order they were published.</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="update" id="update-{i + 1}"><time datetime="{d.isoformat()}">{st}</time><h3>{esc(e["h"])}</h3>')
        if e["a"]:
            out.append(f'<p class="byline">By {esc(e["a"])}</p>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append('<div class="tools"><a>Share</a> <a>Copy link</a></div></article>')
        if i == 2:
            out.append('<aside class="promo">Vennacombe Post is reader-funded. <a>Become a supporter</a></aside>')
    out += ["</main>", "<footer>Vennacombe Post \u00b7 About \u00b7 Corrections \u00b7 Privacy</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_worldrss(S):  # RSS 2.0 general world feed; pubDate in GMT; CDATA paragraphs; category; no authors
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0"><channel>', f"<title>{esc(S['title'])}</title>",
           f"<link>{S['url']}</link>", f"<description>{esc(S['lede'])}</description>", "<language>en-gb</language>",
           f"<ttl>15</ttl>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%a, %d %b %Y %H:%M:%S GMT"); stamps.append(st)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{S['url']}/news/{S['id']}{i + 11}</link>", f"<guid isPermaLink=\"false\">{S['id']}-{i + 11}</guid>",
                f"<pubDate>{st}</pubDate>", f"<category>{e['x'].get('cat', 'World')}</category>",
                "<description><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></description>", "</item>"]
    out += ["</channel></rss>"]
    return "\n".join(out) + "\n", stamps


def r_atom(S):  # Atom 1.0, newest first; <published> with the outlet's offset (or Z); escaped HTML content; per-entry author when given
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f"<title>{esc(S['title'])}</title>",
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/feed.atom"/>', f"<id>{S['url']}/feed.atom</id>",
           f"<updated>{dt(S['entries'][0]['t'], z).isoformat().replace('+00:00', 'Z')}</updated>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat().replace("+00:00", "Z"); stamps.append(st)
        aid = e["x"].get("aid", f"{S['id']}-{i + 1}")
        out += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link href="{S["url"]}/a/{aid}"/>', f"<id>{S['url']}/a/{aid}</id>",
                f"<published>{st}</published>", f"<updated>{st}</updated>"]
        if e["a"]:
            out.append(f"<author><name>{esc(e['a'])}</name></author>")
        if e["p"]:
            out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</content>")
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


def r_textarticle(S):  # text article: title, byline, dateline with time and zone, lede, section headings; one entry per section; stamp null
    L = [S["source"].upper(), S["kicker"], "", S["title"], "", f"By {S['byline']}", S["dateline"], "", S["lede"], ""]
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
    L += ["Share this article", "Related: " + S["more"], "", S["footer"]]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_brasswick(S):  # HTML live, newest first; JSON-LD @graph, @type array, liveBlogUpdate items carrying the PAGE's headline/time; "4:40 p.m. ET" in <time>
    z = S["zone"]; pub = dt(S["published_t"], z); last = dt(S["entries"][0]["t"], z)
    ups = [{"@type": "BlogPosting", "@id": f"{S['url']}#post-{i + 1}", "headline": S["title"], "datePublished": pub.isoformat(),
            "dateModified": last.isoformat(), "articleBody": (" ".join(e["p"]))[:160]} for i, e in enumerate(S["entries"])]
    data = {"@context": "https://schema.org", "@graph": [
        {"@type": "Organization", "@id": "https://brasswickherald.example/#org", "name": "Brasswick Herald"},
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"], "headline": S["title"], "datePublished": pub.isoformat(), "dateModified": last.isoformat(),
         "coverageStartTime": pub.isoformat(), "publisher": {"@id": "https://brasswickherald.example/#org"}, "liveBlogUpdate": ups}]}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} - Brasswick Herald</title>", ld(data), "</head><body>",
           '<header>Brasswick Herald <nav><a>Politics</a> <a>World</a> <a>Business</a> <a>Opinion</a> <a>Podcasts</a></nav> <a>Subscribe</a></header>',
           f"<main><p class=\"kicker\">LIVE</p><h1>{esc(S['title'])}</h1>", f'<p class="date">{esc(S["dateline"])}</p>',
           f'<p class="lede">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, space=" ", dots=True) + " ET"; stamps.append(st)
        out.append(f'<div class="post" id="post-{i + 1}">' + (f'<p class="post-byline">{esc(e["a"])}</p>' if e["a"] else "")
                   + f'<time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append("</div>")
        if i == 2:
            out.append('<div class="inline-promo">Get breaking news alerts from the Herald. <a>Turn on notifications</a></div>')
    out += ['</main><footer>\u00a9 2023 Brasswick Herald Media \u00b7 Terms \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_orvanley(S):  # text live, OLDEST first, no year anywhere; headline, then "Wed 11 Oct · 06:50", body, "By NAME"
    z = S["zone"]
    L = ["ORVANLEY REPORT", "Independent news from Kyiv", "", "Live  |  Front line  |  Politics  |  Economy  |  Explainers", "", S["title"], S["dateline"],
         "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{DAYS_EN[d.weekday()][:3]} {d.day} {MON3[d.month - 1]} \u00b7 {d:%H:%M}"; stamps.append(st)
        L += [e["h"], st, ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"By {e['a']}", ""]
        if i == 2:
            L += ["Orvanley Report is free to read. Help keep it that way \u2014 donate", ""]
    L += ["This live page has ended. Follow tomorrow's coverage here.", "Orvanley Report \u00b7 Team \u00b7 Contact \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_ebbisford(S):  # RSS 2.0 with dc:creator, pubDate with +0200, description = escaped HTML paragraphs
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">', '<channel>',
           f"<title>{esc(S['title'])}</title>", f"<link>{S['url']}</link>", f"<description>{esc(S['lede'])}</description>", "<language>en</language>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%a, %d %b %Y %H:%M:%S %z"); stamps.append(st)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{S['url']}/articles/{i + 9301}</link>", f"<dc:creator>{esc(e['a'])}</dc:creator>",
                f"<pubDate>{st}</pubDate>", f"<guid>{S['url']}/articles/{i + 9301}</guid>",
                "<description>" + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</description>", "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


# ============================================================ PART A: single pages (layouts of real outlets, own words)
SEEDS = []

SEEDS.append(dict(id="4600", name="4600_chicagotribune-roundup", ext="html", source="Chicago Tribune", zone="America/Chicago", render=r_chitrib,
  title="Russia-Ukraine war: Bakhmut holds, prisoners return and Kyiv shrugs off leaked files",
  url="https://www.chicagotribune.com/2023/04/10/russia-ukraine-war-bakhmut-prisoners-leak/",
  published_t="2023-04-10 05:02", updated_t="2023-04-10 13:37",
  caption="A Ukrainian serviceman fires a mortar toward Russian positions near Bakhmut, Ukraine, Sunday, April 9, 2023. (AP Photo/Taras Hnatiuk)",
  lede="KYIV, Ukraine (AP) \u2014 Here is a look at the main developments in Russia's war in Ukraine as a new week begins:",
  notes="Imitates a Chicago Tribune (MediaNews-style WordPress) article page carrying an AP round-up. Page byline 'By Associated Press'; one "
        "'PUBLISHED: April 10, 2023 at 5:02 a.m. | UPDATED: April 10, 2023 at 1:37 p.m.' line with no zone printed (Chicago, CDT = UTC-5). "
        "The lede paragraph (with the AP dateline) introduces six sections, each an ALL-CAPS bold heading after a '___' separator: one entry per section, "
        "stamp null, published = the PUBLISHED time (first publication; the UPDATED time is not any section's time). The lead photo caption names "
        "'Sunday, April 9, 2023' (the photo's day, not the page's). NewsArticle JSON-LD agrees with the PUBLISHED time. Sections 4 and 5 are the same story "
        "(the leak and Kyiv's reaction to it).",
  not_entries=["subscription bar 'Get unlimited digital access ...'", "masthead, navigation menu, Subscribe / Log In", "breadcrumb 'Nation & World'",
               "page headline (h1, page_title)", "byline 'By Associated Press'", "PUBLISHED / UPDATED line", "share buttons 'Share this: Click to share on ...'",
               "lead photo caption dated Sunday, April 9, 2023 (AP Photo credit)", "lede 'KYIV, Ukraine (AP) \u2014 Here is a look at ...'", "'___' separators",
               "newsletter box 'The Afternoon Briefing'", "'Report an Error | Submit a News Tip | Policies and Standards'", "'View comments'",
               "'More in Nation & World' links (2)", "'Trending Nationally' links (2)", "footer copyright and policy links"],
  entries=[
  E("2023-04-10 05:02", "FIERCE FIGHTING CONTINUES IN BAKHMUT",
    ["Ukrainian units are still holding the western districts of Bakhmut after Russian forces pushed deeper into the city centre over the weekend, a military spokesman in the east said Monday.",
     "He said Russian assault groups, many of them drawn from the Wagner private army, were attacking around the clock despite heavy losses."],
    "other", "frontline", 2, "bakhmut-fighting-2023-04-10", a="Associated Press"),
  E("2023-04-10 05:02", "SHELLING KILLS TWO IN KHERSON PROVINCE",
    ["Russian artillery fire killed two civilians and wounded five more in villages on the western bank of the Dnieper River, the regional governor reported.",
     "One of the dead was a woman who was hit while waiting in line for drinking water in the town of Beryslav, he said."],
    "strikes", "strikes", 3, "kherson-province-shelling-2023-04-10", a="Associated Press"),
  E("2023-04-10 05:02", "UKRAINE BRINGS HOME 94 SOLDIERS IN EXCHANGE",
    ["Ninety-four Ukrainian soldiers and one civilian came home Monday in the latest exchange of prisoners with Russia, the head of the presidential office said.",
     "Most had been captured during the defense of Mariupol and Bakhmut, he added, without saying how many Russians were handed back."],
    "diplomacy", "diplomacy", 3, "prisoner-exchange-94-2023-04-10", a="Associated Press"),
  E("2023-04-10 05:02", "PENTAGON WORKS TO TRACE LEAKED SECRET FILES",
    ["Defense officials in Washington said they were still assessing the damage from the online release of dozens of classified briefing slides, some of which describe the state of Ukraine's air defenses.",
     "The Justice Department has opened a criminal investigation into the leak."],
    "other", "security", 2, "us-classified-documents-leak", a="Associated Press"),
  E("2023-04-10 05:02", "KYIV PLAYS DOWN THE IMPACT OF THE LEAK",
    ["A senior adviser to President Volodymyr Zelenskyy said the leaked material mixed genuine figures with invented ones and would not change Ukraine's plans for a spring offensive."],
    "other", "security", 2, "us-classified-documents-leak", a="Associated Press",
    n="Reaction whose content is the leak itself: same story as 4600-04."),
  E("2023-04-10 05:02", "KREMLIN REJECTS CALLS FOR AN EASTER TRUCE",
    ["The Kremlin said it saw no grounds for a ceasefire over the Orthodox Easter holiday on April 16, arguing that Kyiv had shown no interest in talks.",
     "Spokesman Dmitry Peskov told reporters the military operation would go on."],
    "diplomacy", "diplomacy", 2, "kremlin-rejects-easter-truce", a="Associated Press"),
  ]))

SEEDS.append(dict(id="4601", name="4601_folha-worldlisting", ext="txt", source="Folha de S.Paulo", zone="America/Sao_Paulo", render=r_folha,
  title="World",
  notes="Imitates the World section listing of Folha de S.Paulo's English edition, copied as plain text. Chrome is in Portuguese (skip links, 'Assine', "
        "'Entrar', cookie line, 'Publicidade', 'Carregar mais', footer). Newest first. Each item: a kicker (chap\u00e9u) line, the headline, a one-paragraph "
        "standfirst, then the stamp in Folha's Portuguese form '19.abr.2023 \u00e0s 19h55' (day.month-abbreviation.year, 'h' between hour and minutes). "
        "No zone printed: Bras\u00edlia time (UTC-3, no daylight saving in 2023). No bylines on the listing, so author null. Two items (Argentina, Uruguay) are "
        "not about the war.",
  not_entries=["skip links 'Ir para o conte\u00fado principal' / 'Ir para o rodap\u00e9'", "masthead, 'Assine', 'Entrar', 'Menu'", "edition line and section menu",
               "language switch 'Portugu\u00eas | Espa\u00f1ol'", "cookie notice (Portuguese)", "section title 'World' (page_title)", "kicker line above every headline",
               "'Publicidade'", "'Carregar mais'", "newsletter box", "footer links and copyright"],
  entries=[
  E("2023-04-19 19:55", "Zelensky's office invites Lula to see the war for himself",
    ["A Ukrainian presidential adviser says a trip to Kyiv would help the Brazilian leader understand why Ukraine rejects any ceasefire that freezes the current front lines."],
    "diplomacy", "diplomacy", 3, "zelensky-invites-lula-to-kyiv", kick="Ukraine War"),
  E("2023-04-19 17:40", "Lula says Brazil condemns the violation of Ukraine's territory",
    ["After days of criticism from Washington and Brussels, the president used a lunch with a European head of state to restate that Brazil voted against the invasion at the UN."],
    "diplomacy", "diplomacy", 3, "lula-condemns-violation-of-ukraine-territory", kick="Diplomacy"),
  E("2023-04-19 15:10", "Senators call Amorim to explain Brazil's peace proposal",
    ["The foreign relations committee wants the president's special adviser to detail what he discussed in Moscow and which countries would sit in a 'peace club'."],
    "diplomacy", "diplomacy", 2, "senate-summons-amorim-peace-proposal", kick="Congress"),
  OFF("2023-04-19 13:25", "Peso slides to a new record low in Buenos Aires",
      ["The informal exchange rate passed 400 pesos to the dollar for the first time as the Argentine government struggles with inflation above 100%."],
      "argentina-peso-record-low", n="Argentine currency market.", kick="Argentina"),
  E("2023-04-19 11:00", "Russian ambassador praises Bras\u00edlia's 'balanced' position",
    ["Moscow's envoy says his country values Brazil's refusal to join sanctions and its offer to help bring both sides to the negotiating table."],
    "diplomacy", "diplomacy", 2, "russian-envoy-praises-brazil-stance", kick="Diplomacy"),
  OFF("2023-04-19 09:30", "Drought pushes Montevideo's water supply to the brink",
      ["Uruguay's capital has started mixing saltier water from the River Plate into the public supply as its main reservoir runs low."],
      "uruguay-drought-montevideo-water", n="Uruguayan drought.", kick="Uruguay"),
  E("2023-04-19 07:15", "Ukrainian community protests outside Russian consulate in S\u00e3o Paulo",
    ["Around 200 people carried flags and photographs of destroyed cities and called on the Brazilian government to take a clearer stand against the invasion."],
    "other", "politics", 2, "sao-paulo-ukrainian-community-protest", kick="S\u00e3o Paulo"),
  ]))

SEEDS.append(dict(id="4602", name="4602_trinidadguardian-timeline", ext="html", source="Trinidad Guardian", zone="America/Port_of_Spain", render=r_ttg,
  title="Russia-Ukraine war: how Monday unfolded", byline="Guardian Media World Desk", dateline="Monday, January 23, 2023",
  lede="A summary of the day's main events in the war in Ukraine, compiled from wire reports and updated through the day.",
  notes="Imitates a Trinidad Guardian (guardian.co.tt) World article built as an OLDEST-FIRST timeline of the day. Entries have NO headlines: each is a "
        "paragraph that opens with a bold local time '5:40 am:' (sometimes followed by a second paragraph). One desk byline for the page. "
        "'Published: Monday, January 23, 2023' gives the date; no zone printed: Trinidad and Tobago time (AST = UTC-4). The top bar shows the fetch day "
        "'Tuesday 24th January 2023', which is not the page's day. Entries 4602-04 and 4602-07 share a theme (corruption/personnel) but are different events.",
  not_entries=["top bar with the fetch date 'Tuesday 24th January 2023', E-paper, Subscribe, Sign in", "logo and navigation", "section label 'World'",
               "headline (page_title)", "byline 'Guardian Media World Desk'", "'Published: Monday, January 23, 2023'", "share links", "italic standfirst",
               "'ADVERTISEMENT'", "credit line '\u2014 With reporting from Reuters, AP and AFP'", "'More World News' links (2)", "footer"],
  entries=[
  E("2023-01-23 05:40", None,
    ["Poland will formally ask Germany for permission to send Leopard 2 tanks to Ukraine, Prime Minister Mateusz Morawiecki told reporters.",
     "He said Warsaw was ready to build a coalition of countries willing to hand over tanks even if Berlin stayed out."],
    "aid", "aid", 3, "poland-leopard-reexport-request", a="Guardian Media World Desk"),
  E("2023-01-23 07:20", None,
    ["Russian shelling overnight wounded three people in the city of Kherson and damaged a hospital building, the regional military administration said."],
    "strikes", "strikes", 2, "kherson-overnight-shelling-2023-01-23", a="Guardian Media World Desk"),
  E("2023-01-23 09:05", None,
    ["European Union foreign ministers meeting in Brussels agreed to add another 500 million euros to the fund the bloc uses to pay for weapons sent to Ukraine.",
     "The bloc's foreign policy chief, Josep Borrell, said the decision had been taken without objections."],
    "aid", "aid", 3, "eu-peace-facility-top-up-2023-01-23", a="Guardian Media World Desk"),
  E("2023-01-23 11:30", None,
    ["Ukraine's government dismissed a deputy infrastructure minister after anti-corruption investigators accused him of taking a bribe over the purchase of generators."],
    "other", "politics", 2, "ukraine-deputy-minister-dismissed-bribery", a="Guardian Media World Desk"),
  E("2023-01-23 13:45", None,
    ["The Kremlin warned that Western tanks would not change the situation on the battlefield and said European countries sending them would share responsibility for the consequences."],
    "diplomacy", "diplomacy", 2, "kremlin-warns-over-western-tanks", a="Guardian Media World Desk", sec=["aid"],
    n="A separate statement from Poland's request (4602-01): different event, must not merge."),
  E("2023-01-23 16:10", None,
    ["Ukraine's General Staff said its troops had beaten back attacks near Bakhmut, Vuhledar and Avdiivka over the previous day."],
    "other", "frontline", 2, "donetsk-front-attacks-repelled-2023-01-23", a="Guardian Media World Desk"),
  E("2023-01-23 18:50", None,
    ["In his evening video address, President Volodymyr Zelensky said some officials would lose their posts this week, without naming them.",
     "He said the state would not tolerate people who enrich themselves while soldiers are at the front."],
    "other", "politics", 2, "zelensky-promises-personnel-changes", a="Guardian Media World Desk",
    n="Same theme as 4602-04 (corruption), different event: must not merge."),
  ]))

SEEDS.append(dict(id="4603", name="4603_tribune242-worldfeed", ext="xml", source="The Tribune", zone="America/Nassau", render=r_trib242,
  title="The Tribune - World News",
  notes="Imitates the RSS 2.0 feed of The Tribune (Nassau, Bahamas) World section: Associated Press stories, newest first. pubDate carries -0400 "
        "(Bahamas, EDT). Each description is escaped HTML whose first paragraph is the AP byline ('By NAME<br>Associated Press', names in capitals, or "
        "'By The Associated Press'); the body follows, starting with an AP dateline ('KYIV, Ukraine (AP) \u2014'), which is kept in first_sentence as printed. "
        "body_paragraphs does not count the byline paragraph. One item (Hurricane Otis) is not about the war.",
  not_entries=["channel title, link, description, language, lastBuildDate", "byline paragraph at the top of each description (used as author, not body)"],
  entries=[
  E("2023-10-24 18:40", "Russia sends fresh waves of troops at Avdiivka, Ukraine says",
    ["KYIV, Ukraine (AP) \u2014 Russian forces mounted new attacks on the eastern town of Avdiivka on Tuesday, sending in infantry after armored columns suffered heavy losses earlier in the month, Ukrainian officials said.",
     "A Ukrainian army spokesman said the defenders had repelled more than a dozen assaults during the day."],
    "other", "frontline", 2, "avdiivka-assaults-2023-10-24", a="VOLODYMYR HRYTSAK", byline="By VOLODYMYR HRYTSAK"),
  OFF("2023-10-24 16:05", "Hurricane Otis gains strength as it nears Mexico's Pacific coast",
      ["ACAPULCO, Mexico (AP) \u2014 Otis grew rapidly into a powerful hurricane on Tuesday as it headed toward Mexico's southern Pacific coast, and forecasters warned of destructive winds and flooding."],
      "hurricane-otis-mexico", a="ROSA GALLARDO", n="Mexican hurricane.", byline="By ROSA GALLARDO"),
  E("2023-10-24 13:30", "Russian missile strike on Kharkiv region factory kills two",
    ["KYIV, Ukraine (AP) \u2014 A Russian missile hit an industrial site in Ukraine's northeastern Kharkiv region overnight, killing two workers and injuring seven, the regional governor said Tuesday.",
     "Emergency crews worked through the morning to put out a fire at the plant."],
    "strikes", "strikes", 3, "kharkiv-region-factory-strike-2023-10-24", a="HANNA KOZAK", byline="By HANNA KOZAK"),
  E("2023-10-24 11:15", "Erdogan sends Sweden's NATO membership bid to Turkish parliament",
    ["ANKARA, Turkey (AP) \u2014 Turkish President Recep Tayyip Erdogan has signed Sweden's NATO accession protocol and submitted it to parliament for ratification, his office said, ending months of delay.",
     "Lawmakers must still debate and vote on it, and no date has been set."],
    "diplomacy", "diplomacy", 3, "turkey-sweden-nato-protocol-to-parliament", a="SELIN DEMIRCAN", byline="By SELIN DEMIRCAN"),
  E("2023-10-24 09:00", "Ukraine claims foothold on Dnieper's eastern bank",
    ["KYIV, Ukraine (AP) \u2014 Ukrainian troops have set up positions on the Russian-held eastern bank of the Dnieper River near Kherson, a Ukrainian official said, in a rare advance in the south."],
    "other", "frontline", 2, "dnieper-east-bank-foothold", a="The Associated Press", byline="By The Associated Press", agency=False),
  E("2023-10-24 06:20", "Bulgaria to send old air defense missiles to Ukraine",
    ["SOFIA, Bulgaria (AP) \u2014 Bulgaria's government said it would hand Ukraine a batch of surface-to-air missiles that its own military considers unusable, arguing they could still help Kyiv protect its cities."],
    "aid", "aid", 2, "bulgaria-air-defense-missiles-for-ukraine", a="The Associated Press", byline="By The Associated Press", agency=False),
  ]))

SEEDS.append(dict(id="4604", name="4604_caymancompass-tag", ext="html", source="Cayman Compass", zone="America/Cayman", render=r_cayman,
  title="Ukraine",
  notes="Imitates a Cayman Compass (WordPress) tag archive 'Ukraine' with a Yoast @graph JSON-LD (CollectionPage, BreadcrumbList, WebSite: no article "
        "times in it). Newest first. Each post: category label, headline, then 'By NAME' and the stamp 'July 14, 2023 at 9:14 am' AFTER the headline, "
        "a comment count, one or two summary paragraphs and 'Read more'. No zone printed: Cayman Islands time (UTC-5 all year); the <time datetime> "
        "attributes carry -05:00. Per-post authors (local reporters, wire credits). The turtle-nesting item is not about the war.",
  not_entries=["cookie notice", "top bar (weather, Subscribe, Sign in, e-Edition)", "logo and navigation", "'Tag' label and tag title 'Ukraine' (page_title)",
               "category labels above headlines", "'N Comments' links", "'Read more' links", "newsletter box 'Get the Compass in your inbox'",
               "pagination", "sidebar 'Most Read' (2 local links)", "footer"],
  entries=[
  E("2023-07-14 17:20", "Sanctions office freezes more Russian-linked assets",
    ["Assets worth an estimated US$14 million linked to sanctioned Russian individuals have been frozen in Cayman since the start of the year, according to figures released Friday by the office that oversees financial sanctions.",
     "The office said it had received 23 reports from local firms, most of them involving bank accounts and company shares."],
    "diplomacy", "diplomacy", 2, "cayman-russian-asset-freezes", a="Tessa Bodden-Ruiz", cat="News", comments=4,
    n="Enforcement of sanctions -> diplomacy (sanctions)."),
  E("2023-07-14 15:05", "Black Sea grain deal in doubt ahead of Monday deadline",
    ["Russia signalled again on Friday that it may not extend the agreement that lets Ukraine ship grain across the Black Sea, which expires on Monday.",
     "Turkey and the United Nations have been trying to persuade Moscow to keep it alive."],
    "diplomacy", "diplomacy", 2, "black-sea-grain-deal-expiry", a="Associated Press"),
  E("2023-07-14 12:40", "Ukraine confirms arrival of US cluster munitions",
    ["Ukraine has received cluster munitions from the United States and will use them only to break through Russian defensive lines, a senior Ukrainian general said on Thursday."],
    "aid", "aid", 3, "us-cluster-munitions-arrive-in-ukraine", a="Reuters", comments=2),
  OFF("2023-07-14 10:10", "Record number of turtle nests counted on Seven Mile Beach",
      ["Environment officers have logged more green turtle nests on Seven Mile Beach this season than in any year since monitoring began, the Department of Environment said."],
      "seven-mile-beach-turtle-nests", a="Compass Staff", n="Local wildlife story.", cat="Environment", comments=1),
  E("2023-07-14 08:30", "Kyiv air defences down drones in overnight attack",
    ["Ukraine's air force said it shot down all 16 attack drones launched at Kyiv overnight, though falling debris damaged several homes on the outskirts of the capital."],
    "strikes", "strikes", 2, "kyiv-drone-attack-2023-07-14", a="Reuters"),
  E("2023-07-14 06:45", "Biden says Putin has 'already lost' the war",
    ["US President Joe Biden, speaking in Helsinki at the end of a European trip, said Russian President Vladimir Putin had already lost the war in Ukraine because he could not win it on the battlefield."],
    "diplomacy", "diplomacy", 3, "biden-helsinki-nordic-summit", a="Associated Press", comments=7),
  ]))

SEEDS.append(dict(id="4605", name="4605_matangitonga-news", ext="txt", source="Matangi Tonga", zone="Pacific/Tongatapu", render=r_matangi,
  title="Latest News",
  notes="Imitates the Matangi Tonga Online (Drupal) news listing, copied as plain text. Newest first. Each item: headline, then the Drupal date line "
        "'Friday, February 24, 2023 - 11:30' AFTER the headline, body paragraphs, an optional 'Source: AFP' credit line (used as author) and 'Read more'. "
        "No zone printed: Tonga time (UTC+13, no daylight saving in 2023). The page crosses local midnight (Thursday 23 to Friday 24 February, local) "
        "while every entry falls on UTC Thursday 23 February. Two items (ferry timetable, Prime Minister's trip to Fiji) are not about the war.",
  not_entries=["'Skip to main content'", "site name and tagline", "menu (Home ... Contact us)", "search form", "listing title 'Latest News' (page_title)",
               "'Source: ...' credit lines (author, not body)", "'Read more' after every item", "pager '1 2 3 next last'", "'Advertise with us'", "copyright line"],
  entries=[
  E("2023-02-24 11:30", "141 nations back UN call for Russian withdrawal; Tonga votes yes",
    ["Tonga was among 141 countries that voted at the United Nations General Assembly in New York for a resolution calling on Russia to withdraw its troops from Ukraine.",
     "Seven countries voted against and 32 abstained, including China and India."],
    "diplomacy", "diplomacy", 3, "unga-resolution-russian-withdrawal-2023-02-23"),
  OFF("2023-02-24 09:40", "New ferry timetable for Ha'apai and Vava'u services",
      ["The government-owned shipping company has announced a revised timetable for its inter-island ferry from next week, after repairs to one of its vessels."],
      "tonga-ferry-timetable", n="Local shipping notice."),
  E("2023-02-24 07:05", "Biden ends Poland visit with pledge to NATO's eastern members",
    ["US President Joe Biden met the leaders of NATO's eastern flank countries in Warsaw and told them Washington would honour its commitment to defend every member of the alliance."],
    "diplomacy", "diplomacy", 3, "biden-bucharest-nine-warsaw", a="AFP"),
  E("2023-02-23 22:15", "Russia's upper house backs suspension of nuclear arms treaty",
    ["Russian lawmakers approved President Vladimir Putin's decision to suspend Moscow's participation in the New START treaty, the last arms control agreement still in force with the United States."],
    "diplomacy", "diplomacy", 2, "russia-new-start-suspension", a="AFP"),
  E("2023-02-23 17:45", "Shelling wounds four in Kherson as anniversary nears",
    ["Russian shelling overnight wounded four people in the southern Ukrainian city of Kherson, local officials said, a day before the first anniversary of the invasion."],
    "strikes", "strikes", 2, "kherson-shelling-2023-02-23", a="AFP"),
  OFF("2023-02-23 14:10", "Prime Minister leaves for Pacific leaders' retreat in Fiji",
      ["Tonga's Prime Minister departed for Nadi on Thursday to join other Pacific Islands Forum leaders at a special retreat aimed at healing divisions within the regional body."],
      "pif-leaders-retreat-fiji", n="Regional politics."),
  ]))

SEEDS.append(dict(id="4606", name="4606_solomonstar-briefs", ext="txt", source="Solomon Star", zone="Pacific/Guadalcanal", render=r_solstar,
  title="World news in brief", byline="World Desk", published_t="2023-06-09 10:45",
  notes="Imitates a Solomon Star (tagDiv-style WordPress) 'World news in brief' round-up, copied as plain text. One page byline 'By World Desk' and one "
        "stamp 'June 9, 2023 10:45 am' (Solomon Islands time, UTC+11, not printed) = 2023-06-08 23:45 UTC: the local and UTC days differ. Six items with "
        "NO headlines and no times of their own; each starts with an agency-style dateline in capitals ('KYIV \u2013'), kept in first_sentence as printed. "
        "published = the page stamp for every item. The closing '\u2013 AFP/Reuters' credit, share labels, related links and comment form are chrome. "
        "The Suva item is not about the war.",
  not_entries=["site name and the header date 'Friday, June 9, 2023'", "menu", "section label 'World' and headline 'World news in brief' (page_title)",
               "byline 'By World Desk', '-', the page stamp, comment count '0'", "share labels (twice)", "credit line '\u2013 AFP/Reuters'",
               "'RELATED ARTICLES' / 'MORE FROM AUTHOR' and three related headlines", "comment form labels", "copyright line"],
  entries=[
  E("2023-06-09 10:45", None,
    ["KYIV \u2013 Ukrainian forces have stepped up attacks at several points along the southern front line, according to Ukrainian and Russian officials, in what military analysts say may be the opening stage of a long-awaited counteroffensive.",
     "Kyiv has not confirmed that a major operation is under way."],
    "other", "frontline", 3, "southern-front-counteroffensive-begins", a="World Desk"),
  E("2023-06-09 10:45", None,
    ["KHERSON \u2013 Rescue teams used boats to move residents out of flooded districts of Kherson on Thursday as water from the breached Kakhovka dam kept rising downstream.",
     "Officials said at least five people had died in the flooding."],
    "other", "humanitarian", 3, "kakhovka-dam-flooding", a="World Desk"),
  E("2023-06-09 10:45", None,
    ["VIENNA \u2013 The head of the International Atomic Energy Agency said the Zaporizhzhia nuclear plant still had enough water to cool its reactors for now, despite the fall in the level of the reservoir."],
    "other", "humanitarian", 2, "zaporizhzhia-plant-cooling-water", a="World Desk",
    n="Nuclear-safety assessment for civilians -> other/humanitarian (README conventions)."),
  E("2023-06-09 10:45", None,
    ["WASHINGTON \u2013 British Prime Minister Rishi Sunak met US President Joe Biden at the White House, where the two leaders pledged to keep supporting Ukraine for as long as needed."],
    "diplomacy", "diplomacy", 3, "sunak-biden-white-house-talks", a="World Desk", sec=["aid"]),
  E("2023-06-09 10:45", None,
    ["BRUSSELS \u2013 European Union governments remained divided over a proposed 11th package of sanctions against Russia, diplomats said, with Hungary and Greece seeking changes."],
    "diplomacy", "diplomacy", 2, "eu-11th-sanctions-package-talks", a="World Desk"),
  OFF("2023-06-09 10:45", None,
      ["SUVA \u2013 Fiji will host a regional meeting on ocean pollution next month, its environment ministry announced."],
      "fiji-ocean-pollution-meeting", a="World Desk", n="Regional environment news."),
  ]))

SEEDS.append(dict(id="4607", name="4607_guampdn-live", ext="html", source="Pacific Daily News", zone="Pacific/Guam", render=r_pdn,
  title="Russia-Ukraine war live updates: Kyiv says strike killed Black Sea Fleet commander", parse_args=["--date", "2023-09-25"],
  byline="Pacific Daily News and USA TODAY Network", updated="Updated 7:34 a.m.",
  lede="Follow the latest on Russia's war in Ukraine here. Times are local.",
  notes="Imitates a Pacific Daily News (Guam, Gannett-style) live-updates page. No year appears anywhere in the file (no JSON-LD, no dated URLs, no "
        "copyright year): parse_args --date 2023-09-25 (the page's first local day). Newest first under day dividers 'Tuesday, Sept. 26' and "
        "'Monday, Sept. 25' (AP month abbreviation); each post has a '6:10 p.m.' line ABOVE its h2; two posts have no headline (time, then text). "
        "'Times are local' = Guam, ChST (UTC+10): the page crosses local midnight but every entry falls on UTC 25 September. Posts signed "
        "'\u2014 NAME, OUTLET' at the end (author = the name); unsigned posts have author null. The Key Points box lists the headlines of 4607-05 and "
        "4607-07 (key_point true).",
  not_entries=["masthead, navigation, Subscribe / Sign In", "label 'WORLD'", "headline (page_title)", "page byline 'Pacific Daily News and USA TODAY Network'",
               "'Updated 7:34 a.m.'", "share links", "lede 'Follow the latest ... Times are local.'", "Key Points box (lists two entry headlines; not entries themselves)",
               "day dividers 'Tuesday, Sept. 26' and 'Monday, Sept. 25'", "signature lines '\u2014 NAME, OUTLET' (author)", "newsletter promo",
               "'Contributing: wire reports'", "footer"],
  entries=[
  E("2023-09-26 07:30", "Russian drones hit Odesa port overnight",
    ["Russian drones struck port buildings and a grain terminal in the Odesa region overnight, injuring two workers, Ukraine's southern military command said."],
    "strikes", "strikes", 2, "odesa-port-drone-attack-2023-09-25", a="Dalia Ferreira", sig="Dalia Ferreira, USA TODAY"),
  E("2023-09-26 05:55", None,
    ["Poland's president said a dispute with Kyiv over grain imports should not be allowed to damage relations between the two neighbours, in an interview published Monday."],
    "diplomacy", "diplomacy", 2, "poland-ukraine-grain-dispute"),
  E("2023-09-26 01:20", "Kremlin declines to say whether fleet commander is alive",
    ["Kremlin spokesman Dmitry Peskov said he had no information on the fate of the commander of Russia's Black Sea Fleet and referred questions to the Defense Ministry."],
    "strikes", "strikes", 2, "sevastopol-fleet-headquarters-strike", a="Dalia Ferreira", sig="Dalia Ferreira, USA TODAY",
    n="Official comment on a claim about the strike -> strikes, same story as 4607-05."),
  E("2023-09-25 23:40", None,
    ["Ukraine's military said its troops had advanced further south of Bakhmut and were consolidating positions near the village of Klishchiivka."],
    "other", "frontline", 2, "bakhmut-southern-flank-advance"),
  E("2023-09-25 21:05", "Ukraine says Black Sea Fleet commander killed in Sevastopol strike",
    ["Ukraine's special forces said the commander of Russia's Black Sea Fleet was among 34 officers killed when missiles hit the fleet's headquarters in occupied Crimea on Friday.",
     "Russia has not confirmed any deaths among senior officers."],
    "strikes", "strikes", 3, "sevastopol-fleet-headquarters-strike", a="Marcus Whitfield", kp=True, sig="Marcus Whitfield, USA TODAY"),
  E("2023-09-25 19:15", "Denmark expects first F-16s to reach Ukraine by spring",
    ["Denmark's defense minister said the first F-16 fighter jets promised to Ukraine could be delivered in the spring, once Ukrainian pilots finish their training."],
    "aid", "aid", 2, "denmark-f16-delivery-timeline"),
  E("2023-09-25 18:10", "Zelenskyy: US Abrams tanks are in Ukraine",
    ["President Volodymyr Zelenskyy announced that the first American-made Abrams tanks had arrived in Ukraine and were preparing to join its brigades."],
    "aid", "aid", 3, "us-abrams-tanks-arrive-in-ukraine", a="Joseph Taitano", kp=True, sig="Joseph Taitano, Pacific Daily News"),
  ]))

SEEDS.append(dict(id="4608", name="4608_thisday-worldfeed", ext="xml", source="ThisDay", zone="Africa/Lagos", render=r_thisday,
  title="THISDAYLIVE",
  notes="Imitates the WordPress RSS 2.0 feed of ThisDay (Nigeria), World category: Title Case headlines, dc:creator (staff names or 'Reuters'), "
        "pubDate in +0000 (WordPress always prints UTC; the outlet's home zone is Lagos, WAT = UTC+1, used for published_local), an excerpt description "
        "ending in ' [&#8230;]' and the full text in content:encoded. Newest first. Two items (ECOWAS summit on Niger, the naira) are not about the war.",
  not_entries=["channel title, self link, description, lastBuildDate, language, sy:update fields, generator", "description excerpts (truncated copies of the first paragraph)"],
  entries=[
  E("2023-08-07 22:40", "Russian Missiles Hit Pokrovsk, Killing at Least Five",
    ["Two Russian missiles struck the centre of the eastern Ukrainian town of Pokrovsk on Monday evening, killing at least five people and wounding dozens, Ukrainian officials said.",
     "The second missile hit about 40 minutes after the first, as rescuers were arriving at the scene, according to the interior minister."],
    "strikes", "strikes", 3, "pokrovsk-double-missile-strike", a="Reuters"),
  OFF("2023-08-07 19:05", "ECOWAS Leaders to Meet Thursday on Niger Crisis",
      ["Leaders of the Economic Community of West African States will hold an extraordinary summit in Abuja on Thursday after the deadline they set for Niger's military rulers to restore the ousted president passed without a response."],
      "ecowas-niger-summit", a="Ifeoma Nwachukwu-Ade", n="West African politics (Niger coup).", cat="Nation"),
  E("2023-08-07 15:30", "Jeddah Talks on Ukraine End Without Joint Statement",
    ["Talks in Saudi Arabia on ways to end the war in Ukraine closed without a joint communique, but Kyiv described its discussions with officials from about 40 countries as productive.",
     "Russia was not invited."],
    "diplomacy", "diplomacy", 3, "jeddah-ukraine-peace-talks", a="Reuters"),
  E("2023-08-07 12:20", "Millers Warn Bread Prices May Rise After Grain Deal Collapse",
    ["Flour millers in Lagos have warned that the price of bread could rise again as the end of the Black Sea grain arrangement pushes up the cost of imported wheat."],
    "other", "humanitarian", 2, "nigeria-bread-prices-grain-deal", a="Adeola Okonkwo-Dare", cat="Business",
    n="War-driven food prices for civilians abroad -> other/humanitarian, not off-beat (README conventions)."),
  E("2023-08-07 09:45", "Ukraine Says It Foiled Russian Plot Against Zelensky",
    ["Ukraine's SBU security service said it had detained a woman suspected of helping Russia plan an air strike on President Volodymyr Zelensky during a visit to the Mykolaiv region."],
    "other", "security", 2, "sbu-foils-plot-against-zelensky", a="Reuters"),
  OFF("2023-08-07 07:10", "Naira Weakens Further at Parallel Market",
      ["The naira fell to a new low against the dollar at the parallel market on Monday as demand for foreign currency continued to outstrip supply."],
      "naira-parallel-market", a="Bolaji Adesanya-Ikem", n="Nigerian currency market.", cat="Business"),
  ]))

SEEDS.append(dict(id="4609", name="4609_newsday-world", ext="txt", source="NewsDay", zone="Africa/Harare", render=r_newsday,
  title="World",
  notes="Imitates the World section of NewsDay (Zimbabwe), copied as plain text. Newest first. Each card: a 'World' category label, the headline, "
        "'By AFP' / 'By Reuters' / 'By Staff Reporter', the stamp '20 Mar 2023, 14:34', the excerpt and 'Read More \u00bb'. No zone printed: Zimbabwe time "
        "(CAT = UTC+2). The Cyclone Freddy item is not about the war.",
  not_entries=["masthead and tagline", "menu", "'Subscribe'", "'Trending: ...' line", "section title 'World' (page_title)", "category label 'World' above each card",
               "'By ...' lines (author)", "'Read More \u00bb' links", "'Advertisement'", "'Load More'", "newsletter line", "footer"],
  entries=[
  E("2023-03-20 21:50", "Putin welcomes Xi to the Kremlin for informal talks",
    ["Russian President Vladimir Putin hosted Chinese leader Xi Jinping for informal talks in the Kremlin on Monday, the first day of a three-day state visit that Moscow has hailed as a show of partnership.",
     "Putin said he had studied China's proposals for ending the war in Ukraine with respect."],
    "diplomacy", "diplomacy", 3, "xi-state-visit-to-moscow", a="AFP"),
  E("2023-03-20 18:20", "Drone strike destroys cruise missiles in Crimea, Kyiv says",
    ["Ukraine's defence intelligence said an explosion in the Crimean town of Dzhankoi had destroyed Russian cruise missiles that were being moved by rail."],
    "strikes", "strikes", 2, "dzhankoi-explosion-crimea", a="AFP"),
  E("2023-03-20 15:05", "South Africa weighs options over Putin arrest warrant",
    ["South Africa's government said it was aware of its legal obligations after the International Criminal Court issued a warrant for Vladimir Putin, who has been invited to a BRICS summit in Johannesburg in August."],
    "diplomacy", "diplomacy", 2, "south-africa-icc-warrant-brics", a="Reuters"),
  E("2023-03-20 12:40", "EU agrees plan to send Ukraine one million shells",
    ["European Union foreign and defence ministers approved a two-billion-euro plan to supply Ukraine with a million artillery shells over the next year, partly by buying them jointly."],
    "aid", "aid", 3, "eu-one-million-shells-plan", a="Reuters"),
  OFF("2023-03-20 10:15", "Cyclone Freddy toll in Malawi passes 500",
      ["The number of people killed by Cyclone Freddy in Malawi has risen above 500, the government said, as rescuers kept searching flattened villages in the south."],
      "cyclone-freddy-malawi-toll", a="AFP", n="Southern African weather disaster."),
  E("2023-03-20 08:00", "Harare restates neutral stance on war in Ukraine",
    ["Zimbabwe will keep calling for dialogue between Russia and Ukraine and will not take sides in the conflict, a foreign affairs ministry official told NewsDay."],
    "diplomacy", "diplomacy", 2, "zimbabwe-neutral-stance-on-ukraine", a="Staff Reporter"),
  E("2023-03-20 06:40", "Ukrainian defenders keep Bakhmut supply route open, UK says",
    ["Ukrainian forces are still holding the main road into Bakhmut despite Russian attempts to encircle the town, British military intelligence said in its daily update."],
    "other", "frontline", 2, "bakhmut-supply-route-2023-03-20", a="Reuters"),
  ]))


# ============================================================ PART B, day 1: 2023-01-10 (UTC)
ZAP = "zaporizhzhia-missile-strike-2023-01-10"
SOL = "battle-for-soledar"
TANKS = "uk-challenger-2-tanks-for-ukraine"
TANKAN = "analysis-western-tank-hesitancy"

SEEDS.append(dict(id="4620", name="4620_skerrowby-textlive", ext="txt", source="Skerrowby Live", zone="Europe/London", render=r_skerrowby,
  title="Ukraine war live: Wagner claims Soledar advance as Kyiv insists town holds", dateline="Tuesday 10 January 2023",
  summary=["A Russian missile strike on Zaporizhzhia has killed at least one person", "Wagner's founder says his fighters control most of Soledar; Kyiv disputes it",
           "London is weighing a first delivery of Western main battle tanks"],
  notes="Invented outlet. Text live blog, newest first. Each post: stamp line '19:45 GMT' BEFORE the headline, body, a signature '\u2014 NAME' and 'Share this "
        "update'. The 'Summary' bullets at the top are an editor's summary, not a Key Points block and not headlines: key_point false everywhere. "
        "GMT = UTC in January.",
  not_entries=["masthead and menu", "page title and date line", "'Summary' heading and its three bullets", "'Latest'", "signature lines '\u2014 NAME' (author)",
               "'Share this update' after every post", "'Show earlier updates'", "footer"],
  entries=[
  E("2023-01-10 19:45", "UK weighs sending Challenger 2 tanks to Ukraine",
    ["The British government is considering supplying a small number of Challenger 2 main battle tanks to Ukraine, according to two officials familiar with the discussions.",
     "No decision has been taken, a Downing Street spokesperson said."],
    "aid", "aid", 3, TANKS, a="Aled Verney"),
  E("2023-01-10 17:30", "Zaporizhzhia strike: second victim dies in hospital",
    ["A second person has died after this morning's missile strike on Zaporizhzhia, the city's acting mayor said."],
    "strikes", "strikes", 3, ZAP, a="Nell Pardoe", n="Toll two (this outlet's later update)."),
  E("2023-01-10 15:05", "Belarus says Russian warplanes arrive for joint drills",
    ["Belarus's defence ministry said Russian military aircraft had landed at its airfields ahead of joint air force exercises due to start next week."],
    "other", "security", 2, "belarus-russia-joint-air-drills", a="Nell Pardoe"),
  E("2023-01-10 12:20", "Kyiv says its troops still hold Soledar",
    ["Ukraine's military said its soldiers were still fighting inside Soledar and that claims of a Russian breakthrough were false.",
     "A spokesman for the eastern command described the situation as difficult but under control."],
    "other", "frontline", 3, SOL, a="Aled Verney"),
  E("2023-01-10 10:35", "Estonia announces its largest military aid package yet",
    ["Estonia will send Ukraine howitzers, ammunition and anti-tank weapons worth more than 100 million euros, its defence ministry said."],
    "aid", "aid", 3, "estonia-military-aid-package-2023-01-10", a="Nell Pardoe",
    n="Same theme as the UK tank story (aid pledges), different donor and event: must not merge."),
  E("2023-01-10 09:10", "Missile strike on Zaporizhzhia kills one",
    ["One person was killed and several were wounded when Russian missiles hit an industrial area of Zaporizhzhia early on Tuesday, the regional governor said."],
    "strikes", "strikes", 3, ZAP, a="Aled Verney", n="Toll one (first report of the day)."),
  E("2023-01-10 07:40", "Wagner founder claims fighters control most of Soledar",
    ["The founder of the Wagner mercenary group said his fighters had taken most of the salt-mining town of Soledar in eastern Ukraine, a claim that could not be independently verified."],
    "other", "frontline", 3, SOL, a="Nell Pardoe"),
  ]))

SEEDS.append(dict(id="4621", name="4621_vennacombe-htmllive", ext="html", source="Vennacombe Post", zone="Europe/Kyiv", render=r_vennacombe,
  title="Live: Russia's war in Ukraine, 10 January", url="https://vennacombepost.example/live/2023-01-10", dateline="Tuesday, 10 January 2023",
  lede="Our reporters in Kyiv follow the day's events. All times are Kyiv time.",
  notes="Invented outlet. HTML live blog shown OLDEST FIRST (the page says so). LiveBlogPosting JSON-LD with one BlogPosting per update, each with its own "
        "datePublished (+02:00) and author. Visible: <time datetime> with a bare '09:05' ABOVE the h3 headline, then 'By NAME'. Kyiv time (EET = UTC+2), "
        "stated in the standfirst. 4621-04 is a 'Watch:' teaser with no body; 4621-06 repeats 4621-01 nearly verbatim (same headline, one phrase changed).",
  not_entries=["header and navigation", "h1 title and date line", "standfirst 'Our reporters in Kyiv ... All times are Kyiv time.'", "order note",
               "'By NAME' lines (author)", "'Share / Copy link' tools", "supporter promo", "footer"],
  entries=[
  E("2023-01-10 09:05", "Soledar fighting at its fiercest, deputy minister says",
    ["Ukraine's deputy defence minister said the battle for Soledar had entered its most intense phase, with Russia sending wave after wave of troops.",
     "She said Ukrainian forces were holding their positions."],
    "other", "frontline", 3, SOL, a="Taras Melnychuk"),
  E("2023-01-10 10:40", "IAEA to station experts at all Ukrainian nuclear plants",
    ["The UN nuclear watchdog will place teams of experts at each of Ukraine's nuclear power stations, including the Russian-held Zaporizhzhia plant, its director general said ahead of a trip to Kyiv."],
    "diplomacy", "diplomacy", 2, "iaea-teams-at-ukrainian-nuclear-plants", a="Olena Rudko",
    n="Names Zaporizhzhia (the plant) but is not the city missile strike: must not merge with " + ZAP + "."),
  E("2023-01-10 13:20", "Zaporizhia strike toll rises to two",
    ["Two people are now known to have died in the morning missile attack on Zaporizhia, and seven were injured, the regional military administration reported."],
    "strikes", "strikes", 3, ZAP, a="Olena Rudko", n="Spelling 'Zaporizhia'; toll two."),
  E("2023-01-10 13:45", "Watch: Rescuers search the wreckage in Zaporizhia", [],
    "strikes", "strikes", 1, ZAP, n="Video teaser without body."),
  E("2023-01-10 16:10", "Kyiv renames dozens of streets with Russian links",
    ["Kyiv's city council voted to rename 31 streets and squares whose names were linked to Russia or the Soviet Union."],
    "other", "politics", 2, "kyiv-street-renaming-2023-01-10", a="Taras Melnychuk"),
  E("2023-01-10 18:30", "Soledar fighting at its fiercest, deputy minister says",
    ["Ukraine's deputy defence minister said the battle for the town of Soledar had entered its most intense phase, with Russia sending wave after wave of troops.",
     "She said Ukrainian forces were holding their positions."],
    "other", "frontline", 1, SOL, a="Taras Melnychuk", dup="4621-01", n="Near-verbatim repeat of 4621-01 (re-published in the evening)."),
  ]))

SEEDS.append(dict(id="4622", name="4622_tollemarch-worldrss", ext="xml", source="Tollemarch World Service", zone="UTC", render=r_worldrss,
  title="Tollemarch World Service \u2014 World", url="https://tollemarch.example", lede="Top stories from around the world",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate in GMT, no authors. Four of six items are not about the war.",
  not_entries=["channel title, link, description, language, ttl", "category elements"],
  entries=[
  OFF("2023-01-10 21:10", "North American leaders close summit with joint pledge on migration",
      ["The leaders of the United States, Mexico and Canada ended two days of talks in Mexico City by promising closer cooperation on migration, supply chains and fentanyl trafficking."],
      "north-american-leaders-summit", n="Americas politics.", cat="Americas"),
  OFF("2023-01-10 18:45", "Storms force thousands from homes in California",
      ["Thousands of Californians were ordered to evacuate as another powerful storm brought flooding and mudslides to coastal towns."],
      "california-storms-evacuations", n="US weather.", cat="Americas"),
  E("2023-01-10 16:00", "Russian missiles strike Zaporizhzhia, killing two",
    ["Russian missiles hit Zaporizhzhia in southern Ukraine on Tuesday, killing two people and damaging industrial buildings, regional officials said."],
    "strikes", "strikes", 3, ZAP, cat="Europe"),
  OFF("2023-01-10 13:30", "Brazil widens investigation into storming of government buildings",
      ["Brazilian police said they had identified more people suspected of taking part in Sunday's attack on Congress, the Supreme Court and the presidential palace in Bras\u00edlia."],
      "brasilia-riot-investigation", n="Brazilian politics.", cat="Americas"),
  E("2023-01-10 11:15", "Mercenary group says Soledar capture is close",
    ["Russia's Wagner group said on Tuesday it was close to capturing the eastern Ukrainian town of Soledar, while Ukraine said its forces were still defending it."],
    "other", "frontline", 3, SOL, cat="Europe"),
  OFF("2023-01-10 08:05", "Death toll rises in southern Peru protests",
      ["At least 17 people were killed in clashes between protesters and police in the southern Peruvian city of Juliaca, the country's human rights office said."],
      "peru-juliaca-protests", n="Peruvian unrest.", cat="Americas"),
  ]))

SEEDS.append(dict(id="4623", name="4623_arkleby-atom", ext="xml", source="Arkleby Review", zone="Europe/Berlin", render=r_atom,
  title="Arkleby Review \u2014 Ukraine", url="https://arkleby.example", lede="News and analysis on the war in Ukraine",
  notes="Invented outlet. Atom 1.0 feed, newest first; <published> with +01:00 (CET); content type=html with escaped paragraphs; one author per entry. "
        "4623-03 is an analysis piece on the theme of Western tanks, separate from the UK tank story 4623-02.",
  not_entries=["feed title, subtitle, links, id, updated"],
  entries=[
  E("2023-01-10 19:30", "Three killed in Zaporozhye attack, governor says",
    ["The number of people killed in Tuesday's Russian missile attack on Zaporozhye has risen to three, the region's governor said in the evening.",
     "Nine people were being treated in hospital."],
    "strikes", "strikes", 3, ZAP, a="Lena Fischbach", n="Spelling 'Zaporozhye'; toll three."),
  E("2023-01-10 17:15", "London considers sending first Western main battle tanks",
    ["Britain could become the first country to give Ukraine Western-made main battle tanks, with officials discussing a handover of around ten Challenger 2s."],
    "aid", "aid", 3, TANKS, a="Jonas Wehrle"),
  E("2023-01-10 14:00", "Analysis: Why the West keeps hesitating over heavy tanks",
    ["Ukraine has asked for modern tanks since the spring, but its partners have held back, citing training times, supply lines and the fear of provoking Moscow.",
     "The debate is now shifting, as the artillery war in the east exposes the limits of Soviet-era vehicles."],
    "aid", "aid", 2, TANKAN, a="Mira Castellane", n="Theme piece (analysis): own story, must not merge with " + TANKS + "."),
  E("2023-01-10 11:40", "Patriot training for Ukrainian crews to start soon, Berlin says",
    ["Germany's defence ministry said training for Ukrainian soldiers on the Patriot air defence system would begin within weeks at a site in Germany."],
    "aid", "aid", 2, "germany-patriot-training-ukrainian-crews", a="Jonas Wehrle"),
  E("2023-01-10 09:20", "Moldova reports missile fragments found near northern border",
    ["Moldovan border police said parts of a missile had been found in a field near the Ukrainian border, the second such find in a month."],
    "other", "security", 2, "moldova-missile-debris-2023-01-10", a="Lena Fischbach"),
  ]))

SEEDS.append(dict(id="4624", name="4624_dunlevy-article", ext="txt", source="Dunlevy Standard", zone="Europe/Warsaw", render=r_textarticle,
  kicker="World \u203a Ukraine", title="Soledar holds on as missiles fall on Zaporizhzhya", byline="Marta Kowalczyk-Rey",
  dateline="Warsaw, 10 January 2023, 21:15 CET",
  lede="The day in Ukraine: a deadly strike in the south, a bitter fight in the east, and why a small salt town matters.",
  more="Poland's eastern border, one year on", footer="\u00a9 2023 Dunlevy Standard \u00b7 Warsaw",
  notes="Invented outlet. Text article with three section headings; one entry per section, stamp null, published = the dateline '10 January 2023, "
        "21:15 CET' (UTC+1), page byline as author. Section 3 is an explainer (theme piece) on Soledar, separate from the Soledar fighting story.",
  not_entries=["outlet name and kicker", "headline (page_title)", "byline", "dateline", "lede paragraph", "'Share this article'", "'Related: ...' link", "copyright"],
  entries=[
  E("2023-01-10 21:15", "Zaporizhzhya counts its dead",
    ["By Tuesday evening, three people had been confirmed dead and nine injured after Russian missiles struck an industrial district of Zaporizhzhya.",
     "Local officials said the missiles were launched from the occupied part of the region."],
    "strikes", "strikes", 3, ZAP, a="Marta Kowalczyk-Rey", n="Spelling 'Zaporizhzhya'; toll three dead, nine injured."),
  E("2023-01-10 21:15", "Claims and counter-claims in Soledar",
    ["The Wagner group says it is on the verge of taking Soledar, while Ukrainian commanders insist their units are holding the western part of the town.",
     "Neither account can be checked independently."],
    "other", "frontline", 3, SOL, a="Marta Kowalczyk-Rey"),
  E("2023-01-10 21:15", "Why a salt town matters",
    ["Soledar's value lies less in its size than in its location, a few kilometres north of Bakhmut, and in the tunnels of its salt mines, which can shelter troops and equipment.",
     "Analysts say its fall would not, on its own, open the road to Kramatorsk."],
    "other", "frontline", 2, "explainer-soledar-significance", a="Marta Kowalczyk-Rey",
    n="Theme piece (explainer): own story, must not merge with " + SOL + "."),
  ]))


# ============================================================ PART B, day 2: 2023-01-11 (UTC) — the day after day 1
KHA = "kharkiv-missile-strike-2023-01-11"
GER = "gerasimov-takes-command-in-ukraine"
DUDA = "poland-leopard-company-pledge-lviv"

SEEDS.append(dict(id="4630", name="4630_skerrowby-textlive", ext="txt", source="Skerrowby Live", zone="Europe/London", render=r_skerrowby,
  title="Ukraine war live: Gerasimov takes charge as Kharkiv strike kills three", dateline="Wednesday 11 January 2023",
  summary=["Russia's chief of the general staff now commands the war directly", "A missile strike on central Kharkiv has killed three people",
           "Wagner says Soledar has fallen; Kyiv says the fighting goes on"],
  notes="Invented outlet (same layout as 4620, next day). Newest first; '20:40 GMT' line before the headline; signature after the body. 4630-03 is a "
        "'Pictured:' teaser without body. 4630-05 continues day 1's Soledar story with a new development (Wagner claims the whole town). 4630-06 (Kupiansk, "
        "Kharkiv region) is a different event from the Kharkiv city strike.",
  not_entries=["masthead and menu", "page title and date line", "'Summary' heading and its three bullets", "'Latest'", "signature lines", "'Share this update'",
               "'Show earlier updates'", "footer"],
  entries=[
  E("2023-01-11 20:40", "Russia puts army chief Gerasimov in direct charge of the war",
    ["Russia's defence ministry said Chief of the General Staff Valery Gerasimov would take over command of the forces fighting in Ukraine, with Sergei Surovikin becoming one of his deputies."],
    "other", "politics", 3, GER, a="Aled Verney"),
  E("2023-01-11 18:15", "Kharkiv strike: third person dies",
    ["A third person has died of injuries sustained when a Russian missile hit a shopping street in central Kharkiv this morning, the regional governor said."],
    "strikes", "strikes", 3, KHA, a="Nell Pardoe", n="Toll three."),
  E("2023-01-11 15:50", "Pictured: The damaged market hall in Kharkiv", [],
    "strikes", "strikes", 1, KHA, n="Photo teaser without body."),
  E("2023-01-11 13:05", "One killed as missile hits Kharkiv shopping street",
    ["A Russian missile struck a street of shops and a small market in central Kharkiv, killing one person and wounding at least 11, local officials said."],
    "strikes", "strikes", 3, KHA, a="Aled Verney", n="Toll one (first report)."),
  E("2023-01-11 11:25", "Wagner says Soledar is taken; Kyiv says fighting goes on",
    ["Wagner's founder declared that his fighters had captured Soledar, but Ukraine's military said the battle for the town was continuing.",
     "Russia's defence ministry said it could not yet confirm the capture."],
    "other", "frontline", 3, SOL, a="Nell Pardoe",
    n="Continuation of day-1 story " + SOL + " with a new development (claim of full capture); keeps the day-1 slug."),
  E("2023-01-11 08:50", "Residents urged to leave Kupiansk as shelling intensifies",
    ["Ukrainian authorities urged civilians to leave the town of Kupiansk in the Kharkiv region, citing daily shelling and damage to heating and water supplies."],
    "other", "humanitarian", 2, "kupiansk-evacuation-call-2023-01-11", a="Nell Pardoe",
    n="Same region as the Kharkiv city strike, different event: must not merge with " + KHA + "."),
  ]))

SEEDS.append(dict(id="4631", name="4631_vennacombe-htmllive", ext="html", source="Vennacombe Post", zone="Europe/Kyiv", render=r_vennacombe,
  title="Live: Russia's war in Ukraine, 11 January", url="https://vennacombepost.example/live/2023-01-11", dateline="Wednesday, 11 January 2023",
  lede="Our reporters in Kyiv follow the day's events. All times are Kyiv time.",
  notes="Invented outlet (same layout as 4621, next day). Oldest first; LiveBlogPosting JSON-LD with per-update times (+02:00). 4631-03 is an explainer "
        "(theme piece) on Leopard 2 fleets, separate from the Polish pledge. 4631-05 is Berlin's separate statement (no request received), must not merge "
        "with the pledge. 4631-06 repeats 4631-02 nearly verbatim.",
  not_entries=["header and navigation", "h1 title and date line", "standfirst", "order note", "'By NAME' lines (author)", "'Share / Copy link' tools",
               "supporter promo", "footer"],
  entries=[
  E("2023-01-11 09:30", "Ukrainian commanders say units still hold positions in Soledar",
    ["Ukrainian units remain inside Soledar and are holding their lines despite repeated Russian assaults, a spokesman for the eastern forces said."],
    "other", "frontline", 3, SOL, a="Taras Melnychuk", n="Continuation of day-1 story " + SOL + "."),
  E("2023-01-11 12:10", "Duda: Poland will give Leopards to Ukraine as part of a coalition",
    ["Polish President Andrzej Duda said in Lviv that Poland would hand over a company of Leopard 2 tanks to Ukraine as part of a wider international coalition.",
     "He spoke after meeting Volodymyr Zelensky and Lithuania's Gitanas Nauseda."],
    "aid", "aid", 3, DUDA, a="Olena Rudko", n="Spelling 'Lviv'."),
  E("2023-01-11 13:00", "Explainer: Who has Leopard 2 tanks in Europe?",
    ["More than a dozen European armies operate German-made Leopard 2 tanks, which is why Kyiv sees them as the most realistic option for a quick supply of modern armour.",
     "Any transfer to a third country needs Berlin's approval under export rules."],
    "aid", "aid", 2, "explainer-european-leopard-2-fleets", a="Olena Rudko",
    n="Theme piece (explainer): own story, must not merge with " + DUDA + "."),
  E("2023-01-11 15:35", "Strike on Kharkiv kills two, mayor says",
    ["Two people were killed when a Russian missile hit central Kharkiv on Wednesday morning, Mayor Ihor Terekhov said."],
    "strikes", "strikes", 3, KHA, a="Olena Rudko", n="Toll two."),
  E("2023-01-11 17:00", "Berlin says it has had no request to re-export Leopards",
    ["A German government spokesman said Berlin had not received any formal request from Poland or other partners to pass Leopard tanks on to Ukraine."],
    "aid", "aid", 2, "germany-no-leopard-reexport-request", a="Taras Melnychuk",
    n="Separate statement by a different government: must not merge with " + DUDA + "."),
  E("2023-01-11 19:45", "Duda: Poland will give Leopards to Ukraine as part of a coalition",
    ["Polish President Andrzej Duda said in Lviv on Wednesday that Poland would hand over a company of Leopard 2 tanks to Ukraine as part of a wider international coalition.",
     "He spoke after meeting Volodymyr Zelensky and Lithuania's Gitanas Nauseda."],
    "aid", "aid", 1, DUDA, a="Olena Rudko", dup="4631-02", n="Near-verbatim repeat of 4631-02."),
  ]))

SEEDS.append(dict(id="4632", name="4632_tollemarch-worldrss", ext="xml", source="Tollemarch World Service", zone="UTC", render=r_worldrss,
  title="Tollemarch World Service \u2014 World", url="https://tollemarch.example", lede="Top stories from around the world",
  notes="Invented outlet (same feed as 4622, next day). General world feed, newest first, GMT, no authors; four of six items are not about the war. "
        "Spelling 'Kharkov' in 4632-03.",
  not_entries=["channel title, link, description, language, ttl", "category elements"],
  entries=[
  OFF("2023-01-11 22:05", "Athens sets private funeral for former King Constantine",
      ["The Greek government said the former king Constantine, who died on Tuesday, would be buried at the old royal estate of Tatoi after a funeral service in Athens on Monday."],
      "greece-former-king-funeral", n="Greek news.", cat="Europe"),
  E("2023-01-11 19:20", "Kremlin hands Ukraine command to army chief Gerasimov",
    ["Valery Gerasimov, the head of Russia's general staff, has been named commander of Russian forces in Ukraine, in the latest shake-up of the campaign's leadership."],
    "other", "politics", 3, GER, cat="Europe"),
  E("2023-01-11 14:10", "Shelling kills two in Kharkov",
    ["Two people were killed in a Russian strike on the centre of Kharkov, Ukraine's second-largest city, local authorities said on Wednesday."],
    "strikes", "strikes", 3, KHA, cat="Europe", n="Spelling 'Kharkov'; toll two."),
  OFF("2023-01-11 12:00", "Thousands of US flights delayed after aviation system failure",
      ["Flights across the United States were delayed or cancelled on Wednesday after a computer system that sends safety notices to pilots failed overnight."],
      "us-flight-notice-system-outage", n="US aviation.", cat="Americas"),
  OFF("2023-01-11 09:15", "Record floods cut off towns in Western Australia",
      ["Floodwaters have isolated several communities in Western Australia's Kimberley region, and the military has been called in to deliver supplies."],
      "kimberley-floods", n="Australian weather.", cat="Asia-Pacific"),
  OFF("2023-01-11 06:30", "Hollywood awards ceremony returns to television",
      ["The Golden Globe Awards returned to television after a year's absence, with organisers hoping to put a string of controversies behind them."],
      "golden-globes-return", n="Entertainment.", cat="Entertainment"),
  ]))

SEEDS.append(dict(id="4633", name="4633_arkleby-atom", ext="xml", source="Arkleby Review", zone="Europe/Berlin", render=r_atom,
  title="Arkleby Review \u2014 Ukraine", url="https://arkleby.example", lede="News and analysis on the war in Ukraine",
  notes="Invented outlet (same feed as 4623, next day). Atom, newest first, +01:00. 4633-04 re-posts day 1's analysis 4623-03 unchanged (same headline, "
        "text and author, new timestamp): importance 1. Spellings 'Lvov' and 'Charkiv'.",
  not_entries=["feed title, subtitle, links, id, updated"],
  entries=[
  E("2023-01-11 20:10", "Poland offers Leopards at Lvov summit",
    ["Poland is prepared to send Ukraine a company of Leopard 2 tanks, President Andrzej Duda announced at a meeting with his Ukrainian and Lithuanian counterparts in Lvov.",
     "The pledge depends on other countries joining a wider coalition."],
    "aid", "aid", 3, DUDA, a="Jonas Wehrle", n="Spelling 'Lvov'."),
  E("2023-01-11 17:30", "Third victim dies after missile strike in Charkiv",
    ["The number of dead from Wednesday's Russian missile strike on the centre of Charkiv has risen to three, the regional administration said."],
    "strikes", "strikes", 3, KHA, a="Lena Fischbach", n="Spelling 'Charkiv'; toll three."),
  E("2023-01-11 14:20", "Norway to train Ukrainian deminers",
    ["Norway will fund and run a training programme for Ukrainian mine-clearing teams, its foreign ministry said."],
    "aid", "aid", 2, "norway-demining-training-2023-01-11", a="Jonas Wehrle"),
  E("2023-01-11 10:05", "Analysis: Why the West keeps hesitating over heavy tanks",
    ["Ukraine has asked for modern tanks since the spring, but its partners have held back, citing training times, supply lines and the fear of provoking Moscow.",
     "The debate is now shifting, as the artillery war in the east exposes the limits of Soviet-era vehicles."],
    "aid", "aid", 1, TANKAN, a="Mira Castellane", aid="4623-3",
    n="Re-post of day-1 entry 4623-03 (same headline, text and author; new timestamp): importance 1, story kept."),
  E("2023-01-11 08:40", "Drones downed over Odesa region, air force says",
    ["Ukraine's air force said it had shot down several Iranian-made attack drones over the Odesa region overnight, with no casualties reported."],
    "strikes", "strikes", 2, "odesa-region-drones-downed-2023-01-11", a="Lena Fischbach"),
  ]))

SEEDS.append(dict(id="4634", name="4634_dunlevy-article", ext="txt", source="Dunlevy Standard", zone="Europe/Warsaw", render=r_textarticle,
  kicker="World \u203a Ukraine", title="Duda's tank pledge in Lviv raises the pressure on Berlin", byline="Marta Kowalczyk-Rey",
  dateline="Warsaw, 11 January 2023, 22:30 CET",
  lede="Poland's president made his offer on Ukrainian soil, while the fight for Soledar and the dead of Kharkiv dominated the day.",
  more="What a tank coalition would need", footer="\u00a9 2023 Dunlevy Standard \u00b7 Warsaw",
  notes="Invented outlet (same layout as 4624, next day). Three sections, one entry each, stamp null, published = dateline 22:30 CET (21:30 UTC). "
        "Spelling 'Lviv (Lw\u00f3w)'. Section 2 continues day 1's Soledar story.",
  not_entries=["outlet name and kicker", "headline (page_title)", "byline", "dateline", "lede paragraph", "'Share this article'", "'Related: ...' link", "copyright"],
  entries=[
  E("2023-01-11 22:30", "A promise made in Lviv",
    ["President Andrzej Duda used a visit to Lviv (Lw\u00f3w) to say that Poland will hand Ukraine a company of Leopard 2 tanks, provided other countries join in.",
     "A company usually means around 14 tanks."],
    "aid", "aid", 3, DUDA, a="Marta Kowalczyk-Rey"),
  E("2023-01-11 22:30", "Soledar: the fight goes on",
    ["Wagner's claim to have taken Soledar was contested all day, with Kyiv saying its soldiers were still fighting in the town."],
    "other", "frontline", 3, SOL, a="Marta Kowalczyk-Rey", n="Continuation of day-1 story " + SOL + "."),
  E("2023-01-11 22:30", "Kharkiv mourns three",
    ["In Kharkiv, three people died after a missile hit a row of shops in the city centre."],
    "strikes", "strikes", 3, KHA, a="Marta Kowalczyk-Rey", n="Toll three."),
  ]))


# ============================================================ PART B, day 3: 2023-10-11 (UTC)
IZM = "izmail-port-drone-attack-2023-10-11"
ZEL = "zelensky-visits-nato-headquarters-2023-10-11"
USPKG = "us-200m-package-2023-10-11"
AVD = "avdiivka-offensive-2023-10"

SEEDS.append(dict(id="4640", name="4640_brasswick-htmllive", ext="html", source="Brasswick Herald", zone="America/New_York", render=r_brasswick,
  title="Zelensky at NATO: live updates from Brussels", url="https://brasswickherald.example/live/zelensky-nato-brussels",
  dateline="Wednesday, October 11, 2023", published_t="2023-10-11 05:00",
  lede="Ukraine's president joins allied defense ministers as Washington readies another weapons package. Follow along here.",
  notes="Invented outlet. HTML live blog, newest first. JSON-LD @graph with @type ['NewsArticle','LiveBlogPosting'] whose liveBlogUpdate items all repeat the "
        "PAGE headline and the page datePublished (05:00 -04:00): their times are not the posts' times. Visible per post: byline above a <time datetime> "
        "'4:40 p.m. ET', then the h2. US Eastern (EDT = UTC-4). 4640-04 is a 'Watch:' teaser with no body.",
  not_entries=["header and navigation, Subscribe", "'LIVE' kicker, h1 title, date line", "lede", "per-post byline lines (author)", "notifications promo", "footer"],
  entries=[
  E("2023-10-11 16:40", "Austin unveils $200 million package heavy on air defense",
    ["Defense Secretary Lloyd Austin announced a new $200 million package of weapons for Ukraine, including air defense munitions and artillery rounds, at a meeting of Ukraine's backers in Brussels."],
    "aid", "aid", 3, USPKG, a="Dana Kirchner"),
  E("2023-10-11 13:25", "Belgium says F-16s could reach Ukraine from 2025",
    ["Belgium will start sending F-16 fighter jets to Ukraine in 2025, its defense minister said, once its own fleet begins to be replaced by newer aircraft."],
    "aid", "aid", 2, "belgium-f16-pledge-2023-10-11", a="Dana Kirchner", n="Same theme and venue as the US package, different donor: must not merge with " + USPKG + "."),
  E("2023-10-11 11:05", "Zelensky warns NATO ministers of a hard winter for air defenses",
    ["Ukrainian President Volodymyr Zelensky told NATO defense ministers that Russia was stockpiling missiles for a new campaign against the power grid and asked for more air defense systems before winter."],
    "diplomacy", "diplomacy", 3, ZEL, a="Paul Okafor", sec=["aid"]),
  E("2023-10-11 09:50", "Watch: Zelensky arrives at NATO headquarters", [],
    "diplomacy", "diplomacy", 1, ZEL, n="Video teaser without body."),
  E("2023-10-11 07:30", "Drone attack on Danube port of Izmail injures four",
    ["Russian drones struck port infrastructure in Izmail on the Danube overnight, injuring four people, Ukraine's southern command said."],
    "strikes", "strikes", 3, IZM, a="Paul Okafor", n="Spelling 'Izmail'; four injured."),
  E("2023-10-11 05:15", "Russian lawmakers move toward revoking nuclear test ban ratification",
    ["The speaker of Russia's lower house of parliament said lawmakers would take up a bill next week withdrawing Moscow's ratification of the treaty banning nuclear tests."],
    "diplomacy", "diplomacy", 2, "russia-test-ban-treaty-deratification", a="Dana Kirchner"),
  ]))

SEEDS.append(dict(id="4641", name="4641_orvanley-textlive", ext="txt", source="Orvanley Report", zone="Europe/Kyiv", render=r_orvanley,
  title="Wednesday in Ukraine: live", dateline="Wednesday 11 October", parse_args=["--date", "2023-10-11"],
  lede="Drones on the Danube, a new assault on Avdiivka and the grain route under pressure. Updates run in the order they were posted.",
  notes="Invented outlet. Text live blog, OLDEST first. No year anywhere (parse_args --date 2023-10-11). Each post: headline, then a stamp line AFTER it "
        "('Wed 11 Oct \u00b7 06:50', weekday, day and month, no year, no zone), body, 'By NAME'. Kyiv-based outlet, zone only implied: EEST = UTC+3. The last "
        "post is stamped 'Thu 12 Oct \u00b7 00:40' (past local midnight) but is still UTC 11 October. 4641-03 is an analysis (theme piece); 4641-05 repeats "
        "4641-02 nearly verbatim; 4641-04 (sea mine off Odesa) must not merge with the Izmail drone attack.",
  not_entries=["masthead, tagline and menu", "title and date line 'Wednesday 11 October'", "lede", "'By NAME' lines (author)", "donation appeal",
               "closing line 'This live page has ended ...'", "footer"],
  entries=[
  E("2023-10-11 06:50", "Overnight drones hit Izmayil port facilities",
    ["Russian attack drones hit grain storage and port buildings in Izmayil overnight, injuring two workers, the Odesa regional governor said."],
    "strikes", "strikes", 3, IZM, a="Oksana Lytvak", n="Spelling 'Izmayil'; two injured."),
  E("2023-10-11 09:15", "New Russian assault on Avdiivka enters second day",
    ["Russian forces renewed attacks on Avdiivka from three directions on Wednesday morning, using armoured vehicles and heavy artillery, the head of the town's military administration said."],
    "other", "frontline", 3, AVD, a="Dmytro Shevel"),
  E("2023-10-11 12:40", "Analysis: Can the Danube route carry Ukraine's grain through winter?",
    ["Since Russia quit the Black Sea grain deal in July, Ukraine's small Danube ports have become its main export gateway, and Moscow has targeted them again and again.",
     "Traders say insurance costs and queues of ships remain the biggest obstacles."],
    "other", "humanitarian", 2, "analysis-danube-grain-route", a="Oksana Lytvak", sec=["strikes"],
    n="Theme piece (analysis): own story, must not merge with " + IZM + "."),
  E("2023-10-11 15:30", "Cargo ship damaged by sea mine off Odesa coast",
    ["A civilian cargo vessel was damaged when it struck a sea mine near the Odesa coast, the Ukrainian navy said, adding that the crew had been taken off safely."],
    "strikes", "strikes", 2, "odesa-cargo-ship-sea-mine-2023-10-11", a="Dmytro Shevel",
    n="Remote explosive -> strikes. Same region and theme as the Izmail attack, different event: must not merge."),
  E("2023-10-11 19:05", "New Russian assault on Avdiivka enters second day",
    ["Russian forces renewed attacks on Avdiivka from three directions on Wednesday, using armoured vehicles and heavy artillery, the head of the town's military administration said."],
    "other", "frontline", 1, AVD, a="Dmytro Shevel", dup="4641-02", n="Near-verbatim repeat of 4641-02."),
  E("2023-10-12 00:40", "Izmayil: number of injured rises to five",
    ["Five people are now known to have been injured in the overnight drone attack on Izmayil port, regional officials said late on Wednesday."],
    "strikes", "strikes", 3, IZM, a="Oksana Lytvak", n="Local time past midnight (Thu 12 Oct) but UTC 11 Oct 21:40; toll five."),
  ]))

SEEDS.append(dict(id="4642", name="4642_kettleford-worldatom", ext="xml", source="Kettleford World", zone="UTC", render=r_atom,
  title="Kettleford World: latest", url="https://kettlefordworld.example", lede="World news as it happens",
  notes="Invented outlet. General world-news Atom feed, newest first, <published> in Z (UTC), no authors; four of six items are not about the war. "
        "Spelling 'Ismail' in 4642-04.",
  not_entries=["feed title, subtitle, links, id, updated"],
  entries=[
  OFF("2023-10-11 22:15", "Israel forms emergency government as war with Hamas goes on",
      ["Israeli Prime Minister Benjamin Netanyahu and opposition leader Benny Gantz agreed to form an emergency unity government to run the war against Hamas."],
      "israel-emergency-government", n="Middle East."),
  E("2023-10-11 18:40", "Russia throws armour at Avdiivka in biggest push for months",
    ["Russia has committed large numbers of tanks and infantry fighting vehicles to an offensive around Avdiivka, the largest such attack in months, according to Ukrainian officials."],
    "other", "frontline", 3, AVD),
  OFF("2023-10-11 14:30", "Strong aftershock shakes western Afghanistan",
      ["A magnitude 6.3 earthquake struck Afghanistan's Herat province on Wednesday, days after earlier tremors killed more than 1,000 people there."],
      "herat-earthquake-aftershock", n="Natural disaster."),
  E("2023-10-11 11:05", "Drones hit Danube port of Ismail, Ukraine says",
    ["Russian drones attacked port facilities in Ismail, on Ukraine's border with Romania, overnight, Ukrainian officials said."],
    "strikes", "strikes", 3, IZM, n="Spelling 'Ismail'."),
  OFF("2023-10-11 09:20", "IMF warns of uneven recovery as Marrakech meetings get under way",
      ["The International Monetary Fund said the world economy was recovering unevenly, as finance ministers and central bankers gathered in Marrakech for its annual meetings."],
      "imf-marrakech-meetings", n="Global economy."),
  OFF("2023-10-11 06:00", "House Republicans set to choose nominee for speaker",
      ["Republicans in the US House of Representatives will meet behind closed doors on Wednesday to pick a candidate for speaker, more than a week after Kevin McCarthy was removed."],
      "us-house-speaker-nominee", n="US politics."),
  ]))

SEEDS.append(dict(id="4643", name="4643_ebbisford-rss", ext="xml", source="Ebbisford Courier", zone="Europe/Brussels", render=r_ebbisford,
  title="Ebbisford Courier \u2014 Europe & NATO", url="https://ebbisford.example", lede="Brussels-based coverage of Europe, NATO and Ukraine",
  notes="Invented outlet. RSS 2.0, newest first, pubDate with +0200 (Brussels, CEST), dc:creator per item, description = escaped HTML paragraphs. "
        "4643-03 (allies' own ammunition stocks, same meeting) must not merge with Zelensky's visit or the US package.",
  not_entries=["channel title, link, description, language"],
  entries=[
  E("2023-10-11 21:10", "Washington's $200m package leans heavily on air defence",
    ["The latest US weapons package for Ukraine, worth 200 million dollars, is dominated by missiles for air defence systems, according to a list published by the Pentagon."],
    "aid", "aid", 3, USPKG, a="Anouk Verhaegen"),
  E("2023-10-11 17:45", "Zelensky at NATO: 'We need to get through this winter'",
    ["Volodymyr Zelensky made a surprise visit to NATO headquarters, urging allies not to let the war in the Middle East distract them from Ukraine."],
    "diplomacy", "diplomacy", 3, ZEL, a="Pieter Lambrecht"),
  E("2023-10-11 12:20", "NATO ministers to discuss depleted ammunition stocks",
    ["NATO defence ministers will discuss how to refill their own ammunition stockpiles, which have been drained by deliveries to Ukraine, at their two-day meeting in Brussels."],
    "other", "security", 2, "nato-ministers-ammunition-stocks", a="Anouk Verhaegen", sec=["aid"],
    n="Allies' own procurement -> other/security. Same venue as " + ZEL + ", different event: must not merge."),
  E("2023-10-11 08:00", "Two port workers hurt in drone attack on Izmail",
    ["Two port workers were injured when drones struck the Ukrainian Danube port of Izmail during the night, according to the Odesa regional administration."],
    "strikes", "strikes", 3, IZM, a="Pieter Lambrecht", n="Two injured (early figure)."),
  ]))

SEEDS.append(dict(id="4644", name="4644_gantrypoint-article", ext="txt", source="Gantry Point Journal", zone="Europe/London", render=r_textarticle,
  kicker="World \u00bb Europe", title="Zelensky's winter warning in Brussels as Russia presses on Avdiivka", byline="Hal Penrose",
  dateline="11 October 2023, 21:05 BST",
  lede="A round-up of Wednesday's main developments in the war.",
  more="Ukraine's grain exports since July", footer="\u00a9 2023 Gantry Point Journal",
  notes="Invented outlet. Text article with three sections; one entry each, stamp null, published = dateline 21:05 BST (20:05 UTC); page byline as author. "
        "Spelling 'Izmajil'.",
  not_entries=["outlet name and kicker", "headline (page_title)", "byline", "dateline", "lede", "'Share this article'", "'Related: ...' link", "copyright"],
  entries=[
  E("2023-10-11 21:05", "Zelensky in Brussels",
    ["Volodymyr Zelensky spent Wednesday at NATO headquarters, where he asked allied defence ministers for air defence to protect power stations through the coming winter."],
    "diplomacy", "diplomacy", 3, ZEL, a="Hal Penrose", sec=["aid"]),
  E("2023-10-11 21:05", "Izmajil under attack again",
    ["Five people were injured in an overnight drone attack on the Danube port of Izmajil, according to the latest figures from regional officials.",
     "The port has been hit repeatedly since the summer."],
    "strikes", "strikes", 3, IZM, a="Hal Penrose", n="Spelling 'Izmajil'; toll five."),
  E("2023-10-11 21:05", "Avdiivka: the view from the front",
    ["Ukrainian soldiers defending Avdiivka describe columns of Russian armour advancing under heavy artillery cover, and say the town's supply road is now within range of Russian guns."],
    "other", "frontline", 3, AVD, a="Hal Penrose"),
  ]))


# ============================================================ emit
BASIS = {
  "r_chitrib": "no per-section time; the article's 'PUBLISHED: April 10, 2023 at 5:02 a.m.' line (Chicago, CDT = UTC-5, zone not printed) used for every section",
  "r_folha": "Folha stamp '{s}' (Portuguese day.month.year 'às' HHhMM); Brasília time implied by the outlet, UTC-3",
  "r_ttg": "bold time '{s}' at the start of the paragraph, on the page's 'Published: Monday, January 23, 2023'; Trinidad time implied, AST = UTC-4",
  "r_trib242": "pubDate '{s}' (explicit -0400)",
  "r_cayman": "stamp '{s}' after the headline; Cayman time implied, UTC-5 (datetime attribute agrees)",
  "r_matangi": "Drupal date line '{s}'; Tonga time implied, UTC+13",
  "r_solstar": "no per-item time; the page stamp 'June 9, 2023 10:45 am' (Solomon Islands, UTC+11, implied) used for every item; UTC is the previous day",
  "r_pdn": "stamp '{s}' under the day divider for {d} (no year on the page: parse_args --date 2023-09-25); Guam ChST = UTC+10 ('Times are local')",
  "r_thisday": "pubDate '{s}' (explicit +0000)",
  "r_newsday": "stamp '{s}'; Zimbabwe time implied, CAT = UTC+2",
  "r_skerrowby": "stamp '{s}' on the page's date {d}; GMT = UTC",
  "r_vennacombe": "stamp '{s}' with <time datetime> (+02:00) on {d}; JSON-LD update time agrees",
  "r_worldrss": "pubDate '{s}' (GMT)",
  "r_atom": "<published> '{s}' (explicit offset)",
  "r_textarticle": "no per-section time; the article dateline ({d}, {z}) used for every section",
  "r_brasswick": "stamp '{s}' with <time datetime> (-04:00) on {d}; the JSON-LD update times are the page's and are ignored",
  "r_orvanley": "stamp '{s}' (no year: parse_args --date 2023-10-11); Kyiv EEST = UTC+3 implied by the outlet",
  "r_ebbisford": "pubDate '{s}' (explicit +0200)",
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
                         "published_basis": BASIS[rname].format(s=stamps[i], d=d.strftime("%Y-%m-%d"), z=S["zone"]),
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

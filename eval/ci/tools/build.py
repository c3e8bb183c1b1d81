#!/usr/bin/env python3
"""Builds eval/ci seeds and gold files from one hand-written data table (below).
Every headline and paragraph is the blind tester's own wording (invented or paraphrased); Part B outlets are invented.
Deterministic. Run from the project root: python3 eval/ci/tools/build.py"""
import html, json, os, re
from datetime import datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
AF_DAYS = ["Maandag", "Dinsdag", "Woensdag", "Donderdag", "Vrydag", "Saterdag", "Sondag"]
AF_MONTHS = ["Januarie", "Februarie", "Maart", "April", "Mei", "Junie", "Julie", "Augustus", "September", "Oktober", "November", "Desember"]
AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=None):
    return dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)


def OFF(t, h, p, st, a=None, n=""):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n)


def first_sentence(par):
    m = re.search(r'[.!?]["\u201d\u2019\']?(?=\s+[A-Z0-9"\u201c\u2018\'])', par)
    return par[:m.end()] if m else par


def esc(s):
    return html.escape(s, quote=False)


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def ampm_dots(d):  # "8:05 p.m." (US newspaper style)
    return f"{d.hour % 12 or 12}:{d.minute:02d} {'a.m.' if d.hour < 12 else 'p.m.'}"


def ampm_uk(d):  # "1.35pm" (British style)
    return f"{d.hour % 12 or 12}.{d.minute:02d}{'am' if d.hour < 12 else 'pm'}"


def dmy(d):  # "03 February 2023"
    return f"{d:%d} {MONTHS[d.month - 1]} {d.year}"


def check_order(S):
    ts = [dt(e["t"], S["zone"]) for e in S["entries"]]
    if S.get("order") == "newest":
        assert ts == sorted(ts, reverse=True), S["id"] + " must be newest first"
    elif S.get("order") == "oldest":
        assert ts == sorted(ts), S["id"] + " must be oldest first"
    elif S.get("order") == "same":
        assert len(set(ts)) == 1, S["id"] + " sections share the dateline time"


# ============================================================ Part A renderers (layouts of real outlets; own words)

def r_dispatch(S):  # DispatchLIVE (Arena Holdings) World section listing, text scrape; "By AFP - 03 February 2023 - 00:40" AFTER the teaser
    L = ["Skip to main content", "DispatchLIVE", S["clock"], "Subscribe", "Sign in", "",
         "NEWS  SPORT  BUSINESS  OPINION  LIFESTYLE  MULTIMEDIA  DISPATCH TALKS  E-EDITION  OBITUARIES", "",
         "This site uses cookies. By continuing to browse the site you are agreeing to our use of cookies. Find out more", "",
         "Home / News / World", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], S["zone"]); st = f"{dmy(d)} - {d:%H:%M}"; stamps.append(st)
        L += ["WORLD", e["h"]] + e["p"] + [f"By {e['a']} - {st}", ""]
        if i == 2:
            L += ["NEWSLETTER", "Get the day's top Eastern Cape stories in your inbox every morning.", "Sign up", ""]
    L += ["LOAD MORE", "", "MOST READ", "1. Buffalo City water outages to drag into the weekend", "2. Two arrested after Mdantsane tavern shooting",
          "3. Border name squad for SA Cup opener", "", "Follow DispatchLIVE on Facebook and Twitter", "",
          "Copyright © 2023 Arena Holdings (Pty) Ltd. All rights reserved.", "Terms and Conditions | Privacy Policy | Contact Us"]
    return "\n".join(L) + "\n", stamps


def r_herald(S):  # HeraldLIVE (Arena) round-up article, HTML + NewsArticle JSON-LD; bullets WITHOUT headlines, no per-bullet time
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "description": S["synopsis"],
          "datePublished": d0.isoformat(), "dateModified": d0.isoformat(), "articleSection": "World",
          "author": [{"@type": "Organization", "name": S["byline"]}],
          "publisher": {"@type": "Organization", "name": "HeraldLIVE", "logo": {"@type": "ImageObject", "url": "https://www.heraldlive.co.za/logo.png"}},
          "mainEntityOfPage": S["url"]}
    out = ['<!DOCTYPE html>', '<html lang="en">', '<head>', '<meta charset="utf-8">', f'<title>{esc(S["title"])} - HeraldLIVE</title>',
           f'<meta name="description" content="{html.escape(S["synopsis"])}">', '<meta property="og:site_name" content="HeraldLIVE">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script>', '</head>', '<body class="article-page">',
           '<div class="cookie-notice">We use cookies to give you the best experience on our site. By continuing, you agree to our cookie policy. <button>Got it</button></div>',
           '<header class="site-header"><a class="logo" href="/">HeraldLIVE</a>',
           '<nav><a href="/news/">News</a> <a href="/sport/">Sport</a> <a href="/business/">Business</a> <a href="/opinion/">Opinion</a> '
           '<a href="/lifestyle/">Lifestyle</a> <a href="/weekend-post/">Weekend Post</a> <a href="/obituaries/">Obituaries</a> <a href="/e-edition/">E-Edition</a></nav>',
           '<div class="account"><a href="/subscribe/">Subscribe</a> <a href="/sign-in/">Sign in</a></div></header>',
           '<main><article>', '<div class="article-tag"><a href="/news/world/">World</a></div>',
           f'<h1 class="article-title">{esc(S["title"])}</h1>', f'<p class="article-synopsis">{esc(S["synopsis"])}</p>',
           f'<div class="article-meta"><span class="article-pub-date">{dmy(d0)} - {d0:%H:%M}</span> <span class="article-author">By {esc(S["byline"])}</span></div>',
           '<div class="article-share"><a>Facebook</a> <a>Twitter</a> <a>WhatsApp</a> <a>Email</a> <a>Copy link</a></div>',
           f'<figure><img src="https://www.heraldlive.co.za/img/ukraine.jpg" alt=""><figcaption>{esc(S["caption"])}</figcaption></figure>',
           '<div class="article-body">', f'<p>{esc(S["intro"])}</p>', '<ul>']
    stamps = []
    for e in S["entries"]:
        assert e["h"] is None and e["t"] == S["dateline_t"]
        out.append("<li>" + " ".join(esc(p) for p in e["p"]) + "</li>"); stamps.append(None)
    out += ['</ul>', '<p><strong>READ MORE:</strong></p>', '<ul class="read-more">'] + [f'<li><a href="/news/world/{i + 1}">{esc(r)}</a></li>' for i, r in enumerate(S["readmore"])]
    out += ['</ul>', f'<p class="credit">{esc(S["byline"])}</p>', '</div>',
            '<div class="comments-cta">Would you like to comment on this article? <a>Register</a> (it\'s quick and free) or <a>sign in</a> now.</div>',
            '<div class="comment-count">0 Comments</div>', '</article>',
            '<aside class="most-read"><h3>Most read</h3><ol><li><a>Nelson Mandela Bay council sitting collapses again</a></li>'
            '<li><a>Chiefs fans flock to Gqeberha for weekend clash</a></li><li><a>Water cuts planned for Walmer on Tuesday</a></li></ol></aside>',
            '</main>', '<footer>Copyright © 2023 Arena Holdings (Pty) Ltd. All rights reserved. · Terms and Conditions · Privacy Policy</footer>',
            '</body>', '</html>']
    return "\n".join(out) + "\n", stamps


def caxton_head(S, site, ld):
    return ['<!DOCTYPE html>', '<html lang="en-ZA">', '<head>', '<meta charset="UTF-8">', f'<title>{esc(S["doc_title"])}</title>',
            '<meta name="robots" content="index, follow, max-image-preview:large">',
            '<script type="application/ld+json" class="yoast-schema-graph">' + json.dumps(ld, ensure_ascii=False) + '</script>', '</head>']


def r_zululand(S):  # Zululand Observer (Caxton local WordPress) tag archive, HTML; Yoast @graph CollectionPage (no dates); per-card author + "18 February 2023, 18:40"
    z = S["zone"]; base = "https://zululandobserver.co.za"
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "CollectionPage", "@id": f"{base}/tag/exercise-mosi-ii/", "url": f"{base}/tag/exercise-mosi-ii/", "name": S["doc_title"],
         "isPartOf": {"@id": f"{base}/#website"}, "breadcrumb": {"@id": f"{base}/tag/exercise-mosi-ii/#breadcrumb"}, "inLanguage": "en-ZA"},
        {"@type": "BreadcrumbList", "@id": f"{base}/tag/exercise-mosi-ii/#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home", "item": base + "/"}, {"@type": "ListItem", "position": 2, "name": S["title"]}]},
        {"@type": "WebSite", "@id": f"{base}/#website", "url": base + "/", "name": "Zululand Observer", "publisher": {"@id": f"{base}/#organization"}},
        {"@type": "Organization", "@id": f"{base}/#organization", "name": "Zululand Observer", "url": base + "/"}]}
    out = caxton_head(S, "Zululand Observer", ld) + ['<body class="archive tag">',
           '<div class="top-bar"><a>Sign up for our newsletter</a> | <a>Join us on WhatsApp</a> | <a>Login</a></div>',
           '<header class="site-header"><a class="site-logo" href="/">Zululand Observer</a>',
           '<nav class="main-menu"><a>News</a> <a>Business</a> <a>Community</a> <a>Sport</a> <a>Lifestyle</a> <a>Motoring</a> <a>Property</a> <a>Classifieds</a> <a>E-Editions</a></nav></header>',
           '<div class="breadcrumbs"><a href="/">Home</a> » <span>' + esc(S["title"]) + '</span></div>',
           f'<h1 class="archive-title">{esc(S["title"])}</h1>', '<div class="archive-posts">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {MONTHS[d.month - 1]} {d.year}, {d:%H:%M}"; stamps.append(st)
        out += ['<article class="post-card">', f'<a class="cat-label" href="/category/news-headlines/">News</a>',
                f'<h2 class="entry-title"><a href="/{88020 + i}/">{esc(e["h"])}</a></h2>',
                f'<div class="entry-meta"><span class="author">By {esc(e["a"])}</span> <span class="sep">|</span> <span class="posted-on">{st}</span> <span class="read-time">{1 + len(e["p"])} min read</span></div>',
                '<div class="entry-excerpt">' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + '</div>',
                f'<a class="read-more" href="/{88020 + i}/">Read more</a>', '</article>']
        if i == 2:
            out.append('<div class="ad-slot">ADVERTISEMENT</div>')
    out += ['</div>', '<div class="pagination"><a>1</a> <a>2</a> <a>Next »</a></div>',
            '<aside class="sidebar"><div class="news-tip">Do you have a news tip? WhatsApp the newsroom and we will follow it up.</div>',
            '<h3>Trending now</h3><ul><li><a>Empangeni taxi rank upgrade delayed again</a></li><li><a>Mtubatuba farmers count cost of floods</a></li></ul></aside>',
            '<div class="cookie-bar">We use cookies to ensure that we give you the best experience on our website. <button>Accept</button></div>',
            '<footer>© 2023 Caxton and CTP Publishers and Printers Ltd. All rights reserved. | Privacy Policy | PAIA Manual | Contact us</footer>',
            '</body>', '</html>']
    return "\n".join(out) + "\n", stamps


def r_lowvelder(S):  # Lowvelder (Caxton) LIVE article, text scrape; oldest first; bare "08:15" line BEFORE each headline; Key Points box; one page byline
    z = S["zone"]; d0 = dt(S["pub_t"], z)
    L = ["Skip to content", "Lowvelder", "News  Business  Sport  Lifestyle  Motoring  Property  Community  E-Editions  Classifieds",
         "Sign up for our newsletter", "", "NEWS", S["title"], "", S["byline"], "3 minute read", f"{dmy(d0)} | {d0:%H:%M}", "",
         "Key Points"] + ["• " + e["h"] for e in S["entries"] if e["kp"]] + ["", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + [x for p in e["p"] for x in (p, "")]
        if i in S["also_read"]:
            L += ["ALSO READ: " + S["also_read"][i], ""]
    L += ["This article will be updated as more information becomes available.", "",
          "Stay up to date with the latest news from Mpumalanga. Follow Lowvelder on Facebook and Instagram.", "",
          "© 2023 Caxton and CTP Publishers and Printers Ltd. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_polokwane(S):  # Polokwane Observer (Caxton WordPress) RSS 2.0: pubDate +0000, dc:creator CDATA, &#8217; in titles, "ALSO READ" and Yoast "The post ... appeared first on" lines
    base = "https://www.observer.co.za"
    out = ['<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"', '\txmlns:content="http://purl.org/rss/1.0/modules/content/"',
           '\txmlns:wfw="http://wellformedweb.org/CommentAPI/"', '\txmlns:dc="http://purl.org/dc/elements/1.1/"',
           '\txmlns:atom="http://www.w3.org/2005/Atom"', '\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"',
           '\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"', '\t>', '', '<channel>', f'\t<title>{S["title"]}</title>',
           f'\t<atom:link href="{base}/feed/" rel="self" type="application/rss+xml" />', f'\t<link>{base}</link>',
           '\t<description>Limpopo&#039;s leading community newspaper</description>',
           f'\t<lastBuildDate>{dt(S["entries"][0]["t"], S["zone"]).astimezone(UTC):%a, %d %b %Y %H:%M:%S} +0000</lastBuildDate>',
           '\t<language>en-ZA</language>', '\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>', '\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>',
           '\t<generator>https://wordpress.org/?v=6.2.2</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        u = dt(e["t"], S["zone"]).astimezone(UTC); st = u.strftime("%a, %d %b %Y %H:%M:%S +0000"); stamps.append(st)
        slug = re.sub(r"[^a-z0-9]+", "-", e["h"].lower().replace("\u2019", "")).strip("-"); link = f"{base}/news/{slug}/"
        title = e["h"].replace("\u2019", "&#8217;")
        words = " ".join(e["p"]).split()
        excerpt = " ".join(words[:40]) + (" [&#8230;]" if len(words) > 40 else "")
        appeared = f'<p>The post <a href="{link}">{title}</a> appeared first on <a href="{base}">Polokwane Observer</a>.</p>'
        paras = [f"<p>{p}</p>" for p in e["p"]]
        if e.get("also"):
            paras.insert(1, f'<p><strong>ALSO READ: </strong><a href="{base}/news/related-{i}/">{e["also"]}</a></p>')
        out += ['\t<item>', f'\t\t<title>{title}</title>', f'\t\t<link>{link}</link>', f'\t\t<comments>{link}#respond</comments>',
                f'\t\t<dc:creator><![CDATA[{e["a"]}]]></dc:creator>', f'\t\t<pubDate>{st}</pubDate>',
                f'\t\t\t\t<category><![CDATA[{e.get("cat", "News")}]]></category>', f'\t\t<guid isPermaLink="false">{base}/?p={512300 + 17 * i}</guid>',
                f'\t\t<description><![CDATA[{excerpt}\n{appeared}]]></description>',
                '\t\t<content:encoded><![CDATA[' + "\n".join(paras) + "\n" + appeared + ']]></content:encoded>',
                f'\t\t<wfw:commentRss>{link}feed/</wfw:commentRss>', '\t\t<slash:comments>0</slash:comments>', '\t</item>']
    out += ['\t</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_bloem(S):  # Bloemfontein Courant (Caxton) article with h2 sections, HTML; Yoast @graph NewsArticle in UTC (+00:00) while the page prints SAST
    z = S["zone"]; d0 = dt(S["dateline_t"], z); base = "https://www.bloemfonteincourant.co.za"
    iso_utc = d0.astimezone(UTC).isoformat()
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "@id": f"{S['url']}#article", "isPartOf": {"@id": S["url"]}, "author": {"name": S["byline"], "@id": f"{base}/#/schema/person/courant"},
         "headline": S["title"], "datePublished": iso_utc, "dateModified": iso_utc, "mainEntityOfPage": {"@id": S["url"]},
         "wordCount": 480, "publisher": {"@id": f"{base}/#organization"}, "articleSection": ["News", "National"], "inLanguage": "en-ZA"},
        {"@type": "WebPage", "@id": S["url"], "url": S["url"], "name": S["doc_title"], "datePublished": iso_utc, "dateModified": iso_utc},
        {"@type": "Organization", "@id": f"{base}/#organization", "name": "Bloemfontein Courant", "url": base + "/"},
        {"@type": "Person", "@id": f"{base}/#/schema/person/courant", "name": S["byline"]}]}
    out = caxton_head(S, "Bloemfontein Courant", ld) + ['<body class="single-post">',
           '<header class="site-header"><a class="site-logo" href="/">Bloemfontein Courant</a>',
           '<nav class="main-menu"><a>News</a> <a>Local</a> <a>National</a> <a>Business</a> <a>Sport</a> <a>Lifestyle</a> <a>Motoring</a> <a>E-Editions</a></nav>',
           '<a class="btn-newsletter">Newsletter</a></header>',
           '<div class="breadcrumbs"><a href="/">Home</a> » <a href="/news/">News</a> » <a href="/news/national/">National</a></div>',
           '<article class="post">', f'<h1 class="entry-title">{esc(S["title"])}</h1>',
           f'<div class="entry-meta"><span class="author">By {esc(S["byline"])}</span> <span class="reading-time">4 minute read</span> <time class="published">{dmy(d0)} | {d0:%H:%M}</time></div>',
           '<div class="whatsapp-cta">Join our WhatsApp group to get Bloemfontein news first.</div>',
           '<div class="entry-content">', f'<p><strong>{esc(S["lede"])}</strong></p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        assert e["t"] == S["dateline_t"]
        out.append(f'<h2>{esc(e["h"])}</h2>'); out += [f"<p>{esc(p)}</p>" for p in e["p"]]; stamps.append(None)
        if i in S["also_read"]:
            out.append(f'<p><strong>ALSO READ: </strong><a href="/news/{i}/">{esc(S["also_read"][i])}</a></p>')
    out += ['</div>', '<div class="post-tags">Tags: <a>Russia</a> <a>Ukraine</a> <a>war</a></div>',
            '<div class="share">Share this article: <a>Facebook</a> <a>Twitter</a> <a>WhatsApp</a> <a>Email</a></div>',
            '</article>', '<section class="related"><h3>Related Articles</h3><ul><li><a>Free State farmers eye grain export prices</a></li>'
            '<li><a>Mangaung budget tabled amid protests</a></li></ul></section>',
            '<footer>© 2023 Caxton and CTP Publishers and Printers Ltd. All rights reserved. | Privacy Policy | Contact us</footer>', '</body>', '</html>']
    return "\n".join(out) + "\n", stamps


def r_george(S):  # George Herald (Group Editors) timeline page, HTML; Afrikaans chrome; day header "Vrydag 1 September" WITHOUT year; "19h20" stamps; "Bron: AFP" credit; no JSON-LD, no year anywhere
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="af">', '<head>', '<meta charset="utf-8">', f'<title>{esc(S["title"])} | George Herald</title>', '</head>',
           '<body>', '<div class="topbar"><a>Teken in</a> | <a>Subscribe</a> | <a>E-uitgawe</a></div>',
           '<header><a class="logo" href="/">George Herald</a>',
           '<nav><a>NUUS / NEWS</a> <a>SPORT</a> <a>LEEFSTYL</a> <a>GEMEENSKAP</a> <a>ADVERTENSIES</a> <a>KONTAK</a></nav></header>',
           '<main>', '<div class="category">Wêreld / World</div>', f'<h1>{esc(S["title"])}</h1>', f'<p class="intro">{esc(S["lede"])}</p>',
           '<div class="timeline">']
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); day = f"{AF_DAYS[d.weekday()]} {d.day} {AF_MONTHS[d.month - 1]}"
        if day != cur:
            cur = day; out.append(f'<div class="tl-day">{day}</div>')
        st = f"{d.hour:02d}h{d.minute:02d}"; stamps.append(st)
        out.append(f'<div class="tl-item"><span class="tl-time">{st}</span><h3>{esc(e["h"])}</h3>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="tl-src">Bron: {esc(e["a"])}</p>')
        out.append('</div>')
        if i == 2:
            out.append('<div class="promo">Ondersteun plaaslike joernalistiek. Teken in vanaf R45 per maand.</div>')
    out += ['</div>', '<div class="share">Deel hierdie artikel: <a>Facebook</a> <a>WhatsApp</a> <a>Twitter</a> <a>E-pos</a></div>', '</main>',
            '<aside><h4>Meeste gelees</h4><ul><li><a>Blanco residents want speed humps</a></li><li><a>Outeniqua Stars win derby</a></li></ul></aside>',
            '<footer>© Group Editors · Privaatheidsbeleid · Terme en voorwaardes</footer>', '</body>', '</html>']
    return "\n".join(out) + "\n", stamps


def r_mosselbay(S):  # Mossel Bay Advertiser (Group Editors) listing, text scrape; Afrikaans chrome; "Reuters | 2 hours ago" against the printed "Laas opgedateer: Saterdag 16 September, 15:40" (no year anywhere)
    z = S["zone"]; ref = dt(S["ref_t"], z)
    L = ["Mossel Bay Advertiser", f"Laas opgedateer: {AF_DAYS[ref.weekday()]} {ref.day} {AF_MONTHS[ref.month - 1]}, {ref:%H:%M}",
         "TEKEN IN  |  MELD AAN", "NUUS  SPORT  LEEFSTYL  GEMEENSKAP  ADVERTENSIES  E-UITGAWE", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        mins = int((ref - dt(e["t"], z)).total_seconds() // 60)
        assert mins < 60 or mins % 60 == 0, e["t"]
        st = f"{mins} minutes ago" if mins < 60 else ("1 hour ago" if mins == 60 else f"{mins // 60} hours ago"); stamps.append(st)
        L += [e["h"], f"{e['a']} | {st}"] + e["p"] + ["Lees meer", ""]
        if i == 3:
            L += ["ADVERTENSIE", ""]
    L += ["Laai meer", "", "Nuusbrief: Kry die Advertiser se nuus elke oggend in jou inkassie. Teken in", "",
          "© Group Editors · Privaatheidsbeleid · Kontak ons"]
    return "\n".join(L) + "\n", stamps


def r_nncourier(S):  # Northern Natal Courier (Caxton) news-in-brief article, text scrape; newest first; "Updated: 26 February 2023, 18:30" line AFTER each headline; one page byline
    z = S["zone"]; d0 = dt(S["pub_t"], z)
    L = ["Skip to content", "Northern Natal Courier", "News  Sport  Community  Business  Lifestyle  E-Editions  Classifieds", "Sign up for our newsletter", "",
         "WORLD", S["title"], "", S["byline"], "3 minute read", dmy(d0), "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"Updated: {d.day} {MONTHS[d.month - 1]} {d.year}, {d:%H:%M}"; stamps.append(st)
        L += [e["h"], st, ""] + [x for p in e["p"] for x in (p, "")]
        if i in S["also_read"]:
            L += ["ALSO READ: " + S["also_read"][i], ""]
    L += ["Do you have a news story? WhatsApp the Courier newsroom.", "",
          "Stay up to date with the latest news by signing up for our free newsletter.", "",
          "© 2023 Caxton and CTP Publishers and Printers Ltd. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_estevan(S):  # Estevan Mercury (Glacier Media) RSS 2.0 world feed; pubDate with -0600 (Saskatchewan, no DST); AP/CP datelines in the description; dc:creator agency
    base = "https://www.estevanmercury.ca"
    first = dt(S["entries"][0]["t"], S["zone"])
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom">',
           '<channel>', f'<title>{esc(S["title"])}</title>', f'<link>{base}/world-news</link>',
           f'<atom:link href="{base}/rss/world-news" rel="self" type="application/rss+xml" />',
           '<description>World news from the Estevan Mercury</description>', '<language>en-ca</language>',
           f'<lastBuildDate>{first:%a, %d %b %Y %H:%M:%S -0600}</lastBuildDate>', '<copyright>Copyright Estevan Mercury</copyright>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], S["zone"]); st = d.strftime("%a, %d %b %Y %H:%M:%S ") + d.strftime("%z"); stamps.append(st)
        slug = re.sub(r"[^a-z0-9]+", "-", e["h"].lower()).strip("-")
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{base}/world-news/{slug}-{7143020 + 11 * i}</link>',
                f'<guid isPermaLink="false">{7143020 + 11 * i}</guid>', f'<pubDate>{st}</pubDate>', f'<dc:creator>{esc(e["a"])}</dc:creator>',
                '<description><![CDATA[' + "\n".join(e["p"]) + ']]></description>',
                f'<media:content url="https://www.vmcdn.ca/f/files/shared/feeds/cp/2023/06/{7143020 + 11 * i}.jpg" medium="image" type="image/jpeg"/>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


# ============================================================ Part B renderers (invented outlets)

def r_harbinwick(S):  # text live, OLDEST first; headline, then "Posted at 06:50 GMT" AFTER the headline; "— NAME" signature; Key Points block
    z = S["zone"]
    L = ["HARBINWICK LEDGER", "World | Ukraine | Politics | Business | Culture", "", S["title"], S["dateline"], "",
         "Key Points"] + ["• " + e["h"] for e in S["entries"] if e["kp"]] + ["", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"Posted at {d:%H:%M} GMT"; stamps.append(st)
        L += [e["h"], st, ""] + [x for p in e["p"] for x in (p, "")]
        if e["a"]:
            L += [f"— {e['a']}", ""]
        if i == 2:
            L += ["Advertisement", ""]
    L += ["This live page is now closed. Tuesday's coverage continues on a new page.", "", "Harbinwick Ledger · Contact · Cookies · Terms"]
    return "\n".join(L) + "\n", stamps


def r_kelvercombe(S):  # HTML live, NEWEST first; LiveBlogPosting JSON-LD with per-update datePublished; visible "20:10" in <time>; byline under the headline
    z = S["zone"]; ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{len(S['entries']) - i}", "headline": e["h"], "datePublished": d.isoformat(),
             "articleBody": " ".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    newest = dt(S["entries"][0]["t"], z); oldest = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": oldest.isoformat(),
          "dateModified": newest.isoformat(), "coverageStartTime": oldest.isoformat(), "publisher": {"@type": "Organization", "name": S["source"]},
          "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en">', '<head>', '<meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script>', '</head>', '<body>',
           f'<header><a href="/">{S["source"]}</a> <nav><a>Ukraine</a> <a>War</a> <a>Economy</a> <a>Opinion</a> <a>Support us</a></nav></header>',
           '<main>', f'<h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="update" id="post-{len(S["entries"]) - i}"><time datetime="{d.isoformat()}">{st}</time>')
        out.append(f'<h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="byline">By {esc(e["a"])}</p>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append('<div class="tools"><a>Share</a> <a>Copy link</a></div></article>')
        if i == 1:
            out.append('<aside class="donate">Our reporters are on the ground in Ukraine. Support independent journalism.</aside>')
    out += ['<p class="older"><a>Load older updates</a></p>', '</main>', f'<footer>{S["source"]} · Editorial standards · Privacy</footer>', '</body>', '</html>']
    return "\n".join(out) + "\n", stamps


def r_rss_world(S):  # RSS 2.0 general world feed, newest first; pubDate in GMT or with the outlet's offset; CDATA html description; no authors
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>',
           f'<atom:link href="{S["url"]}/rss.xml" rel="self" type="application/rss+xml"/>', '<ttl>15</ttl>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if S["rfc"] == "GMT" else d.strftime("%z")); stamps.append(st)
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{S["url"]}/news/{e.get("cat", "world").lower()}-{640 + 7 * i}</link>',
                f'<guid isPermaLink="true">{S["url"]}/news/{e.get("cat", "world").lower()}-{640 + 7 * i}</guid>', f'<pubDate>{st}</pubDate>',
                f'<category>{e.get("cat", "World")}</category>',
                '<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_article(S):  # text article: title, byline, dateline with time and zone, lede, section headings; one entry per section; stamp null
    L = [S["source"].upper(), S["kicker"], "", S["title"], "", f"By {S['byline']}", S["dateline"], "", S["lede"], ""]
    for e in S["entries"]:
        assert e["t"] == S["dateline_t"]
        L += [e["h"], ""] + [x for p in e["p"] for x in (p, "")]
    L += ["Share this article", "Related: " + S["more"], "", f"© 2023 {S['source']}"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_gullstead(S):  # HTML live, NEWEST first, no JSON-LD; h2, then "<time datetime>9.05pm</time> · By NAME" line UNDER the headline
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en-GB">', '<head>', '<meta charset="utf-8">', f'<title>{esc(S["title"])} | Gullstead Herald</title>', '</head>', '<body>',
           '<div id="consent">We and our partners use cookies. <button>Accept all</button> <button>Manage preferences</button></div>',
           '<header>Gullstead Herald <nav><a>News</a> <a>World</a> <a>Ukraine</a> <a>Opinion</a> <a>Puzzles</a></nav></header>',
           '<main>', f'<h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="summary">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm_uk(d); stamps.append(st)
        out.append(f'<section class="live-post"><h2>{esc(e["h"])}</h2>')
        out.append(f'<p class="meta"><time datetime="{d.isoformat()}">{st}</time>' + (f' · By {esc(e["a"])}' if e["a"] else "") + '</p>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append('</section>')
        if i == 2:
            out.append('<aside class="related"><h3>Related</h3><a>What is the Leopard 2 and why does Ukraine want it?</a></aside>')
    out += ['</main>', '<footer>Gullstead Herald © 2023 · About · Complaints · Privacy</footer>', '</body>', '</html>']
    return "\n".join(out) + "\n", stamps


def r_atom(S):  # Atom 1.0, newest first; <published> with the outlet's offset (or Z); escaped html content; author per entry
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/atom.xml"/>', f'<id>{S["url"]}/atom.xml</id>',
           f'<updated>{dt(S["entries"][0]["t"], z).isoformat().replace("+00:00", "Z")}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat().replace("+00:00", "Z"); stamps.append(st)
        out += ['<entry>', f'<title type="text">{esc(e["h"])}</title>', f'<link href="{S["url"]}/{e.get("cat", "news")}/{9100 + 13 * i}"/>',
                f'<id>{S["url"]}/{e.get("cat", "news")}/{9100 + 13 * i}</id>', f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        if e["p"]:
            out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_tessingford(S):  # text live, OLDEST first, US Eastern; day headers "Monday, Feb. 6"; "8:05 p.m. ET" line BEFORE the headline; "By NAME" after the headline
    z = S["zone"]
    L = ["Tessingford Observer", "World  |  Politics  |  Business  |  Opinion  |  Newsletters", "", S["title"], S["updated"], "", S["lede"], ""]
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); day = f"{DAYS_EN[d.weekday()]}, {AP_MONTHS[d.month - 1]} {d.day}"
        if day != cur:
            cur = day; L += [day, ""]
        st = f"{ampm_dots(d)} ET"; stamps.append(st)
        L += [st, e["h"]] + ([f"By {e['a']}"] if e["a"] else []) + [""] + [x for p in e["p"] for x in (p, "")]
    L += ["Sign up for our morning briefing", "", "© 2023 Tessingford Observer. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_kilverstone(S):  # text live, OLDEST first; date line WITHOUT year; bare "08:30" line BEFORE the headline; "Reporting: NAME" after the body
    z = S["zone"]
    L = ["KILVERSTONE COURIER", "Live  ·  Europe  ·  Ukraine  ·  Explainers  ·  Podcast", "", S["title"], S["dateline"], "All times are Kyiv time (EEST)", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + [x for p in e["p"] for x in (p, "")]
        if e["a"]:
            L += [f"Reporting: {e['a']}", ""]
        if i == 3:
            L += ["Get the Courier's Europe newsletter - sign up free", ""]
    L += ["That's all from us today. Thank you for following.", "Kilverstone Courier · Contact · Privacy"]
    return "\n".join(L) + "\n", stamps


def r_amblethorpe(S):  # HTML live, NEWEST first; JSON-LD @graph whose liveBlogUpdate items all carry the PAGE's headline and datePublished; visible "20:10 BST"; signature after body
    z = S["zone"]
    newest = dt(S["entries"][0]["t"], z); oldest = dt(S["entries"][-1]["t"], z)
    ups = [{"@type": "BlogPosting", "@id": f"{S['url']}#block-{70 + i}", "headline": S["title"], "datePublished": oldest.isoformat(),
            "dateModified": newest.isoformat(), "articleBody": " ".join(e["p"])[:160]} for i, e in enumerate(S["entries"])]
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "Organization", "@id": "https://amblethorpe.example/#org", "name": "Amblethorpe Standard"},
        {"@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": oldest.isoformat(), "dateModified": newest.isoformat(),
         "coverageStartTime": oldest.isoformat(), "publisher": {"@id": "https://amblethorpe.example/#org"}, "liveBlogUpdate": ups}]}
    out = ['<!DOCTYPE html>', '<html lang="en-GB">', '<head>', '<meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script>', '</head>', '<body>',
           '<header>Amblethorpe Standard <nav><a>Home</a> <a>World</a> <a>Ukraine</a> <a>Business</a> <a>Sign in</a></nav></header>',
           '<main>', f'<h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} BST"; stamps.append(st)
        out.append(f'<div class="block" id="block-{70 + i}"><span class="time">{st}</span><h3>{esc(e["h"])}</h3>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="sig">– {esc(e["a"])}</p>')
        out.append('</div>')
        if i == 3:
            out.append('<div class="promo">Sign up to the Amblethorpe evening briefing</div>')
    out += ['</main>', '<footer>Amblethorpe Standard · Privacy · Terms</footer>', '</body>', '</html>']
    return "\n".join(out) + "\n", stamps


# ============================================================ PART A: one page per real outlet (layouts imitated; all news text my own)
SEEDS = []
SA = "Africa/Johannesburg"

SEEDS.append(dict(id="8800", name="8800_dailydispatch-world", ext="txt", source="Daily Dispatch", zone=SA, render=r_dispatch, order="newest",
  title="World", clock="Friday, 03 February 2023",
  notes="Imitates the DispatchLIVE (Daily Dispatch, East London; Arena Holdings) World section listing, copied as plain text. Newest first. Each card: a 'WORLD' category label, the headline, one or two teaser paragraphs, then the byline/stamp line 'By AFP - 03 February 2023 - 00:40' AFTER the text. No zone printed: South African time (SAST, UTC+2) implied by the outlet. The top card is stamped 00:40 on 3 February local time, i.e. 22:40 UTC on 2 February (local midnight crossed; the header clock already shows Friday 3 February, the fetch day). All seven entries fall on UTC 2023-02-02. Agency credit printed as 'By X' is the author.",
  not_entries=["'Skip to main content', masthead 'DispatchLIVE' and the header clock 'Friday, 03 February 2023' (fetch day)", "'Subscribe' / 'Sign in'", "menu line",
               "cookie notice", "breadcrumb 'Home / News / World'", "section title 'World' (page title)", "'WORLD' category label above every card",
               "newsletter box ('NEWSLETTER', blurb, 'Sign up') after the third card", "'LOAD MORE'", "'MOST READ' list with three local headlines (links)",
               "social line and copyright/footer lines"],
  entries=[
  E("2023-02-03 00:40", "US prepares $2bn arms package with longer-range bombs for Ukraine",
    ["Washington is putting together a military aid package worth more than $2bn for Ukraine that would for the first time include a rocket-assisted bomb able to reach targets about 150km away, two American officials said on Thursday.",
     "The package could be announced as soon as Friday and would also contain more ammunition for the Himars launchers already in Ukrainian hands."],
    "aid", "aid", 3, "us-2bn-package-longer-range-bombs-2023-02", a="Reuters",
    n="Printed local date is 3 February (00:40 SAST) but the UTC instant is 2 February 22:40: midnight crossing. Major package -> 3."),
  E("2023-02-02 21:55", "Putin uses Stalingrad anniversary to warn over German tanks",
    ["President Vladimir Putin used a ceremony in Volgograd marking 80 years since the Soviet victory at Stalingrad to claim that Russia was once again being threatened by German tanks.",
     "Berlin agreed last month to supply Leopard 2 battle tanks to Kyiv.",
     "Putin said Russia had the means to answer and would not limit its response to armoured vehicles."],
    "diplomacy", "diplomacy", 2, "putin-stalingrad-anniversary-tank-warning", a="AFP", sec=["aid"],
    n="Head-of-state rhetoric aimed at the West (a warning about arms supplies): diplomacy, secondary aid; a speech, not a diplomatic move -> 2."),
  E("2023-02-02 18:20", "Von der Leyen and top EU team arrive in Kyiv before summit",
    ["European Commission President Ursula von der Leyen arrived in Kyiv by train on Thursday with more than a dozen commissioners, a day ahead of a summit between the European Union and Ukraine.",
     "Kyiv hopes the meeting will speed up its bid to join the bloc, although EU officials have cautioned that there is no fast track to membership."],
    "diplomacy", "diplomacy", 3, "eu-commission-visit-kyiv-2023-02-02", a="AFP"),
  E("2023-02-02 15:05", "Kramatorsk apartment strike toll rises as search ends",
    ["Rescuers in Kramatorsk finished combing the ruins of an apartment building hit by a Russian missile on Wednesday night, and regional officials said the number of dead had risen to four.",
     "About 20 people were injured, according to the Donetsk regional governor."],
    "strikes", "strikes", 3, "kramatorsk-apartment-strike-2023-02-01", a="AFP", n="Deadly strike -> 3."),
  E("2023-02-02 11:30", "Ukraine widens anti-graft sweep with raids on tax office",
    ["Ukrainian investigators searched offices of the tax service in Kyiv on Thursday, widening a crackdown on corruption that began with raids on the homes of a tycoon and a former interior minister.",
     "The government says it wants to show its Western backers that it is serious about reform as it seeks EU membership."],
    "other", "politics", 2, "ukraine-anti-corruption-raids-2023-02", a="Reuters"),
  OFF("2023-02-02 08:10", "Pope urges young Congolese to reject violence",
      ["Pope Francis told tens of thousands of young people in a Kinshasa stadium on Thursday to turn their backs on violence and corruption, on the third day of his visit to the Democratic Republic of Congo."],
      "pope-francis-congo-visit-2023", a="AFP", n="Papal visit to the DRC."),
  E("2023-02-02 06:45", "Russia's shell shortage limits its push in Donbas, UK says",
    ["Russia does not have enough artillery ammunition to sustain a large offensive in eastern Ukraine, Britain's defence ministry said in its daily intelligence update on Thursday.",
     "It said Russian commanders were nonetheless still demanding unrealistic advances."],
    "other", "frontline", 2, "uk-intelligence-russian-shell-shortage-2023-02-02", a="Reuters"),
  ]))

SEEDS.append(dict(id="8801", name="8801_heraldlive-roundup", ext="html", source="HeraldLIVE", zone=SA, render=r_herald, order="same",
  title="Russia-Ukraine war: what we know on day 354", dateline_t="2023-02-12 09:15", byline="AFP",
  url="https://www.heraldlive.co.za/news/world/2023-02-12-russia-ukraine-war-what-we-know-on-day-354/",
  synopsis="Wagner claims a village on the edge of Bakhmut as Kyiv braces for a new Russian push",
  caption="File photo: a Ukrainian serviceman near the front line in the Donetsk region. Image: AFP",
  intro="These are the main events of the past 24 hours:",
  readmore=["Ukraine's Zelensky says Russia is preparing for revenge on anniversary", "Explainer: why Bakhmut matters to Moscow"],
  notes="Imitates a HeraldLIVE (Gqeberha; Arena Holdings) World article in the daily 'what we know' round-up format, HTML with a NewsArticle JSON-LD block. Header: World tag, h1, synopsis, dateline '12 February 2023 - 09:15' and 'By AFP'. The body is one intro sentence and a bulleted list of six developments WITHOUT headlines and WITHOUT per-bullet times: each bullet is one entry (headline null, stamp null, body 1 paragraph), dated by the article dateline (SAST implied by the outlet, UTC+2; the JSON-LD datePublished carries +02:00). A second bullet list under 'READ MORE:' holds related links, not entries. The page byline (AFP) is every entry's author.",
  not_entries=["cookie notice", "header logo, menu, 'Subscribe'/'Sign in'", "'World' tag", "h1 title", "synopsis under the title", "dateline and 'By AFP' byline",
               "share links", "figure caption 'File photo: ... Image: AFP'", "intro sentence 'These are the main events of the past 24 hours:'",
               "'READ MORE:' heading and its two related-link bullets", "closing credit 'AFP'", "comment call-to-action and '0 Comments'", "'Most read' aside", "footer"],
  entries=[
  E("2023-02-12 09:15", None,
    ["Russia's Wagner mercenary group said on Saturday evening that its fighters had seized the village of Krasna Hora on the northern edge of Bakhmut. Ukraine did not confirm the loss and said its troops were holding their positions."],
    "other", "frontline", 2, "wagner-claims-krasna-hora-2023-02-11", a="AFP"),
  E("2023-02-12 09:15", None,
    ["Russian artillery hit the centre of Kherson overnight, killing one man and wounding two women, the regional military administration said."],
    "strikes", "strikes", 2, "kherson-shelling-2023-02-11", a="AFP"),
  E("2023-02-12 09:15", None,
    ["Moldova's prime minister-designate, Dorin Recean, said he would put security at the top of his government's agenda after a Russian missile crossed the country's airspace on Friday."],
    "other", "politics", 2, "moldova-recean-security-agenda", a="AFP", sec=["strikes"]),
  E("2023-02-12 09:15", None,
    ["Defence ministers from the Ukraine Defence Contact Group will meet at NATO headquarters in Brussels on Tuesday, where Kyiv is expected to press again for fighter jets and more artillery ammunition."],
    "aid", "aid", 2, "ukraine-defence-contact-group-brussels-2023-02-14", a="AFP", sec=["diplomacy"]),
  E("2023-02-12 09:15", None,
    ["Russia's plan to cut its oil output by 500,000 barrels a day in March, in retaliation for Western price caps, pushed crude prices higher at the end of the week."],
    "diplomacy", "diplomacy", 2, "russia-oil-output-cut-price-caps", a="AFP", n="Counter-measure to sanctions (price caps) -> diplomacy."),
  E("2023-02-12 09:15", None,
    ["Ukraine's grid operator said no emergency blackouts were needed on Sunday morning, although repairs after Friday's missile barrage were still under way in several regions."],
    "other", "humanitarian", 2, "ukraine-grid-repairs-after-barrage-2023-02-12", a="AFP", sec=["strikes"],
    n="Power-supply status for civilians after earlier strikes: other/humanitarian, secondary strikes."),
  ]))

SEEDS.append(dict(id="8802", name="8802_zululandobserver-tag", ext="html", source="Zululand Observer", zone=SA, render=r_zululand, order="newest",
  title="Exercise Mosi II", doc_title="Exercise Mosi II Archives | Zululand Observer",
  notes="Imitates a Zululand Observer (Richards Bay; Caxton local WordPress site) tag archive page, HTML. Yoast JSON-LD @graph with a CollectionPage, breadcrumb, website and organisation nodes only (no dates, no items). Newest first. Each card: 'News' category label, h2 headline link, meta line 'By NAME | 18 February 2023, 18:40 | N min read', excerpt paragraphs, 'Read more'. No zone printed: SAST (UTC+2) implied by the outlet. Per-card authors ('Staff Reporter' is a desk byline and counts as the author). Context: the Russian-Chinese-South African naval exercise staged from Richards Bay in February 2023; drills and port arrivals are other/security.",
  not_entries=["top bar (newsletter, WhatsApp, Login)", "logo and main menu", "breadcrumb 'Home » Exercise Mosi II'", "archive title 'Exercise Mosi II' (page title)",
               "'News' category label on each card", "'N min read' in each meta line", "'Read more' under each card", "'ADVERTISEMENT' slot after the third card",
               "pagination", "sidebar news-tip box and 'Trending now' links", "cookie bar", "footer"],
  entries=[
  E("2023-02-18 18:40", "Navy says no Zircon missile launch planned during Mosi II",
    ["The SA National Defence Force says the Russian frigate taking part in next week's naval exercise off the Zululand coast will not test-fire its hypersonic Zircon missile.",
     "Russian media had reported earlier that a launch was being considered during the drills.",
     "A navy spokesperson said all live-fire serials had been agreed in advance by the three navies."],
    "other", "security", 2, "mosi-ii-no-zircon-launch", a="Zanele Mthethwa"),
  E("2023-02-18 16:15", "Ukrainians in Richards Bay hold quiet protest at harbour",
    ["About 30 people, many of them Ukrainian families who have settled in the area, gathered near the small craft harbour on Saturday afternoon with sunflowers and their national flag.",
     "Organisers said they wanted to remind residents that Russia's navy was firing missiles at Ukrainian cities while its sailors were being welcomed in Richards Bay."],
    "other", "politics", 2, "richards-bay-ukrainian-protest-mosi-ii", a="Pieter Strydom", n="Protest against the exercise: other/politics."),
  E("2023-02-18 13:50", "Mariners warned of exclusion zones off Richards Bay",
    ["The SA Maritime Safety Authority has issued a navigational warning for several areas off Richards Bay and Mtunzini while the exercise is under way.",
     "Ski-boat anglers and commercial skippers have been asked to check the latest notices before going to sea."],
    "other", "security", 2, "mosi-ii-navigation-warning", a="Ayanda Ntuli"),
  E("2023-02-18 11:05", "Russian frigate Admiral Gorshkov berths at Richards Bay",
    ["The Russian navy frigate Admiral Gorshkov and a supporting tanker berthed in the Port of Richards Bay on Saturday morning ahead of the Mosi II exercise with the South African and Chinese navies.",
     "The ships were met by a small SA Navy delegation, and the quay was closed to the public."],
    "other", "security", 2, "admiral-gorshkov-arrives-richards-bay", a="Zanele Mthethwa"),
  E("2023-02-18 09:30", "Pandor defends drills, says SA remains non-aligned",
    ["International Relations Minister Naledi Pandor said on Saturday that holding exercises with Russia and China did not mean South Africa had taken sides in the war in Ukraine.",
     "She pointed out that the country also trains regularly with Western navies, including those of France and the United States."],
    "diplomacy", "diplomacy", 3, "pandor-defends-mosi-ii-non-alignment", a="Staff Reporter", n="Ministerial statement on the country's stance in the war -> diplomacy 3."),
  E("2023-02-18 07:20", "DA asks Ramaphosa to call off naval exercise",
    ["The Democratic Alliance has written to President Cyril Ramaphosa asking him to cancel the exercise, saying it would damage South Africa's relations with its biggest trading partners.",
     "The party said holding the drills over the first anniversary of the invasion sent the wrong message."],
    "other", "politics", 2, "da-calls-to-cancel-mosi-ii", a="Pieter Strydom"),
  ]))

SEEDS.append(dict(id="8803", name="8803_lowvelder-live", ext="txt", source="Lowvelder", zone=SA, render=r_lowvelder, order="oldest",
  title="LIVE: African peace mission meets Putin in St Petersburg", byline="Karabo Mthimunye", pub_t="2023-06-17 07:50",
  lede="Seven African countries are taking their peace proposals to Moscow's leader after meeting President Volodymyr Zelensky in Kyiv on Friday. Follow the day's events below.",
  also_read={1: "Ramaphosa's peace mission: who is going and what they want", 4: "Grain, fertiliser and the war: why Africa is paying the price"},
  notes="Imitates a Lowvelder (Mbombela; Caxton local site) 'LIVE:' article, copied as plain text. Oldest first. One page byline (Karabo Mthimunye) under the title, with '3 minute read' and the publish line '17 June 2023 | 07:50' (SAST, not printed as a zone: implied by the outlet, UTC+2). A 'Key Points' box lists two post headlines exactly (entries 03 and 05: key_point true, importance 3). Each post: a bare 'HH:MM' line, the headline, the body. 'ALSO READ:' link lines after posts 02 and 05 are chrome. All times are South African time, although the talks were in St Petersburg (Moscow time is one hour ahead).",
  not_entries=["'Skip to content', site name, menu, newsletter link", "'NEWS' label", "title line (page title)", "byline, '3 minute read' and the publish line '17 June 2023 | 07:50'",
               "'Key Points' heading and its two bullets (they point at entries 03 and 05)", "lede paragraph under the Key Points box",
               "'ALSO READ: ...' lines (two)", "closing 'This article will be updated ...' line", "social follow line and copyright"],
  entries=[
  E("2023-06-17 08:15", "Leaders land in St Petersburg after Kyiv leg",
    ["The African delegation led by President Cyril Ramaphosa landed in St Petersburg on Saturday morning, a day after meeting President Volodymyr Zelensky in Kyiv.",
     "The group includes the presidents of Senegal, Zambia and the Comoros, as well as envoys from Egypt, Uganda and the Republic of Congo."],
    "diplomacy", "diplomacy", 3, "african-peace-mission-meets-putin-2023-06-17", a="Karabo Mthimunye", n="Head-of-state mission -> 3."),
  E("2023-06-17 10:20", "Presidential security team still stuck in Warsaw",
    ["About a hundred members of Ramaphosa's protection team and journalists travelling with them were still on a chartered plane at Warsaw airport, after Polish officials objected to weapons on board.",
     "The presidency called the delay regrettable but said it would not derail the mission."],
    "diplomacy", "diplomacy", 2, "sa-security-team-held-in-warsaw", a="Karabo Mthimunye", n="Diplomatic row with Poland around the mission: own story."),
  E("2023-06-17 13:05", "Ramaphosa to Putin: 'This war must come to an end'",
    ["Opening the talks at the Konstantinovsky Palace, Ramaphosa told Putin that the war was hurting Africa through higher food and fuel prices and had to be settled through negotiation.",
     "He said the delegation had come to listen to both sides and to put forward proposals."],
    "diplomacy", "diplomacy", 3, "african-peace-mission-meets-putin-2023-06-17", a="Karabo Mthimunye", kp=True),
  E("2023-06-17 14:30", "Putin shows delegation a draft treaty from 2022 talks",
    ["Putin held up a document he said was a draft agreement initialled by Ukrainian negotiators in Istanbul in the spring of 2022, arguing that Kyiv had walked away from it.",
     "Ukraine has said in the past that no deal was ever agreed."],
    "diplomacy", "diplomacy", 2, "putin-shows-istanbul-draft-treaty", a="Karabo Mthimunye", n="A separate statement by Putin during the meeting: own story."),
  E("2023-06-17 16:45", "Ten-point plan calls for talks, prisoner swaps and open grain routes",
    ["The delegation's proposals include de-escalation on both sides, the return of prisoners of war and of children taken to Russia, and guarantees for grain and fertiliser shipments across the Black Sea.",
     "The plan does not ask either side to withdraw troops."],
    "diplomacy", "diplomacy", 3, "african-peace-plan-ten-points", a="Karabo Mthimunye", kp=True),
  E("2023-06-17 18:20", "Kremlin says African ideas will be hard to put into practice",
    ["Kremlin spokesman Dmitry Peskov said after the meeting that Putin had shown interest in the proposals but that several of them would be difficult to implement.",
     "He did not say which points Moscow objected to."],
    "diplomacy", "diplomacy", 2, "african-peace-plan-ten-points", a="Karabo Mthimunye", n="Reaction whose content is the plan itself: same story."),
  E("2023-06-17 19:50", "Shelling kills two in Kherson region as talks end",
    ["Russian shelling of villages along the Dnipro River killed two people on Saturday, the Kherson regional governor said."],
    "strikes", "strikes", 2, "kherson-region-shelling-2023-06-17", a="Karabo Mthimunye"),
  ]))

SEEDS.append(dict(id="8804", name="8804_polokwaneobserver-feed", ext="xml", source="Polokwane Observer", zone=SA, render=r_polokwane, order="newest",
  title="Polokwane Observer",
  notes="Imitates the Polokwane Observer (observer.co.za; Caxton WordPress) site feed, RSS 2.0 as WordPress emits it: pubDate in +0000 (UTC), dc:creator in CDATA, apostrophes in titles as &#8217; (decoded: curly ’), a 40-word description excerpt ending '[&#8230;]', content:encoded paragraphs, an 'ALSO READ:' paragraph inserted after the first paragraph of two items, and the Yoast line 'The post ... appeared first on Polokwane Observer.' closing both description and content. The feed mixes war news with two local items (off-beat). Page zone: Africa/Johannesburg for published_local; the instants come from the explicit +0000.",
  not_entries=["channel title, link, description, lastBuildDate, generator and syndication fields", "description excerpts (they repeat the start of the body)",
               "'ALSO READ: ...' paragraphs inside content (items 01 and 02)", "the Yoast footer 'The post ... appeared first on Polokwane Observer.' in every description and content",
               "comments links, wfw:commentRss and slash:comments"],
  entries=[
  dict(E("2023-06-09 18:35", "Putin says Ukraine\u2019s counter-offensive has begun",
    ["Russian President Vladimir Putin said on Friday that Ukraine\u2019s long-awaited counter-offensive had started, but claimed Ukrainian forces had not reached their goals in any sector.",
     "Kyiv has not formally announced the start of the operation, and its officials have asked Ukrainians to keep quiet about battlefield plans."],
    "other", "frontline", 3, "putin-says-counteroffensive-has-begun-2023-06-09", a="African News Agency", n="Start of the long-expected counter-offensive: big frontline development -> 3."),
    also="Kakhovka dam: what the flood means for the front line"),
  dict(E("2023-06-09 15:10", "Kakhovka flood: death toll rises as water recedes",
    ["At least 14 people have died in flooding caused by the destruction of the Kakhovka dam, according to Ukrainian officials and Russian-installed authorities in the occupied part of the Kherson region.",
     "Thousands of homes downstream of the dam, which was destroyed on Tuesday, remain under water."],
    "other", "humanitarian", 3, "kakhovka-dam-destruction-flooding", a="African News Agency", n="Deadly disaster for civilians caused by the destruction of the dam -> other/humanitarian 3."),
    also="Limpopo aid groups collect goods for Ukraine flood victims"),
  OFF("2023-06-09 12:25", "Seshego residents march over week-long water outage",
      ["Residents of Seshego Zone 4 marched to the municipal offices on Friday morning to demand a date for the restoration of their water supply."],
      "seshego-water-outage-march", a="Thabo Ledwaba", n="Local service-delivery protest."),
  E("2023-06-09 10:05", "Pretoria still weighing options on Putin\u2019s BRICS invitation",
    ["The government has not yet decided how it will handle the International Criminal Court warrant for Vladimir Putin if he attends the BRICS summit in Johannesburg in August, a presidency spokesperson said on Friday.",
     "Legal advice on the matter was still being considered, he said."],
    "diplomacy", "diplomacy", 2, "putin-brics-summit-icc-warrant-dilemma", a="African News Agency"),
  E("2023-06-09 08:30", "Ukraine says it shot down most drones in overnight attack",
    ["Ukraine\u2019s air force said it destroyed 16 of 20 Iranian-made drones launched by Russia overnight, most of them over the Kyiv and Odesa regions.",
     "No casualties were reported."],
    "strikes", "strikes", 2, "russian-drone-attack-night-2023-06-09", a="African News Agency"),
  OFF("2023-06-09 07:10", "Polokwane City unveil two new signings",
      ["Polokwane City have signed a striker and a left-back ahead of the new Motsepe Foundation Championship season, the club announced on Friday."],
      "polokwane-city-new-signings", a="Sports Reporter", n="Local football."),
  ]))

SEEDS.append(dict(id="8805", name="8805_bloemfonteincourant-article", ext="html", source="Bloemfontein Courant", zone=SA, render=r_bloem, order="same",
  title="Russia-Ukraine war: what happened on Wednesday", doc_title="Russia-Ukraine war: what happened on Wednesday | Bloemfontein Courant",
  url="https://www.bloemfonteincourant.co.za/russia-ukraine-war-what-happened-on-wednesday/", dateline_t="2023-06-14 19:30", byline="Courant Reporter",
  lede="From a deadly strike near Odesa to a visit by the UN nuclear watchdog's chief, here is a summary of Wednesday's main news from the war.",
  also_read={1: "Kryvyi Rih strike: Ukraine mourns victims of apartment attack"},
  notes="Imitates a Bloemfontein Courant (Caxton local WordPress site) article with h2 sections, HTML. Yoast JSON-LD @graph (NewsArticle, WebPage, Organization, Person) carries datePublished in UTC ('2023-06-14T17:30:00+00:00') while the visible meta line prints SAST '14 June 2023 | 19:30' with no zone (implied by the outlet). One entry per h2 section: headline = section heading, stamp null, published = the article time, author = the page byline 'Courant Reporter' (desk byline). An 'ALSO READ:' paragraph inside section 2 is chrome and is not counted in body_paragraphs.",
  not_entries=["logo, menu, 'Newsletter' button", "breadcrumb 'Home » News » National'", "h1 title (page title)", "meta line (byline, '4 minute read', date and time)",
               "WhatsApp call-to-action", "bold lede paragraph before the first section", "'ALSO READ:' paragraph in section 2", "tags line", "share line",
               "'Related Articles' list", "footer"],
  entries=[
  E("2023-06-14 19:30", "Strike on Odesa warehouse",
    ["Three workers were killed when Russian missiles hit a food warehouse in the Odesa region before dawn on Wednesday, Ukraine's southern military command said.",
     "Seven other people were injured, and a fire at the site took several hours to bring under control."],
    "strikes", "strikes", 3, "odesa-warehouse-strike-2023-06-14", a="Courant Reporter"),
  E("2023-06-14 19:30", "Mourning in Kryvyi Rih",
    ["Kryvyi Rih held a day of mourning for the 12 people killed when a missile hit a five-storey apartment block on Tuesday.",
     "Rescuers ended their search of the site on Wednesday morning."],
    "strikes", "strikes", 2, "kryvyi-rih-apartment-strike-2023-06-13", a="Courant Reporter", n="Aftermath (mourning, final toll) of the previous day's strike."),
  E("2023-06-14 19:30", "Fighting in the south",
    ["Ukraine's deputy defence minister said troops had advanced up to three kilometres in parts of the southern front over the past week.",
     "Russia's defence ministry said its forces had repelled attacks near Orikhiv and Velyka Novosilka."],
    "other", "frontline", 2, "ukraine-southern-front-advances-2023-06-14", a="Courant Reporter"),
  E("2023-06-14 19:30", "NATO ministers meet",
    ["Defence ministers of NATO countries began two days of talks in Brussels, where Secretary General Jens Stoltenberg said allies had delivered more than 90% of the armoured vehicles they had promised Ukraine before the counter-offensive."],
    "diplomacy", "diplomacy", 2, "nato-defence-ministers-brussels-2023-06", a="Courant Reporter", sec=["aid"]),
  E("2023-06-14 19:30", "Grossi in Kyiv",
    ["The head of the International Atomic Energy Agency, Rafael Grossi, met President Volodymyr Zelensky in Kyiv and said he would travel to the Zaporizhzhia nuclear plant to assess how the loss of the Kakhovka reservoir affects its cooling water."],
    "diplomacy", "diplomacy", 2, "iaea-grossi-kyiv-visit-2023-06-14", a="Courant Reporter"),
  E("2023-06-14 19:30", "Peace mission dates confirmed",
    ["The Presidency confirmed that President Cyril Ramaphosa and other African leaders will visit Kyiv on Friday and St Petersburg on Saturday.",
     "Officials said the delegation hoped to open a channel for talks rather than present a finished plan."],
    "diplomacy", "diplomacy", 2, "african-peace-mission-dates-confirmed", a="Courant Reporter"),
  ]))

SEEDS.append(dict(id="8806", name="8806_georgeherald-timeline", ext="html", source="George Herald", zone=SA, render=r_george, order="newest",
  title="Ukraine war: updates through the day", parse_args=["--date", "2023-09-01"],
  lede="Follow the day's main developments in the war in Ukraine. Newest updates at the top.",
  notes="Imitates a George Herald (Group Editors; bilingual Afrikaans/English) timeline page, HTML without JSON-LD. The chrome is Afrikaans (menu, 'Bron:' source credits, 'Deel hierdie artikel', subscription promo); the news text is English. One day header 'Vrydag 1 September' (Friday 1 September) WITHOUT a year, and no year anywhere on the page (footer '© Group Editors'): parse_args --date 2023-09-01. Newest first. Stamps in the South African '19h20' form, SAST implied by the outlet (UTC+2), before each h3 headline. 'Bron: AFP' (source: AFP) credits are the authors. Entry 04 is a video teaser with no body and no credit.",
  not_entries=["top bar (Teken in / Subscribe / E-uitgawe)", "logo and menu", "category label 'Wêreld / World'", "h1 title (page title)", "intro paragraph",
               "day header 'Vrydag 1 September'", "'Bron: ...' credit lines (authors)", "subscription promo after the third item", "share line",
               "'Meeste gelees' aside", "footer"],
  entries=[
  E("2023-09-01 19:20", "Ukraine says troops are through first Russian line near Verbove",
    ["Ukrainian forces have broken through Russia's first line of defence near the village of Verbove in the Zaporizhzhia region, a Ukrainian commander told reporters on Friday.",
     "He said the lines behind it were weaker because Russia had moved reserves forward."],
    "other", "frontline", 2, "verbove-breakthrough-claim-2023-09-01", a="Reuters"),
  E("2023-09-01 16:40", "Russia says drones downed over Bryansk and Kursk",
    ["Russia's defence ministry said air defences destroyed several Ukrainian drones over the Bryansk and Kursk regions on Friday morning.",
     "The governor of Bryansk said one drone had damaged a power line, cutting electricity to two villages."],
    "strikes", "strikes", 2, "drones-downed-bryansk-kursk-2023-09-01", a="AFP"),
  E("2023-09-01 13:15", "Kharkiv pupils start the school year underground",
    ["Children in Kharkiv began the new school year on Friday in classrooms built inside metro stations, as the city remains within easy reach of Russian missiles.",
     "City officials said about 1,000 pupils would attend lessons underground in shifts."],
    "other", "humanitarian", 2, "kharkiv-underground-classrooms-2023-09-01", a="AFP"),
  E("2023-09-01 11:05", "Watch: Kyiv residents clear up after night of drone debris", [],
    "strikes", "strikes", 1, "kyiv-drone-debris-2023-09-01", n="Video teaser without body -> importance 1."),
  E("2023-09-01 09:30", "Lavrov: grain deal can return if West meets Moscow's demands",
    ["Russian Foreign Minister Sergei Lavrov said after talks with his Turkish counterpart that Russia would rejoin the Black Sea grain deal only once its own farm exports were freed from Western restrictions.",
     "Turkey has been trying to revive the agreement since Moscow pulled out of it in July."],
    "diplomacy", "diplomacy", 2, "lavrov-fidan-talks-grain-deal", a="Reuters"),
  E("2023-09-01 07:45", "Zelensky: Ukrainian-made weapon hit target 700km away",
    ["President Volodymyr Zelensky said a new long-range weapon developed in Ukraine had struck a target 700 kilometres away, without saying what or where it was.",
     "His remarks followed drone attacks on a military airfield in Russia's Pskov region earlier in the week."],
    "strikes", "strikes", 2, "zelensky-long-range-weapon-700km", a="AFP"),
  ]))

SEEDS.append(dict(id="8807", name="8807_mosselbayadvertiser-listing", ext="txt", source="Mossel Bay Advertiser", zone=SA, render=r_mosselbay, order="newest",
  title="Nasionaal & Internasionaal", ref_t="2023-09-16 15:40", parse_args=["--date", "2023-09-16"],
  notes="Imitates a Mossel Bay Advertiser (Group Editors) 'Nasionaal & Internasionaal' listing, copied as plain text. Afrikaans chrome; English news text. Newest first. Each item: headline, a credit line 'Reuters | 2 hours ago' (relative stamp), one or two excerpt paragraphs, 'Lees meer'. The only absolute time is the header line 'Laas opgedateer: Saterdag 16 September, 15:40' (last updated Saturday 16 September, 15:40, SAST implied, no year): relative stamps resolve against it. No year anywhere: parse_args --date 2023-09-16. Credits (Reuters, AFP, Advertiser Reporter) are the authors.",
  not_entries=["masthead", "header line 'Laas opgedateer: Saterdag 16 September, 15:40' (the anchor for relative times)", "'TEKEN IN | MELD AAN'", "menu line",
               "section title 'Nasionaal & Internasionaal' (page title)", "'Lees meer' after every item", "'ADVERTENSIE' after the fourth item", "'Laai meer'",
               "newsletter line", "footer"],
  entries=[
  E("2023-09-16 15:15", "Ukraine retakes Andriivka south of Bakhmut, army says",
    ["Ukraine's army said on Saturday that its troops had recaptured Andriivka, a village about 10 kilometres south of Bakhmut, after days of heavy fighting.",
     "Russia's defence ministry said earlier that it had repelled attacks in the area."],
    "other", "frontline", 2, "ukraine-retakes-andriivka-2023-09", a="Reuters"),
  E("2023-09-16 13:40", "Russia says it downed drones over Crimea",
    ["Russia said its air defences destroyed six Ukrainian drones over Crimea early on Saturday and that a seventh was brought down by electronic jamming.",
     "The occupation authorities reported no damage."],
    "strikes", "strikes", 2, "crimea-drones-downed-2023-09-16", a="AFP"),
  E("2023-09-16 11:40", "Poland and Hungary keep Ukrainian grain out as EU ban lapses",
    ["Poland and Hungary said they would keep their own bans on Ukrainian grain imports after the European Commission let an EU-wide restriction expire at midnight on Friday.",
     "Kyiv said it would challenge the unilateral measures."],
    "diplomacy", "diplomacy", 2, "eu-ukraine-grain-ban-expires-unilateral-bans", a="Reuters", n="Trade dispute between allies -> diplomacy."),
  OFF("2023-09-16 10:40", "Cruise season opens with first liner in Mossel Bay",
      ["The first cruise ship of the season anchored in the bay on Saturday morning, and hundreds of passengers were brought ashore by tender for tours of the town."],
      "mossel-bay-cruise-season-opens", a="Advertiser Reporter", n="Local tourism."),
  E("2023-09-16 08:40", "Kim tours Russian fighter plant on far east visit",
    ["North Korean leader Kim Jong Un visited an aircraft factory in Komsomolsk-on-Amur on Friday, the latest stop on a trip to Russia that Western governments fear could lead to arms deals.",
     "Kremlin officials have denied that any weapons agreements were signed."],
    "diplomacy", "diplomacy", 3, "kim-jong-un-russia-visit-2023-09", a="AFP", sec=["aid"], n="Head-of-state visit; possible arms transfers to Russia as secondary aid."),
  E("2023-09-16 06:40", "Missile hits administrative building in Kherson",
    ["A Russian missile struck an administrative building in central Kherson overnight, injuring a security guard, the regional governor said."],
    "strikes", "strikes", 2, "kherson-missile-strike-2023-09-16", a="Reuters"),
  ]))

SEEDS.append(dict(id="8808", name="8808_northernnatalcourier-briefs", ext="txt", source="Northern Natal Courier", zone=SA, render=r_nncourier, order="newest",
  title="World in brief: Sunday's Ukraine war headlines", byline="Courier Reporter", pub_t="2023-02-26 18:45",
  lede="A round-up of the day's main news from the war in Ukraine, compiled from wire reports.",
  also_read={3: "China's 12-point paper on Ukraine: what it says"},
  notes="Imitates a Northern Natal Courier (Dundee; Caxton local site) news-in-brief article, copied as plain text. One page byline ('Courier Reporter', a desk byline: every entry's author), '3 minute read' and a date line '26 February 2023' without a time. Six briefs, newest first; each brief is a headline followed by its own stamp line 'Updated: 26 February 2023, 18:30' (stamp AFTER the headline, before the body). SAST implied by the outlet (UTC+2). An 'ALSO READ:' line after brief 04 is chrome.",
  not_entries=["'Skip to content', site name, menu, newsletter link", "'WORLD' label", "title line (page title)", "byline, '3 minute read' and the date line '26 February 2023'",
               "intro paragraph", "'ALSO READ: ...' line after brief 04", "WhatsApp newsroom line", "newsletter line", "copyright"],
  entries=[
  E("2023-02-26 18:30", "G20 finance meeting ends without joint statement over Ukraine",
    ["Finance ministers and central bank governors from the Group of 20 ended their meeting in Bengaluru without a joint communique after Russia and China objected to language condemning the war.",
     "India, which holds the presidency, issued a chair's summary instead."],
    "diplomacy", "diplomacy", 2, "g20-bengaluru-no-communique"),
  E("2023-02-26 16:50", "Kyiv responds cautiously to China's position paper",
    ["Ukraine's foreign ministry said parts of China's 12-point paper on the war were worth discussing, but insisted that any settlement had to begin with Russian troops leaving Ukrainian territory.",
     "President Volodymyr Zelensky has said he would like to meet Chinese leader Xi Jinping."],
    "diplomacy", "diplomacy", 2, "china-position-paper-kyiv-response"),
  E("2023-02-26 14:15", "No power cuts scheduled for fifth day, says grid operator",
    ["Ukraine's national grid operator said there would be no scheduled power cuts on Sunday for the fifth day running, as repairs to damaged power stations went on.",
     "It asked consumers to use electricity sparingly in the evenings."],
    "other", "humanitarian", 2, "ukraine-no-scheduled-power-cuts-2023-02-26"),
  E("2023-02-26 12:40", "Putin says the West wants to break Russia apart",
    ["President Vladimir Putin said in a television interview broadcast on Sunday that Western countries had a single goal, which was to break up Russia and take control of its resources.",
     "He also said Russia had to take NATO's nuclear capabilities into account."],
    "diplomacy", "diplomacy", 2, "putin-interview-west-wants-russia-broken-up", n="Head-of-state rhetoric aimed at the West -> diplomacy (same convention as 8800-02)."),
  E("2023-02-26 10:05", "Belarusian partisans claim attack on Russian radar plane",
    ["A Belarusian opposition group said its members had used drones to damage a Russian A-50 early-warning aircraft parked at an airfield near Minsk.",
     "Neither Belarus nor Russia commented on the claim, which could not be independently verified."],
    "strikes", "strikes", 2, "belarus-a50-airfield-drone-claim"),
  E("2023-02-26 08:20", "Zelensky replaces commander of forces in Donbas",
    ["President Volodymyr Zelensky has dismissed the commander of Ukraine's joint forces, Eduard Moskalyov, according to a decree published on the presidential website.",
     "No reason was given, and no successor was named."],
    "other", "politics", 2, "zelensky-dismisses-moskalyov"),
  ]))
for e in SEEDS[-1]["entries"]:
    e["a"] = "Courier Reporter"

SEEDS.append(dict(id="8809", name="8809_estevanmercury-feed", ext="xml", source="Estevan Mercury", zone="America/Regina", render=r_estevan, order="newest",
  title="World News | Estevan Mercury",
  notes="Imitates the Estevan Mercury (Saskatchewan; Glacier Media site) World News RSS 2.0 feed. pubDate carries -0600 (Saskatchewan keeps Central Standard Time all year, zone America/Regina). Newest first. Items are wire copy: dc:creator is the agency ('The Associated Press', 'The Canadian Press'); the description is the story's first paragraph, which begins with the agency dateline ('KYIV, Ukraine (AP) — '), kept as part of first_sentence; AP spells 'Zelenskyy'. The two oldest items are dated 21 June local time but fall on 22 June UTC (local evening = after UTC midnight), so all six items are on UTC 2023-06-22. Two items are off-beat.",
  not_entries=["channel title, link, description, language, lastBuildDate, copyright", "media:content image links", "guid and link elements"],
  entries=[
  E("2023-06-22 15:30", "Ukraine says it struck bridge linking Crimea to mainland",
    ["KYIV, Ukraine (AP) — A road bridge connecting Russian-occupied Crimea with the Ukrainian mainland was damaged in a missile strike on Thursday, officials on both sides said, cutting one of the routes Russia uses to supply its troops in the south."],
    "strikes", "strikes", 3, "chonhar-bridge-strike-2023-06-22", a="The Associated Press", n="Strike on key military supply infrastructure -> 3."),
  OFF("2023-06-22 14:05", "Modi addresses Congress during state visit",
      ["WASHINGTON (AP) — Indian Prime Minister Narendra Modi addressed a joint meeting of Congress on Thursday, praising ties between the two democracies during a state visit packed with ceremony."],
      "modi-state-visit-washington", a="The Associated Press", n="Indian leader's US visit."),
  E("2023-06-22 11:10", "Canada adds money for Ukraine's rebuilding at London conference",
    ["OTTAWA — Canada will put more money toward rebuilding Ukraine's energy grid and other infrastructure, Foreign Affairs Minister Mélanie Joly announced at a recovery conference in London on Thursday."],
    "aid", "aid", 2, "canada-ukraine-recovery-conference-pledge", a="The Canadian Press"),
  E("2023-06-22 07:20", "Russia says it repelled Ukrainian attacks in Zaporizhzhia region",
    ["MOSCOW (AP) — Russia's Defense Ministry said Thursday its forces had beaten back several Ukrainian attacks in the southern Zaporizhzhia region, a focus of Kyiv's counteroffensive."],
    "other", "frontline", 2, "zaporizhzhia-front-attacks-repelled-2023-06-22", a="The Associated Press"),
  E("2023-06-21 22:40", "Zelenskyy says Russia is considering an attack on nuclear plant",
    ["KYIV, Ukraine (AP) — Ukrainian President Volodymyr Zelenskyy said his intelligence services had information that Russia was considering a 'terrorist attack' at the Zaporizhzhia nuclear power plant involving a release of radiation, a claim Moscow rejected."],
    "other", "security", 2, "zelenskyy-warns-of-znpp-sabotage", a="The Associated Press",
    n="Printed local date 21 June, UTC instant 22 June 04:40. Sabotage warning -> other/security."),
  OFF("2023-06-21 20:15", "Search for missing submersible enters critical stage",
      ["BOSTON (AP) — Rescuers searching for a submersible that vanished on a dive to the Titanic wreck were racing against a dwindling oxygen supply on Wednesday, as underwater noises detected by aircraft gave them a new area to focus on."],
      "titan-submersible-search", a="The Associated Press", n="Missing submersible; printed local date 21 June, UTC 22 June 02:15."),
  ]))

# ============================================================ PART B, day 1: 2023-02-06 (UTC)
D1 = "Day 1 (2023-02-06 UTC): 8820, 8821, 8822, 8823."
KHA = "kharkiv-missile-strike-2023-02-06"
REZ = "reznikov-defence-ministry-reshuffle"
KUL = "kuleba-olympic-boycott-warning"

SEEDS.append(dict(id="8820", name="8820_harbinwick-textlive", ext="txt", source="Harbinwick Ledger", zone="Europe/London", render=r_harbinwick, order="oldest",
  title="Ukraine war live: missiles hit Kharkiv as Kyiv puts defence reshuffle on hold", dateline="Monday 6 February 2023 · All times GMT",
  lede="Good morning. Our reporters in Kyiv and Kharkiv are following Monday's events as they unfold.",
  notes="Invented outlet. Text live blog, OLDEST first. Each post: headline, then 'Posted at 06:50 GMT' (stamp AFTER the headline; GMT = UTC in February), body, and a '— NAME' signature (author). The Key Points block lists two exact post headlines (entries 01 and 04). Entry 02 is a video teaser without body. Entry 05 is the day's theme piece (analysis with body). Entry 08 repeats entry 03 nearly word for word (duplicate_of 8820-03). " + D1,
  not_entries=["masthead and menu", "title line and dateline 'Monday 6 February 2023 · All times GMT'", "'Key Points' heading and its two bullets", "welcome lede",
               "'— NAME' signature lines (authors)", "'Advertisement'", "closing line about Tuesday's coverage", "footer"],
  entries=[
  E("2023-02-06 06:50", "Missiles strike central Kharkiv overnight",
    ["Russian missiles hit the centre of Kharkiv shortly before 3am local time, damaging a university building and a block of flats, the regional governor said.",
     "Three people were injured, he said, and firefighters were still at the scene at daybreak.",
     "Officials believe S-300 air-defence missiles, adapted to hit targets on the ground, were used."],
    "strikes", "strikes", 3, KHA, a="Ellis Varga", kp=True, n="Main story of the day (4 seeds); toll here: three injured."),
  E("2023-02-06 08:15", "Watch: smoke over Kharkiv after the overnight strike", [], "strikes", "strikes", 1, KHA, n="Video teaser without body -> importance 1."),
  E("2023-02-06 09:40", "Bakhmut defenders face near-constant assaults, commander says",
    ["Ukrainian units holding Bakhmut are repelling Russian assaults almost around the clock, a battalion commander told Ukrainian television, as Moscow tries to cut the town's last supply roads.",
     "He said the attackers were mostly Wagner fighters moving in small groups."],
    "other", "frontline", 2, "bakhmut-assaults-2023-02-06", a="Niamh Prothero"),
  E("2023-02-06 11:05", "No defence ministry changes this week, says ruling party chief",
    ["David Arakhamia, who leads President Zelensky's party in parliament, said there would be no personnel changes in the defence sector this week, a day after saying Oleksii Reznikov would be moved to another ministry.",
     "His reversal followed a weekend of speculation about who would run the ministry while Ukraine prepares for a Russian offensive."],
    "other", "politics", 3, REZ, a="Ellis Varga", kp=True, n="Multi-seed story (4 seeds) -> 3; continued on day 2."),
  E("2023-02-06 13:30", "Analysis: why Kharkiv keeps being hit by air-defence missiles",
    ["Kharkiv lies barely 40km from the Russian border, close enough for S-300 batteries in the Belgorod region to reach it within a minute of launch.",
     "The missiles were built to bring down aircraft and are imprecise against ground targets, which helps explain why homes and public buildings are so often hit.",
     "At such short range, Ukraine's air defences have almost no time to react."],
    "strikes", "strikes", 2, "analysis-s300-attacks-on-kharkiv", a="Niamh Prothero", n="Theme piece (analysis with body): own story, importance 2; must not merge with the Kharkiv strike."),
  E("2023-02-06 15:10", "Kharkiv: number of injured rises to five",
    ["Two more people have gone to hospital after the night-time strike on Kharkiv, bringing the number of injured to five, the city's mayor said.",
     "One of them, a woman in her sixties, is in a serious condition."],
    "strikes", "strikes", 3, KHA, a="Ellis Varga", n="Toll update: five injured."),
  E("2023-02-06 17:45", "Kupiansk shelled again as officials urge residents to leave",
    ["Russian artillery pounded Kupiansk in the east of the Kharkiv region on Monday, damaging a hospital and several houses, local officials said.",
     "They renewed their calls for families with children to evacuate the town."],
    "strikes", "strikes", 2, "kupiansk-shelling-2023-02-06", a="Niamh Prothero", n="Same region (Kharkiv oblast), different event: must not merge with the Kharkiv city strike."),
  E("2023-02-06 19:30", "Bakhmut defenders face near-constant assaults, commander says",
    ["Ukrainian units holding Bakhmut are repelling Russian assaults almost around the clock, a battalion commander told Ukrainian television, as Moscow tries to cut the last supply roads into the town.",
     "He said most of the attackers were Wagner fighters moving in small groups."],
    "other", "frontline", 1, "bakhmut-assaults-2023-02-06", a="Niamh Prothero", dup="8820-03", n="Near-verbatim repeat of 8820-03 -> importance 1."),
  ]))

SEEDS.append(dict(id="8821", name="8821_kelvercombe-ldlive", ext="html", source="Kelvercombe Post", zone="Europe/Kyiv", render=r_kelvercombe, order="newest",
  title="Live: Russian missiles hit Kharkiv; Zelensky presses for long-range weapons", url="https://kelvercombe.example/live/2023-02-06-ukraine",
  dateline="Monday, 6 February 2023. Times are Kyiv time (GMT+2).",
  lede="Follow our rolling coverage of Russia's war against Ukraine.",
  notes="Invented outlet (Kyiv-based). HTML live page, NEWEST first, with a LiveBlogPosting JSON-LD whose updates carry their own datePublished (+02:00). Visible stamps are bare 'HH:MM' in <time datetime>, Kyiv time (EET, UTC+2, stated in the dateline), above each h2; a 'By NAME' line under the headline. " + D1,
  not_entries=["header and menu", "h1 title and dateline line", "standfirst", "'Share' / 'Copy link' tools under each post", "donation box after the second post",
               "'Load older updates'", "footer"],
  entries=[
  E("2023-02-06 20:10", "Kuleba: Olympics with Russians would trigger a boycott",
    ["Foreign Minister Dmytro Kuleba said that if Russian athletes were allowed to compete at next year's Paris Olympics, a boycott by several countries would be unavoidable.",
     "He said more than 200 Ukrainian athletes had been killed since the invasion began."],
    "diplomacy", "diplomacy", 2, KUL, a="Olena Havryliuk", n="Re-posted on day 2 by this outlet's feed (8831-05)."),
  E("2023-02-06 17:30", "Kharkiv strike: five hurt, one critically",
    ["The number of people injured in the overnight missile strike on Kharkiv has risen to five, Mayor Ihor Terekhov said on Telegram.",
     "A 64-year-old woman was in intensive care, he added."],
    "strikes", "strikes", 3, KHA, a="Dmytro Sereda"),
  E("2023-02-06 15:05", "Zelensky: long-range weapons 'cannot wait'",
    ["President Volodymyr Zelensky told a meeting of foreign defence officials that deliveries of long-range missiles could not wait until Russia's expected spring offensive had begun.",
     "He said the range of Western weapons decided how far from the front Russia could keep its ammunition."],
    "aid", "aid", 2, "zelensky-long-range-weapons-appeal-2023-02-06", a="Olena Havryliuk"),
  E("2023-02-06 13:00", "Reshuffle on hold: Reznikov stays at defence ministry for now",
    ["Oleksii Reznikov will remain defence minister at least for the coming week, the head of the ruling Servant of the People faction said, walking back his own statement from Sunday.",
     "Reznikov told reporters he had not been offered another post and would carry on working."],
    "other", "politics", 3, REZ, a="Dmytro Sereda"),
  E("2023-02-06 11:20", "Power cuts eased in Kyiv and Odesa as repairs continue",
    ["Ukraine's grid operator said the power deficit had narrowed enough to shorten scheduled blackouts in the Kyiv and Odesa regions on Monday.",
     "Engineers have been repairing substations damaged in months of Russian strikes on the energy system."],
    "other", "humanitarian", 2, "ukraine-power-cuts-eased-2023-02-06", a="Olena Havryliuk", sec=["strikes"]),
  E("2023-02-06 08:40", "Kharkiv: three injured as missiles hit university and homes",
    ["Three people were injured when Russian missiles struck Kharkiv during the night, hitting a university building and a residential block in the Kyivskyi district, regional governor Oleh Syniehubov said."],
    "strikes", "strikes", 3, KHA, a="Dmytro Sereda"),
  ]))

SEEDS.append(dict(id="8822", name="8822_drumcastle-worldrss", ext="xml", source="Drumcastle World Report", zone="UTC", render=r_rss_world, rfc="GMT", order="newest",
  title="Drumcastle World Report - Top stories", url="https://drumcastle.example", lede="The world's news, updated around the clock.",
  notes="Invented outlet. General world news RSS 2.0 feed, newest first, pubDate in GMT, no authors, CDATA html descriptions. Four of six items are off-beat (Turkey-Syria earthquake twice, Chinese balloon debris, Grammys); the two war items tell the Kharkiv strike (spelled 'Kharkov', toll seven injured) and the Reznikov story. " + D1,
  not_entries=["channel title, link, description, ttl", "guid/link/category elements"],
  entries=[
  dict(OFF("2023-02-06 22:10", "Quake death toll passes 4,000 in Turkey and Syria",
      ["More than 4,000 people are now known to have died after a magnitude 7.8 earthquake struck southern Turkey and northern Syria before dawn on Monday, followed by a second large tremor in the afternoon.",
       "Rescue teams from dozens of countries are on their way."], "turkey-syria-earthquake-2023-02-06", n="Earthquake."), cat="World"),
  E("2023-02-06 19:35", "Missile strike on Kharkov leaves seven injured",
    ["Seven people were hurt when Russian missiles hit a university building and homes in Kharkov, Ukraine's second-largest city, local officials said on Monday.",
     "Ukraine says Russia fires converted anti-aircraft missiles at the city because they are cheap and hard to intercept at short range."],
    "strikes", "strikes", 3, KHA, n="Spelling variant 'Kharkov'; toll seven injured."),
  dict(OFF("2023-02-06 16:20", "US Navy divers recover balloon debris off Carolina coast",
      ["US Navy divers have begun lifting pieces of the Chinese balloon shot down on Saturday out of the Atlantic, officials said.",
       "Beijing says the craft was a civilian weather balloon that was blown off course."], "chinese-balloon-debris-recovery", n="US-China balloon incident."), cat="Americas"),
  E("2023-02-06 13:50", "Ukraine's defence minister to keep his job for now",
    ["Ukraine's defence minister Oleksii Reznikov will stay in his post for the time being, a senior lawmaker said, after reports over the weekend that he would be replaced by the head of military intelligence."],
    "other", "politics", 3, REZ),
  dict(OFF("2023-02-06 10:05", "Beyoncé sets Grammys record",
      ["Beyoncé became the most decorated artist in Grammy history at Sunday night's ceremony in Los Angeles, taking her total to 32 awards."], "grammy-awards-2023", n="Music awards."), cat="Culture"),
  dict(OFF("2023-02-06 04:30", "Powerful earthquake strikes southern Turkey",
      ["A magnitude 7.8 earthquake hit south-eastern Turkey near the Syrian border in the early hours of Monday, bringing down buildings in several cities.",
       "The tremor was felt as far away as Lebanon and Cyprus."], "turkey-syria-earthquake-2023-02-06", n="Earthquake (first report)."), cat="World"),
  ]))

SEEDS.append(dict(id="8823", name="8823_eastlyn-article", ext="txt", source="Eastlyn Tribune", zone="Europe/Warsaw", render=r_article, order="same",
  title="Kharkiv hit again as Kyiv shelves defence reshuffle", byline="Zofia Brandys-Lee", kicker="Europe › Ukraine",
  dateline="Warsaw, 6 February 2023, 20:15 CET", dateline_t="2023-02-06 20:15",
  lede="A round-up of Monday's developments from our Central Europe correspondent.", more="Poland's tank pledge explained",
  notes="Invented outlet. Text article with three section headings; one entry per section (stamp null), dated by the dateline 'Warsaw, 6 February 2023, 20:15 CET' (UTC+1); the page byline is every section's author. " + D1,
  not_entries=["masthead and kicker 'Europe › Ukraine'", "title (page title)", "byline line", "dateline line", "lede", "'Share this article'", "'Related: ...' link", "copyright"],
  entries=[
  E("2023-02-06 20:15", "Strikes on Kharkiv",
    ["The toll from the night-time missile strike on Kharkiv rose to six injured during the day, according to the regional administration, which said two S-300 missiles had hit the city.",
     "Kyiv accuses Moscow of deliberately targeting civilian buildings, while Russia says it strikes only military facilities."],
    "strikes", "strikes", 3, KHA, a="Zofia Brandys-Lee", n="Toll six injured."),
  E("2023-02-06 20:15", "Reshuffle postponed",
    ["In Kyiv, the governing party's parliamentary leader said Oleksii Reznikov would not be moved from the defence ministry this week.",
     "Analysts in Warsaw said the confusion had done little to reassure allies who have praised Reznikov's handling of Western arms deliveries."],
    "other", "politics", 3, REZ, a="Zofia Brandys-Lee"),
  E("2023-02-06 20:15", "Polish tanks on the way",
    ["Poland's defence minister Mariusz Błaszczak said the first Polish Leopard 2 tanks would reach Ukraine within weeks and that Ukrainian crews had begun training on them in Poland.",
     "Warsaw has pledged 14 of the tanks."],
    "aid", "aid", 2, "poland-leopard-2-delivery-timeline", a="Zofia Brandys-Lee", n="Different tank pledge from day 2's Leopard 1 package: must not merge."),
  ]))

# ============================================================ PART B, day 2: 2023-02-07 (UTC) — the day after day 1
D2 = "Day 2 (2023-02-07 UTC): 8830, 8831, 8832, 8833."
ZAP = "zaporizhzhia-missile-strike-2023-02-07"
LEO = "leopard-1-tanks-germany-denmark-netherlands"

SEEDS.append(dict(id="8830", name="8830_gullstead-htmllive", ext="html", source="Gullstead Herald", zone="Europe/London", render=r_gullstead, order="newest",
  title="Russia-Ukraine war: Leopard 1 tanks pledged; deadly strike on Zaporizhzhia", dateline="Tuesday 7 February 2023",
  lede="Three European allies say they will send refurbished Leopard 1 tanks, while Zelensky decides to keep his defence minister.",
  notes="Invented outlet. HTML live page, NEWEST first, no JSON-LD. Each post: h2 headline, then a meta line '<time datetime=...>9.05pm</time> · By NAME' (British 12-hour stamp, GMT = UTC in February), then the body. Entry 05 is a photo teaser without body. Entry 02 continues day 1's Reznikov story with a new development (the president decides to keep him). " + D2,
  not_entries=["consent banner", "header and menu", "h1 title and dateline 'Tuesday 7 February 2023'", "summary paragraph", "'Related' aside after the third post", "footer"],
  entries=[
  E("2023-02-07 21:05", "Parliament extends martial law by another 90 days",
    ["Ukraine's parliament voted on Tuesday to extend martial law and the general mobilisation for a further 90 days, until late May.",
     "It is the fifth such extension since the invasion began."],
    "other", "politics", 2, "rada-extends-martial-law-2023-02-07", a="Ruth Kestle"),
  E("2023-02-07 18:40", "Zelensky keeps Reznikov as defence minister",
    ["President Volodymyr Zelensky has decided to keep Oleksii Reznikov as defence minister, a senior official in his office told reporters, ending three days of speculation.",
     "Reznikov is due to attend a meeting of Western defence ministers in Brussels next week."],
    "other", "politics", 3, REZ, a="Jonah Pell", n="Continuation of day 1's story with a new development (decision to keep him): keeps the day-1 slug; 2 day-2 seeds -> 3."),
  E("2023-02-07 16:20", "Germany, Denmark and the Netherlands to send at least 100 Leopard 1 tanks",
    ["Germany, Denmark and the Netherlands will together supply at least 100 refurbished Leopard 1A5 tanks to Ukraine over the coming months, the three governments said in a joint statement.",
     "The first should arrive by the summer, and the package also covers training, spare parts and ammunition."],
    "aid", "aid", 3, LEO, a="Ruth Kestle"),
  E("2023-02-07 13:35", "Zaporizhzhia: one dead, four injured after overnight missile strike",
    ["One person was killed and four injured when Russian missiles hit infrastructure in Zaporizhzhia during the night, the secretary of the city council said.",
     "Several private houses nearby were damaged."],
    "strikes", "strikes", 3, ZAP, a="Jonah Pell", n="Toll one dead, four injured."),
  E("2023-02-07 11:10", "Photos: the morning after in Zaporizhzhia", [], "strikes", "strikes", 1, ZAP, n="Photo teaser without body -> importance 1."),
  E("2023-02-07 09:25", "IAEA reports explosions near Zaporizhzhia nuclear plant",
    ["Inspectors from the UN nuclear watchdog at the Zaporizhzhia power plant heard several explosions near the site over the past week, the agency's director general said.",
     "He repeated his call for a protection zone around the plant."],
    "other", "security", 2, "iaea-znpp-explosions-report-2023-02-07", a="Ruth Kestle", sec=["strikes"],
    n="Nuclear-safety warning, not the city strike: same place name, different event -> must not merge with the Zaporizhzhia strike."),
  ]))

SEEDS.append(dict(id="8831", name="8831_kelvercombe-atom", ext="xml", source="Kelvercombe Post", zone="Europe/Kyiv", render=r_atom, order="newest",
  title="Kelvercombe Post", url="https://kelvercombe.example", lede="News from Ukraine",
  notes="Invented outlet (the same outlet as day 1's 8821; this is its Atom feed). Atom 1.0, newest first, <published> with +02:00 (Kyiv, EET), escaped html content, one author per entry. Entry 05 re-posts day 1's 8821-01 word for word (importance 1). Entry 02 is the day's theme piece (explainer). Entry 04 continues day 1's Reznikov story. Entry 06 is the first report of the Zaporizhzhia strike. " + D2,
  not_entries=["feed title, subtitle, links, id, updated", "per-entry link/id/updated elements"],
  entries=[
  E("2023-02-07 22:30", "Canada's first Leopard 2 arrives in Poland",
    ["The first of four Leopard 2 tanks promised by Canada has landed in Poland, where Ukrainian crews are being trained on the vehicle, Canada's defence minister said.",
     "Canada says the other three will follow in the coming weeks."],
    "aid", "aid", 2, "canada-leopard-2-arrives-in-poland", a="Dmytro Sereda", n="Different tank delivery from the Leopard 1 package: must not merge."),
  E("2023-02-07 21:45", "Explainer: what the Leopard 1 can and cannot do",
    ["The Leopard 1 entered service in West Germany in the 1960s and is lighter and less well protected than its successor, the Leopard 2.",
     "Its 105mm gun is still effective against older Russian tanks, and its speed could make it useful for counter-attacks.",
     "Its thin armour, though, leaves it vulnerable to modern anti-tank weapons."],
    "aid", "aid", 2, "explainer-leopard-1-tank", a="Olena Havryliuk", n="Theme piece (explainer with body): own story, importance 2; must not merge with the Leopard 1 pledge."),
  E("2023-02-07 19:15", "Zaporizhzhia toll rises to two dead, seven injured",
    ["A second person has died after the overnight missile strike on Zaporizhzhia, the regional governor said, and the number of injured has risen to seven.",
     "Emergency crews finished clearing rubble at the site in the afternoon."],
    "strikes", "strikes", 3, ZAP, a="Dmytro Sereda", n="Toll two dead, seven injured."),
  E("2023-02-07 15:00", "Reznikov: 'I am staying, and there is work to do'",
    ["Oleksii Reznikov said on Tuesday he would remain defence minister and was already preparing for next week's talks with allies on further weapons deliveries.",
     "He thanked the president for his trust."],
    "other", "politics", 3, REZ, a="Olena Havryliuk", n="Continuation of day 1's story (new development) -> day-1 slug, importance 3."),
  E("2023-02-07 09:05", "Kuleba: Olympics with Russians would trigger a boycott",
    ["Foreign Minister Dmytro Kuleba said that if Russian athletes were allowed to compete at next year's Paris Olympics, a boycott by several countries would be unavoidable.",
     "He said more than 200 Ukrainian athletes had been killed since the invasion began."],
    "diplomacy", "diplomacy", 1, KUL, a="Olena Havryliuk", n="Re-post of day-1 entry 8821-01 (same outlet, same words, re-published on 7 February) -> importance 1; duplicate_of stays null because the original is in another seed."),
  E("2023-02-07 07:40", "Explosions reported in Zaporizhzhia overnight",
    ["Several explosions were heard in Zaporizhzhia shortly after 3am, and the city council said at least one person had been injured.",
     "An air-raid alert was in force across south-eastern Ukraine at the time."],
    "strikes", "strikes", 3, ZAP, a="Dmytro Sereda", n="First report: at least one injured."),
  ]))

SEEDS.append(dict(id="8832", name="8832_tessingford-textlive", ext="txt", source="Tessingford Observer", zone="America/New_York", render=r_tessingford, order="oldest",
  title="Ukraine live updates: Europeans pledge Leopard 1 tanks; Zaporizhia strike kills two", updated="Updated Feb. 7, 2023, 1:45 p.m. ET",
  lede="The latest on Russia's war in Ukraine, from our correspondents in Washington, Kyiv and Brussels.",
  notes="Invented US outlet. Text live blog, OLDEST first, US Eastern time (EST, UTC-5). Day headers 'Monday, Feb. 6' and 'Tuesday, Feb. 7' (no year; the year is printed in the header line 'Updated Feb. 7, 2023, 1:45 p.m. ET'). Each post: a stamp line '8:05 p.m. ET' BEFORE the headline, then 'By NAME', then the body. Entry 01 is printed under Monday, Feb. 6 at 8:05 p.m. ET but is 01:05 UTC on 7 February (local date differs from the UTC day). Spelling variant 'Zaporizhia'. Entry 06 repeats entry 03 almost word for word (duplicate_of 8832-03). " + D2,
  not_entries=["masthead and menu", "title line and 'Updated Feb. 7, 2023, 1:45 p.m. ET'", "lede", "day headers 'Monday, Feb. 6' and 'Tuesday, Feb. 7'", "'By NAME' lines (authors)",
               "newsletter line", "copyright"],
  entries=[
  E("2023-02-06 20:05", "Explosions heard in Zaporizhia, local officials say",
    ["Local officials in the southern Ukrainian city of Zaporizhia reported a series of explosions early Tuesday local time and urged residents to stay in shelters.",
     "There was no immediate word on casualties."],
    "strikes", "strikes", 3, ZAP, a="Amara Quint", n="Printed under Monday, Feb. 6 (8:05 p.m. EST) = 01:05 UTC on 7 February."),
  E("2023-02-07 06:15", "Leopard 1 deal expected within hours, European officials say",
    ["Germany, Denmark and the Netherlands are set to announce a joint plan to send Ukraine older Leopard 1 tanks, three European officials told the Observer.",
     "The tanks would come from industry stocks and need refurbishing before delivery."],
    "aid", "aid", 3, LEO, a="Callan Reeve", n="Advance report of the same package -> same story."),
  E("2023-02-07 09:30", "Three European allies confirm Leopard 1 package",
    ["The defense ministries of Germany, Denmark and the Netherlands confirmed they would supply Ukraine with at least 100 Leopard 1A5 tanks, with the first deliveries expected in the coming months.",
     "Berlin had already approved export licenses for up to 178 of the tanks last week."],
    "aid", "aid", 3, LEO, a="Callan Reeve"),
  E("2023-02-07 11:05", "Zaporizhia death toll rises to two",
    ["A second person has died from injuries sustained in Tuesday's missile strike on Zaporizhia, the regional governor said.",
     "Seven people were wounded."],
    "strikes", "strikes", 3, ZAP, a="Amara Quint"),
  E("2023-02-07 12:20", "Pentagon: no decision yet on sending fighter jets",
    ["A Pentagon spokesman said the United States had made no decision on providing F-16 fighter jets to Ukraine and that the focus remained on air defense and armor."],
    "aid", "aid", 2, "pentagon-no-decision-f16-2023-02-07", a="Callan Reeve", n="Different aid question from the Leopard package: must not merge."),
  E("2023-02-07 13:45", "Three European allies confirm Leopard 1 package",
    ["The defense ministries of Germany, Denmark and the Netherlands have confirmed they will supply Ukraine with at least 100 Leopard 1A5 tanks, with the first deliveries expected in the coming months.",
     "Berlin had already approved export licenses for up to 178 of the tanks last week."],
    "aid", "aid", 1, LEO, a="Callan Reeve", dup="8832-03", n="Near-verbatim repeat of 8832-03 -> importance 1."),
  ]))

SEEDS.append(dict(id="8833", name="8833_pennardine-worldrss", ext="xml", source="Pennardine World", zone="Asia/Kolkata", render=r_rss_world, rfc="+0530", order="newest",
  title="Pennardine World | Latest", url="https://pennardine.example", lede="Top world stories",
  notes="Invented outlet. General world news RSS 2.0 feed, newest first, pubDate with +0530 (India), no authors. Four of six items are off-beat (two earthquake items, Indian rates, Musharraf funeral). The war items: the Zaporizhzhia strike (spelled 'Zaporozhye', two killed) and the Leopard 1 package. Local dates are all 7 February; UTC instants 01:35 to 18:25 on 7 February. " + D2,
  not_entries=["channel title, link, description, ttl", "guid/link/category elements"],
  entries=[
  E("2023-02-07 23:55", "Missile strike kills two in Zaporozhye",
    ["Two people were killed and several wounded when Russian missiles struck the city of Zaporozhye in south-eastern Ukraine overnight, Ukrainian officials said."],
    "strikes", "strikes", 3, ZAP, n="Spelling variant 'Zaporozhye'."),
  dict(OFF("2023-02-07 23:10", "Erdogan declares state of emergency in ten quake-hit provinces",
      ["Turkish President Recep Tayyip Erdogan declared a three-month state of emergency in the ten provinces hit by Monday's earthquakes, as the confirmed death toll in Turkey and Syria rose above 7,000."],
      "turkey-syria-earthquake-2023-02-06", n="Earthquake aftermath."), cat="World"),
  E("2023-02-07 22:15", "Europeans to send more than 100 old Leopard tanks to Kyiv",
    ["Three European countries said on Tuesday they would refurbish and send more than 100 Leopard 1 battle tanks to Ukraine, adding to the more modern Leopard 2s already promised by Germany and others."],
    "aid", "aid", 3, LEO),
  dict(OFF("2023-02-07 18:00", "Reserve Bank set to raise rates again, economists say",
      ["India's central bank is expected to raise its key interest rate by a quarter of a percentage point on Wednesday, according to a poll of economists, as core inflation stays high."],
      "india-rbi-rate-decision-2023-02", n="Indian monetary policy."), cat="Business"),
  dict(OFF("2023-02-07 11:30", "Musharraf's body flown to Karachi for burial",
      ["The body of Pakistan's former military ruler Pervez Musharraf, who died in Dubai on Sunday, has been flown to Karachi ahead of a funeral later on Tuesday."],
      "musharraf-funeral", n="Pakistani ex-president's funeral."), cat="Asia"),
  dict(OFF("2023-02-07 07:05", "Rescuers race against cold as quake toll climbs",
      ["Freezing temperatures and aftershocks hampered rescuers digging through collapsed buildings in Turkey and Syria overnight, with thousands of people still feared trapped."],
      "turkey-syria-earthquake-2023-02-06", n="Earthquake aftermath."), cat="World"),
  ]))

# ============================================================ PART B, day 3: 2023-09-24 (UTC)
D3 = "Day 3 (2023-09-24 UTC): 8840, 8841, 8842, 8843."
ODE = "odesa-port-attack-2023-09-24"
SEV = "sevastopol-fleet-hq-strike-officer-toll-claim"
FICO = "fico-vows-to-halt-slovak-arms-for-ukraine"

SEEDS.append(dict(id="8840", name="8840_inchbarrow-worldatom", ext="xml", source="Inchbarrow Times", zone="UTC", render=r_atom, order="newest",
  title="Inchbarrow Times: World", url="https://inchbarrow.example", lede="International news from the Inchbarrow Times",
  notes="Invented outlet. General world news Atom feed, newest first, <published> in UTC with 'Z', escaped html content, no authors. Four of six items are off-beat (Hollywood writers, Niger, Nagorno-Karabakh refugees, rugby). The war items: the Odesa port attack (spelled 'Odessa', one killed and three injured) and Ukraine's claim about the Sevastopol strike. " + D3,
  not_entries=["feed title, subtitle, links, id, updated", "per-entry link/id/updated elements"],
  entries=[
  dict(OFF("2023-09-24 21:40", "Hollywood writers reach tentative deal to end strike",
      ["The union representing Hollywood screenwriters said it had reached a tentative agreement with the major studios, raising hopes of an end to a strike that has lasted nearly five months."],
      "hollywood-writers-strike-deal", n="US entertainment industry."), cat="culture"),
  E("2023-09-24 18:25", "Odessa port attack leaves one dead",
    ["One person was killed and three injured in an overnight Russian drone and missile attack on the port of Odessa, Ukrainian officials said on Sunday.",
     "A grain terminal and a hotel building near the harbour were damaged."],
    "strikes", "strikes", 3, ODE, n="Spelling variant 'Odessa'; toll one dead, three injured."),
  dict(OFF("2023-09-24 15:10", "Macron to pull French ambassador and troops from Niger",
      ["President Emmanuel Macron said France would withdraw its ambassador from Niger immediately and bring its soldiers home by the end of the year, two months after a military coup in the country."],
      "france-withdraws-from-niger", n="France and Niger."), cat="africa"),
  dict(OFF("2023-09-24 12:30", "First refugees from Nagorno-Karabakh reach Armenia",
      ["The first group of ethnic Armenians to leave Nagorno-Karabakh since Azerbaijan's military offensive last week crossed into Armenia on Sunday, officials in Yerevan said."],
      "nagorno-karabakh-refugees-armenia", n="Caucasus conflict, not the Russia-Ukraine war."), cat="europe"),
  E("2023-09-24 09:45", "Ukraine claims strike killed senior Russian naval officers",
    ["Ukraine's special forces said Friday's missile strike on the headquarters of Russia's Black Sea Fleet in Sevastopol had killed dozens of officers, including senior commanders.",
     "Moscow has not confirmed any deaths."],
    "strikes", "strikes", 3, SEV),
  dict(OFF("2023-09-24 06:15", "Ireland edge South Africa in World Cup thriller",
      ["Ireland beat world champions South Africa 13-8 in a tense Rugby World Cup pool match in Paris on Saturday night."],
      "rugby-world-cup-ireland-south-africa", n="Sport."), cat="sport"),
  ]))

SEEDS.append(dict(id="8841", name="8841_kilverstone-textlive", ext="txt", source="Kilverstone Courier", zone="Europe/Kyiv", render=r_kilverstone, order="oldest",
  title="Ukraine war live: Odesa port ablaze after night attack", dateline="Sunday, 24 September", parse_args=["--date", "2023-09-24"],
  lede="Good morning. We will bring you updates from Odesa, Kherson and the Black Sea throughout the day.",
  notes="Invented outlet. Text live blog, OLDEST first, Kyiv time (EEST, UTC+3, stated on the page). The date line 'Sunday, 24 September' has NO year and no year appears anywhere: parse_args --date 2023-09-24. Each post: bare 'HH:MM' line BEFORE the headline, body, 'Reporting: NAME'. Entry 02 is a video teaser without body. Entry 07 repeats entry 03 almost word for word (duplicate_of 8841-03). " + D3,
  not_entries=["masthead and menu", "title line, date line 'Sunday, 24 September' and 'All times are Kyiv time (EEST)'", "morning lede", "'Reporting: NAME' lines (authors)",
               "newsletter line after the fourth post", "closing line", "footer"],
  entries=[
  E("2023-09-24 08:30", "Odesa port on fire after overnight drone and missile attack",
    ["A large fire broke out at a grain terminal in Odesa's port after waves of Russian drones and missiles struck the city during the night, the southern military command said.",
     "There were no immediate reports of casualties."],
    "strikes", "strikes", 3, ODE, a="Halyna Borysko", n="First report: no casualties yet."),
  E("2023-09-24 09:50", "Watch: firefighters tackle the grain terminal blaze", [], "strikes", "strikes", 1, ODE, n="Video teaser without body -> importance 1."),
  E("2023-09-24 11:15", "Kherson: woman killed as shells hit residential street",
    ["A 62-year-old woman was killed when Russian shells hit a residential street in Kherson's Dniprovskyi district on Sunday morning, the regional governor said.",
     "Two other residents were wounded."],
    "strikes", "strikes", 2, "kherson-shelling-2023-09-24", a="Priya Venn", n="Different city, same kind of event: must not merge with the Odesa attack."),
  E("2023-09-24 13:40", "Italy to help restore Odesa's damaged cathedral",
    ["Italy will pay for experts to help restore Odesa's Transfiguration Cathedral, which was badly damaged by a Russian missile in July, the Italian embassy said.",
     "The first specialists are expected in the city next month."],
    "aid", "aid", 2, "italy-odesa-cathedral-restoration", a="Halyna Borysko", n="Same city as the port attack, different event: must not merge."),
  E("2023-09-24 15:05", "Sevastopol strike: special forces say dozens of officers killed",
    ["Ukraine's special operations forces said 34 officers, including the commander of the Black Sea Fleet, were killed in Friday's missile strike on the fleet's headquarters in Sevastopol.",
     "Russia has not commented on the claim."],
    "strikes", "strikes", 3, SEV, a="Priya Venn"),
  E("2023-09-24 16:30", "Odesa: one dead and two injured in night attack",
    ["The regional governor said a man had been found dead under the rubble of a warehouse in Odesa's port and that two port workers were being treated in hospital.",
     "He said Russia had launched 19 drones and two cruise missiles at the region overnight."],
    "strikes", "strikes", 3, ODE, a="Halyna Borysko", n="Toll one dead, two injured."),
  E("2023-09-24 18:10", "Kherson: woman killed as shells hit residential street",
    ["A 62-year-old woman was killed when Russian shells struck a residential street in Kherson's Dniprovskyi district on Sunday morning, the regional governor said.",
     "Two other residents were wounded."],
    "strikes", "strikes", 1, "kherson-shelling-2023-09-24", a="Priya Venn", dup="8841-03", n="Near-verbatim repeat of 8841-03 -> importance 1."),
  ]))

SEEDS.append(dict(id="8842", name="8842_amblethorpe-htmllive", ext="html", source="Amblethorpe Standard", zone="Europe/London", render=r_amblethorpe, order="newest",
  title="Russia-Ukraine war live: Odesa port hit; Kyiv claims Black Sea Fleet losses", url="https://amblethorpe.example/world/live/2023/sep/24/ukraine",
  dateline="Sunday 24 September 2023", lede="Ukraine says dozens of Russian officers died in Friday's strike on Sevastopol; Odesa's port burns after a night attack.",
  notes="Invented outlet. HTML live page, NEWEST first. The JSON-LD @graph holds a LiveBlogPosting whose liveBlogUpdate items all repeat the PAGE's headline and datePublished (the first post's time) with truncated bodies, so they give neither per-post headlines nor per-post times: those come from the visible blocks ('20:10 BST' span, h3 headline, body, '– NAME' signature). BST = UTC+1. Entry 02 is the day's theme piece (analysis). " + D3,
  not_entries=["header and menu", "h1 title and dateline", "standfirst", "'– NAME' signatures (authors)", "newsletter promo after the fourth post", "footer"],
  entries=[
  E("2023-09-24 20:10", "Fico repeats vow to end Slovak arms deliveries to Ukraine",
    ["Robert Fico, whose party leads the polls before Slovakia's election next Saturday, told a rally that his government would not send a single round of ammunition to Ukraine.",
     "He said Slovakia should instead press for peace talks."],
    "aid", "aid", 3, FICO, a="Ines Marwood", n="Carried by 2 day-3 seeds -> 3."),
  E("2023-09-24 17:35", "Analysis: how Ukraine pushed Russia's fleet onto the back foot",
    ["With almost no navy of its own, Ukraine has used sea drones, cruise missiles and special forces raids to force much of Russia's Black Sea Fleet away from Sevastopol.",
     "The attacks have made it harder for Russia to blockade Ukrainian ports, letting grain ships sail along the coast.",
     "Russia still has submarines and warships able to fire cruise missiles from the eastern Black Sea, however."],
    "strikes", "strikes", 2, "analysis-black-sea-fleet-campaign", a="Bram Keeling", n="Theme piece (analysis with body): own story, importance 2; must not merge with the Sevastopol claim."),
  E("2023-09-24 14:05", "Sevastopol: Moscow silent on claims over fleet officers",
    ["Russia's defence ministry has not responded to Ukraine's claim that dozens of officers died in Friday's attack on the Black Sea Fleet headquarters.",
     "Russian state media instead showed footage of workers clearing debris from the building."],
    "strikes", "strikes", 3, SEV, a="Ines Marwood"),
  E("2023-09-24 11:50", "Zelensky back in Kyiv after trip to Washington and Ottawa",
    ["President Volodymyr Zelensky has returned to Kyiv after a week-long trip that took him to the UN General Assembly, the White House and the Canadian parliament, his office said.",
     "He said he had secured new air-defence commitments during the visit."],
    "diplomacy", "diplomacy", 2, "zelensky-returns-from-north-america-trip", a="Bram Keeling", sec=["aid"]),
  E("2023-09-24 10:05", "Odesa: two hurt as grain silos burn",
    ["Two people were injured and grain silos set alight when Russian drones and missiles hit Odesa's port overnight, officials said.",
     "Ukraine's air force said it had shot down 11 of 19 drones and both Kalibr missiles fired at the region."],
    "strikes", "strikes", 3, ODE, a="Ines Marwood", n="Toll two injured."),
  E("2023-09-24 07:40", "Russia says drones downed over Crimea and Kursk region",
    ["Russia's defence ministry said its air defences had shot down nine Ukrainian drones over Crimea and the Kursk region overnight.",
     "The governor of Kursk said one drone had hit an administrative building in the city centre, causing minor damage."],
    "strikes", "strikes", 2, "russia-says-drones-downed-crimea-kursk-2023-09-24", a="Bram Keeling", n="Ukrainian drone raid, not the Sevastopol strike: must not merge."),
  ]))

SEEDS.append(dict(id="8843", name="8843_mardenvale-article", ext="txt", source="Mardenvale Gazette", zone="Europe/Berlin", render=r_article, order="same",
  title="Odesa attacked, Kyiv claims naval losses, Slovakia's vote looms", byline="Mirela Vogt", kicker="World › Europe",
  dateline="24 September 2023, 18:40 CEST", dateline_t="2023-09-24 18:40",
  lede="Our Sunday evening summary of the war and its politics.", more="Who is Robert Fico?",
  notes="Invented outlet. Text article with four section headings; one entry per section (stamp null), dated by the dateline '24 September 2023, 18:40 CEST' (UTC+2); the page byline is every section's author. " + D3,
  not_entries=["masthead and kicker 'World › Europe'", "title (page title)", "byline line", "dateline line", "lede", "'Share this article'", "'Related: ...' link", "copyright"],
  entries=[
  E("2023-09-24 18:40", "Night attack on Odesa",
    ["Russian forces struck Odesa's port with drones and cruise missiles overnight, killing one man and injuring two people, Ukrainian officials said.",
     "Footage from the scene showed a grain terminal engulfed in flames."],
    "strikes", "strikes", 3, ODE, a="Mirela Vogt"),
  E("2023-09-24 18:40", "Claims from Sevastopol",
    ["Ukraine's special forces claimed that Friday's strike on the Black Sea Fleet headquarters killed 34 officers, a figure that could not be verified.",
     "The Kremlin referred questions to the defence ministry, which did not respond."],
    "strikes", "strikes", 3, SEV, a="Mirela Vogt"),
  E("2023-09-24 18:40", "Slovakia before the vote",
    ["In neighbouring Slovakia, former prime minister Robert Fico used the final week of the campaign to repeat that he would stop military aid to Ukraine if he returned to power.",
     "His Smer party is narrowly ahead in opinion polls."],
    "aid", "aid", 3, FICO, a="Mirela Vogt"),
  E("2023-09-24 18:40", "Berlin still undecided on Taurus",
    ["Germany's government has still not decided whether to send Taurus cruise missiles to Ukraine, a spokesperson said, as pressure grows from within Chancellor Olaf Scholz's own coalition.",
     "Kyiv has been asking for the missiles for months."],
    "aid", "aid", 2, "germany-taurus-decision-pending", a="Mirela Vogt", n="Different arms question from Fico's pledge: must not merge."),
  ]))

# ============================================================ emit
BASIS = {
  "r_dispatch": "byline/date line '{s}' (full date, 24 h) printed after the teaser; South African time implied by the outlet, SAST = UTC+2",
  "r_herald": "no per-bullet time; the article dateline '12 February 2023 - 09:15' (SAST implied, UTC+2) is used for every bullet; JSON-LD datePublished agrees (+02:00)",
  "r_zululand": "card meta line '{s}' (full date, 24 h); SAST implied by the outlet, UTC+2",
  "r_lowvelder": "bare stamp '{s}' on the article's day ({d}, from the publish line '17 June 2023 | 07:50'); SAST implied by the outlet, UTC+2",
  "r_polokwane": "pubDate '{s}' (explicit +0000 = UTC)",
  "r_bloem": "no per-section time; the article meta line '14 June 2023 | 19:30' (SAST implied, UTC+2) is used for every section; Yoast JSON-LD gives the same instant in UTC (17:30+00:00)",
  "r_george": "stamp '{s}' under the day header 'Vrydag 1 September' (no year on the page: parse_args --date 2023-09-01); SAST implied by the outlet, UTC+2",
  "r_mosselbay": "relative stamp '{s}' resolved against the printed 'Laas opgedateer: Saterdag 16 September, 15:40' (no year on the page: parse_args --date 2023-09-16); SAST implied, UTC+2",
  "r_nncourier": "stamp line '{s}' printed after the headline (full date, 24 h); SAST implied by the outlet, UTC+2",
  "r_estevan": "pubDate '{s}' (explicit -0600; America/Regina keeps CST all year)",
  "r_harbinwick": "stamp '{s}' after the headline, on the page's date {d}; GMT = UTC in February",
  "r_kelvercombe": "stamp '{s}' with <time datetime> (+02:00) on {d}; Kyiv EET = UTC+2 as stated in the dateline; JSON-LD update time agrees",
  "r_rss_world": "pubDate '{s}' (explicit zone)",
  "r_article": "no per-section time; the article dateline ({d}, {z}) is used for every section",
  "r_gullstead": "stamp '{s}' (12-hour British style) with <time datetime> (+00:00) on {d}; GMT = UTC in February",
  "r_atom": "<published> '{s}' (explicit offset)",
  "r_tessingford": "stamp '{s}' under the day header for {d} (year from 'Updated Feb. 7, 2023'); US Eastern EST = UTC-5",
  "r_kilverstone": "stamp '{s}' under the date line 'Sunday, 24 September' (no year: parse_args --date 2023-09-24); Kyiv EEST = UTC+3 as stated on the page",
  "r_amblethorpe": "visible stamp '{s}' on {d}; BST = UTC+1 (the JSON-LD update times are the page's, not the post's)",
}


def main():
    for sub in ("seeds", "gold"):
        os.makedirs(os.path.join(ROOT, sub), exist_ok=True)
        for f in os.listdir(os.path.join(ROOT, sub)):
            os.remove(os.path.join(ROOT, sub, f))
    total = 0
    for S in SEEDS:
        check_order(S)
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
    print("total entries", total)


if __name__ == "__main__":
    main()

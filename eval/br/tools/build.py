#!/usr/bin/env python3
"""Builds eval/br seeds and gold files from one hand-written data table (below).
All news text is invented or paraphrased by the blind tester in his own words; Part B outlets are invented.
Deterministic. Run from the project root: python3 eval/br/tools/build.py"""
import html, json, os, re
from datetime import datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
AP_MON = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=None, **kw):
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(kw)
    return d


def OFF(t, h, p, st, a=None, n="", **kw):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **kw)


def first_sentence(par):
    m = re.search(r'[.!?]["\u201d\u2019\']?(?=\s+[A-Z0-9"\u201c\u2018]|$)', par)
    return par[:m.end()] if m else par


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def h12(d):
    return d.hour % 12 or 12


def ap_time(d):  # AP style: 5:02 a.m.
    return f"{h12(d)}:{d.minute:02d} " + ("a.m." if d.hour < 12 else "p.m.")


def ap_date(d):  # AP style: Jan. 8, 2023 / March 31, 2023
    return f"{AP_MON[d.month - 1]} {d.day}, {d.year}"


def blox_date(d):  # BLOX: Mar 7, 2023
    return f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year}"


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def wp(s):  # WordPress texturised entities in feeds
    return esc(s).replace("\u2019", "&#8217;").replace("\u2018", "&#8216;").replace("\u201c", "&#8220;").replace("\u201d", "&#8221;").replace("\u2014", "&#8212;")


def iso(d):
    return d.isoformat()


# ============================================================ Part A renderers (layouts of real outlets; own words only)

def r_abilene(S):  # Gannett / USA TODAY network article, text scrape; 'Published 5:02 a.m. CT Jan. 8, 2023 | Updated ...'; sections under bold subheads
    z = S["zone"]; d0 = dt(S["pub"], z); d1 = dt(S["upd"], z)
    L = ["Skip to main content", "Abilene Reporter-News", "Subscribe", "Sign In", "",
         "Local  Sports  Business  Opinion  Obituaries  Things to Do  Texas  USA TODAY  eNewspaper  Legals", "",
         "WORLD", "", S["title"], "", "Show Caption", "Hide Caption", S["caption"], "",
         S["byline"], "USA TODAY", "", f"Published {ap_time(d0)} CT {ap_date(d0)} | Updated {ap_time(d1)} CT {ap_date(d1)}", ""]
    L += ptxt(S["lede"])
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 1:
            L += ["Newsletter: Get the day's top stories from around the world delivered to your inbox. Sign up here.", ""]
    L += ["Contributing: The Associated Press", "", "View Comments", "",
          "Help \u00b7 Terms of Service \u00b7 Your Privacy Choices \u00b7 Privacy Policy \u00b7 Site Map \u00b7 Accessibility",
          "\u00a9 2023 www.reporternews.com. All rights reserved."]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_odessa(S):  # WordPress category feed (RSS 2.0): pubDate +0000, dc:creator CDATA, texturised entities, Yoast 'The post ... appeared first on'
    z = S["zone"]; base = "https://www.oaoa.com"
    out = ['<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"',
           '\txmlns:content="http://purl.org/rss/1.0/modules/content/"', '\txmlns:wfw="http://wellformedweb.org/CommentAPI/"',
           '\txmlns:dc="http://purl.org/dc/elements/1.1/"', '\txmlns:atom="http://www.w3.org/2005/Atom"',
           '\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"', '\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"', '\t>', '', '<channel>',
           f'\t<title>{wp(S["title"])}</title>', f'\t<atom:link href="{base}/category/news/nation-world/feed/" rel="self" type="application/rss+xml" />',
           f'\t<link>{base}/category/news/nation-world/</link>', '\t<description>Odessa, Texas news, sports and community</description>',
           f'\t<lastBuildDate>{S["build"]}</lastBuildDate>', '\t<language>en-US</language>',
           '\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>', '\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>',
           '\t<generator>https://wordpress.org/?v=6.1.1</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        u = dt(e["t"], z).astimezone(UTC); st = u.strftime("%a, %d %b %Y %H:%M:%S +0000"); stamps.append(st)
        slug = re.sub(r"[^a-z0-9]+", "-", e["h"].lower())[:60].strip("-"); link = f"{base}/news/nation-world/{slug}/"
        post = f'<p>The post <a rel="nofollow" href="{link}">{wp(e["h"])}</a> appeared first on <a rel="nofollow" href="{base}">Odessa American</a>.</p>'
        words = e["p"][0].split(); excerpt = wp(" ".join(words[:24])) + (" [&#8230;]" if len(words) > 24 else "")
        out += ["\t<item>", f"\t\t<title>{wp(e['h'])}</title>", f"\t\t<link>{link}</link>", f"\t\t<comments>{link}#respond</comments>",
                f"\t\t<dc:creator><![CDATA[{e['a']}]]></dc:creator>", f"\t\t<pubDate>{st}</pubDate>",
                f"\t\t<category><![CDATA[{e.get('cat', 'Nation/World')}]]></category>", "\t\t<category><![CDATA[News]]></category>",
                f'\t\t<guid isPermaLink="false">{base}/?p={i * 17 + 301440}</guid>',
                f"\t\t<description><![CDATA[<p>{excerpt}</p>\n{post}\n]]></description>",
                "\t\t<content:encoded><![CDATA[" + "\n".join(f"<p>{wp(p)}</p>" for p in e["p"]) + "\n" + post + "\n]]></content:encoded>",
                f"\t\t<wfw:commentRss>{link}feed/</wfw:commentRss>", "\t\t<slash:comments>0</slash:comments>", "\t</item>"]
    out += ["\t</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


BLOX_SHARE = ('<div class="share-container"><ul class="list-inline">'
              '<li><a class="tnt-share-facebook">Facebook</a></li><li><a class="tnt-share-twitter">Twitter</a></li>'
              '<li><a class="tnt-share-whatsapp">WhatsApp</a></li><li><a class="tnt-share-sms">SMS</a></li><li><a class="tnt-share-email">Email</a></li>'
              '<li><a class="tnt-share-print">Print</a></li><li><a class="tnt-share-copy">Copy article link</a></li><li><a class="tnt-share-save">Save</a></li></ul></div>')


def rel_hours(ref, d):
    mins = int((ref - d).total_seconds() // 60)
    assert mins >= 0
    if mins < 60:
        return f"{mins} min ago"
    h = mins // 60
    return "1 hr ago" if h == 1 else f"{h} hrs ago"


def r_tyler(S):  # BLOX (TownNews) tag page, HTML; cards newest first; visible relative 'N hrs ago' inside <time datetime="...-06:00">
    z = S["zone"]; ref = dt(S["now"], z)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | tylerpaper.com</title>',
           '<meta property="og:site_name" content="Tyler Morning Telegraph"><meta name="viewport" content="width=device-width, initial-scale=1">',
           '</head><body class="tag-page">',
           '<div id="site-top-nav"><ul class="list-inline"><li><a href="/e-edition/">E-Edition</a></li><li><a href="/newsletters/">Newsletters</a></li>'
           '<li><a href="/users/login/">Log In</a></li><li><a class="btn" href="/subscribe/">Subscribe</a></li></ul></div>',
           '<header id="site-header"><a class="site-logo" href="/">Tyler Morning Telegraph</a>'
           '<div class="weather-current">Tyler, TX <span>48\u00b0</span> Cloudy</div></header>',
           '<nav id="main-navigation"><ul><li><a href="/news/">News</a></li><li><a href="/sports/">Sports</a></li><li><a href="/obituaries/">Obituaries</a></li>'
           '<li><a href="/opinion/">Opinion</a></li><li><a href="/business/">Business</a></li><li><a href="/life/">Life</a></li>'
           '<li><a href="/entertainment/">Entertainment</a></li><li><a href="/classifieds/">Classifieds</a></li><li><a href="/jobs/">Jobs</a></li></ul></nav>',
           '<main id="main-page-container"><div class="block-title"><h1 class="block-title-inner">' + esc(S["title"]) + '</h1></div>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rel_hours(ref, d); stamps.append(st)
        href = f"/news/national/article_{(i * 7919 + 1000) % 9999:04x}b2e-9c1d-11ed-a0f1-0b{i:02d}.html"
        out += ['<article class="tnt-asset-type-article card summary">',
                f'<div class="card-headline"><h3 class="tnt-headline"><a href="{href}">{esc(e["h"])}</a></h3></div>',
                f'<div class="card-lead"><p class="tnt-summary">{esc(e["p"][0])}</p></div>',
                '<ul class="list-inline card-meta">' + (f'<li class="card-byline"><span class="tnt-byline">By {esc(e["a"])} Associated Press</span></li>' if e["a"] else "")
                + f'<li class="card-date"><time datetime="{iso(d)}" class="tnt-date asset-date text-muted">{st}</time></li></ul>', '</article>']
        if i == 2:
            out.append('<div class="tnt-ads-container"><p class="ad-label">Advertisement</p></div>')
    out += ['<div class="pagination"><a href="?o=25">Next</a></div></main>',
            '<aside id="sidebar"><h4>Most Popular</h4><ol><li><a href="/news/local/1">City council weighs downtown parking changes</a></li>'
            '<li><a href="/sports/2">Lady Lions roll in district opener</a></li></ol>',
            '<div class="newsletter-signup"><p>Get the latest local news delivered daily!</p><input type="email" placeholder="Email Address"> <button>Sign up!</button></div></aside>',
            '<footer><p>\u00a9 Copyright 2023 Tyler Morning Telegraph, Tyler, TX. | <a href="/terms/">Terms of Use</a> | <a href="/privacy/">Privacy Policy</a></p>'
            '<p>Powered by BLOX Content Management System from TownNews.com.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_lincoln(S):  # BLOX article page, HTML, NewsArticle JSON-LD; AP round-up with ALL-CAPS subheads; date shown as 'Mar 7, 2023' (time only in datetime attributes)
    z = S["zone"]; d0 = dt(S["pub"], z); d1 = dt(S["upd"], z); ref = dt(S["now"], z)
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "mainEntityOfPage": S["url"], "headline": S["title"],
          "description": S["lede"][0], "datePublished": iso(d0), "dateModified": iso(d1),
          "author": [{"@type": "Person", "name": n} for n in S["ld_authors"]],
          "publisher": {"@type": "Organization", "name": "Lincoln Journal Star", "logo": {"@type": "ImageObject", "url": "https://bloximages.example/ljs-logo.png"}}}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | National | journalstar.com</title>',
           '<meta property="og:site_name" content="Lincoln Journal Star">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body class="asset-page">',
           '<header id="site-header"><a class="site-logo" href="/">Lincoln Journal Star</a>'
           '<nav><a href="/news/">News</a> <a href="/sports/huskers/">Huskers</a> <a href="/sports/">Sports</a> <a href="/lifestyles/">Life</a> '
           '<a href="/opinion/">Opinion</a> <a href="/obituaries/">Obituaries</a> <a href="/business/">Business</a> <a href="/eedition/">e-Edition</a></nav>'
           '<a class="btn subscribe" href="/subscribe/">Subscribe for $1</a> <a href="/users/login/">Log In</a></header>',
           '<main><article class="asset"><div class="asset-section"><a href="/news/national/">National</a></div>',
           f'<h1 class="headline"><span class="asset-headline">{esc(S["title"])}</span></h1>',
           f'<div class="asset-byline"><span class="tnt-byline">By {esc(S["byline"])} Associated Press</span></div>',
           f'<ul class="list-inline asset-date"><li><time datetime="{iso(d0)}" class="tnt-date">{blox_date(d0)}</time></li>'
           f'<li>Updated <time datetime="{iso(d1)}" class="tnt-date">{rel_hours(ref, d1)}</time></li></ul>', BLOX_SHARE,
           f'<figure class="photo"><img src="/img/ap-bakhmut.jpg" alt=""><figcaption>{esc(S["caption"])}</figcaption></figure>',
           '<div id="article-body" class="asset-content" itemprop="articleBody">']
    out += [f"<p>{esc(p)}</p>" for p in S["lede"]]
    for i, e in enumerate(S["entries"]):
        out.append(f"<p><b>{esc(e['h'])}</b></p>")
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if i == 2:
            out.append('<div class="tnt-ads"><p class="ad-label">Advertisement</p></div>')
    out += ["<p>___</p>", f"<p>{esc(S['follow'])}</p>",
            "<p>Copyright 2023 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.</p>",
            '</div><div class="asset-tags"><h4>Tags</h4><a>Russia-ukraine War</a> <a>Military And Defense</a> <a>Politics</a></div>',
            '<div class="newsletter-signup"><h4>Be the first to know</h4><p>Get local news delivered to your inbox!</p><input type="email"> <button>Sign up!</button></div>',
            '</article></main><footer><p>\u00a9 Copyright 2023 Lincoln Journal Star, 926 P St. Lincoln, NE | Terms of Use | Privacy Policy</p>'
            '<p>Powered by BLOX Content Management System from TownNews.com.</p></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_bismarck(S):  # BLOX section feed, RSS 2.0; pubDate with the local offset (-0600 CST, then -0500 CDT after the DST switch)
    z = S["zone"]; base = "https://bismarcktribune.com"
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">',
           '<channel>', f'<title>{esc(S["title"])}</title>', f'<link>{base}/news/national/</link>',
           f'<atom:link href="{base}/search/?f=rss&amp;t=article&amp;c=news/national&amp;l=50&amp;s=start_time&amp;sd=desc" rel="self" type="application/rss+xml" />',
           '<description>National and world news from the Bismarck Tribune</description>', '<generator>TNCMS 1.72.3</generator>',
           '<docs>http://www.rssboard.org/rss-specification</docs>', '<ttl>30</ttl>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%a, %d %b %Y %H:%M:%S %z"); stamps.append(st)
        link = f"{base}/news/national/article_{i:02d}a7c3e2-c0f1-11ed-{(i * 4099) % 65535:04x}-9b1c2e4f{i:02d}.html"
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<description>{esc(' '.join(e['p']))}</description>", f"<pubDate>{st}</pubDate>",
                f'<guid isPermaLink="false">{link}</guid>', f"<link>{link}</link>"]
        if e["a"]:
            out.append(f"<dc:creator>By {esc(e['a'])} Associated Press</dc:creator>")
        out += [f"<category>{e.get('cat', 'national')}</category>",
                f'<enclosure url="https://bloximages.example/bismarck/{i:02d}.jpg" length="{123456 + i * 777}" type="image/jpeg" />', "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_missoulian(S):  # BLOX article page copied as text; AP 'The Latest' format: time lines ('6:40 p.m.') newest first, items split by '___', no headlines
    z = S["zone"]; d0 = dt(S["pub"], z); d1 = dt(S["upd"], z)
    L = ["Skip to main content", "You are the owner of this article.", "", "Missoulian", "Subscribe  Log In", "Search", "",
         "News  Sports  Griz  Outdoors  Obituaries  Opinion  Entertainment  Classifieds  Jobs  e-Edition", "",
         "Missoula, MT  41\u00b0  Partly Cloudy", "", "National", "", S["title"], "", S["byline"], "",
         blox_date(d0), f"Updated {blox_date(d1)}", "", "Facebook  Twitter  WhatsApp  SMS  Email  Print  Copy article link  Save", "",
         S["intro"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ap_time(d); stamps.append(st)
        L += ["___", "", st, ""] + ptxt(e["p"])
        if i == 3:
            L += ["Advertisement", ""]
    L += ["Copyright 2023 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.", "",
          "Tags", "Russia-ukraine War", "Volodymyr Zelenskyy", "Alexander Lukashenko", "Politics", "",
          "Most Popular", "Griz spring practice opens with new faces on defense", "Missoula council approves housing plan", "",
          "Be the first to know", "Get local news delivered to your inbox!", "Sign up!", "",
          "\u00a9 Copyright 2023 Missoulian, 500 S Higgins Ave Missoula, MT | Terms of Use | Privacy Policy"]
    return "\n".join(L) + "\n", stamps


def r_wte(S):  # BLOX article page, HTML; a 'briefs' round-up: bold headline paragraph, datelined body, agency credit per brief; NewsArticle JSON-LD
    z = S["zone"]; d0 = dt(S["pub"], z)
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": iso(d0), "dateModified": iso(d0),
          "author": [{"@type": "Person", "name": S["byline"]}], "publisher": {"@type": "Organization", "name": "Wyoming Tribune Eagle"}}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Nation & World | wyomingnews.com</title>',
           '<meta property="og:site_name" content="Wyoming Tribune Eagle">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body class="asset-page">',
           '<div id="site-top-nav"><a href="/eedition/">Today\'s e-Edition</a> <a href="/users/login/">Log In</a> <a class="btn" href="/subscribe/">Subscribe</a></div>',
           '<header><a class="site-logo" href="/">Wyoming Tribune Eagle</a><nav><a href="/news/">News</a> <a href="/news/local_news/legislature/">Legislature</a> '
           '<a href="/sports/">Sports</a> <a href="/opinion/">Opinion</a> <a href="/obituaries/">Obituaries</a> <a href="/business/">Business</a> '
           '<a href="/lifestyle/">Lifestyle</a> <a href="/news/nation_world/">Nation &amp; World</a></nav></header>',
           '<main><article class="asset"><div class="asset-section"><a href="/news/nation_world/">Nation &amp; World</a></div>',
           f'<h1 class="headline"><span class="asset-headline">{esc(S["title"])}</span></h1>',
           f'<div class="asset-byline">{esc(S["byline"])}</div>',
           f'<ul class="list-inline asset-date"><li><time datetime="{iso(d0)}" class="tnt-date">{blox_date(d0)}</time></li></ul>', BLOX_SHARE,
           '<div id="article-body" class="asset-content" itemprop="articleBody">']
    for i, e in enumerate(S["entries"]):
        out.append(f"<p><strong>{esc(e['h'])}</strong></p>")
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append(f"<p><em>\u2014 {esc(e['a'])}</em></p>")
        if i == 2:
            out.append('<div class="tnt-ads"><p class="ad-label">Advertisement</p></div>')
    out += ['</div><div class="support-local"><p>Support local journalism: subscribe to the Wyoming Tribune Eagle today.</p></div>',
            '<div class="asset-tags"><h4>Tags</h4><a>World</a> <a>Briefs</a></div>',
            '</article></main><footer><p>Wyoming Tribune Eagle, Cheyenne, Wyoming | Terms of Use | Privacy Policy</p>'
            '<p>Powered by BLOX Content Management System from TownNews.com.</p></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_pueblo(S):  # Gannett live blog, HTML; 'What we know' box; posts newest first: time line ('4:55 p.m. MT') above h3, author below; LiveBlogPosting JSON-LD
    z = S["zone"]; d0 = dt(S["pub"], z); d1 = dt(S["entries"][0]["t"], z)
    ups = []
    for e in S["entries"]:
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "headline": e["h"], "datePublished": iso(d)}
        if e["p"]:
            u["articleBody"] = " ".join(e["p"])
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": S["title"], "datePublished": iso(d0), "dateModified": iso(d1),
          "coverageStartTime": iso(d0), "publisher": {"@type": "Organization", "name": "The Pueblo Chieftain"}, "liveBlogUpdate": ups}
    pub = f"Published {ap_time(d0)} MT {ap_date(d0)} | Updated {ap_time(d1)} MT {ap_date(d1)}"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<div class="gnt_n"><a class="gnt_n_logo" href="/">The Pueblo Chieftain</a><nav class="gnt_n_mn"><a href="/news/">News</a> <a href="/sports/">Sports</a> '
           '<a href="/entertainment/">Pueblo Life</a> <a href="/opinion/">Opinion</a> <a href="/obituaries/">Obituaries</a> <a href="/enewspaper/">eNewspaper</a> '
           '<a href="/legals/">Legals</a></nav><a class="gnt_n_sub" href="/subscribe/">Subscribe</a> <a class="gnt_n_si" href="/signin/">Sign In</a></div>',
           '<main><article class="gnt_pr"><p class="gnt_ar_lbl">WORLD</p>', f'<h1 class="gnt_ar_hl">{esc(S["title"])}</h1>',
           f'<div class="gnt_ar_dt" aria-label="{attr(pub)}">{esc(pub)}</div>',
           '<div class="gnt_lb_wwk"><h2>What we know</h2><ul>' + "".join(f"<li>{esc(b)}</li>" for b in S["wwk"]) + '</ul></div>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ap_time(d)} MT"; stamps.append(st)
        out.append(f'<div class="gnt_lb_pst"><div class="gnt_lb_pst_ts">{st}</div><h3 class="gnt_lb_pst_hl">{esc(e["h"])}</h3>')
        if e["a"]:
            out.append(f'<div class="gnt_lb_pst_by">{esc(e["a"])}</div>')
        out += [f'<p class="gnt_ar_b_p">{esc(p)}</p>' for p in e["p"]]
        if e.get("video"):
            out.append(f'<div class="gnt_em_vp"><button class="gnt_em_vp_play">Play</button><span class="gnt_em_vp_dur">{e["video"]}</span></div>')
        out.append('<div class="gnt_lb_pst_sh"><a>Share</a></div></div>')
        if i == 2:
            out.append('<aside class="gnt_nl"><p>Get the latest world news in your inbox. Sign up for our newsletter.</p></aside>')
    out += ['</article></main><footer class="gnt_f"><a>Terms of Service</a> \u00b7 <a>Your Privacy Choices</a> \u00b7 <a>Privacy Policy</a> \u00b7 <a>Site Map</a>'
            '<p>\u00a9 2023 www.chieftain.com. All rights reserved.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_rg(S):  # Gannett live blog copied as text, sorted OLDEST first; day dividers without a year; headline, author, then '5:20 p.m. PT' AFTER the headline
    z = S["zone"]
    L = ["Skip to main content", "The Register-Guard", "Subscribe", "Sign In", "",
         "News  Sports  Ducks  Beavers  Opinion  Obituaries  Things to Do  eNewspaper  Legals", "", "WORLD", "", S["title"], "",
         S["standfirst"], "", "Sort by", "Newest", "Oldest", ""]
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); day = f"{DAYS_EN[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}"
        if day != cur:
            cur = day; L += [day, ""]
        st = f"{ap_time(d)} PT"; stamps.append(st)
        L += [e["h"]] + ([e["a"]] if e["a"] else []) + [st, ""] + ptxt(e["p"]) + ["Share", ""]
        if i == 2:
            L += ["Ad", "", "Stay on top of the news: sign up for our Daily Briefing newsletter", ""]
    L += ["Load more updates", "", "Help \u00b7 Terms of Service \u00b7 Your Privacy Choices \u00b7 Privacy Policy \u00b7 Site Map"]
    return "\n".join(L) + "\n", stamps


def r_mailtribune(S):  # Mail Tribune (Medford) World section listing, text scrape; 'Posted 01/04/2023 2:30 PM'; no zone printed (Pacific implied)
    z = S["zone"]
    L = ["Skip to content", "Mail Tribune", "Medford, Oregon", "", S["clock"], "",
         "Home  News  Sports  Opinion  Obituaries  Lifestyle  Classifieds  e-Edition  Subscribe", "",
         "Medford  48\u00b0F  Light rain", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"Posted {d:%m/%d/%Y} {h12(d)}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"; stamps.append(st)
        L += [e["h"]] + ([e["a"]] if e["a"] else []) + [st, ""] + ptxt(e["p"]) + ["Continue reading", ""]
        if i == 2:
            L += ["ADVERTISEMENT", ""]
    L += ["\u00ab Previous  1  2  3  Next \u00bb", "", "Sign up for our free daily newsletter", "Email address  Subscribe", "",
          "Mail Tribune \u00b7 About Us \u00b7 Contact \u00b7 Privacy Policy \u00b7 Terms of Use"]
    return "\n".join(L) + "\n", stamps


# ============================================================ Part B renderers (invented outlets)

def r_fenwarrow(S):  # text live blog, newest first; date line, 'Times are UK time (BST)'; bare '20:40' line before headline; Key Points; 'Reporting by' after body
    z = S["zone"]
    L = ["FENWARROW CHRONICLE", "News | World | Business | Sport | Weather | Puzzles", "",
         "We use cookies to give you the best experience. Accept all | Manage settings", "", S["title"], S["dateline"], "Times are UK time (BST).", "",
         "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"Reporting by {e['a']}", ""]
        if i == 2:
            L += ["Advertisement", ""]
    L += ["Show earlier posts", "", "Fenwarrow Chronicle \u00b7 Contact us \u00b7 Terms \u00b7 Privacy \u00b7 Cookie settings"]
    return "\n".join(L) + "\n", stamps


def r_gellimore(S):  # HTML live, OLDEST first; LiveBlogPosting JSON-LD with per-update times; byline above h2; visible HH:MM in <time datetime>
    z = S["zone"]; ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{i + 1}", "headline": e["h"], "datePublished": iso(d), "articleBody": "\n\n".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": iso(first),
          "dateModified": iso(last), "coverageStartTime": iso(first), "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | {S['source']}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           f'<header class="masthead"><a href="/">{S["source"]}</a><nav><a href="/war">War</a> <a href="/politics">Politics</a> <a href="/economy">Economy</a> '
           '<a href="/support">Support us</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="lead">{esc(S["lede"])}</p>',
           '<p class="order">Updates appear in the order they were published. All times Kyiv time.</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="update" id="post-{i + 1}"><div class="meta">' + (f'<span class="author">{esc(e["a"])}</span> ' if e["a"] else "")
                   + f'<time datetime="{iso(d)}">{st}</time></div><h2>{esc(e["h"])}</h2>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append('<div class="share"><a>Copy link</a> <a>Share</a></div></article>')
        if i == 3:
            out.append('<aside class="donate"><p>Independent journalism needs you. Become a supporter.</p></aside>')
    out += ["</main>", f"<footer>{S['source']} \u00b7 About \u00b7 Editorial policy \u00b7 Privacy</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_rss(S):  # RSS 2.0 general world feed; pubDate in the outlet's zone ('GMT' or a numeric offset); CDATA html paragraphs; optional dc:creator
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>', f"<title>{esc(S['title'])}</title>",
           f"<link>{S['url']}</link>", f"<description>{esc(S['lede'])}</description>", "<language>en</language>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if S["rfc"] == "GMT" else d.strftime("%z")); stamps.append(st)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{S['url']}/story/{S['id']}{i + 11}</link>",
                f'<guid isPermaLink="true">{S["url"]}/story/{S["id"]}{i + 11}</guid>', f"<pubDate>{st}</pubDate>"]
        if e["a"]:
            out.append(f"<dc:creator>{esc(e['a'])}</dc:creator>")
        out += [f"<category>{e.get('cat', 'World')}</category>",
                "<description><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></description>", "</item>"]
    out += ["</channel></rss>"]
    return "\n".join(out) + "\n", stamps


def r_atom(S):  # Atom 1.0, newest first as listed; <published> with the outlet's offset or Z; escaped html content; author per entry
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f"<title>{esc(S['title'])}</title>",
           f"<subtitle>{esc(S['lede'])}</subtitle>", f'<link rel="alternate" href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/feed.atom"/>',
           f"<id>{S['url']}/feed.atom</id>", f"<updated>{S['updated']}</updated>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = iso(d).replace("+00:00", "Z"); stamps.append(st)
        out += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link rel="alternate" href="{S["url"]}/{e.get("slug", S["id"] + str(i))}"/>',
                f"<id>{S['url']}/{e.get('slug', S['id'] + str(i))}</id>", f"<published>{st}</published>", f"<updated>{st}</updated>"]
        if e["a"]:
            out.append(f"<author><name>{esc(e['a'])}</name></author>")
        if e["p"]:
            out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</content>")
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


def r_cindermere(S):  # text article: kicker, title, byline, 'Published 4 May 2023, 19:05 (Kyiv time)'; lede; one entry per section heading
    L = ["CINDERMERE JOURNAL", "Europe \u203a Ukraine", "", S["title"], "", f"By {S['byline']}", S["dateline"], "", S["lede"], ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 0:
            L += ["Read more: " + S["more"], ""]
    L += ["Share this article", "Facebook  X  Email  Copy link", "", "\u00a9 Cindermere Journal"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_tallowburn(S):  # text live, OLDEST first; day line WITHOUT year ('Friday, 5 May'); bare '08:10' before headline; '\u2014 NAME' sign-off after body
    z = S["zone"]
    L = ["TALLOWBURN GAZETTE", "Live | Ukraine | Europe | Opinion | Newsletter", "", S["title"], S["dateline"], "All times are Kyiv time (EEST)", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"\u2014 {e['a']}", ""]
        if i == 3:
            L += ["Sign up for the Tallowburn morning email", ""]
    L += ["That's all for today. Our live coverage continues tomorrow.", "Tallowburn Gazette \u00b7 Contact \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_varrowdene(S):  # HTML live, newest first, no JSON-LD; cookie banner; '9.50pm' in a span (no datetime attribute); byline under the h2
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | Varrowdene Live</title></head><body>",
           '<div id="consent">We and our partners use cookies. <button>Accept all</button> <button>Reject all</button></div>',
           '<header><a href="/">Varrowdene Live</a> <nav><a>Home</a> <a>World</a> <a>Ukraine</a> <a>Money</a> <a>Video</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="date">{esc(S["dateline"])}</p>', f'<p class="summary">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{h12(d)}.{d.minute:02d}{'am' if d.hour < 12 else 'pm'}"; stamps.append(st)
        out.append(f'<div class="post"><span class="time">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="byline">{esc(e["a"])}</p>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append("</div>")
        if i == 1:
            out.append('<aside class="related"><h3>Related</h3><a href="/r1">Who is Yevgeny Prigozhin?</a> <a href="/r2">Map: the front line in the south</a></aside>')
    out += ['<p class="more"><a>Load older posts</a></p></main><footer>Varrowdene Live \u00a9 2023 \u00b7 Privacy \u00b7 Terms</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_quarrendon(S):  # HTML article with h2 sections; NewsArticle JSON-LD; visible dateline '5 May 2023, 20:15 EEST'; one entry per section
    z = S["zone"]; d0 = dt(S["pub"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": iso(d0), "dateModified": iso(d0),
          "author": {"@type": "Person", "name": S["byline"]}, "publisher": {"@type": "Organization", "name": S["source"]}, "description": S["lede"]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} \u2013 {S['source']}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           f'<header><a href="/">{S["source"]}</a> <nav><a>World</a> <a>Europe</a> <a>Analysis</a> <a>Podcasts</a></nav> <a class="btn">Subscribe</a></header>',
           f'<main><article><p class="kicker">War in Ukraine</p><h1>{esc(S["title"])}</h1>',
           f'<p class="byline">By {esc(S["byline"])}</p><p class="dateline">{d0.day} {MONTHS[d0.month - 1]} {d0.year}, {d0:%H:%M} EEST</p>',
           f'<p class="standfirst">{esc(S["lede"])}</p>']
    for i, e in enumerate(S["entries"]):
        out.append(f"<h2>{esc(e['h'])}</h2>")
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if i == 1:
            out.append('<aside class="inline-promo"><p>Read more: How the Black Sea grain deal works</p></aside>')
    out += ['<div class="share">Share this article <a>Facebook</a> <a>X</a> <a>LinkedIn</a></div>', "</article></main>",
            f"<footer>\u00a9 2023 {S['source']} \u00b7 Terms \u00b7 Privacy</footer></body></html>"]
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_merrowick(S):  # text live, OLDEST first; date line; '10.40' (dot) stamp before headline; 'Author: NAME' after body
    z = S["zone"]
    L = ["Merrowick Daily", "Home \u00b7 World \u00b7 Ukraine \u00b7 Business \u00b7 Culture", "", S["title"], S["dateline"], "", S["lede"], "",
         "Times shown are Kyiv time.", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H.%M}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"Author: {e['a']}", ""]
        if i == 2:
            L += ["Advertisement", ""]
    L += ["Follow our coverage on Telegram", "Merrowick Daily \u00b7 Imprint \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_ashwater(S):  # HTML live, newest first; LiveBlogPosting JSON-LD whose updates all carry the PAGE's datePublished (no per-update time);
    # visible '2.15pm GMT' inside <time datetime> with the real time
    z = S["zone"]; first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ups = [{"@type": "BlogPosting", "@id": f"{S['url']}#block-{i + 1}", "headline": S["title"], "datePublished": iso(first), "dateModified": iso(last),
            "articleBody": " ".join(e["p"])[:300]} for i, e in enumerate(S["entries"])]
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": iso(first),
          "dateModified": iso(last), "coverageStartTime": iso(first), "coverageEndTime": iso(last), "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | Ashwater Bulletin</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<header>Ashwater Bulletin <nav><a>News</a> <a>World</a> <a>Europe</a> <a>Live</a> <a>Newsletters</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="standfirst">{esc(S["lede"])}</p>', f'<p class="date">{esc(S["dateline"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{h12(d)}.{d.minute:02d}{'am' if d.hour < 12 else 'pm'} GMT"; stamps.append(st)
        out.append(f'<div class="block" id="block-{i + 1}"><time datetime="{iso(d)}">{st}</time><h3>{esc(e["h"])}</h3>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="contributor">{esc(e["a"])}</p>')
        out.append("</div>")
        if i == 3:
            out.append('<div class="promo">Sign up to the Ashwater Bulletin world briefing</div>')
    out += ["</main><footer>Ashwater Bulletin \u00b7 Privacy \u00b7 Terms \u00b7 Contact</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_rhenwald(S):  # text article with German site chrome ('Stand: 19.03.2023 17:40 Uhr', 'Von NAME'); English text; one entry per section
    d0 = dt(S["pub"], S["zone"])
    L = ["RHENWALD COURIER", "Startseite > Ausland > Ukraine", "", S["title"], "", f"Von {S['byline']}", f"Stand: {d0:%d.%m.%Y} {d0:%H:%M} Uhr",
         "Lesezeit: 3 Min.", "", S["lede"], ""]
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
    L += ["Teilen", "Mehr zum Thema: " + S["more"], "", "Rhenwald Courier \u00b7 Impressum \u00b7 Datenschutz"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


# ============================================================ PART A: single pages (layouts of real outlets, own words)
SEEDS = []

SEEDS.append(dict(id="7100", name="7100_reporternews-article", ext="txt", source="Abilene Reporter-News", zone="America/Chicago", render=r_abilene,
  title="Russia claims hundreds killed in Kramatorsk strike; Ukraine calls it fiction. Latest war updates",
  pub="2023-01-08 05:02", upd="2023-01-08 13:47", byline="Dalton Whitacre",
  caption="Ukrainian soldiers warm their hands by a stove in a dugout near Bakhmut, Ukraine, Saturday, Jan. 7, 2023. Evan Marsh, AP",
  lede=["A short-lived holiday truce declared by Moscow gave way to renewed shelling over the weekend, and on Sunday the Kremlin followed it with a claim of a devastating strike that officials in eastern Ukraine said never happened.",
        "Here is a look at the main developments."],
  notes="Imitates a USA TODAY network (Gannett) article on the Abilene Reporter-News site, copied as plain text. One page byline (name, then 'USA TODAY' on its own line). Date line 'Published 5:02 a.m. CT Jan. 8, 2023 | Updated 1:47 p.m. CT Jan. 8, 2023' (AP-style month, zone printed as CT = CST, UTC-6 in January). The two lede paragraphs before the first subhead are the page's intro, not an entry. Five bold subheads (plain lines in the scrape) = five entries; no per-section time, so every entry takes the Published time (11:02 UTC). A newsletter line sits between sections 2 and 3.",
  not_entries=["'Skip to main content', site name, 'Subscribe', 'Sign In' and the menu line", "section label 'WORLD'", "'Show Caption' / 'Hide Caption' and the photo caption with its credit",
               "byline lines 'Dalton Whitacre' / 'USA TODAY' (author) and the Published/Updated line", "two lede paragraphs before the first subhead ('A short-lived holiday truce ...', 'Here is a look at the main developments.')",
               "newsletter line 'Newsletter: Get the day's top stories ... Sign up here.'", "'Contributing: The Associated Press'", "'View Comments'", "footer links and copyright"],
  entries=[
  E("2023-01-08 05:02", "Kramatorsk officials dispute Moscow's account",
    ["Russia's Defense Ministry said Sunday that a missile strike on two dormitories in Kramatorsk had killed more than 600 Ukrainian soldiers, calling it revenge for the New Year's attack on Russian troops in Makiivka.",
     "The city's mayor, Oleksandr Honcharenko, said the rockets damaged a school and several apartment buildings but hurt no one. Reporters who went to the sites found shattered windows and a crater, with no sign of casualties or of soldiers having lived there.",
     "A spokesman for Ukraine's eastern command called the Russian figure \"another fairy tale\" meant for audiences at home."],
    "strikes", "strikes", 3, "russian-claim-kramatorsk-strike-2023-01-08", a="Dalton Whitacre"),
  E("2023-01-08 05:02", "Holiday truce barely registered on the front",
    ["The 36-hour ceasefire that President Vladimir Putin ordered for Orthodox Christmas expired at midnight Saturday Moscow time, and soldiers on both sides said it had made little difference.",
     "Ukraine, which had dismissed the truce as a ploy to let Russian units regroup, reported artillery fire on Bakhmut and Kherson throughout the holiday."],
    "other", "frontline", 2, "orthodox-christmas-truce-2023-01-07", a="Dalton Whitacre", sec=["diplomacy"]),
  E("2023-01-08 05:02", "Bradleys and Marders head to Ukraine",
    ["Kyiv is set to receive its first Western infantry fighting vehicles after Washington and Berlin agreed late last week to send Bradleys and Marders.",
     "The Pentagon's part of the deal, worth about $3 billion, also includes self-propelled howitzers and tens of thousands of artillery rounds, officials said.",
     "Ukrainian officials thanked both governments but said they would keep pressing for modern battle tanks."],
    "aid", "aid", 3, "us-germany-armored-vehicles-pledge-2023-01-06", a="Dalton Whitacre"),
  E("2023-01-08 05:02", "Soledar fighting 'very bloody,' Wagner chief says",
    ["The head of the Wagner mercenary group said his fighters were locked in house-to-house combat in Soledar, a salt-mining town north of Bakhmut.",
     "Ukraine's military said its troops were holding their positions and had beaten back several assaults overnight."],
    "other", "frontline", 2, "soledar-fighting-2023-01", a="Dalton Whitacre"),
  E("2023-01-08 05:02", "Ukraine and Russia swap 50 prisoners each",
    ["Fifty Ukrainian service members came home Sunday in an exchange with Russia, according to the head of Zelenskyy's office, Andriy Yermak.",
     "Russia's Defense Ministry said the same number of its soldiers had been freed and credited the United Arab Emirates with helping to arrange the swap."],
    "diplomacy", "diplomacy", 2, "prisoner-exchange-50-2023-01-08", a="Dalton Whitacre"),
  ]))

SEEDS.append(dict(id="7101", name="7101_oaoa-feed", ext="xml", source="Odessa American", zone="America/Chicago", render=r_odessa,
  title="Nation/World Archives - Odessa American", build="Sat, 21 Jan 2023 21:52:10 +0000",
  notes="Imitates the WordPress category feed (RSS 2.0) of the Odessa American's Nation/World section. Newest first. pubDate is printed in +0000 (UTC) as WordPress does; the outlet's home zone is US Central (CST, UTC-6), so the three oldest items are Friday evening 20 January locally but Saturday 21 January in UTC (page_timezone America/Chicago for published_local). Titles and bodies use WordPress entities (&#8217;). dc:creator 'Associated Press' on every wire item (author). Each description/content ends with the Yoast line 'The post ... appeared first on Odessa American.' (chrome). Two of seven items are not about the war.",
  not_entries=["channel title/description/lastBuildDate/generator and sy:update lines", "the description excerpt of each item (a truncated copy of the first paragraph ending in [\u2026])",
               "'The post <title> appeared first on Odessa American.' line in every description and content", "comments links, wfw:commentRss and slash:comments", "category labels"],
  entries=[
  E("2023-01-21 15:40", "Baltic ministers press Germany to release Leopard tanks",
    ["The foreign ministers of Estonia, Latvia and Lithuania on Saturday urged Germany to send Leopard 2 battle tanks to Ukraine right away, saying every week of hesitation was costing Ukrainian lives.",
     "In a joint statement posted online, the three said Germany, as Europe\u2019s leading power, had a special responsibility to act."],
    "aid", "aid", 2, "baltic-ministers-leopard-appeal-2023-01-21", a="Associated Press", sec=["diplomacy"]),
  OFF("2023-01-21 12:05", "Lunar New Year travel rush fills China\u2019s trains after years of curbs",
      ["Hundreds of millions of people in China crowded onto trains, buses and planes ahead of the Lunar New Year, the first since the government dropped its strict pandemic rules.",
       "Health officials warned that the holiday travel could carry infections to rural areas with fewer hospitals."],
      "china-lunar-new-year-travel-2023", a="Associated Press", n="Chinese holiday travel."),
  E("2023-01-21 09:20", "Russia says its troops launched push in Zaporizhzhia region",
    ["Russia\u2019s Defense Ministry said Saturday its forces had started offensive operations in the Zaporizhzhia region of southern Ukraine and taken up better positions.",
     "Ukrainian officials said the front line near Orikhiv and Huliaipole had come under heavy shelling but denied any Russian breakthrough."],
    "other", "frontline", 2, "russian-push-zaporizhzhia-2023-01-21", a="Associated Press"),
  E("2023-01-21 06:45", "Overnight shelling kills 2 in Kherson, governor says",
    ["Two civilians were killed and three others wounded when Russian shells hit residential streets in Kherson overnight, the regional governor said Saturday.",
     "The city, retaken by Ukraine in November, has been shelled almost daily from Russian positions across the Dnieper River."],
    "strikes", "strikes", 3, "kherson-shelling-2023-01-21", a="Associated Press"),
  E("2023-01-20 23:10", "German defense chief orders count of Leopard tanks as allies wait",
    ["Germany\u2019s new defense minister, Boris Pistorius, said he had ordered an inventory of the country\u2019s Leopard tanks so that Berlin would be ready to move quickly if it decides to send them.",
     "He spoke as a meeting of Ukraine\u2019s backers at Ramstein Air Base ended without a deal on the tanks, which Kyiv says it needs for a spring offensive."],
    "aid", "aid", 3, "ramstein-meeting-2023-01-20", a="Associated Press", n="Pistorius's remarks were made at the Ramstein meeting about its outcome: same story as 7101-07."),
  OFF("2023-01-20 21:30", "Peru\u2019s protesters march in Lima as calls for new elections grow",
      ["Thousands of protesters from Peru\u2019s southern regions marched through the capital for a second day, demanding the resignation of President Dina Boluarte and early elections.",
       "Police used tear gas to break up crowds near the Congress building."],
      "peru-protests-lima-2023-01", a="Associated Press", n="Peruvian domestic politics."),
  E("2023-01-20 18:25", "Allies pledge armored vehicles at Ramstein, but no tanks",
    ["Defense chiefs from about 50 countries meeting at Ramstein Air Base in Germany promised Ukraine more armored vehicles, air defense systems and ammunition on Friday but did not agree to send modern battle tanks.",
     "U.S. Defense Secretary Lloyd Austin said the allies would keep supporting Ukraine for as long as it takes."],
    "aid", "aid", 3, "ramstein-meeting-2023-01-20", a="Associated Press"),
  ]))

SEEDS.append(dict(id="7102", name="7102_tylerpaper-tag", ext="html", source="Tyler Morning Telegraph", zone="America/Chicago", render=r_tyler,
  title="ukraine", now="2023-01-28 14:55",
  notes="Imitates a BLOX (TownNews) tag page of the Tyler Morning Telegraph. Newest first. Each card: headline link, a one-paragraph summary, 'By NAME Associated Press', and a relative time ('4 hrs ago') whose exact moment is only in the <time datetime='...-06:00'> attribute (US Central, CST). The two oldest cards are Friday evening 27 January locally but 28 January in UTC. No date or year is printed in the visible text except the footer copyright (2023); the datetime attributes carry full dates, so no parse_args. Author = the name between 'By' and 'Associated Press'.",
  not_entries=["top bar (E-Edition, Newsletters, Log In, Subscribe)", "logo and weather widget 'Tyler, TX 48\u00b0 Cloudy'", "main navigation", "tag heading 'ukraine' (page title)",
               "'Advertisement' label", "'Next' pagination link", "'Most Popular' sidebar with two local links", "newsletter box 'Get the latest local news delivered daily! ... Sign up!'", "footer copyright and BLOX credit"],
  entries=[
  E("2023-01-28 13:40", "Russian shelling kills 3 in Donetsk region towns, officials say",
    ["Russian artillery and rocket fire killed three civilians and wounded several more in towns across Ukraine's Donetsk region on Saturday, the regional governor said."],
    "strikes", "strikes", 3, "donetsk-region-shelling-2023-01-28", a="PAVLO KUZMENKO"),
  E("2023-01-28 10:15", "Zelenskyy presses for long-range missiles after tank pledges",
    ["Fresh from winning promises of Western battle tanks, Ukrainian President Volodymyr Zelenskyy urged allies on Saturday to supply long-range missiles and combat aircraft as well."],
    "aid", "aid", 2, "zelenskyy-long-range-missiles-appeal-2023-01-28", a="LENA WARD"),
  E("2023-01-28 07:50", "Russia claims gains near Vuhledar as fighting intensifies",
    ["Moscow-installed officials in the Donetsk region said Russian units had advanced on the outskirts of Vuhledar, a claim Ukraine's military rejected as it reported repelling attacks there."],
    "other", "frontline", 2, "vuhledar-fighting-2023-01", a="PAVLO KUZMENKO"),
  E("2023-01-28 01:10", "Portugal says it could send Leopard tanks to Ukraine",
    ["Portugal's prime minister said his government was working to make some of its Leopard 2 tanks available to Ukraine, joining a growing group of European countries."],
    "aid", "aid", 2, "portugal-leopard-offer-2023-01", a="LENA WARD"),
  E("2023-01-27 21:45", "Treasury widens sanctions aimed at Wagner's network",
    ["The Treasury Department on Friday added companies in several countries to its sanctions list, saying they had helped the Russian mercenary group Wagner obtain equipment and money for its fighting in Ukraine."],
    "diplomacy", "diplomacy", 2, "us-sanctions-wagner-network-2023-01", a="SIMONE ACKERLY"),
  E("2023-01-27 18:20", "UN inspectors rotate at Zaporizhzhia nuclear plant",
    ["A fresh team of International Atomic Energy Agency experts arrived at the Russian-occupied Zaporizhzhia nuclear power plant on Friday, replacing colleagues who had spent weeks on site."],
    "other", "security", 2, "iaea-zaporizhzhia-team-rotation-2023-01-27", a="SIMONE ACKERLY"),
  ]))

SEEDS.append(dict(id="7103", name="7103_journalstar-roundup", ext="html", source="Lincoln Journal Star", zone="America/Chicago", render=r_lincoln,
  title="What to know about the war in Ukraine on Tuesday", url="https://journalstar.com/news/national/what-to-know-ukraine-tuesday/article_5e1.html",
  pub="2023-03-07 05:14", upd="2023-03-07 15:48", now="2023-03-07 23:55", byline="OKSANA LEVCHENKO and DAVID KEEN", ld_authors=["Oksana Levchenko", "David Keen"],
  caption="Ukrainian artillerymen fire toward Russian positions near Bakhmut. (AP Photo)",
  lede=["Ukrainian troops clung to their positions in Bakhmut on Tuesday as Russian forces pressed from three sides. Here is a look at other key developments:"],
  follow="Follow AP's coverage of the war in Ukraine.",
  notes="Imitates a Lee Enterprises BLOX article page of the Lincoln Journal Star carrying an AP round-up. One page byline 'By OKSANA LEVCHENKO and DAVID KEEN Associated Press' (author = the two names as printed). The visible date is only 'Mar 7, 2023' and 'Updated 8 hrs ago'; the times are in <time datetime> attributes and the NewsArticle JSON-LD (datePublished 05:14 CST = 11:14 UTC). Five ALL-CAPS bold subheads = five entries (headline = the subhead as printed); stamp null; published = datePublished. The opening paragraph is the lede, not an entry.",
  not_entries=["site header, navigation, 'Subscribe for $1', 'Log In'", "section link 'National'", "byline and the date list ('Mar 7, 2023', 'Updated 8 hrs ago')", "share buttons (Facebook ... Save)",
               "photo caption", "lede paragraph 'Ukrainian troops clung to their positions ... Here is a look at other key developments:'", "'Advertisement' label", "'___' separator and 'Follow AP's coverage of the war in Ukraine.'",
               "AP copyright line", "Tags list", "newsletter box 'Be the first to know'", "footer"],
  entries=[
  E("2023-03-07 05:14", "BAKHMUT DEFENDERS HOLD ON",
    ["Ukraine's top commanders agreed to keep defending Bakhmut and to send more troops there, President Volodymyr Zelenskyy's office said after a meeting of the military command.",
     "Russian forces, led by Wagner mercenaries, hold much of the eastern part of the city, according to Western analysts."],
    "other", "frontline", 2, "bakhmut-defence-decision-2023-03-06", a="OKSANA LEVCHENKO and DAVID KEEN"),
  E("2023-03-07 05:14", "NORD STREAM REPORTS DRAW DENIALS",
    ["Ukraine's government denied any role in last year's explosions on the Nord Stream gas pipelines after media reports suggested a pro-Ukrainian group may have carried them out.",
     "German prosecutors said they had searched a vessel suspected of carrying the explosives but would not say who had chartered it.",
     "The Kremlin called the reports a coordinated attempt to divert attention."],
    "other", "security", 2, "nord-stream-sabotage-reports-2023-03-07", a="OKSANA LEVCHENKO and DAVID KEEN"),
  E("2023-03-07 05:14", "EU WEIGHS BUYING SHELLS TOGETHER",
    ["European Union defense ministers gathered in Stockholm to discuss a plan to spend 2 billion euros on artillery ammunition for Ukraine, half from existing stocks and half through joint orders.",
     "Estonia, which proposed the idea, says Ukraine needs about a million shells a year to keep pace with Russian fire."],
    "aid", "aid", 3, "eu-joint-ammunition-procurement-2023-03-07", a="OKSANA LEVCHENKO and DAVID KEEN"),
  E("2023-03-07 05:14", "ROCKETS HIT ZAPORIZHZHIA SUBURB",
    ["Russian rockets slammed into a village on the edge of Zaporizhzhia overnight, killing two people and damaging about a dozen homes, the regional administration said.",
     "Rescuers pulled a woman alive from the rubble of one house, officials said."],
    "strikes", "strikes", 3, "zaporizhzhia-rocket-strike-2023-03-07", a="OKSANA LEVCHENKO and DAVID KEEN"),
  E("2023-03-07 05:14", "UN CHIEF HEADS TO KYIV",
    ["United Nations Secretary-General Ant\u00f3nio Guterres will travel to Kyiv on Wednesday to meet Zelenskyy and discuss extending the deal that lets Ukraine ship grain through the Black Sea, his spokesman said."],
    "diplomacy", "diplomacy", 3, "guterres-kyiv-visit-2023-03-08", a="OKSANA LEVCHENKO and DAVID KEEN"),
  ]))

SEEDS.append(dict(id="7104", name="7104_bismarcktribune-feed", ext="xml", source="Bismarck Tribune", zone="America/Chicago", render=r_bismarck,
  title="National & World | bismarcktribune.com",
  notes="Imitates a BLOX (TownNews) section RSS feed of the Bismarck Tribune. Newest first. pubDate carries the local offset: -0600 (CST) for items before 2 a.m. on Sunday 12 March 2023 and -0500 (CDT) after the US daylight-saving switch that night. description = the summary (one paragraph). dc:creator 'By NAME Associated Press' (author = the name). Two of seven items are not about the war (bank rescue, China's new premier).",
  not_entries=["channel title/link/description/generator/docs/ttl", "enclosure images", "category labels"],
  entries=[
  OFF("2023-03-12 13:50", "Regulators move to protect depositors after Silicon Valley Bank failure",
      ["Federal regulators said Sunday that customers of the failed Silicon Valley Bank would be able to get all of their money starting Monday, an effort to stop panic from spreading to other lenders."],
      "silicon-valley-bank-failure-2023-03", a="MARCUS LINDQVIST", n="US bank failure."),
  E("2023-03-12 11:15", "Ukraine says its troops beat back dozens of assaults around Bakhmut",
    ["Ukraine's military said Sunday its forces had repelled more than 20 Russian attacks in and around Bakhmut over the previous day, while acknowledging that the situation in the city remained difficult."],
    "other", "frontline", 2, "bakhmut-fighting-2023-03-12", a="OLEKSIY HRYN"),
  E("2023-03-12 08:40", "Shelling kills 2 in Nikopol, across the river from nuclear plant",
    ["Two people were killed when Russian shells hit Nikopol, a city on the Dnieper River opposite the occupied Zaporizhzhia nuclear plant, the regional governor said Sunday."],
    "strikes", "strikes", 3, "nikopol-shelling-2023-03-12", a="OLEKSIY HRYN"),
  E("2023-03-12 05:30", "Wagner chief says ammunition still is not reaching his fighters",
    ["The founder of the Wagner mercenary group, Yevgeny Prigozhin, complained again that the Russian military was holding back the shells his units need in Bakhmut, deepening his public feud with defense officials."],
    "other", "politics", 2, "prigozhin-ammunition-complaint-2023-03-12", a="OLEKSIY HRYN", sec=["aid"]),
  E("2023-03-12 01:20", "Polish official says decision on MiG jets could come within weeks",
    ["A senior Polish official said Warsaw could decide within weeks whether to hand some of its Soviet-designed MiG-29 fighter jets to Ukraine, preferably together with other NATO members."],
    "aid", "aid", 2, "poland-mig29-decision-2023-03", a="KATARZYNA BIEL"),
  OFF("2023-03-11 22:05", "China's new premier takes office facing a slowing economy",
      ["Li Qiang, a longtime ally of leader Xi Jinping, was confirmed as China's premier and inherits an economy still recovering from three years of pandemic restrictions."],
      "china-new-premier-li-qiang-2023-03", a="MARCUS LINDQVIST", n="Chinese domestic politics."),
  E("2023-03-11 18:30", "Russia sets conditions as Black Sea grain deal nears renewal date",
    ["Russian diplomats said Moscow would agree to extend the deal that lets Ukraine export grain by sea only if obstacles to Russia's own farm exports were removed."],
    "diplomacy", "diplomacy", 2, "grain-deal-russian-conditions-2023-03-11", a="KATARZYNA BIEL"),
  ]))

SEEDS.append(dict(id="7105", name="7105_missoulian-thelatest", ext="txt", source="Missoulian", zone="America/New_York", render=r_missoulian,
  title="The Latest: Zelenskyy, European leaders mark Bucha anniversary", byline="The Associated Press",
  pub="2023-03-30 23:10", upd="2023-03-31 18:40",
  intro="The Latest on Russia's war in Ukraine (all times EDT):",
  notes="Imitates a BLOX article page of the Missoulian carrying AP's 'The Latest' format, copied as text. Items are newest first, separated by '___', each introduced by a bare time line ('6:40 p.m.') and a datelined first paragraph; there are NO headlines (headline null). The intro line says all times are EDT (America/New_York, UTC-4), not the outlet's Mountain time. Dates: the page prints 'Mar 30, 2023' (first published) and 'Updated Mar 31, 2023'; the times run backwards across local midnight, so the last item (11:10 p.m.) is Thursday 30 March EDT = 03:10 UTC on 31 March. One page byline 'The Associated Press' is every item's author. first_sentence includes the dateline.",
  not_entries=["site chrome: 'Skip to main content', 'You are the owner of this article.', logo, Subscribe/Log In, Search, menu, weather line", "section label 'National'",
               "byline 'The Associated Press' (author) and the two date lines", "share buttons line", "intro line 'The Latest on Russia's war in Ukraine (all times EDT):'",
               "'___' separators", "'Advertisement'", "AP copyright line", "Tags list", "'Most Popular' with two local headlines", "newsletter box and footer"],
  entries=[
  E("2023-03-31 18:40", None,
    ["WASHINGTON \u2014 The White House said Friday it was using every channel it has to seek consular access to the American reporter detained by Russia's security service on spying charges, which his newspaper denies.",
     "A National Security Council spokesman said the administration had no indication that Moscow was ready to discuss his release."],
    "diplomacy", "diplomacy", 2, "gershkovich-detention-2023-03-30", a="The Associated Press"),
  E("2023-03-31 15:15", None,
    ["UNITED NATIONS \u2014 Ukraine's ambassador to the United Nations called Russia's turn at the head of the Security Council, which starts Saturday, a slap in the face to the world body.",
     "The presidency rotates monthly in alphabetical order and cannot be blocked."],
    "diplomacy", "diplomacy", 2, "russia-unsc-presidency-2023-04", a="The Associated Press"),
  E("2023-03-31 11:50", None,
    ["MINSK, Belarus \u2014 Belarusian President Alexander Lukashenko on Friday called for a truce in Ukraine without preconditions and said Russian nuclear weapons to be stationed in his country would only be used to defend it.",
     "In an annual address lasting more than three hours, he also warned that Belarus would fight alongside Russia if attacked."],
    "diplomacy", "diplomacy", 3, "lukashenko-address-2023-03-31", a="The Associated Press", sec=["other"]),
  E("2023-03-31 08:05", None,
    ["BUCHA, Ukraine \u2014 Zelenskyy marked the first anniversary of Bucha's liberation on Friday alongside the leaders of Moldova, Croatia, Slovakia and Slovenia.",
     "The visitors laid flowers at a memorial to residents killed during the Russian occupation of the Kyiv suburb."],
    "diplomacy", "diplomacy", 3, "bucha-liberation-anniversary-2023-03-31", a="The Associated Press"),
  E("2023-03-31 02:30", None,
    ["KYIV, Ukraine \u2014 Ukraine's air force said it destroyed nine of 12 Iranian-made attack drones launched overnight, mostly over the south and center of the country.",
     "There were no immediate reports of casualties."],
    "strikes", "strikes", 2, "overnight-drone-attack-2023-03-31", a="The Associated Press"),
  E("2023-03-31 00:20", None,
    ["KHARKIV, Ukraine \u2014 Two civilians died when Russian shells hit Kupiansk late Thursday, the governor of the Kharkiv region said.",
     "The town, retaken by Ukraine in September, lies a few miles from the front line."],
    "strikes", "strikes", 3, "kupiansk-shelling-2023-03-30", a="The Associated Press"),
  E("2023-03-30 23:10", None,
    ["HELSINKI \u2014 Finnish President Sauli Niinist\u00f6 thanked Turkey's parliament for approving Finland's entry into NATO, removing the last obstacle to membership.",
     "Finland is expected to formally join the alliance within days."],
    "diplomacy", "diplomacy", 3, "turkey-ratifies-finland-nato-2023-03-30", a="The Associated Press"),
  ]))

SEEDS.append(dict(id="7106", name="7106_wyomingnews-briefs", ext="html", source="Wyoming Tribune Eagle", zone="America/Denver", render=r_wte,
  title="Nation & World briefs", byline="Wire reports", pub="2023-04-25 16:30",
  notes="Imitates a BLOX article page of the Wyoming Tribune Eagle (Cheyenne) collecting wire briefs. Each brief: a bold headline paragraph, a datelined body, and an agency credit '\u2014 The Associated Press' (author, per brief). The page byline is 'Wire reports' (not used as author). Only 'Apr 25, 2023' is visible; the time is in the <time datetime> attribute and the JSON-LD (16:30 MDT = 22:30 UTC), used for every brief (stamp null). Three of six briefs are not about the war.",
  not_entries=["top bar, logo and navigation", "section link 'Nation & World'", "page byline 'Wire reports' and the date", "share buttons", "'\u2014 The Associated Press' credit lines (author)",
               "'Advertisement' label", "'Support local journalism' promo", "Tags", "footer"],
  entries=[
  E("2023-04-25 16:30", "Missile destroys museum in Kupiansk",
    ["KUPIANSK, Ukraine (AP) \u2014 A Russian missile wrecked the local history museum in Kupiansk on Tuesday, killing one employee and leaving another trapped under the debris for hours, regional officials said.",
     "Ukraine's president posted a video of the gutted building and accused Russia of trying to erase Ukrainian history."],
    "strikes", "strikes", 3, "kupiansk-museum-strike-2023-04-25", a="The Associated Press"),
  E("2023-04-25 16:30", "Baltic states summon Chinese envoys over ambassador's remarks",
    ["VILNIUS, Lithuania (AP) \u2014 Estonia, Latvia and Lithuania summoned China's representatives after Beijing's ambassador in Paris questioned whether former Soviet republics are sovereign countries.",
     "China's foreign ministry later said it respected the sovereignty of all former Soviet states."],
    "diplomacy", "diplomacy", 2, "chinese-envoy-remarks-backlash-2023-04", a="The Associated Press"),
  OFF("2023-04-25 16:30", "Foreigners leave Sudan as truce largely holds",
      ["KHARTOUM, Sudan (AP) \u2014 Convoys of buses carrying foreigners left Khartoum on Tuesday as a three-day ceasefire between Sudan's army and a rival paramilitary force mostly held."],
      "sudan-evacuations-2023-04", a="The Associated Press", n="Sudan conflict, not the Russia-Ukraine war."),
  OFF("2023-04-25 16:30", "Biden makes reelection bid official",
      ["WASHINGTON (AP) \u2014 President Joe Biden formally announced Tuesday that he is running for a second term, asking voters in a video to let him finish the job."],
      "biden-reelection-announcement-2023-04-25", a="The Associated Press", n="US domestic politics."),
  E("2023-04-25 16:30", "Russian-installed officials report Ukrainian troops on Dnieper's east bank",
    ["KHERSON, Ukraine (AP) \u2014 Officials installed by Moscow in the Kherson region said small groups of Ukrainian soldiers had crossed the Dnieper River and dug in near a village on the eastern bank.",
     "Ukraine's military would not comment, citing operational silence."],
    "other", "frontline", 2, "dnieper-east-bank-foothold-2023-04", a="The Associated Press"),
  OFF("2023-04-25 16:30", "Harry Belafonte, singer and activist, dies at 96",
      ["NEW YORK (AP) \u2014 Harry Belafonte, the singer who brought calypso to a mass audience and used his fame to champion civil rights, has died at his home in Manhattan."],
      "harry-belafonte-death-2023-04-25", a="The Associated Press", n="US culture obituary."),
  ]))

SEEDS.append(dict(id="7107", name="7107_chieftain-live", ext="html", source="Pueblo Chieftain", zone="America/Denver", render=r_pueblo,
  title="Russia-Ukraine war live updates: Sloviansk toll rises to 15; Poland halts Ukrainian grain imports", pub="2023-04-15 06:02",
  wwk=["Russian missiles struck apartment buildings in Sloviansk on Friday.",
       "Poland's government says it will stop grain imports from Ukraine until the end of June.",
       "Orthodox Easter is celebrated on Sunday in both Ukraine and Russia."],
  notes="Imitates a Gannett (USA TODAY network) live-updates page on the Pueblo Chieftain site. Newest first. Each post: a time line '4:55 p.m. MT' ABOVE the h3 headline, then the author. The date appears only in the page line 'Published 6:02 a.m. MT April 15, 2023 | Updated 4:55 p.m. MT April 15, 2023'; MT here is MDT (UTC-6). LiveBlogPosting JSON-LD carries the same per-post times. The 'What we know' box is a page summary, not a Key Points block and not entries. Entry 05 is a video teaser (player, no text).",
  not_entries=["site navigation, Subscribe, Sign In", "label 'WORLD'", "Published/Updated line", "'What we know' box and its three bullets", "'Share' under each post",
               "newsletter aside 'Get the latest world news in your inbox ...'", "video player controls 'Play' and duration '0:58' in entry 05", "footer"],
  entries=[
  E("2023-04-15 16:55", "Sloviansk death toll rises to 15",
    ["Rescuers in Sloviansk have pulled more bodies from a five-story building hit by Russian missiles on Friday, raising the death toll to 15, the Donetsk regional governor said.",
     "A 2-year-old boy was among the dead, and more than 20 people were wounded."],
    "strikes", "strikes", 3, "sloviansk-strike-2023-04-14", a="Keira Dunmore"),
  E("2023-04-15 15:20", "Poland bans Ukrainian grain imports to ease farmers' anger",
    ["Poland will stop imports of grain and some other food from Ukraine until the end of June, the governing party's leader announced Saturday, after weeks of protests by farmers who blame cheap Ukrainian produce for falling prices.",
     "Kyiv said the move went against the spirit of the two countries' friendship and asked for talks."],
    "diplomacy", "diplomacy", 2, "poland-ukrainian-grain-import-ban-2023-04-15", a="Tomas Ribeiro", sec=["other"],
    n="A government trade ban aimed at an ally's exports is treated as diplomacy (trade restriction between states), secondary other (domestic politics)."),
  E("2023-04-15 13:05", "Documents leak suspect to stay in custody until hearing",
    ["The Air National Guard member accused of posting classified Pentagon documents online, including assessments of Ukraine's air defenses, will remain in jail until a detention hearing next week, a federal judge ruled."],
    "other", "security", 2, "pentagon-documents-leak-2023-04", a="Keira Dunmore"),
  E("2023-04-15 10:40", "Russia says Wagner took two more Bakhmut districts",
    ["Russia's Defense Ministry said Wagner fighters backed by airborne troops had captured two more districts in the northwest and southeast of Bakhmut.",
     "Ukraine's military said its units were still holding the western part of the city."],
    "other", "frontline", 2, "bakhmut-fighting-2023-04-15", a="Tomas Ribeiro"),
  E("2023-04-15 08:30", "Watch: Rescuers dig through Sloviansk rubble", [], "strikes", "strikes", 1, "sloviansk-strike-2023-04-14",
    video="0:58", n="Video teaser without text -> importance 1, story of the strike it shows."),
  E("2023-04-15 07:15", "G7 diplomats head to Japan with Ukraine atop the agenda",
    ["Foreign ministers from the Group of Seven begin arriving in the Japanese resort town of Karuizawa for talks expected to focus on Russia's war and on China.",
     "Japan, which holds the G7 presidency, wants a strong statement on sanctions enforcement."],
    "diplomacy", "diplomacy", 2, "g7-foreign-ministers-karuizawa-2023-04", a="Keira Dunmore"),
  E("2023-04-15 06:10", "Drones target Odesa region overnight, Ukraine says",
    ["Ukraine's southern military command said air defenses shot down most of the Iranian-made drones that Russia sent toward the Odesa region overnight, with debris damaging a warehouse."],
    "strikes", "strikes", 2, "odesa-drone-attack-2023-04-15", a="Tomas Ribeiro"),
  ]))

SEEDS.append(dict(id="7108", name="7108_registerguard-live", ext="txt", source="The Register-Guard", zone="America/Los_Angeles", render=r_rg,
  title="Russia-Ukraine live updates: Uman toll reaches 23; fuel depot burns in Sevastopol", parse_args=["--date", "2023-04-29"],
  standfirst="Follow the latest news on Russia's war in Ukraine. This page is updated throughout the day.",
  notes="Imitates a Gannett live-updates page on The Register-Guard (Eugene) site, copied as text with the 'Oldest' sort chosen, so posts run OLDEST first. Each post: headline, author, then the stamp '5:20 p.m. PT' AFTER the headline. Day dividers 'Friday, April 28' and 'Saturday, April 29' print no year, and nothing else on the page does: parse_args --date 2023-04-29 (the later printed local day, the page's capture day). PT = PDT (UTC-7), so the three Friday-evening posts are 29 April in UTC and the whole page is one UTC day.",
  not_entries=["site chrome and menu", "label 'WORLD'", "standfirst 'Follow the latest news ...'", "sort control 'Sort by / Newest / Oldest'", "day dividers (dates only)",
               "'Share' under each post", "'Ad' and the newsletter line", "'Load more updates'", "footer links"],
  entries=[
  E("2023-04-28 17:20", "Uman death toll reaches 23 as search continues",
    ["The number of people killed when a Russian cruise missile hit an apartment building in the central Ukrainian city of Uman early Friday has risen to 23, among them several children, Ukraine's interior minister said.",
     "Rescue crews using cranes were still working through the collapsed section of the nine-story block after dark."],
    "strikes", "strikes", 3, "uman-missile-strike-2023-04-28", a="Natalia Ferreira"),
  E("2023-04-28 19:45", "Ukraine's defense minister says counteroffensive preparations nearly done",
    ["Defense Minister Oleksii Reznikov told reporters that Ukraine's preparations for a long-expected counteroffensive were coming to an end, saying the decision on timing was now for the general staff."],
    "other", "frontline", 2, "reznikov-counteroffensive-readiness-2023-04-28", a="Grant Holloway"),
  E("2023-04-28 22:30", "Moldova moves to quit CIS parliamentary assembly",
    ["Moldova's parliament speaker said the country would withdraw from the parliamentary assembly of the Commonwealth of Independent States, the Moscow-led grouping of former Soviet republics.",
     "Chisinau has accused Russia of plotting to destabilize its pro-Western government."],
    "diplomacy", "diplomacy", 2, "moldova-cis-assembly-exit-2023-04", a="Grant Holloway"),
  E("2023-04-29 01:15", "Drone strike sets Sevastopol fuel depot ablaze, Russian-installed governor says",
    ["A drone attack set fire to a fuel storage site in Sevastopol early Saturday, the Moscow-installed governor of the Crimean port city said, adding that no one was hurt.",
     "Video posted online showed a tall column of black smoke over the bay."],
    "strikes", "strikes", 3, "sevastopol-fuel-depot-fire-2023-04-29", a="Natalia Ferreira"),
  E("2023-04-29 06:40", "Rescuers end Uman search; toll stays at 23",
    ["Emergency workers finished searching the ruins of the Uman apartment building on Saturday morning and said 23 people had been killed, six of them children.",
     "The city declared three days of mourning."],
    "strikes", "strikes", 3, "uman-missile-strike-2023-04-28", a="Natalia Ferreira"),
  E("2023-04-29 10:05", "Pope meets Russian Orthodox envoy in Budapest",
    ["Pope Francis held a short private meeting in Budapest with the Russian Orthodox Church's representative in Hungary, Metropolitan Hilarion, the Vatican said.",
     "The pope has repeatedly offered to help end the war, and he mentioned Ukraine in several speeches during his trip."],
    "diplomacy", "diplomacy", 2, "pope-hilarion-budapest-meeting-2023-04-29", a="Grant Holloway"),
  E("2023-04-29 13:50", "Wagner chief says his fighters are short of shells again",
    ["Yevgeny Prigozhin, the head of the Wagner group, said his forces in Bakhmut were receiving only a fraction of the artillery rounds they need and warned that they could be forced to pull back."],
    "other", "politics", 2, "prigozhin-ammunition-complaint-2023-04-29", a="Natalia Ferreira", sec=["aid"]),
  ]))

SEEDS.append(dict(id="7109", name="7109_mailtribune-world", ext="txt", source="Mail Tribune", zone="America/Los_Angeles", render=r_mailtribune,
  title="World", clock="Wednesday, January 4, 2023",
  notes="Imitates the Mail Tribune (Medford, Oregon) World section listing, copied as text, from the paper's last weeks online. Newest first. Each item: headline, credit line ('Associated Press' or 'Mail Tribune staff', taken as author), 'Posted 01/04/2023 2:30 PM' (US month/day order, 12-hour clock), a summary and 'Continue reading'. No zone is printed anywhere: Pacific time (PST, UTC-8) is implied by the outlet's home, so the two Tuesday-evening items are 4 January in UTC. Two of six items are not about the war.",
  not_entries=["'Skip to content', site name and place line", "clock line 'Wednesday, January 4, 2023' (fetch day)", "menu line", "weather line", "section title 'World' (page title)",
               "'Continue reading' after every item", "'ADVERTISEMENT'", "pagination line", "newsletter box", "footer"],
  entries=[
  E("2023-01-04 14:30", "France to send armored combat vehicles to Ukraine",
    ["France will supply Ukraine with AMX-10 RC armored combat vehicles, President Emmanuel Macron told Volodymyr Zelenskyy in a phone call, the first Western-made vehicles of their kind promised to Kyiv.",
     "The French presidency did not say how many would be sent or when."],
    "aid", "aid", 3, "france-amx10-pledge-2023-01-04", a="Associated Press"),
  OFF("2023-01-04 10:55", "House adjourns again without electing a speaker",
      ["The House of Representatives ended a second day of voting without choosing a speaker, as a group of Republican holdouts kept refusing to back Kevin McCarthy."],
      "us-house-speaker-votes-2023-01", a="Associated Press", n="US domestic politics."),
  E("2023-01-04 07:20", "Russia raises Makiivka death toll to 89, blames soldiers' phones",
    ["Russia's Defense Ministry said 89 soldiers were killed when Ukrainian rockets hit their temporary barracks in Makiivka on New Year's night, raising its earlier figure, and blamed the troops' use of cellphones for giving away their location.",
     "Some Russian military bloggers said commanders were at fault for housing so many soldiers near an ammunition store."],
    "strikes", "strikes", 3, "makiivka-barracks-strike-2023-01-01", a="Associated Press"),
  E("2023-01-04 02:10", "Zelenskyy warns Russia is preparing a new mobilization",
    ["Ukraine's president said in his nightly address that he had information Moscow was preparing to call up more men for a fresh push, and urged allies to speed up weapons deliveries."],
    "other", "frontline", 2, "zelenskyy-warns-russian-mobilization-2023-01", a="Associated Press", sec=["aid"]),
  E("2023-01-03 21:40", "Air defenses knock down drones over Kyiv for third straight night",
    ["Ukraine's air defenses shot down drones over the capital overnight for the third night in a row, Kyiv officials said, adding that falling debris damaged a power line."],
    "strikes", "strikes", 2, "kyiv-drone-attacks-2023-01-03", a="Associated Press"),
  OFF("2023-01-03 18:05", "More rain on the way for the Rogue Valley",
      ["Another storm off the Pacific will bring steady rain and gusty winds to the Rogue Valley through Thursday, with snow in the Cascades above 4,500 feet, forecasters said."],
      "rogue-valley-storm-2023-01", a="Mail Tribune staff", n="local weather."),
  ]))


# ============================================================ PART B, day 1: 2023-05-04 (UTC)
D1 = "Day 1 (2023-05-04 UTC): 7120, 7121, 7122, 7123, 7124."
KHERSON = "kherson-shelling-2023-05-03"
KREMLIN = "kremlin-drone-incident-2023-05-03"
HAGUE = "zelensky-hague-icc-visit-2023-05-04"
KYIVDR = "kyiv-drone-attack-2023-05-04"
CRIMEA = "crimea-drones-downed-2023-05-04"

SEEDS.append(dict(id="7120", name="7120_fenwarrow-textlive", ext="txt", source="Fenwarrow Chronicle", zone="Europe/London", render=r_fenwarrow,
  title="Ukraine war live: Kherson toll rises to 23; Kremlin blames US over drones", dateline="Thursday 4 May 2023",
  notes="Invented outlet. Text live blog, NEWEST first; a bare '20:40' line before each headline, 'Times are UK time (BST)' under the date line (UTC+1); 'Reporting by NAME' after the body (author). The Key Points block lists two exact headlines (entries 01 and 06). Entry 04 is a video teaser without body. " + D1,
  not_entries=["masthead, menu and cookie line", "title, date line and 'Times are UK time (BST).'", "'Key Points' heading and its two bullets", "'Latest'",
               "'Reporting by ...' lines (author)", "'Advertisement'", "'Show earlier posts' and footer"],
  entries=[
  E("2023-05-04 20:40", "Kherson death toll rises to 23 as two wounded die in hospital",
    ["Two people wounded in Wednesday's Russian bombardment of Kherson have died in hospital, bringing the number killed to 23, the regional military administration said this evening.",
     "Shells and rockets struck a supermarket, a hardware shop, a petrol station and the railway station, where people were waiting for an evacuation train to Kyiv.",
     "The nearby village of Bilozerka was also hit during the same barrage."],
    "strikes", "strikes", 3, KHERSON, a="Harriet Ollerenshaw", kp=True),
  E("2023-05-04 18:15", "Kremlin accuses Washington of directing drone raid; US rejects claim",
    ["The Kremlin has accused the United States of being behind the two drones that Russia says were brought down over the Kremlin early on Wednesday.",
     "Dmitry Peskov, Vladimir Putin's spokesman, told reporters that Washington chose such targets and Kyiv merely carried out the operation.",
     "The White House called the accusation ludicrous and said it had no knowledge of the incident."],
    "strikes", "strikes", 3, KREMLIN, a="Tobias Crane", sec=["diplomacy"], n="An official claim about who carried out an attack -> strikes, secondary diplomacy."),
  E("2023-05-04 15:30", "Russia says drones downed over Crimea",
    ["Russian-installed officials in Crimea said air defences destroyed several drones approaching Sevastopol in the early hours, and that nothing on the ground was damaged."],
    "strikes", "strikes", 3, CRIMEA, a="Tobias Crane"),
  E("2023-05-04 12:05", "Watch: volunteers clear debris at Kherson's railway station", [], "strikes", "strikes", 1, KHERSON,
    n="Video teaser without body -> importance 1, story of the shelling it shows."),
  E("2023-05-04 09:30", "Kherson toll stands at 21 as city begins mourning",
    ["At least 21 people are now known to have died after Russian forces shelled Kherson on Wednesday, and the city has declared three days of mourning.",
     "Ukraine's interior minister said 48 people were wounded, among them a child."],
    "strikes", "strikes", 3, KHERSON, a="Harriet Ollerenshaw"),
  E("2023-05-04 07:10", "Kyiv says air defences downed all drones aimed at capital",
    ["Ukraine's capital came under its third drone attack in four days overnight, but the city's military administration said every drone heading for Kyiv was destroyed.",
     "Debris fell on a road in the Solomianskyi district without causing injuries, officials said."],
    "strikes", "strikes", 3, KYIVDR, a="Tobias Crane", kp=True),
  ]))

SEEDS.append(dict(id="7121", name="7121_gellimore-htmllive", ext="html", source="Gellimore Post", zone="Europe/Kyiv", render=r_gellimore,
  title="Live: Zelensky in The Hague as Kherson mourns its dead", url="https://gellimore.example/live/2023-05-04-ukraine",
  dateline="Thursday, 4 May 2023", lede="Ukraine's president calls for a tribunal for Russia's leaders; Kherson counts its dead after Wednesday's shelling.",
  notes="Invented outlet. HTML live page, OLDEST first, LiveBlogPosting JSON-LD with per-update times and authors; visible 'HH:MM' in <time datetime='...+03:00'> (Kyiv EEST, UTC+3); byline above each h2. Entry 06 re-publishes entry 03 nearly verbatim (duplicate_of 7121-03, importance 1). " + D1,
  not_entries=["masthead and navigation", "date line and lead paragraph", "note 'Updates appear in the order they were published. All times Kyiv time.'",
               "author labels (author)", "'Copy link / Share' under each update", "donation aside", "footer"],
  entries=[
  E("2023-05-04 07:25", "Explosions over Kyiv as air defence engages drones",
    ["Residents of Kyiv were woken before dawn by blasts as air defence units fired on Iranian-made attack drones, the city administration said.",
     "Its head, Serhiy Popko, said all of the drones that approached the capital were shot down."],
    "strikes", "strikes", 3, KYIVDR, a="Nadiya Brovko"),
  E("2023-05-04 09:40", "Zelensky arrives in The Hague",
    ["President Volodymyr Zelensky has arrived in the Netherlands on an unannounced visit and is due to speak at the International Criminal Court later today."],
    "diplomacy", "diplomacy", 3, HAGUE, a="Ilse Vermeer"),
  E("2023-05-04 13:00", "Kherson toll reaches 21; three days of mourning",
    ["The number of people killed by Wednesday's Russian shelling of Kherson has reached 21, regional officials said, as the city began three days of mourning.",
     "Most of the victims were hit near a supermarket and at the railway station."],
    "strikes", "strikes", 3, KHERSON, a="Nadiya Brovko"),
  E("2023-05-04 15:20", "Zelensky: 'Putin deserves to be sentenced' in The Hague",
    ["Speaking in The Hague, Zelensky called for a special tribunal to try the crime of aggression against Ukraine and said Vladimir Putin should one day face judgment in the Dutch city."],
    "diplomacy", "diplomacy", 3, HAGUE, a="Ilse Vermeer"),
  E("2023-05-04 17:45", "Kremlin points at US, Kyiv calls drone story a pretext",
    ["Moscow's claim that Washington directed the alleged drone attack on the Kremlin is an attempt to justify new strikes on Ukraine, a senior adviser to Zelensky said.",
     "The Kremlin had earlier said the United States was behind the incident."],
    "strikes", "strikes", 3, KREMLIN, a="Nadiya Brovko", sec=["diplomacy"]),
  E("2023-05-04 19:10", "Kherson toll reaches 21; three days of mourning",
    ["The number of people killed by Wednesday's Russian shelling of Kherson has reached 21, regional officials said, as the city began three days of mourning.",
     "Most of the victims were hit near a supermarket and at the city's railway station."],
    "strikes", "strikes", 1, KHERSON, a="Nadiya Brovko", dup="7121-03", n="Near-verbatim repeat of 7121-03 (same headline, one word added) -> importance 1."),
  E("2023-05-04 21:30", "Commander: Russian units regrouping near Bakhmut",
    ["Ukraine's ground forces commander, Oleksandr Syrskyi, said Russian troops were bringing fresh units towards Bakhmut after heavy losses in recent weeks."],
    "other", "frontline", 2, "bakhmut-russian-regrouping-2023-05-04", a="Ilse Vermeer"),
  ]))

SEEDS.append(dict(id="7122", name="7122_ostravel-worldrss", ext="xml", source="Ostravel World Service", zone="UTC", render=r_rss, rfc="GMT",
  title="Ostravel World Service - Top stories", url="https://ostravel.example/world", lede="The world's news, updated around the clock.",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate in GMT; no authors. Only two of six items are about the war. Spells the village 'Belozerka' (Russian form; 7120 has 'Bilozerka'). " + D1,
  not_entries=["channel title, link, description and language"],
  entries=[
  E("2023-05-04 22:10", "Kherson shelling toll rises to 24",
    ["A Russian artillery and rocket attack on the southern Ukrainian city of Kherson on Wednesday has now killed 24 people, Ukrainian officials said late on Thursday, after another victim died of wounds.",
     "Shells also fell on the village of Belozerka, west of the city."],
    "strikes", "strikes", 3, KHERSON),
  OFF("2023-05-04 20:05", "ECB slows pace with quarter-point rate rise",
      ["The European Central Bank raised its key interest rates by a quarter of a percentage point on Thursday, a smaller step than at its previous meetings, and said inflation was still too high."],
      "ecb-rate-rise-2023-05-04", n="euro-area monetary policy.", cat="Business"),
  OFF("2023-05-04 17:30", "London rehearses coronation procession before Saturday",
      ["Soldiers, horses and carriages rehearsed the coronation procession through central London in the early hours, two days before King Charles III is crowned at Westminster Abbey."],
      "coronation-rehearsal-2023-05", n="UK royal event.", cat="UK"),
  E("2023-05-04 14:15", "Zelensky at Hague court calls for special tribunal",
    ["Ukraine's president used a visit to the International Criminal Court in The Hague to urge the creation of a special court for the crime of aggression, saying Russia's leaders must be held to account."],
    "diplomacy", "diplomacy", 3, HAGUE),
  OFF("2023-05-04 11:40", "India sends troops to Manipur as ethnic clashes spread",
      ["India deployed army and paramilitary units in the north-eastern state of Manipur after clashes between ethnic groups left homes and churches burned in several districts."],
      "manipur-clashes-2023-05", n="Indian domestic unrest.", cat="Asia"),
  OFF("2023-05-04 08:05", "Golden Week crowds pack Japan's trains and airports",
      ["Japan's railways and airports reported their busiest Golden Week holiday since before the pandemic, with bullet trains out of Tokyo fully booked."],
      "japan-golden-week-travel-2023", n="Japanese holiday travel.", cat="Asia"),
  ]))

SEEDS.append(dict(id="7123", name="7123_brisklow-atom", ext="xml", source="Brisklow Review", zone="Europe/Warsaw", render=r_atom,
  title="Brisklow Review \u2014 Ukraine", url="https://brisklow.example/ukraine", lede="Reporting and analysis from Warsaw on the war next door",
  updated="2023-05-04T22:45:00+02:00",
  notes="Invented outlet. Atom feed, newest first, <published> with +02:00 (Warsaw CEST), escaped HTML content, an author per entry. Entry 01 is the day's theme piece (analysis with body, own story). Entry 03 (one killed in Antonivka, Thursday) is a different event from the Wednesday shelling of Kherson city: must not merge. Entry 05 and 7120-03 are the same Crimea drone report. " + D1,
  not_entries=["feed title, subtitle, links, id and updated"],
  entries=[
  E("2023-05-04 22:45", "Analysis: why small drones keep slipping past air defences",
    ["Small, slow drones fly low and give off little heat, which makes them hard for radars built to track jets and missiles to pick out, military analysts say.",
     "The incident reported at the Kremlin and the nightly raids on Kyiv both show that the two sides are still looking for cheap ways to stop them."],
    "strikes", "strikes", 2, "analysis-small-drones-air-defence", a="Agnieszka Wolny", slug="analysis-small-drones",
    n="Theme piece (analysis with body) on drones and air defence in general: own story, importance 2; must not merge with the Kremlin or Kyiv drone stories."),
  E("2023-05-04 19:30", "Kremlin says Washington 'decides' Kyiv's targets",
    ["The Kremlin said on Thursday that decisions about attacks such as the one it says targeted Putin's residence are taken in Washington, not in Kyiv.",
     "American officials have denied any involvement and questioned whether the incident happened as Moscow describes it."],
    "strikes", "strikes", 3, KREMLIN, a="Piotr Salski", sec=["diplomacy"], slug="kremlin-washington-targets"),
  E("2023-05-04 16:10", "One killed as shells hit village near Kherson",
    ["A 58-year-old man was killed when Russian shells hit Antonivka, a village on the edge of Kherson, on Thursday morning, regional officials said.",
     "The village, known in Russian as Antonovka, lies beside the road bridge destroyed during Russia's retreat last November."],
    "strikes", "strikes", 3, "antonivka-shelling-2023-05-04", a="Piotr Salski", slug="antonivka-shelling",
    n="Same area as the Kherson story but a different event (Thursday, one death): must not merge with " + KHERSON + "."),
  E("2023-05-04 12:00", "Poland signs deal to repair Ukrainian tanks",
    ["Polish state arms group PGZ has agreed to set up a workshop to repair Leopard tanks damaged in Ukraine, the Polish defence ministry said.",
     "The first vehicles are expected to arrive within weeks."],
    "aid", "aid", 2, "poland-leopard-repair-hub-2023-05", a="Agnieszka Wolny", slug="poland-leopard-repair"),
  E("2023-05-04 08:15", "Crimea: drones downed near Sevastopol, occupation officials say",
    ["The Russian-installed governor of Sevastopol said air defences shot down drones over the bay in the early hours and that there was no damage."],
    "strikes", "strikes", 3, CRIMEA, a="Piotr Salski", slug="sevastopol-drones"),
  ]))

SEEDS.append(dict(id="7124", name="7124_cindermere-article", ext="txt", source="Cindermere Journal", zone="Europe/Kyiv", render=r_cindermere,
  title="Kherson buries its dead as Moscow points at Washington", byline="Oren Mallory", dateline="Published 4 May 2023, 19:05 (Kyiv time)",
  lede="A day after one of the deadliest attacks on Kherson since its liberation, the city counted its losses while the Kremlin sharpened its rhetoric over the alleged drone strike.",
  more="Who decides where drones fly? Our explainer",
  notes="Invented outlet. Text article with three section headings = three entries (stamp null; published = the dateline 19:05 Kyiv EEST = 16:05 UTC); page byline as author. The lede is not an entry; 'Read more:' is a related link. " + D1,
  not_entries=["kicker and breadcrumb 'Europe \u203a Ukraine'", "title", "byline and dateline", "lede paragraph", "'Read more: ...' related link", "share lines and copyright"],
  entries=[
  E("2023-05-04 19:05", "Shelling toll in Kherson reaches 23",
    ["The death toll from Wednesday's shelling of Kherson rose to 23 on Thursday afternoon, according to the regional administration.",
     "Shopping areas and the railway station were hit in the middle of the day, when the streets were busy."],
    "strikes", "strikes", 3, KHERSON, a="Oren Mallory"),
  E("2023-05-04 19:05", "Moscow points at Washington over Kremlin drones",
    ["Russia's presidential spokesman said the United States was behind what Moscow calls an attempt on Putin's life, a charge American officials dismissed."],
    "strikes", "strikes", 3, KREMLIN, a="Oren Mallory", sec=["diplomacy"]),
  E("2023-05-04 19:05", "Zelensky in The Hague",
    ["In The Hague, President Zelensky told an audience at the International Criminal Court that Russia must be made to answer for its aggression before a special tribunal."],
    "diplomacy", "diplomacy", 3, HAGUE, a="Oren Mallory"),
  ]))


# ============================================================ PART B, day 2: 2023-05-05 (UTC) - the day after day 1
D2 = "Day 2 (2023-05-05 UTC, the day after day 1): 7130, 7131, 7132, 7133, 7134."
EVAC = "zaporizhzhia-occupied-evacuation-2023-05-05"
PRIG = "prigozhin-bakhmut-withdrawal-threat-2023-05-05"

SEEDS.append(dict(id="7130", name="7130_tallowburn-textlive", ext="txt", source="Tallowburn Gazette", zone="Europe/Kyiv", render=r_tallowburn,
  title="Ukraine live: occupation officials empty frontline towns in Zaporizhzhia", dateline="Friday, 5 May", parse_args=["--date", "2023-05-05"],
  lede="Moscow-installed authorities order civilians out of 18 settlements; Wagner's chief threatens to leave Bakhmut.",
  notes="Invented outlet. Text live blog, OLDEST first; the date line 'Friday, 5 May' has no year and nothing else on the page names one: parse_args --date 2023-05-05. Bare 'HH:MM' Kyiv times (EEST, UTC+3, stated once). Sign-off '\u2014 NAME' after the body (author). Entry 05 is a photo teaser without body; entry 07 repeats entry 03 nearly verbatim (duplicate_of 7130-03). Entry 06 continues the day-1 Kremlin drone story with a new development (criminal case). " + D2,
  not_entries=["masthead and menu", "title, date line, 'All times are Kyiv time (EEST)'", "lede line under the title", "'\u2014 NAME' sign-offs (author)",
               "newsletter line 'Sign up for the Tallowburn morning email'", "closing line 'That's all for today ...' and footer"],
  entries=[
  E("2023-05-05 08:10", "Russian-installed governor orders evacuation of frontline towns",
    ["Yevgeny Balitsky, the official installed by Moscow in the occupied part of the Zaporizhzhia region, has ordered civilians to leave 18 settlements close to the front line, citing intensified Ukrainian shelling.",
     "The list includes Enerhodar, the town where staff of the Zaporizhzhia nuclear power plant live, as well as Vasylivka and Kamianka-Dniprovska."],
    "other", "humanitarian", 3, EVAC, a="Maryna Holub"),
  E("2023-05-05 10:25", "Overnight drones target Odesa; port building damaged",
    ["Russian drones struck an administrative building in the port area of Odesa overnight, the southern defence command said, adding that nobody was hurt."],
    "strikes", "strikes", 2, "odesa-drone-attack-2023-05-05"),
  E("2023-05-05 12:50", "Prigozhin threatens to pull Wagner out of Bakhmut by 10 May",
    ["The head of the Wagner group, Yevgeny Prigozhin, said his fighters would leave their positions in Bakhmut on 10 May because the Russian defence ministry had starved them of ammunition.",
     "He made the threat in a video recorded at night, standing in front of rows of bodies he said were his men."],
    "other", "frontline", 3, PRIG, a="Danylo Verkh", sec=["aid"]),
  E("2023-05-05 14:30", "More than 1,600 leave frontline towns, occupation officials say",
    ["Occupation authorities said 1,679 people, among them 660 children, had been moved out of the evacuation zone by the afternoon.",
     "Ukrainian officials called the move a forced deportation and said long queues of cars had formed on the roads towards Berdiansk and Crimea."],
    "other", "humanitarian", 3, EVAC, a="Maryna Holub"),
  E("2023-05-05 16:45", "Photos: queues of cars on the road out of Vasylivka", [], "other", "humanitarian", 1, EVAC,
    n="Photo teaser without body -> importance 1, story of the evacuation it shows."),
  E("2023-05-05 19:20", "Moscow's investigators open terrorism case over Kremlin drones",
    ["Russia's Investigative Committee said it had opened a criminal case for terrorism over the drones that Moscow says were aimed at the Kremlin on Wednesday."],
    "strikes", "strikes", 3, KREMLIN, a="Danylo Verkh",
    n="Continuation of the day-1 story " + KREMLIN + " with a new development (criminal case); keeps the day-1 slug."),
  E("2023-05-05 21:35", "Prigozhin threatens to pull Wagner out of Bakhmut by 10 May",
    ["The head of the Wagner group, Yevgeny Prigozhin, said his fighters would leave their positions in Bakhmut on 10 May because Russia's defence ministry had starved them of ammunition.",
     "He made the threat in a video recorded at night, standing in front of rows of bodies he said were his men."],
    "other", "frontline", 1, PRIG, a="Danylo Verkh", sec=["aid"], dup="7130-03", n="Near-verbatim repeat of 7130-03 -> importance 1."),
  ]))

SEEDS.append(dict(id="7131", name="7131_varrowdene-htmllive", ext="html", source="Varrowdene Live", zone="Europe/London", render=r_varrowdene,
  title="Russia-Ukraine war: Enerhodar among towns emptied as Wagner threatens Bakhmut exit", dateline="Friday 5 May 2023 \u00b7 all times UK time",
  lede="Moscow's appointees order an evacuation in the occupied south; the UN nuclear watchdog warns about the Zaporizhzhia plant.",
  notes="Invented outlet. HTML live page without JSON-LD, NEWEST first; '9.50pm' in a span above each h2 (no datetime attribute); the header line 'Friday 5 May 2023 \u00b7 all times UK time' gives the date and the zone (BST = UTC+1). Byline under the headline. Entry 04 is the day's theme piece (explainer). Entry 01 (IAEA warning on the plant) must not merge with the evacuation story (same place, different event). " + D2,
  not_entries=["cookie consent banner", "masthead and menu", "header date line and summary paragraph", "bylines (author)", "'Related' aside with two links", "'Load older posts' and footer"],
  entries=[
  E("2023-05-05 21:50", "IAEA chief warns of 'increasingly unpredictable' situation at Zaporizhzhia plant",
    ["The head of the UN nuclear watchdog, Rafael Grossi, said the situation around the Zaporizhzhia nuclear power plant was becoming unpredictable and potentially dangerous.",
     "His experts on site had heard frequent shelling nearby this week, he said, and he again urged Moscow and Kyiv to agree on measures to protect the plant."],
    "diplomacy", "diplomacy", 2, "iaea-zaporizhzhia-plant-warning-2023-05-05", a="Callum Ashdown", sec=["other"],
    n="UN agency statement -> diplomacy. Same place as the evacuation story but a different event: must not merge with " + EVAC + "."),
  E("2023-05-05 18:05", "Enerhodar among towns being emptied as occupiers widen evacuation",
    ["More than 3,100 people have now been moved out of towns near the front line in the Russian-held part of the Zaporizhzhia region, according to Moscow-appointed officials.",
     "Enerhodar, home to most of the nuclear plant's workers, is on the list of 18 places along with Tokmak and Polohy."],
    "other", "humanitarian", 3, EVAC, a="Priya Lennox"),
  E("2023-05-05 15:40", "Wagner boss says fighters will leave Bakhmut on 10 May",
    ["Yevgeny Prigozhin has said his mercenaries will hand their positions in Bakhmut over to the regular army next week, accusing defence chiefs of leaving his men without shells."],
    "other", "frontline", 3, PRIG, a="Callum Ashdown", sec=["aid"]),
  E("2023-05-05 13:10", "Explainer: Wagner and the defence ministry, a feud years in the making",
    ["Prigozhin's public quarrel with Defence Minister Sergei Shoigu and the chief of the general staff, Valery Gerasimov, long predates this week's video.",
     "He has accused them of incompetence since last autumn, while his fighters took on a growing share of the fighting around Bakhmut."],
    "other", "politics", 2, "explainer-wagner-defence-ministry-feud", a="Priya Lennox",
    n="Theme piece (explainer with body): own story, importance 2; must not merge with " + PRIG + "."),
  E("2023-05-05 10:30", "Drone strike sets fire at refinery in southern Russia",
    ["A fire broke out at an oil refinery in Russia's Krasnodar region after it was hit by a drone, local officials said, the latest in a string of such incidents.",
     "The blaze was put out within hours and no one was hurt."],
    "strikes", "strikes", 2, "krasnodar-refinery-drone-fire-2023-05", a="Callum Ashdown",
    n="Drone attack on Russian soil, different event from the Kremlin drone incident: must not merge."),
  ]))

SEEDS.append(dict(id="7132", name="7132_pellrigg-worldrss", ext="xml", source="Pellrigg World Wire", zone="Europe/Berlin", render=r_rss, rfc="offset",
  title="Pellrigg World Wire: World", url="https://pellrigg.example/world", lede="International news from the Pellrigg newsroom",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate with +0200 (CEST); no authors. Only two of six items are about the war. Spells 'Energodar' and 'Vasilyevka' (Russian forms). Entry 05 (Lavrov) continues the day-1 Kremlin drone story. " + D2,
  not_entries=["channel title, link, description and language"],
  entries=[
  OFF("2023-05-05 23:40", "US employers added 253,000 jobs in April",
      ["American employers added 253,000 jobs in April, more than economists had expected, and the unemployment rate fell to 3.4 percent, the Labor Department said."],
      "us-jobs-report-2023-05-05", n="US economy.", cat="Business"),
  E("2023-05-05 21:10", "Thousands leave frontline towns in occupied Zaporizhzhia region",
    ["Thousands of civilians have left towns in the Russian-occupied part of Ukraine's Zaporizhzhia region after Moscow-installed officials ordered an evacuation, citing Ukrainian shelling.",
     "The places affected include Energodar and Vasilyevka, according to the Russian-appointed administration."],
    "other", "humanitarian", 3, EVAC),
  OFF("2023-05-05 18:30", "Final preparations under way for King Charles's coronation",
      ["Crowds began camping along the Mall in London on Friday as final preparations were made for the coronation of King Charles III."],
      "coronation-preparations-2023-05", n="UK royal event.", cat="Europe"),
  OFF("2023-05-05 15:05", "India and Pakistan foreign ministers trade barbs in Goa",
      ["The foreign ministers of India and Pakistan exchanged sharp words on the sidelines of a regional security meeting in Goa, the first visit by a Pakistani foreign minister to India in years."],
      "sco-goa-india-pakistan-2023-05", n="South Asian diplomacy unrelated to the war.", cat="Asia"),
  E("2023-05-05 12:20", "Lavrov says Kremlin drone attack will get a 'concrete' response",
    ["Russia's foreign minister, Sergei Lavrov, said Moscow would answer what it calls an attack on the Kremlin with concrete actions rather than statements."],
    "strikes", "strikes", 3, KREMLIN, sec=["diplomacy"],
    n="Continuation of the day-1 story " + KREMLIN + " (new statement of response); keeps the day-1 slug."),
  OFF("2023-05-05 09:45", "Apple shares set to rise after strong iPhone sales",
      ["Apple shares were set to open higher after the company reported better-than-expected iPhone sales and announced a new share buyback."],
      "apple-quarterly-results-2023-05", n="US corporate news.", cat="Business"),
  ]))

SEEDS.append(dict(id="7133", name="7133_brisklow-atom", ext="xml", source="Brisklow Review", zone="Europe/Warsaw", render=r_atom,
  title="Brisklow Review \u2014 Ukraine", url="https://brisklow.example/ukraine", lede="Reporting and analysis from Warsaw on the war next door",
  updated="2023-05-05T22:30:00+02:00",
  notes="Invented outlet (same feed as 7123, one day later). Atom, newest first, +02:00. Entry 02 re-posts the day-1 entry 7123-04 with the same headline and text (re-post of day-1 entry: importance 1). Entry 01 continues the day-1 Kremlin drone story. " + D2,
  not_entries=["feed title, subtitle, links, id and updated"],
  entries=[
  E("2023-05-05 22:30", "Kremlin declines to say how it will respond to drone incident",
    ["Kremlin spokesman Dmitry Peskov declined on Friday to say what form Russia's response to the alleged drone attack would take, saying only that the decision belonged to the president."],
    "strikes", "strikes", 3, KREMLIN, a="Piotr Salski", sec=["diplomacy"], slug="kremlin-response",
    n="Continuation of the day-1 story " + KREMLIN + "; keeps the day-1 slug."),
  E("2023-05-05 19:00", "Poland signs deal to repair Ukrainian tanks",
    ["Polish state arms group PGZ has agreed to set up a workshop to repair Leopard tanks damaged in Ukraine, the Polish defence ministry said.",
     "The first vehicles are expected to arrive within weeks."],
    "aid", "aid", 1, "poland-leopard-repair-hub-2023-05", a="Agnieszka Wolny", slug="poland-leopard-repair-2",
    n="Re-post of day-1 entry 7123-04 (same headline and text, new timestamp) -> importance 1; duplicate_of stays null because the original is in another seed."),
  E("2023-05-05 15:15", "Prigozhin: 'We are leaving Bakhmut'",
    ["Wagner's founder announced in a video on Friday that his units would withdraw from Bakhmut next Wednesday, blaming the defence ministry for a shortage of artillery rounds."],
    "other", "frontline", 3, PRIG, a="Agnieszka Wolny", sec=["aid"], slug="prigozhin-leaving"),
  E("2023-05-05 11:00", "Border guards: Russian shelling hits villages in Sumy region",
    ["Russian artillery and mortars fired on several border villages in Ukraine's Sumy region overnight, damaging houses and a power line, the State Border Guard Service said."],
    "strikes", "strikes", 2, "sumy-border-shelling-2023-05-05", a="Piotr Salski", slug="sumy-shelling"),
  ]))

SEEDS.append(dict(id="7134", name="7134_quarrendon-article", ext="html", source="Quarrendon Times", zone="Europe/Kyiv", render=r_quarrendon,
  title="Occupied Zaporizhzhia empties frontline towns as Wagner issues ultimatum", byline="Selma Fairweather", pub="2023-05-05 20:15",
  lede="Russian-installed officials began moving civilians away from the southern front, while the Wagner chief gave Moscow five days to send shells.",
  notes="Invented outlet. HTML article with three h2 sections = three entries; NewsArticle JSON-LD; visible dateline '5 May 2023, 20:15 EEST' (17:15 UTC) used for every section (stamp null); page byline as author. Spells 'Kamianka-Dniprovska' and 'Enerhodar'. The inline 'Read more' promo is a related link. " + D2,
  not_entries=["header and navigation", "kicker 'War in Ukraine'", "byline and dateline", "standfirst paragraph", "inline promo 'Read more: How the Black Sea grain deal works'", "share line", "footer"],
  entries=[
  E("2023-05-05 20:15", "Occupation authorities move civilians out of 18 settlements",
    ["Moscow-appointed officials in the occupied south began moving civilians out of 18 settlements on Friday, including Kamianka-Dniprovska and Enerhodar, saying Ukrainian attacks had intensified.",
     "Ukraine's deputy prime minister, Iryna Vereshchuk, urged residents to head for Ukrainian-controlled territory instead."],
    "other", "humanitarian", 3, EVAC, a="Selma Fairweather"),
  E("2023-05-05 20:15", "Wagner's ultimatum over Bakhmut",
    ["Prigozhin set a 10 May deadline for pulling his fighters out of Bakhmut unless they received more ammunition.",
     "The defence ministry did not respond publicly."],
    "other", "frontline", 3, PRIG, a="Selma Fairweather", sec=["aid"]),
  E("2023-05-05 20:15", "Grain shipments slow as inspections stall",
    ["Inspections of ships using the Black Sea grain corridor have slowed sharply, Ukrainian officials said, accusing Russian inspectors of deliberate delays ahead of the deal's expiry on 18 May."],
    "diplomacy", "diplomacy", 2, "grain-corridor-inspection-slowdown-2023-05", a="Selma Fairweather"),
  ]))


# ============================================================ PART B, day 3: 2023-03-19 (UTC) - a separate day
D3 = "Day 3 (2023-03-19 UTC): 7140, 7141, 7142, 7143, 7144."
KOST = "kostiantynivka-shelling-2023-03-19"
MARI = "putin-mariupol-visit-2023-03-19"
GRAIN = "black-sea-grain-deal-extension-2023-03-18"
ICC = "icc-putin-warrant-reactions-2023-03"

SEEDS.append(dict(id="7140", name="7140_merrowick-textlive", ext="txt", source="Merrowick Daily", zone="Europe/Kyiv", render=r_merrowick,
  title="Ukraine latest: Putin in occupied Mariupol; shelling hits Kostiantynivka", dateline="Sunday 19 March 2023",
  lede="The Kremlin says the Russian president made a night visit to the occupied port, while Ukrainian officials report deadly shelling in the Donetsk region.",
  notes="Invented outlet. Text live blog, OLDEST first; stamps '10.40' (dot, 24 h) before the headline; Kyiv time (EET, UTC+2, said once); 'Author: NAME' after the body. Entry 03 is a photo teaser without body; entry 06 repeats entry 01 nearly verbatim (duplicate_of 7140-01). Entry 04 (Kramatorsk rocket, no deaths) is a different event from the Kostiantynivka shelling: must not merge. " + D3,
  not_entries=["masthead and menu", "title, date line and lede", "'Times shown are Kyiv time.'", "'Author: ...' lines (author)", "'Advertisement'", "Telegram line and footer"],
  entries=[
  E("2023-03-19 08:15", "Putin toured occupied Mariupol overnight, Kremlin says",
    ["Vladimir Putin made a night-time visit to Mariupol, his first trip to the occupied Ukrainian port since Russian forces captured it last May, the Kremlin said on Sunday morning.",
     "Russian state television showed him driving through the city and talking to residents of a new apartment block."],
    "other", "politics", 3, MARI, a="Taras Bilyk"),
  E("2023-03-19 10:40", "Two killed as shells hit Kostiantynivka",
    ["Russian shelling of Kostiantynivka in the Donetsk region killed two people and wounded three on Sunday morning, the regional governor, Pavlo Kyrylenko, said.",
     "Shells hit a school building and several private houses."],
    "strikes", "strikes", 3, KOST, a="Olena Savchuk"),
  E("2023-03-19 12:30", "Pictured: a damaged school in Kostiantynivka", [], "strikes", "strikes", 1, KOST,
    n="Photo teaser without body -> importance 1, story of the shelling it shows."),
  E("2023-03-19 14:05", "Kramatorsk: rocket damages apartment block, no deaths reported",
    ["A Russian rocket hit a five-storey apartment block in Kramatorsk around midday, city officials said, smashing windows but causing no deaths."],
    "strikes", "strikes", 2, "kramatorsk-rocket-strike-2023-03-19", a="Olena Savchuk",
    n="Same region and theme as the Kostiantynivka shelling, different event: must not merge."),
  E("2023-03-19 16:20", "Kostiantynivka toll rises to three",
    ["A third person has died from wounds suffered in this morning's shelling of Kostiantynivka, the Donetsk regional administration said."],
    "strikes", "strikes", 3, KOST, a="Olena Savchuk"),
  E("2023-03-19 18:45", "Putin toured occupied Mariupol overnight, Kremlin says",
    ["Vladimir Putin made a night-time visit to Mariupol, his first trip to the occupied Ukrainian port since Russian forces took it last May, the Kremlin said on Sunday morning.",
     "Russian state television showed him driving through the city and talking to residents of a new apartment block."],
    "other", "politics", 1, MARI, a="Taras Bilyk", dup="7140-01", n="Near-verbatim repeat of 7140-01 -> importance 1."),
  E("2023-03-19 20:30", "Kyiv: Moscow has no right to cut grain deal to 60 days",
    ["Ukraine's infrastructure minister, Oleksandr Kubrakov, said the agreement signed in Istanbul provided for a 120-day extension and that Russia could not shorten it on its own."],
    "diplomacy", "diplomacy", 3, GRAIN, a="Taras Bilyk"),
  ]))

SEEDS.append(dict(id="7141", name="7141_ashwater-htmllive", ext="html", source="Ashwater Bulletin", zone="Europe/London", render=r_ashwater,
  title="Russia-Ukraine war live: Kostyantynivka toll rises to four; Putin visits Mariupol", url="https://ashwater.example/world/live/2023/mar/19/russia-ukraine-war-live",
  dateline="Sun 19 Mar 2023", lede="Four dead after shelling in the Donetsk region; Kremlin releases footage of Putin in occupied Mariupol; dispute over the length of the grain deal.",
  notes="Invented outlet. HTML live page, NEWEST first. Its LiveBlogPosting JSON-LD gives every update the PAGE's headline and the page's datePublished (no per-update time), so the times must come from the visible '2.15pm GMT' inside <time datetime> (GMT = UTC in March before the clock change). Contributor name after the body (author). Entry 02 is the day's theme piece (explainer). Spells 'Kostyantynivka'. " + D3,
  not_entries=["masthead and menu", "standfirst and date line", "contributor lines (author)", "newsletter promo", "footer"],
  entries=[
  E("2023-03-19 21:05", "Kostyantynivka toll climbs to four",
    ["Four people have now died after Russian forces shelled Kostyantynivka on Sunday morning, according to Ukrainian officials in the Donetsk region.",
     "The town lies about 25 kilometres south-west of Bakhmut and has been shelled almost daily in recent weeks."],
    "strikes", "strikes", 3, KOST, a="Imogen Thwaite"),
  E("2023-03-19 18:40", "Explainer: how the Black Sea grain corridor works",
    ["Under the deal brokered by the UN and Turkey last July, cargo ships sail to and from three Ukrainian ports along an agreed route and are inspected off Istanbul by joint teams.",
     "More than 24 million tonnes of grain and other food have left Ukraine under the arrangement, which has to be renewed periodically."],
    "diplomacy", "diplomacy", 2, "explainer-black-sea-grain-corridor", a="Imogen Thwaite",
    n="Theme piece (explainer with body): own story, importance 2; must not merge with " + GRAIN + "."),
  E("2023-03-19 16:10", "German minister: Putin would be arrested if he came to Germany",
    ["Germany's justice minister, Marco Buschmann, said the country would be obliged to arrest Vladimir Putin and hand him to the International Criminal Court if he entered German territory."],
    "diplomacy", "diplomacy", 3, ICC, a="Rafe Colborne",
    n="Reaction to Friday's ICC arrest warrant; must not merge with the Mariupol visit (same person, different event)."),
  E("2023-03-19 13:25", "Putin's night drive through Mariupol",
    ["Footage released by the Kremlin shows Putin at the wheel of a car on the streets of Mariupol, stopping to look at rebuilt districts and a concert hall.",
     "Ukraine's foreign ministry said the visit was that of a criminal returning to the scene of his crimes."],
    "other", "politics", 3, MARI, a="Rafe Colborne"),
  E("2023-03-19 10:50", "Turkey says grain deal renewed for 120 days; Moscow says 60",
    ["The agreement allowing Ukraine to export grain by sea has been extended, but the parties disagree on how long for, with Turkey and Ukraine saying 120 days and Russia insisting on 60."],
    "diplomacy", "diplomacy", 3, GRAIN, a="Rafe Colborne"),
  E("2023-03-19 08:00", "Air force: 11 of 16 drones shot down overnight",
    ["Ukraine's air force said it destroyed 11 of the 16 Shahed drones that Russia launched overnight, mostly over the west of the country and the capital region."],
    "strikes", "strikes", 2, "overnight-drone-attack-2023-03-19", a="Imogen Thwaite"),
  ]))

SEEDS.append(dict(id="7142", name="7142_dunsparrow-worldatom", ext="xml", source="Dunsparrow World Desk", zone="UTC", render=r_atom,
  title="Dunsparrow World Desk", url="https://dunsparrow.example/world", lede="Top world stories", updated="2023-03-19T19:10:00Z",
  notes="Invented outlet. General world-news Atom feed, newest first, <published> in Z (UTC); no authors. Only two of six items are about the war. Spells 'Konstantinovka' (Russian form). " + D3,
  not_entries=["feed title, subtitle, links, id and updated"],
  entries=[
  OFF("2023-03-19 19:10", "UBS agrees to take over Credit Suisse in state-backed rescue",
      ["UBS will buy its troubled Swiss rival Credit Suisse for about three billion Swiss francs in a deal put together by the Swiss government over the weekend to calm financial markets."],
      "ubs-credit-suisse-takeover-2023-03-19", n="Swiss banking rescue.", slug="ubs-credit-suisse"),
  E("2023-03-19 17:55", "Germany says it would arrest Putin under ICC warrant",
    ["Germany would carry out the International Criminal Court's arrest warrant against the Russian president if he set foot on German soil, the country's justice minister told a newspaper."],
    "diplomacy", "diplomacy", 3, ICC, slug="germany-icc-putin"),
  OFF("2023-03-19 14:30", "French unions plan new strike day as pension anger grows",
      ["French unions called another nationwide day of strikes and protests after the government pushed its pension reform through without a final vote in parliament."],
      "france-pension-protests-2023-03", n="French domestic politics.", slug="france-pensions"),
  E("2023-03-19 11:05", "Russian shelling kills two in eastern Ukrainian town",
    ["Two civilians were killed and three wounded when Russian artillery hit Konstantinovka, a town in eastern Ukraine's Donetsk region, local officials said on Sunday."],
    "strikes", "strikes", 3, KOST, slug="konstantinovka-shelling"),
  OFF("2023-03-19 09:20", "Malawi counts the cost of Cyclone Freddy",
      ["Malawi's government said hundreds of people had died and hundreds of thousands had lost their homes after Cyclone Freddy brought days of torrential rain to the south of the country."],
      "cyclone-freddy-malawi-2023-03", n="weather disaster in Africa.", slug="malawi-freddy"),
  OFF("2023-03-19 06:45", "Twenty years after the invasion, Iraqis look back",
      ["Two decades after US-led forces invaded Iraq, many Iraqis say they are still waiting for the stability and prosperity they were promised."],
      "iraq-invasion-20th-anniversary", n="Iraq war anniversary feature.", slug="iraq-twenty-years"),
  ]))

SEEDS.append(dict(id="7143", name="7143_rhenwald-article", ext="txt", source="Rhenwald Courier", zone="Europe/Berlin", render=r_rhenwald,
  title="Putin's Mariupol trip, a grain deal dispute and angry farmers: the Sunday briefing", byline="Jana Hollerbach", pub="2023-03-19 17:40",
  lede="Three developments from the war and its side effects that mattered on Sunday.", more="Was der Haftbefehl gegen Putin bedeutet",
  notes="Invented outlet: English-language briefing with German site chrome ('Von NAME', 'Stand: 19.03.2023 17:40 Uhr', 'Lesezeit', 'Teilen', 'Mehr zum Thema'). Three section headings = three entries; stamp null; published = the 'Stand' time (Berlin CET, UTC+1) = 16:40 UTC; page byline as author. Section 03 (Polish farmers' protest) must not merge with the grain-deal extension (same theme, different event). " + D3,
  not_entries=["masthead and breadcrumb 'Startseite > Ausland > Ukraine'", "title", "'Von Jana Hollerbach' (author), 'Stand: ...' and 'Lesezeit: 3 Min.'", "lede line", "'Teilen' and 'Mehr zum Thema: ...' related link", "footer"],
  entries=[
  E("2023-03-19 17:40", "Putin in Mariupol",
    ["Russia's president travelled to Mariupol under cover of darkness, according to the Kremlin, on his first visit to any of the Ukrainian land Russia has seized since February 2022.",
     "Kyiv said the trip was staged for television."],
    "other", "politics", 3, MARI, a="Jana Hollerbach"),
  E("2023-03-19 17:40", "Grain deal: 60 or 120 days?",
    ["The Black Sea grain agreement did not lapse on Saturday, but Moscow and Kyiv are telling different stories about how long it has been extended for.",
     "Turkey, which helped broker the deal, has not published the text of the extension."],
    "diplomacy", "diplomacy", 3, GRAIN, a="Jana Hollerbach"),
  E("2023-03-19 17:40", "Polish farmers protest against Ukrainian grain",
    ["Farmers in eastern Poland blocked roads with tractors to protest against cheap Ukrainian grain, which they say has pushed down local prices since the EU lifted duties on it last year."],
    "other", "politics", 2, "polish-farmers-grain-protest-2023-03", a="Jana Hollerbach", sec=["diplomacy"],
    n="Same theme (grain) as the deal extension, different event: must not merge with " + GRAIN + "."),
  ]))

SEEDS.append(dict(id="7144", name="7144_vexbury-wirerss", ext="xml", source="Vexbury Wire", zone="America/New_York", render=r_rss, rfc="offset",
  title="Vexbury Wire \u2014 Russia-Ukraine", url="https://vexbury.example/russia-ukraine", lede="Wire coverage of the war in Ukraine",
  notes="Invented outlet. RSS 2.0 wire feed, newest first, pubDate with -0400 (New York EDT; US clocks changed on 12 March, Europe's not yet); dc:creator per item (author). " + D3,
  not_entries=["channel title, link, description and language"],
  entries=[
  E("2023-03-19 15:20", "Kremlin sets out Xi's schedule for Moscow visit",
    ["Chinese leader Xi Jinping will have an informal dinner with Vladimir Putin on Monday and hold formal talks on Tuesday, Putin's foreign policy adviser said."],
    "diplomacy", "diplomacy", 2, "xi-moscow-visit-2023-03-20", a="Dana Whitcombe"),
  E("2023-03-19 11:45", "Shelling toll rises to four in Kostiantynivka",
    ["The number of people killed by Russian shelling in Kostiantynivka rose to four on Sunday after another of the wounded died, Donetsk regional authorities said."],
    "strikes", "strikes", 3, KOST, a="Mykola Dorosh"),
  E("2023-03-19 07:30", "Moscow insists grain deal extended for 60 days only",
    ["Russia's foreign ministry said it had agreed to extend the Black Sea grain deal for 60 days, not 120, and that any further renewal would depend on progress for Russia's own exports."],
    "diplomacy", "diplomacy", 3, GRAIN, a="Dana Whitcombe"),
  E("2023-03-19 02:10", "Putin makes first visit to occupied Mariupol",
    ["Vladimir Putin has visited the Ukrainian city of Mariupol, which Russia captured after a months-long siege, Russian state media reported on Sunday."],
    "other", "politics", 3, MARI, a="Mykola Dorosh"),
  ]))


# ============================================================ emit
BASIS = {
  "r_abilene": "no per-section time; the page line 'Published {pt}' (CT = CST, UTC-6) is used for every section; the later 'Updated' time is a page revision",
  "r_odessa": "pubDate '{s}' (explicit +0000); local day {d} in the outlet's Central time",
  "r_tyler": "relative stamp '{s}'; the exact time is the card's <time datetime> attribute ({d}, CST = UTC-6)",
  "r_lincoln": "no per-section time; the article datePublished (visible 'Mar 7, 2023'; <time datetime> and JSON-LD 05:14 CST = UTC-6) is used for every section",
  "r_bismarck": "pubDate '{s}' (explicit offset; CST -0600 before the 12 March DST switch, CDT -0500 after)",
  "r_missoulian": "time line '{s}' in EDT (stated in the intro line, UTC-4); date from the page's 'Mar 30, 2023' / 'Updated Mar 31, 2023' and the newest-first order crossing midnight: {d}",
  "r_wte": "no per-brief time; the article time (visible 'Apr 25, 2023'; <time datetime> and JSON-LD 16:30 MDT = UTC-6) is used for every brief",
  "r_pueblo": "stamp '{s}' (MT = MDT, UTC-6) on the page's date {d} from the 'Published ... April 15, 2023' line; JSON-LD update time agrees",
  "r_rg": "stamp '{s}' (PT = PDT, UTC-7) under the day divider for {d} (no year printed; parse_args --date 2023-04-29)",
  "r_mailtribune": "stamp '{s}' (month/day/year, 12 h); no zone printed, Pacific time implied by the outlet (PST = UTC-8)",
  "r_fenwarrow": "stamp '{s}' under the date line for {d}; BST = UTC+1 (stated on the page)",
  "r_gellimore": "stamp '{s}' with <time datetime> (+03:00) on {d}; JSON-LD update time agrees",
  "r_rss": "pubDate '{s}' (explicit zone)",
  "r_atom": "<published> '{s}' (explicit offset)",
  "r_cindermere": "no per-section time; the dateline 'Published 4 May 2023, 19:05 (Kyiv time)' (EEST = UTC+3) is used for every section",
  "r_tallowburn": "stamp '{s}' under the date line 'Friday, 5 May' (no year; parse_args --date 2023-05-05); Kyiv EEST = UTC+3 (stated on the page)",
  "r_varrowdene": "stamp '{s}' (12 h) on the header date {d}; UK time as stated in the header, BST = UTC+1",
  "r_quarrendon": "no per-section time; the dateline '5 May 2023, 20:15 EEST' (UTC+3) is used for every section; JSON-LD datePublished agrees",
  "r_merrowick": "stamp '{s}' under the date line for {d}; Kyiv time as stated (EET = UTC+2)",
  "r_ashwater": "stamp '{s}' with <time datetime> on {d}; the JSON-LD update dates are the page's and are ignored",
  "r_rhenwald": "no per-section time; 'Stand: 19.03.2023 17:40 Uhr' (Berlin CET = UTC+1) is used for every section",
}
NEWEST_FIRST = {"7101", "7102", "7104", "7105", "7107", "7109", "7120", "7122", "7123", "7131", "7132", "7133", "7141", "7142", "7144"}
OLDEST_FIRST = {"7108", "7121", "7130", "7140"}


def main():
    for sub in ("seeds", "gold"):
        os.makedirs(os.path.join(ROOT, sub), exist_ok=True)
        for f in os.listdir(os.path.join(ROOT, sub)):
            os.remove(os.path.join(ROOT, sub, f))
    total = 0
    for S in SEEDS:
        times = [dt(e["t"], S["zone"]) for e in S["entries"]]
        if S["id"] in NEWEST_FIRST:
            assert times == sorted(times, reverse=True), S["id"]
        if S["id"] in OLDEST_FIRST:
            assert times == sorted(times), S["id"]
        text, stamps = S["render"](S)
        fn = f"{S['name']}.{S['ext']}"
        with open(os.path.join(ROOT, "seeds", fn), "w", encoding="utf-8") as fh:
            fh.write(text)
        rname = S["render"].__name__
        ents = []
        for i, e in enumerate(S["entries"]):
            d = dt(e["t"], S["zone"]); u = d.astimezone(UTC)
            fs = first_sentence(e["p"][0]) if e["p"] else None
            if fs:
                assert len(fs) > 40 and not re.search(r"\b(U\.S|Mr|Gen|St|a\.m|p\.m|No)\.$", fs), (S["id"], fs)
            pt = f"{ap_time(dt(S['pub'], S['zone']))} CT {ap_date(dt(S['pub'], S['zone']))}" if rname == "r_abilene" else ""
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                         "published_basis": BASIS[rname].format(s=stamps[i], d=d.strftime("%Y-%m-%d"), pt=pt),
                         "author": e["a"],
                         "first_sentence": fs,
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

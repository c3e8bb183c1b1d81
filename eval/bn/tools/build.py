#!/usr/bin/env python3
"""Builds eval/bn seeds and gold files from one hand-written data table (below).
All news text is invented or paraphrased by the blind tester; Part B outlets are invented. Deterministic.
Run from the project root: python3 eval/bn/tools/build.py"""
import html, json, os, re
from datetime import datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
AP_MON = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBR = ("Mr.", "Mrs.", "Ms.", "Dr.", "St.", "Sen.", "Rep.", "Gov.", "Gen.", "Lt.", "Col.", "U.S.", "U.N.", "a.m.", "p.m.",
        "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=None):
    """t: local time in the page zone; h: headline or None; p: body paragraphs; dup: 1-based page position of the original."""
    return dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)


def OFF(t, h, p, st, a=None, n=""):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n)


def first_sentence(par):
    for m in re.finditer(r'[.!?]["\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018]|$)', par):
        head = par[:m.end()]
        if head.endswith(ABBR):
            continue
        assert len(head) >= 30, head
        return head
    return par


def esc(s):
    return html.escape(s, quote=False)


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def ap_time(d):  # AP style: 6:12 a.m.
    return f"{d.hour % 12 or 12}:{d.minute:02d} {'a.m.' if d.hour < 12 else 'p.m.'}"


def ap_date(d, year=True):  # AP style: Aug. 5, 2023 / July 13, 2023
    return f"{AP_MON[d.month - 1]} {d.day}" + (f", {d.year}" if year else "")


def pm(d):  # 4:10 PM
    return f"{d.hour % 12 or 12}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def order_check(S, newest_first):
    ts = [dt(e["t"], S["zone"]) for e in S["entries"]]
    want = sorted(ts, reverse=newest_first)
    assert ts == want, (S["id"], "entries must be listed " + ("newest" if newest_first else "oldest") + " first")


# ============================================================ Part A renderers (layouts of real outlets; own wording)

GANNETT_FOOT = ["About Us", "Newsroom Staff", "Contact Us", "Terms of Service", "Privacy Policy", "Your Privacy Choices", "Site Map", "Accessibility"]


def r_erie(S):  # Gannett / USA TODAY Network article copied as text; sections under subheads; one byline; Published | Updated line (ET)
    z = S["zone"]; p0 = dt(S["pub"], z); u0 = dt(S["upd"], z)
    L = ["Skip to main content", "Erie Times-News", "Subscribe", "Sign In", "", "Local", "Sports", "Things to Do", "Opinion", "Obituaries",
         "eNewspaper", "Legals", "", "WORLD", "Add Topic", "", S["title"], "", S["byline"], "USA TODAY", "",
         f"Published {ap_time(p0)} ET {ap_date(p0)} | Updated {ap_time(u0)} ET {ap_date(u0)}", "", "Show Caption", "Hide Caption", "",
         S["caption"], "", ""] + ptxt(S["lede"])
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
    L += ["Contributing: The Associated Press", "", "This article originally appeared on USA TODAY: " + S["title"], "",
          "Sign up for the Erie Times-News Daily Briefing newsletter", "", "More: " + S["more"], ""] + GANNETT_FOOT + [
          "", "\u00a9 2023 www.goerie.com. All rights reserved."]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_asheville(S):  # Gannett live blog, HTML; JSON-LD LiveBlogPosting with per-update times; newest first; "5:15 p.m. ET" before h2; day dividers without year
    z = S["zone"]; order_check(S, True)
    ds = [dt(e["t"], z) for e in S["entries"]]
    first, last = ds[-1], ds[0]
    ups = [{"@type": "BlogPosting", "headline": e["h"], "datePublished": d.isoformat(), "author": {"@type": "Person", "name": e["a"].split(",")[0]},
            "articleBody": " ".join(e["p"])} for e, d in zip(S["entries"], ds)]
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": S["title"], "url": S["url"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "publisher": {"@type": "Organization", "name": "Asheville Citizen-Times"}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body class="gnt_pg">',
           '<header class="gnt_n"><a class="gnt_n_logo" href="/">Asheville Citizen-Times</a><nav class="gnt_n_mn"><a href="/news/">News</a> <a href="/sports/">Sports</a> '
           '<a href="/entertainment/">Entertainment</a> <a href="/opinion/">Opinion</a> <a href="/obituaries/">Obituaries</a> <a href="/e-edition/">eNewspaper</a> <a href="/legals/">Legals</a></nav>'
           '<a class="gnt_n_us_a" href="/subscribe/">Subscribe</a> <a class="gnt_n_us_a" href="/signin/">Sign In</a></header>',
           '<main><article class="gnt_lb"><p class="gnt_ar_lbl">LIVE</p>', f'<h1 class="gnt_ar_hl">{esc(S["title"])}</h1>',
           f'<div class="gnt_ar_dt">Published {ap_time(first)} ET {ap_date(first)} | Updated {ap_time(last)} ET {ap_date(last)}</div>',
           '<div class="gnt_ss"><a>Facebook</a> <a>Twitter</a> <a>Email</a></div>', f'<p class="gnt_ar_b_p">{esc(S["lede"])}</p>']
    stamps = []; cur = None
    for i, (e, d) in enumerate(zip(S["entries"], ds)):
        day = f"{DAYS[d.weekday()]}, {ap_date(d, year=False)}"
        if day != cur:
            cur = day; out.append(f'<h3 class="gnt_lb_day">{day}</h3>')
        st = f"{ap_time(d)} ET"; stamps.append(st)
        out.append(f'<div class="gnt_lb_post" id="post-{i + 1}"><time class="gnt_lb_ts" datetime="{d.isoformat()}">{st}</time>'
                   f'<h2 class="gnt_lb_hl">{esc(e["h"])}</h2><div class="gnt_lb_by">{esc(e["a"])}</div>')
        out += [f'<p class="gnt_ar_b_p">{esc(p)}</p>' for p in e["p"]]
        out.append('<div class="gnt_lb_sh">Share this post</div></div>')
        if i == 2:
            out.append('<aside class="gnt_em_nl">Get the News Alerts newsletter in your inbox. <input type="email" placeholder="Your email"> <button>Sign Up</button></aside>')
    out += ['<p class="gnt_ar_b_p">Contributing: The Associated Press</p></article></main>',
            '<footer class="gnt_f">' + " | ".join(GANNETT_FOOT) + ' <p>\u00a9 2023 www.citizen-times.com. All rights reserved.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_macon(S):  # McClatchy section listing copied as text; newest first; kicker, headline, summary, "By NAME Associated Press", "UPDATED AUGUST 14, 2023 4:10 PM"
    z = S["zone"]; order_check(S, True)
    L = ["Skip to content", "Macon Telegraph Logo", "Sections", "Subscribe", "Log In", "", "Local", "Sports", "Business", "Opinion", "Obituaries",
         "eEdition", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = ("UPDATED " if e.get("upd", True) else "") + f"{MONTHS[d.month - 1].upper()} {d.day}, {d.year} {pm(d)}"; stamps.append(st)
        L += [e["kicker"], e["h"], ""] + ptxt(e["p"]) + [e["by"], st, ""]
        if i == 2:
            L += ["Take Us With You", "Real-time updates and all local stories you want right in the palm of your hand.", "Macon Telegraph App", ""]
    L += ["Load More", "", "View Newsletters", "Subscriptions", "Start a Subscription", "Customer Service", "eEdition", "",
          "Copyright", "Commenting Policy", "Privacy Policy", "Terms of Service"]
    return "\n".join(L) + "\n", stamps


def r_montgomery(S):  # Gannett live blog copied as text; OLDEST first; headline, then author line, then "6:15 a.m. CT" (stamp after headline)
    z = S["zone"]; order_check(S, False)
    ds = [dt(e["t"], z) for e in S["entries"]]; p0 = dt(S["pub"], z)
    L = ["Skip to main content", "Montgomery Advertiser", "Subscribe", "Sign In", "", "News", "Sports", "Legislature", "Opinion", "Obituaries",
         "eNewspaper", "Legals", "", "LIVE", S["title"], "", f"Published {ap_time(p0)} CT {ap_date(p0)} | Updated {ap_time(ds[-1])} CT {ap_date(ds[-1])}", "",
         S["lede"], "", "Show Caption", "Hide Caption", S["caption"], ""]
    stamps = []
    for i, (e, d) in enumerate(zip(S["entries"], ds)):
        st = f"{ap_time(d)} CT"; stamps.append(st)
        L += [e["h"], e["a"], st, ""] + ptxt(e["p"])
        if i == 2:
            L += ["Sign up for the Montgomery Advertiser Daily Briefing newsletter", ""]
    L += ["Load More Posts", ""] + GANNETT_FOOT + ["", "\u00a9 2023 www.montgomeryadvertiser.com. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_lubbock(S):  # Gannett timeline article, HTML; items are time-labelled paragraphs (<strong>2:20 a.m.</strong>), NO headlines; oldest first; NewsArticle JSON-LD
    z = S["zone"]; order_check(S, False)
    p0 = dt(S["pub"], z)
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": p0.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
          "dateModified": p0.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), "author": [{"@type": "Person", "name": S["byline"]}],
          "publisher": {"@type": "Organization", "name": "Lubbock Avalanche-Journal"}, "articleSection": "world"}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body class="gnt_pg">',
           '<header class="gnt_n"><a class="gnt_n_logo" href="/">Lubbock Avalanche-Journal</a><nav class="gnt_n_mn"><a href="/news/">News</a> <a href="/sports/">Sports</a> '
           '<a href="/sports/college/texas-tech/">Red Raiders</a> <a href="/opinion/">Opinion</a> <a href="/obituaries/">Obituaries</a> <a href="/e-edition/">eNewspaper</a></nav>'
           '<a class="gnt_n_us_a" href="/subscribe/">Subscribe</a> <a class="gnt_n_us_a" href="/signin/">Sign In</a></header>',
           '<main><article><p class="gnt_ar_lbl">WORLD</p>', f'<h1 class="gnt_ar_hl">{esc(S["title"])}</h1>',
           f'<div class="gnt_ar_by"><a class="gnt_ar_by_a">{esc(S["byline"])}</a> USA TODAY</div>',
           f'<div class="gnt_ar_dt">Published {ap_time(p0)} CT {ap_date(p0)}</div>',
           '<figure><figcaption>' + esc(S["caption"]) + '</figcaption></figure>', f'<p class="gnt_ar_b_p">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ap_time(d); stamps.append(st)
        out.append(f'<p class="gnt_ar_b_p"><strong>{st}</strong> {esc(e["p"][0])}</p>')
        out += [f'<p class="gnt_ar_b_p">{esc(p)}</p>' for p in e["p"][1:]]
        if i == 2:
            out.append('<aside class="gnt_em_nl">Get the Daily Briefing newsletter. <button>Sign Up</button></aside>')
    out += ['<p class="gnt_ar_b_p">Contributing: The Associated Press</p></article></main>',
            '<footer class="gnt_f">' + " | ".join(GANNETT_FOOT) + ' <p>\u00a9 2023 www.lubbockonline.com. All rights reserved.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_argus(S):  # Gannett section front (World) in HTML; cards with headline, promo text, author and "5:40 p.m. CT Dec. 11, 2023"; newest first
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title></head><body class="gnt_pg">',
           '<header class="gnt_n"><a class="gnt_n_logo" href="/">Argus Leader</a><nav class="gnt_n_mn"><a href="/news/">News</a> <a href="/sports/">Sports</a> '
           '<a href="/news/politics/">Politics</a> <a href="/opinion/">Opinion</a> <a href="/obituaries/">Obituaries</a> <a href="/e-edition/">eNewspaper</a> <a href="/legals/">Legals</a></nav>'
           '<a class="gnt_n_us_a" href="/subscribe/">Subscribe</a> <a class="gnt_n_us_a" href="/signin/">Sign In</a></header>',
           f'<main><h1 class="gnt_sf_hl">{esc(S["h1"])}</h1><div class="gnt_m_flm">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ap_time(d)} CT {ap_date(d)}"; stamps.append(st)
        out.append(f'<a class="gnt_m_flm_a" href="/story/news/world/{i + 7101}/"><div class="gnt_m_flm_hl">{esc(e["h"])}</div>'
                   + "".join(f'<div class="gnt_m_flm_sbt">{esc(p)}</div>' for p in e["p"])
                   + f'<div class="gnt_sbt"><span class="gnt_sbt_au">{esc(e["a"])}</span> <span class="gnt_sbt_ts">{st}</span></div></a>')
        if i == 3:
            out.append('<aside class="gnt_em_nl">Sign up for the Argus Leader Daily Briefing newsletter <input type="email"> <button>Sign Up</button></aside>')
    out += ['</div><a class="gnt_m_flm_more">Load More</a></main>',
            '<footer class="gnt_f">' + " | ".join(GANNETT_FOOT) + ' <p>\u00a9 2023 www.argusleader.com. All rights reserved.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_casper(S):  # BLOX (TownNews) RSS 2.0; pubDate with the Mountain offset (-0600); dc:creator "By NAME Associated Press"; HTML description; enclosure
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:georss="http://www.georss.org/georss" '
           'xmlns:media="http://search.yahoo.com/mrss/" xmlns:content="http://purl.org/rss/1.0/modules/content/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<link>https://trib.com/search/?f=rss&amp;t=article&amp;c=news/world&amp;l=50&amp;s=start_time&amp;sd=desc</link>',
           '<atom:link href="https://trib.com/search/?f=rss&amp;t=article&amp;c=news/world&amp;l=50&amp;s=start_time&amp;sd=desc" rel="self" type="application/rss+xml" />',
           '<description>Casper Star-Tribune world news</description>', '<generator>TNCMS 1.71.4</generator>',
           '<docs>http://www.rssboard.org/rss-specification</docs>', '<ttl>30</ttl>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%a, %d %b %Y %H:%M:%S %z"); stamps.append(st)
        u = f"https://trib.com/news/world/article_{e['uuid']}.html"
        out += ["<item>", f"<title>{esc(e['h'])}</title>", "<description><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></description>",
                f"<pubDate>{st}</pubDate>", f'<guid isPermaLink="false">{e["uuid"]}</guid>', f"<link>{u}</link>",
                f"<dc:creator>{esc(e['by'])}</dc:creator>", f'<enclosure url="https://bloximages.chicago2.vip.townnews.com/trib.com/content/tncms/assets/v3/editorial/{e["uuid"][:1]}/{e["uuid"][:2]}/{e["uuid"]}/image.jpg" length="101234" type="image/jpeg" />',
                f"<category>{e.get('cat', 'World')}</category>", "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_yakima(S):  # BLOX article copied as text: "The latest" items separated by "___", a bare "4:20 p.m." line, dateline-led paragraphs, NO headlines; newest first; zone implied (Pacific)
    z = S["zone"]; order_check(S, True)
    d0 = dt(S["entries"][0]["t"], z)
    L = ["Skip to main content", "Yakima Herald-Republic", "", "Site search", "Search", "", "News", "Sports", "Opinion", "Obituaries", "Calendar",
         "Classifieds", "e-Edition", "", "Subscribe", "Log In", "", "World", "", S["title"], "", S["byline"], "",
         f"{MONTHS[d0.month - 1][:3]} {d0.day}, {d0.year}", "", "Facebook", "Twitter", "WhatsApp", "SMS", "Email", "Print", "Copy article link", "Save", "",
         S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ap_time(d); stamps.append(st)
        L += ["___", "", st, ""] + ptxt(e["p"])
        if i == 2:
            L += ["Be the first to know", "Get local news delivered to your inbox!", "Sign up!", ""]
    L += ["___", "", "The Associated Press contributed to this report.", "", "Tags", "Russia-ukraine War", "Grain", "Agriculture", "Black Sea", "",
          "Most Popular", "Related to this story", "", "\u00a9 Copyright 2023 Yakima Herald-Republic, 114 N. 4th St. Yakima, WA | Terms of Use | Privacy Policy"]
    return "\n".join(L) + "\n", stamps


def r_modesto(S):  # McClatchy live updates page, HTML; newest first; day dividers "FRIDAY, OCT. 20" (no year anywhere); "3:50 PM" above h3; "By NAME"
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Modesto Bee</title></head><body>',
           '<header class="masthead"><a class="logo" href="/">The Modesto Bee</a><nav><a href="/news/local/">Local</a> <a href="/sports/">Sports</a> '
           '<a href="/news/local/crime/">Crime</a> <a href="/news/business/">Business</a> <a href="/opinion/">Opinion</a> <a href="/obituaries/">Obituaries</a> '
           '<a href="/eedition/">eEdition</a></nav><a class="subscribe" href="/subscribe/">Subscribe</a> <a href="/login/">Log In</a></header>',
           '<main><div class="kicker">LIVE UPDATES</div>', f'<h1 class="h1">{esc(S["title"])}</h1>',
           f'<div class="byline">By {esc(S["byline"])}</div>', '<button class="listen">Listen to this article</button>',
           f'<p class="summary">{esc(S["lede"])}</p>']
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        day = f"{DAYS[d.weekday()].upper()}, {AP_MON[d.month - 1].upper()} {d.day}"
        if day != cur:
            cur = day; out.append(f'<h2 class="live-day">{day}</h2>')
        st = pm(d); stamps.append(st)
        out.append(f'<section class="live-post"><div class="live-time">{st}</div><h3>{esc(e["h"])}</h3><p class="live-by">By {esc(e["a"])}</p>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append("</section>")
        if i == 1:
            out.append('<aside class="newsletter">Sign up for our newsletters. <a href="/newsletters/">View Newsletters</a></aside>')
    out += ['<div class="read-next">READ NEXT</div><a href="/news/local/article277001.html">Stanislaus County supervisors weigh new housing plan</a></main>',
            '<footer><a>Copyright</a> <a>Commenting Policy</a> <a>Privacy Policy</a> <a>Terms of Service</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_pressdemocrat(S):  # WordPress RSS 2.0; pubDate in +0000; dc:creator CDATA; excerpt with [&#8230;] + content:encoded
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" '
           'xmlns:slash="http://purl.org/rss/1.0/modules/slash/">', '<channel>',
           f'<title>{S["title_raw"]}</title>', '<atom:link href="https://www.pressdemocrat.com/news/world/feed/" rel="self" type="application/rss+xml" />',
           '<link>https://www.pressdemocrat.com</link>', '<description>Santa Rosa and Sonoma County news</description>',
           f'<lastBuildDate>{S["build"]}</lastBuildDate>', '<language>en-US</language>', '<sy:updatePeriod>hourly</sy:updatePeriod>',
           '<sy:updateFrequency>1</sy:updateFrequency>', '<generator>https://wordpress.org/?v=6.3.1</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        u = dt(e["t"], z).astimezone(UTC); st = u.strftime("%a, %d %b %Y %H:%M:%S +0000"); stamps.append(st)
        excerpt = e["p"][0][:150].rsplit(" ", 1)[0] + " [&#8230;]"
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>https://www.pressdemocrat.com/article/news/{e['slug']}/</link>",
                f"<dc:creator><![CDATA[{e['a']}]]></dc:creator>", f"<pubDate>{st}</pubDate>", f"<category><![CDATA[{e.get('cat', 'News')}]]></category>",
                f'<guid isPermaLink="false">https://www.pressdemocrat.com/?p={i + 1388120}</guid>',
                f"<description><![CDATA[{excerpt}]]></description>",
                "<content:encoded><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></content:encoded>", "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


# ============================================================ Part B renderers (invented outlets)

def r_velmstead(S):  # text live, newest first; date line without year; "All times are Kyiv time"; Key Points; bare "19:10" line BEFORE headline; "— NAME" after body
    z = S["zone"]; order_check(S, True)
    L = ["VELMSTEAD COURIER", "News | Ukraine | Europe | Opinion | Podcasts", "", S["title"], S["dayline"], "All times are Kyiv time (EEST)", "",
         "Key Points"] + ["- " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"\u2014 {e['a']}", ""]
        if i == 2:
            L += ["Advertisement", ""]
    L += ["Show older posts", "", "Velmstead Courier \u00b7 About \u00b7 Contact \u00b7 Cookie settings"]
    return "\n".join(L) + "\n", stamps


def r_brindlemark(S):  # HTML live, OLDEST first; LiveBlogPosting JSON-LD with per-update times; day dividers; "8:40 p.m. ET" <time> above h2; "By NAME"
    z = S["zone"]; order_check(S, False)
    ds = [dt(e["t"], z) for e in S["entries"]]
    ups = []
    for i, (e, d) in enumerate(zip(S["entries"], ds)):
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#update-{i + 1}", "headline": e["h"], "datePublished": d.isoformat(), "articleBody": "\n\n".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": ds[0].isoformat(),
          "dateModified": ds[-1].isoformat(), "coverageStartTime": ds[0].isoformat(), "liveBlogUpdate": ups}
    last = ds[-1]
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | Brindlemark Daily</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<header><a href="/">Brindlemark Daily</a> <nav><a href="/world">World</a> <a href="/us">U.S.</a> <a href="/ukraine">Ukraine</a> <a href="/newsletters">Newsletters</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="updated">Updated {MONTHS[last.month - 1]} {last.day}, {last.year}, {ap_time(last)} ET</p>',
           f'<p class="dek">{esc(S["lede"])}</p>']
    stamps = []; cur = None
    for i, (e, d) in enumerate(zip(S["entries"], ds)):
        day = f"{DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}"
        if day != cur:
            cur = day; out.append(f'<h3 class="day">{day}</h3>')
        st = f"{ap_time(d)} ET"; stamps.append(st)
        out.append(f'<article class="update" id="update-{i + 1}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>'
                   + (f'<p class="by">By {esc(e["a"])}</p>' if e["a"] else ""))
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append("</article>")
    out += ["<p class=\"end\">This live coverage has ended. Follow our continuing coverage on the Ukraine page.</p></main>",
            "<footer>Brindlemark Daily \u00b7 Contact \u00b7 Ethics policy \u00b7 Privacy</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_rss(S):  # RSS 2.0 feed, newest first; pubDate with the outlet's offset (S['rfc']: 'GMT' or numeric); CDATA paragraphs; optional author
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>', f"<title>{esc(S['title'])}</title>",
           f"<link>{S['url']}</link>", f"<description>{esc(S['lede'])}</description>", "<language>en</language>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if S["rfc"] == "GMT" else d.strftime("%z")); stamps.append(st)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{S['url']}/news/{i + 8801}</link>", f"<guid>{S['url']}/news/{i + 8801}</guid>",
                f"<pubDate>{st}</pubDate>"] + ([f"<dc:creator>{esc(e['a'])}</dc:creator>"] if e["a"] else []) + [
                f"<category>{e.get('cat', 'World')}</category>",
                "<description><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></description>", "</item>"]
    out += ["</channel></rss>"]
    return "\n".join(out) + "\n", stamps


def r_atom(S):  # Atom 1.0, newest first; <published> with the outlet's offset (or Z); escaped HTML content; author per entry
    z = S["zone"]; order_check(S, True)
    ds = [dt(e["t"], z) for e in S["entries"]]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f"<title>{esc(S['title'])}</title>",
           f"<subtitle>{esc(S['lede'])}</subtitle>", f'<link href="{S["url"]}"/>', f"<id>{S['url']}/feed</id>",
           f"<updated>{ds[0].isoformat().replace('+00:00', 'Z')}</updated>"]
    stamps = []
    for i, (e, d) in enumerate(zip(S["entries"], ds)):
        st = d.isoformat().replace("+00:00", "Z"); stamps.append(st)
        out += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link href="{S["url"]}/a/{i + 611}"/>', f"<id>{S['url']}/a/{i + 611}</id>",
                f"<published>{st}</published>", f"<updated>{st}</updated>"]
        if e["a"]:
            out.append(f"<author><name>{esc(e['a'])}</name></author>")
        if e["p"]:
            out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</content>")
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


def r_textarticle(S):  # text article: title, byline, dateline with time and zone, section headings; one entry per section; stamp null
    L = [S["source"].upper(), "World \u203a Europe", "", S["title"], "", f"By {S['byline']}", S["dateline"], "", S["lede"], ""]
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
    L += ["Share this article", "Read more: " + S["more"], "", f"\u00a9 2023 {S['source']}"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_tarrowmoor(S):  # HTML live without JSON-LD; cookie banner; "18:30 BST" span ABOVE h2; "By NAME" below h2; newest first
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | Tarrowmoor Live</title></head><body>",
           '<div id="cookie-notice">We use cookies to improve your experience. <button>Accept all</button> <button>Manage preferences</button></div>',
           '<header>Tarrowmoor Live <nav><a>Home</a> <a>UK</a> <a>World</a> <a>Ukraine</a> <a>Sport</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="date">{esc(S["dayline"])}</p>', f'<p class="summary">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} BST"; stamps.append(st)
        out.append(f'<section class="entry"><span class="stamp">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="byline">By {esc(e["a"])}</p>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append("</section>")
        if i == 2:
            out.append('<aside class="related"><h3>Related</h3><a href="/explainers/black-sea-corridor">How Ukraine\u2019s new shipping corridor works</a></aside>')
    out += ['<a class="more">Load earlier entries</a></main><footer>Tarrowmoor Live \u00a9 \u00b7 Terms \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_kinnerley(S):  # text live, OLDEST first; headline, then "Posted 06:40 CEST · by NAME" AFTER the headline; "Share · Comment"
    z = S["zone"]; order_check(S, False)
    L = ["Kinnerley Dispatch", "Europe edition | Ukraine war | Economy | Opinion", "", S["title"], S["dayline"], "", S["lede"], ""]
    stamps = []
    for e in S["entries"]:
        d = dt(e["t"], z); st = f"Posted {d:%H:%M} CEST" + (f" \u00b7 by {e['a']}" if e["a"] else ""); stamps.append(st)
        L += [e["h"], st, ""] + ptxt(e["p"]) + ["Share \u00b7 Comment", ""]
    L += ["More live coverage tomorrow", "Kinnerley Dispatch \u00b7 Imprint \u00b7 Data protection"]
    return "\n".join(L) + "\n", stamps


def r_saltwyn(S):  # text live, OLDEST first; date line without year; "Times are Kyiv time"; bare "07:20" line BEFORE headline; "Filed by NAME" after body
    z = S["zone"]; order_check(S, False)
    L = ["SALTWYN BULLETIN", "Live  \u00b7  Ukraine  \u00b7  Analysis  \u00b7  Newsletters", "", S["title"], S["dayline"], "Times are Kyiv time", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"Filed by {e['a']}", ""]
        if i == 3:
            L += ["Support our reporting \u2014 subscribe from \u00a31 a week", ""]
    L += ["Live coverage continues tomorrow", "Saltwyn Bulletin \u00b7 Contact \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_corriebrook(S):  # HTML live; JSON-LD @graph, @type array, per-update list; visible "9.20am" in <time datetime>; newest first; signature after body
    z = S["zone"]; order_check(S, True)
    ds = [dt(e["t"], z) for e in S["entries"]]
    ups = [{"@type": "BlogPosting", "headline": e["h"], "datePublished": d.isoformat(), "articleBody": " ".join(e["p"])} for e, d in zip(S["entries"], ds)]
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "Organization", "@id": "https://corriebrook.example/#org", "name": "Corriebrook Live"},
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"], "headline": S["title"], "datePublished": ds[-1].isoformat(),
         "dateModified": ds[0].isoformat(), "coverageStartTime": ds[-1].isoformat(), "publisher": {"@id": "https://corriebrook.example/#org"},
         "liveBlogUpdate": ups}]}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f"<title>{esc(S['title'])}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<header>Corriebrook Live <nav><a>News</a> <a>World</a> <a>Ukraine war</a> <a>Podcasts</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="date">{esc(S["dayline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, (e, d) in enumerate(zip(S["entries"], ds)):
        st = f"{d.hour % 12 or 12}.{d.minute:02d}{'am' if d.hour < 12 else 'pm'}"; stamps.append(st)
        out.append(f'<div class="block"><time datetime="{d.isoformat()}">{st}</time><h3>{esc(e["h"])}</h3>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="sig">{esc(e["a"])}</p>')
        out.append("</div>")
    out += ['<div class="promo">Get the Corriebrook evening briefing in your inbox</div></main><footer>Corriebrook Live \u00b7 Privacy \u00b7 Terms</footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ============================================================ PART A: ten real outlets' layouts (own wording throughout)
SEEDS = []

SEEDS.append(dict(id="6700", name="6700_erietimesnews-article", ext="txt", source="Erie Times-News", zone="America/New_York", render=r_erie,
  title="Sea drone hits Russian tanker off Crimea as Saudi Arabia hosts Ukraine peace talks", byline="Dalton Reyes",
  pub="2023-08-05 06:12", upd="2023-08-05 15:40",
  caption="A damaged tanker is seen near the Kerch Strait on Saturday in this image released by Russia's maritime rescue service. AP",
  lede=["A Ukrainian sea drone hit a Russian fuel tanker near the bridge to Crimea overnight, the second naval drone attack in two days, as diplomats from dozens of countries met in Saudi Arabia on Saturday to talk about how the war might end.",
        "Here is what to know:"],
  more="Ukraine's counteroffensive is slow. Here's why that may not matter yet.",
  notes="Imitates a USA TODAY Network (Gannett) article as syndicated on the Erie Times-News site, copied as plain text: nav lines, 'WORLD' label and 'Add Topic', headline, byline 'Dalton Reyes' / 'USA TODAY', one line 'Published 6:12 a.m. ET Aug. 5, 2023 | Updated 3:40 p.m. ET Aug. 5, 2023', 'Show Caption'/'Hide Caption' with a photo caption, a two-paragraph lede, then six subheads. Each subhead section is one entry (headline = subhead, stamp null); no per-section time is printed, so every section takes the article's Published time (6:12 a.m. ET = 10:12 UTC); the Updated time is the same UTC day. Page byline is every entry's author.",
  not_entries=["'Skip to main content', site name, Subscribe/Sign In and the nav lines", "'WORLD' label and 'Add Topic'", "headline (page title)",
               "byline lines 'Dalton Reyes' / 'USA TODAY' and the Published | Updated line", "'Show Caption' / 'Hide Caption' and the photo caption",
               "lede paragraph and 'Here is what to know:'", "'Contributing: The Associated Press'", "'This article originally appeared on USA TODAY: ...'",
               "newsletter sign-up line and the 'More: ...' related link", "footer links and copyright"],
  entries=[
  E("2023-08-05 06:12", "Tanker hit near the Kerch Strait",
    ["A naval drone loaded with explosives slammed into a Russian fuel tanker late Friday near the Kerch Strait, the narrow waterway that links the Black Sea with the Sea of Azov, Russian maritime officials said.",
     "The ship's engine room was breached, but none of its 11 crew members was hurt, the officials said, and tugboats towed it toward port. A source in Ukraine's security service told reporters the attack had been planned jointly with the navy.",
     "Traffic across the bridge that connects the peninsula with mainland Russia was halted for about three hours overnight."],
    "strikes", "strikes", 3, "kerch-strait-tanker-drone-strike-2023-08-04", a="Dalton Reyes"),
  E("2023-08-05 06:12", "Moscow vows a response",
    ["Russia's Foreign Ministry called the tanker attack and a drone strike a day earlier on the naval base at Novorossiysk acts of terrorism and said they would not go unanswered.",
     "The Defense Ministry said its ships had destroyed several other sea drones before they reached their targets."],
    "strikes", "strikes", 2, "kerch-strait-tanker-drone-strike-2023-08-04", a="Dalton Reyes",
    n="Official reaction whose content is the attack itself: same story as 6700-01."),
  E("2023-08-05 06:12", "Jeddah talks open without Russia",
    ["National security advisers and senior diplomats from about 40 countries met in the Saudi port city of Jeddah on Saturday to discuss principles that could underpin an eventual settlement.",
     "China sent a special envoy, a change from an earlier round in Copenhagen that Beijing skipped. Russia was not invited, and the Kremlin said it would follow the meeting but expected little from it.",
     "Ukrainian officials said they hoped the talks would win over countries in Africa, Asia and Latin America to President Volodymyr Zelenskyy's peace formula."],
    "diplomacy", "diplomacy", 3, "jeddah-peace-talks-2023-08-05", a="Dalton Reyes"),
  E("2023-08-05 06:12", "Slow progress around Bakhmut",
    ["Ukraine's deputy defense minister said troops had pushed forward on the southern flank of Bakhmut over the past week, retaking a little more than 3 square kilometers.",
     "The claim could not be independently verified, and Russian officials said their forces had repelled several attacks in the area."],
    "other", "frontline", 2, "bakhmut-southern-flank-gains-2023-08-05", a="Dalton Reyes"),
  E("2023-08-05 06:12", "Poland sends more troops to the Belarus border",
    ["Poland's defense minister said Saturday that more troops would head to the country's eastern border, citing what he called provocations by Wagner fighters now based in Belarus.",
     "Warsaw had already accused Belarus of letting two military helicopters cross into Polish airspace earlier in the week, a charge Minsk denied."],
    "other", "security", 2, "poland-belarus-border-reinforcement-2023-08-05", a="Dalton Reyes"),
  E("2023-08-05 06:12", "Shelling kills two in Kherson",
    ["Russian shelling killed two people and wounded five in the city of Kherson on Saturday morning, the regional governor said.",
     "A bus stop and several private homes were hit in the Korabel district, he said."],
    "strikes", "strikes", 3, "kherson-shelling-2023-08-05", a="Dalton Reyes"),
  ]))

SEEDS.append(dict(id="6701", name="6701_citizentimes-live", ext="html", source="Asheville Citizen-Times", zone="America/New_York", render=r_asheville,
  title="Russia-Ukraine live updates: Zelenskyy says deadly strike on brigade ceremony 'could have been avoided'",
  url="https://www.citizen-times.com/story/news/world/2023/11/04/russia-ukraine-war-live-updates/71450012007/",
  lede="Follow along for the latest on the war in Ukraine from the USA TODAY Network and The Associated Press.",
  notes="Imitates a USA TODAY Network (Gannett) live blog on the Asheville Citizen-Times site, HTML. Newest first. Each post: <time> '5:15 p.m. ET' above the h2, an author line ('Marisa Quinlan, USA TODAY' / 'The Associated Press'), paragraphs, 'Share this post'. Day dividers 'Sunday, Nov. 5' / 'Saturday, Nov. 4' carry no year (the header 'Published 8:35 p.m. ET Nov. 4, 2023 | Updated 5:15 p.m. ET Nov. 5, 2023' does). Hard case: US daylight saving time ends at 2 a.m. on 5 Nov, so 'ET' is EDT (UTC-4) for the posts before 2 a.m. and EST (UTC-5) after; the last post crosses local midnight back into Saturday. All six posts fall on UTC 5 Nov. JSON-LD LiveBlogPosting gives each update's datePublished with the right offset. Author = the name part of the printed author line ('Marisa Quinlan, USA TODAY' -> 'Marisa Quinlan'; the agency credit 'The Associated Press' stays).",
  name_only=True,
  not_entries=["header logo, nav and Subscribe/Sign In", "'LIVE' label and the h1 (page title)", "'Published ... | Updated ...' line", "share links",
               "lede 'Follow along for the latest ...'", "day dividers 'Sunday, Nov. 5' and 'Saturday, Nov. 4'", "'Share this post' under each post",
               "News Alerts newsletter box", "'Contributing: The Associated Press'", "footer links and copyright"],
  entries=[
  E("2023-11-05 17:15", "Zelenskyy: strike on brigade ceremony 'could have been avoided'",
    ["President Volodymyr Zelenskyy said Sunday that the deaths of soldiers gathered for an award ceremony near the front line were a tragedy that should never have happened, and he promised a full investigation.",
     "A Russian missile hit the gathering of the 128th Mountain Assault Brigade in the Zaporizhzhia region on Friday. Ukrainian officials have confirmed 19 deaths.",
     "Defense Minister Rustem Umerov has ordered an inquiry to establish who allowed troops to assemble within range of Russian weapons."],
    "strikes", "strikes", 3, "zaporizhzhia-brigade-ceremony-strike-2023-11-03", a="Marisa Quinlan, USA TODAY",
    n="Reaction whose main content is the deadly strike itself -> strikes, same story as the strike; importance 3 (deadly strike)."),
  E("2023-11-05 14:40", "Russia says new nuclear submarine test-fired a Bulava missile",
    ["Russia's newest nuclear-powered submarine fired a Bulava intercontinental missile from the White Sea, the Defense Ministry said Sunday, calling the launch the final test before the vessel joins the fleet.",
     "The ministry said the dummy warhead reached its target range on the Kamchatka Peninsula."],
    "other", "security", 2, "bulava-submarine-test-launch-2023-11-05", a="The Associated Press", n="Weapons test -> other/security."),
  E("2023-11-05 11:05", "Air force: 19 of 24 drones shot down overnight",
    ["Ukraine's air defenses destroyed 19 of the 24 Shahed drones Russia launched overnight, the air force said.",
     "Falling debris damaged a warehouse and several cars in the Khmelnytskyi region, but no casualties were reported."],
    "strikes", "strikes", 2, "overnight-drone-attack-2023-11-05", a="Theo Whitcombe, USA TODAY"),
  E("2023-11-05 07:50", "Ukraine claims hit on Russian warship at Crimean shipyard",
    ["Ukraine's air force said it struck a new Russian missile-carrying ship under construction at the Zaliv shipyard in Kerch on Saturday, using cruise missiles.",
     "Russia's Defense Ministry acknowledged that a vessel had been damaged but said most of the incoming missiles were shot down."],
    "strikes", "strikes", 3, "kerch-zaliv-shipyard-strike-2023-11-04", a="Theo Whitcombe, USA TODAY"),
  E("2023-11-05 00:40", "Russian shelling kills man in Kherson region",
    ["A 63-year-old man was killed when Russian shells hit a village on the western bank of the Dnieper River late Saturday, the Kherson regional administration said.",
     "Two houses and a shop were also damaged."],
    "strikes", "strikes", 3, "kherson-region-shelling-2023-11-04", a="The Associated Press",
    n="12:40 a.m. ET on 5 Nov is still EDT (DST ends at 2 a.m.): 04:40 UTC."),
  E("2023-11-04 20:35", "Ukraine says drone destroyed air defense radar in Crimea",
    ["Ukrainian military intelligence said Saturday that a drone strike had destroyed a Russian air defense radar near the village of Olenivka in western Crimea.",
     "The claim could not be verified. Russia did not comment."],
    "strikes", "strikes", 2, "crimea-radar-drone-strike-2023-11-04", a="Marisa Quinlan, USA TODAY",
    n="Local midnight crossing: under the 'Saturday, Nov. 4' divider; 8:35 p.m. EDT = 00:35 UTC on 5 Nov. Must not merge with the Kerch shipyard strike (6701-04)."),
  ]))

SEEDS.append(dict(id="6702", name="6702_macontelegraph-listing", ext="txt", source="The Macon Telegraph", zone="America/New_York", render=r_macon,
  title="Nation & World",
  notes="Imitates a McClatchy section front (The Telegraph, Macon) copied as plain text. Newest first. Each card: kicker (WORLD/NATIONAL/LOCAL), headline, summary paragraph(s), byline 'By NAME Associated Press' (or a staff name), then the stamp line AFTER the text in McClatchy's capitals: 'UPDATED AUGUST 14, 2023 6:45 PM' (or without 'UPDATED'). No zone printed: Eastern time implied by the outlet's home (EDT, UTC-4). The last card is dated AUGUST 13 9:15 PM local, which is already 14 Aug in UTC. The Maui card is off-beat. author = the name in the byline.",
  not_entries=["'Skip to content', logo, Sections/Subscribe/Log In, nav lines", "section title 'Nation & World' (page title)", "kicker lines WORLD/NATIONAL/LOCAL",
               "'Take Us With You' app promo (three lines)", "'Load More'", "footer: View Newsletters, Subscriptions, Start a Subscription, Customer Service, eEdition, Copyright, Commenting Policy, Privacy Policy, Terms of Service"],
  entries=[
  dict(E("2023-08-14 18:45", "Ruble slides past 100 to the dollar, prompting emergency rate meeting",
    ["Russia's central bank called an unscheduled meeting for Tuesday after the ruble weakened beyond 100 to the dollar on Monday, its lowest level in more than 16 months.",
     "A Kremlin adviser blamed loose monetary policy, while economists pointed to rising military spending and a shrinking trade surplus under Western sanctions."],
    "other", "politics", 2, "ruble-falls-past-100-2023-08-14", a="Ilya Orlov", sec=("diplomacy",), n="Russia's war economy under sanctions: other/politics, sanctions as secondary."),
    kicker="WORLD", by="By Ilya Orlov Associated Press"),
  dict(E("2023-08-14 15:20", "Russian warship fires warning shots at cargo ship bound for Ukraine",
    ["A Russian patrol ship fired warning shots at a cargo vessel heading for the Ukrainian Danube port of Izmail and then sent troops aboard to inspect it, Russia's Defense Ministry said.",
     "It was the first known case of Russia stopping a merchant ship since Moscow quit the grain export deal last month. Ukraine called the move a violation of maritime law."],
    "other", "security", 3, "black-sea-warning-shots-cargo-ship-2023-08-13", a="Kemal Aydin", sec=("strikes",),
    n="Naval boarding with warning shots, not a remote strike: other/security; a main development of the day."),
    kicker="WORLD", by="By Kemal Aydin Associated Press", upd=False),
  dict(E("2023-08-14 12:10", "Shelling kills 6 in Kherson region village, officials say",
    ["Russian shells struck a village in the southern Kherson region on Monday, killing six people, regional officials said.",
     "Among the dead were two brothers who had stayed behind to look after their elderly parents, the officials said. Four others were wounded."],
    "strikes", "strikes", 3, "kherson-village-shelling-2023-08-14", a="Oksana Dyba"),
    kicker="WORLD", by="By Oksana Dyba Associated Press"),
  dict(E("2023-08-14 10:35", "Middle Georgia wheat growers watch Black Sea tensions",
    ["Wheat growers in Middle Georgia say the collapse of the Black Sea grain agreement has made the market jumpier, even though the region grows far less wheat than the Plains states.",
     "Extension agents said planting decisions for the fall would depend more on fertilizer costs than on events in Ukraine."],
    "other", "politics", 2, "georgia-wheat-growers-black-sea", a="Jenna Whitlow", sec=("diplomacy",),
    n="Local economic knock-on of the war: other/politics, not off-beat."),
    kicker="LOCAL", by="By Jenna Whitlow"),
  dict(E("2023-08-14 08:05", "Moscow says air defenses downed drones near the capital",
    ["Russia's Defense Ministry said air defenses shot down two drones over the Moscow region early Monday and jammed a third, without reporting damage.",
     "Flights at two Moscow airports were briefly suspended."],
    "strikes", "strikes", 2, "moscow-region-drones-2023-08-14", a="Ilya Orlov"),
    kicker="WORLD", by="By Ilya Orlov Associated Press", upd=False),
  dict(OFF("2023-08-13 21:15", "Maui wildfire death toll rises as search teams comb Lahaina",
    ["The number of confirmed deaths from the wildfire that destroyed the historic town of Lahaina rose again on Sunday as search crews with cadaver dogs worked through block after block of burned homes."],
    "maui-wildfire-lahaina", a="Mara Keawe", n="Hawaii wildfire."),
    kicker="NATIONAL", by="By Mara Keawe Associated Press"),
  ]))

SEEDS.append(dict(id="6703", name="6703_montgomeryadvertiser-live", ext="txt", source="Montgomery Advertiser", zone="America/Chicago", render=r_montgomery,
  title="Ukraine live updates: Blinken ends Kyiv visit as market strike toll rises", pub="2023-09-07 05:30",
  lede="We're tracking the latest news on the war in Ukraine, including Alabama connections. Refresh for updates.", name_only=True,
  caption="Mourners gather in Kostiantynivka, Ukraine, on Thursday. (AP Photo)",
  notes="Imitates a USA TODAY Network (Gannett) live blog on the Montgomery Advertiser site, copied as plain text. OLDEST first. Each post: headline, then the author line, then the stamp line '6:15 a.m. CT' (stamp AFTER the headline), then the body. The date comes from the header line 'Published 5:30 a.m. CT Sept. 7, 2023 | Updated 5:10 p.m. CT Sept. 7, 2023' (AP month style 'Sept.'); CT = CDT, UTC-5. Per-post authors ('Natalie Ortega, USA TODAY', 'Brad Harlow, Montgomery Advertiser', 'The Associated Press').",
  not_entries=["'Skip to main content', site name, Subscribe/Sign In and nav lines", "'LIVE' label and title", "'Published ... | Updated ...' line",
               "intro line 'We're tracking the latest news ...'", "'Show Caption' / 'Hide Caption' and the photo caption", "newsletter sign-up line",
               "'Load More Posts'", "footer links and copyright"],
  entries=[
  E("2023-09-07 06:15", "Death toll from Kostiantynivka market strike rises to 17",
    ["The number of people killed when a missile hit an open-air market in the eastern city of Kostiantynivka rose to 17 overnight after a wounded woman died in the hospital, Ukraine's interior minister said.",
     "More than 30 others were hurt in Wednesday's attack, which Zelenskyy called a deliberate strike on civilians."],
    "strikes", "strikes", 3, "kostiantynivka-market-strike-2023-09-06", a="Natalie Ortega, USA TODAY"),
  E("2023-09-07 08:30", "Blinken wraps up Kyiv trip with pledge of long-term support",
    ["Secretary of State Antony Blinken ended a two-day visit to Kyiv on Thursday by telling Ukrainian officials that Washington's support would outlast the current counteroffensive.",
     "On Wednesday he announced more than $1 billion in new assistance, including money for demining and for repairs to the power grid."],
    "diplomacy", "diplomacy", 3, "blinken-kyiv-visit-2023-09", a="Natalie Ortega, USA TODAY", sec=("aid",)),
  E("2023-09-07 10:05", "Romania finds more drone debris near Danube border",
    ["Romania's defense ministry said Thursday that soldiers had found more fragments of what appeared to be a drone on Romanian soil near the Danube, across the river from Ukrainian ports that Russia has been attacking.",
     "The NATO member's president called the discovery an unacceptable violation of its sovereignty."],
    "strikes", "strikes", 2, "romania-drone-debris-2023-09", a="The Associated Press", sec=("diplomacy",),
    n="Debris from Russian drone attacks on Izmail: aftermath of strikes, diplomatic angle secondary."),
  E("2023-09-07 12:20", "Anniston depot crews prepare more vehicles for Ukraine",
    ["Workers at the Anniston Army Depot in northeast Alabama are refurbishing another batch of armored vehicles that the Army says are bound for Ukraine, a depot spokesperson said Thursday.",
     "The depot has overhauled tanks and other tracked vehicles for several Pentagon aid packages since the invasion began."],
    "aid", "aid", 2, "anniston-depot-vehicles-for-ukraine", a="Brad Harlow, Montgomery Advertiser"),
  E("2023-09-07 14:45", "Moscow-installed officials open early voting in occupied regions",
    ["Russian-installed authorities in four partly occupied regions of Ukraine began early voting Thursday in local elections that Kyiv and Western governments have dismissed as a sham.",
     "Election workers went door to door accompanied by armed soldiers, according to Ukrainian officials."],
    "other", "politics", 2, "occupied-regions-elections-2023-09", a="The Associated Press"),
  E("2023-09-07 17:10", "NATO chief says Ukrainian troops are gradually gaining ground",
    ["NATO Secretary General Jens Stoltenberg told European lawmakers on Thursday that Ukrainian forces were advancing slowly but steadily in the south, breaking through some of Russia's defensive lines.",
     "He said the counteroffensive was tougher than many had hoped but that it showed the value of Western training and equipment."],
    "other", "frontline", 2, "stoltenberg-ukraine-gaining-ground-2023-09-07", a="Natalie Ortega, USA TODAY", sec=("diplomacy",)),
  ]))

SEEDS.append(dict(id="6704", name="6704_lubbockonline-timeline", ext="html", source="Lubbock Avalanche-Journal", zone="America/Chicago", render=r_lubbock,
  title="Timeline: Cluster munitions reach Ukraine, a Russian general says he was fired and Biden lands in Helsinki",
  byline="Kelsey Marchetti", pub="2023-07-13 18:10",
  caption="President Joe Biden arrives in Helsinki on Thursday. (AP Photo)",
  lede="Thursday brought a string of developments in and around the war in Ukraine. Here is how the day unfolded. Times are Central.",
  notes="Imitates a USA TODAY Network (Gannett) timeline article on the Lubbock Avalanche-Journal site, HTML, NewsArticle JSON-LD (page publish time in UTC). Items are time-labelled paragraphs '<strong>2:20 a.m.</strong> text', OLDEST first, with NO headlines; a follow-up paragraph without a time belongs to the item above. Date from 'Published 6:10 p.m. CT July 13, 2023'; the lede says times are Central (CDT, UTC-5). One page byline for every item. first_sentence excludes the bold time label.",
  not_entries=["header logo, nav, Subscribe/Sign In", "'WORLD' label and h1 (page title)", "byline 'Kelsey Marchetti USA TODAY' and the Published line",
               "photo caption", "lede 'Thursday brought a string of developments ... Times are Central.'", "Daily Briefing newsletter box",
               "'Contributing: The Associated Press'", "footer links and copyright"],
  entries=[
  E("2023-07-13 02:20", None,
    ["Kyiv's city military administration said air defenses had destroyed about 20 drones and cruise missiles over the capital during a night-long attack.",
     "Falling debris injured two people and set a car on fire in the Podilskyi district."],
    "strikes", "strikes", 2, "kyiv-overnight-drone-missile-attack-2023-07-13", a="Kelsey Marchetti"),
  E("2023-07-13 06:30", None,
    ["A senior Pentagon official confirmed that the first shipment of American cluster munitions had reached Ukraine, days after President Joe Biden approved the transfer despite objections from some allies.",
     "Ukraine has promised to use the weapons only on its own territory and to keep records of where they are fired."],
    "aid", "aid", 3, "cluster-munitions-arrive-ukraine-2023-07-13", a="Kelsey Marchetti"),
  E("2023-07-13 08:15", None,
    ["Biden arrived in Helsinki for talks with Nordic leaders, a day after the NATO summit in Vilnius ended with pledges of long-term security assistance for Ukraine."],
    "diplomacy", "diplomacy", 3, "biden-helsinki-nordic-summit-2023-07-13", a="Kelsey Marchetti"),
  E("2023-07-13 10:40", None,
    ["A Russian general who commanded an army in the Zaporizhzhia region said in an audio message that he had been removed after complaining to his superiors about a lack of artillery support and heavy losses."],
    "other", "politics", 2, "russian-general-dismissed-after-complaints-2023-07-13", a="Kelsey Marchetti", n="Military personnel politics in Russia -> other/politics."),
  E("2023-07-13 12:05", None,
    ["Russia's Defense Ministry said the Wagner private army had finished handing over its heavy weapons, including tanks and air defense systems, to the regular military."],
    "other", "security", 2, "wagner-heavy-weapons-handover-2023-07-13", a="Kelsey Marchetti"),
  E("2023-07-13 15:30", None,
    ["Russian President Vladimir Putin said Moscow could pull out of the Black Sea grain agreement when it expires on Monday, repeating complaints that promises to ease Russia's own exports had not been kept."],
    "diplomacy", "diplomacy", 2, "black-sea-grain-deal-expiry-warning-2023-07-13", a="Kelsey Marchetti"),
  ]))

SEEDS.append(dict(id="6705", name="6705_argusleader-world", ext="html", source="Argus Leader", zone="America/Chicago", render=r_argus,
  title="World news | Argus Leader", h1="World", name_only=True,
  notes="Imitates a Gannett section front (Argus Leader, Sioux Falls) in HTML, no JSON-LD. Newest first. Each card: headline, promo paragraph(s), author and a stamp '5:40 p.m. CT Dec. 11, 2023' (AP month style). CT is CST (UTC-6) in December, so the UTC day runs from 6 p.m. CT on 10 Dec; the last card, dated Dec. 10 at 8:15 p.m. CT, is already 11 Dec in UTC (local midnight crossing). One local off-beat card (school boundaries). Cards are entries even though they link to full stories: the promo text is the body.",
  not_entries=["header logo, nav, Subscribe/Sign In", "section heading 'World'", "Daily Briefing newsletter box", "'Load More'", "footer links and copyright"],
  entries=[
  E("2023-12-11 17:40", "Zelenskyy tells defense students US aid is needed 'now'",
    ["Ukrainian President Volodymyr Zelenskyy warned an audience at the National Defense University in Washington on Monday that delays in American aid were a gift to Vladimir Putin.",
     "He is due to meet President Joe Biden and congressional leaders on Tuesday."],
    "aid", "aid", 3, "zelenskyy-washington-ndu-speech-2023-12-11", a="Ian Calloway, USA TODAY", sec=("diplomacy",),
    n="Head of state's appeal for aid -> aid primary; importance 3."),
  E("2023-12-11 15:15", "Thune says border changes still key to any Ukraine deal",
    ["South Dakota's senior senator said Monday that Republicans would not approve new money for Ukraine unless it came with changes to asylum and border policy.",
     "He said talks with Senate Democrats had stalled over the weekend."],
    "aid", "aid", 2, "thune-ukraine-aid-border-condition-2023-12-11", a="Jonah Pruitt, Argus Leader", n="US Congress funding debate -> aid."),
  E("2023-12-11 13:50", "Sioux Falls family opens its home to Ukrainians for a second winter",
    ["When a family of four from Zaporizhzhia arrived in Sioux Falls in late 2022, their hosts expected them to stay a few months.",
     "More than a year later, the two families share holiday traditions and a crowded kitchen, and neither knows when the war will let the visitors go home."],
    "other", "humanitarian", 2, "sioux-falls-host-family-ukrainian-refugees", a="Jonah Pruitt, Argus Leader"),
  OFF("2023-12-11 11:20", "School board approves new boundaries for three elementary schools",
    ["The Sioux Falls School Board voted 4-1 on Monday to adopt new attendance boundaries for three elementary schools starting next fall."],
    "sioux-falls-school-boundaries", a="Argus Leader staff", n="Local schools."),
  E("2023-12-11 09:05", "EU ministers fail to break deadlock over Ukraine funding",
    ["European Union foreign ministers meeting in Brussels on Monday could not agree on how to unblock 50 billion euros in long-term support for Ukraine, with Hungary still opposed days before a summit."],
    "aid", "aid", 2, "eu-ukraine-funding-deadlock-2023-12-11", a="The Associated Press", sec=("diplomacy",)),
  E("2023-12-11 07:30", "Russian drones target Kyiv; debris damages homes",
    ["Ukraine's air force said it shot down all eight drones Russia launched at the capital region overnight, though falling debris damaged several houses on the city's outskirts."],
    "strikes", "strikes", 2, "kyiv-drone-attack-2023-12-11", a="The Associated Press"),
  E("2023-12-10 20:15", "Zelenskyy heads to Washington to press case for aid",
    ["Ukrainian President Volodymyr Zelenskyy will travel to Washington for talks with President Joe Biden and lawmakers, the White House announced Sunday, as a package of military aid remains stalled in Congress."],
    "diplomacy", "diplomacy", 3, "zelenskyy-washington-visit-announced-2023-12-10", a="Ian Calloway, USA TODAY", sec=("aid",),
    n="Announcement of the visit (10 Dec) is a separate event from the NDU speech (6705-01): must not merge. 8:15 p.m. CST = 02:15 UTC on 11 Dec."),
  ]))

SEEDS.append(dict(id="6706", name="6706_casperstartribune-rss", ext="xml", source="Casper Star-Tribune", zone="America/Denver", render=r_casper,
  title="trib.com - RSS Results in news/world of type article",
  notes="Imitates a BLOX/TownNews (Lee Enterprises) RSS 2.0 search feed for the Casper Star-Tribune world section. Newest first. pubDate carries the Mountain offset (-0600, MDT). dc:creator holds the agency byline as BLOX prints it ('By DARYA VOLKOVA Associated Press'); author = the name as printed (capitals). Body = the <p> paragraphs in the CDATA description. The last item (Tue 24 Oct 19:25 -0600) is 25 Oct in UTC. The hurricane item is off-beat.",
  not_entries=["channel title, link, atom:link, description, generator, docs, ttl", "<guid>, <link>, <enclosure> and <category> values"],
  entries=[
  dict(E("2023-10-25 15:40", "Russia's upper house votes to revoke ratification of nuclear test ban treaty",
    ["Russia's Federation Council voted unanimously on Wednesday to withdraw the country's ratification of the global treaty banning nuclear tests, completing a move that Western officials fear could precede a resumption of testing.",
     "Russian officials say they will not resume tests unless the United States does so first."],
    "diplomacy", "diplomacy", 3, "russia-ctbt-deratification-2023-10-25", a="DARYA VOLKOVA"),
    uuid="5c1f0a7e-7d2b-11ee-9f51-8b2c4d1e0a11", by="By DARYA VOLKOVA Associated Press"),
  dict(E("2023-10-25 13:05", "Ukraine aid request faces new test as House elects Johnson speaker",
    ["The House elected Louisiana Republican Mike Johnson as speaker on Wednesday, ending three weeks of paralysis and opening the way for votes on the White House's request for new wartime aid for Ukraine and Israel.",
     "Johnson has voted against several earlier Ukraine packages and has said he wants closer oversight of how the money is spent."],
    "aid", "aid", 2, "house-speaker-vote-ukraine-aid-2023-10-25", a="LISA MARRONE", n="Headline leads with the aid request (US Congress funding debate) -> aid."),
    uuid="5c1f0a7e-7d2b-11ee-9f51-8b2c4d1e0a12", by="By LISA MARRONE Associated Press", cat="National"),
  dict(E("2023-10-25 10:30", "Putin oversees drills simulating massive nuclear retaliation",
    ["President Vladimir Putin watched by video link as Russia's armed forces rehearsed a retaliatory nuclear strike, with launches of ballistic and cruise missiles from land, sea and air, the Kremlin said."],
    "other", "security", 2, "russia-nuclear-forces-drills-2023-10-25", a="The Associated Press", n="Drills -> other/security. BLOX credits the agency only."),
    uuid="5c1f0a7e-7d2b-11ee-9f51-8b2c4d1e0a13", by="The Associated Press"),
  dict(E("2023-10-25 08:15", "Russian forces press assault on Avdiivka despite heavy losses",
    ["Russian troops kept up attacks on the eastern Ukrainian town of Avdiivka on Wednesday, throwing armored columns at its flanks for a third week, Ukraine's military said.",
     "Ukrainian officials said Moscow had lost dozens of tanks in the push."],
    "other", "frontline", 2, "avdiivka-offensive-2023-10-25", a="OLEKSANDR HRYB"),
    uuid="5c1f0a7e-7d2b-11ee-9f51-8b2c4d1e0a14", by="By OLEKSANDR HRYB Associated Press"),
  dict(OFF("2023-10-25 02:15", "Hurricane Otis slams into Acapulco as a Category 5 storm",
    ["Hurricane Otis made landfall near the Mexican resort of Acapulco early Wednesday as a Category 5 storm, after strengthening with startling speed over the Pacific."],
    "hurricane-otis-acapulco", a="MARIO CASTELLANO", n="Mexican hurricane."),
    uuid="5c1f0a7e-7d2b-11ee-9f51-8b2c4d1e0a15", by="By MARIO CASTELLANO Associated Press"),
  dict(E("2023-10-25 00:50", "Shelling in Nikopol kills woman, governor says",
    ["Russian artillery fire killed a 58-year-old woman and damaged a power line in the city of Nikopol overnight, the governor of the Dnipropetrovsk region said."],
    "strikes", "strikes", 3, "nikopol-shelling-2023-10-25", a="The Associated Press", n="Deadly shelling -> importance 3. BLOX credits the agency only."),
    uuid="5c1f0a7e-7d2b-11ee-9f51-8b2c4d1e0a16", by="The Associated Press"),
  dict(E("2023-10-24 19:25", "Drone attack sparks fire at fuel depot in Russia's Bryansk region",
    ["A drone attack set fire to a fuel storage site in Russia's Bryansk region near the Ukrainian border, the regional governor said, adding that no one was hurt."],
    "strikes", "strikes", 2, "bryansk-fuel-depot-drone-2023-10-24", a="DARYA VOLKOVA", n="Tue 24 Oct 19:25 -0600 = 01:25 UTC on 25 Oct."),
    uuid="5c1f0a7e-7d2b-11ee-9f51-8b2c4d1e0a17", by="By DARYA VOLKOVA Associated Press"),
  ]))

SEEDS.append(dict(id="6707", name="6707_yakimaherald-latest", ext="txt", source="Yakima Herald-Republic", zone="America/Los_Angeles", render=r_yakima,
  title="Russia-Ukraine war: The latest as the Black Sea grain standoff deepens", byline="Yakima Herald-Republic staff and wire reports",
  lede="Here are the latest developments on the war in Ukraine and its effects on Central Washington farmers.",
  notes="Imitates a BLOX/TownNews article on the Yakima Herald-Republic site, copied as plain text, written in the wire 'The Latest' form: items separated by '___', each opened by a bare time line ('4:20 p.m.') and a paragraph that starts with a capitalised dateline ('UNITED NATIONS \u2014'). NO headlines. Newest first. The only date is the BLOX date line 'Jul 21, 2023'; no zone is printed, so Pacific time (PDT, UTC-7) is implied by the outlet's home. first_sentence includes the dateline as printed. Page byline 'Yakima Herald-Republic staff and wire reports' is every item's author.",
  not_entries=["'Skip to main content', site name, search, nav, Subscribe/Log In", "'World' section label and title", "byline line", "date line 'Jul 21, 2023'",
               "share bar (Facebook ... Save)", "intro 'Here are the latest developments ...'", "'___' separators",
               "'Be the first to know' newsletter box", "'The Associated Press contributed to this report.'", "Tags list, 'Most Popular', 'Related to this story', copyright line"],
  entries=[
  E("2023-07-21 16:20", None,
    ["UNITED NATIONS \u2014 The United Nations humanitarian chief told the Security Council that the end of the Black Sea grain deal would hit the world's hungriest people hardest, as food prices had already begun to climb.",
     "Russia's ambassador said Moscow would consider returning to the arrangement only if its own agricultural exports were freed from restrictions."],
    "diplomacy", "diplomacy", 2, "unsc-black-sea-grain-meeting-2023-07-21", a="Yakima Herald-Republic staff and wire reports"),
  E("2023-07-21 13:45", None,
    ["MOSCOW \u2014 Russian authorities detained Igor Girkin, a former security officer and outspoken nationalist blogger who had accused the Kremlin of fighting the war too timidly, his wife said."],
    "other", "politics", 2, "igor-girkin-detained-2023-07-21", a="Yakima Herald-Republic staff and wire reports"),
  E("2023-07-21 11:30", None,
    ["YAKIMA \u2014 Wheat futures have jumped more than 15% this week, and growers in Central Washington say the rise came too late for much of this year's crop, which was sold forward months ago.",
     "Farmers in the Horse Heaven Hills said higher fuel and fertilizer costs since the invasion had eaten into any gains."],
    "other", "politics", 2, "washington-wheat-growers-grain-deal", a="Yakima Herald-Republic staff and wire reports", sec=("diplomacy",),
    n="Local economic knock-on of the grain deal's collapse: other/politics, not off-beat."),
  E("2023-07-21 09:05", None,
    ["SEVASTOPOL, Crimea \u2014 Russia's Black Sea Fleet held live-fire exercises in the northwest of the sea, practicing how to seize and isolate areas of water, the Defense Ministry said."],
    "other", "security", 2, "black-sea-fleet-drills-2023-07-21", a="Yakima Herald-Republic staff and wire reports"),
  E("2023-07-21 06:40", None,
    ["ODESA, Ukraine \u2014 Russian missiles hit farm buildings and a grain store in the Odesa region early Friday, destroying about 100 tons of peas and 20 tons of barley, the regional governor said.",
     "Two people were injured. It was the fourth night in a row that Russia had targeted the region's ports and grain facilities."],
    "strikes", "strikes", 3, "odesa-region-grain-store-strike-2023-07-21", a="Yakima Herald-Republic staff and wire reports",
    n="Fourth night of attacks on grain infrastructure: a main development of the day."),
  E("2023-07-21 05:15", None,
    ["KYIV, Ukraine \u2014 Ukraine's Defense Ministry said that from Friday it would regard all ships sailing to Russian ports, or to Ukrainian ports under Russian occupation, as potentially carrying military cargo."],
    "other", "security", 2, "ukraine-black-sea-shipping-warning-2023-07-21", a="Yakima Herald-Republic staff and wire reports"),
  ]))

SEEDS.append(dict(id="6708", name="6708_modestobee-live", ext="html", source="The Modesto Bee", zone="America/Los_Angeles", render=r_modesto,
  title="Live updates: Biden asks Congress for $105 billion as Valley lawmakers weigh in", byline="Dana Whitlock and Rub\u00e9n Ocampo",
  lede="Follow our live coverage of President Biden's request for emergency aid for Ukraine and Israel and what Valley leaders are saying.",
  parse_args=["--date", "2023-10-20"],
  notes="Imitates a McClatchy live-updates page (The Modesto Bee), HTML, no JSON-LD. Newest first. Day dividers in capitals 'FRIDAY, OCT. 20' / 'THURSDAY, OCT. 19' and stamps '3:50 PM' above each h3, then 'By NAME'. The page prints NO year anywhere (McClatchy's footer says just 'Copyright'), hence parse_args --date 2023-10-20 (the page's latest printed local day). No zone printed: Pacific (PDT, UTC-7) implied. The two Thursday-evening posts (5:25 PM and 7:10 PM on 19 Oct) are already 20 Oct in UTC, because Biden spoke at 8 p.m. Eastern.",
  not_entries=["header logo, nav, Subscribe/Log In", "'LIVE UPDATES' kicker and h1 (page title)", "page byline 'By Dana Whitlock and Rub\u00e9n Ocampo'",
               "'Listen to this article'", "summary paragraph 'Follow our live coverage ...'", "day dividers 'FRIDAY, OCT. 20' and 'THURSDAY, OCT. 19'",
               "newsletter box", "'READ NEXT' and its local link", "footer links"],
  entries=[
  E("2023-10-20 15:50", "Valley congressman backs combined aid request",
    ["The Democrat who represents Modesto in the House said Friday he would vote for the White House package, arguing that aid to Ukraine and aid to Israel should not be played off against each other.",
     "Several Republicans from neighboring districts said they wanted the Ukraine money split out and tied to border measures."],
    "aid", "aid", 2, "modesto-congressman-backs-aid-package-2023-10-20", a="Dana Whitlock", n="A lawmaker's own position statement: separate story from the request."),
  E("2023-10-20 13:15", "White House formally sends $105 billion request to Congress",
    ["The White House asked Congress on Friday for about $105 billion in emergency spending, including roughly $61 billion for Ukraine, $14 billion for Israel and money for border security and the Indo-Pacific.",
     "Officials said the Ukraine portion would cover weapons, budget support and humanitarian aid through much of next year."],
    "aid", "aid", 3, "white-house-supplemental-request-2023-10-20", a="Rub\u00e9n Ocampo"),
  E("2023-10-20 10:40", "Ukraine says it repelled attacks near Kupiansk",
    ["Ukraine's General Staff said its troops had beaten back more than a dozen Russian assaults near Kupiansk in the northeast over the past day."],
    "other", "frontline", 2, "kupiansk-assaults-repelled-2023-10-20", a="Rub\u00e9n Ocampo"),
  E("2023-10-20 08:05", "Overnight drone attack targets Zaporizhzhia",
    ["Russian drones struck an industrial area of Zaporizhzhia overnight, starting fires and damaging power lines, the regional governor said. No deaths were reported."],
    "strikes", "strikes", 2, "zaporizhzhia-drone-attack-2023-10-20", a="Dana Whitlock"),
  E("2023-10-19 19:10", "Zelenskyy thanks Biden after prime-time speech",
    ["Ukrainian President Volodymyr Zelenskyy thanked Biden on social media for what he called a strong signal of unity, saying the speech showed that America understood what was at stake."],
    "diplomacy", "diplomacy", 2, "biden-oval-office-address-2023-10-19", a="Rub\u00e9n Ocampo", n="Reaction to the address: same story as 6708-06. 7:10 PM PDT on 19 Oct = 02:10 UTC on 20 Oct."),
  E("2023-10-19 17:25", "Biden ties Ukraine to Israel in rare Oval Office address",
    ["President Joe Biden told Americans in an evening address from the Oval Office that backing Ukraine and Israel was vital to American security, and said he would ask Congress for an urgent funding package.",
     "It was only the second time Biden had spoken to the nation from the Oval Office since taking office."],
    "aid", "aid", 3, "biden-oval-office-address-2023-10-19", a="Dana Whitlock", sec=("diplomacy",), n="5:25 PM PDT on 19 Oct = 00:25 UTC on 20 Oct."),
  ]))

SEEDS.append(dict(id="6709", name="6709_pressdemocrat-feed", ext="xml", source="The Press Democrat", zone="America/Los_Angeles", render=r_pressdemocrat,
  title="World \u2013 The Press Democrat", title_raw="World &#8211; The Press Democrat", build="Sun, 01 Oct 2023 00:05:12 +0000",
  notes="Imitates The Press Democrat's WordPress RSS 2.0 feed (world category). Newest first. pubDate is in +0000 (UTC); page_timezone is Pacific (PDT, UTC-7) for published_local, so the two oldest items are 29 Sep in local time but 30 Sep in UTC. Each item has dc:creator in CDATA, a WordPress excerpt ending '[\u2026]' in <description> and the full text in content:encoded; body = the content:encoded paragraphs. Channel title is printed with an HTML entity (&#8211;); page_title gives it decoded. The fire item is off-beat. lastBuildDate is 1 Oct (UTC), not an entry time.",
  not_entries=["channel title/description/generator/lastBuildDate/sy: values", "the <description> excerpts ending in '[\u2026]' (they repeat the start of the first paragraph)", "<category> and <guid> values"],
  entries=[
  dict(E("2023-09-30 16:10", "Congress averts shutdown with stopgap that leaves out Ukraine aid",
    ["The House approved a 45-day funding bill on Saturday that keeps the government open but drops the additional money for Ukraine the White House had requested, sending the measure to the Senate with hours to spare.",
     "Democrats said they expected a separate Ukraine vote soon, while a bloc of Republicans said the war should get no more American money."],
    "aid", "aid", 3, "stopgap-bill-drops-ukraine-aid-2023-09-30", a="The Associated Press"), slug="congress-stopgap-ukraine-aid"),
  dict(E("2023-09-30 12:30", "North Coast congressman says Ukraine money needs its own vote",
    ["Sonoma County's congressman said Saturday he would support the stopgap to prevent a shutdown but would press House leaders to schedule a separate vote on Ukraine within weeks."],
    "aid", "aid", 2, "north-coast-congressman-ukraine-vote-2023-09-30", a="Kaylee Morrow", n="Own statement: separate story from the stopgap vote."), slug="thompson-ukraine-vote", cat="Local News"),
  dict(E("2023-09-30 09:45", "Slovakia votes as populist ex-premier vows to halt arms for Kyiv",
    ["Slovaks voted Saturday in a parliamentary election that could return former Prime Minister Robert Fico to power after a campaign in which he promised to stop sending weapons to neighboring Ukraine."],
    "other", "politics", 2, "slovakia-election-2023-09-30", a="The Associated Press", sec=("aid",)), slug="slovakia-election-fico"),
  dict(E("2023-09-30 06:20", "Russian drones damage energy site in central Ukraine",
    ["Russian drones damaged an energy facility in the central Vinnytsia region overnight, cutting power to part of a town, Ukraine's air force and regional officials said."],
    "strikes", "strikes", 2, "vinnytsia-energy-drone-strike-2023-09-30", a="The Associated Press"), slug="vinnytsia-drones"),
  dict(OFF("2023-09-30 01:05", "Santa Rosa crews stop grass fire near Annadel State Park",
    ["Firefighters stopped a grass fire at about 3 acres near the edge of Annadel State Park late Friday, and no homes were threatened, Santa Rosa Fire Department officials said."],
    "santa-rosa-grass-fire-annadel", a="Kaylee Morrow", n="Local fire."), slug="annadel-grass-fire", cat="Local News"),
  dict(E("2023-09-29 19:40", "Putin puts former Wagner commander in charge of volunteer units",
    ["President Vladimir Putin met with a former senior commander of the Wagner mercenary group and tasked him with forming volunteer units to fight in Ukraine, the Kremlin said."],
    "other", "frontline", 2, "putin-wagner-commander-volunteer-units-2023-09-29", a="The Associated Press", n="Reinforcements -> other/frontline. 7:40 p.m. PDT on 29 Sep = 02:40 UTC on 30 Sep."),
    slug="putin-wagner-volunteers"),
  dict(E("2023-09-29 17:35", "Western arms makers agree to set up production in Ukraine",
    ["More than 20 foreign defense companies signed agreements at a forum in Kyiv to produce or repair weapons inside Ukraine, President Volodymyr Zelenskyy said."],
    "aid", "aid", 2, "kyiv-defense-industries-forum-2023-09-29", a="The Associated Press", n="5:35 p.m. PDT on 29 Sep = 00:35 UTC on 30 Sep."),
    slug="defense-industries-forum-kyiv"),
  ]))

# ============================================================ PART B, day 1: 2023-10-07 (UTC)
D1 = "Day 1 (2023-10-07 UTC): 6720, 6721, 6722, 6723."
KHA = "kharkiv-apartment-missile-strike-2023-10-06"
HRO = "hroza-cafe-strike-2023-10-05"
GER = "germany-air-defence-pledge-2023-10-07"
GRAIN = "ukraine-poland-grain-transit-talks-2023-10-07"
GRID = "explainer-winter-grid-strikes"
GRID_H = "Explainer: why Ukraine fears a second winter of grid strikes"
GRID_P = ["Last winter Russia fired wave after wave of missiles and drones at Ukrainian power plants and substations, leaving millions of people without electricity for hours or days at a time.",
          "Engineers have since repaired much of the damage and built earth and concrete shelters around key equipment, but officials warn that spare transformers remain scarce.",
          "How the coming months go will depend heavily on how many air-defence interceptors Ukraine can stockpile before the first frosts."]

SEEDS.append(dict(id="6720", name="6720_velmstead-textlive", ext="txt", source="Velmstead Courier", zone="Europe/Kyiv", render=r_velmstead,
  title="Russia-Ukraine war live: boy and grandmother killed in Kharkiv; Germany pledges more air defence", dayline="Saturday 7 October",
  parse_args=["--date", "2023-10-07"],
  notes="Invented outlet. Text live blog, NEWEST first; a bare 'HH:MM' line before each headline, '\u2014 NAME' after the body. Date line 'Saturday 7 October' has no year (parse_args). 'All times are Kyiv time (EEST)', UTC+3. Key Points block lists two exact headlines (6720-03, 6720-07). 6720-06 is a video teaser without body; 6720-02 is the day's theme piece (explainer). Kupiansk shelling (6720-04), the Hroza funerals (6720-05) and the Kharkiv city strike are three different events in the same region: must not merge. " + D1,
  not_entries=["masthead and menu", "title, date line and 'All times are Kyiv time (EEST)'", "'Key Points' heading and its two '- ' bullets", "'Latest'",
               "'\u2014 NAME' signature lines (author)", "'Advertisement'", "'Show older posts' and footer"],
  entries=[
  E("2023-10-07 19:10", "Kharkiv injured count rises to 28 as rescuers finish search",
    ["Rescue crews in Kharkiv have finished clearing the debris of the building hit in Friday night's missile strike, and the number of injured has risen to 28, the regional governor said.",
     "The two people killed were a 10-year-old boy and his grandmother, who lived on the building's third floor."],
    "strikes", "strikes", 3, KHA, a="Ilse Marwood"),
  E("2023-10-07 16:45", GRID_H, GRID_P, "strikes", "strikes", 2, GRID, a="Tobias Renfrew", sec=("aid",),
    n="Theme piece (explainer on attacks against the power grid): own story, importance 2; must not merge with the German air-defence pledge."),
  E("2023-10-07 14:20", "Germany promises extra air-defence system before winter",
    ["Germany will send Ukraine an additional air-defence system and a new batch of interceptor missiles before the end of the year, the German defence ministry said on Saturday.",
     "Berlin did not say which system would be delivered, but officials in Kyiv said they expected another Patriot unit."],
    "aid", "aid", 3, GER, a="Ilse Marwood", kp=True),
  E("2023-10-07 12:05", "Kupiansk shelled again; one man killed",
    ["A 54-year-old man was killed when Russian artillery hit a residential street in Kupiansk, east of Kharkiv, on Saturday morning, regional officials said.",
     "The town, close to the front line, has been shelled almost daily since the summer."],
    "strikes", "strikes", 3, "kupiansk-shelling-2023-10-07", a="Tobias Renfrew", n="Deadly shelling -> 3. Different event from the Kharkiv city strike: must not merge."),
  E("2023-10-07 10:30", "Hroza buries the first victims of the caf\u00e9 strike",
    ["Funerals began on Saturday in the village of Hroza, where a Russian missile killed 52 people gathered at a caf\u00e9 for a wake on Thursday.",
     "Police said all but a handful of the victims had now been identified through DNA tests."],
    "other", "humanitarian", 3, HRO, a="Ilse Marwood", sec=("strikes",), n="Aftermath of the 5 Oct strike (same story as the strike); carried by 2 seeds of the day -> 3."),
  E("2023-10-07 08:15", "Watch: Kharkiv residents sweep up glass after the night strike", [], "strikes", "strikes", 1, KHA,
    n="Video teaser without body -> importance 1."),
  E("2023-10-07 07:40", "Kharkiv: boy, 10, and his grandmother killed in missile strike",
    ["A Russian missile struck a residential building in central Kharkiv late on Friday, killing a 10-year-old boy and his grandmother, the city's mayor said.",
     "At least 20 people were injured, among them a baby, and several floors of the building collapsed."],
    "strikes", "strikes", 3, KHA, a="Tobias Renfrew", kp=True),
  ]))

SEEDS.append(dict(id="6721", name="6721_brindlemark-ldlive", ext="html", source="Brindlemark Daily", zone="America/New_York", render=r_brindlemark,
  title="Ukraine live: Kharkov strike kills boy; Germany adds air defense", url="https://brindlemark.example/live/ukraine-2023-10-07",
  lede="Our live coverage of Russia's war in Ukraine. All times Eastern.",
  notes="Invented US outlet. HTML live blog, OLDEST first, LiveBlogPosting JSON-LD with per-update datePublished (-04:00). Visible '8:40 p.m. ET' <time> above each h2, day dividers 'Friday, October 6' / 'Saturday, October 7' without year (the 'Updated October 7, 2023, 2:30 p.m. ET' line has it). Local midnight crossing: the two Friday-evening posts (EDT, UTC-4) are already 7 Oct in UTC. Spells the city 'Kharkov'. 6721-05 republishes 6721-02 nearly verbatim later in the day (duplicate_of 6721-02). " + D1,
  not_entries=["header and nav", "h1 title", "'Updated October 7, 2023, 2:30 p.m. ET' line", "dek 'Our live coverage ... All times Eastern.'",
               "day dividers 'Friday, October 6' and 'Saturday, October 7'", "'By NAME' lines (author)", "closing note 'This live coverage has ended ...'", "footer"],
  entries=[
  E("2023-10-06 20:40", "Missile strike hits central Kharkov; at least one dead",
    ["A Russian missile has hit an apartment building in the center of Kharkov, Ukraine's second-largest city, killing at least one person and injuring 11, local officials said.",
     "Video shared by residents showed flames on the upper floors and cars crushed under falling masonry."],
    "strikes", "strikes", 3, KHA, a="Priya Holloway", n="8:40 p.m. EDT on 6 Oct = 00:40 UTC on 7 Oct. Early toll (1 dead, 11 hurt)."),
  E("2023-10-06 23:55", "Kharkov toll rises to two; boy among dead",
    ["The death toll from the strike on Kharkov has risen to two, the regional governor said, adding that a 10-year-old boy was among those killed.",
     "The number of injured has climbed to 16."],
    "strikes", "strikes", 3, KHA, a="Priya Holloway"),
  E("2023-10-07 06:30", "Ukraine and Poland farm ministers discuss grain transit",
    ["Agriculture ministers from Ukraine and Poland held a video call on Saturday to discuss how Ukrainian grain could cross Polish territory to Baltic ports, as the two neighbors try to defuse a dispute over import bans.",
     "Both sides described the talks as constructive but announced no agreement."],
    "diplomacy", "diplomacy", 3, GRAIN, a="Marcus Feld", n="Carried by 2 seeds of the day (6721, 6723) -> 3."),
  E("2023-10-07 09:10", "Germany pledges more air defense ahead of winter",
    ["Germany has promised Ukraine another air defense system and extra interceptors before the end of the year, the German defense ministry said, as Kyiv braces for renewed Russian attacks on its power grid."],
    "aid", "aid", 3, GER, a="Marcus Feld"),
  E("2023-10-07 11:45", "Kharkov toll rises to two; boy among dead",
    ["The death toll from the strike on Kharkov has risen to two, the regional governor said, adding that a 10-year-old boy was among those killed.",
     "The number of injured has climbed to 16."],
    "strikes", "strikes", 1, KHA, a="Priya Holloway", dup=2, n="Near-verbatim republication of 6721-02 -> duplicate, importance 1."),
  E("2023-10-07 14:30", "Russia says it repelled Ukrainian attacks near Robotyne",
    ["Russia's defense ministry said its troops had repelled several Ukrainian attacks near the southern village of Robotyne over the past day, a claim that could not be verified."],
    "other", "frontline", 2, "robotyne-fighting-2023-10-07", a="Priya Holloway"),
  ]))

SEEDS.append(dict(id="6722", name="6722_hollisford-worldrss", ext="xml", source="Hollisford World Service", zone="UTC", render=r_rss, rfc="GMT",
  title="Hollisford World Service - Top stories", url="https://hollisford.example",
  lede="The latest world headlines from Hollisford World Service",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate in GMT; no authors. War items are a minority: 4 of 6 items are off-beat (Israel, Afghanistan earthquake, Nobel laureate's family, rugby). Spells the village 'Groza' (Russian form) where other seeds say 'Hroza'. " + D1,
  not_entries=["channel title, link, description and language", "<category> values"],
  entries=[
  E("2023-10-07 17:40", "Ukrainian village of Groza holds first funerals after strike",
    ["Mourners in the village of Groza in north-eastern Ukraine buried the first of 52 people killed when a missile struck a wake on Thursday.",
     "Almost every family in the village of about 330 people lost a relative, local officials said."],
    "other", "humanitarian", 3, HRO, sec=("strikes",), n="Spelled Groza here: same story as 6720-05."),
  OFF("2023-10-07 15:05", "Rugby World Cup enters its last weekend of pool games",
    ["Several places in the quarter-finals were still to be decided going into the final round of pool matches in France, with Scotland and Ireland meeting in Paris on Saturday night."],
    "rugby-world-cup-pool-stage", n="Sport."),
  OFF("2023-10-07 12:30", "Family of jailed Nobel laureate vows to continue her campaign",
    ["Relatives of the Iranian activist awarded this year's Nobel Peace Prize said the honour would strengthen her fight for women's rights, even though she remains in prison in Tehran."],
    "nobel-peace-prize-family-reaction", n="Nobel prize."),
  OFF("2023-10-07 10:10", "Strong earthquakes shake western Afghanistan",
    ["A series of powerful earthquakes struck near the city of Herat in western Afghanistan on Saturday, flattening villages and killing many people, officials said.",
     "Aid agencies said the toll was likely to rise as rescuers reached remote areas."],
    "afghanistan-herat-earthquakes", n="Earthquake."),
  E("2023-10-07 08:45", "Kharkiv counts the cost of overnight strike",
    ["Two people, including a 10-year-old boy, were killed and at least 24 injured when a Russian missile hit an apartment block in central Kharkiv late on Friday, Ukrainian officials said."],
    "strikes", "strikes", 3, KHA),
  OFF("2023-10-07 06:20", "Militants launch surprise attack on Israel from Gaza",
    ["Hamas militants fired thousands of rockets and sent fighters across the fence from Gaza into southern Israel early on Saturday, in the most serious attack on the country in decades."],
    "hamas-attack-on-israel-2023-10-07", n="Middle East, not the Russia-Ukraine war."),
  ]))

SEEDS.append(dict(id="6723", name="6723_castellwyn-article", ext="txt", source="Castellwyn Post", zone="Europe/Warsaw", render=r_textarticle,
  title="Kharkiv mourns, Berlin promises, Warsaw talks: Saturday in the war", byline="Agnieszka Torvell", dateline="7 October 2023, 18:40 CEST",
  lede="A deadly strike on Kharkiv, a new German promise of air defence and a thaw in the grain dispute marked Saturday.",
  more="Why Poland's election is shaping its Ukraine policy",
  notes="Invented outlet. Text article with three section headings; one entry per section, stamp null, published = the dateline '7 October 2023, 18:40 CEST' (UTC+2 = 16:40 UTC). Page byline as author. " + D1,
  not_entries=["masthead and section path", "title", "'By Agnieszka Torvell' byline and dateline", "lede paragraph", "'Share this article'", "'Read more: ...' link", "copyright line"],
  entries=[
  E("2023-10-07 18:40", "A strike in the centre of Kharkiv",
    ["The missile that hit central Kharkiv on Friday evening killed a boy of ten and his grandmother and injured 28 people, according to the latest figures from the regional administration.",
     "It was the second deadly attack in the Kharkiv region in two days, after the strike on a wake in Hroza on Thursday."],
    "strikes", "strikes", 3, KHA, a="Agnieszka Torvell"),
  E("2023-10-07 18:40", "Berlin's winter promise",
    ["Germany's pledge of another air-defence system before winter was welcomed in Warsaw, where officials have urged European allies to speed up deliveries.",
     "Polish officials said Patriot batteries already stationed in south-eastern Poland to protect the supply hub at Rzesz\u00f3w would stay."],
    "aid", "aid", 3, GER, a="Agnieszka Torvell"),
  E("2023-10-07 18:40", "Grain talks resume",
    ["Polish and Ukrainian agriculture ministers spoke for the first time in weeks on Saturday, agreeing to work on a transit system that would move Ukrainian grain through Poland without it being sold on the Polish market.",
     "Warsaw's import ban on Ukrainian wheat, maize, rapeseed and sunflower seed remains in force."],
    "diplomacy", "diplomacy", 3, GRAIN, a="Agnieszka Torvell"),
  ]))

# ============================================================ PART B, day 2: 2023-10-08 (UTC) — the day after day 1
D2 = "Day 2 (2023-10-08 UTC): 6730, 6731, 6732, 6733, 6734."
ODE = "odesa-port-drone-attack-2023-10-08"
MINE = "cargo-ship-sea-mine-odesa-2023-10-08"
DEN = "denmark-artillery-ammunition-funding-2023-10-08"

SEEDS.append(dict(id="6730", name="6730_tarrowmoor-htmllive", ext="html", source="Tarrowmoor Live", zone="Europe/London", render=r_tarrowmoor,
  title="Ukraine war live: Odesa port hit by drones; Kharkiv toll rises to three", dayline="Sunday 8 October 2023",
  lede="Russian drones have hit Odesa's grain terminal, a cargo ship has struck a mine and Kharkiv mourns another victim.",
  notes="Invented outlet. HTML live blog without JSON-LD, NEWEST first, '18:30 BST' span above each h2 (BST = UTC+1), 'By NAME' below the h2. Date line 'Sunday 8 October 2023'. 6730-04 is a photo teaser without body. Odesa port drone attack (6730-01, -05) and the sea-mine damage to a cargo ship (6730-02) are different events at the same place: must not merge. 6730-03 continues day 1's Kharkiv strike story with a new development (third death, day of mourning). " + D2,
  not_entries=["cookie notice", "header/nav", "h1 title", "date line", "summary paragraph", "'By NAME' lines (author)", "'Related' aside with its link", "'Load earlier entries' and footer"],
  entries=[
  E("2023-10-08 18:30", "Odesa port attack: death toll rises to three",
    ["A third person has died after Russian drones struck grain storage at Odesa's port overnight, the regional governor said on Sunday evening.",
     "The victim, a dock worker, had been in hospital with severe burns."],
    "strikes", "strikes", 3, ODE, a="Niamh Corlett"),
  E("2023-10-08 15:10", "Cargo ship damaged by sea mine off Odesa coast",
    ["A Liberian-flagged bulk carrier was damaged by what Ukrainian officials believe was a drifting sea mine near the approaches to Odesa, and its crew were taken off safely.",
     "The ship had been waiting to load grain under Ukraine's new shipping corridor."],
    "strikes", "strikes", 3, MINE, a="Ellis Varga", n="Remote explosive (mine) -> strikes; carried by 2 seeds (6730, 6733) -> 3. Not the drone attack."),
  E("2023-10-08 12:40", "Kharkiv declares day of mourning as third victim dies",
    ["Kharkiv's mayor declared Monday a day of mourning after a 45-year-old woman injured in Friday night's missile strike died in hospital, bringing the toll to three."],
    "strikes", "strikes", 3, KHA, a="Niamh Corlett", n="Continuation of day 1's story with a new development (third death); keeps the day-1 slug; carried by 2 day-2 seeds -> 3."),
  E("2023-10-08 10:05", "Photos: Odesa's port after the night attack", [], "strikes", "strikes", 1, ODE, n="Photo teaser without body -> importance 1."),
  E("2023-10-08 07:50", "Odesa grain terminal hit in overnight drone attack",
    ["Russian drones hit grain silos and a warehouse at the port of Odesa overnight, killing one person and injuring four, Ukraine's southern military command said.",
     "Air defences shot down 20 of the 25 drones launched, the command said."],
    "strikes", "strikes", 3, ODE, a="Ellis Varga"),
  E("2023-10-08 06:15", "Denmark earmarks more money for artillery shells",
    ["Denmark's government has set aside about 100 million euros more for artillery ammunition for Ukraine, to be bought jointly with other European countries, the defence ministry said."],
    "aid", "aid", 3, DEN, a="Ellis Varga", n="Carried by 2 seeds (6730, 6734) -> 3."),
  ]))

SEEDS.append(dict(id="6731", name="6731_ebbsworth-atom", ext="xml", source="Ebbsworth Review", zone="Europe/Kyiv", render=r_atom,
  title="Ebbsworth Review \u2014 Ukraine", url="https://ebbsworth.example/ukraine",
  lede="Reporting and analysis from Kyiv",
  notes="Invented outlet. Atom 1.0 feed, newest first, <published> with +03:00 (Kyiv, EEST); per-entry authors; HTML content escaped. Spells the port 'Odessa' in 6731-02. 6731-01 is the day's theme piece (analysis of whether the Middle East war will pull Western arms away from Ukraine): own story, must not merge with Denmark's funding (6730-06, 6734-02) or Zelensky's air-defence remarks (6731-03). 6731-04 continues day 1's Kharkiv story. " + D2,
  not_entries=["feed title, subtitle, link, id, updated", "entry <id>/<link>/<updated> values"],
  entries=[
  E("2023-10-08 21:40", "Analysis: will the Middle East war drain Western arms meant for Ukraine?",
    ["The outbreak of war between Israel and Hamas has raised a question that officials in Kyiv have quietly dreaded for months: what happens when another close partner of Washington needs the same shells and interceptors?",
     "Much of what Ukraine relies on, from 155mm artillery rounds to air-defence missiles, is also on Israel's list, and Western production lines are already stretched.",
     "Ukrainian officials insist support will hold, but analysts say the real test will come when Congress votes on new money."],
    "aid", "aid", 2, "analysis-middle-east-war-ukraine-arms", a="Oksana Brevik", sec=("diplomacy",), n="Theme piece (analysis): own story, importance 2."),
  E("2023-10-08 17:25", "Odessa toll climbs to two after port strike",
    ["The number of people killed in the overnight Russian drone attack on the port of Odessa has risen to two, after a second worker was found under the rubble of a warehouse."],
    "strikes", "strikes", 3, ODE, a="Oksana Brevik", n="Spelled Odessa here."),
  E("2023-10-08 13:05", "Zelensky: air defence is the 'first priority' for winter",
    ["President Volodymyr Zelensky said in a video address on Sunday that protecting the power grid from Russian strikes was the government's first priority for the winter, and that he was in daily contact with partners about more air-defence systems."],
    "aid", "aid", 2, "zelensky-air-defence-winter-priority-2023-10-08", a="Danylo Hrets", n="Appeal for air defence -> aid; a statement of its own, not the German pledge of day 1."),
  E("2023-10-08 09:30", "Kharkiv: third victim of Friday's strike dies in hospital",
    ["A woman wounded when a Russian missile hit an apartment building in Kharkiv on Friday night has died in hospital, raising the death toll to three, the city's mayor said."],
    "strikes", "strikes", 3, KHA, a="Oksana Brevik", n="Continuation of day 1's story (new development)."),
  E("2023-10-08 07:10", "Odesa port hit by drones overnight",
    ["Russian Shahed drones set fire to grain silos at the port of Odesa in the early hours of Sunday, and one worker was killed, the regional governor said."],
    "strikes", "strikes", 3, ODE, a="Danylo Hrets"),
  ]))

SEEDS.append(dict(id="6732", name="6732_velmstead-textlive", ext="txt", source="Velmstead Courier", zone="Europe/Kyiv", render=r_velmstead,
  title="Russia-Ukraine war live: drones hit Odesa grain terminal; two killed by shelling in Kherson", dayline="Sunday 8 October",
  parse_args=["--date", "2023-10-08"],
  notes="Same invented outlet and layout as 6720 (its Sunday page): text live blog, NEWEST first, bare 'HH:MM' line before each headline, date line 'Sunday 8 October' without year (parse_args), Kyiv time (EEST, UTC+3), Key Points block listing 6732-04 and 6732-05. 6732-03 re-posts the outlet's day-1 explainer (6720-02) word for word: a cross-day re-post, importance 1. " + D2,
  not_entries=["masthead and menu", "title, date line and 'All times are Kyiv time (EEST)'", "'Key Points' heading and its two '- ' bullets", "'Latest'",
               "'\u2014 NAME' signature lines (author)", "'Advertisement'", "'Show older posts' and footer"],
  entries=[
  E("2023-10-08 19:30", "Odesa dock workers back at terminal as toll stands at two",
    ["Dock workers in Odesa were back at the grain terminal on Sunday evening, shovelling burnt grain out of a damaged silo, after an attack that killed two of their colleagues.",
     "Port officials said loading at the other berths had not stopped."],
    "strikes", "strikes", 3, ODE, a="Ilse Marwood"),
  E("2023-10-08 15:00", "Ukraine reports small gains south of Bakhmut",
    ["Ukraine's ground forces commander said his troops had advanced a few hundred metres south of Bakhmut over the weekend, despite rain that has turned fields into mud."],
    "other", "frontline", 2, "bakhmut-south-gains-2023-10-08", a="Tobias Renfrew"),
  E("2023-10-08 11:20", GRID_H, GRID_P, "strikes", "strikes", 1, GRID, a="Tobias Renfrew", sec=("aid",),
    n="Re-post of day-1 entry 6720-02 (same outlet, same headline and text) -> importance 1; duplicate_of stays null because the original is on another page."),
  E("2023-10-08 09:40", "Russian shelling kills two in Kherson",
    ["Two people were killed and three wounded when Russian shells hit a residential area of Kherson on Sunday morning, the regional military administration said."],
    "strikes", "strikes", 3, "kherson-shelling-2023-10-08", a="Ilse Marwood", kp=True),
  E("2023-10-08 07:30", "Odesa port struck overnight; one worker dead",
    ["Russian drones struck the grain terminal at Odesa's port overnight, killing one worker and setting a silo on fire, the southern defence forces said."],
    "strikes", "strikes", 3, ODE, a="Tobias Renfrew", kp=True),
  ]))

SEEDS.append(dict(id="6733", name="6733_fallowmere-worldrss", ext="xml", source="Fallowmere Journal", zone="Asia/Tokyo", render=r_rss, rfc="+0900",
  title="Fallowmere Journal | World", url="https://fallowmere.example",
  lede="World news from the Fallowmere Journal, Tokyo",
  notes="Invented outlet. General world-news RSS 2.0 feed from a Tokyo-based outlet, newest first, pubDate in +0900 (JST); the UTC day 8 Oct runs from 09:00 JST on 8 Oct to 08:59 JST on 9 Oct, so the newest item (9 Oct 02:15 JST) is still 8 Oct in UTC. 4 of 6 items are off-beat. Spells 'Odessa'. " + D2,
  not_entries=["channel title, link, description and language", "<category> values"],
  entries=[
  OFF("2023-10-09 02:15", "Israel formally declares war as Gaza death toll mounts",
    ["Israel's security cabinet formally declared war on Sunday, a day after Hamas fighters stormed into the south of the country, as air strikes pounded the Gaza Strip."],
    "israel-declares-war-2023-10-08", n="Middle East. 02:15 JST on 9 Oct = 17:15 UTC on 8 Oct."),
  OFF("2023-10-08 23:40", "Afghan quake death toll passes 2,000, Taliban say",
    ["The number of people killed by Saturday's earthquakes in western Afghanistan has risen above 2,000, a Taliban government spokesman said."],
    "afghanistan-herat-earthquakes", n="Earthquake."),
  E("2023-10-08 20:10", "Mine damages merchant ship off Ukraine's Black Sea coast",
    ["A bulk carrier flying the Liberian flag was damaged by a naval mine near Odessa, Ukrainian officials said, in the latest sign of the dangers facing ships using Kyiv's new export corridor."],
    "strikes", "strikes", 3, MINE),
  OFF("2023-10-08 17:30", "Osaka Expo venue costs rise again",
    ["Organisers of the World Expo in Osaka said construction costs for the venue would rise by a further 50 billion yen, adding to pressure on the national and city governments."],
    "osaka-expo-costs", n="Japanese domestic news."),
  E("2023-10-08 14:05", "Drones set Odessa grain silos ablaze",
    ["Russian drones attacked Odessa's port in the early hours of Sunday, setting grain silos on fire and killing a worker, according to Ukraine's military."],
    "strikes", "strikes", 3, ODE),
  OFF("2023-10-08 10:20", "Delegates gather in Marrakech a month after Morocco quake",
    ["Finance ministers and central bankers began arriving in Marrakech for the annual meetings of the IMF and World Bank, which Morocco insisted on hosting despite last month's earthquake."],
    "imf-world-bank-marrakech-meetings", n="Economy/Morocco."),
  ]))

SEEDS.append(dict(id="6734", name="6734_kinnerley-textlive", ext="txt", source="Kinnerley Dispatch", zone="Europe/Berlin", render=r_kinnerley,
  title="Live: Russia targets Odesa port; Denmark adds ammunition money", dayline="Sunday, 8 October 2023 \u2014 times are CEST",
  lede="Follow the day's events in the war in Ukraine.",
  notes="Invented outlet. Text live blog, OLDEST first; each post: headline, then the stamp line 'Posted 06:40 CEST \u00b7 by NAME' AFTER the headline (stamp = the whole line, author = the name), body, 'Share \u00b7 Comment'. CEST = UTC+2. 6734-04 republishes 6734-01 nearly verbatim (duplicate_of 6734-01). " + D2,
  not_entries=["masthead and menu", "title and date line", "intro 'Follow the day's events ...'", "'Share \u00b7 Comment' after every post", "'More live coverage tomorrow' and footer"],
  entries=[
  E("2023-10-08 06:40", "Night attack on Odesa: drones target port",
    ["Ukraine's air force said Russia launched 25 attack drones overnight, mostly at the Odesa region, and that air defences had destroyed 20 of them.",
     "Officials in Odesa reported a fire at the port and one death."],
    "strikes", "strikes", 3, ODE, a="Henrike Solberg"),
  E("2023-10-08 09:15", "Denmark pledges further funds for shells",
    ["The Danish defence ministry said on Sunday that it would put roughly 100 million euros more into a joint European purchase of artillery ammunition for Ukraine."],
    "aid", "aid", 3, DEN, a="Jannik Ostrow"),
  E("2023-10-08 11:35", "Russian troops attack near Lyman, Ukraine says",
    ["Ukraine's military said its forces had repelled eleven Russian attacks near Lyman in the Donetsk region over the past 24 hours."],
    "other", "frontline", 2, "lyman-fighting-2023-10-08", a="Jannik Ostrow"),
  E("2023-10-08 13:50", "Night attack on Odesa: drones target port",
    ["Ukraine's air force said Russia launched 25 attack drones overnight, mostly at the Odesa region, and that air defences had destroyed 20 of them.",
     "Officials in Odesa reported a fire at the port and one death."],
    "strikes", "strikes", 1, ODE, a="Henrike Solberg", dup=1, n="Near-verbatim republication of 6734-01 -> duplicate, importance 1."),
  E("2023-10-08 16:20", "Odesa toll rises to two",
    ["A second worker has died after the overnight drone attack on Odesa's port, regional officials said on Sunday afternoon."],
    "strikes", "strikes", 3, ODE, a="Henrike Solberg"),
  ]))

# ============================================================ PART B, day 3: 2023-09-18 (UTC)
D3 = "Day 3 (2023-09-18 UTC): 6740, 6741, 6742, 6743, 6744."
WTO = "ukraine-wto-grain-complaint-2023-09-18"
ZAP = "zaporizhzhia-missile-strike-2023-09-18"
NY = "zelensky-arrives-new-york-un-week-2023-09-18"
HOSP = "zelensky-staten-island-hospital-visit-2023-09-18"
KLI = "klishchiivka-recapture-2023-09-17"

SEEDS.append(dict(id="6740", name="6740_glenbrack-worldatom", ext="xml", source="Glenbrack Herald", zone="UTC", render=r_atom,
  title="Glenbrack Herald: World", url="https://glenbrack.example/world",
  lede="International news, updated through the day",
  notes="Invented outlet. General world-news Atom feed, newest first, <published> in Z (UTC); no authors. 4 of 6 entries are off-beat (Canada-India row, Derna protest, Karabakh aid, markets). " + D3,
  not_entries=["feed title, subtitle, link, id, updated", "entry <id>/<link>/<updated> values"],
  entries=[
  OFF("2023-09-18 21:30", "Canada links India to killing of Sikh leader",
    ["Prime Minister Justin Trudeau told Parliament that Canadian security agencies were investigating credible allegations linking agents of the Indian government to the killing of a Sikh separatist leader in British Columbia in June."],
    "canada-india-sikh-leader-killing", n="Canada-India."),
  E("2023-09-18 18:10", "Zelensky arrives in New York ahead of UN General Assembly",
    ["Ukrainian President Volodymyr Zelensky arrived in New York on Monday for the annual gathering of world leaders at the United Nations, his first in-person visit to the General Assembly since the full-scale invasion."],
    "diplomacy", "diplomacy", 3, NY),
  E("2023-09-18 15:45", "Ukraine takes Poland, Hungary and Slovakia to WTO over grain bans",
    ["Ukraine has filed complaints at the World Trade Organization against Poland, Hungary and Slovakia over their bans on imports of Ukrainian grain, its economy ministry said on Monday."],
    "diplomacy", "diplomacy", 3, WTO),
  OFF("2023-09-18 12:20", "Protesters in Derna demand accountability after flood",
    ["Hundreds of people gathered outside the main mosque in the Libyan city of Derna to demand that officials be held to account for the collapse of two dams that unleashed last week's deadly flood."],
    "libya-derna-flood-protest", n="Libya flood."),
  OFF("2023-09-18 09:05", "Aid reaches Nagorno-Karabakh by two routes",
    ["Red Cross trucks carrying flour and medical supplies reached Nagorno-Karabakh on Monday via both the Lachin corridor from Armenia and a road from Azerbaijan, after weeks of blockade."],
    "nagorno-karabakh-aid-convoys", n="South Caucasus."),
  OFF("2023-09-18 06:30", "Asian shares edge lower ahead of central bank decisions",
    ["Stock markets in Asia slipped on Monday as investors waited for interest rate decisions from the US Federal Reserve, the Bank of England and the Bank of Japan later in the week."],
    "asian-markets-central-bank-week", n="Markets."),
  ]))

SEEDS.append(dict(id="6741", name="6741_saltwyn-textlive", ext="txt", source="Saltwyn Bulletin", zone="Europe/Kyiv", render=r_saltwyn,
  title="Ukraine war live: Kyiv sues neighbours at WTO; missile kills two in Zaporizhzhia", dayline="Monday, 18 September",
  parse_args=["--date", "2023-09-18"],
  lede="Our rolling coverage of the war and the diplomacy around it, as Volodymyr Zelensky heads to New York.",
  notes="Invented outlet. Text live blog, OLDEST first; a bare 'HH:MM' line before each headline, 'Filed by NAME' after the body. Date line 'Monday, 18 September' without year (parse_args); 'Times are Kyiv time' (EEST, UTC+3). Zaporizhzhia toll grows from one (6741-01) to two (6741-04). 6741-05 republishes 6741-01 nearly verbatim (duplicate_of 6741-01). Klishchiivka (6741-02) and Synkivka (6741-06) are different frontline events: must not merge. " + D3,
  not_entries=["masthead and menu", "title, date line and 'Times are Kyiv time'", "intro paragraph", "'Filed by NAME' lines (author)", "subscription promo line", "'Live coverage continues tomorrow' and footer"],
  entries=[
  E("2023-09-18 07:20", "Overnight missile strike on Zaporizhzhia kills one",
    ["A Russian missile struck an industrial area of Zaporizhzhia shortly before dawn, killing one person and damaging a warehouse and several homes, the regional governor said."],
    "strikes", "strikes", 3, ZAP, a="Sofiia Lenko"),
  E("2023-09-18 09:10", "Ukraine says flag raised over Klishchiivka",
    ["Ukrainian soldiers have raised the national flag over the ruins of Klishchiivka, south of Bakhmut, a day after the military said the village had been retaken."],
    "other", "frontline", 3, KLI, a="Sofiia Lenko", n="Carried by 3 seeds of the day -> 3."),
  E("2023-09-18 11:45", "Kyiv files WTO complaints over grain bans",
    ["Ukraine's trade representative said on Monday that Kyiv had launched proceedings at the World Trade Organization against Poland, Hungary and Slovakia, which have kept unilateral bans on Ukrainian grain.",
     "The European Commission let an EU-wide restriction expire on Friday, but the three countries imposed their own."],
    "diplomacy", "diplomacy", 3, WTO, a="Marko Ilchuk"),
  E("2023-09-18 13:30", "Zaporizhzhia strike: second body found under rubble",
    ["Rescuers in Zaporizhzhia found the body of a second victim in the rubble of the warehouse hit overnight, the city's acting mayor said."],
    "strikes", "strikes", 3, ZAP, a="Sofiia Lenko"),
  E("2023-09-18 15:10", "Overnight missile strike on Zaporizhzhia kills one",
    ["A Russian missile struck an industrial area of Zaporizhzhia shortly before dawn, killing one person and damaging a warehouse and several homes, the regional governor said."],
    "strikes", "strikes", 1, ZAP, a="Sofiia Lenko", dup=1, n="Near-verbatim republication of 6741-01 (stale toll) -> duplicate, importance 1."),
  E("2023-09-18 18:40", "Russia claims it pushed back attacks near Synkivka",
    ["Russia's defence ministry said its forces had repelled Ukrainian assaults near Synkivka in the Kharkiv region and had improved their positions along the line."],
    "other", "frontline", 2, "synkivka-fighting-2023-09-18", a="Marko Ilchuk"),
  E("2023-09-18 22:15", "Zelensky visits wounded soldiers in New York hospital",
    ["President Volodymyr Zelensky and his wife visited a hospital on Staten Island where Ukrainian soldiers who lost limbs are being fitted with prosthetics, on his first stop in New York."],
    "other", "humanitarian", 3, HOSP, a="Marko Ilchuk", sec=("diplomacy",),
    n="Carried by 2 seeds (the teaser 6742-01) -> 3. A different event from his arrival (6740-02, 6742-02, 6743-03): must not merge."),
  ]))

SEEDS.append(dict(id="6742", name="6742_corriebrook-htmllive", ext="html", source="Corriebrook Live", zone="Europe/London", render=r_corriebrook,
  title="Ukraine war live: Kyiv takes grain row to WTO as Zelensky lands in New York", url="https://corriebrook.example/live/2023/sep/18/ukraine",
  dayline="Monday 18 September 2023",
  lede="Ukraine launches trade cases against Poland, Hungary and Slovakia; Zelensky arrives for the UN General Assembly.",
  notes="Invented outlet. HTML live blog, NEWEST first; JSON-LD @graph with @type ['NewsArticle','LiveBlogPosting'] and a per-update list; visible UK-style stamps '8.25pm' in <time datetime> (+01:00, BST) above each h3; signature after the body. Spells 'Zaporozhye' and 'World Trade Organisation'. 6742-01 is a video teaser without body; 6742-03 is the day's theme piece (analysis of the WTO case): own story, must not merge with the complaint itself. " + D3,
  not_entries=["header/nav", "h1 title", "date line", "standfirst", "signature lines (author)", "evening briefing promo", "footer"],
  entries=[
  E("2023-09-18 20:25", "Watch: Zelensky meets wounded troops in New York", [], "other", "humanitarian", 1, HOSP, n="Video teaser without body -> importance 1."),
  E("2023-09-18 18:05", "Zelensky lands in New York for UN week",
    ["Volodymyr Zelensky has arrived in New York, where he will address the UN General Assembly on Tuesday and is expected to meet Joe Biden in Washington later in the week."],
    "diplomacy", "diplomacy", 3, NY, a="Euan Pettifer"),
  E("2023-09-18 14:40", "Analysis: what a WTO case can \u2013 and can't \u2013 do for Ukraine's farmers",
    ["A WTO dispute is slow by design: the first stage is 60 days of consultations, and a ruling from a panel can take more than a year.",
     "That makes Kyiv's complaint more of a bargaining chip than a quick fix, trade lawyers say, and the real decisions will be taken in Warsaw, Budapest and Bratislava.",
     "Poland votes in a general election next month, and few expect its government to soften its position before then."],
    "diplomacy", "diplomacy", 2, "analysis-wto-grain-case", a="Rhona Castell", n="Theme piece (analysis): own story, importance 2."),
  E("2023-09-18 12:55", "Ukraine launches WTO case against three EU neighbours",
    ["Ukraine has taken Poland, Hungary and Slovakia to the World Trade Organisation over their refusal to lift bans on Ukrainian grain, the first time Kyiv has brought a case against EU members at the trade body."],
    "diplomacy", "diplomacy", 3, WTO, a="Rhona Castell"),
  E("2023-09-18 10:30", "Klishchiivka: Ukraine shows footage of retaken village",
    ["Ukraine's army has released drone footage showing its troops moving through the shattered streets of Klishchiivka, which it says it recaptured on Sunday."],
    "other", "frontline", 3, KLI, a="Euan Pettifer"),
  E("2023-09-18 08:10", "Zaporozhye hit overnight, one dead",
    ["One person was killed and several houses were damaged when a missile hit an industrial district of Zaporozhye overnight, regional authorities said."],
    "strikes", "strikes", 3, ZAP, a="Euan Pettifer", n="Spelled Zaporozhye here."),
  ]))

SEEDS.append(dict(id="6743", name="6743_ashenholt-article", ext="txt", source="Ashenholt Gazette", zone="Europe/Vienna", render=r_textarticle,
  title="Grain, Geneva and New York: Ukraine's Monday", byline="Lotte Brandauer", dateline="Monday 18 September 2023 \u00b7 19:45 CEST",
  lede="Kyiv opened a legal front against three EU neighbours while its president began a week of diplomacy in the United States.",
  more="Central Europe's farmers and the Ukrainian grain glut",
  notes="Invented outlet. Text article with three section headings; one entry per section, stamp null, published = the dateline 'Monday 18 September 2023 \u00b7 19:45 CEST' (UTC+2 = 17:45 UTC). Page byline as author. Section 2 is the reaction from Budapest and Bratislava to the complaint, whose content is the complaint itself: same story. " + D3,
  not_entries=["masthead and section path", "title", "byline and dateline", "lede paragraph", "'Share this article'", "'Read more: ...' link", "copyright line"],
  entries=[
  E("2023-09-18 19:45", "Kyiv goes to Geneva",
    ["Ukraine's decision to take three EU neighbours to the trade body in Geneva marks a sharp escalation of a dispute that has simmered since spring, when Poland, Hungary and Slovakia first closed their markets to Ukrainian wheat, maize and sunflower seed."],
    "diplomacy", "diplomacy", 3, WTO, a="Lotte Brandauer"),
  E("2023-09-18 19:45", "Budapest and Bratislava push back",
    ["Hungary's agriculture ministry said the complaint would change nothing and that its ban would stay as long as it was needed to protect Hungarian farmers.",
     "Slovakia's government said it was open to talks on a licensing system."],
    "diplomacy", "diplomacy", 3, WTO, a="Lotte Brandauer", n="Reaction whose content is the complaint: same story."),
  E("2023-09-18 19:45", "A long week for Zelensky",
    ["Zelensky's week in the United States, which began with his arrival in New York on Monday, will be his most important diplomatic test since the spring, with Congress divided over the next aid package."],
    "diplomacy", "diplomacy", 3, NY, a="Lotte Brandauer", sec=("aid",)),
  ]))

SEEDS.append(dict(id="6744", name="6744_dunmarsh-rss", ext="xml", source="Dunmarsh Signal", zone="America/New_York", render=r_rss, rfc="-0400",
  title="Dunmarsh Signal - Europe", url="https://dunmarsh.example",
  lede="Europe and Eurasia coverage from the Dunmarsh Signal",
  notes="Invented US outlet. RSS 2.0 feed, newest first, pubDate with -0400 (EDT); dc:creator per item. The oldest item (Sun 17 Sep 21:30 -0400) is 18 Sep in UTC. Spells 'Zaporizhia' and 'neighbors'. " + D3,
  not_entries=["channel title, link, description and language", "<category> values"],
  entries=[
  E("2023-09-18 15:20", "Kim Jong Un heads home from Russia with gifts of drones and a bulletproof vest",
    ["North Korean leader Kim Jong Un was traveling home by armored train on Monday after six days in Russia's Far East, where a regional governor gave him five explosive drones and a bulletproof vest, Russian officials said."],
    "diplomacy", "diplomacy", 3, "kim-jong-un-russia-visit-2023-09", a="Ray Dominguez", sec=("aid",), n="Head-of-state visit -> diplomacy, importance 3."),
  E("2023-09-18 11:05", "Grain dispute heads to WTO as Ukraine sues three neighbors",
    ["Ukraine on Monday filed lawsuits at the World Trade Organization against Poland, Hungary and Slovakia, escalating a fight over grain that has strained relations between Kyiv and some of its closest allies."],
    "diplomacy", "diplomacy", 3, WTO, a="Ray Dominguez"),
  E("2023-09-18 06:40", "Zaporizhia missile strike kills 2",
    ["A Russian missile killed two people in the southern Ukrainian city of Zaporizhia early Monday, regional officials said."],
    "strikes", "strikes", 3, ZAP, a="Tessa Albright", n="Spelled Zaporizhia here; toll two."),
  E("2023-09-17 21:30", "Ukraine's military says it recaptured village near Bakhmut",
    ["Ukraine's military said Sunday its forces had recaptured Klishchiivka, a village south of Bakhmut that Russian troops had held since January."],
    "other", "frontline", 3, KLI, a="Tessa Albright", n="9:30 p.m. EDT on 17 Sep = 01:30 UTC on 18 Sep."),
  ]))


# ============================================================ emit
BASIS = {
  "r_erie": "no per-section time; the article's 'Published {s2}' line (ET = EDT, UTC-4) used for every section",
  "r_asheville": "stamp '{s}' under the day divider for {d} (year from the Published | Updated line); ET on {d} is {ab}; JSON-LD update time agrees",
  "r_macon": "stamp line '{s}' after the card text (full date, 12 h); no zone printed, Eastern time implied by the outlet ({ab})",
  "r_montgomery": "stamp '{s}' after the headline, on {d} from the 'Published ... Sept. 7, 2023' line; CT = CDT, UTC-5",
  "r_lubbock": "time label '{s}' on {d} from the 'Published 6:10 p.m. CT July 13, 2023' line; times are Central (CDT, UTC-5)",
  "r_argus": "card stamp '{s}' (date and 12 h time); CT = CST, UTC-6 in December",
  "r_casper": "pubDate '{s}' (explicit -0600)",
  "r_yakima": "time line '{s}' on the page's date line 'Jul 21, 2023'; no zone printed, Pacific time implied by the outlet (PDT, UTC-7)",
  "r_modesto": "stamp '{s}' under the day divider for {d} (no year printed: parse_args --date 2023-10-20); no zone printed, Pacific time implied (PDT, UTC-7)",
  "r_pressdemocrat": "pubDate '{s}' (explicit +0000)",
  "r_velmstead": "stamp '{s}' on the page's date line for {d} (no year printed: parse_args); Kyiv EEST = UTC+3",
  "r_brindlemark": "stamp '{s}' under the day divider for {d}; ET = EDT, UTC-4; JSON-LD update time agrees",
  "r_rss": "pubDate '{s}' (explicit zone)",
  "r_atom": "<published> '{s}' (explicit offset)",
  "r_textarticle": "no per-section time; the article dateline ({d}, {z}) used for every section",
  "r_tarrowmoor": "stamp '{s}' on the page's date line for {d}; BST = UTC+1",
  "r_kinnerley": "stamp line '{s}' after the headline, on the page's date {d}; CEST = UTC+2",
  "r_saltwyn": "stamp '{s}' under the date line for {d} (no year printed: parse_args); Kyiv EEST = UTC+3",
  "r_corriebrook": "stamp '{s}' with <time datetime> (+01:00) on {d}; JSON-LD update time agrees",
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
        if S.get("parse_args"):
            assert "2023" not in text, (fn, "page with parse_args prints a year")
        else:
            assert "2023" in text, (fn, "page prints no year but has no parse_args")
        rname = S["render"].__name__
        ents = []
        for i, e in enumerate(S["entries"]):
            d = dt(e["t"], S["zone"]); u = d.astimezone(UTC)
            s2 = ""
            if rname == "r_erie":
                p0 = dt(S["pub"], S["zone"]); s2 = f"{ap_time(p0)} ET {ap_date(p0)}"
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                         "published_basis": BASIS[rname].format(s=stamps[i], s2=s2, d=d.strftime("%Y-%m-%d"), z=S["zone"], ab=d.tzname() + " = UTC" + d.strftime("%z")[:3]),
                         "author": (e["a"].split(",")[0] if (e["a"] and S.get("name_only")) else e["a"]),
                         "first_sentence": first_sentence(e["p"][0]) if e["p"] else None,
                         "body_paragraphs": len(e["p"]),
                         "topic": e["top"], "subtopic": e["sub"], "secondary_topics": e["sec"],
                         "importance": e["imp"], "key_point": e["kp"],
                         "duplicate_of": f"{S['id']}-{e['dup']:02d}" if e["dup"] else None, "story": e["st"],
                         "notes": e["n"]})
        gold = {"seed": fn, "source": S["source"], "page_title": S.get("page_title", S["title"]), "page_timezone": S["zone"]}
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

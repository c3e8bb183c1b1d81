#!/usr/bin/env python3
"""Builds the eval/ec seed pages and their gold files from one hand-written data table (further below).
All news text is the blind tester's own invented wording (events of late 2026, invented numbers, quotes and reporters);
Part A imitates the page layouts of ten real outlets from memory, Part B outlets are invented. Deterministic.
Run from the project root:  python3 eval/ec/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "U.K.", "E.U.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.",
          "a.m.", "p.m.", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.", "Inc.", "Corp.", "Co.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **kw):
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(kw)
    return d


def OFF(t, h, p, st, a=None, n="", **kw):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **kw)


def first_sentence(par):
    for m in re.finditer(r'[.!?]["\'\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018\u2014]|$)', par):
        head = par[:m.end()]
        if m.end() < len(par) and head.endswith(ABBREV):
            continue
        return head
    return par


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def dt(e_or_s, zone):
    """local datetime of an entry (dict with 't' and optional 'fold') or of a 'YYYY-MM-DD HH:MM' string."""
    if isinstance(e_or_s, dict):
        s, fold = e_or_s["t"], e_or_s.get("fold", 0)
    else:
        s, fold = e_or_s, 0
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone), fold=fold)


def ampm(d, sep=":", space="", dots=False, upper=False, lead0=False):
    hh = d.hour % 12 or 12
    if dots:
        suf = "a.m." if d.hour < 12 else "p.m."
    else:
        suf = "am" if d.hour < 12 else "pm"
    if upper:
        suf = suf.upper()
    h = f"{hh:02d}" if lead0 else f"{hh}"
    return f"{h}{sep}{d.minute:02d}{space}{suf}"


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def utc_of(e, zone):
    return dt(e, zone).astimezone(UTC)


def order_check(S, newest_first):
    ts = [utc_of(e, S["zone"]) for e in S["entries"]]
    want = sorted(ts, reverse=newest_first)
    assert ts == want, f"{S['id']}: entries must be listed {'newest' if newest_first else 'oldest'} first (page order)"


def rfc822(d, gmt=False):
    if gmt:
        return d.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S GMT")
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + d.strftime("%z")


def zabbr(d):
    """US Eastern abbreviation of a local datetime."""
    return "EDT" if d.utcoffset() == timedelta(hours=-4) else "EST"


def slug(s, n=60):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:n].strip("-")


# ================================================================ Part A renderers (layouts of real outlets, from memory)

def r_forbes(S):
    """Forbes breaking-news article, HTML + NewsArticle JSON-LD. Byline 'NAME, Forbes Staff', stamps 'Oct 30, 2026, 06:12am EDT'
    and 'Updated ...'. Sections Topline / Key Facts (summary bullets) / Timeline (oldest first, '3:58 p.m. EDT:' in bold
    before the text, no headlines) / Big Number / Crucial Quote / Key Background / Further Reading."""
    z = S["zone"]; order_check(S, False)
    pub = dt(S["published"], z); upd = dt(S["entries"][-1], z)
    fst = lambda d: f"{SHORT_MONTHS[d.month - 1]} {d.day}, {d.year}, {ampm(d, lead0=True)} {zabbr(d)}"
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "mainEntityOfPage": S["url"], "headline": S["title"],
          "datePublished": pub.isoformat(), "dateModified": upd.isoformat(),
          "author": {"@type": "Person", "name": S["author"], "url": "https://www.forbes.com/sites/" + slug(S["author"]).replace("-", "") + "/"},
          "publisher": {"@type": "Organization", "name": "Forbes", "logo": {"@type": "ImageObject", "url": "https://imageio.forbes.com/i-forbesimg/media/amp/images/forbes-logo-dark.png"}},
          "isAccessibleForFree": True, "articleSection": "Business"}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           f'<link rel="canonical" href="{S["url"]}">', '<meta property="og:site_name" content="Forbes">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head>', '<body>',
           '<header class="header"><a class="header__logo" href="https://www.forbes.com/">Forbes</a>'
           '<nav class="header__nav"><a>Billionaires</a> <a>Innovation</a> <a>Leadership</a> <a>Money</a> <a>Business</a> '
           '<a>Small Business</a> <a>Lifestyle</a> <a>Lists</a> <a>Advisor</a> <a>Featured</a> <a>Breaking</a></nav>'
           '<a class="header__subscribe">Subscribe: Less Than $1.50/wk</a> <a class="header__signin">Sign In</a></header>',
           '<main><article>', '<div class="article-sub-heading"><a href="https://www.forbes.com/business/">Business</a> <span>Breaking</span></div>',
           f'<h1 class="fs-headline">{esc(S["title"])}</h1>',
           f'<div class="fs-author-group"><a class="contrib-link--name">{esc(S["author"])}</a><span class="contrib-byline-type">Forbes Staff</span>'
           f'<p class="contrib-bio">{esc(S["bio"])}</p><button>Follow Author</button></div>',
           f'<div class="content-data"><time>{fst(pub)}</time> <span class="updated">Updated {fst(upd)}</span></div>',
           '<div class="share"><button>Share to Facebook</button> <button>Share to Twitter</button> <button>Share to Linkedin</button></div>',
           f'<figure><figcaption>{esc(S["caption"])} <span class="credit">getty</span></figcaption></figure>',
           '<h2 class="subhead-embed">Topline</h2>', f'<p>{esc(S["lede"])}</p>', '<h2 class="subhead-embed">Key Facts</h2><ul>']
    out += [f'<li>{esc(k)}</li>' for k in S["keyfacts"]]
    out += ['</ul>', '<h2 class="subhead-embed">Timeline</h2>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e, z); st = f"{ampm(d, space=' ', dots=True)} {zabbr(d)}"; stamps.append(st)
        out.append(f'<p><strong>{st}:</strong> {esc(e["p"][0])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"][1:]]
        if i == 2:
            out.append('<div class="vestpocket">Forbes Daily: Join over 1 million Forbes Daily subscribers and get our best stories, exclusive reporting '
                       'and essential analysis of the day\u2019s news in your inbox every weekday. <input placeholder="Email Address"> <button>Sign Up</button></div>')
    for sec, txt in S["extra"]:
        out += [f'<h2 class="subhead-embed">{esc(sec)}</h2>', f'<p>{esc(txt)}</p>']
    out += ['<h2 class="subhead-embed">Further Reading</h2>'] + [f'<p><a>{esc(r)}</a> (Forbes)</p>' for r in S["further"]]
    out += [f'<div class="contrib-footer"><a>Follow me on Twitter</a>. <a>Send me a secure tip</a>. {esc(S["author"])}</div>',
            '<div class="article-footer"><a>Editorial Standards</a> <a>Reprints &amp; Permissions</a></div>', '</article>',
            '<aside class="more-from-forbes"><h3>More From Forbes</h3><a>The Best High-Yield Savings Accounts Of November 2026</a> '
            '<a>Billionaire Tech Founder Buys Second Stake In Sports Franchise</a></aside></main>',
            '<footer>\u00a9 2026 Forbes Media LLC. All Rights Reserved. <a>AdChoices</a> <a>Privacy Statement</a> <a>Your Privacy Choices</a> '
            '<a>Cookie Preferences</a> <a>Digital Terms of Sale</a> <a>Terms of Service</a> <a>Contact Us</a> <a>Send Us Feedback</a> <a>Report a Security Issue</a></footer>',
            '</body></html>']
    return "\n".join(out) + "\n", stamps


def r_djn(S):
    """Dow Jones Newswires story reader, text scrape. Newest first; each story: headline (often '-- Update' or '-- Market Talk'),
    'By NAME', body with a 'CITY--' dateline, 'Write to ...', '(END) Dow Jones Newswires', then the stamp
    'November 01, 2026 06:42 ET (11:42 GMT)' and the copyright line."""
    z = S["zone"]; order_check(S, True)
    L = ["DOW JONES NEWSWIRES", "", "Top Global News   Markets   Energy   Emerging Europe   Asia   Commodities", "",
         S["title"], S["subtitle"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e, z); u = d.astimezone(UTC)
        st = f"{MONTHS[d.month - 1]} {d.day:02d}, {d.year} {d:%H:%M} ET ({u:%H:%M} GMT)"; stamps.append(st)
        L += [e["h"], ""]
        if e["a"]:
            L += [f"By {e['a']}", ""]
        L += ptxt(e["p"])
        if e.get("mt"):
            L += [f"({e['mt']})", ""]
        elif e["a"]:
            L += [f"Write to {e['a']} at {e['mail']}", ""]
        L += ["(END) Dow Jones Newswires", "", st, "", "Copyright (c) 2026 Dow Jones & Company, Inc.", "", "-" * 20, ""]
    L += ["Dow Jones Newswires is a product of Dow Jones & Company, Inc. Redistribution is prohibited."]
    return "\n".join(L) + "\n", stamps


def r_foxbiz(S):
    """Fox Business live blog, HTML. 'LIVE COVERAGE' label, page 'Published November 3, 2026 6:02am EST', newest first;
    each post: h2 headline, body, optional ticker table, then 'By NAME' and a bare '10:22am EST' (no date).
    LiveBlogPosting JSON-LD with liveBlogUpdate items (own times)."""
    z = S["zone"]; order_check(S, True)
    pub = dt(S["published"], z); last = dt(S["entries"][0], z)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e, z)
        u = {"@type": "BlogPosting", "headline": e["h"], "datePublished": d.isoformat(), "url": f"{S['url']}#post-{7710 - i}",
             "articleBody": " ".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": S["title"], "url": S["url"], "datePublished": pub.isoformat(),
          "dateModified": last.isoformat(), "coverageStartTime": pub.isoformat(),
          "publisher": {"@type": "Organization", "name": "FOXBusiness", "logo": {"@type": "ImageObject", "url": "https://static.foxbusiness.com/static/orion/styles/img/fox-business/og/og-fox-business.png"}},
          "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Fox Business</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head>', '<body>',
           '<header class="site-header"><a class="logo" href="https://www.foxbusiness.com">FOX Business</a>'
           '<nav><a>Markets</a> <a>Politics</a> <a>Technology</a> <a>Personal Finance</a> <a>Lifestyle</a> <a>Real Estate</a> <a>Sports</a> '
           '<a>Watch TV</a> <a>Fox News</a></nav><a class="login">Login</a> <a>Watch TV</a></header>',
           '<div class="market-ticker">DOW 47,912.33 +186.40 | S&amp;P 500 6,921.05 +0.41% | NASDAQ 23,540.17 +0.63%</div>',
           '<main><article class="live-blog"><div class="eyebrow"><a>Markets</a></div><span class="live-label">LIVE COVERAGE</span>',
           f'<h1 class="headline">{esc(S["title"])}</h1>', f'<h2 class="sub-headline">{esc(S["lede"])}</h2>',
           f'<div class="article-date"><time>Published {MONTHS[pub.month - 1]} {pub.day}, {pub.year} {ampm(pub)} {zabbr(pub)}</time></div>',
           '<div class="author-byline">FOXBusiness</div>', '<div class="featured-video"><span>close</span> <span>Video</span></div>',
           '<div class="posts">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e, z); st = f"{ampm(d)} {zabbr(d)}"; stamps.append(st)
        out.append(f'<div class="post" id="post-{7710 - i}"><h2 class="post-title">{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e.get("tick"):
            out.append('<table class="ticker"><tr><th>TICKER</th><th>SECURITY</th><th>LAST</th><th>CHANGE</th><th>CHANGE %</th></tr>'
                       + "".join(f'<tr><td>{a}</td><td>{esc(b)}</td><td>{c}</td><td>{dd}</td><td>{ee}</td></tr>' for a, b, c, dd, ee in e["tick"]) + '</table>')
        if e.get("push"):
            out.append(f'<p class="speakable"><strong>{esc(e["push"])}</strong></p>')
        out.append(f'<div class="post-meta"><span class="author">By {esc(e["a"])}</span> <time class="post-time">{st}</time></div></div>')
        if i == 2:
            out.append('<div class="ad-container">Advertisement</div>')
    out += ['</div><button class="load-more">Load More</button></article>',
            '<aside class="trending"><h3>TRENDING NOW</h3><ol><li>Mortgage rates hold near lowest level in a year</li>'
            '<li>Retail giant warns of tariff squeeze on holiday margins</li></ol></aside></main>',
            '<footer>Quotes displayed in real-time or delayed by at least 15 minutes. Market data provided by Factset. '
            'Powered and implemented by FactSet Digital Solutions. Legal Statement. Mutual Fund and ETF data provided by Refinitiv Lipper. '
            '\u00a92026 FOX News Network, LLC. All rights reserved. <a>Terms of Use</a> <a>Privacy Policy</a> <a>Your Privacy Choices</a> '
            '<a>Closed Captioning Policy</a> <a>Help</a> <a>Contact Us</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_yahoo(S):
    """Yahoo Finance quote page, News tab, text scrape. Price header with 'As of 11:42 AM EST. Market Open.'; news stream items:
    headline, snippet, then 'PROVIDER \u2022 28 minutes ago' and ticker chips. No date or year anywhere on the page."""
    z = S["zone"]; order_check(S, True); ref = dt(S["ref"], z)
    L = ["Yahoo Finance", "Search for news, symbols or companies", "News   Finance   Sports   More", "Mail   Sign in", "",
         "My Portfolio   News   Markets   Research   Personal Finance   Videos   Watch Now", "",
         "Upgrade to Premium", "", S["title"], "NYSE - Nasdaq Real Time Price \u2022 USD", "Follow", "Compare", "",
         S["price"], f"As of {ampm(ref, space=' ', upper=True)} {zabbr(ref)}. Market Open.", "",
         "Summary   News   Chart   Conversations   Statistics   Historical Data   Profile   Financials   Analysis   Options   Holders   Sustainability", "",
         "Recent News: " + S["symbol"], "All   News   Press Releases", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e, z); mins = int((ref - d).total_seconds() // 60)
        if mins < 60:
            st = f"{mins} minutes ago"
        else:
            assert mins % 60 == 0, e["t"]
            st = "1 hour ago" if mins == 60 else f"{mins // 60} hours ago"
        stamps.append(st)
        L += [e["h"]] + e["p"] + [f"{e['prov']} \u2022 {st}"] + ([e["chips"]] if e.get("chips") else []) + [""]
        if i == 2:
            L += ["Ad", "Turn your portfolio into a paycheck. Learn more", ""]
    L += ["View More", "", "Terms and Privacy Policy   Privacy Dashboard   About Our Ads", "Sitemap"]
    return "\n".join(L) + "\n", stamps


def r_sa(S):
    """Seeking Alpha news RSS 2.0 (sa: namespace): pubDate with the Eastern offset, sa:author_name, sa:stock blocks, short description."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:sa="https://seekingalpha.com/api/1.0" xmlns:media="http://search.yahoo.com/mrss/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<link>https://seekingalpha.com</link>',
           '<description>Stock market news and analysis on Seeking Alpha</description>', '<language>en-US</language>',
           f'<lastBuildDate>{rfc822(dt(S["entries"][0], z))}</lastBuildDate>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e, z); st = rfc822(d); stamps.append(st)
        nid = 4587120 + 37 * (len(S["entries"]) - i)
        out += ['<item>', f'<title>{esc(e["h"])}</title>',
                f'<link>https://seekingalpha.com/news/{nid}-{slug(e["h"])}?utm_source=feed_news_all&amp;utm_medium=referral&amp;feed_item_type=news</link>',
                f'<guid isPermaLink="false">https://seekingalpha.com/MarketCurrent:{nid}</guid>', f'<pubDate>{st}</pubDate>',
                f'<category>{e.get("cat", "news")}</category>']
        if e["p"]:
            out.append('<description>' + esc(" ".join(e["p"])) + '</description>')
        for sym, name in e.get("stocks", []):
            out.append(f'<sa:stock><sa:symbol>{sym}</sa:symbol><sa:company_name>{esc(name)}</sa:company_name></sa:stock>')
        out.append(f'<sa:author_name>{esc(e.get("credit") or e["a"])}</sa:author_name>')
        out += [f'<media:thumbnail url="https://static.seekingalpha.com/cdn/s3/uploads/getty_images/{1402000000 + i * 7717}/image_{1402000000 + i * 7717}.jpg?io=getty-c-w630"/>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_investing(S):
    """Investing.com news RSS 2.0: pubDate printed as a bare 'YYYY-MM-DD HH:MM:SS' (no zone; the site's feeds run on GMT),
    <author> provider credit, enclosure image, short description."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', '<channel>', f'<title>{esc(S["title"])}</title>',
           '<link>https://www.investing.com</link>', '<description>Investing.com RSS news</description>',
           '<image><url>https://i-invdn-com.investing.com/logos/investing_rss_logo.png</url><title>Investing.com</title><link>https://www.investing.com</link></image>',
           '<language>en</language>', '<copyright>Copyright 2007-2026 Fusion Media Limited. All Rights Reserved.</copyright>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e, z); st = f"{d:%Y-%m-%d %H:%M}:{e.get('ss', 0):02d}"; stamps.append(st)
        nid = 4390112 + 53 * (len(S["entries"]) - i)
        out += ['<item>', f'<enclosure url="https://i-invdn-com.investing.com/news/LYNXNPEC{nid % 997}0X_M.jpg" length="{41000 + i * 903}" type="image/jpeg"/>',
                f'<title>{esc(e["h"])}</title>', f'<pubDate>{st}</pubDate>', f'<author>{esc(e.get("credit") or e["a"])}</author>',
                f'<link>https://www.investing.com/news/{e.get("cat", "world-news")}/{slug(e["h"], 70)}-{nid}</link>']
        if e["p"]:
            out.append('<description>' + esc(" ".join(e["p"])) + '</description>')
        out.append('</item>')
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_benzinga(S):
    """Benzinga channel listing, HTML: headline link, 'by NAME', 'Nov 10, 2026, 11:48AM' (no zone printed), teaser, ticker chips.
    No JSON-LD on this listing page."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Benzinga</title>', '</head><body>',
           '<div class="top-bar"><a>Benzinga Pro</a> <a>Benzinga Edge</a> <a>Login</a> <a>Register</a></div>',
           '<header><a class="logo" href="https://www.benzinga.com">Benzinga</a><nav><a>News</a> <a>Markets</a> <a>Analyst Ratings</a> '
           '<a>Options</a> <a>Crypto</a> <a>Politics</a> <a>Calendars</a> <a>Ideas</a> <a>Events</a> <a>Money</a> <a>Tools</a></nav>'
           '<input placeholder="Search Tickers, Companies or Topics"></header>',
           '<div class="quote-ticker">SPY 691.24 +0.22% | QQQ 601.10 +0.35% | DIA 479.55 -0.08% | BTC/USD 96,870.00 -1.12%</div>',
           f'<main><h1 class="channel-title">{esc(S["title"])}</h1>', '<div class="list">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e, z); st = f"{SHORT_MONTHS[d.month - 1]} {d.day}, {d.year}, {ampm(d, upper=True)}"; stamps.append(st)
        out.append(f'<div class="content-feed-item"><a class="title" href="https://www.benzinga.com/{e.get("path", "news")}/{d:%y/%m}/{49012345 + i * 311}/{slug(e["h"], 70)}">{esc(e["h"])}</a>')
        out.append(f'<div class="meta"><span class="author">by {esc(e["a"])}</span> <span class="date">{st}</span></div>')
        out += [f'<p class="teaser">{esc(p)}</p>' for p in e["p"]]
        if e.get("chips"):
            out.append('<div class="tickers">' + " ".join(f'<a class="ticker">{c}</a>' for c in e["chips"]) + '</div>')
        out.append('</div>')
        if i == 2:
            out.append('<div class="bz-pro-ad">Trade confidently with insights and alerts from analyst ratings, free reports and breaking news that affects '
                       'the stocks you care about. Try Benzinga Pro free for 14 days.</div>')
    out += ['</div><button class="load-more">Load More</button></main>',
            '<footer>\u00a9 2026 Benzinga.com. Benzinga does not provide investment advice. All rights reserved. <a>About Benzinga</a> '
            '<a>Careers</a> <a>Advertise</a> <a>Contact Us</a> <a>Terms &amp; Conditions</a> <a>Do Not Sell My Personal Data/Privacy Policy</a></footer>',
            '</body></html>']
    return "\n".join(out) + "\n", stamps


def r_thestreet(S):
    """TheStreet 'Stock Market Today' live article, text scrape. Page byline + 'Nov 12, 2026 9:31 AM EST'; updates oldest first,
    each a stamp line 'Update: 10:15 a.m. ET' followed by a bold headline line and the text."""
    z = S["zone"]; order_check(S, False); pub = dt(S["entries"][0], z)
    L = ["TheStreet", "Investing   Markets   Retirement   Personal Finance   Crypto   Real Estate   Video   Newsletters", "Subscribe   Sign In", "",
         "MARKETS", "", S["title"], "", S["lede"], "",
         S["byline"], f"{SHORT_MONTHS[pub.month - 1]} {pub.day}, {pub.year} {ampm(pub, space=' ', upper=True)} {zabbr(pub)}", "",
         "Share   Facebook   X   LinkedIn   Email", "", S["caption"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e, z); st = f"{ampm(d, space=' ', dots=True)} ET"; stamps.append(st)
        L += [f"Update: {st}", e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["Related: " + S["related"], "", "ADVERTISEMENT", ""]
    L += ["This story was originally published " + f"{MONTHS[pub.month - 1]} {pub.day}, {pub.year}" + ", and has been updated throughout the day.", "",
          "TheStreet is a registered trademark of TheStreet, Inc.", "About Us   Terms of Use   Privacy Policy   Disclaimer   Advertise   Contact"]
    return "\n".join(L) + "\n", stamps


def r_quartz(S):
    """Quartz Daily Brief (newsletter archive page), HTML + NewsArticle JSON-LD. 'Good morning' intro, h2 sections
    'Here\u2019s what you need to know' and 'Surprising discoveries'; bullets open with a bold first sentence; no headlines and
    no per-item time; the page prints one date and time."""
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": d0.isoformat(),
          "dateModified": d0.isoformat(), "author": [{"@type": "Person", "name": S["byline"]}],
          "publisher": {"@type": "Organization", "name": "Quartz", "url": "https://qz.com"}, "articleSection": "Daily Brief"}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header><a class="logo" href="https://qz.com">Quartz</a><nav><a>Latest</a> <a>Tech</a> <a>Finance</a> <a>Economy</a> '
           '<a>Work</a> <a>Lifestyle</a> <a>Newsletters</a></nav><a>Subscribe</a></header>',
           '<main><article><p class="kicker">Daily Brief</p>', f'<h1>{esc(S["title"])}</h1>',
           f'<p class="byline">By {esc(S["byline"])}</p>',
           f'<p class="date">{MONTHS[d0.month - 1]} {d0.day}, {d0.year} \u00b7 {ampm(d0, space=" ", upper=True)} {zabbr(d0)}</p>',
           f'<p>{esc(S["hello"])}</p>']
    cur = None
    for e in S["entries"]:
        if e["sect"] != cur:
            if cur is not None:
                out.append('</ul>')
            cur = e["sect"]; out.append(f'<h2>{esc(cur)}</h2><ul>')
        first = first_sentence(e["p"][0]); rest = e["p"][0][len(first):].strip()
        out.append(f'<li><strong>{esc(first)}</strong> {esc(rest)}</li>')
    out += ['</ul>', f'<p>{esc(S["signoff"])}</p>',
            '<div class="newsletter-signup">Get the Quartz Daily Brief in your inbox every morning. <input placeholder="Your email"> <button>Sign me up</button></div>',
            '<section class="related"><h3>More from Quartz</h3><a>The companies hiring the most right now</a> <a>Why your grocery bill is still climbing</a></section>',
            '</article></main><footer>\u00a9 2026 Quartz Media, Inc. All rights reserved. <a>Privacy Policy</a> <a>Terms of Service</a></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_kiplinger(S):
    """Kiplinger 'Stock Market Today' closing article, text scrape (Future plc page): 'By NAME' + 'published November 16, 2026'
    (date only, no time), standfirst, sections with headings, newsletter box, 'Related Content'."""
    L = ["Kiplinger", "Personal Finance   Investing   Retirement   Taxes   Real Estate   Politics   The Kiplinger Letter   Newsletters", "Subscribe   Sign in", "",
         "Investing   >   Stock Market Today", "", S["title"], "", S["lede"], "", f"By {S['byline']}", S["dateline"], "", S["caption"], "",
         S["intro"], ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 1:
            L += ["Sign up for Kiplinger\u2019s Free Newsletters",
                  "Profit and prosper with the best of expert advice on investing, taxes, retirement, personal finance and more - straight to your e-mail.",
                  "Sign up", ""]
    L += ["Related Content"] + S["related"] + ["", "Kiplinger is part of Future US LLC, an international media group and leading digital publisher.",
          "Contact Future\u2019s experts   Terms and conditions   Privacy policy   Cookies policy   Accessibility Statement"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


# ================================================================ Part B renderers (invented outlets)

def r_wyndcombe(S):
    """text live, newest first; 'Key Points' block of headlines; each post: 'HH:MM GMT' line, headline, 'Posted by NAME', body."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"].upper(), "Home  |  UK  |  World  |  Business  |  Opinion  |  Live", "", "LIVE", S["title"], S["dateline"], "", S["lede"], "",
         "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e, z); st = f"{d:%H:%M} GMT"; stamps.append(st)
        L += [st, e["h"]] + ([f"Posted by {e['a']}"] if e["a"] else []) + [""] + ptxt(e["p"])
        if i == 3:
            L += ["Get the Observer\u2019s world briefing every morning \u2013 sign up here.", ""]
    L += ["Show older posts", "", f"\u00a9 {S['source']} \u00b7 About \u00b7 Corrections \u00b7 Privacy \u00b7 Cookies"]
    return "\n".join(L) + "\n", stamps


def r_dunmarra(S):
    """HTML live, oldest first; LiveBlogPosting JSON-LD with per-update datePublished (right times); visible '07:10' in <time datetime>;
    author line under the headline."""
    z = S["zone"]; order_check(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e, z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#p{i + 1}", "headline": e["h"], "datePublished": d.isoformat(),
             "articleBody": "\n".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][0], z); last = dt(S["entries"][-1], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
          "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "coverageEndTime": (last + timedelta(hours=4)).isoformat(),
          "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2014 {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header><a class="brand" href="/">{esc(S["source"])}</a><nav><a>War</a> <a>Politics</a> <a>Economy</a> <a>Regions</a> <a>Donate</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="summary">{esc(S["lede"])}</p>',
           '<section class="feed">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e, z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="post" id="p{i + 1}"><time datetime="{d.isoformat()}">{st}</time><h3>{esc(e["h"])}</h3>')
        if e["a"]:
            out.append(f'<p class="post-author">{esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<footer class="post-tools"><a>Share</a> <a>Copy link</a></footer></article>')
        if i == 2:
            out.append(f'<aside class="readalso"><h4>Read also</h4><a>{esc(S["readalso"])}</a></aside>')
    out += ['</section>', '<p class="end">Our live coverage continues tomorrow.</p></main>',
            f'<footer>{esc(S["source"])} \u00b7 Editorial policy \u00b7 Contacts \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_atom(S):
    """Atom 1.0, newest first; <published> ISO with the outlet's offset (Z for UTC); escaped HTML content; optional author."""
    z = S["zone"]; order_check(S, True)
    iso = lambda d: d.isoformat().replace("+00:00", "Z")
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link rel="alternate" href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/atom.xml"/>',
           f'<id>tag:{S["url"].split("//")[1]},2026:feed</id>', f'<updated>{iso(dt(S["entries"][0], z))}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e, z); st = iso(d); stamps.append(st)
        out += ['<entry>', f'<title type="text">{esc(e["h"])}</title>', f'<link rel="alternate" href="{S["url"]}/{slug(e["h"], 50)}"/>',
                f'<id>tag:{S["url"].split("//")[1]},2026:{3301 + 17 * i}</id>', f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        if e.get("cat"):
            out.append(f'<category term="{attr(e["cat"])}"/>')
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_rss(S):
    """RSS 2.0, newest first; pubDate RFC 822 with the outlet's numeric offset or 'GMT' (S['rfc']); CDATA paragraphs; dc:creator when an author."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>', '<language>en</language>',
           f'<lastBuildDate>{rfc822(dt(S["entries"][0], z), S["rfc"] == "GMT")}</lastBuildDate>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e, z); st = rfc822(d, S["rfc"] == "GMT"); stamps.append(st)
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{S["url"]}/{e.get("cat", "world").lower()}/{slug(e["h"], 50)}</link>',
                f'<guid isPermaLink="false">{S["guid"]}-{6100 + i * 13}</guid>', f'<pubDate>{st}</pubDate>', f'<category>{e.get("cat", "World")}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_thistlebrook(S):
    """HTML live, newest first, no JSON-LD; bare '16:40' in a span above the h2; a printed note 'All times CET'; byline below the h2;
    photo gallery placeholder for a teaser."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title></head><body>',
           '<div id="consent">This site uses cookies to measure traffic. <button>Agree</button> <button>More options</button></div>',
           f'<header><strong>{S["source"]}</strong> <nav><a>Home</a> <a>Region</a> <a>Europe</a> <a>Ukraine war</a> <a>Podcasts</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="meta">{esc(S["dateline"])} \u00b7 {esc(S["tznote"])}</p>', f'<p class="lead">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e, z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="ticker-item"><span class="ti-time">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="ti-author">{esc(e["a"])}</p>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery">[Gallery: 12 photos]</div>')
        out.append('</div>')
        if i == 2:
            out.append(f'<aside><h3>Related</h3><a>{esc(S["related"])}</a></aside>')
    out += [f'<p class="more"><a>{esc(S["yesterday"])}</a></p></main>', f'<footer>{S["source"]} \u00b7 Imprint \u00b7 Advertise \u00b7 Privacy policy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_quennell(S):
    """text live ticker, oldest first; '+++ 09:05 CET +++' line before each headline; per-post initials after the body."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "Politics \u00b7 Europe \u00b7 World \u00b7 Economy \u00b7 Live", "", S["title"], S["dateline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e, z); st = f"{d:%H:%M} CET"; stamps.append(st)
        L += [f"+++ {st} +++", e["h"], ""]
        if e["p"]:
            L += ptxt(e["p"])
        else:
            L += ["[Photo gallery]", ""]
        if e["a"]:
            L += [f"({e['a']})", ""]
        if i == 3:
            L += ["ADVERTISEMENT", ""]
    L += ["This ticker is no longer being updated.", "", f"{S['source']} \u00b7 Imprint \u00b7 Data protection \u00b7 Contact"]
    return "\n".join(L) + "\n", stamps


def r_cauldwell(S):
    """HTML article with section headings (one entry per section), NewsArticle JSON-LD, page byline, dateline with time and zone."""
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": d0.isoformat(),
          "author": {"@type": "Person", "name": S["byline"]}, "publisher": {"@type": "Organization", "name": S["source"]}}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header>{S["source"]} <nav><a>News</a> <a>Ukraine</a> <a>Analysis</a> <a>Culture</a></nav></header>',
           f'<main><article><h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>',
           f'<p class="byline">By {esc(S["byline"])}</p>', f'<p class="dateline">{esc(S["dateline"])}</p>',
           f'<figure><figcaption>{esc(S["caption"])}</figcaption></figure>']
    for e in S["entries"]:
        out.append(f'<h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
    out += [f'<p class="more">{esc(S["more"])}</p>', '</article></main>', f'<footer>\u00a9 {S["source"]} \u00b7 Terms \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_tennick(S):
    """text live, oldest first; date line with weekday and day but no year; each post opens with '2.15pm: Headline' on one line."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"].upper(), "News \u00b7 Sport \u00b7 What's On \u00b7 World \u00b7 Live", "", S["title"], S["dateline"], f"By {S['byline']}", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e, z); st = ampm(d, sep="."); stamps.append(st)
        L += [f"{st}: {e['h']}", ""]
        L += ptxt(e["p"]) if e["p"] else ["[Video: 0:48]", ""]
        if i == 3:
            L += ["Read more: " + S["readmore"], ""]
    L += ["That's all from us today. Thanks for following.", "", f"{S['source']} \u00b7 Contact \u00b7 Complaints \u00b7 Privacy notice"]
    return "\n".join(L) + "\n", stamps


def r_fenwyck(S):
    """HTML live, newest first; JSON-LD @graph with @type array ['NewsArticle','LiveBlogPosting'] whose liveBlogUpdate items all carry
    the PAGE's datePublished (not their own); visible '13:40' in <time datetime> (right times); printed 'All times CET'; signature after body."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1], z); last = dt(S["entries"][0], z)
    base = S["url"].split("/live")[0]
    ups = [{"@type": "BlogPosting", "@id": f"{S['url']}#block-{900 + i}", "headline": S["title"], "datePublished": first.isoformat(),
            "dateModified": last.isoformat(), "articleBody": " ".join(e["p"])[:300]} for i, e in enumerate(S["entries"])]
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsMediaOrganization", "@id": base + "/#org", "name": S["source"]},
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
         "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "publisher": {"@id": base + "/#org"}, "liveBlogUpdate": ups}]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header>{S["source"]} <nav><a>World</a> <a>Germany</a> <a>Europe</a> <a>Business</a> <a>Newsletter</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="date">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e, z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="lb-block" id="block-{900 + i}"><time datetime="{d.isoformat()}">{st}</time><h3>{esc(e["h"])}</h3>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="sig">\u2013 {esc(e["a"])}</p>')
        out.append('</div>')
        if i == 1:
            out.append(f'<div class="promo">{esc(S["promo"])}</div>')
    out += ['</main>', f'<footer>{S["source"]} \u00b7 Contact \u00b7 Privacy \u00b7 Cookie settings</footer></body></html>']
    return "\n".join(out) + "\n", stamps


SEEDS = []


# ================================================================ PART A: ten real outlets' layouts (own invented stories)
NY = "America/New_York"

# ---------------------------------------------------------------- 13400 Forbes
ENERGY = "russian-energy-barrage-2026-10-30"
SEEDS.append(dict(
  id="13400", name="13400_forbes-timeline", ext="html", source="Forbes", zone=NY, render=r_forbes,
  title="Russia Launches Massive Strike On Ukraine\u2019s Energy Grid As Winter Nears\u2014Killing At Least 4",
  url="https://www.forbes.com/sites/tamsinokafor/2026/10/30/russia-launches-massive-strike-on-ukraines-energy-grid-as-winter-nears-killing-at-least-4/",
  published="2026-10-30 06:12", author="Tamsin Okafor",
  bio="I am a breaking news reporter at Forbes covering politics, conflict and world affairs.",
  caption="Firefighters work at the site of a damaged energy facility in western Ukraine on Friday.",
  lede="Russia fired dozens of missiles and hundreds of drones at Ukraine\u2019s power plants and gas facilities overnight into Friday, killing at least four people and forcing emergency blackouts across much of the country weeks before the start of winter.",
  keyfacts=["Ukraine\u2019s air force counted 52 missiles and 430 drones, and said most were shot down or jammed.",
            "Power and gas sites in the Lviv, Ivano-Frankivsk, Poltava and Kharkiv regions were hit, and Ukrenergo ordered emergency outages in eight regions.",
            "Zelensky renewed his call for Patriot interceptors, while the Kremlin said the strikes were retaliation for attacks on Russian refineries."],
  extra=[("Big Number", "430. That is how many drones Russia launched overnight, according to Ukraine\u2019s air force, close to the record set in the spring."),
         ("Crucial Quote", "\u201cEvery missile they fire at a power plant is a missile fired at a family\u2019s kitchen,\u201d Ukraine\u2019s energy minister said in a televised statement."),
         ("Key Background", "Russia has struck Ukraine\u2019s energy system every autumn since the full-scale invasion began in February 2022, and Ukraine has answered with long-range drone attacks on Russian oil refineries and export terminals. Talks brokered by the U.S. stalled in September.")],
  further=["Ukraine Asks Allies To Buy More Patriots As Russia Steps Up Attacks", "What Is PURL? How Europe Pays For U.S. Weapons Sent To Ukraine"],
  basis="timeline stamp '{s}' (EDT printed); the day is the article's own date 'Oct 30, 2026' in the header stamp; local {d}",
  notes="Imitates a Forbes breaking-news article (Topline / Key Facts / Timeline / Big Number / Crucial Quote / Key Background / Further Reading). "
        "Entries are the Timeline items only: each is a paragraph opening with a bold '3:58 p.m. EDT:' stamp, no headline (headline null), "
        "oldest first. The day comes from the header stamp 'Oct 30, 2026, 06:12am EDT' (and 'Updated ... 03:58pm EDT'). "
        "Key Facts bullets summarise the timeline and are NOT entries (they are not a 'Key Points' block of entry headlines either, so key_point is false). "
        "One page byline (Forbes Staff) = author of every timeline item. NewsArticle JSON-LD (page level only).",
  not_entries=["header logo, section navigation, 'Subscribe: Less Than $1.50/wk', 'Sign In'", "'Business' / 'Breaking' labels", "page headline",
               "author block: name, 'Forbes Staff', bio line, 'Follow Author'", "header stamps 'Oct 30, 2026, 06:12am EDT' and 'Updated ...'",
               "share buttons", "photo caption and 'getty' credit", "'Topline' section (page lede)", "'Key Facts' heading and its three summary bullets",
               "'Timeline' heading", "Forbes Daily newsletter box after the third timeline item", "'Big Number' section", "'Crucial Quote' section",
               "'Key Background' section", "'Further Reading' links", "'Follow me on Twitter. Send me a secure tip.' author footer",
               "'Editorial Standards' / 'Reprints & Permissions'", "'More From Forbes' links", "site footer"],
  entries=[
  E("2026-10-30 06:12", None,
    ["Russia fired 52 missiles and 430 drones at Ukraine overnight, the Ukrainian air force said Friday, in what officials described as the largest attack on the country\u2019s energy system since the spring.",
     "The air force said 41 missiles and 388 drones were shot down or jammed, and that power plants and gas facilities in the Lviv, Ivano-Frankivsk, Poltava and Kharkiv regions were among the targets."],
    "strikes", "strikes", 3, ENERGY, a="Tamsin Okafor"),
  E("2026-10-30 07:40", None,
    ["At least four people were killed in the attack, including two in the Lviv region and two in Zaporizhzhia, according to regional governors, and more than 20 were injured.",
     "Ukraine\u2019s national grid operator, Ukrenergo, ordered emergency power cuts in eight regions as it worked to stabilize the system."],
    "strikes", "strikes", 3, ENERGY, a="Tamsin Okafor", n="toll 4 dead"),
  E("2026-10-30 09:05", None,
    ["Poland\u2019s armed forces said they scrambled fighter jets and put ground-based air defenses on alert as Russian missiles flew toward targets in western Ukraine, a routine step during large attacks near its border.",
     "No Polish airspace violation was reported."],
    "other", "security", 2, "poland-scrambles-jets-2026-10-30", a="Tamsin Okafor"),
  E("2026-10-30 10:30", None,
    ["President Volodymyr Zelensky urged allies to speed up purchases of Patriot interceptors under NATO\u2019s Prioritized Ukraine Requirements List, known as PURL, saying the overnight strike showed Russia \u201chas no interest in a winter ceasefire.\u201d"],
    "aid", "aid", 2, "zelensky-purl-patriot-appeal-2026-10-30", a="Tamsin Okafor", sec=["strikes"]),
  E("2026-10-30 12:15", None,
    ["Kremlin spokesman Dmitry Peskov told reporters the strikes hit \u201cmilitary-industrial and energy facilities that serve the Ukrainian armed forces\u201d and called them a response to Ukrainian drone attacks on Russian refineries."],
    "strikes", "strikes", 2, ENERGY, a="Tamsin Okafor", n="Kremlin reaction whose content is the attack itself: same story"),
  E("2026-10-30 14:20", None,
    ["White House special envoy Steve Witkoff will meet Ukraine\u2019s chief negotiator, Rustem Umerov, in Miami next week, a White House official told Forbes, in the latest attempt to revive talks that stalled in September."],
    "diplomacy", "diplomacy", 2, "witkoff-umerov-miami-meeting-2026-11", a="Tamsin Okafor"),
  E("2026-10-30 15:58", None,
    ["Ukrenergo said power had been restored to about 70% of the households cut off overnight, but warned that scheduled hourly outages would remain in place in most regions through the weekend."],
    "other", "humanitarian", 2, "ukraine-scheduled-outages-2026-10-30", a="Tamsin Okafor", sec=["strikes"]),
  ]))

# ---------------------------------------------------------------- 13401 Dow Jones Newswires
ODESA1 = "odesa-port-drone-strike-2026-11-01"
SEEDS.append(dict(
  id="13401", name="13401_dowjones-newswires", ext="txt", source="Dow Jones Newswires", zone=NY, render=r_djn,
  title="Global News Select", subtitle="Sunday, November 1, 2026",
  basis="trailing stamp '{s}': Eastern date and time with the GMT time in brackets; the GMT part fixes the instant (needed on the night US clocks fall back); local {d}",
  notes="Imitates a Dow Jones Newswires story reader (text scrape), newest first. Each story: headline (some with '-- Update'), 'By NAME', body with a "
        "'CITY--' dateline, 'Write to NAME at ...', '(END) Dow Jones Newswires', then the stamp 'November 01, 2026 06:42 ET (11:42 GMT)' and a copyright "
        "line: the stamp FOLLOWS its story. Sunday 1 November 2026 is the night US clocks fall back (02:00 EDT -> 01:00 EST): '01:35 ET (06:35 GMT)' is "
        "EST and is printed above '01:20 ET (05:20 GMT)', which is EDT; only the GMT part orders them. The last story is stamped 'October 31, 2026 20:05 ET "
        "(00:05 GMT)', which is already 1 November in UTC. The first sentence keeps the wire dateline ('KYIV--...'). Two stories are off the war (OPEC+, "
        "Korean exports). 13401-04 and 13401-06 are the same Odesa port attack (toll 1 -> 2), not near-verbatim (the '-- Update' rewrites the story).",
  not_entries=["'DOW JONES NEWSWIRES' header and section menu", "'Global News Select' title and the date line 'Sunday, November 1, 2026'",
               "'Write to NAME at ...' lines", "'(END) Dow Jones Newswires' markers", "'Copyright (c) 2026 Dow Jones & Company, Inc.' lines",
               "separator lines", "closing redistribution notice"],
  entries=[
  E("2026-11-01 17:05", "Zelensky Says Ukraine Ready for Energy-Strike Truce If Moscow Reciprocates",
    ["KYIV--Ukrainian President Volodymyr Zelensky said Sunday that Kyiv would stop attacking Russian oil refineries and export terminals if Moscow halted its strikes on Ukraine\u2019s power grid, reviving an idea that collapsed during talks earlier this year.",
     "In his nightly video address, Mr. Zelensky said he had asked U.S. officials to put the offer to the Kremlin directly before winter sets in.",
     "The Kremlin didn\u2019t immediately respond to a request for comment."],
    "diplomacy", "diplomacy", 3, "zelensky-energy-truce-offer-2026-11-01", a="Olena Marchuk", mail="olena.marchuk@wsj.com"),
  OFF("2026-11-01 13:20", "OPEC+ Keeps December Output Plan Unchanged -- Update",
    ["DUBAI--A core group of OPEC+ members agreed Sunday to keep their production targets for December unchanged, pausing a run of monthly increases as crude prices hover near four-year lows.",
     "The eight countries, led by Saudi Arabia and Russia, said in a statement that they could resume the increases or reverse them depending on market conditions."],
    "opec-plus-december-output-2026-11-01", a="Rania Haddad", n="oil producers' meeting, not about the war", mail="rania.haddad@wsj.com"),
  E("2026-11-01 08:10", "Pope Leo Urges Christmas Truce in Ukraine, Offers Vatican for Talks",
    ["VATICAN CITY--Pope Leo XIV called on Sunday for a truce in Ukraine over the Christmas period and said the Vatican remained ready to host direct talks between Kyiv and Moscow.",
     "Speaking to crowds in St. Peter\u2019s Square on the Catholic feast of All Saints, the pontiff said the war had gone on \u201cfar too long\u201d and asked both sides to free more prisoners before the holidays."],
    "diplomacy", "diplomacy", 2, "pope-leo-christmas-truce-appeal-2026-11-01", a="Giada Ferri", mail="giada.ferri@wsj.com"),
  E("2026-11-01 06:42", "Russian Drones Hit Odesa Port, Killing Two -- Update",
    ["KYIV--Russian drones struck port infrastructure in Odesa overnight, killing two people and setting a grain warehouse on fire, the regional governor said Sunday.",
     "Oleh Kiper, head of the Odesa regional administration, said one of the dead was a security guard at the port and the other a truck driver waiting to unload. Seven people were injured.",
     "Ukraine\u2019s air force said Russia launched 97 drones and three Iskander-M ballistic missiles overnight, and that 81 of the drones were downed."],
    "strikes", "strikes", 3, ODESA1, a="Olena Marchuk", mail="olena.marchuk@wsj.com", n="toll 2 dead"),
  E("2026-11-01 01:35", "Russia Says It Downed 112 Ukrainian Drones Overnight",
    ["MOSCOW--Russia\u2019s Defense Ministry said Sunday that its air defenses destroyed 112 Ukrainian drones overnight over 11 regions, including 34 over the Moscow region.",
     "Moscow Mayor Sergei Sobyanin said emergency crews were examining debris, and flights at two of the city\u2019s airports were briefly suspended."],
    "strikes", "strikes", 2, "ukrainian-drone-raid-on-russia-2026-11-01", a="Daria Voss", mail="daria.voss@wsj.com", fold=1,
    n="01:35 EST (second 01:xx hour after the fall-back) = 06:35 UTC; printed above 01:20 EDT"),
  E("2026-11-01 01:20", "Russian Drones Hit Odesa Port Infrastructure, Governor Says",
    ["KYIV--Russian drones damaged port infrastructure in Odesa overnight, killing one person, the regional governor said early Sunday.",
     "Oleh Kiper said fires had broken out at several sites and emergency crews were working at the scene."],
    "strikes", "strikes", 3, ODESA1, a="Olena Marchuk", mail="olena.marchuk@wsj.com", n="01:20 EDT (before the fall-back) = 05:20 UTC; toll 1 dead"),
  OFF("2026-10-31 20:05", "South Korea\u2019s October Exports Rise 5.1% on Chip Demand",
    ["SEOUL--South Korea\u2019s exports rose 5.1% in October from a year earlier, helped by strong overseas demand for memory chips, government data showed Sunday.",
     "Imports fell 1.8%, leaving a trade surplus of $6.2 billion, the Ministry of Trade, Industry and Energy said."],
    "south-korea-october-exports-2026", a="Jiyoung Seo", n="trade data; printed date October 31 (ET) but 00:05 GMT on 1 November", mail="jiyoung.seo@wsj.com"),
  ]))

# ---------------------------------------------------------------- 13402 Fox Business
SEEDS.append(dict(
  id="13402", name="13402_foxbusiness-live", ext="html", source="Fox Business", zone=NY, render=r_foxbiz,
  title="Stock market news for Nov 3, 2026", url="https://www.foxbusiness.com/live-news/stock-market-news-today-november-3-2026",
  published="2026-11-03 06:02",
  lede="Stocks rise as Americans vote in the midterm elections; oil gains after a Ukrainian drone strike on a Russian Baltic port.",
  basis="post time '{s}' (EST printed, no date per post); the day is the page's 'Published November 3, 2026 6:02am EST'; local {d}",
  notes="Imitates a Fox Business markets live blog. Newest first. Each post: h2 headline, body, optional ticker table "
        "(TICKER / SECURITY / LAST / CHANGE / CHANGE %), optional bold promo line, then 'By NAME' and a bare '10:22am EST' (no date). "
        "The only date is 'Published November 3, 2026 6:02am EST'. LiveBlogPosting JSON-LD with liveBlogUpdate items carrying the right times. "
        "Three posts are market/election items off the war (other/unrelated).",
  not_entries=["header logo and navigation, 'Login', 'Watch TV'", "market ticker strip (DOW / S&P 500 / NASDAQ)", "'Markets' eyebrow and 'LIVE COVERAGE' label",
               "page headline and sub-headline (page lede)", "'Published November 3, 2026 6:02am EST' line", "'FOXBusiness' page credit",
               "featured video placeholder ('close', 'Video')", "ticker tables inside posts", "bold promo line 'GET FOX BUSINESS ON THE GO BY CLICKING HERE'",
               "'Advertisement' slot after the third post", "'Load More' button", "'TRENDING NOW' rail", "footer (market data credits, copyright, links)"],
  entries=[
  E("2026-11-03 15:10", "Pentagon awards Lockheed $4.1B Patriot interceptor order, with some missiles earmarked for Ukraine",
    ["The Pentagon awarded Lockheed Martin a $4.1 billion contract modification for PAC-3 MSE interceptors on Tuesday, according to a Defense Department contracts notice.",
     "A portion of the missiles will go to Ukraine under NATO\u2019s PURL arrangement, in which European allies pay for American weapons sent to Kyiv, a defense official said."],
    "aid", "aid", 3, "pac3-interceptor-order-2026-11-03", a="Landon Pryce", tick=[("LMT", "LOCKHEED MARTIN CORP.", "512.40", "+7.85", "+1.56%")]),
  E("2026-11-03 13:45", "Ukrainian drones set fire to Russia\u2019s Primorsk oil port, crude jumps",
    ["Ukrainian drones struck the Baltic Sea oil terminal at Primorsk overnight, starting a fire at a tank farm and halting tanker loadings, the governor of Russia\u2019s Leningrad region said.",
     "Brent crude settled up 2.1% at $67.80 a barrel as traders weighed the loss of one of Russia\u2019s largest export outlets."],
    "strikes", "strikes", 2, "primorsk-oil-port-drone-strike-2026-11-03", a="Mariel Ocampo",
    tick=[("USO", "UNITED STATES OIL FUND LP", "79.12", "+1.61", "+2.08%")]),
  OFF("2026-11-03 12:30", "Voters head to the polls in midterms that will decide control of Congress",
    ["Polls opened across the country Tuesday in midterm elections that will decide which party controls the House and Senate for the last two years of President Trump\u2019s term.",
     "More than 50 million Americans had already voted early or by mail, according to a University of Florida tracker."],
    "us-midterm-elections-2026-11-03", a="Mariel Ocampo", n="US midterm elections", push="GET FOX BUSINESS ON THE GO BY CLICKING HERE"),
  OFF("2026-11-03 11:05", "Factory orders rise 0.9% in September, beating forecasts",
    ["New orders for U.S. manufactured goods rose 0.9% in September, the Commerce Department said, ahead of the 0.5% gain economists had expected."],
    "us-factory-orders-september-2026", a="Landon Pryce", n="US economic data"),
  E("2026-11-03 10:22", "Russia claims capture of Kostiantynivka; Kyiv says fighting continues",
    ["Russia\u2019s Defense Ministry claimed Tuesday that its forces had taken full control of Kostiantynivka, a front-line city in Ukraine\u2019s Donetsk region that has been under assault for more than a year.",
     "Ukraine\u2019s General Staff rejected the claim, saying its troops still held positions in the city\u2019s northern districts."],
    "other", "frontline", 2, "russia-claims-kostiantynivka-2026-11-03", a="Landon Pryce"),
  OFF("2026-11-03 09:31", "Stocks open higher on Election Day",
    ["The Dow Jones Industrial Average rose about 150 points at the open, while the S&P 500 and Nasdaq Composite also advanced as investors awaited midterm results."],
    "us-stocks-open-2026-11-03", a="Mariel Ocampo", n="stock market open",
    tick=[("I:DJI", "DOW JONES AVERAGES", "47,891.20", "+152.34", "+0.32%"), ("SP500", "S&P 500", "6,915.71", "+21.08", "+0.31%")]),
  E("2026-11-03 07:15", "Russian missile strike on Kharkiv kills 4, Ukrainian officials say",
    ["A Russian missile hit a residential district of Kharkiv early Tuesday, killing four people and injuring at least 17, regional Gov. Oleh Syniehubov said.",
     "Kharkiv Mayor Ihor Terekhov said a kindergarten was among the damaged buildings."],
    "strikes", "strikes", 3, "kharkiv-missile-strike-2026-11-03", a="Landon Pryce"),
  ]))

# ---------------------------------------------------------------- 13403 Yahoo Finance
SEEDS.append(dict(
  id="13403", name="13403_yahoofinance-news", ext="txt", source="Yahoo Finance", zone=NY, render=r_yahoo,
  title="Lockheed Martin Corporation (LMT)", symbol="LMT", price="503.84 +7.21 (+1.45%)", ref="2026-11-04 11:42",
  parse_args=["--date", "2026-11-04"],
  basis="relative stamp '{s}' counted back exactly from the quote header 'As of 11:42 AM EST' on the day given by parse_args (the page prints no date); local {d}",
  notes="Imitates the News tab of a Yahoo Finance quote page (text scrape). No date or year is printed anywhere (parse_args --date 2026-11-04). "
        "The only clock is the quote header 'As of 11:42 AM EST. Market Open.'; each item has headline, snippet, then 'PROVIDER \u2022 28 minutes ago' and "
        "ticker chips. Relative stamps are counted back exactly from 11:42 AM EST. Author = the provider credit printed on the item (Reuters, Bloomberg, "
        "Associated Press, Motley Fool, Yahoo Finance Video). 13403-04 is a video item with no text (body 0, importance 1, off the war).",
  not_entries=["Yahoo Finance header, search box, top navigation, 'Mail', 'Sign in'", "sub-navigation (My Portfolio ... Watch Now)", "'Upgrade to Premium'",
               "quote header: company name, exchange line, 'Follow', 'Compare', price and change", "'As of 11:42 AM EST. Market Open.'",
               "quote tabs (Summary, News, Chart, ...)", "'Recent News: LMT' and the 'All / News / Press Releases' filter", "ticker chips under items",
               "'Ad' slot after the third item", "'View More'", "footer links"],
  entries=[
  E("2026-11-04 11:14", "Ukraine asks allies to fund more Patriot missiles after record ballistic barrage",
    ["Ukraine\u2019s Foreign Minister Andrii Sybiha urged NATO allies on Wednesday to pay for at least 200 more Patriot interceptors, hours after Russia fired a record number of ballistic missiles at Kyiv."],
    "aid", "aid", 2, "sybiha-patriot-funding-appeal-2026-11-04", a="Reuters", sec=["diplomacy"], prov="Reuters", chips="LMT +1.45%   RTX +0.92%"),
  OFF("2026-11-04 10:42", "Is Lockheed Martin Stock a Buy After Its Latest Earnings Beat?",
    ["The defense giant\u2019s backlog hit a record last quarter. Here\u2019s what investors should weigh before buying."],
    "lockheed-stock-buy-column-2026-11-04", a="Motley Fool", n="investing column", prov="Motley Fool", chips="LMT +1.45%"),
  E("2026-11-04 09:42", "Russia Pounds Kyiv With Ballistic Missiles, Killing Three",
    ["Russia launched 19 ballistic missiles at Kyiv overnight in one of the heaviest attacks on the capital this year, killing three people and damaging a metro station, city officials said."],
    "strikes", "strikes", 3, "kyiv-ballistic-attack-2026-11-04", a="Bloomberg", prov="Bloomberg"),
  OFF("2026-11-04 08:42", "Defense stocks rise as midterm results roll in", [],
    "defense-stocks-midterms-video-2026-11-04", a="Yahoo Finance Video", n="video item without text (midterms, markets)", prov="Yahoo Finance Video", chips="LMT +1.45%   NOC +1.10%"),
  E("2026-11-04 07:42", "Hungary blocks EU move to open first cluster of Ukraine membership talks",
    ["Hungary on Wednesday blocked a proposal to open the first negotiating cluster with Ukraine, leaving Kyiv\u2019s bid to join the European Union stalled for at least another month, diplomats said."],
    "diplomacy", "diplomacy", 2, "hungary-blocks-ukraine-eu-cluster-2026-11-04", a="Associated Press", prov="Associated Press"),
  E("2026-11-04 06:42", "Poland signs $2 billion deal for more Patriot launchers",
    ["Poland signed a $2 billion agreement with the United States for additional Patriot launchers and radars, its defense ministry said, as Warsaw presses on with one of NATO\u2019s fastest military build-ups."],
    "other", "security", 2, "poland-patriot-purchase-2026-11-04", a="Reuters", prov="Reuters", chips="LMT +1.45%   RTX +0.92%",
    n="procurement by a non-party (Poland for itself)"),
  E("2026-11-04 04:42", "Ukrainian drones hit Saratov refinery, Russian governor says",
    ["Ukrainian drones struck an oil refinery in the Russian city of Saratov overnight, causing a fire that was later put out, regional governor Roman Busargin said."],
    "strikes", "strikes", 2, "saratov-refinery-drone-strike-2026-11-04", a="Reuters", prov="Reuters"),
  ]))

# ---------------------------------------------------------------- 13404 Seeking Alpha
SEEDS.append(dict(
  id="13404", name="13404_seekingalpha-newsrss", ext="xml", source="Seeking Alpha", zone=NY, render=r_sa,
  title="Seeking Alpha - Market News",
  basis="RSS pubDate '{s}' (numeric offset -0500 = EST); local {d}, which is already the next day in UTC",
  notes="Imitates Seeking Alpha's news RSS (sa: namespace: sa:author_name, sa:stock, media:thumbnail), newest first, pubDate with -0500. "
        "All items were published on Thursday 5 November 2026 in the evening, New York time (19:10-23:55 EST), which is Friday 6 November 00:10-04:55 UTC: "
        "the page's UTC day is 2026-11-06. Short descriptions are the bodies. 'SA News Team' is a desk credit, so author null. Two items are off the war.",
  not_entries=["channel title, link, description, language, lastBuildDate", "item link, guid, category, sa:stock blocks and media:thumbnail"],
  entries=[
  E("2026-11-05 23:55", "Russian drone strike on Kryvyi Rih kills two, Ukrainian officials say",
    ["A Russian drone hit an apartment building in Kryvyi Rih overnight, killing two people and injuring nine, the head of the city\u2019s military administration said."],
    "strikes", "strikes", 3, "kryvyi-rih-drone-strike-2026-11-06", a="Anjali Menon"),
  E("2026-11-05 22:40", "Rheinmetall to build second artillery shell plant in Ukraine - report",
    ["Rheinmetall (OTCPK:RNMBY) has agreed with Ukraine\u2019s government to build a second plant for 155mm artillery shells in western Ukraine, with output due to start in 2028, according to a German newspaper report."],
    "aid", "aid", 3, "rheinmetall-ukraine-second-shell-plant-2026-11-05", a="Rob Keller", stocks=[("RNMBY", "Rheinmetall AG")]),
  OFF("2026-11-05 21:15", "Airbnb Q3 revenue beats, shares rise after hours",
    ["Airbnb (NASDAQ:ABNB) reported third-quarter revenue of $4.3 billion, above the consensus estimate, and guided to fourth-quarter growth in nights booked in the high single digits."],
    "airbnb-q3-2026-earnings", a="Rob Keller", n="earnings", stocks=[("ABNB", "Airbnb, Inc.")]),
  E("2026-11-05 20:30", "Treasury sanctions 38 shadow-fleet tankers carrying Russian oil",
    ["The U.S. Treasury Department on Thursday designated 38 tankers it said belong to a shadow fleet moving Russian crude above the price cap, along with two ship managers based in the United Arab Emirates."],
    "diplomacy", "diplomacy", 3, "us-shadow-fleet-sanctions-2026-11-05", a="Anjali Menon"),
  OFF("2026-11-05 19:45", "Gold slips as dollar firms ahead of jobs data",
    ["Gold futures fell 0.6% in after-hours trading as the dollar strengthened ahead of Friday\u2019s payrolls report."],
    "gold-price-2026-11-05", a=None, credit="SA News Team", n="commodities"),
  E("2026-11-05 19:10", "Naftogaz says Russian strike damaged gas production sites in Poltava region",
    ["Ukraine\u2019s state energy company Naftogaz said a Russian missile and drone attack damaged gas production facilities in the Poltava region, the fourth such strike this month."],
    "strikes", "strikes", 2, "naftogaz-poltava-gas-strike-2026-11-05", a="Anjali Menon"),
  ]))

# ---------------------------------------------------------------- 13405 Investing.com
SEEDS.append(dict(
  id="13405", name="13405_investingcom-newsrss", ext="xml", source="Investing.com", zone="UTC", render=r_investing,
  title="Investing.com World News",
  basis="RSS pubDate '{s}' printed without a zone; Investing.com feeds are in GMT (the outlet's home zone for its feeds), so UTC; local {d}",
  notes="Imitates Investing.com's news RSS: pubDate printed as a bare '2026-11-09 17:48:10' (no zone, no weekday): read as GMT = UTC. <author> is the provider "
        "credit: 'Reuters' kept as author; 'Investing.com' (the site's own desk) gives author null. Descriptions are short summaries. Newest first. "
        "Three items are off the war (Sentix, bitcoin, ...).",
  not_entries=["channel title, link, description, image block, language, copyright", "item enclosure images and links"],
  entries=[
  E("2026-11-09 17:48", "Putin, Erdogan discuss Black Sea shipping safety in phone call - Kremlin",
    ["Russian President Vladimir Putin and Turkish President Tayyip Erdogan discussed the safety of commercial shipping in the Black Sea in a phone call on Monday, the Kremlin said, after a series of attacks on vessels and ports."],
    "diplomacy", "diplomacy", 3, "putin-erdogan-call-2026-11-09", a="Reuters", ss=10),
  E("2026-11-09 16:05", "Ukrainian drones hit Novorossiysk oil terminal, loadings halted - sources",
    ["Ukrainian naval and aerial drones attacked the Sheskharis oil terminal in Russia\u2019s Black Sea port of Novorossiysk, damaging a berth and halting crude loadings, two industry sources said."],
    "strikes", "strikes", 2, "novorossiysk-terminal-drone-attack-2026-11-09", a="Reuters", ss=44),
  OFF("2026-11-09 15:02", "Bitcoin falls below $90,000 as risk appetite fades",
    ["Bitcoin dropped below $90,000 for the first time in three weeks on Monday as investors pulled back from riskier assets."],
    "bitcoin-below-90000-2026-11-09", a=None, credit="Investing.com", n="crypto market", ss=19, cat="cryptocurrency-news"),
  E("2026-11-09 12:12", "EU proposes new sanctions package targeting Russian LNG and banks",
    ["The European Commission proposed a 22nd package of sanctions against Russia on Monday, including a faster end to Russian liquefied natural gas imports and measures against 17 more banks, EU officials said."],
    "diplomacy", "diplomacy", 2, "eu-22nd-sanctions-package-proposal-2026-11-09", a=None, credit="Investing.com", ss=37),
  E("2026-11-09 10:41", "Russian strike on Kharkiv kills two, injures 15 - governor",
    ["A Russian glide bomb hit a residential area of Kharkiv on Monday morning, killing two people and injuring 15, regional governor Oleh Syniehubov said."],
    "strikes", "strikes", 3, "kharkiv-glide-bomb-2026-11-09", a="Reuters", ss=5),
  OFF("2026-11-09 09:31", "Euro zone investor morale improves in November - Sentix",
    ["Investor sentiment in the euro zone rose for a second month in November, the Sentix research group said on Monday, helped by hopes of lower energy prices."],
    "sentix-november-2026", a="Reuters", n="economic data", ss=12, cat="economy"),
  E("2026-11-09 06:55", "Ukraine replaces head of state arms procurement agency",
    ["Ukraine\u2019s government dismissed the head of the Defence Procurement Agency on Monday and named a deputy defence minister as acting chief, amid complaints about delays in drone contracts."],
    "other", "politics", 2, "ukraine-procurement-agency-chief-replaced-2026-11-09", a="Reuters", ss=2),
  ]))

# ---------------------------------------------------------------- 13406 Benzinga
SEEDS.append(dict(
  id="13406", name="13406_benzinga-listing", ext="html", source="Benzinga", zone=NY, render=r_benzinga,
  title="Russia-Ukraine Conflict",
  basis="listing stamp '{s}' (no zone printed: Benzinga's home zone, US Eastern, EST on this date); local {d}",
  notes="Imitates a Benzinga topic/channel listing (HTML, no JSON-LD). Newest first. Each item: headline link, 'by NAME', 'Nov 10, 2026, 3:20PM' "
        "(date and 12-hour time, no zone printed: read as US Eastern, Benzinga's home zone), one teaser paragraph, ticker chips. "
        "One item is off the war (Tesla).",
  not_entries=["top bar (Benzinga Pro, Benzinga Edge, Login, Register)", "header logo, navigation, search box", "quote ticker strip (SPY, QQQ, DIA, BTC/USD)",
               "channel title 'Russia-Ukraine Conflict'", "ticker chips under items", "Benzinga Pro promotion after the third item", "'Load More' button", "footer"],
  entries=[
  E("2026-11-10 15:20", "Trump Says Call With Putin Was 'Very Productive,' Envoys To Meet Ukrainians And Russians In Geneva Next Week",
    ["President Donald Trump said Tuesday his phone call with Russian President Vladimir Putin was \"very productive\" and that U.S. envoys would meet Ukrainian and Russian officials in Geneva next week."],
    "diplomacy", "diplomacy", 3, "trump-putin-call-geneva-talks-2026-11-10", a="Priya Venkataraman", chips=["LMT", "NOC", "RTX"]),
  E("2026-11-10 13:05", "Palantir Expands Battlefield Data Deal With Ukraine's Defense Ministry",
    ["Palantir Technologies Inc. (NASDAQ:PLTR) has signed an expanded agreement with Ukraine's Ministry of Defense to supply targeting and logistics software to more front-line brigades, the ministry said Tuesday."],
    "aid", "aid", 2, "palantir-ukraine-mod-deal-2026-11-10", a="Jordan Whitfield", chips=["PLTR"]),
  E("2026-11-10 11:48", "Ukraine Says It Hit Russian Air Base In Crimea With Homegrown Cruise Missiles",
    ["Ukraine's General Staff said Tuesday that its forces struck the Saky air base in occupied Crimea with Neptune and Flamingo cruise missiles, damaging two Su-30 fighter jets."],
    "strikes", "strikes", 2, "saky-airbase-strike-2026-11-10", a="Priya Venkataraman"),
  OFF("2026-11-10 10:02", "Tesla Shares Slide After Data Shows Weaker China Sales",
    ["Tesla Inc. (NASDAQ:TSLA) shares fell 3% in early trading after industry data showed sales of its China-made vehicles dropped 18% year over year in October."],
    "tesla-china-sales-2026-11-10", a="Jordan Whitfield", n="stock move", chips=["TSLA"]),
  E("2026-11-10 08:30", "Russian Drone Strike Kills 3 In Sumy, Ukrainian Officials Say",
    ["A Russian drone attack on the city of Sumy killed three people, including a child, and damaged a school early Tuesday, regional authorities said."],
    "strikes", "strikes", 3, "sumy-drone-strike-2026-11-10", a="Priya Venkataraman"),
  E("2026-11-10 07:15", "Starlink Cuts Off Terminals Used By Russian Units, Ukraine's Digital Ministry Says",
    ["SpaceX's Starlink has disabled thousands of terminals that Russian forces had been using along the front line after Ukraine shared their identifiers with the company, Ukraine's Ministry of Digital Transformation said."],
    "other", "security", 2, "starlink-russian-terminals-blocked-2026-11-10", a="Jordan Whitfield"),
  ]))

# ---------------------------------------------------------------- 13407 TheStreet
SEEDS.append(dict(
  id="13407", name="13407_thestreet-live", ext="txt", source="TheStreet", zone=NY, render=r_thestreet,
  title="Stock Market Today: Stocks slip as Ukraine talks stall, oil climbs",
  lede="Follow TheStreet's live coverage of the stock market as investors digest hot inflation data and news from Geneva.",
  byline="Caroline Ashby", caption="Traders work on the floor of the New York Stock Exchange. Getty Images",
  related="What higher oil prices mean for your wallet",
  basis="update stamp '{s}' (ET printed, no date); the day is the page stamp 'Nov 12, 2026 9:31 AM EST'; local {d}",
  notes="Imitates a TheStreet 'Stock Market Today' live article (text scrape). Oldest first. Each update: a stamp line 'Update: 10:15 a.m. ET', "
        "a headline line, then the text. The date is printed only under the byline ('Nov 12, 2026 9:31 AM EST') and in the closing note. "
        "One page byline = author of every update. Three of six updates are market items off the war.",
  not_entries=["TheStreet header, navigation, 'Subscribe', 'Sign In'", "'MARKETS' label", "page title", "standfirst 'Follow TheStreet's live coverage ...'",
               "byline and page stamp 'Nov 12, 2026 9:31 AM EST'", "share line", "photo caption", "'Update:' prefix of each stamp line",
               "'Related: ...' link and 'ADVERTISEMENT' after the third update", "closing note 'This story was originally published ...'", "footer lines"],
  entries=[
  OFF("2026-11-12 09:31", "Stocks open lower after hot CPI report",
    ["The S&P 500 fell 0.4% at the open after October consumer prices rose more than economists had expected.",
     "The consumer price index climbed 0.4% from September, the Labor Department said, lifting the annual rate to 3.2%."],
    "us-cpi-october-2026-stocks-open", a="Caroline Ashby", n="markets and inflation"),
  E("2026-11-12 10:15", "Ukrainian drones hit two Russian refineries overnight",
    ["Ukraine's drone forces said they struck the Ryazan and Volgograd oil refineries overnight, the latest in a months-long campaign against Russian fuel production.",
     "Russia's Defense Ministry said it downed 86 drones over nine regions but did not comment on damage at the plants."],
    "strikes", "strikes", 2, "ryazan-volgograd-refinery-strikes-2026-11-12", a="Caroline Ashby"),
  E("2026-11-12 11:40", "Kremlin says Geneva talks 'paused' after refinery attacks",
    ["Kremlin spokesman Dmitry Peskov said a planned round of talks with U.S. and Ukrainian officials in Geneva had been put on hold, blaming Kyiv's overnight drone attacks.",
     "Oil futures extended gains on the news, with West Texas Intermediate crude up 2.4% at $63.10 a barrel."],
    "diplomacy", "diplomacy", 2, "kremlin-pauses-geneva-talks-2026-11-12", a="Caroline Ashby"),
  OFF("2026-11-12 12:55", "Boeing rises on report of big China order",
    ["Boeing shares climbed 2.7% after a report that Chinese airlines are close to ordering as many as 150 jets."],
    "boeing-china-order-report-2026-11-12", a="Caroline Ashby", n="stock move"),
  E("2026-11-12 14:20", "State Department clears $825 million air-defense sale for Ukraine",
    ["The State Department approved a possible $825 million sale of air-defense radars and missile components to Ukraine, to be paid for by European allies, the Defense Security Cooperation Agency said.",
     "RTX and Northrop Grumman are listed as the main contractors."],
    "aid", "aid", 3, "dsca-ukraine-air-defense-sale-2026-11-12", a="Caroline Ashby"),
  OFF("2026-11-12 16:05", "Stocks close lower; Dow sheds 230 points",
    ["The Dow Jones Industrial Average fell 230 points, or 0.5%, while the S&P 500 slipped 0.6% and the Nasdaq Composite lost 0.8% as hopes for a December rate cut faded."],
    "us-stocks-close-2026-11-12", a="Caroline Ashby", n="market close"),
  ]))

# ---------------------------------------------------------------- 13408 Quartz
SEEDS.append(dict(
  id="13408", name="13408_quartz-dailybrief", ext="html", source="Quartz", zone=NY, render=r_quartz,
  title="Quartz Daily Brief \u2014 Russia hits the grid again, the EU tightens sanctions, Disney\u2019s streaming payoff",
  dateline_t="2026-11-13 06:30", byline="Julia Marchetti",
  hello="Good morning, Quartz readers! Here is what happened overnight and what to watch today.",
  signoff="Our best wishes for a calm Friday. Send any news, comments, and migrating birds to hi@qz.com. Today\u2019s Daily Brief was brought to you by Julia Marchetti.",
  basis="no per-item time: the round-up's one printed date and time 'November 13, 2026 \u00b7 6:30 AM EST'; local {d}",
  notes="Imitates a Quartz Daily Brief newsletter page (HTML + NewsArticle JSON-LD). Items are bullets under 'Here\u2019s what you need to know' and "
        "'Surprising discoveries'; each opens with a bold first sentence and has no headline (headline null, first_sentence = the bold sentence, "
        "body_paragraphs 1). No per-item time: every item takes the page's printed '6:30 AM EST' on November 13, 2026; stamp null. Page byline = author. "
        "The two 'Surprising discoveries' items and the Disney item are off the war.",
  not_entries=["header logo, navigation, 'Subscribe'", "'Daily Brief' kicker", "page title", "byline line", "date line 'November 13, 2026 \u00b7 6:30 AM EST'",
               "greeting paragraph 'Good morning, Quartz readers! ...'", "section headings 'Here\u2019s what you need to know' and 'Surprising discoveries'",
               "sign-off paragraph", "newsletter sign-up box", "'More from Quartz' links", "footer"],
  entries=[
  E("2026-11-13 06:30", None,
    ["Russia hit Ukraine\u2019s power grid again. Missiles and drones struck thermal plants and substations in five regions overnight, killing two people in the Dnipropetrovsk region and leaving about 600,000 households without electricity, Ukrainian officials said."],
    "strikes", "strikes", 3, "russian-grid-strike-2026-11-13", a="Julia Marchetti", sect="Here\u2019s what you need to know"),
  E("2026-11-13 06:30", None,
    ["The EU adopted its 22nd sanctions package against Russia. The measures add 17 banks and more than 100 shadow-fleet tankers to the blacklist and ban exports of more machine parts that can be used in weapons."],
    "diplomacy", "diplomacy", 3, "eu-22nd-sanctions-package-adopted-2026-11-12", a="Julia Marchetti", sect="Here\u2019s what you need to know"),
  OFF("2026-11-13 06:30", None,
    ["Disney\u2019s streaming business had its best quarter yet. The direct-to-consumer unit earned $1.4 billion in operating income, helped by price increases and fewer subscriber cancellations."],
    "disney-streaming-quarter-2026-11", a="Julia Marchetti", n="earnings", sect="Here\u2019s what you need to know"),
  E("2026-11-13 06:30", None,
    ["Zelensky extended martial law and mobilization for another 90 days. Ukraine\u2019s parliament is expected to approve the decrees next week, as it has every quarter since the full-scale invasion began."],
    "other", "politics", 2, "ukraine-martial-law-extension-2026-11", a="Julia Marchetti", sect="Here\u2019s what you need to know"),
  OFF("2026-11-13 06:30", None,
    ["A lost 17th-century map of Lisbon turned up in a Scottish attic. The hand-drawn chart shows the city\u2019s waterfront decades before the 1755 earthquake."],
    "lisbon-map-scottish-attic", a="Julia Marchetti", n="curiosity", sect="Surprising discoveries"),
  OFF("2026-11-13 06:30", None,
    ["A Norwegian ferry ran for a week on fish oil. Its operator said the trial cut the vessel\u2019s carbon emissions by about a third."],
    "norwegian-ferry-fish-oil-trial", a="Julia Marchetti", n="curiosity", sect="Surprising discoveries"),
  ]))

# ---------------------------------------------------------------- 13409 Kiplinger
SEEDS.append(dict(
  id="13409", name="13409_kiplinger-article", ext="txt", source="Kiplinger", zone=NY, render=r_kiplinger, dateonly="2026-11-16",
  title="Stock Market Today: Oil and Wheat Rise After Black Sea Port Attacks",
  lede="Energy and grain prices climbed after Russian strikes on Ukrainian ports, while investors wait for big-box retail earnings.",
  byline="Nadia Brennan", dateline="published November 16, 2026", caption="(Image credit: Getty Images)",
  intro="Stocks finished mixed Monday as commodity prices jumped and investors looked ahead to a heavy week of retail earnings. The Dow Jones Industrial Average slipped 0.2%, the S&P 500 was flat and the Nasdaq Composite gained 0.3%.",
  related=["Best Defense Stocks to Buy", "How Geopolitical Risk Affects Your Portfolio", "Stock Market Holidays in 2026"],
  basis="no time printed: the page gives only the date 'published November 16, 2026'; published is that date alone (date-only, as in shared gold 002)",
  notes="Imitates a Kiplinger 'Stock Market Today' closing article (Future plc page, text scrape). One entry per section heading (headline = heading), "
        "stamp null. The page prints only a date ('published November 16, 2026', no time, no zone), so published is the date alone "
        "('2026-11-16'), following shared gold 002 (Euronews) rather than null. The opening paragraph before the first heading is the article's "
        "intro (markets wrap) and not an entry. Page byline = author of every section. Two sections are off the war (Home Depot, bitcoin).",
  not_entries=["Kiplinger header, navigation, 'Subscribe', 'Sign in'", "breadcrumb 'Investing > Stock Market Today'", "page title", "standfirst",
               "byline 'By Nadia Brennan' and 'published November 16, 2026'", "image credit", "intro paragraph 'Stocks finished mixed Monday ...' (markets wrap before the first section)",
               "newsletter box after the second section", "'Related Content' links", "footer lines"],
  entries=[
  E(None, "Russian strikes hit Odesa's ports",
    ["Russian missiles and drones struck port facilities in Ukraine's Odesa region overnight into Monday, killing four people and damaging two grain terminals, Ukrainian officials said.",
     "The attack sent wheat futures up 2.8% in Chicago, their biggest one-day gain since July, as traders worried about shipments through the Black Sea corridor."],
    "strikes", "strikes", 3, "odesa-ports-strike-2026-11-16", a="Nadia Brennan"),
  E(None, "Europe weighs more money for Kyiv",
    ["EU finance ministers are set to discuss a further tranche of loans for Ukraine backed by immobilized Russian central bank assets when they meet in Brussels later this week.",
     "A larger package would ease pressure on Ukraine's budget, which faces a gap of about $45 billion next year."],
    "aid", "aid", 2, "eu-ukraine-loan-tranche-talks-2026-11", a="Nadia Brennan"),
  OFF(None, "Home Depot earnings on deck",
    ["Home Depot (HD) will report third-quarter results before Tuesday's open, and Wall Street expects earnings of $3.84 per share."],
    "home-depot-q3-2026-preview", a="Nadia Brennan", n="earnings preview"),
  E(None, "What's next for peace talks",
    ["Investors are also watching for signs that talks between U.S., Ukrainian and Russian officials could resume after the Kremlin put a planned round in Geneva on hold last week.",
     "\"Any credible ceasefire path would pull energy prices lower quickly,\" said one strategist at a large asset manager."],
    "diplomacy", "diplomacy", 2, "us-russia-ukraine-talks-outlook-2026-11-16", a="Nadia Brennan"),
  OFF(None, "Bitcoin slides again",
    ["Bitcoin fell 3.1% to about $88,400, extending its November losses to 11%."],
    "bitcoin-november-slide-2026-11-16", a="Nadia Brennan", n="crypto market"),
  ]))


# ================================================================ PART B: three multi-source days (invented outlets)
# Day 1 = 2026-11-24 (UTC), day 2 = 2026-11-25, day 3 = 2026-12-02.
ZAP = "zaporizhzhia-missile-strike-2026-11-24"
EULOAN = "eu-reparations-loan-first-tranche-2026-11-24"
INTERCEPT = "explainer-ukraine-interceptor-shortage"
SYBIHA = "sybiha-air-defence-appeal-2026-11-24"
INTERCEPT_H = "Explainer: Why Ukraine runs short of interceptors every winter"
INTERCEPT_P = [
    "Each winter Russia saves up missiles and drones for mass attacks, and each winter Ukraine\u2019s air defences end up rationing interceptors before the season is over.",
    "Patriot batteries are the only systems Ukraine has that can reliably stop ballistic missiles such as the Iskander-M fired at Zaporizhzhia on Tuesday, but the American factory that builds their PAC-3 interceptors turns out only about 60 a month for all its customers.",
    "European systems such as IRIS-T and SAMP/T help against cruise missiles, and cheap interceptor drones now bring down a growing share of the Shahed-type drones. Officials in Kyiv say the real shortage is not money but production lines."]

# ---------------------------------------------------------------- 13420 Wyndcombe Observer (day 1)
SEEDS.append(dict(
  id="13420", name="13420_wyndcombe-textlive", ext="txt", source="Wyndcombe Observer", zone="Europe/London", render=r_wyndcombe,
  title="Ukraine war live: Zaporizhzhia missile strike kills 10; EU releases first \u20ac15bn from Russian-assets loan",
  dateline="Tuesday 24 November 2026",
  lede="A Russian ballistic missile has hit a residential street and a tram depot in Zaporizhzhia; EU finance ministers approve the first payment from the reparations loan.",
  basis="stamp '{s}' (GMT printed = UTC in November) under the dateline 'Tuesday 24 November 2026'; local {d}",
  notes="Invented outlet. Text live blog, newest first. 'Key Points' block lists two post headlines (key_point true). Each post: 'HH:MM GMT' line, headline, "
        "optional 'Posted by NAME' (author), body. 13420-02 is a 'Watch:' teaser without body. 13420-03 is a theme piece (explainer on interceptor "
        "shortages) that mentions the Zaporizhzhia strike but is its own story; it is re-posted verbatim on day 2 by 13432.",
  not_entries=["masthead and navigation", "'LIVE' label", "page title and dateline", "standfirst summary", "'Key Points' header and its two bullet lines (pointers to posts)",
               "'Latest' label", "'Posted by ...' lines (author credits)", "newsletter promo after the fourth post", "'Show older posts'", "footer"],
  entries=[
  E("2026-11-24 19:40", "Zaporizhzhia death toll rises to 10 as search is halted for the night",
    ["Ten people are now known to have died after a Russian ballistic missile hit a residential street and a tram depot in Zaporizhzhia this morning, the regional governor, Ivan Fedorov, said.",
     "Forty-three people were injured, 11 of them children. Rescuers stopped work at the depot after dark and will resume at first light, Fedorov said."],
    "strikes", "strikes", 3, ZAP, a="Harriet Lowe", kp=True, n="toll 10 dead, 43 injured"),
  E("2026-11-24 17:15", "Watch: Rescue teams search the wrecked tram depot in Zaporizhzhia", [],
    "strikes", "strikes", 1, ZAP, n="teaser (video) without body"),
  E("2026-11-24 15:30", INTERCEPT_H, INTERCEPT_P, "aid", "aid", 2, INTERCEPT, a="Tobias Renshaw",
    n="theme piece (explainer on interceptor stocks; mentions the Zaporizhzhia strike): own story, must not merge with the strike or with the Sybiha appeal"),
  E("2026-11-24 13:05", "EU releases first \u20ac15bn from Russian-assets loan",
    ["EU finance ministers approved the first \u20ac15bn payment to Ukraine from the loan backed by immobilised Russian central bank assets, the economy commissioner, Valdis Dombrovskis, said in Brussels.",
     "The money will go mainly to Ukraine\u2019s defence budget for 2027. Hungary abstained but did not block the decision."],
    "aid", "aid", 3, EULOAN, a="Priyanka Dhar", kp=True),
  E("2026-11-24 11:20", "Kharkiv energy site hit by drones overnight",
    ["Russian drones hit an energy facility on the outskirts of Kharkiv overnight, cutting power to about 30,000 homes, the regional governor, Oleh Syniehubov, said. No one was hurt."],
    "strikes", "strikes", 2, "kharkiv-energy-drone-strike-2026-11-24", a="Harriet Lowe",
    n="another strike of the same night in another region: must not merge with the Zaporizhzhia strike"),
  E("2026-11-24 09:00", "Zelensky: Zaporizhzhia attack shows Russia \u2018is not preparing for peace\u2019",
    ["Volodymyr Zelensky said the missile attack on Zaporizhzhia showed that Moscow was \u201cnot preparing for peace, but for a winter of terror\u201d, and published a video of the damaged tram depot.",
     "The Ukrainian president said the missile was an Iskander-M fired from occupied territory about 80km away."],
    "strikes", "strikes", 3, ZAP, a="Harriet Lowe", n="reaction whose content is the attack itself: same story"),
  E("2026-11-24 05:25", "Missile strike on Zaporizhzhia kills three",
    ["A Russian missile struck a residential neighbourhood of Zaporizhzhia shortly before 7am local time, killing at least three people, the regional governor said.",
     "Air raid sirens had sounded across south-eastern Ukraine minutes before the blast."],
    "strikes", "strikes", 3, ZAP, a="Harriet Lowe", n="first report, toll 3"),
  ]))

# ---------------------------------------------------------------- 13421 Dunmarra Daily (day 1)
SEEDS.append(dict(
  id="13421", name="13421_dunmarra-ldlive", ext="html", source="Dunmarra Daily", zone="Europe/Kyiv", render=r_dunmarra,
  title="War in Ukraine, day by day: 24 November 2026", url="https://dunmarra-daily.example/live/2026-11-24",
  dateline="Tuesday, 24 November 2026 \u00b7 Kyiv time (EET)",
  lede="Ballistic missile strike on Zaporizhzhia, glide bombs in the south, and new appeals for air defence.",
  readalso="How Zaporizhzhia lives 30 kilometres from the front",
  basis="visible '{s}' in <time datetime> (Kyiv time, EET = UTC+2, printed in the dateline 'Tuesday, 24 November 2026 \u00b7 Kyiv time (EET)'); JSON-LD agrees; local {d}",
  notes="Invented outlet. HTML live blog, oldest first, LiveBlogPosting JSON-LD whose liveBlogUpdate items carry the right per-update times. Visible stamps are bare "
        "'HH:MM' in <time datetime>. 13421-05 re-publishes 13421-03 nearly verbatim ('this morning' -> 'the morning'), importance 1. 13421-02 (glide bombs on "
        "villages of the Huliaipole district, Zaporizhzhia region) is a different event from the city missile strike: must not merge. 13421-06 is an appeal for "
        "air defence (aid), a separate story from the strike although its headline names it.",
  not_entries=["header brand and navigation", "page title", "dateline '... Kyiv time (EET)'", "summary line", "'Share' / 'Copy link' tools under each post",
               "'Read also' box after the third post", "'Our live coverage continues tomorrow.'", "footer"],
  entries=[
  E("2026-11-24 07:10", "Missile hits Zaporizhzhia residential area, three killed",
    ["A Russian ballistic missile struck a residential area and a tram depot in Zaporizhzhia at about 06:40, killing three people, regional governor Ivan Fedorov said.",
     "Several private houses were destroyed and a five-storey building lost its facade, according to the State Emergency Service."],
    "strikes", "strikes", 3, ZAP, a="Oksana Lytvyn", n="toll 3"),
  E("2026-11-24 08:45", "Glide bombs hit villages in Huliaipole district",
    ["Russian aircraft dropped guided bombs on two villages in the Huliaipole district of the Zaporizhzhia region overnight, wounding two elderly residents and damaging a school, the regional administration said."],
    "strikes", "strikes", 2, "huliaipole-district-glide-bombs-2026-11-24", a="Oksana Lytvyn",
    n="same region, different strike (night glide bombs on villages): must not merge with the Zaporizhzhia city missile strike"),
  E("2026-11-24 11:30", "Zaporizhzhia toll rises to seven",
    ["The number of people killed by this morning\u2019s missile strike on Zaporizhzhia has risen to seven, with 31 injured, Governor Ivan Fedorov said.",
     "Two tram drivers who were preparing for the morning shift are among the dead, the city council said."],
    "strikes", "strikes", 3, ZAP, a="Oksana Lytvyn", n="toll 7"),
  E("2026-11-24 12:50", "Ukraine and Denmark to build interceptor drones together",
    ["Ukraine and Denmark agreed to set up a joint plant in Denmark making interceptor drones for use against Shahed-type attack drones, Ukraine\u2019s defence ministry said."],
    "aid", "aid", 2, "ukraine-denmark-interceptor-drone-plant-2026-11-24", a="Maksym Hordiienko"),
  E("2026-11-24 14:20", "Zaporizhzhia toll rises to seven",
    ["The number of people killed by the morning\u2019s missile strike on Zaporizhzhia has risen to seven, with 31 injured, Governor Ivan Fedorov said.",
     "Two tram drivers who were preparing for the morning shift are among the dead, the city council said."],
    "strikes", "strikes", 1, ZAP, a="Oksana Lytvyn", dup="13421-03", n="near-verbatim repeat of 13421-03 (one word changed)"),
  E("2026-11-24 16:05", "Sybiha appeals for air defence after Zaporizhzhia attack",
    ["Foreign Minister Andrii Sybiha called on partners to send at least three more Patriot systems and urgently fund interceptor missiles, saying Russia was \u201chunting for gaps\u201d in Ukraine\u2019s air defence.",
     "He spoke after a call with NATO Secretary General Mark Rutte."],
    "aid", "aid", 3, SYBIHA, a="Maksym Hordiienko", sec=["diplomacy"],
    n="an appeal for air defence: own story, must not merge with the strike it cites or with the interceptor explainer 13420-03"),
  E("2026-11-24 18:30", "UN humanitarian coordinator condemns Zaporizhzhia strike",
    ["The UN humanitarian coordinator for Ukraine, Matthias Schmale, condemned the attack on Zaporizhzhia, saying strikes on homes and public transport \u201care prohibited under international humanitarian law\u201d."],
    "strikes", "strikes", 3, ZAP, a="Oksana Lytvyn", n="reaction whose content is the attack itself: same story"),
  ]))

# ---------------------------------------------------------------- 13422 Ostmere World Desk (day 1, general world feed)
SEEDS.append(dict(
  id="13422", name="13422_ostmere-worldatom", ext="xml", source="Ostmere World Desk", zone="UTC", render=r_atom,
  title="Ostmere World Desk \u2014 World", url="https://ostmere-worlddesk.example/world",
  lede="International news from the Ostmere World Desk.",
  basis="Atom <published> '{s}' (Z = UTC); local {d}",
  notes="Invented outlet. General world-news Atom feed, newest first, Z times, escaped HTML content. The war is a minority: 4 of 6 items are off-beat "
        "(Lombok volcano, Thanksgiving travel, Vietnam floods, Australian heatwave). The Zaporizhzhia item spells the city 'Zaporozhye (Zaporizhzhia)' and "
        "carries the evening toll (nine).",
  not_entries=["feed title, subtitle, links, id, updated", "entry link/id/category elements"],
  entries=[
  OFF("2026-11-24 21:15", "Volcano ash disrupts flights to Bali",
    ["Several international flights to and from Bali were cancelled on Tuesday after a volcano on the neighbouring island of Lombok sent an ash column six kilometres into the sky, Indonesian authorities said."],
    "lombok-volcano-bali-flights-2026-11-24", n="volcano, flights"),
  E("2026-11-24 18:50", "Zaporozhye strike toll reaches nine",
    ["A Russian missile strike on the southern Ukrainian city of Zaporozhye (Zaporizhzhia) on Tuesday morning has killed nine people, Ukrainian officials said, as rescuers searched a badly damaged tram depot.",
     "Russia\u2019s defence ministry said it had struck a facility used to repair military vehicles."],
    "strikes", "strikes", 3, ZAP, a="Lena Marsh", n="spelling 'Zaporozhye'; toll 9"),
  OFF("2026-11-24 16:30", "US airlines expect record Thanksgiving travel",
    ["US airlines expect to carry a record 31 million passengers over the Thanksgiving holiday period, their industry group said, with Sunday forecast to be the busiest day."],
    "us-thanksgiving-air-travel-2026", n="US holiday travel"),
  E("2026-11-24 13:40", "EU approves first payout of loan backed by frozen Russian assets",
    ["European Union finance ministers on Tuesday approved the first \u20ac15bn disbursement to Ukraine from a loan backed by immobilised Russian central bank funds, with Hungary abstaining."],
    "aid", "aid", 3, EULOAN, a="Conor Blythe"),
  OFF("2026-11-24 10:05", "Floods in central Vietnam kill 14",
    ["Days of heavy rain have caused flooding and landslides in central Vietnam, killing at least 14 people and forcing thousands from their homes, state media reported."],
    "vietnam-floods-2026-11", n="floods"),
  OFF("2026-11-24 07:20", "Heatwave grips eastern Australia as fire warnings issued",
    ["Temperatures passed 40C in parts of New South Wales and Queensland on Tuesday, and authorities issued total fire bans across several districts."],
    "australia-heatwave-2026-11", n="weather"),
  ]))

# ---------------------------------------------------------------- 13423 Lindhurst Wire (day 1)
SEEDS.append(dict(
  id="13423", name="13423_lindhurst-rss", ext="xml", source="Lindhurst Wire", zone="Europe/Kyiv", render=r_rss, rfc="num",
  title="Lindhurst Wire: Ukraine", url="https://lindhurst-wire.example", guid="lw-ua-20261124",
  lede="Wire reports from and about Ukraine.",
  basis="RSS pubDate '{s}' (numeric offset +0200 = Kyiv winter time); local {d}",
  notes="Invented outlet. RSS 2.0 wire feed about Ukraine, newest first, pubDate with +0200, dc:creator per item, CDATA paragraphs. Spells the city "
        "'Zaporizhia' (toll eight). 13423-02 (Sybiha's air-defence appeal) is the same statement as 13421-06.",
  not_entries=["channel title, link, description, language, lastBuildDate", "item link, guid and category elements"],
  entries=[
  E("2026-11-24 21:05", "Russia claims capture of village in Dnipropetrovsk region",
    ["Russia\u2019s defence ministry said its troops had captured the village of Ivanivka in the Dnipropetrovsk region, a claim Ukraine\u2019s military did not confirm."],
    "other", "frontline", 2, "russia-claims-ivanivka-dnipropetrovsk-2026-11-24", a="Iryna Savchuk"),
  E("2026-11-24 19:20", "Foreign minister urges partners to close \u2018gaps\u2019 in air defence",
    ["Andrii Sybiha urged Ukraine\u2019s partners to deliver more Patriot systems and to pay for interceptor missiles without delay, warning that Russia was probing for weak points in Ukraine\u2019s air defence.",
     "He said he had raised the request with NATO Secretary General Mark Rutte."],
    "aid", "aid", 3, SYBIHA, a="Taras Bondar", sec=["diplomacy"]),
  E("2026-11-24 17:55", "Zaporizhia missile strike: death toll climbs to eight",
    ["Eight people have been killed and 38 injured in the Russian ballistic missile strike on Zaporizhia, regional governor Ivan Fedorov said on Tuesday afternoon.",
     "The city declared Wednesday a day of mourning."],
    "strikes", "strikes", 3, ZAP, a="Iryna Savchuk", n="spelling 'Zaporizhia'; toll 8"),
  E("2026-11-24 15:30", "EU finance ministers sign off \u20ac15bn for Ukraine from reparations loan",
    ["Ukraine will receive \u20ac15bn from the EU\u2019s reparations loan before the end of the year after finance ministers approved the first tranche in Brussels, Prime Minister Yulia Svyrydenko said.",
     "Svyrydenko said the money would cover about a third of next year\u2019s gap in military spending."],
    "aid", "aid", 3, EULOAN, a="Taras Bondar"),
  E("2026-11-24 12:10", "Ukrainian drones strike refinery in Russia\u2019s Samara region",
    ["Ukrainian long-range drones hit the Novokuibyshevsk oil refinery in Russia\u2019s Samara region overnight, Ukraine\u2019s General Staff said, reporting a large fire at a primary processing unit."],
    "strikes", "strikes", 2, "novokuibyshevsk-refinery-strike-2026-11-24", a="Iryna Savchuk"),
  E("2026-11-24 09:05", "Parliament passes 2027 budget with record defence spending",
    ["Ukraine\u2019s parliament approved the 2027 state budget in its final reading, with more than a quarter of GDP earmarked for defence and security, the finance ministry said."],
    "other", "politics", 2, "ukraine-2027-budget-passed-2026-11-24", a="Taras Bondar"),
  ]))

# ---------------------------------------------------------------- day 2 (2026-11-25)
POW = "pow-exchange-uae-2026-11-25"
SWAPEXPL = "explainer-how-prisoner-swaps-are-negotiated"

# ---------------------------------------------------------------- 13430 Thistlebrook Herald (day 2)
SEEDS.append(dict(
  id="13430", name="13430_thistlebrook-htmllive", ext="html", source="Thistlebrook Herald", zone="Europe/Warsaw", render=r_thistlebrook,
  title="Russia-Ukraine war: prisoner exchange, Zaporizhzhia in mourning \u2013 live", dateline="Wednesday, 25 November 2026", tznote="All times CET",
  lede="Hundreds of prisoners of war return home in a UAE-mediated swap; Zaporizhzhia counts its dead.",
  related="Inside the warehouse near Rzeszow that stores aid for Ukraine", yesterday="Tuesday\u2019s live coverage",
  basis="bare '{s}' above the headline; the page prints 'All times CET' (UTC+1) and the date 'Wednesday, 25 November 2026'; local {d}",
  notes="Invented outlet. HTML live blog without JSON-LD, newest first. Bare 'HH:MM' in a span above each h2, zone only in the printed note 'All times CET'. "
        "13430-02 is a theme piece (explainer on how swaps are negotiated) that mentions today's exchange but is its own story. 13430-04 continues the day-1 "
        "Zaporizhzhia story with a new development (toll 13, day of mourning).",
  not_entries=["cookie consent bar", "header and navigation", "page title", "dateline with 'All times CET'", "lead paragraph", "'Related' box after the third post",
               "link to 'Tuesday\u2019s live coverage'", "footer"],
  entries=[
  E("2026-11-25 19:10", "Zelensky thanks UAE, says next exchange already being prepared",
    ["President Volodymyr Zelensky thanked the United Arab Emirates for mediating today\u2019s exchange and said work on the next one had already begun, naming the release of civilians held since 2022 as a priority."],
    "diplomacy", "diplomacy", 3, POW, a="Ewa Brandt", n="reaction to the exchange: same story"),
  E("2026-11-25 17:30", "Explainer: How prisoner swaps between Russia and Ukraine are negotiated",
    ["Almost every exchange of prisoners since 2022 has needed a go-between: most often the United Arab Emirates, sometimes Turkey, Qatar or the Vatican.",
     "Lists of names are drawn up by Ukraine\u2019s coordination headquarters and Russia\u2019s defence ministry, checked by the mediator and swapped at the Belarusian border, usually in equal numbers, as in Wednesday\u2019s exchange.",
     "Civilians are the hardest part: Moscow rarely admits holding them, and each name can take months of bargaining."],
    "diplomacy", "diplomacy", 2, SWAPEXPL, a="Jonas Feld",
    n="theme piece (explainer; mentions today's swap): own story, must not merge with the exchange"),
  E("2026-11-25 15:45", "Russia and Ukraine exchange 390 prisoners each",
    ["Russia and Ukraine each released 390 prisoners of war on Wednesday in an exchange mediated by the United Arab Emirates, both sides said.",
     "Ukraine\u2019s coordination headquarters for prisoners of war said the group included 12 civilians and soldiers captured during the defence of Mariupol in 2022."],
    "diplomacy", "diplomacy", 3, POW, a="Ewa Brandt"),
  E("2026-11-25 13:20", "Zaporizhzhia mourns as toll rises to 13",
    ["The death toll from Tuesday\u2019s Russian missile strike on Zaporizhzhia rose to 13 after two women died in hospital and rescuers found a body in the rubble of the tram depot, Governor Ivan Fedorov said.",
     "Flags flew at half-mast across the city on an official day of mourning."],
    "strikes", "strikes", 3, ZAP, a="Jonas Feld", n="continuation of the day-1 strike with a new development (toll 13, mourning)"),
  E("2026-11-25 11:05", "Polish jets scrambled as Russia targets western Ukraine",
    ["Poland\u2019s Operational Command scrambled fighter jets and briefly closed the airports in Rzeszow and Lublin overnight as Russia launched drones at targets in western Ukraine.",
     "No violation of Polish airspace was recorded."],
    "other", "security", 2, "poland-scrambles-jets-2026-11-25", a="Ewa Brandt"),
  E("2026-11-25 08:50", "Kremlin says new talks with US possible in December",
    ["Kremlin spokesman Dmitry Peskov said a new meeting between Russian and US negotiators could take place in December, but that no date or venue had been agreed."],
    "diplomacy", "diplomacy", 2, "kremlin-december-talks-possible-2026-11-25", a="Jonas Feld"),
  ]))

# ---------------------------------------------------------------- 13431 Marlowgate Evening Post (day 2, general world feed)
SEEDS.append(dict(
  id="13431", name="13431_marlowgate-worldrss", ext="xml", source="Marlowgate Evening Post", zone=NY, render=r_rss, rfc="num",
  title="Marlowgate Evening Post | World", url="https://marlowgate-post.example", guid="mep-world",
  lede="World news from the Marlowgate Evening Post.",
  basis="RSS pubDate '{s}' (numeric offset -0500 = US Eastern standard time); local {d}",
  notes="Invented outlet. General world-news RSS 2.0, newest first, pubDate -0500. The war is a minority: 4 of 6 items are off-beat (winter storm, Philippine "
        "typhoon, Nigerian rate cut, Hang Seng). War items: the prisoner exchange and the Zaporizhzhia mourning (continuation of day 1).",
  not_entries=["channel title, link, description, language, lastBuildDate", "item link, guid and category elements"],
  entries=[
  OFF("2026-11-25 13:40", "Winter storm threatens Thanksgiving travel in Northeast",
    ["A storm moving in from the Great Lakes is expected to bring heavy snow to parts of New York and New England on Thanksgiving Day, forecasters said, as millions prepare to travel."],
    "northeast-thanksgiving-storm-2026", n="US weather", cat="US"),
  OFF("2026-11-25 11:25", "Philippine typhoon death toll rises to 21",
    ["At least 21 people have died after a typhoon swept across the central Philippines this week, disaster officials said, and more than 200,000 remain in evacuation centers."],
    "philippines-typhoon-2026-11", n="typhoon", cat="Asia"),
  E("2026-11-25 10:30", "Russia and Ukraine swap 390 prisoners each in UAE-brokered deal",
    ["Russia and Ukraine swapped 390 prisoners of war apiece on Wednesday in an exchange brokered by the United Arab Emirates, the largest such swap since the summer.",
     "Ukrainian officials said some of those released had been held for more than three years."],
    "diplomacy", "diplomacy", 3, POW, a="Dana Whitlock", cat="Europe"),
  E("2026-11-25 09:15", "Ukrainian city mourns 13 killed in missile strike",
    ["The southern Ukrainian city of Zaporizhzhia held a day of mourning on Wednesday for 13 people killed by a Russian ballistic missile a day earlier, regional officials said."],
    "strikes", "strikes", 3, ZAP, a="Dana Whitlock", cat="Europe", n="continuation of the day-1 strike (toll 13, mourning)"),
  OFF("2026-11-25 07:50", "Nigeria\u2019s central bank cuts interest rate again",
    ["Nigeria\u2019s central bank lowered its benchmark interest rate by 50 basis points, its second cut this year, citing slowing inflation."],
    "nigeria-rate-cut-2026-11", n="central bank", cat="Africa"),
  OFF("2026-11-25 06:10", "Hong Kong stocks close at four-year high",
    ["Hong Kong\u2019s Hang Seng index closed at its highest level in four years, led by technology and property shares."],
    "hang-seng-four-year-high-2026-11", n="markets", cat="Business"),
  ]))

# ---------------------------------------------------------------- 13432 Quennell Review (day 2)
SEEDS.append(dict(
  id="13432", name="13432_quennell-textlive", ext="txt", source="Quennell Review", zone="Europe/Berlin", render=r_quennell,
  title="Ukraine ticker: prisoners return home, Zaporizhzhia toll rises", dateline="Wednesday, 25 November 2026",
  lede="The latest on Russia\u2019s war against Ukraine, updated through the day.",
  basis="ticker stamp '{s}' (CET printed = UTC+1) on the page dated 'Wednesday, 25 November 2026'; local {d}",
  notes="Invented outlet. Text live ticker, oldest first. Each post: '+++ HH:MM CET +++' line, headline, body, author in brackets. 13432-01 (night drone attack "
        "on a substation near Orikhiv, Zaporizhzhia region) is a different strike from the Zaporizhzhia city missile strike: must not merge. 13432-02 re-posts "
        "the day-1 explainer 13420-03 verbatim (same headline and text; importance 1). 13432-05 is a 'Photos:' teaser without text. 13432-06 repeats 13432-04 "
        "nearly verbatim ('an exchange' -> 'the exchange').",
  not_entries=["masthead and navigation", "page title and dateline", "standfirst", "'+++' stamp delimiters", "author initials/names in brackets after posts",
               "'[Photo gallery]' placeholder in the teaser", "'ADVERTISEMENT' after the fourth post", "'This ticker is no longer being updated.'", "footer"],
  entries=[
  E("2026-11-25 08:05", "Drones knock out substation near Orikhiv",
    ["Russian drones damaged an electricity substation near Orikhiv in the Zaporizhzhia region overnight, leaving 18,000 households without power, the regional administration said. There were no casualties."],
    "strikes", "strikes", 2, "orikhiv-substation-drone-strike-2026-11-25", a="Katrin Oster",
    n="same region as the Zaporizhzhia city missile strike, different event: must not merge"),
  E("2026-11-25 09:30", INTERCEPT_H, INTERCEPT_P, "aid", "aid", 1, INTERCEPT, a="Tobias Renshaw",
    n="re-post of day-1 entry 13420-03 (same headline and text, syndicated): importance 1, same story slug"),
  E("2026-11-25 11:15", "Zaporizhzhia death toll reaches 13",
    ["Two women injured in Tuesday\u2019s missile strike on Zaporizhzhia have died in hospital, and rescuers recovered another body from the tram depot, bringing the death toll to 13, regional governor Ivan Fedorov said."],
    "strikes", "strikes", 3, ZAP, a="Katrin Oster", n="continuation of the day-1 strike (toll 13)"),
  E("2026-11-25 13:40", "Prisoner exchange under way at Belarus border",
    ["Buses carrying Ukrainian prisoners of war have crossed into Ukraine from Belarus as part of an exchange mediated by the United Arab Emirates, Ukraine\u2019s coordination headquarters said.",
     "Officials did not yet give a number, but said several hundred people were expected to return on each side."],
    "diplomacy", "diplomacy", 3, POW, a="Lukas Rehberg"),
  E("2026-11-25 14:10", "Photos: Freed soldiers reunite with their families in Chernihiv region", [],
    "diplomacy", "diplomacy", 1, POW, n="teaser (photo gallery) without text"),
  E("2026-11-25 15:55", "Prisoner exchange under way at Belarus border",
    ["Buses carrying Ukrainian prisoners of war have crossed into Ukraine from Belarus as part of the exchange mediated by the United Arab Emirates, Ukraine\u2019s coordination headquarters said.",
     "Officials did not yet give a number, but said several hundred people were expected to return on each side."],
    "diplomacy", "diplomacy", 1, POW, a="Lukas Rehberg", dup="13432-04", n="near-verbatim repeat of 13432-04 (one word changed)"),
  E("2026-11-25 17:20", "Pistorius pledges two more IRIS-T systems on Kyiv visit",
    ["Germany will deliver two more IRIS-T SLM air-defence systems to Ukraine by the spring, Defence Minister Boris Pistorius said during an unannounced visit to Kyiv."],
    "aid", "aid", 3, "germany-iris-t-pledge-pistorius-kyiv-2026-11-25", a="Lukas Rehberg",
    n="ministerial visit with a delivery pledge (importance 3); same air-defence theme as the explainer, different event"),
  ]))

# ---------------------------------------------------------------- 13433 Cauldwell Times (day 2)
SEEDS.append(dict(
  id="13433", name="13433_cauldwell-article", ext="html", source="Cauldwell Times", zone="Europe/Kyiv", render=r_cauldwell,
  title="Hundreds of prisoners come home as Zaporizhzhia buries its dead",
  lede="A day of relief and grief in Ukraine: a large prisoner exchange, a city in mourning and the return of fallen soldiers\u2019 bodies.",
  byline="Sofiia Marchenko", dateline="25 November 2026, 17:45 EET", dateline_t="2026-11-25 17:45",
  caption="Freed Ukrainian soldiers wrapped in national flags after crossing the border on Wednesday.",
  more="Read more: our full coverage of the war in Ukraine",
  basis="no per-section time: the article's dateline '25 November 2026, 17:45 EET' (UTC+2); local {d}",
  notes="Invented outlet. HTML article with NewsArticle JSON-LD, one entry per section heading (headline = heading), stamp null, published = the dateline time, "
        "page byline = author. Section 3 (bodies of fallen soldiers returned) is the same theme as the prisoner exchange but a different event: must not merge.",
  not_entries=["header and navigation", "page title", "standfirst", "byline", "dateline '25 November 2026, 17:45 EET'", "photo caption", "'Read more' link", "footer"],
  entries=[
  E("2026-11-25 17:45", "The exchange",
    ["Ukraine brought home 390 prisoners of war on Wednesday, among them 12 civilians, in an exchange with Russia mediated by the United Arab Emirates.",
     "Many of those freed were captured in 2022 during the defence of Mariupol and the Azovstal steel plant, the coordination headquarters said.",
     "Russia\u2019s defence ministry said 390 Russian servicemen had been returned and would be flown to Moscow for medical checks."],
    "diplomacy", "diplomacy", 3, POW, a="Sofiia Marchenko"),
  E("2026-11-25 17:45", "A city in mourning",
    ["In Zaporizhzhia, where a Russian ballistic missile killed 13 people on Tuesday, shops closed early and residents laid flowers at the gates of the wrecked tram depot.",
     "\u201cWe knew both drivers. They started every morning at six,\u201d said a neighbour who gave only her first name, Liudmyla."],
    "strikes", "strikes", 3, ZAP, a="Sofiia Marchenko", n="continuation of the day-1 strike (mourning, toll 13)"),
  E("2026-11-25 17:45", "Bodies of the fallen returned",
    ["Separately, Ukraine received the bodies of 1,000 soldiers killed in the war, the coordination headquarters said, while Russia received the bodies of 30 of its servicemen.",
     "Forensic experts will work to identify the remains, a process that can take months."],
    "other", "humanitarian", 2, "repatriation-of-fallen-soldiers-2026-11-25", a="Sofiia Marchenko",
    n="same theme as the prisoner exchange, different event (repatriation of bodies): must not merge"),
  ]))

# ---------------------------------------------------------------- day 3 (2026-12-02)
ODS = "odesa-grain-ship-missile-strike-2026-12-02"
PURL = "nato-ministers-purl-pledges-2026-12-02"
TUAPSE = "tuapse-tanker-sea-drone-attack-2026-12-02"

# ---------------------------------------------------------------- 13440 Elverstone Gazette (day 3)
SEEDS.append(dict(
  id="13440", name="13440_elverstone-atom", ext="xml", source="Elverstone Gazette", zone="Europe/Kyiv", render=r_atom,
  title="Elverstone Gazette \u2014 Ukraine", url="https://elverstone-gazette.example/ukraine",
  lede="News from Ukraine and the Black Sea.",
  basis="Atom <published> '{s}' (offset +02:00 = Kyiv winter time); local {d}",
  notes="Invented outlet. Atom feed, newest first, +02:00 offsets, authors, escaped HTML content. Odesa grain-ship toll 2 -> 3. 13440-03 (sea-drone attack on a "
        "tanker off Tuapse) is the same theme (attacks on shipping) as the Odesa ship strike but a different event: must not merge. 13440-05 (night drone "
        "attack on the Danube port of Izmail, Odesa region) is another strike in the same region: must not merge.",
  not_entries=["feed title, subtitle, links, id, updated", "entry link/id elements"],
  entries=[
  E("2026-12-02 21:30", "Third sailor dies after missile strike on grain ship in Odesa; Turkey condemns attack",
    ["A third crew member of the Panama-flagged bulk carrier hit by a Russian missile in Odesa port has died in hospital, the regional governor, Oleh Kiper, said.",
     "Turkey\u2019s foreign ministry condemned the strike on the Turkish-owned vessel as \u201can attack on freedom of navigation\u201d and urged both sides to keep commercial shipping out of the war."],
    "strikes", "strikes", 3, ODS, a="Halyna Stets", n="toll 3; Turkish reaction about the attack itself"),
  E("2026-12-02 19:05", "NATO allies pledge $4bn more for US weapons for Ukraine",
    ["NATO foreign ministers meeting in Brussels pledged a further $4bn to buy American weapons for Ukraine under the PURL scheme, Secretary General Mark Rutte said.",
     "Germany, the Netherlands and the Nordic countries account for most of the new money, which will pay mainly for Patriot interceptors and HIMARS ammunition."],
    "aid", "aid", 3, PURL, a="Roman Tkachuk", sec=["diplomacy"]),
  E("2026-12-02 16:20", "Sea drones hit tanker off Tuapse, Russian officials say",
    ["Ukrainian sea drones struck an oil tanker anchored off the Russian Black Sea port of Tuapse, setting its engine room on fire, Russian regional officials said. The crew of 24 was evacuated."],
    "strikes", "strikes", 3, TUAPSE, a="Roman Tkachuk", n="same theme as the Odesa ship strike (attacks on shipping), different event: must not merge"),
  E("2026-12-02 13:40", "Two crew members killed as missile hits grain ship in Odesa",
    ["Two sailors were killed and four injured when a Russian ballistic missile hit a bulk carrier loading grain in Odesa port, Deputy Prime Minister Oleksii Kuleba said."],
    "strikes", "strikes", 3, ODS, a="Halyna Stets", n="toll 2"),
  E("2026-12-02 10:15", "Drones damage Danube port of Izmail overnight",
    ["Russian drones hit port infrastructure and a warehouse in Izmail, on the Danube in the Odesa region, overnight, injuring one port worker, the regional administration said."],
    "strikes", "strikes", 2, "izmail-port-drone-attack-2026-12-02", a="Halyna Stets",
    n="same region (Odesa) and same night-time as the ship strike, different event: must not merge"),
  E("2026-12-02 08:30", "Russia claims capture of village near Kupiansk",
    ["Russia\u2019s defence ministry said its forces had taken the village of Pishchane near Kupiansk in the Kharkiv region. Ukraine\u2019s General Staff said fighting in the area was continuing."],
    "other", "frontline", 2, "russia-claims-pishchane-kupiansk-2026-12-02", a="Roman Tkachuk"),
  ]))

# ---------------------------------------------------------------- 13441 Tennick Echo (day 3)
SEEDS.append(dict(
  id="13441", name="13441_tennick-textlive", ext="txt", source="Tennick Echo", zone="Europe/London", render=r_tennick,
  title="Ukraine live: sailors killed as missile hits grain ship in Odesa", dateline="Wednesday 2 December", byline="Fiona Gale",
  lede="Follow the latest as Russia strikes a cargo ship in Odesa and Nato allies meet in Brussels.",
  readmore="Ukraine\u2019s grain corridor: how it works", parse_args=["--date", "2026-12-02"],
  basis="stamp '{s}' (UK time = GMT = UTC in December; no zone printed) under the date line 'Wednesday 2 December' (no year: parse_args 2026-12-02); local {d}",
  notes="Invented outlet. Text live blog, oldest first. Each post opens with '2.30pm: Headline' on one line (12-hour clock with a dot, no zone: UK time, GMT in "
        "December). The date line 'Wednesday 2 December' prints no year, and no year appears anywhere on the page: parse_args --date 2026-12-02. One page "
        "byline = author of every post. 13441-02 is a 'Video:' teaser without text. 13441-03 is a theme piece (analysis of Russia's campaign against the ports) "
        "that mentions the ship strike. 13441-05 repeats 13441-04 nearly verbatim ('struck' -> 'hit').",
  not_entries=["masthead and navigation", "page title", "date line 'Wednesday 2 December'", "byline", "standfirst", "'[Video: 0:48]' placeholder in the teaser",
               "'Read more: ...' link after the fourth post", "closing line 'That's all from us today ...'", "footer"],
  entries=[
  E("2026-12-02 06:50", "Missile hits ship in Odesa port",
    ["A Russian missile has hit a cargo ship in the Ukrainian port of Odesa, killing one crew member, Ukrainian officials say.",
     "The vessel was loading grain bound for Egypt when it was struck shortly after 8am local time."],
    "strikes", "strikes", 3, ODS, a="Fiona Gale", n="first report, toll 1"),
  E("2026-12-02 08:05", "Video: Smoke pours from the stricken ship in Odesa", [],
    "strikes", "strikes", 1, ODS, a="Fiona Gale", n="teaser (video) without text"),
  E("2026-12-02 09:40", "Analysis: Why Russia keeps going after Ukraine\u2019s ports",
    ["Ukraine\u2019s Black Sea ports carry most of the grain and steel that keep its economy alive, which is exactly why Moscow keeps hitting them.",
     "This morning\u2019s strike on a loaded bulk carrier in Odesa follows months of attacks on terminals, silos and the Danube ports near the Romanian border.",
     "Insurers have raised war-risk premiums for every new incident, and shipowners say a few more deadly attacks on vessels could thin out the traffic that has kept the corridor alive for three years."],
    "strikes", "strikes", 2, "analysis-russian-attacks-on-ukrainian-ports", a="Fiona Gale",
    n="theme piece (analysis; mentions the ship strike): own story, must not merge"),
  E("2026-12-02 11:25", "Second sailor dies after Odesa ship strike",
    ["A second crew member has died after a Russian missile struck the Panama-flagged bulk carrier in Odesa, Ukraine\u2019s deputy prime minister Oleksii Kuleba says.",
     "The ship\u2019s crew were Syrian and Egyptian nationals, according to the port authority."],
    "strikes", "strikes", 3, ODS, a="Fiona Gale", n="toll 2"),
  E("2026-12-02 12:45", "Second sailor dies after Odesa ship strike",
    ["A second crew member has died after a Russian missile hit the Panama-flagged bulk carrier in Odesa, Ukraine\u2019s deputy prime minister Oleksii Kuleba says.",
     "The ship\u2019s crew were Syrian and Egyptian nationals, according to the port authority."],
    "strikes", "strikes", 1, ODS, a="Fiona Gale", dup="13441-04", n="near-verbatim repeat of 13441-04 (one word changed)"),
  E("2026-12-02 14:30", "UK to pay for 10,000 more interceptor drones for Ukraine",
    ["The UK will pay for 10,000 more interceptor drones for Ukraine under a \u00a3150m deal with Ukrainian manufacturers, Defence Secretary John Healey announced in London."],
    "aid", "aid", 3, "uk-interceptor-drones-funding-2026-12-02", a="Fiona Gale",
    n="same aid theme as the NATO PURL pledges, different event (UK bilateral): must not merge"),
  E("2026-12-02 17:15", "Nato allies put another $4bn into US arms for Ukraine",
    ["Nato members have pledged another $4bn to buy US-made weapons for Ukraine, the alliance\u2019s secretary general Mark Rutte says, after foreign ministers met in Brussels."],
    "aid", "aid", 3, PURL, a="Fiona Gale", sec=["diplomacy"]),
  ]))

# ---------------------------------------------------------------- 13442 Vossberg World Service (day 3, general world feed)
SEEDS.append(dict(
  id="13442", name="13442_vossberg-worldrss", ext="xml", source="Vossberg World Service", zone="UTC", render=r_rss, rfc="GMT",
  title="Vossberg World Service - Top stories", url="https://vossberg-world.example/news", guid="vws-20261202",
  lede="Top international stories, updated through the day.",
  basis="RSS pubDate '{s}' (GMT = UTC); local {d}",
  notes="Invented outlet. General world-news RSS 2.0, newest first, GMT, no authors. The war is a minority: 4 of 6 items are off-beat (Spanish floods, Brazil GDP, "
        "South Korean budget, Sri Lanka cyclone). The ship-strike item spells the city 'Odessa' and carries the evening toll (three).",
  not_entries=["channel title, link, description, language, lastBuildDate", "item link, guid and category elements"],
  entries=[
  OFF("2026-12-02 20:45", "Floods hit northern Spain after record rainfall",
    ["Rivers burst their banks in Cantabria and the Basque Country after the heaviest December rainfall on record, forcing hundreds of people from their homes."],
    "spain-floods-2026-12", n="floods", cat="Europe"),
  E("2026-12-02 18:30", "Odessa port strike kills three sailors on grain ship",
    ["Three crew members have died after a Russian missile struck a grain carrier in the Ukrainian port of Odessa on Wednesday morning, officials said. Turkey, where the ship\u2019s owner is based, condemned the attack."],
    "strikes", "strikes", 3, ODS, cat="Europe", n="spelling 'Odessa'; toll 3"),
  E("2026-12-02 16:40", "Nato allies pledge billions more for US weapons for Ukraine",
    ["Nato foreign ministers pledged about $4bn more on Wednesday to buy American weapons for Ukraine, the alliance\u2019s chief, Mark Rutte, said."],
    "aid", "aid", 3, PURL, cat="Europe", sec=["diplomacy"]),
  OFF("2026-12-02 15:10", "Brazil\u2019s economy grows 0.4% in third quarter",
    ["Brazil\u2019s economy expanded 0.4% in the third quarter from the previous three months, the statistics agency said, slightly above forecasts."],
    "brazil-gdp-q3-2026", n="economy", cat="Americas"),
  OFF("2026-12-02 12:20", "South Korea\u2019s parliament passes 2027 budget",
    ["South Korea\u2019s National Assembly approved next year\u2019s budget on the constitutional deadline, after the main parties agreed to trim spending on regional projects."],
    "south-korea-2027-budget", n="politics in South Korea", cat="Asia"),
  OFF("2026-12-02 09:00", "Cyclone makes landfall in eastern Sri Lanka",
    ["A cyclone made landfall on Sri Lanka\u2019s eastern coast early on Wednesday, bringing winds of up to 110km/h and forcing 40,000 people into shelters."],
    "sri-lanka-cyclone-2026-12", n="cyclone", cat="Asia"),
  ]))

# ---------------------------------------------------------------- 13443 Fenwyck Tribune (day 3)
SEEDS.append(dict(
  id="13443", name="13443_fenwyck-graphlive", ext="html", source="Fenwyck Tribune", zone="Europe/Berlin", render=r_fenwyck,
  title="Ukraine live: ship hit in Odesa, NATO ministers pledge more US weapons", url="https://fenwyck-tribune.example/live/ukraine-2026-12-02",
  dateline="Wednesday, 2 December 2026 \u00b7 All times CET", promo="Newsletter: the Fenwyck Tribune Europe briefing, every weekday morning",
  lede="A Russian missile kills sailors on a grain ship in Odesa; Ukrainian sea drones hit a tanker off Tuapse; NATO foreign ministers meet in Brussels.",
  basis="visible '{s}' in <time datetime> (CET = UTC+1, printed 'All times CET' under the date 'Wednesday, 2 December 2026'); the JSON-LD update datePublished values are the page's, not the posts'; local {d}",
  notes="Invented outlet. HTML live blog, newest first. JSON-LD @graph: NewsMediaOrganization plus a node typed ['NewsArticle','LiveBlogPosting'] whose "
        "liveBlogUpdate items all carry the PAGE's datePublished/dateModified and the page title as headline (per-update values are useless); the visible "
        "<time datetime> elements carry the real times. Signatures '\u2013 NAME' after the body give the author. 13443-02 (Tuapse tanker) is a different event from "
        "the Odesa ship strike: must not merge.",
  not_entries=["header and navigation", "page title", "date line with 'All times CET'", "standfirst", "newsletter promo after the second post", "'\u2013 NAME' signature lines", "footer"],
  entries=[
  E("2026-12-02 21:10", "Zelensky: ports will keep working despite attacks",
    ["President Volodymyr Zelensky said Odesa\u2019s ports would keep exporting grain despite this morning\u2019s deadly strike on a cargo ship, and asked partners for more air defence along the Black Sea coast.",
     "\u201cEvery ship that leaves Odesa is an answer to terror,\u201d he said in his evening address."],
    "strikes", "strikes", 3, ODS, a="Henrike Sand", sec=["aid"], n="reaction whose content is the attack: same story"),
  E("2026-12-02 18:45", "Ukrainian sea drones strike tanker near Tuapse",
    ["Ukraine\u2019s navy said its sea drones hit a tanker carrying Russian oil exports near Tuapse, calling the vessel part of Moscow\u2019s \u201cshadow fleet\u201d.",
     "Russia\u2019s Krasnodar region said the fire on board had been put out and nobody was hurt."],
    "strikes", "strikes", 3, TUAPSE, a="Henrike Sand", n="same theme as the Odesa ship strike, different event: must not merge"),
  E("2026-12-02 15:30", "Berlin and The Hague lead new round of PURL pledges",
    ["Germany and the Netherlands will each put about $1bn into the next PURL packages of US weapons for Ukraine, their foreign ministers said at the NATO meeting in Brussels.",
     "Diplomats said the total raised on Wednesday was expected to reach about $4bn."],
    "aid", "aid", 3, PURL, a="Jan-Ole Brinkmann", sec=["diplomacy"]),
  E("2026-12-02 12:05", "Missile strike on Odesa port: two dead",
    ["Two sailors were killed when a Russian missile struck a grain ship in the port of Odesa on Wednesday morning, Ukrainian authorities said."],
    "strikes", "strikes", 3, ODS, a="Henrike Sand", n="toll 2"),
  E("2026-12-02 10:20", "Kremlin: no date yet for new talks",
    ["Kremlin spokesman Dmitry Peskov said there was still no date for a new round of talks with the United States and Ukraine, and accused European governments of \u201cprolonging the war\u201d."],
    "diplomacy", "diplomacy", 2, "kremlin-no-date-for-talks-2026-12-02", a="Jan-Ole Brinkmann"),
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
            if S.get("dateonly"):
                pub, loc, basis = S["dateonly"], S["dateonly"], S["basis"]
            else:
                d = dt(e, S["zone"]).replace(second=e.get("ss", 0)); u = d.astimezone(UTC)
                pub = u.strftime("%Y-%m-%dT%H:%M:%SZ"); loc = d.isoformat()
                basis = S["basis"].format(s=stamps[i], d=d.strftime("%Y-%m-%d %H:%M %Z") + f" ({S['zone']})")
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": pub, "published_local": loc, "published_basis": basis,
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
        print(f"{fn:40s} {len(ents):2d} entries  UTC {sorted({x['published'][:10] for x in ents})}")
    print(f"{len(SEEDS)} seeds, {total} entries")


if __name__ == "__main__":
    main()

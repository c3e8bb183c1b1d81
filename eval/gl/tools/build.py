#!/usr/bin/env python3
"""Builds the eval/gl seed pages and their gold files from one hand-written data table (further below).
Every headline and paragraph is the blind tester's own wording (invented, set in May 2031 with the war still under way);
Part A imitates, from memory, the page layouts of ten real wire/agency outlets; Part B outlets are invented.
Deterministic. Run from the project root:  python3 eval/gl/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "U.K.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.", "Jr.", "Inc.", "Co.", "vs.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **kw):
    """one entry: local time 'YYYY-MM-DD HH:MM' in the page zone, headline (or None), body paragraphs, labels."""
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(kw)
    return d


def OFF(t, h, p, st, a=None, n="", **kw):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **kw)


def first_sentence(par):
    for m in re.finditer(r'[.!?]["\'\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018(]|$)', par):
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


def ampm(d, sep=":", space="", upper=False, pad=False):
    hh = d.hour % 12 or 12
    suf = "am" if d.hour < 12 else "pm"
    return f"{hh:02d}{sep}{d.minute:02d}{space}{suf.upper() if upper else suf}" if pad else f"{hh}{sep}{d.minute:02d}{space}{suf.upper() if upper else suf}"


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def order_check(S, newest_first):
    ts = [e["t"] for e in S["entries"]]
    want = sorted(ts, reverse=newest_first)
    assert ts == want, f"{S['id']}: entries must be listed {'newest' if newest_first else 'oldest'} first (page order)"


def rfc822(d, gmt=False):
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if gmt else d.strftime("%z"))


def iso(d):
    return d.isoformat().replace("+00:00", "Z")


def slugify(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:70]


def gmt_label(d):
    h = int(d.utcoffset().total_seconds() // 3600)
    return "GMT" if h == 0 else f"GMT{h:+d}"


# ================================================================ Part A renderers (layouts of real outlets, from memory)

def r_reuters(S):
    """Reuters article page saved as HTML. NewsArticle JSON-LD; h1, 'By NAME and NAME', '<time>May 2, 2031 3:12 PM GMT+1</time>'
    (the reader's zone, here UK summer time) and 'Updated 2 hours ago'; a 'Summary' bullet box; the article body opens with the
    'KYIV, May 2 (Reuters) -' dateline; mid-article newsletter promo; then an in-article factbox with upper-case subheads and
    bulleted items (no headlines, no times); sign-off 'Reporting by ...; Editing by ...'; Trust Principles line; 'Read Next'."""
    z = S["zone"]; pub = dt(S["published"], z); mod = pub + timedelta(minutes=S["modified_after"])
    stamp = f"{MONTHS[pub.month - 1]} {pub.day}, {pub.year} {ampm(pub, space=' ', upper=True)} {gmt_label(pub)}"
    names = [n.strip() for n in S["byline"].split(" and ")]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "url": S["url"],
          "mainEntityOfPage": {"@type": "WebPage", "@id": S["url"]},
          "datePublished": pub.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), "dateModified": mod.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
          "author": [{"@type": "Person", "name": n, "url": f"https://www.reuters.com/authors/{slugify(n)}/"} for n in names],
          "publisher": {"@type": "Organization", "name": "Reuters", "logo": {"@type": "ImageObject", "url": "https://www.reuters.com/pf/resources/images/reuters/logo-vertical-default.png"}},
          "articleSection": "Europe", "description": S["lede"], "isAccessibleForFree": True,
          "image": {"@type": "ImageObject", "url": S["url"].replace("/world/europe/", "/resizer/v2/") + ".jpg", "caption": S["caption"]}}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Reuters</title>',
           f'<meta name="description" content="{attr(S["lede"])}">', '<meta property="og:site_name" content="Reuters">',
           f'<meta property="og:title" content="{attr(S["title"])}">', f'<link rel="canonical" href="{S["url"]}">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<a class="skip" href="#main-content">Skip to main content</a>',
           '<div class="banner">Exclusive news, data and analytics for financial market professionals <a href="/differentiator/">Learn more about Refinitiv</a></div>',
           '<header class="site-header"><a class="logo" href="/">Reuters home</a><nav class="nav"><a href="/world/">World</a> <a href="/business/">Business</a> '
           '<a href="/markets/">Markets</a> <a href="/sustainability/">Sustainability</a> <a href="/legal/">Legal</a> <a href="/breakingviews/">Breakingviews</a> '
           '<a href="/technology/">Technology</a> <a href="/investigations/">Investigations</a> <a href="#">More</a></nav>'
           '<a href="/myview/">My News</a> <a href="/account/sign-in/">Sign In</a> <a class="register" href="/account/register/">Register</a></header>',
           '<main id="main-content"><article>', '<nav class="breadcrumb"><a href="/world/europe/">Europe</a></nav>',
           f'<h1 data-testid="Heading">{esc(S["title"])}</h1>', f'<div class="article-info"><div class="byline">By {esc(S["byline"])}</div>',
           f'<time datetime="{pub.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")}">{stamp}</time> <span class="updated">Updated 2 hours ago</span></div>',
           f'<figure><figcaption>{esc(S["caption"])} <a href="#">Purchase Licensing Rights</a>, opens new tab</figcaption></figure>',
           '<div class="summary"><h2>Summary</h2><ul>' + "".join(f"<li>{esc(x)}</li>" for x in S["summary"]) + '</ul></div>',
           '<div class="article-body">']
    main = S["entries"][0]
    for i, p in enumerate(main["p"]):
        out.append(f'<p data-testid="paragraph-{i}">{esc(p)}</p>')
        if i == 1:
            out.append('<div class="newsletter-promo"><p>The Reuters Daily Briefing newsletter provides all the news you need to start your day. '
                       '<a href="/newsletters/reuters-daily-briefing/">Sign up here.</a></p></div>')
            out.append('<div class="ad">Advertisement \u00b7 Scroll to continue</div>')
    out.append(f'<div class="factbox"><h2>{esc(S["factbox_title"])}</h2>')
    cur = None
    for e in S["entries"][1:]:
        if e["sect"] != cur:
            if cur is not None:
                out.append('</ul>')
            cur = e["sect"]; out.append(f'<h3>{esc(cur)}</h3><ul>')
        out.append('<li>' + "</li><li>".join(esc(p) for p in e["p"]) + '</li>')
    out += ['</ul></div>', f'<p class="signoff">{esc(S["signoff"])}</p>',
            '<p class="standards"><a href="https://www.thomsonreuters.com/en/about-us/trust-principles.html">Our Standards: The Thomson Reuters Trust Principles.</a>, opens new tab</p>',
            '</div><div class="topics">Suggested Topics: <a href="/world/europe/">Europe</a> <a href="/world/">Ukraine</a></div></article>',
            '<aside class="read-next"><h2>Read Next</h2><ul>' + "".join(f'<li><a href="#">{esc(x)}</a></li>' for x in S["related"]) + '</ul></aside></main>',
            f'<footer><p>All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.</p><p>\u00a9 {pub.year} Reuters. All rights reserved</p></footer>',
            '</body></html>']
    return "\n".join(out) + "\n", [stamp] + [None] * (len(S["entries"]) - 1)


def r_ap_latest(S):
    """AP News 'The Latest' page, text scrape. Title, 'By The Associated Press', 'Updated 5:18 PM EDT, May 4, 2031', share row,
    a lede paragraph, 'Here's the latest:', then items each with a heading and paragraphs (no per-item time or author);
    'Follow AP's coverage ...'; copyright; 'More From AP News'."""
    z = S["zone"]; upd = dt(S["updated"], z)
    st = f"Updated {ampm(upd, space=' ', upper=True)} {upd.tzname()}, {MONTHS[upd.month - 1]} {upd.day}, {upd.year}"
    L = ["Skip to main content", "", "AP", "Menu",
         "World   U.S.   Politics   Sports   Entertainment   Business   Science   Fact Check   Oddities   Be Well   Newsletters   Photography   Climate   Health   Tech   Lifestyle   Religion   AP Buyline   En Espa\u00f1ol",
         "SEARCH", "Sign in   Donate", "", "RUSSIA-UKRAINE WAR", "", S["title"], "", S["caption"], "", "By  The Associated Press", st, "",
         "Share", "Copy Link copied", "Email", "Facebook", "X", "Reddit", "LinkedIn", "Pinterest", "Flipboard", "Print", ""]
    L += ptxt(S["lede"]) + ["Here\u2019s the latest:", ""]
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
    L += [S["follow"], "", f"Copyright {upd.year} The Associated Press. All Rights Reserved.", "", "More From AP News"] + S["related"] + ["",
          "About   Contact Us   Accessibility Statement   Terms of Use   Privacy Policy   Cookie Settings   Do Not Sell or Share My Personal Information",
          f"\u00a9 {upd.year} The Associated Press. All Rights Reserved."]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_france24_live(S):
    """France 24 live page (AFP copy), HTML with meta tags only (no JSON-LD). 'Issued on: 06/05/2031 - 07:45 Modified: ...'
    (dd/mm/yyyy, Paris time), 'Text by: FRANCE 24', a note that times are Paris time, then items newest first: bare 'HH:MM',
    headline, paragraphs, agency credit line '(FRANCE 24 with AFP)'."""
    z = S["zone"]; order_check(S, True)
    iss = dt(S["issued"], z); mod = dt(S["entries"][0]["t"], z)
    f = lambda d: f"{d:%d/%m/%Y - %H:%M}"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - France 24</title>',
           f'<meta name="description" content="{attr(S["lede"])}">', '<meta property="og:type" content="article">',
           f'<meta property="og:title" content="{attr(S["title"])}">', '<meta property="og:site_name" content="France 24">',
           f'<meta property="og:url" content="{S["url"]}">', f'<meta property="article:published_time" content="{iss.isoformat()}">',
           f'<meta property="article:modified_time" content="{mod.isoformat()}">', '<meta property="article:section" content="Europe">',
           '<meta name="twitter:site" content="@France24_en"></head><body>',
           '<header class="m-header"><a class="m-header__logo" href="/en/">FRANCE 24</a><nav><a href="/en/france/">France</a> <a href="/en/africa/">Africa</a> '
           '<a href="/en/middle-east/">Middle East</a> <a href="/en/americas/">Americas</a> <a href="/en/europe/">Europe</a> <a href="/en/asia-pacific/">Asia-Pacific</a> '
           '<a href="/en/business-tech/">Business / Tech</a> <a href="/en/environment/">Environment</a> <a href="/en/sport/">Sport</a> <a href="/en/culture/">Culture</a></nav>'
           '<a class="m-header__live" href="/en/live-news/">Live</a> <a href="/en/tv-shows/">Shows</a> <span class="lang">EN</span></header>',
           '<main><article class="t-content"><div class="t-content__tags"><a href="/en/tag/ukraine/">Ukraine</a> <a href="/en/tag/russia/">Russia</a></div>',
           f'<span class="m-live-badge">LIVE</span><h1 class="t-content__title">{esc(S["title"])}</h1>',
           f'<p class="t-content__chapo">{esc(S["lede"])}</p>',
           f'<div class="m-pub-dates"><span>Issued on: <time datetime="{iss.isoformat()}">{f(iss)}</time></span> '
           f'<span>Modified: <time datetime="{mod.isoformat()}">{f(mod)}</time></span></div>',
           '<div class="m-from-author"><span>Text by: </span><span class="m-from-author__name">FRANCE 24</span></div>',
           '<div class="m-read-time">6 min</div>',
           f'<figure><figcaption>{esc(S["caption"])}</figcaption></figure>',
           f'<p class="live-intro"><em>{esc(S["note"])}</em></p>', '<div class="m-live-items">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="m-live-item" id="item-{5521400 + i}"><span class="m-live-item__time">{st}</span>'
                   f'<h2 class="m-live-item__title">{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append(f'<p class="m-live-item__credit">{esc(e["credit"])}</p></div>')
        if i == 2:
            out.append('<div class="o-self-promo"><h3>Daily newsletter</h3><p>Receive essential international news every morning</p><a href="/en/newsletters/">Subscribe</a></div>')
        if i == 5:
            out.append('<div class="o-ad">Advertising</div>')
    out += ['</div></article>', '<aside class="m-related"><h2>Read more</h2>' + "".join(f'<a href="#">{esc(x)}</a>' for x in S["related"]) + '</aside></main>',
            f'<footer><a href="/en/about-us/">About us</a> <a href="/en/legal-notice/">Legal notice</a> <a href="/en/cookies/">Cookie policy</a> '
            f'<p>\u00a9 {iss.year} Copyright France 24 - All rights reserved. France 24 is not responsible for the content of external websites.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_aa_rss(S):
    """Anadolu Agency RSS 2.0 (English, one category): pubDate with the Turkish offset (+0300); the description is the story's
    one-sentence 'spot', usually printed without a closing full stop; image enclosure; no authors."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<link>https://www.aa.com.tr/en/world</link>',
           '<description>Anadolu Agency - World news</description>', '<language>en</language>',
           f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z))}</lastBuildDate>',
           '<atom:link href="https://www.aa.com.tr/en/rss/default?cat=world" rel="self" type="application/rss+xml"/>',
           f'<copyright>Copyright {dt(S["entries"][0]["t"], z).year} Anadolu Agency</copyright>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        url = f"https://www.aa.com.tr/en/{e['cat']}/{slugify(e['h'])}/{3871502 + i * 29}"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{url}</link>', f'<guid isPermaLink="true">{url}</guid>',
                f'<description>{esc(" ".join(e["p"]))}</description>', f'<pubDate>{st}</pubDate>',
                f'<enclosure url="https://cdnuploads.aa.com.tr/uploads/Contents/{d:%Y/%m/%d}/thumbs_b_c_{slugify(e["h"])[:12]}{i}.jpg" type="image/jpeg" length="0"/>',
                '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_xinhua_summary(S):
    """Xinhua English 'world news summary', text scrape. Title, 'Source: Xinhua| 2031-05-10 23:30:00|Editor: huaxia' (Beijing
    time), then one datelined paragraph per item ('KIEV -- ...'), no headlines, no per-item times."""
    z = S["zone"]; pub = dt(S["published"], z)
    L = ["Xinhua | \u65b0\u534e\u7f51 | English", "Home | China | World | Business | Sci-Tech | Culture | Sports | Photos | Video | Opinion | Special Reports", "",
         S["title"], "", f"Source: Xinhua| {pub:%Y-%m-%d %H:%M}:00|Editor: huaxia", "", "Video Player", "Close", ""]
    for e in S["entries"]:
        L += ptxt(e["p"])
    L += ["Follow us on", "Facebook   X   Instagram   YouTube", "", "Related stories"] + S["related"] + ["",
          f"Copyright \u00a9 2000-{pub.year} XINHUANET.com All rights reserved.", "Back to Top"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_kyodo_list(S):
    """Kyodo News English section page, text scrape. Cards newest first: headline, 'KYODO NEWS - May 12, 2031 - 21:40 | World, All'
    (Japan time, no zone printed), lead paragraph. No bylines."""
    z = S["zone"]; order_check(S, True)
    L = ["KYODO NEWS", "ENGLISH NEWS", "", "TOP   JAPAN   WORLD   BUSINESS   SCIENCE   SPORTS   VIDEO   FEATURE   OPINION", "",
         "Search   Sign up for Kyodo News Plus", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{SHORT_MONTHS[d.month - 1]} {d.day}, {d.year} - {d:%H:%M}"; stamps.append(st)
        L += [e["h"], f"KYODO NEWS - {st} | {e['sect']}, All", ""] + ptxt(e["p"])
        if i == 3:
            L += ["Kyodo News Digest: Get the morning's top stories from Japan. Subscribe", ""]
    L += ["MORE", "", "About Us   Contact Us   Privacy Policy   Terms of Use", f"\u00a9 {dt(S['entries'][0]['t'], z).year} Kyodo News. All Rights Reserved."]
    return "\n".join(L) + "\n", stamps


def r_yonhap_rss(S):
    """Yonhap News Agency English RSS 2.0: '(LEAD)'/'(2nd LD)' headline tags, pubDate with the Seoul offset (+0900), CDATA
    description with the 'SEOUL, May 14 (Yonhap) --' dateline; no authors."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<link>https://en.yna.co.kr</link>', '<description>Yonhap News Agency English news</description>',
           '<language>en-us</language>', f'<pubDate>{rfc822(dt(S["entries"][0]["t"], z))}</pubDate>',
           '<atom:link href="https://en.yna.co.kr/RSS/news.xml" rel="self" type="application/rss+xml"/>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        url = f"https://en.yna.co.kr/view/AEN{d:%Y%m%d}{5260 + i * 13:06d}{e.get('code', 315)}"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{url}</link>', f'<guid isPermaLink="true">{url}</guid>',
                f'<pubDate>{st}</pubDate>', f'<category>{esc(e["cat"])}</category>',
                '<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_theprint_feed(S):
    """ThePrint 'Feed' page (PTI copy), text scrape. Cards newest first: headline, 'PTI', '16 May, 2031 09:42 pm IST', excerpt
    starting with the PTI dateline ('Moscow, May 16 (PTI) ...'), 'Read more'. 'Support Our Journalism' box."""
    z = S["zone"]; order_check(S, True)
    L = ["ThePrint", "", "Politics   Governance   Economy   Defence   India   World   Opinion   Features   Judiciary   Health   Feed   Videos",
         "", "Subscribe   Login", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {MONTHS[d.month - 1]}, {d.year} {ampm(d, space=' ', pad=True)} IST"; stamps.append(st)
        L += [e["h"], e["a"], st, ""] + ptxt(e["p"]) + ["Read more", ""]
        if i == 2:
            L += ["Subscribe to our channels on YouTube & Telegram", "",
                  "Support Our Journalism",
                  "India needs fair, non-hyphenated and questioning journalism, packed with on-ground reporting. ThePrint \u2013 with exceptional reporters, columnists and editors \u2013 is doing just that.",
                  "Sustaining this needs support from wonderful readers like you.", "Subscribe now", ""]
    L += ["Load More", "", "About Us   Careers   Contact Us   Privacy Policy   Terms of Use", f"Copyright \u00a9 {dt(S['entries'][0]['t'], z).year} Printline Media Pvt. Ltd. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_ansa_list(S):
    """ANSA English section listing, HTML with meta tags only. Cards newest first: section tag, headline link, '18 May 2031, 19:40'
    (Rome time, no zone printed), summary starting '(ANSA) - ROME, MAY 18 - ...'. No bylines."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - ANSA English</title>',
           '<meta name="description" content="ANSA English: news from Italy and the world in English">',
           '<meta property="og:site_name" content="ANSA.it">', f'<meta property="og:title" content="{attr(S["title"])}">',
           '<meta property="og:type" content="website"></head><body>',
           '<div class="ansa-top"><a class="logo" href="/english/">ANSA English</a> <a href="/">ANSA.it</a> <a href="/english/about.html">About ANSA</a></div>',
           '<nav class="ansa-nav"><a href="/english/news/">News</a> <a href="/english/news/politics/">Politics</a> <a href="/english/news/business/">Business</a> '
           '<a href="/english/news/world/">World</a> <a href="/english/news/culture/">Culture</a> <a href="/english/news/sports/">Sports</a> '
           '<a href="/english/news/lifestyle/">Lifestyle</a> <a href="/english/news/food_wine/">Food &amp; Wine</a> <a href="/english/news/travel/">Travel</a></nav>',
           f'<main><h1 class="section-title">{esc(S["title"])}</h1><div class="list">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {MONTHS[d.month - 1]} {d.year}, {d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="news"><span class="news-tag">{esc(e["tag"])}</span>'
                   f'<h3 class="news-title"><a href="/english/news/{slugify(e["tag"])}/{d:%Y/%m/%d}/{slugify(e["h"])}_{8840 + i}.html">{esc(e["h"])}</a></h3>'
                   f'<span class="news-date">{st}</span>')
        out += [f'<p class="news-abstract">{esc(p)}</p>' for p in e["p"]]
        out.append('</article>')
        if i == 2:
            out.append('<div class="adv">ADV</div>')
    out += ['</div><a class="more" href="?page=2">Load more</a></main>',
            f'<footer><p>ANSA English \u00a9 Copyright {dt(S["entries"][0]["t"], z).year} ANSA. All rights reserved</p>'
            '<a href="/english/legal.html">Legal notes</a> <a href="/english/privacy.html">Privacy policy</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_efe_article(S):
    """EFE English article page, HTML with NewsArticle JSON-LD. h1, standfirst, 'EFE | Kyiv | 20 May 2031 | 18:05 CEST', caption
    with an 'EFE/EPA/NAME' credit, then sections (h2 intertitle + paragraphs; only the first opens with the 'Kyiv, May 20 (EFE).-'
    dateline); no per-section time; related links."""
    z = S["zone"]; pub = dt(S["published"], z)
    stampline = f"{pub.day} {MONTHS[pub.month - 1]} {pub.year} | {pub:%H:%M} {pub.tzname()}"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "url": S["url"], "inLanguage": "en",
          "datePublished": pub.isoformat(), "dateModified": pub.isoformat(), "description": S["lede"],
          "author": {"@type": "Organization", "name": "EFE"},
          "publisher": {"@type": "NewsMediaOrganization", "name": "Agencia EFE", "logo": {"@type": "ImageObject", "url": "https://efe.com/wp-content/uploads/efe-logo.png"}},
          "articleSection": "World"}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="UTF-8">', f'<title>{esc(S["title"])} - EFE Noticias</title>',
           f'<meta property="og:title" content="{attr(S["title"])}">', '<meta property="og:site_name" content="Agencia EFE">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="efe-header"><a class="efe-logo" href="/en/">EFE</a> <span class="edition">English edition</span>'
           '<nav><a href="/en/world/">World</a> <a href="/en/latin-america/">Latin America</a> <a href="/en/europe/">Europe</a> <a href="/en/middle-east/">Middle East</a> '
           '<a href="/en/asia-pacific/">Asia-Pacific</a> <a href="/en/africa/">Africa</a> <a href="/en/economy/">Economy</a> <a href="/en/culture/">Culture</a> '
           '<a href="/en/sports/">Sports</a></nav><span class="langs">ES | EN | PT | CA</span></header>',
           '<main><article><div class="breadcrumb"><a href="/en/">Home</a> \u203a <a href="/en/europe/">Europe</a></div>',
           f'<h1 class="entry-title">{esc(S["title"])}</h1>', f'<p class="entry-excerpt">{esc(S["lede"])}</p>',
           f'<div class="entry-meta"><span class="author">EFE</span> | <span class="place">{esc(S["place"])}</span> | <time datetime="{pub.isoformat()}">{stampline}</time></div>',
           f'<figure><figcaption>{esc(S["caption"])}</figcaption></figure>', '<div class="entry-content">']
    for e in S["entries"]:
        out += [f'<h2>{esc(e["h"])}</h2>'] + [f'<p>{esc(p)}</p>' for p in e["p"]]
    out += ['</div><div class="share">Share: <a>Facebook</a> <a>X</a> <a>WhatsApp</a> <a>Email</a></div></article>',
            '<aside class="related"><h2>Related news</h2>' + "".join(f'<a href="#">{esc(x)}</a>' for x in S["related"]) + '</aside></main>',
            f'<footer>\u00a9 {pub.year} Agencia EFE S.A. All rights reserved. <a href="/en/legal-notice/">Legal notice</a> <a href="/en/privacy/">Privacy</a></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


# ================================================================ build (called at the very end of this file)
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
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                         "published_basis": (e.get("basis") or S["basis"]).format(s=stamps[i], d=d.strftime("%Y-%m-%d %H:%M"), z=S["zone"],
                                                                                    u=u.strftime("%Y-%m-%d %H:%M")),
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


# ================================================================ PART A: ten real outlets' layouts (own words, invented news)
SEEDS = []

# ---------------------------------------------------------------- 19500 Reuters (article + in-article factbox)
RB = "Yulia Dmytrenko and Conor Whitby"
SEEDS.append(dict(
  id="19500", name="19500_reuters-article", ext="html", source="Reuters", zone="Europe/London", render=r_reuters,
  title="Russian missiles kill nine in Dnipro as Zelensky presses allies for Patriots",
  url="https://www.reuters.com/world/europe/russian-missiles-kill-nine-dnipro-zelensky-presses-allies-patriots-2031-05-02/",
  published="2031-05-02 15:12", modified_after=148, byline=RB,
  lede="A Russian missile and drone attack on the central Ukrainian city of Dnipro killed nine people on Friday, officials said.",
  caption="Rescuers clear debris from a residential building hit during a Russian missile strike, amid Russia's attack on Ukraine, in Dnipro, Ukraine May 2, 2031. REUTERS/Taras Hnatenko",
  summary=["Nine killed, at least 40 wounded in Dnipro, officials say", "Air force says 14 missiles and 87 drones launched overnight",
           "Zelensky renews appeal for Patriot systems"],
  factbox_title="FACTBOX: OTHER KEY DEVELOPMENTS ON FRIDAY",
  signoff="Reporting by Yulia Dmytrenko in Kyiv and Conor Whitby in London; Additional reporting by Pavel Sorokin; Editing by Gareth Lyle and Hugh Marriott",
  related=["Norway to fund Ukrainian long-range drones in largest Nansen grant of the year", "EU envoys delay decision on Russian LNG sanctions",
           "Ukraine's parliament votes to raise bank profit tax to fund army"],
  basis="article stamp '{s}' (the reader's zone, UK summer time GMT+1); local {d} in {z}; JSON-LD datePublished agrees",
  notes="Imitates a Reuters article page saved as HTML: NewsArticle JSON-LD, h1, byline 'By Yulia Dmytrenko and Conor Whitby', '<time>' stamp 'May 2, 2031 3:12 PM GMT+1' (Reuters prints the reader's local zone) followed by 'Updated 2 hours ago' (not the publication time), a 'Summary' bullet box (lede, not entries), the datelined article ('KYIV, May 2 (Reuters) -'), a newsletter promo and an advertisement marker inside the body, then an in-article factbox 'FACTBOX: OTHER KEY DEVELOPMENTS ON FRIDAY' with upper-case subheads (DIPLOMACY, AID, FIGHTING, POLITICS) and one bullet per development. Entry 19500-01 is the article (headline = h1); each factbox bullet is its own entry (headline null: the subheads are category labels, not headlines), stamp null, published = the article stamp, author = the article byline (no other byline on the page). The first sentence of the article includes the printed dateline.",
  not_entries=["'Skip to main content', market-data banner, header navigation, 'My News', 'Sign In', 'Register'", "breadcrumb 'Europe'",
               "byline line", "stamp line and 'Updated 2 hours ago'", "photo caption with 'REUTERS/Taras Hnatenko' and 'Purchase Licensing Rights, opens new tab'",
               "'Summary' box with three bullets (lede summary of the article)", "newsletter promo 'The Reuters Daily Briefing newsletter ... Sign up here.'",
               "'Advertisement \u00b7 Scroll to continue'", "factbox title and the subheads DIPLOMACY / AID / FIGHTING / POLITICS",
               "sign-off 'Reporting by ...; Editing by ...'", "'Our Standards: The Thomson Reuters Trust Principles., opens new tab'", "'Suggested Topics'",
               "'Read Next' related links", "footer"],
  entries=[
  E("2031-05-02 15:12", "Russian missiles kill nine in Dnipro as Zelensky presses allies for Patriots",
    ["KYIV, May 2 (Reuters) - Russian missiles struck the central Ukrainian city of Dnipro early on Friday, killing nine people and wounding at least 40, regional officials said, as President Volodymyr Zelensky renewed his appeal to allies for more Patriot air defence systems.",
     "The attack, which began shortly before dawn, hit a five-storey apartment block and a tram depot on the city's left bank, the regional administration said. Rescuers were still searching the rubble by midday.",
     "Ukraine's air force said Russia had launched 14 missiles, six of them Iskander-M ballistic missiles, and 87 drones overnight. Air defences destroyed seven missiles and 61 drones, it said.",
     "\u201cEvery night without enough Patriots is a night we count the dead,\u201d Zelensky wrote on Telegram, adding that Kyiv expected decisions from its partners \u201cin the coming days\u201d.",
     "Russia's defence ministry said it had carried out a massive strike on Ukrainian military-industrial sites and that all targets had been hit. Reuters could not independently verify either side's account."],
    "strikes", "strikes", 3, "dnipro-missile-strike-2031-05-02", a=RB, sec=["aid"], n="deadly strike; Patriot plea secondary"),
  E("2031-05-02 15:12", None,
    ["Turkish Foreign Minister Hakan Fidan said Ankara was ready to host a new round of prisoner-exchange talks in Istanbul later this month, after meeting his Ukrainian counterpart Andrii Sybiha in Antalya."],
    "diplomacy", "diplomacy", 3, "fidan-sybiha-antalya-meeting-2031-05-02", a=RB, sect="DIPLOMACY", n="factbox bullet; ministerial meeting"),
  E("2031-05-02 15:12", None,
    ["European Union ambassadors failed to agree on a sanctions package aimed at Russian liquefied natural gas, with two member states asking for more time to study its impact on their supplies, diplomats said."],
    "diplomacy", "diplomacy", 2, "eu-lng-sanctions-delay-2031-05-02", a=RB, sect="DIPLOMACY", n="factbox bullet"),
  E("2031-05-02 15:12", None,
    ["Norway said it would give 4.5 billion crowns ($420 million) to buy Ukrainian-made long-range drones, the largest single grant this year under its Nansen support programme."],
    "aid", "aid", 3, "norway-long-range-drone-grant-2031-05-02", a=RB, sect="AID", n="factbox bullet; large aid grant"),
  E("2031-05-02 15:12", None,
    ["Russia's defence ministry said its forces had taken the village of Novoivanivka in the Zaporizhzhia region. Ukraine's General Staff did not confirm the loss and said fighting in the area continued."],
    "other", "frontline", 2, "novoivanivka-capture-claim-2031-05-02", a=RB, sect="FIGHTING", n="factbox bullet; territorial claim"),
  E("2031-05-02 15:12", None,
    ["Ukraine's parliament approved an extra 180 billion hryvnias ($4.3 billion) of defence spending for this year, to be paid for mostly by a higher tax on bank profits."],
    "other", "politics", 2, "ukraine-defence-budget-increase-2031-05-02", a=RB, sect="POLITICS", n="factbox bullet; domestic budget"),
  ]))

# ---------------------------------------------------------------- 19501 AP ('The Latest')
SEEDS.append(dict(
  id="19501", name="19501_ap-thelatest", ext="txt", source="Associated Press", zone="America/New_York", render=r_ap_latest,
  title="The Latest: Russian drones set Odesa grain terminal ablaze as envoys meet in Geneva",
  updated="2031-05-04 17:18",
  caption="Firefighters work at a grain terminal damaged by a Russian drone attack in Odesa, Ukraine, Sunday, May 4, 2031. (AP Photo/Hanna Levytska)",
  lede=["Russian drones struck Ukraine\u2019s southern port city of Odesa overnight into Sunday, setting a grain terminal on fire and killing two people, while senior security officials from Ukraine and three European countries met in Geneva to work on plans for monitoring any future ceasefire."],
  follow="Follow AP\u2019s coverage of the war at https://apnews.com/hub/russia-ukraine",
  related=["Ukraine\u2019s grain exports hold up despite port attacks", "What to know about Europe\u2019s plans for a ceasefire monitoring mission",
           "Moldova\u2019s pro-Western government braces for a tense autumn vote"],
  basis="no per-item time; the page prints only 'Updated 5:18 PM EDT, May 4, 2031' (AP shows US Eastern time), used for every item; local {d} in {z}",
  notes="Imitates an AP News 'The Latest' page as copied from a browser: title, photo caption with '(AP Photo/NAME)', 'By  The Associated Press', 'Updated 5:18 PM EDT, May 4, 2031', share row, a lede paragraph, 'Here\u2019s the latest:', then seven items, each a heading with paragraphs. No item carries a time or byline: published = the page's 'Updated' time for all, stamp null, author = the page byline 'The Associated Press'. AP spells 'Zelenskyy' and uses US spelling. The first item's body opens with the dateline 'KYIV, Ukraine (AP) \u2014'.",
  not_entries=["'Skip to main content', 'AP', 'Menu', section navigation, 'SEARCH', 'Sign in   Donate'", "section label 'RUSSIA-UKRAINE WAR'", "page title",
               "photo caption '(AP Photo/Hanna Levytska)'", "byline 'By  The Associated Press' and the 'Updated ...' line",
               "share row (Share, Copy Link copied, Email, Facebook, X, Reddit, LinkedIn, Pinterest, Flipboard, Print)",
               "lede paragraph before 'Here\u2019s the latest:' (summary of the page)", "'Here\u2019s the latest:'", "'Follow AP\u2019s coverage of the war at ...'",
               "copyright lines", "'More From AP News' and its three related links", "footer links"],
  entries=[
  E("2031-05-04 17:18", "Drone attack sets grain terminal ablaze in Odesa",
    ["KYIV, Ukraine (AP) \u2014 Russian drones struck a grain terminal and an apartment building in Odesa overnight, killing two people and injuring 11, regional Gov. Oleh Kiper said Sunday.",
     "Firefighters needed more than six hours to put out the blaze at the terminal, which Kiper said held about 9,000 tons of wheat waiting to be loaded onto ships."],
    "strikes", "strikes", 3, "odesa-grain-terminal-drone-strike-2031-05-04", a="The Associated Press"),
  E("2031-05-04 17:18", "European and Ukrainian officials meet in Geneva on ceasefire monitoring",
    ["National security advisers from Ukraine, France, Germany and Britain met in Geneva on Sunday to work on how a future ceasefire line could be watched from the air and on the ground, according to a Ukrainian official who spoke on condition of anonymity because the talks were private.",
     "The official said the group discussed drones, satellite imagery and a possible role for the Organization for Security and Co-operation in Europe."],
    "diplomacy", "diplomacy", 3, "geneva-ceasefire-monitoring-talks-2031-05-04", a="The Associated Press"),
  E("2031-05-04 17:18", "Pope urges Russia and Ukraine to free all prisoners of war",
    ["Pope Leo XIV used his Sunday prayer in St. Peter\u2019s Square to call on Russia and Ukraine to exchange all their prisoners of war, saying families on both sides had \u201cwaited too long.\u201d",
     "The Vatican has helped arrange the return of several dozen Ukrainian children taken to Russia."],
    "diplomacy", "diplomacy", 2, "pope-prisoner-appeal-2031-05-04", a="The Associated Press"),
  E("2031-05-04 17:18", "Russia says it shot down Ukrainian drones over two border regions",
    ["Russia\u2019s Defense Ministry said air defenses destroyed 23 Ukrainian drones over the Belgorod and Kursk regions overnight.",
     "Belgorod Gov. Vyacheslav Gladkov said a woman was slightly hurt by glass from a window broken by a blast wave."],
    "strikes", "strikes", 2, "russia-border-regions-drones-2031-05-04", a="The Associated Press"),
  E("2031-05-04 17:18", "Zelenskyy creates reserve battalions for older volunteers",
    ["Ukrainian President Volodymyr Zelenskyy signed a decree creating territorial reserve battalions made up of men over 50 who volunteer for guard duty away from the front.",
     "The units will protect bridges, power plants and other infrastructure, freeing younger soldiers for combat, the decree said."],
    "other", "politics", 2, "ukraine-reserve-battalions-decree-2031-05-04", a="The Associated Press"),
  E("2031-05-04 17:18", "Kremlin says no Putin-Zelenskyy meeting is being prepared",
    ["Kremlin spokesman Dmitry Peskov told state television that there were no preparations for a meeting between Russian President Vladimir Putin and Zelenskyy, dismissing reports in Turkish media that such talks could take place in June."],
    "diplomacy", "diplomacy", 2, "kremlin-no-putin-zelenskyy-meeting-2031-05-04", a="The Associated Press"),
  E("2031-05-04 17:18", "Moldova detains two men suspected of spying for Russia",
    ["Moldovan police detained two men suspected of photographing military sites and railway bridges near the Ukrainian border on orders from Russian intelligence, prosecutors said.",
     "One of the men is a Moldovan citizen and the other holds a Russian passport, they said."],
    "other", "security", 2, "moldova-spying-arrests-2031-05-04", a="The Associated Press"),
  ]))

# ---------------------------------------------------------------- 19502 France 24 (AFP copy, live page)
SEEDS.append(dict(
  id="19502", name="19502_france24-live", ext="html", source="France 24", zone="Europe/Paris", render=r_france24_live,
  title="Live: Macron says Europe's reassurance force 'ready'; glide bombs kill three in Kharkiv region",
  url="https://www.france24.com/en/europe/20310506-live-macron-reassurance-force-ready-glide-bombs-kharkiv",
  issued="2031-05-06 07:45",
  lede="French President Emmanuel Macron said on Tuesday that plans for a European reassurance force in Ukraine could be activated as soon as a ceasefire is signed. Follow our live coverage of the war in Ukraine.",
  caption="Emergency workers at the site of a glide-bomb strike in the Kupiansk district of Ukraine's Kharkiv region on May 6, 2031. \u00a9 Sergiy Pantelko, AFP",
  note="All times are Paris time (GMT+2).",
  related=["Analysis: What a European 'reassurance force' in Ukraine would look like", "Ukraine's drone makers look to France for factories",
           "Russian court jails French national in 'foreign agent' case"],
  basis="bare time '{s}' (Paris time, as the page's note 'All times are Paris time (GMT+2)' says) under 'Issued on: 06/05/2031' (dd/mm/yyyy); local {d} in {z}",
  notes="Imitates a France 24 live page built from AFP copy, saved as HTML with meta tags only (og:*, article:published_time, article:modified_time; no JSON-LD). Header 'Issued on: 06/05/2031 - 07:45 Modified: 06/05/2031 - 22:10' (day/month/year, Paris time), 'Text by: FRANCE 24', an italic note 'All times are Paris time (GMT+2).' Items newest first: bare 'HH:MM', headline (h2), paragraphs, then an agency credit line '(FRANCE 24 with AFP)' / '(AFP)' / '(FRANCE 24 with Reuters)' that is a sourcing line, not body and not an author. No per-item byline: author = the page credit 'FRANCE 24' for every item. A newsletter box follows the third item and an 'Advertising' slot the sixth.",
  not_entries=["header navigation, 'Live', 'Shows', 'EN'", "tags 'Ukraine' 'Russia'", "'LIVE' badge", "page title (h1)", "standfirst (chapo)",
               "'Issued on: ... Modified: ...' line", "'Text by: FRANCE 24'", "'6 min' read time", "photo caption with '\u00a9 Sergiy Pantelko, AFP'",
               "note 'All times are Paris time (GMT+2).'", "credit lines '(FRANCE 24 with AFP)', '(AFP)', '(FRANCE 24 with Reuters)' closing each item",
               "'Daily newsletter' box after the third item", "'Advertising' slot", "'Read more' related links", "footer"],
  entries=[
  E("2031-05-06 22:10", "Macron says European 'reassurance force' plans are ready",
    ["French President Emmanuel Macron said on Tuesday that plans for a European reassurance force in Ukraine were \"ready to be activated the day a ceasefire is signed\", after a video call with Ukrainian President Volodymyr Zelensky and several European leaders.",
     "Macron said about fifteen countries had offered troops, aircraft or ships, but that the force would only deploy away from the front line."],
    "diplomacy", "diplomacy", 3, "macron-reassurance-force-ready-2031-05-06", a="FRANCE 24", credit="(FRANCE 24 with AFP)"),
  E("2031-05-06 20:35", "Glide bombs kill three in Kharkiv region",
    ["Russian glide bombs killed three people and wounded seven in two villages of the Kupiansk district in Ukraine's Kharkiv region, regional governor Oleh Syniehubov said.",
     "Among the dead was a 71-year-old woman who had refused to leave her home despite a mandatory evacuation order."],
    "strikes", "strikes", 3, "kupiansk-district-glide-bombs-2031-05-06", a="FRANCE 24", credit="(AFP)"),
  E("2031-05-06 18:05", "France and Ukraine sign deal to co-produce interceptor drones",
    ["France and Ukraine signed an agreement in Paris to build interceptor drones together, with French defence companies investing 200 million euros in production lines in both countries, the French armed forces ministry said.",
     "The first French-assembled drones are due to reach Ukrainian units before the end of the year."],
    "aid", "aid", 3, "france-ukraine-interceptor-drone-deal-2031-05-06", a="FRANCE 24", credit="(FRANCE 24 with AFP)"),
  E("2031-05-06 16:40", "Moscow court jails French national in 'foreign agent' case",
    ["A Moscow court sentenced a French researcher to three years in a penal colony for failing to register as a \"foreign agent\" while collecting information on the Russian army, Russian news agencies reported.",
     "The French foreign ministry called the verdict \"unjustified\" and demanded his release."],
    "other", "politics", 2, "moscow-court-french-researcher-2031-05-06", a="FRANCE 24", credit="(AFP)", sec=["diplomacy"]),
  E("2031-05-06 14:15", "Power cuts across Kharkiv region after drones hit substations",
    ["More than 120,000 households in the Kharkiv region were without electricity on Tuesday after Russian drones hit two substations overnight, the regional energy company said.",
     "Repair crews expected to restore supplies to most homes by the evening."],
    "strikes", "strikes", 2, "kharkiv-region-substations-drone-strike-2031-05-06", a="FRANCE 24", credit="(FRANCE 24 with Reuters)"),
  E("2031-05-06 12:00", "EU proposes to spend more frozen-asset income on Ukraine's air defence",
    ["The European Commission proposed using an extra 1.4 billion euros of windfall profits from immobilised Russian central bank assets to buy air defence systems for Ukraine.",
     "The proposal needs the approval of member states, several of which want part of the money spent on Ukraine's energy grid."],
    "aid", "aid", 2, "eu-frozen-assets-air-defence-proposal-2031-05-06", a="FRANCE 24", credit="(AFP)", sec=["diplomacy"],
    n="a Commission proposal, not yet an adopted package"),
  E("2031-05-06 09:50", "Russia says Ukrainian drone set fuel depot on fire in Bryansk",
    ["A Ukrainian drone attack set a fuel depot on fire in Russia's Bryansk region overnight, the regional governor said, adding that no one was hurt."],
    "strikes", "strikes", 2, "bryansk-fuel-depot-drone-2031-05-06", a="FRANCE 24", credit="(AFP)"),
  E("2031-05-06 08:20", "Ukraine says it pushed Russian troops back near Pokrovsk",
    ["Ukraine's army said on Tuesday it had pushed Russian troops out of two forest positions west of Pokrovsk after several days of fighting.",
     "AFP could not independently verify the claim, and Moscow did not comment."],
    "other", "frontline", 2, "pokrovsk-positions-claim-2031-05-06", a="FRANCE 24", credit="(AFP)"),
  ]))

# ---------------------------------------------------------------- 19503 Anadolu Agency (RSS)
SEEDS.append(dict(
  id="19503", name="19503_anadolu-worldrss", ext="xml", source="Anadolu Agency", zone="Europe/Istanbul", render=r_aa_rss,
  title="Anadolu Agency - World",
  basis="RSS pubDate '{s}' (explicit +0300 offset, Turkiye time); local {d} in {z}",
  notes="Imitates Anadolu Agency's English RSS feed for one category. Newest first; each item: title, link, guid, a one-sentence description (AA's 'spot', printed without a closing full stop, so first_sentence is the whole description), pubDate with +0300, image enclosure. No authors. AA spells 'Turkiye' as 'T\u00fcrkiye'. One off-beat item (earthquake in Malatya).",
  not_entries=["channel title, link, description, language, lastBuildDate, atom:link and copyright", "image enclosures"],
  entries=[
  E("2031-05-08 22:40", "Erdogan tells Putin T\u00fcrkiye ready to host Russia-Ukraine leaders' meeting",
    ["In phone call, Turkish president says Istanbul could host direct meeting between Russian, Ukrainian leaders, Communications Directorate says"],
    "diplomacy", "diplomacy", 3, "erdogan-putin-call-2031-05-08", cat="world", n="head-of-state call; spot without full stop"),
  E("2031-05-08 19:15", "Russian drone attack on Ukraine's Sumy kills 2, injures 9",
    ["Drones hit residential area and vocational school in northeastern city, regional administration says"],
    "strikes", "strikes", 3, "sumy-drone-attack-2031-05-08", cat="russia-ukraine-war"),
  E("2031-05-08 16:50", "NATO will keep supplying Ukraine regardless of talks, says Rutte",
    ["Alliance's secretary general says support to Kyiv 'will not pause' while diplomatic efforts continue"],
    "aid", "aid", 2, "rutte-nato-support-continues-2031-05-08", cat="world", sec=["diplomacy"]),
  E("2031-05-08 14:05", "Russia says it downed 41 Ukrainian drones over 6 regions",
    ["Defense Ministry says drones intercepted overnight over Bryansk, Kursk, Oryol, Belgorod, Tula and Kaluga regions"],
    "strikes", "strikes", 2, "russia-41-drones-downed-2031-05-08", cat="russia-ukraine-war"),
  E("2031-05-08 11:30", "Turkish, Ukrainian defense ministers discuss Black Sea mine clearance",
    ["Yasar Guler, Ukrainian counterpart discuss joint mine countermeasures group's work in Black Sea, Turkish National Defense Ministry says"],
    "diplomacy", "diplomacy", 3, "turkiye-ukraine-defence-ministers-mine-clearance-2031-05-08", cat="world", sec=["aid"], n="ministerial call"),
  OFF("2031-05-08 09:20", "Magnitude 4.6 earthquake jolts T\u00fcrkiye's Malatya province",
    ["No immediate reports of casualties or damage, says disaster agency AFAD"],
    "malatya-earthquake-2031-05-08", n="earthquake", cat="turkiye"),
  E("2031-05-08 07:10", "Zelensky dismisses deputy head of Ukraine's foreign intelligence service",
    ["Decree published on presidential website gives no reason for dismissal"],
    "other", "politics", 2, "ukraine-intelligence-deputy-dismissed-2031-05-08", cat="russia-ukraine-war"),
  ]))

# ---------------------------------------------------------------- 19504 Xinhua (world news summary)
SEEDS.append(dict(
  id="19504", name="19504_xinhua-worldsummary", ext="txt", source="Xinhua", zone="Asia/Shanghai", render=r_xinhua_summary,
  title="Xinhua world news summary at 1530 GMT, May 10", published="2031-05-10 23:30",
  related=["Roundup: Russia, Ukraine trade strikes as talk of new Istanbul round grows", "China calls for dialogue to resolve Ukraine crisis"],
  basis="no per-item time; the page stamp 'Source: Xinhua| {d}:00' (Beijing time, UTC+8; matches '1530 GMT' in the title) applies to every item; local {d} in {z}",
  notes="Imitates a Xinhua English 'world news summary' page as copied from a browser: title with the GMT cut-off, stamp line 'Source: Xinhua| 2031-05-10 23:30:00|Editor: huaxia' (Beijing time; 'Editor: huaxia' is an editor credit, not an author), a leftover video-player label, then eight one-paragraph items, each opening with an upper-case dateline ('KIEV -- ...'), with no headlines and no per-item times. Each paragraph is one entry: headline null, stamp null, published = the page stamp, author null. Xinhua spells 'Kiev' and 'Kharkov'. Four items are off-beat (US consumer sentiment, Kenya floods, WHO assembly, Japanese exports).",
  not_entries=["site header and navigation", "page title", "stamp line 'Source: Xinhua| ...|Editor: huaxia'", "'Video Player' / 'Close'", "'Follow us on' social links",
               "'Related stories' and its two links", "copyright and 'Back to Top'"],
  entries=[
  E("2031-05-10 23:30", None,
    ["KIEV -- Russian drone and missile strikes on Ukraine's Kharkov region overnight killed four people and damaged power facilities, the regional governor said on Saturday."],
    "strikes", "strikes", 3, "kharkov-region-overnight-strikes-2031-05-10"),
  E("2031-05-10 23:30", None,
    ["MOSCOW -- Russian Foreign Minister Sergei Lavrov said on Saturday that Moscow was open to a new round of direct talks with Kiev in Istanbul, but would not agree to a ceasefire that let Ukraine rearm."],
    "diplomacy", "diplomacy", 3, "lavrov-istanbul-talks-statement-2031-05-10", n="ministerial statement"),
  OFF("2031-05-10 23:30", None,
    ["WASHINGTON -- U.S. consumer sentiment fell for a third straight month in May as households worried about higher prices for groceries and petrol, a University of Michigan survey showed on Friday."],
    "us-consumer-sentiment-2031-05-10", n="US economy"),
  E("2031-05-10 23:30", None,
    ["BEIJING -- China supports all efforts that help bring about a ceasefire and peace talks on the Ukraine crisis, a Chinese Foreign Ministry spokesperson said on Saturday, urging all parties to keep channels of dialogue open."],
    "diplomacy", "diplomacy", 2, "china-ukraine-ceasefire-statement-2031-05-10"),
  OFF("2031-05-10 23:30", None,
    ["NAIROBI -- Floods caused by heavy rains have killed at least 31 people in Kenya over the past week and forced more than 12,000 families from their homes, the Kenya Red Cross said on Saturday."],
    "kenya-floods-2031-05-10", n="floods"),
  E("2031-05-10 23:30", None,
    ["BRUSSELS -- The Council of the European Union on Saturday formally adopted the bloc's 31st package of sanctions against Russia, adding 118 vessels to its list of ships barred from EU ports."],
    "diplomacy", "diplomacy", 3, "eu-31st-sanctions-package-2031-05-10", n="sanctions package"),
  OFF("2031-05-10 23:30", None,
    ["GENEVA -- The 84th World Health Assembly will open on May 19 with pandemic preparedness financing at the top of its agenda, the World Health Organization said on Saturday."],
    "world-health-assembly-2031-05-10", n="health"),
  OFF("2031-05-10 23:30", None,
    ["TOKYO -- Japan's exports rose 4.2 percent year on year in April, helped by stronger shipments of cars and chip-making equipment to Asia, according to preliminary figures released on Saturday."],
    "japan-exports-april-2031-05-10", n="economy"),
  ]))

# ---------------------------------------------------------------- 19505 Kyodo News (World section)
SEEDS.append(dict(
  id="19505", name="19505_kyodo-world", ext="txt", source="Kyodo News", zone="Asia/Tokyo", render=r_kyodo_list,
  title="WORLD",
  basis="card stamp 'KYODO NEWS - {s} | ...' (Japan time, no zone printed; Kyodo is Tokyo-based, JST = UTC+9); local {d} in {z}",
  notes="Imitates the Kyodo News English 'World' section page as copied from a browser. Cards newest first: headline, stamp line 'KYODO NEWS - May 12, 2031 - 21:40 | World, All' (stamp = the date-time part; Japan time, no zone printed), lead paragraph. No bylines (author null). A newsletter line sits after the fourth card. Two off-beat cards (Nikkei close, household spending). 19505-07 (North Korean troops training for deployment to Russia) is rated other/frontline (reinforcements) with aid secondary, see README.",
  not_entries=["'KYODO NEWS', 'ENGLISH NEWS', section navigation, 'Search   Sign up for Kyodo News Plus'", "section heading 'WORLD'",
               "stamp lines 'KYODO NEWS - ... | World, All' (stamps, not body)", "newsletter line after the fourth card", "'MORE'", "footer links and copyright"],
  entries=[
  E("2031-05-12 21:40", "Japan to give $600 mil. to repair Ukraine's power grid",
    ["Japan will provide about $600 million to help Ukraine repair power plants and transmission lines damaged by Russian attacks, the Foreign Ministry said Monday, in a grant funded in part by profits from frozen Russian assets."],
    "aid", "aid", 3, "japan-ukraine-power-grid-grant-2031-05-12", sect="World"),
  E("2031-05-12 19:55", "Japan, Ukraine foreign ministers agree to expand demining cooperation",
    ["The foreign ministers of Japan and Ukraine agreed Monday in Tokyo to expand cooperation on clearing land mines, with Japan sending more detection equipment and training Ukrainian operators in Cambodia, the ministry said.",
     "The two ministers also discussed Tokyo's role in Ukraine's reconstruction."],
    "diplomacy", "diplomacy", 3, "japan-ukraine-foreign-ministers-demining-2031-05-12", sec=["aid"], sect="World", n="ministerial meeting"),
  OFF("2031-05-12 17:20", "Nikkei ends higher as exporters gain on weaker yen",
    ["Tokyo stocks ended higher Monday as a weaker yen lifted shares of exporters such as automakers and machinery makers."],
    "nikkei-close-2031-05-12", n="markets", sect="Business"),
  E("2031-05-12 15:05", "Russian missile strike on Ukraine's Izmail port kills 3",
    ["A Russian missile strike on the Danube river port of Izmail in southern Ukraine killed three people and damaged grain storage facilities, local officials said Monday."],
    "strikes", "strikes", 3, "izmail-port-missile-strike-2031-05-12", sect="World"),
  E("2031-05-12 13:30", "Japan adds 40 entities to Russia sanctions list over N. Korea arms trade",
    ["Japan on Monday added 40 entities and 12 individuals in Russia, North Korea and third countries to its sanctions list for helping ship North Korean munitions to Russia, the government said."],
    "diplomacy", "diplomacy", 2, "japan-sanctions-listing-north-korea-arms-2031-05-12", sect="World", n="targeted sanctions listing"),
  OFF("2031-05-12 11:10", "Japan household spending falls for 3rd straight month",
    ["Spending by Japanese households fell 1.1 percent in March from a year earlier in real terms, down for the third month in a row, government data showed Monday."],
    "japan-household-spending-2031-05-12", n="economy", sect="Business"),
  E("2031-05-12 09:25", "N. Korean troops training for new deployment to Russia, Seoul says",
    ["North Korea is training several thousand more soldiers for deployment to Russia, including drone operators, South Korea's military said Monday, citing intelligence gathered with the United States."],
    "other", "frontline", 2, "north-korean-troops-new-deployment-2031-05-12", sec=["aid"], sect="World",
    n="troop reinforcements for Russia: other/frontline (LABELS: reinforcements), support to a party as secondary aid"),
  ]))

# ---------------------------------------------------------------- 19506 Yonhap (RSS)
SEEDS.append(dict(
  id="19506", name="19506_yonhap-newsrss", ext="xml", source="Yonhap News Agency", zone="Asia/Seoul", render=r_yonhap_rss,
  title="Yonhap News Agency",
  basis="RSS pubDate '{s}' (explicit +0900 offset, Seoul time); local {d} in {z}",
  notes="Imitates Yonhap's English RSS feed. Newest first; titles carry Yonhap's version tags ('(LEAD)', '(2nd LD)'), which are part of the printed headline; CDATA descriptions open with the 'SEOUL, May 14 (Yonhap) --' dateline (part of the first sentence as printed); pubDate +0900; no authors. Two off-beat items (K-pop tour, rain warning).",
  not_entries=["channel title, link, description, language, pubDate and atom:link", "category labels"],
  entries=[
  E("2031-05-14 22:15", "(LEAD) N. Korea shipped about 3 mln more artillery shells to Russia this year: NIS",
    ["SEOUL, May 14 (Yonhap) -- North Korea has shipped about 3 million more artillery shells to Russia since January, along with dozens of short-range ballistic missiles, South Korea's spy agency told lawmakers Wednesday.",
     "The National Intelligence Service said the shipments were carried by rail and by sea from the port of Rajin."],
    "aid", "aid", 3, "north-korea-shells-to-russia-nis-2031-05-14", cat="North Korea", n="arms transfer to Russia"),
  E("2031-05-14 20:40", "S. Korea, Ukraine hold vice-ministerial strategic dialogue in Seoul",
    ["SEOUL, May 14 (Yonhap) -- South Korea and Ukraine held their first vice-ministerial strategic dialogue in Seoul on Wednesday and discussed North Korea's military cooperation with Russia, the foreign ministry said."],
    "diplomacy", "diplomacy", 2, "korea-ukraine-vice-ministerial-dialogue-2031-05-14", cat="Diplomacy"),
  OFF("2031-05-14 18:05", "K-pop group NOVA9 to kick off world tour in Los Angeles",
    ["SEOUL, May 14 (Yonhap) -- Boy band NOVA9 will begin its first world tour in Los Angeles in July, with 22 shows in 14 cities, its agency said Wednesday."],
    "nova9-world-tour-2031-05-14", n="entertainment", cat="Culture"),
  E("2031-05-14 16:30", "Lee says S. Korea will not send lethal weapons to Ukraine 'at this stage'",
    ["SEOUL, May 14 (Yonhap) -- President Lee Jae-myung said Wednesday that South Korea has no plans to provide lethal weapons to Ukraine \"at this stage,\" but will expand humanitarian and reconstruction support.",
     "Lee made the remarks at a press conference marking his government's anniversary."],
    "aid", "aid", 2, "lee-no-lethal-weapons-ukraine-2031-05-14", cat="Politics", sec=["diplomacy"]),
  E("2031-05-14 14:10", "(2nd LD) N. Korean soldiers captured in Ukraine ask to be sent to S. Korea",
    ["SEOUL, May 14 (Yonhap) -- Two North Korean soldiers held as prisoners of war in Ukraine have formally asked to be transferred to South Korea, a lawmaker said Wednesday, citing the spy agency.",
     "Seoul has said it will accept them if they wish to come, in line with its constitution."],
    "other", "humanitarian", 2, "north-korean-pows-ask-transfer-2031-05-14", cat="North Korea"),
  OFF("2031-05-14 11:45", "Seoul shares open higher on chip gains",
    ["SEOUL, May 14 (Yonhap) -- South Korean stocks opened higher Wednesday, led by chipmakers after overnight gains on Wall Street."],
    "seoul-shares-open-2031-05-14", n="markets", cat="Economy"),
  OFF("2031-05-14 09:30", "Heavy rain warning issued for Jeju Island",
    ["SEOUL, May 14 (Yonhap) -- The weather agency issued a heavy rain warning for Jeju Island on Wednesday, with up to 150 millimeters of rain forecast through Thursday."],
    "jeju-rain-warning-2031-05-14", n="weather", cat="National"),
  ]))

# ---------------------------------------------------------------- 19507 ThePrint (PTI feed)
SEEDS.append(dict(
  id="19507", name="19507_theprint-ptifeed", ext="txt", source="ThePrint", zone="Asia/Kolkata", render=r_theprint_feed,
  title="Feed",
  basis="card stamp '{s}' (India Standard Time, UTC+5:30); local {d} in {z}",
  notes="Imitates ThePrint's 'Feed' page of Press Trust of India copy as copied from a browser. Cards newest first: headline, the agency byline 'PTI' (kept as author), stamp '16 May, 2031 09:42 pm IST', an excerpt that opens with the PTI dateline without a dash ('Moscow, May 16 (PTI) ...', part of the first sentence as printed), 'Read more'. PTI style drops full stops in initials ('S Jaishankar'). A 'Support Our Journalism' box follows the third card. Two off-beat cards (Sensex, monsoon). 19507-04 (Indian recruits released from the Russian army) is humanitarian with a diplomacy secondary.",
  not_entries=["masthead 'ThePrint', section navigation, 'Subscribe   Login'", "page heading 'Feed'", "'Read more' after each card",
               "'Subscribe to our channels on YouTube & Telegram'", "'Support Our Journalism' box", "'Load More'", "footer links and copyright"],
  entries=[
  E("2031-05-16 21:42", "Jaishankar, Sybiha discuss peace efforts; India ready to contribute, says EAM",
    ["New Delhi, May 16 (PTI) External Affairs Minister S Jaishankar on Friday held talks with his Ukrainian counterpart Andrii Sybiha and said India was ready to contribute to any effort that brings lasting peace.",
     "The two ministers also reviewed trade, pharmaceuticals and the safety of Indian students returning to Ukrainian universities, officials said."],
    "diplomacy", "diplomacy", 3, "jaishankar-sybiha-talks-2031-05-16", a="PTI", n="ministerial talks"),
  E("2031-05-16 20:15", "Russian missile strike on Kyiv kills 5, injures 27: Mayor",
    ["Kyiv, May 16 (PTI) At least five people were killed and 27 injured when Russian missiles hit residential buildings in Kyiv early on Friday, Mayor Vitali Klitschko said."],
    "strikes", "strikes", 3, "kyiv-missile-strike-2031-05-16", a="PTI"),
  OFF("2031-05-16 18:30", "Sensex climbs 410 points as IT stocks rally",
    ["Mumbai, May 16 (PTI) The BSE Sensex climbed 410 points on Friday, led by gains in IT and banking shares amid buying by foreign investors."],
    "sensex-close-2031-05-16", a="PTI", n="markets"),
  E("2031-05-16 16:50", "12 more Indians recruited by Russian army released, says MEA",
    ["New Delhi, May 16 (PTI) Twelve more Indian nationals who had been recruited into the Russian army have been discharged and will return home next week, the External Affairs Ministry said on Friday.",
     "The ministry said it continued to press Moscow for the release of the remaining Indians."],
    "other", "humanitarian", 2, "indian-recruits-russian-army-released-2031-05-16", a="PTI", sec=["diplomacy"]),
  E("2031-05-16 14:05", "Russia open to 'Istanbul format' talks, blames Kyiv for delays: Kremlin",
    ["Moscow, May 16 (PTI) The Kremlin on Friday said Russia remained open to talks with Ukraine in the 'Istanbul format' and accused Kyiv of delaying a new round."],
    "diplomacy", "diplomacy", 2, "kremlin-istanbul-format-talks-2031-05-16", a="PTI"),
  OFF("2031-05-16 11:20", "Monsoon likely to reach Kerala by May 29: IMD",
    ["New Delhi, May 16 (PTI) The southwest monsoon is likely to set in over Kerala around May 29, three days earlier than normal, the India Meteorological Department said on Friday."],
    "monsoon-kerala-forecast-2031-05-16", a="PTI", n="weather"),
  E("2031-05-16 09:05", "Ukrainian drone attack sparks fire at Russian refinery in Saratov: Governor",
    ["Moscow, May 16 (PTI) A Ukrainian drone attack caused a fire at an oil refinery in Russia's Saratov region, the regional governor said on Friday, adding that there were no casualties."],
    "strikes", "strikes", 2, "saratov-refinery-drone-2031-05-16", a="PTI"),
  ]))

# ---------------------------------------------------------------- 19508 ANSA English (News listing)
SEEDS.append(dict(
  id="19508", name="19508_ansa-englishnews", ext="html", source="ANSA", zone="Europe/Rome", render=r_ansa_list,
  title="News",
  basis="card stamp '{s}' (Rome time, no zone printed; CEST = UTC+2 in May); local {d} in {z}",
  notes="Imitates the ANSA English 'News' listing, saved as HTML with meta tags only (no JSON-LD). Cards newest first: section tag, headline link, stamp '18 May 2031, 19:40' (Rome time, no zone printed), summary paragraph opening with '(ANSA) - ROME, MAY 18 - ' (part of the first sentence as printed). No bylines (author null). ANSA calls Italy's prime minister 'Premier'. One off-beat card (Serie A).",
  not_entries=["top bar 'ANSA English  ANSA.it  About ANSA'", "section navigation", "page heading 'News'", "section tags (Politics, World, Sports, Vatican)",
               "'ADV' slot after the third card", "'Load more'", "footer"],
  entries=[
  E("2031-05-18 19:40", "Meloni, Zelensky discuss security guarantees in phone call",
    ["(ANSA) - ROME, MAY 18 - Premier Giorgia Meloni and Ukrainian President Volodymyr Zelensky discussed security guarantees for Ukraine and the next steps towards a ceasefire in a phone call on Sunday, Palazzo Chigi said."],
    "diplomacy", "diplomacy", 3, "meloni-zelensky-call-2031-05-18", tag="Politics"),
  E("2031-05-18 17:15", "Tajani says Italy's 13th aid package for Kyiv 'almost ready'",
    ["(ANSA) - ROME, MAY 18 - Italy's 13th military aid package for Ukraine is \"almost ready\" and will include components for air defence systems, Foreign Minister Antonio Tajani said on Sunday.",
     "He said the contents would remain classified, as with previous packages."],
    "aid", "aid", 2, "italy-13th-aid-package-2031-05-18", tag="Politics"),
  OFF("2031-05-18 15:00", "Soccer: Atalanta beat Roma 2-1 to keep Champions League hopes alive",
    ["(ANSA) - ROME, MAY 18 - Atalanta won 2-1 at the Stadio Olimpico on Sunday to move level on points with fourth-placed Roma with one round of Serie A left."],
    "serie-a-atalanta-roma-2031-05-18", n="football", tag="Sports"),
  E("2031-05-18 12:30", "Pope Leo again calls for 'just and lasting peace' in Ukraine",
    ["(ANSA) - VATICAN CITY, MAY 18 - Pope Leo XIV on Sunday again called for a \"just and lasting peace\" in Ukraine and said he was praying for the victims of recent attacks on cities."],
    "diplomacy", "diplomacy", 2, "pope-leo-peace-appeal-2031-05-18", tag="Vatican"),
  E("2031-05-18 10:45", "Two killed in Russian drone attack on Zaporizhzhia",
    ["(ANSA) - ROME, MAY 18 - Two people were killed and six injured in a Russian drone attack on the Ukrainian city of Zaporizhzhia overnight, regional governor Ivan Fedorov said on Sunday."],
    "strikes", "strikes", 3, "zaporizhzhia-drone-attack-2031-05-18", tag="World"),
  E("2031-05-18 09:10", "Italian volunteers deliver 14 ambulances to Kharkiv",
    ["(ANSA) - ROME, MAY 18 - A convoy of Italian volunteers has delivered 14 ambulances and two tonnes of medicines to hospitals in Kharkiv, the Catholic charity that organised the trip said on Sunday."],
    "aid", "aid", 2, "italian-volunteers-ambulances-kharkiv-2031-05-18", tag="World", n="humanitarian aid from a charity"),
  ]))

# ---------------------------------------------------------------- 19509 EFE (datelined article with intertitles)
SEEDS.append(dict(
  id="19509", name="19509_efe-article", ext="html", source="EFE", zone="Europe/Madrid", render=r_efe_article,
  title="Russian bombs kill six in Kharkiv as Spain pledges new air defence missiles to Kyiv",
  url="https://efe.com/en/europe/2031-05-20/russian-bombs-kill-six-kharkiv-spain-pledges-air-defence-missiles/",
  published="2031-05-20 18:05", place="Kyiv",
  lede="Ukraine's second city suffered one of its deadliest days this spring while Madrid announced a new military aid package.",
  caption="Rescuers work at the site of a guided-bomb strike in Kharkiv, Ukraine, 20 May 2031. EFE/EPA/SERHII KOZLOV",
  related=["Spain's defence minister: 'Ukraine's air defence is Europe's air defence'", "Istanbul talks: what is on the table",
           "Moscow airports suspend flights again over drone threat"],
  basis="no per-section time; the article stamp '20 May 2031 | 18:05 CEST' (Madrid) applies to every section; local {d} in {z}",
  notes="Imitates an EFE English article page saved as HTML with NewsArticle JSON-LD (datePublished 2031-05-20T18:05:00+02:00, author Organization 'EFE'). h1, standfirst, meta line 'EFE | Kyiv | 20 May 2031 | 18:05 CEST', caption credited 'EFE/EPA/SERHII KOZLOV', then five intertitled sections; as for the Euronews seed, each intertitle is one entry (headline = intertitle), stamp null, published = the article stamp, author = the agency credit 'EFE'. Only the first section opens with the EFE dateline 'Kyiv, May 20 (EFE).-' (part of its first sentence as printed).",
  not_entries=["header, 'English edition', navigation and language switcher", "breadcrumb 'Home \u203a Europe'", "article title (h1)", "standfirst",
               "meta line 'EFE | Kyiv | 20 May 2031 | 18:05 CEST'", "photo caption with 'EFE/EPA/SERHII KOZLOV'", "share row", "'Related news' links", "footer"],
  entries=[
  E("2031-05-20 18:05", "Deadly strike on Kharkiv",
    ["Kyiv, May 20 (EFE).- At least six people were killed and 31 injured on Tuesday when Russian guided aerial bombs hit a residential neighbourhood of Kharkiv, Ukraine's second-largest city, regional governor Oleh Syniehubov said.",
     "One of the bombs struck the courtyard of a kindergarten, which was closed at the time, while another destroyed two floors of an apartment block, according to the emergency services.",
     "Kharkiv, some 30 kilometres from the Russian border, has been hit almost daily since the start of May."],
    "strikes", "strikes", 3, "kharkiv-guided-bomb-strike-2031-05-20", a="EFE"),
  E("2031-05-20 18:05", "Spanish package",
    ["Spain's Defence Minister Margarita Robles announced in Madrid a new military aid package for Ukraine worth 1.1 billion euros, which includes Aspide air defence missiles, armoured personnel carriers and ammunition.",
     "Robles said part of the package would be produced by Spanish industry over the next two years."],
    "aid", "aid", 3, "spain-aid-package-aspide-2031-05-20", a="EFE"),
  E("2031-05-20 18:05", "Talks in Istanbul",
    ["Ukrainian and Russian delegations met for four hours in Istanbul to discuss a new prisoner exchange and the return of the bodies of fallen soldiers, Turkey's foreign ministry said.",
     "No date was announced for the exchange, but Ukraine's delegation said it hoped it would include seriously wounded soldiers."],
    "diplomacy", "diplomacy", 3, "istanbul-prisoner-talks-2031-05-20", a="EFE", n="delegation-level talks; mediated prisoner exchange"),
  E("2031-05-20 18:05", "Fighting in Donetsk",
    ["On the front line, Ukraine's General Staff reported 146 clashes over the previous 24 hours, a third of them in the direction of Kostiantynivka in the Donetsk region, where Russian troops were trying to cut supply roads."],
    "other", "frontline", 2, "donetsk-fighting-kostiantynivka-2031-05-20", a="EFE"),
  E("2031-05-20 18:05", "Drones over Moscow",
    ["Moscow mayor Sergei Sobyanin said air defences had shot down 12 Ukrainian drones flying towards the Russian capital overnight, and two of the city's airports briefly suspended flights."],
    "strikes", "strikes", 2, "moscow-drones-downed-2031-05-20", a="EFE"),
  ]))


# ================================================================ Part B renderers (invented outlets)

def r_b_textlive_kp(S):
    """text live blog, newest first: date line, standfirst, 'Key Points' bullet list of headlines; each post: stamp line
    '19:50 BST', headline, body, then the author's name on its own line; a video teaser prints only a player line."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"].upper(), "News | UK | World | Ukraine | Business | Opinion | Sport | Culture", "", "LIVE", S["title"], S["dateline"], "", S["lede"], "",
         "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + [""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} {d.tzname()}"; stamps.append(st)
        L += [st, e["h"], ""]
        L += ptxt(e["p"]) if e["p"] else ["\u25b6 1:48", ""]
        if e["a"]:
            L += [e["a"], ""]
        if i == 2:
            L += ["Sign up to First Edition, our free morning email: the day's essential news, delivered at 7am. Sign up", ""]
    L += ["Show more updates", "", f"\u00a9 {S['source']} {dt(S['entries'][0]['t'], z).year} \u00b7 About us \u00b7 Contact \u00b7 Complaints \u00b7 Privacy policy"]
    return "\n".join(L) + "\n", stamps


def r_b_ldlive(S):
    """HTML live blog, oldest first; LiveBlogPosting JSON-LD with per-update datePublished (local offset) and author; visible
    '<time datetime>09:10</time>', h3 headline, 'By NAME', paragraphs, share row; a 'Read also' box after the third post."""
    z = S["zone"]; order_check(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#update-{401 + i}", "headline": e["h"], "datePublished": d.isoformat(),
             "articleBody": "\n\n".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "url": S["url"], "headline": S["title"],
          "description": S["lede"], "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<div class="consent">We use cookies to improve {esc(S["source"])}. <button>Accept all</button> <button>Manage</button></div>',
           f'<header><a class="brand" href="/">{esc(S["source"])}</a><nav><a href="/war">War</a> <a href="/politics">Politics</a> '
           '<a href="/economy">Economy</a> <a href="/regions">Regions</a> <a href="/support">Support us</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>',
           '<p class="tz-note">Updates appear oldest first. Times are Kyiv time.</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="lb-post" id="update-{401 + i}"><time datetime="{d.isoformat()}">{st}</time><h3>{esc(e["h"])}</h3>')
        if e["a"]:
            out.append(f'<p class="by">By {esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<div class="share"><a>Share</a> \u00b7 <a>Copy link</a></div></article>')
        if i == 2:
            out.append(f'<aside class="read-also"><strong>Read also:</strong> <a href="/war/northern-border">{esc(S["related"])}</a></aside>')
    out += ['<p class="end">This live page has now closed. Our coverage continues tomorrow.</p></main>',
            f'<footer>{esc(S["source"])} \u00b7 Editorial standards \u00b7 Contacts \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_b_rss(S):
    """RSS 2.0 feed, newest first; pubDate with the outlet's numeric offset, or 'GMT' when S['gmt']; dc:creator when the item
    has an author; category; CDATA description with <p> paragraphs."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
           '<channel>', f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>',
           '<language>en</language>', f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z), gmt=S.get("gmt", False))}</lastBuildDate>', '<ttl>10</ttl>',
           f'<atom:link href="{S["url"]}/rss" rel="self" type="application/rss+xml"/>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=S.get("gmt", False)); stamps.append(st)
        link = f'{S["url"]}/{slugify(e.get("cat", "world"))}/{slugify(e["h"])}-{i + 61020}'
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="true">{link}</guid>',
                f'<pubDate>{st}</pubDate>', f'<category>{esc(e.get("cat", "World"))}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_b_atom(S):
    """Atom 1.0 feed, newest first; <published> ISO 8601 with the outlet's offset ('Z' for UTC); escaped-HTML content; optional author."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link href="{S["url"]}/"/>', f'<link rel="self" href="{S["url"]}/feed.atom"/>',
           f'<id>{S["url"]}/feed.atom</id>', f'<updated>{iso(dt(S["entries"][0]["t"], z))}</updated>', f'<generator>{S.get("generator", "Feedworks 4.2")}</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        link = f'{S["url"]}/{d:%Y/%m/%d}/{slugify(e["h"])}'
        out += ['<entry>', f'<title type="text">{esc(e["h"])}</title>', f'<link rel="alternate" type="text/html" href="{link}"/>',
                f'<id>tag:{S["url"].split("//")[1]},{d:%Y-%m-%d}:/{i + 5501}</id>', f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_b_htmllive_dot(S):
    """HTML live blog without JSON-LD, newest first; '22.05' (24-hour clock with a dot) in a span above the h2; the dateline
    prints 'Times are Kyiv time (EEST)'; 'Written by NAME' under the h2; a photo-gallery teaser prints only a gallery placeholder."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2013 {S["source"]}</title>',
           f'<meta name="description" content="{attr(S["lede"])}"></head><body>',
           f'<header class="masthead"><a href="/">{esc(S["source"])}</a><nav><a href="/news">News</a> <a href="/ukraine">Ukraine</a> <a href="/world">World</a> '
           '<a href="/business">Business</a> <a href="/comment">Comment</a></nav><a class="subscribe" href="/subscribe">Subscribe</a></header>',
           f'<main><span class="live-label">LIVE</span><h1>{esc(S["title"])}</h1><p class="live-dateline">{esc(S["dateline"])}</p>',
           f'<p class="live-summary">{esc(S["lede"])}</p>', '<div class="live-feed">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H.%M}"; stamps.append(st)
        out.append(f'<div class="post"><span class="post-time">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="post-author">Written by {esc(e["a"])}</p>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append(f'<div class="gallery"><span class="gallery-count">{e.get("photos", 12)} photos</span> <button>Open gallery</button></div>')
        out.append('</div>')
        if i == 3:
            out.append('<div class="promo">Get our Ukraine briefing every evening. <a href="/newsletters">Sign up</a></div>')
    out += ['</div><button class="load-more">Load earlier posts</button></main>',
            f'<footer>{esc(S["source"])} \u00b7 About \u00b7 Contact \u00b7 Terms \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_b_textlive_oldest(S):
    """text live blog, oldest first: 'LIVE \u2014 Saturday 24 May 2031', title, standfirst; each post: stamp '08:15 CEST', optional
    label line (e.g. a partner credit), headline, body, signature '\u2014 NAME'."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"].upper(), "International | Europe | France | Economy | Ideas | Live", "", f"LIVE \u2014 {S['dateline']}", S["title"], "", S["lede"], "",
         "Posts appear in the order they were published.", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} {d.tzname()}"; stamps.append(st)
        L += [st] + ([e["label"]] if e.get("label") else []) + [e["h"], ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"\u2014 {e['a']}", ""]
        if i == 3:
            L += ["Our journalism is free to read. Support it from \u20ac3 a month. Become a supporter", ""]
    L += ["End of today's live coverage.", "", f"{S['source']} \u00b7 Legal notice \u00b7 Contact \u00b7 Cookies"]
    return "\n".join(L) + "\n", stamps


def r_b_textlive_ampm(S):
    """text live blog, newest first, UK outlet: date line 'Wednesday 28 May 2031', page byline 'By NAME and NAME'; each post a
    bare 12-hour time with a dot ('8.55pm', no zone printed), headline, body; a video teaser prints only '[Video]'."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"], "Home \u00b7 News \u00b7 World \u00b7 Politics \u00b7 Money \u00b7 Sport \u00b7 Puzzles", "", S["title"], "", S["lede"], "",
         S["byline"], S["dateline"], "", "Latest updates", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, sep="."); stamps.append(st)
        L += [st, e["h"], ""] + (ptxt(e["p"]) if e["p"] else ["[Video]", ""])
        if i == 3:
            L += ["Advertisement", ""]
    L += ["Older posts", "", f"\u00a9 {dt(S['entries'][0]['t'], z).year} {S['source']}. Terms \u00b7 Privacy \u00b7 Cookies"]
    return "\n".join(L) + "\n", stamps


def r_b_briefs_html(S):
    """HTML 'news in brief' page, oldest first; NewsArticle JSON-LD for the page (datePublished = first brief, dateModified =
    last); date header in Finnish order '28.5.2031'; each brief: '<time datetime>09.40</time>', h3, paragraphs, 'Text: NAME'."""
    z = S["zone"]; order_check(S, False)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "url": S["url"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "description": S["lede"],
          "author": {"@type": "Organization", "name": S["source"]}, "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header><a class="logo" href="/">{esc(S["source"])}</a><nav><a href="/news">News</a> <a href="/nordic">Nordic</a> <a href="/europe">Europe</a> '
           '<a href="/ukraine">Ukraine</a> <a href="/opinion">Opinion</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1><p class="lead">{esc(S["lede"])}</p>', f'<p class="date-header">{esc(S["dateline"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H.%M}"; stamps.append(st)
        out.append(f'<section class="brief"><time datetime="{d.isoformat()}">{st}</time><h3>{esc(e["h"])}</h3>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="sig">Text: {esc(e["a"])}</p>')
        out.append('</section>')
        if i == 1:
            out.append('<aside class="promo">Read the Yetholm Gazette without ads: subscribe for \u20ac6.90 a month.</aside>')
    out += ['</main>', f'<footer>{esc(S["source"])} \u00b7 Contact the newsroom \u00b7 Privacy \u00b7 Cookie settings</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_b_article(S):
    """text article with section headings (one entry each), page byline and a dateline with time and zone; no per-section stamp."""
    z = S["zone"]
    L = [S["source"], "World \u203a Europe \u203a Ukraine", "", S["title"], "", S["lede"], "", f"By {S['byline']}", S["dateline"],
         "Share: Facebook | X | Email", ""]
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
    L += [S["more"], "", f"\u00a9 {S['source']} \u00b7 Imprint \u00b7 Data protection"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


# ================================================================ PART B: three multi-source days (invented outlets)
# Day 1 = 2031-05-23 (Friday)
CHN = "chernihiv-missile-strike-2031-05-23"
NLD = "netherlands-air-defence-package-2031-05-23"

# ---------------------------------------------------------------- 19520 Lanthorn Chronicle (day 1, text live, Key Points, BST)
SEEDS.append(dict(
  id="19520", name="19520_lanthorn-textlive", ext="txt", source="Lanthorn Chronicle", zone="Europe/London", render=r_b_textlive_kp,
  title="Ukraine war live: missiles strike Chernihiv; Dutch announce \u20ac400m air defence package", dateline="Friday 23 May 2031",
  lede="Russian missiles have killed at least 11 people in the northern city of Chernihiv; the Netherlands pledges \u20ac400m for Ukraine's air defence. Follow the latest.",
  basis="stamp line '{s}' under the date line 'Friday 23 May 2031' (UK summer time, BST = UTC+1); local {d} in {z}",
  notes="Invented outlet (London). Text live blog, newest first. 'Key Points' block lists two post headlines (19520-01, 19520-02: key_point true). Each post: stamp line 'HH:MM BST', headline, body, then the author's name alone on a line (author, not body). 19520-03 is a 'Watch:' teaser whose only content is a player line '\u25b6 1:48' (no body, no author). 19520-04 is a theme piece (explainer on warning times for northern cities) that mentions the Chernihiv strike but is its own story. 19520-06 (shelling of Novhorod-Siverskyi, same Chernihiv region, overnight, one killed) must not merge with the Chernihiv city missile strike.",
  not_entries=["masthead and navigation", "'LIVE' label", "page title", "date line 'Friday 23 May 2031'", "standfirst", "'Key Points' header and its two bullets (they repeat post headlines)",
               "author-name lines after each body", "'\u25b6 1:48' video player line in the teaser", "'Sign up to First Edition ...' promo after the third post",
               "'Show more updates'", "footer line"],
  entries=[
  E("2031-05-23 19:50", "Chernihiv toll rises to 11 as rescuers reach basement",
    ["The number of people killed by this morning's missile strike on Chernihiv has risen to 11, the regional governor, Vyacheslav Chaus, said, after rescuers reached the basement of a collapsed building near the city's children's hospital.",
     "Fifty-two people were injured, nine of them children. The city has declared Saturday and Sunday days of mourning."],
    "strikes", "strikes", 3, CHN, a="Ellen Marsh", kp=True, n="toll 11"),
  E("2031-05-23 18:30", "Netherlands unveils \u20ac400m package focused on air defence",
    ["The Dutch defence minister has announced a \u20ac400m military aid package for Ukraine during a visit to Kyiv, most of it to be spent on air-defence missiles and radars.",
     "The package also pays for two more mobile workshops to repair Ukrainian armoured vehicles near the front, the minister said."],
    "aid", "aid", 3, NLD, a="Rory Haddon", kp=True),
  E("2031-05-23 16:10", "Watch: Rescuers search the rubble in Chernihiv", [],
    "strikes", "strikes", 1, CHN, n="video teaser without body"),
  E("2031-05-23 14:20", "Explainer: Why Ukraine's northern cities get almost no warning",
    ["Today's strike on Chernihiv is a reminder of how little time cities near the Russian border have to react.",
     "An Iskander-M ballistic missile fired from the Bryansk or Kursk regions can reach Chernihiv, Sumy or Kharkiv in two to three minutes, often before the air-raid siren has finished sounding.",
     "Ukraine's Patriot batteries, the only systems that reliably stop such missiles, are mostly deployed around Kyiv and key power plants, which leaves the border cities relying on shelters and warning apps."],
    "strikes", "strikes", 2, "explainer-northern-cities-warning-time", a="Rory Haddon",
    n="theme piece (explainer); mentions the Chernihiv strike but is its own story; must not merge with it"),
  E("2031-05-23 12:35", "Kremlin says Istanbul talks could resume in June",
    ["The Kremlin spokesman, Dmitry Peskov, said a new round of Russia-Ukraine talks in Istanbul could take place in June, but that no date had been agreed."],
    "diplomacy", "diplomacy", 2, "kremlin-istanbul-talks-june-2031-05-23", a="Ellen Marsh"),
  E("2031-05-23 10:45", "One killed as shelling hits Novhorod-Siverskyi",
    ["Russian artillery shelled the border town of Novhorod-Siverskyi in the Chernihiv region overnight, killing a 64-year-old man and damaging a school, local officials said."],
    "strikes", "strikes", 3, "novhorod-siverskyi-shelling-2031-05-23", a="Ellen Marsh",
    n="same region (Chernihiv oblast), different event (overnight artillery on a border town); must not merge with the Chernihiv city missile strike"),
  E("2031-05-23 09:05", "Missiles hit Chernihiv city centre",
    ["Russian missiles have struck the centre of Chernihiv in northern Ukraine, killing at least three people, according to the regional military administration.",
     "Pictures from the scene show a five-storey building partly collapsed close to the regional children's hospital, whose windows were blown out."],
    "strikes", "strikes", 3, CHN, a="Ellen Marsh", n="toll 3"),
  ]))

# ---------------------------------------------------------------- 19521 Eskdalemuir Courier (day 1, HTML live + LiveBlogPosting, Kyiv)
SEEDS.append(dict(
  id="19521", name="19521_eskdalemuir-ldlive", ext="html", source="Eskdalemuir Courier", zone="Europe/Kyiv", render=r_b_ldlive,
  title="Live: Russian missiles hit Chernihiv \u2014 Friday's updates", url="https://www.eskdalemuir-courier.example/live/2031-05-23-ukraine",
  dateline="Friday, 23 May 2031", lede="Live coverage from our newsroom in Kyiv.", related="Chernihiv: a city that lives on the border",
  basis="visible '<time>{s}</time>' (Kyiv time, as the page note says; the datetime attribute and the JSON-LD update carry +03:00) under the dateline 'Friday, 23 May 2031'; local {d} in {z}",
  notes="Invented outlet (Kyiv-based, English-language). HTML live blog, oldest first, with LiveBlogPosting JSON-LD whose liveBlogUpdate items carry their own datePublished (+03:00), headline, articleBody and author; the visible '<time datetime>' shows 'HH:MM'. 'By NAME' line under each h3. 19521-05 repeats 19521-03 almost verbatim (duplicate_of 19521-03; also in the JSON-LD). 19521-01 (overnight drone and missile attack, no casualties) is a separate event from the Chernihiv morning strike. 19521-03 (Lithuanian counter-drone systems) must not merge with the Dutch package (same aid theme). 19521-06 is Zelensky's reaction whose content is the attack itself (new toll), so it shares the strike's story.",
  not_entries=["cookie consent bar", "header and navigation", "page title (h1)", "dateline", "standfirst", "note 'Updates appear oldest first. Times are Kyiv time.'",
               "'By NAME' lines (author)", "share rows", "'Read also: Chernihiv: a city that lives on the border' box after the third post", "closing line 'This live page has now closed ...'", "footer"],
  entries=[
  E("2031-05-23 07:30", "Overnight attack: 64 drones and four missiles launched, air force says",
    ["Russia launched 64 attack drones and four Iskander-M missiles at Ukraine overnight, the air force said. Air defences destroyed 49 drones and two missiles; falling debris damaged houses in the Kyiv and Zhytomyr regions, but no one was hurt."],
    "strikes", "strikes", 2, "overnight-drone-missile-attack-2031-05-23", a="Oksana Dovzhenko",
    n="earlier, separate event (overnight attack without casualties); must not merge with the Chernihiv morning strike"),
  E("2031-05-23 09:10", "Missile strike on Chernihiv: three killed, hospital damaged",
    ["Russian ballistic missiles hit central Chernihiv at about 08:40, killing three people and damaging the regional children's hospital, governor Vyacheslav Chaus said.",
     "Patients have been moved to the hospital's basement shelter. Rescuers are working at a partly collapsed residential building nearby."],
    "strikes", "strikes", 3, CHN, a="Oksana Dovzhenko", n="toll 3"),
  E("2031-05-23 10:20", "Lithuania hands over counter-drone systems",
    ["Lithuania has delivered a batch of counter-drone jamming systems and thermal sights to Ukraine's border guards, the Lithuanian defence ministry said, without giving the number or value."],
    "aid", "aid", 2, "lithuania-counter-drone-systems-2031-05-23", a="Marko Hlibov",
    n="same aid theme as the Dutch package, different event; must not merge"),
  E("2031-05-23 12:45", "Chernihiv: six dead, 38 injured",
    ["The death toll from the morning strike on Chernihiv has risen to six, with 38 people injured, including seven children, the State Emergency Service said."],
    "strikes", "strikes", 3, CHN, a="Oksana Dovzhenko", n="toll 6"),
  E("2031-05-23 13:30", "Lithuania hands over counter-drone systems",
    ["Lithuania has delivered a batch of counter-drone jamming systems and thermal sights to Ukraine's border guards, the Lithuanian defence ministry said, without giving their number or value."],
    "aid", "aid", 1, "lithuania-counter-drone-systems-2031-05-23", a="Marko Hlibov", dup="19521-03", n="near-verbatim repeat of 19521-03"),
  E("2031-05-23 16:00", "Zelensky: Chernihiv strike shows Patriots cannot wait",
    ["President Volodymyr Zelensky said the attack on Chernihiv, which he said had killed at least seven people, showed that Ukraine's partners could not delay new Patriot deliveries any longer.",
     "\u201cTwo minutes from launch to impact. No city can hide in two minutes,\u201d he said in a video address."],
    "strikes", "strikes", 3, CHN, a="Marko Hlibov", sec=["aid"], n="reaction whose content is the attack (toll 7); Patriot plea secondary"),
  E("2031-05-23 18:40", "Rada backs bill on electronic call-up notices",
    ["Ukraine's parliament passed in first reading a bill that would let enlistment offices send call-up notices through the state Diia app, with 241 lawmakers voting in favour."],
    "other", "politics", 2, "rada-electronic-call-up-bill-2031-05-23", a="Marko Hlibov"),
  ]))

# ---------------------------------------------------------------- 19522 Caraway Point Times (day 1, RSS world feed, New York)
SEEDS.append(dict(
  id="19522", name="19522_carawaypoint-worldrss", ext="xml", source="Caraway Point Times", zone="America/New_York", render=r_b_rss,
  title="Caraway Point Times \u2014 World", url="https://www.carawaypointtimes.example",
  lede="World news from the Caraway Point Times foreign desk",
  basis="RSS pubDate '{s}' (explicit -0400 offset, US Eastern summer time); local {d} in {z}",
  notes="Invented outlet (US). General world RSS 2.0 feed, newest first, pubDate with -0400, dc:creator on some items, US spelling ('defense'). The war is a minority: 4 of 6 items are off-beat (Alberta wildfire, Mexican rates, South African rand, South China Sea). Spelling 'Chernigov' for Chernihiv.",
  not_entries=["channel title, link, description, language, lastBuildDate, ttl and atom:link", "category labels"],
  entries=[
  OFF("2031-05-23 18:40", "Alberta wildfire forces 8,000 residents to flee",
    ["About 8,000 people were ordered to leave the town of Slave Lake and nearby communities in northern Alberta on Friday as a fast-moving wildfire jumped a highway, provincial officials said."],
    "alberta-wildfire-evacuation-2031-05-23", n="wildfire", cat="Americas"),
  OFF("2031-05-23 15:05", "Mexico's central bank cuts rates for sixth straight meeting",
    ["Mexico's central bank cut its benchmark interest rate by a quarter point to 6.25% on Friday, its sixth consecutive reduction, citing slowing inflation."],
    "mexico-rate-cut-2031-05-23", a="Luis Ocampo", n="markets", cat="Business"),
  E("2031-05-23 11:30", "Dutch pledge \u20ac400 million in air defense aid to Ukraine",
    ["The Netherlands will give Ukraine a new military aid package worth 400 million euros ($455 million), focused on air defense missiles and radar, the Dutch defense minister said Friday during a visit to Kyiv."],
    "aid", "aid", 3, NLD, a="Dana Whitcombe", cat="Europe"),
  E("2031-05-23 09:10", "Chernigov missile strike kills 8, Ukrainian officials say",
    ["A Russian missile strike on the northern Ukrainian city of Chernigov killed eight people and injured dozens on Friday, Ukraine's emergency service said, as rescuers searched a collapsed apartment building near a children's hospital."],
    "strikes", "strikes", 3, CHN, a="Dana Whitcombe", cat="Europe", n="spelling 'Chernigov'; toll 8"),
  OFF("2031-05-23 06:45", "South Africa's rand firms after coalition budget deal",
    ["South Africa's rand strengthened on Friday after the parties in the governing coalition agreed on a revised budget that drops a planned increase in value-added tax."],
    "south-africa-rand-budget-2031-05-23", n="markets", cat="Africa"),
  OFF("2031-05-23 04:15", "Manila says Chinese ships blocked resupply mission",
    ["The Philippine coast guard said on Friday that two Chinese coast guard ships blocked a resupply mission to a Philippine outpost in the South China Sea, the second such incident this month."],
    "south-china-sea-resupply-2031-05-23", n="Asia security, not the war", cat="Asia"),
  ]))

# ---------------------------------------------------------------- 19523 Kilbarchan Mercury (day 1, Atom, Warsaw offset)
SEEDS.append(dict(
  id="19523", name="19523_kilbarchan-atom", ext="xml", source="Kilbarchan Mercury", zone="Europe/Warsaw", render=r_b_atom,
  title="Kilbarchan Mercury | Central & Eastern Europe", url="https://kilbarchan-mercury.example",
  lede="News from Poland, the Baltics and Ukraine",
  basis="Atom <published> '{s}' (explicit +02:00 offset, Warsaw summer time); local {d} in {z}",
  notes="Invented outlet. Atom 1.0 feed, newest first, <published> with +02:00, authors, escaped-HTML content. 19523-02 (Dutch package) is re-posted on day 2 by the Gorsehill Review (19533-04). 19523-03 (Tusk on frozen assets) is a separate aid-theme story.",
  not_entries=["feed title, subtitle, links, id, updated and generator"],
  entries=[
  E("2031-05-23 21:10", "Polish prosecutors charge two men over railway sabotage plot",
    ["Prosecutors in Lublin have charged two men, a Ukrainian and a Belarusian citizen, with planning to derail a freight train carrying aid to Ukraine on orders from Russian intelligence."],
    "other", "security", 2, "poland-railway-sabotage-charges-2031-05-23", a="Agnieszka Wrona"),
  E("2031-05-23 17:30", "Netherlands' \u20ac400m package: air defence missiles and radars",
    ["The Netherlands will spend \u20ac400m on a new military aid package for Ukraine, with the bulk going to air-defence missiles and radars, the Dutch defence minister announced in Kyiv on Friday.",
     "Part of the money will be channelled through the Czech-led ammunition initiative."],
    "aid", "aid", 3, NLD, a="Agnieszka Wrona"),
  E("2031-05-23 14:40", "Tusk: EU should pay for Ukrainian drones with frozen Russian assets",
    ["Polish Prime Minister Donald Tusk said the European Union should use frozen Russian assets to buy drones made in Ukraine for the Ukrainian army, calling it \u201cthe fastest way to turn Russian money into Ukrainian security\u201d."],
    "aid", "aid", 2, "tusk-frozen-assets-drones-2031-05-23", a="Piotr Zawada", sec=["diplomacy"],
    n="aid theme, a statement rather than a package; must not merge with the Dutch package"),
  E("2031-05-23 11:30", "Chernihiv: five killed as missiles hit near children's hospital",
    ["At least five people were killed when Russian missiles struck the centre of Chernihiv on Friday morning, damaging a children's hospital and a residential building, Ukrainian officials said."],
    "strikes", "strikes", 3, CHN, a="Piotr Zawada", n="toll 5"),
  E("2031-05-23 07:50", "Belarus starts snap combat readiness check near Polish border",
    ["Belarus's defence ministry said it had begun an unannounced combat readiness check of units stationed in the Grodno and Brest regions, close to the borders with Poland and Lithuania."],
    "other", "security", 2, "belarus-readiness-check-2031-05-23", a="Piotr Zawada"),
  ]))

# Day 2 = 2031-05-24 (Saturday)
KRR = "kryvyi-rih-drone-strike-2031-05-24"
PSX = "istanbul-prisoner-exchange-2031-05-24"

# ---------------------------------------------------------------- 19530 Inglebrook Gazette (day 2, HTML live, no JSON-LD, Kyiv)
SEEDS.append(dict(
  id="19530", name="19530_inglebrook-htmllive", ext="html", source="Inglebrook Gazette", zone="Europe/Kyiv", render=r_b_htmllive_dot,
  title="Ukraine live: drones kill six in Kryvyi Rih; 390 prisoners come home",
  dateline="Saturday 24 May 2031 \u00b7 Times are Kyiv time (EEST)",
  lede="Follow our rolling coverage of Russia's war in Ukraine.",
  basis="post time '{s}' (24-hour clock with a dot) under the dateline 'Saturday 24 May 2031 \u00b7 Times are Kyiv time (EEST)'; local {d} in {z}",
  notes="Invented outlet. HTML live blog without JSON-LD, newest first; each post: '22.05'-style time (Kyiv time, as the dateline says), h2 headline, 'Written by NAME', body. 19530-02 is a 'Photos:' gallery teaser with no text (only '14 photos' and an 'Open gallery' button; no author). 19530-04 (Nikopol shelling, same Dnipropetrovsk region, non-deadly) must not merge with the Kryvyi Rih drone strike. 19530-05 continues the day-1 Chernihiv story (search over, final toll 13).",
  not_entries=["masthead, navigation and 'Subscribe'", "'LIVE' label", "page title (h1)", "dateline with 'Times are Kyiv time (EEST)'", "summary line",
               "'Written by NAME' lines (author)", "gallery placeholder '14 photos' and 'Open gallery' in the teaser", "evening-briefing promo after the fourth post",
               "'Load earlier posts'", "footer"],
  entries=[
  E("2031-05-24 22:05", "Kryvyi Rih toll rises to six",
    ["A sixth person, a 15-year-old boy, has died in hospital after the overnight drone attack on Kryvyi Rih, the head of the city's military administration, Oleksandr Vilkul, said."],
    "strikes", "strikes", 3, KRR, a="Daryna Lozova", n="toll 6"),
  E("2031-05-24 19:30", "Photos: Kryvyi Rih counts the damage", [],
    "strikes", "strikes", 1, KRR, n="photo-gallery teaser without text", photos=14),
  E("2031-05-24 17:15", "390 prisoners return home in swap brokered by T\u00fcrkiye and the UAE",
    ["Ukraine and Russia have each released 390 prisoners of war in the largest exchange this year, brokered by T\u00fcrkiye and the United Arab Emirates, President Volodymyr Zelensky said.",
     "Among those returning were 42 seriously wounded soldiers and 11 civilians."],
    "diplomacy", "diplomacy", 3, PSX, a="Tom Ellery"),
  E("2031-05-24 14:40", "Nikopol shelled again, one injured",
    ["Russian forces on the other bank of the Dnipro shelled Nikopol with artillery and drones through the morning, injuring a 58-year-old man and damaging a gas pipeline, the regional administration said."],
    "strikes", "strikes", 2, "nikopol-shelling-2031-05-24", a="Daryna Lozova",
    n="same region (Dnipropetrovsk oblast), different event; must not merge with the Kryvyi Rih drone strike"),
  E("2031-05-24 12:10", "Chernihiv mourns as search ends; 13 dead",
    ["Rescuers in Chernihiv have ended their search of the building hit by Friday's missile strike, the State Emergency Service said. The final death toll stands at 13, with 57 injured.",
     "Flags are at half-mast across the city on the first of two days of mourning."],
    "strikes", "strikes", 3, CHN, a="Tom Ellery", n="day-2 continuation of the day-1 Chernihiv strike (final toll 13)"),
  E("2031-05-24 09:35", "Kryvyi Rih: three dead after drone hits apartment block",
    ["Three people were killed and 17 injured when a Russian drone struck a nine-storey apartment block in Kryvyi Rih overnight, Oleksandr Vilkul said."],
    "strikes", "strikes", 3, KRR, a="Daryna Lozova", n="toll 3"),
  E("2031-05-24 07:20", "Drones hit Kryvyi Rih overnight; two killed",
    ["Russia attacked Kryvyi Rih with Shahed drones shortly after 4am, killing two people, local officials said. Fires broke out in several residential buildings."],
    "strikes", "strikes", 3, KRR, a="Daryna Lozova", n="toll 2"),
  ]))

# ---------------------------------------------------------------- 19531 Quennevais Post (day 2, text live, oldest first, Paris)
SEEDS.append(dict(
  id="19531", name="19531_quennevais-textlive", ext="txt", source="Quennevais Post", zone="Europe/Paris", render=r_b_textlive_oldest,
  title="Ukraine: deadly drone strike on Kryvy\u00ef Rih, prisoners exchanged \u2014 live", dateline="Saturday 24 May 2031",
  lede="Our live coverage of the war in Ukraine, by the Quennevais Post's international desk.",
  basis="stamp line '{s}' under 'LIVE \u2014 Saturday 24 May 2031' (Paris summer time, CEST = UTC+2); local {d} in {z}",
  notes="Invented outlet (Paris-based, English-language). Text live blog, oldest first: stamp line 'HH:MM CEST', headline, body, signature '\u2014 NAME' (author, not body). French transliteration 'Kryvy\u00ef Rih'. 19531-02 is a theme piece (analysis of Russia's drone campaign on central Ukraine's industrial cities) that mentions the Kryvyi Rih attack but is its own story. 19531-03 continues the day-1 Chernihiv story. 19531-06 repeats 19531-04 almost verbatim (duplicate_of 19531-04).",
  not_entries=["masthead and navigation", "'LIVE \u2014 Saturday 24 May 2031'", "page title", "standfirst", "'Posts appear in the order they were published.'",
               "signature lines '\u2014 NAME' (author)", "supporter appeal after the fourth post", "'End of today's live coverage.'", "footer"],
  entries=[
  E("2031-05-24 08:15", "Russian drones strike Kryvy\u00ef Rih, two dead",
    ["Russian drones hit residential buildings in Kryvy\u00ef Rih, the home town of President Volodymyr Zelensky, during the night, killing two people, according to the Ukrainian authorities."],
    "strikes", "strikes", 3, KRR, a="\u00c9lodie Marchal", n="spelling 'Kryvy\u00ef Rih'; toll 2"),
  E("2031-05-24 10:30", "Analysis: Russia's summer drone campaign targets Ukraine's industrial heartland",
    ["The attack on Kryvy\u00ef Rih fits a pattern seen since April: Russia is concentrating its drones on the mining and steel cities of central Ukraine rather than on Kyiv.",
     "Kryvy\u00ef Rih, Kamianske and Dnipro produce much of the steel that Ukraine's arms factories need, and their power substations are hard to protect with the short-range systems available.",
     "Ukrainian officials say mobile fire groups armed with machine guns still bring down most of the drones, but several get through each night."],
    "strikes", "strikes", 2, "analysis-drone-campaign-industrial-cities", a="Julien Carrasco",
    n="theme piece (analysis); mentions the Kryvyi Rih attack but is its own story; must not merge with it"),
  E("2031-05-24 12:05", "Chernihiv: toll rises to 13 as search ends",
    ["The search for survivors in Chernihiv is over, Ukraine's emergency services said on Saturday. Thirteen people were killed in Friday's Russian missile strike on the northern city."],
    "strikes", "strikes", 3, CHN, a="\u00c9lodie Marchal", n="day-2 continuation of the day-1 Chernihiv strike"),
  E("2031-05-24 14:50", "Prisoner exchange: 390 Ukrainians come home",
    ["Ukraine and Russia exchanged 390 prisoners each on Saturday under an agreement mediated by Turkey and the United Arab Emirates, Ukrainian and Russian officials said."],
    "diplomacy", "diplomacy", 3, PSX, a="Julien Carrasco"),
  E("2031-05-24 16:20", "France to train 2,000 more Ukrainian soldiers this year",
    ["France will train 2,000 additional Ukrainian soldiers on its territory by December, including artillery and drone crews, the armed forces ministry said."],
    "aid", "aid", 2, "france-training-ukrainian-soldiers-2031-05-24", a="Julien Carrasco"),
  E("2031-05-24 18:45", "Prisoner exchange: 390 Ukrainians come home",
    ["Ukraine and Russia exchanged 390 prisoners each on Saturday under an agreement mediated by Turkey and the United Arab Emirates, Ukrainian and Russian officials confirmed."],
    "diplomacy", "diplomacy", 1, PSX, a="Julien Carrasco", dup="19531-04", n="near-verbatim repeat of 19531-04"),
  E("2031-05-24 20:40", "Kryvy\u00ef Rih: toll rises to five",
    ["Five people have now died as a result of last night's drone attack on Kryvy\u00ef Rih, the head of the city's military administration said."],
    "strikes", "strikes", 3, KRR, a="\u00c9lodie Marchal", n="toll 5"),
  ]))

# ---------------------------------------------------------------- 19532 Fenstanton Daily (day 2, Atom world feed, UTC)
SEEDS.append(dict(
  id="19532", name="19532_fenstanton-worldatom", ext="xml", source="Fenstanton Daily", zone="UTC", render=r_b_atom,
  title="Fenstanton Daily \u2014 World", url="https://www.fenstantondaily.example",
  lede="International news, updated through the day",
  basis="Atom <published> '{s}' (Z = UTC); local {d} in {z}",
  notes="Invented outlet. General world Atom feed, newest first, <published> in UTC ('Z'); the war is a minority (4 of 6 entries off-beat: Bangladesh cyclone, Monaco Grand Prix, Japanese reactors, South Australian drought). Spelling 'Krivoy Rog' for Kryvyi Rih.",
  not_entries=["feed title, subtitle, links, id, updated and generator"],
  entries=[
  OFF("2031-05-24 20:30", "Bangladesh moves 300,000 people to shelters as cyclone nears",
    ["Authorities in Bangladesh moved about 300,000 people into storm shelters on Saturday as a severe cyclone approached the coast with winds of up to 120 km/h."],
    "bangladesh-cyclone-evacuation-2031-05-24", n="cyclone"),
  E("2031-05-24 17:45", "Russia and Ukraine swap 390 prisoners each",
    ["Russia and Ukraine exchanged 390 prisoners of war each on Saturday in a swap mediated by Turkey and the United Arab Emirates, both sides said."],
    "diplomacy", "diplomacy", 3, PSX, a="Hugo Pennant"),
  OFF("2031-05-24 15:10", "Rain delays qualifying at Monaco Grand Prix",
    ["Heavy rain delayed qualifying for the Monaco Grand Prix by more than an hour on Saturday before the session was completed on a drying track."],
    "monaco-grand-prix-qualifying-2031-05-24", a="Carla Benning", n="motor racing"),
  E("2031-05-24 12:20", "Krivoy Rog drone strike kills four",
    ["Four people were killed when Russian drones struck apartment buildings in the central Ukrainian city of Krivoy Rog overnight, Ukrainian officials said on Saturday."],
    "strikes", "strikes", 3, KRR, a="Hugo Pennant", n="spelling 'Krivoy Rog'; toll 4"),
  OFF("2031-05-24 09:00", "Japan's regulator clears two more reactors to restart",
    ["Japan's nuclear regulator on Saturday approved the restart of two more reactors at the Kashiwazaki-Kariwa plant, the largest nuclear power station in the world by capacity."],
    "japan-reactor-restart-2031-05-24", n="energy"),
  OFF("2031-05-24 05:30", "South Australia declares drought emergency",
    ["The Australian state of South Australia declared a drought emergency on Saturday after its driest autumn on record, unlocking support payments for farmers."],
    "south-australia-drought-2031-05-24", n="weather"),
  ]))

# ---------------------------------------------------------------- 19533 Gorsehill Review (day 2, RSS, Kyiv offset)
SEEDS.append(dict(
  id="19533", name="19533_gorsehill-rss", ext="xml", source="Gorsehill Review", zone="Europe/Kyiv", render=r_b_rss,
  title="Gorsehill Review: Ukraine", url="https://gorsehill-review.example",
  lede="Reporting on Ukraine from Kyiv, Lviv and Dnipro",
  basis="RSS pubDate '{s}' (explicit +0300 offset, Kyiv summer time); local {d} in {z}",
  notes="Invented outlet. RSS 2.0 feed, newest first, pubDate +0300, dc:creator. Spelling 'Kryvyy Rih'. 19533-04 re-posts day 1's Kilbarchan Mercury item 19523-02 (same headline, same text, same author, category 'Partner content'): a re-post of a previous day's entry, importance 1, duplicate_of null (duplicate_of is defined within a seed), same story slug as on day 1. 19533-01 continues the day-1 Chernihiv story.",
  not_entries=["channel title, link, description, language, lastBuildDate, ttl and atom:link", "category labels"],
  entries=[
  E("2031-05-24 20:15", "Chernihiv buries first victims of Friday's strike",
    ["Chernihiv held the first funerals on Saturday for the 13 people killed in Friday's Russian missile strike, as the city observed the first of two days of mourning."],
    "strikes", "strikes", 3, CHN, a="Iryna Sokil", cat="Regions", n="day-2 continuation of the day-1 Chernihiv strike"),
  E("2031-05-24 18:00", "390-for-390: prisoners home after Istanbul-brokered exchange",
    ["Three hundred and ninety Ukrainian prisoners of war returned home on Saturday in exchange for the same number of Russian soldiers, under a deal negotiated in Istanbul and mediated by Turkey and the UAE."],
    "diplomacy", "diplomacy", 3, PSX, a="Iryna Sokil", cat="War"),
  E("2031-05-24 15:30", "Kryvyy Rih: four killed, 22 injured in drone strike",
    ["The number of people killed in the overnight drone attack on Kryvyy Rih has risen to four, with 22 injured, the regional administration said."],
    "strikes", "strikes", 3, KRR, a="Andrii Panas", cat="War", n="spelling 'Kryvyy Rih'; toll 4"),
  E("2031-05-24 11:40", "Netherlands' \u20ac400m package: air defence missiles and radars",
    ["The Netherlands will spend \u20ac400m on a new military aid package for Ukraine, with the bulk going to air-defence missiles and radars, the Dutch defence minister announced in Kyiv on Friday.",
     "Part of the money will be channelled through the Czech-led ammunition initiative."],
    "aid", "aid", 1, NLD, a="Agnieszka Wrona", cat="Partner content",
    n="re-post of day-1 entry 19523-02 (syndicated from the Kilbarchan Mercury, same headline and text); importance 1"),
  E("2031-05-24 09:15", "Ukrenergo warns of evening power limits as heat rises",
    ["Ukraine's grid operator Ukrenergo said it might have to limit power supplies to industry in the evenings next week, as air-conditioning demand rises while power plants damaged by Russian strikes remain offline."],
    "other", "humanitarian", 2, "ukrenergo-evening-power-limits-2031-05-24", a="Andrii Panas", cat="Economy"),
  ]))

# Day 3 = 2031-05-28 (Wednesday)
KHM = "kharkiv-shopping-centre-strike-2031-05-28"
EUS = "eu-32nd-sanctions-package-2031-05-28"

# ---------------------------------------------------------------- 19540 Longnor Evening Post (day 3, RSS world feed, GMT)
SEEDS.append(dict(
  id="19540", name="19540_longnor-worldrss", ext="xml", source="Longnor Evening Post", zone="UTC", render=r_b_rss, gmt=True,
  title="Longnor Evening Post - World news", url="https://www.longnoreveningpost.example",
  lede="The latest world news from the Longnor Evening Post",
  basis="RSS pubDate '{s}' (GMT = UTC); local {d} in {z}",
  notes="Invented outlet. General world RSS 2.0 feed, newest first, pubDate in GMT; the war is a minority (4 of 6 items off-beat: Delhi heat, Brazilian tax reform, Kenyan reshuffle, New Zealand rates). Spelling 'Kharkov' for Kharkiv.",
  not_entries=["channel title, link, description, language, lastBuildDate, ttl and atom:link", "category labels"],
  entries=[
  OFF("2031-05-28 21:45", "Delhi records 47C as heatwave grips northern India",
    ["Temperatures in Delhi reached 47 degrees Celsius on Wednesday, and authorities in several northern states ordered schools to close early for the summer."],
    "delhi-heatwave-2031-05-28", n="weather", cat="Asia"),
  E("2031-05-28 18:20", "Kharkov shopping centre strike kills nine",
    ["Nine people were killed and more than 50 wounded when Russian guided bombs hit a shopping centre in the Ukrainian city of Kharkov on Wednesday afternoon, regional officials said."],
    "strikes", "strikes", 3, KHM, a="Neil Ashdown", cat="Europe", n="spelling 'Kharkov'; toll 9"),
  OFF("2031-05-28 15:05", "Brazil's Senate passes second stage of tax overhaul",
    ["Brazil's Senate approved on Wednesday the second part of a tax overhaul that simplifies consumption taxes, sending the bill back to the lower house."],
    "brazil-tax-reform-2031-05-28", a="Marina Toledo", n="politics abroad", cat="Americas"),
  E("2031-05-28 12:40", "EU adopts 32nd sanctions package against Russia",
    ["European Union foreign ministers adopted a 32nd package of sanctions against Russia on Wednesday, targeting banks in third countries that help Moscow buy military components."],
    "diplomacy", "diplomacy", 3, EUS, a="Neil Ashdown", cat="Europe"),
  OFF("2031-05-28 08:30", "Kenya's president replaces five cabinet ministers",
    ["Kenya's president replaced five cabinet ministers on Wednesday, including those in charge of finance and energy, in the biggest reshuffle since he took office."],
    "kenya-cabinet-reshuffle-2031-05-28", n="politics abroad", cat="Africa"),
  OFF("2031-05-28 06:10", "New Zealand central bank leaves cash rate on hold",
    ["New Zealand's central bank kept its official cash rate unchanged at 3.0% on Wednesday and said it expected to hold it there for the rest of the year."],
    "new-zealand-rates-2031-05-28", n="markets", cat="Business"),
  ]))

# ---------------------------------------------------------------- 19541 Dovedale Chronicle (day 3, text live, 12-hour clock, no zone printed)
DB = "Harriet Quayle and Sam Oduya"
SEEDS.append(dict(
  id="19541", name="19541_dovedale-textlive", ext="txt", source="Dovedale Chronicle", zone="Europe/London", render=r_b_textlive_ampm,
  title="Russia-Ukraine war: guided bombs hit Kharkiv shopping centre \u2013 as it happened", byline=f"By {DB}", dateline="Wednesday 28 May 2031",
  lede="Twelve killed in Kharkiv; EU foreign ministers agree a 32nd sanctions package; Britain targets 20 more shadow-fleet tankers.",
  basis="bare time '{s}' (12-hour clock, no zone printed; UK local time assumed for this London outlet, BST = UTC+1) under the date line 'Wednesday 28 May 2031'; local {d} in {z}",
  notes="Invented outlet (London). Text live blog ('as it happened'), newest first. Each post: bare 12-hour time with a dot ('8.55pm', no zone printed: UK time, BST, assumed), headline, body. No per-post authors: the page byline 'By Harriet Quayle and Sam Oduya' is used for every entry (one string). 19541-02 is a 'Video:' teaser whose only content is '[Video]'. 19541-04 is a theme piece (explainer on Kharkiv's underground schools) that mentions the strike but is its own story. 19541-06 (shelling death in the Kupiansk district, same Kharkiv region) must not merge with the Kharkiv city shopping-centre strike; 19541-03 (UK shadow-fleet sanctions) must not merge with the EU package (same sanctions theme). 19541-07 (ministers gathering to approve the package) shares the EU package's story.",
  not_entries=["masthead and navigation", "page title", "standfirst", "page byline", "date line 'Wednesday 28 May 2031'", "'Latest updates'",
               "'[Video]' placeholder in the teaser", "'Advertisement' after the fourth post", "'Older posts'", "footer line"],
  entries=[
  E("2031-05-28 20:55", "Kharkiv toll rises to 12, including two children",
    ["Twelve people, among them two children, are now known to have died in this afternoon's attack on a shopping centre in Kharkiv, the city's mayor, Ihor Terekhov, has said.",
     "Rescuers are still searching the collapsed food court on the first floor."],
    "strikes", "strikes", 3, KHM, a=DB, n="toll 12"),
  E("2031-05-28 18:30", "Video: Smoke rises over Kharkiv shopping centre", [],
    "strikes", "strikes", 1, KHM, a=DB, n="video teaser without body"),
  E("2031-05-28 16:40", "UK sanctions 20 more shadow-fleet tankers",
    ["Britain has added 20 tankers from Russia's shadow fleet to its sanctions list, along with two shipping companies registered in the United Arab Emirates, the Foreign Office said."],
    "diplomacy", "diplomacy", 2, "uk-shadow-fleet-sanctions-2031-05-28", a=DB,
    n="same sanctions theme as the EU package, different event; must not merge"),
  E("2031-05-28 14:15", "Explainer: How Kharkiv moved its schools underground",
    ["Today's strike is a reminder of why Kharkiv has spent the past five years moving daily life below ground.",
     "The city now runs more than 20 underground schools, including classrooms built inside metro stations, where children can study in shifts without interruption by air-raid alerts.",
     "Officials say the newest classrooms are designed to survive a direct hit from a 500kg glide bomb."],
    "other", "humanitarian", 2, "explainer-kharkiv-underground-schools", a=DB, sec=["strikes"],
    n="theme piece (explainer); mentions the shopping-centre strike but is its own story; must not merge with it"),
  E("2031-05-28 11:50", "Guided bombs hit shopping centre in Kharkiv",
    ["Russian guided aerial bombs have hit a shopping centre in Kharkiv, killing at least three people, the regional governor, Oleh Syniehubov, said."],
    "strikes", "strikes", 3, KHM, a=DB, n="toll 3"),
  E("2031-05-28 10:05", "Woman killed by shelling in Kupiansk district",
    ["A 67-year-old woman was killed when Russian artillery hit her house in a village in the Kupiansk district of the Kharkiv region, local officials said."],
    "strikes", "strikes", 3, "kupiansk-district-shelling-2031-05-28", a=DB,
    n="same region (Kharkiv oblast), different event (artillery in the Kupiansk district, morning); must not merge with the Kharkiv city strike"),
  E("2031-05-28 08:20", "EU foreign ministers gather to approve 32nd sanctions package",
    ["EU foreign ministers are meeting in Brussels this morning, where they are expected to formally approve the bloc's 32nd package of sanctions against Russia."],
    "diplomacy", "diplomacy", 3, EUS, a=DB),
  ]))

# ---------------------------------------------------------------- 19542 Yetholm Gazette (day 3, HTML news-in-brief, Helsinki)
SEEDS.append(dict(
  id="19542", name="19542_yetholm-briefs", ext="html", source="Yetholm Gazette", zone="Europe/Helsinki", render=r_b_briefs_html,
  title="News in brief: Wednesday 28 May", url="https://www.yetholmgazette.example/news/brief/2031-05-28",
  dateline="28.5.2031 \u00b7 Times are Finnish time",
  lede="Short news from Finland, the Nordic countries and Ukraine, updated through the day.",
  basis="visible '<time>{s}</time>' (24-hour clock with a dot; its datetime attribute carries +03:00) under the date header '28.5.2031 \u00b7 Times are Finnish time'; local {d} in {z}",
  notes="Invented outlet (Helsinki-based, English-language). HTML 'news in brief' page, oldest first. NewsArticle JSON-LD for the whole page (datePublished = first brief, dateModified = last), so per-entry times come from the visible '<time datetime>' elements ('09.40'). Date header in Finnish order '28.5.2031'. Signature 'Text: NAME' after each brief (author). 19542-05 repeats 19542-03 almost verbatim with the stale toll (duplicate_of 19542-03). 19542-01 (ministers expected to approve) and 19542-04 (package adopted) are the same story.",
  not_entries=["header and navigation", "page title (h1)", "lead line", "date header '28.5.2031 \u00b7 Times are Finnish time'", "'Text: NAME' signature lines (author)",
               "subscription promo after the second brief", "footer"],
  entries=[
  E("2031-05-28 09:40", "EU ministers expected to approve new Russia sanctions",
    ["EU foreign ministers meeting in Brussels on Wednesday are expected to adopt the bloc's 32nd sanctions package, which targets banks in third countries and more shadow-fleet vessels."],
    "diplomacy", "diplomacy", 3, EUS, a="Mirja Laaksonen"),
  E("2031-05-28 12:15", "Finland keeps eastern border closed for another six months",
    ["The Finnish government decided to keep all crossing points on the border with Russia closed until the end of November, citing the risk of migrants being pushed across by Russian authorities."],
    "other", "security", 2, "finland-border-closure-extension-2031-05-28", a="Tuomas Hakala"),
  E("2031-05-28 14:30", "Kharkiv: six dead after bombs hit shopping centre",
    ["Six people were killed when Russian guided bombs struck a shopping centre in Kharkiv in the early afternoon, Ukrainian officials said."],
    "strikes", "strikes", 3, KHM, a="Tuomas Hakala", n="toll 6"),
  E("2031-05-28 16:05", "EU adopts 32nd sanctions package",
    ["EU foreign ministers have formally adopted the 32nd package of sanctions against Russia.",
     "Finland's foreign minister said the package would make it harder for Russia to buy drone engines through intermediaries in Central Asia."],
    "diplomacy", "diplomacy", 3, EUS, a="Mirja Laaksonen"),
  E("2031-05-28 17:20", "Kharkiv: six dead after bombs hit shopping centre",
    ["Six people were killed when Russian guided bombs struck a shopping centre in Kharkiv in the early afternoon, Ukrainian authorities said."],
    "strikes", "strikes", 1, KHM, a="Tuomas Hakala", dup="19542-03", n="near-verbatim repeat of 19542-03 (stale toll)"),
  E("2031-05-28 19:50", "Kharkiv toll reaches nine",
    ["The number of people killed in the Kharkiv shopping centre attack has risen to nine, with 54 injured, regional governor Oleh Syniehubov said."],
    "strikes", "strikes", 3, KHM, a="Tuomas Hakala", n="toll 9"),
  ]))

# ---------------------------------------------------------------- 19543 Auchencairn Times (day 3, text article with sections, Prague)
SEEDS.append(dict(
  id="19543", name="19543_auchencairn-article", ext="txt", source="Auchencairn Times", zone="Europe/Prague", render=r_b_article,
  title="Wednesday in Ukraine: bombs on a Kharkiv mall, new EU sanctions, shells from Prague",
  lede="The day's main developments in Russia's war against Ukraine, in four short reports.",
  byline="Tereza Holubov\u00e1", dateline="28 May 2031, 15:30 CEST", more="More from our Ukraine coverage: the war in maps and numbers",
  basis="no per-section time; the article's dateline '28 May 2031, 15:30 CEST' (UTC+2) applies to every section; local {d} in {z}",
  notes="Invented outlet (Prague). Text article with four section headings (one entry each), page byline 'By Tereza Holubov\u00e1' (used as every section's author) and a dateline with time and zone; no per-section stamp (stamp null, published = dateline). 19543-03 (Czech ammunition initiative) is aid; 19543-04 (drone wreckage in Moldova) is strikes with diplomacy secondary.",
  not_entries=["masthead and breadcrumb", "article title", "standfirst", "byline 'By Tereza Holubov\u00e1'", "dateline '28 May 2031, 15:30 CEST'",
               "share line", "closing link 'More from our Ukraine coverage: ...'", "footer"],
  entries=[
  E("2031-05-28 15:30", "Shopping centre hit",
    ["Russian guided bombs struck a busy shopping centre in Kharkiv shortly after 1pm local time, killing at least seven people, according to the regional administration.",
     "The city, Ukraine's second largest, lies about 30 kilometres from the Russian border."],
    "strikes", "strikes", 3, KHM, a="Tereza Holubov\u00e1", n="toll 7"),
  E("2031-05-28 15:30", "Sanctions package agreed",
    ["EU foreign ministers approved a 32nd package of sanctions against Russia at a meeting in Brussels, adding more shadow-fleet tankers and banks in Central Asia and the Gulf to the list."],
    "diplomacy", "diplomacy", 3, EUS, a="Tereza Holubov\u00e1"),
  E("2031-05-28 15:30", "Ammunition initiative extended",
    ["The Czech-led initiative that buys artillery shells for Ukraine on world markets has secured 1.2 billion euros from 14 countries to continue for another year, the Czech defence ministry said."],
    "aid", "aid", 3, "czech-ammunition-initiative-extension-2031-05-28", a="Tereza Holubov\u00e1", n="large aid funding decision"),
  E("2031-05-28 15:30", "Drone debris in Moldova",
    ["Moldovan authorities found the wreckage of a Russian attack drone in a field near the town of Ocni\u021ba, close to the Ukrainian border, and summoned the Russian ambassador."],
    "strikes", "strikes", 2, "moldova-drone-debris-2031-05-28", a="Tereza Holubov\u00e1", sec=["diplomacy"]),
  ]))


if __name__ == "__main__":
    main()

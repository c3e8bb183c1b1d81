#!/usr/bin/env python3
"""Builds the eval/cw seeds and gold files from one hand-written data table (further below).
All news text is the blind tester's own wording (invented or paraphrased); Part B outlets are invented.
Deterministic. Run from the project root:  python3 eval/cw/tools/build.py"""
import html, json, os, re
from datetime import datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]
AP_MON = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "a.m.", "p.m.", "Mr.", "Mrs.", "Gen.", "Gov.", "Lt.", "Col.", "No.", "St.", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "Sen.", "Rep.", "Dr.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=""):
    return dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)


def OFF(t, h, p, st, a=None, n=""):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n)


def first_sentence(par):
    m = re.search(r'[.!?]["\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018]|$)', par)
    fs = par[:m.end()] if m else par
    assert not fs.endswith(ABBREV), fs
    return fs


def curly(s):
    s = re.sub(r"(?<=\w)'", "\u2019", s)
    s = re.sub(r"'(?=\w)", "\u2018", s)
    return s.replace("'", "\u2019")


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def h12(d):
    return d.hour % 12 or 12


def t_boone(d):      # 6:42 pm
    return f"{h12(d)}:{d.minute:02d} {'am' if d.hour < 12 else 'pm'}"


def t_ap(d):         # 6:42 p.m.
    return f"{h12(d)}:{d.minute:02d} {'a.m.' if d.hour < 12 else 'p.m.'}"


def t_caps(d):       # 6:42 PM
    return f"{h12(d)}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"


def t_uk(d):         # 2.05pm
    return f"{h12(d)}.{d.minute:02d}{'am' if d.hour < 12 else 'pm'}"


def apdate(d):       # Nov. 5, 2022
    return f"{AP_MON[d.month - 1]} {d.day}, {d.year}"


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def iso(d):
    return d.isoformat()


def zulu(d):
    return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def ld(obj):
    return '<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False) + "</script>"


# ============================================================ Part A renderers: layouts of real outlets (own words only)
# Each renderer returns (page text, [stamp per entry], [published_basis per entry]).

def r_nola(S):
    """The Times-Picayune | nola.com (BLOX CMS): wire article of AP-style live items; items are dateline-led paragraphs
    separated by '___', no headlines, no per-item time; one page byline; NewsArticle JSON-LD."""
    z = S["zone"]; d0 = dt(S["first"], z); d1 = dt(S["updated"], z)
    data = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": S["title"], "url": S["url"],
            "datePublished": iso(d0), "dateModified": iso(d1), "author": [{"@type": "Person", "name": "The Associated Press"}],
            "publisher": {"@type": "Organization", "name": "NOLA.com", "logo": {"@type": "ImageObject", "url": "https://bloximages.newyork1.vip.townnews.com/nola.com/content/tncms/custom/image/nola-logo.png"}},
            "articleSection": "Nation/World", "keywords": ["Russia", "Ukraine", "War", "AP"]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Nation/World | nola.com</title>',
           '<meta name="viewport" content="width=device-width, initial-scale=1">', ld(data), '</head><body class="asset-article">',
           '<header id="site-header"><a class="navbar-brand" href="/">The Times-Picayune | nola.com</a>',
           '<nav class="navbar"><ul><li><a href="/news/">News</a></li><li><a href="/news/crime_police/">Crime</a></li><li><a href="/news/politics/">Politics</a></li>'
           '<li><a href="/sports/saints/">Saints</a></li><li><a href="/sports/pelicans/">Pelicans</a></li><li><a href="/sports/lsu/">LSU</a></li>'
           '<li><a href="/entertainment_life/eat-drink/">Eat-Drink</a></li><li><a href="/opinions/">Opinion</a></li><li><a href="/obituaries/">Obituaries</a></li>'
           '<li><a href="/eedition/">e-Edition</a></li></ul></nav>',
           '<div class="user-controls"><a class="btn" href="/subscribe/">Subscribe</a> <a href="/users/login/">Log In</a></div>',
           '<div class="weather-mini">New Orleans, LA <span>61°</span></div></header>',
           '<main><div class="asset-masthead"><ul class="breadcrumb"><li><a href="/news/">News</a></li><li><a href="/news/nation_world/">Nation/World</a></li></ul>',
           f'<h1 class="headline"><span class="asset-headline tnt-headline">{esc(S["title"])}</span></h1>',
           '<ul class="list-inline asset-byline"><li><span itemprop="author">By The Associated Press</span></li></ul>',
           f'<ul class="list-inline meta"><li><time datetime="{iso(d0)}" class="tnt-date asset-date text-muted">{MON3[d0.month - 1]} {d0.day}, {d0.year}</time></li>'
           f'<li><span class="text-muted">Updated <time datetime="{iso(d1)}" class="tnt-date asset-date">{MON3[d1.month - 1]} {d1.day}, {d1.year} - {t_boone(d1)}</time></span></li></ul>',
           '<div class="share-container"><a>Facebook</a> <a>Twitter</a> <a>WhatsApp</a> <a>SMS</a> <a>Email</a> <a>Print</a> <a>Copy article link</a> <a>Save</a></div></div>',
           f'<figure class="photo"><img src="/photo.jpg" alt=""><figcaption>{esc(S["caption"])} <span class="credit">AP Photo</span></figcaption></figure>',
           '<div id="article-body" itemprop="articleBody" class="asset-content">', f'<p>{esc(S["lede"])}</p>']
    stamps, bases = [], []
    for i, e in enumerate(S["entries"]):
        if i:
            out.append("<p>___</p>")
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        stamps.append(None)
        bases.append(f"no per-item time; the page's 'Updated {MON3[d1.month - 1]} {d1.day}, {d1.year} - {t_boone(d1)}' (the version captured; "
                     f"first posted {t_boone(d0)}) used for every item; New Orleans time implied by the outlet (CST, UTC-6); JSON-LD dateModified agrees")
    out += ["<p>___</p>", f"<p>{esc(S['follow'])}</p>", "</div>",
            '<p class="copyright">Copyright 2022 The Associated Press. All rights reserved.</p>',
            '<div class="tags"><span>Tags</span> <a>Russia</a> <a>Ukraine</a> <a>Vladimir Putin</a> <a>Government And Politics</a></div>',
            '<aside class="newsletter"><h4>Get the day\u2019s top headlines in your inbox</h4><p>Sign up for our free morning newsletter.</p><input type="email" placeholder="Email"> <button>Sign Up!</button></aside>',
            '<aside class="most-popular"><h4>Most Popular</h4><ol><li><a>Mardi Gras parade routes and times for the final weekend</a></li><li><a>Saints open free agency talks with quarterback</a></li><li><a>Jefferson Parish council weighs drainage plan</a></li></ol></aside>',
            '</main><footer><p>\u00a9 Copyright 2022 The Times-Picayune | nola.com, 840 St. Charles Ave., New Orleans, LA | <a>Terms of Use</a> | <a>Privacy Policy</a></p></footer></body></html>']
    return "\n".join(out) + "\n", stamps, bases


def r_amerpress(S):
    """American Press (Lake Charles), 'Nation & World' category listing, text scrape: headline, 'Published 6:42 pm Friday,
    April 22, 2022' line, 'By Associated Press', one excerpt paragraph, 'Read More'. Newest first; zone not printed."""
    z = S["zone"]
    L = ["Skip to content", "", "American Press", "Serving Southwest Louisiana since 1895", "", "Subscribe | e-Edition | Log In", "",
         "News  Sports  Obituaries  Opinion  Lifestyle  Business  Nation & World  Hurricane Center  Contact Us", "Search", "",
         "Nation & World", ""]
    stamps, bases = [], []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"Published {t_boone(d)} {DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year}"
        stamps.append(st)
        bases.append(f"full date and 12-hour time in '{st}'; Lake Charles time implied by the outlet (CDT, UTC-5)"
                     + ("; a Thursday-evening post still on the Friday UTC day" if d.day != dt(S['entries'][0]['t'], z).day else ""))
        L += [e["h"], st, f"By {e['a']}", ""] + ptxt(e["p"]) + ["Read More", ""]
        if i == 2:
            L += ["Advertisement", ""]
    L += ["\u00ab Previous  1  2  3  \u2026  212  Next \u00bb", "", "Latest News", "McNeese baseball rallies past Nicholls",
          "Calcasieu School Board approves calendar", "Sulphur council delays vote on drainage fee", "",
          "Email newsletter signup", "Get the day's local headlines delivered to your inbox every morning.", "Email Address  Sign Up", "",
          "We use cookies on this site to improve your experience. By continuing, you agree to our use of cookies.  OK", "",
          "\u00a9 2022, American Press, Lake Charles, Louisiana | Privacy Policy | Terms of Use"]
    return "\n".join(L) + "\n", stamps, bases


def r_towntalk(S):
    """The Town Talk (Gannett / USA TODAY Network) article with h2 sections, 'Published 5:12 a.m. CT June 7, 2022 |
    Updated 3:40 p.m. CT June 7, 2022', two-name byline, 'Latest developments' summary box (not Key Points), NewsArticle JSON-LD."""
    z = S["zone"]; d0 = dt(S["first"], z); d1 = dt(S["updated"], z)
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": S["url"], "headline": S["title"],
            "datePublished": zulu(d0), "dateModified": zulu(d1),
            "author": [{"@type": "Person", "name": n} for n in S["byline_names"]],
            "publisher": {"@type": "Organization", "name": "The Town Talk"}, "articleSection": "nation"}
    pubs = f"Published {t_ap(d0)} CT {apdate(d0)}"
    upd = f"Updated {t_ap(d1)} CT {apdate(d1)}"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>', ld(data), '</head>',
           '<body><div class="gnt_n"><a class="gnt_n_logo" href="/" aria-label="The Town Talk">The Town Talk</a>',
           '<nav class="gnt_n_mn"><a href="/news/">News</a><a href="/sports/">Sports</a><a href="/entertainment/">Entertainment</a>'
           '<a href="/opinion/">Opinion</a><a href="/obituaries/">Obituaries</a><a href="/legal-notices/">Legals</a><a href="https://eedition.thetowntalk.com">eNewspaper</a></nav>',
           '<a class="gnt_n_us_a" href="/subscribe/">Subscribe</a> <a class="gnt_n_us_a" href="/signin/">Sign In</a></div>',
           '<main class="gnt_cw"><article class="gnt_pr">', '<div class="gnt_ar_lbl">NATION</div>',
           f'<h1 class="gnt_ar_hl" elementtiming="ar-headline">{esc(S["title"])}</h1>',
           '<div class="gnt_ar_by">' + " and ".join(f'<a class="gnt_ar_by_a" href="/staff/">{esc(n)}</a>' for n in S["byline_names"])
           + '<div class="gnt_ar_by_a gnt_ar_by_a__ni">USA TODAY</div></div>',
           f'<div class="gnt_ar_dt" aria-label="{pubs} {upd}">{pubs} | {upd}</div>',
           '<div class="gnt_ar_shr"><button>Facebook</button><button>Twitter</button><button>Email</button></div>',
           f'<figure class="gnt_em"><button class="gnt_em_vp_cl">Show Caption</button><button>Hide Caption</button><figcaption class="gnt_em_cp">{esc(S["caption"])}</figcaption></figure>',
           '<div class="gnt_ar_b">', f'<p class="gnt_ar_b_p">{esc(S["lede"])}</p>',
           '<p class="gnt_ar_b_p"><strong>Latest developments:</strong></p><ul class="gnt_ar_b_ul">']
    out += [f'<li class="gnt_ar_b_li">{esc(b)}</li>' for b in S["bullets"]]
    out.append("</ul>")
    stamps, bases = [], []
    for i, e in enumerate(S["entries"]):
        out.append(f'<h2 class="gnt_ar_b_h2">{esc(e["h"])}</h2>')
        out += [f'<p class="gnt_ar_b_p">{esc(p)}</p>' for p in e["p"]]
        if i == 2:
            out.append('<aside class="gnt_em gnt_em__el"><span>Get the latest international news in your inbox</span> <a>Sign up for our free newsletter</a></aside>')
        stamps.append(None)
        bases.append(f"no per-section time; the article's '{upd}' used for every section (the version captured; first '{pubs}'); CT = CDT, UTC-5; JSON-LD dateModified agrees")
    out += ['<p class="gnt_ar_b_p"><em>Contributing: The Associated Press</em></p>', '</div></article>',
            '<aside class="gnt_rr"><h3>More Stories</h3><a>Cenla storms knock out power to thousands</a><a>Pineville council approves budget amendments</a></aside></main>',
            '<footer class="gnt_f"><a>About Us</a> <a>Newsletters</a> <a>Support</a> <a>Terms of Service</a> <a>Privacy Policy</a> \u00a9 2022 www.thetowntalk.com. All rights reserved.</footer></body></html>']
    return "\n".join(out) + "\n", stamps, bases


def r_newsstar(S):
    """The News-Star (Gannett) live updates, text scrape: NO YEAR anywhere, one date line 'Monday, April 18', posts newest
    first, time line '1:50 p.m.' BEFORE the headline, 'By NAME' after it; zone not printed; the oldest posts are from the
    evening before (local midnight crossing, inferred from the wrap 1:40 a.m. -> 11:15 p.m.)."""
    z = S["zone"]; top = dt(S["entries"][0]["t"], z).date()
    L = ["Skip to main content", "", "The News-Star", "Subscribe", "Sign In", "",
         "News  Sports  Entertainment  Opinion  Obituaries  Legals  eNewspaper  Help", "", "NATION", "", S["title"], "",
         S["dateline"], "USA TODAY NETWORK", "", S["lede"], "", "Catch up on our earlier coverage here.", "", "Latest updates", ""]
    stamps, bases = [], []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = t_ap(d); stamps.append(st)
        cross = d.date() != top
        bases.append(f"time line '{st}' under the page's date line '{S['dateline']}' (no year: parse_args --date {S['parse_args'][1]}); "
                     + (f"midnight crossing: newest-first and printed after the 1:40 a.m. post, so the evening of the previous local day ({d:%Y-%m-%d}); " if cross else "")
                     + "Monroe time implied by the outlet (CDT, UTC-5)")
        L += [st, e["h"], f"By {e['a']}", ""] + ptxt(e["p"]) + ["Share", ""]
        if i == 3:
            L += ["Advertisement", ""]
    L += ["Load more updates", "", "Back to top"]
    return "\n".join(L) + "\n", stamps, bases


def r_comet(S):
    """Daily Comet (Gannett) timeline article, text scrape: oldest first, bold '9:40 p.m. ET:' lead-in on the same line as the
    item text, no item headlines, day sub-heads 'Thursday, Feb. 24' / 'Friday, Feb. 25'; Eastern times on a Louisiana site."""
    z = S["zone"]; dp = dt(S["first"], z)
    L = ["Skip to main content", "", "Daily Comet", "Subscribe  Sign In", "", "Local  Sports  Opinion  Obituaries  Things To Do  Legals  eNewspaper", "",
         "WORLD", "", S["title"], "", S["byline"], "USA TODAY", f"Published {t_ap(dp)} ET {apdate(dp)}", "", "Show Caption", "Hide Caption",
         S["caption"], ""] + ptxt(S["lede"])
    stamps, bases = [], []
    cur = None
    for e in S["entries"]:
        d = dt(e["t"], z)
        if d.date() != cur:
            cur = d.date(); head = f"{DAYS[d.weekday()]}, {AP_MON[d.month - 1]} {d.day}"
            L += [head, ""]
        st = f"{t_ap(d)} ET"; stamps.append(st)
        bases.append(f"time '{st}' under the sub-head '{head}' (year from the 'Published ... {apdate(dp)}' line); ET = EST, UTC-5")
        L += [f"{st}: {e['p'][0]}", ""] + ptxt(e["p"][1:])
    L += ["Contributing: The Associated Press", "", "Share your feedback to help improve our site experience!", "", "Back to top"]
    return "\n".join(L) + "\n", stamps, bases


def r_iberian(S):
    """The Daily Iberian (BLOX CMS) RSS 2.0 search feed: pubDate with -0500, dc:creator 'By NAME Associated Press',
    description = summary paragraph, enclosure image; newest first; includes national items that are not about the war."""
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:georss="http://www.georss.org/georss">',
           '<channel>', f'<title>{esc(S["title"])}</title>', '<link>https://www.iberianet.com/search/?f=rss&amp;t=article&amp;c=news/national&amp;l=50&amp;s=start_time&amp;sd=desc</link>',
           '<atom:link href="https://www.iberianet.com/search/?f=rss&amp;t=article&amp;c=news/national&amp;l=50&amp;s=start_time&amp;sd=desc" rel="self" type="application/rss+xml" />',
           '<description>iberianet.com - RSS Results</description>', '<generator>TownNews.com Content Management System</generator>',
           '<language>en-us</language>', f'<lastBuildDate>{dt(S["build"], z).strftime("%a, %d %b %Y %H:%M:%S %z")}</lastBuildDate>', '<ttl>10</ttl>']
    stamps, bases = [], []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%a, %d %b %Y %H:%M:%S %z"); stamps.append(st)
        bases.append(f"pubDate '{st}' (explicit offset -0500 = CDT)")
        slug = re.sub(r"[^a-z0-9]+", "-", e["h"].lower()).strip("-")[:60]
        u = f"https://www.iberianet.com/news/national/{slug}/article_{i + 3141:04x}c2e-01f1-11ed-9a3b-{i + 77:012d}.html"
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<description>{esc(e['p'][0])}</description>", f"<pubDate>{st}</pubDate>",
                f"<link>{u}</link>", f'<guid isPermaLink="false">{u[-49:-5]}</guid>', f"<dc:creator>By {esc(e['a'])} Associated Press</dc:creator>",
                f'<enclosure url="https://bloximages.chicago2.vip.townnews.com/iberianet.com/content/tncms/assets/v3/editorial/{i}/ap{i}.jpg" length="{81231 + i * 977}" type="image/jpeg" />',
                "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps, bases


def r_natchez(S):
    """The Natchez Democrat (Boone Newspapers), text scrape of a wire round-up with capitalised section heads; one
    'Published 1:35 pm Thursday, March 31, 2022' line and one 'By Associated Press' byline; zone not printed."""
    z = S["zone"]; d = dt(S["first"], z)
    st0 = f"Published {t_boone(d)} {DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year}"
    L = ["Skip to content", "", "The Natchez Democrat", "Natchez, Mississippi", "", "Subscribe | e-Edition | Log In", "",
         "News  Sports  Opinion  Lifestyles  Obituaries  Nation & World  Business  Calendar  Contact Us", "", S["title"], "",
         st0, "By Associated Press", "", "Share  Facebook  Twitter  Email  Print", "", S["caption"], ""] + ptxt(S["lede"])
    stamps, bases = [], []
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
        stamps.append(None)
        bases.append(f"no per-section time; the article's '{st0}' used for every section; Natchez time implied by the outlet (CDT, UTC-5)")
    L += ["Print Article", "", "Email newsletter signup", "Sign up for our free daily headlines.", "Email Address  Sign Up", "",
          "Latest News", "Aldermen table vote on Liberty Road paving", "Cathedral wins district soccer title", "Spring Pilgrimage tours open Saturday", "",
          "\u00a9 2022, The Natchez Democrat"]
    return "\n".join(L) + "\n", stamps, bases


def r_clarion(S):
    """Clarion Ledger (Gannett) live blog, HTML: newest first; per post h2 headline, then author and
    '4:48 p.m. CT Nov. 6, 2022' AFTER the headline; LiveBlogPosting JSON-LD with per-update datePublished. The page spans
    the end of daylight saving time (CDT -> CST at 2 a.m. on 6 Nov 2022) and prints only 'CT'."""
    z = S["zone"]; d0 = dt(S["first"], z); d1 = dt(S["updated"], z)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "headline": e["h"], "datePublished": iso(d), "url": f'{S["url"]}#post-{9100 + i}',
                    "author": {"@type": "Person", "name": e["a"]}, "articleBody": " ".join(e["p"])})
    data = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": S["title"], "url": S["url"],
            "datePublished": iso(d0), "dateModified": iso(d1), "coverageStartTime": iso(d0),
            "publisher": {"@type": "Organization", "name": "Clarion Ledger"}, "liveBlogUpdate": ups}
    pubs = f"Published {t_ap(d0)} CT {apdate(d0)}"; upd = f"Updated {t_ap(d1)} CT {apdate(d1)}"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>', ld(data), '</head><body>',
           '<div class="gnt_n"><a class="gnt_n_logo" href="/">Clarion Ledger</a><nav class="gnt_n_mn"><a>News</a><a>Sports</a><a>Entertainment</a>'
           '<a>Opinion</a><a>Obituaries</a><a>Legals</a><a>eNewspaper</a></nav><a>Subscribe</a> <a>Sign In</a></div>',
           '<main><article class="gnt_pr"><div class="gnt_ar_lbl">WORLD</div>', f'<h1 class="gnt_ar_hl">{esc(S["title"])}</h1>',
           '<div class="gnt_ar_by">USA TODAY Network and wire reports</div>', f'<div class="gnt_ar_dt">{pubs} | {upd}</div>',
           f'<p class="gnt_ar_b_p">{esc(S["lede"])}</p>', '<div class="gnt_lb" data-live="true">']
    stamps, bases = [], []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{t_ap(d)} CT {apdate(d)}"; stamps.append(st)
        off = "CDT, UTC-5 (before the 2 a.m. switch)" if d.utcoffset().total_seconds() == -5 * 3600 else "CST, UTC-6 (after the 2 a.m. switch back)"
        bases.append(f"stamp '{st}' after the headline; 'CT' resolved as America/Chicago: {off}; JSON-LD update datePublished agrees")
        out.append(f'<div class="gnt_lb_p" id="post-{9100 + i}"><h2 class="gnt_lb_p_hl">{esc(e["h"])}</h2>')
        out.append(f'<div class="gnt_lb_p_by"><span class="gnt_lb_p_au">{esc(e["a"])}</span> <time datetime="{iso(d)}">{st}</time></div>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append('<div class="gnt_lb_p_shr"><button>Share</button></div></div>')
    out += ['</div><button class="gnt_lb_more">Load more</button></article></main>',
            '<footer class="gnt_f">\u00a9 2022 www.clarionledger.com. All rights reserved. <a>Terms of Service</a> <a>Privacy Policy</a> <a>Your Privacy Choices</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps, bases


def r_sunherald(S):
    """Sun Herald (McClatchy) 'World' section list, HTML: cards with kicker, headline link, summary, 'The Associated Press'
    byline and 'August 15, 2022 10:42 AM' (12-hour, capital AM/PM, no zone); newest first; app promo and footer chrome."""
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Biloxi Sun Herald</title></head><body class="section-page">',
           '<header class="masthead"><a class="logo" href="/">Sun Herald</a><nav><a>Local</a><a>Sports</a><a>Opinion</a><a>Weather</a><a>Obituaries</a>'
           '<a>Nation &amp; World</a><a>E-Edition</a></nav><a class="subscribe">Subscribe</a> <a>Log In</a></header>',
           '<main class="grid"><h1 class="h1 section-title">' + esc(S["title"]) + '</h1>']
    stamps, bases = [], []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MONTHS[d.month - 1]} {d.day}, {d.year} {t_caps(d)}"; stamps.append(st)
        bases.append(f"date and time '{st}' under the card; Biloxi time implied by the outlet (CDT, UTC-5)")
        out += [f'<div class="package"><div class="kicker">{esc(e.get("kick", "Russia-Ukraine war"))}</div>',
                f'<h3 class="h3"><a href="/news/nation-world/world/article{264100000 + i * 311}.html">{esc(e["h"])}</a></h3>',
                f'<p class="summary">{esc(e["p"][0])}</p>', f'<p class="byline">{esc(e["a"])}</p>',
                f'<time class="time" datetime="{iso(d)}">{st}</time></div>']
        if i == 2:
            out.append('<div class="ad-unit">ADVERTISEMENT</div>')
    out += ['</main><aside class="app-promo"><h4>Take Us With You</h4><p>Breaking news from the Mississippi Coast, straight to your phone.</p><a>GET THE SUN HERALD APP \u203a</a></aside>',
            '<footer><a>Copyright</a> <a>Commenting Policy</a> <a>Privacy Policy</a> <a>Terms of Service</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps, bases


def r_vicksburg(S):
    """The Vicksburg Post (Boone Newspapers, WordPress) category RSS: pubDate +0000, dc:creator CDATA, description = excerpt
    ending '[&#8230;]', content:encoded with full paragraphs and the 'The post ... appeared first on ...' footer."""
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"',
           '\txmlns:content="http://purl.org/rss/1.0/modules/content/"', '\txmlns:wfw="http://wellformedweb.org/CommentAPI/"',
           '\txmlns:dc="http://purl.org/dc/elements/1.1/"', '\txmlns:atom="http://www.w3.org/2005/Atom"',
           '\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"', '\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"', '\t>', '', '<channel>',
           '\t<title>Nation &amp; World Archives &#8211; The Vicksburg Post</title>',
           '\t<atom:link href="https://www.vicksburgpost.com/category/nation-world/feed/" rel="self" type="application/rss+xml" />',
           '\t<link>https://www.vicksburgpost.com</link>', '\t<description>The Vicksburg Post</description>',
           f'\t<lastBuildDate>{dt(S["build"], z).astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S +0000")}</lastBuildDate>',
           '\t<language>en-US</language>', '\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>', '\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>',
           '\t<generator>https://wordpress.org/?v=6.0.2</generator>']
    stamps, bases = [], []
    for i, e in enumerate(S["entries"]):
        u = dt(e["t"], z).astimezone(UTC); st = u.strftime("%a, %d %b %Y %H:%M:%S +0000"); stamps.append(st)
        bases.append(f"pubDate '{st}' (explicit +0000); page zone is the outlet's home, America/Chicago (CDT, UTC-5)")
        slug = re.sub(r"[^a-z0-9]+", "-", e["h"].lower()).strip("-")
        link = f"https://www.vicksburgpost.com/2022/09/24/{slug}/"
        words = " ".join(e["p"]).split()
        excerpt = " ".join(words[:40]) + (" [&#8230;]" if len(words) > 40 else "")
        content = "".join(f"<p>{esc(p)}</p>\n" for p in e["p"]) + f'<p>The post <a href="{link}">{esc(e["h"])}</a> appeared first on <a href="https://www.vicksburgpost.com">The Vicksburg Post</a>.</p>\n'
        out += ["\t<item>", f"\t\t<title>{esc(e['h'])}</title>", f"\t\t<link>{link}</link>", f"\t\t<comments>{link}#respond</comments>",
                f"\t\t<dc:creator><![CDATA[{e['a']}]]></dc:creator>", f"\t\t<pubDate>{st}</pubDate>",
                "\t\t\t\t<category><![CDATA[Nation & World]]></category>",
                f'\t\t<guid isPermaLink="false">https://www.vicksburgpost.com/?p={412870 + i * 13}</guid>',
                f"\t\t\t\t\t<description><![CDATA[{excerpt}]]></description>",
                f"\t\t\t\t\t\t\t\t\t\t<content:encoded><![CDATA[{content}]]></content:encoded>",
                f"\t\t\t\t\t<wfw:commentRss>{link}feed/</wfw:commentRss>", "\t\t\t<slash:comments>0</slash:comments>", "\t\t</item>"]
    out += ["\t</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps, bases


# ============================================================ Part B renderers (invented outlets)

def r_tarn(S):
    """Tarnhollow Dispatch: Kyiv English-language text live page, OLDEST first, 'KEY POINTS' list of headlines, each post
    '17:42 | Headline' on one line, 'Reporting by NAME' after the body; one date line; posts after local midnight stay
    on the page without a new date line (forward midnight crossing)."""
    z = S["zone"]; day = dt(S["entries"][0]["t"], z).date()
    L = ["TARNHOLLOW DISPATCH", "Independent journalism from Kyiv", "", "War  Politics  Business  Culture  Opinion  Podcasts  Become a member", "Search", "",
         S["title"], S["dateline"], "All times are Kyiv time.", "", S["lede"], "", "KEY POINTS"]
    L += ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]]
    L += [""]
    stamps, bases = [], []
    for e in S["entries"]:
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        cross = d.date() != day
        bases.append(f"time '{st}' on the page's date line '{S['dateline']}'; Kyiv time (EEST, UTC+3)"
                     + (f"; midnight crossing: oldest-first and printed after the evening posts, so the next local day ({d:%Y-%m-%d}), still {S['uday']} in UTC" if cross else ""))
        L += [f"{st} | {e['h']}", ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"Reporting by {e['a']}", ""]
        L += ["Share: Facebook \u00b7 Twitter \u00b7 Telegram", ""]
    L += [S["prev"], "", "Our journalism is free to read and funded by readers. Become a member.", "", "\u00a9 Tarnhollow Dispatch \u00b7 Kyiv \u00b7 Contact \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps, bases


def r_marrow(S):
    """Marrowdown Post: UK HTML live blog, newest first; '2.05pm BST' time above each h2; contributor line after the body;
    LiveBlogPosting JSON-LD with per-update datePublished (the teaser has no articleBody)."""
    z = S["zone"]; dm = dt(S["modified"], z)
    ups = []
    for e in S["entries"]:
        d = dt(e["t"], z); u = {"@type": "BlogPosting", "headline": e["h"], "datePublished": iso(d)}
        if e["p"]:
            u["articleBody"] = " ".join(e["p"])
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    data = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": S["title"], "url": S["url"],
            "coverageStartTime": iso(dt(S["entries"][-1]["t"], z)), "dateModified": iso(dm), "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Marrowdown Post</title>', ld(data), '</head><body>',
           '<header><a class="brand" href="/">Marrowdown Post</a><nav><a>News</a> <a>World</a> <a>Business</a> <a>Sport</a> <a>Opinion</a> <a>Culture</a></nav>'
           '<a class="support">Support us</a></header>', '<main><p class="kicker">Ukraine war</p>', f'<h1>{esc(S["title"])}</h1>',
           f'<p class="standfirst">{esc(S["lede"])}</p>',
           f'<p class="meta">Last modified on {DAYS[dm.weekday()][:3]} {dm.day} {MONTHS[dm.month - 1]} {dm.year} {dm:%H.%M} BST</p>', '<div class="blocks">']
    stamps, bases = [], []
    for e in S["entries"]:
        d = dt(e["t"], z); st = f"{t_uk(d)} BST"; stamps.append(st)
        bases.append(f"time '{st}' on the page's day (from 'Last modified on {DAYS[dm.weekday()][:3]} {dm.day} {MONTHS[dm.month - 1]} {dm.year}'); BST = UTC+1; JSON-LD update datePublished agrees")
        out.append(f'<article class="block"><p class="block-time"><time datetime="{iso(d)}">{t_uk(d)}</time> BST</p><h2>{esc(e["h"])}</h2>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if not e["p"]:
            out.append('<figure class="video"><div class="player">0:58</div></figure>')
        if e["a"]:
            out.append(f'<p class="contributor">{esc(e["a"])}</p>')
        out.append('<p class="share">Share</p></article>')
    out += ['</div><aside class="newsletter"><h3>Sign up to First Edition</h3><p>Our morning email breaks down the key stories of the day.</p></aside></main>',
            '<footer>\u00a9 2022 Marrowdown Post Ltd. All rights reserved.</footer></body></html>']
    return "\n".join(out) + "\n", stamps, bases


def r_glimmer(S):
    """Glimmerdale World: Australian general world-news RSS 2.0, newest first, pubDate +1000 (AEST), escaped HTML
    paragraphs in <description>, no authors; most items are not about the war."""
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<link>https://glimmerdale.example/world</link>',
           '<description>International news from the Glimmerdale newsroom in Sydney</description>', '<language>en-au</language>',
           '<atom:link href="https://glimmerdale.example/world/rss.xml" rel="self" type="application/rss+xml" />']
    stamps, bases = [], []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%a, %d %b %Y %H:%M:%S %z"); stamps.append(st)
        bases.append(f"pubDate '{st}' (explicit +1000, AEST)")
        body = esc("".join(f"<p>{esc(p)}</p>" for p in e["p"]))
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>https://glimmerdale.example/world/{S['slugbase'] + i}</link>",
                f"<description>{body}</description>", f"<pubDate>{st}</pubDate>",
                f'<guid isPermaLink="false">glim-{S["slugbase"] + i}</guid>', f"<category>{esc(e.get('cat', 'World'))}</category>", "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps, bases


def r_textarticle(S):
    """Text article with section heads; one entry per section, stamp null, published = the dateline; page byline as author."""
    z = S["zone"]; d = dt(S["first"], z)
    L = S["top"] + ["", S["title"], "", S["byline"], S["dateline"], "", S["lede"], ""]
    stamps, bases = [], []
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
        stamps.append(None)
        bases.append(S["basis"])
    L += S["bottom"]
    return "\n".join(L) + "\n", stamps, bases


def r_ostrey(S):
    """Ostrey Valley Journal: Atom 1.0, newest first, <published> with +03:00, author per entry, escaped-HTML content."""
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
           f'<title>{esc(S["title"])}</title>', '<subtitle>Reporting from Ukraine\u2019s regions</subtitle>',
           '<link rel="alternate" href="https://ostreyvalley.example/ukraine"/>', '<link rel="self" href="https://ostreyvalley.example/ukraine/atom.xml"/>',
           '<id>tag:ostreyvalley.example,2022:ukraine</id>', f'<updated>{iso(dt(S["entries"][0]["t"], z))}</updated>']
    stamps, bases = [], []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        bases.append(f"<published> '{st}' (explicit +03:00, Kyiv EEST)")
        out += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link rel="alternate" href="https://ostreyvalley.example/ukraine/{5521 + i}"/>',
                f"<id>tag:ostreyvalley.example,2022:{5521 + i}</id>", f"<published>{st}</published>", f"<updated>{st}</updated>",
                f"<author><name>{esc(e['a'])}</name></author>",
                '<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</content>", "</entry>"]
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps, bases


def r_sallow(S):
    """Sallowmere Record: Canadian HTML live page, newest first, NO YEAR; day heads 'Thursday, May 26'; each post
    'Posted by NAME at 3:50 p.m. EDT' BEFORE the h2 headline; no JSON-LD."""
    z = S["zone"]
    out = ['<!DOCTYPE html>', '<html lang="en-CA"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Sallowmere Record</title></head><body>',
           '<header><a class="logo">Sallowmere Record</a><nav><a>Canada</a> <a>World</a> <a>Politics</a> <a>Business</a> <a>Sports</a> <a>Life</a></nav>'
           '<a>Subscribe</a> <a>Sign in</a></header>', f'<main><h1>{esc(S["title"])}</h1>', f'<p class="dek">{esc(S["lede"])}</p>', '<div class="live">']
    stamps, bases = [], []
    cur = None
    for e in S["entries"]:
        d = dt(e["t"], z)
        if d.date() != cur:
            cur = d.date(); head = f"{DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}"
            out.append(f'<h3 class="day">{head}</h3>')
        st = f"{t_ap(d)} EDT"; stamps.append(st)
        bases.append(f"time '{st}' under the day head '{head}' (no year anywhere: parse_args --date {S['parse_args'][1]}); EDT = UTC-4")
        out.append(f'<section class="post"><p class="meta">Posted by <span class="by">{esc(e["a"])}</span> at <span class="ts">{st}</span></p><h2>{esc(e["h"])}</h2>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if not e["p"]:
            out.append('<div class="gallery">12 photos</div>')
        out.append("</section>")
    out += ['</div><p class="more"><a>Earlier coverage</a></p></main>', '<footer>\u00a9 Sallowmere Record \u00b7 Privacy \u00b7 Terms \u00b7 Contact us</footer></body></html>']
    return "\n".join(out) + "\n", stamps, bases


def r_pennock(S):
    """Pennock Hill Bulletin: British text live page, OLDEST first, headline, body, then 'Posted 06:40 GMT' AFTER the body;
    one 'Compiled by NAME' page byline."""
    z = S["zone"]
    L = ["PENNOCK HILL BULLETIN", "Home | News | World | Business | Sport | Weather", "", S["title"], S["dateline"], f"Compiled by {S['byline']}", "", S["lede"], "", "---", ""]
    stamps, bases = [], []
    for e in S["entries"]:
        d = dt(e["t"], z); st = f"{d:%H:%M} GMT"; stamps.append(st)
        bases.append(f"'Posted {st}' after the body, on the page's date line '{S['dateline']}'; GMT = UTC")
        L += [e["h"], ""] + ptxt(e["p"]) + [f"Posted {st}", "", "---", ""]
    L += ["This page is no longer being updated.", "", "\u00a9 Pennock Hill Bulletin 2022"]
    return "\n".join(L) + "\n", stamps, bases


def r_larkmoor(S):
    """Larkmoor Ledger: US HTML live blog, newest first; day heads 'Friday, Dec. 23, 2022'; '1:40 p.m. ET' above each h2;
    'By NAME' below; JSON-LD @graph whose page node has @type ['NewsArticle','LiveBlogPosting'] with liveBlogUpdate (UTC Z)."""
    z = S["zone"]
    ups = []
    for e in S["entries"]:
        u = {"@type": "BlogPosting", "headline": e["h"], "datePublished": zulu(dt(e["t"], z))}
        if e["p"]:
            u["articleBody"] = " ".join(e["p"])
        if e["a"]:
            u["author"] = [{"@type": "Person", "name": e["a"]}]
        ups.append(u)
    data = {"@context": "https://schema.org", "@graph": [
        {"@type": "Organization", "@id": "https://larkmoor.example/#org", "name": "Larkmoor Ledger"},
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"] + "#live", "headline": S["title"], "publisher": {"@id": "https://larkmoor.example/#org"},
         "coverageStartTime": zulu(dt(S["entries"][-1]["t"], z)), "dateModified": zulu(dt(S["entries"][0]["t"], z)), "liveBlogUpdate": ups}]}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - Larkmoor Ledger</title>', ld(data), '</head><body>',
           '<header><a class="logo">Larkmoor Ledger</a><nav><a>Local</a> <a>Nation</a> <a>World</a> <a>Politics</a> <a>Opinion</a></nav><a>Subscribe</a></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="dek">{esc(S["lede"])}</p>', '<ol class="live-feed">']
    stamps, bases = [], []
    cur = None
    for e in S["entries"]:
        d = dt(e["t"], z)
        if d.date() != cur:
            cur = d.date(); head = f"{DAYS[d.weekday()]}, {AP_MON[d.month - 1]} {d.day}, {d.year}"
            out.append(f'<li class="day-divider"><h3>{head}</h3></li>')
        st = f"{t_ap(d)} ET"; stamps.append(st)
        bases.append(f"time '{st}' under the day head '{head}'; ET = EST, UTC-5; JSON-LD update datePublished (Z) agrees")
        out.append(f'<li class="update"><span class="update-time">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="update-byline">By {esc(e["a"])}</p>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if not e["p"]:
            out.append('<div class="video-embed" data-duration="1:12"></div>')
        out.append("</li>")
    out += ["</ol></main>", '<footer>Larkmoor Ledger \u00b7 <a>Newsletters</a> \u00b7 <a>Privacy</a> \u00b7 <a>Terms</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps, bases


def r_thistle(S):
    """Thistlegate World Service: general world Atom feed, newest first, <published> in Z, xhtml content, no authors."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f'<title>{esc(S["title"])}</title>',
           '<link href="https://thistlegate.example/world"/>', '<id>urn:uuid:7d1f0c52-thistlegate-world</id>',
           f'<updated>{zulu(dt(S["entries"][0]["t"], S["zone"]))}</updated>']
    stamps, bases = [], []
    for i, e in enumerate(S["entries"]):
        st = zulu(dt(e["t"], S["zone"])); stamps.append(st)
        bases.append(f"<published> '{st}' (Z = UTC)")
        out += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link href="https://thistlegate.example/world/{80411 + i}"/>',
                f"<id>urn:uuid:thistlegate-{80411 + i}</id>", f"<published>{st}</published>", f"<updated>{st}</updated>",
                '<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "</div></content>", "</entry>"]
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps, bases


def r_dunharrow(S):
    """Dunharrow Report: English-language outlet in Berlin; HTML article with h2 sections; visible 'Updated 23.12.2022,
    20:25 CET'; NewsArticle JSON-LD with +01:00 dates; one byline."""
    z = S["zone"]; d = dt(S["first"], z)
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": iso(d), "dateModified": iso(d),
            "author": {"@type": "Person", "name": S["byline"]}, "publisher": {"@type": "Organization", "name": "Dunharrow Report"}, "inLanguage": "en"}
    stamp0 = f"{d:%d.%m.%Y}, {d:%H:%M} CET"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Dunharrow Report</title>', ld(data), '</head><body>',
           '<header><a class="logo">Dunharrow Report</a><nav><a>Germany</a> <a>Europe</a> <a>World</a> <a>Business</a> <a>Culture</a></nav></header>',
           f'<main><article><p class="kicker">War in Ukraine</p><h1>{esc(S["title"])}</h1>',
           f'<p class="meta">By <span class="author">{esc(S["byline"])}</span> \u00b7 Updated <time datetime="{iso(d)}">{stamp0}</time></p>',
           f'<p class="lede"><strong>{esc(S["lede"])}</strong></p>']
    stamps, bases = [], []
    for e in S["entries"]:
        out.append(f"<h2>{esc(e['h'])}</h2>")
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        stamps.append(None)
        bases.append(f"no per-section time; the article's 'Updated {stamp0}' used for every section; CET = UTC+1; JSON-LD agrees")
    out += ['<p class="related">Read more: <a>Germany delivers second IRIS-T unit</a></p>', '</article></main>',
            '<footer>\u00a9 2022 Dunharrow Report \u00b7 Imprint \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps, bases


# ============================================================ PART A: ten real outlets' layouts (own words only)
SEEDS = []
CHI = "America/Chicago"

SEEDS.append(dict(id="10200", name="10200_timespicayune-liveupdates", ext="html", source="The Times-Picayune", zone=CHI, render=r_nola, order="none",
  title="Live updates | Putin puts nuclear forces on alert as Ukraine agrees to border talks",
  url="https://www.nola.com/news/nation_world/live-updates-putin-nuclear-alert/article_5c1e2a7e-97f1-11ec-8c1b-0f3a5d2e9b11.html",
  first="2022-02-27 08:05", updated="2022-02-27 16:52",
  caption="Smoke rises from an oil depot outside Kyiv, Ukraine, Sunday, Feb. 27, 2022.",
  lede="The latest on the Russia-Ukraine war:",
  follow="More of the AP's reporting on the war in Ukraine: https://apnews.com/hub/russia-ukraine",
  notes="nola.com (BLOX) page carrying AP-style live items: each item is one or more dateline-led paragraphs (KYIV, Ukraine \u2014 ...), items separated by '___'; no item headlines and no item times, so headline and stamp are null and every item gets the page's 'Updated Feb 27, 2022 - 4:52 pm' (New Orleans, CST); the first-posted date 'Feb 27, 2022' (08:05 in the JSON-LD) is not used. Items are in page order (no time order can be read). One page byline 'By The Associated Press'.",
  not_entries=["site header, menu, Subscribe/Log In, weather widget", "breadcrumb 'News / Nation/World'", "h1 page title", "byline 'By The Associated Press'",
               "date line 'Feb 27, 2022' and 'Updated Feb 27, 2022 - 4:52 pm'", "share buttons", "photo caption and 'AP Photo' credit",
               "lede line 'The latest on the Russia-Ukraine war:'", "'___' separators", "closing 'More of the AP's reporting ...' link line",
               "copyright line", "Tags", "newsletter box", "Most Popular list", "footer"],
  entries=[
  E("2022-02-27 16:52", None,
    ["MOSCOW \u2014 President Vladimir Putin on Sunday ordered Russia's nuclear deterrent forces onto a higher state of readiness, citing what he called hostile statements from NATO members and the sweeping financial penalties the West has imposed on Moscow.",
     "He gave the order at a televised meeting with his defense minister and the chief of the general staff, without saying what practical steps it involved.",
     "Washington called the move an escalation that was both dangerous and unnecessary."],
    "other", "security", 3, "putin-nuclear-forces-alert-2022-02-27", a="The Associated Press", n="Change of force posture (CAMEO 15x) -> other/security; a main development of the day."),
  E("2022-02-27 16:52", None,
    ["KYIV, Ukraine \u2014 Ukraine agreed to send a delegation to meet Russian officials on the Belarusian border, near the Pripyat River, President Volodymyr Zelenskyy's office said Sunday.",
     "The decision followed a phone call between Zelenskyy and Belarusian leader Alexander Lukashenko, who according to Kyiv promised that Russian troops based in Belarus would not move while the talks went on.",
     "Zelenskyy said he did not expect much from the meeting but wanted no one to be able to say Ukraine had not tried."],
    "diplomacy", "diplomacy", 3, "ukraine-russia-belarus-border-talks-agreed", a="The Associated Press"),
  E("2022-02-27 16:52", None,
    ["BRUSSELS \u2014 The European Union will for the first time pay for weapons to be delivered to a country under attack, setting aside 450 million euros for Ukraine's armed forces, the head of the bloc's executive announced.",
     "Ursula von der Leyen also said EU airspace would be closed to Russian-owned and Russian-registered planes, and that the Kremlin-funded broadcasters RT and Sputnik would be banned across the 27 member countries."],
    "aid", "aid", 3, "eu-funds-weapons-closes-airspace-2022-02-27", a="The Associated Press", sec=["diplomacy"], n="Arms financing leads; airspace closure and media ban are sanctions (secondary diplomacy)."),
  E("2022-02-27 16:52", None,
    ["BERLIN \u2014 Chancellor Olaf Scholz told a special session of parliament that Germany would set up a one-time fund of 100 billion euros to modernize its military and would from now on spend more than 2% of its economic output on defense every year.",
     "The shift is remarkable for a country that has long been wary of military power, and it came a day after Berlin dropped its refusal to send lethal weapons to Ukraine."],
    "other", "security", 2, "germany-defense-fund-2022-02-27", a="The Associated Press", n="Defence spending by a non-party -> other/security."),
  E("2022-02-27 16:52", None,
    ["KHARKIV, Ukraine \u2014 Russian troops in light armored vehicles drove into Kharkiv early Sunday and fought Ukrainian forces in the streets, but the regional governor said by midday that the city was fully under Ukrainian control again.",
     "Video posted by residents showed burned-out Russian vehicles and Ukrainian soldiers checking the buildings around them."],
    "other", "frontline", 3, "kharkiv-street-fighting-2022-02-27", a="The Associated Press", n="Ground fighting in Ukraine's second city -> frontline; big frontline event, importance 3."),
  E("2022-02-27 16:52", None,
    ["MINSK, Belarus \u2014 Belarusians voted Sunday on constitutional amendments that would remove the country's status as a non-nuclear state and let Alexander Lukashenko stay in power until 2035.",
     "The referendum was held as Russian forces used Belarusian territory to attack northern Ukraine, and opposition groups called on voters to spoil their ballots."],
    "other", "security", 2, "belarus-referendum-nuclear-status", a="The Associated Press"),
  E("2022-02-27 16:52", None,
    ["VASYLKIV, Ukraine \u2014 Flames and heavy black smoke rose over an oil depot near a military air base south of Kyiv after it was struck overnight, and the town's mayor told residents to keep their windows closed.",
     "More explosions were heard on the capital's outskirts before dawn, and air raid sirens went off several times during the day."],
    "strikes", "strikes", 3, "vasylkiv-oil-depot-strike", a="The Associated Press"),
  ]))

SEEDS.append(dict(id="10201", name="10201_americanpress-listing", ext="txt", source="American Press", zone=CHI, render=r_amerpress, order="newest-first",
  title="Nation & World",
  notes="American Press (Lake Charles) category listing, text scrape, newest first. Each item: headline, 'Published 6:42 pm Friday, April 22, 2022' AFTER the headline, 'By Associated Press', one excerpt paragraph, 'Read More'. No zone printed (Lake Charles, CDT). The two oldest items are Thursday-evening posts that already fall on Friday 22 April in UTC (explicit dates; local midnight crossed between items 04 and 05). page_title is the category heading 'Nation & World'.",
  not_entries=["'Skip to content'", "masthead, tagline and Subscribe/e-Edition/Log In", "menu and Search", "category heading 'Nation & World'",
               "'By Associated Press' bylines (author, not entries)", "'Read More' links", "'Advertisement'", "pagination", "'Latest News' sidebar links",
               "newsletter signup", "cookie notice", "copyright footer"],
  entries=[
  E("2022-04-22 13:58", "Russian commander says Moscow wants all of southern Ukraine",
    ["A senior Russian military officer said Friday that the second stage of Moscow's campaign is meant to give it full control of southern Ukraine as well as the eastern Donbas region, a goal that would cut Ukraine off from the Black Sea."],
    "other", "frontline", 2, "russian-commander-southern-ukraine-goal", a="Associated Press", n="Statement of territorial war aims -> frontline."),
  E("2022-04-22 11:20", "UN chief to visit Moscow, then Kyiv, next week",
    ["United Nations Secretary-General Antonio Guterres will meet Russian President Vladimir Putin in Moscow on Tuesday and then travel on to Ukraine to see President Volodymyr Zelenskyy, his spokesman said Friday."],
    "diplomacy", "diplomacy", 3, "guterres-moscow-kyiv-visits-announced", a="Associated Press"),
  E("2022-04-22 09:05", "Governor: Shelling kills 2 in Kharkiv region",
    ["Russian artillery killed two civilians and wounded five in villages east of Kharkiv overnight, the regional governor said, as fighting went on along the edges of the northeastern region."],
    "strikes", "strikes", 2, "kharkiv-region-shelling-2022-04-22", a="Associated Press"),
  E("2022-04-22 06:30", "Satellite photos appear to show mass graves near Mariupol",
    ["Commercial satellite images taken this week show long rows of freshly dug graves in a village west of Mariupol, and Ukrainian officials accused Russian forces of burying civilians there to conceal how many people died in the port city."],
    "other", "humanitarian", 2, "mariupol-mass-graves-satellite", a="Associated Press"),
  E("2022-04-21 22:47", "Biden announces $800M more in military aid for Ukraine",
    ["President Joe Biden said Thursday that Washington will give Ukraine another $800 million in military assistance, including dozens of heavy howitzers, 144,000 artillery rounds and tactical drones, as Russia's offensive in the east picks up speed."],
    "aid", "aid", 3, "us-800m-artillery-package-2022-04-21", a="Associated Press"),
  E("2022-04-21 20:15", "Putin claims Mariupol, orders steel plant sealed off",
    ["Russian President Vladimir Putin on Thursday declared Mariupol taken and told his defense minister not to storm the huge steel plant where the city's last Ukrainian defenders are holding out, but to seal it off so tightly that nothing could get in or out."],
    "other", "frontline", 3, "putin-claims-mariupol-azovstal-blockade", a="Associated Press"),
  ]))

SEEDS.append(dict(id="10202", name="10202_towntalk-article", ext="html", source="The Town Talk", zone=CHI, render=r_towntalk, order="none",
  title="Russia-Ukraine live updates: Russians hold most of Sievierodonetsk; Lavrov heads to Turkey for grain talks",
  url="https://www.thetowntalk.com/story/news/world/2022/06/07/russia-ukraine-live-updates/7500000001/",
  first="2022-06-07 05:12", updated="2022-06-07 15:40", byline_names=["Marisol Tenney", "Grant Oyelaran"],
  caption="A Ukrainian soldier walks past a destroyed building in the Luhansk region.",
  lede="Ukrainian troops were clinging to the industrial zone of Sievierodonetsk on Tuesday as Russian forces pressed their assault on the last big city in Luhansk province still partly held by Kyiv.",
  bullets=["Britain says it will send M270 rocket launchers to Ukraine.", "The UN refugee agency says more than 4.8 million Ukrainians have registered for protection in Europe.",
           "Russia's foreign minister is due in Ankara for talks on Black Sea shipping."],
  notes="Gannett (USA TODAY Network) 'live updates' article, not a timestamped live blog: a lede paragraph, a 'Latest developments:' bullet box (a summary, not a Key Points list of headlines, so key_point is false everywhere and the bullets are not entries), then h2 sections = entries. The date line prints both 'Published 5:12 a.m. CT June 7, 2022' and 'Updated 3:40 p.m. CT June 7, 2022'; the sections carry no own time, so every section gets the Updated time (the version captured). Page byline 'Marisol Tenney and Grant Oyelaran' is every section's author. Section 05 is an explainer (theme piece).",
  not_entries=["site header and menu, Subscribe/Sign In", "label 'NATION'", "h1 title", "byline and 'USA TODAY'", "Published/Updated date line", "share buttons",
               "'Show Caption'/'Hide Caption' and the photo caption", "lede paragraph", "'Latest developments:' summary bullets (three)", "newsletter promo between sections",
               "'Contributing: The Associated Press'", "'More Stories' links", "footer"],
  entries=[
  E("2022-06-07 15:40", "Russian troops hold most of Sievierodonetsk, governor says",
    ["Luhansk regional governor Serhiy Haidai said Tuesday that Russian forces now control most of Sievierodonetsk, though Ukrainian troops were still fighting in the city's industrial area.",
     "Haidai said on Telegram that Ukrainian units had briefly pushed the Russians back over the weekend, but that Moscow's heavy artillery made it very hard to hold ground.",
     "Taking the city would give Russia almost complete control of Luhansk, one of the two provinces that make up the Donbas."],
    "other", "frontline", 3, "sievierodonetsk-fighting-2022-06-07", a="Marisol Tenney and Grant Oyelaran"),
  E("2022-06-07 15:40", "Lavrov heads to Turkey for talks on grain exports",
    ["Russia's top diplomat was expected in Ankara on Tuesday evening for talks with Turkish officials on a plan to let Ukrainian grain leave Black Sea ports under naval escort.",
     "Ukraine, which was not invited, has said it will not accept any arrangement that leaves its coastline open to a Russian landing."],
    "diplomacy", "diplomacy", 3, "lavrov-turkey-grain-corridor-talks", a="Marisol Tenney and Grant Oyelaran"),
  E("2022-06-07 15:40", "UK to send long-range rocket launchers",
    ["Britain will give Ukraine M270 multiple-launch rocket systems that can hit targets about 50 miles away, Defense Secretary Ben Wallace said, in a step coordinated with Washington.",
     "Ukrainian crews will be trained on the launchers in Britain."],
    "aid", "aid", 3, "uk-m270-rocket-launchers", a="Marisol Tenney and Grant Oyelaran"),
  E("2022-06-07 15:40", "Shelling kills civilians in Kharkiv region",
    ["Russian shelling killed at least two civilians and wounded several others in the Kharkiv region over the past day, regional authorities said, adding that artillery hit homes in several villages north of the city."],
    "strikes", "strikes", 2, "kharkiv-region-shelling-2022-06-07", a="Marisol Tenney and Grant Oyelaran"),
  E("2022-06-07 15:40", "What is the Donbas, and why does Putin want it?",
    ["The Donbas is Ukraine's industrial heartland in the east, made up of the Donetsk and Luhansk provinces, where separatists backed by Moscow have fought Ukrainian forces since 2014.",
     "Putin has made capturing the whole region a central goal since his troops pulled back from around Kyiv at the end of March."],
    "other", "frontline", 2, "explainer-donbas", a="Marisol Tenney and Grant Oyelaran", n="Theme piece (explainer with body): own story, importance 2."),
  E("2022-06-07 15:40", "UN: More than 4.8 million Ukrainians registered as refugees in Europe",
    ["More than 4.8 million people who fled Ukraine have registered for temporary protection or similar programs across Europe, the United Nations refugee agency said in its latest update."],
    "other", "humanitarian", 2, "unhcr-refugee-registrations-2022-06-07", a="Marisol Tenney and Grant Oyelaran"),
  ]))

SEEDS.append(dict(id="10203", name="10203_newsstar-liveblog", ext="txt", source="The News-Star", zone=CHI, render=r_newsstar, order="newest-first",
  title="Russia-Ukraine live updates: Missiles hit Lviv as Zelenskyy says battle for Donbas has begun",
  dateline="Monday, April 18", parse_args=["--date", "2022-04-18"],
  lede="The News-Star brings you live coverage of the war from the USA TODAY Network. Refresh for the latest.",
  notes="Gannett live updates, text scrape with NO YEAR anywhere (parse_args --date 2022-04-18, the printed local day). One date line 'Monday, April 18'; posts newest first, each a time line ('1:50 p.m.') BEFORE the headline and 'By NAME' after it (per-post authors). No zone printed (Monroe, CDT). Midnight crossing: after the 1:40 a.m. post the times jump to 11:15 p.m. and 9:05 p.m., which are Sunday 17 April local but already 18 April in UTC. Entries 04 and 05 are the same Lviv strike (toll six -> seven).",
  not_entries=["'Skip to main content'", "masthead, Subscribe/Sign In, menu", "label 'NATION'", "title line", "date line 'Monday, April 18'", "'USA TODAY NETWORK'",
               "lede paragraph", "'Catch up on our earlier coverage here.'", "'Latest updates' heading", "'By NAME' lines (author)", "'Share' labels", "'Advertisement'",
               "'Load more updates'", "'Back to top'"],
  entries=[
  E("2022-04-18 13:50", "Zelenskyy: 'The battle for Donbas has begun'",
    ["Ukrainian President Volodymyr Zelenskyy said in a video address on Monday evening that Russian forces had launched their long-expected offensive in the east.",
     "He said a very large part of the Russian army was now committed to the assault, and promised that Ukraine would keep fighting however many troops Moscow sent."],
    "other", "frontline", 3, "donbas-offensive-begins-2022-04-18", a="Owen Castellanos"),
  E("2022-04-18 11:35", "Pentagon says first flights of new weapons package have landed",
    ["The first deliveries from the latest $800 million American military package reached Ukraine's borders over the weekend, a senior defense official told reporters on Monday.",
     "The official said four flights had landed with artillery and ammunition that will be moved into Ukraine by land."],
    "aid", "aid", 2, "us-800m-package-first-deliveries", a="Priya Maddox"),
  E("2022-04-18 08:20", "Ukraine hands EU its membership questionnaire",
    ["Zelenskyy's office said Ukraine had handed the European Union its answers to the questionnaire on joining the bloc, the first formal step in a process that normally takes years."],
    "diplomacy", "diplomacy", 2, "ukraine-eu-membership-questionnaire", a="Dalia Renfrow"),
  E("2022-04-18 06:10", "Lviv toll rises to 7",
    ["The number of people killed in Monday morning's missile strikes on Lviv rose to seven, including a child, the regional governor said.",
     "Lviv, close to the Polish border, has taken in hundreds of thousands of people who fled fighting elsewhere in the country."],
    "strikes", "strikes", 3, "lviv-missile-strikes-2022-04-18", a="Dalia Renfrow"),
  E("2022-04-18 01:40", "Missiles hit western city of Lviv",
    ["Four Russian missiles struck the western city of Lviv on Monday morning, hitting three military facilities and a tire shop and killing at least six people, local officials said."],
    "strikes", "strikes", 3, "lviv-missile-strikes-2022-04-18", a="Owen Castellanos"),
  E("2022-04-17 23:15", "Zelenskyy: Ukraine won't give up the east to end the war",
    ["Zelenskyy said in an interview broadcast Sunday that Ukraine was not prepared to surrender territory in the east in return for an end to the war."],
    "diplomacy", "diplomacy", 2, "zelenskyy-rejects-ceding-east", a="Priya Maddox"),
  E("2022-04-17 21:05", "Mariupol defenders ignore Russian deadline to surrender",
    ["Ukrainian troops holding out in Mariupol let a Russian deadline to lay down their arms pass on Sunday, and the prime minister said the city had not fallen and its defenders would fight to the end.",
     "Moscow had promised to spare the lives of those who gave up."],
    "other", "frontline", 3, "mariupol-surrender-deadline-ignored", a="Owen Castellanos"),
  ]))

SEEDS.append(dict(id="10204", name="10204_dailycomet-timeline", ext="txt", source="Daily Comet", zone="America/New_York", render=r_comet, order="oldest-first",
  title="Timeline: Russia's assault on Ukraine, hour by hour on day two", byline="Theo Blanchard", first="2022-02-25 18:20",
  caption="Residents of Kyiv shelter in a subway station on Friday.",
  lede=["Russian forces closed in on Kyiv on the second day of the invasion while world leaders scrambled to respond.", "Here is how the day unfolded."],
  notes="Gannett timeline article on a Louisiana site, text scrape, OLDEST first. Items have no headlines: each starts with a bold time lead-in on the same line ('9:40 p.m. ET: ...'), so headline is null and first_sentence follows the stamp; a second paragraph, where present, is its own line. Times are printed in ET (the USA TODAY desk's zone), not the outlet's Central time: page_timezone America/New_York (EST, UTC-5). Day sub-heads 'Thursday, Feb. 24' and 'Friday, Feb. 25' carry no year (the Published line has it). The two Thursday-evening items are already 25 February in UTC. Page byline Theo Blanchard.",
  not_entries=["'Skip to main content'", "masthead, Subscribe/Sign In, menu", "label 'WORLD'", "title line", "byline 'Theo Blanchard' and 'USA TODAY'",
               "'Published 6:20 p.m. ET Feb. 25, 2022'", "'Show Caption'/'Hide Caption' and the caption", "two lede paragraphs",
               "day sub-heads 'Thursday, Feb. 24' and 'Friday, Feb. 25'", "'Contributing: The Associated Press'", "feedback line", "'Back to top'"],
  entries=[
  E("2022-02-24 21:40", None,
    ["Zelenskyy signed a decree ordering a general mobilization that calls up conscripts and reservists over the next 90 days, and the border guard service said men aged 18 to 60 would not be allowed to leave the country."],
    "other", "politics", 2, "ukraine-general-mobilization-decree", a="Theo Blanchard"),
  E("2022-02-24 23:55", None,
    ["Loud explosions were heard in central Kyiv before dawn, and Ukrainian officials said air defenses had shot down an aircraft whose wreckage fell on a residential building in the Darnytskyi district.",
     "The building caught fire, and emergency services said several people were hurt."],
    "strikes", "strikes", 3, "kyiv-predawn-explosions-2022-02-25", a="Theo Blanchard"),
  E("2022-02-25 03:30", None,
    ["Ukraine's defense ministry said Russian troops had reached the Obolon district on the northern edge of Kyiv, and urged residents to report the movement of military vehicles and to get firebombs ready."],
    "other", "frontline", 3, "russian-troops-reach-kyiv-obolon", a="Theo Blanchard"),
  E("2022-02-25 07:10", None,
    ["Kremlin spokesman Dmitry Peskov said Russia was ready to send a delegation of officials to the Belarusian capital, Minsk, for talks with Ukraine.",
     "Zelenskyy's office answered that Kyiv was open to discussing a ceasefire but suggested Warsaw as a venue instead."],
    "diplomacy", "diplomacy", 3, "kremlin-offers-minsk-talks-2022-02-25", a="Theo Blanchard"),
  E("2022-02-25 10:25", None,
    ["NATO leaders held an emergency video summit and agreed to send parts of the alliance's rapid response force to members on its eastern flank, the first time the force has been used for collective defense."],
    "diplomacy", "diplomacy", 3, "nato-emergency-summit-response-force", a="Theo Blanchard"),
  E("2022-02-25 13:05", None,
    ["European Union foreign ministers agreed to freeze any assets that Putin and Foreign Minister Sergey Lavrov hold in the bloc, adding both men to a sanctions list that already covered hundreds of Russian officials."],
    "diplomacy", "diplomacy", 3, "eu-freezes-putin-lavrov-assets", a="Theo Blanchard"),
  E("2022-02-25 16:45", None,
    ["Russia vetoed a United Nations Security Council resolution that would have demanded it halt its attack on Ukraine and pull its troops out; 11 members voted in favor, while China, India and the United Arab Emirates abstained."],
    "diplomacy", "diplomacy", 3, "russia-vetoes-unsc-resolution-2022-02-25", a="Theo Blanchard"),
  ]))

SEEDS.append(dict(id="10205", name="10205_dailyiberian-rss", ext="xml", source="The Daily Iberian", zone=CHI, render=r_iberian, order="newest-first",
  title="iberianet.com - RSS Results in news/national of type article", build="2022-07-11 17:45",
  notes="BLOX (TownNews) search-results RSS 2.0 feed of the Daily Iberian's national wire section, newest first. pubDate carries -0500 (CDT). dc:creator is 'By NAME Associated Press' with the name in capitals; author is the printed name only. Each item has only a one-paragraph <description> summary (body_paragraphs 1). Two of seven items are not about the war (Texas power grid, Twitter/Musk): off-beat. Entries 01 and 06 are the same Chasiv Yar strike (toll 24 -> 34); entry 04 (Kharkiv rockets) is a different attack.",
  not_entries=["channel title/link/description/generator/lastBuildDate/ttl", "<guid>, <link> and <enclosure> of each item", "dc:creator lines (author)"],
  entries=[
  E("2022-07-11 17:40", "Chasiv Yar death toll climbs past 30 as search ends",
    ["Rescue crews in the eastern town of Chasiv Yar finished searching the ruins of a five-story apartment building on Monday, and officials said the number of people killed by Saturday night's Russian rocket strike had reached 34."],
    "strikes", "strikes", 3, "chasiv-yar-apartment-strike", a="OKSANA VELMAN"),
  OFF("2022-07-11 15:12", "Texas grid operator asks residents to save power as heat builds",
      ["The operator of the Texas power grid asked homes and businesses to raise thermostats and hold off on running large appliances Monday afternoon, warning that record demand during a heat wave could strain supplies."],
      "texas-grid-conservation-appeal", a="JEROME TALLIS", n="US heat wave and power grid."),
  E("2022-07-11 13:05", "Nord Stream pipeline shut for maintenance as Europe fears a longer halt",
    ["Russia's main natural gas pipeline to Germany stopped flowing Monday for 10 days of scheduled maintenance, and German officials said they could not rule out that Moscow would keep it shut once the work is finished."],
    "diplomacy", "diplomacy", 2, "nord-stream-1-maintenance-shutdown", a="LENA OSTERBERG", n="Energy standoff between Moscow and the EU, labelled like sanctions/counter-measures -> diplomacy."),
  E("2022-07-11 10:30", "Rockets hit Kharkiv neighborhoods, killing 3",
    ["Russian rockets slammed into residential parts of Kharkiv on Monday morning, killing at least three people and wounding more than two dozen, the regional governor said."],
    "strikes", "strikes", 3, "kharkiv-rocket-strike-2022-07-11", a="OKSANA VELMAN", n="Deadly strike, different attack from Chasiv Yar: must not merge."),
  OFF("2022-07-11 08:50", "Twitter hires law firm as it readies fight over Musk's exit",
      ["Twitter has hired a prominent corporate law firm as it prepares to sue Elon Musk for walking away from his $44 billion agreement to buy the company, according to people familiar with the matter."],
      "twitter-musk-deal-lawsuit", a="JEROME TALLIS", n="US business."),
  E("2022-07-11 07:15", "Rescuers find more bodies in Chasiv Yar rubble",
    ["Emergency workers pulled more bodies from the collapsed apartment block in Chasiv Yar overnight, bringing the number of dead to 24, Ukraine's emergency service said Monday morning."],
    "strikes", "strikes", 3, "chasiv-yar-apartment-strike", a="OKSANA VELMAN"),
  E("2022-07-11 00:30", "Ukraine urges civilians in occupied south to leave",
    ["Ukraine's deputy prime minister called on residents of the Russian-occupied Kherson and Zaporizhzhia regions to get out by any means possible, saying the armed forces were preparing to retake the area."],
    "other", "humanitarian", 2, "ukraine-urges-evacuation-occupied-south", a="OKSANA VELMAN"),
  ]))

SEEDS.append(dict(id="10206", name="10206_natchezdemocrat-roundup", ext="txt", source="The Natchez Democrat", zone=CHI, render=r_natchez, order="none",
  title="Russia-Ukraine war: What to know on Thursday", first="2022-03-31 13:35",
  caption="A woman walks past a damaged apartment building in Kyiv. (AP Photo)",
  lede=["Russian troops have started pulling back from the Chornobyl nuclear site and other areas north of Kyiv, but Ukrainian officials warned on Thursday that the forces were regrouping for a larger push in the east.",
        "Here is what to know about the war:"],
  notes="Boone Newspapers site, text scrape of a wire round-up article: one 'Published 1:35 pm Thursday, March 31, 2022' line (no zone printed; Natchez, CDT) and one 'By Associated Press' byline, then capitalised section heads. Each section is an entry (headline = the capitalised head as printed, stamp null, published = the article's time). The two lede paragraphs are the page intro, not entries.",
  not_entries=["'Skip to content'", "masthead, place line, Subscribe/e-Edition/Log In, menu", "title line", "'Published ...' line", "'By Associated Press'", "share labels",
               "photo caption", "lede paragraph", "'Here is what to know about the war:'", "'Print Article'", "newsletter signup", "'Latest News' links", "copyright line"],
  entries=[
  E("2022-03-31 13:35", "TROOPS LEAVE CHORNOBYL",
    ["Most Russian troops have left the Chornobyl nuclear power plant, Ukraine's state nuclear company said, more than a month after they seized the site in the first hours of the invasion.",
     "The company said soldiers had dug trenches in the contaminated forest around the plant and may have absorbed significant doses of radiation."],
    "other", "frontline", 3, "russian-troops-leave-chornobyl"),
  E("2022-03-31 13:35", "PUTIN WANTS RUBLES FOR GAS",
    ["Putin signed a decree saying buyers from countries he calls unfriendly must open accounts in Russian banks and pay for natural gas in rubles from Friday, or risk having their supplies cut off.",
     "Germany and France said they would keep paying in euros, as their contracts say."],
    "diplomacy", "diplomacy", 3, "putin-gas-for-rubles-decree", n="Counter-measure to sanctions -> diplomacy."),
  E("2022-03-31 13:35", "MARIUPOL EVACUATION PLANNED",
    ["The International Committee of the Red Cross said it was getting ready to lead a convoy of buses out of Mariupol on Friday if both sides agree on the route and timing.",
     "Ukrainian officials estimate that about 160,000 people are still trapped in the besieged port city with little food or water."],
    "other", "humanitarian", 3, "mariupol-evacuation-icrc-2022-03-31"),
  E("2022-03-31 13:35", "TALKS TO CONTINUE BY VIDEO",
    ["Ukraine's lead negotiator said talks with Russia would resume online on Friday, after face-to-face meetings in Istanbul this week produced what both sides called modest progress."],
    "diplomacy", "diplomacy", 2, "russia-ukraine-talks-resume-online"),
  E("2022-03-31 13:35", "BIDEN TAPS OIL RESERVE",
    ["President Joe Biden ordered the release of up to 1 million barrels of oil a day from the nation's strategic reserve for six months, hoping to bring down fuel prices that have climbed since the invasion."],
    "other", "politics", 2, "biden-strategic-petroleum-reserve-release", n="War-driven fuel prices: about the war's effects, not off-beat."),
  E("2022-03-31 13:35", "INTELLIGENCE: PUTIN MISINFORMED",
    ["American intelligence officials believe Putin has been misled by advisers who are too afraid to tell him how badly the war is going, the White House said."],
    "other", "security", 2, "us-intel-putin-misinformed"),
  ]))
for _e in SEEDS[-1]["entries"]:
    _e["a"] = "Associated Press"

SEEDS.append(dict(id="10207", name="10207_clarionledger-liveblog", ext="html", source="Clarion Ledger", zone=CHI, render=r_clarion, order="newest-first",
  title="Russia-Ukraine live updates: Iran admits sending drones; Kyiv mayor warns of total blackout",
  url="https://www.clarionledger.com/story/news/world/2022/11/05/russia-ukraine-war-live-updates/69621001007/",
  first="2022-11-05 19:15", updated="2022-11-06 16:48",
  lede="Follow along for the latest news on Russia's war in Ukraine from the USA TODAY Network and wire services.",
  notes="Gannett live blog, HTML, newest first. Each post: h2 headline, then author and a '4:48 p.m. CT Nov. 6, 2022' stamp AFTER the headline; per-post authors (staff names or 'The Associated Press'). LiveBlogPosting JSON-LD lists every post with datePublished and an explicit offset. Hard case: the page spans the end of US daylight saving time (2 a.m., 6 Nov 2022) and prints only 'CT': posts up to 11:45 p.m. Saturday are CDT (UTC-5), posts from 3:10 a.m. Sunday on are CST (UTC-6). No post falls in the ambiguous 1 a.m. hour. Entries 06 and 07 are one story (Iran's admission and Zelenskyy's answer to it); entry 05 mentions Iranian-made drones but is a separate air-defence report.",
  not_entries=["site header and menu", "label 'WORLD'", "h1 title", "byline 'USA TODAY Network and wire reports'", "Published/Updated line", "lede paragraph",
               "author/stamp lines under each headline", "'Share' buttons", "'Load more'", "footer"],
  entries=[
  E("2022-11-06 16:48", "Ukrainian army: Russians fortifying positions around Kherson",
    ["Russian troops are digging new defensive lines on the east bank of the Dnipro River and moving some units out of Kherson city, Ukraine's southern command said Sunday.",
     "Ukrainian officials have warned that a pullback could be a trap intended to lure their forces into street fighting."],
    "other", "frontline", 2, "russian-forces-fortify-kherson-2022-11-06", a="Celeste Arbuckle"),
  E("2022-11-06 14:05", "Kyiv mayor: Residents should prepare for a total blackout",
    ["Kyiv Mayor Vitali Klitschko urged the capital's 3 million residents to stock up on water, food and warm clothing, and to consider staying with relatives outside the city in case Russian strikes knock out power completely.",
     "About 40% of the city's energy infrastructure has been damaged by recent missile and drone attacks, officials said."],
    "other", "humanitarian", 2, "kyiv-blackout-warning-2022-11-06", a="Ravi Dunmore", sec=["strikes"]),
  E("2022-11-06 11:20", "Shelling damages homes in Nikopol",
    ["Russian forces shelled Nikopol and nearby towns across the Dnipro River overnight, damaging more than a dozen homes and a power line, the regional governor said."],
    "strikes", "strikes", 2, "nikopol-shelling-2022-11-06", a="The Associated Press"),
  E("2022-11-06 08:40", "Occupation officials widen Kherson evacuation zone",
    ["Russian-installed authorities in the Kherson region said they were extending the zone civilians must leave to a 15-kilometer strip along the east bank of the Dnipro, affecting about 70,000 more people."],
    "other", "humanitarian", 2, "kherson-occupation-evacuation-zone", a="Celeste Arbuckle"),
  E("2022-11-06 03:10", "Ukraine says it shot down six drones over the south",
    ["Ukraine's air force said it shot down six Iranian-made Shahed drones overnight over the Mykolaiv and Odesa regions."],
    "strikes", "strikes", 2, "ukraine-downs-drones-south-2022-11-06", a="Ravi Dunmore", n="Air-defence report; same theme as Iran's admission but a different event: must not merge."),
  E("2022-11-05 23:45", "Zelenskyy accuses Tehran of lying about drone numbers",
    ["Zelenskyy said Iran was not telling the truth when it claimed to have sent only a few drones to Russia months before the invasion, and said Ukrainian forces were shooting down at least 10 of them every day."],
    "aid", "aid", 3, "iran-admits-drones-to-russia", a="Ravi Dunmore", n="Reaction whose content is the admission itself -> same story."),
  E("2022-11-05 19:32", "Iran says it sent drones to Russia, but before the war",
    ["Iran's foreign minister acknowledged for the first time on Saturday that Tehran had supplied Russia with drones, but said the number was small and they were sent months before the invasion.",
     "Hossein Amir-Abdollahian said Iran would act if shown proof that its drones were being used in Ukraine."],
    "aid", "aid", 3, "iran-admits-drones-to-russia", a="The Associated Press", n="Arms transfer to Russia -> aid."),
  ]))

SEEDS.append(dict(id="10208", name="10208_sunherald-listing", ext="html", source="Sun Herald", zone=CHI, render=r_sunherald, order="newest-first",
  title="World",
  notes="McClatchy section list (Sun Herald, Biloxi), HTML, newest first. Each card: kicker, headline link, one-paragraph summary, byline 'The Associated Press', then 'August 15, 2022 10:42 AM' (no zone printed; Biloxi, CDT). The last card is a Sunday-evening post that is already Monday 15 August in UTC. One card (Mississippi River) is not about the war: off-beat. page_title is the section heading 'World'.",
  not_entries=["masthead, menu, Subscribe/Log In", "section heading 'World'", "kicker labels", "byline lines (author)", "'ADVERTISEMENT'", "'Take Us With You' app promo", "footer links"],
  entries=[
  E("2022-08-15 17:55", "Ukraine says strike hit Wagner mercenaries' base in Luhansk region",
    ["Ukrainian officials said a strike on a building used by the Russian private military company Wagner in the occupied town of Popasna killed a large number of fighters, which could not be checked independently."],
    "strikes", "strikes", 3, "popasna-wagner-base-strike", a="The Associated Press"),
  E("2022-08-15 15:20", "Putin offers allies advanced weapons at Moscow arms show",
    ["Russian President Vladimir Putin opened a military trade fair outside Moscow on Monday by saying Russia was ready to supply allies in Latin America, Asia and Africa with modern weapons, from small arms to armored vehicles and aircraft."],
    "other", "security", 2, "putin-arms-forum-weapons-offer", a="The Associated Press", n="Arms offers to third countries (not parties) -> other/security."),
  E("2022-08-15 12:45", "Ship loads Ukrainian wheat bound for Horn of Africa",
    ["A bulk carrier chartered by the UN World Food Program was taking on 23,000 metric tons of Ukrainian wheat at a Black Sea port Monday, the first food aid cargo for Africa since the grain deal brokered in Istanbul last month."],
    "other", "humanitarian", 2, "wfp-grain-ship-horn-of-africa", a="The Associated Press", sec=["diplomacy"]),
  E("2022-08-15 10:42", "Shelling near Zaporizhzhia nuclear plant prompts fresh warnings",
    ["Ukraine and Russia again blamed each other for shelling around Europe's largest nuclear power plant, as the head of the UN atomic agency repeated his call for inspectors to be let in."],
    "strikes", "strikes", 3, "zaporizhzhia-nuclear-plant-shelling-2022-08-15", a="The Associated Press", sec=["diplomacy"]),
  OFF("2022-08-15 08:05", "Low water on Mississippi River squeezes barge traffic ahead of harvest",
      ["Falling water levels on the Mississippi River are forcing barge operators to lighten their loads, shipping officials said, raising worries about moving this fall's grain harvest to Gulf Coast ports."],
      "mississippi-river-low-water", a="The Associated Press", n="US river shipping."),
  E("2022-08-14 19:50", "Ukrainian shelling wounds 2 in Russian border region, governor says",
    ["Shells fired from Ukraine damaged houses and wounded two people in a village in Russia's Belgorod region on Sunday, the regional governor said."],
    "strikes", "strikes", 2, "belgorod-shelling-2022-08-14", a="The Associated Press"),
  ]))
SEEDS[-1]["entries"][4]["kick"] = "National"

SEEDS.append(dict(id="10209", name="10209_vicksburgpost-feed", ext="xml", source="The Vicksburg Post", zone=CHI, render=r_vicksburg, order="newest-first",
  title="Nation & World Archives \u2013 The Vicksburg Post", build="2022-09-24 16:52",
  notes="WordPress category RSS of a Boone Newspapers site, newest first. pubDate in +0000; the page zone is the outlet's home (Vicksburg, CDT) for published_local. <description> holds a 40-word excerpt cut with '[&#8230;]'; <content:encoded> holds the full paragraphs plus the plugin footer 'The post ... appeared first on The Vicksburg Post.', which is not part of the body (not counted in body_paragraphs). dc:creator 'The Associated Press'.",
  not_entries=["channel title/link/description/lastBuildDate/generator/sy: fields", "<comments>, <guid>, <category>, wfw:commentRss and slash:comments of each item",
               "<description> excerpts (truncated copies of the first paragraphs)", "'The post ... appeared first on The Vicksburg Post.' footer in every content:encoded"],
  entries=[
  E("2022-09-24 16:40", "Lavrov tells UN the votes in occupied regions reflect residents' will",
    ["Russia's foreign minister used his speech to the United Nations General Assembly on Saturday to defend the referendums under way in occupied parts of Ukraine and to accuse the West of trying to destroy his country.",
     "Sergey Lavrov said people in the four regions were deciding their own future after years of what he called abuse by the government in Kyiv.",
     "Ukraine and its allies have dismissed the votes as a sham held at gunpoint."],
    "diplomacy", "diplomacy", 3, "lavrov-unga-speech-2022-09-24"),
  E("2022-09-24 13:05", "Putin toughens punishment for desertion and surrender",
    ["President Vladimir Putin signed a law Saturday that sets prison terms of up to 10 years for soldiers who desert, refuse to fight or surrender voluntarily during mobilization or wartime.",
     "He also signed a measure giving foreigners who serve at least a year in the military a fast track to Russian citizenship."],
    "other", "politics", 2, "putin-desertion-law-2022-09-24"),
  E("2022-09-24 10:30", "Russia replaces general in charge of army logistics",
    ["Russia's defense ministry said Saturday that the deputy minister in charge of logistics, Dmitry Bulgakov, had been removed and replaced by the head of the national defense control center, Mikhail Mizintsev.",
     "The ministry gave no reason for the change, which came as the military struggles to equip hundreds of thousands of newly mobilized reservists."],
    "other", "politics", 2, "russia-logistics-chief-replaced"),
  E("2022-09-24 08:10", "Lines of cars grow at Russia's borders as men flee call-up",
    ["Long queues of vehicles formed at Russia's land borders with Georgia, Kazakhstan and Finland on Saturday as men of fighting age tried to leave the country before they could be drafted.",
     "Some drivers said they had waited more than a day to cross."],
    "other", "politics", 2, "russians-flee-mobilization"),
  E("2022-09-24 05:20", "Ukraine says it downed Iranian-made drones over Odesa",
    ["Ukraine's southern military command said Saturday that air defenses had shot down several Iranian-made drones over the Odesa region overnight, while at least one hit an administrative building in the port city."],
    "strikes", "strikes", 2, "odesa-drone-attack-2022-09-24"),
  E("2022-09-24 02:45", "Voting in occupied regions enters second day",
    ["Officials installed by Moscow in four occupied Ukrainian regions carried on with a hastily organized vote on joining Russia on Saturday, with election workers taking ballot boxes door to door accompanied by armed soldiers.",
     "Kyiv and Western governments say the results will be fabricated."],
    "other", "frontline", 2, "occupied-regions-referendums-2022", n="Annexation votes = territorial claim -> frontline."),
  ]))
for _e in SEEDS[-1]["entries"]:
    _e["a"] = "The Associated Press"


# ============================================================ PART B, day 1: 2022-05-25 (UTC)
D1 = "Day 1 (2022-05-25 UTC): 10220, 10221, 10222, 10223."
ZAP = "zaporizhzhia-missile-strike-2022-05-25"
GRAIN = "russia-grain-corridor-sanctions-offer"
SEV = "sievierodonetsk-assault-2022-05-25"
DUMA = "duma-scraps-age-limit-contract-soldiers"
KYIV = "Europe/Kyiv"

SEEDS.append(dict(id="10220", name="10220_tarnhollow-textlive", ext="txt", source="Tarnhollow Dispatch", zone=KYIV, render=r_tarn, order="oldest-first", curly=True,
  title="Russia's war against Ukraine: live updates", dateline="Wednesday, 25 May 2022", uday="2022-05-25",
  lede="Day 91 of Russia's full-scale invasion. Our reporters follow the day from Kyiv and the front line.",
  prev="Read our live updates from Tuesday, 24 May",
  notes="Invented outlet. Text live page from Kyiv, OLDEST first; 'All times are Kyiv time' (EEST, UTC+3); each post '07:55 | Headline' on one line, body, 'Reporting by NAME'. A KEY POINTS block lists the headlines of entries 03 and 04 (key_point true). Entry 07 repeats entry 03 nearly verbatim (duplicate_of 10220-03). Forward midnight crossing: entry 08 ('00:40') is printed after the evening posts under the same date line, so it is 26 May in Kyiv but still 25 May in UTC. Spelling 'Zaporizhzhia'; toll one -> three. " + D1,
  not_entries=["masthead, tagline, menu, Search", "title line", "date line 'Wednesday, 25 May 2022'", "'All times are Kyiv time.'", "lede 'Day 91 ...'",
               "KEY POINTS header and its two bullets (pointers to entries 03 and 04, not entries)", "'Reporting by NAME' lines (author)", "share lines",
               "link to Tuesday's live updates", "membership plug", "footer"],
  entries=[
  E("2022-05-25 07:55", "Missiles hit industrial district of Zaporizhzhia",
    ["Russian cruise missiles struck an industrial area of Zaporizhzhia shortly after seven in the morning, killing at least one person and injuring three, the regional military administration said.",
     "Several private houses nearby had their roofs and windows blown out."],
    "strikes", "strikes", 3, ZAP, a="Yulia Hrebenko"),
  E("2022-05-25 10:20", "Luhansk governor: Russians attacking Sievierodonetsk from three sides",
    ["Russian forces are trying to encircle Sievierodonetsk and are attacking the city from three directions, Luhansk regional governor Serhiy Haidai said.",
     "He said about 15,000 residents were still living in shelters in the city, which is under constant artillery fire."],
    "other", "frontline", 3, SEV, a="Taras Vovchuk"),
  E("2022-05-25 12:40", "Zaporizhzhia toll rises to three",
    ["The morning missile strike on Zaporizhzhia has now claimed three lives, and 11 have been taken to hospital, regional governor Oleksandr Starukh said.",
     "Rescuers are still searching a damaged warehouse."],
    "strikes", "strikes", 3, ZAP, a="Yulia Hrebenko", kp=True),
  E("2022-05-25 14:15", "Moscow offers to open sea corridor for grain if sanctions are eased",
    ["Russia is ready to provide a humanitarian corridor for ships carrying food out of Ukrainian ports, but only if the West lifts some of its sanctions, deputy foreign minister Andrei Rudenko told Interfax.",
     "Kyiv says Russian warships are blockading its ports and that more than 20 million tonnes of grain are stuck in silos."],
    "diplomacy", "diplomacy", 3, GRAIN, a="Taras Vovchuk", kp=True),
  E("2022-05-25 16:30", "Duma votes to scrap age limit for army contract recruits",
    ["Russia's lower house of parliament has passed a bill removing the upper age limit of 40 for people signing their first contract with the armed forces.",
     "The bill's authors said the military needed older specialists such as engineers and medics."],
    "other", "politics", 2, DUMA, a="Taras Vovchuk", n="Domestic legislation on recruitment -> other/politics; same theme as the passport decree (10221-03) but a different event."),
  E("2022-05-25 19:05", "Budapest still blocking EU oil embargo, diplomats say",
    ["EU ambassadors again failed to agree on a ban on Russian oil imports after Hungary insisted it needed more time and money to replace its supplies, two diplomats told the Dispatch.",
     "The embargo is the centrepiece of the bloc's sixth sanctions package."],
    "diplomacy", "diplomacy", 2, "eu-oil-embargo-hungary-holdout", a="Yulia Hrebenko"),
  E("2022-05-25 21:50", "Zaporizhzhia: toll now three",
    ["The morning missile strike on Zaporizhzhia has now claimed three lives, and 11 have been taken to hospital, regional governor Oleksandr Starukh said.",
     "Rescuers are still searching the damaged warehouse."],
    "strikes", "strikes", 1, ZAP, a="Yulia Hrebenko", dup="10220-03", n="Near-verbatim repeat of 10220-03 (headline reworded, one word changed) -> importance 1."),
  E("2022-05-26 00:40", "Zelensky: Ukraine will not trade land for peace",
    ["President Volodymyr Zelensky hit back at Western commentators who have suggested Ukraine give up territory to end the war, saying in his nightly address that such advice ignored the people who live there.",
     "He compared the idea to attempts to appease Nazi Germany in 1938."],
    "diplomacy", "diplomacy", 2, "zelensky-rejects-land-for-peace", a="Taras Vovchuk"),
  ]))

SEEDS.append(dict(id="10221", name="10221_marrowdown-htmllive", ext="html", source="Marrowdown Post", zone="Europe/London", render=r_marrow, order="newest-first", curly=True,
  title="Russia-Ukraine war live: deadly missile strike on Zaporizhia; Moscow ties grain exports to sanctions",
  url="https://marrowdown.example/world/live/2022/may/25/russia-ukraine-war-live", modified="2022-05-25 22:10",
  lede="Four killed in southern city; Kremlin eases passport rules for occupied regions; fighting rages around Sievierodonetsk",
  notes="Invented outlet. UK HTML live blog, newest first; '9.35pm BST' time above each h2, contributor name after the body; LiveBlogPosting JSON-LD with per-update datePublished (+01:00). Entry 02 is the day's theme piece (explainer with body, separate from the grain-offer story). Entry 03 (passport decree for the Zaporizhzhia and Kherson regions) names the same region as the strike but is a different event. Entry 04 is a video teaser without body (importance 1). Spelling 'Zaporizhia'; toll four, the day's highest. " + D1,
  not_entries=["header and menu", "kicker 'Ukraine war'", "h1 title", "standfirst", "'Last modified on ...' line", "contributor lines (author)", "'Share' labels",
               "video player placeholder in the teaser", "newsletter box", "footer"],
  entries=[
  E("2022-05-25 21:35", "Zaporizhia strike: four dead, 11 injured",
    ["The death toll from Wednesday morning's Russian missile attack on the southern city of Zaporizhia has risen to four, the regional administration said this evening.",
     "Eleven people remain in hospital, two of them in a serious condition."],
    "strikes", "strikes", 3, ZAP, a="Hannah Vosper"),
  E("2022-05-25 18:50", "Explained: why millions of tonnes of grain are stuck in Ukraine",
    ["Before the invasion, most of Ukraine's wheat, maize and sunflower oil left the country by sea from Odesa and nearby ports.",
     "Those ports are now blockaded by the Russian navy and partly mined, and rail routes through Poland and Romania can carry only a fraction of the volume because of different track gauges and crowded border crossings.",
     "Aid agencies warn that countries in North Africa and the Middle East that rely on Ukrainian grain face shortages and higher prices."],
    "other", "humanitarian", 2, "explainer-ukraine-grain-blockade", a="Callum Reddaway", sec=["diplomacy"],
    n="Theme piece (explainer with body): own story, importance 2; same theme as the grain-corridor offer but not the same event: must not merge."),
  E("2022-05-25 16:10", "Kremlin decree offers fast-track passports in occupied south",
    ["Vladimir Putin has signed a decree making it easier for residents of the occupied Kherson and Zaporizhzhia regions to obtain Russian citizenship, extending a scheme used in the separatist-held east since 2019.",
     "Kyiv's foreign ministry called the decree null and void."],
    "other", "politics", 2, "putin-passport-decree-kherson-zaporizhzhia", a="Callum Reddaway", n="Same place as the Zaporizhzhia strike, different event: must not merge."),
  E("2022-05-25 13:25", "Watch: street fighting on the edge of Sievierodonetsk", [], "other", "frontline", 1, SEV, n="Video teaser without body -> importance 1, under the story it shows."),
  E("2022-05-25 11:00", "Czech companies to repair Ukraine's damaged armour",
    ["Ukrainian tanks and armoured vehicles damaged in the fighting will be repaired at Czech plants under an agreement between the two countries' defence ministries, Prague said.",
     "The first vehicles are expected within weeks."],
    "aid", "aid", 2, "czech-repair-ukrainian-armour", a="Hannah Vosper"),
  E("2022-05-25 08:15", "Russia says grain ships can leave if sanctions go",
    ["Moscow would let vessels loaded with Ukrainian grain sail if Western countries lifted restrictions on Russian exports, a senior Russian diplomat said on Wednesday morning.",
     "Andrei Rudenko, a deputy foreign minister, said the world's food problems could only be solved together with Russia."],
    "diplomacy", "diplomacy", 3, GRAIN, a="Hannah Vosper"),
  ]))

SEEDS.append(dict(id="10222", name="10222_glimmerdale-worldrss", ext="xml", source="Glimmerdale World", zone="Australia/Sydney", render=r_glimmer, order="newest-first",
  title="Glimmerdale World | Latest", slugbase=60410,
  notes="Invented outlet. Australian general world-news RSS 2.0 feed, newest first, pubDate +1000 (AEST); escaped HTML paragraphs in <description>; no authors. Four of six items are not about the war (off-beat). Spelling 'Zaporozhye' (Russian form) with the early toll of two. The newest item is dated 26 May in Sydney but is 25 May in UTC. " + D1,
  not_entries=["channel title/link/description/language", "<link>, <guid> and <category> of each item"],
  entries=[
  OFF("2022-05-26 09:20", "Albanese names ministry as Labor closes in on majority",
      ["Prime Minister Anthony Albanese announced his first ministry, with women holding a record 10 cabinet posts, as vote counting suggested Labor would be able to govern in its own right."],
      "albanese-first-ministry", n="Australian politics.", ),
  E("2022-05-26 07:45", "Russia links grain corridor to sanctions relief",
    ["Russia says it could open a safe route for ships carrying Ukrainian grain, but only if the West eases sanctions on Russian exports, a proposal Kyiv rejected as blackmail.",
     "Ukraine's foreign ministry said Moscow had caused the food crisis by blockading its ports."],
    "diplomacy", "diplomacy", 3, GRAIN),
  OFF("2022-05-26 02:30", "China's foreign minister begins Pacific tour in Solomon Islands",
      ["Wang Yi arrived in Honiara for the first stop of a 10-day trip across the Pacific, weeks after Beijing signed a security pact with the Solomon Islands that alarmed Australia and the United States."],
      "wang-yi-pacific-tour", n="China in the Pacific."),
  OFF("2022-05-25 22:10", "WHO says monkeypox outbreak can still be contained",
      ["The World Health Organization said about 200 suspected and confirmed monkeypox cases had been reported in some 20 countries where the virus is not usually found, but that the outbreak could be stopped by quick isolation and contact tracing."],
      "who-monkeypox-containable", n="health."),
  E("2022-05-25 17:05", "Missile strike kills two in Zaporozhye",
    ["At least two people were killed when Russian missiles hit the southern Ukrainian city of Zaporozhye, officials said, as Moscow kept up attacks far from the front line."],
    "strikes", "strikes", 3, ZAP),
  OFF("2022-05-25 12:40", "Floods in India's Assam leave hundreds of thousands displaced",
      ["Floodwaters have swept through more than 20 districts of India's north-eastern Assam state, forcing hundreds of thousands of people into relief camps, officials said."],
      "assam-floods-2022-05", n="India floods."),
  ]))
SEEDS[-1]["entries"][0]["cat"] = "Australia"

SEEDS.append(dict(id="10223", name="10223_brackenfold-article", ext="txt", source="Brackenfold Courier", zone="Europe/Dublin", render=r_textarticle, order="none", curly=True,
  title="Moscow names its price for letting Ukraine's grain sail", first="2022-05-25 20:15",
  top=["BRACKENFOLD COURIER", "World \u203a Europe \u203a Ukraine"], byline="Niamh Carberry, Europe Correspondent", dateline="Wednesday 25 May 2022 20:15",
  lede="Russia has made its first explicit offer to let food shipments leave Ukraine, while its forces pressed on in the east and struck again in the south.",
  bottom=["Share this article", "", "More on Ukraine: Czech plants to repair Ukrainian tanks", "", "\u00a9 Brackenfold Courier 2022"],
  basis="no per-section time; the article dateline 'Wednesday 25 May 2022 20:15' used for every section; no zone printed, Irish time implied by the outlet (IST, UTC+1)",
  notes="Invented outlet (Dublin). Text article with three section heads; one entry per section (headline = the head, stamp null, published = the dateline 'Wednesday 25 May 2022 20:15', no zone printed: Irish Summer Time, UTC+1); page byline Niamh Carberry as author. Spelling 'Zaporizhzhya'; toll 'at least three'. " + D1,
  not_entries=["outlet name and breadcrumb", "title line", "byline and dateline lines", "lede paragraph", "'Share this article'", "'More on Ukraine: ...' link", "copyright line"],
  entries=[
  E("2022-05-25 20:15", "The offer",
    ["Moscow's deputy foreign minister Andrei Rudenko said on Wednesday that Russia would allow a corridor for merchant ships leaving Ukrainian ports if sanctions on Russian banks and exports were lifted.",
     "Western diplomats in Brussels described the offer as an attempt to use hunger as leverage, and Ukraine said it would not trade sanctions for grain."],
    "diplomacy", "diplomacy", 3, GRAIN, a="Niamh Carberry"),
  E("2022-05-25 20:15", "Strike on Zaporizhzhya",
    ["In the south, missiles hit an industrial zone in Zaporizhzhya in the morning, killing at least three people, according to the regional authorities.",
     "The city has become a gathering point for people fleeing occupied areas further south."],
    "strikes", "strikes", 3, ZAP, a="Niamh Carberry"),
  E("2022-05-25 20:15", "Battle for the east",
    ["The fiercest fighting continues around Sievierodonetsk, where the Luhansk governor said Russian forces were attacking from several directions and shelling residential districts day and night.",
     "Military analysts say the fall of the city would leave Lysychansk, across the river, as the last major town in the region under Ukrainian control."],
    "other", "frontline", 3, SEV, a="Niamh Carberry"),
  ]))

# ============================================================ PART B, day 2: 2022-05-26 (UTC) — the day after day 1
D2 = "Day 2 (2022-05-26 UTC): 10230, 10231, 10232, 10233."
KHK = "kharkiv-shelling-2022-05-26"
LYMAN = "lyman-fighting-2022-05-26"

SEEDS.append(dict(id="10230", name="10230_tarnhollow-textlive", ext="txt", source="Tarnhollow Dispatch", zone=KYIV, render=r_tarn, order="oldest-first", curly=True,
  title="Russia's war against Ukraine: live updates", dateline="Thursday, 26 May 2022", uday="2022-05-26",
  lede="Day 92 of Russia's full-scale invasion. Our reporters follow the day from Kyiv and the front line.",
  prev="Read our live updates from Wednesday, 25 May",
  notes="Invented outlet; same layout as 10220 (oldest first, Kyiv time, KEY POINTS listing entries 05 and 06). Entry 04 re-posts day 1's 10220-05 word for word (importance 1; duplicate_of stays null because the original is on another page). Entry 06 continues the day-1 grain-corridor story with a new development (Putin's call with Draghi) and keeps its slug. Entry 07 repeats entry 05 nearly verbatim (duplicate_of 10230-05). Entry 03 (a trial over shelling in the Kharkiv region) is not the Kharkiv shelling story. Forward midnight crossing: entry 08 ('00:55') is 27 May in Kyiv, still 26 May in UTC. Kharkiv toll two -> seven -> nine. " + D2,
  not_entries=["masthead, tagline, menu, Search", "title line", "date line 'Thursday, 26 May 2022'", "'All times are Kyiv time.'", "lede 'Day 92 ...'",
               "KEY POINTS header and its two bullets", "'Reporting by NAME' lines", "share lines", "link to Wednesday's live updates", "membership plug", "footer"],
  entries=[
  E("2022-05-26 08:10", "Russians try to storm Lyman, general staff says",
    ["Russian troops tried to break into the town of Lyman in the Donetsk region overnight after heavy artillery preparation, Ukraine's general staff said in its morning update.",
     "It said fighting was continuing on the town's northern edge."],
    "other", "frontline", 3, LYMAN, a="Taras Vovchuk"),
  E("2022-05-26 11:30", "Shells hit residential areas of Kharkiv",
    ["Russian artillery hit several residential neighbourhoods of Kharkiv late this morning, killing at least two people, regional governor Oleh Syniehubov said.",
     "It is the heaviest shelling of the city in more than a week."],
    "strikes", "strikes", 3, KHK, a="Yulia Hrebenko"),
  E("2022-05-26 13:05", "Two Russian soldiers plead guilty to shelling Kharkiv-region villages",
    ["Two Russian artillerymen admitted in a court in Kotelva, in the Poltava region, that they had fired on villages in the Kharkiv region in the opening days of the invasion.",
     "It is the second war crimes trial held in Ukraine since the start of the war."],
    "other", "humanitarian", 2, "russian-soldiers-trial-kharkiv-shelling", a="Yulia Hrebenko", n="War-crimes trial about earlier shelling in the same region: must not merge with today's Kharkiv shelling."),
  E("2022-05-26 15:45", "Duma votes to scrap age limit for army contract recruits",
    ["Russia's lower house of parliament has passed a bill removing the upper age limit of 40 for people signing their first contract with the armed forces.",
     "The bill's authors said the military needed older specialists such as engineers and medics."],
    "other", "politics", 1, DUMA, a="Taras Vovchuk", n="Re-post of day-1 entry 10220-05 (same headline and body, new time): importance 1; duplicate_of null because the original is on another page."),
  E("2022-05-26 17:20", "Kharkiv toll climbs to seven",
    ["Seven people, including a five-month-old baby, were killed in today's shelling of Kharkiv, and 17 more were wounded, the governor said.",
     "Shells hit a bus stop, a playground and several apartment blocks."],
    "strikes", "strikes", 3, KHK, a="Yulia Hrebenko", kp=True),
  E("2022-05-26 19:40", "Putin to Draghi: grain can move if sanctions are lifted",
    ["In a phone call with Italian Prime Minister Mario Draghi, Vladimir Putin said Russia was ready to help overcome the food crisis by exporting grain and fertiliser, provided that politically motivated restrictions were removed, the Kremlin said.",
     "Draghi's office said the two leaders had discussed ways to unblock Ukrainian ports."],
    "diplomacy", "diplomacy", 3, GRAIN, a="Taras Vovchuk", kp=True, n="Continuation of the day-1 grain-corridor story with a new development (head-of-state call); keeps the day-1 slug."),
  E("2022-05-26 22:05", "Seven now dead in Kharkiv shelling",
    ["Seven people, including a five-month-old baby, were killed in today's shelling of Kharkiv, and 17 more were wounded, the governor said.",
     "Shells hit a bus stop, a playground and several blocks of flats."],
    "strikes", "strikes", 1, KHK, a="Yulia Hrebenko", dup="10230-05", n="Near-verbatim repeat of 10230-05 -> importance 1."),
  E("2022-05-27 00:55", "Kharkiv: nine dead, including a baby",
    ["Thursday's Russian shelling of Kharkiv has now killed nine people, regional officials said shortly after midnight.",
     "Among the dead is a father who was killed together with his infant child."],
    "strikes", "strikes", 3, KHK, a="Yulia Hrebenko"),
  ]))

SEEDS.append(dict(id="10231", name="10231_ostreyvalley-atom", ext="xml", source="Ostrey Valley Journal", zone=KYIV, render=r_ostrey, order="newest-first", curly=True,
  title="Ostrey Valley Journal \u2014 Ukraine",
  notes="Invented outlet. Atom 1.0 feed of a Ukrainian regional outlet, newest first, <published> with +03:00; author per entry; escaped HTML <content>. Entry 02 is the day's theme piece (analysis with body, own story). Entry 05 (rail strike in the Dnipropetrovsk region) is a different attack from the Kharkiv shelling. Kharkiv toll four at midday. " + D2,
  not_entries=["feed title/subtitle/links/id/updated", "<id>, <updated> and <link> of each entry", "<author> names (author field)"],
  entries=[
  E("2022-05-26 21:30", "Ukraine denies Russian claim to have captured Lyman",
    ["Ukraine's defence ministry said its forces were still holding positions in Lyman, rejecting claims by Russian-backed separatists that the town had been taken.",
     "A ministry spokesman acknowledged that Russian troops had entered some districts."],
    "other", "frontline", 3, LYMAN, a="Bohdan Kostiuk"),
  E("2022-05-26 18:00", "Analysis: why the battle for Sievierodonetsk matters to both sides",
    ["For Moscow, Sievierodonetsk is the last large city it needs to complete the capture of the Luhansk region, a goal it can sell at home as a victory.",
     "For Kyiv, every week the city holds costs the Russian army men and shells that it will not have for the next push towards Kramatorsk and Sloviansk.",
     "But the price for the defenders is rising too, and some officers privately question whether the city is worth the losses."],
    "other", "frontline", 2, "analysis-sievierodonetsk-stakes", a="Marta Levytska", n="Theme piece (analysis with body): own story, importance 2."),
  E("2022-05-26 15:20", "Kharkiv shelling: four dead, more wounded",
    ["At least four civilians were killed and a dozen wounded when Russian shells landed in residential parts of Kharkiv in the middle of the day, local authorities said.",
     "Emergency crews put out fires in several apartment buildings."],
    "strikes", "strikes", 3, KHK, a="Bohdan Kostiuk"),
  E("2022-05-26 12:10", "Prosecutors name more suspects in killings near Bucha",
    ["Ukraine's prosecutor general's office said it had identified more Russian servicemen suspected of killing civilians in villages around Bucha during the occupation in March.",
     "Investigators said the men had been identified from intercepted phone calls and witness statements."],
    "other", "humanitarian", 2, "bucha-suspects-named-2022-05-26", a="Marta Levytska"),
  E("2022-05-26 09:05", "Missiles hit rail infrastructure in Dnipropetrovsk region",
    ["Russian missiles struck railway infrastructure in the Dnipropetrovsk region overnight, damaging tracks and a depot, the regional governor said; there were no reports of casualties."],
    "strikes", "strikes", 2, "dnipropetrovsk-rail-strike-2022-05-26", a="Bohdan Kostiuk", n="Different attack from the Kharkiv shelling: must not merge."),
  ]))

SEEDS.append(dict(id="10232", name="10232_sallowmere-htmllive", ext="html", source="Sallowmere Record", zone="America/Toronto", render=r_sallow, order="newest-first",
  title="Live: Russia's invasion of Ukraine", parse_args=["--date", "2022-05-26"],
  lede="Updates from our correspondents and wire services. All times Eastern.",
  notes="Invented outlet (Toronto). HTML live page, newest first, NO YEAR anywhere (parse_args --date 2022-05-26); day heads 'Thursday, May 26' and 'Wednesday, May 25'; each post has a 'Posted by NAME at 3:50 p.m. EDT' line BEFORE the h2; no JSON-LD. Entry 03 is a photo teaser without body (importance 1). Entry 06 is a Wednesday-evening post (explicit day head) that is 26 May in UTC; it is about the Kharkiv metro, not the shelling (must not merge). Kharkiv toll 'at least five'. " + D2,
  not_entries=["header and menu", "h1 title", "dek 'Updates from our correspondents ...'", "day heads", "'Posted by NAME at TIME' lines (author and stamp)", "photo gallery placeholder",
               "'Earlier coverage' link", "footer"],
  entries=[
  E("2022-05-26 15:50", "Putin tells Draghi Russia could ease food crisis \u2014 on conditions",
    ["Russian President Vladimir Putin told Italy's prime minister in a phone call on Thursday that Moscow was prepared to help ease the global food shortage if Western sanctions were lifted, according to a Kremlin readout.",
     "Mario Draghi had urged Putin to allow grain stuck in Ukrainian ports to be shipped."],
    "diplomacy", "diplomacy", 3, GRAIN, a="Genevieve Arsenault", n="Day-2 continuation of the day-1 grain story."),
  E("2022-05-26 13:10", "U.S. weighing long-range rocket launchers for Kyiv, officials say",
    ["The Biden administration is preparing to send Ukraine advanced multiple-launch rocket systems that can hit targets hundreds of kilometres away, according to officials familiar with the discussions.",
     "A decision could come as early as next week."],
    "aid", "aid", 2, "us-weighs-mlrs-for-ukraine", a="Devon Marchetti"),
  E("2022-05-26 11:25", "Photos: Kharkiv residents clear debris after shelling", [], "strikes", "strikes", 1, KHK, a="Record staff", n="Photo teaser without body -> importance 1."),
  E("2022-05-26 09:40", "Russian shelling kills at least five in Kharkiv",
    ["Russian artillery and rocket fire killed at least five people in Kharkiv on Thursday, regional officials said, as Moscow's forces kept up pressure on Ukraine's second-largest city."],
    "strikes", "strikes", 3, KHK, a="Devon Marchetti"),
  E("2022-05-26 07:05", "Ottawa adds oligarchs, defence firms to sanctions list",
    ["Canada has imposed sanctions on more Russian business figures and on several companies that make military equipment, Foreign Affairs Minister Melanie Joly announced.",
     "Ottawa has now sanctioned more than 1,000 individuals and entities over the war."],
    "diplomacy", "diplomacy", 2, "canada-sanctions-2022-05-26", a="Genevieve Arsenault"),
  E("2022-05-25 22:35", "Kharkiv metro trains run again after months as a shelter",
    ["Trains returned to Kharkiv's underground network this week for the first time since the start of the invasion, after thousands of people who had lived on the platforms for three months were moved to other shelters.",
     "The city is offering free rides for now."],
    "other", "humanitarian", 2, "kharkiv-metro-reopens", a="Devon Marchetti", n="Same city as the shelling, different event: must not merge."),
  ]))

SEEDS.append(dict(id="10233", name="10233_glimmerdale-worldrss", ext="xml", source="Glimmerdale World", zone="Australia/Sydney", render=r_glimmer, order="newest-first",
  title="Glimmerdale World | Latest", slugbase=60520,
  notes="Invented outlet; same feed as 10222 on the next day: general world-news RSS 2.0, newest first, pubDate +1000 (AEST), no authors; four of six items off-beat. Spelling 'Kharkov', toll nine. The two newest items are 27 May in Sydney, 26 May in UTC. " + D2,
  not_entries=["channel title/link/description/language", "<link>, <guid> and <category> of each item"],
  entries=[
  E("2022-05-27 07:50", "Nine killed as shells hit Kharkov",
    ["Russian shelling of the north-eastern Ukrainian city of Kharkov killed nine people including a child on Thursday, according to the regional governor."],
    "strikes", "strikes", 3, KHK),
  OFF("2022-05-27 05:15", "China and Russia veto new UN sanctions on North Korea",
      ["China and Russia blocked a US-drafted Security Council resolution that would have tightened sanctions on North Korea over its ballistic missile launches, the first vetoes on the issue since the sanctions regime began in 2006."],
      "unsc-north-korea-sanctions-veto", n="North Korea sanctions; not about the war in Ukraine."),
  E("2022-05-27 01:30", "Putin tells Italy's Draghi food crisis is the West's fault",
    ["Vladimir Putin told Italian Prime Minister Mario Draghi that Western sanctions were to blame for food shortages and that Russia could export more grain and fertiliser if they were lifted, the Kremlin said."],
    "diplomacy", "diplomacy", 3, GRAIN),
  OFF("2022-05-26 21:00", "Japan to reopen to tourist groups from June 10",
      ["Japan will start admitting foreign tourists on guided package tours from June 10, Prime Minister Fumio Kishida said, easing some of the strictest pandemic border rules among rich nations."],
      "japan-reopens-tour-groups", n="travel/pandemic."),
  OFF("2022-05-26 16:40", "Rescuers search for missing after ferry sinks off Sulawesi",
      ["Indonesian rescuers pulled dozens of people from the sea after a passenger ferry sank in bad weather in the Makassar Strait, and searched for others still missing."],
      "sulawesi-ferry-sinking", n="Indonesia accident."),
  OFF("2022-05-26 11:20", "Economists tip another rate rise as wages lag prices",
      ["Australian economists expect the Reserve Bank to raise interest rates again next month after figures showed wage growth falling further behind inflation."],
      "rba-rate-rise-expectations", n="Australian economy."),
  ]))
for _e in SEEDS[-1]["entries"][3:]:
    _e["cat"] = "Asia" if "Japan" in _e["h"] or "Sulawesi" in _e["h"] else "Business"

# ============================================================ PART B, day 3: 2022-12-23 (UTC)
D3 = "Day 3 (2022-12-23 UTC): 10240, 10241, 10242, 10243."
KHE = "kherson-shelling-2022-12-23"
USAID = "us-congress-45bn-ukraine-aid"
NKW = "north-korea-arms-to-wagner-us-claim"
PUT = "putin-wants-war-to-end-remarks"

SEEDS.append(dict(id="10240", name="10240_pennockhill-textlive", ext="txt", source="Pennock Hill Bulletin", zone="Europe/London", render=r_pennock, order="oldest-first", curly=True,
  title="Ukraine war: as it happened on Friday", dateline="Friday 23 December 2022", byline="Rhona Gilfeather",
  lede="Kherson came under heavy fire again, the US Congress cleared a new aid package and Vladimir Putin spoke of ending the war.",
  notes="Invented outlet. British text live page, OLDEST first; headline, body, then 'Posted 06:40 GMT' AFTER the body; one page byline 'Compiled by Rhona Gilfeather' (author of every entry). Entry 06 repeats entry 05 nearly verbatim (duplicate_of 10240-05). Entry 04 (North Korea's denial) is a separate statement from the US claim in entry 01. Spelling 'Zelenskiy' and 'Dniprovskyi'; Kherson toll one -> three. " + D3,
  not_entries=["masthead and menu", "title and date lines", "'Compiled by ...' byline", "lede", "'---' separators", "'Posted HH:MM GMT' lines (stamps)",
               "'This page is no longer being updated.'", "copyright line"],
  entries=[
  E("2022-12-23 06:40", "North Korea sent rockets to Wagner, Washington says",
    ["North Korea has delivered infantry rockets and missiles to the Russian mercenary group Wagner to help its fight in Ukraine, the White House said, releasing what it described as evidence of a rail shipment last month.",
     "National Security Council spokesman John Kirby said the amount was small but that Washington expected more deliveries."],
    "aid", "aid", 3, NKW, n="Arms transfer to a Russian party -> aid."),
  E("2022-12-23 08:15", "Kherson shelled again; one dead",
    ["One person was killed and two wounded when Russian shells hit the Dniprovskyi district of Kherson early on Friday, the regional military administration said.",
     "Kherson has come under almost daily fire since Ukrainian troops retook it in November."],
    "strikes", "strikes", 3, KHE),
  E("2022-12-23 10:05", "Putin says he wants the war to end 'the sooner the better'",
    ["Vladimir Putin told reporters that Russia's aim was not to keep the conflict spinning but to end the war, and that this would happen through diplomacy.",
     "It was a rare occasion on which the Russian president called the conflict a war rather than a special military operation."],
    "diplomacy", "diplomacy", 3, PUT),
  E("2022-12-23 12:30", "Pyongyang calls Wagner arms report 'groundless'",
    ["North Korea's foreign ministry dismissed the American claim that it had supplied weapons to Wagner as a groundless rumour meant to tarnish the country's image, state media reported."],
    "aid", "aid", 2, "north-korea-denies-wagner-arms", n="Separate statement (denial) from the US claim: must not merge."),
  E("2022-12-23 14:20", "Kherson toll rises to three",
    ["Two more people have died after Russian shelling of Kherson, bringing the day's toll to three, regional governor Yaroslav Yanushevych said.",
     "Shells also damaged a maternity ward and a block of flats."],
    "strikes", "strikes", 3, KHE),
  E("2022-12-23 16:45", "Three dead in Kherson shelling",
    ["Two more people have died after Russian shelling of Kherson, bringing the day's toll to three, regional governor Yaroslav Yanushevych said.",
     "Shells also damaged a maternity ward and an apartment block."],
    "strikes", "strikes", 1, KHE, dup="10240-05", n="Near-verbatim repeat of 10240-05 -> importance 1."),
  E("2022-12-23 19:10", "US House approves $45bn for Ukraine in year-end spending bill",
    ["The US House of Representatives passed a $1.7 trillion spending package that includes about $45 billion in emergency assistance for Ukraine and NATO allies, sending it to President Joe Biden to sign.",
     "The vote came two days after Volodymyr Zelenskiy addressed a joint meeting of Congress."],
    "aid", "aid", 3, USAID),
  ]))
for _e in SEEDS[-1]["entries"]:
    _e["a"] = "Rhona Gilfeather"

SEEDS.append(dict(id="10241", name="10241_larkmoor-htmllive", ext="html", source="Larkmoor Ledger", zone="America/New_York", render=r_larkmoor, order="newest-first",
  title="Ukraine live updates: House passes aid package as Kherson is shelled",
  url="https://larkmoor.example/world/ukraine-live-updates-dec-23",
  lede="Follow our coverage of the war in Ukraine as Congress finishes work on the year-end spending bill.",
  notes="Invented outlet. US HTML live blog, newest first; day heads 'Friday, Dec. 23, 2022' and 'Thursday, Dec. 22, 2022'; '1:40 p.m. ET' above each h2 and 'By NAME' below it; JSON-LD @graph whose page node has @type ['NewsArticle','LiveBlogPosting'] and a liveBlogUpdate list with UTC (Z) times. The two Thursday-evening posts (explicit day head) are already 23 December in UTC. Entry 02 is a video teaser without body; entry 06 is the day's theme piece (analysis); entry 04 (Patriot training) is a different US aid item from the spending bill. Spelling 'Dniprovsky'. " + D3,
  not_entries=["header and menu", "h1 title", "dek", "day heads", "'By NAME' lines (author)", "video embed placeholder", "footer"],
  entries=[
  E("2022-12-23 13:40", "House sends $1.7 trillion bill with Ukraine aid to Biden",
    ["The House voted 225 to 201 on Friday to approve a sweeping government funding package that includes roughly $45 billion in military, economic and humanitarian help for Ukraine.",
     "Most Republicans opposed the bill, and some have vowed to look harder at aid to Kyiv once they take control of the chamber in January."],
    "aid", "aid", 3, USAID, a="Curtis Wexford"),
  E("2022-12-23 11:15", "Watch: Kherson residents queue for water after shelling", [], "other", "humanitarian", 1, KHE, n="Video teaser without body -> importance 1, under the story it shows."),
  E("2022-12-23 09:30", "Russian shelling kills three in Kherson, governor says",
    ["At least three civilians were killed Friday when Russian artillery struck residential streets in Kherson's Dniprovsky district, the regional governor said.",
     "The city has been without reliable power or running water for weeks."],
    "strikes", "strikes", 3, KHE, a="Nadia Okafor"),
  E("2022-12-23 07:05", "Pentagon: Ukrainians to train on Patriot in the US",
    ["Ukrainian soldiers will be trained to operate the Patriot air defense system at a base in the United States, a Pentagon spokesman said, with the first group expected as soon as next month.",
     "The training is expected to take several months."],
    "aid", "aid", 2, "patriot-training-in-us", a="Curtis Wexford", n="Same theme as the spending bill (US aid), different event: must not merge."),
  E("2022-12-22 22:20", "White House: North Korea delivered arms to Wagner",
    ["North Korea has shipped rockets and missiles to the Wagner Group, the White House said Thursday, warning that the Russian mercenary force was becoming a rival center of power to Russia's own military.",
     "Officials said Wagner had about 50,000 personnel in Ukraine, many of them recruited from prisons."],
    "aid", "aid", 3, NKW, a="Nadia Okafor"),
  E("2022-12-22 20:10", "Analysis: Ukraine's battered grid faces its hardest weeks",
    ["Two months of Russian missile and drone attacks have left Ukraine's power system running on improvised repairs, with engineers stripping damaged substations for parts to keep others working.",
     "The coming weeks of deep cold will show whether those fixes can hold, and whether Western deliveries of transformers and generators arrive quickly enough."],
    "strikes", "strikes", 2, "analysis-ukraine-grid-winter", a="Leonie Brandt", n="Theme piece (analysis with body): own story, importance 2; not the Kherson shelling."),
  ]))

SEEDS.append(dict(id="10242", name="10242_thistlegate-worldatom", ext="xml", source="Thistlegate World Service", zone="UTC", render=r_thistle, order="newest-first",
  title="Thistlegate World Service \u2014 Top stories",
  notes="Invented outlet. General world-news Atom feed, newest first, <published> in Z (UTC), xhtml content, no authors; four of six entries off-beat (one, about nurses' strikes, uses the word 'strikes' for labour action: still off-beat). Kherson toll five. " + D3,
  not_entries=["feed title/link/id/updated", "<id>, <updated> and <link> of each entry"],
  entries=[
  OFF("2022-12-23 22:30", "Gunman kills three at Kurdish cultural centre in Paris",
      ["A gunman opened fire at a Kurdish cultural centre and a nearby restaurant in central Paris, killing three people and wounding several others before he was arrested, police said."],
      "paris-kurdish-centre-shooting", n="crime in France."),
  E("2022-12-23 21:05", "Kherson counts five dead after day of shelling",
    ["Five people were killed and more than a dozen wounded as Russian forces shelled Kherson throughout Friday, Ukrainian officials said, in one of the deadliest days for the city since its liberation."],
    "strikes", "strikes", 3, KHE),
  E("2022-12-23 18:45", "US Congress clears $45bn Ukraine package",
    ["American lawmakers gave final approval to a spending bill carrying about $45 billion for Ukraine, the largest single tranche of US support since the invasion began, as Republicans prepare to take over the House."],
    "aid", "aid", 3, USAID),
  OFF("2022-12-23 15:20", "Arctic blast brings travel chaos to the United States before Christmas",
      ["A winter storm swept across much of the United States, bringing blizzard conditions to the Great Lakes and dangerously low temperatures as millions of people tried to travel for the holidays."],
      "us-winter-storm-christmas-2022", n="weather."),
  OFF("2022-12-23 11:10", "Chinese cities brace for Covid wave as testing winds down",
      ["Hospitals in several Chinese cities reported a surge of patients with fever as infections spread after the end of mass testing and lockdowns, and pharmacies ran short of cold medicine."],
      "china-covid-wave-december-2022", n="health in China."),
  OFF("2022-12-23 07:40", "Nurses and ambulance crews plan more strikes in new year",
      ["Unions representing nurses and ambulance workers in England said they would announce further walkouts for January after talks with the government over pay made no progress."],
      "uk-health-workers-pay-strikes", n="UK labour dispute; 'strikes' here are walkouts, not attacks."),
  ]))

SEEDS.append(dict(id="10243", name="10243_dunharrow-article", ext="html", source="Dunharrow Report", zone="Europe/Berlin", render=r_dunharrow, order="none", curly=True,
  title="Day 303: Kherson counts its dead as Washington seals new aid", first="2022-12-23 20:25", byline="Jonas Ellerbrock",
  lede="The southern city had one of its worst days since liberation, while in Washington the last vote on a large aid package passed and in Moscow the Kremlin leader talked of an end to the fighting.",
  notes="Invented outlet (Berlin, English). HTML article with three h2 sections; one entry per section (headline = the h2, stamp null, published = the visible 'Updated 23.12.2022, 20:25 CET' = 19:25 UTC); page byline Jonas Ellerbrock as author; NewsArticle JSON-LD with +01:00. Spelling 'Zelensky'; Kherson toll five. " + D3,
  not_entries=["header and menu", "kicker 'War in Ukraine'", "h1 title", "byline/Updated line", "bold lede paragraph", "'Read more: ...' link", "footer"],
  entries=[
  E("2022-12-23 20:25", "Kherson",
    ["By evening the regional authorities put the number of people killed in Kherson on Friday at five, after shells struck homes, a bus stop and the grounds of a hospital.",
     "Residents who stayed after the Russian withdrawal in November say the bombardment from the left bank of the Dnipro has become worse, not better."],
    "strikes", "strikes", 3, KHE, a="Jonas Ellerbrock"),
  E("2022-12-23 20:25", "Washington",
    ["In the US Capitol, the House of Representatives approved the budget package containing some 45 billion dollars for Kyiv, a day after the Senate passed it.",
     "President Volodymyr Zelensky thanked Congress in a message on Telegram."],
    "aid", "aid", 3, USAID, a="Jonas Ellerbrock"),
  E("2022-12-23 20:25", "Moscow",
    ["Vladimir Putin, speaking to journalists after a meeting of the State Council, said Russia wanted the fighting over quickly and that every armed conflict is settled at the negotiating table in the end.",
     "The Kremlin's spokesman later insisted there was no change in Moscow's position."],
    "diplomacy", "diplomacy", 3, PUT, a="Jonas Ellerbrock"),
  ]))


# ============================================================ emit
def main():
    for sub in ("seeds", "gold"):
        os.makedirs(os.path.join(ROOT, sub), exist_ok=True)
        for f in os.listdir(os.path.join(ROOT, sub)):
            os.remove(os.path.join(ROOT, sub, f))
    total = 0
    for S in SEEDS:
        if S.get("curly"):
            for e in S["entries"]:
                e["h"] = curly(e["h"]) if e["h"] else None
                e["p"] = [curly(p) for p in e["p"]]
            for k in ("title", "lede"):
                if isinstance(S.get(k), str):
                    S[k] = curly(S[k])
        text, stamps, bases = S["render"](S)
        fn = f"{S['name']}.{S['ext']}"
        with open(os.path.join(ROOT, "seeds", fn), "w", encoding="utf-8") as fh:
            fh.write(text)
        ents = []
        for i, e in enumerate(S["entries"]):
            d = dt(e["t"], S["zone"]); u = d.astimezone(UTC)
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                         "published_basis": bases[i], "author": e["a"],
                         "first_sentence": first_sentence(e["p"][0]) if e["p"] else None,
                         "body_paragraphs": len(e["p"]),
                         "topic": e["top"], "subtopic": e["sub"], "secondary_topics": e["sec"],
                         "importance": e["imp"], "key_point": e["kp"], "duplicate_of": e["dup"], "story": e["st"],
                         "notes": e["n"]})
        days = {x["published"][:10] for x in ents}
        assert len(days) == 1, (S["id"], days)
        gold = {"seed": fn, "source": S["source"], "page_title": S["title"], "page_timezone": S["zone"]}
        if S.get("parse_args"):
            gold["parse_args"] = S["parse_args"]
        gold.update({"order": S["order"], "notes": S["notes"], "entries": ents, "not_entries": S["not_entries"]})
        with open(os.path.join(ROOT, "gold", S["name"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        total += len(ents)
        print(f"{fn:45s} {len(ents):2d}  {days.pop()}")
    print("total entries:", total)


if __name__ == "__main__":
    main()

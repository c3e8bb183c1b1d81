#!/usr/bin/env python3
"""Builds the eval/di seed pages and their gold files from one hand-written data table (further below).
Every headline and paragraph is the blind tester's own wording (invented or paraphrased, no copied sentences);
Part A imitates the page layouts of five real Minnesota outlets from memory, Part B outlets are invented.
Deterministic. Run from the project root:  python3 eval/di/tools/build.py"""
import html, json, os, re
from datetime import datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", by=None):
    """one entry: local time in the page zone, headline, paragraphs, labels; a = gold author, by = printed credit (if different)."""
    return dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n, by=by)


def OFF(t, h, p, st, a=None, n="", by=None):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, by=by)


def first_sentence(par):
    for m in re.finditer(r'[.!?]["\'\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018]|$)', par):
        head = par[:m.end()]
        if m.end() < len(par) and head.endswith(ABBREV):
            continue
        return head
    return par


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def ent(s):
    """WordPress-style: HTML-escape, then write every non-ASCII character as a numeric entity (&#8217;)."""
    return "".join(c if ord(c) < 128 else f"&#{ord(c)};" for c in esc(s))


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


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:60]


# ================================================================ Part A renderers (layouts of real outlets, from memory)

def r_sctimes(S):
    """St. Cloud Times (sctimes.com, Gannett / USA TODAY Network) live blog, HTML. Newest first; each post: h2 headline, then
    author + 'USA TODAY' + full stamp 'Dec. 24, 2025, 4:52 p.m. CT'; page line 'Published ... | Updated ...'.
    JSON-LD: LiveBlogPosting with one BlogPosting per update (per-update headline, datePublished, author)."""
    z = S["zone"]; order_check(S, True)
    pub = dt(S["published"], z); last = dt(S["entries"][0]["t"], z)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{40871 - i}", "headline": e["h"], "datePublished": d.isoformat(),
             "author": {"@type": "Person", "name": e["a"]}}
        if e["p"]:
            u["articleBody"] = " ".join(e["p"])
        ups.append(u)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": S["title"], "url": S["url"],
          "datePublished": pub.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": pub.isoformat(),
          "author": [{"@type": "Person", "name": n} for n in S["authors"]],
          "publisher": {"@type": "NewsMediaOrganization", "name": "St. Cloud Times", "url": "https://www.sctimes.com"},
          "liveBlogUpdate": ups}
    pl = f"Published {ampm(pub, space=' ', dots=True)} CT {AP_MONTHS[pub.month - 1]} {pub.day}, {pub.year}"
    ul = f"Updated {ampm(last, space=' ', dots=True)} CT {AP_MONTHS[last.month - 1]} {last.day}, {last.year}"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<meta property="og:site_name" content="St. Cloud Times">', f'<link rel="canonical" href="{S["url"]}">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head>',
           '<body class="gnt_pr">',
           '<div class="gnt_tb"><a href="/search/">Search</a></div>',
           '<header class="gnt_n"><a class="gnt_n_logo" href="/" aria-label="St. Cloud Times logo">St. Cloud Times</a>'
           '<nav class="gnt_n_mn"><a href="/news/">News</a><a href="/sports/">Sports</a><a href="/sports/college/scsu/">Huskies</a>'
           '<a href="/things-to-do/">Things to Do</a><a href="/opinion/">Opinion</a>'
           '<a href="https://www.legacy.com/us/obituaries/sctimes/">Obituaries</a><a href="https://sctimes.e-edition.digital/">eNewspaper</a>'
           '<a href="/legal-notices/">Legals</a></nav>'
           '<a class="gnt_n_us" href="/subscribe/">Subscribe</a> <a class="gnt_n_us" href="/login/">Sign In</a></header>',
           '<main class="gnt_cw"><article class="gnt_pr">',
           '<div class="gnt_ar_lbl"><a href="/news/world/">WORLD</a></div>',
           f'<h1 class="gnt_ar_hl">{esc(S["title"])}</h1>',
           '<div class="gnt_ar_by">' + " ".join(f'<a class="gnt_ar_by_a" href="/staff/{i + 5520}/">{esc(n)}</a>' for i, n in enumerate(S["authors"]))
           + '<div class="gnt_ar_by_o">USA TODAY NETWORK</div></div>',
           f'<div class="gnt_ar_dt" aria-label="{pl} | {ul}">{pl} | {ul}</div>',
           '<div class="gnt_ss"><button>Facebook</button> <button>Email</button> <button>X</button> <button>Share</button></div>',
           f'<p class="gnt_ar_b_p">{esc(S["lede"])}</p>', '<div class="gnt_lb">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{AP_MONTHS[d.month - 1]} {d.day}, {d.year}, {ampm(d, space=' ', dots=True)} CT"; stamps.append(st)
        out.append(f'<article class="gnt_lb_p" id="post-{40871 - i}"><h2 class="gnt_lb_hl">{esc(e["h"])}</h2>')
        out.append(f'<div class="gnt_lb_meta"><span class="gnt_lb_au">{esc(e["a"])}</span> <span class="gnt_lb_org">USA TODAY</span></div>'
                   f'<div class="gnt_lb_ts"><time datetime="{d.isoformat()}">{st}</time></div>')
        if e["p"]:
            out += [f'<p class="gnt_lb_b_p">{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<figure class="gnt_em_vp"><div class="gnt_em_vp_c">Video player: 0:58</div></figure>')
        out.append('</article>')
        if i == 2:
            out.append('<aside class="gnt_nl"><p>Stay on top of the news that matters in Central Minnesota.</p>'
                       '<p>Sign up for the St. Cloud Times Daily Briefing newsletter.</p>'
                       '<input type="email" placeholder="Enter email address"> <button>Sign Up</button></aside>')
    out += ['</div>', f'<p class="gnt_ar_b_p"><em>{esc(S["contrib"])}</em></p>', '</article>',
            '<aside class="gnt_rr"><h3>Most Popular</h3><ul>'
            '<li><a href="/story/news/local/2025/12/23/st-cloud-snow-emergency-parking/">Snow emergency parking rules take effect in St. Cloud</a></li>'
            '<li><a href="/story/sports/college/2025/12/23/huskies-hockey-holiday-tournament/">Huskies head to holiday hockey tournament</a></li></ul></aside></main>',
            '<footer class="gnt_f"><a href="/about/">About Us</a> <a href="/newsletters/">Newsletters</a> <a href="/help/">Help Center</a> '
            '<a href="/privacy/">Privacy Policy</a> <a href="/terms/">Terms of Service</a> <a href="/privacy-choices/">Your Privacy Choices</a>'
            '<p>\u00a9 2025 www.sctimes.com. All rights reserved.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_forum_list(S):
    """Brainerd Dispatch (Forum Communications) 'World' topic page, text scrape. Cards newest first: headline, summary,
    then the credit 'By Associated Press' and the stamp 'December 25, 2025 at 3:14 PM' AFTER the summary (no zone printed)."""
    z = S["zone"]; order_check(S, True)
    L = ["Skip to main content", "", "Brainerd Dispatch", "Subscribe", "Login", "",
         "News   Sports   Lakes Area Life   Outdoors   Opinion   Obituaries   Business   E-Edition   Classifieds   Jobs", "",
         "Advertisement", "", S["title"], S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{MONTHS[d.month - 1]} {d.day}, {d.year} at {ampm(d, space=' ', upper=True)}"; stamps.append(st)
        L += [e["h"], ""] + ptxt(e["p"]) + [f"By {e['by'] or e['a']}", st, ""]
        if i == 2:
            L += ["Get Local news delivered to your inbox!", "Sign up", "", "Advertisement", ""]
    L += ["Load More", "", "Trending", "Crow Wing County board sets 2026 levy", "Ice conditions vary on area lakes, DNR warns", "",
          "\u00a9 2025 Forum Communications Company", "Terms of Service | Privacy Policy | Do Not Sell My Information",
          "We are part of The Trust Project."]
    return "\n".join(L) + "\n", stamps


def r_forum_article(S):
    """West Central Tribune (wctrib.com, Forum Communications) article with rolling updates, HTML + NewsArticle JSON-LD.
    Oldest first; each update is a bare 'h:mm a.m.' line ABOVE an h3 headline; the date appears only in the page's
    'Published ... / Updated ...' lines (no zone printed); one page byline."""
    z = S["zone"]; order_check(S, False)
    pub = dt(S["published"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "url": S["url"],
          "datePublished": pub.isoformat(), "dateModified": last.isoformat(),
          "author": [{"@type": "Organization", "name": S["byline"]}],
          "publisher": {"@type": "Organization", "name": "West Central Tribune", "logo": {"@type": "ImageObject", "url": "https://www.wctrib.com/images/wct-logo.png"}},
          "articleSection": "World", "isAccessibleForFree": True}
    fmt = lambda d: f"{MONTHS[d.month - 1]} {d.day}, {d.year} at {ampm(d, space=' ', upper=True)}"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - West Central Tribune</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="site-header"><a class="logo" href="/">West Central Tribune</a> <span class="tag">Willmar, Minnesota</span>'
           '<nav><a href="/news">News</a> <a href="/sports">Sports</a> <a href="/opinion">Opinion</a> <a href="/lifestyle">Lifestyle</a> '
           '<a href="/obituaries">Obituaries</a> <a href="/e-edition">E-Edition</a> <a href="/classifieds">Classifieds</a></nav>'
           '<a href="/subscribe">Subscribe</a> <a href="/login">Login</a></header>',
           '<main><article><p class="topic"><a href="/news/world">World</a></p>', f'<h1>{esc(S["title"])}</h1>',
           f'<p class="summary">{esc(S["lede"])}</p>',
           f'<div class="byline">By {esc(S["byline"])}</div>',
           f'<div class="dates"><span>Published {fmt(pub)}</span> <span>Updated {fmt(last)}</span></div>',
           '<div class="share"><a>Share</a> <a>Facebook</a> <a>X</a> <a>Email</a></div>',
           f'<figure><figcaption>{esc(S["caption"])}</figcaption></figure>',
           f'<p>{esc(S["intro"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, space=" ", dots=True); stamps.append(st)
        out.append(f'<div class="update"><p class="update-time"><strong>{st}</strong></p><h3>{esc(e["h"])}</h3>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('</div>')
        if i == 2:
            out.append('<div class="inline-nl">Get Local news delivered to your inbox! <a>Sign up</a></div>')
    out += ['<p class="trust">We are part of The Trust Project. <a>What is The Trust Project?</a></p>',
            '<section class="read-next"><h2>What To Read Next</h2>'
            '<a href="/news/local/kandiyohi-county-plow-crews">Kandiyohi County plow crews work through holiday snow</a>'
            '<a href="/sports/prep/willmar-cardinals-holiday-tournament">Cardinals open holiday tournament with win</a>'
            '<a href="/news/minnesota/propane-prices-winter">Propane prices stay steady as cold settles in</a></section>',
            '</article></main><footer>\u00a9 2025 Forum Communications Company \u00b7 Terms of Service \u00b7 Privacy Policy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_wp_rss(S):
    """Austin Daily Herald (WordPress, Boone Newspapers) site-wide RSS 2.0: pubDate in +0000, dc:creator in CDATA, category,
    excerpt description '[&#8230;]' and content:encoded, both ending with the 'The post ... appeared first on ...' line;
    titles and text with numeric entities for curly quotes (wptexturize)."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"',
           '\txmlns:content="http://purl.org/rss/1.0/modules/content/"', '\txmlns:wfw="http://wellformedweb.org/CommentAPI/"',
           '\txmlns:dc="http://purl.org/dc/elements/1.1/"', '\txmlns:atom="http://www.w3.org/2005/Atom"',
           '\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"', '\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"', '\t>', '',
           '<channel>', f'\t<title>{ent(S["title"])}</title>', f'\t<atom:link href="{S["url"]}/feed/" rel="self" type="application/rss+xml" />',
           f'\t<link>{S["url"]}</link>', f'\t<description>{ent(S["lede"])}</description>',
           f'\t<lastBuildDate>{last.strftime("%a, %d %b %Y %H:%M:%S %z")}</lastBuildDate>', '\t<language>en-US</language>',
           '\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>', '\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>',
           '\t<generator>https://wordpress.org/?v=6.8.3</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%a, %d %b %Y %H:%M:%S %z"); stamps.append(st)
        link = f"{S['url']}/{d.year}/{d.month:02d}/{d.day:02d}/{slug(e['h'])}/"
        words = " ".join(e["p"]).split()
        excerpt = ent(" ".join(words[:55])) + (" [&#8230;]" if len(words) > 55 else "")
        post = f'<p>The post <a href="{link}">{ent(e["h"])}</a> appeared first on <a href="{S["url"]}">{ent(S["title"])}</a>.</p>'
        out += ['\t<item>', f'\t\t<title>{ent(e["h"])}</title>', f'\t\t<link>{link}</link>',
                f'\t\t<dc:creator><![CDATA[{e["a"]}]]></dc:creator>', f'\t\t<pubDate>{st}</pubDate>']
        out += [f'\t\t<category><![CDATA[{c}]]></category>' for c in e["cats"]]
        out += [f'\t\t<guid isPermaLink="false">{S["url"]}/?p={514233 - i * 37}</guid>',
                f'\t\t<description><![CDATA[<p>{excerpt}</p>\n{post}\n]]></description>',
                '\t\t<content:encoded><![CDATA[' + "\n".join(f"<p>{ent(p)}</p>" for p in e["p"]) + f"\n{post}\n]]></content:encoded>",
                f'\t\t<wfw:commentRss>{link}feed/</wfw:commentRss>', '\t\t<slash:comments>0</slash:comments>', '\t</item>']
    out += ['\t</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_blox_section(S):
    """Winona Daily News (Lee Enterprises, TownNews BLOX) 'Nation & World' section front, text scrape. Cards newest first:
    headline, 'By NAME Associated Press', relative stamp ('25 min ago', '2 hrs ago'), summary. The header prints the capture
    clock 'Wednesday, December 31, 2025 4:40 pm' (no zone; Winona = Central)."""
    z = S["zone"]; order_check(S, True); ref = dt(S["ref"], z)
    L = ["Skip to main content", "Site search", "Search", "", "Winona Daily News",
         f"{DAYS_EN[ref.weekday()]}, {MONTHS[ref.month - 1]} {ref.day}, {ref.year} {ampm(ref, space=' ')}", "",
         "Winona, MN (55987)", "Today", S["weather"], "", "Subscribe for $1", "Log In", "e-Edition", "",
         "News   Sports   Obituaries   Opinion   Life & Entertainment   Weather   Marketplace   Jobs   e-Edition", "",
         S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        if mins < 60:
            st = f"{mins} min ago"
        else:
            assert mins % 60 == 0, e["t"]
            st = "1 hr ago" if mins == 60 else f"{mins // 60} hrs ago"
        stamps.append(st)
        L += [e["h"], f"By {e['by'] or e['a']} Associated Press", st, ""] + ptxt(e["p"])
        if i == 2:
            L += ["Daily Headlines", "Sign up to get the latest news delivered to your inbox every morning.", "Sign up!", ""]
    L += ["Load more", "", "Most Popular", "Winona County approves snowplow contract", "Winona State women win holiday classic", "",
          "\u00a9 2025 Winona Daily News", "Powered by BLOX Content Management System from TownNews.com.", "Terms of Use | Privacy Policy"]
    return "\n".join(L) + "\n", stamps


# ================================================================ Part B renderers (invented outlets)

def r_gorsedene(S):
    """text live, newest first; Key Points block; one line per post 'HH:MM GMT | headline'; 'Posted by NAME' after the body."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"], "Home \u00b7 UK \u00b7 World \u00b7 Money \u00b7 Sport \u00b7 Live", "", S["title"], S["dateline"], "", S["lede"], "",
         "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Updates", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} GMT"; stamps.append(st)
        L += [f"{st} | {e['h']}", ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"Posted by {e['a']}", ""]
        if i == 2:
            L += ["Get the Courier\u2019s morning briefing \u2013 sign up here", ""]
    L += ["Show older updates", "", f"\u00a9 {S['source']} 2025 \u00b7 About \u00b7 Corrections \u00b7 Privacy notice"]
    return "\n".join(L) + "\n", stamps


def r_kestrelmoor(S):
    """HTML live, oldest first; LiveBlogPosting JSON-LD with per-update datePublished; visible '09:40' in <time datetime>;
    byline span under the h2."""
    z = S["zone"]; order_check(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#p{i + 1}", "headline": e["h"], "datePublished": d.isoformat(),
             "dateModified": d.isoformat(), "articleBody": "\n\n".join(e["p"])}
        if e["a"]:
            u["author"] = [{"@type": "Person", "name": e["a"]}]
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "coverageEndTime": last.replace(hour=23, minute=59).isoformat(),
          "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2014 {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<div class="cookie">This site uses cookies. <button>Accept</button></div>',
           f'<header><a class="logo" href="/">{esc(S["source"])}</a><nav><a href="/war">War</a> <a href="/politics">Politics</a> '
           '<a href="/business">Business</a> <a href="/regions">Regions</a> <a href="/donate">Support our newsroom</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="intro">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="post" id="p{i + 1}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<span class="byline">By {esc(e["a"])}</span>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<div class="post-tools"><a>Share</a> <a>Copy link</a></div></article>')
        if i == 3:
            out.append('<aside class="also"><h3>Also read</h3><a href="/war/kyiv-heat-map">Where Kyiv still has no heat: a district-by-district map</a></aside>')
    out += ['</main>', f'<footer>{esc(S["source"])} \u00b7 Editorial policy \u00b7 Contacts \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_rss(S):
    """RSS 2.0, newest first: pubDate with the outlet's offset (S['rfc'] = 'GMT' or 'num'), escaped-HTML description;
    dc:creator only when the entry has an author."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
           '<channel>', f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>',
           f'<atom:link href="{S["url"]}/rss.xml" rel="self" type="application/rss+xml"/>', '<language>en-gb</language>',
           f'<copyright>\u00a9 2025 {esc(S["source"])}</copyright>', '<ttl>15</ttl>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if S["rfc"] == "GMT" else d.strftime("%z")); stamps.append(st)
        link = f'{S["url"]}/{e.get("cat", "world").lower()}/{slug(e["h"])}-{i + 3307}'
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="true">{link}</guid>',
                f'<pubDate>{st}</pubDate>', f'<category>{e.get("cat", "World")}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description>' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_article_txt(S):
    """text article with section headings (one entry per section); page byline and dateline with time and zone; no per-section stamp."""
    L = [S["source"].upper(), "Politics | Europe | World | Economy | Culture", "", S["kicker"], S["title"], "", S["lede"], "",
         f"By {S['byline']}", S["dateline"], "", "Listen to this article \u00b7 6 min", ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 1:
            L += ["Advertisement", ""]
    L += [S["more"], "", "Related", S["related"], "", f"\u00a9 {S['source']} 2025 \u00b7 Imprint \u00b7 Privacy"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_atom(S):
    """Atom 1.0, newest first; <published> ISO with the outlet's offset (Z for UTC); escaped HTML content; optional author."""
    z = S["zone"]; order_check(S, True)
    iso = lambda d: d.isoformat().replace("+00:00", "Z")
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link rel="alternate" href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/atom.xml"/>',
           f'<id>tag:{S["url"].split("//")[1]},2025:feed</id>', f'<updated>{iso(dt(S["entries"][0]["t"], z))}</updated>',
           f'<rights>\u00a9 2025 {esc(S["source"])}</rights>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        out += ['<entry>', f'<title type="text">{esc(e["h"])}</title>', f'<link rel="alternate" href="{S["url"]}/a/{i + 70412}"/>',
                f'<id>tag:{S["url"].split("//")[1]},2025:{i + 70412}</id>', f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        if e.get("cat"):
            out.append(f'<category term="{e["cat"]}"/>')
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_wendlestow(S):
    """text live, oldest first; '7:05 a.m. ET' line before each headline; dateline with year; generic desk byline (no person)."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "News  \u00b7  World  \u00b7  Politics  \u00b7  Business  \u00b7  Opinion", "", "LIVE UPDATES", S["title"], S["dateline"],
         S["byline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, space=' ', dots=True)} ET"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["ADVERTISEMENT", ""]
        if i == 4:
            L += [f"Related: {S['related']}", ""]
    L += ["This live coverage has ended. Continue following the news on our World page.", "", f"{S['source']} \u00b7 Terms \u00b7 Privacy \u00b7 Contact"]
    return "\n".join(L) + "\n", stamps


def r_haverbrook(S):
    """HTML live, newest first, no JSON-LD; bare '17:50' span above the h2, printed note 'All times CET'; author below the h2;
    'Photos:' gallery teaser without text."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title></head><body>',
           '<div id="consent">We use cookies to improve your experience. <button>Agree</button> <button>Manage</button></div>',
           f'<header><strong>{S["source"]}</strong> <nav><a>Home</a> <a>Poland</a> <a>Ukraine</a> <a>Europe</a> <a>Opinion</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="meta">{esc(S["dateline"])} \u00b7 {esc(S["tznote"])}</p>', f'<p class="lead">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<section class="entry"><span class="entry-time">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="entry-author">{esc(e["a"])}</p>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery">[Gallery: 12 photos]</div>')
        out.append('</section>')
        if i == 2:
            out.append('<aside><h3>Read more</h3><a href="/ukraine/what-the-security-guarantees-would-mean">What US security guarantees could look like</a></aside>')
    out += ['<p class="prev"><a href="/live/ukraine-2812">Sunday\u2019s live blog</a></p></main>',
            f'<footer>{S["source"]} \u00b7 About us \u00b7 Advertising \u00b7 Privacy policy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_cragsmere(S):
    """text live, oldest first; date line with weekday and day but NO year; bare '08:05' line before the headline; page byline."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"].upper(), "Live  |  War  |  Economy  |  Regions  |  Opinion", "", S["title"], S["dateline"], S["byline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["Support independent reporting from Ukraine \u2013 become a member.", ""]
    L += ["That\u2019s all for today. We\u2019ll be back tomorrow morning.", "", f"{S['source']} \u00b7 Team \u00b7 Contact \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_harrowfell(S):
    """HTML live, newest first; Guardian-style JSON-LD: one LiveBlogPosting whose liveBlogUpdate BlogPostings carry the PAGE's
    headline and datePublished (so JSON-LD gives no per-entry time or headline) and a cut articleBody; visible '2.32pm' in
    <time datetime>; signature after the body."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ups = [{"@type": "BlogPosting", "@id": f"{S['url']}#block-{7001 + i}", "headline": S["title"], "datePublished": first.isoformat(),
            "dateModified": last.isoformat(), "articleBody": (" ".join(e["p"]))[:120]} for i, e in enumerate(S["entries"])]
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
          "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "coverageEndTime": last.isoformat(),
          "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en-IE"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header>{S["source"]} <nav><a>News</a> <a>Ireland</a> <a>World</a> <a>Business</a> <a>Sport</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="date">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, sep="."); stamps.append(st)
        out.append(f'<div class="block" id="block-{7001 + i}"><time datetime="{d.isoformat()}">{st}</time><h3>{esc(e["h"])}</h3>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="sig">\u2013 {esc(e["a"])}</p>')
        out.append('</div>')
        if i == 1:
            out.append('<div class="promo">Sign up for the Harrowfell Journal world news bulletin</div>')
    out += ['</main>', f'<footer>{S["source"]} \u00b7 Contact \u00b7 Privacy \u00b7 Cookie settings</footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ================================================================ PART A: five real outlets' layouts (own words)
SEEDS = []

# ---------------------------------------------------------------- 11400 St. Cloud Times
SEEDS.append(dict(
  id="11400", name="11400_sctimes-live", ext="html", source="St. Cloud Times", zone="America/Chicago", render=r_sctimes,
  title="Russia-Ukraine war live updates: Zelenskyy outlines 20-point peace draft as Kremlin weighs reply",
  url="https://www.sctimes.com/story/news/world/2025/12/24/russia-ukraine-war-live-updates-peace-draft/87412093007/",
  published="2025-12-24 05:40", authors=["Dana Whitcombe", "Eli Marsten", "Priya Kandel"],
  lede="Follow along on Christmas Eve for the latest on the war in Ukraine as Kyiv and Washington keep revising the text of a possible settlement.",
  contrib="Contributing: Reuters; The Associated Press",
  basis="post stamp '{s}' (full date and Central time, 'CT' printed; CST = UTC-6); local {d} in {z}",
  notes="Imitates a USA TODAY Network (Gannett) live blog as run by the St. Cloud Times. Newest first. Each post: h2 headline, author + 'USA TODAY' label, then a full stamp 'Dec. 24, 2025, 4:52 p.m. CT' in <time datetime>, then the body. Page line 'Published 5:40 a.m. CT Dec. 24, 2025 | Updated 4:52 p.m. CT Dec. 24, 2025'. JSON-LD LiveBlogPosting carries one BlogPosting per post (headline, datePublished with -06:00, author, articleBody; none for the video post). 11400-02 is a 'Watch:' video teaser with no text (video player placeholder). Per-post authors. CST = UTC-6, so all posts fall on 2025-12-24 in UTC.",
  not_entries=["search link, header logo and navigation (News, Sports, Huskies, ...), Subscribe / Sign In", "section label 'WORLD'",
               "page headline (page title)", "page byline list (three names + 'USA TODAY NETWORK')", "'Published ... | Updated ...' line",
               "share buttons", "intro paragraph 'Follow along on Christmas Eve ...' (page lede)",
               "'USA TODAY' affiliation label in each post's meta line", "video player placeholder 'Video player: 0:58' in the teaser post",
               "newsletter sign-up box after the third post", "'Contributing: Reuters; The Associated Press' credit line",
               "'Most Popular' rail with two local links", "footer links and copyright line"],
  entries=[
  E("2025-12-24 16:52", "Kremlin says Putin has been briefed on U.S. ideas from Miami talks",
    ["Kremlin spokesman Dmitry Peskov said Wednesday that President Vladimir Putin had received a report from his envoy Kirill Dmitriev on last weekend's meetings with U.S. officials in Florida and that Moscow would shape its position after studying it.",
     "Peskov declined to say whether Russia would accept any part of the draft that Ukraine and the United States have been revising, telling reporters that public commentary would not help the process."],
    "diplomacy", "diplomacy", 2, "kremlin-briefed-on-miami-talks-2025-12-24", a="Eli Marsten"),
  E("2025-12-24 14:31", "Watch: Zelenskyy walks reporters through the peace draft", [],
    "diplomacy", "diplomacy", 1, "zelenskyy-20-point-peace-framework-2025-12-24", a="Priya Kandel", n="video teaser, no text body"),
  E("2025-12-24 12:10", "Zelenskyy lays out 20-point framework, says land question is still open",
    ["Ukrainian President Volodymyr Zelenskyy on Wednesday described the main points of a 20-point framework that his negotiators have been refining with U.S. envoys, saying the hardest issue, control of territory in the eastern Donetsk region, has not been settled.",
     "According to Zelenskyy's account, the draft would cap Ukraine's peacetime army at 800,000 troops and include security guarantees from the United States and European partners modeled on NATO's mutual-defense clause.",
     "He said any deal that changed the country's borders would have to be put to Ukrainians, possibly in a referendum, and that Moscow had not yet answered the latest version."],
    "diplomacy", "diplomacy", 3, "zelenskyy-20-point-peace-framework-2025-12-24", a="Priya Kandel"),
  E("2025-12-24 10:05", "Power returns to most homes after Tuesday's strikes, grid operator says",
    ["Ukraine's national grid operator said Wednesday that repair crews had restored electricity to most households cut off by Russia's large attack on energy facilities a day earlier, though scheduled outages would continue in several regions.",
     "The operator said power plants in the west and center of the country were among the sites hit and warned that the system remained fragile heading into a cold spell."],
    "other", "humanitarian", 2, "ukraine-power-restored-after-strikes-2025-12-24", a="Eli Marsten", sec=["strikes"]),
  E("2025-12-24 08:20", "Russian drone hits apartment block in Kharkiv, injuring six",
    ["A Russian drone struck the upper floors of a residential building in Kharkiv early Wednesday, injuring six people including a teenager, Mayor Ihor Terekhov said.",
     "Photos shared by emergency services showed firefighters on ladders battling flames on the ninth floor. Terekhov said none of the injuries was life-threatening."],
    "strikes", "strikes", 2, "kharkiv-drone-apartment-block-2025-12-24", a="Dana Whitcombe"),
  E("2025-12-24 06:45", "Russia says its forces took a village near Huliaipole",
    ["Russia's Defense Ministry claimed Wednesday that its troops had captured a village on the approaches to Huliaipole in southeastern Ukraine's Zaporizhzhia region.",
     "Ukraine's General Staff did not address the claim directly but reported 19 Russian assaults in the area over the previous day. The claim could not be independently verified."],
    "other", "frontline", 2, "russia-claims-village-near-huliaipole-2025-12-24", a="Dana Whitcombe"),
  E("2025-12-24 05:48", "Senators say Russia sanctions bill could get a vote in January",
    ["A bipartisan group of senators pushing tougher sanctions on Russia said Wednesday they expect the measure to reach the Senate floor in January if peace talks stall.",
     "The bill would allow steep tariffs on countries that keep buying Russian oil. The White House has said it wants flexibility while negotiations continue."],
    "diplomacy", "diplomacy", 2, "us-senate-russia-sanctions-bill-2025-12", a="Dana Whitcombe"),
  ]))

# ---------------------------------------------------------------- 11401 Brainerd Dispatch
SEEDS.append(dict(
  id="11401", name="11401_brainerddispatch-world", ext="txt", source="Brainerd Dispatch", zone="America/Chicago", render=r_forum_list,
  title="World", lede="News from around the globe from The Associated Press and Forum News Service.",
  basis="card stamp '{s}' printed after the summary and credit (12-hour clock with upper-case PM/AM, no zone printed; Brainerd = Central, CST = UTC-6); local {d} in {z}",
  notes="Imitates the 'World' topic page of a Forum Communications site (Brainerd Dispatch) as copied from the browser. Cards newest first: headline, summary paragraph(s), then the credit 'By Associated Press' (or 'By Forum News Service') and the stamp 'December 25, 2025 at 3:14 PM' BELOW the summary, so each stamp closes its own card. No zone printed: the outlet's home zone (America/Chicago, CST = UTC-6) is used. Author = the credit as printed after 'By'. Two off-beat items (holiday weather, Bethlehem).",
  not_entries=["'Skip to main content', masthead, Subscribe / Login, navigation menu", "'Advertisement' markers",
               "topic heading 'World' (page title) and its one-line description", "newsletter box 'Get Local news delivered to your inbox!' / 'Sign up'",
               "'Load More'", "'Trending' list with two local headlines", "copyright, terms and Trust Project lines"],
  entries=[
  E("2025-12-25 15:14", "Pope Leo urges direct talks to end war in Ukraine in Christmas message",
    ["Pope Leo XIV used his first Christmas blessing from the balcony of St. Peter's Basilica on Thursday to call for sincere and direct dialogue between Russia and Ukraine, asking leaders to find the courage to stop the fighting.",
     "Speaking to a crowd that filled the square despite rain, the pontiff also mentioned suffering in Sudan, Gaza and Myanmar."],
    "diplomacy", "diplomacy", 2, "pope-leo-christmas-appeal-2025-12-25", a="Associated Press"),
  OFF("2025-12-25 13:40", "Snow and freezing rain slow holiday travel across the Upper Midwest",
    ["A band of snow and freezing rain made roads slick across much of Minnesota and the Dakotas on Christmas Day, and forecasters urged travelers heading home Friday to allow extra time.",
     "The state Department of Transportation reported several spinouts on Interstate 94 but no serious crashes by early afternoon."],
    "upper-midwest-holiday-storm-2025-12-25", a="Forum News Service", n="regional weather"),
  E("2025-12-25 11:25", "Russian drones strike Odesa region on Christmas morning, killing one",
    ["A Russian drone attack on the Odesa region early Thursday killed one man and damaged a church, a school and several homes, regional Gov. Oleh Kiper said.",
     "Ukraine's air force said it brought down 77 of the 96 drones launched overnight, most of them aimed at the south of the country."],
    "strikes", "strikes", 3, "odesa-region-christmas-drone-strike-2025-12-25", a="Associated Press", n="deadly strike"),
  E("2025-12-25 09:50", "Ukrainians mark Christmas under air-raid sirens",
    ["Ukrainians filled churches for Christmas services on Thursday, the third year the country has marked the holiday on Dec. 25 rather than in January, a change made to break with Moscow's church calendar.",
     "In Kyiv, some congregations moved their services into basements and metro stations after air-raid alerts sounded in the morning."],
    "other", "humanitarian", 2, "ukraine-christmas-under-sirens-2025-12-25", a="Associated Press"),
  E("2025-12-25 08:05", "Kremlin says no holiday truce has been agreed",
    ["The Kremlin said Thursday that no Christmas ceasefire had been discussed with Ukraine and that contacts with Washington over a possible settlement would continue through envoys after the holidays."],
    "diplomacy", "diplomacy", 2, "kremlin-no-christmas-truce-2025-12-25", a="Associated Press"),
  OFF("2025-12-25 06:30", "Bethlehem holds full Christmas celebrations for first time in three years",
    ["Crowds returned to Manger Square in Bethlehem on Christmas Eve as the West Bank town held its traditional parade and tree lighting after two years in which festivities were scaled back because of the war in Gaza."],
    "bethlehem-christmas-celebrations-2025", a="Associated Press", n="Middle East / holiday"),
  ]))

# ---------------------------------------------------------------- 11402 West Central Tribune
SEEDS.append(dict(
  id="11402", name="11402_wctrib-latest", ext="html", source="West Central Tribune", zone="America/Chicago", render=r_forum_article,
  title="The latest: Zelenskyy says he will meet Trump in Florida as work on peace framework continues",
  url="https://www.wctrib.com/news/world/the-latest-zelenskyy-says-he-will-meet-trump-in-florida",
  published="2025-12-26 06:02", byline="Associated Press",
  lede="Updates through the day on Russia's war in Ukraine and the talks on ending it.",
  caption="A man walks past a building damaged in an earlier drone attack in Odesa, Ukraine. (Associated Press file photo)",
  intro="Here is the latest on the war in Ukraine, updated throughout Friday. All times are local Central time.",
  basis="bare update time '{s}' (no zone in the stamp; the intro says 'All times are local Central time'; CST = UTC-6) on the page date 'Published December 26, 2025 at 6:02 AM'; local {d} in {z}",
  notes="Imitates a Forum Communications article page (West Central Tribune, Willmar) carrying a rolling AP 'The latest' file. Oldest first. Each update: a bold bare time '6:10 a.m.' ABOVE its h3 headline; the only date is in the page lines 'Published December 26, 2025 at 6:02 AM' / 'Updated December 26, 2025 at 3:40 PM'. The intro says times are Central (no abbreviation in any stamp). One page byline 'By Associated Press' used as every entry's author. JSON-LD is a page-level NewsArticle only (no per-update data).",
  not_entries=["header, tagline 'Willmar, Minnesota', navigation, Subscribe / Login", "topic label 'World'", "page headline (page title)",
               "summary line 'Updates through the day ...'", "byline 'By Associated Press'", "'Published ...' / 'Updated ...' lines", "share links",
               "photo caption (file photo)", "intro 'Here is the latest on the war in Ukraine ...'", "inline newsletter box after the third update",
               "Trust Project line", "'What To Read Next' with three local links", "footer"],
  entries=[
  E("2025-12-26 06:10", "Drones damage port facilities in Odesa region overnight",
    ["Russian drones hit port infrastructure in the Odesa region overnight, setting fire to a grain storage building and damaging a cargo ship moored at a quay, regional officials said Friday.",
     "No one was hurt, according to the regional administration, which said firefighters had the blaze under control by dawn."],
    "strikes", "strikes", 2, "odesa-region-port-drone-attack-2025-12-26", a="Associated Press"),
  E("2025-12-26 08:35", "Zelenskyy says he will meet Trump in Florida within days",
    ["Ukrainian President Volodymyr Zelenskyy said Friday that he expects to meet President Donald Trump in Florida soon, possibly before the new year, to discuss security guarantees and the unresolved question of territory.",
     "Zelenskyy said a lot could be decided before the end of the year and that his team had been working on the documents with U.S. negotiators almost every day."],
    "diplomacy", "diplomacy", 3, "zelenskyy-announces-trump-meeting-2025-12-26", a="Associated Press", n="head-of-state diplomatic move"),
  E("2025-12-26 10:20", "Kremlin says it will answer only after studying the U.S.-Ukrainian draft",
    ["Kremlin spokesman Dmitry Peskov said Friday that Russia would set out its view of the latest draft only after a full review, and repeated that Moscow's demands over the Donbas region had not changed."],
    "diplomacy", "diplomacy", 2, "kremlin-response-to-draft-2025-12-26", a="Associated Press"),
  E("2025-12-26 12:05", "Ukraine says it pushed Russian troops out of most of Kupiansk",
    ["Ukraine's military said Friday that its forces had cleared Russian units from most of Kupiansk, the northeastern city that Moscow had claimed to have captured weeks ago.",
     "A spokesperson for the regional task force said small Russian groups remained on the northern outskirts. The claim could not be independently verified."],
    "other", "frontline", 2, "kupiansk-counterattack-2025-12-26", a="Associated Press"),
  E("2025-12-26 13:50", "Nordic and Baltic countries pledge money for Ukraine's power grid",
    ["Governments in the Nordic and Baltic region said Friday they would jointly provide $180 million to help Ukraine buy transformers and mobile generators for the rest of the winter.",
     "The money will be channeled through an existing energy support fund run with the Ukrainian government."],
    "aid", "aid", 2, "nordic-baltic-energy-aid-2025-12-26", a="Associated Press"),
  E("2025-12-26 15:40", "Russia says it downed 41 Ukrainian drones over border regions",
    ["Russia's Defense Ministry said Friday its air defenses had destroyed 41 Ukrainian drones over the Bryansk, Kursk and Belgorod regions since the morning.",
     "Belgorod regional Gov. Vyacheslav Gladkov said a woman was injured when a drone struck a car near the border."],
    "strikes", "strikes", 2, "russia-says-downed-ukrainian-drones-2025-12-26", a="Associated Press"),
  ]))

# ---------------------------------------------------------------- 11403 Austin Daily Herald
SEEDS.append(dict(
  id="11403", name="11403_austindailyherald-feed", ext="xml", source="Austin Daily Herald", zone="UTC", render=r_wp_rss,
  title="Austin Daily Herald", url="https://www.austindailyherald.com", lede="Austin Daily Herald | Austin, Minnesota",
  basis="RSS pubDate '{s}' (explicit +0000 offset, WordPress writes GMT); local {d} in {z}",
  notes="Imitates the site-wide WordPress RSS feed of the Austin Daily Herald (Boone Newspapers). Newest first; local news and AP wire mixed. pubDate in +0000; dc:creator in CDATA (author as given: 'Associated Press' or a staff name); title and text use numeric entities for curly quotes (&#8217;), as wptexturize writes them. Each item has an excerpt <description> cut at 55 words with ' [&#8230;]' and a full <content:encoded>; both end with the feed footer 'The post ... appeared first on Austin Daily Herald.' (chrome, not body). Three off-beat local items (library hours, junior hockey, weather).",
  not_entries=["channel title/link/description/lastBuildDate/language/sy:update*/generator", "item category, guid, wfw:commentRss and slash:comments elements",
               "excerpt <description> (a shortened copy of the body ending in '[\u2026]')",
               "the line 'The post ... appeared first on Austin Daily Herald.' at the end of every description and content:encoded"],
  entries=[
  dict(E("2025-12-27 21:40", "Zelenskyy meets Canada\u2019s Carney in Halifax on way to talks with Trump",
    ["Ukrainian President Volodymyr Zelenskyy stopped in Halifax, Nova Scotia, on Saturday for talks with Canadian Prime Minister Mark Carney before flying on to Florida for a meeting with President Donald Trump.",
     "Carney said Canada would keep backing Ukraine\u2019s defense and its reconstruction, and the two leaders joined a video call with several European leaders, Zelenskyy\u2019s office said."],
    "diplomacy", "diplomacy", 3, "zelenskyy-carney-halifax-2025-12-27", a="Associated Press", n="head-of-state diplomatic visit"), cats=["National News"]),
  dict(OFF("2025-12-27 19:05", "Library extends hours over winter break",
    ["The Austin Public Library will stay open until 8 p.m. on weekdays through Jan. 2 to give students and families a warm place to read, play games and use computers during winter break.",
     "Library staff said board games, puzzles and a build-your-own snowflake station will be set up in the children\u2019s area."],
    "austin-library-winter-hours-2025-12", a="Kelsey Brandt", n="local news"), cats=["Local News"]),
  dict(E("2025-12-27 16:30", "Russian barrage on Kyiv kills 1 and leaves thousands without heat",
    ["Russia fired hundreds of drones and dozens of missiles at Kyiv and the surrounding region early Saturday, killing at least one person, injuring 27 and knocking out heating to thousands of apartment buildings in freezing weather, Ukrainian officials said.",
     "Zelenskyy said the attack showed how Moscow was answering peace efforts and urged allies to send more air-defense systems.",
     "Kyiv Mayor Vitali Klitschko said about a third of the residential buildings on the city\u2019s left bank were without heat by midday."],
    "strikes", "strikes", 3, "kyiv-massive-strike-2025-12-27", a="Associated Press", n="deadly large strike"), cats=["National News"]),
  dict(E("2025-12-27 14:05", "Poland scrambles jets as Russia strikes western Ukraine",
    ["Poland\u2019s military said it scrambled fighter jets and put ground-based air defenses on alert early Saturday as Russia launched strikes on western Ukraine near the Polish border.",
     "The operational command said no violation of Polish airspace was recorded and the aircraft returned to base once the threat had passed."],
    "other", "security", 2, "poland-scrambles-jets-2025-12-27", a="Associated Press", sec=["strikes"]), cats=["National News"]),
  dict(OFF("2025-12-27 12:20", "Bruins drop shootout decision at home",
    ["The Austin Bruins scored twice in the third period to force overtime Friday night at Riverside Arena but lost 4-3 in a shootout.",
     "Austin returns to the ice Saturday night for the second game of the weekend series."],
    "austin-bruins-shootout-loss-2025-12-26", a="Nate Ellefson", n="local sport"), cats=["Sports"]),
  dict(E("2025-12-27 10:00", "Russia claims capture of two villages in Zaporizhzhia region",
    ["Russia\u2019s Defense Ministry said Saturday that its troops had taken two more villages in the southeastern Zaporizhzhia region, part of a push toward the regional capital.",
     "Ukrainian officials did not confirm the losses. Military analysts say Russian gains in the area have picked up speed since the autumn."],
    "other", "frontline", 2, "russia-claims-zaporizhzhia-villages-2025-12-27", a="Associated Press"), cats=["National News"]),
  dict(OFF("2025-12-27 07:45", "Mild start to the weekend before arctic air returns",
    ["Temperatures in the Austin area are expected to climb into the low 30s on Saturday before an arctic front brings lows below zero early next week, the National Weather Service said."],
    "austin-weekend-weather-2025-12-27", a="Daily Herald", n="local weather"), cats=["Local News", "Weather"]),
  ]))

# ---------------------------------------------------------------- 11404 Winona Daily News
SEEDS.append(dict(
  id="11404", name="11404_winonadailynews-nationworld", ext="txt", source="Winona Daily News", zone="America/Chicago", render=r_blox_section,
  title="Nation & World", ref="2025-12-31 16:40",
  weather="Cloudy with a few flurries this evening. Low 8F. Winds NW at 10 to 15 mph.",
  basis="BLOX relative stamp '{s}' counted back from the capture's header clock 'Wednesday, December 31, 2025 4:40 pm' (no zone printed; Winona = Central, CST = UTC-6); local {d} in {z}",
  notes="Imitates a Lee Enterprises / TownNews BLOX 'Nation & World' section front (Winona Daily News) copied from the browser. Cards newest first: headline, AP byline with names in capitals ('By NAME Associated Press'), relative time ('25 min ago', '2 hrs ago'), summary. The only absolute time is the header clock 'Wednesday, December 31, 2025 4:40 pm' (no zone; Winona = Central, CST); every stamp is counted back from it. Author = the name(s) between 'By' and 'Associated Press' as printed (capitals kept; two names kept as one string). Two off-beat wire items (New Year fireworks, Times Square).",
  not_entries=["'Skip to main content', site search", "masthead and the header clock line (capture time, used as the anchor)",
               "weather widget (Winona, MN (55987), Today, forecast)", "Subscribe for $1 / Log In / e-Edition", "navigation menu",
               "section heading 'Nation & World' (page title)", "'Daily Headlines' newsletter box", "'Load more'",
               "'Most Popular' with two local headlines", "copyright, BLOX credit and terms lines"],
  entries=[
  E("2025-12-31 16:15", "Zelenskyy says a peace deal is close but Ukraine will not sign one at any price",
    ["Ukrainian President Volodymyr Zelenskyy said in his New Year's Eve address that an agreement to end the war was nearly ready but that Ukraine would not accept terms that left it open to another invasion.",
     "The part still missing, he said, was small in length but would decide the future of Ukraine and of Europe."],
    "diplomacy", "diplomacy", 3, "zelenskyy-new-year-address-2025-12-31", a="HALYNA KOVALCHUK", n="head-of-state statement on the peace terms"),
  E("2025-12-31 14:40", "Putin thanks troops in New Year's message and says Russia believes in victory",
    ["Russian President Vladimir Putin used his televised New Year's message to thank soldiers fighting in Ukraine and told Russians that the country would reach its goals.",
     "The address, broadcast first in the Far East as midnight arrived there, made no direct reference to the talks with Washington."],
    "other", "politics", 2, "putin-new-year-address-2025-12-31", a="MARK DENISOV"),
  OFF("2025-12-31 12:40", "Sydney welcomes 2026 with fireworks over the harbor",
    ["Hundreds of thousands of people lined Sydney Harbour to watch fireworks light up the Harbour Bridge and the Opera House as Australia's largest city welcomed the new year."],
    "sydney-new-year-fireworks-2026", a="TESSA WARBURTON", n="New Year celebrations"),
  E("2025-12-31 11:40", "Drone attack on Kharkiv kills 2 on New Year's Eve",
    ["Russian drones struck a residential neighborhood in Kharkiv on Wednesday morning, killing two people and injuring 14, regional Gov. Oleh Syniehubov said.",
     "Firefighters pulled residents from a partly collapsed two-story house, and several cars parked on the street burned."],
    "strikes", "strikes", 3, "kharkiv-drone-strike-2025-12-31", a="YURAS PETRENKO and DANYLO SHEVCHUK", n="deadly strike"),
  E("2025-12-31 09:40", "Russia claims capture of a village in Ukraine's Dnipropetrovsk region",
    ["Russia's Defense Ministry said Wednesday that its troops had captured a village in Ukraine's Dnipropetrovsk region, where Moscow's forces have pushed across the regional boundary in recent months."],
    "other", "frontline", 2, "russia-claims-dnipropetrovsk-village-2025-12-31", a="MARK DENISOV"),
  OFF("2025-12-31 07:40", "New York readies Times Square for ball drop under tight security",
    ["Police in New York said thousands of officers would be on duty around Times Square on Wednesday night as up to a million people gather to watch the ball drop."],
    "times-square-new-year-security-2025", a="LENA OKAFOR", n="New Year celebrations"),
  E("2025-12-31 05:40", "Ukraine expects first payments from the EU's new loan in the spring",
    ["Ukraine's finance minister said Wednesday that he expects the first tranche of the European Union's new joint loan to arrive in the second quarter, closing a budget gap that had threatened to open early next year."],
    "aid", "aid", 2, "eu-loan-ukraine-first-payments-2025-12-31", a="CLAIRE DUVANT"),
  ]))


# ================================================================ PART B: three multi-source days (invented outlets)
# Day 1 = 2025-12-28 (UTC), day 2 = 2025-12-29, day 3 = 2025-12-30.
ZAP = "zaporizhzhia-missile-strike-2025-12-28"
MAL = "trump-zelensky-mar-a-lago-meeting-2025-12-28"
CALL = "putin-trump-phone-call-2025-12-28"
HEAT = "kyiv-heating-restoration-2025-12-28"
PLAN = "analysis-20-point-peace-framework"
PLAN_H = "Analysis: What is in the 20-point plan \u2013 and what is still missing"
PLAN_P = ["The framework Ukraine and the US have been revising since November is less a finished treaty than a list of headings, and several of the hardest questions are still left open.",
          "It sets out security guarantees, a ceiling on the size of Ukraine\u2019s army, money for reconstruction and a path towards EU membership. The future of the Zaporizhzhia nuclear plant and the line of control in Donetsk remain the main gaps.",
          "Whatever Trump and Zelensky settle in Florida, diplomats say, any text will still need Moscow\u2019s consent, and the Kremlin has so far rejected every version that leaves Ukrainian troops in the Donbas."]

# ---------------------------------------------------------------- 11420 Gorsedene Courier (day 1)
SEEDS.append(dict(
  id="11420", name="11420_gorsedene-textlive", ext="txt", source="Gorsedene Courier", zone="Europe/London", render=r_gorsedene,
  title="Ukraine war live: Trump and Zelensky meet at Mar-a-Lago; Zaporizhzhia missile strike kills three",
  dateline="Sunday 28 December 2025",
  lede="Zelensky holds talks with Trump in Florida after a Putin\u2013Trump phone call; Russian missiles hit Zaporizhzhia; Kyiv works to restore heating.",
  basis="stamp '{s}' (UK time printed as GMT = UTC in December) under the dateline 'Sunday 28 December 2025'; local {d} in {z}",
  notes="Invented outlet. Text live blog, newest first. A 'Key Points' block (bullets) lists two entry headlines (key_point true). Each post opens with one line 'HH:MM GMT | headline' (stamp and headline on the same line), then the body, then an optional 'Posted by NAME' line (author). 11420-02 is a 'Watch:' teaser with no body. 11420-03 is a theme piece (analysis of the 20-point framework) that mentions the Florida meeting but is its own story; day 2 (11430-06) re-posts it verbatim.",
  not_entries=["outlet name and navigation line", "page title and dateline 'Sunday 28 December 2025'", "standfirst/lede line",
               "'Key Points' header and its two bullet lines (pointers to posts)", "'Updates' label", "'Posted by ...' lines (author credits, not body)",
               "newsletter promo after the third post", "'Show older updates'", "footer line"],
  entries=[
  E("2025-12-28 21:05", "Trump says peace deal \u2018closer than ever\u2019 after talks with Zelensky",
    ["Donald Trump said after more than two hours of talks with Volodymyr Zelensky at his Florida club that the two sides were \u201ccloser than ever\u201d to a deal, while acknowledging that the future of the Donbas had not been settled.",
     "Zelensky said the teams had agreed on most of the 20-point framework and that a separate document on security guarantees was close to final. Both men said further talks involving European leaders would follow in January."],
    "diplomacy", "diplomacy", 3, MAL, a="Ruth Calloway", kp=True),
  E("2025-12-28 18:25", "Watch: Trump and Zelensky greet reporters at Mar-a-Lago", [],
    "diplomacy", "diplomacy", 1, MAL, n="teaser without body"),
  E("2025-12-28 17:15", PLAN_H, PLAN_P, "diplomacy", "diplomacy", 2, PLAN, a="Tobias Wren",
    n="theme piece (analysis of the framework, no single event); mentions the Florida talks but must not merge with the meeting story"),
  E("2025-12-28 15:20", "Kremlin confirms Putin spoke to Trump before Zelensky meeting",
    ["Vladimir Putin and Donald Trump spoke by phone on Sunday ahead of the US president\u2019s meeting with Zelensky, Kremlin aide Yuri Ushakov said, describing the conversation as friendly and businesslike.",
     "Ushakov said Putin had repeated that a temporary ceasefire would only prolong the war."],
    "diplomacy", "diplomacy", 3, CALL, a="Ruth Calloway", n="same theme as the Florida meeting, different event: must not merge with it"),
  E("2025-12-28 12:30", "Zaporizhzhia strike: death toll rises to three",
    ["Three people have now been confirmed dead after Russian missiles hit the city of Zaporizhzhia this morning, regional governor Ivan Fedorov said, adding that 19 people were being treated for injuries.",
     "Fedorov said the strike damaged a high-rise apartment building, an industrial site and at least a dozen private houses."],
    "strikes", "strikes", 3, ZAP, a="Priya Mehta-Lowe", kp=True, n="toll 3 dead, 19 injured"),
  E("2025-12-28 07:40", "Russian missiles hit Zaporizhzhia; at least two dead",
    ["Russia launched ballistic missiles at Zaporizhzhia shortly before 9am local time, killing at least two people, according to regional officials."],
    "strikes", "strikes", 3, ZAP, a="Priya Mehta-Lowe", n="first report, toll 2"),
  E("2025-12-28 07:10", "Kyiv restores heating to most buildings after Saturday attack",
    ["Engineers in Kyiv have reconnected heating to most of the apartment blocks left cold by Saturday\u2019s Russian attack, the city administration said, though about 1,100 buildings on the left bank were still waiting.",
     "Officials asked residents to limit their use of electric heaters in the evening to ease the load on the grid."],
    "other", "humanitarian", 3, HEAT, a="Tobias Wren", sec=["strikes"]),
  ]))

# ---------------------------------------------------------------- 11421 Kestrelmoor Post (day 1)
SEEDS.append(dict(
  id="11421", name="11421_kestrelmoor-ldlive", ext="html", source="Kestrelmoor Post", zone="Europe/Kyiv", render=r_kestrelmoor,
  title="Russia\u2019s war against Ukraine, day by day: Sunday\u2019s updates", url="https://kestrelmoor-post.example/live/2025-12-28",
  dateline="Sunday, 28 December 2025 \u2013 Kyiv time",
  lede="Missiles on Zaporizhzhia, a cold morning in Kyiv and a Putin\u2013Trump call before Zelensky\u2019s meeting in Florida.",
  basis="visible '{s}' in <time datetime> (Kyiv time, EET = UTC+2; the dateline says 'Kyiv time') on 'Sunday, 28 December 2025'; the JSON-LD update carries the same instant; local {d} in {z}",
  notes="Invented outlet (Kyiv). HTML live blog, oldest first; LiveBlogPosting JSON-LD with per-update headline, datePublished (+02:00), articleBody and author. Visible bare 'HH:MM' in <time datetime>, then h2 headline, then 'By NAME'. 11421-06 repeats 11421-05 nearly verbatim (new headline wording, same first paragraph, shortened second paragraph): duplicate_of 11421-05. 11421-03 (guided bombs on the Orikhiv district) is the same region as the Zaporizhzhia city strike but a different attack: must not merge. Kyiv 22:40 = 20:40 UTC, so the whole page is 2025-12-28 in UTC.",
  not_entries=["cookie notice", "header and navigation", "page title", "dateline 'Sunday, 28 December 2025 \u2013 Kyiv time'", "intro line",
               "'By NAME' lines (author credits)", "'Share' / 'Copy link' tools after every post", "'Also read' box after the fourth post (related article link)", "footer"],
  entries=[
  E("2025-12-28 08:50", "Explosions in Zaporizhzhia as ballistic missiles hit city",
    ["Several powerful explosions shook Zaporizhzhia on Sunday morning, minutes after the air force warned of a ballistic missile threat from the south-east.",
     "Governor Ivan Fedorov said two people were killed and nine injured according to first reports, and that an apartment building in the city centre was on fire."],
    "strikes", "strikes", 3, ZAP, a="Oksana Lysenko", n="toll 2 dead, 9 injured"),
  E("2025-12-28 10:20", "Hundreds of Kyiv buildings still without heating",
    ["About 1,100 apartment buildings in Kyiv were still without heating on Sunday morning after Saturday\u2019s combined missile and drone attack, Mayor Vitali Klitschko said.",
     "Utility crews worked through the night, and the city opened more than 200 heated support points where residents can warm up and charge their phones."],
    "other", "humanitarian", 3, HEAT, a="Marta Hrytsenko", sec=["strikes"]),
  E("2025-12-28 11:45", "Guided bombs hit villages in Orikhiv district, two injured",
    ["Russian aircraft dropped guided bombs on villages in the Orikhiv district of Zaporizhzhia region, injuring two men and destroying a shop, the regional administration reported."],
    "strikes", "strikes", 2, "orikhiv-guided-bomb-attack-2025-12-28", a="Oksana Lysenko",
    n="same region as the Zaporizhzhia city missile strike but a different attack: must not merge"),
  E("2025-12-28 16:40", "Zaporizhzhia toll rises to four as rescuers search rubble",
    ["The number of people killed in this morning\u2019s missile strike on Zaporizhzhia has risen to four, Governor Fedorov said, after rescuers recovered a body from the damaged apartment block.",
     "Twenty-three people have been injured, among them two children."],
    "strikes", "strikes", 3, ZAP, a="Oksana Lysenko", n="toll 4 dead, 23 injured"),
  E("2025-12-28 17:35", "Kremlin: Putin and Trump held phone call",
    ["Vladimir Putin and Donald Trump spoke by phone on Sunday afternoon, the Kremlin said, hours before Trump was due to host Volodymyr Zelensky in Florida.",
     "Presidential aide Yuri Ushakov said Putin had shared Russia\u2019s view of the latest proposals and that the two leaders agreed to stay in contact."],
    "diplomacy", "diplomacy", 3, CALL, a="Marta Hrytsenko", n="must not merge with the Florida meeting (same theme, different event)"),
  E("2025-12-28 18:05", "Kremlin says Putin and Trump held phone call",
    ["Vladimir Putin and Donald Trump spoke by phone on Sunday afternoon, the Kremlin said, hours before Trump was due to host Volodymyr Zelensky in Florida.",
     "Putin shared Russia\u2019s view of the latest proposals, aide Yuri Ushakov said."],
    "diplomacy", "diplomacy", 1, CALL, a="Marta Hrytsenko", dup="11421-05", n="near-verbatim repeat of 11421-05"),
  E("2025-12-28 22:40", "Zelensky after Mar-a-Lago talks: security guarantees \u2018almost agreed\u2019",
    ["Volodymyr Zelensky said after meeting Donald Trump in Palm Beach that Ukraine and the United States had \u201calmost fully\u201d agreed on security guarantees and that the two teams would meet again in the coming weeks.",
     "He said the question of territory in the east would have to be settled at the leaders\u2019 level and that Ukraine was ready for a meeting in any format with European partners present."],
    "diplomacy", "diplomacy", 3, MAL, a="Marta Hrytsenko"),
  ]))

# ---------------------------------------------------------------- 11422 Mallowgate World Service (day 1)
SEEDS.append(dict(
  id="11422", name="11422_mallowgate-worldrss", ext="xml", source="Mallowgate World Service", zone="America/New_York", render=r_rss, rfc="num",
  title="Mallowgate World Service \u2013 World", url="https://mallowgate.example/news",
  lede="Top international stories from Mallowgate World Service",
  basis="RSS pubDate '{s}' (explicit -0500 offset = US Eastern winter time); local {d} in {z}",
  notes="Invented outlet (US). General world RSS feed, newest first; pubDate with -0500; no dc:creator (author null); description is escaped HTML. The war is a minority: 4 of 6 items are off-beat. Spells the strike city 'Zaporozhye' (Russian-derived spelling) and uses 'Zelenskyy'.",
  not_entries=["channel title/link/description/atom:link/language/copyright/ttl", "item link, guid and category elements"],
  entries=[
  E("2025-12-28 16:45", "Trump, Zelenskyy report progress but no breakthrough on territory",
    ["President Donald Trump and Ukrainian President Volodymyr Zelenskyy said Sunday they had made real progress toward ending the war in Ukraine, but neither claimed a breakthrough on the territorial dispute that has stalled talks for weeks."],
    "diplomacy", "diplomacy", 3, MAL),
  OFF("2025-12-28 14:10", "Heavy snow grounds flights across Great Lakes region",
    ["Airlines canceled hundreds of flights in Chicago, Detroit and Cleveland on Sunday as a fast-moving storm dropped more than a foot of snow in places, snarling the busiest return-travel day of the holiday season."],
    "great-lakes-snowstorm-2025-12-28", n="US weather"),
  E("2025-12-28 12:40", "Russian missile strike on Zaporozhye kills 5, officials say",
    ["A Russian missile attack on the southeastern Ukrainian city of Zaporozhye on Sunday killed five people and wounded more than two dozen, the regional governor said.",
     "The strike came hours before Zelenskyy was due to meet Trump in Florida."],
    "strikes", "strikes", 3, ZAP, n="spelling 'Zaporozhye'; toll 5"),
  OFF("2025-12-28 11:30", "Markets brace for thin trading in final week of 2025",
    ["Investors are expecting quiet, holiday-thinned trading this week as stock markets close out a year in which technology shares again drove most of the gains."],
    "markets-final-week-2025", n="markets"),
  OFF("2025-12-28 09:20", "Ferry capsizes off eastern Indonesia; dozens rescued",
    ["Rescue teams pulled 41 people from the sea after a passenger ferry overturned in rough weather off an island in eastern Indonesia, officials said. Search efforts continued for at least six people."],
    "indonesia-ferry-capsize-2025-12-28", n="disaster in Asia"),
  OFF("2025-12-28 07:05", "Japan braces for record New Year rail travel",
    ["Japan\u2019s rail operators expect a record number of passengers on bullet trains over the New Year holiday, with many services out of Tokyo fully booked through Tuesday."],
    "japan-new-year-rail-travel-2025", n="travel in Asia"),
  ]))

# ---------------------------------------------------------------- 11423 Skelmire Review (day 1)
SEEDS.append(dict(
  id="11423", name="11423_skelmire-article", ext="txt", source="Skelmire Review", zone="Europe/Berlin", render=r_article_txt,
  kicker="WAR IN UKRAINE", title="Deadly strike on Zaporizhia as Zelensky heads into talks with Trump",
  lede="A Russian missile attack kills four in south-eastern Ukraine on the morning of the Florida meeting; Kyiv disputes Moscow\u2019s claim over Huliaipole.",
  byline="Jonas Albrecht and Freya Lund", dateline="28 December 2025, 16:20 CET",
  more="This article was updated at 16:20 CET.", related="Why the Donbas remains the sticking point in the peace talks",
  basis="no per-section stamp: the article dateline '28 December 2025, 16:20 CET' (CET = UTC+1) dates every section; local {d} in {z}",
  notes="Invented outlet (Berlin, English edition). Text article with four section headings; each section is one entry (headline = heading), stamp null, published = the dateline time 16:20 CET. The page byline (two names) is every entry's author. Spells the city 'Zaporizhia'. Section 2 previews the Florida meeting before it took place (same story as the meeting). Written before the toll reached five.",
  not_entries=["outlet name and navigation", "kicker 'WAR IN UKRAINE'", "page title", "standfirst/lede", "byline line", "dateline line",
               "'Listen to this article' widget", "'Advertisement' marker", "'This article was updated at 16:20 CET.'", "'Related' label and related-article link", "footer"],
  entries=[
  E("2025-12-28 16:20", "Missile strike on Zaporizhia",
    ["At least four people were killed when Russian missiles struck residential areas of Zaporizhia on Sunday morning, according to the regional military administration.",
     "Ukrainian officials said the attack used ballistic missiles fired from occupied territory to the south, which left residents less than a minute of warning.",
     "Among the buildings hit was a twelve-storey apartment block whose upper floors partly collapsed."],
    "strikes", "strikes", 3, ZAP, a="Jonas Albrecht and Freya Lund", n="spelling 'Zaporizhia'; toll 4"),
  E("2025-12-28 16:20", "Talks in Florida",
    ["Volodymyr Zelensky was due to meet Donald Trump in Palm Beach on Sunday afternoon, local time, in what Kyiv described as a decisive round of talks on the US-backed framework.",
     "Zelensky said before leaving Canada, where he stopped on Saturday, that he hoped to settle the security guarantees first and to discuss the territorial question directly with Trump."],
    "diplomacy", "diplomacy", 3, MAL, a="Jonas Albrecht and Freya Lund", n="preview of the meeting, same story"),
  E("2025-12-28 16:20", "Dispute over Huliaipole",
    ["Ukraine\u2019s military rejected Russia\u2019s claim to have taken Huliaipole, saying fighting was continuing in the town\u2019s northern and eastern districts.",
     "The chief of Russia\u2019s general staff, Valery Gerasimov, had told Vladimir Putin on Saturday that the town was under Russian control."],
    "other", "frontline", 2, "huliaipole-capture-claim-dispute-2025-12-28", a="Jonas Albrecht and Freya Lund"),
  E("2025-12-28 16:20", "More generators from Berlin",
    ["Germany\u2019s development ministry said it would send another 150 generators and heating units to Ukrainian cities whose power plants have been hit this winter.",
     "The equipment is due to arrive in the first half of January."],
    "aid", "aid", 2, "germany-generators-aid-2025-12-28", a="Jonas Albrecht and Freya Lund"),
  ]))


# ---------------------------------------------------------------- day 2 = 2025-12-29
RES = "putin-residence-drone-claim-2025-12-29"
GUAR = "zelensky-us-15-year-guarantee-offer-2025-12-29"
RAID = "overnight-russian-drone-attack-2025-12-29"

# ---------------------------------------------------------------- 11430 Tarrasfield Bulletin (day 2)
SEEDS.append(dict(
  id="11430", name="11430_tarrasfield-atom", ext="xml", source="Tarrasfield Bulletin", zone="Europe/Kyiv", render=r_atom,
  title="Tarrasfield Bulletin \u2013 Ukraine", url="https://tarrasfield-bulletin.example",
  lede="News and analysis on Ukraine from Tarrasfield Bulletin",
  basis="Atom <published> '{s}' (explicit +02:00 offset = Kyiv winter time); local {d} in {z}",
  notes="Invented outlet. Atom feed, newest first; <published> with +02:00; <author><name> per entry; content is escaped HTML. 11430-06 re-posts day 1's analysis 11420-03 verbatim (same headline, same paragraphs, same author): a re-post of a day-1 entry, importance 1, same story slug as day 1; duplicate_of stays null because the original is on another page. 11430-04 continues day 1's Zaporizhzhia story with a new development (toll 7, day of mourning). 11430-05 (repair of the nuclear plant's backup line) is the same region but another event: must not merge with the strike.",
  not_entries=["feed title, subtitle, links, id, updated, rights", "entry link, id, updated and category elements"],
  entries=[
  E("2025-12-29 23:10", "Trump says he is \u2018very angry\u2019 over reported attack on Putin residence",
    ["Donald Trump said Vladimir Putin had told him about an alleged Ukrainian drone attack on his residence and that he was angry about it, while adding that he could not yet say whether the report was true."],
    "strikes", "strikes", 3, RES, a="Olena Vasylchuk", sec=["diplomacy"], n="reaction to the claimed attack (same story)"),
  E("2025-12-29 19:35", "Zelensky: Washington offered guarantees for 15 years, Kyiv wants more",
    ["President Volodymyr Zelensky said the United States had offered security guarantees lasting 15 years with an option to extend them, and that he had asked Donald Trump to consider a term of 30 to 50 years.",
     "He said the guarantees would have to be ratified by the US Congress and by Ukraine\u2019s parliament to be credible."],
    "diplomacy", "diplomacy", 3, GUAR, a="Bohdan Kravets", n="new statement after the Florida meeting: must not merge with the day-1 meeting story"),
  E("2025-12-29 17:05", "Zelensky calls Russian residence claim a \u2018complete fabrication\u2019",
    ["Volodymyr Zelensky dismissed Moscow\u2019s accusation that Ukraine had tried to strike Vladimir Putin\u2019s residence in the Novgorod region, saying the Kremlin was preparing the ground for new attacks on government buildings in Kyiv."],
    "strikes", "strikes", 3, RES, a="Olena Vasylchuk", sec=["diplomacy"], n="denial of the claimed attack (same story)"),
  E("2025-12-29 13:50", "Zaporizhzhia declares day of mourning as toll rises to seven",
    ["Authorities in Zaporizhzhia declared Monday a day of mourning after the number of people killed in Sunday\u2019s missile strike rose to seven, including a 12-year-old girl.",
     "Two of the injured remain in a serious condition, the regional administration said."],
    "strikes", "strikes", 3, ZAP, a="Bohdan Kravets", n="continuation of day 1's story with a new development (toll 7, mourning)"),
  E("2025-12-29 10:20", "IAEA: backup power line to Zaporizhzhia nuclear plant repaired",
    ["Engineers have repaired a backup power line to the Russian-occupied Zaporizhzhia nuclear power plant during a local ceasefire arranged by the International Atomic Energy Agency, the agency said.",
     "The plant had relied on a single line for more than a month."],
    "other", "security", 2, "znpp-backup-line-repair-2025-12-29", a="Olena Vasylchuk",
    n="same region as the Zaporizhzhia city strike, different event: must not merge"),
  E("2025-12-29 08:00", PLAN_H, PLAN_P, "diplomacy", "diplomacy", 1, PLAN, a="Tobias Wren",
    n="re-post of day-1 entry 11420-03 (syndicated verbatim; same headline and text): importance 1"),
  ]))

# ---------------------------------------------------------------- 11431 Wendlestow Evening Star (day 2)
SEEDS.append(dict(
  id="11431", name="11431_wendlestow-textlive", ext="txt", source="Wendlestow Evening Star", zone="America/New_York", render=r_wendlestow,
  title="Russia accuses Ukraine of drone attack on Putin residence; Kyiv denies it",
  dateline="Monday, December 29, 2025", byline="By the Evening Star world desk",
  lede="Moscow says it will rethink its position in the talks; Zelenskyy calls the claim a lie and says Washington has offered 15-year guarantees.",
  related="What we know about the peace framework so far",
  basis="stamp '{s}' (US Eastern time, 'ET' printed; EST = UTC-5) under the dateline 'Monday, December 29, 2025'; local {d} in {z}",
  notes="Invented outlet (US). Text live blog, oldest first; 'h:mm a.m. ET' line before each headline; dateline with year. Generic desk byline naming no person ('By the Evening Star world desk'): author null for every entry. 11431-03 is a theme piece (analysis of claims and counterclaims around the talks) that mentions the residence claim but is its own story. 11431-06 repeats 11431-01 nearly verbatim (new headline wording, same first paragraph, added sentence): duplicate_of 11431-01. 11431-01 (Russia's drone raid on Ukraine) must not merge with the residence claim (drones the other way).",
  not_entries=["outlet name and navigation", "'LIVE UPDATES' label", "page title", "dateline", "desk byline", "lede line",
               "'ADVERTISEMENT' marker", "'Related: ...' link after the fifth post", "'This live coverage has ended ...' closing line", "footer"],
  entries=[
  E("2025-12-29 05:30", "Ukraine says it downed 89 of 120 Russian drones overnight",
    ["Ukraine\u2019s air force said Monday that its defenses shot down or jammed 89 of the 120 drones Russia launched overnight, with hits recorded in the Odesa, Sumy and Dnipropetrovsk regions."],
    "strikes", "strikes", 2, RAID, n="Russia's raid on Ukraine: must not merge with the residence claim (drones the other way)"),
  E("2025-12-29 07:05", "Russia accuses Ukraine of targeting Putin\u2019s Valdai residence with drones",
    ["Russian Foreign Minister Sergei Lavrov said Monday that Ukraine had launched 91 long-range drones at Vladimir Putin\u2019s state residence in the Novgorod region overnight and that all of them had been destroyed.",
     "Lavrov said Moscow would review its position in the peace talks as a result but would not walk away from negotiations with Washington. He offered no evidence, and Putin\u2019s whereabouts at the time were not disclosed."],
    "strikes", "strikes", 3, RES, sec=["diplomacy"], n="the claim itself: 91 drones, 'Valdai'"),
  E("2025-12-29 08:40", "Analysis: As talks near the finish line, the information war heats up",
    ["Every step toward a settlement this month has been followed by a burst of claims and counterclaims, and Monday\u2019s Russian accusation over a drone attack near Valdai fits that pattern.",
     "Moscow has repeatedly accused Kyiv of sabotaging diplomacy, while Ukraine says Russia invents incidents to justify strikes and to slow the talks.",
     "Diplomats say the real test is whether either side uses such claims to walk back terms already agreed on paper."],
    "diplomacy", "diplomacy", 2, "analysis-information-war-around-peace-talks",
    n="theme piece (analysis); mentions the residence claim but is its own story: must not merge with it"),
  E("2025-12-29 09:55", "Kyiv rejects Moscow\u2019s claim as \u2018lies\u2019",
    ["Ukraine\u2019s foreign minister, Andrii Sybiha, called the Russian account of an attack on the Valdai residence a set of lies meant to undo the progress made with the United States."],
    "strikes", "strikes", 3, RES, sec=["diplomacy"], n="denial (same story)"),
  E("2025-12-29 11:20", "Zelenskyy says U.S. offered 15-year security guarantees",
    ["Ukrainian President Volodymyr Zelenskyy told reporters Monday that the U.S. guarantees discussed at Mar-a-Lago would run for 15 years and could be extended, and that he had asked for a longer commitment."],
    "diplomacy", "diplomacy", 3, GUAR),
  E("2025-12-29 12:45", "Ukraine says 89 of 120 Russian drones were downed overnight",
    ["Ukraine\u2019s air force said Monday that its defenses shot down or jammed 89 of the 120 drones Russia launched overnight, with hits recorded in the Odesa, Sumy and Dnipropetrovsk regions.",
     "Officials in Odesa reported damage to a warehouse."],
    "strikes", "strikes", 1, RAID, dup="11431-01", n="near-verbatim repeat of 11431-01"),
  E("2025-12-29 13:55", "Trump says Putin told him of drone attack",
    ["President Donald Trump said Monday that Vladimir Putin had told him about the alleged drone attack in a phone call, adding that it was \u201cnot a good time\u201d for such an incident."],
    "strikes", "strikes", 3, RES, sec=["diplomacy"], n="reaction (same story)"),
  ]))

# ---------------------------------------------------------------- 11432 Haverbrook Observer (day 2)
SEEDS.append(dict(
  id="11432", name="11432_haverbrook-htmllive", ext="html", source="Haverbrook Observer", zone="Europe/Warsaw", render=r_haverbrook,
  title="War in Ukraine: live", dateline="Monday 29 December 2025", tznote="All times CET",
  lede="Moscow alleges a drone attack on a Putin residence; Zaporizhzhia buries its dead; Poland expands border surveillance.",
  basis="bare '{s}' above the headline, page note 'All times CET' (= UTC+1) on 'Monday 29 December 2025'; local {d} in {z}",
  notes="Invented outlet (Poland, English edition). HTML live, newest first, no JSON-LD; bare 'HH:MM' in a span above each h2; page note 'All times CET'. Author line below the h2 where given. 11432-02 is a 'Photos:' gallery teaser without text. Spells the residence area 'Valday'. 11432-05 (Ukrainian drones on a Bryansk oil depot) is a real Ukrainian drone strike inside Russia, not the claimed residence attack: must not merge.",
  not_entries=["cookie bar", "header and navigation", "page title", "dateline and 'All times CET' note", "lead paragraph",
               "gallery placeholder '[Gallery: 12 photos]'", "'Read more' box after the third entry (related link)", "link to Sunday's live blog", "footer"],
  entries=[
  E("2025-12-29 21:40", "European leaders voice doubts over Russian residence claim",
    ["Several European governments said on Monday they had seen no evidence to support Moscow\u2019s claim of a Ukrainian drone attack on Putin\u2019s residence near Valday, and warned Russia against using it as a pretext.",
     "Poland\u2019s foreign minister said the story appeared designed to derail the progress made in Florida."],
    "strikes", "strikes", 3, RES, a="Zofia Marek", sec=["diplomacy"], n="reactions (same story); spelling 'Valday'"),
  E("2025-12-29 18:15", "Photos: Zaporizhzhia mourns victims of Sunday\u2019s missile strike", [],
    "strikes", "strikes", 1, ZAP, n="teaser without body (gallery)"),
  E("2025-12-29 16:30", "Poland to extend drone-detection network along eastern border",
    ["Poland\u2019s defence ministry said it would spend an additional 1.2 billion zlotys next year to extend a network of radars and acoustic sensors along its borders with Belarus and Ukraine."],
    "other", "security", 2, "poland-drone-detection-border-2025-12-29", a="Tomasz Wierzbicki"),
  E("2025-12-29 13:10", "Zaporizhzhia toll rises to seven; city mourns",
    ["The death toll from Sunday\u2019s Russian missile strike on Zaporizhzhia has risen to seven after two of the injured died in hospital overnight, the regional governor said.",
     "Flags flew at half-mast across the city on Monday."],
    "strikes", "strikes", 3, ZAP, a="Zofia Marek", n="continuation of day 1's story (toll 7)"),
  E("2025-12-29 10:45", "Ukrainian drones hit oil depot in Russia\u2019s Bryansk region, governor says",
    ["A fire broke out at an oil storage facility in Russia\u2019s Bryansk region after a Ukrainian drone attack overnight, the regional governor, Alexander Bogomaz, said.",
     "He said no one was injured."],
    "strikes", "strikes", 2, "bryansk-oil-depot-drone-strike-2025-12-29", a="Tomasz Wierzbicki",
    n="a Ukrainian drone strike inside Russia, not the claimed residence attack: must not merge"),
  E("2025-12-29 08:20", "Kyiv\u2019s heating almost fully restored, city says",
    ["Kyiv\u2019s city administration said heating had been restored to all but about 90 apartment buildings after Saturday\u2019s Russian attack on the capital\u2019s energy system."],
    "other", "humanitarian", 2, HEAT, a="Zofia Marek", sec=["strikes"], n="continuation of day 1's heating story on a single day-2 page"),
  ]))

# ---------------------------------------------------------------- 11433 Ashkettle Globe (day 2)
SEEDS.append(dict(
  id="11433", name="11433_ashkettle-worldrss", ext="xml", source="Ashkettle Globe", zone="UTC", render=r_rss, rfc="GMT",
  title="Ashkettle Globe: World news", url="https://ashkettle-globe.example",
  lede="The latest world news from the Ashkettle Globe",
  basis="RSS pubDate '{s}' (GMT = UTC); local {d} in {z}",
  notes="Invented outlet (UK). General world RSS feed, newest first; pubDate in GMT; dc:creator on two items. The war is a minority: 4 of 6 items are off-beat. 11433-01 leads with Moscow hardening its stance (topic diplomacy, secondary strikes) but reports the same residence claim as the other day-2 pages.",
  not_entries=["channel title/link/description/atom:link/language/copyright/ttl", "item link, guid and category elements"],
  entries=[
  E("2025-12-29 22:30", "Russia says it will toughen peace-talk stance after alleged attack on Putin home",
    ["Russia said on Monday it would harden its position in peace talks after accusing Ukraine of sending drones against President Vladimir Putin\u2019s residence in the Novgorod region, a charge Kyiv denied.",
     "Moscow said more than 90 drones had been shot down and offered no evidence."],
    "diplomacy", "diplomacy", 3, RES, a="Harriet Vance", sec=["strikes"], n="same claim; headline leads with the diplomatic consequence"),
  OFF("2025-12-29 20:05", "Floods force thousands from homes in southern Brazil",
    ["Days of torrential rain in southern Brazil have pushed rivers over their banks, forcing more than 6,000 people to leave their homes, civil defence officials said."],
    "brazil-floods-2025-12-29", n="weather disaster"),
  OFF("2025-12-29 17:40", "Tennis: season-opening tournaments get under way in Australia",
    ["The new tennis season began in Brisbane and Perth with several top players using the events to prepare for the Australian Open in January."],
    "tennis-season-opener-australia-2025-12-29", n="sport"),
  E("2025-12-29 15:15", "Zelensky says US offered 15-year guarantee",
    ["Ukraine\u2019s president said the United States had offered security guarantees for 15 years, and that he wanted a longer commitment approved by Congress."],
    "diplomacy", "diplomacy", 3, GUAR, a="Harriet Vance"),
  OFF("2025-12-29 12:00", "Strong earthquake shakes northern Japan; no tsunami warning",
    ["A magnitude 6.1 earthquake shook northern Japan on Monday, rattling buildings but causing no serious damage, and no tsunami warning was issued, the meteorological agency said."],
    "japan-earthquake-2025-12-29", n="earthquake"),
  OFF("2025-12-29 09:30", "New Year honours recognise nurses and volunteers",
    ["Nurses, charity volunteers and a lollipop lady who has served the same school for 40 years are among those recognised in the New Year honours list."],
    "uk-new-year-honours-2025-12-29", n="UK honours"),
  ]))


# ---------------------------------------------------------------- day 3 = 2025-12-30 (separate: no story shared with days 1-2)
ODS = "odesa-port-strike-2025-12-30"
COAL = "paris-coalition-meeting-announced-2025-12-30"

# ---------------------------------------------------------------- 11440 Fellhampton Times (day 3)
SEEDS.append(dict(
  id="11440", name="11440_fellhampton-worldatom", ext="xml", source="Fellhampton Times", zone="UTC", render=r_atom,
  title="Fellhampton Times \u2013 World", url="https://fellhampton-times.example",
  lede="World news from the Fellhampton Times",
  basis="Atom <published> '{s}' (Z = UTC); local {d} in {z}",
  notes="Invented outlet (UK). General world Atom feed, newest first; <published> in Z; authors on some entries. The war is a minority: 4 of 6 items are off-beat. Spells the port city 'Odessa' and the port town 'Yuzhny'.",
  not_entries=["feed title, subtitle, links, id, updated, rights", "entry link, id, updated and category elements"],
  entries=[
  dict(E("2025-12-30 21:15", "Macron to host allies in Paris on 6 January to discuss Ukraine guarantees",
    ["Emmanuel Macron said on Tuesday that leaders of the so-called coalition of the willing would meet in Paris on 6 January to settle what each country will contribute to Ukraine\u2019s security after a ceasefire."],
    "diplomacy", "diplomacy", 3, COAL, a="Alastair Quayle"), cat="Europe"),
  dict(OFF("2025-12-30 18:40", "Landslides cut off villages in Sri Lanka\u2019s hill country",
    ["Heavy monsoon rain triggered landslides that blocked roads to dozens of villages in Sri Lanka\u2019s central highlands, the disaster management centre said."],
    "sri-lanka-landslides-2025-12-30", n="weather disaster"), cat="Asia"),
  dict(E("2025-12-30 15:00", "Russian strike on Odessa port kills four",
    ["Four people were killed and 17 injured when Russian missiles and drones struck port facilities and a residential street in the Odessa region overnight and early on Tuesday, Ukrainian officials said.",
     "The regional governor, Oleh Kiper, said a fire at a terminal in the town of Yuzhny burned for several hours."],
    "strikes", "strikes", 3, ODS, a="Alastair Quayle", n="spellings 'Odessa', 'Yuzhny'; toll 4"), cat="Europe"),
  dict(OFF("2025-12-30 12:25", "Heathrow reports busiest holiday week on record",
    ["More than 1.6 million passengers passed through Heathrow over the Christmas week, the airport said, the highest figure for the period since it began publishing weekly numbers."],
    "heathrow-holiday-record-2025-12-30", n="UK travel"), cat="UK"),
  dict(OFF("2025-12-30 09:50", "Scientists describe new deep-sea species off New Zealand",
    ["Researchers who spent three weeks surveying seamounts off New Zealand\u2019s east coast say they collected dozens of animals that may be new to science, including a pale sea star and several corals."],
    "new-zealand-deep-sea-species-2025-12-30", n="science"), cat="Science"),
  dict(OFF("2025-12-30 07:05", "Late snowfall brings relief to Alpine ski resorts",
    ["Resorts in Switzerland and Austria reported up to 60 centimetres of fresh snow overnight, allowing more slopes to open for the busy New Year week."],
    "alps-snowfall-2025-12-30", n="travel/weather"), cat="Europe"),
  ]))

# ---------------------------------------------------------------- 11441 Cragsmere Chronicle (day 3)
CRAG_BY = "Hanna Sorokina and Liam Prentice"
SEEDS.append(dict(
  id="11441", name="11441_cragsmere-textlive", ext="txt", source="Cragsmere Chronicle", zone="Europe/Kyiv", render=r_cragsmere,
  title="Ukraine live: Russian strike on Odesa port; Paris to host coalition talks",
  dateline="Tuesday 30 December \u00b7 Kyiv time (EET)", byline=f"Live reporting: {CRAG_BY}", parse_args=["--date", "2025-12-30"],
  lede="Deadly overnight attack on port facilities in the Odesa region; Zelensky to attend the Paris meeting in January.",
  basis="bare stamp '{s}' (Kyiv time, EET = UTC+2, printed in the date line) on 'Tuesday 30 December' (no year printed; parse_args gives 2025-12-30); local {d} in {z}",
  notes="Invented outlet (Kyiv, English). Text live blog, oldest first; date line 'Tuesday 30 December \u00b7 Kyiv time (EET)' with NO year anywhere on the page (parse_args --date 2025-12-30). Bare 'HH:MM' line before each headline. One page byline with two names, used as every entry's author. 11441-02 is a 'Video:' teaser without body (port town spelled 'Pivdennyi'). 11441-03 is a theme piece (why Russia keeps hitting the Black Sea ports); it mentions the Pivdennyi attack but is its own story. 11441-06 repeats 11441-04 nearly verbatim (duplicate_of 11441-04).",
  not_entries=["outlet name and navigation", "page title", "date line 'Tuesday 30 December \u00b7 Kyiv time (EET)'", "byline 'Live reporting: ...'", "lede",
               "membership promo after the third post", "closing line 'That\u2019s all for today ...'", "footer"],
  entries=[
  E("2025-12-30 07:50", "Russia strikes Odesa port overnight; two killed",
    ["Russian missiles and attack drones struck port infrastructure in the Odesa region overnight, killing two people and setting a grain terminal on fire, according to Governor Oleh Kiper."],
    "strikes", "strikes", 3, ODS, a=CRAG_BY, n="toll 2"),
  E("2025-12-30 09:15", "Video: Firefighters battle blaze at Pivdennyi terminal", [], "strikes", "strikes", 1, ODS,
    a=CRAG_BY, n="teaser without body; spelling 'Pivdennyi'"),
  E("2025-12-30 10:30", "Analysis: Why Russia keeps returning to Ukraine\u2019s Black Sea ports",
    ["Since the summer, Russia has struck Ukraine\u2019s ports in the Odesa region almost every week, aiming at the export route that still carries most of the country\u2019s grain and a growing share of its budget revenue.",
     "Tuesday\u2019s attack on Pivdennyi fits the pattern: terminals, storage tanks and the ships loading there, rather than the naval targets Moscow says it is hitting.",
     "Shipping data show exports have held up so far, but insurers have raised premiums for vessels calling at Ukrainian ports."],
    "strikes", "strikes", 2, "analysis-black-sea-ports-campaign", a=CRAG_BY,
    n="theme piece (analysis); mentions the Pivdennyi attack but is its own story: must not merge with it"),
  E("2025-12-30 12:40", "Odesa strike toll rises to four",
    ["Four people are now known to have been killed in the overnight attack on the Odesa region, and 17 have been injured, the regional administration said.",
     "Two of the dead were port workers on a night shift."],
    "strikes", "strikes", 3, ODS, a=CRAG_BY, n="toll 4"),
  E("2025-12-30 14:20", "Ukraine says it hit Russian air-defence radar in Crimea",
    ["Ukraine\u2019s military intelligence said its drones had destroyed a radar belonging to a Russian S-400 air-defence system near Dzhankoi in occupied Crimea."],
    "strikes", "strikes", 2, "crimea-s400-radar-strike-2025-12-30", a=CRAG_BY),
  E("2025-12-30 15:05", "Odesa strike death toll rises to four",
    ["Four people are now known to have been killed in the overnight attack on the Odesa region, and 17 have been injured, the regional administration said."],
    "strikes", "strikes", 1, ODS, a=CRAG_BY, dup="11441-04", n="near-verbatim repeat of 11441-04"),
  E("2025-12-30 18:30", "Zelensky to join coalition leaders in Paris on 6 January",
    ["Volodymyr Zelensky said he would travel to Paris on 6 January for a meeting of the coalition of the willing, after speaking with Emmanuel Macron by phone.",
     "He said the meeting should turn the security guarantees discussed with Washington into concrete commitments."],
    "diplomacy", "diplomacy", 3, COAL, a=CRAG_BY),
  ]))

# ---------------------------------------------------------------- 11442 Linnetford Wire (day 3)
SEEDS.append(dict(
  id="11442", name="11442_linnetford-rss", ext="xml", source="Linnetford Wire", zone="Europe/Kyiv", render=r_rss, rfc="num",
  title="Linnetford Wire \u2013 Ukraine", url="https://linnetford-wire.example",
  lede="Agency copy on the war in Ukraine",
  basis="RSS pubDate '{s}' (explicit +0200 offset = Kyiv winter time); local {d} in {z}",
  notes="Invented outlet (news agency). RSS 2.0, newest first, pubDate with +0200, dc:creator per item (author). Two separate updates on the Odesa attack (toll 1, then toll 2; port town spelled 'Yuzhne'). 11442-01 (evening drone attack on Izmail) is the same region but a later, separate attack: must not merge with the overnight port strike.",
  not_entries=["channel title/link/description/atom:link/language/copyright/ttl", "item link, guid and category elements"],
  entries=[
  E("2025-12-30 21:30", "Drones damage warehouses at Izmail port",
    ["A Russian drone attack on the Danube port of Izmail on Tuesday evening damaged two warehouses and a customs building, the Odesa regional administration said. No one was hurt."],
    "strikes", "strikes", 2, "izmail-port-drone-attack-2025-12-30", a="Dmytro Shpak",
    n="same region, later and separate attack: must not merge with the overnight Odesa port strike"),
  E("2025-12-30 19:10", "Macron announces Paris meeting of Ukraine\u2019s allies on January 6",
    ["Emmanuel Macron said leaders of some 30 countries backing Ukraine would meet in Paris on January 6 to agree on the details of a reassurance force and other guarantees."],
    "diplomacy", "diplomacy", 3, COAL, a="Pieter Vandersloot"),
  E("2025-12-30 15:45", "Russia says it captured two more villages in Donetsk region",
    ["Russia\u2019s defence ministry said its forces had taken two villages west of Kostiantynivka. Ukraine\u2019s general staff reported heavy fighting in the area but did not confirm any losses."],
    "other", "frontline", 2, "russia-claims-donetsk-villages-2025-12-30", a="Dmytro Shpak"),
  E("2025-12-30 12:20", "EU pays out winter energy aid for Ukraine",
    ["The European Commission said it had paid out 250 million euros to help Ukraine repair power plants and buy gas for the rest of the heating season."],
    "aid", "aid", 2, "eu-winter-energy-aid-payment-2025-12-30", a="Pieter Vandersloot"),
  E("2025-12-30 09:05", "Port of Yuzhne ablaze after Russian attack; two dead",
    ["A fire was still burning at a grain terminal in Yuzhne on Tuesday morning after a Russian missile and drone attack that killed two people, the Odesa regional governor said."],
    "strikes", "strikes", 3, ODS, a="Dmytro Shpak", n="spelling 'Yuzhne'; toll 2"),
  E("2025-12-30 06:40", "Odesa region under attack: one killed, governor says",
    ["One person was killed when Russian drones struck the Odesa region before dawn, Governor Oleh Kiper said, warning residents to stay in shelters as the attack continued."],
    "strikes", "strikes", 3, ODS, a="Dmytro Shpak", n="first report, toll 1"),
  ]))

# ---------------------------------------------------------------- 11443 Harrowfell Journal (day 3)
SEEDS.append(dict(
  id="11443", name="11443_harrowfell-htmllive", ext="html", source="Harrowfell Journal", zone="Europe/Dublin", render=r_harrowfell,
  title="Russia-Ukraine war: Odessa port hit as Paris talks are set \u2013 live", url="https://harrowfell-journal.example/world/live/2025/dec/30/russia-ukraine-war-live",
  dateline="Tuesday 30 December 2025",
  lede="Our live coverage of Tuesday\u2019s developments in Russia\u2019s war against Ukraine.",
  basis="visible '{s}' in <time datetime> (Irish time, GMT = UTC in December) under the dateline 'Tuesday 30 December 2025'; local {d} in {z}",
  notes="Invented outlet (Ireland). HTML live, newest first. JSON-LD LiveBlogPosting whose liveBlogUpdate BlogPostings all carry the PAGE's headline and the page's datePublished/dateModified (Guardian-style): the JSON-LD gives neither per-entry headline nor per-entry time; take them from the visible blocks. Visible stamps '8.15pm' in <time datetime>; signature line '\u2013 NAME' after the body (author). Spells the city 'Odessa'. 11443-02 (Ukrainian sea drones hit a tanker near Novorossiysk) is a strike on the Russian side in the same Black Sea port theme: must not merge with the Odesa port strike.",
  not_entries=["header and navigation", "page title", "dateline", "standfirst", "signature lines '\u2013 NAME' (author credits)", "newsletter promo after the second entry", "footer"],
  entries=[
  E("2025-12-30 20:15", "Taoiseach to join Paris talks on guarantees for Ukraine",
    ["The Taoiseach, Miche\u00e1l Martin, will travel to Paris next week for the meeting of countries offering post-ceasefire support to Ukraine, a Government spokesperson said.",
     "Ireland has said it would contribute to non-combat tasks such as demining and training but not to any force deployed in Ukraine."],
    "diplomacy", "diplomacy", 3, COAL, a="Aoife Garrigan"),
  E("2025-12-30 16:40", "Ukrainian sea drones hit tanker near Novorossiysk, Russian officials say",
    ["Russian port authorities said a tanker waiting to load at Novorossiysk was damaged in a Ukrainian sea drone attack on Tuesday afternoon, causing a small fire that the crew put out."],
    "strikes", "strikes", 2, "novorossiysk-tanker-sea-drone-attack-2025-12-30", a="Ciar\u00e1n Doyle",
    n="same Black Sea port theme, other side and other event: must not merge with the Odesa port strike"),
  E("2025-12-30 12:20", "Irish Aid pledges winter support for Ukrainian hospitals",
    ["The Government will give \u20ac5 million to keep hospitals in frontline regions of Ukraine heated and supplied with power through the winter, the Department of Foreign Affairs said."],
    "aid", "aid", 2, "ireland-winter-hospital-aid-2025-12-30", a="Aoife Garrigan"),
  E("2025-12-30 09:10", "Three dead after Russian strikes on Odessa region",
    ["Three people were killed when Russian missiles and drones hit the port of Pivdennyi and a residential district of Odessa overnight, according to Ukrainian officials.",
     "Emergency services said a nine-storey building lost its facade and about 40 flats were damaged."],
    "strikes", "strikes", 3, ODS, a="Ciar\u00e1n Doyle", n="spelling 'Odessa'; toll 3"),
  E("2025-12-30 07:30", "Kremlin rules out pause in fighting over New Year",
    ["The Kremlin said there were no plans for a ceasefire over the New Year holidays, saying any halt would have to be part of a wider settlement."],
    "diplomacy", "diplomacy", 2, "kremlin-rules-out-new-year-truce-2025-12-30", a="Ciar\u00e1n Doyle"),
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
            d = dt(e["t"], S["zone"]); u = d.astimezone(UTC)
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                         "published_basis": S["basis"].format(s=stamps[i], d=d.strftime("%Y-%m-%d %H:%M"), z=S["zone"]),
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
        print(f"{fn:42s} {len(ents):2d} entries  UTC {sorted({x['published'][:10] for x in ents})}")
    print(f"{len(SEEDS)} seeds, {total} entries")


if __name__ == "__main__":
    main()

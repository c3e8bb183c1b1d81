#!/usr/bin/env python3
"""Builds the eval/cp seed pages and their gold files from one hand-written data table (further down).
Written by a blind tester: every headline and paragraph is the tester's own wording; Part B outlets are invented.
Deterministic. Run from the project root:  python3 eval/cp/tools/build.py"""
import html, json, os, re
from datetime import datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


# ------------------------------------------------------------------ data helpers
def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=None):
    """One entry: local time 'YYYY-MM-DD HH:MM' in the page zone, headline (None = no headline), paragraphs, labels."""
    return dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)


def OFF(t, h, p, st, a=None, n=""):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n)


def first_sentence(par):
    m = re.search(r'[.!?]["\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018]|$)', par)
    return par[:m.end()] if m else par


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def zulu(d):
    return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def ordinal(n):
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def h12(d, sep=":", upper=False, space=""):
    hh = d.hour % 12 or 12
    suf = "am" if d.hour < 12 else "pm"
    return f"{hh}{sep}{d.minute:02d}{space}{suf.upper() if upper else suf}"


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:70]


def paras_txt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def rfc822(d, gmt=False):
    if gmt:
        return d.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S GMT")
    return d.strftime("%a, %d %b %Y %H:%M:%S %z")


# ================================================================== Part A renderers (layouts of real outlets)

def r_derby(S):
    """Derby Telegraph (Reach plc site 'DerbyshireLive'): HTML live blog, newest first, LiveBlogPosting JSON-LD with
    per-update times, 'Key Events' box, page header '07:05, 17 MAR 2022' / 'Updated', per-post author above the bare
    'HH:MM' time, headline below. No zone printed (UK time; GMT in mid-March)."""
    z = S["zone"]; ents = S["entries"]
    pub, upd = dt(S["published"], z), dt(S["updated"], z)
    reach = lambda d: f"{d:%H:%M}, {d.day} {MON3[d.month - 1].upper()} {d.year}"
    ups = []
    for i, e in enumerate(ents):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{2140 + i}", "headline": e["h"], "datePublished": zulu(d),
             "author": {"@type": "Person", "name": e["a"]}}
        if e["p"]:
            u["articleBody"] = " ".join(e["p"])
        ups.append(u)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "description": S["lede"],
          "datePublished": zulu(pub), "dateModified": zulu(upd), "coverageStartTime": zulu(pub),
          "author": {"@type": "Person", "name": S["byline"]}, "publisher": {"@type": "Organization", "name": "Derbyshire Live"},
          "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en-GB">', '<head>', '<meta charset="utf-8">',
           f'<title>{esc(S["title"])} - Derbyshire Live</title>', f'<meta name="description" content="{attr(S["lede"])}">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script>', '</head>', '<body>',
           '<div id="consent-banner"><p>We and our partners use cookies and similar tools on this site to personalise what you see, to show adverts and to measure how the site is used.</p><button>I Accept</button> <button>Show Purposes</button></div>',
           '<header class="mast"><a class="logo" href="/">DerbyshireLive</a><nav class="primary"><a href="/news/">News</a> <a href="/all-about/derby-county-fc">Derby County</a> '
           '<a href="/sport/">Sport</a> <a href="/whats-on/">What\'s On</a> <a href="/all-about/family">Family</a> <a href="/all-about/property">Property</a> '
           '<a href="/newsletter-preference-centre/">Newsletters</a></nav><a class="sign-in" href="/login">Sign in</a></header>',
           '<main>', '<ol class="breadcrumbs"><li><a href="/news/">News</a></li><li><a href="/news/uk-world-news/">UK &amp; World News</a></li></ol>',
           f'<h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>',
           f'<div class="article-information"><div class="author"><a href="/authors/{slug(S["byline"])}/">{esc(S["byline"])}</a><span class="role">Live Reporter</span></div>',
           f'<div class="time-info"><span class="date-published">{reach(pub)}</span><span class="date-updated">Updated<time>{reach(upd)}</time></span></div></div>',
           '<div class="social-share"><a>Share</a> <a class="comment-count">Comments</a> <a>News</a></div>',
           f'<figure><img src="https://i2-prod.derbytelegraph.co.uk/incoming/article{S["imgid"]}.ece/ALTERNATES/s810/0_lead.jpg" alt=""><figcaption>{esc(S["caption"])}</figcaption></figure>',
           '<div class="newsletter-signup"><p>Get the biggest Derby and Derbyshire stories straight to your inbox</p><input type="email" placeholder="Enter your email"> <button>Subscribe</button>'
           '<p class="legal">We use your sign-up to send you the emails you asked for and, if you agree, other things we think you will like. You can unsubscribe at any time. More info</p></div>',
           '<section class="key-events"><h2>Key Events</h2><ul>']
    out += [f'<li><a href="#post-{2140 + i}">{esc(e["h"])}</a></li>' for i, e in enumerate(ents) if e["kp"]]
    out += ['</ul></section>', '<div class="live-blog">']
    stamps = []
    for i, e in enumerate(ents):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="live-event" id="post-{2140 + i}"><div class="post-meta"><span class="post-author">{esc(e["a"])}</span> <time datetime="{zulu(d)}">{st}</time></div>')
        out.append(f'<h2 class="post-title">{esc(e["h"])}</h2>')
        if not e["p"]:
            out.append('<div class="video-embed"><button>Play video</button></div>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if i == 0:
            out.append('<figure><figcaption>The theatre in Mariupol after the strike (Image: AFP via Getty Images)</figcaption></figure>')
        out.append('<div class="post-share"><a>Share</a></div></div>')
        if i == 2:
            out.append('<aside class="read-more"><strong>READ MORE:</strong> <a href="/news/derby-news/derby-mum-fundraiser-ukraine-6812001">Derby mum\'s bake sale for Ukraine passes &#163;5,000</a></aside>')
    out += ['</div>', '<button class="load-more">Load more</button>', '</main>',
            '<aside class="most-read"><h3>Most Read</h3><ol><li><a>Roadworks to close part of Ashbourne Road for a week</a></li>'
            '<li><a>Rams fans react to late winner at Pride Park</a></li><li><a>New cafe opens in Derby Market Hall</a></li></ol></aside>',
            '<footer><p>Follow DerbyshireLive</p><p>Facebook Twitter Instagram</p><p>&#169; 2022 a Reach plc subsidiary</p><p>Privacy Notice · Cookie Notice · Terms and Conditions · Contact Us</p></footer>',
            '</body>', '</html>']
    return "\n".join(out) + "\n", stamps


def r_lincs(S):
    """Lincolnshire Echo (Reach site 'LincolnshireLive'): 'select all, copy' of a live blog. Newest first; bare 'HH:MM'
    line above each headline; one page byline; header '08:00, 6 JUL 2022' and 'Updated00:40, 7 JUL 2022' (Reach glues
    'Updated' to the time in copied text); the blog runs past local midnight. No zone printed (UK time, BST)."""
    z = S["zone"]; ents = S["entries"]
    pub, upd = dt(S["published"], z), dt(S["updated"], z)
    reach = lambda d: f"{d:%H:%M}, {d.day} {MON3[d.month - 1].upper()} {d.year}"
    L = ["Skip to main content", "LincolnshireLive", "Subscribe", "Sign in",
         "News  Lincoln  Boston  Grantham  Skegness  Louth  Gainsborough  Sport  Lincoln City  What's On  Property", "",
         "NewsUK & World News", "", S["title"], "", S["lede"], "", "Share", "", "Comments", "", S["byline"], "Live news reporter",
         reach(pub), "Updated" + reach(upd), "", "A Ukrainian soldier near the front line in Donetsk region (Image: AFP via Getty Images)", "",
         "Get the biggest Lincolnshire stories straight to your inbox", "Enter your email", "Subscribe",
         "We use your sign-up to send the emails you asked for and, where you agreed, other messages we think you will want. You can unsubscribe at any time. More info",
         "Invalid email", "Something went wrong, please try again later.", "", "Show latest updates", ""]
    stamps = []
    for i, e in enumerate(ents):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""]
        if not e["p"]:
            L += ["Play video", ""]
        L += paras_txt(e["p"])
        if i == 2:
            L += ["(Image: Anadolu Agency via Getty Images)", ""]
        if i == 4:
            L += ["Read More", "Related Articles", "Lincoln families open their homes to Ukrainian refugees", "Read More", ""]
    L += ["Load more", "", "Comments", "Join the conversation: read our community guidelines", "", "Top Stories",
          "Man charged after crash on the A46 near Lincoln", "Skegness seafront cafe named best in the county", "",
          "Follow LincolnshireLive", "Facebook  Twitter  Instagram", "\u00a9 2022 a Reach plc subsidiary"]
    return "\n".join(L) + "\n", stamps


def r_grimsby(S):
    """Grimsby Telegraph (Reach site 'Grimsby Live'): RSS 2.0 of the Ukraine topic page (?service=rss), newest first,
    CDATA titles and descriptions (standfirst only), pubDate with the UK offset (+0100 in BST), dc:creator, media:thumbnail."""
    z = S["zone"]; ents = S["entries"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom">',
           '<channel>', f'<title>{esc(S["title"])}</title>', '<link>https://www.grimsbytelegraph.co.uk/all-about/ukraine</link>',
           '<atom:link href="https://www.grimsbytelegraph.co.uk/all-about/ukraine?service=rss" rel="self" type="application/rss+xml"/>',
           f'<description>{esc(S["lede"])}</description>', '<language>en-gb</language>',
           f'<lastBuildDate>{rfc822(dt(ents[0]["t"], z))}</lastBuildDate>',
           '<image><url>https://s2-prod.grimsbytelegraph.co.uk/@trinitymirrordigital/chameleon-branding/publications/grimsby/img/logo.png</url><title>Grimsby Live</title><link>https://www.grimsbytelegraph.co.uk/</link></image>']
    stamps = []
    for i, e in enumerate(ents):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        link = f"https://www.grimsbytelegraph.co.uk/news/{e.get('sec_path', 'uk-world-news')}/{slug(e['h'])}-{7058100 + i * 37}"
        out += ['<item>', f'<title><![CDATA[{e["h"]}]]></title>', f'<link>{link}</link>', f'<guid isPermaLink="true">{link}</guid>',
                f'<description><![CDATA[{e["p"][0]}]]></description>', f'<pubDate>{st}</pubDate>', f'<dc:creator>{esc(e["a"])}</dc:creator>',
                f'<category>{esc(e.get("cat", "UK & World News"))}</category>',
                f'<media:thumbnail url="https://i2-prod.grimsbytelegraph.co.uk/incoming/article{7058100 + i * 37}.ece/ALTERNATES/s98/0_img.jpg"/>',
                f'<enclosure url="https://i2-prod.grimsbytelegraph.co.uk/incoming/article{7058100 + i * 37}.ece/ALTERNATES/s615/0_img.jpg" length="0" type="image/jpeg"/>',
                '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_northampton(S):
    """Northampton Chronicle & Echo (National World): HTML article with h2 sections, NewsArticle JSON-LD, 'By' byline,
    'Published 28th Mar 2022, 16:45 BST' / 'Updated ...', in-body 'READ MORE:' links, newsletter boxes. One entry per section."""
    z = S["zone"]; pub, upd = dt(S["published"], z), dt(S["updated"], z)
    nw = lambda d: f"{ordinal(d.day)} {MON3[d.month - 1]} {d.year}, {d:%H:%M} {d.tzname()}"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "description": S["lede"],
          "datePublished": pub.isoformat(), "dateModified": upd.isoformat(), "articleSection": "News",
          "author": [{"@type": "Person", "name": S["byline"], "url": f"https://www.northamptonchron.co.uk/author/{slug(S['byline'])}"}],
          "publisher": {"@type": "Organization", "name": "Northampton Chronicle and Echo"},
          "mainEntityOfPage": S["url"]}
    out = ['<!DOCTYPE html>', '<html lang="en">', '<head>', '<meta charset="utf-8">', f'<title>{esc(S["title"])} | Northampton Chronicle and Echo</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script>', '</head>', '<body>',
           '<div class="consent"><p>We use cookies to make the site work, to understand how it is used and to show you relevant adverts. You can change your choices at any time.</p><button>Accept all</button> <button>Manage options</button></div>',
           '<header><a class="logo" href="/">Northampton Chronicle &amp; Echo</a><nav><a>News</a> <a>Sport</a> <a>Cobblers</a> <a>Saints</a> <a>What\'s On</a> '
           '<a>Lifestyle</a> <a>Business</a> <a>Your Chron</a></nav><a class="subscribe">Subscribe</a> <a>Sign in</a></header>',
           '<main><article>', '<nav class="breadcrumb"><a>News</a> <span>&#8250;</span> <a>World</a></nav>',
           f'<h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>',
           f'<div class="byline">By <a href="/author/{slug(S["byline"])}">{esc(S["byline"])}</a></div>',
           f'<div class="dates"><span>Published {nw(pub)}</span><span>Updated {nw(upd)}</span></div>',
           '<div class="share"><a>Share</a> <a>Comments</a></div>',
           '<figure><figcaption>Residents wait for an evacuation bus in Irpin. Photo: Getty Images</figcaption></figure>',
           '<aside class="newsletter"><p>Sign up to our daily newsletter</p><p>The Chron\'s best stories of the day, every morning before 9am</p><input type="email" placeholder="Email address"> <button>Sign up</button></aside>']
    for i, e in enumerate(S["entries"]):
        out.append(f'<h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if i == 1:
            out.append('<p class="read-more"><strong>READ MORE:</strong> <a href="/news/people/northampton-family-opens-home-3621977">Northampton family opens its home to Ukrainian mum and daughter</a></p>')
        if i == 3:
            out.append('<div class="ad-slot">Advertisement</div>')
    out += ['</article>', '<aside class="newsletter-bottom"><p>Sign up to our daily newsletter</p><button>Sign up</button></aside>',
            '<section class="comments"><h3>Comments</h3><p>Want to join the conversation? Please or to comment on this article.</p></section>',
            '<aside class="related"><h3>More from News</h3><a>Rail disruption between Northampton and Milton Keynes this weekend</a> <a>New play area opens at Abington Park</a></aside>',
            '</main>', '<footer><p>&#169; 2022 National World Publishing Ltd. All rights reserved.</p><p>Cookie Settings · Terms and Conditions · Privacy notice</p></footer>',
            '</body>', '</html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_peterborough(S):
    """Peterborough Telegraph (National World): text copy of a live page switched to 'Oldest first'. Each post: headline,
    then its time with zone ('07:40 BST') AFTER the headline, then body. One page byline; 'Published 13th Oct 2022, 07:30 BST'."""
    z = S["zone"]; pub, upd = dt(S["published"], z), dt(S["updated"], z)
    nw = lambda d: f"{ordinal(d.day)} {MON3[d.month - 1]} {d.year}, {d:%H:%M} {d.tzname()}"
    L = ["Peterborough Telegraph", "Subscribe", "Sign in", "News  Sport  Posh  What's On  Lifestyle  Business  Your Telegraph", "",
         "News  \u203a  World", "", S["title"], "", S["lede"], "", f"By {S['byline']}", f"Published {nw(pub)}", f"Updated {nw(upd)}", "",
         "Share", "Comments", "", "Sign up to our Peterborough Telegraph newsletter", "Sign up", "", "Sort by: Newest first | Oldest first", "Oldest first", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} {d.tzname()}"; stamps.append(st)
        L += [e["h"], st, ""] + paras_txt(e["p"])
        if i == 3:
            L += ["Advertisement", "", "READ MORE: Peterborough charity shop raises thousands for Ukrainian families", ""]
    L += ["Show new updates", "", "Comments", "Want to join the conversation? Please or to comment on this article.", "",
          "\u00a9 2022 National World Publishing Ltd. All rights reserved.", "Cookie Settings  Terms and Conditions  Privacy notice"]
    return "\n".join(L) + "\n", stamps


def r_ipswich(S):
    """Ipswich Star (Archant): HTML topic listing, newest first; each card: headline link, standfirst, author name and
    'Published: 9:42 PM September 9, 2022' (12-hour clock, no zone; UK time). CollectionPage JSON-LD without dates."""
    z = S["zone"]
    ld = {"@context": "https://schema.org", "@type": "CollectionPage", "name": "Ukraine", "url": S["url"],
          "publisher": {"@type": "Organization", "name": "Ipswich Star"}}
    out = ['<!DOCTYPE html>', '<html lang="en-GB">', '<head>', '<meta charset="utf-8">', f'<title>{esc(S["title"])} | Ipswich Star</title>',
           '<script type="application/ld+json">' + json.dumps(ld) + '</script>', '</head>', '<body>',
           '<div class="cookie-notice"><p>This site uses cookies. By carrying on browsing you agree to how we use them.</p><button>OK</button> <a>Find out more</a></div>',
           '<header><a class="brand" href="/">Ipswich Star</a><nav><a>News</a> <a>Sport</a> <a>Ipswich Town</a> <a>What\'s On</a> <a>Property</a> '
           '<a>Jobs</a> <a>Motors</a> <a>Announcements</a></nav><a class="subscribe">Subscribe</a></header>',
           '<main>', f'<h1>{esc(S["title"])}</h1>', f'<p class="topic-intro">{esc(S["lede"])}</p>', '<ul class="article-list">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"Published: {h12(d, upper=True, space=' ')} {MONTHS[d.month - 1]} {d.day}, {d.year}"; stamps.append(st)
        out += [f'<li class="card"><a class="card-link" href="/news/{slug(e["h"])}-{9201450 + i * 13}"><h3>{esc(e["h"])}</h3></a>',
                f'<p class="standfirst">{esc(e["p"][0])}</p>',
                f'<div class="card-meta"><span class="author">{esc(e["a"])}</span><span class="published">{st}</span></div></li>']
        if i == 2:
            out.append('<li class="advert">Advertisement</li>')
    out += ['</ul>', '<button class="load-more">Load more</button>', '</main>',
            '<aside class="most-read"><h3>Most Read</h3><ol><li>Town centre road to close for gas works</li><li>Ipswich Town fans snap up tickets for away trip</li></ol></aside>',
            '<footer><p>Archant Community Media Ltd, Prospect House, Rouen Road, Norwich NR1 1RE</p><p>&#169; 2022 Archant Community Media Ltd</p><p>Privacy · Cookie policy · Terms</p></footer>',
            '</body>', '</html>']
    return "\n".join(out) + "\n", stamps


def r_norwich(S):
    """Norwich Evening News (Archant): text copy of a live blog, newest first; each post begins with a 12-hour time line
    ('6:40 PM'); some posts have a headline line, short ones go straight into the text. One page byline; header
    'Published: 8:00 AM December 15, 2022'; image credits in Archant's '- Credit: ...' form. UK time (GMT)."""
    z = S["zone"]; pub, upd = dt(S["published"], z), dt(S["updated"], z)
    arch = lambda d: f"{h12(d, upper=True, space=' ')} {MONTHS[d.month - 1]} {d.day}, {d.year}"
    L = ["Norwich Evening News", "News  Sport  Norwich City  What's On  Property  Jobs  Subscribe", "", "Norfolk News \u203a Ukraine", "",
         S["title"], "", S["lede"], "", S["byline"], "Reporter", f"Published: {arch(pub)}", f"Updated: {arch(upd)}", "", "Share", "",
         "Ukrainian families at a welcome event in Norwich earlier this year - Credit: Denise Bradley", "", "Live updates", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = h12(d, upper=True, space=" "); stamps.append(st)
        L += [st]
        if e["h"]:
            L += [e["h"]]
        L += [""] + paras_txt(e["p"])
        if i == 0:
            L += ["Ukraine's president Volodymyr Zelensky addressed the summit by video - Credit: PA", ""]
        if i == 3:
            L += ["Advertisement", ""]
    L += ["Load more updates", "", "Sign up for the Evening News daily newsletter", "Sign up", "",
          "Norwich Evening News \u00a9 2022 Archant Community Media Ltd", "Privacy  Cookie policy  Terms"]
    return "\n".join(L) + "\n", stamps


def r_bucks(S):
    """Bucks Free Press (Newsquest): text copy of an evening round-up article. Newsquest prints current-year dates
    without the year ('Published: 21st October, 6:05pm'). Items: heading, 'By ...' credit (reporter or PA News Agency),
    text. No per-item time: every item takes the page stamp. UK time (BST)."""
    z = S["zone"]; pub = dt(S["published"], z)
    stamp = f"Published: {ordinal(pub.day)} {MONTHS[pub.month - 1]}, {h12(pub)}"
    L = ["Bucks Free Press", "Sign in  Subscribe", "News  Sport  Wycombe Wanderers  What's On  Announcements  Jobs  Directory  Public Notices  Contact us", "",
         "News", "", S["title"], "", S["lede"], "", f"By {S['byline']}", "Digital reporter", "Share", "", stamp, "",
         "High Wycombe town centre (Image: Newsquest)", ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], f"By {e['a']}", ""] + paras_txt(e["p"])
        if i == 2:
            L += ["Advertisement", ""]
    L += ["Read more: Sign up to our newsletter for the latest Wycombe news", "", "Comments: Our rules",
          "We want comments on our stories to be lively and useful. Please keep them civil and on topic.", "", "Most Read",
          "Marlow bridge weight limit to be enforced", "New bakery opens on Castle Street", "",
          "Bucks Free Press is part of Newsquest Media Group", "Contact us  Privacy  Cookie settings  Terms"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_kent(S):
    """Kent Messenger (KM Group, KentOnline): HTML live page, oldest first, 'Published: 07:00, 20 March 2022 | Updated: ...'
    header, per-post time in KentOnline's '8.10am' style, per-post 'Posted by' line. NewsArticle JSON-LD. UK time (GMT)."""
    z = S["zone"]; pub, upd = dt(S["published"], z), dt(S["updated"], z)
    km = lambda d: f"{d:%H:%M}, {d.day:02d} {MONTHS[d.month - 1]} {d.year}"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": pub.isoformat(),
          "dateModified": upd.isoformat(), "author": {"@type": "Person", "name": S["byline"]},
          "publisher": {"@type": "Organization", "name": "KentOnline"}}
    out = ['<!DOCTYPE html>', '<html lang="en">', '<head>', '<meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script>', '</head>', '<body>',
           '<header><a class="logo" href="/">KentOnline</a><nav><a>News</a> <a>Sport</a> <a>What\'s On</a> <a>Motoring</a> <a>Jobs</a> '
           '<a>Property</a> <a>Public Notices</a> <a>kmfm</a> <a>KMTV</a></nav></header>',
           '<main>', '<p class="kicker">Live</p>', f'<h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>',
           f'<div class="byline">by <a>{esc(S["byline"])}</a></div>',
           f'<p class="dates">Published: {km(pub)} | Updated: {km(upd)}</p>',
           '<div class="share">Share: <a>Facebook</a> <a>Twitter</a> <a>Email</a></div>', '<div class="live-updates">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = h12(d, sep="."); stamps.append(st)
        out.append(f'<div class="live-entry"><span class="time">{st}</span><h3>{esc(e["h"])}</h3>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append(f'<p class="posted-by">Posted by {esc(e["a"])}</p></div>')
        if i == 2:
            out.append('<div class="newsletter"><p>Sign up for our KentOnline newsletter and get the county\'s top stories each morning.</p><button>Sign up</button></div>')
    out += ['</div>', '<p class="read-more">Read more: All the latest news from Kent</p>', '</main>',
            '<footer><p>KM Media Group</p><p>Contact us · Privacy · Cookies · Terms</p></footer>', '</body>', '</html>']
    return "\n".join(out) + "\n", stamps


def r_newsandstar(S):
    """News & Star (Newsquest, Carlisle): RSS 2.0 of the news section, newest first; pubDate printed in GMT (so 21:20 BST
    appears as 20:20:00 GMT); description = standfirst; no author element; local and national items mixed."""
    z = S["zone"]; ents = S["entries"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<link>https://www.newsandstar.co.uk/news/</link>',
           f'<description>{esc(S["lede"])}</description>', '<language>en-gb</language>',
           f'<lastBuildDate>{rfc822(dt(ents[0]["t"], z), gmt=True)}</lastBuildDate>']
    stamps = []
    for i, e in enumerate(ents):
        d = dt(e["t"], z); st = rfc822(d, gmt=True); stamps.append(st)
        link = f"https://www.newsandstar.co.uk/news/{23080112 + i * 211}.{slug(e['h'])}/"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<description>{esc(e["p"][0])}</description>',
                f'<pubDate>{st}</pubDate>', f'<guid>{link}</guid>',
                f'<media:content url="https://www.newsandstar.co.uk/resources/images/{16001200 + i * 7}/" medium="image"/>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


# ================================================================== Part B renderers (invented outlets)

def r_hebbleford(S):
    """Hebbleford Chronicle (invented, UK): text live blog, newest first, date line, 'All times GMT', Key Points bullets,
    24-hour stamps with a dot ('14.55') above the headline, author signed '— Name' after the body."""
    z = S["zone"]
    L = ["HEBBLEFORD CHRONICLE", "News | World | UK | Business | Sport | Opinion | Puzzles", "", "Ukraine war live", S["title"], S["dateline"],
         "All times GMT", "", "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H.%M}"; stamps.append(st)
        L += [st, e["h"], ""]
        if not e["p"]:
            L += ["[Video: 1 min 12 sec]", ""]
        L += paras_txt(e["p"])
        if e["a"]:
            L += ["\u2014 " + e["a"], ""]
        if i == 2:
            L += ["Advertisement", ""]
    L += ["Show older posts", "", "\u00a9 Hebbleford Chronicle \u00b7 Terms \u00b7 Privacy \u00b7 Cookies"]
    return "\n".join(L) + "\n", stamps


def r_lavra(S):
    """Lavra Hill Courier (invented, Kyiv): HTML live blog, newest first, LiveBlogPosting JSON-LD with per-update times
    (+02:00), visible day dividers without year ('26 November'), <time datetime> with bare 'HH:MM', author line under the headline."""
    z = S["zone"]; ents = S["entries"]
    ups = []
    for i, e in enumerate(ents):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#u{880 + i}", "headline": e["h"], "datePublished": d.isoformat()}
        if e["p"]:
            u["articleBody"] = "\n".join(e["p"])
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    ds = sorted(dt(e["t"], z) for e in ents)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"],
          "datePublished": ds[0].isoformat(), "dateModified": ds[-1].isoformat(), "coverageStartTime": ds[0].isoformat(), "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en">', '<head>', '<meta charset="utf-8">', f'<title>{esc(S["title"])} | Lavra Hill Courier</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script>', '</head>', '<body>',
           '<header><a href="/" class="brand">Lavra Hill Courier</a><nav><a>Home</a> · <a>War</a> · <a>Kyiv</a> · <a>Economy</a> · <a>Culture</a> · <a>Support us</a></nav></header>',
           '<main>', f'<h1>{esc(S["title"])}</h1>', f'<p class="meta">Live updates · {esc(S["dateline"])} · All times are Kyiv time</p>',
           f'<p class="lede">{esc(S["lede"])}</p>', '<div class="feed">']
    stamps = []; cur = None
    for i, e in enumerate(ents):
        d = dt(e["t"], z)
        day = f"{d.day} {MONTHS[d.month - 1]}"
        if day != cur:
            cur = day; out.append(f'<h3 class="day-divider">{day}</h3>')
        st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="update" id="u{880 + i}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="by">by {esc(e["a"])}</p>')
        if not e["p"]:
            out.append('<div class="gallery"><a>Open gallery (12 photos)</a></div>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<div class="tools"><a>Copy link</a> <a>Share</a></div></article>')
        if i == 2:
            out.append('<aside class="donate"><p>Our reporters stay in Ukraine. Help us keep them there.</p><a>Support the Courier</a></aside>')
    out += ['</div>', '<a class="older">Earlier updates</a>', '</main>', '<footer>Lavra Hill Courier · Editorial policy · Contacts · Privacy</footer>', '</body>', '</html>']
    return "\n".join(out) + "\n", stamps


def r_rssworld(S):
    """Invented general world feeds (RSS 2.0): pubDate in the outlet's own offset (S['rfc']: 'GMT' or numeric),
    CDATA descriptions, category per item, newest first, no authors."""
    z = S["zone"]; ents = S["entries"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', '<channel>', f'<title>{esc(S["title"])}</title>',
           f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>', '<language>en</language>']
    stamps = []
    for i, e in enumerate(ents):
        d = dt(e["t"], z); st = rfc822(d, gmt=(S["rfc"] == "GMT")); stamps.append(st)
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{S["url"]}/{S["path"]}/{4410 + i * 3}</link>',
                f'<guid isPermaLink="false">{S["path"]}-{4410 + i * 3}</guid>', f'<pubDate>{st}</pubDate>',
                f'<category>{esc(e.get("cat", "World"))}</category>',
                '<description><![CDATA[' + "".join(f'<p>{esc(p)}</p>' for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_atom(S):
    """Invented Atom 1.0 feeds: <published> with the outlet's offset (or Z), content type='html' (escaped markup),
    per-entry author when credited, entries listed in the order given (newest first)."""
    z = S["zone"]; ents = S["entries"]
    newest = max(dt(e["t"], z) for e in ents)
    isoz = (lambda d: zulu(d)) if S.get("zulu") else (lambda d: d.isoformat())
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/atom.xml"/>',
           f'<id>{S["url"]}/atom.xml</id>', f'<updated>{isoz(newest)}</updated>']
    stamps = []
    for i, e in enumerate(ents):
        d = dt(e["t"], z); st = isoz(d); stamps.append(st)
        out += ['<entry>', f'<title>{esc(e["h"])}</title>', f'<link href="{S["url"]}/{S["path"]}/{e.get("slug") or slug(e["h"])}"/>',
                f'<id>tag:{S["tag"]},{d.year}:{S["path"]}/{e.get("slug") or slug(e["h"])}</id>', f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        if e.get("cat"):
            out.append(f'<category term="{attr(e["cat"])}"/>')
        if e["p"]:
            out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_article(S):
    """Invented text articles with section headings: outlet, breadcrumb, title, byline, a dateline in the outlet's own
    form (S['dateline']), lede, sections, share/related chrome. One entry per section; no per-section time."""
    L = [S["source"], S["crumb"], "", S["title"], "", S["lede"], "", f"By {S['byline']}", S["dateline"], ""]
    for e in S["entries"]:
        L += [e["h"], ""] + paras_txt(e["p"])
    L += ["Share: Facebook \u00b7 X \u00b7 Email", "", "Related: " + S["related"], "", S["footer"]]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_teteriv(S):
    """Teteriv Evening Post (invented, Kyiv): text live blog, OLDEST first, day lines without a year ('Saturday, 30 April'),
    'All times Kyiv time', bare 'HH:MM' line above each headline, author line 'Reporter: Name' after the body."""
    z = S["zone"]
    L = ["TETERIV EVENING POST", "War  |  Regions  |  Economy  |  Opinion  |  Support us", "", S["title"], "All times Kyiv time", "", S["lede"], ""]
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        day = f"{WEEKDAYS[d.weekday()]}, {d.day} {MONTHS[d.month - 1]}"
        if day != cur:
            cur = day; L += [day, ""]
        st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + paras_txt(e["p"])
        if e["a"]:
            L += [f"Reporter: {e['a']}", ""]
        if i == 3:
            L += ["Become a patron of the Teteriv Evening Post", ""]
    L += ["This live blog has ended. Follow our coverage tomorrow.", "Teteriv Evening Post \u00b7 About \u00b7 Contacts"]
    return "\n".join(L) + "\n", stamps


def r_brackenholm(S):
    """Brackenholm Courier (invented, UK): HTML live blog, newest first; page-level LiveBlogPosting JSON-LD (no update list);
    date line 'Saturday 30 April 2022'; each post '<time datetime>' with '9.50pm' text, h2, 'By Name' under the headline."""
    z = S["zone"]; ents = S["entries"]
    ds = sorted(dt(e["t"], z) for e in ents)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": S["title"], "datePublished": ds[0].isoformat(),
          "dateModified": ds[-1].isoformat(), "coverageStartTime": ds[0].isoformat(), "publisher": {"@type": "Organization", "name": "Brackenholm Courier"}}
    out = ['<!DOCTYPE html>', '<html lang="en-GB">', '<head>', '<meta charset="utf-8">', f'<title>{esc(S["title"])} | Brackenholm Courier</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script>', '</head>', '<body>',
           '<div class="cookies">We use cookies to improve your experience. <button>Accept</button> <button>Reject</button></div>',
           '<header>Brackenholm Courier <nav><a>UK</a> <a>World</a> <a>Ukraine</a> <a>Money</a> <a>Sport</a></nav></header>',
           '<main>', f'<h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(ents):
        d = dt(e["t"], z); st = h12(d, sep="."); stamps.append(st)
        out.append(f'<div class="post"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="byline">By {esc(e["a"])}</p>')
        if not e["p"]:
            out.append('<figure><figcaption>Photograph: Odesa regional administration</figcaption></figure>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('</div>')
        if i == 1:
            out.append('<aside class="related"><h3>Related</h3><a>Who are the civilians still inside Mariupol?</a></aside>')
    out += ['<p class="end">Scroll for earlier posts</p>', '</main>', '<footer>Brackenholm Courier · Contact · Privacy · Terms</footer>', '</body>', '</html>']
    return "\n".join(out) + "\n", stamps


def r_wieprz(S):
    """Wieprz Valley Herald (invented, Poland): RSS 2.0 with numeric offset (+0200 in CEST), dc:creator, short description
    plus content:encoded with the full text, newest first."""
    z = S["zone"]; ents = S["entries"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>', '<language>en</language>',
           f'<lastBuildDate>{rfc822(dt(ents[0]["t"], z))}</lastBuildDate>']
    stamps = []
    for i, e in enumerate(ents):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        link = f"{S['url']}/ukraine/{slug(e['h'])}"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid>{link}</guid>', f'<pubDate>{st}</pubDate>',
                f'<dc:creator><![CDATA[{e["a"]}]]></dc:creator>', '<category>Ukraine</category>',
                f'<description><![CDATA[{first_sentence(e["p"][0])}]]></description>',
                '<content:encoded><![CDATA[' + "".join(f'<p>{esc(p)}</p>' for p in e["p"]) + ']]></content:encoded>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


# ================================================================== PUBLISHED_BASIS texts per renderer
def basis(S, e, d, st):
    r = S["render"].__name__; z = S["zone"]; loc = f"{d:%Y-%m-%d %H:%M} {d.tzname()} (UTC{d:%z})"
    first_day = dt(S["entries"][0]["t"], z).date() if r != "r_lincs" else dt(S["published"], z).date()
    if r == "r_derby":
        return f"bare '{st}' beside the post author; the page header '07:05, 17 MAR 2022' gives the day; UK time printed without zone, GMT in March = UTC; JSON-LD update time agrees -> {loc}"
    if r == "r_lincs":
        extra = " AFTER LOCAL MIDNIGHT: the newest-first order (00:40, 00:05 above 23:15) and the header 'Updated00:40, 7 JUL 2022' put it on 7 July local, which is still 6 July in UTC" if d.date() != first_day else ""
        return f"bare '{st}' above the headline; day from the header '08:00, 6 JUL 2022'; UK time without zone, BST = UTC+1{extra} -> {loc}"
    if r == "r_grimsby":
        return f"RSS pubDate '{st}' (explicit +0100, BST) -> {loc}"
    if r == "r_northampton":
        return f"no per-section time; every section takes the article stamp 'Published 28th Mar 2022, 16:45 BST' (BST = UTC+1; clocks went forward on 27 March); JSON-LD datePublished agrees -> {loc}"
    if r == "r_peterborough":
        return f"stamp '{st}' printed on the line AFTER the headline; day from 'Published 13th Oct 2022, 07:30 BST'; BST = UTC+1; page sorted oldest first -> {loc}"
    if r == "r_ipswich":
        return f"card stamp '{st}' (12-hour clock, no zone printed: UK time, BST = UTC+1) -> {loc}"
    if r == "r_norwich":
        return f"12-hour stamp '{st}' opening the post; day from 'Published: 8:00 AM December 15, 2022'; UK time (GMT = UTC) -> {loc}"
    if r == "r_bucks":
        return f"no per-item time; every item takes the page stamp 'Published: 21st October, 6:05pm'; the page prints no year (Newsquest omits the current year), so parse_args --date 2022-10-21; UK time, BST = UTC+1 -> {loc}"
    if r == "r_kent":
        return f"stamp '{st}' (KentOnline style) in oldest-first order; day from 'Published: 07:00, 20 March 2022'; UK time (GMT = UTC) -> {loc}"
    if r == "r_newsandstar":
        return f"RSS pubDate '{st}' printed in GMT; the outlet's local time is BST, so the local clock read one hour later -> {loc}"
    if r == "r_hebbleford":
        return f"stamp '{st}' under the date line '{S['dateline']}' and 'All times GMT' -> {loc}"
    if r == "r_lavra":
        extra = f"; it sits under the '{d.day} {MONTHS[d.month - 1]}' divider, i.e. after local midnight, which is still {d.astimezone(UTC).day} {MONTHS[d.month - 1]} in UTC" if d.date() != d.astimezone(UTC).date() else ""
        return f"bare '{st}' in <time datetime='{d.isoformat()}'> under the day divider for {d.day} {MONTHS[d.month - 1]} (year from the header); Kyiv EET = UTC+2{extra} -> {loc}"
    if r == "r_rssworld":
        return f"RSS pubDate '{st}' (explicit zone){'; local date differs from the UTC date' if d.date() != d.astimezone(UTC).date() else ''} -> {loc}"
    if r == "r_atom":
        return f"Atom <published> '{st}' (explicit offset) -> {loc}"
    if r == "r_article":
        return f"no per-section time; every section takes the article dateline '{S['dateline']}' ({z}) -> {loc}"
    if r == "r_teteriv":
        extra = "; printed under the next day line 'Sunday, 1 May' (after local midnight), still 30 April in UTC" if d.day == 1 else ""
        return f"bare '{st}' under the day line for {WEEKDAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} (no year printed: parse_args --date 2022-04-30); Kyiv EEST = UTC+3{extra} -> {loc}"
    if r == "r_brackenholm":
        return f"stamp '{st}' in <time datetime='{d.isoformat()}'> under the date line '{S['dateline']}'; BST = UTC+1 -> {loc}"
    if r == "r_wieprz":
        return f"RSS pubDate '{st}' (explicit +0200, CEST) -> {loc}"
    raise KeyError(r)


# ================================================================== PART A data (real outlets' layouts, own words)
SEEDS = []

SEEDS.append(dict(id="9500", name="9500_derbytelegraph-live", ext="html", source="Derby Telegraph", zone="Europe/London", render=r_derby,
  title="Russia Ukraine war live: Survivors brought out of Mariupol theatre as Derby volunteers get ready to host families",
  lede="Follow the latest as rescuers search the ruins of a bombed theatre in Mariupol and people across Derby and Derbyshire prepare to take in Ukrainian refugees.",
  byline="Hannah Whitlow", published="2022-03-17 07:05", updated="2022-03-17 21:30", imgid="6811734",
  caption="Emergency workers in Kyiv on Thursday morning (Image: Getty Images)",
  url="https://www.derbytelegraph.co.uk/news/uk-world-news/live-russia-ukraine-war-mariupol-6811734",
  notes="Imitates a Reach plc live blog on the Derby Telegraph site (branded DerbyshireLive), saved as HTML. Newest first. Header: page byline, '07:05, 17 MAR 2022' and 'Updated' + '21:30, 17 MAR 2022' (Reach's upper-case month). A 'Key Events' box lists four post headlines (treated as the page's Key Points block: key_point true, importance 3). Each post: per-post author and a bare 'HH:MM' time in a meta line, then an h2 headline, then paragraphs. LiveBlogPosting JSON-LD carries every update with a UTC datePublished (agrees with the visible times). No zone printed: UK time, GMT (= UTC) in mid-March. Entry 07 is a 'Watch:' video teaser with no text (importance 1). Chrome: consent banner, newsletter box, READ MORE link, Most Read, footer.",
  not_entries=["consent banner", "masthead and navigation", "breadcrumb 'News / UK & World News'", "h1 page title and standfirst", "page byline 'Hannah Whitlow', 'Live Reporter', publish/updated lines",
               "'Share' / 'Comments' / 'News' links", "lead image caption", "newsletter sign-up box with its small print", "'Key Events' box (a list of links to posts, not posts itself)",
               "'Play video' button of the video post", "photo caption '(Image: AFP via Getty Images)' inside entry 01", "per-post 'Share' links",
               "'READ MORE:' link about a Derby bake sale", "'Load more' button", "'Most Read' list", "footer"],
  entries=[
  E("2022-03-17 21:10", "Around 130 people brought out alive from Mariupol theatre, says ombudswoman",
    ["About 130 people have been rescued from the basement of the Mariupol drama theatre that was bombed on Wednesday, Ukraine's parliamentary human rights commissioner Lyudmyla Denisova said this evening.",
     "Rescue teams are still working through the rubble and it is not yet clear how many people were inside when the building was hit.",
     "Satellite pictures taken before the attack showed the Russian word for children written in huge white letters on the ground on both sides of the theatre."],
    "strikes", "strikes", 3, "mariupol-drama-theatre-strike", a="Tom Ashdale", kp=True),
  E("2022-03-17 19:45", "Normanton donation hub full: volunteers ask for medicine, not clothes",
    ["Volunteers at a church hall collection point in Normanton say they have no room left and are asking people to bring only medical supplies, power banks and sleeping bags from now on.",
     "Organiser Olena Kravets, who moved to Derby from Lviv twelve years ago, said more than 600 bags of clothing were still waiting to be sorted.",
     "A lorry carrying the first load is due to leave for the Polish border on Saturday morning."],
    "aid", "aid", 2, "normanton-donation-hub-full", a="Priya Matharu", n="Humanitarian supplies collected for Ukraine -> aid."),
  E("2022-03-17 18:20", "Twenty-one killed as Russian shelling hits school and community centre near Kharkiv",
    ["Twenty-one people died and 25 were hurt when Russian artillery struck a school and a community centre in Merefa, a town just south-west of Kharkiv, early on Thursday, the regional prosecutor's office said.",
     "Ten of the injured are said to be in a serious condition."],
    "strikes", "strikes", 3, "merefa-school-shelling-2022-03-17", a="Tom Ashdale", kp=True),
  E("2022-03-17 16:05", "Kremlin calls Biden's 'war criminal' jibe unforgivable",
    ["The Kremlin has said Joe Biden's description of Vladimir Putin as a war criminal was unacceptable and unforgivable.",
     "Spokesman Dmitry Peskov told reporters the words came from the leader of a country that had bombed people around the world for decades."],
    "diplomacy", "diplomacy", 2, "kremlin-rejects-biden-war-criminal-remark", a="Hannah Whitlow"),
  E("2022-03-17 14:40", "Homes for Ukraine: what Derbyshire hosts need to know before visa applications open",
    ["People in Derbyshire who have registered to host a Ukrainian family will be able to start visa applications with them from tomorrow, and must be ready to offer a room for at least six months.",
     "Hosts will receive a monthly thank-you payment of \u00a3350, and councils will check both the property and the people living in it.",
     "Derby City Council said it had already taken more than 400 calls from residents asking how they could help."],
    "other", "humanitarian", 2, "homes-for-ukraine-derbyshire-hosts", a="Priya Matharu"),
  E("2022-03-17 12:15", "Turkey says Russia and Ukraine are 'close' on key points of a deal",
    ["Turkish foreign minister Mevlut Cavusoglu said Moscow and Kyiv were getting nearer to agreement on some important issues, including Ukraine's neutral status, after he held talks in both capitals.",
     "Ukrainian negotiators said any deal would have to include firm security guarantees from other countries."],
    "diplomacy", "diplomacy", 3, "turkey-says-russia-ukraine-close-on-neutrality", a="Hannah Whitlow", kp=True),
  E("2022-03-17 10:30", "Watch: Firefighters at Kyiv block of flats hit by missile debris", [],
    "strikes", "strikes", 1, "kyiv-flats-missile-debris-2022-03-17", a="Hannah Whitlow", n="Video teaser without text -> importance 1."),
  E("2022-03-17 08:50", "UK to send Starstreak missiles to Ukraine, says Wallace",
    ["Britain will supply Ukraine with Starstreak high-velocity anti-aircraft missiles, Defence Secretary Ben Wallace said after a meeting of defence ministers in Brussels.",
     "He said the shoulder-launched weapons would help Ukrainian troops defend themselves against low-flying jets and helicopters."],
    "aid", "aid", 3, "uk-starstreak-missiles-pledge", a="Hannah Whitlow", kp=True),
  ]))

SEEDS.append(dict(id="9501", name="9501_lincolnshireecho-live", ext="txt", source="Lincolnshire Echo", zone="Europe/London", render=r_lincs,
  title="Russia Ukraine war live: Donetsk governor urges residents to flee as Sloviansk comes under fire",
  lede="All the latest from the war in Ukraine as Russian forces turn their guns on the towns of Donetsk region still held by Kyiv.",
  byline="Aaron Brierley", published="2022-07-06 08:00", updated="2022-07-07 00:40",
  notes="Imitates the text you get from 'select all, copy' on a Reach plc live blog on the Lincolnshire Echo site (branded LincolnshireLive). Newest first. Header: one page byline 'Aaron Brierley' (author of every post: no per-post names), '08:00, 6 JUL 2022' and 'Updated00:40, 7 JUL 2022' (glued as Reach's copy gives it). Each post: bare 'HH:MM' line, headline line, paragraphs. The blog runs past local midnight: the top two posts (00:40, 00:05) are 7 July in UK time but 23:40 and 23:05 UTC on 6 July, so every entry is on UTC day 2022-07-06. No zone printed: UK time, BST = UTC+1. Entry 08 is a 'Watch:' video teaser ('Play video' only): importance 1.",
  not_entries=["'Skip to main content', site name, 'Subscribe', 'Sign in' and the section menu", "breadcrumb 'NewsUK & World News'", "title and standfirst lines",
               "'Share' and 'Comments'", "byline 'Aaron Brierley', 'Live news reporter', date and 'Updated' lines", "lead image caption",
               "newsletter sign-up box lines (prompt, 'Enter your email', 'Subscribe', small print, 'Invalid email', error line)", "'Show latest updates'",
               "'Play video' of the video post", "photo credit '(Image: Anadolu Agency via Getty Images)'", "'Read More' / 'Related Articles' block with a link about Lincoln host families",
               "'Load more'", "comments block and community guidelines line", "'Top Stories' links", "'Follow LincolnshireLive', social links and copyright line"],
  entries=[
  E("2022-07-07 00:40", "Zelensky: Russia has launched nearly 3,000 missiles at Ukraine",
    ["In his late-night video address, Volodymyr Zelensky said Russian forces had fired close to 3,000 missiles at Ukraine since the start of the invasion, most of them at towns and cities far from the front.",
     "He repeated his appeal to Western partners for modern air defence systems."],
    "strikes", "strikes", 2, "zelensky-missile-count-address", a="Aaron Brierley", sec=["aid"], n="Statement whose content is the attacks -> strikes; appeal for air defence secondary."),
  E("2022-07-07 00:05", "Governor tells 350,000 Donetsk residents to leave",
    ["The governor of Donetsk region, Pavlo Kyrylenko, has urged the roughly 350,000 people still living in the Ukrainian-held part of the region to evacuate, saying the fate of the whole country would be decided there.",
     "He said leaving now would save lives and let the army defend towns without civilians in the line of fire."],
    "other", "humanitarian", 3, "donetsk-governor-evacuation-call", a="Aaron Brierley"),
  E("2022-07-06 23:15", "Sloviansk shelled again as Russia turns to its next target",
    ["Russian shelling hit the centre of Sloviansk on Wednesday evening, killing two people and wounding seven, the city's mayor Vadym Lyakh said.",
     "The city, on the road to Kramatorsk, has come under growing fire since Ukrainian troops pulled out of Lysychansk at the weekend."],
    "strikes", "strikes", 3, "sloviansk-shelling-2022-07-06", a="Aaron Brierley"),
  E("2022-07-06 20:30", "Waddington spy planes flying more missions near Ukraine's borders",
    ["RAF Rivet Joint surveillance aircraft based at RAF Waddington, just south of Lincoln, are flying along Nato's eastern edge more often than at any time since the invasion began, according to flight-tracking enthusiasts.",
     "The Ministry of Defence said it would not comment on operations but confirmed the aircraft stayed in international airspace."],
    "other", "security", 2, "raf-waddington-rivet-joint-flights", a="Aaron Brierley"),
  E("2022-07-06 17:45", "Boston primary school welcomes its 30th Ukrainian pupil",
    ["A primary school in Boston has now enrolled 30 children from Ukraine, most of whom arrived with their mothers under the Homes for Ukraine scheme.",
     "Teachers have set up a Ukrainian-language reading corner and a weekly session with an interpreter."],
    "other", "humanitarian", 2, "boston-school-ukrainian-pupils", a="Aaron Brierley"),
  E("2022-07-06 14:10", "Russian troops push west after taking Lysychansk",
    ["Russian forces are shelling Ukrainian positions around Siversk as they try to advance towards Sloviansk and Kramatorsk, Ukraine's general staff said.",
     "It said several attacks near Bilohorivka had been beaten back."],
    "other", "frontline", 2, "russian-advance-towards-siversk", a="Aaron Brierley"),
  E("2022-07-06 11:20", "Kremlin brushes off Lugano recovery plan",
    ["Moscow has dismissed the rebuilding plan agreed by Ukraine's allies in the Swiss city of Lugano this week, calling it an attempt to spend Russian assets that had been frozen illegally.",
     "Donors at the conference backed a set of principles for a recovery that Kyiv has costed at about 750 billion dollars."],
    "diplomacy", "diplomacy", 2, "kremlin-dismisses-lugano-recovery-plan", a="Aaron Brierley"),
  E("2022-07-06 08:30", "Watch: Air raid sirens wail over Kramatorsk at dawn", [],
    "strikes", "strikes", 1, "kramatorsk-air-raid-sirens-video", a="Aaron Brierley", n="Video teaser without text -> importance 1."),
  ]))

SEEDS.append(dict(id="9502", name="9502_grimsbytelegraph-feed", ext="xml", source="Grimsby Telegraph", zone="Europe/London", render=r_grimsby,
  title="Grimsby Live - Ukraine", lede="The latest news about Ukraine from Grimsby Live",
  notes="Imitates the RSS 2.0 feed of a Reach plc topic page on the Grimsby Telegraph site (branded Grimsby Live), newest first. Each item: CDATA title, link, guid, CDATA description (the standfirst, one paragraph = the whole body here), pubDate with the explicit '+0100' offset (BST), dc:creator (author), category, media:thumbnail and enclosure. Mixes national war stories with Grimsby angles (whitefish tariff, local hosts).",
  not_entries=["channel title 'Grimsby Live - Ukraine', link, self link, description, language, lastBuildDate", "channel image block (logo URL, title, link)",
               "per-item link/guid/category/media:thumbnail/enclosure elements (metadata, not text)"],
  entries=[
  E("2022-05-14 21:05", "Western officials say Russia is pulling troops back from around Kharkiv",
    ["Russian units that had been shelling Kharkiv for weeks are withdrawing towards the border, Western officials and Ukraine's military said on Saturday, in what analysts described as a sign that Moscow has given up on taking Ukraine's second city."],
    "other", "frontline", 3, "russian-pullback-from-kharkiv", a="Ellie Marris", n="Large frontline shift -> importance 3."),
  E("2022-05-14 18:30", "Grimsby chippies warn of price rises as Russian fish tariff bites",
    ["Fish and chip shop owners in Grimsby and Cleethorpes say the 35 per cent tariff on Russian whitefish, brought in as part of the UK's sanctions, is pushing up the price of cod and haddock on the docks."],
    "diplomacy", "diplomacy", 2, "grimsby-russian-whitefish-tariff", a="Sam Pettifer", n="Local effect of a sanctions measure -> diplomacy (sanctions)."),
  E("2022-05-14 16:50", "Finland's president tells Putin his country will seek to join Nato",
    ["Finnish President Sauli Niinisto said he had told Vladimir Putin in a phone call that Finland would apply for Nato membership within days, and that the Russian leader had warned it would be a mistake."],
    "diplomacy", "diplomacy", 3, "niinisto-putin-call-nato-application", a="Ellie Marris"),
  E("2022-05-14 14:15", "G7 foreign ministers vow to keep weapons flowing to Ukraine",
    ["Foreign ministers from the G7 meeting on Germany's Baltic coast said they would keep supplying Ukraine with arms for as long as needed and would never recognise borders that Russia tried to change by force."],
    "diplomacy", "diplomacy", 3, "g7-foreign-ministers-baltic-meeting", a="PA Reporters", sec=["aid"]),
  E("2022-05-14 11:40", "Hundredth Ukrainian guest arrives in North East Lincolnshire",
    ["North East Lincolnshire Council says 100 people fleeing the war have now been placed with local hosts, with another 60 visas approved and waiting for travel."],
    "other", "humanitarian", 2, "north-east-lincolnshire-ukrainian-guests", a="Sam Pettifer"),
  E("2022-05-14 09:20", "Missile strike damages infrastructure in Odesa region",
    ["A Russian missile hit what Ukrainian officials called an infrastructure site in the Odesa region overnight, with no deaths reported, according to the regional military administration."],
    "strikes", "strikes", 2, "odesa-region-missile-strike-2022-05-14", a="Ellie Marris"),
  ]))

SEEDS.append(dict(id="9503", name="9503_northamptonchron-article", ext="html", source="Northampton Chronicle & Echo", zone="Europe/London", render=r_northampton,
  title="Ukraine war day 33: Irpin retaken as peace talks move to Istanbul - what we know on Monday",
  lede="Here are the main developments on the 33rd day of Russia's invasion of Ukraine, and how people in Northamptonshire are helping.",
  byline="Natalie Crewe", published="2022-03-28 16:45", updated="2022-03-28 17:10",
  url="https://www.northamptonchron.co.uk/news/world/ukraine-war-day-33-irpin-istanbul-3631220",
  notes="Imitates a National World article on the Northampton Chronicle & Echo site, saved as HTML: h1, standfirst, 'By' byline, 'Published 28th Mar 2022, 16:45 BST' and 'Updated 28th Mar 2022, 17:10 BST' (ordinal day, abbreviated month, zone abbreviation), NewsArticle JSON-LD, newsletter boxes, an in-body 'READ MORE:' link and an advert slot. Six h2 sections, one entry each (headline = section heading, stamp null, published = the Published line; BST began on 27 March 2022, so 16:45 BST = 15:45 UTC). Page byline is every entry's author.",
  not_entries=["consent banner", "masthead and navigation", "breadcrumb", "h1 title", "standfirst", "byline and the Published/Updated lines", "'Share' / 'Comments'",
               "photo caption", "newsletter box (top) and newsletter box (bottom)", "'READ MORE:' link about a Northampton host family", "'Advertisement' slot",
               "comments section", "'More from News' related links", "footer"],
  entries=[
  E("2022-03-28 16:45", "Irpin back under Ukrainian control",
    ["The mayor of Irpin, a commuter town on the north-western edge of Kyiv, said Ukrainian forces had taken it back after weeks of fighting.",
     "He warned residents not to return yet because streets and buildings still had to be cleared of mines and unexploded shells."],
    "other", "frontline", 3, "irpin-retaken-2022-03-28", a="Natalie Crewe", n="Significant territorial change -> importance 3."),
  E("2022-03-28 16:45", "Negotiators to meet face to face in Istanbul",
    ["Russian and Ukrainian delegations will hold their first in-person talks in more than two weeks in Istanbul, Turkish President Recep Tayyip Erdogan confirmed after a phone call with Vladimir Putin.",
     "Ukraine's foreign minister said the least Kyiv wanted from the meeting was a humanitarian ceasefire."],
    "diplomacy", "diplomacy", 3, "istanbul-peace-talks-announced", a="Natalie Crewe"),
  E("2022-03-28 16:45", "160,000 still trapped in Mariupol",
    ["Mariupol's mayor said around 160,000 people were still in the besieged port city without electricity, heating or a reliable water supply.",
     "He said 26 buses had been waiting outside the city for permission to go in and collect civilians, but Russian forces had not guaranteed safe passage."],
    "other", "humanitarian", 2, "mariupol-160000-trapped", a="Natalie Crewe"),
  E("2022-03-28 16:45", "Reports of suspected poisoning at Kyiv talks played down",
    ["A Ukrainian official has played down reports that Roman Abramovich and two Ukrainian peace negotiators suffered sore eyes and peeling skin after a meeting in Kyiv earlier this month.",
     "The Chelsea owner, who has been sanctioned by the UK, has been acting as a go-between at Ukraine's request."],
    "other", "security", 2, "abramovich-suspected-poisoning-reports", a="Natalie Crewe"),
  E("2022-03-28 16:45", "Kettering volunteers send fifth van of supplies",
    ["Volunteers from a Kettering church loaded their fifth van of donations on Sunday, this time packed with first aid kits, baby food and torches.",
     "The group says it has now sent more than eight tonnes of supplies to a warehouse in Przemysl, near the Polish border with Ukraine."],
    "aid", "aid", 2, "kettering-church-aid-vans", a="Natalie Crewe", n="Humanitarian supplies for Ukraine -> aid."),
  E("2022-03-28 16:45", "English classes and job advice for new arrivals",
    ["West Northamptonshire Council is setting up English lessons and a jobs advice service for Ukrainian families arriving in the county under the government's sponsorship scheme."],
    "other", "humanitarian", 2, "west-northants-ukrainian-arrivals-support", a="Natalie Crewe"),
  ]))

SEEDS.append(dict(id="9504", name="9504_peterboroughtelegraph-timeline", ext="txt", source="Peterborough Telegraph", zone="Europe/London", render=r_peterborough,
  title="Russia Ukraine war LIVE: Putin and Erdogan meet in Astana as Nato ministers pledge air defence",
  lede="Updates through Thursday on the war in Ukraine, with news from Peterborough's Ukrainian community.",
  byline="Kirsty Lanyon", published="2022-10-13 07:30", updated="2022-10-13 19:55",
  notes="Imitates the copied text of a National World live page on the Peterborough Telegraph site, switched to 'Oldest first' (the toggle is printed). Header: 'By Kirsty Lanyon' (one page byline, used as every entry's author), 'Published 13th Oct 2022, 07:30 BST', 'Updated 13th Oct 2022, 19:55 BST'. Each post: headline line FIRST, then the stamp line with zone ('07:40 BST'), then paragraphs. BST = UTC+1.",
  not_entries=["site name, 'Subscribe', 'Sign in', menu", "breadcrumb 'News \u203a World'", "title and standfirst", "byline and Published/Updated lines", "'Share', 'Comments'",
               "newsletter prompt and 'Sign up'", "sort toggle 'Sort by: Newest first | Oldest first' and 'Oldest first'", "'Advertisement'",
               "'READ MORE:' link about a charity shop", "'Show new updates'", "comments prompt", "copyright and footer links"],
  entries=[
  E("2022-10-13 07:40", "Boy killed as missile hits Mykolaiv apartment block",
    ["A 12-year-old boy was pulled dead from the rubble after a Russian missile destroyed part of a five-storey block of flats in Mykolaiv overnight, the city's mayor said.",
     "Rescuers brought out a woman alive after several hours of digging."],
    "strikes", "strikes", 3, "mykolaiv-flats-missile-2022-10-13", a="Kirsty Lanyon"),
  E("2022-10-13 09:15", "Nato allies promise more air defence for Ukraine",
    ["Defence ministers meeting at Nato headquarters in Brussels have pledged to send Ukraine more air defence systems after Russia's missile barrages earlier this week, the alliance's secretary general said.",
     "Jens Stoltenberg said Germany's first IRIS-T system had already arrived and was in use."],
    "aid", "aid", 3, "nato-ministers-air-defence-pledges", a="Kirsty Lanyon", sec=["diplomacy"]),
  E("2022-10-13 11:30", "Belgorod governor says Ukrainian strike hit residential building",
    ["The Russian governor of Belgorod, Vyacheslav Gladkov, said a missile fired from Ukraine had struck a residential building in the city, injuring one person.",
     "There was no comment from Kyiv."],
    "strikes", "strikes", 2, "belgorod-strike-claim-2022-10-13", a="Kirsty Lanyon"),
  E("2022-10-13 13:05", "Peterborough volunteers load generators bound for Kharkiv region",
    ["Volunteers in Peterborough have packed 40 petrol generators and 300 sleeping bags into a lorry due to leave for the Kharkiv region on Saturday.",
     "Organisers said the appeal began after Monday's strikes on power stations across Ukraine."],
    "aid", "aid", 2, "peterborough-generators-appeal", a="Kirsty Lanyon", n="Humanitarian supplies for Ukraine -> aid."),
  E("2022-10-13 15:20", "Putin and Erdogan hold talks in Astana",
    ["Vladimir Putin met Turkish President Recep Tayyip Erdogan on the sidelines of a summit in Kazakhstan's capital and proposed building a gas hub in Turkey to send Russian gas on to Europe.",
     "Erdogan's office said the two leaders also discussed the grain deal and possible prisoner exchanges."],
    "diplomacy", "diplomacy", 3, "putin-erdogan-astana-meeting", a="Kirsty Lanyon"),
  E("2022-10-13 17:10", "Kherson's Moscow-installed chief asks Russia to help move residents out",
    ["The Russian-installed head of the Kherson region, Vladimir Saldo, asked Moscow to help take civilians from four towns to Russia, claiming that Ukrainian forces were preparing to attack them."],
    "other", "humanitarian", 2, "kherson-occupation-evacuation-request", a="Kirsty Lanyon"),
  E("2022-10-13 19:45", "Drop-in sessions for Ukrainian families to open at city library",
    ["A weekly drop-in offering advice on housing, benefits and winter fuel bills to Ukrainian families living in Peterborough will open at the Central Library next week."],
    "other", "humanitarian", 2, "peterborough-ukrainian-families-drop-in", a="Kirsty Lanyon"),
  ]))

SEEDS.append(dict(id="9505", name="9505_ipswichstar-listing", ext="html", source="Ipswich Star", zone="Europe/London", render=r_ipswich,
  title="Ukraine", lede="The latest news on the war in Ukraine and how Suffolk is responding.",
  url="https://www.ipswichstar.co.uk/topic/ukraine",
  notes="Imitates an Archant topic listing page on the Ipswich Star site, saved as HTML. Newest first. Each card: headline link (h3), one-paragraph standfirst (the whole body here), author name, 'Published: 9:42 PM September 9, 2022' (Archant's 12-hour form; no zone printed: UK time, BST = UTC+1). CollectionPage JSON-LD without dates. PA copy is credited 'PA News Agency' (kept as author).",
  not_entries=["cookie notice", "masthead and navigation", "'Subscribe'", "h1 'Ukraine' and topic intro", "'Advertisement' list item", "'Load more' button",
               "'Most Read' list", "footer with publisher address and copyright"],
  entries=[
  E("2022-09-09 21:42", "Ukraine says troops have advanced 50km in Kharkiv counter-attack",
    ["Ukrainian forces have pushed about 50 kilometres into Russian-held territory in the Kharkiv region and retaken more than 30 settlements, President Volodymyr Zelensky said in his evening address."],
    "other", "frontline", 3, "kharkiv-counteroffensive-advance", a="PA News Agency", n="Large frontline shift -> importance 3."),
  E("2022-09-09 19:15", "Felixstowe firms told to check cargo against new sanctions list",
    ["Freight firms working out of Felixstowe have been told to double-check who owns the goods they handle after the government added dozens more Russian companies to the UK sanctions list."],
    "diplomacy", "diplomacy", 2, "felixstowe-sanctions-checks", a="Molly Tarrant", n="Sanctions -> diplomacy."),
  E("2022-09-09 16:50", "Wattisham Apache crews return from exercise in Poland",
    ["Army Air Corps Apache crews from Wattisham Flying Station have returned to Suffolk after a three-week exercise with Polish and American units not far from the border with Ukraine."],
    "other", "security", 2, "wattisham-apache-poland-exercise", a="Jonah Whitbread", n="Drills by a non-party -> other/security."),
  E("2022-09-09 14:05", "Blinken promises $2bn more in military support during Kyiv visit",
    ["US Secretary of State Antony Blinken used an unannounced visit to Kyiv to promise more than two billion dollars in long-term military financing for Ukraine and its neighbours."],
    "aid", "aid", 3, "blinken-kyiv-military-financing", a="PA News Agency"),
  E("2022-09-09 11:30", "Shelling cuts last outside power line to Zaporizhzhia nuclear plant",
    ["Europe's largest nuclear power station is running on its own output after shelling knocked out its last reserve connection to the grid, the UN's nuclear watchdog said."],
    "strikes", "strikes", 2, "zaporizhzhia-plant-power-line-shelled", a="PA News Agency"),
  E("2022-09-09 09:05", "Suffolk hosts to keep receiving thank-you payments",
    ["Families in Suffolk who have taken in Ukrainian refugees will keep getting the \u00a3350 monthly thank-you payment, the county council has confirmed, amid fears that some hosts could pull out as bills rise."],
    "other", "humanitarian", 2, "suffolk-hosts-thank-you-payments", a="Molly Tarrant"),
  ]))

SEEDS.append(dict(id="9506", name="9506_norwichnews-live", ext="txt", source="Norwich Evening News", zone="Europe/London", render=r_norwich,
  title="Ukraine war live: EU leaders agree loan package as Norfolk hosts look to winter",
  lede="Follow our live coverage of the war in Ukraine and the response in Norwich and Norfolk.",
  byline="Harriet Fulcher", published="2022-12-15 08:00", updated="2022-12-15 18:40",
  notes="Imitates the copied text of an Archant live blog on the Norwich Evening News site. Newest first. Header: page byline 'Harriet Fulcher' + 'Reporter' (used as every entry's author), 'Published: 8:00 AM December 15, 2022', 'Updated: 6:40 PM December 15, 2022'. Each post opens with a 12-hour time line ('6:40 PM'); posts 01, 03, 05, 07 then have a headline line, posts 02, 04, 06 have NO headline and go straight into the text (headline null). Archant image credits ('- Credit: PA') are chrome. UK time, GMT = UTC in December.",
  not_entries=["site name and menu", "breadcrumb 'Norfolk News \u203a Ukraine'", "title and standfirst", "byline 'Harriet Fulcher', 'Reporter', Published/Updated lines", "'Share'",
               "lead image caption with '- Credit: Denise Bradley'", "'Live updates' label", "caption '... - Credit: PA' inside entry 01", "'Advertisement'",
               "'Load more updates'", "newsletter prompt and 'Sign up'", "copyright and footer links"],
  entries=[
  E("2022-12-15 18:40", "EU leaders sign off \u20ac18bn loan package for Kyiv",
    ["European Union leaders meeting in Brussels have formally approved an 18 billion euro loan to keep Ukraine's government running through 2023, after Hungary dropped its veto.",
     "The money will be paid out in regular instalments from January."],
    "aid", "aid", 3, "eu-18bn-ukraine-loan", a="Harriet Fulcher"),
  E("2022-12-15 17:15", None,
    ["A choir of Ukrainian women who now live in Norwich will sing carols in English and Ukrainian outside the Forum on Saturday afternoon, the organisers have said."],
    "other", "humanitarian", 2, "norwich-ukrainian-choir-carols", a="Harriet Fulcher", n="Post without headline."),
  E("2022-12-15 15:30", "Zelensky asks EU summit for more air defence",
    ["Speaking to the leaders by video link, Volodymyr Zelensky said Ukraine needed more air defence systems before Russia could launch another wave of strikes on its power stations."],
    "aid", "aid", 3, "zelensky-eu-summit-air-defence-appeal", a="Harriet Fulcher", sec=["diplomacy"], n="Head-of-state appeal for air defence -> aid, importance 3."),
  E("2022-12-15 13:50", None,
    ["Russia has warned that any Patriot missile batteries sent to Ukraine by the United States would become a legitimate target for its forces.",
     "Washington is reported to be close to approving the transfer of one battery."],
    "aid", "aid", 2, "russia-warns-patriots-legitimate-target", a="Harriet Fulcher", sec=["diplomacy"], n="Post without headline; statement about an arms transfer -> aid."),
  E("2022-12-15 12:05", "Two killed as Kherson shelled again",
    ["Russian shelling killed two people in Kherson on Thursday morning, just as engineers restored electricity to several districts of the city, the regional governor said."],
    "strikes", "strikes", 3, "kherson-shelling-2022-12-15", a="Harriet Fulcher"),
  E("2022-12-15 10:20", None,
    ["Norfolk County Council says 1,240 people from Ukraine are now living in the county under the Homes for Ukraine scheme, and 110 of them have moved into homes of their own."],
    "other", "humanitarian", 2, "norfolk-homes-for-ukraine-figures", a="Harriet Fulcher", n="Post without headline."),
  E("2022-12-15 08:45", "EU close to agreeing ninth package of sanctions",
    ["Ambassadors are expected to sign off a ninth round of EU sanctions against Russia later today, including curbs on exports of drone engines and measures against three more Russian banks."],
    "diplomacy", "diplomacy", 2, "eu-ninth-sanctions-package", a="Harriet Fulcher"),
  ]))

SEEDS.append(dict(id="9507", name="9507_bucksfreepress-roundup", ext="txt", source="Bucks Free Press", zone="Europe/London", render=r_bucks,
  title="Evening briefing: Ukrainian families' coat appeal, A404 closures and the rest of Friday's news",
  lede="The stories you need to know about this evening, from Wycombe and beyond.",
  byline="Esme Waddilove", published="2022-10-21 18:05", parse_args=["--date", "2022-10-21"],
  notes="Imitates the copied text of a Newsquest evening round-up on the Bucks Free Press site. The page prints NO year anywhere (Newsquest shows current-year dates as 'Published: 21st October, 6:05pm'), so parse_args gives --date 2022-10-21. Six items, each a heading line, a 'By ...' credit line (reporter, 'PA News Agency' or 'Sports Desk', kept as author) and text; no per-item time, so every item takes the page stamp (6:05pm BST = 17:05 UTC). Mixed local and war items: entries 03 (road closure) and 06 (football travel) are off-beat (other/unrelated, importance 1).",
  not_entries=["site name, 'Sign in  Subscribe', menu", "section label 'News'", "title and standfirst", "page byline 'By Esme Waddilove', 'Digital reporter', 'Share'",
               "'Published: 21st October, 6:05pm' (page stamp, not an item)", "photo caption '(Image: Newsquest)'", "per-item 'By ...' credit lines", "'Advertisement'",
               "'Read more: Sign up to our newsletter ...'", "'Comments: Our rules' and its text", "'Most Read' links", "footer lines"],
  entries=[
  E("2022-10-21 18:05", "Winter coat appeal for Ukrainian families in Wycombe",
    ["A High Wycombe charity is asking for donations of children's winter coats and boots for Ukrainian families who arrived in the town with only summer clothes.",
     "Drop-off points have been set up at two churches and at the Eden shopping centre."],
    "other", "humanitarian", 2, "wycombe-coat-appeal-ukrainian-families", a="Esme Waddilove"),
  E("2022-10-21 18:05", "Zelensky accuses Russia of mining Kakhovka dam",
    ["Volodymyr Zelensky has accused Russian forces of laying mines at the Kakhovka dam on the Dnipro river and warned that blowing it up would flood dozens of towns and villages, including parts of Kherson."],
    "other", "security", 2, "zelensky-kakhovka-dam-mining-claim", a="PA News Agency", n="Sabotage accusation -> other/security."),
  OFF("2022-10-21 18:05", "A404 to close overnight for resurfacing",
      ["The A404 between Handy Cross and Marlow will shut overnight for four nights from Monday while the carriageway is resurfaced."],
      "a404-overnight-closures", a="Esme Waddilove", n="local roadworks."),
  E("2022-10-21 18:05", "EU leaders pledge steady funding for Kyiv next year",
    ["European Union leaders ended their summit in Brussels by promising Ukraine regular financial support throughout next year, with officials talking about up to one and a half billion euros a month."],
    "aid", "aid", 3, "eu-summit-2023-funding-pledge", a="PA News Agency"),
  E("2022-10-21 18:05", "White House says Iranian trainers are in Crimea",
    ["The White House said Iranian military personnel were in Crimea helping Russian troops fly drones that have been used to attack Ukrainian power stations."],
    "aid", "aid", 2, "iranian-drone-trainers-crimea", a="PA News Agency", n="Military support to Russia -> aid."),
  OFF("2022-10-21 18:05", "Wanderers fans urged to travel early for Saturday's game",
      ["Wycombe Wanderers have asked supporters travelling to Saturday's away game to set off early because of engineering works on the Chiltern line."],
      "wycombe-wanderers-travel-advice", a="Sports Desk", n="local football."),
  ]))

SEEDS.append(dict(id="9508", name="9508_kentmessenger-live", ext="html", source="Kent Messenger", zone="Europe/London", render=r_kent,
  title="Live: Kent responds as the war in Ukraine enters its fourth week",
  lede="Updates through Sunday on the war in Ukraine and on the efforts of people across Kent to help those fleeing it.",
  byline="Lydia Ashworth", published="2022-03-20 07:00", updated="2022-03-20 18:50",
  notes="Imitates a KM Group (KentOnline, home of the Kent Messenger) live page saved as HTML. OLDEST first. Header: 'by Lydia Ashworth', 'Published: 07:00, 20 March 2022 | Updated: 18:50, 20 March 2022'. Each post: time in KentOnline's '8.10am' style, h3 headline, paragraphs, then a per-post 'Posted by Name' line (per-post authors). NewsArticle JSON-LD. UK time, GMT = UTC (before the 27 March clock change).",
  not_entries=["masthead and navigation (incl. kmfm, KMTV)", "'Live' kicker", "h1 title and standfirst", "page byline 'by Lydia Ashworth'", "Published/Updated line",
               "share links", "per-post 'Posted by ...' lines (authors)", "newsletter box", "'Read more: All the latest news from Kent'", "footer"],
  entries=[
  E("2022-03-20 08:10", "Convoy of Kent lorries sets off for Poland",
    ["Eleven lorries packed with food, nappies and medical supplies left a haulage yard near Ashford at first light, bound for a warehouse in south-east Poland.",
     "The drivers, most of whom have given up a week's wages to make the trip, expect to reach the border by Tuesday."],
    "aid", "aid", 2, "ashford-lorry-convoy-poland", a="Lydia Ashworth", n="Humanitarian supplies for Ukraine -> aid."),
  E("2022-03-20 09:35", "Art school sheltering 400 people bombed in Mariupol, says council",
    ["Mariupol city council said Russian aircraft had bombed an art school where about 400 residents, among them women, children and elderly people, were sheltering.",
     "There was no immediate word on casualties."],
    "strikes", "strikes", 3, "mariupol-art-school-strike", a="Rhys Doughty"),
  E("2022-03-20 11:05", "Dover MP calls for visa centre for Ukrainians stuck in Calais",
    ["The MP for Dover has urged the Home Office to open a visa processing centre in Calais so that Ukrainian refugees who reach the French coast do not have to travel on to Paris or Brussels."],
    "other", "humanitarian", 2, "calais-visa-centre-call", a="Lydia Ashworth"),
  E("2022-03-20 12:40", "Zelensky addresses Israel's parliament",
    ["Volodymyr Zelensky told Israeli lawmakers by video link that Ukraine faced a threat of destruction and asked why Israel had not supplied weapons or imposed sanctions on Russia."],
    "diplomacy", "diplomacy", 3, "zelensky-knesset-address", a="Rhys Doughty"),
  E("2022-03-20 14:15", "Russia says it fired hypersonic missile for second day",
    ["Russia's defence ministry said it had used a Kinzhal hypersonic missile to destroy a fuel depot in the Mykolaiv region, a day after it first said it had fired the weapon in combat."],
    "strikes", "strikes", 3, "russia-kinzhal-fuel-depot-strike", a="Rhys Doughty"),
  E("2022-03-20 16:30", "Canterbury university offers places to Ukrainian students",
    ["A Canterbury university will waive fees for up to 20 students whose courses in Ukraine have been cut short by the war, and will give them free accommodation for their first year."],
    "other", "humanitarian", 2, "canterbury-university-ukrainian-students", a="Lydia Ashworth"),
  E("2022-03-20 18:50", "Russia gives Mariupol defenders deadline to lay down arms",
    ["Russia's defence ministry told Ukrainian forces in Mariupol to surrender by 5am Moscow time on Monday, promising a safe exit to those who put down their weapons.",
     "Ukrainian officials said they would not give up the city."],
    "other", "frontline", 3, "mariupol-surrender-ultimatum", a="Rhys Doughty"),
  ]))

SEEDS.append(dict(id="9509", name="9509_newsandstar-feed", ext="xml", source="News & Star", zone="Europe/London", render=r_newsandstar,
  title="News & Star | News", lede="The latest news from Carlisle, Cumbria and beyond",
  notes="Imitates the RSS 2.0 news feed of the News & Star (Newsquest, Carlisle), newest first. pubDate is printed in GMT although the local time is BST (27 October 2022, before the 30 October clock change), so '20:20:00 GMT' is 21:20 in Carlisle; UTC follows directly from the feed. Description = one-paragraph standfirst (the whole body here); no author elements (author null). Local and national items mixed: entries 03 (Christmas lights) and 06 (M6 roadworks) are off-beat.",
  not_entries=["channel title, link, description, language, lastBuildDate", "per-item link/guid/media:content elements"],
  entries=[
  E("2022-10-27 21:20", "Putin accuses West of playing 'dangerous, bloody' game",
    ["Vladimir Putin told a foreign policy forum near Moscow that the West was trying to dictate its will to the world and had started a dangerous, bloody and dirty game."],
    "diplomacy", "diplomacy", 3, "putin-valdai-speech-2022", n="Head-of-state foreign-policy speech -> importance 3."),
  E("2022-10-27 18:10", "Carlisle charity's lorry reaches Lviv",
    ["A lorry carrying 20 tonnes of blankets, tinned food and first aid kits collected by a Carlisle charity has arrived safely in Lviv after a five-day drive across Europe."],
    "aid", "aid", 2, "carlisle-charity-lorry-lviv", n="Humanitarian supplies for Ukraine -> aid."),
  OFF("2022-10-27 15:45", "Christmas lights switch-on date set for Carlisle city centre",
      ["Carlisle's Christmas lights will be switched on in the city centre on Saturday 19 November, with a lantern parade and live music planned for the evening."],
      "carlisle-christmas-lights", n="local events."),
  E("2022-10-27 13:20", "IAEA to inspect Ukrainian sites named in 'dirty bomb' claim",
    ["The UN's nuclear watchdog said its inspectors would visit two sites in Ukraine within days, after Russia alleged without evidence that Kyiv was preparing a so-called dirty bomb."],
    "other", "security", 2, "iaea-dirty-bomb-inspections", sec=["diplomacy"]),
  E("2022-10-27 11:05", "Tens of thousands leave Kherson, Russian-installed officials say",
    ["Around 70,000 people have left their homes on the west bank of the Dnipro in the Kherson region, the Russian-installed administration said, as Ukrainian forces close in."],
    "other", "humanitarian", 2, "kherson-occupation-evacuation-count"),
  OFF("2022-10-27 09:30", "Overnight M6 roadworks near Penrith to finish early",
      ["Overnight lane closures on the M6 between junctions 40 and 41 will end a week earlier than planned, National Highways said."],
      "m6-penrith-roadworks", n="local roadworks."),
  E("2022-10-27 08:15", "Ukraine says attacks near Bakhmut repelled",
    ["Ukraine's general staff said its troops had beaten back Russian attacks near Bakhmut and Avdiivka in Donetsk region over the past day."],
    "other", "frontline", 2, "bakhmut-attacks-repelled-2022-10-27"),
  ]))


# ================================================================== PART B: three multi-source days (invented outlets)
K1 = "kherson-shelling-2022-11-25"
OIL = "eu-russian-oil-price-cap-talks"
KYW = "kyiv-water-power-restored-2022-11-25"
PAT = "poland-asks-germany-patriots-for-ukraine"
D1 = ("Day 1 (UTC 2022-11-25, seeds 9520-9524). Main story " + K1 + " (4 seeds; toll 2 -> 3 -> 4 -> 7; district spelled Dniprovsky / Dniprovskyi / Dneprovsky). "
      "Also multi-seed: " + OIL + " (3 seeds), " + KYW + " (2), " + PAT + " (2).")

SEEDS.append(dict(id="9520", name="9520_hebbleford-textlive", ext="txt", source="Hebbleford Chronicle", zone="Europe/London", render=r_hebbleford,
  title="Russia-Ukraine war: Kherson shelled again as EU stalls on oil price cap", dateline="Friday 25 November 2022",
  notes="Invented outlet. Text live blog, newest first; date line 'Friday 25 November 2022' and 'All times GMT'; Key Points bullets list entries 05 and 07; each post: '14.55'-style stamp, headline, text, '\u2014 Name' signature. Entry 02 repeats entry 05 nearly verbatim (duplicate_of 9520-05). " + D1,
  not_entries=["masthead and menu", "'Ukraine war live', title and date line", "'All times GMT'", "'Key Points' block (bullets repeating two post headlines)", "'Latest'",
               "'\u2014 Name' signature lines (authors)", "'Advertisement'", "'Show older posts' and footer"],
  entries=[
  E("2022-11-25 18:30", "Putin tells soldiers' mothers he shares their pain",
    ["Vladimir Putin told a group of women whose sons are serving in Ukraine that he and the country's leadership shared their pain, at a meeting shown on state television.",
     "Critics said several of the guests were officials or activists loyal to the Kremlin rather than ordinary mothers."],
    "other", "politics", 2, "putin-meets-soldiers-mothers", a="Gareth Maddox"),
  E("2022-11-25 16:20", "EU envoys again fail to agree oil price cap",
    ["Ambassadors of the 27 EU countries broke up without a deal on the level of a price cap for Russian seaborne oil, with Poland and the Baltic states saying the proposed 65 dollars a barrel was far too generous.",
     "Greece, Malta and Cyprus, whose ships carry much of Russia's oil, want a higher figure."],
    "diplomacy", "diplomacy", 1, OIL, a="Gareth Maddox", dup="9520-05", n="Near-verbatim repeat of 9520-05 (headline words swapped, one phrase changed) -> importance 1."),
  E("2022-11-25 14:55", "Kherson toll rises to four",
    ["Four people are now known to have died in this morning's shelling of Kherson, the regional military administration said, after two of the wounded died in hospital.",
     "Another ten people are being treated for their injuries."],
    "strikes", "strikes", 3, K1, a="Nadia Rourke"),
  E("2022-11-25 12:40", "Energoatom chief sees signs Russian troops may leave nuclear plant",
    ["The head of Ukraine's state nuclear company said there were signs that Russian forces might be preparing to pull out of the Zaporizhzhia nuclear power station, which they have held since March.",
     "The Kremlin said there was no question of handing the plant over."],
    "other", "frontline", 2, "energoatom-zaporizhzhia-withdrawal-signs", a="Nadia Rourke", n="Same place as the IAEA damage report (9523-01), different event: must not merge."),
  E("2022-11-25 10:05", "EU envoys fail again to agree Russian oil price cap",
    ["Ambassadors of the 27 EU countries broke up without a deal on the level of a price cap for Russian seaborne oil, with Poland and the Baltic states saying the proposed 65 dollars a barrel was far too generous.",
     "Greece, Malta and Cyprus, whose shipping industries carry much of Russia's oil, want a higher figure."],
    "diplomacy", "diplomacy", 3, OIL, a="Gareth Maddox", kp=True),
  E("2022-11-25 09:25", "Putin to meet mothers of mobilised soldiers, Kremlin says",
    ["Vladimir Putin will meet a group of mothers of men called up to fight in Ukraine later today, his spokesman Dmitry Peskov said."],
    "other", "politics", 2, "putin-meets-soldiers-mothers", a="Gareth Maddox", n="Announcement and the meeting itself (9520-01) are one event."),
  E("2022-11-25 08:10", "Russian shells hit Kherson's Dniprovsky district",
    ["Russian artillery struck a residential area in the Dniprovsky district of Kherson early on Friday, killing two people, the city's military administration said.",
     "Shells also damaged a kindergarten and a bus depot."],
    "strikes", "strikes", 3, K1, a="Nadia Rourke", kp=True),
  ]))

SEEDS.append(dict(id="9521", name="9521_lavrahill-htmllive", ext="html", source="Lavra Hill Courier", zone="Europe/Kyiv", render=r_lavra,
  title="Kherson under fire, Kyiv gets its water back: live", dateline="25 November 2022",
  lede="Our reporters in Kyiv and Kherson follow the 275th day of the full-scale war.", url="https://lavrahill.example/live/2022-11-25",
  notes="Invented Kyiv outlet. HTML live blog, newest first; LiveBlogPosting JSON-LD with per-update datePublished (+02:00); visible day dividers without year ('26 November', '25 November'; the year is in the header line '25 November 2022'); bare 'HH:MM' in <time datetime>; 'by Name' line under the headline. Entry 01 (00:20 on 26 November Kyiv time) is 22:20 UTC on 25 November: after local midnight, same UTC day. Entry 03 is a photo teaser with no text. Spelling 'Dniprovskyi'. " + D1,
  not_entries=["masthead and menu", "h1 title", "meta line 'Live updates \u00b7 25 November 2022 \u00b7 All times are Kyiv time'", "lede paragraph", "day dividers '26 November', '25 November'",
               "'by Name' lines (authors)", "'Open gallery (12 photos)' of the photo teaser", "'Copy link' / 'Share' tools", "donation box", "'Earlier updates' and footer"],
  entries=[
  E("2022-11-26 00:20", "Power back for most of Kyiv, grid operator says",
    ["Electricity has been restored to about three-quarters of households in Kyiv, the city's grid operator said shortly after midnight, though scheduled outages will continue for several days."],
    "other", "humanitarian", 3, KYW, a="Yarema Bilous", sec=["strikes"], n="After local midnight (26 Nov EET) but 22:20 UTC on 25 Nov. Restoration after the 23 Nov strikes: other/humanitarian, strikes secondary; carried by 2 seeds -> 3."),
  E("2022-11-25 19:50", "Kherson death toll rises to seven",
    ["Seven people were killed and 21 wounded when Russian shells hit the Dniprovskyi district of Kherson on Friday, regional governor Yaroslav Yanushevych said in an evening update."],
    "strikes", "strikes", 3, K1, a="Solomiia Danko"),
  E("2022-11-25 16:05", "Photos: Queues for water on the Kherson embankment", [],
    "strikes", "strikes", 1, K1, n="Photo teaser without text -> importance 1; shows the shelled city (same story)."),
  E("2022-11-25 13:30", "Kherson residents offered winter evacuation",
    ["Ukrainian authorities are offering free transport and housing in safer central and western regions to Kherson residents, above all elderly people and mothers with young children, who do not want to spend the winter in the shelled city.",
     "The deputy prime minister said evacuation trains would leave Kherson station every day next week."],
    "other", "humanitarian", 2, "kherson-winter-evacuation-offer", a="Yarema Bilous", n="Same place as the shelling, different event: must not merge with " + K1 + "."),
  E("2022-11-25 11:15", "Water back in all districts of Kyiv, Klitschko says",
    ["Running water has returned to every district of Kyiv, Mayor Vitali Klitschko said, two days after Russian missile strikes cut supplies across the capital.",
     "Around a third of homes in the city were still without electricity on Friday morning."],
    "other", "humanitarian", 3, KYW, a="Yarema Bilous", sec=["strikes"]),
  E("2022-11-25 09:40", "Two dead as Russian shelling hits Kherson's Dniprovskyi district",
    ["Two civilians were killed when Russian shells landed near apartment blocks in the Dniprovskyi district of Kherson on Friday morning, the regional administration said."],
    "strikes", "strikes", 3, K1, a="Solomiia Danko"),
  ]))

SEEDS.append(dict(id="9522", name="9522_osterbrook-worldrss", ext="xml", source="Osterbrook World Service", zone="UTC", render=r_rssworld, rfc="GMT",
  title="Osterbrook World Service - Top stories", lede="The day's main stories from around the world", url="https://osterbrook.example", path="world",
  notes="Invented general world-news feed (RSS 2.0, pubDate in GMT), newest first; the war is a minority: 2 of 6 items, the other 4 are off-beat (World Cup, China Covid, Black Friday, Malaysia). " + D1,
  not_entries=["channel title, link, description, language", "per-item link/guid/category elements"],
  entries=[
  OFF("2022-11-25 21:30", "Iran stun Wales with two late goals",
      ["Iran scored twice deep into stoppage time to beat ten-man Wales in their second World Cup group game in Qatar, leaving the Welsh needing a win against England to have any chance of going through."],
      "world-cup-iran-beat-wales", n="football."),
  E("2022-11-25 19:05", "Seven killed as Russian shells hit Kherson",
    ["Russian shelling killed seven people in the southern Ukrainian city of Kherson on Friday, according to local officials, two weeks after Moscow's troops withdrew across the Dnipro river."],
    "strikes", "strikes", 3, K1),
  OFF("2022-11-25 15:20", "China's daily Covid cases reach record",
      ["China reported more than 32,000 new local Covid infections, the highest daily figure since the pandemic began, as several large cities tightened restrictions."],
      "china-covid-record-cases", n="public health."),
  E("2022-11-25 12:45", "EU fails to agree on price cap for Russian oil",
    ["European Union governments failed to agree a price cap on Russian oil on Friday, diplomats said, with talks expected to resume next week."],
    "diplomacy", "diplomacy", 3, OIL),
  OFF("2022-11-25 10:10", "Shoppers hunt for bargains on Black Friday",
      ["Retailers in Europe and the United States reported brisk early trade as Black Friday discounts began, although many shoppers said rising prices meant they were buying less."],
      "black-friday-sales-2022", n="retail."),
  OFF("2022-11-25 06:30", "Malaysia's new prime minister promises confidence vote",
      ["Anwar Ibrahim, sworn in as Malaysia's prime minister on Thursday, said he would ask parliament for a vote of confidence to remove any doubt about his majority."],
      "malaysia-anwar-confidence-vote", n="Malaysian politics."),
  ]))

SEEDS.append(dict(id="9523", name="9523_havelbrook-atom", ext="xml", source="Havelbrook Monitor", zone="Europe/Berlin", render=r_atom,
  title="Havelbrook Monitor - Ukraine", lede="Reporting on the war in Ukraine from Berlin", url="https://havelbrook.example", path="ukraine", tag="havelbrook.example",
  notes="Invented Berlin outlet. Atom feed, newest first; <published> with +01:00 (CET); escaped HTML content; per-entry author. Spelling 'Dneprovsky'. Entry 05 is the day's theme piece (explainer on grid repairs): own story, importance 2; it is re-posted on day 2 (9533-04). " + D1,
  not_entries=["feed title, subtitle, links, id, updated", "per-entry link/id/updated elements"],
  entries=[
  E("2022-11-25 18:00", "IAEA says experts assessed shelling damage at Zaporizhzhia plant",
    ["Inspectors from the International Atomic Energy Agency have finished checking the damage caused by last weekend's shelling at the Zaporizhzhia nuclear power plant and found no immediate threat to nuclear safety, the agency said."],
    "strikes", "strikes", 2, "iaea-zaporizhzhia-shelling-damage-check", a="Katrin Vogelsang", n="Same place as the Energoatom remark (9520-04), different event: must not merge."),
  E("2022-11-25 16:25", "Poland asks Berlin to send its Patriots to Ukraine instead",
    ["Poland's defence minister said he had asked Germany to send the Patriot air defence batteries it had offered to Poland to western Ukraine instead.",
     "German officials said any deployment outside Nato territory would have to be discussed with allies."],
    "aid", "aid", 3, PAT, a="Katrin Vogelsang"),
  E("2022-11-25 14:40", "Kyiv's taps running again, mayor says",
    ["Kyiv mayor Vitali Klitschko said water supplies had been restored across the whole of the capital, after Wednesday's missile attacks left many residents queuing at pumps and springs."],
    "other", "humanitarian", 3, KYW, a="Mattis Rieckhoff", sec=["strikes"]),
  E("2022-11-25 13:10", "Three dead after shelling of Kherson's Dneprovsky district",
    ["Three people died when Russian shells hit the Dneprovsky district of Kherson on Friday, according to Ukrainian officials, a day after a similar attack on the city."],
    "strikes", "strikes", 3, K1, a="Mattis Rieckhoff"),
  E("2022-11-25 08:55", "Explainer: why Ukraine's grid cannot be fixed overnight",
    ["Every time a Russian missile hits a high-voltage substation, engineers need large transformers that weigh up to 200 tonnes and take months to build.",
     "Ukraine stockpiled some before the war, but officials say the reserve is almost gone and European utilities are being asked to send spares from their own networks.",
     "Repair crews can route power around damaged sites, which is why electricity often returns within days, but each strike leaves the system more fragile."],
    "strikes", "strikes", 2, "explainer-ukraine-grid-transformers", a="Mattis Rieckhoff", sec=["aid"],
    n="Theme piece (explainer with body): own story, importance 2; same theme as the Kyiv restoration story, must not merge with " + KYW + "."),
  ]))
SEEDS[-1]["entries"][-1]["slug"] = "explainer-grid-repairs"

SEEDS.append(dict(id="9524", name="9524_narew-article", ext="txt", source="Narew Observer", zone="Europe/Warsaw", render=r_article,
  title="Warsaw presses Berlin on Patriots and holds firm on oil price cap", byline="Zofia Kremer", dateline="25.11.2022, 19:40",
  crumb="Home \u203a Poland \u203a Security", lede="Poland spent Friday pushing its allies on two fronts: where German air defences should stand, and how hard the EU should squeeze Russia's oil income.",
  related="Polish exports to Ukraine rise for third month", footer="\u00a9 Narew Observer \u00b7 Contact \u00b7 Privacy",
  notes="Invented Warsaw outlet. Text article with three section headings; one entry per section, stamp null, published = the dateline '25.11.2022, 19:40' (Warsaw, CET = UTC+1); page byline as author. " + D1,
  not_entries=["outlet name and breadcrumb", "title line", "lede paragraph", "byline and dateline lines", "share line", "'Related:' link", "footer"],
  entries=[
  E("2022-11-25 19:40", "Patriots: 'Ukraine is where they are needed'",
    ["Defence Minister Mariusz Blaszczak said on Friday that Poland would prefer the German Patriot launchers offered after last week's deadly missile blast at Przewodow to be placed in western Ukraine, close to the Polish border.",
     "Berlin had offered the systems to help protect Polish airspace."],
    "aid", "aid", 3, PAT, a="Zofia Kremer"),
  E("2022-11-25 19:40", "Oil price cap: no deal at 65 dollars",
    ["Polish diplomats in Brussels again refused to back a cap of 65 dollars a barrel on Russian oil, arguing that it was close to the market price and would barely dent the Kremlin's revenues."],
    "diplomacy", "diplomacy", 3, OIL, a="Zofia Kremer"),
  E("2022-11-25 19:40", "Refugees: help for Ukrainians extended to March",
    ["The government will extend free medical care and family benefits for Ukrainian refugees living in Poland until the end of March, the family ministry said."],
    "other", "humanitarian", 2, "poland-refugee-benefits-extension", a="Zofia Kremer"),
  ]))

GRAIN = "grain-from-ukraine-summit-kyiv"
HOLO = "holodomor-90th-anniversary-commemoration"
NIK = "nikopol-marhanets-shelling-2022-11-26"
D2 = ("Day 2 (UTC 2022-11-26, seeds 9530-9534). Main story " + GRAIN + " (all 5 seeds; pledges $150m -> $180m; Kyiv/Kiev; Simonyte/\u0160imonyt\u0117). Multi-seed: " + HOLO +
      " (3), " + NIK + " (2; Marhanets/Marganets; toll 1 -> 2), and the day-1 story " + OIL + " continued with the presidency's new compromise (2). Re-post: 9533-04 re-posts day 1's 9523-05.")

SEEDS.append(dict(id="9530", name="9530_hebbleford-textlive", ext="txt", source="Hebbleford Chronicle", zone="Europe/London", render=r_hebbleford,
  title="Russia-Ukraine war: European leaders in Kyiv for grain summit on Holodomor anniversary", dateline="Saturday 26 November 2022",
  notes="Invented outlet (same layout as 9520). Text live blog, newest first; date line 'Saturday 26 November 2022', 'All times GMT'; Key Points list entries 02 and 05. Entry 03 continues the day-1 oil price cap story with a new development (new compromise); entry 04 is a 'Watch:' video teaser; entry 06 is a new Kherson shelling (not the day-1 event). " + D2,
  not_entries=["masthead and menu", "'Ukraine war live', title and date line", "'All times GMT'", "'Key Points' block", "'Latest'", "'[Video: 1 min 12 sec]' of the video post",
               "signature lines", "'Advertisement'", "'Show older posts' and footer"],
  entries=[
  E("2022-11-26 17:40", "Zelensky: Russia wants to break us with cold and hunger",
    ["Marking the 90th anniversary of the Holodomor, the Soviet-era famine that killed millions of Ukrainians, Volodymyr Zelensky said Russia was once again trying to destroy the nation, this time with cold and darkness."],
    "other", "politics", 3, HOLO, a="Nadia Rourke", n="Commemoration address -> other/politics; carried by 3 seeds -> 3."),
  E("2022-11-26 15:10", "Grain from Ukraine raises $150m at Kyiv summit, Zelensky says",
    ["Ukraine's grain export programme for the world's poorest countries has raised about 150 million dollars from more than 20 countries and the EU, Volodymyr Zelensky told a summit in Kyiv.",
     "The money will pay for ships to take Ukrainian wheat to Ethiopia, Somalia, Sudan, Yemen and other countries facing famine."],
    "diplomacy", "diplomacy", 3, GRAIN, a="Gareth Maddox", sec=["aid"], kp=True),
  E("2022-11-26 13:20", "EU presidency puts new price cap proposal on the table",
    ["The Czech EU presidency has circulated a compromise that would set the cap on Russian oil at 62 dollars a barrel and review it every two months, diplomats said, ahead of fresh talks on Monday."],
    "diplomacy", "diplomacy", 3, OIL, a="Gareth Maddox", n="Continuation of the day-1 story with a new development (keeps the day-1 slug)."),
  E("2022-11-26 11:45", "Watch: Candles lit at Holodomor memorial in Kyiv", [],
    "other", "politics", 1, HOLO, n="Video teaser without text -> importance 1."),
  E("2022-11-26 09:30", "European leaders arrive in Kyiv for grain summit",
    ["The prime ministers of Belgium, Poland and Lithuania arrived in Kyiv by overnight train for a summit on food security hosted by Volodymyr Zelensky."],
    "diplomacy", "diplomacy", 3, GRAIN, a="Gareth Maddox", kp=True),
  E("2022-11-26 07:50", "Three wounded as shells hit Kherson overnight",
    ["Three people were wounded in overnight shelling of Kherson, the regional administration said, a day after a deadly attack on the city's Dniprovsky district."],
    "strikes", "strikes", 2, "kherson-shelling-2022-11-26", a="Nadia Rourke", n="New attack, not the day-1 event; must not merge with " + NIK + " either."),
  ]))

SEEDS.append(dict(id="9531", name="9531_lavrahill-htmllive", ext="html", source="Lavra Hill Courier", zone="Europe/Kyiv", render=r_lavra,
  title="Grain summit in Kyiv as Ukraine remembers the Holodomor: live", dateline="26 November 2022",
  lede="Leaders gather in the capital while the south comes under fire again.", url="https://lavrahill.example/live/2022-11-26",
  notes="Invented Kyiv outlet (same layout as 9521). Newest first, one day divider '26 November'; JSON-LD updates with +02:00. Entry 03 repeats entry 06 nearly verbatim (duplicate_of 9531-06). Entry 04 is the day's theme piece (analysis): own story, importance 2. " + D2,
  not_entries=["masthead and menu", "h1 title", "meta line", "lede paragraph", "day divider '26 November'", "'by Name' lines", "'Copy link' / 'Share' tools", "donation box", "'Earlier updates' and footer"],
  entries=[
  E("2022-11-26 20:40", "Second death after Nikopol and Marhanets shelling",
    ["A second person has died after Russian forces shelled Nikopol and neighbouring Marhanets from across the Kakhovka reservoir, Dnipropetrovsk regional governor Valentyn Reznichenko said."],
    "strikes", "strikes", 3, NIK, a="Solomiia Danko"),
  E("2022-11-26 17:10", "Ukraine remembers Holodomor victims",
    ["Ukrainians lit candles in their windows across the country on Saturday evening to remember the victims of the Holodomor famine of 1932 and 1933, despite power cuts in many cities."],
    "other", "politics", 3, HOLO, a="Yarema Bilous"),
  E("2022-11-26 14:45", "Nikopol shelled overnight: one person killed",
    ["Russian artillery and rocket fire hit Nikopol overnight, killing one man and damaging a school and a number of houses, the regional governor said."],
    "strikes", "strikes", 1, NIK, a="Solomiia Danko", dup="9531-06", n="Near-verbatim repeat of 9531-06 -> importance 1."),
  E("2022-11-26 12:30", "Analysis: what a grain-for-Africa scheme can and cannot do",
    ["Sending a few dozen shiploads of wheat to countries on the brink of famine will save lives, but it will not bring down world food prices on its own, economists say.",
     "The bigger question is whether the Black Sea corridor that lets Ukrainian ports export at all will survive the winter, since Russia has already suspended its part in it once."],
    "diplomacy", "diplomacy", 2, "analysis-grain-from-ukraine-limits", a="Yarema Bilous", sec=["aid"], n="Theme piece (analysis with body): own story, importance 2; must not merge with " + GRAIN + "."),
  E("2022-11-26 10:05", "Belgian, Polish and Lithuanian prime ministers in Kyiv",
    ["Alexander De Croo, Mateusz Morawiecki and Ingrida Simonyte arrived in Kyiv on Saturday morning for the Grain from Ukraine summit, Zelensky's office said."],
    "diplomacy", "diplomacy", 3, GRAIN, a="Yarema Bilous"),
  E("2022-11-26 08:20", "Nikopol shelled overnight, one dead",
    ["Russian artillery and rocket fire hit Nikopol overnight, killing one man and damaging a school and several houses, the regional governor said."],
    "strikes", "strikes", 3, NIK, a="Solomiia Danko"),
  ]))

SEEDS.append(dict(id="9532", name="9532_amagiri-worldrss", ext="xml", source="Amagiri World Desk", zone="Asia/Tokyo", render=r_rssworld, rfc="num",
  title="Amagiri World Desk", lede="World news, updated around the clock from Tokyo", url="https://amagiri.example", path="news",
  notes="Invented Tokyo outlet. General world-news RSS feed with +0900 pubDates, newest first; 4 of 6 items off-beat (football, Taiwan, China, Indonesia). The two newest items are dated Sunday 27 November in Tokyo but are 26 November in UTC. Spelling 'Kiev'. " + D2,
  not_entries=["channel title, link, description, language", "per-item link/guid/category elements"],
  entries=[
  OFF("2022-11-27 07:40", "Messi goal revives Argentina's World Cup hopes",
      ["Lionel Messi scored and set up a second goal as Argentina beat Mexico 2-0 in Qatar, keeping alive their chances of reaching the last 16 after an opening defeat by Saudi Arabia."],
      "world-cup-argentina-beat-mexico", n="football."),
  E("2022-11-27 01:30", "Kiev summit pledges $180m for grain shipments",
    ["Leaders and ministers at a summit in Kiev pledged about 180 million dollars to ship Ukrainian grain to countries facing hunger, Ukraine's president said on Saturday."],
    "diplomacy", "diplomacy", 3, GRAIN, sec=["aid"]),
  OFF("2022-11-26 22:15", "Taiwan's president quits as party leader after local election losses",
      ["Tsai Ing-wen stepped down as chair of Taiwan's ruling Democratic Progressive Party after it lost most of the mayoral races in local elections to the opposition Kuomintang."],
      "taiwan-local-elections-tsai-resigns", n="Taiwanese politics."),
  E("2022-11-26 20:00", "Ukraine marks 90 years since Holodomor famine",
    ["Ukraine held ceremonies on Saturday to mark 90 years since the start of the Holodomor, the man-made famine under Stalin that Kyiv regards as a genocide."],
    "other", "politics", 3, HOLO),
  OFF("2022-11-26 16:40", "Vigils in Chinese cities after deadly Urumqi fire",
      ["Residents in several Chinese cities gathered to mourn the victims of an apartment fire in Urumqi, with some openly criticising the Covid lockdown rules they blame for slowing the rescue."],
      "urumqi-fire-vigils", n="Chinese domestic news."),
  OFF("2022-11-26 11:05", "West Java quake survivors move into temporary shelters",
      ["Thousands of people left homeless by Monday's earthquake in Cianjur, West Java, began moving into tents and temporary shelters as aid groups warned of heavy rain."],
      "cianjur-earthquake-shelters", n="natural disaster."),
  ]))

SEEDS.append(dict(id="9533", name="9533_havelbrook-atom", ext="xml", source="Havelbrook Monitor", zone="Europe/Berlin", render=r_atom,
  title="Havelbrook Monitor - Ukraine", lede="Reporting on the war in Ukraine from Berlin", url="https://havelbrook.example", path="ukraine", tag="havelbrook.example",
  notes="Invented Berlin outlet (same Atom layout as 9523), +01:00. Entry 04 re-posts day 1's explainer 9523-05 word for word with a new <published> date: importance 1 (re-post of day-1 entry), duplicate_of null because the original is on another seed. Spelling 'Marganets', 'Kiev'. Entry 01 (German generators) and 9534-03 (Lithuanian generators) share a theme but are different events: must not merge. " + D2,
  not_entries=["feed title, subtitle, links, id, updated", "per-entry link/id/updated elements"],
  entries=[
  E("2022-11-26 15:50", "Germany to fund generators for Ukrainian hospitals",
    ["Germany's development ministry will pay for 350 generators for hospitals and water works in Ukraine, with the first due to arrive before Christmas."],
    "aid", "aid", 2, "germany-generators-ukraine-hospitals", a="Katrin Vogelsang"),
  E("2022-11-26 13:15", "Leaders pledge funds for Grain from Ukraine at Kiev summit",
    ["Belgium, Poland, Lithuania and Germany were among the countries that announced contributions to Ukraine's programme to ship grain to Africa and Asia at a summit in Kiev on Saturday."],
    "diplomacy", "diplomacy", 3, GRAIN, a="Mattis Rieckhoff", sec=["aid"]),
  E("2022-11-26 10:45", "Marganets and Nikopol shelled, regional governor says",
    ["Russian forces fired on Marganets and Nikopol overnight, killing one person, the governor of the Dnipropetrovsk region said."],
    "strikes", "strikes", 3, NIK, a="Mattis Rieckhoff"),
  E("2022-11-26 08:30", "Explainer: why Ukraine's grid cannot be fixed overnight",
    ["Every time a Russian missile hits a high-voltage substation, engineers need large transformers that weigh up to 200 tonnes and take months to build.",
     "Ukraine stockpiled some before the war, but officials say the reserve is almost gone and European utilities are being asked to send spares from their own networks.",
     "Repair crews can route power around damaged sites, which is why electricity often returns within days, but each strike leaves the system more fragile."],
    "strikes", "strikes", 1, "explainer-ukraine-grid-transformers", a="Mattis Rieckhoff", sec=["aid"],
    n="Re-post of day-1 entry 9523-05 (same headline and text, new date) -> importance 1."),
  ]))
SEEDS[-1]["entries"][-1]["slug"] = "explainer-grid-repairs-2"

SEEDS.append(dict(id="9534", name="9534_nerisvalley-article", ext="txt", source="Neris Valley Review", zone="Europe/Vilnius", render=r_article,
  title="\u0160imonyt\u0117 in Kyiv as Lithuania backs grain scheme and holds out on oil cap", byline="Ruta Gedvilaite", dateline="Published 26 November 2022, 19:10 (Vilnius time)",
  crumb="Lithuania \u203a Foreign affairs", lede="Lithuania's prime minister joined the grain summit in Kyiv on Saturday while her government kept up its fight for a tougher oil cap.",
  related="Vilnius to host Nato summit next summer", footer="Neris Valley Review \u00b7 About \u00b7 Privacy",
  notes="Invented Vilnius outlet. Text article with three section headings; one entry per section, stamp null, published = the dateline 'Published 26 November 2022, 19:10 (Vilnius time)' (EET = UTC+2); page byline as author. Section 2 continues the day-1 oil cap story. " + D2,
  not_entries=["outlet name and breadcrumb", "title line", "lede paragraph", "byline and dateline lines", "share line", "'Related:' link", "footer"],
  entries=[
  E("2022-11-26 19:10", "\u0160imonyt\u0117 in Kyiv: Lithuania pays for a grain ship",
    ["Prime Minister Ingrida \u0160imonyt\u0117 said in Kyiv on Saturday that Lithuania would pay for a shipment of Ukrainian wheat to a country in Africa under the Grain from Ukraine programme."],
    "diplomacy", "diplomacy", 3, GRAIN, a="Ruta Gedvilaite", sec=["aid"]),
  E("2022-11-26 19:10", "Oil cap: Vilnius still wants a lower figure",
    ["Lithuania will not accept the new Czech proposal for a 62-dollar cap on Russian oil unless it comes with a plan to lower it further, a government spokesperson said."],
    "diplomacy", "diplomacy", 3, OIL, a="Ruta Gedvilaite", n="Continuation of the day-1 story (new proposal, new position)."),
  E("2022-11-26 19:10", "Generators for Kyiv region",
    ["A convoy carrying 50 generators bought with money raised by Lithuanian volunteers left Vilnius for the Kyiv region on Saturday."],
    "aid", "aid", 2, "lithuania-volunteer-generators-kyiv", a="Ruta Gedvilaite", n="Same theme as Germany's generators (9533-01), different event: must not merge."),
  ]))

AZ = "azovstal-civilian-evacuation-2022-04-30"
ODS = "odesa-airport-runway-strike-2022-04-30"
PX = "prisoner-exchange-14-ukrainians-2022-04-30"
LAV = "lavrov-no-victory-day-deadline"
D3 = ("Day 3 (UTC 2022-04-30, seeds 9540-9544). Main story " + AZ + " (4 seeds; evacuee count about 20 -> 25 -> more than 40 -> 46; Azovstal/Azovstal'/Azov steel plant, Mariupol/Mariupol'). "
      "Multi-seed: " + ODS + " (3; Odesa/Odessa), " + PX + " (2), " + LAV + " (2).")

SEEDS.append(dict(id="9540", name="9540_teteriv-textlive", ext="txt", source="Teteriv Evening Post", zone="Europe/Kyiv", render=r_teteriv,
  title="Live: first civilians leave Azovstal", parse_args=["--date", "2022-04-30"],
  lede="Updates through the day on the war, from our newsroom in Zhytomyr.",
  notes="Invented Kyiv-time outlet. Text live blog, OLDEST first; day lines without a year ('Saturday, 30 April', later 'Sunday, 1 May'): the page prints no year, so parse_args --date 2022-04-30 (the page's day). 'All times Kyiv time' (EEST = UTC+3). Each post: bare 'HH:MM', headline, text, 'Reporter: Name'. Entry 07 (00:45 on 1 May Kyiv time) is 21:45 UTC on 30 April: same UTC day. Entry 05 repeats entry 03 nearly verbatim (duplicate_of 9540-03). " + D3,
  not_entries=["masthead and menu", "title line", "'All times Kyiv time'", "lede paragraph", "day lines 'Saturday, 30 April' and 'Sunday, 1 May'", "'Reporter: Name' lines",
               "patron appeal line", "closing line and footer"],
  entries=[
  E("2022-04-30 08:15", "Russia keeps up assault along Donbas front",
    ["Russian troops attacked Ukrainian positions at a dozen points along the Donbas front overnight but made no significant gains, Ukraine's general staff said in its morning report."],
    "other", "frontline", 2, "donbas-front-general-staff-2022-04-30", a="Marko Hnatiuk"),
  E("2022-04-30 10:40", "About 20 civilians leave Azovstal, defenders say",
    ["Around 20 civilians, among them women and children, have been able to leave the shelters under the Azovstal steelworks in Mariupol, a commander of the Ukrainian units inside the plant said."],
    "other", "humanitarian", 3, AZ, a="Marko Hnatiuk"),
  E("2022-04-30 12:05", "14 Ukrainians freed in prisoner swap, Vereshchuk says",
    ["Fourteen Ukrainians, including a servicewoman who is five months pregnant, have come home in the latest prisoner exchange with Russia, Deputy Prime Minister Iryna Vereshchuk said.",
     "Seven of them are officers, she said."],
    "diplomacy", "diplomacy", 3, PX, a="Daryna Kovtun"),
  E("2022-04-30 14:30", "Buses bound for Mariupol turned back at checkpoint",
    ["A convoy of buses sent from Zaporizhzhia to collect civilians from Mariupol's city districts was stopped at a Russian checkpoint near Vasylivka and had to return empty, local officials said."],
    "other", "humanitarian", 2, "mariupol-city-buses-turned-back-2022-04-30", a="Daryna Kovtun", n="Same city as the Azovstal evacuation, different operation: must not merge with " + AZ + "."),
  E("2022-04-30 17:10", "Fourteen Ukrainians freed in prisoner swap, says Vereshchuk",
    ["Fourteen Ukrainians, including a servicewoman who is five months pregnant, have come home in the latest prisoner exchange with Russia, Deputy Prime Minister Iryna Vereshchuk said.",
     "Seven of those released are officers, she added."],
    "diplomacy", "diplomacy", 1, PX, a="Daryna Kovtun", dup="9540-03", n="Near-verbatim repeat of 9540-03 -> importance 1."),
  E("2022-04-30 21:25", "More than 40 people now out of Azovstal, city council says",
    ["More than 40 civilians have now been brought out of the Azovstal plant and are on their way to a camp in Bezimenne, Mariupol city council said, adding that they would later be taken on to Zaporizhzhia."],
    "other", "humanitarian", 3, AZ, a="Marko Hnatiuk"),
  E("2022-05-01 00:45", "Two cruise missiles shot down over Vinnytsia region",
    ["Ukraine's air force said its air defences had destroyed two Russian cruise missiles over the Vinnytsia region late on Saturday, with no casualties on the ground."],
    "strikes", "strikes", 2, "vinnytsia-cruise-missiles-downed-2022-04-30", a="Daryna Kovtun", n="After local midnight (1 May EEST) but 21:45 UTC on 30 April. Different attack from Odesa: must not merge."),
  ]))

SEEDS.append(dict(id="9541", name="9541_brackenholm-htmllive", ext="html", source="Brackenholm Courier", zone="Europe/London", render=r_brackenholm,
  title="Ukraine war live: Azovstal evacuation begins as missile wrecks Odessa runway", dateline="Saturday 30 April 2022",
  lede="Civilians start to leave the besieged steelworks in Mariupol; Odessa's airport is put out of action.",
  notes="Invented UK outlet. HTML live blog, newest first; page-level LiveBlogPosting JSON-LD with no update list; date line 'Saturday 30 April 2022'; posts: <time datetime> showing '9.50pm', h2, 'By Name'. Entry 04 is a 'Pictured:' teaser without text (importance 1). Spelling 'Odessa'. BST = UTC+1. " + D3,
  not_entries=["cookie banner", "masthead and menu", "h1 title", "date line", "standfirst", "'By Name' lines", "photo caption of the teaser", "related box 'Who are the civilians still inside Mariupol?'", "'Scroll for earlier posts' and footer"],
  entries=[
  E("2022-04-30 21:50", "Azovstal evacuees number 46, Ukraine says",
    ["Forty-six civilians have left the Azovstal steelworks so far, a Ukrainian deputy prime minister said late on Saturday, as the United Nations and the Red Cross prepared to escort the first group to safety."],
    "other", "humanitarian", 3, AZ, a="Beatrix Tredwell"),
  E("2022-04-30 19:30", "Lavrov: Russia will not rush its operation to suit 9 May",
    ["Russia's foreign minister Sergei Lavrov said Moscow's forces would not tie their actions to any date, including the Victory Day anniversary on 9 May, and that talks with Kyiv had stalled."],
    "diplomacy", "diplomacy", 3, LAV, a="Felix Ambrose"),
  E("2022-04-30 17:05", "UN confirms Azovstal evacuation operation is under way",
    ["A United Nations spokesperson said an operation to bring civilians out of the Azovstal plant in Mariupol had begun, in coordination with the International Committee of the Red Cross and both sides."],
    "other", "humanitarian", 3, AZ, a="Beatrix Tredwell"),
  E("2022-04-30 15:20", "Pictured: the damaged runway at Odessa airport", [],
    "strikes", "strikes", 1, ODS, n="Photo teaser without text -> importance 1."),
  E("2022-04-30 14:40", "Missile strike wrecks Odessa airport runway",
    ["A Russian Bastion missile fired from Crimea destroyed the runway at Odessa's international airport, the regional governor said, leaving it unusable.",
     "No one was hurt."],
    "strikes", "strikes", 3, ODS, a="Felix Ambrose"),
  E("2022-04-30 08:10", "Shelling wounds five in Kharkiv's northern districts",
    ["Five people were wounded overnight when Russian shells hit the Saltivka and Pivnichna Saltivka districts of Kharkiv, the regional governor said."],
    "strikes", "strikes", 2, "kharkiv-shelling-2022-04-30", a="Beatrix Tredwell", n="Different attack from the Odesa runway strike: must not merge."),
  ]))

SEEDS.append(dict(id="9542", name="9542_caddlesby-worldatom", ext="xml", source="Caddlesby World Feed", zone="UTC", render=r_atom, zulu=True,
  title="Caddlesby World Feed", lede="Headlines from around the world", url="https://caddlesby.example", path="world", tag="caddlesby.example",
  notes="Invented general world-news Atom feed, <published> in UTC ('Z'), no authors, newest first; 4 of 6 entries off-beat (snooker, Shanghai, India, Sri Lanka). Spelling 'Odessa', 'Azovstal steel plant'. " + D3,
  not_entries=["feed title, subtitle, links, id, updated", "per-entry link/id/updated elements"],
  entries=[
  OFF("2022-04-30 22:10", "Snooker: world semi-final goes into final session level",
      ["The second semi-final at the World Snooker Championship in Sheffield will be settled in Sunday's last session after the two players finished Saturday evening level."],
      "world-snooker-semi-final", n="sport."),
  E("2022-04-30 19:35", "Russian missile hits Odessa airport runway",
    ["A Russian missile strike has destroyed the runway at the airport in the Ukrainian port city of Odessa, regional officials said."],
    "strikes", "strikes", 3, ODS),
  OFF("2022-04-30 16:00", "Shanghai eases curbs in some districts",
      ["Authorities in Shanghai said residents of several districts with no new cases for two weeks could leave their compounds, though most of the city's 25 million people remain under lockdown."],
      "shanghai-lockdown-easing", n="public health."),
  E("2022-04-30 12:20", "First civilians leave Mariupol's besieged Azovstal steel plant",
    ["A first group of civilians has left the Azovstal steel plant in Mariupol, where Ukrainian fighters and hundreds of civilians have been holding out for weeks, according to both sides."],
    "other", "humanitarian", 3, AZ),
  OFF("2022-04-30 09:05", "Power cuts as Indian heatwave pushes demand to record",
      ["Several Indian states reported long power cuts as temperatures above 45 degrees pushed electricity demand to a record high and coal stocks at power stations ran low."],
      "india-heatwave-power-cuts", n="weather/energy in India."),
  OFF("2022-04-30 06:40", "Sri Lanka protesters mark three weeks outside president's office",
      ["Thousands of demonstrators demanding the resignation of President Gotabaya Rajapaksa kept their protest camp in Colombo going for a 22nd day, as the country ran short of fuel and medicine."],
      "sri-lanka-galle-face-protest", n="Sri Lankan politics."),
  ]))

SEEDS.append(dict(id="9543", name="9543_wieprzvalley-rss", ext="xml", source="Wieprz Valley Herald", zone="Europe/Warsaw", render=r_wieprz,
  title="Wieprz Valley Herald - Ukraine", lede="News on the war next door, from eastern Poland", url="https://wieprzvalley.example",
  notes="Invented Polish outlet. RSS 2.0 with +0200 (CEST) pubDates, dc:creator in CDATA, a one-sentence description plus content:encoded with the full text, newest first. Spelling 'Azovstal'', 'Mariupol'', 'Odesa'. Entry 02 is the day's theme piece (explainer on the Azovstal tunnels): own story, importance 2; must not merge with " + AZ + ". " + D3,
  not_entries=["channel title, link, description, language, lastBuildDate", "per-item link/guid/category elements", "per-item <description> (a one-sentence excerpt of the same text that content:encoded carries in full)"],
  entries=[
  E("2022-04-30 20:15", "Odesa airport runway out of action after missile strike",
    ["The runway at Odesa airport has been put out of action by a Russian missile strike, the head of the Odesa regional administration said, adding that nobody was injured."],
    "strikes", "strikes", 3, ODS, a="Kinga Solarek"),
  E("2022-04-30 17:30", "Explainer: the Soviet-era tunnels beneath Azovstal'",
    ["Beneath Azovstal' lies a network of bunkers and tunnels built in Soviet times to survive a nuclear attack, which is why hundreds of people have been able to shelter there for weeks.",
     "Some of the shelters were designed for thousands of workers and had their own air filters and water tanks, but after two months of siege food and medicine are running out."],
    "other", "humanitarian", 2, "explainer-azovstal-tunnels", a="Kinga Solarek", n="Theme piece (explainer with body): own story, importance 2."),
  E("2022-04-30 14:45", "Polish volunteers open field hospital near Lviv",
    ["A team of Polish doctors and paramedics has opened a 40-bed field hospital on the outskirts of Lviv, paid for with donations collected in the Lublin region."],
    "aid", "aid", 2, "polish-field-hospital-lviv", a="Piotr Zawadka", n="Same theme as the Latvian drone appeal (9544-03), different event: must not merge."),
  E("2022-04-30 12:30", "25 civilians evacuated from Azovstal'",
    ["Twenty-five civilians, six of them children, have been evacuated from the Azovstal' plant in Mariupol', a Ukrainian military commander inside the plant said."],
    "other", "humanitarian", 3, AZ, a="Kinga Solarek"),
  E("2022-04-30 09:10", "Refugee arrivals in Poland pass three million",
    ["More than three million people have crossed into Poland from Ukraine since the invasion began, the Polish border guard said, though the number returning home is also rising."],
    "other", "humanitarian", 2, "poland-refugee-arrivals-three-million", a="Piotr Zawadka"),
  ]))

SEEDS.append(dict(id="9544", name="9544_gauja-article", ext="txt", source="Gauja Observer", zone="Europe/Riga", render=r_article,
  title="A prisoner swap, a warning from Lavrov and a Latvian drone appeal: Saturday in the war", byline="Ilze Berzkalne", dateline="30.04.2022 20:30",
  crumb="World \u203a Ukraine", lede="Three developments from the 66th day of Russia's war against Ukraine.",
  related="Latvia to end Russian gas imports from next year", footer="Gauja Observer \u00b7 Riga \u00b7 Privacy",
  notes="Invented Riga outlet. Text article with three section headings; one entry per section, stamp null, published = the dateline '30.04.2022 20:30' (Riga, EEST = UTC+3); page byline as author. " + D3,
  not_entries=["outlet name and breadcrumb", "title line", "lede paragraph", "byline and dateline lines", "share line", "'Related:' link", "footer"],
  entries=[
  E("2022-04-30 20:30", "Fourteen Ukrainians home after exchange",
    ["Ukraine has brought 14 people home from Russian captivity, among them a pregnant servicewoman, in an exchange announced by Deputy Prime Minister Iryna Vereshchuk."],
    "diplomacy", "diplomacy", 3, PX, a="Ilze Berzkalne"),
  E("2022-04-30 20:30", "Lavrov: no date for the end of the 'operation'",
    ["Sergei Lavrov said in an interview published on Saturday that Russia would not tie its military campaign in Ukraine to Victory Day and that peace talks were proving very difficult."],
    "diplomacy", "diplomacy", 3, LAV, a="Ilze Berzkalne"),
  E("2022-04-30 20:30", "Latvians crowdfund drones for Ukraine's army",
    ["A Latvian volunteer group says it has raised enough money to buy 30 reconnaissance drones for Ukrainian units, which will be handed over at the Polish border next week."],
    "aid", "aid", 2, "latvia-drone-crowdfunding", a="Ilze Berzkalne"),
  ]))


# ================================================================== writer
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
            d = dt(e["t"], S["zone"])
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                         "published_basis": basis(S, e, d, stamps[i]),
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

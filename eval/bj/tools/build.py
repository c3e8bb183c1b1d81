#!/usr/bin/env python3
"""Builds the eval/bj seeds and gold files from one hand-written data table (below).

All news text is invented or paraphrased by the blind tester in their own words; Part B outlets are invented.
Part A pages imitate the *layout* of ten real outlets (chrome, stamp forms, bylines), not their wording.
Deterministic. Run from the project root:  python3 eval/bj/tools/build.py
"""
import html, json, os, re
from datetime import datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=None):
    """One entry. t = local 'YYYY-MM-DD HH:MM' in the page zone; entries are listed in PAGE order."""
    return dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)


def OFF(t, h, p, st, a=None, n=""):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n)


def first_sentence(par):
    m = re.search(r'[.!?]["\u201d\u2019\']?(?=\s+[A-Z0-9"\u201c\u2018]|$)', par)
    return par[:m.end()] if m else par


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def ordinal(n):
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def ampm(d, sep=".", upper=False, space=""):
    hh = d.hour % 12 or 12
    suf = "am" if d.hour < 12 else "pm"
    return f"{hh}{sep}{d.minute:02d}{space}{suf.upper() if upper else suf}"


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def ent_dt(S, i):
    return dt(S["entries"][i]["t"], S["zone"])


# ============================================================ Part A renderers (layout imitation only)

def r_sunderland(S):
    """Sunderland Echo (National World) live blog, copied as text. Newest first. Page byline, 'Published 25th Aug 2022,
    07:15 BST' / 'Updated ...' lines, a Key Events box listing headlines, each post a bare '18:40' line BEFORE its headline."""
    z = S["zone"]
    first = min(ent_dt(S, i) for i in range(len(S["entries"]))); last = max(ent_dt(S, i) for i in range(len(S["entries"])))
    stamp_line = lambda w, d: f"{w} {ordinal(d.day)} {MONTHS[d.month - 1][:3]} {d.year}, {d:%H:%M} BST"
    L = ["Skip to content", "Sunderland Echo", "Subscribe", "Sign In", "",
         "News  Sport  SAFC  Business  What's On  Lifestyle  Heritage & Retro  Announcements  Jobs  Puzzles", "",
         "News", "World", "", S["title"], "", S["lede"], "", f"By {S['byline']}", stamp_line("Published", first),
         stamp_line("Updated", last), "", "Comments", "Share", "Facebook  Twitter  WhatsApp  Email", "", "Key Events"]
    L += [e["h"] for e in S["entries"] if e["kp"]]
    L += ["", "Show new updates", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = ent_dt(S, i); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 1:
            L += ["READ MORE: " + S["readmore"], ""]
        if i == 3:
            L += ["Sign up to our Sunderland Echo newsletter", "The latest news from Wearside, straight to your inbox", "Sign up", ""]
    L += ["Comments", "Want to join the conversation? Please sign in or register to comment on this article.", "",
          "Cookie Settings", "Terms and Conditions  Privacy notice  Contact us  Advertise", "© National World Publishing Ltd. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_devon(S):
    """DevonLive (Reach plc) live blog, HTML. Newest first. Header '08:10, 11 NOV 2022' + 'Updated ...' with a reporter
    role line; posts carry 'KEY EVENT' badges, a bare '17:05' time and a per-post author above the h2.
    LiveBlogPosting JSON-LD with one BlogPosting per post (correct per-post times, +00:00)."""
    z = S["zone"]; n = len(S["entries"])
    first = ent_dt(S, n - 1); last = ent_dt(S, 0)
    reach = lambda d: f"{d:%H:%M}, {d.day} {MONTHS[d.month - 1][:3].upper()} {d.year}"
    ups = []
    for i, e in enumerate(S["entries"]):
        d = ent_dt(S, i)
        ups.append({"@type": "BlogPosting", "headline": e["h"], "datePublished": d.isoformat(), "articleBody": " ".join(e["p"]),
                    "author": {"@type": "Person", "name": e["a"]}, "url": f"{S['url']}#post-{900 + i}"})
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "url": S["url"], "headline": S["title"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "publisher": {"@type": "Organization", "name": "DevonLive"}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} - Devon Live</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<div class="cookie-banner">We use cookies to improve your experience. <button>Accept all</button> <button>Manage preferences</button></div>',
           '<header class="mast"><a href="/" class="logo">DevonLive</a><nav><a href="/news/">News</a> <a href="/sport/">Sport</a> '
           '<a href="/whats-on/">What\'s On</a> <a href="/news/property/">Property</a> <a href="/all-about/exeter">Exeter</a> '
           '<a href="/all-about/plymouth">Plymouth</a></nav><a class="sign-in">Sign in</a></header>',
           '<main><div class="breadcrumbs"><a href="/news/">News</a> <a href="/news/world-news/">World News</a></div>',
           f"<h1>{esc(S['title'])}</h1>", f'<p class="standfirst">{esc(S["lede"])}</p>',
           f'<div class="article-information"><span class="author">By <a href="/authors/x">{esc(S["byline"])}</a></span> '
           f'<span class="role">{esc(S["role"])}</span> <span class="time-info">{reach(first)}</span> '
           f'<span class="time-info updated">Updated {reach(last)}</span></div>',
           '<div class="share-bar"><a>Share</a> <a class="comments">Comments</a></div>', '<div class="live-event">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = ent_dt(S, i); st = f"{d:%H:%M}"; stamps.append(st)
        out.append('<article class="live-post">' + ('<span class="key-event">KEY EVENT</span>' if e.get("badge") else "")
                   + f'<time datetime="{d.isoformat()}">{st}</time><span class="post-author">{esc(e["a"])}</span><h2>{esc(e["h"])}</h2>')
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append('<div class="post-share">Share</div></article>')
        if i == 2:
            out.append('<aside class="newsletter"><p>Get the biggest stories from Devon straight to your inbox</p>'
                       '<input type="email" placeholder="Enter email"> <button>Subscribe</button>'
                       '<p class="small">We use your sign-up to provide content in ways you\'ve consented to and to improve our understanding of you.</p></aside>')
    out += ['</div><div class="tags">More On <a>Russia-Ukraine war</a> <a>Exeter</a> <a>World News</a></div>',
            '<aside class="related"><h3>Most Read</h3><a href="/r1">Roadworks to close A38 slip road overnight</a></aside></main>',
            '<footer>DevonLive · Reach plc · Terms &amp; conditions · Privacy notice · Cookie notice</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_argus(S):
    """The Argus (Newsquest) news listing, copied as text. Newest first. Each card: headline, then the stamp line
    '14th October 2022, 7:05pm' AFTER the headline, then 'By NAME', summary, comment count, Share. No zone printed."""
    L = ["Skip to main content", "The Argus", "Menu", "News  Sport  Albion  What's On  Announcements  Jobs  Public Notices  Subscribe",
         "Sign in  Register", "", "We use cookies to personalise content and ads and to analyse our traffic. Accept  Manage", "",
         S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = ent_dt(S, i); st = f"{ordinal(d.day)} {MONTHS[d.month - 1]} {d.year}, {ampm(d, sep=':')}"; stamps.append(st)
        L += [e["h"], st, f"By {e['a']}", ""] + ptxt(e["p"]) + [f"Comments ({(i * 3) % 7})", "Share", ""]
        if i == 2:
            L += ["Advertisement", ""]
    L += ["Load more", "", "Most Read", "Shoreham flyover repairs pushed back to spring", "",
          "The Argus · Contact us · Terms · Privacy · Cookie policy",
          "This website and associated newspapers adhere to the Independent Press Standards Organisation's Editors' Code of Practice."]
    return "\n".join(L) + "\n", stamps


def r_echo(S):
    """Southern Daily Echo (Newsquest) article, HTML: h1, byline, '<time>22nd October 2022 5:30pm</time>', share row,
    standfirst, then h2 sections (one entry each, stamp null), NewsArticle JSON-LD, comments prompt, Most Read, footer."""
    z = S["zone"]; d = dt(S["dateline"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": d.isoformat(),
          "dateModified": d.isoformat(), "author": [{"@type": "Person", "name": S["byline"]}],
          "publisher": {"@type": "Organization", "name": "Daily Echo"}, "articleSection": "National news"}
    vis = f"{ordinal(d.day)} {MONTHS[d.month - 1]} {d.year} {ampm(d, sep=':')}"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | Daily Echo</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<header><a href="/" class="logo">Daily Echo</a><nav><a>News</a> <a>Sport</a> <a>Saints</a> <a>What\'s On</a> '
           '<a>Business</a> <a>Announcements</a> <a>Jobs</a></nav><a class="subscribe">Subscribe</a> <a>Sign in</a></header>',
           '<main><p class="breadcrumb">News <span>›</span> National</p>', f"<h1>{esc(S['title'])}</h1>",
           f'<div class="byline"><span class="name">By {esc(S["byline"])}</span> <span class="role">{esc(S["role"])}</span></div>',
           f'<p class="published">Published: <time datetime="{d.isoformat()}">{vis}</time></p>',
           '<div class="share">Share <a>Facebook</a> <a>Twitter</a> <a>Email</a></div>',
           f'<p class="standfirst"><strong>{esc(S["lede"])}</strong></p>']
    for i, e in enumerate(S["entries"]):
        out.append(f"<h2>{esc(e['h'])}</h2>")
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if i == 1:
            out.append('<div class="related-inline">Read more: <a href="/r">Southampton volunteers collect sleeping bags for Ukraine</a></div>')
    out += ['<div class="comments"><p>Comments: Our rules</p><p>We want our comments to be a lively and valuable part of our community.</p></div>',
            '</main><aside class="most-read"><h3>Most Read</h3><ol><li>Bus lane cameras switched on in Portswood</li><li>Saints fans warned of match-day road closures</li></ol></aside>',
            '<footer>This website and associated newspapers adhere to the Independent Press Standards Organisation\'s Editors\' Code of Practice. '
            'Daily Echo is part of Newsquest\'s audited local and national network.</footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"]), [vis] * len(S["entries"])


def r_cambridge(S):
    """Cambridge News (Reach plc) live blog, copied as text. Newest first; crosses local midnight (BST), with day
    separators 'Wednesday, 21 September' (no year). Header 'ByName' glued, role, '16:40, 20 SEP 2022Updated00:40, 21 SEP 2022'
    glued as a copy of the page gives it. Post: optional KEY EVENT, bare time, author, headline, body, Share."""
    n = len(S["entries"]); first = ent_dt(S, n - 1); last = ent_dt(S, 0)
    reach = lambda d: f"{d:%H:%M}, {d.day} {MONTHS[d.month - 1][:3].upper()} {d.year}"
    L = ["Skip to main content", "Cambridge News", "News  Cambridge United  What's On  Food & Drink  Property  Sport  Jobs", "Sign in", "",
         "NewsWorld News", "", S["title"], "", S["lede"], "", f"By{S['byline']}", S["role"], f"{reach(first)}Updated{reach(last)}", "",
         "Bookmark", "Share", "Comments", "", "Live", ""]
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = ent_dt(S, i)
        day = f"{DAYS[d.weekday()]}, {d.day} {MONTHS[d.month - 1]}"
        if day != cur:
            cur = day; L += [day, ""]
        st = f"{d:%H:%M}"; stamps.append(st)
        if e.get("badge"):
            L.append("KEY EVENT")
        L += [st, e["a"], e["h"], ""] + ptxt(e["p"]) + ["Share", ""]
        if i == 2:
            L += ["Get the latest Cambridgeshire news sent to your inbox", "Subscribe", "Invalid email", "",
                  "We use your sign-up to provide content in ways you've consented to and to improve our understanding of you.", ""]
    L += ["Top Stories", "Drivers warned over Milton Road closure this weekend", "",
          "Cambridge News · Reach plc · Terms & conditions · Privacy notice · Cookie settings"]
    return "\n".join(L) + "\n", stamps


def r_defimedia(S):
    """Defimedia.info (Mauritius) 'International' category listing, HTML. French chrome, English items.
    Newest first; each card: category label, h2 link, 'Par AFP' and a date '4 décembre 2022 - 01:10' (local, no zone),
    one paragraph, 'Lire la suite', comment count, share. BreadcrumbList JSON-LD only (no dates)."""
    ld = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": 1, "name": "Accueil", "item": "https://defimedia.info/"},
        {"@type": "ListItem", "position": 2, "name": "International", "item": "https://defimedia.info/categorie/international"}]}
    out = ['<!DOCTYPE html>', '<html lang="fr"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | Defimedia</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<div id="cookies">Ce site utilise des cookies pour améliorer votre expérience de navigation. <button>J\'accepte</button> <a>En savoir plus</a></div>',
           '<header><a href="/" class="logo">Defimedia.info</a><ul class="menu"><li>Accueil</li><li>Actualités</li><li>Société</li>'
           '<li>Économie</li><li>Sport</li><li>International</li><li>Opinions</li><li>Vidéos</li></ul>'
           '<a class="abonnement">Abonnez-vous</a></header>',
           f'<main><nav class="breadcrumb"><a href="/">Accueil</a> › International</nav><h1 class="page-title">{esc(S["title"])}</h1>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = ent_dt(S, i); st = f"{d.day} {FR_MONTHS[d.month - 1]} {d.year} - {d:%H:%M}"; stamps.append(st)
        out += ['<div class="views-row">', '<span class="category">International</span>',
                f'<h2 class="title"><a href="/actualites/international/{4100 + i}">{esc(e["h"])}</a></h2>',
                f'<div class="meta"><span class="auteur">Par {esc(e["a"])}</span> <span class="date">{st}</span></div>']
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out += [f'<a class="more" href="/actualites/international/{4100 + i}">Lire la suite</a>',
                f'<span class="comments">{i % 3} commentaire{"s" if i % 3 > 1 else ""}</span> <span class="share">Partager</span>', '</div>']
        if i == 2:
            out.append('<div class="pub">Publicité</div>')
    out += ['<ul class="pager"><li>1</li><li><a>2</a></li><li><a>Page suivante ›</a></li></ul></main>',
            '<aside><h3>Les plus lus</h3><a>Budget : les syndicats réclament une compensation salariale</a></aside>',
            '<footer>Le Défi Media Group · Tous droits réservés · Conditions d\'utilisation · Contact</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_midi(S):
    """Midi Madagasikara WordPress category feed (RSS 2.0), French channel metadata. pubDate in +0000; dc:creator CDATA;
    description = excerpt ending '[&#8230;]'; full text in content:encoded. Newest first."""
    out = ['<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"',
           '\txmlns:content="http://purl.org/rss/1.0/modules/content/"', '\txmlns:wfw="http://wellformedweb.org/CommentAPI/"',
           '\txmlns:dc="http://purl.org/dc/elements/1.1/"', '\txmlns:atom="http://www.w3.org/2005/Atom"',
           '\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"', '\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"', '>', '',
           '<channel>', f"\t<title>{S['title_xml']}</title>",
           '\t<atom:link href="https://midi-madagasikara.mg/category/international/feed/" rel="self" type="application/rss+xml" />',
           '\t<link>https://midi-madagasikara.mg</link>', "\t<description>Quotidien d&#039;informations générales</description>",
           f"\t<lastBuildDate>{S['build']}</lastBuildDate>", '\t<language>fr-FR</language>', '\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>',
           '\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>', '\t<generator>https://wordpress.org/?v=6.0.2</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        u = ent_dt(S, i).astimezone(UTC); st = u.strftime("%a, %d %b %Y %H:%M:%S +0000"); stamps.append(st)
        link = f"https://midi-madagasikara.mg/2022/09/06/{S['slugs'][i]}/"
        excerpt = e["p"][0][:150].rsplit(" ", 1)[0] + " [&#8230;]"
        out += ["\t<item>", f"\t\t<title>{esc(e['h'])}</title>", f"\t\t<link>{link}</link>", f"\t\t<comments>{link}#respond</comments>",
                f"\t\t<dc:creator><![CDATA[{e['a']}]]></dc:creator>", f"\t\t<pubDate>{st}</pubDate>",
                f"\t\t\t\t<category><![CDATA[{e.get('cat', 'International')}]]></category>",
                f'\t\t<guid isPermaLink="false">https://midi-madagasikara.mg/?p={212400 + i * 7}</guid>',
                f"\t\t\t\t\t<description><![CDATA[{excerpt}]]></description>",
                "\t\t\t\t\t\t\t\t\t\t<content:encoded><![CDATA[" + "\n".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></content:encoded>",
                f"\t\t\t\t\t<wfw:commentRss>{link}feed/</wfw:commentRss>", "\t\t\t<slash:comments>0</slash:comments>", "\t\t</item>"]
    out += ["\t</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps


def r_whanganui(S):
    """Whanganui Chronicle (NZME) live page, copied as text. OLDEST first; a day line 'Sunday, 13 November' with no year
    anywhere on the page; one page byline; each post = headline, then a bare '6.40am' line AFTER it, then body;
    'Advertise with NZME.' interstitials."""
    L = ["Whanganui Chronicle", "Subscribe", "Sign In", "Latest  Whanganui  Sport  Opinion  Business  Rural  Lifestyle  Weather  Death notices", "",
         "World", "", S["title"], "", S["lede"], "", f"By {S['byline']}", "", "Share", "Share this article", "", "Advertise with NZME.", "",
         "Live updates", S["dayline"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = ent_dt(S, i); st = ampm(d); stamps.append(st)
        L += [e["h"], st, ""] + ptxt(e["p"])
        if i in (1, 3):
            L += ["Advertise with NZME.", ""]
    L += ["Share this article", "", "Latest from World", "Heavy snow closes roads in northern Japan", "Chile's president reshuffles cabinet", "",
          "© Copyright NZME Publishing Limited", "Privacy Policy  Terms of Use  Contact Us"]
    return "\n".join(L) + "\n", stamps


def r_toowoomba(S):
    """The Chronicle (Toowoomba, News Corp Australia) live coverage, HTML. Newest first; header date 'October 10, 2022 - 8:45AM';
    day separators 'Monday, October 10' (no year); posts show '8.45am' (AEST implied, never printed) and often NO headline.
    NewsArticle-style LiveBlogPosting JSON-LD whose updates carry no headline when the post has none."""
    z = S["zone"]; n = len(S["entries"]); first = ent_dt(S, n - 1); last = ent_dt(S, 0)
    ups = []
    for i, e in enumerate(S["entries"]):
        u = {"@type": "BlogPosting", "datePublished": ent_dt(S, i).isoformat(), "articleBody": " ".join(e["p"])}
        if e["h"]:
            u["headline"] = e["h"]
        ups.append(u)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": S["title"], "datePublished": first.isoformat(),
          "dateModified": last.isoformat(), "author": [{"@type": "Person", "name": S["byline"]}], "liveBlogUpdate": ups}
    hdr = f"{MONTHS[last.month - 1]} {last.day}, {last.year} - {ampm(last, sep=':', upper=True)}"
    out = ['<!DOCTYPE html>', '<html lang="en-AU"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | The Chronicle</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<header><a href="/" class="logo">The Chronicle</a><span class="location">Toowoomba</span><nav><a>News</a> <a>Sport</a> '
           '<a>Lifestyle</a> <a>Property</a> <a>Puzzles</a> <a>Weather</a></nav><a class="subscribe">Subscribe</a> <a>Log in</a></header>',
           '<main><p class="kicker">World</p>', f"<h1>{esc(S['title'])}</h1>", f'<p class="standfirst">{esc(S["lede"])}</p>',
           f'<div class="byline"><span class="author">{esc(S["byline"])}</span></div><div class="date">{hdr}</div>',
           '<div class="tools"><a>Share</a> <a>Font size</a> <a>Save</a></div>', '<section class="live">']
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        d = ent_dt(S, i); day = f"{DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}"
        if day != cur:
            cur = day; out.append(f'<h4 class="live-day">{day}</h4>')
        st = ampm(d); stamps.append(st)
        out.append(f'<div class="live-post"><span class="time">{st}</span>' + (f"<h3>{esc(e['h'])}</h3>" if e["h"] else ""))
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        out.append('<a class="share">Share</a></div>')
        if i == 2:
            out.append('<div class="ad">ADVERTISEMENT</div>')
    out += ['</section><div class="more-coverage"><h3>More Coverage</h3><a>Darling Downs growers count cost of wet spring</a></div></main>',
            '<footer>The Chronicle · News Corp Australia Network · Terms of use · Privacy · Relevant ads opt-out</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_lethbridge(S):
    """Lethbridge Herald WordPress Atom feed (/feed/atom/). <published> in Z; author per entry (wire credits);
    title/summary/content in CDATA. Newest first."""
    n = len(S["entries"])
    upd = ent_dt(S, 0).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    out = ['<?xml version="1.0" encoding="UTF-8"?><feed', '  xmlns="http://www.w3.org/2005/Atom"', '  xmlns:thr="http://purl.org/syndication/thread/1.0"',
           '  xml:lang="en-US"', '  >', f'\t<title type="text">{S["title_xml"]}</title>',
           '\t<subtitle type="text">Southern Alberta&#039;s daily newspaper</subtitle>', '', f"\t<updated>{upd}</updated>", '',
           '\t<link rel="alternate" type="text/html" href="https://lethbridgeherald.com" />', '\t<id>https://lethbridgeherald.com/feed/atom/</id>',
           '\t<link rel="self" type="application/atom+xml" href="https://lethbridgeherald.com/category/news/world/feed/atom/" />', '',
           '\t<generator uri="https://wordpress.org/" version="6.1.1">WordPress</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        st = ent_dt(S, i).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"); stamps.append(st)
        link = f"https://lethbridgeherald.com/news/world/2022/12/{S['slugs'][i]}/"
        out += ["\t<entry>", "\t\t<author>", f"\t\t\t<name>{esc(e['a'])}</name>", "\t\t\t\t\t</author>",
                f'\t\t<title type="html"><![CDATA[{e["h"]}]]></title>', f'\t\t<link rel="alternate" type="text/html" href="{link}" />',
                f"\t\t<id>https://lethbridgeherald.com/?p={338100 + i * 11}</id>", f"\t\t<updated>{st}</updated>", f"\t\t<published>{st}</published>",
                f'\t\t<category scheme="https://lethbridgeherald.com" term="{e.get("cat", "World")}" />',
                f'\t\t<summary type="html"><![CDATA[{e["p"][0]}]]></summary>',
                f'\t\t\t\t\t\t<content type="html" xml:base="{link}"><![CDATA[' + "".join(f"<p>{esc(p)}</p>\n" for p in e["p"]) + "]]></content>",
                "\t</entry>"]
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


# ============================================================ Part B renderers (invented outlets)

def r_heddonfold(S):
    """Text live blog, newest first; date line; 'Key Points' block listing headlines; each post = headline, body, then a
    trailing 'Posted at 9.40pm by NAME' line (UK time, zone never printed)."""
    L = ["HEDDONFOLD EVENING STAR", "News | Local | World | Sport | Opinion | Puzzles", "", "LIVE", S["title"], S["dateline"], "",
         "Key Points"] + [e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = ent_dt(S, i); st = f"Posted at {ampm(d)} by {e['a']}"; stamps.append(st)
        L += [e["h"], ""] + ptxt(e["p"]) + [st, ""]
        if i == 3:
            L += ["Advertisement", ""]
    L += ["You have reached the start of today's coverage", "", "Heddonfold Evening Star © 2022 · Privacy · Cookies · Contact the newsdesk"]
    return "\n".join(L) + "\n", stamps


def r_vyshnia(S):
    """HTML live blog from an invented Kyiv English-language outlet; OLDEST first; '<time datetime=+03:00>06:20</time>'
    under a date line; per-post author after the time; LiveBlogPosting JSON-LD with correct per-update times."""
    ups = []
    for i, e in enumerate(S["entries"]):
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#u{i + 1}", "headline": e["h"], "datePublished": ent_dt(S, i).isoformat()}
        if e["p"]:
            u["articleBody"] = "\n\n".join(e["p"])
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"],
          "datePublished": ent_dt(S, 0).isoformat(), "dateModified": ent_dt(S, len(ups) - 1).isoformat(),
          "coverageStartTime": ent_dt(S, 0).isoformat(), "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | {S['source']}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           f'<header><b>{S["source"]}</b><nav><a>War</a> <a>Politics</a> <a>Business</a> <a>Opinion</a> <a>Support us</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="dateline">{S["dateline"]}</p>', f'<p class="note">{S["tznote"]}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = ent_dt(S, i); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="update" id="u{i + 1}"><div class="meta"><time datetime="{d.isoformat()}">{st}</time>'
                   + (f' <span class="by">{esc(e["a"])}</span>' if e["a"] else "") + f"</div><h2>{esc(e['h'])}</h2>")
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if not e["p"]:
            out.append('<div class="video-embed" data-src="/video/zp-rescue.mp4"></div>')
        out.append("</article>")
        if i == 3:
            out.append('<aside class="support"><p>Independent journalism from Kyiv depends on readers like you.</p><a>Become a member</a></aside>')
    out += ["</main>", f"<footer>{S['source']} · About · Editorial standards · Privacy</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_rss_world(S):
    """RSS 2.0 general world-news feed; pubDate 'Thu, 06 Oct 2022 21:10:00 GMT'; CDATA description; no authors."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0"><channel>', f"<title>{esc(S['title'])}</title>",
           f"<link>{S['url']}</link>", f"<description>{esc(S['lede'])}</description>", "<language>en-gb</language>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        st = ent_dt(S, i).astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S GMT"); stamps.append(st)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{S['url']}/news/{S['base'] + i}</link>",
                f'<guid isPermaLink="true">{S["url"]}/news/{S["base"] + i}</guid>', f"<pubDate>{st}</pubDate>",
                f"<category>{e.get('cat', 'World')}</category>",
                "<description><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></description>", "</item>"]
    out.append("</channel></rss>")
    return "\n".join(out) + "\n", stamps


def r_atom_escaped(S):
    """Atom 1.0; <published> with the outlet's own offset (+02:00 or Z); per-entry author; HTML content escaped (not CDATA)."""
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f"<title>{esc(S['title'])}</title>",
           f'<link href="{S["url"]}"/>', f"<id>{S['url']}/atom</id>", f"<updated>{iso_off(ent_dt(S, 0), S)}</updated>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        st = iso_off(ent_dt(S, i), S); stamps.append(st)
        out += ["<entry>", f"<title>{esc(e['h'])}</title>", f'<link rel="alternate" href="{S["url"]}/{S["base"] + i}"/>',
                f"<id>{S['url']}/{S['base'] + i}</id>", f"<published>{st}</published>", f"<updated>{st}</updated>"]
        if e["a"]:
            out.append(f"<author><name>{esc(e['a'])}</name></author>")
        if e["p"]:
            out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + "</content>")
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


def iso_off(d, S):
    if S.get("zulu"):
        return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return d.isoformat()


def r_textarticle(S):
    """Text article: outlet, section, title, byline, a dateline with date, time and zone, lede, then section headings;
    one entry per section (stamp null, published = the dateline)."""
    L = [S["source"], S["section"], "", S["title"], "", f"By {S['byline']}", S["dateline_txt"], "", S["lede"], ""]
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
    L += ["Share this story  Email  Print", "Related: " + S["more"], "", f"© {S['source']}"]
    n = len(S["entries"])
    return "\n".join(L) + "\n", [None] * n, [S["dateline_txt"]] * n


def r_htmlarticle(S):
    """HTML article with h2 sections, NewsArticle JSON-LD; visible dateline; one entry per section (stamp null)."""
    d = dt(S["dateline"], S["zone"])
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": d.isoformat(),
          "author": {"@type": "Person", "name": S["byline"]}, "publisher": {"@type": "Organization", "name": S["source"]}}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} - {S['source']}</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           f'<header><a class="brand">{S["source"]}</a><nav><a>Local</a> <a>Nation</a> <a>World</a> <a>Business</a> <a>Opinion</a></nav></header>',
           f"<main><h1>{esc(S['title'])}</h1>", f'<p class="byline">By {esc(S["byline"])}</p>',
           f'<p class="dateline"><time datetime="{d.isoformat()}">{S["dateline_txt"]}</time></p>', f'<p class="dek">{esc(S["lede"])}</p>']
    for e in S["entries"]:
        out.append(f"<h2>{esc(e['h'])}</h2>")
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
    out += [f'<aside class="related">Related: <a>{esc(S["more"])}</a></aside></main>', f"<footer>© {S['source']} · Subscribe · Privacy</footer></body></html>"]
    n = len(S["entries"])
    return "\n".join(out) + "\n", [None] * n, [S["dateline_txt"]] * n


def r_dunnerholme(S):
    """HTML live blog, newest first; date line; Key Points box; each post: '<span class="time">HH:MM</span>' (or
    '<time>' 12h form when S['twelve']) ABOVE the h2, author line below the h2. Optional JSON-LD @graph whose
    liveBlogUpdate items all repeat the PAGE's datePublished (a known quirk: per-update times are not trustworthy)."""
    n = len(S["entries"]); first = ent_dt(S, n - 1); last = ent_dt(S, 0)
    head = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | Dunnerholme Chronicle</title>"]
    if S.get("graph"):
        ups = [{"@type": "BlogPosting", "@id": f"{S['url']}#block-{i + 1}", "headline": S["title"], "datePublished": first.isoformat(),
                "dateModified": last.isoformat(), "articleBody": " ".join(e["p"])[:300]} for i, e in enumerate(S["entries"])]
        ld = {"@context": "https://schema.org", "@graph": [
            {"@type": "Organization", "@id": "https://dunnerholme.example/#org", "name": "Dunnerholme Chronicle"},
            {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
             "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "publisher": {"@id": "https://dunnerholme.example/#org"},
             "liveBlogUpdate": ups}]}
        head.append('<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>")
    out = head + ["</head><body>", '<div class="consent">We and our partners use cookies. <button>Agree</button> <button>Options</button></div>',
                  '<header><span class="brand">Dunnerholme Chronicle</span><nav><a>Home</a> <a>UK</a> <a>World</a> <a>Ukraine</a> <a>Money</a> <a>Sport</a></nav></header>',
                  f"<main><h1>{esc(S['title'])}</h1>", f'<p class="dateline">{S["dateline"]}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>',
                  '<div class="key-points"><h2>Key Points</h2><ul>'] + [f"<li>{esc(e['h'])}</li>" for e in S["entries"] if e["kp"]] + ["</ul></div>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = ent_dt(S, i)
        if S.get("twelve"):
            st = ampm(d); tag = f'<time datetime="{d.isoformat()}">{st}</time>'
        else:
            st = f"{d:%H:%M}"; tag = f'<span class="time">{st}</span>'
        stamps.append(st)
        out.append(f'<div class="post">{tag}<h2>{esc(e["h"])}</h2>' + (f'<p class="author">{esc(e["a"])}</p>' if e["a"] else ""))
        out += [f"<p>{esc(p)}</p>" for p in e["p"]]
        if not e["p"]:
            out.append('<figure class="gallery" data-count="12"></figure>' if e["h"].startswith("Photos") else '<div class="video" data-id="v88"></div>')
        out.append("</div>")
        if i == 3:
            out.append('<aside class="promo"><p>Sign up for the Morning Chronicle newsletter</p><a>Sign up</a></aside>')
    out += ['<p class="end">Load earlier posts</p></main>', "<footer>Dunnerholme Chronicle · Terms · Privacy · Contact</footer></body></html>"]
    return "\n".join(out) + "\n", stamps


def r_podillia(S):
    """Text live blog, OLDEST first; date line WITHOUT a year; 'All times Kyiv'; each post: bare '08:15' line, headline,
    body, 'By NAME' line."""
    L = ["PODILLIA BRIEF", "Front  War  Economy  Regions  Explainers", "", S["title"], S["dateline"], "All times Kyiv", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = ent_dt(S, i); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"]) + [f"By {e['a']}", ""]
        if i == 2:
            L += ["Donate to keep Podillia Brief free to read", ""]
    L += ["That's all from us today.", "Podillia Brief · Editorial policy · Contact"]
    return "\n".join(L) + "\n", stamps


def r_desna(S):
    """Text live blog, OLDEST first; full date line; one page byline 'Live editor: NAME'; each post: '[14:10]' line
    before the headline."""
    L = ["Desna Evening Wire", "Home / Live", "", S["title"], S["dateline"], f"Live editor: {S['byline']}", "Times are Kyiv time (EET)", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = ent_dt(S, i); st = f"[{d:%H:%M}]"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 3:
            L += ["Read also: How Kyiv's shelters are preparing for winter", ""]
    L += ["Follow us on Telegram", "Desna Evening Wire · Contacts · Privacy policy"]
    return "\n".join(L) + "\n", stamps


def r_pivden(S):
    """RSS 2.0 of an invented Ukrainian regional outlet: pubDate with +0200; dc:creator; HTML description in CDATA."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>',
           f"<title>{esc(S['title'])}</title>", f"<link>{S['url']}</link>", f"<description>{esc(S['lede'])}</description>", "<language>en</language>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        st = ent_dt(S, i).strftime("%a, %d %b %Y %H:%M:%S %z"); stamps.append(st)
        out += ["<item>", f"<title>{esc(e['h'])}</title>", f"<link>{S['url']}/news/{S['base'] + i}</link>", f"<guid>{S['url']}/news/{S['base'] + i}</guid>",
                f"<pubDate>{st}</pubDate>", f"<dc:creator>{esc(e['a'])}</dc:creator>",
                "<description><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></description>", "</item>"]
    out.append("</channel></rss>")
    return "\n".join(out) + "\n", stamps


# ============================================================ data: Part A (ids 6300-6309, one real outlet's layout each)
SEEDS = []

ZNPP = "zaporizhzhia-plant-grid-cut-2022-08-25"
SEEDS.append(dict(id="6300", name="6300_sunderlandecho-live", ext="txt", source="Sunderland Echo", zone="Europe/London", render=r_sunderland,
  title="Russia Ukraine war live: Zaporizhzhia nuclear plant cut off from grid as Chaplyne death toll climbs",
  lede="Follow our live coverage of day 183 of Russia's invasion of Ukraine.", byline="Ellie Graydon",
  readmore="Wearside couple who took in family from Kharkiv say six months have flown by",
  notes="Imitates a Sunderland Echo (National World) live blog copied as text. Newest first. One page byline ('By Ellie Graydon') = author of every post. Header lines 'Published 25th Aug 2022, 07:15 BST' / 'Updated 25th Aug 2022, 18:40 BST' give the date; each post starts with a bare 'HH:MM' line BEFORE its headline (UK time, BST = UTC+1). A 'Key Events' box lists three post headlines: treated as the page's Key Points block (key_point true, importance 3). Entry 03 is Zelensky's reaction to the plant disconnection (same story).",
  not_entries=["'Skip to content', masthead, 'Subscribe', 'Sign In' and the menu line", "breadcrumb lines 'News' / 'World'", "title line and lede 'Follow our live coverage of day 183 ...'",
               "byline 'By Ellie Graydon' and the Published/Updated lines", "'Comments', 'Share' and the share-network line", "'Key Events' heading and the three headlines listed under it (they point at posts)",
               "'Show new updates' button", "'READ MORE: Wearside couple who took in family from Kharkiv ...' related link", "newsletter sign-up box (3 lines)",
               "comments prompt, 'Cookie Settings', footer links and copyright"],
  entries=[
  E("2022-08-25 18:40", "One reactor back on the grid, says Ukraine's nuclear operator",
    ["Energoatom says one of the two working reactors at Zaporizhzhia has been reconnected to Ukraine's grid, several hours after the station was cut off entirely.",
     "The company said engineers were trying to restore the second unit, but warned that Russian troops at the site were making repairs harder."],
    "other", "security", 3, ZNPP, a="Ellie Graydon", n="Development in the same disconnection story."),
  E("2022-08-25 16:55", "Wearside hosts urged to keep homes open as six-month mark approaches",
    ["Families across Sunderland who took in Ukrainians under the Homes for Ukraine scheme are being asked to consider carrying on as hosts once their first six months are up.",
     "City council officers say around 140 guests are living with local sponsors, and that finding affordable private lets for them has proved difficult.",
     "A drop-in advice session for hosts will run at City Hall next Wednesday."],
    "other", "humanitarian", 2, "sunderland-homes-for-ukraine-hosts", a="Ellie Graydon"),
  E("2022-08-25 14:30", "Zelensky: Europe was a step away from radiation disaster",
    ["President Volodymyr Zelensky said the whole continent had come close to a radiation accident when the Zaporizhzhia plant lost its link to the grid earlier today.",
     "He said the station's back-up diesel generators had kicked in and accused Russia of putting every European at risk."],
    "other", "security", 3, ZNPP, a="Ellie Graydon", n="Reaction whose content is the disconnection itself -> same story."),
  E("2022-08-25 12:10", "Zaporizhzhia nuclear plant disconnected from grid for first time",
    ["Europe's largest nuclear power station has been completely cut off from Ukraine's electricity network for the first time in its history, according to state operator Energoatom.",
     "The company blamed fires at the ash pits of a nearby coal-fired plant, which it said had damaged the last working power line to the site.",
     "The plant has been held by Russian forces since March, and both sides have accused each other of shelling the area."],
    "other", "security", 3, ZNPP, a="Ellie Graydon", sec=["strikes"], kp=True, n="Listed under Key Events."),
  E("2022-08-25 10:20", "Putin signs order to boost army by 137,000 troops",
    ["Vladimir Putin has signed a decree raising the target size of Russia's armed forces by 137,000 service personnel from the start of next year.",
     "The order does not say how the extra troops will be found, and the Kremlin did not link it directly to the war in Ukraine."],
    "other", "frontline", 3, "putin-decree-army-expansion", a="Ellie Graydon", kp=True, n="Reinforcements -> other/frontline; listed under Key Events."),
  E("2022-08-25 08:45", "Ukrainian recruits finish first round of UK training",
    ["Hundreds of Ukrainian volunteers have completed a five-week basic combat course at training areas in England and are heading back to their units, the Ministry of Defence said.",
     "The programme, run with instructors from several allied countries, aims to train up to 10,000 recruits every four months."],
    "aid", "aid", 2, "uk-training-ukrainian-recruits", a="Ellie Graydon"),
  E("2022-08-25 07:15", "Chaplyne station attack: death toll rises to 25",
    ["The number of people killed when Russian rockets hit a railway station and homes in the village of Chaplyne has risen to 25, Ukrainian officials said this morning.",
     "Two children were among the dead, and rescuers worked through the night to pull passengers from a burning train carriage.",
     "The attack came on Ukraine's Independence Day, which also marked six months since the full-scale invasion began."],
    "strikes", "strikes", 3, "chaplyne-station-strike-2022-08-24", a="Ellie Graydon", kp=True, n="Listed under Key Events."),
  ]))

KH = "kherson-recapture-2022-11-11"
SEEDS.append(dict(id="6301", name="6301_devonlive-live", ext="html", source="Devon Live", zone="Europe/London", render=r_devon,
  title="Ukraine war live: Jubilation in Kherson as Ukrainian troops enter city", url="https://www.devonlive.com/news/world-news/ukraine-war-live-kherson-7812345",
  lede="Live updates as Ukrainian forces reach Kherson after Russia's withdrawal across the Dnipro.", byline="Harriet Pengelly", role="Live News Reporter",
  notes="Imitates a DevonLive (Reach plc; Exeter Express & Echo) live blog, HTML. Newest first. Header '08:10, 11 NOV 2022' and 'Updated 17:05, 11 NOV 2022' (GMT = UTC in November; no zone printed). Each post: optional 'KEY EVENT' badge, a bare '17:05' in <time datetime>, the post author, h2 headline, paragraphs, Share. The KEY EVENT badges are per-post labels, not a Key Points block, so key_point is false throughout. LiveBlogPosting JSON-LD carries the same per-post times. Entries 05-07 (Russian withdrawal completed, troops entering, crowds in the square) are one story: the recapture of Kherson city.",
  not_entries=["cookie banner", "masthead, navigation and 'Sign in'", "breadcrumbs 'News' / 'World News'", "h1 title and standfirst", "byline, reporter role and the two header time lines",
               "share bar and 'Comments'", "'KEY EVENT' badges (labels on posts, not entries)", "'Share' under every post", "newsletter box with the sign-up disclaimer",
               "'More On' tag links", "'Most Read' aside", "footer"],
  entries=[
  E("2022-11-11 17:05", "Key bridge over the Dnipro lies in ruins",
    ["Images shared by Russian military bloggers show a large section of the Antonivskyi Bridge, the main road crossing over the Dnipro near Kherson, collapsed into the river.",
     "Russian troops are believed to have blown up the span after their last units crossed to the eastern bank."],
    "other", "frontline", 2, "antonivskyi-bridge-destroyed-2022-11-11", a="Callum Hext", n="Separate event from the entry into the city (demolition of the crossing)."),
  E("2022-11-11 15:30", "Exeter church hall overflowing with winter donations",
    ["Volunteers at a church in Heavitree say they have run out of space after a week-long appeal for coats, sleeping bags and torches to send to Ukraine.",
     "Organisers hope to fill two vans before the end of the month and have asked people to hold off on dropping off clothes until Monday."],
    "other", "humanitarian", 2, "exeter-winter-donations-ukraine", a="Harriet Pengelly"),
  dict(E("2022-11-11 14:05", "Seven killed as missile hits apartment block in Mykolaiv",
    ["At least seven people died when a Russian missile struck a five-storey residential building in Mykolaiv overnight, the regional governor said.",
     "Rescue teams were still searching the debris this afternoon."],
    "strikes", "strikes", 3, "mykolaiv-apartment-strike-2022-11-11", a="Callum Hext", n="KEY EVENT badge; deadly strike."), badge=True),
  E("2022-11-11 12:40", "Kremlin insists Kherson region is still part of Russia",
    ["Moscow said the pull-out from the city of Kherson changed nothing about the status of the region, which it claims to have annexed in September.",
     "Kremlin spokesman Dmitry Peskov told reporters there could be no question of the region's legal status being revised."],
    "other", "frontline", 2, "kremlin-kherson-status-claim", a="Harriet Pengelly", n="Territorial claim (statement of its own), not the recapture itself."),
  E("2022-11-11 11:15", "Flags and tears in Kherson's central square",
    ["Videos from Kherson show residents gathering in the main square, waving Ukrainian flags and hugging soldiers who arrived in the city this morning.",
     "Some people were seen singing the national anthem while others cried."],
    "other", "frontline", 3, KH, a="Callum Hext"),
  dict(E("2022-11-11 09:50", "Ukrainian forces enter Kherson city",
    ["Ukraine's defence intelligence agency says its special forces units are entering Kherson, the only regional capital Russia had captured since February.",
     "It urged any Russian soldiers still in the city to surrender."],
    "other", "frontline", 3, KH, a="Harriet Pengelly", n="KEY EVENT badge."), badge=True),
  E("2022-11-11 08:10", "Russia says its pull-out across the Dnipro is complete",
    ["Russia's defence ministry says all of its units have crossed to the left bank of the Dnipro and that no military equipment was left behind on the western side.",
     "The ministry said the withdrawal was finished at 5am Moscow time."],
    "other", "frontline", 3, KH, a="Harriet Pengelly", n="Withdrawal completed = the other side of the same recapture story."),
  ]))

SEEDS.append(dict(id="6302", name="6302_theargus-listing", ext="txt", source="The Argus", zone="Europe/London", render=r_argus,
  title="National news",
  notes="Imitates The Argus (Brighton, Newsquest) 'National news' listing copied as text. Newest first. Each card: headline, then the stamp line AFTER the headline ('14th October 2022, 7:05pm', ordinal day, 12-hour clock, no zone printed: UK time implied, BST = UTC+1), then 'By NAME' (PA News Agency wire copy or a staff reporter), summary paragraphs, a comment count and 'Share'. One local item is off-beat.",
  not_entries=["'Skip to main content', masthead, 'Menu', navigation line, 'Sign in  Register'", "cookie notice", "section heading 'National news' (page title)",
               "'By ...' lines (authors, not entries)", "'Comments (N)' and 'Share' after each card", "'Advertisement'", "'Load more'", "'Most Read' and its one link",
               "footer and IPSO line"],
  entries=[
  E("2022-10-14 19:05", "Putin says no need for more 'massive strikes' on Ukraine for now",
    ["Vladimir Putin has said Russia has no plans for further large-scale strikes on Ukraine at present, days after missiles hit cities across the country.",
     "Speaking at a summit in Kazakhstan, he also said the call-up of reservists would be over within about two weeks."],
    "strikes", "strikes", 3, "putin-astana-remarks-2022-10-14", a="PA News Agency", n="Head-of-state statement about the strike campaign -> strikes."),
  E("2022-10-14 16:40", "Brighton volunteers fill van with generators for Lviv hospital",
    ["A group of volunteers from Hove has raised enough money to buy six petrol generators for a children's hospital in western Ukraine.",
     "The van is due to leave the seafront on Sunday morning and should reach the Polish border two days later."],
    "other", "humanitarian", 2, "brighton-generators-lviv-hospital", a="Megan Tollard"),
  E("2022-10-14 14:10", "Drones hit energy site outside Kyiv",
    ["Ukrainian officials say Russian-launched drones have struck an energy facility in the region around Kyiv, causing damage but no reported casualties.",
     "The regional governor urged residents to limit their use of electricity during the evening peak."],
    "strikes", "strikes", 2, "kyiv-region-energy-drone-strike-2022-10-14", a="PA News Agency"),
  E("2022-10-14 11:25", "Norway to help Ukraine buy gas for the winter",
    ["Norway says it will give two billion kroner to help Ukraine buy natural gas ahead of the cold months, with the money channelled through a European development bank."],
    "aid", "aid", 2, "norway-ukraine-gas-grant", a="PA News Agency"),
  OFF("2022-10-14 09:50", "Madeira Drive to close for repairs next month",
      ["A stretch of Madeira Drive will shut to traffic for three weeks from November 7 while the council carries out work on the arches beneath the road.",
       "Pedestrians will still be able to use the seafront path."],
      "madeira-drive-closure", a="Megan Tollard", n="Brighton road works."),
  E("2022-10-14 07:30", "Ukraine says Russian attacks near Bakhmut pushed back",
    ["Ukraine's general staff says its troops repelled Russian assaults on several villages around Bakhmut in the Donetsk region over the past day.",
     "The town has seen some of the heaviest fighting of recent weeks."],
    "other", "frontline", 2, "bakhmut-fighting-2022-10-14", a="PA News Agency"),
  ]))

SEEDS.append(dict(id="6303", name="6303_dailyecho-article", ext="html", source="Southern Daily Echo", zone="Europe/London", render=r_echo,
  title="Ukraine war: More than a million homes without power after new strikes - and other developments",
  byline="Ellen Marsh", role="Reporter", dateline="2022-10-22 17:30",
  lede="Here is what has happened on day 241 of the war, and how it is being felt in Hampshire.",
  notes="Imitates a Southern Daily Echo (Newsquest) article, HTML: h1, byline, 'Published: 22nd October 2022 5:30pm' in a <time datetime> (+01:00), bold standfirst, five h2 sections. One entry per section (headline = section heading, stamp null, published = the article dateline 17:30 BST = 16:30 UTC); the page byline is the author of every section. NewsArticle JSON-LD agrees with the visible dateline.",
  not_entries=["masthead, navigation, 'Subscribe', 'Sign in'", "breadcrumb 'News › National'", "h1 title", "byline and role", "'Published:' dateline", "share row",
               "bold standfirst 'Here is what has happened on day 241 ...'", "inline 'Read more:' related link", "comments rules box", "'Most Read' list", "footer"],
  entries=[
  E("2022-10-22 17:30", "Energy grid hit again",
    ["Russian missiles struck power infrastructure in several regions on Saturday morning, leaving around 1.5 million households without electricity, according to Ukrainian officials.",
     "The worst-hit areas included Khmelnytskyi, Rivne and Volyn in the west of the country.",
     "Ukraine's air force said it had shot down 18 of the 33 cruise missiles fired."],
    "strikes", "strikes", 3, "russian-energy-strikes-2022-10-22", a="Ellen Marsh"),
  E("2022-10-22 17:30", "Kherson residents told to leave",
    ["Russian-installed officials in Kherson urged all civilians to leave the city immediately, citing the threat of a Ukrainian offensive.",
     "Kyiv has described the evacuations as forced deportations."],
    "other", "humanitarian", 2, "kherson-occupation-evacuation-order", a="Ellen Marsh"),
  E("2022-10-22 17:30", "Grain ships keep sailing",
    ["Eight more ships carrying grain and sunflower oil left Ukrainian ports under the UN-backed export deal, which is due for renewal next month."],
    "diplomacy", "diplomacy", 2, "black-sea-grain-deal-shipments", a="Ellen Marsh", n="UN/Turkey-brokered deal -> diplomacy."),
  E("2022-10-22 17:30", "Hampshire hosts share winter worries",
    ["Families in Southampton who are hosting Ukrainian refugees say rising energy bills are making it harder to carry on, a survey by a local charity has found.",
     "More than half of the 60 households who responded said they had cut back on heating.",
     "The charity is calling for the monthly thank-you payment to hosts to be doubled."],
    "other", "humanitarian", 2, "southampton-hosts-energy-bills", a="Ellen Marsh"),
  E("2022-10-22 17:30", "Fighting in the east",
    ["Ukrainian troops reported small advances in the Luhansk region, while Russian forces kept up attacks around Bakhmut and Avdiivka in neighbouring Donetsk."],
    "other", "frontline", 2, "donbas-fighting-2022-10-22", a="Ellen Marsh"),
  ]))

REF = "occupied-regions-referendums-announced"
SEEDS.append(dict(id="6304", name="6304_cambridgenews-live", ext="txt", source="Cambridge News", zone="Europe/London", render=r_cambridge,
  title="Ukraine war live: Russian-held regions announce snap referendums as leaders condemn 'sham' votes",
  lede="Follow the latest developments from Ukraine and the UN General Assembly in New York.", byline="Nathan Crole", role="Live News Reporter",
  notes="Imitates a Cambridge News (Reach plc) live blog copied as text. Newest first and it crosses LOCAL midnight: the top post is 00:40 on Wednesday 21 September (BST), under a day separator 'Wednesday, 21 September'; the rest sit under 'Tuesday, 20 September'. Separators print no year; the header '16:40, 20 SEP 2022Updated00:40, 21 SEP 2022' (glued as copied) gives it. All six posts fall on 20 September in UTC (00:40 BST = 23:40 UTC). Per-post author line above each headline; 'KEY EVENT' labels are post badges, not a Key Points block (key_point false). Entry 02 (Zelensky's reaction) shares the referendum story; Scholz's UN speech is its own story.",
  not_entries=["masthead, navigation, 'Sign in'", "breadcrumb 'NewsWorld News' (glued)", "title and standfirst", "header byline 'ByNathan Crole', role and glued time line",
               "'Bookmark', 'Share', 'Comments', 'Live'", "day separators 'Wednesday, 21 September' and 'Tuesday, 20 September'", "'KEY EVENT' badges",
               "'Share' after every post", "newsletter box (4 lines)", "'Top Stories' and its link", "footer"],
  entries=[
  E("2022-09-21 00:40", "Putin address now expected in the morning",
    ["Russian state media say a televised address by Vladimir Putin, widely expected on Tuesday evening, will now be broadcast on Wednesday morning instead.",
     "No reason was given for the delay."],
    "other", "politics", 2, "putin-address-delayed-2022-09-20", a="Nathan Crole", n="Local day 21 Sep (after midnight BST) but 23:40 UTC on 20 Sep."),
  E("2022-09-20 23:20", "Zelensky shrugs off 'noise' over referendums",
    ["Volodymyr Zelensky said in his nightly video message that the announcements from occupied regions would not change Ukraine's plans to liberate its land.",
     "He thanked allies who had already said they would never recognise the results."],
    "other", "frontline", 3, REF, a="Nathan Crole", n="Reaction whose content is the referendum announcement -> same story."),
  dict(E("2022-09-20 21:35", "Scholz tells UN General Assembly Russia's votes will not be accepted",
    ["German Chancellor Olaf Scholz used his first speech at the UN General Assembly to say that the international community would not accept any sham referendums in Ukraine.",
     "He also promised Germany would keep supplying weapons to Kyiv."],
    "diplomacy", "diplomacy", 3, "scholz-unga-speech-2022-09-20", a="Amira Lusk", n="A head of government's UN speech: its own story (not merged into the referendum story)."), badge=True),
  E("2022-09-20 19:05", "Cambridge college offers places to students displaced by war",
    ["A Cambridge college has said it will fund up to five places for Ukrainian students whose universities have been damaged or closed by the fighting.",
     "Applications open next month and the places will cover fees and living costs for one year."],
    "other", "humanitarian", 2, "cambridge-college-ukrainian-students", a="Amira Lusk"),
  E("2022-09-20 17:50", "Russian MPs back tougher penalties for desertion",
    ["Russia's lower house of parliament approved amendments introducing longer prison sentences for soldiers who desert, surrender voluntarily or refuse to fight during mobilisation or martial law."],
    "other", "politics", 2, "duma-desertion-penalties", a="Nathan Crole"),
  dict(E("2022-09-20 16:40", "Four occupied regions announce votes on joining Russia",
    ["Russian-installed authorities in Luhansk, Donetsk, Kherson and Zaporizhzhia say they will hold referendums on becoming part of Russia from Friday.",
     "The votes are due to run for five days, and Ukraine and its allies have already dismissed them as illegitimate."],
    "other", "frontline", 3, REF, a="Nathan Crole", n="Annexation votes = territorial claim -> other/frontline."), badge=True),
  ]))

CAP = "russian-oil-price-cap-60"
SEEDS.append(dict(id="6305", name="6305_defimedia-international", ext="html", source="Defimedia", zone="Indian/Mauritius", render=r_defimedia,
  title="International",
  notes="Imitates the Defimedia.info (Mauritius) 'International' category listing, HTML with French chrome (Accueil, Lire la suite, commentaire(s), Partager, Publicité, Page suivante) and English items. Newest first. Each card prints 'Par AGENCY' and a French date '3 décembre 2022 - 15:45' in Mauritius time (UTC+4, never printed). The top card is dated '4 décembre 2022 - 01:10': after local midnight, but 21:10 UTC on 3 December like the rest. The only JSON-LD is a BreadcrumbList without dates. Agency credits are the authors. One football item is off-beat.",
  not_entries=["French cookie notice", "logo, menu, 'Abonnez-vous'", "breadcrumb 'Accueil › International'", "page heading 'International' and the 'International' label on every card",
               "'Par ...' credits (authors)", "'Lire la suite', comment counts, 'Partager'", "'Publicité'", "pager", "'Les plus lus' aside", "footer"],
  entries=[
  E("2022-12-04 01:10", "Zelensky calls $60 price cap on Russian oil too weak",
    ["Ukrainian President Volodymyr Zelensky said a price ceiling of 60 dollars a barrel on Russian crude was not serious enough to hurt Moscow's war budget.",
     "He said a lower cap would have cut Russia's revenue far more quickly."],
    "diplomacy", "diplomacy", 3, CAP, a="AFP", n="Reaction whose content is the cap -> same story; local 4 Dec, UTC 3 Dec."),
  OFF("2022-12-03 21:40", "World Cup: Netherlands beat USA to reach quarter-finals",
      ["The Netherlands beat the United States 3-1 in Doha on Saturday to become the first team into the last eight of the tournament in Qatar."],
      "world-cup-netherlands-usa", a="AFP", n="football."),
  E("2022-12-03 18:05", "Macron says any future peace must address Russia's security concerns",
    ["French President Emmanuel Macron said in a television interview that Europe would need to think about guarantees for Russia as part of a future security architecture, if Moscow returned to the negotiating table.",
     "The remarks drew criticism from several Ukrainian officials."],
    "diplomacy", "diplomacy", 2, "macron-russia-security-guarantees-remark", a="Reuters"),
  E("2022-12-03 15:45", "G7 and Australia agree $60 cap on Russian oil",
    ["The Group of Seven nations and Australia have agreed to cap the price of seaborne Russian oil at 60 dollars a barrel, following a deal among European Union members.",
     "The measure is due to take effect on Monday, alongside an EU ban on imports of Russian crude by sea."],
    "diplomacy", "diplomacy", 3, CAP, a="Reuters", n="Sanctions -> diplomacy."),
  E("2022-12-03 12:30", "Kherson shelled again, power cut to several districts",
    ["Russian artillery fired on Kherson overnight and into the morning, damaging homes and knocking out electricity in parts of the city, the regional administration said."],
    "strikes", "strikes", 2, "kherson-shelling-2022-12-03", a="AFP"),
  E("2022-12-03 09:10", "First ship of Ukrainian grain for Ethiopia reaches Djibouti",
    ["A vessel carrying 25,000 tonnes of Ukrainian wheat destined for Ethiopia has docked in Djibouti under Kyiv's new humanitarian grain programme."],
    "other", "humanitarian", 2, "grain-from-ukraine-djibouti-ship", a="Defimedia.info"),
  ]))

SEEDS.append(dict(id="6306", name="6306_midimadagasikara-feed", ext="xml", source="Midi Madagasikara", zone="Indian/Antananarivo", render=r_midi,
  title="International – Midi Madagasikara", title_xml="International &#8211; Midi Madagasikara", build="Tue, 06 Sep 2022 19:22:05 +0000",
  slugs=["iaea-zone-de-protection", "liz-truss-premier-ministre", "ukraine-kharkiv-balakliia", "coree-du-nord-obus-russie", "huile-farine-prix-tana", "nord-stream-1-gaz"],
  notes="Imitates the Midi Madagasikara WordPress category feed (RSS 2.0) with French channel metadata (language fr-FR, description in French) and English items. Newest first. pubDate is in +0000 (UTC); page_timezone is Madagascar's (EAT, UTC+3) for published_local. Each item has dc:creator in CDATA, a truncated <description> excerpt ending '[…]' and the full text in content:encoded (body counted from content:encoded). One item (Truss taking office in London) is off-beat.",
  not_entries=["channel title/link/description/lastBuildDate/language/sy:*/generator", "each item's truncated <description> excerpt (repeats the start of the body)",
               "<category>, <guid>, <comments>, wfw:commentRss and slash:comments values"],
  entries=[
  E("2022-09-06 22:15", "IAEA calls for protection zone around Zaporizhzhia plant",
    ["The UN nuclear watchdog has asked for a security protection zone to be set up around the Zaporizhzhia power station in Ukraine, saying shelling had damaged several parts of the site.",
     "In a report published on Tuesday, the agency described the situation at Europe's biggest nuclear plant as untenable.",
     "Its director general, Rafael Grossi, briefed the UN Security Council in the evening."],
    "diplomacy", "diplomacy", 3, "iaea-zaporizhzhia-report-2022-09-06", a="La Rédaction", n="IAEA report and UNSC briefing -> diplomacy."),
  OFF("2022-09-06 19:40", "Liz Truss becomes British prime minister",
      ["Liz Truss took office as prime minister of the United Kingdom on Tuesday after being appointed by Queen Elizabeth II at Balmoral Castle in Scotland."],
      "uk-truss-takes-office", a="AFP", n="UK politics."),
  E("2022-09-06 16:05", "Ukraine hints at gains in the Kharkiv region",
    ["Ukrainian officials hinted at advances near the town of Balakliia in the Kharkiv region, although the military said little about a counter-offensive many observers believe has begun."],
    "other", "frontline", 2, "kharkiv-counteroffensive-balakliia", a="AFP"),
  E("2022-09-06 13:30", "Moscow buying North Korean artillery shells, Washington says",
    ["Russia is in the process of buying millions of artillery shells and rockets from North Korea, according to a US intelligence assessment reported by American media.",
     "A US official said the purchases showed that sanctions and export controls were hurting Russia's ability to resupply its forces."],
    "aid", "aid", 3, "russia-north-korea-shells-purchase", a="AFP", n="Arms transfer to Russia -> aid."),
  E("2022-09-06 10:50", "Cooking oil and flour: prices keep rising in Antananarivo",
    ["Traders in the capital's markets say the price of a litre of cooking oil has gone up by almost a third since the start of the year, pushed up by the war in Ukraine and higher transport costs.",
     "The trade ministry says it is talking to importers about a temporary price agreement."],
    "other", "politics", 2, "madagascar-food-prices-war", a="Hery Rakotobe", n="Local economic effect of the war; not off-beat."),
  E("2022-09-06 08:20", "Nord Stream 1 stays shut as Europe prepares for winter",
    ["Gas flows through the Nord Stream 1 pipeline to Germany remained at zero on Tuesday after Gazprom said it could not restart the link because of a turbine oil leak.",
     "European governments accuse Moscow of using energy supplies as a weapon in response to sanctions."],
    "diplomacy", "diplomacy", 2, "nord-stream-1-shutdown", a="AFP", n="Energy pressure in the sanctions standoff -> diplomacy."),
  ]))

SEEDS.append(dict(id="6307", name="6307_whanganuichronicle-live", ext="txt", source="Whanganui Chronicle", zone="Pacific/Auckland", render=r_whanganui,
  title="Russia-Ukraine war: Kherson celebrates as Zelensky vows no one will be forgotten", byline="Mia Harkness",
  lede="The latest from Ukraine and the G20 build-up in Bali, updated through the morning.", dayline="Sunday, 13 November",
  parse_args=["--date", "2022-11-13"],
  notes="Imitates a Whanganui Chronicle (NZME) live page copied as text. OLDEST first. No year anywhere on the page (the day line is 'Sunday, 13 November'; footer copyright undated), so parse_args --date 2022-11-13 (the printed local day). Each post: headline, then a bare '6.40am' time line AFTER it (NZDT, UTC+13, not printed), then body. One page byline = author of every post. In UTC every post is on Saturday 12 November (17:40-22:55). One cricket item is off-beat. Entry 01 is Zelensky's address about the recaptured city (same story as Kherson's recapture in 6301).",
  not_entries=["masthead, 'Subscribe', 'Sign In', navigation", "section 'World', title, lede", "byline 'By Mia Harkness'", "'Share', 'Share this article'",
               "'Advertise with NZME.' (three times)", "'Live updates' and the day line 'Sunday, 13 November'", "'Latest from World' and its two links", "footer"],
  entries=[
  E("2022-11-13 06:40", "Zelensky says police and rescuers are back in Kherson",
    ["President Volodymyr Zelensky said in his nightly address that police, rescuers and security services were returning to Kherson a day after Russian forces left the city.",
     "He told residents still under occupation elsewhere that Ukraine would not forget them."],
    "other", "frontline", 3, KH, a="Mia Harkness", n="Head-of-state remarks whose content is the recapture -> same story as 6301's Kherson entries."),
  E("2022-11-13 07:15", "Sappers begin clearing mines left in Kherson",
    ["Demining teams have started checking streets, buildings and power lines in Kherson, which officials say Russian forces heavily mined before withdrawing.",
     "Residents have been told not to touch any suspicious objects."],
    "other", "humanitarian", 2, "kherson-demining", a="Mia Harkness"),
  E("2022-11-13 08:30", "Lavrov arrives in Bali for G20 summit",
    ["Russian Foreign Minister Sergei Lavrov has landed in Indonesia, where he will represent Russia at this week's G20 leaders' summit in place of Vladimir Putin."],
    "diplomacy", "diplomacy", 3, "lavrov-g20-bali-arrival", a="Mia Harkness", n="Ministerial diplomatic move -> 3."),
  E("2022-11-13 09:45", "NZ extends army training deployment in Britain",
    ["The New Zealand Defence Force will keep its team of instructors in the United Kingdom until the middle of next year to keep training Ukrainian soldiers, the Defence Minister announced.",
     "About 120 personnel are part of the deployment."],
    "aid", "aid", 2, "nz-training-deployment-extension", a="Mia Harkness"),
  OFF("2022-11-13 10:50", "England and Pakistan meet in T20 World Cup final tonight",
      ["England and Pakistan will play for the Twenty20 World Cup title at the Melbourne Cricket Ground tonight, with rain forecast during the match."],
      "t20-world-cup-final", a="Mia Harkness", n="cricket."),
  E("2022-11-13 11:55", "Kyiv's scheduled blackouts to continue",
    ["Ukraine's grid operator says planned power cuts will continue in Kyiv and several other regions while engineers repair equipment damaged in Russian missile attacks."],
    "strikes", "strikes", 2, "ukraine-scheduled-blackouts-november", a="Mia Harkness", n="Damage from the strike campaign -> strikes."),
  ]))

CB = "crimean-bridge-explosion-2022-10-08"
ZA9 = "zaporizhzhia-apartment-strike-2022-10-09"
SEEDS.append(dict(id="6308", name="6308_toowoombachronicle-live", ext="html", source="Toowoomba Chronicle", zone="Australia/Brisbane", render=r_toowoomba,
  title="Putin blames Kyiv for Crimean Bridge blast as Zaporizhzhia toll rises", byline="Natalie Brennan",
  lede="Follow our overnight coverage of the war in Ukraine.",
  notes="Imitates The Chronicle (Toowoomba, News Corp Australia) live coverage, HTML. Newest first. Header date 'October 10, 2022 - 8:45AM'; day separators 'Monday, October 10' / 'Sunday, October 9' without a year; posts show a bare '8.45am' (AEST, UTC+10, Queensland has no daylight saving; never printed). The blog crosses local midnight; every post falls on 9 October in UTC. Three posts have NO headline (headline null; the lead sentence is first_sentence). Page byline = author of every post. LiveBlogPosting JSON-LD omits headline for those posts.",
  not_entries=["masthead, 'Toowoomba' location tag, navigation, 'Subscribe', 'Log in'", "kicker 'World', h1 title, standfirst", "byline and header date line",
               "'Share', 'Font size', 'Save' tools", "day separators 'Monday, October 10' and 'Sunday, October 9'", "'Share' under each post", "'ADVERTISEMENT'",
               "'More Coverage' box", "footer"],
  entries=[
  E("2022-10-10 08:45", "Kremlin calls Security Council meeting",
    ["The Kremlin says Vladimir Putin will hold a meeting of Russia's Security Council on Monday, Moscow time, following the explosion on the Crimean Bridge."],
    "other", "politics", 2, "putin-security-council-meeting-2022-10-10", a="Natalie Brennan"),
  E("2022-10-10 06:20", None,
    ["Vladimir Putin has accused Ukraine's secret services of organising the blast that damaged the Crimean Bridge, calling it a terrorist act.",
     "In a video released by the Kremlin, he was shown meeting the head of Russia's Investigative Committee, who said a truck bomb had been driven onto the bridge."],
    "strikes", "strikes", 3, CB, a="Natalie Brennan", n="No headline. Official claim about the attack -> strikes."),
  E("2022-10-10 01:05", None,
    ["The number of people killed in Sunday's missile attack on apartment buildings in Zaporizhzhia has climbed to 13, according to the city council.",
     "Dozens more were injured, including children."],
    "strikes", "strikes", 3, ZA9, a="Natalie Brennan", n="No headline. Toll update of the 20.05 post's strike."),
  E("2022-10-09 23:40", "Toowoomba's Ukrainian community holds candlelight vigil",
    ["About 80 people gathered in Queens Park on Sunday evening to remember victims of the war and raise money for medical supplies.",
     "Organisers said the vigil had raised more than $4000."],
    "other", "humanitarian", 2, "toowoomba-ukrainian-vigil", a="Natalie Brennan"),
  E("2022-10-09 21:30", None,
    ["Road traffic has partly resumed on the Crimean Bridge, with cars crossing in alternating directions on the one undamaged carriageway, Russian officials say."],
    "strikes", "strikes", 2, CB, a="Natalie Brennan", n="No headline. Aftermath of the same blast."),
  E("2022-10-09 20:05", "Missiles hit Zaporizhzhia apartment blocks",
    ["Russian missiles struck residential buildings in the southern Ukrainian city of Zaporizhzhia overnight, killing at least 12 people, Ukrainian officials said.",
     "Rescuers were searching for survivors under collapsed floors."],
    "strikes", "strikes", 3, ZA9, a="Natalie Brennan"),
  ]))

OD = "odesa-energy-drone-strikes-2022-12-10"
SEEDS.append(dict(id="6309", name="6309_lethbridgeherald-feed", ext="xml", source="Lethbridge Herald", zone="America/Edmonton", render=r_lethbridge,
  title="World – Lethbridge Herald", title_xml="World &#8211; Lethbridge Herald",
  slugs=["odesa-power-drones", "zelenskyy-odesa-dark", "morocco-portugal-world-cup", "canada-sanctions-iran-drones", "bakhmut-destroyed-zelenskyy", "us-275-million-aid"],
  notes="Imitates the Lethbridge Herald WordPress Atom feed (World category). Newest first. <published> is in Z (UTC); page_timezone is Alberta's (MST, UTC-7) for published_local, so the last two items are on 9 December locally but 10 December in UTC like the rest. Authors are wire credits (The Canadian Press, The Associated Press). Spelling 'Zelenskyy' as in CP/AP copy. One football item is off-beat.",
  not_entries=["feed title/subtitle/updated/link/id/generator", "each entry's <summary> (repeats the first paragraph)", "<id>, <updated> and <category> of each entry"],
  entries=[
  E("2022-12-10 15:40", "Drone strikes leave Odesa without power",
    ["Russian drone attacks on energy facilities cut electricity to almost all of the Ukrainian port city of Odesa and the surrounding region on Saturday, officials said.",
     "Repairs could take up to three months, according to the region's power supplier."],
    "strikes", "strikes", 3, OD, a="The Associated Press"),
  E("2022-12-10 12:15", "Zelenskyy says 1.5 million in Odesa region in the dark",
    ["President Volodymyr Zelenskyy said about one and a half million people in the Odesa region were without electricity after the latest Russian attack."],
    "strikes", "strikes", 3, OD, a="The Associated Press", n="Reaction about the attack's damage -> same story."),
  OFF("2022-12-10 10:30", "Morocco stuns Portugal to reach World Cup semifinal",
      ["Morocco became the first African team to reach the semifinals of the World Cup with a 1-0 victory over Portugal in Doha."],
      "world-cup-morocco-portugal", a="The Associated Press", n="football."),
  E("2022-12-10 06:05", "Ottawa adds Iranian officials to sanctions list over drones",
    ["Canada is imposing sanctions on several Iranian individuals and companies it accuses of supplying drones that Russia has used to attack Ukrainian cities."],
    "diplomacy", "diplomacy", 2, "canada-sanctions-iran-drones", a="The Canadian Press", sec=["aid"]),
  E("2022-12-09 23:30", "Bakhmut 'destroyed', Zelenskyy says as fighting grinds on",
    ["Russian forces have turned Bakhmut into ruins, President Volodymyr Zelenskyy said in his nightly address, describing the eastern city as a place where no life is left."],
    "other", "frontline", 2, "bakhmut-fighting-2022-12-09", a="The Associated Press", n="Local 9 Dec 23:30 MST = 10 Dec 06:30 UTC."),
  E("2022-12-09 19:10", "U.S. announces $275-million military aid package for Ukraine",
    ["The United States is sending Ukraine another 275 million US dollars in military aid, including ammunition for rocket launchers and equipment to counter drones, the Pentagon said."],
    "aid", "aid", 3, "us-275m-package-2022-12-09", a="The Canadian Press", n="Major package -> 3. Local 9 Dec 19:10 MST = 10 Dec 02:10 UTC."),
  ]))


# ============================================================ data: Part B (invented outlets, three multi-source days)
# ---------- Day 1: Thursday 6 October 2022 (UTC)
ZAP = "zaporizhzhia-apartment-strike-2022-10-06"
GRO = "grossi-kyiv-talks-2022-10-06"
EUS = "eu-eighth-sanctions-package-adopted"
EPC = "european-political-community-prague-summit"
KHE = "kherson-counteroffensive-advance-2022-10-06"
ZEL = "zelensky-preventive-action-remark"
RZE = "rzeszow-air-defence-reinforcement"
D1 = ("Day 1 (2022-10-06, seeds 6320-6324). Main story: the pre-dawn missile strike on flats in Zaporizhzhia (all five seeds; toll one -> two -> three -> seven; "
      "spelled Zaporizhzhia / Zaporizhia / Zaporoże / Zaporizhzhya). Must not merge: the city strike vs Grossi's talks on the Zaporizhzhia NUCLEAR PLANT; "
      "the EU sanctions package vs the Prague EPC summit; the strike vs the analysis piece on why the city is exposed.")

SEEDS.append(dict(id="6320", name="6320_heddonfold-textlive", ext="txt", source="Heddonfold Evening Star", zone="Europe/London", render=r_heddonfold,
  title="Ukraine war live: Zaporizhzhia death toll rises after missiles hit flats", dateline="Thursday 6 October 2022",
  notes="Invented outlet. Text live blog, newest first; date line 'Thursday 6 October 2022'; Key Points block with two headlines; each post ends with a trailing 'Posted at 9.40pm by NAME' line (UK time, BST = UTC+1, zone never printed). Entry 02 is the day's theme piece (analysis). " + D1,
  not_entries=["masthead and menu", "'LIVE', title and date lines", "'Key Points' heading and the two headlines under it", "'Latest'", "'Posted at ... by ...' lines (stamps/authors)",
               "'Advertisement'", "'You have reached the start of today's coverage'", "footer"],
  entries=[
  E("2022-10-06 21:40", "Zaporizhzhia death toll rises to seven",
    ["Seven people are now known to have died after Russian missiles struck apartment blocks in Zaporizhzhia before dawn, the city's acting mayor said this evening.",
     "Rescue crews have pulled more than 20 people from the wreckage, and several are being treated in hospital."],
    "strikes", "strikes", 3, ZAP, a="Ruth Callander", kp=True),
  E("2022-10-06 19:55", "Analysis: why Zaporizhzhia is never out of range",
    ["Zaporizhzhia sits barely 30 miles from Russian positions to the south, close enough for the S-300 air defence missiles that Moscow has adapted for ground attack.",
     "Those missiles are cheap, plentiful and inaccurate, which is why residential districts so often bear the brunt.",
     "Until Ukraine can push the front line further back, the city will remain one of the most exposed in the country."],
    "strikes", "strikes", 2, "analysis-zaporizhzhia-exposure", a="Owain Pryce", n="Theme piece (analysis with body): own story, importance 2; must not merge with the strike."),
  E("2022-10-06 17:20", "Truss tells Prague summit that Putin must fail",
    ["Liz Truss told leaders gathered in Prague for the first meeting of the European Political Community that Vladimir Putin must not be allowed to profit from his invasion.",
     "Forty-four countries sent representatives to the gathering, which brings together EU members and their neighbours."],
    "diplomacy", "diplomacy", 3, EPC, a="Owain Pryce", kp=True),
  E("2022-10-06 15:05", "Ukraine says more villages retaken in Kherson push",
    ["Ukrainian forces have recaptured several more settlements along the Dnipro in the Kherson region, according to Kyiv's southern command.",
     "Officials did not say how much ground had been taken but released video of soldiers raising a flag over a village school."],
    "other", "frontline", 3, KHE, a="Ruth Callander"),
  E("2022-10-06 12:30", "UK to send generators and winter clothing to Ukraine",
    ["The UK government says it will send thousands of sets of winter kit, along with portable generators, to help Ukrainian troops through the cold months."],
    "aid", "aid", 2, "uk-winter-kit-pledge-2022-10-06", a="Ruth Callander"),
  E("2022-10-06 10:15", "Zaporizhzhia strike: three confirmed dead",
    ["Three people have been confirmed killed and at least a dozen more are feared trapped after this morning's attack on Zaporizhzhia, regional officials say."],
    "strikes", "strikes", 3, ZAP, a="Owain Pryce"),
  E("2022-10-06 07:50", "Missiles slam into Zaporizhzhia apartment blocks",
    ["Russian missiles have struck residential buildings in the city of Zaporizhzhia in south-eastern Ukraine, killing at least one person, according to the regional governor.",
     "Pictures posted online showed a block of flats with its upper floors torn open."],
    "strikes", "strikes", 3, ZAP, a="Owain Pryce"),
  ]))

SEEDS.append(dict(id="6321", name="6321_vyshnia-htmllive", ext="html", source="Vyshnia Post", zone="Europe/Kyiv", render=r_vyshnia,
  title="Live: Missiles hit homes in Zaporizhzhia as IAEA chief visits Kyiv", dateline="Thursday, 6 October 2022",
  tznote="All times are Kyiv time.", url="https://vyshnia.example/live/2022-10-06",
  notes="Invented outlet. HTML live blog, OLDEST first; visible '06:20' in <time datetime> (+03:00, EEST); author after the time; LiveBlogPosting JSON-LD with correct per-update times. Entry 02 is a video teaser with no body (importance 1). Entry 05 repeats entry 03 nearly verbatim (duplicate_of 6321-03). Entry 07 (Zelensky's 'preventive' remark) is continued on day 2 by the Kremlin's reaction. " + D1,
  not_entries=["header and menu", "h1 title, date line and 'All times are Kyiv time.'", "author names next to the times", "video embed placeholder in entry 02", "membership box", "footer"],
  entries=[
  E("2022-10-06 06:20", "Russian missiles hit high-rise blocks in Zaporizhzhia",
    ["Several missiles hit residential buildings in Zaporizhzhia at about 5am, and at least one person was killed, regional governor Oleksandr Starukh said.",
     "Emergency services said people were trapped on the upper floors."],
    "strikes", "strikes", 3, ZAP, a="Oksana Levchuk"),
  E("2022-10-06 08:45", "Watch: rescuers lift a woman from the rubble in Zaporizhzhia", [], "strikes", "strikes", 1, ZAP, n="Video teaser without body -> importance 1."),
  E("2022-10-06 10:30", "IAEA chief Grossi arrives in Kyiv for talks on the nuclear plant",
    ["Rafael Grossi, head of the International Atomic Energy Agency, arrived in Kyiv to meet President Volodymyr Zelensky about the situation at the Russian-occupied Zaporizhzhia nuclear power plant.",
     "He is expected to travel on to Moscow later in the week."],
    "diplomacy", "diplomacy", 3, GRO, a="Danylo Marchuk", n="The nuclear plant, not the city strike: must not merge."),
  E("2022-10-06 12:10", "Ukrainian units push south along the Dnipro",
    ["Ukrainian troops continued to advance along the western bank of the Dnipro in the Kherson region, the General Staff said in its midday update."],
    "other", "frontline", 3, KHE, a="Oksana Levchuk"),
  E("2022-10-06 14:40", "IAEA chief Grossi in Kyiv for talks on the nuclear plant",
    ["Rafael Grossi, head of the International Atomic Energy Agency, arrived in Kyiv to meet President Volodymyr Zelensky about the situation at the Russian-occupied Zaporizhzhia nuclear power plant.",
     "He is expected to travel to Moscow later in the week."],
    "diplomacy", "diplomacy", 1, GRO, a="Danylo Marchuk", dup="6321-03", n="Near-verbatim repeat of 6321-03 -> importance 1."),
  E("2022-10-06 17:05", "Zaporizhzhia: toll climbs to three, 12 pulled out alive",
    ["Three people have died in the morning strike on Zaporizhzhia, and 12 have been rescued from the damaged buildings, the State Emergency Service said."],
    "strikes", "strikes", 3, ZAP, a="Oksana Levchuk"),
  E("2022-10-06 20:30", "Zelensky calls for 'preventive' pressure on Russia over nuclear threats",
    ["Speaking by video to an Australian think tank, President Volodymyr Zelensky said NATO should act pre-emptively to stop Russia from using nuclear weapons, rather than wait for a strike.",
     "His office later said he had meant preventive sanctions, not military strikes."],
    "diplomacy", "diplomacy", 2, ZEL, a="Danylo Marchuk"),
  ]))

SEEDS.append(dict(id="6322", name="6322_glasdrum-worldrss", ext="xml", source="Glasdrum World Service", zone="UTC", render=r_rss_world,
  title="Glasdrum World Service - Top stories", url="https://glasdrum.example", base=7101, lede="The latest world news from Glasdrum World Service.",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate in GMT, no authors; four of six items are off-beat (US pardons, Thai nursery attack, Nobel literature, oil). Spelling 'Zaporizhia'. " + D1,
  not_entries=["channel title/link/description/language", "<guid>, <link> and <category> of each item"],
  entries=[
  OFF("2022-10-06 21:10", "Biden pardons thousands convicted of marijuana possession",
      ["President Joe Biden has pardoned everyone convicted of simple marijuana possession under federal law, a move that affects about 6,500 people."],
      "biden-marijuana-pardons", n="US domestic policy."),
  E("2022-10-06 17:45", "EU formally adopts eighth round of Russia sanctions",
    ["The European Union has formally approved new sanctions on Russia over the annexation of four Ukrainian regions, including the legal basis for a cap on the price of Russian oil.",
     "The package also widens trade bans on steel products and aviation items."],
    "diplomacy", "diplomacy", 3, EUS),
  OFF("2022-10-06 14:20", "Gunman kills dozens at Thai nursery",
      ["A former police officer killed at least 36 people, most of them young children, in an attack on a daycare centre in north-eastern Thailand, police said."],
      "thailand-nursery-attack", n="Thailand."),
  OFF("2022-10-06 11:00", "Annie Ernaux wins Nobel Prize in Literature",
      ["French writer Annie Ernaux has been awarded the Nobel Prize in Literature for work the Swedish Academy said examined personal memory with courage."],
      "nobel-literature-ernaux", n="literature prize."),
  E("2022-10-06 08:35", "Missile strike on Zaporizhia flats kills at least two",
    ["At least two people were killed when Russian missiles struck blocks of flats in the Ukrainian city of Zaporizhia early on Thursday, officials said."],
    "strikes", "strikes", 3, ZAP),
  OFF("2022-10-06 06:00", "Oil holds near three-week high after OPEC+ cut",
      ["Oil prices held near their highest level in three weeks after the OPEC+ group agreed to reduce output by two million barrels a day."],
      "opec-plus-output-cut", n="oil market."),
  ]))

SEEDS.append(dict(id="6323", name="6323_wisloka-atom", ext="xml", source="Wisłoka Review", zone="Europe/Warsaw", render=r_atom_escaped,
  title="Wisłoka Review", url="https://wisloka.example/en", base=5501,
  notes="Invented outlet (English-language site in south-east Poland). Atom feed, newest first, <published> with +02:00 (CEST); per-entry authors; HTML content escaped (not CDATA). Polish spelling 'Zaporoże' in a headline. Entry 04 (Rzeszów air defence) is re-posted verbatim on day 2 (6333-03). " + D1,
  not_entries=["feed title/link/id/updated", "<id>, <updated> and <link> of each entry"],
  entries=[
  E("2022-10-06 19:30", "Eighth sanctions package signed off in Brussels",
    ["EU governments completed the written procedure on the eighth package of sanctions on Thursday, clearing the way for a price cap on Russian oil shipped to third countries.",
     "Poland had pushed for tougher measures and said it would seek more in the next round."],
    "diplomacy", "diplomacy", 3, EUS, a="Kasia Wrona", n="Sanctions decision; must not merge with the Prague summit."),
  E("2022-10-06 16:10", "Prague summit: 44 leaders, one message to Moscow",
    ["Leaders from across the continent met at Prague Castle for the launch of the European Political Community, a forum proposed by French President Emmanuel Macron.",
     "Prime Minister Mateusz Morawiecki said the meeting showed that Russia was isolated in Europe."],
    "diplomacy", "diplomacy", 3, EPC, a="Piotr Zaleski"),
  E("2022-10-06 12:45", "Zaporoże: rescuers search for survivors after missile strike",
    ["Rescue teams in Zaporizhzhia, known in Polish as Zaporoże, were digging through the rubble of two apartment buildings hit by Russian missiles overnight.",
     "Three people were confirmed dead by midday."],
    "strikes", "strikes", 3, ZAP, a="Kasia Wrona"),
  E("2022-10-06 09:05", "Rzeszów airport to get extra air defence cover",
    ["Additional air defence batteries will be deployed around Rzeszów-Jasionka airport, the main hub for Western military aid to Ukraine, the defence ministry said.",
     "The systems will be operated by Polish and allied crews."],
    "other", "security", 2, RZE, a="Piotr Zaleski", n="Defence of a non-party (Poland) -> other/security."),
  ]))

SEEDS.append(dict(id="6324", name="6324_alderbay-article", ext="txt", source="Alder Bay Sentinel", zone="America/New_York", render=r_textarticle,
  title="Deadly strike on Zaporizhzhya apartments as UN nuclear chief visits Kyiv", section="World | Europe", byline="Dana Whitcombe",
  dateline_txt="Oct. 6, 2022, 5:40 p.m. EDT", dateline="2022-10-06 17:40", more="What the Kherson offensive means for the winter",
  lede="Russia's war in Ukraine brought more deaths in the south on Thursday, while diplomats tried to secure the country's largest nuclear plant.",
  notes="Invented outlet (US). Text article with three section headings; one entry per section, stamp null, published = the dateline 'Oct. 6, 2022, 5:40 p.m. EDT' (UTC-4 -> 21:40 UTC); page byline as author. Spellings 'Zaporizhzhya' and 'Zelenskyy'. " + D1,
  not_entries=["outlet name and section line", "title", "byline and dateline", "lede paragraph", "'Share this story  Email  Print'", "'Related: ...' link", "copyright line"],
  entries=[
  E("2022-10-06 17:40", "Death toll climbs in Zaporizhzhya",
    ["At least seven people were killed when Russian missiles hit two apartment buildings in Zaporizhzhya before dawn Thursday, Ukrainian officials said.",
     "Local authorities said more than 20 residents were rescued alive."],
    "strikes", "strikes", 3, ZAP, a="Dana Whitcombe"),
  E("2022-10-06 17:40", "Nuclear watchdog chief meets Zelenskyy",
    ["Rafael Grossi, director general of the International Atomic Energy Agency, met President Volodymyr Zelenskyy in Kyiv to discuss the Zaporizhzhya nuclear plant, which Russia claims to have taken over under a new decree.",
     "Grossi said he would press for a protection zone around the plant when he visits Moscow."],
    "diplomacy", "diplomacy", 3, GRO, a="Dana Whitcombe"),
  E("2022-10-06 17:40", "Ukraine's southern gains",
    ["Ukrainian forces have retaken hundreds of square miles in the Kherson region in the past week, according to Kyiv, as Russian lines along the Dnipro come under growing pressure."],
    "other", "frontline", 3, KHE, a="Dana Whitcombe"),
  ]))

# ---------- Day 2: Friday 7 October 2022 (UTC) = day 1 + 1
KR = "kryvyi-rih-strike-2022-10-07"
NOB = "nobel-peace-prize-2022"
BID = "biden-armageddon-warning"
D2 = ("Day 2 (2022-10-07, seeds 6330-6334). Main story: the overnight missile strike on Kryvyi Rih (all five seeds; toll one -> two -> three -> four; "
      "spelled Kryvyi Rih / Krivyi Rih / Krzywy Róg / Kryvyy Rih). Continuations of day-1 stories keep their slugs: the end of the Zaporizhzhia rescue "
      "(toll 11, two seeds) and the Kremlin's reaction to Zelensky's 'preventive' remark. Cross-day re-post: 6333-03 re-posts 6323-04. Must not merge: "
      "Kryvyi Rih vs the Zaporizhzhia continuation (two strikes, same theme); Biden's Armageddon warning vs the Kremlin reaction (nuclear rhetoric); "
      "the prisoner swap and the Lyman exhumations stand alone.")

SEEDS.append(dict(id="6330", name="6330_dunnerholme-htmllive", ext="html", source="Dunnerholme Chronicle", zone="Europe/London", render=r_dunnerholme,
  title="Russia-Ukraine war: deadly strike on Kryvyi Rih as Zaporizhzhia mourns", dateline="Friday 7 October 2022", url="https://dunnerholme.example/live/2022-10-07",
  lede="Russian missiles hit President Zelensky's home city overnight, while the Nobel committee honours rights defenders from Ukraine, Russia and Belarus.",
  notes="Invented outlet. HTML live blog, newest first, no JSON-LD; Key Points box with two headlines; '<span class=\"time\">22:15</span>' above each h2 (UK time, BST = UTC+1, zone not printed), author line below the h2. Entry 03 is a photo teaser with no body (importance 1). Entry 04 continues the day-1 Zaporizhzhia story (same slug). " + D2,
  not_entries=["consent banner", "masthead and menu", "h1 title, date line and standfirst", "'Key Points' heading and its two list items", "author lines", "empty gallery placeholder in entry 03",
               "newsletter promo", "'Load earlier posts'", "footer"],
  entries=[
  E("2022-10-07 22:15", "Kryvyi Rih toll rises to four",
    ["Four people have now died after Russian missiles hit an industrial area of Kryvyi Rih, President Zelensky's home city, the regional governor said late on Friday."],
    "strikes", "strikes", 3, KR, a="Hannah Scarth", kp=True),
  E("2022-10-07 19:40", "Nobel peace prize goes to rights defenders in Ukraine, Russia and Belarus",
    ["The Norwegian Nobel Committee has given this year's peace prize to jailed Belarusian activist Ales Bialiatski, the Russian group Memorial and Ukraine's Center for Civil Liberties.",
     "The committee said the winners had documented war crimes and abuses of power over many years."],
    "other", "politics", 3, NOB, a="Tom Everill", n="War-linked recognition of rights groups -> other/politics (convention)."),
  E("2022-10-07 16:05", "Photos: the morning after in Kryvyi Rih", [], "strikes", "strikes", 1, KR, n="Photo teaser without body -> importance 1."),
  E("2022-10-07 13:30", "Zaporizhzhia mourns as rescuers end their search",
    ["Emergency workers in Zaporizhzhia have finished searching the apartment blocks hit by missiles on Thursday, with the final toll put at 11 dead.",
     "The city has declared Saturday a day of mourning."],
    "strikes", "strikes", 3, ZAP, a="Hannah Scarth", kp=True, n="Continuation of the day-1 story with a new development (rescue over, final toll) -> keeps the day-1 slug."),
  E("2022-10-07 11:10", "Second death confirmed after missile strike on Kryvyi Rih",
    ["A second person has died after Russian missiles hit Kryvyi Rih overnight, damaging industrial buildings and several homes, local officials said."],
    "strikes", "strikes", 3, KR, a="Tom Everill"),
  E("2022-10-07 09:20", "Biden warns of 'Armageddon' risk over Putin's nuclear threats",
    ["US President Joe Biden told Democratic donors in New York that the world had not faced the prospect of Armageddon since the Cuban missile crisis, because of Vladimir Putin's nuclear threats.",
     "The White House said later that there was no new intelligence suggesting Russia was preparing to use such weapons."],
    "diplomacy", "diplomacy", 3, BID, a="Tom Everill", n="Separate statement from the Kremlin's reaction to Zelensky: must not merge."),
  E("2022-10-07 07:45", "Overnight missile strike hits Kryvyi Rih",
    ["Russian missiles struck Kryvyi Rih in the Dnipropetrovsk region overnight, killing one person and starting fires at an industrial site, the governor said."],
    "strikes", "strikes", 3, KR, a="Hannah Scarth"),
  ]))

SEEDS.append(dict(id="6331", name="6331_podillia-textlive", ext="txt", source="Podillia Brief", zone="Europe/Kyiv", render=r_podillia,
  title="War diary: strike on Kryvyi Rih, Kremlin hits back at Zelensky", dateline="Friday, 7 October", parse_args=["--date", "2022-10-07"],
  notes="Invented outlet. Text live blog, OLDEST first; the date line 'Friday, 7 October' has no year and the page prints none (parse_args --date 2022-10-07); 'All times Kyiv' (EEST, UTC+3); each post: bare '08:15' line BEFORE the headline, body, then a 'By NAME' line. Entry 01 continues the day-1 story of Zelensky's 'preventive' remark (same slug); entry 05 repeats entry 01 nearly verbatim (duplicate_of 6331-01); entry 04 is the day's theme piece (analysis). Entry 02 continues the Zaporizhzhia story. " + D2,
  not_entries=["masthead and menu", "title and date line", "'All times Kyiv'", "'By ...' lines (authors)", "donation plug", "'That's all from us today.' and footer"],
  entries=[
  E("2022-10-07 08:15", "Kremlin: Zelensky's words are a call to start a world war",
    ["Kremlin spokesman Dmitry Peskov said President Volodymyr Zelensky's remarks about preventive action against Russia amounted to an appeal to begin a world war with unpredictable consequences."],
    "diplomacy", "diplomacy", 2, ZEL, a="Taras Melnyk", n="Continuation of the day-1 remark story (the Kremlin's reaction is the new development) -> keeps the day-1 slug."),
  E("2022-10-07 10:40", "Zaporizhzhia: rescue operation over, 11 dead",
    ["The search of the buildings hit in Zaporizhzhia on Thursday has ended, with 11 people confirmed dead and 21 rescued, the emergency service said."],
    "strikes", "strikes", 3, ZAP, a="Taras Melnyk", n="Continuation of the day-1 strike story."),
  E("2022-10-07 12:20", "Kryvyi Rih: second victim confirmed",
    ["The death toll from the overnight strike on Kryvyi Rih has risen to two, Dnipropetrovsk governor Valentyn Reznichenko said.",
     "Five people are in hospital."],
    "strikes", "strikes", 3, KR, a="Iryna Savchuk"),
  E("2022-10-07 13:45", "Analysis: Ukraine's air defence is stretched thin",
    ["Two deadly strikes in two days on cities in the south show how thinly Ukraine's air defences are spread across a front more than a thousand kilometres long.",
     "Kyiv has asked allies for more medium-range systems, but the first of them are not expected for weeks.",
     "Until they arrive, commanders must choose which cities to cover and which to leave exposed."],
    "aid", "aid", 2, "analysis-air-defence-shortfall", a="Iryna Savchuk", sec=["strikes"], n="Theme piece (analysis with body) on air-defence needs: own story, importance 2."),
  E("2022-10-07 14:50", "Kremlin says Zelensky's words are a call to start a world war",
    ["Kremlin spokesman Dmitry Peskov said President Volodymyr Zelensky's remarks about preventive action against Russia amounted to an appeal to start a world war with unpredictable consequences."],
    "diplomacy", "diplomacy", 1, ZEL, a="Taras Melnyk", dup="6331-01", n="Near-verbatim repeat of 6331-01 -> importance 1."),
  E("2022-10-07 17:30", "Twenty Ukrainian soldiers return home in prisoner swap",
    ["Twenty Ukrainian servicemen have been freed in an exchange with Russia, the head of the presidential office said, publishing photos of the men on a bus."],
    "diplomacy", "diplomacy", 2, "prisoner-exchange-2022-10-07", a="Iryna Savchuk"),
  E("2022-10-07 20:05", "Bodies exhumed at burial site near Lyman",
    ["Investigators have begun exhuming bodies from a burial site on the edge of Lyman, the town in the Donetsk region that Ukrainian forces retook at the weekend.",
     "Regional police said most of the graves appeared to belong to civilians."],
    "other", "humanitarian", 2, "lyman-exhumations", a="Taras Melnyk"),
  ]))

SEEDS.append(dict(id="6332", name="6332_cairnryan-worldrss", ext="xml", source="Cairnryan World Service", zone="UTC", render=r_rss_world,
  title="Cairnryan World Service: World", url="https://cairnryan.example", base=8801, lede="Headlines from around the world.",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, GMT pubDates, no authors; four of six items off-beat (Hurricane Ian, US jobs, Thailand mourning, Japan borders). Spelling 'Krivyi Rih'. " + D2,
  not_entries=["channel title/link/description/language", "<guid>, <link> and <category> of each item"],
  entries=[
  OFF("2022-10-07 21:30", "Hurricane Ian death toll in Florida passes 100",
      ["The number of people killed in Florida by Hurricane Ian has risen above 100, state officials said, as recovery crews reached cut-off islands on the Gulf coast."],
      "hurricane-ian-toll", n="US storm."),
  E("2022-10-07 15:20", "Missile strike on Krivyi Rih kills at least three",
    ["At least three people were killed in a Russian missile attack on the central Ukrainian city of Krivyi Rih, local officials said on Friday."],
    "strikes", "strikes", 3, KR),
  OFF("2022-10-07 12:45", "US employers add 263,000 jobs in September",
      ["American employers added 263,000 jobs last month and unemployment fell to 3.5 percent, the Labor Department said, keeping pressure on the Federal Reserve to keep raising interest rates."],
      "us-jobs-report-september", n="US economy."),
  E("2022-10-07 09:10", "Peace prize for Bialiatski, Memorial and Ukrainian rights group",
    ["The 2022 Nobel Peace Prize has been awarded jointly to Belarusian human rights advocate Ales Bialiatski, the Russian organisation Memorial and the Ukrainian Center for Civil Liberties."],
    "other", "politics", 3, NOB),
  OFF("2022-10-07 06:30", "Thailand mourns victims of nursery massacre",
      ["Relatives gathered at temples across Nong Bua Lamphu province to mourn the victims of Thursday's attack on a childcare centre, as the king visited the wounded in hospital."],
      "thailand-nursery-attack", n="Thailand; continuation of the day-1 world item (same event, same slug)."),
  OFF("2022-10-07 02:15", "Japan to scrap cap on daily arrivals",
      ["Japan will lift its limit on daily arrivals and resume visa-free travel for many countries from next Tuesday, ending some of the world's strictest pandemic border rules."],
      "japan-border-reopening", n="Japan travel."),
  ]))

SEEDS.append(dict(id="6333", name="6333_wisloka-atom", ext="xml", source="Wisłoka Review", zone="Europe/Warsaw", render=r_atom_escaped,
  title="Wisłoka Review", url="https://wisloka.example/en", base=5531,
  notes="Same invented outlet as 6323, next day's Atom feed (+02:00, per-entry authors, escaped HTML). Entry 03 is a RE-POST of day-1 entry 6323-04 (same headline and body, new timestamp): importance 1, duplicate_of null because duplicate_of is defined within one seed. Polish spelling 'Krzywy Róg'. " + D2,
  not_entries=["feed title/link/id/updated", "<id>, <updated> and <link> of each entry"],
  entries=[
  E("2022-10-07 20:10", "Krzywy Róg: toll from missile strike rises to four",
    ["Four people have been killed by Friday's missile strike on Kryvyi Rih, called Krzywy Róg in Polish, the regional administration said this evening."],
    "strikes", "strikes", 3, KR, a="Kasia Wrona"),
  E("2022-10-07 15:35", "Poland to train Ukrainian sappers",
    ["Polish army engineers will train several hundred Ukrainian soldiers in mine clearance at a base in the west of the country, Defence Minister Mariusz Błaszczak said."],
    "aid", "aid", 2, "poland-sapper-training", a="Piotr Zaleski"),
  E("2022-10-07 11:00", "Rzeszów airport to get extra air defence cover",
    ["Additional air defence batteries will be deployed around Rzeszów-Jasionka airport, the main hub for Western military aid to Ukraine, the defence ministry said.",
     "The systems will be operated by Polish and allied crews."],
    "other", "security", 1, RZE, a="Piotr Zaleski", n="Re-post of day-1 entry 6323-04 (verbatim, new timestamp) -> importance 1."),
  E("2022-10-07 08:20", "Lithuania extends emergency rules on Belarus border",
    ["Lithuania's parliament voted to keep a state of emergency in place along its border with Belarus for another three months, citing military activity and migrant crossings."],
    "other", "security", 2, "lithuania-belarus-border-emergency", a="Kasia Wrona"),
  ]))

SEEDS.append(dict(id="6334", name="6334_kittleharbour-article", ext="html", source="Kittle Harbour Times", zone="America/New_York", render=r_htmlarticle,
  title="Biden's 'Armageddon' warning, a deadly strike in Kryvyy Rih and a peace prize: the war on Friday", byline="Marcus Delahaye",
  dateline="2022-10-07 16:55", dateline_txt="October 7, 2022 4:55 PM EDT", more="How Ukraine's power grid is bracing for winter",
  lede="A look at the main developments in Russia's war in Ukraine.",
  notes="Invented outlet (US). HTML article with three h2 sections and NewsArticle JSON-LD; one entry per section, stamp null, published = the dateline 'October 7, 2022 4:55 PM EDT' (UTC-4 -> 20:55 UTC); page byline as author. Spellings 'Kryvyy Rih', 'Zelenskyy'. " + D2,
  not_entries=["header and menu", "h1 title", "byline and dateline", "dek 'A look at the main developments ...'", "'Related:' aside", "footer"],
  entries=[
  E("2022-10-07 16:55", "A stark warning from the president",
    ["President Joe Biden said Thursday night that the risk of nuclear Armageddon was higher than at any time since 1962, remarks that startled allies and drew questions about what prompted them.",
     "Officials later said the comments were not based on new intelligence."],
    "diplomacy", "diplomacy", 3, BID, a="Marcus Delahaye"),
  E("2022-10-07 16:55", "Strike on Kryvyy Rih",
    ["Russian missiles hit Kryvyy Rih, the steel city where Zelenskyy grew up, killing four people and damaging factories and homes."],
    "strikes", "strikes", 3, KR, a="Marcus Delahaye"),
  E("2022-10-07 16:55", "Peace prize for rights groups",
    ["The Nobel Peace Prize went to human rights defenders from Ukraine, Russia and Belarus, a choice the committee said honoured civil society in all three countries."],
    "other", "politics", 3, NOB, a="Marcus Delahaye"),
  ]))

# ---------- Day 3: Saturday 31 December 2022 (UTC)
NYE = "new-years-eve-missile-strikes-2022-12-31"
PNY = "putin-new-year-address-2022"
ZNY = "zelensky-new-year-address-2022"
KHS = "kherson-shelling-2022-12-31"
D29 = "power-restoration-after-dec-29-strikes"
D3 = ("Day 3 (2022-12-31, seeds 6340-6344). Main story: the New Year's Eve missile barrage (all five seeds; toll one -> three; Kyiv / Kiev; "
      "Khmelnytskyi / Khmelnytskyy). Multi-seed: Putin's New Year address (4 seeds), Zelensky's address (2), Kherson shelling (3), power restored after the "
      "29 December strikes (2). Must not merge: Putin's vs Zelensky's addresses; the barrage vs Kherson shelling; the barrage vs the repair of damage "
      "from the 29 December attack; the barrage vs the analysis of the grid campaign.")

SEEDS.append(dict(id="6340", name="6340_lundyroads-worldatom", ext="xml", source="Lundy Roads World Desk", zone="UTC", render=r_atom_escaped, zulu=True,
  title="Lundy Roads World Desk", url="https://lundyroads.example/world", base=9901,
  notes="Invented outlet. General world-news Atom feed, newest first, <published> in Z, no authors; four of six entries off-beat (Pelé tributes, Sydney fireworks, Benedict XVI, Bolsonaro). Spelling 'Kiev'. " + D3,
  not_entries=["feed title/link/id/updated", "<id>, <updated> and <link> of each entry"],
  entries=[
  OFF("2022-12-31 22:30", "Santos fans gather to honour Pelé",
      ["Thousands of supporters gathered outside the Santos stadium to pay tribute to Pelé, who died on Thursday at the age of 82."],
      "pele-tributes", n="football legend's death."),
  E("2022-12-31 16:45", "Kiev rocked by explosions on New Year's Eve",
    ["Explosions shook Kiev on the last afternoon of the year as Russia launched another wave of missiles at Ukrainian cities, killing at least one person in the capital."],
    "strikes", "strikes", 3, NYE),
  OFF("2022-12-31 13:05", "Sydney welcomes 2023 with harbour fireworks",
      ["More than a million people watched fireworks light up Sydney Harbour as Australia's biggest city became one of the first to see in the new year."],
      "sydney-new-year-fireworks", n="celebrations."),
  E("2022-12-31 12:10", "Putin uses New Year speech to rally troops",
    ["Vladimir Putin recorded his New Year address surrounded by soldiers at a military headquarters, telling Russians that the country's future was at stake in Ukraine."],
    "other", "politics", 3, PNY),
  OFF("2022-12-31 09:20", "Former pope Benedict XVI dies aged 95",
      ["Benedict XVI, who in 2013 became the first pope in six centuries to resign, has died at his residence in the Vatican, the Holy See said."],
      "benedict-xvi-death", n="Vatican."),
  OFF("2022-12-31 05:40", "Bolsonaro leaves Brazil before Lula takes office",
      ["Brazil's outgoing president Jair Bolsonaro flew to the United States on the eve of his successor's inauguration, breaking with the tradition of handing over the presidential sash."],
      "bolsonaro-leaves-brazil", n="Brazil politics."),
  ]))

SEEDS.append(dict(id="6341", name="6341_desna-textlive", ext="txt", source="Desna Evening Wire", zone="Europe/Kyiv", render=r_desna,
  title="Live: Russia strikes Ukraine on New Year's Eve", dateline="Saturday, 31 December 2022", byline="Marta Hnatiuk",
  notes="Invented outlet. Text live blog, OLDEST first; full date line; one page byline 'Live editor: Marta Hnatiuk' = author of every post; each post a '[14:10]' line before the headline; 'Times are Kyiv time (EET)' (UTC+2). Entry 05 repeats entry 02 nearly verbatim (duplicate_of 6341-02). Entry 07 (23:35 Kyiv) is 21:35 UTC, still 31 December. " + D3,
  not_entries=["outlet name and breadcrumb", "title and date line", "'Live editor: ...' line", "'Times are Kyiv time (EET)'", "'Read also: ...' link", "Telegram plug and footer"],
  entries=[
  E("2022-12-31 11:05", "Kherson: shelling of city centre kills one",
    ["A man was killed and two people were wounded when Russian shells hit the centre of Kherson this morning, the regional military administration said."],
    "strikes", "strikes", 3, KHS, a="Marta Hnatiuk", n="Different attack from the afternoon missile barrage: must not merge."),
  E("2022-12-31 14:10", "Explosions in Kyiv as missiles target the capital",
    ["Several explosions have been heard in Kyiv, where air defences are working against a new Russian missile attack, Mayor Vitali Klitschko said.",
     "Air raid sirens are sounding across most of the country."],
    "strikes", "strikes", 3, NYE, a="Marta Hnatiuk"),
  E("2022-12-31 14:55", "Putin delivers New Year address from military headquarters",
    ["Vladimir Putin broke with tradition and recorded his annual New Year speech among uniformed troops rather than in front of the Kremlin.",
     "He said the year had been one of difficult but necessary decisions."],
    "other", "politics", 3, PNY, a="Marta Hnatiuk"),
  E("2022-12-31 15:30", "Kyiv: one dead, hotel damaged in Solomianskyi district",
    ["One person has been killed and at least 20 injured in Kyiv, city officials said, after missiles hit a hotel and several residential buildings."],
    "strikes", "strikes", 3, NYE, a="Marta Hnatiuk"),
  E("2022-12-31 16:40", "Explosions in Kyiv as missiles target capital",
    ["Several explosions have been heard in Kyiv, where air defences are working against the new Russian missile attack, Mayor Vitali Klitschko said.",
     "Air raid sirens are sounding across most of the country."],
    "strikes", "strikes", 1, NYE, a="Marta Hnatiuk", dup="6341-02", n="Near-verbatim repeat of 6341-02 -> importance 1."),
  E("2022-12-31 19:15", "Toll from New Year's Eve barrage rises to three",
    ["At least three people have been killed in today's attack, including one in the Khmelnytskyi region, and dozens injured across the country, according to regional officials."],
    "strikes", "strikes", 3, NYE, a="Marta Hnatiuk"),
  E("2022-12-31 23:35", "Zelensky in New Year address: Ukraine will take back what is ours",
    ["In a New Year speech broadcast shortly before midnight, President Volodymyr Zelensky thanked soldiers, medics and power engineers and said 2023 would be the year Ukraine regains its land."],
    "other", "politics", 3, ZNY, a="Marta Hnatiuk", n="Separate statement from Putin's address: must not merge."),
  ]))

SEEDS.append(dict(id="6342", name="6342_dunnerholme-htmllive", ext="html", source="Dunnerholme Chronicle", zone="Europe/London", render=r_dunnerholme, twelve=True, graph=True,
  title="Ukraine war: Kyiv hit by missiles on New Year's Eve as Putin and Zelensky address their nations", dateline="Saturday 31 December 2022",
  url="https://dunnerholme.example/live/2022-12-31", lede="Russia fires a new wave of missiles on the last day of the year.",
  notes="Same invented outlet as 6330. HTML live blog, newest first; Key Points box with two headlines; visible stamps '9.50pm' in <time datetime> (GMT = UTC in December). JSON-LD @graph with @type ['NewsArticle','LiveBlogPosting'] whose liveBlogUpdate items all repeat the PAGE's headline and datePublished (a quirk: not per-post times). Entry 02 is the day's theme piece (analysis); entry 04 is a video teaser without body (importance 1); entry 07 is about repairs after the 29 December strikes (its own story). " + D3,
  not_entries=["consent banner", "masthead and menu", "h1 title, date line and standfirst", "'Key Points' heading and its two list items", "author lines", "video placeholder in entry 04",
               "newsletter promo", "'Load earlier posts'", "footer"],
  entries=[
  E("2022-12-31 21:50", "Zelensky vows Ukraine will regain its land in New Year message",
    ["Volodymyr Zelensky used his end-of-year address to tell Ukrainians that the coming year would bring victory, and to thank everyone who had kept the country running."],
    "other", "politics", 3, ZNY, a="Tom Everill", kp=True),
  E("2022-12-31 18:30", "Analysis: Russia's winter war on the grid",
    ["Since October, Russia has fired hundreds of missiles and drones at power stations, substations and transformers across Ukraine.",
     "The aim, analysts say, is to make the winter unbearable and wear down public support for the war.",
     "So far the strategy has caused misery but not the collapse of morale Moscow appears to have hoped for."],
    "strikes", "strikes", 2, "analysis-russian-grid-campaign", a="Hannah Scarth", n="Theme piece (analysis with body): own story, importance 2."),
  E("2022-12-31 16:20", "Kherson shelled again as the year ends",
    ["Kherson came under Russian artillery fire for much of the day, with one person killed in the morning and a children's hospital among the buildings damaged, Ukrainian officials said."],
    "strikes", "strikes", 3, KHS, a="Hannah Scarth"),
  E("2022-12-31 14:05", "Watch: Kyiv residents take shelter as sirens sound", [], "strikes", "strikes", 1, NYE, n="Video teaser without body -> importance 1."),
  E("2022-12-31 13:40", "Kyiv: one killed as missiles strike on New Year's Eve",
    ["At least one person was killed and more than a dozen wounded as a barrage of Russian missiles hit Kyiv on Saturday afternoon, the city's mayor said.",
     "A hotel in the city centre was among the buildings damaged."],
    "strikes", "strikes", 3, NYE, a="Tom Everill", kp=True),
  E("2022-12-31 12:25", "Putin tells troops Russia will not back down",
    ["Vladimir Putin's New Year address, recorded at the headquarters of Russia's Southern Military District, praised the soldiers fighting in Ukraine and said Russia would never retreat."],
    "other", "politics", 3, PNY, a="Tom Everill"),
  E("2022-12-31 10:10", "Most of Kyiv region's power restored after Thursday's strikes",
    ["Engineers have restored electricity to most homes in the Kyiv region that lost supply in Thursday's massive missile attack, the grid operator Ukrenergo said."],
    "strikes", "strikes", 3, D29, a="Hannah Scarth", n="Aftermath of the 29 December attack, not the New Year's Eve barrage: must not merge."),
  ]))

SEEDS.append(dict(id="6343", name="6343_pivden-rss", ext="xml", source="Pivden Courier", zone="Europe/Kyiv", render=r_pivden,
  title="Pivden Courier - News", url="https://pivden.example", base=4401, lede="News from southern Ukraine.",
  notes="Invented outlet (southern Ukraine, English service). RSS 2.0, newest first, pubDate with +0200 (EET); dc:creator per item. Entries 01 and 04 are the day's shelling of Kherson (one story: the city's shelling on 31 December). Spelling 'Khmelnytskyi'. " + D3,
  not_entries=["channel title/link/description/language", "<guid> and <link> of each item"],
  entries=[
  E("2022-12-31 22:40", "Kherson: three wounded in evening shelling",
    ["Three civilians were wounded when Russian artillery hit residential streets in Kherson in the evening, the regional governor said."],
    "strikes", "strikes", 3, KHS, a="Serhii Bondar", n="Same story as the day's earlier shelling of Kherson (convention: one city's shelling on one day)."),
  E("2022-12-31 17:20", "Khmelnytskyi: one killed as missile hits residential area",
    ["A woman was killed and several people injured in the Khmelnytskyi region when a missile struck a residential area during the afternoon attack, the regional head said."],
    "strikes", "strikes", 3, NYE, a="Olena Kravets", n="Part of the same nationwide barrage."),
  E("2022-12-31 14:25", "Odesa: engineers reconnect districts cut off by Thursday's attack",
    ["Power engineers in Odesa have reconnected most of the districts left without electricity after Thursday's strikes on energy facilities, the regional grid company said."],
    "strikes", "strikes", 3, D29, a="Olena Kravets"),
  E("2022-12-31 09:50", "Shells hit central Kherson, one dead",
    ["Russian shelling struck the centre of Kherson on Saturday morning, killing one man, the regional military administration reported."],
    "strikes", "strikes", 3, KHS, a="Serhii Bondar"),
  ]))

SEEDS.append(dict(id="6344", name="6344_tamarack-article", ext="txt", source="Tamarack Daily Standard", zone="America/Toronto", render=r_textarticle,
  title="Missiles hit Kyiv on New Year's Eve as Putin rallies troops", section="World", byline="Claire Ostrowski",
  dateline_txt="Dec. 31, 2022 4:10 p.m. ET", dateline="2022-12-31 16:10", more="Canadians in Ukraine mark a second wartime winter",
  lede="The last day of 2022 brought another Russian missile attack on Ukraine and a defiant message from the Kremlin.",
  notes="Invented outlet (Canada). Text article with three section headings; one entry per section, stamp null, published = the dateline 'Dec. 31, 2022 4:10 p.m. ET' (EST, UTC-5 -> 21:10 UTC); page byline as author. Spelling 'Khmelnytskyy'. " + D3,
  not_entries=["outlet name and section line", "title", "byline and dateline", "lede paragraph", "'Share this story  Email  Print'", "'Related: ...' link", "copyright line"],
  entries=[
  E("2022-12-31 16:10", "A violent end to the year",
    ["Russia launched more than 20 cruise missiles at Ukraine on Saturday, killing at least three people in Kyiv and the Khmelnytskyy region, Ukrainian officials said."],
    "strikes", "strikes", 3, NYE, a="Claire Ostrowski"),
  E("2022-12-31 16:10", "Putin's message",
    ["In his New Year address, recorded at a military headquarters in southern Russia, Vladimir Putin told his troops that the country stood behind them."],
    "other", "politics", 3, PNY, a="Claire Ostrowski"),
  E("2022-12-31 16:10", "Canada's year of support",
    ["Ottawa has committed more than $1 billion in military aid to Ukraine since February, according to figures from the Department of National Defence, including howitzers and armoured vehicles."],
    "aid", "aid", 2, "canada-ukraine-military-aid-2022-tally", a="Claire Ostrowski"),
  ]))


# ============================================================ emit
BASIS = {
  "r_sunderland": "bare stamp '{s}' under the page's 'Published {od}' header line; UK time (BST = UTC+1) implied by the outlet",
  "r_devon": "bare stamp '{s}' (<time datetime> agrees) on the header date {D}; GMT = UTC in November",
  "r_argus": "stamp line '{s}' after the headline (full date, 12-hour clock); UK time implied (BST = UTC+1)",
  "r_echo": "no per-section time; the article dateline '{s}' (BST = UTC+1; <time datetime> and JSON-LD agree) used for every section",
  "r_cambridge": "bare stamp '{s}' under the day separator for {D} (year from the header line); BST = UTC+1",
  "r_defimedia": "French date line '{s}'; Mauritius time (UTC+4) implied by the outlet",
  "r_midi": "pubDate '{s}' (explicit +0000)",
  "r_whanganui": "bare stamp '{s}' after the headline, on the page's day line 'Sunday, 13 November' (no year; parse_args --date 2022-11-13); NZDT = UTC+13, so UTC is the previous day",
  "r_toowoomba": "bare stamp '{s}' under the day separator for {D} (year from the header date); AEST (UTC+10) implied by the outlet",
  "r_lethbridge": "Atom <published> '{s}' (Z)",
  "r_heddonfold": "trailing stamp '{s}' on the page's date line {D}; UK time (BST = UTC+1) implied",
  "r_vyshnia": "stamp '{s}' with <time datetime> (+03:00) under the date line {D}; JSON-LD update time agrees",
  "r_rss_world": "pubDate '{s}' (GMT)",
  "r_atom_escaped": "Atom <published> '{s}' (explicit offset)",
  "r_textarticle": "no per-section time; the article dateline '{s}' used for every section",
  "r_htmlarticle": "no per-section time; the article dateline '{s}' (<time datetime> and JSON-LD agree) used for every section",
  "r_dunnerholme": "stamp '{s}' on the page's date line {D}; UK time implied",
  "r_podillia": "bare stamp '{s}' on the date line 'Friday, 7 October' (no year; parse_args --date 2022-10-07); Kyiv EEST = UTC+3",
  "r_desna": "stamp '{s}' on the date line {D}; Kyiv EET = UTC+2 (printed 'Times are Kyiv time (EET)')",
  "r_pivden": "pubDate '{s}' (explicit +0200)",
}


def main():
    for sub in ("seeds", "gold"):
        os.makedirs(os.path.join(ROOT, sub), exist_ok=True)
        for f in os.listdir(os.path.join(ROOT, sub)):
            os.remove(os.path.join(ROOT, sub, f))
    total = 0
    for S in SEEDS:
        res = S["render"](S)
        text, stamps = res[0], res[1]
        shown = res[2] if len(res) > 2 else stamps
        fn = f"{S['name']}.{S['ext']}"
        with open(os.path.join(ROOT, "seeds", fn), "w", encoding="utf-8") as fh:
            fh.write(text)
        rname = S["render"].__name__
        ents = []
        for i, e in enumerate(S["entries"]):
            d = dt(e["t"], S["zone"]); u = d.astimezone(UTC)
            od = f"{ordinal(d.day)} {MONTHS[d.month - 1][:3]} {d.year}"
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                         "published_basis": BASIS[rname].format(s=shown[i], D=d.strftime("%Y-%m-%d"), od=od),
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
        print(f"{fn:40s} {len(ents)}")
    print("total entries", total)


if __name__ == "__main__":
    main()

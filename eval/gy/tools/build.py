#!/usr/bin/env python3
"""Builds the eval/gy seed pages and their gold files from one hand-written data table (further below).
All news text is the blind tester's own invented wording, set in June 2032 with the war assumed still under way.
Part A imitates, from memory, the page layouts of ten real outlets / page kinds; Part B outlets are invented.
Deterministic. Run from the project root:  python3 eval/gy/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **kw):
    """one entry: local time 'YYYY-MM-DD HH:MM[:SS]' in the page zone, headline (or None), body paragraphs, labels."""
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(kw)
    return d


def OFF(t, h, p, st, a=None, n="", **kw):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **kw)


def first_sentence(par):
    for m in re.finditer(r'[.!?]["\'\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018\u00ab]|$)', par):
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
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    return datetime.strptime(s, fmt).replace(tzinfo=ZoneInfo(zone))


def ampm(d, sep=":", space="", upper=False, dots=False):
    hh = d.hour % 12 or 12
    suf = "am" if d.hour < 12 else "pm"
    if dots:
        suf = suf[0] + "." + suf[1] + "."
    return f"{hh}{sep}{d.minute:02d}{space}{suf.upper() if upper else suf}"


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def order_check(S, newest_first):
    ts = [dt(e["t"], S["zone"]) for e in S["entries"]]
    want = sorted(ts, reverse=newest_first)
    assert ts == want, f"{S['id']}: entries must be listed {'newest' if newest_first else 'oldest'} first (page order)"


def rfc822(d, gmt=False):
    if gmt:
        return d.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S GMT")
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + d.strftime("%z")


def slugify(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:70]


def fmt_utc(d):
    u = d.astimezone(UTC)
    return u.strftime("%Y-%m-%dT%H:%M:%SZ")


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
            loc = d.strftime("%Y-%m-%d %H:%M:%S" if e["t"].count(":") == 2 else "%Y-%m-%d %H:%M")
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": fmt_utc(d),
                         "published_local": f"{loc} {S['zone']}",
                         "published_basis": (e.get("basis") or S["basis"]).format(s=stamps[i], d=loc, z=S["zone"],
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
        print(f"{fn:42s} {len(ents):2d} entries  UTC {sorted({x['published'][:10] for x in ents})}")
    print(f"{len(SEEDS)} seeds, {total} entries")


SEEDS = []


# ================================================================ Part A renderers (layouts of real outlets, from memory)

def r_cnnlite(S):
    """CNN Lite (lite.cnn.com) rendering of a CNN live story, text scrape. 'CNN' header, page title, 'By A, B and C, CNN',
    'Updated 6:48 PM EDT, Wed June 2, 2032', 'Source: CNN', then posts newest first: headline, '6:41 p.m. ET, June 2, 2032',
    'From CNN's NAME', paragraphs. No images, no scripts; footer 'See Full Web Article'."""
    z = S["zone"]; order_check(S, True); up = dt(S["updated"], z)
    L = ["CNN", "", S["title"], "", f"By {S['byline']}, CNN", "",
         f"Updated {ampm(up, space=' ', upper=True)} {up.tzname()}, {DAYS_EN[up.weekday()][:3]} {MONTHS[up.month - 1]} {up.day}, {up.year}", "",
         "Source: CNN", "", "What we're covering", ""] + ["\u2022 " + b for b in S["covering"]] + [""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, space=' ', dots=True)} ET, {MONTHS[d.month - 1]} {d.day}, {d.year}"; stamps.append(st)
        L += [e["h"], "", st, ""]
        if e["a"]:
            L += [f"From CNN\u2019s {e['a']}", ""]
        L += ptxt(e["p"])
    L += ["See Full Web Article", "", "Go to the full CNN experience", "",
          f"\u00a9 {up.year} Cable News Network. A Warner Bros. Discovery Company. All Rights Reserved.", "",
          "Terms of Use | Privacy Policy | Ad Choices | Cookie Settings"]
    return "\n".join(L) + "\n", stamps


def r_npr_text(S):
    """text.npr.org article, text scrape: 'NPR : National Public Radio', 'Text-Only Version Go To Full Site', section, headline,
    'By NAME', 'Thursday, June 3, 2032 \u2022 4:12 PM EDT', intro paragraphs, then sub-headed sections (one entry each; no
    per-section time)."""
    z = S["zone"]; d = dt(S["dateline"], z)
    L = ["NPR : National Public Radio", "", "Text-Only Version Go To Full Site", "", "< Home", "", S["section"], "", S["title"], "",
         f"By {S['byline']}", "",
         f"{DAYS_EN[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year} \u2022 {ampm(d, space=' ', upper=True)} {d.tzname()}", ""]
    L += ptxt(S["intro"])
    for e in S["entries"]:
        assert e["t"] == S["dateline"]
        L += [e["h"], ""] + ptxt(e["p"])
    L += ptxt(S["outro"])
    L += ["Contact Us", "Terms of Use", "Permissions", "Privacy Policy"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_guardian_amp(S):
    """AMP version of a Guardian 'at a glance' article (amp.theguardian.com): <html amp>, AMP boilerplate, canonical link,
    NewsArticle JSON-LD, amp-sidebar navigation, amp-img with caption, byline, 'Sat 5 Jun 2032 00.42 BST', share buttons,
    then a bulleted list: one news item per bullet (no headlines, no per-item time), first sentence often in bold."""
    z = S["zone"]; d = dt(S["dateline"], z)
    canon = f"https://www.theguardian.com/world/{d.year}/{MON3[d.month - 1].lower()}/{d.day:02d}/{S['slug']}"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "@id": canon, "headline": S["title"],
          "datePublished": d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
          "dateModified": (d + timedelta(minutes=19)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
          "author": [{"@type": "Organization", "name": "Guardian staff and agencies"}],
          "publisher": {"@type": "Organization", "name": "The Guardian", "logo": {"@type": "ImageObject",
                        "url": "https://uploads.guim.co.uk/2018/01/29/gu_logo.png", "width": 300, "height": 60}},
          "mainEntityOfPage": canon, "image": ["https://i.guim.co.uk/img/media/4c1e0a/master/3000.jpg"]}
    stamp_txt = f"{DAYS_EN[d.weekday()][:3]} {d.day} {MON3[d.month - 1]} {d.year} {d:%H.%M} {d.tzname()}"
    out = ['<!doctype html>', '<html \u26a1 lang="en">', '<head>', '<meta charset="utf-8">',
           f'<title>{esc(S["title"])} | Ukraine | The Guardian</title>', f'<link rel="canonical" href="{canon}">',
           '<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">',
           '<script async src="https://cdn.ampproject.org/v0.js"></script>',
           '<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>',
           '<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>',
           '<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>',
           '<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style>'
           '<noscript><style amp-boilerplate>body{-webkit-animation:none;animation:none}</style></noscript>',
           '<style amp-custom>.content__headline{font-family:"Guardian Headline",Georgia,serif}.byline{color:#c70000}</style>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script>', '</head>', '<body>',
           '<amp-analytics type="googleanalytics" id="analytics1"><script type="application/json">{"vars":{"account":"UA-78705427-1"}}</script></amp-analytics>',
           '<amp-sidebar id="sidebar" layout="nodisplay" side="left"><ul><li><a href="https://amp.theguardian.com/">Home</a></li>'
           '<li><a href="https://amp.theguardian.com/world">World</a></li><li><a href="https://amp.theguardian.com/world/ukraine">Ukraine</a></li>'
           '<li><a href="https://amp.theguardian.com/uk/commentisfree">Opinion</a></li><li><a href="https://amp.theguardian.com/uk/sport">Sport</a></li>'
           '<li><a href="https://amp.theguardian.com/uk/culture">Culture</a></li><li><a href="https://amp.theguardian.com/uk/lifeandstyle">Lifestyle</a></li></ul></amp-sidebar>',
           '<header class="header"><button class="menu" on="tap:sidebar.toggle">Menu</button>'
           '<a class="logo" href="https://amp.theguardian.com/"><span class="u-h">The Guardian - Back to home</span></a>'
           '<a class="support" href="https://support.theguardian.com/contribute">Support the Guardian</a></header>',
           '<main><article class="content">', '<div class="content__labels"><a class="content__section-label" href="https://amp.theguardian.com/world/ukraine">Ukraine</a></div>',
           f'<h1 class="content__headline">{esc(S["title"])}</h1>',
           f'<div class="content__standfirst"><p>{esc(S["standfirst"])}</p></div>',
           f'<figure class="element-image"><amp-img src="https://i.guim.co.uk/img/media/4c1e0a/master/3000.jpg?width=700&amp;quality=85" width="700" height="420" layout="responsive" alt="{attr(S["caption"])}"></amp-img>'
           f'<figcaption><span class="caption">{esc(S["caption"])}</span> <span class="credit">{esc(S["credit"])}</span></figcaption></figure>',
           '<div class="content__meta"><p class="byline"><span>Guardian staff and agencies</span></p>',
           f'<p class="content__dateline"><time datetime="{d.isoformat()}">{stamp_txt}</time></p>',
           '<div class="social"><amp-social-share type="facebook" aria-label="Share on Facebook"></amp-social-share>'
           '<amp-social-share type="twitter" aria-label="Share on Twitter"></amp-social-share>'
           '<amp-social-share type="email" aria-label="Share via Email"></amp-social-share></div></div>',
           '<div class="content__article-body"><ul>']
    for e in S["entries"]:
        assert e["t"] == S["dateline"] and len(e["p"]) == 1
        p = e["p"][0]; fs = first_sentence(p)
        if e.get("bold"):
            body = f'<strong>{esc(fs)}</strong>{esc(p[len(fs):])}'
        else:
            body = esc(p)
        out.append(f'<li><p>{body}</p></li>')
    out += ['</ul></div>',
            '<div class="submeta"><span>Explore more on these topics</span> <a href="https://amp.theguardian.com/world/ukraine">Ukraine</a> '
            '<a href="https://amp.theguardian.com/world/russia">Russia</a> <a href="https://amp.theguardian.com/world/europe-news">Europe</a> '
            '<a href="https://amp.theguardian.com/tone/news">news</a></div>',
            '<p class="reuse"><a href="https://syndication.theguardian.com/">Reuse this content</a></p>',
            '</article>', '<aside class="most-viewed"><h2>Most viewed</h2><ol>'] + \
          [f'<li><a href="https://amp.theguardian.com/{slugify(x)}">{esc(x)}</a></li>' for x in S["most_viewed"]] + \
          ['</ol></aside></main>',
           '<footer><ul><li><a href="https://www.theguardian.com/help/privacy-policy">Privacy policy</a></li>'
           '<li><a href="https://www.theguardian.com/help/terms-of-service">Terms &amp; conditions</a></li>'
           '<li><a href="https://www.theguardian.com/help/contact-us">Contact us</a></li></ul>'
           f'<p>\u00a9 {d.year} Guardian News &amp; Media Limited or its affiliated companies. All rights reserved.</p></footer>',
           '</body>', '</html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_telegraph_print(S):
    """Browser print of a Telegraph live blog, as text pulled from the printed PDF: every printed page starts with the print
    header 'DD/MM/YYYY, HH:MM  <page title>' and ends with the footer '<url>  n/N'. Site header and navigation, headline,
    standfirst, 'By A and B', '7 June 2032 9:58pm', 'Related Topics', then posts newest first: '9:41pm', headline, body.
    No per-post byline; page breaks fall between paragraphs."""
    z = S["zone"]; order_check(S, True); up = dt(S["updated"], z); pr = dt(S["printed"], z)
    body = ["The Telegraph", "News  Sport  Business  Money  Opinion  Ukraine  Travel  Health  Lifestyle  Culture  Puzzles  Podcasts", "",
            "World News", S["title"], S["standfirst"], "", f"By {S['byline']}", f"{up.day} {MONTHS[up.month - 1]} {up.year} {ampm(up)}", "",
            "Related Topics", ", ".join(S["topics"]), "", "Advertisement", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d); stamps.append(st)
        body += [st, e["h"], ""]
        body += ptxt(e["p"]) if e["p"] else ["Watch on Telegraph Video  |  0:46", ""]
        if i == 2:
            body += ["Advertisement", ""]
    body += ["Join the conversation", "Show comments", "", "More stories", ""] + [x for x in S["more"]] + ["",
             f"\u00a9 Telegraph Media Group Limited {up.year}", "Terms and Conditions  Privacy  Cookie settings  Contact us"]
    # split into printed pages at blank lines, about every 34 lines
    pages, cur = [], []
    for ln in body:
        cur.append(ln)
        if len(cur) >= 34 and ln == "":
            pages.append(cur); cur = []
    if cur:
        pages.append(cur)
    head = f"{pr:%d/%m/%Y, %H:%M}  {S['title']}"
    L = []
    for n, pg in enumerate(pages):
        L += [head, ""] + pg + ["", f"{S['url']}  {n + 1}/{len(pages)}", "\f"]
    return "\n".join(L) + "\n", stamps


def r_rsshub_tg(S):
    """RSSHub /telegram/channel/<name> feed: RSS 2.0, channel title '<Name> - Telegram Channel', link https://t.me/s/<name>,
    'Powered by RSSHub' description, generator RSSHub, ttl 5; items newest first: title = the message's first line,
    description = the whole message as HTML (bold first line, <br><br> between paragraphs, photo, 'Read more' link),
    pubDate in GMT with seconds, guid/link https://t.me/<name>/<n>. No authors."""
    z = S["zone"]; order_check(S, True); ch = S["channel"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss xmlns:atom="http://www.w3.org/2005/Atom" version="2.0">', '<channel>',
           f'<title><![CDATA[{S["title"]}]]></title>', f'<link>https://t.me/s/{ch}</link>',
           f'<atom:link href="https://rsshub.app/telegram/channel/{ch}" rel="self" type="application/rss+xml" />',
           f'<description><![CDATA[{S["lede"]} - Powered by RSSHub]]></description>', '<generator>RSSHub</generator>',
           '<webMaster>contact@rsshub.app (RSSHub)</webMaster>',
           f'<image><url>https://cdn4.cdn-telegram.org/file/kXq3b1_channel_photo.jpg</url><title><![CDATA[{S["title"]}]]></title><link>https://t.me/s/{ch}</link></image>',
           '<language>en</language>', f'<lastBuildDate>{rfc822(dt(S["built"], z), gmt=True)}</lastBuildDate>', '<ttl>5</ttl>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=True); stamps.append(st)
        n = S["first_msg"] - i * 3
        parts = [f'<b>{esc(e["h"])}</b>'] + [esc(p) for p in e["p"]]
        desc = ""
        if e.get("photo", True):
            desc += f'<img src="https://cdn4.cdn-telegram.org/file/{slugify(e["h"])[:18]}-{n}.jpg" referrerpolicy="no-referrer"><br>'
        desc += "<br><br>".join(parts)
        if e.get("more"):
            desc += f'<br><br>\U0001f449 <a href="https://kyivindependent.com/{slugify(e["h"])}/" target="_blank" rel="noopener noreferrer nofollow">Read more.</a>'
        out += ['<item>', f'<title><![CDATA[{e["h"]}]]></title>', f'<description><![CDATA[{desc}]]></description>',
                f'<pubDate>{st}</pubDate>', f'<guid isPermaLink="false">https://t.me/{ch}/{n}</guid>', f'<link>https://t.me/{ch}/{n}</link>',
                '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_fetchrss(S):
    """FetchRSS feed made from a news site's listing page: RSS 2.0, channel title copied from the page <title>, generator FetchRSS,
    items newest first with CDATA title, description = thumbnail + the listing's lead text + '(Feed generated with FetchRSS)',
    dc:creator when the listing shows an author, pubDate '+0000'."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
           'xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/" version="2.0">', '<channel>',
           f'<title><![CDATA[{S["title"]}]]></title>', f'<description><![CDATA[{S["title"]}]]></description>',
           f'<link>{S["url"]}</link>',
           f'<image><url>https://www.pravda.com.ua/images/up_logo_fb.png</url><title>{esc(S["title"])}</title><link>{S["url"]}</link></image>',
           '<generator>FetchRSS</generator>', f'<lastBuildDate>{rfc822(dt(S["built"], z))}</lastBuildDate>',
           f'<atom:link href="https://fetchrss.com/rss/{S["feed_id"]}.xml" rel="self" type="application/rss+xml"/>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        link = f'{S["url"]}{d.astimezone(ZoneInfo("Europe/Kyiv")):%Y/%m/%d}/{7551388 - i * 23}/'
        img = f'https://img.pravda.com/images/doc/{i + 3}/a/{7551388 - i * 23}_pic.jpg'
        desc = (f'<img src="{img}" style="width: 100%;"><div>' + "</div><div>".join(esc(p) for p in e["p"]) + '</div>'
                '<span style="font-size: 12px; color: gray;">(Feed generated with <a href="https://fetchrss.com" target="_blank">FetchRSS</a>)</span>')
        out += ['<item>', f'<title><![CDATA[{e["h"]}]]></title>', f'<description><![CDATA[{desc}]]></description>', f'<link>{link}</link>',
                f'<guid isPermaLink="false">{link}</guid>']
        if e["a"]:
            out.append(f'<dc:creator><![CDATA[{e["a"]}]]></dc:creator>')
        out += [f'<pubDate>{st}</pubDate>', f'<media:content medium="image" url="{img}"/>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_feedburner_blogger(S):
    """Feedburner-proxied Blogger Atom feed: Blogger namespaces (openSearch, blogger, georss, gd, thr) plus feedburner's
    atom10:link self/hub and feedburner:info; entries newest first with tag:blogger.com ids, <published> with milliseconds and
    the blog's offset, categories, escaped-HTML content (Blogger separator image, feedburner tracking pixel), replies links,
    author block with noreply@blogger.com, thr:total and feedburner:origLink."""
    z = S["zone"]; order_check(S, True)
    blog = S["blog_id"]; host = S["host"]; fb = S["fb_name"]
    iso = lambda d, ms: d.strftime("%Y-%m-%dT%H:%M:%S") + f".{ms:03d}" + d.strftime("%z")[:3] + ":" + d.strftime("%z")[3:]
    au = (f"<author><name>{esc(S['author'])}</name><uri>https://www.blogger.com/profile/{S['profile']}</uri><email>noreply@blogger.com</email>"
          "<gd:image rel='http://schemas.google.com/g/2005#thumbnail' width='16' height='16' src='https://img1.blogblog.com/img/b16-rounded.gif'/></author>")
    top = dt(S["entries"][0]["t"], z)
    out = ["<?xml version='1.0' encoding='UTF-8'?><?xml-stylesheet href=\"http://www.blogger.com/styles/atom.css\" type=\"text/css\"?>"
           "<feed xmlns='http://www.w3.org/2005/Atom' xmlns:openSearch='http://a9.com/-/spec/opensearchrss/1.0/' "
           "xmlns:blogger='http://schemas.google.com/blogger/2008' xmlns:georss='http://www.georss.org/georss' "
           "xmlns:gd=\"http://schemas.google.com/g/2005\" xmlns:thr='http://purl.org/syndication/thread/1.0' "
           "xmlns:feedburner=\"http://rssnamespace.org/feedburner/ext/1.0\">"
           f"<id>tag:blogger.com,1999:blog-{blog}</id><updated>{iso(top + timedelta(minutes=7), 311)}</updated>"
           + "".join(f"<category term=\"{attr(c)}\"/>" for c in S["cats"]) +
           f"<title type='text'>{esc(S['title'])}</title><subtitle type='html'>{esc(S['lede'])}</subtitle>"
           f"<link rel='http://schemas.google.com/g/2005#feed' type='application/atom+xml' href='https://{host}/feeds/posts/default'/>"
           f"<link rel='alternate' type='text/html' href='https://{host}/'/><link rel='hub' href='http://pubsubhubbub.appspot.com/'/>"
           f"<link rel='next' type='application/atom+xml' href='https://www.blogger.com/feeds/{blog}/posts/default?start-index=26&amp;max-results=25&amp;redirect=false'/>"
           + au + "<generator version='7.00' uri='http://www.blogger.com'>Blogger</generator><openSearch:totalResults>3187</openSearch:totalResults>"
           "<openSearch:startIndex>1</openSearch:startIndex><openSearch:itemsPerPage>25</openSearch:itemsPerPage>"
           f"<atom10:link xmlns:atom10=\"http://www.w3.org/2005/Atom\" rel=\"self\" type=\"application/atom+xml\" href=\"http://feeds.feedburner.com/{fb}\" />"
           f"<feedburner:info uri=\"{fb.lower()}\" /><atom10:link xmlns:atom10=\"http://www.w3.org/2005/Atom\" rel=\"hub\" href=\"http://pubsubhubbub.appspot.com/\" />"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); ms = (i * 137 + 4) % 1000; st = iso(d, ms); stamps.append(st)
        post = 7301448822930155011 - i * 918273645
        slug = slugify(e["h"])[:40]; orig = f"https://{host}/{d:%Y/%m}/{slug}.html"
        htm = ""
        if e.get("img"):
            htm += (f'<div class="separator" style="clear: both; text-align: center;"><a href="https://blogger.googleusercontent.com/img/b/R29vZ2xl/{slug[:12]}/s1600/{slug[:12]}.jpg" '
                    f'style="margin-left: 1em; margin-right: 1em;"><img border="0" width="400" src="https://blogger.googleusercontent.com/img/b/R29vZ2xl/{slug[:12]}/w400/{slug[:12]}.jpg" /></a></div>')
        htm += "".join(f"<p>{esc(p)}</p>" for p in e["p"])
        htm += f'<img src="http://feeds.feedburner.com/~r/{fb}/~4/{slug[:11]}" height="1" width="1" alt=""/>'
        out.append(f"<entry><id>tag:blogger.com,1999:blog-{blog}.post-{post}</id><published>{st}</published>"
                   f"<updated>{iso(d + timedelta(minutes=3 + i), ms + 1)}</updated>"
                   + "".join(f"<category scheme=\"http://www.blogger.com/atom/ns#\" term=\"{attr(c)}\"/>" for c in e["cats"]) +
                   f"<title type='text'>{esc(e['h'])}</title><content type='html'>{esc(htm)}</content>"
                   f"<link rel='replies' type='application/atom+xml' href='https://{host}/feeds/{post}/comments/default' title='Post Comments'/>"
                   f"<link rel='replies' type='text/html' href='{orig}#comment-form' title='{e['comments']} Comments'/>"
                   f"<link rel='edit' type='application/atom+xml' href='https://www.blogger.com/feeds/{blog}/posts/default/{post}'/>"
                   f"<link rel='self' type='application/atom+xml' href='https://www.blogger.com/feeds/{blog}/posts/default/{post}'/>"
                   f"<link rel='alternate' type='text/html' href='http://feedproxy.google.com/~r/{fb}/~3/{slug[:11]}/{slug}.html' title='{attr(e['h'])}'/>"
                   + au + f"<thr:total>{e['comments']}</thr:total><feedburner:origLink>{orig}</feedburner:origLink></entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps


def r_wayback_bbc(S):
    """Wayback Machine capture of a BBC News live page (older 'lx-stream' design). Wayback rewrite scripts in <head>, the
    toolbar insert (URL box, capture count, date range, calendar), the print line 'The Wayback Machine - https://web.archive.org/
    web/<14 digits>/<url>', all links rewritten to /web/<ts>/..., the closing 'FILE ARCHIVED ON ...' comment and playback timings.
    BBC page: nav, h1, 'Live Reporting', 'Edited by ...', 'All times stated are UK', 'Get involved', Summary bullets; posts newest
    first: <time datetime> with the bare UK time '21:12', h3 headline, optional contributor name + role, body, 'Share'."""
    z = S["zone"]; order_check(S, True)
    cap = dt(S["capture"], "UTC"); ts = cap.strftime("%Y%m%d%H%M%S"); url = S["url"]
    W = lambda u: f"/web/{ts}/{u}"
    out = ['<!DOCTYPE html>', '<html lang="en-GB" id="responsive-news"><head><script src="//archive.org/includes/athena.js" type="text/javascript"></script>',
           "<script type=\"text/javascript\">window.addEventListener('DOMContentLoaded',function(){var v=archive_analytics.values;v.service='wb';"
           "v.server_name='wwwb-app212.us.archive.org';v.server_ms=287;archive_analytics.send_pageview({});});</script>",
           '<script type="text/javascript" src="/_static/js/bundle-playback.js?v=HxkREWBo" charset="utf-8"></script>',
           '<script type="text/javascript" src="/_static/js/wombat.js?v=txqj7nKC" charset="utf-8"></script>',
           '<script type="text/javascript">\n  __wm.init("https://web.archive.org/web");\n'
           f'  __wm.wombat("{url}","{ts}","https://web.archive.org/","web","/_static/",\n\t      "{int(cap.timestamp())}");\n</script>',
           '<link rel="stylesheet" type="text/css" href="/_static/css/banner-styles.css?v=S1zqJCYt" />',
           '<link rel="stylesheet" type="text/css" href="/_static/css/iconochive.css?v=3PDvdIFv" />',
           '<!-- End Wayback Rewrite JS Include -->',
           f'<meta charset="utf-8"><title>{esc(S["title"])} - BBC News</title>',
           f'<link rel="canonical" href="{W(url)}">', f'<meta property="og:title" content="{attr(S["title"])}">',
           '<meta name="twitter:site" content="@BBCWorld"></head>',
           '<body><!-- BEGIN WAYBACK TOOLBAR INSERT -->', '<script>__wm.rw(0);</script>',
           '<div id="wm-ipp-base" lang="en" style="display:none;direction:ltr;"><div id="wm-ipp" style="position:fixed;left:0;top:0;right:0;">',
           '<div id="wm-ipp-inside"><div id="wm-logo"><a href="/web/" title="Wayback Machine home page"><img src="/_static/images/toolbar/wayback-toolbar-logo-200.png" alt="Wayback Machine"></a></div>',
           f'<form target="_top" method="get" action="/web/submit" name="wmtb" id="wmtb"><input type="text" name="url" id="wmtbURL" value="{url}"><input type="hidden" name="type" value="replay"><input type="hidden" name="date" value="{ts}"><input type="submit" value="Go"></form>',
           f'<div id="wm-nav-captures"><a class="t" href="/web/{ts}*/{url}" title="See a list of every capture for this URL">{S["captures"]} captures</a>'
           f'<div class="r" title="Timespan for captures of this URL">{S["span"]}</div></div>',
           f'<table class="c"><tr class="m"><td class="b">MAY</td><td class="c">{MON3[cap.month - 1].upper()}</td><td class="f">JUL</td></tr>'
           f'<tr class="d"><td class="b"><a href="/web/{S["prev_ts"]}/{url}">14</a></td><td class="c">{cap.day}</td><td class="f">16</td></tr>'
           f'<tr class="y"><td class="b">{cap.year - 1}</td><td class="c">{cap.year}</td><td class="f">{cap.year + 1}</td></tr></table>',
           '<div id="wm-btns"><a href="https://archive.org/account/login">success</a> <a>fail</a></div>',
           '<div id="wm-capinfo"><div>About this capture</div><div>COLLECTED BY</div><div>Collection: <a href="https://archive.org/details/liveweb">Live Web Proxy Crawls</a></div>'
           '<div>Content crawled via the Wayback Machine Live Proxy mostly by the Save Page Now feature on web.archive.org.</div>'
           '<div>TIMESTAMPS</div></div></div></div></div>',
           f'<div id="wm-ipp-print">The Wayback Machine - https://web.archive.org/web/{ts}/{url}</div>',
           '<script type="text/javascript">__wm.bt(700,27,25,2,"web",' + f'"{url}","{ts}",1996,"/_static/",["/_static/css/banner-styles.css?v=S1zqJCYt"],false);</script>',
           '<!-- END WAYBACK TOOLBAR INSERT -->',
           '<div id="orb-banner"><a href="' + W("https://www.bbc.co.uk/") + '">BBC Homepage</a> <a href="#main-content">Skip to content</a> '
           '<a href="' + W("https://www.bbc.co.uk/accessibility/") + '">Accessibility Help</a> <a href="' + W("https://account.bbc.com/") + '">Your account</a></div>',
           '<nav class="orb-nav"><ul><li><a href="' + W("https://www.bbc.co.uk/") + '">Home</a></li><li><a href="' + W("https://www.bbc.co.uk/news") + '">News</a></li>'
           '<li><a href="' + W("https://www.bbc.co.uk/sport") + '">Sport</a></li><li><a href="' + W("https://www.bbc.co.uk/weather") + '">Weather</a></li>'
           '<li><a href="' + W("https://www.bbc.co.uk/iplayer") + '">iPlayer</a></li><li><a href="' + W("https://www.bbc.co.uk/sounds") + '">Sounds</a></li>'
           '<li><a href="' + W("https://www.bbc.co.uk/bitesize") + '">Bitesize</a></li></ul></nav>',
           '<header class="nw-c-nav"><a href="' + W("https://www.bbc.co.uk/news") + '"><span>BBC NEWS</span></a><ul>'
           + "".join(f'<li><a href="{W("https://www.bbc.co.uk/news/" + slugify(x))}">{x}</a></li>' for x in
                     ["Home", "War in Ukraine", "Climate", "Video", "World", "UK", "Business", "Tech", "Science", "Entertainment &amp; Arts"]) + '</ul></header>',
           '<div id="main-content"><div class="lx-c-live-badge">Live</div>', f'<h1 class="lx-stream__title">{esc(S["title"])}</h1>',
           '<div class="lx-c-reporting"><h2>Live Reporting</h2>' + f'<p>Edited by {esc(S["editors"])}</p></div>',
           '<p class="lx-c-all-times">All times stated are UK</p>',
           '<div class="lx-c-get-involved"><a href="' + W("https://www.bbc.co.uk/news/have_your_say") + '">Get involved</a></div>',
           '<div class="lx-c-summary-points"><h2>Summary</h2><ul>' + "".join(f"<li>{esc(b)}</li>" for b in S["summary"]) + '</ul></div>',
           '<ol class="lx-stream__feed">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        pid = f"post_{(0x60c8a1b2e4b0 + i * 0x3f1):x}{S['post_suffix']}"
        out.append(f'<li class="lx-stream__post-container"><article id="{pid}" class="lx-stream-post gs-u-pb-alt+">'
                   f'<header class="lx-stream-post__header gs-o-media"><div class="gs-o-media__img"><time class="lx-stream-post__meta-time" '
                   f'datetime="{d.astimezone(UTC).isoformat()}"><span class="qa-post-auto-meta">{st}</span></time></div>'
                   f'<div class="gs-o-media__body"><h3 class="lx-stream-post__header-title qa-post-title"><span class="lx-stream-post__header-text">{esc(e["h"])}</span></h3></div></header>')
        if e["a"]:
            out.append(f'<div class="lx-stream-post__contributor"><p class="lx-stream-post__contributor-name">{esc(e["a"])}</p>'
                       f'<p class="lx-stream-post__contributor-description">{esc(e["role"])}</p></div>')
        if e["p"]:
            out.append('<div class="lx-stream-post-body">' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + '</div>')
        else:
            out.append(f'<div class="lx-stream-post-body"><figure><img src="{W("https://ichef.bbci.co.uk/news/640/cpsprodpb/" + slugify(e["h"])[:10] + ".jpg")}" alt="{attr(e["alt"])}">'
                       f'<figcaption><span class="lx-stream-media__copyright">{esc(e["credit"])}</span></figcaption></figure></div>')
        out.append('<footer class="lx-stream-post__footer"><span class="lx-share-tools__cta">Share</span></footer></article></li>')
    out += ['</ol>', '<div class="lx-pagination"><a href="' + W(url + "/page/2") + '">Older</a></div></div>',
            '<footer class="orb-footer"><ul><li>Terms of Use</li><li>About the BBC</li><li>Privacy Policy</li><li>Cookies</li><li>Accessibility Help</li>'
            '<li>Parental Guidance</li><li>Contact the BBC</li><li>Get Personalised Newsletters</li><li>Why you can trust the BBC</li></ul>'
            f'<small>Copyright \u00a9 {cap.year} BBC. The BBC is not responsible for the content of external sites. Read about our approach to external linking.</small></footer>',
            '</body>', '</html>',
            f'<!--\n     FILE ARCHIVED ON {cap:%H:%M:%S} {MON3[cap.month - 1]} {cap.day:02d}, {cap.year} AND RETRIEVED FROM THE\n'
            f'     INTERNET ARCHIVE ON {S["retrieved"]}.\n     JAVASCRIPT APPENDED BY WAYBACK MACHINE, COPYRIGHT INTERNET ARCHIVE.\n\n'
            '     ALL OTHER CONTENT MAY ALSO BE PROTECTED BY COPYRIGHT (17 U.S.C.\n     SECTION 108(a)(3)).\n-->',
            '<!--\nplayback timings (ms):\n  captures_list: 0.62\n  exclusion.robots: 0.024\n  exclusion.robots.policy: 0.011\n'
            '  esindex: 0.013\n  cdx.remote: 41.187\n  LoadShardBlock: 151.302 (3)\n  PetaboxLoader3.datanode: 188.944 (4)\n'
            '  load_resource: 96.511\n  PetaboxLoader3.resolve: 61.038\n-->']
    return "\n".join(out) + "\n", stamps


def r_reader_sky(S):
    """Firefox Reader View of a Sky News live blog, copied as text: domain line, title, site name, reading-time estimate, the
    page's date line 'Thursday 17 June 2032 20:02, UK', then posts newest first: bare UK time '19:48', optional 'Breaking' label,
    headline, optional byline line, body; video players leave 'Please use Chrome browser for a more accessible video player'
    and a duration; image captions survive as lines."""
    z = S["zone"]; order_check(S, True); up = dt(S["updated"], z)
    L = ["news.sky.com", "", S["title"], "", "Sky News", "", S["readtime"], "", "",
         f"{DAYS_EN[up.weekday()]} {up.day} {MONTHS[up.month - 1]} {up.year} {up:%H:%M}, UK", "", "Why you can trust Sky News", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, ""]
        if e.get("breaking"):
            L += ["Breaking", ""]
        L += [e["h"], ""]
        if e["a"]:
            L += [f"By {e['a']}, {e['role']}", ""]
        ps = list(e["p"])
        for j, p in enumerate(ps):
            L += [p, ""]
            if e.get("video") is not None and j == e["video"]:
                L += ["Please use Chrome browser for a more accessible video player", "", "1:38", ""]
            if e.get("caption") and j == 0:
                L += [e["caption"], ""]
    L += ["", "Follow Sky News on WhatsApp", "Keep up with all the latest news from the UK and around the world by following Sky News", "Tap here"]
    return "\n".join(L) + "\n", stamps


def r_tg_iv(S):
    """Telegram Instant View web page (t.me/iv?url=...&rhash=...): telegra.ph-style template, header h1 + <address> with the
    site link and <time datetime="...">June 19, 2032</time> (date only visible; the time is in the attribute), the article
    repeated inside tl_article_content with figure/figcaption, h3 section headings (one entry each, no per-section time),
    'Related Articles' block and 'Report content on this page'."""
    z = S["zone"]; d = dt(S["dateline"], z)
    addr = (f'<address><a rel="author" href="https://meduza.io/en" target="_blank">Meduza</a> \u2022 '
            f'<time datetime="{d.isoformat()}">{MONTHS[d.month - 1]} {d.day}, {d.year}</time></address>')
    out = ['<!DOCTYPE html>', '<html>', '<head>', '<meta charset="utf-8">', f'<title>{esc(S["title"])} \u2013 Telegram</title>',
           '<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, maximum-scale=1.0, user-scalable=no" />',
           '<meta name="format-detection" content="telephone=no" />', '<meta property="og:type" content="article">',
           f'<meta property="og:title" content="{attr(S["title"])}">', f'<meta property="og:description" content="{attr(S["lede"])}">',
           '<meta property="og:site_name" content="Meduza">', f'<meta property="article:published_time" content="{d.isoformat()}">',
           '<link href="https://telegram.org/css/telegraph.css?4" rel="stylesheet">', '</head>', '<body>',
           '<div class="tl_page_wrap"><div class="tl_page"><main class="tl_article">',
           f'<header class="tl_article_header" dir="auto"><h1>{esc(S["title"])}</h1>{addr}</header>',
           '<article id="_tl_editor" class="tl_article_content">',
           f'<h1>{esc(S["title"])}<br></h1>{addr}',
           f'<figure><img src="https://meduza.io/imgly/share/{S["img"]}/en.png"><figcaption>{esc(S["caption"])}</figcaption></figure>',
           f'<p><em>{esc(S["lede"])}</em></p>']
    for e in S["entries"]:
        assert e["t"] == S["dateline"]
        out.append(f'<h3 id="{slugify(e["h"])}">{esc(e["h"])}</h3>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e.get("quote"):
            out.append(f'<blockquote>{esc(e["quote"])}</blockquote>')
    out += [f'<p><strong>{esc(S["signup"])}</strong></p>', '</article>',
            '<div class="tl_article_related"><h4>Related Articles</h4>'
            + "".join(f'<a class="related_item" href="https://t.me/iv?url=https%3A%2F%2Fmeduza.io%2Fen%2Ffeature%2F{slugify(x)}&amp;rhash=8c1f52e0a3d4b7"><div class="related_item_title">{esc(x)}</div>'
                      f'<div class="related_item_description">Meduza</div></a>' for x in S["related"]) + '</div>',
            '</main></div>', '<div class="tl_page_footer"><div id="_report" class="tl_article_report">'
            '<a href="https://t.me/previews?start=rhash_8c1f52e0a3d4b7">Report content on this page</a></div></div>', '</div>',
            '</body>', '</html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


# ================================================================ PART A: ten real outlets' layouts (own words, invented news)

# ---------------------------------------------------------------- 20800 CNN Lite (text-only site), live story
SEEDS.append(dict(
  id="20800", name="20800_cnnlite-livestory", ext="txt", source="CNN", zone="America/New_York", render=r_cnnlite,
  title="June 2, 2032 Russia-Ukraine news", updated="2032-06-02 18:48",
  byline="Lauren Keefe, Daria Tarasenko, Olha Mazur and Anson Lowry",
  covering=["Ukraine and Russia handed back 210 prisoners of war each in a swap brokered by the United Arab Emirates.",
            "Four people died when Russian guided bombs struck central Kostiantynivka, a city close to the eastern front.",
            "Washington cleared a possible $420 million sale of air defense spare parts to Kyiv, paid for with European money."],
  basis="CNN live-post stamp '{s}' (ET = US Eastern time, EDT = UTC-4 in June); local {d} in {z}",
  notes="Imitates the CNN Lite (lite.cnn.com) text-only rendering of a CNN live story, as copied to text. Header 'CNN', the live story's title, 'By ..., CNN', 'Updated 6:48 PM EDT, Wed June 2, 2032', 'Source: CNN' and a 'What we're covering' bullet summary (lede, not entries). Posts newest first: headline, stamp line '6:41 p.m. ET, June 2, 2032' (CNN's live-post form, lower-case a.m./p.m. with dots, zone 'ET'), a 'From CNN\u2019s NAME' credit line (author = the name(s) after 'From CNN\u2019s'), body paragraphs. No images or video on Lite. Footer 'See Full Web Article', 'Go to the full CNN experience', copyright and legal links.",
  not_entries=["'CNN' header", "page title 'June 2, 2032 Russia-Ukraine news'", "page byline 'By Lauren Keefe, Daria Tarasenko, Olha Mazur and Anson Lowry, CNN'",
               "'Updated 6:48 PM EDT, Wed June 2, 2032' line", "'Source: CNN'", "'What we're covering' heading and its three summary bullets",
               "'From CNN\u2019s ...' credit lines (author, not body)", "'See Full Web Article'", "'Go to the full CNN experience'", "copyright line and 'Terms of Use | Privacy Policy | Ad Choices | Cookie Settings'"],
  entries=[
  E("2032-06-02 18:41", "Ukraine and Russia swap 210 prisoners each in UAE-brokered exchange",
    ["Ukraine and Russia each released 210 prisoners of war on Wednesday in an exchange brokered by the United Arab Emirates, Ukrainian President Volodymyr Zelensky said.",
     "Among the Ukrainians who came home were 14 soldiers who had been held since the early months of the full-scale invasion, Zelensky wrote on Telegram, adding that Kyiv would keep working to free the rest.",
     "Russia\u2019s Defense Ministry confirmed the swap and said the freed Russian servicemen were being flown to Moscow for medical checks."],
    "diplomacy", "diplomacy", 3, "uae-brokered-prisoner-swap-2032-06-02", a="Daria Tarasenko"),
  E("2032-06-02 16:55", "State Department approves possible $420 million sale of air defense spare parts to Ukraine",
    ["The US State Department has approved a possible $420 million sale of spare parts and repair services for Ukraine\u2019s Patriot and NASAMS air defense systems, the Defense Security Cooperation Agency said in a notice to Congress.",
     "The sale would be paid for with European funds under an arrangement agreed last year, the notice said. Congress has 30 days to object."],
    "aid", "aid", 3, "us-air-defense-parts-sale-2032-06-02", a="Anson Lowry"),
  E("2032-06-02 14:20", "Russian glide bombs kill 4 in Kostiantynivka, officials say",
    ["Four people were killed and nine wounded when Russian aircraft dropped at least three guided bombs on the center of Kostiantynivka in eastern Ukraine on Wednesday, the head of the Donetsk regional military administration said.",
     "One of the bombs hit a line of people outside a humanitarian aid point, he said. Kostiantynivka lies only a few miles from the front line, and most of its prewar population has left."],
    "strikes", "strikes", 3, "kostiantynivka-glide-bombs-2032-06-02", a="Daria Tarasenko and Olha Mazur", n="two names joined by 'and' kept as one author string"),
  E("2032-06-02 11:35", "Kremlin says it is \u2018studying\u2019 Vatican offer to host humanitarian talks",
    ["Kremlin spokesperson Dmitry Peskov said Moscow was \u201cstudying\u201d an offer from the Vatican to host talks on humanitarian issues, including the return of civilians detained during the war.",
     "\u201cThere is nothing concrete yet,\u201d Peskov told reporters on a conference call, declining to say whether Russia would send a delegation."],
    "diplomacy", "diplomacy", 2, "vatican-humanitarian-talks-offer-2032-06-02", a="Lauren Keefe"),
  E("2032-06-02 09:10", "Ukrainian drones hit oil depot in Russia\u2019s Bryansk region, governor says",
    ["A fire broke out at an oil depot in Russia\u2019s Bryansk region after an overnight Ukrainian drone attack, the regional governor said on Telegram.",
     "Ukraine\u2019s General Staff said the depot supplied fuel to Russian units in the north and that the strike was carried out by its unmanned systems forces. CNN cannot independently verify either side\u2019s claims."],
    "strikes", "strikes", 2, "bryansk-oil-depot-drone-strike-2032-06-02", a="Lauren Keefe"),
  E("2032-06-02 06:25", "Russia launched 88 drones at Ukraine overnight, air force says",
    ["Russia launched 88 attack and decoy drones at Ukraine overnight, of which 69 were shot down or lost to electronic jamming, Ukraine\u2019s air force said Wednesday.",
     "Debris damaged several houses in the Kyiv region and a grain warehouse in Poltava, regional officials said. No one was reported hurt."],
    "strikes", "strikes", 2, "overnight-drone-attack-2032-06-02", a="Olha Mazur"),
  E("2032-06-02 04:10", "Poland arrests 2 suspected of plotting arson attacks for Russian intelligence",
    ["Polish authorities have arrested two men suspected of planning arson attacks on warehouses in Warsaw and Wroclaw on behalf of Russian intelligence, the country\u2019s interior minister said.",
     "The men, a Polish citizen and a Belarusian national, were each offered several thousand euros in cryptocurrency for the attacks, prosecutors said."],
    "other", "security", 2, "poland-arson-plot-arrests-2032-06-02", a="Anson Lowry"),
  ]))

# ---------------------------------------------------------------- 20801 NPR text-only site (text.npr.org), article with sections
NPR_BASIS = "no per-section time; the article's date line 'Thursday, June 3, 2032 \u2022 4:12 PM EDT' (EDT = UTC-4) applies to every section; local {d} in {z}"
SEEDS.append(dict(
  id="20801", name="20801_nprtext-article", ext="txt", source="NPR", zone="America/New_York", render=r_npr_text,
  title="Russia strikes Odesa\u2019s port as a Ukraine aid bill moves in Congress. Here\u2019s what to know",
  section="World", byline="Marta Hrynkiv", dateline="2032-06-03 16:12",
  intro=["KYIV, Ukraine \u2014 Russia\u2019s full-scale war on Ukraine is deep into its 11th year, and the fighting shows little sign of easing. These were the main developments on Thursday."],
  outro=["NPR\u2019s Caleb Whitford contributed to this report from Washington."],
  basis=NPR_BASIS,
  notes="Imitates an NPR article on the text-only site text.npr.org, copied as text: 'NPR : National Public Radio', 'Text-Only Version Go To Full Site', '< Home', section label, headline, 'By NAME', the date line 'Thursday, June 3, 2032 \u2022 4:12 PM EDT', a datelined intro paragraph (lede, not an entry), then five sub-headed sections, one entry each (headline = sub-heading, stamp null, published = the article's date line, author = the page byline), a contributor line and the text site's footer links. No images on the text site.",
  not_entries=["'NPR : National Public Radio'", "'Text-Only Version Go To Full Site'", "'< Home'", "section label 'World'", "article headline",
               "byline 'By Marta Hrynkiv'", "date line 'Thursday, June 3, 2032 \u2022 4:12 PM EDT'", "intro paragraph 'KYIV, Ukraine \u2014 ...' (lede)",
               "contributor line 'NPR\u2019s Caleb Whitford contributed to this report from Washington.'", "footer links 'Contact Us', 'Terms of Use', 'Permissions', 'Privacy Policy'"],
  entries=[
  E("2032-06-03 16:12", "A deadly strike on Odesa\u2019s port",
    ["Russian missiles hit grain terminals in the port of Odesa early Thursday, killing three dock workers and injuring 11 others, according to the regional governor, Oleh Kiper.",
     "It was the third attack on Odesa\u2019s port infrastructure in two weeks. Ukrainian officials said two foreign-flagged cargo ships moored nearby were damaged but stayed afloat.",
     "\u201cThey are trying to choke our exports again,\u201d Kiper said in a video posted from the scene."],
    "strikes", "strikes", 3, "odesa-port-missile-strike-2032-06-03", a="Marta Hrynkiv"),
  E("2032-06-03 16:12", "A House panel advances Ukraine money",
    ["The House Appropriations Committee voted 33-26 on Thursday to advance a $7.2 billion security assistance bill for Ukraine, setting up a possible floor vote before the July 4 recess.",
     "Most of the money would replenish U.S. weapons stocks sent to Kyiv in earlier years. Opponents on the committee argued that European allies should carry more of the cost."],
    "aid", "aid", 2, "house-committee-ukraine-aid-bill-2032-06-03", a="Marta Hrynkiv",
    n="a committee vote (procedural step), not passage: importance 2 under this set's conventions"),
  E("2032-06-03 16:12", "Black Sea truce talks stall",
    ["Talks in Istanbul on a proposed halt to attacks on merchant shipping in the Black Sea ended without agreement, Turkey\u2019s foreign ministry said.",
     "Ukrainian negotiators said Russia had demanded the lifting of some sanctions on its agricultural bank as a condition, a demand Kyiv and its European partners reject."],
    "diplomacy", "diplomacy", 2, "black-sea-shipping-talks-istanbul-2032-06-03", a="Marta Hrynkiv"),
  E("2032-06-03 16:12", "Russian troops push toward Kramatorsk",
    ["Russian forces made small gains south of Kramatorsk, one of the last large cities in the Donetsk region still under Ukrainian control, according to open-source maps reviewed by NPR.",
     "Ukraine\u2019s military said its troops had repelled 27 assaults in the area over the past day."],
    "other", "frontline", 2, "kramatorsk-front-advance-2032-06-03", a="Marta Hrynkiv"),
  E("2032-06-03 16:12", "Children brought back from occupied areas",
    ["Eleven children who had been taken from occupied parts of the Kherson region to Russia and Belarus have been reunited with relatives in Ukraine, Ukraine\u2019s human rights commissioner, Dmytro Lubinets, said.",
     "Qatar helped arrange the returns, as it has in previous cases."],
    "other", "humanitarian", 2, "children-returned-qatar-2032-06-03", a="Marta Hrynkiv", sec=["diplomacy"]),
  ]))

# ---------------------------------------------------------------- 20802 AMP version of a news article (Guardian 'at a glance')
SEEDS.append(dict(
  id="20802", name="20802_guardianamp-ataglance", ext="html", source="The Guardian", zone="Europe/London", render=r_guardian_amp,
  title="Russia-Ukraine war at a glance: what we know on day 3,755 of the invasion",
  slug="russia-ukraine-war-at-a-glance-what-we-know-on-day-3755", dateline="2032-06-05 00:42",
  standfirst="Three killed in drone strike on Sumy; Zelenskyy and Spain\u2019s prime minister sign 10-year security pact in Madrid",
  caption="Emergency workers at the site of a Russian drone strike in Sumy on Friday.", credit="Photograph: Sumy regional military administration/Reuters",
  most_viewed=["Heatwave warning for south-east England as temperatures head for 33C", "The 40 best summer reads, chosen by our critics",
               "Wimbledon 2032: seedings and first-round draw"],
  basis="no per-item time; the article's dateline 'Sat 5 Jun 2032 00.42 BST' (BST = UTC+1) applies to every bullet, so {u} UTC (the UTC day is the day before the printed date); local {d} in {z}",
  notes="Imitates the AMP version (amp.theguardian.com) of a Guardian 'at a glance' article: <html \u26a1>, AMP runtime scripts and boilerplate CSS, canonical link, NewsArticle JSON-LD (datePublished in UTC), amp-analytics, amp-sidebar menu, header with 'Support the Guardian', section label 'Ukraine', headline, standfirst, amp-img with caption and credit, byline 'Guardian staff and agencies', dateline 'Sat 5 Jun 2032 00.42 BST', amp-social-share buttons, then a bulleted list: each bullet is one news item (headline null, one paragraph; some bullets print their first sentence in bold). No per-item time: every entry gets the dateline, 23:42 UTC on 4 June. The author is the desk byline as printed. Spelling 'Zelenskyy' (Guardian style).",
  not_entries=["AMP scripts, boilerplate CSS, amp-analytics config and JSON-LD", "sidebar menu links", "'The Guardian - Back to home' and 'Support the Guardian' header links",
               "section label 'Ukraine'", "headline", "standfirst 'Three killed in drone strike on Sumy; ...' (lede summary)", "image caption and photo credit",
               "byline 'Guardian staff and agencies'", "dateline 'Sat 5 Jun 2032 00.42 BST'", "share buttons", "'Explore more on these topics' tag links",
               "'Reuse this content'", "'Most viewed' list (3 unrelated links)", "footer links and copyright"],
  entries=[
  E("2032-06-05 00:42", None,
    ["A Russian drone strike on a residential street in Sumy killed three people, including a 12-year-old girl, and wounded 14, regional officials said on Friday. The attack, carried out with at least six Shahed-type drones, set fire to two apartment buildings and a pharmacy."],
    "strikes", "strikes", 3, "sumy-drone-strike-2032-06-04", a="Guardian staff and agencies", bold=True),
  E("2032-06-05 00:42", None,
    ["Volodymyr Zelenskyy and the Spanish prime minister, Pedro S\u00e1nchez, signed a 10-year security agreement in Madrid. Spain committed \u20ac1.1bn in military aid for this year, including air defence missiles and armoured vehicles, S\u00e1nchez said after the meeting."],
    "diplomacy", "diplomacy", 3, "zelenskyy-sanchez-madrid-security-pact-2032-06-04", a="Guardian staff and agencies", sec=["aid"], bold=True),
  E("2032-06-05 00:42", None,
    ["Ukraine\u2019s military said it had destroyed a Russian long-range radar station near Dzhankoi in occupied Crimea using drones. Russia\u2019s defence ministry said it had intercepted 31 Ukrainian drones over Crimea and the Black Sea overnight but did not mention the radar."],
    "strikes", "strikes", 2, "crimea-radar-drone-strike-2032-06-04", a="Guardian staff and agencies"),
  E("2032-06-05 00:42", None,
    ["Russia\u2019s defence ministry claimed its forces had taken the village of Oleksandro-Shultyne near Toretsk in Donetsk province. Ukraine\u2019s general staff did not confirm the loss, saying fighting in the area was continuing."],
    "other", "frontline", 2, "russia-claims-village-near-toretsk-2032-06-04", a="Guardian staff and agencies"),
  E("2032-06-05 00:42", None,
    ["Norway\u2019s parliament approved an extra 5bn kroner (\u00a3360m) for Ukraine this year, to be spent mostly on air defence and demining equipment."],
    "aid", "aid", 3, "norway-extra-aid-2032-06-04", a="Guardian staff and agencies", bold=True),
  E("2032-06-05 00:42", None,
    ["A Moscow court sentenced a freelance journalist, Yekaterina Voronova, to six years in prison for \u201cspreading false information\u201d about the Russian army over posts about the shelling of a town in the Belgorod region."],
    "other", "politics", 2, "moscow-journalist-sentenced-2032-06-04", a="Guardian staff and agencies"),
  E("2032-06-05 00:42", None,
    ["Ukraine\u2019s parliament voted to extend martial law and general mobilisation for a further 90 days, until early September. It is the 41st such extension since February 2022."],
    "other", "politics", 2, "martial-law-extension-2032-06-04", a="Guardian staff and agencies"),
  E("2032-06-05 00:42", None,
    ["The US Treasury imposed sanctions on 19 companies in China and the United Arab Emirates that it said had supplied engines and navigation chips for Russian attack drones."],
    "diplomacy", "diplomacy", 2, "us-sanctions-drone-suppliers-2032-06-04", a="Guardian staff and agencies", bold=True),
  ]))

# ---------------------------------------------------------------- 20803 print view of a newspaper live blog (The Telegraph)
KYIV = "kyiv-drone-attack-2032-06-07"
TG_BY = "Tobias Merrow and Nadiya Kravets"
SEEDS.append(dict(
  id="20803", name="20803_telegraph-printlive", ext="txt", source="The Telegraph", zone="Europe/London", render=r_telegraph_print,
  title="Ukraine-Russia war latest: Kyiv hit by biggest drone attack of the year",
  standfirst="Five killed in the capital as air defences work through the night; Britain announces new air defence package",
  byline=TG_BY, updated="2032-06-07 21:58", printed="2032-06-07 22:58",
  url="https://www.telegraph.co.uk/world-news/2032/06/07/ukraine-russia-war-latest-news-kyiv-drone-attack/",
  topics=["Ukraine", "Russia", "Volodymyr Zelensky", "Vladimir Putin", "Kyiv"],
  more=["Inside the drone factories Russia cannot find", "Why Putin\u2019s summer offensive keeps stalling", "The British volunteers still fighting in Ukraine"],
  basis="live-post time '{s}' (no zone printed; the Telegraph prints UK time, BST = UTC+1) under the page date '7 June 2032 9:58pm'; local {d} in {z}",
  notes="Imitates a Telegraph live blog printed from the browser and pulled out of the PDF as text: each printed page begins with the print header '07/06/2032, 22:58  <title>' and ends with the footer '<url>  n/N' and a form feed; page breaks fall between paragraphs and posts. Site name and navigation, section 'World News', headline, standfirst, 'By Tobias Merrow and Nadiya Kravets', '7 June 2032 9:58pm', 'Related Topics' and 'Advertisement' slots survive the print. Posts newest first: bare time '9:41pm', headline, body; no per-post byline, so the page byline is every entry's author. 20803-06 is a 'Watch:' video post whose only content is the player line. 20803-01, -04, -06 and -07 tell the same Kyiv attack (toll 2 then 5; Zelensky's reaction is about the attack itself).",
  not_entries=["print header lines 'DD/MM/YYYY, HH:MM  <title>' at the top of every printed page", "print footer lines '<url>  n/N' and form feeds",
               "'The Telegraph' and navigation line", "'World News' section label", "headline and standfirst (lede summary)", "byline 'By Tobias Merrow and Nadiya Kravets'",
               "page date '7 June 2032 9:58pm'", "'Related Topics' and its tag line", "'Advertisement' slots", "video player line 'Watch on Telegraph Video  |  0:46'",
               "'Join the conversation' / 'Show comments'", "'More stories' and three related links", "copyright and legal links"],
  entries=[
  E("2032-06-07 21:41", "Zelensky: Russia is mocking every call for a ceasefire",
    ["Volodymyr Zelensky said the night-time attack on Kyiv showed that Moscow was \u201cmocking every call for a ceasefire\u201d, as he urged allies to speed up deliveries of interceptor missiles.",
     "\u201cFive people were killed in their homes while they slept. This is the answer Russia gives to every peace initiative,\u201d the Ukrainian president said in his nightly video address.",
     "He said Ukraine\u2019s air force had used up more interceptors in one night than it usually receives in a week."],
    "strikes", "strikes", 3, KYIV, a=TG_BY, sec=["aid"], n="reaction whose content is the attack itself (toll 5) plus a plea for interceptors: same story, secondary aid"),
  E("2032-06-07 20:15", "Britain announces \u00a3350m air defence package",
    ["Britain will send Ukraine a further \u00a3350 million worth of air defence equipment, including short-range missiles and radar systems, the Defence Secretary said.",
     "The package is funded partly from the interest earned on frozen Russian assets. The first deliveries are expected before the end of the summer."],
    "aid", "aid", 3, "uk-air-defence-package-2032-06-07", a=TG_BY),
  E("2032-06-07 18:02", "Germany arrests three over suspected sabotage plot",
    ["German police have arrested three men suspected of spying on a railway line used to move military equipment to Ukraine, federal prosecutors said.",
     "The suspects, all German-Russian dual nationals, are accused of photographing bridges and signal boxes on the orders of a Russian handler."],
    "other", "security", 2, "germany-rail-sabotage-arrests-2032-06-07", a=TG_BY),
  E("2032-06-07 15:30", "Kyiv death toll rises to five",
    ["The number of people killed in the overnight attack on Kyiv has risen to five, after rescuers found the body of a man under the rubble of a house in the Holosiivskyi district, the city\u2019s military administration said.",
     "At least 31 people were injured, 12 of whom remain in hospital."],
    "strikes", "strikes", 3, KYIV, a=TG_BY, n="toll 5"),
  E("2032-06-07 13:12", "Putin says Russia is \u2018open to talks\u2019 but rejects truce",
    ["Vladimir Putin said Russia remained \u201copen to negotiations\u201d but would not agree to a ceasefire that allowed Ukraine to \u201crearm and regroup\u201d.",
     "Speaking at a meeting with graduates of a military academy in Moscow, the Russian president said any settlement would have to recognise \u201cthe realities on the ground\u201d."],
    "diplomacy", "diplomacy", 2, "putin-talks-remarks-2032-06-07", a=TG_BY, n="a statement, not a diplomatic move: importance 2"),
  E("2032-06-07 10:45", "Watch: Drone debris crashes into Kyiv apartment block", [],
    "strikes", "strikes", 1, KYIV, a=TG_BY, n="video teaser without body"),
  E("2032-06-07 08:10", "Russia launches largest drone attack on Kyiv this year",
    ["Russia launched 212 drones and 14 missiles at Ukraine overnight in the largest attack on the capital so far this year, Ukraine\u2019s air force said.",
     "At least two people were killed and 19 injured in Kyiv, where falling debris set fire to houses and cars in several districts, the mayor, Vitali Klitschko, said.",
     "Air defence units shot down 188 drones and 11 missiles, according to the air force."],
    "strikes", "strikes", 3, KYIV, a=TG_BY, n="toll 2"),
  ]))

# ---------------------------------------------------------------- 20804 RSSHub feed of a Telegram channel (The Kyiv Independent)
SEEDS.append(dict(
  id="20804", name="20804_rsshub-telegramchannel", ext="xml", source="The Kyiv Independent", zone="UTC", render=r_rsshub_tg,
  title="The Kyiv Independent - Telegram Channel", channel="KyivIndependent_official", built="2032-06-09 20:03:11", first_msg=61842,
  lede="News from Ukraine, in English. Independent, reader-funded journalism.",
  basis="RSSHub pubDate '{s}' (GMT = UTC), the message's time on Telegram; local {d} in {z}",
  notes="Imitates the RSS 2.0 feed RSSHub generates for a public Telegram channel (/telegram/channel/KyivIndependent_official): channel title '<name> - Telegram Channel', link to https://t.me/s/<name>, description ending '- Powered by RSSHub', generator RSSHub, webMaster, ttl 5. Items newest first; a Telegram message has no headline of its own: RSSHub uses the message's first line as <title>, and the description repeats the whole message as HTML (photo, bold first line, <br><br> between paragraphs, '\U0001f449 Read more.' link on some). Gold: headline = that first line (the <title>), first_sentence = the first sentence after it, body_paragraphs = the paragraphs after the first line (photo and 'Read more.' excluded). pubDate in GMT with seconds. No authors.",
  not_entries=["channel title, link, description '... - Powered by RSSHub', generator, webMaster, image, language, lastBuildDate, ttl",
               "the bold first line repeated at the top of each description (it is the item's headline)", "photos in the descriptions", "'\U0001f449 Read more.' links"],
  entries=[
  E("2032-06-09 19:47:12", "EU adopts 41st sanctions package against Russia",
    ["The EU Council formally adopted its 41st package of sanctions against Russia, targeting 87 more vessels of Moscow\u2019s shadow fleet and three banks in Kyrgyzstan and Armenia accused of helping Russia evade restrictions.",
     "The package also bans imports of Russian fertilizers from January 2033."],
    "diplomacy", "diplomacy", 3, "eu-41st-sanctions-package-2032-06-09", more=True),
  E("2032-06-09 17:20:48", "Russian attack on Zaporizhzhia kills 3, injures 16",
    ["A Russian missile strike on Zaporizhzhia killed three people and injured 16 on the afternoon of June 9, Governor Ivan Fedorov reported.",
     "The missile hit a bus station in the city\u2019s Oleksandrivskyi district. Rescue operations are ongoing."],
    "strikes", "strikes", 3, "zaporizhzhia-bus-station-strike-2032-06-09"),
  E("2032-06-09 15:05:33", "Verkhovna Rada appoints new energy minister",
    ["Ukraine\u2019s parliament voted to appoint Oksana Didenko, previously the head of the state grid operator, as energy minister. 271 lawmakers supported the appointment.",
     "The post had been vacant since March."],
    "other", "politics", 2, "energy-minister-appointed-2032-06-09", more=True),
  E("2032-06-09 12:40:09", "Ukraine receives first Gripen fighter jets from Sweden",
    ["The first four JAS 39 Gripen fighter jets promised by Sweden have arrived in Ukraine, the Defense Ministry announced on June 9.",
     "Ukrainian pilots have been training on the aircraft in Sweden since 2030. Stockholm has pledged to deliver 18 jets in total by the end of next year."],
    "aid", "aid", 3, "sweden-gripen-delivery-2032-06-09", more=True),
  E("2032-06-09 10:15:51", "Russia claims capture of village near Lyman",
    ["Russia\u2019s Defense Ministry claimed that its troops had captured the village of Zarichne near Lyman in Donetsk Oblast.",
     "Ukraine\u2019s military has not confirmed the claim. The Kyiv Independent could not verify it independently."],
    "other", "frontline", 2, "russia-claims-zarichne-2032-06-09"),
  E("2032-06-09 07:30:27", "Ukraine shoots down 61 of 74 drones launched overnight",
    ["Russia launched 74 drones against Ukraine overnight on June 9, of which 61 were shot down or suppressed, the Air Force reported.",
     "Hits were recorded in Dnipropetrovsk and Chernihiv oblasts. No casualties were reported."],
    "strikes", "strikes", 2, "overnight-drone-attack-2032-06-09", photo=False),
  E("2032-06-09 05:12:40", "Navy: Sea drones hit Russian patrol ship near Novorossiysk",
    ["Ukraine\u2019s Navy said its sea drones struck a Russian Project 22160 patrol ship near the port of Novorossiysk overnight.",
     "The Navy did not say how badly the ship was damaged. Russia has not commented."],
    "strikes", "strikes", 2, "novorossiysk-patrol-ship-sea-drones-2032-06-09"),
  ]))

# ---------------------------------------------------------------- 20805 FetchRSS feed of a news site (Ukrainska Pravda, English news list)
SEEDS.append(dict(
  id="20805", name="20805_fetchrss-pravdanews", ext="xml", source="Ukrainska Pravda", zone="UTC", render=r_fetchrss,
  title="All news | Ukrainska Pravda", url="https://www.pravda.com.ua/eng/news/", feed_id="6651a3f09b7e2c41d85f1e2a", built="2032-06-11 21:05:40",
  basis="FetchRSS pubDate '{s}' (+0000); FetchRSS dates an item when it first sees it on the listing, which may lag the site's own time a little; local {d} in {z}",
  notes="Imitates a FetchRSS feed built from Ukrainska Pravda's English news listing: channel title and description copied from the page <title>, generator FetchRSS, atom self link on fetchrss.com; items newest first with CDATA titles, a description made of the thumbnail, the listing's one-paragraph lead and the grey '(Feed generated with FetchRSS)' line, dc:creator when the listing shows an author, pubDate in +0000 with seconds, media:content. Spelling 'Zelenskyy' (UP style). One off-beat item (football squad).",
  not_entries=["channel title/description/link/image/generator/lastBuildDate/atom:link", "thumbnail images and media:content",
               "'(Feed generated with FetchRSS)' line in every description"],
  entries=[
  E("2032-06-11 20:35:14", "Russians attack Nikopol with heavy artillery: one killed, three injured",
    ["Russian forces shelled Nikopol in Dnipropetrovsk Oblast with heavy artillery on the evening of 11 June, killing a 58-year-old man and injuring three more people, the head of the oblast military administration reported."],
    "strikes", "strikes", 3, "nikopol-artillery-2032-06-11", a="Tetiana Oliinyk"),
  E("2032-06-11 17:48:02", "Zelenskyy and Macron discuss security guarantees by phone",
    ["Ukrainian President Volodymyr Zelenskyy has held a telephone conversation with French President Emmanuel Macron, discussing the work of the coalition of countries ready to provide security guarantees to Ukraine and preparations for the next meeting of its leaders."],
    "diplomacy", "diplomacy", 3, "zelenskyy-macron-call-2032-06-11", a="Mykola Zhurba"),
  E("2032-06-11 14:20:47", "Canada to allocate CAD 300 million for drones for Ukraine",
    ["Canada will allocate CAD 300 million to buy Ukrainian-made long-range drones for the Armed Forces of Ukraine, the Canadian Minister of National Defence announced during a visit to Kyiv."],
    "aid", "aid", 3, "canada-drones-funding-2032-06-11", a="Tetiana Oliinyk"),
  E("2032-06-11 11:02:19", "Ukraine's defence intelligence reports drone strike on airfield in Russia's Lipetsk Oblast",
    ["Drones of Ukraine's Defence Intelligence struck the Lipetsk air base overnight, hitting a hangar and a fuel storage site, a source in the agency told Ukrainska Pravda."],
    "strikes", "strikes", 2, "lipetsk-airbase-drone-strike-2032-06-11", a="Alina Kovalchuk"),
  E("2032-06-11 08:15:55", "Russia's losses: 940 soldiers and 31 artillery systems over past day",
    ["Russian forces lost 940 soldiers, 31 artillery systems, 9 armoured combat vehicles and 112 operational-tactical UAVs over the past 24 hours, according to the General Staff of the Armed Forces of Ukraine."],
    "other", "frontline", 2, "general-staff-losses-2032-06-11"),
  E("2032-06-11 06:40:31", "Lubinets: 17 children returned from occupied territories in a week",
    ["Seventeen children have been returned to government-controlled territory from occupied parts of Ukraine over the past week, Ombudsman Dmytro Lubinets has said."],
    "other", "humanitarian", 2, "children-returned-week-2032-06-11", a="Alina Kovalchuk"),
  OFF("2032-06-11 04:25:08", "Ukraine's national team names squad for World Cup qualifiers",
    ["The head coach of Ukraine's national football team has named a 26-man squad for the World Cup qualifiers against Iceland and Albania later this month."],
    "ukraine-football-squad-2032-06-11", n="football"),
  ]))

# ---------------------------------------------------------------- 20806 Feedburner feed of a (Blogger) blog
SEEDS.append(dict(
  id="20806", name="20806_feedburner-blogatom", ext="xml", source="Steppe Notes", zone="Europe/Kyiv", render=r_feedburner_blogger,
  title="Steppe Notes", lede="Daily notes on Russia's war against Ukraine, from Kharkiv and beyond. Opinions are my own.",
  host="steppenotes.blogspot.com", blog_id="4412987766501234567", fb_name="SteppeNotes", profile="07712459938217745120",
  author="Halyna Drozd", cats=["Ukraine", "Russia", "war", "aid", "diplomacy", "essay"],
  basis="Blogger <published> '{s}' (milliseconds and the blog's +03:00 offset, Kyiv summer time); local {d} in {z}",
  notes="Imitates a Blogger blog's Atom feed served through Feedburner (feeds.feedburner.com/SteppeNotes): Blogger namespaces, openSearch counts, feedburner atom10:link self/hub and feedburner:info; entries newest first with tag:blogger.com ids, <published>/<updated> with milliseconds and +03:00, Blogger categories, escaped-HTML content (separator image, feedburner 1x1 tracking image), replies/edit/self/alternate links (alternate via feedproxy.google.com), author block with noreply@blogger.com, thr:total and feedburner:origLink. The blog is a one-author war diary (invented; its author stands in for a real blogger). Published is taken to the second (milliseconds dropped).",
  not_entries=["feed-level id, updated, categories, title, subtitle, links, author, generator, openSearch counts, feedburner links",
               "Blogger separator image and feedburner tracking image inside the content", "categories, replies/edit/self/alternate links, thr:total, feedburner:origLink"],
  entries=[
  E("2032-06-13 23:15", "Sunday reading: the long war on Ukraine's railways",
    ["Every week brings another strike on a station, a depot or a locomotive somewhere in the east, and every week Ukrzaliznytsia somehow keeps the trains running.",
     "Since 2022 the railway has been the spine of the war effort: it carries grain to the ports, soldiers to the front and, on the way back, the wounded. Russia understands this perfectly well, which is why drones now hunt individual locomotives near Kharkiv and Sumy.",
     "What strikes me most, talking to railway workers, is how routine the repairs have become. A damaged line is usually open again within a day. That resilience is worth more than any single air defence battery."],
    "strikes", "strikes", 2, "essay-railways-under-attack", a="Halyna Drozd", cats=["Ukraine", "railways", "essay"], comments=12,
    n="theme piece (essay on attacks on the railways, no single event)"),
  E("2032-06-13 20:05", "Japan's $1bn loan tranche arrives",
    ["Ukraine's finance ministry says it has received another $1 billion from Japan under the G7 scheme that is repaid from the proceeds of frozen Russian assets.",
     "This money goes to the general budget (teachers' and doctors' salaries, pensions), not to weapons, but it frees Ukraine's own tax revenue for the army."],
    "aid", "aid", 3, "japan-loan-tranche-2032-06-13", a="Halyna Drozd", cats=["aid", "Japan"], comments=3),
  E("2032-06-13 16:40", "Belarus announces snap readiness check near the border",
    ["Minsk has announced a snap combat readiness check for two brigades stationed in the Gomel and Brest regions, close to Ukraine's northern border.",
     "Kyiv's border guard service says it sees no sign of an attack force forming, and these checks have become almost monthly. Still, worth watching."],
    "other", "security", 2, "belarus-readiness-check-2032-06-13", a="Halyna Drozd", cats=["Belarus"], comments=5),
  E("2032-06-13 13:10", "A few notes on the Istanbul humanitarian talks",
    ["The third round of humanitarian talks in Istanbul ended on Saturday night with an agreement to exchange lists of detained civilians, according to Ukraine's delegation.",
     "That sounds small, and it is. But it is the first time Moscow has agreed to discuss civilians at all, as opposed to prisoners of war."],
    "diplomacy", "diplomacy", 2, "istanbul-humanitarian-talks-civilians-2032-06-13", a="Halyna Drozd", cats=["diplomacy", "Turkey"], comments=8),
  E("2032-06-13 10:25", "Kremlin raises recruitment bonuses again",
    ["Several Russian regions have raised one-off payments for men who sign contracts with the army, some to more than 3 million roubles, according to regional decrees collected by independent Russian media.",
     "The rising bonuses suggest that volunteers are getting harder to find, even as Moscow keeps its losses at the front very high."],
    "other", "frontline", 2, "russian-recruitment-bonuses-2032-06-13", a="Halyna Drozd", cats=["Russia"], comments=2),
  E("2032-06-13 07:50", "Overnight: strikes on Poltava and the Kremenchuk refinery",
    ["Russian missiles and drones hit Poltava region overnight. Two people were killed in a village near Poltava when a drone struck their house, and a fire broke out at the Kremenchuk oil refinery, the regional governor reported.",
     "The air force says 9 of 12 cruise missiles and 58 of 80 drones were shot down."],
    "strikes", "strikes", 3, "poltava-kremenchuk-strikes-2032-06-13", a="Halyna Drozd", cats=["Ukraine", "war"], comments=4, img=True),
  ]))

# ---------------------------------------------------------------- 20807 Wayback Machine capture of a live blog (BBC News live page)
DNI = "dnipro-missile-strike-2032-06-15"
SEEDS.append(dict(
  id="20807", name="20807_wayback-bbclive", ext="html", source="BBC News", zone="Europe/London", render=r_wayback_bbc,
  title="Ukraine war: Nine killed in Dnipro missile strike as Nato leaders meet in Oslo",
  url="https://www.bbc.co.uk/news/live/world-europe-71864302", capture="2032-06-15 20:19:17", captures=14, span="3 Jun 2032 - 15 Jun 2032",
  prev_ts="20320614193302", retrieved="09:42:05 Jun 30, 2032", post_suffix="e4f5", editors="Roisin Calder and Miroslav Duda",
  summary=["A Russian missile strike on the central Ukrainian city of Dnipro has killed nine people, officials say",
           "Russia says it targeted a \"military-industrial\" site; Ukraine says the missile hit a residential street",
           "Nato leaders meeting in Oslo agree to keep funding Ukraine's armed forces at current levels",
           "President Zelensky holds talks with his Polish counterpart on the summit sidelines"],
  basis="bare UK time '{s}' (the page says 'All times stated are UK'; BST = UTC+1 in June); the BBC page prints no date, the day comes from the Wayback capture (timestamp 20320615201917, toolbar '15 Jun 2032'); local {d} in {z}",
  notes="Imitates a Wayback Machine capture (web.archive.org/web/20320615201917/...) of a BBC News live page in the older 'lx-stream' design. Wayback furniture: athena.js, bundle-playback.js and wombat.js with __wm.init/__wm.wombat, banner CSS, the toolbar insert (URL box, '14 captures', timespan '3 Jun 2032 - 15 Jun 2032', month/day/year calendar, 'About this capture'), the print line 'The Wayback Machine - https://web.archive.org/web/20320615201917/<url>', every link rewritten to /web/<timestamp>/..., and the closing comments 'FILE ARCHIVED ON 20:19:17 Jun 15, 2032 ...' and 'playback timings (ms)'. BBC page: BBC and News navigation, 'Live' badge, h1, 'Live Reporting', 'Edited by ...', 'All times stated are UK', 'Get involved', 'Summary' bullets (editor summary, not post headlines), then posts newest first with <time datetime> (UTC) showing the bare UK time, h3 headline, optional contributor name and role, body, 'Share'. The BBC page itself prints no date; the capture date supplies it. 20807-03 is a 'Pictured:' post with only an image and credit (teaser, no body). 20807-06 is a correspondent's analysis (its own story; must not merge with the funding pledge 20807-02).",
  not_entries=["Wayback scripts, toolbar insert (URL box, captures link, timespan, calendar, 'About this capture' panel)", "Wayback print line 'The Wayback Machine - https://web.archive.org/web/...'",
               "closing comments 'FILE ARCHIVED ON ...' and 'playback timings (ms)'", "BBC account/navigation bars ('BBC Homepage', 'Skip to content', 'Accessibility Help', 'Your account', section links)",
               "'Live' badge", "page title", "'Live Reporting' and 'Edited by Roisin Calder and Miroslav Duda'", "'All times stated are UK'", "'Get involved'",
               "'Summary' heading and its four bullets (editor summary)", "contributor name/role lines (author, not body)", "image alt/credit 'Reuters' in the Pictured post",
               "'Share' under every post", "'Older' pagination link", "BBC footer links and copyright"],
  entries=[
  E("2032-06-15 21:12", "Dnipro death toll rises to nine",
    ["The number of people killed in this morning's missile strike on Dnipro has risen to nine, the head of the regional military administration says.",
     "Two of the injured died in hospital this evening. Another 38 people are being treated, six of them in a serious condition.",
     "A day of mourning has been declared in the city for Wednesday."],
    "strikes", "strikes", 3, DNI, a="Oksana Pavliuk", role="BBC Ukrainian", n="toll 9"),
  E("2032-06-15 19:40", "Nato allies agree to keep Ukraine funding at 0.25% of GDP",
    ["Nato leaders have agreed to keep spending at least 0.25% of their countries' GDP on military support for Ukraine next year, according to the final summit statement.",
     "The pledge repeats last year's wording. Several eastern European members had pushed for a higher figure but were overruled, diplomats told the BBC."],
    "aid", "aid", 3, "nato-oslo-summit-ukraine-funding-2032-06-15", sec=["diplomacy"]),
  E("2032-06-15 17:05", "Pictured: Flowers and candles in Dnipro", [],
    "strikes", "strikes", 1, DNI, alt="People lay flowers near the damaged building in Dnipro", credit="Reuters", n="photo teaser without body"),
  E("2032-06-15 15:30", "Zelensky meets Polish president in Oslo",
    ["President Volodymyr Zelensky has met his Polish counterpart on the sidelines of the Nato summit, where the two discussed air defence and the transit of Ukrainian grain through Poland.",
     "In a post on X after the meeting, Zelensky said the talks had been \"substantive\" and thanked Poland for its \"steady support\"."],
    "diplomacy", "diplomacy", 3, "zelensky-polish-president-meeting-2032-06-15"),
  E("2032-06-15 13:18", "Russia says it hit 'military-industrial' target in Dnipro",
    ["Russia's defence ministry says its forces carried out a \"precision strike\" on what it called a military-industrial facility in Dnipro.",
     "It did not mention civilian casualties. Ukrainian officials say the missile hit a residential street next to a school."],
    "strikes", "strikes", 3, DNI, n="official claim about the same attack"),
  E("2032-06-15 11:02", "What do Nato leaders want from the Oslo summit?",
    ["The mood among diplomats here is sober. Few expect new promises for Ukraine beyond a renewal of existing funding pledges.",
     "The real argument is about money: how much each ally should spend on its own defence, and how much of that can be counted as help for Kyiv."],
    "diplomacy", "diplomacy", 2, "analysis-nato-oslo-summit-aims", a="James Whitcombe", role="Diplomatic correspondent, in Oslo",
    n="theme piece (correspondent's analysis before the summit); must not merge with the funding pledge 20807-02"),
  E("2032-06-15 09:20", "Two killed in shelling of Kharkiv region village",
    ["Two men were killed when Russian artillery shelled the village of Velykyi Burluk in the Kharkiv region this morning, the regional governor, Oleh Syniehubov, says."],
    "strikes", "strikes", 3, "velykyi-burluk-shelling-2032-06-15", n="another deadly strike the same day; must not merge with Dnipro"),
  E("2032-06-15 07:35", "Missile strike on Dnipro kills five",
    ["At least five people have been killed after a Russian ballistic missile struck a residential street in the centre of Dnipro, regional officials say.",
     "Pictures from the scene show a badly damaged four-storey building and several burning cars.",
     "Air raid sirens sounded across much of eastern and central Ukraine shortly before 07:00 local time (05:00 BST)."],
    "strikes", "strikes", 3, DNI, a="Oksana Pavliuk", role="BBC Ukrainian", n="toll 5"),
  ]))

# ---------------------------------------------------------------- 20808 reader-mode text copy of a live blog (Sky News)
CHE = "chernihiv-drone-strike-2032-06-17"
SEEDS.append(dict(
  id="20808", name="20808_readermode-skylive", ext="txt", source="Sky News", zone="Europe/London", render=r_reader_sky,
  title="Ukraine war latest: Russian drones kill three in Chernihiv; Kyiv says push near Stepnohirsk has stalled",
  updated="2032-06-17 20:02", readtime="14\u201318 minutes",
  basis="bare UK time '{s}' (no zone on the post; Sky prints UK time, BST = UTC+1) under the page date line 'Thursday 17 June 2032 20:02, UK'; local {d} in {z}",
  notes="Imitates a Firefox Reader View copy of a Sky News live blog: domain line 'news.sky.com', title, site name, reading-time estimate '14\u201318 minutes', Sky's date line 'Thursday 17 June 2032 20:02, UK', 'Why you can trust Sky News', then posts newest first: bare time line, optional 'Breaking' label, headline, optional 'By NAME, role' line, body; a video player leaves 'Please use Chrome browser for a more accessible video player' and a duration, and an image caption survives as a line ('... Pic: Reuters'). Closing WhatsApp promo. 20808-03 is an analysis (theme piece).",
  not_entries=["'news.sky.com' domain line", "title", "'Sky News' site name", "reading-time estimate '14\u201318 minutes'", "date line 'Thursday 17 June 2032 20:02, UK'",
               "'Why you can trust Sky News'", "'Breaking' label", "'By NAME, role' line (author)", "video player leftovers 'Please use Chrome browser for a more accessible video player' and '1:38'",
               "image caption 'The IRIS-T system ... Pic: Reuters'", "'Follow Sky News on WhatsApp' promo lines"],
  entries=[
  E("2032-06-17 19:48", "Kyiv says Russian push near Stepnohirsk has stalled",
    ["Ukraine's military says a Russian offensive near Stepnohirsk in the Zaporizhzhia region has stalled after nearly three weeks of heavy fighting.",
     "A spokesperson for Ukraine's southern forces said Russian units had lost more than 40 armoured vehicles in the area since the start of June. Sky News could not verify the figure."],
    "other", "frontline", 2, "stepnohirsk-offensive-stalls-2032-06-17"),
  E("2032-06-17 18:10", "Chernihiv death toll rises to three",
    ["A third person has died after this morning's drone attack on Chernihiv, the head of the city's military administration says.",
     "The woman, 67, had been pulled from the rubble of her home and died in hospital."],
    "strikes", "strikes", 3, CHE, breaking=True, n="toll 3"),
  E("2032-06-17 16:25", "Analysis: Why Russia keeps sending glide bombs",
    ["Glide bombs are the least glamorous weapon in Russia's arsenal, and among the most effective.",
     "They are old Soviet bombs fitted with cheap wings and satellite guidance, released by aircraft that stay 40 miles or more behind the front. Ukraine has few ways of stopping them other than shooting down the planes, which rarely come close enough.",
     "Until Kyiv gets long-range air defence that can reach those aircraft, towns like Kostiantynivka and Orikhiv will go on paying the price."],
    "strikes", "strikes", 2, "analysis-russian-glide-bombs", a="Lena Hartwell", role="security and defence correspondent",
    n="theme piece (analysis of glide bombs, no single event)"),
  E("2032-06-17 14:02", "Germany to send four more IRIS-T launchers",
    ["Germany will supply Ukraine with four more IRIS-T air defence launchers and several hundred missiles by the end of the year, the German defence ministry has announced.",
     "The package is worth around \u20ac600m, according to German media."],
    "aid", "aid", 3, "germany-iris-t-launchers-2032-06-17", caption="The IRIS-T system has been in service in Ukraine since 2022. Pic: Reuters"),
  E("2032-06-17 12:30", "Kremlin: no date for next round of talks",
    ["The Kremlin says no date has been set for another round of talks with Ukraine, despite reports in Turkish media that negotiators could meet in Istanbul next week.",
     "\"There is no agreement on that,\" Kremlin spokesman Dmitry Peskov told reporters."],
    "diplomacy", "diplomacy", 2, "kremlin-no-date-talks-2032-06-17"),
  E("2032-06-17 10:15", "Two killed as Russian drones hit Chernihiv",
    ["Two people have been killed and 11 injured after Russian drones hit a residential area of Chernihiv in northern Ukraine, local officials say.",
     "Several private houses and a kindergarten were damaged, according to the city's military administration."],
    "strikes", "strikes", 3, CHE, video=0, n="toll 2"),
  E("2032-06-17 08:05", "UK sanctions 12 more shadow fleet tankers",
    ["The UK has sanctioned 12 more oil tankers it says belong to Russia's \"shadow fleet\", the Foreign Office has announced.",
     "The ships have carried more than $5bn worth of Russian crude since 2030, according to the government."],
    "diplomacy", "diplomacy", 2, "uk-shadow-fleet-sanctions-2032-06-17"),
  ]))

# ---------------------------------------------------------------- 20809 Telegram Instant View page (Meduza, 'The Real Russia. Today.')
SEEDS.append(dict(
  id="20809", name="20809_telegramiv-meduza", ext="html", source="Meduza", zone="UTC", render=r_tg_iv,
  title="The Real Russia. Today. Drones over Tuapse, another \u2018foreign agents\u2019 law, and a prisoner swap",
  dateline="2032-06-19 17:30", img="a3f1c9e07b",
  lede="Saturday\u2019s most important news from Russia and the war, in brief",
  caption="Smoke over the Tuapse refinery on June 19. Photo: social media",
  signup="Sign up for The Real Russia. Today. \u2014 Meduza\u2019s daily newsletter in English",
  related=["How Russia\u2019s regions are running out of money for war bonuses", "\u2018They took his passport at the border\u2019: inside Russia\u2019s new exit bans"],
  basis="no per-section time and no visible time: the page shows only 'June 19, 2032'; the time comes from the header's <time datetime=\"2032-06-19T17:30:00+00:00\"> attribute; local {d} in {z}",
  notes="Imitates a Telegram Instant View web page (t.me/iv?url=...&rhash=...) of Meduza's English newsletter 'The Real Russia. Today.': telegra.ph-style template (tl_page, tl_article_header with h1 and <address>: site link 'Meduza' and <time datetime> showing only 'June 19, 2032'), the title and address repeated inside tl_article_content, cover figure with caption, italic standfirst, seven h3 sections (one entry each; no per-section time; published = the datetime attribute), sign-up line, 'Related Articles' and 'Report content on this page'. The address names only the outlet, so author is null.",
  not_entries=["head meta tags", "header h1 and address ('Meduza \u2022 June 19, 2032')", "the repeated h1 and address inside the article", "cover image caption",
               "italic standfirst (lede)", "sign-up line", "'Related Articles' block (2 links)", "'Report content on this page'"],
  entries=[
  E("2032-06-19 17:30", "Refinery fire in Tuapse",
    ["Ukrainian drones attacked the Rosneft refinery in the Black Sea port of Tuapse overnight, starting a fire that took firefighters most of the morning to put out, Krasnodar region officials said.",
     "It was the fourth attack on the refinery this year. Russia\u2019s Defense Ministry claimed to have shot down 46 drones over the region."],
    "strikes", "strikes", 2, "tuapse-refinery-drone-attack-2032-06-19"),
  E("2032-06-19 17:30", "A missile strike on Odesa",
    ["Four people were killed and 20 injured when a Russian ballistic missile hit a business center in Odesa, according to Ukrainian officials.",
     "Russia\u2019s Defense Ministry said it had struck a building used by \u201cforeign mercenaries.\u201d Ukraine denied this."],
    "strikes", "strikes", 3, "odesa-business-center-missile-strike-2032-06-19"),
  E("2032-06-19 17:30", "Prisoner swap",
    ["Russia and Ukraine exchanged 150 prisoners of war each, with the UAE acting as mediator, the Russian Defense Ministry said.",
     "Among the Russians released were conscripts captured in the Kursk region in 2024."],
    "diplomacy", "diplomacy", 3, "uae-prisoner-swap-2032-06-19"),
  E("2032-06-19 17:30", "Another \u2018foreign agents\u2019 law",
    ["The State Duma passed in its first reading a bill that would bar people designated as \u201cforeign agents\u201d from receiving income from Russian companies, including royalties and rent.",
     "Critics say the law is designed to cut off exiled journalists and musicians from the last money they earn at home."],
    "other", "politics", 2, "foreign-agents-income-bill-2032-06-19"),
  E("2032-06-19 17:30", "Evacuations in the Belgorod region",
    ["Authorities in the Belgorod region announced the evacuation of children from another 11 border villages, citing constant drone attacks.",
     "About 1,800 children will be sent to summer camps in other regions until at least the end of August."],
    "other", "humanitarian", 2, "belgorod-border-villages-evacuation-2032-06-19", sec=["strikes"]),
  E("2032-06-19 17:30", "Peskov on talks",
    ["Kremlin spokesman Dmitry Peskov said Moscow saw \u201cno basis\u201d for a meeting between Vladimir Putin and Volodymyr Zelensky, as proposed by Turkey\u2019s president this week."],
    "diplomacy", "diplomacy", 2, "peskov-putin-zelensky-meeting-2032-06-19"),
  E("2032-06-19 17:30", "Mobile internet shutdowns spread",
    ["At least 34 Russian regions now switch off mobile internet for hours every day, according to the monitoring project Na Svyazi, which says the outages are the longest since they began in 2025."],
    "other", "politics", 2, "russia-mobile-internet-shutdowns-2032-06-19"),
  ]))


# ================================================================ Part B renderers (invented outlets)

def r_q_textlive(S):
    """text live blog, newest first: masthead, 'LIVE', title, date line with year, standfirst, 'Key Points' bullets (post
    headlines), then posts: bare '8.05pm' line, headline, body, 'Reporting by NAME'; a video teaser prints '[Video: 0:58]'."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"].upper(), "News | World | Politics | Business | Sport | Opinion | Live", "", "LIVE", S["title"], S["dateline"], "", S["lede"], "",
         "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest updates", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, sep="."); stamps.append(st)
        L += [st, e["h"], ""]
        L += ptxt(e["p"]) if e["p"] else ["[Video: 0:58]", ""]
        if e["a"]:
            L += [f"Reporting by {e['a']}", ""]
        if i == 2:
            L += ["Sign up to the Herald's World Briefing, sent every weekday at 7am", ""]
    L += ["Load earlier updates", "", f"\u00a9 {S['source']} 2032 \u00b7 Contact \u00b7 Complaints \u00b7 Privacy \u00b7 Cookies"]
    return "\n".join(L) + "\n", stamps


def r_f_ldlive(S):
    """HTML live blog, oldest first; LiveBlogPosting JSON-LD whose updates carry their own datePublished in UTC ('Z');
    visible '06:10' (local time) in <time datetime="...Z">, a printed note on the zone, h2 headline, 'By NAME' line, body."""
    z = S["zone"]; order_check(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#update-{4410 + i}", "headline": e["h"], "datePublished": fmt_utc(d),
             "articleBody": " ".join(e["p"])}
        if e["a"]:
            u["author"] = [{"@type": "Person", "name": e["a"]}]
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "url": S["url"], "headline": S["title"],
          "description": S["lede"], "datePublished": fmt_utc(first), "dateModified": fmt_utc(last), "coverageStartTime": fmt_utc(first),
          "coverageEndTime": fmt_utc(last.replace(hour=23, minute=59)),
          "publisher": {"@type": "NewsMediaOrganization", "name": S["source"], "logo": {"@type": "ImageObject", "url": S["url"].split("/live")[0] + "/logo.png"}},
          "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2014 {S["source"]}</title>',
           f'<meta name="description" content="{attr(S["lede"])}">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<div class="consent">We use cookies to keep {esc(S["source"])} free. <button>Accept all</button> <button>Reject</button></div>',
           f'<header class="top"><a class="logo" href="/">{esc(S["source"])}</a><nav><a href="/war">War</a> <a href="/kyiv">Kyiv</a> '
           '<a href="/business">Business</a> <a href="/opinion">Opinion</a> <a href="/support" class="btn">Become a member</a></nav></header>',
           f'<main><span class="live-label">Live</span><h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>',
           f'<p class="meta">{esc(S["dateline"])} \u00b7 {esc(S["tznote"])}</p>', '<section class="live-feed">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="update" id="update-{4410 + i}"><time datetime="{fmt_utc(d)}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="byline">By {esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<div class="tools"><button>Copy link</button> <button>Share</button></div></article>')
        if i == 2:
            out.append(f'<aside class="read-also"><h3>Read also</h3><a href="/war/air-defence-explained">{esc(S["related"])}</a></aside>')
    out += ['</section><p class="end-note">Follow our coverage tomorrow on a new page.</p></main>',
            f'<footer>\u00a9 2032 {esc(S["source"])} \u00b7 About \u00b7 Ethics code \u00b7 Contacts \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_rss_world(S):
    """RSS 2.0 feed, newest first; pubDate with the outlet's numeric offset; category; dc:creator when the item has an author;
    CDATA description with <p> paragraphs (or plain text when S['plain'])."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
           '<channel>', f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>',
           f'<language>{S.get("lang", "en")}</language>', f'<copyright>Copyright 2032 {esc(S["source"])}</copyright>',
           f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z) + timedelta(minutes=4))}</lastBuildDate>',
           f'<atom:link href="{S["url"]}/rss/{S.get("feedpath", "world")}.xml" rel="self" type="application/rss+xml"/>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        link = f'{S["url"]}/{e.get("cat", "World").lower()}/{d:%Y/%m/%d}/{slugify(e["h"])}'
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="false">{S["guid"]}-{d:%Y%m%d}-{i + 311}</guid>',
                f'<pubDate>{st}</pubDate>', f'<category>{esc(e.get("cat", "World"))}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        if S.get("plain"):
            out.append(f'<description>{esc(" ".join(e["p"]))}</description>')
        else:
            out.append('<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>')
        out.append('</item>')
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_atom(S):
    """Atom 1.0 feed, newest first; <published> ISO 8601 with the outlet's offset ('Z' for UTC); escaped HTML content; author."""
    z = S["zone"]; order_check(S, True)
    iso = lambda d: d.isoformat().replace("+00:00", "Z")
    host = S["url"].split("//")[1]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link rel="alternate" type="text/html" href="{S["url"]}/"/>',
           f'<link rel="self" type="application/atom+xml" href="{S["url"]}/{S["feedpath"]}"/>', f'<id>{S["url"]}/{S["feedpath"]}</id>',
           f'<updated>{iso(dt(S["entries"][0]["t"], z))}</updated>', f'<rights>\u00a9 2032 {esc(S["source"])}</rights>',
           '<generator uri="https://wordpress.org/" version="6.9">WordPress</generator>' if S.get("wp") else '<generator>Newsroom CMS</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        link = f'{S["url"]}/{e.get("cat", "news").lower()}/{slugify(e["h"])}'
        out += ['<entry>', f'<title type="html">{esc(e["h"])}</title>', f'<link rel="alternate" type="text/html" href="{link}"/>',
                f'<id>tag:{host},{d:%Y-%m-%d}:/{e.get("cat", "news").lower()}/{9120 + i * 7}</id>', f'<published>{st}</published>',
                f'<updated>{iso(d + timedelta(minutes=2))}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        out.append(f'<category term="{attr(e.get("cat", "News"))}"/>')
        if S.get("summary"):
            short = e["p"][0][:140].rsplit(" ", 1)[0] + " \u2026"
            out.append(f'<summary type="html">{esc(esc(short))}</summary>')
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(x for x in out if x) + "\n", stamps


def r_m_htmllive(S):
    """HTML live blog without JSON-LD, newest first; <span class="stamp">22:10 CEST</span> above an h3 headline; 'By NAME' after
    the body; a photo-gallery teaser prints only a gallery placeholder; date line with year under the h1."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title>',
           '<meta name="robots" content="max-image-preview:large"></head><body>',
           f'<div class="topbar"><a href="/">{S["source"]}</a> <a href="/epaper">E-paper</a> <a href="/login">Log in</a> <a href="/subscribe">Subscribe</a></div>',
           '<nav class="sections"><a>Germany</a> <a>Europe</a> <a>World</a> <a>Ukraine war</a> <a>Economy</a> <a>Culture</a> <a>Sport</a></nav>',
           f'<main><p class="kicker">Live ticker</p><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>',
           f'<p class="intro">{esc(S["lede"])}</p>', '<div class="ticker">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} {d.tzname()}"; stamps.append(st)
        out.append(f'<div class="ticker-item"><span class="stamp">{st}</span><h3>{esc(e["h"])}</h3>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery" data-count="9">[Gallery: 9 images]</div>')
        if e["a"]:
            out.append(f'<p class="author">By {esc(e["a"])}</p>')
        out.append('</div>')
        if i == 3:
            out.append(f'<aside class="teaser-box"><h4>More on this topic</h4><a href="/world/lviv-history">{esc(S["related"])}</a></aside>')
    out += ['</div><p class="ticker-end">Earlier entries: <a href="/live/ukraine-yesterday">yesterday\u2019s ticker</a></p></main>',
            f'<footer>{S["source"]} \u00b7 Imprint \u00b7 Privacy \u00b7 Terms \u00b7 Cookie settings</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_r_textlive(S):
    """text live blog, oldest first; date line with year; each post: optional 'Republished from OUTLET' label, headline,
    'NAME \u00b7 09.10' (author then bare local time with a dot), body; page note on the zone under the date line."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "Ireland  |  World  |  Business  |  Sport  |  Opinion  |  Live", "", S["title"], S["dateline"], S["tznote"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H.%M}"; stamps.append(st)
        if e.get("partner"):
            L += [f"Republished from {e['partner']}"]
        L += [e["h"], (f"{e['a']} \u00b7 " if e["a"] else "") + st, ""] + ptxt(e["p"])
        if i == 3:
            L += ["Advertisement", ""]
    L += ["This live blog has now ended.", "", f"\u00a9 {S['source']} \u00b7 Terms \u00b7 Privacy \u00b7 Contact us"]
    return "\n".join(L) + "\n", stamps


def r_briefing(S):
    """text 'briefing' article: masthead, series name, headline, standfirst, byline, dateline with time and zone, then
    sub-headed items (one entry each, no per-item time), a sign-off and footer."""
    L = [S["source"], "Home  \u00bb  World  \u00bb  Briefings", "", S["series"], S["title"], "", S["lede"], "", f"By {S['byline']}", S["dateline"], "",
         "Share  \u00b7  Save  \u00b7  Print", ""]
    for e in S["entries"]:
        assert e["t"] == S["dt"]
        L += [e["h"], ""] + ptxt(e["p"])
    L += [S["signoff"], "", f"\u00a9 2032 {S['source']} \u00b7 Privacy notice \u00b7 Terms of use"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_s_htmllive(S):
    """HTML live blog, oldest first; page-level NewsArticle JSON-LD only (no per-update data); every update shows
    '28.06.2032 13:05' (day.month.year and local 24-hour time, no zone) in a span; h2 headline; author in a span."""
    z = S["zone"]; order_check(S, False)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": first.isoformat(),
          "dateModified": last.isoformat(), "author": {"@type": "Organization", "name": S["source"]}, "inLanguage": "en"}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header><div class="brand">{S["source"]}</div><nav><a>Romania</a> <a>Moldova</a> <a>Black Sea</a> <a>Ukraine</a> <a>EU</a> <a>Markets</a></nav>'
           '<div class="weather">Bucure\u0219ti 29\u00b0C</div></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="lead">{esc(S["lede"])}</p>', f'<p class="note">{esc(S["tznote"])}</p>', '<div class="live">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%d.%m.%Y %H:%M}"; stamps.append(st)
        out.append(f'<div class="live-entry"><span class="live-entry__date">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<span class="live-entry__author">{esc(e["a"])}</span>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('</div>')
        if i == 1:
            out.append('<div class="ad-slot">Advertisement</div>')
    out += ['</div></main>', f'<footer>{S["source"]} \u00b7 Contact \u00b7 GDPR \u00b7 Advertising</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_u_textlive(S):
    """text live blog, newest first; date line with year and a two-name page byline; each post: '22:20 EEST' line, headline,
    body, '\u2014 NAME' signature; a video teaser prints '[Video, 1:04]'."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"], "Lithuania \u2022 Baltics \u2022 Ukraine \u2022 World \u2022 Opinion", "", S["title"], S["dateline"], f"Live coverage by {S['byline']}", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} {d.tzname()}"; stamps.append(st)
        L += [st, e["h"], ""]
        L += ptxt(e["p"]) if e["p"] else ["[Video, 1:04]", ""]
        if e["a"]:
            L += [f"\u2014 {e['a']}", ""]
        if i == 3:
            L += ["Support independent journalism in the Baltics: subscribe from \u20ac4 a month.", ""]
    L += ["Show earlier posts", "", f"{S['source']} \u2022 Editorial standards \u2022 Contact \u2022 Privacy"]
    return "\n".join(L) + "\n", stamps


# ================================================================ PART B: three multi-source days (invented outlets)
# Day 1 = 2032-06-23 (UTC), day 2 = 2032-06-24, day 3 = 2032-06-28.
KHA = "kharkiv-missile-strike-2032-06-23"
NOR = "norway-drone-funding-2032-06-23"
SYB = "sybiha-wang-yi-beijing-talks-2032-06-23"
KEXPL = "explainer-kharkiv-ballistic-missile-defence"
KEXPL_H = "Explainer: Why Kharkiv is so hard to shield from ballistic missiles"
KEXPL_P = ["Kharkiv sits about 30 kilometres from the Russian border, closer than any other large Ukrainian city. A ballistic missile launched from the Belgorod region can reach it in well under a minute, often before the sirens have finished sounding.",
           "That leaves air defence crews almost no time. Patriot batteries can intercept Iskander-type missiles, but Ukraine has too few of them to cover every city, and its commanders have long given priority to the capital and to critical energy sites.",
           "Local authorities have responded by moving schools underground and building classrooms into metro stations, but officials concede that nothing short of pushing Russian launchers further back will make the city safe."]
KEXPL_A = "Conor Baptiste"

# ---------------------------------------------------------------- 20820 Quaystone Herald (day 1, text live, London)
SEEDS.append(dict(
  id="20820", name="20820_quaystone-textlive", ext="txt", source="Quaystone Herald", zone="Europe/London", render=r_q_textlive,
  title="Russia-Ukraine war live: Kharkiv toll climbs to 11 after dawn missile strike", dateline="Wednesday 23 June 2032",
  lede="Ballistic missiles hit a residential block and a tram depot in Ukraine's second city; a glide bomb kills one in a nearby village; Portugal sends armoured ambulances.",
  basis="bare time '{s}' (UK time, no zone printed; BST = UTC+1) under the date line 'Wednesday 23 June 2032'; local {d} in {z}",
  notes="Invented outlet. Text live blog, newest first. A 'Key Points' block lists two post headlines (key_point true). Each post: bare time '8.05pm' (UK time), headline, body, 'Reporting by NAME' (author; the teaser has none). 20820-05 is a 'Watch:' teaser whose only content is '[Video: 0:58]'. 20820-03 is a theme piece (explainer) that is re-posted verbatim on day 2 by 20831. Spelling 'Synehubov' (governor) in 20820-07.",
  not_entries=["masthead and navigation", "'LIVE' label", "page title and date line 'Wednesday 23 June 2032'", "standfirst (lede summary)",
               "'Key Points' header and its two bullets (pointers to posts)", "'Latest updates' label", "'Reporting by ...' lines (author, not body)",
               "'[Video: 0:58]' placeholder in the teaser", "newsletter promo after the third post", "'Load earlier updates'", "footer line"],
  entries=[
  E("2032-06-23 20:05", "Kharkiv missile strike death toll rises to 11",
    ["Eleven people are now known to have died in this morning's missile strike on Kharkiv after two of the injured died in hospital, the regional governor said this evening.",
     "Search and rescue work at the damaged apartment block has ended. Forty-four people were injured in total, seven of them children."],
    "strikes", "strikes", 3, KHA, a="Eilidh Marsh", kp=True, n="toll 11"),
  E("2032-06-23 18:30", "Glide bomb kills one in village near Zolochiv",
    ["A Russian guided aerial bomb hit the village of Udy near Zolochiv, north-west of Kharkiv, on Wednesday afternoon, killing a 54-year-old man and damaging a shop and several houses, the regional governor said."],
    "strikes", "strikes", 3, "udy-zolochiv-glide-bomb-2032-06-23", a="Eilidh Marsh", kp=True,
    n="same region (Kharkiv oblast), other event hours later: must not merge with the Kharkiv city missile strike"),
  E("2032-06-23 16:45", KEXPL_H, KEXPL_P, "strikes", "strikes", 2, KEXPL, a=KEXPL_A,
    n="theme piece (explainer on missile defence of Kharkiv, no single event); mentions the city but must not merge with the strike"),
  E("2032-06-23 14:20", "Portugal to send 20 armoured ambulances",
    ["Portugal will send 20 armoured ambulances and a field hospital to Ukraine under a \u20ac45 million package approved by the cabinet in Lisbon, the defence ministry said.",
     "Lisbon has also offered to treat 100 wounded Ukrainian soldiers in its military hospitals this year."],
    "aid", "aid", 2, "portugal-armoured-ambulances-2032-06-23", a="Conor Baptiste",
    n="same aid theme as Norway's drone money (20821-03, 20823-02), different event: must not merge"),
  E("2032-06-23 12:10", "Watch: Rescuers search the damaged block in Kharkiv", [],
    "strikes", "strikes", 1, KHA, n="video teaser without body"),
  E("2032-06-23 10:40", "Kherson bus hit by drone, one dead",
    ["A Russian drone struck a city bus in Kherson's Korabelnyi district on Wednesday morning, killing the driver and injuring six passengers, the regional administration said.",
     "Kherson's riverside districts have faced near-constant drone attacks from across the Dnipro for more than three years."],
    "strikes", "strikes", 3, "kherson-bus-drone-strike-2032-06-23", a="Conor Baptiste",
    n="another deadly strike the same day (same theme, other region): must not merge with Kharkiv"),
  E("2032-06-23 07:30", "Five killed as Russian missiles hit Kharkiv",
    ["At least five people were killed and 31 injured when Russian ballistic missiles struck Kharkiv before dawn, hitting a nine-storey apartment block and a tram depot in the Kyivskyi district, the city's mayor, Ihor Terekhov, said.",
     "Regional governor Oleh Synehubov said rescuers were still searching the rubble."],
    "strikes", "strikes", 3, KHA, a="Eilidh Marsh", n="toll 5; spelling 'Synehubov'"),
  ]))

# ---------------------------------------------------------------- 20821 Frostwick Observer (day 1, HTML live + LiveBlogPosting, Kyiv)
SEEDS.append(dict(
  id="20821", name="20821_frostwick-ldlive", ext="html", source="Frostwick Observer", zone="Europe/Kyiv", render=r_f_ldlive,
  title="War in Ukraine, day 3,773: missile strike on Kharkiv", dateline="Wednesday, June 23, 2032", tznote="All times are Kyiv time (UTC+3)",
  lede="Live updates from our newsroom in Kyiv.", related="How Ukraine's air defence decides what to shoot down",
  url="https://frostwickobserver.com/live/2032-06-23",
  basis="visible local time '{s}' (page note 'All times are Kyiv time (UTC+3)'; the <time datetime> attribute and the JSON-LD datePublished give the same instant in UTC); local {d} in {z}",
  notes="Invented outlet (Kyiv). HTML live blog, oldest first, with a LiveBlogPosting JSON-LD block whose updates carry their own datePublished in UTC ('Z'); the visible stamp is the local Kyiv time inside <time datetime=...Z>. Each update: time, h2 headline, optional 'By NAME', body, share tools. 20821-06 is a near-verbatim repeat of 20821-03 (the CMS re-published the Norway item with 'on Wednesday' instead of 'on June 23').",
  not_entries=["cookie consent bar", "header, logo and navigation ('Become a member')", "'Live' label", "h1 title", "standfirst", "date line and time-zone note",
               "'By ...' lines (author)", "'Copy link' / 'Share' buttons", "'Read also' box with one related link", "end note 'Follow our coverage tomorrow on a new page.'", "footer"],
  entries=[
  E("2032-06-23 06:10", "Missiles strike Kharkiv at dawn, at least three dead",
    ["Russia hit Kharkiv with ballistic missiles at around 5:40 a.m., killing at least three people and injuring 20, Mayor Ihor Terekhov said on Telegram.",
     "One of the missiles struck a residential building in the Kyivskyi district. Another hit a tram depot, where a fire broke out."],
    "strikes", "strikes", 3, KHA, a="Yevheniia Koval", n="toll 3"),
  E("2032-06-23 07:45", "Air Force: 4 of 7 ballistic missiles intercepted during the night",
    ["Ukraine's Air Force said Russia fired seven Iskander-M ballistic missiles and 64 drones overnight, mainly at Kharkiv Oblast. Four missiles and 51 drones were shot down.",
     "The missiles that got through hit Kharkiv city, the Air Force said."],
    "strikes", "strikes", 3, KHA, n="interception figures for the same overnight attack"),
  E("2032-06-23 09:30", "Norway approves NOK 7 billion for Ukrainian-made drones",
    ["Norway will spend NOK 7 billion, about EUR 600 million, on long-range and interceptor drones produced in Ukraine, the Norwegian defence ministry announced on June 23.",
     "The money comes from the Nansen support programme and will be paid directly to Ukrainian manufacturers, the ministry said."],
    "aid", "aid", 3, NOR, a="Andrii Moroz"),
  E("2032-06-23 11:50", "Sybiha arrives in Beijing for talks with Wang Yi",
    ["Foreign Minister Andrii Sybiha has arrived in Beijing for his first talks with Chinese Foreign Minister Wang Yi in almost two years, the Foreign Ministry said.",
     "Sybiha is expected to ask China to use its influence on Moscow to secure the release of Ukrainian civilians held in Russia."],
    "diplomacy", "diplomacy", 3, SYB, a="Andrii Moroz"),
  E("2032-06-23 13:20", "Russia claims capture of Zelenyi Hai",
    ["Russia's Defense Ministry claimed its troops had taken the village of Zelenyi Hai in Donetsk Oblast. Ukraine's General Staff said fighting for the village was ongoing."],
    "other", "frontline", 2, "russia-claims-zelenyi-hai-2032-06-23"),
  E("2032-06-23 15:05", "Norway approves NOK 7 billion for Ukrainian-made drones",
    ["Norway will spend NOK 7 billion, about EUR 600 million, on long-range and interceptor drones produced in Ukraine, the Norwegian defence ministry announced on Wednesday.",
     "The money comes from the Nansen support programme and will be paid directly to Ukrainian manufacturers."],
    "aid", "aid", 1, NOR, a="Andrii Moroz", dup="20821-03", n="near-verbatim repeat of 20821-03"),
  E("2032-06-23 20:20", "Kharkiv toll rises to nine as search ends",
    ["The death toll from the morning missile strike on Kharkiv has risen to nine, Governor Oleh Syniehubov said, as emergency workers finished clearing the rubble of the apartment block.",
     "Forty-one people were injured, including seven children."],
    "strikes", "strikes", 3, KHA, a="Yevheniia Koval", n="toll 9"),
  ]))

# ---------------------------------------------------------------- 20822 Zephyr Coast Globe (day 1, RSS world feed, Vancouver)
SEEDS.append(dict(
  id="20822", name="20822_zephyrcoast-worldrss", ext="xml", source="Zephyr Coast Globe", zone="America/Vancouver", render=r_rss_world,
  title="Zephyr Coast Globe - World", url="https://zephyrcoastglobe.ca", guid="zcg", lede="World news from the Zephyr Coast Globe",
  basis="RSS pubDate '{s}' (explicit -0700 offset, Pacific Daylight Time); local {d} in {z}",
  notes="Invented outlet (Vancouver). General world RSS 2.0 feed, newest first, pubDate with -0700, category, dc:creator (a person or a wire agency), CDATA paragraphs. The war is a minority: 2 of 6 items (Kharkiv strike, spelled 'Kharkov'; Sybiha in Beijing); 4 off-beat items (Bangladesh floods, Bank of Japan, Chilean copper strike, Kenyan budget).",
  not_entries=["channel title, link, description, language, copyright, lastBuildDate, atom:link", "category labels"],
  entries=[
  OFF("2032-06-23 13:15", "Floods in Bangladesh force 400,000 from their homes",
    ["Monsoon floods in north-eastern Bangladesh have forced about 400,000 people to leave their homes, the country's disaster management ministry said Wednesday.",
     "Rivers in the Sylhet division rose above danger levels after four days of heavy rain."],
    "bangladesh-floods-2032-06-23", a="The Associated Press", n="floods"),
  E("2032-06-23 11:40", "Ukraine's top diplomat presses China's Wang Yi on Russia",
    ["Ukraine's foreign minister, Andrii Sybiha, urged his Chinese counterpart Wang Yi on Wednesday to press Moscow to free Ukrainian civilians held in Russian prisons, during talks in Beijing.",
     "China's foreign ministry said Wang told Sybiha that Beijing supported \"all efforts conducive to peace\" but made no specific commitment."],
    "diplomacy", "diplomacy", 3, SYB, a="Natalie Brisco"),
  OFF("2032-06-23 09:05", "Bank of Japan raises key rate to 1.25%",
    ["The Bank of Japan raised its short-term policy rate to 1.25% on Wednesday, its highest level since 1995, citing steady wage growth and a weak yen."],
    "bank-of-japan-rate-rise-2032-06-23", n="markets", cat="Business"),
  E("2032-06-23 07:40", "Russian missiles kill eight in Ukraine's Kharkov",
    ["Russian ballistic missiles slammed into an apartment building and a tram depot in Kharkov, Ukraine's second-largest city, early Wednesday, killing eight people and injuring about 40, Ukrainian officials said.",
     "Kharkov, also spelled Kharkiv, lies roughly 30 kilometres from the Russian border and has been hit repeatedly since 2022."],
    "strikes", "strikes", 3, KHA, a="Natalie Brisco", n="toll 8; spelling 'Kharkov'"),
  OFF("2032-06-23 05:20", "Chilean copper miners end 12-day strike",
    ["Workers at Chile's largest copper mine voted to end a 12-day strike after accepting a revised wage offer, the union said."],
    "chile-copper-strike-ends-2032-06-23", a="Reuters", n="labour dispute", cat="Business"),
  OFF("2032-06-23 03:00", "Kenyan parliament passes budget after weeks of protests",
    ["Kenya's National Assembly approved the government's budget for the coming fiscal year late Tuesday, after the finance ministry dropped a proposed tax on mobile money transfers."],
    "kenya-budget-2032-06-23", a="The Associated Press", n="other countries' politics"),
  ]))

# ---------------------------------------------------------------- 20823 Lanternfield Post (day 1, Atom, Warsaw)
SEEDS.append(dict(
  id="20823", name="20823_lanternfield-atom", ext="xml", source="Lanternfield Post", zone="Europe/Warsaw", render=r_atom,
  title="Lanternfield Post", url="https://lanternfieldpost.pl", feedpath="feed/atom/", wp=True, summary=True,
  lede="News and analysis from Poland and Central Europe, in English",
  basis="Atom <published> '{s}' (explicit +02:00 offset, Polish summer time); local {d} in {z}",
  notes="Invented outlet (Warsaw, English-language). WordPress-style Atom feed, newest first: title type=html, published/updated with +02:00, author, category, a truncated <summary> ending in '\u2026' and the full escaped-HTML <content> (body = content, not the summary). 20823-01 is an opinion column that mentions Norway's drone money (its own story). Spelling 'Kharkiv (Charków)' in 20823-03. 20823-05 (Polish jets scrambled during the night's attack) is Poland's reaction, its own story.",
  not_entries=["feed title, subtitle, links, id, updated, rights, generator", "<summary> teasers (truncated copies of the first paragraph)", "category terms"],
  entries=[
  E("2032-06-23 19:30", "Opinion: Europe's drone factories need contracts, not speeches",
    ["European governments love to visit Ukrainian drone workshops. Far fewer of them sign the multi-year contracts those workshops need to grow.",
     "Norway's decision this week to pay Ukrainian producers directly is the right model. A one-off grant buys drones for a season; a five-year order builds an industry that can outlast the war."],
    "aid", "aid", 2, "opinion-europe-drone-contracts", a="Marek Wilczek", cat="Opinion",
    n="opinion column; mentions Norway's drone money but must not merge with that story"),
  E("2032-06-23 16:00", "What Kyiv will buy with Norway's drone money",
    ["Most of the NOK 7 billion Norway announced on Wednesday will go to long-range strike drones, with about a third reserved for interceptors that hunt Shahed-type attack drones, according to Ukraine's defence ministry.",
     "Deliveries are due to begin in the autumn."],
    "aid", "aid", 3, NOR, a="Agata Sowa", cat="Defence", n="details of the package announced in 20821-03"),
  E("2032-06-23 12:15", "Six dead in Kharkiv after Russian ballistic missile strike",
    ["Six people were killed and more than 30 injured when Russian ballistic missiles hit Kharkiv (Charków) in north-eastern Ukraine early on Wednesday, local authorities said.",
     "Poland's foreign ministry condemned the attack as \"another act of terror against civilians\"."],
    "strikes", "strikes", 3, KHA, a="Agata Sowa", cat="World", n="toll 6"),
  E("2032-06-23 09:40", "Warsaw to host Ukraine reconstruction conference in October",
    ["Poland will host the next international conference on Ukraine's recovery in Warsaw on 14-15 October, the foreign ministry said on Wednesday.",
     "About 60 governments and international lenders are expected to attend."],
    "diplomacy", "diplomacy", 2, "warsaw-recovery-conference-2032-06-23", a="Marek Wilczek", cat="Poland"),
  E("2032-06-23 05:30", "Polish jets scrambled during Russian attack on Ukraine",
    ["Polish and allied aircraft were scrambled early on Wednesday as Russia launched missiles and drones at targets in Ukraine, the Operational Command of the Polish Armed Forces said.",
     "Ground-based air defence systems were put on the highest readiness. No violation of Polish airspace was recorded."],
    "other", "security", 2, "poland-jets-scrambled-2032-06-23", cat="Poland",
    n="Poland's own precaution during the night's attack; must not merge with the Kharkiv strike"),
  ]))

# ---------------------------------------------------------------- day 2 = 2032-06-24
LVV = "lviv-combined-attack-2032-06-24"
EU = "eu-ukraine-first-accession-cluster-2032-06-24"

# ---------------------------------------------------------------- 20830 Mallowick Times (day 2, HTML live ticker, Berlin)
SEEDS.append(dict(
  id="20830", name="20830_mallowick-htmlticker", ext="html", source="Mallowick Times", zone="Europe/Berlin", render=r_m_htmllive,
  title="Ukraine war live ticker: Russian attack on Lviv kills four; EU opens first accession cluster", dateline="Thursday, 24 June 2032",
  lede="Russia strikes western Ukraine overnight while EU leaders meet in Brussels. Our live ticker.", related="Lviv, Lemberg, Lw\u00f3w: a city of many names",
  basis="stamp '{s}' (CEST = UTC+2) under the date line 'Thursday, 24 June 2032'; local {d} in {z}",
  notes="Invented outlet (Berlin, English edition). HTML live ticker without JSON-LD, newest first: <span class=\"stamp\">22:10 CEST</span>, h3 headline, body, 'By NAME' after the body. 20830-03 is a 'Photos:' teaser that prints only '[Gallery: 9 images]'. 20830-02 is a theme piece (analysis of strikes on western Ukraine). Spelling 'Lviv (Lemberg)' in 20830-07.",
  not_entries=["top bar (E-paper, Log in, Subscribe)", "section navigation", "'Live ticker' kicker", "h1 title", "date line", "intro (lede)", "'By ...' lines (author)",
               "gallery placeholder '[Gallery: 9 images]'", "'More on this topic' box with one related link", "'Earlier entries: yesterday\u2019s ticker'", "footer"],
  entries=[
  E("2032-06-24 22:10", "EU leaders give green light to first accession cluster with Ukraine",
    ["EU heads of state and government meeting in Brussels agreed on Thursday evening to open the first cluster of accession negotiations with Ukraine, covering the rule of law, public administration and fundamental rights.",
     "Hungary abstained rather than blocking the decision, diplomats said. The first intergovernmental conference could take place as early as July."],
    "diplomacy", "diplomacy", 3, EU, a="Jonas Brettschneider"),
  E("2032-06-24 19:35", "Analysis: Russia's long reach to Ukraine's western border",
    ["For much of the war, western Ukraine felt like a hinterland. Nights like the last one show that this is no longer true.",
     "Russian planners now routinely send cruise missiles on long detours over Belarus or the Black Sea so they approach Lviv, Lutsk or Rivne from unexpected directions. Air defence has to be spread thinly across a very large area.",
     "For Poland and other neighbours this brings the war closer too: every such attack means fighter jets in the air over their own territory."],
    "strikes", "strikes", 2, "analysis-russian-strikes-western-ukraine", a="Katrin Oberle",
    n="theme piece (analysis of Russian strikes on western Ukraine, no single event); must not merge with the Lviv attack"),
  E("2032-06-24 16:50", "Photos: Lviv counts the damage", [],
    "strikes", "strikes", 1, LVV, n="photo teaser without body"),
  E("2032-06-24 14:20", "Drone hits substation near Sheptytskyi",
    ["A Russian drone struck an electrical substation near Sheptytskyi in the Lviv region on Thursday afternoon, cutting power to about 12,000 households, the regional administration said.",
     "Nobody was injured. The town, formerly called Chervonohrad, lies about 70 kilometres north of Lviv."],
    "strikes", "strikes", 2, "sheptytskyi-substation-drone-2032-06-24", a="Katrin Oberle",
    n="same region (Lviv oblast), other event in the afternoon: must not merge with the overnight Lviv attack"),
  E("2032-06-24 11:05", "Lviv: death toll rises to three",
    ["The number of dead after the overnight attack on Lviv has risen to three, according to the city's mayor, Andriy Sadovyi.",
     "Rescue workers recovered the body of a woman from a destroyed house in the Sykhiv district."],
    "strikes", "strikes", 3, LVV, a="Jonas Brettschneider", n="toll 3"),
  E("2032-06-24 08:30", "Berlin signs \u20ac500m deal for Ukrainian long-range drones",
    ["Germany has signed a contract worth 500 million euros to finance the production of long-range drones in Ukraine, the Federal Ministry of Defence in Berlin announced.",
     "The drones are to be built by Ukrainian manufacturers, partly at sites in Germany."],
    "aid", "aid", 3, "germany-long-range-drone-deal-2032-06-24", a="Katrin Oberle"),
  E("2032-06-24 06:15", "Russian attack on Lviv kills two, Ukraine says",
    ["Russia attacked the western Ukrainian city of Lviv (Lemberg) overnight with drones and cruise missiles, killing two people and injuring 19, Ukrainian authorities said.",
     "Residential buildings and a logistics warehouse were hit. Lviv lies about 70 kilometres from the Polish border."],
    "strikes", "strikes", 3, LVV, a="Jonas Brettschneider", n="toll 2; spelling 'Lviv (Lemberg)'"),
  ]))

# ---------------------------------------------------------------- 20831 Rainford Chronicle (day 2, text live, Dublin)
SEEDS.append(dict(
  id="20831", name="20831_rainford-textlive", ext="txt", source="Rainford Chronicle", zone="Europe/Dublin", render=r_r_textlive,
  title="Ukraine live: Lviv hit overnight as Kharkiv mourns its dead", dateline="Thursday, 24 June 2032", tznote="All times are Irish time",
  lede="Follow the latest developments in Russia's war on Ukraine.",
  basis="bare local time '{s}' (page note 'All times are Irish time': IST = UTC+1 in summer) under the date line 'Thursday, 24 June 2032'; local {d} in {z}",
  notes="Invented outlet (Dublin). Text live blog, oldest first. Each post: headline, then 'NAME \u00b7 09.10' (author, then the bare local time with a dot), body. 20831-03 re-publishes day 1's explainer 20820-03 verbatim under the label 'Republished from Quaystone Herald' (re-post of day-1 entry: importance 1, same story slug, duplicate_of null because duplicate_of is defined within one seed). 20831-05 is a near-verbatim repeat of 20831-02 with its stale toll (two dead). 20831-01 continues day 1's Kharkiv story (toll 12, day of mourning).",
  not_entries=["masthead and navigation", "page title", "date line 'Thursday, 24 June 2032'", "'All times are Irish time'", "standfirst (lede)",
               "label 'Republished from Quaystone Herald'", "'NAME \u00b7 HH.MM' lines (author and stamp, not body)", "'Advertisement'", "'This live blog has now ended.'", "footer"],
  entries=[
  E("2032-06-24 07:20", "Kharkiv mourns as toll reaches 12",
    ["Kharkiv has declared a day of mourning after the death toll from Wednesday's missile strike on the city rose to 12, when another injured man died in hospital overnight.",
     "Flags were lowered across the city and entertainment events were cancelled, the mayor's office said."],
    "strikes", "strikes", 3, KHA, a="Aoife Kerr", n="continuation of day 1's Kharkiv strike: toll 12, day of mourning"),
  E("2032-06-24 08:05", "Lviv hit in overnight attack, two dead",
    ["Two people were killed and 19 injured when Russian drones and cruise missiles struck Lviv in western Ukraine overnight, according to the city's mayor.",
     "Lviv, close to the border with Poland, has been targeted less often than cities in the east but has suffered several deadly attacks since 2022."],
    "strikes", "strikes", 3, LVV, a="Aoife Kerr", n="toll 2"),
  E("2032-06-24 09:30", KEXPL_H, KEXPL_P, "strikes", "strikes", 1, KEXPL, a=KEXPL_A, partner="Quaystone Herald",
    n="re-post of day-1 entry 20820-03 (same headline, text and author, labelled 'Republished from Quaystone Herald'): importance 1"),
  E("2032-06-24 11:45", "Ukrainian drones set fire to Ryazan refinery",
    ["Ukrainian drones hit an oil refinery in the Russian city of Ryazan overnight, starting a large fire, the regional governor said, while Ukraine's general staff said the plant produced fuel for the Russian army.",
     "Russia's defence ministry said it had shot down 38 drones over several regions."],
    "strikes", "strikes", 2, "ryazan-refinery-drone-strike-2032-06-24", a="Donal Furey",
    n="same theme (overnight long-range strike), other event and other side: must not merge with the Lviv attack"),
  E("2032-06-24 14:55", "Lviv hit in overnight attack, two dead",
    ["Two people were killed and 19 injured when Russian drones and cruise missiles struck Lviv in western Ukraine overnight, according to the city mayor.",
     "Lviv, close to the border with Poland, has been targeted less often than cities in the east but has suffered several deadly attacks since 2022."],
    "strikes", "strikes", 1, LVV, a="Aoife Kerr", dup="20831-02", n="near-verbatim repeat of 20831-02 (stale toll: two)"),
  E("2032-06-24 16:10", "Government pledges \u20ac20m for Ukrainian demining",
    ["The Government has pledged \u20ac20 million for humanitarian demining in Ukraine, the T\u00e1naiste announced during a visit to Kyiv.",
     "The money will fund the clearance of farmland in the Kharkiv and Kherson regions."],
    "aid", "aid", 2, "ireland-demining-pledge-2032-06-24", a="Donal Furey"),
  E("2032-06-24 19:45", "Lviv toll rises to four as injured woman dies",
    ["A fourth person has died following the overnight Russian attack on Lviv, the city's mayor Andriy Sadovyi said, after a 71-year-old woman died of her injuries in hospital.",
     "A day of mourning will be held in the city on Friday."],
    "strikes", "strikes", 3, LVV, a="Aoife Kerr", n="toll 4"),
  ]))

# ---------------------------------------------------------------- 20832 Thornbury Echo (day 2, Atom world feed, UTC)
SEEDS.append(dict(
  id="20832", name="20832_thornbury-worldatom", ext="xml", source="Thornbury Echo", zone="UTC", render=r_atom,
  title="Thornbury Echo: World", url="https://thornburyecho.co.uk", feedpath="world/atom.xml",
  lede="International news from the Thornbury Echo",
  basis="Atom <published> '{s}' (UTC, 'Z'); local {d} in {z}",
  notes="Invented outlet. General world Atom feed, newest first, published in UTC ('Z'), author when given, escaped-HTML content. The war is a minority: 2 of 6 entries (EU accession cluster; Lviv attack, spelled 'Lvov'); 4 off-beat (Acropolis heat closure, Mumbai monsoon, Mexican peso, Philippine typhoon).",
  not_entries=["feed title, subtitle, links, id, updated, rights, generator", "category terms"],
  entries=[
  OFF("2032-06-24 21:30", "Heatwave closes Acropolis as temperatures reach 43C",
    ["Greek authorities closed the Acropolis in Athens for the afternoon on Thursday as temperatures reached 43C, the third such closure this month.",
     "Civil protection officials warned of a very high risk of wildfires across much of the country."],
    "athens-heatwave-acropolis-2032-06-24", a="Niamh Gallacher", n="weather"),
  E("2032-06-24 18:10", "EU leaders open first chapter of Ukraine membership talks",
    ["European Union leaders agreed on Thursday to open the first group of chapters in membership negotiations with Ukraine, a step Kyiv had been seeking for more than two years.",
     "The decision still leaves years of talks ahead. Several member states insist that Ukraine cannot join while the war continues."],
    "diplomacy", "diplomacy", 3, EU, a="Rupert Ashdown"),
  OFF("2032-06-24 15:45", "Monsoon reaches Mumbai a week early",
    ["The south-west monsoon arrived over Mumbai on Thursday, a week earlier than usual, bringing heavy rain that disrupted suburban trains, India's weather office said."],
    "mumbai-monsoon-2032-06-24", n="weather"),
  OFF("2032-06-24 12:05", "Mexican peso climbs to two-year high",
    ["Mexico's peso rose to its strongest level against the US dollar in two years on Thursday, supported by high interest rates and strong remittance flows."],
    "mexican-peso-high-2032-06-24", a="Rupert Ashdown", n="markets", cat="Business"),
  E("2032-06-24 09:40", "Drones and missiles kill three in Lvov, western Ukraine",
    ["Russian drones and missiles struck Lvov in western Ukraine overnight, killing three people and injuring about 20, local officials said on Thursday.",
     "The city, known in Ukrainian as Lviv, is a major transit hub for Western aid."],
    "strikes", "strikes", 3, LVV, a="Niamh Gallacher", n="toll 3; spelling 'Lvov'"),
  OFF("2032-06-24 06:15", "Typhoon makes landfall in northern Philippines",
    ["A typhoon with sustained winds of 165 km/h made landfall in the northern Philippine province of Cagayan early on Thursday, forcing more than 80,000 people into evacuation centres."],
    "philippines-typhoon-2032-06-24", n="weather"),
  ]))

# ---------------------------------------------------------------- 20833 Verbena Wire (day 2, RSS agency feed, Kyiv)
SEEDS.append(dict(
  id="20833", name="20833_verbena-rss", ext="xml", source="Verbena Wire", zone="Europe/Kyiv", render=r_rss_world,
  title="Verbena Wire - Top news", url="https://verbenawire.com.ua", guid="vw", feedpath="top-news-en", plain=True,
  lede="Ukrainian news agency: top news in English",
  basis="RSS pubDate '{s}' (explicit +0300 offset, Kyiv summer time); local {d} in {z}",
  notes="Invented outlet (Kyiv news agency). RSS 2.0, newest first, pubDate with +0300, one plain-text description per item (one paragraph), no authors. 20833-03 continues day 1's Kharkiv story (toll 12); 20833-05 follows up day 1's Sybiha-Wang Yi talks (a single-seed follow-up statement, importance 2). 20833-02 (Zelensky at the Lviv site, toll 4, Patriot plea) is a reaction whose content is the attack: same story, secondary aid.",
  not_entries=["channel title, link, description, language, copyright, lastBuildDate, atom:link", "category labels"],
  entries=[
  E("2032-06-24 23:40", "Zelensky thanks EU leaders for opening first negotiating cluster",
    ["President Volodymyr Zelensky thanked European Union leaders for the decision to open the first negotiating cluster with Ukraine, calling it \"a historic step that our soldiers have earned\". He said Ukraine was ready to open the remaining clusters before the end of the year."],
    "diplomacy", "diplomacy", 3, EU, cat="Politics", n="reaction to the same decision"),
  E("2032-06-24 20:10", "Zelensky visits Lviv after deadly attack, calls for more Patriot systems",
    ["President Volodymyr Zelensky visited the site of the overnight Russian strike in Lviv, where the death toll has risen to four, and called on partners to deliver additional Patriot systems to protect western Ukraine. He laid flowers at a memorial near a destroyed house in the Sykhiv district."],
    "strikes", "strikes", 3, LVV, sec=["aid"], cat="War", n="toll 4; reaction whose content is the attack"),
  E("2032-06-24 14:15", "Kharkiv holds day of mourning as strike toll rises to 12",
    ["Kharkiv held a day of mourning on June 24 for the victims of the June 23 missile strike, in which 12 people were killed, according to the regional military administration. Another 43 people were injured."],
    "strikes", "strikes", 3, KHA, cat="War", n="continuation of day 1's Kharkiv strike"),
  E("2032-06-24 10:30", "Air Force: 41 of 56 drones and 6 of 9 cruise missiles downed overnight",
    ["Russia attacked Ukraine overnight with 56 drones and nine Kalibr cruise missiles, the Air Force said. Air defence destroyed 41 drones and six missiles; the main target was Lviv."],
    "strikes", "strikes", 3, LVV, cat="War", n="interception figures for the same overnight attack"),
  E("2032-06-24 07:00", "Sybiha: talks in Beijing were frank and substantive",
    ["Foreign Minister Andrii Sybiha said his talks with Chinese Foreign Minister Wang Yi in Beijing had been \"frank and substantive\" and that the two sides had agreed to stay in contact on humanitarian issues, including the return of Ukrainian civilians. Sybiha is to travel on to Jakarta."],
    "diplomacy", "diplomacy", 2, SYB, cat="Politics", n="follow-up statement on day 1's talks; only this day-2 seed carries it"),
  ]))

# ---------------------------------------------------------------- day 3 = 2032-06-28
KRY = "kryvyi-rih-missile-strike-2032-06-28"
PSW = "uae-prisoner-exchange-2032-06-28"
NIK = "nikopol-shelling-2032-06-28"

# ---------------------------------------------------------------- 20840 Yewdale Times (day 3, RSS world feed, Sydney)
SEEDS.append(dict(
  id="20840", name="20840_yewdale-worldrss", ext="xml", source="Yewdale Times", zone="Australia/Sydney", render=r_rss_world,
  title="Yewdale Times | World", url="https://yewdaletimes.com.au", guid="ywt", lede="The latest world news from the Yewdale Times", lang="en-au",
  basis="RSS pubDate '{s}' (explicit +1000 offset, Australian Eastern Standard Time); local {d} in {z}",
  notes="Invented outlet (Sydney). General world RSS 2.0 feed, newest first, pubDate with +1000: the top item is dated Tue 29 Jun 01:30 local, which is still 28 June in UTC. The war is a minority: 2 of 6 items (Kryvyi Rih strike, spelled 'Kryvyy Rih'; prisoner swap); 4 off-beat (Indonesian volcano, NZ rates, Hong Kong typhoon signal, Brazilian tax reform).",
  not_entries=["channel title, link, description, language, copyright, lastBuildDate, atom:link", "category labels"],
  entries=[
  E("2032-06-29 01:30", "Missile strike on Ukrainian steel city kills nine",
    ["A Russian ballistic missile hit the centre of Kryvyy Rih, an industrial city in central Ukraine, on Monday, killing nine people and wounding 45, Ukrainian officials said.",
     "The city is the hometown of President Volodymyr Zelensky and has been attacked many times since the start of the full-scale invasion."],
    "strikes", "strikes", 3, KRY, a="Declan Moriarty", n="toll 9; spelling 'Kryvyy Rih'"),
  OFF("2032-06-28 23:10", "Indonesian volcano erupts, Bali flights cancelled",
    ["Mount Lewotobi Laki-laki in eastern Indonesia erupted again on Monday, sending an ash column 9 kilometres into the sky and forcing airlines to cancel dozens of flights to and from Bali."],
    "indonesia-volcano-bali-flights-2032-06-28", n="natural disaster"),
  E("2032-06-28 20:05", "Russia and Ukraine swap 190 prisoners each",
    ["Russia and Ukraine exchanged 190 prisoners of war each on Monday in a deal brokered by the United Arab Emirates, both sides said.",
     "It was the third such swap since April."],
    "diplomacy", "diplomacy", 3, PSW, a="Declan Moriarty"),
  OFF("2032-06-28 17:40", "New Zealand's central bank holds cash rate at 3 per cent",
    ["The Reserve Bank of New Zealand left its official cash rate unchanged at 3 per cent on Monday, saying inflation was back within its target band."],
    "nz-cash-rate-2032-06-28", n="markets", cat="Business"),
  OFF("2032-06-28 14:20", "Hong Kong raises typhoon signal No. 8, shutting markets",
    ["Hong Kong raised its No. 8 typhoon warning signal on Monday afternoon as a severe tropical storm approached, closing schools and suspending trading on the stock exchange."],
    "hong-kong-typhoon-signal-2032-06-28", n="weather"),
  OFF("2032-06-28 11:05", "Brazil's Congress approves tax overhaul",
    ["Brazil's lower house approved the final part of a sweeping overhaul of consumption taxes late on Sunday, sending the bill for presidential approval."],
    "brazil-tax-overhaul-2032-06-28", n="other countries' politics"),
  ]))

# ---------------------------------------------------------------- 20841 Glenmoriston Review (day 3, text midday briefing, London)
G_BY = "Fionnuala Rees"
SEEDS.append(dict(
  id="20841", name="20841_glenmoriston-briefing", ext="txt", source="Glenmoriston Review", zone="Europe/London", render=r_briefing,
  series="The Midday Briefing", title="Kryvyi Rih hit, prisoners home, Nikopol shelled: Ukraine at midday",
  lede="What you need to know about the war in Ukraine this lunchtime.", byline=G_BY, dateline="28 June 2032, 13:10 BST", dt="2032-06-28 13:10",
  signoff="The Midday Briefing returns tomorrow. Send tips to the world desk.",
  basis="no per-item time; the briefing's dateline '28 June 2032, 13:10 BST' (BST = UTC+1) applies to every item; local {d} in {z}",
  notes="Invented outlet. Text 'briefing' article: masthead and breadcrumb, series name 'The Midday Briefing', headline, standfirst, 'By Fionnuala Rees', dateline '28 June 2032, 13:10 BST', share line, then five sub-headed items (one entry each; stamp null, published = the dateline, author = the page byline). 20841-03 (repatriation of soldiers' bodies) must not merge with the prisoner exchange 20841-02; 20841-04 (Nikopol) must not merge with the Kryvyi Rih strike 20841-01.",
  not_entries=["masthead and breadcrumb", "series name 'The Midday Briefing'", "headline", "standfirst", "byline 'By Fionnuala Rees'", "dateline '28 June 2032, 13:10 BST'",
               "'Share \u00b7 Save \u00b7 Print'", "sign-off 'The Midday Briefing returns tomorrow. ...'", "footer"],
  entries=[
  E("2032-06-28 13:10", "Kryvyi Rih: six dead after missile hits city centre",
    ["A Russian ballistic missile struck a busy street in the centre of Kryvyi Rih shortly before 1pm local time, killing at least six people, according to Oleksandr Vilkul, the head of the city's military administration.",
     "Dozens were injured. Pictures from the scene showed a burnt-out bus and shattered shop fronts."],
    "strikes", "strikes", 3, KRY, a=G_BY, n="toll 6"),
  E("2032-06-28 13:10", "Prisoner swap brings 190 home",
    ["Ukraine and Russia each freed 190 prisoners of war in an exchange mediated by the United Arab Emirates. Kyiv said the Ukrainians released included 23 members of the National Guard captured in 2022."],
    "diplomacy", "diplomacy", 3, PSW, a=G_BY),
  E("2032-06-28 13:10", "Bodies of fallen soldiers returned",
    ["Separately, Ukraine received the bodies of 1,000 soldiers killed in the war, and handed over 42 to Russia, in a repatriation at the Belarusian border, Ukraine's coordination headquarters said."],
    "other", "humanitarian", 2, "soldiers-bodies-repatriation-2032-06-28", a=G_BY,
    n="same theme as the prisoner exchange (returns across the line), other event: must not merge with it"),
  E("2032-06-28 13:10", "Nikopol shelled again",
    ["Russian artillery shelled Nikopol across the Dnipro river this morning, killing one man and damaging a hospital, officials in the Dnipropetrovsk region said. The town faces near-daily fire from Russian positions around the occupied Zaporizhzhia nuclear plant."],
    "strikes", "strikes", 3, NIK, a=G_BY, n="same region (Dnipropetrovsk oblast), other event: must not merge with the Kryvyi Rih strike"),
  E("2032-06-28 13:10", "Dutch send F-16 spare parts",
    ["The Netherlands will send Ukraine spare parts and engines for F-16 fighter jets worth \u20ac120 million, the Dutch defence ministry said."],
    "aid", "aid", 2, "netherlands-f16-spare-parts-2032-06-28", a=G_BY),
  ]))

# ---------------------------------------------------------------- 20842 Stoneycroft Review (day 3, HTML live, Bucharest)
SEEDS.append(dict(
  id="20842", name="20842_stoneycroft-htmllive", ext="html", source="Stoneycroft Review", zone="Europe/Bucharest", render=r_s_htmllive,
  title="Live | Ukraine war: missile strike on Kryvyi Rih, new prisoner exchange", tznote="Times are Romanian time (EEST, UTC+3)",
  lede="Updates from Ukraine and the Black Sea region throughout the day.",
  basis="stamp '{s}' (day.month.year and local time, no zone on the entry; the page notes 'Times are Romanian time (EEST, UTC+3)'); local {d} in {z}",
  notes="Invented outlet (Bucharest, English edition). HTML live blog, oldest first; only a page-level NewsArticle JSON-LD (no per-update data); every update shows '28.06.2032 13:05' in a span, h2 headline, author in a span, body. 20842-05 is a near-verbatim repeat of 20842-02 ('said' for 'announced').",
  not_entries=["header brand, navigation and weather widget", "h1 title", "lead (lede)", "time-zone note", "author spans", "'Advertisement' slot", "footer"],
  entries=[
  E("2032-06-28 08:20", "Ukraine says it downed 71 of 93 drones overnight",
    ["Russia launched 93 drones at Ukraine overnight, of which 71 were shot down or jammed, Ukraine's air force said on Monday morning.",
     "Debris fell on a farm in the Izmail district, near the Romanian border, without causing casualties."],
    "strikes", "strikes", 2, "overnight-drone-attack-2032-06-28", a="Radu Ionescu-Tal"),
  E("2032-06-28 11:40", "Ukraine and Russia exchange 190 prisoners each, mediated by UAE",
    ["Ukraine and Russia exchanged 190 prisoners of war each on Monday, in a swap mediated by the United Arab Emirates, President Volodymyr Zelensky announced.",
     "Among the freed Ukrainians are soldiers who defended Mariupol and were held for more than ten years."],
    "diplomacy", "diplomacy", 3, PSW, a="Ilinca Vrabie"),
  E("2032-06-28 13:05", "Ballistic missile hits Kryvyi Rih, four dead",
    ["A Russian ballistic missile hit the centre of Kryvyi Rih around noon, killing four people and injuring at least 25, local officials said.",
     "Kryvyi Rih, in the Dnipropetrovsk region, is a major steel and iron-ore centre."],
    "strikes", "strikes", 3, KRY, a="Radu Ionescu-Tal", n="toll 4"),
  E("2032-06-28 14:30", "Romania completes delivery of its second Patriot system",
    ["Romania has completed the transfer of a second Patriot air defence system to Ukraine, the Romanian defence ministry said on Monday, confirming a decision taken by the Supreme Council of National Defence in the spring.",
     "Bucharest will receive replacement systems from the United States later this decade."],
    "aid", "aid", 3, "romania-second-patriot-transfer-2032-06-28", a="Ilinca Vrabie"),
  E("2032-06-28 15:10", "Ukraine and Russia exchange 190 prisoners each, mediated by UAE",
    ["Ukraine and Russia exchanged 190 prisoners of war each on Monday, in a swap mediated by the United Arab Emirates, President Volodymyr Zelensky said.",
     "Among the freed Ukrainians are soldiers who defended Mariupol and were held for more than ten years."],
    "diplomacy", "diplomacy", 1, PSW, a="Ilinca Vrabie", dup="20842-02", n="near-verbatim repeat of 20842-02"),
  E("2032-06-28 17:45", "Kryvyi Rih toll climbs to eight",
    ["The death toll from the missile strike on Kryvyi Rih has risen to eight, Oleksandr Vilkul, head of the city's military administration, said on Telegram.",
     "Forty-one people were injured, among them five children."],
    "strikes", "strikes", 3, KRY, a="Radu Ionescu-Tal", n="toll 8"),
  E("2032-06-28 19:30", "Moldova expels Russian diplomat over interference",
    ["Moldova declared a Russian embassy official persona non grata on Monday, accusing him of coordinating payments to protesters ahead of local elections, the foreign ministry in Chisinau said."],
    "diplomacy", "diplomacy", 2, "moldova-expels-russian-diplomat-2032-06-28", a="Ilinca Vrabie"),
  ]))

# ---------------------------------------------------------------- 20843 Upperdale News (day 3, text live, Vilnius)
U_BY = "R\u016bta Vaitkut\u0117 and Tomas Gedvilas"
SEEDS.append(dict(
  id="20843", name="20843_upperdale-textlive", ext="txt", source="Upperdale News", zone="Europe/Vilnius", render=r_u_textlive,
  title="Ukraine live: Kryvyi Rih strike kills ten; prisoners exchanged", dateline="Monday, 28 June 2032", byline=U_BY,
  lede="Our live coverage of the war in Ukraine and its impact on the Baltic region.",
  basis="stamp '{s}' (EEST = UTC+3) under the date line 'Monday, 28 June 2032'; local {d} in {z}",
  notes="Invented outlet (Vilnius, English edition). Text live blog, newest first: stamp line '22:20 EEST', headline, body, signature '\u2014 NAME' (author). Page byline 'Live coverage by R\u016bta Vaitkut\u0117 and Tomas Gedvilas' (not used: every post is signed, except the teaser). 20843-03 is a 'Video:' teaser with only '[Video, 1:04]'. 20843-02 is a theme piece (explainer on prisoner swaps).",
  not_entries=["masthead and navigation", "page title", "date line 'Monday, 28 June 2032'", "page byline 'Live coverage by ...'", "standfirst (lede)",
               "'\u2014 NAME' signatures (author)", "'[Video, 1:04]' placeholder", "subscription promo after the fourth post", "'Show earlier posts'", "footer"],
  entries=[
  E("2032-06-28 22:20", "Kryvyi Rih: ten dead, 47 injured",
    ["Ten people were killed and 47 injured in Monday's missile strike on Kryvyi Rih, Ukraine's emergency service said after rescuers finished their work in the city centre.",
     "A day of mourning has been declared in the city for Tuesday."],
    "strikes", "strikes", 3, KRY, a="R\u016bta Vaitkut\u0117", n="toll 10"),
  E("2032-06-28 20:05", "Explainer: how prisoner swaps between Kyiv and Moscow get made",
    ["Every exchange of prisoners of war starts with lists. Each side compiles the names of the people it wants back, and a mediator, most often the United Arab Emirates, carries the lists between them.",
     "Agreeing on names can take months. Russia has often refused to include Ukrainians convicted in occupied territories, while Kyiv has pushed for the return of the seriously wounded first.",
     "The final handover usually takes place at the Belarusian border, with both sides bussing prisoners to the crossing point on the same day."],
    "diplomacy", "diplomacy", 2, "explainer-prisoner-swaps", a="Tomas Gedvilas",
    n="theme piece (explainer on how exchanges are negotiated, no single event); must not merge with the day's exchange"),
  E("2032-06-28 17:30", "Video: Smoke rises over central Kryvyi Rih", [],
    "strikes", "strikes", 1, KRY, n="video teaser without body"),
  E("2032-06-28 15:10", "Lithuania to train 2,000 more Ukrainian soldiers",
    ["Lithuania will train another 2,000 Ukrainian soldiers at its ranges this year, the defence ministry in Vilnius said on Monday.",
     "Most of the courses will focus on drone operations and combat engineering."],
    "aid", "aid", 2, "lithuania-training-ukrainian-soldiers-2032-06-28", a="Tomas Gedvilas"),
  E("2032-06-28 12:45", "Ukraine and Russia swap 190 POWs",
    ["Ukraine brought home 190 prisoners of war on Monday in an exchange with Russia brokered by the United Arab Emirates.",
     "Russia received the same number of its servicemen, its defence ministry said."],
    "diplomacy", "diplomacy", 3, PSW, a="R\u016bta Vaitkut\u0117"),
  E("2032-06-28 10:20", "Nikopol under fire: one killed",
    ["One man was killed and three people injured when Russian artillery shelled Nikopol in the Dnipropetrovsk region on Monday morning, the regional governor said."],
    "strikes", "strikes", 3, NIK, a="R\u016bta Vaitkut\u0117", n="same region (Dnipropetrovsk oblast), other event: must not merge with the Kryvyi Rih strike"),
  E("2032-06-28 08:00", "Belarus moves troops for drills near Lithuanian border",
    ["Belarus has moved several thousand troops to training grounds near Hrodna, close to the Lithuanian and Polish borders, for exercises that will last until mid-July, Minsk said.",
     "Lithuania's border guard service said it had stepped up patrols but saw no immediate threat."],
    "other", "security", 2, "belarus-drills-hrodna-2032-06-28", a="Tomas Gedvilas"),
  ]))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Builds the eval/gg seed pages and their gold files from one hand-written data table (further below).
Every headline and paragraph is the blind tester's own wording (invented, set in December 2030 with the war still
under way); Part A imitates, from memory, the page layouts of ten real outlets (mostly their RSS/RDF feeds, one HTML
section page); Part B outlets are invented. Deterministic. Run from the project root:  python3 eval/gg/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "U.K.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **kw):
    """one entry: local time 'YYYY-MM-DD HH:MM[:SS]' in the page zone, headline (or None), body paragraphs, labels."""
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(kw)
    return d


def OFF(t, h, p, st, a=None, n="", **kw):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **kw)


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


def dt(s, zone):
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    return datetime.strptime(s, fmt).replace(tzinfo=ZoneInfo(zone))


def ampm(d, sep=":", space="", upper=False):
    hh = d.hour % 12 or 12
    suf = "am" if d.hour < 12 else "pm"
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
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if gmt else d.strftime("%z"))


def iso_z(d):
    return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def slugify(s):
    s = s.replace("\u2019", "").replace("'", "")
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:70]


def hexid(*parts, n=32):
    """deterministic pseudo-random hex string (article ids, tracking tokens)"""
    x = 0
    for ch in "|".join(str(p) for p in parts):
        x = (x * 131 + ord(ch)) % (1 << 128)
    out = ""
    while len(out) < n:
        x = (x * 6364136223846793005 + 1442695040888963407) % (1 << 128)
        out += f"{x >> 64:016x}"
    return out[:n]


def b64ish(*parts, n=44):
    alpha = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    h = hexid(*parts, n=n * 2)
    return "".join(alpha[int(h[i:i + 2], 16) % 64] for i in range(0, n * 2, 2))


def paras_html(ps):
    return "".join(f"<p>{esc(p)}</p>" for p in ps)


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
            loc_fmt = "%Y-%m-%d %H:%M:%S " if e["t"].count(":") == 2 else "%Y-%m-%d %H:%M "
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "published_local": d.strftime(loc_fmt) + S["zone"],
                         "published_basis": (e.get("basis") or S["basis"]).format(s=stamps[i], d=d.strftime(loc_fmt.strip()), z=S["zone"],
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
        if S.get("captured"):
            gold["captured"] = S["captured"]
        gold.update({"notes": S["notes"], "entries": ents, "not_entries": S["not_entries"]})
        with open(os.path.join(ROOT, "gold", S["name"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        total += len(ents)
        print(f"{fn:40s} {len(ents):2d} entries  UTC {sorted({x['published'][:10] for x in ents})}")
    print(f"{len(SEEDS)} seeds, {total} entries")


# ================================================================ Part A renderers (layouts of real outlets, from memory)

def r_reuters(S):
    """Reuters 'World News' RSS 2.0 as served through FeedBurner: xml-stylesheet lines, feedburner namespace, channel image and
    copyright, items with a feedproxy link, a non-permalink guid, category 'worldNews', pubDate with the US Eastern offset (-0500 in
    December), a description holding only the story's first paragraph (with the 'CITY, Mon D (Reuters) -' dateline) followed by
    escaped 'feedflare' share links and a tracking pixel, and feedburner:origLink."""
    z = S["zone"]; order_check(S, True)
    top = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<?xml-stylesheet type="text/xsl" media="screen" href="/~d/styles/rss2full.xsl"?><?xml-stylesheet type="text/css" media="screen" href="http://feeds.reuters.com/~d/styles/itemcontent.css"?>'
           '<rss xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0" version="2.0"><channel>',
           f'<title>{esc(S["title"])}</title>', '<link>https://www.reuters.com</link>',
           '<description>Reuters.com is where you find the latest world news, business news and analysis from the Reuters newsroom.</description>',
           '<image><title>Reuters News</title><width>120</width><height>35</height><link>https://www.reuters.com</link>'
           '<url>http://www.reuters.com/resources_v2/images/reuters125.png</url></image>',
           '<language>en-us</language>', f'<lastBuildDate>{rfc822(top + timedelta(minutes=11, seconds=7))}</lastBuildDate>',
           f'<copyright>All rights reserved. Reuters content may be viewed and printed for personal, non-commercial use only; any '
           f'republication or redistribution needs Reuters\' written consent. \u00a9 Reuters {top.year}</copyright>',
           '<atom10:link xmlns:atom10="http://www.w3.org/2005/Atom" rel="self" type="application/rss+xml" href="http://feeds.reuters.com/Reuters/worldNews" />'
           '<feedburner:info uri="reuters/worldnews" />'
           '<atom10:link xmlns:atom10="http://www.w3.org/2005/Atom" rel="hub" href="http://pubsubhubbub.appspot.com/" />']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        tok = b64ish("reuters", e["h"], n=11)
        rid = "idUSKBN" + hexid("rid", e["h"], n=6).upper()
        orig = f"https://www.reuters.com/article/{e['slug']}-{rid}"
        flare = ''.join(f'<a href="http://feeds.reuters.com/~ff/Reuters/worldNews?a={tok}:{b64ish(k, tok, n=12)}:{code}">'
                        f'<img src="http://feeds.feedburner.com/~ff/Reuters/worldNews?d={code}" border="0"></img></a> '
                        for k, code in (("a", "yIl2AUoC8zA"), ("b", "V_sGLiPBpWU"), ("c", "qj6IDK7rITs")))
        desc = esc(e["p"][0]) + esc(f'<div class="feedflare">\n{flare}\n</div><img src="http://feeds.feedburner.com/~r/Reuters/worldNews/~4/{tok}" height="1" width="1" alt=""/>')
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>http://feeds.reuters.com/~r/Reuters/worldNews/~3/{tok}/{rid}</link>',
                f'<guid isPermaLink="false">{orig}</guid>', '<category>worldNews</category>', f'<pubDate>{st}</pubDate>',
                f'<description>{desc}</description>', f'<feedburner:origLink>{orig}</feedburner:origLink>', '</item>']
    out += ['</channel></rss>']
    return "\n".join(out) + "\n", stamps


def r_ap(S):
    """AP News 'Top News' RSS 2.0 (apnews.com hub feed): content:encoded with the full story (first paragraph opens with the
    'CITY (AP) \u2014' dateline, ends with an italic contributor line and, on war stories, a 'Follow AP's coverage' line after a
    '___' rule), description = the first paragraph, dc:creator with the byline names, media:content lead photo, pubDate +0000."""
    z = S["zone"]; order_check(S, True)
    top = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" '
           'xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<link>https://apnews.com/hub/ap-top-news</link>',
           '<description>The day\u2019s top stories from AP News, the definitive source for independent journalism.</description>',
           '<language>en-US</language>', f'<copyright>Copyright {top.year} The Associated Press. All rights reserved.</copyright>',
           f'<lastBuildDate>{rfc822(top + timedelta(minutes=4))}</lastBuildDate>',
           '<atom:link href="https://apnews.com/hub/ap-top-news.rss" rel="self" type="application/rss+xml"/>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        aid = hexid("ap", e["h"])
        url = f"https://apnews.com/article/{e['slug']}-{aid}"
        body = paras_html(e["p"])
        if e.get("contrib"):
            body += f"<p><em>{esc(e['contrib'])}</em></p>"
        if e.get("follow"):
            body += "<p>___</p><p>Follow AP\u2019s coverage of the war in Ukraine at https://apnews.com/hub/russia-ukraine</p>"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{url}</link>', f'<guid isPermaLink="false">{aid}</guid>',
                f'<pubDate>{st}</pubDate>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += [f'<category>{esc(e["cat"])}</category>', f'<description>{esc(e["p"][0])}</description>',
                f'<content:encoded><![CDATA[{body}]]></content:encoded>',
                f'<media:content url="https://dims.apnews.com/dims4/default/{hexid("img", aid, n=7)}/2147483647/strip/true/crop/5000x3333+0+0/resize/1440x960!/quality/90/?url=https%3A%2F%2Fassets.apnews.com%2F{hexid("a", aid, n=2)}%2F{hexid("b", aid, n=2)}%2F{hexid("c", aid)}%2F{e["slug"][:20]}.jpg" medium="image" type="image/jpeg" width="1440" height="960">'
                f'<media:title>{esc(e["cap"])}</media:title></media:content>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_npr(S):
    """NPR 'World' RSS 2.0 (feeds.npr.org/1004/rss.xml): channel title 'World : NPR', items with description (the teaser),
    pubDate with the US Eastern offset, content:encoded = lead image, the same teaser paragraph, an '(Image credit: ...)'
    paragraph and the npr-rss-pixel tracking image; dc:creator with the reporter's name."""
    z = S["zone"]; order_check(S, True)
    top = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss xmlns:npr="https://www.npr.org/rss/" xmlns:nprml="https://api.npr.org/nprml" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" '
           'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" version="2.0">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<link>https://www.npr.org/templates/story/story.php?storyId=1004</link>',
           '<description>NPR world coverage: international news, politics, culture and analysis from NPR correspondents around the globe.</description>',
           f'<language>en</language><copyright>Copyright {top.year} NPR - For Personal Use Only</copyright><generator>NPR API RSS Generator 0.94</generator>',
           f'<lastBuildDate>{rfc822(top + timedelta(minutes=3, seconds=9))}</lastBuildDate>',
           '<image><url>https://media.npr.org/images/podcasts/primary/npr_generic_image_300.jpg?s=200</url><title>World</title>'
           '<link>https://www.npr.org/templates/story/story.php?storyId=1004</link></image>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        sid = 5300000000 + int(hexid("npr", e["h"], n=6), 16) % 99999999
        url = f"https://www.npr.org/{d:%Y/%m/%d}/{sid}/{e['slug']}"
        img = f"https://media.npr.org/assets/img/{d:%Y/%m/%d}/{e['slug'][:18]}_wide-{hexid('w', sid, n=40)}.jpg?s=600"
        body = f"<img src='{img}' alt='{attr(e['cap'])}'/>" + paras_html(e["p"]) + f"<p>(Image credit: {esc(e['credit'])})</p>" \
               + f"<img src='https://media.npr.org/include/images/tracking/npr-rss-pixel.png?story={sid}' />"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<description>{esc(e["p"][0])}</description>', f'<pubDate>{st}</pubDate>',
                f'<link>{url}</link>', f'<guid>{url}</guid>', f'<content:encoded><![CDATA[{body}]]></content:encoded>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out.append('</item>')
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_cnn(S):
    """CNN 'World' RSS 2.0 (rss.cnn.com/rss/edition_world.rss): one long line of XML, CDATA title/description, generator
    'coredev-bumblebee', ttl 10, items with permalink guid, pubDate in GMT and a media:group of image renditions; some items
    (galleries, videos) carry no description at all."""
    z = S["zone"]; order_check(S, True)
    top = dt(S["entries"][0]["t"], z)
    head = ('<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
            'xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/" version="2.0"><channel>'
            f'<title><![CDATA[{S["title"]}]]></title><description><![CDATA[CNN.com brings you the latest news and video from around the world.]]></description>'
            '<link>https://www.cnn.com/world</link><image><url>http://i2.cdn.turner.com/cnn/2015/images/09/24/cnn.digital.png</url>'
            f'<title>{esc(S["title"])}</title><link>https://www.cnn.com/world</link></image><generator>coredev-bumblebee</generator>'
            f'<lastBuildDate>{rfc822(top + timedelta(minutes=6, seconds=40), gmt=True)}</lastBuildDate><pubDate>{rfc822(top, gmt=True)}</pubDate>'
            f'<copyright><![CDATA[Copyright (c) {top.year} Turner Broadcasting System, Inc. All Rights Reserved.]]></copyright>'
            '<language><![CDATA[en-US]]></language><ttl>10</ttl>')
    items = []; stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=True); stamps.append(st)
        url = f"https://www.cnn.com/{d:%Y/%m/%d}/{e['sect']}/{e['slug']}-intl/index.html" if not e.get("gallery") else \
              f"https://www.cnn.com/{d:%Y/%m/%d}/{e['sect']}/gallery/{e['slug']}/index.html"
        it = f'<item><title><![CDATA[{e["h"]}]]></title>'
        if e["p"]:
            it += f'<description><![CDATA[{" ".join(e["p"])}]]></description>'
        img = f"https://cdn.cnn.com/cnnnext/dam/assets/{d:%y%m%d}{d:%H%M%S}-{e['slug'][:24]}"
        it += (f'<link>{url}</link><guid isPermaLink="true">{url}</guid><pubDate>{st}</pubDate><media:group>'
               + "".join(f'<media:content medium="image" url="{img}-{v}.jpg" height="{hgt}" width="{wd}" type="image/jpeg"/>'
                         for v, hgt, wd in (("super-169", 619, 1100), ("large-11", 300, 300), ("vertical-large-gallery", 552, 414),
                                            ("video-synd-2", 480, 640), ("live-video", 324, 576)))
               + '</media:group></item>')
        items.append(it)
    return head + "".join(items) + "</channel></rss>\n", stamps


def r_dw(S):
    """DW English 'all' feed in RSS 1.0 / RDF (rss.dw.com/rdf/rss-en-all): rdf:RDF root, channel with an rdf:Seq of item
    resources, items with title, link (with the '?maca=en-rss-en-all-1573-rdf' tracking query), one-paragraph description,
    dc:date in UTC ('Z') and dc:language; no authors."""
    z = S["zone"]; order_check(S, True)
    top = dt(S["entries"][0]["t"], z)
    links = []
    for e in S["entries"]:
        links.append(f"https://www.dw.com/en/{e['slug']}/a-{70000000 + int(hexid('dw', e['h'], n=6), 16) % 9999999}?maca=en-rss-en-all-1573-rdf")
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:syn="http://purl.org/rss/1.0/modules/syndication/">',
           '<channel rdf:about="https://www.dw.com/en/top-stories/s-9097?maca=en-rss-en-all-1573-rdf">',
           f'<title>{esc(S["title"])}</title>', '<link>https://www.dw.com/en/top-stories/s-9097?maca=en-rss-en-all-1573-rdf</link>',
           '<description>News and analysis from Germany, Europe and the world by Deutsche Welle.</description>',
           f'<dc:date>{iso_z(top + timedelta(minutes=7))}</dc:date>', '<dc:language>en</dc:language>',
           f'<dc:rights>{top.year} Deutsche Welle</dc:rights>', '<syn:updatePeriod>hourly</syn:updatePeriod>',
           '<items>', '<rdf:Seq>'] + [f'<rdf:li rdf:resource="{esc(l)}"/>' for l in links] + ['</rdf:Seq>', '</items>',
           '<image rdf:resource="https://static.dw.com/image/2372/6/logo.png"/>', '</channel>',
           '<image rdf:about="https://static.dw.com/image/2372/6/logo.png"><title>Deutsche Welle</title>'
           '<url>https://static.dw.com/image/2372/6/logo.png</url><link>https://www.dw.com</link></image>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso_z(d); stamps.append(st)
        out += [f'<item rdf:about="{esc(links[i])}">', f'<title>{esc(e["h"])}</title>', f'<link>{esc(links[i])}</link>',
                f'<description>{esc(" ".join(e["p"]))}</description>', f'<dc:date>{st}</dc:date>', '<dc:language>en</dc:language>', '</item>']
    out += ['</rdf:RDF>']
    return "\n".join(out) + "\n", stamps


def r_guardian(S):
    """The Guardian 'World news' RSS 2.0 (theguardian.com/world/rss): dc and media namespaces, items with many keyword categories
    (domain = tag URL), description = escaped HTML (standfirst/trail paragraphs, live blogs a bullet list, then 'Continue
    reading...' link), pubDate in GMT, two media:content renditions with media:credit, dc:creator, dc:date."""
    z = S["zone"]; order_check(S, True)
    top = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" version="2.0"><channel>',
           f'<title>{esc(S["title"])}</title>', '<link>https://www.theguardian.com/world</link>',
           '<description>World news, comment and analysis from the Guardian</description>', '<language>en-gb</language>',
           f'<copyright>Guardian News &amp; Media Limited or its affiliated companies. All rights reserved. {top.year}</copyright>',
           f'<pubDate>{rfc822(top + timedelta(minutes=2), gmt=True)}</pubDate>', f'<dc:date>{iso_z(top + timedelta(minutes=2))}</dc:date>',
           '<dc:language>en-gb</dc:language>', '<dc:rights>Guardian News &amp; Media Limited or its affiliated companies. All rights reserved.</dc:rights>',
           '<image><title>The Guardian</title><url>https://assets.guim.co.uk/images/guardian-logo-rss.c45beb1bafa34b347ac333af2e6fe23f.png</url>'
           '<link>https://www.theguardian.com</link></image>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=True); stamps.append(st)
        url = f"https://www.theguardian.com/{e['sect']}/{'live/' if e.get('live') else ''}{d:%Y/%b/%d}/{e['slug']}".lower()
        desc = "".join(f"<p>{esc(p)}</p>" for p in e["p"])
        if e.get("bullets"):
            desc += "<ul>" + "".join(f"<li><p>{esc(b)}</p></li>" for b in e["bullets"]) + "</ul>"
        desc += f' <a href="{url}">Continue reading...</a>'
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{url}</link>', f'<description>{esc(desc)}</description>']
        out += [f'<category domain="https://www.theguardian.com/{c}">{esc(n)}</category>' for c, n in e["cats"]]
        out += [f'<pubDate>{st}</pubDate>', f'<guid>{url}</guid>']
        for w in (140, 460):
            out.append(f'<media:content width="{w}" url="https://i.guim.co.uk/img/media/{hexid("gi", e["h"], n=40)}/0_0_5000_3000/master/5000.jpg?width={w}&amp;quality=85&amp;auto=format&amp;fit=max&amp;s={hexid(w, e["h"])}">'
                       f'<media:credit scheme="urn:ebu">{esc(e["credit"])}</media:credit></media:content>')
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += [f'<dc:date>{st and iso_z(d)}</dc:date>', '</item>']
    out += ['</channel></rss>']
    return "\n".join(out) + "\n", stamps


def r_f24(S):
    """France 24 English RSS 2.0 (france24.com/en/rss): channel with image and copyright, items with a short description,
    non-permalink guid, pubDate in GMT, category, media:thumbnail and media:content, dc:creator credit as printed on the
    site ('FRANCE 24', 'FRANCE 24 with AFP', 'NEWS WIRES')."""
    z = S["zone"]; order_check(S, True)
    top = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
           '<channel>', f'<title>{esc(S["title"])}</title>', '<link>https://www.france24.com/en/</link>',
           '<description>France 24: international news around the clock, in English.</description>', '<language>en</language>',
           f'<copyright>Copyright France 24 {top.year}</copyright>', f'<lastBuildDate>{rfc822(top + timedelta(minutes=5), gmt=True)}</lastBuildDate>',
           '<image><url>https://static.france24.com/meta_og_twcards/jsonld_publisher.png</url><title>France 24</title><link>https://www.france24.com/en/</link></image>',
           '<atom:link href="https://www.france24.com/en/rss" rel="self" type="application/rss+xml"/>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=True); stamps.append(st)
        url = f"https://www.france24.com/en/{e['sect']}/{d:%Y%m%d}-{e['slug']}"
        img = f"https://s.france24.com/media/display/{hexid('f', e['h'], n=8)}-{hexid('g', e['h'], n=4)}/w:1280/p:16x9/{e['slug'][:22]}.jpg"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{url}</link>', f'<description>{esc(" ".join(e["p"]))}</description>',
                f'<guid isPermaLink="false">{hexid("guid", url, n=8)}-{hexid("g2", url, n=4)}</guid>', f'<pubDate>{st}</pubDate>',
                f'<category>{esc(e["cat"])}</category>',
                f'<media:thumbnail url="{img}" width="1024" height="576"/>',
                f'<media:content url="{img}" type="image/jpeg" medium="image" width="1280" height="720"/>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out.append('</item>')
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_nyt(S):
    """NYT 'World News' RSS 2.0 (rss.nytimes.com/services/xml/rss/nyt/World.xml): channel 'NYT > World News', items with an
    atom:link rel="standout", one-sentence description, dc:creator (several names joined with 'and'), pubDate +0000, keyword
    categories with nytimes namespaces (des/geo/org/per), media:content + media:credit + media:description."""
    z = S["zone"]; order_check(S, True)
    top = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/" '
           'xmlns:nyt="http://www.nytimes.com/namespaces/rss/2.0" version="2.0">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<link>https://www.nytimes.com/section/world</link>',
           '<atom:link href="https://rss.nytimes.com/services/xml/rss/nyt/World.xml" rel="self" type="application/rss+xml"></atom:link>',
           '<description></description>', '<language>en-us</language>', f'<copyright>Copyright {top.year} The New York Times Company</copyright>',
           f'<lastBuildDate>{rfc822(top + timedelta(minutes=9))}</lastBuildDate>', f'<pubDate>{rfc822(top + timedelta(minutes=1))}</pubDate>',
           '<image><title>NYT &gt; World News</title><url>https://static01.nyt.com/images/misc/NYT_logo_rss_250x40.png</url>'
           '<link>https://www.nytimes.com/section/world</link></image>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        url = f"https://www.nytimes.com/{d:%Y/%m/%d}/world/{e['sect']}/{e['slug']}.html"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{url}</link>', f'<guid isPermaLink="true">{url}</guid>',
                f'<atom:link href="{url}" rel="standout"></atom:link>', f'<description>{esc(" ".join(e["p"]))}</description>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out.append(f'<pubDate>{st}</pubDate>')
        out += [f'<category domain="http://www.nytimes.com/namespaces/keywords/{dom}">{esc(k)}</category>' for dom, k in e["cats"]]
        out += [f'<media:content height="1800" medium="image" url="https://static01.nyt.com/images/{d:%Y/%m/%d}/multimedia/{d:%d}{e["slug"][:10]}-{hexid("n", e["h"], n=4)}/{d:%d}{e["slug"][:10]}-{hexid("n", e["h"], n=4)}-mediumSquareAt3X.jpg" width="1800"></media:content>',
                f'<media:credit>{esc(e["credit"])}</media:credit>', f'<media:description>{esc(e["cap"])}</media:description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def rel_ago(ref, d):
    mins = int((ref - d).total_seconds() // 60)
    assert mins >= 0
    if mins < 60:
        return "1 minute ago" if mins == 1 else f"{mins} minutes ago"
    h = mins // 60
    return "1 hour ago" if h == 1 else f"{h} hours ago"


def r_yahoo(S):
    """Yahoo News 'World' section page (news.yahoo.com/world/), HTML as saved from the browser: Atomic-CSS class names, the
    Yahoo header (search box, Mail, Sign in), News sub-navigation, a stream of cards (provider name, '\u2022', relative time
    '2 hours ago' in a <time> element whose datetime attribute holds the instant, headline link, one-paragraph summary), one
    sponsored card, a 'Trending' list in the side rail, footer links. No bylines on stream cards."""
    z = S["zone"]; order_check(S, True)
    ref = dt(S["captured"], z)
    out = ['<!DOCTYPE html>', '<html id="atomic" class="NoJs desktop" lang="en-US"><head><meta charset="utf-8">',
           f'<title>{esc(S["doc_title"])}</title>',
           '<meta name="description" content="The latest world news from Yahoo News: breaking stories, photos and video from around the globe.">',
           '<link rel="canonical" href="https://www.yahoo.com/news/world/">',
           '<script>window.YAHOO = window.YAHOO || {}; YAHOO.context = {"site":"news","region":"US","lang":"en-US","device":"desktop","bucket":"seamless"};</script>',
           '</head><body>',
           '<div id="ybar"><a class="logo" href="https://www.yahoo.com/">Yahoo</a><a href="https://news.yahoo.com/">News</a>'
           '<form role="search"><input type="text" name="p" placeholder="Search the web" aria-label="Search query"><button>Search</button></form>'
           '<a href="https://login.yahoo.com/">Sign in</a> <a href="https://mail.yahoo.com/">Mail</a></div>',
           '<nav id="nav"><ul><li><a href="/">Home</a></li><li><a href="/us/">US</a></li><li><a href="/politics/">Politics</a></li>'
           '<li class="selected"><a href="/world/">World</a></li><li><a href="/health/">Health</a></li><li><a href="/science/">Science</a></li>'
           '<li><a href="/originals/">Originals</a></li><li><a href="/weather/">Weather</a></li><li><a href="/newsletters/">Newsletters</a></li></ul></nav>',
           f'<div id="Main"><h1 class="Fz(24px) Fw(b)">{esc(S["title"])}</h1><ul class="My(0) Ov(h) P(0) Wow(bw)">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rel_ago(ref, d); stamps.append(st)
        url = f"https://www.yahoo.com/news/{e['slug']}-{d:%H%M%S}{hexid('y', e['h'], n=3)}.html"
        out.append('<li class="js-stream-content Pos(r)"><div class="Py(14px) Pos(r)"><div class="Cf">'
                   f'<div class="C(#959595) Fz(11px) D(ib) Mb(6px)"><span>{esc(e["prov"])}</span> \u2022 '
                   f'<time datetime="{d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")}">{st}</time></div>'
                   f'<h3 class="Mb(5px)"><a class="js-content-viewer" href="{url}">{esc(e["h"])}</a></h3>'
                   + "".join(f'<p class="Fz(14px) Lh(19px) LineClamp(2,38px) M(0)">{esc(p)}</p>' for p in e["p"])
                   + '</div></div></li>')
        if i == S.get("ad_after", 2):
            out.append('<li class="js-stream-ad Pos(r)"><div class="Py(14px)"><div class="C(#959595) Fz(11px)">'
                       f'<span>{esc(S["ad"][0])}</span> \u2022 <span>Ad</span></div><h3 class="Mb(5px)"><a href="https://beap.gemini.yahoo.com/mbclk?bv=1.0.0">'
                       f'{esc(S["ad"][1])}</a></h3><p class="Fz(14px)">{esc(S["ad"][2])}</p></div></li>')
    out += ['</ul><button class="Mt(20px)">Load more stories</button></div>',
            '<div id="Aside"><h2 class="Fz(18px)">Trending</h2><ol>' + "".join(f'<li><a href="/search?p={attr(t)}">{esc(t)}</a></li>' for t in S["trending"]) + '</ol>',
            '<div class="ad-slot" id="defaultLREC">Advertisement</div></div>',
            '<footer><ul><li><a href="https://legal.yahoo.com/us/en/yahoo/terms/otos/index.html">Terms</a></li>'
            '<li><a href="https://legal.yahoo.com/us/en/yahoo/privacy/index.html">Privacy Policy</a></li>'
            '<li><a href="https://legal.yahoo.com/us/en/yahoo/privacy/adinfo/index.html">About Our Ads</a></li>'
            '<li><a href="https://guce.yahoo.com/privacy-dashboard">Privacy Dashboard</a></li>'
            '<li><a href="https://www.yahoo.com/about/">About Yahoo</a></li></ul></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_gnews(S):
    """Google News topic feed, RSS 2.0 (news.google.com/rss/topics/...): generator NFE/5.0, items titled 'Headline - Publisher',
    encoded news.google.com article links, non-permalink guid, pubDate GMT, description = escaped HTML list of links (a
    single '<a>Headline</a>&nbsp;&nbsp;<font>Publisher</font>' or an <ol> cluster of several outlets' headlines), and a
    <source url> element naming the publisher. No body text and no authors anywhere."""
    z = S["zone"]; order_check(S, True)
    top = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?><rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel>'
           '<generator>NFE/5.0</generator>', f'<title>{esc(S["title"])}</title>',
           '<link>https://news.google.com/topics/CAAqJQgKIh9DQkFTRVFvSUwyMHZNRGRuTldZU0JXVnVMVWRDS0FBUAE?hl=en-US&amp;gl=US&amp;ceid=US:en</link>',
           '<language>en-US</language><webMaster>news-webmaster@google.com</webMaster>',
           f'<copyright>{top.year} Google LLC</copyright><lastBuildDate>{rfc822(top + timedelta(minutes=16, seconds=3), gmt=True)}</lastBuildDate>',
           '<description>Google News</description>']

    def glink(h, pub):
        return "https://news.google.com/rss/articles/CBMi" + b64ish("gn", h, pub, n=120) + "?oc=5"

    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=True); stamps.append(st)
        link = glink(e["h"], e["pub"])
        cl = [(e["h"], e["pub"])] + e.get("cluster", [])
        if len(cl) == 1:
            desc = f'<a href="{link}" target="_blank">{esc(e["h"])}</a>&nbsp;&nbsp;<font color="#6f6f6f">{esc(e["pub"])}</font>'
        else:
            desc = "<ol>" + "".join(f'<li><a href="{glink(h, p)}" target="_blank">{esc(h)}</a>&nbsp;&nbsp;<font color="#6f6f6f">{esc(p)}</font></li>'
                                    for h, p in cl) + "</ol>"
        out.append(f'<item><title>{esc(e["h"])} - {esc(e["pub"])}</title><link>{link}</link>'
                   f'<guid isPermaLink="false">CBMi{b64ish("gn", e["h"], e["pub"], n=120)}</guid><pubDate>{st}</pubDate>'
                   f'<description>{esc(desc)}</description><source url="{e["puburl"]}">{esc(e["pub"])}</source></item>')
    out += ['</channel></rss>']
    return "\n".join(out) + "\n", stamps


# ================================================================ PART A: ten real outlets' layouts (own words, invented news)
SEEDS = []

# ---------------------------------------------------------------- 19000 Reuters (World News RSS via FeedBurner)
SEEDS.append(dict(
  id="19000", name="19000_reuters-worldnews", ext="xml", source="Reuters", zone="America/New_York", render=r_reuters,
  title="Reuters: World News",
  basis="RSS pubDate '{s}' (explicit -0500 offset, US Eastern Standard Time); local {d} in {z} = {u} UTC",
  notes="Imitates the Reuters 'World News' RSS 2.0 feed served through FeedBurner (feeds.reuters.com/Reuters/worldNews): xml-stylesheet processing instructions, feedburner namespace, channel image/copyright, and per item a feedproxy link, a non-permalink guid, category 'worldNews', pubDate with the -0500 offset, a description holding only the story's first paragraph (opening with the 'CITY, Dec 2 (Reuters) -' dateline, which is part of the first sentence) followed by escaped 'feedflare' share links and a 1x1 tracking image, and feedburner:origLink. Newest first. The war is a minority: 3 of 8 items; 5 are off-beat (Chile, Philippines, Kenya, Japan, Indonesia). The last item is stamped 'Sun, 01 Dec 2030 21:33:40 -0500': a local date of 1 December but 02:33 UTC on 2 December, so every item falls on the UTC day 2030-12-02. No authors in the feed.",
  not_entries=["xml-stylesheet processing instructions", "channel title, link, description, image, language, lastBuildDate, copyright",
               "atom10:link self/hub and feedburner:info", "per item: category 'worldNews', guid and feedburner:origLink",
               "per item: the escaped 'feedflare' block (three share-link images) and the 1x1 feedburner tracking image after the description text"],
  entries=[
  OFF("2030-12-02 18:41:07", "Chile's Senate passes pension overhaul after two-year deadlock",
    ["SANTIAGO, Dec 2 (Reuters) - Chile's Senate on Monday approved a long-stalled overhaul of the country's private pension system, raising employer contributions by six percentage points over nine years and ending a standoff that had outlasted two labor ministers."],
    "chile-pension-overhaul-2030-12-02", n="Chilean politics", slug="us-chile-pensions"),
  E("2030-12-02 16:12:55", "Russian glide bombs kill three in Zaporizhzhia, governor says",
    ["KYIV, Dec 2 (Reuters) - Russian guided aerial bombs hit two residential districts of the Ukrainian city of Zaporizhzhia on Monday evening, killing three people and wounding 11, regional governor Ivan Fedorov said."],
    "strikes", "strikes", 3, "zaporizhzhia-glide-bomb-strike-2030-12-02", n="deadly strike", slug="us-ukraine-crisis-zaporizhzhia"),
  OFF("2030-12-02 13:20:18", "Philippines moves 90,000 people to shelters as typhoon nears Luzon",
    ["MANILA, Dec 2 (Reuters) - Philippine authorities evacuated about 90,000 people from coastal villages in northern Luzon on Monday as Typhoon Kalmaegi strengthened over the sea, the disaster agency said."],
    "philippines-typhoon-evacuation-2030-12-02", n="weather", slug="us-asia-storm-philippines"),
  E("2030-12-02 11:05:42", "Turkey ready to host new round of Russia-Ukraine prisoner talks, Fidan says",
    ["ANKARA, Dec 2 (Reuters) - Turkey is prepared to host a fresh round of talks between Russian and Ukrainian officials on exchanging prisoners of war and returning the bodies of dead soldiers, Foreign Minister Hakan Fidan said on Monday."],
    "diplomacy", "diplomacy", 2, "turkey-offers-prisoner-talks-2030-12-02", n="ministerial offer of mediation", slug="us-ukraine-crisis-turkey-talks"),
  OFF("2030-12-02 09:48:10", "Floods in Kenya's Rift Valley kill 14, thousands displaced",
    ["NAIROBI, Dec 2 (Reuters) - Flash floods in Kenya's Rift Valley have killed at least 14 people and forced more than 6,000 from their homes after days of unseasonal downpours, the Kenya Red Cross said on Monday."],
    "kenya-rift-valley-floods-2030-12-02", n="floods", slug="us-kenya-floods"),
  OFF("2030-12-02 07:30:02", "Japan's factory output falls for third straight month",
    ["TOKYO, Dec 2 (Reuters) - Japan's industrial production fell 0.8% in October from the previous month, government data showed on Monday, a third consecutive decline as car makers cut output."],
    "japan-factory-output-2030-12-02", n="economy", slug="us-japan-economy-output"),
  E("2030-12-02 04:22:51", "Russia says its forces took village in Dnipropetrovsk region; Kyiv denies",
    ["MOSCOW, Dec 2 (Reuters) - Russia's Defence Ministry said on Monday its troops had captured the village of Novopavlivka in Ukraine's Dnipropetrovsk region, a claim Ukraine's military spokesman called false."],
    "other", "frontline", 2, "novopavlivka-capture-claim-2030-12-02", n="territorial claim (frontline)", slug="us-ukraine-crisis-russia-village"),
  OFF("2030-12-01 21:33:40", "Indonesian volcano erupts again, disrupting flights to Bali",
    ["JAKARTA, Dec 2 (Reuters) - Mount Lewotobi Laki-laki in eastern Indonesia erupted again on Monday morning local time, sending an ash column four kilometres high and forcing several airlines to cancel flights to Bali."],
    "indonesia-volcano-flights-2030-12-02", n="volcano; local date 1 Dec (-0500) but 2 Dec in UTC", slug="us-indonesia-volcano"),
  ]))

# ---------------------------------------------------------------- 19001 AP News (Top News RSS, content:encoded)
AP_BASIS = "RSS pubDate '{s}' (+0000 = UTC); local {d} in {z}"
SEEDS.append(dict(
  id="19001", name="19001_apnews-topnews", ext="xml", source="AP News", zone="UTC", render=r_ap,
  title="AP News: Top News", basis=AP_BASIS,
  notes="Imitates the AP News 'Top News' hub RSS 2.0 feed: content:encoded carries the full story, description repeats its first paragraph, dc:creator gives the byline names (joined with 'and'), media:content the lead photo with its caption in media:title, pubDate +0000. Each war story opens with the AP dateline ('KHARKIV, Ukraine (AP) \u2014'), which belongs to the first sentence; it ends with an italic contributor line ('Associated Press writer ... contributed') and a '___' rule followed by 'Follow AP\u2019s coverage of the war in Ukraine at ...': these trailing lines are not counted in body_paragraphs. A top-news feed, so the war is a minority: 3 of 7 items; 4 are US or world off-beat items. Newest first; one UTC day.",
  not_entries=["channel title, link, description, language, copyright, lastBuildDate, atom:link", "per item: guid, category, media:content and its media:title photo caption",
               "per item: description (a repeat of the first paragraph of content:encoded, not a separate entry)",
               "italic contributor lines 'Associated Press writer ... contributed to this report.' at the end of content:encoded",
               "'___' rule and 'Follow AP\u2019s coverage of the war in Ukraine at https://apnews.com/hub/russia-ukraine' lines"],
  entries=[
  OFF("2030-12-03 22:15:09", "Lake-effect snow buries parts of New York and Ohio, closing highways",
    ["BUFFALO, N.Y. (AP) \u2014 Bands of lake-effect snow dumped more than 2 feet on communities south of Buffalo on Tuesday, shutting a stretch of the New York State Thruway and leaving hundreds of drivers waiting for plows.",
     "Forecasters said another 18 inches could fall by Wednesday night in the hardest-hit towns."],
    "great-lakes-snowstorm-2030-12-03", a="Michael Trent", n="US weather", slug="lake-effect-snow-buffalo-thruway", cat="U.S. News",
    cap="A plow clears a road in Orchard Park, N.Y., Tuesday, Dec. 3, 2030."),
  E("2030-12-03 20:02:44", "Russian drones hit Kharkiv apartment building, killing 4 including a 9-year-old",
    ["KHARKIV, Ukraine (AP) \u2014 Russian drones slammed into a nine-story apartment building in Ukraine\u2019s second-largest city on Tuesday evening, killing four people, among them a 9-year-old boy, local officials said.",
     "Kharkiv Mayor Ihor Terekhov said at least 17 others were wounded and that rescuers were still searching two upper floors that caught fire after the strike.",
     "\u201cPeople were just coming home from work,\u201d said Valentyna Hordiienko, 61, who lives in the building next door and watched firefighters carry residents out on stretchers.",
     "Ukraine\u2019s air force said Russia launched 88 drones at several regions overnight and into the evening, and that 61 were shot down or jammed."],
    "strikes", "strikes", 3, "kharkiv-drone-strike-apartment-2030-12-03", a="Yevhen Koval and Marta Sydorenko", n="deadly strike",
    slug="russia-ukraine-war-kharkiv-drones-apartment", cat="Russia-Ukraine war",
    cap="Firefighters work at an apartment building hit by a Russian drone in Kharkiv, Ukraine, Tuesday, Dec. 3, 2030.",
    contrib="Associated Press writer Illia Bondar in Kyiv, Ukraine, contributed to this report.", follow=True),
  OFF("2030-12-03 17:40:31", "Supreme Court agrees to hear challenge to state limits on teen social media use",
    ["WASHINGTON (AP) \u2014 The Supreme Court said Tuesday it will decide whether states can require social media companies to verify users\u2019 ages and get parental consent before teenagers open accounts.",
     "The justices will hear arguments in the spring, with a ruling expected by the end of June."],
    "us-supreme-court-teen-social-media-2030-12-03", a="Lindsay Harmon", n="US law", slug="supreme-court-social-media-age-verification", cat="U.S. News",
    cap="The Supreme Court is seen in Washington, Tuesday, Dec. 3, 2030."),
  E("2030-12-03 15:26:18", "Ukraine and Russia swap 203 prisoners each in first exchange in two months",
    ["KYIV, Ukraine (AP) \u2014 Ukraine and Russia each handed over 203 prisoners of war on Tuesday, the first such exchange since early October, officials on both sides said.",
     "President Volodymyr Zelenskyy posted photos of the returning Ukrainians, many of them gaunt and wrapped in blue-and-yellow flags, stepping off buses at an undisclosed location near the border with Belarus.",
     "Ukraine\u2019s Coordination Headquarters for the Treatment of Prisoners of War thanked the United Arab Emirates for its mediation."],
    "diplomacy", "diplomacy", 3, "prisoner-exchange-203-2030-12-03", a="Illia Bondar", n="big mediated prisoner exchange",
    slug="ukraine-russia-prisoner-exchange-uae", cat="Russia-Ukraine war",
    cap="Freed Ukrainian prisoners of war react after an exchange, Tuesday, Dec. 3, 2030.",
    contrib="Associated Press writer Katya Morozova in Tallinn, Estonia, contributed to this report.", follow=True),
  OFF("2030-12-03 12:10:55", "Powerball jackpot climbs to $1.4 billion after another drawing with no big winner",
    ["DES MOINES, Iowa (AP) \u2014 No ticket matched all six numbers in Monday night\u2019s Powerball drawing, pushing the jackpot to an estimated $1.4 billion, lottery officials said Tuesday."],
    "powerball-jackpot-2030-12-03", a="Greg Lundell", n="US lottery", slug="powerball-jackpot-billion-drawing", cat="U.S. News",
    cap="A Powerball sign is displayed at a convenience store in Des Moines, Iowa, Tuesday, Dec. 3, 2030."),
  OFF("2030-12-03 09:35:27", "Magnitude 6.4 earthquake shakes southern Peru; no deaths reported",
    ["LIMA, Peru (AP) \u2014 A magnitude 6.4 earthquake shook southern Peru early Tuesday, cracking walls in the city of Arequipa and triggering small landslides on mountain roads, but authorities reported no deaths.",
     "The quake was centered about 50 kilometers (30 miles) north of the town of Chivay at a depth of 110 kilometers (68 miles), the U.S. Geological Survey said."],
    "peru-earthquake-2030-12-03", a="Franco Villanueva", n="earthquake", slug="peru-earthquake-arequipa", cat="World News",
    cap="Residents inspect a damaged wall in Arequipa, Peru, Tuesday, Dec. 3, 2030."),
  E("2030-12-03 06:05:03", "Kremlin says it is open to talks but rejects any ceasefire deadline",
    ["MOSCOW (AP) \u2014 The Kremlin said Tuesday that Russia remains open to negotiations with Ukraine but will not accept what it called artificial deadlines for a ceasefire set by Kyiv\u2019s European allies.",
     "Kremlin spokesman Dmitry Peskov told reporters that any truce would have to \u201creflect the realities on the ground,\u201d a phrase Moscow uses to demand that Ukraine give up territory."],
    "diplomacy", "diplomacy", 2, "kremlin-rejects-ceasefire-deadline-2030-12-03", a="Katya Morozova", n="Kremlin spokesman's statement",
    slug="russia-kremlin-ceasefire-deadline-peskov", cat="Russia-Ukraine war",
    cap="Kremlin spokesman Dmitry Peskov speaks to reporters in Moscow, Tuesday, Dec. 3, 2030.",
    contrib="", follow=True),
  ]))

# ---------------------------------------------------------------- 19002 NPR (World RSS)
SEEDS.append(dict(
  id="19002", name="19002_npr-world", ext="xml", source="NPR", zone="America/New_York", render=r_npr,
  title="World : NPR",
  basis="RSS pubDate '{s}' (explicit -0500 offset, US Eastern Standard Time); local {d} in {z} = {u} UTC",
  notes="Imitates NPR's 'World' RSS 2.0 feed (feeds.npr.org/1004/rss.xml). Each item: title, description (the teaser), pubDate with the -0500 offset, link, guid, content:encoded (lead <img>, the same teaser as one <p>, a '(Image credit: ...)' paragraph and the npr-rss-pixel tracking image) and dc:creator. The body is the single teaser paragraph; the image credit is not body. Newest first; the war is a minority (2 of 6 items): a feature on front-line towns before winter (theme piece, other/humanitarian) and Zelenskyy's visit to Ankara (head-of-state diplomacy). NPR spells 'Zelenskyy'. The earliest item, 05:00 EST, is 10:00 UTC; the latest, 17:32 EST, is 22:32 UTC: one UTC day.",
  not_entries=["channel title, link, description, language, copyright, generator, lastBuildDate, image", "per item: link, guid",
               "per item: the '(Image credit: ...)' paragraph in content:encoded", "per item: lead <img> (alt text) and the npr-rss-pixel tracking image",
               "per item: content:encoded teaser paragraph (the same text as the description, not a second entry)"],
  entries=[
  OFF("2030-12-05 17:32:40", "In Bangladesh, a garment town braces for Europe's new supply-chain rules",
    ["Factories around Gazipur are racing to document every subcontractor before European due-diligence rules take full effect next year. Owners say small workshops may not survive the paperwork."],
    "bangladesh-garment-supply-chain-rules-2030-12-05", a="Priya Raman", n="trade feature", slug="bangladesh-garment-factories-eu-rules",
    cap="Workers at a garment factory in Gazipur, Bangladesh.", credit="Tanvir Ahmed for NPR"),
  E("2030-12-05 15:05:12", "Ukraine's front-line towns get ready for a ninth winter of war",
    ["In Kramatorsk and Sloviansk, residents are stacking firewood, taping windows and buying generators again. With Russian drones now reaching further behind the front, many say this winter feels closer to the fighting than any before."],
    "other", "humanitarian", 2, "feature-front-line-towns-ninth-winter-2030-12-05", a="Hannah Kowalczyk",
    n="theme piece (feature on civilians preparing for winter); no single event", slug="ukraine-kramatorsk-sloviansk-winter-war",
    cap="A woman carries firewood past a damaged building in Kramatorsk, Ukraine.", credit="Oleksii Danylenko for NPR"),
  OFF("2030-12-05 12:48:03", "Mexico's second round of judicial elections draws a sliver of voters",
    ["Fewer than one in seven eligible Mexicans voted to fill hundreds of federal judgeships, reviving arguments over whether electing judges strengthens or weakens the courts."],
    "mexico-judicial-elections-2030-12-05", a="Diego Salcedo", n="Mexican politics", slug="mexico-judicial-elections-turnout",
    cap="An election worker counts ballots in Mexico City.", credit="Luis Romero/AP"),
  E("2030-12-05 10:20:47", "Zelenskyy goes to Ankara to press Erdogan on Black Sea shipping and prisoner talks",
    ["Ukraine's president met Turkish President Recep Tayyip Erdogan in Ankara on Thursday. The two discussed keeping Black Sea shipping lanes open through the winter and Turkey's offer to host new talks on prisoner exchanges."],
    "diplomacy", "diplomacy", 3, "zelenskyy-erdogan-ankara-visit-2030-12-05", a="Peter Vance", n="head-of-state diplomatic visit",
    slug="zelenskyy-erdogan-ankara-black-sea", cap="Volodymyr Zelenskyy and Recep Tayyip Erdogan in Ankara on Thursday.", credit="Murat Kaya/AFP via Getty Images"),
  OFF("2030-12-05 07:55:21", "Australia's southeast swelters through an early-summer heat wave",
    ["Temperatures near 113 degrees Fahrenheit closed schools in parts of Victoria and South Australia, and fire crews warned the grass season could be the worst in years."],
    "australia-heat-wave-2030-12-05", a="Priya Raman", n="weather", slug="australia-heat-wave-victoria",
    cap="A beach in Adelaide during the heat wave.", credit="Simon Ridley/Getty Images"),
  OFF("2030-12-05 05:00:42", "Scientists name a tiny new tanager found in Peru's cloud forest",
    ["The bird, smaller than a sparrow and bright copper on the throat, lives on a single ridge in the Andes. Researchers say it may already be endangered."],
    "peru-new-bird-species-2030-12-05", a="Nell Greenberg", n="science", slug="new-bird-species-peru-cloud-forest",
    cap="The newly described tanager.", credit="Daniel Quispe/Centro de Ornitolog\u00eda"),
  ]))

# ---------------------------------------------------------------- 19003 CNN (World RSS)
SEEDS.append(dict(
  id="19003", name="19003_cnn-world", ext="xml", source="CNN", zone="UTC", render=r_cnn,
  title="CNN.com - RSS Channel - World",
  basis="RSS pubDate '{s}' (GMT = UTC); local {d} in {z}",
  notes="Imitates CNN's 'World' RSS 2.0 feed (rss.cnn.com/rss/edition_world.rss) as served: the whole document on one line, CDATA-wrapped title and description, generator 'coredev-bumblebee', ttl 10, items with permalink guid, pubDate in GMT and a media:group of five image renditions. The 15:22 item is a photo gallery whose item has no description at all (importance 1, off-beat). Descriptions are one or two sentences and count as one paragraph. The war is a minority: 3 of 7 items (the gas-facility barrage, Germany's two Patriot systems, satellite images of a Crimean airbase). No authors in the feed. Newest first; one UTC day.",
  not_entries=["channel title, description, link, image, generator, lastBuildDate, pubDate, copyright, language, ttl",
               "per item: link, guid and the media:group image renditions"],
  entries=[
  OFF("2030-12-06 21:48:30", "Record rainfall floods streets of Jeddah, shutting schools and delaying flights",
    ["Saudi Arabia\u2019s second city recorded almost a year\u2019s worth of rain in six hours on Friday, turning main roads into rivers. Authorities closed schools and urged residents to stay indoors."],
    "jeddah-floods-2030-12-06", n="weather", sect="middleeast", slug="saudi-arabia-jeddah-floods-rain"),
  E("2030-12-06 18:05:11", "Germany will send two more Patriot systems to Ukraine as Russia steps up winter strikes",
    ["Germany will deliver two additional Patriot air defense systems to Ukraine before the end of February, its defense ministry said Friday, hours after one of the heaviest Russian bombardments of the winter."],
    "aid", "aid", 3, "germany-two-patriot-systems-2030-12-06", n="delivery of complete long-range air-defence systems", sect="europe",
    slug="germany-patriot-systems-ukraine"),
  OFF("2030-12-06 15:22:46", "In pictures: The year in space", [],
    "gallery-year-in-space-2030-12-06", n="photo gallery without description", sect="world", slug="year-in-space-2030-photos", gallery=True),
  E("2030-12-06 12:40:05", "Russia pummels Ukraine\u2019s gas facilities in one of the largest attacks of the winter",
    ["Russia fired 53 missiles and more than 400 drones at Ukraine overnight, Ukraine\u2019s air force said, targeting gas production sites in the Poltava and Kharkiv regions. Two workers were killed at a compressor station, according to the state energy company."],
    "strikes", "strikes", 3, "russian-barrage-gas-facilities-2030-12-06", n="massive combined attack with deaths", sect="europe",
    slug="russia-ukraine-gas-facilities-attack"),
  OFF("2030-12-06 10:10:58", "Air traffic controllers\u2019 strike grounds hundreds of flights across Italy",
    ["A 24-hour walkout by Italian air traffic controllers forced airlines to cancel more than 600 flights on Friday, stranding travelers in Rome, Milan and Naples at the start of a holiday weekend."],
    "italy-air-traffic-strike-2030-12-06", n="transport", sect="travel", slug="italy-air-traffic-control-strike-flights"),
  OFF("2030-12-06 07:45:19", "Antarctic sea ice hits a record low for early December, scientists say",
    ["Sea ice around Antarctica covered less area this week than at any point in the satellite record for the time of year, according to new data from the US National Snow and Ice Data Center."],
    "antarctic-sea-ice-record-low-2030-12-06", n="climate", sect="climate", slug="antarctic-sea-ice-record-low-december"),
  E("2030-12-06 04:18:37", "Satellite images show damage at Crimean air base after Ukrainian drone attack",
    ["Commercial satellite images taken Thursday show two burned-out aircraft shelters and scorch marks on the apron at Saky air base in Russian-occupied Crimea, days after Ukraine said its long-range drones struck the site."],
    "strikes", "strikes", 2, "saky-air-base-drone-strike-2030-12-06", n="aftermath of a Ukrainian strike, no casualties reported", sect="europe",
    slug="crimea-saky-air-base-satellite-images"),
  ]))

# ---------------------------------------------------------------- 19004 DW (English 'all' feed, RSS 1.0 / RDF)
SEEDS.append(dict(
  id="19004", name="19004_dw-rssenall", ext="xml", source="DW", zone="UTC", render=r_dw,
  title="Deutsche Welle: DW.com English",
  basis="RDF dc:date '{s}' (ISO 8601, Z = UTC); local {d} in {z}",
  notes="Imitates DW's English 'all' feed, which is RSS 1.0 (RDF), not RSS 2.0: rdf:RDF root with the RSS 1.0 default namespace, a channel holding an rdf:Seq of item URLs, and items with title, link (with DW's '?maca=en-rss-en-all-1573-rdf' tracking query), a one-paragraph teaser description, dc:date in UTC and dc:language. No authors. Newest first. The war is a minority (3 of 7 items): a 'Ukraine updates:' teaser item (DW's rolling article on the war; its description summarises the Odesa port drone attack), Germany's extra air-defence money for 2031, and a meeting of exiled Russian opposition figures in Berlin (other/politics). 4 off-beat items (Bundesliga, Greens congress, glaciers, Romanian no-confidence vote).",
  not_entries=["channel title, link, description, dc:date, dc:language, dc:rights, syn:updatePeriod", "channel items rdf:Seq (list of item URLs)",
               "image element", "per item: dc:language", "the closing invitation 'Follow the latest developments in our updates article.' inside the 'Ukraine updates' teaser is part of its one description paragraph (not a separate entry)"],
  entries=[
  OFF("2030-12-08 20:31:00", "Bundesliga: Leverkusen go top with late winner in Stuttgart",
    ["A stoppage-time header lifted Bayer Leverkusen to a 2-1 win at VfB Stuttgart and onto the top of the table, one point ahead of Bayern Munich, who drew at home on Saturday."],
    "bundesliga-leverkusen-top-2030-12-08", n="football", slug="bundesliga-leverkusen-go-top-with-late-winner-in-stuttgart"),
  E("2030-12-08 18:04:00", "Ukraine updates: Russian drones hit Odesa port, injuring dock worker",
    ["Russian drones struck port facilities in Odesa overnight, setting a warehouse on fire and injuring one worker, the regional governor said. Ukraine's navy said grain ships continued to use the corridor. Follow the latest developments in our updates article."],
    "strikes", "strikes", 2, "odesa-port-drone-strike-2030-12-08", n="DW's rolling 'Ukraine updates' item; its teaser leads with a non-deadly port strike",
    slug="ukraine-updates-russian-drones-hit-odesa-port-injuring-dock-worker"),
  OFF("2030-12-08 15:40:00", "German Greens elect new co-leaders at Karlsruhe congress",
    ["Delegates of Germany's Green Party picked a new leadership duo on Sunday, promising to win back younger voters who drifted to the Left Party in recent state elections."],
    "german-greens-new-leaders-2030-12-08", n="German politics", slug="german-greens-elect-new-co-leaders-at-karlsruhe-congress"),
  E("2030-12-08 13:12:00", "Germany earmarks extra \u20ac1.5 billion for Ukraine's air defense in 2031",
    ["Germany's Defense Ministry has set aside an additional \u20ac1.5 billion ($1.75 billion) next year to buy air defense systems and interceptor missiles for Ukraine, according to budget documents seen by DW."],
    "aid", "aid", 3, "germany-air-defense-funds-2031-2030-12-08", n="large aid allocation", slug="germany-earmarks-extra-15-billion-for-ukraines-air-defense-in-2031"),
  OFF("2030-12-08 10:55:00", "Alpine glaciers lost record amount of ice in 2030, Swiss monitors say",
    ["Switzerland's glacier monitoring network said the country's glaciers shrank by more than 4% of their remaining volume this year, the second-worst loss since records began."],
    "alpine-glacier-loss-2030-12-08", n="climate", slug="alpine-glaciers-lost-record-amount-of-ice-in-2030-swiss-monitors-say"),
  E("2030-12-08 08:20:00", "Exiled Russian opposition figures meet in Berlin to plan for 'after the war'",
    ["Several dozen Russian opposition politicians, journalists and activists living in exile met in Berlin over the weekend to discuss how Russia could be governed after the war. Moscow has labeled most of them 'foreign agents'."],
    "other", "politics", 2, "russian-opposition-berlin-meeting-2030-12-08", n="Russian domestic politics in exile",
    slug="exiled-russian-opposition-figures-meet-in-berlin-to-plan-for-after-the-war"),
  OFF("2030-12-08 06:02:00", "Romania's government survives no-confidence vote over budget cuts",
    ["Romania's coalition government survived a no-confidence motion in parliament on Saturday night, with the opposition falling 19 votes short."],
    "romania-no-confidence-vote-2030-12-08", n="Romanian politics", slug="romanias-government-survives-no-confidence-vote-over-budget-cuts"),
  ]))

# ---------------------------------------------------------------- 19005 The Guardian (World news RSS)
GU_UA = [("world/ukraine", "Ukraine"), ("world/russia", "Russia"), ("world/europe-news", "Europe"), ("world/world", "World news")]
SEEDS.append(dict(
  id="19005", name="19005_guardian-world", ext="xml", source="The Guardian", zone="UTC", render=r_guardian,
  title="World news | The Guardian",
  basis="RSS pubDate '{s}' (GMT = UTC; dc:date gives the same instant); local {d} in {z}",
  notes="Imitates the Guardian's 'World news' RSS 2.0 feed (theguardian.com/world/rss): per item a description of escaped HTML (the trail text in <p>, then a 'Continue reading...' link, which is not body), several keyword categories whose domain is the tag URL, pubDate in GMT, two media:content renditions with a media:credit 'Photograph: ...', dc:creator and dc:date. Guardian trail texts are often printed without a final full stop; first_sentence is then the whole trail paragraph as printed. The 20:15 item is the day's live blog ('Russia-Ukraine war live: ...'): one entry; its trail names two developments (Zelenskyy's offer of a winter energy truce, which the headline leads with, and a deadly drone strike on Sumy): primary diplomacy, secondary strikes. The Guardian spells 'Zelenskyy'. The war is a minority (3 of 8 items).",
  not_entries=["channel title, link, description, language, copyright, pubDate, dc:date, dc:language, dc:rights, image",
               "per item: the 'Continue reading...' link at the end of the description", "per item: keyword categories (Ukraine, Russia, Europe, World news ...)",
               "per item: media:content renditions and their media:credit 'Photograph: ...' lines", "per item: guid and dc:date"],
  entries=[
  OFF("2030-12-09 22:40:18", "Floods in southern Brazil force 20,000 from their homes",
    ["Rio Grande do Sul hit by its third major flood in seven years as rivers burst their banks after a week of storms"],
    "brazil-rio-grande-do-sul-floods-2030-12-09", a="Tiago Ferraz", n="floods", sect="world", slug="brazil-floods-rio-grande-do-sul-20000-homes",
    cats=[("world/brazil", "Brazil"), ("world/americas", "Americas"), ("world/floods", "Floods"), ("world/world", "World news")],
    credit="Photograph: Rafael Mendon\u00e7a/Reuters"),
  E("2030-12-09 20:15:44", "Russia-Ukraine war live: Zelenskyy offers winter energy truce; two killed in Sumy drone strike",
    ["Ukrainian president says Kyiv would stop targeting Russian refineries if Moscow ends its attacks on Ukraine\u2019s power grid; regional governor says drone hit a minibus in Sumy"],
    "diplomacy", "diplomacy", 3, "zelenskyy-energy-truce-offer-2030-12-09", a="Lena Marsh and Ciaran Doyle", sec=["strikes"],
    n="the day's live blog as one feed item; headline leads with the head-of-state truce offer, the Sumy strike is secondary", sect="world",
    slug="russia-ukraine-war-live-zelenskyy-energy-truce-sumy", live=True, cats=GU_UA, credit="Photograph: Mykola Tymchenko/AFP/Getty Images"),
  OFF("2030-12-09 18:02:07", "Landslide buries village in western Nepal, killing at least nine",
    ["Rescuers dig by hand through mud and rock in Myagdi district after a hillside gave way during unseasonal rain"],
    "nepal-landslide-2030-12-09", a="Anjali Thapa", n="landslide", sect="world", slug="nepal-landslide-myagdi-village-nine-dead",
    cats=[("world/nepal", "Nepal"), ("world/south-and-central-asia", "South and central Asia"), ("world/world", "World news")],
    credit="Photograph: Sunil Karki/AFP/Getty Images"),
  E("2030-12-09 16:30:51", "UK signs \u00a3850m deal to supply Ukraine with interceptor drones",
    ["The UK will pay for tens of thousands of interceptor drones to be built in Britain and Ukraine over the next year, the defence secretary announced on Monday. Ministers said the first batch would reach Ukrainian units before the end of January."],
    "aid", "aid", 3, "uk-interceptor-drone-deal-2030-12-09", a="Owen Pritchard", n="major aid contract", sect="world",
    slug="uk-850m-deal-interceptor-drones-ukraine", cats=GU_UA + [("uk/defence", "Defence policy")], credit="Photograph: Ministry of Defence/PA"),
  OFF("2030-12-09 13:45:30", "Australia\u2019s social media ban for under-16s: a year on, has it worked?",
    ["Teenagers, parents and platforms give their verdict on the world-first law as regulators prepare their first review"],
    "australia-social-media-ban-review-2030-12-09", a="Mia Cardwell", n="Australian policy", sect="australia-news",
    slug="australia-social-media-ban-under-16s-one-year-on",
    cats=[("australia-news/australia-news", "Australia news"), ("technology/social-media", "Social media"), ("world/world", "World news")],
    credit="Photograph: Josh Whitlam/AAP"),
  OFF("2030-12-09 11:05:12", "Spain\u2019s parliament backs four-day week pilot for public sector",
    ["Trial will cover 40,000 civil servants in three ministries from April, with pay unchanged"],
    "spain-four-day-week-pilot-2030-12-09", a="Sara Molina", n="Spanish politics", sect="world", slug="spain-four-day-week-pilot-public-sector",
    cats=[("world/spain", "Spain"), ("world/europe-news", "Europe"), ("world/world", "World news")], credit="Photograph: Pablo Arregui/Reuters"),
  E("2030-12-09 08:20:03", "\u2018We sleep in shifts\u2019: life in Kherson under constant drone fire",
    ["On the right bank of the Dnipro, residents move through streets draped in anti-drone netting while Russian operators across the river hunt cars, buses and people on foot"],
    "other", "humanitarian", 2, "feature-kherson-life-under-drone-fire-2030-12-09", a="Ciaran Doyle",
    n="theme piece (feature on civilian life under drone attack); no single event", sect="world",
    slug="kherson-drone-attacks-civilians-life-netting", cats=GU_UA, credit="Photograph: Tom Hollis/The Guardian"),
  OFF("2030-12-09 06:00:40", "Delhi shuts schools for a week as smog reaches hazardous levels",
    ["Air quality index tops 450 in parts of India\u2019s capital as farm fires and still winter air trap pollution"],
    "delhi-smog-schools-closed-2030-12-09", a="Anjali Thapa", n="pollution", sect="world", slug="delhi-smog-schools-closed-hazardous",
    cats=[("world/india", "India"), ("world/pollution", "Pollution"), ("world/world", "World news")], credit="Photograph: Kavya Menon/Reuters"),
  ]))

# ---------------------------------------------------------------- 19006 France 24 (English RSS)
SEEDS.append(dict(
  id="19006", name="19006_france24-en", ext="xml", source="France 24", zone="UTC", render=r_f24,
  title="France 24 - International breaking news, top stories and headlines",
  basis="RSS pubDate '{s}' (GMT = UTC); local {d} in {z}",
  notes="Imitates France 24's English RSS 2.0 feed (france24.com/en/rss): short one-paragraph descriptions, non-permalink guid, pubDate in GMT, category, media:thumbnail and media:content, and a dc:creator credit as France 24 prints it: a desk name ('FRANCE 24', 'FRANCE 24 with AFP', 'NEWS WIRES'), not a person; kept as printed as the author. The 16:45 item is the channel's live page ('Live: ...'), one entry. The war is a minority: 3 of 7 items (Kramatorsk strike, Caesar howitzer contract, the Russian drone that crashed in Moldova). Newest first; one UTC day.",
  not_entries=["channel title, link, description, language, copyright, lastBuildDate, image, atom:link",
               "per item: guid, category, media:thumbnail and media:content"],
  entries=[
  OFF("2030-12-11 21:10:33", "French Senate adopts 2031 budget after all-night session",
    ["The upper house approved the government's spending plan by 191 votes to 140 on Wednesday evening, sending it back to the National Assembly for a final reading before Christmas."],
    "french-senate-budget-2031-2030-12-11", a="FRANCE 24", n="French politics", sect="france", slug="french-senate-adopts-2031-budget", cat="France"),
  E("2030-12-11 19:02:16", "France and Ukraine sign contract for 12 more Caesar howitzers",
    ["France's defence procurement agency signed a contract on Wednesday for 12 additional Caesar self-propelled howitzers for Ukraine, to be paid for partly with proceeds from frozen Russian assets."],
    "aid", "aid", 2, "france-caesar-howitzers-contract-2030-12-11", a="FRANCE 24 with AFP", n="arms contract (smaller aid)",
    sect="europe", slug="france-ukraine-contract-12-caesar-howitzers", cat="Europe"),
  E("2030-12-11 16:45:50", "Live: Russian missile strike on Kramatorsk kills five, Ukraine says",
    ["A Russian ballistic missile hit the centre of Kramatorsk in eastern Ukraine on Wednesday afternoon, killing five people and wounding at least 20, the Donetsk regional governor said. Follow FRANCE 24's live coverage."],
    "strikes", "strikes", 3, "kramatorsk-missile-strike-2030-12-11", a="FRANCE 24", n="live page item; deadly strike",
    sect="europe", slug="live-russian-missile-strike-on-kramatorsk-kills-five", cat="Europe"),
  OFF("2030-12-11 14:20:05", "Ivory Coast cocoa farmers protest over fixed farm-gate price",
    ["Hundreds of cocoa growers blocked roads near Soubr\u00e9 on Wednesday, demanding a higher guaranteed price after world prices climbed again this autumn."],
    "ivory-coast-cocoa-protest-2030-12-11", a="NEWS WIRES", n="African economy", sect="africa", slug="ivory-coast-cocoa-farmers-protest-price", cat="Africa"),
  OFF("2030-12-11 11:58:41", "Notre-Dame welcomes its 10 millionth visitor since reopening",
    ["Paris's cathedral marked the milestone with a morning concert, almost exactly six years after it reopened following the 2019 fire."],
    "notre-dame-visitors-milestone-2030-12-11", a="FRANCE 24", n="culture", sect="france", slug="notre-dame-10-millionth-visitor", cat="France"),
  E("2030-12-11 09:30:27", "Moldova says Russian drone crashed on its territory, summons ambassador",
    ["A Russian attack drone crashed in a field near the Moldovan village of Giurgiule\u0219ti overnight without exploding, Moldova's defence ministry said, and the foreign ministry summoned Russia's ambassador."],
    "strikes", "strikes", 2, "moldova-russian-drone-crash-2030-12-11", a="FRANCE 24 with AFP", sec=["diplomacy"],
    n="drone from a Russian attack falling on a neighbouring state (strikes), with a diplomatic protest (secondary)",
    sect="europe", slug="moldova-russian-drone-crashed-territory-ambassador", cat="Europe"),
  OFF("2030-12-11 06:15:09", "Cyclone makes landfall in northern Mozambique, cutting power to Pemba",
    ["Tropical cyclone Dara came ashore near Pemba early on Wednesday with winds of up to 160 km/h, tearing off roofs and knocking out electricity across Cabo Delgado province."],
    "mozambique-cyclone-2030-12-11", a="NEWS WIRES", n="weather", sect="africa", slug="cyclone-dara-landfall-mozambique-pemba", cat="Africa"),
  ]))

# ---------------------------------------------------------------- 19007 The New York Times (World News RSS)
NYT_UA = [("des", "Russian Invasion of Ukraine (2022)"), ("geo", "Ukraine"), ("geo", "Russia")]
SEEDS.append(dict(
  id="19007", name="19007_nytimes-world", ext="xml", source="The New York Times", zone="UTC", render=r_nyt,
  title="NYT > World News",
  basis="RSS pubDate '{s}' (+0000 = UTC); local {d} in {z}",
  notes="Imitates the NYT 'World News' RSS 2.0 feed (rss.nytimes.com/services/xml/rss/nyt/World.xml): Title Case headlines, a one-sentence description (the summary, one paragraph), dc:creator with one or more names joined by 'and' (kept as one string), pubDate +0000, keyword categories with NYT namespaces (des/geo/org/per), media:content with media:credit and media:description (photo caption: not body). Empty channel description, as the real feed has. The war is a minority: 3 of 7 items (the drone near the Zaporizhzhia nuclear plant, the Volgograd refinery strike, and an analysis of Russia's war economy, which is a theme piece: other/politics). Newest first; one UTC day.",
  not_entries=["channel title, link, atom:link, empty description, language, copyright, lastBuildDate, pubDate, image",
               "per item: guid, atom:link rel=standout, keyword categories", "per item: media:content, media:credit (photographer) and media:description (photo caption)"],
  entries=[
  OFF("2030-12-12 23:05:14", "In Peru\u2019s Highlands, a Town Tries to Save Its Glacier",
    ["Villagers near Huaraz are covering ice with reflective sheets and rerouting streams, hoping to slow a melt that threatens their water supply."],
    "peru-glacier-town-2030-12-12", a="Carolina Ibarra", n="climate feature", sect="americas", slug="peru-glacier-huaraz-water",
    cats=[("geo", "Peru"), ("des", "Glaciers"), ("des", "Global Warming")], credit="Julio Paucar for The New York Times",
    cap="Covering a section of the glacier above Huaraz with reflective sheets."),
  E("2030-12-12 20:40:02", "Russia and Ukraine Trade Blame After Drone Hits Near Zaporizhzhia Nuclear Plant",
    ["A drone struck a transformer yard just outside the Russian-occupied Zaporizhzhia nuclear plant on Thursday, the International Atomic Energy Agency said, and both Moscow and Kyiv accused the other of launching it."],
    "strikes", "strikes", 2, "zaporizhzhia-nuclear-plant-drone-2030-12-12", a="Marina Levchenko and Thomas Greer",
    n="strike near the nuclear plant, no casualties; the blame trading is about the attack itself", sect="europe",
    slug="zaporizhzhia-nuclear-plant-drone-iaea", cats=NYT_UA + [("org", "International Atomic Energy Agency")],
    credit="Lena Vogt for The New York Times", cap="The Zaporizhzhia nuclear plant seen from across the reservoir."),
  OFF("2030-12-12 18:12:47", "Kenya\u2019s Tea Pickers Square Off Against the Machines",
    ["As estates in Kericho bring in mechanical harvesters, thousands of workers who pick by hand fear that their jobs will not last the decade."],
    "kenya-tea-pickers-machines-2030-12-12", a="Abdi Wario", n="economy feature", sect="africa", slug="kenya-tea-harvesters-kericho",
    cats=[("geo", "Kenya"), ("des", "Tea"), ("des", "Automation")], credit="Kevin Mwangi for The New York Times",
    cap="Tea pickers at work on an estate in Kericho, Kenya."),
  E("2030-12-12 15:30:26", "Russia\u2019s Economy Is Slowing. Its War Machine Is Not.",
    ["Even as growth stalls and interest rates stay high, Russian factories are turning out artillery shells and drones faster than at any point in the war, according to a review of budget data and satellite images."],
    "other", "politics", 2, "analysis-russian-war-economy-2030-12-12", a="Anatoly Reznik", n="theme piece (analysis of Russia's war economy); no single event",
    sect="europe", slug="russia-economy-war-production", cats=NYT_UA[1:] + [("des", "Defense Industry"), ("des", "Economic Conditions and Trends")],
    credit="The New York Times", cap="A production line at a Russian munitions plant, in an image released by the Russian Defense Ministry."),
  OFF("2030-12-12 12:02:55", "Europe\u2019s Night Trains Make a Quiet Comeback",
    ["New sleeper routes from Brussels to Prague and from Rome to Munich are filling up, helped by travelers who want to avoid short flights."],
    "europe-night-trains-2030-12-12", a="Claire Dubois", n="travel", sect="europe", slug="europe-night-trains-sleeper",
    cats=[("des", "Railroads"), ("geo", "Europe"), ("des", "Travel and Vacations")], credit="Am\u00e9lie Rousset for The New York Times",
    cap="A sleeper train leaving Brussels-Midi station."),
  E("2030-12-12 09:25:38", "Ukraine Says Its Drones Struck an Oil Refinery Deep Inside Russia",
    ["Ukraine\u2019s military said its long-range drones hit a refinery in Volgograd overnight, setting off a fire that Russian officials said was put out by morning."],
    "strikes", "strikes", 2, "volgograd-refinery-drone-strike-2030-12-12", a="Thomas Greer", n="Ukrainian long-range strike, no casualties",
    sect="europe", slug="ukraine-drones-volgograd-refinery", cats=NYT_UA, credit="Reuters", cap="Smoke rising over the refinery in Volgograd, in a video posted on social media."),
  OFF("2030-12-12 06:10:05", "China\u2019s Exports Rise Again Despite New Tariffs",
    ["Chinese exports grew 6 percent in November from a year earlier, official data showed, as shipments to Southeast Asia and Africa offset weaker sales to the United States."],
    "china-exports-november-2030-12-12", a="Ben Xu", n="economy", sect="asia", slug="china-exports-november-tariffs",
    cats=[("geo", "China"), ("des", "International Trade and World Market")], credit="Wei Lan for The New York Times",
    cap="Containers stacked at the port of Ningbo."),
  ]))

# ---------------------------------------------------------------- 19008 Yahoo News (World section page, HTML)
SEEDS.append(dict(
  id="19008", name="19008_yahoonews-world", ext="html", source="Yahoo News", zone="UTC", render=r_yahoo,
  title="World", doc_title="World News - Latest International News | Yahoo News", captured="2030-12-14 21:10",
  basis="relative stamp '{s}' printed inside a <time> element whose datetime attribute gives the instant (UTC); consistent with the capture time 2030-12-14 21:10 UTC; local {d} in {z}",
  ad=("Brightline Solar", "Homeowners in your area are switching to solar panels", "Check whether your roof qualifies for a zero-down installation."),
  trending=["Dnipro missile strike", "Iceland eruption", "Black Sea talks", "Norway aid package", "Teide hiking permits"],
  notes="Imitates the Yahoo News 'World' section page (news.yahoo.com/world/) saved from a desktop browser: Yahoo header with search box, Sign in and Mail, News sub-navigation (World selected), a stream of syndicated cards and a side rail. Each card: provider name (Reuters, Associated Press, The Independent, AFP, Business Insider, The Telegraph), a bullet, a relative time ('35 minutes ago', '2 hours ago') inside <time> whose datetime attribute carries the exact instant, the headline link and a one-paragraph summary. Stream cards print no bylines, so author is null (the provider is the syndicating outlet, not an author). The page was captured at 21:10 UTC on 14 December 2030 (recorded as 'captured'); the relative times agree with the datetime attributes counted back from it. One sponsored card ('Brightline Solar \u2022 Ad') after the third card. 4 of 8 cards are about the war.",
  not_entries=["Yahoo header (logo, search box, Sign in, Mail)", "News sub-navigation (Home, US, Politics, World, Health, Science, Originals, Weather, Newsletters)",
               "page heading 'World'", "provider/time lines above each headline (stamp and syndication source, not body)",
               "sponsored card 'Brightline Solar \u2022 Ad' with its headline and text", "'Load more stories' button", "'Trending' side-rail list",
               "'Advertisement' slot", "footer links (Terms, Privacy Policy, About Our Ads, Privacy Dashboard, About Yahoo)", "inline YAHOO.context script"],
  entries=[
  E("2030-12-14 20:35", "Russian missile strike on Dnipro kills six, injures 30",
    ["A Russian missile hit a busy shopping street in the central Ukrainian city of Dnipro on Saturday afternoon, killing six people and injuring 30, the regional governor said, as shoppers crowded stores ahead of the holidays."],
    "strikes", "strikes", 3, "dnipro-missile-strike-2030-12-14", n="deadly strike", prov="Reuters", slug="russian-missile-strike-dnipro-kills"),
  OFF("2030-12-14 20:02", "Iceland volcano erupts again near Grindavik; Blue Lagoon evacuated",
    ["A new fissure opened on the Reykjanes peninsula on Saturday evening, sending lava fountains into the air for the first time since the summer and prompting the evacuation of the Blue Lagoon spa."],
    "iceland-reykjanes-eruption-2030-12-14", n="volcano", prov="Associated Press", slug="iceland-volcano-erupts-again-near"),
  E("2030-12-14 18:47", "Putin says Russia is ready to discuss a Black Sea ceasefire at Istanbul talks",
    ["Russian President Vladimir Putin said on Saturday that Moscow was willing to discuss halting attacks on ships and ports in the Black Sea when delegations meet in Istanbul next week, but gave no sign of a wider truce."],
    "diplomacy", "diplomacy", 3, "putin-black-sea-ceasefire-istanbul-2030-12-14", n="head-of-state statement on talks", prov="The Independent",
    slug="putin-says-russia-ready-discuss"),
  OFF("2030-12-14 17:30", "Ferry capsizes on Bangladesh river, at least 12 missing",
    ["An overloaded passenger ferry overturned on the Meghna river in southern Bangladesh on Saturday, and divers were searching for at least 12 missing people, officials said."],
    "bangladesh-ferry-capsize-2030-12-14", n="accident", prov="AFP", slug="ferry-capsizes-bangladesh-river-least"),
  E("2030-12-14 16:55", "Ukraine's interceptor drones now bring down a third of Russia's Shaheds, air force says",
    ["Cheap interceptor drones flown by Ukrainian mobile crews accounted for roughly one in three Russian attack drones destroyed in November, a Ukrainian air force spokesman said, up from one in ten in the spring."],
    "strikes", "strikes", 2, "interceptor-drones-shahed-share-2030-12-14", n="air-defence engagement figures (strikes)", prov="Business Insider",
    slug="ukraines-interceptor-drones-now-bring"),
  OFF("2030-12-14 15:40", "Tenerife caps hikers on Mount Teide after record visitor numbers",
    ["The Canary Islands government will limit daily access to the summit trails of Mount Teide from January, citing erosion and overcrowding on Spain's highest peak."],
    "tenerife-teide-hiker-cap-2030-12-14", n="tourism", prov="The Telegraph", slug="tenerife-caps-hikers-mount-teide"),
  E("2030-12-14 13:20", "Norway approves $1.2 billion in military aid for Ukraine next year",
    ["Norway's parliament approved 13 billion crowns ($1.2 billion) in military support for Ukraine for 2031 on Saturday, with about half earmarked for air defence and drones, the defence ministry said."],
    "aid", "aid", 3, "norway-military-aid-2031-2030-12-14", n="large aid package", prov="Reuters", slug="norway-approves-1-2-billion"),
  OFF("2030-12-14 11:50", "Heavy snow strands thousands of drivers on Japanese expressway",
    ["Hundreds of vehicles were stuck overnight on the Kan-Etsu Expressway in Niigata prefecture after heavy snowfall, and soldiers handed out food and fuel to stranded drivers."],
    "japan-snow-expressway-2030-12-14", n="weather", prov="Associated Press", slug="heavy-snow-strands-thousands-drivers"),
  ]))

# ---------------------------------------------------------------- 19009 Google News (topic feed 'Ukraine', RSS)
GN = "headline-only aggregator item (no body anywhere in the feed): importance follows the headline's news value; "
SEEDS.append(dict(
  id="19009", name="19009_googlenews-ukraine", ext="xml", source="Google News", zone="UTC", render=r_gnews,
  title="Ukraine - Latest - Google News",
  basis="RSS pubDate '{s}' (GMT = UTC); local {d} in {z}",
  notes="Imitates a Google News topic feed for 'Ukraine' (news.google.com/rss/topics/...): generator NFE/5.0, items titled 'Headline - Publisher', encoded news.google.com article links, non-permalink guid, pubDate in GMT, a <source url> element naming the publisher, and a description that is only escaped HTML links: either the item's own headline plus the publisher in grey (<font color=\"#6f6f6f\">), or an <ol> cluster with other outlets' headlines on the same story. There is no body text anywhere: first_sentence null and body_paragraphs 0 for every entry. Convention: headline = the title without the trailing ' - Publisher' suffix (the publisher is the <source>, not part of the headline and not an author; author null). Because these are headlines of full articles rather than 'Watch:'-style teasers, importance follows the headline's news value (deadly strike, head-of-state meeting and a fighter-jet sale are 3; casualty claims and a court case 2; football and Eurovision are off-beat 1). The cluster headlines in the first item's description are related links, not entries. A topic feed, so the war is the majority here (5 of 7).",
  not_entries=["channel generator, title, link, language, webMaster, copyright, lastBuildDate, description", "per item: guid and <source> element (publisher)",
               "per item: the ' - Publisher' suffix of the title and the grey publisher name after the link in the description",
               "first item's description: cluster links 'Odesa plunged into darkness after overnight drone raid' (Kyiv Independent) and 'Drone attack leaves much of Odesa without electricity' (Ukrainska Pravda): related headlines from other outlets, not entries"],
  entries=[
  E("2030-12-15 20:48:00", "Russian drones hit Odesa energy facilities, killing one and cutting power to 180,000", [],
    "strikes", "strikes", 3, "odesa-energy-drone-strike-2030-12-15", n=GN + "deadly strike; its description is a three-outlet cluster",
    pub="Reuters", puburl="https://www.reuters.com",
    cluster=[("Odesa plunged into darkness after overnight drone raid", "Kyiv Independent"),
             ("Drone attack leaves much of Odesa without electricity", "Ukrainska Pravda")]),
  E("2030-12-15 18:30:00", "Zelensky meets Polish president in Rzesz\u00f3w on air defence and grain transit", [],
    "diplomacy", "diplomacy", 3, "zelensky-polish-president-rzeszow-2030-12-15", n=GN + "head-of-state meeting",
    pub="Notes from Poland", puburl="https://notesfrompoland.com"),
  OFF("2030-12-15 16:05:00", "Shakhtar beat Legia 2-0 to top their Conference League group", [],
    "shakhtar-legia-conference-league-2030-12-15", n="football (headline-only aggregator item)", pub="UEFA.com", puburl="https://www.uefa.com"),
  E("2030-12-15 13:42:00", "Ukraine's General Staff says Russia lost 1,050 troops in the past day", [],
    "other", "frontline", 2, "general-staff-russian-losses-2030-12-15", n=GN + "daily loss claim (frontline)",
    pub="Ukrinform", puburl="https://www.ukrinform.net"),
  E("2030-12-15 11:20:00", "Russian court jails Yekaterinburg teacher for 12 years over donation to Ukrainian army", [],
    "other", "politics", 2, "yekaterinburg-teacher-sentenced-2030-12-15", n=GN + "Russian repression case (politics)",
    pub="The Moscow Times", puburl="https://www.themoscowtimes.com"),
  E("2030-12-15 09:10:00", "Sweden approves sale of 16 Gripen fighter jets to Ukraine", [],
    "aid", "aid", 3, "sweden-gripen-sale-ukraine-2030-12-15", n=GN + "major arms supply",
    pub="Defense News", puburl="https://www.defensenews.com"),
  OFF("2030-12-15 06:35:00", "Ukraine names ten finalists for its Eurovision 2031 national selection", [],
    "ukraine-eurovision-national-selection-2030-12-15", n="song contest (headline-only aggregator item)", pub="Eurovoix", puburl="https://eurovoix.com"),
  ]))



# ================================================================ Part B renderers (invented outlets)

def r_b_keypoints_live(S):
    """text live blog, newest first: 'Live' label, title, page byline, 'last updated' line, standfirst, a 'Key Points' list of
    headlines, then posts: stamp line '17 Dec 2030 17.40 GMT', headline, body (a teaser prints a photo credit line instead),
    'Share' line. No per-post authors (the page byline is every post's author)."""
    z = S["zone"]; order_check(S, True)
    top = dt(S["entries"][0]["t"], z)
    L = [S["source"].upper(), "News | World | Ukraine | Politics | Business | Sport | Opinion | Puzzles", "", "Live", S["title"], S["byline"],
         f"{top:%a} {top.day} {SHORT_MONTHS[top.month - 1]} {top.year} {top:%H.%M} {top.tzname()}", "", S["lede"], "",
         "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Show key events only", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {SHORT_MONTHS[d.month - 1]} {d.year} {d:%H.%M} {d.tzname()}"; stamps.append(st)
        L += [st, e["h"], ""]
        L += ptxt(e["p"]) if e["p"] else [e["photo"], ""]
        L += ["Share", ""]
        if i == 3:
            L += [f"Sign up to {S['source']} Morning Briefing: the news you need to start the day, in your inbox by 7am.", "Sign up", ""]
    L += ["Older posts", "", f"\u00a9 {top.year} {S['source']} Ltd \u00b7 About us \u00b7 Contact \u00b7 Complaints \u00b7 Privacy \u00b7 Cookies"]
    return "\n".join(L) + "\n", stamps


def r_b_ldlive(S):
    """HTML live blog, oldest first, LiveBlogPosting JSON-LD whose updates carry their own datePublished in UTC ('Z'); visible
    bare 'HH:MM' (local time, no zone printed) in <time datetime> under one date header; h2 headline; 'By NAME' line."""
    z = S["zone"]; order_check(S, False)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#update-{7310 + i}", "headline": e["h"], "datePublished": iso_z(d),
             "articleBody": " ".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "url": S["url"], "headline": S["title"],
          "description": S["lede"], "datePublished": iso_z(first), "dateModified": iso_z(last), "coverageStartTime": iso_z(first),
          "coverageEndTime": iso_z(first.replace(hour=23, minute=59)), "inLanguage": "en",
          "publisher": {"@type": "NewsMediaOrganization", "name": S["source"], "logo": {"@type": "ImageObject", "url": S["url"].split("/live")[0] + "/logo.png"}},
          "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - {esc(S["source"])}</title>',
           f'<link rel="canonical" href="{S["url"]}">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<div class="consent">{esc(S["source"])} and its partners use cookies. <button>Accept all</button> <button>Settings</button></div>',
           f'<header class="masthead"><a href="/">{esc(S["source"])}</a><nav><a href="/war">War</a> <a href="/politics">Politics</a> '
           '<a href="/business">Business</a> <a href="/kyiv">Kyiv</a> <a href="/opinion">Opinion</a> <a href="/support">Support us</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>',
           f'<div class="live-date">{DAYS_EN[first.weekday()]}, {first.day} {MONTHS[first.month - 1]} {first.year}</div>', '<section class="live-feed">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="live-update" id="update-{7310 + i}"><time datetime="{iso_z(d)}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="byline">By {esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<div class="tools"><a href="#">Copy link</a> <a href="#">Telegram</a> <a href="#">X</a></div></article>')
        if i == 2:
            out.append(f'<aside class="read-also"><strong>Read also:</strong> <a href="/war/archive">{esc(S["related"])}</a></aside>')
    out += ['</section><p class="live-end">Updates continue tomorrow.</p></main>',
            f'<footer>\u00a9 {esc(S["source"])} {first.year} \u00b7 Editorial standards \u00b7 Advertising \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_b_rss(S):
    """RSS 2.0 general world feed, newest first; pubDate with the outlet's numeric offset or 'GMT' (S['gmt']); dc:creator when the
    item has an author; plain escaped description (paragraphs joined with a space); category per item."""
    z = S["zone"]; order_check(S, True)
    top = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
           '<channel>', f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}/world</link>', f'<description>{esc(S["lede"])}</description>',
           '<language>en</language>', f'<lastBuildDate>{rfc822(top + timedelta(minutes=3), gmt=S.get("gmt", False))}</lastBuildDate>',
           f'<atom:link href="{S["url"]}/world/rss.xml" rel="self" type="application/rss+xml"/>', '<ttl>20</ttl>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=S.get("gmt", False)); stamps.append(st)
        link = f'{S["url"]}/{e.get("cat", "World").lower()}/{d:%Y/%m/%d}/{slugify(e["h"])}'
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="true">{link}</guid>',
                f'<pubDate>{st}</pubDate>', f'<category>{esc(e.get("cat", "World"))}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += [f'<description>{esc(" ".join(e["p"]))}</description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_b_atom(S):
    """Atom 1.0, newest first; <published> and <updated> with the outlet's offset (+02:00), author name, summary type="html"
    (escaped <p> paragraphs), category term. A re-promoted item keeps its text but carries new published/updated times."""
    z = S["zone"]; order_check(S, True)
    top = dt(S["entries"][0]["t"], z)
    base = S["url"]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link rel="alternate" type="text/html" href="{base}/"/>',
           f'<link rel="self" type="application/atom+xml" href="{base}/feed/atom"/>', f'<id>{base}/feed/atom</id>',
           f'<updated>{top.isoformat()}</updated>', f'<generator uri="https://wordpress.org/" version="8.1">WordPress</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat(); stamps.append(st)
        slug = slugify(e["h"])
        out += ['<entry>', f'<author><name>{esc(e["a"])}</name></author>' if e["a"] else '', f'<title type="html"><![CDATA[{e["h"]}]]></title>',
                f'<link rel="alternate" type="text/html" href="{base}/{e.get("cat", "news").lower()}/{slug}/"/>',
                f'<id>{base}/?p={e.get("pid", S.get("pbase", 48000) + i * 13)}</id>', f'<updated>{st}</updated>', f'<published>{st}</published>',
                f'<category scheme="{base}" term="{esc(e.get("cat", "News"))}"/>',
                '<summary type="html">' + esc(paras_html(e["p"])) + '</summary>', '</entry>']
    out.append('</feed>')
    return "\n".join(l for l in out if l) + "\n", stamps


def r_b_keyevents(S):
    """HTML 'key events' article: h1 title, standfirst, 'By NAME', one printed publication line 'Published 18 December 2030, 21:15 GMT'
    (also in a <time datetime>), then h2 section headings with bullet lists; every bullet is one entry (no headline, no own time).
    NewsArticle JSON-LD with the article's dates."""
    z = S["zone"]; pub = dt(S["published"], z)
    assert all(e["t"] == S["published"] for e in S["entries"])
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "url": S["url"],
          "datePublished": pub.isoformat(), "dateModified": pub.isoformat(), "author": [{"@type": "Person", "name": S["byline"]}],
          "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}, "articleSection": "Russia-Ukraine war"}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {esc(S["source"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header><a class="logo" href="/">{esc(S["source"])}</a><nav><a href="/news">News</a> <a href="/world">World</a> '
           '<a href="/ukraine">Ukraine</a> <a href="/features">Features</a> <a href="/newsletters">Newsletters</a></nav></header>',
           '<main><article>', f'<p class="kicker">{esc(S["kicker"])}</p>', f'<h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>',
           f'<p class="byline">By {esc(S["byline"])}</p>',
           f'<p class="published">Published <time datetime="{pub.isoformat()}">{pub.day} {MONTHS[pub.month - 1]} {pub.year}, {pub:%H:%M} {pub.tzname()}</time></p>',
           f'<figure><img src="/img/{pub:%Y%m%d}-keyevents.jpg" alt=""><figcaption>{esc(S["caption"])}</figcaption></figure>',
           f'<p>{esc(S["intro"])}</p>']
    cur = None
    for e in S["entries"]:
        if e["sect"] != cur:
            if cur is not None:
                out.append('</ul>')
            cur = e["sect"]; out += [f'<h2>{esc(cur)}</h2>', '<ul>']
        out.append('<li>' + " ".join(esc(p) for p in e["p"]) + '</li>' if len(e["p"]) == 1 else
                   '<li>' + "".join(f'<p>{esc(p)}</p>' for p in e["p"]) + '</li>')
    out += ['</ul>', f'<p class="related">Related: <a href="/ukraine">{esc(S["related"])}</a></p></article></main>',
            f'<footer>{esc(S["source"])} \u00b7 Terms \u00b7 Privacy \u00b7 Cookie settings \u00b7 Contact us</footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_b_ampm_live(S):
    """text live blog, oldest first: title, date line with weekday and year, 'All times GMT' note; each post: '9.05am' line,
    headline, 'By NAME' line, body; a video teaser prints a player line instead of text."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "Home  /  News  /  World  /  Live", "", S["title"], f"{S['dateline']}  \u00b7  {S['tznote']}", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, sep="."); stamps.append(st)
        L += [st, e["h"]]
        if e["a"]:
            L.append(f"By {e['a']}")
        L.append("")
        L += ptxt(e["p"]) if e["p"] else ["\u25b6 0:48", ""]
        if i == 4:
            L += ["Advertisement", ""]
    L += ["That's all from us today. Thank you for following.", "", f"{S['source']}  |  Terms  |  Privacy  |  Cookie policy  |  Contact"]
    return "\n".join(L) + "\n", stamps


def r_b_cet_live(S):
    """text live blog, newest first: title, page byline, date header with weekday and year, 'All times CET' note; each post: bare
    'HH:MM' line, headline, body; a 'Watch:' teaser prints '[Video]' only. No per-post authors."""
    z = S["zone"]; order_check(S, True)
    d0 = dt(S["entries"][0]["t"], z)
    L = [S["source"], "Poland  |  Europe  |  Ukraine  |  Business  |  Opinion  |  Live", "", S["title"], f"By {S['byline']}", "",
         S["lede"], "", f"{DAYS_EN[d0.weekday()]}, {d0.day} {MONTHS[d0.month - 1]} {d0.year}", S["tznote"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""]
        L += ptxt(e["p"]) if e["p"] else ["[Video]", ""]
        if i == 2:
            L += ["READ ALSO: " + S["related"], ""]
    L += ["Load earlier posts", "", f"\u00a9 {d0.year} {S['source']}  \u00b7  Imprint  \u00b7  Privacy"]
    return "\n".join(L) + "\n", stamps


def r_b_time_live(S):
    """HTML live blog, oldest first, no JSON-LD: date header, each post a <time datetime="...+00:00"> showing '9:12am', h3 headline,
    body, then 'Posted by NAME'."""
    z = S["zone"]; order_check(S, False)
    d0 = dt(S["entries"][0]["t"], z)
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {esc(S["source"])}</title>',
           f'<meta name="description" content="{attr(S["lede"])}"></head><body>',
           f'<header><div class="brand">{esc(S["source"])}</div><nav><a>Home</a> <a>News</a> <a>World</a> <a>Ukraine war</a> <a>Sport</a> '
           '<a>Weather</a></nav><a class="subscribe">Subscribe</a></header>',
           f'<main><div class="label">LIVE</div><h1>{esc(S["title"])}</h1>', f'<p class="intro">{esc(S["lede"])}</p>',
           f'<h2 class="day">{DAYS_EN[d0.weekday()]} {d0.day} {MONTHS[d0.month - 1]} {d0.year}</h2>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d); stamps.append(st)
        out.append(f'<div class="post"><time datetime="{d.isoformat()}">{st}</time><h3>{esc(e["h"])}</h3>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="posted">Posted by {esc(e["a"])}</p>')
        out.append('</div>')
        if i == 1:
            out.append('<div class="promo">Want the day\u2019s headlines in your inbox? <a>Sign up for our free newsletter</a></div>')
    out += ['</main>', f'<footer>{esc(S["source"])} \u00b7 Contact us \u00b7 Privacy notice \u00b7 Terms \u00b7 Accessibility</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_b_briefing(S):
    """text article (daily briefing) with section headings, one entry per section; page byline and a dateline with time and zone;
    no per-section time."""
    L = [S["source"], "Home  \u203a  International  \u203a  Europe", "", S["title"], "", S["lede"], "", f"By {S['byline']}", S["dateline"],
         f"Reading time: {S['readtime']} minutes", "", "Share  \u00b7  Save  \u00b7  Print", ""]
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
    L += [S["more"], "", f"{S['source']}  \u00b7  Imprint  \u00b7  Privacy  \u00b7  Subscriptions"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


# ================================================================ PART B: three multi-source days (invented outlets)
# Day 1 = 2030-12-17 (UTC), day 2 = 2030-12-18, day 3 = 2030-12-20.
KR = "kryvyi-rih-missile-strike-2030-12-17"
SANC = "eu-31st-sanctions-package-2030-12-17"
KHW = "long-read-kharkiv-window-volunteers"
KHW_H = "Long read: The night crews who put Kharkiv's windows back"
KHW_P = ["When a drone or a glide bomb hits Kharkiv, the glaziers usually arrive before the morning.",
         "Most of them are volunteers: builders, students, a retired physics teacher. Since the summer they have replaced more than 30,000 windows, working from a warehouse the city lends them for free.",
         "\u201cPeople can live a day without heating, but not without windows in December,\u201d says Vadym, who runs one of the crews."]

# ---------------------------------------------------------------- 19020 Hollinsbrae Courier (day 1, text live with Key Points)
SEEDS.append(dict(
  id="19020", name="19020_hollinsbrae-textlive", ext="txt", source="Hollinsbrae Courier", zone="Europe/London", render=r_b_keypoints_live,
  title="Russia-Ukraine war live: missile strike on Kryvyi Rih kills at least nine; EU adopts new sanctions", byline="Megan Tully",
  lede="Two ballistic missiles hit a residential street near the central market of Kryvyi Rih; Zelensky condemns 'deliberate' attack on his home city; EU foreign ministers sign off on 31st sanctions package.",
  basis="stamp '{s}' (date, 24-hour clock with a dot, GMT printed; UK time = UTC in December); local {d} in {z}",
  notes="Invented outlet (UK). Text live blog, newest first. Header: 'Live', title, page byline 'Megan Tully' (no per-post bylines: used as every entry's author), a last-updated line, standfirst, then a 'Key Points' list with two bullets that repeat two post headlines (19020-01 and 19020-03: key_point true). Each post: stamp line '17 Dec 2030 17.40 GMT', headline, body, 'Share'. 19020-05 is a 'Pictured:' teaser whose only content is a photo credit line (importance 1, story of the strike it shows). 19020-06 is a theme piece (analysis of why Kryvyi Rih is targeted) that mentions the strike but is its own story. Must-not-merge: the Kryvyi Rih strike vs the guided-bomb attack on Kharkiv (19020-04, same theme, other city, other event). Zelensky's condemnation (19020-02) is a reaction whose content is the attack itself, so it shares the strike's story (primary strikes, secondary aid for the Patriot plea).",
  not_entries=["masthead and navigation", "'Live' label", "page title", "page byline 'Megan Tully'", "last-updated line 'Tue 17 Dec 2030 17.40 GMT'", "standfirst",
               "'Key Points' header and its two bullets (they repeat post headlines; not separate entries)", "'Show key events only' toggle",
               "photo credit line 'Photograph: State Emergency Service of Ukraine/handout' in the 'Pictured:' teaser", "'Share' after every post",
               "newsletter sign-up box after the fourth post", "'Older posts'", "footer line"],
  entries=[
  E("2030-12-17 17:40", "Kryvyi Rih death toll rises to nine, including two children",
    ["The number of people killed by this morning's Russian missile strike on Kryvyi Rih has risen to nine, among them two children aged seven and 12, the head of the city's military administration, Oleksandr Vilkul, said.",
     "More than 50 people were injured. Thirty-one remain in hospital, eight of them in a serious condition."],
    "strikes", "strikes", 3, KR, a="Megan Tully", kp=True, n="toll 9; listed under Key Points"),
  E("2030-12-17 16:55", "Zelensky condemns 'deliberate strike on a peaceful city'",
    ["Volodymyr Zelensky said Russia had fired two Iskander ballistic missiles at Kryvyi Rih, his home city, at a time when the streets around the central market were full of people.",
     "\u201cThis was a deliberate strike on a peaceful city in the middle of the morning,\u201d the Ukrainian president wrote on Telegram, renewing his appeal to allies for more Patriot interceptors."],
    "strikes", "strikes", 3, KR, a="Megan Tully", sec=["aid"], n="presidential reaction whose content is the attack itself: same story as the strike"),
  E("2030-12-17 15:30", "EU adopts 31st sanctions package, targeting shadow fleet and Chinese drone suppliers",
    ["EU foreign ministers meeting in Brussels have formally adopted the bloc's 31st package of sanctions against Russia, adding 43 tankers of the so-called shadow fleet to its port ban and listing 11 Chinese and Turkish companies accused of supplying drone parts.",
     "Hungary and Slovakia dropped their objections late on Monday after securing an exemption for pipeline oil deliveries until the end of 2031."],
    "diplomacy", "diplomacy", 3, SANC, a="Megan Tully", kp=True, n="EU sanctions package; listed under Key Points"),
  E("2030-12-17 14:20", "Guided bombs hit Kharkiv's Saltivka district, injuring seven",
    ["Russian aircraft dropped two guided bombs on Kharkiv's north-eastern Saltivka district early this afternoon, injuring seven people and damaging a school that was empty at the time, regional governor Oleh Syniehubov said."],
    "strikes", "strikes", 2, "kharkiv-saltivka-guided-bombs-2030-12-17", a="Megan Tully",
    n="same theme (a Russian strike on a Ukrainian city the same day) but another city and event: must not merge with the Kryvyi Rih strike"),
  E("2030-12-17 13:05", "Pictured: Rescuers search the rubble in Kryvyi Rih", [],
    "strikes", "strikes", 1, KR, a="Megan Tully", photo="Photograph: State Emergency Service of Ukraine/handout", n="photo teaser without body"),
  E("2030-12-17 12:15", "Analysis: Why Russia keeps coming back to Kryvyi Rih",
    ["Today's attack is at least the fifth deadly missile strike on Kryvyi Rih this year, and the pattern is not an accident.",
     "The city is the heart of Ukraine's iron-ore and steel industry, which still earns a large share of the country's export revenue and supplies metal to its arms factories.",
     "It also lies within easy range of Russian ballistic missiles launched from the occupied south, which leave air-defence crews only a few minutes to react."],
    "strikes", "strikes", 2, "analysis-why-russia-targets-kryvyi-rih", a="Megan Tully",
    n="theme piece (analysis); mentions the day's strike but is its own story: must not merge with it"),
  E("2030-12-17 10:50", "Polish prosecutors charge two men over plot to sabotage rail line used for Ukraine aid",
    ["Prosecutors in Lublin have charged a Ukrainian and a Belarusian citizen with preparing, on the orders of Russian intelligence, to blow up a section of track on the line between Lublin and the Dorohusk border crossing.",
     "Both men deny the charges, according to their lawyers."],
    "other", "security", 2, "poland-rail-sabotage-charges-2030-12-17", a="Megan Tully", n="sabotage case (security)"),
  E("2030-12-17 09:20", "Missile strike on Kryvyi Rih kills three, officials say",
    ["At least three people have been killed and 14 injured after a Russian missile struck a residential street near the central market in Kryvyi Rih, in central Ukraine, local officials said.",
     "Serhii Lysak, the governor of Dnipropetrovsk region, said rescuers were searching a partly collapsed five-storey building."],
    "strikes", "strikes", 3, KR, a="Megan Tully", n="toll 3"),
  ]))

# ---------------------------------------------------------------- 19021 Nimbleford Herald (day 1, HTML live + LiveBlogPosting, Kyiv)
SEEDS.append(dict(
  id="19021", name="19021_nimbleford-ldlive", ext="html", source="Nimbleford Herald", zone="Europe/Kyiv", render=r_b_ldlive,
  title="Live: Russian missiles hit Kryvyi Rih; EU approves new sanctions package",
  url="https://www.nimblefordherald.example/live/war-2030-12-17",
  lede="Our rolling coverage of Russia's war against Ukraine: strikes, the front line and diplomacy.",
  related="Kryvyi Rih under fire: the attacks on the city since 2022",
  basis="visible '{s}' (Kyiv time, no zone printed) under the date header 'Tuesday, 17 December 2030'; the <time datetime> attribute and the update's JSON-LD datePublished give the same instant in UTC ({u}); local {d} in {z}",
  notes="Invented outlet (Kyiv). HTML live blog, oldest first, with schema.org LiveBlogPosting JSON-LD whose liveBlogUpdate items carry their own headline, datePublished (UTC, 'Z'), articleBody and author. Visible posts show a bare 'HH:MM' in Kyiv time (no zone printed) in a <time> element whose datetime is UTC, an h2 headline, a 'By NAME' line, body, and share tools. One date header 'Tuesday, 17 December 2030'. 19021-04 repeats 19021-02 almost word for word (stale toll of two; duplicate_of 19021-02). Must-not-merge: the Kryvyi Rih strike vs the overnight shelling of Nikopol (19021-01, same Dnipropetrovsk region, other event and weapon). A 'Read also' link sits after the third post.",
  not_entries=["cookie consent bar", "masthead and navigation", "page title (h1)", "standfirst", "date header 'Tuesday, 17 December 2030'",
               "'By NAME' lines (author, not body)", "share tools 'Copy link Telegram X' after each post",
               "'Read also: Kryvyi Rih under fire: the attacks on the city since 2022' (related link)", "closing line 'Updates continue tomorrow.'", "footer",
               "JSON-LD block (machine copy of the same updates, not additional entries)"],
  entries=[
  E("2030-12-17 08:15", "Nikopol shelled overnight; one man wounded",
    ["Russian forces shelled Nikopol from across the Kakhovka reservoir overnight, wounding a 58-year-old man and damaging a gas pipeline, Dnipropetrovsk governor Serhii Lysak said."],
    "strikes", "strikes", 2, "nikopol-overnight-shelling-2030-12-17", a="Iryna Datsenko",
    n="same region (Dnipropetrovsk) as Kryvyi Rih but another town, weapon and event: must not merge with the Kryvyi Rih strike"),
  E("2030-12-17 10:58", "Explosions in Kryvyi Rih: two killed, Vilkul says",
    ["Two people were killed and at least nine wounded when a missile hit the centre of Kryvyi Rih at about 10:40, Oleksandr Vilkul, head of the city military administration, said.",
     "He urged residents to stay in shelters as the air raid alert was still in force."],
    "strikes", "strikes", 3, KR, a="Andrii Hnatiuk", n="toll 2 (first report)"),
  E("2030-12-17 12:40", "Kryvyi Rih toll rises to five; ballistic missiles hit apartment block near market",
    ["The death toll in Kryvyi Rih has risen to five, Vilkul said, adding that 27 people were injured.",
     "According to the air force, Russia fired two Iskander-M ballistic missiles from occupied Zaporizhzhia region; neither could be intercepted."],
    "strikes", "strikes", 3, KR, a="Andrii Hnatiuk", n="toll 5"),
  E("2030-12-17 13:55", "Explosions in Kryvyi Rih: two killed, Vilkul says",
    ["Two people were killed and at least nine wounded when a missile hit the centre of Kryvyi Rih at about 10:40, Oleksandr Vilkul, the head of the city military administration, said.",
     "He urged residents to stay in shelters as the air raid alert was still in force."],
    "strikes", "strikes", 1, KR, a="Andrii Hnatiuk", dup="19021-02", n="near-verbatim repeat of 19021-02 (stale toll)"),
  E("2030-12-17 15:10", "General Staff: Russian assault near Huliaipole repelled",
    ["Ukrainian troops repelled a Russian mechanised assault west of Huliaipole in Zaporizhzhia region, destroying four armoured vehicles, the General Staff said in its afternoon report."],
    "other", "frontline", 2, "huliaipole-assault-repelled-2030-12-17", a="Iryna Datsenko", n="ground fighting (frontline)"),
  E("2030-12-17 17:35", "EU foreign ministers approve 31st sanctions package",
    ["The EU's 31st sanctions package against Russia has been formally approved by foreign ministers in Brussels, Foreign Minister Andrii Sybiha said, welcoming the new listings of shadow-fleet tankers.",
     "Sybiha said Kyiv expected work on the next package to begin in January."],
    "diplomacy", "diplomacy", 3, SANC, a="Oksana Melnyk"),
  E("2030-12-17 19:20", "Kryvyi Rih: toll reaches nine as rescuers work through the night",
    ["Nine people have now died in today's missile attack on Kryvyi Rih, including two children, Vilkul said in an evening video address. Rescuers will keep clearing the rubble overnight."],
    "strikes", "strikes", 3, KR, a="Andrii Hnatiuk", n="toll 9"),
  ]))

# ---------------------------------------------------------------- 19022 Mordaunt World Service (day 1, RSS world feed, +0100)
SEEDS.append(dict(
  id="19022", name="19022_mordaunt-worldrss", ext="xml", source="Mordaunt World Service", zone="Europe/Berlin", render=r_b_rss,
  title="Mordaunt World Service - World", url="https://www.mordauntworld.example", lede="International news from Mordaunt World Service",
  basis="RSS pubDate '{s}' (explicit +0100 offset, CET); local {d} in {z} = {u} UTC",
  notes="Invented outlet (Berlin-based, English-language). General world RSS 2.0 feed, newest first, pubDate with the +0100 offset, dc:creator, plain one-paragraph descriptions, a category per item. The war is a minority: 2 of 6 items; 4 off-beat (Argentine rates, Seoul subway strike, Quebec ice storm, Egyptian tourism). Spelling 'Krivoy Rog' (Russian transliteration) for Kryvyi Rih: same story as the other day-1 seeds (toll 8).",
  not_entries=["channel title, link, description, language, lastBuildDate, atom:link, ttl", "per item: link, guid and category"],
  entries=[
  OFF("2030-12-17 22:05", "Argentina's central bank cuts key rate for fourth time this year",
    ["Argentina's central bank lowered its benchmark interest rate by two percentage points on Tuesday, citing a further slowdown in monthly inflation."],
    "argentina-rate-cut-2030-12-17", a="Luc\u00eda Ferrer", n="markets", cat="Americas"),
  E("2030-12-17 19:40", "EU agrees new sanctions on Russia's shadow fleet and drone suppliers",
    ["The European Union adopted its 31st round of sanctions against Russia on Tuesday, banning 43 more tankers from EU ports and blacklisting firms in China and Turkey that it says supply drone components to Russia's army."],
    "diplomacy", "diplomacy", 3, SANC, a="Henrik Aalto", cat="Europe"),
  E("2030-12-17 16:20", "Death toll in Krivoy Rog missile strike rises to eight",
    ["Eight people were killed and more than 40 injured when Russian ballistic missiles hit the centre of the Ukrainian industrial city of Krivoy Rog on Tuesday morning, local authorities said."],
    "strikes", "strikes", 3, KR, a="Henrik Aalto", n="spelling 'Krivoy Rog'; toll 8", cat="Europe"),
  OFF("2030-12-17 13:10", "Seoul subway workers begin three-day strike",
    ["Drivers and station staff on Seoul's subway network walked out on Tuesday in a dispute over staffing levels, and the city laid on extra buses for the morning rush."],
    "seoul-subway-strike-2030-12-17", a="Min-ji Park", n="labour dispute", cat="Asia"),
  OFF("2030-12-17 10:45", "Ice storm leaves 300,000 without power in Quebec",
    ["Freezing rain coated power lines across southern Quebec overnight, leaving about 300,000 homes and businesses without electricity on Tuesday morning, the provincial utility said."],
    "quebec-ice-storm-2030-12-17", n="weather", cat="Americas"),
  OFF("2030-12-17 07:30", "Egypt reports record tourist arrivals in November",
    ["Egypt welcomed 1.9 million foreign visitors in November, the highest monthly figure on record, the tourism ministry said on Tuesday."],
    "egypt-tourism-record-2030-12-17", n="tourism", cat="Africa"),
  ]))

# ---------------------------------------------------------------- 19023 Goldcrest Review (day 1, Atom, Kyiv +02:00)
GOLD_URL = "https://goldcrestreview.example"
SEEDS.append(dict(
  id="19023", name="19023_goldcrest-atom", ext="xml", source="Goldcrest Review", zone="Europe/Kyiv", render=r_b_atom,
  title="Goldcrest Review", url=GOLD_URL, lede="Independent journalism from Kyiv",
  basis="Atom <published> '{s}' (explicit +02:00 offset, Kyiv time); local {d} in {z} = {u} UTC",
  notes="Invented outlet (Kyiv). WordPress-style Atom 1.0 feed, newest first: author, CDATA title, <published>/<updated> with +02:00, category, summary type=\"html\" with escaped <p> paragraphs. Spelling 'Kryvyy Rih' (toll 10, the highest of the day). 19023-04 is a long-read feature (its own story, other/humanitarian) that this outlet re-promotes in its day-2 feed (19033-03).",
  not_entries=["feed title, subtitle, links, id, updated, generator", "per entry: link, id, updated and category"],
  entries=[
  E("2030-12-17 21:30", "Kryvyy Rih mourns as toll climbs to 10",
    ["A tenth victim of Tuesday's missile strike on Kryvyy Rih, a 71-year-old woman, died in hospital in the evening, the city military administration said.",
     "The city has declared Wednesday and Thursday days of mourning. Flags on public buildings will be lowered and entertainment events cancelled."],
    "strikes", "strikes", 3, KR, a="Solomiia Kravets", n="spelling 'Kryvyy Rih'; toll 10", cat="News"),
  E("2030-12-17 19:05", "EU sanctions hit 43 more shadow-fleet tankers and two Chinese banks",
    ["The EU's new package of sanctions, adopted on Tuesday, adds 43 tankers to the list of vessels barred from European ports and services and, for the first time, restricts transactions with two regional banks in China.",
     "Ukraine had asked for a full ban on Russian liquefied natural gas, which the package phases in only from 2032."],
    "diplomacy", "diplomacy", 3, SANC, a="Maksym Oliinyk", cat="News"),
  E("2030-12-17 15:30", "Netherlands commits \u20ac500 million to drone production in Ukraine",
    ["The Netherlands will spend 500 million euros next year on drones built by Ukrainian manufacturers, including long-range strike drones and interceptors, the Dutch defence minister said during a visit to Kyiv."],
    "aid", "aid", 3, "netherlands-drone-production-funding-2030-12-17", a="Maksym Oliinyk", n="large aid pledge", cat="News"),
  E("2030-12-17 12:00", KHW_H, KHW_P, "other", "humanitarian", 2, KHW, a="Daryna Shevchuk",
    n="feature (long read) about civilian volunteers; no single event; re-promoted on day 2 as 19033-03", cat="Features", pid=47711),
  E("2030-12-17 09:15", "Rada passes 2031 budget with record defence spending",
    ["Ukraine's parliament approved the 2031 state budget on Tuesday morning, with defence and security taking 61 percent of planned spending.",
     "The budget assumes about 38 billion dollars of foreign financing, most of it from the EU."],
    "other", "politics", 2, "rada-2031-budget-2030-12-17", a="Solomiia Kravets", n="domestic politics (budget)", cat="News"),
  ]))

# Day 2 = 2030-12-18
CH = "chernihiv-dormitory-missile-strike-2030-12-18"
EUS = "eu-summit-ukraine-loan-2030-12-18"
CAN = "canada-military-aid-drones-2030-12-18"

# ---------------------------------------------------------------- 19030 Nuthatch Daily (day 2, HTML key-events article)
KE = "2030-12-18 21:15"
SEEDS.append(dict(
  id="19030", name="19030_nuthatch-keyevents", ext="html", source="Nuthatch Daily", zone="Europe/London", render=r_b_keyevents,
  title="Russia-Ukraine war: key events on day 3,220", url="https://www.nuthatchdaily.example/world/2030/dec/18/russia-ukraine-war-key-events-day-3220",
  kicker="Russia-Ukraine war", byline="Rhys Morgan", published=KE,
  lede="A missile strike on a student dormitory in Chernigov kills at least 11; Kryvyi Rih ends its search; EU leaders prepare to approve a loan for 2031.",
  caption="Emergency workers outside the damaged dormitory in Chernigov on Wednesday. Photograph: Viktor Hlushko/Reuters",
  intro="Here is where things stand as the war enters day 3,220.",
  related="More on the war in Ukraine",
  basis="no per-item time; every bullet takes the article's printed publication line 'Published 18 December 2030, 21:15 GMT' (UK time = UTC in December); local {d} in {z}",
  notes="Invented outlet (UK). HTML 'key events' article (not a live blog): kicker, h1, standfirst, byline 'By Rhys Morgan' (used as every entry's author), one printed publication line 'Published 18 December 2030, 21:15 GMT' (also in a <time datetime>), photo with caption, an intro sentence, then bullet lists under the h2 headings Fighting, Diplomacy, Aid and weapons, Politics. Each bullet is one entry: no headline (null), no own stamp (stamp null, published = the article's publication time). Spelling 'Chernigov' (Russian transliteration) for Chernihiv. Must-not-merge: the Chernigov dormitory strike vs the drone fire at a gas compressor station near Nizhyn (19030-03, same Chernihiv region, other event). 19030-02 continues the day-1 Kryvyi Rih story (search over, toll 12). The EU summit preview (19030-05) and Canada's aid (19030-06) are also told by 19032 and 19033 respectively.",
  not_entries=["header navigation", "kicker 'Russia-Ukraine war'", "h1 title", "standfirst", "byline 'By Rhys Morgan'", "publication line 'Published 18 December 2030, 21:15 GMT'",
               "photo caption 'Emergency workers outside the damaged dormitory ... Photograph: Viktor Hlushko/Reuters'", "intro sentence 'Here is where things stand ...'",
               "section headings Fighting / Diplomacy / Aid and weapons / Politics", "'Related: More on the war in Ukraine' link", "footer",
               "NewsArticle JSON-LD"],
  entries=[
  E(KE, None, ["At least 11 people were killed when a Russian missile struck a student dormitory in the centre of Chernigov on Wednesday morning, the regional governor said. More than 30 people were injured, most of them students at the city's polytechnic university."],
    "strikes", "strikes", 3, CH, a="Rhys Morgan", sect="Fighting", n="spelling 'Chernigov'; toll 11"),
  E(KE, None, ["Rescuers in Kryvyi Rih ended their search of the building hit on Tuesday after recovering two more bodies, raising the death toll from the attack to 12. The city began two days of mourning."],
    "strikes", "strikes", 3, KR, a="Rhys Morgan", sect="Fighting", n="day-2 continuation of the day-1 Kryvyi Rih strike: search over, toll 12, mourning"),
  E(KE, None, ["A drone set fire to a gas compressor station near Nizhyn, also in the Chernigov region, overnight; the state gas company said nobody was hurt and supplies were not affected."],
    "strikes", "strikes", 2, "nizhyn-gas-station-drone-2030-12-18", a="Rhys Morgan", sect="Fighting",
    n="same region (Chernihiv oblast), other event (night drone on a gas site, no casualties): must not merge with the dormitory strike"),
  E(KE, None, ["Russia's defence ministry said its troops had taken the village of Kruhliakivka near Kupiansk. Ukraine's military said fighting for the village was continuing."],
    "other", "frontline", 2, "kruhliakivka-capture-claim-2030-12-18", a="Rhys Morgan", sect="Fighting", n="territorial claim (frontline)"),
  E(KE, None, ["EU leaders gather in Brussels on Thursday for a two-day summit at which they are expected to approve a \u20ac40bn loan to cover Ukraine's budget and military needs in 2031. Diplomats said Hungary was still seeking guarantees before giving its consent."],
    "diplomacy", "diplomacy", 3, EUS, a="Rhys Morgan", sec=["aid"], sect="Diplomacy", n="summit preview; also told by 19032"),
  E(KE, None, ["Canada pledged C$400m (\u20ac270m) in new military aid, most of it for drones and armoured vehicles, during a visit to Kyiv by its defence minister."],
    "aid", "aid", 3, CAN, a="Rhys Morgan", sect="Aid and weapons", n="also told by 19033"),
  E(KE, None, ["Ukraine's parliament passed a law allowing men over 60 to sign up for territorial defence units on short-term contracts, a step the defence ministry said would free younger soldiers for the front."],
    "other", "politics", 2, "rada-territorial-defence-over-60-law-2030-12-18", a="Rhys Morgan", sect="Politics", n="domestic legislation (politics)"),
  ]))

# ---------------------------------------------------------------- 19031 Jessamine Post (day 2, text live, oldest first, am/pm)
SEEDS.append(dict(
  id="19031", name="19031_jessamine-textlive", ext="txt", source="Jessamine Post", zone="Europe/Dublin", render=r_b_ampm_live,
  title="Ukraine live: missile strike on Chernihiv dormitory; Kryvyi Rih ends search", dateline="Wednesday 18 December 2030", tznote="All times GMT",
  lede="A Russian missile hits a student dormitory in Chernihiv; rescuers in Kryvyi Rih finish their search after Tuesday's attack.",
  basis="stamp '{s}' (12-hour clock with a dot) under the date line 'Wednesday 18 December 2030' with the note 'All times GMT' (Irish time = UTC in December); local {d} in {z}",
  notes="Invented outlet (Dublin). Text live blog, oldest first. Date line 'Wednesday 18 December 2030  \u00b7  All times GMT'. Each post: '9.40am' line, headline, 'By NAME' line, body. 19031-03 is a 'Video:' teaser (player line only, importance 1). 19031-05 is a theme piece (explainer on warning times near the border) that mentions the Chernihiv strike but is its own story. 19031-06 repeats 19031-04 almost verbatim (duplicate_of 19031-04). Must-not-merge: the Chernihiv strike vs the deadly shelling in Kherson (19031-07, same theme, other city and event). 19031-02 continues the day-1 Kryvyi Rih story.",
  not_entries=["masthead and breadcrumb", "page title", "date line with 'All times GMT'", "standfirst", "'By NAME' lines (author, not body)",
               "video player line '\u25b6 0:48' in the teaser", "'Advertisement' after the fifth post", "closing line 'That's all from us today. Thank you for following.'", "footer"],
  entries=[
  E("2030-12-18 08:10", "Missile hits student dormitory in central Chernihiv",
    ["A Russian missile has struck a five-storey student dormitory in the centre of Chernihiv, in northern Ukraine, killing at least four people, the head of the regional military administration said.",
     "Residents told local media that air defence units had been firing over the city minutes before the impact."],
    "strikes", "strikes", 3, CH, a="Aoife Brennan", n="toll 4 (first report)"),
  E("2030-12-18 09:40", "Kryvyi Rih toll reaches 12 as search ends",
    ["Emergency services in Kryvyi Rih have finished searching the apartment block hit by Russian missiles on Tuesday, after finding the bodies of two more residents overnight. Twelve people died in the attack."],
    "strikes", "strikes", 3, KR, a="Conor Walsh", n="day-2 continuation of the day-1 Kryvyi Rih strike: toll 12, search over"),
  E("2030-12-18 10:25", "Video: Smoke rises over central Chernihiv", [],
    "strikes", "strikes", 1, CH, a="Aoife Brennan", n="video teaser without body"),
  E("2030-12-18 11:50", "Chernihiv toll rises to six; students among the dead",
    ["Six people are now confirmed dead in Chernihiv, among them three first-year students, regional officials said. Thirty-four people were injured."],
    "strikes", "strikes", 3, CH, a="Aoife Brennan", n="toll 6"),
  E("2030-12-18 13:15", "Explainer: Why cities near the Russian border get so little warning",
    ["Chernihiv lies less than 100km from the Russian border, and this morning's attack shows what that means in practice.",
     "A ballistic missile fired from Russia's Bryansk or Kursk regions can reach the city in about two minutes, often before the air-raid siren has finished sounding.",
     "Cities further south get more warning because most of the missiles and drones aimed at them are launched from much further away."],
    "strikes", "strikes", 2, "explainer-border-cities-warning-time", a="Conor Walsh",
    n="theme piece (explainer); mentions the Chernihiv strike but is its own story: must not merge with it"),
  E("2030-12-18 14:30", "Chernihiv toll rises to six; students among the dead",
    ["Six people are now confirmed dead in Chernihiv, among them three first-year students, regional officials said. Thirty-four were injured."],
    "strikes", "strikes", 1, CH, a="Aoife Brennan", dup="19031-04", n="near-verbatim repeat of 19031-04"),
  E("2030-12-18 15:45", "Kherson shelling kills pensioner at bus stop",
    ["A 74-year-old man was killed when Russian artillery shelled a bus stop in Kherson's Dniprovskyi district, the regional administration said."],
    "strikes", "strikes", 3, "kherson-bus-stop-shelling-2030-12-18", a="Conor Walsh",
    n="same theme (deadly attack on a city the same day), other city and event: must not merge with the Chernihiv strike"),
  E("2030-12-18 17:20", "Chernihiv death toll climbs to 11",
    ["Eleven people have died in the missile strike on Chernihiv, the regional governor said in the evening, after rescuers found two more bodies in the dormitory's collapsed stairwell and a woman died in hospital."],
    "strikes", "strikes", 3, CH, a="Aoife Brennan", n="toll 11"),
  ]))

# ---------------------------------------------------------------- 19032 Whinchat Globe (day 2, RSS world feed, GMT)
SEEDS.append(dict(
  id="19032", name="19032_whinchat-worldrss", ext="xml", source="Whinchat Globe", zone="UTC", render=r_b_rss, gmt=True,
  title="Whinchat Globe: World", url="https://www.whinchatglobe.example", lede="The world's news from the Whinchat Globe",
  basis="RSS pubDate '{s}' (GMT = UTC); local {d} in {z}",
  notes="Invented outlet. General world RSS 2.0 feed, newest first, pubDate in GMT, dc:creator on some items. The war is a minority: 2 of 6 items; 4 off-beat (Colombia-Venezuela border, Indian Ocean tuna talks, Bangkok diesel ban, Ghana solar farm). The Chernihiv item (toll 9) shares the day's main story; the EU summit preview shares 19030-05's story.",
  not_entries=["channel title, link, description, language, lastBuildDate, atom:link, ttl", "per item: link, guid and category"],
  entries=[
  OFF("2030-12-18 22:30", "Colombia and Venezuela reopen main border bridge to cargo trucks",
    ["Trucks crossed the Sim\u00f3n Bol\u00edvar bridge between C\u00facuta and San Antonio del T\u00e1chira on Wednesday for the first time in 14 months, after the two governments settled a dispute over customs inspections."],
    "colombia-venezuela-border-bridge-2030-12-18", a="Andr\u00e9s Pineda", n="regional trade", cat="Americas"),
  E("2030-12-18 20:10", "EU leaders head to Brussels aiming to seal \u20ac40bn loan for Ukraine",
    ["European Union leaders will try on Thursday to agree a 40-billion-euro loan that would keep Ukraine's budget and army funded through 2031, with Hungary the last holdout, diplomats said."],
    "diplomacy", "diplomacy", 3, EUS, a="Greta Lindqvist", sec=["aid"], n="summit preview; also told by 19030-05", cat="Europe"),
  OFF("2030-12-18 17:45", "Indian Ocean nations fail to agree new tuna catch limits",
    ["Talks in Mauritius on cutting catches of yellowfin tuna ended without a deal on Wednesday, as coastal states and distant-water fleets disagreed over how to share the reductions."],
    "indian-ocean-tuna-talks-2030-12-18", n="fisheries", cat="Africa"),
  E("2030-12-18 14:20", "Death toll from Chernihiv dormitory strike rises to nine",
    ["Nine people, most of them students, were killed when a Russian missile hit a dormitory in the northern Ukrainian city of Chernihiv on Wednesday, regional officials said."],
    "strikes", "strikes", 3, CH, a="Greta Lindqvist", n="toll 9", cat="Europe"),
  OFF("2030-12-18 11:05", "Bangkok bans older diesel trucks from city centre as smog worsens",
    ["Thai authorities barred diesel trucks more than ten years old from central Bangkok until February after fine-dust readings rose above safe levels for a fifth straight day."],
    "bangkok-diesel-truck-ban-2030-12-18", a="Nattapong Srisuk", n="pollution", cat="Asia"),
  OFF("2030-12-18 08:40", "Ghana switches on West Africa's largest solar farm",
    ["A 450-megawatt solar park in Ghana's Northern Region began feeding the national grid on Wednesday, the energy ministry said."],
    "ghana-solar-farm-2030-12-18", n="energy", cat="Africa"),
  ]))

# ---------------------------------------------------------------- 19033 Goldcrest Review (day 2, Atom, Kyiv +02:00)
SEEDS.append(dict(
  id="19033", name="19033_goldcrest-atom", ext="xml", source="Goldcrest Review", zone="Europe/Kyiv", render=r_b_atom,
  title="Goldcrest Review", url=GOLD_URL, pbase=48231, lede="Independent journalism from Kyiv",
  basis="Atom <published> '{s}' (explicit +02:00 offset, Kyiv time); local {d} in {z} = {u} UTC",
  notes="Invented outlet (Kyiv); the same outlet and feed format as day 1 (19023), captured a day later. 19033-03 is the day-1 long read (19023-04) re-promoted: same headline, text, author and WordPress post id (?p=47711), but new <published>/<updated> times on 18 December: a re-post of a day-1 entry, importance 1, same story slug; duplicate_of stays null because the original is in another seed. The Chernihiv strike appears twice (toll 5 in the morning, 11 in the evening); Canada's aid is also in 19030.",
  not_entries=["feed title, subtitle, links, id, updated, generator", "per entry: link, id, updated and category"],
  entries=[
  E("2030-12-18 21:40", "Chernihiv counts its dead: 11 killed in dormitory strike",
    ["Eleven people were killed and 37 injured by the Russian missile that hit a student dormitory in Chernihiv on Wednesday morning, the regional military administration said in the evening.",
     "Classes at the polytechnic university have been suspended until after the New Year holidays."],
    "strikes", "strikes", 3, CH, a="Solomiia Kravets", n="toll 11", cat="News"),
  E("2030-12-18 18:30", "Canada pledges C$400 million for drones and armoured vehicles",
    ["Canada will provide 400 million Canadian dollars in military aid to Ukraine, mainly for drones and armoured personnel carriers, its defence minister said after talks in Kyiv on Wednesday."],
    "aid", "aid", 3, CAN, a="Maksym Oliinyk", n="also told by 19030-06", cat="News"),
  E("2030-12-18 15:00", KHW_H, KHW_P, "other", "humanitarian", 1, KHW, a="Daryna Shevchuk",
    n="re-post of day-1 entry 19023-04 (same headline, text and post id, re-promoted with a new published time); importance 1, same story", cat="Features", pid=47711),
  E("2030-12-18 12:20", "Eleven children brought back from occupied territories, ombudsman says",
    ["Eleven children taken from their families in occupied parts of Kherson and Zaporizhzhia regions have been returned to Ukrainian-controlled territory, Ukraine's human rights commissioner Dmytro Lubinets said."],
    "other", "humanitarian", 2, "children-returned-occupied-territories-2030-12-18", a="Daryna Shevchuk", n="return of deported children (humanitarian)", cat="News"),
  E("2030-12-18 10:45", "Russian missile hits Chernihiv dormitory; at least five dead",
    ["At least five people were killed when a Russian missile hit a dormitory of Chernihiv Polytechnic University on Wednesday morning, the city's acting mayor said. Rescuers are searching the rubble for students believed to be trapped."],
    "strikes", "strikes", 3, CH, a="Solomiia Kravets", n="toll 5", cat="News"),
  ]))

# Day 3 = 2030-12-20
LV = "lviv-overnight-missile-drone-attack-2030-12-20"
IST = "istanbul-black-sea-talks-2030-12-20"

# ---------------------------------------------------------------- 19040 Marigny World Report (day 3, RSS world feed, -0500)
SEEDS.append(dict(
  id="19040", name="19040_marigny-worldrss", ext="xml", source="Marigny World Report", zone="America/New_York", render=r_b_rss,
  title="Marigny World Report | World", url="https://www.marignyworld.example", lede="World headlines from Marigny World Report",
  basis="RSS pubDate '{s}' (explicit -0500 offset, US Eastern Standard Time); local {d} in {z} = {u} UTC",
  notes="Invented outlet (New York). General world RSS 2.0 feed, newest first, pubDate with -0500. The war is a minority: 2 of 6 items; 4 off-beat (US stocks, Mexico City water, Bank of Japan, New Zealand storm). Spelling 'Lvov' for Lviv. The last item is stamped 'Thu, 19 Dec 2030 21:40:00 -0500', a local date of 19 December but 02:40 UTC on 20 December, so the whole feed lies on the UTC day 2030-12-20. The Lviv item (01:20 EST = 06:20 UTC) is the first report of the day's main story (toll 2).",
  not_entries=["channel title, link, description, language, lastBuildDate, atom:link, ttl", "per item: link, guid and category"],
  entries=[
  OFF("2030-12-20 18:50", "US stocks close the week higher as technology shares rally",
    ["Wall Street's main indexes ended Friday higher, with the Nasdaq up 1.4% for the week, as investors bet on lower interest rates in the new year."],
    "us-stocks-weekly-close-2030-12-20", a="Paul Kessler", n="markets", cat="Business"),
  E("2030-12-20 15:30", "Russia and Ukraine open Black Sea shipping talks in Istanbul",
    ["Russian and Ukrainian delegations met in Istanbul on Friday for Turkish-hosted talks on a possible halt to attacks on merchant ships and ports in the Black Sea, Turkey's foreign ministry said. The talks are due to continue on Saturday."],
    "diplomacy", "diplomacy", 3, IST, a="Dana Whitfield", n="also told by 19043", cat="World"),
  OFF("2030-12-20 12:10", "Mexico City extends water rationing into the new year",
    ["Mexico City's water authority said supply cuts in 11 boroughs would continue until at least the end of January because reservoirs feeding the capital remain at historic lows."],
    "mexico-city-water-rationing-2030-12-20", a="Ana Lucero", n="water shortage", cat="World"),
  OFF("2030-12-20 08:45", "Bank of Japan holds rates, hints at spring increase",
    ["The Bank of Japan kept its policy rate unchanged on Friday but said it could raise borrowing costs in the spring if wage talks deliver strong pay rises."],
    "bank-of-japan-holds-rates-2030-12-20", n="central banks", cat="Business"),
  E("2030-12-20 01:20", "Russian missiles and drones pound Lvov, killing two",
    ["Russia attacked the western Ukrainian city of Lvov with missiles and drones early Friday, killing two people, damaging a heating plant and leaving parts of the city without power, the mayor said."],
    "strikes", "strikes", 3, LV, a="Dana Whitfield", n="spelling 'Lvov'; toll 2", cat="World"),
  OFF("2030-12-19 21:40", "Storm shuts ports on New Zealand's South Island",
    ["Gale-force winds and heavy swells forced the closure of Lyttelton and Port Chalmers on Friday, and ferries across Cook Strait were cancelled."],
    "new-zealand-storm-ports-2030-12-20", n="weather; local date 19 Dec (-0500) but 20 Dec in UTC", cat="World"),
  ]))

# ---------------------------------------------------------------- 19041 Redpoll Ledger (day 3, text live, newest first, CET)
RPB = "Ewa Sadowska and Piotr Lis"
SEEDS.append(dict(
  id="19041", name="19041_redpoll-textlive", ext="txt", source="Redpoll Ledger", zone="Europe/Warsaw", render=r_b_cet_live,
  title="Ukraine live: Russia strikes Lviv overnight; sabotage suspected in rail depot fire", byline=RPB, tznote="All times CET",
  lede="Missiles and drones hit Lviv before dawn, 70km from the Polish border; Polish jets scrambled; towns in Podkarpackie send help.",
  related="How Poland's border towns prepare for Russian drone incursions",
  basis="bare time '{s}' under the date header 'Friday, 20 December 2030' with the note 'All times CET' (UTC+1); local {d} in {z}",
  notes="Invented outlet (Warsaw, English-language). Text live blog, newest first. Page byline 'By Ewa Sadowska and Piotr Lis' (no per-post bylines: used as every entry's author, kept as one string). Date header 'Friday, 20 December 2030' and the note 'All times CET'; each post: bare 'HH:MM' line, headline, body. 19041-02 is a 'Watch:' teaser whose only content is '[Video]' (importance 1). 19041-04 is a theme piece (explainer on restoring heat after strikes) that mentions the Lviv attack but is its own story. Must-not-merge: the Lviv strike vs the rail-depot fire near Stryi (19041-03, same Lviv region, other event, investigated as sabotage: other/security) and vs the Polish towns' generators for Lviv (19041-05, aid prompted by the strike, its own story). The 06:05 post mentions Polish jets scrambling as part of the first report.",
  not_entries=["masthead and navigation", "page title", "page byline", "standfirst", "date header 'Friday, 20 December 2030'", "'All times CET' note",
               "'[Video]' placeholder in the teaser", "'READ ALSO: ...' link after the third post", "'Load earlier posts'", "footer line"],
  entries=[
  E("2030-12-20 21:40", "Lviv toll rises to five as woman dies in hospital",
    ["A woman injured in the overnight attack on Lviv died in hospital this evening, raising the death toll to five, regional governor Maksym Kozytskyi said. Twenty-two people were wounded."],
    "strikes", "strikes", 3, LV, a=RPB, n="toll 5"),
  E("2030-12-20 19:15", "Watch: Firefighters battle blaze at Lviv heating plant", [],
    "strikes", "strikes", 1, LV, a=RPB, n="video teaser without body"),
  E("2030-12-20 16:30", "Fire at rail depot near Stryi investigated as possible sabotage",
    ["Ukrainian police have opened a sabotage investigation after a fire destroyed two locomotives at a railway depot near Stryi, about 70km south of Lviv, on Friday afternoon.",
     "Investigators said they were examining whether the fire was linked to people recruited online by Russian intelligence, as in several earlier cases."],
    "other", "security", 2, "stryi-rail-depot-fire-sabotage-2030-12-20", a=RPB,
    n="same region (Lviv oblast), other event (suspected sabotage, not a strike): must not merge with the Lviv strike"),
  E("2030-12-20 14:05", "Explainer: How a city gets its heat back after a strike like Lviv's",
    ["Heating plants are among the hardest targets to repair, because their boilers and turbines are large, old and built to order.",
     "Lviv, like many Ukrainian cities, has spent recent years installing dozens of small gas-fired units at schools and hospitals so that one hit no longer leaves whole districts cold.",
     "City officials say most homes cut off overnight should have heating again within two days."],
    "strikes", "strikes", 2, "explainer-restoring-heat-after-strikes", a=RPB,
    n="theme piece (explainer); mentions the Lviv attack but is its own story: must not merge with it"),
  E("2030-12-20 11:20", "Polish towns send generators to Lviv after attack",
    ["Three towns in Poland's Podkarpackie province said they would send 40 generators and a lorry of heaters to Lviv, their partner city, after the overnight strike."],
    "aid", "aid", 2, "polish-towns-generators-lviv-2030-12-20", a=RPB,
    n="humanitarian support prompted by the strike, its own event: must not merge with the Lviv strike"),
  E("2030-12-20 09:10", "Lviv: three dead after Russian missiles hit heating plant and homes",
    ["Three people were killed and at least 15 injured when Russian missiles and drones struck Lviv overnight, hitting a combined heat and power plant and an apartment building, mayor Andriy Sadovyi said."],
    "strikes", "strikes", 3, LV, a=RPB, n="toll 3"),
  E("2030-12-20 06:05", "Explosions in Lviv as Russia launches overnight attack on western Ukraine",
    ["Several explosions were heard in Lviv shortly after 4.30am local time as Russia launched missiles and drones at western Ukraine, the mayor said, urging residents to stay in shelters. Poland's armed forces said they had scrambled aircraft as a precaution."],
    "strikes", "strikes", 3, LV, a=RPB, n="first report, no toll yet"),
  ]))

# ---------------------------------------------------------------- 19042 Foxhallow Gazette (day 3, HTML live, oldest first, <time datetime>)
SEEDS.append(dict(
  id="19042", name="19042_foxhallow-htmllive", ext="html", source="Foxhallow Gazette", zone="Europe/London", render=r_b_time_live,
  title="Ukraine war: Russian strike on L'viv kills five \u2013 as it happened",
  lede="Russia hit the western city of L'viv with missiles and drones before dawn; a guided bomb struck Kharkiv; Sweden announced more CV90s.",
  basis="visible '{s}' (12-hour clock) in <time datetime='...+00:00'> under the day header 'Friday 20 December 2030' (UK time = UTC in December); local {d} in {z}",
  notes="Invented outlet (UK). HTML live blog, oldest first, no JSON-LD. Day header 'Friday 20 December 2030'; each post: <time datetime=\"2030-12-20T07:30:00+00:00\"> showing '7:30am', h3 headline, body, then 'Posted by NAME' (author, not body). Spelling 'L'viv' (older transliteration with apostrophe) for Lviv. 19042-04 repeats 19042-03 almost verbatim (duplicate_of 19042-03). Must-not-merge: the L'viv attack vs the guided-bomb strike on Kharkiv (19042-02, same theme, other city and event). A newsletter promo sits after the second post.",
  not_entries=["header and navigation", "'LIVE' label", "page title (h1)", "intro paragraph", "day header 'Friday 20 December 2030'",
               "'Posted by NAME' lines (author, not body)", "newsletter promo after the second post", "footer"],
  entries=[
  E("2030-12-20 07:30", "Russian attack on L'viv kills two, hits heating plant",
    ["Two people have been killed in a Russian missile and drone attack on the western Ukrainian city of L'viv, the city's mayor said, after a heating plant and a block of flats were hit before dawn."],
    "strikes", "strikes", 3, LV, a="Tom Ashby", n="spelling 'L'viv'; toll 2"),
  E("2030-12-20 09:45", "Guided bomb strike on Kharkiv injures six",
    ["A Russian guided bomb hit a warehouse district of Kharkiv this morning, injuring six people, the regional governor said."],
    "strikes", "strikes", 2, "kharkiv-guided-bomb-warehouses-2030-12-20", a="Nadia Khan",
    n="same theme (Russian strike on a city the same day), other city and event: must not merge with the L'viv attack"),
  E("2030-12-20 11:10", "L'viv toll rises to three, mayor says",
    ["A third person has died after the overnight attack on L'viv, mayor Andriy Sadovyi said, adding that about 60,000 households were still without heating."],
    "strikes", "strikes", 3, LV, a="Tom Ashby", n="toll 3"),
  E("2030-12-20 12:40", "L'viv toll rises to three, mayor says",
    ["A third person has died after the overnight attack on L'viv, mayor Andriy Sadovyi said, adding that around 60,000 households were still without heating."],
    "strikes", "strikes", 1, LV, a="Tom Ashby", dup="19042-03", n="near-verbatim repeat of 19042-03"),
  E("2030-12-20 14:55", "Sweden to send 10 more CV90 fighting vehicles to Ukraine",
    ["Sweden will deliver 10 additional CV90 infantry fighting vehicles to Ukraine in the spring, its defence ministry announced."],
    "aid", "aid", 2, "sweden-cv90-delivery-2030-12-20", a="Nadia Khan", n="smaller aid delivery"),
  E("2030-12-20 17:20", "L'viv death toll rises to five",
    ["Five people are now known to have died in the overnight strike on L'viv, regional officials said this evening."],
    "strikes", "strikes", 3, LV, a="Tom Ashby", n="toll 5"),
  ]))

# ---------------------------------------------------------------- 19043 Keddleston Observer (day 3, text briefing article, CET)
SEEDS.append(dict(
  id="19043", name="19043_keddleston-briefing", ext="txt", source="Keddleston Observer", zone="Europe/Berlin", render=r_b_briefing,
  title="Friday briefing: Lviv under fire, talks in Istanbul, Berlin's drone money",
  lede="The day's main developments in Russia's war against Ukraine, in four short items.",
  byline="Jonas Reinholt", dateline="20 December 2030, 16:30 CET", readtime=4, more="All our coverage of the war in Ukraine",
  basis="no per-section time; the article's dateline '20 December 2030, 16:30 CET' (UTC+1) applies to every section; local {d} in {z}",
  notes="Invented outlet (Berlin, English-language). Text article (daily briefing) with four section headings, one entry each; page byline 'By Jonas Reinholt' (every section's author) and one dateline with time and zone; no per-section stamp (stamp null, published = dateline). Lviv toll 4 at the time of writing. The Istanbul talks item shares its story with 19040-02.",
  not_entries=["masthead and breadcrumb", "article title", "standfirst", "byline 'By Jonas Reinholt'", "dateline '20 December 2030, 16:30 CET'", "reading time line",
               "share line 'Share \u00b7 Save \u00b7 Print'", "closing link 'All our coverage of the war in Ukraine'", "footer"],
  entries=[
  E("2030-12-20 16:30", "Lviv wakes to sirens, then smoke",
    ["Russia's overnight attack on Lviv, the largest on the city this winter, killed four people and knocked out a heating plant that serves a third of its homes.",
     "The western city, far from the front line, has long been a refuge for people displaced from the east; many of them spent the night in basements again."],
    "strikes", "strikes", 3, LV, a="Jonas Reinholt", n="toll 4"),
  E("2030-12-20 16:30", "Black Sea talks open in Istanbul",
    ["Russian and Ukrainian officials began Turkish-mediated talks in Istanbul on a possible moratorium on attacks against ships and ports in the Black Sea. Neither side expects a broader ceasefire to come out of the meeting."],
    "diplomacy", "diplomacy", 3, IST, a="Jonas Reinholt", n="also told by 19040-02"),
  E("2030-12-20 16:30", "Berlin's drone money",
    ["The Bundestag's budget committee released \u20ac2bn for drones and drone defences for Ukraine next year, money that had been frozen since the summer in a dispute over procurement rules."],
    "aid", "aid", 3, "bundestag-drone-funds-release-2030-12-20", a="Jonas Reinholt", n="large aid release"),
  E("2030-12-20 16:30", "Budapest stalls again",
    ["Hungary once more delayed the opening of the first negotiating cluster in Ukraine's EU accession talks, saying minority-language rights in western Ukraine had to be settled first."],
    "diplomacy", "diplomacy", 2, "hungary-delays-accession-cluster-2030-12-20", a="Jonas Reinholt", n="accession-procedure step"),
  ]))


if __name__ == "__main__":
    main()

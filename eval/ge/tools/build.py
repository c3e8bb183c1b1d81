#!/usr/bin/env python3
"""Builds the eval/ge seed pages and their gold files from one hand-written data table (further below).
Every headline and paragraph is the blind tester's own invented wording, set in October 2030 with the war still under
way. Part A imitates, from memory, the page layouts of ten real outlets; Part B outlets are invented.
Deterministic. Run from the project root:  python3 eval/ge/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **kw):
    """one entry: local time 'YYYY-MM-DD HH:MM' in the page zone, headline (or None), body paragraphs, labels."""
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(kw)
    return d


def OFF(t, h, p, st, a=None, n="", **kw):
    """an item not about the war (importance 1, other/unrelated)."""
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **kw)


def first_sentence(par):
    for m in re.finditer(r'[.!?]["\'\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018\u00ab(]|$)', par):
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
    return d.isoformat().replace("+00:00", "Z")


def slugify(s):
    s = s.lower().replace("\u2019", "").replace("'", "")
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")[:80]


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
        print(f"{fn:42s} {len(ents):2d} entries  UTC {sorted({x['published'][:10] for x in ents})}")
    print(f"{len(SEEDS)} seeds, {total} entries")


# ================================================================ Part A renderers (layouts of real outlets, from memory)

def r_france24(S):
    """France 24 live page, HTML. LiveBlogPosting JSON-LD (per-update datePublished with the Paris offset). Visible header:
    'Issued on: 01/10/2030 - 08:12' and 'Modified: ...' (DD/MM/YYYY, Paris time), 'Text by: FRANCE 24', share buttons; the intro
    names the zone ('All times are Paris time'). Items newest first: bare 24-hour time, headline, paragraphs, optional 'Read more'
    link paragraph; an 'Advertising' slot between items."""
    z = S["zone"]; order_check(S, True)
    iss = dt(S["issued"], z); mod = dt(S["entries"][0]["t"], z)
    base = "https://www.france24.com/en/europe/" + S["slug"]
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "headline": e["h"], "datePublished": d.isoformat(), "url": f"{base}#item-{len(S['entries']) - i}",
                    "articleBody": " ".join(e["p"])})
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": base, "url": base, "headline": S["title"],
          "description": S["lede"], "datePublished": iss.isoformat(), "dateModified": mod.isoformat(), "coverageStartTime": iss.isoformat(),
          "author": {"@type": "Organization", "name": "FRANCE 24"},
          "publisher": {"@type": "NewsMediaOrganization", "name": "France 24", "logo": {"@type": "ImageObject", "url": "https://static.france24.com/meta_og_twcards/jsonld_publisher.png"}},
          "liveBlogUpdate": ups}
    stamp_iss = f"{iss:%d/%m/%Y - %H:%M}"; stamp_mod = f"{mod:%d/%m/%Y - %H:%M}"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - France 24</title>',
           '<meta property="og:site_name" content="France 24">', f'<link rel="canonical" href="{base}">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="m-header"><a class="m-header__logo" href="/en/">FRANCE 24</a><nav class="m-header__nav"><a href="/en/france/">France</a> '
           '<a href="/en/africa/">Africa</a> <a href="/en/middle-east/">Middle East</a> <a href="/en/americas/">Americas</a> <a href="/en/europe/">Europe</a> '
           '<a href="/en/asia-pacific/">Asia-Pacific</a> <a href="/en/business-tech/">Business / Tech</a> <a href="/en/culture/">Culture</a> '
           '<a href="/en/sport/">Sport</a> <a href="/en/environment/">Environment</a></nav><a class="m-header__live" href="/en/live-news/">Live</a> '
           '<span class="m-header__langs"><a href="/fr/">FR</a> <a href="/en/">EN</a> <a href="/es/">ES</a> <a href="/ar/">AR</a></span></header>',
           '<main><article class="t-content t-content--article"><div class="t-content__tags"><a href="/en/tag/ukraine/">Ukraine</a></div>',
           '<span class="m-live-label">Live</span>', f'<h1 class="t-content__title a-page-title">{esc(S["title"])}</h1>',
           f'<p class="t-content__chapo">{esc(S["lede"])}</p>',
           f'<figure class="t-content__main-media"><figcaption class="m-figure__caption">{esc(S["caption"])}</figcaption></figure>',
           '<div class="t-content__authors"><p class="m-from-author"><span class="m-from-author__name">Text by: FRANCE 24</span></p></div>',
           f'<p class="m-pub-dates"><span>Issued on: </span><time datetime="{iss.isoformat()}">{stamp_iss}</time> '
           f'<span class="m-pub-dates__modified">Modified: <time datetime="{mod.isoformat()}">{stamp_mod}</time></span></p>',
           '<div class="m-em-share"><a>Share on Facebook</a> <a>Share on X</a> <a>Share on WhatsApp</a> <a>Share by email</a></div>',
           '<div class="t-content__body u-clearfix">', f'<p>{esc(S["intro"])}</p>', '<div class="m-live-items">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="m-live-items__item" id="item-{len(S["entries"]) - i}"><p class="m-live-items__time"><time>{st}</time></p>'
                   f'<h2 class="m-live-items__title">{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e.get("more"):
            out.append(f'<p>Read more<a href="/en/europe/{slugify(e["more"])}">{esc(e["more"])}</a></p>')
        out.append('</div>')
        if i == 2:
            out.append('<div class="o-ad-container"><span class="o-ad-container__label">Advertising</span></div>')
            out.append('<div class="o-self-promo">Daily newsletter<br>Receive essential international news every morning<br><a>Subscribe</a></div>')
    out += ['</div></div>', '<div class="t-content__tags-bottom"><a>Ukraine</a> <a>Russia</a> <a>War in Ukraine</a></div>',
            '<div class="m-em-share"><a>Share on Facebook</a> <a>Share on X</a> <a>Share on WhatsApp</a></div>', '</article>',
            '<aside class="o-related"><h3>Read more on the subject</h3>' + "".join(f'<a>{esc(x)}</a>' for x in S["related"]) + '</aside></main>',
            f'<footer class="m-footer"><p>© {mod.year} Copyright France 24 - All rights reserved. France 24 is not responsible for the content of external websites.</p>'
            '<a>Legal notice</a> <a>Cookies</a> <a>Contact us</a> <a>Frequently asked questions</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_dw(S):
    """DW live updates, text scrape. Skip links, menu, 'Ukraine' kicker, 'Ukraine updates: ...' title, standfirst, the page date as
    DW prints it (numeric MM/DD/YYYY fused with the spelled-out date), short link, 'What you need to know' bullets; posts newest first:
    bare 24-hour time (German time, no zone printed), heading, optional image caption + 'Image: ...' credit, paragraphs, then an
    initials/agency line ('tr/ks (AFP, dpa)')."""
    z = S["zone"]; order_check(S, True)
    top = dt(S["entries"][-1]["t"], z)
    fused = f"{top:%m/%d/%Y}{MONTHS[top.month - 1]} {top.day}, {top.year}"
    L = ["Skip to content", "Skip to main menu", "Skip to more DW sites", "", "DW", "Live TV", "Search", "English", "",
         "Germany   World   Business   Science   Environment   Culture   Sports   In Focus   Ukraine", "", "Conflicts", "",
         S["title"], S["lede"], fused, S["shortlink"], "", "What you need to know", ""] + [f"\u2022 {b}" for b in S["bullets"]] + [""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"]]
        if e.get("cap"):
            L += [e["cap"][0], "Image: " + e["cap"][1]]
        L += [""] + ptxt(e["p"]) + [e["credit"], ""]
        if i == 2:
            L += ["Advertisement", ""]
    L += ["Skip next section Explore more", "Explore more", ""] + S["related"] + ["", "Skip next section DW's top stories", "", "About DW   Contact   Legal notice   Privacy Policy   Accessibility Statement",
          f"\u00a9 {top.year} Deutsche Welle"]
    return "\n".join(L) + "\n", stamps


def r_playbook(S):
    """POLITICO Europe, Brussels Playbook newsletter article, text scrape. Kicker 'Brussels Playbook', title, 'By A and B', date line
    'October 4, 2030 6:56 am CEST', audio player, 'PRESENTED BY' sponsor, tip line, greeting, then sections under upper-case headings
    (one entry each; no per-section time), a sponsor message, AGENDA / BIRTHDAYS / THANKS TO blocks."""
    z = S["zone"]; pub = dt(S["published"], z)
    stamp = f"{MONTHS[pub.month - 1]} {pub.day}, {pub.year} {ampm(pub, space=' ')} {pub.tzname()}"
    L = ["Skip to Main Content", "", "POLITICO", "Europe Edition", "", "Newsletters   Podcasts   Poll of Polls   Policy news   Events   Careers", "",
         "NEWSLETTER", "Brussels Playbook", S["title"], S["lede"], "", f"By {S['byline']}", stamp, "", "Press play to listen to this article",
         "Voiced by artificial intelligence.", "", "PRESENTED BY", S["sponsor"], "",
         "Send tips here | Subscribe to Brussels Playbook for free | View in your browser", "", S["greeting"], ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 1:
            L += [f"A message from {S['sponsor']}:", S["sponsor_msg"], ""]
    L += ["AGENDA", ""] + [f"\u2014 {a}" for a in S["agenda"]] + ["", S["birthdays"], "", S["thanks"], "",
          "SUBSCRIBE to the POLITICO newsletter family: Brussels Playbook | London Playbook | Playbook Paris | Berlin Bulletin | Global Playbook", "",
          "About Us   Advertising   Privacy Policy   Terms of Service   Cookie Settings", f"\u00a9 {pub.year} POLITICO SRL"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_lemonde(S):
    """Le Monde in English article, HTML. Breadcrumb, h1, standfirst, 'Subscribers only', 'Published on October 7, 2030, at 6:15 pm
    (Paris), updated at 7:40 pm', reading time, 'By NAME (City, special correspondent)', photo caption; body opens with untitled
    paragraphs (the first entry, headline null), then h2 intertitles (one entry each); a 'Read more' box; translation footnote."""
    z = S["zone"]; pub = dt(S["published"], z); upd = dt(S["updated"], z)
    pubtxt = f"Published on {MONTHS[pub.month - 1]} {pub.day}, {pub.year}, at {ampm(pub, space=' ')} (Paris), updated at {ampm(upd, space=' ')}"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "description": S["lede"],
          "datePublished": pub.isoformat(), "dateModified": upd.isoformat(), "isAccessibleForFree": False,
          "author": [{"@type": "Person", "name": S["byline"]}],
          "publisher": {"@type": "Organization", "name": "Le Monde.fr", "logo": {"@type": "ImageObject", "url": "https://www.lemonde.fr/dist/assets/img/logos/pub/lemonde_en.png"}},
          "mainEntityOfPage": S["url"]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<meta property="og:site_name" content="Le Monde.fr">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body class="article">',
           '<header class="Header"><a class="Header__logo" href="/en/">Le Monde</a> <span class="Header__edition">in English</span> '
           '<nav><a href="/en/international/">International</a> <a href="/en/france/">France</a> <a href="/en/opinion/">Opinion</a> '
           '<a href="/en/economy/">Economy</a> <a href="/en/culture/">Culture</a> <a href="/en/environment/">Environment</a> '
           '<a href="/en/science/">Science</a> <a href="/en/sports/">Sports</a></nav><a class="Header__subscribe" href="/en/subscribe/">Subscribe</a> '
           '<a class="Header__login" href="/en/login/">Log in</a> <a href="/">Lire en fran\u00e7ais</a></header>',
           '<main><section class="zone zone--article"><nav class="breadcrumb"><a href="/en/international/">International</a> <a href="/en/ukraine/">Ukraine</a></nav>',
           f'<h1 class="article__title">{esc(S["title"])}</h1>', f'<p class="article__desc">{esc(S["lede"])}</p>',
           '<span class="article__status">Subscribers only</span>',
           f'<p class="meta meta__date meta__date--header">{pubtxt}</p>', f'<span class="meta__reading-time">Reading time {S["readtime"]} min.</span>',
           f'<span class="author__detail">By <a class="article__author-link" href="/en/signataires/{slugify(S["byline"])}/">{esc(S["byline"])}</a> ({esc(S["where"])})</span>',
           '<div class="meta__social"><a>Share</a> <a>Save</a> <a>Offer article</a></div>',
           f'<figure class="article__media"><figcaption class="article__legend">{esc(S["caption"])}</figcaption></figure>',
           '<article class="article__content">']
    for i, e in enumerate(S["entries"]):
        if e["h"]:
            out.append(f'<h2 class="article__sub-title">{esc(e["h"])}</h2>')
        out += [f'<p class="article__paragraph">{esc(p)}</p>' for p in e["p"]]
        if i == 1:
            out.append(f'<aside class="article__siblings"><span>Read more</span> <span class="icon__premium">Subscribers only</span> <a>{esc(S["readmore"])}</a></aside>')
    out += ['</article>', '<p class="article__footnote">Translation of an original article published in French on lemonde.fr; the publisher may only be liable for the English version.</p>',
            '<div class="article__reactions"><a>Reuse this content</a></div></section>',
            '<aside class="services"><h3>Le Monde in English newsletter</h3><p>Every weekday, a selection of our best articles.</p><a>Sign up</a></aside></main>',
            f'<footer class="Footer"><p>Le Monde \u00b7 Legal notice \u00b7 Terms of use \u00b7 Privacy policy \u00b7 Cookie management \u00b7 Help</p></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_elpais(S):
    """EL PA\u00cdS English article, HTML. Kicker, h1, subtitle, photo caption with credit, author, dateline 'Kyiv - Oct 09, 2030 - 14:25 CEST',
    share buttons, 'Go to comments'; body opens with untitled paragraphs (first entry, headline null), then h3 subheads (one entry each);
    newsletter box, 'More information' links and 'Archived In' tags."""
    z = S["zone"]; pub = dt(S["published"], z)
    stamp = f"{SHORT_MONTHS[pub.month - 1]} {pub.day:02d}, {pub.year} - {pub:%H:%M} {pub.tzname()}"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "alternativeHeadline": S["lede"],
          "datePublished": pub.isoformat(), "dateModified": pub.isoformat(), "inLanguage": "en",
          "author": [{"@type": "Person", "name": S["byline"]}],
          "publisher": {"@type": "Organization", "name": "Ediciones EL PA\u00cdS", "logo": {"@type": "ImageObject", "url": "https://static.elpais.com/dist/resources/images/logos/primary/el-pais.svg"}}}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | International | EL PA\u00cdS English</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="_g"><a class="ep_l" href="/en/">EL PA\u00cdS</a> <span class="ed">English</span> '
           '<nav><a href="/en/international/">International</a> <a href="/en/spain/">Spain</a> <a href="/en/latin-america/">Latin America</a> '
           '<a href="/en/usa/">USA</a> <a href="/en/economy-and-business/">Economy</a> <a href="/en/climate/">Climate</a> <a href="/en/science-tech/">Science</a> '
           '<a href="/en/opinion/">Opinion</a> <a href="/en/culture/">Culture</a> <a href="/en/lifestyle/">Lifestyle</a></nav>'
           '<a class="sub" href="/suscripciones/">Subscribe</a> <a class="log" href="/login/">Log in</a></header>',
           '<main><article class="a"><header class="a_e">', f'<div class="a_k"><a href="/en/topics/russia-ukraine-war/">{esc(S["kicker"])}</a></div>',
           f'<h1 class="a_t">{esc(S["title"])}</h1>', f'<h2 class="a_st">{esc(S["lede"])}</h2>', '</header>',
           f'<figure class="a_m"><figcaption class="a_m_p"><span>{esc(S["caption"])}</span> <span class="a_m_m">{esc(S["credit"])}</span></figcaption></figure>',
           f'<div class="a_md"><div class="a_md_a"><a href="/en/autor/{slugify(S["byline"])}/">{esc(S["byline"])}</a></div>'
           f'<div class="a_md_f"><span class="a_ti">{esc(S["city"])} - </span><a href="#">{stamp}</a></div></div>',
           '<div class="a_md_sh"><a>Share on Whatsapp</a> <a>Share on Facebook</a> <a>Share on Twitter</a> <a>Share on Bluesky</a> <a>Copy link</a></div>',
           '<a class="a_cm" href="#comments">Go to comments</a>', '<div class="a_c clearfix" data-dtm-region="articulo_cuerpo">']
    for i, e in enumerate(S["entries"]):
        if e["h"]:
            out.append(f'<h3>{esc(e["h"])}</h3>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if i == 1:
            out.append('<aside class="nl"><p><i>Sign up for <a>our weekly newsletter</a> to get more English-language news coverage from EL PA\u00cdS USA Edition</i></p></aside>')
    out += ['</div>', '<section class="a_r"><h3>More information</h3>' + "".join(f'<a>{esc(x)}</a>' for x in S["related"]) + '</section>',
            '<section class="a_k_tags"><h3>Archived In</h3>' + " ".join(f'<a>{esc(x)}</a>' for x in S["tags"]) + '</section>',
            '<div class="a_cm_c" id="comments"><h3>Comments</h3><p>Comments are limited to subscribers.</p></div></article></main>',
            '<footer class="_f"><p>\u00a9 EDICIONES EL PA\u00cdS S.L.</p><a>Contact</a> <a>Legal notice</a> <a>Cookies policy</a> <a>Privacy policy</a></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_ansa_rss(S):
    """ANSA English RSS 2.0: channel 'ANSA.it - English News', items newest first with pubDate in the Rome offset (+0200 in October),
    a short one-paragraph description, link under /english/news/<section>/YYYY/MM/DD/, guid; no authors."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<link>https://www.ansa.it/english/</link>',
           '<description>ANSA English - news from Italy and the world in English</description>', '<language>en</language>',
           '<copyright>Copyright (C) ANSA</copyright>', f'<pubDate>{rfc822(first)}</pubDate>', f'<lastBuildDate>{rfc822(first)}</lastBuildDate>',
           '<atom:link href="https://www.ansa.it/english/english_rss.xml" rel="self" type="application/rss+xml"/>',
           '<image><title>ANSA.it</title><url>https://www.ansa.it/sito/img/ico/ansa-logo-rss.png</url><link>https://www.ansa.it/english/</link></image>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        url = f"https://www.ansa.it/english/news/{e['sect']}/{d:%Y/%m/%d}/{slugify(e['h'])[:60]}_{7342100 + i * 131:x}.html"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<description>{esc(" ".join(e["p"]))}</description>', f'<link>{url}</link>',
                f'<pubDate>{st}</pubDate>', f'<guid isPermaLink="true">{url}</guid>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_rfi(S):
    """RFI English section page ('Europe'), text scrape. Language bar, menu, section heading; cards newest first: label, headline,
    one-paragraph summary, 'Issued on: 14/10/2030 - 18:40' (DD/MM/YYYY, Paris time, no zone printed); a podcast promo; 'See more'."""
    z = S["zone"]; order_check(S, True)
    L = ["RFI", "Radio France Internationale", "", "Listen   Live", "",
         "Fran\u00e7ais   English   Espa\u00f1ol   Portugu\u00eas   Kiswahili   Hausa   Mandenkan   Fulfulde   Rom\u00e2n\u0103   \u0420\u0443\u0441\u0441\u043a\u0438\u0439   Ti\u1ebfng Vi\u1ec7t   \u4e2d\u6587", "",
         "Home   France   Africa   International   Europe   Americas   Middle East   Asia-Pacific   Environment   Culture   Sports   Podcasts", "",
         S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%d/%m/%Y - %H:%M}"; stamps.append(st)
        L += [e["label"], e["h"], ""] + ptxt(e["p"]) + [f"Issued on: {st}", ""]
        if i == 2:
            L += ["Podcast", "Spotlight on France", "Our weekly podcast on the people, places and politics shaping France.", "Listen", ""]
    L += ["See more", "", "RFI   Contact   Legal notices   Cookies   Accessibility", "RFI is part of France M\u00e9dias Monde"]
    return "\n".join(L) + "\n", stamps


def r_swissinfo(S):
    """SWI swissinfo.ch article, HTML. Masthead with the SRG SSR line, language switch; h1, lead, 'This content was published on
    October 16, 2030 - 14:05' (Swiss time, no zone printed), 'Listening:' audio player, author with role; body opens with untitled paragraphs
    (first entry, headline null), then h2 subheads (one entry each); an inline 'More' teaser box carrying its own older date; an
    'Edited by' line, newsletter box and 'Popular Stories'."""
    z = S["zone"]; pub = dt(S["published"], z)
    stamp = f"{MONTHS[pub.month - 1]} {pub.day}, {pub.year} - {pub:%H:%M}"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "description": S["lede"],
          "datePublished": pub.isoformat(), "dateModified": pub.isoformat(), "author": [{"@type": "Person", "name": S["byline"]}],
          "publisher": {"@type": "Organization", "name": "SWI swissinfo.ch"}, "inLanguage": "en"}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - SWI swissinfo.ch</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="site-header"><a class="logo" href="/eng/">SWI swissinfo.ch</a> <span class="claim">A branch of the Swiss Broadcasting Corporation SRG SSR</span> '
           '<nav><a href="/eng/swiss-abroad/">Swiss Abroad</a> <a href="/eng/politics/">Politics</a> <a href="/eng/foreign-affairs/">Foreign Affairs</a> '
           '<a href="/eng/business/">Business</a> <a href="/eng/culture/">Culture</a> <a href="/eng/science/">Science</a> <a href="/eng/democracy/">Democracy</a> '
           '<a href="/eng/multimedia/">Multimedia</a></nav><span class="langs">EN DE FR IT ES PT JA AR ZH RU</span> <a>Search</a> <a>Log in</a></header>',
           f'<main><article class="article"><div class="article-header__tag"><a>{esc(S["kicker"])}</a></div>',
           f'<h1 class="article-header__title">{esc(S["title"])}</h1>', f'<div class="article-header__lead"><p>{esc(S["lede"])}</p></div>',
           f'<div class="article-header__meta"><span>This content was published on</span> <time datetime="{pub.isoformat()}">{stamp}</time></div>',
           f'<div class="audio-player"><span>Listening: {esc(S["title"])}</span> <button>Play</button> <span>{S["readtime"]} minutes</span></div>',
           f'<div class="author-box"><span class="author-box__name">{esc(S["byline"])}</span> <span class="author-box__role">{esc(S["role"])}</span></div>',
           '<div class="article-body">']
    for i, e in enumerate(S["entries"]):
        if e["h"]:
            out.append(f'<h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if i == 1:
            m = S["morebox"]
            out.append(f'<aside class="teaser-more"><span>More</span> <span>More</span> <a>{esc(m[0])}</a> '
                       f'<span>This content was published on {esc(m[1])}</span> <p>{esc(m[2])}</p></aside>')
    out += ['</div>', f'<p class="article-footer__edited">Edited by {esc(S["editor"])}</p>',
            '<div class="article-footer__share"><a>Share</a> <a>Comment</a></div></article>',
            '<aside class="newsletter"><h3>Our newsletters</h3><p>Sign up for a selection of our best stories, delivered to your inbox.</p><a>Sign up</a></aside>',
            '<aside class="popular"><h3>Popular Stories</h3>' + "".join(f'<a>{esc(x)}</a>' for x in S["popular"]) + '</aside></main>',
            f'<footer><p>\u00a9 {pub.year} SWI swissinfo.ch - a branch of the Swiss Broadcasting Corporation SRG SSR</p> <a>About us</a> <a>Contact</a> <a>Privacy policy</a></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_thelocal(S):
    """The Local Germany news listing, text scrape. Masthead, edition switcher, menu, membership prompt; cards newest first: tag,
    headline, one-paragraph standfirst, author line (a name, or a desk credit such as 'DPA/The Local'), 'Published: 18 October 2030
    14:22 CEST'."""
    z = S["zone"]; order_check(S, True)
    L = ["The Local", "Germany's news in English", "", "Austria   Denmark   France   Germany   Italy   Norway   Spain   Sweden   Switzerland", "",
         "News   Politics   Living in Germany   Work   Money   Travel   Podcast   Members", "Become a Member   Log in", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {MONTHS[d.month - 1]} {d.year} {d:%H:%M} {d.tzname()}"; stamps.append(st)
        L += [e["tag"], e["h"], ""] + ptxt(e["p"]) + [e["a"], f"Published: {st}", ""]
        if i == 1:
            L += ["Members get unlimited access to all our articles, newsletters and events.", "Become a Member", ""]
    L += ["Load more", "", "About The Local   Jobs   Advertise   Privacy policy   Terms", f"\u00a9 {dt(S['entries'][0]['t'], z).year} The Local Europe AB"]
    return "\n".join(L) + "\n", stamps


def r_euronews_rss(S):
    """Euronews RSS 2.0: items newest first, pubDate with the Brussels/Lyon offset (+0200 in October), plain-text description (one
    paragraph), category, dc:creator (a reporter or 'Euronews'), media:content image with media:credit."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom">',
           '<channel>', f'<title>{esc(S["title"])}</title>', '<link>https://www.euronews.com/news/international</link>',
           '<description>Euronews: the latest international news, in 16 languages</description>', '<language>en-GB</language>',
           f'<copyright>Copyright {first.year} euronews</copyright>', f'<lastBuildDate>{rfc822(first)}</lastBuildDate>',
           '<atom:link href="https://www.euronews.com/rss?level=theme&amp;name=news" rel="self" type="application/rss+xml"/>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        url = "https://www.euronews.com" + (f"/{e['sect']}" if e.get("sect") else "") + f"/{d:%Y/%m/%d}/{slugify(e['h'])}"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{url}</link>', f'<guid isPermaLink="false">{url}</guid>',
                f'<description>{esc(" ".join(e["p"]))}</description>', f'<pubDate>{st}</pubDate>', f'<category>{esc(e["cat"])}</category>',
                f'<dc:creator>{esc(e["a"])}</dc:creator>',
                f'<media:content url="https://static.euronews.com/articles/stories/09/{18 + i}/{40 + i * 7}/1200x675_cmsv2_{slugify(e["h"])[:20]}.jpg" medium="image" width="1200" height="675">'
                f'<media:credit>{esc(e["credit"])}</media:credit></media:content>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


# ================================================================ PART A: ten real outlets' layouts (own words, invented news)
SEEDS = []

# ---------------------------------------------------------------- 18800 France 24 (HTML live page)
SEEDS.append(dict(
  id="18800", name="18800_france24-live", ext="html", source="France 24", zone="Europe/Paris", render=r_france24,
  title="Live: Russian strikes on Kyiv kill nine as EU backs asset-funded loan for Ukraine",
  slug="20301001-live-russian-strikes-on-kyiv-kill-nine-as-eu-backs-asset-funded-loan-for-ukraine",
  lede="At least nine people were killed in a massive Russian missile and drone attack on Kyiv overnight, Ukrainian officials said on Tuesday. Follow FRANCE 24's live coverage of the war in Ukraine.",
  caption="Rescuers work at the site of a residential building hit by a Russian strike in Kyiv on October 1, 2030. \u00a9 Dmytro Sokil, AFP",
  intro="Russia launched one of its heaviest combined attacks on Kyiv in months overnight, hitting homes and a power plant, while EU finance ministers meeting in Luxembourg backed a new loan for Ukraine funded by frozen Russian assets. All times are Paris time (GMT+2).",
  issued="2030-10-01 08:12",
  related=["Ukraine's power grid braces for a ninth winter under fire", "Inside the race to build cheaper interceptor drones",
           "Frozen Russian assets: how the EU plans to lend Ukraine \u20ac45 billion"],
  basis="visible '{s}' (Paris time: the intro says 'All times are Paris time (GMT+2)') on the page dated 'Issued on: 01/10/2030 - 08:12' (DD/MM/YYYY); the item's JSON-LD datePublished agrees; local {d} in {z}",
  notes="Imitates a France 24 English live page as saved from the browser. LiveBlogPosting JSON-LD with per-update headline, datePublished (+02:00) and articleBody. Visible: tag, 'Live' label, h1, chapo, photo caption (which prints a date), 'Text by: FRANCE 24' (desk credit, not used as an author), 'Issued on: 01/10/2030 - 08:12 Modified: 01/10/2030 - 22:40' (DD/MM/YYYY), share buttons, an intro paragraph that names the zone, then items newest first: bare 'HH:MM', h2 headline, paragraphs. Item 18800-05 ends with a 'Read more' link paragraph (not body). An 'Advertising' slot and a newsletter promo follow the third item. Items carry no author, so author is null. The Kyiv attack is told three times as the toll grows (six in the morning, nine in the evening) and the two items share one story.",
  not_entries=["header logo, navigation and language switch", "tag 'Ukraine' and 'Live' label", "page title (h1)", "chapo/standfirst",
               "photo caption 'Rescuers work at the site ... \u00a9 Dmytro Sokil, AFP'", "'Text by: FRANCE 24' (desk credit)",
               "'Issued on: 01/10/2030 - 08:12 Modified: 01/10/2030 - 22:40'", "share buttons (top and bottom)",
               "intro paragraph ending 'All times are Paris time (GMT+2).'", "'Read more' link paragraph inside item 18800-05 (linked title of another article)",
               "'Advertising' slot after the third item", "newsletter promo 'Daily newsletter ... Subscribe'", "bottom tags",
               "'Read more on the subject' related links", "footer"],
  entries=[
  E("2030-10-01 22:40", "Ukraine's parliament extends martial law for another 90 days",
    ["Ukrainian lawmakers voted on Tuesday to prolong martial law and the general mobilisation for a further 90 days, with 318 deputies in favour.",
     "The extension, requested by President Volodymyr Zelensky last week, also means that no national election can be held while it is in force."],
    "other", "politics", 2, "ukraine-martial-law-extension-2030-10-01"),
  E("2030-10-01 21:15", "Kyiv death toll rises to nine, city says",
    ["The number of people killed in the overnight Russian attack on Kyiv has risen to nine after two more bodies were found under the rubble of a nine-storey building in the Sviatoshynskyi district, the city's military administration said.",
     "More than 40 people were wounded, three of them children. Kyiv has declared Wednesday a day of mourning."],
    "strikes", "strikes", 3, "kyiv-missile-drone-attack-2030-10-01", n="toll 9 (was 6 in 18800-07)"),
  E("2030-10-01 19:30", "France to train 2,000 more Ukrainian soldiers next year",
    ["France will train an additional 2,000 Ukrainian soldiers at camps in eastern France in 2031, the armed forces ministry said on Tuesday, including ground crews for the Mirage 2000 jets already delivered to Kyiv.",
     "Around 19,000 Ukrainian troops have gone through French-run training since 2022, either in France or in Poland, according to the ministry."],
    "aid", "aid", 2, "france-training-ukrainian-soldiers-2031"),
  E("2030-10-01 17:05", "Russia claims capture of village near Kostiantynivka",
    ["Russia's defence ministry said on Tuesday that its troops had taken the village of Stupochky, south-east of Kostiantynivka in the Donetsk region.",
     "Ukraine's army did not confirm the loss, saying only that fighting in the area was continuing. The claim could not be independently verified."],
    "other", "frontline", 2, "russia-claims-stupochky-2030-10-01"),
  E("2030-10-01 13:45", "EU ministers back asset-funded loan to cover Ukraine's 2031 budget",
    ["EU finance ministers meeting in Luxembourg gave their political backing on Tuesday to a \u20ac45 billion loan for Ukraine's 2031 budget, to be repaid from the proceeds of Russian central bank assets frozen in Europe.",
     "Hungary abstained. The European Parliament still has to approve the plan, which diplomats hope to finalise before December."],
    "aid", "aid", 3, "eu-frozen-assets-loan-2031-2030-10-01", sec=["diplomacy"],
    more="Frozen Russian assets: what is at stake for Belgium"),
  E("2030-10-01 11:10", "Ukrainian drones hit refinery in Russia's Saratov, governor says",
    ["A Ukrainian drone attack caused a fire at an oil refinery in the Russian city of Saratov overnight, the regional governor said on Telegram, adding that no one had been hurt.",
     "Ukraine's general staff said the refinery supplied fuel to Russian forces and confirmed that it had been hit."],
    "strikes", "strikes", 2, "saratov-refinery-drone-strike-2030-10-01"),
  E("2030-10-01 09:05", "Russian missiles and drones pound Kyiv overnight, killing six",
    ["Russia fired 31 missiles and more than 400 drones at Ukraine overnight, most of them towards Kyiv, killing at least six people in the capital, Ukrainian officials said on Tuesday morning.",
     "Ukraine's air force said it had shot down 24 missiles and 371 drones. Power was cut to parts of the left bank of the Dnipro after a thermal power plant was hit.",
     "\u201cAnother night of terror for our capital,\u201d President Volodymyr Zelensky wrote on X, renewing his call for more Patriot systems."],
    "strikes", "strikes", 3, "kyiv-missile-drone-attack-2030-10-01", n="toll 6"),
  ]))

# ---------------------------------------------------------------- 18801 DW (text live updates)
SEEDS.append(dict(
  id="18801", name="18801_dw-liveupdates", ext="txt", source="DW", zone="Europe/Berlin", render=r_dw,
  title="Ukraine updates: Germany unveils new air defense package",
  lede="Defense Minister Boris Pistorius has pledged more IRIS-T systems and Patriot missiles for Kyiv. A glide bomb killed two people in Kharkiv. DW has the latest.",
  shortlink="https://p.dw.com/p/4zRk7",
  bullets=["Germany pledges \u20ac1.4 billion for air defense", "Glide bomb kills two in Kharkiv", "Munich court convicts man of sabotage plot for Russia"],
  related=["Why Russia keeps targeting Ukraine's power grid", "German Unity Day: What does it mean 40 years on?"],
  basis="bare '{s}' (German time, no zone printed; CEST = UTC+2) under the page date '10/03/2030October 3, 2030' (DW's numeric date is MM/DD/YYYY, confirmed by the spelled-out date fused to it); local {d} in {z}",
  notes="Imitates a DW 'Ukraine updates' live page copied as text. The page date is printed the DW way, numeric MM/DD/YYYY fused with the spelled-out date ('10/03/2030October 3, 2030'): read day-first it would be 10 March, which is wrong. 'What you need to know' lists three summary bullets (not a Key Points block of headlines; key_point false everywhere). Posts newest first: bare 24-hour time (no zone printed; DW's home zone Europe/Berlin, CEST in October), heading, optional photo caption plus 'Image: ...' credit, paragraphs, then a line of editor initials and agencies ('tr/ks (dpa, Reuters)'), which is not an author and not body: author is null for every post. 18801-01 is off-beat (German Unity Day).",
  not_entries=["skip links", "'DW', 'Live TV', 'Search', 'English' and the main menu", "'Conflicts' label", "page title 'Ukraine updates: ...'",
               "standfirst", "page date '10/03/2030October 3, 2030'", "short link 'https://p.dw.com/p/4zRk7'",
               "'What you need to know' and its three summary bullets", "photo captions and 'Image: ...' credit lines inside posts",
               "initials/agency lines closing each post (e.g. 'tr/ks (dpa, Reuters)')", "'Advertisement' after the third post",
               "'Skip next section Explore more', 'Explore more' and two related links", "'Skip next section DW's top stories'", "footer"],
  entries=[
  OFF("2030-10-03 20:45", "Germany marks 40 years of reunification",
    ["Chancellor Friedrich Merz joined thousands of people in Saarbr\u00fccken for the main German Unity Day celebrations, 40 years after East and West Germany were formally reunited.",
     "In a speech, Merz said the peaceful revolution of 1989 was a reminder that freedom \u201cis never a gift that stays by itself.\u201d"],
    "german-unity-day-40-years-2030-10-03", n="German Unity Day", credit="ks/tr (epd, KNA)",
    cap=("Crowds gathered in Saarbr\u00fccken for the celebrations on Thursday", "Anke Weidemann/dpa/picture alliance")),
  E("2030-10-03 19:10", "Drone strikes cut power to 60,000 in Chernihiv region",
    ["Russian drones hit energy infrastructure in the northern Chernihiv region on Thursday afternoon, leaving around 60,000 households without electricity, the regional power company said.",
     "Repair crews were working to restore supplies, but the company warned that some villages near the Russian border could stay cut off until the weekend."],
    "strikes", "strikes", 2, "chernihiv-region-energy-drone-strike-2030-10-03", credit="mf/ks (AFP, Ukrinform)"),
  E("2030-10-03 17:25", "Kremlin says German air defense aid 'prolongs the war'",
    ["Kremlin spokesman Dmitry Peskov said new German weapons deliveries would \u201conly prolong the conflict\u201d and would not change the situation on the front line.",
     "Peskov also accused Berlin of \u201cdirect involvement\u201d in the war, a charge the German government has repeatedly rejected."],
    "diplomacy", "diplomacy", 2, "kremlin-reaction-german-air-defense-2030-10-03", sec=["aid"], credit="ks/mf (Interfax, Reuters)",
    n="reaction to the package in 18801-04; a statement of its own, so its own story"),
  E("2030-10-03 14:40", "Pistorius announces \u20ac1.4 billion air defense package",
    ["German Defense Minister Boris Pistorius said Berlin would provide \u20ac1.4 billion ($1.5 billion) in additional air defense for Ukraine, including two more IRIS-T systems and missiles for the Patriot batteries Germany has already delivered.",
     "Speaking after talks with his Ukrainian counterpart in Berlin, Pistorius said most of the equipment would arrive \u201cbefore the cold months,\u201d when Russia has in past years stepped up its attacks on the energy grid."],
    "aid", "aid", 3, "germany-air-defense-package-2030-10-03", credit="tr/ks (dpa, Reuters)"),
  E("2030-10-03 12:05", "Munich court convicts man of sabotage plot for Russia",
    ["A court in Munich sentenced a 39-year-old German-Russian man to six years in prison for scouting military and rail targets in Bavaria on behalf of Russian intelligence, with a view to possible sabotage attacks.",
     "The judges found that he had photographed a freight depot used to load equipment bound for Ukraine and passed the images to a handler in Moscow."],
    "other", "security", 2, "munich-sabotage-plot-verdict-2030-10-03", credit="mf/tr (dpa, AFP)"),
  E("2030-10-03 10:20", "Glide bomb kills two in Kharkiv",
    ["A Russian guided aerial bomb struck a residential area in Kharkiv's Saltivskyi district on Thursday morning, killing two people and wounding 11, regional governor Oleh Syniehubov said.",
     "Kharkiv, Ukraine's second-largest city, lies about 30 kilometers (19 miles) from the Russian border and is regularly targeted."],
    "strikes", "strikes", 3, "kharkiv-glide-bomb-2030-10-03", credit="tr/mf (AFP, Reuters)",
    cap=("Emergency workers at the site of the strike in Kharkiv", "Serhii Kovalenko/Ukrinform/IMAGO")),
  E("2030-10-03 08:05", "Ukraine says it hit ammunition depot in Russia's Bryansk region",
    ["Ukraine's General Staff said its drones had struck an ammunition depot near the town of Klintsy in Russia's Bryansk region overnight, causing secondary explosions.",
     "The Russian Defense Ministry said it had destroyed 46 Ukrainian drones over several regions, 19 of them over Bryansk, but did not mention any damage."],
    "strikes", "strikes", 2, "bryansk-ammunition-depot-strike-2030-10-03", credit="mf/tr (Reuters, AP)"),
  ]))

# ---------------------------------------------------------------- 18802 Politico Europe (Brussels Playbook article, text)
SEEDS.append(dict(
  id="18802", name="18802_politicoeu-playbook", ext="txt", source="Politico Europe", zone="Europe/Brussels", render=r_playbook,
  title="Kallas takes the night train \u2014 Loan fight, take two \u2014 Tractors at Schuman",
  lede="The EU's top diplomat heads to Kyiv with an air defense list, while Belgium wants guarantees before the asset loan moves.",
  byline="Zosia Wierzbicka and Pieter Hoekstra", published="2030-10-04 06:56",
  sponsor="Nordgrid Energy Alliance", sponsor_msg="Europe's grids are the backbone of its security. Read our plan for a resilient, interconnected network by 2035.",
  greeting="Good morning and welcome to Friday's Brussels Playbook. I'm Zosia Wierzbicka.",
  agenda=["High Representative Kaja Kallas in Kyiv; press conference with President Volodymyr Zelenskyy expected around 1 p.m.",
          "Commission signs defense loan agreements with Poland, Lithuania and Romania.", "Farmers' protest at Schuman roundabout from 10 a.m."],
  birthdays="BIRTHDAYS: Former MEP Anna Keller; Estonian diplomat Mart Lepik; Commission spokesperson Lucien Darras.",
  thanks="THANKS TO: Our editor Rachel Moore and producer Dario Lenz.",
  basis="no per-section time; the newsletter's date line 'October 4, 2030 6:56 am CEST' (UTC+2) applies to every section; local {d} in {z}",
  notes="Imitates a POLITICO Europe Brussels Playbook newsletter as an article page copied as text. Kicker 'Brussels Playbook', title, dek, 'By Zosia Wierzbicka and Pieter Hoekstra', date line 'October 4, 2030 6:56 am CEST', audio-player text, 'PRESENTED BY' sponsor, tip line and a one-line greeting, then six sections under upper-case headings (one entry each; headline = the heading as printed). No per-section time: stamp null and published = the date line. The byline is used as every section's author (one string, 'and' kept). A sponsor message sits after the second section; the AGENDA, BIRTHDAYS and THANKS TO blocks at the end are newsletter furniture, not entries. 18802-05 (farmers' Mercosur protest) is off-beat.",
  not_entries=["'Skip to Main Content', masthead, edition and menu", "'NEWSLETTER' and 'Brussels Playbook' kicker", "title and dek",
               "byline 'By Zosia Wierzbicka and Pieter Hoekstra'", "date line 'October 4, 2030 6:56 am CEST'",
               "audio player 'Press play to listen to this article' / 'Voiced by artificial intelligence.'", "'PRESENTED BY' and sponsor name",
               "tip/subscribe line", "greeting 'Good morning and welcome to Friday's Brussels Playbook. I'm Zosia Wierzbicka.'",
               "sponsor message after the second section ('A message from Nordgrid Energy Alliance:' and its text)",
               "'AGENDA' block and its three dash lines", "'BIRTHDAYS:' line", "'THANKS TO:' line", "newsletter-family subscribe line", "footer"],
  entries=[
  E("2030-10-04 06:56", "DRIVING THE DAY: KALLAS ON THE RAILS",
    ["EU foreign policy chief Kaja Kallas arrived in Kyiv this morning by overnight train from Poland, her third visit to Ukraine this year, with a promise to turn EU pledges on air defense into deliveries before winter.",
     "According to two EU diplomats briefed on the trip, Kallas is bringing a list of member countries willing to pool money for interceptor missiles, and will meet President Volodymyr Zelenskyy and Foreign Minister Andrii Sybiha.",
     "Expect a joint press conference around lunchtime. Expect, too, a question about Hungary."],
    "diplomacy", "diplomacy", 3, "kallas-kyiv-visit-2030-10-04", a="Zosia Wierzbicka and Pieter Hoekstra", sec=["aid"]),
  E("2030-10-04 06:56", "LOAN FIGHT, TAKE TWO",
    ["Finance ministers' green light on Tuesday for the \u20ac45 billion loan to Kyiv, to be paid back from immobilized Russian assets, has not ended the argument. Belgium, where most of the assets sit at Euroclear, wants written guarantees that other capitals will share the legal risk if Moscow wins in court.",
     "A Belgian official told Playbook the country \u201cwill not be left holding the bag,\u201d and suggested the matter could end up on the leaders' table at the October summit."],
    "aid", "aid", 2, "belgium-euroclear-guarantees-demand-2030-10-04", a="Zosia Wierzbicka and Pieter Hoekstra", sec=["diplomacy"]),
  E("2030-10-04 06:56", "ENLARGEMENT: CLUSTER STUCK",
    ["Ukraine's hopes of opening the next cluster of accession talks this month look dim. Hungary's ambassador told colleagues on Wednesday that Budapest would not lift its veto until a dispute over minority language rights in Zakarpattia is settled.",
     "Moldova, whose bid has been moving in step with Ukraine's, is weighing whether to ask for the two to be separated."],
    "diplomacy", "diplomacy", 2, "hungary-veto-ukraine-accession-cluster-2030-10-04", a="Zosia Wierzbicka and Pieter Hoekstra"),
  E("2030-10-04 06:56", "DEFENSE: SAFE MONEY OUT THE DOOR",
    ["The Commission will today sign the first loan agreements under the second round of its SAFE defense instrument, with Poland, Lithuania and Romania first in line.",
     "The money, for joint purchases of air defense and drones, is meant for member countries' own forces, though officials stress that Ukrainian manufacturers may take part in the contracts."],
    "other", "security", 2, "eu-safe-defense-loans-signed-2030-10-04", a="Zosia Wierzbicka and Pieter Hoekstra"),
  OFF("2030-10-04 06:56", "FARMERS ARE BACK",
    ["Expect tractors around the Schuman roundabout from about 10 a.m., as farmers' unions from Belgium, France and Ireland protest against the safeguard rules in the EU-Mercosur trade deal, which MEPs vote on next week. Police have advised commuters to avoid the area."],
    "farmers-mercosur-protest-brussels-2030-10-04", a="Zosia Wierzbicka and Pieter Hoekstra", n="farm trade protest"),
  E("2030-10-04 06:56", "IN OTHER NEWS: DRONES OVER LI\u00c8GE",
    ["Flights at Li\u00e8ge airport were halted for two hours on Thursday evening after drones were spotted near the runway, the third such incident in Belgium in a month. Defense Minister Theo Francken said investigators had \u201cnot ruled out\u201d a link to Russia."],
    "other", "security", 2, "liege-airport-drone-sightings-2030-10-03", a="Zosia Wierzbicka and Pieter Hoekstra"),
  ]))

# ---------------------------------------------------------------- 18803 Le Monde in English (HTML article with intertitles)
LM_BY = "\u00c9lise Caradec"
SEEDS.append(dict(
  id="18803", name="18803_lemonde-article", ext="html", source="Le Monde in English", zone="Europe/Paris", render=r_lemonde,
  title="In Ukraine, Russian strikes on gas production threaten a hard winter",
  lede="Overnight from Sunday to Monday, Russian missiles and drones hit gas extraction sites in the Kharkiv and Poltava regions. Kyiv is counting on imports and European loans to get through the cold months.",
  byline=LM_BY, where="Kyiv, special correspondent", readtime=4, published="2030-10-07 18:15", updated="2030-10-07 19:40",
  url="https://www.lemonde.fr/en/international/article/2030/10/07/in-ukraine-russian-strikes-on-gas-production-threaten-a-hard-winter_6731842_4.html",
  caption="A worker inspects a damaged gas facility in the Poltava region, Ukraine, on October 7, 2030. NAFTOGAZ PRESS SERVICE VIA AFP",
  readmore="In Kharkiv, the underground schools that keep children learning",
  basis="no per-section time; the article's 'Published on October 7, 2030, at 6:15 pm (Paris)' (CEST, UTC+2) applies to every section (the 'updated at 7:40 pm' time is not the publication time); local {d} in {z}",
  notes="Imitates a Le Monde in English subscriber article. Breadcrumb, h1, standfirst, 'Subscribers only', 'Published on October 7, 2030, at 6:15 pm (Paris), updated at 7:40 pm', reading time, 'By \u00c9lise Caradec (Kyiv, special correspondent)', photo caption. The body opens with three untitled paragraphs on the overnight strike (entry 18803-01, headline null, since no heading of its own precedes it), then four h2 intertitles, one entry each. No per-section time: stamp null, published = the 'Published on' time, not the update time. The byline name is every section's author. The sections share the energy theme but report different events (strike; EBRD loan; outage schedules; French generators; energy-truce offer), so they are separate stories. A 'Read more / Subscribers only' box after the second section and the translation footnote are not entries.",
  not_entries=["header, edition label, navigation, Subscribe / Log in / 'Lire en fran\u00e7ais'", "breadcrumb 'International Ukraine'", "h1 title", "standfirst",
               "'Subscribers only' label", "'Published on October 7, 2030, at 6:15 pm (Paris), updated at 7:40 pm'", "'Reading time 4 min.'",
               "byline 'By \u00c9lise Caradec (Kyiv, special correspondent)'", "'Share Save Offer article'", "photo caption with credit",
               "'Read more' box after the second section (Subscribers only, linked title)", "translation footnote", "'Reuse this content'",
               "newsletter box", "footer"],
  entries=[
  E("2030-10-07 18:15", None,
    ["Russia launched 18 missiles and about 150 drones at gas production sites in eastern and central Ukraine during the night of Sunday, October 6, to Monday, according to Naftogaz, the state energy company, which said several facilities in the Kharkiv and Poltava regions had been damaged.",
     "Two workers were killed at a compressor station near Krasnohrad, the regional authorities said. It was the fourth large-scale attack on gas infrastructure since the end of August.",
     "\u201cThey want us to reach winter with empty storage,\u201d said a Naftogaz engineer met in Kyiv, who asked that his name not be published."],
    "strikes", "strikes", 3, "gas-production-strikes-kharkiv-poltava-2030-10-07", a=LM_BY, n="untitled opening section (headline null)"),
  E("2030-10-07 18:15", "Imports through Poland and Slovakia",
    ["To make up for the lost output, Ukraine will have to import at least 4 billion cubic meters of gas before March, the energy ministry estimates, most of it through pipelines from Poland and Slovakia.",
     "On Monday, the European Bank for Reconstruction and Development announced a new \u20ac500 million loan to Naftogaz for these purchases, on top of a \u20ac270 million grant from Norway signed in September."],
    "aid", "aid", 3, "ebrd-naftogaz-gas-import-loan-2030-10-07", a=LM_BY),
  E("2030-10-07 18:15", "Outage schedules return",
    ["In Kharkiv and Poltava, residents were again given schedules for power and heating on Monday, with gas pressure reduced in several districts.",
     "Schools in the Kharkiv region will switch to remote lessons on days when classroom temperatures fall below 15\u00b0C, the regional education department said."],
    "other", "humanitarian", 2, "kharkiv-poltava-outage-schedules-2030-10-07", a=LM_BY),
  E("2030-10-07 18:15", "Paris promises generators",
    ["In Paris, the foreign ministry condemned \u201ca deliberate strategy of terror against civilians\u201d and announced that France would send 300 industrial generators and two mobile gas turbines to Ukraine before December."],
    "aid", "aid", 2, "france-generators-gas-turbines-2030-10-07", a=LM_BY, sec=["diplomacy"]),
  E("2030-10-07 18:15", "An energy truce, again",
    ["The strikes have revived talk of a partial truce covering energy infrastructure, an idea floated several times since 2025 without result.",
     "Turkey's foreign minister, Hakan Fidan, said on Monday that Ankara was ready to host technical talks on such a moratorium. The Kremlin did not respond."],
    "diplomacy", "diplomacy", 2, "turkey-energy-truce-offer-2030-10-07", a=LM_BY),
  ]))

# ---------------------------------------------------------------- 18804 EL PAIS English (HTML article with subheads)
EP_BY = "Luc\u00eda Sarasola"
SANCHEZ = "spain-military-aid-sanchez-kyiv-2030-10-09"
SEEDS.append(dict(
  id="18804", name="18804_elpais-article", ext="html", source="El Pa\u00eds English", zone="Europe/Madrid", render=r_elpais,
  title="S\u00e1nchez pledges \u20ac1 billion in military aid on surprise visit to Kyiv",
  lede="The Spanish prime minister met Zelensky and announced a package focused on air defense and demining, as sirens sounded over the capital",
  kicker="Russia-Ukraine war", byline=EP_BY, city="Kyiv", published="2030-10-09 14:25",
  caption="Pedro S\u00e1nchez and Volodymyr Zelensky, on Wednesday in Kyiv.", credit="PRESIDENCIA DE UCRANIA (EFE)",
  related=["Spain's defense spending: how far from NATO's target?", "The Ukrainian refugees who rebuilt their lives in Valencia"],
  tags=["Russia-Ukraine war", "Ukraine", "Pedro S\u00e1nchez", "Volodymyr Zelensky", "Spain", "Defense"],
  basis="no per-section time; the article's dateline 'Kyiv - {s_}' applies to every section; local {d} in {z}",
  notes="Imitates an EL PA\u00cdS English edition article. Kicker, h1, subtitle, photo caption with credit, author name, dateline 'Kyiv - Oct 09, 2030 - 14:25 CEST', share buttons, 'Go to comments'. The body opens with two untitled paragraphs (entry 18804-01, headline null), then four h3 subheads, one entry each. 18804-02 gives details of the same aid package as 18804-01 (same story, importance 3). The sirens section (drone attack during the visit, no casualties), the Madrid recovery-conference announcement and the domestic criticism are separate stories. No per-section time: stamp null, published = the dateline. Newsletter box after the second section, 'More information', 'Archived In' tags and comments box are not entries.",
  not_entries=["header, edition label, navigation, Subscribe / Log in", "kicker 'Russia-Ukraine war'", "h1 title", "subtitle",
               "photo caption 'Pedro S\u00e1nchez and Volodymyr Zelensky, on Wednesday in Kyiv.' and credit", "author name line",
               "dateline 'Kyiv - Oct 09, 2030 - 14:25 CEST'", "share buttons and 'Go to comments'",
               "newsletter box 'Sign up for our weekly newsletter ...' after the second section", "'More information' and its two links",
               "'Archived In' and its tags", "comments box", "footer"],
  entries=[
  E("2030-10-09 14:25", None,
    ["Spanish Prime Minister Pedro S\u00e1nchez arrived in Kyiv on Wednesday morning on an unannounced visit and pledged \u20ac1 billion in military aid for Ukraine in 2031, the largest single package Spain has offered since the start of the full-scale invasion.",
     "\u201cSpain will be at Ukraine's side for as long as it takes, and in whatever form peace takes,\u201d S\u00e1nchez said at a joint news conference with President Volodymyr Zelensky, who thanked him for \u201ca real package, not a promise.\u201d"],
    "aid", "aid", 3, SANCHEZ, a=EP_BY, sec=["diplomacy"], n="untitled opening section (headline null)"),
  E("2030-10-09 14:25", "Air defense and demining",
    ["According to the Spanish Defense Ministry, about half of the money will go to air defense, including missiles for the Hawk and Aspide systems Spain has already sent and a new batch of anti-drone jammers made by Spanish firms.",
     "Another \u20ac150 million will fund demining equipment and the training of 400 Ukrainian sappers at the army's engineering academy in Hoyo de Manzanares, near Madrid."],
    "aid", "aid", 3, SANCHEZ, a=EP_BY, n="details of the same package: same story"),
  E("2030-10-09 14:25", "Sirens over the capital",
    ["Air-raid sirens sounded in Kyiv twice during the visit, and the Spanish delegation spent about 40 minutes in a shelter at the presidential office.",
     "Ukraine's air force said it had shot down 14 of 17 Russian drones launched at the Kyiv and Zhytomyr regions during the day; falling debris damaged a warehouse in Bucha without causing injuries."],
    "strikes", "strikes", 2, "kyiv-drone-alert-during-sanchez-visit-2030-10-09", a=EP_BY),
  E("2030-10-09 14:25", "A recovery conference in Madrid",
    ["S\u00e1nchez also announced that Madrid will host the next international conference on Ukraine's reconstruction, in the spring of 2031, continuing the series that began in Lugano in 2022.",
     "Spanish construction and energy companies have signed 11 agreements with Ukrainian partners over the past year, according to the Foreign Ministry."],
    "diplomacy", "diplomacy", 2, "madrid-ukraine-recovery-conference-2031", a=EP_BY),
  E("2030-10-09 14:25", "Criticism at home",
    ["At home, the announcement reopened the debate over defense spending. The government's left-wing coalition partner said it had not been consulted and demanded that the package be put to a vote in Congress.",
     "The Popular Party, the main opposition force, said it supported aid to Ukraine but accused the prime minister of \u201cannouncing abroad what he cannot get approved at home,\u201d a reference to the government's lack of a budget."],
    "other", "politics", 2, "spain-ukraine-aid-domestic-criticism-2030-10-09", a=EP_BY),
  ]))
SEEDS[-1]["basis"] = "no per-section time; the article's dateline 'Kyiv - Oct 09, 2030 - 14:25 CEST' (UTC+2) applies to every section; local {d} in {z}"

# ---------------------------------------------------------------- 18805 ANSA English (RSS)
SEEDS.append(dict(
  id="18805", name="18805_ansa-englishrss", ext="xml", source="ANSA English", zone="Europe/Rome", render=r_ansa_rss,
  title="ANSA.it - English News",
  basis="RSS pubDate '{s}' (explicit +0200 offset, Rome summer time); local {d} in {z}",
  notes="Imitates ANSA's English news RSS 2.0 feed. Newest first; each item: title, one-paragraph description, link under /english/news/<section>/YYYY/MM/DD/, pubDate with +0200, guid. No authors (null). Two off-beat items (Venice access fee, industrial output).",
  not_entries=["channel title, link, description, language, copyright, pubDate, lastBuildDate, atom:link and image block"],
  entries=[
  OFF("2030-10-11 20:41", "Venice to raise day-tripper fee to 10 euros in 2031",
    ["The city council approved the increase on Friday, saying the access charge had cut crowds on peak days without emptying the historic centre."],
    "venice-day-tripper-fee-2030-10-11", n="Italian tourism", sect="general_news"),
  E("2030-10-11 19:10", "Tajani says Italy ready to host technical talks on Ukraine",
    ["Foreign Minister Antonio Tajani said on Friday that Rome was prepared to host technical contacts between Ukraine and Russia on prisoner exchanges and the return of children, if both sides asked for it."],
    "diplomacy", "diplomacy", 2, "tajani-offer-technical-talks-rome-2030-10-11", sect="politics"),
  E("2030-10-11 16:35", "Crosetto says second SAMP/T battery to reach Ukraine by December",
    ["Defence Minister Guido Crosetto told a parliamentary committee that a second SAMP/T air defence battery, built jointly with France, would be operational in Ukraine before the end of the year."],
    "aid", "aid", 3, "italy-second-samp-t-battery-2030-10-11", sect="politics"),
  E("2030-10-11 14:02", "Italian TV crew unhurt after Russian drone attack in Kherson",
    ["A crew from public broadcaster RAI escaped unharmed on Friday when a Russian drone struck a car parked near the building where they were filming in Kherson, the broadcaster said. Their Ukrainian driver was lightly injured."],
    "strikes", "strikes", 2, "rai-crew-kherson-drone-2030-10-11", sect="world"),
  E("2030-10-11 11:48", "Pope appeals for return of deported Ukrainian children",
    ["Pope Leo XIV on Friday urged Russia to allow Ukrainian children taken from occupied areas to go home, telling a gathering of Catholic charities that \u201cno child should be a bargaining chip\u201d."],
    "other", "humanitarian", 2, "pope-appeal-deported-ukrainian-children-2030-10-11", sect="world"),
  OFF("2030-10-11 09:15", "Italian industrial output up 0.4% in August, Istat says",
    ["Industrial production rose 0.4% month on month in August, led by energy and pharmaceuticals, national statistics office Istat said on Friday."],
    "italy-industrial-output-august-2030-10-11", n="Italian economy", sect="business"),
  E("2030-10-11 07:30", "Leonardo to build interceptor drones for Ukraine with Kyiv firm",
    ["Italian defence group Leonardo has signed a joint venture with a Ukrainian drone maker to produce interceptor drones at a plant near Turin, with the first batch earmarked for Ukraine's air defence, the companies said."],
    "aid", "aid", 2, "leonardo-ukraine-interceptor-drone-venture-2030-10-11", sect="business"),
  ]))

# ---------------------------------------------------------------- 18806 RFI English (text section page)
SEEDS.append(dict(
  id="18806", name="18806_rfi-europe", ext="txt", source="RFI English", zone="Europe/Paris", render=r_rfi,
  title="Europe",
  basis="'Issued on: {s}' (DD/MM/YYYY, Paris time, no zone printed; CEST = UTC+2); local {d} in {z}",
  notes="Imitates the RFI English 'Europe' section page copied as text. Language bar and menu, section heading 'Europe'; cards newest first: label (Ukraine, France), headline, one-paragraph summary, 'Issued on: DD/MM/YYYY - HH:MM' (Paris time, no zone printed). The top card 'Issued on: 15/10/2030 - 01:20' is 23:20 UTC on 14 October: the whole page is one UTC day although it prints two local dates. Cards carry no author (null). A podcast promo sits after the third card. One off-beat card (Paris metro strike).",
  not_entries=["'RFI' / 'Radio France Internationale' masthead", "'Listen   Live'", "language bar", "main menu", "section heading 'Europe'",
               "card labels ('Ukraine', 'France')", "'Issued on: ...' lines (stamps, not body)", "podcast promo ('Podcast', 'Spotlight on France', text, 'Listen')",
               "'See more'", "footer lines"],
  entries=[
  E("2030-10-15 01:20", "Russian drones hit Odesa port overnight, governor says",
    ["Russian drones struck port infrastructure in Odesa shortly after midnight, starting a fire at a grain terminal, the regional governor said, adding that two security guards were slightly injured."],
    "strikes", "strikes", 2, "odesa-port-drone-strike-2030-10-15", label="Ukraine",
    n="printed local date 15/10 but 23:20 UTC on 14 October"),
  E("2030-10-14 22:05", "Macron to chair 'coalition of the willing' call on Ukraine guarantees",
    ["President Emmanuel Macron will chair a video call on Tuesday of the countries ready to back a future ceasefire in Ukraine, the \u00c9lys\u00e9e said, as talks on a European reassurance force resume."],
    "diplomacy", "diplomacy", 3, "coalition-of-the-willing-call-2030-10-15", label="France"),
  E("2030-10-14 18:40", "France extends temporary protection for Ukrainian refugees",
    ["Ukrainians who fled to France will keep their temporary protection status until March 2032, the interior ministry said on Monday, following a decision taken at EU level last month. About 68,000 people hold the status in France."],
    "other", "humanitarian", 2, "france-temporary-protection-extension-2030-10-14", label="France"),
  E("2030-10-14 15:30", "Russian national jailed in France for spying on arms shipments",
    ["A Paris court sentenced a Russian man to seven years in prison for photographing military convoys and rail yards used to ship weapons to Ukraine, in what prosecutors called a case of espionage on behalf of a foreign power."],
    "other", "security", 2, "paris-espionage-arms-shipments-verdict-2030-10-14", label="France"),
  E("2030-10-14 12:15", "Five killed as Russian drone hits bus in Sumy",
    ["A Russian drone struck a city bus in Sumy, in north-eastern Ukraine, on Monday, killing five passengers and injuring 12, regional officials said. The bus was hit at a stop near the central market."],
    "strikes", "strikes", 3, "sumy-bus-drone-strike-2030-10-14", label="Ukraine"),
  OFF("2030-10-14 09:50", "Paris metro disrupted by strike over pensions",
    ["Several Paris metro lines ran reduced services on Monday as transport workers walked out over planned changes to their special pension scheme, the RATP said."],
    "paris-metro-pension-strike-2030-10-14", n="French transport strike", label="France"),
  E("2030-10-14 06:30", "Zelensky sanctions former MP accused of helping Russian intelligence",
    ["Ukrainian President Volodymyr Zelensky has imposed sanctions on a former member of parliament who is accused of passing information to Russian intelligence and who left the country in 2022, according to a decree published on Monday."],
    "other", "politics", 2, "zelensky-sanctions-former-mp-2030-10-14", label="Ukraine"),
  ]))

# ---------------------------------------------------------------- 18807 Swissinfo (HTML article with subheads)
SW_BY = "Mireille Aebischer"
SEEDS.append(dict(
  id="18807", name="18807_swissinfo-article", ext="html", source="Swissinfo", zone="Europe/Zurich", render=r_swissinfo,
  title="Parliament approves CHF1.5 billion for Ukraine's reconstruction",
  lede="The House of Representatives has backed a multi-year credit for rebuilding Ukraine, while the row over re-exporting Swiss-made arms goes on.",
  kicker="Foreign Affairs", byline=SW_BY, role="Foreign affairs correspondent", readtime=5, published="2030-10-16 14:05", editor="Tomas Roggwiller",
  morebox=("Why Switzerland still says no to arms re-exports", "Sep 24, 2030", "The neutrality question keeps coming back. Here is where things stand."),
  popular=["The Swiss village that voted to stay off the grid", "How much does a Swiss ski pass cost this winter?", "Glaciers lost 3% of their volume this year"],
  basis="no per-section time; the article's 'This content was published on October 16, 2030 - 14:05' (Swiss time, no zone printed; CEST = UTC+2) applies to every section; local {d} in {z}",
  notes="Imitates a SWI swissinfo.ch article. Masthead with the SRG SSR line and language switch, kicker, h1, lead, 'This content was published on October 16, 2030 - 14:05' (no zone printed: Swiss time), 'Listening:' audio player, author box with role. The body opens with three untitled paragraphs (entry 18807-01, headline null), then four h2 subheads, one entry each. No per-section time: stamp null, published = the 'published on' time. The author name is every section's author. An inline 'More' teaser box after the second section prints its own older date ('This content was published on Sep 24, 2030'), which belongs to the linked article and must not date any entry. 'Edited by ...', newsletter box and 'Popular Stories' are chrome.",
  not_entries=["masthead, SRG SSR line, navigation, language switch, Search / Log in", "kicker 'Foreign Affairs'", "h1 title", "lead",
               "'This content was published on October 16, 2030 - 14:05'", "audio player 'Listening: ... Play 5 minutes'", "author box (name and role)",
               "inline 'More More' teaser box with its own date 'This content was published on Sep 24, 2030' and teaser text",
               "'Edited by Tomas Roggwiller'", "Share / Comment", "newsletter box", "'Popular Stories' links", "footer"],
  entries=[
  E("2030-10-16 14:05", None,
    ["The House of Representatives on Wednesday approved a CHF1.5 billion ($1.9 billion) credit for reconstruction in Ukraine from 2031 to 2034, by 121 votes to 64.",
     "The money, which the Senate approved in June, will go mainly to energy, water supply and demining projects, and part of it will be channelled through Swiss companies working in Ukraine.",
     "The Swiss People's Party voted against, arguing that the funds should be taken from the existing development aid budget rather than added to it."],
    "aid", "aid", 3, "swiss-reconstruction-credit-ukraine-2030-10-16", a=SW_BY, n="untitled opening section (headline null)"),
  E("2030-10-16 14:05", "Re-export rules stay",
    ["In a separate vote, the same chamber narrowly rejected a motion that would have let countries that bought Swiss-made ammunition pass it on to Ukraine. The proposal failed by 95 votes to 91."],
    "aid", "aid", 2, "swiss-arms-reexport-motion-rejected-2030-10-16", a=SW_BY, sec=["diplomacy"]),
  E("2030-10-16 14:05", "Demining conference in Geneva",
    ["Foreign Minister Ignazio Cassis announced that Switzerland will host an international conference on humanitarian demining in Ukraine in Geneva in February, with around 40 countries expected to attend."],
    "diplomacy", "diplomacy", 2, "geneva-ukraine-demining-conference-2031", a=SW_BY),
  E("2030-10-16 14:05", "Protection status S extended",
    ["The Federal Council has also extended protection status S for people who fled Ukraine until March 2032. About 69,000 people hold the status, around a third of them in work."],
    "other", "humanitarian", 2, "switzerland-status-s-extension-2030-10-16", a=SW_BY),
  E("2030-10-16 14:05", "Latest EU sanctions adopted",
    ["Switzerland will apply the latest package of EU sanctions against Russia from Friday, the economics ministry said, adding 74 ships of the so-called shadow fleet and 31 companies to its lists."],
    "diplomacy", "diplomacy", 2, "switzerland-adopts-eu-sanctions-2030-10-16", a=SW_BY),
  ]))

# ---------------------------------------------------------------- 18808 The Local Germany (text news listing)
SEEDS.append(dict(
  id="18808", name="18808_thelocal-germany", ext="txt", source="The Local", zone="Europe/Berlin", render=r_thelocal,
  title="News",
  basis="'Published: {s}' (zone abbreviation printed; CEST = UTC+2); local {d} in {z}",
  notes="Imitates The Local Germany news listing copied as text. Edition switcher and menu, membership prompt after the second card. Cards newest first: upper-case tag, headline, one-paragraph standfirst, author line, 'Published: 18 October 2030 14:30 CEST'. Desk credits ('DPA/The Local', 'AFP/The Local') are kept as printed as the author. 18808-04 is an 'EXPLAINED:' piece with a body (kept, importance 2, not a teaser). One off-beat card (rail works).",
  not_entries=["masthead 'The Local' and tagline", "edition switcher", "menu", "'Become a Member   Log in'", "page heading 'News'",
               "upper-case tags above each headline (UKRAINE, TRAVEL, LIVING IN GERMANY, POLITICS, CRIME)", "author lines (author, not body)",
               "'Published: ...' lines (stamps)", "membership prompt after the second card", "'Load more'", "footer"],
  entries=[
  E("2030-10-18 19:40", "Germany to fly in 400 wounded Ukrainian soldiers for treatment",
    ["Around 400 wounded Ukrainian soldiers will be brought to German hospitals over the winter on medical evacuation flights organised with the EU and the Bundeswehr, the Health Ministry said on Friday."],
    "aid", "aid", 2, "germany-medevac-wounded-ukrainian-soldiers-2030-10-18", a="Imke Hartwig", tag="UKRAINE"),
  OFF("2030-10-18 17:15", "Deutsche Bahn warns of weekend disruption on Berlin-Hamburg line",
    ["Passengers travelling between Berlin and Hamburg should expect cancellations and replacement buses this weekend while Deutsche Bahn repairs overhead lines, the company said."],
    "deutsche-bahn-berlin-hamburg-works-2030-10-18", a="DPA/The Local", n="rail works", tag="TRAVEL"),
  E("2030-10-18 14:30", "EXPLAINED: What changes for Ukrainian refugees in Germany from November",
    ["From November 1st, Ukrainians who arrive in Germany will receive benefits under the asylum seekers' law rather than the citizens' income, B\u00fcrgergeld. Here is what the change means for new arrivals and for those already here."],
    "other", "humanitarian", 2, "germany-ukrainian-refugee-benefits-change-2030-11", a="Brenna Quigley", tag="LIVING IN GERMANY",
    n="'EXPLAINED:' piece with a body; not a teaser"),
  E("2030-10-18 12:05", "Bundestag approves navy mission to guard Baltic Sea cables",
    ["The Bundestag on Friday approved a one-year deployment of up to 300 navy personnel to help protect undersea cables and pipelines in the Baltic Sea, following a string of suspected sabotage incidents blamed on ships linked to Russia."],
    "other", "security", 2, "bundestag-baltic-cable-mission-2030-10-18", a="DPA/The Local", tag="POLITICS"),
  E("2030-10-18 10:20", "Police arrest two men over drone flights above Bundeswehr base",
    ["Police in Brandenburg have arrested two men suspected of flying drones over the air base at Holzdorf, where air defence crews train, prosecutors said on Friday."],
    "other", "security", 2, "holzdorf-drone-arrests-2030-10-18", a="Imke Hartwig", tag="CRIME"),
  E("2030-10-18 08:45", "Germany pledges extra \u20ac500 million for Ukraine's winter energy needs",
    ["Germany will provide an additional \u20ac500 million to help Ukraine repair power plants and buy gas before winter, the Foreign Office said on Friday, after a new wave of Russian attacks on the country's energy system."],
    "aid", "aid", 3, "germany-winter-energy-aid-2030-10-18", a="AFP/The Local", tag="UKRAINE"),
  ]))

# ---------------------------------------------------------------- 18809 Euronews (RSS)
SEEDS.append(dict(
  id="18809", name="18809_euronews-rss", ext="xml", source="Euronews", zone="Europe/Brussels", render=r_euronews_rss,
  title="Euronews - World",
  basis="RSS pubDate '{s}' (explicit +0200 offset); local {d} in {z}",
  notes="Imitates a Euronews RSS 2.0 feed. Newest first; each item: title, link, guid, plain-text one-paragraph description, pubDate with +0200, category, dc:creator (a reporter or the desk 'Euronews', kept as printed), media:content with media:credit. Two off-beat items (Valencia floods, Louvre).",
  not_entries=["channel title, link, description, language, copyright, lastBuildDate and atom:link", "category labels", "media:content images and media:credit photo credits"],
  entries=[
  E("2030-10-19 21:30", "Russia and Ukraine exchange 250 prisoners each in UAE-brokered swap",
    ["Russia and Ukraine swapped 250 prisoners of war each on Saturday in an exchange mediated by the United Arab Emirates, the largest since the spring, officials in both countries said."],
    "diplomacy", "diplomacy", 3, "uae-brokered-prisoner-swap-2030-10-19", a="Euronews", sect="my-europe", cat="Europe", credit="Ukrainian Coordination HQ for POWs"),
  E("2030-10-19 18:10", "Drone strike sets Odesa fuel depot on fire",
    ["A Russian drone attack set fire to a fuel depot on the outskirts of Odesa on Saturday evening, regional authorities said. Firefighters were still fighting the blaze hours later; no casualties were reported."],
    "strikes", "strikes", 2, "odesa-fuel-depot-drone-strike-2030-10-19", a="Oksana Meleshko", sect="my-europe", cat="Europe", credit="Odesa Regional Administration"),
  OFF("2030-10-19 16:40", "Torrential rain floods parts of Valencia region again",
    ["Heavy rain flooded streets and underpasses south of Valencia on Saturday, forcing the closure of two motorways and dozens of schools, less than a month after the last storm."],
    "valencia-floods-2030-10-19", a="Euronews", n="Spanish weather", sect="green", cat="Green", credit="AP Photo"),
  E("2030-10-19 14:25", "Hungary blocks EU statement on Ukraine accession timeline",
    ["Hungary has blocked a joint EU statement that would have set a target date for Ukraine's accession talks to be completed, diplomats said on Saturday after a meeting of European affairs ministers."],
    "diplomacy", "diplomacy", 2, "hungary-blocks-eu-accession-statement-2030-10-19", a="Mateo Arrieta", sect="my-europe", cat="Europe", credit="AP Photo"),
  E("2030-10-19 12:00", "Estonia expels Russian diplomat over airspace violations",
    ["Estonia ordered a Russian embassy official to leave the country within 48 hours after Russian military jets entered its airspace twice this week, the foreign ministry in Tallinn said."],
    "diplomacy", "diplomacy", 2, "estonia-expels-russian-diplomat-2030-10-19", a="Euronews", sect="my-europe", cat="Europe", credit="AP Photo"),
  OFF("2030-10-19 10:15", "Louvre reopens its Egyptian galleries after two-year renovation",
    ["The Louvre in Paris reopened its Egyptian antiquities wing on Saturday after a two-year refit that added new lighting, climate control and a hall for the museum's largest sarcophagi."],
    "louvre-egyptian-galleries-reopen-2030-10-19", a="Euronews", n="culture", sect="culture", cat="Culture", credit="AFP"),
  E("2030-10-19 08:30", "Russian glide bombs kill three in Zaporizhzhia",
    ["Russian guided bombs struck a residential district of Zaporizhzhia early on Saturday, killing three people and damaging a school, the regional governor said."],
    "strikes", "strikes", 3, "zaporizhzhia-glide-bomb-2030-10-19", a="Oksana Meleshko", sect="my-europe", cat="Europe", credit="Zaporizhzhia Regional Administration"),
  ]))


# ================================================================ Part B renderers (invented outlets)

def r_textlive_kp(S):
    """text live blog, newest first: 'Key Points' bullets (post headlines), then posts: a time line with the zone abbreviation
    ('21:25 BST'), headline, body, '\u2013 Reporting by NAME'; a video teaser prints '[Video: 0:58]' and nothing else."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"].upper(), "News | World | Ukraine | Politics | Business | Culture | Sport", "", "LIVE  Ukraine war", S["title"], S["dateline"], S["lede"], "",
         "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest updates", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} {d.tzname()}"; stamps.append(st)
        L += [st, e["h"], ""]
        L += ptxt(e["p"]) if e["p"] else ["[Video: 0:58]", ""]
        if e["a"]:
            L += [f"\u2013 Reporting by {e['a']}", ""]
        if i == 2:
            L += ["Sign up to The Briefing, our free daily newsletter, for the day's key stories.", ""]
    L += ["Load earlier updates", "", f"{S['source']} \u00b7 About \u00b7 Complaints \u00b7 Privacy \u00b7 Cookies"]
    return "\n".join(L) + "\n", stamps


def r_htmllive_ld(S):
    """HTML live blog, oldest first, LiveBlogPosting JSON-LD with per-update datePublished (local offset); each post:
    <time datetime> with a bare 'HH:MM', h3 headline, body, 'By NAME' under the body; a 'Related' box."""
    z = S["zone"]; order_check(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#update-{1000 + i}", "headline": e["h"], "datePublished": d.isoformat(),
             "dateModified": d.isoformat(), "articleBody": " ".join(e["p"])}
        if e["a"]:
            u["author"] = [{"@type": "Person", "name": e["a"]}]
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "url": S["url"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "coverageEndTime": (first + timedelta(hours=18)).isoformat(),
          "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - {esc(S["source"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<div class="consent">We and our partners use cookies. <button>Accept all</button> <button>Reject</button></div>',
           f'<header><a class="logo" href="/">{esc(S["source"])}</a><nav><a href="/ukraine">Ukraine</a> <a href="/world">World</a> '
           '<a href="/economy">Economy</a> <a href="/opinion">Opinion</a> <a href="/support">Support us</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<section class="update" id="update-{1000 + i}"><time datetime="{d.isoformat()}">{st}</time><h3>{esc(e["h"])}</h3>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="byline">By {esc(e["a"])}</p>')
        out.append('<div class="tools"><a>Share this update</a></div></section>')
        if i == 2:
            out.append(f'<aside class="related"><h4>Related</h4><a href="/ukraine/explainers">{esc(S["related"])}</a></aside>')
    out += ['<p class="live-end">Live coverage continues tomorrow.</p></main>',
            f'<footer>{esc(S["source"])} \u00b7 Editorial standards \u00b7 Contact \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_rss_plain(S):
    """RSS 2.0 world feed, newest first; pubDate with the outlet's numeric offset; dc:creator when printed; plain-text description
    (one paragraph) or, when S['cdata'], CDATA <p> paragraphs."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>',
           '<language>en</language>', f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z))}</lastBuildDate>', '<ttl>10</ttl>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        link = f'{S["url"]}/{e.get("cat", "world").lower()}/{d:%Y%m%d}-{slugify(e["h"])}'
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="false">{S["guid"]}-{d:%Y%m%d}-{i + 301}</guid>',
                f'<pubDate>{st}</pubDate>', f'<category>{esc(e.get("cat", "World"))}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        if S.get("cdata"):
            out.append('<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>')
        else:
            out.append(f'<description>{esc(" ".join(e["p"]))}</description>')
        out.append('</item>')
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_atom_x(S):
    """Atom 1.0 feed, newest first; <published> ISO 8601 with the outlet's offset ('Z' for UTC); content as inline XHTML
    (S['content']=='xhtml'), escaped HTML ('html') or plain text ('text'); <author><name> when printed."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link rel="alternate" href="{S["url"]}/"/>', f'<link rel="self" href="{S["url"]}/feed.atom"/>',
           f'<id>{S["url"]}/feed.atom</id>', f'<updated>{iso_z(dt(S["entries"][0]["t"], z))}</updated>',
           f'<generator>{esc(S.get("generator", "Atomizer"))}</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso_z(d); stamps.append(st)
        link = f'{S["url"]}/{d:%Y/%m/%d}/{slugify(e["h"])}'
        out += ['<entry>', f'<title type="text">{esc(e["h"])}</title>', f'<link rel="alternate" type="text/html" href="{link}"/>',
                f'<id>{link}</id>', f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        kind = S.get("content", "html")
        if kind == "xhtml":
            out.append('<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + '</div></content>')
        elif kind == "text":
            out.append('<content type="text">' + esc("\n\n".join(e["p"])) + '</content>')
        else:
            out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_htmllive_plain(S):
    """HTML live blog without JSON-LD, newest first; bare 'HH:MM' in a span above the h2 and a printed zone note
    ('All times CEST (Warsaw)'); author as '\u2014 NAME' after the body; a photo-gallery teaser prints only a gallery placeholder."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {esc(S["source"])}</title></head><body>',
           '<div id="cookie-bar">This site uses cookies. <a>Settings</a> <button>OK</button></div>',
           f'<header class="mast"><span class="brand">{esc(S["source"])}</span> <nav><a>Poland</a> <a>Ukraine</a> <a>Europe</a> <a>Business</a> <a>Opinion</a></nav></header>',
           f'<main><div class="live-badge">LIVE</div><h1>{esc(S["title"])}</h1>', f'<p class="meta">{esc(S["dateline"])} | {esc(S["tznote"])}</p>',
           f'<p class="intro">{esc(S["lede"])}</p>', '<div class="feed">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="post"><span class="post-time">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery">[Gallery: 9 photos]</div>')
        if e["a"]:
            out.append(f'<p class="sign">\u2014 {esc(e["a"])}</p>')
        out.append('</div>')
        if i == 3:
            out.append(f'<div class="box"><h3>Read also</h3><a>{esc(S["related"])}</a></div>')
    out += ['</div>', f'<p><a href="/live/{S["prev"]}">Previous live page</a></p></main>',
            f'<footer>{esc(S["source"])} \u00b7 Contact \u00b7 Advertising \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_textlive_sig(S):
    """text live blog, oldest first; headline line, then 'NAME \u00b7 08:50 IST' (author and time with zone after the headline),
    body; a partner label line ('From the Lowther Review:') before a re-published piece; masthead names the city."""
    z = S["zone"]; order_check(S, False)
    L = [f"{S['source'].upper()} \u00b7 {S['city']}", "Home  /  Ireland  /  World  /  Business  /  Sport  /  Opinion", "",
         S["title"], S["dateline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} {d.tzname()}"; stamps.append(st)
        if e.get("partner"):
            L += [f"From the {e['partner']}:"]
        L += [e["h"], (f"{e['a']} \u00b7 " if e["a"] else "") + st, ""] + ptxt(e["p"])
        if i == 3:
            L += ["Advertisement", ""]
    L += ["This live blog has now ended. Follow tomorrow's coverage on our Ukraine page.", "", f"\u00a9 {S['source']} \u00b7 Terms \u00b7 Privacy \u00b7 Contact us"]
    return "\n".join(L) + "\n", stamps


def r_textlive_zone(S):
    """text live blog, newest first; a time line with zone ('23:10 EET') before the headline, body; page byline 'Compiled by A and B'
    (used as every post's author); a video teaser prints '[Video]' only."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"], "Live  \u00b7  Ukraine  \u00b7  Europe  \u00b7  Analysis  \u00b7  Newsletters", "", S["title"], S["dateline"],
         f"Compiled by {S['byline']}", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} {d.tzname()}"; stamps.append(st)
        L += [st, e["h"], ""]
        L += ptxt(e["p"]) if e["p"] else ["[Video]", ""]
        if i == 2:
            L += ["Support independent reporting from Ukraine \u2013 donate today.", ""]
    L += ["Show earlier posts", "", f"{S['source']} \u00b7 Who we are \u00b7 Corrections \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_graphlive_ld(S):
    """HTML live blog, oldest first; JSON-LD @graph (WebPage, Organization, LiveBlogPosting with per-update datePublished in the local
    offset); visible <time datetime> with a bare 'HH:MM'; h2 headline; signature '/ NAME' after the body; newsletter promo."""
    z = S["zone"]; order_check(S, False)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    base = S["url"].split("/live")[0]
    ups = [{"@type": "BlogPosting", "@id": f"{S['url']}#p{i + 1}", "headline": e["h"], "datePublished": dt(e["t"], z).isoformat(),
            "articleBody": "\n".join(e["p"]), **({"author": {"@type": "Person", "name": e["a"]}} if e["a"] else {})} for i, e in enumerate(S["entries"])]
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "Organization", "@id": base + "/#organization", "name": S["source"], "url": base + "/"},
        {"@type": "WebPage", "@id": S["url"], "url": S["url"], "name": S["title"], "isPartOf": {"@id": base + "/#website"}},
        {"@type": "LiveBlogPosting", "@id": S["url"] + "#liveblog", "mainEntityOfPage": {"@id": S["url"]}, "headline": S["title"],
         "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
         "publisher": {"@id": base + "/#organization"}, "liveBlogUpdate": ups}]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header>{esc(S["source"])} <nav><a>Sweden</a> <a>Nordics</a> <a>World</a> <a>Economy</a> <a>Culture</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="ingress">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="lb-post" id="p{i + 1}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="signature">/ {esc(e["a"])}</p>')
        out.append('</article>')
        if i == 1:
            out.append(f'<div class="promo">Get {esc(S["source"])} in your inbox every morning. <a>Subscribe</a></div>')
    out += ['</main>', f'<footer>{esc(S["source"])} \u00b7 Contact \u00b7 Privacy \u00b7 Cookie settings</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_article_sections(S):
    """text article: breadcrumb, headline, standfirst, byline, stamp line 'Mon 28 Oct 2030 14.20 GMT'; opening paragraphs (first entry,
    headline null) then section headings (one entry each); no per-section time; share line and 'Most viewed' list."""
    z = S["zone"]; pub = dt(S["published"], z)
    stamp = f"{DAYS_EN[pub.weekday()][:3]} {pub.day} {SHORT_MONTHS[pub.month - 1]} {pub.year} {pub:%H.%M} {pub.tzname()}"
    L = [S["source"], "World  \u203a  Europe  \u203a  Ukraine", "", S["title"], "", S["lede"], "", S["byline"], stamp, "",
         "Share on Facebook \u00b7 Share on X \u00b7 Share via Email", ""]
    for e in S["entries"]:
        if e["h"]:
            L += [e["h"], ""]
        L += ptxt(e["p"])
    L += ["Explore more on these topics: Ukraine \u00b7 Russia \u00b7 Europe", "", "Most viewed"] + S["mostviewed"] + ["",
          f"\u00a9 {pub.year} {S['source']} \u00b7 Terms \u00b7 Privacy \u00b7 Contact"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


# ================================================================ PART B: three multi-source days (invented outlets)
# Day 1 = 2030-10-22 (Tuesday, UTC), day 2 = 2030-10-23, day 3 = 2030-10-28 (after the end of European summer time on 27 October).
DNI = "dnipro-missile-strike-2030-10-22"
NOR = "norway-winter-aid-package-2030-10-22"
KHA = "kharkiv-drone-strike-2030-10-22"
AN1 = "analysis-why-russia-keeps-hitting-dnipro"
AN1_H = "Analysis: Why Russia keeps hitting Dnipro, Ukraine's rear hub"
AN1_P = ["Tuesday's strike on Dnipro was the city's deadliest in more than a year, but it surprised no one who lives there. Dnipro sits where the roads and railways from Ukraine's west meet the fronts in the east and south, and almost everything that reaches the troops in Donetsk and Zaporizhzhia passes through or near it.",
         "That makes its rail yards, repair plants and warehouses obvious targets. It also means that missiles aimed at logistics keep landing among apartment blocks, because the city's industry grew up in the middle of its neighbourhoods in Soviet times.",
         "Air defence around Dnipro has been reinforced twice this year, yet ballistic missiles launched from behind the Russian lines reach the city in under four minutes, leaving residents very little time to take cover."]

# ---------------------------------------------------------------- 18820 Pellbrook Courier (day 1, text live, Key Points)
SEEDS.append(dict(
  id="18820", name="18820_pellbrook-textlive", ext="txt", source="Pellbrook Courier", zone="Europe/London", render=r_textlive_kp,
  title="Ukraine war live: Dnipro death toll rises to 12 after morning missile strike",
  dateline="Tuesday 22 October 2030",
  lede="Russian missiles hit an apartment block and a rail depot in Dnipro; shelling wounds two in Nikopol; the UK sanctions suppliers of Russia's drone programme.",
  basis="time line '{s}' (BST printed: UK summer time, UTC+1) under the dateline 'Tuesday 22 October 2030'; local {d} in {z}",
  notes="Invented outlet (UK). Text live blog, newest first. A 'Key Points' block lists two post headlines (key_point true for 18820-01 and 18820-06). Each post: a time line with zone ('21:25 BST'), headline, body, then '\u2013 Reporting by NAME' (author, not body). 18820-02 is a 'Watch:' teaser whose only content is '[Video: 0:58]' (no body, no author). The Kremlin's denial (18820-05) is a reaction whose content is the strike itself, so it shares the Dnipro story. 18820-04 (Nikopol shelling, same Dnipropetrovsk region) and 18820-07 (overnight drone attack) are separate events.",
  not_entries=["masthead and navigation", "'LIVE  Ukraine war' label", "page title", "dateline 'Tuesday 22 October 2030'", "lede line",
               "'Key Points' header and its two bullets (pointers to posts 18820-01 and 18820-06)", "'Latest updates' label",
               "'\u2013 Reporting by ...' lines (author, not body)", "'[Video: 0:58]' placeholder in the teaser",
               "newsletter promo after the third post", "'Load earlier updates'", "footer line"],
  entries=[
  E("2030-10-22 21:25", "Dnipro death toll rises to 12",
    ["Twelve people are now confirmed dead after this morning's missile strike on Dnipro, the head of the regional military administration said, after rescuers recovered three more bodies from the collapsed section of the apartment block. Forty people were injured, seven of them children.",
     "The search is expected to continue through the night. Dnipro's mayor has declared Wednesday and Thursday days of mourning."],
    "strikes", "strikes", 3, DNI, a="Fern Abernethy", kp=True, n="toll 12 dead, 40 injured"),
  E("2030-10-22 19:50", "Watch: Rescuers search the collapsed floors in Dnipro", [],
    "strikes", "strikes", 1, DNI, n="video teaser without body"),
  E("2030-10-22 17:10", "UK sanctions 14 suppliers of Russia's drone programme",
    ["The UK has sanctioned 14 companies and three individuals in China, Turkey and the United Arab Emirates accused of supplying engines and electronics for Russian attack drones, the Foreign Office said."],
    "diplomacy", "diplomacy", 2, "uk-sanctions-drone-suppliers-2030-10-22", a="Owain Kettering"),
  E("2030-10-22 14:35", "Shelling wounds two in Nikopol",
    ["Russian artillery fire from across the river wounded two men in Nikopol and damaged a gas pipeline, the regional governor said. Nikopol, which faces Russian positions around the occupied Zaporizhzhia nuclear plant, is shelled almost every day."],
    "strikes", "strikes", 2, "nikopol-shelling-2030-10-22", a="Owain Kettering",
    n="same region (Dnipropetrovsk oblast), different event: artillery on Nikopol, non-deadly; must not merge with the Dnipro missile strike"),
  E("2030-10-22 12:05", "Kremlin says Dnipro strike hit 'military logistics'",
    ["The Kremlin said Russian forces had struck \u2018military logistics facilities\u2019 in Dnipro and denied targeting civilians, after Ukrainian officials said a missile had destroyed part of a nine-storey apartment block.",
     "Kremlin spokesman Dmitry Peskov told reporters the defence ministry's statement \u2018speaks for itself\u2019."],
    "strikes", "strikes", 3, DNI, a="Fern Abernethy", n="official reaction whose content is the attack itself: same story"),
  E("2030-10-22 09:40", "At least five killed as missile hits Dnipro apartment block",
    ["At least five people were killed and 23 injured when a Russian ballistic missile hit a nine-storey apartment block in Dnipro's Sobornyi district during the morning rush hour, regional officials said.",
     "A second missile struck a railway repair depot on the city's eastern edge. Ukraine's air force said both were Iskander-M missiles launched from the occupied part of the Zaporizhzhia region."],
    "strikes", "strikes", 3, DNI, a="Fern Abernethy", kp=True, n="toll 5 dead, 23 injured"),
  E("2030-10-22 07:05", "Air force: 58 of 80 drones downed overnight",
    ["Russia launched 80 attack and decoy drones at Ukraine overnight, of which 58 were shot down or jammed, Ukraine's air force said. Debris damaged houses in the Kyiv and Cherkasy regions; no casualties were reported."],
    "strikes", "strikes", 2, "overnight-drone-attack-2030-10-22", a="Owain Kettering",
    n="overnight drone attack, a different event from the morning missile strike on Dnipro; must not merge"),
  ]))

# ---------------------------------------------------------------- 18821 Wintermere Herald (day 1, HTML live + LiveBlogPosting)
SEEDS.append(dict(
  id="18821", name="18821_wintermere-ldlive", ext="html", source="Wintermere Herald", zone="Europe/Kyiv", render=r_htmllive_ld,
  title="Live: Missiles hit Dnipro in morning rush hour; Norway unveils winter aid", url="https://wintermere-herald.example/live/ukraine-2030-10-22",
  dateline="Tuesday, 22 October 2030",
  lede="Updates through the day from our newsroom in Kyiv. Times are Kyiv time.",
  related="Explainer: how Ukraine's gas storage gets through the winter",
  basis="visible '{s}' in <time datetime> (+03:00) and the update's JSON-LD datePublished; the page says 'Times are Kyiv time'; local {d} in {z}",
  notes="Invented outlet. HTML live blog, oldest first, with LiveBlogPosting JSON-LD whose liveBlogUpdate items carry their own datePublished (+03:00), headline, author and articleBody. Visible: <time datetime=...>HH:MM</time>, h3 headline, body, 'By NAME' under the body. 18821-05 re-publishes 18821-01 with the same headline and first paragraph (stale toll of three, second paragraph dropped): duplicate_of 18821-01, importance 1. 18821-06 (deadly drone strike in Kharkiv) must not merge with the Dnipro strike. Zelensky's statement with the toll (18821-07) shares the Dnipro story.",
  not_entries=["cookie banner", "header logo and navigation", "page title (h1)", "dateline 'Tuesday, 22 October 2030'", "standfirst 'Updates through the day ... Times are Kyiv time.'",
               "'By NAME' lines under each post (author, not body)", "'Share this update' links", "'Related' box after the third post",
               "'Live coverage continues tomorrow.'", "footer"],
  entries=[
  E("2030-10-22 08:20", "Missiles hit Dnipro during morning rush hour",
    ["Russian missiles struck Dnipro at about 7:50 this morning, killing at least three people, the Dnipropetrovsk regional governor's office said. Rescuers are working at a residential building in the Sobornyi district where several floors have collapsed.",
     "Residents are asked to keep away from the area and to follow official channels for updates."],
    "strikes", "strikes", 3, DNI, a="Kateryna Rudenko", n="toll 3"),
  E("2030-10-22 10:05", "Ukrainian drones strike oil depot in Russia's Belgorod region",
    ["Ukrainian drones hit an oil depot in Russia's Belgorod region overnight, setting several tanks on fire, the region's governor said. Ukraine's General Staff later confirmed the strike."],
    "strikes", "strikes", 2, "belgorod-oil-depot-drone-strike-2030-10-22", a="Andrii Holub"),
  E("2030-10-22 12:30", "Norway announces NOK 6 billion winter package for Ukraine",
    ["Norway will provide NOK 6 billion (about \u20ac510 million) to help Ukraine through the winter, including gas purchases, generators and money for air defence, the Norwegian government said.",
     "About a third of the money will go to a fund that buys gas for Ukraine's storage sites through the European Bank for Reconstruction and Development."],
    "aid", "aid", 3, NOR, a="Andrii Holub"),
  E("2030-10-22 13:10", "Dnipro toll rises to seven",
    ["Seven people have now died as a result of the missile strike on Dnipro, the regional governor's office said. Among the 31 injured are five children."],
    "strikes", "strikes", 3, DNI, a="Kateryna Rudenko", n="toll 7"),
  E("2030-10-22 15:45", "Missiles hit Dnipro during morning rush hour",
    ["Russian missiles struck Dnipro at about 7:50 this morning, killing at least three people, the Dnipropetrovsk regional governor's office said. Rescuers are working at a residential building in the Sobornyi district where several floors have collapsed."],
    "strikes", "strikes", 1, DNI, a="Kateryna Rudenko", dup="18821-01", n="near-verbatim repeat of 18821-01 (re-published with the stale toll of three)"),
  E("2030-10-22 18:30", "Drone kills man in Kharkiv's Kyivskyi district",
    ["A Russian attack drone hit a car repair shop in Kharkiv's Kyivskyi district, killing a 52-year-old man and wounding two others, the city's mayor, Ihor Terekhov, said."],
    "strikes", "strikes", 3, KHA, a="Andrii Holub",
    n="same theme (deadly Russian strike on a city), different city and event; must not merge with the Dnipro strike"),
  E("2030-10-22 21:15", "Zelensky: Dnipro strike shows need for more Patriot interceptors",
    ["President Volodymyr Zelensky said the death toll in Dnipro had risen to 11 and that the missiles used were ballistic ones \u201cthat only Patriot systems can stop\u201d, calling on partners to speed up deliveries of interceptors."],
    "strikes", "strikes", 3, DNI, a="Kateryna Rudenko", sec=["aid"], n="reaction whose content is the attack and its toll (11): same story"),
  ]))

# ---------------------------------------------------------------- 18822 Dunmarsh World Service (day 1, RSS world feed, Singapore)
SEEDS.append(dict(
  id="18822", name="18822_dunmarsh-worldrss", ext="xml", source="Dunmarsh World Service", zone="Asia/Singapore", render=r_rss_plain,
  title="Dunmarsh World Service: World", url="https://www.dunmarsh.example", guid="dws",
  lede="International news from the Dunmarsh World Service desk in Singapore.",
  basis="RSS pubDate '{s}' (explicit +0800 offset, Singapore); local {d} in {z}",
  notes="Invented outlet (Singapore). General world RSS 2.0 feed, newest first, pubDate with +0800; the war is a minority (4 of 6 items off-beat: typhoon, Indonesian rates, Thai budget, rugby). Items dated Wednesday 23 October locally are still Tuesday 22 October in UTC (e.g. 06:15 +0800 = 22:15 UTC). Plain-text one-paragraph descriptions; dc:creator only where printed. Spelling 'Dnepr'.",
  not_entries=["channel title, link, description, language, lastBuildDate and ttl", "category labels"],
  entries=[
  OFF("2030-10-23 06:15", "Typhoon Maliksi makes landfall in northern Luzon",
    ["Typhoon Maliksi made landfall in Cagayan province in the northern Philippines early on Wednesday with sustained winds of 165km/h, forcing more than 120,000 people into evacuation centres."],
    "typhoon-maliksi-luzon-2030-10-22", a="Rafael Dimaculangan", n="Philippine weather", cat="Asia"),
  E("2030-10-23 01:40", "Russian missile strike on Ukraine's Dnepr kills 11",
    ["Eleven people were killed and about 40 wounded when Russian missiles hit an apartment building and a railway depot in the Ukrainian city of Dnepr on Tuesday, Ukrainian officials said. Moscow said it had targeted military logistics."],
    "strikes", "strikes", 3, DNI, a="Helen Marchbank", n="spelling 'Dnepr'; toll 11"),
  E("2030-10-23 00:20", "Drone strike kills one in Kharkiv",
    ["A Russian drone killed a man and wounded two people in Ukraine's second-largest city, Kharkiv, on Tuesday evening, its mayor said."],
    "strikes", "strikes", 3, KHA, a="Helen Marchbank", n="same theme as the Dnipro strike, different event; must not merge"),
  OFF("2030-10-22 21:30", "Bank Indonesia holds key rate at 5.25 per cent",
    ["Indonesia's central bank kept its benchmark rate unchanged for a third month on Tuesday, citing the need to support the rupiah."],
    "bank-indonesia-rate-hold-2030-10-22", a="Wulan Prasetyo", n="Indonesian economy", cat="Business"),
  OFF("2030-10-22 16:00", "Thai parliament passes 2031 budget after marathon debate",
    ["Thailand's House of Representatives approved the 2031 budget bill on Tuesday after three days of debate, with higher spending on water management and rural roads."],
    "thai-budget-2031-vote-2030-10-22", n="Thai politics", cat="Asia"),
  OFF("2030-10-22 10:45", "All Blacks name two uncapped players for northern tour",
    ["New Zealand named two uncapped forwards in a 36-man squad for their November tour of Europe, with matches against Ireland, France and Italy."],
    "all-blacks-northern-tour-squad-2030-10-22", n="rugby", cat="Sport"),
  ]))

# ---------------------------------------------------------------- 18823 Lowther Review (day 1, Atom, Berlin)
SEEDS.append(dict(
  id="18823", name="18823_lowther-atom", ext="xml", source="Lowther Review", zone="Europe/Berlin", render=r_atom_x,
  title="Lowther Review \u2013 Ukraine", url="https://www.lowther-review.example", content="xhtml", generator="Lowther CMS",
  lede="Reporting and analysis on the war in Ukraine",
  basis="Atom <published> '{s}' (explicit +02:00 offset, Central European Summer Time); local {d} in {z}",
  notes="Invented outlet (Berlin). Atom 1.0 feed, newest first, <published> with +02:00, <author><name>, inline XHTML content. 18823-02 is a theme piece (analysis of why Russia keeps striking Dnipro) that mentions Tuesday's strike but is its own story; it is re-posted verbatim on day 2 by 18831.",
  not_entries=["feed title, subtitle, links, id, updated and generator"],
  entries=[
  E("2030-10-22 22:50", "Dnipro declares mourning as death toll reaches 12",
    ["The city of Dnipro declared two days of mourning after the death toll from Tuesday's missile strike rose to 12. Flags will fly at half-mast and public entertainment has been cancelled until Thursday evening."],
    "strikes", "strikes", 3, DNI, a="Henrike Salm", n="toll 12"),
  E("2030-10-22 19:05", AN1_H, AN1_P, "strikes", "strikes", 2, AN1, a="Jasper Vollmer",
    n="theme piece (analysis of why Dnipro keeps being hit, no single event); mentions the Dnipro strike but must not merge with it"),
  E("2030-10-22 15:40", "Norway's winter aid: gas, generators and air defence",
    ["Norway's new NOK 6 billion aid package for Ukraine, announced on Tuesday, is the largest package focused on winter energy that any single country has offered this year, officials in Oslo said. It pays for gas imports, 250 large generators and a contribution to a German-led fund for air defence missiles."],
    "aid", "aid", 3, NOR, a="Henrike Salm"),
  E("2030-10-22 11:20", "Berlin summons Russian ambassador over rail signalling cyberattack",
    ["Germany's foreign ministry summoned the Russian ambassador on Tuesday over a cyberattack that disrupted signalling on regional rail lines in Saxony last week, which German security services have attributed to a group linked to Russian military intelligence."],
    "diplomacy", "diplomacy", 2, "germany-summons-russian-ambassador-cyberattack-2030-10-22", a="Jasper Vollmer"),
  E("2030-10-22 08:35", "Russian missiles kill at least four in Dnipro",
    ["At least four people were killed when Russian missiles hit Dnipro in central-eastern Ukraine on Tuesday morning, regional authorities said. One missile hit a residential building, another a railway facility."],
    "strikes", "strikes", 3, DNI, a="Henrike Salm", n="toll 4"),
  ]))

# Day 2 = 2030-10-23
CHE = "chernihiv-missile-drone-strike-2030-10-23"
NATO = "nato-defence-ministers-air-defence-2030-10-23"

# ---------------------------------------------------------------- 18830 Mereworth Times (day 2, HTML live, no JSON-LD, Warsaw)
SEEDS.append(dict(
  id="18830", name="18830_mereworth-htmllive", ext="html", source="Mereworth Times", zone="Europe/Warsaw", render=r_htmllive_plain,
  title="Live: Chernihiv hospital hit as Russia strikes northern Ukraine",
  dateline="Wednesday 23 October 2030", tznote="All times CEST (Warsaw)", prev="2030-10-22",
  lede="Russian missiles and drones hit Chernihiv; NATO defence ministers meet in Brussels; Polish jets scrambled overnight.",
  related="Poland's eastern shield: where the new air defence sites are",
  basis="visible '{s}' (the page prints 'All times CEST (Warsaw)', UTC+2) under the dateline 'Wednesday 23 October 2030'; local {d} in {z}",
  notes="Invented outlet (Warsaw). HTML live blog without JSON-LD, newest first. Each post: bare 'HH:MM' in a span above the h2, body, '\u2014 NAME' signature (author, not body). The zone is printed once in the meta line ('All times CEST (Warsaw)'). 18830-02 is a 'Photos:' gallery teaser (only '[Gallery: 9 photos]'). 18830-04 continues the day-1 Dnipro story (search over, toll 14). 18830-05 (shelling of border villages in the Chernihiv region) must not merge with the Chernihiv city strike.",
  not_entries=["cookie bar", "masthead and navigation", "'LIVE' badge", "page title (h1)", "meta line 'Wednesday 23 October 2030 | All times CEST (Warsaw)'",
               "intro line", "'\u2014 NAME' signatures (author, not body)", "'[Gallery: 9 photos]' placeholder in the teaser",
               "'Read also' box after the fourth post", "'Previous live page' link", "footer"],
  entries=[
  E("2030-10-23 22:10", "Chernihiv toll rises to six as rescuers end search",
    ["Six people were killed in the Russian attack on Chernihiv, two of them nurses, the regional administration said after rescuers finished searching the damaged hospital wing. Twenty-two people were injured."],
    "strikes", "strikes", 3, CHE, a="Agnieszka Wrona", n="toll 6"),
  E("2030-10-23 20:40", "Photos: Chernihiv's hospital after the strike", [],
    "strikes", "strikes", 1, CHE, n="photo-gallery teaser without body"),
  E("2030-10-23 18:15", "NATO ministers agree to speed up air defence deliveries",
    ["NATO defence ministers meeting in Brussels agreed to shorten delivery times for air defence systems promised to Ukraine and to pool orders for interceptor missiles, Secretary General Mark Rutte said."],
    "diplomacy", "diplomacy", 3, NATO, a="Tomasz Reczek", sec=["aid"]),
  E("2030-10-23 15:30", "Dnipro ends search; death toll at 14",
    ["Rescuers in Dnipro have ended their search of the apartment block hit by a Russian missile on Tuesday, with the final death toll at 14, Ukraine's emergency service said. It was the deadliest attack on the city this year."],
    "strikes", "strikes", 3, DNI, a="Agnieszka Wrona", n="continuation of the day-1 Dnipro story (search over, toll 14)"),
  E("2030-10-23 12:50", "Shelling hits border villages in Chernihiv region",
    ["Russian artillery and mortar fire hit four villages in the Novhorod-Siverskyi district near the Russian border, damaging homes and a school, the Chernihiv regional administration said. One woman was lightly injured."],
    "strikes", "strikes", 2, "chernihiv-border-villages-shelling-2030-10-23", a="Tomasz Reczek",
    n="same region (Chernihiv oblast), different event: cross-border shelling of villages, non-deadly; must not merge with the Chernihiv city strike"),
  E("2030-10-23 10:05", "Russian missiles and drones hit Chernihiv; two killed",
    ["Russian missiles and drones struck Chernihiv on Wednesday morning, hitting a hospital wing and nearby houses and killing two people, the city's acting mayor said.",
     "Patients were being moved to other hospitals in the city and in Kyiv."],
    "strikes", "strikes", 3, CHE, a="Agnieszka Wrona", n="toll 2"),
  E("2030-10-23 07:30", "Polish jets scrambled as Russia launches overnight attack",
    ["Poland scrambled fighter jets and put ground-based air defences on alert early on Wednesday as Russia launched drones and missiles at targets in western Ukraine, the Polish Operational Command said. No violation of Polish airspace was recorded."],
    "other", "security", 2, "poland-scrambles-jets-2030-10-23", a="Tomasz Reczek"),
  ]))

# ---------------------------------------------------------------- 18831 Nettlebed Gazette (day 2, text live, oldest first, Dublin)
SEEDS.append(dict(
  id="18831", name="18831_nettlebed-textlive", ext="txt", source="Nettlebed Gazette", zone="Europe/Dublin", render=r_textlive_sig,
  city="Dublin",
  title="Ukraine live: Chernihiv strike kills four as NATO ministers meet",
  dateline="Wednesday, 23 October 2030",
  lede="Follow our rolling coverage of Russia's war in Ukraine.",
  basis="'{s}' after the author's name (IST printed: Irish summer time, UTC+1; the masthead places the paper in Dublin) under the dateline 'Wednesday, 23 October 2030'; local {d} in {z}",
  notes="Invented outlet (Dublin). Text live blog, oldest first. Each post: headline, then 'NAME \u00b7 HH:MM IST' (author and time; IST here is Irish Standard Time, UTC+1 in summer, not India), then the body. 18831-02 re-publishes the day-1 analysis 18823-02 under the label 'From the Lowther Review:' with the same headline and text: a re-post of a day-1 entry, importance 1, duplicate_of null (defined within a seed only), same story slug as day 1. 18831-03 is a theme piece (explainer on interceptor drones). 18831-05 repeats 18831-01 almost verbatim (stale toll of one): duplicate_of 18831-01.",
  not_entries=["masthead 'NETTLEBED GAZETTE \u00b7 Dublin' and navigation", "page title", "dateline 'Wednesday, 23 October 2030'", "lede line",
               "'NAME \u00b7 HH:MM IST' lines (author and stamp, not body)", "partner label 'From the Lowther Review:' before 18831-02",
               "'Advertisement' after the fourth post", "closing line 'This live blog has now ended. ...'", "footer"],
  entries=[
  E("2030-10-23 08:50", "Chernihiv hit by missiles and drones, officials say",
    ["Russian missiles and drones hit the northern Ukrainian city of Chernihiv on Wednesday morning, killing one person and injuring nine, according to regional officials.",
     "Local media reported that a hospital building was among the sites damaged."],
    "strikes", "strikes", 3, CHE, a="Clodagh Breen", n="toll 1"),
  E("2030-10-23 10:20", AN1_H, AN1_P, "strikes", "strikes", 1, AN1, a="Jasper Vollmer", partner="Lowther Review",
    n="re-post of day-1 entry 18823-02 (same headline and text, labelled 'From the Lowther Review:'); importance 1"),
  E("2030-10-23 12:10", "Explainer: How interceptor drones became Ukraine's cheapest air defence",
    ["Ukraine now shoots down a growing share of Russia's Shahed-type drones not with missiles but with other drones: small, fast interceptors that cost a few thousand euros each and are flown by crews stationed around cities.",
     "The interceptors ram their targets or explode next to them. Their main advantage is price: a single missile for a Western air defence system can cost more than a hundred of them.",
     "They have limits, however. They struggle in bad weather and at night without thermal cameras, and they are no use against ballistic missiles such as the ones that hit Dnipro on Tuesday and Chernihiv this morning."],
    "strikes", "strikes", 2, "explainer-interceptor-drones", a="Declan Farrelly",
    n="theme piece (explainer on interceptor drones, no single event); mentions the Dnipro and Chernihiv strikes but must not merge with either"),
  E("2030-10-23 14:05", "Death toll in Chernihiv rises to four",
    ["Four people have now died after this morning's attack on Chernihiv, the regional governor said, adding that rescuers were still searching part of the hospital wing that collapsed."],
    "strikes", "strikes", 3, CHE, a="Clodagh Breen", n="toll 4"),
  E("2030-10-23 15:30", "Chernihiv hit by missiles and drones, officials say",
    ["Russian missiles and drones hit the northern Ukrainian city of Chernihiv on Wednesday morning, killing one person and injuring nine, according to officials in the region.",
     "Local media reported that a hospital building was among the sites damaged."],
    "strikes", "strikes", 1, CHE, a="Clodagh Breen", dup="18831-01", n="near-verbatim repeat of 18831-01 (re-published with the stale toll of one)"),
  E("2030-10-23 17:45", "Ireland to fund demining training for Ukrainian engineers",
    ["Ireland will spend \u20ac12 million on training Ukrainian military engineers in humanitarian demining, the Department of Defence said, with courses to be run at the Defence Forces' ordnance school in the Curragh."],
    "aid", "aid", 2, "ireland-demining-training-2030-10-23", a="Declan Farrelly",
    n="same aid theme as NATO's air-defence decision, different event; must not merge"),
  E("2030-10-23 20:15", "Zelensky appoints new air force commander",
    ["President Volodymyr Zelensky has appointed a new commander of Ukraine's air force, replacing a general who had led it since 2024, in a decree published on Wednesday evening. He gave no reason for the change."],
    "other", "politics", 2, "ukraine-new-air-force-commander-2030-10-23", a="Clodagh Breen"),
  ]))

# ---------------------------------------------------------------- 18832 Oxborough Globe (day 2, RSS world feed, Chicago)
SEEDS.append(dict(
  id="18832", name="18832_oxborough-worldrss", ext="xml", source="Oxborough Globe", zone="America/Chicago", render=r_rss_plain,
  title="Oxborough Globe | World & Nation", url="https://www.oxboroughglobe.example", guid="oxg", cdata=True,
  lede="The latest world and national headlines from the Oxborough Globe.",
  basis="RSS pubDate '{s}' (explicit -0500 offset, US Central Daylight Time); local {d} in {z}",
  notes="Invented outlet (Chicago). General world RSS 2.0 feed, newest first, pubDate with -0500 (CDT); the war is a minority (4 of 6 items off-beat: teachers' contract, Mexican rates, Nova Scotia storm, World Series). The last item is dated Tuesday 22 October locally but is 02:30 UTC on Wednesday 23 October. CDATA descriptions with <p> paragraphs; dc:creator where printed. Spelling 'Chernigov'.",
  not_entries=["channel title, link, description, language, lastBuildDate and ttl", "category labels"],
  entries=[
  OFF("2030-10-23 16:20", "Chicago teachers reach tentative contract deal",
    ["The Chicago Teachers Union and the city's school board reached a tentative four-year contract on Wednesday, averting a strike that had been set to begin next week."],
    "chicago-teachers-contract-2030-10-23", a="Marcus Ellery", n="US local news", cat="Nation"),
  E("2030-10-23 13:45", "Russian strike on Chernigov hospital kills six, Ukraine says",
    ["A Russian missile and drone attack on the northern Ukrainian city of Chernigov killed six people on Wednesday, most of them at a regional hospital, Ukrainian authorities said.",
     "The city, about 90 miles north of Kyiv, was encircled by Russian troops in the first weeks of the 2022 invasion."],
    "strikes", "strikes", 3, CHE, a="Nadia Petrenko", n="spelling 'Chernigov'; toll 6"),
  OFF("2030-10-23 11:10", "Mexico's central bank cuts rates for fourth time this year",
    ["Banco de M\u00e9xico lowered its benchmark interest rate by a quarter point to 6.75%, citing slowing inflation and weak growth."],
    "banxico-rate-cut-2030-10-23", a="Lucia Barrera", n="Mexican economy", cat="Business"),
  E("2030-10-23 08:30", "NATO defense ministers meet as Ukraine presses for air defense",
    ["NATO defense ministers opened two days of talks in Brussels on Wednesday, with Ukraine pressing allies to deliver promised air defense systems before winter."],
    "diplomacy", "diplomacy", 3, NATO, a="Nadia Petrenko", sec=["aid"]),
  OFF("2030-10-23 02:15", "Storm knocks out power to 90,000 in Nova Scotia",
    ["A late-season storm brought gusts of up to 75 mph to Nova Scotia overnight, leaving about 90,000 customers without power, the province's utility said."],
    "nova-scotia-storm-2030-10-23", n="Canadian weather", cat="World"),
  OFF("2030-10-22 21:30", "World Series opener postponed by rain",
    ["Game 1 of the World Series was postponed on Tuesday night because of heavy rain and will be played on Wednesday, Major League Baseball said."],
    "world-series-game1-postponed-2030-10-22", a="Marcus Ellery", n="baseball", cat="Sports"),
  ]))

# ---------------------------------------------------------------- 18833 Penhallow Post (day 2, Atom, Kyiv)
SEEDS.append(dict(
  id="18833", name="18833_penhallow-atom", ext="xml", source="Penhallow Post", zone="Europe/Kyiv", render=r_atom_x,
  title="Penhallow Post: War in Ukraine", url="https://penhallowpost.example", content="html", generator="Penhallow Publisher 4",
  lede="News from Kyiv and the regions",
  basis="Atom <published> '{s}' (explicit +03:00 offset, Kyiv summer time); local {d} in {z}",
  notes="Invented outlet (Kyiv). Atom 1.0 feed, newest first, <published> with +03:00, <author><name>, escaped-HTML content. 18833-02 continues the day-1 Dnipro story (funerals, toll 14). Zelensky's accusation with the toll (18833-01) shares the Chernihiv story. 18833-05 (drone damage to a ship at an Odesa-region port) must not merge with the Chernihiv strike.",
  not_entries=["feed title, subtitle, links, id, updated and generator"],
  entries=[
  E("2030-10-23 23:40", "Zelensky calls Chernihiv hospital strike 'deliberate'",
    ["President Volodymyr Zelensky accused Russia of deliberately targeting the hospital in Chernihiv, where six people were killed on Wednesday, and said Ukraine had passed evidence to the International Criminal Court."],
    "strikes", "strikes", 3, CHE, a="Iryna Sokolenko", n="reaction whose content is the attack and its toll: same story"),
  E("2030-10-23 19:20", "Dnipro holds first funerals as search ends with 14 dead",
    ["The first funerals of victims of Tuesday's missile strike on Dnipro took place on Wednesday, as emergency workers ended their search of the destroyed apartment block. The final toll stands at 14 dead and 44 injured."],
    "strikes", "strikes", 3, DNI, a="Maksym Dovzhenko", n="continuation of the day-1 Dnipro story (funerals, toll 14)"),
  E("2030-10-23 18:00", "Five dead in Chernihiv as hospital wing collapses",
    ["The death toll from the Russian attack on Chernihiv has risen to five after part of a hospital wing collapsed, the regional military administration said."],
    "strikes", "strikes", 3, CHE, a="Iryna Sokolenko", n="toll 5"),
  E("2030-10-23 14:30", "Russia claims capture of Kalynove in Donetsk region",
    ["Russia's defence ministry claimed that its forces had captured the village of Kalynove in the Donetsk region. Ukraine's military said fighting for the village was continuing."],
    "other", "frontline", 2, "russia-claims-kalynove-2030-10-23", a="Maksym Dovzhenko"),
  E("2030-10-23 11:45", "Drones damage ship in Pivdennyi port near Odesa",
    ["Russian drones hit the port of Pivdennyi near Odesa overnight, damaging a Panama-flagged bulk carrier and a grain conveyor, the regional administration said. Two crew members were slightly injured."],
    "strikes", "strikes", 2, "pivdennyi-port-drone-strike-2030-10-23", a="Maksym Dovzhenko",
    n="same theme (Russian strike), different event and region; must not merge with the Chernihiv strike"),
  ]))

# Day 3 = 2030-10-28 (European winter time: GMT, CET, EET)
KRY = "kryvyi-rih-missile-strike-2030-10-28"
PSW = "turkey-brokered-prisoner-exchange-2030-10-28"

# ---------------------------------------------------------------- 18840 Quarley World Report (day 3, Atom world feed, UTC)
SEEDS.append(dict(
  id="18840", name="18840_quarley-worldatom", ext="xml", source="Quarley World Report", zone="UTC", render=r_atom_x,
  title="Quarley World Report \u2014 Top stories", url="https://quarley-world.example", content="text", generator="QWR Feeds",
  lede="Top stories from around the world, updated through the day",
  basis="Atom <published> '{s}' (UTC, 'Z'); local {d} in {z}",
  notes="Invented outlet. General world Atom feed, newest first, <published> in UTC ('Z'); the war is a minority (4 of 6 entries off-beat: Chilean copper, Frankfurt marathon, Japanese exports, Sydney fire). Plain-text content (type=\"text\"), <author> where printed. Spelling 'Krivoy Rog'.",
  not_entries=["feed title, subtitle, links, id, updated and generator"],
  entries=[
  OFF("2030-10-28 21:40", "Chile's copper output hits record as new mine opens",
    ["Chile produced a record volume of copper in September as a new mine in the Atacama region reached full capacity, the national copper commission said on Monday."],
    "chile-copper-output-record-2030-10-28", a="Tom\u00e1s Irarr\u00e1zaval", n="Chilean economy"),
  E("2030-10-28 18:05", "Russian missiles kill seven in Ukraine's Krivoy Rog",
    ["Russian missiles killed seven people and wounded more than 30 in the central Ukrainian city of Krivoy Rog on Monday, hitting a workers' dormitory and the offices of a mining company, local officials said."],
    "strikes", "strikes", 3, KRY, a="Lena Harwick", n="spelling 'Krivoy Rog'; toll 7"),
  OFF("2030-10-28 15:30", "Kenyan runner sets course record in Frankfurt",
    ["Kenya's Daniel Kiprono won the Frankfurt Marathon in 2:03:41 on Sunday, taking 40 seconds off the course record, organisers confirmed on Monday after ratifying the timing."],
    "frankfurt-marathon-record-2030-10-27", n="athletics"),
  E("2030-10-28 12:10", "Ukraine and Russia swap 210 prisoners each in Turkish-brokered deal",
    ["Ukraine and Russia exchanged 210 prisoners of war each on Monday at the Belarus-Ukraine border, in a swap that Turkey said it had helped to arrange."],
    "diplomacy", "diplomacy", 3, PSW, a="Lena Harwick"),
  OFF("2030-10-28 09:00", "Japanese exports rise for sixth straight month",
    ["Japan's exports rose 4.2% in September from a year earlier, led by cars and chip-making equipment, finance ministry data showed on Monday."],
    "japan-exports-september-2030-10-28", a="Aiko Morimura", n="Japanese economy"),
  OFF("2030-10-28 04:20", "Australian police charge three over Sydney warehouse fire",
    ["Police in New South Wales charged three men over a fire that destroyed a furniture warehouse in western Sydney last week, saying it was deliberately lit."],
    "sydney-warehouse-fire-charges-2030-10-28", n="Australian crime"),
  ]))

# ---------------------------------------------------------------- 18841 Rosedene Daily (day 3, text live, zone on each time)
RD_BY = "Oleh Marchuk and Sian Pembridge"
SEEDS.append(dict(
  id="18841", name="18841_rosedene-textlive", ext="txt", source="Rosedene Daily", zone="Europe/Kyiv", render=r_textlive_zone,
  title="Russia-Ukraine war live: missile strike on Kryvyi Rih kills eight",
  dateline="Monday 28 October 2030", byline=RD_BY,
  lede="A ballistic missile hits a steelworkers' dormitory in Kryvyi Rih; 210 Ukrainian prisoners come home in a Turkish-brokered exchange.",
  basis="time line '{s}' (EET printed: Kyiv winter time, UTC+2, since 27 October) under the dateline 'Monday 28 October 2030'; local {d} in {z}",
  notes="Invented outlet. Text live blog, newest first, one day after the end of European summer time: every post's time line carries 'EET' (UTC+2). Page byline 'Compiled by Oleh Marchuk and Sian Pembridge', used as every post's author (no per-post byline). 18841-02 is a 'Video:' teaser whose only content is '[Video]'. 18841-03 is a theme piece (analysis of strikes on the industrial belt) that mentions Kryvyi Rih but is its own story. 18841-04 (drone attack on Marhanets, same Dnipropetrovsk region) and 18841-07 (night drone attack on Kyiv) must not merge with the Kryvyi Rih strike.",
  not_entries=["masthead and navigation", "page title", "dateline 'Monday 28 October 2030'", "page byline 'Compiled by Oleh Marchuk and Sian Pembridge'",
               "lede line", "'[Video]' placeholder in the teaser", "donation appeal after the third post", "'Show earlier posts'", "footer line"],
  entries=[
  E("2030-10-28 23:10", "Kryvyi Rih toll reaches eight",
    ["The number of people killed in this morning's missile strike on Kryvyi Rih has risen to eight, the head of the city's defence council said. One of the injured, a 17-year-old, died in hospital this evening."],
    "strikes", "strikes", 3, KRY, a=RD_BY, n="toll 8"),
  E("2030-10-28 21:05", "Video: Inside the damaged dormitory in Kryvyi Rih", [],
    "strikes", "strikes", 1, KRY, a=RD_BY, n="video teaser without body"),
  E("2030-10-28 18:50", "Analysis: Why Russia's missiles have turned to Ukraine's industrial heartland",
    ["Kryvyi Rih, Dnipro and Zaporizhzhia have one thing in common besides their place on the map: between them they produce most of the steel, ore and heavy machinery that Ukraine still makes.",
     "Over the past two months, Russian missiles and drones have increasingly targeted the factories, rail links and power supply of this industrial belt, and the workers' housing around them. Ukrainian economists estimate that steel output fell by a fifth in September alone.",
     "The shift suggests Moscow is trying to wear down Ukraine's ability to pay for its own defence, not just its morale."],
    "strikes", "strikes", 2, "analysis-russian-strikes-industrial-heartland", a=RD_BY,
    n="theme piece (analysis of strikes on the industrial belt, no single event); mentions Kryvyi Rih but must not merge with the strike"),
  E("2030-10-28 16:15", "Drone attack on Marhanets injures three",
    ["Three people were injured when Russian drones hit Marhanets, a town on the shore of the former Kakhovka reservoir in the Dnipropetrovsk region, the regional administration said. A bakery and several houses were damaged."],
    "strikes", "strikes", 2, "marhanets-drone-attack-2030-10-28", a=RD_BY,
    n="same region (Dnipropetrovsk oblast), different event: drones on Marhanets, non-deadly; must not merge with the Kryvyi Rih strike"),
  E("2030-10-28 13:40", "Prisoner exchange brings 210 Ukrainians home",
    ["Two hundred and ten Ukrainian prisoners of war returned home on Monday in an exchange with Russia, President Volodymyr Zelensky said, thanking Turkey for its mediation. Many of them had been held since 2024."],
    "diplomacy", "diplomacy", 3, PSW, a=RD_BY),
  E("2030-10-28 11:25", "Missile strike on Kryvyi Rih: four dead",
    ["Four people were killed when a Russian ballistic missile hit a dormitory for steelworkers in Kryvyi Rih this morning, the head of the city's defence council said. At least 20 were injured.",
     "A second missile struck the administrative building of a mining company."],
    "strikes", "strikes", 3, KRY, a=RD_BY, n="toll 4"),
  E("2030-10-28 08:30", "Night drone attack on Kyiv damages high-rise",
    ["Debris from a drone shot down over Kyiv overnight hit the upper floors of a 16-storey residential building in the Obolonskyi district, starting a fire that was quickly put out, the city's military administration said. No one was hurt."],
    "strikes", "strikes", 2, "kyiv-night-drone-attack-2030-10-28", a=RD_BY,
    n="same theme (Russian strike), different city and event, non-deadly; must not merge with the Kryvyi Rih strike"),
  ]))

# ---------------------------------------------------------------- 18842 Swinbrook Observer (day 3, HTML live, @graph JSON-LD, Stockholm)
SEEDS.append(dict(
  id="18842", name="18842_swinbrook-graphlive", ext="html", source="Swinbrook Observer", zone="Europe/Stockholm", render=r_graphlive_ld,
  title="Live: Russian missiles hit Kryvyi Rih \u2013 Sweden pledges drone funds", url="https://swinbrook-observer.example/live/ukraina-2030-10-28",
  dateline="Monday 28 October 2030 \u00b7 Stockholm time (CET)",
  lede="Our live coverage of the war in Ukraine and its impact on Sweden and the Nordics.",
  basis="visible '{s}' in <time datetime> (+01:00) and the update's JSON-LD datePublished; the dateline says 'Stockholm time (CET)'; local {d} in {z}",
  notes="Invented outlet (Stockholm). HTML live blog, oldest first, one day after the end of summer time (CET, UTC+1). JSON-LD @graph (Organization, WebPage, LiveBlogPosting) whose liveBlogUpdate items carry their own datePublished (+01:00), headline, author and articleBody. Visible: <time datetime>HH:MM</time>, h2 headline, body, signature '/ NAME'. 18842-03 repeats 18842-01 (same headline and first paragraph, second paragraph dropped): duplicate_of 18842-01, importance 1. 18842-02 (Swedish drone funding, SEK 1.2 billion, about \u20ac105 million) is importance 2.",
  not_entries=["header brand and navigation", "page title (h1)", "dateline 'Monday 28 October 2030 \u00b7 Stockholm time (CET)'", "ingress/standfirst",
               "'/ NAME' signatures (author, not body)", "newsletter promo after the second post", "footer"],
  entries=[
  E("2030-10-28 09:10", "Missiles hit Kryvyi Rih; two dead",
    ["Russian missiles struck the central Ukrainian city of Kryvyi Rih on Monday morning, killing at least two people, according to the head of the city's defence council.",
     "Pictures shared on social media show a multi-storey building with its upper floors on fire."],
    "strikes", "strikes", 3, KRY, a="Linnea Hagstr\u00f6m", n="toll 2"),
  E("2030-10-28 10:30", "Sweden pledges SEK 1.2 billion for Ukrainian drone production",
    ["Sweden will spend SEK 1.2 billion on drones made in Ukraine for the Ukrainian armed forces, under the so-called Danish model in which donors pay Ukrainian manufacturers directly, the defence minister said."],
    "aid", "aid", 2, "sweden-ukrainian-drone-funding-2030-10-28", a="Erik Lindqvist"),
  E("2030-10-28 12:05", "Missiles hit Kryvyi Rih; two dead",
    ["Russian missiles struck the central Ukrainian city of Kryvyi Rih on Monday morning, killing at least two people, according to the head of the city's defence council."],
    "strikes", "strikes", 1, KRY, a="Linnea Hagstr\u00f6m", dup="18842-01", n="near-verbatim repeat of 18842-01 (stale toll of two)"),
  E("2030-10-28 13:40", "Kryvyi Rih: toll rises to five, dormitory partly collapsed",
    ["Five people have now been confirmed dead in Kryvyi Rih, where one of the missiles hit a five-storey dormitory used by workers of a steel plant, part of which collapsed."],
    "strikes", "strikes", 3, KRY, a="Linnea Hagstr\u00f6m", n="toll 5"),
  E("2030-10-28 15:20", "Turkey brokers exchange of 210 prisoners each",
    ["Russia and Ukraine exchanged 210 prisoners of war each on Monday, Turkey's foreign ministry said, describing it as the result of \u201cmonths of quiet diplomacy\u201d."],
    "diplomacy", "diplomacy", 3, PSW, a="Erik Lindqvist"),
  E("2030-10-28 19:45", "Finnish border guards detain crew of suspected shadow-fleet tanker",
    ["Finnish border guards boarded an oil tanker in the Gulf of Finland on Monday evening and detained its captain, on suspicion that the ship's anchor damaged a power cable to Estonia, Finnish police said."],
    "other", "security", 2, "finland-detains-shadow-fleet-tanker-2030-10-28", a="Erik Lindqvist", sec=["diplomacy"]),
  ]))

# ---------------------------------------------------------------- 18843 Thrapston Journal (day 3, text article with sections, London)
TJ_BY = "Helena Marwood"
SEEDS.append(dict(
  id="18843", name="18843_thrapston-article", ext="txt", source="Thrapston Journal", zone="Europe/London", render=r_article_sections,
  title="Kryvyy Rih mourns again as Russia targets Ukraine's steel towns",
  lede="Missiles hit a workers' dormitory in the president's home city; prisoners return from Russia; power cuts loom.",
  byline=TJ_BY, published="2030-10-28 14:20",
  mostviewed=["Storm warning for the east coast as gales forecast", "Rail fares to rise by 4% in January", "The pub that refused to close"],
  basis="no per-section time; the article's stamp line 'Mon 28 Oct 2030 14.20 GMT' (UTC) applies to every section; local {d} in {z}",
  notes="Invented outlet (UK). Text article: breadcrumb, headline, standfirst, byline line 'Helena Marwood' (no 'By'), stamp line 'Mon 28 Oct 2030 14.20 GMT' (dotted clock). The body opens with two untitled paragraphs (entry 18843-01, headline null), then three section headings, one entry each. No per-section time: stamp null, published = the stamp line. The byline name is every section's author. Spelling 'Kryvyy Rih'.",
  not_entries=["masthead and breadcrumb", "headline", "standfirst", "byline line 'Helena Marwood'", "stamp line 'Mon 28 Oct 2030 14.20 GMT'",
               "share line", "'Explore more on these topics' line", "'Most viewed' and its three links", "footer"],
  entries=[
  E("2030-10-28 14:20", None,
    ["At least six people were killed on Monday when Russian missiles hit Kryvyy Rih, the city where President Volodymyr Zelensky grew up, in the latest of a series of strikes on Ukraine's industrial towns.",
     "Local officials said a dormitory for steelworkers and the offices of a mining company were hit shortly after 9.30am local time. More than 30 people were injured."],
    "strikes", "strikes", 3, KRY, a=TJ_BY, n="untitled opening section (headline null); spelling 'Kryvyy Rih'; toll 6"),
  E("2030-10-28 14:20", "Prisoners home",
    ["Hours after the strike, 210 Ukrainian prisoners of war crossed back into Ukraine from Belarus in an exchange brokered by Turkey. Russia received the same number of its own soldiers."],
    "diplomacy", "diplomacy", 3, PSW, a=TJ_BY),
  E("2030-10-28 14:20", "Power cuts return",
    ["Ukraine's grid operator, Ukrenergo, said scheduled power cuts would return in nine regions from Tuesday because of damage to generating capacity, the first of the autumn."],
    "other", "humanitarian", 2, "ukrenergo-outage-schedules-2030-10-28", a=TJ_BY),
  E("2030-10-28 14:20", "Talks in Istanbul?",
    ["Turkey's foreign minister, Hakan Fidan, said after the exchange that Ankara was ready to host a new round of direct talks between Russian and Ukrainian delegations in Istanbul \u201cwhenever both sides are ready\u201d."],
    "diplomacy", "diplomacy", 2, "turkey-offers-istanbul-talks-2030-10-28", a=TJ_BY,
    n="a statement of its own after the prisoner exchange; must not merge with the exchange"),
  ]))


if __name__ == "__main__":
    main()

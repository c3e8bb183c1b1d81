#!/usr/bin/env python3
"""Renders the hand-written days in days.py into seed pages and gold JSON.

The news text, the labels (topic, subtopic, importance, story, notes) and the page
chrome are all written by hand in days.py; this script only lays them out in the
five formats and derives the mechanical gold fields (stamp text, UTC instant,
first sentence, paragraph count) from the same data so they cannot drift.
Run from anywhere: python3 eval/j/tools/build.py
"""
import html
import json
import os
import re
import sys
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import days  # noqa: E402

ESC = lambda s: html.escape(s, quote=False)


def first_sentence(par):
    m = re.match(r'^(.+?[.!?][”"’]?)(?=\s+[A-Z“"‘]|$)', par)
    return m.group(1) if m else par


def to_utc(e, zone):
    d = datetime.strptime(f"{e['date']} {e['t']}", "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))
    return d, d.astimezone(timezone.utc)


def rfc822(d):
    off = d.strftime('%z')
    return d.strftime('%a, %d %b %Y %H:%M:00 ') + off


def iso_off(d):
    s = d.isoformat(timespec='seconds')
    return s


def us_time(d):
    h = d.hour % 12 or 12
    ap = 'a.m.' if d.hour < 12 else 'p.m.'
    return f"{h}:{d.minute:02d} {ap} ET"


def long_date(d, style):
    if style == 'uk':  # Thursday 6 July 2023
        return f"{d.strftime('%A')} {d.day} {d.strftime('%B %Y')}"
    if style == 'us':  # Friday, April 8, 2022
        return f"{d.strftime('%A, %B')} {d.day}, {d.year}"
    raise ValueError(style)


# ---------------------------------------------------------------- renderers
# Each renderer returns the page text and, per entry, the printed stamp.

def r_text_live_uk(S):
    """Plain-text scrape, newest first: stamp line 'HH:MM BST', headline, body, 'Posted by'."""
    L = [S['outlet'], 'Live', S['title'], S['dateline'], S['lede']]
    if S.get('kp'):
        L.append('Key Points')
        L += ['• ' + S['entries'][i]['h'] for i in S['kp']]
    L.append('Advertisement')
    stamps = []
    for e in S['entries']:
        d, _ = to_utc(e, S['zone'])
        st = f"{e['t']} {d.tzname()}"
        stamps.append(st)
        L.append(st)
        if e['h']:
            L.append(e['h'])
        L += e['p']
        if e.get('au'):
            L.append('Posted by ' + e['au'])
        L.append('Share this post')
    L += S.get('tail', [])
    return '\n'.join(L) + '\n', stamps


def r_text_live_gmt(S):
    """Agency style: date header, 'HHMM GMT — Headline' lines; a pinned lead has no headline."""
    L = ['Live blog: ' + S['title'], S['lede'], S['caption']]
    stamps = []
    cur = None
    for i, e in enumerate(S['entries']):
        d, u = to_utc(e, S['zone'])
        if e['date'] != cur:
            cur = e['date']
            L.append(long_date(d, 'us'))
        st = u.strftime('%H%M') + ' GMT'
        stamps.append(st)
        if e['h']:
            L.append(f"{st} — {e['h']}")
            L += e['p']
        else:
            L.append(f"{st} {e['p'][0]}")
            L += e['p'][1:]
        if i == 0 and S.get('after_lead'):
            L += S['after_lead']
    L += S.get('tail', [])
    return '\n'.join(L) + '\n', stamps


def r_text_live_us(S):
    """US live page: date headers, '4:12 a.m. ET' stamps, author dash line."""
    L = [S['outlet'], S['title'], S['lede']]
    stamps, cur = [], None
    for e in S['entries']:
        d, _ = to_utc(e, S['zone'])
        if e['date'] != cur:
            cur = e['date']
            L.append(long_date(d, 'us'))
        st = us_time(d)
        stamps.append(st)
        L.append(st)
        if e['h']:
            L.append(e['h'])
        L += e['p']
        if e.get('au'):
            L.append('— ' + e['au'])
    L += S.get('tail', [])
    return '\n'.join(L) + '\n', stamps


def r_html_live(S):
    """HTML live blog; optional JSON-LD (plain or @graph); stamps in <time> or a span."""
    stamps, arts, upd = [], [], []
    for n, e in enumerate(S['entries'], 1):
        d, u = to_utc(e, S['zone'])
        st = e['t'] + (' ' + d.tzname() if S.get('label_zone') else '')
        stamps.append(st)
        body = ''.join(f"<p>{ESC(p)}</p>" for p in e['p'])
        by = f"<p class=\"byline\">By {ESC(e['au'])}</p>" if e.get('au') else ''
        h = f"<h2>{ESC(e['h'])}</h2>" if e['h'] else ''
        if S.get('jsonld') is not None:
            tm = f'<time datetime="{iso_off(d)}">{st}</time>'
        else:
            tm = f'<span class="ts">{st}</span>'
        art = (f'<article class="live-update" id="u{n}">\n<header>{tm}{h}</header>\n{body}{by}\n'
               f'<footer><button>Share</button></footer>\n</article>')
        if S.get('entities') == 'numeric':
            art = art.encode('ascii', 'xmlcharrefreplace').decode('ascii')
        elif S.get('entities') == 'named':
            art = art.replace('’', '&rsquo;').replace('‘', '&lsquo;').replace('“', '&ldquo;').replace('”', '&rdquo;')
        arts.append(art)
        b = {"@type": "BlogPosting", "@id": f"{S['url']}#u{n}", "headline": e['h'] or e['p'][0][:80],
             "datePublished": iso_off(d)}
        if e['p']:
            b["articleBody"] = ' '.join(e['p'])
        if e.get('au'):
            b["author"] = {"@type": "Person", "name": e['au']}
        upd.append(b)
    head = f"<title>{ESC(S['title'])} | {ESC(S['outlet'])}</title>"
    if S.get('jsonld') is not None:
        dates = [to_utc(e, S['zone'])[0] for e in S['entries']]
        node = {"@type": "LiveBlogPosting", "headline": S['title'], "url": S['url'],
                "coverageStartTime": iso_off(min(dates)), "datePublished": iso_off(min(dates)),
                "dateModified": iso_off(max(dates)), "liveBlogUpdate": upd,
                "publisher": {"@type": "Organization", "name": S['outlet']}}
        if S['jsonld'] == 'graph':
            node["@type"] = ["NewsArticle", "LiveBlogPosting"]
            ld = {"@context": "https://schema.org", "@graph": [
                {"@type": "WebPage", "@id": S['url'], "name": S['title']}, node]}
        else:
            ld = dict({"@context": "https://schema.org"}, **node)
        head += ('\n<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False, indent=1)
                 + '</script>')
    kp = ''
    if S.get('kp'):
        kp = ('<section class="key-points"><h2>Key Points</h2><ul>'
              + ''.join(f'<li><a href="#u{i + 1}">{ESC(S["entries"][i]["h"])}</a></li>' for i in S['kp'])
              + '</ul></section>')
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
{head}
</head>
<body>
<nav class="site-nav"><a href="/">{ESC(S['outlet'])}</a> <a href="/world">World</a> <a href="/europe">Europe</a> <a href="/live">Live</a></nav>
<main>
<p class="kicker">LIVE</p>
<h1>{ESC(S['title'])}</h1>
<p class="standfirst">{ESC(S['lede'])}</p>
<p class="dateline">{ESC(S['dateline'])}</p>
{kp}
<div class="ad-slot">Advertisement</div>
{chr(10).join(arts)}
{S.get('tail_html', '')}
</main>
<footer class="site-footer">© {S['entries'][0]['date'][:4]} {ESC(S['outlet'])}. All rights reserved.</footer>
</body>
</html>
"""
    return page, stamps


def r_rss(S):
    items, stamps = [], []
    for n, e in enumerate(S['entries'], 1):
        d, u = to_utc(e, S['zone'])
        st = rfc822(d)
        stamps.append(st)
        if S['desc'] == 'cdata':
            desc = '<![CDATA[' + ''.join(f'<p>{p}</p>' for p in e['p']) + ']]>'
        elif S['desc'] == 'escaped-html':
            desc = ESC(''.join(f'<p>{p}</p>' for p in e['p']))
        else:
            desc = ESC(' '.join(e['p']))
        cr = f"\n  <dc:creator>{ESC(e['au'])}</dc:creator>" if e.get('au') else ''
        items.append(f"""<item>
  <title>{ESC(e['h'])}</title>
  <link>{S['url']}/{e['date'].replace('-', '/')}/{n:03d}</link>
  <guid isPermaLink="false">{S['slug']}-{e['date']}-{n:03d}</guid>
  <pubDate>{st}</pubDate>{cr}
  <category>{e.get('cat', 'World')}</category>
  <description>{desc}</description>
</item>""")
    last = max(to_utc(e, S['zone'])[0] for e in S['entries'])
    page = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>{ESC(S['title'])}</title>
<link>{S['url']}</link>
<description>{ESC(S['lede'])}</description>
<language>en-gb</language>
<lastBuildDate>{rfc822(last)}</lastBuildDate>
{chr(10).join(items)}
</channel>
</rss>
"""
    return page, stamps


def r_atom(S):
    ents, stamps = [], []
    for n, e in enumerate(S['entries'], 1):
        d, u = to_utc(e, S['zone'])
        st = iso_off(d)
        stamps.append(st)
        if S['desc'] == 'html':
            c = '<content type="html">' + ESC(''.join(f'<p>{p}</p>' for p in e['p'])) + '</content>'
        else:
            c = '<summary type="text">' + ESC(' '.join(e['p'])) + '</summary>'
        au = f"<author><name>{ESC(e['au'])}</name></author>" if e.get('au') else ''
        ents.append(f"""<entry>
  <title>{ESC(e['h'])}</title>
  <id>tag:{S['slug']},{e['date']}:{n:03d}</id>
  <link href="{S['url']}/{e['date']}/{n:03d}"/>
  <published>{st}</published>
  <updated>{e.get('upd', st)}</updated>
  {au}
  {c}
</entry>""")
    last = max(to_utc(e, S['zone'])[0] for e in S['entries'])
    page = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>{ESC(S['title'])}</title>
<subtitle>{ESC(S['lede'])}</subtitle>
<id>tag:{S['slug']},feed</id>
<link href="{S['url']}"/>
<updated>{iso_off(last)}</updated>
{chr(10).join(ents)}
</feed>
"""
    return page, stamps


def r_article_html(S):
    e = S['entries'][0]
    d, u = to_utc(e, S['zone'])
    st = f"{long_date(d, 'uk')} {e['t']} {d.tzname()}"
    paras = ''.join(f'<p>{ESC(p)}</p>\n' for p in e['p'])
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{ESC(e['h'])} | {ESC(S['outlet'])}</title>
<meta property="article:published_time" content="{u.strftime('%Y-%m-%dT%H:%M:%SZ')}">
</head>
<body>
<nav><a href="/">{ESC(S['outlet'])}</a> | <a href="/world">World</a> | <a href="/world/ukraine">Ukraine</a></nav>
<article>
<h1>{ESC(e['h'])}</h1>
<p class="standfirst">{ESC(S['lede'])}</p>
<p class="byline">By {ESC(e['au'])}</p>
<p class="meta"><time datetime="{u.strftime('%Y-%m-%dT%H:%M:%SZ')}">{st}</time></p>
<figure><img src="/img/lead.jpg" alt=""><figcaption>{ESC(S['caption'])}</figcaption></figure>
{paras}</article>
{S.get('tail_html', '')}
</body>
</html>
"""
    return page, [st]


def r_article_text(S):
    """Plain-text article; one entry per section heading (or one entry if no sections)."""
    e0 = S['entries'][0]
    d, _ = to_utc(e0, S['zone'])
    st = f"{d.day} {d.strftime('%B %Y')}, {e0['t']} {d.tzname()}"
    L = [S['crumbs'], S['title'], S['lede'], 'By ' + e0['au'], st, S['caption']]
    for e in S['entries']:
        if S.get('sections'):
            L.append(e['h'])
        L += e['p']
    L += S.get('tail', [])
    return '\n'.join(L) + '\n', [st] * len(S['entries'])


RENDER = {'text-live-uk': r_text_live_uk, 'text-live-gmt': r_text_live_gmt, 'text-live-us': r_text_live_us,
          'html-live': r_html_live, 'rss': r_rss, 'atom': r_atom, 'article-html': r_article_html,
          'article-text': r_article_text}

BASIS = {
    'text-live-uk': "date from the page's dateline '{dl}'; stamp printed in UK local time with its zone label ({z})",
    'text-live-gmt': "date from the nearest date header above the stamp ('{hdr}'); HHMM GMT = UTC",
    'text-live-us': "date from the nearest date header above ('{hdr}'); time printed in US Eastern time (EDT, UTC-4)",
    'html-live': "<time datetime> / printed local time with the page's dateline '{dl}'; zone {zone}",
    'rss': "RSS pubDate with explicit offset",
    'atom': "Atom <published> with explicit offset",
    'article-html': "article meta line (date, time and zone printed)",
    'article-text': "article date line (date, time and zone printed)",
}


def build():
    for S in days.SEEDS:
        for e in S['entries']:
            e.setdefault('date', S['date'])
            e.setdefault('au', S.get('au'))
            if S['fmt'] in ('rss', 'atom') and not S.get('authors', True):
                e['au'] = None
        text, stamps = RENDER[S['fmt']](S)
        with open(os.path.join(ROOT, 'seeds', S['file']), 'w', encoding='utf-8') as f:
            f.write(text)
        out = []
        pre = S['file'][:4]
        for i, (e, st) in enumerate(zip(S['entries'], stamps), 1):
            d, u = to_utc(e, S['zone'])
            hdr = long_date(d, 'us')
            body_n = len(e['p'])
            fs = first_sentence(e['p'][0]) if e['p'] else None
            if S['fmt'] in ('rss',) and S['desc'] == 'plain' or (S['fmt'] == 'atom' and S['desc'] == 'text'):
                body_n = 1 if e['p'] else 0
            basis = BASIS[S['fmt']].format(dl=S.get('dateline', ''), z=d.tzname(), hdr=hdr, zone=S['zone'])
            if e.get('basis'):
                basis += '; ' + e['basis']
            imp = e['imp']
            out.append({
                "id": f"{pre}-{i:02d}",
                "headline": e['h'],
                "stamp": st,
                "published": u.strftime('%Y-%m-%dT%H:%M:%SZ'),
                "published_local": f"{e['date']} {e['t']} {S['zone']}",
                "published_basis": basis,
                "author": e.get('au'),
                "first_sentence": fs,
                "body_paragraphs": body_n,
                "topic": e['tp'],
                "subtopic": e['st'],
                "secondary_topics": e.get('sec', []),
                "importance": imp,
                "key_point": i - 1 in S.get('kp', []),
                "duplicate_of": e.get('dup'),
                "story": e['sl'],
                "notes": e.get('n', ''),
            })
        gold = {
            "seed": S['file'],
            "source": S['outlet'],
            "page_title": S.get('page_title', S.get('title', S['entries'][0]['h'])),
            "page_timezone": S['page_tz'],
            "format": S['fmt_name'],
            "utc_day": S['day'],
            "notes": S['notes'],
            "entries": out,
            "not_entries": S['not_entries'],
        }
        name = os.path.splitext(S['file'])[0]
        if S['file'].endswith('.xml') or S['file'].endswith('.atom'):
            name = S['file'].rsplit('.', 1)[0]
        with open(os.path.join(ROOT, 'gold', name + '.json'), 'w', encoding='utf-8') as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write('\n')
        print(S['file'], len(out))


if __name__ == '__main__':
    build()

"""Renderers for the invented outlets used in the multi-source days (920+)."""
from common import *
import json as _json
from email.utils import format_datetime

KYIV, WARSAW, NY, LONDON = "Europe/Kyiv", "Europe/Warsaw", "America/New_York", "Europe/London"


def ironbridge(sid, slug, title, es, zone_label, keypoints=False, extra_notes=""):
    """Ironbridge Daily: plain-text live blog, Kyiv time, day dividers, '— Name' signatures."""
    L = ["IRONBRIDGE DAILY", "Home | World | Ukraine | Business | Opinion | Podcasts | Newsletters", "", "Russia-Ukraine war", "", "LIVE", "",
         title, "", f"Live coverage by Lena Marsh and Oskar Brandt \u00b7 All times Kyiv ({zone_label})", "", "Share   Copy link   Print", ""]
    if keypoints:
        L += ["Key Points", ""] + ["\u2022 " + e["h"] for e in es if e["kp"]] + [""]
    cur = None
    for e in es:
        dt = loc(e["t"], KYIV)
        day = f"{dt:%A} {dt.day} {dt:%B %Y}"
        if day != cur:
            L += ["\u2014\u2014 " + day + " \u2014\u2014", ""]
            cur = day
        e["stamp"] = dt.strftime("%H:%M")
        L.append(e["stamp"])
        if e["h"]:
            L.append(e["h"])
        L += e["body"] if e["body"] else ["[Video, 1 min 12 sec]" if e["h"].startswith("Watch") else "[Gallery: 9 images]"]
        if e["au"]:
            L.append("\u2014 " + e["au"])
        L.append("")
    L += ["Older posts \u203a", "", "Sign up to the Ironbridge Daily morning briefing", "", "\u00a9 Ironbridge Daily 2023 \u00b7 Terms \u00b7 Privacy \u00b7 Contact"]
    notes = ("Ironbridge Daily (invented outlet) live blog as plain text. The page states 'All times Kyiv (" + zone_label + ")'; each post is 'HH:MM', optional headline, "
             "body, optional signature line '\u2014 Name' (author; unsigned posts have author null). Day dividers '\u2014\u2014 <Weekday D Month YYYY> \u2014\u2014' give the date. " + extra_notes)
    ne = ["masthead 'IRONBRIDGE DAILY' and nav line", "section label 'Russia-Ukraine war'", "'LIVE' badge", "page title", "coverage/byline line with time-zone statement",
          "share row", "day divider lines", "media placeholders '[Video, ...]' / '[Gallery: ...]'", "'Older posts ›'", "newsletter sign-up", "footer"]
    if keypoints:
        ne.insert(6, "'Key Points' block (bullets repeating post headlines)")
    return "\n".join(L) + "\n", notes, ne


def sable(sid, title, es, date_label, zone_abbr, url):
    """Sable Report: HTML live blog with LiveBlogPosting JSON-LD, Warsaw time."""
    posts, ups = [], []
    for n, e in enumerate(es):
        dt = loc(e["t"], WARSAW)
        e["stamp"] = dt.strftime("%H:%M")
        pid = f"u{n + 1}"
        u = {"@type": "BlogPosting", "datePublished": dt.isoformat(), "url": f"{url}#{pid}", "articleBody": "\n\n".join(e["body"])}
        if e["au"]:
            u["author"] = {"@type": "Person", "name": e["au"]}
        if e["h"]:
            u["headline"] = e["h"]
        ups.append(u)
        h = f'\n      <h2>{ent(e["h"])}</h2>' if e["h"] else ""
        by = f'\n      <span class="by">by {ent(e["au"])}</span>' if e["au"] else ""
        body = "".join(f"\n      <p>{ent(p)}</p>" for p in e["body"]) or '\n      <figure class="media"><img src="x.jpg" alt=""><figcaption>Photo: Sable Report</figcaption></figure>'
        posts.append(f'''    <article class="update" id="{pid}">
      <div class="meta"><time>{e["stamp"]}</time> <span class="tz">{zone_abbr}</span></div>{h}{by}{body}
      <footer class="u-share"><a href="#">Share</a> <a href="#">Link</a></footer>
    </article>
''')
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": title, "url": url,
          "datePublished": ups[-1]["datePublished"], "dateModified": ups[0]["datePublished"],
          "publisher": {"@type": "NewsMediaOrganization", "name": "Sable Report"}, "liveBlogUpdate": ups}
    page = f'''<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{ent(title)} | Sable Report</title>
<meta property="og:site_name" content="Sable Report">
<script type="application/ld+json">
{_json.dumps(ld, ensure_ascii=False, indent=1)}
</script>
</head>
<body>
<div class="gdpr">This site uses cookies. <a href="#">Settings</a> <button>OK</button></div>
<header><a class="brand" href="/">Sable Report</a><nav><a href="/world">World</a> <a href="/europe">Europe</a> <a href="/ukraine">Ukraine</a> <a href="/economy">Economy</a> <a href="/podcast">Podcast</a></nav></header>
<main>
  <p class="kicker">Live &middot; War in Ukraine</p>
  <h1>{ent(title)}</h1>
  <p class="date">{date_label}</p>
  <div class="liveblog">
{"".join(posts)}  </div>
  <section class="promo"><h3>Sable Morning</h3><p>The day&#8217;s essential reads, every weekday at 7am.</p><button>Subscribe</button></section>
  <section class="related"><h3>Read more</h3><ul><li><a href="#">Inside the race to rebuild Ukraine&#8217;s power grid</a></li><li><a href="#">Opinion: Europe&#8217;s defence industry needs a wartime footing</a></li></ul></section>
</main>
<footer>&copy; 2023 Sable Report &middot; Imprint &middot; Privacy</footer>
</body>
</html>
'''
    notes = ("Sable Report (invented outlet) HTML live blog with LiveBlogPosting JSON-LD (updates carry datePublished with the Warsaw offset, headline when there is one, "
             f"author when signed). Visible stamps are bare 'HH:MM' followed by a separate '{zone_abbr}' span; the date is only in the page's date line '{date_label}'. "
             "Bylines 'by Name' under the headline. Cookie banner, newsletter promo and 'Read more' links are chrome.")
    ne = ["cookie banner", "header/nav", "kicker 'Live · War in Ukraine'", "h1 page title", f"date line '{date_label}'", "time-zone spans",
          "media caption 'Photo: Sable Report'", "per-update Share/Link", "'Sable Morning' newsletter promo", "'Read more' related links", "footer"]
    return page, notes, ne


def cobalt(es, channel_title, build):
    """Cobalt Newswire: RSS 2.0 general world feed, pubDate in GMT."""
    items = []
    for n, e in enumerate(es):
        dt = loc(e["t"], "UTC").replace(tzinfo=UTC)
        e["stamp"] = format_datetime(dt, usegmt=True)
        cre = f'\n      <dc:creator>{ent(e["au"])}</dc:creator>' if e["au"] else ""
        desc = ent(" ".join(e["body"])) if len(e["body"]) < 2 else "<![CDATA[" + "".join(f"<p>{p}</p>" for p in e["body"]) + "]]>"
        items.append(f'''    <item>
      <title>{ent(e["h"])}</title>
      <link>https://cobaltnewswire.example/world/{dt:%Y%m%d}-{n + 1:02d}</link>
      <guid>https://cobaltnewswire.example/world/{dt:%Y%m%d}-{n + 1:02d}</guid>
      <pubDate>{e["stamp"]}</pubDate>{cre}
      <category>{"Europe" if e["sub"] != "unrelated" else "World"}</category>
      <description>{desc}</description>
    </item>
''')
    xml = f'''<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>{channel_title}</title>
    <link>https://cobaltnewswire.example/world</link>
    <description>Top world stories from Cobalt Newswire</description>
    <language>en-gb</language>
    <lastBuildDate>{build}</lastBuildDate>
    <ttl>15</ttl>
{"".join(items)}  </channel>
</rss>
'''
    notes = ("Cobalt Newswire (invented wire) general world RSS 2.0 feed; war items are a minority. pubDate in GMT (= UTC). dc:creator only on some items (author). "
             "Multi-paragraph descriptions are CDATA with <p> tags; single-paragraph ones are plain text. Uses wire spellings ('Kiev', 'Zaporozhye', 'Kharkov', 'Zelenskiy') where printed.")
    return xml, notes, ["channel title/link/description/language/lastBuildDate/ttl"]


def foxglove(es, feed_title, updated):
    """Foxglove Review: Atom feed, New York offsets, xhtml content, teasers without content."""
    out = []
    for n, e in enumerate(es):
        dt = loc(e["t"], NY)
        e["stamp"] = dt.isoformat()
        content = ""
        if e["body"]:
            content = ('\n    <summary type="text">' + ent(e["body"][0]) + '</summary>\n    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">' +
                       "".join(f"<p>{ent(p)}</p>" for p in e["body"]) + "</div></content>")
        au = f'\n    <author><name>{ent(e["au"])}</name></author>' if e["au"] else ""
        out.append(f'''  <entry>
    <title>{ent(e["h"])}</title>
    <id>urn:foxglove:{dt:%Y%m%d}:{n + 101}</id>
    <link href="https://foxglovereview.example/{dt:%Y/%m/%d}/{n + 101}"/>
    <published>{e["stamp"]}</published>
    <updated>{e["stamp"]}</updated>{au}{content}
  </entry>
''')
    xml = f'''<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>{feed_title}</title>
  <subtitle>Reporting and analysis from the Foxglove Review newsroom</subtitle>
  <link rel="self" href="https://foxglovereview.example/feeds/world.atom"/>
  <id>urn:foxglove:feed:world</id>
  <updated>{updated}</updated>
{"".join(out)}</feed>
'''
    notes = ("Foxglove Review (invented outlet) Atom feed from a New York newsroom: <published> carries -04:00 (EDT); entries published late in the New York evening "
             "fall on the next UTC day. Body = <content type=\"xhtml\"> paragraphs (the <summary> repeats the first paragraph). Teaser entries (Photos:/Explained:) have no summary or content.")
    return xml, notes, ["feed title/subtitle/link/id/updated", "<summary> elements (repeat the first content paragraph)"]


def granite(title, e, pub_label, section):
    """Granite Standard: single HTML news article with NewsArticle JSON-LD (London time)."""
    dt = loc(e["t"], LONDON)
    e["stamp"] = pub_label
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": e["h"], "datePublished": dt.isoformat(),
          "author": {"@type": "Person", "name": e["au"]}, "publisher": {"@type": "Organization", "name": "Granite Standard"},
          "articleSection": section}
    body = "\n".join(f"    <p>{ent(p)}</p>" for p in e["body"])
    page = f'''<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{ent(e["h"])} | Granite Standard</title>
<meta name="description" content="{ent(e["body"][0])}">
<script type="application/ld+json">{_json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
<nav class="top"><a href="/">Granite Standard</a> <a href="/news">News</a> <a href="/world">World</a> <a href="/politics">Politics</a> <a href="/sport">Sport</a> <a href="/subscribe">Subscribe</a></nav>
<article>
  <p class="section">{section}</p>
  <h1>{ent(e["h"])}</h1>
  <p class="standfirst">{ent(title)}</p>
  <div class="meta"><span class="author">By {ent(e["au"])}</span>, <span class="role">{e["role"]}</span><br><span class="published">Published {pub_label}</span></div>
  <div class="share"><a href="#">Share on X</a> <a href="#">Share on Facebook</a> <a href="#">Email</a> <a href="#">Gift this article</a></div>
  <div class="body">
{body}
  </div>
  <aside class="more"><h2>More on this story</h2><ul><li><a href="#">{ent(e["related"])}</a></li></ul></aside>
</article>
<div class="newsletter">Get the Granite Standard Evening Edition in your inbox <button>Sign up</button></div>
<footer>&copy; Granite Standard Media Ltd 2023</footer>
</body>
</html>
'''
    notes = ("Granite Standard (invented outlet) single news article in HTML with NewsArticle JSON-LD: one entry (headline = h1, body = article paragraphs). "
             f"Visible stamp 'Published {pub_label}' (UK time) and JSON-LD datePublished agree. Byline 'By Name, role' (author = the name). "
             "Standfirst, share links, 'More on this story' link and newsletter box are chrome.")
    ne = ["top nav", "section label", "standfirst", "role after the byline", "share links", "'More on this story' related link", "newsletter box", "footer"]
    return page, notes, ne

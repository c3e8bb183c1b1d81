#!/usr/bin/env python3
"""Builds eval/k seeds and gold from the hand-written data below (all text invented/paraphrased).
Run from anywhere: python3 eval/k/tools/build.py"""
import json, html, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")

def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=None, rel=None):
    return dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n, rel=rel)

OFF = dict(top="other", sub="unrelated", imp=1)

def first_sentence(par):
    m = re.search(r'[.!?]["\u201d\u2019]?(?=\s+[A-Z"\u201c\u2018]|$)', par)
    return par[:m.end()] if m else par

def esc(s):
    return html.escape(s, quote=False)

def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))

def h12(d, sep=":", lower=True, space=""):
    s = f"{d.hour % 12 or 12}{sep}{d.minute:02d}{space}{'am' if d.hour < 12 else 'pm'}"
    return s if lower else s.upper()

# ---------------------------------------------------------------- renderers
def r_scmp(S):
    z = S["zone"]; out = []
    pub = dt(S["published"], z); upd = dt(S["updated"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"],
          "datePublished": pub.isoformat(), "dateModified": upd.isoformat(),
          "author": [{"@type": "Person", "name": n} for n in S["authors"]],
          "publisher": {"@type": "Organization", "name": "South China Morning Post"},
          "mainEntityOfPage": "https://www.scmp.com/news/world/russia-central-asia/article/3211400/live"}
    out.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
    out.append(f"<title>{esc(S['title'])} | South China Morning Post</title>")
    out.append('<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>")
    out.append('<nav class="top-nav"><a href="/news">News</a> <a href="/news/world">World</a> <a href="/news/china">China</a> <a href="/topics/ukraine-war">Ukraine war</a></nav>')
    out.append('<main><div class="article-header"><span class="section">World / Russia &amp; Central Asia</span>')
    out.append(f"<h1>{esc(S['title'])}</h1>")
    out.append(f'<p class="summary">{esc(S["lede"])}</p>')
    out.append(f'<div class="dates"><span>Published: {pub.strftime("%-I:%M")}{"am" if pub.hour<12 else "pm"}, {pub.strftime("%-d %b %Y")}</span> <span>Updated: {upd.strftime("%-I:%M")}{"am" if upd.hour<12 else "pm"}, {upd.strftime("%-d %b %Y")}</span></div>')
    out.append('<p class="tz-note">All times are Hong Kong time (HKT).</p></div>')
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = h12(d, sep="."); stamps.append(st)
        out.append('<section class="live-post">')
        out.append(f'<div class="post-time"><time>{st}</time></div>')
        out.append(f"<h2>{esc(e['h'])}</h2>")
        if e["a"]: out.append(f'<p class="byline">{esc(e["a"])}</p>')
        for p in e["p"]: out.append(f"<p>{esc(p)}</p>")
        out.append("</section>")
        if i == 2: out.append('<aside class="related"><h3>Related</h3><ul><li><a href="/x1">How Beijing has walked a fine line on the war</a></li><li><a href="/x2">Hong Kong prices: what a year of war did to fuel costs</a></li></ul></aside><div class="ad">Advertisement</div>')
    out.append('<footer><p>Copyright &copy; 2023 South China Morning Post Publishers Ltd. All rights reserved.</p></footer></main></body></html>')
    return "\n".join(out), stamps

def r_cna(S):
    z = S["zone"]; pub = dt(S["published"], z); upd = dt(S["updated"], z)
    L = [S["title"], "", "World", "", S["lede"], "",
         f"Published: {pub.strftime('%d %b %Y %I:%M%p')} (SGT)".replace("AM", "AM").replace("PM", "PM"),
         f"Updated: {upd.strftime('%d %b %Y %I:%M%p')} (SGT)", "", "Bookmark", "Share", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%I:%M%p") + " SGT"; stamps.append(st)
        L += [st, e["h"], ""] + sum([[p, ""] for p in e["p"]], [])
        if i == 1: L += ["Read more: Russia lays out its terms, Kyiv calls them an ultimatum", "", "Advertisement", ""]
    L += ["Source: Agencies", "", "Get the CNA app", "Stay updated with notifications for breaking news and our best stories"]
    return "\n".join(L) + "\n", stamps

def r_atom(S):
    z = S["zone"]; out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">']
    out.append(f"<title>{esc(S['title'])}</title>")
    out.append(f'<link href="{S["link"]}" rel="alternate"/>')
    out.append(f"<id>{S['link']}</id>")
    out.append(f"<updated>{dt(S['updated'], z).isoformat()}</updated>")
    if S.get("subtitle"): out.append(f"<subtitle>{esc(S['subtitle'])}</subtitle>")
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if S.get("zulu") else d.isoformat()
        stamps.append(st)
        slug = re.sub(r"[^a-z0-9]+", "-", e["h"].lower()).strip("-")[:60]
        out.append("<entry>")
        out.append(f"<title>{esc(e['h'])}</title>")
        out.append(f'<link href="{S["link"]}/{slug}" rel="alternate"/>')
        out.append(f"<id>tag:{S['tag']},{d.strftime('%Y-%m-%d')}:{S['id']}{i+1:02d}</id>")
        out.append(f"<published>{st}</published><updated>{st}</updated>")
        if e["a"]: out.append(f"<author><name>{esc(e['a'])}</name></author>")
        if e["p"]:
            body = "".join(f"<p>{esc(p)}</p>" for p in e["p"])
            out.append(f'<content type="html">{esc(body)}</content>')
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps

def r_economist(S):
    z = S["zone"]; pub = dt(S["published"], z)
    L = ["Menu", "Weekly edition", "The world in brief", "Search", "", S["title"], "", S["rubric"], "",
         pub.strftime("%b %-dth %Y").replace("1th", "1th") + " | " + pub.strftime("%H:%M") + " BST", "", "Listen to this story", "Enjoy more audio and podcasts on iOS or Android.", "", S["lede"], ""]
    stamps = []; cur = None
    for e in S["entries"]:
        if e["sec_head"] != cur:
            cur = e["sec_head"]; L += [cur.upper(), ""]
        stamps.append(None)
        L += [e["h"], ""] + sum([[p, ""] for p in e["p"]], [])
    L += ["For more coverage of the war in Ukraine, visit our dedicated hub.", "", "This article appeared in the Europe section of the print edition.", "", "Subscribe", "Reuse this content"]
    return "\n".join(L) + "\n", stamps

def r_bi(S):
    z = S["zone"]; upd = dt(S["updated"], z)
    out = ["<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + esc(S["title"]) + "</title>",
           '<meta property="og:site_name" content="Business Insider"></head><body>',
           '<header class="site-header"><a href="/">Business Insider</a> <a href="/news">News</a> <a href="/politics">Politics</a> <a class="sub" href="/subscription">Subscribe</a></header>',
           '<article class="live-blog"><h1 class="post-headline">' + esc(S["title"]) + "</h1>",
           '<div class="byline-wrapper"><span class="byline-author">' + esc(", ".join(S["authors"])) + '</span> <span class="byline-timestamp">Updated ' + upd.strftime("%b %-d, %Y, %-I:%M %p") + ' EST</span></div>',
           '<p class="lede">' + esc(S["lede"]) + "</p>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        if e["rel"]:
            st = e["rel"]
            assert upd - d == {"m": lambda v: timedelta(minutes=v), "h": lambda v: timedelta(hours=v)}[st.split()[0][-1]](int(st.split()[0][:-1])), (st, d)
        else:
            st = d.strftime("%b %-d, %Y, %-I:%M %p")
        stamps.append(st)
        out.append('<div class="live-update" data-update-index="%d">' % i)
        out.append(f'<div class="update-meta"><span class="update-time">{st}</span> <span class="update-author">{esc(e["a"])}</span></div>')
        out.append(f'<h2 class="update-headline">{esc(e["h"])}</h2>')
        for p in e["p"]: out.append(f"<p>{esc(p)}</p>")
        out.append('<div class="share-bar">Share Save</div></div>')
        if i == 3: out.append('<div class="ad-slot">Advertisement</div><div class="newsletter">Sign up for our daily newsletter</div>')
    out.append('<footer>* Copyright © 2022 Insider Inc. All rights reserved.</footer></article></body></html>')
    return "\n".join(out) + "\n", stamps

def r_euronews(S):
    z = S["zone"]; upd = dt(S["updated"], z)
    L = ["Euronews", "Europe", "World", "Business", "", S["title"], "", S["lede"], "",
         "By " + S["author"], "", "Updated: " + upd.strftime("%d/%m/%Y - %H:%M") + " CET", "", "Share this article", "", "Key points", ""]
    for e in S["entries"]:
        if e["kp"]: L.append("- " + e["h"])
    L += ["", "ADVERTISEMENT", ""]
    stamps = []
    for e in S["entries"]:
        d = dt(e["t"], z); st = d.strftime("%H:%M") + " CET"; stamps.append(st)
        L += [st, e["h"], ""] + sum([[p, ""] for p in e["p"]], [])
    L += ["You might also like", "How the UK and Ukraine's security ties have grown since 2022", "Share this article", "Comments"]
    return "\n".join(L) + "\n", stamps

def r_kyivpost(S):
    z = S["zone"]; pub = dt(S["published"], z)
    L = ["KYIV POST", "Ukraine's Global Voice", "", "War  Politics  Business  Opinion", "", S["title"], "", S["lede"], "",
         "By " + S["author"], pub.strftime("%B %-d, %Y, %-I:%M ") + ("am" if pub.hour < 12 else "pm"), "", "Share:", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        stamps.append(None)
        L += [f"{i+1}. {e['h']}", ""] + sum([[p, ""] for p in e["p"]], [])
    L += ["Join our Telegram channel", "", "Tags: Russian invasion, Day of the war"]
    return "\n".join(L) + "\n", stamps

def r_timeline(S):
    z = S["zone"]; pub = dt(S["published"], z)
    out = ['<!DOCTYPE html><html><head><meta charset="utf-8"><title>' + esc(S["title"]) + " | Vantage News Agency</title></head><body>",
           '<div class="masthead">Vantage News Agency</div><nav><a href="/world">World</a> <a href="/europe">Europe</a></nav>',
           '<article><h1>' + esc(S["title"]) + "</h1>",
           '<p class="byline">By ' + esc(S["author"]) + '</p><p class="date">' + esc(S["pubtext"]) + "</p>",
           "<p>" + esc(S["lede"]) + "</p>", "<p>" + esc(S["tznote"]) + "</p>"]
    stamps = []; cur = None
    for e in S["entries"]:
        d = dt(e["t"], z)
        if e["day_head"] != cur:
            if cur is not None: out.append("</ul>")
            cur = e["day_head"]; out.append(f"<h2>{esc(cur)}</h2><ul class=\"timeline\">")
        st = f"{d.hour % 12 or 12}:{d.minute:02d} " + ("a.m." if d.hour < 12 else "p.m."); stamps.append(st)
        out.append(f"<li><strong>{st}</strong> — {esc(' '.join(e['p']))}</li>")
    out.append("</ul><p class=\"related\">Related: Poland puts some army units on higher readiness</p><p>Copyright 2022 Vantage News Agency. All rights reserved.</p></article></body></html>")
    return "\n".join(out) + "\n", stamps

def r_textlive(S):
    """generic text live blog; stamp style fn in S['stampfmt']"""
    z = S["zone"]
    L = list(S["head"])
    if S.get("keypoints"):
        L += ["Key Points", ""] + [e["h"] for e in S["entries"] if e["kp"]] + [""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = S["stampfmt"](d); stamps.append(st)
        L += [st, e["h"]]
        if e["a"]: L.append("Posted by " + e["a"])
        L.append("")
        L += sum([[p, ""] for p in e["p"]], [])
        if i in S.get("chrome_after", {}): L += [S["chrome_after"][i], ""]
    L += list(S["foot"])
    return "\n".join(L) + "\n", stamps

def r_htmllive(S):
    z = S["zone"]
    out = ['<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>' + esc(S["title"]) + " - " + esc(S["source"]) + "</title>"]
    if S.get("ld"):
        ups = []
        for i, e in enumerate(S["entries"]):
            d = dt(e["t"], z)
            u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{S['id']}{i+1:02d}", "headline": e["h"],
                 "datePublished": d.isoformat(), "articleBody": " ".join(e["p"])}
            if e["a"]: u["author"] = {"@type": "Person", "name": e["a"]}
            ups.append(u)
        first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
        node = {"@type": "LiveBlogPosting" if S["ld"] == "plain" else ["NewsArticle", "LiveBlogPosting"],
                "@id": S["url"], "headline": S["title"], "url": S["url"],
                "datePublished": first.isoformat(), "dateModified": last.isoformat(),
                "coverageStartTime": first.isoformat(), "liveBlogUpdate": ups,
                "publisher": {"@type": "Organization", "name": S["source"]}}
        if S["ld"] == "plain":
            node = {"@context": "https://schema.org", **node}
        else:
            node = {"@context": "https://schema.org", "@graph": [{"@type": "WebPage", "@id": S["url"] + "#page"}, node]}
        out.append('<script type="application/ld+json">' + json.dumps(node, ensure_ascii=False) + "</script>")
    out.append("</head><body>")
    out.append('<header><a href="/">' + esc(S["source"]) + '</a> <a href="/world">World</a> <a href="/ukraine">Ukraine</a> <a href="/login">Sign in</a></header><main>')
    out.append("<h1>" + esc(S["title"]) + "</h1>")
    out.append('<p class="standfirst">' + esc(S["lede"]) + "</p>")
    out.append('<p class="meta">' + esc(S["datetext"]) + "</p>")
    if S.get("keypoints"):
        out.append('<div class="key-points"><h2>Key Points</h2><ul>' + "".join(f"<li>{esc(e['h'])}</li>" for e in S["entries"] if e["kp"]) + "</ul></div>")
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = S["stampfmt"](d); stamps.append(st)
        out.append(f'<article class="post" id="post-{S["id"]}{i+1:02d}">')
        out.append(f'<time datetime="{d.isoformat()}">{st}</time>' if S.get("timeattr") else f'<span class="post-time">{st}</span>')
        out.append(f"<h3>{esc(e['h'])}</h3>")
        if e["a"]: out.append(f'<p class="author">{esc(e["a"])}</p>')
        for p in e["p"]: out.append(f"<p>{esc(p)}</p>")
        out.append("</article>")
        if i == 1: out.append('<div class="promo">Read more: <a href="/older">Our coverage from the previous day</a></div>')
    out.append("</main><footer>" + esc(S["source"]) + " &middot; Terms &middot; Privacy</footer></body></html>")
    return "\n".join(out) + "\n", stamps

def r_rss(S):
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">', "<channel>",
           f"<title>{esc(S['title'])}</title>", f"<link>{S['link']}</link>", f"<description>{esc(S['desc'])}</description>",
           f"<lastBuildDate>{S['fmt'](dt(S['entries'][0]['t'], z))}</lastBuildDate>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = S["fmt"](d); stamps.append(st)
        slug = re.sub(r"[^a-z0-9]+", "-", e["h"].lower()).strip("-")[:60]
        out.append("<item>")
        out.append(f"<title>{esc(e['h'])}</title>")
        out.append(f"<link>{S['link']}/{slug}</link>")
        out.append(f'<guid isPermaLink="false">{S["id"]}-{i+1:02d}</guid>')
        out.append(f"<pubDate>{st}</pubDate>")
        if e["a"]: out.append(f"<dc:creator>{esc(e['a'])}</dc:creator>")
        out.append("<description><![CDATA[" + "".join(f"<p>{p}</p>" for p in e["p"]) + "]]></description>")
        out.append("</item>")
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps

def r_textarticle(S):
    z = S["zone"]
    L = list(S["head"]); stamps = []
    for e in S["entries"]:
        stamps.append(None)
        L += [e["h"], ""] + sum([[p, ""] for p in e["p"]], [])
    L += list(S["foot"])
    return "\n".join(L) + "\n", stamps

def r_htmlarticle(S):
    z = S["zone"]; pub = dt(S["published"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": pub.isoformat(),
          "author": {"@type": "Person", "name": S["author"]}, "publisher": {"@type": "Organization", "name": S["source"]}}
    out = ['<!DOCTYPE html><html><head><meta charset="utf-8"><title>' + esc(S["title"]) + "</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<header>' + esc(S["source"]) + ' <a href="/world">World</a></header><article>',
           "<h1>" + esc(S["title"]) + "</h1>", '<p class="byline">By ' + esc(S["author"]) + "</p>",
           '<p class="dateline">' + esc(S["datetext"]) + "</p>"]
    for p in S["entries"][0]["p"]: out.append("<p>" + esc(p) + "</p>")
    out.append('<aside>More on this story: <a href="/a">Who sat at the table in Istanbul</a></aside></article><footer>' + esc(S["source"]) + "</footer></body></html>")
    return "\n".join(out) + "\n", [S["datetext"]]

# ================================================================ PART A
SEEDS = []

SEEDS.append(dict(id="1200", name="1200_scmp-live", ext="html", source="South China Morning Post", zone="Asia/Hong_Kong",
  render=r_scmp, title="Ukraine war one year on: Beijing sets out peace position as Kyiv's allies mark anniversary – as it happened",
  lede="Follow our rolling coverage of the first anniversary of Russia's full-scale invasion and reaction to China's new position paper.",
  published="2023-02-24 08:30", updated="2023-02-24 23:40", authors=["Lydia Chan", "Marcus Ho"],
  notes="SCMP-style live page for Friday 24 Feb 2023 carried as ONE NewsArticle in JSON-LD (no LiveBlogPosting); the posts live only in the HTML <section class=live-post> blocks, newest first. Stamps '11.40pm' style (dot separator) with the date only in 'Published:/Updated:' lines and the note that times are HKT (UTC+8, no DST). All stamps after 08:00 HKT, so all UTC times are on 24 Feb.",
  not_entries=["top navigation links", "section label 'World / Russia & Central Asia'", "summary/standfirst paragraph under the h1", "'Published:' and 'Updated:' date lines", "HKT note", "'Related' aside with two links after the third post", "'Advertisement'", "copyright footer"],
  entries=[
  E("2023-02-24 23:40", "Biden brushes off Beijing's peace paper, says only Putin is cheering it",
    ["US President Joe Biden said on Friday he saw little in China's 12-point document that would benefit anyone other than Russia.",
     "Speaking to reporters in Washington, Biden said the idea that Beijing could broker a fair outcome did not strike him as rational."],
    "diplomacy", "diplomacy", 2, "biden-rejects-china-position-paper", a="Marcus Ho",
    n="Reaction to the position paper; a separate statement, so its own story (not merged with the paper itself)."),
  E("2023-02-24 21:15", "Zelensky says he intends to meet Xi Jinping",
    ["Ukrainian President Volodymyr Zelensky told a news conference in Kyiv that he planned to meet Chinese leader Xi Jinping.",
     "He said some points of Beijing's document showed China was engaging, and that meeting Xi would serve both countries and global security."],
    "diplomacy", "diplomacy", 3, "zelensky-seeks-xi-meeting", a="Lydia Chan",
    n="Head-of-state diplomatic move (announced intention to meet Xi) -> importance 3; could be argued 2 since no meeting is scheduled."),
  E("2023-02-24 18:05", "G7 leaders agree fresh sanctions in anniversary video call",
    ["Leaders of the Group of Seven held a virtual meeting with Zelensky and agreed to tighten sanctions on Moscow.",
     "Their joint statement also targeted third countries accused of helping Russia evade existing measures."],
    "diplomacy", "diplomacy", 3, "g7-anniversary-sanctions", a="Marcus Ho"),
  E("2023-02-24 15:20", "First Polish Leopard tanks delivered, Morawiecki says in Kyiv",
    ["Polish Prime Minister Mateusz Morawiecki arrived in Kyiv and said the first Leopard 2 tanks from Poland had reached Ukraine.",
     "He said further vehicles would follow once Ukrainian crews finished training."],
    "aid", "aid", 3, "poland-first-leopards-delivered", a="Lydia Chan", sec=["diplomacy"]),
  E("2023-02-24 12:10", "Beijing publishes 12-point position calling for ceasefire and talks",
    ["China's foreign ministry released a 12-point paper urging both sides to halt fighting and resume negotiations.",
     "The document calls for respecting the sovereignty of all countries and criticises unilateral sanctions, but does not ask Russia to withdraw its troops.",
     "It also warns against attacks on nuclear power plants and the use of nuclear weapons."],
    "diplomacy", "diplomacy", 3, "china-12-point-position-paper", a="Lydia Chan"),
  E("2023-02-24 10:30", "Zelensky vows victory in anniversary address",
    ["In a video released before dawn in Kyiv, Zelensky called the past year one of resilience and said Ukraine would prevail this year.",
     "Commemorations were being held in cities across the country, with air-raid sirens sounding in several regions."],
    "other", "politics", 2, "zelensky-anniversary-address", a="Marcus Ho"),
  E("2023-02-24 09:05", "Watch: Soldiers and families gather at St Sophia's Square at dawn",
    [], "other", "politics", 1, "kyiv-anniversary-ceremony", a=None,
    n="Video teaser, no body -> importance 1, first_sentence null."),
  ]))

SEEDS.append(dict(id="1201", name="1201_cna-live", ext="txt", source="CNA", zone="Asia/Singapore", render=r_cna,
  title="Ukraine peace summit opens in Switzerland with dozens of leaders, Russia absent",
  lede="Leaders and officials from about 90 countries gather at a Swiss mountain resort for talks on ending the war in Ukraine.",
  published="2024-06-15 10:15", updated="2024-06-15 23:20",
  notes="CNA-style text scrape for Saturday 15 Jun 2024; the page prints the date only in 'Published:/Updated:' lines; each update has a stamp line 'HH:MMAM SGT' (Singapore, UTC+8) followed by a headline line. Newest first. All stamps after 08:00 SGT so all UTC times are 15 Jun. No authors (only a closing 'Source: Agencies' line).",
  not_entries=["section word 'World'", "standfirst paragraph", "'Published:'/'Updated:' lines", "'Bookmark', 'Share'", "'Read more: Russia lays out its terms, Kyiv calls them an ultimatum' related link", "'Advertisement'", "'Source: Agencies'", "CNA app promotion lines"],
  entries=[
  E("2024-06-15 23:20", "Harris pledges US$1.5 billion for Ukraine's energy sector and refugees",
    ["US Vice President Kamala Harris announced more than US$1.5 billion in assistance at the summit, much of it to repair damaged power infrastructure.",
     "The money also covers humanitarian help and support for refugees, she said."],
    "aid", "aid", 3, "harris-energy-humanitarian-pledge"),
  E("2024-06-15 21:45", "Zelenskyy says summit can start the path to a just peace",
    ["Opening the gathering at Burgenstock, Ukraine's president said the meeting could make history by agreeing first steps.",
     "He said participants would focus on nuclear safety, food security and the return of prisoners and deported children."],
    "diplomacy", "diplomacy", 3, "burgenstock-summit-opens"),
  E("2024-06-15 19:30", "Russian shelling kills two in Kherson",
    ["Two people were killed and four wounded when Russian artillery hit a residential district of Kherson, the regional governor said.",
     "Several homes and a bus stop were damaged."],
    "strikes", "strikes", 2, "kherson-shelling-2024-06-15"),
  E("2024-06-15 17:10", "Kremlin calls Swiss gathering pointless without Moscow",
    ["Kremlin spokesman Dmitry Peskov said any talks that exclude Russia could not produce results.",
     "He repeated that Moscow's conditions set out by President Vladimir Putin a day earlier remained on the table."],
    "diplomacy", "diplomacy", 2, "kremlin-dismisses-summit"),
  E("2024-06-15 14:05", "Ukraine says assaults near Pokrovsk repelled",
    ["Ukraine's general staff said its troops had fought off more than 20 Russian attacks along the Pokrovsk axis over the past day.",
     "Russia's defence ministry claimed gains elsewhere in the Donetsk region."],
    "other", "frontline", 2, "pokrovsk-assaults-2024-06-15"),
  E("2024-06-15 10:15", "Explainer: What is on the table at the Burgenstock meeting",
    ["The two-day conference will not negotiate an end to the war, Swiss organisers have said.",
     "Instead, delegations are expected to discuss three narrower themes and a final communique, which several countries from the Global South may decline to sign."],
    "diplomacy", "diplomacy", 2, "burgenstock-agenda-explainer",
    n="Explainer/theme piece about the summit: its own story, not merged with the summit opening."),
  ]))

SEEDS.append(dict(id="1202", name="1202_rnz-atom", ext="xml", source="RNZ", zone="Pacific/Auckland", render=r_atom,
  title="RNZ News: World", link="https://www.rnz.co.nz/news/world", tag="rnz.co.nz", updated="2022-03-09 21:15",
  subtitle="World news from RNZ",
  notes="RNZ-style Atom feed (mixed world news) for Wednesday 9 March 2022; <published> carries NZ local time with +13:00 (NZDT). All published times are between 13:00 and 22:00 NZDT, so all UTC times fall on 9 March UTC. Two items are not about the war (off-beat). Feed title is page_title. stamp = the <published> text.",
  not_entries=["feed <title>, <subtitle>, <link>, <id>, <updated>"],
  entries=[
  E("2022-03-09 21:15", "Russia sanctions bill passes all stages under urgency",
    ["Parliament has unanimously passed legislation that lets New Zealand impose sanctions on Russian individuals, companies and assets.",
     "Foreign Minister Nanaia Mahuta said the first list of targets would be announced within days.",
     "Until now New Zealand could only apply sanctions agreed by the UN Security Council."],
    "diplomacy", "diplomacy", 3, "nz-russia-sanctions-act", a="RNZ political reporter Iris Maaka"),
  E("2022-03-09 18:02", "Buses carry civilians out of Sumy along agreed route",
    ["A convoy of buses has left the besieged northeastern city of Sumy after Moscow and Kyiv agreed a temporary ceasefire on one route.",
     "Ukrainian officials said foreign students were among those evacuated towards Poltava."],
    "other", "humanitarian", 2, "sumy-evacuation-corridor", a="Reuters"),
  E("2022-03-09 16:30", "United States bans imports of Russian oil and gas",
    ["US President Joe Biden has ordered a ban on imports of Russian oil, liquefied natural gas and coal.",
     "He acknowledged the measure would push up petrol prices for Americans but said it would deal a powerful blow to the Kremlin's war effort."],
    "diplomacy", "diplomacy", 3, "us-russian-oil-import-ban", a="Reuters",
    n="Sanctions -> diplomacy per LABELS."),
  E("2022-03-09 15:10", "Lismore residents return to flood-damaged homes",
    ["Residents of the northern New South Wales town have begun clearing mud from their homes as water levels fall.",
     "Authorities say thousands of houses were damaged."],
    **OFF, st="lismore-flood-cleanup", a="RNZ", n="off-beat: Australian floods, not the war."),
  E("2022-03-09 14:20", "Poland offers its MiG-29 fleet to US for transfer to Ukraine",
    ["Warsaw said it was ready to fly all of its MiG-29 jets to the US base at Ramstein in Germany so they could be passed to Ukraine.",
     "US officials said they had not been consulted and that the proposal raised serious concerns."],
    "aid", "aid", 3, "poland-mig29-offer", a="Reuters", sec=["diplomacy"],
    n="Major arms transfer offer -> 3; importance 2 also defensible since no transfer happened."),
  E("2022-03-09 13:05", "Covid-19: More than 20,000 new community cases",
    ["The Ministry of Health has reported more than 20,000 new community cases of Covid-19.",
     "Hospitalisations continue to climb in Auckland."],
    **OFF, st="nz-covid-cases-2022-03-09", a="RNZ", n="off-beat: domestic health news, not the war."),
  ]))

SEEDS.append(dict(id="1203", name="1203_economist-briefing", ext="txt", source="The Economist", zone="Europe/London", render=r_economist,
  title="The war in Ukraine", rubric="Daily briefing: Severodonetsk is all but cut off as Russia destroys the last bridge",
  published="2022-06-14 18:00",
  lede="Our round-up of the day's main developments, with links to our coverage and analysis.",
  notes="Economist-style daily briefing text for Tuesday 14 June 2022, dateline 'Jun 14th 2022 | 18:00 BST' (Europe/London, UTC+1). Section headings in capitals (ON THE GROUND, WEAPONS AND MONEY, DIPLOMACY, CONSEQUENCES) are structure, not entries; each item under them is an entry (heading line + paragraphs). Items carry no own time: stamp null and published = the briefing's dateline time (judgement: LABELS says null when no time, but the page prints one dateline time for all items).",
  not_entries=["site menu lines 'Menu', 'Weekly edition', 'The world in brief', 'Search'", "title 'The war in Ukraine' and rubric line", "dateline", "'Listen to this story' and audio promo line", "intro sentence 'Our round-up ...'", "section headings in capitals", "closing hub link, print-edition note, 'Subscribe', 'Reuse this content'"],
  entries=[
  dict(E("2022-06-14 18:00", "The last bridge goes",
    ["Russian forces have destroyed the final bridge linking Severodonetsk with its twin city, Lysychansk, trapping the Ukrainian defenders and hundreds of civilians sheltering in the Azot chemical plant.",
     "Ukrainian commanders say evacuation by road is no longer possible."],
    "other", "frontline", 3, "severodonetsk-bridges-destroyed", sec=["humanitarian"]), sec_head="On the ground"),
  dict(E("2022-06-14 18:00", "Shells hit a market in Donetsk",
    ["At least five people died when shells struck a market in the Russian-held city of Donetsk, according to the separatist authorities, who blamed Ukraine.",
     "Kyiv did not comment."],
    "strikes", "strikes", 2, "donetsk-market-shelling"), sec_head="On the ground"),
  dict(E("2022-06-14 18:00", "Kyiv asks for more rocket launchers",
    ["Ukraine's deputy defence minister said her country had received only a tenth of the heavy weapons it needs.",
     "Defence ministers from the Ukraine Defence Contact Group meet in Brussels tomorrow, and America is expected to announce another package."],
    "aid", "aid", 2, "ukraine-asks-more-rocket-launchers"), sec_head="Weapons and money"),
  dict(E("2022-06-14 18:00", "Three leaders may head to Kyiv",
    ["German and Italian media report that Olaf Scholz, Emmanuel Macron and Mario Draghi plan a joint trip to the Ukrainian capital before an EU summit next week.",
     "None of the three governments has confirmed the plan, citing security."],
    "diplomacy", "diplomacy", 2, "scholz-macron-draghi-kyiv-trip-plan"), sec_head="Diplomacy"),
  dict(E("2022-06-14 18:00", "Grain talks drag on",
    ["Turkey says it is still trying to broker a corridor that would let Ukrainian grain leave Odesa by sea.",
     "Russia insists that Ukraine must first clear mines from its ports."],
    "diplomacy", "diplomacy", 2, "turkey-grain-corridor-talks"), sec_head="Diplomacy"),
  dict(E("2022-06-14 18:00", "Silos fill up",
    ["Ukraine has about 20m tonnes of last year's harvest stuck in storage, and the new crop will soon need the space.",
     "Officials are trying to send more by rail through Poland and Romania, but gauge differences slow the trains."],
    "other", "humanitarian", 2, "ukraine-grain-stuck-in-silos",
    n="Economic consequence; no economy subtopic, humanitarian chosen (food security)."), sec_head="Consequences"),
  ]))

SEEDS.append(dict(id="1204", name="1204_businessinsider-live", ext="html", source="Business Insider", zone="America/New_York", render=r_bi,
  title="Russia-Ukraine live updates: Kherson falls as delegations meet again in Belarus",
  lede="Russia's invasion of Ukraine is in its eighth day. Here are the latest developments.",
  updated="2022-03-03 14:10", authors=["Dana Whitlow", "Sam Okafor"],
  notes="BI-style live page, no JSON-LD. Printed date only in the byline 'Updated Mar 3, 2022, 2:10 PM EST'. The three newest updates carry RELATIVE stamps ('20m ago', '1h ago', '3h ago'); gold resolves them against the page's printed Updated time (judgement: the true capture time is not printed). Older updates carry absolute stamps 'Mar 3, 2022, 9:41 AM' in US Eastern (EST, UTC-5). Newest first. All on 3 March UTC.",
  not_entries=["site header links", "byline/Updated line", "lede paragraph", "'Share Save' bars", "'Advertisement' and newsletter sign-up", "copyright footer"],
  entries=[
  E("2022-03-03 13:50", "Second round of talks ends with deal on humanitarian corridors",
    ["Ukrainian and Russian negotiators meeting near the Belarus-Poland border agreed to set up corridors for civilians to leave besieged towns.",
     "Ukraine's presidential adviser Mykhailo Podolyak said the talks did not produce the results Kyiv wanted on a ceasefire."],
    "diplomacy", "diplomacy", 3, "belarus-talks-round-two-corridors", a="Dana Whitlow", rel="20m ago"),
  E("2022-03-03 13:10", "Putin tells Macron the operation will continue as planned",
    ["Vladimir Putin told Emmanuel Macron in a 90-minute phone call that Russia would achieve its goals in Ukraine, the Elysee said.",
     "A Macron adviser told reporters the French president expected the worst was yet to come."],
    "diplomacy", "diplomacy", 3, "putin-macron-call-2022-03-03", a="Sam Okafor", rel="1h ago"),
  E("2022-03-03 11:10", "France seizes superyacht linked to Rosneft boss",
    ["French customs officers impounded a yacht in the Mediterranean port of La Ciotat that they say belongs to a company connected to Igor Sechin.",
     "The seizure is the first of its kind in France under the EU's new sanctions."],
    "diplomacy", "diplomacy", 2, "france-seizes-sechin-yacht", a="Sam Okafor", rel="3h ago"),
  E("2022-03-03 09:41", "Russian troops inside Kherson city hall, mayor says",
    ["The mayor of Kherson said armed Russian soldiers had entered the city council building and that the city was now under their control.",
     "Kherson is the first major Ukrainian city to fall since the invasion began."],
    "other", "frontline", 3, "kherson-falls", a="Dana Whitlow"),
  E("2022-03-03 08:15", "Airstrike on Chernihiv apartment blocks kills dozens",
    ["Russian bombs hit residential buildings in the northern city of Chernihiv, killing at least 33 people, emergency services said.",
     "Rescuers were searching the rubble for survivors."],
    "strikes", "strikes", 3, "chernihiv-airstrike-2022-03-03", a="Dana Whitlow"),
  E("2022-03-03 07:02", "UN: One million people have fled Ukraine in a week",
    ["The UN refugee agency said more than one million people had crossed into neighbouring countries since the invasion began.",
     "More than half of them have gone to Poland."],
    "other", "humanitarian", 2, "one-million-refugees", a="Sam Okafor"),
  ]))

SEEDS.append(dict(id="1205", name="1205_euronews-rolling", ext="txt", source="Euronews", zone="Europe/Brussels", render=r_euronews,
  title="Ukraine war live: Starmer signs '100-year partnership' on Kyiv visit",
  lede="All the latest updates on Russia's war in Ukraine.", author="Euronews with agencies", updated="2025-01-16 20:15",
  notes="Euronews-style rolling text page for Thursday 16 Jan 2025; 'Updated: 16/01/2025 - 20:15 CET' and stamp lines 'HH:MM CET' (UTC+1). A 'Key points' list under the byline repeats three update headlines exactly: those entries are key_point true and importance 3. Newest first. Author = byline 'Euronews with agencies' for all entries (as in the team's gold for Euronews).",
  not_entries=["nav lines 'Euronews', 'Europe', 'World', 'Business'", "lede", "byline", "'Updated:' line", "'Share this article'", "'Key points' header and its three bullet lines (they are pointers to entries, not entries)", "'ADVERTISEMENT'", "'You might also like' and related link", "closing share/comments"],
  entries=[
  E("2025-01-16 20:15", "Kremlin says it will study UK-Ukraine pact before judging it",
    ["Kremlin spokesman Dmitry Peskov said Moscow would look closely at the agreement, in particular at any plans for British military facilities in Ukraine.",
     "He said Russia would be concerned by any move that brought NATO infrastructure closer to its borders."],
    "diplomacy", "diplomacy", 2, "kremlin-reacts-uk-ukraine-pact", a="Euronews with agencies"),
  E("2025-01-16 17:40", "Starmer and Zelenskyy sign century-long partnership in Kyiv",
    ["British Prime Minister Keir Starmer and Ukrainian President Volodymyr Zelenskyy signed a 100-year partnership covering defence, energy, science and trade.",
     "Starmer said the UK would play its full part in any future security guarantees for Ukraine."],
    "diplomacy", "diplomacy", 3, "uk-ukraine-100-year-partnership", a="Euronews with agencies", kp=True),
  E("2025-01-16 15:05", "Drones over Kyiv as Starmer visits",
    ["Air-defence units shot down several Russian drones approaching the capital while the British leader was in the city, Kyiv's military administration said.",
     "Explosions were heard in the centre, but no casualties were reported."],
    "strikes", "strikes", 3, "kyiv-drones-during-starmer-visit", a="Euronews with agencies", kp=True),
  E("2025-01-16 12:30", "Seoul says North Korean troops suffer heavy losses in Kursk",
    ["South Korea's intelligence service told lawmakers that around 300 North Korean soldiers had been killed fighting for Russia in the Kursk region.",
     "It said captured troops had been told to take their own lives rather than be taken prisoner."],
    "other", "frontline", 2, "north-korean-losses-kursk", a="Euronews with agencies"),
  E("2025-01-16 10:10", "Ukraine hits fuel depot in Russia's Bryansk region",
    ["Ukraine's general staff said its drones had set fire to a fuel depot that supplies Russian troops in the Bryansk region.",
     "The Bryansk governor said an attack had been repelled but acknowledged a fire at an industrial site."],
    "strikes", "strikes", 3, "bryansk-fuel-depot-strike-2025-01-16", a="Euronews with agencies", kp=True),
  E("2025-01-16 08:25", "Watch: Starmer lays flowers at Kyiv's wall of remembrance",
    [], "diplomacy", "diplomacy", 1, "uk-ukraine-100-year-partnership", a="Euronews with agencies",
    n="Video teaser with no body -> importance 1; same visit as the partnership story, so same slug (as the team gold does for a no-body video entry)."),
  ]))

SEEDS.append(dict(id="1206", name="1206_kyivpost-roundup", ext="txt", source="Kyiv Post", zone="Europe/Kyiv", render=r_kyivpost,
  title="War Roundup, Day 913: Independence Day Swap Brings 115 Defenders Home",
  lede="The main events of the day in Russia's war against Ukraine, in brief.", author="Oksana Hrytsenko", published="2024-08-24 21:40",
  notes="Kyiv Post-style numbered daily roundup for Saturday 24 Aug 2024 (Day 913 counting 24 Feb 2022 as Day 1). Byline and dateline 'August 24, 2024, 9:40 pm' (Kyiv, EEST = UTC+3). Items are numbered '1. ...'; headline = text after the number. No per-item times: stamp null, published = the roundup's dateline (judgement). Author = roundup byline for every item.",
  not_entries=["masthead 'KYIV POST' and tagline", "nav line", "lede", "byline and dateline", "'Share:'", "Telegram promo", "tags line"],
  entries=[
  E("2024-08-24 21:40", "115 Ukrainian defenders return home in UAE-brokered exchange",
    ["Ukraine and Russia each released 115 prisoners of war in a swap mediated by the United Arab Emirates, President Volodymyr Zelensky announced.",
     "Those freed include soldiers and border guards captured in 2022, some of them defenders of Mariupol.",
     "Russia said the soldiers it received had been taken prisoner in the Kursk region."],
    "diplomacy", "diplomacy", 3, "independence-day-prisoner-swap-115", a="Oksana Hrytsenko"),
  E("2024-08-24 21:40", "Zelensky: Kursk operation shows Russia's red lines are an illusion",
    ["In his Independence Day speech, delivered in the Sumy region, Zelensky said Ukraine had returned the war to the country that started it.",
     "He thanked the soldiers fighting inside Russia and asked partners for permission to strike deeper."],
    "other", "politics", 2, "zelensky-independence-day-speech", a="Oksana Hrytsenko"),
  E("2024-08-24 21:40", "Night drone attack on Kyiv region, debris damages houses",
    ["Air defence destroyed more than a dozen Shahed-type drones over the Kyiv region overnight, the regional administration said.",
     "Falling debris damaged two private houses in the Bila Tserkva district; nobody was hurt."],
    "strikes", "strikes", 2, "kyiv-region-drone-attack-2024-08-24", a="Oksana Hrytsenko"),
  E("2024-08-24 21:40", "Families with children told to leave more Pokrovsk-area towns",
    ["Regional authorities in Donetsk oblast ordered the compulsory evacuation of families with children from several more communities near Pokrovsk.",
     "Russian units are advancing along the road from Avdiivka and are now about ten kilometres from the city."],
    "other", "humanitarian", 2, "pokrovsk-evacuation-order", a="Oksana Hrytsenko", sec=["frontline"]),
  E("2024-08-24 21:40", "General staff reports further gains in Kursk region",
    ["Ukrainian forces advanced up to two kilometres in some parts of Russia's Kursk region, commander Oleksandr Syrskyi reported.",
     "Moscow said it had repelled attacks near several villages."],
    "other", "frontline", 2, "kursk-incursion-gains-2024-08-24", a="Oksana Hrytsenko"),
  E("2024-08-24 21:40", "Czech-led initiative: next shell deliveries due in September",
    ["The Czech government said the first batches of artillery ammunition bought through its initiative were arriving and more would follow next month.",
     "The scheme buys shells from outside the EU using funds from several partner countries."],
    "aid", "aid", 2, "czech-ammunition-initiative-deliveries", a="Oksana Hrytsenko"),
  ]))

SEEDS.append(dict(id="1207", name="1207_agency-timeline", ext="html", source="Vantage News Agency", zone="Europe/Warsaw", render=r_timeline,
  title="Timeline: How the deadly blast in a Polish border village unfolded",
  author="Joanna Rydel and Peter Brandt", pubtext="Nov. 16, 2022 6:05 p.m. CET",
  published="2022-11-16 18:05",
  lede="Two men were killed when a missile landed in the village of Przewodów, near Poland's border with Ukraine, during a heavy Russian bombardment of Ukraine. Here is how events developed.",
  tznote="All times are local time in Poland (CET).",
  notes="Agency factbox/timeline in HTML without a table: two <h2> date headings ('Tuesday, Nov. 15', 'Wednesday, Nov. 16') each followed by a <ul> of items '<strong>3:40 p.m.</strong> — text'. Each <li> is one entry with no headline (headline null), one paragraph. Times are Warsaw local (CET, UTC+1); the Nov. 15 11:20 p.m. item is 22:20 UTC Nov 15 and the Nov. 16 2:30 a.m. item is 01:30 UTC Nov 16. Agency name invented (generic wire style). Author = joint byline.",
  not_entries=["masthead and nav", "h1 title", "byline", "date line 'Nov. 16, 2022 6:05 p.m. CET'", "lede paragraph", "time-zone note", "date headings (structure)", "'Related:' line", "copyright line"],
  entries=[
  dict(E("2022-11-15 15:40", None,
    ["An explosion hits a grain-drying yard in Przewodów, a village about six kilometres from the Ukrainian border, killing two farm workers.",],
    "strikes", "strikes", 3, "przewodow-blast", a="Joanna Rydel and Peter Brandt"), day_head="Tuesday, Nov. 15"),
  dict(E("2022-11-15 19:50", None,
    ["Prime Minister Mateusz Morawiecki calls an emergency meeting of the government's committee for national security and defence. A government spokesman urges people not to spread unconfirmed reports."],
    "strikes", "security", 2, "przewodow-blast", a="Joanna Rydel and Peter Brandt",
    n="Official reaction whose main content is the blast -> strikes (LABELS); same event as the blast."), day_head="Tuesday, Nov. 15"),
  dict(E("2022-11-15 23:20", None,
    ["The Polish foreign ministry says a Russian-made missile fell on Polish territory and summons Russia's ambassador for immediate explanations."],
    "diplomacy", "diplomacy", 3, "poland-summons-russian-ambassador", a="Joanna Rydel and Peter Brandt", sec=["strikes"]), day_head="Tuesday, Nov. 15"),
  dict(E("2022-11-16 02:30", None,
    ["After an emergency meeting with G7 and NATO leaders on the sidelines of the G20 in Bali, US President Joe Biden says preliminary information makes it unlikely the missile was fired from Russia."],
    "strikes", "strikes", 3, "biden-missile-unlikely-from-russia", a="Joanna Rydel and Peter Brandt", sec=["diplomacy"],
    n="Claim about the attack -> strikes; separate statement -> own story (judgement: could be merged with the blast)."), day_head="Wednesday, Nov. 16"),
  dict(E("2022-11-16 12:20", None,
    ["President Andrzej Duda says there is no evidence of a deliberate attack on Poland and that the missile was most probably a Ukrainian air-defence round."],
    "strikes", "strikes", 3, "duda-likely-ukrainian-air-defence", a="Joanna Rydel and Peter Brandt"), day_head="Wednesday, Nov. 16"),
  dict(E("2022-11-16 15:30", None,
    ["After a meeting of NATO ambassadors in Brussels, Secretary-General Jens Stoltenberg says Russia bears ultimate responsibility because of its war against Ukraine."],
    "diplomacy", "diplomacy", 3, "nato-ambassadors-przewodow", a="Joanna Rydel and Peter Brandt"), day_head="Wednesday, Nov. 16"),
  ]))

# ================================================================ PART B, day 1: 2024-07-08
D1 = "Day 1 (2024-07-08 UTC): 1210, 1211, 1212, 1213"
SEEDS.append(dict(id="1210", name="1210_saltmarsh-textlive", ext="txt", source="Saltmarsh Daily", zone="Europe/London", render=r_textlive,
  keypoints=True, stampfmt=lambda d: d.strftime("%H:%M") + " BST",
  head=["Saltmarsh Daily", "Home | World | Ukraine | Opinion", "", "Ukraine war live: children's hospital hit as Russia pounds Kyiv in daytime attack",
        "", "Monday 8 July 2024", "", "Our live coverage runs in time order, earliest first. All times BST.", ""],
  foot=["", "This live blog is now closed. Coverage continues tomorrow.", "Back to top"],
  chrome_after={2: "Advertisement"},
  notes="Invented outlet. Text live blog, Monday 8 July 2024, OLDEST FIRST; stamp lines 'HH:MM BST' (UTC+1), headline on the next line, then 'Posted by NAME'. A 'Key Points' block at the top lists three headlines exactly (entries 01, 02, 06: key_point true). Entry 04 repeats entry 01 nearly verbatim (one word changed; duplicate_of 1210-01, importance 1). Entry 03 is a video teaser without body. " + D1,
  not_entries=["masthead and nav line", "page title line", "date line 'Monday 8 July 2024'", "order/time-zone note", "'Key Points' header and its three headline lines", "'Advertisement' after entry 03", "closing note and 'Back to top'"],
  entries=[
  E("2024-07-08 08:20", "Children's hospital in Kyiv hit in daytime missile barrage",
    ["A Russian missile struck Okhmatdyt, Ukraine's largest children's hospital, during a mid-morning attack on Kyiv, officials said.",
     "Photographs from the scene showed a collapsed wing and staff carrying young patients into the street.",
     "President Volodymyr Zelensky said more than 40 missiles of different types had been fired at cities across Ukraine."],
    "strikes", "strikes", 3, "kyiv-childrens-hospital-strike", a="Hannah Corwell", kp=True),
  E("2024-07-08 09:05", "Missile strike kills at least 10 in Kryvyi Rih",
    ["At least ten people were killed when a missile hit an industrial area of Kryvyi Rih, the head of the city's military administration said.",
     "Kryvyi Rih, in central Ukraine, is the president's hometown."],
    "strikes", "strikes", 3, "kryvyi-rih-strike-2024-07-08", a="Hannah Corwell", kp=True,
    n="Same barrage day, different city and target: must NOT merge with the Kyiv hospital story."),
  E("2024-07-08 09:40", "Watch: Volunteers form a human chain to clear hospital rubble",
    [], "strikes", "strikes", 1, "kyiv-childrens-hospital-strike", a="Hannah Corwell",
    n="Video teaser, no body -> importance 1; same event as the hospital strike."),
  E("2024-07-08 11:15", "Kyiv children's hospital hit in daytime missile barrage",
    ["A Russian missile struck Okhmatdyt, Ukraine's largest children's hospital, during a late-morning attack on Kyiv, officials said.",
     "Photographs from the scene showed a collapsed wing and staff carrying young patients into the street.",
     "President Volodymyr Zelensky said more than 40 missiles of different types had been fired at cities across Ukraine."],
    "strikes", "strikes", 1, "kyiv-childrens-hospital-strike", a="Hannah Corwell", dup="1210-01",
    n="Near-verbatim re-post of 1210-01 (headline word order and 'mid-morning' -> 'late-morning' changed; not itself listed under Key Points); importance 1, duplicate_of 1210-01."),
  E("2024-07-08 13:30", "Analysis: Why low-flying cruise missiles keep getting through",
    ["Russia's Kh-101 cruise missiles hug the terrain and change course repeatedly, which makes them hard for radars to track until late.",
     "Ukraine's most capable systems, such as Patriot, are spread thin across the country, forcing commanders to choose which cities to cover."],
    "strikes", "strikes", 2, "analysis-cruise-missiles-air-defence", a="Tom Ebbings",
    n="Theme/analysis piece: own story, not merged with the hospital strike."),
  E("2024-07-08 15:45", "Zelensky and Tusk sign security agreement in Warsaw",
    ["Volodymyr Zelensky and Polish Prime Minister Donald Tusk signed a bilateral security deal during a visit to Warsaw.",
     "The text commits the two sides to examine whether Polish air defences could shoot down Russian missiles heading towards Poland over Ukrainian territory."],
    "diplomacy", "diplomacy", 3, "poland-ukraine-security-agreement", a="Tom Ebbings", kp=True),
  E("2024-07-08 17:10", "Norway announces new money for Ukrainian air defence",
    ["Norway will provide an additional 1.1 billion kroner to help Ukraine buy and repair air-defence systems, the defence ministry in Oslo said.",
     "The announcement was brought forward after the morning's attacks, officials said."],
    "aid", "aid", 3, "norway-air-defence-funding", a="Tom Ebbings",
    n="Carried by 1210 and 1212 -> importance 3. Different donor from Canada (1211): must not merge with canada-drone-package."),
  E("2024-07-08 19:55", "Modi arrives in Moscow for two-day visit",
    ["Indian Prime Minister Narendra Modi landed in Moscow for his first trip to Russia since the invasion of Ukraine.",
     "He is due to hold talks with Vladimir Putin on Tuesday."],
    "diplomacy", "diplomacy", 3, "modi-moscow-visit", a="Tom Ebbings"),
  E("2024-07-08 21:30", "Kyiv toll rises as searchers comb hospital ruins",
    ["City officials said the number of people killed in the capital had risen to at least 27, including children.",
     "Rescuers were still working at the hospital site after nightfall."],
    "strikes", "strikes", 3, "kyiv-childrens-hospital-strike", a="Tom Ebbings"),
  ]))

SEEDS.append(dict(id="1211", name="1211_redfern-ldlive", ext="html", source="Redfern Dispatch", zone="Europe/Kyiv", render=r_htmllive,
  ld="plain", url="https://redfern-dispatch.example/live/ukraine-2024-07-08", timeattr=True, stampfmt=lambda d: d.strftime("%H:%M"),
  title="Russia-Ukraine war: Kyiv children's hospital struck, dozens killed across Ukraine",
  lede="Live updates from our correspondents in Kyiv and Warsaw.", datetext="Monday, 8 July 2024. All times are Kyiv time (EEST).",
  notes="Invented outlet. HTML live blog with schema.org LiveBlogPosting JSON-LD (liveBlogUpdate array; per-update datePublished with +03:00 offsets that agree with the HTML). HTML stamps are 'HH:MM' Kyiv time inside <time datetime>. Newest first. " + D1,
  not_entries=["header links", "standfirst", "date/time-zone line", "'Read more: Our coverage from the previous day' promo", "footer"],
  entries=[
  E("2024-07-08 23:10", "UN Security Council to meet on Tuesday after Ukraine's request",
    ["The Security Council will hold an emergency session on the attacks, diplomats said, after Kyiv asked for a meeting.",
     "Britain, which holds the council's rotating presidency this month, said it supported the request."],
    "diplomacy", "diplomacy", 2, "unsc-emergency-session-request", a="Ilse Varga"),
  E("2024-07-08 21:00", "Poland and Ukraine pact opens door to downing missiles over Ukrainian skies",
    ["Warsaw and Kyiv have agreed to study a mechanism under which Polish jets could intercept Russian missiles fired in Poland's direction while they are still over Ukraine.",
     "The deal was signed by Zelensky and Tusk at the chancellery in Warsaw."],
    "diplomacy", "diplomacy", 3, "poland-ukraine-security-agreement", a="Ilse Varga"),
  E("2024-07-08 18:20", "Canada to send more than 80 drones in new package",
    ["Canada's defence minister Bill Blair said Ottawa would fund and deliver a new batch of surveillance and attack drones to Ukraine.",
     "He made the announcement ahead of this week's NATO summit in Washington."],
    "aid", "aid", 2, "canada-drone-package", a="Ilse Varga",
    n="Aid from a different donor than Norway: must not merge with norway-air-defence-funding."),
  E("2024-07-08 15:45", "Orban meets Xi in Beijing on self-styled peace mission",
    ["Hungarian Prime Minister Viktor Orban held talks with Xi Jinping in Beijing, days after visiting Kyiv and Moscow.",
     "Orban called China a key power in creating the conditions for peace."],
    "diplomacy", "diplomacy", 3, "orban-xi-beijing", a="Ilse Varga"),
  E("2024-07-08 14:05", "Doctors move young patients after strike wrecks hospital ward",
    ["Staff at Okhmatdyt transferred children undergoing dialysis and cancer treatment to other Kyiv clinics after the blast destroyed the toxicology building.",
     "Doctors said some operations had been under way when the missile hit."],
    "other", "humanitarian", 3, "kyiv-childrens-hospital-strike", a="Nadia Sorokolit", sec=["strikes"],
    n="Aftermath of the hospital strike: same event, so same slug (judgement; headline leads with the evacuation of patients, hence other/humanitarian)."),
  E("2024-07-08 12:30", "Missile hits Kryvyi Rih industrial district",
    ["A missile struck an industrial site in Kryvyi Rih on Monday, local officials said, killing several people and wounding dozens.",
     "Emergency teams were putting out fires at the site."],
    "strikes", "strikes", 3, "kryvyi-rih-strike-2024-07-08", a="Nadia Sorokolit"),
  E("2024-07-08 10:40", "Rare daytime Russian barrage hits Kyiv, children's hospital among targets",
    ["Explosions shook Kyiv in a daytime attack that Ukrainian officials said involved cruise and ballistic missiles.",
     "One missile hit the Okhmatdyt children's hospital in the Shevchenkivskyi district, trapping people under rubble."],
    "strikes", "strikes", 3, "kyiv-childrens-hospital-strike", a="Nadia Sorokolit"),
  ]))

SEEDS.append(dict(id="1212", name="1212_larkspur-rss", ext="xml", source="Larkspur News", zone="UTC", render=r_rss,
  title="Larkspur News - Europe", link="https://larkspur-news.example/europe", desc="Europe headlines from Larkspur News",
  fmt=lambda d: d.strftime("%a, %d %b %Y %H:%M:%S GMT"),
  notes="Invented outlet. RSS 2.0 item list, pubDate in GMT; description carries HTML paragraphs inside CDATA; dc:creator is the author. Newest first. " + D1,
  not_entries=["channel title, link, description, lastBuildDate"],
  entries=[
  E("2024-07-08 20:45", "India's Modi lands in Moscow on first visit since the invasion",
    ["Narendra Modi was greeted at the airport by Russia's first deputy prime minister as he began a two-day visit.",
     "Western capitals are watching the trip closely as India keeps buying large volumes of Russian oil."],
    "diplomacy", "diplomacy", 3, "modi-moscow-visit", a="Priya Sandhu"),
  E("2024-07-08 18:30", "Moscow blames Ukrainian interceptor for damage at Kyiv hospital",
    ["Russia's defence ministry denied targeting civilian sites and said the damage at the children's hospital was caused by a Ukrainian air-defence missile.",
     "Ukraine's security service said fragments found at the scene belonged to a Russian Kh-101."],
    "strikes", "strikes", 3, "kyiv-childrens-hospital-strike", a="Owen Pritchard",
    n="Official denial/claim about the attack -> strikes, same story as the attack."),
  E("2024-07-08 14:10", "Kryvyi Rih declares mourning after deadly strike",
    ["The central Ukrainian city declared two days of mourning after a missile killed ten people at an industrial site.",
     "Dozens more were injured."],
    "strikes", "strikes", 3, "kryvyi-rih-strike-2024-07-08", a="Owen Pritchard"),
  E("2024-07-08 11:00", "Norway boosts air-defence funding for Kyiv",
    ["Oslo pledged 1.1 billion Norwegian kroner for air defence, saying Monday's attacks showed the need was urgent.",
     "The money will go into a fund that buys spare parts and missiles for systems already in Ukraine."],
    "aid", "aid", 3, "norway-air-defence-funding", a="Priya Sandhu"),
  E("2024-07-08 08:15", "Children's hospital in Kyiv hit as Russia fires dozens of missiles",
    ["A Russian attack on Kyiv on Monday morning damaged the country's main children's hospital, according to the city's mayor.",
     "Vitali Klitschko said people were trapped under the rubble and several districts were hit."],
    "strikes", "strikes", 3, "kyiv-childrens-hospital-strike", a="Owen Pritchard"),
  ]))

SEEDS.append(dict(id="1213", name="1213_whitecliff-article", ext="txt", source="Whitecliff Journal", zone="Europe/London", render=r_textarticle,
  head=["Whitecliff Journal", "World | Europe", "", "Fury in Kyiv after missile hits children's hospital on day of nationwide strikes", "",
        "By Gwen Ashdown", "8 July 2024, 16:20 BST", "", "Share on social media", ""],
  foot=["Related topics", "Russia-Ukraine war", "Air defence", "More from Whitecliff Journal"],
  notes="Invented outlet. Single article text with three section headings; per the team's convention each section is one entry (headline = section heading), stamp null, published = the article's dateline '8 July 2024, 16:20 BST' (15:20 UTC). The article title line is page_title, not an entry. " + D1,
  not_entries=["masthead and section nav", "article title line", "byline", "dateline", "share line", "'Related topics' footer and tags", "'More from Whitecliff Journal'"],
  entries=[
  E("2024-07-08 16:20", "A hospital under fire",
    ["Parents clutching children wrapped in blankets waited outside Okhmatdyt hospital on Monday as rescuers pulled concrete slabs off the toxicology wing.",
     "The hospital treats seriously ill children from across Ukraine, and officials said two adults were killed there.",
     "The attack was part of a wave of missile strikes that Ukrainian officials described as one of the largest in months."],
    "strikes", "strikes", 3, "kyiv-childrens-hospital-strike", a="Gwen Ashdown"),
  E("2024-07-08 16:20", "Deaths in Kryvyi Rih",
    ["Hours later, the toll in Kryvyi Rih reached ten after a missile struck an industrial plant there.",
     "Local officials said more than 30 people were wounded."],
    "strikes", "strikes", 3, "kryvyi-rih-strike-2024-07-08", a="Gwen Ashdown"),
  E("2024-07-08 16:20", "A plea before Washington",
    ["Zelensky said he would press allies for more Patriot systems at this week's NATO summit in Washington.",
     "He said Ukraine needed at least seven more batteries to protect its cities."],
    "aid", "aid", 2, "zelensky-patriot-plea-before-nato-summit", a="Gwen Ashdown", sec=["diplomacy"]),
  ]))

# ================================================================ PART B, day 2: 2025-05-16
D2 = "Day 2 (2025-05-16 UTC): 1216, 1217, 1218, 1219"
SEEDS.append(dict(id="1216", name="1216_brightwater-worldatom", ext="xml", source="Brightwater World Service", zone="UTC", render=r_atom, zulu=True,
  title="Brightwater World Service - Top stories", link="https://brightwater-world.example/news", tag="brightwater-world.example", updated="2025-05-16 19:20",
  notes="Invented outlet. GENERAL world-news Atom feed (times in Z = UTC) where the war is a minority: 4 of 7 items are off-beat, chosen to be tricky (another war's air strikes, an earthquake that 'strikes', flood aid elsewhere, a trade ministers' meeting). Newest first. " + D2,
  not_entries=["feed title, link, id, updated"],
  entries=[
  E("2025-05-16 19:20", "Israeli air strikes hit two Yemeni ports",
    ["Israel's military said its jets struck the ports of Hodeidah and Salif, which it said were used by the Houthi movement to bring in weapons.",
     "Houthi-run media reported damage at both ports but gave no casualty figures."],
    **OFF, st="israel-strikes-yemen-ports", a="Brightwater World Service",
    n="off-beat: air strikes in a different war (Israel-Houthis); not the Russia-Ukraine war despite the word 'strikes'."),
  E("2025-05-16 17:05", "Russia and Ukraine hold first direct talks in three years, agree on prisoner swap",
    ["Delegations from Moscow and Kyiv met face to face in Istanbul for the first time since the spring of 2022 and agreed to exchange a thousand prisoners each.",
     "The meeting lasted less than two hours and ended without agreement on a ceasefire."],
    "diplomacy", "diplomacy", 3, "istanbul-direct-talks", a="Brightwater World Service"),
  E("2025-05-16 15:40", "Magnitude 6.1 earthquake strikes off northern Chile",
    ["A strong earthquake struck off the coast near Antofagasta, the national seismology centre said, but there were no early reports of damage.",
     "Authorities did not issue a tsunami warning."],
    **OFF, st="chile-earthquake-2025-05-16", a="Brightwater World Service",
    n="off-beat: invented natural-disaster item; 'strikes' here is an earthquake, not an attack."),
  E("2025-05-16 13:15", "EU releases emergency flood aid for East Africa",
    ["The European Commission said it would send 4 million euros in humanitarian aid to help families displaced by floods in Kenya and Somalia.",
     "Heavy rain has destroyed crops and homes across the region."],
    **OFF, st="eu-flood-aid-east-africa", a="Brightwater World Service",
    n="off-beat: invented humanitarian aid item unrelated to the war (would look like 'aid' to a keyword classifier)."),
  E("2025-05-16 11:30", "Asia-Pacific trade ministers end Jeju meeting with supply-chain pledge",
    ["Trade ministers from APEC economies closed their meeting on the South Korean island of Jeju with a statement on resilient supply chains.",
     "Tariff disputes dominated the talks on the sidelines."],
    **OFF, st="apec-trade-ministers-jeju", a="Brightwater World Service",
    n="off-beat: trade summit unrelated to the war (would look like 'diplomacy')."),
  E("2025-05-16 09:50", "Zelensky arrives in Tirana for European leaders' gathering",
    ["Ukraine's president arrived in the Albanian capital for a summit of the European Political Community, where the Istanbul talks were expected to dominate.",
     "He said he would discuss pressure on Moscow with European leaders."],
    "diplomacy", "diplomacy", 3, "epc-summit-tirana", a="Brightwater World Service"),
  E("2025-05-16 08:10", "Drone hits minibus in Kherson, wounding five",
    ["A Russian drone struck a minibus in the southern city of Kherson, injuring the driver and four passengers, the regional governor said.",
     "Kherson is shelled almost daily from the opposite bank of the Dnipro river."],
    "strikes", "strikes", 3, "kherson-minibus-drone-strike", a="Brightwater World Service"),
  ]))

SEEDS.append(dict(id="1217", name="1217_thornbury-textlive", ext="txt", source="Thornbury Times", zone="Europe/Kyiv", render=r_textlive,
  keypoints=True, stampfmt=lambda d: d.strftime("%H:%M"),
  head=["THORNBURY TIMES", "", "LIVE: Russian and Ukrainian delegations meet in Istanbul", "", "Friday 16 May 2025", "All times are Kyiv time (EEST, GMT+3)", ""],
  foot=["", "Read our earlier coverage", "Sign up to our morning briefing"],
  chrome_after={4: "Advertisement", 6: "Loading more updates..."},
  notes="Invented outlet. Text live blog, newest first, bare 'HH:MM' stamps in Kyiv time (stated once as EEST, GMT+3); headline line follows the stamp, then 'Posted by NAME'. Key Points block lists three headlines exactly (entries 02, 03, 06). Entry 09 is a video teaser with no body. Stamps range 08:10-22:40 Kyiv = 05:10-19:40 UTC, all 16 May UTC. " + D2,
  not_entries=["masthead", "page title line", "date line and time-zone note", "'Key Points' header and its three lines", "'Advertisement'", "'Loading more updates...'", "'Read our earlier coverage'", "newsletter promo"],
  entries=[
  E("2025-05-16 22:40", "Zelensky: next step must be a meeting of leaders",
    ["Speaking in his evening address, Zelensky said Ukraine was ready for a meeting with Putin and that the swap agreed in Istanbul must happen quickly.",
     "He called for strong sanctions if Moscow refused a full ceasefire."],
    "diplomacy", "diplomacy", 3, "istanbul-direct-talks", a="Mykola Derkach",
    n="Reaction to the talks; kept in the talks story (judgement, as the team gold keeps reactions with the event)."),
  E("2025-05-16 20:15", "Prisoner swap of 1,000 each agreed in Istanbul, Umerov says",
    ["Defence Minister Rustem Umerov, who led Ukraine's delegation, said the two sides had agreed the largest exchange of prisoners of the war.",
     "He said Kyiv had also proposed a ceasefire and a meeting of the two presidents."],
    "diplomacy", "diplomacy", 3, "istanbul-direct-talks", a="Mykola Derkach", kp=True),
  E("2025-05-16 18:30", "Odesa: missile strike damages port infrastructure",
    ["A Russian missile hit port facilities in the Odesa region in the afternoon, injuring two workers, the regional governor said.",
     "A grain warehouse caught fire."],
    "strikes", "strikes", 3, "odesa-port-strike-2025-05-16", a="Alina Tkach", kp=True,
    n="Different city from the Kherson drone strike: must not merge."),
  E("2025-05-16 16:45", "Istanbul talks end after less than two hours",
    ["The direct negotiations at Dolmabahce Palace ended in the early afternoon, Turkish officials said.",
     "A Ukrainian source described Russia's demands as unacceptable, including a call for Kyiv to withdraw from regions it still controls."],
    "diplomacy", "diplomacy", 3, "istanbul-direct-talks", a="Mykola Derkach"),
  E("2025-05-16 14:20", "Lithuania to pay for artillery shells for Ukraine",
    ["Lithuania's defence ministry said it would finance a new batch of 155mm shells for Ukraine worth 30 million euros.",
     "The ammunition will be bought from European manufacturers."],
    "aid", "aid", 2, "lithuania-ammunition-funding", a="Alina Tkach",
    n="Different donor from Japan (1218): must not merge with japan-energy-loan."),
  E("2025-05-16 12:05", "Zelensky in Tirana: Putin must be pushed into a ceasefire",
    ["Addressing European leaders in Albania, Zelensky said Russia had sent a low-level delegation to Istanbul because Putin was not serious.",
     "He urged the EU to prepare a new sanctions package."],
    "diplomacy", "diplomacy", 3, "epc-summit-tirana", a="Alina Tkach", kp=True),
  E("2025-05-16 10:30", "Kherson: drone hits minibus, five wounded",
    ["Five people were hurt when a drone dropped explosives on a passenger minibus in Kherson, according to the regional military administration.",
     "Two of them are in serious condition."],
    "strikes", "strikes", 3, "kherson-minibus-drone-strike", a="Alina Tkach"),
  E("2025-05-16 09:00", "Explainer: Who is sitting at the table in Istanbul",
    ["Russia's team is led by presidential aide Vladimir Medinsky, who also headed Moscow's delegation in 2022.",
     "Ukraine sent Defence Minister Rustem Umerov with military intelligence and foreign ministry officials."],
    "diplomacy", "diplomacy", 2, "istanbul-delegations-explainer", a="Mykola Derkach",
    n="Explainer/theme piece: own story, not merged with the talks."),
  E("2025-05-16 08:10", "Watch: Delegations arrive at Dolmabahce Palace",
    [], "diplomacy", "diplomacy", 1, "istanbul-direct-talks", a="Mykola Derkach",
    n="Video teaser without body -> importance 1 (story slug of the talks)."),
  ]))

SEEDS.append(dict(id="1218", name="1218_pinecrest-htmllive", ext="html", source="Pinecrest Review", zone="Europe/London", render=r_htmllive,
  ld=None, url="https://pinecrest-review.example/world/live-istanbul", stampfmt=lambda d: h12(d, sep=".") + " BST",
  title="Ukraine-Russia talks live: first face-to-face meeting since 2022",
  lede="The latest from Istanbul and across Ukraine.", datetext="Last updated Friday 16 May 2025",
  notes="Invented outlet. HTML live blog WITHOUT JSON-LD; stamps '7.30pm BST' in <span class=post-time> (UK time, UTC+1), newest first; date only in 'Last updated Friday 16 May 2025'. " + D2,
  not_entries=["header links", "standfirst", "'Last updated' line", "'Read more: Our coverage from the previous day' promo", "footer"],
  entries=[
  E("2025-05-16 19:30", "Japan approves loan for Ukrainian energy repairs",
    ["Tokyo agreed to lend Ukraine the equivalent of 300 million dollars to rebuild power plants and substations damaged by Russian attacks.",
     "The loan will be repaid from proceeds of frozen Russian assets."],
    "aid", "aid", 2, "japan-energy-loan", a="Rosa Kendrick"),
  E("2025-05-16 17:50", "Odesa port hit by Russian missile",
    ["Russian forces struck port infrastructure near Odesa on Friday, wounding two people and starting a fire in a warehouse, Ukrainian officials said."],
    "strikes", "strikes", 3, "odesa-port-strike-2025-05-16", a="Rosa Kendrick"),
  E("2025-05-16 15:45", "Medinsky says Moscow is satisfied with the outcome",
    ["The head of Russia's delegation told reporters that Moscow was satisfied with the meeting and ready to continue contacts.",
     "He said each side would set out its vision of a possible ceasefire in detail."],
    "diplomacy", "diplomacy", 3, "istanbul-direct-talks", a="Felix Audley"),
  E("2025-05-16 11:45", "Face-to-face talks open in Istanbul with Turkey's Fidan as host",
    ["Turkish Foreign Minister Hakan Fidan opened the meeting by telling both delegations that the whole world was watching.",
     "The session began shortly after 1.30pm local time."],
    "diplomacy", "diplomacy", 3, "istanbul-direct-talks", a="Felix Audley"),
  E("2025-05-16 11:25", "European leaders phone Trump from Tirana",
    ["Emmanuel Macron, Friedrich Merz, Keir Starmer and Donald Tusk spoke to Donald Trump together from the summit in Albania, the French presidency said.",
     "They discussed Russia's response to the offer of an unconditional ceasefire."],
    "diplomacy", "diplomacy", 3, "european-leaders-call-trump-tirana", a="Felix Audley",
    n="A separate event at the Tirana summit (a joint call to Trump): own story, not merged with epc-summit-tirana (judgement)."),
  ]))

SEEDS.append(dict(id="1219", name="1219_oakhollow-article", ext="html", source="Oakhollow Report", zone="Europe/London", render=r_htmlarticle,
  title="Russia and Ukraine agree to trade 1,000 prisoners each after first direct talks since 2022",
  author="Beatrix Lund", published="2025-05-16 18:20", datetext="16 May 2025, 18:20 BST",
  notes="Invented outlet. Single HTML article with NewsArticle JSON-LD; no section headings, so the whole article is ONE entry (headline = title, stamp = printed dateline, published = dateline 18:20 BST = 17:20 UTC). " + D2,
  not_entries=["header", "byline", "dateline", "'More on this story' aside", "footer"],
  entries=[
  E("2025-05-16 18:20", "Russia and Ukraine agree to trade 1,000 prisoners each after first direct talks since 2022",
    ["Negotiators for Russia and Ukraine agreed in Istanbul on Friday to swap a thousand prisoners of war apiece, the only concrete result of a brief first round of direct talks.",
     "The Ukrainian delegation pressed for an immediate ceasefire, while the Russian side put forward conditions Kyiv said it could not accept.",
     "Turkey, which hosted the meeting, said both sides had agreed to meet again."],
    "diplomacy", "diplomacy", 3, "istanbul-direct-talks", a="Beatrix Lund"),
  ]))

# ================================================================ PART B, day 3: 2025-04-24
D3 = "Day 3 (2025-04-24 UTC): 1222, 1223, 1224"
SEEDS.append(dict(id="1222", name="1222_hollybank-rss", ext="xml", source="Hollybank Times", zone="Europe/Kyiv", render=r_rss,
  title="Hollybank Times: Ukraine", link="https://hollybank-times.example/ukraine", desc="Ukraine coverage from Hollybank Times",
  fmt=lambda d: d.strftime("%a, %d %b %Y %H:%M:%S %z"),
  notes="Invented outlet. RSS 2.0 with pubDate in Kyiv offset '+0300'; newest first; all pubDates 07:20-21:40 +0300 = 04:20-18:40 UTC on 24 April. " + D3,
  not_entries=["channel title, link, description, lastBuildDate"],
  entries=[
  E("2025-04-24 21:40", "Trump tells Putin to stop after deadly Kyiv strike",
    ["US President Donald Trump wrote on social media that he was not happy with the Russian strikes on Kyiv, calling them unnecessary and badly timed.",
     "He addressed the Russian leader directly, urging him to stop while a peace deal was within reach."],
    "diplomacy", "diplomacy", 3, "trump-rebukes-putin-kyiv-strike", a="Lena Marsh", sec=["strikes"],
    n="Reaction aimed at Putin and the peace push -> diplomacy with strikes secondary; separate statement, so own story (not merged with the barrage)."),
  E("2025-04-24 17:05", "Netherlands pledges radar systems to protect Ukrainian cities",
    ["The Dutch defence ministry said it would deliver additional air-surveillance radars and drone-detection equipment worth 200 million euros.",
     "Deliveries are due to begin this summer."],
    "aid", "aid", 3, "netherlands-radar-package", a="Lena Marsh",
    n="Carried by 1222 and 1224 -> importance 3. Different donor from Sweden (1223): must not merge."),
  E("2025-04-24 13:30", "Zelensky cuts short South Africa visit after Kyiv strike",
    ["Volodymyr Zelensky said he would return home after talks with President Cyril Ramaphosa in Pretoria rather than continue his programme.",
     "Ramaphosa said he had spoken to Trump about the war and supported efforts to end it."],
    "diplomacy", "diplomacy", 3, "zelensky-south-africa-visit", a="Joel Ferrand"),
  E("2025-04-24 10:15", "Kyiv death toll reaches 12 after overnight missile and drone barrage",
    ["At least 12 people were killed and about 90 injured when Russia fired missiles and drones at the capital during the night, emergency services said.",
     "Several residential buildings in the Sviatoshynskyi district were partly destroyed."],
    "strikes", "strikes", 3, "kyiv-overnight-barrage-2025-04-24", a="Joel Ferrand"),
  E("2025-04-24 07:20", "Explainer: What we know about the North Korean KN-23",
    ["The KN-23 is a short-range ballistic missile that Ukraine says Russia has been receiving from Pyongyang since late 2023.",
     "Ukrainian officials say its accuracy has improved since the first launches, though it remains less reliable than Russia's own Iskander."],
    "strikes", "strikes", 2, "kn-23-missile-explainer", a="Joel Ferrand", sec=["aid"],
    n="Explainer/theme piece: own story, not merged with the barrage even though the barrage involved this missile."),
  ]))

SEEDS.append(dict(id="1223", name="1223_seabright-graphlive", ext="html", source="Seabright Live", zone="UTC", render=r_htmllive,
  ld="graph", url="https://seabright.example/live/ukraine-24-april-2025", timeattr=False, stampfmt=lambda d: d.strftime("%H:%M") + " GMT",
  title="Ukraine war latest: Kyiv hit by deadliest attack in months",
  lede="Rolling coverage of Russia's war in Ukraine.", datetext="Thursday 24 April 2025",
  notes="Invented outlet. HTML live blog; JSON-LD uses @graph and a @type ARRAY ['NewsArticle','LiveBlogPosting'] with liveBlogUpdate per post (datePublished in +00:00). HTML stamps 'HH:MM GMT' (=UTC) in plain spans. Newest first. Entry 07 is a photo teaser with no body (its articleBody in JSON-LD is empty). " + D3,
  not_entries=["header links", "standfirst", "date line", "'Read more: Our coverage from the previous day' promo", "footer"],
  entries=[
  E("2025-04-24 20:30", "Trump posts rare criticism of Putin over Kyiv deaths",
    ["In a post on his social network, the US president said the attack on Kyiv was not necessary and came at a very bad time.",
     "He said too many soldiers were dying every week and called for a deal to be completed."],
    "diplomacy", "diplomacy", 3, "trump-rebukes-putin-kyiv-strike", a="Callum Reyes", sec=["strikes"]),
  E("2025-04-24 16:10", "Drone attack on Zaporizhzhia damages apartment blocks",
    ["Russian drones hit residential buildings in Zaporizhzhia in the afternoon, regional governor Ivan Fedorov said.",
     "Windows were blown out in several blocks and a car park caught fire."],
    "strikes", "strikes", 3, "zaporizhzhia-drone-attack-2025-04-24", a="Callum Reyes",
    n="Different city and different attack from the Kyiv overnight barrage: must not merge."),
  E("2025-04-24 13:45", "Sweden unveils support package focused on drones",
    ["Sweden's government said it would give Ukraine about 150 million dollars for long-range drones and electronic warfare equipment.",
     "Part of the money will fund production inside Ukraine."],
    "aid", "aid", 2, "sweden-drone-package", a="Callum Reyes"),
  E("2025-04-24 11:20", "Zelensky says North Korean missile used against Kyiv",
    ["Zelensky said preliminary information showed that Russia used a North Korean ballistic missile in the overnight attack on the capital.",
     "He said if confirmed it would be further evidence of cooperation between Moscow and Pyongyang."],
    "strikes", "strikes", 3, "kyiv-overnight-barrage-2025-04-24", a="Ayla Brennan",
    n="Claim about the attack (weapon used) -> strikes, same story as the barrage."),
  E("2025-04-24 09:40", "Ukraine says Russian assaults near Pokrovsk repelled",
    ["Ukrainian forces fought off dozens of attacks on the Pokrovsk front over the past day, the general staff said.",
     "Russia claimed to have taken a village further north."],
    "other", "frontline", 2, "pokrovsk-front-2025-04-24", a="Ayla Brennan"),
  E("2025-04-24 07:05", "Rescuers pull survivors from Kyiv apartment block after night of explosions",
    ["Emergency crews worked through the morning to free people trapped in a collapsed building in western Kyiv.",
     "Residents said the explosions began shortly after 1am."],
    "strikes", "strikes", 3, "kyiv-overnight-barrage-2025-04-24", a="Ayla Brennan"),
  E("2025-04-24 06:10", "Photos: Kyiv's Sviatoshynskyi district after the attack",
    [], "strikes", "strikes", 1, "kyiv-overnight-barrage-2025-04-24", a="Ayla Brennan",
    n="Photo teaser with no body -> importance 1."),
  ]))

SEEDS.append(dict(id="1224", name="1224_elmstead-textlive", ext="txt", source="Elmstead Journal", zone="Europe/London", render=r_textlive,
  keypoints=True, stampfmt=lambda d: h12(d, sep="."),
  head=["Elmstead Journal", "", "Russia-Ukraine war live: Kyiv mourns after overnight attack", "", "Thursday 24 April 2025 - times are BST", "", "Summary", "Russia launched one of its heaviest attacks on the capital this year overnight.", ""],
  foot=["", "That's all from us today. Thanks for reading."],
  chrome_after={1: "Advertisement"},
  notes="Invented outlet. Text live blog, newest first, stamps like '9.50pm' (BST, UTC+1; zone stated in the date line). A 'Summary' lede and a 'Key Points' block (three exact headlines: entries 02, 04, 05) come before the posts. " + D3,
  not_entries=["masthead", "page title line", "date/time-zone line", "'Summary' heading and its one-line lede", "'Key Points' header and its three lines", "'Advertisement'", "closing line"],
  entries=[
  E("2025-04-24 21:50", "Kremlin says it hit military-industrial targets in Kyiv",
    ["Russia's defence ministry said its forces had struck enterprises of Ukraine's defence industry with precision weapons overnight.",
     "Ukrainian officials said the missiles hit apartment blocks and a garage cooperative."],
    "strikes", "strikes", 3, "kyiv-overnight-barrage-2025-04-24", a="Ruth Halloway"),
  E("2025-04-24 19:15", "Zaporizhzhia governor says two injured in drone attack",
    ["Two people were hurt when drones struck apartment buildings in Zaporizhzhia, the regional administration said.",
     "Both were taken to hospital with shrapnel wounds."],
    "strikes", "strikes", 3, "zaporizhzhia-drone-attack-2025-04-24", a="Ruth Halloway", kp=True),
  E("2025-04-24 16:40", "Dutch to send more radars and drone detectors",
    ["The Netherlands will supply Ukraine with additional radars to spot incoming drones and missiles, Defence Minister Ruben Brekelmans said.",
     "He put the value of the package at 200 million euros."],
    "aid", "aid", 3, "netherlands-radar-package", a="Ruth Halloway"),
  E("2025-04-24 13:05", "Zelensky leaves Pretoria after meeting Ramaphosa",
    ["The Ukrainian president flew home after a shortened visit to South Africa, where he and Cyril Ramaphosa discussed a path to peace.",
     "Zelensky said Ukraine had accepted an unconditional ceasefire and it was Russia's turn."],
    "diplomacy", "diplomacy", 3, "zelensky-south-africa-visit", a="Ravi Pannell", kp=True),
  E("2025-04-24 11:30", "Kyiv: 12 dead, about 90 injured in deadliest attack on capital in months",
    ["Russia fired at least 66 missiles and more than 140 drones across Ukraine overnight, with Kyiv the main target, the air force said.",
     "Twelve people were killed in the capital, officials said."],
    "strikes", "strikes", 3, "kyiv-overnight-barrage-2025-04-24", a="Ravi Pannell", kp=True),
  E("2025-04-24 09:20", "Analysis: Kyiv's air defences stretched as Patriot stocks run low",
    ["Ukraine's stock of interceptors for its Patriot batteries is running down faster than allies can replace them, officials and analysts say.",
     "Ballistic missiles such as the Iskander and the KN-23 can only be reliably stopped by a handful of systems."],
    "aid", "aid", 2, "analysis-patriot-interceptor-shortage", a="Ravi Pannell", sec=["strikes"],
    n="Analysis/theme piece on air-defence ammunition stocks: LABELS puts 'stocks of air-defence ammunition' under aid; own story."),
  E("2025-04-24 08:30", "Russia claims capture of village in Donetsk region",
    ["Russia's defence ministry said its troops had taken a village near Kostiantynivka.",
     "Ukraine did not confirm the claim."],
    "other", "frontline", 2, "russia-claims-village-donetsk-2025-04-24", a="Ravi Pannell"),
  ]))

# ================================================================ emit
PAGE_TITLE = {"1210": 3, "1217": 2, "1224": 2, "1213": 3}
BASIS = {
  "r_scmp": "stamp '{s}' (12-hour, dot separator) on the page's date {d} (Published/Updated lines), HKT = UTC+8",
  "r_cna": "stamp '{s}' on the page's date {d} (Published/Updated lines), SGT = UTC+8",
  "r_atom": "<published> '{s}' (explicit offset)",
  "r_economist": "no per-item time; the briefing dateline ({d} 18:00 BST) used for every item",
  "r_bi": "stamp '{s}'; relative stamps resolved against the printed 'Updated Mar 3, 2022, 2:10 PM EST'; EST = UTC-5",
  "r_euronews": "stamp '{s}' on the page's date {d} (Updated line), CET = UTC+1",
  "r_kyivpost": "no per-item time; roundup dateline (August 24, 2024, 9:40 pm, Kyiv EEST = UTC+3) used for every item",
  "r_timeline": "stamp '{s}' under the date heading for {d}; Warsaw CET = UTC+1 (page note)",
  "r_textlive": "stamp '{s}' on the page's date line {d}; zone {z}",
  "r_htmllive": "stamp '{s}' on the page's date {d}; zone {z} (per page note / JSON-LD)",
  "r_rss": "pubDate '{s}' (explicit offset)",
  "r_textarticle": "no per-section time; article dateline used for every section",
  "r_htmlarticle": "article dateline '{s}' (= JSON-LD datePublished)",
}

def strip(text):
    t = re.sub(r"<[^>]+>", " ", text)
    return html.unescape(t)

def main():
    for S in SEEDS:
        text, stamps = S["render"](S)
        fn = f"{S['name']}.{S['ext']}"
        open(os.path.join(ROOT, "seeds", fn), "w", encoding="utf-8").write(text)
        if S["id"] in PAGE_TITLE:
            pt = S["head"][PAGE_TITLE[S["id"]]]
        else:
            pt = S["title"]
        ents = []
        for i, e in enumerate(S["entries"]):
            d = dt(e["t"], S["zone"]); u = d.astimezone(UTC)
            rname = S["render"].__name__
            basis = BASIS[rname].format(s=stamps[i], d=d.strftime("%Y-%m-%d"), z=S["zone"])
            g = {"id": f"{S['id']}-{i+1:02d}", "headline": e["h"], "stamp": stamps[i],
                 "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                 "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                 "published_basis": basis, "author": e["a"],
                 "first_sentence": first_sentence(e["p"][0]) if e["p"] else None,
                 "body_paragraphs": (1 if rname == "r_timeline" else len(e["p"])),
                 "topic": e["top"], "subtopic": e["sub"], "secondary_topics": e["sec"],
                 "importance": e["imp"], "key_point": e["kp"], "duplicate_of": e["dup"], "story": e["st"]}
            if e["n"]: g["notes"] = e["n"]
            ents.append(g)
        gold = {"seed": fn, "source": S["source"], "page_title": pt, "page_timezone": S["zone"],
                "notes": S["notes"], "entries": ents, "not_entries": S["not_entries"]}
        json.dump(gold, open(os.path.join(ROOT, "gold", S["name"] + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=2)
        print(fn, len(ents))

if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Builds eval/m seeds and gold from the data table below (all news text invented or paraphrased).
Deterministic; standard library only. Run: python3 eval/m/tools/build.py"""
import json, html, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")

def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=None, rel=None, date=None):
    return dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n, rel=rel, date=date)

def OFF(t, h, p, st, a=None, n="off-beat: not about the war"):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n=n)

def first_sentence(par):
    m = re.search(r'[.!?]["\u201d\u2019]?(?=\s+[A-Z"\u201c\u2018]|$)', par)
    return par[:m.end()] if m else par

esc = lambda s: html.escape(s, quote=False)

def when(S, e):
    return datetime.strptime((e["date"] or S["date"]) + " " + e["t"], "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(S["zone"]))

def ampm(d, dots=False, upper=False, sep=":", space=""):
    suf = ("a.m." if d.hour < 12 else "p.m.") if dots else ("am" if d.hour < 12 else "pm")
    if upper: suf = suf.upper()
    return f"{d.hour % 12 or 12}{sep}{d.minute:02d}{space}{suf}"

def paras(e):
    return sum([[p, ""] for p in e["p"]], [])

# ------------------------------------------------------------------ renderers (one per layout)
def r_metro(S):
    upd = datetime.strptime(S["updated"], "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(S["zone"]))
    pub = datetime.strptime(S["published"], "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(S["zone"]))
    L = ["Skip to content", "Metro", "News  Sport  Entertainment  Soaps  Lifestyle  Money  Trending", "",
         "We use cookies to personalise content and ads. Manage preferences | Accept all", "", "News › World", "",
         S["title"], "", S["author"],
         f"Published {pub.strftime('%b %-d, %Y')}, {ampm(pub)} | Updated {upd.strftime('%b %-d, %Y')}, {ampm(upd)}", "",
         "Share this with", "Facebook", "Twitter", "WhatsApp", "Email", "Copy link", "Comments", "", S["lede"], "",
         "Follow our live coverage below.", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = when(S, e)
        if e["rel"]:
            num, unit = e["rel"].split()[:2]
            delta = timedelta(minutes=int(num)) if unit.startswith("min") else timedelta(hours=int(num))
            assert upd - d == delta, (e["rel"], d)
            st = e["rel"]
        else:
            st = ampm(d)
        stamps.append(st)
        L += [st, e["h"], ""] + paras(e)
        if i == 1: L += ["Advertisement", "", "MORE : What is the Kharkiv counteroffensive and how far has it got?", ""]
        if i == 4: L += ["Get in touch with our news team by emailing us at webnews@metro.co.uk.", ""]
    L += ["Get your need-to-know latest news, feel-good stories, analysis and more by signing up to Metro's News Updates newsletter", "",
          "MORE : Inside the liberated towns of north-east Ukraine", "", "Comment now", "Privacy Policy  Terms  Cookie settings"]
    return "\n".join(L) + "\n", stamps

def r_huffpost(S):
    z = S["zone"]; pub = datetime.strptime(S["published"], "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(z))
    ups = []
    for e in S["entries"]:
        d = when(S, e)
        u = {"@type": "BlogPosting", "headline": e["h"], "datePublished": d.isoformat(),
             "articleBody": " ".join(e["p"])}
        if e["a"]: u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": S["title"],
          "datePublished": pub.isoformat(), "coverageStartTime": pub.isoformat(),
          "publisher": {"@type": "Organization", "name": "HuffPost"}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">', f"<title>{esc(S['title'])} | HuffPost Latest News</title>",
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script></head><body>",
           '<header class="masthead"><a href="/">HuffPost</a><nav><a href="/news">News</a> <a href="/politics">U.S. News</a> <a href="/world-news">World News</a> <a href="/entertainment">Entertainment</a></nav><a class="support" href="/support">Support HuffPost</a></header>',
           '<main><div class="top-header"><a class="label" href="/news/topic/russia-ukraine">WORLD NEWS</a>',
           f'<h1 class="headline">{esc(S["title"])}</h1>', f'<div class="dek">{esc(S["lede"])}</div>',
           f'<div class="timestamp">{pub.strftime("%b %-d, %Y, %I:%M %p")} EDT</div></div>',
           '<div class="cli-live-blog">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = when(S, e); st = d.strftime("%-I:%M %p") + " EDT"; stamps.append(st)
        out.append('<div class="live-blog-post">')
        out.append(f'<div class="live-blog-post__timestamp">{st}</div>')
        out.append(f'<h2 class="live-blog-post__headline">{esc(e["h"])}</h2>')
        for p in e["p"]: out.append(f"<p>{esc(p)}</p>")
        if e["a"]: out.append(f'<div class="live-blog-post__byline">{esc(e["a"])}</div>')
        out.append('<div class="share">Share this post</div></div>')
        if i == 2: out.append('<div class="ad-unit">Advertisement</div><div class="support-cta">Support HuffPost. At HuffPost, we believe that everyone needs high-quality journalism.</div>')
    out.append('</div><div class="related"><h3>Related</h3><a href="/r1">What We Know About The Bucha Killings</a></div></main><footer>&copy;2022 BuzzFeed, Inc. All rights reserved.</footer></body></html>')
    return "\n".join(out) + "\n", stamps

def r_nzherald(S):
    L = ["NZ Herald", "Latest  News  Business  Sport  World  Opinion", "Subscribe", "", "World", "", S["title"], "",
         S["lede"], "", "By " + S["author"], "", "Share", "", "Key events", ""]
    L += [e["h"] for e in S["entries"] if e["kp"]] + ["", S["dateline"], "All times NZT", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = when(S, e); st = ampm(d); stamps.append(st)
        L += [st, e["h"], ""] + paras(e)
        if i == 2: L += ["Advertisement", "Advertise with NZME.", ""]
    L += ["Latest from World", "Pacific leaders meet in Suva as climate financing tops agenda", "", "Sign up to The Daily H, a free newsletter curated by our editors", "", "© Copyright 2023 NZME Publishing Limited"]
    return "\n".join(L) + "\n", stamps

def r_gulfnews(S):
    out = ['<!DOCTYPE html><html><head><meta charset="utf-8"><title>' + esc(S["title"]) + " | Gulf News</title></head><body>",
           '<div class="top-bar">Dubai  <span>UAE Prayer Times</span> <span>Weather</span></div>',
           '<header><a href="/">Gulf News</a><nav><a href="/uae">UAE</a> <a href="/world">World</a> <a href="/business">Business</a> <a href="/sport">Sport</a></nav></header>',
           '<article><div class="breadcrumb">World / Europe</div>', f"<h1>{esc(S['title'])}</h1>",
           f'<p class="subtitle">{esc(S["lede"])}</p>',
           f'<div class="author-box">{esc(S["author"])}, Digital News Editor</div><div class="tz">(All times UAE, GMT+4)</div>',
           f'<div class="live-date">{esc(S["divider"])}</div>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = when(S, e); st = d.strftime("%-I:%M %p"); stamps.append(st)
        out.append('<div class="live-card">')
        out.append(f'<span class="live-time">{st}</span>')
        out.append(f'<h3>{esc(e["h"])}</h3>')
        for p in e["p"]: out.append(f"<p>{esc(p)}</p>")
        if e["a"]: out.append(f'<p class="source">{esc(e["a"])}</p>')
        out.append("</div>")
        if i == 1: out.append('<div class="ad">Advertisement</div><div class="also">Also read: Ukraine grain corridor: ships sail despite threats</div>')
    out.append('<div class="follow">Follow Gulf News on WhatsApp</div><footer>Copyright 2023 Al Nisr Publishing LLC.</footer></article></body></html>')
    return "\n".join(out) + "\n", stamps

def r_rss(S):
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">', "<channel>",
           f"<title>{esc(S['title'])}</title>", f"<link>{S['link']}</link>", f"<description>{esc(S['desc'])}</description>",
           f"<language>{S.get('lang', 'en')}</language>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = when(S, e)
        if S["pubfmt"] == "gmt": st = d.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S GMT")
        else: st = d.strftime("%a, %d %b %Y %H:%M:%S %z")
        stamps.append(st)
        slug = re.sub(r"[^a-z0-9]+", "-", e["h"].lower()).strip("-")[:50]
        out.append("<item>")
        out.append(f"<title>{esc(e['h'])}</title>")
        out.append(f"<link>{S['link']}/{slug}/</link>")
        out.append(f'<guid isPermaLink="false">{S["guid"]}-{d.strftime("%Y%m%d")}-{i+1:02d}</guid>')
        out.append(f"<pubDate>{st}</pubDate>")
        if e["a"]: out.append(f"<dc:creator>{esc(e['a'])}</dc:creator>")
        for c in S.get("cats", {}).get(i, []): out.append(f"<category>{esc(c)}</category>")
        if e["p"]:
            if S.get("cdata"):
                out.append("<description><![CDATA[" + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "]]></description>")
            else:
                out.append("<description>" + esc("\n\n".join(e["p"])) + "</description>")
        out.append("</item>")
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", stamps

def r_atom(S):
    z = S["zone"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
           f"<title>{esc(S['title'])}</title>", f'<link rel="alternate" href="{S["link"]}"/>', f"<id>{S['link']}/rss/index.xml</id>",
           f"<updated>{datetime.strptime(S['updated'], '%Y-%m-%d %H:%M').replace(tzinfo=ZoneInfo(z)).isoformat()}</updated>"]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = when(S, e); st = d.isoformat(); stamps.append(st)
        slug = re.sub(r"[^a-z0-9]+", "-", e["h"].lower()).strip("-")[:50]
        out.append("<entry>")
        if e["a"]: out.append(f"<author><name>{esc(e['a'])}</name></author>")
        out.append(f'<title type="html">{esc(esc(e["h"]))}</title>')
        out.append(f"<id>{S['link']}/{S['idpath']}/{d.strftime('%Y/%-m/%-d')}/{24000+i}/{slug}</id>")
        out.append(f'<link rel="alternate" type="text/html" href="{S["link"]}/{S["idpath"]}/{24000+i}/{slug}"/>')
        out.append(f"<published>{st}</published>")
        out.append(f"<updated>{st}</updated>")
        if e["p"]:
            body = "".join(f"<p>{esc(p)}</p>" for p in e["p"])
            out.append(f'<content type="html">{esc(body)}</content>')
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n", stamps

def r_rbc(S):
    out = ['<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>' + esc(S["title"]) + "</title></head><body>",
           '<header><a class="logo" href="/">RBC-Ukraine</a><nav><a href="/news">News</a> <a href="/war">War</a> <a href="/politics">Politics</a> <a href="/economy">Economy</a></nav><div class="lang">UA | RU | EN</div></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<div class="news-feed"><div class="feed-date">{esc(S["divider"])}</div>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = when(S, e); st = d.strftime("%H:%M"); stamps.append(st)
        lbl = ' <span class="label">Photo</span>' if i in S.get("photo", ()) else ""
        out.append(f'<div class="item"><span class="time">{st}</span> <a class="title" href="/news/{2000+i}">{esc(e["h"])}</a>{lbl}')
        for p in e["p"]: out.append(f'<p class="lead">{esc(p)}</p>')
        out.append("</div>")
        if i == 3: out.append('<div class="promo">Subscribe to RBC-Ukraine on Telegram</div>')
    out.append('</div><div class="more">Show more news</div></main><footer>© 2024 RBC-Ukraine. All rights reserved.</footer></body></html>')
    return "\n".join(out) + "\n", stamps

def r_kremlin(S):
    out = ['<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>' + esc(S["title"]) + "</title></head><body>",
           '<div class="header"><a href="/">President of Russia</a><ul class="nav"><li>Events</li><li>Structure</li><li>Videos and photos</li><li>Documents</li></ul><div class="lang">Русский | English</div></div>',
           f'<div class="content"><h1>{esc(S["title"])}</h1><div class="events">']
    stamps = []
    for e in S["entries"]:
        d = when(S, e); st = d.strftime("%B %-d, %Y, %H:%M"); stamps.append(st)
        out.append('<div class="hentry">')
        out.append(f'<h3 class="entry-title"><a href="/events/president/news/{76400+len(stamps)}">{esc(e["h"])}</a></h3>')
        out.append(f'<p class="published"><time datetime="{d.strftime("%Y-%m-%d")}">{st}</time></p>')
        out.append(f'<div class="entry-summary">' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + "</div>")
        out.append("</div>")
    out.append('</div><div class="pager">Previous events</div></div><div class="footer">All content on this site is licensed under Creative Commons Attribution 4.0 International.</div></body></html>')
    return "\n".join(out) + "\n", stamps

def r_star(S):
    L = ["Toronto Star", "Home  GTA  Canada  Politics  World  Business  Sports  Opinion", "Subscribe  Login", "", "WORLD", "", S["title"], "",
         S["lede"], "", S["dateline"], "", "Share", "Save", "", "Key Points", ""]
    L += [e["h"] for e in S["entries"] if e["kp"]] + ["", "All times Eastern.", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = when(S, e); st = ampm(d, dots=True, space=" "); stamps.append(st)
        L += [st, "", e["h"], ""] + paras(e)
        if e["a"]: L += ["— " + e["a"], ""]
        if i == 2: L += ["ADVERTISEMENT", "", "Read more: What Canada has sent Ukraine since 2022", ""]
    L += ["Report an error", "Journalistic Standards", "About The Star", "", "© Copyright Toronto Star Newspapers Ltd. All rights reserved."]
    return "\n".join(L) + "\n", stamps

def r_insider(S):
    L = ["The Insider", "Investigations  Politics  War  Economy  Opinion  Explainers", "Donate", "", "Explainers", "", S["title"], "",
         S["lede"], "", S["dateline"], "", "Author: " + S["author"], "", "Share: Telegram  X  Facebook", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        stamps.append(None)
        L += [e["h"], ""] + paras(e)
        if i == 1: L += ["Read also: How the Kremlin built its border defence line", ""]
    L += ["Subscribe to our newsletter", "", "If you value independent journalism, support The Insider", "", "© The Insider 2024"]
    return "\n".join(L) + "\n", stamps

# --- Part B layouts
def r_rookwood(S):
    L = ["ROOKWOOD POST", "Home | World | Ukraine | Business | Sport", "", "Ukraine", "", S["title"], "", S["lede"], "",
         "Key Points", ""] + [e["h"] for e in S["entries"] if e["kp"]] + ["", "Showing oldest first | Show newest first", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = when(S, e); st = d.strftime("%-d %B %Y %H:%M") + " BST"; stamps.append(st)
        L += [e["h"], f"By {e['a']}, {st}", ""] + paras(e)
        if i == 3: L += ["Related: How Ukraine's air defences are stretched", ""]
    L += ["Sign up to the Rookwood Post morning briefing", "Cookie settings  Privacy  Terms"]
    return "\n".join(L) + "\n", stamps

def r_htmllive(S):
    z = S["zone"]; out = ['<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>' + esc(S["title"]) + " – " + S["source"] + "</title>"]
    stamps = []; ups = []
    for e in S["entries"]:
        d = when(S, e); stamps.append(S["stampfmt"](d))
        u = {"@type": "BlogPosting", "headline": e["h"], "datePublished": (d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if S.get("ld_utc") else d.isoformat()),
             "articleBody": "\n\n".join(e["p"])}
        if e["a"]: u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    if S.get("jsonld"):
        first = when(S, S["entries"][-1] if S["newest_first"] else S["entries"][0])
        ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": S["title"],
              "coverageStartTime": first.isoformat(), "publisher": {"@type": "Organization", "name": S["source"]}, "liveBlogUpdate": ups}
        out.append('<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>")
    out.append("</head><body>")
    out.append(f'<header class="site"><a href="/">{esc(S["source"])}</a> <nav><a href="/world">World</a> <a href="/europe">Europe</a> <a href="/ukraine">Ukraine</a></nav></header>')
    out.append(f'<main><h1>{esc(S["title"])}</h1><p class="standfirst">{esc(S["lede"])}</p><p class="dateline">{esc(S["dateline"])}</p>')
    for i, e in enumerate(S["entries"]):
        d = when(S, e); st = stamps[i]
        out.append(f'<article class="update" id="u{i+1}">')
        if S.get("time_el"): out.append(f'<time datetime="{d.isoformat()}">{st}</time>')
        else: out.append(f'<span class="update-time">{st}</span>')
        out.append(f"<h2>{esc(e['h'])}</h2>")
        if e["a"]: out.append(f'<p class="byline">{esc(e["a"])}</p>')
        for p in e["p"]: out.append(f"<p>{esc(p)}</p>")
        out.append("</article>")
        if i == 2: out.append('<aside class="promo">Advertisement</aside>')
    out.append(f'<aside class="related"><h3>More on this story</h3><ul><li>{esc(S["related"])}</li></ul></aside></main><footer>© {S["date"][:4]} {esc(S["source"])}</footer></body></html>')
    return "\n".join(out) + "\n", stamps

def r_mosswood(S):
    L = ["Mosswood Review", "Essays  World  Ideas  Podcasts", "", S["title"], "", S["lede"], "", "By " + S["author"], S["dateline"], "",
         "Listen to this article · 9 min", ""]
    stamps = []
    for e in S["entries"]:
        stamps.append(None); L += [e["h"], ""] + paras(e)
    L += ["Topics: Ukraine, Russia, Air defence", "", "Support independent writing — become a member"]
    return "\n".join(L) + "\n", stamps

def r_underhill(S):
    L = ["Underhill Observer — Live", "", S["title"], "", S["dateline"], "", "Key Points", ""] + ["• " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Refresh for the latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = when(S, e); st = "[" + d.strftime("%H:%M") + "]"; stamps.append(st)
        L += [f"{st} {e['h']}", ""] + paras(e)
        if e["a"]: L += ["Reporting by " + e["a"], ""]
        if i == 3: L += ["Share  |  Copy link", ""]
    L += ["Underhill Observer · Privacy · Contact"]
    return "\n".join(L) + "\n", stamps

def r_marram(S):
    L = ["MARRAM WORLD SERVICE", "Morning-to-evening briefing", "", S["title"], "", S["dateline"], "Compiled by " + S["author"], "", "All times GMT", ""]
    stamps = []; cur = None
    for e in S["entries"]:
        if e["sec_head"] != cur: cur = e["sec_head"]; L += [cur, ""]
        d = when(S, e); st = d.strftime("%H%M") + " GMT"; stamps.append(st)
        L += [f"{st} — {e['p'][0]}", ""]
    L += ["Listen to the briefing podcast", "Marram World Service, registered charity"]
    return "\n".join(L) + "\n", stamps

exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "data.py"), encoding="utf-8").read())

def main():
    for S in SEEDS:
        text, stamps = S["render"](S)
        fn = f"{S['name']}.{S['ext']}"
        open(os.path.join(ROOT, "seeds", fn), "w", encoding="utf-8").write(text)
        ents = []
        for i, e in enumerate(S["entries"]):
            d = when(S, e)
            if stamps[i] is None and S.get("dateline_dt"):
                d = datetime.strptime(S["dateline_dt"], "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(S["zone"]))
            u = d.astimezone(UTC)
            fs = first_sentence(e["p"][0]) if e["p"] else None
            g = {"id": f"{S['id']}-{i+1:02d}", "headline": e["h"], "stamp": stamps[i],
                 "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                 "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                 "published_basis": S["basis"].format(s=stamps[i], d=d.strftime("%Y-%m-%d")),
                 "author": e["a"] if e["a"] is not None else S.get("page_author"),
                 "first_sentence": fs, "body_paragraphs": len(e["p"]),
                 "topic": e["top"], "subtopic": e["sub"], "secondary_topics": e["sec"],
                 "importance": e["imp"], "key_point": e["kp"], "duplicate_of": e["dup"], "story": e["st"]}
            if e["n"]: g["notes"] = e["n"]
            ents.append(g)
        gold = {"seed": fn, "source": S["source"], "page_title": S["page_title"], "page_timezone": S["zone"],
                "notes": S["notes"], "entries": ents, "not_entries": S["not_entries"]}
        with open(os.path.join(ROOT, "gold", S["name"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")
        print(fn, len(ents))

if __name__ == "__main__":
    main()

"""Renderers for the invented outlets of the multi-source days."""
from lib import *
import json as _j

COOKIE = '<div class="cookie-notice"><p>This site uses cookies for analytics and advertising. By continuing you agree to our use of cookies.</p><button>OK</button><button>Settings</button></div>'


def ld(obj):
    return '<script type="application/ld+json">' + _j.dumps(obj, ensure_ascii=False, indent=1) + '</script>'


def ostrava(title, zone, zname, days, es):
    """Chronological text live blog. days: {'YYYY-MM-DD': 'Tuesday 30 January 2024'}"""
    L = ["OSTRAVA SIGNAL", "English edition | Česky", "Home  Czechia  Europe  World  Ukraine war  Opinion  Podcasts", "",
         "LIVE", title, f"Follow our rolling coverage. Times are {zname}.", "Oldest updates first | Refresh", ""]
    cur = None
    for e in es:
        d = e["local"][:10]
        if d != cur:
            L += [days[d], ""]
            cur = d
        abbr = ldt(e["local"], zone).tzname()
        e["stamp"] = f"{e['local'][11:]} {abbr}"
        L.append(e["stamp"])
        if e["headline"]:
            L.append(e["headline"])
        L += e["body"]
        if e["author"]:
            L.append(f"— {e['author']}")
        L.append("")
    L += ["This live blog is no longer being updated.", "Support the Ostrava Signal: subscribe from 99 CZK a month", "© Ostrava Signal s.r.o.", ""]
    return "\n".join(L)


def sparrowhawk(title, zone, header_date, es):
    L = ["The Sparrowhawk Bulletin", "Sections ▾  World  U.S.  Markets  Climate  Science  Sign in  Subscribe", "",
         "UKRAINE LIVE", title, f"Live coverage for {header_date} · All times Eastern", "Share  Tweet  Email", "",
         "Good morning. We are following the war in Ukraine through the day; the newest updates are at the top.", ""]
    for e in es:
        dt = ldt(e["local"], zone)
        e["stamp"] = f"{dt.hour % 12 or 12}:{dt.minute:02d} {'a.m.' if dt.hour < 12 else 'p.m.'} {dt.tzname()}"
        L.append(e["stamp"])
        if e["headline"]:
            L.append(e["headline"])
        L += e["body"]
        if e["author"]:
            L.append(f"— {e['author']}")
        L += ["Share this update", ""]
    L += ["Most popular", "The quiet comeback of the night train", "Five charts that explain the housing market", "",
          "Get the Bulletin in your inbox. Sign up", "© 2024 The Sparrowhawk Bulletin", ""]
    return "\n".join(L)


def tribune(title, zone, day_label, url, es, intro):
    posts, upd = [], []
    for i, e in enumerate(es):
        dt = ldt(e["local"], zone)
        e["stamp"] = f"{e['local'][11:]} {dt.tzname()}"
        h = f'<h2>{esc(e["headline"])}</h2>' if e["headline"] else ""
        by = f'<p class="byline">{esc(e["author"])}</p>' if e["author"] else ""
        media = '<figure class="gallery"><span>Open gallery</span><span>12 photos</span></figure>' if not e["body"] else ""
        posts.append(f'<article class="block" id="block-{i+1}"><header><time datetime="{dt.isoformat()}">{e["stamp"]}</time>{h}</header>{by}{media}'
                     + "".join(f"<p>{esc(p)}</p>" for p in e["body"]) +
                     '<footer class="share"><button>Share</button><button>Copy link</button></footer></article>')
        u = {"@type": "BlogPosting", "datePublished": dt.isoformat(), "url": f"{url}#block-{i+1}"}
        if e["headline"]:
            u["headline"] = e["headline"]
        if e["body"]:
            u["articleBody"] = "\n\n".join(e["body"])
        if e["author"]:
            u["author"] = {"@type": "Person", "name": e["author"]}
        upd.append(u)
    kp = [e for e in es if e["key_point"]]
    ldo = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": title, "url": url,
           "publisher": {"@type": "Organization", "name": "Quayside Tribune"}, "liveBlogUpdate": upd}
    return f'''<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>{esc(title)} | Quayside Tribune</title>
<link rel="canonical" href="{url}">
{ld(ldo)}
</head><body>
{COOKIE}
<header class="site"><a class="logo" href="/">Quayside Tribune</a><nav><a>News</a><a>World</a><a>Business</a><a>Sport</a><a>Culture</a><a>Opinion</a></nav><a class="support">Support us</a></header>
<main class="liveblog">
<p class="kicker">Russia-Ukraine war</p>
<h1>{esc(title)}</h1>
<p class="standfirst">{esc(intro)}</p>
<p class="dateline">{day_label}</p>
<div class="share-top"><a>Facebook</a><a>X</a><a>WhatsApp</a><a>Email</a></div>
<section class="key-points"><h3>Key points</h3><ul>{"".join(f'<li><a href="#block-{es.index(e)+1}">{esc(e["headline"])}</a></li>' for e in kp)}</ul></section>
{"".join(posts)}
<div class="newsletter"><h4>Sign up to World Briefing</h4><p>Our foreign desk's pick of the day's news, free every evening.</p><input type="email" placeholder="Your email"><button>Sign up</button></div>
</main>
<aside class="onward"><h4>Most viewed</h4><ol><li><a>Train strikes: what you need to know</a></li><li><a>The best winter walks on the coast</a></li></ol></aside>
<footer>© 2024 Quayside Tribune Media Ltd. All rights reserved.</footer>
</body></html>
'''


def globe_rss(build, es, zone="UTC"):
    items = []
    for i, e in enumerate(es):
        dt = ldt(e["local"], zone)
        e["stamp"] = dt.strftime("%a, %d %b %Y %H:%M:%S GMT")
        cr = f"\n   <dc:creator>{esc(e['author'])}</dc:creator>" if e["author"] else ""
        desc = "".join(f"<p>{p}</p>" for p in e["body"])
        items.append(f'''  <item>
   <title>{esc(e["headline"])}</title>
   <link>https://globerelay.example/{dt:%Y/%m/%d}/story-{i+1}</link>
   <guid isPermaLink="false">gr-{dt:%Y%m%d}-{i+1:03d}</guid>{cr}
   <category>{e.get("cat", "World")}</category>
   <pubDate>{e["stamp"]}</pubDate>
   <description><![CDATA[{desc}]]></description>
  </item>''')
    return f'''<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
 <channel>
  <title>Globe Relay - Top World Stories</title>
  <link>https://globerelay.example/world</link>
  <description>Breaking news and analysis from around the world</description>
  <language>en-us</language>
  <lastBuildDate>{build}</lastBuildDate>
  <ttl>15</ttl>
{chr(10).join(items)}
 </channel>
</rss>
'''


def amber_atom(updated, es, zone="Europe/Riga"):
    ents = []
    for i, e in enumerate(es):
        dt = ldt(e["local"], zone)
        e["stamp"] = dt.isoformat()
        au = f"<author><name>{esc(e['author'])}</name></author>" if e["author"] else ""
        content = "".join(f"<p>{p}</p>" for p in e["body"])
        c = f'\n  <content type="html">{esc(content)}</content>' if e["body"] else ""
        summ = ('\n  <summary type="text">' + ("Gallery" if e["headline"].startswith("Photos") else "Video") + '</summary>') if not e["body"] else ""
        ents.append(f''' <entry>
  <title type="text">{esc(e["headline"])}</title>
  <id>tag:amberwaypost.example,{dt:%Y-%m-%d}:/{i+101}</id>
  <link rel="alternate" href="https://amberwaypost.example/{dt:%Y/%m/%d}/{i+101}"/>
  <published>{e["stamp"]}</published>
  <updated>{e["stamp"]}</updated>
  {au}{summ}{c}
 </entry>''')
    return f'''<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
 <title>Amberway Post</title>
 <subtitle>News from the Baltics and beyond</subtitle>
 <link rel="self" href="https://amberwaypost.example/feed.atom"/>
 <link rel="alternate" href="https://amberwaypost.example/"/>
 <id>tag:amberwaypost.example,2024:feed</id>
 <updated>{updated}</updated>
{chr(10).join(ents)}
</feed>
'''


def tarnfield(e, zone, role, related, tags="World"):
    dt = ldt(e["local"], zone)
    ampm = "am" if dt.hour < 12 else "pm"
    e["stamp"] = f"{dt.day} {dt:%B} {dt.year} · {dt.hour % 12 or 12}:{dt.minute:02d}{ampm} {dt.tzname()}"
    ldo = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": e["headline"],
           "datePublished": dt.isoformat(), "dateModified": dt.isoformat(),
           "author": [{"@type": "Person", "name": e["author"]}], "publisher": {"@type": "Organization", "name": "Tarnfield Gazette"},
           "articleSection": tags}
    paras = "".join(f"<p>{esc(p)}</p>" for p in e["body"])
    return f'''<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(e["headline"])} | Tarnfield Gazette</title>
<meta property="og:title" content="{esc(e["headline"])}">
<meta property="article:published_time" content="{dt.isoformat()}">
{ld(ldo)}
</head><body>
{COOKIE}
<div class="topbar"><a href="/">Tarnfield Gazette</a><nav><a>Home</a><a>Local</a><a>National</a><a>World</a><a>Sport</a><a>Letters</a></nav><a>Subscribe</a></div>
<article>
<p class="section">{tags}</p>
<h1>{esc(e["headline"])}</h1>
<div class="byline">By <a class="author">{esc(e["author"])}</a>, {role}</div>
<div class="published">Published <time datetime="{dt.isoformat()}">{e["stamp"]}</time></div>
<div class="share"><a>Share on Facebook</a><a>Share on X</a><a>Email</a><a>Print</a></div>
<figure><img src="/img/lead.jpg" alt=""><figcaption>The scene after the attack. Photograph: Gazette picture desk</figcaption></figure>
{paras}
<div class="tags">Topics: Ukraine · Russia · Europe</div>
</article>
<aside class="related"><h3>Read more</h3><ul>{"".join(f"<li><a>{esc(r)}</a></li>" for r in related)}</ul></aside>
<div class="newsletter"><h4>The Gazette Daily</h4><p>The day's essential stories, every morning at 7.</p><button>Sign up</button></div>
<footer>© Tarnfield Gazette 2024 · Contact us · Complaints · Privacy</footer>
</body></html>
'''

#!/usr/bin/env python3
"""Writes eval/c seeds (pages in real formats) and their gold (../../shared/gold/LABELS.md form) from the day specs in
spec/*.py. Every text in the specs is written for this set. Usage: python3 eval/c/make.py [spec ...]"""
import html, importlib.util, json, os, re, sys
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = os.path.join(HERE, "seeds")
GOLD = os.path.join(HERE, "gold")


def utc(day, hhmm):
    return datetime.fromisoformat(f"{day}T{hhmm}:00+00:00")


def iso_z(dt):
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:00Z")


def local(dt, hours):
    return dt.astimezone(timezone(timedelta(hours=hours)))


def offset(hours, colon=True):
    sign = "+" if hours >= 0 else "-"
    return f"{sign}{abs(hours):02d}{':' if colon else ''}00"


def first_sentence(body):
    if not body:
        return None
    m = re.search(r"(?<=[.!?])[\"”’']?\s+(?=[A-Z“\"‘'])", body[0])
    return body[0][: m.start()].rstrip() if m else body[0]


# ---------------------------------------------------------------- formats

def trt(page, entries):
    """TRT-style text live blog: date headers, 'HHMM GMT — Headline' lines, newest first."""
    out = [page["title"], "", page.get("standfirst", ""), "", page.get("caption", ""), "", ""]
    day = None
    for e in entries:
        d = e["dt"].strftime("%A, %B %-d, %Y")
        if d != day:
            out += [d, ""]
            day = d
        out += [f"{e['dt'].strftime('%H%M')} GMT — {e['h']}", ""]
        for p in e["body"]:
            out += [p, ""]
        if e.get("chrome"):
            out += [e["chrome"], ""]
    return "\n".join(out) + "\n", "UTC", lambda e: f"{e['dt'].strftime('%H%M')} GMT"


def indep(page, entries):
    """Independent-style text live blog: headline, paragraphs, 'AuthorD Month YYYY HH:MM' (UK time), newest first."""
    uk = page["uk_offset"]
    out = [page["title"], page.get("caption", "")] + page.get("intro", [])
    out += ["Sign up for our free Ukraine war briefing email"]
    kps = [e for e in entries if e.get("kp")]
    if kps:
        out += ["Key Points"] + [e["h"] for e in kps] + ["Show latest update"]

    def stamp(e):
        t = local(e["dt"], uk)
        return f"{e['author']}{t.day} {t.strftime('%B %Y %H:%M')}"

    for i, e in enumerate(entries):
        out += [e["h"]] + e["body"]
        if e.get("credit"):
            out += [e["credit"]]
        out += [stamp(e)]
        if i == 3:
            out += ["Advertisement"]
    out += ["Loading..."]
    return "\n".join(out) + "\n", "Europe/London", stamp


def rss(page, entries):
    """RSS 2.0: pubDate with the outlet's offset, HTML descriptions (CDATA)."""
    hours = page["offset"]
    items = []
    for e in entries:
        t = local(e["dt"], hours)
        desc = "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in e["body"])
        creator = f"\n      <dc:creator>{html.escape(e['author'])}</dc:creator>" if e.get("author") else ""
        items.append(
            f"""    <item>
      <title>{html.escape(e['h'], quote=False)}</title>
      <link>{page['base']}/{e['slug']}</link>
      <guid isPermaLink="false">{page['guid']}-{e['slug']}</guid>
      <pubDate>{t.strftime('%a, %d %b %Y %H:%M:%S')} {offset(hours, False) if hours else 'GMT'}</pubDate>{creator}
      <category>{html.escape(e.get('section', 'World'))}</category>
      <description><![CDATA[{desc}]]></description>
    </item>""")
    text = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>{html.escape(page['title'])}</title>
    <link>{page['base']}</link>
    <description>{html.escape(page.get('description', ''))}</description>
    <language>en</language>
{chr(10).join(items)}
  </channel>
</rss>
"""
    return text, ("UTC" if not hours else "fixed"), lambda e: local(e["dt"], hours).strftime("%a, %d %b %Y %H:%M:%S ") + (offset(hours, False) if hours else "GMT")


def atom(page, entries):
    """Atom 1.0: <published> with offset, escaped HTML content, a later <updated> on some entries."""
    hours = page["offset"]
    out = []
    for e in entries:
        t = local(e["dt"], hours)
        pub = t.strftime("%Y-%m-%dT%H:%M:00") + offset(hours)
        upd = (t + timedelta(minutes=e.get("updated_after", 0))).strftime("%Y-%m-%dT%H:%M:00") + offset(hours)
        content = html.escape("".join(f"<p>{p}</p>" for p in e["body"]), quote=False)
        out.append(f"""  <entry>
    <title type="html">{html.escape(e['h'], quote=False)}</title>
    <id>tag:{page['tag']},{e.get('id_day', e['dt'].date())}:{e['slug']}</id>
    <link rel="alternate" type="text/html" href="{page['base']}/{e['slug']}"/>
    <published>{pub}</published>
    <updated>{upd}</updated>
    <author><name>{html.escape(e['author'])}</name></author>
    <content type="html">{content}</content>
  </entry>""")
    text = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <title type="text">{html.escape(page['title'])}</title>
  <id>tag:{page['tag']},2025:feed</id>
  <link rel="self" type="application/atom+xml" href="{page['base']}/feed.atom"/>
  <updated>{entries[0]['dt'].astimezone(timezone(timedelta(hours=hours))).strftime('%Y-%m-%dT%H:%M:00') + offset(hours)}</updated>
{chr(10).join(out)}
</feed>
"""
    return text, "fixed", lambda e: local(e["dt"], hours).strftime("%Y-%m-%dT%H:%M:00") + offset(hours)


def jsonld(page, entries):
    """HTML live blog with schema.org LiveBlogPosting JSON-LD and the same updates in the page body."""
    hours = page["offset"]
    stamp = lambda e: local(e["dt"], hours).strftime("%Y-%m-%dT%H:%M:00") + offset(hours)
    updates = []
    for i, e in enumerate(entries):
        u = {"@type": "BlogPosting", "@id": f"{page['base']}#u{len(entries) - i:02d}", "headline": e["h"],
             "datePublished": stamp(e), "author": {"@type": "Person", "name": e["author"]}}
        if e["body"]:
            u["articleBody"] = "\n\n".join(e["body"])
        updates.append(u)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": page["title"],
          "url": page["base"], "datePublished": stamp(entries[-1]), "dateModified": stamp(entries[0]),
          "coverageStartTime": stamp(entries[-1]), "coverageEndTime": stamp(entries[0]),
          "publisher": {"@type": "NewsMediaOrganization", "name": page["name"]}, "liveBlogUpdate": updates}
    arts = []
    for i, e in enumerate(entries):
        t = local(e["dt"], hours)
        paras = "\n".join(f"<p>{html.escape(p, quote=False)}</p>" for p in e["body"])
        arts.append(f"""<article class="update" id="u{len(entries) - i:02d}">
<time datetime="{stamp(e)}">{t.strftime('%H:%M')}</time>
<h2>{html.escape(e['h'], quote=False)}</h2>
<p class="byline">By {html.escape(e['author'])}</p>
{paras}
<div class="update-share"><button>Share</button></div>
</article>""")
        if i == 2:
            arts.append('<div class="ad-slot"><span class="ad-label">Advertisement</span></div>')
    text = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{html.escape(page['title'])} | {html.escape(page['name'])}</title>
<meta property="og:site_name" content="{html.escape(page['name'])}">
<link rel="canonical" href="{page['base']}">
<script type="application/ld+json">
{json.dumps(ld, ensure_ascii=False, indent=1)}
</script>
</head>
<body>
<header class="masthead"><a href="/" class="logo">{html.escape(page['name'])}</a>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<main id="main">
<article class="liveblog">
<span class="live-badge">LIVE</span>
<h1>{html.escape(page['title'])}</h1>
<p class="standfirst">{html.escape(page.get('standfirst', ''))}</p>
<div class="share-bar"><button>Share</button> <a href="#">Facebook</a> <a href="#">X</a></div>
<div class="updates">
{chr(10).join(arts)}
<div class="loading">Loading...</div>
</div>
<aside class="related"><h3>Related</h3><ul>{''.join(f'<li><a href="#">{html.escape(r)}</a></li>' for r in page.get('related', []))}</ul></aside>
</article>
</main>
<footer><p>© 2025 {html.escape(page['name'])}. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body>
</html>
"""
    return text, "fixed", stamp


FORMATS = {"trt": (trt, "txt"), "indep": (indep, "txt"), "rss": (rss, "xml"), "atom": (atom, "xml"), "jsonld": (jsonld, "html")}


def write_page(seed, name, page, entries):
    render, ext = FORMATS[page["format"]]
    for e in entries:
        e["dt"] = utc(e.get("day", page["day"]), e["t"])
        e.setdefault("slug", re.sub(r"[^a-z0-9]+", "-", e["h"].lower()).strip("-")[:60])
        e.setdefault("author", page.get("author"))
    entries.sort(key=lambda e: e["dt"], reverse=True)
    text, zone, stamp = render(page, entries)
    fname = f"{seed}_{name}"
    with open(os.path.join(SEEDS, f"{fname}.{ext}"), "w") as f:
        f.write(text)
    keys = {e["key"]: f"{seed}-{i:02d}" for i, e in enumerate(entries, 1) if e.get("key")}
    gold_entries = []
    for i, e in enumerate(entries, 1):
        gold_entries.append({
            "id": f"{seed}-{i:02d}", "headline": e["h"], "stamp": stamp(e), "published": iso_z(e["dt"]),
            "published_basis": f"{page['format']} stamp with the outlet's zone resolved to UTC",
            "author": e.get("author") if page["format"] != "trt" else None,
            "first_sentence": first_sentence(e["body"]), "body_paragraphs": len(e["body"]),
            "topic": e["topic"], "subtopic": e.get("sub", e["topic"]), "secondary_topics": e.get("sec", []),
            "importance": e["imp"], "key_point": bool(e.get("kp")), "duplicate_of": keys.get(e.get("dup")), "story": e["story"],
        })
    gold = {"seed": f"{fname}.{ext}", "source": page["name"], "page_title": page["title"],
            "page_timezone": zone if zone != "fixed" else "unknown", "notes": page.get("notes", ""),
            "entries": gold_entries, "not_entries": page.get("not_entries", ["page chrome, standfirst, related links"])}
    with open(os.path.join(GOLD, f"{fname}.json"), "w") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")


def main(paths):
    os.makedirs(SEEDS, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    for path in paths:
        spec = importlib.util.spec_from_file_location("spec", path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        for seed, name, page, entries in mod.PAGES:
            write_page(seed, name, page, entries)
            print(f"wrote {seed}_{name} ({len(entries)} entries)")


if __name__ == "__main__":
    main(sys.argv[1:] or sorted(os.path.join(HERE, "spec", f) for f in os.listdir(os.path.join(HERE, "spec")) if f.endswith(".py")))

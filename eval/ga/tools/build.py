#!/usr/bin/env python3
"""Builds the eval/ga seed pages and their gold files from one hand-written data table (further below).
All news text is the blind tester's own invented wording, set in June 2030 with the war assumed still under way.
Part A imitates, from memory, the page layouts of ten real outlets; Part B outlets are invented.
Deterministic. Run from the project root:  python3 eval/ga/tools/build.py"""
import html, json, os, re
from datetime import datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "U.K.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.", "Lt.", "Maj.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **kw):
    """one entry: local time 'YYYY-MM-DD HH:MM' in the page zone, headline (or None), body paragraphs, labels."""
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(kw)
    return d


def OFF(t, h, p, st, a=None, n="", **kw):
    """an item that is not about the war (off-beat)."""
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **kw)


def first_sentence(par):
    for m in re.finditer(r'[.!?]["\'\u201d\u2019)]?(?=\s+[A-Z0-9"\u201c\u2018(]|$)', par):
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


def ampm(d, sep=":", space="", upper=False, dots=False, pad=False):
    """12-hour clock: '4:12pm', '10.45am', '3:40 PM', '6:40 a.m.', '04:05 AM' (pad)."""
    hh = d.hour % 12 or 12
    suf = "am" if d.hour < 12 else "pm"
    if dots:
        suf = suf[0] + "." + suf[1] + "."
    elif upper:
        suf = suf.upper()
    return (f"{hh:02d}" if pad else f"{hh}") + f"{sep}{d.minute:02d}{space}{suf}"


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def order_check(S, newest_first):
    ts = [e["t"] for e in S["entries"]]
    want = sorted(ts, reverse=newest_first)
    assert ts == want, f"{S['id']}: entries must be listed {'newest' if newest_first else 'oldest'} first (page order)"


def rfc822(d, gmt=False):
    if gmt:
        d = d.astimezone(UTC)
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if gmt else d.strftime("%z"))


def iso(d, z=False):
    return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z") if z else d.isoformat()


def slugify(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower().replace("\u2019", "").replace("'", "")).strip("-")[:80]


def ldjson(obj):
    return '<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False) + '</script>'


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
            body = e["p"]
            fs = e.get("fs") or (first_sentence(body[0]) if body else None)
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                         "published_basis": (e.get("basis") or S["basis"]).format(s=stamps[i], d=d.strftime("%Y-%m-%d %H:%M"), z=S["zone"],
                                                                                    u=u.strftime("%Y-%m-%d %H:%M")),
                         "author": e["a"],
                         "first_sentence": fs,
                         "body_paragraphs": e.get("np", len(body)),
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
        print(f"{fn:40s} {len(ents):2d} entries  UTC {sorted({x['published'][:10] for x in ents})}")
    print(f"{len(SEEDS)} seeds, {total} entries")


SEEDS = []


# ================================================================ Part A renderers (layouts of real outlets, from memory)

def r_lemonde(S):
    """Le Monde in English live page, text scrape. Header with 'Live' label, title, standfirst, 'Published on June 2, 2030, at
    6:48 am (Paris), updated at 9:30 pm', desk credit 'Le Monde with AFP and Reuters'; posts newest first: a bare 12-hour time
    line ('9:30 pm', Paris time), a title line, paragraphs, sometimes a 'Read more  Subscribers only' link to an article."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    L = ["Skip to main content", "", "Le Monde", "in English", "Subscribe   Log in   Search", "",
         "International   France   Opinion   Culture   Lifestyle   Environment   Economy   Science & Tech   Sports   Les Décodeurs", "",
         "International \u203a Ukraine", "", "Live", S["title"], "", S["lede"], "",
         f"Published on {MONTHS[first.month - 1]} {first.day}, {first.year}, at {ampm(first, space=' ')} (Paris), updated at {ampm(last, space=' ')}",
         S["byline"], "", "Share   Copy link   Lire en français", "", "Live updates", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, space=" "); stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e.get("more"):
            L += [f"Read more  Subscribers only  {e['more']}", ""]
        if i == 2:
            L += ["Le Monde in English", "Get the best of Le Monde in English in your inbox every morning", "Sign up", ""]
    L += ["Load earlier posts", "", "Find all our coverage of the war in Ukraine", "",
          "Le Monde   About us   Legal notice   Terms of use   Privacy policy   Cookie management   Contact", f"\u00a9 Le Monde {last.year}"]
    return "\n".join(L) + "\n", stamps


def r_times(S):
    """The Times (UK) live page, HTML. NewsArticle JSON-LD with page-level dates only; header date 'Tuesday June 04 2030, 7.05am BST'
    (zero-padded day, no comma before the year); posts newest first: author name and '7.55pm' in a <time datetime> header, h2
    title, paragraphs; a comments counter and a subscription banner."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    url = f"https://www.thetimes.com/world/russia-ukraine-war/article/{slugify(S['title'])}-{S['code']}"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "description": S["lede"],
          "datePublished": iso(first, z=True), "dateModified": iso(last, z=True), "url": url,
          "author": [{"@type": "Person", "name": S["byline"]}],
          "publisher": {"@type": "Organization", "name": "The Times", "logo": {"@type": "ImageObject", "url": "https://www.thetimes.com/d/img/logo.png"}},
          "isAccessibleForFree": False, "articleSection": "World"}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | World | The Times</title>',
           f'<link rel="canonical" href="{url}">', ldjson(ld), '</head><body>',
           '<div id="consent">We use cookies and similar technologies to personalise your experience. <button>Accept all</button> <button>Manage preferences</button></div>',
           '<header class="masthead"><a href="/" class="logo">THE TIMES</a>'
           '<nav><a href="/uk">UK</a> <a href="/world">World</a> <a href="/comment">Comment</a> <a href="/business-money">Business &amp; Money</a> '
           '<a href="/sport">Sport</a> <a href="/life-style">Life &amp; Style</a> <a href="/culture">Culture</a> <a href="/puzzles">Puzzles</a> '
           '<a href="/podcasts">Podcasts</a></nav><a class="subscribe" href="/subscribe">Subscribe</a> <a href="/login">Log in</a></header>',
           '<main><div class="label">LIVE</div>', f'<h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>',
           f'<div class="byline"><a href="/profile/{slugify(S["byline"])}">{esc(S["byline"])}</a>, {esc(S["role"])}</div>',
           f'<div class="date">{DAYS_EN[first.weekday()]} {MONTHS[first.month - 1]} {first.day:02d} {first.year}, {ampm(first, sep=".")} {first.tzname()}, The Times</div>',
           '<div class="tools"><button>Share</button> <button>Save</button> <button>Gift this article</button> <span class="comments">Comments (212)</span></div>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, sep="."); stamps.append(st)
        out.append(f'<article class="live-post" id="post-{S["code"]}{i}"><header><span class="author">{esc(e["a"])}</span> '
                   f'<time datetime="{iso(d, z=True)}">{st}</time></header><h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('</article>')
        if i == 3:
            out.append('<aside class="paywall-promo"><h3>Enjoy unlimited access to The Times</h3><p>Award-winning journalism, puzzles and '
                       'the digital edition. Cancel any time.</p><a href="/subscribe">See offers</a></aside>')
    out += ['<button class="load-more">Show earlier posts</button></main>',
            '<section class="related"><h3>Related articles</h3>' + "".join(f'<a href="/world/{slugify(r)}">{esc(r)}</a>' for r in S["related"]) + '</section>',
            f'<footer><p>\u00a9 Times Media Limited {last.year}.</p><a>Privacy &amp; cookie policy</a> <a>Terms and conditions</a> <a>Contact us</a></footer>',
            '</body></html>']
    return "\n".join(out) + "\n", stamps


def r_standard(S):
    """Evening Standard live blog, text scrape (the same publishing platform as its sister titles). Title, standfirst lines,
    page byline and date line 'Updated 6 June 2030 18:52' (UK time, no zone printed); a 'Key Points' block of post titles
    and 'Show latest update'; each post opens with a stamp line '18:52 , Nina Calder' (time, space-comma, author), then title,
    paragraphs; 'Read More' related links in between; a video post carries only a player line."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z)
    L = ["Skip to main content", "", "Evening Standard", "",
         "News   Sport   Showbiz   Lifestyle   Going Out   Money   Property   Comment   ES Best   Homes & Property", "Subscribe   Log in", "",
         "News \u203a World", "", S["title"], ""] + ptxt(S["lede"]) + [
         S["byline"], f"Updated {last.day} {MONTHS[last.month - 1]} {last.year} {last:%H:%M}", "", "Share", "", "Key Points", ""]
    L += [e["h"] for e in S["entries"] if e["kp"]] + ["", "Show latest update", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} , {e['a']}"; stamps.append(st)
        L += [st, e["h"], ""]
        L += ptxt(e["p"]) if e["p"] else ["Video player loading", ""]
        if e.get("readmore"):
            L += ["Read More", ""] + ptxt(e["readmore"])
        if i == 3:
            L += ["Sign up to the Standard\u2019s free daily newsletter for the stories London is talking about", "Sign up", ""]
    L += ["Load more", "", "About us   Contact us   Terms of use   Privacy policy   Cookie settings   Advertise with us",
          f"\u00a9 {last.year} Evening Standard"]
    return "\n".join(L) + "\n", stamps


def r_fox(S):
    """Fox News live page, HTML. LiveBlogPosting JSON-LD with per-update headline/datePublished (-04:00); 'LIVE UPDATES' label;
    posts newest first: h2 title, author with 'Fox News' label, 'June 8, 2030 4:12pm EDT' in a <time>, paragraphs; ALL-CAPS
    promo links between paragraphs (app, related stories) and 'contributed to this report' credit lines; 'Coverage for this
    event has ended.' banner."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    url = f"https://www.foxnews.com/live-news/{S['slug']}"
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "headline": e["h"], "datePublished": iso(d), "url": f"{url}#post-{S['code'] + i}",
                    "author": {"@type": "Person", "name": e["a"]}, "articleBody": " ".join(e["p"])})
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": S["title"], "url": url,
          "coverageStartTime": iso(first), "coverageEndTime": iso(last), "datePublished": iso(first), "dateModified": iso(last),
          "publisher": {"@type": "Organization", "name": "Fox News"}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Fox News</title>', ldjson(ld),
           '</head><body>', '<header class="site-header"><a class="logo" href="/">Fox News</a><nav><a>U.S.</a> <a>Politics</a> <a>World</a> '
           '<a>Opinion</a> <a>Media</a> <a>Entertainment</a> <a>Sports</a> <a>Lifestyle</a> <a>Video</a> <a>Watch Live</a></nav>'
           '<a class="login">Log In</a></header>',
           '<main class="live-page"><div class="eyebrow">LIVE UPDATES</div>', f'<h1>{esc(S["title"])}</h1>',
           '<div class="event-ended">Coverage for this event has ended.</div>',
           f'<p class="dek">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MONTHS[d.month - 1]} {d.day}, {d.year} {ampm(d)} {d.tzname()}"; stamps.append(st)
        out.append(f'<article class="live-post" id="post-{S["code"] + i}"><h2 class="post-title">{esc(e["h"])}</h2>'
                   f'<div class="author-byline"><span class="author">{esc(e["a"])}</span> <span class="source">Fox News</span></div>'
                   f'<time class="post-time">{st}</time><div class="post-content">')
        for k, p in enumerate(e["p"]):
            out.append(f'<p>{esc(p)}</p>')
            for (after, promo) in e.get("promos", []):
                if after == k:
                    out.append(f'<p class="speakable"><strong><a href="/world/{slugify(promo)}">{esc(promo)}</a></strong></p>')
        if e.get("credit"):
            out.append(f'<p><i>{esc(e["credit"])}</i></p>')
        out.append('</div><div class="share"><a>Share</a> <a>Copy link</a></div></article>')
        if i == 2:
            out.append('<div class="ad-container">Advertisement</div>')
    out += ['</main>', f'<footer><p>\u00a9{last.year} FOX News Network, LLC. All rights reserved. '
            'Not to be republished or redistributed without permission.</p><a>Terms of Use</a> <a>Privacy Policy</a> <a>Closed Captioning Policy</a> <a>Help</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_newsweek(S):
    """Newsweek live blog, text scrape. Title, live label, page byline with role, 'Published Jun 10, 2030 at 04:05 AM EDT' /
    'Updated ...' lines, 'FACT CHECKED' badge line; updates newest first: a time line '3:40 PM EDT', a bold title line, paragraphs
    (often ending 'Newsweek has contacted ... for comment.'); footer tools ('Request Reprint & Licensing', 'Submit Correction')."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["pub"], z); last = dt(S["entries"][0]["t"], z)
    fmt = lambda d: f"{SHORT_MONTHS[d.month - 1]} {d.day}, {d.year} at {ampm(d, space=' ', upper=True, pad=True)} {d.tzname()}"
    L = ["Newsweek", "U.S.   World   Politics   Health   Science   Tech & Innovation   Autos   Education   Opinion   Rankings", "Subscribe   Log in", "",
         "World", "LIVE", S["title"], "", f"By {S['byline']}", S["role"], "", f"Published {fmt(first)}", f"Updated {fmt(last)}", "",
         "FACT CHECKED", "", S["lede"], "", "Share   Copy link   Comments", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, space=' ', upper=True)} {d.tzname()}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["Newsweek AI is in beta. Machine translations can contain errors; the original article is the reference.", "",
                  "Trending Now", ""]
        if i == 4:
            L += ["Read more", ""] + ptxt(S["readmore"])
    L += ["Request Reprint & Licensing   Submit Correction   View Editorial Guidelines", "", "Newsweek   About Us   Contact   Terms of Use   Privacy Policy",
          f"\u00a9 {last.year} NEWSWEEK DIGITAL LLC"]
    return "\n".join(L) + "\n", stamps


def r_irishtimes(S):
    """The Irish Times world article (Arc page), HTML. NewsArticle JSON-LD (UTC dates); h1, standfirst, byline 'NAME in CITY',
    date 'Wed Jun 12 2030 - 18:45' (Irish time, no zone printed); body: opening paragraphs without a crosshead (entry with
    headline null), then h3 crossheads, one entry each; photo caption with 'Photograph:' credit, an inline 'Read More' box,
    WhatsApp/newsletter promo and topic tags after the body. No per-section time: every entry takes the article's time."""
    z = S["zone"]
    d = dt(S["entries"][0]["t"], z)
    assert all(e["t"] == S["entries"][0]["t"] for e in S["entries"])
    url = f"https://www.irishtimes.com/world/europe/{d:%Y/%m/%d}/{slugify(S['title'])}/"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "description": S["lede"], "url": url,
          "datePublished": iso(d, z=True), "dateModified": iso(d, z=True), "articleSection": "Europe",
          "author": [{"@type": "Person", "name": S["byline"], "url": f"https://www.irishtimes.com/author/{slugify(S['byline'])}/"}],
          "publisher": {"@type": "NewsMediaOrganization", "name": "The Irish Times"}, "isAccessibleForFree": False}
    stamp = f"{DAYS_EN[d.weekday()][:3]} {SHORT_MONTHS[d.month - 1]} {d.day:02d} {d.year} - {d:%H:%M}"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2013 The Irish Times</title>', ldjson(ld),
           '</head><body>', '<header><a class="logo" href="/">The Irish Times</a><nav><a>News</a> <a>Sport</a> <a>Business</a> <a>Opinion</a> '
           '<a>Life &amp; Style</a> <a>Culture</a> <a>Podcasts</a> <a>Video</a> <a>Crosswords &amp; Games</a></nav>'
           '<a class="subscribe">Subscribe</a> <a>Sign In</a></header>',
           '<div class="breadcrumb"><a href="/world/">World</a> <a href="/world/europe/">Europe</a></div>',
           f'<main><article><h1>{esc(S["title"])}</h1>', f'<h2 class="standfirst">{esc(S["lede"])}</h2>',
           f'<div class="byline"><a href="/author/{slugify(S["byline"])}/">{esc(S["byline"])}</a> in {esc(S["city"])}</div>',
           f'<time class="published">{stamp}</time>',
           f'<figure><img src="https://www.irishtimes.com/resizer/v2/{S["code"]}.jpg" alt=""><figcaption>{esc(S["caption"])}</figcaption></figure>']
    for i, e in enumerate(S["entries"]):
        if e["h"]:
            out.append(f'<h3>{esc(e["h"])}</h3>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if i == 1:
            out.append('<aside class="read-more"><h4>Read More</h4>' + "".join(f'<a href="/world/{slugify(r)}/">{esc(r)}</a>' for r in S["related"]) + '</aside>')
    out += ['<p class="promo">Join The Irish Times on WhatsApp to get the day\u2019s world news on your phone</p>',
            '<div class="topics">' + "".join(f'<a href="/topics/{slugify(t)}/">{esc(t)}</a> ' for t in S["tags"]) + '</div>',
            '</article></main>', f'<footer><p>\u00a9 {d.year} The Irish Times DAC</p><a>Terms &amp; Conditions</a> <a>Privacy Policy</a> '
            '<a>Cookie Information</a> <a>Contact Us</a></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_abc(S):
    """ABC News (Australia) live blog, HTML. NewsArticle JSON-LD with +10:00 dates; 'Live' label, h1, page byline, 'Posted Fri 14 Jun 2030
    at 1:05pm, updated Fri 14 Jun 2030 at 10:48pm' and 'All times AEST'; a 'Key events' list of post titles; posts newest first:
    '<time>10:48pm</time>', optional 'Key Event' tag, optional h2 title (some posts have none), paragraphs, 'By NAME', 'Share post';
    embeds print 'Loading...'."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    fmt = lambda d: f"{DAYS_EN[d.weekday()][:3]} {d.day} {SHORT_MONTHS[d.month - 1]} {d.year} at {ampm(d)}"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": iso(first), "dateModified": iso(last),
          "author": [{"@type": "Person", "name": n} for n in S["byline"].split(" and ")], "publisher": {"@type": "Organization", "name": "ABC News"}}
    out = ['<!DOCTYPE html>', '<html lang="en-AU"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - ABC News</title>', ldjson(ld), '</head><body>',
           '<header><a class="logo" href="/news">ABC News</a><nav><a>Just In</a> <a>For You</a> <a>Politics</a> <a>World</a> <a>Business</a> '
           '<a>Analysis</a> <a>Sport</a> <a>Science</a> <a>Health</a> <a>Arts</a> <a>Fact Check</a> <a>Other</a></nav></header>',
           '<main><span class="badge">Live</span>', f'<h1>{esc(S["title"])}</h1>', f'<p class="byline">By {esc(S["byline"])}</p>',
           f'<p class="timestamp">Posted {fmt(first)}, updated {fmt(last)}</p>', '<p class="tz-note">All times AEST</p>',
           '<div class="share"><a>Share</a></div>', '<section class="key-events"><h2>Key events</h2><ul>']
    out += [f'<li><a href="#post-{i}">{esc(e["h"])}</a></li>' for i, e in enumerate(S["entries"]) if e["kp"]]
    out += ['</ul><label><input type="checkbox"> Show only key events</label></section>', '<section class="live-posts"><h2>Live updates</h2>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d); stamps.append(st)
        out.append(f'<article id="post-{i}"><time datetime="{iso(d, z=True)}">{st}</time>' + ('<span class="tag">Key Event</span>' if e["kp"] else ""))
        if e["h"]:
            out.append(f'<h2>{esc(e["h"])}</h2>')
        for k, p in enumerate(e["p"]):
            out.append(f'<p>{esc(p)}</p>')
            if e.get("embed") == k:
                out.append('<div class="embed">Loading...</div>')
        out.append(f'<p class="post-author">By {esc(e["a"])}</p><button>Share post</button></article>')
    out += ['<button>Load more</button></section></main>',
            f'<footer><p>The ABC pays respect to the First Australians as the Traditional Custodians of the lands on which our reporters work.</p>'
            f'<p>\u00a9 {last.year} ABC</p><a>Contact the ABC</a> <a>Privacy Policy</a> <a>Terms of Use</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_toi_rss(S):
    """Times of Israel liveblog feed (WordPress RSS 2.0): items are liveblog entries newest first, pubDate '+0000', dc:creator
    ('ToI Staff', 'Agencies', 'AFP' or a reporter), category 'Liveblog', description = auto-excerpt cut after 40 words with ' [&#8230;]',
    content:encoded = full paragraphs. Mostly Israeli news: the war in Ukraine is a minority."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" '
           'xmlns:atom="http://www.w3.org/2005/Atom" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<atom:link href="https://www.timesofisrael.com/liveblog/feed/" rel="self" type="application/rss+xml" />',
           '<link>https://www.timesofisrael.com</link>', '<description>News from Israel, the Middle East and the Jewish World</description>',
           f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z))}</lastBuildDate>', '<language>en-US</language>',
           '<sy:updatePeriod>hourly</sy:updatePeriod>', '<sy:updateFrequency>1</sy:updateFrequency>', '<generator>https://wordpress.org/?v=6.9</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        link = f"https://www.timesofisrael.com/liveblog_entry/{slugify(e['h'])}/"
        words = " ".join(e["p"]).split()
        exc = " ".join(words[:40]) + (" [&#8230;]" if len(words) > 40 else "")
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<dc:creator><![CDATA[{e["a"]}]]></dc:creator>',
                f'<pubDate>{st}</pubDate>', '<category><![CDATA[Liveblog]]></category>',
                f'<guid isPermaLink="false">https://www.timesofisrael.com/?post_type=liveblog_entry&amp;p={3904117 - i * 29}</guid>',
                f'<description><![CDATA[{exc}]]></description>',
                '<content:encoded><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></content:encoded>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_ki_rss(S):
    """The Kyiv Independent site feed (Ghost RSS 2.0): pubDate in GMT, dc:creator and category in CDATA, media:content image,
    description = the post's excerpt, content:encoded = full HTML. The day's 'Ukraine war latest' newsletter issue is one item whose
    content opens with 'Key developments on June 18:' and a bullet list, then crosshead sections and a 'Read also' bookmark card."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
           'xmlns:atom="http://www.w3.org/2005/Atom" version="2.0" xmlns:media="http://search.yahoo.com/mrss/">', '<channel>',
           f'<title><![CDATA[{S["title"]}]]></title>', f'<description><![CDATA[{S["lede"]}]]></description>',
           '<link>https://kyivindependent.com/</link>', '<image><url>https://kyivindependent.com/favicon.png</url><title>The Kyiv Independent</title>'
           '<link>https://kyivindependent.com/</link></image>', '<generator>Ghost 6.4</generator>',
           f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z), gmt=True)}</lastBuildDate>',
           '<atom:link href="https://kyivindependent.com/rss/" rel="self" type="application/rss+xml"/>', '<ttl>60</ttl>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=True); stamps.append(st)
        link = f"https://kyivindependent.com/{slugify(e['h'])}/"
        if e.get("kd"):
            day = f"{MONTHS[d.month - 1]} {d.day}" if d.month in (3, 4, 5, 6, 7) else f"{SHORT_MONTHS[d.month - 1]}. {d.day}"
            body = f"<p><strong>Key developments on {day}:</strong></p><ul>" + "".join(f"<li>{esc(b)}</li>" for b in e["kd"]) + "</ul>"
            for (hd, ps) in e["sections"]:
                body += f"<h2>{esc(hd)}</h2>" + "".join(f"<p>{esc(p)}</p>" for p in ps)
                if hd == e["sections"][0][0]:
                    body += (f'<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://kyivindependent.com/{slugify(e["readalso"])}/">'
                             f'<div class="kg-bookmark-title">{esc(e["readalso"])}</div><div class="kg-bookmark-metadata">The Kyiv Independent</div></a></figure>')
            excerpt = e["kd"][0]
        else:
            body = "".join(f"<p>{esc(p)}</p>" for p in e["p"])
            excerpt = e["p"][0]
        out += ['<item>', f'<title><![CDATA[{e["h"]}]]></title>', f'<description><![CDATA[{excerpt}]]></description>', f'<link>{link}</link>',
                f'<guid isPermaLink="false">{0x6671a2f0c1d2 + i * 977:x}</guid>', f'<category><![CDATA[{e["cat"]}]]></category>',
                f'<dc:creator><![CDATA[{e["a"]}]]></dc:creator>', f'<pubDate>{st}</pubDate>',
                f'<media:content url="https://kyivindependent.com/content/images/size/w1200/{d:%Y/%m}/photo_{i + 1}.jpg" medium="image"/>',
                f'<content:encoded><![CDATA[<img src="https://kyivindependent.com/content/images/{d:%Y/%m}/photo_{i + 1}.jpg" alt="">{body}]]></content:encoded>',
                '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_ukrinform(S):
    """Ukrinform article page, text scrape. Top bar and rubric menu, rubric label 'War', title, date '20.06.2030 09:15' (Kyiv time,
    no zone), a lede paragraph summarising the whole article, then one crosshead per region (one entry each, no per-section time),
    'Read also:' lines and a photo credit inside the body, the citation notice, tags and a 'Latest news' list with bare times."""
    z = S["zone"]
    d = dt(S["entries"][0]["t"], z)
    assert all(e["t"] == S["entries"][0]["t"] for e in S["entries"])
    L = ["Ukrinform", "Ukraine   War   Politics   Economy   Society   World   Regions   Kyiv   Technology   Culture   Sports   Diaspora", "Ukrainian   Русский   English   Deutsch   Español   Polski   Français   日本語", "",
         "War", S["title"], "", f"{d:%d.%m.%Y %H:%M}", "Views: 1,284", "", S["lede"], ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if e.get("readalso"):
            L += [f"Read also: {e['readalso']}", ""]
        if e.get("photo"):
            L += [f"Photo: {e['photo']}", ""]
    L += [S["signoff"], "", "When quoting or using any materials on the Internet, a hyperlink to ukrinform.net placed no lower than the first paragraph is required.", "",
          "Tags: " + "   ".join(S["tags"]), "", "Latest news", ""]
    for (t, h) in S["latest"]:
        L += [t, h]
    L += ["", "All news", "", f"\u00a9 2015-{d.year} Ukrinform. All rights reserved."]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


# ================================================================ PART A: ten real outlets' layouts (own words, invented news)

# ---------------------------------------------------------------- 18400 Le Monde in English (live)
SEEDS.append(dict(
  id="18400", name="18400_lemonde-live", ext="txt", source="Le Monde", zone="Europe/Paris", render=r_lemonde,
  title="War in Ukraine: Russian drones kill two in Sumy, Kyiv to send delegation to Geneva nuclear talks",
  lede="Russia launched 112 drones and three ballistic missiles overnight, damaging energy facilities in the Poltava region. Berlin is to fund the production of long-range drones in Ukraine.",
  byline="Le Monde with AFP and Reuters",
  basis="bare post time '{s}' (Paris time, CEST = UTC+2) under the header 'Published on June 2, 2030, at 6:48 am (Paris)'; local {d} in {z}",
  notes="Imitates a Le Monde in English live page copied from a browser. Header: 'Live' label, title, standfirst, 'Published on June 2, 2030, at 6:48 am (Paris), updated at 9:30 pm' and the desk credit 'Le Monde with AFP and Reuters' (used as author of every post, as the page prints no per-post names). Posts newest first: a bare 12-hour time line ('9:30 pm'), a title line, paragraphs; two posts end with a 'Read more  Subscribers only ...' link to a related article (not body). A newsletter box sits after the third post.",
  not_entries=["'Skip to main content'", "masthead 'Le Monde' / 'in English' and account links", "section navigation", "breadcrumb 'International \u203a Ukraine'",
               "'Live' label", "page title", "standfirst (summary of the day)", "header date line 'Published on June 2, 2030, at 6:48 am (Paris), updated at 9:30 pm'",
               "desk credit 'Le Monde with AFP and Reuters'", "'Share   Copy link   Lire en fran\u00e7ais'", "'Live updates' label",
               "'Read more  Subscribers only ...' related-article links under two posts", "newsletter box after the third post",
               "'Load earlier posts'", "'Find all our coverage of the war in Ukraine'", "footer links and copyright"],
  entries=[
  E("2030-06-02 21:30", "Kyiv will send a delegation to Geneva talks on the Zaporizhzhia nuclear plant, Zelensky says",
    ["Ukrainian President Volodymyr Zelensky said on Sunday evening that a delegation led by Foreign Minister Andrii Sybiha would travel to Geneva next week for talks, brokered by the International Atomic Energy Agency, on the safety of the Russian-occupied Zaporizhzhia nuclear power plant.",
     "\u201cWe are ready to discuss anything that reduces the nuclear risk, but nothing that legitimises the occupation,\u201d he said in his nightly video address. Rosatom, the Russian state nuclear corporation, has not said whether it will take part."],
    "diplomacy", "diplomacy", 3, "geneva-zaporizhzhia-npp-talks-delegation-2030-06-02", a="Le Monde with AFP and Reuters",
    n="head-of-state announcement of a diplomatic delegation"),
  E("2030-06-02 19:12", "Two killed as Russian drones hit Sumy",
    ["Two people were killed and nine injured when Russian attack drones struck a residential area of Sumy, in north-eastern Ukraine, in the early evening, the regional military administration said.",
     "A 12-year-old girl is among the injured, according to the administration. Sumy, some 30 kilometres from the Russian border, is targeted almost daily."],
    "strikes", "strikes", 3, "sumy-drone-strike-2030-06-02", a="Le Monde with AFP and Reuters"),
  E("2030-06-02 16:45", "French parliamentary delegation visits Odesa",
    ["Seven members of the French National Assembly's foreign affairs committee arrived in Odesa on Sunday for a two-day visit, during which they are to meet port operators and the regional governor, Oleh Kiper.",
     "The delegation's chair told AFP that the trip was meant to show that \u201cthe Black Sea is not a forgotten front.\u201d"],
    "diplomacy", "diplomacy", 2, "french-mps-visit-odesa-2030-06-02", a="Le Monde with AFP and Reuters",
    more="In Odesa, port workers have learned to live with the sirens"),
  E("2030-06-02 14:20", "Ukraine's security service says it foiled a rail sabotage plot",
    ["The SBU, Ukraine's security service, said on Sunday that it had detained two men in the Rivne region suspected of planning to blow up a section of railway used to carry fuel to the front, on the instructions of Russian intelligence.",
     "According to the SBU, the suspects, aged 19 and 23, were recruited through a messaging app and promised $1,500 each."],
    "other", "security", 2, "rivne-rail-sabotage-plot-2030-06-02", a="Le Monde with AFP and Reuters"),
  E("2030-06-02 11:05", "Germany to fund production of long-range drones in Ukraine",
    ["Germany will finance the production of several hundred long-range strike drones by Ukrainian manufacturers, with a contribution of \u20ac95 million, the German defence ministry said on Sunday.",
     "The drones are to be built in Ukraine and delivered to its armed forces before the end of the year, the ministry said, without naming the companies involved."],
    "aid", "aid", 2, "germany-long-range-drone-funding-2030-06-02", a="Le Monde with AFP and Reuters",
    more="How Ukraine's drone industry became the country's first line of defence"),
  E("2030-06-02 09:40", "Russia launched 112 drones and three missiles overnight, Ukrainian air force says",
    ["Russia attacked Ukraine overnight with 112 Shahed-type drones and three Iskander-M ballistic missiles, the Ukrainian air force said on Sunday morning, adding that 94 drones had been shot down or jammed.",
     "Energy facilities in the Poltava region were damaged, causing power cuts for about 18,000 households, according to the regional governor. No casualties were reported."],
    "strikes", "strikes", 3, "overnight-drone-attack-poltava-energy-2030-06-02", a="Le Monde with AFP and Reuters",
    n="massive combined attack (100+ drones): importance 3 although nobody was killed"),
  E("2030-06-02 06:48", "Russia claims capture of a village near Kostiantynivka",
    ["Russia's defence ministry said on Sunday that its forces had taken control of the village of Illinivka, west of Kostiantynivka in the Donetsk region.",
     "Ukraine's general staff did not confirm the claim, saying only that fighting was continuing in the sector. Le Monde was unable to verify the information independently."],
    "other", "frontline", 2, "illinivka-capture-claim-2030-06-02", a="Le Monde with AFP and Reuters"),
  ]))

# ---------------------------------------------------------------- 18401 The Times (UK) live
SEEDS.append(dict(
  id="18401", name="18401_thetimes-live", ext="html", source="The Times", zone="Europe/London", render=r_times, code="k7t2xq9bd",
  title="Ukraine war latest: Russian drone hits Kyiv tower block as Healey unveils drone training plan",
  lede="A woman was killed in Obolon overnight; glide bombs hit Zaporizhzhia in the evening; the Kremlin dismisses a European truce proposal.",
  byline="Lorna Whitcombe", role="Eastern Europe Correspondent",
  related=["Putin\u2019s summer offensive runs out of steam in Donbas", "How Ukraine\u2019s drone factories stay a step ahead of Russian jammers"],
  basis="post time '{s}' (12-hour clock with a dot, UK time, BST = UTC+1) on the live page dated 'Tuesday June 04 2030, 7.05am BST'; the post's <time datetime> attribute agrees; local {d} in {z}",
  notes="Imitates The Times live page (HTML). NewsArticle JSON-LD carries page-level dates only. Header: 'LIVE', h1, standfirst, byline with role, date line 'Tuesday June 04 2030, 7.05am BST, The Times' (zero-padded day, no comma before the year), share/save/gift tools and a comments counter. Posts newest first: author name and '7.55pm'-style time in a <time datetime=\"...Z\"> header, h2 title, paragraphs. A subscription promo after the fourth post, 'Show earlier posts', related articles, footer. 18401-04 is an analysis post (own story).",
  not_entries=["cookie consent banner", "masthead 'THE TIMES', navigation, 'Subscribe' and 'Log in'", "'LIVE' label", "page title (h1)", "standfirst",
               "page byline 'Lorna Whitcombe, Eastern Europe Correspondent'", "date line 'Tuesday June 04 2030, 7.05am BST, The Times'",
               "tools 'Share' / 'Save' / 'Gift this article' and 'Comments (212)'", "post header author names and times (stamp/author, not body)",
               "subscription promo 'Enjoy unlimited access to The Times' after the fourth post", "'Show earlier posts' button",
               "'Related articles' block and its two links", "footer"],
  entries=[
  E("2030-06-04 21:20", "Healey: British instructors to train Ukrainian drone crews in Poland",
    ["John Healey, the defence secretary, has announced that British military instructors will train up to 2,000 Ukrainian drone operators a year at a new range in eastern Poland, paid for from the UK\u2019s \u00a33 billion annual military aid budget.",
     "Speaking in Warsaw alongside his Polish counterpart, W\u0142adys\u0142aw Kosiniak-Kamysz, Healey said the first courses would start in September."],
    "aid", "aid", 2, "uk-drone-crew-training-poland-2030-06-04", a="Lorna Whitcombe", n="training support for Ukraine's forces = aid"),
  E("2030-06-04 19:55", "Two killed as glide bombs hit Zaporizhzhia industrial district",
    ["Russian glide bombs struck an industrial district of Zaporizhzhia this evening, killing two workers and injuring eleven, Ivan Fedorov, the regional governor, said.",
     "Fedorov said a warehouse and a bus depot had caught fire. Zaporizhzhia lies about 30 miles from the front line and has been bombarded with increasing frequency since the spring."],
    "strikes", "strikes", 3, "zaporizhzhia-glide-bomb-strike-2030-06-04", a="Tom Ashcombe"),
  E("2030-06-04 17:30", "Kremlin calls European ceasefire proposal \u2018theatre\u2019",
    ["The Kremlin has dismissed a proposal by a group of European governments for a 30-day summer ceasefire as \u201cpolitical theatre\u201d.",
     "Dmitry Peskov, Vladimir Putin\u2019s spokesman, told reporters that any truce would have to address \u201cthe root causes of the conflict\u201d, a formula Moscow has used for years to reject proposals it dislikes."],
    "diplomacy", "diplomacy", 2, "kremlin-rejects-european-truce-proposal-2030-06-04", a="Lorna Whitcombe"),
  E("2030-06-04 15:10", "Analysis: why Russia\u2019s summer offensive has stalled",
    ["For all the noise from Moscow, Russia\u2019s summer offensive has so far bought it very little. Since early May its troops have advanced a few miles west of Kostiantynivka at a cost that Ukrainian commanders put at more than 40,000 casualties.",
     "The reasons are familiar: drones have made the ground between the trenches almost impossible to cross, and Russia\u2019s armoured reserves were spent long ago. What has changed is that Ukraine now builds more drones than it can find crews to fly, which is why training has become the bottleneck."],
    "other", "frontline", 2, "analysis-russian-summer-offensive-stalled-2030-06-04", a="Ben Harrowell",
    n="theme piece (analysis of the ground war); its own story"),
  E("2030-06-04 12:40", "Bulgaria arrests two over recruitment for Russian army",
    ["Bulgarian police have arrested two men accused of recruiting Bulgarian and Moldovan citizens to fight for Russia in Ukraine, the prosecutor\u2019s office in Sofia said.",
     "Prosecutors said the pair had offered recruits up to $3,000 a month and travel to Moscow via Istanbul."],
    "other", "security", 2, "bulgaria-russian-army-recruiters-arrested-2030-06-04", a="Tom Ashcombe"),
  E("2030-06-04 10:15", "Ukraine says it hit ammunition depot in Bryansk region",
    ["Ukraine\u2019s general staff said its drones had struck an ammunition depot near the town of Klintsy in Russia\u2019s Bryansk region overnight, setting off secondary explosions.",
     "The Bryansk governor said only that drone debris had fallen on an \u201cindustrial site\u201d and that nobody had been hurt."],
    "strikes", "strikes", 2, "klintsy-ammunition-depot-strike-2030-06-04", a="Lorna Whitcombe"),
  E("2030-06-04 07:05", "Woman killed as drone hits Kyiv tower block",
    ["A 64-year-old woman was killed and four people were injured when a Russian drone hit the upper floors of a 16-storey block of flats in Kyiv\u2019s Obolon district overnight, the city\u2019s military administration said.",
     "Debris from intercepted drones also fell in the Darnytskyi district, damaging cars and a nursery."],
    "strikes", "strikes", 3, "kyiv-obolon-drone-strike-2030-06-04", a="Tom Ashcombe"),
  ]))

# ---------------------------------------------------------------- 18402 Evening Standard (live)
SEEDS.append(dict(
  id="18402", name="18402_standard-live", ext="txt", source="Evening Standard", zone="Europe/London", render=r_standard,
  title="Ukraine-Russia war live: Zelensky meets Merz in Berlin as missile strike kills three in Kharkiv",
  lede=["Volodymyr Zelensky has held talks with Friedrich Merz in Berlin, where the two leaders announced a joint air defence venture.",
        "In Kharkiv, a Russian ballistic missile hit a block of flats on Thursday afternoon, while Norway pledged money for Ukraine\u2019s winter gas."],
  byline="Nina Calder",
  basis="stamp line '{s}' (time, then author) above the post title; UK time (BST = UTC+1, no zone printed) on the page updated '6 June 2030'; local {d} in {z}",
  notes="Imitates an Evening Standard live blog copied as text. Header: title, two standfirst lines, page byline, 'Updated 6 June 2030 18:52' (no zone; UK time). A 'Key Points' block lists three post titles (key_point true for those posts), then 'Show latest update'. Each post opens with a stamp line 'HH:MM , NAME' (space before the comma, as printed), then the title and paragraphs. 18402-06 is a 'Watch:' video post with only a player line (no body). A 'Read More' block with two related links follows the Kharkiv post; a newsletter promo follows the fourth post.",
  not_entries=["'Skip to main content'", "masthead and navigation", "'Subscribe   Log in'", "breadcrumb 'News \u203a World'", "page title", "two standfirst lines",
               "page byline 'Nina Calder'", "'Updated 6 June 2030 18:52'", "'Share'", "'Key Points' header and its three lines (pointers to posts)",
               "'Show latest update'", "stamp lines 'HH:MM , NAME' (stamp and author, not body)", "'Video player loading' in the video post",
               "'Read More' and its two related links after the Kharkiv post", "newsletter promo after the fourth post", "'Load more'", "footer links and copyright"],
  entries=[
  E("2030-06-06 18:52", "Zelensky and Merz agree to build air defence missiles in Ukraine",
    ["Volodymyr Zelensky and German chancellor Friedrich Merz have agreed to set up a joint venture to produce air defence interceptor missiles in Ukraine, the two leaders said after talks in Berlin.",
     "Mr Merz said Germany would cover start-up costs of around \u20ac400 million and that the first missiles could come off the line next year.",
     "Mr Zelensky thanked Berlin for what he called \u201cthe most important decision for our skies this year\u201d."],
    "aid", "aid", 3, "germany-ukraine-interceptor-joint-venture-2030-06-06", a="Nina Calder", sec=["diplomacy"], kp=True,
    n="head-of-state meeting whose content is an arms-production deal: aid primary, diplomacy secondary"),
  E("2030-06-06 17:30", "Drone attack on Odesa port injures dock worker",
    ["A dock worker was injured when Russian drones struck grain storage facilities at the port of Odesa this afternoon, regional governor Oleh Kiper said.",
     "Kiper said two silos had been damaged and a fire had been put out within an hour."],
    "strikes", "strikes", 2, "odesa-port-drone-attack-2030-06-06", a="Sam Okafor"),
  E("2030-06-06 16:05", "UK sanctions 20 more shadow fleet tankers",
    ["The Foreign Office has sanctioned 20 more oil tankers it says belong to Russia\u2019s shadow fleet, along with two shipping companies registered in the United Arab Emirates.",
     "Ministers said the vessels had carried more than $4 billion worth of Russian crude since the start of last year."],
    "diplomacy", "diplomacy", 2, "uk-shadow-fleet-sanctions-2030-06-06", a="Nina Calder"),
  E("2030-06-06 14:40", "Russian soldier jailed in absentia over killing of four civilians",
    ["A court in Kyiv has sentenced a Russian soldier in absentia to life imprisonment for killing four civilians in the village of Motyzhyn in March 2022, the prosecutor general\u2019s office said.",
     "Prosecutors said the soldier is believed to be serving in a unit fighting in the Zaporizhzhia region."],
    "other", "humanitarian", 2, "motyzhyn-war-crimes-sentence-2030-06-06", a="Sam Okafor", n="war-crimes case = other/humanitarian"),
  E("2030-06-06 13:10", "Three killed in missile strike on Kharkiv apartment block",
    ["Three people were killed and 17 injured when a Russian missile hit a nine-storey apartment block in Kharkiv\u2019s Kyivskyi district, mayor Ihor Terekhov said.",
     "Regional governor Oleh Syniehubov said the strike, shortly after 2pm local time, had been carried out with an Iskander-M ballistic missile."],
    "strikes", "strikes", 3, "kharkiv-missile-strike-2030-06-06", a="Nina Calder", kp=True,
    readmore=["Kharkiv: the city that refuses to empty", "What is an Iskander-M and why is it so hard to stop?"]),
  E("2030-06-06 11:45", "Watch: Drone footage shows flooded trenches near Huliaipole", [],
    "other", "frontline", 1, "huliaipole-flooded-trenches-video-2030-06-06", a="Sam Okafor", n="video teaser without body"),
  E("2030-06-06 10:20", "Norway to pay for Ukraine\u2019s winter gas",
    ["Norway will give Ukraine 2 billion kroner (about \u00a3150 million) to buy natural gas for the coming winter, the Norwegian government said on Thursday.",
     "The money will be channelled through the European Bank for Reconstruction and Development, which has financed Ukraine\u2019s gas purchases since 2022."],
    "aid", "aid", 3, "norway-gas-purchase-grant-2030-06-06", a="Nina Calder", kp=True),
  ]))

# ---------------------------------------------------------------- 18403 Fox News (live)
SEEDS.append(dict(
  id="18403", name="18403_foxnews-live", ext="html", source="Fox News", zone="America/New_York", render=r_fox, code=611402,
  slug="russia-ukraine-war-june-8-2030",
  title="Russia-Ukraine war: State Department clears Patriot support sale as Russian missiles hit Dnipro",
  lede="Follow Fox News Digital for the latest updates on the war in Ukraine.",
  basis="stamp '{s}' (date, 12-hour time and EDT printed; EDT = UTC-4); local {d} in {z}",
  notes="Imitates a Fox News live page (HTML). LiveBlogPosting JSON-LD with per-update headline, datePublished (-04:00) and author. 'LIVE UPDATES' eyebrow, h1, 'Coverage for this event has ended.' banner, dek. Posts newest first: h2 title, author with a 'Fox News' label, '<time>June 8, 2030 4:12pm EDT</time>', paragraphs. ALL-CAPS promo links between paragraphs (app download, related stories) and italic 'contributed to this report' lines are not body and not authors. Spelling 'Zelenskyy' as Fox prints it.",
  not_entries=["site header and navigation", "'LIVE UPDATES' eyebrow", "page title (h1)", "'Coverage for this event has ended.' banner", "dek 'Follow Fox News Digital ...'",
               "author lines with the 'Fox News' label and post times (author/stamp, not body)",
               "ALL-CAPS promo links inside posts ('CLICK HERE TO GET THE FOX NEWS APP', related-story links)",
               "italic credit lines 'Fox News' Alexis Moreno contributed to this report.' and 'The Associated Press contributed to this report.'",
               "'Share' / 'Copy link' under each post", "'Advertisement' slot after the third post", "footer"],
  entries=[
  E("2030-06-08 16:12", "State Department approves $825M Patriot sustainment sale to Ukraine",
    ["The State Department on Saturday approved a possible $825 million sale of spare parts, repairs and training to keep Ukraine's Patriot air defense batteries running, the Defense Security Cooperation Agency said.",
     "The package will be paid for with European money under a NATO-run purchasing program, according to the agency's notice to Congress."],
    "aid", "aid", 3, "us-patriot-sustainment-sale-2030-06-08", a="Greg Tannehill",
    promos=[(0, "UKRAINE WARNS AIR DEFENSE STOCKS ARE RUNNING LOW AS RUSSIA STEPS UP ATTACKS")], credit="Fox News' Alexis Moreno contributed to this report."),
  E("2030-06-08 14:30", "Zelenskyy accuses Moscow of stalling on prisoner swap",
    ["Ukrainian President Volodymyr Zelenskyy on Saturday accused Russia of dragging its feet on a prisoner exchange that negotiators from both sides agreed to last month.",
     "\"We handed over the lists weeks ago. Every day of delay is another day our people spend in Russian prisons,\" Zelenskyy said in a post on X.",
     "The Kremlin did not immediately respond to the accusation."],
    "diplomacy", "diplomacy", 2, "zelenskyy-prisoner-swap-delay-2030-06-08", a="Alexis Moreno",
    promos=[(1, "CLICK HERE TO GET THE FOX NEWS APP")]),
  E("2030-06-08 12:05", "Russian missile strike on Dnipro kills 4, officials say",
    ["At least four people were killed and 22 wounded when Russian missiles struck the center of Dnipro on Saturday, Ukrainian officials said.",
     "Regional governor Serhiy Lysak said a ballistic missile hit a university building and a nearby apartment block. Rescue crews were searching the rubble for others feared trapped."],
    "strikes", "strikes", 3, "dnipro-missile-strike-2030-06-08", a="Greg Tannehill", credit="The Associated Press contributed to this report."),
  E("2030-06-08 10:40", "Poland scrambles jets as Russia pounds western Ukraine",
    ["Poland scrambled fighter jets and put ground-based air defenses on high alert early Saturday as Russia launched missiles and drones at targets in western Ukraine, the Polish military's operational command said.",
     "Polish officials said no Russian aircraft or drones had entered the country's airspace."],
    "other", "security", 2, "poland-scrambles-jets-2030-06-08", a="Alexis Moreno", n="precautionary NATO air-policing response, no strike on Poland"),
  E("2030-06-08 09:15", "Ukraine says it shot down Russian Su-34 bomber over Donetsk region",
    ["Ukraine's air force said Saturday it shot down a Russian Su-34 fighter-bomber over the Donetsk region, the third Russian warplane it has claimed this year.",
     "Moscow did not comment. Fox News Digital could not independently verify the claim."],
    "strikes", "strikes", 2, "su-34-shot-down-donetsk-2030-06-08", a="Greg Tannehill"),
  E("2030-06-08 07:30", "Russia hits Ukrainian energy sites for third straight night",
    ["Russian drones damaged energy facilities in the Chernihiv and Sumy regions overnight, Ukraine's grid operator Ukrenergo said Saturday, the third night in a row of attacks on the power system.",
     "Ukraine's air force said 68 drones were launched, of which 51 were downed."],
    "strikes", "strikes", 2, "energy-drone-attacks-chernihiv-sumy-2030-06-08", a="Alexis Moreno",
    promos=[(0, "RUSSIA SENDS DRONE SWARMS AT UKRAINE'S POWER GRID AHEAD OF SUMMER PEAK")]),
  ]))

# ---------------------------------------------------------------- 18404 Newsweek (live updates)
SEEDS.append(dict(
  id="18404", name="18404_newsweek-liveupdates", ext="txt", source="Newsweek", zone="America/New_York", render=r_newsweek, pub="2030-06-10 04:05",
  title="Russia-Ukraine War Live Updates: Odesa Strike Kills 3; Kyiv Passes New Mobilization Rules",
  byline="Ellie Markwood", role="Live News Reporter",
  lede="Newsweek is following the latest developments in Russia's war in Ukraine. Follow along for live updates.",
  readmore=["Map Shows Where Ukraine Has Hit Russia's Oil Industry", "Russia's Black Sea Fleet Is Running Out of Safe Harbors"],
  basis="update time '{s}' (EDT printed; EDT = UTC-4) on the live page 'Published Jun 10, 2030 at 04:05 AM EDT'; local {d} in {z}",
  notes="Imitates a Newsweek live-updates page copied as text. Header: 'World', 'LIVE', title in Title Case, 'By Ellie Markwood' and her role 'Live News Reporter' (author of every update, as updates carry no names), 'Published Jun 10, 2030 at 04:05 AM EDT' / 'Updated ...', 'FACT CHECKED' badge, standfirst. Updates newest first: a time line '3:40 PM EDT', a title line, paragraphs (the 'Newsweek has contacted ...' sentences are part of the body). Mid-page: an AI-translation notice, a 'Trending Now' label and a 'Read more' block with two links.",
  not_entries=["masthead, navigation and account links", "section label 'World' and 'LIVE'", "page title", "byline 'By Ellie Markwood' and role 'Live News Reporter'",
               "'Published Jun 10, 2030 at 04:05 AM EDT' and 'Updated ...' lines", "'FACT CHECKED' badge", "standfirst 'Newsweek is following ...'",
               "'Share   Copy link   Comments'", "update time lines (stamps)", "AI-translation notice and 'Trending Now' label after the third update",
               "'Read more' block and its two links after the fifth update", "'Request Reprint & Licensing   Submit Correction   View Editorial Guidelines'",
               "footer and copyright"],
  entries=[
  E("2030-06-10 15:40", "Ukraine's Parliament Approves New Mobilization Rules",
    ["Ukraine's parliament, the Verkhovna Rada, on Monday passed a bill that lets men aged 18 to 24 sign one-year contracts with the armed forces in exchange for a lump-sum payment of about $24,000.",
     "The bill now goes to President Volodymyr Zelensky for signature. Lawmakers said about 30,000 young men had signed similar contracts under a pilot scheme launched last year."],
    "other", "politics", 2, "ukraine-youth-contract-law-2030-06-10", a="Ellie Markwood"),
  E("2030-06-10 14:15", "Russia Fires Hypersonic Missile at Lviv, Governor Says",
    ["Russia fired a Kinzhal hypersonic missile at the western Ukrainian city of Lviv on Monday afternoon, regional governor Maksym Kozytskyi said, damaging a warehouse on the city's outskirts.",
     "Nobody was hurt, Kozytskyi wrote on Telegram. Newsweek has contacted the Russian Defense Ministry for comment via email."],
    "strikes", "strikes", 2, "lviv-kinzhal-strike-2030-06-10", a="Ellie Markwood"),
  E("2030-06-10 12:50", "Map Shows Russian Advances Near Kupiansk",
    ["Russian forces have made small gains north of Kupiansk in the Kharkiv region over the past week, according to maps published by the Institute for the Study of War (ISW), a U.S. think tank.",
     "The ISW said geolocated footage showed Russian troops in the village of Synkivka, though Ukraine's General Staff said on Monday that its units still held the area."],
    "other", "frontline", 2, "kupiansk-russian-advances-map-2030-06-10", a="Ellie Markwood"),
  E("2030-06-10 11:30", "NATO Chief Says Allies Must Double Air Defense Output",
    ["NATO Secretary General Mark Rutte said on Monday that member states need to double their production of air defense interceptors by the end of next year, both to protect Ukraine and to rebuild their own stocks.",
     "\"Every Patriot missile that goes to Ukraine is one we have to replace,\" Rutte told reporters in Brussels."],
    "aid", "aid", 2, "rutte-air-defense-production-call-2030-06-10", a="Ellie Markwood", sec=["diplomacy"]),
  E("2030-06-10 09:55", "Kremlin Says Geneva Nuclear Talks 'Premature'",
    ["Kremlin spokesperson Dmitry Peskov said on Monday that talks on the Zaporizhzhia nuclear power plant proposed by the International Atomic Energy Agency were \"premature,\" casting doubt on a meeting planned in Geneva.",
     "Newsweek has reached out to the IAEA for comment."],
    "diplomacy", "diplomacy", 2, "kremlin-geneva-npp-talks-premature-2030-06-10", a="Ellie Markwood"),
  E("2030-06-10 08:20", "Ukrainian Drones Strike Oil Depot in Russia's Tambov Region",
    ["Ukrainian drones hit an oil depot in Russia's Tambov region overnight, causing a large fire, according to the regional governor and videos posted on Russian Telegram channels.",
     "Ukraine's General Staff later confirmed the strike and said the depot supplied fuel to Russian units fighting in the Kharkiv direction."],
    "strikes", "strikes", 2, "tambov-oil-depot-drone-strike-2030-06-10", a="Ellie Markwood"),
  E("2030-06-10 06:10", "Three Killed in Russian Strike on Odesa",
    ["Three people were killed and eight injured in a Russian drone and missile attack on Odesa on Monday, regional governor Oleh Kiper said.",
     "The attack damaged an apartment building and a power substation in the city's Kyivskyi district, Kiper said on Telegram."],
    "strikes", "strikes", 3, "odesa-strike-2030-06-10", a="Ellie Markwood"),
  ]))

# ---------------------------------------------------------------- 18405 The Irish Times (world article)
SEEDS.append(dict(
  id="18405", name="18405_irishtimes-article", ext="html", source="The Irish Times", zone="Europe/Dublin", render=r_irishtimes, code="QK4X7ZL2",
  title="Russia knocks out power to a million homes as Tánaiste visits Kyiv",
  lede="Overnight missile attack on the capital\u2019s biggest power plant kills a worker and brings back rolling blackouts in nine regions",
  byline="Eoghan Tierney", city="Kyiv",
  caption="Firefighters at a damaged power plant in Kyiv on Wednesday. Photograph: Oleksii Marchuk/EPA",
  related=["Ireland\u2019s neutrality debate shifts as Defence Forces weigh air-defence purchase", "Ukraine\u2019s grid operator warns of a summer of blackouts"],
  tags=["Russia-Ukraine war", "Ukraine", "Russia", "Simon Harris"],
  basis="no per-section time; the article's date line 'Wed Jun 12 2030 - 18:45' (Irish time, IST = UTC+1, no zone printed) applies to every section; the JSON-LD datePublished 2030-06-12T17:45:00.000Z agrees; local {d} in {z}",
  notes="Imitates an Irish Times world article (Arc page, HTML) by a correspondent ('Eoghan Tierney in Kyiv': author is the name without the location). One entry per part of the article: the opening paragraphs before the first crosshead (headline null), then four h3 crossheads. No per-section time: stamp null and published = the article's date line 'Wed Jun 12 2030 - 18:45' (no zone printed; Irish Standard Time in June). The body ends with a WhatsApp promo and topic tags; an inline 'Read More' box sits after the second part.",
  not_entries=["site header, navigation, 'Subscribe' / 'Sign In'", "breadcrumb 'World' / 'Europe'", "article title (h1)", "standfirst (h2)",
               "byline 'Eoghan Tierney in Kyiv'", "date line 'Wed Jun 12 2030 - 18:45'", "photo caption with 'Photograph:' credit",
               "inline 'Read More' box and its two links", "WhatsApp promo line", "topic tags", "footer"],
  entries=[
  E("2030-06-12 18:45", None,
    ["Russia fired cruise missiles and drones at Kyiv\u2019s largest combined heat and power plant early on Wednesday, killing a worker and leaving about a million homes in the capital and the surrounding region without electricity for much of the day.",
     "Ukraine\u2019s air force said 27 missiles and 140 drones were launched at targets across the country overnight, and that 19 missiles and 122 drones were shot down. By evening engineers had restored power to most districts of the city, the municipal authorities said."],
    "strikes", "strikes", 3, "kyiv-power-plant-missile-strike-2030-06-12", a="Eoghan Tierney",
    n="opening paragraphs before the first crosshead: an entry without headline"),
  E("2030-06-12 18:45", "Rolling blackouts",
    ["Ukrenergo, the national grid operator, introduced scheduled hourly blackouts for households in nine regions and asked industry to cut consumption during the evening peak.",
     "It is the first time since last winter that rationing has been needed, and officials warn it may return whenever temperatures climb and air conditioners strain the grid."],
    "other", "humanitarian", 2, "ukraine-rolling-blackouts-2030-06-12", a="Eoghan Tierney", sec=["strikes"],
    n="consequence of the strikes for civilians; its own story (power rationing), secondary strikes"),
  E("2030-06-12 18:45", "Harris in Kyiv",
    ["The T\u00e1naiste and Minister for Foreign Affairs, Simon Harris, arrived in Kyiv by overnight train hours after the attack and met his Ukrainian counterpart, Andrii Sybiha.",
     "Mr Harris said Ireland would remain \u201cmilitarily neutral but not politically neutral\u201d and that the Government would back opening the next stage of Ukraine\u2019s EU accession talks at this month\u2019s European Council."],
    "diplomacy", "diplomacy", 3, "harris-visit-kyiv-2030-06-12", a="Eoghan Tierney", n="ministerial diplomatic visit"),
  E("2030-06-12 18:45", "Demining funds",
    ["He also announced \u20ac12 million for humanitarian demining in the Kharkiv and Kherson regions, to be channelled through the Halo Trust and the UN Development Programme.",
     "That brings Ireland\u2019s non-lethal support for Ukraine since 2022 to more than \u20ac300 million, according to the Department of Foreign Affairs."],
    "aid", "aid", 2, "ireland-demining-funding-2030-06-12", a="Eoghan Tierney"),
  E("2030-06-12 18:45", "Fighting in the east",
    ["On the front line, Ukraine\u2019s general staff reported 138 Russian assaults over the previous 24 hours, the highest daily figure in a month, most of them around Kostiantynivka and Huliaipole.",
     "Russian military bloggers claimed advances south of Kostiantynivka, which Ukrainian officials denied."],
    "other", "frontline", 2, "eastern-front-assaults-2030-06-12", a="Eoghan Tierney"),
  ]))

# ---------------------------------------------------------------- 18406 ABC News Australia (live)
SEEDS.append(dict(
  id="18406", name="18406_abcnews-live", ext="html", source="ABC News", zone="Australia/Sydney", render=r_abc,
  title="Live: Russia launches one of its biggest attacks of the year on Ukraine, Kremenchuk death toll rises",
  byline="Lucy Tarrant and Ben Whitcliffe",
  basis="post time '{s}' (AEST = UTC+10, printed once as 'All times AEST') on the page 'Posted Fri 14 Jun 2030'; the post's <time datetime> agrees; local {d} in {z}",
  notes="Imitates an ABC News (Australia) live blog (HTML). Header: 'Live' badge, h1, page byline 'By Lucy Tarrant and Ben Whitcliffe', 'Posted Fri 14 Jun 2030 at 1:05pm, updated Fri 14 Jun 2030 at 10:48pm', 'All times AEST'. A 'Key events' list names three post titles; the page's own key list, treated as the Key Points block (key_point true). Posts newest first: '<time>10:48pm</time>', optional 'Key Event' tag, optional h2 (18406-03 has no title: headline null), paragraphs, 'By NAME', 'Share post'. Embeds print 'Loading...'. Kremenchuk toll 4 -> 9 across three posts (same story, not repeats).",
  not_entries=["site header and navigation", "'Live' badge", "page title (h1)", "page byline 'By Lucy Tarrant and Ben Whitcliffe'",
               "'Posted Fri 14 Jun 2030 at 1:05pm, updated Fri 14 Jun 2030 at 10:48pm'", "'All times AEST'", "'Share'",
               "'Key events' heading, its three links (pointers to posts) and the 'Show only key events' toggle", "'Live updates' heading",
               "'Key Event' tags on posts", "'By NAME' lines under posts (author, not body)", "'Share post' buttons", "'Loading...' embed placeholders",
               "'Load more'", "footer"],
  entries=[
  E("2030-06-14 22:48", "Australia commits $95 million for counter-drone systems and demining",
    ["Defence Minister Richard Marles has announced a $95 million package for Ukraine, made up mostly of Australian-built counter-drone systems and funding for demining equipment.",
     "Mr Marles said the package takes Australia's total military assistance to Ukraine past $1.9 billion since 2022."],
    "aid", "aid", 3, "australia-counter-drone-package-2030-06-14", a="Ben Whitcliffe", kp=True, n="listed under 'Key events'"),
  E("2030-06-14 21:30", "Kremlin says peace talks 'not on the agenda'",
    ["Kremlin spokesman Dmitry Peskov has told reporters in Moscow there are no plans for a new round of talks with Ukraine, saying the conditions for negotiations \"do not yet exist\"."],
    "diplomacy", "diplomacy", 2, "kremlin-no-talks-planned-2030-06-14", a="Lucy Tarrant"),
  E("2030-06-14 20:15", None,
    ["Ukraine's air force says it has shot down a Russian Kh-59 cruise missile over the Mykolaiv region, a few hours after the main overnight attack ended.",
     "There are no reports of damage."],
    "strikes", "strikes", 2, "mykolaiv-kh59-interception-2030-06-14", a="Ben Whitcliffe", embed=0, n="post without a title: headline null"),
  E("2030-06-14 18:40", "Kremenchuk death toll rises to nine",
    ["The number of people killed in the missile strike on Kremenchuk has risen to nine, according to the Poltava regional administration.",
     "Rescuers are still searching the ruins of a five-storey building in the city centre, where at least 30 people were injured."],
    "strikes", "strikes", 3, "kremenchuk-missile-strike-2030-06-14", a="Lucy Tarrant", kp=True, n="toll 9"),
  E("2030-06-14 16:55", "What we know about the overnight attack",
    ["Russia launched 36 missiles and 210 drones at Ukraine overnight, according to Ukraine's air force, one of the largest attacks of the year.",
     "Most of the damage was in the Poltava region, where a missile hit a residential building in Kremenchuk and an oil refinery was set on fire.",
     "Ukrainian officials say 28 missiles and 176 drones were shot down."],
    "strikes", "strikes", 3, "kremenchuk-missile-strike-2030-06-14", a="Lucy Tarrant", n="summary of the same overnight attack; same story"),
  E("2030-06-14 14:20", "Australian killed fighting in Ukraine, DFAT confirms",
    ["The Department of Foreign Affairs and Trade has confirmed that an Australian man has been killed while fighting with Ukraine's armed forces in the Donetsk region.",
     "A DFAT spokesperson said the department was providing consular assistance to the man's family and would not release further details for privacy reasons."],
    "other", "frontline", 2, "australian-volunteer-killed-donetsk-2030-06-14", a="Ben Whitcliffe"),
  E("2030-06-14 13:05", "Russian missiles kill four in Kremenchuk",
    ["Russia has launched a large overnight missile and drone attack on Ukraine, with at least four people killed in the central city of Kremenchuk, local officials say.",
     "The attack began in the early hours of Friday, Ukrainian time, with air raid alerts sounded across the whole country."],
    "strikes", "strikes", 3, "kremenchuk-missile-strike-2030-06-14", a="Lucy Tarrant", kp=True, embed=1, n="toll 4"),
  ]))

# ---------------------------------------------------------------- 18407 The Times of Israel (liveblog items, RSS)
SEEDS.append(dict(
  id="18407", name="18407_timesofisrael-liveblogfeed", ext="xml", source="The Times of Israel", zone="UTC", render=r_toi_rss,
  title="Liveblog | The Times of Israel",
  basis="RSS pubDate '{s}' (explicit +0000); local {d} in {z}",
  notes="Imitates the Times of Israel liveblog feed (WordPress RSS 2.0): each item is one liveblog entry, pubDate with +0000, dc:creator in CDATA ('ToI Staff', 'Agencies' or a reporter), description = WordPress auto-excerpt cut after 40 words and ending ' [&#8230;]' (so it may stop mid-sentence; the full text is in content:encoded). Mostly Israeli news: 4 of 7 items are not about the war in Ukraine (heat wave, Knesset clock bill, a missile from Yemen intercepted over the Negev, Tel Aviv Pride); the Yemen interception is about another conflict and is off-beat although it reads like a strike report.",
  not_entries=["channel title, link, description, generator and update settings", "truncated description excerpts ending '[\u2026]' (duplicates of the start of content:encoded)"],
  entries=[
  OFF("2030-06-16 21:40", "Israel Electric Corporation warns of record demand as heat wave continues",
    ["The Israel Electric Corporation said Sunday evening that electricity demand had reached an all-time high of 17,900 megawatts and urged the public to limit air conditioner use between 5 and 9 in the evening.",
     "Temperatures in the Jordan Valley topped 46 degrees Celsius, according to the Israel Meteorological Service."],
    "israel-heat-wave-power-demand-2030-06-16", a="ToI Staff", n="Israeli weather/energy"),
  E("2030-06-16 19:15", "Ukraine's foreign minister to visit Israel next week",
    ["Ukrainian Foreign Minister Andrii Sybiha will visit Israel next week for talks on agricultural cooperation and the return of Ukrainian children taken to Russia, his ministry said on Sunday.",
     "It will be the first visit by a Ukrainian foreign minister to Israel since 2024. Israel's Foreign Ministry confirmed the trip but did not give dates."],
    "diplomacy", "diplomacy", 2, "sybiha-israel-visit-announced-2030-06-16", a="Tamar Lavi"),
  OFF("2030-06-16 16:50", "Knesset committee advances bill to extend daylight saving time",
    ["The Knesset Economic Affairs Committee on Sunday approved for its first reading a bill that would keep Israel on daylight saving time until mid-November.",
     "Supporters say the change would save electricity; religious parties have said they will oppose it."],
    "knesset-daylight-saving-bill-2030-06-16", a="ToI Staff", n="Israeli domestic politics"),
  E("2030-06-16 14:20", "Russian drone strike in Odesa damages synagogue, no injuries reported",
    ["A Russian drone attack on Odesa overnight damaged the windows and roof of the city's main synagogue, Ukraine's chief rabbi said on Sunday.",
     "No one was inside at the time. Regional officials said two apartment buildings and a school were also damaged in the attack."],
    "strikes", "strikes", 2, "odesa-synagogue-drone-damage-2030-06-16", a="Agencies"),
  OFF("2030-06-16 11:05", "IDF says missile launched from Yemen intercepted over Negev",
    ["The Israeli military said it intercepted a ballistic missile fired from Yemen toward southern Israel on Sunday morning, after sirens sounded in Beersheba and surrounding communities.",
     "There were no reports of injuries. Yemen's Houthi rebels did not immediately claim the launch."],
    "yemen-missile-intercepted-negev-2030-06-16", a="Ofer Gilad", n="interception in another conflict, not the Russia-Ukraine war"),
  E("2030-06-16 08:30", "Israel sends medical aid shipment to Kharkiv hospitals",
    ["Israel has sent 18 tons of medical equipment, including generators and trauma kits, to hospitals in Ukraine's Kharkiv region, the Foreign Ministry said Sunday.",
     "The shipment was coordinated with the Ukrainian embassy and paid for by the ministry's development agency, MASHAV."],
    "aid", "aid", 2, "israel-medical-aid-kharkiv-2030-06-16", a="ToI Staff", n="humanitarian aid to Ukraine = aid"),
  OFF("2030-06-16 06:10", "Police to deploy 2,000 officers for Tel Aviv Pride parade",
    ["Police said they would deploy some 2,000 officers to secure the Tel Aviv Pride parade on Sunday, which organizers expect to draw more than 150,000 people."],
    "tel-aviv-pride-security-2030-06-16", a="ToI Staff", n="Israeli event"),
  ]))

# ---------------------------------------------------------------- 18408 The Kyiv Independent (site feed with the 'Ukraine war latest' newsletter)
KI_KD = ["Russian drones hit the Chernihiv combined heat and power plant, cutting electricity to about 40,000 households.",
         "The EU released a \u20ac1.4 billion tranche for Ukraine funded by proceeds from immobilized Russian assets.",
         "The Verkhovna Rada appointed Serhii Tkachuk as energy minister.",
         "Russian attacks on Kherson Oblast killed one person and injured five over the past day.",
         "Ukraine's General Staff said Russian forces carried out 162 assaults along the front line."]
KI_SECTIONS = [
  ("Russian drones hit Chernihiv power plant",
   ["Russian attack drones struck the Chernihiv combined heat and power plant on the morning of June 18, injuring two workers and leaving about 40,000 households without electricity, regional authorities said.",
    "It was the fourth attack on the plant this year. Ukrenergo said repair crews would restore supply to hospitals and water utilities first."]),
  ("EU releases \u20ac1.4 billion from Russian asset proceeds",
   ["The European Commission transferred a \u20ac1.4 billion tranche to Ukraine, financed by windfall profits from Russian central bank assets immobilized in the EU, Prime Minister Yuliia Svyrydenko said.",
    "Most of the money is earmarked for air defense and artillery ammunition, she added."]),
  ("Kherson Oblast under fire",
   ["Russian forces shelled 31 settlements in Kherson Oblast over the past day, killing one person and injuring five, Governor Oleksandr Prokudin reported."])]
SEEDS.append(dict(
  id="18408", name="18408_kyivindependent-feed", ext="xml", source="The Kyiv Independent", zone="UTC", render=r_ki_rss,
  title="The Kyiv Independent", lede="News from Ukraine, in English. Independent, reader-funded journalism.",
  basis="RSS pubDate '{s}' (GMT printed); local {d} in {z}",
  notes="Imitates the Kyiv Independent site feed (Ghost RSS 2.0) for one day: pubDate in GMT, title/description/dc:creator/category in CDATA, media:content image, full HTML in content:encoded. The top item is the day's 'Ukraine war latest' newsletter issue (category 'Ukraine War Latest'): its content opens with an image, the label 'Key developments on June 18:' and five bullets, then three crosshead sections and a 'Read also' bookmark card; its description is the first bullet. It is one feed item, so one entry: first_sentence = the first bullet (the label before the list is not a sentence), body_paragraphs = 5 bullets + 5 section paragraphs = 10; story = the Chernihiv power plant strike the headline leads with (also item 18408-02, a separate article on the same event, not a repeat). 18408-05 and -06 are credited to 'The Kyiv Independent news desk' (kept as printed); 18408-07 is an opinion piece (own story). AP-style dates inside the text ('Feb. 24, 2022', 'June 18').",
  not_entries=["channel title, description, image, generator and ttl", "image tags at the start of each content:encoded",
               "label 'Key developments on June 18:' in the newsletter item (a list header, not a sentence)", "newsletter crosshead lines (parts of the newsletter item's body structure)",
               "'Read also' bookmark card in the newsletter item", "descriptions (excerpts repeating the first paragraph or first bullet)"],
  entries=[
  E("2030-06-18 20:05", "Ukraine war latest: Russian drones knock out Chernihiv power plant, 40,000 homes without electricity",
    KI_KD + [p for _, ps in KI_SECTIONS for p in ps],
    "strikes", "strikes", 3, "chernihiv-power-plant-drone-strike-2030-06-18", a="Oksana Hrytsenko and Dmytro Kolesnyk", sec=["aid"],
    kd=KI_KD, sections=KI_SECTIONS, readalso="Chernihiv\u2019s power plant has been hit four times this year. Here\u2019s why it matters", cat="Ukraine War Latest",
    n="daily newsletter issue as one feed item; leads with the Chernihiv strike and also covers the EU tranche, an appointment and Kherson shelling"),
  E("2030-06-18 17:40", "Russian drones hit Chernihiv power plant, 2 workers injured",
    ["Russian drones struck the Chernihiv combined heat and power plant on June 18, injuring two workers and causing a blackout in parts of the city, regional authorities said.",
     "Around 40,000 households were left without electricity. The plant was previously hit in February, March and April."],
    "strikes", "strikes", 3, "chernihiv-power-plant-drone-strike-2030-06-18", a="Dmytro Kolesnyk", cat="Ukraine",
    n="energy-infrastructure strike cutting power to 40,000 households; importance 3 although nobody was killed, because it is the lead of the outlet's own daily newsletter (18408-01), an editor's pick"),
  E("2030-06-18 15:10", "EU transfers \u20ac1.4 billion to Ukraine from frozen Russian asset profits",
    ["The European Union transferred another \u20ac1.4 billion to Ukraine funded by profits from frozen Russian assets, Prime Minister Yuliia Svyrydenko announced on June 18.",
     "The money comes under the G7's Extraordinary Revenue Acceleration (ERA) mechanism, which has channeled tens of billions of euros to Ukraine since 2025."],
    "aid", "aid", 3, "eu-russian-asset-proceeds-tranche-2030-06-18", a="Oksana Hrytsenko", cat="Ukraine"),
  E("2030-06-18 13:25", "Parliament appoints Serhii Tkachuk as energy minister",
    ["The Verkhovna Rada voted on June 18 to appoint Serhii Tkachuk, the former head of the state gas transmission operator, as Ukraine's energy minister.",
     "The post had been vacant for five weeks after his predecessor resigned amid a procurement investigation."],
    "other", "politics", 2, "tkachuk-energy-minister-appointment-2030-06-18", a="Anastasiia Bilan", cat="Politics"),
  E("2030-06-18 10:50", "General Staff: Russia has lost 2,291,730 troops in Ukraine since Feb. 24, 2022",
    ["Russia has lost 2,291,730 troops in Ukraine since the beginning of its full-scale invasion on Feb. 24, 2022, the General Staff of Ukraine's Armed Forces reported on June 18.",
     "This number includes 1,020 casualties that Russian forces suffered over the past day."],
    "other", "frontline", 2, "general-staff-russian-losses-2030-06-18", a="The Kyiv Independent news desk", cat="Ukraine"),
  E("2030-06-18 08:15", "Russian attacks kill 1, injure 5 in Kherson Oblast over past day",
    ["Russian attacks across Kherson Oblast killed one person and injured five over the past day, Governor Oleksandr Prokudin reported on June 18.",
     "Russian forces targeted residential areas, critical infrastructure and a hospital in Kherson city, Prokudin said."],
    "strikes", "strikes", 3, "kherson-oblast-attacks-2030-06-18", a="The Kyiv Independent news desk", cat="Ukraine"),
  E("2030-06-18 06:30", "Opinion: Europe's air defense gap will not close by itself",
    ["Every summer, European capitals rediscover that Ukraine is running short of interceptors, and every summer they promise to fix it next year.",
     "The problem is not money but factories: Europe still builds fewer Patriot and IRIS-T missiles in a year than Russia fires ballistic missiles in a month."],
    "aid", "aid", 2, "opinion-europe-air-defense-gap-2030-06-18", a="Halyna Vovk", cat="Opinion", n="opinion column (theme piece), own story"),
  ]))

# ---------------------------------------------------------------- 18409 Ukrinform (article)
SEEDS.append(dict(
  id="18409", name="18409_ukrinform-article", ext="txt", source="Ukrinform", zone="Europe/Kyiv", render=r_ukrinform,
  title="Russian attacks kill four, injure 23 in six regions over past day",
  lede="Over the past day, Russian troops attacked six regions of Ukraine with artillery, drones and guided aerial bombs, killing four civilians and injuring 23, according to regional military administrations.",
  signoff="As Ukrinform reported, on June 19 Russia attacked Ukraine with 64 drones and two ballistic missiles.",
  tags=["Russian aggression", "shelling", "regions"],
  latest=[("09:12", "Air defense downs 47 of 61 Russian drones overnight"), ("09:05", "Enemy losses in Ukraine: 1,030 personnel, 14 artillery systems over past day"),
          ("08:51", "Zelensky to attend Ukraine Recovery Conference in Gda\u0144sk"), ("08:40", "Ukraine, Moldova agree to open new border crossing")],
  basis="no per-section time; the article's date line '20.06.2030 09:15' (Kyiv time, EEST = UTC+3, no zone printed) applies to every section; local {d} in {z}",
  notes="Imitates a Ukrinform article page copied as text: rubric 'War', title, date line '20.06.2030 09:15' (day.month.year, Kyiv time, no zone), view counter, a lede paragraph summing up the whole article (not an entry), then one crosshead per region ('Kherson region', ...), one entry each, with no per-section time (stamp null, published = the article's date line) and no byline (author null). 'Read also:' lines and a 'Photo:' credit inside the body are links/credits, not body. The closing 'As Ukrinform reported, ...' line refers to the previous day, and the 'Latest news' list at the bottom (bare times and headlines) is navigation.",
  not_entries=["top bar, rubric menu and language switcher", "rubric label 'War'", "article title", "date line '20.06.2030 09:15' and 'Views: 1,284'",
               "lede paragraph summing up all regions ('Over the past day, Russian troops attacked six regions ...')",
               "'Read also:' lines inside sections", "'Photo: Zaporizhzhia Regional Military Administration' credit",
               "closing line 'As Ukrinform reported, on June 19 ...' (earlier report)", "citation notice", "tags line",
               "'Latest news' list (four bare times and headlines) and 'All news'", "copyright line"],
  entries=[
  E("2030-06-20 09:15", "Kherson region",
    ["In the Kherson region, Russian troops shelled 27 settlements, including the city of Kherson, killing one man and injuring six people, head of the Kherson Regional Military Administration Oleksandr Prokudin said on Telegram.",
     "Residential buildings, a gas pipeline and private cars were damaged."],
    "strikes", "strikes", 3, "kherson-region-shelling-2030-06-20", readalso="Kherson extends evacuation of families with children from riverside districts"),
  E("2030-06-20 09:15", "Zaporizhzhia region",
    ["The enemy carried out 412 attacks on 14 settlements of the Zaporizhzhia region, head of the Regional Military Administration Ivan Fedorov said.",
     "A 57-year-old woman was killed in the Huliaipole district, and four people were injured."],
    "strikes", "strikes", 3, "zaporizhzhia-region-attacks-2030-06-20", photo="Zaporizhzhia Regional Military Administration"),
  E("2030-06-20 09:15", "Donetsk region",
    ["Two residents of the Donetsk region were killed over the past day, in Kostiantynivka and Druzhkivka, the regional military administration reported.",
     "Another seven people were injured, and 14 houses and an administrative building were damaged."],
    "strikes", "strikes", 3, "donetsk-region-attacks-2030-06-20"),
  E("2030-06-20 09:15", "Kharkiv region",
    ["In the Kharkiv region, Russian drones attacked Kupiansk and Chuhuiv, injuring three people, head of the Regional Military Administration Oleh Syniehubov said."],
    "strikes", "strikes", 2, "kharkiv-region-drone-attacks-2030-06-20"),
  E("2030-06-20 09:15", "Sumy region",
    ["The Russian army carried out 96 attacks on 38 settlements of the Sumy region, injuring two people, the regional military administration reported."],
    "strikes", "strikes", 2, "sumy-region-attacks-2030-06-20", readalso="Sumy region: border villages to be resettled by autumn"),
  E("2030-06-20 09:15", "Dnipropetrovsk region",
    ["In the Dnipropetrovsk region, Russian forces attacked the Nikopol district with artillery and FPV drones, injuring one man, the regional military administration said."],
    "strikes", "strikes", 2, "nikopol-district-attacks-2030-06-20"),
  ]))


# ================================================================ Part B renderers (invented outlets)

def r_b_glenmorrow(S):
    """text live blog, newest first: date line and 'All times BST' once; each post: a time line '8.10pm', title, paragraphs,
    'By NAME'; a photo teaser prints only a gallery line."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"], "News   World   Politics   Business   Sport   Culture   Opinion   Live", "", "LIVE", S["title"], "", S["dateline"], "All times BST", "",
         S["lede"], "", "Latest updates", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, sep="."); stamps.append(st)
        L += [st, e["h"], ""]
        L += ptxt(e["p"]) if e["p"] else ["[Gallery: 6 images]", ""]
        if e["a"]:
            L += [f"By {e['a']}", ""]
        if i == 2:
            L += [f"Get the {S['source']} world briefing every morning. Sign up free", ""]
    L += ["Older updates", "", f"{S['source']}  |  About  |  Contact  |  Complaints  |  Privacy  |  Cookies"]
    return "\n".join(L) + "\n", stamps


def r_b_brackenridge(S):
    """HTML live blog, oldest first; LiveBlogPosting JSON-LD whose updates carry their own datePublished (+03:00) and author;
    visible '<time datetime>10:05</time>' under a date header; h2 title; author span; share row."""
    z = S["zone"]; order_check(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#u{i + 1}", "headline": e["h"], "datePublished": iso(d), "dateModified": iso(d),
             "articleBody": "\n\n".join(e["p"])}
        if e["a"]:
            u["author"] = [{"@type": "Person", "name": e["a"]}]
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "description": S["lede"],
          "datePublished": iso(first), "dateModified": iso(last), "coverageStartTime": iso(first),
          "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2014 {esc(S["source"])}</title>', ldjson(ld),
           '</head><body>', f'<header><a href="/" class="brand">{esc(S["source"])}</a><nav><a>Ukraine</a> <a>Europe</a> <a>World</a> <a>Analysis</a> '
           '<a>Podcasts</a></nav><a class="btn">Support us</a></header>',
           f'<main><p class="kicker">Live</p><h1>{esc(S["title"])}</h1>', f'<p class="lede">{esc(S["lede"])}</p>', f'<h4 class="day">{esc(S["dateline"])}</h4>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="update" id="u{i + 1}"><time datetime="{iso(d)}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<span class="author">{esc(e["a"])}</span>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<div class="share"><a>Telegram</a> <a>X</a> <a>Facebook</a> <a>Copy link</a></div></article>')
        if i == 3:
            out.append(f'<aside class="related"><h3>Read more</h3><a>{esc(S["related"])}</a></aside>')
    out += ['</main>', f'<footer>\u00a9 {first.year} {esc(S["source"])} \u00b7 Editorial standards \u00b7 Privacy \u00b7 Contact the newsroom</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_b_rss(S):
    """RSS 2.0 feed, newest first; pubDate in GMT (S['gmt']) or with the outlet's numeric offset; optional dc:creator;
    description with HTML paragraphs in CDATA."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
           '<channel>', f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}/</link>', f'<description>{esc(S["lede"])}</description>',
           '<language>en-gb</language>', f'<atom:link href="{S["url"]}/{S["feedpath"]}" rel="self" type="application/rss+xml"/>',
           f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z), gmt=S.get("gmt", False))}</lastBuildDate>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=S.get("gmt", False)); stamps.append(st)
        link = f'{S["url"]}/{e.get("cat", "world").lower()}/{slugify(e["h"])}-{S["idbase"] + i * 13}'
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid>{link}</guid>', f'<pubDate>{st}</pubDate>',
                f'<category>{esc(e.get("cat", "World"))}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_b_atom(S):
    """Atom 1.0 feed, newest first; <published>/<updated> ISO 8601 with the outlet's offset ('Z' for UTC); optional author;
    a one-sentence summary plus the full escaped-HTML content."""
    z = S["zone"]; order_check(S, True)
    isoz = lambda d: d.isoformat().replace("+00:00", "Z")
    host = S["url"].split("//")[1]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link rel="alternate" href="{S["url"]}/"/>', f'<link rel="self" href="{S["url"]}/atom.xml"/>',
           f'<id>tag:{host},2019:feed</id>', f'<updated>{isoz(dt(S["entries"][0]["t"], z))}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = isoz(d); stamps.append(st)
        link = f'{S["url"]}/{d:%Y/%m/%d}/{slugify(e["h"])}'
        out += ['<entry>', f'<title type="text">{esc(e["h"])}</title>', f'<link rel="alternate" type="text/html" href="{link}"/>',
                f'<id>tag:{host},{d:%Y-%m-%d}:/{S["idbase"] + i}</id>', f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_b_kelpie(S):
    """HTML live blog without JSON-LD, newest first; date header 'Monday, June 24, 2030'; AP-style times '3:30 p.m. ET' in a span
    above the h3; 'By NAME' under the title; a photo-gallery teaser prints only a gallery link."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z)
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {esc(S["source"])}</title></head><body>',
           f'<div class="topbar">{esc(S["source"])} <a>Subscribe</a> <a>Sign in</a></div>',
           '<nav><a>Local</a> <a>Nation</a> <a>World</a> <a>Politics</a> <a>Business</a> <a>Sports</a> <a>Opinion</a> <a>Obituaries</a></nav>',
           f'<main><span class="live-dot">LIVE</span><h1>{esc(S["title"])}</h1>', f'<p class="byline">{esc(S["byline"])}</p>',
           f'<p class="deck">{esc(S["lede"])}</p>', f'<h2 class="date">{DAYS_EN[first.weekday()]}, {MONTHS[first.month - 1]} {first.day}, {first.year}</h2>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, space=' ', dots=True)} ET"; stamps.append(st)
        out.append(f'<div class="post"><span class="ts">{st}</span><h3>{esc(e["h"])}</h3>')
        if e["a"]:
            out.append(f'<p class="post-by">By {esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]] if e["p"] else ['<a class="gallery" href="#">View the gallery (14 photos)</a>']
        out.append('</div>')
        if i == 1:
            out.append('<div class="ad">ADVERTISEMENT</div>')
    out += ['<p class="note">This live coverage has ended. Find our latest reporting on the World page.</p></main>',
            f'<footer>\u00a9 {first.year} {esc(S["source"])}. All rights reserved. <a>Terms of Service</a> <a>Privacy Notice</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_b_saffron(S):
    """text live blog, oldest first; date header 'Monday, 24 June 2030'; each post: bare '09:10' line, title, paragraphs, '\u2014 NAME';
    a re-published partner piece carries a 'Republished from ...' label line above its time."""
    z = S["zone"]; order_check(S, False)
    first = dt(S["entries"][0]["t"], z)
    L = [S["source"], "Poland  \u00b7  Ukraine  \u00b7  Europe  \u00b7  World  \u00b7  Opinion  \u00b7  Podcast", "", S["title"], S["lede"], "",
         f"{DAYS_EN[first.weekday()]}, {first.day} {MONTHS[first.month - 1]} {first.year}", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        if e.get("partner"):
            L += [f"Republished from the {e['partner']}"]
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"\u2014 {e['a']}", ""]
        if i == 2:
            L += ["Advertisement", ""]
    L += ["That's all from us today. The live page will resume tomorrow morning.", "", f"{S['source']}  \u00b7  Contact  \u00b7  Privacy  \u00b7  Terms"]
    return "\n".join(L) + "\n", stamps


def r_b_ashdown(S):
    """text live blog, newest first; dateline 'Friday 28 June 2030' and 'Times are Kyiv time (EEST)'; a 'Key Points' block of
    '\u2022 ' bullets naming post titles; each post: bare time line '21:30', title, paragraphs, 'Reporting: NAME'; a video teaser
    prints only '[Video 0:48]'."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"].upper(), "Live  |  Ukraine  |  Russia  |  Europe  |  Explainers  |  Newsletter", "", S["title"], S["dateline"], "Times are Kyiv time (EEST)", "",
         S["lede"], "", "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "All updates", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""]
        L += ptxt(e["p"]) if e["p"] else ["[Video 0:48]", ""]
        if e["a"]:
            L += [f"Reporting: {e['a']}", ""]
        if i == 3:
            L += ["Support independent reporting from Ukraine \u2014 become a member", ""]
    L += ["Earlier updates", "", f"{S['source']} \u00b7 About \u00b7 Ethics \u00b7 Contact \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_b_vixenmoor(S):
    """HTML live blog, oldest first; JSON-LD @graph (Organization, WebPage, LiveBlogPosting) whose updates carry per-update
    datePublished in UTC ('Z'); visible '13:05 CEST' in a <time> element without datetime; h3 title; signature after the body."""
    z = S["zone"]; order_check(S, False)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ups = [{"@type": "BlogPosting", "headline": e["h"], "datePublished": iso(dt(e["t"], z), z=True),
            "articleBody": " ".join(e["p"])} for e in S["entries"]]
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsMediaOrganization", "@id": S["url"] + "#org", "name": S["source"]},
        {"@type": "WebPage", "@id": S["url"], "name": S["title"]},
        {"@type": "LiveBlogPosting", "@id": S["url"] + "#live", "headline": S["title"], "mainEntityOfPage": {"@id": S["url"]},
         "coverageStartTime": iso(first, z=True), "datePublished": iso(first, z=True), "dateModified": iso(last, z=True),
         "publisher": {"@id": S["url"] + "#org"}, "liveBlogUpdate": ups}]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {esc(S["source"])}</title>', ldjson(ld), '</head><body>',
           f'<header><span class="logo">{esc(S["source"])}</span><nav><a>Europe</a> <a>EU Affairs</a> <a>Ukraine</a> <a>Economy</a> <a>Opinion</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="intro">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} {d.tzname()}"; stamps.append(st)
        out.append(f'<section class="entry"><time>{st}</time><h3>{esc(e["h"])}</h3>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="signature">{esc(e["a"])}, {esc(S["source"])}</p>')
        out.append('</section>')
        if i == 2:
            out.append('<div class="newsletter">The Brussels Briefing \u2014 every weekday at 7am. <a>Subscribe</a></div>')
    out += ['<p class="end">Thank you for following our live coverage.</p></main>',
            f'<footer>{esc(S["source"])} \u00b7 Imprint \u00b7 Privacy \u00b7 Cookie settings</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_b_drumlaggan(S):
    """text article with crossheads (one entry per section), page byline and a dateline with time and zone ('28 June 2030, 18:30 IST');
    no per-section time."""
    assert all(e["t"] == S["entries"][0]["t"] for e in S["entries"])
    L = [S["source"], "Home  >  World  >  Europe", "", S["title"], "", S["lede"], "", f"By {S['byline']}", S["dateline"], "",
         "Share on Facebook   Share on X   Email this article", ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 1:
            L += ["Related: " + S["related"], ""]
    L += [S["more"], "", f"\u00a9 {S['source']} \u00b7 Terms \u00b7 Privacy \u00b7 Corrections"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


# ================================================================ PART B: three multi-source days (invented outlets)
# Day 1 = 2030-06-23 (UTC), day 2 = 2030-06-24, day 3 = 2030-06-28.
KR = "kryvyi-rih-missile-strike-2030-06-23"
NL = "netherlands-drone-production-funding-2030-06-23"
IST = "istanbul-black-sea-shipping-talks-2030-06-23"
AN1 = "analysis-why-russia-targets-kryvyi-rih"
AN1_H = "Analysis: Why Kryvyi Rih keeps finding itself in Russia's sights"
AN1_P = ["Sunday's missile strike on Kryvyi Rih was the latest in a long line of attacks on a city that matters to Ukraine's war effort far more than its distance from the front line suggests.",
         "The city's iron ore mines and steelworks supply much of the metal that Ukrainian factories turn into armour plate, shell casings and drone frames. Its rail yards link the industrial centre with the southern front.",
         "Kryvyi Rih also lies within reach of Iskander missiles launched from the occupied south, which gives air-defence crews less than three minutes' warning. That, more than anything, explains why residents often hear the explosions before the sirens."]

# ---------------------------------------------------------------- 18420 Glenmorrow Ledger (day 1, text live, London)
SEEDS.append(dict(
  id="18420", name="18420_glenmorrow-textlive", ext="txt", source="Glenmorrow Ledger", zone="Europe/London", render=r_b_glenmorrow,
  title="Russia-Ukraine war live: death toll in Kryvyi Rih rises to 10 after missile hits apartment block",
  dateline="Sunday 23 June 2030",
  lede="A Russian ballistic missile has hit a residential block in President Zelensky's home city; the Netherlands pledges \u20ac400m for drone production.",
  basis="time line '{s}' (12-hour clock with a dot; the page prints 'All times BST' once, BST = UTC+1) under the dateline 'Sunday 23 June 2030'; local {d} in {z}",
  notes="Invented outlet. Text live blog, newest first: dateline, 'All times BST' (printed once), standfirst, 'Latest updates'. Each post: a time line ('8.10pm'), the title, paragraphs, 'By NAME' (the photo teaser has no author). 18420-03 is a 'Pictured:' teaser whose only content is '[Gallery: 6 images]'. 18420-02 is a theme piece (analysis of why the city is targeted) that is re-posted verbatim on day 2 by 18431. Spelling 'Kryvyi Rih'.",
  not_entries=["masthead and navigation", "'LIVE' label", "page title", "dateline 'Sunday 23 June 2030'", "'All times BST'", "standfirst",
               "'Latest updates' label", "post time lines (stamps)", "'By NAME' lines (author, not body)", "'[Gallery: 6 images]' placeholder in the teaser",
               "newsletter promo after the third post", "'Older updates'", "footer"],
  entries=[
  E("2030-06-23 20:10", "Kryvyi Rih death toll rises to 10",
    ["The number of people killed by this morning's missile strike on Kryvyi Rih has risen to 10, including two children, the head of the city's military administration, Oleksandr Vilkul, said in an evening update.",
     "Forty-seven people were injured. Vilkul said rescuers had finished searching the first of the building's two entrances and were still working on the second."],
    "strikes", "strikes", 3, KR, a="Fiona Marchbank", n="toll 10 dead, 47 injured"),
  E("2030-06-23 18:25", AN1_H, AN1_P, "strikes", "strikes", 2, AN1, a="Callum Reddaway",
    n="theme piece (analysis of why the city is a target, no single event); mentions Sunday's strike but must not merge with it"),
  E("2030-06-23 16:40", "Pictured: Rescuers at the damaged apartment block in Kryvyi Rih", [],
    "strikes", "strikes", 1, KR, n="photo teaser without body"),
  E("2030-06-23 14:05", "Netherlands pledges \u20ac400m for Ukrainian drone production",
    ["The Netherlands will give \u20ac400m to finance the production of long-range and interceptor drones in Ukraine, the Dutch defence minister announced during a visit to Kyiv.",
     "The money will be spent through Ukraine's own procurement agency, which places orders with dozens of domestic manufacturers."],
    "aid", "aid", 3, NL, a="Fiona Marchbank"),
  E("2030-06-23 12:30", "Woman killed as Russian artillery hits Nikopol",
    ["A 62-year-old woman was killed when Russian artillery shelled the centre of Nikopol, across the Dnipro river from the occupied Zaporizhzhia nuclear plant, the Dnipropetrovsk regional governor said.",
     "Nikopol is shelled almost every day from the opposite bank of the river."],
    "strikes", "strikes", 3, "nikopol-shelling-2030-06-23", a="Callum Reddaway",
    n="another deadly strike in the same region (Dnipropetrovsk) on the same day; must not merge with the Kryvyi Rih strike"),
  E("2030-06-23 08:30", "Missile hits apartment block in Kryvyi Rih",
    ["At least three people have been killed and about 20 injured after a Russian ballistic missile hit a nine-storey apartment block in Kryvyi Rih, central Ukraine, local officials said.",
     "The strike, shortly before 10am local time, destroyed part of the building. It is not yet known how many people are trapped under the rubble."],
    "strikes", "strikes", 3, KR, a="Fiona Marchbank", n="toll 3 dead"),
  E("2030-06-23 07:10", "Russia says it shot down 41 Ukrainian drones overnight",
    ["Russia's defence ministry said its air defences had destroyed 41 Ukrainian drones overnight over the Bryansk, Kursk and Belgorod regions.",
     "The governor of the Kursk region said a power line had been damaged near the town of Lgov; no casualties were reported."],
    "strikes", "strikes", 2, "russia-claims-41-drones-downed-2030-06-23", a="Callum Reddaway"),
  ]))

# ---------------------------------------------------------------- 18421 Brackenridge Observer (day 1, HTML live + LiveBlogPosting, Kyiv)
SEEDS.append(dict(
  id="18421", name="18421_brackenridge-htmllive", ext="html", source="Brackenridge Observer", zone="Europe/Kyiv", render=r_b_brackenridge,
  title="Russia's war in Ukraine: live updates, Sunday", url="https://brackenridge-observer.example/live/2030-06-23",
  dateline="Sunday 23 June 2030", lede="Updates through the day from our correspondents in Kyiv and Dnipro.",
  related="How Ukraine's drone makers turned garages into factories",
  basis="visible time '{s}' under the day header 'Sunday 23 June 2030' (Kyiv time, EEST = UTC+3); the update's <time datetime> and JSON-LD datePublished agree; local {d} in {z}",
  notes="Invented outlet. HTML live blog, oldest first. LiveBlogPosting JSON-LD with per-update datePublished (+03:00) and author; visible '<time datetime>10:05</time>' under a day header; h2 title, author span, share row. 18421-06 repeats 18421-02 near-verbatim (stale toll of six) later in the day: duplicate_of 18421-02. 18421-07 is Zelensky's reaction giving the new toll and asking for Patriots: its content is the attack, so it shares the strike's story (secondary aid).",
  not_entries=["site header, navigation and 'Support us'", "'Live' kicker", "page title", "standfirst", "day header 'Sunday 23 June 2030'",
               "author spans (author, not body)", "share rows", "'Read more' box with one related link after the fourth update", "footer"],
  entries=[
  E("2030-06-23 10:05", "Ballistic missile hits residential building in Kryvyi Rih",
    ["A Russian ballistic missile struck a residential building in Kryvyi Rih at about 09:50, Oleksandr Vilkul, head of the city's defence council, said on Telegram. Two people were killed and 14 injured, according to preliminary information.",
     "Emergency services are at the scene. Vilkul asked residents to keep away from the Metalurhiinyi district."],
    "strikes", "strikes", 3, KR, a="Olesia Marchuk", n="toll 2 dead"),
  E("2030-06-23 11:40", "Kryvyi Rih: death toll rises to six",
    ["Six people are now known to have died in the missile strike on Kryvyi Rih and 31 have been injured, among them four children, the regional governor said.",
     "Rescuers are dismantling the collapsed section of the building by hand, using dogs to search for survivors."],
    "strikes", "strikes", 3, KR, a="Olesia Marchuk", n="toll 6 dead"),
  E("2030-06-23 13:20", "Russia claims capture of village near Siversk",
    ["Russia's defence ministry claimed its troops had captured the village of Zvanivka, south-east of Siversk in the Donetsk region.",
     "Ukraine's army said fighting in the area was continuing and that Russian units had lost three armoured vehicles there on Saturday."],
    "other", "frontline", 2, "zvanivka-capture-claim-2030-06-23", a="Andrii Koval"),
  E("2030-06-23 14:50", "Dutch to finance drones worth \u20ac400 million",
    ["The Netherlands has announced \u20ac400 million for Ukraine's drone production, the Dutch defence minister said after meeting Ukrainian officials in Kyiv.",
     "Ukraine's defence ministry said the first orders would go to makers of the interceptor drones used against Shaheds."],
    "aid", "aid", 3, NL, a="Andrii Koval"),
  E("2030-06-23 16:30", "Lithuania sends 2,000 anti-drone jammers",
    ["Lithuania has delivered 2,000 portable anti-drone jammers made by Lithuanian firms to Ukrainian brigades, the Lithuanian defence ministry said.",
     "The shipment was paid for from Lithuania's annual military aid budget, which is set at 0.25% of GDP."],
    "aid", "aid", 2, "lithuania-anti-drone-jammers-2030-06-23", a="Andrii Koval",
    n="same aid theme (drones) as the Dutch funding, different donor and event; must not merge"),
  E("2030-06-23 18:10", "Kryvyi Rih: death toll rises to six",
    ["Six people are now known to have died in the missile strike on Kryvyi Rih and 31 have been injured, among them four children, the regional governor said.",
     "Rescuers are dismantling the collapsed part of the building by hand and with search dogs."],
    "strikes", "strikes", 1, KR, a="Olesia Marchuk", dup="18421-02", n="near-verbatim repeat of 18421-02 with the stale toll"),
  E("2030-06-23 21:45", "Zelensky: 'Every Patriot counts' after nine killed in Kryvyi Rih",
    ["President Volodymyr Zelensky, who was born in Kryvyi Rih, said nine people had been killed in his home city and called on allies to speed up deliveries of Patriot interceptors.",
     "\"Russia chose a Sunday morning and a residential block. Every Patriot counts,\" he said in his evening address."],
    "strikes", "strikes", 3, KR, a="Olesia Marchuk", sec=["aid"], n="reaction whose content is the attack (toll 9): same story"),
  ]))

# ---------------------------------------------------------------- 18422 Inchcape World Service (day 1, world RSS, GMT)
SEEDS.append(dict(
  id="18422", name="18422_inchcape-worldrss", ext="xml", source="Inchcape World Service", zone="UTC", render=r_b_rss, gmt=True,
  title="Inchcape World Service \u2013 World", url="https://inchcape-world.example", feedpath="world/rss.xml", idbase=58120,
  lede="Top world stories from the Inchcape World Service newsroom",
  basis="RSS pubDate '{s}' (GMT); local {d} in {z}",
  notes="Invented outlet. General world RSS feed in which the war is a minority: 4 of 6 items are off-beat (Bangladesh floods, Chilean copper strike, Karachi heat, Manitoba wildfire). No authors. Spelling 'Krivoy Rog' (with 'also known as Kryvyi Rih').",
  not_entries=["channel title, link, description, language, self link and lastBuildDate"],
  entries=[
  OFF("2030-06-23 20:40", "Monsoon floods displace 200,000 in north-eastern Bangladesh",
    ["Flash floods triggered by days of monsoon rain have forced about 200,000 people from their homes in the Sylhet and Sunamganj districts, Bangladesh's disaster management ministry said."],
    "bangladesh-monsoon-floods-2030-06-23", n="weather disaster"),
  E("2030-06-23 18:15", "Eight killed in Russian missile strike on Krivoy Rog",
    ["At least eight people were killed when a Russian missile hit an apartment building in Krivoy Rog, the central Ukrainian city also known as Kryvyi Rih, regional officials said on Sunday.",
     "It was the deadliest attack on the city since the spring. Russia's defence ministry said it had struck a \"military command facility\", without giving evidence."],
    "strikes", "strikes", 3, KR, n="spelling 'Krivoy Rog'; toll 8"),
  E("2030-06-23 15:30", "Turkey hosts Black Sea shipping talks in Istanbul",
    ["Turkish Foreign Minister Hakan Fidan opened talks in Istanbul on Sunday between Ukrainian and Russian delegations on the safety of commercial shipping in the Black Sea, the first such meeting this year.",
     "The delegations, led by deputy ministers, did not meet face to face; Turkish officials carried proposals between the two rooms."],
    "diplomacy", "diplomacy", 3, IST),
  OFF("2030-06-23 12:05", "Chile's copper miners extend strike at El Teniente",
    ["Workers at Chile's El Teniente copper mine extended their strike into a second week after talks with the state-owned company over bonuses broke down."],
    "chile-copper-strike-2030-06-23", n="labour dispute"),
  OFF("2030-06-23 09:45", "Karachi hospitals treat hundreds for heatstroke",
    ["Hospitals in Karachi treated more than 600 people for heatstroke over the weekend as temperatures passed 44C, the Sindh health department said."],
    "karachi-heatwave-2030-06-23", n="heat wave"),
  OFF("2030-06-23 07:20", "Wildfire forces evacuation of northern Manitoba town",
    ["About 3,000 residents of Flin Flon were ordered to leave as a wildfire moved to within 10 kilometres of the town, Manitoba's wildfire service said."],
    "manitoba-wildfire-evacuation-2030-06-23", n="wildfire"),
  ]))

# ---------------------------------------------------------------- 18423 Candlebrook Tribune (day 1, Atom, Berlin)
SEEDS.append(dict(
  id="18423", name="18423_candlebrook-atom", ext="xml", source="Candlebrook Tribune", zone="Europe/Berlin", render=r_b_atom,
  title="Candlebrook Tribune: Europe and the war", url="https://candlebrook-tribune.example", idbase=40711,
  lede="Reporting from Berlin on Europe, Ukraine and Russia",
  basis="Atom published '{s}' (explicit +02:00); local {d} in {z}",
  notes="Invented outlet. Atom feed, newest first, offsets +02:00, authors on some entries, escaped-HTML content. Spelling 'Kryvyy Rih'. The ambassador's IRIS-T appeal (18423-04) is about aid but a different event from the Dutch drone money and the Lithuanian jammers.",
  not_entries=["feed title, subtitle, links, id and updated"],
  entries=[
  E("2030-06-23 21:10", "Black Sea talks in Istanbul end first day without agreement",
    ["The first day of talks on Black Sea shipping in Istanbul ended without an agreement, but Turkish mediators said both delegations had agreed to meet again on Monday.",
     "Ukraine wants guarantees for ships using its ports in the Odesa region; Russia is demanding that Western insurers once again cover its agricultural exports."],
    "diplomacy", "diplomacy", 3, IST, a="Mareike Lindqvist"),
  E("2030-06-23 18:40", "Two detained over sabotage of rail line to Poland",
    ["Police in Brandenburg detained two men suspected of damaging signalling cables on a railway line used to carry military equipment to Poland, federal prosecutors said on Sunday.",
     "Investigators believe the men were paid through a messaging app by people acting for Russian intelligence, a spokesperson for the prosecutors said."],
    "other", "security", 2, "brandenburg-rail-sabotage-arrests-2030-06-23", a="Jonas Reinholt"),
  E("2030-06-23 15:30", "Kryvyy Rih: seven dead after missile strike on apartment block",
    ["At least seven people were killed when a Russian missile hit an apartment building in Kryvyy Rih on Sunday morning, Ukrainian authorities said.",
     "Ukraine's air force said the missile was an Iskander-M fired from the occupied part of the Zaporizhzhia region. The city has no Patriot battery of its own."],
    "strikes", "strikes", 3, KR, a="Mareike Lindqvist", n="spelling 'Kryvyy Rih'; toll 7"),
  E("2030-06-23 12:00", "Ukraine's ambassador urges Berlin to speed up IRIS-T deliveries",
    ["Ukraine's ambassador to Germany urged the federal government to bring forward deliveries of IRIS-T air defence systems promised for next year, saying in a newspaper interview that Russia was now firing more ballistic missiles than at any time since 2024.",
     "The defence ministry in Berlin said production was running at full capacity."],
    "aid", "aid", 2, "ukraine-ambassador-iris-t-appeal-2030-06-23", a="Jonas Reinholt", n="same aid theme as the Dutch drone funding, other event"),
  E("2030-06-23 09:30", "Putin raises age limit for reservist call-ups",
    ["President Vladimir Putin signed a law raising the maximum age at which reservists can be called up for training from 50 to 55, according to a document published on the government's legal information portal."],
    "other", "politics", 2, "russia-reservist-age-law-2030-06-23"),
  ]))

# ---------------------------------------------------------------- DAY 2 (2030-06-24)
KH = "kharkiv-glide-bomb-supermarket-strike-2030-06-24"
EUS = "eu-sanctions-package-2030-06-24"

# ---------------------------------------------------------------- 18430 Kelpie Bay Globe (day 2, HTML live, New York)
SEEDS.append(dict(
  id="18430", name="18430_kelpiebay-htmllive", ext="html", source="Kelpie Bay Globe", zone="America/New_York", render=r_b_kelpie,
  title="Live updates: Russian glide bombs hit Kharkiv supermarket; Kryvyi Rih mourns its dead",
  byline="By the Kelpie Bay Globe foreign desk",
  lede="Follow the latest on Russia's war in Ukraine. All times Eastern.",
  basis="AP-style time '{s}' (ET = EDT in June, UTC-4) under the date header 'Monday, June 24, 2030'; local {d} in {z}",
  notes="Invented outlet (US regional paper). HTML live blog without JSON-LD, newest first; AP-style times '3:30 p.m. ET' in a span above each h3; 'By NAME' under the title; the page byline is a desk credit ('By the Kelpie Bay Globe foreign desk'). 18430-03 is a 'Photos:' teaser with only a gallery link. 18430-02 is a theme piece (explainer on glide bombs). 18430-05 continues day 1's Kryvyi Rih strike (search over, 13 dead, day of mourning). Kharkiv toll 2 -> 7 across two posts.",
  not_entries=["top bar with 'Subscribe' / 'Sign in'", "navigation", "'LIVE' marker", "page title", "page byline 'By the Kelpie Bay Globe foreign desk'",
               "deck 'Follow the latest ... All times Eastern.'", "date header 'Monday, June 24, 2030'", "'By NAME' lines under titles (author, not body)",
               "gallery link 'View the gallery (14 photos)' in the teaser", "'ADVERTISEMENT' slot", "closing note 'This live coverage has ended. ...'", "footer"],
  entries=[
  E("2030-06-24 15:30", "Kharkiv toll rises to 7 after glide bombs hit supermarket",
    ["Seven people were killed and 41 injured when Russian glide bombs hit a supermarket and a nearby apartment building in Kharkiv on Monday, Mayor Ihor Terekhov said in an evening update.",
     "Terekhov said two of the bombs were of the 1.5-ton UMPB type, which can be released more than 40 miles from the target."],
    "strikes", "strikes", 3, KH, a="Rosalind Achebe", n="toll 7"),
  E("2030-06-24 14:05", "Explainer: What are glide bombs, and why are they so hard to stop?",
    ["Glide bombs are ordinary Soviet-era aerial bombs fitted with folding wings and satellite guidance, which let Russian jets release them well away from Ukrainian air defenses.",
     "Because they fly without engines, they are hard to detect on radar, and they cost far less than missiles: Russia drops dozens every day along the front.",
     "Newer versions with small rocket boosters can reach cities such as Kharkiv and Zaporizhzhia from Russian airspace."],
    "strikes", "strikes", 2, "explainer-glide-bombs", a="Dale Ferreira",
    n="theme piece (explainer on a weapon, no single event); must not merge with the Kharkiv supermarket strike"),
  E("2030-06-24 12:40", "Photos: Inside the bombed supermarket in Kharkiv", [],
    "strikes", "strikes", 1, KH, n="photo teaser without body"),
  E("2030-06-24 11:15", "Japan adds 30 entities to Russia sanctions list",
    ["Japan's government said Monday it would freeze the assets of 30 more companies and individuals, including firms in China and Turkey accused of helping Russia obtain drone components.",
     "The move came hours before European Union foreign ministers were due to approve their own new package of sanctions."],
    "diplomacy", "diplomacy", 2, "japan-russia-sanctions-2030-06-24", a="Dale Ferreira",
    n="same sanctions theme as the EU package, different sanctioning party; must not merge"),
  E("2030-06-24 09:50", "Kryvyi Rih ends search with 13 dead as city mourns",
    ["Rescuers in Kryvyi Rih ended their search of a missile-hit apartment block on Monday morning after recovering 13 bodies, city officials said, as the city observed a day of mourning.",
     "Flags flew at half-staff and entertainment events were canceled. Fifty-one people were injured in Sunday's strike, 12 of whom remain hospitalized."],
    "strikes", "strikes", 3, KR, a="Rosalind Achebe", n="continuation of day 1's strike (final toll 13, day of mourning); two day-2 seeds carry it"),
  E("2030-06-24 07:15", "Russian glide bombs hit Kharkiv supermarket, killing at least 2",
    ["At least two people were killed and more than 20 injured when Russian glide bombs struck a supermarket in Kharkiv's Saltivskyi district on Monday afternoon local time, regional governor Oleh Syniehubov said.",
     "Syniehubov said the supermarket was busy at the time of the attack."],
    "strikes", "strikes", 3, KH, a="Rosalind Achebe", n="toll 2"),
  E("2030-06-24 06:45", "Ukraine's navy says it hit Russian patrol boat off Crimea",
    ["Ukraine's navy said Monday that its sea drones struck a Russian Raptor-class patrol boat near the Crimean port of Chornomorske overnight.",
     "Russia's Black Sea Fleet did not comment on the claim."],
    "strikes", "strikes", 2, "crimea-patrol-boat-sea-drone-strike-2030-06-24", a="Dale Ferreira"),
  ]))

# ---------------------------------------------------------------- 18431 Saffronhythe Post (day 2, text live, Warsaw)
SEEDS.append(dict(
  id="18431", name="18431_saffronhythe-textlive", ext="txt", source="Saffronhythe Post", zone="Europe/Warsaw", render=r_b_saffron,
  title="Ukraine live: glide bombs hit Kharkiv supermarket, Poland on alert",
  lede="Our live coverage of the war in Ukraine and its effects on Poland.",
  basis="bare time line '{s}' (Warsaw time, CEST = UTC+2, no zone printed) under the date header 'Monday, 24 June 2030'; local {d} in {z}",
  notes="Invented outlet (Warsaw). Text live blog, oldest first: date header, then each post as a bare time line, the title, paragraphs and a signature '\u2014 NAME'. 18431-01 re-publishes day 1's analysis 18420-02 verbatim (same title and text) under the label 'Republished from the Glenmorrow Ledger': a re-post of a day-1 entry, importance 1, duplicate_of null (defined within a seed only), same story slug as day 1. 18431-05 repeats 18431-03 near-verbatim with the stale toll (duplicate_of 18431-03). 18431-04 is another strike in the Kharkiv region (Kupiansk district).",
  not_entries=["masthead and navigation", "page title", "standfirst", "date header 'Monday, 24 June 2030'", "label 'Republished from the Glenmorrow Ledger'",
               "bare time lines (stamps)", "signature lines '\u2014 NAME' (author, not body)", "'Advertisement' marker", "closing line 'That's all from us today. ...'", "footer"],
  entries=[
  E("2030-06-24 09:10", AN1_H, AN1_P, "strikes", "strikes", 1, AN1, a="Callum Reddaway", partner="Glenmorrow Ledger",
    n="re-post of day-1 entry 18420-02 (verbatim, partner label); theme piece, importance 1 as a re-post"),
  E("2030-06-24 10:30", "Poland closes airspace near Rzesz\u00f3w during Russian attack",
    ["Poland temporarily closed the airspace around Rzesz\u00f3w airport early on Monday and scrambled fighter jets as Russia launched drones at targets in western Ukraine, the Operational Command of the Armed Forces said.",
     "Flights were diverted for about two hours. No violation of Polish airspace was recorded."],
    "other", "security", 2, "poland-rzeszow-airspace-closure-2030-06-24", a="Marta Zielonka"),
  E("2030-06-24 13:55", "Glide bombs hit Kharkiv supermarket",
    ["Russian aircraft dropped at least three glide bombs on Kharkiv's Saltivskyi district on Monday, hitting a supermarket and an apartment building. Four people were killed and 27 injured, according to Kharkiv's mayor, Ihor Terekhov.",
     "Terekhov said some of the injured were in a serious condition."],
    "strikes", "strikes", 3, KH, a="Piotr Lasek", n="toll 4"),
  E("2030-06-24 15:20", "Drone strike injures two in Kupiansk district",
    ["A Russian drone hit a car in the village of Petropavlivka in the Kupiansk district of the Kharkiv region, injuring two men, the regional governor said.",
     "The district, close to the front line, has been under near-constant attack for months."],
    "strikes", "strikes", 2, "kupiansk-district-drone-strike-2030-06-24", a="Marta Zielonka",
    n="same region (Kharkiv), other event the same day; must not merge with the supermarket strike"),
  E("2030-06-24 16:45", "Glide bombs hit Kharkiv supermarket",
    ["Russian aircraft dropped at least three glide bombs on Kharkiv's Saltivskyi district on Monday, hitting a supermarket and an apartment building. Four people were killed and 27 injured, according to Kharkiv's mayor, Ihor Terekhov.",
     "Terekhov said several of the injured were in a serious condition."],
    "strikes", "strikes", 1, KH, a="Piotr Lasek", dup="18431-03", n="near-verbatim repeat of 18431-03 (stale toll 4)"),
  E("2030-06-24 17:10", "Sikorski and Sybiha agree schedule for Volhynia exhumations",
    ["Foreign Minister Rados\u0142aw Sikorski and his Ukrainian counterpart, Andrii Sybiha, agreed in Warsaw on a schedule for further exhumations of Polish victims of the 1943 Volhynia massacres, a long-running irritant between the two neighbours.",
     "Sybiha also asked Poland to speed up deliveries of artillery ammunition produced under a joint contract."],
    "diplomacy", "diplomacy", 3, "poland-ukraine-foreign-ministers-warsaw-2030-06-24", a="Piotr Lasek", sec=["aid"],
    n="in-person meeting of two foreign ministers with an agreed outcome: ministerial diplomatic move, importance 3"),
  E("2030-06-24 19:40", "Kharkiv: death toll rises to seven",
    ["The number of people killed in the glide bomb attack on Kharkiv has risen to seven, regional governor Oleh Syniehubov said. Forty-one people were injured.",
     "Among the dead is a 15-year-old boy who had a summer job at the supermarket, the governor said."],
    "strikes", "strikes", 3, KH, a="Marta Zielonka", n="toll 7"),
  ]))

# ---------------------------------------------------------------- 18432 Dovetail World Desk (day 2, world Atom, UTC)
SEEDS.append(dict(
  id="18432", name="18432_dovetail-worldatom", ext="xml", source="Dovetail World Desk", zone="UTC", render=r_b_atom,
  title="Dovetail World Desk \u2014 Latest", url="https://dovetail-worlddesk.example", idbase=91204,
  lede="The world's news, updated around the clock",
  basis="Atom published '{s}' (UTC, 'Z'); local {d} in {z}",
  notes="Invented outlet. General world Atom feed in which the war is a minority: 4 of 6 entries are off-beat (World Cup match, Kenyan finance bill, Philippine typhoon, Peruvian impeachment). Spelling 'Kharkov'.",
  not_entries=["feed title, subtitle, links, id and updated"],
  entries=[
  OFF("2030-06-24 21:15", "World Cup: Morocco beat Croatia to top their group",
    ["Morocco beat Croatia 2-1 in Casablanca to win their World Cup group and set up a last-16 match in Rabat next week."],
    "world-cup-morocco-croatia-2030-06-24", n="sport"),
  E("2030-06-24 18:30", "EU adopts new sanctions package against Russia",
    ["European Union foreign ministers meeting in Luxembourg adopted a new package of sanctions against Russia, adding 74 more tankers to the list of shadow fleet vessels banned from EU ports and tightening restrictions on Russian aluminium.",
     "The EU's foreign policy chief, Kaja Kallas, said the measures were aimed at \"the money that pays for the missiles.\""],
    "diplomacy", "diplomacy", 3, EUS, a="Leona Brandvik"),
  E("2030-06-24 16:50", "Russian glide bombs kill six in Kharkov supermarket attack",
    ["Six people were killed when Russian glide bombs hit a supermarket in Kharkov, Ukraine's second city, on Monday, local officials said.",
     "The Kremlin said it did not comment on \"military operations\" and referred questions to the defence ministry."],
    "strikes", "strikes", 3, KH, a="Leona Brandvik", n="spelling 'Kharkov'; toll 6"),
  OFF("2030-06-24 13:40", "Kenya's parliament passes finance bill amid protests",
    ["Kenyan lawmakers approved a finance bill raising taxes on mobile money transfers as police fired tear gas at protesters outside parliament in Nairobi."],
    "kenya-finance-bill-2030-06-24", n="domestic politics elsewhere"),
  OFF("2030-06-24 10:05", "Typhoon forces evacuations in northern Philippines",
    ["Tens of thousands of people were moved to evacuation centres in the northern Philippine province of Cagayan as a typhoon approached with winds of up to 160 km/h, the civil defence office said."],
    "philippines-typhoon-evacuations-2030-06-24", n="weather"),
  OFF("2030-06-24 07:30", "Peru's congress opens impeachment proceedings against president",
    ["Peru's congress voted to open impeachment proceedings against the president over allegations of illegal campaign financing, the third such attempt in two years."],
    "peru-impeachment-2030-06-24", n="domestic politics elsewhere"),
  ]))

# ---------------------------------------------------------------- 18433 Lupinfield Review (day 2, RSS, Kyiv offset)
SEEDS.append(dict(
  id="18433", name="18433_lupinfield-rss", ext="xml", source="Lupinfield Review", zone="Europe/Kyiv", render=r_b_rss,
  title="Lupinfield Review \u2014 Ukraine", url="https://lupinfield-review.example", feedpath="ukraine/feed.xml", idbase=22017,
  lede="News and analysis from Ukraine",
  basis="RSS pubDate '{s}' (explicit +0300); local {d} in {z}",
  notes="Invented outlet. RSS 2.0 with +0300 offsets and dc:creator on most items. 18433-04 continues day 1's Kryvyi Rih strike (last of 13 bodies recovered, day of mourning).",
  not_entries=["channel title, link, description, language, self link and lastBuildDate"],
  entries=[
  E("2030-06-24 22:10", "EU agrees sanctions package targeting shadow fleet and aluminium",
    ["EU foreign ministers approved a new sanctions package against Russia on Monday, blacklisting 74 additional shadow fleet tankers and phasing in a ban on Russian primary aluminium.",
     "Foreign Minister Andrii Sybiha welcomed the decision and called for the next package to target Russian liquefied natural gas."],
    "diplomacy", "diplomacy", 3, EUS, a="Kateryna Sobol"),
  E("2030-06-24 17:20", "Kharkiv: five killed as guided bombs hit supermarket",
    ["Five people were killed and 33 injured in a Russian guided-bomb attack on a supermarket in Kharkiv's Saltivskyi district, the regional prosecutor's office said.",
     "Prosecutors opened a war-crimes investigation and said Russia had used at least three KAB bombs."],
    "strikes", "strikes", 3, KH, a="Kateryna Sobol", n="toll 5"),
  E("2030-06-24 14:00", "Martial law extended until November",
    ["The Verkhovna Rada voted to extend martial law and general mobilisation for another 90 days, until 22 November, with 318 lawmakers in favour."],
    "other", "politics", 2, "martial-law-extension-2030-06-24", a="Taras Hnatiuk"),
  E("2030-06-24 11:30", "Kryvyi Rih mourns 13 victims as search ends",
    ["Kryvyi Rih observed a day of mourning on Monday after rescuers recovered the last of 13 bodies from the apartment block hit by a Russian missile on Sunday, Oleksandr Vilkul said.",
     "Vilkul said residents of the damaged building's 96 flats would be rehoused in municipal accommodation."],
    "strikes", "strikes", 3, KR, a="Taras Hnatiuk", n="continuation of day 1's strike (final toll 13)"),
  E("2030-06-24 09:15", "Ukrainian drones hit oil refinery in Saratov",
    ["Ukrainian drones struck the oil refinery in the Russian city of Saratov overnight, starting a fire, the regional governor said. Ukraine's General Staff later confirmed the attack."],
    "strikes", "strikes", 2, "saratov-refinery-drone-strike-2030-06-24"),
  ]))

# ---------------------------------------------------------------- DAY 3 (2030-06-28)
LV = "western-ukraine-barrage-lviv-deaths-2030-06-28"
EUC = "eu-summit-ukraine-final-clusters-2030-06-28"

# ---------------------------------------------------------------- 18440 Greyfriar Daily (day 3, world RSS, Toronto)
SEEDS.append(dict(
  id="18440", name="18440_greyfriar-worldrss", ext="xml", source="Greyfriar Daily", zone="America/Toronto", render=r_b_rss,
  title="Greyfriar Daily | World", url="https://greyfriar-daily.example", feedpath="feeds/world.rss", idbase=730051,
  lede="World news from the Greyfriar Daily",
  basis="RSS pubDate '{s}' (explicit -0400, Eastern Daylight Time); local {d} in {z}",
  notes="Invented outlet (Canadian). General world RSS feed in which the war is a minority: 4 of 6 items are off-beat (Quebec wildfire smoke, World Cup draw, hurricane near Jamaica, Ontario teachers' vote). Offsets -0400. Spelling 'Lvov'.",
  not_entries=["channel title, link, description, language, self link and lastBuildDate"],
  entries=[
  OFF("2030-06-28 19:20", "Wildfire smoke triggers air quality warnings in Montreal",
    ["Environment Canada issued air quality warnings for Montreal and much of southern Quebec as smoke from more than 80 forest fires drifted south."],
    "quebec-wildfire-smoke-2030-06-28", n="wildfire smoke"),
  E("2030-06-28 16:45", "EU leaders agree to open final chapters of Ukraine's membership talks",
    ["European Union leaders meeting in Brussels agreed on Friday to open the last two negotiating clusters in Ukraine's accession talks, a step Kyiv has sought for more than a year.",
     "European Council President Ant\u00f3nio Costa said the decision showed that \"Ukraine's future is inside the Union.\""],
    "diplomacy", "diplomacy", 3, EUC, a="Nadia Fortier"),
  OFF("2030-06-28 13:10", "World Cup: Canada held to draw by Japan in Seville",
    ["Canada's hopes of reaching the World Cup knockout rounds will go down to the final group match after a 1-1 draw with Japan in Seville."],
    "world-cup-canada-japan-2030-06-28", n="sport"),
  OFF("2030-06-28 10:05", "Tropical storm strengthens into hurricane south of Jamaica",
    ["A tropical storm strengthened into a Category 1 hurricane south of Jamaica, forecasters said, prompting warnings for the island's southern coast."],
    "caribbean-hurricane-2030-06-28", n="weather"),
  E("2030-06-28 07:30", "Russian barrage on western Ukraine kills three in Lvov",
    ["At least three people died in Lvov, in western Ukraine, after Russia fired hundreds of drones and dozens of missiles at the country overnight, officials said, in one of the largest attacks this year.",
     "Poland scrambled its own and allied aircraft as missiles flew toward regions near its border."],
    "strikes", "strikes", 3, LV, a="Nadia Fortier", n="spelling 'Lvov'; toll 3"),
  OFF("2030-06-28 06:15", "Ontario teachers vote to accept four-year contract",
    ["Members of Ontario's largest teachers' union voted 78 per cent in favour of a four-year contract, ending months of rotating walkouts."],
    "ontario-teachers-contract-2030-06-28", n="labour dispute"),
  ]))

# ---------------------------------------------------------------- 18441 Ashdown Meridian (day 3, text live with Key Points, Kyiv)
SEEDS.append(dict(
  id="18441", name="18441_ashdown-textlive", ext="txt", source="Ashdown Meridian", zone="Europe/Kyiv", render=r_b_ashdown,
  title="Ukraine live: Russia's biggest strike on the west this year kills four in Lviv",
  dateline="Friday 28 June 2030",
  lede="Hundreds of drones and dozens of missiles targeted western Ukraine overnight; in Brussels, EU leaders back the next step in Ukraine's accession talks.",
  basis="bare time line '{s}' (the page prints 'Times are Kyiv time (EEST)' once, EEST = UTC+3) under the dateline 'Friday 28 June 2030'; local {d} in {z}",
  notes="Invented outlet. Text live blog, newest first, with a 'Key Points' block of two bullets naming post titles (key_point true). Each post: bare time line, title, paragraphs, 'Reporting: NAME'. 18441-05 is a 'Video:' teaser with only '[Video 0:48]'. 18441-03 is a theme piece (explainer on western Ukraine's gas storage) that mentions the attack. 18441-06 (the overnight barrage figures) and 18441-07 (the Lviv deaths) are the same event: one combined overnight attack.",
  not_entries=["masthead and navigation", "page title", "dateline 'Friday 28 June 2030'", "'Times are Kyiv time (EEST)'", "standfirst",
               "'Key Points' header and its two bullets (pointers to posts)", "'All updates' label", "bare time lines (stamps)",
               "'Reporting: NAME' lines (author, not body)", "'[Video 0:48]' placeholder in the teaser", "membership promo after the fourth post",
               "'Earlier updates'", "footer"],
  entries=[
  E("2030-06-28 21:30", "Lviv death toll rises to four",
    ["A fourth person has died in hospital after this morning's missile strike on Lviv, the city's mayor said. Twenty-six people were injured.",
     "Most of the damage was in the Sykhivskyi district, where a missile hit a street of five-storey apartment blocks."],
    "strikes", "strikes", 3, LV, a="Yevheniia Marko", kp=True, n="toll 4"),
  E("2030-06-28 19:15", "EU leaders back opening of last two accession clusters",
    ["EU heads of government meeting in Brussels have agreed to open the final two negotiating clusters with Ukraine, President Volodymyr Zelensky said on X, thanking \"every one of the 27\".",
     "The decision means Ukraine can now negotiate on every chapter of EU law, though officials say membership remains years away."],
    "diplomacy", "diplomacy", 3, EUC, a="Callan Weir", kp=True),
  E("2030-06-28 17:00", "Explainer: Why Russia keeps targeting western Ukraine's gas storage",
    ["Western Ukraine holds most of the country's underground gas storage capacity, in depleted fields near Lviv, Stryi and Ivano-Frankivsk that before the war stored gas for much of central Europe.",
     "Russia's attacks on compressor stations and wells aim to leave Ukraine without enough gas to heat homes next winter, forcing it to import more at high prices.",
     "The reservoirs lie deep underground and are hard to destroy, but the surface equipment that moves gas in and out is vulnerable. Friday's attack hit at least one compressor station, according to Naftogaz."],
    "strikes", "strikes", 2, "explainer-western-ukraine-gas-storage", a="Callan Weir",
    n="theme piece (explainer on attacks on gas storage); mentions Friday's attack but must not merge with it"),
  E("2030-06-28 14:45", "Ukrainian drones knock out substation in Belgorod region",
    ["Ukrainian drones hit an electrical substation in Russia's Belgorod region, cutting power to about 30,000 residents, the regional governor said on Telegram.",
     "Ukraine's General Staff said the substation supplied a Russian military logistics hub."],
    "strikes", "strikes", 2, "belgorod-substation-drone-strike-2030-06-28", a="Yevheniia Marko",
    n="same theme (strikes on energy infrastructure) by the other side, other event; must not merge with the western Ukraine barrage"),
  E("2030-06-28 12:10", "Video: Firefighters battle blaze at Lviv energy site", [],
    "strikes", "strikes", 1, LV, n="video teaser without body"),
  E("2030-06-28 10:30", "Russia fired 310 drones and 38 missiles overnight, air force says",
    ["Russia launched 310 drones and 38 missiles at Ukraine overnight, the air force said, the largest attack on the country's western regions this year. Air defences shot down 271 drones and 29 missiles.",
     "Energy facilities were hit in the Lviv, Ivano-Frankivsk and Volyn regions, the energy ministry said."],
    "strikes", "strikes", 3, LV, a="Callan Weir", n="figures of the same overnight attack"),
  E("2030-06-28 08:05", "Missile hits residential street in Lviv, two killed",
    ["Two people were killed and at least 12 injured when a Russian missile hit a residential street in Lviv's Sykhivskyi district during a massive overnight attack, Mayor Andriy Sadovyi said.",
     "Explosions were also heard in Ivano-Frankivsk and Lutsk."],
    "strikes", "strikes", 3, LV, a="Yevheniia Marko", n="toll 2"),
  ]))

# ---------------------------------------------------------------- 18442 Vixenmoor Herald (day 3, HTML live + @graph, Brussels)
SEEDS.append(dict(
  id="18442", name="18442_vixenmoor-graphlive", ext="html", source="Vixenmoor Herald", zone="Europe/Brussels", render=r_b_vixenmoor,
  title="EU summit and the war in Ukraine: live", url="https://vixenmoor-herald.example/live/eu-summit-june-2030",
  dateline="Friday 28 June 2030",
  lede="EU leaders meet in Brussels for the second day of their summit, hours after Russia's largest attack on western Ukraine this year.",
  basis="visible '{s}' (time with the CEST abbreviation, UTC+2) under the dateline 'Friday 28 June 2030'; the JSON-LD update datePublished ({u} UTC) agrees; local {d} in {z}",
  notes="Invented outlet (Brussels). HTML live blog, oldest first. JSON-LD @graph (organisation, web page, LiveBlogPosting) with per-update datePublished in UTC. Visible '<time>13:05 CEST</time>' without a datetime attribute; h3 title; signature 'NAME, Vixenmoor Herald' after the body. 18442-04 repeats 18442-01 near-verbatim with the stale toll (duplicate_of 18442-01). 18442-03 is a different event in the same city (explosion at a recruitment office).",
  not_entries=["site header and navigation", "page title", "dateline 'Friday 28 June 2030'", "intro paragraph", "signature lines 'NAME, Vixenmoor Herald' (author, not body)",
               "newsletter promo after the third entry", "closing line 'Thank you for following our live coverage.'", "footer"],
  entries=[
  E("2030-06-28 08:40", "Lviv: three dead after Russia's largest attack on western Ukraine this year",
    ["Three people were killed in Lviv when Russian missiles struck the city during a night-long attack that also targeted energy facilities across western Ukraine, regional governor Maksym Kozytskyi said.",
     "Poland's military said it had scrambled aircraft as a precaution; no missiles entered Polish airspace."],
    "strikes", "strikes", 3, LV, a="Sofie Claes", n="toll 3"),
  E("2030-06-28 10:15", "Belgium pledges \u20ac80 million for F-16 maintenance",
    ["Belgium will give \u20ac80 million to pay for maintenance of the F-16 fighter jets it has transferred to Ukraine, Prime Minister Bart De Wever said on arrival at the summit."],
    "aid", "aid", 2, "belgium-f16-maintenance-funding-2030-06-28", a="Pieter Van Hoof"),
  E("2030-06-28 12:30", "Blast at Lviv recruitment office: police detain suspect",
    ["An explosive device went off outside a military recruitment office in Lviv's Frankivskyi district on Friday afternoon, injuring a serviceman, Ukraine's National Police said.",
     "A 22-year-old man was detained nearby. Police said they were investigating whether he had been recruited by Russian intelligence through Telegram."],
    "other", "security", 2, "lviv-recruitment-office-blast-2030-06-28", a="Sofie Claes",
    n="same region and city (Lviv) and day as the missile strike, different event (sabotage); must not merge"),
  E("2030-06-28 14:05", "Lviv: three dead after Russia's largest attack on western Ukraine this year",
    ["Three people were killed in Lviv when Russian missiles struck the city during a night-long attack that also targeted energy facilities across western Ukraine, regional governor Maksym Kozytskyi said.",
     "Poland's military said it had scrambled jets as a precaution."],
    "strikes", "strikes", 1, LV, a="Sofie Claes", dup="18442-01", n="near-verbatim repeat of 18442-01 (stale toll 3)"),
  E("2030-06-28 17:20", "Summit agrees to open final clusters of Ukraine's accession talks",
    ["EU leaders have agreed to open the two remaining negotiating clusters with Ukraine, on agriculture and on the budget, diplomats said, after Hungary dropped its objection in exchange for assurances on farm subsidies.",
     "The clusters should be formally opened at an intergovernmental conference in Luxembourg next month."],
    "diplomacy", "diplomacy", 3, EUC, a="Pieter Van Hoof"),
  E("2030-06-28 19:45", "Costa: decision on reparations loan pushed back to October",
    ["European Council President Ant\u00f3nio Costa said leaders had not reached agreement on a new loan to Ukraine backed by immobilised Russian assets and would return to the issue in October.",
     "Belgium, where most of the assets are held, is still seeking guarantees against legal risks."],
    "aid", "aid", 2, "eu-reparations-loan-postponed-2030-06-28", a="Pieter Van Hoof", sec=["diplomacy"],
    n="funding decision for Ukraine (postponed) = aid, discussed at the same summit but a separate item from the accession decision"),
  ]))

# ---------------------------------------------------------------- 18443 Drumlaggan Courier (day 3, text article with crossheads, Dublin)
SEEDS.append(dict(
  id="18443", name="18443_drumlaggan-article", ext="txt", source="Drumlaggan Courier", zone="Europe/Dublin", render=r_b_drumlaggan,
  title="Ukraine on Friday: deadly barrage in the west, a step closer to the EU",
  lede="The day's main developments in Russia's war against Ukraine.",
  byline="Orla Keaveney", dateline="28 June 2030, 18:30 IST",
  related="Why Ireland's neutrality has not stopped it helping Ukraine", more="Read all our coverage of the war in Ukraine",
  basis="no per-section time; the article's dateline '28 June 2030, 18:30 IST' (Irish Standard Time = UTC+1) applies to every section; local {d} in {z}",
  notes="Invented outlet (Dublin). Text article with five crossheads, one entry each; page byline 'By Orla Keaveney' used as every section's author; one dateline with time and zone, no per-section stamp (stamp null, published = dateline). A 'Related:' link follows the second section.",
  not_entries=["masthead and breadcrumb", "article title", "standfirst", "byline 'By Orla Keaveney'", "dateline '28 June 2030, 18:30 IST'", "share line",
               "'Related:' link after the second section", "closing link 'Read all our coverage of the war in Ukraine'", "footer"],
  entries=[
  E("2030-06-28 18:30", "Western Ukraine under fire",
    ["Russia's overnight attack on western Ukraine killed four people in Lviv and damaged gas and power facilities in three regions, Ukrainian officials said. It was the largest attack on the west of the country this year.",
     "The barrage of 310 drones and 38 missiles came as EU leaders gathered in Brussels."],
    "strikes", "strikes", 3, LV, a="Orla Keaveney", n="toll 4"),
  E("2030-06-28 18:30", "A step closer to Brussels",
    ["EU leaders agreed to open the final two clusters of Ukraine's membership negotiations. The Taoiseach, Miche\u00e1l Martin, said Ireland had argued strongly for the move."],
    "diplomacy", "diplomacy", 3, EUC, a="Orla Keaveney"),
  E("2030-06-28 18:30", "Prisoners home",
    ["Ukraine and Russia exchanged 84 prisoners of war each in a swap mediated by the United Arab Emirates, Ukraine's Coordination Headquarters for the Treatment of Prisoners of War said. Most of the Ukrainians had been captured in 2024 and 2025."],
    "diplomacy", "diplomacy", 3, "prisoner-exchange-84-for-84-2030-06-28", a="Orla Keaveney", n="mediated prisoner exchange (168 people) = diplomacy, importance 3"),
  E("2030-06-28 18:30", "Irish support",
    ["The Department of Foreign Affairs announced a further \u20ac20 million in non-lethal support for Ukraine, including generators for hospitals and funding for mine clearance."],
    "aid", "aid", 2, "ireland-non-lethal-aid-2030-06-28", a="Orla Keaveney"),
  E("2030-06-28 18:30", "On the front",
    ["Ukraine's General Staff reported 151 clashes along the front over the past day, the fiercest around Huliaipole, where Russian forces are trying to cut a road used to supply Ukrainian units."],
    "other", "frontline", 2, "huliaipole-fighting-2030-06-28", a="Orla Keaveney"),
  ]))


if __name__ == "__main__":
    main()

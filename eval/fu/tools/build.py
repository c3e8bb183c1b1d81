#!/usr/bin/env python3
"""Builds the eval/fu seed pages and their gold files from one hand-written data table (further below).
Every headline and paragraph is the blind tester's own wording (invented or paraphrased; no copied sentences).
Part A imitates the page layouts of ten real outlets from memory; Part B outlets are invented. Deterministic.
Run from the project root:  python3 eval/fu/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
NYT_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "E.U.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.")
SEEDS = []


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=""):
    """one entry: local time 'YYYY-MM-DD HH:MM' in the page zone, headline (or None), body paragraphs, labels."""
    return dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)


def OFF(t, h, p, st, a=None, n=""):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n)


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
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def ampm(d, sep=":", space="", dots=False, upper=False):
    hh = d.hour % 12 or 12
    if dots:
        suf = "a.m." if d.hour < 12 else "p.m."
    else:
        suf = "am" if d.hour < 12 else "pm"
    if upper:
        suf = suf.upper()
    return f"{hh}{sep}{d.minute:02d}{space}{suf}"


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
        return d.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S GMT")
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + d.strftime("%z")


def iso(d, z=False, ms=False):
    s = d.isoformat(timespec="milliseconds" if ms else "seconds")
    return s.replace("+00:00", "Z") if z else s


def build_main():
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
            d = dt(e["t"], S["zone"]) + timedelta(seconds=e.get("sec_", 0)); u = d.astimezone(UTC)
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "published_local": d.strftime("%Y-%m-%d %H:%M:%S " if e.get("sec_") else "%Y-%m-%d %H:%M ") + S["zone"],
                         "published_basis": S["basis"].format(s=stamps[i], d=d.strftime("%Y-%m-%d %H:%M:%S" if e.get("sec_") else "%Y-%m-%d %H:%M"), z=S["zone"]),
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
        print(f"{fn:40s} {len(ents):2d} entries  UTC {sorted({x['published'][:10] for x in ents})}")
    print(f"{len(SEEDS)} seeds, {total} entries")


# ================================================================ Part A renderers (layouts of real outlets, from memory)

def r_guardian(S):
    """The Guardian live blog (dotcom rendering), HTML. Newest first. Blocks: permalink with <time> relative text ('2h ago')
    followed by the clock '14.38 GMT' (dot separator); optional <h2> title (many blocks have none); contributor name;
    'Key events' list near the top; JSON-LD LiveBlogPosting whose liveBlogUpdate items carry the PAGE's headline and dates."""
    z = S["zone"]; order_check(S, True)
    cap = dt(S["updated"], z); pub = dt(S["published"], z)
    def rel(d):
        mins = int((cap - d).total_seconds() // 60)
        return f"{mins}m ago" if mins < 60 else f"{mins // 60}h ago"
    ups = []
    for i, e in enumerate(S["entries"]):
        body = " ".join(e["p"])
        ups.append({"@type": "BlogPosting", "@id": f"{S['url']}#block-{S['blocks'][i]}", "headline": S["title"],
                    "datePublished": iso(pub.astimezone(UTC), ms=True).replace("+00:00", "Z"),
                    "dateModified": iso(cap.astimezone(UTC), ms=True).replace("+00:00", "Z"),
                    "articleBody": body[:1000]})
    ld = [{"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"],
           "datePublished": iso(pub.astimezone(UTC), ms=True).replace("+00:00", "Z"),
           "dateModified": iso(cap.astimezone(UTC), ms=True).replace("+00:00", "Z"),
           "coverageStartTime": iso(pub.astimezone(UTC), ms=True).replace("+00:00", "Z"),
           "coverageEndTime": iso((pub + timedelta(days=1)).astimezone(UTC), ms=True).replace("+00:00", "Z"),
           "author": [{"@type": "Person", "name": n, "sameAs": "https://www.theguardian.com/profile/" + n.lower().replace(" ", "-")} for n in S["authors"]],
           "publisher": {"@type": "Organization", "name": "The Guardian", "sameAs": "https://www.theguardian.com"},
           "liveBlogUpdate": ups},
          {"@context": "https://schema.org", "@type": "WebPage", "@id": S["url"], "potentialAction": {"@type": "ViewAction", "target": "android-app://com.guardian/https/www.theguardian.com" + S["url"][25:]}}]
    gdate = lambda d: f"{DAYS_EN[d.weekday()][:3]} {d.day} {SHORT_MONTHS[d.month - 1]} {d.year} {d:%H.%M} GMT"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">',
           f'<title>{esc(S["title"])} | Ukraine | The Guardian</title>',
           f'<meta name="description" content="{attr(S["standfirst"][0])}">', f'<link rel="canonical" href="{S["url"]}">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<a class="skip" href="#maincontent">Skip to main content</a> <a class="skip" href="#navigation">Skip to navigation</a>',
           '<header><div class="support">Support the Guardian <span>Fund independent journalism with $5 per month</span> <a href="/support">Support us</a></div>',
           '<div class="top-bar"><a href="/uk/print-shop">Print subscriptions</a> <a href="/search">Search jobs</a> <a href="/signin">Sign in</a> <a href="/preference/edition/uk">UK edition</a></div>',
           '<nav id="navigation"><a href="/">News</a> <a href="/commentisfree">Opinion</a> <a href="/sport">Sport</a> <a href="/culture">Culture</a> <a href="/lifeandstyle">Lifestyle</a></nav>',
           '<nav class="sub"><a href="/world">World</a> <a href="/world/europe-news">Europe</a> <a href="/us-news">US</a> <a href="/world/americas">Americas</a> <a href="/world/asia">Asia</a> <a href="/australia-news">Australia</a> <a href="/world/middleeast">Middle East</a> <a href="/world/africa">Africa</a> <a href="/inequality">Inequality</a> <a href="/global-development">Global development</a></nav></header>',
           '<main id="maincontent"><div class="series"><span class="live-badge">Live</span> <a href="/world/ukraine">Ukraine</a></div>',
           f'<h1>{esc(S["title"])}</h1>', '<div class="standfirst"><ul>' + "".join(f"<li>{esc(x)}</li>" for x in S["standfirst"]) + '</ul></div>',
           f'<address class="byline">{esc(S["byline"])}</address>',
           f'<div class="dateline"><span>{gdate(cap)}</span> <details><summary>First published on {gdate(pub)}</summary></details></div>',
           '<div class="share"><a>Share on Facebook</a> <a>Share on X</a> <a>Share via Email</a> <span class="comment-count">1,204</span></div>',
           '<div class="key-events"><h2>Key events</h2><ul>']
    for i, e in enumerate(S["entries"]):
        if e["kp"]:
            out.append(f'<li><a href="?page=with:block-{S["blocks"][i]}#block-{S["blocks"][i]}"><time>{rel(dt(e["t"], z))}</time> <span>{esc(e["h"])}</span></a></li>')
    out += ['</ul><button>Show key events only</button> <p class="js-off">Please turn on JavaScript to use this feature</p></div>',
            '<div class="live-feed">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H.%M} GMT"; stamps.append(st); b = S["blocks"][i]
        out.append(f'<article id="block-{b}" class="block">')
        out.append(f'<header><p class="timestamp"><a href="?page=with:block-{b}#block-{b}"><time datetime="{iso(d.astimezone(UTC), ms=True).replace("+00:00", "Z")}">{rel(d)}</time> <span>{st}</span></a></p>'
                   + (f'<div class="contributor"><img src="https://i.guim.co.uk/img/uploads/contributor-{i}.png" alt=""><span>{esc(e["a"])}</span></div>' if e["a"] else '') + '</header>')
        if e["h"]:
            out.append(f'<h2>{esc(e["h"])}</h2>')
        if e["p"]:
            for j, p in enumerate(e["p"]):
                out.append(f'<p>{esc(p)}</p>')
                if j == 0 and e.get("cap"):
                    out.append(f'<figure><img src="https://i.guim.co.uk/img/media/{b}.jpg" alt=""><figcaption>{esc(e["cap"])}</figcaption></figure>')
        else:
            out.append(f'<figure class="video"><div class="yt-placeholder">Play Video</div><figcaption>{esc(e.get("cap", ""))}</figcaption><span class="duration">0:58</span></figure>')
        if e.get("upd"):
            out.append(f'<footer><p class="updated">Updated at {e["upd"]} GMT</p></footer>')
        out.append('<div class="block-share"><a>Share</a></div></article>')
    out += ['</div>', '<nav class="pagination"><a>Newest</a> <a>Newer</a> <a>Older</a> <a>Oldest</a></nav>',
            '<aside class="most-viewed"><h2>Most viewed</h2><ol><li><a href="/world/2029/dec/01/snow-closes-alpine-passes">Heavy snow closes Alpine passes ahead of ski season</a></li>'
            '<li><a href="/football/2029/dec/01/premier-league-weekend-preview">Premier League: talking points from the weekend</a></li></ol></aside></main>',
            '<footer class="site"><a href="/about">About us</a> <a href="/help/contact-us">Contact us</a> <a href="/info/complaints-and-corrections">Complaints &amp; corrections</a> '
            '<a href="/info/privacy">Privacy policy</a> <a href="/info/cookies">Cookie policy</a> <a href="/help/terms-of-service">Terms &amp; conditions</a>'
            '<p>© 2029 Guardian News &amp; Media Limited or its affiliated companies. All rights reserved.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_bbc(S):
    """BBC News live page (classic layout), text scrape. Newest first; 'Posted at 14:38' line, heading, optional contributor
    name + role lines, body, 'Share'. 'All times stated are UK'. The capture prints no date or year anywhere."""
    z = S["zone"]; order_check(S, True)
    L = ["BBC Homepage", "Skip to content", "Accessibility Help", "Your account", "Home", "News", "Sport", "Weather", "iPlayer", "Sounds",
         "Bitesize", "More menu", "Search BBC", "", "BBC News", "Menu", "Home", "War in Ukraine", "Climate", "Video", "World", "UK", "Business",
         "Tech", "Science", "More", "", "World", "Africa", "Asia", "Australia", "Europe", "Latin America", "Middle East", "US & Canada", "",
         "Live", S["title"], "", "Summary", ""] + S["summary"] + ["", "Live Reporting", f"Edited by {S['editor']}", "", "All times stated are UK", "",
         "Get involved", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"Posted at {d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""]
        if e["a"]:
            L += [e["a"], e["role"], ""]
        if e.get("img"):
            L += [f"Image source, {e['img'][0]}", f"Image caption, {e['img'][1]}", ""]
        if e["p"]:
            L += ptxt(e["p"])
        else:
            L += [f"Media caption, {e['mc']}", ""]
        L += ["Share", "", "close", "Share page", "Copy link", "About sharing", ""]
    L += ["Back to top"]
    return "\n".join(L) + "\n", stamps


def r_reuters(S):
    """Reuters live coverage page, HTML. Newest first. Each card: <h2> headline, then the time '3:41 PM UTC' in <time>,
    body starting with the wire dateline, then 'Reporting by ...; Editing by ...'. Date only in the page header.
    JSON-LD NewsArticle (page level)."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": S["title"], "url": S["url"],
          "datePublished": iso(first.astimezone(UTC), z=True), "dateModified": iso(last.astimezone(UTC), z=True),
          "author": [{"@type": "Person", "name": "Reuters"}], "isAccessibleForFree": True,
          "publisher": {"@type": "Organization", "name": "Reuters", "logo": {"@type": "ImageObject", "url": "https://www.reuters.com/pf/resources/images/reuters/reuters-default.png"}},
          "articleSection": "Europe"}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Reuters</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="site-header"><a class="logo" href="/">Reuters</a><nav><a href="/world/">World</a> <a href="/business/">Business</a> '
           '<a href="/markets/">Markets</a> <a href="/sustainability/">Sustainability</a> <a href="/legal/">Legal</a> <a href="/breakingviews/">Breakingviews</a> '
           '<a href="/technology/">Technology</a> <a href="/investigations/">Investigations</a> <a>More</a></nav> <a href="/account/register/">Register</a> <a>My News</a></header>',
           '<main><nav class="breadcrumb"><a href="/world/">World</a> <a href="/world/europe/">Europe</a></nav>',
           f'<h1>{esc(S["title"])}</h1>', f'<div class="date-line"><time datetime="{iso(first.astimezone(UTC), z=True)}">{S["datehdr"]}</time> <span>Updated {S["ago"]}</span></div>',
           f'<p class="summary">{esc(S["lede"])}</p>', '<div class="live-cards">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, space=' ', upper=True)} UTC"; stamps.append(st)
        out.append(f'<article class="live-card" id="card-{i + 1}"><h2>{esc(e["h"])}</h2><time datetime="{iso(d.astimezone(UTC), z=True)}">{st}</time>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append(f'<p class="sign-off">{esc(e["sign"])}</p>')
        out.append('<div class="card-tools"><a>Copy link</a> <a>Share</a></div></article>')
        if i == 2:
            out.append('<aside class="newsletter"><h3>Sign up here.</h3><p>Reuters Daily Briefing: the day\u2019s top stories in your inbox.</p></aside>')
    out += ['</div>', '<p class="trust">Our Standards: <a href="https://www.thomsonreuters.com/en/about-us/trust-principles.html">The Thomson Reuters Trust Principles.</a></p>',
            '<aside class="read-next"><h3>Read Next</h3><ul><li><a href="/markets/europe/euro-zone-bond-yields-edge-lower-2029-12-04/">Euro zone bond yields edge lower ahead of ECB meeting</a></li>'
            '<li><a href="/world/africa/sahel-mediation-talks-2029-12-04/">West African mediators head to Niamey</a></li></ul></aside></main>',
            '<footer><p>All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.</p><p>© 2029 Reuters. All rights reserved</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_ap_latest(S):
    """AP 'The Latest' article (older AP News layout), text scrape. One page date line 'December 6, 2029 GMT'; the intro says
    '(all times local)' under a Kyiv dateline; entries separated by '___', each starting with a bare '10:15 a.m.' line;
    no headlines; oldest first; page byline 'By The Associated Press'."""
    z = S["zone"]; order_check(S, False)
    L = ["AP NEWS", "Top Stories", "Topics", "Video", "Listen", "", "Click to copy", "", "RELATED TOPICS", "Russia-Ukraine war", "Ukraine", "Kyiv", "",
         S["title"], "", "By The Associated Press", S["datehdr"], "", S["intro"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, space=" ", dots=True); stamps.append(st)
        L += ["___", "", st, ""] + ptxt(e["p"])
        if i == 2:
            L += ["ADVERTISEMENT", ""]
    L += ["___", "", S["more"], "", "Ad Choices", "", "AP NEWS", "Copyright 2029 The Associated Press. All Rights Reserved.",
          "This material may not be published, broadcast, rewritten or redistributed."]
    return "\n".join(L) + "\n", stamps


def r_aljazeera(S):
    """Al Jazeera live blog, HTML. Newest first; each update card has '14:38 GMT' then an <h2>; page 'Published On 8 Dec 2029';
    page byline; JSON-LD LiveBlogPosting with per-update datePublished; video posts show 'Video Duration' chrome."""
    z = S["zone"]; order_check(S, True)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "headline": e["h"], "datePublished": iso(d, z=True), "dateModified": iso(d, z=True),
             "url": f"{S['url']}?update={S['ids'][i]}"}
        if e["p"]:
            u["articleBody"] = " ".join(e["p"])
        ups.append(u)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "http://schema.org", "@type": "LiveBlogPosting", "url": S["url"], "headline": S["title"],
          "description": S["lede"], "datePublished": iso(first, z=True), "dateModified": iso(last, z=True),
          "coverageStartTime": iso(first, z=True), "coverageEndTime": iso(last + timedelta(hours=6), z=True),
          "author": [{"@type": "Person", "name": n} for n in S["authors"]],
          "publisher": {"@type": "Organization", "name": "Al Jazeera", "logo": {"@type": "ImageObject", "url": "https://www.aljazeera.com/images/logo_aje.png"}},
          "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en" dir="ltr"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Russia-Ukraine war News | Al Jazeera</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<div class="site-header"><a class="site-logo" href="/">Al Jazeera</a><nav><a href="/news/">News</a> <a href="/middle-east/">Middle East</a> '
           '<a href="/africa/">Africa</a> <a href="/asia/">Asia</a> <a href="/us-canada/">US &amp; Canada</a> <a href="/latin-america/">Latin America</a> '
           '<a href="/europe/">Europe</a> <a href="/asia-pacific/">Asia Pacific</a> <a href="/features/">Features</a> <a href="/economy/">Economy</a> '
           '<a href="/opinion/">Opinion</a> <a href="/video/">Video</a> <a>More</a></nav> <a href="/live/">Live</a> <button>Show navigation menu</button></div>',
           '<main><div class="article-header"><span class="live-label">LIVE</span> <a class="topics" href="/tag/ukraine-russia-crisis/">Russia-Ukraine war</a>',
           f'<h1>{esc(S["title"])}</h1>', f'<p class="article__subhead"><em>{esc(S["lede"])}</em></p></div>',
           '<div class="article-author">By ' + " and ".join(f'<a href="/author/{n.lower().replace(" ", "_")}">{esc(n)}</a>' for n in S["authors"]) + '</div>',
           f'<div class="article-dates"><span class="screen-reader-text">Published On {S["datehdr"]}</span><span aria-hidden="true">{S["datehdr"]}</span></div>',
           '<div class="article-tools"><button>Save</button> <button>Click here to share on social media</button> <span>share2</span></div>',
           '<div class="liveblog-timeline">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} GMT"; stamps.append(st)
        out.append(f'<div class="card-live" id="{S["ids"][i]}"><div class="card-live__timestamp"><span>{st}</span></div><h2 class="card-live__title">{esc(e["h"])}</h2>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="video-player"><button>Play Video</button><span>Video Duration 01 minutes 47 seconds</span><span>01:47</span></div>')
        out.append('<div class="card-live__share"><button>Copy link</button> <button>Share</button></div></div>')
        if i == 3:
            out.append('<aside class="more-on"><h3>Keep reading</h3><ul><li><a href="/news/2029/12/7/russia-ukraine-war-list-of-key-events-day-2844">Russia-Ukraine war: List of key events, day 2,844</a></li>'
                       '<li><a href="/news/2029/12/8/winter-blackouts-explainer">What&#x27;s behind Ukraine&#x27;s winter blackouts?</a></li></ul></aside>')
    out += ['</div><button class="more-updates">Load more updates</button>', '</main>',
            '<footer><a href="/about/">About</a> <a href="/contact/">Contact us</a> <a href="/code-of-ethics/">Code of Ethics</a> <a href="/terms-and-conditions/">Terms and conditions</a> '
            '<a href="/privacy/">Privacy Policy</a> <a>Cookie Preferences</a><p>© 2029 Al Jazeera Media Network</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps

def B(e, **kw):
    """attach page-specific extras (captions, roles, sign-offs, ...) to an entry"""
    e.update(kw)
    return e


# ================================================================ PART A: ten real outlets' layouts (own words)

# ---------------------------------------------------------------- 17800 The Guardian (live blog, HTML)
LVIV = "lviv-region-energy-strike-2029-12-01"
SEEDS.append(dict(
  id="17800", name="17800_guardian-live", ext="html", source="The Guardian", zone="Europe/London", render=r_guardian,
  title="Russia-Ukraine war live: Lviv region death toll rises to four after overnight attack on energy sites; Zelenskyy in Berlin",
  url="https://www.theguardian.com/world/live/2029/dec/01/russia-ukraine-war-live-lviv-energy-attack-zelenskyy-berlin-merz",
  published="2029-12-01 06:05", updated="2029-12-01 17:58", authors=["Callum Brierley", "Eleni Drossou"],
  byline="Callum Brierley (now) and Eleni Drossou (earlier)",
  standfirst=["Four people killed in Lviv region as Russia hits energy sites in western Ukraine",
              "Zelenskyy lands in Berlin for talks with Friedrich Merz on air defence and long-range weapons",
              "Sweden adds new money for Ukrainian air defence"],
  blocks=["6750c2e18f08a3b4d1e6a2f1", "6750bd7b8f08a3b4d1e6a2c9", "6750ab2e8f08a3b4d1e6a27a", "6750a11f8f08a3b4d1e6a231",
          "67509a0c8f08a3b4d1e6a1f0", "6750934b8f08a3b4d1e6a1b8", "67507f3e8f08a3b4d1e6a15d"],
  basis="block clock '{s}' (the Guardian prints UK time; GMT = UTC in December) on the page dated 'Sat 1 Dec 2029'; local {d} in {z}",
  notes="Imitates a Guardian live blog (dotcom rendering). Newest first. Each block: permalink holding a <time> with relative text ('2h ago', counted from the page's last update) and the clock 'HH.MM GMT' (dot separator), then the contributor's name, an optional h2 title, body. Two blocks have no title (headline null; the first sentence carries them). 'Key events' lists two block titles near the top (key_point true, see README convention). The JSON-LD LiveBlogPosting has one liveBlogUpdate per block, but every update carries the PAGE's headline, datePublished (06:05) and dateModified (17:58), so per-entry times must come from the visible blocks. 17800-06 is a 'Watch:' video block without text. Page dates: 'Sat 1 Dec 2029 17.58 GMT', 'First published on Sat 1 Dec 2029 06.05 GMT'.",
  not_entries=["skip links, 'Support the Guardian' banner, top bar (Print subscriptions, Search jobs, Sign in, UK edition)", "pillar and section navigation",
               "'Live' badge and series link 'Ukraine'", "page headline (h1 = page title)", "standfirst bullet list (page lede, three bullets)",
               "byline 'Callum Brierley (now) and Eleni Drossou (earlier)'", "page dateline and 'First published on ...'", "share links and comment count '1,204'",
               "'Key events' list (two pointers to blocks 17800-03 and 17800-05), 'Show key events only', 'Please turn on JavaScript ...'",
               "relative '...h ago' texts inside each block permalink (the clock 'HH.MM GMT' is the stamp)", "contributor names at the top of each block (authors, not body)",
               "photo caption in 17800-03 ('Emergency workers ... Photograph: ...')", "'Updated at 14.51 GMT' footer in 17800-03", "video placeholder 'Play Video', caption and '0:58' in 17800-06",
               "per-block 'Share' links", "pagination (Newest, Newer, Older, Oldest)", "'Most viewed' rail (two unrelated links)", "site footer and copyright"],
  entries=[
  E("2029-12-01 17:40", None,
    ["Sweden will spend a further 3.1bn kronor (about \u00a3230m) on air-defence equipment for Ukraine, its defence minister, P\u00e5l Jonson, said on Saturday.",
     "The money will go towards short-range missiles and radar units, some of which will be bought from Swedish manufacturers and delivered before the spring, he told a press conference in Stockholm."],
    "aid", "aid", 2, "sweden-air-defence-package-2029-12-01", a="Callum Brierley", n="block without a title"),
  E("2029-12-01 16:15", "Russia claims capture of village near Huliaipole",
    ["Russia\u2019s defence ministry has claimed that its troops have taken control of Rivnopillia, a village a few kilometres east of Huliaipole in the Zaporizhzhia region.",
     "Ukraine\u2019s general staff did not comment directly, but its evening report listed 14 Russian assaults repelled in the area. The Guardian could not independently verify either side\u2019s account."],
    "other", "frontline", 2, "russia-claims-rivnopillia-2029-12-01", a="Callum Brierley"),
  B(E("2029-12-01 14:38", "Death toll in Lviv region attack rises to four",
    ["Four people are now known to have died after Russian missiles and drones struck energy facilities and a residential street in the Lviv region overnight, the regional governor, Maksym Kozytskyi, has said.",
     "Two of the dead were workers at a substation near Stryi; the other two were killed when a drone hit a private house in a nearby village. Eleven people were injured.",
     "Kozytskyi said about 60,000 households in the region were still without electricity on Saturday afternoon."],
    "strikes", "strikes", 3, LVIV, a="Callum Brierley", kp=True, n="toll 4 dead, 11 injured; listed under Key events"),
    cap="Emergency workers at the site of the strike in the Lviv region on Saturday. Photograph: State Emergency Service of Ukraine/Reuters", upd="14.51"),
  E("2029-12-01 13:02", None,
    ["The EU\u2019s foreign policy chief, Kaja Kallas, has said she expects member states to agree the bloc\u2019s next package of sanctions against Russia before the end of the year, despite objections from Hungary and Slovakia.",
     "Speaking to reporters in Brussels, Kallas said the package would target more vessels in Russia\u2019s so-called shadow fleet of oil tankers and several banks in third countries that help Moscow get around existing restrictions."],
    "diplomacy", "diplomacy", 2, "eu-sanctions-package-kallas-2029-12-01", a="Eleni Drossou", n="block without a title"),
  E("2029-12-01 11:20", "Zelenskyy arrives in Berlin for talks with Merz",
    ["Volodymyr Zelenskyy has landed in Berlin for talks with the German chancellor, Friedrich Merz, that are expected to focus on air defence and long-range weapons.",
     "Ukraine\u2019s president said on social media that he would also meet German defence manufacturers to discuss joint production of drones and missiles on Ukrainian territory.",
     "Merz\u2019s office said the two leaders would give a joint statement in the early evening."],
    "diplomacy", "diplomacy", 3, "zelenskyy-berlin-visit-2029-12-01", a="Eleni Drossou", sec=["aid"], kp=True, n="listed under Key events"),
  B(E("2029-12-01 09:47", "Watch: Firefighters battle blaze at damaged substation near Lviv", [],
    "strikes", "strikes", 1, LVIV, a="Eleni Drossou", n="video teaser without text"),
    cap="Footage released by Ukraine\u2019s emergency service shows crews at the site on Saturday morning"),
  E("2029-12-01 07:05", "Russian missiles and drones target western Ukraine overnight",
    ["Russia launched a large overnight attack on Ukraine\u2019s energy system, with the western Lviv region among the hardest hit, officials said early on Saturday.",
     "Ukraine\u2019s air force said Russia had fired 11 cruise missiles and 74 drones, of which eight missiles and 59 drones were shot down or jammed.",
     "At least two people were killed in the Lviv region, according to preliminary information from regional authorities."],
    "strikes", "strikes", 3, LVIV, a="Eleni Drossou", n="first report, toll 2 dead"),
  ]))

# ---------------------------------------------------------------- 17801 BBC News (classic live page, text scrape, no year)
ODESA = "odesa-port-drone-strike-2029-12-03"
SEEDS.append(dict(
  id="17801", name="17801_bbc-live", ext="txt", source="BBC News", zone="Europe/London", render=r_bbc,
  parse_args=["--date", "2029-12-03"],
  title="Ukraine war: Russian drones hit Odesa grain terminal as UN warns over shipping",
  summary=["Two people are killed and a cargo ship is damaged as drones strike port facilities in the Odesa region overnight",
           "The UN says attacks on Black Sea ports put food supplies far beyond Ukraine at risk",
           "Poland detains two men suspected of plotting sabotage on a railway that carries aid to Ukraine",
           "The UK announces \u00a3120m for Ukrainian drone makers"],
  editor="Rhiannon Pryce",
  basis="'{s}' with 'All times stated are UK' (GMT = UTC in December); the capture prints no date or year, so the day comes from parse_args (Monday 3 December 2029, the day the page covers); local {d} in {z}",
  notes="Imitates a classic BBC News live page as copied from the browser. Newest first. Each post: 'Posted at HH:MM' line, heading, optional contributor name + role lines (author = the name), optional 'Image source, ...' / 'Image caption, ...' lines, body, then the share widget ('Share', 'close', 'Share page', 'Copy link', 'About sharing'). 'All times stated are UK'. The page prints no date and no year anywhere (the capture stops before the footer), hence parse_args --date 2029-12-03. The 'Summary' bullets at the top paraphrase four posts; they are not post headlines, so key_point stays false, but the posts they summarise are rated importance 3 (README convention). 17801-04 is a 'Watch:' video post with only a media caption.",
  not_entries=["BBC site chrome (homepage links, account, menus, search) and BBC News navigation", "section navigation (World, Africa, Asia, ...)", "'Live' label",
               "page title line", "'Summary' header and its four bullet lines (page lede)", "'Live Reporting' and 'Edited by Rhiannon Pryce'", "'All times stated are UK'",
               "'Get involved'", "contributor role lines ('BBC Monitoring', 'BBC Ukrainian')", "'Image source, ...' and 'Image caption, ...' lines in 17801-06",
               "'Media caption, ...' line of the video post 17801-04", "share widget lines after each post ('Share', 'close', 'Share page', 'Copy link', 'About sharing')",
               "'Back to top'"],
  entries=[
  E("2029-12-03 17:52", "UN warns attacks on ports threaten food supplies",
    ["The UN\u2019s humanitarian coordinator for Ukraine says the overnight strike on the Odesa region\u2019s port facilities is a reminder that attacks on Black Sea shipping hurt people far beyond Ukraine\u2019s borders.",
     "In a statement, the coordinator\u2019s office said two civilians had been killed and that grain stored for export had been destroyed. \u201cPorts are civilian infrastructure and must never be targeted,\u201d the statement added."],
    "strikes", "strikes", 3, ODESA, sec=["diplomacy"], n="UN reaction whose content is the strike itself; summarised in the page Summary"),
  E("2029-12-03 16:30", "Poland detains two over alleged rail sabotage plot",
    ["Polish prosecutors say two men have been detained on suspicion of planning to damage a section of railway in the south-east of the country that carries military aid to Ukraine.",
     "Poland\u2019s interior ministry says the suspects were recruited online by Russian intelligence and paid in cryptocurrency. Both deny the charges, according to their lawyers."],
    "other", "security", 3, "poland-rail-sabotage-arrests-2029-12-03", n="summarised in the page Summary"),
  E("2029-12-03 15:05", "UK pledges \u00a3120m for Ukrainian drone makers",
    ["The UK government has announced \u00a3120m to help Ukrainian companies build more long-range and interceptor drones, the Ministry of Defence says.",
     "Defence Secretary John Healey says the money will be paid through a fund that lets British and Ukrainian firms share designs and components, with the first contracts expected in January."],
    "aid", "aid", 3, "uk-drone-funding-2029-12-03", n="summarised in the page Summary"),
  B(E("2029-12-03 13:40", "Watch: Inside a Kharkiv school built underground", [],
    "other", "humanitarian", 1, "kharkiv-underground-school-2029-12-03", n="video post with only a media caption (teaser)"),
    mc="Pupils in Kharkiv are spending another winter studying below ground"),
  E("2029-12-03 12:20", "Turkey offers to host talks on Black Sea shipping",
    ["Turkey\u2019s foreign minister, Hakan Fidan, says Ankara is ready to host Russian and Ukrainian officials for talks on the safety of merchant ships in the Black Sea.",
     "Fidan told reporters in Ankara that both sides had a shared interest in keeping grain and fertiliser moving, but he did not say whether either had accepted the offer."],
    "diplomacy", "diplomacy", 2, "turkey-black-sea-talks-offer-2029-12-03"),
  B(E("2029-12-03 11:15", "Kremlin says Odesa strike hit \u2018military targets\u2019",
    ["The Kremlin says Russian forces struck what it called military infrastructure in the Odesa region, rejecting Ukrainian accusations that a grain terminal was deliberately targeted.",
     "Kremlin spokesman Dmitry Peskov told journalists that the Russian army \u201cdoes not strike civilian objects\u201d, repeating a claim Moscow makes after most deadly attacks."],
    "strikes", "strikes", 3, ODESA, a="Olesya Marchuk", n="official reaction whose content is the attack"), role="BBC Monitoring"),
  B(E("2029-12-03 09:30", "Two dead after drones hit Odesa port",
    ["Two people have been killed and five injured in a Russian drone attack on port facilities in the Odesa region overnight, regional governor Oleh Kiper says.",
     "A cargo ship flying the Panamanian flag was damaged while it was being loaded, and a grain warehouse caught fire, he adds.",
     "Ukraine\u2019s air force says Russia launched 67 drones overnight, 51 of which were shot down."],
    "strikes", "strikes", 3, ODESA, a="Hanna Sokolenko", n="toll 2 dead, 5 injured"),
    role="BBC Ukrainian", img=("Odesa regional administration", "Firefighters worked through the night at the port")),
  B(E("2029-12-03 08:10", "Russia says it downed 42 Ukrainian drones",
    ["Russia\u2019s defence ministry says its air defences destroyed 42 Ukrainian drones overnight, most of them over the Bryansk and Kursk regions.",
     "The governor of Kursk says a fuel depot near the regional capital caught fire after being hit by debris, but nobody was hurt."],
    "strikes", "strikes", 2, "russia-downs-42-drones-2029-12-03", a="Olesya Marchuk"), role="BBC Monitoring"),
  ]))

# ---------------------------------------------------------------- 17802 Reuters (live coverage page, HTML)
SEEDS.append(dict(
  id="17802", name="17802_reuters-live", ext="html", source="Reuters", zone="UTC", render=r_reuters,
  title="Russia-Ukraine war: NATO allies pledge air defence money as strike hits Zaporizhzhia",
  url="https://www.reuters.com/world/europe/live-russia-ukraine-war-nato-ministers-zaporizhzhia-2029-12-04/",
  datehdr="December 4, 2029", ago="1 hour ago",
  lede="Live coverage of the war in Ukraine as NATO foreign ministers meet in Brussels and Russian attacks continue in the south and east.",
  basis="card time '{s}' (UTC printed) under the page date 'December 4, 2029'; local {d} in {z}",
  notes="Imitates a Reuters live-coverage page. Newest first. Each card: h2 headline, then the time in a <time> element ('3:41 PM UTC', 12-hour clock, no date), body opening with the wire dateline ('KYIV, Dec 4 (Reuters) - '), then a sign-off line 'Reporting by ...; Editing by ...'. Author = the names after 'Reporting by' (editors are not authors); 'Reporting by Reuters' gives 'Reuters'. The only date is the page header 'December 4, 2029'. JSON-LD is a page-level NewsArticle (no per-card data). first_sentence includes the wire dateline as printed.",
  not_entries=["site header and navigation (World, Business, Markets, ...), Register, My News", "breadcrumb (World, Europe)", "page headline (page title)",
               "page date line 'December 4, 2029' and 'Updated 1 hour ago'", "summary paragraph under the headline (page lede)",
               "'Reporting by ...; Editing by ...' sign-off lines (authors, not body)", "'Copy link' / 'Share' under each card",
               "newsletter box 'Sign up here.' after the third card", "'Our Standards: The Thomson Reuters Trust Principles.'",
               "'Read Next' rail with two unrelated links", "footer (quotes delay notice, copyright)"],
  entries=[
  B(E("2029-12-04 15:41", "Russia says it downed 38 Ukrainian drones over border regions",
    ["MOSCOW, Dec 4 (Reuters) - Russian air defence units destroyed 38 Ukrainian drones over the Bryansk, Kursk and Belgorod regions on Tuesday afternoon, the Russian Defence Ministry said.",
     "Belgorod's governor said a woman was injured when a drone hit a car on a road near the border. Reuters could not independently verify the reports."],
    "strikes", "strikes", 2, "russia-downs-38-drones-2029-12-04", a="Reuters"), sign="Reporting by Reuters; Editing by Kirsten Hallam"),
  B(E("2029-12-04 14:10", "NATO allies pledge 1.6 billion euros for Ukraine's air defence",
    ["BRUSSELS, Dec 4 (Reuters) - Germany, the Netherlands and four other NATO allies committed 1.6 billion euros ($1.7 billion) on Tuesday to buy air defence interceptors for Ukraine, NATO Secretary General Mark Rutte told reporters at a meeting of the alliance's foreign ministers.",
     "\"Every interceptor we send is a life saved in a Ukrainian city,\" Rutte said, adding that the first deliveries were expected in the first quarter of next year.",
     "Ukrainian Foreign Minister Andrii Sybiha, who attended the meeting, said Kyiv needed at least ten more Patriot systems to protect its power grid through the winter."],
    "aid", "aid", 3, "nato-allies-air-defence-pledge-2029-12-04", a="Lotte Vermaelen and Jorge Ibarrola", sec=["diplomacy"]),
    sign="Reporting by Lotte Vermaelen and Jorge Ibarrola; Editing by Simon Crabtree"),
  B(E("2029-12-04 12:25", "Naftogaz says Russian strike damaged gas production site in Kharkiv region",
    ["KYIV, Dec 4 (Reuters) - A Russian missile strike damaged gas production facilities operated by state energy company Naftogaz in the Kharkiv region, the company said on Tuesday, in the latest attack on Ukraine's energy sector.",
     "Naftogaz said there were no casualties and that repair crews were assessing the damage. It did not say how much output had been lost."],
    "strikes", "strikes", 2, "naftogaz-kharkiv-gas-site-strike-2029-12-04", a="Oleksandra Pylypenko"),
    sign="Reporting by Oleksandra Pylypenko; Editing by Kirsten Hallam"),
  B(E("2029-12-04 10:05", "Kremlin says no date yet for new round of talks with Ukraine",
    ["MOSCOW, Dec 4 (Reuters) - The Kremlin said on Tuesday that no date had been agreed for a new round of direct talks with Ukraine and that Moscow's conditions for a settlement had not changed.",
     "Kremlin spokesman Dmitry Peskov told reporters that contacts were continuing \"at a working level\" but gave no details."],
    "diplomacy", "diplomacy", 2, "kremlin-no-date-for-talks-2029-12-04", a="Gleb Stavrov"),
    sign="Reporting by Gleb Stavrov; Editing by Simon Crabtree"),
  B(E("2029-12-04 08:30", "Russian strike on Zaporizhzhia kills three, governor says",
    ["KYIV, Dec 4 (Reuters) - A Russian guided bomb attack on the city of Zaporizhzhia killed three people and wounded 17 on Tuesday morning, regional governor Ivan Fedorov said.",
     "The strike damaged an apartment block and a kindergarten in the city's Shevchenkivskyi district, Fedorov wrote on Telegram, posting pictures of firefighters at a burning building.",
     "Zaporizhzhia, which lies about 30 km (20 miles) from the front line, has come under near-daily attack in recent weeks."],
    "strikes", "strikes", 3, "zaporizhzhia-guided-bomb-strike-2029-12-04", a="Oleksandra Pylypenko"),
    sign="Reporting by Oleksandra Pylypenko; Editing by Rhys Penrose"),
  B(E("2029-12-04 06:12", "Lithuania shuts two Belarus border crossings after balloon incursions",
    ["VILNIUS, Dec 4 (Reuters) - Lithuania will close two of its border crossings with Belarus for a month after dozens of balloons carrying smuggled cigarettes crossed into its airspace, forcing Vilnius airport to halt flights overnight, the government said.",
     "Lithuanian officials have described the balloon flights as a hybrid attack organised with the knowledge of the Belarusian authorities, an accusation Minsk rejects."],
    "other", "security", 2, "lithuania-belarus-border-balloons-2029-12-04", a="Agne Petrauskiene"),
    sign="Reporting by Agne Petrauskiene; Editing by Rhys Penrose"),
  ]))

# ---------------------------------------------------------------- 17803 The Associated Press ("The Latest", text scrape)
KYIVB = "kyiv-ballistic-missile-attack-2029-12-06"
SEEDS.append(dict(
  id="17803", name="17803_ap-thelatest", ext="txt", source="The Associated Press", zone="Europe/Kyiv", render=r_ap_latest,
  title="The Latest: Russian missiles hit Kyiv as Ukraine marks Armed Forces Day",
  datehdr="December 6, 2029 GMT",
  intro="KYIV, Ukraine (AP) \u2014 The Latest on Russia\u2019s war in Ukraine (all times local):",
  more="Follow AP\u2019s coverage of the war in Ukraine at https://apnews.com/hub/russia-ukraine",
  basis="bare clock '{s}' under the intro 'The Latest on Russia\u2019s war in Ukraine (all times local)' with a KYIV dateline, so Kyiv time (EET = UTC+2); the day is the page date 'December 6, 2029' (the 'GMT' there labels the page date, not the entry clocks); local {d} in {z}",
  notes="Imitates an older AP News 'The Latest' article. Oldest first. Entries are separated by '___' lines and start with a bare 12-hour clock line ('7:40 a.m.'); they have NO headlines (headline null), so the first sentence identifies each entry. The intro says '(all times local)' under a KYIV dateline, so the clocks are Kyiv time (EET, UTC+2), not AP's home zone; the page date line 'December 6, 2029 GMT' gives the day. Byline 'By The Associated Press' applies to every entry (agency credit as author). Some entries open with their own dateline ('OSLO, Norway \u2014 '), kept in first_sentence as printed.",
  not_entries=["'AP NEWS' masthead and navigation (Top Stories, Topics, Video, Listen)", "'Click to copy'", "'RELATED TOPICS' and its tag links",
               "page title line", "byline 'By The Associated Press'", "page date line 'December 6, 2029 GMT'", "intro line 'KYIV, Ukraine (AP) \u2014 The Latest ... (all times local):'",
               "'___' separator lines", "'ADVERTISEMENT' marker", "closing line 'Follow AP\u2019s coverage ...'", "'Ad Choices', footer masthead and copyright lines"],
  entries=[
  E("2029-12-06 07:40", None,
    ["Russian ballistic missiles struck Kyiv before dawn Thursday, killing one person and injuring at least nine, Mayor Vitali Klitschko said.",
     "Explosions shook the capital shortly after 5 a.m. as air defenses fired at incoming missiles. Klitschko said debris fell on a high-rise building in the Darnytskyi district and set several cars on fire."],
    "strikes", "strikes", 3, KYIVB, a="The Associated Press", n="first report: 1 dead, 9 injured"),
  E("2029-12-06 09:15", None,
    ["President Volodymyr Zelenskyy marked Ukraine\u2019s Armed Forces Day by handing state awards to soldiers at a ceremony in Kyiv and promising that more air defense systems would reach front-line units by spring.",
     "\u201cOur army is the reason Ukraine still stands,\u201d Zelenskyy said in a video address recorded before the ceremony."],
    "other", "politics", 2, "zelenskyy-armed-forces-day-2029-12-06", a="The Associated Press"),
  E("2029-12-06 11:30", None,
    ["The death toll from the overnight missile attack on Kyiv has risen to two, Ukraine\u2019s emergency service said.",
     "Rescuers pulled the body of a man from the rubble of a damaged building in the Darnytskyi district, the service said. The number of injured rose to 14."],
    "strikes", "strikes", 3, KYIVB, a="The Associated Press", n="toll 2 dead, 14 injured"),
  E("2029-12-06 13:05", None,
    ["Russia\u2019s Defense Ministry said its forces had captured the village of Novoserhiivka in the Donetsk region, part of a slow push west of the city of Pokrovsk.",
     "The claim could not be independently verified. Ukraine\u2019s military did not immediately comment."],
    "other", "frontline", 2, "russia-claims-novoserhiivka-2029-12-06", a="The Associated Press"),
  E("2029-12-06 15:20", None,
    ["OSLO, Norway \u2014 Norway will give Ukraine 4.5 billion kroner (about $410 million) to buy drones made in Ukraine, Defense Minister Tore Sandvik said Thursday.",
     "The money will be spent through a scheme in which Ukraine\u2019s armed forces choose the models they need and allied governments pay the manufacturers directly."],
    "aid", "aid", 3, "norway-drone-funding-2029-12-06", a="The Associated Press", n="major package"),
  E("2029-12-06 18:45", None,
    ["VATICAN CITY \u2014 Pope Leo XIV appealed Thursday for a pause in the fighting in Ukraine over Christmas, saying civilians \u201cdeserve at least a few days without sirens.\u201d",
     "The pontiff made the appeal during an audience with diplomats accredited to the Holy See. There was no immediate response from Moscow or Kyiv."],
    "diplomacy", "diplomacy", 2, "pope-christmas-truce-appeal-2029-12-06", a="The Associated Press"),
  ]))

# ---------------------------------------------------------------- 17804 Al Jazeera (live blog, HTML + LiveBlogPosting)
SEEDS.append(dict(
  id="17804", name="17804_aljazeera-live", ext="html", source="Al Jazeera", zone="UTC", render=r_aljazeera,
  title="Russia-Ukraine war live: Moscow and Kyiv swap 84 prisoners each",
  url="https://www.aljazeera.com/news/liveblog/2029/12/8/russia-ukraine-war-live-moscow-and-kyiv-swap-84-prisoners-each",
  lede="Ukraine orders power cuts in nine regions after attacks on the grid, while South Korea says Pyongyang has sent more shells to Russia.",
  authors=["Farah Nasrallah"], datehdr="8 Dec 2029",
  ids=["liveblog-update-3458801", "liveblog-update-3458766", "liveblog-update-3458730", "liveblog-update-3458702",
       "liveblog-update-3458677", "liveblog-update-3458641", "liveblog-update-3458610"],
  basis="update time '{s}' (GMT = UTC) on the page 'Published On 8 Dec 2029'; the JSON-LD liveBlogUpdate datePublished agrees; local {d} in {z}",
  notes="Imitates an Al Jazeera live blog. Newest first. Each update card: 'HH:MM GMT' then an h2 title, body. The page prints 'Published On 8 Dec 2029' and one byline ('By Farah Nasrallah'), used as every entry's author (no per-update bylines). JSON-LD LiveBlogPosting with a liveBlogUpdate per card (headline, datePublished in Z, articleBody; none for the video card). 17804-03 is a 'Watch:' video card with no text (only the player with 'Video Duration 01 minutes 47 seconds').",
  not_entries=["site header, logo and navigation (News, Middle East, Africa, ...), 'Live', 'Show navigation menu'", "'LIVE' label and topic link 'Russia-Ukraine war'",
               "page headline (page title)", "italic subhead under the headline (page lede)", "byline 'By Farah Nasrallah'", "'Published On 8 Dec 2029' and the repeated date",
               "'Save' and share buttons", "video player chrome in 17804-03 ('Play Video', 'Video Duration 01 minutes 47 seconds', '01:47')",
               "'Copy link' / 'Share' buttons on each card", "'Keep reading' box after the fourth card (two related links)", "'Load more updates'", "footer"],
  entries=[
  E("2029-12-08 19:20", "Glide bombs kill two in Kostiantynivka, says Donetsk governor",
    ["Russian glide bombs killed two people and injured six in the eastern Ukrainian city of Kostiantynivka on Saturday evening, Donetsk regional governor Vadym Filashkin said.",
     "Filashkin said the strikes hit a market area and several private homes, and urged the few thousand remaining residents to leave."],
    "strikes", "strikes", 3, "kostiantynivka-glide-bombs-2029-12-08", a="Farah Nasrallah"),
  E("2029-12-08 17:05", "Russia and Ukraine swap 84 prisoners each in UAE-mediated deal",
    ["Russia and Ukraine have each released 84 prisoners of war in an exchange mediated by the United Arab Emirates, both sides said.",
     "Ukrainian President Volodymyr Zelenskyy said the freed Ukrainians included soldiers captured during the defence of Mariupol more than seven years ago.",
     "The UAE foreign ministry said it was the latest of more than 30 exchanges it had helped to arrange since the start of the war."],
    "diplomacy", "diplomacy", 3, "prisoner-exchange-84-2029-12-08", a="Farah Nasrallah", n="mediated prisoner exchange (page title story)"),
  E("2029-12-08 15:30", "Watch: Kyiv residents queue for generators as blackouts return", [],
    "other", "humanitarian", 1, "ukraine-power-cuts-2029-12-08", a="Farah Nasrallah", sec=["strikes"], n="video teaser without text"),
  E("2029-12-08 13:10", "Ukraine orders power cuts in nine regions after grid attacks",
    ["Ukraine\u2019s energy ministry says scheduled power cuts will be in place in nine regions on Sunday, after Russian attacks this week damaged several thermal power plants and substations.",
     "Households in the affected regions will be without electricity for up to eight hours a day, the grid operator Ukrenergo said."],
    "other", "humanitarian", 2, "ukraine-power-cuts-2029-12-08", a="Farah Nasrallah", sec=["strikes"]),
  E("2029-12-08 11:45", "Slovakia\u2019s Fico rejects EU loan backed by Russian assets",
    ["Slovak Prime Minister Robert Fico says his government will not support a European Union plan to lend Ukraine money backed by frozen Russian central bank assets.",
     "\u201cSlovakia will not be part of a decision that prolongs the war,\u201d Fico told the public broadcaster STVR, adding that he would raise his objections at an EU summit later this month."],
    "diplomacy", "diplomacy", 2, "fico-rejects-russian-assets-loan-2029-12-08", a="Farah Nasrallah", sec=["aid"]),
  E("2029-12-08 09:00", "South Korea says North Korea shipped more artillery shells to Russia",
    ["South Korea\u2019s National Intelligence Service says North Korea has sent at least 40 more shipments of artillery shells and rockets to Russia since the summer.",
     "The agency told lawmakers in Seoul that Pyongyang was receiving fuel, food and military technology in return, according to a member of parliament\u2019s intelligence committee."],
    "aid", "aid", 3, "north-korea-shells-to-russia-2029-12-08", a="Farah Nasrallah", n="arms transfer to Russia"),
  E("2029-12-08 06:30", "Russian drone attack cuts power to 20,000 homes in Sumy",
    ["A Russian drone attack overnight damaged energy infrastructure in the northern city of Sumy, leaving about 20,000 households without electricity, the regional military administration said.",
     "No casualties were reported."],
    "strikes", "strikes", 2, "sumy-drone-attack-2029-12-08", a="Farah Nasrallah"),
  ]))



# ---------------------------------------------------------------- Part A renderers, continued

def r_kyivindependent(S):
    """The Kyiv Independent (Ghost CMS) RSS 2.0: CDATA title/description/creator/category, pubDate in GMT with seconds,
    content:encoded with the full article (optional subheadings) and a trailing membership appeal."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
           'xmlns:atom="http://www.w3.org/2005/Atom" version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel>',
           f'<title><![CDATA[{S["title"]}]]></title><description><![CDATA[{S["lede"]}]]></description><link>https://kyivindependent.com/</link>',
           '<image><url>https://kyivindependent.com/content/images/size/w256h256/2029/01/favicon.png</url><title>The Kyiv Independent</title><link>https://kyivindependent.com/</link></image>',
           f'<generator>Ghost 6.4</generator><lastBuildDate>{rfc822(last.replace(second=0) + timedelta(minutes=3), gmt=True)}</lastBuildDate>'
           '<atom:link href="https://kyivindependent.com/rss/" rel="self" type="application/rss+xml"/><ttl>60</ttl>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z) + timedelta(seconds=e.get("sec_", 0)); st = rfc822(d, gmt=True); stamps.append(st)
        body = ""
        for j, p in enumerate(e["p"]):
            if e.get("subs", {}).get(j):
                body += f"<h2>{esc(e['subs'][j])}</h2>"
            body += f"<p>{esc(p)}</p>"
        body = f'<figure class="kg-card kg-image-card kg-card-hascaption"><img src="https://kyivindependent.com/content/images/2029/12/{e["slug"][:24]}.jpg" alt=""><figcaption>{esc(e["cap"])}</figcaption></figure>' + body
        body += ('<div class="kg-card kg-cta-card"><p>We\u2019ve been here since day one, reporting from Ukraine for readers around the world. '
                 'Become a member of the Kyiv Independent and help us keep going.</p></div>')
        out.append(f'<item><title><![CDATA[{e["h"]}]]></title><description><![CDATA[{e["p"][0]}]]></description>'
                   f'<link>https://kyivindependent.com/{e["slug"]}/</link><guid isPermaLink="false">{0x6758a1c0e4b2 + i * 977:x}</guid>'
                   + "".join(f'<category><![CDATA[{c}]]></category>' for c in e["cats"])
                   + f'<dc:creator><![CDATA[{e["creator"]}]]></dc:creator><pubDate>{st}</pubDate>'
                   f'<media:content url="https://kyivindependent.com/content/images/2029/12/{e["slug"][:24]}.jpg" medium="image"/>'
                   f'<content:encoded><![CDATA[{body}]]></content:encoded></item>')
    out.append('</channel></rss>')
    return "\n".join(out) + "\n", stamps


def r_cnn(S):
    """CNN live updates page, text scrape. Title 'December 12, 2029 - Russia-Ukraine news', header 'Updated 12:15 PM EST, Wed
    December 12, 2029'; posts newest first with RELATIVE stamps ('1 hr 32 min ago') above the headline, 'From CNN's NAME'
    under it, 'Link Copied!' after each post."""
    z = S["zone"]; order_check(S, True); ref = dt(S["ref"], z)
    upd = f"Updated {ampm(ref, space=' ', upper=True)} EST, {DAYS_EN[ref.weekday()][:3]} {MONTHS[ref.month - 1]} {ref.day}, {ref.year}"
    L = ["CNN", "Audio", "Live TV", "Log In", "", "Live Updates", "", "World", "Africa", "Americas", "Asia", "Australia", "China", "Europe", "India",
         "Middle East", "United Kingdom", "", S["title"], "", S["byline"], upd, "", "Link Copied!", "", "What we're covering", ""]
    L += ["\u2022 " + b for b in S["covering"]] + [""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        st = f"{mins} min ago" if mins < 60 else f"{mins // 60} hr {mins % 60} min ago"; stamps.append(st)
        L += [st, e["h"], ""]
        if e["a"]:
            L += [f"From CNN\u2019s {e['a']}", ""]
        if e["p"]:
            L += ptxt(e["p"])
        else:
            L += [e["vid"], "Video Ad Feedback", ""]
        if e.get("contrib"):
            L += [e["contrib"], ""]
        L += ["Link Copied!", ""]
        if i == 1:
            L += ["Ad Feedback", ""]
    L += ["Paid Links", "", "\u00a9 2029 Cable News Network. A Warner Bros. Discovery Company. All Rights Reserved.", "CNN Sans \u2122 & \u00a9 2016 Cable News Network."]
    return "\n".join(L) + "\n", stamps


def r_nyt(S):
    """New York Times live blog, HTML. Newest first; each post: h2, author name, 'Reporting from ...', <time> 'Dec. 14, 2029,
    3:22 p.m. ET', body. JSON-LD LiveBlogPosting with per-update headline, datePublished and author."""
    z = S["zone"]; order_check(S, True)
    def ny(d):
        return f"{NYT_MONTHS[d.month - 1]} {d.day}, {d.year}, {ampm(d, space=' ', dots=True)} ET"
    first = dt(S["published"], z); last = dt(S["updated"], z)
    ups = [{"@type": "BlogPosting", "headline": e["h"], "url": f"{S['url']}#{S['slugs'][i]}",
            "datePublished": iso(dt(e["t"], z).astimezone(UTC), ms=True).replace("+00:00", "Z"),
            "author": [{"@type": "Person", "name": e["a"]}], "articleBody": " ".join(e["p"])} for i, e in enumerate(S["entries"])]
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "url": S["url"], "headline": S["title"], "description": S["lede"],
          "datePublished": iso(first.astimezone(UTC), ms=True).replace("+00:00", "Z"), "dateModified": iso(last.astimezone(UTC), ms=True).replace("+00:00", "Z"),
          "coverageStartTime": iso(first.astimezone(UTC), ms=True).replace("+00:00", "Z"),
          "publisher": {"@type": "NewsMediaOrganization", "name": "The New York Times", "logo": {"@type": "ImageObject", "url": "https://static01.nyt.com/images/misc/NYT_logo_rss_250x40.png"}},
          "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - The New York Times</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<div id="site-content"><header class="masthead"><a href="/">The New York Times</a> <a href="/section/world">World</a> <a href="/section/world/europe">Europe</a> '
           '<a class="subscribe" href="/subscription">Subscribe for $1/week</a> <a href="/login">Log in</a></header>',
           '<main><div class="live-label"><span>LIVE</span> <span>Updated</span> ' + f'<time datetime="{iso(last.astimezone(UTC), z=True)}">{ny(last)}</time></div>',
           f'<h1>{esc(S["title"])}</h1>', f'<p class="summary">{esc(S["lede"])}</p>',
           '<section class="latest"><h2>Here\u2019s the latest:</h2><ul>' + "".join(f"<li>{esc(b)}</li>" for b in S["latest"]) + '</ul></section>',
           '<div class="share-tools"><button>Share full article</button> <span class="comments">Read 412 comments</span></div>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ny(d); stamps.append(st)
        out.append(f'<article class="live-blog-post" id="{S["slugs"][i]}"><h2>{esc(e["h"])}</h2>')
        out.append(f'<div class="byline"><img src="https://static01.nyt.com/images/authors/{e["a"].lower().replace(" ", "-")}.png" alt=""><p class="author">{esc(e["a"])}</p><p class="dateline">{esc(e["from"])}</p></div>')
        out.append(f'<time datetime="{iso(d.astimezone(UTC), ms=True).replace("+00:00", "Z")}">{st}</time>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e.get("cap"):
            out.append(f'<figure><img src="https://static01.nyt.com/images/2029/12/14/{S["slugs"][i]}.jpg" alt=""><figcaption>{esc(e["cap"])}</figcaption></figure>')
        out.append('<div class="post-tools"><button>Share</button></div></article>')
        if i == 2:
            out.append('<aside class="newsletter"><p>The Morning: Make sense of the day\u2019s news and ideas.</p><button>Sign Up</button></aside>')
    out += ['<p class="more"><a href="/live/2029/12/13/world/russia-ukraine-war-news">See yesterday\u2019s updates</a></p></main>',
            '<footer><a href="/">NYTCo</a> <a>Contact Us</a> <a>Accessibility</a> <a>Work with us</a> <a>Advertise</a> <a>Your Ad Choices</a> <a>Privacy Policy</a> <a>Terms of Service</a>'
            '<p>\u00a9 2029 The New York Times Company</p></footer></div></body></html>']
    return "\n".join(out) + "\n", stamps


def r_sky(S):
    """Sky News live blog, text scrape. Page date line 'Sunday 16 December 2029 18:30, UK'; 'Key points' bullets that repeat post
    headlines; 'Live reporting by NAME'; posts newest first with a bare '14:38' line (optional 'Breaking' label above it), headline,
    optional 'By NAME, role' line, body; video posts show a duration."""
    z = S["zone"]; order_check(S, True); cap = dt(S["updated"], z)
    L = ["Skip to content", "Sky News - back to home", "Watch Live", "",
         "Home  UK  World  Politics  US  Climate  Science & Tech  Business  Ents & Arts  Travel  Offbeat  Analysis  Data & Forensics  Videos  Weather", "",
         S["title"], "", f"{DAYS_EN[cap.weekday()]} {cap.day} {MONTHS[cap.month - 1]} {cap.year} {cap:%H:%M}, UK", "", "Why you can trust Sky News", "",
         "Key points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", f"Live reporting by {S['byline']}", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        if e.get("breaking"):
            L += ["Breaking"]
        L += [st, e["h"], ""]
        if e.get("by"):
            L += [e["by"], ""]
        if e["p"]:
            L += ptxt(e["p"])
        else:
            L += [e["dur"], ""]
        if e.get("pic"):
            L += [e["pic"], ""]
        if i == 2:
            L += ["Watch live: Sky News is on channel 501 and on YouTube", ""]
    L += ["Load more", "", "Related Topics", "Russia", "Ukraine", "", "\u00a9 2029 Sky UK"]
    return "\n".join(L) + "\n", stamps


def r_dw_rdf(S):
    """DW 'all news' feed as served at rss.dw.com/rdf/...: RSS 1.0 (RDF) with an rdf:Seq of item links, dc:date in UTC ('Z'),
    one teaser paragraph per item, no authors."""
    z = S["zone"]; order_check(S, True)
    items = [f"https://www.dw.com/en/{e['slug']}/a-{S['aid'] - i * 113}?maca=en-rss-en-all-1573-rdf" for i, e in enumerate(S["entries"])]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dwsyn="https://rss.dw.com/syndication/dwsyn/">',
           '<channel rdf:about="https://www.dw.com/">', f'<title>{esc(S["title"])}</title>', '<link>https://www.dw.com/</link>',
           f'<description>{esc(S["lede"])}</description>', '<dc:language>en</dc:language>', '<dc:rights>2029 Deutsche Welle</dc:rights>',
           f'<dc:date>{iso(dt(S["entries"][0]["t"], z) + timedelta(minutes=4), z=True)}</dc:date>', '<items>', '<rdf:Seq>']
    out += [f'<rdf:li rdf:resource="{esc(u)}"/>' for u in items] + ['</rdf:Seq>', '</items>', '</channel>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d, z=True); stamps.append(st)
        out += [f'<item rdf:about="{esc(items[i])}">', f'<title>{esc(e["h"])}</title>', f'<link>{esc(items[i])}</link>',
                f'<description>{esc(" ".join(e["p"]))}</description>', f'<dc:date>{st}</dc:date>', '<dc:language>en</dc:language>',
                f'<dc:subject>{e["subj"]}</dc:subject>', f'<dwsyn:contentID>{S["aid"] - i * 113}</dwsyn:contentID>', '</item>']
    out.append('</rdf:RDF>')
    return "\n".join(out) + "\n", stamps



# ---------------------------------------------------------------- 17805 The Kyiv Independent (Ghost RSS)
FEOD = "feodosia-oil-depot-strike-2029-12-10"
SEEDS.append(dict(
  id="17805", name="17805_kyivindependent-rss", ext="xml", source="The Kyiv Independent", zone="UTC", render=r_kyivindependent,
  title="The Kyiv Independent", lede="News from Ukraine, Eastern Europe",
  basis="RSS pubDate '{s}' (GMT = UTC); local {d} in {z}",
  notes="Imitates the Kyiv Independent's Ghost RSS feed. Newest first. CDATA title, description (the first paragraph), categories and dc:creator; pubDate in GMT with seconds (kept in the gold). content:encoded holds a captioned photo, the article paragraphs (17805-02 has one h2 subheading, not counted as a paragraph) and a trailing membership appeal (not body). 17805-02 is the daily 'Ukraine war latest' round-up whose creator is the generic 'The Kyiv Independent news desk' (author null, README convention); its story is its lead item (the Feodosia strike, also 17805-03), and the Japan pledge in its second section is recorded as secondary topic aid. 17805-06 (a biathlon result) is not about the war. The KI writes 'Dec. 10' dates inside sentences.",
  not_entries=["channel title, description, image, generator, lastBuildDate, atom:link, ttl", "item links, guids, categories and media:content",
               "photo and caption at the top of each content:encoded", "subheading 'Japan pledges $3 billion from frozen asset proceeds' inside 17805-02 (section title, not a separate entry)",
               "membership appeal at the end of every content:encoded ('We\u2019ve been here since day one ...')"],
  entries=[
  B(E("2029-12-10 18:22", "Russian attack on Kryvyi Rih kills 3, injures 12",
    ["A Russian ballistic missile attack on Kryvyi Rih on the evening of Dec. 10 killed three people and injured 12, Oleksandr Vilkul, head of the city's military administration, reported.",
     "The missile hit a five-story residential building in the city's Metalurhiinyi district. Among the injured are two children, Vilkul said.",
     "Kryvyi Rih, President Volodymyr Zelensky's hometown, has been repeatedly targeted by Russian missiles and drones."],
    "strikes", "strikes", 3, "kryvyi-rih-missile-strike-2029-12-10", a="Yuliia Kravets"),
    creator="Yuliia Kravets", cats=["News Feed", "Ukraine"], slug="russian-attack-on-kryvyi-rih-kills-3-injures-12", cap="Rescue workers at the site of a Russian missile strike in Kryvyi Rih on Dec. 10, 2029. (Oleksandr Vilkul / Telegram)", sec_=40),
  B(E("2029-12-10 16:40", "Ukraine war latest: Ukraine hits oil depot in occupied Feodosia, Japan pledges $3 billion",
    ["Ukraine's General Staff said on Dec. 10 that its drones had struck an oil depot in occupied Feodosia overnight, the latest in a series of attacks on fuel infrastructure supplying Russian troops in the south.",
     "Japan will transfer $3 billion to Ukraine next year from the profits on immobilized Russian assets, the Japanese Finance Ministry said, making it one of the largest single contributions to Ukraine's 2030 budget.",
     "The money will be channeled through the World Bank, according to the ministry."],
    "strikes", "strikes", 2, FEOD, a=None, sec=["aid"], n="daily round-up; story = its lead item; desk credit gives author null"),
    creator="The Kyiv Independent news desk", cats=["Ukraine war latest"], slug="ukraine-war-latest-feodosia-japan", subs={1: "Japan pledges $3 billion from frozen asset proceeds"},
    cap="Smoke rises over Feodosia, Crimea, on Dec. 10, 2029. (Social media)", sec_=5),
  B(E("2029-12-10 14:15", "Ukrainian drones hit oil depot in occupied Feodosia, General Staff says",
    ["Ukrainian drones struck an oil depot in the Russian-occupied city of Feodosia in Crimea overnight on Dec. 10, causing a large fire, the General Staff reported.",
     "Russian-installed authorities in Crimea said a fuel tank had caught fire after being hit by debris and that firefighters had contained the blaze by morning. No casualties were reported.",
     "The Kyiv Independent could not independently verify the claims."],
    "strikes", "strikes", 2, FEOD, a="Taras Holub"),
    creator="Taras Holub", cats=["News Feed", "Crimea"], slug="ukrainian-drones-hit-oil-depot-in-occupied-feodosia", cap="An oil depot on fire in Feodosia, Crimea. (Crimean Wind / Telegram)", sec_=30),
  B(E("2029-12-10 12:05", "Parliament passes 2030 budget with defense taking nearly two-thirds of spending",
    ["Ukraine's parliament approved the state budget for 2030 on Dec. 10, with nearly two-thirds of spending allocated to defense and security.",
     "The budget assumes that around $40 billion in external financing will be needed to cover the deficit, Finance Minister Serhii Marchenko told lawmakers."],
    "other", "politics", 2, "ukraine-2030-budget-passed-2029-12-10", a="Sofiia Moroz"),
    creator="Sofiia Moroz", cats=["News Feed", "Politics"], slug="parliament-passes-2030-budget", cap="The Verkhovna Rada in session in Kyiv. (Verkhovna Rada press service)", sec_=12),
  B(E("2029-12-10 10:30", "Japan to provide $3 billion to Ukraine from proceeds of frozen Russian assets",
    ["Japan will transfer $3 billion to Ukraine next year using profits generated by immobilized Russian assets, the Japanese Finance Ministry announced on Dec. 10.",
     "The money will be channeled through the World Bank and used to support Ukraine's budget and repairs to its energy system, the ministry said."],
    "aid", "aid", 3, "japan-3bn-russian-asset-proceeds-2029-12-10", a="Yuliia Kravets", n="major financial package"),
    creator="Yuliia Kravets", cats=["News Feed", "International aid"], slug="japan-to-provide-3-billion-to-ukraine", cap="Japan's Finance Ministry in Tokyo. (Getty Images)", sec_=47),
  B(OFF("2029-12-10 08:12", "Ukraine's Oleksii Hnatiuk wins World Cup sprint in Hochfilzen",
    ["Ukrainian biathlete Oleksii Hnatiuk won the men's 10-kilometer sprint at the World Cup stage in Hochfilzen, Austria, on Dec. 9, his first individual World Cup victory.",
     "Hnatiuk hit all ten targets and finished 6.4 seconds ahead of Norway's defending overall champion."],
    "biathlon-hnatiuk-hochfilzen-2029-12-09", a="Taras Holub", n="sport result, not about the war"),
    creator="Taras Holub", cats=["News Feed", "Sports"], slug="hnatiuk-wins-world-cup-sprint", cap="Oleksii Hnatiuk at the finish in Hochfilzen. (IBU)", sec_=20),
  B(E("2029-12-10 06:50", "Lithuanian court jails man for arson plot ordered by Russian intelligence",
    ["A court in Vilnius sentenced a 24-year-old man to eight years in prison on Dec. 9 for setting fire to a warehouse on the orders of Russia's military intelligence, Lithuanian prosecutors said.",
     "Prosecutors said the man had been recruited through a messaging app and promised 10,000 euros for the attack."],
    "other", "security", 2, "lithuania-arson-plot-sentence-2029-12-09", a="Sofiia Moroz"),
    creator="Sofiia Moroz", cats=["News Feed", "Europe"], slug="lithuanian-court-jails-man-for-arson-plot", cap="The Vilnius Regional Court. (LRT)", sec_=3),
  ]))

# ---------------------------------------------------------------- 17806 CNN (live updates, text scrape, relative stamps)
SEEDS.append(dict(
  id="17806", name="17806_cnn-live", ext="txt", source="CNN", zone="America/New_York", render=r_cnn,
  title="December 12, 2029 - Russia-Ukraine news", ref="2029-12-12 12:15",
  byline="By Tamsin Welby, Oksana Riabchuk and Dev Malhotra, CNN",
  covering=["A Russian missile strike on Odesa killed four people and wounded at least 11, according to regional officials.",
            "The US State Department approved a possible $825 million sale of air defense missiles to Ukraine.",
            "The Kremlin said there are no plans for Vladimir Putin to meet Volodymyr Zelensky before the end of the year."],
  basis="relative stamp '{s}' counted back from the page's 'Updated 12:15 PM EST, Wed December 12, 2029' (the capture clock; Eastern time, EST = UTC-5); local {d} in {z}",
  notes="Imitates a CNN live-updates page as copied from the browser. Newest first. Each post: a RELATIVE stamp ('8 min ago', '1 hr 32 min ago') above the headline, then 'From CNN\u2019s NAME' (author = NAME), body, 'Link Copied!'. The only clock is the header 'Updated 12:15 PM EST, Wed December 12, 2029'; every stamp is counted back from it (the newest post is 8 minutes older than the update time). 17806-03 is a 'Watch:' video post without text (video caption line and 'Video Ad Feedback' only). The 'What we're covering' bullets paraphrase three posts (importance 3, key_point false: not a Key Points list of headlines).",
  not_entries=["CNN header (Audio, Live TV, Log In), 'Live Updates' label and World section navigation", "page title 'December 12, 2029 - Russia-Ukraine news'",
               "page byline 'By Tamsin Welby, Oksana Riabchuk and Dev Malhotra, CNN'", "'Updated 12:15 PM EST, Wed December 12, 2029' (capture clock, used as the anchor)",
               "'Link Copied!' lines", "'What we're covering' and its three bullets (page lede)", "'From CNN\u2019s ...' author lines", "video caption line and 'Video Ad Feedback' in 17806-03",
               "'CNN\u2019s ... contributed reporting to this post.' line in 17806-01", "'Ad Feedback'", "'Paid Links' and copyright lines"],
  entries=[
  B(E("2029-12-12 12:07", "Russian strike on Odesa kills 4, regional governor says",
    ["A Russian missile strike on the southern port city of Odesa killed four people and wounded at least 11 on Wednesday, according to the head of the regional military administration, Oleh Kiper.",
     "The missile hit a warehouse complex near the port and set fire to several trucks, Kiper said on Telegram. Two of the injured are in serious condition."],
    "strikes", "strikes", 3, "odesa-missile-strike-2029-12-12", a="Oksana Riabchuk", n="in 'What we're covering'"),
    contrib="CNN\u2019s Tamsin Welby contributed reporting to this post."),
  E("2029-12-12 11:28", "US approves $825 million sale of air defense missiles to Ukraine",
    ["The State Department has approved a possible $825 million sale of air defense missiles and related equipment to Ukraine, according to a notice sent to Congress on Wednesday.",
     "The package would be paid for partly with European funds, a State Department official told CNN, under an arrangement in which allies buy American weapons for Kyiv."],
    "aid", "aid", 3, "us-825m-air-defense-sale-2029-12-12", a="Dev Malhotra", n="in 'What we're covering'"),
  B(E("2029-12-12 10:43", "Watch: CNN visits a front-line drone unit near Kupiansk", [],
    "other", "frontline", 1, "cnn-kupiansk-drone-unit-video-2029-12-12", n="video post without text (teaser)"),
    vid="CNN\u2019s team spent two days with a Ukrainian drone unit on the Kupiansk front. 02:14"),
  E("2029-12-12 09:25", "Ukraine says its troops repelled a large assault near Kupiansk",
    ["Ukrainian forces beat back a Russian assault involving more than 30 armored vehicles near the northeastern town of Kupiansk overnight, Ukraine\u2019s military said Wednesday.",
     "The military said Russian troops had tried to cross the Oskil River under the cover of fog. CNN cannot independently verify battlefield claims."],
    "other", "frontline", 2, "kupiansk-assault-repelled-2029-12-12", a="Oksana Riabchuk"),
  E("2029-12-12 08:02", "Kremlin says Putin has no plans to meet Zelensky this year",
    ["Kremlin spokesperson Dmitry Peskov said Wednesday there were no plans for Russian President Vladimir Putin to meet Ukrainian President Volodymyr Zelensky before the end of the year.",
     "Peskov said any meeting between the two leaders would have to be \u201cthoroughly prepared\u201d by negotiating teams first."],
    "diplomacy", "diplomacy", 3, "kremlin-no-putin-zelensky-meeting-2029-12-12", a="Tamsin Welby", n="in 'What we're covering'"),
  E("2029-12-12 06:40", "US senators unveil bipartisan bill to tighten Russia sanctions",
    ["A bipartisan group of US senators unveiled legislation on Wednesday that would penalize foreign banks that process payments for Russian oil sales.",
     "The bill\u2019s sponsors said they hoped to bring it to a vote early next year."],
    "diplomacy", "diplomacy", 2, "us-senate-russia-sanctions-bill-2029-12-12", a="Dev Malhotra"),
  ]))

# ---------------------------------------------------------------- 17807 The New York Times (live blog, HTML + LiveBlogPosting)
SEEDS.append(dict(
  id="17807", name="17807_nytimes-live", ext="html", source="The New York Times", zone="America/New_York", render=r_nyt,
  title="Russia-Ukraine War: E.U. Extends Sanctions as Zelensky Urges Europe Not to Waver",
  url="https://www.nytimes.com/live/2029/12/14/world/russia-ukraine-war-news",
  published="2029-12-14 01:00", updated="2029-12-14 15:40",
  lede="European leaders meeting in Brussels renewed economic penalties on Moscow, while a Russian drone attack left part of Kharkiv without heat.",
  latest=["E.U. leaders agreed to keep sanctions on Russia in place for six more months.",
          "President Volodymyr Zelensky told the summit that hesitation would be read in Moscow as weakness.",
          "A drone strike on a Kharkiv power plant killed one worker and cut heating to about 40,000 homes."],
  slugs=["eu-sanctions-extended", "ukraine-budget-gap", "kharkiv-power-plant", "zelensky-brussels", "american-teacher-sentenced", "oleksandro-shultyne-withdrawal", "overnight-drones"],
  basis="post time '{s}' (Eastern time printed as ET; EST = UTC-5 in December); the JSON-LD liveBlogUpdate datePublished agrees; local {d} in {z}",
  notes="Imitates a New York Times live blog. Newest first. Each post: h2 headline, author name, 'Reporting from ...' line, a full <time> 'Dec. 14, 2029, 3:22 p.m. ET' (month abbreviated AP-style, 12-hour clock with dots), body. JSON-LD LiveBlogPosting with per-update headline, datePublished (UTC) and author. House style uses 'E.U.', 'U.S.' and 'Mr.' inside sentences (sentence-splitting traps; 17807-02's first sentence contains 'U.S.'). 'Here\u2019s the latest:' bullets paraphrase three posts (importance 3, key_point false). 17807-02 is an analysis of how allies will fund Ukraine (aid, importance 2).",
  not_entries=["masthead and section links, subscribe/log in", "'LIVE' label and the page's 'Updated Dec. 14, 2029, 3:40 p.m. ET'", "page headline (page title)",
               "summary paragraph under the headline (page lede)", "'Here\u2019s the latest:' box and its three bullets", "'Share full article' and 'Read 412 comments'",
               "author photos, names and 'Reporting from ...' lines of each post", "photo caption in 17807-03", "per-post 'Share' buttons",
               "newsletter box after the third post", "'See yesterday\u2019s updates' link", "footer"],
  entries=[
  B(E("2029-12-14 15:22", "E.U. leaders agree to extend sanctions on Russia for six more months",
    ["European Union leaders agreed on Friday to extend the bloc\u2019s sweeping economic sanctions against Russia for another six months, overcoming last-minute objections from Hungary.",
     "The decision, reached at a summit in Brussels, keeps in place restrictions on Russian banks, energy exports and technology imports that were first imposed after the full-scale invasion in 2022."],
    "diplomacy", "diplomacy", 3, "eu-extends-russia-sanctions-2029-12-14", a="Lena Okafor"), **{"from": "Reporting from Brussels"}),
  B(E("2029-12-14 13:05", "How Ukraine\u2019s allies plan to pay for its war next year",
    ["Ukraine\u2019s European partners and the U.S. Treasury are weighing at least three ways to close a budget gap in Kyiv that officials estimate at more than $45 billion for 2030.",
     "The options include a larger loan backed by frozen Russian assets, new joint borrowing by E.U. countries and bilateral grants, according to officials involved in the talks who spoke on condition of anonymity because the discussions were private."],
    "aid", "aid", 2, "analysis-ukraine-2030-funding-gap", a="Marcus Avery", sec=["diplomacy"], n="analysis piece; first sentence contains 'U.S.'"),
    **{"from": "Reporting from Washington"}),
  B(E("2029-12-14 11:40", "Russian drones strike Kharkiv power plant, leaving thousands without heat",
    ["A Russian drone attack on a combined heat and power plant in Kharkiv late on Friday morning killed one worker and cut heating to about 40,000 homes, the city\u2019s mayor, Ihor Terekhov, said.",
     "Temperatures in the city were expected to fall below freezing overnight, and officials opened dozens of heated tents where residents could charge phones and warm up."],
    "strikes", "strikes", 3, "kharkiv-power-plant-drone-strike-2029-12-14", a="Maksym Tereshchuk"),
    cap="Firefighters at the damaged power plant in Kharkiv on Friday.Credit...Kharkiv City Council, via Reuters", **{"from": "Reporting from Kyiv, Ukraine"}),
  B(E("2029-12-14 09:41", "Zelensky, in Brussels, urges Europe not to waver",
    ["President Volodymyr Zelensky of Ukraine told European leaders gathered in Brussels on Friday that any sign of hesitation would be read in Moscow as weakness.",
     "\u201cPutin is counting on you getting tired,\u201d Mr. Zelensky said in remarks at the start of the summit."],
    "diplomacy", "diplomacy", 3, "zelensky-eu-summit-appeal-2029-12-14", a="Lena Okafor"), **{"from": "Reporting from Brussels"}),
  B(E("2029-12-14 07:15", "American teacher sentenced to 12 years in Russia on espionage charges",
    ["A court in Moscow sentenced an American schoolteacher to 12 years in a penal colony on Friday after convicting him of passing information to Ukrainian intelligence, Russian state media reported.",
     "The teacher\u2019s family has said the charges are fabricated, and the State Department called the verdict \u201cwrongful.\u201d"],
    "other", "security", 2, "american-teacher-espionage-sentence-2029-12-14", a="Irina Sokolskaya"), **{"from": "Reporting from Berlin"}),
  B(E("2029-12-14 05:30", "Ukrainian forces pull back from a village near Kostiantynivka",
    ["Ukraine\u2019s military said on Friday that its troops had withdrawn from positions in and around the village of Oleksandro-Shultyne, south of Kostiantynivka, to avoid being encircled.",
     "Russian forces have been pressing toward Kostiantynivka from three directions for months, and military analysts say the city\u2019s supply roads are now within range of Russian drones."],
    "other", "frontline", 2, "oleksandro-shultyne-withdrawal-2029-12-14", a="Maksym Tereshchuk"), **{"from": "Reporting from Kyiv, Ukraine"}),
  B(E("2029-12-14 01:10", "Russia launches 90 drones at Ukraine overnight, air force says",
    ["Russia launched 90 attack drones against Ukraine overnight, of which 71 were shot down or jammed, Ukraine\u2019s air force said on Friday morning.",
     "Damage was reported in the Sumy, Chernihiv and Poltava regions, but no casualties were immediately reported."],
    "strikes", "strikes", 2, "overnight-drone-attack-90-2029-12-14", a="Maksym Tereshchuk"), **{"from": "Reporting from Kyiv, Ukraine"}),
  ]))

# ---------------------------------------------------------------- 17808 Sky News (live blog, text scrape)
SEEDS.append(dict(
  id="17808", name="17808_skynews-live", ext="txt", source="Sky News", zone="Europe/London", render=r_sky,
  title="Ukraine war latest: Kherson shelling kills two; Kremlin says Putin open to meeting Zelensky \u2018without preconditions\u2019",
  updated="2029-12-16 18:30", byline="Alys Penhaligon",
  basis="bare post time '{s}' (UK time; GMT = UTC in December) under the page date 'Sunday 16 December 2029 18:30, UK'; local {d} in {z}",
  notes="Imitates a Sky News live blog as copied from the browser. Newest first. Each post: optional 'Breaking' label, bare 'HH:MM' line, headline, optional 'By NAME, role' line, body; video posts show only a duration. 'Key points' lists three post headlines verbatim (key_point true). 'Live reporting by Alys Penhaligon' is the page byline, used as author for posts without their own byline (README convention); 17808-04 is signed by the security and defence editor. 17808-03 is a 'Watch:' video post without text. The page date line 'Sunday 16 December 2029 18:30, UK' gives the day and zone.",
  not_entries=["'Skip to content', home link, 'Watch Live', section navigation", "page title line", "page date line 'Sunday 16 December 2029 18:30, UK'",
               "'Why you can trust Sky News'", "'Key points' header and its three bullets (pointers to posts)", "'Live reporting by Alys Penhaligon'",
               "'Breaking' label above 17808-02", "'By Martha Kelsall, security and defence editor' (author line of 17808-04)", "video duration '1:42' in 17808-03",
               "photo credit line 'Pic: Reuters' in 17808-02", "'Watch live: Sky News is on channel 501 and on YouTube' promo", "'Load more'", "'Related Topics' and copyright"],
  entries=[
  E("2029-12-16 18:10", "Russia says it shot down 52 Ukrainian drones",
    ["Russia\u2019s defence ministry says its air defences destroyed 52 Ukrainian drones over seven regions this afternoon, including three over the Moscow region.",
     "Flights were briefly suspended at two Moscow airports, according to Russia\u2019s aviation authority."],
    "strikes", "strikes", 2, "russia-downs-52-drones-2029-12-16", a="Alys Penhaligon"),
  B(E("2029-12-16 16:45", "Two killed as Russian shelling hits Kherson",
    ["Two people have been killed and four injured by Russian artillery fire in Kherson, the region\u2019s governor Oleksandr Prokudin says.",
     "He says a minibus was hit at a stop in the city\u2019s Dniprovskyi district, close to the river that separates Ukrainian and Russian forces."],
    "strikes", "strikes", 3, "kherson-shelling-2029-12-16", a="Alys Penhaligon", kp=True, n="listed under Key points; 'Breaking' label"),
    breaking=True, pic="Pic: Reuters"),
  B(E("2029-12-16 15:20", "Watch: Inside a workshop building interceptor drones", [],
    "other", "security", 1, "interceptor-drone-workshop-video-2029-12-16", a="Alys Penhaligon", n="video post without text (teaser)"), dur="1:42"),
  B(E("2029-12-16 13:05", "Analysis: Kremlin\u2019s talk of talks is aimed at Washington",
    ["Moscow\u2019s sudden willingness to discuss a leaders\u2019 meeting should be read less as a change of heart than as a message to the White House.",
     "By signalling flexibility, the Kremlin hopes to look reasonable to American officials while giving up nothing on the ground, where its forces are still advancing slowly in the east.",
     "Kyiv knows this, which is why its response today was so cool."],
    "diplomacy", "diplomacy", 2, "analysis-kremlin-talks-signal-2029-12-16", a="Martha Kelsall", n="analysis (theme piece on the Kremlin's offer, its own story)"),
    by="By Martha Kelsall, security and defence editor"),
  E("2029-12-16 11:30", "Kremlin says Putin open to meeting Zelensky \u2018without preconditions\u2019",
    ["Kremlin spokesman Dmitry Peskov says Vladimir Putin is prepared to meet Volodymyr Zelensky \"without preconditions\" once negotiators have agreed an agenda.",
     "Ukraine\u2019s foreign ministry said it would believe the offer when Russian troops stopped attacking its cities."],
    "diplomacy", "diplomacy", 3, "kremlin-putin-zelensky-meeting-offer-2029-12-16", a="Alys Penhaligon", kp=True, n="listed under Key points"),
  E("2029-12-16 09:50", "UK to send 500 more Starstreak missiles to Ukraine",
    ["The UK will send another 500 Starstreak air defence missiles to Ukraine before the end of February, Defence Secretary John Healey has announced.",
     "The missiles, made in Belfast, will be paid for from the UK\u2019s annual military aid budget for Ukraine, which the government says stands at \u00a33bn."],
    "aid", "aid", 3, "uk-starstreak-missiles-2029-12-16", a="Alys Penhaligon", kp=True, n="listed under Key points"),
  E("2029-12-16 08:15", "Finland and Estonia begin joint naval exercise in Gulf of Finland",
    ["Finnish and Estonian warships have started a week-long exercise in the Gulf of Finland aimed at protecting undersea cables and pipelines.",
     "Both countries have tightened patrols since several cables were damaged by ships dragging their anchors across the seabed."],
    "other", "security", 2, "finland-estonia-naval-drill-2029-12-16", a="Alys Penhaligon"),
  ]))

# ---------------------------------------------------------------- 17809 DW (RDF feed, all news)
SEEDS.append(dict(
  id="17809", name="17809_dw-rdf", ext="xml", source="DW", zone="UTC", render=r_dw_rdf,
  title="Deutsche Welle", lede="Deutsche Welle: DW.com - News", aid=71304455,
  basis="RDF item dc:date '{s}' (UTC); local {d} in {z}",
  notes="Imitates DW's all-news feed in RSS 1.0 (RDF) form: an rdf:Seq of item links in the channel, then items with title, link, one teaser paragraph as description, dc:date in UTC ('Z'), dc:subject; no authors (author null). Newest first. A general feed: three of seven items are not about the war (German inflation, Christmas markets, Sumatra floods).",
  not_entries=["channel title/link/description/language/rights/date", "rdf:Seq list of item URLs", "item links, dc:language, dc:subject and dwsyn:contentID of each item"],
  entries=[
  B(E("2029-12-18 17:50", "Germany to deliver four more IRIS-T systems to Ukraine",
    ["Germany will send four additional IRIS-T air defense systems to Ukraine in the first half of 2030, Defense Minister Boris Pistorius said on Tuesday during a visit to the manufacturer's plant near Lake Constance."],
    "aid", "aid", 3, "germany-iris-t-systems-2029-12-18", n="major arms delivery"), slug="germany-to-deliver-four-more-iris-t-systems-to-ukraine", subj="Conflicts"),
  B(E("2029-12-18 16:05", "Russian missile strike on Dnipro kills five",
    ["A Russian missile attack on the central Ukrainian city of Dnipro killed at least five people and injured more than 20 on Tuesday, regional authorities said."],
    "strikes", "strikes", 3, "dnipro-missile-strike-2029-12-18"), slug="russian-missile-strike-on-dnipro-kills-five", subj="Conflicts"),
  B(E("2029-12-18 14:20", "EU court upholds sanctions on Russian steel magnate",
    ["The EU's General Court in Luxembourg rejected an appeal by a Russian steel magnate against his inclusion on the bloc's sanctions list, ruling that his companies supplied the Russian military."],
    "diplomacy", "diplomacy", 2, "eu-court-upholds-sanctions-steel-magnate-2029-12-18"), slug="eu-court-upholds-sanctions-on-russian-steel-magnate", subj="Law and Justice"),
  B(OFF("2029-12-18 12:40", "German inflation eases to 2.1% in December",
    ["Consumer prices in Germany rose 2.1% year on year in December, down from 2.4% the previous month, preliminary figures from the Federal Statistical Office showed."],
    "germany-inflation-december-2029", n="German economy"), slug="german-inflation-eases-to-21-in-december", subj="Business"),
  B(OFF("2029-12-18 10:15", "Christmas markets draw record crowds, organizers say",
    ["Germany's Christmas markets are on course for their busiest season yet, with organizers reporting record visitor numbers despite higher prices for mulled wine."],
    "germany-christmas-markets-2029", n="culture/lifestyle"), slug="christmas-markets-draw-record-crowds-organizers-say", subj="Culture"),
  B(E("2029-12-18 08:30", "Moldova expels Russian diplomat over sabotage claims",
    ["Moldova has ordered a Russian diplomat to leave the country within 72 hours, accusing him of involvement in a plot to sabotage the power grid ahead of local elections."],
    "diplomacy", "diplomacy", 2, "moldova-expels-russian-diplomat-2029-12-18"), slug="moldova-expels-russian-diplomat-over-sabotage-claims", subj="Politics"),
  B(OFF("2029-12-18 06:45", "Floods in Indonesia's Sumatra displace thousands",
    ["Heavy monsoon rains have flooded large parts of western Sumatra, forcing more than 12,000 people from their homes, Indonesia's disaster agency said."],
    "sumatra-floods-2029-12-18", n="natural disaster"), slug="floods-in-indonesias-sumatra-displace-thousands", subj="Nature and Environment"),
  ]))



# ================================================================ Part B renderers (invented outlets)

def r_quennevale(S):
    """text live, newest first; 'Key Points' block of post headlines; each post: headline line, then 'NAME | 14:05 GMT' (or just the
    stamp), body; video posts show '[Video 01:12]'."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"], "Home | UK | World | Business | Opinion | Sport | Live", "", "LIVE", S["title"], S["dateline"], "", S["lede"], "",
         "Key Points"] + ["* " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} GMT"; stamps.append(st)
        L += [e["h"], f"{e['a']} | {st}" if e["a"] else st, ""]
        L += ptxt(e["p"]) if e["p"] else ["[Video 01:12]", ""]
        if i == 2:
            L += ["Get our Ukraine Briefing newsletter every weekday at 7am.", ""]
    L += ["Show older posts", "", f"\u00a9 {S['source']} 2029 | Terms | Privacy | Contact the newsroom"]
    return "\n".join(L) + "\n", stamps


def r_corvelle(S):
    """HTML live, oldest first; LiveBlogPosting JSON-LD with per-update datePublished (+02:00); visible stamp '20.12.2029, 07:40'
    (numeric date, Kyiv time, no zone printed); author line under the headline."""
    z = S["zone"]; order_check(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{4410 + i}", "headline": e["h"], "datePublished": iso(d), "articleBody": "\n\n".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": iso(first),
          "dateModified": iso(last), "coverageStartTime": iso(first), "publisher": {"@type": "Organization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2014 {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header><a class="logo" href="/">{esc(S["source"])}</a> <nav><a href="/war">War</a> <a href="/politics">Politics</a> <a href="/economy">Economy</a> '
           '<a href="/regions">Regions</a> <a href="/opinion">Opinion</a></nav> <a class="donate" href="/support">Support independent journalism</a></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="lead">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%d.%m.%Y, %H:%M}"; stamps.append(st)
        out.append(f'<article class="post" id="post-{4410 + i}"><time datetime="{iso(d)}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="post-author">{esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<div class="post-share"><a>Facebook</a> <a>Telegram</a> <a>Copy link</a></div></article>')
        if i == 3:
            out.append('<aside class="read-also"><b>Read also:</b> <a href="/war/kremenchuk-history">Kremenchuk: a city that has been hit before</a></aside>')
    out += ['</main>', f'<footer>{esc(S["source"])} \u00b7 Kyiv, Ukraine \u00b7 Editorial policy \u00b7 Contacts \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_worldrss(S):
    """RSS 2.0 world feed, newest first: pubDate in GMT or with the outlet's numeric offset (S['rfc']); CDATA description
    paragraphs; dc:creator only when the entry has an author; category per item."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<atom:link href="{S["url"]}/rss.xml" rel="self" type="application/rss+xml"/>',
           f'<description>{esc(S["lede"])}</description>', '<language>en</language>', f'<copyright>\u00a9 2029 {esc(S["source"])}</copyright>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=(S["rfc"] == "GMT")); stamps.append(st)
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{S["url"]}/{e.get("cat", "world").lower()}/{S["n0"] + i * 7}</link>',
                f'<guid isPermaLink="false">{S["guid"]}-{S["n0"] + i * 7}</guid>', f'<pubDate>{st}</pubDate>', f'<category>{e.get("cat", "World")}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_article(S):
    """text article: standfirst, byline and a dateline with time and zone; one entry per section heading; no per-section stamp."""
    L = [S["source"], "World  /  Europe  /  Ukraine", "", S["title"], "", S["lede"], "", f"By {S['byline']}", S["dateline"], "",
         "Share  |  Print  |  Comments (14)", ""]
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
    L += [S["more"], "", f"{S['source']} \u00b7 Newsroom \u00b7 Subscriptions \u00b7 Privacy"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])



# ================================================================ PART B: three multi-source days (invented outlets)
# Day 1 = 2029-12-20 (UTC), day 2 = 2029-12-21, day 3 = 2029-12-27.
KREM = "kremenchuk-missile-strike-2029-12-20"
EUTR = "eu-ukraine-facility-tranche-2029-12-20"
BALL = "analysis-ballistic-missile-defence-gaps"
BALL_H = "Analysis: Why ballistic missiles keep getting through"
BALL_P = ["Today\u2019s strike on Kremenchuk is the latest reminder that Ukraine\u2019s air defences remain weakest against ballistic missiles, which fall on their targets within minutes of launch.",
          "Only a handful of systems in Ukraine\u2019s inventory, chiefly the US-made Patriot, can reliably intercept weapons such as the Iskander-M, and there are too few batteries to cover every city.",
          "Officials in Kyiv have spent months urging allies to send more interceptors, arguing that each launcher moved to protect one city leaves another exposed."]

# ---------------------------------------------------------------- 17820 Quennevale Herald (day 1, text live)
SEEDS.append(dict(
  id="17820", name="17820_quennevale-textlive", ext="txt", source="Quennevale Herald", zone="Europe/London", render=r_quennevale,
  title="Ukraine live: Kremenchuk missile strike kills nine; Canada funds drone production",
  dateline="Thursday 20 December 2029",
  lede="A Russian ballistic missile hit a residential district of Kremenchuk in central Ukraine this morning. Follow our live coverage.",
  basis="stamp '{s}' (UK time, GMT = UTC in December) on the page dated 'Thursday 20 December 2029'; local {d} in {z}",
  notes="Invented outlet (London). Text live blog, newest first. Each post: headline line, then a meta line 'NAME | HH:MM GMT' (stamp AFTER the headline; author = NAME; the video post has the stamp only), body. 'Key Points' lists two post headlines (key_point true). 17820-04 is a 'Watch:' video post with no text, spelling the city 'Kremenchug'. 17820-03 is the theme piece (analysis of ballistic-missile defence) that mentions Kremenchuk but is its own story; it is re-posted verbatim on day 2 by 17832. Toll here: 3 dead (09:05) -> 7 (13:10) -> 9 dead, 41 injured (19:40).",
  not_entries=["masthead and navigation", "'LIVE' label", "page title line and dateline 'Thursday 20 December 2029'", "standfirst line 'A Russian ballistic missile hit ...' (page lede)",
               "'Key Points' header and its two bullet lines (pointers to posts)", "'Latest' label", "'NAME | HH:MM GMT' meta lines (author + stamp)",
               "'[Video 01:12]' placeholder in 17820-04", "newsletter promo after the third post", "'Show older posts'", "footer line"],
  entries=[
  E("2029-12-20 19:40", "Kremenchuk toll rises to nine as rescuers pause search for the night",
    ["Nine people are now confirmed dead after this morning\u2019s Russian missile strike on Kremenchuk, the city\u2019s mayor, Vitaliy Maletskyi, has said.",
     "Forty-one people were injured, including six children. Rescuers have stopped work for the night at the most badly damaged building because of the risk of further collapse and will resume at first light."],
    "strikes", "strikes", 3, KREM, a="Hannah Corrie", kp=True, n="toll 9 dead, 41 injured"),
  E("2029-12-20 18:15", "Shelling kills man in Nikopol",
    ["A 63-year-old man was killed when Russian artillery shells hit a street in Nikopol, across the Dnipro river from the occupied Zaporizhzhia nuclear plant, regional officials said.",
     "The town has been shelled almost daily from the opposite bank for years."],
    "strikes", "strikes", 3, "nikopol-shelling-2029-12-20", a="Owain Tresize", n="another deadly strike in another region; must not merge with the Kremenchuk strike"),
  E("2029-12-20 16:30", BALL_H, BALL_P, "strikes", "strikes", 2, BALL, a="Owain Tresize",
    n="theme piece (analysis of ballistic-missile defence); mentions Kremenchuk but is its own story; must not merge with the strike"),
  E("2029-12-20 14:50", "Watch: Rescuers search rubble in Kremenchug", [],
    "strikes", "strikes", 1, KREM, n="teaser without body; spelling 'Kremenchug'"),
  E("2029-12-20 13:10", "Zelensky calls Kremenchuk strike \u2018deliberate murder\u2019 and renews plea for Patriots",
    ["President Volodymyr Zelensky said the missile strike on Kremenchuk, which has killed seven people, was \u201cdeliberate murder\u201d and urged allies to speed up deliveries of Patriot systems.",
     "\u201cRussia chose a residential district at the start of the working day,\u201d he said in a video address. \u201cEvery delay in air defence is paid for in lives.\u201d"],
    "strikes", "strikes", 3, KREM, a="Hannah Corrie", sec=["aid"], kp=True, n="reaction whose content is the strike (toll 7); appeal recorded as secondary aid"),
  E("2029-12-20 11:25", "Canada pledges C$200m for Ukrainian drone production",
    ["Canada will provide C$200m (\u00a3105m) to help Ukraine expand production of long-range and interceptor drones, its defence minister announced in Ottawa.",
     "The funding will be paid into a joint fund run with Denmark that finances weapons made in Ukrainian factories."],
    "aid", "aid", 2, "canada-drone-production-funding-2029-12-20", a="Owain Tresize", n="same aid theme as the EU tranche, different event; must not merge"),
  E("2029-12-20 09:05", "Missile strike on Kremenchuk: at least three dead",
    ["At least three people have been killed after a Russian ballistic missile struck a residential area of Kremenchuk, an industrial city in Ukraine\u2019s Poltava region, shortly after 8.30am local time.",
     "The regional administration said several apartment buildings had been damaged and that rescuers were searching for people trapped under debris."],
    "strikes", "strikes", 3, KREM, a="Hannah Corrie", n="first report, toll 3"),
  ]))

# ---------------------------------------------------------------- 17821 Corvelle Post (day 1, HTML live + LiveBlogPosting)
SEEDS.append(dict(
  id="17821", name="17821_corvelle-ldlive", ext="html", source="Corvelle Post", zone="Europe/Kyiv", render=r_corvelle,
  title="War in Ukraine, day 2,857: live updates", url="https://corvellepost.example/live/2029-12-20",
  dateline="Thursday, 20 December 2029",
  lede="Russia strikes Kremenchuk with a ballistic missile; the EU releases another tranche of budget support.",
  basis="visible stamp '{s}' (day.month.year, Kyiv time; the JSON-LD datePublished carries +02:00); local {d} in {z}",
  notes="Invented outlet (Kyiv). HTML live blog, oldest first. Visible stamps are numeric 'DD.MM.YYYY, HH:MM' in a <time> element, Kyiv time (no zone printed; the JSON-LD per-update datePublished carries +02:00). LiveBlogPosting JSON-LD with one liveBlogUpdate per post (headline, datePublished, articleBody, author). Author line under each headline. 17821-05 re-posts the morning item 17821-01 almost word for word (duplicate). Kremenchuk toll here: 5 (11:20) -> 7 (14:30) -> at least 8 (19:30).",
  not_entries=["header, logo, navigation and 'Support independent journalism'", "page title (h1) and dateline 'Thursday, 20 December 2029'", "lead paragraph (page lede)",
               "author lines under each headline", "share links (Facebook, Telegram, Copy link) after each post", "'Read also:' link after the fourth post", "footer"],
  entries=[
  E("2029-12-20 07:40", "Drones hit gas compressor station in Poltava region overnight",
    ["Russian drones struck a gas compressor station in the Poltava region overnight, causing a fire that was put out by morning, the regional military administration said.",
     "Nobody was hurt. The region\u2019s gas distribution company said supplies to consumers had not been interrupted."],
    "strikes", "strikes", 2, "poltava-gas-station-drone-attack-2029-12-20", a="Dmytro Havrysh",
    n="same region as Kremenchuk (Poltava oblast) but another attack (overnight drones, gas site); must not merge with the Kremenchuk strike"),
  E("2029-12-20 11:20", "Kremenchuk missile strike: death toll rises to five",
    ["Five people have been killed and 27 injured in this morning\u2019s Russian missile strike on Kremenchuk, Mayor Vitaliy Maletskyi said.",
     "According to the mayor, an Iskander-M ballistic missile hit a courtyard between three apartment buildings in the city\u2019s Kriukiv district."],
    "strikes", "strikes", 3, KREM, a="Iryna Solovei", n="toll 5 dead, 27 injured"),
  E("2029-12-20 12:05", "EU releases \u20ac3.2 billion for Ukraine under reform programme",
    ["The European Commission has approved the payment of \u20ac3.2 billion to Ukraine under the Ukraine Facility after Kyiv completed a set of reforms in public finance and the judiciary, Prime Minister Yulia Svyrydenko said.",
     "The money will go directly to the state budget and will be used to pay the salaries of teachers and doctors, she added."],
    "aid", "aid", 3, EUTR, a="Dmytro Havrysh"),
  E("2029-12-20 14:30", "Kremenchuk toll climbs to seven; mayor says building \u2018simply folded\u2019",
    ["The death toll in Kremenchuk has risen to seven, Mayor Vitaliy Maletskyi told local television, describing how the upper floors of a five-storey building collapsed into the courtyard.",
     "\u201cThe building simply folded,\u201d he said. \u201cPeople were getting ready for work and school.\u201d"],
    "strikes", "strikes", 3, KREM, a="Iryna Solovei", n="toll 7"),
  E("2029-12-20 16:10", "Drones hit gas compressor station in Poltava region overnight",
    ["Russian drones struck a gas compressor station in the Poltava region overnight, causing a fire that was put out by morning, the regional military administration said.",
     "Nobody was hurt. The region\u2019s gas distribution company said supplies to consumers were not interrupted."],
    "strikes", "strikes", 1, "poltava-gas-station-drone-attack-2029-12-20", a="Dmytro Havrysh", dup="17821-01",
    n="near-verbatim repeat of 17821-01 (one verb form changed)"),
  E("2029-12-20 17:45", "Russia says its forces took Novomykolaivka in Zaporizhzhia region",
    ["Russia\u2019s defence ministry claimed that its troops had captured the village of Novomykolaivka in the Zaporizhzhia region.",
     "Ukraine\u2019s southern defence forces said fighting was continuing around the village and called the claim false."],
    "other", "frontline", 2, "russia-claims-novomykolaivka-2029-12-20", a="Dmytro Havrysh"),
  E("2029-12-20 19:30", "UN humanitarian coordinator condemns Kremenchuk strike",
    ["The UN Humanitarian Coordinator for Ukraine condemned the missile strike on Kremenchuk, which has killed at least eight people, saying that residential areas must never be a target.",
     "The statement said UN agencies were delivering building materials and hygiene kits to families whose homes were damaged."],
    "strikes", "strikes", 3, KREM, a="Iryna Solovei", sec=["diplomacy"], n="reaction whose content is the strike; toll at least 8"),
  ]))

# ---------------------------------------------------------------- 17822 Pyxbury World Service (day 1, general world feed)
SEEDS.append(dict(
  id="17822", name="17822_pyxbury-worldrss", ext="xml", source="Pyxbury World Service", zone="UTC", render=r_worldrss,
  title="Pyxbury World Service \u2014 World", url="https://pyxbury.example/world", guid="pyxws", n0=52210, rfc="GMT",
  lede="Top world stories from the Pyxbury World Service newsroom.",
  basis="RSS pubDate '{s}' (GMT = UTC); local {d} in {z}",
  notes="Invented outlet. General world RSS feed, newest first, pubDate in GMT, CDATA description paragraphs, no authors. Only two of six items are about the war (Kremenchug strike, spelled the Russian way, toll 9; the EU payment); four are off-beat.",
  not_entries=["channel title, link, atom:link, description, language, copyright", "item links, guids and categories"],
  entries=[
  B(E("2029-12-20 20:30", "Russian missile strike on Kremenchug kills nine",
    ["A Russian missile strike on the central Ukrainian city of Kremenchug killed nine people and injured 41 on Thursday, local authorities said, in one of the deadliest attacks on the Poltava region this year.",
     "Ukrainian President Volodymyr Zelensky called the attack deliberate and again asked Western allies for more air defence systems."],
    "strikes", "strikes", 3, KREM, n="spelling 'Kremenchug'; toll 9 dead, 41 injured"), cat="Europe"),
  B(OFF("2029-12-20 18:00", "Heavy snow strands thousands at Munich airport",
    ["More than 200 flights were cancelled at Munich airport on Thursday after heavy snowfall, leaving thousands of passengers stranded days before the Christmas holidays."],
    "munich-airport-snow-2029-12-20", n="weather"), cat="Europe"),
  B(OFF("2029-12-20 15:45", "Argentina\u2019s central bank cuts benchmark interest rate",
    ["Argentina\u2019s central bank lowered its benchmark interest rate by two percentage points on Thursday, citing a continued slowdown in monthly inflation."],
    "argentina-rate-cut-2029-12-20", n="economy"), cat="Business"),
  B(E("2029-12-20 13:20", "EU approves \u20ac3.2bn payment to Ukraine",
    ["The European Commission approved a \u20ac3.2bn payment to Ukraine on Thursday, the latest instalment of a multi-year programme tied to reforms in Kyiv."],
    "aid", "aid", 3, EUTR), cat="Europe"),
  B(OFF("2029-12-20 11:00", "Cyclone forces evacuations in northern Queensland",
    ["Authorities in northern Queensland ordered evacuations from several coastal towns on Thursday as a tropical cyclone strengthened off the Australian coast."],
    "queensland-cyclone-2029-12-20", n="weather"), cat="Asia-Pacific"),
  B(OFF("2029-12-20 08:40", "India and EU close in on trade deal after latest round of talks",
    ["Negotiators from India and the European Union said they had resolved most outstanding issues in a free trade agreement after a week of talks in New Delhi."],
    "india-eu-trade-talks-2029-12-20", n="trade"), cat="Business"),
  ]))

# ---------------------------------------------------------------- 17823 Nettlefrith Review (day 1, text article with sections)
SEEDS.append(dict(
  id="17823", name="17823_nettlefrith-article", ext="txt", source="Nettlefrith Review", zone="Europe/Prague", render=r_article,
  title="Kremenchuk strike, EU money and Czech shells: the day in Ukraine",
  lede="A missile kills seven in a central Ukrainian city, Brussels pays out another instalment and Prague\u2019s ammunition scheme passes a milestone.",
  byline="Tereza Hollanov\u00e1", dateline="20 December 2029, 15:20 CET",
  more="More from our Ukraine coverage: Why the Czech ammunition initiative matters | Ukraine\u2019s winter energy outlook",
  basis="no per-section time: the article's dateline '20 December 2029, 15:20 CET' (CET = UTC+1) applies to every section; local {d} in {z}",
  notes="Invented outlet (Prague). A single article with three section headings; each section is one entry (headline = heading, stamp null, published = the article's dateline time 15:20 CET). The byline 'By Tereza Hollanov\u00e1' gives the author of every section. Kremenchuk toll here: 7 dead, 38 injured. Section 3 (Czech ammunition initiative) shares the aid theme with section 2 (EU tranche) but is a different event.",
  not_entries=["masthead and breadcrumb", "article title (page title)", "standfirst (page lede)", "byline 'By Tereza Hollanov\u00e1'", "dateline '20 December 2029, 15:20 CET'",
               "'Share | Print | Comments (14)'", "'More from our Ukraine coverage: ...' related links", "footer line"],
  entries=[
  E("2029-12-20 15:20", "Deadly strike in central Ukraine",
    ["A Russian ballistic missile killed seven people and injured 38 on Thursday morning in Kremenchuk, a city on the Dnipro river known for its oil refinery and truck factory.",
     "Local officials said the missile hit a residential courtyard rather than an industrial site. Several buildings were damaged, and rescue work continued into the afternoon."],
    "strikes", "strikes", 3, KREM, a="Tereza Hollanov\u00e1", n="toll 7 dead, 38 injured"),
  E("2029-12-20 15:20", "Brussels releases next tranche",
    ["The European Commission approved a payment of 3.2 billion euros to Ukraine from its multi-year support programme, saying Kyiv had delivered the reforms required for this instalment.",
     "Czech officials welcomed the decision, although the government in Prague has argued that the EU should also speed up military support."],
    "aid", "aid", 3, EUTR, a="Tereza Hollanov\u00e1"),
  E("2029-12-20 15:20", "Czech ammunition initiative reaches new milestone",
    ["The Czech-led initiative that buys artillery ammunition for Ukraine on the world market has delivered its three-millionth large-calibre shell since it started, the defence ministry in Prague said.",
     "The ministry said eleven countries had contributed money to the scheme this year."],
    "aid", "aid", 2, "czech-ammunition-initiative-milestone-2029-12-20", a="Tereza Hollanov\u00e1",
    n="same aid theme as the EU tranche, different event; must not merge"),
  ]))



def r_osprington(S):
    """HTML live, newest first, no JSON-LD; Finnish-style clock '14.05' (dot) in a span above the h2; the page states
    'Times are Finnish time (EET)'; author under the headline; photo posts show only a gallery marker."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title></head><body>',
           '<div class="consent">We use cookies to improve your experience. <button>Accept</button> <button>Only necessary</button></div>',
           f'<header><strong>{S["source"]}</strong> <nav><a>Finland</a> <a>Nordics</a> <a>Europe</a> <a>Ukraine</a> <a>Business</a> <a>Culture</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="meta">{esc(S["dateline"])} | {esc(S["tznote"])}</p>', f'<p class="ingress">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H.%M}"; stamps.append(st)
        out.append(f'<section class="live-item"><span class="clock">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="byline">{esc(e["a"])}</p>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery">[Gallery: 12 photos]</div>')
        out.append('</section>')
        if i == 2:
            out.append('<aside class="related"><h3>Related</h3><a href="/nordics/finland-ukraine-energy-aid">Finland\u2019s energy aid to Ukraine so far</a></aside>')
    out += ['<p class="older"><a href="/live/ukraine-2029-12-20">Yesterday\u2019s live updates</a></p></main>',
            f'<footer>{S["source"]} \u00b7 Helsinki \u00b7 About us \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_atom(S):
    """Atom 1.0 feed, newest first; <published> ISO with the outlet's offset (Z for UTC); content as escaped HTML
    (S['content'] == 'html') or a plain-text <summary>; optional <author>."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link rel="alternate" href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/atom.xml"/>',
           f'<id>tag:{S["url"].split("//")[1]},2029:feed</id>', f'<updated>{iso(dt(S["entries"][0]["t"], z), z=True)}</updated>',
           f'<generator>{S["generator"]}</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d, z=True); stamps.append(st)
        out += ['<entry>', f'<title type="text">{esc(e["h"])}</title>', f'<link rel="alternate" href="{S["url"]}/{S["path"]}/{S["n0"] + i * 3}"/>',
                f'<id>tag:{S["url"].split("//")[1]},2029:{S["n0"] + i * 3}</id>', f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        if S["content"] == "html":
            out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        else:
            out.append(f'<summary type="text">{esc(" ".join(e["p"]))}</summary>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_brisolde(S):
    """text live, oldest first; '9:05 a.m. EST' line before each headline; dateline with year; signature line
    '\u2014 NAME' (or '\u2014 NAME, Outlet' for syndicated posts) after the body."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "Nation  \u00b7  World  \u00b7  Politics  \u00b7  Markets  \u00b7  Opinion", "", S["title"], S["dateline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, space=' ', dots=True)} EST"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e["a"]:
            L += ["\u2014 " + e["a"] + (", " + e["synd"] if e.get("synd") else ""), ""]
        if i == 2:
            L += ["SPONSORED CONTENT", ""]
    L += ["Our live coverage continues on Saturday.", "", f"{S['source']} \u00b7 Tips \u00b7 Corrections \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps



# ---------------------------------------------------------------- day 2 (2029-12-21)
SWAP = "prisoner-exchange-157-2029-12-21"

# ---------------------------------------------------------------- 17830 Osprington Bulletin (day 2, HTML live, no JSON-LD)
SEEDS.append(dict(
  id="17830", name="17830_osprington-htmllive", ext="html", source="Osprington Bulletin", zone="Europe/Helsinki", render=r_osprington,
  title="Ukraine and Russia exchange prisoners \u2013 live", dateline="Friday 21 December 2029", tznote="Times are Finnish time (EET)",
  lede="Hundreds of prisoners of war go home in a UAE-brokered swap; Kremenchuk mourns its dead.",
  basis="clock '{s}' (Finnish style with a dot; the page says 'Times are Finnish time (EET)', UTC+2) on the page dated 'Friday 21 December 2029'; local {d} in {z}",
  notes="Invented outlet (Helsinki, English-language). HTML live blog without JSON-LD, newest first. Clock in Finnish style 'HH.MM' in a span above each h2; the page states 'Times are Finnish time (EET)'. Author under the headline. 17830-01 is a 'Photos:' gallery post with no text. 17830-04 continues day 1's Kremenchuk story (toll 11, day of mourning). 17830-06 is a different strike (Kharkiv suburb), not to be merged with Kremenchuk.",
  not_entries=["cookie banner", "masthead and navigation", "page title (h1)", "meta line 'Friday 21 December 2029 | Times are Finnish time (EET)'", "ingress paragraph (page lede)",
               "byline lines under the headlines", "'[Gallery: 12 photos]' in 17830-01", "'Related' box after the third post", "'Yesterday\u2019s live updates' link", "footer"],
  entries=[
  E("2029-12-21 20:10", "Photos: Freed prisoners reunite with families in Chernihiv region", [],
    "diplomacy", "diplomacy", 1, SWAP, n="photo teaser without body"),
  E("2029-12-21 18:30", "Zelensky thanks UAE after prisoner exchange",
    ["President Volodymyr Zelensky thanked the United Arab Emirates for its mediation and said that among the 157 Ukrainians released were 19 civilians held since the first months of the invasion.",
     "\u201cWe will bring back every single one,\u201d he wrote on social media, adding that preparations for the next exchange had already begun."],
    "diplomacy", "diplomacy", 3, SWAP, a="Aino Reinikainen", n="reaction to the exchange (same story)"),
  E("2029-12-21 16:45", "Finland to fund repair of Ukrainian substations",
    ["Finland will contribute 25 million euros to repair electricity substations damaged by Russian strikes in Ukraine, the Ministry for Foreign Affairs announced.",
     "The money will be channelled through the Ukraine Energy Support Fund, which buys transformers and other equipment."],
    "aid", "aid", 2, "finland-substation-repair-funding-2029-12-21", a="Mikko Salonen"),
  E("2029-12-21 15:05", "Kremenchuk declares day of mourning as toll reaches 11",
    ["Authorities in Kremenchuk declared Friday a day of mourning after the death toll from Thursday\u2019s Russian missile strike rose to 11, as rescuers recovered two more bodies from the rubble.",
     "Flags flew at half mast across the city and entertainment events were cancelled."],
    "strikes", "strikes", 3, KREM, a="Aino Reinikainen", n="day-1 story continued with a new development (toll 11, mourning)"),
  E("2029-12-21 13:20", "Ukraine and Russia swap 157 prisoners each in UAE-brokered deal",
    ["Ukraine and Russia exchanged 157 prisoners of war each on Friday in a swap brokered by the United Arab Emirates, Ukraine\u2019s Coordination Headquarters for the Treatment of Prisoners of War said.",
     "The Ukrainian soldiers, many of whom had been held for more than three years, crossed the border from Belarus before being taken to a hospital in the Chernihiv region."],
    "diplomacy", "diplomacy", 3, SWAP, a="Mikko Salonen", n="157 each"),
  E("2029-12-21 10:40", "Drone strike on Kharkiv suburb wounds four",
    ["Four people were wounded when a Russian drone hit a residential street in a suburb of Kharkiv in the morning, regional governor Oleh Syniehubov said."],
    "strikes", "strikes", 2, "kharkiv-suburb-drone-strike-2029-12-21", a="Mikko Salonen", n="another strike on day 2; must not merge with the Kremenchuk story"),
  ]))

# ---------------------------------------------------------------- 17831 Trevaskis Times (day 2, Atom)
SEEDS.append(dict(
  id="17831", name="17831_trevaskis-atom", ext="xml", source="Trevaskis Times", zone="Europe/Kyiv", render=r_atom,
  title="Trevaskis Times \u2013 Ukraine", lede="News from Ukraine by the Trevaskis Times", url="https://trevaskistimes.example", path="ukraine",
  n0=90411, content="html", generator="Trevaskis CMS 3.2",
  basis="Atom <published> '{s}' (offset +02:00 = Kyiv winter time); local {d} in {z}",
  notes="Invented outlet (Kyiv). Atom 1.0, newest first; <published> with +02:00; escaped-HTML <content>; <author><name>. 17831-01 gives the exchange as '314 captives' (157 each) in the mediator's words. 17831-02 continues day 1's Kremenchuk story (search over, 12 dead). 17831-03 (repatriation of 1,000 soldiers' bodies) shares the theme of returns but is a different event from the prisoner exchange.",
  not_entries=["feed title, subtitle, links, id, updated, generator", "entry links and ids"],
  entries=[
  E("2029-12-21 21:55", "UAE says it mediated exchange of 314 captives",
    ["The United Arab Emirates said its mediation had secured the release of 314 captives, 157 held by each side, in what its foreign ministry described as the latest in a long series of exchanges between Moscow and Kyiv.",
     "The ministry said the success reflected the \u201ctrust of both parties\u201d in the UAE\u2019s role."],
    "diplomacy", "diplomacy", 3, SWAP, a="Olena Bratus", n="314 in total; mediator's statement"),
  E("2029-12-21 19:30", "Kremenchuk search ends; 12 confirmed dead",
    ["Rescuers in Kremenchuk completed the search of the damaged buildings on Friday evening, and the final toll from Thursday\u2019s missile strike stands at 12 dead and 44 injured, the State Emergency Service said."],
    "strikes", "strikes", 3, KREM, a="Serhii Lozynskyi", n="day-1 story continued (search over, final toll 12)"),
  E("2029-12-21 17:10", "Russia hands over bodies of 1,000 fallen soldiers, Ukraine says",
    ["Ukraine received the bodies of 1,000 soldiers from Russia on Friday in a separate repatriation, the Coordination Headquarters said, and returned the bodies of 38 Russian servicemen.",
     "Forensic experts will now work to identify the remains, a process that can take months."],
    "other", "humanitarian", 2, "repatriation-of-bodies-2029-12-21", a="Olena Bratus", sec=["diplomacy"],
    n="same theme as the prisoner exchange, a different event; must not merge"),
  E("2029-12-21 14:40", "Parliament extends martial law and mobilisation for 90 days",
    ["The Verkhovna Rada voted to extend martial law and general mobilisation for another 90 days, until late March.",
     "It is the latest in a long series of extensions since the full-scale invasion began."],
    "other", "politics", 2, "martial-law-extension-2029-12-21", a="Serhii Lozynskyi"),
  E("2029-12-21 11:15", "Drone debris sparks fire in Odesa port area",
    ["Debris from a Russian drone shot down over Odesa overnight started a fire at a warehouse in the port area, regional governor Oleh Kiper said. There were no casualties."],
    "strikes", "strikes", 2, "odesa-drone-debris-fire-2029-12-21", a="Serhii Lozynskyi"),
  ]))

# ---------------------------------------------------------------- 17832 Brisolde Monitor (day 2, text live, oldest first)
SEEDS.append(dict(
  id="17832", name="17832_brisolde-textlive", ext="txt", source="Brisolde Monitor", zone="America/New_York", render=r_brisolde,
  title="Live: Ukraine and Russia swap hundreds of prisoners", dateline="Friday, December 21, 2029",
  lede="Updates throughout the day on the war in Ukraine. All times Eastern.",
  basis="stamp '{s}' (US Eastern, EST = UTC-5) under the dateline 'Friday, December 21, 2029'; local {d} in {z}",
  notes="Invented outlet (New York). Text live blog, oldest first. Each post: '9:05 a.m. EST' line, headline, body, then a signature line '\u2014 NAME' (author = NAME; syndicated posts add the source outlet after a comma). 17832-02 re-posts day 1's analysis 17820-03 word for word (syndicated from the Quennevale Herald): importance 1, same story slug as day 1, duplicate_of null (duplicate_of is defined within a seed only). 17832-03 is day 2's theme piece (explainer on how swaps are negotiated; mentions today's exchange but is its own story). 17832-04 repeats 17832-01 almost word for word (within-page repeat). 17832-05 continues day 1's Kremenchuk story (toll 12, day of mourning).",
  not_entries=["masthead and section navigation", "page title and dateline", "intro line 'Updates throughout the day ... All times Eastern.'",
               "signature lines after each post ('\u2014 NAME')", "'SPONSORED CONTENT' marker", "closing line 'Our live coverage continues on Saturday.'", "footer"],
  entries=[
  E("2029-12-21 05:10", "Ukraine, Russia carry out prisoner swap",
    ["Ukraine and Russia swapped more than 300 prisoners of war on Friday in an exchange mediated by the United Arab Emirates, officials in Kyiv said.",
     "It was the first exchange since October. Ukraine\u2019s military intelligence agency said the freed soldiers included defenders of Mariupol and border guards captured in the first weeks of the war."],
    "diplomacy", "diplomacy", 3, SWAP, a="Dana Whitcombe", n="'more than 300'"),
  B(E("2029-12-21 06:25", BALL_H, BALL_P, "strikes", "strikes", 1, BALL, a="Owain Tresize",
    n="re-post of day-1 entry 17820-03 (same headline and text, syndicated from the Quennevale Herald); importance 1; same story as day 1"),
    synd="Quennevale Herald"),
  E("2029-12-21 07:40", "Explainer: How wartime prisoner swaps get done",
    ["Friday\u2019s exchange of more than 300 prisoners was the product of weeks of quiet bargaining, a process that has changed little since the first swaps of the war.",
     "Lists of names are drawn up by each side\u2019s military intelligence and passed through a mediator, most often the United Arab Emirates or Turkey, which also checks that those being released agree to go home.",
     "Disputes over a single name can delay an exchange for weeks, officials involved in past swaps say."],
    "diplomacy", "diplomacy", 2, "explainer-prisoner-swap-process", a="Dana Whitcombe",
    n="theme piece (explainer); mentions today's exchange but is its own story; must not merge with the exchange"),
  E("2029-12-21 09:05", "Ukraine, Russia carry out prisoner swap",
    ["Ukraine and Russia swapped more than 300 prisoners of war on Friday in an exchange mediated by the United Arab Emirates, officials in Kyiv said.",
     "It was the first exchange since October. Ukraine\u2019s military intelligence agency said the freed soldiers included defenders of Mariupol and border guards captured early in the war."],
    "diplomacy", "diplomacy", 1, SWAP, a="Dana Whitcombe", dup="17832-01", n="near-verbatim repeat of 17832-01 (last words changed)"),
  E("2029-12-21 10:30", "Kremenchuk mourns as death toll climbs to 12",
    ["The death toll from Thursday\u2019s Russian missile strike on the Ukrainian city of Kremenchuk has risen to 12, the State Emergency Service said, as the city observed a day of mourning.",
     "Local officials said 44 people had been injured, nine of whom remain in hospital."],
    "strikes", "strikes", 3, KREM, a="Ravi Anand", n="day-1 story continued (toll 12)"),
  E("2029-12-21 12:15", "Senate passes defense bill with $500 million for Ukraine",
    ["The US Senate passed the annual defense policy bill on Friday, including $500 million for training and equipping Ukraine\u2019s armed forces next year.",
     "The measure now goes to the president\u2019s desk."],
    "aid", "aid", 3, "us-defense-bill-ukraine-500m-2029-12-21", a="Ravi Anand", n="funding decision of at least $400 million"),
  ]))

# ---------------------------------------------------------------- 17833 Ellesmoor World Report (day 2, general world feed)
SEEDS.append(dict(
  id="17833", name="17833_ellesmoor-worldrss", ext="xml", source="Ellesmoor World Report", zone="America/Toronto", render=r_worldrss,
  title="Ellesmoor World Report: World", url="https://ellesmoor.example", guid="ewr", n0=31877, rfc="offset",
  lede="International headlines from Ellesmoor World Report, Toronto.",
  basis="RSS pubDate '{s}' (numeric offset -0500 = Toronto winter time); local {d} in {z}",
  notes="Invented outlet (Toronto). General world RSS feed, newest first, pubDate with -0500, no authors. Two of six items concern the war (the prisoner exchange, given as 314 in total; Kremenchug toll 12, the day-1 story continued, Russian spelling); four are off-beat.",
  not_entries=["channel title, link, atom:link, description, language, copyright", "item links, guids and categories"],
  entries=[
  B(E("2029-12-21 13:40", "Russia and Ukraine exchange 314 prisoners of war",
    ["Russia and Ukraine exchanged a total of 314 prisoners of war on Friday, Russia\u2019s defence ministry and Ukrainian officials said, with the United Arab Emirates acting as mediator."],
    "diplomacy", "diplomacy", 3, SWAP, n="314 in total"), cat="World"),
  B(OFF("2029-12-21 12:10", "Ontario braces for first major snowstorm of the winter",
    ["Environment Canada issued snowfall warnings for much of southern Ontario, forecasting up to 30 centimetres of snow by Saturday morning."],
    "ontario-snowstorm-2029-12-21", n="weather"), cat="Canada"),
  B(E("2029-12-21 10:05", "Kremenchug death toll reaches 12",
    ["The number of people killed by a Russian missile in the Ukrainian city of Kremenchug on Thursday has risen to 12, Ukraine\u2019s emergency service said."],
    "strikes", "strikes", 3, KREM, n="day-1 story continued; spelling 'Kremenchug'"), cat="World"),
  B(OFF("2029-12-21 08:30", "Bank of Japan holds rates steady",
    ["The Bank of Japan kept its short-term interest rate unchanged on Friday, saying it wanted more evidence that wage growth would last."],
    "bank-of-japan-rates-2029-12-21", n="economy"), cat="Business"),
  B(OFF("2029-12-21 06:15", "Chile\u2019s lithium output hits record",
    ["Chile produced a record amount of lithium in November, the state copper commission said, as new evaporation ponds came on line in the Atacama desert."],
    "chile-lithium-record-2029-12", n="commodities"), cat="Business"),
  B(OFF("2029-12-21 03:50", "Strong earthquake shakes southern Philippines",
    ["A magnitude 6.1 earthquake struck off the coast of Mindanao, damaging several buildings, but no tsunami warning was issued."],
    "mindanao-earthquake-2029-12-21", n="natural disaster"), cat="World"),
  ]))



def r_zennorvale(S):
    """text live, oldest first; date line with weekday, month and day but NO year; each post starts with one line
    '0640 CET \u2014 Headline' (four-digit clock, zone, dash, headline), then the body; no bylines (newsroom credit only)."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"].upper(), "Austria | Europe | World | Business | Live", "", S["title"], S["dateline"], S["credit"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H%M} CET"; stamps.append(st)
        L += [f"{st} \u2014 {e['h']}", ""]
        L += ptxt(e["p"]) if e["p"] else ["\u25b6 Video (0:38)", ""]
        if i == 3:
            L += ["Advertisement", ""]
    L += ["This live blog is no longer being updated.", "", f"{S['source']} | Imprint | Data protection"]
    return "\n".join(L) + "\n", stamps


def r_greylag(S):
    """HTML live, newest first; Yoast-style JSON-LD @graph whose article node has @type ['NewsArticle', 'LiveBlogPosting'] and a
    liveBlogUpdate array (per-update datePublished +02:00); visible bare '20:15' in <time datetime>; author after the body."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    base = S["url"].split("/live")[0]
    ups = [{"@type": "BlogPosting", "headline": e["h"], "datePublished": iso(dt(e["t"], z)), "articleBody": " ".join(e["p"]),
            "author": {"@type": "Person", "name": e["a"]}} for e in S["entries"]]
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "Organization", "@id": base + "/#organization", "name": S["source"], "url": base + "/"},
        {"@type": "WebPage", "@id": S["url"], "url": S["url"], "name": S["title"], "isPartOf": {"@id": base + "/#website"}},
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"] + "#article", "headline": S["title"], "datePublished": iso(first),
         "dateModified": iso(last), "coverageStartTime": iso(first), "mainEntityOfPage": {"@id": S["url"]},
         "publisher": {"@id": base + "/#organization"}, "liveBlogUpdate": ups}]}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - {S["source"]}</title>',
           '<script type="application/ld+json" class="yoast-schema-graph">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body class="single-liveblog">',
           f'<header class="site-header"><a class="custom-logo-link" href="/">{esc(S["source"])}</a><nav class="main-navigation"><a>News</a> <a>War</a> <a>Analysis</a> <a>Podcast</a> <a>Donate</a></nav></header>',
           f'<main><h1 class="entry-title">{esc(S["title"])}</h1>', f'<div class="entry-meta"><span class="posted-on">{esc(S["dateline"])}</span></div>',
           f'<div class="entry-summary"><p>{esc(S["lede"])}</p></div>', '<div class="liveblog-feed">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="liveblog-entry" id="entry-{8800 + i}"><time datetime="{iso(d)}">{st}</time><h3>{esc(e["h"])}</h3>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append(f'<p class="liveblog-author">{esc(e["a"])}</p></div>')
        if i == 1:
            out.append('<div class="wp-block-group donate-box"><p>Independent reporting from Ukraine depends on readers like you.</p><a>Donate</a></div>')
    out += ['</div></main>', f'<footer class="site-footer">{esc(S["source"])} \u00b7 About \u00b7 Ethics \u00b7 Contact \u00b7 Privacy policy</footer></body></html>']
    return "\n".join(out) + "\n", stamps



# ---------------------------------------------------------------- day 3 (2029-12-27)
RYAZ = "ryazan-refinery-drone-attack-2029-12-27"
ZAPG = "zaporizhzhia-glide-bomb-strike-2029-12-27"
ERDO = "zelensky-erdogan-call-black-sea-2029-12-27"

# ---------------------------------------------------------------- 17840 Hobthrush World Desk (day 3, general world feed, Atom)
SEEDS.append(dict(
  id="17840", name="17840_hobthrush-worldatom", ext="xml", source="Hobthrush World Desk", zone="UTC", render=r_atom,
  title="Hobthrush World Desk", lede="The world's news, updated through the day", url="https://hobthrush.example", path="world",
  n0=77120, content="text", generator="Hobthrush Publisher",
  basis="Atom <published> '{s}' (UTC, 'Z'); local {d} in {z}",
  notes="Invented outlet. General world Atom feed, newest first, <published> in UTC with 'Z', plain-text <summary>, no authors. Two of six items are about the war (the Zaporizhzhia glide-bomb strike, toll 2; the Ryazan refinery fire put out, three injured); four are off-beat.",
  not_entries=["feed title, subtitle, links, id, updated, generator", "entry links and ids"],
  entries=[
  E("2029-12-27 19:50", "Glide-bomb attack on Zaporizhzhia kills two",
    ["Two people were killed and nine injured when Russian aircraft dropped guided bombs on an industrial district of Zaporizhzhia on Thursday afternoon, the regional governor said."],
    "strikes", "strikes", 3, ZAPG, n="toll 2 dead, 9 injured"),
  E("2029-12-27 19:15", "Fire at Ryazan refinery put out after Ukrainian drone attack",
    ["Firefighters extinguished a blaze at an oil refinery in the Russian city of Ryazan on Thursday evening, more than 15 hours after it was hit by Ukrainian drones, regional officials said. Three people were injured."],
    "strikes", "strikes", 3, RYAZ, n="fire out; 3 injured"),
  OFF("2029-12-27 17:00", "Winter storm cuts power to 200,000 homes in US Midwest",
    ["A winter storm brought heavy snow and freezing rain to parts of Illinois, Indiana and Ohio, leaving about 200,000 homes and businesses without electricity."],
    "us-midwest-winter-storm-2029-12-27", n="weather"),
  OFF("2029-12-27 12:10", "Japan\u2019s prime minister reshuffles cabinet",
    ["Japan\u2019s prime minister replaced five ministers on Thursday, including the finance and foreign ministers, in a reshuffle aimed at reviving the government\u2019s poll ratings."],
    "japan-cabinet-reshuffle-2029-12-27", n="politics elsewhere"),
  OFF("2029-12-27 09:45", "South Africa\u2019s rand firms as power supply improves",
    ["South Africa\u2019s rand strengthened against the dollar on Thursday after the state power utility said it expected no scheduled outages over the holiday period."],
    "south-africa-rand-2029-12-27", n="markets"),
  OFF("2029-12-27 07:20", "Boxing Day Test: Australia take control in Melbourne",
    ["Australia\u2019s batters put on 280 runs on the second day of the Boxing Day Test at the Melbourne Cricket Ground, building a commanding first-innings lead."],
    "boxing-day-test-2029-12-27", n="sport"),
  ]))

# ---------------------------------------------------------------- 17841 Zennorvale Courier (day 3, text live, no year)
SEEDS.append(dict(
  id="17841", name="17841_zennorvale-textlive", ext="txt", source="Zennorvale Courier", zone="Europe/Vienna", render=r_zennorvale,
  parse_args=["--date", "2029-12-27"],
  title="Live: Drones hit Riazan refinery; Kremlin vows response", dateline="Thursday, December 27", credit="Zennorvale Courier newsroom",
  lede="Ukraine\u2019s long-range drones strike deep inside Russia again. All times CET.",
  basis="stamp '{s}' (four-digit clock, CET = UTC+1) under the date line 'Thursday, December 27', which names no year; the year comes from parse_args (2029-12-27, a Thursday); local {d} in {z}",
  notes="Invented outlet (Vienna). Text live blog, oldest first. Each post opens with one line '0640 CET \u2014 Headline' (four-digit clock and zone, then the headline after a dash), then the body. The page prints no year anywhere ('Thursday, December 27'), hence parse_args --date 2029-12-27. No per-post bylines; the only credit is 'Zennorvale Courier newsroom' (desk credit, author null). Spelling 'Riazan' (Ukrainian-style transliteration) for Ryazan. 17841-02 is a 'Video:' teaser with no text. 17841-04 is the theme piece (analysis of the refinery campaign, mentions Riazan, own story). 17841-06 repeats 17841-01 almost word for word. 17841-08 (naval drones at Novorossiysk) is another attack on Russian oil infrastructure, not the Ryazan strike.",
  not_entries=["masthead and navigation", "page title line", "date line 'Thursday, December 27'", "credit line 'Zennorvale Courier newsroom'",
               "standfirst 'Ukraine\u2019s long-range drones ... All times CET.' (page lede)", "'\u25b6 Video (0:38)' placeholder in 17841-02", "'Advertisement' marker",
               "closing line 'This live blog is no longer being updated.'", "footer"],
  entries=[
  E("2029-12-27 06:40", "Drones set Riazan refinery ablaze, governor says",
    ["A fire broke out at the oil refinery in the Russian city of Riazan after an overnight drone attack, regional governor Pavel Malkov said, adding that one person had been injured.",
     "Residents posted videos of a large column of smoke over the city\u2019s southern outskirts, and flights at Moscow airports were briefly restricted."],
    "strikes", "strikes", 3, RYAZ, n="spelling 'Riazan'; first report, 1 injured"),
  E("2029-12-27 08:15", "Video: Flames over Riazan skyline", [],
    "strikes", "strikes", 1, RYAZ, n="video teaser without body"),
  E("2029-12-27 09:50", "Kremlin: drone attacks \u2018will not go unanswered\u2019",
    ["Kremlin spokesman Dmitry Peskov said the overnight attack on the Riazan refinery showed that Kyiv was \u201cnot interested in peace\u201d and warned that such strikes would not go unanswered.",
     "He did not say what form a response might take."],
    "strikes", "strikes", 3, RYAZ, sec=["diplomacy"], n="official reaction whose content is the attack (same story)"),
  E("2029-12-27 11:30", "Analysis: Are refinery strikes denting Russia\u2019s fuel exports?",
    ["This morning\u2019s attack on Riazan was at least the fortieth Ukrainian strike on a Russian refinery this year, according to a count by energy analysts.",
     "Yet Russia\u2019s seaborne exports of diesel and gasoline have fallen only modestly, because damaged units are usually repaired within weeks and refineries have added their own air defences.",
     "The bigger effect, analysts say, has been on Russia\u2019s domestic market, where regional fuel shortages have returned every autumn."],
    "strikes", "strikes", 2, "analysis-refinery-strikes-fuel-exports",
    n="theme piece (analysis of the refinery campaign); mentions the Riazan attack but is its own story; must not merge with it"),
  E("2029-12-27 13:10", "Zelensky and Erdogan discuss Black Sea shipping",
    ["Ukrainian President Volodymyr Zelensky and Turkish President Recep Tayyip Erdogan discussed the safety of merchant shipping in the Black Sea in a phone call, Zelensky\u2019s office said.",
     "The two leaders also talked about a possible new round of prisoner exchanges, according to the statement."],
    "diplomacy", "diplomacy", 3, ERDO),
  E("2029-12-27 14:20", "Drones set Riazan refinery ablaze, governor says",
    ["A fire broke out at the oil refinery in the Russian city of Riazan after an overnight drone attack, regional governor Pavel Malkov said, adding that one person had been injured.",
     "Residents posted videos of a large column of smoke over the city\u2019s southern outskirts, and flights at Moscow airports were restricted for a time."],
    "strikes", "strikes", 1, RYAZ, dup="17841-01", n="near-verbatim repeat of 17841-01 (last clause reworded)"),
  E("2029-12-27 15:45", "Austria offers Vienna for OSCE talks on ceasefire monitoring",
    ["Austria\u2019s foreign ministry said Vienna was ready to host talks at the OSCE on how a future ceasefire in Ukraine could be monitored.",
     "The ministry said it had informed both Kyiv and Moscow of the offer."],
    "diplomacy", "diplomacy", 2, "austria-osce-ceasefire-monitoring-offer-2029-12-27"),
  E("2029-12-27 17:20", "Naval drones hit oil terminal near Novorossiysk, Russian officials say",
    ["Ukrainian sea drones attacked an oil loading terminal near the Black Sea port of Novorossiysk on Thursday afternoon, Russian officials said, adding that the attack had been repelled and one berth slightly damaged."],
    "strikes", "strikes", 2, "novorossiysk-naval-drone-attack-2029-12-27",
    n="same theme (attacks on Russian oil sites), another place, weapon and time; must not merge with the Ryazan refinery attack"),
  ]))

# ---------------------------------------------------------------- 17842 Cobblethwaite Ledger (day 3, RSS with creators)
SEEDS.append(dict(
  id="17842", name="17842_cobblethwaite-rss", ext="xml", source="Cobblethwaite Ledger", zone="Europe/Riga", render=r_worldrss,
  title="Cobblethwaite Ledger \u2014 Ukraine and the region", url="https://cobblethwaite.example", guid="cbl", n0=11403, rfc="offset",
  lede="Baltic and Ukraine news from the Cobblethwaite Ledger, Riga.",
  basis="RSS pubDate '{s}' (numeric offset +0200 = Riga winter time); local {d} in {z}",
  notes="Invented outlet (Riga). RSS 2.0, newest first, pubDate with +0200, dc:creator per item. 17842-04 is Russia's count of drones downed over the same night, including over Ryazan: recorded as part of the Ryazan attack story. 17842-02 is the other side of the Zelensky-Erdogan call reported by 17841-05.",
  not_entries=["channel title, link, atom:link, description, language, copyright", "item links, guids and categories"],
  entries=[
  B(E("2029-12-27 20:05", "Ryazan refinery: three injured, governor says; Kyiv confirms hit",
    ["Three people were injured in the drone attack on the Ryazan oil refinery, the region\u2019s governor said on Thursday evening, as Ukraine\u2019s General Staff confirmed that its forces had carried out the strike.",
     "The General Staff said the refinery\u2019s primary processing unit had been hit."],
    "strikes", "strikes", 3, RYAZ, a="Ieva Strautniece", n="toll 3 injured"), cat="Ukraine"),
  B(E("2029-12-27 17:35", "Erdogan offers Istanbul for Black Sea talks after call with Zelensky",
    ["Turkish President Recep Tayyip Erdogan offered to host talks on Black Sea shipping in Istanbul after a phone call with Volodymyr Zelensky, his office said."],
    "diplomacy", "diplomacy", 3, ERDO, a="Karlis Veide"), cat="Ukraine"),
  B(E("2029-12-27 15:10", "Latvia closes two more crossings on Russian border",
    ["Latvia will close two more crossing points on its border with Russia from January, leaving only one open to passenger traffic, the interior ministry said."],
    "other", "security", 2, "latvia-border-crossings-closed-2029-12-27", a="Ieva Strautniece"), cat="Baltics"),
  B(E("2029-12-27 12:20", "Russia says 71 Ukrainian drones downed overnight, including over Ryazan",
    ["Russia\u2019s defence ministry said its air defences destroyed 71 Ukrainian drones overnight over nine regions, including 23 over the Ryazan region."],
    "strikes", "strikes", 3, RYAZ, a="Karlis Veide", n="Russian claim about the same overnight attack (same story as the refinery strike)"), cat="Ukraine"),
  B(E("2029-12-27 09:00", "Nordic-Baltic Eight pledge winter energy aid to Ukraine",
    ["The Nordic and Baltic countries pledged 140 million euros to help Ukraine buy generators and gas for the rest of the winter, Latvia\u2019s foreign ministry said."],
    "aid", "aid", 2, "nordic-baltic-energy-aid-2029-12-27", a="Ieva Strautniece"), cat="Baltics"),
  ]))

# ---------------------------------------------------------------- 17843 Greylag Journal (day 3, HTML live, @graph)
SEEDS.append(dict(
  id="17843", name="17843_greylag-graphlive", ext="html", source="Greylag Journal", zone="Europe/Kyiv", render=r_greylag,
  title="Live: Ukraine confirms Ryazan refinery strike; glide bombs hit Zaporizhzhia", url="https://greylagjournal.example/live/2029-12-27",
  dateline="27 December 2029", lede="Our live coverage of the war for Thursday. Times are Kyiv time.",
  basis="bare <time> text '{s}' (Kyiv time, stated in the standfirst; the JSON-LD carries +02:00) on the page dated '27 December 2029'; local {d} in {z}",
  notes="Invented outlet (Kyiv, WordPress). HTML live blog, newest first. Visible bare 'HH:MM' in <time datetime> above an h3; author line after each body. JSON-LD is a Yoast-style @graph whose article node has @type ['NewsArticle', 'LiveBlogPosting'] and a liveBlogUpdate array with per-update datePublished (+02:00). Zaporizhzhia toll: 1 (17:25) -> 2 (20:15). 17843-04 (Russian drones on the Odesa region, same night) must not be merged with the Ryazan attack.",
  not_entries=["site header and navigation", "page title (h1)", "date line '27 December 2029'", "summary paragraph 'Our live coverage ... Times are Kyiv time.' (page lede)",
               "author lines after each post", "donation box after the second post", "footer"],
  entries=[
  E("2029-12-27 20:15", "Zaporizhzhia glide-bomb toll rises to two",
    ["A second person has died after Russian guided bombs hit an industrial district of Zaporizhzhia this afternoon, regional governor Ivan Fedorov said. Nine people were injured."],
    "strikes", "strikes", 3, ZAPG, a="Nazar Hrytsenko", n="toll 2"),
  E("2029-12-27 17:25", "Russian glide bombs hit Zaporizhzhia; one killed",
    ["Russian aircraft dropped at least three guided bombs on Zaporizhzhia, killing one person and damaging a factory and several houses, Governor Ivan Fedorov said."],
    "strikes", "strikes", 3, ZAPG, a="Nazar Hrytsenko", n="first report, toll 1"),
  E("2029-12-27 14:40", "General Staff confirms strike on Ryazan refinery",
    ["Ukraine\u2019s General Staff confirmed that its long-range drones struck the Ryazan oil refinery overnight, saying the plant supplies fuel to Russian units fighting in Ukraine.",
     "It said a fire had been recorded in the area of the primary processing unit and that the results of the strike were being clarified."],
    "strikes", "strikes", 3, RYAZ, a="Kateryna Palii"),
  E("2029-12-27 11:05", "Russian drones hit energy site in Odesa region overnight",
    ["A Russian drone attack overnight damaged an energy facility in the Odesa region, leaving several thousand households without power, regional governor Oleh Kiper said."],
    "strikes", "strikes", 2, "odesa-region-energy-drone-attack-2029-12-27", a="Kateryna Palii",
    n="drones the other way on the same night; must not merge with the Ryazan attack"),
  E("2029-12-27 08:50", "Ukraine widens one-year contracts for volunteers aged 18 to 24",
    ["Ukraine\u2019s defence ministry said it would widen its one-year contract scheme for volunteers aged 18 to 24 to include drone operators and air-defence crews."],
    "other", "politics", 2, "ukraine-18-24-contract-scheme-2029-12-27", a="Nazar Hrytsenko"),
  ]))

# ==== RUN
if __name__ == "__main__":
    build_main()

#!/usr/bin/env python3
"""Builds the eval/fd seed pages and their gold files from one hand-written data table (further below).
Every headline and paragraph is the blind tester's own invented wording (no copied sentences). Part A imitates,
from memory, the page layouts of ten real outlets; Part B outlets are invented. The setting is 2028, with the war
assumed still under way. Deterministic.
Run from the project root:  python3 eval/fd/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "E.U.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=""):
    """one entry: local time 'YYYY-MM-DD HH:MM' in the page zone, headline (or None), body paragraphs, labels."""
    return dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)


def OFF(t, h, p, st, a=None, n=""):
    """a story that is not about the war (other/unrelated, importance 1)."""
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n)


def X(e, **kw):
    """attach page-specific extras (byline as printed, caption, label, ...) to an entry."""
    e.update(kw)
    return e


def first_sentence(par):
    for m in re.finditer(r'[.!?]["\'\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018\u00a3$\u20ac]|$)', par):
        head = par[:m.end()]
        if m.end() < len(par) and (head.endswith(ABBREV) or re.search(r"(^|\s)[A-Z]\.$", head)):
            continue  # abbreviation or a middle initial ('Dmitri S. Peskov')
        return head
    return par


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def ampm(d, sep=":", space="", dots=False, caps=False):
    hh = d.hour % 12 or 12
    if dots:
        suf = "a.m." if d.hour < 12 else "p.m."
    elif caps:
        suf = "AM" if d.hour < 12 else "PM"
    else:
        suf = "am" if d.hour < 12 else "pm"
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
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if gmt else d.strftime("%z"))


def zulu_ms(d):
    return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def slugify(s, n=60):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:n].strip("-")


# ================================================================ Part A renderers (layouts of real outlets, from memory)

def r_nyt(S):
    """The New York Times live blog, HTML. Masthead date, 'LIVE' flag and 'Updated ... ET' line, 'Here's the latest' bullets,
    then posts newest first: full stamp 'July 3, 2028, 3:48 p.m. ET' above a sentence-style headline that ends with a period,
    byline name + 'Reporting from ...', photo credits. LiveBlogPosting JSON-LD with per-update datePublished (UTC, ms)."""
    z = S["zone"]; order_check(S, True)
    pub = dt(S["published"], z); last = dt(S["entries"][0]["t"], z)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "headline": e["h"], "url": f"{S['url']}#{slugify(e['h'], 48)}",
                    "datePublished": zulu_ms(d), "dateModified": zulu_ms(d),
                    "author": [{"@type": "Person", "name": e["a"]}], "articleBody": " ".join(e["p"])})
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "url": S["url"], "headline": S["title"],
          "description": S["lede"], "datePublished": zulu_ms(pub), "dateModified": zulu_ms(last), "coverageStartTime": zulu_ms(pub),
          "liveBlogUpdate": ups,
          "publisher": {"@type": "NewsMediaOrganization", "name": "The New York Times", "logo": {"@type": "ImageObject",
                        "url": "https://static01.nyt.com/images/misc/NYT_logo_rss_250x40.png"}}}
    upd = f"Updated {MONTHS[last.month - 1]} {last.day}, {last.year}, {ampm(last, space=' ', dots=True)} ET"
    out = ['<!DOCTYPE html>', '<html lang="en" class="story nytapp-vi-liveblog"><head><meta charset="utf-8">',
           f'<title>{esc(S["title"])} - The New York Times</title>',
           f'<meta name="description" content="{attr(S["lede"])}">', f'<link rel="canonical" href="{S["url"]}">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head>',
           '<body><div id="app"><a class="css-skip" href="#site-content">Skip to content</a><a class="css-skip" href="#site-index">Skip to site index</a>',
           '<header class="css-masthead"><div class="css-date"><span>' + f'{DAYS_EN[pub.weekday()]}, {MONTHS[pub.month - 1]} {pub.day}, {pub.year}'
           + '</span> <a href="https://www.nytimes.com/section/todayspaper">Today\u2019s Paper</a></div>',
           '<a class="css-logo" href="/" aria-label="New York Times homepage">The New York Times</a>',
           '<nav><a href="/section/us">U.S.</a> <a href="/section/world">World</a> <a href="/section/business">Business</a> '
           '<a href="/section/arts">Arts</a> <a href="/section/style">Lifestyle</a> <a href="/section/opinion">Opinion</a> '
           '<a href="/spotlight/podcasts">Audio</a> <a href="/crosswords">Games</a> <a href="https://cooking.nytimes.com">Cooking</a> '
           '<a href="/wirecutter">Wirecutter</a> <a href="/athletic">The Athletic</a></nav>',
           '<a class="css-sub" href="/subscription">Subscribe for $1/week</a> <a href="/login">Log in</a></header>',
           '<main id="site-content"><article class="live-blog">',
           '<div class="css-flag"><span class="live-dot"></span>LIVE</div>', f'<p class="css-updated"><time datetime="{zulu_ms(last)}">{upd}</time></p>',
           f'<h1 data-testid="headline">{esc(S["title"])}</h1>', f'<p class="css-summary">{esc(S["lede"])}</p>',
           '<div class="css-latest"><p><strong>Here\u2019s the latest:</strong></p><ul>'] + [f'<li>{esc(b)}</li>' for b in S["bullets"]] + [
           '</ul></div>', f'<figure><figcaption>{esc(S["caption"])} <span>Credit...</span><span>{esc(S["credit"])}</span></figcaption></figure>',
           '<div class="live-blog-posts">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{MONTHS[d.month - 1]} {d.day}, {d.year}, {ampm(d, space=' ', dots=True)} ET"; stamps.append(st)
        out.append(f'<article class="live-blog-post" id="{slugify(e["h"], 48)}">')
        out.append(f'<div class="live-blog-post-timestamp"><time datetime="{zulu_ms(d)}">{st}</time></div>')
        out.append(f'<h2 class="live-blog-post-headline">{esc(e["h"])}</h2>')
        out.append(f'<div class="live-blog-post-byline"><p class="byline-name">{esc(e["a"])}</p><p class="byline-location">{esc(e["where"])}</p></div>')
        if e.get("cap"):
            out.append(f'<figure><figcaption>{esc(e["cap"][0])} <span>Credit...</span><span>{esc(e["cap"][1])}</span></figcaption></figure>')
        out += [f'<p class="evys1bk0">{esc(p)}</p>' for p in e["p"]]
        out.append('<div class="live-blog-post-share"><button>Share</button> <button>Copy link</button></div></article>')
        if i == 2:
            out.append('<aside class="css-newsletter"><p>The Morning: Make sense of the day\u2019s news and ideas.</p><p>Sign up for the newsletter</p></aside>')
    out += ['</div></article></main>',
            '<nav id="site-index"><a href="/">Go to Home Page \u00bb</a> <a href="/section/world">World</a> <a href="/section/world/europe">Europe</a></nav>',
            f'<footer><p>\u00a9 {pub.year} The New York Times Company</p><a href="/privacy">Privacy Policy</a> <a href="/terms">Terms of Service</a> '
            '<a href="/help">Help</a> <a href="/subscription">Subscriptions</a></footer></div></body></html>']
    return "\n".join(out) + "\n", stamps


def r_wapo(S):
    """The Washington Post live updates, text scrape. Masthead with 'Democracy Dies in Darkness', page byline, one
    'Updated ... EDT|Published ... EDT' line (the only dates), 'Gift Article / Share / Comment N'; posts newest first, each
    a bare '2:02 p.m.' line, the headline, optional photo caption '(Name/Agency)', 'By NAME', body."""
    z = S["zone"]; order_check(S, True)
    pub = dt(S["published"], z); last = dt(S["entries"][0]["t"], z)
    L = ["Skip to main content", "", "Sign in", "Subscribe", "", "The Washington Post", "Democracy Dies in Darkness", "",
         "World   Africa   Americas   Asia   Europe   Middle East   Ukraine-Russia war   War in the Middle East", "",
         "LIVE", S["title"], "", S["dek"], "", S["byline"],
         f"Updated {MONTHS[last.month - 1]} {last.day}, {last.year} at {ampm(last, space=' ', dots=True)} EDT|Published {MONTHS[pub.month - 1]} {pub.day}, {pub.year} at {ampm(pub, space=' ', dots=True)} EDT",
         "", "Gift Article", "Share", f"Comment {S['comments']}", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, space=" ", dots=True); stamps.append(st)
        L += [st, e["h"], ""]
        if e.get("cap"):
            L += [e["cap"], ""]
        L += [f"By {e['a']}", ""] + ptxt(e["p"]) + ["Link copied", ""]
        if i == 3:
            L += ["Sign up for World Brief, our free newsletter with the day's essential international news.", "Sign up", ""]
    L += ["Show more updates", "", "Company   Get The Post   Contact Us   Terms of Use   Privacy Policy   Print Products Terms of Sale",
          f"\u00a9 1996-{pub.year} The Washington Post"]
    return "\n".join(L) + "\n", stamps


def r_telegraph(S):
    """The Telegraph live blog, text scrape. Nav, 'Ukraine-Russia war latest: ...' title, standfirst, page byline and
    'Updated 7 July 2028 5:55pm' (no zone); posts newest first: bare '5:40pm' line, headline, body; photo credit lines
    'Credit: Reuters'; a 'Watch:' video post without text; comment count and related topics at the end."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z)
    L = ["Skip to content", "", "The Telegraph", "Subscribe now", "Log in", "",
         "News  Sport  Money  Business  Opinion  Ukraine  US  Politics  Health  Travel  Lifestyle  Culture  Puzzles", "",
         "World News", "", S["title"], "", S["dek"], "", S["byline"],
         f"Updated {last.day} {MONTHS[last.month - 1]} {last.year} {ampm(last)}", "", "Related Topics", S["topics"], "",
         f"{S['comments']} comments", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d); stamps.append(st)
        L += [st, "", e["h"], ""]
        if e["p"]:
            L += ptxt(e["p"])
        else:
            L += ["Play video", "0:58", ""]
        if e.get("credit"):
            L += [f"Credit: {e['credit']}", ""]
        if i == 2:
            L += ["Sign up to the Front Page newsletter for free: Your essential guide to the day's agenda from The Telegraph - direct to your inbox seven days a week.", ""]
    L += ["Load more posts", "", "Join the conversation", f"Show comments ({S['comments']})", "",
          "The Telegraph   About us   Contact us   Privacy   Terms & Conditions   Advertising guidelines",
          f"\u00a9 Telegraph Media Group Holdings Limited {last.year}"]
    return "\n".join(L) + "\n", stamps


def r_times(S):
    """The Times (thetimes.com) live coverage, HTML with NewsArticle JSON-LD. Section label, headline, standfirst, byline
    'NAME, Kyiv', dateline 'Monday July 10 2028, 6.00am BST, The Times' and 'Updated ...'; posts OLDEST first, each a bare
    '6.15am' time above an h3 headline (no per-post author), image credits 'AP', 'Comments (N)' and related articles."""
    z = S["zone"]; order_check(S, False)
    pub = dt(S["published"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "description": S["dek"],
          "datePublished": pub.isoformat(), "dateModified": last.isoformat(),
          "author": [{"@type": "Person", "name": S["author"]}], "isAccessibleForFree": False,
          "publisher": {"@type": "Organization", "name": "The Times"}, "articleSection": "World"}
    def tstamp(d):
        return f"{DAYS_EN[d.weekday()]} {MONTHS[d.month - 1]} {d.day:02d} {d.year}, {ampm(d, sep='.')} BST"
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | World | The Times</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header><a class="masthead" href="/">THE TIMES</a><nav><a href="/uk">UK</a> <a href="/world">World</a> <a href="/comment">Comment</a> '
           '<a href="/business-money">Business &amp; Money</a> <a href="/sport">Sport</a> <a href="/life-style">Life &amp; Style</a> '
           '<a href="/culture">Culture</a> <a href="/puzzles">Puzzles</a></nav><a href="/subscribe">Subscribe</a> <a href="/login">Log in</a></header>',
           '<main><article><div class="section-label">WORLD | EUROPE</div>', f'<h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["dek"])}</p>',
           f'<div class="byline"><a href="/profile/{slugify(S["author"])}">{esc(S["author"])}</a>, {esc(S["where"])}</div>',
           f'<div class="dateline"><time datetime="{pub.isoformat()}">{tstamp(pub)}</time>, The Times</div>',
           f'<div class="updated">Updated <time datetime="{last.isoformat()}">{tstamp(last)}</time></div>',
           '<div class="share"><button>Share</button> <button>Save</button> <a href="#comments">Comments (' + str(S["comments"]) + ')</a></div>',
           f'<p class="intro">{esc(S["lede"])}</p>', '<div class="live-posts">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, sep="."); stamps.append(st)
        out.append(f'<div class="live-post" id="post-{i + 1}"><span class="live-post-time">{st}</span><h3>{esc(e["h"])}</h3>')
        if e.get("cap"):
            out.append(f'<figure><figcaption>{esc(e["cap"])}</figcaption></figure>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('</div>')
        if i == 2:
            out.append('<aside class="related"><h4>Related articles</h4><a href="/world/europe/ukraine-air-defence-explained">How Patriot batteries protect Kyiv</a> '
                       '<a href="/world/europe/putin-summer-offensive">Inside Putin\u2019s summer offensive</a></aside>')
    out += ['</div></article><section id="comments"><h2>Comments (' + str(S["comments"]) + ')</h2><p>Comments are subject to our community guidelines.</p></section></main>',
            f'<footer>\u00a9 Times Media Limited {pub.year}. Registered in England No. 894646. <a href="/privacy">Privacy &amp; cookie policy</a> '
            '<a href="/terms">Terms and conditions</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_dailymail(S):
    """Daily Mail (MailOnline) 'Reuters' wires index, text scrape. Channel nav, 'Wires' heading; each item: headline,
    'By Reuters', 'Published: 14:03 BST, 12 July 2028 | Updated: 14:15 BST, 12 July 2028', a summary that starts with the wire
    dateline ('KYIV, July 12 (Reuters) - '), 'e-mail' / share counts. Newest first; off-war wires mixed in."""
    z = S["zone"]; order_check(S, True)
    top = dt(S["entries"][0]["t"], z)
    L = ["Skip to main content", "", "Daily Mail", "", "Home   News   Royals   U.S.   Sport   TV   Showbiz   Femail   Health   Science   Money   Travel   Podcasts   Shopping", "",
         "Latest Headlines   World News   Ukraine   Middle East   Wires   Most read", "", "Wires", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); u = d + timedelta(minutes=e.get("upd", 9))
        st = f"{d:%H:%M} BST, {d.day} {MONTHS[d.month - 1]} {d.year}"; stamps.append(st)
        ust = f"{u:%H:%M} BST, {u.day} {MONTHS[u.month - 1]} {u.year}"
        L += [e["h"], f"By {e['wire']}", f"Published: {st} | Updated: {ust}", ""] + ptxt(e["p"]) + ["e-mail", f"{e.get('shares', 0)} shares", ""]
        if i == 3:
            L += ["Advertisement", ""]
    L += ["More top stories", "", "Back to top", "Home   News   U.S.   Sport   TV   Showbiz   Femail   Health   Science   Money   Travel",
          f"Published by Associated Newspapers Ltd. Part of the Daily Mail, The Mail on Sunday & Metro Media Group. \u00a9 Associated Newspapers Ltd {top.year}",
          "Contact us   How to complain   Advertise with us   Terms   Privacy policy & cookies"]
    return "\n".join(L) + "\n", stamps


# ================================================================ build (called at the very end of this file)
SEEDS = []


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
                         "published_basis": S["basis"].format(s=stamps[i], d=d.strftime("%Y-%m-%d %H:%M"), z=S["zone"]),
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
        print(f"{fn:44s} {len(ents):2d} entries  UTC {sorted({x['published'][:10] for x in ents})}")
    print(f"{len(SEEDS)} seeds, {total} entries")


# ================================================================ PART A: ten real outlets' layouts (own words, 2028)

# ---------------------------------------------------------------- 16100 The New York Times (live blog, HTML)
SEEDS.append(dict(
  id="16100", name="16100_nytimes-live", ext="html", source="The New York Times", zone="America/New_York", render=r_nyt,
  title="Glide Bomb Hits Kharkiv Apartment Building, Killing at Least 6",
  url="https://www.nytimes.com/live/2028/07/03/world/russia-ukraine-war-news",
  published="2028-07-03 05:30",
  lede="A Russian guided bomb tore into a nine-story building in Ukraine\u2019s second-largest city, as Kyiv\u2019s lawmakers voted to keep martial law in place.",
  bullets=["Rescuers in Kharkiv were still searching the rubble on Monday afternoon.",
           "Norway and Denmark said they would fund long-range drones built in Ukraine."],
  caption="Emergency workers at the damaged building in Kharkiv on Monday.", credit="Serhii Fedko for The New York Times",
  basis="post stamp '{s}' (date, 12-hour clock and 'ET' printed in the stamp; EDT = UTC-4); the LiveBlogPosting JSON-LD gives the same instant per update; local {d} in {z}",
  notes="Imitates a New York Times live blog (HTML). Masthead date 'Monday, July 3, 2028', LIVE flag and 'Updated July 3, 2028, 3:48 p.m. ET'; h1, summary, 'Here\u2019s the latest:' bullets (page lede, not entries), lead photo credit. Posts newest first: full stamp 'July 3, 2028, 3:48 p.m. ET' above a sentence-style headline ending with a period, then the reporter's name and a 'Reporting from ...' line, optional photo caption + 'Credit...' line, body. LiveBlogPosting JSON-LD with one BlogPosting per post (per-update datePublished in UTC with milliseconds, matching the visible stamps). All posts fall on 2028-07-03 in both ET and UTC.",
  not_entries=["'Skip to content' / 'Skip to site index' links", "masthead date line and 'Today\u2019s Paper'", "logo, section navigation, Subscribe / Log in",
               "'LIVE' flag and 'Updated July 3, 2028, 3:48 p.m. ET' line", "page headline (page title)", "summary paragraph under the headline (page lede)",
               "'Here\u2019s the latest:' bullet list (two bullets summarising the page)", "lead photo caption and 'Credit...' line",
               "'Reporting from ...' lines under each reporter's name", "photo captions with 'Credit...' inside posts", "'Share' / 'Copy link' buttons",
               "newsletter promo 'The Morning' after the third post", "site index links", "footer"],
  entries=[
  X(E("2028-07-03 15:48", "A Russian glide bomb hits a Kharkiv apartment building, killing at least six.",
    ["At least six people were killed and 27 wounded when a Russian guided aerial bomb struck a residential building in northern Kharkiv on Monday afternoon, the regional governor, Oleh Syniehubov, said.",
     "The bomb collapsed part of the top four floors. Rescuers with dogs were searching for people believed to be trapped, and the city\u2019s mayor said the toll was likely to rise.",
     "Kharkiv, about 25 miles from the Russian border, is hit more often than almost any other Ukrainian city because Russian aircraft can release glide bombs from inside Russia\u2019s own airspace."],
    "strikes", "strikes", 3, "kharkiv-glide-bomb-apartment-2028-07-03", a="Oksana Drach"),
    where="Reporting from Kharkiv, Ukraine", cap=("Firefighters at the damaged building on Monday.", "Serhii Fedko for The New York Times")),
  X(E("2028-07-03 14:05", "Ukraine\u2019s Parliament votes to keep martial law in place for another 90 days.",
    ["Ukrainian lawmakers on Monday extended martial law and the general mobilization until early October, the latest in a string of 90-day renewals since the full-scale invasion began.",
     "The vote means national elections cannot be held. Opposition lawmakers backed the extension but called again for a debate on how long service members should stay at the front."],
    "other", "politics", 2, "ukraine-martial-law-extension-2028-07", a="Elias Morrow"), where="Reporting from Kyiv, Ukraine"),
  X(E("2028-07-03 12:31", "Russia claims to have captured a village west of Kostiantynivka.",
    ["Russia\u2019s Defense Ministry said on Monday that its troops had taken Oleksandro-Shultyne, a hamlet on the approaches to the Ukrainian-held city of Kostiantynivka in the Donetsk region.",
     "Ukraine\u2019s military did not confirm the claim, which could not be independently verified. Ukrainian commanders have described near-constant small-group assaults in the area."],
    "other", "frontline", 2, "russia-claims-village-near-kostiantynivka-2028-07-03", a="Elias Morrow"), where="Reporting from Kyiv, Ukraine"),
  X(E("2028-07-03 10:56", "Norway and Denmark will pay for long-range drones built in Ukraine.",
    ["The governments of Norway and Denmark said on Monday that they would jointly spend about $640 million on long-range attack drones made by Ukrainian manufacturers, the largest single order of its kind so far.",
     "The money will be paid directly to Ukrainian companies, a model Denmark pioneered in 2024 that lets Kyiv expand production faster than it could with its own budget."],
    "aid", "aid", 3, "norway-denmark-fund-ukrainian-drones-2028-07-03", a="Henrik Solvang"), where="Reporting from Oslo"),
  X(E("2028-07-03 09:12", "The Kremlin says new talks in Istanbul are \u2018possible\u2019 but names no date.",
    ["Dmitri S. Peskov, the Kremlin spokesman, told reporters on Monday that another round of direct talks with Ukraine in Istanbul was \u201cpossible in principle,\u201d but that Moscow had not agreed on a date or an agenda.",
     "Previous rounds produced prisoner exchanges and the return of soldiers\u2019 bodies but no progress toward a cease-fire."],
    "diplomacy", "diplomacy", 2, "kremlin-istanbul-talks-possible-2028-07-03", a="Elias Morrow"), where="Reporting from Kyiv, Ukraine"),
  X(E("2028-07-03 07:24", "Ukrainian drones set a fuel depot ablaze in Russia\u2019s Bryansk region, officials say.",
    ["A fire broke out at an oil storage site near the town of Unecha after a drone attack overnight, the governor of Russia\u2019s Bryansk region said on Monday, adding that no one had been hurt.",
     "Ukraine\u2019s General Staff said the depot supplied fuel to Russian units operating near the northern border."],
    "strikes", "strikes", 2, "bryansk-fuel-depot-drone-strike-2028-07-03", a="Oksana Drach"), where="Reporting from Kharkiv, Ukraine"),
  X(E("2028-07-03 05:41", "Russia launched 140 drones at Ukraine overnight, the air force says.",
    ["Ukraine\u2019s air force said on Monday that Russia had sent 140 attack and decoy drones across the border overnight, and that 117 of them had been shot down or jammed.",
     "Debris damaged homes in the Sumy and Chernihiv regions. There were no immediate reports of casualties."],
    "strikes", "strikes", 2, "overnight-drone-attack-2028-07-03", a="Oksana Drach"), where="Reporting from Kharkiv, Ukraine"),
  ]))

# ---------------------------------------------------------------- 16101 The Washington Post (live updates, text scrape)
SEEDS.append(dict(
  id="16101", name="16101_washingtonpost-live", ext="txt", source="The Washington Post", zone="America/New_York", render=r_wapo,
  title="Ukraine live updates: Three dead in Lutsk as Russia steps up drone barrage",
  dek="The strike on the western city came as the State Department cleared a European-funded sale of Patriot interceptors to Kyiv.",
  byline="By Natalka Bryn, Caleb Winthrop and Sofia Ambrose", published="2028-07-05 06:00", comments=214,
  lede="Here's the latest on Russia's war in Ukraine.",
  basis="bare post stamp '{s}'; the page's only date is in 'Updated July 5, 2028 at 2:02 p.m. EDT|Published July 5, 2028 at 6:00 a.m. EDT', and all posts lie between those two times; EDT = UTC-4; local {d} in {z}",
  notes="Imitates a Washington Post live-updates page as copied from the browser. Newest first. Each post: bare 12-hour time line ('2:02 p.m.', no date, no zone), headline, optional photo caption ending '(Name/Agency)', 'By NAME', body, 'Link copied'. The page's only dates and zone are in the header line 'Updated July 5, 2028 at 2:02 p.m. EDT|Published July 5, 2028 at 6:00 a.m. EDT'. Per-post authors. 16101-05 is an analysis (theme piece) about the Kostiantynivka front.",
  not_entries=["'Skip to main content', Sign in / Subscribe", "masthead and tagline 'Democracy Dies in Darkness'", "section navigation", "'LIVE' label",
               "page headline (page title) and the dek under it", "page byline 'By Natalka Bryn, Caleb Winthrop and Sofia Ambrose'",
               "'Updated ... EDT|Published ... EDT' line", "'Gift Article' / 'Share' / 'Comment 214'", "intro line 'Here's the latest on Russia's war in Ukraine.'",
               "photo captions ending '(Name/Agency)' inside posts", "'Link copied' after each post", "World Brief newsletter sign-up after the fourth post",
               "'Show more updates'", "footer and copyright"],
  entries=[
  E("2028-07-05 14:02", "U.S. clears $1.1 billion Patriot interceptor sale to Ukraine, paid for by European allies",
    ["The State Department approved the sale of several hundred Patriot interceptors to Ukraine on Wednesday under an arrangement in which Germany, the Netherlands and Norway will pay the bill, officials said.",
     "The approval moves the package to Congress for a formal review period. A senior Ukrainian official said the first missiles could arrive before the autumn, when Russia typically intensifies attacks on the power grid."],
    "aid", "aid", 3, "us-patriot-sale-european-funded-2028-07-05", a="Caleb Winthrop"),
  E("2028-07-05 12:40", "Russian drones damage port facilities in Odesa, two injured",
    ["Russian drones hit port infrastructure in Odesa in the early afternoon, wounding two dock workers and setting fire to a storage building, regional governor Oleh Kiper said.",
     "Grain loading at the port continued at other berths, according to Ukraine's seaport authority."],
    "strikes", "strikes", 2, "odesa-port-drone-strike-2028-07-05", a="Natalka Bryn"),
  E("2028-07-05 11:15", "Ukraine says sea drone sank Russian patrol boat off Crimea",
    ["Ukraine's military intelligence agency said Wednesday that one of its naval drones had sunk a Russian patrol boat near the western tip of Crimea, releasing a grainy video of the attack.",
     "Russia's Defense Ministry said its forces had destroyed several unmanned boats in the Black Sea overnight but did not mention any losses."],
    "strikes", "strikes", 2, "sea-drone-sinks-russian-patrol-boat-2028-07-05", a="Natalka Bryn"),
  X(E("2028-07-05 09:48", "E.U. foreign ministers back new sanctions on Russia's shadow fleet",
    ["European Union foreign ministers agreed in principle Wednesday to blacklist about 90 more tankers that carry Russian oil in breach of Western price limits, diplomats said.",
     "Formal adoption still requires sign-off from all 27 member states. Hungary and Slovakia have held up previous packages to win concessions on energy."],
    "diplomacy", "diplomacy", 3, "eu-shadow-fleet-sanctions-2028-07-05", a="Sofia Ambrose"),
    cap="EU foreign policy chief Kaja Kallas arrives at a meeting in Brussels on Wednesday. (Pieter Vanlaere/AP)"),
  E("2028-07-05 08:25", "Analysis: Why Russia keeps throwing troops at Kostiantynivka",
    ["For more than a year, Russian commanders have tried to grind their way into Kostiantynivka, a battered industrial city that shields the last large Ukrainian-held towns in the Donetsk region.",
     "Ukrainian officers say Russia now sends groups of two or three soldiers on motorbikes rather than armored columns, which are too easily spotted by drones. The method is costly but slowly gains ground.",
     "Military analysts say the city's fall would expose Druzhkivka and Kramatorsk to artillery fire, which is why both sides treat it as pivotal."],
    "other", "frontline", 2, "analysis-kostiantynivka-front-2028-07", a="Caleb Winthrop", n="theme piece (analysis)"),
  E("2028-07-05 07:05", "Poland detains two men accused of plotting sabotage for Russia",
    ["Polish prosecutors said Wednesday that two men had been detained on suspicion of planning arson attacks on a rail hub used to move aid to Ukraine, acting on orders from Russian intelligence.",
     "Warsaw has blamed Moscow for a series of fires and attempted derailments over the past three years."],
    "other", "security", 2, "poland-sabotage-arrests-2028-07-05", a="Sofia Ambrose"),
  X(E("2028-07-05 06:10", "Three killed in Lutsk as Russia launches more than 300 drones overnight",
    ["Three people were killed and 11 injured when drones struck a residential area of Lutsk in northwestern Ukraine, city officials said Wednesday, as Russia launched 312 drones and 9 missiles against the country overnight.",
     "Ukraine's air force said most of the drones were shot down or jammed. Lutsk, about 60 miles from the Polish border, is rarely hit."],
    "strikes", "strikes", 3, "lutsk-drone-strike-2028-07-05", a="Natalka Bryn"),
    cap="A damaged apartment block in Lutsk on Wednesday. (Marko Hrytsai/AFP/Getty Images)"),
  ]))

# ---------------------------------------------------------------- 16102 The Telegraph (live blog, text scrape)
TG_BY = "Imogen Ashcroft and Tom Caldwell"
SEEDS.append(dict(
  id="16102", name="16102_telegraph-live", ext="txt", source="The Telegraph", zone="Europe/London", render=r_telegraph,
  title="Ukraine-Russia war latest: Four killed as missile hits Dnipro",
  dek="Sir Keir Starmer promises \u00a3350m for air defence as Kremlin rules out a summit with Zelensky",
  byline=f"By {TG_BY}", comments=386,
  topics="Russia-Ukraine war, Vladimir Putin, Volodymyr Zelensky, Sir Keir Starmer",
  basis="bare post stamp '{s}' (no zone printed; UK local time, BST = UTC+1); the only date is the page line 'Updated 7 July 2028 5:40pm'; local {d} in {z}",
  notes="Imitates a Telegraph live blog as copied from the browser. Newest first. Each post: bare 12-hour time line ('5:40pm'), headline, body, optional 'Credit: Reuters' photo line. No zone is printed anywhere: the Telegraph prints UK local time (BST in July). The page's only date is 'Updated 7 July 2028 5:40pm' under the byline. No per-post authors: the page byline 'By Imogen Ashcroft and Tom Caldwell' is used as every entry's author (one string). 16102-01 is a 'Watch:' video post with no text (player chrome 'Play video' / '0:58' only) showing the ammunition-train strike of 16102-03.",
  not_entries=["'Skip to content', Subscribe now / Log in", "masthead and section navigation", "'World News' section label", "page headline (page title) and standfirst",
               "page byline and 'Updated 7 July 2028 5:40pm'", "'Related Topics' and its list", "'386 comments' count",
               "video player chrome 'Play video' and '0:58' in the Watch post", "'Credit: ...' photo lines", "Front Page newsletter promo after the third post",
               "'Load more posts', 'Join the conversation', 'Show comments (386)'", "footer links and copyright"],
  entries=[
  E("2028-07-07 17:40", "Watch: Ukrainian drone hits Russian ammunition train", [],
    "strikes", "strikes", 1, "kursk-ammunition-train-drone-strike-2028-07-07", a=TG_BY, n="video teaser without text; shows the strike of 16102-03"),
  X(E("2028-07-07 16:55", "Starmer pledges \u00a3350m for Ukraine\u2019s air defence",
    ["Sir Keir Starmer has announced \u00a3350 million to buy air defence missiles for Ukraine, saying Britain would \u201cnot let Putin freeze Ukrainians into submission\u201d this winter.",
     "The money, drawn from the UK\u2019s existing military support budget, will pay for interceptors made in Belfast and for radar systems to be delivered before October.",
     "Speaking alongside the Ukrainian prime minister in Downing Street, Sir Keir said the package would be the first of several announcements before the autumn."],
    "aid", "aid", 3, "uk-350m-air-defence-pledge-2028-07-07", a=TG_BY), credit="Lewis Harcourt/PA"),
  E("2028-07-07 15:20", "Ukrainian drone destroys Russian ammunition train in Kursk region",
    ["Ukrainian forces have struck a Russian train carrying ammunition in the Kursk region, setting off a string of explosions that lasted for more than an hour, according to Ukraine\u2019s military intelligence.",
     "Russian Telegram channels reported that a railway line near the town of Lgov had been closed. The Kursk governor said only that a \u201cfire on railway infrastructure\u201d was being dealt with."],
    "strikes", "strikes", 2, "kursk-ammunition-train-drone-strike-2028-07-07", a=TG_BY),
  E("2028-07-07 13:45", "Kremlin: Putin-Zelensky meeting \u2018not on the agenda\u2019",
    ["The Kremlin has said that a meeting between Vladimir Putin and Volodymyr Zelensky is \u201cnot on the agenda\u201d, dismissing suggestions from Ankara that the two leaders could meet in Turkey this summer.",
     "Dmitry Peskov said any summit would have to \u201ccrown\u201d a finished agreement rather than start negotiations."],
    "diplomacy", "diplomacy", 2, "kremlin-rules-out-putin-zelensky-meeting-2028-07-07", a=TG_BY),
  X(E("2028-07-07 11:30", "Four killed as Russian missile hits Dnipro",
    ["At least four people have been killed and 19 injured after a Russian ballistic missile hit the centre of Dnipro, regional officials said.",
     "The missile struck close to a shopping street shortly after 11am local time. Images from the scene showed burnt-out cars and shattered shop fronts.",
     "Serhiy Lysak, the head of the city\u2019s military administration, said two of the injured were children."],
    "strikes", "strikes", 3, "dnipro-missile-strike-2028-07-07", a=TG_BY), credit="Reuters"),
  E("2028-07-07 09:10", "Britain sanctions 20 more shadow fleet tankers",
    ["The Foreign Office has added 20 tankers to its sanctions list, accusing them of carrying Russian oil in breach of the price cap and of sailing without proper insurance through the Channel.",
     "Britain has now sanctioned more than 500 vessels linked to the so-called shadow fleet."],
    "diplomacy", "diplomacy", 2, "uk-shadow-fleet-sanctions-2028-07-07", a=TG_BY),
  E("2028-07-07 07:25", "Russia claims two villages in Dnipropetrovsk region",
    ["Russia\u2019s defence ministry claims its forces have captured two villages in the eastern part of the Dnipropetrovsk region, where Moscow\u2019s troops crossed the regional boundary last year.",
     "Ukraine\u2019s general staff said fighting continued around both settlements."],
    "other", "frontline", 2, "russia-claims-dnipropetrovsk-villages-2028-07-07", a=TG_BY),
  ]))

# ---------------------------------------------------------------- 16103 The Times (live coverage, HTML, oldest first)
SEEDS.append(dict(
  id="16103", name="16103_thetimes-live", ext="html", source="The Times", zone="Europe/London", render=r_times,
  title="Ukraine war latest: Putin says Russia is \u2018open to talks\u2019 as drones kill two in Kyiv",
  dek="Germany promises two more Patriot systems by the autumn while Zelensky replaces a senior commander",
  author="Hannah Reyland", where="Kyiv", published="2028-07-10 06:00", comments=57,
  lede="Follow the day\u2019s events as they happened.",
  basis="bare post stamp '{s}' (no zone on the post; UK local time as in the page dateline '... BST'); the date comes from the dateline 'Monday July 10 2028, 6.00am BST'; local {d} in {z}",
  notes="Imitates a live-coverage article on The Times (thetimes.com), HTML with NewsArticle JSON-LD (no liveBlogUpdate). Dateline 'Monday July 10 2028, 6.00am BST, The Times' and 'Updated Monday July 10 2028, 4.20pm BST' (no comma between day and year, dot in the time). Posts OLDEST first, each a bare '6.15am' time above an h3 headline; no per-post author, so the page byline 'Hannah Reyland' (printed 'Hannah Reyland, Kyiv') is every entry's author. 'Comments (57)' and a related-articles box are chrome.",
  not_entries=["masthead and navigation", "section label 'WORLD | EUROPE'", "page headline (page title) and standfirst", "byline 'Hannah Reyland, Kyiv'",
               "dateline 'Monday July 10 2028, 6.00am BST, The Times' and the 'Updated ...' line", "Share / Save / 'Comments (57)' bar",
               "intro 'Follow the day\u2019s events as they happened.'", "photo captions with agency credits", "'Related articles' box after the third post",
               "comments section heading and guidelines line", "footer"],
  entries=[
  X(E("2028-07-10 06:15", "Two killed as drones hit Kyiv apartment blocks",
    ["Two people were killed and nine injured when Russian drones struck residential buildings in Kyiv\u2019s Obolon and Sviatoshynskyi districts overnight, the city\u2019s military administration said.",
     "Vitali Klitschko, the mayor, said a fire on the upper floors of one block had been put out by morning. Ukraine\u2019s air force said it had downed 96 of 118 drones launched across the country."],
    "strikes", "strikes", 3, "kyiv-overnight-drone-strike-2028-07-10", a="Hannah Reyland"),
    cap="Residents outside a damaged building in the Obolon district PHOTO: DMYTRO KALENYK/AP"),
  E("2028-07-10 08:40", "Putin: Russia \u2018open to talks\u2019 but will not accept European troops",
    ["Vladimir Putin has said Russia remains \u201copen to negotiations\u201d with Ukraine but will never accept the deployment of European troops on Ukrainian soil as part of any settlement.",
     "Speaking at a meeting with his security council, the Russian president said Moscow\u2019s conditions had not changed, including Ukraine\u2019s withdrawal from the parts of four regions it still holds."],
    "diplomacy", "diplomacy", 3, "putin-open-to-talks-no-european-troops-2028-07-10", a="Hannah Reyland"),
  E("2028-07-10 10:05", "Germany to deliver two more Patriot systems by autumn",
    ["Germany will hand over two more Patriot air defence systems to Ukraine by October, Boris Pistorius, the defence minister, said during a visit to a Bundeswehr air defence unit.",
     "Berlin will pay for the launchers and an initial stock of interceptors, at a cost put by German media at about \u20ac2 billion."],
    "aid", "aid", 3, "germany-two-more-patriots-2028-07-10", a="Hannah Reyland"),
  E("2028-07-10 12:30", "Ukraine claims strike on Volgograd oil refinery",
    ["Ukraine\u2019s general staff said its drones had hit the Lukoil refinery in Volgograd overnight, causing a fire at a primary processing unit.",
     "The regional governor said debris from a downed drone had caused a blaze that was quickly extinguished."],
    "strikes", "strikes", 2, "volgograd-refinery-drone-strike-2028-07-10", a="Hannah Reyland"),
  E("2028-07-10 14:50", "British troops join Nato exercise in Estonia",
    ["About 900 British soldiers are taking part in a Nato exercise in Estonia that began today, rehearsing how to reinforce the Baltic states if Russia attacked.",
     "Estonian officials said the drills would include the first live firing of Britain\u2019s new long-range rocket launchers on Estonian soil."],
    "other", "security", 2, "nato-exercise-estonia-british-troops-2028-07-10", a="Hannah Reyland"),
  E("2028-07-10 16:20", "Zelensky replaces commander of eastern troops",
    ["Volodymyr Zelensky has replaced the commander of Ukraine\u2019s eastern group of forces after months of criticism over losses near Kostiantynivka.",
     "In his evening address the president said the change was needed to \u201cbring fresh eyes\u201d to the defence of the Donetsk region. The outgoing general will take a post at the general staff."],
    "other", "politics", 2, "zelensky-replaces-eastern-commander-2028-07-10", a="Hannah Reyland"),
  ]))

# ---------------------------------------------------------------- 16104 Daily Mail (Reuters wires index, text scrape)
SEEDS.append(dict(
  id="16104", name="16104_dailymail-wires", ext="txt", source="Daily Mail", zone="Europe/London", render=r_dailymail,
  title="Reuters",
  basis="wire stamp 'Published: {s}' (date, 24-hour time and BST printed; BST = UTC+1); local {d} in {z}",
  notes="Imitates the MailOnline wires index for Reuters copy ('Wires' > 'Reuters'), as copied from the browser. Newest first. Each item: headline, 'By Reuters', 'Published: 18:42 BST, 12 July 2028 | Updated: 18:51 BST, 12 July 2028', summary paragraph(s) that begin with the Reuters dateline ('KYIV, July 12 (Reuters) - '), 'e-mail' and share count. The stamp is the Published part (the Updated time is later and is not the publication time). Author = 'Reuters' (agency credit). Three of eight items are off the war (Spain heat, China exports, oil prices).",
  not_entries=["'Skip to main content', masthead and channel navigation", "sub-navigation (Latest Headlines, World News, ...)", "'Wires' label and the 'Reuters' heading (page title)",
               "'By Reuters' credit lines", "'Updated: ...' halves of the stamp lines", "'e-mail' and 'N shares' lines", "'Advertisement' after the fourth item",
               "'More top stories', 'Back to top'", "footer navigation, publisher line and legal links"],
  entries=[
  X(E("2028-07-12 18:42", "Russia says it downed 46 Ukrainian drones over border regions",
    ["MOSCOW, July 12 (Reuters) - Russian air defences destroyed 46 Ukrainian drones over the Belgorod, Kursk and Bryansk regions on Wednesday afternoon, the defence ministry said.",
     "Belgorod's governor said a woman was injured when a drone hit a car near the town of Shebekino. Reuters could not independently verify the reports."],
    "strikes", "strikes", 2, "russia-downs-46-drones-border-regions-2028-07-12", a="Reuters"), wire="Reuters", shares=2),
  X(OFF("2028-07-12 17:10", "Spain swelters as thermometers top 45C in Andalusia",
    ["MADRID, July 12 (Reuters) - Temperatures passed 45 degrees Celsius in parts of Andalusia on Wednesday as Spain's second heatwave of the summer tightened its grip, prompting red alerts in four provinces."],
    "spain-heatwave-2028-07-12", a="Reuters", n="weather"), wire="Reuters", shares=11),
  X(E("2028-07-12 15:28", "EU releases 4 billion euros for Ukraine under long-term support fund",
    ["BRUSSELS, July 12 (Reuters) - The European Commission said on Wednesday it had paid out 4 billion euros to Ukraine, the latest tranche of a multi-year fund that helps Kyiv cover pensions, salaries and reconstruction.",
     "The payment followed a review of reforms including changes to customs and the judiciary, the Commission said."],
    "aid", "aid", 3, "eu-4bn-tranche-ukraine-facility-2028-07-12", a="Reuters"), wire="Reuters", shares=5, upd=14),
  X(OFF("2028-07-12 13:55", "China's June exports rise faster than expected",
    ["BEIJING, July 12 (Reuters) - China's exports grew 6.1% year on year in June, beating forecasts, as shipments to Southeast Asia and Africa offset weaker demand from the United States, customs data showed on Wednesday."],
    "china-june-exports-2028", a="Reuters", n="economy"), wire="Reuters"),
  X(E("2028-07-12 12:20", "Zelensky says no ceasefire talks while Russia bombs cities",
    ["KYIV, July 12 (Reuters) - Ukrainian President Volodymyr Zelensky said on Wednesday that talk of a ceasefire was \"meaningless\" while Russia kept up nightly air attacks, urging allies to tighten sanctions instead.",
     "He spoke in Kyiv after meeting the foreign ministers of Finland and Estonia."],
    "diplomacy", "diplomacy", 3, "zelensky-no-ceasefire-talks-under-bombing-2028-07-12", a="Reuters"), wire="Reuters", shares=3),
  X(E("2028-07-12 10:05", "Romania finds drone fragments on its soil after Russian attack near Danube",
    ["BUCHAREST, July 12 (Reuters) - Romania's defence ministry said on Wednesday that fragments of a drone had been found near the village of Plauru, across the Danube from the Ukrainian port of Izmail, after a Russian overnight attack on the port.",
     "The ministry said there were no injuries and that NATO allies had been informed."],
    "other", "security", 2, "romania-drone-fragments-plauru-2028-07-12", a="Reuters", sec=["strikes"]), wire="Reuters", shares=1),
  X(OFF("2028-07-12 08:30", "Oil steady ahead of OPEC+ meeting",
    ["LONDON, July 12 (Reuters) - Oil prices were little changed on Wednesday as traders waited for an OPEC+ meeting later this week that could decide whether to add more supply in August."],
    "oil-prices-opec-meeting-2028-07-12", a="Reuters", n="markets"), wire="Reuters"),
  X(E("2028-07-12 06:45", "Russian shelling kills three in Kherson, governor says",
    ["KYIV, July 12 (Reuters) - Russian artillery fire killed three people and wounded six in the southern Ukrainian city of Kherson early on Wednesday, regional governor Oleksandr Prokudin said.",
     "Shells hit a bus stop and a market in the Dniprovskyi district, close to the river that separates the two armies."],
    "strikes", "strikes", 3, "kherson-shelling-2028-07-12", a="Reuters"), wire="Reuters", shares=4),
  ]))


# ---------------------------------------------------------------- Part A renderers, second half

def r_economist_rss(S):
    """The Economist section RSS (Europe), RSS 2.0 as generated by 'RSS for Node': CDATA titles and one-sentence rubrics
    as descriptions, pubDate in GMT, no authors; a weekly edition drops several items at the same second."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
           'xmlns:atom="http://www.w3.org/2005/Atom" version="2.0">', '<channel>',
           '<title><![CDATA[Europe]]></title>', '<description><![CDATA[Europe]]></description>', '<link>https://www.economist.com/europe</link>',
           '<image><url>https://www.economist.com/engassets/ico/favicon.f1ea9088.ico</url><title>Europe</title><link>https://www.economist.com/europe</link></image>',
           '<generator>RSS for Node</generator>', f'<lastBuildDate>{rfc822(last.astimezone(UTC), gmt=True)}</lastBuildDate>',
           '<atom:link href="https://www.economist.com/europe/rss.xml" rel="self" type="application/rss+xml"/>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d.astimezone(UTC), gmt=True); stamps.append(st)
        link = f"https://www.economist.com/{e.get('sect', 'europe')}/{d.year}/{d.month:02d}/{d.day:02d}/{slugify(e['h'])}"
        out += ['<item>', f'<title><![CDATA[{e["h"]}]]></title>', f'<description><![CDATA[{" ".join(e["p"])}]]></description>',
                f'<link>{link}</link>', f'<guid isPermaLink="false">{link}</guid>', f'<pubDate>{st}</pubDate>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_bloomberg(S):
    """Bloomberg 'Ukraine Latest' article, HTML with NewsArticle JSON-LD. Bullet abstract, page byline, 'July 14, 2028 at
    2:04 AM EDT' + 'Updated on ...'; lede; 'Key Developments' bullets (summaries that link out, not the updates); then timed
    updates newest first, each an h2 'Headline In Title Case (9:40 a.m. NY)' followed by paragraphs; '(Updates with ...)'
    and '\u2014 With assistance from ...' lines at the end."""
    z = S["zone"]; order_check(S, True)
    pub = dt(S["published"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "description": S["abstract"][0],
          "datePublished": zulu_ms(pub), "dateModified": zulu_ms(last),
          "author": [{"@type": "Person", "name": n} for n in S["authors"]],
          "publisher": {"@type": "Organization", "name": "Bloomberg"}, "isAccessibleForFree": False}
    def line(d):
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year} at {ampm(d, space=' ', caps=True)} EDT"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - Bloomberg</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="media-ui-Navi"><a href="/" class="bb-logo">Bloomberg</a><nav><a>Markets</a> <a>Economics</a> <a>Industries</a> <a>Tech</a> '
           '<a>AI</a> <a>Politics</a> <a>Wealth</a> <a>Pursuits</a> <a>Opinion</a> <a>Businessweek</a> <a>Green</a> <a>CityLab</a> <a>Crypto</a></nav>'
           '<a href="/live">Live TV</a> <a href="/subscriptions">Subscribe</a> <a href="/account/signin">Sign In</a></header>',
           '<main><article><div class="eyebrow"><a href="/politics">Politics</a></div>', f'<h1 class="headline">{esc(S["title"])}</h1>',
           '<ul class="abstract">' + "".join(f'<li>{esc(b)}</li>' for b in S["abstract"]) + '</ul>',
           '<div class="byline">By ' + " and ".join(f'<a href="/authors/{slugify(n)}">{esc(n)}</a>' for n in S["authors"]) + '</div>',
           f'<div class="timestamps"><time datetime="{zulu_ms(pub)}">{line(pub)}</time> <span>Updated on <time datetime="{zulu_ms(last)}">{line(last)}</time></span></div>',
           '<div class="actions"><button>Save</button> <button>Gift this article</button> <button>Listen</button></div>',
           f'<div class="body-content"><p>{esc(S["lede"])}</p>', '<p><strong>Key Developments:</strong></p><ul>']
    out += [f'<li><a href="{k[1]}">{esc(k[0])}</a></li>' for k in S["keydev"]]
    out.append('</ul><p><em>(Sign up here for our Ukraine newsletter, with news and analysis delivered to your inbox every weekday.)</em></p>')
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, space=' ', dots=True)} NY"; stamps.append(st)
        out.append(f'<h2>{esc(e["h"])} ({st})</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
    out += [f'<p><em>(Updates with {esc(S["updnote"])}.)</em></p>', f'<p>\u2014 With assistance from {esc(S["assist"])}</p>',
            '</div></article><aside class="more"><h3>More From Bloomberg</h3><a>Russia\u2019s Budget Gap Widens as Oil Income Falls</a> '
            '<a>European Defense Stocks Rally on Spending Plans</a></aside></main>',
            f'<footer><a>Terms of Service</a> <a>Do Not Sell or Share My Personal Information</a> <a>Trademarks</a> <a>Privacy Policy</a> '
            f'<span>\u00a9{pub.year} Bloomberg L.P. All Rights Reserved</span> <a>Careers</a> <a>Made in NYC</a> <a>Advertise</a> <a>Help</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_ft(S):
    """Financial Times topic stream 'War in Ukraine', saved with the browser's print function (en-GB): the print header
    'DD/MM/YYYY, HH:MM <title>' tops each printed page and is the only clock; the URL and page counter are in the footer.
    Teasers newest first: topic tag, headline, standfirst (no full stop, FT style), optional columnist name, relative
    time ('12 minutes ago', '3 hours ago')."""
    z = S["zone"]; order_check(S, True); ref = dt(S["ref"], z)
    head = f"{ref:%d/%m/%Y, %H:%M} War in Ukraine | Financial Times"
    L = [head, "", "Skip to main content", "Skip to navigation", "", "Financial Times", "myFT", "Search the FT", "Subscribe", "Sign In", "",
         "HOME   WORLD   US   COMPANIES   TECH   MARKETS   CLIMATE   OPINION   LEX   WORK & CAREERS   LIFE & ARTS   HTSI", "",
         "War in Ukraine", "Add to myFT", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        if mins < 60:
            st = f"{mins} minutes ago"
        else:
            assert mins % 60 == 0, e["t"]
            st = "1 hour ago" if mins == 60 else f"{mins // 60} hours ago"
        stamps.append(st)
        L += [e["tag"], e["h"]] + e["p"] + ([e["a"]] if e["a"] else []) + [st, ""]
        if i == 3:
            L += [f"{S['url']} 1/2", "", head, ""]
    L += ["Load more", "", "Follow the topics in this article", "War in Ukraine   Russia   Ukraine   European defence", "",
          "Useful links", "Support   View Site Tips   Help Centre   Contact Us   About Us   Accessibility   myFT Tour   Careers", "",
          f"Markets data delayed by at least 15 minutes. \u00a9 THE FINANCIAL TIMES LTD {ref.year}. FT and \u2018Financial Times\u2019 are trademarks of The Financial Times Ltd.",
          "", f"{S['url']} 2/2"]
    return "\n".join(L) + "\n", stamps


def r_politico(S):
    """POLITICO Europe 'Brussels Playbook' newsletter page, HTML with NewsArticle JSON-LD: page byline, one dateline
    'July 18, 2028 6:58 am CEST', AI audio player blurb, greeting, then ALL-CAPS section heads (one entry each, no per-section
    time), subscribe boxes, sign-off credits."""
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": d0.isoformat(),
          "dateModified": d0.isoformat(), "author": [{"@type": "Person", "name": S["author"]}],
          "publisher": {"@type": "NewsMediaOrganization", "name": "POLITICO"}, "articleSection": "Newsletter"}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2013 POLITICO</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header><a class="logo" href="https://www.politico.eu">POLITICO</a><nav><a>Newsletters</a> <a>Podcasts</a> <a>Poll of Polls</a> '
           '<a>Policy news</a> <a>Events</a> <a>Pro</a></nav><span class="edition">Europe</span> <a>Subscribe</a> <a>Log in</a></header>',
           '<main><article><p class="kicker">BRUSSELS PLAYBOOK</p>', '<p class="kicker-sub">Newsletter</p>', f'<h1>{esc(S["title"])}</h1>',
           f'<p class="byline">By <a href="/author/{slugify(S["author"])}">{esc(S["author"])}</a></p>',
           f'<p class="date-time"><time datetime="{d0.isoformat()}">{MONTHS[d0.month - 1]} {d0.day}, {d0.year} {ampm(d0, space=" ")} CEST</time></p>',
           '<div class="audio"><p>Press play to listen to this article</p><p>Voiced by artificial intelligence.</p></div>',
           f'<p>{esc(S["greeting"])}</p>']
    for i, e in enumerate(S["entries"]):
        out.append(f'<h3>{esc(e["h"])}</h3>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if i == 1:
            out.append('<div class="newsletter-box"><p>SUBSCRIBE to the POLITICO Brussels Playbook newsletter and never miss the morning briefing.</p></div>')
    out += [f'<p>{esc(S["signoff"])}</p>', '</article><aside><h4>Related</h4><a>Europe\u2019s defense spending tracker</a></aside></main>',
            f'<footer>\u00a9 {d0.year} POLITICO SRL <a>About us</a> <a>Privacy policy</a> <a>Cookie settings</a> <a>Terms of service</a></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_nbc_rss(S):
    """NBC News world RSS 2.0: pubDate in GMT, plain-text description, media:thumbnail with credit, no authors."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0">', '<channel>',
           '<title>NBC News World News</title>', '<link>https://www.nbcnews.com/world</link>',
           '<description>The latest world news from NBC News.</description>', '<language>en-US</language>',
           f'<lastBuildDate>{rfc822(last.astimezone(UTC), gmt=True)}</lastBuildDate>',
           '<atom:link href="https://feeds.nbcnews.com/nbcnews/public/world" rel="self" type="application/rss+xml"/>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d.astimezone(UTC), gmt=True); stamps.append(st)
        link = f"https://www.nbcnews.com/news/world/{slugify(e['h'])}-rcna{301240 + i * 37}"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="false">{link}</guid>',
                f'<pubDate>{st}</pubDate>', f'<description>{esc(" ".join(e["p"]))}</description>',
                f'<media:thumbnail url="https://media-cldnry.s-nbcnews.com/image/upload/t_fit-760w,f_auto,q_auto:best/rockcms/{d.year}-07/{260720 + i}.jpg"/>',
                f'<media:credit>{esc(e.get("credit", "Getty Images"))}</media:credit>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


# ---------------------------------------------------------------- 16105 The Economist (Europe section RSS)
SEEDS.append(dict(
  id="16105", name="16105_economist-europerss", ext="xml", source="The Economist", zone="UTC", render=r_economist_rss,
  title="Europe",
  basis="RSS pubDate '{s}' (explicit GMT = UTC); local {d} in {z}",
  notes="Imitates The Economist's Europe-section RSS feed (RSS for Node): CDATA titles, the article rubric as the only description text, pubDate in GMT, no authors (The Economist prints no bylines). The weekly edition's items share one pubDate second (19:20:00), so several entries have the same time; page order is newest first. Three of six items are off the war (Spanish housing, German pensions, Polish politics). Economist rubrics are single sentences and count as the one body paragraph.",
  not_entries=["channel title 'Europe' (page title), description, link, image, generator, lastBuildDate, atom:link", "item link and guid elements"],
  entries=[
  E("2028-07-13 19:20", "Russia\u2019s summer offensive is grinding, not breaking through",
    ["Its troops are advancing in Donetsk, but at a cost the Kremlin will struggle to sustain."],
    "other", "frontline", 2, "economist-russia-summer-offensive-2028-07"),
  OFF("2028-07-13 19:20", "Spain\u2019s housing shortage is becoming a political crisis",
    ["Rents in Madrid and Barcelona have doubled in a decade, and the government is running out of ideas."],
    "spain-housing-shortage-2028-07", n="Spanish housing"),
  E("2028-07-13 19:20", "Ukraine\u2019s arms-makers want to sell abroad",
    ["Kyiv is cautiously loosening a wartime ban on weapons exports."],
    "other", "politics", 2, "ukraine-arms-export-easing-2028-07"),
  OFF("2028-07-13 19:20", "Germany\u2019s pension reform pits young against old",
    ["Friedrich Merz wants Germans to work longer, and his coalition partners are balking."],
    "germany-pension-reform-2028-07", n="German politics"),
  E("2028-07-13 14:05", "Who will pay for Ukraine\u2019s air defences?",
    ["Interceptors are scarce, dear and increasingly bought by Europeans on Kyiv\u2019s behalf."],
    "aid", "aid", 2, "economist-who-pays-ukraine-air-defence-2028-07"),
  OFF("2028-07-13 09:30", "Poland\u2019s government and president clash again",
    ["A fight over judges threatens to stall lawmaking in Warsaw."],
    "poland-government-president-clash-2028-07", n="Polish politics"),
  ]))

# ---------------------------------------------------------------- 16106 Bloomberg (Ukraine Latest, HTML)
BB_BY = "Olena Marchuk and Piotr Sadowski"
SEEDS.append(dict(
  id="16106", name="16106_bloomberg-latest", ext="html", source="Bloomberg", zone="America/New_York", render=r_bloomberg,
  title="Ukraine Latest: Rutte Pledges More Air Defense on Kyiv Visit",
  abstract=["NATO chief says allies will send more systems before winter", "Russian missile strike on Sumy kills three, governor says"],
  authors=["Olena Marchuk", "Piotr Sadowski"], published="2028-07-14 02:04",
  lede="NATO Secretary General Mark Rutte traveled to Kyiv and promised more air-defense deliveries, as Russia kept up strikes on Ukraine\u2019s northern border regions.",
  keydev=[("Rutte Says Ukraine\u2019s Allies Must Not Let Winter Catch Them Short", "https://www.bloomberg.com/news/articles/2028-07-14/rutte-winter-air-defense"),
          ("Europe\u2019s Fertilizer Makers Push for Tougher Curbs on Russian Imports", "https://www.bloomberg.com/news/articles/2028-07-13/fertilizer-russia-curbs")],
  updnote="Rutte comments from 12:58 p.m.", assist="Aliaksandr Kudrytski and Jorge Valero",
  basis="update stamp '{s}' in the subhead (New York time, EDT = UTC-4); the date comes from the page line 'July 14, 2028 at 2:04 AM EDT ... Updated on July 14, 2028 at 12:58 PM EDT'; local {d} in {z}",
  notes="Imitates a Bloomberg 'Ukraine Latest' running story (HTML, NewsArticle JSON-LD, no liveBlogUpdate). Abstract bullets, byline 'By Olena Marchuk and Piotr Sadowski', 'July 14, 2028 at 2:04 AM EDT' and 'Updated on July 14, 2028 at 12:58 PM EDT', a lede, a 'Key Developments:' list of links to other Bloomberg stories (not entries and not a Key Points block: its items are not the updates' headlines), then timed updates newest first: h2 'Headline In Title Case (9:40 a.m. NY)'; headline = the subhead without the parenthesised time, stamp = the time inside the parentheses. The page byline (two names) is every entry's author. '(Updates with ...)' and '\u2014 With assistance from ...' are chrome.",
  not_entries=["header navigation, Live TV / Subscribe / Sign In", "'Politics' eyebrow", "page headline (page title)", "abstract bullets under the headline",
               "byline and the 'July 14, 2028 at 2:04 AM EDT / Updated on ...' line", "Save / Gift this article / Listen buttons", "lede paragraph",
               "'Key Developments:' heading and its two linked headlines", "newsletter sign-up line in parentheses", "'(Updates with ...)' line",
               "'\u2014 With assistance from ...' line", "'More From Bloomberg' links", "footer"],
  entries=[
  E("2028-07-14 12:58", "Rutte Visits Kyiv, Says Allies Will Send More Air Defense Before Winter",
    ["NATO allies will deliver additional air-defense systems and interceptors to Ukraine before the heating season starts, Secretary General Mark Rutte said at a news conference in Kyiv with President Volodymyr Zelenskiy.",
     "Rutte didn\u2019t name the countries involved. Zelenskiy said Ukraine still needed at least 10 more Patriot batteries to cover its main cities and energy sites."],
    "aid", "aid", 3, "rutte-kyiv-visit-air-defense-2028-07-14", a=BB_BY, sec=["diplomacy"]),
  E("2028-07-14 11:20", "EU Envoys Back Tariffs on Remaining Russian Fertilizer Imports",
    ["European Union ambassadors endorsed a plan to raise tariffs on fertilizer from Russia and Belarus to levels that would halt most imports within two years, according to people familiar with the matter.",
     "The measure still needs approval from the European Parliament."],
    "diplomacy", "diplomacy", 2, "eu-tariffs-russian-fertilizer-2028-07-14", a=BB_BY),
  E("2028-07-14 09:40", "Russian Missile Strike on Sumy Kills Three, Governor Says",
    ["A Russian Iskander missile hit an industrial area of Sumy in northeastern Ukraine, killing three people and injuring 12, regional Governor Oleh Hryhorov said on Telegram.",
     "Sumy, about 30 kilometers from the Russian border, has been under near-daily attack since Russian forces pushed into the region last year."],
    "strikes", "strikes", 3, "sumy-missile-strike-2028-07-14", a=BB_BY),
  E("2028-07-14 07:15", "Ukraine Says Drones Hit Saratov Refinery, Halting Crude Unit",
    ["Ukrainian drones struck the Saratov oil refinery overnight, forcing the plant to halt its main crude-distillation unit, a person familiar with the situation said.",
     "Ukraine\u2019s General Staff confirmed the strike. Saratov\u2019s governor said debris had damaged several homes."],
    "strikes", "strikes", 2, "saratov-refinery-drone-strike-2028-07-14", a=BB_BY),
  E("2028-07-14 05:30", "Turkey Offers to Host Talks on Black Sea Shipping Safety",
    ["Turkey is ready to host Russian and Ukrainian officials for talks on the safety of commercial shipping in the Black Sea, Foreign Minister Hakan Fidan said in an interview with a Turkish broadcaster.",
     "Attacks on ports and tankers have pushed up insurance rates for vessels calling at Ukrainian and Russian ports."],
    "diplomacy", "diplomacy", 3, "turkey-black-sea-shipping-talks-offer-2028-07-14", a=BB_BY),
  E("2028-07-14 03:05", "Russia Fires Four Ballistic Missiles at Kharkiv Region Overnight",
    ["Russia launched four Iskander-M ballistic missiles at the Kharkiv region overnight, Ukraine\u2019s air force said, adding that two were intercepted.",
     "Regional officials reported damage to a warehouse and power lines but no casualties."],
    "strikes", "strikes", 2, "kharkiv-region-ballistic-missiles-2028-07-14", a=BB_BY),
  ]))

# ---------------------------------------------------------------- 16107 Financial Times (topic stream, print capture)
SEEDS.append(dict(
  id="16107", name="16107_ft-warinukraine", ext="txt", source="Financial Times", zone="Europe/London", render=r_ft,
  title="War in Ukraine", ref="2028-07-17 16:12", url="https://www.ft.com/war-in-ukraine",
  basis="relative stamp '{s}' counted back from the browser print header '17/07/2028, 16:12' (the capture clock, UK time, BST = UTC+1); local {d} in {z}",
  notes="Imitates the FT.com 'War in Ukraine' topic stream saved with the browser's print function (en-GB locale). The print header '17/07/2028, 16:12 War in Ukraine | Financial Times' tops each printed page (it appears twice) and is the only clock on the page; the footer carries the URL and a page counter. Teasers newest first: topic tag line, headline, standfirst (FT standfirsts have no full stop, so first_sentence is the whole standfirst line), optional columnist name, relative time ('12 minutes ago', '3 hours ago'). Every stamp is counted back from 16:12 UK time (BST). Only the Opinion piece carries a name (author); the others have none. 16107-03 is an opinion column (theme piece on air defence).",
  not_entries=["browser print header '17/07/2028, 16:12 War in Ukraine | Financial Times' (twice)", "'Skip to main content' / 'Skip to navigation'",
               "masthead, myFT, search, Subscribe, Sign In", "section navigation", "topic heading 'War in Ukraine' (page title) and 'Add to myFT'",
               "topic tag line above each headline ('War in Ukraine', 'Opinion', 'Russian economy', ...)", "print footer 'https://www.ft.com/war-in-ukraine 1/2' and '2/2'",
               "'Load more'", "'Follow the topics in this article' and its list", "'Useful links' footer", "markets-data and copyright line"],
  entries=[
  X(E("2028-07-17 16:00", "Kyiv secures $2bn loan backed by frozen Russian assets",
    ["Payment is the largest so far under the G7 scheme that uses windfall profits from immobilised central bank reserves"],
    "aid", "aid", 3, "kyiv-2bn-loan-frozen-assets-2028-07-17"), tag="War in Ukraine"),
  X(E("2028-07-17 15:12", "Russia\u2019s war economy slows as oil revenues slide",
    ["Central bank signals further rate cuts as growth stalls and the budget deficit widens"],
    "other", "politics", 2, "russia-war-economy-slowdown-2028-07-17"), tag="Russian economy"),
  X(E("2028-07-17 13:12", "The west must stop rationing Ukraine\u2019s air defence",
    ["Every interceptor withheld today is paid for in Ukrainian lives and power stations this winter"],
    "aid", "aid", 2, "ft-opinion-rationing-ukraine-air-defence-2028-07", a="Miriam Holloway", n="theme piece (opinion column)"), tag="Opinion"),
  X(E("2028-07-17 11:12", "Ukraine hits Russian airbase in Crimea with long-range drones",
    ["Satellite images show damage to hangars at Saky, home to naval aviation units"],
    "strikes", "strikes", 2, "saky-airbase-drone-strike-2028-07-17"), tag="War in Ukraine"),
  X(E("2028-07-17 09:12", "Europe\u2019s defence groups race to expand missile output",
    ["MBDA and Rheinmetall add shifts as governments place multiyear orders for air defence"],
    "other", "security", 2, "europe-defence-missile-output-2028-07-17"), tag="European defence"),
  X(E("2028-07-17 07:12", "Russian missile attack on Kryvyi Rih kills five",
    ["Strike on Zelenskyy\u2019s home city hits apartment block and a school building"],
    "strikes", "strikes", 3, "kryvyi-rih-missile-strike-2028-07-17"), tag="War in Ukraine"),
  X(E("2028-07-17 05:12", "Trump says he is \u2018very disappointed\u2019 in Putin after new strikes",
    ["US president threatens fresh tariffs on buyers of Russian oil but sets no deadline"],
    "diplomacy", "diplomacy", 3, "trump-disappointed-putin-2028-07-17"), tag="US foreign policy"),
  ]))

# ---------------------------------------------------------------- 16108 Politico Europe (Brussels Playbook, HTML)
PB_BY = "Zosia Wrenn"
SEEDS.append(dict(
  id="16108", name="16108_politicoeu-playbook", ext="html", source="Politico Europe", zone="Europe/Brussels", render=r_politico,
  title="Brussels Playbook: Ukraine cash crunch \u2014 Tanker list grows \u2014 Steel safeguard fight",
  author=PB_BY, dateline_t="2028-07-18 06:58",
  greeting="Good morning and welcome to Brussels Playbook. I\u2019m Zosia Wrenn, and it\u2019s a foreign affairs council kind of Tuesday.",
  signoff="THANKS to our editor Rory Tallis and producer Ana Pereira.",
  basis="no per-section time: the newsletter's dateline 'July 18, 2028 6:58 am CEST' (Brussels time, UTC+2) applies to every section; local {d} in {z}",
  notes="Imitates a POLITICO Europe 'Brussels Playbook' newsletter page (HTML, NewsArticle JSON-LD). One byline and one dateline ('July 18, 2028 6:58 am CEST'); no per-section times, so stamp is null and published is the dateline time for every entry. Each ALL-CAPS section head ('DRIVING THE DAY: ...') is one entry with that head as headline. The greeting, the audio-player blurb, the subscribe box and the sign-off credits are chrome. Author = the page byline. Two sections are off the war (EU steel safeguards, a Parliament vote on AI rules).",
  not_entries=["site header and navigation", "'BRUSSELS PLAYBOOK' / 'Newsletter' kickers", "page headline (page title)", "byline and dateline",
               "'Press play to listen to this article' / 'Voiced by artificial intelligence.'", "greeting paragraph 'Good morning and welcome ...'",
               "subscribe box after the second section", "sign-off 'THANKS to our editor ...'", "'Related' aside", "footer"],
  entries=[
  E("2028-07-18 06:58", "DRIVING THE DAY: FOREIGN MINISTERS TRY AGAIN ON UKRAINE CASH",
    ["EU foreign ministers meet in Brussels today with one item that matters more than the rest: how to cover Ukraine\u2019s budget gap for next year, which the Commission puts at roughly \u20ac45 billion.",
     "Kaja Kallas wants capitals to commit to a new round of bilateral grants before the summer break. Several ministers told Playbook they would rather wait for the autumn budget talks.",
     "Expect Ukraine\u2019s Foreign Minister Andrii Sybiha to join by video link and to make the point that delays cost more later."],
    "diplomacy", "diplomacy", 3, "eu-foreign-ministers-ukraine-funding-2028-07-18", a=PB_BY, sec=["aid"]),
  E("2028-07-18 06:58", "SANCTIONS LATEST: THE 30TH PACKAGE TAKES SHAPE",
    ["The draft of the next sanctions package is circulating. It adds about 60 tankers to the shadow-fleet list and targets three Chinese refiners accused of processing Russian crude.",
     "Diplomats expect Slovakia to ask for energy carve-outs before signing off."],
    "diplomacy", "diplomacy", 2, "eu-30th-sanctions-package-draft-2028-07", a=PB_BY),
  E("2028-07-18 06:58", "UKRAINE FRONT: OVERNIGHT STRIKES ON LVIV",
    ["Russian missiles and drones hit Lviv overnight, killing two people and damaging a warehouse used by a humanitarian charity, the city\u2019s mayor Andriy Sadovyi said.",
     "Lviv, close to the Polish border, is often used by EU officials as a stopover on the way to Kyiv."],
    "strikes", "strikes", 3, "lviv-overnight-strike-2028-07-18", a=PB_BY),
  E("2028-07-18 06:58", "ENLARGEMENT WATCH: KYIV\u2019S FIRST CLUSTERS",
    ["Officials say the opening of the first negotiating clusters with Ukraine and Moldova is pencilled in for September, provided Hungary lifts its objections.",
     "Budapest still wants written guarantees on the rights of the Hungarian minority in western Ukraine."],
    "diplomacy", "diplomacy", 2, "eu-ukraine-accession-clusters-2028-07", a=PB_BY),
  OFF("2028-07-18 06:58", "STEEL SAFEGUARD FIGHT",
    ["The Commission\u2019s plan to halve tariff-free steel import quotas has split capitals, with Italy and Spain worried about prices for carmakers and builders."],
    "eu-steel-safeguards-2028-07", a=PB_BY, n="EU trade policy"),
  OFF("2028-07-18 06:58", "MEANWHILE IN STRASBOURG: AI RULES DELAY",
    ["MEPs vote this week on a one-year delay to parts of the AI Act covering general-purpose models, after heavy lobbying by European start-ups."],
    "eu-ai-act-delay-vote-2028-07", a=PB_BY, n="EU tech regulation"),
  ]))

# ---------------------------------------------------------------- 16109 NBC News (world RSS)
SEEDS.append(dict(
  id="16109", name="16109_nbcnews-worldrss", ext="xml", source="NBC News", zone="UTC", render=r_nbc_rss,
  title="NBC News World News",
  basis="RSS pubDate '{s}' (explicit GMT = UTC); local {d} in {z}",
  notes="Imitates the NBC News world RSS feed: RSS 2.0, newest first, pubDate in GMT, plain-text one-paragraph descriptions, media:thumbnail and media:credit (photo agency, not an author); no authors. NBC spells the Ukrainian president 'Zelenskyy'. Three of seven items are off the war (heat wave, typhoon, Olympics).",
  not_entries=["channel title (page title), link, description, language, lastBuildDate, atom:link", "item link and guid", "media:thumbnail / media:credit photo credits"],
  entries=[
  X(E("2028-07-20 21:40", "Russian drone hits bus in Nikopol, killing 5",
    ["A Russian drone struck a city bus in Nikopol, across the river from the Russian-occupied Zaporizhzhia nuclear plant, killing five passengers and wounding eight, Ukrainian officials said Thursday."],
    "strikes", "strikes", 3, "nikopol-bus-drone-strike-2028-07-20"), credit="Reuters"),
  OFF("2028-07-20 19:05", "Heat wave grips southern Europe as Greece closes the Acropolis",
    ["Greek authorities closed the Acropolis to visitors during the hottest hours of the day as temperatures in Athens climbed above 43 degrees Celsius (109 Fahrenheit)."],
    "southern-europe-heat-wave-2028-07-20", n="weather"),
  X(E("2028-07-20 16:30", "Zelenskyy meets Pope Leo at Castel Gandolfo",
    ["Ukrainian President Volodymyr Zelenskyy met Pope Leo XIV at the papal summer residence on Thursday and asked for the Vatican\u2019s help in returning Ukrainian children taken to Russia."],
    "diplomacy", "diplomacy", 3, "zelenskyy-pope-leo-meeting-2028-07-20"), credit="Vatican Media"),
  OFF("2028-07-20 13:15", "Typhoon forces 200,000 to evacuate in southern China",
    ["More than 200,000 people were moved to shelters in Guangdong province as a typhoon approached the coast with winds of up to 110 mph, state media reported."],
    "southern-china-typhoon-2028-07-20", n="weather"),
  X(E("2028-07-20 10:50", "American volunteer fighting for Ukraine killed near Pokrovsk, family says",
    ["A 34-year-old former Marine from Ohio who joined Ukraine\u2019s International Legion has been killed in fighting in the Donetsk region, his family said in a statement."],
    "other", "frontline", 2, "american-volunteer-killed-donetsk-2028-07-20"), credit="Courtesy family"),
  OFF("2028-07-20 08:20", "U.S. women win 4x100 freestyle relay gold at LA Olympics",
    ["The United States won the women\u2019s 4x100-meter freestyle relay at the Los Angeles Games on Wednesday night, edging Australia by less than a tenth of a second."],
    "la-olympics-swimming-relay-2028-07-20", n="sport"),
  E("2028-07-20 05:35", "Russia and Ukraine swap 84 prisoners each in UAE-brokered exchange",
    ["Russia and Ukraine exchanged 84 prisoners of war each on Thursday in a deal mediated by the United Arab Emirates, both countries\u2019 officials said."],
    "diplomacy", "diplomacy", 3, "uae-brokered-prisoner-swap-2028-07-20"),
  ]))


# ================================================================ Part B renderers (invented outlets)

def r_quillfeather(S):
    """text live, newest first; 'Key Points' block of headlines; note 'All times BST'; stamp line '5.50pm' before the
    headline; 'Posted by NAME' line after the headline."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"], "Home  |  UK  |  World  |  Money  |  Sport  |  Culture  |  Live", "", "LIVE", S["title"], S["dateline"], "", S["lede"], "",
         "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "All times BST", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, sep="."); stamps.append(st)
        L += [st, e["h"]]
        if e["a"]:
            L += [f"Posted by {e['a']}"]
        L += [""] + (ptxt(e["p"]) if e["p"] else ["[Video: 1 min 12 sec]", ""])
        if i == 2:
            L += ["Get our Ukraine Briefing by email every weekday at 7am. Sign up here.", ""]
    L += ["Show older posts", "", f"\u00a9 {S['source']} 2028  |  Terms  |  Privacy  |  Corrections"]
    return "\n".join(L) + "\n", stamps


def r_pewsmere(S):
    """HTML live, OLDEST first; LiveBlogPosting JSON-LD with per-update datePublished (+03:00) and author; visible bare '09:58'
    in <time datetime>, a page note 'Kyiv time'; author in a span after the headline."""
    z = S["zone"]; order_check(S, False)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#p{i + 1}", "headline": e["h"], "datePublished": d.isoformat(),
             "articleBody": "\n".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "description": S["lede"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "coverageEndTime": (last + timedelta(hours=4)).isoformat(), "liveBlogUpdate": ups,
          "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2014 {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header><div class="brand">{esc(S["source"])}</div><nav><a>War</a> <a>Politics</a> <a>Business</a> <a>Kyiv</a> <a>Opinion</a> '
           '<a>Donate</a></nav></header>', '<main>', f'<h1>{esc(S["title"])}</h1>',
           f'<div class="meta">{esc(S["dateline"])} \u00b7 Kyiv time</div>', f'<p class="lead">{esc(S["lede"])}</p>', '<section class="feed">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="post" id="p{i + 1}"><time datetime="{d.isoformat()}">{st}</time>')
        out.append(f'<h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<div class="post-author">{esc(e["a"])}</div>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('</div>')
        if i == 3:
            out.append('<div class="support">Independent journalism from Kyiv depends on readers. <a>Support us</a></div>')
    out += ['</section></main>', f'<footer>{esc(S["source"])} \u00b7 About \u00b7 Ethics code \u00b7 Contacts</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_rss(S):
    """generic RSS 2.0, newest first: pubDate with S['rfc'] ('GMT' or the zone's numeric offset); description as escaped
    paragraphs; dc:creator only when the entry has an author."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>',
           f'<language>{S.get("lang", "en")}</language>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = rfc822(d.astimezone(UTC), gmt=True) if S["rfc"] == "GMT" else rfc822(d); stamps.append(st)
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{S["url"]}/story/{i + 4410}</link>',
                f'<guid isPermaLink="false">{S["guid"]}-{i + 4410}</guid>', f'<pubDate>{st}</pubDate>', f'<category>{esc(e.get("cat", "World"))}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description>' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_kestrava(S):
    """text article with section headings (one entry per section), page byline and a numeric dateline '25.07.2028, 17:20'
    (no zone printed; Warsaw time); no per-section stamps."""
    d0 = dt(S["dateline_t"], S["zone"])
    L = [S["source"], "World  /  Europe  /  War in Ukraine", "", S["title"], "", S["lede"], "",
         f"{S['byline']}  |  {d0:%d.%m.%Y, %H:%M}", "", "Share  \u00b7  Print  \u00b7  A+ A-", ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 0:
            L += [S["photo"], ""]
    L += ["Read also: " + S["more"], "", f"\u00a9 {d0.year} {S['source']}. All rights reserved."]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_cindergate(S):
    """HTML live, newest first, no JSON-LD; bare '19:10' in a <span> above the h3, 'All times Kyiv' in the header meta,
    author below the h3; a photo gallery placeholder for a 'Photos:' post."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title></head><body>',
           f'<header><a class="logo">{esc(S["source"])}</a> <nav><a>Front page</a> <a>War</a> <a>Economy</a> <a>Regions</a> <a>Culture</a> <a>Podcasts</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<div class="meta">{esc(S["dateline"])} \u00b7 All times Kyiv (EEST)</div>',
           f'<p class="intro">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="entry"><span class="entry-time">{st}</span>')
        out.append(f'<h3>{esc(e["h"])}</h3>')
        if e["a"]:
            out.append(f'<div class="entry-author">{esc(e["a"])}</div>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery"><div class="gallery-count">1 / 12</div></div>')
        out.append('</div>')
        if i == 2:
            out.append('<aside><h4>Also read</h4><a>How Ukraine\u2019s grain corridor survived three summers of attacks</a></aside>')
    out += ['<p class="older"><a>Tuesday\u2019s live blog</a></p></main>', f'<footer>{esc(S["source"])} \u00b7 Editorial policy \u00b7 Advertising \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_atom(S):
    """Atom 1.0, newest first; <published> ISO with the zone's offset (Z for UTC); escaped-HTML <content>; optional author."""
    z = S["zone"]; order_check(S, True)
    iso = lambda d: d.isoformat().replace("+00:00", "Z")
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link rel="alternate" href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/atom.xml"/>',
           f'<id>tag:{S["url"].split("//")[1]},2028:feed</id>', f'<updated>{iso(dt(S["entries"][0]["t"], z))}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        out += ['<entry>', f'<title>{esc(e["h"])}</title>', f'<link rel="alternate" href="{S["url"]}/a/{i + 7730}"/>',
                f'<id>tag:{S["url"].split("//")[1]},2028:{i + 7730}</id>', f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_coorabin(S):
    """text live, OLDEST first, Sydney time: '3.20pm AEST' line before the headline; a day-divider line when the blog runs
    past local midnight; page byline (per-post 'By NAME, Outlet' only on syndicated posts)."""
    z = S["zone"]; order_check(S, False)
    first = dt(S["entries"][0]["t"], z)
    L = [S["source"].upper(), "News  \u00b7  World  \u00b7  Business  \u00b7  Sport  \u00b7  Lifestyle", "", S["title"],
         f"{DAYS_EN[first.weekday()]} {first.day} {MONTHS[first.month - 1]} {first.year}", S["byline"], "", S["lede"], ""]
    stamps = []; day = first.date()
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        if d.date() != day:
            day = d.date(); L += [f"{DAYS_EN[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year}", ""]
        st = f"{ampm(d, sep='.')} AEST"; stamps.append(st)
        L += [st, e["h"]]
        if e.get("synd"):
            L += [e["synd"]]
        L += [""] + ptxt(e["p"])
        if e.get("credit"):
            L += [e["credit"], ""]
        if i == 2:
            L += ["ADVERTISEMENT", ""]
    L += ["That's all from us for today. Our live coverage resumes tomorrow morning.", "", f"{S['source']}  \u00b7  Contact  \u00b7  Privacy  \u00b7  Terms"]
    return "\n".join(L) + "\n", stamps


def r_orvelle(S):
    """text live, OLDEST first, NO year anywhere; date line 'Saturday 29 July \u00b7 Kyiv time'; bare '07:10' before the headline;
    page byline 'Live: NAME, NAME'."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "Latest \u00b7 Ukraine \u00b7 Region \u00b7 Analysis \u00b7 Video", "", S["title"], S["dateline"], S["byline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + (ptxt(e["p"]) if e["p"] else ["\u25b6 Play video (0:41)", ""])
        if i == 3:
            L += ["Like our live blog? Subscribe to the evening newsletter.", ""]
    L += ["End of today's live coverage.", "", f"{S['source']} \u00b7 About us \u00b7 Contact \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_alcaravan(S):
    """HTML live, newest first; LiveBlogPosting JSON-LD whose updates all carry the PAGE's datePublished (so only the visible
    stamps tell the times); visible '14:40 CEST' in <time>; signature after the body."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ups = [{"@type": "BlogPosting", "@id": f"{S['url']}#e{len(S['entries']) - i}", "headline": S["title"], "datePublished": first.isoformat(),
            "dateModified": last.isoformat(), "articleBody": " ".join(e["p"])[:300]} for i, e in enumerate(S["entries"])]
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
          "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header>{esc(S["source"])} <em>English edition</em> <nav><a>Spain</a> <a>Europe</a> <a>World</a> <a>Economy</a> <a>Opinion</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="date">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} CEST"; stamps.append(st)
        out.append(f'<div class="lb-post" id="e{len(S["entries"]) - i}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="firma">{esc(e["a"])}</p>')
        out.append('</div>')
        if i == 1:
            out.append('<div class="promo">Receive the Alcaravan Post morning newsletter</div>')
    out += ['</main>', f'<footer>{esc(S["source"])} \u00b7 Contact \u00b7 Legal notice \u00b7 Cookie policy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ================================================================ PART B: three multi-source days (invented outlets)
# Day 1 = 2028-07-25 (UTC), day 2 = 2028-07-26, day 3 = 2028-07-29.
ZAP = "zaporizhzhia-missile-strike-2028-07-25"
REF = "syzran-refinery-drone-strike-2028-07-25"
SWAP = "uae-mediated-prisoner-exchange-2028-07-25"
IRIST = "germany-four-iris-t-systems-2028-07-25"
ANALYSIS = "analysis-zaporizhzhia-air-defence-gap"
ANALYSIS_H = "Analysis: Why Zaporizhzhia is so hard to defend"
ANALYSIS_P = ["Zaporizhzhia sits barely 30 kilometres from the front line, which gives its air defences only seconds of warning when Russia fires ballistic missiles from the occupied south.",
              "Patriot batteries, the only systems that reliably stop such missiles, are concentrated around Kyiv and a handful of energy sites. Moving one south would leave a gap elsewhere, and each launcher needs interceptors that Ukraine can no longer count on receiving.",
              "Local officials have asked for years for a permanent battery. Until one arrives, the city\u2019s defence rests on early warning, shelters and short-range guns that can do little against a missile falling at several times the speed of sound."]

# ---------------------------------------------------------------- 16120 Quillfeather Post (day 1, text live)
SEEDS.append(dict(
  id="16120", name="16120_quillfeather-textlive", ext="txt", source="Quillfeather Post", zone="Europe/London", render=r_quillfeather,
  title="Ukraine war live: seven killed in Zaporizhzhia missile strike",
  dateline="Tuesday 25 July 2028",
  lede="Russian ballistic missiles hit a bus depot and flats in the southern city during the morning rush; Germany announces more IRIS-T air defence.",
  basis="stamp '{s}' (UK time: the page prints 'All times BST', BST = UTC+1) under the dateline 'Tuesday 25 July 2028'; local {d} in {z}",
  notes="Invented outlet (UK). Text live blog, newest first. 'Key Points' block lists two post headlines (16120-01, 16120-02: key_point true). 'All times BST' note; each post is a 12-hour stamp with a dot ('5.50pm'), the headline, 'Posted by NAME', body. 16120-04 is a 'Watch:' teaser with only a video placeholder. 16120-03 is a theme piece (analysis of the city's air-defence gap): it mentions the strike but is its own story (must not merge with the strike); it is re-posted verbatim on day 2 by 16132. Zaporizhzhia toll grows 2 -> 5 -> 7 on this page.",
  not_entries=["outlet name and navigation", "'LIVE' label", "page title", "dateline 'Tuesday 25 July 2028'", "lede", "'Key Points' block (two headlines repeated from posts)",
               "'All times BST'", "'Posted by ...' lines", "video placeholder '[Video: 1 min 12 sec]'", "newsletter promo after the third post",
               "'Show older posts'", "footer"],
  entries=[
  E("2028-07-25 17:50", "Zaporizhzhia death toll rises to seven",
    ["Seven people are now known to have died in this morning\u2019s missile strike on Zaporizhzhia, including a 12-year-old girl, the regional governor Ivan Fedorov said. Thirty-one people were injured.",
     "Rescuers finished clearing the bus depot in the early afternoon but were still working at the damaged block of flats nearby."],
    "strikes", "strikes", 3, ZAP, a="Ruth Ellery", kp=True, n="toll 7, 31 injured"),
  E("2028-07-25 16:30", "Germany pledges four more IRIS-T systems",
    ["Germany will send four more IRIS-T air defence systems to Ukraine, with the first arriving before the end of September, defence minister Boris Pistorius said in Berlin.",
     "He said the decision had been taken before today\u2019s attack on Zaporizhzhia but that it showed \u201cwhy every launcher counts\u201d."],
    "aid", "aid", 3, IRIST, a="Daniel Okafor", kp=True, n="must not merge with Norway's drone funding (16121-03), another aid pledge the same day"),
  E("2028-07-25 14:15", ANALYSIS_H, ANALYSIS_P, "strikes", "strikes", 2, ANALYSIS, a="Ruth Ellery",
    n="theme piece (analysis); mentions the Zaporizhzhia strike but is its own story: must not merge with it"),
  E("2028-07-25 12:40", "Watch: Rescuers search rubble of Zaporizhzhia bus depot", [], "strikes", "strikes", 1, ZAP, a="Daniel Okafor",
    n="teaser without body (video only)"),
  E("2028-07-25 11:05", "Zelensky: Russia \u2018chose the morning rush hour\u2019",
    ["Volodymyr Zelensky said Russia had deliberately timed its missile strike on Zaporizhzhia for the hour when bus drivers and passengers gather at the depot, and said at least five people had been killed.",
     "\u201cThere is no military target here, only people going to work,\u201d he wrote on Telegram, renewing his appeal for Patriot systems."],
    "strikes", "strikes", 3, ZAP, a="Ruth Ellery", sec=["aid"], n="reaction whose content is the attack; toll 5"),
  E("2028-07-25 09:20", "Drones hit Syzran refinery in Russia\u2019s Samara region",
    ["Ukrainian drones struck the Syzran oil refinery overnight, starting a large fire, according to Russian local officials and Ukrainian military sources.",
     "The governor of the Samara region said there were no casualties. The refinery, about 800 kilometres from the front, has been hit several times before."],
    "strikes", "strikes", 3, REF, a="Daniel Okafor"),
  E("2028-07-25 08:10", "Missiles strike Zaporizhzhia; at least two dead",
    ["Russian ballistic missiles have hit Zaporizhzhia in southern Ukraine, killing at least two people and injuring 14, according to the regional administration.",
     "The missiles struck a municipal bus depot and a nine-storey residential building shortly before 10am local time."],
    "strikes", "strikes", 3, ZAP, a="Daniel Okafor", n="first report; toll 2"),
  ]))

# ---------------------------------------------------------------- 16121 Pewsmere Herald (day 1, HTML live with LiveBlogPosting)
SEEDS.append(dict(
  id="16121", name="16121_pewsmere-ldlive", ext="html", source="Pewsmere Herald", zone="Europe/Kyiv", render=r_pewsmere,
  title="Live: Russian missiles hit Zaporizhzhia; 205 prisoners come home",
  url="https://pewsmere-herald.example/live/2028-07-25", dateline="25 July 2028",
  lede="Our rolling coverage of Tuesday\u2019s events in Ukraine.",
  basis="visible stamp '{s}' in <time datetime> (Kyiv time, EEST = UTC+3, printed as 'Kyiv time' in the header) on '25 July 2028'; the LiveBlogPosting JSON-LD gives the same instant per update; local {d} in {z}",
  notes="Invented outlet (Kyiv, English). HTML live blog, OLDEST first. LiveBlogPosting JSON-LD with one BlogPosting per update (headline, per-update datePublished with +03:00, author). Visible bare 'HH:MM' in <time datetime>, header '25 July 2028 \u00b7 Kyiv time'; author line under each headline. 16121-06 is a near-verbatim re-publication of 16121-02 (duplicate_of 16121-02; one word changed). 16121-01 (overnight glide bombs on Orikhiv, same Zaporizhzhia region) must not merge with the city strike. 16121-03 (Norway funds interceptor drones) must not merge with Germany's IRIS-T pledge.",
  not_entries=["header brand and navigation", "page title", "'25 July 2028 \u00b7 Kyiv time' line", "lead paragraph", "support-us box after the fourth post", "footer"],
  entries=[
  E("2028-07-25 07:30", "Overnight: glide bombs hit Orikhiv, one injured",
    ["Russian aircraft dropped at least six guided bombs on Orikhiv in the Zaporizhzhia region overnight, injuring a 64-year-old man and destroying two houses, the regional administration said."],
    "strikes", "strikes", 2, "orikhiv-glide-bombs-2028-07-25", a="Taras Voloshko",
    n="same region, other attack (overnight glide bombs on a frontline town): must not merge with the Zaporizhzhia city missile strike"),
  E("2028-07-25 09:58", "Ballistic missiles hit Zaporizhzhia bus depot",
    ["Two people were killed and 14 injured when Russian ballistic missiles struck a bus depot and an apartment building in Zaporizhzhia at 09:40, governor Ivan Fedorov said.",
     "Buses that were about to leave on morning routes caught fire. Ambulances were taking the wounded to the regional hospital."],
    "strikes", "strikes", 3, ZAP, a="Iryna Savchuk", n="first report; toll 2"),
  E("2028-07-25 11:20", "Norway to fund Ukrainian interceptor drones",
    ["Norway will pay about 2.5 billion kroner for interceptor drones made by Ukrainian companies to hunt Shahed-type drones, the Norwegian defence ministry said."],
    "aid", "aid", 2, "norway-funds-interceptor-drones-2028-07-25", a="Taras Voloshko",
    n="same theme (air-defence aid), other event: must not merge with Germany's IRIS-T pledge"),
  E("2028-07-25 13:05", "Zaporizhzhia: five dead, rescuers still searching",
    ["The death toll from the morning strike on Zaporizhzhia has risen to five, the State Emergency Service said. Rescuers were still searching the upper floors of the damaged building."],
    "strikes", "strikes", 3, ZAP, a="Iryna Savchuk", n="toll 5"),
  E("2028-07-25 15:40", "205 prisoners return home in UAE-brokered swap",
    ["Ukraine and Russia each released 205 prisoners of war in an exchange mediated by the United Arab Emirates, the Coordination Headquarters for the Treatment of POWs said.",
     "Among those returned were soldiers captured in 2022 during the defence of Mariupol."],
    "diplomacy", "diplomacy", 3, SWAP, a="Taras Voloshko"),
  E("2028-07-25 17:10", "Ballistic missiles hit Zaporizhzhia bus depot",
    ["Two people were killed and 14 injured when Russian ballistic missiles struck a bus depot and an apartment building in Zaporizhzhia at 09:40, governor Ivan Fedorov said.",
     "Buses that were about to leave on their morning routes caught fire. Ambulances were taking the wounded to the regional hospital."],
    "strikes", "strikes", 1, ZAP, a="Iryna Savchuk", dup="16121-02", n="near-verbatim repeat of 16121-02 (CMS re-publication; 'on morning routes' -> 'on their morning routes')"),
  E("2028-07-25 19:25", "Kallas: Zaporizhzhia attack \u2018a deliberate choice\u2019",
    ["EU foreign policy chief Kaja Kallas said the strike on Zaporizhzhia, which killed seven people, was \u201ca deliberate choice to hit civilians at rush hour\u201d and called on member states to speed up air-defence deliveries."],
    "strikes", "strikes", 3, ZAP, a="Iryna Savchuk", sec=["diplomacy"], n="reaction whose content is the attack; toll 7"),
  ]))

# ---------------------------------------------------------------- 16122 Lanternhythe World Service (day 1, general world RSS)
SEEDS.append(dict(
  id="16122", name="16122_lanternhythe-worldrss", ext="xml", source="Lanternhythe World Service", zone="UTC", render=r_rss, rfc="GMT",
  title="Lanternhythe World Service \u2013 World", url="https://lanternhythe.example/world", guid="lws-20280725",
  lede="Top world stories from the Lanternhythe World Service",
  basis="RSS pubDate '{s}' (explicit GMT = UTC); local {d} in {z}",
  notes="Invented outlet. General world-news RSS 2.0, newest first, pubDate in GMT, no authors. The war is a minority: 4 of 6 items are off-beat (Olympics, Greek wildfires, Bangladesh floods, US Federal Reserve). Spells the main-story city 'Zaporozhye' (toll 8, the latest figure of the day).",
  not_entries=["channel title/link/description/language", "item link, guid and category elements"],
  entries=[
  X(OFF("2028-07-25 20:15", "Kenya takes women\u2019s 1,500m gold in Los Angeles",
    ["Kenya won the women\u2019s 1,500 metres at the Los Angeles Olympics on Tuesday evening, leading a one-two finish in front of a sold-out Coliseum."],
    "la-olympics-womens-1500m-2028-07-25", n="sport"), cat="Sport"),
  E("2028-07-25 17:40", "Zaporozhye strike toll climbs to eight",
    ["The number of people killed by Tuesday morning\u2019s Russian missile strike on the Ukrainian city of Zaporozhye has risen to eight after an injured man died in hospital, officials said."],
    "strikes", "strikes", 3, ZAP, n="spelling 'Zaporozhye'; toll 8"),
  OFF("2028-07-25 14:05", "Wildfires force evacuations on Greek island of Evia",
    ["Greek authorities ordered the evacuation of five villages on Evia as strong winds drove a wildfire towards the coast, with water-dropping planes from Italy and Croatia joining the effort."],
    "greece-evia-wildfires-2028-07-25", n="wildfires"),
  E("2028-07-25 11:30", "Russia and Ukraine exchange 205 prisoners each",
    ["Russia and Ukraine swapped 205 prisoners of war each on Tuesday after mediation by the United Arab Emirates, the two sides said."],
    "diplomacy", "diplomacy", 3, SWAP),
  OFF("2028-07-25 08:50", "Monsoon floods displace 300,000 in Bangladesh",
    ["Heavy monsoon rains have flooded large parts of north-eastern Bangladesh, forcing about 300,000 people from their homes, the disaster management ministry said."],
    "bangladesh-monsoon-floods-2028-07-25", n="floods"),
  X(OFF("2028-07-25 05:25", "Fed expected to hold rates as inflation cools",
    ["The US Federal Reserve is expected to keep interest rates unchanged when its two-day meeting ends on Wednesday, after data showed inflation easing for a third month."],
    "us-fed-july-meeting-2028", n="economy"), cat="Business"),
  ]))

# ---------------------------------------------------------------- 16123 Kestrava Review (day 1, text article with sections)
SEEDS.append(dict(
  id="16123", name="16123_kestrava-article", ext="txt", source="Kestrava Review", zone="Europe/Warsaw", render=r_kestrava,
  title="Tuesday in the war: Zaporizhia mourns, Syzran burns, Berlin sends more IRIS-T",
  lede="Our daily digest of the most important developments in Russia\u2019s war against Ukraine.",
  byline="Marta Zielonka", dateline_t="2028-07-25 17:20",
  photo="Photo: Firefighters at the bus depot in Zaporizhia on Tuesday. PAP/EPA",
  more="How Poland\u2019s eastern border is being fortified",
  basis="no per-section time: the article's dateline '25.07.2028, 17:20' (no zone printed; Warsaw time, CEST = UTC+2) applies to every section; local {d} in {z}",
  notes="Invented outlet (Poland, English edition). Text article with three section headings (one entry each, headline = heading), a page byline (author of every entry) and a numeric dateline 'Marta Zielonka  |  25.07.2028, 17:20' with no zone (the outlet's home zone, Warsaw, CEST). No per-section stamps. Spells the main-story city 'Zaporizhia' (toll 7). All three sections are stories other day-1 pages also carry.",
  not_entries=["outlet name and breadcrumb", "article title (page title)", "lede", "byline/dateline line", "share/print widgets", "photo caption with credit after the first section",
               "'Read also: ...' link", "copyright line"],
  entries=[
  E("2028-07-25 17:20", "Deadly strike on Zaporizhia",
    ["Seven people were killed and more than 30 injured when Russian ballistic missiles hit Zaporizhia in the morning, Ukrainian officials said.",
     "The missiles struck a bus depot as drivers were starting their shifts, and a residential building across the road.",
     "President Volodymyr Zelensky again asked Western partners for Patriot systems."],
    "strikes", "strikes", 3, ZAP, a="Marta Zielonka", n="spelling 'Zaporizhia'; toll 7"),
  E("2028-07-25 17:20", "Refinery ablaze in Syzran",
    ["Ukrainian long-range drones set fire to an oil refinery in Syzran, in Russia\u2019s Samara region, Ukrainian military sources said.",
     "Russian officials confirmed a fire but said it had been contained."],
    "strikes", "strikes", 3, REF, a="Marta Zielonka"),
  E("2028-07-25 17:20", "Berlin adds IRIS-T systems",
    ["Germany will deliver four more IRIS-T SLM air-defence systems to Ukraine, Defence Minister Boris Pistorius announced.",
     "With the new pledge, Berlin will have supplied more than 20 of the systems since 2022."],
    "aid", "aid", 3, IRIST, a="Marta Zielonka"),
  ]))

# ---------------------------------------------------------------- day 2 (2028-07-26)
ODESA = "odesa-port-attack-2028-07-26"
STUBB = "stubb-kyiv-visit-drone-deal-2028-07-26"

# ---------------------------------------------------------------- 16130 Cindergate Journal (day 2, HTML live, no JSON-LD)
SEEDS.append(dict(
  id="16130", name="16130_cindergate-htmllive", ext="html", source="Cindergate Journal", zone="Europe/Kyiv", render=r_cindergate,
  title="War diary, 26 July: Odesa port hit overnight; Stubb in Kyiv",
  dateline="Wednesday, 26 July 2028",
  lede="Russian drones and missiles damaged a grain terminal in Odesa; Zaporizhzhia buries its dead; Finland\u2019s president signs a drone deal in Kyiv.",
  basis="bare stamp '{s}' (Kyiv time: header 'All times Kyiv (EEST)', UTC+3) under the dateline 'Wednesday, 26 July 2028'; local {d} in {z}",
  notes="Invented outlet (Kyiv). HTML live blog, newest first, no JSON-LD. Bare 'HH:MM' in a span above each h3, header note 'All times Kyiv (EEST)'; author line under the headline. 16130-04 is a 'Photos:' gallery teaser without text. 16130-01 continues the day-1 Zaporizhzhia story with a new development (toll 9, day of mourning). Odesa toll 1 -> 2 on this page.",
  not_entries=["header logo and navigation", "page title", "dateline and 'All times Kyiv (EEST)'", "intro paragraph", "gallery counter '1 / 12' in the Photos post",
               "'Also read' box after the third post", "link to Tuesday's live blog", "footer"],
  entries=[
  E("2028-07-26 19:10", "Zaporizhzhia mourns as toll reaches nine",
    ["Zaporizhzhia held a day of mourning on Wednesday as the death toll from Tuesday\u2019s missile strike on a bus depot rose to nine. A 58-year-old bus driver died of his injuries in hospital overnight, governor Ivan Fedorov said.",
     "Flags flew at half-mast and entertainment venues stayed closed."],
    "strikes", "strikes", 3, ZAP, a="Olha Marchenko", n="day-2 continuation of the day-1 strike: toll 9, day of mourning"),
  E("2028-07-26 16:45", "Stubb in Kyiv: Finland and Ukraine sign drone production deal",
    ["Finnish President Alexander Stubb and Volodymyr Zelensky signed an agreement in Kyiv under which Finnish and Ukrainian firms will jointly build interceptor drones, with part of the output going to Ukraine\u2019s armed forces.",
     "Stubb, on his third visit to Kyiv, said Finland would also fund a new training centre for drone operators."],
    "diplomacy", "diplomacy", 3, STUBB, a="Andriy Kovalenko", sec=["aid"]),
  E("2028-07-26 13:30", "Rada votes to raise frontline pay",
    ["Ukraine\u2019s parliament passed a law raising monthly payments to soldiers serving in combat positions by about 20%, to be funded from higher taxes on banks\u2019 profits."],
    "other", "politics", 2, "rada-frontline-pay-rise-2028-07-26", a="Olha Marchenko"),
  E("2028-07-26 11:05", "Photos: Odesa grain terminal after the night attack", [], "strikes", "strikes", 1, ODESA, a="Andriy Kovalenko",
    n="teaser without body (photo gallery)"),
  E("2028-07-26 09:40", "Odesa: two dead after overnight strike on port",
    ["A second person has died after the overnight Russian attack on Odesa\u2019s port, the regional administration said. A crew member of a Panama-flagged bulk carrier was killed when a drone hit the ship\u2019s deck."],
    "strikes", "strikes", 3, ODESA, a="Andriy Kovalenko", n="toll 2"),
  E("2028-07-26 06:15", "Drones and missiles target Odesa port overnight",
    ["Russia attacked the port of Odesa overnight with drones and Kalibr cruise missiles, damaging a grain terminal and a cargo ship, governor Oleh Kiper said. One port worker was killed."],
    "strikes", "strikes", 3, ODESA, a="Olha Marchenko", n="first report; toll 1"),
  ]))

# ---------------------------------------------------------------- 16131 Brimscombe Press Agency (day 2, Atom)
SEEDS.append(dict(
  id="16131", name="16131_brimscombe-atom", ext="xml", source="Brimscombe Press Agency", zone="Europe/Berlin", render=r_atom,
  title="Brimscombe Press Agency \u2013 Ukraine", url="https://brimscombe-press.example/ukraine",
  lede="Agency reports on the war in Ukraine",
  basis="Atom <published> '{s}' (explicit +02:00 = Berlin summer time); local {d} in {z}",
  notes="Invented outlet (news agency, Berlin desk). Atom 1.0, newest first, <published> with +02:00, per-entry <author>. Spells the port city 'Odessa' (toll 3). 16131-01 (evening drone attack on the Danube port of Izmail, same Odesa region) must not merge with the overnight Odesa port attack. 16131-02 (Sweden's aid package) must not merge with Finland's drone deal (same aid theme, other event). 16131-05 (Russia's claim of downed Ukrainian drones) is a separate event.",
  not_entries=["feed title, subtitle, links, id and updated elements", "entry link and id elements"],
  entries=[
  E("2028-07-26 20:30", "Drone attack hits Danube port of Izmail",
    ["Russian drones struck port facilities in Izmail on the Danube on Wednesday evening, damaging grain silos and an administrative building, Ukrainian officials said. No casualties were reported."],
    "strikes", "strikes", 2, "izmail-danube-port-drone-strike-2028-07-26", a="Lena Hoffstaedter",
    n="same region (Odesa oblast), other attack: must not merge with the overnight Odesa port attack"),
  E("2028-07-26 17:55", "Sweden unveils 12 billion kronor military aid package for Ukraine",
    ["Sweden will give Ukraine military aid worth 12 billion kronor, including air-defence missiles, artillery ammunition and two more ASC 890 surveillance aircraft, Defence Minister Pal Jonson said.",
     "It is Sweden\u2019s largest single package since the start of the full-scale invasion."],
    "aid", "aid", 3, "sweden-12bn-kronor-aid-package-2028-07-26", a="Jonas Ekholm",
    n="same theme (Nordic support), other event: must not merge with Finland's drone deal"),
  E("2028-07-26 14:20", "Zaporizhzhia declares day of mourning as death toll rises to nine",
    ["Authorities in Zaporizhzhia declared Wednesday a day of mourning after the number of people killed in Tuesday\u2019s Russian missile strike rose to nine.",
     "Nineteen people remain in hospital, four of them in serious condition."],
    "strikes", "strikes", 3, ZAP, a="Lena Hoffstaedter", n="day-2 continuation of the day-1 strike: toll 9"),
  E("2028-07-26 11:45", "Odessa port attack kills three, damages Panama-flagged ship",
    ["The death toll from a Russian overnight drone and missile attack on the Black Sea port of Odessa rose to three, Ukrainian officials said on Wednesday.",
     "A Panama-flagged bulk carrier loading grain was hit and a fire broke out in one of its holds. The ship\u2019s operator said the vessel remained afloat."],
    "strikes", "strikes", 3, ODESA, a="Jonas Ekholm", n="spelling 'Odessa'; toll 3"),
  E("2028-07-26 08:10", "Russia says it downed 38 Ukrainian drones over Crimea and the Black Sea",
    ["Russia\u2019s defence ministry said air defences destroyed 38 Ukrainian drones overnight over Crimea and the Black Sea, as well as two uncrewed boats heading for Sevastopol."],
    "strikes", "strikes", 2, "russia-downs-38-drones-crimea-2028-07-26", a="Jonas Ekholm",
    n="attack in the other direction: must not merge with the Odesa port attack"),
  ]))

# ---------------------------------------------------------------- 16132 Coorabin Daily (day 2, text live, Sydney time, oldest first)
CD_BY = "Ella Norquay"
SEEDS.append(dict(
  id="16132", name="16132_coorabin-textlive", ext="txt", source="Coorabin Daily", zone="Australia/Sydney", render=r_coorabin,
  title="Russia-Ukraine war live: Odesa port struck as Finland\u2019s president visits Kyiv",
  byline=f"Live reporting by {CD_BY}",
  lede="Follow our overnight coverage of the war in Ukraine. All times are Sydney time.",
  basis="stamp '{s}' (Sydney time, AEST = UTC+10, printed in the stamp) under the day line of the page ('Wednesday 26 July 2028', and 'Thursday 27 July 2028' after local midnight); local {d} in {z}",
  notes="Invented outlet (Australia). Text live blog, OLDEST first, stamps '2.10pm AEST' before each headline. The blog runs past Sydney midnight: a day-divider line 'Thursday 27 July 2028' precedes the last post, which is 27 July locally but still 26 July in UTC (the whole page is 2028-07-26 UTC). Page byline 'Live reporting by Ella Norquay' is the author of every post except 16132-02, which carries its own line 'By Ruth Ellery, Quillfeather Post'. 16132-02 is a re-post of day-1 entry 16120-03 (syndicated verbatim: same headline and text; importance 1, same story slug; duplicate_of null because duplicates are marked within a seed only). 16132-03 is a theme piece (explainer on attacks on ports): it mentions the Odesa attack but is its own story (must not merge). 16132-04 repeats 16132-01 nearly verbatim (duplicate_of 16132-01). Odesa toll 1 -> 3 on this page.",
  not_entries=["outlet name and navigation", "page title", "day line 'Wednesday 26 July 2028' and the divider 'Thursday 27 July 2028'", "page byline", "lede",
               "'By Ruth Ellery, Quillfeather Post' syndication line", "'This analysis first appeared in the Quillfeather Post.' credit line", "'ADVERTISEMENT'",
               "closing line 'That's all from us for today ...'", "footer"],
  entries=[
  E("2028-07-26 14:10", "Odesa port hit overnight; Ukraine says grain terminal damaged",
    ["Russian drones and cruise missiles struck the port of Odesa overnight, damaging a grain terminal and a cargo ship and killing one worker, Ukrainian officials say.",
     "The attack came hours after Russia and Ukraine completed a prisoner exchange brokered by the United Arab Emirates."],
    "strikes", "strikes", 3, ODESA, a=CD_BY, n="toll 1"),
  X(E("2028-07-26 15:35", ANALYSIS_H, ANALYSIS_P, "strikes", "strikes", 1, ANALYSIS, a="Ruth Ellery",
    n="re-post of day-1 entry 16120-03 (Quillfeather Post analysis syndicated verbatim): importance 1, same story; duplicate_of null (within-seed only)"),
    synd="By Ruth Ellery, Quillfeather Post", credit="This analysis first appeared in the Quillfeather Post."),
  E("2028-07-26 17:50", "Explainer: Why Russia keeps hitting Ukraine\u2019s Black Sea ports",
    ["Last night\u2019s strike on Odesa was the latest in a long campaign against the ports that carry most of Ukraine\u2019s grain and steel exports.",
     "Russia says it targets military boats and weapons depots, but most of the damage has been to terminals, silos and ships. Each hit raises the cost of insuring vessels that call at Ukrainian ports, which cuts into farmers\u2019 earnings.",
     "Ukraine has pushed Russia\u2019s fleet away from the western Black Sea with sea drones, but it cannot stop drones and missiles launched from the air and from Crimea."],
    "strikes", "strikes", 2, "explainer-russian-attacks-on-black-sea-ports", a=CD_BY,
    n="theme piece (explainer); mentions the Odesa attack but is its own story: must not merge with it"),
  E("2028-07-26 19:30", "Odesa port hit overnight; Ukraine says grain terminal damaged",
    ["Russian drones and cruise missiles struck the port of Odesa overnight, damaging a grain terminal and a cargo ship and killing one worker, Ukrainian officials said.",
     "The attack came hours after Russia and Ukraine completed a prisoner exchange brokered by the United Arab Emirates."],
    "strikes", "strikes", 1, ODESA, a=CD_BY, dup="16132-01", n="near-verbatim repeat of 16132-01 ('say' -> 'said')"),
  E("2028-07-26 21:15", "Russia claims capture of village near Kupiansk",
    ["Russia\u2019s defence ministry says its troops have captured Petropavlivka, a village east of Kupiansk in the Kharkiv region. Ukraine\u2019s military says fighting there continues."],
    "other", "frontline", 2, "russia-claims-petropavlivka-2028-07-26", a=CD_BY),
  E("2028-07-26 23:40", "Finland\u2019s Stubb arrives in Kyiv",
    ["Finnish President Alexander Stubb has arrived in Kyiv on an unannounced visit and is expected to sign an agreement on joint drone production with President Volodymyr Zelensky."],
    "diplomacy", "diplomacy", 3, STUBB, a=CD_BY, sec=["aid"]),
  E("2028-07-27 01:20", "Odesa death toll rises to three",
    ["A third person has died as a result of the overnight attack on Odesa\u2019s port, regional officials say. A worker was found under the rubble of a warehouse at the grain terminal."],
    "strikes", "strikes", 3, ODESA, a=CD_BY, n="toll 3; local date 27 July (after Sydney midnight), UTC 26 July"),
  ]))

# ---------------------------------------------------------------- 16133 Madhukar World Desk (day 2, general world RSS, India time)
SEEDS.append(dict(
  id="16133", name="16133_madhukar-worldrss", ext="xml", source="Madhukar World Desk", zone="Asia/Kolkata", render=r_rss, rfc="num",
  title="Madhukar World Desk: World", url="https://madhukar-world.example", guid="mwd-20280726",
  lede="International news from the Madhukar World Desk",
  basis="RSS pubDate '{s}' (explicit +0530 = India Standard Time); local {d} in {z}",
  notes="Invented outlet (India). General world-news RSS 2.0, newest first, pubDate with +0530, no authors. 4 of 6 items are off-beat (cricket, Mumbai rains, Nepal landslide, Asian markets). Spells the port city 'Odessa' (toll 2). 16133-02 continues the day-1 Zaporizhzhia story (toll 9).",
  not_entries=["channel title/link/description/language", "item link, guid and category elements"],
  entries=[
  X(OFF("2028-07-26 22:45", "India clinch one-day series against Sri Lanka",
    ["India beat Sri Lanka by 46 runs in Colombo on Wednesday to take an unassailable 2-0 lead in the three-match one-day international series."],
    "india-sri-lanka-odi-series-2028-07-26", n="sport"), cat="Sport"),
  E("2028-07-26 20:10", "Zaporizhzhia toll rises to nine as city mourns",
    ["The number of people killed in Tuesday\u2019s Russian missile attack on the Ukrainian city of Zaporizhzhia has risen to nine, local authorities said, as residents observed a day of mourning."],
    "strikes", "strikes", 3, ZAP, n="day-2 continuation of the day-1 strike: toll 9"),
  OFF("2028-07-26 17:30", "Heavy rain disrupts Mumbai suburban trains",
    ["Suburban rail services in Mumbai were suspended on two lines for several hours on Wednesday after more than 200 mm of rain fell overnight, flooding tracks in low-lying areas."],
    "mumbai-monsoon-rain-2028-07-26", n="weather"),
  OFF("2028-07-26 14:55", "Landslide blocks Nepal highway, 12 missing",
    ["A landslide triggered by monsoon rains buried part of a highway west of Kathmandu, and rescuers were searching for 12 people believed trapped in two buses."],
    "nepal-highway-landslide-2028-07-26", n="disaster"),
  E("2028-07-26 12:20", "Odessa port attacked, two killed",
    ["Russian drones and missiles hit the Ukrainian port of Odessa overnight, killing two people including a sailor on a foreign-flagged cargo ship, Ukrainian officials said."],
    "strikes", "strikes", 3, ODESA, n="spelling 'Odessa'; toll 2"),
  X(OFF("2028-07-26 08:05", "Asian shares edge higher ahead of Fed decision",
    ["Asian stock markets rose slightly on Wednesday as investors waited for the US Federal Reserve\u2019s interest rate decision later in the day."],
    "asian-markets-fed-decision-2028-07-26", n="markets"), cat="Business"),
  ]))

# ---------------------------------------------------------------- day 3 (2028-07-29)
KYIV = "kyiv-massive-overnight-attack-2028-07-29"
NOVO = "novorossiysk-sea-drone-strike-2028-07-29"
ZTRUMP = "zelensky-trump-call-patriots-2028-07-29"

# ---------------------------------------------------------------- 16140 Vesperhythe Times (day 3, general world Atom)
SEEDS.append(dict(
  id="16140", name="16140_vesperhythe-worldatom", ext="xml", source="Vesperhythe Times", zone="UTC", render=r_atom,
  title="Vesperhythe Times \u2014 World", url="https://vesperhythe-times.example/world",
  lede="The world today, from the Vesperhythe Times",
  basis="Atom <published> '{s}' (Z = UTC); local {d} in {z}",
  notes="Invented outlet. General world-news Atom feed, newest first, <published> in Z, no authors. 4 of 6 entries are off-beat (Olympics, Yucatan storm, Belgrade protest, Marseille wildfire). Spells the Ukrainian capital 'Kiev'. Kyiv toll 4 -> 14 across the day.",
  not_entries=["feed title, subtitle, links, id and updated elements", "entry link and id elements"],
  entries=[
  OFF("2028-07-29 21:05", "Ugandan runner leads from the start to win Olympic 10,000m",
    ["A Ugandan runner led from the gun to win the men\u2019s 10,000 metres at the Los Angeles Olympics, holding off a late charge from two Ethiopians in warm evening conditions."],
    "la-olympics-mens-10000m-2028-07-29", n="sport"),
  E("2028-07-29 17:30", "Kiev toll rises to 14 after Russia\u2019s heaviest air attack of the summer",
    ["Fourteen people were killed in Kiev when a Russian missile brought down part of an apartment block during an overnight attack involving hundreds of drones and dozens of missiles, Ukrainian emergency services said on Saturday evening."],
    "strikes", "strikes", 3, KYIV, n="spelling 'Kiev'; toll 14"),
  OFF("2028-07-29 14:10", "Tropical storm threatens Mexico\u2019s Yucat\u00e1n coast",
    ["A tropical storm strengthening in the Caribbean is expected to reach Mexico\u2019s Yucat\u00e1n Peninsula on Sunday, and authorities in Quintana Roo opened shelters in Canc\u00fan and Tulum."],
    "yucatan-tropical-storm-2028-07-29", n="weather"),
  OFF("2028-07-29 11:00", "Tens of thousands rally in Belgrade",
    ["Tens of thousands of people marched through Belgrade on Saturday in one of the largest anti-government protests in Serbia this year, demanding early elections."],
    "belgrade-protest-2028-07-29", n="Serbian politics"),
  OFF("2028-07-29 07:45", "Wildfire near Marseille forces 2,000 to leave homes",
    ["Firefighters battled a wildfire in hills north of Marseille overnight, and about 2,000 residents were evacuated as strong mistral winds fanned the flames."],
    "marseille-wildfire-2028-07-29", n="wildfires"),
  E("2028-07-29 04:20", "Russia fires hundreds of drones and missiles at Ukraine; Kiev apartment block hit",
    ["Russia launched one of its largest air attacks of the war on Ukraine overnight, and at least four people were killed in Kiev when a missile struck a residential building, the city\u2019s mayor said."],
    "strikes", "strikes", 3, KYIV, n="spelling 'Kiev'; first report; toll 4"),
  ]))

# ---------------------------------------------------------------- 16141 Orvelle Courier (day 3, text live, no year)
OC_BY = "Halyna Remez, Jonas Pettersen"
KYIV1_H = "Kyiv: apartment block collapses after overnight missile attack"
SEEDS.append(dict(
  id="16141", name="16141_orvelle-textlive", ext="txt", source="Orvelle Courier", zone="Europe/Kyiv", render=r_orvelle,
  title="Live: Kyiv digs out after massive overnight attack", dateline="Saturday 29 July \u00b7 Kyiv time",
  byline=f"Live: {OC_BY}", parse_args=["--date", "2028-07-29"],
  lede="Russia sent hundreds of drones and dozens of missiles against Ukraine overnight; Ukraine answered with sea drones against Novorossiysk.",
  basis="bare stamp '{s}' (Kyiv time, EEST = UTC+3, printed in the date line) on 'Saturday 29 July' (no year printed anywhere; parse_args gives 2028-07-29); local {d} in {z}",
  notes="Invented outlet. Text live blog, OLDEST first; date line 'Saturday 29 July \u00b7 Kyiv time' with NO year anywhere on the page (parse_args --date 2028-07-29). Bare 'HH:MM' line before each headline. Page byline 'Live: Halyna Remez, Jonas Pettersen' is every entry's author (kept as one string). 16141-02 is a 'Video:' teaser (player line only). 16141-05 is a theme piece (how Kyiv's air defence works): it mentions the night's attack but is its own story (must not merge). 16141-06 repeats 16141-01 nearly verbatim (duplicate_of 16141-01). Kyiv toll 4 -> 11 -> 13 on this page.",
  not_entries=["outlet name and navigation", "page title", "date line 'Saturday 29 July \u00b7 Kyiv time'", "byline 'Live: ...'", "lede",
               "video player line '\u25b6 Play video (0:41)'", "newsletter promo after the fourth post", "'End of today's live coverage.'", "footer"],
  entries=[
  E("2028-07-29 07:10", KYIV1_H,
    ["Part of a nine-storey apartment block in Kyiv\u2019s Solomianskyi district collapsed after a direct missile hit during the night, killing at least four people, the city military administration said.",
     "Ukraine\u2019s air force said Russia had launched 480 drones and 38 missiles across the country, most of them aimed at Kyiv."],
    "strikes", "strikes", 3, KYIV, a=OC_BY, n="first report; toll 4"),
  E("2028-07-29 09:25", "Video: Moment missile strikes Kyiv high-rise", [], "strikes", "strikes", 1, KYIV, a=OC_BY, n="teaser without body (video only)"),
  E("2028-07-29 10:50", "Sea drones strike Novorossiysk oil terminal, Ukraine says",
    ["Ukrainian naval drones hit the Sheskharis oil terminal in the Russian port of Novorossiysk at dawn, Ukraine\u2019s navy said, releasing footage of a large fire at the berths.",
     "The local mayor said two people were injured and that tankers had been moved away from the terminal."],
    "strikes", "strikes", 3, NOVO, a=OC_BY, n="Ukraine's attack on Russia: must not merge with the Kyiv attack"),
  E("2028-07-29 12:30", "Kyiv death toll climbs to 11",
    ["Eleven people are now confirmed dead in the Solomianskyi district, including two children, and 48 were injured across Kyiv, the State Emergency Service said. Rescuers believe more people are under the rubble."],
    "strikes", "strikes", 3, KYIV, a=OC_BY, n="toll 11"),
  E("2028-07-29 14:05", "Explainer: How Kyiv\u2019s air defences work \u2013 and why some missiles still get through",
    ["Kyiv is the best-protected city in Ukraine, ringed by Patriot, NASAMS and IRIS-T batteries and by mobile teams with machine guns that hunt drones at night.",
     "But the defences are built in layers, and each layer has limits. When Russia sends hundreds of drones first, crews must fire at them too, and by the time ballistic missiles arrive some launchers may be reloading.",
     "Officials say the interception rate for cruise missiles is above 80%, but that ballistic missiles remain the hardest to stop."],
    "strikes", "strikes", 2, "explainer-how-kyiv-air-defence-works", a=OC_BY,
    n="theme piece (explainer); mentions the night's attack but is its own story: must not merge with the Kyiv attack"),
  E("2028-07-29 15:40", KYIV1_H,
    ["Part of a nine-storey apartment block in Kyiv\u2019s Solomianskyi district collapsed after a direct missile hit during the night, killing at least four people, the city\u2019s military administration said.",
     "Ukraine\u2019s air force said Russia had launched 480 drones and 38 missiles across the country, most of them aimed at Kyiv."],
    "strikes", "strikes", 1, KYIV, a=OC_BY, dup="16141-01", n="near-verbatim repeat of 16141-01 ('the city' -> 'the city\u2019s')"),
  E("2028-07-29 18:15", "Zelensky: attack shows Russia \u2018laughs at diplomacy\u2019",
    ["President Volodymyr Zelensky said the overnight attack, which killed at least 13 people in Kyiv, showed that Moscow \u201claughs at every diplomatic effort\u201d and called for new sanctions on Russian oil buyers."],
    "strikes", "strikes", 3, KYIV, a=OC_BY, sec=["diplomacy"], n="reaction whose content is the attack; toll 13"),
  ]))

# ---------------------------------------------------------------- 16142 Mtkvari Wire (day 3, RSS, Tbilisi time)
SEEDS.append(dict(
  id="16142", name="16142_mtkvari-rss", ext="xml", source="Mtkvari Wire", zone="Asia/Tbilisi", render=r_rss, rfc="num",
  title="Mtkvari Wire \u2013 Russia-Ukraine war", url="https://mtkvari-wire.example", guid="mtw-20280729",
  lede="Wire reports on Russia\u2019s war against Ukraine",
  basis="RSS pubDate '{s}' (explicit +0400 offset = Tbilisi time); local {d} in {z}",
  notes="Invented outlet (news agency, Georgia). RSS 2.0, newest first, pubDate with +0400, dc:creator per item (author). 16142-02 (afternoon missile strike on a rail depot in Fastiv, Kyiv region) must not merge with the overnight attack on Kyiv (same region, other strike). 16142-05 (Russia's claim about Ukrainian drones) is a separate event. Japan's $1.5 billion loan is a major package (importance 3).",
  not_entries=["channel title/link/description/language", "item link, guid and category elements"],
  entries=[
  E("2028-07-29 23:10", "Zelensky asks Trump for more Patriots in phone call",
    ["Volodymyr Zelensky said he had asked US President Donald Trump in a phone call on Saturday evening to approve the sale of more Patriot systems, after Russia\u2019s overnight attack on Kyiv.",
     "The Ukrainian president said the two leaders also discussed new sanctions on buyers of Russian oil. The White House did not immediately comment."],
    "aid", "aid", 3, ZTRUMP, a="Nino Beridze", sec=["diplomacy"]),
  E("2028-07-29 19:45", "Missile hits rail depot in Fastiv near Kyiv",
    ["A Russian missile struck a railway depot in Fastiv, south-west of Kyiv, on Saturday afternoon, injuring one worker and damaging locomotives, Ukraine\u2019s state railway said."],
    "strikes", "strikes", 2, "fastiv-rail-depot-missile-strike-2028-07-29", a="Giorgi Tsereteli",
    n="same region (Kyiv oblast), other strike (daytime, rail depot): must not merge with the overnight Kyiv attack"),
  E("2028-07-29 16:20", "Kyiv counts 11 dead as search continues at Solomianskyi block",
    ["The death toll in Kyiv from Russia\u2019s overnight air attack has risen to 11, and rescuers are still searching the collapsed section of an apartment building in the Solomianskyi district, officials said."],
    "strikes", "strikes", 3, KYIV, a="Nino Beridze", n="toll 11"),
  E("2028-07-29 13:05", "Japan extends $1.5 billion loan for Ukraine\u2019s reconstruction",
    ["Japan will lend Ukraine $1.5 billion for the repair of power plants and water systems, the Japanese embassy in Kyiv said, with repayment funded by proceeds from frozen Russian assets."],
    "aid", "aid", 3, "japan-1-5bn-reconstruction-loan-2028-07-29", a="Giorgi Tsereteli"),
  E("2028-07-29 10:30", "Russia says it shot down 112 Ukrainian drones overnight",
    ["Russia\u2019s defence ministry said air defences downed 112 Ukrainian drones overnight over 11 regions, including Moscow, Bryansk and Krasnodar."],
    "strikes", "strikes", 2, "russia-downs-112-drones-2028-07-29", a="Nino Beridze", n="attack in the other direction: must not merge with the Kyiv attack"),
  E("2028-07-29 08:15", "Overnight attack on Ukraine: 480 drones, 38 missiles",
    ["Russia fired 480 drones and 38 missiles at Ukraine overnight in one of the largest air attacks of the war, Ukraine\u2019s air force said. In Kyiv, at least four people were killed when a residential building was hit."],
    "strikes", "strikes", 3, KYIV, a="Giorgi Tsereteli", n="first report; toll 4"),
  ]))

# ---------------------------------------------------------------- 16143 Alcaravan Post (day 3, HTML live, Madrid time)
SEEDS.append(dict(
  id="16143", name="16143_alcaravan-htmllive", ext="html", source="Alcaravan Post", zone="Europe/Madrid", render=r_alcaravan,
  title="Ukraine war, live: Kyiv mourns after deadliest night of the summer",
  url="https://alcaravan-post.example/en/live/ukraine-2028-07-29", dateline="Saturday, 29 July 2028 \u00b7 All times CEST (Madrid)",
  lede="The latest on Russia\u2019s war in Ukraine, updated through the day by our international desk.",
  basis="visible stamp '{s}' in <time> (Madrid time, CEST = UTC+2) under the dateline 'Saturday, 29 July 2028'; the JSON-LD updates only repeat the page's own datePublished; local {d} in {z}",
  notes="Invented outlet (Spain, English edition). HTML live blog, newest first. LiveBlogPosting JSON-LD whose liveBlogUpdate items all carry the PAGE's headline and datePublished (not per-update values), so entry times come only from the visible stamps '22:10 CEST' in <time>. Signature paragraph after each body (author). 16143-05 is a reaction (Spain's foreign minister condemns the Kyiv attack) whose content is the attack: same story. 16143-02 (ground fighting near Stepnohirsk) stands alone.",
  not_entries=["header and navigation ('English edition')", "page title", "dateline and 'All times CEST (Madrid)'", "standfirst",
               "signature paragraphs after each body", "newsletter promo after the second entry", "footer"],
  entries=[
  E("2028-07-29 22:10", "Zelensky and Trump discuss air defence by phone",
    ["Ukrainian President Volodymyr Zelensky and US President Donald Trump spoke by phone on Saturday evening about Ukraine\u2019s need for more Patriot systems, according to Kyiv. Zelensky called the conversation \u201cgood and concrete\u201d."],
    "aid", "aid", 3, ZTRUMP, a="Luc\u00eda Barrantes", sec=["diplomacy"]),
  E("2028-07-29 19:35", "Ukraine says it pushed Russian troops back near Stepnohirsk",
    ["Ukrainian forces recaptured positions on the outskirts of Stepnohirsk in the Zaporizhzhia region after a week of fighting, a spokesman for the southern defence forces said."],
    "other", "frontline", 2, "stepnohirsk-ukrainian-counterattack-2028-07-29", a="Luc\u00eda Barrantes"),
  E("2028-07-29 15:50", "Novorossiysk: fire at oil terminal after sea-drone raid",
    ["A fire was still burning at an oil terminal in Novorossiysk on Saturday afternoon after an attack by Ukrainian sea drones, Russian regional officials said. Oil loadings at the port were suspended."],
    "strikes", "strikes", 3, NOVO, a="Javier Montalb\u00e1n"),
  E("2028-07-29 12:05", "Kyiv: 11 killed as rescuers dig through collapsed block",
    ["Eleven people were killed in Kyiv, Ukrainian authorities said, after a missile destroyed part of an apartment building during Russia\u2019s overnight barrage. Dozens of rescuers and sniffer dogs are working in the rubble."],
    "strikes", "strikes", 3, KYIV, a="Javier Montalb\u00e1n", n="toll 11"),
  E("2028-07-29 08:30", "Spain\u2019s Albares condemns \u2018brutal\u2019 attack on Kyiv",
    ["Foreign Minister Jos\u00e9 Manuel Albares condemned Russia\u2019s overnight attack on Kyiv as \u201cbrutal and indiscriminate\u201d and said Spain would send more air-defence missiles \u201cas soon as possible\u201d."],
    "strikes", "strikes", 3, KYIV, a="Javier Montalb\u00e1n", sec=["diplomacy", "aid"], n="reaction whose content is the attack"),
  ]))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Builds the eval/gi seed pages and their gold files from one hand-written data table (further below).
Every headline and paragraph is the blind tester's own invented wording, set in February 2031 with the war still under way.
Part A imitates, from memory, the page layouts of ten real outlets; Part B outlets are invented.
Deterministic. Run from the project root:  python3 eval/gi/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
AP_MON = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "U.K.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.", "Prof.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **kw):
    """one entry: local time 'YYYY-MM-DD HH:MM[:SS]' in the page zone, headline (or None), body paragraphs, labels."""
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(kw)
    return d


def OFF(t, h, p, st, a=None, n="", **kw):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **kw)


def first_sentence(par):
    for m in re.finditer(r'[.!?]["\'\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018\u00a3\u20ac$]|$)', par):
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
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    return datetime.strptime(s, fmt).replace(tzinfo=ZoneInfo(zone))


def ampm(d, sep=":", dots=False, upper=False, space=""):
    hh = d.hour % 12 or 12
    if dots:
        suf = " a.m." if d.hour < 12 else " p.m."
    else:
        suf = "am" if d.hour < 12 else "pm"
        suf = suf.upper() if upper else suf
    return f"{hh}{sep}{d.minute:02d}{space}{suf}"


def iso_z(d):
    return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def rfc822(d, gmt=False):
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if gmt else d.strftime("%z"))


def slugify(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:72]


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def order_check(S, newest_first):
    ts = [dt(e["t"], S["zone"]) for e in S["entries"] if not e.get("pinned_top")]
    want = sorted(ts, reverse=newest_first)
    assert ts == want, f"{S['id']}: entries must be listed {'newest' if newest_first else 'oldest'} first (page order)"


def ents_escape(s):
    """HTML-entity escaping as some CMSes leave it inside JSON-LD strings (apostrophes and quotes as numeric entities)."""
    return s.replace("&", "&amp;").replace("\u2019", "&#8217;").replace("'", "&#x27;").replace('"', "&quot;").replace("\u2018", "&#8216;")


def hexid(seed, i):
    x = (int(seed) * 2654435761 + i * 40503) & 0xFFFFFFFFFFFF
    return f"{x:012x}" + f"{(x * 7 + 13) & 0xFFFFFFFFFFFF:012x}"


def ld_script(obj):
    return '<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False) + '</script>'


LINK = re.compile(r"\[\[(.+?)\|(.+?)\]\]")


def plain(p):
    """paragraph text as a reader sees it ('[[text|url]]' marks an inline link)."""
    return LINK.sub(lambda m: m.group(1), p)


def rich(p):
    """paragraph as HTML with inline links."""
    out, last = [], 0
    for m in LINK.finditer(p):
        out.append(esc(p[last:m.start()]))
        out.append(f'<a href="{attr(m.group(2))}">{esc(m.group(1))}</a>')
        last = m.end()
    out.append(esc(p[last:]))
    return "".join(out)


# ================================================================ Part A renderers (layouts of real outlets, from memory)

def r_guardian(S):
    """The Guardian live blog (DCR), HTML. One ld+json array [LiveBlogPosting, WebPage]: the LiveBlogPosting's liveBlogUpdate
    items carry the block id and the block text but the PAGE's headline and datePublished/dateModified (no per-block time or title).
    Visible: series label, h1, standfirst bullets, main picture, byline '(now) / (earlier)', dateline 'Mon 3 Feb 2031 18.48 GMT'
    with 'First published on ...', 'Key events' list (relative time + 'HH.MM GMT' + block title), a pinned post (copy of a
    block shown on top; the block also stays in the feed), then blocks newest first: <time datetime> relative '2h ago' and
    absolute '14.32 GMT', contributor name, optional h2 title, body; photo blocks; 'Updated at' footers."""
    z = S["zone"]; order_check(S, True)
    first, mod, cap = dt(S["first"], z), dt(S["modified"], z), dt(S["capture"], z)
    gdate = lambda d: f"{d:%a} {d.day} {MON3[d.month - 1]} {d.year} {d:%H.%M} GMT"
    rel = lambda d: (f"{int((cap - d).total_seconds() // 60)}m ago" if cap - d < timedelta(hours=1)
                     else f"{int((cap - d).total_seconds() // 3600)}h ago")
    stamps, bids = [], []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); stamps.append(f"{d:%H.%M} GMT"); bids.append(hexid(S["id"], i)[:24])
    ups = []
    for i, e in enumerate(S["entries"]):
        ups.append({"@type": "BlogPosting", "@id": f"{S['url']}#block-{bids[i]}", "headline": S["title"],
                    "datePublished": iso_z(first), "dateModified": iso_z(mod),
                    "articleBody": "\n".join(plain(p) for p in e["p"])[:1000],
                    "publisher": {"@type": "Organization", "name": "The Guardian"}})
    ld = [{"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "url": S["url"], "headline": S["title"],
           "description": " ".join(S["standfirst"]), "datePublished": iso_z(first), "dateModified": iso_z(mod),
           "coverageStartTime": iso_z(first), "coverageEndTime": iso_z(first + timedelta(days=1)),
           "author": [{"@type": "Person", "name": a, "sameAs": f"https://www.theguardian.com/profile/{slugify(a).replace('-', '')}"} for a in S["authors"]],
           "publisher": {"@type": "Organization", "name": "The Guardian", "sameAs": "https://www.theguardian.com",
                         "logo": {"@type": "ImageObject", "url": "https://uploads.guim.co.uk/2018/01/29/gu_logo.png", "width": 190, "height": 60}},
           "image": ["https://i.guim.co.uk/img/media/" + hexid(S["id"], 99) + "/0_0_5000_3000/master/5000.jpg?width=1200"],
           "mainEntityOfPage": S["url"], "liveBlogUpdate": ups},
          {"@context": "https://schema.org", "@type": "WebPage", "@id": S["url"], "potentialAction": {"@type": "ViewAction", "target": "android-app://com.guardian/https/www.theguardian.com" + S["url"].split("theguardian.com")[1]}}]

    def block(i, e, pinned=False):
        d = dt(e["t"], z); bid = bids[i]
        o = [f'<article id="{"pinned-" if pinned else ""}block-{bid}" class="block{" block--key-event" if e["kp"] else ""}">',
             f'<header class="block-header"><div class="block-time"><a href="{S["url"]}?page=with:block-{bid}#block-{bid}">'
             f'<time datetime="{iso_z(d)}" data-relativeformat="med">{rel(d)}</time> <span class="block-time__absolute">{stamps[i]}</span></a></div>']
        if e["a"]:
            o.append(f'<div class="contributor"><img src="https://uploads.guim.co.uk/2029/05/14/{slugify(e["a"])}.png" alt="" width="36" height="36"><span>{esc(e["a"])}</span></div>')
        if e["h"]:
            o.append(f'<h2 class="block-title">{esc(e["h"])}</h2>')
        o.append('</header><div class="block-elements">')
        ps = e["p"]
        if e.get("bullets"):
            o.append(f'<p>{rich(ps[0])}</p><ul>' + "".join(f'<li>{rich(p)}</li>' for p in ps[1:]) + '</ul>')
        else:
            o += [f'<p>{rich(p)}</p>' for p in ps]
        for cap_ in e.get("photos", []):
            o.append(f'<figure class="element-image"><img src="https://i.guim.co.uk/img/media/{hexid(S["id"], len(cap_))[:20]}/master/3000.jpg?width=700" alt="">'
                     f'<figcaption>{esc(cap_)}</figcaption></figure>')
        if e.get("embed"):
            o.append(f'<figure class="element-embed"><blockquote class="twitter-tweet">{esc(e["embed"])}</blockquote></figure>')
        o.append('</div><footer class="block-footer">')
        if e.get("updated"):
            o.append(f'<p class="block-updated">Updated at {e["updated"]}</p>')
        o.append('<button class="share">Share</button></footer></article>')
        return o

    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Ukraine | The Guardian</title>',
           f'<meta name="description" content="{attr(" ".join(S["standfirst"]))}">', '<meta property="og:site_name" content="the Guardian">',
           f'<link rel="canonical" href="{S["url"]}">', ld_script(ld), '</head><body>',
           '<a class="skip" href="#maincontent">Skip to main content</a> <a class="skip" href="#navigation">Skip to navigation</a>',
           '<header><div class="top-bar"><a href="/uk/print-subscriptions">Print subscriptions</a> <a href="/signin">Sign in</a> '
           '<a href="/jobs">Search jobs</a> <a href="/search">Search</a> <span class="edition">UK edition</span></div>',
           '<div class="support"><p>Support the Guardian</p><p>Fund the free press with £4 per month</p><a href="/support">Support us</a></div>',
           '<a class="logo" href="/">The Guardian - Back to home</a>',
           '<nav id="navigation"><a href="/">News</a> <a href="/commentisfree">Opinion</a> <a href="/sport">Sport</a> <a href="/culture">Culture</a> '
           '<a href="/lifeandstyle">Lifestyle</a></nav>',
           '<nav class="subnav"><a href="/uk-news">UK</a> <a href="/world">World</a> <a href="/climate-crisis">Climate crisis</a> '
           '<a href="/world/ukraine">Ukraine</a> <a href="/world/middleeast">Middle East</a> <a href="/environment">Environment</a> '
           '<a href="/science">Science</a> <a href="/global-development">Global development</a></nav></header>',
           '<main id="maincontent"><div class="series"><a href="/world/ukraine">Ukraine</a> <span class="live-badge">Live</span></div>',
           f'<h1>{esc(S["title"])}</h1>', '<div class="standfirst"><ul>' + "".join(f'<li>{esc(x)}</li>' for x in S["standfirst"]) + '</ul></div>',
           f'<figure class="main-media"><img src="https://i.guim.co.uk/img/media/{hexid(S["id"], 99)}/master/5000.jpg?width=1000" alt="">'
           f'<figcaption>{esc(S["photo"])}</figcaption></figure>',
           '<div class="meta"><address>' + S["byline_html"] + '</address>',
           f'<div class="dateline"><details><summary>{gdate(mod)}</summary><p>First published on {gdate(first)}</p></details></div>',
           '<div class="share-bar"><button>Share</button> <span class="comments">View comments</span></div></div>',
           '<div class="key-events"><h2>Key events</h2><ul>']
    for i, e in enumerate(S["entries"]):
        if e["kp"]:
            d = dt(e["t"], z)
            out.append(f'<li><a href="#block-{bids[i]}"><time datetime="{iso_z(d)}">{rel(d)}</time> <span>{stamps[i]}</span> '
                       f'<span class="key-event-title">{esc(e["h"])}</span></a></li>')
    out += ['</ul></div>', '<div class="toggle"><label>Show key events only</label></div>',
            '<p class="js-warning">Please turn on JavaScript to use this feature</p>']
    for i, e in enumerate(S["entries"]):
        if e.get("pinned"):
            out += ['<div class="pinned-post"><p class="pinned-label">Pinned post</p>'] + block(i, e, pinned=True) + ['<button>Show more</button></div>']
    out.append('<div class="live-feed">')
    for i, e in enumerate(S["entries"]):
        out += block(i, e)
        if i == 3:
            out.append('<aside class="epic"><h3>Before you move on\u2026</h3><p>Our reporters in Kyiv and across Ukraine have covered this war since its '
                       'first hours. We do it without a paywall because we believe everyone deserves access to the facts.</p>'
                       '<a href="/support">Support the Guardian</a></aside>')
    out += ['</div>', '<nav class="pagination"><a>Newest</a> <a>Previous</a> <span>1 of 1</span> <a>Next</a> <a>Oldest</a></nav>',
            '<div class="topics"><h3>Explore more on these topics</h3><a href="/world/ukraine">Ukraine</a> <a href="/world/russia">Russia</a> '
            '<a href="/world/europe-news">Europe</a> <a href="/world/volodymyr-zelenskiy">Volodymyr Zelenskyy</a> <a href="/tone/news">news</a></div>',
            '<div class="share-bar"><button>Share</button> <a href="/help/reuse">Reuse this content</a></div>',
            '<aside class="onward"><h3>Most viewed</h3><ol>' + "".join(f'<li><a>{esc(x)}</a></li>' for x in S["most_viewed"]) + '</ol></aside>',
            '</main><footer><a href="/about">About us</a> <a href="/help/contact-us">Contact us</a> <a href="/info/complaints-and-corrections">Complaints &amp; corrections</a> '
            f'<a href="/help/privacy-policy">Privacy policy</a> <p>\u00a9 {first.year} Guardian News &amp; Media Limited or its affiliated companies. All rights reserved.</p></footer>',
            '</body></html>']
    return "\n".join(out) + "\n", stamps


# ================================================================ PART A: ten real outlets' layouts (own words, invented news)
SEEDS = []

# ---------------------------------------------------------------- 19200 The Guardian (HTML live, LiveBlogPosting JSON-LD)
KYIV = "kyiv-overnight-missile-drone-attack-2031-02-03"
SEEDS.append(dict(
  id="19200", name="19200_guardian-live", ext="html", source="The Guardian", zone="Europe/London", render=r_guardian,
  title="Russia-Ukraine war live: Kyiv death toll rises to nine after overnight barrage; Ukraine and Russia swap 157 prisoners each",
  url="https://www.theguardian.com/world/live/2031/feb/03/russia-ukraine-war-live-kyiv-attack-prisoner-exchange",
  first="2031-02-03 09:05", modified="2031-02-03 18:44", capture="2031-02-03 18:52",
  authors=["Piers Ockenden", "Harriet Lyle"],
  byline_html='<a rel="author" href="/profile/piersockenden">Piers Ockenden</a> (now) and <a rel="author" href="/profile/harrietlyle">Harriet Lyle</a> (earlier)',
  standfirst=["Zelenskyy says the attack shows Moscow is \u2018mocking\u2019 diplomacy as rescuers search a partly collapsed block in Solomianskyi district",
              "Norway pledges about \u00a3300m for air defence and long-range drones"],
  photo="Emergency workers at the damaged apartment block in Kyiv on Monday. Photograph: Oleh Marchenko/Reuters",
  most_viewed=["Heavy snow closes roads across northern England", "The TV shows to watch this week", "Why are egg prices rising again?"],
  basis="block stamp '{s}' (GMT printed; UK time in February = UTC) on the page dated 'Mon 3 Feb 2031'; the block's <time datetime> agrees; local {d} in {z}",
  notes="Imitates a Guardian (DCR) live blog saved as HTML. One ld+json array holds a LiveBlogPosting and a WebPage; every liveBlogUpdate carries the block's @id and text but the PAGE's headline and datePublished (09:05) / dateModified, so per-entry times and titles must come from the HTML blocks. Visible: 'Key events' list (two block titles with '24m ago'-style relative times and 'HH.MM GMT'), then a 'Pinned post' (a copy of the 15.20 prisoner-exchange block, which also stays in its chronological place in the feed; the gold lists it once, at its feed position), then blocks newest first with '2h ago' + '14.32 GMT', contributor name and optional h2 title. Three blocks have no title (headline null). The 16.58 block is a photo block: one line of text ending in a colon, then two captioned pictures (importance 1, like a 'Pictures:' teaser). The 09.05 'Opening summary' is a real block (a paragraph plus a bulleted list of developments, counted as 5 paragraphs) led by the Kyiv attack, so it shares that story.",
  not_entries=["skip links, top bar (Print subscriptions, Sign in, Search jobs, Search, UK edition)", "'Support the Guardian' header box", "logo and navigation menus",
               "series label 'Ukraine' and 'Live' badge", "h1 page title", "standfirst bullets (page summary)", "main picture and its caption",
               "byline '(now) and (earlier)'", "dateline 'Mon 3 Feb 2031 18.44 GMT' and 'First published on Mon 3 Feb 2031 09.05 GMT'", "share bar / 'View comments'",
               "'Key events' heading and its two items (pointers to blocks)", "'Show key events only' toggle and the JavaScript warning",
               "'Pinned post' label and the pinned copy of the 15.20 block (the same block appears again in the feed; listed once)", "'Show more' button",
               "relative times ('2h ago') next to block stamps", "contributor names/avatars at the top of blocks (author, not body)",
               "picture captions in the 16.58 photo block", "'Updated at ...' block footers and 'Share' buttons", "'Before you move on…' support epic after the fourth block",
               "pagination (Newest / Previous / 1 of 1 / Next / Oldest)", "'Explore more on these topics' tag list", "'Reuse this content'", "'Most viewed' list (off-topic links)", "footer"],
  entries=[
  E("2031-02-03 18:31", "Kyiv death toll rises to nine",
    ["The number of people killed in Russia\u2019s overnight attack on Kyiv has risen to nine, the head of the city\u2019s military administration, Tymur Tkachenko, has said.",
     "Rescuers recovered two more bodies from the collapsed section of a nine-storey building in the Solomianskyi district on Monday evening, he wrote on [[Telegram|https://t.me/tkachenkokyiv]]. Forty-one people were injured across the capital, six of them children.",
     "Tkachenko said the search would go on through the night because three residents were still unaccounted for."],
    "strikes", "strikes", 3, KYIV, a="Piers Ockenden", kp=True, updated="18.44 GMT", n="toll 9 dead, 41 injured; listed under Key events"),
  E("2031-02-03 17:46", None,
    ["Norway will give Ukraine 4.2bn kroner (about \u00a3300m) this year for air defence and long-range drones, the Norwegian defence minister, Tore O Sandvik, has said.",
     "Speaking in Oslo, Sandvik said roughly half of the money would go into a fund run jointly with Denmark that pays Ukrainian manufacturers directly, a model both governments say gets weapons to the front faster than buying them abroad.",
     "\u201cThe quickest drone to deliver is the one that is built in Ukraine,\u201d he told reporters."],
    "aid", "aid", 3, "norway-air-defence-drone-funding-2031-02-03", a="Piers Ockenden", n="block without a title (headline null); aid of about £300m"),
  E("2031-02-03 16:58", None,
    ["Here are some of the latest images from Kyiv, where emergency workers have spent the day searching the damaged apartment block in the Solomianskyi district:"],
    "strikes", "strikes", 1, KYIV, a="Piers Ockenden",
    photos=["A rescuer carries a child\u2019s bicycle out of the damaged building. Photograph: Oleh Marchenko/Reuters",
            "Residents wait for news outside a cordon on Monday afternoon. Photograph: Svitlana Horbach/AFP/Getty Images"],
    n="photo block: one introductory line ending in a colon plus two captioned pictures; a picture teaser, importance 1"),
  E("2031-02-03 15:20", "Ukraine and Russia swap 157 prisoners each in Saudi-mediated exchange",
    ["Ukraine and Russia have each freed 157 prisoners of war in an exchange mediated by Saudi Arabia, Volodymyr Zelenskyy has said.",
     "Most of the Ukrainians released had been in captivity since 2023 or earlier, Zelenskyy wrote on X. Russia\u2019s defence ministry confirmed the swap and said its servicemen were being taken to Belarus for medical checks.",
     "It is the third exchange this year. Ukraine\u2019s coordination headquarters for the treatment of prisoners of war said talks on the next one had already begun."],
    "diplomacy", "diplomacy", 3, "saudi-mediated-prisoner-exchange-2031-02-03", a="Harriet Lyle", kp=True, pinned=True,
    n="listed under Key events; also shown on top of the page as the 'Pinned post' (copy not counted again)"),
  E("2031-02-03 14:02", None,
    ["Russia\u2019s defence ministry has claimed that its forces have taken the village of Zelenyi Hai in the Zaporizhzhia region.",
     "Ukraine\u2019s southern defence forces said fighting was still going on at the edge of the village and called the Russian claim premature. The Guardian could not independently verify either account."],
    "other", "frontline", 2, "zelenyi-hai-capture-claim-2031-02-03", a="Harriet Lyle", n="block without a title (headline null)"),
  E("2031-02-03 11:15", "Kremlin says no date set for further talks",
    ["The Kremlin has said no date has been agreed for another round of direct talks with Ukraine, despite what it called \u201cworking contacts\u201d between the two sides.",
     "Asked about reports in the Turkish press that negotiators could meet in Istanbul later this month, Dmitry Peskov told journalists there was \u201cnothing concrete\u201d to announce yet."],
    "diplomacy", "diplomacy", 2, "kremlin-no-date-for-talks-2031-02-03", a="Harriet Lyle"),
  E("2031-02-03 09:40", "Poland scrambles jets during attack on western Ukraine",
    ["Poland\u2019s operational command said it scrambled fighter jets and put ground-based air defences on the highest alert overnight as Russia fired missiles and drones at targets in western Ukraine.",
     "The command said the measures were precautionary and that no violation of Polish airspace had been recorded. Airports in Rzesz\u00f3w and Lublin were closed for about two hours."],
    "other", "security", 2, "poland-scrambles-jets-2031-02-03", a="Harriet Lyle", sec=["strikes"],
    n="a neighbour's precautionary reaction during the attack, not the attack itself: own story"),
  E("2031-02-03 09:05", "Opening summary",
    ["Welcome back to our live coverage of the war in Ukraine. Here are the latest developments:",
     "Russia attacked Kyiv overnight with ballistic and cruise missiles and more than 200 drones, killing at least five people and injuring dozens, according to city officials. Part of a nine-storey apartment block in the Solomianskyi district collapsed.",
     "Ukraine\u2019s air force said it had shot down 31 of 38 missiles and 176 of 214 drones launched across the country. Energy facilities in the Lviv and Khmelnytskyi regions were also hit.",
     "Volodymyr Zelenskyy said the attack showed Moscow was \u201cmocking\u201d diplomatic efforts, and again urged allies to speed up deliveries of interceptor missiles.",
     "Hungary\u2019s foreign minister, P\u00e9ter Szijj\u00e1rt\u00f3, said Budapest would not back a new EU sanctions package unless Russian nuclear fuel was left out of it."],
    "strikes", "strikes", 3, KYIV, a="Harriet Lyle", bullets=True,
    n="opening summary block (paragraph plus four bullets): a round-up led by the overnight attack (toll 5), so it shares that story"),
  ]))


def r_cnn(S):
    """CNN live-news page ('February 4, 2031 Russia-Ukraine news'), HTML. LiveBlogPosting JSON-LD whose liveBlogUpdate items carry
    their own headline, datePublished (UTC), per-update author array and articleBody (photo-only posts: image, no articleBody).
    Visible: nav, h1, 'By A, B and C, CNN', 'Updated 9:03 p.m. ET, February 4, 2031', "What we're covering" bullets; posts newest
    first: '5:48 p.m. ET, February 4, 2031', h2 headline, 'From CNN’s NAME', body; the newest post is the 'coverage has moved' pointer."""
    z = S["zone"]; order_check(S, True)
    stamp = lambda d: f"{ampm(d, dots=True)} ET, {MONTHS[d.month - 1]} {d.day}, {d.year}"
    moved = dt(S["moved"], z); upd = dt(S["updated"], z)
    stamps = [stamp(dt(e["t"], z)) for e in S["entries"]]
    base = S["url"]
    ups = [{"@type": "BlogPosting", "@id": f"{base}#{S['moved_id']}", "url": f"{base}#{S['moved_id']}", "headline": S["moved_h"],
            "datePublished": iso_z(moved), "dateModified": iso_z(moved), "articleBody": S["moved_text"]}]
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); pid = "cm" + hexid(S["id"], i)[:23]
        u = {"@type": "BlogPosting", "@id": f"{base}#{pid}", "url": f"{base}#{pid}", "headline": e["h"], "datePublished": iso_z(d),
             "dateModified": iso_z(d + timedelta(minutes=4))}
        if e["a"]:
            u["author"] = [{"@type": "Person", "name": n} for n in e["a"].split(" and ")]
        if e["p"]:
            u["articleBody"] = " ".join(plain(p) for p in e["p"])
        if e.get("photo"):
            u["image"] = {"@type": "ImageObject", "url": f"https://media.cnn.com/api/v1/images/stellar/prod/{hexid(S['id'], i)[:16]}.jpg", "caption": e["photo"]}
        ups.append(u)
    first = min(dt(e["t"], z) for e in S["entries"])
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": base, "url": base, "headline": S["title"],
          "description": S["description"], "datePublished": iso_z(first), "dateModified": iso_z(upd), "coverageStartTime": iso_z(first),
          "coverageEndTime": iso_z(moved), "author": [{"@type": "Person", "name": n} for n in S["page_authors"]],
          "publisher": {"@type": "Organization", "name": "CNN", "logo": {"@type": "ImageObject", "url": "https://media.cnn.com/api/v1/images/stellar/prod/cnn-logo.png"}},
          "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en" data-layout-uri="cms.cnn.com/_layouts/layout-live-story"><head><meta charset="utf-8">',
           f'<title>{esc(S["title"])} | CNN</title>', f'<meta name="description" content="{attr(S["description"])}">', ld_script(ld), '</head><body>',
           '<header class="header"><a class="brand-logo" href="/">CNN</a><nav><a href="/us">US</a> <a href="/world">World</a> <a href="/politics">Politics</a> '
           '<a href="/business">Business</a> <a href="/opinions">Opinion</a> <a href="/health">Health</a> <a href="/entertainment">Entertainment</a> '
           '<a href="/style">Style</a> <a href="/travel">Travel</a> <a href="/sport">Sports</a> <a href="/videos">Watch</a> <a href="/audio">Listen</a></nav>'
           '<a class="sign-in" href="/account/log-in">Sign in</a></header>',
           '<section class="live-story"><div class="live-story__header"><span class="live-badge">Live Updates</span>',
           f'<h1 class="headline__text">{esc(S["title"])}</h1>',
           f'<div class="byline">By {esc(", ".join(S["page_authors"][:-1]))} and {esc(S["page_authors"][-1])}, CNN</div>',
           f'<div class="timestamp">Updated {ampm(upd, dots=True)} ET, {MONTHS[upd.month - 1]} {upd.day}, {upd.year}</div>',
           '<div class="live-story__covering"><h2>What we\u2019re covering</h2><ul>' + "".join(f'<li>{esc(x)}</li>' for x in S["covering"]) + '</ul></div></div>',
           f'<div class="video-resource"><span>{esc(S["video"])}</span><span class="video-resource__duration">02:14</span></div>',
           '<div class="live-story__posts">',
           f'<article class="live-story-post" data-post-id="{S["moved_id"]}"><div class="live-story-post__timestamp">{stamp(moved)}</div>'
           f'<h2 class="live-story-post__headline">{esc(S["moved_h"])}</h2><p>{rich(S["moved_html"])}</p></article>']
    for i, e in enumerate(S["entries"]):
        out.append(f'<article class="live-story-post"><div class="live-story-post__timestamp">{stamps[i]}</div>'
                   f'<h2 class="live-story-post__headline">{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="live-story-post__byline">From CNN\u2019s {esc(e["a"])}</p>')
        out += [f'<p class="paragraph">{rich(p)}</p>' for p in e["p"]]
        if e.get("photo"):
            out.append(f'<div class="image"><img src="https://media.cnn.com/api/v1/images/stellar/prod/{hexid(S["id"], i)[:16]}.jpg?q=w_1110,c_fill" alt="">'
                       f'<div class="image__caption">{esc(e["photo"])}</div></div>')
        if e.get("related"):
            out.append(f'<div class="related-content"><span>Related article</span> <a>{esc(e["related"])}</a></div>')
        out.append('<div class="live-story-post__share"><button>Link Copied!</button></div></article>')
    out += ['</div></section>',
            '<footer class="footer"><nav><a>US</a> <a>World</a> <a>Politics</a> <a>Business</a> <a>Health</a></nav>'
            '<p><a>Terms of Use</a> <a>Privacy Policy</a> <a>Ad Choices</a> <a>Accessibility &amp; CC</a> <a>About</a> <a>Newsletters</a> <a>Transcripts</a></p>'
            f'<p>\u00a9 {first.year} Cable News Network. A Warner Bros. Discovery Company. All Rights Reserved.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ---------------------------------------------------------------- 19201 CNN (HTML live updates, LiveBlogPosting JSON-LD)
KHK = "kharkiv-glide-bomb-attack-2031-02-04"
SEEDS.append(dict(
  id="19201", name="19201_cnn-liveupdates", ext="html", source="CNN", zone="America/New_York", render=r_cnn,
  title="February 4, 2031 Russia-Ukraine news", url="https://www.cnn.com/europe/live-news/russia-ukraine-war-news-02-04-31",
  description="Russian glide bombs hit Kharkiv, killing six people. Follow the latest news on Russia\u2019s war in Ukraine.",
  page_authors=["Tara Whelan", "Yevhen Sydorenko", "Darren Teague"], updated="2031-02-04 21:03", moved="2031-02-04 21:00",
  moved_id="cm91f0a7c2d40003b6k", moved_h="Our live coverage has moved",
  moved_text="Our live coverage of Russia\u2019s war in Ukraine has moved here.",
  moved_html="Our live coverage of Russia\u2019s war in Ukraine has moved [[here|https://www.cnn.com/europe/live-news/russia-ukraine-war-news-02-05-31]].",
  covering=["Russian guided bombs struck a residential area of Kharkiv on Tuesday, killing six people and wounding 23, regional officials say.",
            "NATO\u2019s chief urged allies to send Ukraine more air defense before spring, warning that Moscow is stockpiling missiles.",
            "Ukraine says its drones set an oil refinery in Russia\u2019s Saratov region on fire overnight."],
  video="Video Ad Feedback \u2014 See the aftermath of the glide bomb attack in Kharkiv",
  basis="post stamp '{s}' (ET = US Eastern, EST in February, UTC-5); local {d} in {z}",
  notes="Imitates a CNN live-news page ('February 4, 2031 Russia-Ukraine news') saved as HTML, with LiveBlogPosting JSON-LD whose updates carry their own headline, UTC datePublished and author array. Posts newest first, each with '5:48 p.m. ET, February 4, 2031', h2 headline and 'From CNN’s NAME'. The newest post ('Our live coverage has moved', 9:00 p.m. ET = 02:00 UTC on 5 Feb) is only a pointer to the next day's page and is not an entry, although it is also in the JSON-LD. The oldest post is stamped '8:40 p.m. ET, February 3, 2031' (the evening before in New York) = 01:40 UTC on 4 Feb, so every entry falls on UTC 2031-02-04. The 1:05 p.m. post is photo-only (headline, picture and caption, no text, no byline; its JSON-LD update has an image and no articleBody): importance 1. Authors are the names after 'From CNN’s'; two names joined by 'and' stay one string.",
  not_entries=["header navigation and 'Sign in'", "'Live Updates' badge", "h1 page title", "page byline 'By Tara Whelan, Yevhen Sydorenko and Darren Teague, CNN'",
               "'Updated 9:03 p.m. ET, February 4, 2031'", "'What we’re covering' heading and its three bullets (page summary)", "top video player line 'Video Ad Feedback — ...' and duration",
               "the newest post 'Our live coverage has moved' (9:00 p.m. ET; a pointer to the next page, also present in the JSON-LD)",
               "'From CNN’s ...' byline lines (author, not body)", "photo caption in the photo-only post", "'Related article' link box", "'Link Copied!' share buttons", "footer"],
  entries=[
  E("2031-02-04 17:48", "Death toll from Kharkiv glide bomb attack rises to 6, regional governor says",
    ["Six people are now confirmed dead after Russian guided aerial bombs hit a residential area of Kharkiv on Tuesday morning, regional Gov. Oleh Syniehubov said.",
     "Another 23 people were wounded, including two teenagers who remain in serious condition, Syniehubov said on Telegram. Emergency crews finished clearing the rubble of a two-story shopping arcade late in the afternoon.",
     "Kharkiv, Ukraine\u2019s second-largest city, lies about 30 kilometers (19 miles) from the Russian border and has been hit by glide bombs repeatedly this winter."],
    "strikes", "strikes", 3, KHK, a="Olena Marchuk", n="toll 6 dead, 23 wounded; first sentence contains 'Gov.' (not a sentence end)"),
  E("2031-02-04 15:20", "NATO chief urges allies to send Ukraine more air defense before spring",
    ["NATO Secretary General Mark Rutte on Tuesday urged member states to send Ukraine additional air defense systems and interceptors \u201cin the next weeks, not the next months,\u201d warning that Russia was stockpiling missiles for the spring.",
     "Speaking alongside Ukrainian Foreign Minister Andrii Sybiha in Brussels, Rutte said several allies had systems \u201csitting in warehouses\u201d that could be shipped quickly.",
     "Sybiha said Ukraine needed at least 10 more Patriot-type batteries to protect its cities and power plants."],
    "aid", "aid", 2, "rutte-air-defense-appeal-2031-02-04", a="Darren Teague", sec=["diplomacy"], related="Why Ukraine keeps running short of air defense interceptors",
    n="an appeal for air defence (aid), made at a diplomatic meeting (secondary diplomacy)"),
  E("2031-02-04 13:05", "In photos: Kharkiv residents clear debris after glide bomb attack", [],
    "strikes", "strikes", 1, KHK, photo="People clear broken glass from a courtyard in Kharkiv, Ukraine, on February 4. Iryna Bilyk/Reuters",
    n="photo-only post (headline, one picture and its caption; no text, no byline)"),
  E("2031-02-04 11:30", "Ukraine says its drones hit oil refinery in Russia\u2019s Saratov region",
    ["Ukraine\u2019s General Staff said Tuesday that its long-range drones struck an oil refinery in the Russian city of Saratov overnight, starting a fire at a primary processing unit.",
     "Saratov\u2019s regional governor said debris from downed drones had damaged \u201can industrial facility\u201d and that no one was hurt. He did not name the refinery.",
     "CNN could not independently verify the extent of the damage."],
    "strikes", "strikes", 2, "saratov-refinery-drone-strike-2031-02-04", a="Yevhen Sydorenko"),
  E("2031-02-04 09:15", "Russia claims capture of village west of Kostiantynivka",
    ["Russia\u2019s Defense Ministry claimed Tuesday that its troops had captured the village of Stupochky, west of the eastern Ukrainian city of Kostiantynivka.",
     "A spokesperson for Ukrainian forces in the area told national television the village had been a \u201cgray zone\u201d for weeks, with small Russian groups trying to slip in on foot and on motorcycles."],
    "other", "frontline", 2, "stupochky-capture-claim-2031-02-04", a="Yevhen Sydorenko"),
  E("2031-02-04 06:02", "Russian glide bombs hit Kharkiv, killing 2 and wounding at least 14",
    ["At least two people were killed and 14 wounded when Russian forces dropped guided bombs on Kharkiv\u2019s Kyivskyi district on Tuesday morning, according to Mayor Ihor Terekhov.",
     "One of the bombs struck a two-story shopping arcade that was closed at the time, Terekhov said. Others hit a courtyard between apartment buildings, blowing out hundreds of windows."],
    "strikes", "strikes", 3, KHK, a="Olena Marchuk", n="first report, toll 2 dead, 14 wounded"),
  E("2031-02-03 20:40", "Hungary blocks joint EU statement on Ukraine\u2019s accession talks",
    ["Hungary on Monday blocked a joint statement by European Union governments that would have backed opening the next stage of Ukraine\u2019s accession negotiations, two EU diplomats told CNN.",
     "Hungarian Foreign Minister P\u00e9ter Szijj\u00e1rt\u00f3 said Budapest would \u201cnot be rushed\u201d into a decision affecting Hungarian farmers and the ethnic Hungarian minority in western Ukraine."],
    "diplomacy", "diplomacy", 2, "hungary-blocks-eu-accession-statement-2031-02-04", a="Tara Whelan and Darren Teague",
    n="stamped 8:40 p.m. ET on February 3 = 01:40 UTC on February 4; two names joined by 'and'"),
  ]))


def r_nyt(S):
    """New York Times live page, HTML. LiveBlogPosting JSON-LD (updates with headline, datePublished, author, articleBody).
    Visible: masthead and sections, 'LIVE', 'Updated Feb. 5, 2031, 5:20 p.m. ET', h1, summary, 'Share full article'; a 'Pinned'
    post on top (older than the rest, not repeated below), then posts newest first: 'Feb. 5, 2031, 11:04 a.m. ET', h2 headline,
    author name + 'Reporting from CITY', body, 'Credit...' photo credits; 'Advertisement / SKIP ADVERTISEMENT' between posts."""
    z = S["zone"]; order_check(S, True)
    stamp = lambda d: f"{AP_MON[d.month - 1]} {d.day}, {d.year}, {ampm(d, dots=True)} ET"
    upd = dt(S["updated"], z)
    stamps = [stamp(dt(e["t"], z)) for e in S["entries"]]
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "url": f"{S['url']}#{slugify(e['h'])[:40]}", "headline": e["h"], "datePublished": d.isoformat(),
                    "dateModified": (d + timedelta(minutes=9)).isoformat(),
                    "author": [{"@type": "Person", "name": n, "url": f"https://www.nytimes.com/by/{slugify(n)}"} for n in e["a"].split(" and ")],
                    "articleBody": "\n\n".join(plain(p) for p in e["p"])})
    first = min(dt(e["t"], z) for e in S["entries"])
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "url": S["url"], "headline": S["title"], "description": S["summary"],
          "datePublished": first.isoformat(), "dateModified": upd.isoformat(), "coverageStartTime": first.isoformat(),
          "publisher": {"@type": "NewsMediaOrganization", "name": "The New York Times", "logo": {"@type": "ImageObject", "url": "https://static01.nyt.com/images/misc/NYT_logo_rss_250x40.png"}},
          "isAccessibleForFree": False, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - The New York Times</title>', ld_script(ld), '</head><body>',
           '<div id="app"><a class="skip" href="#site-content">Skip to content</a> <a class="skip" href="#site-index">Skip to site index</a>',
           '<header class="masthead"><a class="sections-button">SEARCH</a> <a class="logo" href="/">The New York Times</a> '
           '<a class="subscribe">Give the times</a> <a class="login">Account</a></header>',
           '<nav class="sections"><a>World</a> <a>U.S.</a> <a>Politics</a> <a>N.Y.</a> <a>Business</a> <a>Opinion</a> <a>Science</a> <a>Health</a> '
           '<a>Sports</a> <a>Arts</a> <a>Books</a> <a>Style</a> <a>Food</a> <a>Travel</a> <a>Magazine</a> <a>Real Estate</a> <a>Video</a></nav>',
           '<main id="site-content"><div class="live-header"><span class="live-label">LIVE</span>',
           f'<p class="live-updated"><time datetime="{upd.isoformat()}">Updated {stamp(upd)}</time></p></div>',
           f'<h1>{esc(S["title"])}</h1>', f'<p class="summary">{esc(S["summary"])}</p>', '<button class="share">Share full article</button>',
           f'<figure class="lead"><img src="https://static01.nyt.com/images/2031/02/05/multimedia/05ukraine-lead.jpg" alt=""><figcaption>{esc(S["lead_caption"])}'
           f'<span class="credit">Credit...{esc(S["lead_credit"])}</span></figcaption></figure>']
    for i, e in enumerate(S["entries"]):
        if i == 0 and e.get("pinned_top"):
            out.append('<div class="pinned-post"><span class="pinned-label">Pinned</span>')
        out.append(f'<article class="live-blog-post" id="{slugify(e["h"])[:40]}"><p class="post-time"><time datetime="{dt(e["t"], z).isoformat()}">{stamps[i]}</time></p>'
                   f'<h2>{esc(e["h"])}</h2>')
        out.append(f'<div class="byline"><p class="byline-name">{esc(e["a"])}</p><p class="byline-location">Reporting from {esc(e["from"][0])}</p></div>')
        out += [f'<p class="story-body-text">{rich(p)}</p>' for p in e["p"]]
        if e.get("photo"):
            out.append(f'<figure><img src="https://static01.nyt.com/images/2031/02/05/multimedia/05ukraine-{i}.jpg" alt=""><figcaption>{esc(e["photo"][0])}'
                       f'<span class="credit">Credit...{esc(e["photo"][1])}</span></figcaption></figure>')
        out.append('<div class="post-share"><button>Share</button></div></article>')
        if i == 0 and e.get("pinned_top"):
            out.append('</div>')
        if i in (1, 4):
            out.append('<div class="ad"><p>Advertisement</p><a href="#after-ad">SKIP ADVERTISEMENT</a></div>')
    out += ['<div class="more"><button>See more updates</button></div>',
            '<aside class="related"><h3>More on the war in Ukraine</h3><ul>' + "".join(f'<li><a>{esc(x)}</a></li>' for x in S["related"]) + '</ul></aside></main>',
            '<footer id="site-index"><p>Site Index</p><p>Site Information Navigation</p>'
            f'<p>\u00a9 {first.year} The New York Times Company</p><a>NYTCo</a> <a>Contact Us</a> <a>Accessibility</a> <a>Work with us</a> <a>Advertise</a> '
            '<a>Your Ad Choices</a> <a>Privacy Policy</a> <a>Terms of Service</a></footer></div></body></html>']
    return "\n".join(out) + "\n", stamps


# ---------------------------------------------------------------- 19202 New York Times (HTML live, pinned post)
ENERGY = "russian-strike-on-ukraine-power-grid-2031-02-05"
SEEDS.append(dict(
  id="19202", name="19202_nytimes-live", ext="html", source="The New York Times", zone="America/New_York", render=r_nyt,
  title="Russia Pounds Ukraine\u2019s Power Grid as Temperatures Plunge", url="https://www.nytimes.com/live/2031/02/05/world/russia-ukraine-news",
  summary="The overnight barrage of missiles and drones, the largest against Ukraine\u2019s energy system this winter, cut power and heat to hundreds of thousands of homes.",
  updated="2031-02-05 17:20", lead_caption="A repair crew at a damaged substation in central Ukraine on Wednesday.", lead_credit="Finbar Oyelaran for The New York Times",
  related=["How Ukraine Keeps the Lights On Under Fire", "The Drone Factories Hidden in Ukraine\u2019s Basements"],
  basis="post time '{s}' (ET = US Eastern, EST in February, UTC-5); local {d} in {z}",
  notes="Imitates a New York Times live page saved as HTML, with LiveBlogPosting JSON-LD (per-update headline, datePublished with -05:00, author array, articleBody). A 'Pinned' post sits on top of the page (4:55 a.m. ET, the oldest post; it is not repeated further down), then posts newest first. Each post: 'Feb. 5, 2031, 11:04 a.m. ET', h2 headline, author name(s) and 'Reporting from CITY', body, optional picture with 'Credit...' line. First sentences use NYT style ('Mr.', 'Ms.', 'Dmitri S. Peskov'). Page order is pinned first, so published times are not monotonic at the top.",
  not_entries=["skip links, masthead, section navigation", "'LIVE' label and 'Updated Feb. 5, 2031, 5:20 p.m. ET'", "h1 page title and summary", "'Share full article'",
               "lead picture caption and 'Credit...' line", "'Pinned' label (the pinned post itself IS an entry)", "'Reporting from ...' lines and author names (author, not body)",
               "picture captions and 'Credit...' lines inside posts", "'Advertisement' / 'SKIP ADVERTISEMENT' blocks", "'See more updates' button",
               "'More on the war in Ukraine' related links", "footer / site index"],
  entries=[
  E("2031-02-05 04:55", "Russia Pounds Ukraine\u2019s Power Grid, Leaving Hundreds of Thousands in the Cold",
    ["Russia fired dozens of missiles and more than 150 drones at Ukraine\u2019s power plants and substations overnight, cutting electricity and heating to hundreds of thousands of homes as temperatures fell to minus 15 degrees Celsius (5 degrees Fahrenheit), Ukrainian officials said on Wednesday.",
     "The attack, the largest on the energy system this winter, hit thermal plants in the Poltava and Sumy regions and a major substation near Vinnytsia, according to Ukrenergo, the state grid operator. At least two people were killed in the Poltava region, the regional governor said.",
     "President Volodymyr Zelensky said the strikes had been timed to the cold snap. \u201cTonight they were not fighting our army, they were fighting our radiators,\u201d he wrote on social media."],
    "strikes", "strikes", 3, ENERGY, a="Anatol Brzeski and Oksana Hrytsenko", pinned_top=True, **{"from": ["Kyiv and Poltava, Ukraine"]},
    photo=("Firefighters at a thermal power plant in the Poltava region on Wednesday.", "State Emergency Service of Ukraine, via Associated Press"),
    n="pinned post on top of the page (the oldest post; page order is not time order here); two names joined by 'and'"),
  E("2031-02-05 17:12", "Kremlin Rejects Call for a Winter Halt to Energy Strikes",
    ["The Kremlin on Wednesday dismissed a proposal by several European governments for both sides to stop striking each other\u2019s energy facilities until the end of winter.",
     "Dmitri S. Peskov, the Kremlin spokesman, told reporters that such a pause would only give Ukraine \u201ctime to rearm\u201d and that Russia\u2019s strikes were aimed at military-industrial targets. Ukraine has said it would observe a halt if Russia did."],
    "diplomacy", "diplomacy", 2, "kremlin-rejects-energy-truce-proposal-2031-02-05", a="Valerie Hopkirk", **{"from": ["Berlin"]},
    n="a diplomatic response on the theme of energy strikes, not the strike itself: own story"),
  E("2031-02-05 14:30", "Spain Pledges 400 Million Euros in New Military Aid",
    ["Spain will send Ukraine 400 million euros, or about $430 million, in military aid this year, including more Aspide air-defense missiles and armored vehicles, Prime Minister Pedro S\u00e1nchez said on Wednesday.",
     "Mr. S\u00e1nchez made the announcement after meeting Ukraine\u2019s prime minister, Yulia Svyrydenko, in Madrid. Spain has been criticized by some NATO allies for spending less on defense than most of the alliance."],
    "aid", "aid", 3, "spain-military-aid-pledge-2031-02-05", a="Rafael Quintero", **{"from": ["Madrid"]}),
  E("2031-02-05 12:15", "Strikes Damaged Two Thermal Plants, Energy Minister Says, Warning of Blackouts",
    ["Ukraine\u2019s energy minister, Svitlana Hrynchuk, said on Wednesday that two thermal power plants had been seriously damaged in the overnight attack and that scheduled blackouts of up to 12 hours a day would be needed in several regions until at least the end of February.",
     "Ms. Hrynchuk said repair crews had restored power to about half of the 640,000 households that lost it overnight."],
    "strikes", "strikes", 3, ENERGY, a="Oksana Hrytsenko", **{"from": ["Kyiv, Ukraine"]}, n="damage assessment of the same overnight attack"),
  E("2031-02-05 10:05", "Drone Attack Hits Power Substation in Russia\u2019s Kursk Region",
    ["A Ukrainian drone attack damaged a power substation in Russia\u2019s Kursk region early on Wednesday, leaving several villages without electricity, the regional governor, Aleksandr Khinshtein, said.",
     "The Russian Defense Ministry said its air defenses had destroyed 27 Ukrainian drones over the Kursk, Belgorod and Bryansk regions overnight."],
    "strikes", "strikes", 2, "kursk-substation-drone-attack-2031-02-05", a="Valerie Hopkirk", **{"from": ["Berlin"]},
    n="an energy target hit by the other side on the same night: must not merge with the Russian strike on Ukraine's grid"),
  E("2031-02-05 08:20", "Ukrainian Court Convicts Former Lawmaker of Treason in Absentia",
    ["A court in Kyiv on Wednesday convicted a former member of Ukraine\u2019s Parliament of treason in absentia and sentenced him to 15 years in prison, prosecutors said.",
     "Prosecutors said the former lawmaker, who fled to Russia in 2022, had helped plan the occupation of towns in the Kherson region in the first weeks of the full-scale invasion."],
    "other", "politics", 2, "former-lawmaker-treason-conviction-2031-02-05", a="Oksana Hrytsenko", **{"from": ["Kyiv, Ukraine"]}),
  E("2031-02-05 06:40", "Ukraine Says It Shot Down 31 of 44 Missiles",
    ["Ukraine\u2019s air force said on Wednesday morning that it had shot down or jammed 31 of the 44 missiles and 128 of the 163 drones that Russia launched overnight.",
     "The air force said Russia had used Kinzhal hypersonic missiles against targets in central Ukraine, which are harder to intercept than cruise missiles."],
    "strikes", "strikes", 3, ENERGY, a="Anatol Brzeski", **{"from": ["Kyiv, Ukraine"]}),
  ]))


def r_sky(S):
    """Sky News live page, HTML, no JSON-LD. Visible: nav, 'LIVE', h1, standfirst, 'Thursday 6 February 2031 19:20, UK',
    'Why you can trust Sky News', 'Key points' list (post headlines), then posts newest first: time with seconds '19:04:31', h3
    headline, optional correspondent (name + role), body; 'Watch:' posts carry only a video player."""
    z = S["zone"]; order_check(S, True)
    upd = dt(S["updated"], z)
    stamps = [f"{dt(e['t'], z):%H:%M:%S}" for e in S["entries"]]
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | World News | Sky News</title>',
           '<meta property="og:site_name" content="Sky News"></head><body>',
           '<header class="sdc-site-header"><a class="logo" href="/">Sky News</a> <a class="watch-live" href="/watch-live">Watch Live</a>'
           '<nav><a>Home</a> <a>UK</a> <a>Politics</a> <a>World</a> <a>US</a> <a>Money</a> <a>Science, Climate &amp; Tech</a> <a>Ents &amp; Arts</a> '
           '<a>Offbeat</a> <a>Analysis</a> <a>Data &amp; Forensics</a> <a>Videos</a> <a>Weather</a></nav></header>',
           '<main><div class="sdc-site-live-badge">LIVE</div>', f'<h1 class="sdc-article-header__long-title">{esc(S["title"])}</h1>',
           f'<p class="sdc-article-header__sub-title">{esc(S["standfirst"])}</p>',
           f'<p class="sdc-article-date"><time>{DAYS[upd.weekday()]} {upd.day} {MONTHS[upd.month - 1]} {upd.year} {upd:%H:%M}, UK</time></p>',
           '<p class="sdc-article-trust"><a href="/editorial-guidelines">Why you can trust Sky News</a></p>',
           '<section class="live-key-points"><h2>Key points</h2><ul>' + "".join(f'<li><a>{esc(e["h"])}</a></li>' for e in S["entries"] if e["kp"]) + '</ul></section>',
           '<div class="live-tv"><p>Watch Sky News live on YouTube, Freeview 233 and Sky 501</p></div>', '<div class="ncpost-list">']
    for i, e in enumerate(S["entries"]):
        out.append(f'<div class="ncpost-container" id="post-{hexid(S["id"], i)[:10]}"><div class="ncpost-header"><time class="ncpost-timestamp">{stamps[i]}</time></div>'
                   f'<h3 class="ncpost-title">{esc(e["h"])}</h3>')
        if e["a"]:
            out.append(f'<div class="ncpost-author"><span class="ncpost-author__name">{esc(e["a"])}</span><span class="ncpost-author__role">{esc(e["role"])}</span></div>')
        if e["p"]:
            out += [f'<p>{rich(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="sdc-site-video"><button>Play Video - ' + esc(e["h"].split(": ", 1)[-1]) + '</button><span>1:36</span></div>')
        out.append('<div class="ncpost-share"><a>Share</a></div></div>')
        if i == 2:
            out.append('<aside class="promo"><h3>Listen to the Sky News Daily podcast</h3>'
                       '<p>Tap here to follow wherever you get your podcasts</p></aside>')
    out += ['</div><div class="ncpost-loadmore"><button>Load more posts</button></div></main>',
            '<footer><a>About Sky News</a> <a>About Us</a> <a>Sky News International</a> <a>Sky News Library Sales</a> <a>Site Map</a> '
            '<a>Editorial Guidelines</a> <a>Privacy &amp; Cookies</a> <a>Terms &amp; Conditions</a> <a>Advertise with us</a>'
            f'<p>\u00a9 {upd.year} Sky UK</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_telegraph(S):
    """The Telegraph live blog, HTML. LiveBlogPosting JSON-LD with per-update headline, datePublished (UTC 'Z') and articleBody, no
    per-update author. Visible: nav, 'Live' flag, h1, standfirst, page byline 'By A and B', date line '7 February 2031 6:10pm',
    'Related Topics', main picture 'Credit: ...', then posts newest first: time '5:42pm', h2 title, body with embedded posts from X."""
    z = S["zone"]; order_check(S, True)
    upd = dt(S["updated"], z)
    stamps = [ampm(dt(e["t"], z)) for e in S["entries"]]
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "headline": e["h"], "datePublished": d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
             "url": f"{S['url']}#post-{hexid(S['id'], i)[:8]}"}
        u["articleBody"] = " ".join(plain(p) for p in e["p"]) if e["p"] else ""
        if e.get("video"):
            u["video"] = {"@type": "VideoObject", "name": e["h"], "thumbnailUrl": f"https://www.telegraph.co.uk/content/dam/video_previews/{hexid(S['id'], i)[:12]}.jpg"}
        ups.append(u)
    first = min(dt(e["t"], z) for e in S["entries"])
    ld = {"@context": "http://schema.org", "@type": "LiveBlogPosting", "headline": S["title"], "description": S["standfirst"],
          "url": S["url"], "datePublished": first.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), "dateModified": upd.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
          "coverageStartTime": first.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
          "author": [{"@type": "Person", "name": n} for n in S["byline"].split(" and ")],
          "publisher": {"@type": "NewsMediaOrganization", "name": "The Telegraph", "logo": {"@type": "ImageObject", "url": "https://www.telegraph.co.uk/etc/designs/telegraph/core/clientlibs/core/icons/favicon.png"}},
          "isAccessibleForFree": "False", "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>', ld_script(ld), '</head><body>',
           '<header class="site-header"><a class="logo" href="/">The Telegraph</a> <a class="subscribe" href="/subscribe">Subscribe now</a> '
           '<a class="login" href="/login">Log in</a><nav><a>News</a> <a>Sport</a> <a>Money</a> <a>Business</a> <a>Opinion</a> <a>Ukraine</a> <a>US</a> '
           '<a>Travel</a> <a>Health</a> <a>Lifestyle</a> <a>Culture</a> <a>Puzzles</a></nav></header>',
           '<main><div class="article-header"><span class="live-flag">Live</span>', f'<h1 class="headline">{esc(S["title"])}</h1>',
           f'<p class="standfirst">{esc(S["standfirst"])}</p>', f'<p class="byline">By {esc(S["byline"])}</p>',
           f'<p class="article-date"><time datetime="{upd.isoformat()}">{upd.day} {MONTHS[upd.month - 1]} {upd.year} {ampm(upd)}</time></p>',
           '<div class="related-topics"><span>Related Topics</span> <a>Ukraine</a> <a>Russia</a> <a>Vladimir Putin</a> <a>Volodymyr Zelensky</a></div></div>',
           f'<figure class="main-image"><img src="https://www.telegraph.co.uk/content/dam/world-news/2031/02/07/TELEMMGLPICT000{hexid(S["id"], 5)[:9]}.jpeg" alt="">'
           f'<figcaption>{esc(S["caption"])} <span class="credit">Credit: {esc(S["credit"])}</span></figcaption></figure>',
           '<div class="live-posts">']
    for i, e in enumerate(S["entries"]):
        out.append(f'<div class="live-post" id="post-{hexid(S["id"], i)[:8]}"><div class="live-post__time">{stamps[i]}</div><h2 class="live-post__title">{esc(e["h"])}</h2>')
        for j, p in enumerate(e["p"]):
            out.append(f'<p>{rich(p)}</p>')
            if e.get("tweet") and j == e["tweet"][0]:
                out.append(f'<blockquote class="twitter-tweet"><p>{esc(e["tweet"][1])}</p>\u2014 {esc(e["tweet"][2])}</blockquote>')
        if e.get("video"):
            out.append('<div class="video-player"><span>Play</span><span>00:48</span></div>')
        out.append('</div>')
        if i == 3:
            out.append('<aside class="subscribe-promo"><p>Telegraph readers get unlimited access to our award-winning journalism.</p>'
                       '<p>Subscribe for \u00a31 for three months</p></aside>')
    out += ['</div><div class="comments"><h3>Join the conversation</h3><p>Show comments</p></div>',
            '<aside class="related"><h3>Related Topics</h3><a>Ukraine</a> <a>Russia</a></aside>',
            '<aside class="more-stories"><h3>More stories</h3>' + "".join(f'<a>{esc(x)}</a> ' for x in S["more"]) + '</aside></main>',
            f'<footer><p>\u00a9 Telegraph Media Group Limited {upd.year}</p><a>Terms and Conditions</a> <a>Privacy</a> <a>Cookie Policy</a> <a>Contact us</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ---------------------------------------------------------------- 19203 Sky News (HTML live, Key points, HH:MM:SS)
SUMY = "sumy-missile-strike-2031-02-06"
UKAD = "uk-air-defence-package-2031-02-06"
SEEDS.append(dict(
  id="19203", name="19203_skynews-live", ext="html", source="Sky News", zone="Europe/London", render=r_sky,
  title="Ukraine war latest: Missile hits student dormitory in Sumy; UK pledges \u00a3350m for air defence",
  standfirst="Four people are now known to have died after a Russian missile struck the centre of Sumy. Meanwhile, the defence secretary has announced new money for air defence during a visit to Ukrainian recruits in Wiltshire.",
  updated="2031-02-06 19:20",
  basis="post time '{s}' (UK time; the page date line reads 'Thursday 6 February 2031 19:20, UK'; GMT = UTC in February); local {d} in {z}",
  notes="Imitates a Sky News live page saved as HTML (no JSON-LD). Date line 'Thursday 6 February 2031 19:20, UK', 'Why you can trust Sky News', a 'Key points' list whose three items are exact post titles (key_point true), then posts newest first with times printed to the second ('19:04:31', so published carries seconds). Correspondent posts show name and role under the title; desk posts have no author (null). The newest post is a 'Watch:' video post with only a player (importance 1); it shows the visit where the air-defence package was announced, so it shares that story. 16:47 is an analysis piece by a military analyst (theme piece, importance 2).",
  not_entries=["header, 'Watch Live' and navigation", "'LIVE' badge", "h1 page title", "standfirst", "date line 'Thursday 6 February 2031 19:20, UK'",
               "'Why you can trust Sky News' link", "'Key points' heading and its three items (pointers to posts)", "'Watch Sky News live on YouTube, Freeview 233 and Sky 501'",
               "author role lines ('Political reporter', 'Military analyst')", "video player 'Play Video - ...' and duration in the Watch post", "'Share' links",
               "podcast promo after the third post", "'Load more posts'", "footer"],
  entries=[
  E("2031-02-06 19:04:31", "Watch: Healey meets Ukrainian recruits training on Salisbury Plain", [],
    "aid", "aid", 1, UKAD, n="video post without text (teaser); shows the visit at which the package was announced"),
  E("2031-02-06 18:12:09", "Sumy death toll rises to four",
    ["A fourth person has died in hospital after this morning's Russian missile strike on Sumy, the region's military administration has said.",
     "The missile hit a college dormitory and a neighbouring car repair workshop in the centre of the city. Twenty-two people were wounded, five of them students."],
    "strikes", "strikes", 3, SUMY, kp=True, n="toll 4 dead, 22 wounded; Key point"),
  E("2031-02-06 16:47:55", "Analysis: Why Russia is moving its bombers further from Ukraine",
    ["Satellite images published this week show Russia has moved most of its Tu-95 and Tu-22M3 bombers to airfields in the far north and east, well over 1,500 miles from the Ukrainian border.",
     "That is a direct result of Ukraine's long-range drone campaign, which over the past two years has shown that almost no airbase in western Russia is out of reach.",
     "The move costs Moscow time. Bombers now have to fly for hours before they can launch their cruise missiles, which gives Ukraine's air force longer warning of large attacks."],
    "other", "security", 2, "analysis-russian-bomber-redeployment-2031-02-06", a="Dr Hester Quayle", role="Military analyst", sec=["strikes"],
    n="theme piece (analysis of bomber basing), no single event"),
  E("2031-02-06 15:30:02", "UK announces \u00a3350m air defence package for Ukraine",
    ["The UK will provide a further \u00a3350m for Ukraine's air defence, including thousands of short-range missiles made in Belfast, Defence Secretary John Healey has announced.",
     "Speaking during a visit to Ukrainian recruits training on Salisbury Plain, Mr Healey said the money would be spent \"this year, not over the next five\".",
     "The package takes UK military support for Ukraine announced since the start of the year to more than \u00a31.1bn, according to the Ministry of Defence."],
    "aid", "aid", 3, UKAD, a="Tom Carrick", role="Political reporter", kp=True, n="Key point"),
  E("2031-02-06 13:18:40", "Russia expels British diplomat in tit-for-tat move",
    ["Russia's foreign ministry says it has ordered a British diplomat to leave the country within two weeks, accusing her of \"intelligence activities\".",
     "The Foreign Office called the allegation baseless and said the UK would \"respond appropriately\". Last month Britain expelled a Russian defence attache."],
    "diplomacy", "diplomacy", 2, "russia-expels-british-diplomat-2031-02-06"),
  E("2031-02-06 11:02:17", "Two killed as Russian missile hits student dormitory in Sumy",
    ["Two people have been killed and at least 15 wounded after a Russian ballistic missile hit the centre of Sumy, in northeastern Ukraine, local officials say.",
     "Acting mayor Artem Kobzar said the missile struck a college dormitory shortly after noon local time, when most students were in class."],
    "strikes", "strikes", 3, SUMY, kp=True, n="first report, toll 2 dead, 15 wounded; Key point"),
  E("2031-02-06 09:45:50", "Ukraine says drones hit ammunition depot in Russia's Bryansk region",
    ["Ukraine's general staff says its drones struck an ammunition depot near the town of Klintsy in Russia's Bryansk region overnight, causing a series of secondary explosions.",
     "Bryansk governor Alexander Bogomaz said a drone attack had been repelled and that there were no casualties. He did not mention a depot."],
    "strikes", "strikes", 2, "bryansk-ammunition-depot-drone-strike-2031-02-06"),
  ]))


# ---------------------------------------------------------------- 19204 The Telegraph (HTML live, LiveBlogPosting JSON-LD)
LSHIP = "feodosia-landing-ship-sea-drone-strike-2031-02-07"
SEEDS.append(dict(
  id="19204", name="19204_telegraph-live", ext="html", source="The Telegraph", zone="Europe/London", render=r_telegraph,
  title="Ukraine-Russia war latest: Sea drones sink Russian landing ship off Crimea, says Kyiv",
  url="https://www.telegraph.co.uk/world-news/2031/02/07/ukraine-russia-war-latest-news-landing-ship-crimea/",
  standfirst="Follow the latest updates as Germany pledges \u20ac500 million for Patriot missiles and Zelensky warns of a build-up near Zaporizhzhia",
  byline="Sophie Varnam and Callum Fairbairn", updated="2031-02-07 18:10",
  caption="A Ukrainian serviceman launches a reconnaissance drone in the Zaporizhzhia region", credit="Anadolu/Getty Images",
  more=["Putin\u2019s war economy is running out of workers", "Inside the Kharkiv factory building drones under fire", "The Baltic ferry that became a spy target"],
  basis="post time '{s}' (UK time, printed without zone; page dated '7 February 2031'; GMT = UTC in February); local {d} in {z}",
  notes="Imitates a Telegraph live blog saved as HTML, with LiveBlogPosting JSON-LD (per-update headline, datePublished in UTC and articleBody; no per-update author; the 'Watch' update has an empty articleBody and a video object). Page byline 'By Sophie Varnam and Callum Fairbairn' and date line '7 February 2031 6:10pm'; posts newest first with a bare '5:42pm' time (UK time) and a bold title. No per-post bylines, so every entry takes the page byline (one string, two names joined by 'and'). The 2:10pm post embeds a post from X (quoted text plus '— Defense of Ukraine (@DefenceU) February 7, 2031'), which is not a body paragraph. The 3:35pm 'Watch:' post has only a video player (importance 1).",
  not_entries=["header, 'Subscribe now', 'Log in', navigation", "'Live' flag", "h1 page title", "standfirst", "page byline", "date line '7 February 2031 6:10pm'",
               "'Related Topics' links", "main picture caption and 'Credit: Anadolu/Getty Images'", "embedded X post inside the 2:10pm post (quoted text and attribution line)",
               "video player in the 'Watch:' post", "subscription promo after the fourth post", "'Join the conversation' / 'Show comments'",
               "'More stories' links", "footer"],
  entries=[
  E("2031-02-07 18:05", "Zelensky: Russia massing troops for new push on Zaporizhzhia",
    ["Volodymyr Zelensky has said Russia is gathering tens of thousands of troops in occupied parts of the Zaporizhzhia region ahead of a spring offensive.",
     "In his nightly address, the Ukrainian president said intelligence showed \"at least 60,000\" soldiers had been moved into the area since January, and urged allies to speed up deliveries of armoured vehicles."],
    "other", "frontline", 2, "russian-build-up-zaporizhzhia-2031-02-07", a="Sophie Varnam and Callum Fairbairn"),
  E("2031-02-07 16:50", "Germany to send \u20ac500m of Patriot interceptors",
    ["Germany will pay for \u20ac500 million worth of Patriot interceptor missiles for Ukraine, Boris Pistorius, the defence minister, has announced in Berlin.",
     "Mr Pistorius said the first missiles would arrive \"within weeks\" and that Berlin was talking to two other countries about giving Ukraine a further Patriot battery."],
    "aid", "aid", 3, "germany-patriot-interceptors-2031-02-07", a="Sophie Varnam and Callum Fairbairn"),
  E("2031-02-07 15:35", "Watch: Drone footage shows strike on Russian landing ship", [],
    "strikes", "strikes", 1, LSHIP, a="Sophie Varnam and Callum Fairbairn", video=True, n="video post without text (teaser)"),
  E("2031-02-07 14:10", "Ukraine says it sank Russian landing ship off Crimea",
    ["Ukraine's military intelligence agency says its sea drones have sunk a Russian landing ship near the port of Feodosia in occupied Crimea.",
     "The HUR said the vessel, a Ropucha-class ship, was hit by at least four drones shortly before dawn and went down within an hour.",
     "Russia's defence ministry has not commented. If confirmed, it would be the first Russian warship sunk in more than a year."],
    "strikes", "strikes", 3, LSHIP, a="Sophie Varnam and Callum Fairbairn",
    tweet=(1, "Another one for the bottom of the Black Sea. pic.twitter.com/k3Qv8ZpL2w", "Defense of Ukraine (@DefenceU) February 7, 2031"),
    n="embedded X post between paragraphs 2 and 3 is not body"),
  E("2031-02-07 12:25", "Kremlin: peace talks 'not on the agenda'",
    ["The Kremlin has said peace talks with Ukraine are \"not on the agenda\" while Kyiv continues to strike Russian territory.",
     "Dmitry Peskov, Vladimir Putin's spokesman, said Moscow remained \"open in principle\" to negotiations but that \"the conditions are well known\"."],
    "diplomacy", "diplomacy", 2, "kremlin-talks-not-on-agenda-2031-02-07", a="Sophie Varnam and Callum Fairbairn"),
  E("2031-02-07 11:00", "Two killed in Russian shelling of Nikopol",
    ["Two men were killed when Russian artillery shelled the town of Nikopol, across the Dnipro river from the occupied Zaporizhzhia nuclear power plant, the regional governor said.",
     "Nikopol has been shelled almost daily since 2022, and more than half of its pre-war population has left."],
    "strikes", "strikes", 3, "nikopol-shelling-2031-02-07", a="Sophie Varnam and Callum Fairbairn"),
  E("2031-02-07 09:15", "Russia's central bank holds rates at 17pc as war spending bites",
    ["Russia's central bank has kept its key interest rate at 17pc, warning that high military spending and labour shortages were still pushing up prices.",
     "Elvira Nabiullina, the bank's governor, said inflation had slowed less than expected in January."],
    "other", "politics", 2, "russia-central-bank-rates-2031-02-07", a="Sophie Varnam and Callum Fairbairn",
    n="Russia's war economy: about the war's effects, so not off-beat"),
  ]))


def r_wapo(S):
    """Washington Post live updates, HTML. LiveBlogPosting JSON-LD whose updates carry headline, datePublished, author and an
    articleBody in which apostrophes and quotes are left as HTML entities (&#8217; &quot;). Visible: masthead, 'LIVE',
    h1, subheadline, byline, 'Updated Feb. 9, 2031 at 5:14 p.m. EST', "Here's what to know" bullets; cards newest first:
    'Feb. 9, 2031 at 5:10 p.m. EST', h2 headline, 'By NAME', body, 'Share / Gift Article'; photo cards carry only pictures."""
    z = S["zone"]; order_check(S, True)
    stamp = lambda d: f"{AP_MON[d.month - 1]} {d.day}, {d.year} at {ampm(d, dots=True)} {d.tzname()}"
    upd = dt(S["updated"], z)
    stamps = [stamp(dt(e["t"], z)) for e in S["entries"]]
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#link-{hexid(S['id'], i)[:26].upper()}", "headline": ents_escape(e["h"]),
             "datePublished": d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"}
        if e["a"]:
            u["author"] = [{"@type": "Person", "name": n} for n in e["a"].split(" and ")]
        u["articleBody"] = ents_escape(" ".join(plain(p) for p in e["p"]))
        if e.get("photos"):
            u["image"] = [{"@type": "ImageObject", "url": f"https://www.washingtonpost.com/wp-apps/imrs.php?src=https://arc-anglerfish-washpost-prod-washpost.s3.amazonaws.com/public/{hexid(S['id'], k)[:26].upper()}.jpg", "caption": c}
                          for k, c in enumerate(e["photos"])]
        ups.append(u)
    first = min(dt(e["t"], z) for e in S["entries"])
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "url": S["url"], "headline": ents_escape(S["title"]),
          "description": ents_escape(S["sub"]), "datePublished": first.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
          "dateModified": upd.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"), "coverageStartTime": first.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
          "author": [{"@type": "Person", "name": n} for n in S["page_authors"]],
          "publisher": {"@type": "NewsMediaOrganization", "name": "The Washington Post"}, "isAccessibleForFree": False, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - The Washington Post</title>', ld_script(ld), '</head><body>',
           '<header><button>Sections</button> <a class="logo" href="/">The Washington Post</a> <span class="tagline">Democracy Dies in Darkness</span> '
           '<a class="subscribe">Subscribe</a> <a class="signin">Sign in</a></header>',
           '<main><div class="live-flag">LIVE</div>', f'<h1>{esc(S["title"])}</h1>', f'<p class="subheadline">{esc(S["sub"])}</p>',
           f'<div class="byline">By {esc(", ".join(S["page_authors"][:-1]))} and {esc(S["page_authors"][-1])}</div>',
           f'<div class="display-date">Updated {stamp(upd)}</div>',
           '<div class="share-tools"><button>Gift Article</button> <button>Share</button> <button>Comment</button></div>',
           '<div class="key-updates"><h2>Here\u2019s what to know</h2><ul>' + "".join(f'<li>{esc(x)}</li>' for x in S["know"]) + '</ul></div>']
    for i, e in enumerate(S["entries"]):
        out.append(f'<div class="card" id="link-{hexid(S["id"], i)[:26].upper()}"><span class="card-timestamp">{stamps[i]}</span><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<div class="card-byline">By {esc(e["a"])}</div>')
        out += [f'<p>{rich(p)}</p>' for p in e["p"]]
        for k, c in enumerate(e.get("photos", [])):
            out.append(f'<figure><img src="https://www.washingtonpost.com/wp-apps/imrs.php?src={hexid(S["id"], k)[:26].upper()}.jpg&amp;w=916" alt=""><figcaption>{esc(c)}</figcaption></figure>')
        out.append('<div class="card-share"><button>Share</button> <span class="copied">Link copied</span></div></div>')
        if i == 2:
            out.append('<aside class="newsletter"><h3>World Brief</h3><p>The biggest stories from around the globe, in your inbox every weekday.</p><button>Sign up</button></aside>')
    out += ['<div class="load-more"><button>Load more updates</button></div></main>',
            '<footer><a>About The Post</a> <a>Contact the Newsroom</a> <a>Contact Customer Care</a> <a>Request a Correction</a> <a>Terms of Use</a> '
            f'<a>Privacy Policy</a> <p>\u00a9 1996-{upd.year} The Washington Post</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ---------------------------------------------------------------- 19205 Washington Post (HTML live, JSON-LD with entities)
SEEDS.append(dict(
  id="19205", name="19205_washingtonpost-live", ext="html", source="The Washington Post", zone="America/New_York", render=r_wapo,
  title="Russia-Ukraine war live updates: Russian strike on Kherson market kills 2",
  url="https://www.washingtonpost.com/world/2031/02/09/russia-ukraine-war-news-live-updates/",
  sub="Ukraine\u2019s military says it beat back one of the largest Russian assaults in weeks near Siversk, while a Vatican envoy arrived in Moscow for talks on deported children.",
  page_authors=["Mykhailo Levchenko", "Ellie Brandt", "Grace Whitford"], updated="2031-02-09 17:14",
  know=["Russia attacked Ukraine overnight with 112 drones and six ballistic missiles, Ukraine\u2019s air force said.",
        "A Russian strike on a market in Kherson killed two people and injured nine, regional officials said.",
        "A Vatican envoy is in Moscow for talks on returning Ukrainian children taken to Russia."],
  basis="card stamp '{s}' (US Eastern time, EST = UTC-5 printed); local {d} in {z}",
  notes="Imitates a Washington Post live-updates page saved as HTML. LiveBlogPosting JSON-LD: each update has its own headline, UTC datePublished, author array (absent on the photo card) and an articleBody in which apostrophes and quotes are HTML entities (&#8217;, &quot;); the visible text is the decoded form. Cards newest first with 'Feb. 9, 2031 at 5:10 p.m. EST', h2 headline, 'By NAME' and body. The 1:40 p.m. card is photo-only (headline and two captioned pictures, empty articleBody): importance 1. 7:20 a.m. is an explainer on mobilisation rules (theme piece). The Moldova drone crash is a separate spill-over incident, not the overnight attack itself.",
  not_entries=["header, 'Democracy Dies in Darkness', 'Subscribe', 'Sign in'", "'LIVE' flag", "h1 page title and subheadline", "page byline", "'Updated Feb. 9, 2031 at 5:14 p.m. EST'",
               "'Gift Article / Share / Comment' tools", "'Here’s what to know' heading and its three bullets (page summary)", "'By NAME' card bylines (author, not body)",
               "picture captions in the photo card", "'Share' / 'Link copied' on each card", "'World Brief' newsletter box after the third card", "'Load more updates'", "footer"],
  entries=[
  E("2031-02-09 17:10", "Ukraine says it repelled large assault near Siversk",
    ["Ukraine\u2019s military said Sunday that its troops had repelled one of the largest Russian assaults in weeks near Siversk, in the eastern Donetsk region, destroying 14 armored vehicles.",
     "A spokesman for the brigade defending the area said Russian infantry had advanced behind trucks carrying electronic-warfare equipment meant to jam Ukrainian drones, but that the column was spotted before it reached the town\u2019s outskirts."],
    "other", "frontline", 2, "siversk-assault-repelled-2031-02-09", a="Mykhailo Levchenko"),
  E("2031-02-09 15:25", "Drone crashes in Moldovan village near Ukrainian border",
    ["Moldovan border police said Sunday that a drone without a warhead had crashed in a field near the village of Ocni\u021ba, about two miles from the border with Ukraine.",
     "Moldova\u2019s Defense Ministry said it was investigating where the drone had come from. Moldova has repeatedly found debris from Russian drones aimed at Ukraine on its territory."],
    "strikes", "strikes", 2, "moldova-drone-crash-2031-02-09", a="Ellie Brandt",
    n="spill-over incident in a neighbouring country; not the same event as the overnight attack on Ukraine"),
  E("2031-02-09 13:40", "Photos: Sunday service in a Kharkiv church damaged by shelling", [],
    "other", "humanitarian", 1, "kharkiv-damaged-church-service-2031-02-09",
    photos=["Worshipers attend a service under a tarpaulin roof at a church in Kharkiv, Ukraine, on Sunday. (Oleksii Sandul for The Washington Post)",
            "A priest lights candles next to a window boarded up after shelling. (Oleksii Sandul for The Washington Post)"],
    n="photo-only card (headline plus two captioned pictures, no text, no byline)"),
  E("2031-02-09 12:05", "Russian strike on Kherson market kills 2, injures 9",
    ["Two people were killed and nine injured when Russian forces struck a market in central Kherson on Sunday morning, the head of the regional military administration, Oleksandr Prokudin, said.",
     "Prokudin said the attack involved both artillery and drones, and that several stalls and a bus stop were destroyed."],
    "strikes", "strikes", 3, "kherson-market-strike-2031-02-09", a="Mykhailo Levchenko"),
  E("2031-02-09 10:30", "Vatican envoy arrives in Moscow for talks on deported Ukrainian children",
    ["A Vatican envoy arrived in Moscow on Sunday for talks on returning Ukrainian children taken to Russia during the war, the Holy See\u2019s press office said.",
     "The envoy is expected to meet Russia\u2019s children\u2019s rights commissioner, Maria Lvova-Belova, who is wanted by the International Criminal Court on charges related to the deportations."],
    "diplomacy", "diplomacy", 2, "vatican-envoy-moscow-children-2031-02-09", a="Ellie Brandt"),
  E("2031-02-09 09:05", "Russia launched 112 drones and 6 missiles overnight, Ukraine\u2019s air force says",
    ["Russia attacked Ukraine overnight with 112 drones and six ballistic missiles, Ukraine\u2019s air force said Sunday, adding that 89 of the drones had been shot down or lost to electronic jamming.",
     "Energy facilities in the Vinnytsia region were hit, and about 40,000 customers lost power, regional officials said."],
    "strikes", "strikes", 3, "overnight-drone-missile-attack-2031-02-09", a="Mykhailo Levchenko", n="massive combined attack (100+ drones)"),
  E("2031-02-09 07:20", "What to know about Ukraine\u2019s new mobilization rules",
    ["New rules that took effect in Ukraine this month lower the age at which men can be drafted for combat service to 23 and allow those who complete a one-year contract to leave the army for at least a year.",
     "The changes follow months of debate in Ukraine\u2019s parliament over how to replace exhausted troops without emptying factories and universities.",
     "Here is what the law changes, and what it does not."],
    "other", "politics", 2, "explainer-ukraine-mobilization-rules-2031-02-09", a="Ellie Brandt", n="theme piece (explainer), no single event"),
  ]))


def r_standard(S):
    """Evening Standard live blog, text scrape. Masthead, sign-in, sections, h1, standfirst, picture caption '(PA Wire)', 'Key Points'
    (post headlines), 'Show latest update', then posts newest first: headline, body, optional 'Read More' + related title, optional
    picture credit '(PA)', then the stamp line 'NAME10 February 2031 16:52' (name fused to the date, UK time)."""
    z = S["zone"]; order_check(S, True)
    L = ["Skip to main content", "", "Evening Standard", "Sign in   Register", "",
         "News   Sport   Business   Lifestyle   Culture   Going Out   Homes & Property   Comment   Puzzles   ES Magazine", "", "News  ›  World", "",
         S["title"], "", S["standfirst"], "", S["caption"], ""]
    L += ["Key Points"] + [e["h"] for e in S["entries"] if e["kp"]] + ["Show latest update", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{e['a']}{d.day} {MONTHS[d.month - 1]} {d.year} {d:%H:%M}"; stamps.append(st)
        L += [e["h"]]
        for j, p in enumerate(e["p"]):
            L.append(plain(p))
            if e.get("readmore") and j == e["readmore"][0]:
                L += ["Read More", e["readmore"][1]]
        if e.get("credit"):
            L.append(e["credit"])
        L += [st, ""]
        if i == 2:
            L += ["Sign up for exclusive newsletters, comment and virtual events with leading European thinkers", "Email*",
                  "I would like to be emailed about offers, event and updates from Evening Standard. Read our privacy notice.", "SIGN UP", ""]
    L += ["Load more", "", "MORE ABOUT", "Ukraine   Russia   Volodymyr Zelensky   Keir Starmer", "",
          "Our journalism and this website are funded by advertising. Reader support helps us keep it going.", "",
          f"Evening Standard Ltd \u00a9 {dt(S['entries'][0]['t'], z).year}   About us   Contact us   Terms of use   Privacy notice   Cookie policy"]
    return "\n".join(L) + "\n", stamps


def r_euronews(S):
    """Euronews live page, text scrape. Nav, 'LIVE', h1, 'By Euronews with AP, AFP', 'Published on 11/02/2031 - 07:02 GMT+1•Updated 18:40',
    share widgets, standfirst, then a date header '11/02/2031' and items newest first: bare '18:40' (Central European Time), headline, body;
    'ADVERTISEMENT' markers between items."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["first"], z); last = dt(S["entries"][0]["t"], z)
    L = ["Skip to main content", "euronews", "", "Europe   World   Business   Travel   Next   Culture   Green   Health   Video   Live", "",
         "LIVE", S["title"], "", "Comments", "", f"By {S['byline']}",
         f"Published on {first:%d/%m/%Y - %H:%M} GMT+1\u2022Updated {last:%H:%M}", "",
         "Share this articleComments", "Share this articleClose Button", "Copy/paste the article video embed link below:Copy to clipboardCopied", "",
         S["standfirst"], "", "ADVERTISEMENT", "", f"{first:%d/%m/%Y}", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt([plain(p) for p in e["p"]])
        if i in (1, 3):
            L += ["ADVERTISEMENT", ""]
    L += ["Share this articleComments", "", "Related", ""] + S["related"] + ["", "Browse today's tags", "", "Euronews   About us   Contact   Privacy policy   Cookies"]
    return "\n".join(L) + "\n", stamps


# ---------------------------------------------------------------- 19206 Evening Standard (text live, Key Points, fused author+date stamp)
ZLON = "zelensky-london-visit-starmer-talks-2031-02-10"
SEEDS.append(dict(
  id="19206", name="19206_standard-live", ext="txt", source="Evening Standard", zone="Europe/London", render=r_standard,
  title="Russia-Ukraine war LIVE: Zelensky meets Starmer in Downing Street as UK signs \u00a3250m drone deal",
  standfirst="Volodymyr Zelensky is in London for talks with the Prime Minister on air defence and frozen Russian assets",
  caption="Volodymyr Zelensky is greeted by Sir Keir Starmer outside No 10 (PA Wire)",
  basis="stamp line '{s}' (author name fused to the date; UK local time, GMT = UTC in February); local {d} in {z}",
  notes="Imitates an Evening Standard live blog copied as text. 'Key Points' lists two post headlines (key_point true), then 'Show latest update'. Posts newest first: headline, body lines, optional 'Read More' + a related article title inside the body (not body), optional picture credit '(PA)', then the stamp line with the author's name fused to the date ('Elena Radford10 February 2031 16:52'). The 12:40 and 16:52 posts both report Zelensky's London visit (one story). A newsletter sign-up box follows the third post.",
  not_entries=["'Skip to main content', masthead, 'Sign in   Register', sections, breadcrumb", "page title", "standfirst", "picture caption '... (PA Wire)'",
               "'Key Points' header and its two lines (pointers to posts)", "'Show latest update'", "'Read More' and the related title after it (inside the 15:30 post)",
               "picture credits '(PA)'", "stamp lines (author + date + time)", "newsletter sign-up box after the third post (heading, 'Email*', consent line, 'SIGN UP')",
               "'Load more'", "'MORE ABOUT' tag line", "funding note and footer"],
  entries=[
  E("2031-02-10 16:52", "Zelensky meets Starmer in Downing Street",
    ["Volodymyr Zelensky has arrived in Downing Street for talks with Sir Keir Starmer, his second visit to London this winter.",
     "The two leaders shook hands on the doorstep of No 10 before going inside for a meeting expected to focus on air defence and the use of frozen Russian assets.",
     "A small crowd waving Ukrainian flags gathered at the gates on Whitehall."],
    "diplomacy", "diplomacy", 3, ZLON, a="Elena Radford", kp=True, credit="(PA)", n="Key point; head-of-state visit"),
  E("2031-02-10 15:30", "UK and Ukraine sign \u00a3250m drone co-production deal",
    ["Britain and Ukraine have signed a \u00a3250 million agreement to build Ukrainian-designed interceptor drones in the UK, the Ministry of Defence said.",
     "The drones, designed to hunt down Russian Shahed-type attack drones, will be assembled at a site in the north-east of England, creating around 400 jobs, according to the MoD.",
     "Defence Secretary John Healey said the deal would \"put British factories on Ukraine's front line\"."],
    "aid", "aid", 3, "uk-ukraine-drone-coproduction-deal-2031-02-10", a="Elena Radford", kp=True,
    readmore=(1, "Ukraine's drone makers look abroad as Russian strikes hit their factories"), n="Key point; 'Read More' link inside the body"),
  E("2031-02-10 14:05", "Russian strike on Dnipro kills one, wounds six",
    ["A Russian missile has hit an industrial area of Dnipro, killing one person and wounding six, the head of the regional military administration said.",
     "The strike caused a large fire at a warehouse that burned for several hours, officials said."],
    "strikes", "strikes", 3, "dnipro-missile-strike-2031-02-10", a="Marcus Whitlow"),
  E("2031-02-10 12:40", "Zelensky lands in London ahead of talks with Starmer",
    ["Volodymyr Zelensky has landed at RAF Northolt ahead of talks with the Prime Minister this afternoon, Downing Street has confirmed.",
     "The visit had not been announced in advance for security reasons."],
    "diplomacy", "diplomacy", 3, ZLON, a="Marcus Whitlow", n="earlier report of the same visit"),
  E("2031-02-10 11:15", "Protesters gather outside Russian embassy in Kensington",
    ["Around 200 people gathered outside the Russian embassy in Kensington Palace Gardens on Monday morning to call for the release of Ukrainian civilians held in Russian prisons.",
     "Organisers said they had brought photographs of more than 300 detainees, including journalists and local officials seized in occupied areas."],
    "other", "humanitarian", 2, "london-embassy-protest-civilian-detainees-2031-02-10", a="Marcus Whitlow"),
  E("2031-02-10 10:02", "Man charged over arson attack on Ukrainian-owned warehouse in east London",
    ["A 24-year-old man has been charged in connection with a fire at a warehouse in Leyton owned by a Ukrainian businessman, the Metropolitan Police said.",
     "Counter-terrorism detectives, who led the investigation, said they were examining whether the attack had been commissioned by Russian intelligence services."],
    "other", "security", 2, "leyton-warehouse-arson-charge-2031-02-10", a="Elena Radford"),
  E("2031-02-10 08:30", "Russia launched 86 drones overnight, says Kyiv",
    ["Russia attacked Ukraine overnight with 86 drones, 61 of which were shot down, Ukraine's air force said.",
     "Damage was reported in the Kharkiv and Odesa regions, but there were no reports of casualties."],
    "strikes", "strikes", 2, "overnight-drone-attack-2031-02-10", a="Marcus Whitlow", n="non-deadly overnight drone attack under 100 drones"),
  ]))

# ---------------------------------------------------------------- 19207 Euronews (text live, dd/mm/yyyy header, bare CET times)
SEEDS.append(dict(
  id="19207", name="19207_euronews-live", ext="txt", source="Euronews", zone="Europe/Paris", render=r_euronews,
  title="Ukraine war live: EU ministers fail to agree sanctions package as Kallas pledges shell funding",
  byline="Euronews with AP, AFP", first="2031-02-11 07:02",
  standfirst="Follow our live coverage of Russia's war in Ukraine, as EU foreign ministers meet in Brussels.",
  related=["Explained: Why Hungary and Slovakia keep blocking Russian nuclear fuel sanctions", "Romania's Danube villages live with drones overhead"],
  basis="bare item time '{s}' under the date header '11/02/2031'; the page header prints GMT+1 (Central European Time); local {d} in {z}",
  notes="Imitates a Euronews live page copied as text. Header 'By Euronews with AP, AFP' and 'Published on 11/02/2031 - 07:02 GMT+1•Updated 18:40' (day/month/year), share widgets, standfirst, a date header '11/02/2031', then items newest first: a bare 'HH:MM' line (CET, from the header's GMT+1), headline, body; 'ADVERTISEMENT' markers between items. No per-item bylines: every entry takes the page byline as printed ('Euronews with AP, AFP', following the seed convention for Euronews). The Moldova expulsion is about Russian interference in a neighbour, filed under diplomacy.",
  not_entries=["'Skip to main content', logo, sections", "'LIVE' label", "page title", "'Comments'", "byline 'By Euronews with AP, AFP'",
               "'Published on 11/02/2031 - 07:02 GMT+1•Updated 18:40'", "share widgets ('Share this articleComments', 'Share this articleClose Button', embed-link line)",
               "standfirst", "'ADVERTISEMENT' markers", "date header '11/02/2031'", "closing share line", "'Related' heading and two related links", "'Browse today's tags'", "footer"],
  entries=[
  E("2031-02-11 18:40", "EU foreign ministers fail to agree on new sanctions package",
    ["EU foreign ministers meeting in Brussels failed on Tuesday to agree on a new package of sanctions against Russia after Hungary and Slovakia refused to back a ban on imports of Russian nuclear fuel.",
     "EU foreign policy chief Kaja Kallas said talks would continue \"at ambassador level\" and that she expected a deal before the end of the month."],
    "diplomacy", "diplomacy", 3, "eu-sanctions-package-stalled-2031-02-11", a="Euronews with AP, AFP", n="ministerial meeting on an EU sanctions package"),
  E("2031-02-11 16:02", "Romanian jets shoot down drone over Tulcea county",
    ["Romanian F-16 fighter jets shot down a drone that entered the country's airspace over Tulcea county during a Russian attack on Ukrainian ports on the Danube, the defence ministry in Bucharest said.",
     "It was the first time Romania's air force had downed a drone over its own territory, the ministry said. No one was hurt."],
    "strikes", "strikes", 2, "romania-downs-drone-tulcea-2031-02-11", a="Euronews with AP, AFP"),
  E("2031-02-11 14:30", "Moldova expels Russian diplomat over alleged election interference",
    ["Moldova has declared a Russian diplomat persona non grata, accusing him of helping to fund a network that paid voters ahead of local elections in the autonomous region of Gagauzia.",
     "Russia's embassy in Chi\u0219in\u0103u called the decision \"an unfriendly step\" and said Moscow would respond."],
    "diplomacy", "diplomacy", 2, "moldova-expels-russian-diplomat-2031-02-11", a="Euronews with AP, AFP"),
  E("2031-02-11 12:48", "Glide bomb kills one in Kramatorsk",
    ["One person was killed and five injured when a Russian guided bomb hit a residential street in Kramatorsk, the head of the Donetsk regional administration, Vadym Filashkin, said.",
     "Kramatorsk, one of the largest cities still under Ukrainian control in the Donetsk region, has come under increasingly frequent attack as the front line has moved closer."],
    "strikes", "strikes", 3, "kramatorsk-glide-bomb-2031-02-11", a="Euronews with AP, AFP"),
  E("2031-02-11 10:20", "Kallas: EU to fund two million shells for Ukraine this year",
    ["The European Union will pay for two million artillery shells for Ukraine this year, the bloc's foreign policy chief Kaja Kallas said on arrival at the foreign ministers' meeting.",
     "Kallas said the money would come from windfall profits on immobilised Russian central bank assets and from a new fund to which 22 member states have contributed."],
    "aid", "aid", 3, "eu-two-million-shells-2031-02-11", a="Euronews with AP, AFP", n="same ministers' meeting as the sanctions item but a different announcement: own story"),
  E("2031-02-11 08:05", "Ukrainian drones set fire to Volgograd refinery, says regional governor",
    ["A Ukrainian drone attack set fire to an oil refinery in the southern Russian city of Volgograd overnight, regional governor Andrei Bocharov said.",
     "Bocharov said the fire had been put out by morning and that no one was injured. Russia's defence ministry said it had downed 41 drones over several regions."],
    "strikes", "strikes", 2, "volgograd-refinery-drone-strike-2031-02-11", a="Euronews with AP, AFP"),
  ]))


def r_independent(S):
    """The Independent live blog, HTML. LiveBlogPosting JSON-LD: updates carry headline and articleBody with HTML entities left in
    (&#x27; &quot; &amp;), datePublished in UTC, per-update author; the picture-only update has an image and an empty articleBody.
    Visible: header, h1, standfirst, page byline and 'Wednesday 12 February 2031 17:55 GMT', 'Key Points' links, 'Show latest
    update', then posts newest first: h3 headline, body, optional 'Read More' related link, picture credit '(Getty Images)',
    footer with author and '12 February 2031 17:48' in separate elements."""
    z = S["zone"]; order_check(S, True)
    upd = dt(S["updated"], z)
    stamps = []
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); stamps.append(f"{d.day} {MONTHS[d.month - 1]} {d.year} {d:%H:%M}")
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{7000311 + i * 977}", "headline": ents_escape(e["h"]),
             "datePublished": d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"), "dateModified": d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
             "articleBody": ents_escape(" ".join(plain(p) for p in e["p"])),
             "author": {"@type": "Person", "name": e["a"], "url": f"https://www.independent.co.uk/author/{slugify(e['a'])}"}}
        if e.get("photo"):
            u["image"] = {"@type": "ImageObject", "url": f"https://static.independent.co.uk/2031/02/12/{hexid(S['id'], i)[:8]}.jpg", "caption": e["photo"]}
        ups.append(u)
    first = dt(S["first"], z)
    ld = {"@context": "http://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "url": S["url"], "headline": ents_escape(S["title"]),
          "description": ents_escape(S["standfirst"]), "datePublished": first.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
          "dateModified": upd.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"), "coverageStartTime": first.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
          "author": [{"@type": "Person", "name": n} for n in S["page_authors"]],
          "publisher": {"@type": "Organization", "name": "The Independent", "logo": {"@type": "ImageObject", "url": "https://static.independent.co.uk/img/logo.png"}},
          "liveBlogUpdate": ups}
    pid = lambda i: f"post-{7000311 + i * 977}"
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | The Independent</title>', ld_script(ld), '</head><body>',
           '<header><a class="logo" href="/">The Independent</a> <a class="subscribe">Subscribe</a> <a class="login">Log in</a>'
           '<nav><a>News</a> <a>Sport</a> <a>Culture</a> <a>Lifestyle</a> <a>Travel</a> <a>Premium</a> <a>Voices</a> <a>Climate</a> <a>Money</a> <a>Video</a></nav></header>',
           '<main><div class="breadcrumb"><a>News</a> <a>World</a> <a>Europe</a></div>', f'<h1>{esc(S["title"])}</h1>', f'<h2 class="standfirst">{esc(S["standfirst"])}</h2>',
           f'<figure><img src="https://static.independent.co.uk/2031/02/12/lead.jpg" alt=""><figcaption>{esc(S["caption"])}</figcaption></figure>',
           '<div class="article-meta"><span class="author">' + " , ".join(f"<a>{esc(n)}</a>" for n in S["page_authors"]).replace(" , ", ", ") + '</span> '
           f'<time datetime="{upd.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")}">{DAYS[upd.weekday()]} {upd.day} {MONTHS[upd.month - 1]} {upd.year} {upd:%H:%M} GMT</time></div>',
           '<div class="share-bar"><button>Bookmark</button> <button>Comments</button></div>',
           '<aside class="newsletter"><p>Get our free View from Westminster email for expert analysis straight to your inbox</p><button>Sign up</button></aside>',
           '<div class="key-points"><h3>Key Points</h3><ul>' + "".join(f'<li><a href="#{pid(i)}">{esc(e["h"])}</a></li>' for i, e in enumerate(S["entries"]) if e["kp"]) + '</ul></div>',
           '<button class="latest">Show latest update</button>', '<div class="live-blog">']
    for i, e in enumerate(S["entries"]):
        out.append(f'<div class="live-post" id="{pid(i)}"><h3 class="live-post__title">{esc(e["h"])}</h3>')
        for j, p in enumerate(e["p"]):
            out.append(f'<p>{rich(p)}</p>')
            if e.get("readmore") and j == e["readmore"][0]:
                out.append(f'<div class="read-more"><span>Read More</span> <a>{esc(e["readmore"][1])}</a></div>')
        if e.get("photo"):
            out.append(f'<figure><img src="https://static.independent.co.uk/2031/02/12/{hexid(S["id"], i)[:8]}.jpg" alt=""><figcaption>{esc(e["photo"])}</figcaption></figure>')
        if e.get("credit"):
            out.append(f'<p class="credit">{esc(e["credit"])}</p>')
        out.append(f'<div class="live-post__footer"><span class="live-post__author">{esc(e["a"])}</span>'
                   f'<time datetime="{dt(e["t"], z).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")}">{stamps[i]}</time></div></div>')
    out += ['</div><button class="load-more">Load more</button></main>',
            '<aside class="most-popular"><h3>Most popular</h3>' + "".join(f'<a>{esc(x)}</a> ' for x in S["popular"]) + '</aside>',
            f'<footer><p>\u00a9 {upd.year} The Independent</p><a>Contact us</a> <a>Jobs</a> <a>Privacy notice</a> <a>Cookie policy</a> <a>Code of conduct and complaints</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_nbc(S):
    """NBC News live blog, text scrape. Nav, 'Live Blog', h1, 'Feb. 13, 2031, 6:58 AM EST / Updated ...', page byline, 'What to know'
    bullets, then cards newest first: stamp line 'Feb. 13, 2031, 3:52 PM EST', author line, headline, body, 'Share this -' / 'Link
    copied'; video cards print only a duration."""
    z = S["zone"]; order_check(S, True)
    stamp = lambda d: f"{AP_MON[d.month - 1]} {d.day}, {d.year}, {ampm(d, upper=True, space=' ')} {d.tzname()}"
    first, upd = dt(S["first"], z), dt(S["updated"], z)
    L = ["NBC News", "", "Sections   Local   Shopping   TODAY   MSNBC   Sign In", "", "World", "", "LIVE BLOG", S["title"], "",
         f"{stamp(first)} / Updated {stamp(upd)}", "", f"By {S['byline']}", "", "Share & Save \u2014", "", "What to know"] + S["know"] + [""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = stamp(d); stamps.append(st)
        L += [st]
        if e["a"]:
            L += [e["a"]]
        L += [e["h"], ""]
        L += ptxt([plain(p) for p in e["p"]]) if e["p"] else [f"{e['video']}", ""]
        L += ["Share this -", "Link copied", ""]
        if i == 2:
            L += ["Sign up for The Rundown newsletter", "Enter your email", "SIGN UP", ""]
    L += ["Load more", "", f"\u00a9 {first.year} NBC UNIVERSAL", "About   Contact   Help   Careers   Ad Choices   Privacy Policy   Do Not Sell My Personal Information   Terms of Service"]
    return "\n".join(L) + "\n", stamps


# ---------------------------------------------------------------- 19208 The Independent (HTML live, JSON-LD with entities, picture-only update)
TALK = "putin-talks-without-preconditions-2031-02-12"
SEEDS.append(dict(
  id="19208", name="19208_independent-live", ext="html", source="The Independent", zone="Europe/London", render=r_independent,
  title="Ukraine-Russia war latest: Putin says he is ready for talks \u2018without preconditions\u2019 as first Gripen jets arrive",
  url="https://www.independent.co.uk/news/world/europe/ukraine-russia-war-putin-talks-gripen-live-b2791144.html",
  standfirst="Kyiv dismisses the offer as a tactic to delay new sanctions; Sweden confirms six Gripen fighters have been handed over",
  caption="Vladimir Putin during a televised meeting with regional governors on Wednesday (AP)",
  page_authors=["Clara Hemsley", "Jasper Okoye"], first="2031-02-12 08:00", updated="2031-02-12 17:55",
  popular=["Storm brings 80mph gusts to western Scotland", "The best budget air fryers, tested", "Train strikes: full list of dates"],
  basis="post stamp '{s}' (UK local time, GMT = UTC in February; the JSON-LD datePublished agrees); local {d} in {z}",
  notes="Imitates an Independent live blog saved as HTML. LiveBlogPosting JSON-LD: every update carries its own UTC datePublished and author, and its headline/articleBody keep HTML entities (&#x27;, &#8217;, &quot;), which must be decoded; the visible text is the decoded form. Visible 'Key Points' lists two post headlines (key_point true). Posts newest first: h3 headline, body, optional 'Read More' related link, credit '(Getty Images)', then a footer with the author and '12 February 2031 17:48' in separate elements. The 15:12 post is a picture-only update ('In pictures: ...', one captioned photo, empty articleBody): importance 1. The Kremlin's 13:05 demand and Putin's 17:48 offer are separate statements (separate stories).",
  not_entries=["header, subscribe/login, navigation", "breadcrumb", "h1 page title", "standfirst (h2)", "lead picture caption '(AP)'", "page byline and 'Wednesday 12 February 2031 17:55 GMT'",
               "'Bookmark' / 'Comments' buttons", "'View from Westminster' newsletter box", "'Key Points' heading and its two links", "'Show latest update'",
               "'Read More' boxes with related titles", "picture caption in the picture-only post", "credits '(Getty Images)'", "post footers (author + date/time)",
               "'Load more'", "'Most popular' links (off-topic)", "footer"],
  entries=[
  E("2031-02-12 17:48", "Putin says Russia ready for talks \u2018without preconditions\u2019",
    ["Vladimir Putin has said Russia is ready to hold talks with Ukraine \u201cwithout preconditions\u201d, in remarks that Kyiv immediately dismissed as a tactic to delay new Western sanctions.",
     "Speaking at a televised meeting with regional governors, the Russian president said Moscow\u2019s delegation could meet Ukrainian officials \u201cin Istanbul or anywhere else\u201d within weeks.",
     "Ukraine\u2019s foreign minister Andrii Sybiha said Russia had \u201csaid the same thing before every sanctions vote\u201d and urged the EU to press ahead."],
    "diplomacy", "diplomacy", 3, TALK, a="Clara Hemsley", kp=True, readmore=(1, "What Russia means when it talks about \u2018peace\u2019"), n="Key point; head-of-state statement"),
  E("2031-02-12 16:30", "Ukraine receives first Swedish Gripen fighter jets",
    ["The first Swedish-built Gripen fighter jets have arrived in Ukraine, the Ukrainian air force has confirmed, more than five years after Kyiv first asked Stockholm for them.",
     "Sweden\u2019s defence minister P\u00e5l Jonson said the initial batch of six aircraft would be followed by at least 12 more by the end of next year."],
    "aid", "aid", 3, "sweden-gripen-delivery-2031-02-12", a="Clara Hemsley", kp=True, credit="(Getty Images)", n="Key point"),
  E("2031-02-12 15:12", "In pictures: Kyiv\u2019s metro stations become night shelters again", [],
    "other", "humanitarian", 1, "kyiv-metro-night-shelters-2031-02-12", a="Jasper Okoye",
    photo="Families sleep on camping mats at Zoloti Vorota station in Kyiv (Getty Images)", n="picture-only update (headline, one captioned photo, no text)"),
  E("2031-02-12 14:38", "Russia fires hypersonic missile at Lviv region, no casualties reported",
    ["Russia fired a Kinzhal hypersonic missile at the Lviv region of western Ukraine on Wednesday afternoon, regional governor Maksym Kozytskyi said, adding that no one had been hurt.",
     "Kozytskyi said the missile was aimed at \u201ccritical infrastructure\u201d but gave no further details. Air raid sirens sounded across the whole country for almost an hour."],
    "strikes", "strikes", 2, "lviv-region-kinzhal-strike-2031-02-12", a="Jasper Okoye"),
  E("2031-02-12 13:05", "Kremlin says Ukraine must withdraw from four regions before any ceasefire",
    ["The Kremlin has repeated its demand that Ukraine withdraw its troops from the four regions Russia claims to have annexed before any ceasefire can be agreed.",
     "Dmitry Peskov, Vladimir Putin\u2019s spokesman, said the position \u201chas not changed and will not change\u201d."],
    "diplomacy", "diplomacy", 2, "kremlin-withdrawal-demand-2031-02-12", a="Jasper Okoye",
    n="same theme as Putin's later offer of talks but a separate statement: must not merge"),
  E("2031-02-12 11:40", "Russian court jails Yekaterinburg man for 12 years over donation to Ukrainian army",
    ["A court in Yekaterinburg has sentenced a 34-year-old man to 12 years in a high-security penal colony for treason after he sent about \u00a340 to a fund that buys equipment for the Ukrainian army.",
     "Rights group OVD-Info said the case was one of more than 200 treason prosecutions over donations since the start of the full-scale invasion."],
    "other", "politics", 2, "yekaterinburg-donation-treason-sentence-2031-02-12", a="Jasper Okoye"),
  E("2031-02-12 10:15", "Russia launched 134 drones overnight, Ukraine\u2019s air force says",
    ["Russia attacked Ukraine overnight with 134 drones, of which 108 were shot down or jammed, Ukraine\u2019s air force said on Wednesday morning.",
     "The Sumy, Chernihiv and Dnipropetrovsk regions were worst affected, with damage to homes and a grain warehouse. Three people were injured in the Sumy region."],
    "strikes", "strikes", 3, "overnight-drone-attack-2031-02-12", a="Clara Hemsley", n="massive attack (100+ drones)"),
  ]))

# ---------------------------------------------------------------- 19209 NBC News (text live, stamp and author above the headline)
POLT = "poltava-missile-strike-2031-02-13"
SEEDS.append(dict(
  id="19209", name="19209_nbcnews-live", ext="txt", source="NBC News", zone="America/New_York", render=r_nbc,
  title="Russia-Ukraine war live updates: Poltava death toll rises to 7 as Pentagon clears radar sale",
  first="2031-02-13 06:45", updated="2031-02-13 16:05", byline="Daria Kovalchuk, Sam Whitcombe and Nikolai Rusk",
  know=["A Russian ballistic missile hit an apartment building in Poltava, killing at least seven people.",
        "The U.S. approved a $410 million sale of air defense radars to Ukraine, paid for by European allies.",
        "Ukraine and Russia exchanged the bodies of fallen soldiers."],
  basis="card stamp '{s}' (EST printed, UTC-5); local {d} in {z}",
  notes="Imitates an NBC News live blog copied as text. Page header 'Feb. 13, 2031, 6:58 AM EST / Updated Feb. 13, 2031, 4:05 PM EST', page byline, 'What to know' bullets. Cards newest first, and in the copied text the stamp line and the author line come BEFORE the headline: 'Feb. 13, 2031, 3:52 PM EST', author, headline, body, then 'Share this -' / 'Link copied'. The 8:40 AM card is a video card (headline and a duration only, no author): importance 1. First sentences use 'Gov.' and 'U.S.' abbreviations.",
  not_entries=["masthead and navigation", "section label 'World'", "'LIVE BLOG' label", "page title", "page date line with 'Updated'", "page byline",
               "'Share & Save —'", "'What to know' heading and its three bullets (page summary)", "author lines above the headlines (author, not body)",
               "video duration line '01:07' in the video card", "'Share this -' / 'Link copied' after each card", "newsletter sign-up after the third card",
               "'Load more'", "footer"],
  entries=[
  E("2031-02-13 15:52", "Pentagon approves $410 million sale of air defense radars to Ukraine",
    ["The State Department has approved the possible sale of $410 million worth of air defense radars and related equipment to Ukraine, the Pentagon\u2019s Defense Security Cooperation Agency said Thursday.",
     "The sale will be paid for by European allies through a NATO-run fund, the agency said. Congress has 30 days to object."],
    "aid", "aid", 3, "us-air-defense-radar-sale-2031-02-13", a="Sam Whitcombe"),
  E("2031-02-13 13:30", "Ukraine and Russia exchange bodies of fallen soldiers",
    ["Ukraine received the bodies of 757 soldiers from Russia on Thursday and returned 41 bodies to Russia, Ukraine\u2019s coordination headquarters for prisoners of war said.",
     "It was the second such repatriation this year. Ukrainian officials said the International Committee of the Red Cross had helped arrange it."],
    "diplomacy", "diplomacy", 2, "repatriation-of-fallen-soldiers-2031-02-13", a="Daria Kovalchuk"),
  E("2031-02-13 11:45", "Poltava death toll rises to 7",
    ["The number of people killed in a Russian missile strike on an apartment building in Poltava rose to seven on Thursday, regional Gov. Volodymyr Kohut said.",
     "Among the dead were a 9-year-old girl and her grandmother, Kohut said. Thirty-one people were injured."],
    "strikes", "strikes", 3, POLT, a="Daria Kovalchuk", n="toll 7 dead, 31 injured"),
  E("2031-02-13 10:13", "Ukraine says it hit Russian radar station in Crimea",
    ["Ukraine\u2019s navy said Thursday it had destroyed a Russian Nebo-M radar station near Cape Tarkhankut in occupied Crimea using long-range drones.",
     "NBC News has not verified the claim. Russia\u2019s Defense Ministry said it had shot down 18 drones over Crimea and the Black Sea overnight."],
    "strikes", "strikes", 2, "crimea-radar-station-strike-2031-02-13", a="Nikolai Rusk"),
  E("2031-02-13 08:40", "Video shows rescuers searching Poltava apartment building", [],
    "strikes", "strikes", 1, POLT, video="01:07", n="video card without text or author (teaser)"),
  E("2031-02-13 06:50", "Russian missile strike on Poltava apartment building kills at least 4",
    ["At least four people were killed when a Russian ballistic missile hit a five-story apartment building in the central Ukrainian city of Poltava early Thursday, local officials said.",
     "The strike came shortly before 6 a.m. local time, when most residents were asleep, Poltava\u2019s acting mayor said on Telegram. Rescuers were searching the rubble for people trapped under a collapsed stairwell."],
    "strikes", "strikes", 3, POLT, a="Daria Kovalchuk", n="first report, toll 4"),
  ]))



# ================================================================ Part B renderers (invented outlets)

def r_textlive_kp(S):
    """text live blog, newest first: masthead, dateline, 'All times GMT', lede, 'Key Points' (post headlines); each post: a '2.05pm'
    line, the headline, 'By NAME', body; a 'Watch:' post prints '[Video 0:54]' instead of text."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"], "Home  |  News  |  World  |  Sport  |  Business  |  Opinion  |  Live", "", "LIVE", S["title"], S["dateline"], S["tznote"], "",
         S["lede"], "", "Key Points"] + [e["h"] for e in S["entries"] if e["kp"]] + [""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, sep="."); stamps.append(st)
        L += [st, e["h"]] + ([f"By {e['a']}"] if e["a"] else []) + [""]
        L += ptxt([plain(p) for p in e["p"]]) if e["p"] else [f"[Video {e['video']}]", ""]
        if i == 2:
            L += ["Get our Morning Briefing newsletter \u2013 sign up here", ""]
    L += ["Older posts", "", f"\u00a9 {S['source']} {dt(S['entries'][0]['t'], z).year}  \u00b7  Contact  \u00b7  Privacy  \u00b7  Terms"]
    return "\n".join(L) + "\n", stamps


def r_ldlive_oldest(S):
    """HTML live blog, oldest first; LiveBlogPosting JSON-LD whose updates carry their own datePublished (local offset), author and an
    articleBody with HTML entities; visible '<time datetime>18 Feb, 10:40</time>', h2 headline, author line, body."""
    z = S["zone"]; order_check(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "@id": f"{S['url']}#update-{i + 101}", "headline": ents_escape(e["h"]), "datePublished": d.isoformat(),
                    "author": {"@type": "Person", "name": e["a"]}, "articleBody": ents_escape("\n".join(plain(p) for p in e["p"]))})
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "url": S["url"], "headline": S["title"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2013 {esc(S["source"])}</title>', ld_script(ld), '</head><body>',
           f'<div class="consent">{esc(S["source"])} and our partners use cookies. <button>Accept all</button> <button>Settings</button></div>',
           f'<header><a class="brand" href="/">{esc(S["source"])}</a><nav><a>Ukraine</a> <a>Europe</a> <a>World</a> <a>Economy</a> <a>Opinion</a> <a>Podcasts</a></nav></header>',
           f'<main><p class="kicker">Live</p><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="lede">{esc(S["lede"])}</p>',
           '<p class="order-note">Updates appear in the order they were published; the newest is at the bottom.</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {MON3[d.month - 1]}, {d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="update" id="update-{i + 101}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>'
                   f'<p class="byline">{esc(e["a"])}</p>')
        out += [f'<p>{rich(p)}</p>' for p in e["p"]]
        out.append('<p class="tools"><a>Copy link</a></p></article>')
        if i == 3:
            out.append(f'<aside class="related"><h3>Related</h3><a>{esc(S["related"])}</a></aside>')
    out += ['</main>', f'<footer>{esc(S["source"])} \u00b7 About \u00b7 Corrections \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_rss(S):
    """RSS 2.0 feed, newest first; pubDate with a numeric offset, or 'GMT' when S['gmt']; dc:creator when the item has an author;
    description = CDATA with <p> paragraphs; media:thumbnail."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom">',
           '<channel>', f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}/</link>', f'<description>{esc(S["lede"])}</description>',
           '<language>en</language>', f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z), gmt=S.get("gmt", False))}</lastBuildDate>',
           f'<atom:link href="{S["url"]}/rss/{S.get("feedpath", "world")}.xml" rel="self" type="application/rss+xml"/>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=S.get("gmt", False)); stamps.append(st)
        link = f'{S["url"]}/{e.get("cat", "world").lower()}/{slugify(e["h"])}-{i + 88310}'
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="false">{S["id"]}-{i + 88310}</guid>',
                f'<pubDate>{st}</pubDate>', f'<category>{esc(e.get("cat", "World"))}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out.append('<description><![CDATA[' + "".join(f"<p>{rich(p)}</p>" for p in e["p"]) + ']]></description>')
        out += [f'<media:thumbnail url="{S["url"]}/img/{hexid(S["id"], i)[:12]}.jpg" width="240" height="135"/>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_atom(S):
    """Atom 1.0 feed, newest first; <published>/<updated> ISO 8601 with the outlet's offset ('Z' for UTC); <content type="html"> with all
    paragraphs (escaped HTML); optional author and category."""
    z = S["zone"]; order_check(S, True)
    iso = lambda d: d.isoformat().replace("+00:00", "Z")
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link rel="alternate" href="{S["url"]}/"/>', f'<link rel="self" href="{S["url"]}/feeds/{S.get("feedpath", "news")}.atom"/>',
           f'<id>{S["url"]}/feeds/{S.get("feedpath", "news")}.atom</id>', f'<updated>{iso(dt(S["entries"][0]["t"], z))}</updated>',
           f'<generator>{esc(S.get("generator", "Publii"))}</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        link = f'{S["url"]}/{d:%Y/%m/%d}/{slugify(e["h"])}/'
        out += ['<entry>', f'<title type="text">{esc(e["h"])}</title>', f'<link rel="alternate" type="text/html" href="{link}"/>',
                f'<id>{link}</id>', f'<published>{st}</published>', f'<updated>{iso(d + timedelta(minutes=e.get("upd", 0)))}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        if e.get("cat"):
            out.append(f'<category term="{attr(e["cat"])}"/>')
        out.append('<content type="html">' + esc("".join(f"<p>{rich(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps



# ================================================================ PART B: three multi-source days (invented outlets)
# Day 1 = 2031-02-18 (UTC), day 2 = 2031-02-19, day 3 = 2031-02-24.
KRH = "kryvyi-rih-missile-strike-2031-02-18"
NLA = "netherlands-long-range-drone-funding-2031-02-18"
SYB = "sybiha-wang-yi-beijing-talks-2031-02-18"
NLA_H = "Netherlands to fund Ukrainian long-range drones with \u20ac400m"
NLA_P = ["The Netherlands will spend \u20ac400 million this year on long-range drones built by Ukrainian manufacturers, the Dutch defence ministry said on Tuesday.",
         "The money will be paid directly to Ukrainian firms under an arrangement first used by Denmark, in which donor governments check the contracts but production stays in Ukraine.",
         "Dutch officials said the first deliveries financed under the scheme were expected within three months."]

# ---------------------------------------------------------------- 19220 Glenroe Daily (day 1, text live, Key Points)
SEEDS.append(dict(
  id="19220", name="19220_glenroe-textlive", ext="txt", source="Glenroe Daily", zone="Europe/London", render=r_textlive_kp,
  title="Ukraine war live: seven killed as Russian missile hits Kryvyi Rih", dateline="Tuesday 18 February 2031", tznote="All times GMT",
  lede="A ballistic missile struck a residential street in President Zelensky's home city; the Netherlands pledges \u20ac400m for long-range drones.",
  basis="post time '{s}' (the page prints 'All times GMT'; GMT = UTC) under the dateline 'Tuesday 18 February 2031'; local {d} in {z}",
  notes="Invented outlet. Text live blog, newest first. 'Key Points' lists two post headlines (key_point true). Each post: a bare '5.40pm' line (12-hour clock with a dot, GMT per the page note), the headline, 'By NAME', body. The newest post is a 'Watch:' teaser with only '[Video 0:54]'. Spelling 'Kryvyi Rih'.",
  not_entries=["masthead and navigation", "'LIVE' label", "page title", "dateline 'Tuesday 18 February 2031'", "'All times GMT'", "lede",
               "'Key Points' header and its two lines (pointers to posts)", "'By NAME' lines (author, not body)", "'[Video 0:54]' placeholder in the teaser",
               "newsletter line after the third post", "'Older posts'", "footer"],
  entries=[
  E("2031-02-18 20:10", "Watch: Rescue teams work through the night in Kryvyi Rih", [],
    "strikes", "strikes", 1, KRH, video="0:54", n="video teaser without text"),
  E("2031-02-18 17:40", "Kryvyi Rih death toll rises to seven",
    ["Seven people have now died as a result of this morning's missile strike on Kryvyi Rih, the head of the city's defence council, Oleksandr Vilkul, said. Thirty-eight people were injured, nine of them children.",
     "Vilkul said the missile landed between two five-storey blocks on a street near a primary school, which was empty because lessons start later during the winter power cuts."],
    "strikes", "strikes", 3, KRH, a="Ailsa Corrigan", kp=True, n="toll 7 dead, 38 injured; Key point"),
  E("2031-02-18 15:20", "Russia says it shot down 27 Ukrainian drones over Belgorod and Kursk",
    ["Russia's defence ministry said its air defences destroyed 27 Ukrainian drones over the Belgorod and Kursk regions during the day. The Belgorod governor reported a damaged petrol station and two cars on fire, but no injuries."],
    "strikes", "strikes", 2, "belgorod-kursk-drones-downed-2031-02-18", a="Fergal Nagle"),
  E("2031-02-18 13:05", "Netherlands pledges \u20ac400m for Ukrainian long-range drones",
    ["The Dutch government has set aside \u20ac400m this year for long-range drones made in Ukraine, its defence ministry announced.",
     "The drones will be ordered from Ukrainian manufacturers and paid for directly by the Netherlands, following a model pioneered by Denmark."],
    "aid", "aid", 3, NLA, a="Fergal Nagle", kp=True, n="Key point; also carried by 19223"),
  E("2031-02-18 11:30", "Ukrainian troops pull back from two villages near Lyman",
    ["Ukrainian units have withdrawn from two villages north-east of Lyman to avoid being encircled, a spokesman for the eastern group of forces said.",
     "He said the troops had moved to prepared positions a few kilometres to the west and that Russian losses in the area had been \"very heavy\"."],
    "other", "frontline", 2, "lyman-villages-withdrawal-2031-02-18", a="Ailsa Corrigan"),
  E("2031-02-18 09:00", "At least three killed as missile hits Kryvyi Rih",
    ["At least three people have been killed after a Russian ballistic missile hit a residential area of Kryvyi Rih in central Ukraine, local officials said.",
     "Rescuers are searching a damaged apartment block for people who may be trapped, according to the State Emergency Service."],
    "strikes", "strikes", 3, KRH, a="Ailsa Corrigan", n="toll 3"),
  E("2031-02-18 07:45", "Russia launched 73 drones overnight, Ukraine's air force says",
    ["Russia attacked Ukraine overnight with 73 drones, of which 52 were shot down or suppressed by electronic warfare, the air force said. Damage was reported in the Odesa and Chernihiv regions."],
    "strikes", "strikes", 2, "overnight-drone-attack-2031-02-18", a="Fergal Nagle", n="overnight drone attack (non-deadly, under 100 drones); not the morning missile strike"),
  ]))

# ---------------------------------------------------------------- 19221 Drumgarve Telegraph (day 1, HTML live + LiveBlogPosting, oldest first)
SEEDS.append(dict(
  id="19221", name="19221_drumgarve-ldlive", ext="html", source="Drumgarve Telegraph", zone="Europe/Kyiv", render=r_ldlive_oldest,
  title="War in Ukraine, day by day: Tuesday", url="https://drumgarve-telegraph.example/live/ukraine-2031-02-18",
  dateline="Tuesday 18 February 2031 \u00b7 times are Kyiv time (EET)",
  lede="Our correspondents in Kyiv and Dnipro follow the day's developments.",
  related="Kryvyi Rih: the steel city that refuses to empty",
  basis="visible '{s}' in <time datetime> (+02:00) and the update's JSON-LD datePublished; dateline 'Tuesday 18 February 2031', Kyiv time; local {d} in {z}",
  notes="Invented outlet. HTML live blog, oldest first (the page says so), with LiveBlogPosting JSON-LD whose updates carry their own datePublished (+02:00), author and articleBody with HTML entities (&#x27;, &quot;). Visible stamps '18 Feb, 09:50' (day and month, no year; the year is in the dateline). 19221-06 re-publishes 19221-01 almost verbatim with the stale toll (duplicate_of 19221-01, importance 1). 19221-02 (overnight drones on Marhanets, same Dnipropetrovsk region) must not merge with the Kryvyi Rih missile strike; 19221-03 (Lithuanian generators) must not merge with the Dutch drone money (same aid theme). Zelensky's reaction with the new toll (19221-07) shares the strike's story.",
  not_entries=["cookie consent bar", "brand and navigation", "'Live' kicker", "page title (h1)", "dateline with the time-zone note", "lede", "order note ('the newest is at the bottom')",
               "author lines under the headlines (author, not body)", "'Copy link' under each update", "'Related' box after the fourth update", "footer"],
  entries=[
  E("2031-02-18 09:50", "Missile strike on Kryvyi Rih: two dead, 11 injured",
    ["A Russian ballistic missile struck a residential street in Kryvyi Rih at about 9.20am, killing two people and injuring 11, said Oleksandr Vilkul, head of the city's defence council.",
     "Windows were blown out in dozens of flats and a gas pipe caught fire, he wrote on Telegram."],
    "strikes", "strikes", 3, KRH, a="Iryna Dovzhenko", n="toll 2 dead, 11 injured"),
  E("2031-02-18 11:15", "Drones damage power line in Marhanets overnight",
    ["Russian drones attacked Marhanets in the Nikopol district overnight, damaging a high-voltage line and cutting power to about 3,000 homes, the Dnipropetrovsk regional administration said. Nobody was hurt."],
    "strikes", "strikes", 2, "marhanets-overnight-drone-attack-2031-02-18", a="Iryna Dovzhenko",
    n="same region (Dnipropetrovsk oblast), a different, earlier, non-deadly drone attack; must not merge with the Kryvyi Rih strike"),
  E("2031-02-18 12:40", "Lithuania sends 60 generators to Kharkiv hospitals",
    ["Lithuania has delivered 60 industrial generators to hospitals in the Kharkiv region, the Lithuanian embassy in Kyiv said. The shipment was paid for by a public fundraiser that collected \u20ac1.9 million in two weeks."],
    "aid", "aid", 2, "lithuania-generators-kharkiv-hospitals-2031-02-18", a="Tomas Reilly",
    n="same aid theme as the Dutch drone funding (19220-04, 19223-04), different event; must not merge"),
  E("2031-02-18 14:20", "Sybiha arrives in Beijing for talks with Wang Yi",
    ["Ukraine's foreign minister Andrii Sybiha has arrived in Beijing for talks with his Chinese counterpart Wang Yi, the first visit by a Ukrainian foreign minister to China in more than a year.",
     "Sybiha said he would ask China to use its \"unique influence\" on Moscow to end strikes on civilian targets."],
    "diplomacy", "diplomacy", 3, SYB, a="Tomas Reilly", n="also carried by 19222"),
  E("2031-02-18 16:15", "Kryvyi Rih toll rises to six; day of mourning declared",
    ["Six people are now known to have been killed in the morning strike on Kryvyi Rih, Oleksandr Vilkul said, and the city will hold a day of mourning on Wednesday.",
     "Among the injured are a ten-year-old boy and his mother, who were walking to a shop when the missile hit."],
    "strikes", "strikes", 3, KRH, a="Iryna Dovzhenko", n="toll 6"),
  E("2031-02-18 18:10", "Missile strike on Kryvyi Rih: two dead, 11 injured",
    ["A Russian ballistic missile struck a residential street in Kryvyi Rih at about 9.20am, killing two people and injuring 11, said Oleksandr Vilkul, head of the city defence council.",
     "Windows were blown out in dozens of flats and a gas pipe caught fire, he wrote on Telegram."],
    "strikes", "strikes", 1, KRH, a="Iryna Dovzhenko", dup="19221-01", n="near-verbatim repeat of 19221-01 (re-published with the stale toll; 'the city's' became 'the city')"),
  E("2031-02-18 21:30", "Zelensky: strike on Kryvyi Rih was \"cold-blooded murder\"",
    ["President Volodymyr Zelensky said the missile that killed eight people in his home city had been aimed at \"an ordinary street at the hour when children go to school\", and called for more Patriot interceptors."],
    "strikes", "strikes", 3, KRH, a="Tomas Reilly", sec=["aid"], n="reaction whose main content is the attack (condemnation with the new toll of 8): same story"),
  ]))

# ---------------------------------------------------------------- 19222 Rhossili World Service (day 1, RSS general world feed)
SEEDS.append(dict(
  id="19222", name="19222_rhossili-worldrss", ext="xml", source="Rhossili World Service", zone="America/Chicago", render=r_rss,
  title="Rhossili World Service | Top Stories", url="https://www.rhossili-world.example", feedpath="topstories",
  lede="The day's top stories from the Rhossili World Service newsroom in Chicago.",
  basis="RSS pubDate '{s}' (explicit -0600 offset, US Central time); local {d} in {z}",
  notes="Invented outlet. General world RSS 2.0 feed, newest first, pubDate with -0600; the war is a minority (4 of 6 items off-beat: US tornadoes, Mexican rates, Peruvian politics, Japanese exports). Spelling 'Kryvyy Rih'. dc:creator only where printed.",
  not_entries=["channel title, link, description, language, lastBuildDate and atom:link", "category labels", "media thumbnails"],
  entries=[
  OFF("2031-02-18 15:40", "Tornadoes damage dozens of homes in central Mississippi",
    ["At least three tornadoes touched down in central Mississippi on Tuesday afternoon, damaging dozens of homes and knocking out power to more than 20,000 customers, the state's emergency management agency said. No deaths were reported."],
    "mississippi-tornadoes-2031-02-18", a="Carla Huerta", n="US weather", cat="US"),
  OFF("2031-02-18 12:10", "Mexico's central bank cuts key rate to 6.5%",
    ["Mexico's central bank cut its benchmark interest rate by a quarter point to 6.5% on Tuesday, saying inflation was now firmly inside its target range."],
    "mexico-rate-cut-2031-02-18", a="Carla Huerta", n="economy", cat="Business"),
  E("2031-02-18 08:30", "Ukraine's top diplomat meets Wang Yi in Beijing, urges China to press Moscow",
    ["Ukrainian Foreign Minister Andrii Sybiha met Chinese Foreign Minister Wang Yi in Beijing on Tuesday and asked China to press Russia to halt attacks on Ukrainian cities, Ukraine's foreign ministry said.",
     "China's foreign ministry said Wang had told Sybiha that Beijing supported \"all efforts conducive to peace\"."],
    "diplomacy", "diplomacy", 3, SYB, a="Owen Pritchard", cat="World"),
  OFF("2031-02-18 06:05", "Peru's Congress censures interior minister over prison escapes",
    ["Peru's Congress voted on Tuesday to censure the interior minister after a series of escapes from a high-security prison in Lima, forcing his resignation."],
    "peru-interior-minister-censure-2031-02-18", n="Latin American politics", cat="Americas"),
  E("2031-02-18 04:45", "Russian missile strike kills at least 4 in Ukraine's Kryvyy Rih",
    ["A Russian ballistic missile hit a residential neighborhood in the central Ukrainian city of Kryvyy Rih on Tuesday morning, killing at least four people and wounding more than 20, local officials said.",
     "Kryvyy Rih is the hometown of President Volodymyr Zelensky."],
    "strikes", "strikes", 3, KRH, a="Owen Pritchard", n="spelling 'Kryvyy Rih'; toll 4", cat="World"),
  OFF("2031-02-18 01:20", "Japan's exports rise for fifth straight month",
    ["Japan's exports rose 6.1% in January from a year earlier, the fifth monthly increase in a row, led by shipments of cars and chip-making equipment, government data showed."],
    "japan-exports-january-2031-02-18", a="Carla Huerta", n="Asian economy", cat="Business"),
  ]))

# ---------------------------------------------------------------- 19223 Trelleck Observer (day 1, Atom, +01:00)
SEEDS.append(dict(
  id="19223", name="19223_trelleck-atom", ext="xml", source="Trelleck Observer", zone="Europe/Warsaw", render=r_atom,
  title="Trelleck Observer \u2013 Central & Eastern Europe", url="https://trelleck-observer.example", feedpath="cee",
  lede="Reporting from Warsaw on Poland, its neighbours and the war in Ukraine", generator="Ghost 7.4",
  basis="Atom <published> '{s}' (explicit +01:00 offset, Central European Time); local {d} in {z}",
  notes="Invented outlet. Atom 1.0 feed, newest first, <published> with +01:00, <author><name>, escaped-HTML content. 19223-01 is a theme piece (explainer on ballistic-missile warning times) that mentions the Kryvyi Rih strike but is its own story. Spelling 'Krivoy Rog' (Russian transliteration) in 19223-03. 19223-04 is re-posted verbatim on day 2 by 19231.",
  not_entries=["feed title, subtitle, links, id, updated and generator", "category terms"],
  entries=[
  E("2031-02-18 19:10", "Explainer: Why ballistic missiles give Ukrainian cities so little warning",
    ["Tuesday's strike on Kryvyi Rih is a reminder of the hardest problem Ukraine's air defence faces: ballistic missiles launched from a few hundred kilometres away arrive in three to four minutes.",
     "Cruise missiles and drones can be tracked for an hour or more, which gives time for sirens, shelters and interceptors. A ballistic missile is often still climbing when the alert sounds.",
     "Only a handful of systems, above all the Patriot, can shoot them down, and Ukraine has too few to cover more than its largest cities."],
    "strikes", "strikes", 2, "explainer-ballistic-missile-warning-times", a="Magda Lisowska", cat="Analysis",
    n="theme piece (explainer), no single event; mentions the Kryvyi Rih strike but must not merge with it"),
  E("2031-02-18 15:45", "Polish prosecutors charge two over sabotage plot at Rzesz\u00f3w rail hub",
    ["Polish prosecutors have charged two Belarusian citizens with planning to derail freight trains carrying aid to Ukraine near the Rzesz\u00f3w logistics hub, acting on orders from Russian intelligence."],
    "other", "security", 2, "rzeszow-rail-sabotage-charges-2031-02-18", a="Tadeusz Wrona", cat="Poland"),
  E("2031-02-18 13:30", "Five killed as Russian missiles hit Krivoy Rog",
    ["Five people were killed and more than 30 injured when a Russian missile hit a residential district of Krivoy Rog on Tuesday morning, Ukrainian officials said.",
     "The industrial city, known in Ukrainian as Kryvyi Rih, has been a frequent target since 2022."],
    "strikes", "strikes", 3, KRH, a="Magda Lisowska", cat="Ukraine", n="spelling 'Krivoy Rog' (the body names the Ukrainian form); toll 5"),
  E("2031-02-18 11:05", NLA_H, NLA_P, "aid", "aid", 3, NLA, a="Tadeusz Wrona", cat="Ukraine", n="also carried by 19220; re-posted verbatim on day 2 by 19231"),
  E("2031-02-18 08:20", "Tusk: no Polish troops in Ukraine without a US security guarantee",
    ["Prime Minister Donald Tusk said Poland would not send soldiers to Ukraine as part of any future peacekeeping force unless the United States guaranteed their security, in an interview with public radio."],
    "diplomacy", "diplomacy", 2, "tusk-peacekeeping-troops-condition-2031-02-18", a="Tadeusz Wrona", cat="Poland"),
  ]))


def r_htmllive_dot(S):
    """HTML live blog without JSON-LD, newest first; Finnish-style clock '21.40' in a span above the h2, date line '19.2.2031' with a
    printed note on the time zone; author paragraph; a 'Photos:' post shows only a gallery placeholder."""
    z = S["zone"]; order_check(S, True)
    d0 = dt(S["entries"][0]["t"], z)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {esc(S["source"])}</title>',
           f'<meta property="og:title" content="{attr(S["title"])}"></head><body>',
           '<div class="cookie-wall">We use cookies for analytics and advertising. <button>OK</button> <button>Only necessary</button></div>',
           f'<header><a class="logo" href="/">{esc(S["source"])}</a> <nav><a>Finland</a> <a>Nordics</a> <a>Europe</a> <a>Ukraine</a> <a>Business</a> <a>Culture</a></nav>'
           '<a class="subscribe">Subscribe</a></header>',
           f'<main><p class="label">LIVE</p><h1>{esc(S["title"])}</h1>',
           f'<p class="meta">{DAYS[d0.weekday()]} {d0.day}.{d0.month}.{d0.year} \u00b7 {esc(S["tznote"])}</p>', f'<p class="lead">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H.%M}"; stamps.append(st)
        out.append(f'<div class="post"><span class="post-time">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="post-by">{esc(e["a"])}</p>')
        if e["p"]:
            out += [f'<p>{rich(p)}</p>' for p in e["p"]]
        else:
            out.append(f'<div class="gallery"><span>Gallery ({e["gallery"]} photos)</span></div>')
        out.append('</div>')
        if i == 2:
            out.append(f'<aside class="read-also"><h3>Read also</h3><a>{esc(S["related"])}</a></aside>')
    out += [f'<p class="prev"><a href="/live/{S["prev"]}">Yesterday\u2019s live coverage</a></p></main>',
            f'<footer>{esc(S["source"])} \u00b7 Contact \u00b7 Advertising \u00b7 Privacy \u00b7 Terms of use</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_textlive_oldest(S):
    """text live blog, oldest first; dateline with year and 'All times CET'; each post: '07:40 CET' line, optional 'Republished from
    OUTLET' line, headline, body, 'Reporting: NAME' (with the partner name for republished pieces)."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"].upper(), "Berlin  \u00b7  Europe  \u00b7  Ukraine  \u00b7  Economy  \u00b7  Culture", "", S["title"], S["dateline"], S["tznote"], "", S["lede"], "", "\u2014\u2014\u2014", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} {d.tzname()}"; stamps.append(st)
        L += [st]
        if e.get("partner"):
            L += [f"Republished from {e['partner']}"]
        L += [e["h"]] + [plain(p) for p in e["p"]]
        if e["a"]:
            L += [f"Reporting: {e['a']}" + (f", {e['partner']}" if e.get("partner") else "")]
        L += [""]
        if i == 3:
            L += ["Support independent reporting from Berlin \u2013 become a Fairlop member", ""]
    L += ["\u2014\u2014\u2014", "This live page is closed. Follow tomorrow's coverage on our front page.", "", f"{S['source']}  \u00b7  Imprint  \u00b7  Privacy  \u00b7  Contact"]
    return "\n".join(L) + "\n", stamps


# Day 2 = 2031-02-19
CHN = "chernihiv-drone-strike-2031-02-19"
ZTW = "zelensky-tusk-warsaw-talks-2031-02-19"

# ---------------------------------------------------------------- 19230 Elmstow Courier (day 2, HTML live, no JSON-LD, '21.40')
SEEDS.append(dict(
  id="19230", name="19230_elmstow-htmllive", ext="html", source="Elmstow Courier", zone="Europe/Helsinki", render=r_htmllive_dot,
  title="Ukraine live: Chernihiv hospital hit by drones, four dead; Kryvyi Rih toll reaches 11",
  tznote="Times in Finnish time (EET)", lede="Russian drones struck a hospital campus in Chernihiv overnight. Finland's president says the Nordic countries will buy air defence for Ukraine together.",
  related="How Finland's shelters became a model for Kyiv", prev="2031-02-18",
  basis="post time '{s}' (Finnish clock with a dot; the page prints 'Times in Finnish time (EET)', UTC+2) under the date line 'Wednesday 19.2.2031'; local {d} in {z}",
  notes="Invented outlet. HTML live blog without JSON-LD, newest first. Date line 'Wednesday 19.2.2031' (day.month.year) with the note 'Times in Finnish time (EET)'; post times are printed Finnish-style with a dot ('21.40'). 19230-02 is a 'Photos:' post with only a gallery placeholder (importance 1). 19230-05 (drones on a substation in the Nizhyn district of the same Chernihiv region) must not merge with the Chernihiv city strike. 19230-03 continues day 1's Kryvyi Rih story (toll 11; carried by two day-2 seeds, so importance 3).",
  not_entries=["cookie wall", "logo, navigation, 'Subscribe'", "'LIVE' label", "page title (h1)", "date line 'Wednesday 19.2.2031 · Times in Finnish time (EET)'", "lead paragraph",
               "author lines under headlines (author, not body)", "gallery placeholder 'Gallery (14 photos)' in the Photos post", "'Read also' box after the third post",
               "link to yesterday's live coverage", "footer"],
  entries=[
  E("2031-02-19 22:40", "Stubb: Nordic countries will buy air defence for Ukraine together",
    ["Finland's President Alexander Stubb said the five Nordic countries had agreed to pool money to buy air defence systems for Ukraine, starting with medium-range systems that can be delivered this year.",
     "Stubb, speaking after a call with the other Nordic leaders, did not give a figure but said the first contract would be signed \"within weeks\"."],
    "aid", "aid", 3, "nordic-joint-air-defence-purchase-2031-02-19", a="Aino Kettunen", sec=["diplomacy"], n="head-of-state announcement of joint air-defence purchases"),
  E("2031-02-19 19:05", "Photos: Chernihiv residents queue for water after the strike", [],
    "strikes", "strikes", 1, CHN, a="Aino Kettunen", gallery=14, n="photo gallery teaser without text"),
  E("2031-02-19 16:30", "Kryvyi Rih death toll rises to 11 as search ends",
    ["Rescuers in Kryvyi Rih have finished searching the rubble left by Tuesday's missile strike, and the number of dead has risen to 11, the city's defence council said. Forty-one people were injured.",
     "The city observed a day of mourning on Wednesday, with flags at half-mast and entertainment events cancelled."],
    "strikes", "strikes", 3, KRH, a="Petteri Halme", n="continuation of day 1's story (toll 11); also in 19233"),
  E("2031-02-19 13:20", "Chernihiv strike: four dead, hospital patients moved",
    ["The number of people killed by Russian drones in Chernihiv overnight has risen to four, the head of the city military administration said. Two of the dead were hospital staff on a night shift.",
     "About 120 patients were moved to other hospitals after the drones hit the outpatient building and a boiler house on the campus of the city's main hospital."],
    "strikes", "strikes", 3, CHN, a="Petteri Halme", n="toll 4"),
  E("2031-02-19 11:05", "Drones knock out substation in Nizhyn district",
    ["A Russian drone attack damaged an electricity substation in the Nizhyn district of the Chernihiv region on Wednesday morning, leaving about 9,000 households without power. No casualties were reported."],
    "strikes", "strikes", 2, "nizhyn-substation-drone-attack-2031-02-19", a="Petteri Halme",
    n="same region (Chernihiv oblast), a different, later, non-deadly drone attack on an energy site; must not merge with the Chernihiv city strike"),
  E("2031-02-19 09:10", "Police investigate damaged data cable in the Gulf of Finland",
    ["Finnish police have opened an investigation after a data cable between Finland and Estonia was damaged on the seabed, the operator said. Police said they were checking the movements of several ships, including a tanker that had recently left a Russian port."],
    "other", "security", 2, "gulf-of-finland-cable-damage-2031-02-19", a="Aino Kettunen"),
  E("2031-02-19 07:30", "Russia claims capture of village in Kharkiv region",
    ["Russia's defence ministry said its forces had captured the village of Kindrashivka, north of Kupiansk in the Kharkiv region. Ukraine's military said fighting for the village was continuing."],
    "other", "frontline", 2, "kindrashivka-capture-claim-2031-02-19", a="Petteri Halme"),
  ]))

# ---------------------------------------------------------------- 19231 Fairlop Bulletin (day 2, text live, oldest first, re-post, repeat)
SEEDS.append(dict(
  id="19231", name="19231_fairlop-textlive", ext="txt", source="Fairlop Bulletin", zone="Europe/Berlin", render=r_textlive_oldest,
  title="Ukraine live: drones hit Chernihiv hospital; Zelensky in Warsaw", dateline="Wednesday, 19 February 2031", tznote="All times CET.",
  lede="Our Berlin desk follows the war in Ukraine and Europe's response through the day.",
  basis="post time '{s}' (CET printed, UTC+1) under the dateline 'Wednesday, 19 February 2031'; local {d} in {z}",
  notes="Invented outlet. Text live blog, oldest first. Each post: 'HH:MM CET' line, headline, body, 'Reporting: NAME'. 19231-02 re-publishes day 1's 19223-04 verbatim (same headline and text) under a 'Republished from Trelleck Observer' line: a re-post of a day-1 entry, importance 1, duplicate_of null (defined within a seed only), same story slug as on day 1; its author line names the original reporter and outlet ('Reporting: Tadeusz Wrona, Trelleck Observer'; author = the reporter). 19231-05 repeats 19231-01 nearly verbatim with the stale toll (duplicate_of 19231-01). 19231-04 is a theme piece (analysis of jet-powered Shahed drones) that mentions Chernihiv but is its own story.",
  not_entries=["masthead and navigation", "page title", "dateline 'Wednesday, 19 February 2031'", "'All times CET.'", "lede", "separator lines",
               "'Republished from Trelleck Observer' label (part of the re-post's furniture)", "'Reporting: ...' lines (author, not body)",
               "membership appeal after the fourth post", "closing note 'This live page is closed. ...'", "footer"],
  entries=[
  E("2031-02-19 07:40", "Drone attack on Chernihiv kills two, hits hospital",
    ["Two people were killed when Russian attack drones hit the grounds of the main hospital in Chernihiv, in northern Ukraine, during the night, the regional governor said.",
     "Patients were taken to the basement during the air-raid alert, which lasted almost three hours."],
    "strikes", "strikes", 3, CHN, a="Jonas Brettschneider", n="toll 2"),
  E("2031-02-19 09:05", NLA_H, NLA_P, "aid", "aid", 1, NLA, a="Tadeusz Wrona", partner="Trelleck Observer",
    n="re-post of day-1 entry 19223-04 (verbatim, 'Republished from Trelleck Observer'); importance 1"),
  E("2031-02-19 10:30", "Bundeswehr to train 5,000 more Ukrainian soldiers this year",
    ["The German army will train an additional 5,000 Ukrainian soldiers this year at bases in Brandenburg and Lower Saxony, the defence ministry said, bringing the total trained in Germany since 2022 to more than 25,000."],
    "aid", "aid", 2, "germany-trains-ukrainian-soldiers-2031-02-19", a="Lena Hartwig"),
  E("2031-02-19 11:50", "Analysis: Jet-powered Shaheds are eroding Ukraine's cheapest defence",
    ["Last night's attack on Chernihiv again involved jet-powered versions of the Shahed drone, which fly at more than 500 kilometres an hour.",
     "For two years Ukraine shot down most Shaheds with machine guns, cheap interceptor drones and old anti-aircraft cannon. The jet versions are too fast for most of these, which pushes Ukraine back towards expensive missiles.",
     "Ukrainian engineers say faster interceptor drones are in production, but not yet in the numbers needed."],
    "strikes", "strikes", 2, "analysis-jet-powered-shahed-drones", a="Lena Hartwig",
    n="theme piece (analysis of a weapon type), no single event; mentions the Chernihiv attack but must not merge with it"),
  E("2031-02-19 12:55", "Drone attack on Chernihiv kills two, hits hospital",
    ["Two people were killed when Russian attack drones hit the grounds of the main hospital in Chernihiv, northern Ukraine, during the night, the regional governor said.",
     "Patients were taken to the basement during the air-raid alert, which lasted almost three hours."],
    "strikes", "strikes", 1, CHN, a="Jonas Brettschneider", dup="19231-01", n="near-verbatim repeat of 19231-01 with the stale toll ('in northern Ukraine' became 'northern Ukraine')"),
  E("2031-02-19 15:20", "Zelensky arrives in Warsaw for talks with Tusk",
    ["Ukrainian President Volodymyr Zelensky arrived in Warsaw for talks with Polish Prime Minister Donald Tusk on joint arms production and the long-running dispute over Ukrainian farm imports."],
    "diplomacy", "diplomacy", 3, ZTW, a="Jonas Brettschneider", n="also carried by 19232 and 19233"),
  E("2031-02-19 18:45", "Drone hits tram depot in Kharkiv, three injured",
    ["A Russian drone hit a tram depot in Kharkiv's Saltivskyi district in the evening, injuring three workers and setting two trams on fire, Mayor Ihor Terekhov said."],
    "strikes", "strikes", 2, "kharkiv-tram-depot-drone-2031-02-19", a="Lena Hartwig", n="another drone strike the same day in another city; must not merge with Chernihiv"),
  ]))


# ---------------------------------------------------------------- 19232 Lodore Herald (day 2, Atom general world feed, Z)
SEEDS.append(dict(
  id="19232", name="19232_lodore-worldatom", ext="xml", source="Lodore Herald", zone="UTC", render=r_atom,
  title="Lodore Herald: World", url="https://www.lodore-herald.example", feedpath="world",
  lede="International news from the Lodore Herald foreign desk", generator="Lodore CMS",
  basis="Atom <published> '{s}' (UTC, 'Z'); local {d} in {z}",
  notes="Invented outlet. General world Atom feed, newest first, <published> in UTC ('Z'); the war is a minority (4 of 6 entries off-beat: Swiss avalanche, Japanese trade, Ghanaian budget, Chilean wildfire). Spelling 'Chernigov' (Russian transliteration).",
  not_entries=["feed title, subtitle, links, id, updated and generator", "category terms"],
  entries=[
  OFF("2031-02-19 20:30", "Avalanche kills two skiers near Verbier",
    ["Two off-piste skiers were killed by an avalanche above the Swiss resort of Verbier on Wednesday afternoon, police in the canton of Valais said. A third skier was rescued with minor injuries."],
    "verbier-avalanche-2031-02-19", a="Nia Rhydderch", n="European news (accident)", cat="Europe"),
  E("2031-02-19 17:50", "Zelensky and Tusk pledge joint arms production at Warsaw meeting",
    ["Ukraine's President Volodymyr Zelensky and Poland's Prime Minister Donald Tusk agreed in Warsaw on Wednesday to set up joint production of artillery shells and drones, and promised to settle a dispute over Ukrainian grain imports by the summer."],
    "diplomacy", "diplomacy", 3, ZTW, a="Nia Rhydderch", cat="Europe", sec=["aid"]),
  OFF("2031-02-19 14:10", "Japan's trade deficit narrows as car exports recover",
    ["Japan's trade deficit narrowed sharply in January as car exports to the United States and Europe recovered, finance ministry data showed on Wednesday."],
    "japan-trade-deficit-2031-02-19", n="Asian economy", cat="Business"),
  OFF("2031-02-19 11:25", "Ghana's parliament approves IMF-backed budget",
    ["Ghana's parliament approved the government's 2031 budget on Wednesday, clearing the way for the next payment under the country's programme with the International Monetary Fund."],
    "ghana-budget-approval-2031-02-19", a="Kwame Asante-Darko", n="African politics", cat="Africa"),
  E("2031-02-19 09:15", "Russian drones kill at least three in Chernigov",
    ["At least three people were killed when Russian drones hit a hospital complex and nearby houses in the northern Ukrainian city of Chernigov overnight, officials said.",
     "The city, spelled Chernihiv in Ukrainian, lies about 60 kilometres from the Belarusian border."],
    "strikes", "strikes", 3, CHN, a="Nia Rhydderch", cat="Europe", n="spelling 'Chernigov'; toll 3"),
  OFF("2031-02-19 06:00", "Chilean firefighters contain wildfire near Valpara\u00edso",
    ["Firefighters in Chile said on Wednesday they had contained a wildfire that burned 1,200 hectares of forest and scrub east of Valpara\u00edso, after two days of work."],
    "valparaiso-wildfire-2031-02-19", n="Latin American news", cat="Americas"),
  ]))

# ---------------------------------------------------------------- 19233 Nantgarw Review (day 2, RSS, +0200)
SEEDS.append(dict(
  id="19233", name="19233_nantgarw-rss", ext="xml", source="Nantgarw Review", zone="Europe/Kyiv", render=r_rss,
  title="Nantgarw Review \u2014 Ukraine", url="https://nantgarw-review.example", feedpath="ukraine",
  lede="Independent reporting from Ukraine, in English",
  basis="RSS pubDate '{s}' (explicit +0200 offset, Kyiv time); local {d} in {z}",
  notes="Invented outlet. RSS 2.0 feed, newest first, pubDate with +0200. 19233-03 continues day 1's Kryvyi Rih story (toll 11, funerals). Spelling 'Chernihiv'.",
  not_entries=["channel title, link, description, language, lastBuildDate and atom:link", "category labels", "media thumbnails"],
  entries=[
  E("2031-02-19 21:15", "Zelensky and Tusk agree on joint drone and shell production",
    ["Ukraine and Poland will build drones and artillery shells together at plants in both countries, President Volodymyr Zelensky said after meeting Prime Minister Donald Tusk in Warsaw.",
     "The two leaders also said a working group would propose a deal on agricultural imports by June."],
    "diplomacy", "diplomacy", 3, ZTW, a="Yaryna Melnyk", cat="Politics", sec=["aid"]),
  E("2031-02-19 17:30", "Chernihiv death toll rises to five",
    ["A fifth person has died of injuries sustained in the overnight drone attack on Chernihiv, the regional military administration said. Seventeen people were wounded.",
     "The hospital's outpatient department will remain closed at least until March."],
    "strikes", "strikes", 3, CHN, a="Serhii Bondarenko", cat="War", n="toll 5"),
  E("2031-02-19 14:05", "Kryvyi Rih buries its dead as toll reaches 11",
    ["Kryvyi Rih held the first funerals on Wednesday for victims of Tuesday's missile strike, as the number of dead rose to 11, the city's defence council said."],
    "strikes", "strikes", 3, KRH, a="Serhii Bondarenko", cat="War", n="continuation of day 1's story (toll 11); also in 19230"),
  E("2031-02-19 10:40", "Parliament extends martial law and mobilisation by 90 days",
    ["Ukraine's parliament voted to extend martial law and general mobilisation for another 90 days, until late May. The measure passed with 312 votes."],
    "other", "politics", 2, "martial-law-extension-2031-02-19", a="Yaryna Melnyk", cat="Politics"),
  E("2031-02-19 04:10", "Night drone attack on Chernihiv: one killed, nine injured",
    ["One person was killed and nine injured when Russian drones struck Chernihiv at about 2.30am, hitting the grounds of the city hospital, the head of the city military administration said."],
    "strikes", "strikes", 3, CHN, a="Serhii Bondarenko", cat="War", n="first report, toll 1"),
  ]))


def r_article_sections(S):
    """text article (a wire round-up) with section headings, one entry per section; page byline and a dateline with time and zone;
    no per-section stamps."""
    L = [S["source"].upper(), "News  \u203a  Europe  \u203a  Ukraine", "", S["title"], "", S["lede"], "", f"By {S['byline']}", S["dateline"], "",
         "Share  \u00b7  Print  \u00b7  E-mail", ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt([plain(p) for p in e["p"]])
        if i == 1:
            L += ["Advertisement", ""]
    L += [S["more"], "", f"\u00a9 {S['source']}  \u00b7  Imprint  \u00b7  Data protection  \u00b7  Syndication"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_graphlive_times(S):
    """HTML live blog, newest first; ld+json @graph (Organization, WebPage, LiveBlogPosting) whose liveBlogUpdate items carry their own
    datePublished (+02:00) and author; visible '20:15 EET' in <time datetime>; author after the headline; a 'Video:' post shows a player."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    base = S["url"].split("/live")[0]
    ups = []
    for i, e in enumerate(S["entries"]):
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#e{i + 1}", "headline": e["h"], "datePublished": dt(e["t"], z).isoformat()}
        if e["a"]:
            u["author"] = [{"@type": "Person", "name": e["a"]}]
        if e["p"]:
            u["articleBody"] = " ".join(plain(p) for p in e["p"])
        else:
            u["video"] = {"@type": "VideoObject", "name": e["h"], "duration": "PT1M12S"}
        ups.append(u)
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsMediaOrganization", "@id": base + "/#org", "name": S["source"], "url": base + "/"},
        {"@type": "WebPage", "@id": S["url"], "url": S["url"], "name": S["title"], "inLanguage": "en"},
        {"@type": "LiveBlogPosting", "@id": S["url"] + "#liveblog", "mainEntityOfPage": {"@id": S["url"]}, "headline": S["title"],
         "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
         "publisher": {"@id": base + "/#org"}, "liveBlogUpdate": ups}]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2014 {esc(S["source"])}</title>', ld_script(ld), '</head><body>',
           f'<header><a class="logo" href="/">{esc(S["source"])}</a> <nav><a>Latvia</a> <a>Baltics</a> <a>Ukraine</a> <a>World</a> <a>Opinion</a></nav> <a>EN | LV | RU</a></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="date">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} {d.tzname()}"; stamps.append(st)
        out.append(f'<section class="entry" id="e{i + 1}"><time datetime="{d.isoformat()}">{st}</time><h3>{esc(e["h"])}</h3>')
        if e["a"]:
            out.append(f'<p class="author">{esc(e["a"])}</p>')
        if e["p"]:
            out += [f'<p>{rich(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="player"><span>\u25b6</span> <span>1:12</span></div>')
        out.append('</section>')
        if i == 2:
            out.append(f'<div class="promo">Subscribe to the {esc(S["source"])} morning newsletter</div>')
    out += ['</main>', f'<footer>{esc(S["source"])} \u00b7 Riga \u00b7 Contacts \u00b7 Privacy \u00b7 Cookie settings</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_textlive_pipe(S):
    """text live blog, oldest first; date line with weekday but no year; page byline; each post on a line 'HH:MM | Headline', then the
    body."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"].upper(), "Live  \u00b7  Ukraine  \u00b7  Russia  \u00b7  Europe  \u00b7  Opinion", "", S["title"], S["dateline"], f"By {S['byline']}", S["note"], "",
         S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [f"{st} | {e['h']}"] + ptxt([plain(p) for p in e["p"]])
        if i == 3:
            L += ["Keep this page free: support the Gazette", ""]
    L += ["End of today's updates.", "", f"{S['source']}  \u00b7  About  \u00b7  Contact  \u00b7  Privacy"]
    return "\n".join(L) + "\n", stamps


# Day 3 = 2031-02-24 (ninth anniversary of the full-scale invasion)
ZHY = "zhytomyr-missile-strike-2031-02-24"
LDR = "eu-leaders-kyiv-anniversary-visit-2031-02-24"

# ---------------------------------------------------------------- 19240 Abercarn Globe (day 3, RSS general world feed, GMT)
SEEDS.append(dict(
  id="19240", name="19240_abercarn-worldrss", ext="xml", source="Abercarn Globe", zone="UTC", render=r_rss, gmt=True,
  title="Abercarn Globe - World", url="https://www.abercarn-globe.example", feedpath="world",
  lede="World news from the Abercarn Globe",
  basis="RSS pubDate '{s}' (GMT = UTC); local {d} in {z}",
  notes="Invented outlet. General world RSS 2.0 feed, newest first, pubDate in GMT; the war is a minority (4 of 6 items off-beat: Mozambique cyclone, Indian rupee, Canadian snow emergency, Thai election date). Spelling 'Zhitomir' (Russian transliteration).",
  not_entries=["channel title, link, description, language, lastBuildDate and atom:link", "category labels", "media thumbnails"],
  entries=[
  OFF("2031-02-24 21:05", "Cyclone makes landfall in central Mozambique",
    ["A tropical cyclone made landfall near the Mozambican port of Beira on Monday evening with winds of 160km/h, forcing tens of thousands of people into shelters."],
    "mozambique-cyclone-2031-02-24", a="Gwen Prosser", n="weather disaster", cat="Africa"),
  E("2031-02-24 17:40", "EU leaders mark war's anniversary in Kyiv",
    ["The presidents of the European Council and the European Commission travelled to Kyiv by train on Monday with the leaders of eight member states to mark nine years since Russia's full-scale invasion, and promised Ukraine a new tranche of loans."],
    "diplomacy", "diplomacy", 3, LDR, a="Gwen Prosser", cat="Europe"),
  OFF("2031-02-24 14:15", "Indian rupee slides to record low against dollar",
    ["The Indian rupee fell to a record low against the US dollar on Monday as foreign investors pulled money out of local shares."],
    "indian-rupee-record-low-2031-02-24", n="markets", cat="Business"),
  OFF("2031-02-24 12:30", "Manitoba declares snow emergency after record storm",
    ["The Canadian province of Manitoba declared a state of emergency on Monday after a storm dumped more than 60 centimetres of snow on Winnipeg."],
    "manitoba-snow-emergency-2031-02-24", a="Gwen Prosser", n="weather", cat="Americas"),
  E("2031-02-24 10:20", "Russian missiles kill at least five in Ukraine's Zhitomir",
    ["Russian ballistic missiles struck the Ukrainian city of Zhitomir on Monday morning, killing at least five people on the ninth anniversary of the invasion, regional officials said."],
    "strikes", "strikes", 3, ZHY, a="Ivor Pughe", cat="Europe", n="spelling 'Zhitomir'; toll 5"),
  OFF("2031-02-24 07:10", "Thailand sets date for early general election",
    ["Thailand's election commission said on Monday that an early general election would be held on 27 April, after the prime minister dissolved parliament last week."],
    "thailand-election-date-2031-02-24", n="Asian politics", cat="Asia"),
  ]))

# ---------------------------------------------------------------- 19241 Vobster Wire (day 3, text article with sections)
SEEDS.append(dict(
  id="19241", name="19241_vobster-article", ext="txt", source="Vobster Wire", zone="Europe/Vienna", render=r_article_sections,
  title="Nine years of full-scale war: the day in Ukraine",
  lede="A missile strike on Zhytomyr, European leaders in Kyiv, Austrian money for demining and a defiant Kremlin: what happened on the anniversary.",
  byline="Katharina Oberleitner and Milan Horvat", dateline="24 February 2031, 18:30 CET",
  more="More on this topic: Austria's neutrality debate, one year on",
  basis="no per-section stamp: the article's dateline '24 February 2031, 18:30 CET' (UTC+1); local {d} in {z}",
  notes="Invented outlet. A wire round-up article (not a live blog): four section headings, one entry each (headline = heading), no per-section stamp, so stamp is null and published is the article's dateline time (18:30 CET = 17:30 UTC). The page byline (two names joined by 'and', one string) is the author of every section. Spelling 'Zhytomyr'.",
  not_entries=["masthead and breadcrumb", "article title", "standfirst", "byline 'By Katharina Oberleitner and Milan Horvat'", "dateline '24 February 2031, 18:30 CET'",
               "'Share · Print · E-mail'", "'Advertisement' marker after the second section", "'More on this topic: ...' link", "footer"],
  entries=[
  E("2031-02-24 18:30", "Deadliest strike of the year hits Zhytomyr",
    ["The death toll from Monday morning's Russian missile strike on Zhytomyr rose to eight in the evening, making it the deadliest single attack on a Ukrainian city this year, according to the regional administration.",
     "Two ballistic missiles hit a street of low-rise homes and a vocational college dormitory shortly after 7am. More than 40 people were injured.",
     "Ukraine's air force said it had no chance to intercept the missiles, which were launched from Russia's Bryansk region."],
    "strikes", "strikes", 3, ZHY, a="Katharina Oberleitner and Milan Horvat", n="toll 8"),
  E("2031-02-24 18:30", "European leaders in Kyiv on the anniversary",
    ["Ant\u00f3nio Costa and Ursula von der Leyen arrived in Kyiv by overnight train together with the heads of government of eight EU countries, the largest such delegation since the start of the war.",
     "Von der Leyen announced that the next \u20ac3.5 billion tranche of EU loans to Ukraine would be paid in March."],
    "diplomacy", "diplomacy", 3, LDR, a="Katharina Oberleitner and Milan Horvat", sec=["aid"]),
  E("2031-02-24 18:30", "Austria funds demining in Kharkiv region",
    ["Austria will contribute \u20ac18 million to clear mines from farmland in the Kharkiv region, Foreign Minister Beate Meinl-Reisinger said, stressing that the country's neutrality did not rule out humanitarian demining."],
    "aid", "aid", 2, "austria-demining-kharkiv-2031-02-24", a="Katharina Oberleitner and Milan Horvat",
    n="smaller humanitarian aid; same anniversary-day theme as the leaders' visit but a different event"),
  E("2031-02-24 18:30", "Kremlin: anniversary changes nothing",
    ["The Kremlin said the anniversary changed nothing in Russia's position and that its \"special military operation\" would continue until its goals were met, in comments carried by state media.",
     "Spokesman Dmitry Peskov dismissed the leaders' visit to Kyiv as \"political theatre\"."],
    "diplomacy", "diplomacy", 2, "kremlin-anniversary-statement-2031-02-24", a="Katharina Oberleitner and Milan Horvat",
    n="a reaction that mentions the leaders' visit; its own statement, must not merge with the visit"),
  ]))


# ---------------------------------------------------------------- 19242 Garthmyl Echo (day 3, HTML live, @graph with per-update times)
SEEDS.append(dict(
  id="19242", name="19242_garthmyl-graphlive", ext="html", source="Garthmyl Echo", zone="Europe/Riga", render=r_graphlive_times,
  title="Ukraine: nine years of full-scale war \u2013 live", url="https://garthmyl-echo.example/live/ukraine-anniversary-2031",
  dateline="Monday, 24 February 2031", lede="European leaders travel to Kyiv; a missile strike on Zhytomyr kills several people; Latvia pledges armoured vehicles.",
  basis="visible '{s}' in <time datetime> (+02:00) and the update's JSON-LD datePublished (Riga time, EET = UTC+2); dateline 'Monday, 24 February 2031'; local {d} in {z}",
  notes="Invented outlet. HTML live blog, newest first, with an ld+json @graph (NewsMediaOrganization, WebPage, LiveBlogPosting) whose liveBlogUpdate items carry their own datePublished (+02:00) and author array; the video update has no articleBody. Visible stamps '20:15 EET' in <time datetime>. 19242-03 is a 'Video:' teaser with only a player (importance 1). Spelling 'Zhytomyr'.",
  not_entries=["logo, navigation and language switch", "page title (h1)", "dateline", "standfirst", "author lines under headlines (author, not body)",
               "video player placeholder in the Video post", "newsletter promo after the third post", "footer"],
  entries=[
  E("2031-02-24 20:15", "Latvia to send 40 armoured vehicles to Ukraine",
    ["Latvia will give Ukraine 40 armoured personnel carriers from its own army's reserves, Defence Minister Andris Spr\u016bds said on Monday, adding that they would be delivered before the summer."],
    "aid", "aid", 2, "latvia-armoured-vehicles-2031-02-24", a="Liene Ozola"),
  E("2031-02-24 17:45", "Zhytomyr toll rises to seven",
    ["Seven people have died in the missile strike on Zhytomyr, the regional military administration said in the evening. Among them were two students of a vocational college whose dormitory was hit.",
     "The city declared two days of mourning."],
    "strikes", "strikes", 3, ZHY, a="Andrejs Kalni\u0146\u0161", n="toll 7"),
  E("2031-02-24 15:10", "Video: European leaders arrive at Kyiv's central station", [],
    "diplomacy", "diplomacy", 1, LDR, n="video teaser without text or author"),
  E("2031-02-24 13:20", "EU leaders arrive in Kyiv to mark ninth anniversary of the invasion",
    ["European Council President Ant\u00f3nio Costa and Commission President Ursula von der Leyen arrived in Kyiv on Monday with eight heads of government, including Latvia's prime minister, to mark nine years since Russia's full-scale invasion.",
     "They were met at the station by Ukrainian Prime Minister Yulia Svyrydenko and later laid flowers at the memorial wall of fallen soldiers."],
    "diplomacy", "diplomacy", 3, LDR, a="Liene Ozola"),
  E("2031-02-24 11:40", "Russia says it downed 52 Ukrainian drones over Bryansk and Oryol",
    ["Russia's defence ministry said its air defences had shot down 52 Ukrainian drones overnight and in the morning over the Bryansk and Oryol regions. The Oryol governor said a fuel depot had caught fire."],
    "strikes", "strikes", 2, "bryansk-oryol-drones-downed-2031-02-24", a="Andrejs Kalni\u0146\u0161"),
  E("2031-02-24 09:30", "Missile strike on Zhytomyr: four dead",
    ["Four people were killed when Russian ballistic missiles hit a residential area of Zhytomyr, west of Kyiv, early on Monday, the regional administration said.",
     "One of the missiles hit the dormitory of a vocational college."],
    "strikes", "strikes", 3, ZHY, a="Andrejs Kalni\u0146\u0161", n="toll 4"),
  E("2031-02-24 07:55", "Baltic states close three more border crossings with Russia and Belarus",
    ["Latvia, Lithuania and Estonia will close three more road crossings on their borders with Russia and Belarus from 1 March, their interior ministers said in a joint statement, citing the risk of sabotage and migrant pressure."],
    "other", "security", 2, "baltic-border-crossings-closed-2031-02-24", a="Liene Ozola"),
  ]))

# ---------------------------------------------------------------- 19243 Wigtoft Gazette (day 3, text live, oldest first, no year, 'HH:MM | Headline')
SEEDS.append(dict(
  id="19243", name="19243_wigtoft-textlive", ext="txt", source="Wigtoft Gazette", zone="Europe/Kyiv", render=r_textlive_pipe,
  title="Ukraine live: the ninth anniversary of the full-scale invasion", dateline="Monday 24 February", byline="Olha Savchuk and Reuben Tarrant",
  note="Kyiv times. Newest updates at the bottom.", lede="Follow the day in Ukraine as the country marks nine years since Russia's full-scale invasion.",
  parse_args=["--date", "2031-02-24"],
  basis="time '{s}' at the start of the post line (Kyiv time per the page note, EET = UTC+2) under the date line 'Monday 24 February' (no year printed; day given by parse_args); local {d} in {z}",
  notes="Invented outlet. Text live blog, oldest first ('Newest updates at the bottom'). The date line 'Monday 24 February' prints no year, so the gold carries parse_args ['--date', '2031-02-24']. Each post starts with one line 'HH:MM | Headline' (the headline is the text after ' | '), then the body. No per-post bylines: the page byline 'By Olha Savchuk and Reuben Tarrant' is used for every entry (one string). 19243-06 repeats 19243-01 nearly verbatim with the stale toll (duplicate_of 19243-01). 19243-03 (drone on a rail depot in Korosten, same Zhytomyr region) must not merge with the Zhytomyr city strike. 19243-07 is a theme piece on the anniversary; 19243-02 (Zelensky's anniversary address) and 19243-07 share the anniversary theme with the leaders' visit but are separate stories.",
  not_entries=["masthead and navigation", "page title", "date line 'Monday 24 February'", "page byline", "'Kyiv times. Newest updates at the bottom.'", "lede",
               "the 'HH:MM | ' prefix of each post line (stamp, not headline)", "support appeal after the fourth post", "'End of today's updates.'", "footer"],
  entries=[
  E("2031-02-24 08:05", "Ballistic missiles hit Zhytomyr; three dead",
    ["Three people were killed when two Russian ballistic missiles hit Zhytomyr shortly after 7am, the head of the regional military administration said.",
     "Houses on a residential street and a college dormitory were damaged."],
    "strikes", "strikes", 3, ZHY, a="Olha Savchuk and Reuben Tarrant", n="first report, toll 3"),
  E("2031-02-24 09:40", "Zelensky: \"Nine years, and Ukraine is still standing\"",
    ["In a video address recorded at dawn on Independence Square, President Volodymyr Zelensky thanked soldiers, medics and energy workers and said Ukraine would \"never trade its freedom for a pause\".",
     "The country observed a minute of silence at 9am."],
    "other", "politics", 2, "zelensky-anniversary-address-2031-02-24", a="Olha Savchuk and Reuben Tarrant",
    n="anniversary address; same theme as the leaders' visit, separate event: must not merge"),
  E("2031-02-24 11:15", "Drone hits rail depot in Korosten",
    ["A Russian drone hit a railway depot in Korosten, in the north of the Zhytomyr region, damaging two locomotives, Ukrainian Railways said. Nobody was injured and trains were running with delays."],
    "strikes", "strikes", 2, "korosten-rail-depot-drone-2031-02-24", a="Olha Savchuk and Reuben Tarrant",
    n="same region (Zhytomyr oblast), a different, later, non-deadly drone attack on a railway target; must not merge with the Zhytomyr city strike"),
  E("2031-02-24 13:10", "Zhytomyr toll rises to six",
    ["The number of people killed in the morning strike on Zhytomyr has risen to six, regional officials said. Thirty-four people were injured, including nine students."],
    "strikes", "strikes", 3, ZHY, a="Olha Savchuk and Reuben Tarrant", n="toll 6"),
  E("2031-02-24 14:30", "EU leaders arrive in Kyiv",
    ["Ant\u00f3nio Costa and Ursula von der Leyen have arrived in Kyiv with a group of EU heads of government to mark the anniversary. It is von der Leyen's eleventh visit to Ukraine since 2022."],
    "diplomacy", "diplomacy", 3, LDR, a="Olha Savchuk and Reuben Tarrant"),
  E("2031-02-24 15:30", "Ballistic missiles hit Zhytomyr; three dead",
    ["Three people were killed when two Russian ballistic missiles hit Zhytomyr shortly after 7am, the head of the regional military administration has said.",
     "Houses on a residential street and a college dormitory were damaged."],
    "strikes", "strikes", 1, ZHY, a="Olha Savchuk and Reuben Tarrant", dup="19243-01", n="near-verbatim repeat of 19243-01 with the stale toll ('said' became 'has said')"),
  E("2031-02-24 18:00", "Analysis: Nine years of full-scale war in five numbers",
    ["Nine years after Russian troops crossed the border, Ukraine still holds about four-fifths of its internationally recognised territory, a figure that has barely moved in three years.",
     "Its population inside government-controlled areas has fallen to roughly 30 million, from about 41 million before the invasion, because of deaths, occupation and emigration.",
     "The other numbers that define the war are less visible: the length of the front, the share of the budget spent on defence, and the number of children growing up in occupied areas."],
    "other", "politics", 2, "analysis-nine-years-of-war-in-numbers", a="Olha Savchuk and Reuben Tarrant",
    n="theme piece (anniversary analysis), no single event; same anniversary theme as the leaders' visit and Zelensky's address, must not merge"),
  ]))



# ================================================================ build
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
                         "published_local": d.strftime("%Y-%m-%d %H:%M" + (":%S" if e["t"].count(":") == 2 else "") + " ") + S["zone"],
                         "published_basis": (e.get("basis") or S["basis"]).format(s=stamps[i], d=d.strftime("%Y-%m-%d %H:%M"), z=S["zone"]),
                         "author": e["a"],
                         "first_sentence": first_sentence(plain(e["p"][0])) if e["p"] else None,
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
        print(f"{fn:36s} {len(ents):2d} entries  UTC {sorted({x['published'][:10] for x in ents})}")
    print(f"{len(SEEDS)} seeds, {total} entries")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Builds the eval/ft seed pages and their gold files from one hand-written data table (further below).
Every headline and paragraph is the blind tester's own wording (invented or paraphrased, no copied sentences);
Part A imitates the page layouts of ten real outlets from memory, Part B outlets are invented. Deterministic.
Run from the project root:  python3 eval/ft/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **kw):
    """one entry: t = local 'YYYY-MM-DD HH:MM' (or 'YYYY-MM-DD' when the page prints no time; None = the page's time)."""
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(kw)
    return d


def OFF(t, h, p, st, a=None, n="", **kw):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **kw)


def first_sentence(par):
    for m in re.finditer(r'[.!?]["\'\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018\u2014]|$)', par):
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
    fmt = "%Y-%m-%d %H:%M:%S" if len(s) > 16 else "%Y-%m-%d %H:%M"
    return datetime.strptime(s, fmt).replace(tzinfo=ZoneInfo(zone))


def ampm(d, sep=":", space="", dots=False, caps=False):
    hh = d.hour % 12 or 12
    if dots:
        suf = "a.m." if d.hour < 12 else "p.m."
    else:
        suf = "am" if d.hour < 12 else "pm"
        if caps:
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


def ld(obj):
    return '<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False) + '</script>'


SEEDS = []


# ================================================================ build
def main():
    for sub in ("seeds", "gold"):
        os.makedirs(os.path.join(ROOT, sub), exist_ok=True)
        for f in os.listdir(os.path.join(ROOT, sub)):
            os.remove(os.path.join(ROOT, sub, f))
    total = 0
    for S in SEEDS:
        for e in S["entries"]:
            if e["t"] is None:
                e["t"] = S["page_t"]
        text, stamps = S["render"](S)
        fn = f"{S['name']}.{S['ext']}"
        with open(os.path.join(ROOT, "seeds", fn), "w", encoding="utf-8") as fh:
            fh.write(text)
        ents = []
        for i, e in enumerate(S["entries"]):
            if len(e["t"]) == 10:          # the page prints a date but no time: date only
                pub = e["t"]; loc = e["t"]; dshow = e["t"]
            else:
                d = dt(e["t"], S["zone"]); pub = d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
                loc = d.strftime("%Y-%m-%d %H:%M:%S" if d.second else "%Y-%m-%d %H:%M"); dshow = loc
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": pub,
                         "published_local": loc + " " + S["zone"],
                         "published_basis": S["basis"].format(s=stamps[i], d=dshow, z=S["zone"]),
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


# ================================================================ PART A: ten real outlets' layouts (own words)

# ---------------------------------------------------------------- 17700 CNN 5 Things (web version)
def r_cnn5(S):
    """CNN '5 things to know' newsletter, web article (HTML). One page byline 'By NAME, CNN' and one page stamp
    'Published 6:02 AM EDT, Thu November 1, 2029'; h2 sections (topic words as headings) carry the items; 'Breakfast browse'
    items are h3 headlines with one sentence; 'Today's number' and 'Quote of the day' are features, not news items."""
    z = S["zone"]; d = dt(S["page_t"], z)
    iso = d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    stamp = f"Published {ampm(d, space=' ', caps=True)} EDT, {d:%a} {MONTHS[d.month - 1]} {d.day}, {d.year}"
    out = ['<!DOCTYPE html>', '<html lang="en" data-uri="cms.cnn.com/_pages/clx5things1101@published" data-layout-uri="cms.cnn.com/_layouts/layout-with-rail/instances/us-article-v1@published">',
           '<head><meta charset="utf-8">', f'<title>{esc(S["title"])} | CNN</title>',
           f'<meta name="author" content="{attr(S["byline"])}">', '<meta property="og:site_name" content="CNN">',
           f'<link rel="canonical" href="{S["url"]}">',
           ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "url": S["url"],
               "datePublished": iso, "dateModified": iso, "articleSection": ["us"],
               "author": [{"@type": "Person", "name": S["byline"], "url": "https://www.cnn.com/profiles/corinne-haldane"}],
               "publisher": {"@type": "Organization", "name": "CNN", "logo": {"@type": "ImageObject", "url": "https://www.cnn.com/media/sites/cnn/cnn-fallback-image.jpg"}},
               "image": {"@type": "ImageObject", "url": "https://media.cnn.com/api/v1/images/stellar/prod/5things-1101.jpg"}}),
           '</head><body class="layout-with-rail__body">',
           '<header class="header"><a class="brand-logo" href="https://www.cnn.com" aria-label="CNN logo">CNN</a>'
           '<nav class="header__nav"><a href="/us">US</a> <a href="/world">World</a> <a href="/politics">Politics</a> <a href="/business">Business</a> '
           '<a href="/health">Health</a> <a href="/entertainment">Entertainment</a> <a href="/style">Style</a> <a href="/travel">Travel</a> '
           '<a href="/sport">Sports</a> <a href="/science">Science</a> <a href="/climate">Climate</a> <a href="/weather">Weather</a> '
           '<a href="/world/europe/ukraine">Ukraine-Russia War</a> <a href="/games">Games</a> <a href="/audio">Listen</a> <a href="/videos">Watch</a></nav>'
           '<a class="header__subscribe" href="/subscription">Subscribe</a> <a class="header__signin" href="/account/log-in">Sign in</a></header>',
           '<main class="layout__main"><article>',
           '<div class="headline"><h1 class="headline__text" id="maincontent">' + esc(S["title"]) + '</h1></div>',
           '<div class="headline__footer"><div class="byline"><span class="byline__by">By </span><span class="byline__name">' + esc(S["byline"])
           + '</span><span class="byline__sub-text">, CNN</span></div>',
           '<div class="headline__sub-description"><span class="vossi-reading-time">5 minute read</span></div>',
           f'<div class="timestamp vossi-timestamp">{stamp}</div></div>',
           '<div class="social-share"><button>Facebook</button> <button>Tweet</button> <button>Email</button> <button>Link</button> <span>Link Copied!</span></div>',
           '<div class="image"><div class="image__caption"><span>' + esc(S["caption"]) + '</span></div></div>',
           '<div class="article__content">',
           '<p class="paragraph"><em>' + esc(S["promo"]) + '</em></p>',
           '<p class="paragraph">' + esc(S["lede"]) + '</p>']
    for e in S["entries"]:
        tag = "h3" if e.get("browse") else "h2"
        if e.get("browse") and not any("Breakfast browse" in x for x in out):
            out.append('<h2 class="subheader">Breakfast browse</h2>')
        out.append(f'<{tag} class="subheader">{esc(e["h"])}</{tag}>')
        out += [f'<p class="paragraph">{esc(p)}</p>' for p in e["p"]]
        if e.get("fig"):
            out.append('<div class="image"><div class="image__caption"><span>' + esc(e["fig"]) + '</span></div></div>')
    out += ['<h2 class="subheader">Today\u2019s number</h2>', '<p class="paragraph"><strong>' + esc(S["number"][0]) + '</strong></p>',
            '<p class="paragraph">' + esc(S["number"][1]) + '</p>',
            '<h2 class="subheader">Quote of the day</h2>', '<p class="paragraph">' + esc(S["quote"][0]) + '</p>', '<p class="paragraph">' + esc(S["quote"][1]) + '</p>',
            '<h2 class="subheader">Check your 5 Things IQ!</h2>', '<p class="paragraph">How closely were you following the headlines this week? Take CNN\u2019s weekly news quiz and find out. <a href="/interactive/2029/10/us/news-quiz-oct-26/">Take the quiz</a></p>',
            '<h2 class="subheader">Today\u2019s Video</h2>', '<div class="video-resource"><span class="video-resource__headline">The leaves are turning in Vermont, and the drone shots are spectacular</span> <span class="video-resource__duration">01:12</span></div>',
            '</div></article>',
            '<aside class="related-content"><h3>More from CNN</h3><ul><li><a href="/2029/10/31/us/halloween-candy-prices/">Why your Halloween candy cost more this year</a></li>'
            '<li><a href="/2029/10/31/weather/first-freeze-northeast/">First hard freeze of the season headed for the Northeast</a></li></ul></aside></main>',
            '<footer class="footer"><a href="/terms">Terms of Use</a> <a href="/privacy">Privacy Policy</a> <a href="/ad-choices">Ad Choices</a> '
            '<a href="/accessibility">Accessibility &amp; CC</a> <a href="/about">About</a> <a href="/newsletters">Newsletters</a> <a href="/transcripts">Transcripts</a>'
            '<p>\u00a9 2029 Cable News Network. All rights reserved.</p></footer>',
            '</body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


KYIV1101 = "kyiv-overnight-attack-2029-11-01"
SEEDS.append(dict(
  id="17700", name="17700_cnn-5things", ext="html", source="CNN", zone="America/New_York", render=r_cnn5, page_t="2029-11-01 06:02",
  title="5 things to know for Nov. 1: Ukraine, Election 2029, Federal Reserve, NATO, California wildfire",
  url="https://www.cnn.com/2029/11/01/us/5-things-to-know-for-nov-1-ukraine-election-fed-nato/index.html",
  byline="Corinne Haldane",
  caption="Firefighters work at a residential building hit during a Russian attack in Kyiv, Ukraine, on November 1, 2029. Yevhen Lozynskyi/Reuters",
  promo="Sign up for CNN\u2019s 5 Things newsletter and get the morning\u2019s essential stories in your inbox before breakfast.",
  lede="Daylight saving time ends this Sunday, so most of the country gets an extra hour of sleep at 2 a.m. local time. Here\u2019s what you need to know before you head out the door.",
  number=("$2.1 billion", "That is the estimated Powerball jackpot for Saturday night\u2019s drawing, the third largest in the game\u2019s history, after 38 drawings without a winner."),
  quote=("\u201cWe will keep the lights on, but we need the tools to do it.\u201d",
         "Ukraine\u2019s energy minister, speaking to reporters in Kyiv after the overnight attack on the capital."),
  basis="no time per item; the only printed time is the page stamp '{s}' \u2192 page line 'Published 6:02 AM EDT, Thu November 1, 2029' (EDT = UTC-4: US daylight time ends on 4 Nov 2029); local {d} in {z}",
  notes="CNN 5 Things newsletter, web version. One page byline ('By Corinne Haldane, CNN') used as every item's author; one page stamp "
        "'Published 6:02 AM EDT, Thu November 1, 2029' (US daylight time still applies on 1 Nov 2029), so every item gets that time and stamp null. "
        "Five h2 sections (topic words as headings) plus two 'Breakfast browse' h3 items are the entries. 'Today\u2019s number', 'Quote of the day', "
        "the quiz and video promos are newsletter features, not news items. Only the Ukraine and NATO sections are about the war.",
  not_entries=["CNN header and navigation", "page title h1 '5 things to know for Nov. 1: ...'", "byline 'By Corinne Haldane, CNN' and '5 minute read'",
               "page stamp 'Published 6:02 AM EDT, Thu November 1, 2029'", "share buttons", "top photo caption with credit",
               "newsletter sign-up promo in italics", "intro paragraph about daylight saving time", "'Breakfast browse' h2 label",
               "'Today\u2019s number' feature ($2.1 billion jackpot)", "'Quote of the day' feature", "'Check your 5 Things IQ!' quiz promo",
               "'Today\u2019s Video' promo", "'More from CNN' related links", "footer"],
  entries=[
  E(None, "Ukraine",
    ["Russia pounded Kyiv with drones and missiles overnight, killing at least four people and knocking out power to parts of the capital as temperatures fell toward freezing.",
     "Ukraine\u2019s air force said it intercepted most of the roughly 310 drones and 22 missiles launched across the country, but debris and direct hits started fires in at least five districts. Mayor Vitali Klitschko said part of a nine-story apartment building collapsed on the city\u2019s left bank.",
     "The attack came a day after President Volodymyr Zelensky warned that Moscow had been stockpiling missiles for a winter campaign against the energy grid."],
    "strikes", "strikes", 3, KYIV1101, a="Corinne Haldane", n="deadly overnight attack on Kyiv (4 dead)",
    fig="Residents look at the damage in Kyiv\u2019s Darnytskyi district on Thursday morning. Danylo Rudyk/Reuters"),
  OFF(None, "Election 2029",
    ["The race for Virginia governor heads into its final weekend essentially tied, according to a new statewide poll, with both campaigns pouring money into the Richmond and Hampton Roads television markets.",
     "New Jersey also picks a governor on Tuesday, and strategists in both parties are treating the two contests as an early read on voters a year before the midterms."],
    "virginia-governor-race-2029", a="Corinne Haldane", n="US state elections"),
  OFF(None, "Federal Reserve",
    ["The Federal Reserve left its benchmark interest rate unchanged on Wednesday and signaled it wants to see more evidence that inflation is cooling before cutting again.",
     "Two members of the rate-setting committee dissented in favor of a quarter-point cut, the most dissents at a meeting in over a year."],
    "fed-holds-rates-2029-10-31", a="Corinne Haldane", n="US monetary policy"),
  E(None, "NATO",
    ["NATO allies agreed to pool $3.2 billion to buy air defense interceptors for Ukraine, Secretary General Mark Rutte said after a meeting of defense ministers in Brussels.",
     "Rutte said the first deliveries would reach Ukraine before the end of the year, with Germany, the Netherlands and Canada providing the largest shares of the money.",
     "Kyiv has warned for weeks that it is running short of missiles for its Patriot and NASAMS batteries."],
    "aid", "aid", 3, "nato-air-defence-interceptor-fund-2029-10-31", a="Corinne Haldane", sec=["diplomacy"],
    n="major air-defence package agreed at a NATO ministerial"),
  OFF(None, "California wildfire",
    ["A fast-moving wildfire in the hills north of Los Angeles forced about 12,000 residents to evacuate overnight as gusty Santa Ana winds pushed the flames toward several neighborhoods.",
     "Fire officials said the blaze had burned more than 9,000 acres and was 5% contained early Thursday."],
    "california-wildfire-2029-11", a="Corinne Haldane", n="wildfire in California"),
  OFF(None, "Classic sitcom cast reunites for a holiday special",
    ["The surviving cast of a beloved 1990s sitcom will reunite for a one-hour holiday episode, the streaming service that owns the show announced Wednesday."],
    "sitcom-reunion-special-2029", a="Corinne Haldane", n="entertainment item in 'Breakfast browse'", browse=True),
  OFF(None, "Astronomers spot the most distant spiral galaxy yet",
    ["Researchers using the James Webb Space Telescope say they have found a spiral galaxy that formed barely a billion years after the Big Bang, far earlier than models predicted."],
    "distant-spiral-galaxy-2029", a="Corinne Haldane", n="science item in 'Breakfast browse'", browse=True),
  ]))

# ---------------------------------------------------------------- 17701 Morning Brew (web version)
def r_brew(S):
    """Morning Brew daily issue, web version (text scrape). Date line 'Friday | November 2, 2029' and nothing else: no time
    anywhere. Section tags in capitals (WORLD, TECH, RETAIL) above each story headline, signature '—Full Name' after the story,
    sponsor blocks ('TOGETHER WITH ...'), markets widget, 'WHAT ELSE IS BREWING' list of one-sentence items without headlines."""
    d = datetime.strptime(S["page_t"], "%Y-%m-%d")
    L = ["Skip to main content", "", "Morning Brew", "Newsletters   Podcasts   Videos   Events   Brew Markets   Shop   Sign up", "",
         "Morning Brew \u2615\ufe0f", f"{DAYS_EN[d.weekday()]} | {MONTHS[d.month - 1]} {d.day}, {d.year}", "", S["title"], "",
         "Share   Email   Copy link", ""] + ptxt(S["intro"]) + ["MARKETS", ""]
    for name, val, chg in S["markets"]:
        L += [name, val, chg, ""]
    L += ["*Stock data as of market close, cryptocurrency data as of 5:00pm ET. What do these numbers mean? Find out here.", ""]
    bullets = False
    for i, e in enumerate(S["entries"]):
        if e["h"] is None:
            if not bullets:
                L += ["WHAT ELSE IS BREWING \u2615", ""]; bullets = True
            L += [e["p"][0], ""]
            continue
        L += [e["tag"], "", e["h"], ""] + ptxt(e["p"]) + [f"\u2014{e['a']}", ""]
        if i == 0:
            L += ["TOGETHER WITH NORTHLINE PAYROLL", "", "Payroll that doesn\u2019t eat your Friday",
                  "Running payroll for a team of 12 shouldn\u2019t take an afternoon. Northline files, pays and reports in minutes, and your first three months are on us. Get started today.", ""]
    L += ["BREW\u2019S BETS", "", "Read: Why airport lounges are getting so crowded, and what the airlines plan to do about it.",
          "Listen: Our business podcast breaks down the week in earnings in 20 minutes.", "",
          "GAMES", "", "Brew Mini: Today\u2019s crossword is pumpkin-spiced and only takes a minute. Play it here.", "",
          "SHARE THE BREW", "", "Share the Brew with friends and earn rewards. Your referral count: 0. Click to share.", "",
          "ADVERTISE // CAREERS // SHOP // FAQ", "Update your email preferences or unsubscribe here.",
          "\u00a9 Copyright 2029 Morning Brew Inc. All rights reserved."]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


SEEDS.append(dict(
  id="17701", name="17701_morningbrew-daily", ext="txt", source="Morning Brew", zone="America/New_York", render=r_brew, page_t="2029-11-02",
  title="Ports get a safety net",
  intro=["Good morning. It\u2019s the first Friday of November, which means a jobs report, a pumpkin-spice hangover and, for a lucky few, the last warm weekend of the year.",
         "Today\u2019s Brew is about shipping, chips and the shopping season that somehow already started."],
  markets=[("Nasdaq", "21,904.37", "+0.84%"), ("S&P", "6,992.10", "+0.41%"), ("Dow", "44,115.62", "-0.12%"),
           ("10-Year", "3.87%", "-2.1 bps"), ("Bitcoin", "$141,220.55", "+1.93%")],
  basis="no time printed anywhere; the only date is the issue line 'Friday | November 2, 2029' (stamp {s}), so published is the date only ({d}, {z})",
  notes="Morning Brew daily newsletter, web version (text scrape). The page prints only the issue date 'Friday | November 2, 2029' and no time "
        "(the '5:00pm ET' in the markets footnote is the crypto data cut-off, not a publication time), so every entry is dated 2029-11-02 with no time "
        "and stamp null. Three story sections (capital tag line, headline, body, signature '\u2014Name' = author) and three 'WHAT ELSE IS BREWING' "
        "items without headline or signature (headline null, author null, one paragraph each). Only the insurance story and the first "
        "'What else' item are about the war.",
  not_entries=["site navigation", "'Morning Brew \u2615\ufe0f' masthead and issue date line", "issue title 'Ports get a safety net' (subject line)",
               "share links", "'Good morning.' intro paragraphs", "MARKETS widget and its footnote", "section tag lines WORLD / TECH / RETAIL",
               "signature lines '\u2014Name' (authors, not paragraphs)", "sponsor block 'TOGETHER WITH NORTHLINE PAYROLL'",
               "'WHAT ELSE IS BREWING \u2615' label", "BREW\u2019S BETS recommendations", "GAMES (Brew Mini)", "SHARE THE BREW referral box", "footer"],
  entries=[
  E(None, "Ukraine\u2019s ports get a war-insurance backstop",
    ["Shipping grain out of Odesa just got a little less nerve-racking.",
     "Ukraine, the EU and the World Bank\u2019s political-risk insurance arm launched a $1.4 billion facility on Thursday to cover ships and cargo against war damage in the Black Sea, aiming to cut premiums that have run as high as 1% of a vessel\u2019s value per voyage.",
     "Why it matters: Grain, steel and sunflower oil exports pay for a big chunk of Ukraine\u2019s budget, and Russian drones have hit port infrastructure in the Odesa region dozens of times this year."],
    "aid", "aid", 2, "black-sea-war-risk-insurance-facility-2029-11-01", a="Dana Ellery", tag="WORLD",
    n="financial support for Ukraine's shipping; not a strike story"),
  OFF(None, "Chip stocks ride another AI earnings wave",
    ["Semiconductor stocks had their best day in a month after two of the biggest chipmakers said data-center orders are booked well into 2031.",
     "The sector is up about 38% this year, and some analysts are once again asking whether the rally has gotten ahead of actual revenue."],
    "chip-stocks-earnings-2029-11", a="Theo Marchetti", n="tech earnings", tag="TECH"),
  OFF(None, "The holiday shopping season starts before Halloween candy is gone",
    ["Retailers are rolling out \u201cearly Black Friday\u201d deals in the first days of November again, betting that shoppers squeezed by high prices will spread purchases over more weeks.",
     "An industry group expects holiday sales to grow about 3% from last year, the slowest pace since 2018."],
    "holiday-shopping-season-2029", a="Priya Shand", n="retail", tag="RETAIL"),
  E(None, None,
    ["Russia\u2019s Defense Ministry said air defenses downed 46 Ukrainian drones overnight over the Bryansk, Kursk and Oryol regions, while a fuel depot near Bryansk caught fire."],
    "strikes", "strikes", 2, "ukrainian-drones-bryansk-fuel-depot-2029-11-02", n="one-sentence item without headline; non-deadly"),
  OFF(None, None,
    ["The FAA ordered inspections of cockpit-window seals on roughly 300 regional jets after a window cracked during a flight over Ohio."],
    "faa-regional-jet-window-inspections-2029", n="aviation safety item without headline"),
  OFF(None, None,
    ["A Major League Soccer club fired its head coach two days after being knocked out of the playoffs in the first round."],
    "mls-coach-fired-2029", n="sports item without headline"),
  ]))

# ---------------------------------------------------------------- 17702 The Washington Post, The 7 (web page)
def r_wapo7(S):
    """The Washington Post 'The 7' page (HTML, NewsArticle JSON-LD). Seven numbered items (number span, h2 headline, summary,
    'Read the full story'); one page stamp 'November 5, 2029 at 6:00 a.m. EST'; no byline; audio player box."""
    z = S["zone"]; d = dt(S["page_t"], z)
    stamp = f"{MONTHS[d.month - 1]} {d.day}, {d.year} at {ampm(d, space=' ', dots=True)} EST"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - The Washington Post</title>',
           '<meta property="og:site_name" content="Washington Post">', f'<link rel="canonical" href="{S["url"]}">',
           ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "url": S["url"],
               "datePublished": d.isoformat(), "dateModified": d.isoformat(), "isAccessibleForFree": False,
               "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".meteredContent"},
               "publisher": {"@type": "NewsMediaOrganization", "name": "The Washington Post", "url": "https://www.washingtonpost.com"}}),
           '</head><body>',
           '<header class="site-header"><a href="/" class="wpds-logo">The Washington Post</a><span class="tagline">Democracy Dies in Darkness</span>'
           '<nav><a href="/politics/">Politics</a> <a href="/opinions/">Opinions</a> <a href="/style/">Style</a> <a href="/investigations/">Investigations</a> '
           '<a href="/climate-environment/">Climate</a> <a href="/wellbeing/">Well+Being</a> <a href="/business/">Business</a> <a href="/technology/">Tech</a> '
           '<a href="/world/">World</a> <a href="/dc-md-va/">D.C., Md. &amp; Va.</a> <a href="/sports/">Sports</a></nav>'
           '<a href="/subscribe/">Subscribe</a> <a href="/sign-in/">Sign in</a></header>',
           '<main class="meteredContent"><div class="the7-masthead"><span class="the7-logo">The 7</span>',
           f'<p class="the7-dek">{esc(S["dek"])}</p></div>', f'<h1 class="headline">{esc(S["title"])}</h1>',
           f'<div class="display-date"><span data-testid="published-date">{stamp}</span></div>',
           '<div class="share-bar"><button>Gift Article</button> <button>Share</button> <button>Comment</button></div>',
           '<div class="audio-player"><span>Listen to The 7</span> <span>7 min</span> <button>Play</button></div>',
           f'<p class="intro">{esc(S["lede"])}</p>', '<ol class="the7-list">']
    for i, e in enumerate(S["entries"]):
        out.append(f'<li class="the7-item"><span class="the7-number">{i + 1}</span><h2 class="the7-hed">{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append(f'<a class="the7-more" href="{e["link"]}">Read the full story</a></li>')
        if i == 3:
            out.append('</ol><div class="newsletter-promo"><p>Get The 7 in your inbox every weekday morning.</p><button>Sign up</button></div><ol class="the7-list" start="5">')
    out += ['</ol>', '<section class="most-read"><h3>Most Read</h3><ol><li><a href="/dc-md-va/2029/11/04/metro-silver-line-delays/">Metro delays pile up on the Silver Line</a></li>'
            '<li><a href="/food/2029/11/03/thanksgiving-turkey-brine/">The only turkey brine you will ever need</a></li></ol></section></main>',
            '<footer><a href="/about-the-post/">About The Post</a> <a href="/policies-and-standards/">Policies &amp; Standards</a> '
            '<a href="/information/2022/01/01/terms-of-service/">Terms of Use</a> <a href="/privacy-policy/">Privacy Policy</a>'
            '<p>\u00a9 1996-2029 The Washington Post</p></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


SEEDS.append(dict(
  id="17702", name="17702_wapo-the7", ext="html", source="The Washington Post", zone="America/New_York", render=r_wapo7, page_t="2029-11-05 06:00",
  title="The 7: A deadly bombing in Kherson, election eve in Virginia and more",
  url="https://www.washingtonpost.com/the-seven/2029/11/05/",
  dek="The most important news stories of the day, curated by Post editors and delivered every morning.",
  lede="Good morning. Here are the stories you need to know this Monday.",
  basis="no time per item; the page stamp 'November 5, 2029 at 6:00 a.m. EST' is the only printed time (stamp {s}); local {d} in {z}",
  notes="The Washington Post 'The 7' page. Seven numbered items, each an h2 headline with a short summary and a 'Read the full story' link; "
        "no per-item time and no byline, so every item takes the page time 'November 5, 2029 at 6:00 a.m. EST' (stamp null) and author null. "
        "The newsletter promo splits the list after item 4. Three items are about the war (Kherson bombing, Zelensky in Tokyo, treason sentence).",
  not_entries=["Post header, tagline and navigation", "'The 7' masthead and dek", "page title h1", "page stamp 'November 5, 2029 at 6:00 a.m. EST'",
               "share bar (Gift Article / Share / Comment)", "audio player 'Listen to The 7'", "intro 'Good morning. ...'", "item numbers 1-7",
               "'Read the full story' links", "newsletter sign-up promo after item 4", "Most Read list", "footer"],
  entries=[
  E(None, "Russian glide bombs kill six in Kherson as attacks on the city intensify",
    ["Russian aircraft dropped at least four guided bombs on Kherson on Sunday afternoon, killing six people and wounding more than 30, according to regional governor Oleksandr Prokudin.",
     "One bomb struck the parking lot of a supermarket in the Dniprovskyi district. Ukrainian officials say glide-bomb attacks on the city have roughly doubled since September."],
    "strikes", "strikes", 3, "kherson-glide-bomb-strike-2029-11-04", link="/world/2029/11/04/kherson-glide-bombs-russia-ukraine/",
    n="deadly strike of Sunday 4 November"),
  OFF(None, "Virginia voters head to the polls in a governor\u2019s race that could go either way",
    ["Both campaigns spent the final weekend in the Northern Virginia suburbs, where turnout is expected to decide a contest that public polls show within the margin of error."],
    "virginia-governor-race-2029", link="/dc-md-va/2029/11/04/virginia-governor-race-final-weekend/", n="US state election"),
  E(None, "Zelensky arrives in Tokyo to seek help rebuilding Ukraine\u2019s power grid",
    ["President Volodymyr Zelensky landed in Tokyo on Monday for talks with Japan\u2019s prime minister, looking for financing and equipment such as transformers and gas turbines to repair power plants damaged by Russian strikes.",
     "Japan has become one of Ukraine\u2019s largest non-military donors, and officials in Kyiv hope for a new package before the winter."],
    "diplomacy", "diplomacy", 3, "zelensky-tokyo-visit-2029-11-05", sec=["aid"], link="/world/2029/11/05/zelensky-japan-visit/",
    n="head-of-state visit; headline leads with the visit, the aid request is secondary"),
  OFF(None, "The Supreme Court takes up a fight over state limits on social media for teens",
    ["The justices will hear arguments Monday in a challenge to a state law requiring age verification and parental consent for users under 16."],
    "supreme-court-teen-social-media-2029", link="/politics/2029/11/04/supreme-court-social-media-teens/", n="US court"),
  OFF(None, "Climate negotiators gather with the finance fight still unresolved",
    ["Delegates from nearly 200 countries open two weeks of United Nations climate talks on Monday, with wealthy and developing nations still far apart on how much money should flow to poorer countries."],
    "un-climate-talks-open-2029", link="/climate-environment/2029/11/04/climate-summit-finance/", n="climate summit"),
  E(None, "A Russian court sentences a dual U.S.-Russian citizen to 12 years for treason",
    ["A court in Yekaterinburg sentenced a 41-year-old man holding both U.S. and Russian citizenship to 12 years in a penal colony, finding him guilty of treason for sending medical supplies to a Ukrainian volunteer group.",
     "His lawyer said he would appeal. The State Department called the charges baseless."],
    "other", "security", 2, "russia-treason-sentence-dual-citizen-2029-11", link="/world/2029/11/04/russia-treason-dual-citizen/",
    n="treason trial = security; not a strike or a diplomatic move"),
  OFF(None, "Divers find a freighter that vanished on Lake Superior a century ago",
    ["Shipwreck hunters say they have located the wreck of a cargo steamer that disappeared in a November gale in 1926, sitting upright in about 600 feet of water."],
    "lake-superior-shipwreck-found-2029", link="/nation/2029/11/04/lake-superior-shipwreck/", n="human-interest item"),
  ]))

# ---------------------------------------------------------------- 17703 AP Morning Wire (web version)
def r_apwire(S):
    """AP Morning Wire newsletter, web version on apnews.com (text scrape). Agency byline 'By The Associated Press', one page
    stamp 'Updated 4:01 AM EST, November 6, 2029'; 'TODAY'S TOP STORIES' items (headline, summary, 'Read more'),
    'ONE MORE THING' item, 'TODAY IN HISTORY' note, share chrome."""
    z = S["zone"]; d = dt(S["page_t"], z)
    stamp = f"Updated {ampm(d, space=' ', caps=True)} EST, {MONTHS[d.month - 1]} {d.day}, {d.year}"
    L = ["Skip to main content", "AP Logo", "", "World   U.S.   Politics   Sports   Entertainment   Business   Science   Fact Check   Oddities   Be Well   Newsletters   Photography   Video",
         "Search", "Donate", "", "NEWSLETTERS", "", S["title"], "", "By The Associated Press", stamp, "",
         "Share", "Copy", "Link copied", "Email", "Facebook", "X", "", S["lede"], "", "TODAY\u2019S TOP STORIES", ""]
    for i, e in enumerate(S["entries"]):
        if e.get("omt"):
            L += ["ONE MORE THING", ""]
        L += [e["h"], ""] + ptxt(e["p"]) + ["Read more", ""]
        if i == 2:
            L += ["ADVERTISEMENT", ""]
    L += ["TODAY IN HISTORY", "", S["history"], "", "Sign up for AP\u2019s Morning Wire newsletter to get the top stories in your inbox every weekday.", "",
          "The Associated Press has been gathering and distributing news as a not-for-profit cooperative since 1846.",
          "", "About   Contact Us   Accessibility Statement   Terms of Use   Privacy Policy   Cookie Settings",
          "Copyright 2029 The Associated Press. All Rights Reserved."]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


SEEDS.append(dict(
  id="17703", name="17703_ap-morningwire", ext="txt", source="AP News", zone="America/New_York", render=r_apwire, page_t="2029-11-06 04:01",
  title="AP Morning Wire: Virginia and New Jersey choose governors; Russia and Ukraine swap 300 prisoners each",
  lede="Good morning! Here\u2019s the news you need to know to start your Tuesday.",
  history="On Nov. 6, 1860, Abraham Lincoln won the presidential election, defeating three rivals with about 40% of the popular vote.",
  basis="no time per item; the only printed time is the page line 'Updated 4:01 AM EST, November 6, 2029' (stamp {s}; EST = UTC-5); local {d} in {z}",
  notes="AP Morning Wire newsletter, web version on apnews.com (text scrape). Agency byline 'By The Associated Press' (author 'The Associated Press' for every item). "
        "The page line 'Updated 4:01 AM EST, November 6, 2029' is the only time printed, so it is every item's time (stamp null). Five 'TODAY\u2019S TOP STORIES' items "
        "plus the 'ONE MORE THING' item are the entries; 'TODAY IN HISTORY' is a feature. Two items are about the war (prisoner swap, Odesa port strike).",
  not_entries=["AP navigation, search, donate", "'NEWSLETTERS' label", "page title 'AP Morning Wire: ...'", "byline 'By The Associated Press'",
               "page line 'Updated 4:01 AM EST, November 6, 2029'", "share chrome (Share / Copy / Link copied / Email / Facebook / X)",
               "intro 'Good morning! ...'", "'TODAY\u2019S TOP STORIES' label", "'Read more' links", "'ADVERTISEMENT' marker", "'ONE MORE THING' label",
               "'TODAY IN HISTORY' feature (1860 election)", "newsletter sign-up line", "AP boilerplate and footer"],
  entries=[
  OFF(None, "Virginia and New Jersey pick governors in the year\u2019s biggest elections",
    ["Voters in Virginia and New Jersey choose new governors Tuesday in contests that both parties are treating as a measure of the national mood.",
     "Polls close at 7 p.m. in Virginia and 8 p.m. in New Jersey."],
    "virginia-governor-race-2029", a="The Associated Press", n="US state elections"),
  E(None, "Russia and Ukraine swap 300 prisoners each in exchange brokered by the UAE",
    ["Russia and Ukraine each released 300 prisoners of war on Monday in an exchange mediated by the United Arab Emirates, the largest swap in several months.",
     "Ukraine\u2019s coordination headquarters for prisoners of war said many of the returning soldiers had been held since 2022, including defenders of Mariupol."],
    "diplomacy", "diplomacy", 3, "uae-mediated-prisoner-swap-2029-11-05", a="The Associated Press", n="big mediated prisoner exchange"),
  E(None, "Russian missile damages grain ship near Odesa, injuring 3 crew members",
    ["A Russian ballistic missile struck the port of Pivdennyi near Odesa late Monday, damaging a Panama-flagged bulk carrier loaded with corn and injuring three crew members, regional officials said."],
    "strikes", "strikes", 2, "pivdennyi-port-missile-strike-2029-11-05", a="The Associated Press", n="non-deadly strike on a port"),
  OFF(None, "Rare November tropical storm threatens Puerto Rico with flooding",
    ["Forecasters warned of up to 10 inches of rain in parts of Puerto Rico as a late-season tropical storm moved slowly across the northeastern Caribbean."],
    "puerto-rico-tropical-storm-2029-11", a="The Associated Press", n="weather"),
  OFF(None, "Automaker recalls 480,000 SUVs over faulty seat-belt sensors",
    ["The recall covers several model years, and owners will be notified by mail starting next month, federal safety regulators said."],
    "suv-seat-belt-recall-2029", a="The Associated Press", n="business/consumer"),
  OFF(None, "A wedding ring lost in a potato field turns up 41 years later",
    ["An Idaho farmer digging up his harvest found a gold band engraved with a date from 1988, and a few phone calls later returned it to the widow of the man who lost it."],
    "lost-wedding-ring-found-2029", a="The Associated Press", n="'ONE MORE THING' human-interest item", omt=True),
  ]))

# ---------------------------------------------------------------- 17704 Bloomberg Evening Briefing (web version)
def r_bbg(S):
    """Bloomberg 'Evening Briefing' newsletter page (HTML, NewsArticle JSON-LD). Byline + 'November 7, 2029 at 5:34 PM EST';
    an opening story with no own headline, a 'Here are today's top stories' list whose items open with a bold sentence
    (no headlines), a 'Deep Dive' section, then a 'What You'll Want to Read Tonight' link list."""
    z = S["zone"]; d = dt(S["page_t"], z)
    stamp = f"{MONTHS[d.month - 1]} {d.day}, {d.year} at {ampm(d, space=' ', caps=True)} EST"
    iso = d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - Bloomberg</title>',
           '<meta name="parsely-section" content="newsletters">', f'<link rel="canonical" href="{S["url"]}">',
           ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "url": S["url"], "mainEntityOfPage": S["url"],
               "datePublished": iso, "dateModified": iso, "isAccessibleForFree": "False",
               "author": [{"@type": "Person", "name": S["byline"]}],
               "publisher": {"@type": "Organization", "name": "Bloomberg", "logo": {"@type": "ImageObject", "url": "https://assets.bwbx.io/s3/javelin/public/hub/images/BB-Logo-2line.svg"}},
               "articleSection": "Evening Briefing"}),
           '</head><body>',
           '<header class="nav"><a href="/" class="bb-logo">Bloomberg</a><nav><a href="/live">Live Now</a> <a href="/markets">Markets</a> <a href="/economics">Economics</a> '
           '<a href="/industries">Industries</a> <a href="/technology">Tech</a> <a href="/politics">Politics</a> <a href="/businessweek">Businessweek</a> '
           '<a href="/opinion">Opinion</a> <a href="/more">More</a></nav><a href="/subscriptions">Subscribe</a> <a href="/account/signin">Sign In</a></header>',
           '<main><article><div class="eyebrow"><span>Newsletter</span> <a href="/account/newsletters/evening-briefing-americas">Evening Briefing</a></div>',
           f'<h1 class="hed">{esc(S["title"])}</h1>',
           f'<div class="byline">By <a href="/authors/AV93KQ/gideon-ferrars">{esc(S["byline"])}</a></div>',
           f'<time class="timestamp" datetime="{iso}">{stamp}</time>',
           '<div class="share"><button>Save</button> <button>Gift this article</button></div>',
           '<p class="signup"><em>Want to receive this newsletter in your inbox? <a href="/account/newsletters/evening-briefing-americas">Sign up here</a>.</em></p>',
           '<div class="body-content">']
    h2_open = False
    for e in S["entries"]:
        kind = e["kind"]
        if kind == "lead":
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        elif kind == "item":
            if not h2_open:
                out.append('<h2>Here are today\u2019s top stories</h2><ul class="bullets">'); h2_open = True
            fs = first_sentence(e["p"][0]); rest = e["p"][0][len(fs):]
            out.append(f'<li><p><strong>{esc(fs)}</strong>{esc(rest)}</p></li>')
        else:
            out.append('</ul>')
            out.append(f'<h2>{esc(e["h"])}</h2>')
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
            out.append('<figure><figcaption>' + esc(S["chart"]) + '</figcaption></figure>')
    out += ['<h2>What You\u2019ll Want to Read Tonight</h2><ul class="reads">']
    out += [f'<li><a href="/news/articles/2029-11-07/{re.sub(r"[^a-z]+", "-", r.lower()).strip("-")}">{esc(r)}</a></li>' for r in S["reads"]]
    out += ['</ul>', '<p><em>Enjoying the Evening Briefing? A Bloomberg.com subscription unlocks every story and all of our subscriber-only newsletters.</em></p>',
            '</div></article></main>',
            '<footer><a href="/company/">Bloomberg</a> <a href="/feedback">Help</a> <a href="/notices/tos/">Terms of Service</a> <a href="/privacy">Privacy Policy</a> '
            '<a href="/careers">Careers</a> <p>\u00a92029 Bloomberg L.P. All Rights Reserved.</p></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


GASSTRIKE = "russian-strike-ukraine-gas-facilities-2029-11-07"
SEEDS.append(dict(
  id="17704", name="17704_bloomberg-evebrief", ext="html", source="Bloomberg", zone="America/New_York", render=r_bbg, page_t="2029-11-07 17:34",
  title="Russia Hits Ukraine\u2019s Gas Fields as Winter Nears", url="https://www.bloomberg.com/news/newsletters/2029-11-07/russia-hits-ukraine-s-gas-fields-as-winter-nears",
  byline="Gideon Ferrars",
  chart="Interest earned on frozen Russian central bank assets held at Euroclear, by quarter. Source: Euroclear filings",
  reads=["Why Small-Cap Stocks Keep Missing the Rally", "The Quiet Boom in Secondhand Luxury Watches",
         "Inside the Fight Over Who Pays for the Power Grid\u2019s Next Upgrade", "A Ski Resort Bets Big on Snow That May Not Come"],
  basis="no time per item; the page stamp 'November 7, 2029 at 5:34 PM EST' (stamp {s}; also in the <time datetime> and JSON-LD) is every item's time; local {d} in {z}",
  notes="Bloomberg Evening Briefing newsletter, web version. One byline (author for every entry) and one page time 'November 7, 2029 at 5:34 PM EST' "
        "(= 22:34 UTC, still 7 November). Entry 1 is the opening story under the page title (no headline of its own: headline null). Entries 2-6 are the "
        "'Here are today\u2019s top stories' bullets: each opens with a bold sentence, no headline (headline null; the bold sentence is the first sentence). "
        "Entry 7 is the 'Deep Dive' section: a theme piece on the frozen-assets mechanism that mentions the EU loan of entry 3 but is its own story "
        "(must not merge with the EU decision). 'What You\u2019ll Want to Read Tonight' is a list of links to other stories.",
  not_entries=["Bloomberg navigation", "'Newsletter' / 'Evening Briefing' eyebrow", "page title h1 (it heads the opening story, not a separate entry)",
               "byline", "time line 'November 7, 2029 at 5:34 PM EST'", "Save / Gift this article buttons", "italic sign-up line",
               "list heading 'Here are today\u2019s top stories'", "chart caption in the Deep Dive", "'What You\u2019ll Want to Read Tonight' link list (4 links)",
               "closing subscription pitch", "footer"],
  entries=[
  E(None, None,
    ["Russia struck Ukraine\u2019s gas industry in one of its heaviest attacks of the autumn, launching more than 60 missiles and 200 drones at production and processing sites in the Kharkiv and Poltava regions early Wednesday.",
     "State energy company Naftogaz said output at several fields was halted and two workers were killed. Ukraine had been rebuilding its gas reserves before the coldest months and may now need to import as much as 2 billion cubic meters more than planned, according to a Kyiv-based consultancy.",
     "European benchmark gas futures climbed as much as 6% in Amsterdam before paring gains, as traders weighed the risk that Ukraine will lean more heavily on EU supplies this winter."],
    "strikes", "strikes", 3, GASSTRIKE, a="Gideon Ferrars", kind="lead", n="opening story, no own headline; deadly large strike"),
  OFF(None, None,
    ["US stocks closed mixed as investors sorted through weaker-than-expected results from several big retailers. The S&P 500 ended little changed, while the Nasdaq 100 slipped 0.2%."],
    "us-stocks-close-2029-11-07", a="Gideon Ferrars", kind="item", n="markets"),
  E(None, None,
    ["The European Union approved another \u20ac18 billion loan for Ukraine backed by profits from frozen Russian central bank assets. The money, to be paid in three tranches next year, will mostly go to Kyiv\u2019s budget and weapons purchases."],
    "aid", "aid", 3, "eu-frozen-assets-loan-2029-11-07", a="Gideon Ferrars", kind="item", n="major financial package"),
  OFF(None, None,
    ["China\u2019s exports grew faster than economists expected in October. Shipments to Southeast Asia and Africa offset another decline in sales to the US."],
    "china-exports-october-2029", a="Gideon Ferrars", kind="item", n="China trade data"),
  E(None, None,
    ["Rheinmetall opened an artillery-shell factory in western Ukraine, its first production line inside the country. The plant is expected to turn out tens of thousands of 155mm rounds a year once it reaches full capacity."],
    "aid", "aid", 2, "rheinmetall-shell-plant-ukraine-2029-11-07", a="Gideon Ferrars", kind="item",
    n="arms production for Ukraine; notable but not a package"),
  OFF(None, None,
    ["A major US airline cut its fourth-quarter profit forecast, blaming higher jet-fuel costs. Its shares fell 4% in late trading."],
    "airline-profit-warning-2029-11-07", a="Gideon Ferrars", kind="item", n="corporate"),
  E(None, "Deep Dive: How Europe Is Spending Russia\u2019s Frozen Cash",
    ["More than five years after the EU first agreed to tap the windfall profits from immobilized Russian assets, the mechanism has become one of Ukraine\u2019s steadiest sources of money.",
     "Most of the roughly \u20ac210 billion of Russian central bank reserves frozen in the bloc sits at Euroclear in Brussels. The interest it earns now backs loans that Ukraine only has to repay if Russia one day pays reparations.",
     "Moscow calls the arrangement theft, and some European officials still worry it could unsettle foreign central banks that hold euros."],
    "aid", "aid", 2, "explainer-eu-frozen-russian-assets", a="Gideon Ferrars", kind="deep",
    n="theme piece (explainer); mentions the EU loan but is its own story: must not merge with eu-frozen-assets-loan-2029-11-07"),
  ]))

# ---------------------------------------------------------------- 17705 The Kyiv Independent (Ghost RSS carrying the newsletter)
def r_kighost(S):
    """The Kyiv Independent site feed (Ghost RSS 2.0): CDATA titles/descriptions, dc:creator, pubDate in GMT, media:content,
    newest first. Carries the daily 'Ukraine war latest' newsletter issue as one item among the day's articles. Excerpt-only
    descriptions (no content:encoded)."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
           'xmlns:atom="http://www.w3.org/2005/Atom" version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel>',
           '<title><![CDATA[The Kyiv Independent]]></title>',
           '<description><![CDATA[News from Ukraine, Eastern Europe, and the world, from Ukraine\u2019s English-language media outlet.]]></description>',
           '<link>https://kyivindependent.com/</link>',
           '<image><url>https://kyivindependent.com/favicon.png</url><title>The Kyiv Independent</title><link>https://kyivindependent.com/</link></image>',
           '<generator>Ghost 6.4</generator>', f'<lastBuildDate>{rfc822(last + timedelta(minutes=6), gmt=True)}</lastBuildDate>',
           '<atom:link href="https://kyivindependent.com/rss/" rel="self" type="application/rss+xml"/>', '<ttl>60</ttl>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        assert len(e["p"]) == 1, "excerpt-only feed: one paragraph per item"
        d = dt(e["t"], z); st = rfc822(d, gmt=True); stamps.append(st)
        slug = re.sub(r"[^a-z0-9]+", "-", e["h"].lower()).strip("-")[:80]
        out += ['<item>', f'<title><![CDATA[{e["h"]}]]></title>',
                f'<description><![CDATA[{" ".join(e["p"])}]]></description>',
                f'<link>https://kyivindependent.com/{slug}/</link>', f'<guid isPermaLink="false">6b2e{0x91c3a0 + i * 4099:06x}d04f1a0001e2{i:02d}</guid>',
                f'<category><![CDATA[{e["cat"]}]]></category>', f'<dc:creator><![CDATA[{e["a"]}]]></dc:creator>' if e["a"] else
                '<dc:creator><![CDATA[The Kyiv Independent news desk]]></dc:creator>',
                f'<pubDate>{st}</pubDate>',
                f'<media:content url="https://assets.kyivindependent.com/content/images/2029/11/{slug[:24]}.jpg" medium="image"/>', '</item>']
    out += ['</channel></rss>']
    return "\n".join(out) + "\n", stamps


SUMY = "sumy-drone-strike-2029-11-07"
SEEDS.append(dict(
  id="17705", name="17705_kyivindependent-ghostfeed", ext="xml", source="The Kyiv Independent", zone="UTC", render=r_kighost,
  title=None,
  basis="RSS pubDate '{s}' (GMT = UTC); local {d} in {z}",
  notes="The Kyiv Independent site feed (Ghost RSS 2.0), newest first, GMT pubDates with seconds, excerpt-only CDATA descriptions (body = the "
        "description), dc:creator per item. The first item is the daily 'Ukraine war latest' newsletter issue; its excerpt leads with the Sumy strike, "
        "so it shares that story; its dc:creator 'The Kyiv Independent news desk' is a desk credit naming no person (author null). The Sumy toll "
        "grows 3 \u2192 5 across the day (items 7, 3, 1). Channel title is the outlet name, not a page title (page_title null).",
  not_entries=["channel title, description, link, image, generator, lastBuildDate, atom:link, ttl", "item link, guid, category and media:content elements"],
  entries=[
  E("2029-11-08 20:14:04", "Ukraine war latest: Russian drone strike on Sumy kills 5; Ukraine hits ammunition depot in Bryansk Oblast",
    ["Five people died after Russian attack drones hit a nine-story apartment block in Sumy late on Nov. 7, while Ukraine\u2019s General Staff said its forces struck a large ammunition depot across the border in Russia\u2019s Bryansk Oblast."],
    "strikes", "strikes", 3, SUMY, a=None, cat="Ukraine war latest",
    n="newsletter issue item; leads with the Sumy strike; desk credit only (author null)"),
  E("2029-11-08 17:40:51", "Zelensky signs law extending martial law and mobilization for another 90 days",
    ["President Volodymyr Zelensky signed laws extending martial law and general mobilization in Ukraine for another 90 days, the parliament\u2019s website showed on Nov. 8."],
    "other", "politics", 2, "ukraine-martial-law-extension-2029-11", a="Kateryna Dovzhenko", cat="Politics"),
  E("2029-11-08 15:05:17", "Death toll in Russian drone attack on Sumy rises to 5",
    ["The number of people killed in the Russian drone attack on a residential building in Sumy has risen to five, including a 12-year-old girl, the regional military administration reported. Rescue workers finished clearing the rubble on the afternoon of Nov. 8. Twenty-one people were injured."],
    "strikes", "strikes", 3, SUMY, a="Mykyta Sorokin", cat="Ukraine", n="toll 5"),
  E("2029-11-08 12:30:33", "General Staff confirms strike on ammunition depot in Russia\u2019s Bryansk Oblast",
    ["Ukrainian forces hit an artillery ammunition depot near the village of Suzemka in Russia\u2019s Bryansk Oblast overnight, Ukraine\u2019s General Staff said, reporting secondary detonations at the site."],
    "strikes", "strikes", 2, "ukraine-strike-bryansk-ammo-depot-2029-11-08", a="Mykyta Sorokin", cat="War",
    n="Ukrainian strike inside Russia; must not merge with the Sumy strike"),
  E("2029-11-08 09:50:09", "Netherlands to fund production of 1,000 long-range drones for Ukraine",
    ["The Netherlands will spend 500 million euros ($540 million) on the production of 1,000 Ukrainian-made long-range strike drones, the Dutch defense minister said during a visit to Kyiv on Nov. 8."],
    "aid", "aid", 3, "netherlands-long-range-drones-2029-11-08", a="Olena Ruzhytska", cat="Ukraine", n="major military aid package"),
  E("2029-11-08 07:15:40", "Russia claims capture of village near Kostiantynivka, Ukraine denies",
    ["Russia\u2019s Defense Ministry claimed on Nov. 8 that its troops had captured the village of Ivanopillia near Kostiantynivka in Donetsk Oblast, a claim Ukraine\u2019s military called false."],
    "other", "frontline", 2, "russia-claims-ivanopillia-2029-11-08", a="Olena Ruzhytska", cat="War"),
  E("2029-11-08 05:20:28", "Russian drone attack on Sumy kills 3, injures 12",
    ["Russian Shahed-type drones struck an apartment building in Sumy late on Nov. 7, killing three people and injuring 12, Sumy Oblast Governor Oleh Hryhorov said. Several floors of the building collapsed, and rescuers were searching for people believed to be trapped under the rubble."],
    "strikes", "strikes", 3, SUMY, a="Kateryna Dovzhenko", cat="Ukraine", n="first report, toll 3"),
  ]))

# ---------------------------------------------------------------- 17706 Meduza (English feed carrying the newsletter)
def r_meduza(S):
    """Meduza English RSS 2.0: pubDate with +0300, description = CDATA HTML paragraphs, guid = link, enclosure image,
    no author element; newest first. 'The Real Russia. Today.' newsletter issue appears as one item."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">', '<channel>',
           '<title>Meduza</title>', '<link>https://meduza.io/en</link>', '<description>The Real Russia. Today.</description>',
           '<language>en</language>', '<atom:link href="https://meduza.io/rss/en/all" rel="self" type="application/rss+xml"/>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        kind = "feature" if e.get("feature") else "news"
        slug = re.sub(r"[^a-z0-9]+", "-", e["h"].lower()).strip("-")[:70]
        url = f"https://meduza.io/en/{kind}/{d:%Y/%m/%d}/{slug}"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{url}</link>',
                '<description><![CDATA[' + "".join(f'<p>{esc(p)}</p>' for p in e["p"]) + ']]></description>',
                f'<pubDate>{st}</pubDate>', f'<guid>{url}</guid>',
                f'<enclosure url="https://meduza.io/imgly/share/{1700000000 + i * 8191}/en/{kind}/{d:%Y/%m/%d}/{slug[:30]}" type="image/png" length="0"/>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


RESERV = "russia-reservists-exit-ban-2029-11"
SEEDS.append(dict(
  id="17706", name="17706_meduza-englishrss", ext="xml", source="Meduza", zone="Europe/Moscow", render=r_meduza,
  title=None,
  basis="RSS pubDate '{s}' (explicit +0300 offset = Moscow time); local {d} in {z}",
  notes="Meduza English RSS, newest first, pubDate with +0300, descriptions are CDATA HTML paragraphs (counted as body paragraphs), no author element "
        "(author null). The first item is the daily 'The Real Russia. Today.' newsletter issue: its first paragraph leads with the reservists' exit ban, "
        "so it shares that story with item 2 (different words, not a repeat); its second paragraph only lists other stories of the issue. "
        "The channel description 'The Real Russia. Today.' is the outlet's slogan, not a page title (page_title null).",
  not_entries=["channel title, link, description, language, atom:link", "item link, guid and enclosure elements"],
  entries=[
  E("2029-11-09 22:40", "The Real Russia. Today. Reservists barred from leaving, a refinery burns in Syzran, and a director sentenced in absentia",
    ["Russia\u2019s Defense Ministry has quietly stopped men on the military reserve list from traveling abroad without written approval from their local enlistment office, according to lawyers who advise draft-age men.",
     "Also in today\u2019s issue: a Ukrainian drone attack set part of the Syzran oil refinery on fire, and a Moscow court handed an exiled theater director an eight-year sentence for criticizing the army."],
    "other", "politics", 2, RESERV, feature=True, n="newsletter issue item; its lead is the reservists story"),
  E("2029-11-09 19:15", "Lawyers say Russian reservists now need permission to leave the country",
    ["Men listed in Russia\u2019s military reserve must now obtain written permission from their enlistment office before crossing the border, three lawyers told Meduza, citing border guards who turned their clients away at airports this week.",
     "The Defense Ministry has not published any new rule, and the Kremlin referred questions to the ministry."],
    "other", "politics", 2, RESERV, n="domestic mobilisation policy"),
  E("2029-11-09 16:02", "Syzran oil refinery catches fire after Ukrainian drone attack, governor says",
    ["Drones attacked the Syzran refinery in Russia\u2019s Samara region early on Friday, starting a fire at one of its primary processing units, regional governor Vyacheslav Fedorishchev said. He said no one was hurt."],
    "strikes", "strikes", 2, "syzran-refinery-drone-attack-2029-11-09", n="non-deadly strike on a refinery"),
  E("2029-11-09 13:30", "Moscow court sentences exiled theater director to eight years in absentia over anti-war posts",
    ["A Moscow district court found the director, who left Russia in 2022, guilty of spreading \u201cknowingly false information\u201d about the army in a series of social media posts.",
     "She called the verdict \u201ca diploma\u201d in a message to her followers."],
    "other", "politics", 2, "theater-director-sentenced-in-absentia-2029-11-09", n="domestic repression"),
  E("2029-11-09 10:45", "Russian Defense Ministry claims capture of two villages in Zaporizhzhia region",
    ["Russia\u2019s Defense Ministry said on Friday that its forces had taken control of two villages west of Huliaipole in the Zaporizhzhia region. Ukraine\u2019s military did not confirm the claim."],
    "other", "frontline", 2, "russia-claims-villages-zaporizhzhia-2029-11-09"),
  E("2029-11-09 08:20", "Kremlin says it is \u2018open\u2019 to Turkey hosting new talks with Ukraine",
    ["Kremlin spokesman Dmitry Peskov said Moscow was \u201copen in principle\u201d to a Turkish offer to host another round of direct talks with Kyiv in Istanbul, but that no dates had been discussed."],
    "diplomacy", "diplomacy", 2, "kremlin-turkey-talks-offer-2029-11-09", n="spokesman's remark, no concrete move"),
  ]))

# ---------------------------------------------------------------- 17707 Punchbowl News AM (web version)
def r_punchbowl(S):
    """Punchbowl News AM issue on punchbowl.news (text scrape). Three-name byline, date line 'November 13, 2029 | 6:00 AM'
    with no zone (Washington time implied), greeting, sentence-case section headlines, 'Presented by' sponsor blocks."""
    z = S["zone"]; d = dt(S["page_t"], z)
    L = ["Punchbowl News", "The Vault   AM   Midday   PM   Podcast   Events   Jobs", "Subscribe   Log in", "", "AM", "", S["title"], "",
         f"By {S['byline']}", f"{MONTHS[d.month - 1]} {d.day}, {d.year} | {ampm(d, space=' ', caps=True)}", "", "Share", ""] + ptxt(S["intro"])
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i in (0, 2):
            L += ["Presented by Halvorsen Aerospace", "", S["sponsor"][i // 2], ""]
    L += ["\u2014 Ella, Marcus and Tess", "", "Subscribe to Punchbowl News Premium for the full picture on Capitol Hill.", "",
          "About   Careers   Advertise   Privacy Policy   Terms of Service", "\u00a9 2029 Punchbowl News"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


SANCTBILL = "us-senate-russia-oil-tariff-bill-2029-11"
SEEDS.append(dict(
  id="17707", name="17707_punchbowl-amissue", ext="txt", source="Punchbowl News", zone="America/New_York", render=r_punchbowl, page_t="2029-11-13 06:00",
  title="The year-end deal gets a Ukraine line", byline="Ella Brandt, Marcus Oyelaran and Tess Whitcombe",
  intro=["Good Tuesday morning.",
         "Congress has five legislative weeks left this year and a to-do list that would fill twice that. Here\u2019s where everything stands."],
  sponsor=["Halvorsen Aerospace builds the engines that keep America\u2019s fleet flying, employing 14,000 workers in 31 states. Learn more about our work.",
           "Every day, Halvorsen machinists deliver parts to 40 military bases. See the map."],
  basis="no time per item; the page line 'November 13, 2029 | 6:00 AM' (stamp {s}; no zone printed, Washington time = America/New_York assumed, EST = UTC-5) is every item's time; local {d} in {z}",
  notes="Punchbowl News AM issue, web version (text scrape). Three-name page byline kept as one author string for every item. The only time is "
        "'November 13, 2029 | 6:00 AM' with no zone: the outlet is in Washington, so America/New_York (EST) is assumed. Five sentence-case section "
        "headlines are the entries; 'Presented by Halvorsen Aerospace' blocks are ads. Two sections are about the war (Ukraine money in the defense bill; "
        "the Russia oil-tariff vote that the Senate takes this afternoon \u2014 the same story The Hill reports as passed on 14 Nov).",
  not_entries=["site navigation", "'AM' label", "issue title 'The year-end deal gets a Ukraine line'", "byline", "date line 'November 13, 2029 | 6:00 AM'",
               "'Share'", "greeting 'Good Tuesday morning.' and intro paragraph", "two 'Presented by Halvorsen Aerospace' sponsor blocks",
               "sign-off '\u2014 Ella, Marcus and Tess'", "subscription pitch", "footer"],
  entries=[
  E(None, "Senate appropriators slot $12 billion for Ukraine into the defense bill",
    ["Senate appropriators will unveil a Pentagon spending bill this week that includes $12 billion in security assistance for Ukraine, according to three people familiar with the text.",
     "The money would mostly pay for air defense interceptors and long-range drones bought from American manufacturers. It\u2019s the first dedicated Ukraine funding Congress has taken up since the spring.",
     "House Republican leaders haven\u2019t committed to bringing it to the floor. \u201cWe\u2019ll see what comes over from the Senate,\u201d a senior GOP leadership aide told us."],
    "aid", "aid", 3, "senate-defense-bill-ukraine-12bn-2029-11", a="Ella Brandt, Marcus Oyelaran and Tess Whitcombe",
    n="major US funding proposal for Ukraine"),
  E(None, "The Russia sanctions vote",
    ["The Senate votes this afternoon on the bipartisan bill that would slap secondary tariffs of up to 200% on countries that keep buying Russian oil.",
     "Backers say they have well over 70 votes. The White House has asked for changes that would let the president waive the tariffs for up to a year."],
    "diplomacy", "diplomacy", 2, SANCTBILL, a="Ella Brandt, Marcus Oyelaran and Tess Whitcombe", n="sanctions = diplomacy; vote still ahead"),
  OFF(None, "Leadership races",
    ["Senate Republicans will hold their leadership elections the week after Thanksgiving, and the race for conference vice chair now has three declared candidates."],
    "senate-gop-leadership-races-2029", a="Ella Brandt, Marcus Oyelaran and Tess Whitcombe", n="congressional politics"),
  OFF(None, "Shutdown math",
    ["Government funding runs out on Dec. 14. Appropriators in both chambers told us a short-term extension into January is now the most likely outcome.",
     "The sticking point remains the gap between the House and Senate toplines for non-defense spending, about $41 billion."],
    "us-government-funding-deadline-2029-12", a="Ella Brandt, Marcus Oyelaran and Tess Whitcombe", n="US budget"),
  OFF(None, "Farm bill, again",
    ["House Agriculture Committee leaders want to mark up a new five-year farm bill before the end of the year, but members on both sides privately doubt it will happen."],
    "farm-bill-2029", a="Ella Brandt, Marcus Oyelaran and Tess Whitcombe", n="agriculture policy"),
  ]))

# ---------------------------------------------------------------- 17708 The Hill, Morning Report (web version)
def r_hill(S):
    """The Hill 'Morning Report' column (text scrape). Byline + 'MM/DD/YY H:MM AM ET' on one line, intro, capitalised section labels
    (LEADING THE DAY, CONGRESS, ...), 'WHERE AND WHEN' schedule and 'OPINION' link list, 'THE CLOSER' at the end."""
    z = S["zone"]; d = dt(S["page_t"], z)
    st = f"{d:%m/%d/%y} {ampm(d, space=' ', caps=True)} ET"
    L = ["Skip to content", "The Hill", "News   Policy   Business   Opinion   Video   Events   Changing America   Newsletters", "", "Morning Report", "",
         S["title"], "", f"by {S['byline']} - {st}", "", "Share   Tweet   Email", "", S["caption"], ""] + ptxt(S["intro"])
    for e in S["entries"]:
        if e.get("before"):
            L += e["before"]
        L += [e["h"], ""] + ptxt(e["p"])
    L += ["Thanks for reading! Send news and comments to morningreport@thehill.com and suggest this newsletter to friends.", "",
          "Copyright 2029 Nexstar Media Inc. All rights reserved."]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


SEEDS.append(dict(
  id="17708", name="17708_thehill-morningreport", ext="txt", source="The Hill", zone="America/New_York", render=r_hill, page_t="2029-11-14 07:31",
  title="Morning Report \u2014 Senate sends Russia oil-tariff bill to the House", byline="Margot Ellison and Dev Ramanathan",
  caption="The Capitol dome shortly after sunrise on Tuesday. (Alan Kessler)",
  intro=["This is The Hill\u2019s Morning Report for Wednesday, Nov. 14. Not a subscriber? Sign up here.",
         "The Senate cleared one of its biggest foreign policy votes of the year on Tuesday, and the Pentagon followed with a weapons package for Ukraine. Meanwhile, the clock on government funding keeps ticking."],
  basis="no time per section; the byline line '... - 11/14/29 7:31 AM ET' (stamp {s}; ET = EST, UTC-5) is every section's time; local {d} in {z}",
  notes="The Hill Morning Report, web version (text scrape). One line 'by Margot Ellison and Dev Ramanathan - 11/14/29 7:31 AM ET' gives the author "
        "(two names kept as one string) and the only time; two-digit year '29' (the footer prints 2029). Each capitalised section label is one "
        "entry and its headline (the sections have no other headings). 'WHERE AND WHEN' (schedule) and 'OPINION' (links to columns) are not news items. "
        "LEADING THE DAY continues the oil-tariff bill story of 17707 (13 Nov, vote then still ahead).",
  not_entries=["site navigation", "'Morning Report' label", "title 'Morning Report \u2014 Senate sends ...'", "byline/time line",
               "share links", "photo caption '(Alan Kessler)'", "intro 'Welcome to The Hill\u2019s Morning Report. ...' paragraphs",
               "'WHERE AND WHEN' schedule block", "'OPINION' block with two column links", "closing 'Thanks for reading!' line", "copyright footer"],
  entries=[
  E(None, "LEADING THE DAY",
    ["The Senate on Tuesday passed legislation that would impose tariffs of up to 200 percent on countries that buy Russian oil, sending the measure to the House on a 78-20 vote.",
     "The bill\u2019s sponsors said the lopsided tally showed Congress wants to squeeze the Kremlin\u2019s war budget regardless of the pace of peace talks. The White House, which had sought broader waiver authority, said it was reviewing the final text.",
     "House leaders have not said when they will take it up."],
    "diplomacy", "diplomacy", 3, SANCTBILL, a="Margot Ellison and Dev Ramanathan", n="sanctions bill passed by the Senate"),
  OFF(None, "CONGRESS",
    ["Appropriators are drafting a stopgap spending bill that would keep the government open into late January, giving negotiators more time to settle the gap between the chambers\u2019 spending levels."],
    "us-government-funding-deadline-2029-12", a="Margot Ellison and Dev Ramanathan", n="US budget"),
  OFF(None, "POLITICS",
    ["Democrats and Republicans spent Tuesday arguing over what last week\u2019s governors\u2019 races in Virginia and New Jersey say about next year\u2019s midterms.",
     "Turnout in both states topped 2025 levels, according to early figures from election officials."],
    "us-governor-races-aftermath-2029-11", a="Margot Ellison and Dev Ramanathan", n="US elections aftermath"),
  E(None, "ADMINISTRATION",
    ["The Pentagon announced a $425 million package of weapons for Ukraine drawn from American stocks, including interceptors for Patriot batteries and artillery ammunition, its first such drawdown in seven months."],
    "aid", "aid", 3, "pentagon-ukraine-drawdown-425m-2029-11-13", a="Margot Ellison and Dev Ramanathan", n="major aid package"),
  E(None, "INTERNATIONAL",
    ["A Russian missile strike on Zaporizhzhia on Tuesday killed eight people and wounded more than 20, Ukrainian officials said.",
     "Regional governor Ivan Fedorov said two ballistic missiles hit an industrial area and a nearby bus stop during the evening rush hour."],
    "strikes", "strikes", 3, "zaporizhzhia-missile-strike-2029-11-13", a="Margot Ellison and Dev Ramanathan", n="deadly strike",
    before=["WHERE AND WHEN", "", "The Senate convenes at 10 a.m. The House meets at noon. The president receives the daily intelligence briefing at 10:30 a.m.", ""]),
  OFF(None, "THE CLOSER",
    ["And finally \u2026 a hearty round of applause for a retired schoolteacher in Ohio who has now visited every one of the nation\u2019s 63 national parks, at age 88."],
    "national-parks-visitor-2029", a="Margot Ellison and Dev Ramanathan", n="closing light item",
    before=["OPINION", "", "Why the oil-tariff bill is the right kind of pressure, by a former ambassador", "The stopgap habit is costing taxpayers, by a budget analyst", ""]),
  ]))

# ---------------------------------------------------------------- 17709 Al Jazeera newsletter digest (web version)
def r_ajdigest(S):
    """Al Jazeera daily newsletter, 'view in browser' web version (HTML email tables, no JSON-LD). Date line
    'Thursday, 15 November 2029' only; section labels, headline links with one-line summaries and 'Read more'; a video item
    that is only a headline; no per-item times or bylines."""
    d = datetime.strptime(S["page_t"], "%Y-%m-%d")
    out = ['<!DOCTYPE html>', '<html lang="en" xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">', f'<title>{esc(S["title"])}</title>',
           '<style>body{margin:0;background:#f4f4f4}.hl a{color:#000;text-decoration:none}</style></head><body>',
           '<div class="preheader" style="display:none">Today: a deadly missile strike on Poltava, a truce bid in Sudan and stalled climate talks.</div>',
           '<table role="presentation" width="100%"><tr><td align="center"><table role="presentation" width="600">',
           '<tr><td class="view-online"><a href="https://www.aljazeera.com/newsletters/view/">View in browser</a></td></tr>',
           '<tr><td class="logo"><img src="https://www.aljazeera.com/images/logo_aje.png" alt="Al Jazeera" width="140"></td></tr>',
           f'<tr><td class="date">{DAYS_EN[d.weekday()]}, {d.day} {MONTHS[d.month - 1]} {d.year}</td></tr>',
           f'<tr><td class="intro"><p>{esc(S["lede"])}</p></td></tr>']
    sect = None
    for e in S["entries"]:
        if e["sect"] != sect:
            sect = e["sect"]; out.append(f'<tr><td class="section"><h2>{esc(sect)}</h2></td></tr>')
        out.append('<tr><td class="story">')
        if e.get("kicker"):
            out.append(f'<p class="kicker">{esc(e["kicker"])}</p>')
        out.append(f'<h3 class="hl"><a href="{e["link"]}">{esc(e["h"])}</a></h3>')
        out += [f'<p class="summary">{esc(p)}</p>' for p in e["p"]]
        out.append(f'<p class="more"><a href="{e["link"]}">{"Watch now" if not e["p"] else "Read more"} \u00bb</a></p></td></tr>')
    out += ['<tr><td class="promo"><h2>Listen to The Take</h2><p>Our daily podcast goes beyond the headlines. New episodes every weekday.</p></td></tr>',
            '<tr><td class="social">Follow Al Jazeera English: Facebook | X | Instagram | YouTube | TikTok</td></tr>',
            '<tr><td class="footer"><p>You are receiving this email because you subscribed to Al Jazeera newsletters.</p>'
            '<p><a href="https://www.aljazeera.com/newsletters/preferences/">Manage preferences</a> | <a href="https://www.aljazeera.com/newsletters/unsubscribe/">Unsubscribe</a></p>'
            '<p>Al Jazeera Media Network, PO Box 23123, Doha, Qatar</p><p>\u00a9 2029 Al Jazeera Media Network</p></td></tr>',
            '</table></td></tr></table></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


POLTAVA = "poltava-missile-strike-2029-11-14"
SEEDS.append(dict(
  id="17709", name="17709_aljazeera-digest", ext="html", source="Al Jazeera", zone="Asia/Qatar", render=r_ajdigest, page_t="2029-11-15",
  title="Al Jazeera Daily: Deadly strike on Poltava, Sudan truce bid, climate talks stall",
  lede="Good morning. Here are the stories we are following today.",
  basis="no time printed anywhere; only the date line 'Thursday, 15 November 2029' (stamp {s}), so published is the date only ({d}, {z})",
  notes="Al Jazeera daily newsletter, 'View in browser' web version: email tables, no JSON-LD, no bylines (author null), no times. The only date is "
        "'Thursday, 15 November 2029' (Doha home zone Asia/Qatar assumed), so every item is dated 2029-11-15 with no time and stamp null. "
        "Sections 'Top stories', 'Russia-Ukraine war', 'In other news'. Item 2 is a video teaser (headline only, 'Watch now' link) about the Poltava "
        "strike of item 1. Kicker labels ('Russia-Ukraine war', 'Video') are not headlines.",
  not_entries=["hidden preheader text", "'View in browser' link", "logo", "date line", "intro 'Good morning. ...'", "section labels (h2)",
               "kicker labels above headlines", "'Read more \u00bb' / 'Watch now \u00bb' links", "'Listen to The Take' podcast promo",
               "social links", "subscription footer"],
  entries=[
  E(None, "Russian missiles kill at least nine in Ukraine\u2019s Poltava",
    ["A Russian missile attack on the central Ukrainian city of Poltava killed at least nine people and wounded dozens, regional officials said, as rescuers worked through the night at a partly collapsed apartment block."],
    "strikes", "strikes", 3, POLTAVA, sect="Top stories", kicker="Russia-Ukraine war", link="https://www.aljazeera.com/news/2029/11/14/russian-missiles-kill-nine-in-poltava",
    n="deadly strike of 14 November"),
  E(None, "Video: Rescuers search rubble of Poltava apartment block", [], "strikes", "strikes", 1, POLTAVA, sect="Top stories", kicker="Video",
    link="https://www.aljazeera.com/video/newsfeed/2029/11/14/rescuers-search-poltava-rubble", n="video teaser without body"),
  OFF(None, "Sudan\u2019s warring sides agree to three-day truce around El Fasher, mediators say",
    ["The Sudanese army and the Rapid Support Forces agreed to pause fighting around El Fasher for three days to let aid convoys in, according to mediators in Jeddah."],
    "sudan-el-fasher-truce-2029-11", sect="Top stories", kicker="Sudan war", link="https://www.aljazeera.com/news/2029/11/14/sudan-el-fasher-truce",
    n="another war"),
  OFF(None, "Climate talks stall as rich and poor nations trade blame over finance",
    ["Negotiators at the UN climate summit ended the first week without agreement on a new finance goal, with developing countries accusing wealthy states of backtracking."],
    "un-climate-talks-finance-stall-2029-11-14", sect="Top stories", kicker="Climate crisis", link="https://www.aljazeera.com/news/2029/11/14/climate-talks-stall",
    n="climate summit"),
  E(None, "Ukraine and Poland settle long-running dispute over grain transit",
    ["Ukraine and Poland signed an agreement setting quotas and inspection rules for Ukrainian grain crossing Polish territory, ending more than a year of border protests and trade restrictions."],
    "diplomacy", "diplomacy", 2, "ukraine-poland-grain-transit-deal-2029-11-14", sect="Russia-Ukraine war", link="https://www.aljazeera.com/economy/2029/11/14/ukraine-poland-grain-deal",
    n="bilateral agreement; notable, not a summit"),
  E(None, "Russia says its forces captured village in eastern Donetsk region",
    ["Russia\u2019s Defence Ministry said its troops had taken the village of Novopavlivka in the Donetsk region, a claim that could not be independently verified."],
    "other", "frontline", 2, "russia-claims-novopavlivka-2029-11-14", sect="Russia-Ukraine war", link="https://www.aljazeera.com/news/2029/11/14/russia-claims-village-donetsk"),
  OFF(None, "Philippines orders evacuations as typhoon nears Luzon",
    ["Authorities in the Philippines ordered tens of thousands of people to leave coastal areas of northern Luzon ahead of a typhoon forecast to make landfall on Friday."],
    "philippines-typhoon-2029-11", sect="In other news", link="https://www.aljazeera.com/news/2029/11/15/philippines-typhoon-luzon", n="weather disaster"),
  ]))


# ================================================================ PART B: three multi-source days (invented outlets)
# ---------------------------------------------------------------- Day 1: Thursday 22 November 2029
CHERN = "chernihiv-missile-strike-2029-11-22"
CHERNEN = "chernihiv-region-energy-drone-attack-2029-11-22"
IRIS = "germany-iris-t-pledge-2029-11-22"
ANKARA = "sybiha-fidan-ankara-talks-2029-11-22"
NORTH = "analysis-russia-northern-cities-strikes"
NORTH_H = "Analysis: Why Russia keeps coming back to Ukraine\u2019s northern cities"
NORTH_P = ["Chernihiv, Sumy and Kharkiv all sit within 100 km of the Russian border, which gives Moscow\u2019s short-range ballistic missiles a flight time of barely two minutes.",
           "That leaves air defence crews almost no warning. Ukrainian officers say even a Patriot battery placed next to a city struggles to react when the launch site is that close, which is why Kyiv keeps asking allies for permission to hit launchers inside Russia.",
           "The northern cities also matter symbolically: they held out in 2022, and repeated strikes are meant to wear down the people who stayed."]


def r_quillbury(S):
    """Quillbury Standard (invented, UK) text live blog: newest first; 'HH:MM GMT' line before each headline; Key Points list of
    headlines under the standfirst; signature line '\u2014 Name' after each post; video teaser shows only a player label."""
    z = S["zone"]; order_check(S, True); d0 = dt(S["entries"][-1]["t"], z)
    L = ["Quillbury Standard", "Home | News | World | Business | Sport | Opinion | Culture | Puzzles", "World \u203a Europe \u203a Ukraine", "",
         S["title"], "", f"{DAYS_EN[d0.weekday()]} {d0.day} {MONTHS[d0.month - 1]} {d0.year}", "", S["lede"], "", "Key Points", ""]
    L += [e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest updates", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} GMT"; stamps.append(st)
        L += [st, e["h"], ""]
        L += ptxt(e["p"]) if e["p"] else ["Video duration 01:48", ""]
        L += [f"\u2014 {e['a']}", ""]
        if i == 2:
            L += ["Advertisement", ""]
    L += ["Back to top", "", "\u00a9 2029 Quillbury Standard Ltd. Registered in England and Wales."]
    return "\n".join(L) + "\n", stamps


SEEDS.append(dict(
  id="17720", name="17720_quillbury-textlive", ext="txt", source="Quillbury Standard", zone="Europe/London", render=r_quillbury,
  title="Ukraine war live: missile strike on Chernihiv kills nine; Germany pledges more IRIS-T systems",
  lede="A Russian ballistic missile hit the centre of the northern city of Chernihiv on Thursday morning. Follow our live coverage.",
  basis="stamp '{s}' (GMT = UTC in November) under the date line 'Thursday 22 November 2029'; local {d} in {z}",
  notes="Invented outlet (UK). Text live blog, newest first; 'HH:MM GMT' line before each headline; date line 'Thursday 22 November 2029'. "
        "Key Points lists two headlines (17720-01, 17720-02). Each post ends with a signature line '\u2014 Name' (author). 17720-04 is a 'Watch:' "
        "teaser whose body is only the player label 'Video duration 01:48' (not a paragraph). 17720-03 is a theme piece (analysis) that mentions "
        "Chernihiv but is its own story. Chernihiv toll 3 (08:55) \u2192 9 (16:50). 17720-07 is the overnight drone attack on an energy site in the "
        "Chernihiv region, a different event from the city missile strike.",
  not_entries=["masthead and navigation", "breadcrumb", "page title", "date line 'Thursday 22 November 2029'", "standfirst", "'Key Points' header and its two headline lines",
               "'Latest updates' label", "signature lines '\u2014 Name' (authors)", "player label 'Video duration 01:48'", "'Advertisement'", "'Back to top'", "footer"],
  entries=[
  E("2029-11-22 16:50", "Chernihiv death toll rises to nine",
    ["Nine people are now known to have died in this morning\u2019s missile strike on central Chernihiv, the regional military administration said, after rescuers recovered two more bodies from a damaged office building.",
     "Forty-four people were injured, six of them children. Officials said the missile was a ballistic Iskander-M fired from Russia\u2019s Bryansk region."],
    "strikes", "strikes", 3, CHERN, a="Harriet Ocken", kp=True, n="toll 9; Key Points"),
  E("2029-11-22 15:20", "Germany to send two more IRIS-T air defence systems",
    ["Germany will deliver two additional IRIS-T SLM air defence systems to Ukraine before the end of March, Defence Minister Boris Pistorius announced in Berlin.",
     "He said the systems were financed from this year\u2019s budget and that Berlin was also buying missiles for systems already in Ukraine."],
    "aid", "aid", 3, IRIS, a="Callum Reade", kp=True, n="Key Points; must not merge with Zelensky's Patriot appeal (17721-05, same aid theme)"),
  E("2029-11-22 13:45", NORTH_H, NORTH_P, "strikes", "strikes", 2, NORTH, a="Callum Reade",
    n="theme piece (analysis); mentions the border cities but is not the Chernihiv event: must not merge with the Chernihiv strike"),
  E("2029-11-22 12:10", "Watch: Rescuers search Chernihiv rubble for survivors", [], "strikes", "strikes", 1, CHERN, a="Harriet Ocken",
    n="teaser without body (only a player label)"),
  E("2029-11-22 10:30", "Russian troops push towards Huliaipole, Ukrainian military says",
    ["Russian assault groups have advanced along the Haichur river north of Huliaipole in the Zaporizhzhia region, a Ukrainian military spokesperson said, but were stopped short of the town\u2019s outskirts."],
    "other", "frontline", 2, "russian-advance-huliaipole-2029-11-22", a="Callum Reade"),
  E("2029-11-22 08:55", "Missile strike hits central Chernihiv, at least three dead",
    ["A Russian missile struck the centre of Chernihiv shortly before 10am local time, killing at least three people and damaging an office building and a row of shops, the city\u2019s acting mayor said.",
     "Air raid sirens had sounded less than two minutes before the impact."],
    "strikes", "strikes", 3, CHERN, a="Harriet Ocken", n="first report here; toll 3"),
  E("2029-11-22 06:40", "Overnight drone attack cuts power in Chernihiv region",
    ["Russian drones hit an energy facility in the Nizhyn district of the Chernihiv region overnight, leaving about 30,000 households without electricity, the regional power company said. No one was hurt."],
    "strikes", "strikes", 3, CHERNEN, a="Harriet Ocken",
    n="same region, other strike (overnight drones on an energy site): must not merge with the Chernihiv city missile strike"),
  ]))


def r_polissia(S):
    """Polissia Herald (invented, Kyiv) HTML live blog with schema.org LiveBlogPosting JSON-LD whose liveBlogUpdate entries carry
    their own headline, datePublished (+02:00), articleBody and author; visible posts show a bare 'HH:MM' in <time datetime>, oldest first."""
    z = S["zone"]; order_check(S, False)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "@id": f"{S['url']}#post-{5501 + i}", "headline": e["h"], "datePublished": d.isoformat(),
                    "dateModified": d.isoformat(), "articleBody": " ".join(e["p"]), "author": {"@type": "Person", "name": e["a"]}})
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Polissia Herald</title>',
           f'<link rel="canonical" href="{S["url"]}">',
           ld({"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "url": S["url"],
               "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
               "coverageEndTime": (last + timedelta(hours=2)).isoformat(), "inLanguage": "en",
               "publisher": {"@type": "NewsMediaOrganization", "name": "Polissia Herald"}, "liveBlogUpdate": ups}),
           '</head><body>', '<header><a class="logo" href="/">Polissia Herald</a><nav><a href="/war/">War</a> <a href="/politics/">Politics</a> '
           '<a href="/economy/">Economy</a> <a href="/regions/">Regions</a> <a href="/opinion/">Opinion</a></nav><a href="/support/">Support us</a></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>',
           '<div class="liveblog">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="post" id="post-{5501 + i}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append(f'<p class="post-author">By {esc(e["a"])}</p></article>')
        if i == 3:
            out.append('<aside class="donate"><p>Independent journalism from northern Ukraine depends on readers. Become a member.</p></aside>')
    out += ['</div></main><footer><p>\u00a9 2029 Polissia Herald. All rights reserved.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


STRIKE_P = ["A Russian ballistic missile hit the centre of Chernihiv at about 09:40, the regional military administration said. At least two people were killed and more than a dozen injured.",
            "Windows were blown out along several blocks of Myru Avenue, and emergency crews were working at a damaged office building."]
SEEDS.append(dict(
  id="17721", name="17721_polissia-ldlive", ext="html", source="Polissia Herald", zone="Europe/Kyiv", render=r_polissia,
  title="Live: Russian missile hits Chernihiv city centre", url="https://polissia-herald.example/live/2029-11-22-chernihiv",
  dateline="Thursday, 22 November 2029 \u00b7 all times Kyiv (EET)",
  lede="Updates through the day on the strike on Chernihiv and other developments in Russia\u2019s war.",
  basis="visible bare '{s}' in <time datetime> (Kyiv time, EET = UTC+2, as the dateline says; the JSON-LD update datePublished agrees) on 'Thursday, 22 November 2029'; local {d} in {z}",
  notes="Invented outlet (Ukraine). HTML live blog, oldest first, LiveBlogPosting JSON-LD with one BlogPosting per post (own headline, datePublished with +02:00, "
        "articleBody, author). Visible stamps are bare 'HH:MM' in <time datetime>; the dateline says 'all times Kyiv (EET)'. Author line 'By Name' after each post. "
        "17721-06 repeats 17721-02 nearly verbatim (same headline; only 'more than a dozen' \u2192 'over a dozen'). 17721-01 is the overnight drone attack "
        "on an energy site in the Chernihiv region (not the city missile strike). Chernihiv toll 2 (09:55) \u2192 7 (13:05).",
  not_entries=["header and navigation", "page title", "dateline 'Thursday, 22 November 2029 \u00b7 all times Kyiv (EET)'", "standfirst",
               "'By Name' author lines", "membership appeal after the fourth post", "footer"],
  entries=[
  E("2029-11-22 08:20", "Drones hit energy facility in Chernihiv region overnight",
    ["Russian attack drones struck an energy facility in the Nizhyn district overnight, regional governor Viacheslav Chaus said. Around 30,000 households lost power; repair crews expect to restore most supplies by evening."],
    "strikes", "strikes", 3, CHERNEN, a="Oksana Tereshchuk", n="overnight drone attack on an energy site: must not merge with the city missile strike"),
  E("2029-11-22 09:55", "Ballistic missile strikes Chernihiv city centre", STRIKE_P, "strikes", "strikes", 3, CHERN, a="Oksana Tereshchuk", n="toll 2"),
  E("2029-11-22 11:30", "Sybiha arrives in Ankara for talks with Fidan",
    ["Foreign Minister Andrii Sybiha arrived in Ankara for talks with his Turkish counterpart Hakan Fidan on the safety of Black Sea shipping and Turkey\u2019s offer to host a new round of negotiations with Russia."],
    "diplomacy", "diplomacy", 3, ANKARA, a="Taras Kovalenko"),
  E("2029-11-22 13:05", "Chernihiv toll climbs to seven, 41 injured",
    ["The number of people killed in the morning strike on Chernihiv has risen to seven, the State Emergency Service said. Forty-one people were injured, including five children.",
     "Rescuers are still searching the upper floors of the office building."],
    "strikes", "strikes", 3, CHERN, a="Oksana Tereshchuk", n="toll 7"),
  E("2029-11-22 14:40", "Zelensky renews call for Patriot systems after Chernihiv strike",
    ["President Volodymyr Zelensky said Ukraine needed at least ten more Patriot batteries to protect cities near the Russian border, calling on the United States and European partners to speed up deliveries."],
    "aid", "aid", 2, "zelensky-patriot-appeal-2029-11-22", a="Taras Kovalenko", sec=["strikes"],
    n="appeal for air defence (own statement): must not merge with Germany's IRIS-T pledge or with the strike itself"),
  E("2029-11-22 16:10", "Ballistic missile strikes Chernihiv city centre",
    ["A Russian ballistic missile hit the centre of Chernihiv at about 09:40, the regional military administration said. At least two people were killed and over a dozen injured.",
     STRIKE_P[1]],
    "strikes", "strikes", 1, CHERN, a="Oksana Tereshchuk", dup="17721-02", n="near-verbatim repeat of 17721-02"),
  E("2029-11-22 18:25", "Twelve children returned from Russian-controlled territory, ombudsman says",
    ["Twelve Ukrainian children taken to Russia or held in occupied areas have been brought back to government-controlled territory with Qatari mediation, human rights commissioner Dmytro Lubinets said."],
    "other", "humanitarian", 2, "children-returned-qatar-mediation-2029-11-22", a="Taras Kovalenko"),
  ]))


def r_worldrss(S):
    """Generic invented world-news RSS 2.0: pubDate with the local numeric offset, plain-text description (one paragraph),
    optional dc:creator, category; newest first."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>',
           f'<language>{S.get("lang", "en-us")}</language>', f'<atom:link href="{S["url"]}/rss/world.xml" rel="self" type="application/rss+xml"/>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        assert len(e["p"]) == 1
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        slug = re.sub(r"[^a-z0-9]+", "-", e["h"].lower()).strip("-")[:60]
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{S["url"]}/{d:%Y/%m/%d}/{slug}</link>',
                f'<description>{esc(e["p"][0])}</description>', f'<pubDate>{st}</pubDate>',
                f'<guid isPermaLink="false">{S["guid"]}-{i + 1:03d}</guid>', f'<category>{esc(e["cat"])}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out.append('</item>')
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="17722", name="17722_crestmoor-worldrss", ext="xml", source="Crestmoor World Service", zone="America/New_York", render=r_worldrss,
  title="Crestmoor World Service \u2014 World", url="https://crestmoor-world.example", guid="cws-20291122",
  lede="The day\u2019s international news from the Crestmoor World Service desk.",
  basis="RSS pubDate '{s}' (explicit -0500 offset = US Eastern standard time); local {d} in {z}",
  notes="Invented outlet (US). General world feed, RSS 2.0, newest first, pubDate with -0500, one-paragraph descriptions, dc:creator on some items "
        "(author; none on the others). Only 2 of 6 items are about the war; 4 are off-beat (Thanksgiving travel, Hokkaido earthquake, Chile runoff, "
        "football). Spells the strike city 'Chernigov' (Russian-style transliteration of Chernihiv).",
  not_entries=["channel title, link, description, language, atom:link", "item link, guid and category elements"],
  entries=[
  OFF("2029-11-22 17:30", "Thanksgiving travel sets a record as 3.4 million fly on Wednesday",
    ["Airports across the United States screened about 3.4 million passengers on the day before Thanksgiving, the most ever for a single day, federal officials said."],
    "us-thanksgiving-travel-record-2029", a="Dana Whitlock", cat="U.S.", n="US holiday travel"),
  E("2029-11-22 14:10", "Ukrainian, Turkish foreign ministers discuss Black Sea shipping in Ankara",
    ["Ukraine\u2019s foreign minister met Turkish counterpart Hakan Fidan in Ankara on Thursday to discuss protecting merchant ships in the Black Sea and Turkey\u2019s standing offer to host peace talks."],
    "diplomacy", "diplomacy", 3, ANKARA, cat="Europe"),
  OFF("2029-11-22 12:45", "Strong earthquake shakes Japan\u2019s Hokkaido; no tsunami warning issued",
    ["A magnitude 6.4 earthquake struck off the eastern coast of Hokkaido, briefly halting trains, but there were no immediate reports of serious damage, Japan\u2019s meteorological agency said."],
    "hokkaido-earthquake-2029-11-22", cat="Asia", n="earthquake"),
  E("2029-11-22 09:05", "Russian missile strike on Chernigov kills seven",
    ["A Russian ballistic missile struck the center of the northern Ukrainian city of Chernigov on Thursday morning, killing at least seven people and injuring 41, Ukraine\u2019s emergency service said."],
    "strikes", "strikes", 3, CHERN, a="Paul Seferian", cat="Europe", n="spelling 'Chernigov'; toll 7"),
  OFF("2029-11-22 07:20", "Chile heads into presidential runoff with candidates neck and neck",
    ["Chileans vote Sunday in a presidential runoff that polls show too close to call, after a campaign dominated by crime and immigration."],
    "chile-presidential-runoff-2029", cat="Americas", n="election elsewhere"),
  OFF("2029-11-22 05:50", "Late goal sends Brazil\u2019s champions into Copa Libertadores final",
    ["A stoppage-time header gave the Brazilian champions a 2-1 aggregate win in the semifinal and a place in the South American club final next month."],
    "copa-libertadores-semifinal-2029", cat="Sports", n="football"),
  ]))


def r_elbmarsch(S):
    """Elbmarsch Review (invented, Hamburg, English edition) article with sections, HTML + NewsArticle JSON-LD; one byline and one
    dateline '22 November 2029, 18:30 CET'; the h2 sections are the entries (no per-section time)."""
    z = S["zone"]; d = dt(S["page_t"], z)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2013 Elbmarsch Review</title>',
           ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": d.isoformat(), "dateModified": d.isoformat(),
               "author": {"@type": "Person", "name": S["byline"]}, "publisher": {"@type": "Organization", "name": "Elbmarsch Review"},
               "articleSection": "World", "inLanguage": "en"}),
           '</head><body><header><a href="/" class="logo">Elbmarsch Review</a> <nav><a href="/world/">World</a> <a href="/germany/">Germany</a> '
           '<a href="/business/">Business</a> <a href="/culture/">Culture</a></nav></header>',
           '<main><article><p class="kicker">War in Ukraine</p>', f'<h1>{esc(S["title"])}</h1>',
           f'<p class="meta">By {esc(S["byline"])} \u00b7 {d.day} {MONTHS[d.month - 1]} {d.year}, {d:%H:%M} CET</p>',
           f'<p class="teaser"><strong>{esc(S["lede"])}</strong></p>']
    for e in S["entries"]:
        out.append(f'<h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
    out += ['<p class="corr">With material from agencies.</p>', '<section class="more"><h3>More on this topic</h3><ul>'
            '<li><a href="/world/2029/11/21/ukraine-winter-energy/">Ukraine braces for a hard winter on the grid</a></li>'
            '<li><a href="/germany/2029/11/20/bundeswehr-budget/">Bundeswehr budget clears committee</a></li></ul></section>',
            '</article></main><footer>\u00a9 2029 Elbmarsch Review \u00b7 Imprint \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


SEEDS.append(dict(
  id="17723", name="17723_elbmarsch-article", ext="html", source="Elbmarsch Review", zone="Europe/Berlin", render=r_elbmarsch, page_t="2029-11-22 18:30",
  title="Nine killed in Chernihiv as Berlin promises more air defence", byline="Lena Voss",
  lede="Russia\u2019s deadliest strike on a northern Ukrainian city this autumn came on the day Germany announced new air defence deliveries and Kyiv\u2019s top diplomat held talks in Turkey.",
  basis="no time per section; the article dateline '22 November 2029, 18:30 CET' (CET = UTC+1) is every section's time (stamp {s}); local {d} in {z}",
  notes="Invented outlet (Germany, English edition). Single article with three h2 sections, each an entry (headline = section heading, stamp null, "
        "published = the dateline time 18:30 CET, author = the page byline). The bold teaser paragraph summarises all three and is not an entry. "
        "Chernihiv toll 9.",
  not_entries=["header and navigation", "kicker 'War in Ukraine'", "page title h1", "byline/dateline 'By Lena Voss \u00b7 22 November 2029, 18:30 CET'",
               "bold teaser paragraph", "'With material from agencies.'", "'More on this topic' links", "footer"],
  entries=[
  E(None, "Nine dead in Chernihiv",
    ["The missile that struck Chernihiv on Thursday morning killed nine people, according to the regional authorities, making it the deadliest attack on the city since the spring.",
     "Ukrainian officials said the Iskander-M was launched from Russia\u2019s Bryansk region, roughly 90 kilometres away, leaving the city less than two minutes of warning."],
    "strikes", "strikes", 3, CHERN, a="Lena Voss", n="toll 9"),
  E(None, "Berlin promises more IRIS-T",
    ["Defence Minister Boris Pistorius said Germany would send two more IRIS-T SLM systems to Ukraine by the end of March and order additional missiles for the units already deployed.",
     "The pledge brings the number of IRIS-T fire units Germany has given Ukraine to more than a dozen."],
    "aid", "aid", 3, IRIS, a="Lena Voss"),
  E(None, "Talks in Ankara",
    ["In Ankara, Ukrainian Foreign Minister Andrii Sybiha and Turkey\u2019s Hakan Fidan discussed naval mine clearance and safe passage for grain ships, and Fidan repeated that Istanbul was ready to host negotiations."],
    "diplomacy", "diplomacy", 3, ANKARA, a="Lena Voss"),
  ]))


# ---------------------------------------------------------------- Day 2: Friday 23 November 2029
ODESA = "odesa-overnight-drone-attack-2029-11-23"
SANCT = "eu-31st-sanctions-package-2029-11-23"


def r_vauclair(S):
    """Vauclair Chronicle (invented, Paris, English service) text live blog: newest first; headline first, then a relative stamp
    ('35 mins ago', '2 hrs ago') counted back from the printed 'Last updated: Friday 23 November 2029 19:40 CET'; one page byline."""
    z = S["zone"]; order_check(S, True); ref = dt(S["ref"], z)
    L = ["Vauclair Chronicle \u2014 English edition", "Front page   World   Europe   France   Economy   Ideas", "", S["title"], "",
         f"By {S['byline']}", f"Last updated: {DAYS_EN[ref.weekday()]} {ref.day} {MONTHS[ref.month - 1]} {ref.year} {ref:%H:%M} CET", "", S["lede"], "",
         "Refresh for the latest updates", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        mins = int((ref - dt(e["t"], z)).total_seconds() // 60)
        if mins < 60:
            st = f"{mins} mins ago"
        else:
            assert mins % 60 == 0, e["t"]
            st = "1 hr ago" if mins == 60 else f"{mins // 60} hrs ago"
        stamps.append(st)
        L += [e["h"], st, ""] + (ptxt(e["p"]) if e["p"] else ["[Gallery: 12 photos]", ""])
        if i == 1:
            L += ["Read more: Chernihiv strike \u2014 what we know", ""]
    L += ["Share this live blog", "", "\u00a9 Vauclair Chronicle 2029. All rights reserved."]
    return "\n".join(L) + "\n", stamps


SEEDS.append(dict(
  id="17730", name="17730_vauclair-textlive", ext="txt", source="Vauclair Chronicle", zone="Europe/Paris", render=r_vauclair, ref="2029-11-23 19:40",
  title="Ukraine live: drones kill four in Odesa; EU agrees new sanctions", byline="Camille Ardent",
  lede="Russian drones struck Odesa overnight, while Chernihiv held funerals for the victims of Thursday\u2019s missile strike.",
  basis="relative stamp '{s}' counted back from the printed 'Last updated: Friday 23 November 2029 19:40 CET' (CET = UTC+1); local {d} in {z}",
  notes="Invented outlet (France, English edition). Text live blog, newest first, headline first and then a relative stamp ('35 mins ago', "
        "'2 hrs ago', ...) counted back exactly from the printed 'Last updated: Friday 23 November 2029 19:40 CET'. One page byline (author of every post). "
        "17730-03 is a 'Photos:' teaser whose only body is the gallery label. Odesa toll 2 (08:40, spelled 'Odessa') \u2192 4 (13:40). 17730-02 continues "
        "day 1's Chernihiv story (toll now 11, funerals). 17730-05 (Kremlin on peacekeepers) must not merge with the EU sanctions story.",
  not_entries=["masthead and navigation", "page title", "byline", "'Last updated: ...' line", "standfirst", "'Refresh for the latest updates'",
               "gallery label '[Gallery: 12 photos]'", "related link 'Read more: Chernihiv strike \u2014 what we know'", "'Share this live blog'", "footer"],
  entries=[
  E("2029-11-23 19:05", "EU envoys sign off on 31st sanctions package",
    ["EU ambassadors approved the bloc\u2019s 31st package of sanctions against Russia on Friday, adding 47 more tankers of the so-called shadow fleet to the list of vessels barred from European ports.",
     "The package also bans imports of Russian-made fertiliser components from next July."],
    "diplomacy", "diplomacy", 3, SANCT, a="Camille Ardent"),
  E("2029-11-23 17:40", "Chernihiv buries its dead as toll reaches 11",
    ["Hundreds of people gathered in Chernihiv for the first funerals of those killed in Thursday\u2019s missile strike, as officials said two injured women had died in hospital overnight, bringing the toll to 11.",
     "The city has declared two days of mourning."],
    "strikes", "strikes", 3, CHERN, a="Camille Ardent", n="day-2 continuation of the day-1 Chernihiv strike: toll 11, funerals"),
  E("2029-11-23 15:40", "Photos: Odesa wakes to a damaged seafront", [], "strikes", "strikes", 1, ODESA, a="Camille Ardent", n="teaser without body (gallery only)"),
  E("2029-11-23 13:40", "Odesa drone attack: four dead, port warehouse burned",
    ["The number of people killed in the overnight drone attack on Odesa has risen to four, regional governor Oleh Kiper said. A warehouse in the port was also set ablaze."],
    "strikes", "strikes", 3, ODESA, a="Camille Ardent", n="toll 4"),
  E("2029-11-23 11:40", "Kremlin dismisses European plan for peacekeepers in Ukraine",
    ["Kremlin spokesman Dmitry Peskov said any deployment of European troops in Ukraine, even after a ceasefire, would be \u201cunacceptable\u201d and would not be discussed at any future talks."],
    "diplomacy", "diplomacy", 2, "kremlin-rejects-european-peacekeepers-2029-11-23", a="Camille Ardent",
    n="same diplomacy theme, other event: must not merge with the EU sanctions package"),
  E("2029-11-23 08:40", "Russian drones hit high-rise in Odessa, two killed",
    ["Russian Shahed drones struck a 16-storey residential building in the Prymorskyi district of Odessa overnight, killing two people and injuring 14, Ukrainian officials said."],
    "strikes", "strikes", 3, ODESA, a="Camille Ardent", n="spelling 'Odessa'; toll 2"),
  ]))


def r_atom(S):
    """Generic invented Atom 1.0 feed: <published>/<updated> with the local offset, author name, content type='html' with escaped
    <p> paragraphs; newest first."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
           f'<title>{esc(S["title"])}</title>', f'<subtitle>{esc(S["lede"])}</subtitle>', f'<id>{S["url"]}/feed</id>',
           f'<link rel="self" href="{S["url"]}/feed.atom"/>', f'<link rel="alternate" href="{S["url"]}/"/>',
           f'<updated>{last.isoformat().replace("+00:00", "Z")}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat().replace("+00:00", "Z"); stamps.append(st)
        slug = re.sub(r"[^a-z0-9]+", "-", e["h"].lower()).strip("-")[:60]
        body = "".join(f"<p>{esc(p)}</p>" for p in e["p"])
        out += ['<entry>', f'<title>{esc(e["h"])}</title>', f'<link rel="alternate" href="{S["url"]}/{d:%Y/%m/%d}/{slug}"/>',
                f'<id>tag:{S["url"][8:]},{d:%Y-%m-%d}:{S["tag"]}{i + 1:03d}</id>', f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        out += [f'<category term="{attr(e.get("cat", S.get("cat", "War")))}"/>', f'<content type="html">{esc(body)}</content>', '</entry>']
    out += ['</feed>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="17731", name="17731_khortytsia-atom", ext="xml", source="Khortytsia Dispatch", zone="Europe/Kyiv", render=r_atom,
  title="Khortytsia Dispatch \u2014 War news", url="https://khortytsia-dispatch.example", tag="kd",
  lede="Reporting from Zaporizhzhia and the south",
  basis="Atom <published> '{s}' (explicit +02:00 offset = Kyiv winter time); local {d} in {z}",
  notes="Invented outlet (Ukraine). Atom 1.0, newest first, <published> with +02:00, <author><name> per entry, content type='html' with escaped <p> "
        "paragraphs. 17731-01 (drones on the Danube port of Izmail in the Odesa region, evening) is a different strike from the overnight attack on "
        "Odesa city. 17731-02 continues day 1's Chernihiv story with new developments (search ended, missile type). Odesa toll 2 (09:10) \u2192 5 (16:50).",
  not_entries=["feed title, subtitle, id, links, updated", "entry link, id, updated and category elements"],
  entries=[
  E("2029-11-23 21:15", "Russian drones strike Izmail port on the Danube",
    ["Russian drones attacked port facilities in Izmail on the Danube on Friday evening, damaging a grain silo and an administrative building, the Odesa regional administration said.",
     "There were no immediate reports of casualties."],
    "strikes", "strikes", 2, "izmail-port-drone-attack-2029-11-23", a="Iryna Bondar",
    n="same region (Odesa oblast), other strike: must not merge with the overnight attack on Odesa city"),
  E("2029-11-23 18:30", "Chernihiv ends search operation; investigators name Iskander-M as the weapon",
    ["Rescuers in Chernihiv have completed the search of the office building hit on Thursday, the State Emergency Service said, confirming a final toll of 11 dead and 46 injured.",
     "Prosecutors said fragments recovered at the site came from an Iskander-M ballistic missile and opened a war crimes case."],
    "strikes", "strikes", 3, CHERN, a="Denys Marchuk", n="day-2 continuation of the day-1 Chernihiv strike with a new development (search ended, missile identified)"),
  E("2029-11-23 16:50", "Odesa toll rises to five after night drone attack",
    ["A fifth person has died after the overnight Russian drone attack on Odesa, regional governor Oleh Kiper said on Friday afternoon. Twenty-two people were injured, three of them seriously."],
    "strikes", "strikes", 3, ODESA, a="Iryna Bondar", n="toll 5"),
  E("2029-11-23 16:05", "EU adopts new sanctions package aimed at Russia\u2019s shadow fleet",
    ["The European Union agreed its 31st round of sanctions on Russia, blacklisting dozens more tankers that carry Russian oil and several shipping firms in third countries, EU diplomats said."],
    "diplomacy", "diplomacy", 3, SANCT, a="Denys Marchuk"),
  E("2029-11-23 09:10", "Two killed as Shahed drones hit Odesa high-rise",
    ["Two people were killed and at least 14 injured when Russian drones hit a residential high-rise and port infrastructure in Odesa overnight, the city military administration said."],
    "strikes", "strikes", 3, ODESA, a="Iryna Bondar", n="first report; toll 2"),
  ]))


def r_glenariff(S):
    """Glenariff Journal (invented, Ireland) HTML live blog without JSON-LD: oldest first; Irish-style '9.05am' in <time datetime>
    above each h3; signature '\u2014 Name' after each post; dateline with the date; no zone printed (Irish time)."""
    z = S["zone"]; order_check(S, False)
    out = ['<!DOCTYPE html>', '<html lang="en-IE"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Glenariff Journal</title>',
           '<meta property="og:type" content="article">', '</head><body>',
           '<header><a href="/" class="masthead">Glenariff Journal</a><nav><a href="/news/">News</a> <a href="/world/">World</a> <a href="/sport/">Sport</a> '
           '<a href="/business/">Business</a> <a href="/opinion/">Opinion</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>',
           '<section class="live">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, sep="."); stamps.append(st)
        out.append(f'<div class="live-post"><time datetime="{d.isoformat().replace("+00:00", "Z")}">{st}</time><h3>{esc(e["h"])}</h3>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append(f'<p class="sig">\u2014 {esc(e.get("sig", e["a"]))}</p></div>')
        if i == 2:
            out.append('<div class="mpu">Advertisement</div>')
    out += ['</section><p class="end">This live blog has now ended. Thank you for following.</p></main>',
            '<footer><p>\u00a9 2029 Glenariff Journal Ltd.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


ODESA1_H = "Odesa hit by overnight drone swarm"
SEEDS.append(dict(
  id="17732", name="17732_glenariff-htmllive", ext="html", source="Glenariff Journal", zone="Europe/Dublin", render=r_glenariff,
  title="Russia-Ukraine war: Odesa counts the dead after night drone attack", dateline="Friday 23 November 2029",
  lede="Live updates on the war in Ukraine, brought to you by our foreign desk.",
  basis="visible '{s}' in <time datetime> (no zone printed; Irish time = GMT = UTC in November; the datetime attribute agrees) under the dateline 'Friday 23 November 2029'; local {d} in {z}",
  notes="Invented outlet (Ireland). HTML live blog without JSON-LD, oldest first; stamps '7.30am' in <time datetime>, no zone printed (Irish time, "
        "= UTC in November). Signature line after each post (author). 17732-02 is a theme piece (explainer on mobile fire groups) that mentions Odesa but is "
        "its own story. 17732-03 re-posts day 1's analysis 17720-03 verbatim (same headline and text, signature crediting Quillbury Standard): "
        "importance 1. 17732-05 repeats 17732-01 nearly verbatim (duplicate_of 17732-01). 17732-04 continues day 1's Chernihiv story (toll 11, mourning).",
  not_entries=["masthead and navigation", "page title", "dateline 'Friday 23 November 2029'", "standfirst", "signature lines '\u2014 Name'",
               "'Advertisement' box", "closing line 'This live blog has now ended. ...'", "footer"],
  entries=[
  E("2029-11-23 07:30", ODESA1_H,
    ["At least two people were killed when Russian drones struck a residential tower and the port in Odesa overnight, Ukraine\u2019s emergency service said.",
     "Air defences shot down most of the drones aimed at the city, but debris set fire to several cars and a supermarket."],
    "strikes", "strikes", 3, ODESA, a="Siobhan Keary", n="toll 2"),
  E("2029-11-23 09:05", "Explainer: How Ukraine\u2019s mobile fire groups hunt Shahed drones",
    ["Nights like the one Odesa has just endured are fought largely by small teams in pickup trucks.",
     "These mobile fire groups, usually three or four people with a heavy machine gun, a searchlight and sometimes a thermal sight, are guided towards incoming drones by a network of acoustic sensors and radar.",
     "They are cheap compared with missiles, but they need the drones to fly low and close, and Russia has started sending Shaheds at higher altitudes to avoid them."],
    "strikes", "strikes", 2, "explainer-mobile-fire-groups-shahed", a="Ronan Tully",
    n="theme piece (explainer); mentions Odesa but is its own story: must not merge with the Odesa attack"),
  E("2029-11-23 10:20", NORTH_H, NORTH_P, "strikes", "strikes", 1, NORTH, a="Callum Reade", sig="Callum Reade, Quillbury Standard",
    n="re-post of day-1 entry 17720-03 (verbatim, syndicated from Quillbury Standard): importance 1, same story"),
  E("2029-11-23 12:15", "Chernihiv declares mourning as toll reaches 11",
    ["Chernihiv declared two days of mourning after the death toll from Thursday\u2019s ballistic missile strike on the city centre rose to 11.",
     "Two women who had been in intensive care died overnight, the regional administration said."],
    "strikes", "strikes", 3, CHERN, a="Ronan Tully", n="day-2 continuation of the day-1 Chernihiv strike (toll 11, mourning)"),
  E("2029-11-23 14:30", ODESA1_H,
    ["At least two people were killed when Russian drones struck a residential tower and the port in Odesa overnight, Ukraine\u2019s emergency service said.",
     "Air defences downed most of the drones aimed at the city, but debris set fire to several cars and a supermarket."],
    "strikes", "strikes", 1, ODESA, a="Siobhan Keary", dup="17732-01", n="near-verbatim repeat of 17732-01"),
  E("2029-11-23 16:45", "Odesa toll rises to five; grain terminal damaged",
    ["Five people are now confirmed dead after the overnight attack on Odesa, the regional governor said, and a grain terminal in the port was damaged."],
    "strikes", "strikes", 3, ODESA, a="Siobhan Keary", n="toll 5"),
  E("2029-11-23 18:10", "Ukraine and Moldova sign power interconnection deal",
    ["Ukraine and Moldova signed an agreement to build a second high-voltage line between their grids, which officials in Kyiv said would help import electricity from the EU during Russian attacks on power plants."],
    "diplomacy", "diplomacy", 2, "ukraine-moldova-power-line-deal-2029-11-23", a="Ronan Tully", sec=["aid"]),
  ]))

SEEDS.append(dict(
  id="17733", name="17733_asakaze-worldrss", ext="xml", source="Asakaze World Report", zone="Asia/Tokyo", render=r_worldrss,
  title="Asakaze World Report: World", url="https://asakaze-world.example", guid="awr-20291123",
  lede="International news in English from Tokyo.",
  basis="RSS pubDate '{s}' (explicit +0900 offset = Japan time); local {d} in {z}",
  notes="Invented outlet (Japan). General world feed, RSS 2.0, newest first, pubDate with +0900 (all items fall on 23 Nov in UTC as well). "
        "Only 2 of 6 items concern the war; 4 are off-beat (sumo, Indonesian volcano, South Korean central bank, cricket). No authors.",
  not_entries=["channel title, link, description, language, atom:link", "item link, guid and category elements"],
  entries=[
  E("2029-11-23 23:10", "EU approves fresh sanctions on Russia\u2019s shadow fleet",
    ["European Union ambassadors approved a new package of sanctions against Russia on Friday that targets dozens more oil tankers, according to diplomats in Brussels."],
    "diplomacy", "diplomacy", 3, SANCT, cat="Europe"),
  OFF("2029-11-23 21:40", "Sumo: Kyushu tournament leader stays unbeaten",
    ["The lone leader of the Kyushu Grand Sumo Tournament improved to 13-0 in Fukuoka, putting him two wins from a perfect record."],
    "sumo-kyushu-basho-2029", cat="Sports", n="sport"),
  OFF("2029-11-23 19:05", "Indonesian volcano erupts, forcing flight diversions",
    ["A volcano on the island of Flores sent an ash column seven kilometers into the sky, prompting airlines to divert several flights heading to Bali."],
    "indonesia-volcano-eruption-2029-11", cat="Asia", n="natural disaster"),
  E("2029-11-23 16:30", "Drone attack on Ukraine\u2019s Odesa kills two",
    ["Russian drones hit a residential building in the Ukrainian port city of Odesa overnight, killing two people and injuring more than a dozen, local officials said."],
    "strikes", "strikes", 3, ODESA, cat="Europe", n="toll 2"),
  OFF("2029-11-23 13:20", "South Korea\u2019s central bank keeps rates on hold",
    ["The Bank of Korea held its policy rate steady for a third straight meeting, citing household debt and a weak won."],
    "bank-of-korea-rates-2029-11", cat="Business", n="economy"),
  OFF("2029-11-23 10:15", "Cricket: Australia take early control of first Ashes Test",
    ["Australia\u2019s fast bowlers reduced England to 96 for five on the opening day of the series in Perth."],
    "ashes-first-test-2029", cat="Sports", n="sport"),
  ]))


# ---------------------------------------------------------------- Day 3: Wednesday 28 November 2029
REFIN = "novokuibyshevsk-refinery-drone-attack-2029-11-28"
SWAP = "prisoner-exchange-150-for-150-2029-11-28"
KHARKIV = "kharkiv-drone-strike-2029-11-28"

SEEDS.append(dict(
  id="17740", name="17740_skarholt-worldatom", ext="xml", source="Skarholt Times", zone="UTC", render=r_atom,
  title="Skarholt Times | World", url="https://skarholt-times.example", tag="st", cat="World",
  lede="World news from the Skarholt Times international desk",
  basis="Atom <published> '{s}' (Z = UTC); local {d} in {z}",
  notes="Invented outlet (Norway, English). General world feed: Atom 1.0 with Z times, newest first, content type='html'. Only 2 of 6 entries are "
        "about the war (refinery attack, spelled 'Novokuybyshevsk'; Kharkiv drone strike); 4 are off-beat. Authors on some entries only.",
  not_entries=["feed title, subtitle, id, links, updated", "entry link, id, updated and category elements"],
  entries=[
  OFF("2029-11-28 21:30", "Pacific trade ministers agree to cut tariffs on farm goods",
    ["Trade ministers from 14 Pacific Rim economies agreed in Auckland to phase out tariffs on a range of agricultural products over eight years."],
    "pacific-trade-ministers-tariffs-2029-11", a="Sigrid Holm", n="trade"),
  E("2029-11-28 18:15", "Ukrainian drones set Russian refinery ablaze; one worker killed",
    ["Ukrainian drones struck the Novokuybyshevsk oil refinery in Russia\u2019s Samara region overnight, starting a fire that burned for most of the day and killing one worker, regional authorities said.",
     "Ukraine\u2019s SBU security service said the refinery supplied fuel to Russian forces."],
    "strikes", "strikes", 3, REFIN, a="Sigrid Holm", n="spelling 'Novokuybyshevsk'; toll 1"),
  OFF("2029-11-28 15:40", "Floods cut off villages in northern Italy",
    ["Days of heavy rain caused rivers to burst their banks in Piedmont and Liguria, cutting road access to dozens of villages and forcing about 2,500 people from their homes."],
    "northern-italy-floods-2029-11", n="weather disaster"),
  E("2029-11-28 12:05", "Russian drone strike on Kharkiv kills one",
    ["A Russian drone hit an apartment block in Kharkiv around midday on Wednesday, killing one person and injuring seven, the city\u2019s mayor said."],
    "strikes", "strikes", 3, KHARKIV, n="must not merge with the refinery attack (other direction, other place)"),
  OFF("2029-11-28 09:20", "EU regulators fine social media company over data transfers",
    ["The European Union\u2019s lead privacy regulator fined a social media company 310 million euros for moving European users\u2019 data to servers abroad without adequate safeguards."],
    "eu-privacy-fine-2029-11", a="Jonas Aune", n="tech regulation"),
  OFF("2029-11-28 06:45", "Tennis: hosts reach Davis Cup semifinals",
    ["The host nation beat Argentina 2-1 in the Davis Cup Finals quarterfinals after winning the deciding doubles match in a third-set tiebreak."],
    "davis-cup-finals-2029", n="sport"),
  ]))


def r_inhulets(S):
    """Inhulets Evening News (invented, Ukraine) text live blog: oldest first; headline line, then a bare 'HH:MM' line; date line
    'Wednesday 28 November \u00b7 all times Kyiv (EET)' with NO year anywhere on the page; one page byline."""
    z = S["zone"]; order_check(S, False)
    L = ["Inhulets Evening News", "News | War | Region | Sport | Opinion", "", S["title"], "", S["dateline"], S["byline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [e["h"], st, ""] + (ptxt(e["p"]) if e["p"] else ["\u25b6 Play video", ""])
        if i == 3:
            L += ["Support independent journalism in southern Ukraine \u2014 donate today.", ""]
    L += ["Live coverage continues tomorrow.", "", "Inhulets Evening News \u00b7 About us \u00b7 Contacts \u00b7 Privacy"]
    text = "\n".join(L) + "\n"
    assert not re.search(r"\b20\d\d\b", text), "this page must print no year"
    return text, stamps


REFIN1_H = "Drones hit refinery in Russia\u2019s Samara region, governor says"
SEEDS.append(dict(
  id="17741", name="17741_inhulets-textlive", ext="txt", source="Inhulets Evening News", zone="Europe/Kyiv", render=r_inhulets,
  title="War in Ukraine, day by day: refinery hit, prisoners home",
  dateline="Wednesday 28 November \u00b7 all times Kyiv (EET)", byline="Live reporting: Yaryna Kushnir", parse_args=["--date", "2029-11-28"],
  lede="Our running account of the day\u2019s events.",
  basis="bare stamp '{s}' (Kyiv time, EET = UTC+2, per the date line) on 'Wednesday 28 November' (no year printed; parse_args gives 2029-11-28); local {d} in {z}",
  notes="Invented outlet (Ukraine). Text live blog, oldest first; headline line then a bare 'HH:MM' line; date line 'Wednesday 28 November \u00b7 all times "
        "Kyiv (EET)' and NO year anywhere (parse_args --date 2029-11-28). One page byline 'Live reporting: Yaryna Kushnir' (author of every post). "
        "17741-02 is a 'Video:' teaser (only a player label). 17741-04 is a theme piece (analysis of the refinery campaign) that mentions "
        "Novokuibyshevsk but is its own story. 17741-05 repeats 17741-01 nearly verbatim. 17741-07 (return of soldiers' bodies) is a different event "
        "from the prisoner exchange of 17741-03.",
  not_entries=["masthead and navigation", "page title", "date line", "byline 'Live reporting: Yaryna Kushnir'", "standfirst", "player label '\u25b6 Play video'",
               "donation appeal after the fourth post", "'Live coverage continues tomorrow.'", "footer"],
  entries=[
  E("2029-11-28 07:10", REFIN1_H,
    ["Drones attacked the oil refinery in Novokuibyshevsk in Russia\u2019s Samara region overnight, governor Vyacheslav Fedorishchev said, reporting a fire at the plant and no casualties.",
     "Residents posted videos of a large blaze lighting up the sky over the town."],
    "strikes", "strikes", 3, REFIN, a="Yaryna Kushnir", n="first report, no casualties"),
  E("2029-11-28 08:30", "Video: Flames over Novokuibyshevsk refinery", [], "strikes", "strikes", 1, REFIN, a="Yaryna Kushnir", n="teaser without body"),
  E("2029-11-28 10:15", "Ukraine and Russia exchange 150 prisoners each",
    ["One hundred and fifty Ukrainian prisoners of war came home in an exchange mediated by the United Arab Emirates, President Volodymyr Zelensky said. Russia received the same number.",
     "Among those freed were soldiers captured in the Kursk region and several National Guard servicemen."],
    "diplomacy", "diplomacy", 3, SWAP, a="Yaryna Kushnir"),
  E("2029-11-28 12:40", "Analysis: Ukraine\u2019s refinery campaign is starting to bite",
    ["Last night\u2019s attack on Novokuibyshevsk was the latest in a series of long-range drone strikes on Russian oil refineries this autumn.",
     "Independent analysts estimate that at times up to a fifth of Russia\u2019s primary refining capacity has been offline, forcing the government to extend a ban on petrol exports.",
     "But refineries are repaired within weeks, and the campaign\u2019s real effect depends on whether Ukraine can keep hitting the same plants faster than Russia can fix them."],
    "strikes", "strikes", 2, "analysis-ukraine-refinery-campaign", a="Yaryna Kushnir",
    n="theme piece (analysis); mentions the refinery attack but is its own story: must not merge with the Novokuibyshevsk attack"),
  E("2029-11-28 14:20", REFIN1_H,
    ["Drones attacked the oil refinery in Novokuibyshevsk in Russia\u2019s Samara region overnight, governor Vyacheslav Fedorishchev said, reporting a fire at the plant and no casualties.",
     "Residents shared videos of a large blaze lighting up the sky over the town."],
    "strikes", "strikes", 1, REFIN, a="Yaryna Kushnir", dup="17741-01", n="near-verbatim repeat of 17741-01"),
  E("2029-11-28 16:05", "Refinery worker killed in Novokuibyshevsk attack, officials now say",
    ["One worker was killed in the drone attack on the Novokuibyshevsk refinery, the Samara regional government said in an update, correcting its earlier statement that there were no casualties."],
    "strikes", "strikes", 3, REFIN, a="Yaryna Kushnir", n="toll 1"),
  E("2029-11-28 18:30", "Russia hands over bodies of 1,000 fallen soldiers",
    ["Russia handed over the bodies of 1,000 people it says are Ukrainian soldiers, Ukraine\u2019s coordination headquarters for prisoners of war said. Ukraine returned 38 bodies to Russia."],
    "other", "humanitarian", 2, "russia-returns-soldiers-bodies-2029-11-28", a="Yaryna Kushnir",
    n="repatriation of bodies: same theme, other event: must not merge with the prisoner exchange"),
  ]))


def r_rawka(S):
    """Rawka Courier (invented, Poland, English service) HTML live blog: newest first; visible stamp '28.11.2029, 19:45' above each h2;
    JSON-LD @graph (WebPage + a node typed ['NewsArticle', 'LiveBlogPosting'] with a liveBlogUpdate array, datePublished +01:00);
    author line 'Author: Name' under each post."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ups = [{"@type": "BlogPosting", "headline": e["h"], "datePublished": dt(e["t"], z).isoformat(), "articleBody": " ".join(e["p"]),
            "author": {"@type": "Person", "name": e["a"]}, "url": f"{S['url']}#wpis-{880 + i}"} for i, e in enumerate(S["entries"])]
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "@id": S["url"], "url": S["url"], "name": S["title"], "inLanguage": "en-GB"},
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"] + "#liveblog", "isPartOf": {"@id": S["url"]}, "headline": S["title"],
         "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
         "publisher": {"@type": "Organization", "name": "Rawka Courier"}, "liveBlogUpdate": ups}]}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2013 Rawka Courier</title>', ld(graph),
           '</head><body><header><a href="/" class="brand">Rawka Courier</a><nav><a href="/poland/">Poland</a> <a href="/ukraine/">Ukraine</a> '
           '<a href="/europe/">Europe</a> <a href="/business/">Business</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="lead">{esc(S["lede"])}</p>', '<ol class="relacja">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%d.%m.%Y}, {d:%H:%M}"; stamps.append(st)
        out.append(f'<li class="wpis" id="wpis-{880 + i}"><span class="data">{st}</span><h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append(f'<p class="autor">Author: {esc(e["a"])}</p></li>')
        if i == 2:
            out.append('<li class="promo">Read also: How Poland\u2019s eastern border fortifications are taking shape</li>')
    out += ['</ol></main><footer>\u00a9 Rawka Courier 2029</footer></body></html>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="17742", name="17742_rawka-ldlive", ext="html", source="Rawka Courier", zone="Europe/Warsaw", render=r_rawka,
  title="War in Ukraine: Russian refinery burns, 150 prisoners return \u2013 live", url="https://rawka-courier.example/ukraine/live-2029-11-28",
  lede="We follow Wednesday\u2019s events in and around Ukraine. Times are Warsaw time.",
  basis="visible stamp '{s}' (Warsaw time, CET = UTC+1; the JSON-LD update datePublished agrees); local {d} in {z}",
  notes="Invented outlet (Poland, English service). HTML live blog, newest first; visible numeric stamp '28.11.2029, 19:45' above each h2; "
        "JSON-LD @graph with a WebPage node and a node whose @type is ['NewsArticle','LiveBlogPosting'] carrying a liveBlogUpdate array. "
        "Author line 'Author: Name' after each post. Spells the refinery town 'Novokuybyshevsk'. 17742-05 (the night's Russian drone raid on Ukraine) "
        "must not merge with the midday Kharkiv strike (17742-03) or with the refinery attack.",
  not_entries=["header and navigation", "page title", "lead paragraph", "'Author: Name' lines", "'Read also: ...' promo", "footer"],
  entries=[
  E("2029-11-28 19:45", "Kyiv says 150 defenders are home after swap",
    ["Ukraine brought home 150 servicemen in Wednesday\u2019s prisoner exchange with Russia, the third such swap this autumn, the Ukrainian president\u2019s office said, thanking the United Arab Emirates for mediating."],
    "diplomacy", "diplomacy", 3, SWAP, a="Marta Kowalczyk"),
  E("2029-11-28 17:20", "Samara governor: one dead after drone attack on Novokuybyshevsk refinery",
    ["One employee of the Novokuybyshevsk refinery was killed in the overnight drone attack, Samara region governor Vyacheslav Fedorishchev said. The fire at the plant has been put out."],
    "strikes", "strikes", 3, REFIN, a="Pawel Nowicki", n="spelling 'Novokuybyshevsk'; toll 1"),
  E("2029-11-28 14:05", "Russian drone hits Kharkiv apartment block, one killed",
    ["A Russian attack drone struck a nine-storey apartment block in Kharkiv\u2019s Saltivskyi district around midday, killing one woman and injuring seven people, mayor Ihor Terekhov said."],
    "strikes", "strikes", 3, KHARKIV, a="Pawel Nowicki"),
  E("2029-11-28 11:30", "Poland to train 10,000 more Ukrainian soldiers next year",
    ["Poland will train an additional 10,000 Ukrainian soldiers at its ranges next year under the EU military assistance mission, Defence Minister Wladyslaw Kosiniak-Kamysz said."],
    "aid", "aid", 2, "poland-training-ukrainian-soldiers-2029-11-28", a="Marta Kowalczyk"),
  E("2029-11-28 09:10", "Ukraine\u2019s air force: 64 of 90 Russian drones downed overnight",
    ["Russia launched 90 attack and decoy drones at Ukraine overnight, the Ukrainian air force said, reporting that 64 were shot down and 20 were lost to electronic warfare. Hits were recorded in the Sumy and Dnipropetrovsk regions."],
    "strikes", "strikes", 2, "russian-overnight-drone-raid-2029-11-28", a="Pawel Nowicki",
    n="the night's Russian raid on Ukraine: must not merge with the Kharkiv midday strike or the refinery attack"),
  E("2029-11-28 07:30", "Refinery in Samara region on fire after Ukrainian drone raid",
    ["A large fire broke out at an oil refinery in Russia\u2019s Samara region after an overnight attack by Ukrainian drones, Russian officials and local residents reported."],
    "strikes", "strikes", 3, REFIN, a="Pawel Nowicki", n="first report"),
  ]))


def r_daugavmala(S):
    """Daugavmala Review (invented, Riga) text article with sections: one byline, one dateline '28 November 2029, 17:15 EET';
    each subheading is an entry (no per-section time)."""
    z = S["zone"]; d = dt(S["page_t"], z)
    L = ["Daugavmala Review", "Latvia   Baltics   World   Economy   Opinion", "", "WORLD", "", S["title"], "",
         f"{S['byline']} | {d.day} {MONTHS[d.month - 1]} {d.year}, {d:%H:%M} EET", "", S["lede"], ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 1:
            L += ["Photo: A column of smoke over the refinery in the Samara region. Social media", ""]
    L += ["Tags: Ukraine, Russia, war, Baltics", "", "\u00a9 Daugavmala Review, 2029"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


SEEDS.append(dict(
  id="17743", name="17743_daugavmala-article", ext="txt", source="Daugavmala Review", zone="Europe/Riga", render=r_daugavmala, page_t="2029-11-28 17:15",
  title="Refinery fire and a prisoner swap mark another day of war", byline="Ilze Vitola",
  lede="A round-up of Wednesday\u2019s developments in Russia\u2019s war against Ukraine and their echo in the Baltics.",
  basis="no time per section; the article dateline '28 November 2029, 17:15 EET' (EET = UTC+2) is every section's time (stamp {s}); local {d} in {z}",
  notes="Invented outlet (Latvia). Text article with four subheadings, each an entry (headline = subheading, stamp null, published = the dateline time, "
        "author = the byline). The round-up intro and the photo caption are not entries.",
  not_entries=["masthead and navigation", "section label 'WORLD'", "title", "byline/dateline line", "intro paragraph", "photo caption", "tags line", "footer"],
  entries=[
  E(None, "Refinery fire in the Samara region",
    ["A Ukrainian drone attack overnight set fire to the oil refinery in Novokuibyshevsk, near Samara, and killed one worker, according to the regional government.",
     "It was the second attack on a refinery in the Samara region this month."],
    "strikes", "strikes", 3, REFIN, a="Ilze Vitola", n="toll 1"),
  E(None, "Prisoner swap",
    ["Russia and Ukraine each released 150 prisoners of war on Wednesday in an exchange brokered by the United Arab Emirates."],
    "diplomacy", "diplomacy", 3, SWAP, a="Ilze Vitola"),
  E(None, "Fighting near Stepnohirsk",
    ["Ukraine\u2019s southern command said its troops had pushed Russian units back from positions near Stepnohirsk in the Zaporizhzhia region after two days of fighting."],
    "other", "frontline", 2, "fighting-near-stepnohirsk-2029-11-28", a="Ilze Vitola"),
  E(None, "Latvia extends border fence",
    ["Latvia\u2019s government approved funding to extend the fence along its border with Russia by another 60 kilometres, the interior minister said, citing repeated attempts to push migrants across from the Russian side.",
     "The work is due to be finished by next autumn."],
    "other", "security", 2, "latvia-russia-border-fence-2029-11-28", a="Ilze Vitola"),
  ]))
if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Builds the eval/gq seed pages and their gold files from one hand-written data table (further below).
Every headline and paragraph is the blind tester's own wording (invented, set in October 2031 with the war still
under way); Part A imitates, from memory, the page layouts of ten real outlets (think tanks, aggregators, feed readers);
Part B outlets are invented. Deterministic. Run from the project root:  python3 eval/gq/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
SHORT_MONTHS = [m[:3] for m in MONTHS]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.", "Maj.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **kw):
    """one entry: local time 'YYYY-MM-DD HH:MM[:SS]' in the page zone (or 'YYYY-MM-DD' when the page prints a date only),
    headline (or None), body paragraphs, labels."""
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(kw)
    return d


def OFF(t, h, p, st, a=None, n="", **kw):
    """an item not about the war (off-beat): other/unrelated, importance 1."""
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **kw)


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


def dateonly(s):
    return len(s) == 10


def dt(s, zone):
    fmt = "%Y-%m-%d %H:%M:%S" if len(s) == 19 else ("%Y-%m-%d %H:%M" if len(s) == 16 else "%Y-%m-%d")
    return datetime.strptime(s, fmt).replace(tzinfo=ZoneInfo(zone))


def ampm(d, sep=":", space="", upper=False, dots=False):
    hh = d.hour % 12 or 12
    suf = "am" if d.hour < 12 else "pm"
    if dots:
        suf = suf[0] + "." + suf[1] + "."
    return f"{hh}{sep}{d.minute:02d}{space}{suf.upper() if upper else suf}"


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


def slugify(s):
    s = re.sub(r"['\u2019\u2018]", "", s.lower())
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")[:70]


def rel_hm(ref, d, style):
    """relative age of d seen from the capture clock ref, floored as the sites do: 'm/h' (MSN, Feedly) or words (Ground News)."""
    mins = int((ref - d).total_seconds() // 60)
    assert mins > 0
    if style == "short":
        return f"{mins}m" if mins < 60 else f"{mins // 60}h"
    if mins < 60:
        return "1 minute ago" if mins == 1 else f"{mins} minutes ago"
    return "1 hour ago" if mins < 120 else f"{mins // 60} hours ago"


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
            d = dt(e["t"], S["zone"])
            if dateonly(e["t"]):
                pub, loc, us = e["t"], f"{e['t']} {S['zone']}", e["t"]
            else:
                u = d.astimezone(UTC)
                pub = u.strftime("%Y-%m-%dT%H:%M:%SZ")
                loc = d.strftime("%Y-%m-%d %H:%M" + (":%S" if d.second else "") + " ") + S["zone"]
                us = u.strftime("%Y-%m-%d %H:%M" + (":%S" if d.second else ""))
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": pub, "published_local": loc,
                         "published_basis": (e.get("basis") or S["basis"]).format(s=stamps[i], d=loc.rsplit(" ", 1)[0], z=S["zone"], u=us),
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


SEEDS = []


# ================================================================ PART A: ten real outlets' layouts (own words, invented news)

def wp_ent(s):
    """WordPress writes typographic characters as numeric entities in feed titles and excerpts."""
    for ch, ent in (("\u2019", "&#8217;"), ("\u2018", "&#8216;"), ("\u201c", "&#8220;"), ("\u201d", "&#8221;"), ("\u2013", "&#8211;"), ("\u2014", "&#8212;")):
        s = s.replace(ch, ent)
    return s


def r_ac_rss(S):
    """Atlantic Council, UkraineAlert category feed (WordPress RSS 2.0): channel 'UkraineAlert Archives - Atlantic Council',
    sy:/slash: namespaces, items with dc:creator in CDATA, pubDate '+0000', several category tags, guid '?p=NNN', an excerpt in
    CDATA followed by the WordPress footer 'The post ... appeared first on Atlantic Council.'"""
    z = S["zone"]; order_check(S, True)
    base = "https://www.atlanticcouncil.org"
    last = dt(S["entries"][0]["t"], z) + timedelta(minutes=3, seconds=11)
    out = ['<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"', '\txmlns:content="http://purl.org/rss/1.0/modules/content/"',
           '\txmlns:wfw="http://wellformedweb.org/CommentAPI/"', '\txmlns:dc="http://purl.org/dc/elements/1.1/"',
           '\txmlns:atom="http://www.w3.org/2005/Atom"', '\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"',
           '\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"', '\t>', '', '<channel>', f'\t<title>{esc(S["title"])}</title>',
           f'\t<atom:link href="{base}/category/blogs/ukrainealert/feed/" rel="self" type="application/rss+xml" />',
           f'\t<link>{base}/category/blogs/ukrainealert/</link>', '\t<description>Shaping the global future together</description>',
           f'\t<lastBuildDate>{rfc822(last)}</lastBuildDate>', '\t<language>en-US</language>', '\t<sy:updatePeriod>',
           '\thourly\t</sy:updatePeriod>', '\t<sy:updateFrequency>', '\t1\t</sy:updateFrequency>',
           '\t<generator>https://wordpress.org/?v=7.4.2</generator>', '',
           '<image>', f'\t<url>{base}/wp-content/uploads/2019/09/favicon-150x150.png</url>', f'\t<title>{esc(S["title"])}</title>',
           f'\t<link>{base}/category/blogs/ukrainealert/</link>', '\t<width>32</width>', '\t<height>32</height>', '</image> ']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        url = f"{base}/blogs/ukrainealert/{slugify(e['h'])}/"
        out += ['\t<item>', f'\t\t<title>{wp_ent(esc(e["h"]))}</title>', f'\t\t<link>{url}</link>', '\t\t',
                f'\t\t<dc:creator><![CDATA[{e["a"]}]]></dc:creator>', f'\t\t<pubDate>{st}</pubDate>']
        out += [f'\t\t<category><![CDATA[{c}]]></category>' for c in e["cats"]]
        out += [f'\t\t<guid isPermaLink="false">{base}/?p={914806 - i * 57}</guid>', '',
                '\t\t\t\t\t<description><![CDATA[' + "".join(f'<p>{wp_ent(esc(p))}</p>\n' for p in e["p"])
                + f'<p>The post <a href="{url}">{wp_ent(esc(e["h"]))}</a> appeared first on <a href="{base}">Atlantic Council</a>.</p>\n]]></description>',
                '\t\t', '\t\t', '\t\t\t\t\t', '\t</item>']
    out += ['\t</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


# ---------------------------------------------------------------- 20000 Atlantic Council UkraineAlert (WordPress RSS)
SEEDS.append(dict(
  id="20000", name="20000_atlanticcouncil-ukrainealert", ext="xml", source="Atlantic Council", zone="UTC", render=r_ac_rss,
  title="UkraineAlert Archives - Atlantic Council",
  basis="RSS pubDate '{s}' (explicit +0000 offset, WordPress stores UTC); {u} UTC",
  notes="Imitates the WordPress category feed of the Atlantic Council's UkraineAlert blog. Newest first. Each item: title with WordPress numeric entities (&#8217;), link, dc:creator in CDATA, pubDate '+0000' with seconds, two to four category tags, guid '?p=NNN', and a CDATA description holding the piece's one- or two-paragraph excerpt followed by the WordPress footer paragraph 'The post TITLE appeared first on Atlantic Council.' (footer is not body). All six items are commentary/analysis pieces by outside contributors (importance 2 each, each its own story); the blog spells the president 'Zelenskyy'. Six items on one day is more than the blog usually runs; it is the day of a themed series.",
  not_entries=["channel title, link, description, lastBuildDate, language, sy:updatePeriod/sy:updateFrequency, generator", "channel image block",
               "category tags of each item (UkraineAlert, Ukraine, Russia, ...)", "WordPress footer paragraph in every description: 'The post ... appeared first on Atlantic Council.'",
               "guid '?p=NNN' values"],
  entries=[
  E("2031-10-02 19:12:40", "Russia’s autumn drone surge is a test of Europe’s staying power",
    ["Russia launched more than 2,600 long-range attack drones against Ukraine in September, a new monthly record that points to another winter campaign against the country’s power grid.",
     "How quickly Europe replaces the interceptors Ukraine burned through this summer will decide how many cities keep the lights on in January."],
    "strikes", "strikes", 2, "ac-analysis-autumn-drone-surge-2031-10-02", a="Oksana Marchenko-Hale", cats=["UkraineAlert", "Russia", "Ukraine", "Security & Defense"],
    sec=["aid"], n="analysis of the drone campaign and Europe's interceptor supply; no single event"),
  E("2031-10-02 16:30:05", "Ukraine’s new arms export rules could reshape Europe’s drone market",
    ["Kyiv’s decision to license the first exports of Ukrainian-made interceptor drones to European buyers marks a turning point for an industry that grew up under fire."],
    "other", "security", 2, "ac-analysis-ukraine-drone-export-rules-2031-10-02", a="Piers Aldbourne", cats=["UkraineAlert", "Defense Industry", "Ukraine"]),
  E("2031-10-02 14:02:51", "The frozen-assets loan must be renewed before winter sets in",
    ["The European Union’s reparations loan to Ukraine, financed by immobilized Russian central bank assets, runs out of disbursable funds in February.",
     "If member states cannot agree on a second tranche by December, Kyiv faces a budget hole of around €18 billion just as Russian strikes on energy infrastructure peak."],
    "aid", "aid", 2, "ac-analysis-frozen-assets-loan-renewal-2031-10-02", a="Hanna Dovbysh", cats=["UkraineAlert", "European Union", "Ukraine", "Economy & Business"],
    sec=["diplomacy"]),
  E("2031-10-02 11:45:17", "Occupied Melitopol: How Russia is rewriting the school curriculum",
    ["Children in occupied Melitopol returned to school in September to find Ukrainian history replaced by a new course on the “special military operation” and teachers under instruction to report pupils who speak Ukrainian at home."],
    "other", "humanitarian", 2, "ac-analysis-melitopol-schools-2031-10-02", a="Iryna Sobkovych", cats=["UkraineAlert", "Ukraine", "Human Rights"]),
  E("2031-10-02 09:20:33", "Zelenskyy’s Gulf diplomacy is starting to pay dividends",
    ["Ukrainian President Volodymyr Zelenskyy’s third visit to the Gulf this year has produced a new prisoner exchange channel and a Saudi offer to host technical talks on maritime safety.",
     "Neither amounts to a breakthrough, but both show that Kyiv is learning to work with mediators Moscow cannot easily dismiss."],
    "diplomacy", "diplomacy", 2, "ac-analysis-zelenskyy-gulf-diplomacy-2031-10-02", a="Daniel Castellane", cats=["UkraineAlert", "Middle East", "Ukraine", "Russia"]),
  E("2031-10-02 07:05:09", "Russia’s slow advance near Kostiantynivka comes at a staggering price",
    ["Russian forces have moved forward less than eight kilometers around Kostiantynivka since July while losing, by Ukrainian estimates, more than 20,000 troops killed or wounded in the sector."],
    "other", "frontline", 2, "ac-analysis-kostiantynivka-advance-cost-2031-10-02", a="Taras Vyshnevskyi", cats=["UkraineAlert", "Russia", "Ukraine", "Security & Defense"]),
  ]))


def r_rusi(S):
    """RUSI 'Commentary' listing, HTML (rendered page). Cookie banner, top navigation, h1 'Commentary', filter bar; cards newest
    first: type label, visible date only ('3 October 2031', no time anywhere, no <time> element), h3 title link, authors, summary."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
           f'<title>{esc(S["doc_title"])}</title>', '<meta property="og:site_name" content="Royal United Services Institute"></head><body>',
           '<div class="cookie-banner"><p>We use cookies to give you the best experience on our website. Some are essential, others help us understand how you use the site.</p>'
           '<button>Accept all cookies</button> <button>Cookie settings</button></div>',
           '<header class="site-header"><a class="logo" href="/" aria-label="RUSI home">RUSI</a><nav class="primary-nav">'
           '<a href="/explore-our-research">Explore our research</a> <a href="/events">Events</a> <a href="/membership">Membership</a> '
           '<a href="/about-us">About us</a> <a href="/support-rusi">Support us</a></nav><a class="search" href="/search">Search</a></header>',
           '<nav class="breadcrumb"><a href="/">Home</a> / <a href="/explore-our-research">Explore our research</a> / <span>Commentary</span></nav>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="intro">{esc(S["lede"])}</p>',
           '<div class="filters"><span>Filter by</span> <button>Topic</button> <button>Region</button> <button>Programme</button> <button>Date</button> '
           '<span class="results">Showing results for: Europe &gt; Russia and Ukraine</span></div>', '<div class="listing">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {MONTHS[d.month - 1]} {d.year}"; stamps.append(st)
        out += [f'<div class="card card--commentary"><div class="card__image"><img src="/media/{4820 - i * 13}/{slugify(e["h"])[:30]}.jpg" alt="{attr(e["alt"])}"></div>',
                f'<div class="card__body"><span class="card__type">Commentary</span> <span class="card__date">{st}</span>',
                f'<h3 class="card__title"><a href="/explore-our-research/publications/commentary/{slugify(e["h"])}">{esc(e["h"])}</a></h3>',
                f'<p class="card__authors">{esc(e["a"])}</p>'] + [f'<p class="card__summary">{esc(p)}</p>' for p in e["p"]] + ['</div></div>']
        if i == 2:
            out.append('<div class="promo"><h3>RUSI Newsbrief</h3><p>Sharp analysis from our researchers and contributors, eight times a year.</p>'
                       '<a href="/newsbrief">Read the latest issue</a></div>')
    out += ['</div><button class="load-more">Load more</button></main>',
            '<section class="newsletter"><h2>Stay up to date</h2><p>Sign up for our newsletters to receive our latest research, commentary and events.</p>'
            '<input type="email" placeholder="Email address"> <button>Sign up</button></section>',
            '<footer><p>Royal United Services Institute for Defence and Security Studies</p><p>61 Whitehall, London, SW1A 2ET, UK</p>'
            '<p>Registered charity number 210639</p><a href="/privacy-policy">Privacy policy</a> <a href="/terms-and-conditions">Terms and conditions</a> '
            '<a href="/contact-us">Contact us</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ---------------------------------------------------------------- 20001 RUSI Commentary (HTML listing, date only)
SEEDS.append(dict(
  id="20001", name="20001_rusi-commentary", ext="html", source="RUSI", zone="Europe/London", render=r_rusi,
  title="Commentary", doc_title="Commentary | Royal United Services Institute",
  lede="Timely analysis and comment from RUSI researchers and guest authors on the issues shaping defence and security.",
  basis="visible date '{s}' only; the card prints no time and carries no <time datetime>, so published is the date alone (as in the shared gold for undated Euronews sections); London is RUSI's home zone",
  notes="Imitates the RUSI 'Commentary' listing (rendered HTML, no JSON-LD, no <time> elements), filtered to Russia and Ukraine. Cookie banner, navigation, breadcrumb, h1 'Commentary', an intro line and a filter bar. Cards newest first by the site's own ordering: type label 'Commentary', the date only ('3 October 2031'), h3 title, authors joined by 'and', one summary paragraph. No time of day is printed anywhere, so published is date-only ('2031-10-03', as LABELS' shared gold does for undated pages) and page order cannot be checked against times. All six pieces appeared on one day (a themed batch). Commentaries are analysis: importance 2, each its own story. A 'RUSI Newsbrief' promo sits after the third card.",
  not_entries=["cookie banner and its buttons", "logo and primary navigation", "breadcrumb 'Home / Explore our research / Commentary'", "h1 'Commentary' and the intro line",
               "filter bar ('Filter by', Topic/Region/Programme/Date, 'Showing results for: ...')", "type label 'Commentary' on every card", "card images (alt text)",
               "'RUSI Newsbrief' promo after the third card", "'Load more' button", "newsletter sign-up box", "footer (address, charity number, links)"],
  entries=[
  E("2031-10-03", "Shahed Mass Raids and the Economics of Interception",
    ["Each night that Russia sends 500 cheap drones against Ukraine, the defender spends several times more on stopping them than the attacker spent on building them; interceptor drones are beginning to change that arithmetic, but not yet fast enough."],
    "strikes", "strikes", 2, "rusi-commentary-shahed-interception-economics-2031-10-03", a="Eleanor Whitcombe and Jonah Pretorius", sec=["aid"],
    alt="Debris of a drone on a field", n="analysis piece (commentary), no single event"),
  E("2031-10-03", "Ukraine’s Corps Reform Two Years On",
    ["The move from independent brigades to army corps was meant to fix Ukraine’s problems with coordination and reserves. Evidence from the Pokrovsk and Huliaipole sectors suggests it has helped with the first and barely touched the second."],
    "other", "frontline", 2, "rusi-commentary-ukraine-corps-reform-2031-10-03", a="Mykyta Hordiienko", alt="Ukrainian soldiers in a trench"),
  E("2031-10-03", "North Korean Shells and the Limits of Sanctions Enforcement",
    ["Shipments of North Korean artillery ammunition to Russia have fallen since the spring, but not because of sanctions: Pyongyang is keeping more for itself and sending rockets instead."],
    "aid", "aid", 2, "rusi-commentary-north-korean-shells-sanctions-2031-10-03", a="Catriona Hale", sec=["diplomacy"], alt="Cargo ship in port"),
  E("2031-10-03", "What a Black Sea Ceasefire Would Need to Survive",
    ["Any maritime truce would rest on inspection arrangements for ships calling at Ukrainian and Russian ports. The hard part is not drafting the rules but agreeing who enforces them when a drone boat appears at night."],
    "diplomacy", "diplomacy", 2, "rusi-commentary-black-sea-ceasefire-2031-10-03", a="Anders Lindqvist and Sophie Marr", alt="A bulk carrier off Odesa"),
  E("2031-10-03", "The Baltic Cable Incidents: Attribution Without Escalation",
    ["Three damaged undersea cables in eleven months have taught Baltic governments that proving sabotage is slower than repairing it, and that a sanctions response needs evidence that can be shown in court."],
    "other", "security", 2, "rusi-commentary-baltic-cable-incidents-2031-10-03", a="Piotr Zaleski", alt="A cable-laying vessel"),
  E("2031-10-03", "Financing Ukraine’s Defence Industry After the Reparations Loan",
    ["Ukraine’s arms makers could produce roughly twice what they do now if they were paid on time. The Danish model of buying directly from Ukrainian factories works, but it needs a larger and steadier source of money than annual pledges."],
    "aid", "aid", 2, "rusi-commentary-ukraine-defence-industry-financing-2031-10-03", a="Gwen Talbot", alt="A production line for artillery shells"),
  ]))


def r_carnegie(S):
    """Carnegie Politika listing, text scrape (copied from the rendered page). Top bar, navigation, the Carnegie Russia Eurasia
    Center label, 'Carnegie Politika' heading and description, subscribe line; cards newest first: content-type label
    'commentary', blog label 'Carnegie Politika', title, dek, author(s), then the date 'Oct 6, 2031' (no time anywhere)."""
    z = S["zone"]; order_check(S, True)
    L = ["Skip to main content", "", "Carnegie Endowment for International Peace", "", "Research   Regions   Programs   Politika   Emissary   Events   Experts   About",
         "Donate   Search   English", "", "Carnegie Russia Eurasia Center", S["title"], S["lede"], "", "Subscribe to Politika", "", "Latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{SHORT_MONTHS[d.month - 1]} {d.day}, {d.year}"; stamps.append(st)
        L += ["commentary", "Carnegie Politika", e["h"]] + e["p"] + [e["a"], st, ""]
        if i == 2:
            L += ["Carnegie Politika", "Get our weekly newsletter on Russia, Ukraine and Eurasia, from the Carnegie Russia Eurasia Center.", "Sign up", ""]
    L += ["Load More", "", "Carnegie Endowment for International Peace", "1779 Massachusetts Avenue NW, Washington, DC 20036-2103",
          "Carnegie does not take institutional positions on public policy issues; the views represented herein are those of the author(s) and do not necessarily reflect the views of Carnegie, its staff, or its trustees.",
          "Privacy   Terms   Accessibility", f"\u00a9 {dt(S['entries'][0]['t'], z).year} Carnegie Endowment for International Peace. All rights reserved."]
    return "\n".join(L) + "\n", stamps


# ---------------------------------------------------------------- 20002 Carnegie Politika (text scrape, date only)
SEEDS.append(dict(
  id="20002", name="20002_carnegie-politika", ext="txt", source="Carnegie Politika", zone="Europe/Berlin", render=r_carnegie,
  title="Carnegie Politika",
  lede="Analysis of Russia, Ukraine and the post-Soviet space by the Carnegie Russia Eurasia Center and its contributors.",
  basis="printed date '{s}' only; no time of day anywhere on the page, so published is the date alone; the Politika desk sits in Berlin",
  notes="Imitates the Carnegie Politika listing page copied as text (one line per rendered block). Cards newest first by the site's ordering: 'commentary' type label, 'Carnegie Politika' blog label, title, one-line dek, author(s), then the date 'Oct 6, 2031' (no time). page_title is the 'Carnegie Politika' heading (the word recurs as a card label and in the newsletter box). published is date-only ('2031-10-06') for every card. All six pieces are analysis (importance 2, own stories). The Carnegie disclaimer in the footer is chrome.",
  not_entries=["'Skip to main content'", "site name and navigation lines", "'Donate   Search   English'", "'Carnegie Russia Eurasia Center' label",
               "'Carnegie Politika' heading and its description line", "'Subscribe to Politika'", "'Latest'", "'commentary' and 'Carnegie Politika' labels above every title",
               "newsletter box after the third card ('Carnegie Politika', 'Get our weekly newsletter ...', 'Sign up')", "'Load More'",
               "footer: address, institutional disclaimer, links, copyright"],
  entries=[
  E("2031-10-06", "Why the Kremlin Is Raising Taxes Again—and Calling It Something Else",
    ["A new “defense solidarity levy” on large companies will bring the budget about 1.4 trillion rubles next year, and it shows how far the Finance Ministry will go to avoid admitting that war spending is squeezing everything else."],
    "other", "politics", 2, "carnegie-russian-defense-levy-2031-10-06", a="Yulia Rostovtseva"),
  E("2031-10-06", "Russia’s Regions Are Running Out of Money for Enlistment Bonuses",
    ["At least eleven regions have cut the one-off payments they offer to men who sign army contracts, a sign that the recruitment machine that has kept Russia’s offensive going is becoming more expensive to run."],
    "other", "frontline", 2, "carnegie-regional-enlistment-bonuses-2031-10-06", a="Gleb Tarkovsky"),
  E("2031-10-06", "What Moscow Really Wants From the Istanbul Talks",
    ["The Russian delegation’s new proposals on prisoner exchanges and shipping look like concessions, but they are designed to separate humanitarian tracks from any discussion of territory or security guarantees."],
    "diplomacy", "diplomacy", 2, "carnegie-moscow-istanbul-talks-aims-2031-10-06", a="Marina Kovalchuk and Anton Weiss"),
  E("2031-10-06", "How Sanctions Are Reshaping Russia’s Oil Trade With India",
    ["Indian refiners have not stopped buying Russian crude, but the latest round of U.S. and EU sanctions on traders has pushed more of the trade into opaque intermediaries in the Gulf."],
    "diplomacy", "diplomacy", 2, "carnegie-russia-india-oil-sanctions-2031-10-06", a="Rustam Kasymov"),
  E("2031-10-06", "Lukashenko’s New Army Chief and the Northern Border",
    ["The appointment of a general with no experience of joint exercises with Russia suggests Minsk wants to look busy on Ukraine’s northern border without being drawn into the war."],
    "other", "security", 2, "carnegie-belarus-army-chief-northern-border-2031-10-06", a="Alesia Barysevich"),
  E("2031-10-06", "The Kremlin’s Media Managers Change the Story on Casualties",
    ["Russian state television has begun to show funerals of soldiers for the first time since 2022, a shift that reflects a new line from the presidential administration rather than a loss of control."],
    "other", "politics", 2, "carnegie-kremlin-media-casualties-2031-10-06", a="Pavel Lindemann"),
  ]))


def yahoo_slug(h, d):
    stop = {"a", "an", "the", "of", "in", "on", "to", "for", "and", "as", "at", "by", "with", "is", "says", "s"}
    words = [w for w in re.sub(r"['\u2019]", "", h.lower()).replace("%", " percent").split() if w]
    words = [re.sub(r"[^a-z0-9]", "", w) for w in words]
    words = [w for w in words if w and w not in stop][:6]
    return "-".join(words) + f"-{d:%H%M%S}{(d.minute * 7 + d.second) % 1000:03d}.html"


def r_yahoo_rss(S):
    """Yahoo News world RSS: the whole channel on one line, then one line per item; items carry title, link, an ISO 8601 UTC pubDate
    (not RFC 822), <source url> naming the wire/publisher, guid, media:content and an empty media:credit, and no description at all."""
    z = S["zone"]; order_check(S, True)
    top = dt(S["entries"][0]["t"], z) + timedelta(minutes=4, seconds=32)
    head = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss xmlns:media="http://search.yahoo.com/mrss/" version="2.0"><channel>'
            f'<title>{esc(S["title"])}</title><link>https://www.yahoo.com/news/world</link>'
            '<description>The latest news and headlines from Yahoo! News. Get breaking news stories and in-depth coverage with videos and photos.</description>'
            f'<language>en-US</language><copyright>Copyright (c) {top.year} Yahoo! Inc. All rights reserved</copyright>'
            f'<pubDate>{rfc822(top.astimezone(ZoneInfo("America/New_York")))}</pubDate><ttl>5</ttl>'
            f'<image><title>{esc(S["title"])}</title><link>https://www.yahoo.com/news/world</link>'
            '<url>http://l.yimg.com/rz/d/yahoo_news_en-US_s_f_p_168x21_news.png</url></image>')
    out = [head]; stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"); stamps.append(st)
        slug = yahoo_slug(e["h"], d)
        out.append(f'<item><title>{esc(e["h"])}</title><link>https://www.yahoo.com/news/{slug}</link><pubDate>{st}</pubDate>'
                   f'<source url="{e["src_url"]}">{esc(e["src"])}</source><guid isPermaLink="false">{slug}</guid>'
                   f'<media:content height="86" url="https://media.zenfs.com/en/{e["src_url"].split("//")[1].strip("/").replace("www.", "")}/{(i * 7919 + 40503) % 99991:05x}{d:%H%M%S}a1c2" width="130"/>'
                   '<media:credit role="publishing company"/></item>')
    out.append('</channel></rss>')
    return "\n".join(out) + "\n", stamps


# ---------------------------------------------------------------- 20003 Yahoo News (world RSS, title-only items)
SEEDS.append(dict(
  id="20003", name="20003_yahoonews-worldrss", ext="xml", source="Yahoo News", zone="UTC", render=r_yahoo_rss,
  title="Yahoo News - Latest News & Headlines",
  basis="item pubDate '{s}' (ISO 8601 in UTC, as Yahoo's feed prints it instead of RFC 822); {u} UTC",
  notes="Imitates Yahoo News' world RSS feed: channel header on one line (title, link, description, language, copyright, pubDate in New York time, ttl 5, image), then one item per line. Items carry only title, link, an ISO 8601 UTC pubDate (not RFC 822), a <source url> naming the wire or publisher (Reuters, Associated Press, AFP, ...), guid, media:content and an empty media:credit; there is NO description, so every entry has first_sentence null and 0 paragraphs. These are not teasers: importance follows the news value of the headline (convention: 'title-only feed item'). The <source> element names the syndicating publisher, not a person, so author is null. General world feed: four of the eight items are about the war.",
  not_entries=["channel title, link, description, language, copyright, channel pubDate, ttl and image block", "<source> publisher names (Reuters, Associated Press, ...) inside each item",
               "media:content thumbnails and empty media:credit elements", "guid values"],
  entries=[
  E("2031-10-08 21:14:52", "Storm surge floods coastal towns in Bangladesh as cyclone makes landfall", [], "other", "unrelated", 1, "bangladesh-cyclone-landfall-2031-10-08",
    src="Associated Press", src_url="https://apnews.com/", n="off-beat: cyclone in Bangladesh; title-only feed item"),
  E("2031-10-08 19:37:05", "Germany to send two more Patriot systems to Ukraine before spring, Pistorius says", [], "aid", "aid", 3, "germany-two-patriot-systems-2031-10-08",
    src="Reuters", src_url="https://www.reuters.com/", n="title-only feed item; delivery of complete long-range air-defence systems"),
  E("2031-10-08 17:41:09", "Russian missile strike on Zaporizhzhia kills 4, injures 19, governor says", [], "strikes", "strikes", 3, "zaporizhzhia-missile-strike-2031-10-08",
    src="Reuters", src_url="https://www.reuters.com/", n="title-only feed item; deadly strike"),
  E("2031-10-08 15:02:30", "Peru's Congress ousts cabinet chief in late-night censure vote", [], "other", "unrelated", 1, "peru-cabinet-censure-2031-10-08",
    src="AFP", src_url="https://www.afp.com/", n="off-beat: Peruvian politics; title-only feed item"),
  E("2031-10-08 13:26:48", "Kremlin says no date set for next round of Istanbul talks with Ukraine", [], "diplomacy", "diplomacy", 2, "kremlin-istanbul-talks-no-date-2031-10-08",
    src="Reuters", src_url="https://www.reuters.com/", n="title-only feed item"),
  E("2031-10-08 11:50:17", "Japanese automakers cut output forecasts as chip shortage returns", [], "other", "unrelated", 1, "japan-automakers-chip-shortage-2031-10-08",
    src="Bloomberg", src_url="https://www.bloomberg.com/", n="off-beat: Japanese car industry; title-only feed item"),
  E("2031-10-08 09:08:41", "Ukraine's Zelenskyy arrives in Tokyo seeking air defense and reconstruction funds", [], "diplomacy", "diplomacy", 3, "zelenskyy-tokyo-visit-2031-10-08",
    src="Associated Press", src_url="https://apnews.com/", sec=["aid"], n="title-only feed item; head-of-state visit"),
  E("2031-10-08 06:33:19", "Kenya's marathon great announces retirement at 41", [], "other", "unrelated", 1, "kenya-marathon-retirement-2031-10-08",
    src="The Independent", src_url="https://www.independent.co.uk/", n="off-beat: athletics; title-only feed item"),
  ]))


def singlefile_date(d):
    return d.strftime("%a %b %d %Y %H:%M:%S GMT%z") + f" ({S_TZ_LONG.get(d.tzname(), d.tzname())})"


S_TZ_LONG = {"BST": "British Summer Time", "GMT": "Greenwich Mean Time", "CEST": "Central European Summer Time", "CET": "Central European Standard Time",
             "EDT": "Eastern Daylight Time", "EST": "Eastern Standard Time"}


def r_msn(S):
    """MSN news feed (en-gb, 'Russia-Ukraine war' topic), saved with the SingleFile browser extension: the leading HTML comment
    records the url and 'saved date' with its GMT offset. Rendered cards newest first: provider logo + name, relative age '3h' / '24m',
    h3 title, an abstract on hero/infopane cards, a reactions bar. No absolute time anywhere else."""
    z = S["zone"]; order_check(S, True); ref = dt(S["ref"], z)
    out = ['<!DOCTYPE html> <html lang="en-GB" dir="ltr"><!--', ' Page saved with SingleFile ', f' url: {S["url"]} ',
           f' saved date: {singlefile_date(ref)}', '--><head><meta charset="utf-8">', f'<title>{esc(S["doc_title"])}</title>',
           '<meta name="referrer" content="no-referrer"><style>.cs-card{display:block}</style></head><body>',
           '<div id="root"><header class="header"><a class="logo" href="https://www.msn.com/en-gb" aria-label="MSN">msn</a>'
           '<div class="search-box"><input type="search" placeholder="Search the web"></div><a class="signin">Sign in</a></header>',
           '<nav class="channels"><a>Discover</a> <a>Following</a> <a>News</a> <a>Sport</a> <a>Play</a> <a>Money</a> <a>Weather</a> <a>Watch</a> <a>Lifestyle</a> <a>Shopping</a></nav>',
           '<div class="weather-mini"><span class="loc">London</span> <span class="temp">14\u00b0C</span> <span class="cond">Light rain</span></div>',
           f'<main class="topic-feed"><div class="topic-header"><h1>{esc(S["title"])}</h1><button class="follow">Follow</button></div>', '<div class="feed">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rel_hm(ref, d, "short"); stamps.append(st)
        out.append(f'<div class="cs-card" data-t="{e["kind"]}"><div class="attribution"><img class="provider-logo" alt="" src="https://img-s-msn-com.akamaized.net/tenant/amp/entityid/{e["logo"]}.img">'
                   f'<span class="provider-name">{esc(e["prov"])}</span><span class="dot">\u00b7</span><span class="age">{st}</span></div>'
                   f'<a class="title-link" href="https://www.msn.com/en-gb/news/world/{slugify(e["h"])}/ar-AA1{e["logo"][3:8]}{i}"><h3 class="title">{esc(e["h"])}</h3></a>')
        out += [f'<p class="abstract">{esc(p)}</p>' for p in e["p"]]
        out.append(f'<div class="reactions"><button class="like">\U0001f44d {e["likes"]}</button> <button class="comments">\U0001f4ac {e["comments"]}</button> '
                   '<button class="more" aria-label="See more">\u2026</button></div></div>')
        if i == 2:
            out.append('<div class="native-ad"><span class="ad-label">Ad</span><a>Compare energy tariffs in 60 seconds</a><span class="sponsor">Sponsored \u00b7 TariffFinder</span></div>')
    out += ['</div><div class="trending"><h2>Trending searches</h2><ul><li>Strictly results</li><li>Storm Dervla</li><li>Bank of England</li>'
            '<li>Champions League draw</li></ul></div></main>',
            f'<footer><a>Privacy &amp; Cookies</a> <a>Terms of use</a> <a>Advertise</a> <a>Feedback</a> <span>\u00a9 {ref.year} Microsoft</span></footer></div></body></html>']
    return "\n".join(out) + "\n", stamps


# ---------------------------------------------------------------- 20004 MSN (topic feed saved with SingleFile, relative ages)
SEEDS.append(dict(
  id="20004", name="20004_msn-topicfeed", ext="html", source="MSN", zone="Europe/London", render=r_msn,
  title="Russia-Ukraine war", doc_title="Russia-Ukraine war - latest news | MSN", url="https://www.msn.com/en-gb/news/topic/russia-ukraine-war",
  ref="2031-10-10 19:40:37",
  basis="relative age '{s}' counted back from the SingleFile 'saved date: Fri Oct 10 2031 19:40:37 GMT+0100 (British Summer Time)' (seconds dropped; ages are floored by the site, so this is as precise as the page allows); local {d} in {z}",
  notes="Imitates an MSN (en-gb) topic feed 'Russia-Ukraine war' saved with the SingleFile extension: the opening HTML comment carries the url and 'saved date: Fri Oct 10 2031 19:40:37 GMT+0100 (British Summer Time)', which is the only absolute time on the page. Cards newest first: provider logo and name (Sky News, Reuters, ...), a relative age ('24m', '2h', ... '11h'), an h3 title, an abstract paragraph on most cards, a reactions bar. Ages are counted back from the saved time truncated to the minute; hour ages are floored by MSN, so published is as precise as the page allows. Provider names are publishers, not authors (author null). A native ad after the third card and a 'Trending searches' box are chrome. Two off-beat cards (weather, markets).",
  not_entries=["SingleFile comment (url, saved date)", "MSN header: logo, search box, 'Sign in'", "channel navigation (Discover, Following, News, ...)", "weather widget 'London 14\u00b0C Light rain'",
               "topic heading 'Russia-Ukraine war' and 'Follow' button", "provider logos and names on each card", "reactions bars (likes, comments, '\u2026')",
               "native ad after the third card ('Ad', 'Compare energy tariffs in 60 seconds', 'Sponsored \u00b7 TariffFinder')", "'Trending searches' box", "footer links"],
  entries=[
  E("2031-10-10 19:16", "Zelensky rules out elections while martial law remains in force",
    ["President Volodymyr Zelensky said Ukraine would not hold a presidential vote until martial law is lifted, telling parliament that a campaign under nightly missile attacks would be neither free nor safe."],
    "other", "politics", 2, "zelensky-no-elections-under-martial-law-2031-10-10", prov="The Independent", logo="BB1a0Indep", kind="infopane", likes=212, comments=148),
  E("2031-10-10 17:40", "Russian glide bomb hits Kharkiv apartment block, killing three",
    ["Three people were killed and 14 injured when a Russian guided aerial bomb struck a nine-storey residential building in Kharkiv's Saltivskyi district, the city's mayor Ihor Terekhov said.",
     "Rescuers were still searching the upper floors on Friday evening."],
    "strikes", "strikes", 3, "kharkiv-glide-bomb-apartment-2031-10-10", prov="Sky News", logo="AA7sKyNw1", kind="hero", likes=96, comments=41),
  E("2031-10-10 16:40", "Storm Dervla to bring 80mph gusts to western Scotland",
    ["The Met Office has issued an amber wind warning for the Western Isles and Argyll from Saturday morning."],
    "other", "unrelated", 1, "storm-dervla-scotland-warning-2031-10-10", prov="Evening Standard", logo="AAx2EvStd", kind="card", likes=18, comments=6,
    n="off-beat: UK weather"),
  E("2031-10-10 14:40", "UK to train 5,000 more Ukrainian recruits as Interflex programme is extended",
    ["The Ministry of Defence said the training scheme, which has taken more than 60,000 Ukrainian soldiers through British ranges since 2022, will run for at least another year."],
    "aid", "aid", 2, "uk-interflex-training-extension-2031-10-10", prov="The Telegraph", logo="BBtEleGr4", kind="card", likes=154, comments=37),
  E("2031-10-10 12:40", "Putin hosts Chinese defence minister as Beijing denies supplying drone parts",
    ["Vladimir Putin met China's defence minister in the Kremlin on Friday, hours after the Chinese foreign ministry rejected European claims that Chinese firms are shipping engines for Russian attack drones."],
    "diplomacy", "diplomacy", 3, "putin-chinese-defence-minister-meeting-2031-10-10", prov="Reuters", logo="AAreUtrs2", kind="card", likes=33, comments=58),
  E("2031-10-10 10:40", "FTSE 100 edges to record high as oil prices slide",
    ["London's blue-chip index rose 0.6% in morning trading, lifted by banks and housebuilders."],
    "other", "unrelated", 1, "ftse-record-high-2031-10-10", prov="Bloomberg", logo="AAbLoomb9", kind="card", likes=7, comments=2, n="off-beat: markets"),
  E("2031-10-10 08:40", "Russia claims capture of two villages in Donetsk region",
    ["Russia's defence ministry said its troops had taken two villages west of Kostiantynivka. Ukraine's General Staff said fighting for both was continuing."],
    "other", "frontline", 2, "russia-claims-two-donetsk-villages-2031-10-10", prov="AFP", logo="AAafPnws3", kind="card", likes=21, comments=19),
  ]))


def r_flipboard_rss(S):
    """Flipboard magazine RSS: channel = a user's magazine ('Curated by ...'); items link to the original publisher's article,
    carry its excerpt as a plain-text description, the flip time as pubDate in GMT, dc:creator when the article names one,
    a flipboard guid and a media:content image."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom">',
           '<channel>', f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>',
           f'<atom:link href="{S["url"]}.rss" rel="self" type="application/rss+xml"/>', '<generator>Flipboard</generator>',
           f'<image><url>https://cdn.flipboard.com/magazine/{S["mag_id"]}/cover.jpg</url><title>{esc(S["title"])}</title><link>{S["url"]}</link></image>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=True); stamps.append(st)
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{e["link"]}</link>',
                f'<guid isPermaLink="false">flipboard:{S["mag_id"]}:{(i * 104729 + 7817) % 999983:x}{d:%H%M%S}</guid>',
                f'<description>{esc(" ".join(e["p"]))}</description>', f'<pubDate>{st}</pubDate>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += [f'<media:content url="https://cdn.flipboard.com/{e["link"].split("/")[2]}/{(i * 31337) % 65521:x}/original.jpg" medium="image" type="image/jpeg"/>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


# ---------------------------------------------------------------- 20005 Flipboard (magazine RSS)
SEEDS.append(dict(
  id="20005", name="20005_flipboard-magazine", ext="xml", source="Flipboard", zone="UTC", render=r_flipboard_rss,
  title="Ukraine War Daily", url="https://flipboard.com/@katerynalev/ukraine-war-daily-k3v9a0sdw1z", mag_id="k3v9a0sdw1z",
  lede="Curated by Kateryna Levchenko \u2013 daily news and analysis on Russia's war against Ukraine",
  basis="RSS pubDate '{s}' (the flip time, printed in GMT); {u} UTC",
  notes="Imitates the RSS feed of a user-curated Flipboard magazine ('Ukraine War Daily', curated by an invented user). Newest first. Each item: the original article's title and publisher link, a Flipboard guid, the article excerpt as one plain-text description (one paragraph, sometimes two sentences), pubDate in GMT (the flip time), dc:creator when the article has a byline, media:content image. The feed does not name the publisher of each item except through its link. One off-beat flip (Nobel economics prize).",
  not_entries=["channel title, link, curator description, atom:link, generator and image block", "media:content images", "guid values", "publisher domains in item links"],
  entries=[
  E("2031-10-13 20:31:07", "Russian drones hit Odesa port for third night, one dead",
    ["A port worker was killed and two grain silos caught fire when Russian attack drones struck the port of Odesa late on Monday, the regional governor said. It was the third consecutive night of attacks on the port."],
    "strikes", "strikes", 3, "odesa-port-drone-strike-2031-10-13", a="Nadiia Korol", link="https://kyivindependent.com/russian-drones-hit-odesa-port-third-night/"),
  E("2031-10-13 17:55:42", "EU adopts new sanctions package aimed at Russia's Arctic LNG fleet",
    ["European Union foreign ministers on Monday adopted a sanctions package that bans 94 more tankers and LNG carriers from EU ports and adds two Chinese refiners to the blacklist."],
    "diplomacy", "diplomacy", 3, "eu-sanctions-package-lng-fleet-2031-10-13", a="Lorenzo Baccini", link="https://www.euractiv.com/section/global-europe/news/eu-adopts-sanctions-arctic-lng-fleet/"),
  E("2031-10-13 15:02:10", "The village that moved its school underground",
    ["In Nikopol district, where shells land almost daily, parents and soldiers spent the summer digging out a basement for 140 pupils. Lessons there began on the first of September."],
    "other", "humanitarian", 2, "nikopol-underground-school-feature-2031-10-13", a="Sofiia Melnyk", link="https://www.theguardian.com/world/2031/oct/13/ukraine-nikopol-underground-school"),
  E("2031-10-13 12:48:55", "Sweden approves $900 million aid package with more Archer howitzers",
    ["Sweden's government approved its 22nd military aid package for Ukraine, worth 9.4 billion kronor, including 18 Archer self-propelled howitzers and funding for Ukrainian-built long-range drones."],
    "aid", "aid", 3, "sweden-aid-package-archer-2031-10-13", a=None, link="https://www.thelocal.se/20311013/sweden-approves-ukraine-aid-package-archer"),
  E("2031-10-13 10:20:03", "Nobel economics prize goes to three researchers of labour-market frictions",
    ["The Royal Swedish Academy of Sciences awarded this year's prize in economic sciences to three economists whose work explains why unemployment and job vacancies can rise at the same time."],
    "other", "unrelated", 1, "nobel-economics-prize-2031-10-13", a="Erik Dahlgren", link="https://apnews.com/article/nobel-economics-prize-2031",
    n="off-beat: Nobel prize"),
  E("2031-10-13 08:15:30", "Russian assaults near Pokrovsk intensify as rain slows armour",
    ["Ukrainian units repelled 37 Russian assaults in the Pokrovsk direction over the past day, the General Staff said, most of them by small infantry groups on motorcycles."],
    "other", "frontline", 2, "pokrovsk-assaults-intensify-2031-10-13", a="Yurii Dmytrenko", link="https://www.pravda.com.ua/eng/news/2031/10/13/7511842/"),
  E("2031-10-13 06:02:11", "Fire at Saratov refinery after overnight Ukrainian drone attack",
    ["A fire broke out at an oil refinery in the Russian city of Saratov after a Ukrainian drone attack overnight, the regional governor said, adding that no one was hurt."],
    "strikes", "strikes", 2, "saratov-refinery-drone-attack-2031-10-13", a=None, link="https://www.themoscowtimes.com/2031/10/13/fire-at-saratov-refinery-after-drone-attack-a98211"),
  ]))


def print_header(ref):
    return f"{ref.month}/{ref.day}/{ref.year % 100:02d}, {ampm(ref, space=' ', upper=True)}"


def r_groundnews(S):
    """Ground News interest page 'Russia-Ukraine War', printed from the browser and converted with pdftotext: every printed page
    starts with the browser's header (local date and clock, page title) and ends with the URL and page number, pages are separated
    by a form feed. Cards newest first: location label, headline, summary, '48 sources \u00b7 2 hours ago', bias split line."""
    z = S["zone"]; order_check(S, True); ref = dt(S["ref"], z)
    ph = f"{print_header(ref)}\t{S['doc_title']}"
    L = [ph, "", "Ground News", "Home   For You   Local   Blindspot   Search", "Subscribe   Sign In", "", S["title"], "Follow", S["lede"], "",
         "Daily Local Briefing", f"Your top stories from {S['local']}, every morning.", "Sign up", "", f"Top {S['title']} News", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rel_hm(ref, d, "words"); stamps.append(st)
        l, c, r = e["bias"]
        L += [e["loc"], e["h"]] + e["p"] + [f"{e['n_src']} sources \u00b7 {st}", f"Left {l}%   Center {c}%   Right {r}%", ""]
        if i == 2:
            L += ["Blindspot: stories under-reported by one side of the political spectrum. See the Blindspot feed", "",
                  f"{S['url']}\t1/2", "\f" + ph, ""]
    L += ["Show more", "", "Ground News", "About   Subscribe   Gift   Blog   Help Center   Privacy Policy   Terms", "", f"{S['url']}\t2/2"]
    return "\n".join(L) + "\n", stamps


# ---------------------------------------------------------------- 20006 Ground News (printed interest page, relative ages)
SEEDS.append(dict(
  id="20006", name="20006_groundnews-interest", ext="txt", source="Ground News", zone="America/Toronto", render=r_groundnews,
  title="Russia-Ukraine War", doc_title="Russia-Ukraine War News | Ground News", url="https://ground.news/interest/russia-ukraine-war",
  lede="See how outlets across the political spectrum are covering the war in Ukraine.", local="Toronto, Ontario", ref="2031-10-15 18:05",
  basis="relative age '{s}' counted back from the browser's print header '10/15/31, 6:05 PM' (printer's local clock; the page's Daily Local Briefing names Toronto, so Eastern time, EDT = UTC-4); local {d} in {z}",
  notes="Imitates the Ground News interest page 'Russia-Ukraine War' printed to PDF from a browser and converted to text: each printed page begins with the browser's header line '10/15/31, 6:05 PM<TAB>Russia-Ukraine War News | Ground News' and ends with the URL and page number; a form feed separates the pages (the header repeats before the fourth card). Cards newest first: location label, headline, a one- or two-sentence summary, '56 sources \u00b7 45 minutes ago', and the left/centre/right bias split. The only absolute time is the print header, which carries no zone: the 'Daily Local Briefing' box names Toronto, so the printer's clock is taken as America/Toronto (EDT). Ages are floored by the site, so published is as precise as the page allows. Stories are aggregated from many outlets: author null. Source counts and bias splits are chrome.",
  not_entries=["browser print header '10/15/31, 6:05 PM  Russia-Ukraine War News | Ground News' (twice)", "print footers with URL and page number '1/2', '2/2'",
               "Ground News navigation lines", "interest heading 'Russia-Ukraine War', 'Follow' and the description line", "'Daily Local Briefing' box (names Toronto)",
               "'Top Russia-Ukraine War News' heading", "location labels above headlines", "'NN sources \u00b7 ...' lines (source count; the age is the stamp)",
               "bias split lines 'Left NN%   Center NN%   Right NN%'", "Blindspot promo line", "'Show more'", "footer links"],
  entries=[
  E("2031-10-15 17:20", "Ukraine and Russia swap 150 prisoners each in UAE-brokered exchange",
    ["Ukraine and Russia each released 150 prisoners of war on Wednesday in an exchange mediated by the United Arab Emirates, the first since August.",
     "Ukraine's coordination headquarters said several of the returning soldiers had been held since 2022."],
    "diplomacy", "diplomacy", 3, "uae-prisoner-exchange-150-2031-10-15", loc="Abu Dhabi, United Arab Emirates", n_src=56, bias=(21, 52, 27)),
  E("2031-10-15 16:05", "Russian drone and missile barrage cuts power to 300,000 homes in Kyiv region",
    ["Russia launched about 420 drones and 18 missiles at Ukraine overnight, knocking out electricity to some 300,000 households around Kyiv, according to the national grid operator Ukrenergo."],
    "strikes", "strikes", 3, "kyiv-region-power-barrage-2031-10-15", loc="Kyiv, Ukraine", n_src=88, bias=(19, 55, 26)),
  E("2031-10-15 14:05", "Poland scrambles jets and shuts Rzesz\u00f3w airport during Russian attack on western Ukraine",
    ["Polish and allied aircraft were put on alert and Rzesz\u00f3w airport closed for two hours as Russian drones flew towards Lviv and Volyn regions, Poland's operational command said."],
    "strikes", "strikes", 2, "poland-scrambles-jets-rzeszow-2031-10-15", loc="Warsaw, Poland", n_src=31, bias=(14, 61, 25)),
  E("2031-10-15 12:05", "Canada announces C$400 million in military aid for Ukraine",
    ["Defence Minister David McGuinty said the package includes armoured vehicles and money for Ukrainian-made drones, and brings Canada's military support since 2022 to more than C$6 billion."],
    "aid", "aid", 3, "canada-military-aid-400m-2031-10-15", loc="Ottawa, Canada", n_src=42, bias=(33, 48, 19)),
  E("2031-10-15 09:05", "Kremlin rejects European proposal for ceasefire monitoring mission",
    ["Kremlin spokesman Dmitry Peskov said an observer mission drawn from European countries was unacceptable to Moscow because those states are \"parties to the conflict\"."],
    "diplomacy", "diplomacy", 2, "kremlin-rejects-european-monitoring-mission-2031-10-15", loc="Moscow, Russia", n_src=27, bias=(12, 50, 38)),
  E("2031-10-15 05:05", "Russia says it has taken village near Orikhiv",
    ["Russia's defence ministry claimed its forces captured a village north-west of Orikhiv in the Zaporizhzhia region. Ukraine's southern command said fighting there was ongoing."],
    "other", "frontline", 2, "russia-claims-village-near-orikhiv-2031-10-15", loc="Zaporizhzhia, Ukraine", n_src=19, bias=(10, 58, 32)),
  ]))


def r_applenews_mail(S):
    """Apple News shares pasted into one e-mail (plain-text view of the message): mail header with the sender's local date line and
    zone ('October 17, 2031 at 9:14:08 PM EDT'), a note, then each shared story: headline, publisher, the story's date
    'Oct 17, 2031 at 6:10 AM' (device time, no zone), excerpt, apple.news link, 'Shared from Apple News'. Oldest first."""
    z = S["zone"]; order_check(S, False); sent = dt(S["sent"], z)
    L = [f"From: {S['sender']}", f"Subject: {S['subject']}",
         f"Date: {MONTHS[sent.month - 1]} {sent.day}, {sent.year} at {ampm(sent, space=' ', upper=True).replace(':%02d' % sent.minute, ':%02d:%02d' % (sent.minute, sent.second))} {sent.tzname()}",
         f"To: {S['to']}", "", S["note"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{SHORT_MONTHS[d.month - 1]} {d.day}, {d.year} at {ampm(d, space=' ', upper=True)}"; stamps.append(st)
        L += [e["h"], e["pub"], st, ""] + ptxt(e["p"]) + [f"https://apple.news/{e['key']}", "", "Shared from Apple News", "", "\u2014", ""]
    L += ["Sent from my iPhone"]
    return "\n".join(L) + "\n", stamps


# ---------------------------------------------------------------- 20007 Apple News (stories shared as text in an e-mail)
SEEDS.append(dict(
  id="20007", name="20007_applenews-shared", ext="txt", source="Apple News", zone="America/New_York", render=r_applenews_mail,
  title=None, sent="2031-10-17 21:14:08", sender="Dana Whitfield <dana.whitfield@icloud.com>", to="Sam Okafor <sam.okafor@fastmail.com>",
  subject="Ukraine stories from today",
  note="Sam \u2013 here are the Ukraine pieces I mentioned, shared straight from Apple News. The Senate vote is the big one. Skip the markets thing, it slipped in.",
  basis="story date '{s}' as Apple News prints it (device time, no zone); the device zone is the one in the mail's own Date line 'October 17, 2031 at 9:14:08 PM EDT' (America/New_York, UTC-4); local {d} in {z}",
  notes="Plain-text view of an e-mail in which a reader pasted seven stories shared from the Apple News app. Mail header (From, Subject, Date with 'EDT', To) and a personal note, then per story: headline, publisher name, the story's date 'Oct 17, 2031 at 6:10 AM' (Apple's style, device local time without zone), an excerpt of one or two paragraphs, the apple.news link, 'Shared from Apple News', and an em-dash separator; 'Sent from my iPhone' at the end. Stories are in the order they were shared (oldest first). The zone is inferred from the mail's own Date line (EDT). Publisher names (Reuters, AP, ...) are not authors: author null. No page title (the Subject line is the mail's, not a page heading): page_title null. One off-beat story (markets) that the sender says 'slipped in'.",
  not_entries=["mail header lines (From, Subject, Date, To)", "the sender's personal note", "publisher name line under each headline", "apple.news links",
               "'Shared from Apple News' lines", "em-dash separators", "'Sent from my iPhone'"],
  entries=[
  E("2031-10-17 06:10", "Ukraine says air defenses downed 52 of 68 drones overnight",
    ["Ukraine's air force said on Friday that its units shot down or jammed 52 of the 68 drones Russia launched overnight, with hits recorded in the Sumy and Chernihiv regions."],
    "strikes", "strikes", 2, "overnight-drone-attack-2031-10-17", pub="Reuters", key="AqV3k2LxTQ8y1n0FhZ7c9Rw"),
  E("2031-10-17 08:25", "Russian strike on Kharkiv power plant forces rolling blackouts",
    ["A Russian missile strike damaged a combined heat and power plant in Kharkiv early Friday, and the city moved to emergency blackout schedules that leave some districts without power for up to 12 hours a day.",
     "No casualties were reported, regional officials said."],
    "strikes", "strikes", 2, "kharkiv-power-plant-strike-2031-10-17", pub="Associated Press", key="A7pRm0sKdQyWbN3uLx1vE4g"),
  E("2031-10-17 10:50", "Stocks climb as bank earnings top forecasts",
    ["The S&P 500 rose 0.8% in morning trading after three of the largest U.S. banks reported stronger-than-expected third-quarter profits."],
    "other", "unrelated", 1, "us-stocks-bank-earnings-2031-10-17", pub="CNBC", key="AbT0u9QnRw2fKc8ZyL5mHsA", n="off-beat: markets"),
  E("2031-10-17 12:05", "Zelensky and NATO\u2019s Rutte visit front-line city of Zaporizhzhia",
    ["President Volodymyr Zelensky and NATO Secretary-General Mark Rutte toured a shelter and an air-defense command post in Zaporizhzhia on Friday, the first visit by the alliance\u2019s chief to a city so close to the front.",
     "Rutte said allies would deliver more interceptors before winter."],
    "diplomacy", "diplomacy", 3, "zelensky-rutte-zaporizhzhia-visit-2031-10-17", pub="The Guardian", key="AHc4wQ1pV8sLm2Zt0RjYxKe", sec=["aid"]),
  E("2031-10-17 14:40", "Senate passes $8 billion Ukraine security package",
    ["The Senate voted 71 to 28 on Friday to approve an $8 billion package of military aid for Ukraine, most of it for air-defense interceptors and artillery ammunition, sending the bill to the House."],
    "aid", "aid", 3, "us-senate-ukraine-package-8bn-2031-10-17", pub="Politico", key="AsN1eQ4xBv7Lk0WdZr3tMcu"),
  E("2031-10-17 16:55", "Inside the underground hospital treating Ukraine\u2019s wounded",
    ["Beneath a school in the Donetsk region, surgeons work in three shifts in rooms built to survive a direct hit. On a quiet day they see 40 patients; on a bad one, more than a hundred.",
     "The hospital has moved twice this year as the front line crept closer."],
    "other", "humanitarian", 2, "underground-hospital-feature-2031-10-17", pub="The Washington Post", key="AK9vTe2wQm5Rz1LsXb0nHdq"),
  E("2031-10-17 18:30", "Russia says Ukrainian drone hit fuel depot in Bryansk region",
    ["A fuel depot in Russia\u2019s Bryansk region caught fire after a Ukrainian drone attack on Friday evening, the regional governor said. He reported no casualties."],
    "strikes", "strikes", 2, "bryansk-fuel-depot-drone-2031-10-17", pub="The Moscow Times", key="AzM8qLw1Kc3Vn5TbR0xYfEh"),
  ]))


def r_feedly_board(S):
    """Feedly web app, a board page saved from the browser (rendered HTML): left navigation (Today, Read Later, boards, feeds),
    board heading and description, entries in magazine view, newest first: title link, source, optional 'by AUTHOR', the age
    ('1h', '12h') whose title attribute holds 'Published: <RFC 822 GMT>' and 'Received: ...' lines, summary, action buttons."""
    z = S["zone"]; order_check(S, True); ref = dt(S["ref"], z)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["doc_title"])}</title>',
           '<link rel="icon" href="https://s3.feedly.com/img/feedly-512.png"></head><body class="home">', '<div id="feedlyFrame">',
           '<nav class="LeftnavList"><a class="LeftnavListRow">Today</a> <a class="LeftnavListRow">Read Later</a> <a class="LeftnavListRow">Recently Read</a>'
           f'<div class="LeftnavListHeader">Boards</div><a class="LeftnavListRow LeftnavListRow--selected">{esc(S["title"])}</a> <a class="LeftnavListRow">Energy grid</a>'
           '<div class="LeftnavListHeader">Feeds</div><a class="LeftnavListRow">All</a> <a class="LeftnavListRow">Ukraine</a> <a class="LeftnavListRow">Russia</a> '
           '<a class="LeftnavListRow">Defense</a><div class="LeftnavFooter"><a>Upgrade to Pro+</a></div></nav>',
           '<main id="feedlyPageFX"><header class="BoardHeader">', f'<h1 class="BoardHeader__title">{esc(S["title"])}</h1>',
           f'<div class="BoardHeader__description">{esc(S["lede"])}</div>',
           f'<div class="BoardHeader__meta">{len(S["entries"])} articles \u00b7 <button>Share board</button> <button>Export</button></div></header>',
           '<div class="list-entries">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rel_hm(ref, d, "short"); stamps.append(st)
        recv = d + timedelta(minutes=e.get("lag", 6), seconds=29)
        tip = f"Published: {rfc822(d, gmt=True)}&#10;Received: {rfc822(recv, gmt=True)}"
        out.append(f'<article class="entry magazine" data-entryid="{(i * 2654435761 + 99991) % 4294967296:08x}:{(i * 40503 + 1) % 65536:04x}">'
                   f'<a class="EntryTitle link--entry" href="{e["link"]}" target="_blank">{esc(e["h"])}</a>'
                   f'<div class="EntryMetadata"><span class="EntryMetadataSource">{esc(e["src"])}</span>'
                   + (f' <span class="EntryMetadataAuthor">by {esc(e["a"])}</span>' if e["a"] else "")
                   + f' <span class="EntryMetadataSeparator">/</span> <span class="EntryMetadataAgo" title="{tip}">{st}</span>'
                   + (f' <span class="LeoBadge">{esc(e["leo"])}</span>' if e.get("leo") else "") + '</div>')
        out += [f'<div class="EntrySummary">{esc(p)}</div>' for p in e["p"]]
        out.append('<div class="EntryToolbar"><button title="Save to board">Save</button> <button>Mark as read</button> <button>Share</button></div></article>')
    out += ['<div class="list-entries__end">End of board</div></div></main>', '</div></body></html>']
    return "\n".join(out) + "\n", stamps


# ---------------------------------------------------------------- 20008 Feedly (board page; ages with Published tooltips)
SEEDS.append(dict(
  id="20008", name="20008_feedly-board", ext="html", source="Feedly", zone="UTC", render=r_feedly_board,
  title="Ukraine \u2013 Monday brief", doc_title="Ukraine \u2013 Monday brief | feedly",
  lede="Items to pull into the team's Monday morning briefing.", ref="2031-10-19 20:33:40",
  basis="visible age '{s}'; the time comes from the age element's own title attribute 'Published: ... GMT' (Feedly's tooltip), {u} UTC",
  notes="Imitates a Feedly board page saved from the web app: left navigation (Today, Read Later, Boards, Feeds, upgrade link), board heading 'Ukraine \u2013 Monday brief', description and meta line, then the saved articles in magazine view, newest first. Each entry: title link to the publisher, source name, 'by AUTHOR' when the feed gave one, a visible age ('1h' ... '14h') and a summary. The age element's title attribute holds the tooltip 'Published: Sun, 19 Oct 2031 19:02:45 GMT' and 'Received: ...' (separated by &#10;); published comes from the Published line (like a date-only visible stamp resolved through its own datetime attribute). Some entries carry a Feedly AI ('Leo') badge. Source names are feeds/publishers, not authors.",
  not_entries=["left navigation (Today, Read Later, Recently Read, Boards, Feeds, 'Upgrade to Pro+')", "board heading, description and meta line ('7 articles \u00b7 Share board Export')",
               "source names in the metadata line", "Leo badges ('Priority: ...')", "entry toolbars (Save, Mark as read, Share)", "'End of board'",
               "the 'Received:' part of the age tooltips"],
  entries=[
  E("2031-10-19 19:02:45", "Russian forces step up assaults west of Pokrovsk, ISW says",
    ["Russian troops increased the tempo of mechanized assaults west of Pokrovsk over the weekend, the Institute for the Study of War said in its Sunday assessment, with geolocated footage showing small advances near two villages."],
    "other", "frontline", 2, "isw-pokrovsk-assaults-2031-10-19", a=None, src="ISW \u2013 Institute for the Study of War", link="https://understandingwar.org/research/russia-ukraine/russian-offensive-campaign-assessment-october-19-2031/"),
  E("2031-10-19 16:20:11", "Lithuania to fund production of 30,000 Ukrainian interceptor drones",
    ["Lithuania will pay for 30,000 interceptor drones made in Ukraine under a \u20ac60 million agreement signed in Vilnius on Sunday, the Lithuanian defence ministry said."],
    "aid", "aid", 2, "lithuania-interceptor-drones-funding-2031-10-19", a="Rasa Jankauskaite", src="LRT English", link="https://www.lrt.lt/en/news-in-english/19/2551873/lithuania-to-fund-30-000-ukrainian-interceptor-drones",
    leo="Priority: Air defence"),
  E("2031-10-19 13:47:09", "Russian missile strike on Kryvyi Rih kills five, including a child",
    ["Five people, among them a 9-year-old girl, were killed when a Russian ballistic missile hit a residential area in Kryvyi Rih on Sunday afternoon, the head of the city's defence council Oleksandr Vilkul said.",
     "At least 23 people were wounded."],
    "strikes", "strikes", 3, "kryvyi-rih-missile-strike-2031-10-19", a="Mariia Shcherbak", src="Ukrainska Pravda", link="https://www.pravda.com.ua/eng/news/2031/10/19/7512630/",
    leo="Priority: Strikes on cities"),
  E("2031-10-19 11:05:30", "Moscow courts hand down a record number of treason sentences",
    ["Russian courts have sentenced at least 312 people for treason or espionage since January, more than in any full year since the invasion began, according to a count by human rights lawyers."],
    "other", "politics", 2, "russia-record-treason-sentences-2031-10-19", a=None, src="Meduza", link="https://meduza.io/en/news/2031/10/19/moscow-courts-record-treason-sentences"),
  E("2031-10-19 09:30:02", "Ukraine sanctions 41 Russian shipbuilders and ship registries",
    ["Ukraine has imposed sanctions on 41 companies and registries linked to Russia's shadow tanker fleet under a decision of the National Security and Defense Council published on Sunday, and asked partner countries to mirror them."],
    "diplomacy", "diplomacy", 2, "ukraine-sanctions-russian-shipbuilders-2031-10-19", a="Oleh Pavliuk", src="The Kyiv Independent", link="https://kyivindependent.com/zelensky-sanctions-russian-shipbuilders/"),
  E("2031-10-19 07:41:20", "Ukrainian drones hit ammunition depot in Russia's Voronezh region",
    ["Ukraine's General Staff said drones struck an ammunition depot near the town of Ostrogozhsk overnight, setting off secondary explosions. Voronezh governor Alexander Gusev reported falling debris and a fire but no casualties."],
    "strikes", "strikes", 2, "voronezh-ammunition-depot-drone-2031-10-19", a=None, src="Militarnyi", link="https://mil.in.ua/en/news/ukrainian-drones-hit-ammunition-depot-in-voronezh-region/"),
  E("2031-10-19 06:12:58", "UN says 3.6 million Ukrainians remain displaced inside the country",
    ["The UN refugee agency said 3.6 million people remain internally displaced in Ukraine, a figure that has barely changed in a year, and warned that shelters in front-line regions are short of winter heating."],
    "other", "humanitarian", 2, "un-ukraine-internally-displaced-2031-10-19", a="Jonah Ellery", src="The Guardian", link="https://www.theguardian.com/world/2031/oct/19/un-ukraine-internally-displaced-winter"),
  ]))


def r_inoreader_rss(S):
    """Inoreader 'output as RSS' feed of a folder: channel named after the folder ('... - Inoreader'), items copied from the
    subscribed feeds with Google-Reader-style guids (tag:google.com,2005:reader/item/...), the original HTML description
    (several <p>), pubDate '+0000', dc:creator when the source feed had one, and a <source url> naming the subscribed feed."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">',
           '<channel>', f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>',
           f'<pubDate>{rfc822(dt(S["entries"][0]["t"], z) + timedelta(minutes=2, seconds=3))}</pubDate>', '<generator>Inoreader</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{e["link"]}</link>',
                f'<guid isPermaLink="false">tag:google.com,2005:reader/item/{(i * 0x9E3779B1 + 0x5d2c41a7) % (1 << 40):016x}</guid>',
                '<description><![CDATA[' + "".join(f'<p>{esc(p)}</p>' for p in e["p"]) + (f'<p><a href="{e["link"]}">{esc(e["more"])}</a></p>' if e.get("more") else "") + ']]></description>',
                f'<pubDate>{st}</pubDate>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += [f'<source url="{e["feed_url"]}">{esc(e["feed"])}</source>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


# ---------------------------------------------------------------- 20009 Inoreader (folder output feed, RSS)
SEEDS.append(dict(
  id="20009", name="20009_inoreader-folderrss", ext="xml", source="Inoreader", zone="UTC", render=r_inoreader_rss,
  title="Ukraine - Inoreader", url="https://www.inoreader.com/stream/user/1005829371/tag/Ukraine",
  lede="Articles from the folder Ukraine, exported by Inoreader",
  basis="RSS pubDate '{s}' (explicit +0000 offset); {u} UTC",
  notes="Imitates an Inoreader folder exported with 'Output as RSS feed': channel named after the folder, generator Inoreader. Items keep the original feed's HTML description (one to three <p>, some ending with a 'Read more'/'Continue reading' link paragraph, which is not body), get a Google-Reader-style guid, pubDate '+0000', dc:creator when the subscribed feed had one, and a <source url> naming the subscribed feed (not an author). Newest first. One off-beat item from a business feed in the same folder.",
  not_entries=["channel title, link, description, pubDate, generator", "<source> feed names in each item", "guid values",
               "'Read more' / 'Continue reading on ...' link paragraphs at the end of some descriptions"],
  entries=[
  E("2031-10-24 21:48:02", "Kyiv hit by ballistic missiles for second night running; two killed",
    ["Two people were killed and nine injured in Kyiv's Darnytskyi and Obolonskyi districts when Russia fired ballistic missiles at the capital late on Friday, Mayor Vitali Klitschko said.",
     "It was the second consecutive night of ballistic attacks on Kyiv."],
    "strikes", "strikes", 3, "kyiv-ballistic-missile-strike-2031-10-24", a="Anastasiia Honcharenko", feed="The Kyiv Independent", feed_url="https://kyivindependent.com/news-archive/rss/",
    link="https://kyivindependent.com/kyiv-hit-by-ballistic-missiles-second-night/"),
  E("2031-10-24 19:05:33", "Czech-led ammunition initiative delivers its three millionth shell",
    ["The Czech-led initiative that buys artillery ammunition on world markets for Ukraine has now delivered three million large-calibre rounds, the Czech defence ministry said on Friday.",
     "The ministry said financing for next year was secured for only half the planned volume."],
    "aid", "aid", 2, "czech-ammunition-initiative-three-million-2031-10-24", a=None, feed="Radio Prague International", feed_url="https://english.radio.cz/rss",
    link="https://english.radio.cz/czech-ammunition-initiative-delivers-three-millionth-shell-8861203", more="Read more"),
  E("2031-10-24 16:40:19", "Sybiha meets Wang Yi in Beijing, asks China to press Moscow on prisoner returns",
    ["Ukrainian Foreign Minister Andrii Sybiha met his Chinese counterpart Wang Yi in Beijing on Friday and asked China to use its influence with Russia to speed up the return of Ukrainian civilians held in Russian prisons."],
    "diplomacy", "diplomacy", 3, "sybiha-wang-yi-beijing-meeting-2031-10-24", a="Olha Hlushchenko", feed="Ukrinform", feed_url="https://www.ukrinform.net/rss/block-lastnews",
    link="https://www.ukrinform.net/rubric-polytics/4112934-sybiha-meets-wang-yi-in-beijing.html"),
  E("2031-10-24 14:12:50", "Russia widens call-up of reservists to guard energy sites",
    ["The Russian government has extended a scheme that calls up reservists for two-month stints guarding refineries and power plants to 28 more regions, according to a decree published on Friday.",
     "The reservists are not sent to Ukraine, the defence ministry says.",
     "Rights groups say many were told the service was voluntary."],
    "other", "security", 2, "russia-reservists-energy-site-guards-2031-10-24", a=None, feed="Meduza", feed_url="https://meduza.io/rss/en/all",
    link="https://meduza.io/en/news/2031/10/24/russia-widens-call-up-of-reservists-to-guard-energy-sites", more="Continue reading on Meduza"),
  E("2031-10-24 11:27:08", "Romania detects drone in its airspace during attack on Izmail",
    ["Romania's defence ministry said radar tracked a drone entering its airspace near Plauru for about four minutes during a Russian attack on the Ukrainian Danube port of Izmail overnight. Two F-35s were scrambled."],
    "strikes", "strikes", 2, "romania-drone-airspace-izmail-2031-10-24", a="Andrei Munteanu", feed="Romania Insider", feed_url="https://www.romania-insider.com/feed",
    link="https://www.romania-insider.com/drone-airspace-plauru-izmail-oct-2031"),
  E("2031-10-24 08:55:41", "IAEA says drone struck training centre at Zaporizhzhia nuclear plant",
    ["The International Atomic Energy Agency said its team at the Zaporizhzhia nuclear power plant heard an explosion and later saw damage to the roof of the site's training centre, which the plant's Russian-installed management attributed to a drone.",
     "Director General Rafael Mariano Grossi called for maximum restraint."],
    "strikes", "strikes", 2, "iaea-zaporizhzhia-npp-drone-2031-10-24", a=None, feed="IAEA \u2013 Press Releases", feed_url="https://www.iaea.org/feeds/topnews",
    link="https://www.iaea.org/newscenter/pressreleases/update-318-iaea-director-general-statement-on-situation-in-ukraine"),
  E("2031-10-24 06:30:15", "Euro zone business activity slips in October, flash PMI shows",
    ["Business activity in the euro zone shrank slightly in October as manufacturing orders fell for a third month, a closely watched survey showed on Friday."],
    "other", "unrelated", 1, "eurozone-flash-pmi-2031-10-24", a=None, feed="Reuters: Business", feed_url="https://www.reuters.com/business/rss",
    link="https://www.reuters.com/markets/europe/euro-zone-business-activity-slips-october-flash-pmi-2031-10-24/", n="off-beat: economy"),
  ]))


# ================================================================ Part B renderers (invented outlets)

def r_textlive_dotted(S):
    """text live blog, newest first: page byline and an 'updated' line 'Tue 21 Oct 2031 21.14 BST', standfirst, 'Key Points' bullets
    (headlines of posts), then per post the stamp line '9.10pm BST' BEFORE the headline, body; a picture teaser prints only a gallery line."""
    z = S["zone"]; order_check(S, True)
    up = dt(S["updated"], z)
    L = [S["source"].upper(), "News | World | Politics | Business | Opinion | Sport | Culture", "", "World \u203a Europe \u203a Ukraine", "LIVE", S["title"], S["byline"],
         f"{up:%a} {up.day} {SHORT_MONTHS[up.month - 1]} {up.year} {up:%H}.{up:%M} {up.tzname()}", "", S["lede"], "",
         "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + [""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, sep='.')} {d.tzname()}"; stamps.append(st)
        L += [st, e["h"], ""]
        L += ptxt(e["p"]) if e["p"] else [f"View gallery ({e.get('photos', 8)} photos)", ""]
        if i == 3:
            L += ["Sign up to The Morning Brief, our daily email on the stories that matter.", ""]
    L += ["Show 14 earlier updates", "", f"{S['source']}  \u00b7  About us  \u00b7  Corrections  \u00b7  Privacy  \u00b7  Cookies"]
    return "\n".join(L) + "\n", stamps


def r_ldlive(S):
    """HTML live blog, oldest first; LiveBlogPosting JSON-LD with per-update datePublished (local offset) and author; visible
    <time datetime> '07:05' above each h2, byline paragraph under it; share links; 'Read also' box."""
    z = S["zone"]; order_check(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#update-{4410 + i}", "headline": e["h"], "datePublished": d.isoformat(),
             "articleBody": " ".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "url": S["url"], "headline": S["title"],
          "description": S["lede"], "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "coverageEndTime": last.replace(hour=23, minute=59).isoformat(),
          "publisher": {"@type": "NewsMediaOrganization", "name": S["source"], "logo": {"@type": "ImageObject", "url": S["url"].split("/live")[0] + "/logo.png"}},
          "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title>',
           f'<meta name="description" content="{attr(S["lede"])}">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<div class="consent">We and our partners use cookies. <button>Accept</button> <button>Reject</button> <a>Settings</a></div>',
           f'<header><a class="brand" href="/">{esc(S["source"])}</a><nav><a href="/ukraine">Ukraine</a> <a href="/world">World</a> '
           '<a href="/business">Business</a> <a href="/opinion">Opinion</a> <a href="/subscribe">Subscribe</a></nav></header>',
           f'<main><span class="live-badge">Live</span><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>',
           f'<p class="standfirst">{esc(S["lede"])}</p>', '<div class="live-feed">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="update" id="update-{4410 + i}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="byline">{esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<div class="share"><a>Facebook</a> <a>X</a> <a>Telegram</a> <a>Copy link</a></div></article>')
        if i == 3:
            out.append(f'<aside class="read-also"><h3>Read also</h3><a href="/ukraine/energy">{esc(S["related"])}</a></aside>')
    out += ['</div><p class="end">This live page has closed. Follow our coverage tomorrow.</p></main>',
            f'<footer>{esc(S["source"])} \u00b7 Editorial standards \u00b7 Contacts \u00b7 Privacy policy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_rss(S):
    """RSS 2.0 world feed, newest first; pubDate with the outlet's numeric offset, or 'GMT' when S['gmt']; dc:creator when
    the item has an author; CDATA description with <p> paragraphs; category."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
           '<channel>', f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>',
           '<language>en-us</language>', f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z) + timedelta(minutes=5), gmt=S.get("gmt", False))}</lastBuildDate>',
           f'<atom:link href="{S["url"]}/rss/world.xml" rel="self" type="application/rss+xml"/>', '<ttl>10</ttl>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=S.get("gmt", False)); stamps.append(st)
        link = f'{S["url"]}/{e.get("cat", "World").lower()}/{d:%Y/%m/%d}/{slugify(e["h"])}'
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="false">{S["guid"]}-{6120 + i * 3}</guid>',
                f'<pubDate>{st}</pubDate>', f'<category>{e.get("cat", "World")}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_atom(S):
    """Atom 1.0 feed, newest first; <published> and <updated> ISO 8601 with the outlet's offset ('Z' for UTC); summary as plain
    text when S['summary'] else escaped HTML content; optional author; category term."""
    z = S["zone"]; order_check(S, True)
    iso = lambda d: d.isoformat().replace("+00:00", "Z")
    host = S["url"].split("//")[1]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link href="{S["url"]}/"/>', f'<link rel="self" href="{S["url"]}/feed.atom"/>',
           f'<id>tag:{host},2019:feed</id>', f'<updated>{iso(dt(S["entries"][0]["t"], z))}</updated>', f'<rights>\u00a9 {S["source"]}</rights>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        link = f'{S["url"]}/{e.get("cat", "world").lower()}/{slugify(e["h"])}-{d:%Y%m%d}'
        out += ['<entry>', f'<title type="text">{esc(e["h"])}</title>', f'<link rel="alternate" type="text/html" href="{link}"/>',
                f'<id>tag:{host},{d:%Y-%m-%d}:/{e.get("cat", "world").lower()}/{9100 + i * 7}</id>', f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        out.append(f'<category term="{e.get("cat", "World")}"/>')
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


# ================================================================ PART B: three multi-source days (invented outlets)
# Day 1 = 2031-10-21 (UTC), day 2 = 2031-10-22, day 3 = 2031-10-28 (Europe back on winter time since 26 October).
KREM = "kremenchuk-missile-strike-2031-10-21"
EUT = "eu-ukraine-facility-tranche-2031-10-21"
THEME1 = "analysis-refinery-towns-air-defence"
THEME1_H = "Analysis: Why Ukraine\u2019s refinery towns are so hard to defend"
THEME1_P = ["Kremenchuk has been hit more often than almost any city of its size, and the reason is sitting on its eastern edge: the country\u2019s last large working oil refinery and the rail yards that serve it.",
            "Russia fires at such towns from several directions at once, mixing drones that soak up interceptors with a handful of missiles timed to arrive minutes later. A city of 200,000 cannot have a Patriot battery of its own, so air-defence commanders must guess which of a dozen towns to cover on any given night.",
            "Until Ukraine has enough cheap interceptors to take the drones out of the equation, the towns that keep its fuel flowing will remain the most exposed."]

# ---------------------------------------------------------------- 20020 Oxmantown Review (day 1, text live)
SEEDS.append(dict(
  id="20020", name="20020_oxmantown-textlive", ext="txt", source="Oxmantown Review", zone="Europe/London", render=r_textlive_dotted,
  title="Russia-Ukraine war live: nine killed in Kremenchuk missile strike; EU releases \u20ac4.2bn for Kyiv",
  byline="Ciara Nolan", updated="2031-10-21 21:14",
  lede="Missiles hit a bus depot and apartment blocks in the central Ukrainian city; a guided bomb kills a woman in Kharkiv; Moldova expels a Russian diplomat.",
  basis="stamp '{s}' (12-hour clock with BST printed) below the page's date line 'Tue 21 Oct 2031 21.14 BST'; local {d} in {z}",
  notes="Invented outlet. Text live blog, newest first. Page byline 'Ciara Nolan' (one name, no per-post signatures: used as every post's author) and a date line 'Tue 21 Oct 2031 21.14 BST'. A 'Key Points' block lists two post headlines with bullets (key_point true). Each post: stamp line '9.10pm BST' BEFORE the headline, then the body. 20020-02 is a 'Pictured:' teaser whose only content is a gallery line. 20020-03 is the theme piece (analysis of strikes on refinery towns) that mentions Kremenchuk but is its own story; it is re-posted verbatim on day 2 by 20031. 20020-05 (Kharkiv guided bomb) is another deadly strike the same day: must not merge with Kremenchuk.",
  not_entries=["masthead and section navigation", "breadcrumb 'World \u203a Europe \u203a Ukraine'", "'LIVE' label", "page title", "byline 'Ciara Nolan'",
               "date line 'Tue 21 Oct 2031 21.14 BST'", "standfirst summary line", "'Key Points' header and its two bullet lines (pointers to posts)",
               "gallery line 'View gallery (9 photos)' in the teaser", "newsletter promo after the fourth post", "'Show 14 earlier updates'", "footer line"],
  entries=[
  E("2031-10-21 21:10", "Kremenchuk death toll rises to nine",
    ["Nine people are now confirmed dead after this morning\u2019s missile strike on Kremenchuk, the head of the Poltava regional administration said. Thirty-one people were injured, five of them children.",
     "Rescuers have finished searching the bus depot but are still working at one of the two damaged apartment blocks."],
    "strikes", "strikes", 3, KREM, a="Ciara Nolan", kp=True, n="toll 9 dead, 31 injured"),
  E("2031-10-21 19:35", "Pictured: Rescuers at the Kremenchuk bus depot", [],
    "strikes", "strikes", 1, KREM, a="Ciara Nolan", photos=9, n="picture teaser without body; shows the Kremenchuk strike"),
  E("2031-10-21 17:50", THEME1_H, THEME1_P, "strikes", "strikes", 2, THEME1, a="Ciara Nolan",
    n="theme piece (analysis of attacks on refinery towns, no single event); mentions the Kremenchuk strike but must not merge with it"),
  E("2031-10-21 16:25", "EU releases \u20ac4.2bn for Kyiv",
    ["The European Commission has approved the next payment to Ukraine under its multi-year support facility, worth \u20ac4.2bn, after finance ministers agreed that Kyiv had met the reform conditions attached to it.",
     "Most of the money will go to pensions and public salaries, freeing Ukraine\u2019s own revenue for the army."],
    "aid", "aid", 3, EUT, a="Ciara Nolan", kp=True, n="same aid theme as Denmark's drone funding (20021-04), different event"),
  E("2031-10-21 13:05", "Guided bomb kills woman in Kharkiv",
    ["A 58-year-old woman was killed and four people injured when a Russian guided aerial bomb hit a private house in Kharkiv\u2019s Kholodnohirskyi district, the regional governor, Oleh Syniehubov, said."],
    "strikes", "strikes", 3, "kharkiv-guided-bomb-2031-10-21", a="Ciara Nolan",
    n="another deadly strike on the same day in another city; must not merge with the Kremenchuk strike"),
  E("2031-10-21 11:20", "Moldova expels Russian diplomat over drone incursion",
    ["Moldova has ordered a Russian embassy official to leave the country within 72 hours after a drone crashed near the village of Ocni\u021ba last week. Chi\u0219in\u0103u says the diplomat was involved in activities incompatible with his status."],
    "diplomacy", "diplomacy", 2, "moldova-expels-russian-diplomat-2031-10-21", a="Ciara Nolan"),
  E("2031-10-21 08:40", "Russian missiles strike Kremenchuk",
    ["At least three people have been killed after Russian missiles struck Kremenchuk in central Ukraine early this morning, local officials say. A bus depot and two apartment blocks were hit.",
     "Ukraine\u2019s air force said the city was targeted with Iskander ballistic missiles and drones."],
    "strikes", "strikes", 3, KREM, a="Ciara Nolan", n="first report; toll 3"),
  ]))

# ---------------------------------------------------------------- 20021 Tewkesholm Daily (day 1, HTML live + LiveBlogPosting)
KREM_FIRST = ["Two people were killed and 11 injured when Russian missiles struck Kremenchuk at dawn, the city\u2019s mayor said on Telegram. A bus depot and a residential block in the Avtozavodskyi district were hit.",
              "Emergency crews are searching for people who may be trapped under the rubble."]
SEEDS.append(dict(
  id="20021", name="20021_tewkesholm-ldlive", ext="html", source="Tewkesholm Daily", zone="Europe/Kyiv", render=r_ldlive,
  title="War in Ukraine, day by day: Tuesday\u2019s live updates", url="https://tewkesholm-daily.example/live/ukraine-2031-10-21",
  dateline="Tuesday, 21 October 2031 \u00b7 all times Kyiv",
  lede="A dawn missile strike on Kremenchuk; drones over Poltava; Denmark pays for long-range drones.",
  related="Ukraine\u2019s grid before the winter: what has been repaired and what has not",
  basis="visible '{s}' in <time datetime> (Kyiv offset +03:00, EEST); JSON-LD datePublished agrees; local {d} in {z}",
  notes="Invented outlet. HTML live page, oldest first, with a LiveBlogPosting JSON-LD block whose liveBlogUpdate items each carry their own datePublished (+03:00) and author. Visible: dateline 'Tuesday, 21 October 2031 \u00b7 all times Kyiv', per post <time datetime=...>07:05</time>, h2 headline, byline paragraph, body, share links. 20021-03 repeats 20021-01 near-verbatim (same headline, stale toll of two dead) later in the day: duplicate_of 20021-01. 20021-02 (drones on a gas facility near Poltava) is a same-region, same-day but different attack: must not merge with Kremenchuk. 20021-07 (Zelensky's condemnation with the new toll and a Patriot plea) is a reaction whose content is the attack, so it shares the Kremenchuk story.",
  not_entries=["JSON-LD block (machine copy of the updates)", "cookie consent bar", "brand and navigation", "'Live' badge", "page title h1",
               "dateline 'Tuesday, 21 October 2031 \u00b7 all times Kyiv'", "standfirst", "byline paragraphs (author, not body)", "share links under each post",
               "'Read also' box after the fourth post", "closing line 'This live page has closed. ...'", "footer"],
  entries=[
  E("2031-10-21 07:05", "Russian missiles hit Kremenchuk, two killed", KREM_FIRST,
    "strikes", "strikes", 3, KREM, a="Ostap Hnatiuk", n="toll 2 dead, 11 injured"),
  E("2031-10-21 08:30", "Drones target gas facility near Poltava",
    ["Russian drones attacked a gas compressor station in Poltava district overnight, causing a fire that was put out by morning, the regional administration said. Nobody was hurt.",
     "Gas supplies to about 4,000 households in nearby villages were temporarily cut."],
    "strikes", "strikes", 2, "poltava-gas-facility-drone-2031-10-21", a="Ostap Hnatiuk",
    n="same region (Poltava oblast), same night, different target and no deaths; must not merge with the Kremenchuk strike"),
  E("2031-10-21 09:50", "Russian missiles hit Kremenchuk, two killed",
    ["Two people were killed and 11 injured when Russian missiles struck Kremenchuk at dawn, the city\u2019s mayor said on Telegram. A bus depot and a residential block in the Avtozavodskyi district were hit.",
     "Emergency crews are searching for people who may be trapped."],
    "strikes", "strikes", 1, KREM, a="Ostap Hnatiuk", dup="20021-01", n="near-verbatim repeat of 20021-01 with the stale toll (CMS re-publish)"),
  E("2031-10-21 11:10", "Denmark to pay for 500 Ukrainian long-range drones",
    ["Denmark will finance the production of 500 long-range strike drones by Ukrainian manufacturers under its direct-purchase model, Defence Minister Troels Lund Poulsen said. The contract is worth about 800 million kroner."],
    "aid", "aid", 2, "denmark-long-range-drones-funding-2031-10-21", a="Marta Kyrylenko",
    n="same aid theme as the EU payment (20020-04, 20022, 20023), different donor and event; must not merge"),
  E("2031-10-21 12:15", "Kremenchuk toll rises to five; day of mourning declared",
    ["The number of people killed in the morning strike on Kremenchuk has risen to five, including a 14-year-old boy, the mayor said. Twenty-two people are in hospital.",
     "Wednesday has been declared a day of mourning in the city."],
    "strikes", "strikes", 3, KREM, a="Ostap Hnatiuk", n="toll 5"),
  E("2031-10-21 14:45", "Heavy fighting near Siversk, General Staff says",
    ["Ukrainian forces repelled 19 Russian assaults near Siversk in the Donetsk region over the past day, the General Staff said, adding that Russian troops were using armoured vehicles again after weeks of infantry-only attacks."],
    "other", "frontline", 2, "siversk-fighting-2031-10-21", a="Marta Kyrylenko"),
  E("2031-10-21 18:40", "Zelensky: Kremenchuk strike shows why we need more Patriots",
    ["President Volodymyr Zelensky said eight people had now died in Kremenchuk and that the city could have been protected if Ukraine had two more Patriot systems. \u201cEvery delayed delivery has a name and an address,\u201d he said in his evening address."],
    "strikes", "strikes", 3, KREM, a="Ostap Hnatiuk", sec=["aid"], n="reaction whose content is the attack (toll 8) plus a plea for air defence; shares the Kremenchuk story"),
  ]))

# ---------------------------------------------------------------- 20022 Windrush Bay Observer (day 1, RSS world feed)
SEEDS.append(dict(
  id="20022", name="20022_windrushbay-worldrss", ext="xml", source="Windrush Bay Observer", zone="America/New_York", render=r_rss,
  title="Windrush Bay Observer \u2013 World", url="https://windrushbay-observer.example", guid="wbo-world",
  lede="World news from the Windrush Bay Observer",
  basis="RSS pubDate '{s}' (explicit -0400 offset, EDT); local {d} in {z}",
  notes="Invented outlet. General world RSS 2.0 feed (New York): four of six items are not about the war. pubDate with -0400, dc:creator on most items, CDATA description with <p> paragraphs. Spells the city 'Kremenchug' (Russian transliteration).",
  not_entries=["channel title, link, description, language, lastBuildDate, atom:link, ttl", "category labels", "guid values"],
  entries=[
  E("2031-10-21 17:45", "Hurricane Teodora strengthens to Category 3 as it nears Jamaica",
    ["Hurricane Teodora strengthened to a Category 3 storm on Tuesday afternoon with maximum sustained winds of 120 mph, the National Hurricane Center said. Jamaica has ordered evacuations along its southern coast."],
    "other", "unrelated", 1, "hurricane-teodora-jamaica-2031-10-21", a="Luis Arroyo", n="off-beat: Caribbean hurricane", cat="Americas"),
  E("2031-10-21 15:20", "Bank of Canada holds key rate and signals a long pause",
    ["The Bank of Canada kept its policy rate unchanged at 2.5% on Tuesday and said it expected to leave it there well into next year."],
    "other", "unrelated", 1, "bank-of-canada-rate-hold-2031-10-21", a="Helen Marchetti", n="off-beat: Canadian monetary policy", cat="Business"),
  E("2031-10-21 12:10", "EU releases $4.9 billion payment to Ukraine",
    ["The European Union approved a \u20ac4.2 billion ($4.9 billion) payment to Ukraine on Tuesday, part of a multiyear support program tied to reforms of the courts and customs service.",
     "Ukraine relies on Western money to pay pensions and public wages while its own revenue goes to the military."],
    "aid", "aid", 3, EUT, a="Helen Marchetti", cat="World"),
  E("2031-10-21 10:30", "Missile strike on Kremenchug kills seven",
    ["A Russian missile attack on the central Ukrainian city of Kremenchug killed at least seven people and injured more than 20, Ukrainian officials said Tuesday.",
     "The missiles hit a municipal bus depot and two apartment buildings shortly after dawn."],
    "strikes", "strikes", 3, KREM, a="Dmitri Vance", cat="World", n="spelling 'Kremenchug'; toll 7"),
  E("2031-10-21 08:05", "Mexican Senate approves overhaul of water concessions",
    ["Mexico's Senate passed a bill that shortens water-use concessions for industry and farms from 30 years to 15, after a drought that has left reservoirs in the north at record lows."],
    "other", "unrelated", 1, "mexico-water-concessions-bill-2031-10-21", a="Luis Arroyo", n="off-beat: Mexican legislation", cat="Americas"),
  E("2031-10-21 06:40", "Floods cut off parts of Chennai after record rainfall",
    ["Parts of the Indian city of Chennai were under water on Tuesday after 310 millimetres of rain fell in 24 hours, the heaviest downpour there in half a century."],
    "other", "unrelated", 1, "chennai-floods-2031-10-21", a=None, n="off-beat: floods in India", cat="Asia"),
  ]))

# ---------------------------------------------------------------- 20023 Rowantree Gazette (day 1, Atom, Warsaw)
SEEDS.append(dict(
  id="20023", name="20023_rowantree-atom", ext="xml", source="Rowantree Gazette", zone="Europe/Warsaw", render=r_atom,
  title="Rowantree Gazette \u2013 Central & Eastern Europe", url="https://rowantree-gazette.example",
  lede="News and opinion from Central and Eastern Europe",
  basis="Atom <published> '{s}' (explicit +02:00 offset, CEST); local {d} in {z}",
  notes="Invented outlet (Warsaw). Atom feed, newest first, <published>/<updated> with +02:00, authors, escaped HTML content. 20023-05 is an opinion column (importance 2, its own story, other/security).",
  not_entries=["feed title, subtitle, links, id, updated, rights", "category terms", "entry ids and links"],
  entries=[
  E("2031-10-21 19:40", "Polish prosecutors charge two men over rail sabotage plot",
    ["Prosecutors in Lublin charged two Belarusian citizens with planning to derail a freight train on the line that carries military aid to Ukraine. They face up to 12 years in prison."],
    "other", "security", 2, "poland-rail-sabotage-charges-2031-10-21", a="Agnieszka Wolny", cat="Poland"),
  E("2031-10-21 16:15", "Brussels signs off \u20ac4.2bn tranche for Kyiv",
    ["The European Commission approved a \u20ac4.2bn payment to Ukraine from its support facility on Tuesday afternoon, after member states confirmed that Kyiv had passed laws on customs and court reform."],
    "aid", "aid", 3, EUT, a="Tomasz Reszka", cat="EU"),
  E("2031-10-21 13:00", "Kremenchuk: six dead after missiles hit flats and bus depot",
    ["Six people were killed when Russian missiles hit apartment blocks and a bus depot in Kremenchuk on Tuesday morning, Ukrainian officials said, raising the toll from an earlier five.",
     "The city, home to Ukraine\u2019s largest working oil refinery, has been a frequent target."],
    "strikes", "strikes", 3, KREM, a="Tomasz Reszka", cat="Ukraine", n="toll 6"),
  E("2031-10-21 10:20", "Lithuania summons Belarusian envoy over balloon incursions",
    ["Lithuania\u2019s foreign ministry summoned Belarus\u2019s charg\u00e9 d\u2019affaires after 40 smuggling balloons crossed the border overnight, forcing Vilnius airport to close for three hours."],
    "diplomacy", "diplomacy", 2, "lithuania-summons-belarus-envoy-balloons-2031-10-21", a="Agnieszka Wolny", cat="Baltics"),
  E("2031-10-21 08:05", "Opinion: Poland\u2019s eastern shield needs drones, not just concrete",
    ["Bunkers and anti-tank ditches along the Belarusian border make for good photographs, but the war next door shows that the first line of defence is now in the air.",
     "Warsaw should spend less of the programme\u2019s budget on earthworks and more on sensors and interceptor drones."],
    "other", "security", 2, "opinion-poland-eastern-shield-drones-2031-10-21", a="Krzysztof Malec", cat="Opinion", n="opinion column; its own story"),
  ]))


def r_htmllive_et(S):
    """HTML live blog without JSON-LD, newest first; date header 'Wednesday, October 22, 2031' and the note 'All times ET' once;
    each post: <span class="timestamp">5:20 p.m.</span>, h3 headline, 'By NAME', body; a photo teaser prints a gallery placeholder."""
    z = S["zone"]; order_check(S, True)
    day = dt(S["entries"][0]["t"], z)
    out = ['<!DOCTYPE html>', '<html lang="en-CA"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title>',
           f'<meta property="og:title" content="{attr(S["title"])}"></head><body>',
           '<div class="banner">Subscribe for $1 a week for the first year. <a>Get offer</a></div>',
           f'<header><strong class="masthead">{S["source"]}</strong><nav><a>Local</a> <a>Canada</a> <a>World</a> <a>Politics</a> <a>Business</a> <a>Sports</a> <a>Opinion</a></nav></header>',
           f'<main><p class="kicker">World</p><h1>{esc(S["title"])}</h1>',
           f'<p class="date">{DAYS_EN[day.weekday()]}, {MONTHS[day.month - 1]} {day.day}, {day.year}</p>', f'<p class="tz-note">{esc(S["tznote"])}</p>',
           f'<p class="summary">{esc(S["lede"])}</p>', '<ol class="live-posts">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, space=" ", dots=True); stamps.append(st)
        out.append(f'<li class="live-post"><span class="timestamp">{st}</span><h3>{esc(e["h"])}</h3>')
        if e["a"]:
            out.append(f'<p class="byline">By {esc(e["a"])}</p>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append(f'<figure class="gallery"><span class="gallery-count">{e.get("photos", 10)} photos</span><figcaption>Tap to view gallery</figcaption></figure>')
        out.append('</li>')
        if i == 2:
            out.append(f'<li class="ad-slot"><span>Advertisement</span></li>')
    out += ['</ol>', f'<p class="more"><a href="/world/ukraine-live-{S["prev"]}">Read yesterday\u2019s live coverage</a></p></main>',
            f'<footer>{S["source"]} \u00b7 Contact us \u00b7 Terms of use \u00b7 Privacy \u00b7 Accessibility</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_textlive_sig(S):
    """text live blog, oldest first; date line with year under the title; each post: optional 'Republished from ...' label, headline,
    body, then a trailing signature '\u2014 NAME, 08:10 CEST' (stamp after the body)."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "Home  |  Netherlands  |  Europe  |  World  |  Economy  |  Culture", "", S["title"], S["dateline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} {d.tzname()}"; stamps.append(st)
        if e.get("partner"):
            L += [f"Republished from our partners at {e['partner']}:"]
        L += [e["h"], ""] + ptxt(e["p"]) + [f"\u2014 {e['a']}, {st}", "", "* * *", ""]
        if i == 3:
            L += ["Advertisement", ""]
    L += ["This live blog is closed. Our coverage continues tomorrow morning.", "", f"\u00a9 {S['source']}  \u00b7  Colophon  \u00b7  Privacy  \u00b7  Contact"]
    return "\n".join(L) + "\n", stamps


# Day 2 = 2031-10-22
SUMY = "sumy-hospital-drone-strike-2031-10-22"
INDIA = "jaishankar-kyiv-visit-2031-10-22"

# ---------------------------------------------------------------- 20030 Tallisker Bay Courier (day 2, HTML live, Eastern time)
SEEDS.append(dict(
  id="20030", name="20030_tallisker-htmllive", ext="html", source="Tallisker Bay Courier", zone="America/Toronto", render=r_htmllive_et,
  title="War in Ukraine: live updates", tznote="All times ET", prev="2031-10-21",
  lede="Drones strike a hospital annex in Sumy; Kremenchuk buries its dead; Canada pays for demining machines.",
  basis="stamp '{s}' (12-hour clock with 'p.m.'/'a.m.') under the date header 'Wednesday, October 22, 2031' and the page note 'All times ET' (EDT = UTC-4); local {d} in {z}",
  notes="Invented outlet (Canadian). HTML live page without JSON-LD, newest first. One date header 'Wednesday, October 22, 2031' and one zone note 'All times ET'; each post has a '5:20 p.m.' / '2:10 a.m.' stamp, h3 headline, 'By NAME' byline (the photo teaser has none), body. 20030-02 is a 'Photos:' teaser with only a gallery placeholder. 20030-04 is the day's theme piece (explainer on daylight drone attacks) that mentions Sumy; must not merge. 20030-05 continues day 1's Kremenchuk story (funerals, toll 11). 20030-06 (Russian-reported shelling of Belgorod) is a strike by the other side: must not merge with Sumy.",
  not_entries=["subscription banner", "masthead and navigation", "kicker 'World'", "page title", "date header 'Wednesday, October 22, 2031'", "zone note 'All times ET'",
               "summary line", "bylines 'By ...'", "gallery placeholder '10 photos' / 'Tap to view gallery' in the teaser", "'Advertisement' slot after the third post",
               "link 'Read yesterday\u2019s live coverage'", "footer"],
  entries=[
  E("2031-10-22 17:20", "Sumy death toll climbs to five",
    ["Five people are now confirmed dead after Russian drones struck a hospital annex in Sumy on Wednesday morning, the regional military administration said. Two of the dead were nurses on the night shift.",
     "Twenty-six people were injured."],
    "strikes", "strikes", 3, SUMY, a="Fiona MacLeod", n="toll 5"),
  E("2031-10-22 15:05", "Photos: Inside the damaged Sumy hospital", [],
    "strikes", "strikes", 1, SUMY, a=None, photos=11, n="photo teaser without body; shows the Sumy strike"),
  E("2031-10-22 12:40", "Canada to pay for demining machines for Ukrainian farmland",
    ["Ottawa will spend C$55 million on 40 remote-controlled demining machines for Ukraine\u2019s State Emergency Service, Foreign Affairs Minister Anita Anand said, to clear farmland in the Kharkiv and Kherson regions."],
    "aid", "aid", 2, "canada-demining-machines-2031-10-22", a="Fiona MacLeod", n="same aid theme as the Dutch air-defence money (20031-07), different donor; must not merge"),
  E("2031-10-22 10:15", "Explainer: Why Russia\u2019s drones now attack in daylight",
    ["Wednesday\u2019s strike on Sumy came at 8:40 in the morning, when wards were full. It was not an accident of timing.",
     "Since the summer, Russia has sent more drones in daylight hours, when Ukrainian mobile fire teams find it harder to spot them against the sky and when civilians are away from shelters.",
     "Daytime raids also catch emergency crews who have been working all night."],
    "strikes", "strikes", 2, "explainer-daytime-drone-attacks", a="Graham Whitty",
    n="theme piece (explainer on daylight drone raids, no single event); mentions Sumy but must not merge with it"),
  E("2031-10-22 07:30", "Kremenchuk buries its dead as toll reaches 11",
    ["The number of people killed in Tuesday\u2019s missile strike on Kremenchuk has risen to 11 after two of the injured died in hospital overnight, city officials said.",
     "The first funerals were held on Wednesday, a day of mourning in the city."],
    "strikes", "strikes", 3, KREM, a="Graham Whitty", n="continuation of day 1's Kremenchuk story (toll 11, mourning)"),
  E("2031-10-22 04:50", "Russian officials say Ukrainian shelling wounded three in Belgorod",
    ["Three people were wounded when Ukrainian artillery hit the outskirts of Belgorod overnight, the Russian region\u2019s governor said. Ukraine did not comment."],
    "strikes", "strikes", 2, "belgorod-shelling-2031-10-22", a="Graham Whitty", n="strike by the other side on the same day; must not merge with Sumy"),
  E("2031-10-22 02:10", "Drones hit hospital annex in Sumy, killing two",
    ["Russian drones struck the annex of a city hospital in Sumy on Wednesday morning local time, killing two people and wounding at least 15, Ukrainian officials said.",
     "Patients were moved to other hospitals."],
    "strikes", "strikes", 3, SUMY, a="Graham Whitty", n="first report; toll 2"),
  ]))

# ---------------------------------------------------------------- 20031 Ardnamurrow Herald (day 2, text live, oldest first)
SUMY_FIRST = ["Two people were killed when Russian drones hit a hospital building in Sumi in north-eastern Ukraine this morning, the regional authorities said. At least 15 people were injured, among them patients and staff.",
              "The attack came in daylight, shortly after the morning shift began."]
SEEDS.append(dict(
  id="20031", name="20031_ardnamurrow-textlive", ext="txt", source="Ardnamurrow Herald", zone="Europe/Amsterdam", render=r_textlive_sig,
  title="Live: the war in Ukraine", dateline="Wednesday 22 October 2031",
  lede="Drones hit a hospital in Sumi; India's foreign minister visits Kyiv; The Hague frees more money for air defence.",
  basis="signature stamp '{s}' after the post body, under the date line 'Wednesday 22 October 2031' (CEST = UTC+2); local {d} in {z}",
  notes="Invented outlet (Netherlands). Text live blog, oldest first. Date line 'Wednesday 22 October 2031' under the title. Each post: headline, body, then a trailing signature '\u2014 NAME, 08:10 CEST' (stamp after the body); posts separated by '* * *'. Spells the city 'Sumi'. 20031-02 re-publishes day 1's analysis 20020-03 verbatim under the label 'Republished from our partners at Oxmantown Review:' (re-post of a day-1 entry: importance 1, same story, duplicate_of null because duplicates are defined within one seed). 20031-04 repeats 20031-01 near-verbatim (stale toll): duplicate_of 20031-01. 20031-05 (drones on a chemical plant in Shostka, same Sumy region) must not merge with the Sumy hospital strike.",
  not_entries=["masthead and navigation", "title and date line 'Wednesday 22 October 2031'", "standfirst", "label 'Republished from our partners at Oxmantown Review:'",
               "signature lines '\u2014 NAME, HH:MM CEST' (author and stamp, not body)", "'* * *' separators", "'Advertisement' after the fourth post", "closing line", "footer"],
  entries=[
  E("2031-10-22 08:10", "Drone strike on Sumi hospital: two dead", SUMY_FIRST, "strikes", "strikes", 3, SUMY, a="Maaike Verhoef", n="spelling 'Sumi'; toll 2"),
  E("2031-10-22 09:30", THEME1_H, THEME1_P, "strikes", "strikes", 1, THEME1, a="Ciara Nolan", partner="Oxmantown Review",
    n="re-post of day-1 entry 20020-03 (same headline and text, label 'Republished from our partners at Oxmantown Review:'); importance 1"),
  E("2031-10-22 11:05", "Indian foreign minister arrives in Kyiv",
    ["India\u2019s External Affairs Minister Subrahmanyam Jaishankar arrived in Kyiv by train on Wednesday for talks with President Zelensky and Foreign Minister Andrii Sybiha.",
     "New Delhi has offered to host technical talks on the safety of nuclear plants."],
    "diplomacy", "diplomacy", 3, INDIA, a="Joost Bakker"),
  E("2031-10-22 12:50", "Drone strike on Sumi hospital: two dead",
    ["Two people were killed when Russian drones hit a hospital building in Sumi in north-eastern Ukraine this morning, the regional authorities said. At least 15 people were injured, among them patients and staff."],
    "strikes", "strikes", 1, SUMY, a="Maaike Verhoef", dup="20031-01", n="near-verbatim repeat of 20031-01 (stale toll)"),
  E("2031-10-22 14:30", "Drones hit chemical plant in Shostka",
    ["A chemical plant in Shostka, also in the Sumy region, was hit by several drones in the afternoon, starting a fire in a storage building. Local officials said there were no casualties and no toxic release."],
    "strikes", "strikes", 2, "shostka-chemical-plant-drone-2031-10-22", a="Maaike Verhoef",
    n="same region (Sumy oblast), same day, different target and no deaths; must not merge with the Sumy hospital strike"),
  E("2031-10-22 16:45", "Sumi toll rises to four",
    ["Four people have now died as a result of the drone strike on the hospital in Sumi, the regional military administration says. Two of the injured are in a serious condition."],
    "strikes", "strikes", 3, SUMY, a="Maaike Verhoef", n="toll 4"),
  E("2031-10-22 19:10", "Cabinet frees \u20ac95 million for Ukrainian air defence",
    ["The Dutch government will spend another \u20ac95 million on radar and short-range air defence for Ukraine, Defence Minister Ruben Brekelmans told parliament. The money comes from the budget reserved for Ukraine next year, brought forward."],
    "aid", "aid", 2, "netherlands-air-defence-95m-2031-10-22", a="Joost Bakker"),
  ]))

# ---------------------------------------------------------------- 20032 Cragwater Daily (day 2, RSS world feed, GMT)
SEEDS.append(dict(
  id="20032", name="20032_cragwater-worldrss", ext="xml", source="Cragwater Daily", zone="UTC", render=r_rss, gmt=True,
  title="Cragwater Daily: World", url="https://cragwater-daily.example", guid="cwd",
  lede="The latest world headlines from Cragwater Daily",
  basis="RSS pubDate '{s}' (GMT); {u} UTC",
  notes="Invented outlet. General world RSS 2.0 feed with GMT pubDates; four of six items are not about the war. The two war items are the Sumy hospital strike (toll 4) and the continuation of day 1's Kremenchuk story (mourning, toll 11).",
  not_entries=["channel title, link, description, language, lastBuildDate, atom:link, ttl", "category labels", "guid values"],
  entries=[
  E("2031-10-22 21:55", "Chile\u2019s copper output falls to a ten-year low",
    ["Chile produced less copper in September than in any month since 2021, the national statistics agency said, blaming strikes at two large mines and lower ore grades."],
    "other", "unrelated", 1, "chile-copper-output-low-2031-10-22", a="Marisol Reyes", n="off-beat: mining", cat="Business"),
  E("2031-10-22 19:30", "Bushfires force evacuations north of Sydney",
    ["Hundreds of residents were told to leave their homes on the Central Coast of New South Wales as bushfires spread in hot, windy weather."],
    "other", "unrelated", 1, "nsw-bushfires-evacuations-2031-10-22", a=None, n="off-beat: Australian bushfires", cat="Asia-Pacific"),
  E("2031-10-22 16:10", "Sumy drone strike: death toll rises to four",
    ["Four people were killed when Russian drones hit a hospital annex in Sumy on Wednesday, regional officials said. It was one of the deadliest attacks on the city this year."],
    "strikes", "strikes", 3, SUMY, a="Rhodri Pennant", cat="Europe", n="toll 4"),
  E("2031-10-22 13:20", "UK inflation eases to 2.6% in September",
    ["Consumer price inflation in the UK fell to 2.6% in September from 2.9% in August, the Office for National Statistics said, helped by lower fuel prices."],
    "other", "unrelated", 1, "uk-inflation-september-2031-10-22", a="Rhodri Pennant", n="off-beat: UK economy", cat="Business"),
  E("2031-10-22 11:45", "Kremenchuk mourns as missile strike toll rises to 11",
    ["The central Ukrainian city of Kremenchuk held a day of mourning on Wednesday for the 11 people killed in Tuesday\u2019s Russian missile strike, after two more of the injured died overnight."],
    "strikes", "strikes", 3, KREM, a="Rhodri Pennant", cat="Europe", n="continuation of day 1's Kremenchuk story"),
  E("2031-10-22 08:00", "South Korean court jails former defence minister",
    ["A Seoul court sentenced a former defence minister to seven years in prison for abuse of power over a cancelled procurement contract."],
    "other", "unrelated", 1, "south-korea-former-minister-jailed-2031-10-22", a=None, n="off-beat: South Korean courts", cat="Asia-Pacific"),
  ]))

# ---------------------------------------------------------------- 20033 Glaslyn Review (day 2, Atom, Kyiv offset)
SEEDS.append(dict(
  id="20033", name="20033_glaslyn-atom", ext="xml", source="Glaslyn Review", zone="Europe/Kyiv", render=r_atom,
  title="Glaslyn Review \u2013 Ukraine", url="https://glaslyn-review.example",
  lede="Reporting from Ukraine",
  basis="Atom <published> '{s}' (explicit +03:00 offset, EEST); local {d} in {z}",
  notes="Invented outlet (Kyiv). Atom feed, newest first, +03:00, authors, escaped HTML content. 20033-05 (the overnight drone attack across the country) is a separate event from the daytime Sumy strike: must not merge.",
  not_entries=["feed title, subtitle, links, id, updated, rights", "category terms", "entry ids and links"],
  entries=[
  E("2031-10-22 22:40", "Rescuers end search in Sumy; five confirmed dead",
    ["Emergency workers finished clearing the rubble of the hospital annex in Sumy on Wednesday evening. Five people were killed and 26 injured in the drone strike, the State Emergency Service said."],
    "strikes", "strikes", 3, SUMY, a="Yaryna Lytvyn", cat="Ukraine", n="toll 5"),
  E("2031-10-22 18:30", "Jaishankar offers Indian help on nuclear safety and grain logistics",
    ["After meeting President Zelensky in Kyiv, India\u2019s foreign minister said New Delhi was ready to host expert talks on the safety of nuclear power plants and to buy more Ukrainian grain through Black Sea ports."],
    "diplomacy", "diplomacy", 3, INDIA, a="Bohdan Sirko", cat="Politics"),
  E("2031-10-22 15:10", "Parliament passes 2032 budget in first reading",
    ["The Verkhovna Rada approved the draft state budget for 2032 in the first reading with 258 votes. Defence and security account for 61% of spending."],
    "other", "politics", 2, "rada-budget-2032-first-reading-2031-10-22", a="Bohdan Sirko", cat="Politics"),
  E("2031-10-22 11:25", "Russia claims capture of village near Lyman",
    ["Russia\u2019s defence ministry said its troops had taken a village north of Lyman. Ukraine\u2019s eastern command said its units still held positions on the village\u2019s western edge."],
    "other", "frontline", 2, "russia-claims-village-near-lyman-2031-10-22", a="Yaryna Lytvyn", cat="War"),
  E("2031-10-22 07:55", "Air force: 58 of 74 drones downed overnight",
    ["Ukrainian air defence shot down or jammed 58 of the 74 drones Russia launched overnight, the air force said. Hits were recorded in the Odesa and Chernihiv regions."],
    "strikes", "strikes", 2, "overnight-drone-attack-2031-10-22", a="Yaryna Lytvyn", cat="War",
    n="the overnight countrywide attack is a different event from the daytime Sumy hospital strike; must not merge"),
  ]))


def r_textlive_bare(S):
    """text live blog, newest first; date line with weekday but NO year anywhere on the page; two-name page byline; bare '21:50'
    line before each headline; a video teaser prints '[Video 0:48]' instead of text."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"].upper(), "Front page  \u00b7  Ukraine  \u00b7  Russia  \u00b7  Europe  \u00b7  Comment", "", S["title"], S["dateline"], S["byline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""]
        L += ptxt(e["p"]) if e["p"] else [f"[Video {e.get('dur', '0:48')}]", ""]
        if i == 2:
            L += ["Our reporting is free to read. Support it from \u20ac3 a month.", ""]
    L += ["Load earlier entries", "", f"{S['source']} \u00b7 About \u00b7 Complaints \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_htmllive_fi(S):
    """HTML live blog, oldest first (Finnish house style): NewsArticle JSON-LD with page-level dates only; visible stamp
    '28.10.2031 10.05' (day.month.year, dotted 24-hour time, no zone printed) in <span class="stamp">, h2 headline, body, 'Text: NAME'."""
    z = S["zone"]; order_check(S, False)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "url": S["url"], "datePublished": first.isoformat(),
          "dateModified": last.isoformat(), "inLanguage": "en", "isAccessibleForFree": True,
          "publisher": {"@type": "Organization", "name": S["source"]}, "author": [{"@type": "Organization", "name": S["source"] + " news desk"}]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header><span class="logo">{S["source"]}</span><nav><a>Finland</a> <a>Nordics</a> <a>Europe</a> <a>World</a> <a>Economy</a> <a>Sport</a></nav>'
           '<a class="lang">Suomeksi</a> <a class="login">Log in</a></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="ingress">{esc(S["lede"])}</p>',
           f'<p class="published">Published {first.day}.{first.month}.{first.year} {first:%H}.{first:%M} | Updated {last.day}.{last.month}.{last.year} {last:%H}.{last:%M}</p>',
           '<div class="live">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day}.{d.month}.{d.year} {d:%H}.{d:%M}"; stamps.append(st)
        out.append(f'<section class="live-item"><span class="stamp">{st}</span><h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="credit">Text: {esc(e["a"])}</p>')
        out.append('</section>')
        if i == 1:
            out.append('<aside class="promo">Get the morning newsletter from Helsinki \u2013 <a>subscribe</a></aside>')
    out += ['</div></main>', f'<footer>{S["source"]} \u00b7 Contact \u00b7 Accessibility statement \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_article(S):
    """text article with section headings (one entry per section), byline and a dateline with time and zone; no per-section stamp."""
    L = [S["source"], "Home  \u203a  Europe  \u203a  Ukraine", "", S["title"], "", S["lede"], "", f"By {S['byline']}", S["dateline"], "",
         "Share  \u00b7  Print  \u00b7  Listen (4 min)", ""]
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
    L += [S["more"], "", f"\u00a9 {S['source']}  \u00b7  Imprint  \u00b7  Privacy"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


# Day 3 = 2031-10-28 (Europe on winter time: Kyiv/Helsinki EET = UTC+2, Prague CET = UTC+1)
DNIPRO = "dnipro-missile-strike-2031-10-28"
PSWAP = "qatar-mediated-prisoner-exchange-2031-10-28"
NOR = "norway-air-defence-package-2031-10-28"

# ---------------------------------------------------------------- 20040 Ingleborough Wire (day 3, Atom world feed, UTC)
SEEDS.append(dict(
  id="20040", name="20040_ingleborough-worldatom", ext="xml", source="Ingleborough Wire", zone="UTC", render=r_atom,
  title="Ingleborough Wire \u2013 World headlines", url="https://ingleborough-wire.example",
  lede="Breaking news and top stories from around the world",
  basis="Atom <published> '{s}' (UTC, 'Z'); {u} UTC",
  notes="Invented outlet. General world Atom feed in UTC ('Z'); four of six entries are not about the war. Spells the city 'Dnepr' (Russian transliteration).",
  not_entries=["feed title, subtitle, links, id, updated, rights", "category terms", "entry ids and links"],
  entries=[
  E("2031-10-28 21:30", "Vietnam evacuates 300,000 as Typhoon Linh approaches",
    ["Vietnam moved about 300,000 people away from the central coast on Tuesday as Typhoon Linh approached with winds of up to 170 km/h."],
    "other", "unrelated", 1, "vietnam-typhoon-evacuation-2031-10-28", a="Mai Thuy Pham", n="off-beat: typhoon in Vietnam", cat="Asia"),
  E("2031-10-28 18:10", "Qatar-brokered swap returns 210 Ukrainian prisoners",
    ["Russia and Ukraine exchanged 210 prisoners each on Tuesday in a swap mediated by Qatar, both sides said. Qatar also arranged the return of eight Ukrainian children to their families."],
    "diplomacy", "diplomacy", 3, PSWAP, a="Colm Rafferty", cat="Europe"),
  E("2031-10-28 15:40", "Turkish lira slides after surprise rate cut",
    ["The Turkish lira fell 2.3% against the dollar after the central bank cut its main rate by 250 basis points, more than economists had expected."],
    "other", "unrelated", 1, "turkish-lira-rate-cut-2031-10-28", a="Colm Rafferty", n="off-beat: currency markets", cat="Markets"),
  E("2031-10-28 12:10", "Missile strike on Dnepr kills seven",
    ["A Russian ballistic missile hit the centre of the Ukrainian city of Dnepr on Tuesday morning, killing at least seven people and wounding 40, regional officials said."],
    "strikes", "strikes", 3, DNIPRO, a="Colm Rafferty", cat="Europe", n="spelling 'Dnepr'; toll 7"),
  E("2031-10-28 09:25", "Spanish train drivers begin three-day strike",
    ["Most long-distance and regional trains in Spain were cancelled as drivers began a three-day strike over staffing levels."],
    "other", "unrelated", 1, "spain-train-drivers-strike-2031-10-28", a=None, n="off-beat: Spanish rail strike", cat="Europe"),
  E("2031-10-28 06:50", "Nairobi opens first line of its commuter rail network",
    ["Kenya opened the first 22-kilometre line of Nairobi's new commuter rail network, linking the city centre with the airport."],
    "other", "unrelated", 1, "nairobi-commuter-rail-2031-10-28", a="Wanjiru Kamau", n="off-beat: transport in Kenya", cat="Africa"),
  ]))

# ---------------------------------------------------------------- 20041 Bellhanger Post (day 3, text live, no year)
SEEDS.append(dict(
  id="20041", name="20041_bellhanger-textlive", ext="txt", source="Bellhanger Post", zone="Europe/Kyiv", render=r_textlive_bare, parse_args=["--date", "2031-10-28"],
  title="Ukraine live: ballistic missile strike on Dnipro", dateline="Tuesday 28 October", byline="Iryna Tkach and Owen Marsh",
  lede="A missile hits central Dnipro in the morning rush; Qatar brokers a prisoner exchange; Norway adds money for air defence.",
  basis="bare stamp '{s}' (Kyiv time, no zone printed; EET = UTC+2 after the change of clocks on 26 October) under the date line 'Tuesday 28 October' (no year on the page: parse_args); local {d} in {z}",
  notes="Invented outlet. Text live blog, newest first. Date line 'Tuesday 28 October' without a year (no year anywhere on the page, hence parse_args --date 2031-10-28); bare 24-hour stamps ('21:50') on their own line before each headline, no zone printed (the outlet is in Kyiv; EET since 26 October); page byline 'Iryna Tkach and Owen Marsh' used as every entry's author. 20041-02 is a 'Video:' teaser with only a player placeholder. 20041-04 is the day's theme piece (analysis of why Dnipro's industry is targeted); must not merge with the strike. 20041-05 (drones on a rail depot in Pavlohrad, same Dnipropetrovsk region) must not merge with the Dnipro city strike.",
  not_entries=["masthead and navigation", "title", "date line 'Tuesday 28 October'", "byline 'Iryna Tkach and Owen Marsh'", "standfirst",
               "video placeholder '[Video 0:48]'", "membership appeal after the third entry", "'Load earlier entries'", "footer"],
  entries=[
  E("2031-10-28 21:50", "Dnipro toll reaches ten",
    ["Ten people have now died as a result of this morning\u2019s ballistic missile strike on central Dnipro, the regional governor, Serhii Lysak, said. Among them is a 16-year-old girl.",
     "Forty-four people were injured; 12 remain in hospital."],
    "strikes", "strikes", 3, DNIPRO, a="Iryna Tkach and Owen Marsh", n="toll 10"),
  E("2031-10-28 20:15", "Video: The moment the missile hit Dnipro", [],
    "strikes", "strikes", 1, DNIPRO, a="Iryna Tkach and Owen Marsh", dur="0:48", n="video teaser without body"),
  E("2031-10-28 18:30", "Norway adds NOK 3.2bn for Ukrainian air defence",
    ["Norway will give Ukraine another 3.2 billion kroner (about \u20ac270m) for air defence, including interceptor missiles for the NASAMS systems it has already supplied, the defence ministry in Oslo said."],
    "aid", "aid", 3, NOR, a="Iryna Tkach and Owen Marsh"),
  E("2031-10-28 16:05", "Analysis: Why Dnipro\u2019s factories keep drawing Russian missiles",
    ["Dnipro is Ukraine\u2019s rocket city. The plants that once built Soviet missiles now repair armour and assemble long-range drones, and Russia knows it.",
     "Most strikes on the city have aimed at industrial districts, but a missile that misses by a few hundred metres lands among flats, shops and bus stops, as it did this morning.",
     "Moving production underground or abroad takes years; air defence is the only quick answer."],
    "strikes", "strikes", 2, "analysis-dnipro-industrial-targets", a="Iryna Tkach and Owen Marsh",
    n="theme piece (analysis of strikes on Dnipro's industry, no single event); mentions today's strike but must not merge with it"),
  E("2031-10-28 13:40", "Drones hit rail depot in Pavlohrad",
    ["Russian drones struck a railway depot in Pavlohrad in the Dnipropetrovsk region around midday, damaging two locomotives. Nobody was injured, Ukrzaliznytsia said."],
    "strikes", "strikes", 2, "pavlohrad-rail-depot-drone-2031-10-28", a="Iryna Tkach and Owen Marsh",
    n="same region (Dnipropetrovsk oblast), same day, different target and no casualties; must not merge with the Dnipro strike"),
  E("2031-10-28 11:20", "Qatar brokers prisoner exchange",
    ["Ukraine and Russia have swapped 210 prisoners of war each in an exchange mediated by Qatar, President Zelensky said. Eight children taken to Russia were also returned."],
    "diplomacy", "diplomacy", 3, PSWAP, a="Iryna Tkach and Owen Marsh"),
  E("2031-10-28 08:45", "Ballistic missile hits central Dnipro",
    ["A Russian ballistic missile struck central Dnipro shortly before 8am, hitting a bus stop and a row of shops. At least three people were killed, according to first reports from the regional administration."],
    "strikes", "strikes", 3, DNIPRO, a="Iryna Tkach and Owen Marsh", n="first report; toll 3"),
  ]))

# ---------------------------------------------------------------- 20042 Merlinsby Times (day 3, HTML live, Helsinki, dotted stamps)
DNIPRO_FI = ["Six people were killed when a Russian ballistic missile struck the centre of Dnipro in eastern Ukraine on Tuesday morning, Ukrainian authorities said. More than 30 people were injured.",
             "The missile hit near a bus stop during the morning rush hour."]
SEEDS.append(dict(
  id="20042", name="20042_merlinsby-htmllive", ext="html", source="Merlinsby Times", zone="Europe/Helsinki", render=r_htmllive_fi,
  title="Russia\u2019s war in Ukraine \u2013 follow the day\u2019s events", url="https://merlinsby-times.example/live/ukraine-28-10-2031",
  lede="The news desk follows developments in Ukraine and their effects in Finland.",
  basis="visible stamp '{s}' (day.month.year and dotted 24-hour time, Finnish style, no zone printed; Helsinki time, EET = UTC+2); local {d} in {z}",
  notes="Invented outlet (Helsinki). HTML live page, oldest first. A NewsArticle JSON-LD block carries only page-level datePublished/dateModified and a desk author (not per-entry data). Visible header 'Published 28.10.2031 10.05 | Updated 28.10.2031 19.00'; each item: '28.10.2031 10.05' stamp (Finnish day.month.year with a dotted 24-hour clock, no zone printed: Helsinki, EET since 26 October), h2 headline, body, 'Text: NAME' credit. 20042-03 repeats 20042-01 near-verbatim with the stale toll: duplicate_of 20042-01.",
  not_entries=["JSON-LD block (page-level NewsArticle)", "logo, navigation, 'Suomeksi', 'Log in'", "title and ingress", "'Published ... | Updated ...' line",
               "credit lines 'Text: NAME' (author, not body)", "newsletter promo after the second item", "footer"],
  entries=[
  E("2031-10-28 10:05", "Missile strike on Dnipro kills six", DNIPRO_FI, "strikes", "strikes", 3, DNIPRO, a="Sanni Kettunen", n="toll 6"),
  E("2031-10-28 12:20", "Finland summons Russian ambassador over airspace violation",
    ["The Finnish foreign ministry summoned Russia\u2019s ambassador after a Russian military helicopter flew about two kilometres into Finnish airspace near Virolahti on Monday evening."],
    "diplomacy", "diplomacy", 2, "finland-summons-russian-ambassador-2031-10-28", a="Jere Laaksonen"),
  E("2031-10-28 13:40", "Missile strike on Dnipro kills six",
    ["Six people were killed when a Russian ballistic missile struck the centre of Dnipro in eastern Ukraine on Tuesday morning, Ukrainian authorities said. More than 30 people were injured."],
    "strikes", "strikes", 1, DNIPRO, a="Sanni Kettunen", dup="20042-01", n="near-verbatim repeat of 20042-01 (stale toll)"),
  E("2031-10-28 15:10", "210 Ukrainian prisoners return home in Qatar-mediated exchange",
    ["Ukraine and Russia each freed 210 prisoners of war in an exchange mediated by Qatar. Many of the Ukrainians had been captured in 2022 in Mariupol and the Kharkiv region."],
    "diplomacy", "diplomacy", 3, PSWAP, a="Jere Laaksonen"),
  E("2031-10-28 17:25", "Norway pledges 3.2 billion kroner for Ukraine\u2019s air defence",
    ["Norway will provide another 3.2 billion Norwegian kroner for Ukraine\u2019s air defence, mostly for missiles for NASAMS launchers, Norwegian Defence Minister Tore O. Sandvik said."],
    "aid", "aid", 3, NOR, a="Jere Laaksonen"),
  E("2031-10-28 19:00", "Defence Forces begin winter readiness exercise in Lapland",
    ["About 4,500 conscripts and reservists began a two-week readiness exercise in Lapland on Tuesday, the Finnish Defence Forces said. Troops from Sweden and Norway are taking part."],
    "other", "security", 2, "finland-lapland-winter-exercise-2031-10-28", a="Sanni Kettunen"),
  ]))

# ---------------------------------------------------------------- 20043 Stoatmoor Courier (day 3, text article with sections)
SEEDS.append(dict(
  id="20043", name="20043_stoatmoor-article", ext="txt", source="Stoatmoor Courier", zone="Europe/Prague", render=r_article,
  title="Ukraine on Tuesday: Dnipro under fire, prisoners freed, Spanish missiles, a spy jailed",
  lede="The day\u2019s main developments in Russia\u2019s war against Ukraine, in brief.",
  byline="Veronika Hal\u00e1sov\u00e1", dateline="28 October 2031, 15:40 CET", more="More from our Ukraine desk: all reports",
  basis="no per-section time; the article's dateline '28 October 2031, 15:40 CET' (UTC+1) applies to every section; local {d} in {z}",
  notes="Invented outlet (Prague). Text article with four section headings (one entry each), page byline 'By Veronika Hal\u00e1sov\u00e1' (every section's author) and a dateline with time and zone; no per-section stamp (stamp null, published = dateline). Section 3 (Spanish Hawk missiles) is the same aid theme as Norway's package in 20041/20042 but a different donor: must not merge.",
  not_entries=["masthead and breadcrumb", "article title", "standfirst", "byline 'By Veronika Hal\u00e1sov\u00e1'", "dateline '28 October 2031, 15:40 CET'",
               "share line", "closing link 'More from our Ukraine desk: all reports'", "footer"],
  entries=[
  E("2031-10-28 15:40", "Dnipro under fire",
    ["A Russian ballistic missile hit the centre of Dnipro during the morning rush hour, killing at least eight people, the regional administration said. Most of the victims were waiting for buses.",
     "Dnipro, a centre of Ukraine\u2019s defence industry, has been hit repeatedly this autumn."],
    "strikes", "strikes", 3, DNIPRO, a="Veronika Hal\u00e1sov\u00e1", n="toll 8"),
  E("2031-10-28 15:40", "Prisoners freed",
    ["Ukraine and Russia exchanged 210 prisoners of war each, with Qatar acting as mediator. Doha also arranged the return of eight children."],
    "diplomacy", "diplomacy", 3, PSWAP, a="Veronika Hal\u00e1sov\u00e1"),
  E("2031-10-28 15:40", "Spain to send more Hawk missiles",
    ["Spain will send Ukraine a further batch of Hawk air-defence missiles from its own stocks, the defence ministry in Madrid said, without giving numbers."],
    "aid", "aid", 2, "spain-hawk-missiles-2031-10-28", a="Veronika Hal\u00e1sov\u00e1",
    n="same aid theme (air defence) as Norway's package (20041-03, 20042-05), different donor and event; must not merge"),
  E("2031-10-28 15:40", "Court jails railway worker for spying",
    ["A Prague court sentenced a Czech railway dispatcher to eight years in prison for passing the timetables of military freight trains bound for Ukraine to a Russian intelligence officer."],
    "other", "security", 2, "prague-railway-spy-sentence-2031-10-28", a="Veronika Hal\u00e1sov\u00e1"),
  ]))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Builds the eval/gt seed pages and their gold files from one hand-written data table (further below).
All headlines and paragraphs are the blind tester's own invented wording, set in January 2032 with the war still under way.
Part A imitates, from memory, the page layouts of ten real official sources; Part B outlets are invented.
Deterministic. Run from the project root:  python3 eval/gt/tools/build.py"""
import html, json, os, re
from datetime import datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.", "D.C.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **kw):
    """One entry. t = local 'YYYY-MM-DD HH:MM' in the page zone (or 'YYYY-MM-DD' when the page prints a date only);
    h = headline or None; p = body paragraphs; then topic, subtopic, importance, story slug and optional labels."""
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(kw)
    return d


def OFF(t, h, p, st, a=None, n="", **kw):
    """an item not about the war (off-beat filler)."""
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
    if len(s) == 10:
        return datetime.strptime(s, "%Y-%m-%d").replace(tzinfo=ZoneInfo(zone))
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def dmy(d):
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def mdy(d):
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def rfc822(d, gmt=False):
    if gmt:
        return d.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S GMT")
    return d.strftime("%a, %d %b %Y %H:%M:%S %z")


def iso(d, z=False):
    s = d.isoformat()
    return s.replace("+00:00", "Z") if z else s


def slugify(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:80]


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def hp(ps):
    return "".join(f"<p>{esc(p)}</p>" for p in ps)


def order_check(S, newest_first):
    ts = [e["t"] for e in S["entries"]]
    assert ts == sorted(ts, reverse=newest_first), f"{S['id']}: entries must run {'newest' if newest_first else 'oldest'} first"


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
            d = dt(e["t"], S["zone"])
            if len(e["t"]) == 10:
                pub, loc, u = e["t"], f"{e['t']} {S['zone']}", e["t"]
            else:
                uu = d.astimezone(UTC)
                pub, loc, u = uu.strftime("%Y-%m-%dT%H:%M:%SZ"), d.strftime("%Y-%m-%d %H:%M ") + S["zone"], uu.strftime("%Y-%m-%d %H:%M")
            basis = (e.get("basis") or S["basis"]).format(s=stamps[i], d=e["t"], z=S["zone"], u=u)
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i], "published": pub,
                         "published_local": loc, "published_basis": basis, "author": e["a"],
                         "first_sentence": first_sentence(e["p"][0]) if e["p"] else None, "body_paragraphs": len(e["p"]),
                         "topic": e["top"], "subtopic": e["sub"], "secondary_topics": e["sec"], "importance": e["imp"],
                         "key_point": e["kp"], "duplicate_of": e["dup"], "story": e["st"], "notes": e["n"]})
        gold = {"seed": fn, "source": S["source"], "page_title": S["title"], "page_timezone": S["zone"]}
        if S.get("parse_args"):
            gold["parse_args"] = S["parse_args"]
        gold.update({"notes": S["notes"], "entries": ents, "not_entries": S["not_entries"]})
        with open(os.path.join(ROOT, "gold", S["name"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        total += len(ents)
        print(f"{fn:42s} {len(ents):2d} entries  UTC {sorted({x['published'][:10] for x in ents})}")
    print(f"{len(SEEDS)} seeds, {total} entries")

# ================================================================ PART A: ten real outlets' layouts (own words, invented news)

def r_nato_rss(S):
    """NATO newsroom RSS 2.0: channel with image, items newest first: title, link news_NNNNNN.htm, guid, one-paragraph
    description (escaped HTML <p> when longer), pubDate in GMT; no authors."""
    z = S["zone"]; order_check(S, True)
    top = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<link>https://www.nato.int/cps/en/natohq/news.htm</link>',
           '<description>News, press releases, speeches and statements from NATO Headquarters</description>',
           '<language>en</language>', '<copyright>NATO</copyright>', f'<lastBuildDate>{rfc822(top, gmt=True)}</lastBuildDate>',
           '<atom:link href="https://www.nato.int/cps/rss/en/natohq/rssFeed.xsl/rssFeed.xml" rel="self" type="application/rss+xml"/>',
           '<image><url>https://www.nato.int/nato_static_fl2014/assets/pictures/nato_logo_rss.png</url><title>NATO</title>'
           '<link>https://www.nato.int/</link></image>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=True); stamps.append(st)
        url = f"https://www.nato.int/cps/en/natohq/{e.get('kind', 'news')}_{241180 + 7 * (len(S['entries']) - i)}.htm"
        desc = esc(hp(e["p"])) if len(e["p"]) > 1 else esc(e["p"][0])
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{url}</link>', f'<guid isPermaLink="true">{url}</guid>',
                f'<description>{desc}</description>', f'<pubDate>{st}</pubDate>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="20300", name="20300_nato-newsrss", ext="xml", source="NATO", zone="UTC", render=r_nato_rss,
  title="NATO - News",
  basis="RSS pubDate '{s}' (GMT = UTC); {u} UTC",
  notes="Imitates the NATO newsroom RSS feed (news, press releases and statements from NATO Headquarters). Newest first; each item: title, link to a news_/official_texts_ page, guid, description (plain text when one paragraph, escaped <p> HTML when two), pubDate in GMT. No authors. One off-beat item (a Science for Peace and Security call that is not about the war). NATO style dates inside the text ('on Thursday (8 January 2032)') agree with the pubDates. The NATO-Ukraine Council meeting (20300-02) is convened because of the energy-grid strikes condemned in 20300-07 but is its own event (a meeting), so the two must not merge.",
  not_entries=["channel title, link, description, language, copyright, lastBuildDate, atom:link", "channel image block (NATO logo)", "guid/link URLs"],
  entries=[
  E("2032-01-08 17:40", "Secretary General welcomes Foreign Minister of Ukraine to NATO Headquarters",
    ["NATO Secretary General Mark Rutte welcomed Ukraine's Minister of Foreign Affairs, Andrii Sybiha, to NATO Headquarters on Thursday (8 January 2032) for talks on the security situation and on Allied support to Ukraine through the rest of the winter.",
     "The Secretary General said Allies had delivered more air defence interceptors to Ukraine in the last three months than in any quarter since the full-scale invasion began, and called on nations to keep their contributions coming. Minister Sybiha briefed Allies on the damage caused by this week's Russian attacks on the power grid and set out Ukraine's priorities for the year ahead."],
    "diplomacy", "diplomacy", 3, "rutte-sybiha-meeting-2032-01-08", sec=["aid"]),
  E("2032-01-08 15:05", "NATO-Ukraine Council meets on air defence following Russian attacks on the energy grid",
    ["Ambassadors in the NATO-Ukraine Council met at NATO Headquarters on Thursday at Ukraine's request, after Russian missile and drone attacks on 6 and 7 January cut electricity to more than one million households across the country.",
     "Allies reviewed recent deliveries of air defence systems and spare parts and agreed to speed up the replacement of damaged energy equipment through the Comprehensive Assistance Package Trust Fund."],
    "diplomacy", "diplomacy", 2, "nato-ukraine-council-air-defence-2032-01-08", sec=["aid", "strikes"],
    n="a meeting convened because of the 6-7 January grid strikes (20300-07); must not merge with the strikes themselves"),
  E("2032-01-08 13:30", "Allies fund new package of US-made air defence interceptors for Ukraine",
    ["Norway, Denmark and the Netherlands will jointly finance a new package worth 620 million US dollars under the Prioritised Ukraine Requirements List (PURL), NATO announced on Thursday.",
     "The package consists of Patriot interceptors and spare parts from United States stocks. Deliveries are expected to start within weeks and will be coordinated by NATO Security Assistance and Training for Ukraine (NSATU) in Wiesbaden, Germany."],
    "aid", "aid", 3, "purl-package-norway-denmark-netherlands-2032-01-08"),
  E("2032-01-08 11:15", "Exercise Steadfast Foxtrot 2032 concludes in Latvia",
    ["Some 4,200 troops from eleven Allies have completed exercise Steadfast Foxtrot 2032 in Latvia, which rehearsed the rapid reinforcement of NATO's eastern flank in deep winter conditions."],
    "other", "security", 2, "steadfast-foxtrot-exercise-latvia-2032-01-08"),
  OFF("2032-01-08 10:00", "Science for Peace and Security Programme opens call on climate-resilient infrastructure",
    ["The NATO Science for Peace and Security (SPS) Programme has opened a call for proposals on protecting ports, bridges and power networks against extreme weather. Applications can be submitted until 30 April 2032."],
    "nato-sps-call-climate-resilience-2032-01-08", n="NATO research funding call, not about the war"),
  E("2032-01-08 09:20", "Chair of the NATO Military Committee visits Allied forces in Romania",
    ["The Chair of the NATO Military Committee visited the Multinational Brigade South-East and the Mihail Kogalniceanu air base in Romania on Thursday, where he was briefed on Allied air policing over the Black Sea coast and on the recent drone incursions into Romanian airspace."],
    "other", "security", 2, "nato-military-committee-chair-romania-visit-2032-01-08"),
  E("2032-01-08 08:05", "Statement by the NATO Spokesperson on Russia's attacks against Ukraine's energy system",
    ["NATO strongly condemns the Russian missile and drone attacks of the past two nights, which killed at least seven civilians in Kyiv, Dnipro and Zaporizhzhia and left large parts of Ukraine without heating in freezing temperatures.",
     "These deliberate attacks on civilian infrastructure show once again that Russia is not interested in peace. Allies will continue to help Ukraine defend its people and restore its energy system."],
    "strikes", "strikes", 3, "russian-energy-grid-strikes-2032-01-07", kind="official_texts",
    n="official reaction whose content is the deadly 6-7 January attacks"),
  ]))


def r_consilium(S):
    """Council of the EU 'Press releases' listing, HTML. Header with the two institutions, search, language picker;
    breadcrumb; filters; results grouped under a date heading; each result: time (Brussels, no zone printed), title link,
    one-line summary, type label and topic tags; 'Load more' at the end."""
    z = S["zone"]; order_check(S, True)
    day = dt(S["entries"][0]["t"], z)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - Consilium</title>',
           '<meta name="description" content="Press releases of the European Council and the Council of the EU"></head><body>',
           '<div class="cookie-consent"><p>This site uses cookies to offer you a better browsing experience. Find out more on how we use cookies.</p>'
           '<button>Accept all cookies</button> <button>Accept only essential cookies</button></div>',
           '<header class="consilium-header"><a class="logo" href="/en/">European Council<br>Council of the European Union</a>'
           '<div class="tools"><a href="/en/search/">Search</a> <span class="lang">English (en)</span></div>'
           '<nav><a href="/en/european-council/">European Council</a> <a href="/en/council-eu/">Council of the EU</a> '
           '<a href="/en/meetings/">Meetings</a> <a href="/en/policies/">Policies</a> <a href="/en/press/">Press</a> '
           '<a href="/en/documents-publications/">Documents and publications</a></nav></header>',
           '<ol class="breadcrumb"><li><a href="/en/">Home</a></li><li><a href="/en/press/">Press</a></li><li>Press releases</li></ol>',
           f'<main><h1>{esc(S["title"])}</h1>',
           '<form class="filters"><label>Date from</label> <input type="date"> <label>to</label> <input type="date"> '
           '<label>Topic</label> <select><option>All topics</option></select> <label>Type</label> <select><option>All types</option></select> '
           '<button>Filter</button></form>',
           '<p class="count">8,412 results</p>', f'<h2 class="date-group">{dmy(day)}</h2>', '<ul class="press-list">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        url = f"/en/press/press-releases/{d:%Y/%m/%d}/{slugify(e['h'])}/"
        out.append(f'<li class="press-item"><span class="time">{st}</span> <h3><a href="{url}">{esc(e["h"])}</a></h3>'
                   f'<p class="summary">{esc(e["p"][0])}</p><span class="type">{esc(e.get("ptype", "Press release"))}</span> '
                   + " ".join(f'<a class="tag" href="/en/policies/">{esc(t)}</a>' for t in e["tags"]) + '</li>')
    out += ['</ul>', '<button class="load-more">Load more</button>',
            '<aside class="subscribe"><h2>Get press releases by email</h2><p>Subscribe to receive our press releases and meeting information.</p>'
            '<a href="/en/subscriptions/">Subscribe</a></aside></main>',
            '<footer><a href="/en/contact/">Contact</a> <a href="/en/press/media-accreditation/">Media accreditation</a> '
            '<a href="/en/about-site/legal-notice/">Legal notice</a> <a href="/en/about-site/cookies/">Cookies</a> '
            '<a href="/en/about-site/accessibility/">Accessibility</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="20301", name="20301_consilium-pressreleases", ext="html", source="Council of the EU", zone="Europe/Brussels", render=r_consilium,
  title="Press releases",
  basis="listing time '{s}' (Brussels time, no zone printed; CET = UTC+1) under the date heading '12 January 2032'; {u} UTC",
  notes="Imitates the Council of the EU / European Council 'Press releases' listing on consilium.europa.eu. One date heading '12 January 2032' (a Foreign Affairs Council day); each result prints only the time (Brussels local time, no zone), then the title, a one-line summary (the first paragraph of the release), a type label ('Press release' or 'Statement') and policy tags. No authors. One off-beat item (Mediterranean fishing quotas). The High Representative's statement on the 9-10 January strikes is a reaction whose content is the attacks.",
  not_entries=["cookie consent banner", "header (institution names, search, language picker) and navigation", "breadcrumb", "filter form",
               "results count '8,412 results'", "date group heading '12 January 2032'", "type labels and topic tags under each item",
               "'Load more'", "'Get press releases by email' subscription box", "footer links"],
  entries=[
  E("2032-01-12 18:40", "Russia: EU prolongs economic sanctions for a further six months",
    ["The Council today prolonged until 31 July 2032 the restrictive measures targeting sectors of the Russian economy, which include restrictions on trade, finance, energy, technology and dual-use goods as well as the ban on imports of Russian seaborne crude oil."],
    "diplomacy", "diplomacy", 3, "eu-russia-economic-sanctions-prolonged-2032-01-12", tags=["Sanctions", "Russia"]),
  E("2032-01-12 17:15", "European Peace Facility: Council adopts €1.1 billion assistance measure to support the Ukrainian Armed Forces",
    ["The Council today adopted an assistance measure worth €1.1 billion under the European Peace Facility to finance air defence ammunition, artillery shells and the repair of armoured vehicles for the Ukrainian Armed Forces."],
    "aid", "aid", 3, "epf-assistance-measure-ukraine-2032-01-12", tags=["European Peace Facility", "Ukraine"]),
  E("2032-01-12 16:30", "Ukraine: Council approves €2.4 billion payment under the Reconstruction Instrument",
    ["The Council today gave its green light to a payment of €2.4 billion to Ukraine under the Ukraine Reconstruction Instrument, after finding that Kyiv had met the reform milestones agreed for the second half of 2031, including on public procurement and the energy market."],
    "aid", "aid", 3, "eu-ukraine-reconstruction-payment-2032-01-12", tags=["Ukraine", "Economy"]),
  E("2032-01-12 15:00", "Deportation of Ukrainian children: Council sanctions nine individuals and four entities",
    ["The Council today imposed restrictive measures on nine individuals and four entities responsible for the unlawful deportation and forced transfer of Ukrainian children to Russia and Belarus, among them officials running so-called re-education camps in occupied Crimea."],
    "diplomacy", "diplomacy", 2, "eu-listings-deported-children-2032-01-12", tags=["Sanctions", "Ukraine"]),
  E("2032-01-12 13:05", "Russian strikes on Ukraine's energy infrastructure: statement by the High Representative on behalf of the EU",
    ["The European Union condemns in the strongest terms the massive Russian missile and drone attacks of 9 and 10 January against Ukraine's power plants, substations and gas storage sites, which killed at least eleven civilians and left millions of people without electricity or heating."],
    "strikes", "strikes", 2, "russian-energy-strikes-2032-01-10", ptype="Statement", tags=["Ukraine", "Foreign affairs"],
    n="statement whose content is the 9-10 January attacks; the attacks are two days old, so rated 2"),
  OFF("2032-01-12 11:20", "Fisheries: Council sets 2032 catch limits for the western Mediterranean",
    ["The Council today agreed on the number of fishing days and catch limits for demersal stocks in the western Mediterranean for 2032, keeping effort close to last year's level while a new stock assessment is prepared."],
    "eu-mediterranean-fishing-limits-2032-01-12", n="fishing quotas", tags=["Fisheries"]),
  E("2032-01-12 10:05", "Belarus: Council extends restrictive measures over support for Russia's war",
    ["The Council today extended by one year the sanctions imposed on Belarus in view of the regime's involvement in Russia's war of aggression against Ukraine, including the restrictions on potash, petroleum products and dual-use items."],
    "diplomacy", "diplomacy", 2, "eu-belarus-sanctions-extended-2032-01-12", tags=["Sanctions", "Belarus"]),
  ]))


def r_osce(S):
    """OSCE newsroom listing (Drupal), HTML. Cards newest first: type label, title link, visible date only
    '15 January 2032' inside <time datetime="...+01:00"> (the only place the time is given), location, teaser."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en" dir="ltr"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | OSCE</title></head><body>',
           '<a class="skip" href="#main">Skip to main content</a>',
           '<header><a class="brand" href="/">OSCE<span>Organization for Security and Co-operation in Europe</span></a>'
           '<nav><a href="/who-we-are">Who we are</a> <a href="/what-we-do">What we do</a> <a href="/where-we-are">Where we are</a> '
           '<a href="/newsroom">Newsroom</a> <a href="/resources">Resources</a> <a href="/events">Events</a> <a href="/employment">Employment</a></nav>'
           '<div class="lang">English | Русский | Français | Deutsch</div></header>',
           '<div id="main"><ol class="breadcrumb"><li><a href="/">Home</a></li><li>Newsroom</li></ol>', f'<h1>{esc(S["title"])}</h1>',
           '<form class="views-exposed-form"><label>Type</label> <select><option>- Any -</option><option>News item</option>'
           '<option>Press release</option><option>Statement</option></select> <label>Structure</label> <select><option>- Any -</option></select> '
           '<button>Apply</button></form>', '<div class="view-content">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = dmy(d); stamps.append(st)
        out.append(f'<div class="views-row"><div class="node-type">{esc(e["ptype"])}</div>'
                   f'<h3><a href="/{e["path"]}/{610000 + 13 * (len(S["entries"]) - i)}">{esc(e["h"])}</a></h3>'
                   f'<div class="meta"><time datetime="{d.isoformat()}">{st}</time> <span class="location">{esc(e["loc"])}</span></div>'
                   f'<div class="teaser">{hp(e["p"])}</div></div>')
    out += ['</div>', '<nav class="pager"><a>1</a> <a>2</a> <a>3</a> <a>Next ›</a> <a>Last »</a></nav>',
            '<div class="subscribe"><h2>Subscribe to OSCE news</h2><p>Get our press releases and news by e-mail.</p><a href="/subscribe">Subscribe</a></div></div>',
            '<footer><p>Organization for Security and Co-operation in Europe, Secretariat, Wallnerstrasse 6, 1010 Vienna, Austria</p>'
            '<a href="/contacts">Contacts</a> <a href="/terms-of-use">Terms of use</a> <a href="/privacy">Privacy policy</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="20302", name="20302_osce-newsroom", ext="html", source="OSCE", zone="Europe/Vienna", render=r_osce,
  title="Newsroom",
  basis="visible date only '{s}'; the time comes from the card's own <time datetime> attribute ({d} in {z}, CET = UTC+1); {u} UTC",
  notes="Imitates the OSCE 'Newsroom' listing (Drupal views page). Cards newest first: type label (Press release, News item, Statement), title, then a visible date only ('15 January 2032') whose <time datetime> attribute carries the Vienna time with +01:00, a location label, and a one- or two-paragraph teaser. No authors. Two off-beat items (an election observation mission and customs training, not about the war). The freedom-of-the-media statement reacts to a drone strike two days earlier.",
  not_entries=["'Skip to main content'", "header (OSCE name, navigation, language links)", "breadcrumb", "h1 'Newsroom'", "type/structure filter form",
               "type labels above each title", "location labels (Vienna, Warsaw)", "pager", "'Subscribe to OSCE news' box", "footer address and links"],
  entries=[
  E("2032-01-15 18:10", "OSCE Chairperson-in-Office and Secretary General renew call for release of former Special Monitoring Mission staff",
    ["The OSCE Chairperson-in-Office and the OSCE Secretary General, Feridun Sinirlioglu, today renewed their call on the Russian Federation to release the two former national staff members of the Special Monitoring Mission to Ukraine who are still held in Russian-controlled detention.",
     "They also asked for immediate access to the detainees for their families and for the International Committee of the Red Cross."],
    "other", "humanitarian", 2, "osce-detained-smm-staff-appeal-2032-01-15", sec=["diplomacy"], ptype="Press release", path="chairpersonship", loc="Vienna"),
  E("2032-01-15 16:45", "Permanent Council discusses Russia's war against Ukraine and attacks on civilian energy infrastructure",
    ["Participating States at the 1,541st plenary meeting of the OSCE Permanent Council in Vienna today discussed the humanitarian consequences of Russia's continued attacks on Ukraine's power and heating networks in the middle of winter."],
    "diplomacy", "diplomacy", 2, "osce-permanent-council-ukraine-2032-01-15", ptype="News item", path="permanent-council", loc="Vienna"),
  E("2032-01-15 14:20", "OSCE hands over mine detection equipment to Ukraine's State Emergency Service",
    ["The OSCE Support Programme for Ukraine today handed over 26 sets of mine detection equipment and two armoured demining machines to the State Emergency Service of Ukraine.",
     "The equipment will be used to clear farmland in the Kharkiv and Kherson regions, where more than 4,000 hectares are still waiting to be surveyed."],
    "aid", "aid", 2, "osce-demining-equipment-handover-2032-01-15", ptype="Press release", path="support-programme-for-ukraine", loc="Vienna"),
  E("2032-01-15 12:30", "Representative on Freedom of the Media condemns killing of journalist in drone strike in Zaporizhzhia region",
    ["The OSCE Representative on Freedom of the Media today condemned the killing of Ukrainian camera operator Taras Hnatiuk, who died on Tuesday when a Russian drone struck a clearly marked press vehicle near Orikhiv in the Zaporizhzhia region."],
    "strikes", "strikes", 2, "orikhiv-press-vehicle-drone-strike-2032-01-13", ptype="Press release", path="representative-on-freedom-of-media", loc="Vienna",
    n="reaction whose content is a deadly drone strike two days earlier; rated 2 as a later statement"),
  OFF("2032-01-15 11:00", "ODIHR opens election observation mission for parliamentary elections in North Macedonia",
    ["The OSCE Office for Democratic Institutions and Human Rights (ODIHR) today opened an election observation mission for the 29 March parliamentary elections in North Macedonia, following an invitation from the authorities."],
    "odihr-north-macedonia-election-mission-2032-01-15", n="election observation in another country", ptype="Press release", path="odihr", loc="Warsaw"),
  E("2032-01-15 10:15", "Moscow Mechanism experts publish report on treatment of Ukrainian prisoners of war",
    ["A mission of experts invoked under the OSCE Moscow Mechanism today published its report on the treatment of Ukrainian prisoners of war, documenting what it describes as widespread and systematic torture in at least 27 places of detention in Russia and occupied territory."],
    "other", "humanitarian", 2, "osce-moscow-mechanism-pow-report-2032-01-15", ptype="News item", path="odihr", loc="Warsaw"),
  OFF("2032-01-15 09:00", "OSCE Border Management Staff College trains customs officers from Central Asia",
    ["Thirty customs and border officers from Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan started a two-week course on risk analysis at the OSCE Border Management Staff College in Dushanbe on Thursday."],
    "osce-bmsc-central-asia-course-2032-01-15", n="training course in Central Asia", ptype="News item", path="programme-office-in-dushanbe", loc="Dushanbe"),
  ]))


def r_icrc(S):
    """ICRC Newsroom listing, text scrape. Cards: content-type label, title, date only in day-month-year digits
    ('06-01-2032'), teaser paragraphs; media-contact box in the middle; no times anywhere."""
    z = S["zone"]
    L = ["Skip to main content", "", "ICRC", "International Committee of the Red Cross", "",
         "Where we work   What we do   Humanitarian law   Newsroom   Document library   Careers", "Donate", "", S["title"],
         "The latest news releases, statements and operational updates from the ICRC.", "",
         "Content type: All   News release   Statement   Operational update   Article", "Region: All regions", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%d-%m-%Y}"; stamps.append(st)
        L += [e["ptype"], e["h"], st, ""] + ptxt(e["p"])
        if i == 2:
            L += ["Media contacts", "ICRC press office, Geneva: +41 22 730 34 43, press@icrc.org", ""]
    L += ["Load more", "", "Follow us", "Facebook   X   Instagram   LinkedIn   YouTube", "",
          "About us   Contact us   Privacy policy   Terms of use   Fraud warning", "© International Committee of the Red Cross"]
    return "\n".join(L) + "\n", stamps


SEEDS.append(dict(
  id="20303", name="20303_icrc-newsroom", ext="txt", source="ICRC", zone="Europe/Zurich", render=r_icrc,
  title="Newsroom",
  basis="date only '{s}' (ICRC prints day-month-year); no time is printed anywhere on the page, so published is the date alone, as in gold 002",
  notes="Imitates the ICRC 'Newsroom' listing copied as text. Each card: content-type label (News release, Operational update, Statement, Article), title, a date printed only as digits in day-month-year order ('06-01-2032', i.e. 6 January, not 1 June), then the teaser. No time of day and no author anywhere, so published is date-only (2032-01-06, Geneva local date), following the precedent of gold 002. Page order is the site's newest-first order, which cannot be checked without times. Two off-beat items (Sudan, Colombia). A media-contacts box sits after the third card.",
  not_entries=["'Skip to main content'", "masthead 'ICRC' / 'International Committee of the Red Cross'", "navigation line", "'Donate'",
               "page heading 'Newsroom' and its subtitle", "content-type and region filters", "content-type labels above each title",
               "'Media contacts' box (press office telephone and e-mail)", "'Load more'", "'Follow us' social links", "footer links and copyright"],
  entries=[
  E("2032-01-06", "Russia-Ukraine international armed conflict: ICRC acts as neutral intermediary in release of 157 prisoners of war by each side",
    ["At the request of both parties, the ICRC acted as a neutral intermediary in the release and transfer of 157 prisoners of war held by each side, the largest such operation since last summer.",
     "ICRC teams had visited many of the men in detention, passed on family messages and checked that they were fit to travel. Those released also included 11 seriously wounded or sick prisoners."],
    "diplomacy", "diplomacy", 3, "prisoner-exchange-157-2032-01-05", ptype="News release"),
  E("2032-01-06", "Ukraine: keeping water and heating running in Kherson and Mykolaiv this winter",
    ["Since early December, ICRC engineers have delivered 14 mobile boiler units, 9 large generators and pipe-repair kits to water and heating utilities in Kherson and Mykolaiv, where repeated attacks have damaged pumping stations and power lines.",
     "The equipment helps about 310,000 people keep tap water and heating when the grid goes down."],
    "aid", "aid", 2, "icrc-winter-utilities-kherson-mykolaiv-2032-01", ptype="Operational update"),
  E("2032-01-06", "ICRC President: attacks on energy systems put millions of civilians at risk in winter",
    ["As temperatures across Ukraine and in Russian border regions drop below minus 15 degrees Celsius, ICRC President Mirjana Spoljaric reminded the parties that power plants, heating networks and water systems that civilians depend on are protected under international humanitarian law.",
     "\"When the lights go out in January, the people who suffer first are the elderly, the sick and small children,\" she said."],
    "other", "humanitarian", 2, "icrc-president-energy-systems-appeal-2032-01-06", sec=["strikes"], ptype="Statement"),
  OFF("2032-01-06", "Sudan: surgical supplies reach hospitals in North Darfur",
    ["Two ICRC trucks carrying surgical kits, wound dressings and fuel for generators reached three hospitals in North Darfur this week, the first delivery in two months."],
    "icrc-sudan-north-darfur-supplies-2032-01-06", n="Sudan", ptype="News release"),
  E("2032-01-06", "Searching for the missing: inside the Central Tracing Agency's bureau for the Russia-Ukraine conflict",
    ["Every week, hundreds of families contact the ICRC's Central Tracing Agency with the same question: is my son, husband or sister still alive?",
     "The bureau set up in 2022 has so far given families news of more than 19,000 people, most of them prisoners of war. This article explains how the bureau collects information from both sides and why answers can take months."],
    "other", "humanitarian", 2, "icrc-central-tracing-agency-feature", ptype="Article", n="feature on missing persons, no single event"),
  OFF("2032-01-06", "Colombia: ICRC calls for protection of civilians as fighting displaces thousands in Catatumbo",
    ["The ICRC is calling on all armed groups in Catatumbo to spare civilians after clashes since the New Year forced more than 6,000 people from their homes."],
    "icrc-colombia-catatumbo-appeal-2032-01-06", n="Colombia", ptype="News release"),
  ]))


def r_unhcr_rss(S):
    """UNHCR news RSS 2.0: items newest first with title, link, guid, pubDate with the Geneva offset (+0100), category
    (press release / briefing note / news comment) and a CDATA description holding the text as <p> paragraphs."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<link>https://www.unhcr.org/news</link>',
           '<description>Press releases, briefing notes and news comments from UNHCR, the UN Refugee Agency</description>',
           '<language>en-GB</language>', f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z))}</lastBuildDate>',
           '<atom:link href="https://www.unhcr.org/rss/news.xml" rel="self" type="application/rss+xml"/>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        url = f"https://www.unhcr.org/news/{e['path']}/{slugify(e['h'])}"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{url}</link>', f'<guid isPermaLink="true">{url}</guid>',
                f'<pubDate>{st}</pubDate>', f'<category>{esc(e["cat"])}</category>',
                '<description><![CDATA[' + hp(e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


BRIEF = "This is a summary of what was said by UNHCR spokesperson {who} \u2013 to whom quoted text may be attributed \u2013 at today's press briefing at the Palais des Nations in Geneva."

SEEDS.append(dict(
  id="20304", name="20304_unhcr-newsrss", ext="xml", source="UNHCR", zone="Europe/Zurich", render=r_unhcr_rss,
  title="UNHCR - News and press releases",
  basis="RSS pubDate '{s}' (explicit +0100, Geneva time); {u} UTC",
  notes="Imitates UNHCR's news RSS feed (press releases, briefing notes and news comments mixed). Newest first; pubDate with the +0100 Geneva offset; a category per item; the description holds the full text as <p> paragraphs. No authors: the two briefing notes open with UNHCR's standard attribution sentence naming the spokesperson, which is their first sentence as printed but not a byline (author null). Two off-beat items (Sudan, Afghanistan).",
  not_entries=["channel title, link, description, language, lastBuildDate, atom:link", "category labels (Press releases, Briefing notes, News comments)", "link/guid URLs"],
  entries=[
  E("2032-01-09 17:30", "UNHCR and partners appeal for US$2.3 billion to support refugees from Ukraine and their hosts in 2032",
    ["UNHCR and 214 partner organizations today launched the 2032 Regional Refugee Response Plan for the Ukraine situation, seeking US$2.3 billion to help 2.1 million refugees and the communities hosting them in eleven countries.",
     "Almost eight years after the full-scale invasion, close to 5.2 million refugees from Ukraine remain in Europe. Many have found work, but older people, people with disabilities and single mothers still rely on support for rent, health care and language classes."],
    "aid", "aid", 3, "unhcr-ukraine-refugee-response-plan-2032-01-09", path="press-releases", cat="Press releases"),
  E("2032-01-09 14:15", "UNHCR welcomes EU decision to extend temporary protection for refugees from Ukraine",
    ["UNHCR welcomes today's decision by European Union Member States to extend temporary protection for people who fled the war in Ukraine until March 2034, giving more than four million refugees legal certainty for two more years."],
    "other", "humanitarian", 2, "eu-temporary-protection-extension-2032-01-09", path="news-comments", cat="News comments"),
  E("2032-01-09 11:40", "Ukraine: UNHCR steps up winter support as attacks leave displaced families without heating",
    [BRIEF.format(who="Olena Marchuk"),
     "Following the latest wave of attacks on power and heating plants, UNHCR and its partners have distributed 48,000 solid-fuel heaters, blankets and thermal kits in the Kharkiv, Sumy and Dnipropetrovsk regions since the start of January.",
     "\"Families who already lost their homes once are now spending nights at minus 18 degrees without heating,\" Marchuk said."],
    "aid", "aid", 2, "unhcr-winter-support-ukraine-2032-01-09", path="briefing-notes", cat="Briefing notes"),
  OFF("2032-01-09 11:10", "Sudan: new arrivals in Chad rise sharply as fighting spreads",
    [BRIEF.format(who="Baptiste Morel"),
     "More than 21,000 people have crossed from Sudan into eastern Chad since mid-December, most of them women and children arriving in the border town of Adré."],
    "unhcr-sudan-chad-arrivals-2032-01-09", n="Sudan/Chad", path="briefing-notes", cat="Briefing notes"),
  E("2032-01-09 10:30", "Displacement inside Ukraine rises again as evacuations from front-line districts continue",
    ["The number of people displaced inside Ukraine has risen to an estimated 3.8 million, up by some 90,000 since October, as families are evacuated from front-line districts of the Donetsk, Kharkiv and Zaporizhzhia regions, according to new figures from UNHCR and the International Organization for Migration."],
    "other", "humanitarian", 2, "ukraine-internal-displacement-figures-2032-01-09", path="press-releases", cat="Press releases"),
  OFF("2032-01-09 09:00", "UNHCR concerned by forced returns to Afghanistan in winter",
    ["UNHCR is alarmed by reports that more than 3,000 Afghans, among them women-headed households, were forcibly returned across the border this week in freezing conditions."],
    "unhcr-afghanistan-forced-returns-2032-01-09", n="Afghanistan", path="news-comments", cat="News comments"),
  ]))


def r_govuk_atom(S):
    """GOV.UK organisation Atom feed ('Ministry of Defence - Activity on GOV.UK'): entries newest first with id
    (URL#timestamp), <updated> ISO time with +00:00, alternate link, title and a one-paragraph HTML summary; no per-entry author."""
    z = S["zone"]; order_check(S, True)
    base = "https://www.gov.uk/government/organisations/ministry-of-defence"
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
           f'  <id>{base}</id>', f'  <link rel="self" type="application/atom+xml" href="{base}.atom"/>',
           f'  <link rel="alternate" type="text/html" href="{base}"/>', f'  <title>{esc(S["title"])}</title>',
           f'  <updated>{iso(dt(S["entries"][0]["t"], z).replace(second=0))}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        url = f"https://www.gov.uk/government/{e['path']}/{slugify(e['h'])}"
        out += ['  <entry>', f'    <id>{url}#{iso(d.astimezone(UTC), z=True)}</id>', f'    <updated>{st}</updated>',
                f'    <link rel="alternate" type="text/html" href="{url}"/>', f'    <title>{esc(e["h"])}</title>',
                f'    <summary type="html">{esc(" ".join(e["p"]))}</summary>', '  </entry>']
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="20305", name="20305_govuk-modatom", ext="xml", source="UK Ministry of Defence", zone="Europe/London", render=r_govuk_atom,
  title="Ministry of Defence - Activity on GOV.UK",
  basis="Atom <updated> '{s}' (explicit +00:00; UK time in January = UTC); {u} UTC",
  notes="Imitates the GOV.UK Atom feed of the Ministry of Defence organisation page. Entries newest first: id (page URL + '#' + UTC timestamp), <updated> with +00:00 (GOV.UK feeds carry no <published>), alternate link, title and a short summary (the page description, one paragraph). No authors. The day's Defence Intelligence update keeps GOV.UK's generic first sentence ('The latest Defence Intelligence assessment ...') before its finding; it is about Russia's glide-bomb use, so strikes. The Healey package (20305-01) and the drone co-production contract (20305-02) are both UK aid to Ukraine on the same day but separate events. One off-beat item (service family housing).",
  not_entries=["feed id, self/alternate links, feed title and feed-level updated", "entry ids (URL#timestamp) and alternate links"],
  entries=[
  E("2032-01-14 17:05", "Defence Secretary announces £180 million air defence package during Kyiv visit",
    ["Defence Secretary John Healey has announced a £180 million package of short-range air defence systems, radar and interceptor drones for Ukraine during a visit to Kyiv, where he met Ukraine's Defence Minister to discuss the protection of energy sites."],
    "aid", "aid", 3, "uk-air-defence-package-healey-kyiv-2032-01-14", sec=["diplomacy"], path="news"),
  E("2032-01-14 14:30", "British and Ukrainian firms sign contract to build interceptor drones in the UK",
    ["A British engineering group and a Ukrainian drone maker have signed a contract to produce up to 20,000 interceptor drones a year at a new site in the West Midlands, with the first batch due for delivery to Ukraine in the spring."],
    "aid", "aid", 2, "uk-ukraine-interceptor-drone-coproduction-2032-01-14", path="news",
    n="same theme as the £180 million package (20305-01) but a separate industrial contract; must not merge"),
  E("2032-01-14 12:00", "Royal Navy shadows Russian warships through the English Channel",
    ["HMS Mersey and a Wildcat helicopter shadowed a Russian corvette and a tanker through the English Channel and the Dover Strait over two days, handing over the task to a NATO ally off Brittany."],
    "other", "security", 2, "royal-navy-shadows-russian-ships-2032-01-14", path="news"),
  E("2032-01-14 10:15", "Defence Intelligence update on Ukraine: 14 January 2032",
    ["The latest Defence Intelligence assessment of the situation in Ukraine. Russia has very likely increased its use of glide bombs against towns in the Donetsk region since the New Year, averaging more than 140 launches a day in the first half of January."],
    "strikes", "strikes", 2, "defence-intelligence-update-2032-01-14", path="news",
    n="GOV.UK's generic first sentence is kept as printed; the finding is in the second sentence"),
  E("2032-01-14 09:00", "Ukrainian recruits complete winter training in the UK under Operation INTERFLEX",
    ["Around 900 Ukrainian recruits have completed a five-week infantry course in the north of England under Operation INTERFLEX, taking the number trained in the UK since 2022 to more than 71,000."],
    "aid", "aid", 2, "operation-interflex-training-2032-01-14", path="news"),
  OFF("2032-01-14 07:30", "New contract to upgrade 8,000 service family homes",
    ["The Ministry of Defence has awarded a £640 million contract to refurbish around 8,000 service family homes, including new boilers, insulation and windows."],
    "mod-service-family-homes-contract-2032-01-14", n="forces housing", path="news"),
  ]))


def r_president(S):
    """president.gov.ua English news list, text scrape. Each card: date and time line '16 January 2032 - 21:30' (Kyiv time,
    no zone printed), title, lead paragraph(s). Header with UA/EN switch and menu; 'Show more'; footer."""
    z = S["zone"]; order_check(S, True)
    L = ["Official website of the President of Ukraine", "UA   EN", "",
         "President   News   Documents   Appeals   Ukraine's Recovery   Cabinet of petitions", "Search", "", S["title"],
         "All news   Addresses   Speeches   Meetings   Visits   Decrees", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{dmy(d)} - {d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
    L += ["Show more", "", "Subscribe to the news of the President of Ukraine", "Subscribe", "",
          "Address for letters: 11 Bankova Street, Kyiv, 01220", "Content of the site is available under the Creative Commons Attribution 4.0 International license",
          "Office of the President of Ukraine"]
    return "\n".join(L) + "\n", stamps


SEEDS.append(dict(
  id="20306", name="20306_presidentgovua-news", ext="txt", source="President of Ukraine", zone="Europe/Kyiv", render=r_president,
  title="News",
  basis="stamp '{s}' (Kyiv time, no zone printed; EET = UTC+2); {u} UTC",
  notes="Imitates the English news list of the official website of the President of Ukraine (president.gov.ua) copied as text. Cards newest first: a date-and-time line ('16 January 2032 - 21:30', Kyiv time, no zone), the title, then the lead paragraph(s). The site spells the name 'Zelenskyy'. The evening address opens with the customary greeting, which is its first sentence as printed. No authors.",
  not_entries=["site name line and UA/EN switch", "main menu and 'Search'", "section heading 'News' and its tabs (All news, Addresses, ...)",
               "'Show more'", "'Subscribe to the news of the President of Ukraine' box", "footer (postal address, licence line, office name)"],
  entries=[
  E("2032-01-16 21:30", "We must protect every power plant and every substation – address by the President of Ukraine",
    ["I wish you health, fellow Ukrainians! Today I held several meetings on our energy sector and on air defence, because the Russians have not stopped trying to leave our cities in the dark.",
     "We have agreed with partners on additional interceptor missiles for the systems that cover our power plants, and I expect the first of them this month. Every country that helps us with air defence is helping to save lives this winter."],
    "aid", "aid", 2, "zelenskyy-address-energy-air-defence-2032-01-16", sec=["strikes"]),
  E("2032-01-16 18:40", "Volodymyr Zelenskyy met with the Prime Minister of Norway in Kyiv",
    ["President of Ukraine Volodymyr Zelenskyy met with Prime Minister of Norway Jonas Gahr Støre, who arrived in Kyiv on a visit.",
     "The parties discussed Norway's new contribution of NOK 4 billion for gas purchases and the repair of energy facilities, as well as joint production of long-range drones."],
    "diplomacy", "diplomacy", 3, "zelenskyy-store-meeting-kyiv-2032-01-16", sec=["aid"]),
  E("2032-01-16 16:15", "The President held a meeting of the Staff on the situation in the Kostiantynivka and Huliaipole directions",
    ["At the meeting of the Staff of the Supreme Commander-in-Chief, the Commander-in-Chief of the Armed Forces reported on the defensive operations in the Kostiantynivka and Huliaipole directions and on the replenishment of brigades."],
    "other", "frontline", 2, "staff-meeting-kostiantynivka-huliaipole-2032-01-16"),
  E("2032-01-16 14:00", "The President signed the law on additional guarantees for families of missing defenders",
    ["Volodymyr Zelenskyy signed the law that extends monthly payments to families of servicemen who are missing in action or held in captivity and simplifies the procedure for confirming their status."],
    "other", "politics", 2, "law-families-missing-defenders-2032-01-16"),
  E("2032-01-16 10:45", "Volodymyr Zelenskyy had a phone conversation with the President of France",
    ["The President of Ukraine had a phone conversation with the President of France Emmanuel Macron. They discussed the preparation of the next meeting of the Coalition of the Willing and the security guarantees that partners are ready to provide."],
    "diplomacy", "diplomacy", 3, "zelenskyy-macron-call-2032-01-16"),
  E("2032-01-16 09:10", "Another 94 of our people are home: Volodymyr Zelenskyy on the return of Ukrainians from Russian captivity",
    ["Ninety-four Ukrainians have returned home from Russian captivity, including soldiers of the Armed Forces, the National Guard and the State Border Guard Service, as well as six civilians, the President announced.",
     "\"We remember every one of our people who is still in captivity, and we are working to bring everyone back,\" Volodymyr Zelenskyy said."],
    "diplomacy", "diplomacy", 3, "prisoner-exchange-94-2032-01-16"),
  ]))


def r_mfa(S):
    """mfa.gov.ua English 'News' listing, HTML. Cards newest first: date and time '13 January 2032, 19:20' (Kyiv, no zone),
    title link, lead; header with ministry name, menu and language switch; pager; footer with hotline."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Ministry of Foreign Affairs of Ukraine</title></head><body>',
           '<header><a class="logo" href="/en">Ministry of Foreign Affairs of Ukraine</a><div class="lang"><a href="/">UA</a> <a href="/en">EN</a></div>'
           '<nav><a href="/en/about-mfa">Ministry</a> <a href="/en/diplomatic-missions">Diplomatic missions</a> <a href="/en/consular-affairs">Consular affairs</a> '
           '<a href="/en/news">Press center</a> <a href="/en/partnership">Foreign policy</a></nav></header>',
           '<div class="breadcrumbs"><a href="/en">Main</a> / <a href="/en/news">Press center</a> / News</div>', f'<main><h1>{esc(S["title"])}</h1>',
           '<div class="tabs"><a class="active">All news</a> <a>Statements</a> <a>Comments</a> <a>Minister</a></div>', '<div class="news-list">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{dmy(d)}, {d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="news-item"><div class="news-item__date">{st}</div>'
                   f'<a class="news-item__title" href="/en/news/{slugify(e["h"])}">{esc(e["h"])}</a>'
                   f'<div class="news-item__text">{hp(e["p"])}</div></div>')
    out += ['</div>', '<div class="pager"><a>1</a> <a>2</a> <a>3</a> <span>...</span> <a>684</a></div></main>',
            '<footer><p>Hotline of the Department of Consular Service: +38 044 238 15 88</p>'
            '<p>© 2032 Ministry of Foreign Affairs of Ukraine. When using materials, a hyperlink to the website is required.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="20307", name="20307_mfagovua-news", ext="html", source="Ministry of Foreign Affairs of Ukraine", zone="Europe/Kyiv", render=r_mfa,
  title="News",
  basis="stamp '{s}' (Kyiv time, no zone printed; EET = UTC+2); {u} UTC",
  notes="Imitates the English 'News' listing of the Ministry of Foreign Affairs of Ukraine (mfa.gov.ua). Cards newest first: 'DD Month YYYY, HH:MM' (Kyiv time, no zone), title link, lead text. No authors. One off-beat consular notice (fees). The spokesperson's comment on the Odesa port strike is a reaction whose content is the deadly strike.",
  not_entries=["header (ministry name, UA/EN switch, menu)", "breadcrumbs 'Main / Press center / News'", "h1 'News' and tabs", "pager", "footer (consular hotline, copyright)"],
  entries=[
  E("2032-01-13 19:20", "Andrii Sybiha holds talks with Minister for Foreign Affairs of Japan",
    ["Minister for Foreign Affairs of Ukraine Andrii Sybiha held talks in Tokyo with his Japanese counterpart on energy assistance, the reconstruction conference planned for the spring and further sanctions against Russia.",
     "The ministers signed a memorandum on cooperation in humanitarian demining."],
    "diplomacy", "diplomacy", 3, "sybiha-japan-talks-2032-01-13", sec=["aid"]),
  E("2032-01-13 17:05", "Statement of the MFA of Ukraine on the so-called \"municipal elections\" announced by Russia in temporarily occupied Crimea",
    ["Ukraine strongly condemns the decision of the Russian Federation to hold so-called \"municipal elections\" in the temporarily occupied Autonomous Republic of Crimea and the city of Sevastopol in March 2032. Their results will be null and void and will not be recognised by Ukraine or the international community."],
    "diplomacy", "diplomacy", 2, "mfa-statement-crimea-municipal-elections-2032-01-13"),
  E("2032-01-13 15:40", "Comment of the MFA spokesperson on the Russian strike on the port of Odesa that killed a crew member of a civilian vessel",
    ["Last night Russia struck the port of Odesa with ballistic missiles, hitting a Panama-flagged bulk carrier loaded with wheat. One crew member, a citizen of Egypt, was killed and four were injured, MFA spokesperson Heorhii Tykhyi said.",
     "\"This is another attack on freedom of navigation and on global food security,\" Tykhyi said, calling on the flag state and partners to respond."],
    "strikes", "strikes", 3, "odesa-port-missile-strike-2032-01-13"),
  OFF("2032-01-13 13:10", "New consular fees for passport services abroad take effect on 1 February",
    ["From 1 February 2032, new fees will apply to the issuance of foreign passports and ID cards at Ukraine's diplomatic missions. The updated list of fees is published in the Consular affairs section."],
    "mfa-consular-fees-2032-01-13", n="consular fees notice"),
  E("2032-01-13 11:30", "Andrii Sybiha: the next EU sanctions package must hit Russia's shadow fleet and its banks",
    ["The next package of EU sanctions must close the remaining loopholes for Russia's shadow fleet and cut off the banks that still process payments for Russian oil, Minister Andrii Sybiha said in a call with the High Representative of the EU, Kaja Kallas."],
    "diplomacy", "diplomacy", 2, "sybiha-kallas-call-sanctions-2032-01-13"),
  E("2032-01-13 09:45", "First Deputy Foreign Minister discusses humanitarian demining support with UNDP",
    ["The First Deputy Minister of Foreign Affairs of Ukraine met the UNDP Resident Representative in Ukraine to discuss funding for humanitarian demining of farmland in 2032, including a new contribution of US$35 million from donors."],
    "aid", "aid", 2, "mfa-undp-demining-support-2032-01-13", sec=["diplomacy"]),
  ]))


def r_state_briefing(S):
    """state.gov 'Department Press Briefing' transcript page, text scrape. Header banner, breadcrumb, title, speaker line,
    place and date, 'Index for Today's Briefing', then the transcript with one opening time ('2:07 p.m. EST') and speaker
    labels; entries are the announcements at the top and the question-and-answer exchanges, which have no headings."""
    z = S["zone"]; order_check(S, True)
    d0 = dt(S["entries"][0]["t"], z)
    st = f"{d0.hour % 12 or 12}:{d0.minute:02d} {'a.m.' if d0.hour < 12 else 'p.m.'} {d0.tzname()}"
    L = ["Skip to content", "", "An official website of the United States Government", "Here's how you know", "", "U.S. Department of State", "",
         "Menu   Search", "", f"Home > Office of the Spokesperson > Department Press Briefings > {S['title']}", "", S["title"], "",
         S["byline"], "Washington, DC", mdy(d0), "", "Share", "", "Index for Today's Briefing"] + S["index"] + ["", "TRANSCRIPT:", "", st, ""]
    L += ptxt(S["greeting"])
    stamps = []
    for i, e in enumerate(S["entries"]):
        stamps.append(st)
        L += ptxt(e["p"])
        if e.get("after"):
            L += ptxt(e["after"])
    L += ptxt(S["closing"])
    L += ["# # #", "", "Tags", "Bureau of European and Eurasian Affairs   Office of the Spokesperson   Russia   Ukraine", "",
          "White House   USA.gov   Office of the Inspector General   Archives   Contact Us   Privacy Policy   Accessibility Statement"]
    return "\n".join(L) + "\n", stamps


SEEDS.append(dict(
  id="20308", name="20308_stategov-pressbriefing", ext="txt", source="U.S. Department of State", zone="America/New_York", render=r_state_briefing,
  title="Department Press Briefing \u2013 January 20, 2032", byline="Tammy Bruce, Department Spokesperson",
  index=["DEPARTMENT", "UKRAINE", "RUSSIA", "VENEZUELA"],
  greeting=["MS BRUCE: Good afternoon, everyone, and welcome to the briefing. I have two items at the top, and then I'll be happy to take your questions."],
  closing=["MS BRUCE: All right, thanks, everybody. We'll see you on Thursday.", "(The briefing was concluded at 2:49 p.m.)"],
  basis="the transcript prints one time only, the opening '{s}' under the dateline 'January 20, 2032'; every exchange is dated to it ({d} in {z}, EST = UTC-5; {u} UTC)",
  notes="Imitates a US State Department 'Department Press Briefing' transcript page copied as text. There are no headings or per-topic times: one opening time '2:07 p.m. EST' under 'Washington, DC' and the date line. Entries are the two announcements at the top (headline null; they follow the spokesperson's greeting, which is not an entry) and the four question-and-answer exchanges, each starting at a new topic's 'QUESTION:' line and running to the next topic; all share the opening time. The speaker line 'Tammy Bruce, Department Spokesperson' is the page byline, used as author for every entry (the questioners are unnamed reporters). The 'Index for Today's Briefing' lists topic labels only. One off-beat exchange (Venezuela).",
  not_entries=["'Skip to content' and the official-website banner", "site name, menu, search, breadcrumb", "title line 'Department Press Briefing – January 20, 2032'",
               "speaker line, place 'Washington, DC' and date line", "'Share'", "'Index for Today's Briefing' and its topic labels", "'TRANSCRIPT:' label and the opening time line",
               "the spokesperson's greeting ('Good afternoon, everyone ...')", "transition 'With that, let's go to your questions. ...'",
               "closing 'All right, thanks, everybody ...' and '(The briefing was concluded at 2:49 p.m.)'", "'# # #', tags and footer links"],
  entries=[
  E("2032-01-20 14:07", None,
    ["First, Secretary Rubio will travel to Warsaw and Kyiv from January 22 to 24. In Warsaw he will meet Polish leaders and visit the hub that handles most of the assistance bound for Ukraine, and in Kyiv he will meet President Zelenskyy and Foreign Minister Sybiha to discuss the path to a just and lasting peace and the repair of Ukraine's energy system."],
    "diplomacy", "diplomacy", 3, "rubio-warsaw-kyiv-trip-announced-2032-01-20", a="Tammy Bruce"),
  E("2032-01-20 14:07", None,
    ["Second, today the Department of State and the Department of the Treasury are designating 31 individuals and entities in China, the United Arab Emirates and Kyrgyzstan that have supplied Russia's drone factories with engines, navigation modules and machine tools.",
     "These networks help Russia build the drones it launches at Ukrainian cities night after night, and we will keep exposing them wherever they operate."],
    "diplomacy", "diplomacy", 2, "us-sanctions-russian-drone-supply-network-2032-01-20", a="Tammy Bruce",
    after=["With that, let's go to your questions. Go ahead."]),
  E("2032-01-20 14:07", None,
    ["QUESTION: Overnight Russian missiles hit an apartment building in Zaporizhzhia and killed at least six people, including two children. Does the Department have a response?",
     "MS BRUCE: We have seen the reports and the images, and they are horrifying. Our condolences go to the families. Strikes like this on apartment blocks in the middle of the night are exactly why the President wants this war to end, and why we are pressing both sides to take the steps that can lead to a ceasefire.",
     "QUESTION: Will the Secretary raise it when he is in Kyiv?",
     "MS BRUCE: I'm sure it will be part of the conversation."],
    "strikes", "strikes", 3, "zaporizhzhia-apartment-missile-strike-2032-01-20", a="Tammy Bruce"),
  E("2032-01-20 14:07", None,
    ["QUESTION: On the talks, Moscow said yesterday that it sees no point in another round until Ukraine withdraws from the rest of the Donetsk region. Is there a date for the next round?",
     "MS BRUCE: I'm not going to negotiate from this podium, and I don't have a date to announce. What I can tell you is that our teams remain in contact with both delegations and that the Secretary will discuss the next steps in Kyiv."],
    "diplomacy", "diplomacy", 2, "us-comment-next-round-peace-talks-2032-01-20", a="Tammy Bruce"),
  OFF("2032-01-20 14:07", None,
    ["QUESTION: On Venezuela, the opposition says three of its organizers were detained over the weekend in Maracaibo. Are you in touch with the government about them?",
     "MS BRUCE: We are aware of those reports and are seeking more information. We call for their immediate release."],
    "us-comment-venezuela-detentions-2032-01-20", a="Tammy Bruce", n="question on Venezuela"),
  E("2032-01-20 14:07", None,
    ["QUESTION: Back to Ukraine, when will the Patriot interceptors that European allies are buying from the United States actually arrive?",
     "MS BRUCE: The first deliveries under the latest packages are already moving. I won't get into timelines for operational security reasons, but those packages were designed to get interceptors to Ukraine before the end of the winter."],
    "aid", "aid", 2, "us-comment-patriot-interceptor-deliveries-2032-01-20", a="Tammy Bruce"),
  ]))


def r_canada(S):
    """canada.ca 'News results' page, HTML (Canada.ca design). Results: title link, a metadata line
    'January 23, 2032 | City, Province | Department | Type' (date only), summary; 'Date modified' at the bottom."""
    z = S["zone"]
    d0 = dt(S["entries"][0]["t"], z)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - Canada.ca</title>',
           f'<meta name="dcterms.modified" content="{d0:%Y-%m-%d}"></head><body>',
           '<nav class="skip"><a href="#wb-cont">Skip to main content</a> <a href="#wb-info">Skip to "About government"</a></nav>',
           '<header><div class="brand">Government of Canada / Gouvernement du Canada</div><a lang="fr" href="/fr/nouvelles.html">Français</a>'
           '<form><label>Search Canada.ca</label><input type="search"><button>Search</button></form><button class="menu">MENU</button></header>',
           '<ol class="breadcrumb"><li><a href="/en.html">Canada.ca</a></li><li><a href="/en/news.html">News</a></li></ol>',
           f'<main id="wb-cont"><h1>{esc(S["title"])}</h1>',
           '<details class="filters"><summary>Filter items</summary><p>Department or agency</p><p>Type of news</p><p>Topic</p><p>Audience</p><p>Date range</p></details>',
           '<p class="count">Showing 1 to 10 of 41,287 results</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = mdy(d); stamps.append(st)
        out.append(f'<article class="item"><h3><a href="https://www.canada.ca/en/{e["dept_path"]}/news/{d:%Y/%m}/{slugify(e["h"])}.html">{esc(e["h"])}</a></h3>'
                   f'<p class="meta">{st} | {esc(e["place"])} | {esc(e["dept"])} | {esc(e["ntype"])}</p>'
                   f'<p>{esc(e["p"][0])}</p></article>')
    out += ['<ul class="pagination"><li>1</li><li><a>2</a></li><li><a>3</a></li><li><a>Next</a></li></ul>',
            '<section class="report"><button>Report a problem or mistake on this page</button></section>',
            f'<dl class="date-modified"><dt>Date modified:</dt><dd>{d0:%Y-%m-%d}</dd></dl></main>',
            '<footer id="wb-info"><a>All contacts</a> <a>Departments and agencies</a> <a>About government</a> '
            '<a>Social media</a> <a>Mobile applications</a> <a>About Canada.ca</a> <a>Terms and conditions</a> <a>Privacy</a>'
            '<div class="wordmark">Symbol of the Government of Canada</div></footer></body></html>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="20309", name="20309_canadaca-newsresults", ext="html", source="Government of Canada", zone="America/Toronto", render=r_canada,
  title="News results",
  basis="date only '{s}' in the result's metadata line; canada.ca news results print no time, so published is the date alone (Ottawa local date), as in gold 002",
  notes="Imitates the canada.ca 'News results' listing (Canada.ca design system). Each result: title link, a metadata line 'January 23, 2032 | Ottawa, Ontario | Department | News releases' (date only, no time anywhere), a one-paragraph summary. published is date-only (2032-01-23). Issuing departments are not authors (null). Listing order is the site's newest-first order, which the page does not let one check. One off-beat result (rural internet funding).",
  not_entries=["skip links", "Government of Canada header, 'Français', search form, 'MENU'", "breadcrumb 'Canada.ca > News'", "h1 'News results'",
               "'Filter items' panel", "results count", "metadata lines (date, place, department, type)", "pagination",
               "'Report a problem or mistake on this page'", "'Date modified:' line", "footer links and wordmark"],
  entries=[
  E("2032-01-23", "Canada announces new military assistance for Ukraine",
    ["The Honourable David McGuinty, Minister of National Defence, today announced $410 million in new military assistance for Ukraine, including armoured vehicles built in London, Ontario, and funding for drones made in Ukraine."],
    "aid", "aid", 3, "canada-military-assistance-410m-2032-01-23", dept="National Defence", dept_path="department-national-defence",
    place="Ottawa, Ontario", ntype="News releases"),
  E("2032-01-23", "Statement by the Prime Minister on the Russian missile attack on Lviv",
    ["Prime Minister Mark Carney today issued a statement condemning the Russian missile attack on Lviv, which killed eight civilians and damaged a children's hospital."],
    "strikes", "strikes", 3, "lviv-missile-attack-2032-01", dept="Prime Minister's Office", dept_path="prime-minister",
    place="Ottawa, Ontario", ntype="Statements", n="statement whose content is a deadly strike"),
  E("2032-01-23", "Canada imposes sanctions on Russian shadow fleet vessels and their operators",
    ["The Honourable Anita Anand, Minister of Foreign Affairs, today announced sanctions on 64 vessels and 17 companies that help Russia move oil in breach of the price cap."],
    "diplomacy", "diplomacy", 2, "canada-sanctions-shadow-fleet-2032-01-23", dept="Global Affairs Canada", dept_path="global-affairs",
    place="Ottawa, Ontario", ntype="News releases"),
  E("2032-01-23", "Minister Anand speaks with Ukraine's Minister of Foreign Affairs",
    ["The Honourable Anita Anand, Minister of Foreign Affairs, spoke today with Andrii Sybiha, Ukraine's Minister of Foreign Affairs, about the Coalition of the Willing, security guarantees and Canada's support for Ukraine's energy system."],
    "diplomacy", "diplomacy", 2, "anand-sybiha-call-2032-01-23", dept="Global Affairs Canada", dept_path="global-affairs",
    place="Ottawa, Ontario", ntype="Readouts"),
  E("2032-01-23", "Canada supports energy repairs and winter humanitarian assistance in Ukraine",
    ["The Government of Canada today announced $55 million for emergency repairs to Ukraine's power grid and for humanitarian partners providing heating, shelter and medical care this winter."],
    "aid", "aid", 2, "canada-energy-humanitarian-55m-2032-01-23", dept="Global Affairs Canada", dept_path="global-affairs",
    place="Ottawa, Ontario", ntype="News releases",
    n="same aid theme as the $410 million military package (20309-01), separate announcement; must not merge"),
  OFF("2032-01-23", "Government of Canada invests in high-speed Internet for rural communities in Saskatchewan",
    ["More than 7,400 rural households in Saskatchewan will get access to high-speed Internet thanks to a federal investment of $38 million, announced today in Prince Albert."],
    "canada-rural-internet-saskatchewan-2032-01-23", n="rural broadband", dept="Innovation, Science and Economic Development Canada",
    dept_path="innovation-science-economic-development", place="Prince Albert, Saskatchewan", ntype="News releases"),
  ]))


# ================================================================ PART B renderers (invented outlets)

def r_lastivka(S):
    """Kyiv-based English live page, HTML, newest first. LiveBlogPosting JSON-LD with one BlogPosting per update
    (datePublished with +02:00, author Person); visible dateline with the weekday, a note that times are Kyiv time, each post
    '<time datetime>20:10</time>', h2 headline, author line, body; a video post shows only a player."""
    z = S["zone"]; order_check(S, True)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#update-{len(S['entries']) - i}", "headline": e["h"], "datePublished": d.isoformat()}
        if e["p"]:
            u["articleBody"] = " ".join(e["p"])
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "url": S["url"],
          "coverageStartTime": first.replace(hour=6, minute=0).isoformat(), "datePublished": first.isoformat(), "dateModified": last.isoformat(),
          "publisher": {"@type": "NewsMediaOrganization", "name": S["source"], "logo": {"@type": "ImageObject", "url": "https://lastivka.news/static/logo.png"}},
          "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header class="site"><a class="logo" href="/">{esc(S["source"])}</a><nav><a href="/war">War</a> <a href="/politics">Politics</a> '
           '<a href="/business">Business</a> <a href="/regions">Regions</a> <a href="/opinion">Opinion</a> <a class="support" href="/support">Support us</a></nav>'
           '<div class="alert-ticker">Air raid alert in Dnipropetrovsk Oblast</div></header>',
           f'<main><span class="live-badge">LIVE</span><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>',
           f'<p class="tz-note">{esc(S["tznote"])}</p>', f'<div class="lede"><p>{esc(S["lede"])}</p></div>', '<section class="feed">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="update" id="update-{len(S["entries"]) - i}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="byline">{esc(e["a"])}</p>')
        if e["p"]:
            out.append(hp(e["p"]))
        else:
            out.append('<div class="video-embed" data-duration="0:48"><button aria-label="Play video"></button></div>')
        out.append('<div class="share"><a>Copy link</a> <a>Telegram</a> <a>X</a></div></article>')
        if i == 2:
            out.append('<aside class="donate"><p>Lastivka is reader-funded. Help us keep reporting from Ukraine.</p><a href="/support">Become a supporter</a></aside>')
    out += ['</section><button class="more">Load earlier updates</button></main>',
            f'<footer>{esc(S["source"])} · Kyiv · Editorial standards · Contact · Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


# Day 1 = Wednesday 2032-01-21 (UTC). Main story told by all four seeds: the Kryvyi Rih missile strike.
KR = "kryvyi-rih-missile-strike-2032-01-21"
SWE = "sweden-military-aid-package-2032-01-21"
EXPL = "explainer-russian-strikes-on-industrial-cities"
EXPL_H = "Analysis: Why Russia keeps hitting Ukraine's mining and steel cities"
EXPL_P = ["Kryvyi Rih, the target of this morning's strike, is not a front-line city, yet it has been hit more often than almost any other place this far from the fighting.",
          "The reason is largely economic. The iron ore pits and steelworks of the Dnipropetrovsk region produce much of what Ukraine still sells abroad, and every power cut idles furnaces that take weeks to restart.",
          "The city's mines also depend on a web of substations that was never designed to be defended, which makes each of them a tempting target for cheap drones."]

SEEDS.append(dict(
  id="20320", name="20320_lastivka-ldlive", ext="html", source="Lastivka News", zone="Europe/Kyiv", render=r_lastivka,
  title="Russia's war against Ukraine: live updates", url="https://lastivka.news/live/2032-01-21",
  dateline="Wednesday, 21 January 2032", tznote="All times are Kyiv time.",
  lede="A Russian ballistic missile hit the centre of Kryvyi Rih in the morning rush hour. Follow our live coverage.",
  basis="visible '{s}' in <time datetime> (Kyiv time as the page notes; EET = UTC+2) under the dateline 'Wednesday, 21 January 2032'; JSON-LD datePublished agrees; {u} UTC",
  notes="Invented outlet (Kyiv). HTML live page, newest first, with LiveBlogPosting JSON-LD whose updates carry their own datePublished (+02:00) and authors. Visible: dateline, 'All times are Kyiv time.', then each post's HH:MM in <time datetime>, h2 headline, author line, body. 20320-04 is a 'Watch:' video post with no text. The night drone attack on a Kryvyi Rih substation (20320-07) and the Nikopol shelling (20320-03) are separate events in the same city/region as the main strike. Zelensky's reaction (20320-02) is about the strike itself and shares its story.",
  not_entries=["JSON-LD block", "site header, navigation and air-raid alert ticker", "'LIVE' badge", "page title, dateline and 'All times are Kyiv time.'",
               "lede paragraph under the title", "author lines under the headlines", "video player in the 'Watch:' post", "share links under each post",
               "donation box after the third post", "'Load earlier updates'", "footer"],
  entries=[
  E("2032-01-21 20:10", "Kryvyi Rih death toll rises to nine, among them a 12-year-old girl",
    ["The number of people killed by this morning's ballistic missile strike on Kryvyi Rih has risen to nine, Oleksandr Vilkul, head of the city's military administration, said in the evening. A 12-year-old girl who had been pulled from the rubble died in hospital.",
     "Fifty-two people were injured, 11 of whom remain in serious condition. Vilkul said Thursday would be a day of mourning in the city."],
    "strikes", "strikes", 3, KR, a="Iryna Kovalenko", n="toll 9 dead, 52 injured"),
  E("2032-01-21 18:30", "Zelensky: Russia chose the hour when people were going to work",
    ["President Volodymyr Zelensky said the missile that hit central Kryvyi Rih, his home city, was fired at the hour when people were on their way to work and children to school. Seven people had been confirmed dead by early evening.",
     "He again asked partners for Patriot interceptors, saying that only such systems can stop ballistic missiles and that Ukraine still has too few of them."],
    "strikes", "strikes", 3, KR, a="Andrii Savchuk", sec=["aid"], n="reaction whose content is the strike (toll 7 at the time); shares its story"),
  E("2032-01-21 16:45", "Nikopol shelled again, one woman injured",
    ["Russian artillery fired across the former Kakhovka reservoir at Nikopol in the afternoon, injuring a 64-year-old woman and damaging a gas pipeline, the Dnipropetrovsk regional administration reported."],
    "strikes", "strikes", 2, "nikopol-shelling-2032-01-21", a="Iryna Kovalenko",
    n="same region (Dnipropetrovsk) as the Kryvyi Rih strike but another attack; must not merge with it"),
  E("2032-01-21 15:00", "Watch: rescuers search the ruined office building in Kryvyi Rih", [],
    "strikes", "strikes", 1, KR, n="video teaser without text"),
  E("2032-01-21 13:20", "Rada backs bill on mobilisation deferrals for university teachers",
    ["The Verkhovna Rada approved in first reading a bill that would let university lecturers working at least half-time defer mobilisation, with 241 lawmakers voting in favour."],
    "other", "politics", 2, "rada-mobilisation-deferral-teachers-2032-01-21", a="Andrii Savchuk"),
  E("2032-01-21 09:40", "Ballistic missile hits central Kryvyi Rih: three killed",
    ["A Russian ballistic missile struck the centre of Kryvyi Rih at about 09:05, hitting a four-storey office building and a row of shops on a busy street. At least three people were killed and 14 injured, city officials said.",
     "The air raid alert sounded less than two minutes before the impact."],
    "strikes", "strikes", 3, KR, a="Iryna Kovalenko", n="first report: toll 3 dead, 14 injured"),
  E("2032-01-21 07:40", "Night drone attack damages substation near Kryvyi Rih; no casualties",
    ["Russian attack drones damaged an electrical substation on the outskirts of Kryvyi Rih overnight, leaving about 6,000 households without power for several hours, the regional energy company said. Nobody was hurt."],
    "strikes", "strikes", 2, "kryvyi-rih-substation-drone-attack-2032-01-21", a="Andrii Savchuk",
    n="same city, earlier and separate attack (drones on a substation at night, no casualties); must not merge with the morning missile strike"),
  ]))


def r_eskdale(S):
    """UK text live blog, oldest first (the page was set to 'oldest first'). Masthead, title, dateline with the date,
    standfirst, a 'Key Points' block of post headlines; each post: '9.15am GMT' line, headline, body, '– NAME' signature."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "News   Politics   World   Business   Sport   Opinion   Live", "", "Live", S["title"], S["dateline"], "", S["lede"], "",
         "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Showing oldest first   Show newest first", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.hour % 12 or 12}.{d.minute:02d}{'am' if d.hour < 12 else 'pm'} {d.tzname()}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"]) + ([f"\u2013 {e['a']}", ""] if e["a"] else [])
        if i == 2:
            L += ["Advertisement", "", "Sign up to First Edition, our free daily briefing, every weekday morning at 7am.", ""]
    L += ["This live blog has now closed. Our coverage continues tomorrow.", "", f"{S['source']}   About   Complaints   Terms   Privacy   Cookies"]
    return "\n".join(L) + "\n", stamps


SEEDS.append(dict(
  id="20321", name="20321_eskdale-textlive", ext="txt", source="Eskdale Sentinel", zone="Europe/London", render=r_eskdale,
  title="Ukraine war live: missile strike on Kryvyi Rih kills eight; Sweden announces record aid package",
  dateline="Wednesday 21 January 2032",
  lede="Russian missile hits Zelensky's home city in the morning rush hour; Kremlin rejects energy truce proposal.",
  basis="stamp '{s}' (UK time printed as GMT = UTC in January) under the dateline 'Wednesday 21 January 2032'; {u} UTC",
  notes="Invented outlet (UK). Text live blog shown oldest first. A 'Key Points' block lists two post headlines (key_point true). Each post: time line like '9.40am GMT', headline, body, then a '– NAME' signature (author). 20321-03 is a theme piece (analysis of strikes on industrial cities) that mentions the Kryvyi Rih strike but is its own story; it is re-posted verbatim on day 2 by 20330. 20321-06 repeats 20321-02 nearly verbatim (headline without 'its', first paragraph only).",
  not_entries=["masthead and navigation", "'Live' label", "page title, dateline and standfirst", "'Key Points' header and its two bullet lines",
               "'Showing oldest first   Show newest first' toggle", "'– NAME' signature lines", "'Advertisement' marker and newsletter promo after the third post",
               "closing line 'This live blog has now closed. ...'", "footer"],
  entries=[
  E("2032-01-21 07:55", "Missile strike on Kryvyi Rih: at least three dead",
    ["At least three people have been killed after a Russian missile hit the centre of Kryvyi Rih, the central Ukrainian city where President Volodymyr Zelensky grew up, according to local officials.",
     "Footage shared by the emergency services shows a partly collapsed office block and burning cars on a main road."],
    "strikes", "strikes", 3, KR, a="Fiona Laird", kp=True, n="toll 3"),
  E("2032-01-21 09:40", "Sweden unveils its biggest military aid package yet",
    ["Sweden will send Ukraine military aid worth 11.5bn kronor (about €1bn), including Archer artillery systems, CV90 combat vehicles and air-defence missiles, the Swedish defence minister, Pål Jonson, announced in Stockholm.",
     "It is the 23rd package Stockholm has sent since 2022."],
    "aid", "aid", 3, SWE, a="Tom Ashby", kp=True),
  E("2032-01-21 11:10", EXPL_H, EXPL_P, "strikes", "strikes", 2, EXPL, a="Rachel Imrie",
    n="theme piece (analysis of Russian strikes on industrial cities, no single event); mentions the Kryvyi Rih strike but must not merge with it"),
  E("2032-01-21 12:30", "Kryvyi Rih: death toll rises to five",
    ["Two more bodies have been found under the rubble of the office building in Kryvyi Rih, taking the number of dead to five, the head of the city's military administration, Oleksandr Vilkul, has said."],
    "strikes", "strikes", 3, KR, a="Fiona Laird", n="toll 5"),
  E("2032-01-21 14:20", "Kremlin dismisses Ukrainian proposal for a winter energy truce",
    ["The Kremlin has rejected a Ukrainian proposal for a mutual halt to strikes on energy facilities until the end of March, with spokesman Dmitry Peskov calling it \"a tactical manoeuvre\" rather than a step towards peace."],
    "diplomacy", "diplomacy", 2, "kremlin-rejects-energy-truce-2032-01-21", a="Tom Ashby"),
  E("2032-01-21 16:05", "Sweden unveils biggest military aid package yet",
    ["Sweden will send Ukraine military aid worth 11.5bn kronor (about €1bn), including Archer artillery systems, CV90 combat vehicles and air-defence missiles, the Swedish defence minister, Pål Jonson, announced in Stockholm."],
    "aid", "aid", 1, SWE, a="Tom Ashby", dup="20321-02", n="near-verbatim repeat of 20321-02"),
  E("2032-01-21 17:50", "Kryvyi Rih toll climbs to eight as search goes on",
    ["Eight people are now known to have died in the Kryvyi Rih strike and 47 were injured, Ukraine's State Emergency Service said. Rescuers expect to finish clearing the rubble overnight."],
    "strikes", "strikes", 3, KR, a="Fiona Laird", n="toll 8"),
  ]))


def r_straits_rss(S):
    """Asian world-news RSS 2.0, newest first: pubDate with +0800, dc:creator for bylined items, section category,
    CDATA description with <p> paragraphs, media:thumbnail."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}/world</link>', f'<description>{esc(S["lede"])}</description>',
           '<language>en-sg</language>', f'<pubDate>{rfc822(dt(S["entries"][0]["t"], z))}</pubDate>', '<ttl>10</ttl>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        link = f'{S["url"]}/{e["cat"].lower()}/{slugify(e["h"])}'
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="false">sm-{d:%Y%m%d}-{8800 + i * 17}</guid>',
                f'<pubDate>{st}</pubDate>', f'<category>{e["cat"]}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += [f'<media:thumbnail url="{S["url"]}/img/{d:%Y%m%d}/{8800 + i * 17}.jpg" width="640" height="360"/>',
                '<description><![CDATA[' + hp(e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="20322", name="20322_straitsmeridian-worldrss", ext="xml", source="Straits Meridian", zone="Asia/Singapore", render=r_straits_rss,
  title="Straits Meridian | World", url="https://www.straitsmeridian.sg",
  lede="World news from the Straits Meridian newsroom in Singapore",
  basis="RSS pubDate '{s}' (explicit +0800, Singapore time); {u} UTC",
  notes="Invented outlet (Singapore). General world-news RSS feed in which the war is a minority (4 of 6 items off-beat). Newest first; pubDate +0800; dc:creator only on bylined items; CDATA paragraphs. Uses the Russian-derived spelling 'Krivoy Rog' for Kryvyi Rih. Its local evening items fall on the same UTC day as the other day-1 seeds.",
  not_entries=["channel title, link, description, language, pubDate, ttl", "category labels", "media:thumbnail images", "guid values"],
  entries=[
  E("2032-01-21 23:10", "Krivoy Rog missile strike kills seven, Ukrainian officials say",
    ["A Russian ballistic missile killed at least seven people and injured more than 40 in the Ukrainian industrial city of Krivoy Rog on Wednesday, local authorities said.",
     "Moscow did not comment directly on the strike. Russia's defence ministry said its forces had hit \"military-industrial facilities\" in the region overnight and in the morning."],
    "strikes", "strikes", 3, KR, cat="World", n="spelling 'Krivoy Rog'; toll 7"),
  OFF("2032-01-21 21:30", "Australian Open: qualifier knocks out fourth seed in Melbourne",
    ["A 19-year-old qualifier from Kazakhstan beat the fourth seed in straight sets on Rod Laver Arena to reach the last 16 of the Australian Open on Wednesday night."],
    "australian-open-qualifier-upset-2032-01-21", a="Daniel Koh", cat="Sport", n="tennis"),
  OFF("2032-01-21 19:45", "Floods force 12,000 from their homes in Malaysia's Kelantan",
    ["More than 12,000 people have been moved to relief centres in the Malaysian state of Kelantan after three days of monsoon rain pushed rivers over their banks, the national disaster agency said."],
    "kelantan-floods-2032-01-21", a="Nur Aisyah Rahman", cat="Asia", n="monsoon floods"),
  E("2032-01-21 16:20", "Russia says it downed 38 Ukrainian drones over border regions",
    ["Russia's defence ministry said its air defences destroyed 38 Ukrainian drones overnight over the Belgorod, Kursk and Bryansk regions. The Belgorod governor said a woman was injured when debris fell on a house."],
    "strikes", "strikes", 2, "russia-says-downed-38-drones-2032-01-21", cat="World"),
  OFF("2032-01-21 13:05", "MAS keeps monetary policy settings unchanged",
    ["The Monetary Authority of Singapore left its exchange-rate policy unchanged on Wednesday, saying core inflation was expected to stay close to 2 per cent this year."],
    "mas-policy-unchanged-2032-01-21", a="Grace Lim", cat="Business", n="central bank"),
  OFF("2032-01-21 09:40", "Heavy snow grounds flights in northern Japan",
    ["Airlines cancelled more than 300 flights in and out of Hokkaido on Wednesday as a cold wave brought up to 80cm of snow to parts of northern Japan."],
    "japan-snow-flights-2032-01-21", cat="Asia", n="weather"),
  ]))


def r_mazury_atom(S):
    """Atom 1.0 news feed of a Polish English-language outlet, newest first: <published> and <updated> with +01:00,
    <author><name>, <category term>, escaped-HTML <content>."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link rel="alternate" href="{S["url"]}/"/>', f'<link rel="self" href="{S["url"]}/feed/atom"/>',
           f'<id>{S["url"]}/feed/atom</id>', f'<updated>{iso(dt(S["entries"][0]["t"], z))}</updated>', f'<icon>{S["url"]}/favicon.png</icon>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        link = f'{S["url"]}/{e["cat"].lower()}/{d:%Y/%m/%d}/{slugify(e["h"])}'
        out += ['<entry>', f'<title type="text">{esc(e["h"])}</title>', f'<link rel="alternate" type="text/html" href="{link}"/>',
                f'<id>{link}</id>', f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        out += [f'<category term="{e["cat"]}"/>', '<content type="html">' + esc(hp(e["p"])) + '</content>', '</entry>']
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="20323", name="20323_mazuryreview-atom", ext="xml", source="Mazury Review", zone="Europe/Warsaw", render=r_mazury_atom,
  title="Mazury Review - News", url="https://mazuryreview.pl",
  lede="News and analysis from Poland and its neighbourhood",
  basis="Atom <published> '{s}' (explicit +01:00, Warsaw time); {u} UTC",
  notes="Invented outlet (Poland). Atom feed, newest first, with <published>/<updated> at +01:00, an author per entry and escaped-HTML content. Spells the city 'Kryvyy Rih'. Norway's demining grant (20323-03) shares the aid theme with Sweden's package but is a separate event. 20323-05 is an opinion column (its own story).",
  not_entries=["feed title, subtitle, links, id, updated, icon", "category terms", "entry ids and links"],
  entries=[
  E("2032-01-21 21:45", "Kryvyy Rih mourns nine dead after missile strike",
    ["The central Ukrainian city of Kryvyy Rih will observe a day of mourning on Thursday after a Russian missile strike on Wednesday morning killed nine people, including a 12-year-old girl, and wounded 52.",
     "Poland's foreign ministry condemned the attack and said Warsaw would raise it at the UN Security Council."],
    "strikes", "strikes", 3, KR, a="Marta Zielińska", cat="Ukraine", n="spelling 'Kryvyy Rih'; toll 9"),
  E("2032-01-21 19:00", "Sweden's 11.5 billion kronor package brings more Archer howitzers to Ukraine",
    ["Sweden's new aid package for Ukraine, presented in Stockholm on Wednesday, includes 18 Archer self-propelled howitzers, a batch of CV90 infantry fighting vehicles and RBS 70 air-defence missiles, worth a total of 11.5 billion kronor."],
    "aid", "aid", 3, SWE, a="Piotr Nowicki", cat="Region"),
  E("2032-01-21 15:30", "Norway funds clearance of mines from Kharkiv farmland",
    ["Norway will give 600 million kroner (about €52 million) to clear mines and unexploded ordnance from farmland in the Kharkiv region over the next two years, the Norwegian foreign ministry said."],
    "aid", "aid", 2, "norway-demining-funding-kharkiv-2032-01-21", a="Piotr Nowicki", cat="Region",
    n="same aid theme as Sweden's package, different donor and event; must not merge with it"),
  E("2032-01-21 12:10", "Two arrested over plot to sabotage Rzeszów rail hub",
    ["Polish police have arrested a Belarusian and a Ukrainian citizen suspected of planning, on the orders of Russian intelligence, to set fire to signalling equipment at the Rzeszów rail junction that handles aid deliveries to Ukraine, prosecutors said."],
    "other", "security", 2, "rzeszow-rail-sabotage-arrests-2032-01-21", a="Marta Zielińska", cat="Poland"),
  E("2032-01-21 10:00", "Opinion: Europe's shortage of interceptors is a political choice",
    ["Europe can build cars, satellites and jet engines, yet after almost eight years of war it still cannot produce enough interceptor missiles to protect a single Ukrainian city through one winter.",
     "The factories exist. What is missing are the long-term orders that would persuade their owners to add shifts and production lines, and those orders depend on governments, not on engineers."],
    "aid", "aid", 2, "opinion-europe-interceptor-shortage-2032-01-21", a="Katarzyna Wrona", cat="Opinion", n="opinion column, its own story"),
  ]))


# Day 2 = Thursday 2032-01-22 (UTC). Main story in all four seeds: glide-bomb attack on Kharkiv.
KH = "kharkiv-glide-bomb-attack-2032-01-22"
EX = "uae-mediated-prisoner-exchange-2032-01-22"


def r_spreeblick(S):
    """German English-language text live blog, newest first. Masthead, title, a date header line and 'All times CET',
    page byline ('Live reporting: ...'); each post: bare 'HH:MM' line, headline, body. A partner re-post carries a label line
    and its own 'By NAME' line before the text."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"].upper(), "Politics   Europe   World   Economy   Culture   Berlin", "", S["title"], S["lede"], "", S["byline"], "",
         S["dateline"], "All times CET", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st]
        if e.get("label"):
            L += [e["label"]]
        L += [e["h"], ""]
        if e.get("own_by"):
            L += [f"By {e['a']}", ""]
        L += ptxt(e["p"])
        if i == 3:
            L += ["Read more: Germany's defence budget explained in five charts", ""]
    L += ["Load earlier posts", "", "Imprint   Data protection   Contact   Subscribe"]
    return "\n".join(L) + "\n", stamps


SPB = "Jonas Keller and Miriam Abt"
SEEDS.append(dict(
  id="20330", name="20330_spreeblick-textlive", ext="txt", source="Spreeblick Post", zone="Europe/Berlin", render=r_spreeblick,
  title="War in Ukraine: the latest", lede="Kharkiv hit by glide bombs; 210 prisoners of war return home in a UAE-mediated exchange.",
  byline=f"Live reporting: {SPB}", dateline="Thursday, 22 January 2032",
  basis="bare '{s}' under the date line 'Thursday, 22 January 2032' and the note 'All times CET' (UTC+1); {u} UTC",
  notes="Invented outlet (Berlin). Text live blog, newest first: date line 'Thursday, 22 January 2032', 'All times CET', then posts as bare 'HH:MM', headline, body. No per-post bylines: the page byline 'Live reporting: Jonas Keller and Miriam Abt' is used as author (one string), except for the partner re-post, which prints its own 'By Rachel Imrie'. 20330-03 re-posts day 1's analysis 20321-03 verbatim (same headline and paragraphs) under the label 'From our partners at the Eskdale Sentinel (first published 21 January)': importance 1, same story as on day 1, duplicate_of null (duplicate_of is defined within a seed only). 20330-04 continues day 1's Kryvyi Rih story (new toll, funerals). The Yaroslavl refinery strike (20330-07) is an attack by the other side on the same day: must not merge with Kharkiv.",
  not_entries=["masthead and section navigation", "page title and standfirst", "page byline 'Live reporting: ...'", "date line 'Thursday, 22 January 2032' and 'All times CET'",
               "partner label 'From our partners at the Eskdale Sentinel (first published 21 January)' and its 'By Rachel Imrie' line",
               "related link 'Read more: Germany's defence budget explained in five charts'", "'Load earlier posts'", "footer"],
  entries=[
  E("2032-01-22 21:15", "Kharkiv: number of dead rises to six",
    ["Six people have now died after Russian glide bombs hit the Kyivskyi district of Kharkiv shortly before noon, the regional governor, Oleh Syniehubov, said. Among the dead is a 15-year-old boy.",
     "More than 30 people were injured and two apartment blocks will have to be demolished, city officials said."],
    "strikes", "strikes", 3, KH, a=SPB, n="toll 6"),
  E("2032-01-22 18:30", "210 Ukrainian prisoners of war return home in exchange brokered by the UAE",
    ["Ukraine and Russia have each released 210 prisoners of war in an exchange mediated by the United Arab Emirates, Ukraine's coordination headquarters for the treatment of prisoners of war said. Most of the Ukrainians had been held since 2024 or 2025."],
    "diplomacy", "diplomacy", 3, EX, a=SPB),
  E("2032-01-22 16:00", EXPL_H, EXPL_P, "strikes", "strikes", 1, EXPL, a="Rachel Imrie", own_by=True,
    label="From our partners at the Eskdale Sentinel (first published 21 January)",
    n="re-post of day-1 entry 20321-03 (Eskdale Sentinel analysis), verbatim; importance 1; theme piece, must not merge with the strikes it mentions"),
  E("2032-01-22 14:10", "Kryvyi Rih buries its dead as toll rises to ten",
    ["Kryvyi Rih held the first funerals on Thursday for the victims of Wednesday's missile strike, whose toll rose overnight to ten after a 71-year-old man died in hospital, the city authorities said."],
    "strikes", "strikes", 3, KR, a=SPB, n="continuation of day 1's story: toll 10, funerals"),
  E("2032-01-22 11:45", "Glide bombs hit Kharkiv's Kyivskyi district",
    ["Russian aircraft dropped at least three guided bombs on the Kyivskyi district of Kharkiv, killing two people and injuring 17, the regional governor said. Several apartment blocks and a school were damaged."],
    "strikes", "strikes", 3, KH, a=SPB, n="first report: toll 2"),
  E("2032-01-22 09:20", "Berlin confirms €500 million for long-range drone production in Ukraine",
    ["Germany will pay for the production of long-range strike drones in Ukraine worth €500 million this year, the defence ministry in Berlin confirmed, extending a scheme it started in 2025."],
    "aid", "aid", 3, "germany-long-range-drone-funding-2032-01-22", a=SPB),
  E("2032-01-22 07:30", "Ukrainian drones hit oil refinery in Russia's Yaroslavl region",
    ["A fire broke out at an oil refinery in Russia's Yaroslavl region after an overnight Ukrainian drone attack, the regional governor said. Ukraine's General Staff said the plant's primary processing unit had been hit."],
    "strikes", "strikes", 2, "yaroslavl-refinery-drone-strike-2032-01-22", a=SPB,
    n="strike by the other side on the same day; must not merge with Kharkiv"),
  ]))


def r_sonyashnyk(S):
    """Kyiv English-language article 'key events' round-up, HTML: h1, dateline with date and time (Kyiv, no zone), byline,
    standfirst, then one h2 section per event with paragraphs; NewsArticle JSON-LD; no per-section times."""
    z = S["zone"]; d0 = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": d0.isoformat(),
          "author": {"@type": "Person", "name": S["byline"]}, "publisher": {"@type": "Organization", "name": S["source"]}}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header><a class="logo" href="/">{esc(S["source"])}</a><nav><a href="/news">News</a> <a href="/war">War</a> '
           '<a href="/explainers">Explainers</a> <a href="/podcast">Podcast</a></nav></header>',
           f'<article><p class="kicker">Russia-Ukraine war</p><h1>{esc(S["title"])}</h1>',
           f'<p class="meta"><span class="date">{dmy(d0)}, {d0:%H:%M}</span> <span class="author">By {esc(S["byline"])}</span></p>',
           f'<p class="standfirst">{esc(S["lede"])}</p>', '<figure><figcaption>A firefighter at a damaged apartment block. Photo: State Emergency Service</figcaption></figure>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        stamps.append(None)
        out.append(f'<h2>{esc(e["h"])}</h2>' + hp(e["p"]))
        if i == 2:
            out.append('<aside class="inline-related">Read also: <a href="/explainers/glide-bombs">How glide bombs work</a></aside>')
    out += ['</article>', '<div class="tags">Tags: Kharkiv, Kryvyi Rih, prisoners of war, Kostiantynivka, Turkey</div>',
            f'<footer>© {d0.year} {esc(S["source"])}. All rights reserved.</footer></body></html>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="20331", name="20331_sonyashnyk-keyevents", ext="html", source="Sonyashnyk Daily", zone="Europe/Kyiv", render=r_sonyashnyk,
  title="Russia-Ukraine war: key events on day 3,620", byline="Olha Marchenko",
  lede="Here is where things stand on Thursday, 22 January 2032.",
  basis="no per-section time; the article's dateline '22 January 2032, 16:30' (Kyiv time, EET = UTC+2) dates every section; {u} UTC",
  notes="Invented outlet (Kyiv). Single round-up article (not a live page) with NewsArticle JSON-LD. Each h2 section is one entry (headline = heading), stamp null, published = the dateline '22 January 2032, 16:30' Kyiv time. The byline 'By Olha Marchenko' is used as author for every section. 20331-03 continues day 1's Kryvyi Rih story. The drone strike in the Kupiansk district (20331-04) is in the same region as the Kharkiv city attack but a different event.",
  not_entries=["JSON-LD block", "site header and navigation", "kicker 'Russia-Ukraine war'", "dateline and byline line", "standfirst 'Here is where things stand ...'",
               "photo caption", "inline related link 'Read also: How glide bombs work'", "tags line", "footer"],
  entries=[
  E("2032-01-22 16:30", "Kharkiv hit by glide bombs in daytime attack",
    ["At least four people were killed and 26 injured when Russian aircraft dropped guided bombs on the Kyivskyi district of Kharkiv shortly before noon, regional governor Oleh Syniehubov said.",
     "The bombs hit two nine-storey apartment blocks and the yard of a school where classes were being held underground."],
    "strikes", "strikes", 3, KH, a="Olha Marchenko", n="toll 4"),
  E("2032-01-22 16:30", "Prisoner exchange returns 210 Ukrainians",
    ["Ukraine brought home 210 prisoners of war, including 14 National Guard servicemen captured in 2024, in an exchange mediated by the United Arab Emirates. Russia received the same number of its soldiers."],
    "diplomacy", "diplomacy", 3, EX, a="Olha Marchenko"),
  E("2032-01-22 16:30", "Kryvyi Rih mourns",
    ["Kryvyi Rih observed a day of mourning for the victims of Wednesday's ballistic missile strike on the city centre, whose toll rose to ten overnight when a 71-year-old man died in hospital."],
    "strikes", "strikes", 3, KR, a="Olha Marchenko", n="continuation of day 1's story"),
  E("2032-01-22 16:30", "Drone kills driver of aid van in Kupiansk district",
    ["A Russian FPV drone struck a van delivering food parcels near Kupiansk in the Kharkiv region, killing its driver, a volunteer, and injuring a passenger, the regional prosecutor's office said."],
    "strikes", "strikes", 3, "kupiansk-aid-van-drone-strike-2032-01-22", a="Olha Marchenko",
    n="same region (Kharkiv Oblast) as the Kharkiv city attack but a separate event; must not merge with it"),
  E("2032-01-22 16:30", "Fighting around Kostiantynivka",
    ["Russian troops launched 38 assaults around Kostiantynivka over the past day, Ukraine's General Staff said, the highest number on any part of the front."],
    "other", "frontline", 2, "kostiantynivka-assaults-2032-01-22", a="Olha Marchenko"),
  E("2032-01-22 16:30", "Sybiha in Ankara",
    ["Foreign Minister Andrii Sybiha met his Turkish counterpart Hakan Fidan in Ankara to discuss Black Sea shipping and a possible new round of talks with Russia in Istanbul."],
    "diplomacy", "diplomacy", 3, "sybiha-fidan-talks-ankara-2032-01-22", a="Olha Marchenko", n="in-person ministerial talks: importance 3"),
  ]))


def r_guanabara_atom(S):
    """Brazilian English-language world feed, Atom: <published> with -03:00, <updated>, optional author, <summary type="text">
    holding the item text (paragraphs separated by blank lines), <category>."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f'  <title>{esc(S["title"])}</title>',
           f'  <subtitle>{esc(S["lede"])}</subtitle>', f'  <link href="{S["url"]}"/>', f'  <link rel="self" href="{S["url"]}/world/feed.atom"/>',
           f'  <id>urn:uuid:6f1c2a70-3d1e-4b8a-9a0e-{S["id"]}00000000</id>', f'  <updated>{iso(dt(S["entries"][0]["t"], z))}</updated>',
           f'  <rights>© {dt(S["entries"][0]["t"], z).year} {esc(S["source"])}</rights>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        link = f'{S["url"]}/{e["cat"].lower()}/{slugify(e["h"])}-{d:%Y%m%d}'
        out += ['  <entry>', f'    <title>{esc(e["h"])}</title>', f'    <link rel="alternate" href="{link}"/>',
                f'    <id>urn:uuid:0c9d{i:04d}-{d:%m%d}-4e1a-8b2c-{d:%Y%m%d%H%M}</id>', f'    <published>{st}</published>', f'    <updated>{st}</updated>']
        if e["a"]:
            out.append(f'    <author><name>{esc(e["a"])}</name></author>')
        out += [f'    <category term="{e["cat"]}"/>', '    <summary type="text">' + esc("\n\n".join(e["p"])) + '</summary>', '  </entry>']
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="20332", name="20332_guanabara-worldatom", ext="xml", source="Guanabara World Report", zone="America/Sao_Paulo", render=r_guanabara_atom,
  title="Guanabara World Report — World", url="https://guanabaraworld.com.br",
  lede="International news from Rio de Janeiro",
  basis="Atom <published> '{s}' (explicit -03:00, Brasília time); {u} UTC",
  notes="Invented outlet (Brazil). General world-news Atom feed in which the war is a minority (4 of 6 entries off-beat). Newest first; <published> at -03:00; authors on some entries; the text sits in a plain-text <summary> with paragraphs separated by blank lines. Uses the spelling 'Kharkov'.",
  not_entries=["feed title, subtitle, links, id, updated, rights", "entry ids, links and category terms"],
  entries=[
  E("2032-01-22 17:20", "Kharkov strike toll climbs to six",
    ["The death toll from Thursday's Russian glide-bomb attack on the Ukrainian city of Kharkov has risen to six, including a teenager, the regional governor said.",
     "Russia's defence ministry said its aircraft had struck \"a command post and an ammunition depot\" in the city."],
    "strikes", "strikes", 3, KH, cat="World", n="spelling 'Kharkov'; toll 6"),
  OFF("2032-01-22 15:05", "Argentina's Senate approves labour reform after marathon session",
    ["Argentina's Senate approved a labour reform bill early on Thursday after a 17-hour session, clearing the way for longer trial periods and new rules on severance pay."],
    "argentina-labour-reform-senate-2032-01-22", a="Lucía Ferreyra", cat="Americas", n="Argentine politics"),
  E("2032-01-22 13:40", "Russia and Ukraine swap 420 prisoners in UAE-brokered deal",
    ["Russia and Ukraine exchanged 210 prisoners of war each on Thursday in a swap mediated by the United Arab Emirates, both sides said."],
    "diplomacy", "diplomacy", 3, EX, cat="World"),
  OFF("2032-01-22 11:15", "Chile brings wildfire near Valparaíso under control",
    ["Chilean firefighters have contained a forest fire that burned 2,300 hectares in the hills near Valparaíso and forced the evacuation of two neighbourhoods, the forestry agency said."],
    "chile-valparaiso-wildfire-2032-01-22", a="Tomás Herrera", cat="Americas", n="wildfire"),
  OFF("2032-01-22 09:50", "Peru's copper exports reached a record in 2031",
    ["Peru exported 2.9 million tonnes of copper last year, the most on record, thanks to two new mines in the south of the country, the central bank said."],
    "peru-copper-exports-record-2032-01-22", cat="Business", n="commodities"),
  OFF("2032-01-22 08:10", "Colombia and Ecuador reopen main border crossing",
    ["Colombia and Ecuador reopened the Rumichaca bridge to cargo traffic on Thursday, ending a three-week closure that had left hundreds of lorries stranded."],
    "colombia-ecuador-border-reopens-2032-01-22", cat="Americas", n="border crossing"),
  ]))


def r_neringa(S):
    """Lithuanian English-language live page, HTML, oldest first. Header, title, dateline with the full date, a note
    'Times are Vilnius time (EET)'; each post: stamp '22 Jan 09:05' (no year) in a span, h3 headline, body, author line
    at the end; a photo post shows only an image and caption credit."""
    z = S["zone"]; order_check(S, False)
    last = dt(S["entries"][-1]["t"], z)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title>',
           f'<meta property="article:modified_time" content="{last.isoformat()}"></head><body>',
           f'<div class="topbar"><span>Vilnius -6°C</span> <a href="/lt">LT</a> <a href="/en">EN</a> <a href="/ru">RU</a></div>',
           f'<header><a class="logo" href="/en">{esc(S["source"])}</a><nav><a>Lithuania</a> <a>Baltics</a> <a>Ukraine war</a> <a>Business</a> <a>Opinion</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="note">{esc(S["tznote"])}</p>', '<div class="live">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {MON3[d.month - 1]} {d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="post"><span class="post-time">{st}</span><h3>{esc(e["h"])}</h3>')
        if e["p"]:
            out.append(hp(e["p"]))
        else:
            out.append('<figure class="photo"><img src="/img/live/kharkiv-school.jpg" alt=""><figcaption>Photo: Reuters</figcaption></figure>')
        if e["a"]:
            out.append(f'<p class="post-author">{esc(e["a"])}</p>')
        out.append('</div>')
        if i == 3:
            out.append('<div class="promo">Neringa Daily newsletter: the Baltics in five minutes, every morning. <a>Subscribe</a></div>')
    out += ['</div></main>', f'<footer>© {last.year} {esc(S["source"])} · Vilnius · Contacts · Advertising · Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="20333", name="20333_neringa-htmllive", ext="html", source="Neringa Daily", zone="Europe/Vilnius", render=r_neringa,
  title="Russia's war in Ukraine: live", dateline="Thursday 22 January 2032", tznote="Times are Vilnius time (EET).",
  basis="stamp '{s}' (day and month printed, year from the dateline 'Thursday 22 January 2032'; Vilnius time, EET = UTC+2); {u} UTC",
  notes="Invented outlet (Lithuania). HTML live page, oldest first, no JSON-LD. Stamps print day, short month and time without a year ('22 Jan 09:05'); the year comes from the dateline, the zone from the note 'Times are Vilnius time (EET).' Each post: stamp, h3 headline, body, author line after the body. 20333-03 is a theme piece (analysis of why glide bombs cannot be stopped). 20333-04 is a 'Pictured:' photo post with no text. 20333-05 repeats 20333-02 nearly verbatim with its stale toll. Spells the governor 'Synehubov'.",
  not_entries=["top bar (weather, language links)", "header and navigation", "page title, dateline and time-zone note", "author lines after the posts",
               "photo and caption credit 'Photo: Reuters' in the 'Pictured:' post", "newsletter promo after the fourth post", "footer"],
  entries=[
  E("2032-01-22 09:05", "Nordic and Baltic ministers agree joint purchase of air-defence missiles for Ukraine",
    ["Defence ministers of the five Nordic and three Baltic countries agreed in Vilnius to buy air-defence missiles for Ukraine worth €600 million together this year, Lithuania's defence ministry said.",
     "The first batch is to be ordered from a Norwegian manufacturer before the end of February."],
    "aid", "aid", 3, "nordic-baltic-joint-air-defence-purchase-2032-01-22", a="Rūta Petrauskaitė"),
  E("2032-01-22 12:05", "Glide bombs hit Kharkiv, at least two killed",
    ["Russian guided aerial bombs struck a residential area of Kharkiv shortly before noon, killing at least two people, Ukrainian officials said.",
     "Regional governor Oleh Synehubov said rescuers were still searching one of the damaged buildings."],
    "strikes", "strikes", 3, KH, a="Tomas Vaitkus", n="toll 2; spelling 'Synehubov'"),
  E("2032-01-22 13:15", "Analysis: Why Kharkiv cannot stop the glide bombs",
    ["Kharkiv lies about 30 kilometres from the Russian border, close enough for Russian jets to release glide bombs without ever leaving Russian airspace.",
     "Stopping the bombs themselves is almost impossible: they are cheap, numerous and fly too low and too briefly for most interceptors. The only reliable answer, Ukrainian officers say, is to push the aircraft further back, which would take long-range air defence that the city does not have."],
    "strikes", "strikes", 2, "analysis-kharkiv-glide-bomb-defence", a="Rūta Petrauskaitė",
    n="theme piece (analysis, no single event); mentions the Kharkiv attack but must not merge with it"),
  E("2032-01-22 14:30", "Pictured: residents clear broken glass from a school in Kharkiv", [],
    "strikes", "strikes", 1, KH, n="photo teaser without text"),
  E("2032-01-22 15:50", "Glide bombs hit Kharkiv, at least two killed",
    ["Russian guided aerial bombs struck a residential area of Kharkiv shortly before noon, killing at least two people, Ukrainian officials said."],
    "strikes", "strikes", 1, KH, a="Tomas Vaitkus", dup="20333-02", n="near-verbatim repeat of 20333-02 (stale toll)"),
  E("2032-01-22 18:40", "Kharkiv toll rises to five",
    ["Five people were killed in the glide-bomb attack on Kharkiv, including a 15-year-old boy, governor Oleh Synehubov said in the evening."],
    "strikes", "strikes", 3, KH, a="Tomas Vaitkus", n="toll 5"),
  E("2032-01-22 20:10", "Two Lithuanian-Ukrainian dual nationals among freed prisoners",
    ["Two men holding both Lithuanian and Ukrainian citizenship were among the 210 Ukrainian prisoners of war released by Russia on Thursday, Lithuania's foreign ministry said."],
    "diplomacy", "diplomacy", 3, EX, a="Rūta Petrauskaitė"),
  ]))


# Day 3 = Tuesday 2032-01-27 (UTC). Main story in all four seeds: the overnight drone attack on Odesa.
OD = "odesa-drone-attack-2032-01-27"
JP = "japan-energy-grant-2032-01-27"


def r_grenloch_rss(S):
    """UK-based world-news RSS 2.0 with pubDate in GMT, newest first; plain-text one- or two-paragraph descriptions
    (paragraphs as <p> in CDATA), no authors, enclosure images."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', '<channel>', f'<title>{esc(S["title"])}</title>',
           f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>', '<language>en-gb</language>',
           f'<copyright>Copyright {dt(S["entries"][0]["t"], z).year} {esc(S["source"])}</copyright>',
           f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z), gmt=True)}</lastBuildDate>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=True); stamps.append(st)
        link = f'{S["url"]}/news/{e["cat"]}-{71540210 + 37 * (len(S["entries"]) - i)}'
        out += ['<item>', f'<title><![CDATA[{e["h"]}]]></title>', '<description><![CDATA[' + hp(e["p"]) + ']]></description>',
                f'<link>{link}</link>', f'<guid isPermaLink="true">{link}</guid>', f'<pubDate>{st}</pubDate>',
                f'<enclosure url="{S["url"]}/media/{d:%Y%m%d}-{i}.jpg" length="0" type="image/jpeg"/>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="20340", name="20340_grenloch-worldrss", ext="xml", source="Grenloch World Report", zone="UTC", render=r_grenloch_rss,
  title="Grenloch World Report - World", url="https://www.grenlochworld.co.uk",
  lede="The latest world news from Grenloch World Report",
  basis="RSS pubDate '{s}' (GMT = UTC); {u} UTC",
  notes="Invented outlet (UK). General world-news RSS feed in which the war is a minority (4 of 6 items off-beat). Newest first; pubDate in GMT; titles in CDATA; no authors. Two items follow the Odesa drone attack (toll 2, then 5), spelled 'Odessa'.",
  not_entries=["channel title, link, description, language, copyright, lastBuildDate", "enclosure images", "link/guid URLs"],
  entries=[
  E("2032-01-27 19:30", "Odessa drone attack death toll rises to five",
    ["Five people have died after a Russian drone attack on the Ukrainian Black Sea port of Odessa overnight, regional officials said, after a woman pulled from a burning building died in hospital.",
     "The attack also set fire to warehouses in the port and damaged a kindergarten."],
    "strikes", "strikes", 3, OD, cat="world-europe", n="spelling 'Odessa'; toll 5"),
  OFF("2032-01-27 17:15", "Floods swamp Mozambique's capital after record rainfall",
    ["Parts of Maputo were under a metre of water on Tuesday after the heaviest rainfall recorded in the city in a single day, officials said. At least four people died."],
    "maputo-floods-2032-01-27", cat="world-africa", n="floods"),
  OFF("2032-01-27 14:40", "Dutch coalition talks collapse over housing plan",
    ["Talks on forming a new Dutch government broke down on Tuesday after the four parties failed to agree on how to pay for 100,000 new homes a year."],
    "dutch-coalition-talks-collapse-2032-01-27", cat="world-europe", n="Dutch politics"),
  OFF("2032-01-27 12:05", "Gold climbs to a record as the dollar weakens",
    ["The price of gold hit a record high on Tuesday as the dollar fell against major currencies ahead of the US Federal Reserve's meeting next week."],
    "gold-record-2032-01-27", cat="business", n="markets"),
  OFF("2032-01-27 10:20", "New Zealand declares drought in two regions",
    ["New Zealand's government declared a drought in Hawke's Bay and Gisborne on Tuesday, unlocking support for farmers after the driest January in 60 years."],
    "new-zealand-drought-2032-01-27", cat="world-asia", n="drought"),
  E("2032-01-27 07:45", "Odessa hit by drones overnight, two dead",
    ["Two people were killed and at least ten injured when Russian drones struck residential buildings and port facilities in Odessa overnight, Ukraine's emergency service said."],
    "strikes", "strikes", 3, OD, cat="world-europe", n="toll 2"),
  ]))


def r_borysfen(S):
    """Kyiv English-language live page, HTML, newest first. Yoast-style JSON-LD @graph: Organization, WebPage and a node typed
    ['NewsArticle', 'LiveBlogPosting'] whose liveBlogUpdate items carry UTC datePublished; visible stamps '27.01.2032, 21:40'
    (Kyiv time, no zone printed); author under the headline."""
    z = S["zone"]; order_check(S, True)
    ups = [{"@type": "BlogPosting", "headline": e["h"], "datePublished": iso(dt(e["t"], z).astimezone(UTC), z=True),
            "author": {"@type": "Person", "name": e["a"]} if e["a"] else None, "articleBody": " ".join(e["p"])} for e in S["entries"]]
    for u in ups:
        if u["author"] is None:
            del u["author"]
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "Organization", "@id": f"{S['url']}/#org", "name": S["source"], "url": S["url"]},
        {"@type": "WebPage", "@id": f"{S['url']}{S['path']}", "name": S["title"], "isPartOf": {"@id": f"{S['url']}/#website"}},
        {"@type": ["NewsArticle", "LiveBlogPosting"], "headline": S["title"], "mainEntityOfPage": {"@id": f"{S['url']}{S['path']}"},
         "datePublished": iso(first.astimezone(UTC), z=True), "dateModified": iso(last.astimezone(UTC), z=True),
         "coverageStartTime": iso(first.astimezone(UTC), z=True), "publisher": {"@id": f"{S['url']}/#org"}, "liveBlogUpdate": ups}]}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="UTF-8">', f'<title>{esc(S["title"])} - {S["source"]}</title>',
           '<script type="application/ld+json" class="yoast-schema-graph">' + json.dumps(graph, ensure_ascii=False) + '</script></head><body class="single-live">',
           f'<header id="masthead"><a class="custom-logo-link" href="/">{esc(S["source"])}</a>'
           '<ul class="menu"><li>News</li><li>War</li><li>Economy</li><li>Culture</li><li>Opinion</li><li>Donate</li></ul></header>',
           f'<main><h1 class="entry-title">{esc(S["title"])}</h1>', f'<div class="entry-meta">{esc(S["dateline"])}</div>',
           f'<div class="entry-summary"><p>{esc(S["lede"])}</p></div>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%d.%m.%Y}, {d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="live-item"><div class="live-item__time">{st}</div><h2 class="live-item__title">{esc(e["h"])}</h2>'
                   + (f'<div class="live-item__author">{esc(e["a"])}</div>' if e["a"] else "") + f'<div class="live-item__text">{hp(e["p"])}</div></div>')
        if i == 3:
            out.append('<div class="wp-block-embed">Follow Borysfen Daily on Telegram for alerts <a>Join</a></div>')
    out += ['</main>', f'<footer class="site-footer">© {last.year} {esc(S["source"])}. Republishing only with a link to the source.</footer></body></html>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="20341", name="20341_borysfen-graphlive", ext="html", source="Borysfen Daily", zone="Europe/Kyiv", render=r_borysfen,
  title="Live: Russian drones strike Odesa; Japan pledges energy aid", url="https://borysfen.ua", path="/en/live/odesa-drones-japan-aid/",
  dateline="Tuesday, 27 January 2032. Updated throughout the day",
  lede="Follow our live coverage of Russia's war against Ukraine.",
  basis="visible stamp '{s}' (Kyiv time, no zone printed; EET = UTC+2); the JSON-LD update datePublished gives the same instant in UTC; {u} UTC",
  notes="Invented outlet (Kyiv). WordPress live page, newest first, with a Yoast-style JSON-LD @graph whose article node is typed ['NewsArticle', 'LiveBlogPosting'] and whose updates carry datePublished in UTC ('Z'). Visible stamps are Ukrainian-style '27.01.2032, 21:40' in Kyiv time with no zone printed. Each item: stamp, headline, author, text. The Izmail port attack (20341-03) is in the same Odesa region but a separate event; Zelensky's appeal for interceptors (20341-05) is its own story (an appeal, not about the Odesa attack).",
  not_entries=["JSON-LD @graph", "masthead and menu", "page title, meta line 'Tuesday, 27 January 2032. Updated throughout the day' and summary", "author lines",
               "Telegram promo after the fourth item", "footer"],
  entries=[
  E("2032-01-27 21:40", "Odesa: fifth victim dies in hospital",
    ["A 58-year-old woman who was pulled from a burning apartment building after the night attack on Odesa has died in hospital, bringing the death toll to five, the head of the regional military administration said."],
    "strikes", "strikes", 3, OD, a="Viktoriia Hrytsenko", n="toll 5"),
  E("2032-01-27 19:05", "Japan pledges $450 million for Ukraine's power grid",
    ["Japan will provide $450 million in grants to repair and protect Ukraine's power grid, including gas turbines, transformers and protective structures for substations, Foreign Minister Andrii Sybiha said after a call with his Japanese counterpart."],
    "aid", "aid", 3, JP, a="Denys Moroz"),
  E("2032-01-27 16:30", "Drones hit Izmail port, grain terminal damaged",
    ["Russian drones attacked the Danube port of Izmail in the Odesa region in the afternoon, damaging a grain terminal and two lorries. No one was injured, the regional administration said."],
    "strikes", "strikes", 2, "izmail-port-drone-attack-2032-01-27", a="Viktoriia Hrytsenko",
    n="same region (Odesa Oblast) as the Odesa attack, later and separate; must not merge with it"),
  E("2032-01-27 14:10", "Odesa strike: toll rises to four",
    ["The number of people killed in last night's drone attack on Odesa has risen to four, and 17 people were injured, including two children, the city's military administration said."],
    "strikes", "strikes", 3, OD, a="Viktoriia Hrytsenko", n="toll 4"),
  E("2032-01-27 12:00", "Zelensky: we need interceptors, not promises",
    ["Ukraine has received fewer than half of the air-defence interceptors partners promised for January, President Volodymyr Zelensky said, urging allies to deliver before the end of the winter rather than announce new packages."],
    "aid", "aid", 2, "zelensky-interceptor-appeal-2032-01-27", a="Denys Moroz",
    n="an appeal for air defence, its own story; must not merge with the Odesa attack"),
  E("2032-01-27 10:25", "Peskov: no date yet for next round of talks",
    ["Kremlin spokesman Dmitry Peskov said there was no date yet for a new round of Russian-Ukrainian talks and that Moscow was waiting for \"concrete signals\" from Kyiv."],
    "diplomacy", "diplomacy", 2, "peskov-no-date-next-talks-2032-01-27", a="Denys Moroz"),
  E("2032-01-27 08:15", "Drone attack on Odesa: one dead, eight injured",
    ["Russia attacked Odesa with drones overnight, hitting a residential building and port warehouses. One person was killed and eight were injured, the regional governor said."],
    "strikes", "strikes", 3, OD, a="Viktoriia Hrytsenko", n="first report: toll 1"),
  ]))


def r_hawksmere(S):
    """UK text live blog, oldest first, with a 'Key Points' block; each post starts with a full stamp line
    'Tue 27 Jan 2032 06.50 GMT', then the headline, the body and 'Reporting by NAME'; a video post shows a player line."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "Home   UK   World   Politics   Business   Live", "", S["title"], S["lede"], "", "Key Points"]
    L += [e["h"] for e in S["entries"] if e["kp"]] + ["", "Oldest first", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{WEEKDAYS[d.weekday()][:3]} {d.day} {MON3[d.month - 1]} {d.year} {d:%H.%M} {d.tzname()}"; stamps.append(st)
        L += [st, e["h"], ""]
        L += ptxt(e["p"]) if e["p"] else ["[Video, 0:37]", ""]
        if e["a"]:
            L += [f"Reporting by {e['a']}", ""]
        if i == 4:
            L += ["Related: Ukraine's winter energy crisis in maps", ""]
    L += ["Back to top", "", f"{S['source']} · Terms and conditions · Privacy notice · Cookie settings · Contact us"]
    return "\n".join(L) + "\n", stamps


SEEDS.append(dict(
  id="20342", name="20342_hawksmere-textlive", ext="txt", source="Hawksmere Report", zone="Europe/London", render=r_hawksmere,
  title="Russia-Ukraine war: drone attack on Odesa kills three - as it happened",
  lede="Drones set fire to homes and port warehouses in Odesa; the EU delivers transformers; Russia claims a village near Huliaipole.",
  basis="full stamp line '{s}' (UK time printed as GMT = UTC in January); {u} UTC",
  notes="Invented outlet (UK). Text live blog, oldest first. A 'Key Points' block lists two post headlines without bullets (key_point true). Each post: full stamp line 'Tue 27 Jan 2032 06.50 GMT', headline, body, 'Reporting by NAME' (author). 20342-02 is a 'Video:' post with only a player placeholder. 20342-05 repeats 20342-04 nearly verbatim (headline shortened, first paragraph only). The EU transformer delivery (20342-04) and Japan's grant (20341-02, 20343-01) share the energy-aid theme but are separate events.",
  not_entries=["masthead and navigation", "page title and standfirst", "'Key Points' header and its two lines", "'Oldest first' toggle", "'Reporting by ...' lines",
               "video placeholder '[Video, 0:37]'", "related link 'Related: Ukraine's winter energy crisis in maps'", "'Back to top'", "footer"],
  entries=[
  E("2032-01-27 06:50", "Drones hit Odesa overnight, one person killed",
    ["One person has been killed and several injured after Russian drones hit a residential building and warehouses in the port of Odesa overnight, according to the regional governor.",
     "Residents reported explosions from about 2am local time, as air defences engaged drones approaching from the sea."],
    "strikes", "strikes", 3, OD, a="Hannah Birtwistle", kp=True, n="toll 1"),
  E("2032-01-27 08:30", "Video: Firefighters battle blaze at Odesa port warehouses", [],
    "strikes", "strikes", 1, OD, n="video teaser without text"),
  E("2032-01-27 10:30", "Odesa toll rises to three",
    ["Three people are now known to have died in the overnight drone attack on Odesa, Ukraine's State Emergency Service has said. Rescuers found two bodies in a burnt-out flat on the sixth floor of the damaged building."],
    "strikes", "strikes", 3, OD, a="Hannah Birtwistle", kp=True, n="toll 3"),
  E("2032-01-27 11:45", "EU ships 40 transformers to Ukraine under energy support scheme",
    ["The European Commission says 40 high-voltage transformers bought with EU funds have been shipped to Ukraine this month to replace equipment destroyed in Russian strikes.",
     "The transformers, some of them weighing more than 100 tonnes, were bought from manufacturers in Austria, Poland and South Korea."],
    "aid", "aid", 2, "eu-transformers-delivery-2032-01-27", a="Callum Reid",
    n="same energy-aid theme as Japan's grant (other seeds), different donor and event; must not merge"),
  E("2032-01-27 13:00", "EU ships 40 transformers to Ukraine",
    ["The European Commission says 40 high-voltage transformers bought with EU funds have been shipped to Ukraine this month to replace equipment destroyed in Russian strikes."],
    "aid", "aid", 1, "eu-transformers-delivery-2032-01-27", a="Callum Reid", dup="20342-04", n="near-verbatim repeat of 20342-04"),
  E("2032-01-27 15:20", "Russia claims capture of village near Huliaipole",
    ["Russia's defence ministry has claimed the capture of a village north-west of Huliaipole in the Zaporizhzhia region. Ukraine's military did not confirm the claim and said fighting in the area was continuing."],
    "other", "frontline", 2, "russia-claims-village-near-huliaipole-2032-01-27", a="Callum Reid"),
  E("2032-01-27 17:40", "UK to train Ukrainian air-defence crews in Scotland",
    ["Britain will train around 400 Ukrainian air-defence operators at a range in Scotland this year, teaching them to use short-range systems and to counter drones, the Ministry of Defence said."],
    "aid", "aid", 2, "uk-air-defence-training-scotland-2032-01-27", a="Hannah Birtwistle"),
  ]))


def r_tiberina_atom(S):
    """Italian English-language Atom feed with xhtml content, newest first: <published>/<updated> at +01:00, <author><name>,
    <category>; the text as <p> elements inside an XHTML div."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f'<title>{esc(S["title"])}</title>',
           f'<link rel="alternate" type="text/html" href="{S["url"]}/en/"/>', f'<link rel="self" href="{S["url"]}/en/atom.xml"/>',
           f'<id>tag:tiberinareview.it,2019:/en</id>', f'<updated>{iso(dt(S["entries"][0]["t"], z))}</updated>',
           f'<generator uri="https://tiberinareview.it/">Tiberina CMS</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        out += ['<entry>', f'<id>tag:tiberinareview.it,{d:%Y-%m-%d}:/en/{41900 + i}</id>', f'<title>{esc(e["h"])}</title>',
                f'<link rel="alternate" type="text/html" href="{S["url"]}/en/{e["cat"].lower()}/{slugify(e["h"])}"/>',
                f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        out += [f'<category term="{e["cat"]}"/>',
                '<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">' + hp(e["p"]) + '</div></content>', '</entry>']
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="20343", name="20343_tiberina-atom", ext="xml", source="Tiberina Review", zone="Europe/Rome", render=r_tiberina_atom,
  title="Tiberina Review (English edition)", url="https://tiberinareview.it",
  basis="Atom <published> '{s}' (explicit +01:00, Rome time); {u} UTC",
  notes="Invented outlet (Italy). Atom feed of the English edition, newest first, <published> at +01:00, authors, XHTML content. Spells the city 'Odessa'. 20343-03 is a theme piece (explainer on the Black Sea shipping corridor) that mentions the Odesa attack but is its own story.",
  not_entries=["feed title, links, id, updated, generator", "entry ids, links and category terms"],
  entries=[
  E("2032-01-27 17:30", "Japan commits $450m to keep Ukraine's lights on",
    ["Japan is giving Ukraine $450 million in grants for its battered electricity grid, paying for gas turbines, transformers and concrete shelters for substations, officials in Kyiv and Tokyo said on Tuesday."],
    "aid", "aid", 3, JP, a="Giulia Ferraro", cat="World"),
  E("2032-01-27 16:00", "Odessa: four dead after drone strike on port district",
    ["Four people were killed and 17 injured when Russian drones hit homes and warehouses in the port district of Odessa overnight, Ukrainian officials said. Italy's foreign minister called the attack \"an assault on civilians and on trade\"."],
    "strikes", "strikes", 3, OD, a="Marco Bellandi", cat="World", n="spelling 'Odessa'; toll 4"),
  E("2032-01-27 13:20", "Explainer: Ukraine's Black Sea shipping corridor in its ninth year",
    ["Since the summer of 2023, Ukraine has kept a shipping lane open from the ports of Greater Odesa along the coasts of Romania and Bulgaria, despite repeated Russian attacks on the ports themselves.",
     "Insurance is the corridor's weak point. Each strike on a port pushes war-risk premiums up, and some shipowners then wait weeks before sending vessels back.",
     "For Italy, which buys Ukrainian grain and steel slabs, the corridor matters more than its modest volumes suggest."],
    "strikes", "strikes", 2, "explainer-black-sea-shipping-corridor", a="Marco Bellandi", cat="Explainers",
    n="theme piece (explainer, no single event); mentions the port attacks but must not merge with the Odesa attack"),
  E("2032-01-27 11:00", "Italy renews legal basis for arms deliveries to Ukraine",
    ["Italy's lower house approved the annual decree that allows the government to keep sending military equipment to Ukraine until the end of 2032, by 198 votes to 97."],
    "aid", "aid", 2, "italy-ukraine-arms-decree-renewed-2032-01-27", a="Giulia Ferraro", cat="Politics"),
  E("2032-01-27 09:10", "Vatican envoy meets Ukraine's ombudsman on return of deported children",
    ["Cardinal Matteo Zuppi, the Pope's envoy for peace in Ukraine, met Ukraine's human rights commissioner Dmytro Lubinets in Rome to discuss the return of children deported to Russia, the Holy See press office said."],
    "other", "humanitarian", 2, "zuppi-lubinets-deported-children-2032-01-27", sec=["diplomacy"], a="Marco Bellandi", cat="Vatican"),
  ]))


if __name__ == "__main__":
    main()

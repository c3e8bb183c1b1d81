#!/usr/bin/env python3
"""Builds the eval/gs seed pages and their gold files from one hand-written data table (further below).
Every headline and paragraph is the blind tester's own invented wording, set in December 2031 with the war still under
way. Part A imitates, from memory, the page layouts of ten real (mostly US) outlets; Part B outlets are invented.
Deterministic. Run from the project root:  python3 eval/gs/tools/build.py"""
import html, json, os, re
from datetime import datetime
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "U.K.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.", "Adm.", "Sgt.", "Maj.", "Capt.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **kw):
    """one entry: local time 'YYYY-MM-DD HH:MM' (or a date 'YYYY-MM-DD' when the page prints no time) in the page zone,
    headline (or None), body paragraphs, labels."""
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(kw)
    return d


def OFF(t, h, p, st, a=None, n="", **kw):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **kw)


def first_sentence(par):
    for m in re.finditer(r'[.!?]["\'\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018(]|$)', par):
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


def ampm(d, sep=":", space=" ", upper=True, dots=False):
    hh = d.hour % 12 or 12
    suf = "am" if d.hour < 12 else "pm"
    if dots:
        suf = suf[0] + "." + suf[1] + "."
    return f"{hh}{sep}{d.minute:02d}{space}{suf.upper() if upper and not dots else suf}"


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


def iso(d):
    return d.isoformat().replace("+00:00", "Z")


def slugify(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower().replace("\u2019", "")).strip("-")[:80]


def mdy(d, short=True):
    """'Dec 2, 2031' or 'December 2, 2031'"""
    return f"{(SHORT_MONTHS if short else MONTHS)[d.month - 1]} {d.day}, {d.year}"


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
            if len(e["t"]) == 10:      # the page prints a date and no time: date-only, as in the shared gold for Euronews
                pub, loc, u = e["t"], f"{e['t']} {S['zone']}", e["t"]
            else:
                uu = d.astimezone(UTC)
                pub, loc, u = uu.strftime("%Y-%m-%dT%H:%M:%SZ"), d.strftime("%Y-%m-%d %H:%M ") + S["zone"], uu.strftime("%Y-%m-%d %H:%M")
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": pub, "published_local": loc,
                         "published_basis": (e.get("basis") or S["basis"]).format(s=stamps[i], d=e["t"], z=S["zone"], u=u),
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


SEEDS = []

# ================================================================ PART A: ten real outlets' layouts (from memory; own words, invented news)

def r_pbs(S):
    """PBS NewsHour (site branded 'PBS News') 'World' section listing, HTML. CollectionPage JSON-LD without dates. Cards newest
    first: category link + '<time datetime>Dec 2, 2031 5:50 PM EST</time>', h2 title, one excerpt paragraph, 'By — NAME, Associated Press'."""
    z = S["zone"]; order_check(S, True)
    ld = {"@context": "https://schema.org", "@type": "CollectionPage", "name": "World", "url": "https://www.pbs.org/newshour/world",
          "isPartOf": {"@type": "WebSite", "name": "PBS News", "url": "https://www.pbs.org/newshour/"},
          "publisher": {"@type": "NewsMediaOrganization", "name": "PBS News", "logo": {"@type": "ImageObject", "url": "https://www.pbs.org/newshour/static/img/logo.png"}}}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="utf-8">', '<title>World | PBS News</title>',
           '<meta name="description" content="World news coverage from PBS News.">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body class="archive">',
           '<a class="skip-link" href="#main">Skip to main content</a>',
           '<header class="site-header"><a class="site-header__logo" href="/newshour/">PBS News</a>'
           '<nav class="utility"><a href="/newshour/show">Full Episodes</a> <a href="/newshour/podcasts">Podcasts</a> '
           '<a href="/newshour/subscribe">Newsletters</a> <a href="/newshour/live">Live</a></nav>'
           '<a class="btn-donate" href="/newshour/donate">Donate</a></header>',
           '<nav class="sections"><a>Politics</a> <a>Arts</a> <a>Nation</a> <a>World</a> <a>Economy</a> <a>Science</a> <a>Health</a> <a>Education</a></nav>',
           '<main id="main"><h1 class="archive__title">World</h1>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{mdy(d)} {ampm(d)} {d.tzname()}"; stamps.append(st)
        url = f"https://www.pbs.org/newshour/world/{slugify(e['h'])}"
        out += [f'<article class="card-lg"><a class="card-lg__img" href="{url}"><img src="https://d3i6fh83elv35t.cloudfront.net/static/{d:%Y/%m}/{slugify(e["h"])[:24]}.jpg" alt="{attr(e["alt"])}"></a>',
                f'<div class="card-lg__meta"><a class="card-lg__category" href="/newshour/world">World</a> <time datetime="{d.isoformat()}">{st}</time></div>',
                f'<h2 class="card-lg__title"><a href="{url}">{esc(e["h"])}</a></h2>']
        out += [f'<p class="card-lg__excerpt">{esc(p)}</p>' for p in e["p"]]
        out += [f'<p class="card-lg__byline">By \u2014 {esc(e["a"])}</p>', '</article>']
        if i == 2:
            out.append('<aside class="sponsor"><p>Support Provided By:</p> <a href="/newshour/about/funders">Learn more</a></aside>')
        if i == 4:
            out.append('<div class="newsletter-signup"><h3>Get news you can trust in your inbox</h3><p>Sign up for our evening and weekend newsletters.</p>'
                       '<input type="email" placeholder="Email address"> <button>Subscribe</button></div>')
    out += ['<button class="load-more">Load More</button></main>',
            '<footer class="site-footer"><a>About</a> <a>Feedback</a> <a>Funders</a> <a>Support</a> <a>Jobs</a> <a>Privacy Policy</a> <a>Terms of Use</a>'
            f'<p>\u00a9 1996 - {dt(S["entries"][0]["t"], z).year} NewsHour Productions LLC. All Rights Reserved.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_hill(S):
    """The Hill 'Defense' section, text scrape. Cards newest first: headline, 'by NAME - 12/01/31 5:30 PM ET', one teaser paragraph;
    a 'Most Popular' list and a newsletter box between cards."""
    z = S["zone"]; order_check(S, True)
    L = ["Skip to content", "", "The Hill", "News   Policy   Opinion   Business   Video   Events   Newsletters", "Subscribe   Sign in", "",
         "TRENDING:  NDAA  \u00b7  Government Funding  \u00b7  Ukraine  \u00b7  Supreme Court  \u00b7  2032 Election", "",
         S["title"], "National Security   Cybersecurity   Homeland Security   Defense", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%m/%d/%y} {ampm(d)} ET"; stamps.append(st)
        L += [e["h"], f"by {e['a']} - {st}", ""] + ptxt(e["p"])
        if i == 2:
            L += ["MOST POPULAR", ""] + [f"{k + 1}  {t}" for k, t in enumerate(S["popular"])] + [""]
        if i == 4:
            L += ["Defense & National Security", "The latest on the Pentagon, the armed services and the world's hot spots, in your inbox every weekday afternoon.",
                  "Email address", "Sign up", ""]
    L += ["Load more", "", "THE HILL", "Contact   Advertise   Privacy Policy   Terms & Conditions   Accessibility",
          f"\u00a9 1998 - {dt(S['entries'][0]['t'], z).year} Nexstar Media Inc. | All Rights Reserved."]
    return "\n".join(L) + "\n", stamps


# ---------------------------------------------------------------- 20200 PBS NewsHour (HTML 'World' section listing)
SEEDS.append(dict(
  id="20200", name="20200_pbsnewshour-world", ext="html", source="PBS NewsHour", zone="America/New_York", render=r_pbs,
  title="World",
  basis="card stamp '{s}' (explicit date, 12-hour clock and EST; also in the <time datetime> attribute with -05:00); local {d} in {z}",
  notes="Imitates the 'World' section listing of PBS NewsHour (the site brands itself 'PBS News'). CollectionPage JSON-LD carries no dates. Cards newest first: category link 'World' and a visible stamp 'Dec 2, 2031 5:50 PM EST' inside <time datetime>, h2 title, one excerpt paragraph, then the AP-style byline 'By \u2014 NAME, Associated Press' (author kept as printed after 'By \u2014', agency included). AP copy spells the president 'Zelenskyy'. A sponsor line sits after the third card and a newsletter box after the fifth. Two off-beat cards (Malaysian floods, Peruvian earthquake).",
  not_entries=["skip link, 'PBS News' logo, utility links (Full Episodes, Podcasts, Newsletters, Live) and 'Donate'", "section navigation",
               "archive heading 'World'", "'World' category label above each card", "image alt texts", "bylines 'By \u2014 ..., Associated Press' (author, not body)",
               "sponsor box 'Support Provided By:' / 'Learn more' after the third card", "newsletter box after the fifth card", "'Load More' button", "footer links and copyright"],
  entries=[
  E("2031-12-02 17:50", "Zelenskyy says Ukraine will not give up the rest of Donetsk as envoys gather in Geneva",
    ["KYIV, Ukraine (AP) \u2014 President Volodymyr Zelenskyy said Tuesday that Ukraine would not sign any deal that hands Russia the part of the Donetsk region its troops still hold, speaking a day before U.S.-brokered talks were due to resume in Geneva."],
    "diplomacy", "diplomacy", 3, "zelenskyy-donetsk-geneva-remarks-2031-12-02", a="Olek Marchuk and Teodora Vasile, Associated Press",
    alt="Ukrainian President Volodymyr Zelenskyy speaks at a news conference in Kyiv"),
  E("2031-12-02 16:35", "Russian missile strike on Chornomorsk port kills 2 dock workers, Ukrainian officials say",
    ["ODESA, Ukraine (AP) \u2014 A Russian ballistic missile slammed into the Black Sea port of Chornomorsk on Tuesday afternoon, killing two dock workers and setting a grain warehouse ablaze, regional Gov. Oleh Kiper said."],
    "strikes", "strikes", 3, "chornomorsk-port-missile-strike-2031-12-02", a="Teodora Vasile, Associated Press",
    alt="Firefighters work at a damaged grain warehouse in the port of Chornomorsk"),
  E("2031-12-02 14:10", "Pope Leo urges a Christmas truce in Ukraine and a release of all prisoners of war",
    ["VATICAN CITY (AP) \u2014 Pope Leo XIV on Tuesday appealed to Russia and Ukraine to silence their weapons over Christmas and to free every prisoner of war they hold, saying families on both sides had waited long enough."],
    "diplomacy", "diplomacy", 2, "pope-christmas-truce-appeal-2031-12-02", a="Carla Benedetti, Associated Press",
    alt="Pope Leo XIV waves to faithful in St. Peter's Square"),
  E("2031-12-02 12:25", "Ukraine and Russia swap 150 prisoners each in exchange brokered by Turkey",
    ["KYIV, Ukraine (AP) \u2014 Ukraine and Russia exchanged 150 prisoners of war each on Tuesday in a swap arranged with Turkish mediation, the first in nearly two months, Ukraine's coordination headquarters for prisoners said."],
    "diplomacy", "diplomacy", 3, "turkey-brokered-prisoner-swap-2031-12-02", a="Olek Marchuk, Associated Press",
    alt="Freed Ukrainian soldiers wrapped in national flags step off a bus"),
  OFF("2031-12-02 11:00", "Floods in northern Malaysia drive more than 40,000 people from their homes",
    ["KUALA LUMPUR, Malaysia (AP) \u2014 Monsoon floods forced more than 40,000 people into relief centers in the northern states of Kelantan and Terengganu on Tuesday, and authorities warned that rivers would keep rising through the week."],
    "malaysia-monsoon-floods-2031-12-02", a="Farid Hamzah, Associated Press", n="Malaysian floods",
    alt="Residents wade through a flooded street in Kota Bharu"),
  E("2031-12-02 09:20", "EU finance ministers release 4 billion euros for Ukraine from loan backed by frozen Russian assets",
    ["BRUSSELS (AP) \u2014 European Union finance ministers on Tuesday approved the release of another 4 billion euros ($4.4 billion) to Ukraine from a loan that is being repaid with profits from frozen Russian central bank assets."],
    "aid", "aid", 3, "eu-frozen-assets-loan-tranche-2031-12-02", a="Pieter Claes, Associated Press",
    alt="European Union flags outside the Council building in Brussels"),
  OFF("2031-12-02 06:45", "Magnitude 6.4 earthquake shakes southern Peru; no deaths reported",
    ["LIMA, Peru (AP) \u2014 A magnitude 6.4 earthquake shook southern Peru early Tuesday, cracking walls in the city of Arequipa and cutting a highway with a landslide, but officials said no one was killed."],
    "peru-earthquake-2031-12-02", a="Associated Press", n="Peruvian earthquake",
    alt="A landslide blocks a highway near Arequipa"),
  ]))

# ---------------------------------------------------------------- 20209 The Hill is defined after 20208 (ids in order); its renderer is above

def r_voa_rss(S):
    """VOA (Pangea CMS) section RSS 2.0: pubDate with the Washington offset (-0500), one-paragraph description, category,
    image enclosure, no authors."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<link>https://www.voanews.com/z/611</link>',
           '<description>Voice of America: news and analysis from Europe</description>', '<language>en-US</language>',
           '<copyright>Voice of America. Public domain unless otherwise noted.</copyright>', '<ttl>60</ttl>',
           f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z))}</lastBuildDate>',
           '<atom:link href="https://www.voanews.com/api/zgmqoeqo_q" rel="self" type="application/rss+xml"/>',
           '<image><url>https://www.voanews.com/Content/responsive/VOA/img/top_logo_news.png</url><title>Voice of America</title><link>https://www.voanews.com</link></image>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        url = f"https://www.voanews.com/a/{slugify(e['h'])}/{8124530 - i * 211}.html"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<description>{esc(" ".join(e["p"]))}</description>', f'<link>{url}</link>',
                f'<guid>{url}</guid>', f'<pubDate>{st}</pubDate>', f'<category>{esc(e["cat"])}</category>',
                f'<enclosure url="https://gdb.voanews.com/{0x9a31 + i * 7:x}0000-0a00-0242-2e45-08dc{i:02d}a4f3b1_w800_h450.jpg" length="0" type="image/jpeg"/>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_stripes(S):
    """Stars and Stripes 'Europe' section, text scrape. Cards newest first: headline, dek, 'By NAME', then 'Stars and Stripes \u2022
    December 4, 2031' (date only: the listing prints no time)."""
    z = S["zone"]
    L = ["Stars and Stripes", "Subscribe   Sign In", "", "News   Military   Veterans   Opinion   Photos   Video   Podcasts   Jobs",
         "Europe   Pacific   Middle East   Americas   Special Reports", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MONTHS[d.month - 1]} {d.day}, {d.year}"; stamps.append(st)
        L += [e["h"], ""] + ptxt(e["p"]) + [f"By {e['a']}", f"{e['org']} \u2022 {st}", ""]
        if i == 2:
            L += ["Advertisement", ""]
        if i == 4:
            L += ["Stripes Europe Daily", "Get the top stories for U.S. troops and families in Europe every morning.", "Sign up", ""]
    L += ["More Europe stories", "", "About Us   Contact Us   Advertise   Terms of Use   Privacy Policy",
          f"\u00a9 {dt(S['entries'][0]['t'], z).year} Stars and Stripes. All rights reserved."]
    return "\n".join(L) + "\n", stamps


# ---------------------------------------------------------------- 20201 VOA News (RSS, Europe section)
SEEDS.append(dict(
  id="20201", name="20201_voanews-europe", ext="xml", source="VOA News", zone="America/New_York", render=r_voa_rss,
  title="Europe - Voice of America - English",
  basis="RSS pubDate '{s}' (explicit -0500 offset); local {d} in {z}",
  notes="Imitates the Europe-section RSS 2.0 feed of Voice of America (Pangea CMS). Newest first; each item: title, a one-paragraph description, link, guid, pubDate with -0500, category, image enclosure. No authors. Two off-beat items (Serbian snap election, Nordic storm). 20201-07 is a return of children mediated by Qatar: other/humanitarian with secondary diplomacy.",
  not_entries=["channel title, link, description, language, copyright, ttl, lastBuildDate, atom:link and image block", "category labels", "image enclosures"],
  entries=[
  E("2031-12-03 18:20", "Russian glide bombs kill 3 in front-line town of Orikhiv",
    ["Russian aircraft dropped guided bombs on the town of Orikhiv in Ukraine's Zaporizhzhia region on Wednesday, killing three people and wounding seven, the regional governor said. Ukraine's air force says Russia now drops more than 100 such bombs on some days."],
    "strikes", "strikes", 3, "orikhiv-glide-bomb-strike-2031-12-03", cat="Europe"),
  E("2031-12-03 16:50", "Ukraine's parliament passes 2032 budget with record defense spending",
    ["Ukraine's parliament on Wednesday approved next year's budget, which sets aside nearly 60% of spending for defense and relies on foreign loans and grants to pay for schools, hospitals and pensions."],
    "other", "politics", 2, "ukraine-2032-budget-2031-12-03", cat="Europe"),
  E("2031-12-03 14:05", "NATO foreign ministers pledge more winter help for Ukraine's power grid",
    ["NATO foreign ministers meeting in Brussels on Wednesday promised Ukraine additional generators, transformers and air defense systems before the coldest weeks of winter, Secretary-General Mark Rutte told reporters."],
    "diplomacy", "diplomacy", 3, "nato-foreign-ministers-winter-help-2031-12-03", sec=["aid"], cat="Europe"),
  OFF("2031-12-03 12:30", "Serbian president calls snap parliamentary election for March",
    ["Serbia's president on Wednesday dissolved parliament and called an early election for March 14, the third snap vote in six years, after the ruling coalition lost its majority in a dispute over a lithium mine."],
    "serbia-snap-election-2031-12-03", n="Serbian politics", cat="Europe"),
  E("2031-12-03 10:15", "Russia says it downed 62 Ukrainian drones over border regions",
    ["Russia's Defense Ministry said Wednesday that its air defenses destroyed 62 Ukrainian drones overnight over the Bryansk, Kursk and Oryol regions. A fire broke out at a fuel depot near Oryol, the regional governor said, but no one was hurt."],
    "strikes", "strikes", 2, "ukrainian-drones-over-russia-2031-12-03", cat="Europe"),
  OFF("2031-12-03 08:40", "Storm brings heavy snow and power cuts to Norway and Sweden",
    ["A winter storm swept across southern Norway and Sweden overnight, leaving about 120,000 homes without electricity and halting trains between Oslo and Gothenburg."],
    "nordic-winter-storm-2031-12-03", n="weather", cat="Europe"),
  E("2031-12-03 06:05", "Ukraine brings home 25 children taken to Russia, ombudsman says",
    ["Twenty-five Ukrainian children who had been taken to Russia or to Russian-occupied areas have returned home with help from Qatari mediators, Ukraine's human rights commissioner said Wednesday."],
    "other", "humanitarian", 2, "children-returned-qatar-mediation-2031-12-03", sec=["diplomacy"], cat="Europe"),
  ]))

# ---------------------------------------------------------------- 20202 Stars and Stripes (text scrape of the Europe section, date only)
SEEDS.append(dict(
  id="20202", name="20202_starsandstripes-europe", ext="txt", source="Stars and Stripes", zone="America/New_York", render=r_stripes,
  title="Europe",
  basis="date-only stamp '{s}' after the byline: the listing prints no time of day, so published is the date only (as in the shared Euronews gold); no year-less or relative form",
  notes="Imitates the Europe section page of Stars and Stripes as copied from a browser. Cards newest first (the page gives no times, so the order cannot be checked): headline, one dek paragraph, 'By NAME', then 'Stars and Stripes \u2022 December 4, 2031' (or 'Associated Press \u2022 ...'). Date only, no time anywhere: every entry's published is '2031-12-04' (date only); page_timezone is the outlet's home zone (Washington) and matters only for the date. Decks say 'on Wednesday' for events of 3 December. One off-beat card (school closure at Vilseck). An advertisement marker and a newsletter box sit between cards.",
  not_entries=["masthead 'Stars and Stripes', 'Subscribe   Sign In'", "navigation and theater menu", "section heading 'Europe'",
               "'By NAME' lines and the 'Stars and Stripes \u2022 DATE' lines (byline and stamp)", "'Advertisement' after the third card",
               "newsletter box 'Stripes Europe Daily' after the fifth card", "'More Europe stories'", "footer links and copyright"],
  entries=[
  E("2031-12-04", "Defense chiefs pledge 60,000 interceptor drones for Ukraine at contact group meeting",
    ["Defense chiefs from about 50 countries promised Ukraine tens of thousands of interceptor drones and $1.1 billion for air defense at a virtual meeting of the Ukraine Defense Contact Group on Wednesday, German Defense Minister Boris Pistorius said."],
    "aid", "aid", 3, "ukraine-defense-contact-group-drones-2031-12-03", a="Kirsten Dahlberg", org="Stars and Stripes"),
  E("2031-12-04", "10th Mountain Division brigade heads to Romania for nine-month rotation",
    ["About 3,800 soldiers from the 10th Mountain Division's 2nd Brigade Combat Team will deploy to Mihail Kogalniceanu Air Base in Romania this month, replacing a brigade of the 101st Airborne Division, U.S. Army Europe and Africa said Thursday."],
    "other", "security", 2, "10th-mountain-romania-rotation-2031-12-04", a="Alden Pruitt", org="Stars and Stripes"),
  E("2031-12-04", "Romanian jets scrambled as Russian drones hit Ukrainian Danube port of Kiliia",
    ["Romania sent two F-16s aloft early Thursday as Russian drones attacked the Ukrainian river port of Kiliia across the Danube, and residents of a Romanian border village were told to take shelter, the Romanian Defense Ministry said. No drone entered Romanian airspace, the ministry said."],
    "strikes", "strikes", 2, "kiliia-drone-attack-romania-jets-2031-12-04", a="Alden Pruitt", org="Stars and Stripes"),
  E("2031-12-04", "Pentagon watchdog says Army lost track of some night-vision gear sent to Ukraine",
    ["The Defense Department inspector general found that the Army could not account for about 1,400 night-vision devices shipped to Ukraine through Poland in 2030, though investigators found no evidence that any had been diverted."],
    "aid", "aid", 2, "inspector-general-night-vision-ukraine-2031-12-04", a="Jennifer Halloran", org="Stars and Stripes"),
  OFF("2031-12-04", "Vilseck elementary school closes for rest of week after water main break",
    ["Netzaberg Elementary School near Vilseck, Germany, will stay closed through Friday after a water main burst under the gym on Wednesday night, base officials said."],
    "vilseck-school-water-main-2031-12-04", a="Alden Pruitt", org="Stars and Stripes", n="base school closure"),
  E("2031-12-04", "USS Roosevelt joins Baltic patrol after second undersea cable cut in a month",
    ["The destroyer USS Roosevelt entered the Baltic Sea on Thursday to join a NATO patrol formed after a data cable between Finland and Estonia was cut, the second such incident since early November."],
    "other", "security", 2, "uss-roosevelt-baltic-cable-patrol-2031-12-04", a="Eeva Laaksonen", org="Associated Press"),
  E("2031-12-04", "Ukrainian instructors teach counter-drone tactics to U.S. troops at Grafenwoehr",
    ["Ukrainian soldiers with front-line experience are teaching American troops at the Grafenwoehr Training Area how to spot, jam and shoot down small drones, in a course the Army plans to expand next year."],
    "other", "security", 2, "ukrainian-instructors-grafenwoehr-2031-12-04", a="Kirsten Dahlberg", org="Stars and Stripes"),
  ]))

def r_arc_rss(S):
    """Military Times (Arc XP 'outboundfeeds') RSS 2.0: everything in CDATA, dc:creator, description = the dek (standfirst),
    content:encoded = the article body, pubDate in +0000, media:content with caption and credit."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" '
           'xmlns:media="http://search.yahoo.com/mrss/" version="2.0">', '<channel>',
           f'<title><![CDATA[{S["title"]}]]></title>', '<link>https://www.militarytimes.com</link>',
           '<atom:link href="https://www.militarytimes.com/arc/outboundfeeds/rss/?outputType=xml" rel="self" type="application/rss+xml"/>',
           '<description><![CDATA[Military Times News Feed]]></description>',
           f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z))}</lastBuildDate>', '<language>en</language>',
           '<sy:updatePeriod>hourly</sy:updatePeriod>', '<sy:updateFrequency>1</sy:updateFrequency>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        url = f"https://www.militarytimes.com/{e['path']}/{d:%Y/%m/%d}/{slugify(e['h'])}/"
        out += ['<item>', f'<title><![CDATA[{e["h"]}]]></title>', f'<link>{url}</link>', f'<guid isPermaLink="true">{url}</guid>',
                f'<dc:creator><![CDATA[{e["a"]}]]></dc:creator>', f'<description><![CDATA[{e["dek"]}]]></description>',
                f'<pubDate>{st}</pubDate>', '<content:encoded><![CDATA[' + "".join(f"<p>{p}</p>" for p in e["p"]) + ']]></content:encoded>',
                f'<media:content url="https://www.militarytimes.com/resizer/v2/{slugify(e["h"])[:20].upper()}.jpg" type="image/jpeg" height="1365" width="2048">'
                f'<media:description type="plain"><![CDATA[{e["cap"]}]]></media:description>'
                f'<media:credit role="author" scheme="urn:ebu"><![CDATA[{e["credit"]}]]></media:credit></media:content>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_defnews(S):
    """Defense News (Arc XP) section page 'Europe', HTML. WebPage JSON-LD without dates. Cards newest first: h4 headline link, dek,
    'By NAME', '<time>Dec 8, 2031, 04:52 PM</time>' (no zone printed: Eastern Time, the newsroom's zone)."""
    z = S["zone"]; order_check(S, True)
    ld = {"@context": "https://schema.org", "@type": "WebPage", "name": "Europe", "url": "https://www.defensenews.com/global/europe/",
          "publisher": {"@type": "Organization", "name": "Defense News", "logo": {"@type": "ImageObject", "url": "https://www.defensenews.com/pf/resources/images/logo.svg"}}}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', '<title>Europe | Defense News</title>',
           '<script type="application/ld+json">' + json.dumps(ld) + '</script></head><body>',
           '<div class="top-table"><a href="/newsletters/">Get the Daily News Roundup</a> <a href="/subscribe/">Subscribe</a></div>',
           '<header class="masthead"><a class="logo" href="/">Defense News</a><nav><a>Air</a> <a>Land</a> <a>Naval</a> <a>Space</a> <a>Pentagon</a> '
           '<a>Congress</a> <a>Budget</a> <a>Global</a> <a>Training &amp; Sim</a> <a>Unmanned</a> <a>Industry</a> <a>Video</a></nav></header>',
           '<nav class="subnav"><a>Europe</a> <a>Asia Pacific</a> <a>Mideast Africa</a> <a>The Americas</a></nav>',
           '<main><h1 class="section-title">Europe</h1><div class="results-list">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{mdy(d)}, {d.strftime('%I:%M %p')}"; stamps.append(st)
        url = f"https://www.defensenews.com/global/europe/{d:%Y/%m/%d}/{slugify(e['h'])}/"
        out += [f'<div class="promo-item"><div class="promo-image"><img src="https://www.defensenews.com/resizer/{i + 7}x.jpg" alt=""></div>',
                f'<h4 class="headline"><a href="{url}">{esc(e["h"])}</a></h4>', f'<p class="description">{esc(" ".join(e["p"]))}</p>',
                f'<p class="byline">By <a href="/author/{slugify(e["a"])}/">{esc(e["a"])}</a></p>', f'<time class="date">{st}</time></div>']
        if i == 2:
            out.append('<div class="ad-slot"><span>ADVERTISEMENT</span></div>')
    out += ['</div><button class="btn-more">Load More</button></main>',
            '<aside class="trending"><h3>Trending Now</h3><ol><li><a>Navy picks second shipyard for next-generation submarine tender</a></li>'
            '<li><a>Air Force delays decision on tanker recapitalization again</a></li><li><a>Marine Corps tests long-range fires from small ships</a></li></ol></aside>',
            '<footer><a>About Us</a> <a>Contact Us</a> <a>Advertise</a> <a>Privacy Policy</a> <a>Terms of Use</a>'
            f'<p>\u00a9 {dt(S["entries"][0]["t"], z).year} Sightline Media Group</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ---------------------------------------------------------------- 20203 Military Times (Arc RSS)
SEEDS.append(dict(
  id="20203", name="20203_militarytimes-rss", ext="xml", source="Military Times", zone="UTC", render=r_arc_rss,
  title="Military Times",
  basis="RSS pubDate '{s}' (explicit +0000 offset); local {d} in {z}",
  notes="Imitates the Arc XP 'outboundfeeds' RSS of Military Times: titles, creators, descriptions and bodies in CDATA. Each item has a description that is the article's dek (standfirst, not the first paragraph) and a content:encoded body; the gold takes first_sentence and body_paragraphs from content:encoded (the dek is a summary, like a page lede). media:content carries a photo caption and credit. Two off-beat items (VA claims backlog, Marine Corps plate carrier). The Ukraine money in 20203-01 leads the headline, so aid.",
  not_entries=["channel title, link, atom:link, description, lastBuildDate, language and sy: update fields",
               "each item's description (the dek/standfirst, a summary distinct from the body)", "media:content photo captions and credits"],
  entries=[
  E("2031-12-05 22:10", "Senate sends defense bill with $600 million for Ukraine and 4.5% pay raise to the White House",
    ["The Senate on Friday passed the compromise version of the annual defense policy bill 81-17, sending the White House a measure that keeps $600 million for Ukraine and gives troops a 4.5% raise in January.",
     "The House approved the same text on Wednesday. The White House has said the president will sign it.",
     "The Ukraine money pays for contracts with American manufacturers rather than transfers from U.S. stocks. The House's first version had cut it in half before negotiators restored the full amount."],
    "aid", "aid", 3, "ndaa-senate-passage-ukraine-funds-2031-12-05", a="Leah Whitcombe", path="congress",
    dek="The compromise bill also extends the Ukraine Security Assistance Initiative through 2034.",
    cap="The U.S. Capitol is seen on Dec. 3, 2031, in Washington.", credit="Staff/Military Times"),
  OFF("2031-12-05 20:35", "VA disability claims backlog falls below 100,000 for first time since 2019",
    ["The Department of Veterans Affairs said Friday that fewer than 100,000 disability claims have been waiting more than 125 days, the lowest backlog in 12 years.",
     "Officials credited new claims-processing software and about 2,000 additional claims processors hired over the past two years."],
    "va-claims-backlog-2031-12-05", a="Colm Reddick", path="veterans", n="veterans' benefits",
    dek="Officials credit new software and more claims processors.",
    cap="A veteran waits at a VA regional office.", credit="Colm Reddick/Military Times"),
  E("2031-12-05 18:05", "American volunteer killed near Kostiantynivka, family says",
    ["A 34-year-old former Army infantryman from Ohio was killed this week while fighting with a Ukrainian assault brigade near Kostiantynivka, his family said Friday.",
     "The family said he had served in Ukraine since 2029. Ukraine's International Legion did not immediately comment."],
    "other", "frontline", 2, "american-volunteer-killed-kostiantynivka-2031-12-05", a="Colm Reddick", path="news/your-military",
    dek="He joined a Ukrainian assault brigade in 2029.", cap="A memorial wall for foreign volunteers in Kyiv.", credit="Colm Reddick/Military Times"),
  E("2031-12-05 15:40", "Army to buy 12,000 more launched effects, citing lessons from Ukraine",
    ["The Army plans to buy 12,000 more small launched effects, drones that can scout, jam or strike, over the next two years, the service's acquisition chief told reporters Friday.",
     "He said the war in Ukraine had shown that units run through drones far faster than the Army had planned for."],
    "other", "security", 2, "army-launched-effects-purchase-2031-12-05", a="Trevor Osgood", path="news/your-army",
    dek="The service says units burn through drones faster than planned.", cap="Soldiers launch a small drone during an exercise.", credit="Spc. Dana Ruiz/U.S. Army"),
  E("2031-12-05 13:20", "Russia fires more than 800 drones at Ukraine in largest attack of the war",
    ["Russia launched 812 drones and 41 missiles at Ukraine overnight into Friday, the largest single attack of the war, Ukraine's air force said.",
     "Officials said at least five people were killed across the country and power was cut in parts of Kyiv, Lviv and Rivne regions.",
     "Air defenses shot down or jammed 755 of the drones and 30 of the missiles, the air force said."],
    "strikes", "strikes", 3, "record-russian-drone-attack-2031-12-05", a="The Associated Press", path="flashpoints/ukraine",
    dek="At least five people were killed, officials said.", cap="Firefighters work at the site of a drone strike.", credit="AP"),
  OFF("2031-12-05 10:55", "Marine Corps picks lighter plate carrier for infantry units",
    ["The Marine Corps has chosen a new plate carrier that weighs about 30% less than the current model and will begin fielding it to infantry battalions next fall, Marine Corps Systems Command said.",
     "The contract is worth up to $96 million over five years."],
    "marine-corps-plate-carrier-2031-12-05", a="Trevor Osgood", path="news/your-marine-corps", n="Marine Corps equipment",
    dek="Infantry battalions will get it first.", cap="A Marine adjusts body armor during training.", credit="Cpl. Eli Marsh/U.S. Marine Corps"),
  E("2031-12-05 08:30", "Poland to host repair hub for Ukraine's Patriot launchers",
    ["Poland will host a maintenance center near Rzeszow where Ukrainian Patriot launchers and radars can be repaired without being shipped to the United States, the Polish Defense Ministry said.",
     "The center is to open in March and will be run jointly by Polish and American contractors."],
    "aid", "aid", 2, "poland-patriot-repair-hub-2031-12-05", a="Leah Whitcombe", path="flashpoints/ukraine",
    dek="The center near Rzeszow is due to open in March.", cap="A Patriot launcher in eastern Poland.", credit="Staff/Military Times"),
  ]))

# ---------------------------------------------------------------- 20204 Defense News (HTML section page)
SEEDS.append(dict(
  id="20204", name="20204_defensenews-europe", ext="html", source="Defense News", zone="America/New_York", render=r_defnews,
  title="Europe",
  basis="card stamp '{s}' (date and 12-hour clock, no zone printed; Eastern Time, the newsroom's zone, EST = UTC-5 in December); local {d} in {z}",
  notes="Imitates the Arc XP section page 'Europe' of Defense News. WebPage JSON-LD without dates. Cards newest first: h4 headline, dek paragraph, 'By NAME', then '<time>Dec 8, 2031, 04:52 PM</time>' (no zone printed; Eastern Time assumed as for all Sightline Media pages). A 'Trending Now' sidebar (three non-war titles) follows the list and is not an entry. No off-beat cards in the list itself.",
  not_entries=["top bar 'Get the Daily News Roundup' / 'Subscribe'", "logo and navigation", "sub-navigation (Europe, Asia Pacific, ...)", "section heading 'Europe'",
               "bylines 'By NAME'", "'ADVERTISEMENT' slot after the third card", "'Load More' button", "'Trending Now' sidebar and its three titles", "footer links and copyright"],
  entries=[
  E("2031-12-08 16:52", "Pentagon awards $1.4 billion for Patriot interceptors bound for Ukraine under allied-funded deal",
    ["The Army awarded a $1.4 billion contract modification for PAC-3 MSE interceptors that European allies are buying for Ukraine, with the first deliveries expected in the second half of 2032."],
    "aid", "aid", 3, "pac3-interceptors-contract-ukraine-2031-12-08", a="Nadia Kersh"),
  E("2031-12-08 14:41", "Rheinmetall starts shell production at its plant in western Ukraine",
    ["Rheinmetall's joint venture with Ukraine's state arms maker has begun producing 155mm artillery shells in western Ukraine, and expects to reach 150,000 rounds a year by the end of 2032, the German company said Monday."],
    "aid", "aid", 2, "rheinmetall-ukraine-shell-plant-2031-12-08", a="Tobias Engstrand"),
  E("2031-12-08 12:15", "Poland signs for 96 more South Korean K9 howitzers",
    ["Poland's Armament Agency signed a contract worth about $2.2 billion for 96 more K9 self-propelled howitzers, most of which will be assembled at a Polish plant in Stalowa Wola."],
    "other", "security", 2, "poland-k9-howitzers-2031-12-08", a="Agnieszka Wrona"),
  E("2031-12-08 10:30", "Ukraine's navy shows off sea drone that launches its own interceptor drones",
    ["Ukraine's navy has shown a new uncrewed surface vessel that carries four small interceptor drones to shoot down Russian aircraft and drones over the Black Sea, a Navy spokesman said."],
    "other", "security", 2, "ukraine-sea-drone-interceptor-carrier-2031-12-08", a="Nadia Kersh"),
  E("2031-12-08 08:05", "Denmark and the Netherlands to co-fund Ukrainian long-range drone production",
    ["Denmark and the Netherlands will together pay \u20ac120 million for Ukrainian companies to build long-range strike drones, the two countries' defense ministries said in a joint statement Monday."],
    "aid", "aid", 2, "denmark-netherlands-long-range-drones-2031-12-08", a="Tobias Engstrand"),
  E("2031-12-08 06:40", "Russian missile hits Ukrainian defense plant in Dnipro, killing 4 workers",
    ["A Russian ballistic missile struck a defense plant in Dnipro overnight, killing four workers on the night shift and damaging a production hall, Ukrainian officials said."],
    "strikes", "strikes", 3, "dnipro-defense-plant-strike-2031-12-08", a="Nadia Kersh"),
  ]))

def r_bd(S):
    """Breaking Defense (WordPress) 'Global' category listing, HTML. Yoast JSON-LD @graph (CollectionPage, BreadcrumbList, WebSite,
    Organization; no dates). Cards newest first: category label, h2 title, excerpt, 'By NAME on December 9, 2031 at 5:44 PM' (no zone:
    Eastern Time). One sponsored card (not an entry)."""
    z = S["zone"]; order_check(S, True)
    base = "https://breakingdefense.com"
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "CollectionPage", "@id": base + "/category/global/", "url": base + "/category/global/", "name": "Global Archives - Breaking Defense",
         "isPartOf": {"@id": base + "/#website"}, "breadcrumb": {"@id": base + "/category/global/#breadcrumb"}, "inLanguage": "en-US"},
        {"@type": "BreadcrumbList", "@id": base + "/category/global/#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home", "item": base + "/"}, {"@type": "ListItem", "position": 2, "name": "Global"}]},
        {"@type": "WebSite", "@id": base + "/#website", "url": base + "/", "name": "Breaking Defense", "publisher": {"@id": base + "/#organization"}},
        {"@type": "Organization", "@id": base + "/#organization", "name": "Breaking Defense", "url": base + "/"}]}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="UTF-8">', '<title>Global Archives - Breaking Defense</title>',
           '<script type="application/ld+json" class="yoast-schema-graph">' + json.dumps(ld) + '</script></head><body class="archive category-global">',
           '<div class="bd-topbar"><a href="/newsletters/">Subscribe to our newsletters</a> <a href="/events/">Events</a> <a href="/about/">About</a></div>',
           '<header class="bd-header"><a class="bd-logo" href="/">Breaking Defense</a><nav><a>Air</a> <a>Land</a> <a>Naval</a> <a>Space</a> '
           '<a>Networks &amp; Digital Warfare</a> <a>Policy</a> <a>Global</a> <a>Congress</a> <a>Budget</a> <a>Industry</a></nav></header>',
           f'<main><h1 class="archive-title">{esc(S["title"])}</h1>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MONTHS[d.month - 1]} {d.day}, {d.year} at {ampm(d)}"; stamps.append(st)
        url = f"{base}/{d:%Y/%m}/{slugify(e['h'])}/"
        out += [f'<article class="post-card"><a class="post-card__cat" href="/category/{slugify(e["cat"])}/">{esc(e["cat"])}</a>',
                f'<h2 class="post-card__title"><a href="{url}">{esc(e["h"])}</a></h2>']
        out += [f'<div class="post-card__excerpt"><p>{esc(p)}</p></div>' for p in e["p"]]
        out += [f'<div class="post-card__meta">By <a href="/author/{slugify(e["a"])}/">{esc(e["a"])}</a> on {st}</div></article>']
        if i == 1:
            out.append('<article class="post-card sponsored"><span class="post-card__cat">Sponsored</span>'
                       '<h2 class="post-card__title"><a href="/sponsored/northwind">Why open radar architectures matter for the next air defense buy</a></h2>'
                       '<div class="post-card__meta">Content from Northwind Aerospace</div></article>')
    out += ['<nav class="pagination"><a class="next" href="/category/global/page/2/">Older posts</a></nav></main>',
            '<footer class="bd-footer"><a>Contact Us</a> <a>Advertise</a> <a>Privacy Policy</a> <a>Terms of Service</a>'
            f'<p>Copyright \u00a9 {dt(S["entries"][0]["t"], z).year} Breaking Media, Inc. All rights reserved.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_twz(S):
    """The War Zone, text scrape of one 'Ukraine Situation Report' article: title, dek, byline and 'Published ...' line, photo
    credit, an intro paragraph, then sections under headings (one entry per section, no per-section stamp), author contact line."""
    z = S["zone"]; d = dt(S["published"], z)
    st = f"{mdy(d)} {ampm(d)} {d.tzname()}"
    L = ["The War Zone", "News & Features   Air   Land   Sea   Space   Newsletter", "", S["title"], "", S["dek"], "", S["byline"],
         f"Published {st}", "", "Share", "", S["photo"], "", S["intro"], ""]
    for e in S["entries"]:
        assert e["t"] == S["published"]
        L += [e["h"], ""] + ptxt(e["p"])
    L += [S["outro"], "", f"Contact the author: {S['email']}", "", "Related", ] + S["related"] + ["",
          "Sign up for our newsletter", "", "The War Zone   About   Contact   Privacy Policy   Terms of Use",
          f"\u00a9 {d.year} Recurrent Ventures. All rights reserved."]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


# ---------------------------------------------------------------- 20205 Breaking Defense (HTML WordPress category listing)
SEEDS.append(dict(
  id="20205", name="20205_breakingdefense-global", ext="html", source="Breaking Defense", zone="America/New_York", render=r_bd,
  title="Global",
  basis="meta line stamp '{s}' (date and 12-hour clock, no zone printed; Eastern Time, EST = UTC-5); local {d} in {z}",
  notes="Imitates a WordPress category archive of Breaking Defense. Yoast @graph JSON-LD without dates. Cards newest first: category label (Land, Global, Space, Air, Networks & Digital Warfare; the archive mixes sections), h2 title, one excerpt paragraph, then 'By NAME on December 9, 2031 at 5:44 PM' (no zone; Eastern Time). A sponsored card ('Content from Northwind Aerospace') after the second card is not an entry. Two off-beat cards (GPS satellites, Pentagon software pathway).",
  not_entries=["top bar links", "logo and navigation", "archive heading 'Global'", "category labels on each card",
               "sponsored card 'Why open radar architectures matter for the next air defense buy' / 'Content from Northwind Aerospace'",
               "'By NAME on DATE' meta lines (author and stamp)", "'Older posts' pagination", "footer links and copyright"],
  entries=[
  E("2031-12-09 17:44", "Army's new counter-drone interceptor passes first live-fire test against Shahed-like targets",
    ["The Army's low-cost interceptor downed four of five jet-powered target drones built to mimic the latest Russian Shahed variants during a test at White Sands Missile Range, program officials said Tuesday."],
    "other", "security", 2, "army-counter-drone-interceptor-test-2031-12-09", a="Mallory Greer", cat="Land"),
  E("2031-12-09 15:02", "Japan to backfill US Patriot stocks, freeing interceptors for Ukraine",
    ["Japan will ship 60 domestically built PAC-3 interceptors to the United States next year, allowing Washington to release the same number from its own stocks to Ukraine, Japan's Defense Ministry said."],
    "aid", "aid", 2, "japan-patriot-backfill-ukraine-2031-12-09", a="Ren Takahara", cat="Global"),
  OFF("2031-12-09 13:15", "Space Force awards $2.3 billion for next batch of GPS IIIF satellites",
    ["Space Systems Command has awarded a $2.3 billion contract for four more GPS IIIF satellites, with the first launch now planned for 2034."],
    "gps-iiif-satellites-contract-2031-12-09", a="Owen Pakula", cat="Space", n="space procurement"),
  E("2031-12-09 11:20", "EU approves \u20ac1.5 billion joint air defense buy for Ukraine under SAFE loans",
    ["EU governments approved \u20ac1.5 billion in SAFE defense loans to let eight member states jointly buy short- and medium-range air defense systems for Ukraine, the European Commission said."],
    "aid", "aid", 3, "eu-safe-air-defense-ukraine-2031-12-09", a="Clara Weissmann", cat="Global"),
  E("2031-12-09 09:50", "Ukraine receives first Gripen E fighters from Sweden",
    ["The first four of Ukraine's Gripen E fighters landed at an undisclosed base in western Ukraine on Monday, Sweden's Defense Materiel Administration confirmed, two years after Kyiv signed a letter of intent for the jets."],
    "aid", "aid", 3, "ukraine-first-gripen-e-delivery-2031-12-09", a="Mallory Greer", cat="Air"),
  OFF("2031-12-09 07:35", "Pentagon's new software pathway cut fielding times in half, CIO says",
    ["Programs using the Pentagon's software acquisition pathway fielded new versions in about half the time of traditional programs over the past year, the department's chief information officer told a conference Tuesday."],
    "pentagon-software-pathway-2031-12-09", a="Owen Pakula", cat="Networks & Digital Warfare", n="Pentagon software acquisition"),
  ]))

# ---------------------------------------------------------------- 20206 The War Zone (text scrape of one Situation Report article)
SEEDS.append(dict(
  id="20206", name="20206_twz-situationreport", ext="txt", source="The War Zone", zone="America/New_York", render=r_twz,
  title="Ukraine Situation Report: Russian Glide Bombs Now Reaching 90 Miles Behind The Front",
  dek="Russia keeps stretching the range of its cheapest precision weapon while Ukraine struggles to keep its own jets near the front.",
  byline="Garrett Lyle", email="garrett@twz.com", published="2031-12-10 17:48",
  photo="Ukrainian Ministry of Defense photo",
  intro="The war in Ukraine keeps producing new twists on old weapons. Here is the latest from the front and the rear.",
  outro="We will keep updating our coverage as more information becomes available.",
  related=["Russia's Newest Glide Bomb Kit Adds A Jet Engine", "Ukraine's Sea Drones Have A New Trick", "Everything We Know About Ukraine's Gripen Deal"],
  basis="no per-section stamp; the article's single line 'Published Dec 10, 2031 5:48 PM EST' dates every section; local {d} in {z}",
  notes="Imitates one 'Ukraine Situation Report' article of The War Zone as copied from a browser: title, dek, byline 'Garrett Lyle', 'Published Dec 10, 2031 5:48 PM EST', 'Share', a photo credit, a two-sentence intro (page lede, not an entry), then six sections under headings; per the convention for article sections (as in the shared Euronews gold) each section is one entry whose headline is its heading, stamp null, published = the article's time, author = the page byline. After the sections: a closing line, the author contact line, 'Related' links, newsletter prompt, footer.",
  not_entries=["masthead 'The War Zone' and navigation", "article title (page_title)", "dek under the title", "byline 'Garrett Lyle' and 'Published Dec 10, 2031 5:48 PM EST'",
               "'Share'", "photo credit 'Ukrainian Ministry of Defense photo'", "intro paragraph before the first section (page lede)",
               "closing line 'We will keep updating our coverage as more information becomes available.'", "'Contact the author: garrett@twz.com'",
               "'Related' heading and its three links", "'Sign up for our newsletter'", "footer and copyright"],
  entries=[
  E("2031-12-10 17:48", "Glide bombs with a longer reach",
    ["A Russian glide bomb fitted with a small jet engine hit a rail yard in Lozova, in the Kharkiv region, on Tuesday, killing two railway workers, according to the regional governor.",
     "Lozova sits roughly 90 miles from the nearest point where Russian jets can release their weapons without entering Ukrainian air defense coverage. Until this year, glide bombs rarely reached more than 40 miles.",
     "Ukraine's air force spokesman said the powered bombs are harder to track because they fly lower for most of their path."],
    "strikes", "strikes", 3, "lozova-powered-glide-bomb-strike-2031-12-09", a="Garrett Lyle"),
  E("2031-12-10 17:48", "Refinery strikes continue",
    ["Ukrainian long-range drones struck the Volgograd oil refinery again overnight, setting fire to a primary processing unit for the third time since October, according to local officials and satellite imagery reviewed by The War Zone.",
     "Russia's Defense Ministry said it shot down 37 drones over the region but did not mention the refinery."],
    "strikes", "strikes", 2, "volgograd-refinery-drone-strike-2031-12-10", a="Garrett Lyle"),
  E("2031-12-10 17:48", "Fighting around Siversk",
    ["Russian forces have pushed into the eastern outskirts of Siversk, according to Ukraine's 54th Mechanized Brigade, which said its troops were fighting house to house.",
     "Russian military bloggers claimed the town was nearly encircled. We cannot independently verify either account."],
    "other", "frontline", 2, "siversk-fighting-2031-12-10", a="Garrett Lyle"),
  E("2031-12-10 17:48", "Canada's drone package",
    ["Canada announced a C$220 million package for Ukraine on Wednesday, most of it for Ukrainian-made interceptor and reconnaissance drones bought through a Danish-run fund.",
     "Ottawa said the package also covers 40 more armored ambulances."],
    "aid", "aid", 3, "canada-drone-package-2031-12-10", a="Garrett Lyle"),
  E("2031-12-10 17:48", "Losses, by the numbers",
    ["Ukraine's General Staff claims Russia lost about 31,000 troops killed and wounded in November, a figure slightly lower than October's.",
     "British defense intelligence put Russian casualties over the same period at around 28,000. Neither side publishes its own losses."],
    "other", "frontline", 2, "russian-losses-november-2031-12-10", a="Garrett Lyle"),
  E("2031-12-10 17:48", "Interceptor drones, everywhere",
    ["Ukraine's Defense Ministry says it now orders about 4,000 interceptor drones a day from more than 30 domestic manufacturers, up from roughly 1,000 a day at the start of the year.",
     "Officials say the cheap interceptors now account for most Shahed kills near large cities, though they remain less effective in fog and at night.",
     "The ministry wants half of the production to come from plants in Europe by the end of 2032."],
    "other", "security", 2, "ukraine-interceptor-drone-orders-2031-12-10", a="Garrett Lyle"),
  ]))

def r_tp(S):
    """Task & Purpose 'News' listing, HTML (WordPress). ItemList JSON-LD with URLs only. Cards newest first: h2 title, excerpt,
    'By NAME' and 'Published Dec 11, 2031 5:25 PM EST'; newsletter box and 'Trending' sidebar."""
    z = S["zone"]; order_check(S, True)
    base = "https://taskandpurpose.com"
    urls = [f"{base}/news/{slugify(e['h'])}/" for e in S["entries"]]
    ld = {"@context": "https://schema.org", "@type": "ItemList", "name": "News",
          "itemListElement": [{"@type": "ListItem", "position": i + 1, "url": u} for i, u in enumerate(urls)]}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="UTF-8">', '<title>News | Task &amp; Purpose</title>',
           '<script type="application/ld+json">' + json.dumps(ld) + '</script></head><body class="archive">',
           '<header class="site-header"><a class="logo" href="/">Task &amp; Purpose</a><nav><a>News</a> <a>Culture</a> <a>Analysis</a> <a>Gear</a> '
           '<a>Navy</a> <a>Army</a> <a>Air Force</a> <a>Marine Corps</a> <a>Space Force</a> <a>Coast Guard</a> <a>Veterans</a></nav>'
           '<a class="btn" href="/newsletter/">Newsletter</a></header>', f'<main><h1 class="archive-title">{esc(S["title"])}</h1>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{mdy(d)} {ampm(d)} {d.tzname()}"; stamps.append(st)
        out += [f'<article class="card"><a href="{urls[i]}"><img src="{base}/wp-content/uploads/{d:%Y/%m}/{slugify(e["h"])[:20]}.jpg" alt=""></a>',
                f'<h2 class="card__title"><a href="{urls[i]}">{esc(e["h"])}</a></h2>']
        out += [f'<p class="card__excerpt">{esc(p)}</p>' for p in e["p"]]
        out += [f'<div class="card__byline"><span class="author">By {esc(e["a"])}</span> <span class="date">Published {st}</span></div></article>']
        if i == 2:
            out.append('<div class="newsletter-box"><h3>The Task &amp; Purpose newsletter</h3><p>Military news and culture, straight to your inbox every morning.</p>'
                       '<input type="email" placeholder="Your email"> <button>Sign up</button></div>')
    out += ['<a class="next" href="/news/page/2/">Next page</a></main>',
            '<aside class="trending"><h3>Trending</h3><ul><li><a>The Navy wants its sailors back on paper charts for a week a year</a></li>'
            '<li><a>Inside the Army\u2019s new drone lane at Fort Polk</a></li></ul></aside>',
            '<footer><a>About</a> <a>Contact</a> <a>Advertise</a> <a>Privacy Policy</a> <a>Terms</a>'
            f'<p>\u00a9 {dt(S["entries"][0]["t"], z).year} Recurrent. All Rights Reserved.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_newsweek(S):
    """Newsweek live blog, HTML. LiveBlogPosting JSON-LD with per-update datePublished (-05:00). Page byline with role,
    'Published Dec 12, 2031 at 5:00 AM EST | Updated ...'; updates newest first with a bare '6:05 PM EST' stamp and a Title Case headline."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["start"], z); last = dt(S["entries"][0]["t"], z)
    ups = [{"@type": "BlogPosting", "headline": e["h"], "datePublished": dt(e["t"], z).isoformat(), "articleBody": " ".join(e["p"]),
            "url": f"{S['url']}#update-{len(S['entries']) - i}"} for i, e in enumerate(S["entries"])]
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "url": S["url"], "headline": S["title"],
          "description": S["dek"], "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "author": [{"@type": "Person", "name": S["byline"]}], "publisher": {"@type": "NewsMediaOrganization", "name": "Newsweek"},
          "liveBlogUpdate": ups}
    fmt = lambda d: f"{mdy(d)} at {ampm(d)} {d.tzname()}"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - Newsweek</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="nw-header"><a class="logo" href="/">Newsweek</a><nav><a>U.S.</a> <a>World</a> <a>Health</a> <a>Opinion</a> <a>Sports</a> '
           '<a>Entertainment</a> <a>Rankings</a> <a>Vantage</a></nav><a class="subscribe" href="/subscribe">Subscribe</a></header>',
           '<main><div class="tag-line"><span class="live">LIVE</span> <a href="/topic/russia-ukraine-war">Russia-Ukraine War</a></div>',
           f'<h1>{esc(S["title"])}</h1>', f'<p class="dek">{esc(S["dek"])}</p>',
           f'<div class="byline">By <a href="/authors/{slugify(S["byline"])}">{esc(S["byline"])}</a> <span class="role">Live News Reporter</span></div>',
           f'<div class="dates">Published <time datetime="{first.isoformat()}">{fmt(first)}</time> | Updated <time datetime="{last.isoformat()}">{fmt(last)}</time></div>',
           '<div class="trust-note">Newsweek is a Trust Project member. <a href="/editorial-standards">Our standards</a></div>',
           '<div class="share"><a>Share</a> <a>Copy link</a></div>', '<div class="liveblog">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d)} {d.tzname()}"; stamps.append(st)
        out.append(f'<div class="liveblog-item" id="update-{len(S["entries"]) - i}"><span class="timestamp">{st}</span><h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('</div>')
        if i == 2:
            out.append(f'<aside class="related"><h3>Related Articles</h3><ul>' + "".join(f"<li><a>{esc(t)}</a></li>" for t in S["related"]) + '</ul></aside>')
        if i == 5:
            out.append('<div class="nl-signup"><p>Get the Newsweek daily digest: the stories everyone is talking about.</p><button>Sign up</button></div>')
    out += ['</div><p class="disclaimer">Do you have a tip on a world news story that Newsweek should be covering? Email the desk.</p></main>',
            '<footer><a>About Us</a> <a>Corrections</a> <a>Contact Us</a> <a>Editorial Guidelines</a> <a>Terms &amp; Conditions</a> <a>Privacy Policy</a>'
            f'<p>\u00a9 {last.year} NEWSWEEK DIGITAL LLC</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ---------------------------------------------------------------- 20207 Task & Purpose (HTML news listing)
SEEDS.append(dict(
  id="20207", name="20207_taskandpurpose-news", ext="html", source="Task & Purpose", zone="America/New_York", render=r_tp,
  title="News",
  basis="card stamp 'Published {s}' (explicit date, 12-hour clock and EST); local {d} in {z}",
  notes="Imitates the WordPress 'News' listing of Task & Purpose. ItemList JSON-LD carries only URLs. Cards newest first: h2 title, excerpt, 'By NAME' and 'Published Dec 11, 2031 5:25 PM EST' (stamp = the text after 'Published'). A newsletter box follows the third card and a 'Trending' sidebar (two titles, not entries) follows the list. 20207-04 is an analysis piece (its own story). Two off-beat cards (Army-Navy game, Fort Hood training accident).",
  not_entries=["logo, navigation and 'Newsletter' button", "archive heading 'News'", "bylines 'By NAME' and the 'Published' label",
               "newsletter box after the third card", "'Next page'", "'Trending' sidebar and its two titles", "footer links and copyright"],
  entries=[
  E("2031-12-11 17:25", "Army unit in Poland is first to field Ukrainian-designed interceptor drones",
    ["A U.S. Army air defense battalion stationed in Poland has become the first American unit to get interceptor drones designed in Ukraine, after soldiers trained on them for six weeks with Ukrainian crews."],
    "other", "security", 2, "us-army-ukrainian-interceptor-drones-poland-2031-12-11", a="Jared Kitteridge"),
  E("2031-12-11 15:30", "Russian missile strike on Kharkiv apartment block kills 5, including 2 children",
    ["A Russian Iskander missile hit a nine-story apartment building in Kharkiv's Saltivka district on Thursday afternoon, killing five people, two of them children, and wounding 19, Kharkiv Mayor Ihor Terekhov said."],
    "strikes", "strikes", 3, "kharkiv-saltivka-missile-strike-2031-12-11", a="Sasha Brennan"),
  OFF("2031-12-11 13:45", "Army-Navy 2031: Black Knights lean on a freshman quarterback",
    ["Army will start a freshman at quarterback against Navy on Saturday after the senior starter broke his collarbone, a gamble the coaching staff says it is comfortable with."],
    "army-navy-game-preview-2031-12-11", a="Nolan Voight", n="college football"),
  E("2031-12-11 11:10", "The Pentagon wants a million drones. Ukraine shows how hard that is",
    ["The Pentagon's goal of buying a million small drones by 2033 runs into a lesson Ukraine learned the hard way: drones are cheap, but the people, radios and spare parts that keep them flying are not."],
    "other", "security", 2, "analysis-pentagon-million-drones-2031-12-11", a="Jared Kitteridge",
    n="analysis piece on US drone procurement; its own story"),
  E("2031-12-11 09:35", "Russia claims capture of village near Lyman; Ukraine says fighting continues",
    ["Russia's Defense Ministry said Thursday its troops had taken the village of Zarichne near Lyman, in the Donetsk region. Ukraine's army said fighting was still going on in the village."],
    "other", "frontline", 2, "zarichne-capture-claim-2031-12-11", a="Sasha Brennan"),
  OFF("2031-12-11 07:05", "Soldier killed in training accident at Fort Hood identified",
    ["The Army has identified the soldier who was killed when a tactical vehicle rolled over during a night exercise at Fort Hood, Texas, on Monday as a 22-year-old private from Georgia."],
    "fort-hood-training-accident-2031-12-11", a="Nolan Voight", n="training accident in Texas"),
  ]))

# ---------------------------------------------------------------- 20208 Newsweek (HTML live blog + LiveBlogPosting)
KYV = "kyiv-zircon-missile-strike-2031-12-12"
SEEDS.append(dict(
  id="20208", name="20208_newsweek-liveblog", ext="html", source="Newsweek", zone="America/New_York", render=r_newsweek,
  title="Russia-Ukraine War Updates: Kyiv Hit by Hypersonic Missiles as Talks Stall",
  dek="Six people were killed in Kyiv after Russia fired Zircon missiles at the capital around midday Friday, while the Kremlin said no date had been set for new talks.",
  byline="Nell Ashcombe", start="2031-12-12 05:00", url="https://www.newsweek.com/russia-ukraine-war-updates-kyiv-zircon-talks-2031-12-12",
  related=["Map Shows Russia's Gains in Donetsk This Month", "What Zircon Missiles Can Do", "Ukraine's Energy Grid Heads Into Winter"],
  basis="bare update stamp '{s}' (12-hour clock with EST), dated by the page's 'Published/Updated Dec 12, 2031' line; the update's JSON-LD datePublished agrees; local {d} in {z}",
  notes="Imitates a Newsweek live blog. LiveBlogPosting JSON-LD with per-update datePublished (-05:00) that agree with the visible stamps. Header: 'LIVE', topic link, h1, dek (page lede), 'By Nell Ashcombe Live News Reporter', 'Published Dec 12, 2031 at 5:00 AM EST | Updated Dec 12, 2031 at 6:05 PM EST', a Trust Project note, share links. Updates newest first: bare '6:05 PM EST', Title Case h2 headline, paragraphs. No per-update byline: the page byline is used as author. A 'Related Articles' box after the third update and a newsletter box after the sixth are not entries. The Kyiv toll grows 3 -> 6 within the page.",
  not_entries=["logo, navigation and 'Subscribe'", "'LIVE' label and 'Russia-Ukraine War' topic link", "h1 page title", "dek under the title (page lede)",
               "byline 'By Nell Ashcombe Live News Reporter'", "'Published ... | Updated ...' line", "Trust Project note and 'Our standards' link", "share links",
               "'Related Articles' box and its three titles", "newsletter box", "tip-line disclaimer", "footer links and copyright"],
  entries=[
  E("2031-12-12 18:05", "Zelensky Says Russia Is 'Hiding From the Table'",
    ["Ukrainian President Volodymyr Zelensky accused Moscow of stalling the Geneva process after the Kremlin said no date had been set for another round.",
     "\"They strike our cities in the morning and say they are too busy to talk in the afternoon,\" Zelensky said in his evening video address. \"Russia is hiding from the table.\""],
    "diplomacy", "diplomacy", 2, "zelensky-russia-hiding-from-table-2031-12-12", a="Nell Ashcombe"),
  E("2031-12-12 16:40", "Kyiv Death Toll Rises to 6",
    ["The number of people killed in Friday's missile strike on Kyiv has risen to six, Kyiv Mayor Vitali Klitschko said on Telegram.",
     "Thirty-four people were injured, 15 of whom remain in hospital. Rescuers are still searching the ruins of an office building in the Solomianskyi district."],
    "strikes", "strikes", 3, KYV, a="Nell Ashcombe"),
  E("2031-12-12 15:15", "Map Shows Where Ukraine Says It Hit Russian Ammunition Depot",
    ["Ukraine's General Staff said its drones hit a large ammunition depot near Lgov in Russia's Kursk region overnight, setting off secondary explosions that were filmed by residents.",
     "A map produced by Newsweek shows the depot lies about 40 miles from the Ukrainian border. Kursk's governor said drone debris had damaged several homes but did not mention the depot."],
    "strikes", "strikes", 2, "lgov-ammunition-depot-strike-2031-12-12", a="Nell Ashcombe"),
  E("2031-12-12 13:30", "Kremlin Says No Date Set for Next Round of Geneva Talks",
    ["Kremlin spokesperson Dmitry Peskov said on Friday that no date had been agreed for a new round of talks in Geneva, and that Moscow was \"studying\" the latest American proposals.",
     "Peskov declined to comment on the strike on Kyiv, referring questions to the Defense Ministry."],
    "diplomacy", "diplomacy", 2, "kremlin-no-date-geneva-talks-2031-12-12", a="Nell Ashcombe"),
  E("2031-12-12 11:20", "Rutte Says NATO Allies Will Send More Air Defense Before New Year",
    ["NATO Secretary-General Mark Rutte said allies would deliver additional air defense systems and interceptors to Ukraine before the end of the year, speaking at a press conference in Brussels.",
     "He did not say which countries would provide them."],
    "aid", "aid", 2, "rutte-air-defense-before-new-year-2031-12-12", a="Nell Ashcombe", sec=["diplomacy"]),
  E("2031-12-12 09:10", "Video Shows Ukrainian Drone Hitting Russian Tank Near Pokrovsk",
    ["Footage released by Ukraine's 68th Jaeger Brigade appears to show a first-person-view drone striking a Russian T-90 tank on a road west of Pokrovsk.",
     "Newsweek could not independently verify where or when the video was filmed and has reached out to Russia's Defense Ministry for comment."],
    "other", "frontline", 2, "pokrovsk-tank-drone-video-2031-12-12", a="Nell Ashcombe"),
  E("2031-12-12 07:25", "Russia Fires Zircon Missiles at Kyiv, 3 Killed",
    ["Russia fired three Zircon hypersonic missiles at Kyiv shortly after noon local time, killing at least three people, Ukraine's air force and city officials said.",
     "One missile hit an office building in the Solomianskyi district; debris from another damaged a tram depot."],
    "strikes", "strikes", 3, KYV, a="Nell Ashcombe"),
  E("2031-12-12 05:05", "Explosions Heard in Kyiv as Air-Raid Alert Declared",
    ["Several loud explosions were heard in Kyiv on Friday after Ukraine's air force warned of a missile threat to the capital.",
     "Officials urged residents to stay in shelters until the alert is lifted."],
    "strikes", "strikes", 3, KYV, a="Nell Ashcombe"),
  ]))

# ---------------------------------------------------------------- 20209 The Hill (text scrape of the Defense section)
SEEDS.append(dict(
  id="20209", name="20209_thehill-defense", ext="txt", source="The Hill", zone="America/New_York", render=r_hill,
  title="Defense",
  popular=["Supreme Court agrees to hear challenge to state voting maps", "House GOP unveils stopgap bill to avert January shutdown",
           "Poll: Majority of voters say economy is getting worse", "Senator announces she will not seek reelection in 2032", "Winter storm to slam Northeast this weekend"],
  basis="stamp '{s}' (MM/DD/YY, 12-hour clock, ET = Eastern Time, EST = UTC-5 in December); local {d} in {z}",
  notes="Imitates the Defense section of The Hill as copied from a browser. Cards newest first: headline, 'by NAME - 12/01/31 5:30 PM ET' (two-digit year), one teaser paragraph. A numbered 'MOST POPULAR' list (five political headlines, not entries) follows the third card and a newsletter box the fifth. Midnight crossing: the last card is stamped 11/30/31 8:40 PM ET, which is 01:40 UTC on 1 December, so the whole page falls on the UTC day 2031-12-01 although two local dates are printed. One off-beat card (GAO barracks report).",
  not_entries=["'Skip to content'", "masthead 'The Hill', navigation, 'Subscribe   Sign in'", "'TRENDING:' bar", "section heading 'Defense' and sub-navigation",
               "'by NAME - DATE' lines (author and stamp)", "'MOST POPULAR' list and its five numbered headlines", "newsletter box 'Defense & National Security' ... 'Sign up'",
               "'Load more'", "footer and copyright"],
  entries=[
  E("2031-12-01 17:30", "Senate Armed Services leaders strike deal to keep $600 million for Ukraine in defense bill",
    ["The top Republican and Democrat on the Senate Armed Services Committee agreed Monday to keep $600 million for the Ukraine Security Assistance Initiative in the compromise version of the annual defense policy bill, according to aides to both senators.",
     "The House-passed version had cut the program to $300 million. Negotiators expect to release the final text later this week."],
    "aid", "aid", 3, "ndaa-ukraine-funding-deal-2031-12-01", a="Marisa Tallman"),
  E("2031-12-01 15:45", "State Department approves $385 million Patriot sustainment sale for Ukraine, paid for by European allies",
    ["The State Department has approved a possible $385 million sale of spare parts, repairs and training to keep Ukraine's Patriot batteries running, with Germany, the Netherlands and Norway covering the bill, the Defense Security Cooperation Agency said Monday."],
    "aid", "aid", 3, "patriot-sustainment-sale-ukraine-2031-12-01", a="Derek Ashworth"),
  E("2031-12-01 13:20", "US envoy says Geneva talks on energy truce 'not yet' close to a deal",
    ["The State Department's lead negotiator for Ukraine said Monday that the two sides had narrowed their differences on a moratorium on strikes against power plants and substations but were \"not yet\" close to signing anything."],
    "diplomacy", "diplomacy", 2, "us-envoy-geneva-energy-truce-remarks-2031-12-01", a="Lena Barfield"),
  OFF("2031-12-01 11:05", "Army barracks overhaul falls years behind schedule, GAO finds",
    ["The Army has finished only 11 of the 40 barracks it promised to rebuild by 2032, and rising costs mean the rest may not be done before 2036, the Government Accountability Office said in a report released Monday."],
    "gao-army-barracks-report-2031-12-01", a="Derek Ashworth", n="military housing report"),
  E("2031-12-01 09:40", "Russian drone barrage knocks out power for 600,000 in Kharkiv region",
    ["Russia launched 146 drones and nine missiles at Ukraine overnight, most of them aimed at energy facilities in the Kharkiv region, where about 600,000 households lost power, regional Gov. Oleh Syniehubov said Monday."],
    "strikes", "strikes", 3, "kharkiv-energy-drone-barrage-2031-12-01", a="Ines Caldwell"),
  E("2031-12-01 07:15", "Lawmakers press Army on slow delivery of counter-drone systems to Europe",
    ["A bipartisan group of 14 House members wrote to the Army's top civilian on Monday asking why units in Poland and the Baltic states are still waiting for counter-drone systems that Congress paid for two years ago."],
    "other", "security", 2, "lawmakers-army-counter-drone-delays-2031-12-01", a="Marisa Tallman"),
  E("2031-11-30 20:40", "Zelensky names new commander of Ukraine's drone forces",
    ["Ukrainian President Volodymyr Zelensky on Sunday appointed a new commander of the country's Unmanned Systems Forces, replacing the officer who had led the branch since it was created."],
    "other", "politics", 2, "zelensky-new-drone-forces-commander-2031-11-30", a="Ines Caldwell",
    basis="stamp '{s}' (MM/DD/YY, ET): 8:40 PM EST on Sunday 30 November = 01:40 UTC on Monday 1 December (midnight crossing in UTC); local {d} in {z}"),
  ]))

# ================================================================ Part B renderers (invented outlets)

def r_textlive_kp(S):
    """text live blog, newest first: 'Key Points' block of post headlines; each post: headline, then 'TIME GMT, NAME'
    (12-hour '7.40pm' with the zone), body; a video teaser prints only a player placeholder."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"], "News   Sport   Business   Opinion   Lifestyle   Puzzles", "", "LIVE", S["title"], f"{S['dateline']}  \u00b7  {S['tznote']}", "",
         S["lede"], "", "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest updates", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, sep='.', space='', upper=False)} {d.tzname()}"; stamps.append(st)
        L += [e["h"], st + (f", {e['a']}" if e["a"] else ""), ""]
        L += ptxt(e["p"]) if e["p"] else ["[Video: 0:48]", ""]
        if i == 2:
            L += ["Advertisement", ""]
        if i == 4:
            L += [f"Read more: {S['related']}", ""]
    L += ["Load earlier updates", "", f"\u00a9 {S['source']}  \u00b7  Contact  \u00b7  Complaints  \u00b7  Privacy  \u00b7  Cookies"]
    return "\n".join(L) + "\n", stamps


def r_ldlive_numeric(S):
    """HTML live blog, oldest first; LiveBlogPosting JSON-LD with per-update datePublished (+02:00); visible stamp
    '15.12.2031 11:05' (day.month.year) inside <time datetime>; h3 headline; author below the body."""
    z = S["zone"]; order_check(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#p{9401 + i}", "headline": e["h"], "datePublished": d.isoformat(), "articleBody": " ".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
          "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "inLanguage": "en",
          "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2014 {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<div class="consent">{esc(S["source"])} uses cookies. <button>Accept all</button> <button>Settings</button></div>',
           f'<header><a class="logo" href="/">{esc(S["source"])}</a><nav><a>Ukraine</a> <a>War</a> <a>Economy</a> <a>Opinion</a> <a>Podcasts</a></nav>'
           '<a class="support" href="/support">Support us</a></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="date">{esc(S["dateline"])}</p>', f'<p class="lead">{esc(S["lede"])}</p>',
           '<p class="note">Times are Kyiv time.</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%d.%m.%Y %H:%M}"; stamps.append(st)
        out.append(f'<section class="update" id="p{9401 + i}"><time datetime="{d.isoformat()}">{st}</time><h3>{esc(e["h"])}</h3>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="signature">{esc(e["a"])}</p>')
        out.append('</section>')
        if i == 2:
            out.append(f'<aside class="read-also"><strong>Read also:</strong> <a href="/economy/kryvyi-rih-steel">{esc(S["related"])}</a></aside>')
    out += ['<p class="end">Follow our live coverage tomorrow.</p></main>',
            f'<footer>\u00a9 2031 {esc(S["source"])} \u00b7 About \u00b7 Editorial standards \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_rss_world(S):
    """RSS 2.0 world feed, newest first; pubDate with a numeric offset; dc:creator when the item has a byline; CDATA description
    holding the full text as <p> paragraphs; category per item."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
           '<channel>', f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}/world</link>', f'<description>{esc(S["lede"])}</description>',
           '<language>en-us</language>', f'<atom:link href="{S["url"]}/world/rss.xml" rel="self" type="application/rss+xml"/>',
           f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z))}</lastBuildDate>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        link = f'{S["url"]}/{e.get("cat", "world").lower()}/{e.get("born", d.strftime("%Y/%m/%d"))}/{slugify(e["h"])}'
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="true">{link}</guid>',
                f'<pubDate>{st}</pubDate>', f'<category>{e.get("cat", "World")}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_atom_xhtml(S):
    """Atom 1.0, newest first; <published> with the outlet's offset; author; content type="xhtml" (inline XHTML paragraphs)."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link rel="alternate" href="{S["url"]}/europe/"/>', f'<link rel="self" href="{S["url"]}/europe/feed.atom"/>',
           f'<id>{S["url"]}/europe/feed.atom</id>', f'<updated>{iso(dt(S["entries"][0]["t"], z))}</updated>',
           f'<generator>{S["generator"]}</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        link = f'{S["url"]}/{e.get("cat", "europe")}/{slugify(e["h"])}-{d:%Y%m%d}'
        out += ['<entry>', f'<title>{esc(e["h"])}</title>', f'<link rel="alternate" type="text/html" href="{link}"/>', f'<id>{link}</id>',
                f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        if e.get("cat"):
            out.append(f'<category term="{e["cat"]}"/>')
        out.append('<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + '</div></content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


# ================================================================ PART B: three multi-source days (invented outlets)
# Day 1 = Monday 2031-12-15 (UTC), day 2 = Tuesday 2031-12-16, day 3 = Friday 2031-12-19.
KR = "kryvyi-rih-missile-strike-2031-12-15"
RUT = "zelensky-rutte-brussels-meeting-2031-12-15"
NOR = "norway-drone-production-funding-2031-12-15"
EXB = "explainer-ballistic-missile-warning-times"
EXB_H = "Explainer: Why ballistic missiles leave Ukrainian cities only minutes of warning"
EXB_P = ["Monday's strike on Kryvyi Rih, which came less than three minutes after the first alert, shows again why ballistic missiles are the hardest weapon for Ukraine to defend against.",
         "Cruise missiles and drones fly low and slow enough to be tracked for tens of minutes. A ballistic missile such as the Iskander-M climbs steeply and comes down at several times the speed of sound, so the gap between launch and impact is often under four minutes for cities within 300 kilometers of Russian launch sites.",
         "Only a few systems, chiefly the American Patriot and the Franco-Italian SAMP/T, can intercept such missiles, and Ukraine has too few of them to protect more than a handful of cities."]

# ---------------------------------------------------------------- 20220 Hallowmarsh Evening Post (day 1, text live, Key Points)
SEEDS.append(dict(
  id="20220", name="20220_hallowmarsh-textlive", ext="txt", source="Hallowmarsh Evening Post", zone="Europe/London", render=r_textlive_kp,
  title="Russia-Ukraine war live: nine dead in Kryvyi Rih missile strike as Zelensky meets Rutte in Brussels",
  dateline="Monday 15 December 2031", tznote="All times GMT",
  lede="Ballistic missiles hit the centre of Kryvyi Rih, President Zelensky's home city; Nato's secretary general promises more air defence; Lithuania sends armoured vehicles.",
  related="Ukraine's interceptor drone factories race to keep up",
  basis="stamp '{s}' after the headline (12-hour clock, GMT printed; UK time in December = UTC) under the dateline 'Monday 15 December 2031'; local {d} in {z}",
  notes="Invented outlet. Text live blog, newest first. Header: dateline 'Monday 15 December 2031  \u00b7  All times GMT', lede, then a 'Key Points' block listing two post headlines with bullets (key_point true). Each post: headline, then 'TIME GMT, NAME' (e.g. '7.40pm GMT, Bethan Lowrie'; stamp = the time and zone), then the body. 20220-02 is a 'Watch:' teaser whose only content is a '[Video: 0:48]' placeholder (no author). Toll in this page: at least 4 (9.30am) -> 9 (7.40pm). Must-not-merge neighbours of the Kryvyi Rih strike: the overnight drone attack on Pavlohrad (same Dnipropetrovsk region, other event) and the Kharkiv glide bombs (same kind of event, other city); Lithuania's vehicles vs Norway's drone money (same aid theme, other events).",
  not_entries=["masthead and navigation", "'LIVE' label", "page title and the line 'Monday 15 December 2031  \u00b7  All times GMT'", "lede summary line",
               "'Key Points' header and its two bullet lines (pointers to posts 20220-01 and 20220-03)", "'Latest updates' label",
               "'TIME GMT, NAME' lines (stamp and author)", "'[Video: 0:48]' placeholder in the teaser", "'Advertisement' after the third post",
               "'Read more: Ukraine's interceptor drone factories race to keep up' (related link)", "'Load earlier updates'", "footer line"],
  entries=[
  E("2031-12-15 19:40", "Kryvyi Rih toll rises to nine",
    ["Nine people are now known to have been killed in this morning's missile strike on Kryvyi Rih, the head of the city's military administration, Oleksandr Vilkul, said on Telegram.",
     "Forty-one people were treated in hospital and eleven of them remain in a serious condition, he said. Rescuers are still working at a four-storey building on Metalurhiv Avenue that took a direct hit."],
    "strikes", "strikes", 3, KR, a="Bethan Lowrie", kp=True, n="toll 9 dead, 41 treated"),
  E("2031-12-15 18:15", "Watch: Smoke rises over Kryvyi Rih after the strike", [],
    "strikes", "strikes", 1, KR, n="video teaser without body"),
  E("2031-12-15 16:50", "Zelensky meets Rutte in Brussels",
    ["Volodymyr Zelensky has met Nato's secretary general, Mark Rutte, in Brussels, where the two discussed air defence for the winter and the security guarantees European allies have offered Ukraine.",
     "Zelensky said he had shown Rutte photographs from Kryvyi Rih. \"Every Patriot missile that reaches us saves lives like these,\" he said."],
    "diplomacy", "diplomacy", 3, RUT, a="Tom Fairbairn", kp=True, sec=["aid"],
    n="a diplomatic meeting that mentions the Kryvyi Rih strike: its own story, must not merge with the strike"),
  E("2031-12-15 14:20", "Lithuania hands over 20 armoured vehicles",
    ["Lithuania has delivered 20 M577 armoured command vehicles to Ukraine, its defence ministry said, part of a package announced in the autumn.",
     "Vilnius has pledged to spend 0.25% of its GDP on military aid to Ukraine every year."],
    "aid", "aid", 2, "lithuania-armoured-vehicles-2031-12-15", a="Tom Fairbairn",
    n="same aid theme as Norway's drone funding (20221-04, 20223-02), different event: must not merge"),
  E("2031-12-15 12:05", "Glide bombs kill two in Kharkiv",
    ["Two people were killed and nine injured when Russian glide bombs hit the Kyivskyi district of Kharkiv around midday, the regional governor, Oleh Syniehubov, said."],
    "strikes", "strikes", 3, "kharkiv-glide-bomb-strike-2031-12-15", a="Bethan Lowrie",
    n="another deadly strike the same day in another city: must not merge with the Kryvyi Rih strike"),
  E("2031-12-15 09:30", "Missiles strike Kryvyi Rih",
    ["At least four people have been killed after Russian ballistic missiles struck the centre of Kryvyi Rih, in central Ukraine, shortly after 10am local time, according to regional officials.",
     "The governor of Dnipropetrovsk region, Serhiy Lysak, said a residential building and a row of shops had been hit. Ambulances were still arriving at the scene."],
    "strikes", "strikes", 3, KR, a="Bethan Lowrie", n="first report, toll at least 4"),
  E("2031-12-15 07:10", "Drones hit rail depot in Pavlohrad overnight",
    ["Russian drones damaged a railway depot and several houses in Pavlohrad, in the Dnipropetrovsk region, overnight, the regional governor said. Two people were slightly injured.",
     "Ukraine's air force said it had downed 61 of the 78 drones launched during the night."],
    "strikes", "strikes", 2, "pavlohrad-drone-attack-2031-12-15", a="Tom Fairbairn",
    n="same region as Kryvyi Rih (Dnipropetrovsk), earlier and separate overnight drone attack without deaths: must not merge"),
  ]))

# ---------------------------------------------------------------- 20221 Glaswen Ledger (day 1, HTML live + LiveBlogPosting, Kyiv time)
SEEDS.append(dict(
  id="20221", name="20221_glaswen-htmllive", ext="html", source="Glaswen Ledger", zone="Europe/Kyiv", render=r_ldlive_numeric,
  title="Live: Russian ballistic missiles hit Kryvyi Rih", url="https://glaswenledger.example/live/2031-12-15-kryvyi-rih",
  dateline="Monday, 15 December 2031", related="How Kryvyi Rih's steelworks kept running through the war",
  lede="Follow our live coverage of the war for Monday: a missile strike on Kryvyi Rih, Norway's drone funding and Sybiha's visit to Berlin.",
  basis="visible stamp '{s}' (day.month.year, 24-hour clock; the page notes 'Times are Kyiv time', EET = UTC+2); the update's JSON-LD datePublished agrees; local {d} in {z}",
  notes="Invented outlet. HTML live blog, oldest first, with LiveBlogPosting JSON-LD whose per-update datePublished (+02:00) match the visible stamps. Visible stamp '15.12.2031 11:05' inside <time datetime>, h3 headline, body, signature line (author). A 'Read also' box after the third update is a related link. 20221-06 re-posts 20221-04 (Norway's drone funding) almost word for word 50 minutes later (one word changed in the second paragraph): duplicate_of 20221-04. Toll on this page: 4 (11:05) -> 6 (13:30).",
  not_entries=["cookie banner", "logo, navigation and 'Support us'", "h1 page title", "date line 'Monday, 15 December 2031'", "lead paragraph (page lede)",
               "note 'Times are Kyiv time.'", "signature lines (authors)", "'Read also: How Kryvyi Rih's steelworks kept running through the war' box",
               "closing line 'Follow our live coverage tomorrow.'", "footer"],
  entries=[
  E("2031-12-15 09:15", "Sybiha in Berlin for talks with Wadephul",
    ["Foreign Minister Andrii Sybiha arrived in Berlin for talks with his German counterpart, Johann Wadephul, on air defence deliveries and the use of frozen Russian assets."],
    "diplomacy", "diplomacy", 2, "sybiha-berlin-visit-2031-12-15", a="Iryna Kovalchuk"),
  E("2031-12-15 10:35", "Explosions in Kryvyi Rih",
    ["Several powerful explosions were heard in Kryvyi Rih at about 10:20, minutes after the air force warned of a ballistic missile threat from the south."],
    "strikes", "strikes", 3, KR, a="Serhii Dovzhenko"),
  E("2031-12-15 11:05", "Kryvyi Rih: four dead, 23 injured",
    ["Four people were killed and 23 injured when a ballistic missile hit a street of shops and flats in the Tsentralno-Miskyi district of Kryvyi Rih, Oleksandr Vilkul said.",
     "A second missile struck the grounds of an industrial enterprise, he said, without giving details."],
    "strikes", "strikes", 3, KR, a="Serhii Dovzhenko", n="toll 4 dead, 23 injured"),
  E("2031-12-15 12:20", "Norway to fund Ukrainian drone production",
    ["Norway will give NOK 5 billion, about \u20ac430 million, to pay for long-range and interceptor drones built by Ukrainian manufacturers in 2032, the Norwegian defence ministry said.",
     "Part of the money will go to joint ventures producing drones in Norway."],
    "aid", "aid", 3, NOR, a="Iryna Kovalchuk"),
  E("2031-12-15 13:30", "Kryvyi Rih toll rises to six",
    ["The number of people killed in the morning strike on Kryvyi Rih has risen to six, among them a 15-year-old girl, Dnipropetrovsk governor Serhiy Lysak said."],
    "strikes", "strikes", 3, KR, a="Serhii Dovzhenko", n="toll 6 dead"),
  E("2031-12-15 14:10", "Norway to fund Ukrainian drone production",
    ["Norway will give NOK 5 billion, about \u20ac430 million, to pay for long-range and interceptor drones built by Ukrainian manufacturers in 2032, the Norwegian defence ministry said.",
     "Part of the money will go to joint ventures that produce drones in Norway."],
    "aid", "aid", 1, NOR, a="Iryna Kovalchuk", dup="20221-04", n="near-verbatim repeat of 20221-04 (one word changed)"),
  E("2031-12-15 15:45", "Russia claims capture of Novopavlivka",
    ["Russia's defence ministry claimed its troops had captured the village of Novopavlivka in the Dnipropetrovsk region. The General Staff in Kyiv said fighting for the village was continuing."],
    "other", "frontline", 2, "novopavlivka-capture-claim-2031-12-15", a="Oksana Hrytsenko"),
  ]))

# ---------------------------------------------------------------- 20222 Brackwater Signal (day 1, RSS world feed, New York offset)
SEEDS.append(dict(
  id="20222", name="20222_brackwater-worldrss", ext="xml", source="Brackwater Signal", zone="America/New_York", render=r_rss_world,
  title="Brackwater Signal | World", url="https://www.brackwatersignal.example",
  lede="World news from the Brackwater Signal newsroom.",
  basis="RSS pubDate '{s}' (explicit -0500 offset); local {d} in {z}",
  notes="Invented outlet. General world RSS 2.0 feed, newest first, in which the war is a minority (2 of 6 items). pubDate with -0500 (New York); dc:creator on most items; the CDATA description carries the full text as <p> paragraphs. Midnight crossing: the last item is stamped Sun, 14 Dec 2031 21:30 -0500, which is 02:30 UTC on 15 December, so the feed lies on the UTC day 2031-12-15. 20222-04 is a theme piece (explainer on ballistic-missile warning times) that mentions the Kryvyi Rih strike but is its own story; this same item is re-published in the feed on day 2 (20232).",
  not_entries=["channel title, link, description, language, atom:link and lastBuildDate", "category labels"],
  entries=[
  OFF("2031-12-15 17:20", "Late-season typhoon forces 200,000 to evacuate in central Philippines",
    ["More than 200,000 people fled coastal villages in the central Philippines on Monday as Typhoon Dindo approached with winds of 150 kilometers per hour, the country's disaster agency said.",
     "Schools in the Eastern Visayas were closed and ferries were ordered to stay in port."],
    "philippines-typhoon-evacuation-2031-12-15", a="Rosa Delacruz", n="weather", cat="Asia"),
  OFF("2031-12-15 14:05", "Bank of Japan holds rates steady, signals patience on further hikes",
    ["The Bank of Japan left its policy rate at 1.25% on Monday and said it would wait for more evidence of wage growth before raising borrowing costs again."],
    "bank-of-japan-rates-2031-12-15", a="Ken Morimoto", n="markets", cat="Business"),
  E("2031-12-15 11:30", "Death toll in Russian missile strike on Ukrainian city of Kryvyi Rih rises to 7",
    ["At least seven people were killed and more than 30 wounded when Russian ballistic missiles struck Kryvyi Rih, an industrial city in central Ukraine, on Monday, local officials said.",
     "Kryvyi Rih is the hometown of President Volodymyr Zelensky, who called the attack \"a deliberate strike on a city street in the middle of the day.\""],
    "strikes", "strikes", 3, KR, a="Marguerite Osei", n="toll 7 dead", cat="World"),
  E("2031-12-15 09:10", EXB_H, EXB_P, "strikes", "strikes", 2, EXB, a="Dmitri Halvorsen", cat="World",
    n="theme piece (explainer on ballistic-missile warning times, no single event); mentions the Kryvyi Rih strike but must not merge with it"),
  OFF("2031-12-15 06:45", "Brazilian Senate approves 2032 budget after all-night session",
    ["Brazil's Senate approved next year's federal budget early Monday after a 14-hour session, clearing the way for a rise in the minimum wage in January."],
    "brazil-senate-budget-2031-12-15", a="Tiago Menezes", n="Brazilian politics", cat="Americas"),
  OFF("2031-12-14 21:30", "Record December rain floods parts of Auckland, grounds flights",
    ["Auckland recorded its wettest December day on record on Monday, flooding dozens of streets and forcing the cancellation of more than 80 flights, New Zealand's weather service said."],
    "auckland-record-rain-2031-12-15", n="weather", cat="Asia",
    basis="RSS pubDate '{s}' (explicit -0500 offset): 21:30 on Sunday 14 December in New York = 02:30 UTC on Monday 15 December (midnight crossing); local {d} in {z}"),
  ]))

# ---------------------------------------------------------------- 20223 Lanterhay Review (day 1, Atom with xhtml content, Berlin offset)
SEEDS.append(dict(
  id="20223", name="20223_lanterhay-atom", ext="xml", source="Lanterhay Review", zone="Europe/Berlin", render=r_atom_xhtml,
  title="Lanterhay Review \u2013 Europe", url="https://lanterhay.example", generator="Lanterhay CMS 4.2",
  lede="European news and opinion from the Lanterhay Review.",
  basis="Atom <published> '{s}' (explicit +01:00 offset, CET); local {d} in {z}",
  notes="Invented outlet. Atom 1.0 feed, newest first, <published> and <updated> with +01:00, one author per entry, inline XHTML content (type=\"xhtml\"). Spells the city 'Kryvyy Rih' (toll 11, the highest of the day). 20223-05 is an opinion column on air-defence supply (theme piece, its own story). 20223-03 is the Zelensky-Rutte meeting (same event as 20220-03, worded differently).",
  not_entries=["feed title, subtitle, links, id, updated and generator", "category terms"],
  entries=[
  E("2031-12-15 22:10", "Eleven killed in Kryvyy Rih as rescuers end search",
    ["The death toll from Monday's Russian missile strike on Kryvyy Rih rose to eleven after rescuers recovered two more bodies from a collapsed building, city officials said in the evening.",
     "More than 50 people were injured. The city has declared Tuesday a day of mourning."],
    "strikes", "strikes", 3, KR, a="Annika Vogel", cat="ukraine", n="toll 11 dead (spelled Kryvyy Rih)"),
  E("2031-12-15 19:30", "Oslo pledges \u20ac430 million for Ukrainian-made drones",
    ["Norway will finance Ukrainian drone production next year with NOK 5 billion (\u20ac430 million), the Norwegian defence ministry announced in Oslo on Monday.",
     "The money will be split between long-range strike drones and interceptors for air defence, and some will go to Ukrainian-Norwegian joint ventures."],
    "aid", "aid", 3, NOR, a="Sigrid Hovland", cat="nordics"),
  E("2031-12-15 18:40", "Rutte and Zelensky meet in Brussels as allies hunt for interceptors",
    ["NATO Secretary General Mark Rutte told President Volodymyr Zelensky in Brussels on Monday that allies would send \"every interceptor we can find\" before the worst of the winter, according to a NATO official who attended the meeting.",
     "The two also discussed the planned European reassurance force, which Zelensky wants deployed before any ceasefire is signed."],
    "diplomacy", "diplomacy", 3, RUT, a="Annika Vogel", sec=["aid"], cat="ukraine"),
  E("2031-12-15 14:15", "German prosecutors charge two men over plot to sabotage rail link to Poland",
    ["Federal prosecutors in Karlsruhe have charged two men, a Ukrainian and a Russian citizen, with preparing attacks for Russian intelligence on a railway line used to move military aid to Poland.",
     "The men were arrested in Saxony in June. Their lawyers have not commented."],
    "other", "security", 2, "germany-rail-sabotage-charges-2031-12-15", a="Felix Brandauer", cat="germany"),
  E("2031-12-15 10:05", "Opinion: Europe's air-defence shopping list is still too short",
    ["Every winter Europe discovers again that it cannot make interceptors as fast as Russia makes missiles.",
     "Governments have signed the contracts, but the factories in Germany, France and Italy will not reach full output before 2033. Until then Ukraine will have to ration its interceptors, and its cities will pay for it."],
    "aid", "aid", 2, "opinion-europe-air-defence-supply", a="Helga Marwitz", cat="opinion",
    n="opinion column (theme piece on European interceptor production), its own story"),
  ]))


def r_htmllive_et(S):
    """HTML live blog without JSON-LD, newest first, US style: date headers 'Tuesday, December 16, 2031' between posts, per post
    '4:55 p.m. ET' above an h3, 'By NAME', paragraphs; a photo teaser prints only a gallery placeholder."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z)
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title></head><body>',
           f'<div class="banner">Subscribe to {esc(S["source"])} for $1 a week. <a>Subscribe now</a> <a>Log in</a></div>',
           f'<header><a class="masthead" href="/">{esc(S["source"])}</a><nav><a>Local</a> <a>Nation</a> <a>World</a> <a>Politics</a> <a>Business</a> <a>Sports</a> <a>Opinion</a></nav></header>',
           f'<main><p class="label">LIVE UPDATES</p><h1>{esc(S["title"])}</h1>',
           f'<p class="updated">Updated {MONTHS[last.month - 1]} {last.day}, {last.year}, {ampm(last, dots=True)} ET</p>', f'<p class="summary">{esc(S["lede"])}</p>']
    stamps = []; day = None
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, dots=True)} ET"; stamps.append(st)
        if d.date() != day:
            day = d.date(); out.append(f'<h2 class="day">{DAYS_EN[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year}</h2>')
        out.append(f'<article class="update"><span class="update__time">{st}</span><h3>{esc(e["h"])}</h3>')
        if e["a"]:
            out.append(f'<p class="update__byline">By {esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]] if e["p"] else ['<div class="gallery-embed">[Gallery: 9 photos]</div>']
        out.append('</article>')
        if i == 2:
            out.append(f'<aside class="related"><h4>Related coverage</h4><a>{esc(S["related"])}</a></aside>')
    out += ['</main>', f'<footer>\u00a9 {last.year} {S["source"]} \u00b7 Terms of Service \u00b7 Privacy Policy \u00b7 Contact</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_textlive_trailing(S):
    """text live blog, oldest first; headline, body, then a trailing line 'NAME \u00b7 09:10' (author and bare Kyiv time);
    dateline with weekday and year; a note 'All times are Kyiv time'."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "Ukraine \u00b7 Europe \u00b7 World \u00b7 Analysis \u00b7 Newsletters", "", S["title"], S["dateline"], "All times are Kyiv time", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [e["h"], ""] + ptxt(e["p"]) + [f"{e['a']} \u00b7 {st}", ""]
        if i == 2:
            L += ["Follow us on Telegram for alerts as they happen.", ""]
    L += ["More updates tomorrow.", "", f"{S['source']} \u00b7 Editorial policy \u00b7 Contact \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_newsletter(S):
    """text of an evening e-mail newsletter: mail headers, title block with send time, intro, sections under headings (one entry
    each, no per-section stamp), reading list and unsubscribe footer."""
    z = S["zone"]; d = dt(S["sent"], z)
    L = [f"From: {S['source']} <briefing@{slugify(S['source'].split()[0])}.example>", f"Subject: {S['subject']}", f"Date: {rfc822(d)}", "",
         "View in browser", "", S["source"].upper(), S["title"], f"{DAYS_EN[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year}, {d:%H:%M} Kyiv time",
         f"By {S['byline']}", "", S["intro"], ""]
    for e in S["entries"]:
        assert e["t"] == S["sent"]
        L += [e["h"], ""] + ptxt(e["p"])
    L += ["What we're reading", ""] + S["reading"] + ["", "Forwarded this email? Sign up here.",
          f"You are receiving this because you subscribed to the {S['title']}. Unsubscribe | Manage preferences"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


# Day 2 = Tuesday 2031-12-16
LV = "lviv-missile-strike-2031-12-16"
JPN = "japan-energy-grid-aid-2031-12-16"

# ---------------------------------------------------------------- 20230 Heddlestone Chronicle (day 2, HTML live, US Eastern, date headers)
SEEDS.append(dict(
  id="20230", name="20230_heddlestone-htmllive", ext="html", source="Heddlestone Chronicle", zone="America/New_York", render=r_htmllive_et,
  title="Live updates: Russian missiles hit Lviv, killing 5; Japan pledges $2 billion for Ukraine's grid",
  lede="A Russian missile and drone attack overnight struck a heating plant in the western Ukrainian city of Lviv. Follow our live coverage.",
  related="Why Russia keeps hitting Ukraine's heating plants in winter",
  basis="post stamp '{s}' (12-hour clock with a.m./p.m., ET = EST, UTC-5) dated by the nearest date header above it; local {d} in {z}",
  notes="Invented US outlet. HTML live blog without JSON-LD, newest first. Header 'LIVE UPDATES', h1, 'Updated December 16, 2031, 4:55 p.m. ET', summary (page lede). Posts grouped under date headers 'Tuesday, December 16, 2031' and 'Monday, December 15, 2031'; each post: '4:55 p.m. ET', h3 headline, 'By NAME', paragraphs. Midnight crossing: the two oldest posts (9:40 p.m. and 11:50 p.m. ET on Monday 15 December) are 02:40 and 04:50 UTC on 16 December, so the page lies on the UTC day 2031-12-16. 20230-04 is a 'Photos:' teaser with only a gallery placeholder. Must-not-merge neighbours of the Lviv strike: the Burshtyn power-plant drone hit (neighbouring region, same night) and Poland's jet scramble (reaction across the border, other event). Toll here: 3 -> 5.",
  not_entries=["subscription banner", "masthead and navigation", "'LIVE UPDATES' label", "h1 page title", "'Updated December 16, 2031, 4:55 p.m. ET'", "summary paragraph (page lede)",
               "date headers 'Tuesday, December 16, 2031' and 'Monday, December 15, 2031'", "'By NAME' lines", "gallery placeholder '[Gallery: 9 photos]'",
               "'Related coverage' box and its link", "footer"],
  entries=[
  E("2031-12-16 16:55", "Japan pledges $2 billion to help Ukraine rebuild its power grid",
    ["Japan will provide $2 billion over two years to repair and protect Ukraine's power grid, including mobile gas turbines and blast shelters for substations, Japan's foreign minister said Tuesday in Tokyo.",
     "The announcement came hours after a Russian missile strike on a heating plant in Lviv."],
    "aid", "aid", 3, JPN, a="Priya Castellano"),
  E("2031-12-16 13:20", "Lviv death toll rises to 5",
    ["Five people are now confirmed dead after Russian missiles hit a heating plant and a nearby apartment building in Lviv overnight, Mayor Andriy Sadovyi said Tuesday afternoon.",
     "Twenty-two people were injured. About 90,000 households in the city's southern districts are without heat, Sadovyi said."],
    "strikes", "strikes", 3, LV, a="Priya Castellano", n="toll 5 dead"),
  E("2031-12-16 10:05", "Poland scrambles jets, briefly closes Rzeszow airport during Russian attack",
    ["Poland scrambled fighter jets and closed Rzeszow airport for about two hours overnight as Russian missiles and drones struck western Ukraine, the Polish military's operational command said.",
     "No violation of Polish airspace was confirmed, the command said."],
    "other", "security", 2, "poland-scrambles-jets-2031-12-16", a="Calvin Ostrander",
    n="Polish reaction across the border, same night: its own event, must not merge with the Lviv strike"),
  E("2031-12-16 07:30", "Photos: Lviv wakes to smoke and shattered windows", [],
    "strikes", "strikes", 1, LV, n="photo teaser without body"),
  E("2031-12-16 05:10", "Drone hits power plant in Ivano-Frankivsk region",
    ["A Russian drone struck the Burshtyn power plant in Ukraine's Ivano-Frankivsk region during the overnight attack, causing a fire that was put out by morning, the regional governor said. No one was hurt."],
    "strikes", "strikes", 2, "burshtyn-power-plant-drone-strike-2031-12-16", a="Calvin Ostrander",
    n="neighbouring region, same night, other target and no deaths: must not merge with the Lviv strike"),
  E("2031-12-15 23:50", "Ukraine says 3 killed in Lviv",
    ["Three people were killed when a Russian missile hit an energy facility in Lviv, in western Ukraine, regional Gov. Maksym Kozytskyi said."],
    "strikes", "strikes", 3, LV, a="Mateo Lindgren", n="toll 3 dead",
    basis="post stamp '{s}' under the date header 'Monday, December 15, 2031': 11:50 p.m. EST on 15 December = 04:50 UTC on 16 December (midnight crossing); local {d} in {z}"),
  E("2031-12-15 21:40", "Explosions reported in Lviv as air-raid alert covers all of Ukraine",
    ["Loud explosions were heard in the western Ukrainian city of Lviv early Tuesday local time, as the country's air force warned of a large Russian missile and drone attack."],
    "strikes", "strikes", 3, LV, a="Mateo Lindgren",
    basis="post stamp '{s}' under the date header 'Monday, December 15, 2031': 9:40 p.m. EST on 15 December = 02:40 UTC on 16 December (midnight crossing); local {d} in {z}"),
  ]))

# ---------------------------------------------------------------- 20231 Ambervell World (day 2, text live, oldest first, trailing stamps)
SEEDS.append(dict(
  id="20231", name="20231_ambervell-textlive", ext="txt", source="Ambervell World", zone="Europe/Kyiv", render=r_textlive_trailing,
  title="Ukraine live: Lviv struck overnight as Kryvyi Rih mourns its dead", dateline="Tuesday, 16 December 2031",
  lede="Russia hit energy sites in western Ukraine overnight. Kryvyi Rih holds a day of mourning after Monday's strike.",
  basis="trailing stamp '{s}' after the post (bare 24-hour time; the page says 'All times are Kyiv time', EET = UTC+2) under the dateline 'Tuesday, 16 December 2031'; local {d} in {z}",
  notes="Invented outlet. Text live blog, oldest first. Header: title, dateline 'Tuesday, 16 December 2031', 'All times are Kyiv time', lede. Each post: headline, body, then a trailing line 'NAME \u00b7 HH:MM' (author and stamp after the body, like The Independent's trailing stamps). 20231-02 continues day 1's Kryvyi Rih story (toll 13, day of mourning). 20231-03 is a theme piece (analysis of Ukraine's grid in its tenth war winter) that mentions the Lviv strike but is its own story. 20231-06 repeats 20231-05 almost word for word two hours later (duplicate_of 20231-05). Toll here: 3 -> 4.",
  not_entries=["masthead and navigation", "page title, dateline 'Tuesday, 16 December 2031' and 'All times are Kyiv time'", "lede",
               "trailing 'NAME \u00b7 HH:MM' lines (author and stamp)", "Telegram promo line after the third post", "'More updates tomorrow.'", "footer line"],
  entries=[
  E("2031-12-16 07:30", "Three dead after missiles hit Lviv",
    ["Russian missiles struck Lviv shortly after 4am, hitting a combined heat and power plant in the south of the city and a nine-storey building next to it. Three people were killed, the regional administration said.",
     "Air raid alerts were in force across the whole country for almost five hours."],
    "strikes", "strikes", 3, LV, a="Olha Marchenko", n="toll 3 dead"),
  E("2031-12-16 08:45", "Kryvyi Rih mourns as toll reaches 13",
    ["Kryvyi Rih is observing a day of mourning for the victims of Monday's missile strike, whose death toll rose overnight to 13 after two of the injured died in hospital.",
     "Flags are at half mast and entertainment events have been cancelled, the city's military administration said."],
    "strikes", "strikes", 3, KR, a="Olha Marchenko", n="continuation of day 1's Kryvyi Rih strike (toll 13, mourning); same story slug as day 1"),
  E("2031-12-16 10:20", "Analysis: Ukraine's power grid enters a tenth winter under fire",
    ["Last night's strike on Lviv was aimed at the kind of target Russia has hit every winter since 2022: the plants that keep Ukrainian cities warm.",
     "Engineers have learned to rebuild quickly, and much of the grid now runs on small gas turbines and solar parks that are harder to knock out. But large heat and power plants cannot be hidden or spread out, and replacing their turbines takes months.",
     "The result is a grid that rarely collapses but seldom works at full strength."],
    "strikes", "strikes", 2, "analysis-ukraine-grid-tenth-winter", a="Ruslan Tkach",
    n="theme piece (analysis of attacks on the energy grid); mentions the Lviv strike but must not merge with it"),
  E("2031-12-16 11:00", "Lviv toll rises to four, mayor says",
    ["Mayor Andriy Sadovyi said a fourth person had died in hospital after the overnight strike on Lviv. Seventeen people are being treated for injuries."],
    "strikes", "strikes", 3, LV, a="Olha Marchenko", n="toll 4 dead"),
  E("2031-12-16 12:40", "Sybiha: Geneva energy talks to resume on Friday",
    ["Foreign Minister Andrii Sybiha said the next round of talks in Geneva on a moratorium on energy strikes would open on Friday, with American and Swiss mediators.",
     "\"Last night showed why we need it,\" he told reporters in Kyiv."],
    "diplomacy", "diplomacy", 2, "sybiha-geneva-talks-friday-2031-12-16", a="Ruslan Tkach"),
  E("2031-12-16 14:30", "Sybiha: Geneva energy talks to resume on Friday",
    ["Foreign Minister Andrii Sybiha said the next round of talks in Geneva on a moratorium on energy strikes would open on Friday, with American and Swiss mediators.",
     "\"Last night showed why we need it,\" he told journalists in Kyiv."],
    "diplomacy", "diplomacy", 1, "sybiha-geneva-talks-friday-2031-12-16", a="Ruslan Tkach", dup="20231-05",
    n="near-verbatim repeat of 20231-05 (one word changed)"),
  E("2031-12-16 16:10", "Drone hits fire station in Sumy, injuring three rescuers",
    ["A Russian drone hit a fire station in Sumy in the afternoon, injuring three rescuers and damaging two fire engines, the State Emergency Service said."],
    "strikes", "strikes", 2, "sumy-fire-station-drone-strike-2031-12-16", a="Dmytro Verbytskyi",
    n="another strike the same day in another region: must not merge with the Lviv strike"),
  ]))

# ---------------------------------------------------------------- 20232 Brackwater Signal (day 2, RSS world feed; re-publishes day 1's explainer)
SEEDS.append(dict(
  id="20232", name="20232_brackwater-worldrss", ext="xml", source="Brackwater Signal", zone="America/New_York", render=r_rss_world,
  title="Brackwater Signal | World", url="https://www.brackwatersignal.example",
  lede="World news from the Brackwater Signal newsroom.",
  basis="RSS pubDate '{s}' (explicit -0500 offset); local {d} in {z}",
  notes="Invented outlet (same outlet and feed as 20222, captured a day later). General world RSS feed, newest first, war a minority (2 of 6 items). 20232-04 re-publishes day 1's explainer 20222-04 word for word with a new pubDate (its link keeps the day-1 date path): a re-post of a day-1 entry, importance 1, same story slug as day 1 (duplicate_of is null because it is defined within a seed only). 20232-03 spells the city 'Lvov' (toll 5). Midnight crossing: the last item, Mon, 15 Dec 2031 20:10 -0500, is 01:10 UTC on 16 December.",
  not_entries=["channel title, link, description, language, atom:link and lastBuildDate", "category labels"],
  entries=[
  OFF("2031-12-16 16:40", "Argentina's inflation slows to lowest monthly rate in a decade",
    ["Argentina's consumer prices rose 0.9% in November, the smallest monthly increase since 2017, the national statistics institute said Tuesday."],
    "argentina-inflation-2031-12-16", a="Tiago Menezes", n="economy", cat="Americas"),
  OFF("2031-12-16 13:15", "Heavy snow closes Trans-Canada Highway in British Columbia",
    ["Up to 90 centimeters of snow fell on British Columbia's mountain passes on Tuesday, closing the Trans-Canada Highway between Golden and Revelstoke for a second day."],
    "british-columbia-snow-highway-2031-12-16", a="Evan McCrae", n="weather", cat="Americas"),
  E("2031-12-16 10:00", "Russian missiles kill 5 in western Ukrainian city of Lvov, hit heating plant",
    ["A Russian missile attack on the western Ukrainian city of Lvov, also known as Lviv, killed five people and cut heating to tens of thousands of homes on Tuesday, Ukrainian officials said.",
     "The strike hit a combined heat and power plant and a residential building, the city's mayor said. Poland briefly closed an airport near the border during the attack."],
    "strikes", "strikes", 3, LV, a="Marguerite Osei", n="toll 5 dead (spelled Lvov)", cat="World"),
  E("2031-12-16 08:20", EXB_H, EXB_P, "strikes", "strikes", 1, EXB, a="Dmitri Halvorsen", cat="World", born="2031/12/15",
    n="re-post of day-1 entry 20222-04 (same headline and text, new pubDate); importance 1"),
  OFF("2031-12-16 05:30", "Kenya switches on Africa's largest geothermal plant",
    ["Kenya's president on Tuesday opened a 280-megawatt geothermal plant at Olkaria, the largest on the continent, which the government says will cut power prices by about 8%."],
    "kenya-geothermal-plant-2031-12-16", a="Amani Wekesa", n="energy", cat="Africa"),
  OFF("2031-12-15 20:10", "Mexico City orders water rationing as reservoirs hit record low",
    ["Mexico City will cut water supply to about 1.8 million residents for 12 hours a day starting Wednesday, after the reservoirs that feed the capital fell to their lowest level on record, officials said Monday."],
    "mexico-city-water-rationing-2031-12-15", n="water shortage", cat="Americas",
    basis="RSS pubDate '{s}' (explicit -0500 offset): 20:10 on Monday 15 December in New York = 01:10 UTC on Tuesday 16 December (midnight crossing); local {d} in {z}"),
  ]))

# ---------------------------------------------------------------- 20233 Skeldergate Bulletin (day 2, text e-mail newsletter)
SEEDS.append(dict(
  id="20233", name="20233_skeldergate-newsletter", ext="txt", source="Skeldergate Bulletin", zone="Europe/Kyiv", render=r_newsletter,
  title="Ukraine Evening Briefing", subject="Ukraine Evening Briefing: L\u2019viv counts its dead; Japan's $2bn for the grid",
  sent="2031-12-16 19:30", byline="Mirela Dunca",
  intro="Good evening. Western Ukraine was the target last night, and the east buried its dead today. Here is what you need to know.",
  reading=["How Ukraine's repair crews work through the night (8 min read)", "The long road of Kryvyi Rih's steel (12 min read)"],
  basis="no per-section stamp; the newsletter's send line 'Tuesday 16 December 2031, 19:30 Kyiv time' (and the mail Date header, +0200) dates every section; local {d} in {z}",
  notes="Invented outlet. Plain-text rendering of an evening e-mail newsletter: mail headers (From, Subject, Date with +0200), 'View in browser', title block with the send time 'Tuesday 16 December 2031, 19:30 Kyiv time' and 'By Mirela Dunca', an intro paragraph (lede, not an entry), then four sections under headings: one entry each (headline = heading, stamp null, published = the send time, author = the newsletter byline). Spells the city 'L\u2019viv' (typographic apostrophe). 20233-02 continues day 1's Kryvyi Rih story (funerals, toll 13).",
  not_entries=["mail headers From / Subject / Date", "'View in browser'", "title block: 'SKELDERGATE BULLETIN', 'Ukraine Evening Briefing', send line and 'By Mirela Dunca'",
               "intro paragraph 'Good evening. ...' (lede)", "'What we're reading' and its two links", "'Forwarded this email? Sign up here.'", "unsubscribe footer"],
  entries=[
  E("2031-12-16 19:30", "L\u2019viv counts its dead after night strike",
    ["Five people were killed when Russian missiles hit a heating plant and an apartment block in L\u2019viv before dawn, the city authorities said this afternoon. It was the deadliest attack on the western city this year.",
     "Around 90,000 households were left without heating as night temperatures fell to minus eight."],
    "strikes", "strikes", 3, LV, a="Mirela Dunca", n="toll 5 dead (spelled L\u2019viv)"),
  E("2031-12-16 19:30", "Kryvyi Rih buries its first victims",
    ["Funerals for the first of the 13 people killed in Monday's strike on Kryvyi Rih took place on Tuesday, the city's day of mourning.",
     "Two of the injured remain in intensive care."],
    "strikes", "strikes", 3, KR, a="Mirela Dunca", n="continuation of day 1's Kryvyi Rih strike (funerals); same story slug as day 1"),
  E("2031-12-16 19:30", "Japan's $2bn for the grid",
    ["Tokyo announced $2 billion over two years for Ukraine's energy system, the largest single Japanese pledge since the full-scale invasion began."],
    "aid", "aid", 3, JPN, a="Mirela Dunca"),
  E("2031-12-16 19:30", "Belarus orders snap readiness check near the border",
    ["Belarus's defence ministry ordered a snap combat-readiness check for two brigades stationed near the Ukrainian border, calling it a routine exercise.",
     "Ukraine's border guard service said it saw no sign of troops massing."],
    "other", "security", 2, "belarus-snap-readiness-check-2031-12-16", a="Mirela Dunca"),
  ]))


def r_atom_escaped(S):
    """Atom 1.0 world feed, newest first; <published> in UTC with 'Z'; optional author; <summary> = first paragraph (plain text) and
    <content type="html"> = escaped HTML of the full text."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f'<title type="text">{esc(S["title"])}</title>',
           f'<subtitle type="text">{esc(S["lede"])}</subtitle>', f'<link rel="alternate" type="text/html" href="{S["url"]}/world"/>',
           f'<link rel="self" type="application/atom+xml" href="{S["url"]}/world/atom.xml"/>', f'<id>{S["url"]}/world/atom.xml</id>',
           f'<updated>{iso(dt(S["entries"][0]["t"], z))}</updated>', f'<rights>\u00a9 2031 {esc(S["source"])}</rights>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        link = f'{S["url"]}/world/{d:%Y%m%d}-{slugify(e["h"])[:48]}'
        out += ['<entry>', f'<title type="text">{esc(e["h"])}</title>', f'<link rel="alternate" type="text/html" href="{link}"/>',
                f'<id>{link}</id>',
                f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        out.append(f'<summary type="text">{esc(e["p"][0])}</summary>')
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_graphlive_gmt(S):
    """HTML live blog, oldest first; JSON-LD @graph (Organization, WebPage, LiveBlogPosting) with per-update datePublished;
    visible '10:40 GMT' in <time datetime>; h2 headline; 'Posted by NAME' under the body; a video teaser shows only a player."""
    z = S["zone"]; order_check(S, False)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    base = S["url"].split("/live")[0]
    ups = []
    for i, e in enumerate(S["entries"]):
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#update-{i + 1}", "headline": e["h"], "datePublished": dt(e["t"], z).isoformat()}
        if e["p"]:
            u["articleBody"] = " ".join(e["p"])
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsMediaOrganization", "@id": base + "/#org", "name": S["source"], "url": base + "/"},
        {"@type": "WebPage", "@id": S["url"], "url": S["url"], "name": S["title"], "isPartOf": {"@id": base + "/#site"}},
        {"@type": "LiveBlogPosting", "@id": S["url"] + "#liveblog", "mainEntityOfPage": {"@id": S["url"]}, "headline": S["title"],
         "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
         "publisher": {"@id": base + "/#org"}, "liveBlogUpdate": ups}]}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header><a class="brand" href="/">{S["source"]}</a><nav><a>News</a> <a>Scotland</a> <a>UK</a> <a>World</a> <a>Business</a> <a>Sport</a></nav></header>',
           f'<main><span class="live-badge">Live</span><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>',
           f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} {d.tzname()}"; stamps.append(st)
        out.append(f'<div class="update" id="update-{i + 1}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]] if e["p"] else ['<div class="video-player" data-duration="1:05">Play video</div>']
        if e["a"]:
            out.append(f'<p class="posted-by">Posted by {esc(e["a"])}</p>')
        out.append('</div>')
        if i == 3:
            out.append('<div class="promo">Sign up for our daily headlines email</div>')
    out += ['<p class="end">This live page has now ended.</p></main>', f'<footer>{S["source"]} \u00b7 Contact us \u00b7 Privacy \u00b7 Terms</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_keyevents(S):
    """text scrape of a daily 'key events' list article: title, lede, 'Published DD Month YYYY, HH:MM GMT', desk byline, section
    headings with one-paragraph items (each item is an entry without headline or per-item stamp)."""
    z = S["zone"]; d = dt(S["published"], z)
    L = [S["source"], "News   Russia-Ukraine war   Europe   World   Explainers", "", S["title"], "", S["lede"], "",
         f"Published {d.day} {MONTHS[d.month - 1]} {d.year}, {d:%H:%M} {d.tzname()}", f"By {S['byline']}", "", "Save   Share", ""]
    for sec, items in S["sections"]:
        L += [sec, ""]
        for e in items:
            assert e["t"] == S["published"]
            L += ptxt(e["p"])
    L += ["Read yesterday's key events", "", f"{S['source']}  \u00b7  About  \u00b7  Contact  \u00b7  Privacy"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_wire_rss(S):
    """news-agency RSS 2.0, newest first; pubDate with +0100; dc:creator; description = full text as <p> paragraphs followed by a
    '(Reporting by ...; Editing by ...)' credit paragraph."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>',
           '<language>en</language>', '<copyright>All rights reserved. Subscribers only may republish.</copyright>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        link = f'{S["url"]}/wire/{d:%Y%m%d}/{e["code"]}'
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="false">{e["code"]}</guid>', f'<pubDate>{st}</pubDate>',
                f'<dc:creator>{esc(e["a"])}</dc:creator>', f'<category>{e["cat"]}</category>',
                '<description>' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"]) + f"<p>{esc(e['credit'])}</p>") + '</description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


# Day 3 = Friday 2031-12-19
CH = "chernihiv-missile-strike-2031-12-19"
GEN = "geneva-energy-strike-talks-2031-12-19"

# ---------------------------------------------------------------- 20240 Yewcroft Signal (day 3, Atom world feed, UTC)
SEEDS.append(dict(
  id="20240", name="20240_yewcroft-worldatom", ext="xml", source="Yewcroft Signal", zone="UTC", render=r_atom_escaped,
  title="Yewcroft Signal: World", url="https://yewcroftsignal.example",
  lede="The day's world news, updated around the clock.",
  basis="Atom <published> '{s}' (UTC, 'Z'); local {d} in {z}",
  notes="Invented outlet. General world Atom feed, newest first, war a minority (2 of 6 entries). <published> in UTC ('Z'); author on most entries; each entry has a plain-text <summary> (its first paragraph) and the full text as escaped HTML in <content type=\"html\">. Spells the city 'Chernigov' (toll 10).",
  not_entries=["feed title, subtitle, links, id, updated and rights", "each entry's <summary> (a copy of the first paragraph of its content)"],
  entries=[
  OFF("2031-12-19 21:30", "Snowstorm grounds flights across northern Italy",
    ["Heavy snow closed Milan's Malpensa and Linate airports for most of Friday and stranded thousands of travellers at the start of the Christmas holidays, the airport operator said.",
     "Trains between Milan and Turin ran with long delays."],
    "northern-italy-snowstorm-2031-12-19", a="Paola Ricci", n="weather"),
  E("2031-12-19 19:30", "Chernigov strike: death toll reaches ten",
    ["Ten people have now died after a Russian ballistic missile hit the centre of Chernigov, the northern Ukrainian city's military administration said on Friday evening.",
     "More than 40 people were injured, and a student hostel and a shopping centre were badly damaged."],
    "strikes", "strikes", 3, CH, a="Niamh Corrigan", n="toll 10 dead (spelled Chernigov)"),
  E("2031-12-19 15:00", "Ukraine and Russia open Geneva talks on halting energy strikes",
    ["Ukrainian and Russian delegations began talks in Geneva on Friday on a possible moratorium on attacks against power plants and other energy facilities, with American and Swiss officials mediating.",
     "Neither delegation spoke to reporters as they arrived."],
    "diplomacy", "diplomacy", 3, GEN, a="Niamh Corrigan"),
  OFF("2031-12-19 12:20", "Bushfire forces evacuation of Blue Mountains towns",
    ["Thousands of residents of towns in the Blue Mountains west of Sydney were told to leave their homes on Friday as a bushfire fanned by hot winds jumped containment lines."],
    "blue-mountains-bushfire-2031-12-19", n="wildfire"),
  OFF("2031-12-19 08:10", "Indonesia's new capital opens its airport to commercial flights",
    ["The first commercial flight landed at the airport serving Nusantara, Indonesia's new capital on Borneo, on Friday, more than two years behind the original schedule."],
    "nusantara-airport-opening-2031-12-19", a="Dewi Kusnadi", n="infrastructure"),
  OFF("2031-12-19 03:30", "Japanese carmaker recalls 1.2 million vehicles over airbag fault",
    ["One of Japan's largest carmakers is recalling 1.2 million vehicles worldwide because a faulty sensor can stop front airbags from deploying, the company said on Friday."],
    "japan-airbag-recall-2031-12-19", a="Haruto Ishii", n="business"),
  ]))

# ---------------------------------------------------------------- 20241 Colliebank Courier (day 3, HTML live with @graph, GMT, oldest first)
SEEDS.append(dict(
  id="20241", name="20241_colliebank-graphlive", ext="html", source="Colliebank Courier", zone="Europe/London", render=r_graphlive_gmt,
  title="Chernihiv missile strike: live updates", url="https://colliebankcourier.example/live/chernihiv-strike-2031-12-19",
  dateline="Friday 19 December 2031",
  lede="A Russian ballistic missile has hit the centre of Chernihiv in northern Ukraine. Follow the latest here.",
  basis="visible stamp '{s}' (24-hour clock with GMT; UK time in December = UTC) under the dateline 'Friday 19 December 2031'; the update's JSON-LD datePublished agrees; local {d} in {z}",
  notes="Invented outlet. HTML live blog, oldest first. JSON-LD @graph (NewsMediaOrganization, WebPage, LiveBlogPosting) whose liveBlogUpdate items carry their own datePublished, matching the visible '10:40 GMT' in <time datetime>. Each update: stamp, h2 headline, paragraphs, 'Posted by NAME'. 20241-05 is a 'Video:' teaser with only a player placeholder (no author). 20241-06 repeats 20241-03 almost word for word 70 minutes later, with the stale toll of three (duplicate_of 20241-03). Toll here: 3 -> 5 -> 8. The first update (shelling of Semenivka) is in the same region as Chernihiv but a separate event.",
  not_entries=["masthead and navigation", "'Live' badge", "h1 page title", "dateline 'Friday 19 December 2031'", "standfirst (page lede)",
               "'Posted by NAME' lines", "video player placeholder 'Play video'", "newsletter promo after the fourth update", "closing line 'This live page has now ended.'", "footer"],
  entries=[
  E("2031-12-19 08:15", "Shelling injures woman in Chernihiv border village",
    ["A 58-year-old woman was injured when Russian artillery shelled the village of Semenivka in the Chernihiv region near the Russian border overnight, the regional administration said."],
    "strikes", "strikes", 2, "semenivka-shelling-2031-12-19", a="Fiona Gallacher",
    n="same region as the Chernihiv city strike, other event (overnight shelling of a border village): must not merge"),
  E("2031-12-19 09:55", "Explosions in Chernihiv",
    ["Ukrainian media are reporting explosions in the northern city of Chernihiv, minutes after the air force warned of ballistic missiles launched from Russia's Bryansk region."],
    "strikes", "strikes", 3, CH, a="Fiona Gallacher"),
  E("2031-12-19 10:40", "Three killed in Chernihiv missile strike",
    ["At least three people have been killed and 18 injured in a Russian missile strike on Chernihiv, the head of the city's military administration, Dmytro Bryzhynskyi, said.",
     "He said the missile hit close to a student hostel in the city centre."],
    "strikes", "strikes", 3, CH, a="Fiona Gallacher", n="toll 3 dead"),
  E("2031-12-19 12:10", "Chernihiv: five dead, 31 injured",
    ["The death toll in Chernihiv has risen to five, with 31 people injured, according to Ukraine's emergency service, which is still searching the rubble of the hostel."],
    "strikes", "strikes", 3, CH, a="Alasdair Munro", n="toll 5 dead"),
  E("2031-12-19 13:30", "Video: Chernihiv residents clear debris from their homes", [],
    "strikes", "strikes", 1, CH, n="video teaser without body"),
  E("2031-12-19 14:50", "Three killed in Chernihiv missile strike",
    ["At least three people have been killed and 18 injured in a Russian missile strike on Chernihiv, the head of the city's military administration, Dmytro Bryzhynskyi, said.",
     "He said the missile struck close to a student hostel in the city centre."],
    "strikes", "strikes", 1, CH, a="Fiona Gallacher", dup="20241-03", n="near-verbatim repeat of 20241-03 with its stale toll (one word changed)"),
  E("2031-12-19 17:20", "Chernihiv toll rises to eight",
    ["Eight people are now known to have been killed in Friday's missile strike on Chernihiv, regional governor Viacheslav Chaus said.",
     "Among the dead are two students of the city's polytechnic university."],
    "strikes", "strikes", 3, CH, a="Alasdair Munro", n="toll 8 dead"),
  ]))

# ---------------------------------------------------------------- 20242 Tewinbury Post (day 3, text 'key events' list)
KE_T = "2031-12-19 21:40"
KE_SECTIONS = [
  ("Fighting", [
    E(KE_T, None, ["At least 10 people were killed and more than 40 injured when a Russian ballistic missile hit the centre of Chernihiv in northern Ukraine, local officials said. Among the dead were two students."],
      "strikes", "strikes", 3, CH, a="Tewinbury Post staff", n="toll at least 10 dead"),
    E(KE_T, None, ["Russia's Defence Ministry said its air defences destroyed 48 Ukrainian drones overnight over the Bryansk, Kursk and Belgorod regions."],
      "strikes", "strikes", 2, "ukrainian-drones-over-russia-2031-12-19", a="Tewinbury Post staff"),
    E(KE_T, None, ["Ukraine's General Staff said its forces had repelled 22 Russian assaults near Kostiantynivka in the Donetsk region over the past day."],
      "other", "frontline", 2, "kostiantynivka-assaults-repelled-2031-12-19", a="Tewinbury Post staff"),
  ]),
  ("Politics and diplomacy", [
    E(KE_T, None, ["Ukrainian and Russian negotiators met in Geneva for their first direct talks in two months on a possible ban on strikes against energy infrastructure. Swiss and American officials are mediating."],
      "diplomacy", "diplomacy", 3, GEN, a="Tewinbury Post staff"),
    E(KE_T, None, ["Slovakia's prime minister said his government would not contribute to a new EU loan for Ukraine but would not block it either."],
      "diplomacy", "diplomacy", 2, "slovakia-eu-loan-position-2031-12-19", a="Tewinbury Post staff",
      n="same diplomacy theme as the Geneva talks, other event: must not merge"),
  ]),
  ("Military aid", [
    E(KE_T, None, ["Spain said it would send Ukraine a further \u20ac420 million in military aid next year, including two more Hawk air defence batteries."],
      "aid", "aid", 3, "spain-military-aid-2032-2031-12-19", a="Tewinbury Post staff"),
    E(KE_T, None, ["Latvia said it had shipped its 5,000th interceptor drone built under licence from a Ukrainian design."],
      "aid", "aid", 2, "latvia-interceptor-drones-2031-12-19", a="Tewinbury Post staff",
      n="same aid theme as Spain's package, other event: must not merge"),
  ]),
]
SEEDS.append(dict(
  id="20242", name="20242_tewinbury-keyevents", ext="txt", source="Tewinbury Post", zone="Europe/London", render=r_keyevents,
  title="Russia-Ukraine war: Key events, day 3,586", published=KE_T, byline="Tewinbury Post staff",
  lede="Here are the main developments on day 3,586 of Russia's full-scale invasion of Ukraine.",
  sections=KE_SECTIONS, entries=[e for _, items in KE_SECTIONS for e in items],
  basis="no per-item stamp; the article's line 'Published 19 December 2031, 21:40 GMT' dates every item; local {d} in {z}",
  notes="Invented outlet. Text scrape of a daily 'key events' list (day 3,586 of the full-scale invasion = 19 December 2031). Title, lede, 'Published 19 December 2031, 21:40 GMT', desk byline 'By Tewinbury Post staff', then three section headings (Fighting; Politics and diplomacy; Military aid) with one-paragraph items whose list bullets were lost in the copy. Convention: each item is one entry with headline null, stamp null, published = the article's time, author = the desk byline as printed; the section headings are structure, not entries. The Chernihiv toll here is the day's last (at least 10).",
  not_entries=["masthead and navigation", "title 'Russia-Ukraine war: Key events, day 3,586'", "lede 'Here are the main developments ...'", "'Published 19 December 2031, 21:40 GMT'",
               "byline 'By Tewinbury Post staff'", "'Save   Share'", "section headings 'Fighting', 'Politics and diplomacy', 'Military aid'",
               "'Read yesterday's key events' link", "footer line"],
))

# ---------------------------------------------------------------- 20243 Pitlochan Press Agency (day 3, news-agency RSS, Warsaw offset)
SEEDS.append(dict(
  id="20243", name="20243_pitlochan-wirerss", ext="xml", source="Pitlochan Press Agency", zone="Europe/Warsaw", render=r_wire_rss,
  title="Pitlochan Press Agency - Europe wire", url="https://pitlochan.example",
  lede="English-language wire service of the Pitlochan Press Agency: Central and Eastern Europe.",
  basis="RSS pubDate '{s}' (explicit +0100 offset, CET); local {d} in {z}",
  notes="Invented outlet. News-agency RSS 2.0, newest first; pubDate with +0100; dc:creator; the description is escaped HTML: the story's paragraphs followed by a '(Reporting by ...; Editing by ...)' credit paragraph, which is not body text (not counted in body_paragraphs). Wire-style headlines with ' - ' attributions and an 'ANALYSIS-' slug. 20243-02 is a theme piece (analysis of earlier energy truces) that mentions the Geneva talks but is its own story.",
  not_entries=["channel title, link, description, language and copyright", "guid codes and category labels", "'(Reporting by ...; Editing by ...)' credit paragraph at the end of each description"],
  entries=[
  E("2031-12-19 21:05", "Russian missile strike on Ukraine's Chernihiv kills 10, governor says",
    ["A Russian ballistic missile struck the centre of the northern Ukrainian city of Chernihiv on Friday, killing 10 people and injuring 43, regional governor Viacheslav Chaus said in the evening.",
     "The missile hit a student hostel and the car park of a shopping centre. Russia's Defence Ministry said it had struck a \"command point\" of the Ukrainian armed forces in the city."],
    "strikes", "strikes", 3, CH, a="Marta Zielinska", code="PPA-UKR-2031-1219-0417", cat="Ukraine",
    credit="(Reporting by Marta Zielinska; Editing by Hugh Tallis)", n="toll 10 dead"),
  E("2031-12-19 18:20", "ANALYSIS-Why a truce on energy strikes has collapsed twice before",
    ["The moratorium on energy strikes that Ukrainian and Russian negotiators began discussing in Geneva on Friday would be the third such arrangement of the war, and neither of the first two lasted more than a few weeks.",
     "Both earlier truces collapsed over what counted as energy infrastructure: Kyiv said oil refineries were fair game, while Moscow argued that fuel depots serving its army were not covered.",
     "Diplomats involved in the Geneva talks say a written list of protected sites, checked by a third party, is the only way to avoid a repeat."],
    "diplomacy", "diplomacy", 2, "analysis-energy-truce-history", a="Tomasz Wrobel", code="PPA-UKR-2031-1219-0388", cat="Ukraine",
    credit="(Reporting by Tomasz Wrobel; Editing by Hugh Tallis)",
    n="theme piece (analysis of earlier energy truces); mentions the Geneva talks but must not merge with them"),
  E("2031-12-19 16:45", "Ukraine, Russia end first day of Geneva energy talks without agreement - mediators",
    ["Ukrainian and Russian delegations ended a first day of talks in Geneva on Friday without agreeing on a moratorium on strikes on energy facilities, but will meet again on Saturday, a Swiss foreign ministry spokesperson said."],
    "diplomacy", "diplomacy", 3, GEN, a="Marta Zielinska", code="PPA-UKR-2031-1219-0361", cat="Ukraine",
    credit="(Reporting by Marta Zielinska; Editing by Hugh Tallis)"),
  E("2031-12-19 13:10", "Poland to expel Russian consul over rail sabotage case",
    ["Poland will expel Russia's consul in Gdansk after prosecutors linked a member of the consulate's staff to a plan to derail a freight train carrying aid to Ukraine, the foreign ministry said."],
    "diplomacy", "diplomacy", 2, "poland-expels-russian-consul-2031-12-19", a="Tomasz Wrobel", code="PPA-POL-2031-1219-0302", cat="Poland",
    credit="(Reporting by Tomasz Wrobel; Editing by Hugh Tallis)"),
  E("2031-12-19 09:30", "EU court upholds sanctions on Russian fertiliser magnate",
    ["The EU's General Court on Friday dismissed a challenge by a Russian fertiliser tycoon to his place on the bloc's sanctions list, ruling that his companies were a significant source of revenue for the Russian state."],
    "diplomacy", "diplomacy", 2, "eu-court-upholds-fertiliser-sanctions-2031-12-19", a="Hugh Tallis", code="PPA-EU-2031-1219-0244", cat="EU",
    credit="(Reporting by Hugh Tallis; Editing by Marta Zielinska)"),
  ]))


if __name__ == "__main__":
    main()

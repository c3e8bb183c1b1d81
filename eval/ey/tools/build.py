#!/usr/bin/env python3
"""Builds the eval/ey seed pages and their gold files from one hand-written data table (further below).
Every headline and paragraph is the blind tester's own wording (invented or paraphrased, no copied sentences);
Part A imitates the page layouts of ten real outlets from memory, Part B outlets are invented. Deterministic.
Run from the project root:  python3 eval/ey/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DB_MONTHS = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sep.", "Oct.", "Nov.", "Dec."]
DE_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]
IT_MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DAYS_DE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
DAYS_IT = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
ABBREV = ("U.S.", "U.N.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.", "z.B.", "u.a.", "bzw.", "sig.", "dott.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=""):
    """one entry: t = local time 'YYYY-MM-DD HH:MM' in the page zone, h = headline or None, p = body paragraphs."""
    return dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)


def OFF(t, h, p, st, a=None, n=""):
    """an off-beat wire item (not about the war)."""
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n)


def first_sentence(par):
    for m in re.finditer(r'[.!?]["\'\u201d\u2019\u00bb]?(?=\s+[A-Z0-9"\u201c\u2018\u00ab\u00c0-\u00dd]|$)', par):
        head = par[:m.end()]
        nxt = par[m.end():].split()[:1]
        ordinal = re.search(r"\b\d{1,2}\.$", head) and nxt and nxt[0].rstrip(",") in DE_MONTHS
        if m.end() < len(par) and (head.endswith(ABBREV) or ordinal):
            continue
        return head
    return par


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def ampm(d, sep=":", space="", upper=False, dots=False):
    hh = d.hour % 12 or 12
    suf = ("a.m." if d.hour < 12 else "p.m.") if dots else ("am" if d.hour < 12 else "pm")
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


def rfc822(d):
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + d.strftime("%z")


def slugify(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower().replace("\u2019", "")).strip("-")[:70]


SEEDS = []


def main():
    for sub in ("seeds", "gold"):
        os.makedirs(os.path.join(ROOT, sub), exist_ok=True)
        for f in os.listdir(os.path.join(ROOT, sub)):
            os.remove(os.path.join(ROOT, sub, f))
    total = 0
    for S in SEEDS:
        text, stamps = S["render"](S)
        assert len(stamps) == len(S["entries"]), S["id"]
        fn = f"{S['name']}.{S['ext']}"
        with open(os.path.join(ROOT, "seeds", fn), "w", encoding="utf-8") as fh:
            fh.write(text)
        ents = []
        for i, e in enumerate(S["entries"]):
            d = dt(e["t"], S["zone"]); u = d.astimezone(UTC)
            basis = S["basis_none"] if stamps[i] is None else S["basis"]
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                         "published_basis": basis.format(s=stamps[i], d=d.strftime("%Y-%m-%d %H:%M"), z=S["zone"]),
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
        print(f"{fn:42s} {len(ents):2d} entries  UTC {sorted({x['published'][:10] for x in ents})}")
    print(f"{len(SEEDS)} seeds, {total} entries")


# ================================================================ PART A: ten real outlets' layouts (own words)

# ---------------------------------------------------------------- 15600 The Atlantic (Atom feed)
def r_atlantic(S):
    """The Atlantic's section feed is Atom: <title type="html">, <content type="html"> (escaped HTML paragraphs),
    <published>/<updated> with the -05:00 offset, <author><name>/<uri>. Newest first."""
    z = S["zone"]; order_check(S, True)
    newest = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/" xml:lang="en-us">',
           f'  <title>{esc(S["title"])}</title>',
           '  <subtitle>Coverage of global politics, conflict, and culture from The Atlantic.</subtitle>',
           '  <link href="https://www.theatlantic.com/world/" rel="alternate"/>',
           '  <link href="https://www.theatlantic.com/feed/channel/international/" rel="self"/>',
           '  <id>https://www.theatlantic.com/world/</id>',
           f'  <updated>{newest.isoformat()}</updated>',
           '  <rights>Copyright 2028 by The Atlantic Monthly Group. All Rights Reserved.</rights>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat(); stamps.append(st)
        upd = (d + timedelta(minutes=12 + 7 * i)).isoformat()
        url = f"https://www.theatlantic.com/{e.get('sect', 'international')}/archive/2028/02/{slugify(e['h'])}/{681460 - 17 * i}/"
        body = "".join(f"<p>{esc(p)}</p>" for p in e["p"])
        auth = e["a"]
        out += ['  <entry>',
                f'    <title type="html">{esc(e["h"])}</title>',
                f'    <link href="{url}" rel="alternate"/>',
                f'    <id>{url}</id>',
                f'    <content type="html">{esc(body)}</content>',
                f'    <published>{st}</published>',
                f'    <updated>{upd}</updated>',
                f'    <author><name>{esc(auth)}</name><uri>https://www.theatlantic.com/author/{slugify(auth)}/</uri></author>',
                f'    <media:content url="https://cdn.theatlantic.com/thumbor/{9911 + i}/media/img/mt/2028/02/lead_{i}/original.jpg" medium="image"/>',
                '  </entry>']
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="15600", name="15600_theatlantic-globalatom", ext="xml", source="The Atlantic", zone="America/New_York", render=r_atlantic,
  title="Global | The Atlantic",
  basis="Atom <published> '{s}' (explicit -05:00 offset, EST); local {d} in {z}",
  basis_none="",
  notes="Imitates The Atlantic's Global section Atom feed. Newest first. Each <entry>: title (type html), alternate link, id, <content type=\"html\"> with the opening paragraphs as escaped <p> HTML, <published> and a later <updated> (both -05:00), author name + uri, media:content image (no caption). published is <published>, not <updated>. Long-form analysis and essays, so most war entries are importance 2; the Kyiv energy strike (four dead) is 3. Two essays are not about the war (US primary calendar, Taiwan's budget): other/unrelated. In UTC all seven entries fall on 2028-02-01 (12:00-23:10Z).",
  not_entries=["feed <title>, <subtitle>, links, <id>, <updated> and <rights> (feed-level metadata)", "each entry's <updated> time (a later edit, not the publication time)",
               "<media:content> image links", "author <uri> links"],
  entries=[
  E("2028-02-01 18:10", "Kyiv\u2019s Longest Night of the Winter",
    ["Russian missiles and drones hit Kyiv\u2019s power network before dawn on Tuesday, killing four people and cutting heat to hundreds of thousands of homes as the temperature fell to minus 14 degrees Celsius.",
     "City officials said two of the dead were found in a high-rise in the Darnytskyi district, where a drone struck the ninth floor. By evening, repair crews had restored power to about half of the affected buildings, but the heating plants that serve the left bank of the Dnipro River were still idle.",
     "The attack was the fourth large strike on the capital\u2019s energy system since New Year\u2019s Day, and it came as negotiators from both countries prepared for another round of talks in Geneva."],
    "strikes", "strikes", 3, "kyiv-energy-strike-2028-02-01", a="Marguerite Olander", n="deadly strike (four dead), reported in an essay-style piece"),
  E("2028-02-01 16:50", "The Sanctions Loophole Nobody Wants to Close",
    ["Two years after Western governments promised to choke off Russia\u2019s shadow fleet, aging tankers with murky owners are still carrying Russian crude past the coasts of Denmark and Finland every week.",
     "European officials say a new round of listings is coming. But shipping analysts told me that each time a vessel is named, another is reflagged, renamed, and sent back to sea within weeks."],
    "diplomacy", "diplomacy", 2, "shadow-fleet-sanctions-analysis-2028-02", a="Theo Brandvold", n="analysis of sanctions enforcement, no single event"),
  OFF("2028-02-01 15:45", "The Primary Calendar Is Eating Itself",
    ["Neither party meant to create a February in which four states vote within nine days, but that is what the 2028 calendar now looks like.",
     "State officials say the crowding will strain poll workers and leave candidates with almost no time to recover from a bad night."],
    "us-primary-calendar-2028", a="Hannah Wexby", n="US election calendar"),
  E("2028-02-01 13:20", "Europe\u2019s Shell Factories Are Finally Catching Up",
    ["For most of the war, Ukraine\u2019s gunners counted every round. That arithmetic is starting to change.",
     "Plants in Germany, the Czech Republic, and Finland now turn out more 155-millimeter shells in a month than the European Union produced in all of 2022, according to figures the European Commission released on Monday. Much of that output has already been promised to Kyiv."],
    "aid", "aid", 2, "european-shell-production-2028-02", a="Anika Sorensen-Hale", n="analysis of ammunition supply"),
  E("2028-02-01 11:05", "What Putin Wants Out of Geneva",
    ["The Kremlin\u2019s negotiators will arrive in Geneva this week with a familiar list of demands and, by most accounts, little reason to hurry.",
     "Russian officials have said publicly that any agreement must recognize Moscow\u2019s claims to four Ukrainian regions and rule out Western troops on Ukrainian soil. Privately, according to two European diplomats, they have also asked for a timetable for lifting sanctions on Russian banks."],
    "diplomacy", "diplomacy", 2, "geneva-talks-russian-demands-analysis-2028-02", a="Desmond Arkwright", n="analysis ahead of talks"),
  OFF("2028-02-01 09:30", "Taipei\u2019s Quiet Panic",
    ["Taiwan\u2019s new defense budget passed its legislature last week by a margin of a single vote, and officials in Taipei are still arguing about what that means.",
     "Some see a warning that the island\u2019s consensus on deterrence is fraying; others see ordinary election-year theater."],
    "taiwan-defense-budget-2028", a="Lior Castellan", n="Taiwan politics"),
  E("2028-02-01 07:00", "The Soldiers Ukraine Can\u2019t Replace",
    ["Ukraine\u2019s army is older than it has ever been.",
     "The average age of an infantryman in some brigades is now above 45, according to a parliamentary report published last month, and commanders say the mobilization law passed in 2024 no longer produces enough recruits to rotate exhausted units off the line."],
    "other", "politics", 2, "ukraine-mobilization-age-debate-2028-02", a="Paulo Ferreira-Nunes", n="mobilisation policy essay; first sentence is a one-line paragraph"),
  ]))
# ---------------------------------------------------------------- 15601 The Daily Beast (Cheat Sheet, text scrape)
def r_dailybeast(S):
    """The Daily Beast's Cheat Sheet stream copied from the browser. Each card: KICKER label in capitals, headline,
    author, role, optional 'Updated ...' line, 'Published Feb. 03, 2028 4:45PM EST', body, 'Read it at <wire>'. Newest first."""
    z = S["zone"]; order_check(S, True)
    L = ["Skip to Main Content", "", "The Daily Beast", "Search", "Subscribe", "Log In", "",
         "Cheat Sheet", "Politics", "Media", "Innovation", "U.S. News", "World", "Crime", "Royalist", "Entertainment", "Obsessed", "Scouted", "",
         S["title"], "The day\u2019s biggest stories, all in one place.", "",
         "TRENDING", "1. Inside the Feud Tearing Apart a Hollywood Dynasty", "2. Ex-Governor\u2019s Memoir Takes Aim at Former Allies",
         "3. What to Watch This Weekend", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"Published {DB_MONTHS[d.month - 1]} {d.day:02d}, {d.year} {ampm(d, upper=True)} EST"; stamps.append(st)
        L += [e["kicker"], e["h"], e["a"], e["role"]]
        if e.get("upd"):
            u = dt(e["upd"], z)
            L.append(f"Updated {DB_MONTHS[u.month - 1]} {u.day:02d}, {u.year} {ampm(u, upper=True)} EST")
        L += [st, ""] + ptxt(e["p"]) + [f"Read it at {e['wire']}", ""]
        if i == 2:
            L += ["Sign up for the Daily Beast\u2019s Cheat Sheet newsletter.", "The stories you need to know, delivered to your inbox every morning.",
                  "Email address", "Subscribe", "By clicking \u201cSubscribe,\u201d you agree to have read the Terms of Use and Privacy Policy", "",
                  "Got a tip? Send it to The Daily Beast here.", ""]
    L += ["Load More", "", "About", "Contact", "Tips", "Jobs", "Advertise", "Help", "Privacy", "Code of Ethics & Standards",
          "Diversity", "Terms & Conditions", "Copyright & Trademark", "Sitemap", "Coupons",
          f"\u00a9 {dt(S['entries'][0]['t'], z).year} The Daily Beast Company LLC"]
    return "\n".join(L) + "\n", stamps


def DB(e, kicker, role, wire, upd=None):
    e.update(kicker=kicker, role=role, wire=wire, upd=upd)
    return e


SEEDS.append(dict(
  id="15601", name="15601_dailybeast-cheatsheet", ext="txt", source="The Daily Beast", zone="America/New_York", render=r_dailybeast,
  title="Cheat Sheet",
  basis="card stamp '{s}' (explicit date and 12-hour clock, EST printed); the 'Updated' line above some cards is ignored; local {d} in {z}",
  basis_none="",
  notes="Imitates The Daily Beast's Cheat Sheet stream (text scrape). Newest first. Each card: a capitalised kicker label (not the headline), the headline, author name, author role ('Breaking News Reporter'), for two cards an 'Updated Feb. 03, 2028 ...PM EST' line, then 'Published Feb. 03, 2028 4:45PM EST' (the stamp = publication time), the short body, and a wire credit 'Read it at Reuters' (not body). Two cards are US news not about the war (off-beat). A 'TRENDING' list of three headlines near the top and a newsletter box after the third card are chrome. All times EST (UTC-5); every card falls on 2028-02-03 in UTC (11:05-23:40Z).",
  not_entries=["skip link, masthead, Search / Subscribe / Log In", "section navigation (Cheat Sheet, Politics, Media, ...)",
               "page heading 'Cheat Sheet' and its tagline", "'TRENDING' list with three headlines (links to other stories)",
               "kicker labels in capitals above each headline ('NOT SO FAST', 'HORRIFIC', ...)", "author role lines ('Breaking News Reporter', 'Breaking News Intern')",
               "'Updated ...' lines (edit time, not publication time)", "'Read it at ...' wire credits closing each card",
               "newsletter sign-up box and 'Got a tip?' line after the third card", "'Load More' button", "footer links and copyright"],
  entries=[
  DB(E("2028-02-03 18:40", "Zelensky Snaps Back at Trump\u2019s \u2018Deal by Spring\u2019 Ultimatum",
    ["Ukrainian President Volodymyr Zelensky on Thursday rejected Donald Trump\u2019s demand that Kyiv sign a peace framework \u201cby the first day of spring,\u201d saying Ukraine would not accept a deadline that Russia was not also held to.",
     "Trump told reporters at the White House earlier in the day that both sides had \u201cuntil March\u201d to agree or the U.S. would \u201cwalk away and let Europe handle it.\u201d The Kremlin said it had taken note of the remarks."],
    "diplomacy", "diplomacy", 3, "trump-spring-deadline-zelensky-reply-2028-02-03", a="Rowan Pike", n="head-of-state diplomatic exchange"),
    "NOT SO FAST", "Breaking News Reporter", "Associated Press"),
  DB(E("2028-02-03 16:45", "Russian Drone Hits Kharkiv Maternity Ward, Killing Nurse",
    ["A Russian attack drone crashed into a maternity hospital in Kharkiv on Thursday afternoon, killing a nurse and injuring five other people, the city\u2019s mayor said.",
     "Mayor Ihor Terekhov said newborns and their mothers had been moved to a basement shelter minutes before the impact because of an air raid alert. Photos shared by emergency services showed the top floor of the building on fire."],
    "strikes", "strikes", 3, "kharkiv-maternity-hospital-drone-strike-2028-02-03", a="Mina Okafor", n="deadly strike; card also shows an Updated line (5:10PM) above the Published stamp"),
    "HORRIFIC", "Breaking News Intern", "Reuters", upd="2028-02-03 17:10"),
  DB(E("2028-02-03 14:20", "Pro-War Russian Blogger Who Mocked Generals Found Dead",
    ["A Russian military blogger known for ridiculing the country\u2019s top brass was found dead in his Rostov-on-Don apartment, state media reported Thursday, without giving a cause of death.",
     "The blogger, who had more than 600,000 followers on Telegram, had accused senior officers of hiding battlefield losses in a series of posts last month."],
    "other", "politics", 2, "russian-milblogger-found-dead-2028-02-03", a="Rowan Pike"),
    "MYSTERIOUS", "Breaking News Reporter", "The Moscow Times"),
  DB(OFF("2028-02-03 12:05", "Senate Aide Charged in Straw-Donor Scheme",
    ["A longtime aide to a Midwestern senator was charged Thursday with funneling more than $300,000 in illegal contributions through friends and relatives, federal prosecutors said."],
    "senate-aide-straw-donor-charges-2028-02-03", a="Caleb Ortiz", n="US campaign-finance case"),
    "BUSTED", "Breaking News Reporter", "NBC News"),
  DB(E("2028-02-03 10:30", "Pentagon Quietly Resumes Patriot Shipments to Ukraine",
    ["The Pentagon has restarted deliveries of Patriot interceptor missiles to Ukraine after a three-week pause, two U.S. officials said Thursday.",
     "The shipments were halted in January while the Defense Department reviewed its own stockpiles. One official said the first batch had already crossed into Poland."],
    "aid", "aid", 3, "us-patriot-shipments-resume-2028-02-03", a="Mina Okafor", n="arms deliveries resumed (major arms transfer); card also shows an Updated line (11:02AM)"),
    "BACK ON", "Breaking News Intern", "Reuters", upd="2028-02-03 11:02"),
  DB(OFF("2028-02-03 08:15", "Blizzard Leaves 200,000 Without Power in Upstate New York",
    ["More than 200,000 homes and businesses across upstate New York were without electricity Thursday morning after a storm dumped nearly three feet of snow around Buffalo and Rochester."],
    "upstate-new-york-blizzard-2028-02-03", a="Caleb Ortiz", n="US weather"),
    "SNOWED IN", "Breaking News Reporter", "Associated Press"),
  DB(E("2028-02-03 06:05", "Kyiv Says North Korean Troops Spotted on Zaporizhzhia Front",
    ["Ukraine\u2019s military intelligence agency claimed Thursday that North Korean soldiers have been deployed to the Zaporizhzhia front for the first time, far from the Russian border region where they fought in 2024 and 2025.",
     "The agency said about 1,500 troops had arrived near the occupied town of Tokmak over the past two weeks. Neither Moscow nor Pyongyang commented."],
    "other", "frontline", 2, "north-korean-troops-zaporizhzhia-front-2028-02-03", a="Rowan Pike"),
    "ESCALATION", "Breaking News Reporter", "The Kyiv Independent"),
  ]))


# ---------------------------------------------------------------- 15602 The New European (article with sections, HTML)
def r_tne(S):
    """The New European article page (WordPress + Yoast JSON-LD @graph). Category label, h1, standfirst, byline, a
    printed date and time (no zone), lead image with caption, h2 sections, a READ MORE link, newsletter box, comments."""
    z = S["zone"]; pub = dt(S["published"], z)
    shown = f"{pub.day} {MONTHS[pub.month - 1]} {pub.year}, {ampm(pub)}"
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "@id": S["url"], "url": S["url"], "name": S["title"] + " - The New European",
         "isPartOf": {"@id": "https://www.theneweuropean.co.uk/#website"}, "datePublished": pub.isoformat(), "dateModified": (pub + timedelta(hours=2, minutes=5)).isoformat(),
         "breadcrumb": {"@id": S["url"] + "#breadcrumb"}},
        {"@type": "NewsArticle", "@id": S["url"] + "#article", "headline": S["title"], "isPartOf": {"@id": S["url"]},
         "datePublished": pub.isoformat(), "dateModified": (pub + timedelta(hours=2, minutes=5)).isoformat(),
         "author": {"@id": "https://www.theneweuropean.co.uk/#/schema/person/4f1c2a"}, "articleSection": ["Europe", "Ukraine"],
         "publisher": {"@id": "https://www.theneweuropean.co.uk/#organization"}, "inLanguage": "en-GB"},
        {"@type": "BreadcrumbList", "@id": S["url"] + "#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home", "item": "https://www.theneweuropean.co.uk/"},
            {"@type": "ListItem", "position": 2, "name": "Europe", "item": "https://www.theneweuropean.co.uk/category/europe/"},
            {"@type": "ListItem", "position": 3, "name": S["title"]}]},
        {"@type": "Organization", "@id": "https://www.theneweuropean.co.uk/#organization", "name": "The New European"},
        {"@type": "Person", "@id": "https://www.theneweuropean.co.uk/#/schema/person/4f1c2a", "name": S["byline"]}]}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="UTF-8">', f'<title>{esc(S["title"])} - The New European</title>',
           f'<link rel="canonical" href="{S["url"]}">', '<meta property="og:site_name" content="The New European">',
           '<script type="application/ld+json" class="yoast-schema-graph">' + json.dumps(ld, ensure_ascii=False) + '</script></head>',
           '<body class="post-template-default single single-post">',
           '<header class="site-header"><a class="site-logo" href="/">The New European</a>'
           '<nav class="main-nav"><ul><li><a href="/category/news/">News</a></li><li><a href="/category/politics/">Politics</a></li>'
           '<li><a href="/category/europe/">Europe</a></li><li><a href="/category/culture/">Culture</a></li><li><a href="/category/opinion/">Opinion</a></li>'
           '<li><a href="/podcasts/">Podcasts</a></li><li><a href="/puzzles/">Puzzles</a></li><li><a href="https://shop.theneweuropean.co.uk/">Shop</a></li></ul></nav>'
           '<a class="btn-subscribe" href="/subscribe/">Subscribe</a> <a href="/my-account/">Log in</a></header>',
           '<main id="main"><article class="post">',
           '<div class="post-category"><a href="/category/europe/">Europe</a></div>',
           f'<h1 class="post-title">{esc(S["title"])}</h1>',
           f'<p class="post-standfirst">{esc(S["standfirst"])}</p>',
           f'<div class="post-meta"><span class="byline">By <a href="/author/{slugify(S["byline"])}/">{esc(S["byline"])}</a></span>',
           f'<time class="post-date" datetime="{pub.isoformat()}">{shown}</time></div>',
           f'<figure class="post-image"><img src="https://www.theneweuropean.co.uk/wp-content/uploads/2028/02/lead.jpg" alt=""><figcaption>{esc(S["caption"])}</figcaption></figure>',
           '<div class="post-content">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        assert e["t"] == S["published"]
        stamps.append(None)
        out.append(f'<h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e.get("readmore"):
            out.append(f'<p class="read-more"><strong>READ MORE:</strong> <a href="/news/{slugify(e["readmore"])}/">{esc(e["readmore"])}</a></p>')
        if i == 2:
            out.append('<div class="newsletter-signup"><h3>Sign up to The New European newsletter</h3><p>Our weekly round-up of the best of The New European, straight to your inbox.</p>'
                       '<input type="email" placeholder="Your email"><button>Sign up</button></div>')
    out += ['</div>', '<div class="post-tags">Tags: <a href="/tag/ukraine/">Ukraine</a> <a href="/tag/russia/">Russia</a> <a href="/tag/germany/">Germany</a></div>',
            '<section class="comments"><h3>Comments (23)</h3><p>Join the conversation. Subscribers can comment on this article.</p></section>',
            '</article>',
            '<aside class="related"><h3>More from The New European</h3><ul><li><a href="/culture/">The strange revival of the Rhine cruise</a></li>'
            '<li><a href="/politics/">Is the Lib Dem surge running out of road?</a></li></ul></aside></main>',
            '<footer class="site-footer"><p>The New European is published by Bonnier News.</p><a href="/privacy/">Privacy</a> <a href="/terms/">Terms</a> '
            '<a href="/contact/">Contact</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


TNE_T = "2028-02-05 07:30"
SEEDS.append(dict(
  id="15602", name="15602_theneweuropean-sections", ext="html", source="The New European", zone="Europe/London", render=r_tne,
  title="Ukraine this week: glide bombs, German money and a stalled summit",
  url="https://www.theneweuropean.co.uk/ukraine-this-week-glide-bombs-german-money-stalled-summit/",
  published=TNE_T, byline="Oriel Braithwaite",
  standfirst="The war\u2019s fourth winter grinds on, with Europe paying more and talking less.",
  caption="Rescuers at the scene of a glide-bomb strike in Zaporizhzhia. Photo: Getty Images",
  basis="",
  basis_none="article with sections, no per-section time: the article's printed date line '5 February 2028, 7:30am' (no zone printed; UK home zone, GMT in February = UTC; the JSON-LD datePublished agrees, +00:00); local {d} in {z}",
  notes="Imitates a The New European article page (WordPress, Yoast @graph JSON-LD with WebPage, NewsArticle, BreadcrumbList, Organization, Person; no LiveBlogPosting). A weekly-style round-up in five h2 sections; each section is one entry (headline = section heading, stamp null, published = the article time printed under the byline, author = the byline). The events themselves are of 2-4 February; the entries are dated by the article (5 Feb 07:30 GMT). A 'READ MORE:' link inside section 2 is a related link, not body. Times are printed without a zone: Europe/London (GMT).",
  not_entries=["site header, logo, navigation (News, Politics, Europe, Culture, ...), Subscribe / Log in", "category label 'Europe'",
               "article title h1 (page title)", "standfirst 'The war\u2019s fourth winter grinds on ...'", "byline 'By Oriel Braithwaite' and the date line",
               "lead image caption with photo credit", "'READ MORE:' related link inside section 2", "newsletter sign-up box after section 3",
               "tags line", "'Comments (23)' block", "'More from The New European' related links", "footer"],
  entries=[
  E(TNE_T, "A city under glide bombs",
    ["Russian aircraft dropped at least a dozen guided bombs on Zaporizhzhia on Thursday night, killing three people in a residential block and setting fire to a bakery that supplied half the city\u2019s schools.",
     "The regional governor, Ivan Fedorov, said the bombs were released from jets flying over occupied territory to the south, beyond the reach of the city\u2019s air defences."],
    "strikes", "strikes", 3, "zaporizhzhia-glide-bomb-strike-2028-02-03", a="Oriel Braithwaite", n="deadly strike of Thursday night (3 Feb)"),
  dict(E(TNE_T, "Berlin reaches for its chequebook",
    ["Germany will spend \u20ac4bn over two years helping Ukrainian firms build long-range drones and missiles on Ukrainian soil, the defence minister, Boris Pistorius, announced in Berlin on Friday.",
     "It is the largest single German commitment of the war so far, and it comes as Washington presses Europe to carry more of the cost of keeping Ukraine in the fight."],
    "aid", "aid", 3, "germany-long-range-production-funding-2028-02-04", a="Oriel Braithwaite", n="major aid package"),
    readmore="Why Germany finally loosened its purse strings"),
  E(TNE_T, "Geneva on ice",
    ["The talks in Geneva that were supposed to produce a ceasefire text by the end of the month have been adjourned after two days, with neither side willing to say when they will resume.",
     "Ukrainian officials blamed Moscow\u2019s insistence on discussing sanctions before any truce; Russian state television blamed what it called Kyiv\u2019s European handlers."],
    "diplomacy", "diplomacy", 2, "geneva-peace-talks-adjourned-2028-02-04", a="Oriel Braithwaite"),
  E(TNE_T, "Drones over the Baltic",
    ["Lithuania closed Vilnius airport for three hours on Wednesday after several unidentified drones were seen near the runway, the third such incident this winter.",
     "Lithuanian officials stopped short of blaming Russia directly but said the drones had flown in from the direction of Belarus."],
    "other", "security", 2, "vilnius-airport-drone-closure-2028-02-02", a="Oriel Braithwaite"),
  E(TNE_T, "The front",
    ["On the ground, Russian units kept pushing towards Kostiantynivka from the south and east, according to Ukrainian military bloggers and Western analysts.",
     "Ukraine\u2019s general staff reported 187 clashes along the front on Thursday, the highest daily figure since November."],
    "other", "frontline", 2, "kostiantynivka-front-pressure-2028-02", a="Oriel Braithwaite"),
  ]))
# ---------------------------------------------------------------- 15603 The i Paper (live blog, text scrape)
def r_ipaper(S):
    """The i Paper (inews.co.uk) live blog copied as text. LIVE label, title, standfirst, byline, a page date line
    'February 7, 2028 6:22 pm (Updated 6:31 pm)', a 'Key points' bullet list, then posts newest first: bare 24-hour
    time line ('18:20', no zone, no date), headline, body. Dates only in the page header."""
    z = S["zone"]; order_check(S, True)
    pub = dt(S["page_time"], z); upd = dt(S["page_updated"], z)
    L = ["Skip to content", "", "i", "News", "Politics", "Opinion", "Culture", "Sport", "Money", "Travel", "Puzzles", "", "Subscribe", "Log in", "",
         "News", "World", "Europe", "", "LIVE", S["title"], "", S["standfirst"], "",
         f"By {S['byline']}", f"{MONTHS[pub.month - 1]} {pub.day}, {pub.year} {ampm(pub, space=' ')}(Updated {ampm(upd, space=' ')})", "",
         "Key points"]
    L += [f"\u2022 {e['h']}" for e in S["entries"] if e["kp"]]
    L += ["", "Show latest updates", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if not e["p"]:
            L += ["Video", "0:48", ""]
        if i == 2:
            L += ["Read Next", "What a ceasefire line would mean for Ukraine\u2019s frontline towns", ""]
        if i == 4:
            L += ["Sign up to our daily i newsletter for the biggest stories of the day. Sign up", ""]
    L += ["Load more", "", "Most Read", "1. Energy bills to fall in April, regulator confirms", "2. The seaside towns where house prices are rising fastest", "",
          "About i", "Contact us", "Terms and conditions", "Privacy notice", "Cookie settings"]
    return "\n".join(L) + "\n", stamps


IP_A = "Elsie Marchbank"
SEEDS.append(dict(
  id="15603", name="15603_ipaper-ukrainelive", ext="txt", source="The i Paper", zone="Europe/London", render=r_ipaper,
  title="Russia-Ukraine war latest: Four killed in Sumy drone strike as UK orders 5,000 air defence missiles",
  standfirst="Follow the latest updates as Volodymyr Zelensky meets Nordic leaders in Oslo",
  byline=IP_A, page_time="2028-02-07 18:22", page_updated="2028-02-07 18:31",
  basis="bare post time '{s}' (24-hour, no zone printed; UK home zone, GMT = UTC in February); the date comes only from the page line 'February 7, 2028 6:22 pm (Updated 6:31 pm)'; local {d} in {z}",
  basis_none="",
  notes="Imitates an i Paper (inews.co.uk) live blog as copied from the browser. Newest first. Each post: bare time line ('18:20'), headline, body; no per-post byline, so author = the page byline (Elsie Marchbank) for every post. The only date is in the page line 'February 7, 2028 6:22 pm (Updated 6:31 pm)'. A 'Key points' block lists two post headlines (key_point true). 15603-05 is a 'Watch:' video teaser without text (video player chrome only). 'Read Next' and newsletter lines between posts are chrome. UK time, no zone printed: Europe/London (GMT in February).",
  not_entries=["skip link, logo 'i', section navigation, Subscribe / Log in", "breadcrumb 'News / World / Europe'", "'LIVE' label",
               "page title and standfirst 'Follow the latest updates ...'", "byline 'By Elsie Marchbank' and the page date line",
               "'Key points' header and its two bullets (pointers to posts)", "'Show latest updates' button", "video player chrome 'Video' / '0:48' in the teaser post",
               "'Read Next' related link after the third post", "newsletter sign-up line after the fifth post", "'Load more'", "'Most Read' list", "footer links"],
  entries=[
  E("2028-02-07 18:20", "Ukraine says it hit Russian ammunition depot in Bryansk region",
    ["Ukraine\u2019s general staff said its drones struck an ammunition depot near the town of Klintsy in Russia\u2019s Bryansk region overnight, setting off secondary explosions that were filmed by residents.",
     "The Bryansk governor said debris had damaged several houses but reported no casualties."],
    "strikes", "strikes", 2, "ukraine-drone-strike-bryansk-depot-2028-02-07", a=IP_A),
  E("2028-02-07 17:05", "UK to fund 5,000 more air defence missiles for Ukraine, Starmer says",
    ["Sir Keir Starmer has announced that Britain will pay for 5,000 additional lightweight air defence missiles for Ukraine, to be built in Belfast and delivered over the next 18 months.",
     "The Prime Minister said the \u00a31.4bn order would \u201chelp keep Ukraine\u2019s skies closed\u201d and secure hundreds of jobs in Northern Ireland."],
    "aid", "aid", 3, "uk-air-defence-missile-order-2028-02-07", a=IP_A, kp=True, n="listed under Key points"),
  E("2028-02-07 15:40", "Analysis: Why Kyiv is rethinking its conscription age",
    ["Lowering the conscription age has been the most politically toxic idea in Ukraine since the full-scale invasion began.",
     "President Zelensky has resisted pressure from allies to call up men under 25 for nearly four years. But with units on the eastern front badly understrength, officials in his office now say privately that the question is no longer whether, but how."],
    "other", "politics", 2, "analysis-ukraine-conscription-age-2028-02", a=IP_A, n="analysis piece with a body"),
  E("2028-02-07 14:12", "Four killed as Russian drones hit Sumy bus station",
    ["At least four people were killed and 17 injured when Russian drones hit the central bus station in Sumy during the lunchtime rush, regional officials said.",
     "Two of the dead were bus drivers, according to the city council. Rescuers were still searching the ticket hall, part of which collapsed in the attack."],
    "strikes", "strikes", 3, "sumy-bus-station-drone-strike-2028-02-07", a=IP_A, kp=True, n="deadly strike; listed under Key points"),
  E("2028-02-07 13:30", "Watch: Firefighters tackle blaze at Sumy bus station", [],
    "strikes", "strikes", 1, "sumy-bus-station-drone-strike-2028-02-07", a=IP_A, n="video teaser without text; same story as 15603-04"),
  E("2028-02-07 11:02", "Kremlin dismisses European \u2018reassurance force\u2019 plan",
    ["The Kremlin has said it will treat any European troops deployed to Ukraine after a ceasefire as \u201clegitimate targets\u201d, in its sharpest response yet to the Anglo-French plan for a so-called reassurance force.",
     "Dmitry Peskov, Vladimir Putin\u2019s spokesman, told reporters that the proposal showed European capitals \u201cdo not want peace\u201d."],
    "diplomacy", "diplomacy", 2, "kremlin-rejects-reassurance-force-2028-02-07", a=IP_A),
  E("2028-02-07 09:45", "Zelensky arrives in Oslo for talks with Nordic leaders",
    ["Volodymyr Zelensky has arrived in Oslo for a one-day summit with the leaders of Norway, Sweden, Finland, Denmark and Iceland, his office said.",
     "The talks are expected to focus on money for Ukraine\u2019s drone industry and on Nordic help with repairs to the power grid."],
    "diplomacy", "diplomacy", 3, "zelensky-oslo-nordic-summit-2028-02-07", a=IP_A, n="head-of-state diplomatic visit"),
  E("2028-02-07 08:10", "Russia launched 140 drones overnight, Ukraine\u2019s air force says",
    ["Russia attacked Ukraine with 140 drones and two Iskander-M ballistic missiles overnight, Ukraine\u2019s air force said, adding that 118 of the drones had been shot down or jammed.",
     "Damage was reported in the Odesa, Sumy and Dnipropetrovsk regions."],
    "strikes", "strikes", 2, "overnight-drone-attack-2028-02-07", a=IP_A, n="overnight attack tally; not the Sumy bus-station strike of the afternoon"),
  ]))


# ---------------------------------------------------------------- 15604 New Statesman (RSS 2.0)
def r_newstatesman(S):
    """New Statesman's WordPress RSS 2.0 feed: dc:creator in CDATA, pubDate '+0000', several <category> CDATA, guid ?p=,
    description = the standfirst only. Newest first."""
    z = S["zone"]; order_check(S, True)
    newest = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" '
           'xmlns:atom="http://www.w3.org/2005/Atom" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/">',
           '<channel>', f'\t<title>{esc(S["title"])}</title>',
           '\t<atom:link href="https://www.newstatesman.com/feed" rel="self" type="application/rss+xml" />',
           '\t<link>https://www.newstatesman.com</link>', "\t<description>Britain's Current Affairs &amp; Politics Magazine</description>",
           f'\t<lastBuildDate>{rfc822(newest)}</lastBuildDate>', '\t<language>en-GB</language>',
           '\t<sy:updatePeriod>hourly</sy:updatePeriod>', '\t<sy:updateFrequency>1</sy:updateFrequency>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        url = f"https://www.newstatesman.com/{e['sect']}/2028/02/{slugify(e['h'])}"
        cats = "".join(f"\n\t\t<category><![CDATA[{c}]]></category>" for c in e["cats"])
        out += ['\t<item>', f'\t\t<title>{esc(e["h"])}</title>', f'\t\t<link>{url}</link>',
                f'\t\t<dc:creator><![CDATA[{e["a"]}]]></dc:creator>', f'\t\t<pubDate>{st}</pubDate>' + cats,
                f'\t\t<guid isPermaLink="false">https://www.newstatesman.com/?p={412870 - 13 * i}</guid>',
                f'\t\t<description><![CDATA[{e["p"][0]}]]></description>', '\t</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def NS(e, sect, cats):
    e.update(sect=sect, cats=cats)
    return e


SEEDS.append(dict(
  id="15604", name="15604_newstatesman-rss", ext="xml", source="New Statesman", zone="Europe/London", render=r_newstatesman,
  title="New Statesman",
  basis="RSS pubDate '{s}' (explicit +0000 offset); local {d} in {z}",
  basis_none="",
  notes="Imitates the New Statesman's WordPress RSS 2.0 feed. Newest first. Each item: title, link, dc:creator (CDATA), pubDate with +0000, two or three <category> elements, guid '?p=NNN', description = the article's standfirst (one paragraph, the only body). A magazine feed: the war items are analysis (importance 2); three items are British politics (off-beat, other/unrelated). All on 2028-02-09 (GMT = UTC).",
  not_entries=["channel title, self link, description, lastBuildDate, language, sy:updatePeriod/Frequency", "<category> tags of each item", "guid permalinks"],
  entries=[
  NS(OFF("2028-02-09 19:30", "The hollow centre of Labour\u2019s rebellion",
    ["The backbench revolt over welfare cuts has plenty of noise and very little in the way of a plan."],
    "labour-backbench-rebellion-2028-02", a="Tamsin Holroyd", n="UK politics"), "politics/labour", ["Politics", "Labour"]),
  NS(E("2028-02-09 17:45", "Why Putin is betting on American fatigue",
    ["The Kremlin has concluded that time is on its side, and that Washington\u2019s patience with Kyiv will run out before Russia\u2019s army does."],
    "diplomacy", "diplomacy", 2, "putin-american-fatigue-analysis-2028-02", a="Felix Arundel", n="analysis"), "world/europe/ukraine", ["World", "Ukraine", "Russia"]),
  NS(E("2028-02-09 15:10", "Ukraine\u2019s energy war enters its most dangerous phase",
    ["With gas storage at record lows and Russian drones hitting substations every night, Ukraine\u2019s grid has almost no margin left for the rest of the winter."],
    "strikes", "strikes", 2, "ukraine-energy-war-analysis-2028-02", a="Ines Barrowcliffe", n="analysis of the strikes on the grid (theme, no single event)"), "world/europe/ukraine", ["World", "Ukraine"]),
  NS(OFF("2028-02-09 12:20", "Morning Call: Reeves\u2019s room for manoeuvre shrinks again",
    ["New borrowing figures leave the Chancellor with a choice between tax rises she has ruled out and spending cuts her party will not accept."],
    "uk-borrowing-figures-2028-02-09", a="Miles Tennant", n="UK economy newsletter"), "economics/uk-economy", ["Economics", "Morning Call"]),
  NS(E("2028-02-09 10:05", "Britain\u2019s defence review meets reality",
    ["Ministers promised a leaner, drone-heavy army; the first procurement figures suggest the money is still flowing to the same old programmes."],
    "other", "security", 2, "uk-defence-procurement-analysis-2028-02", a="Felix Arundel", n="procurement by a non-party"), "politics/defence", ["Politics", "Defence"]),
  NS(E("2028-02-09 08:30", "What the latest prisoner swap tells us about the talks",
    ["Tuesday\u2019s exchange of 300 prisoners on each side was the largest this year, but officials in Kyiv and Moscow insist it is a humanitarian gesture rather than a sign of progress."],
    "diplomacy", "diplomacy", 2, "prisoner-swap-analysis-2028-02-09", a="Ines Barrowcliffe", n="analysis of Tuesday's (8 Feb) exchange"), "world/europe/ukraine", ["World", "Ukraine"]),
  NS(OFF("2028-02-09 07:00", "The local elections Labour is dreading",
    ["May\u2019s council elections in England could be the worst for a governing party in a generation, and Labour strategists know it."],
    "england-local-elections-2028", a="Tamsin Holroyd", n="UK politics"), "politics/elections", ["Politics", "Elections"]),
  ]))


# ---------------------------------------------------------------- 15605 Prospect (timeline, text scrape, no year)
def r_prospect(S):
    """Prospect magazine article as copied from the browser: a timeline of one conference day, oldest first, no
    headlines, bare 'HH:MM' times ('All times GMT' printed once), date 'Friday 11 February' without a year."""
    z = S["zone"]; order_check(S, False)
    d0 = dt(S["entries"][0]["t"], z)
    L = ["Prospect", "", "Politics", "Economics", "World", "Culture", "Ideas", "Science & Tech", "Podcasts", "Events", "Magazine", "", "Subscribe", "Sign in", "",
         "World", S["title"], S["standfirst"], "", f"by {S['byline']}", f"{DAYS_EN[d0.weekday()]} {d0.day} {MONTHS[d0.month - 1]}", "",
         "Munich Security Conference, Bayerischer Hof. All times GMT.", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st] + ptxt(e["p"])
        if i == 3:
            L += ["Enjoying this article? Get Prospect\u2019s newsletter for the best of our writing, every week.", "Sign up", ""]
    L += [f"{S['byline']} is Prospect\u2019s world affairs editor", "", "Read more", "The long goodbye to the post-war order", "Can Europe build its own nuclear umbrella?", "",
          "Prospect Publishing Ltd", "Privacy policy", "Terms of use"]
    return "\n".join(L) + "\n", stamps


PR_A = "Harriet Quill"
SEEDS.append(dict(
  id="15605", name="15605_prospect-munichtimeline", ext="txt", source="Prospect", zone="Europe/London", render=r_prospect,
  title="Munich diary: the conference, hour by hour", byline=PR_A,
  standfirst="Speeches, warnings and one closed-door meeting on the first day of the security world\u2019s annual gathering",
  parse_args=["--date", "2028-02-11"],
  basis="bare timeline time '{s}' ('All times GMT' printed once, UK = UTC in February); day from the page date 'Friday 11 February', which names no year (parse_args --date 2028-02-11); local {d} in {z}",
  basis_none="",
  notes="Imitates a Prospect magazine article page (text scrape) written as a timeline of the first day of the Munich Security Conference. Oldest first. Entries have no headlines: a bare 'HH:MM' line, then one or two paragraphs. One printed byline (author for every entry). The page prints 'Friday 11 February' and no year anywhere, hence parse_args --date 2028-02-11. Times are GMT ('All times GMT' printed once), although the event is in Munich (CET): a reader must not add an hour. A newsletter prompt after the fourth entry and the author bio/related links are chrome.",
  not_entries=["logo and navigation (Politics, Economics, World, ...), Subscribe / Sign in", "section label 'World'", "page title and standfirst",
               "byline 'by Harriet Quill' and the date line 'Friday 11 February'", "venue/times note 'Munich Security Conference, Bayerischer Hof. All times GMT.'",
               "newsletter prompt after the fourth entry", "author bio line", "'Read more' related links", "footer"],
  entries=[
  E("2028-02-11 08:15", None,
    ["Friedrich Merz opened the conference with a blunt warning: Europe has \u201cperhaps two years, not ten\u201d to make itself capable of deterring a Russian attack on Nato territory without American help.",
     "The German chancellor said Berlin would propose a joint European air defence command at the next EU summit."],
    "diplomacy", "diplomacy", 3, "merz-munich-speech-2028-02-11", a=PR_A, n="head-of-government speech setting a position (alliance politics)"),
  E("2028-02-11 09:40", None,
    ["Ukraine\u2019s foreign minister, Andrii Sybiha, used the first panel to ask European governments for another 30 air defence systems before next winter, saying Kyiv had \u201crun the numbers\u201d and could not get through another season of grid attacks without them."],
    "aid", "aid", 2, "sybiha-munich-air-defence-appeal-2028-02-11", a=PR_A, sec=["diplomacy"], n="appeal for air defence"),
  E("2028-02-11 11:05", None,
    ["News reached the hall of a Russian missile strike on Kharkiv that killed two people and wounded 11 near the city\u2019s main railway station.",
     "Several speakers broke from their prepared remarks to mention it, and the Ukrainian delegation circulated photographs from the scene."],
    "strikes", "strikes", 3, "kharkiv-missile-strike-2028-02-11", a=PR_A, n="deadly strike"),
  E("2028-02-11 12:30", None,
    ["JD Vance, speaking at Munich for the second time as vice-president, told the audience that Washington wanted \u201ca deal this spring\u201d and that Europe should \u201cstop waiting for America to fight its wars\u201d.",
     "The applause was polite and brief."],
    "diplomacy", "diplomacy", 3, "vance-munich-speech-2028-02-11", a=PR_A, n="US vice-president's speech on the peace talks"),
  E("2028-02-11 14:10", None,
    ["A panel on Baltic security turned into an argument about money, with Estonia\u2019s defence minister accusing larger allies of counting pensions and bridges towards their Nato spending targets."],
    "other", "security", 2, "baltic-security-panel-munich-2028-02-11", a=PR_A),
  E("2028-02-11 15:45", None,
    ["Kaja Kallas, the EU\u2019s foreign policy chief, said Brussels would propose new sanctions on Russian liquefied natural gas before the end of the month."],
    "diplomacy", "diplomacy", 2, "eu-lng-sanctions-proposal-2028-02-11", a=PR_A),
  E("2028-02-11 17:20", None,
    ["Volodymyr Zelensky arrived in the evening and went straight into a closed meeting with Vance and the US secretary of state, Marco Rubio.",
     "Officials from both delegations described the meeting as \u201cfrank\u201d. No joint statement is expected until Saturday."],
    "diplomacy", "diplomacy", 3, "zelensky-vance-rubio-munich-meeting-2028-02-11", a=PR_A, n="head-of-state meeting"),
  ]))
# ---------------------------------------------------------------- 15606 UnHerd (news listing, HTML)
def r_unherd(S):
    """UnHerd's news listing (WordPress). Cards newest first: h2 headline, one-paragraph excerpt, author, a
    printed date and 12-hour time ('13 February 2028, 2:40pm', no zone), comment count. Yoast JSON-LD: CollectionPage only."""
    z = S["zone"]; order_check(S, True)
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "CollectionPage", "@id": "https://unherd.com/news/", "url": "https://unherd.com/news/", "name": "News - UnHerd",
         "isPartOf": {"@id": "https://unherd.com/#website"}, "inLanguage": "en-GB"},
        {"@type": "BreadcrumbList", "itemListElement": [{"@type": "ListItem", "position": 1, "name": "Home", "item": "https://unherd.com/"},
                                                         {"@type": "ListItem", "position": 2, "name": "News"}]},
        {"@type": "WebSite", "@id": "https://unherd.com/#website", "url": "https://unherd.com/", "name": "UnHerd"}]}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="UTF-8">', '<title>News - UnHerd</title>',
           '<script type="application/ld+json" class="yoast-schema-graph">' + json.dumps(ld, ensure_ascii=False) + '</script></head>',
           '<body class="archive category-news">',
           '<div class="topbar"><a href="/club/">Join UnHerd Club</a> <a href="/login/">Log in</a></div>',
           '<header><a class="logo" href="/">UnHerd</a><nav><a href="/latest/">Latest</a> <a href="/category/politics/">Politics</a> '
           '<a href="/category/world/">World</a> <a href="/category/culture/">Culture</a> <a href="/category/economics/">Economics</a> '
           '<a href="/news/">News</a> <a href="/unherd-tv/">UnHerd TV</a> <a href="/podcasts/">Podcasts</a> <a href="/events/">Events</a></nav></header>',
           f'<main><h1 class="archive-title">{esc(S["title"])}</h1>', '<div class="archive-list">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {MONTHS[d.month - 1]} {d.year}, {ampm(d)}"; stamps.append(st)
        url = f"https://unherd.com/newsroom/{slugify(e['h'])}/"
        out += [f'<article class="news-card"><h2 class="card-title"><a href="{url}">{esc(e["h"])}</a></h2>']
        out += [f'<p class="card-excerpt">{esc(p)}</p>' for p in e["p"]]
        out += [f'<div class="card-meta"><a class="card-author" href="/author/{slugify(e["a"])}/">{esc(e["a"])}</a> '
                f'<span class="card-date">{st}</span> <a class="card-comments" href="{url}#comments">{e["comments"]}</a></div></article>']
        if i == 2:
            out.append('<aside class="newsletter-promo"><h3>Sign up to UnHerd\u2019s daily newsletter</h3><p>The best of UnHerd, free to your inbox each morning.</p>'
                       '<input type="email" placeholder="Email address"><button>Sign up</button></aside>')
    out += ['</div><nav class="pagination"><a href="/news/page/2/">Older posts</a></nav></main>',
            '<footer><a href="/about/">About</a> <a href="/contact/">Contact</a> <a href="/privacy-policy/">Privacy</a> <a href="/terms/">Terms</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def UH(e, comments):
    e["comments"] = comments
    return e


SEEDS.append(dict(
  id="15606", name="15606_unherd-newslisting", ext="html", source="UnHerd", zone="Europe/London", render=r_unherd,
  title="UnHerd News",
  basis="card date and time '{s}' (12-hour clock, no zone printed; UK home zone, GMT = UTC in February); local {d} in {z}",
  basis_none="",
  notes="Imitates UnHerd's news listing page (HTML). Newest first. Each card: linked h2 headline, one excerpt paragraph (the only body), author, '13 February 2028, 2:40pm' (12-hour clock, no zone), and a bare comment count (a number, not body). JSON-LD is only a Yoast CollectionPage/BreadcrumbList/WebSite graph (no article data). One card is not about the war (Church of England): off-beat. UK time, no zone printed: Europe/London (GMT in February).",
  not_entries=["top bar 'Join UnHerd Club' / 'Log in'", "logo and navigation", "listing heading 'UnHerd News' (page title)",
               "comment counts at the end of each card", "newsletter promo after the third card", "'Older posts' pagination", "footer"],
  entries=[
  UH(E("2028-02-13 18:55", "Europe\u2019s peacekeeping plan is already dead",
    ["Nobody in London or Paris will say it out loud, but the \u2018reassurance force\u2019 has quietly been shelved, and the reason is Washington\u2019s refusal to promise air cover."],
    "diplomacy", "diplomacy", 2, "european-reassurance-force-shelved-2028-02", a="Gideon Farrant", n="comment/analysis"), 41),
  UH(E("2028-02-13 16:10", "Russia\u2019s recruitment bonuses hit a new record",
    ["Regional governments across Russia are now offering sign-up payments of more than five million roubles, a sign that the Kremlin\u2019s volunteer model is reaching its limits."],
    "other", "politics", 2, "russia-recruitment-bonuses-record-2028-02", a="Thea Mallory"), 17),
  UH(OFF("2028-02-13 14:40", "The Church of England\u2019s identity crisis deepens",
    ["The General Synod\u2019s latest vote has left both wings of the church claiming victory and neither of them believing it."],
    "church-of-england-synod-vote-2028-02", a="Augustine Pell", n="religion / UK"), 88),
  UH(E("2028-02-13 12:25", "Ukraine\u2019s drone makers are running out of cash",
    ["Hundreds of small workshops that built the country\u2019s first-person-view drones are closing or merging, as state contracts slow and foreign donors favour larger firms."],
    "aid", "aid", 2, "ukraine-drone-makers-funding-squeeze-2028-02", a="Thea Mallory", n="funding of Ukraine's arms industry"), 9),
  UH(E("2028-02-13 10:05", "Two killed as Russian shells hit Kherson ferry crossing",
    ["Russian artillery struck a river ferry landing in Kherson on Sunday morning, killing two people who were waiting to cross to the islands of the Dnipro delta, local officials said."],
    "strikes", "strikes", 3, "kherson-ferry-crossing-shelling-2028-02-13", a="Gideon Farrant", n="deadly strike"), 3),
  UH(E("2028-02-13 08:30", "Slovakia blocks EU statement on Ukraine talks",
    ["Slovakia has vetoed a joint EU declaration backing Ukraine\u2019s position in the Geneva talks, the second time in a month that Bratislava has broken ranks."],
    "diplomacy", "diplomacy", 2, "slovakia-vetoes-eu-statement-2028-02-13", a="Augustine Pell"), 26),
  ]))


# ---------------------------------------------------------------- 15607 The Critic (article with sections, text scrape)
def r_critic(S):
    """The Critic (Artillery Row) article copied as text: category, title, standfirst, byline, a date line with a
    12-hour time, bold section subheads (one entry each), print-subscription promo, author bio, comment count."""
    z = S["zone"]; pub = dt(S["published"], z)
    L = ["THE CRITIC", "", "Magazine", "Artillery Row", "Columns", "Books", "Arts", "Podcasts", "Subscribe", "Login", "",
         "Artillery Row", "", S["title"], S["standfirst"], "", f"By {S['byline']}", f"{pub.day} {MONTHS[pub.month - 1]}, {pub.year} \u00b7 {ampm(pub)}", "",
         "This article is taken from our daily Ukraine briefing.", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        assert e["t"] == S["published"]
        stamps.append(None)
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 1:
            L += ["Enjoying The Critic online? It\u2019s even better in print", "Try five issues of Britain\u2019s most civilised magazine for \u00a310", "Subscribe", ""]
    L += [f"{S['byline']} writes about Eastern Europe and defence.", "", "Share", "Facebook", "X", "Email", "",
          "Comments (12)", "Want to join the conversation? Subscribers can comment.", "",
          "Related", "The strategic blindness of the Treasury", "What the Baltic states know that we don\u2019t", "",
          "About us", "Contact", "Advertise", "Privacy"]
    return "\n".join(L) + "\n", stamps


CR_T = "2028-02-15 07:00"
CR_A = "Bartholomew Hesketh"
SEEDS.append(dict(
  id="15607", name="15607_thecritic-briefing", ext="txt", source="The Critic", zone="Europe/London", render=r_critic,
  title="Ukraine\u2019s winter of endurance, on five fronts", byline=CR_A, published=CR_T,
  standfirst="Power cuts, a long-awaited loan, frozen talks and a town under siege",
  basis="",
  basis_none="article with sections, no per-section time: the article's date line '15 February, 2028 \u00b7 7:00am' (12-hour clock, no zone; UK home zone, GMT = UTC); local {d} in {z}",
  notes="Imitates a The Critic (Artillery Row) article copied as text: a briefing in five sections with short subheads ('The grid', 'The money', ...). Each section is one entry (headline = subhead, stamp null, published = the article's printed time, author = the byline). A print-subscription promo after section 2, the author bio, share buttons, 'Comments (12)' and related links are chrome. No zone printed: Europe/London (GMT in February).",
  not_entries=["masthead 'THE CRITIC' and navigation, Subscribe / Login", "category 'Artillery Row'", "title and standfirst",
               "byline and date line", "note 'This article is taken from our daily Ukraine briefing.'",
               "print-subscription promo after section 2", "author bio line", "share buttons", "'Comments (12)' and the subscriber prompt",
               "'Related' links", "footer links"],
  entries=[
  E(CR_T, "The grid",
    ["Russia\u2019s overnight attack on power substations in the Lviv region killed a maintenance worker and left the town of Stryi without electricity for most of Monday.",
     "It was the furthest west Russia has struck at the grid this year. Regional officials said repairs would take at least a week."],
    "strikes", "strikes", 3, "lviv-region-substation-strike-2028-02-14", a=CR_A, n="deadly strike (night of 13-14 Feb)"),
  E(CR_T, "The money",
    ["The first \u20ac10bn tranche of the EU\u2019s reparations loan, backed by immobilised Russian central bank assets, reached Kyiv\u2019s accounts on Monday after a year of legal argument."],
    "aid", "aid", 3, "eu-reparations-loan-first-tranche-2028-02-14", a=CR_A, n="major financial aid"),
  E(CR_T, "The talks",
    ["The Geneva process remains suspended, and the American delegation now speaks openly of a \u2018pause\u2019 rather than an adjournment.",
     "Neither Kyiv nor Moscow has named a date for a return, and European diplomats say they have not been told of one."],
    "diplomacy", "diplomacy", 2, "geneva-talks-pause-2028-02", a=CR_A),
  E(CR_T, "The front",
    ["Russian forces claim to have entered the outskirts of Kostiantynivka; the Ukrainian command denies it, and independent mapping suggests the truth lies somewhere in between."],
    "other", "frontline", 2, "russia-claims-kostiantynivka-outskirts-2028-02", a=CR_A),
  E(CR_T, "The home front",
    ["In Russia, the central bank raised its key rate to 19 per cent on Friday, conceding that military spending was still feeding inflation."],
    "other", "politics", 2, "russia-central-bank-rate-rise-2028-02-11", a=CR_A, n="Russian war economy (domestic)"),
  ]))


# ---------------------------------------------------------------- 15608 Süddeutsche Zeitung (live blog, HTML, German)
def r_sz(S):
    """Süddeutsche Zeitung live blog ('Liveblog zum Krieg in der Ukraine'), HTML. Newest first. Recent posts carry a
    relative stamp ('vor 25 Min.', 'vor 2 Std.') counted from the printed 'Aktualisiert am 17. Februar 2028, 16:40 Uhr';
    older ones a bare '11:20 Uhr'. Per-post author line. JSON-LD: NewsArticle only."""
    z = S["zone"]; order_check(S, True)
    ref = dt(S["ref"], z); pub = dt(S["page_published"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "url": S["url"],
          "datePublished": pub.isoformat(), "dateModified": ref.isoformat(), "isAccessibleForFree": True,
          "author": [{"@type": "Person", "name": n} for n in S["authors"]],
          "publisher": {"@type": "Organization", "name": "Süddeutsche Zeitung", "url": "https://www.sueddeutsche.de"}}
    shown = f"Aktualisiert am {ref.day}. {DE_MONTHS[ref.month - 1]} {ref.year}, {ref:%H:%M} Uhr"
    out = ['<!DOCTYPE html>', '<html lang="de"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - SZ.de</title>',
           f'<link rel="canonical" href="{S["url"]}">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head>',
           '<body>', '<header class="sz-header"><a class="sz-logo" href="/">Süddeutsche Zeitung</a>'
           '<nav><a href="/politik">Politik</a> <a href="/wirtschaft">Wirtschaft</a> <a href="/meinung">Meinung</a> <a href="/panorama">Panorama</a> '
           '<a href="/sport">Sport</a> <a href="/muenchen">München</a> <a href="/bayern">Bayern</a> <a href="/kultur">Kultur</a> <a href="/wissen">Wissen</a></nav>'
           '<a href="/abo">SZ Plus</a> <a href="/abo">Abo</a> <a href="/login">Anmelden</a></header>',
           '<nav class="breadcrumb"><a href="/">Startseite</a> <a href="/politik">Politik</a> <a href="/thema/Krieg_in_der_Ukraine">Krieg in der Ukraine</a></nav>',
           '<main><article>', '<p class="kicker">Liveblog zum Krieg in der Ukraine</p>', f'<h1>{esc(S["title"])}</h1>',
           f'<p class="teaser">{esc(S["lede"])}</p>',
           f'<p class="byline">Von {" und ".join(esc(n) for n in S["authors"])}</p>',
           f'<time class="updated" datetime="{ref.isoformat()}">{shown}</time>',
           '<div class="liveblog">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        st = f"vor {mins} Min." if mins < 60 else (f"vor {mins // 60} Std." if mins < 180 else f"{d:%H:%M} Uhr")
        if mins >= 60 and mins < 180:
            assert mins % 60 == 0, "relative hour stamps are kept exact"
        stamps.append(st)
        out += [f'<div class="liveblog-entry" id="entry-{i}"><time datetime="{d.isoformat()}">{st}</time>', f'<h3>{esc(e["h"])}</h3>']
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out += [f'<p class="entry-author">{esc(e["a"])}</p></div>']
        if i == 3:
            out.append('<aside class="newsletter"><p>Newsletter abonnieren: SZ am Morgen und SZ am Abend - die wichtigsten Nachrichten des Tages.</p><button>Jetzt bestellen</button></aside>')
    out += ['</div>', '<p class="more">Ältere Einträge laden</p>', '</article>',
            '<aside><h2>Mehr zum Thema</h2><ul><li><a href="/politik/ukraine-energie">Wie die Ukraine ihr Stromnetz flickt</a></li>'
            '<li><a href="/politik/genf-gespraeche">Genfer Gespräche: Was jetzt auf dem Tisch liegt</a></li></ul></aside></main>',
            '<footer><a href="/impressum">Impressum</a> <a href="/datenschutz">Datenschutz</a> <a href="/kontakt">Kontakt</a> '
            f'<p>© Süddeutsche Zeitung GmbH, München</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="15608", name="15608_sueddeutsche-liveblog", ext="html", source="Süddeutsche Zeitung", zone="Europe/Berlin", render=r_sz,
  title="Krieg in der Ukraine: Berlin sagt zwei weitere Iris-T-Systeme zu",
  url="https://www.sueddeutsche.de/politik/ukraine-russland-krieg-news-liveblog-iris-t-1.7391052",
  lede="Die Bundesregierung verstärkt die ukrainische Flugabwehr. In Charkiw sterben drei Menschen bei einem Drohnenangriff. Alle Entwicklungen im Liveblog.",
  authors=["Lena Hofbauer", "Jakob Stein"], ref="2028-02-17 16:40", page_published="2028-02-17 06:30",
  basis="post stamp '{s}' (German; relative stamps 'vor N Min.' / 'vor N Std.' counted back from the printed 'Aktualisiert am 17. Februar 2028, 16:40 Uhr'; bare 'HH:MM Uhr' stamps take the date from that line); no zone printed: Munich home zone, CET = UTC+1; local {d} in {z}",
  basis_none="",
  notes="Imitates a Süddeutsche Zeitung live blog (German). Newest first. Each post: <time> stamp, h3 headline, body, author line. The three newest posts carry relative stamps ('vor 25 Min.', 'vor 1 Std.', 'vor 2 Std.') that count back from the printed page clock 'Aktualisiert am 17. Februar 2028, 16:40 Uhr'; older posts show '11:20 Uhr'. The <time datetime> attributes agree. JSON-LD is a page-level NewsArticle (no LiveBlogPosting, no updates). No zone printed: Europe/Berlin (CET). Page byline 'Von Lena Hofbauer und Jakob Stein'; each post names one of them (author). A newsletter box after the fourth post is chrome. German spellings: Charkiw, Rjasan, Selenskyj.",
  not_entries=["header, logo, section navigation, SZ Plus / Abo / Anmelden", "breadcrumb 'Startseite / Politik / Krieg in der Ukraine'", "kicker 'Liveblog zum Krieg in der Ukraine'",
               "page title h1 and the teaser paragraph", "page byline 'Von Lena Hofbauer und Jakob Stein'", "page clock 'Aktualisiert am 17. Februar 2028, 16:40 Uhr' (anchor for relative stamps)",
               "per-post author lines (author, not body)", "newsletter box after the fourth post", "'Ältere Einträge laden'", "'Mehr zum Thema' related links", "footer"],
  entries=[
  E("2028-02-17 16:15", "Bundesregierung sagt Ukraine zwei weitere Iris-T-Systeme zu",
    ["Die Bundesregierung will der Ukraine noch in diesem Frühjahr zwei weitere Flugabwehrsysteme vom Typ Iris-T SLM liefern.",
     "Verteidigungsminister Boris Pistorius sagte in Berlin, die Systeme würden aus der laufenden Produktion des Herstellers abgezweigt. Zusätzlich stelle der Bund 300 Millionen Euro für Lenkflugkörper bereit."],
    "aid", "aid", 3, "germany-iris-t-pledge-2028-02-17", a="Jakob Stein", n="major air-defence pledge; relative stamp"),
  E("2028-02-17 15:40", "Moldau meldet Drohnentrümmer nahe der Grenze",
    ["Die Republik Moldau hat nach eigenen Angaben Trümmer einer russischen Drohne auf einem Feld nahe der Grenze zur Ukraine gefunden.",
     "Das Außenministerium in Chișinău bestellte den russischen Botschafter ein."],
    "other", "security", 2, "moldova-drone-debris-2028-02-17", a="Lena Hofbauer", sec=["diplomacy"], n="relative stamp"),
  E("2028-02-17 14:40", "Tote nach russischem Drohnenangriff auf Charkiw",
    ["Bei einem russischen Drohnenangriff auf Charkiw sind nach Angaben der Behörden drei Menschen getötet worden.",
     "Mindestens neun weitere Personen wurden verletzt, wie Bürgermeister Ihor Terechow auf Telegram mitteilte. Getroffen wurde demnach ein Wohnhaus im Stadtteil Saltiwka."],
    "strikes", "strikes", 3, "kharkiv-drone-strike-2028-02-17", a="Lena Hofbauer", n="deadly strike; relative stamp"),
  E("2028-02-17 12:55", "Kreml: Keine Waffenruhe vor Abschluss eines Abkommens",
    ["Russland lehnt eine Waffenruhe vor der Unterzeichnung eines umfassenden Abkommens weiterhin ab.",
     "Kremlsprecher Dmitrij Peskow sagte, eine Feuerpause würde der Ukraine nur Zeit verschaffen, ihre Truppen neu aufzustellen. Die Gespräche in Genf liegen derzeit auf Eis."],
    "diplomacy", "diplomacy", 2, "kremlin-rejects-ceasefire-before-deal-2028-02-17", a="Jakob Stein"),
  E("2028-02-17 11:20", "Ukraine meldet Angriff auf Raffinerie in Rjasan",
    ["Ukrainische Drohnen haben in der Nacht nach Angaben des Generalstabs in Kiew eine Ölraffinerie in der russischen Stadt Rjasan getroffen.",
     "Der Gouverneur der Region sprach von einem Brand auf dem Gelände, Verletzte habe es nicht gegeben."],
    "strikes", "strikes", 2, "ryazan-refinery-drone-strike-2028-02-17", a="Lena Hofbauer"),
  E("2028-02-17 09:45", "Litauen meldet Verletzung seines Luftraums",
    ["Ein russisches Militärflugzeug ist nach Angaben der litauischen Armee für etwa zwei Minuten in den Luftraum des Nato-Landes eingedrungen.",
     "Das Außenministerium in Vilnius kündigte eine Protestnote an."],
    "other", "security", 2, "lithuania-airspace-violation-2028-02-17", a="Jakob Stein"),
  E("2028-02-17 08:10", "Nordkorea soll weitere Artilleriemunition geliefert haben",
    ["Nordkorea hat Russland nach Erkenntnissen des südkoreanischen Geheimdienstes seit Jahresbeginn weitere zwei Millionen Artilleriegranaten geliefert.",
     "Die Angaben ließen sich nicht unabhängig überprüfen."],
    "aid", "aid", 3, "north-korea-shells-to-russia-report-2028-02-17", a="Lena Hofbauer", n="arms transfer to Russia (large, reported by Seoul)"),
  ]))


# ---------------------------------------------------------------- 15609 La Repubblica (live 'diretta', HTML, Italian)
def r_repubblica(S):
    """la Repubblica live page ('la diretta'), HTML with LiveBlogPosting JSON-LD whose liveBlogUpdate items carry
    per-update datePublished (+01:00). Newest first; visible stamps are bare '19:40' in <time>; the date is only in the
    page header ('sabato 19 febbraio 2028'). Byline 'a cura di ...'."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ups = [{"@type": "BlogPosting", "headline": e["h"], "datePublished": dt(e["t"], z).isoformat(),
            "articleBody": " ".join(e["p"]), "url": S["url"] + f"#update-{len(S['entries']) - i}"} for i, e in enumerate(S["entries"])]
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": S["title"], "url": S["url"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "author": {"@type": "Person", "name": S["byline"]}, "publisher": {"@type": "Organization", "name": "la Repubblica"},
          "liveBlogUpdate": ups}
    d0 = last
    out = ['<!DOCTYPE html>', '<html lang="it"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - la Repubblica</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head>',
           '<body class="live">', '<header><a class="logo" href="/">la Repubblica</a>'
           '<nav><a href="/politica/">Politica</a> <a href="/economia/">Economia</a> <a href="/esteri/">Esteri</a> <a href="/cronaca/">Cronaca</a> '
           '<a href="/sport/">Sport</a> <a href="/cultura/">Cultura</a> <a href="/spettacoli/">Spettacoli</a> <a href="/tecnologia/">Tecnologia</a></nav>'
           '<a href="/abbonati/">Abbonati</a> <a href="/login/">Accedi</a></header>',
           '<div class="meteo">Roma 14° Sereno</div>',
           '<main><article>', '<a class="section" href="/esteri/">Esteri</a>', '<span class="live-badge">LIVE</span>',
           f'<h1>{esc(S["title"])}</h1>', f'<p class="summary">{esc(S["lede"])}</p>',
           f'<p class="byline">a cura di {esc(S["byline"])}</p>',
           f'<p class="date">{DAYS_IT[d0.weekday()]} {d0.day} {IT_MONTHS[d0.month - 1]} {d0.year}</p>',
           '<div class="live-feed">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out += [f'<div class="live-update" id="update-{len(S["entries"]) - i}"><time datetime="{d.isoformat()}">{st}</time>', f'<h2>{esc(e["h"])}</h2>']
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('</div>')
        if i == 2:
            out.append('<aside class="leggi-anche"><p>Leggi anche</p><a href="/esteri/ucraina-ricostruzione/">Ricostruzione, la conferenza di Roma e i conti che non tornano</a></aside>')
    out += ['</div>', '</article></main>',
            '<footer><p>GEDI Periodici e Servizi S.p.A. - P.IVA 00906801006</p><a href="/privacy/">Privacy</a> <a href="/cookie/">Cookie policy</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


RE_A = "Chiara Valsecchi"
SEEDS.append(dict(
  id="15609", name="15609_repubblica-diretta", ext="html", source="La Repubblica", zone="Europe/Rome", render=r_repubblica,
  title="Guerra in Ucraina, le news di oggi in diretta. Zelensky: «Pronti a una tregua nei cieli»",
  url="https://www.repubblica.it/esteri/2028/02/19/diretta/guerra_ucraina_russia_news_oggi-431902118/",
  lede="Crosetto annuncia il nuovo pacchetto di aiuti militari. Due morti a Kherson per un attacco con droni.",
  byline=RE_A,
  basis="bare update time '{s}' (no zone printed; Rome home zone, CET = UTC+1); date from the page line 'sabato 19 febbraio 2028'; the JSON-LD liveBlogUpdate datePublished agrees; local {d} in {z}",
  basis_none="",
  notes="Imitates a la Repubblica live page ('diretta', Italian). Newest first. Each update: <time> with a bare 'HH:MM', h2 headline, body. The date is printed only once ('sabato 19 febbraio 2028'). JSON-LD LiveBlogPosting with liveBlogUpdate BlogPosting items carrying headline, per-update datePublished (+01:00) and articleBody. Byline 'a cura di Chiara Valsecchi' (author for every update). A weather widget ('Roma 14\u00b0 Sereno') and a 'Leggi anche' link are chrome. No zone printed: Europe/Rome (CET).",
  not_entries=["header, logo, section navigation, Abbonati / Accedi", "weather widget 'Roma 14\u00b0 Sereno'", "section label 'Esteri' and 'LIVE' badge",
               "page title h1 and summary paragraph", "byline 'a cura di Chiara Valsecchi' and the date line", "'Leggi anche' related link after the third update", "footer"],
  entries=[
  E("2028-02-19 19:40", "Zelensky: «Pronti a una tregua nei cieli se Mosca accetta»",
    ["Il presidente ucraino Volodymyr Zelensky si è detto pronto a una tregua limitata agli attacchi aerei contro le infrastrutture energetiche, a condizione che la Russia faccia lo stesso.",
     "«La proposta è sul tavolo da mesi, ora tocca al Cremlino», ha detto nel consueto videomessaggio serale."],
    "diplomacy", "diplomacy", 3, "zelensky-energy-truce-offer-2028-02-19", a=RE_A, n="head-of-state ceasefire offer"),
  E("2028-02-19 17:15", "Meloni sente Zelensky: «L\u2019Italia resta al fianco di Kiev»",
    ["La presidente del Consiglio Giorgia Meloni ha avuto un colloquio telefonico con Volodymyr Zelensky, secondo quanto riferito da Palazzo Chigi.",
     "Al centro della telefonata la conferenza per la ricostruzione dell\u2019Ucraina e il sostegno italiano alla difesa aerea."],
    "diplomacy", "diplomacy", 2, "meloni-zelensky-call-2028-02-19", a=RE_A),
  E("2028-02-19 15:02", "Crosetto: in arrivo il quattordicesimo pacchetto di aiuti militari",
    ["Il ministro della Difesa Guido Crosetto ha annunciato che il quattordicesimo pacchetto di aiuti militari all\u2019Ucraina sarà firmato entro la fine del mese.",
     "Il contenuto resterà secretato, come per i precedenti decreti, ma secondo fonti della Difesa includerà munizioni per i sistemi Samp/T."],
    "aid", "aid", 3, "italy-14th-military-aid-package-2028-02-19", a=RE_A, n="military aid package"),
  E("2028-02-19 12:30", "Droni russi su Kherson: due morti",
    ["Due persone sono morte e altre sei sono rimaste ferite in un attacco con droni russi su Kherson, nel sud dell\u2019Ucraina.",
     "Lo ha reso noto il governatore regionale Oleksandr Prokudin, secondo cui i droni hanno colpito un mercato coperto nel quartiere di Korabel."],
    "strikes", "strikes", 3, "kherson-market-drone-strike-2028-02-19", a=RE_A, n="deadly strike"),
  E("2028-02-19 10:24", "Mosca: abbattuti 45 droni ucraini nella notte",
    ["Il ministero della Difesa russo afferma di aver intercettato e distrutto 45 droni ucraini nella notte sopra sette regioni, tra cui quelle di Mosca e di Kursk.",
     "Non sono stati segnalati danni significativi."],
    "strikes", "strikes", 2, "russia-claims-45-drones-downed-2028-02-19", a=RE_A),
  E("2028-02-19 09:10", "Kiev: rimpatriati i corpi di mille soldati caduti",
    ["L\u2019Ucraina ha ricevuto dalla Russia i corpi di mille militari caduti, ha comunicato il quartier generale di coordinamento per i prigionieri di guerra.",
     "In cambio Mosca ha ricevuto le salme di 38 soldati russi."],
    "other", "humanitarian", 2, "war-dead-repatriation-2028-02-19", a=RE_A),
  E("2028-02-19 07:45", "Intelligence britannica: «Pesanti perdite russe vicino a Huliaipole»",
    ["Secondo l\u2019aggiornamento quotidiano dell\u2019intelligence militare britannica, le forze russe hanno subito pesanti perdite negli ultimi dieci giorni nei pressi di Huliaipole, nella regione di Zaporizhzhia."],
    "other", "frontline", 2, "uk-intel-huliaipole-losses-2028-02-19", a=RE_A),
  ]))
# ================================================================ PART B: three multi-source days (invented outlets)
# Day 1 = 2028-02-22 (UTC), day 2 = 2028-02-23, day 3 = 2028-02-26.
ODESA = "odesa-missile-strike-2028-02-22"
EUSANC = "eu-shadow-fleet-sanctions-2028-02-22"
ZHAI = "russia-claims-zelenyi-hai-2028-02-22"
BAL = "analysis-ballistic-missile-defence-2028-02"
BAL_H = "Analysis: Why ballistic missiles still get through"
BAL_P = ["Ukraine\u2019s air defences have become very good at stopping drones and cruise missiles, but ballistic missiles remain a different problem.",
         "An Iskander flies its final approach at several times the speed of sound, leaving crews a window of well under a minute. Only Patriot and, to a lesser extent, the Franco-Italian SAMP/T can reliably hit them, and there are not enough of either to cover every city.",
         "Odesa, where this morning\u2019s strike killed at least six people, has long been one of the hardest places to protect: missiles launched from occupied Crimea can reach it in less than three minutes."]


def rfc822_gmt(d):
    return d.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S GMT")


# ---------------------------------------------------------------- generic RSS 2.0 renderer for Part B feeds
def r_rss(S):
    """RSS 2.0 world/news feed; pubDate with the page's offset (or 'GMT'); optional dc:creator; description = body."""
    z = S["zone"]; order_check(S, True)
    newest = dt(S["entries"][0]["t"], z)
    fmt = rfc822_gmt if S.get("gmt") else rfc822
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">', '<channel>',
           f'  <title>{esc(S["title"])}</title>', f'  <link>{S["home"]}</link>', f'  <description>{esc(S["desc"])}</description>',
           '  <language>en</language>', f'  <lastBuildDate>{fmt(newest)}</lastBuildDate>',
           f'  <atom:link href="{S["home"]}feed.xml" rel="self" type="application/rss+xml"/>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = fmt(d); stamps.append(st)
        url = f"{S['home']}{e.get('sect', 'world')}/{slugify(e['h'])}-{70310 + 7 * i}"
        out += ['  <item>', f'    <title>{esc(e["h"])}</title>', f'    <link>{url}</link>', f'    <guid isPermaLink="true">{url}</guid>',
                f'    <pubDate>{st}</pubDate>']
        if e["a"]:
            out.append(f'    <dc:creator>{esc(e["a"])}</dc:creator>')
        out.append(f'    <category>{esc(e.get("cat", "World"))}</category>')
        out.append(f'    <description>{esc("".join(f"<p>{esc(p)}</p>" for p in e["p"]))}</description>')
        out.append('  </item>')
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def C(e, cat, sect=None):
    e["cat"] = cat
    if sect:
        e["sect"] = sect
    return e


# ---------------------------------------------------------------- 15620 Varnhold Wire (day 1, RSS world feed)
SEEDS.append(dict(
  id="15620", name="15620_varnholdwire-worldrss", ext="xml", source="Varnhold Wire", zone="UTC", render=r_rss, gmt=True,
  title="Varnhold Wire \u2013 World", home="https://varnholdwire.example/", desc="World news from the Varnhold Wire desk",
  basis="RSS pubDate '{s}' (GMT = UTC); local {d} in {z}",
  basis_none="",
  notes="Invented outlet. General world RSS 2.0 feed (the war is a minority: 2 of 6 items). Newest first. pubDate in GMT; no dc:creator (author null); description holds the item's one paragraph as escaped HTML. Items 03 (EU sanctions) and 01 (Odesa) are day-1 multi-source stories.",
  not_entries=["channel title, link, description, language, lastBuildDate, atom:link", "<category> labels", "guid/link URLs"],
  entries=[
  C(E("2028-02-22 21:15", "Russian missile strike on Odesa kills eight, injures dozens",
    ["Eight people were killed and 37 wounded when Russian ballistic missiles hit a residential district and port buildings in the Ukrainian city of Odesa early on Tuesday, regional authorities said."],
    "strikes", "strikes", 3, ODESA, n="main day-1 event; toll 8 dead, 37 injured"), "Europe"),
  C(OFF("2028-02-22 19:30", "Heavy snow shuts Alpine passes between Italy and Switzerland",
    ["Several Alpine road passes and the Simplon rail line were closed on Tuesday after more than a metre of snow fell in 24 hours, stranding hundreds of travellers."],
    "alpine-snow-closures-2028-02-22", n="weather"), "Europe"),
  C(E("2028-02-22 17:05", "EU approves new sanctions targeting Russia\u2019s shadow fleet",
    ["European Union foreign ministers on Tuesday agreed to blacklist 90 more tankers accused of carrying Russian oil in breach of the price cap, the bloc\u2019s top diplomat Kaja Kallas said."],
    "diplomacy", "diplomacy", 3, EUSANC, n="multi-source (15622, 15623); same theme as the UK designations 15621-04 but a different event: must not merge"), "Europe"),
  C(OFF("2028-02-22 14:50", "Volcano on Flores erupts again, disrupting flights to Bali",
    ["A volcano on the Indonesian island of Flores erupted twice on Tuesday, sending ash nine kilometres into the sky and forcing airlines to cancel dozens of flights to and from Bali."],
    "flores-volcano-eruption-2028-02-22", n="natural disaster"), "Asia"),
  C(OFF("2028-02-22 11:20", "Santiago imposes water rationing as drought deepens",
    ["Authorities in Chile\u2019s capital announced rotating water cuts for 1.5 million residents after the driest January on record."],
    "santiago-water-rationing-2028-02-22", n="drought"), "Americas"),
  C(OFF("2028-02-22 08:40", "Tokyo stocks close at record high on chip rally",
    ["Japan\u2019s Nikkei 225 closed at a record high on Tuesday, lifted by chipmakers after strong results from US technology companies."],
    "nikkei-record-high-2028-02-22", n="markets"), "Business"),
  ]))


# ---------------------------------------------------------------- 15621 Ebbmoor Chronicle (day 1, text live blog)
def r_ebbmoor(S):
    """Invented outlet: text live blog, newest first. 'HH:MM GMT' line, headline, 'By NAME' line (optional), body.
    Key Points block listing two post headlines."""
    z = S["zone"]; order_check(S, True)
    d0 = dt(S["entries"][0]["t"], z)
    L = ["Ebbmoor Chronicle", "Home | News | World | Business | Sport | Opinion | Puzzles", "", "LIVE", S["title"],
         f"{DAYS_EN[d0.weekday()]} {d0.day} {MONTHS[d0.month - 1]} {d0.year}", "", S["lede"], "", "Key Points"]
    L += [f"- {e['h']}" for e in S["entries"] if e["kp"]]
    L += ["", "Latest updates", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} GMT"; stamps.append(st)
        L += [st, e["h"]]
        if e["a"]:
            L.append(f"By {e['a']}")
        L += [""] + ptxt(e["p"])
        if not e["p"]:
            L += ["[Video: 1 min 12 sec]", ""]
        if i == 3:
            L += ["Get our Morning Edition newsletter: the day\u2019s essential reads before breakfast. Sign up here.", ""]
    L += ["Load earlier updates", "", "\u00a9 Ebbmoor Chronicle Ltd. All rights reserved."]
    return "\n".join(L) + "\n", stamps


SEEDS.append(dict(
  id="15621", name="15621_ebbmoorchronicle-textlive", ext="txt", source="Ebbmoor Chronicle", zone="Europe/London", render=r_ebbmoor,
  title="Ukraine war live: Odesa strike kills eight; UK widens sanctions",
  lede="Russian ballistic missiles hit a residential area and the port of Odesa at dawn; Moscow claims a village in the south.",
  basis="stamp '{s}' (GMT printed, = UTC) under the dateline 'Tuesday 22 February 2028'; local {d} in {z}",
  basis_none="",
  notes="Invented outlet. Text live blog, newest first. Each post: 'HH:MM GMT' line, headline, optional 'By NAME' line (author), body. A 'Key Points' block lists two post headlines (key_point true). 15621-02 is a 'Watch:' teaser with no body (spelling 'Odessa'; video placeholder only). 15621-03 is a theme piece (analysis of ballistic-missile defence that mentions the Odesa strike) and is re-posted verbatim by 15631 on day 2. Odesa toll grows 3 (07:05) -> 8 (19:50).",
  not_entries=["masthead and navigation line", "'LIVE' label", "page title, dateline and lede line", "'Key Points' header and its two bullets (pointers to posts)",
               "'Latest updates' label", "'By NAME' lines (author, not body)", "video placeholder '[Video: 1 min 12 sec]' in the teaser",
               "newsletter promo after the fourth post", "'Load earlier updates'", "copyright line"],
  entries=[
  E("2028-02-22 19:50", "Odesa death toll rises to eight",
    ["The number of people killed in this morning\u2019s missile strike on Odesa has risen to eight, the head of the regional military administration said, after rescuers recovered two more bodies from a collapsed five-storey building.",
     "Thirty-seven people were injured, including four children. Officials said the search would continue through the night."],
    "strikes", "strikes", 3, ODESA, a="Niamh Corrigan", kp=True, n="toll 8 dead, 37 injured; Key Points"),
  E("2028-02-22 17:35", "Watch: Smoke rises over Odessa port after missile strike", [],
    "strikes", "strikes", 1, ODESA, n="teaser without body; spelling 'Odessa'"),
  E("2028-02-22 16:10", BAL_H, BAL_P, "strikes", "strikes", 2, BAL, a="Owen Tallis",
    n="theme piece (analysis of ballistic-missile defence; mentions the Odesa strike but is its own story): must not merge with the Odesa strike"),
  E("2028-02-22 14:25", "UK adds 40 names to Russia sanctions list",
    ["The UK has imposed sanctions on 40 more people and companies that it says help Russia obtain machine tools and electronics for its weapons factories, the Foreign Office said.",
     "Those listed include firms registered in Turkey, the United Arab Emirates and Kyrgyzstan."],
    "diplomacy", "diplomacy", 2, "uk-sanctions-designations-2028-02-22", a="Priya Ashdown",
    n="same theme as the EU shadow-fleet package (15620-03, 15622-04, 15623-02) but a different event: must not merge"),
  E("2028-02-22 12:40", "Zelensky condemns \u2018cynical\u2019 Odesa strike",
    ["President Volodymyr Zelensky said the strike on Odesa was \u201ccynical and deliberate\u201d, noting that the missiles hit a residential area just as people were leaving for work.",
     "\u201cEvery such strike is a reminder that air defence saves lives,\u201d he wrote on Telegram, urging partners to speed up deliveries."],
    "strikes", "strikes", 3, ODESA, a="Niamh Corrigan", sec=["aid"], n="reaction whose content is the attack itself: same story"),
  E("2028-02-22 10:15", "Russia claims capture of village near Huliaipole",
    ["Russia\u2019s defence ministry has claimed that its forces captured the village of Zelenyi Hai, north-east of Huliaipole in the Zaporizhzhia region.",
     "Ukraine\u2019s southern command said fighting was continuing on the village\u2019s outskirts."],
    "other", "frontline", 3, ZHAI, a="Priya Ashdown", kp=True, n="Key Points; also in 15623"),
  E("2028-02-22 07:05", "Russian missiles hit Odesa, at least three killed",
    ["At least three people were killed when Russian ballistic missiles struck Odesa shortly before 7am local time, the regional governor said.",
     "Explosions were heard across the city centre. The air force said the missiles had been launched from Crimea."],
    "strikes", "strikes", 3, ODESA, a="Niamh Corrigan", n="first report; toll 3"),
  ]))


# ---------------------------------------------------------------- 15622 Silverdyke Post (day 1, HTML live + LiveBlogPosting)
def r_silverdyke(S):
    """Invented outlet: HTML live blog, oldest first, <time datetime="...+02:00">07:10</time> above an h2 headline.
    JSON-LD LiveBlogPosting with one BlogPosting per update (per-update datePublished). No bylines."""
    z = S["zone"]; order_check(S, False)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ups = [{"@type": "BlogPosting", "@id": f"{S['url']}#u{i + 1}", "headline": e["h"], "datePublished": dt(e["t"], z).isoformat(),
            "articleBody": "\n".join(e["p"])} for i, e in enumerate(S["entries"])]
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "publisher": {"@type": "Organization", "name": "Silverdyke Post"}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Silverdyke Post</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False, indent=1) + '</script></head>',
           '<body><header><a href="/">Silverdyke Post</a> <nav><a href="/ukraine">Ukraine</a> <a href="/europe">Europe</a> <a href="/business">Business</a> <a href="/opinion">Opinion</a></nav></header>',
           '<main>', f'<h1>{esc(S["title"])}</h1>',
           f'<p class="dateline">{DAYS_EN[first.weekday()]} {first.day} {MONTHS[first.month - 1]} {first.year} \u00b7 Times are Kyiv time</p>',
           '<p class="live-note">This page is updated throughout the day. Oldest updates first.</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out += [f'<article class="update" id="u{i + 1}"><time datetime="{d.isoformat()}">{st}</time>', f'<h2>{esc(e["h"])}</h2>']
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<div class="share">Share this update</div></article>')
        if i == 3:
            out.append('<aside class="promo">Support independent reporting from Ukraine. Become a member</aside>')
    out += ['</main>', '<footer>Silverdyke Post \u00b7 Kyiv \u00b7 <a href="/about">About</a> <a href="/privacy">Privacy</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="15622", name="15622_silverdykepost-ldlive", ext="html", source="Silverdyke Post", zone="Europe/Kyiv", render=r_silverdyke,
  title="Russia strikes Odesa: live updates", url="https://silverdykepost.example/live/odesa-strike",
  basis="update time '{s}' (Kyiv time, EET = UTC+2, stated once in the dateline 'Tuesday 22 February 2028 \u00b7 Times are Kyiv time'); JSON-LD liveBlogUpdate datePublished agrees; local {d} in {z}",
  basis_none="",
  notes="Invented outlet. HTML live blog, oldest first, with a LiveBlogPosting JSON-LD whose liveBlogUpdate items carry per-update datePublished (+02:00), headline and articleBody. Visible stamps are bare '07:10' in <time datetime>; the zone is stated once ('Times are Kyiv time'). No bylines (author null). 15622-06 repeats 15622-03 almost word for word (duplicate_of). 15622-01 (Izmail port, drones, same Odesa region) and 15622-05 (Sybiha's Patriot appeal) must not merge with the Odesa city missile strike.",
  not_entries=["header and navigation", "page title h1", "dateline with 'Times are Kyiv time'", "note 'This page is updated throughout the day. Oldest updates first.'",
               "'Share this update' under each update", "membership promo after the fourth update", "footer"],
  entries=[
  E("2028-02-22 07:10", "Overnight drones hit Izmail port on the Danube",
    ["Russian drones attacked port facilities in Izmail on the Danube overnight, damaging a grain warehouse and a berth, the Odesa regional administration said.",
     "No one was hurt. Romania\u2019s defence ministry said it was monitoring the situation on its side of the river."],
    "strikes", "strikes", 2, "izmail-port-drone-attack-2028-02-22", n="same region as the Odesa city missile strike but another attack (night drones, no casualties): must not merge"),
  E("2028-02-22 08:30", "Ballistic missiles strike Odesa; three dead, 19 injured",
    ["Russia struck Odesa with ballistic missiles early this morning, killing three people and injuring 19, regional governor Oleh Kiper said.",
     "A five-storey apartment building partly collapsed and warehouses in the port area caught fire."],
    "strikes", "strikes", 3, ODESA, n="toll 3 dead, 19 injured"),
  E("2028-02-22 11:45", "Odesa toll climbs to six as rescuers search collapsed building",
    ["The death toll from the morning missile strike on Odesa has risen to six, with 28 people injured, the State Emergency Service said.",
     "Rescuers are using cranes to lift concrete slabs from the collapsed section of the building, where several residents are believed to be trapped."],
    "strikes", "strikes", 3, ODESA, n="toll 6 dead, 28 injured"),
  E("2028-02-22 13:20", "EU ministers approve sanctions on 90 more shadow-fleet tankers",
    ["European Union foreign ministers meeting in Brussels have approved a new sanctions package that adds 90 tankers to the list of vessels barred from EU ports and services.",
     "The package also targets two Chinese refiners accused of buying Russian crude. Kaja Kallas said the measures would \u201craise the cost of war for the Kremlin\u201d."],
    "diplomacy", "diplomacy", 3, EUSANC),
  E("2028-02-22 15:05", "Sybiha asks allies for ten more Patriot systems",
    ["Foreign Minister Andrii Sybiha has asked Ukraine\u2019s partners for ten more Patriot systems, saying the strike on Odesa showed that the south of the country remained dangerously exposed.",
     "He made the appeal in a call with his counterparts from the Ramstein group."],
    "aid", "aid", 2, "sybiha-patriot-appeal-2028-02-22", sec=["diplomacy"], n="appeal for air defence (its own statement, prompted by the Odesa strike): must not merge with the strike story"),
  E("2028-02-22 17:40", "Odesa toll climbs to six as rescuers search collapsed building",
    ["The death toll from the morning missile strike on Odesa has risen to six, with 28 people injured, the State Emergency Service said.",
     "Rescuers are using cranes to lift slabs from the collapsed part of the building."],
    "strikes", "strikes", 1, ODESA, dup="15622-03", n="near-verbatim repeat of 15622-03 (same headline and first paragraph, shortened second paragraph)"),
  E("2028-02-22 19:30", "Kremlin says strikes targeted \u2018military infrastructure\u2019 in Odesa",
    ["The Kremlin said Tuesday\u2019s strikes on Odesa had targeted \u201cmilitary infrastructure\u201d used to receive Western weapons, and denied hitting residential buildings."],
    "strikes", "strikes", 3, ODESA, n="official claim about the attack itself: same story"),
  ]))


# ---------------------------------------------------------------- 15623 Drumcarrow Times (day 1, text article with sections)
def r_drumcarrow(S):
    """Invented outlet: news article (text scrape), four sections with subheads, one dateline 'Updated 11:40 a.m. EST Feb. 22, 2028'."""
    z = S["zone"]; pub = dt(S["published"], z)
    L = ["DRUMCARROW TIMES", "World \u00b7 Europe", "", S["title"], "", f"By {S['byline']}",
         f"Updated {ampm(pub, space=' ', dots=True)} EST {DB_MONTHS[pub.month - 1]} {pub.day}, {pub.year}", "",
         "Firefighters work at a damaged apartment building in Odessa. (Drumcarrow Times photo desk)", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        assert e["t"] == S["published"]
        stamps.append(None)
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 1:
            L += ["RELATED: What the shadow fleet is, and why it is so hard to stop", ""]
    L += ["Copyright Drumcarrow Times. Corrections: corrections@drumcarrowtimes.example"]
    return "\n".join(L) + "\n", stamps


DR_T = "2028-02-22 11:40"
DR_A = "Corinne Vasquez-Mold and Ilya Brenner"
SEEDS.append(dict(
  id="15623", name="15623_drumcarrowtimes-article", ext="txt", source="Drumcarrow Times", zone="America/New_York", render=r_drumcarrow,
  title="Missile strike kills six in Odessa as Europe tightens the screws on Moscow", byline=DR_A, published=DR_T,
  basis="",
  basis_none="article sections have no own time: the article dateline 'Updated 11:40 a.m. EST Feb. 22, 2028' (EST = UTC-5); local {d} in {z}",
  notes="Invented outlet. A single news article (text scrape) with four subheaded sections, each one entry (headline = subhead, stamp null, published = the dateline time, author = the two-name byline kept as one string). Spelling 'Odessa'. The only time is 'Updated 11:40 a.m. EST Feb. 22, 2028' (treated as the publication time; nothing earlier is printed). A 'RELATED:' link and the photo caption are chrome.",
  not_entries=["masthead and section line 'World \u00b7 Europe'", "article title", "byline", "dateline 'Updated 11:40 a.m. EST Feb. 22, 2028'",
               "photo caption with credit", "'RELATED:' link after section 2", "copyright/corrections line"],
  entries=[
  E(DR_T, "A port city under fire",
    ["A Russian ballistic missile attack on the Black Sea port of Odessa killed at least six people on Tuesday and brought down part of an apartment building, Ukrainian officials said.",
     "Photographs from the scene showed firefighters working on a smoldering stairwell as residents carried belongings out in plastic bags."],
    "strikes", "strikes", 3, ODESA, a=DR_A, n="toll 6; spelling 'Odessa'"),
  E(DR_T, "New sanctions",
    ["In Brussels, European Union foreign ministers signed off on a new round of sanctions aimed at the fleet of aging tankers that Russia uses to move its oil around Western price limits."],
    "diplomacy", "diplomacy", 3, EUSANC, a=DR_A),
  E(DR_T, "A trip to Moscow",
    ["The White House envoy Steve Witkoff said he would travel to Moscow next week for talks with Vladimir Putin, his first visit since the Geneva negotiations stalled."],
    "diplomacy", "diplomacy", 2, "witkoff-moscow-trip-announced-2028-02-22", a=DR_A, n="announced trip, single source"),
  E(DR_T, "On the ground",
    ["Russia\u2019s Defense Ministry said its troops had taken Zelenyi Hai, a village northeast of Huliaipole; Ukraine said fighting there was continuing."],
    "other", "frontline", 3, ZHAI, a=DR_A, n="same claim as 15621-06"),
  ]))
# ---------------------------------------------------------------- generic Atom renderer for Part B feeds
def iso(d):
    s = d.isoformat()
    return s[:-6] + "Z" if s.endswith("+00:00") else s


def r_atom(S):
    """Atom feed, newest first: <published> with the page's offset (or Z), a later <updated>, <author><name> when the
    entry has a byline, <content type="html"> with escaped paragraphs."""
    z = S["zone"]; order_check(S, True)
    newest = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">',
           f'  <title>{esc(S["title"])}</title>', f'  <id>{S["home"]}</id>', f'  <link rel="self" href="{S["home"]}atom.xml"/>',
           f'  <link rel="alternate" href="{S["home"]}"/>', f'  <updated>{iso(newest)}</updated>']
    if S.get("feed_author"):
        out.append(f'  <author><name>{esc(S["feed_author"])}</name></author>')
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        url = f"{S['home']}{e.get('sect', 'news')}/{slugify(e['h'])}"
        out += ['  <entry>', f'    <title>{esc(e["h"])}</title>', f'    <link rel="alternate" href="{url}"/>', f'    <id>tag:{S["tag"]},2028:{5400 + i * 3}</id>',
                f'    <published>{st}</published>', f'    <updated>{iso(d + timedelta(minutes=4 + 3 * i))}</updated>']
        if e["a"]:
            out.append(f'    <author><name>{esc(e["a"])}</name></author>')
        out.append(f'    <content type="html">{esc("".join(f"<p>{esc(p)}</p>" for p in e["p"]))}</content>')
        out.append('  </entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


SWAP = "uae-prisoner-exchange-2028-02-23"
KHK = "kharkiv-drone-strike-2028-02-23"
MARTIAL = "ukraine-martial-law-extension-2028-02-23"

# ---------------------------------------------------------------- 15630 Brackenhurst Herald (day 2, Atom)
SEEDS.append(dict(
  id="15630", name="15630_brackenhurstherald-atom", ext="xml", source="Brackenhurst Herald", zone="Europe/Kyiv", render=r_atom,
  title="Brackenhurst Herald \u2013 Ukraine", home="https://brackenhurstherald.example/", tag="brackenhurstherald.example",
  basis="Atom <published> '{s}' (explicit +02:00 offset, Kyiv); local {d} in {z}",
  basis_none="",
  notes="Invented outlet. Atom feed of a Ukraine desk, newest first. <published> with +02:00, a later <updated> (ignored), per-entry <author><name>, <content type=\"html\"> with escaped paragraphs. 15630-03 continues day 1's Odesa strike with a new development (day of mourning, toll 9). 15630-05 (martial law) is also carried by the world feed 15633.",
  not_entries=["feed title, id, links, updated", "each entry's <updated> time", "entry ids and links"],
  entries=[
  E("2028-02-23 21:30", "Ukraine and Russia swap 250 prisoners each in UAE-brokered exchange",
    ["Ukraine and Russia exchanged 250 prisoners of war each on Wednesday in a deal brokered by the United Arab Emirates, officials on both sides said.",
     "Among the Ukrainians who came home were defenders of Mariupol held since 2022 and 14 civilians, Ukraine\u2019s coordination headquarters for prisoners of war said."],
    "diplomacy", "diplomacy", 3, SWAP, a="Marta Ilchenko", n="main day-2 event: 250 for 250"),
  E("2028-02-23 19:10", "Two killed as drones hit residential district in Kharkiv",
    ["Two people were killed and nine injured when Russian drones struck a residential area in Kharkiv\u2019s Kyivskyi district on Wednesday afternoon, Mayor Ihor Terekhov said."],
    "strikes", "strikes", 3, KHK, a="Bohdan Kravets", n="deadly strike; also in 15632; must not merge with the Belgorod drone strike 15631-05 (other side)"),
  E("2028-02-23 16:00", "Odesa holds day of mourning as toll reaches nine",
    ["Odesa observed a day of mourning on Wednesday for the victims of Tuesday\u2019s missile strike, whose death toll rose to nine after a woman died in hospital overnight.",
     "Flags flew at half-mast and entertainment events were cancelled. The regional governor said 11 people remained in hospital."],
    "strikes", "strikes", 3, ODESA, a="Marta Ilchenko", n="continuation of day 1's story with a new development (toll 9, mourning); also in 15631"),
  E("2028-02-23 13:25", "Poland to host Ukraine reconstruction conference in June",
    ["Poland will host this year\u2019s Ukraine Recovery Conference in Warsaw in June, the Polish foreign ministry announced."],
    "diplomacy", "diplomacy", 2, "warsaw-recovery-conference-announced-2028-02-23", a="Bohdan Kravets", sec=["aid"]),
  E("2028-02-23 10:40", "Parliament extends martial law for another 90 days",
    ["Ukraine\u2019s parliament voted on Wednesday to extend martial law and general mobilisation for another 90 days, until late May."],
    "other", "politics", 3, MARTIAL, a="Marta Ilchenko", n="also in 15633"),
  E("2028-02-23 08:15", "Air force: 96 of 118 drones downed overnight",
    ["Ukraine\u2019s air force said it shot down or jammed 96 of the 118 drones Russia launched overnight, mostly at the Sumy, Chernihiv and Kharkiv regions."],
    "strikes", "strikes", 2, "overnight-drone-attack-2028-02-23", a="Bohdan Kravets", n="overnight tally; not the afternoon Kharkiv strike"),
  ]))


# ---------------------------------------------------------------- 15631 Saltcombe Evening Mail (day 2, text live)
def r_saltcombe(S):
    """Invented outlet: text live blog, oldest first, 12-hour stamp '8:05am' before the headline (no zone printed),
    optional 'By NAME' line, date printed once in the header."""
    z = S["zone"]; order_check(S, False)
    d0 = dt(S["entries"][0]["t"], z)
    L = ["SALTCOMBE EVENING MAIL", "News  Sport  What\u2019s On  Property  Jobs  Announcements", "",
         S["title"], f"{DAYS_EN[d0.weekday()]} {d0.day} {MONTHS[d0.month - 1]} {d0.year}", "", S["lede"], "",
         "Our live coverage starts here. Refresh for the latest.", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d); stamps.append(st)
        L += [st, e["h"]]
        if e["a"]:
            L.append(f"By {e['a']}" + (f" ({e['credit']})" if e.get("credit") else ""))
        L += [""] + ptxt(e["p"])
        if not e["p"]:
            L += ["[Gallery: 14 photos]", ""]
        if i == 3:
            L += ["ADVERTISEMENT", ""]
    L += ["This live blog has now ended.", "", "Saltcombe Evening Mail is part of an independent regional news group."]
    return "\n".join(L) + "\n", stamps


SEEDS.append(dict(
  id="15631", name="15631_saltcombeeveningmail-textlive", ext="txt", source="Saltcombe Evening Mail", zone="Europe/London", render=r_saltcombe,
  title="Live: Hundreds of prisoners freed in Russia-Ukraine swap; Odesa mourns its dead",
  lede="Updates through the day on the war in Ukraine.",
  basis="12-hour stamp '{s}' before the headline (no zone printed; UK home zone, GMT = UTC in February); date from the header 'Wednesday 23 February 2028'; local {d} in {z}",
  basis_none="",
  notes="Invented outlet. Text live blog, oldest first. Each post: 12-hour time line ('8:05am', no zone), headline, optional 'By NAME' line, body. 15631-01 re-publishes day 1's analysis 15621-03 word for word (same headline and text; credited 'By Owen Tallis (Ebbmoor Chronicle)'): a re-post of a day-1 entry, importance 1, same story slug. 15631-04 is a 'Photos:' teaser with no text (gallery placeholder). 15631-06 repeats 15631-03 almost word for word. 15631-05 (drone strike in Belgorod, Russia) must not merge with the Kharkiv strike. No zone printed: Europe/London (GMT).",
  not_entries=["masthead and navigation line", "page title, date line and lede", "'Our live coverage starts here. Refresh for the latest.'",
               "'By NAME' lines (author credits)", "gallery placeholder '[Gallery: 14 photos]'", "'ADVERTISEMENT' marker", "'This live blog has now ended.'", "footer line"],
  entries=[
  dict(E("2028-02-23 08:05", BAL_H, BAL_P, "strikes", "strikes", 1, BAL, a="Owen Tallis",
    n="re-post of day-1 entry 15621-03 (Ebbmoor Chronicle analysis, republished verbatim with credit): importance 1, duplicate_of null because the original is on another seed"),
    credit="Ebbmoor Chronicle"),
  E("2028-02-23 09:20", "Odesa mourns as rescuers end search; nine confirmed dead",
    ["Rescue teams in Odesa have ended their search of the building hit by Tuesday\u2019s missile strike, confirming that nine people died.",
     "The city is observing an official day of mourning."],
    "strikes", "strikes", 3, ODESA, a="Freya Linnell", n="continuation of the day-1 Odesa story with a new development (search over, toll 9)"),
  E("2028-02-23 11:45", "Prisoner exchange under way, Ukrainian officials say",
    ["A large exchange of prisoners of war between Ukraine and Russia is taking place on the Belarusian border, Ukraine\u2019s coordination headquarters said this morning.",
     "Officials did not give numbers but said the United Arab Emirates had mediated the deal."],
    "diplomacy", "diplomacy", 3, SWAP, a="Freya Linnell"),
  E("2028-02-23 12:30", "Photos: Freed soldiers arrive in Chernihiv region", [],
    "diplomacy", "diplomacy", 1, SWAP, n="photo teaser without text; same story as the exchange"),
  E("2028-02-23 14:10", "Drone strike in Belgorod kills one, governor says",
    ["One person was killed when a Ukrainian drone hit a car on the outskirts of Belgorod, regional governor Vyacheslav Gladkov said.",
     "He said two other passengers were taken to hospital with shrapnel wounds."],
    "strikes", "strikes", 3, "belgorod-drone-strike-2028-02-23", a="Freya Linnell", n="deadly strike on the Russian side: must not merge with the Kharkiv drone strike"),
  E("2028-02-23 15:40", "Prisoner exchange under way, Ukrainian officials say",
    ["A large exchange of prisoners of war between Ukraine and Russia is taking place on the Belarusian border, Ukraine\u2019s coordination headquarters said this morning.",
     "Officials did not give numbers but said the deal had been mediated by the United Arab Emirates."],
    "diplomacy", "diplomacy", 1, SWAP, a="Freya Linnell", dup="15631-03", n="near-verbatim repeat of 15631-03"),
  E("2028-02-23 17:15", "Zelensky thanks UAE as 250 defenders come home",
    ["President Volodymyr Zelensky thanked the United Arab Emirates for mediating today\u2019s exchange, which returned 250 Ukrainian soldiers and civilians.",
     "\u201cWe remember every one of those still in captivity,\u201d he wrote."],
    "diplomacy", "diplomacy", 3, SWAP, a="Freya Linnell", n="reaction whose content is the exchange itself: same story"),
  ]))


# ---------------------------------------------------------------- 15632 Corvath Dispatch (day 2, HTML live, no JSON-LD)
def r_corvath(S):
    """Invented outlet: HTML live blog without JSON-LD, newest first; stamp '20:45 CET' in a span above the h3."""
    z = S["zone"]; order_check(S, True)
    d0 = dt(S["entries"][0]["t"], z)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2014 Corvath Dispatch</title>',
           '<meta name="description" content="Live coverage of the war in Ukraine from our Warsaw bureau."></head>',
           '<body><div class="masthead">Corvath Dispatch</div><nav><a href="/">Front page</a> <a href="/world">World</a> <a href="/live">Live</a></nav>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="date">Updated {DAYS_EN[d0.weekday()]}, {MONTHS[d0.month - 1]} {d0.day}, {d0.year}</p>',
           '<ul class="live-posts">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} CET"; stamps.append(st)
        out += [f'<li class="post"><span class="post-time">{st}</span>', f'<h3>{esc(e["h"])}</h3>']
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="sig">\u2014 {esc(e["a"])}, Warsaw</p>')
        out.append('</li>')
    out += ['</ul>', '<p class="older"><a href="/live/ukraine/2">Older posts</a></p></main>',
            '<footer>Corvath Dispatch, Warsaw bureau. Tips: desk@corvathdispatch.example</footer></body></html>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="15632", name="15632_corvathdispatch-htmllive", ext="html", source="Corvath Dispatch", zone="Europe/Warsaw", render=r_corvath,
  title="Ukraine live: prisoner exchange completed, Kharkiv hit by drones",
  basis="stamp '{s}' (CET printed, UTC+1; Warsaw bureau) with the date from the header 'Updated Wednesday, February 23, 2028'; local {d} in {z}",
  basis_none="",
  notes="Invented outlet. HTML live blog without any JSON-LD, newest first. Each post: '<span>20:45 CET</span>', h3 headline, body, optional signature line '\u2014 NAME, Warsaw' (author, not body). 15632-01 is a theme piece (explainer on how swaps are negotiated; mentions today's exchange; own story). 15632-03 (repatriation of 757 bodies) is the same theme as the prisoner exchange but a separate event: must not merge.",
  not_entries=["masthead and navigation", "page title h1", "'Updated Wednesday, February 23, 2028' line", "signature lines '\u2014 NAME, Warsaw'", "'Older posts' link", "footer"],
  entries=[
  E("2028-02-23 20:45", "Explainer: How prisoner swaps are negotiated",
    ["Every exchange of prisoners between Ukraine and Russia, including today\u2019s, is the product of weeks of quiet bargaining over lists of names.",
     "Mediators such as the United Arab Emirates, Turkey and Qatar carry the lists between the two sides, check who is held where and arrange the handover, usually on the Belarusian border. Disputes over a handful of names can hold up a swap for months."],
    "diplomacy", "diplomacy", 2, "explainer-prisoner-swap-negotiations", a="Aleksander Wrona",
    n="theme piece (explainer; mentions today's exchange but is its own story): must not merge with the exchange"),
  E("2028-02-23 18:30", "Moscow confirms return of 250 servicemen",
    ["Russia\u2019s defence ministry confirmed that 250 Russian servicemen had been returned from Ukrainian captivity and were being flown to Moscow for medical checks."],
    "diplomacy", "diplomacy", 3, SWAP, a="Aleksander Wrona"),
  E("2028-02-23 16:50", "Ukraine receives remains of 757 fallen soldiers",
    ["Ukraine has received the bodies of 757 soldiers killed in the war, the coordination headquarters said, in a separate repatriation that also took place on Wednesday."],
    "other", "humanitarian", 2, "war-dead-repatriation-2028-02-23", a="Aleksander Wrona", n="same theme as the prisoner exchange, separate event: must not merge"),
  E("2028-02-23 14:20", "Drone strike on Kharkiv kills two",
    ["Two people were killed in a Russian drone strike on a residential street in Kharkiv this afternoon, regional governor Oleh Syniehubov said."],
    "strikes", "strikes", 3, KHK, a="Kinga Sobczak"),
  E("2028-02-23 11:05", "Czech ammunition initiative delivers first shells of the year",
    ["The Czech-led initiative that buys artillery shells for Ukraine outside Europe has delivered its first batch of the year, about 180,000 rounds, the Czech defence ministry said."],
    "aid", "aid", 2, "czech-ammunition-initiative-delivery-2028-02-23", a="Kinga Sobczak"),
  E("2028-02-23 09:15", "Prisoner swap expected today, sources say",
    ["Ukraine and Russia are expected to carry out a large prisoner exchange later today, two people familiar with the preparations told the Corvath Dispatch."],
    "diplomacy", "diplomacy", 3, SWAP, a="Aleksander Wrona", n="early report of the same exchange"),
  ]))


# ---------------------------------------------------------------- 15633 Greyhithe Courier (day 2, RSS world feed)
SEEDS.append(dict(
  id="15633", name="15633_greyhithecourier-worldrss", ext="xml", source="Greyhithe Courier", zone="America/New_York", render=r_rss,
  title="Greyhithe Courier: World", home="https://greyhithecourier.example/", desc="International news from the Greyhithe Courier",
  basis="RSS pubDate '{s}' (explicit -0500 offset, EST); local {d} in {z}",
  basis_none="",
  notes="Invented outlet. General world RSS 2.0 feed (war items 2 of 6). Newest first. pubDate with -0500; dc:creator on some items. The prisoner exchange is counted here as '500 prisoners in total' (250 each elsewhere).",
  not_entries=["channel metadata (title, link, description, language, lastBuildDate, atom:link)", "<category> labels", "guid/link URLs"],
  entries=[
  C(E("2028-02-23 18:10", "Russia and Ukraine trade hundreds of prisoners",
    ["Russia and Ukraine swapped 500 prisoners of war in total on Wednesday, the latest in a series of exchanges brokered by the United Arab Emirates."],
    "diplomacy", "diplomacy", 3, SWAP, a="Hollis Wainwright", n="'500 in total' = 250 each"), "Europe"),
  C(OFF("2028-02-23 16:30", "Storm knocks out power to 300,000 in Atlantic Canada",
    ["A powerful winter storm brought hurricane-force gusts to Nova Scotia and New Brunswick on Wednesday, leaving about 300,000 customers without power."],
    "atlantic-canada-storm-2028-02-23", a="Hollis Wainwright", n="weather"), "Americas"),
  C(OFF("2028-02-23 14:05", "Ferry fire off the Philippines kills 11",
    ["At least 11 people died when fire broke out on a passenger ferry off the southern Philippine island of Mindanao, the coast guard said."],
    "philippines-ferry-fire-2028-02-23", n="accident"), "Asia"),
  C(E("2028-02-23 11:45", "Ukraine extends martial law for another 90 days",
    ["Ukraine\u2019s parliament on Wednesday extended martial law and the general mobilization for another 90 days, keeping in place rules that bar most men of fighting age from leaving the country."],
    "other", "politics", 3, MARTIAL, n="also in 15630"), "Europe"),
  C(OFF("2028-02-23 09:20", "Australia\u2019s southeast braces for extreme fire danger",
    ["Authorities in Victoria and South Australia declared total fire bans for Thursday as temperatures were forecast to climb above 44C."],
    "australia-fire-danger-2028-02-23", n="weather"), "Asia-Pacific"),
  C(OFF("2028-02-23 07:00", "Oil prices edge lower as US stockpiles grow",
    ["Brent crude slipped below $70 a barrel on Wednesday after industry data pointed to a larger-than-expected build in US crude inventories."],
    "oil-prices-us-stockpiles-2028-02-23", a="Dana Okonkwo", n="markets"), "Business"),
  ]))
MYK = "mykolaiv-missile-strike-2028-02-26"
TUAPSE = "tuapse-refinery-drone-attack-2028-02-26"
CALL = "trump-zelensky-call-2028-02-26"

# ---------------------------------------------------------------- 15640 Lanwick Observer (day 3, Atom world feed)
SEEDS.append(dict(
  id="15640", name="15640_lanwickobserver-worldatom", ext="xml", source="Lanwick Observer", zone="UTC", render=r_atom,
  title="Lanwick Observer \u2013 World", home="https://lanwickobserver.example/", tag="lanwickobserver.example", feed_author="Lanwick Observer",
  basis="Atom <published> '{s}' (Z = UTC); local {d} in {z}",
  basis_none="",
  notes="Invented outlet. General world Atom feed (war items 2 of 6). Newest first. <published> in Z; no entry-level <author>, only a feed-level <author><name>Lanwick Observer</name> (the outlet itself), so author is null. Spelling 'Mykolaiv'.",
  not_entries=["feed title, id, links, updated, feed-level author (the outlet name)", "each entry's <updated> time", "entry ids and links"],
  entries=[
  E("2028-02-26 20:10", "Death toll in Mykolaiv strike rises to four",
    ["Four people were killed and 23 wounded when Russian missiles struck the southern Ukrainian city of Mykolaiv on Saturday morning, the regional governor said."],
    "strikes", "strikes", 3, MYK, n="main day-3 event; toll 4"),
  OFF("2028-02-26 18:45", "Mozambique floods force 40,000 from their homes",
    ["Floods in central Mozambique have forced more than 40,000 people from their homes after a week of torrential rain, the national disaster agency said."],
    "mozambique-floods-2028-02-26", n="natural disaster"),
  E("2028-02-26 16:20", "Trump and Zelensky discuss \u2018ceasefire framework\u2019 in phone call",
    ["US President Donald Trump said he had a \u201cvery good\u201d call with Volodymyr Zelensky on Saturday about a framework for a ceasefire, and that he would speak to Vladimir Putin next week."],
    "diplomacy", "diplomacy", 3, CALL, n="also in 15642 and 15643"),
  OFF("2028-02-26 13:05", "Six Nations: Ireland edge France in Dublin",
    ["Ireland beat France 24-22 at the Aviva Stadium on Saturday to keep their hopes of the championship alive."],
    "six-nations-ireland-france-2028-02-26", n="sport"),
  OFF("2028-02-26 10:30", "Peru\u2019s Congress opens impeachment debate",
    ["Peru\u2019s Congress opened debate on Saturday on a motion to remove the president over allegations of illegal campaign financing."],
    "peru-impeachment-debate-2028-02-26", n="politics elsewhere"),
  OFF("2028-02-26 08:00", "Japan raises alert level for Sakurajima volcano",
    ["Japan\u2019s weather agency raised the alert level for the Sakurajima volcano in Kagoshima after a series of larger eruptions overnight."],
    "sakurajima-alert-2028-02-26", n="natural hazard"),
  ]))


# ---------------------------------------------------------------- 15641 Tarrowmere Gazette (day 3, text live, no year)
def r_tarrowmere(S):
    """Invented outlet: text live blog, oldest first, bare 'HH:MM' line, headline, body; one two-name page byline;
    the date line names no year ('Saturday 26 February')."""
    z = S["zone"]; order_check(S, False)
    d0 = dt(S["entries"][0]["t"], z)
    L = ["Tarrowmere Gazette", "Ukraine | World | Analysis | Podcasts", "", S["title"], f"{DAYS_EN[d0.weekday()]} {d0.day} {MONTHS[d0.month - 1]}",
         f"By {S['byline']}", "All times are Kyiv time", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if not e["p"]:
            L += ["(video, 0:56)", ""]
        if i == 4:
            L += ["Listen to our daily Ukraine podcast wherever you get your podcasts.", ""]
    L += ["End of today\u2019s coverage. Our live blog resumes tomorrow at 7am.", "", "Tarrowmere Gazette | About | Contact | Corrections"]
    return "\n".join(L) + "\n", stamps


TW_A = "Oksana Lytvyn and Callum Reddaway"
SEEDS.append(dict(
  id="15641", name="15641_tarrowmeregazette-textlive", ext="txt", source="Tarrowmere Gazette", zone="Europe/Kyiv", render=r_tarrowmere,
  title="Mykolaiv under missile attack: live", byline=TW_A, parse_args=["--date", "2028-02-26"],
  basis="bare post time '{s}' ('All times are Kyiv time' printed, EET = UTC+2); the day comes from the page date 'Saturday 26 February', which names no year (parse_args --date 2028-02-26); local {d} in {z}",
  basis_none="",
  notes="Invented outlet. Text live blog, oldest first. Each post: bare 'HH:MM' line, headline, body. No year anywhere on the page (date line 'Saturday 26 February'), hence parse_args --date 2028-02-26. One two-name page byline, kept as one author string for every post. 15641-03 is a 'Video:' teaser without text. 15641-05 is a theme piece (explainer on why Mykolaiv is targeted; mentions today's strike; own story). 15641-06 repeats 15641-04 almost word for word. The Tuapse refinery attack (Ukrainian drones on Russia) must not merge with the Mykolaiv strike. Mykolaiv toll 1 -> 3 here.",
  not_entries=["masthead and navigation line", "page title, date line, byline and 'All times are Kyiv time'", "video placeholder '(video, 0:56)' in the teaser",
               "podcast promo after the fifth post", "closing line 'End of today\u2019s coverage ...'", "footer line"],
  entries=[
  E("2028-02-26 07:20", "Explosions reported in Mykolaiv during air raid alert",
    ["Loud explosions were heard in Mykolaiv shortly after 7am as the air force warned of ballistic missiles heading for the south, residents and local journalists reported."],
    "strikes", "strikes", 3, MYK, a=TW_A, n="first report of the main day-3 event"),
  E("2028-02-26 08:45", "Mykolaiv: one killed, 12 injured, governor says",
    ["One person was killed and 12 injured in this morning\u2019s missile attack on Mykolaiv, regional governor Vitaliy Kim said.",
     "He said missiles hit a school building, which was empty at the time, and two apartment blocks in the Tsentralnyi district."],
    "strikes", "strikes", 3, MYK, a=TW_A, n="toll 1"),
  E("2028-02-26 10:10", "Video: Firefighters at the scene in Mykolaiv", [],
    "strikes", "strikes", 1, MYK, a=TW_A, n="video teaser without text"),
  E("2028-02-26 11:30", "Ukraine\u2019s drones hit Tuapse refinery, general staff says",
    ["Ukraine\u2019s general staff said its long-range drones struck the oil refinery in the Black Sea port of Tuapse overnight, causing a large fire.",
     "The Krasnodar region\u2019s emergency headquarters confirmed a fire at an industrial site in Tuapse and said no one had been hurt."],
    "strikes", "strikes", 3, TUAPSE, a=TW_A, n="Ukrainian strike on Russia (drones the other way): must not merge with the Mykolaiv strike"),
  E("2028-02-26 13:05", "Explainer: Why Russia keeps targeting Mykolaiv",
    ["Mykolaiv has been hit more often than almost any city outside the front-line regions, and today\u2019s strike is a reminder of why.",
     "The city\u2019s shipyards and the bridges over the Southern Buh make it the gateway between Odesa and the southern front, and its place on the estuary puts it within easy range of missiles launched from Crimea and the Black Sea."],
    "strikes", "strikes", 2, "explainer-mykolaiv-as-target", a=TW_A, n="theme piece (explainer; mentions today's strike but is its own story): must not merge with the Mykolaiv strike"),
  E("2028-02-26 15:40", "Ukraine\u2019s drones hit Tuapse refinery, general staff says",
    ["Ukraine\u2019s general staff said its long-range drones struck the oil refinery in the Black Sea port of Tuapse overnight, causing a large fire.",
     "The Krasnodar region\u2019s emergency headquarters confirmed a fire at an industrial site in Tuapse; no one was hurt."],
    "strikes", "strikes", 1, TUAPSE, a=TW_A, dup="15641-04", n="near-verbatim repeat of 15641-04"),
  E("2028-02-26 17:25", "Mykolaiv toll rises to three",
    ["Two more people have died in hospital after the morning strike on Mykolaiv, bringing the death toll to three, the governor said."],
    "strikes", "strikes", 3, MYK, a=TW_A, n="toll 3"),
  ]))


# ---------------------------------------------------------------- 15642 Halstock Review (day 3, HTML live, @graph)
def r_halstock(S):
    """Invented outlet: HTML live blog, newest first; <time datetime="...+00:00">8.40pm</time>; per-post author line.
    JSON-LD @graph whose main node has @type ["NewsArticle","LiveBlogPosting"] and no liveBlogUpdate (page times only)."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"] + "#live", "headline": S["title"], "datePublished": iso(first),
         "dateModified": iso(last), "coverageStartTime": iso(first), "mainEntityOfPage": {"@id": S["url"]},
         "publisher": {"@id": "https://halstockreview.example/#org"}},
        {"@type": "WebPage", "@id": S["url"], "url": S["url"], "name": S["title"]},
        {"@type": "Organization", "@id": "https://halstockreview.example/#org", "name": "Halstock Review"}]}
    out = ['<!DOCTYPE html>', '<html lang="en-IE"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - Halstock Review</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head>',
           '<body><header class="hr-head"><a href="/">Halstock Review</a><nav>News \u00b7 World \u00b7 Business \u00b7 Sport \u00b7 Culture</nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="live-date">{DAYS_EN[last.weekday()]} {last.day} {MONTHS[last.month - 1]} {last.year}</p>',
           '<section class="liveblog">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, sep="."); stamps.append(st)
        out += [f'<div class="lb-post"><time datetime="{d.isoformat()}">{st}</time>', f'<h2>{esc(e["h"])}</h2>']
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="lb-author">{esc(e["a"])}</p>')
        out.append('</div>')
        if i == 2:
            out.append('<div class="ad-slot">Advertisement</div>')
    out += ['</section></main>', '<footer>\u00a9 Halstock Review. <a href="/terms">Terms</a> <a href="/privacy">Privacy</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="15642", name="15642_halstockreview-htmllive", ext="html", source="Halstock Review", zone="Europe/Dublin", render=r_halstock,
  title="Ukraine live: Mykolayiv strike toll climbs; Trump and Zelensky talk ceasefire", url="https://halstockreview.example/world/ukraine-live-26-feb",
  basis="12-hour stamp '{s}' in <time> (Irish time, GMT = UTC in February; no zone printed), date from the page line 'Saturday 26 February 2028'; local {d} in {z}",
  basis_none="",
  notes="Invented outlet. HTML live blog, newest first. Each post: <time datetime> with a visible 12-hour '8.40pm' (dot separator, no zone), h2 headline, body, author line. JSON-LD @graph with a node of @type [\"NewsArticle\",\"LiveBlogPosting\"] and no liveBlogUpdate (page-level times only). Spelling 'Mykolayiv'. 15642-02 (Kherson shelling) is another southern strike: must not merge with the Mykolayiv strike. No zone printed: Europe/Dublin (GMT in February).",
  not_entries=["header and navigation", "page title h1 and the date line", "author lines under each post", "'Advertisement' slot after the third post", "footer"],
  entries=[
  E("2028-02-26 20:40", "Mykolayiv strike: death toll reaches four",
    ["The number of people killed in Saturday\u2019s Russian missile strike on Mykolayiv has risen to four, Ukrainian officials said this evening.",
     "Among the dead is a 15-year-old boy who was pulled from the rubble of an apartment block earlier in the day."],
    "strikes", "strikes", 3, MYK, a="Saoirse Brannigan", n="toll 4; spelling 'Mykolayiv'"),
  E("2028-02-26 18:15", "Kherson shelling wounds three",
    ["Russian shelling wounded three people in Kherson\u2019s Dniprovskyi district on Saturday afternoon, the city\u2019s military administration said."],
    "strikes", "strikes", 2, "kherson-shelling-2028-02-26", a="Cathal Dunleavy", n="another southern strike the same day: must not merge with the Mykolayiv strike"),
  E("2028-02-26 16:05", "Trump says he discussed \u2018ceasefire framework\u2019 with Zelensky",
    ["Donald Trump said he spoke with Volodymyr Zelensky by phone on Saturday and that the two had discussed a \u201cframework\u201d for a ceasefire.",
     "Trump said he expected to speak with Vladimir Putin \u201cvery soon\u201d."],
    "diplomacy", "diplomacy", 3, CALL, a="Cathal Dunleavy"),
  E("2028-02-26 13:30", "Ireland to contribute \u20ac20m to Ukraine demining",
    ["The Government will contribute \u20ac20 million to an international fund for clearing mines in Ukraine, the T\u00e1naiste announced on Saturday."],
    "aid", "aid", 2, "ireland-demining-contribution-2028-02-26", a="Saoirse Brannigan"),
  E("2028-02-26 11:50", "Mykolayiv strike hit school and apartment blocks, mayor says",
    ["Russian missiles that struck Mykolayiv this morning hit an empty school and two apartment blocks, the city\u2019s mayor Oleksandr Senkevych said."],
    "strikes", "strikes", 3, MYK, a="Saoirse Brannigan"),
  E("2028-02-26 09:10", "Russia says it downed 60 Ukrainian drones as Tuapse refinery burns",
    ["Russia\u2019s defence ministry said its air defences destroyed 60 Ukrainian drones overnight over the Krasnodar region and the Black Sea, as a fire burned at the oil refinery in Tuapse."],
    "strikes", "strikes", 3, TUAPSE, a="Cathal Dunleavy", n="Russian claim about the Tuapse attack: same story"),
  ]))


# ---------------------------------------------------------------- 15643 Pendry Post (day 3, RSS +0200)
SEEDS.append(dict(
  id="15643", name="15643_pendrypost-rss", ext="xml", source="Pendry Post", zone="Europe/Kyiv", render=r_rss,
  title="Pendry Post \u2013 Ukraine", home="https://pendrypost.example/", desc="Ukraine news from the Pendry Post",
  basis="RSS pubDate '{s}' (explicit +0200 offset, Kyiv); local {d} in {z}",
  basis_none="",
  notes="Invented outlet. RSS 2.0 Ukraine feed, newest first, pubDate with +0200, dc:creator per item, description = one escaped paragraph. Mykolaiv toll 4 (day of mourning declared for Sunday); Tuapse fire out; Zelensky's account of the call with Trump (same story as Trump's account).",
  not_entries=["channel metadata (title, link, description, language, lastBuildDate, atom:link)", "<category> labels", "guid/link URLs"],
  entries=[
  C(E("2028-02-26 22:30", "Mykolaiv mourns four dead after Saturday strike",
    ["Mykolaiv declared Sunday a day of mourning after Saturday\u2019s missile strike killed four people, including a teenager, and injured 23."],
    "strikes", "strikes", 3, MYK, a="Iryna Voloshyn"), "Ukraine"),
  C(E("2028-02-26 19:15", "Tuapse refinery fire put out, Krasnodar officials say",
    ["Firefighters put out the blaze at the Tuapse oil refinery after nearly 14 hours, the Krasnodar regional authorities said, adding that the plant had stopped processing crude."],
    "strikes", "strikes", 3, TUAPSE, a="Iryna Voloshyn", n="aftermath of the Tuapse attack: same story"), "Russia"),
  C(E("2028-02-26 16:40", "Zelensky calls talk with Trump \u2018substantive\u2019",
    ["Volodymyr Zelensky said his phone call with Donald Trump on Saturday was \u201csubstantive\u201d and that Ukraine was ready to work on a ceasefire framework \u201cwith clear security guarantees\u201d."],
    "diplomacy", "diplomacy", 3, CALL, a="Petro Hnatyuk", n="Kyiv's account of the same call"), "Ukraine"),
  C(E("2028-02-26 13:00", "Syrskyi visits troops near Kostiantynivka",
    ["Ukraine\u2019s commander-in-chief Oleksandr Syrskyi visited brigades defending Kostiantynivka and said he had ordered extra drone units to the sector."],
    "other", "frontline", 2, "syrskyi-kostiantynivka-visit-2028-02-26", a="Petro Hnatyuk"), "Ukraine"),
  C(E("2028-02-26 10:20", "Romania scrambles jets as drones fly near border",
    ["Romania scrambled two F-16 jets early on Saturday after Russian drones attacking Ukraine\u2019s Danube ports flew close to its border, the defence ministry in Bucharest said."],
    "other", "security", 2, "romania-scrambles-jets-2028-02-26", a="Iryna Voloshyn"), "Europe"),
  C(E("2028-02-26 08:05", "Sumy region extends evacuation of border villages",
    ["Authorities in the Sumy region ordered the evacuation of nine more villages along the Russian border because of heavier shelling."],
    "other", "humanitarian", 2, "sumy-border-evacuation-2028-02-26", a="Petro Hnatyuk"), "Ukraine"),
  ]))
if __name__ == "__main__":
    main()

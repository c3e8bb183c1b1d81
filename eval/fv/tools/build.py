#!/usr/bin/env python3
"""Builds the eval/fv seed pages and their gold answers from one hand-written data table (further below).
All news text is the blind tester's own invented wording (no copied sentences). Part A imitates, from memory, the
page layouts of ten real North American outlets; Part B outlets are invented. Deterministic: re-running gives the
same files.  Run from the project root:  python3 eval/fv/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
AP_MON = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WDAY = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
# abbreviations after which a full stop does not end a sentence
ABBR = ("U.S.", "U.N.", "U.K.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.",
        "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.", "Maj.", "Sgt.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=""):
    """one entry: t = local time 'YYYY-MM-DD HH:MM' in the page zone, h = headline (None when the page prints none),
    p = body paragraphs, labels, st = story slug, a = author as printed (None when none), n = per-entry note."""
    return dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)


def OFF(t, h, p, st, a=None, n=""):
    """a wire item that is not about the war"""
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n)


def first_sentence(par):
    for m in re.finditer(r'[.!?]["\'\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018]|$)', par):
        head = par[:m.end()]
        if m.end() < len(par) and head.endswith(ABBR):
            continue
        return head
    return par


def esc(s):
    return html.escape(s, quote=False)


def att(s):
    return html.escape(s, quote=True)


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def h12(d, space=" ", style="dots"):
    """12-hour clock: style 'dots' -> '4:12 p.m.', 'lower' -> '4:12 pm', 'upper' -> '4:12 PM', 'tight' -> '4:12PM', 'uk' -> '4.12pm'"""
    hh = d.hour % 12 or 12
    pm = d.hour >= 12
    if style == "dots":
        return f"{hh}:{d.minute:02d}{space}{'p.m.' if pm else 'a.m.'}"
    if style == "lower":
        return f"{hh}:{d.minute:02d}{space}{'pm' if pm else 'am'}"
    if style == "upper":
        return f"{hh}:{d.minute:02d}{space}{'PM' if pm else 'AM'}"
    if style == "tight":
        return f"{hh}:{d.minute:02d}{'PM' if pm else 'AM'}"
    if style == "uk":
        return f"{hh}.{d.minute:02d}{'pm' if pm else 'am'}"
    raise ValueError(style)


def paras(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def in_order(S, newest_first):
    ts = [e["t"] for e in S["entries"]]
    assert ts == sorted(ts, reverse=newest_first), f"{S['id']}: entries must run {'newest' if newest_first else 'oldest'} first"


def rfc822(d, gmt=False):
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if gmt else d.strftime("%z"))


def ld(obj):
    return '<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False) + '</script>'


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
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
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
        print(f"{fn:42s} {len(ents):2d} entries  UTC {sorted({x['published'][:10] for x in ents})}")
    print(f"{len(SEEDS)} seeds, {total} entries")


def K(e, **kw):
    """attach page-specific extras (update time, kicker, comment count, ...) to an entry"""
    e.update(kw)
    return e


# ================================================================ Part A renderers + pages (real outlets' layouts, own words)

def r_tribune(S):
    """Chicago Tribune 'Nation & World' section listing (WordPress platform shared with the other MediaNews/Tribune
    papers), copied as text. Newest first. Card: kicker, headline, excerpt, 'By NAME | Associated Press', then
    'PUBLISHED: January 3, 2030 at 2:05 PM CST' (sometimes followed by ' | UPDATED: ...')."""
    z = S["zone"]; in_order(S, True); ref = dt(S["ref"], z)
    L = ["Skip to content", "", "Chicago Tribune", "", f"{WDAY[ref.weekday()]}, {MONTHS[ref.month - 1]} {ref.day}, {ref.year}",
         "Chicago, IL  27°F  Cloudy", "", "Subscribe", "Log In", "Today's e-Edition", "Search", "",
         "Breaking News   News   Sports   Opinion   Business   Entertainment   Real Estate   Obituaries   Classifieds   Puzzles & Games", "",
         S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{MONTHS[d.month - 1]} {d.day}, {d.year} at {h12(d, style='upper')} CST"; stamps.append(st)
        line = "PUBLISHED: " + st
        if e.get("upd"):
            u = dt(e["upd"], z)
            line += f" | UPDATED: {MONTHS[u.month - 1]} {u.day}, {u.year} at {h12(u, style='upper')} CST"
        L += [e.get("kicker", "Nation & World"), e["h"], ""] + paras(e["p"]) + [e["byline"], line, ""]
        if i == 3:
            L += ["Trending Nationally", "Winter storm warning stretches from Kansas to Michigan",
                  "Powerball jackpot climbs again after no winner", "Recall issued for frozen dumplings sold in 14 states", ""]
        if i == 5:
            L += ["Newsletter", "Get the day's top stories from the Tribune delivered to your inbox every morning.",
                  "Enter your email address", "Sign up", ""]
    L += ["Load More", "", "About Us   Contact Us   Newsroom Directory   Manage Subscription   Privacy Policy   Terms of Service",
          f"Copyright © {ref.year} Chicago Tribune"]
    return "\n".join(L) + "\n", stamps


SEEDS.append(dict(
  id="17900", name="17900_chicagotribune-nationworld", ext="txt", source="Chicago Tribune", zone="America/Chicago", render=r_tribune,
  title="Nation & World", ref="2030-01-03 17:20",
  basis="card stamp 'PUBLISHED: {s}' (explicit date, 12-hour clock, CST printed = UTC-6); the UPDATED part, where printed, is ignored; local {d} in {z}",
  notes="Imitates the Chicago Tribune 'Nation & World' section listing as copied from the browser (WordPress platform of the Tribune/MediaNews papers). Newest first. Each card: kicker ('Nation & World' or 'Chicagoland'), headline, one excerpt paragraph, byline 'By NAME | Associated Press' (or 'By Associated Press' / '| Chicago Tribune'), then 'PUBLISHED: January 3, 2030 at 4:52 PM CST', two cards adding ' | UPDATED: ...'. published = the PUBLISHED time (the card's own publication time), never the UPDATED one. The header date line and weather widget are chrome. Two off-beat wire stories (Australian cyclone, Japanese rates). One local Tribune story about a Ukrainian Village relief drive (war-related, other/humanitarian).",
  not_entries=["'Skip to content'", "masthead 'Chicago Tribune', header date line 'Thursday, January 3, 2030' and weather widget 'Chicago, IL 27°F Cloudy'",
               "Subscribe / Log In / Today's e-Edition / Search", "navigation menu", "section heading 'Nation & World' (page title)",
               "card kickers 'Nation & World' / 'Chicagoland'", "'Trending Nationally' box with three unrelated headlines",
               "newsletter sign-up box", "'Load More'", "footer links and copyright line"],
  entries=[
  K(E("2030-01-03 16:52", "Russian drones knock out power station in Kharkiv region, leaving 60,000 without heat",
      ["A swarm of Russian attack drones struck a thermal power station outside Kharkiv before dawn on Thursday, cutting heating to about 60,000 households as temperatures dipped well below freezing, Ukrainian officials said."],
      "strikes", "strikes", 2, "kharkiv-region-power-station-drone-strike-2030-01-03", a="Iryna Voloshko"),
    byline="By Iryna Voloshko | Associated Press", upd="2030-01-03 17:10"),
  K(OFF("2030-01-03 15:30", "Bank of Japan holds rates steady as yen slides to a six-month low",
        ["Japan's central bank left its benchmark rate unchanged on Thursday and signaled it was in no hurry to tighten further, sending the yen lower against the dollar."],
        "bank-of-japan-rates-2030-01-03", a="Associated Press", n="Japanese monetary policy"),
    byline="By Associated Press"),
  K(E("2030-01-03 14:05", "Missile hits apartment block in Dnipro, killing at least 5",
      ["A Russian ballistic missile slammed into a nine-story apartment building in the central Ukrainian city of Dnipro on Thursday afternoon, killing at least five people and trapping others under the rubble, the regional governor said."],
      "strikes", "strikes", 3, "dnipro-apartment-missile-strike-2030-01-03", a="Iryna Voloshko and Samuel Trent"),
    byline="By Iryna Voloshko and Samuel Trent | Associated Press", upd="2030-01-03 16:31"),
  K(E("2030-01-03 12:18", "Zelenskyy travels to Helsinki to seal 10-year security pact with Nordic states",
      ["Ukrainian President Volodymyr Zelenskyy arrived in Finland on Thursday to sign a decade-long security agreement with five Nordic governments that commits them to training, air defense and intelligence sharing."],
      "diplomacy", "diplomacy", 3, "zelenskyy-nordic-security-pact-2030-01-03", a="Associated Press", sec=["aid"]),
    byline="By Associated Press"),
  K(OFF("2030-01-03 10:40", "Cyclone floods towns in Australia's far north",
        ["Heavy rain from a slow-moving tropical cyclone flooded several remote communities in Queensland's Cape York region, where emergency crews used boats to reach stranded residents."],
        "queensland-cyclone-floods-2030-01-03", a="Associated Press", n="Australian weather"),
    byline="By Associated Press"),
  K(E("2030-01-03 09:12", "Germany pledges four more IRIS-T air defense systems for Ukraine",
      ["Germany will deliver four additional IRIS-T air defense systems and several thousand interceptor missiles to Ukraine this year, the Defense Ministry in Berlin said Thursday, describing the package as its largest of the winter."],
      "aid", "aid", 3, "germany-iris-t-pledge-2030-01-03", a="Associated Press"),
    byline="By Associated Press"),
  K(E("2030-01-03 08:20", "Ukrainian Village church fills a semitrailer with generators bound for Kharkiv",
      ["Volunteers at a Ukrainian Catholic parish on Chicago's Near West Side spent the holiday week loading more than 200 donated generators into a truck headed for hospitals and schools in Kharkiv."],
      "other", "humanitarian", 2, "chicago-parish-generators-for-kharkiv-2030-01", a="Dennis Kowalczyk"),
    byline="By Dennis Kowalczyk | Chicago Tribune", kicker="Chicagoland"),
  K(E("2030-01-03 07:35", "Russia says its troops took a village west of Kostiantynivka",
      ["Russia's Defense Ministry claimed Thursday that its forces had captured a small village west of Kostiantynivka in the Donetsk region, a claim Ukraine's military did not confirm."],
      "other", "frontline", 2, "russia-claims-village-near-kostiantynivka-2030-01-03", a="Associated Press"),
    byline="By Associated Press"),
  ]))


def r_bostonglobe(S):
    """The Boston Globe (Arc XP) running-updates article, HTML. Newest first. Each update: bare time '5:48 p.m.' (no zone,
    no date) above an h2 headline, body, then a sign-off 'By NAME Globe Staff' / 'By The Associated Press'. The dates are only
    in the page header ('Updated January 5, 2030, 5:48 p.m.'). JSON-LD: one page-level NewsArticle, no per-update data."""
    z = S["zone"]; in_order(S, True)
    pub = dt(S["published"], z); last = dt(S["entries"][0]["t"], z)
    meta = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "url": S["url"],
            "datePublished": pub.isoformat(), "dateModified": last.isoformat(),
            "author": [{"@type": "Person", "name": n} for n in S["authors"]],
            "publisher": {"@type": "Organization", "name": "The Boston Globe", "logo": {"@type": "ImageObject", "url": "https://www.bostonglobe.com/pf/resources/images/logo-bg.jpg"}},
            "isAccessibleForFree": False}
    upd = f"Updated {MONTHS[last.month - 1]} {last.day}, {last.year}, {h12(last)}"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - The Boston Globe</title>',
           f'<link rel="canonical" href="{S["url"]}">', '<meta property="og:site_name" content="BostonGlobe.com">', ld(meta), '</head><body>',
           '<header class="header"><a class="logo" href="/">The Boston Globe</a>',
           '<nav><a href="/metro/">Metro</a> <a href="/politics/">Politics</a> <a href="/business/">Business</a> <a href="/opinion/">Opinion</a> '
           '<a href="/sports/">Sports</a> <a href="/arts/">Arts</a> <a href="/lifestyle/">Lifestyle</a> <a href="/world/">World</a> <a href="/todays-paper/">Today\'s Paper</a></nav>',
           '<a class="subscribe" href="/subscribe/">Subscribe now</a> <a class="login" href="/login/">Log in</a></header>',
           '<main><article>', '<div class="section-label"><a href="/world/">World</a></div>', f'<h1 class="headline">{esc(S["title"])}</h1>',
           '<div class="byline">By ' + " and ".join(f'<a href="/staff/">{esc(n)}</a>' for n in S["authors"]) + ' Globe Staff</div>',
           f'<div class="datetime">{upd}</div>',
           '<div class="share"><button>Gift Article</button> <button>Share</button> <button>Print</button></div>',
           f'<p class="lede">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = h12(d); stamps.append(st)
        out.append(f'<section class="update" id="update-{len(S["entries"]) - i}"><div class="update-time">{st}</div><h2>{esc(e["h"])}</h2>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<figure class="video"><span class="video-duration">0:58</span></figure>')
        out.append(f'<p class="signoff">{esc(e["byline"])}</p></section>')
        if i == 2:
            out.append('<aside class="newsletter"><h3>Today\'s Headlines</h3><p>Start your day with the stories everyone is talking about.</p>'
                       '<button>Sign up</button></aside>')
    out += ['<div class="comments"><button>Show 142 comments</button></div>', '</article>',
            '<aside class="most-popular"><h3>Most Popular on bostonglobe.com</h3><ol><li>Snow totals climb across the South Shore</li>'
            '<li>Celtics rally past Knicks in overtime</li></ol></aside></main>',
            '<footer><a href="/about/">About</a> <a href="/help/">Help</a> <a href="/privacy/">Privacy Policy</a> '
            f'<p>©{pub.year} Boston Globe Media Partners, LLC</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="17901", name="17901_bostonglobe-liveupdates", ext="html", source="The Boston Globe", zone="America/New_York", render=r_bostonglobe,
  title="Live updates: Russia hurls missiles and drones at Ukraine's power grid; Kyiv toll rises",
  url="https://www.bostonglobe.com/2030/01/05/world/russia-ukraine-power-grid-attack-live-updates/",
  published="2030-01-05 07:02", authors=["Theo Marchetti", "Anjali Brennan"],
  lede="Russia launched one of its largest air attacks of the winter overnight into Saturday, aiming dozens of missiles and hundreds of drones at power plants across Ukraine. Follow here for updates.",
  basis="update time '{s}' with no date or zone; the page header 'Updated January 5, 2030, 5:48 p.m.' and the JSON-LD datePublished (2030-01-05T07:02-05:00) put every update on Saturday 5 January; zone = Boston (Eastern, EST = UTC-5), not printed; local {d} in {z}",
  notes="Imitates a Boston Globe (Arc XP) running-updates article. Newest first. Each update: bare time ('5:48 p.m.', no date, no zone) above an h2 headline, body paragraphs, then a sign-off 'By NAME Globe Staff' or 'By The Associated Press'. The only date is in the header ('Updated January 5, 2030, 5:48 p.m.') and in the page-level NewsArticle JSON-LD (no per-update data). Zone not printed: Boston = America/New_York (EST in January). One 'Watch:' video teaser without text. Entries 17901-04 and 17901-06 are the same attack (first report and the rising toll).",
  not_entries=["header logo and navigation (Metro, Politics, ..., Today's Paper), Subscribe now / Log in", "section label 'World'",
               "page headline (page title)", "page byline 'By Theo Marchetti and Anjali Brennan Globe Staff'", "'Updated January 5, 2030, 5:48 p.m.' line",
               "Gift Article / Share / Print buttons", "intro paragraph (page lede)", "sign-off lines under each update (authors, not body)",
               "video duration '0:58' in the teaser", "'Today's Headlines' newsletter box", "'Show 142 comments'",
               "'Most Popular on bostonglobe.com' with two local headlines", "footer links and copyright"],
  entries=[
  K(E("2030-01-05 17:48", "Kyiv opens metro stations overnight as thousands lose heat",
      ["Kyiv's city authorities kept all underground metro stations open through Saturday night so residents of apartment blocks without heating could sleep in warmth, Mayor Vitali Klitschko said.",
       "Volunteers handed out tea and blankets on platforms along the red line, and the city set up extra charging points for phones."],
      "other", "humanitarian", 2, "kyiv-metro-shelters-heat-loss-2030-01-05", a="Anjali Brennan", sec=["strikes"]),
    byline="By Anjali Brennan Globe Staff"),
  K(E("2030-01-05 15:20", "Polish jets take to the air as missiles fly near the border",
      ["Poland's operational command said it had scrambled fighter aircraft as a precaution on Saturday morning while Russian missiles were heading toward targets in western Ukraine.",
       "No Polish airspace violation was confirmed and the jets returned to base without engaging anything, the command said in a post on X."],
      "other", "security", 2, "poland-scrambles-jets-2030-01-05", a="The Associated Press"),
    byline="By The Associated Press"),
  K(E("2030-01-05 13:05", "Boston surgeons head to Lviv to treat wounded soldiers",
      ["A team of eight surgeons and nurses from a Boston teaching hospital left Logan Airport on Saturday for a two-week rotation at a rehabilitation center in Lviv that treats soldiers with severe limb injuries.",
       "It is the group's sixth trip since 2023. Team members said demand for reconstructive operations had not slowed."],
      "other", "humanitarian", 2, "boston-surgeons-lviv-rotation-2030-01", a="Theo Marchetti"),
    byline="By Theo Marchetti Globe Staff"),
  K(E("2030-01-05 11:30", "Death toll in Kyiv climbs to 4 after overnight barrage",
      ["Four people were killed in the capital when debris from a downed missile set fire to a residential building in the Darnytskyi district, Ukraine's emergency service said late Saturday morning.",
       "Nationwide, at least nine people were wounded and six power facilities were damaged, according to the energy ministry."],
      "strikes", "strikes", 3, "russian-power-grid-barrage-2030-01-05", a="The Associated Press"),
    byline="By The Associated Press"),
  K(E("2030-01-05 09:45", "Watch: Firefighters battle flames at a Kyiv heating plant", [],
      "strikes", "strikes", 1, "russian-power-grid-barrage-2030-01-05", a="The Associated Press", n="video teaser, no text body"),
    byline="By The Associated Press"),
  K(E("2030-01-05 07:55", "Russia fires about 70 missiles and 350 drones at Ukraine's energy system",
      ["Russia aimed roughly 70 cruise and ballistic missiles and some 350 drones at Ukraine overnight, the Ukrainian air force said, in an attack that focused on power plants and substations from Kyiv to the western Lviv region.",
       "Air defenses shot down most of the cruise missiles but fewer of the ballistic ones, the air force said. Grid operator Ukrenergo ordered emergency blackouts in 11 regions."],
      "strikes", "strikes", 3, "russian-power-grid-barrage-2030-01-05", a="Theo Marchetti"),
    byline="By Theo Marchetti Globe Staff"),
  ]))


def r_torstar(S):
    """Toronto Star 'World' section front (TownNews BLOX platform since 2023), copied as text. Newest first. Card:
    headline, one-line summary, byline 'By NAME Staff Reporter' / 'The Associated Press', then a relative age
    ('14 min ago', '2 hrs ago'). The only absolute time is the capture clock in the top bar."""
    z = S["zone"]; in_order(S, True); ref = dt(S["ref"], z)
    L = ["Skip to main content", "Skip to main content", "", "Toronto Star",
         f"{WDAY[ref.weekday()]}, {MONTHS[ref.month - 1]} {ref.day}, {ref.year} · {h12(ref)}", "Toronto  -4°C  Light snow", "",
         "Subscribe", "Log In", "e-Edition", "",
         "Home   GTA   Canada   Politics   World   Business   Opinion   Life   Sports   Entertainment   Investigations", "",
         S["title"], "", "Africa   Americas   Asia   Europe   Middle East   U.S.", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        st = f"{mins} min ago" if mins < 60 else f"{mins // 60} hrs ago"
        assert mins < 60 or mins % 60 == 0, f"{S['id']}: relative stamps are whole hours after the first hour"
        stamps.append(st)
        L += [e["h"], ""] + paras(e["p"]) + [e["byline"], st]
        if e.get("comments"):
            L.append(f"{e['comments']} Comments")
        L.append("")
        if i == 2:
            L += ["Top Stories Newsletter", "Get the day's most important stories delivered to your inbox.", "Sign Up", ""]
    L += ["Show more", "", "Most Popular",
          "TTC adds overnight buses on three routes", "Leafs call up goalie after injury in Boston", "",
          "© Copyright Toronto Star Ltd. 1996 - " + str(ref.year) + "   Terms of Use   Privacy Policy   Accessibility"]
    return "\n".join(L) + "\n", stamps


SEEDS.append(dict(
  id="17902", name="17902_torontostar-world", ext="txt", source="Toronto Star", zone="America/Toronto", render=r_torstar,
  title="World", ref="2030-01-07 16:35",
  basis="relative stamp '{s}' counted back from the top-bar capture clock 'Monday, January 7, 2030 · 4:35 p.m.' (Toronto, Eastern, EST = UTC-5, zone not printed); local {d} in {z}",
  notes="Imitates the Toronto Star 'World' section front on its BLOX (TownNews) platform, copied as text. Newest first. Card: headline, one summary paragraph, byline ('By NAME Staff Reporter', 'By NAME Ottawa Bureau', 'The Associated Press'), relative age ('14 min ago', '2 hrs ago'), sometimes a comment count. The only clock is the top bar 'Monday, January 7, 2030 · 4:35 p.m.' (capture time, Toronto = EST, no zone printed); each age is counted back from it (BLOX floors ages, so these are as precise as the page allows). Author = the name between 'By' and the desk/role words; 'The Associated Press' as printed for agency cards. Two off-beat wire items (Peru quake, Java floods).",
  not_entries=["'Skip to main content' (twice)", "masthead 'Toronto Star', top-bar clock line (capture time, used as the anchor), weather widget",
               "Subscribe / Log In / e-Edition", "navigation menu", "section heading 'World' (page title) and the region sub-menu",
               "comment counts ('87 Comments', '23 Comments')", "'Top Stories Newsletter' box", "'Show more'",
               "'Most Popular' with two local headlines", "copyright and legal footer"],
  entries=[
  K(E("2030-01-07 16:21", "Ottawa commits $400 million to buy drones for Ukraine's army",
      ["Defence Minister David McGuinty announced Monday that Canada will spend $400 million on long-range and interceptor drones for Ukraine, most of them to be built by Ukrainian manufacturers with Canadian money."],
      "aid", "aid", 3, "canada-drone-funding-ukraine-2030-01-07", a="Althea Marwick"),
    byline="By Althea Marwick Ottawa Bureau", comments=87),
  K(OFF("2030-01-07 15:43", "Strong earthquake shakes southern Peru; no deaths reported",
        ["A magnitude 6.4 earthquake struck near the city of Arequipa on Monday, cracking walls and briefly cutting power, Peru's civil defence agency said."],
        "peru-earthquake-2030-01-07", a="The Associated Press", n="earthquake in Peru"),
    byline="The Associated Press"),
  K(E("2030-01-07 14:35", "Russian strike on bus station in Sumy kills three, wounds 19",
      ["A Russian guided bomb hit the main bus station in the northeastern Ukrainian city of Sumy as passengers waited for morning departures, killing three people and wounding 19, regional officials said."],
      "strikes", "strikes", 3, "sumy-bus-station-strike-2030-01-07", a="The Associated Press"),
    byline="The Associated Press"),
  K(E("2030-01-07 13:35", "Hungary blocks EU statement backing Ukraine's accession timeline",
      ["Hungary on Monday vetoed a joint European Union statement that would have endorsed opening the final negotiating clusters with Ukraine this spring, diplomats in Brussels said."],
      "diplomacy", "diplomacy", 2, "hungary-blocks-eu-ukraine-accession-statement-2030-01-07", a="Lucía Ferrand"),
    byline="By Lucía Ferrand Europe Correspondent"),
  K(OFF("2030-01-07 11:35", "Floods force 30,000 from their homes on Indonesia's Java",
        ["Days of monsoon rain swelled rivers across central Java, and rescuers in rubber boats evacuated tens of thousands of people, Indonesia's disaster agency said."],
        "java-floods-2030-01-07", a="The Associated Press", n="floods in Indonesia"),
    byline="The Associated Press"),
  K(E("2030-01-07 09:35", "Ukraine and Russia swap 190 prisoners each in UAE-brokered exchange",
      ["Ukraine and Russia each released 190 prisoners of war on Monday in an exchange mediated by the United Arab Emirates, the first such swap of the new year, officials on both sides said."],
      "diplomacy", "diplomacy", 3, "uae-prisoner-exchange-2030-01-07", a="Marek Oduya"),
    byline="By Marek Oduya Staff Reporter", comments=23),
  K(E("2030-01-07 07:35", "Estonia says Russian fighter jet entered its airspace for a minute",
      ["Estonia's military said a Russian Su-35 crossed into its airspace near Vaindloo island for about one minute early Monday, and the Foreign Ministry summoned Russia's chargé d'affaires."],
      "other", "security", 2, "estonia-airspace-violation-2030-01-07", a="The Associated Press", sec=["diplomacy"]),
    byline="The Associated Press"),
  ]))


def r_globemail_rss(S):
    """The Globe and Mail world feed (Arc XP outbound feed, RSS 2.0). Newest first; pubDate in GMT with '+0000';
    title, description and dc:creator in CDATA; media:content thumbnails."""
    z = S["zone"]; in_order(S, True)
    last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" '
           'xmlns:media="http://search.yahoo.com/mrss/" version="2.0">', '<channel>',
           f'<title><![CDATA[{S["title"]}]]></title>', '<link>https://www.theglobeandmail.com</link>',
           '<atom:link href="https://www.theglobeandmail.com/arc/outboundfeeds/rss/category/world/" rel="self" type="application/rss+xml"/>',
           '<description><![CDATA[The Globe and Mail RSS Feed]]></description>',
           f'<lastBuildDate>{rfc822(last + timedelta(minutes=4))}</lastBuildDate>', '<language>en</language>', '<ttl>1</ttl>',
           '<sy:updatePeriod>hourly</sy:updatePeriod>', '<sy:updateFrequency>1</sy:updateFrequency>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        url = f"https://www.theglobeandmail.com/world/article-{e['slug']}/"
        out += ['<item>', f'<title><![CDATA[{e["h"]}]]></title>', f'<link>{url}</link>', f'<guid isPermaLink="true">{url}</guid>']
        if e["a"]:
            out.append(f'<dc:creator><![CDATA[{e["a"]}]]></dc:creator>')
        out += [f'<description><![CDATA[{" ".join(e["p"])}]]></description>', f'<pubDate>{st}</pubDate>',
                f'<media:content type="image/jpeg" url="https://www.theglobeandmail.com/resizer/v2/{e["slug"].upper()[:12]}.jpg?width=600"/>',
                '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="17903", name="17903_theglobeandmail-worldrss", ext="xml", source="The Globe and Mail", zone="UTC", render=r_globemail_rss,
  title="The Globe and Mail - World",
  basis="RSS pubDate '{s}' (explicit date, time and '+0000' offset); {d} {z}",
  notes="Imitates The Globe and Mail's world-section RSS 2.0 feed as served by its Arc XP outbound-feeds endpoint. Newest first; each item: CDATA title, link, permalink guid, dc:creator (staff name, 'Reuters', 'The Associated Press' or 'The Canadian Press'), a one-paragraph CDATA description, pubDate with '+0000', a media:content thumbnail. Times are GMT, so page_timezone is UTC. Body = the description (one paragraph). Two off-beat items (Brazil pensions, an Atlantic storm). 17903-04 is an analysis piece (importance 2).",
  not_entries=["channel title 'The Globe and Mail - World', link, atom:link, channel description 'The Globe and Mail RSS Feed'",
               "lastBuildDate, language, ttl and syndication fields", "media:content thumbnails", "item links and guids"],
  entries=[
  K(E("2030-01-09 22:40", "Canada sanctions 60 more Russians over deportation of Ukrainian children",
      ["Foreign Affairs Minister Anita Anand announced sanctions on Wednesday against 60 Russian officials and institutions that Ottawa says organized the removal of Ukrainian children to Russia and occupied territories."],
      "diplomacy", "diplomacy", 3, "canada-sanctions-child-deportations-2030-01-09", a="Graham Ostrowski"),
    slug="canada-sanctions-russians-ukrainian-children"),
  K(OFF("2030-01-09 20:15", "Brazil's Senate passes pension overhaul after marathon session",
        ["Brazilian senators approved a long-debated change to public-sector pensions early on Wednesday, handing the government a victory before the legislative recess."],
        "brazil-pension-overhaul-2030-01-09", a="Reuters", n="Brazilian politics"),
    slug="brazil-senate-pension-overhaul"),
  K(E("2030-01-09 18:50", "Glide bombs hit industrial district of Zaporizhzhia, injuring 11",
      ["Russian aircraft dropped at least four guided bombs on an industrial area of Zaporizhzhia on Wednesday evening, injuring 11 people and damaging a transport depot, regional governor Ivan Fedorov said."],
      "strikes", "strikes", 2, "zaporizhzhia-glide-bombs-2030-01-09", a="The Associated Press"),
    slug="zaporizhzhia-glide-bombs-injure-11"),
  K(E("2030-01-09 16:05", "Analysis: Europe's shell factories are finally catching up with Ukraine's needs",
      ["Four years after European governments promised a million artillery rounds for Ukraine, new plants in Germany, Poland and the Czech Republic are now producing more 155-millimetre shells each month than Ukraine's guns fire, Natalka Reiss writes."],
      "aid", "aid", 2, "analysis-european-shell-production-2030-01", a="Natalka Reiss", n="analysis piece"),
    slug="analysis-europe-shell-factories-ukraine"),
  K(OFF("2030-01-09 13:30", "Storm Ingrid cuts power to 200,000 homes in Ireland and Scotland",
        ["Gusts of up to 150 kilometres an hour toppled trees and power lines across western Ireland and the Scottish Highlands, and ferry services were cancelled for a second day."],
        "storm-ingrid-2030-01-09", a="The Canadian Press", n="weather in Europe"),
    slug="storm-ingrid-ireland-scotland-power"),
  K(E("2030-01-09 11:10", "Ukraine's parliament extends martial law and mobilization for 90 more days",
      ["Ukraine's Verkhovna Rada voted on Wednesday to extend martial law and general mobilization until mid-April, the latest in a string of three-month extensions since the full-scale invasion began."],
      "other", "politics", 2, "ukraine-martial-law-extension-2030-01-09", a="Reuters"),
    slug="ukraine-parliament-extends-martial-law"),
  K(E("2030-01-09 08:45", "Moldova arrests two men suspected of spying for Russia near Ukrainian border",
      ["Moldovan police detained two men accused of photographing a bridge and a fuel depot near the Ukrainian border on behalf of Russian military intelligence, prosecutors in Chisinau said."],
      "other", "security", 2, "moldova-spy-arrests-2030-01-09", a="The Associated Press"),
    slug="moldova-arrests-suspected-russian-spies"),
  ]))


def r_natpost(S):
    """National Post (Postmedia) article with h2 sections, HTML. 'Author of the article:' byline, 'Published Jan 11, 2030
    • Last updated ... • 4 minute read' (dates without a clock); the time is only in the NewsArticle JSON-LD."""
    z = S["zone"]; pub = dt(S["published"], z); upd = dt(S["updated"], z)
    iso = pub.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    meta = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": S["url"], "headline": S["title"],
            "description": S["lede"], "datePublished": iso, "dateModified": upd.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
            "author": [{"@type": "Person", "name": S["byline"]}],
            "publisher": {"@type": "Organization", "name": "National Post", "logo": {"@type": "ImageObject", "url": "https://nationalpost.com/wp-content/themes/postmedia/assets/images/logos/NP_logo.png"}},
            "articleSection": "World"}
    pd = f"{MON3[pub.month - 1]} {pub.day:02d}, {pub.year}"
    out = ['<!DOCTYPE html>', '<html lang="en-CA"><head><meta charset="UTF-8">', f'<title>{esc(S["title"])} | National Post</title>',
           f'<link rel="canonical" href="{S["url"]}">', ld(meta), '</head><body class="single">',
           '<header class="site-header"><a class="logo" href="/">National Post</a>',
           '<nav><a href="/category/news/">News</a> <a href="/category/opinion/">Opinion</a> <a href="/category/news/politics/">Canadian Politics</a> '
           '<a href="/category/news/world/">World</a> <a href="/category/sports/">Sports</a> <a href="/category/culture/">Culture</a> '
           '<a href="/category/life/">Life</a> <a href="/category/shopping/">Shopping</a> <a href="https://epaper.nationalpost.com/">ePaper</a></nav>',
           '<a href="/subscribe/">Subscribe</a> <a href="/sign-in/">Sign In</a></header>',
           '<main><article>', '<div class="article-header__category"><a href="/category/news/world/">World</a></div>',
           f'<h1 class="article-title">{esc(S["title"])}</h1>', f'<p class="article-subtitle">{esc(S["lede"])}</p>',
           f'<div class="article-meta"><span class="article-meta__author">Author of the article:</span> <span class="published-by__author">{esc(S["byline"])}</span></div>',
           f'<div class="article-meta__details"><span class="published-date">Published {pd}</span> • <span class="updated-date">Last updated {pd}</span> • <span>4 minute read</span></div>',
           '<div class="article-comments-link"><a href="#comments">Join the conversation</a> <span>115 Comments</span></div>',
           f'<figure><img src="https://smartcdn.gcp.postmedia.digital/nationalpost/wp-content/uploads/{pub.year}/01/krh0111.jpg" alt="">'
           f'<figcaption>{esc(S["caption"])}</figcaption></figure>',
           '<section class="article-content">']
    for i, e in enumerate(S["entries"]):
        out.append(f'<h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if i == 1:
            out.append('<aside class="newsletter-signup"><p>Sign up to receive the daily top stories from the National Post, a division of Postmedia Network Inc.</p>'
                       '<input type="email" placeholder="Email Address"> <button>Sign Up</button></aside>')
    out += [f'<p><em>{esc(S["files"])}</em></p>', '</section>',
            '<p class="bookmark">Our website is where to find the latest breaking news and exclusive reporting; bookmark our homepage and sign up for our newsletters.</p>',
            '<div class="share">Share this article in your social network</div>',
            '<section id="comments"><h3>Comments</h3><p>Postmedia is committed to maintaining a lively but civil forum for discussion. Please keep comments relevant and respectful.</p></section>',
            '</article><aside class="trending"><h3>Trending</h3><ol><li>Ontario pauses highway tolls plan</li><li>Canucks swap defenceman for prospect</li></ol></aside></main>',
            f'<footer><p>© {pub.year} National Post, a division of Postmedia Network Inc. All rights reserved.</p></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


NP_BASIS = ("no per-section stamp; the visible page prints only 'Published Jan 11, 2030 • Last updated Jan 11, 2030' (no clock), so the time "
            "comes from the page's NewsArticle JSON-LD datePublished 2030-01-11T11:15:00.000Z (6:15 a.m. in Toronto); every section shares it; local {d} in {z}")
SEEDS.append(dict(
  id="17904", name="17904_nationalpost-dayarticle", ext="html", source="National Post", zone="America/Toronto", render=r_natpost,
  title="Ukraine war, day 2,879: Deadly strike on Kryvyi Rih, Lavrov rebuffs energy truce and what else to know",
  url="https://nationalpost.com/news/world/ukraine-war-day-2879-what-to-know",
  lede="Russia's foreign minister dismisses a proposal to spare power plants as strikes continue on both sides of the border",
  byline="Adaeze Kowal", published="2030-01-11 06:15", updated="2030-01-11 09:40",
  caption="Rescuers clear debris from a damaged building in Kryvyi Rih. Photo by State Emergency Service of Ukraine /Handout via Reuters",
  files="With files from The Associated Press, Reuters and Bloomberg",
  basis=NP_BASIS,
  notes="Imitates a National Post (Postmedia) 'what to know' article on the war: five h2 sections, one entry each (headline = section heading), no per-section time. The visible page prints only dates without a clock ('Published Jan 11, 2030 • Last updated Jan 11, 2030 • 4 minute read'); the publication time is taken from the page's NewsArticle JSON-LD (datePublished 2030-01-11T11:15:00.000Z, i.e. 6:15 a.m. EST). All sections share that time and the page byline 'Author of the article: Adaeze Kowal' (author for every section). The 'With files from ...' line, photo caption, comment count and newsletter box are chrome.",
  not_entries=["header logo, navigation and Subscribe / Sign In", "category label 'World'", "page headline (page title)", "subtitle/dek under the headline",
               "'Author of the article:' label", "'Published Jan 11, 2030 • Last updated Jan 11, 2030 • 4 minute read'", "'Join the conversation' and '115 Comments'",
               "photo caption and credit", "newsletter sign-up box after the second section", "'With files from The Associated Press, Reuters and Bloomberg'",
               "bookmark/newsletter promo paragraph", "'Share this article in your social network'", "comments policy block", "'Trending' rail", "footer copyright"],
  entries=[
  E("2030-01-11 06:15", "Missile strike on Kryvyi Rih kills two",
    ["A Russian Iskander missile struck a street of shops and apartment blocks in Kryvyi Rih late Thursday, killing two people and wounding at least 14, the head of the city's military administration said.",
     "Kryvyi Rih, President Volodymyr Zelenskyy's home city, has been hit repeatedly since 2022. Rescuers worked through the night to search a partly collapsed building."],
    "strikes", "strikes", 3, "kryvyi-rih-missile-strike-2030-01-10", a="Adaeze Kowal"),
  E("2030-01-11 06:15", "Lavrov rejects a truce on energy targets",
    ["Foreign Minister Sergei Lavrov said Russia would not agree to a mutual halt on strikes against power infrastructure, calling a proposal floated by European mediators this week a ploy to give Ukraine's army time to regroup.",
     "Kyiv had signalled it was ready to stop hitting Russian refineries if Moscow stopped targeting Ukrainian power plants.",
     "European officials said they would keep the proposal on the table."],
    "diplomacy", "diplomacy", 3, "lavrov-rejects-energy-truce-2030-01-10", a="Adaeze Kowal"),
  E("2030-01-11 06:15", "Ukraine says it hit ammunition depot in Bryansk region",
    ["Ukraine's General Staff said drones struck a Russian ammunition depot near the town of Klintsy in the Bryansk region overnight, setting off secondary explosions that residents filmed from several kilometres away.",
     "The regional governor said a fire broke out after drones were shot down, but reported no casualties."],
    "strikes", "strikes", 2, "bryansk-ammunition-depot-strike-2030-01-11", a="Adaeze Kowal"),
  E("2030-01-11 06:15", "Rutte presses allies to close the Patriot gap",
    ["NATO Secretary General Mark Rutte told a security conference in Stockholm that allies must find at least four more Patriot batteries for Ukraine before spring, warning that interceptor stocks were running low.",
     "He said industry had doubled its output of interceptors but that deliveries still lagged behind Russia's production of ballistic missiles."],
    "aid", "aid", 2, "rutte-patriot-appeal-2030-01-10", a="Adaeze Kowal", sec=["diplomacy"]),
  E("2030-01-11 06:15", "Canadian instructors start new pilot course in Romania",
    ["A group of Royal Canadian Air Force instructors began teaching a new class of Ukrainian F-16 pilots at a training centre in Romania this week, the Department of National Defence said.",
     "Canada has rotated instructors through the centre since 2024 and plans to keep doing so through the end of the year."],
    "aid", "aid", 2, "canadian-f16-instructors-romania-2030-01", a="Adaeze Kowal"),
  ]))


def r_seattletimes(S):
    """The Seattle Times 'Nation & World' listing (WordPress VIP), copied as text. Newest first. Card: kicker,
    headline, byline line ('NAME The Associated Press' / 'By NAME Seattle Times staff reporter'), then
    'Jan. 13, 2030 at 11:15 pm', then the excerpt. Pacific time, zone never printed."""
    z = S["zone"]; in_order(S, True)
    L = ["Skip to content", "", "The Seattle Times", "", "Subscribe", "Log In", "",
         "Local   Business   Nation & World   Sports   Entertainment   Life   Homes & Real Estate   Opinion   Jobs", "",
         S["title"], "", "Nation   World   Politics   Science   Health", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{AP_MON[d.month - 1]} {d.day}, {d.year} at {h12(d, style='lower')}"; stamps.append(st)
        L += [e.get("kicker", "World"), e["h"], e["byline"], st, ""] + paras(e["p"])
        if i == 3:
            L += ["Morning Brief", "Get the top stories in your inbox every weekday morning.", "Sign up", ""]
    L += ["More Nation & World stories", "", "About   Contact   Advertise   Privacy   Terms of Service",
          "© 2030 The Seattle Times Company"]
    return "\n".join(L) + "\n", stamps


SEEDS.append(dict(
  id="17905", name="17905_seattletimes-nationworld", ext="txt", source="The Seattle Times", zone="America/Los_Angeles", render=r_seattletimes,
  title="Nation & World",
  basis="card stamp '{s}' (explicit date, 12-hour clock, no zone printed: Seattle = Pacific, PST = UTC-8); local {d} in {z}",
  notes="Imitates The Seattle Times 'Nation & World' listing (WordPress VIP) copied as text. Newest first. Card: kicker ('World', 'Nation', 'Local'), headline, byline line ('NAME The Associated Press', 'By NAME Seattle Times staff reporter', 'The Associated Press'), stamp 'Jan. 13, 2030 at 11:15 pm' (no zone: Pacific, PST = UTC-8), then one excerpt paragraph. The cards span two local dates (Jan. 13 evening and the early hours of Jan. 14) but all fall on 2030-01-14 in UTC. Two off-beat wire stories (Korean ferry, Mexican water plan).",
  not_entries=["'Skip to content'", "masthead, Subscribe / Log In", "navigation menu", "section heading 'Nation & World' (page title) and its sub-menu",
               "card kickers ('World', 'Nation', 'Local')", "'Morning Brief' newsletter box", "'More Nation & World stories'", "footer links and copyright"],
  entries=[
  K(E("2030-01-14 01:50", "Russian missiles strike Kharkiv, killing 4 as residents head to work",
      ["Two Russian ballistic missiles hit central Kharkiv on Monday morning, killing four people at a tram stop and damaging a university building, Mayor Ihor Terekhov said."],
      "strikes", "strikes", 3, "kharkiv-missile-strike-2030-01-14", a="Oksana Lytvyn"),
    byline="Oksana Lytvyn The Associated Press"),
  K(OFF("2030-01-13 23:15", "All 140 rescued after fire breaks out on South Korean ferry",
        ["South Korea's coast guard rescued all 140 passengers and crew from a ferry that caught fire off the southern island of Jeju on Monday, officials said."],
        "south-korea-ferry-fire-2030-01-14", a="The Associated Press", n="ferry fire in South Korea"),
    byline="The Associated Press"),
  K(E("2030-01-13 21:40", "Zelenskyy replaces the commander of Ukraine's air force",
      ["Ukrainian President Volodymyr Zelenskyy dismissed the commander of the air force on Sunday and named his deputy, a former fighter pilot, to the post, without giving a reason for the change."],
      "other", "politics", 2, "ukraine-air-force-commander-replaced-2030-01-13", a="The Associated Press"),
    byline="The Associated Press"),
  K(E("2030-01-13 19:05", "Washington Guard medics will train Ukrainian soldiers in Poland",
      ["About 60 medics from the Washington National Guard will spend three months in eastern Poland teaching battlefield first aid to Ukrainian troops, the Guard said Sunday."],
      "aid", "aid", 2, "washington-guard-medic-training-2030-01", a="Colin Achterberg"),
    byline="By Colin Achterberg Seattle Times staff reporter", kicker="Local"),
  K(OFF("2030-01-13 17:50", "Mexico unveils $8 billion water plan for drought-stricken north",
        ["Mexico's government announced new aqueducts and desalination plants for the northern states of Sonora, Chihuahua and Nuevo León, where reservoirs have fallen to record lows."],
        "mexico-water-plan-2030-01-13", a="María Quintero", n="Mexican drought policy"),
    byline="María Quintero The Associated Press"),
  K(E("2030-01-13 16:48", "Senators push penalties on foreign buyers of Russian oil",
      ["A bipartisan group of U.S. senators introduced a bill on Sunday that would impose tariffs on countries that keep buying Russian crude, saying Moscow's oil revenue still pays for the war."],
      "diplomacy", "diplomacy", 2, "us-senate-russian-oil-buyers-bill-2030-01-13", a="The Associated Press"),
    byline="The Associated Press", kicker="Nation"),
  K(E("2030-01-13 16:20", "Drone attack sets Russian fuel depot ablaze in Tambov region",
      ["A fire broke out at an oil storage site in Russia's Tambov region after a Ukrainian drone attack overnight, the regional governor said, adding that no one was hurt."],
      "strikes", "strikes", 2, "tambov-fuel-depot-drone-attack-2030-01-13", a="The Associated Press"),
    byline="The Associated Press"),
  ]))


def r_miamiherald(S):
    """Miami Herald (McClatchy) 'World' section front, HTML. Newest first. Card: kicker, h3 headline, summary,
    'BY NAME' byline, then the stamp in capitals 'JANUARY 16, 2030 4:12 PM' (no zone). JSON-LD: WebPage + BreadcrumbList only."""
    z = S["zone"]; in_order(S, True)
    meta = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "@id": "https://www.miamiherald.com/news/nation-world/world/", "name": "World News | Miami Herald",
         "isPartOf": {"@type": "WebSite", "name": "Miami Herald", "url": "https://www.miamiherald.com"}},
        {"@type": "BreadcrumbList", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "News", "item": "https://www.miamiherald.com/news/"},
            {"@type": "ListItem", "position": 2, "name": "Nation & World", "item": "https://www.miamiherald.com/news/nation-world/"},
            {"@type": "ListItem", "position": 3, "name": "World", "item": "https://www.miamiherald.com/news/nation-world/world/"}]}]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', '<title>World News | Miami Herald</title>', ld(meta), '</head>',
           '<body class="section-front">', '<header class="masthead"><a class="logo" href="/">Miami Herald</a>',
           '<nav><a href="/news/local/community/miami-dade/">Miami-Dade</a> <a href="/news/local/community/broward/">Broward</a> '
           '<a href="/news/local/community/florida-keys/">Florida Keys</a> <a href="/news/nation-world/world/americas/">Americas</a> '
           '<a href="/sports/">Sports</a> <a href="/news/politics-government/">Politics</a> <a href="/news/business/">Business</a> '
           '<a href="/opinion/">Opinion</a> <a href="/entertainment/">Entertainment</a> <a href="https://miamiherald.newspapers.com/">Archives</a></nav>',
           '<a class="subscribe" href="/subscribe/">Subscribe</a> <a href="/account/">Sign In</a></header>',
           '<div class="weather">Miami 74° Partly Cloudy</div>', f'<main><h1 class="section-title">{esc(S["title"])}</h1>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{MONTHS[d.month - 1].upper()} {d.day}, {d.year} {h12(d, style='upper')}"; stamps.append(st)
        out += ['<article class="package">', f'<p class="kicker">{esc(e.get("kicker", "WORLD"))}</p>',
                f'<h3><a href="/news/nation-world/world/article{298114350 - i * 977}.html">{esc(e["h"])}</a></h3>']
        out += [f'<p class="summary">{esc(p)}</p>' for p in e["p"]]
        out += [f'<p class="byline">{esc(e["byline"])}</p>', f'<time class="update-date">{st}</time>', '</article>']
        if i == 2:
            out.append('<aside class="newsletter"><p>Get the biggest stories from South Florida and beyond in your inbox.</p><button>SIGN UP</button></aside>')
    out += ['<a class="load-more" href="?page=2">LOAD MORE</a>', '</main>',
            '<footer><a href="/customer-service/">Customer Service</a> <a href="/privacy/">Privacy Policy</a> <a href="/terms/">Terms of Service</a>'
            f'<p>Copyright {dt(S["entries"][0]["t"], z).year} Miami Herald. All Rights Reserved.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="17906", name="17906_miamiherald-world", ext="html", source="Miami Herald", zone="America/New_York", render=r_miamiherald,
  title="World",
  basis="card stamp '{s}' (explicit date, 12-hour clock in capitals, no zone printed: Miami = Eastern, EST = UTC-5); local {d} in {z}",
  notes="Imitates the Miami Herald (McClatchy) 'World' section front, HTML. Newest first. Card: kicker ('WORLD', 'AMERICAS', 'SOUTH FLORIDA'), h3 headline, one summary paragraph, byline in capitals ('BY NAME', 'ASSOCIATED PRESS'), then the stamp 'JANUARY 16, 2030 4:12 PM' after the headline (no zone; Miami = EST). JSON-LD holds only WebPage and BreadcrumbList (no article data). Authors as printed in the byline (capitals kept, 'BY' dropped). Two off-beat Americas stories (Haiti, Cuba).",
  not_entries=["header logo, navigation, Subscribe / Sign In", "weather widget 'Miami 74° Partly Cloudy'", "section heading 'World' (page title)",
               "card kickers", "newsletter box after the third card", "'LOAD MORE'", "footer links and copyright"],
  entries=[
  K(E("2030-01-16 18:25", "Russian drone hits maternity ward in Kherson, killing two",
      ["A Russian drone struck the maternity ward of a hospital in the southern Ukrainian city of Kherson on Wednesday, killing a nurse and a patient, regional officials said. Newborns were carried to a basement shelter."],
      "strikes", "strikes", 3, "kherson-maternity-ward-drone-strike-2030-01-16", a="ASSOCIATED PRESS"),
    byline="ASSOCIATED PRESS"),
  K(OFF("2030-01-16 16:40", "Haiti's transitional council names a new prime minister",
        ["Haiti's presidential council picked a former finance minister as interim prime minister on Wednesday, the fourth head of government in less than two years."],
        "haiti-new-prime-minister-2030-01-16", a="DANIELLE ROCHEMONT", n="Haitian politics"),
    byline="BY DANIELLE ROCHEMONT", kicker="AMERICAS"),
  K(E("2030-01-16 15:05", "Doral exporter charged with shipping aircraft parts to Russia",
      ["Federal prosecutors in Miami charged the owner of a Doral aviation-parts company with routing more than $3 million in restricted components to Russian airlines through Armenia and the United Arab Emirates."],
      "other", "security", 2, "doral-exporter-russia-parts-charges-2030-01-16", a="ROBERTO LIMA-HALL"),
    byline="BY ROBERTO LIMA-HALL", kicker="SOUTH FLORIDA"),
  K(E("2030-01-16 12:50", "EU adopts new sanctions aimed at Russia's shadow tanker fleet",
      ["European Union governments approved a new sanctions package on Wednesday that adds 120 tankers to a port-ban list and targets insurers in third countries that cover Russian oil shipments."],
      "diplomacy", "diplomacy", 3, "eu-shadow-fleet-sanctions-2030-01-16", a="ASSOCIATED PRESS"),
    byline="ASSOCIATED PRESS"),
  K(OFF("2030-01-16 10:30", "Cuba's grid fails again, leaving most of the island dark",
        ["A breakdown at Cuba's largest power plant knocked out electricity across most of the island on Wednesday morning, the fourth nationwide blackout in a year."],
        "cuba-blackout-2030-01-16", a="NORA GAMBOA", n="Cuban power grid"),
    byline="BY NORA GAMBOA", kicker="AMERICAS"),
  K(E("2030-01-16 08:40", "Seoul says North Korea shipped another 2 million shells to Russia",
      ["South Korea's spy agency told lawmakers on Wednesday that North Korea had sent about 2 million more artillery shells and dozens of ballistic missiles to Russia since the summer."],
      "aid", "aid", 3, "north-korea-shells-to-russia-2030-01-16", a="ASSOCIATED PRESS"),
    byline="ASSOCIATED PRESS"),
  K(E("2030-01-16 07:15", "Ukraine says its troops pushed Russian units back near Huliaipole",
      ["Ukraine's military said on Wednesday that its forces had retaken positions north of Huliaipole in the Zaporizhzhia region after a week of fighting. Russia did not comment."],
      "other", "frontline", 2, "huliaipole-counterattack-2030-01-16", a="ASSOCIATED PRESS"),
    byline="ASSOCIATED PRESS"),
  ]))


def r_startribune(S):
    """Star Tribune (now printing 'The Minnesota Star Tribune' masthead) carrying an AP 'The Latest' file, text scrape.
    Oldest first; each item is a bare clock line '9:05 a.m.' followed by paragraphs, no headlines. One page byline and
    one page date line 'January 18, 2030 at 5:40PM'."""
    z = S["zone"]; in_order(S, False); pub = dt(S["published"], z)
    L = ["Skip to main content", "", "The Minnesota Star Tribune", "", "Subscribe", "Log in", "",
         "News & Politics   Sports   Business   Opinion   Variety   Obituaries   Puzzles   e-Edition", "",
         "World", "", S["title"], "", S["byline"], f"{MONTHS[pub.month - 1]} {pub.day}, {pub.year} at {h12(pub, style='tight')}", "",
         "Share   Gift   Comments (12)", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = h12(d); stamps.append(st)
        L += [st, ""] + paras(e["p"])
        if i == 3:
            L += ["Advertisement", ""]
    L += ["Copyright 2030 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.", "",
          "More from World", "Quebec ice storm leaves 90,000 without power", "Chile's wildfire season starts early", "",
          "About Us   Contact Us   Terms of Use   Privacy Policy", "© 2030 Star Tribune. All rights reserved."]
    return "\n".join(L) + "\n", stamps


ST_A = "The Associated Press"
SEEDS.append(dict(
  id="17907", name="17907_startribune-thelatest", ext="txt", source="Star Tribune", zone="America/Chicago", render=r_startribune,
  title="The Latest: Russia sends 140 drones at Ukraine; Norway to pay for two Patriot systems",
  byline="By The Associated Press", published="2030-01-18 17:40",
  lede="The latest on Russia's war in Ukraine:",
  basis="bare item time '{s}' (no date, no zone, no headline); the page date line 'January 18, 2030 at 5:40PM' gives the day (items run oldest first, all before it); Minneapolis = Central, CST = UTC-6, zone not printed; local {d} in {z}",
  notes="Imitates a Star Tribune (masthead 'The Minnesota Star Tribune') World page carrying an AP 'The Latest' file, copied as text. Oldest first. Items have no headline: a bare clock line ('9:05 a.m.', no zone, no date) then paragraphs, so headline is null and first_sentence is the opening sentence, wire dateline included ('KYIV, Ukraine (AP) — ...'). The day comes only from the page date line 'January 18, 2030 at 5:40PM'. One page byline 'By The Associated Press' (author for every item). Zone not printed: Minneapolis = America/Chicago (CST).",
  not_entries=["'Skip to main content'", "masthead 'The Minnesota Star Tribune', Subscribe / Log in", "navigation menu", "section label 'World'",
               "page headline (page title)", "page byline 'By The Associated Press' and date line 'January 18, 2030 at 5:40PM'",
               "'Share   Gift   Comments (12)'", "intro line 'The latest on Russia's war in Ukraine:'", "'Advertisement' marker",
               "AP copyright notice", "'More from World' with two unrelated headlines", "footer links and copyright"],
  entries=[
  E("2030-01-18 09:05", None,
    ["KYIV, Ukraine (AP) — Russia launched 140 attack drones and three ballistic missiles at Ukraine overnight, the Ukrainian air force said Friday, and falling debris injured six people in the Kyiv and Chernihiv regions.",
     "The air force said 118 drones were shot down or jammed. The ballistic missiles hit an industrial site near Kropyvnytskyi, officials said, without giving details."],
    "strikes", "strikes", 2, "overnight-drone-missile-attack-2030-01-18", a=ST_A),
  E("2030-01-18 10:20", None,
    ["Ukrainian President Volodymyr Zelenskyy said he would travel to Warsaw next week for talks with the leaders of Poland, the Baltic states and the Nordic countries on air defense and reconstruction financing."],
    "diplomacy", "diplomacy", 2, "zelenskyy-warsaw-trip-announced-2030-01-18", a=ST_A),
  E("2030-01-18 11:45", None,
    ["Russia's Defense Ministry claimed its troops had captured the village of Mala Tokmachka in the Zaporizhzhia region. Ukraine's military said fighting for the village was continuing.",
     "Neither claim could be independently verified."],
    "other", "frontline", 2, "russia-claims-mala-tokmachka-2030-01-18", a=ST_A),
  E("2030-01-18 13:10", None,
    ["NIKOPOL, Ukraine (AP) — Russian artillery fire killed a 67-year-old man and damaged a gas pipeline in Nikopol, across the Dnipro River from Russian-occupied territory, the regional governor said.",
     "Nikopol has been shelled almost daily since Russian troops took the nuclear power plant on the opposite bank in 2022."],
    "strikes", "strikes", 3, "nikopol-shelling-2030-01-18", a=ST_A),
  E("2030-01-18 14:35", None,
    ["Norway will pay for two complete Patriot air defense systems for Ukraine, to be bought from Germany's stocks and replaced by new ones later, Norwegian Prime Minister Jonas Gahr Støre said.",
     "The deal is worth about 18 billion kroner, he said, and the first system should arrive within weeks."],
    "aid", "aid", 3, "norway-patriot-purchase-2030-01-18", a=ST_A),
  E("2030-01-18 16:05", None,
    ["The U.N. human rights office said 213 civilians were killed in Ukraine in December, the highest monthly toll in more than a year, most of them by drones and glide bombs."],
    "other", "humanitarian", 2, "un-civilian-toll-december-2029", a=ST_A, sec=["strikes"]),
  E("2030-01-18 17:20", None,
    ["Ukraine's Security Service said it had detained a municipal official in Odesa who is suspected of sending Russian intelligence the positions of mobile air defense teams."],
    "other", "security", 2, "odesa-official-detained-spying-2030-01-18", a=ST_A),
  ]))


def r_denverpost_atom(S):
    """The Denver Post nation-world category feed as WordPress serves it at /feed/atom/: per entry author, CDATA title,
    <updated> then <published> (UTC, 'Z'), category, a truncated summary ending '[&#8230;]' and the full content."""
    z = S["zone"]; in_order(S, True)
    last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom" xmlns:thr="http://purl.org/syndication/thread/1.0" '
           'xml:lang="en-US" xml:base="https://www.denverpost.com/wp-atom.php">',
           f'<title type="text">{S["title_raw"]}</title>',
           '<subtitle type="text">Colorado breaking news, sports, business, weather, entertainment.</subtitle>',
           f'<updated>{(last + timedelta(minutes=12)).strftime("%Y-%m-%dT%H:%M:%SZ")}</updated>',
           '<link rel="alternate" type="text/html" href="https://www.denverpost.com"/>', '<id>https://www.denverpost.com/feed/atom/</id>',
           '<link rel="self" type="application/atom+xml" href="https://www.denverpost.com/news/nation-world/feed/atom/"/>',
           '<generator uri="https://wordpress.org/" version="6.9">WordPress</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.strftime("%Y-%m-%dT%H:%M:%SZ"); stamps.append(st)
        upd = (d + timedelta(minutes=e.get("upd_after", 0))).strftime("%Y-%m-%dT%H:%M:%SZ")
        words = e["p"][0].split()
        summ = " ".join(words[:22]) + " [&#8230;]" if len(words) > 22 else e["p"][0]
        pid = 7102480 + 37 * (len(S["entries"]) - i)
        out += ['<entry>', f'<author><name>{esc(e["a"])}</name></author>', f'<title type="html"><![CDATA[{e["h"]}]]></title>',
                f'<link rel="alternate" type="text/html" href="https://www.denverpost.com/{d:%Y/%m/%d}/{e["slug"]}/"/>',
                f'<id>https://www.denverpost.com/?p={pid}</id>', f'<updated>{upd}</updated>', f'<published>{st}</published>',
                f'<category scheme="https://www.denverpost.com" term="{e.get("cat", "World News")}"/>',
                f'<summary type="html"><![CDATA[{summ}]]></summary>',
                f'<content type="html" xml:base="https://www.denverpost.com/{d:%Y/%m/%d}/{e["slug"]}/"><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></content>',
                f'<link rel="replies" type="text/html" href="https://www.denverpost.com/{d:%Y/%m/%d}/{e["slug"]}/#comments" thr:count="0"/>',
                '<thr:total>0</thr:total>', '</entry>']
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="17908", name="17908_denverpost-nationworldatom", ext="xml", source="The Denver Post", zone="UTC", render=r_denverpost_atom,
  title="Nation and World News \u2013 The Denver Post", title_raw="Nation and World News &#8211; The Denver Post",
  basis="Atom <published> '{s}' (explicit UTC instant); <updated>, where later, is ignored; {d} {z}",
  notes="Imitates The Denver Post's WordPress Atom feed for the nation-world category. Newest first. Entry: author name, CDATA title, <updated> printed BEFORE <published> (several updated later than published; published is the entry time), category, a summary cut at 22 words ending '[&#8230;]' (a truncated copy of the first paragraph, not a separate entry) and the full content in escaped-HTML paragraphs. Body = content paragraphs. Times are UTC ('Z'). page_title is the feed title with '&#8211;' decoded to an en dash. Two off-beat wire stories (Swiss avalanche, Philippine typhoon).",
  not_entries=["feed title, subtitle, feed-level updated, links, id and generator", "per-entry summary (truncated copy of the first paragraph ending '[…]')",
               "categories, entry ids, links and reply counts (thr:total)"],
  entries=[
  K(E("2030-01-21 23:10", "Ukrainian drones set fire to oil terminal at Russian Black Sea port of Tuapse",
      ["A Ukrainian drone attack on the Russian port of Tuapse in the early hours of Tuesday set fire to an oil-loading terminal and damaged a tanker at its berth, the regional emergency headquarters in Krasnodar said.",
       "Ukraine's General Staff confirmed the strike and said the terminal ships fuel that the Russian military uses."],
      "strikes", "strikes", 2, "tuapse-oil-terminal-drone-strike-2030-01-21", a="The Associated Press"),
    slug="ukraine-drones-tuapse-oil-terminal", upd_after=25),
  K(OFF("2030-01-21 21:45", "Avalanche kills three off-piste skiers in Swiss Alps",
        ["Three skiers died when an avalanche swept down a slope above the resort of Verbier on Monday afternoon, police in the canton of Valais said.",
         "A fourth member of the group was rescued with injuries."],
        "swiss-avalanche-2030-01-21", a="The Associated Press", n="avalanche in Switzerland"),
    slug="swiss-avalanche-verbier-skiers"),
  K(E("2030-01-21 19:30", "Westminster satellite maker signs deal to feed imagery to Ukraine's military",
      ["A Westminster company that builds small radar satellites said Monday it had signed a two-year contract, paid for by a group of European governments, to supply Ukraine's armed forces with daily images of the front line.",
       "The firm's chief executive said the satellites can see through cloud and at night, which matters most in winter.",
       "The company employs about 300 people in Colorado."],
      "aid", "aid", 2, "colorado-satellite-imagery-contract-ukraine-2030-01-21", a="Tamsin Ruelas"),
    slug="westminster-satellite-company-ukraine-contract", cat="Business", upd_after=140),
  K(E("2030-01-21 17:05", "Russian missiles hit Lviv, killing 3 and damaging buildings near old town",
      ["Russian cruise missiles struck the western Ukrainian city of Lviv on Monday evening, killing three people and blowing out windows in buildings at the edge of the UNESCO-listed old town, Mayor Andriy Sadovyi said.",
       "Lviv, far from the front line, is hit less often than cities in the east, and many residents had ignored the air-raid siren."],
      "strikes", "strikes", 3, "lviv-missile-strike-2030-01-21", a="Halyna Dorosh"),
    slug="russian-missiles-lviv-three-killed", upd_after=95),
  K(E("2030-01-21 15:20", "Turkey offers Istanbul for a new round of Ukraine-Russia talks",
      ["Turkish President Recep Tayyip Erdoğan said Monday that Istanbul was ready to host direct talks between Ukrainian and Russian delegations whenever both sides agreed, and that he had told Vladimir Putin so by phone."],
      "diplomacy", "diplomacy", 2, "erdogan-istanbul-talks-offer-2030-01-21", a="The Associated Press"),
    slug="turkey-offers-istanbul-ukraine-russia-talks"),
  K(OFF("2030-01-21 12:40", "Philippines suspends ferry trips as typhoon nears",
        ["The Philippine coast guard halted sea travel across the central Visayas on Monday as a late-season typhoon approached with winds of 150 kph."],
        "philippines-typhoon-ferries-2030-01-21", a="The Associated Press", n="typhoon in the Philippines"),
    slug="philippines-ferries-typhoon"),
  K(E("2030-01-21 10:15", "Zelenskyy signs law raising pay for front-line soldiers",
      ["Ukrainian President Volodymyr Zelenskyy signed a law on Monday that raises monthly bonuses for soldiers serving in combat units, a measure parliament passed last week after months of debate over how to pay for it."],
      "other", "politics", 2, "ukraine-frontline-pay-law-2030-01-21", a="The Associated Press"),
    slug="zelenskyy-signs-soldier-pay-law"),
  K(E("2030-01-21 08:30", "Finland shuts its last open crossing with Russia after migrant arrivals",
      ["Finland closed its only remaining border crossing with Russia on Monday after more than 100 migrants without visas arrived there over the weekend, which the interior minister called a hybrid operation directed from Moscow."],
      "other", "security", 2, "finland-closes-border-crossing-2030-01-21", a="The Associated Press"),
    slug="finland-closes-last-russia-border-crossing"),
  ]))


def r_houston(S):
    """Houston Chronicle (Hearst) 'World' section front, HTML, as served on the day: the date is printed only in the
    header ('Wednesday, January 23', no year anywhere on the page); each card prints a bare time ('4:12 p.m.') ABOVE
    its headline, then a summary and 'By NAME, Associated Press' / 'By NAME, Staff writer'. JSON-LD: an ItemList of URLs."""
    z = S["zone"]; in_order(S, True); ref = dt(S["ref"], z)
    items = [{"@type": "ListItem", "position": i + 1, "url": f"https://www.houstonchronicle.com/news/nation-world/world/article/{e['slug']}-{19870412 + 53 * i}.php"}
             for i, e in enumerate(S["entries"])]
    meta = {"@context": "https://schema.org", "@type": "ItemList", "name": "World", "itemListElement": items}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', '<title>World News - Houston Chronicle</title>', ld(meta), '</head><body>',
           '<div class="topbar"><span class="date">' + f"{WDAY[ref.weekday()]}, {MONTHS[ref.month - 1]} {ref.day}" + '</span> '
           '<span class="weather">Houston 58° Cloudy</span> <a href="/eedition/">e-Edition</a> <a href="/subscribe/">Subscribe</a> <a href="/login/">Sign In</a></div>',
           '<header><a class="logo" href="/">Houston Chronicle</a><nav><a href="/neighborhood/">Houston</a> <a href="/news/texas/">Texas</a> '
           '<a href="/sports/">Sports</a> <a href="/business/">Business</a> <a href="/food-culture/">Food</a> <a href="/opinion/">Opinion</a> '
           '<a href="/news/politics/">Politics</a> <a href="/news/nation-world/">Nation &amp; World</a> <a href="/weather/">Weather</a></nav></header>',
           f'<main><h1 class="section-title">{esc(S["title"])}</h1>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = h12(d); stamps.append(st)
        out += ['<div class="card">', f'<span class="card-timestamp">{st}</span>', f'<h2><a href="{items[i]["url"]}">{esc(e["h"])}</a></h2>']
        out += [f'<p class="card-summary">{esc(p)}</p>' for p in e["p"]]
        out += [f'<p class="card-byline">{esc(e["byline"])}</p>', '</div>']
        if i == 1:
            out.append('<div class="ad-slot">Advertisement</div><div class="newsletter"><p>Sign up for the Morning Report newsletter</p><button>Sign up</button></div>')
    out += ['<a class="more" href="?page=2">More World</a></main>',
            '<footer><a href="/privacy/">Privacy Notice</a> <a href="/terms/">Terms of Use</a> <a href="/contact/">Contact Us</a>'
            '<p>© Hearst Newspapers, LLC</p></footer></body></html>']
    html_text = "\n".join(out) + "\n"
    assert not re.search(r"\b20\d\d\b", html_text), "17909 must print no year anywhere"
    return html_text, stamps


SEEDS.append(dict(
  id="17909", name="17909_houstonchronicle-world", ext="html", source="Houston Chronicle", zone="America/Chicago", render=r_houston,
  title="World", ref="2030-01-23 18:05", parse_args=["--date", "2030-01-23"],
  basis="bare card time '{s}' (no date, no zone); the day comes only from the header 'Wednesday, January 23' (no year on the page: --date 2030-01-23); Houston = Central, CST = UTC-6; local {d} in {z}",
  notes="Imitates the Houston Chronicle (Hearst) 'World' section front, HTML. Newest first. Each card prints a bare time ('5:40 p.m.', no date, no zone) ABOVE the headline, then a summary paragraph and a byline ('By NAME, Associated Press', 'By NAME, Staff writer', 'By Associated Press'). The page prints no year anywhere (header date 'Wednesday, January 23' only; copyright without year; URLs without dates), so parse_args gives --date 2030-01-23. Zone not printed: Houston = America/Chicago (CST). JSON-LD is an ItemList of URLs only. Two off-beat wire stories (Monterrey migrants, Philippine volcano).",
  not_entries=["top bar: header date 'Wednesday, January 23', weather 'Houston 58° Cloudy', e-Edition / Subscribe / Sign In", "logo and navigation",
               "section heading 'World' (page title)", "'Advertisement' slot and newsletter box after the second card", "'More World'", "footer links and copyright"],
  entries=[
  K(E("2030-01-23 17:40", "Ukraine says drones hit gas processing plant in Russia's Orenburg region",
      ["Ukraine's military intelligence agency said long-range drones struck a gas processing plant near Orenburg, more than 1,400 kilometers from the border, causing a fire that local officials said was put out within hours."],
      "strikes", "strikes", 2, "orenburg-gas-plant-drone-strike-2030-01-23", a="Associated Press"),
    byline="By Associated Press", slug="ukraine-drones-orenburg-gas-plant"),
  K(OFF("2030-01-23 15:55", "Mexican police find 40 migrants locked in abandoned trailer near Monterrey",
        ["Police in the northern Mexican state of Nuevo León found 40 migrants from Central America and Ecuador inside a sealed trailer left beside a highway, authorities said. All were alive but several were dehydrated."],
        "monterrey-migrants-trailer-2030-01-23", a="Valeria Ocampo", n="migration in Mexico"),
    byline="By Valeria Ocampo, Associated Press", slug="monterrey-migrants-trailer"),
  K(E("2030-01-23 13:20", "Russian missile hits apartment building in Poltava, killing 6",
      ["A Russian ballistic missile hit a five-story apartment building in the central Ukrainian city of Poltava on Wednesday evening, killing six people, including a child, and injuring 20, the regional governor said."],
      "strikes", "strikes", 3, "poltava-apartment-missile-strike-2030-01-23", a="Associated Press"),
    byline="By Associated Press", slug="russian-missile-poltava-apartment"),
  K(E("2030-01-23 11:05", "Zelenskyy meets Polish, Baltic and Nordic leaders in Warsaw on air defense",
      ["Ukrainian President Volodymyr Zelenskyy met leaders of Poland, the three Baltic states and four Nordic countries in Warsaw on Wednesday, and they agreed to set up a joint fund to buy interceptor missiles for Ukraine."],
      "diplomacy", "diplomacy", 3, "zelenskyy-warsaw-summit-2030-01-23", a="Piotr Zalewski-Hart", sec=["aid"]),
    byline="By Piotr Zalewski-Hart, Associated Press", slug="zelenskyy-warsaw-summit-air-defense"),
  K(E("2030-01-23 09:30", "Rice engineers help Ukraine map minefields with drones",
      ["A team of Rice University engineers has built software that turns drone footage into maps of likely minefields, and Ukraine's emergency service has started using it on farmland in the Kharkiv region."],
      "other", "humanitarian", 2, "rice-university-minefield-mapping-2030-01", a="Jordan Castellanos"),
    byline="By Jordan Castellanos, Staff writer", slug="rice-engineers-ukraine-minefields"),
  K(OFF("2030-01-23 07:45", "Philippine volcano spews ash, forcing evacuation of 9,000 villagers",
        ["Kanlaon volcano on the central Philippine island of Negros erupted before dawn, sending an ash column four kilometers high, and authorities ordered villages within six kilometers to be cleared."],
        "kanlaon-eruption-2030-01-23", a="Associated Press", n="volcano in the Philippines"),
    byline="By Associated Press", slug="philippines-kanlaon-volcano-evacuation"),
  ]))


# ================================================================ Part B renderers (invented outlets)

def r_ottercombe(S):
    """text live blog, newest first; UK-style stamp line '2.05pm' BEFORE the headline, 'By NAME' under the headline,
    a 'Key Points' block of headlines at the top and a date line 'Friday 25 January 2030'."""
    z = S["zone"]; in_order(S, True); d0 = dt(S["entries"][-1]["t"], z)
    L = [S["source"].upper(), "Home | News | Sport | What's On | World | Live", "", S["title"],
         f"{WDAY[d0.weekday()]} {d0.day} {MONTHS[d0.month - 1]} {d0.year}", "", S["lede"], "",
         "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Show latest updates", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = h12(d, style="uk"); stamps.append(st)
        L += [st, e["h"]]
        if e["a"]:
            L.append(f"By {e['a']}")
        L.append("")
        L += paras(e["p"]) if e["p"] else ["[Video: 0:47]", ""]
        L += ["Share this update", ""]
        if i == 2:
            L += ["Sign up to our free daily email for the biggest stories from home and abroad.", ""]
    L += ["Load more", "", f"{S['source']} | About us | Contact | Corrections | Privacy notice | Cookie settings"]
    return "\n".join(L) + "\n", stamps


def r_falconmere(S):
    """HTML live blog, oldest first, with a LiveBlogPosting JSON-LD that lists every update with its own
    datePublished (+02:00); visible '<time datetime=...>11:05</time>' in Kyiv time, note 'All times are Kyiv time (EET)'."""
    z = S["zone"]; in_order(S, False)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{i + 1}", "headline": e["h"], "datePublished": d.isoformat(),
             "articleBody": " ".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    meta = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"],
            "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
            "coverageEndTime": (first + timedelta(hours=20)).isoformat(), "publisher": {"@type": "Organization", "name": S["source"]},
            "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} – {S["source"]}</title>', ld(meta), '</head><body>',
           f'<div class="cookie-bar">We use cookies to improve your experience. <button>Accept all</button> <button>Manage</button></div>',
           f'<header><a class="brand" href="/">{esc(S["source"])}</a><nav><a href="/war">War in Ukraine</a> <a href="/region">Region</a> '
           '<a href="/economy">Economy</a> <a href="/opinion">Opinion</a> <a href="/donate">Donate</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="intro">{esc(S["lede"])}</p>',
           '<p class="tz-note">All times are Kyiv time (EET)</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="post" id="post-{i + 1}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="post-author">{esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<div class="post-tools"><a href="#">Copy link</a> <a href="#">Share</a></div></article>')
        if i == 3:
            out.append('<aside class="read-also"><h3>Read also</h3><a href="/war/black-sea-corridor-explained">How the Black Sea grain corridor works</a></aside>')
    out += ['<button class="more">Show more updates</button></main>', f'<footer>{esc(S["source"])} · Editorial policy · Contacts · Privacy policy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_rss(S):
    """generic RSS 2.0 world feed, newest first; pubDate with 'GMT' (S['gmt']) or the numeric offset; CDATA description
    paragraphs; dc:creator only when the item has an author; category per item."""
    z = S["zone"]; in_order(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
           '<channel>', f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>',
           f'<atom:link href="{S["url"]}/rss.xml" rel="self" type="application/rss+xml"/>', f'<description>{esc(S["lede"])}</description>',
           '<language>en-gb</language>', f'<copyright>© {S["source"]}</copyright>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=S.get("gmt", False)); stamps.append(st)
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{S["url"]}/{e.get("cat", "world").lower()}/{S["guid"]}{i + 301}</link>',
                f'<guid isPermaLink="false">{S["guid"]}-{i + 301}</guid>', f'<pubDate>{st}</pubDate>', f'<category>{e.get("cat", "World")}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_sections(S):
    """text article with section headings (one entry per section), one page byline and a dateline with time and zone
    ('25 January 2030, 18:10 CET'); no per-section stamp."""
    L = [S["source"], "World  /  Europe  /  Ukraine", "", S["title"], "", S["lede"], "", f"By {S['byline']}", S["dateline"], "",
         "Share · Print · Listen to this article (6 min)", ""]
    for e in S["entries"]:
        L += [e["h"], ""] + paras(e["p"])
    L += [S["more"], "", f"{S['source']} · Imprint · Privacy · Terms"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


# ================================================================ PART B day 1: Friday 25 January 2030
ODESA = "odesa-missile-strike-2030-01-25"
DRONES = "germany-ukraine-drone-coproduction-2030-01-25"
PORTS = "analysis-black-sea-ports-targeting"
PORTS_H = "Analysis: Why Russia keeps aiming at Ukraine's Black Sea ports"
PORTS_A = "Hollis Treadgold"
PORTS_P = ["Friday's strike on Odesa was the latest in a long line of Russian attacks on Ukraine's southern ports, which handle most of the country's grain and steel exports.",
           "Military analysts say Moscow sees the ports as a way to squeeze Ukraine's economy without a ground offensive: every damaged terminal means lost shipping days, higher insurance premiums and fewer ships willing to call.",
           "Ukraine has kept its sea corridor open since 2023 by pushing Russia's fleet away from the western Black Sea, but air defence around Odesa, Chornomorsk and Pivdennyi remains thin."]

SEEDS.append(dict(
  id="17920", name="17920_ottercombe-textlive", ext="txt", source="Ottercombe Evening Post", zone="Europe/London", render=r_ottercombe,
  title="Ukraine war live: Russian missiles kill seven in Odesa; Kyiv and Berlin agree drone deal",
  lede="Rescuers in Odesa are searching a partly collapsed apartment block after a Russian ballistic missile attack on the port city. Follow our live coverage.",
  basis="stamp line '{s}' (UK style, no zone printed: the outlet is British, UK time = GMT = UTC in January) under the date line 'Friday 25 January 2030'; local {d} in {z}",
  notes="Invented outlet (UK). Text live blog, newest first. Each post: stamp line '5.45pm' (UK style, no zone; UK local time = UTC in January) BEFORE the headline, 'By NAME' under the headline, body, 'Share this update'. A 'Key Points' block at the top lists three post headlines (key_point true, importance 3). One date line 'Friday 25 January 2030'. 17920-04 is a 'Watch:' video teaser ([Video: 0:47] only, no text). 17920-02 is a theme piece (analysis of attacks on Black Sea ports) that mentions the Odesa strike but is its own story; it is re-posted verbatim by Lapwing Daily on day 2 (17932-03).",
  not_entries=["masthead and navigation", "page headline (page title)", "date line 'Friday 25 January 2030'", "intro paragraph (page lede)",
               "'Key Points' heading and its three bullet lines (headlines of posts below)", "'Show latest updates'", "'By NAME' lines (authors)",
               "'[Video: 0:47]' placeholder in the teaser", "'Share this update' after each post", "newsletter line after the third post", "'Load more'", "footer"],
  entries=[
  E("2030-01-25 17:45", "Ukraine and Germany agree to build long-range drones together",
    ["Ukraine and Germany signed an agreement in Berlin on Friday to jointly manufacture long-range strike drones, with German money paying for production lines split between the two countries.",
     "Ukraine's defence minister, Denys Shmyhal, said the first drones from the joint plants should reach units by the summer. Germany's defence ministry did not say how many would be built."],
    "aid", "aid", 3, DRONES, a="Priya Hollander", kp=True),
  E("2030-01-25 16:10", PORTS_H, PORTS_P, "strikes", "strikes", 2, PORTS, a=PORTS_A,
    n="theme piece (analysis of attacks on Black Sea ports); mentions the Odesa strike but is its own story: must not merge with " + ODESA),
  E("2030-01-25 14:20", "Odesa death toll climbs to seven",
    ["Seven people are now known to have died in this morning's missile strike on Odesa, the head of the regional military administration said, after rescuers recovered three more bodies from a collapsed stairwell.",
     "More than 30 people were injured, nine of them seriously."],
    "strikes", "strikes", 3, ODESA, a="Priya Hollander", kp=True),
  E("2030-01-25 12:10", "Watch: Rescuers search the rubble after the Odesa strike", [], "strikes", "strikes", 1, ODESA, a="Fergal Nkemelu",
    n="video teaser without text"),
  E("2030-01-25 11:20", "Kremlin says it struck 'military infrastructure' in Odesa",
    ["Kremlin spokesman Dmitry Peskov told reporters that Russia's armed forces target only military infrastructure, when asked about the strike on Odesa.",
     "Russia's defence ministry said separately that it had hit a warehouse storing Western-supplied naval drones in the city."],
    "strikes", "strikes", 3, ODESA, a="Fergal Nkemelu", n="official reaction whose content is the attack itself: same story"),
  E("2030-01-25 09:55", "Russian missiles strike Odesa, killing four",
    ["At least four people have been killed after Russian ballistic missiles hit a residential district near Odesa's port this morning, Ukrainian officials say.",
     "Regional governor Oleh Kiper said a nine-storey building was partly destroyed and a grain terminal was set on fire. Air raid sirens sounded only moments before the blasts."],
    "strikes", "strikes", 3, ODESA, a="Fergal Nkemelu", kp=True),
  E("2030-01-25 07:40", "Drones hit Danube port of Izmail overnight",
    ["Russian drones damaged warehouses and a fuel tank at the Danube river port of Izmail in the Odesa region overnight, local officials said. Nobody was hurt.",
     "Izmail, across the river from Romania, has been a frequent target since Russia left the Black Sea grain deal in 2023."],
    "strikes", "strikes", 2, "izmail-port-drone-attack-2030-01-25", a="Fergal Nkemelu",
    n="same region (Odesa oblast), other strike (overnight drones on Izmail): must not merge with " + ODESA),
  ]))

SEEDS.append(dict(
  id="17921", name="17921_falconmere-htmllive", ext="html", source="Falconmere Herald", zone="Europe/Kyiv", render=r_falconmere,
  title="Russia-Ukraine war, day 2,893: live updates", url="https://falconmereherald.example/war/live/day-2893",
  dateline="25 January 2030",
  lede="Russian ballistic missiles hit Odesa; Ukraine and Germany agree to build drones together. The latest updates, newest at the bottom.",
  basis="visible '<time>{s}</time>' (Kyiv time, stated once as 'All times are Kyiv time (EET)', EET = UTC+2) on the page dated 25 January 2030; the per-update JSON-LD datePublished agrees; local {d} in {z}",
  notes="Invented outlet (Kyiv). HTML live blog, OLDEST first. Visible per-post '<time datetime=...>HH:MM</time>' above an h2 headline, optional author line, body. One note 'All times are Kyiv time (EET)'. A LiveBlogPosting JSON-LD lists every update with its own datePublished (+02:00), headline and articleBody, consistent with the visible posts. 17921-07 repeats 17921-05 almost word for word 25 minutes later (CMS double post): duplicate_of 17921-05, importance 1. The Odesa toll grows 3 -> 6 here (7 on Ottercombe, 8 on Whimbrel and Godwit).",
  not_entries=["cookie bar", "brand and navigation", "page headline (page title)", "dateline '25 January 2030'", "intro paragraph (page lede)",
               "'All times are Kyiv time (EET)'", "author lines under the headlines", "'Copy link' / 'Share' tools under each post",
               "'Read also' box with a link to a grain-corridor explainer", "'Show more updates'", "footer"],
  entries=[
  E("2030-01-25 08:15", "Netherlands to fund new radars for Ukraine's air defence",
    ["The Netherlands will spend \u20ac180 million on ground-based radars for Ukraine's air defence units, the Dutch defence ministry announced on Friday morning.",
     "The radars are meant to help mobile fire groups spot low-flying drones earlier."],
    "aid", "aid", 2, "netherlands-radar-funding-2030-01-25", a="Olena Marchuk",
    n="same aid theme as the German drone deal, other event: must not merge with " + DRONES),
  E("2030-01-25 11:05", "Missile strike on Odesa: at least three dead",
    ["At least three people were killed when Russian missiles hit Odesa at about 10:40, the city's military administration said.",
     "Emergency crews are working at two sites near the port. Residents are asked to stay in shelters because a second wave is possible."],
    "strikes", "strikes", 3, ODESA, a="Taras Velychko"),
  E("2030-01-25 12:30", "Odesa governor: residential building and grain terminal hit",
    ["Governor Oleh Kiper said two Iskander-M ballistic missiles struck the city: one hit a residential building in the Peresyp district, the other a grain terminal whose warehouses are still burning.",
     "He said 27 people had been injured."],
    "strikes", "strikes", 3, ODESA, a="Taras Velychko"),
  E("2030-01-25 13:50", "Toll in Odesa rises to six",
    ["Six people are now confirmed dead in Odesa, including a 14-year-old boy, the State Emergency Service said.",
     "Search work at the residential building continues; rescuers believe at least two more people may be under the rubble."],
    "strikes", "strikes", 3, ODESA, a="Taras Velychko"),
  E("2030-01-25 15:40", "Zelensky: 'Russia chose the hour when the streets were full'",
    ["President Volodymyr Zelensky said Russia had deliberately fired at Odesa in the late morning, when the streets near the port were full of people.",
     "\u201cEvery such strike is an answer to those who say Russia wants peace,\u201d he wrote on Telegram, repeating his call for more Patriot interceptors."],
    "strikes", "strikes", 3, ODESA, a="Iryna Sokil", n="reaction whose content is the attack itself: same story"),
  E("2030-01-25 17:20", "Kyiv and Berlin sign drone co-production agreement",
    ["Ukraine and Germany have signed an agreement to produce long-range drones together, Defence Minister Denys Shmyhal announced from Berlin.",
     "Under the deal, German funding will pay for new assembly lines in both countries; Shmyhal called it \u201cthe largest industrial project of our partnership\u201d."],
    "aid", "aid", 3, DRONES, a="Olena Marchuk"),
  E("2030-01-25 18:05", "Zelensky: 'Russia chose the hour when the streets were full'",
    ["President Volodymyr Zelensky said that Russia had deliberately fired at Odesa in the late morning, when the streets near the port were full of people."],
    "strikes", "strikes", 1, ODESA, a="Iryna Sokil", dup="17921-05", n="near-verbatim repeat of 17921-05 (same headline, first paragraph re-posted)"),
  ]))

SEEDS.append(dict(
  id="17922", name="17922_whimbrel-worldrss", ext="xml", source="Whimbrel World Service", zone="UTC", render=r_rss, gmt=True,
  title="Whimbrel World Service - World", url="https://whimbrelworld.example/news", guid="wws",
  lede="Top world stories from Whimbrel World Service",
  basis="RSS pubDate '{s}' (explicit date and time in GMT = UTC); {d} {z}",
  notes="Invented outlet. General world RSS feed (the war is a minority: 2 of 6 items); pubDate in 'GMT'; no dc:creator, so author null. Body = the CDATA description paragraphs. Spells the city 'Odessa'.",
  not_entries=["channel title, link, self link, description, language and copyright", "item links, guids and categories"],
  entries=[
  K(OFF("2030-01-25 21:30", "Wildfires force thousands to flee near Valpara\u00edso",
        ["Chilean authorities ordered the evacuation of several hillside neighbourhoods near Valpara\u00edso on Friday as wind-driven wildfires spread towards the city."],
        "valparaiso-wildfires-2030-01-25", n="wildfires in Chile"), cat="Americas"),
  K(E("2030-01-25 19:05", "Germany and Ukraine seal deal on joint drone production",
      ["Berlin and Kyiv agreed on Friday to co-produce long-range drones, a deal that officials on both sides described as a shift from buying weapons to building them together.",
       "No figures were released."],
      "aid", "aid", 3, DRONES), cat="Europe"),
  K(E("2030-01-25 16:30", "Odessa missile strike death toll rises to eight",
      ["Eight people were killed and more than 30 injured when Russian ballistic missiles struck a residential area and a grain terminal in the Ukrainian port city of Odessa on Friday, officials said."],
      "strikes", "strikes", 3, ODESA), cat="Europe"),
  K(OFF("2030-01-25 13:40", "India's central bank cuts interest rates for second time in three months",
        ["The Reserve Bank of India lowered its main lending rate by a quarter of a percentage point on Friday, citing easing food prices."],
        "india-rate-cut-2030-01-25", n="Indian monetary policy"), cat="Business"),
  K(OFF("2030-01-25 10:15", "Australian Open: teenage qualifier reaches semi-final",
        ["A 17-year-old qualifier from Kazakhstan reached the semi-finals of the Australian Open women's singles in Melbourne, beating the fourth seed in three sets."],
        "australian-open-qualifier-2030-01-25", n="tennis"), cat="Sport"),
  K(OFF("2030-01-25 07:20", "Nairobi opens its first electric commuter rail line",
        ["Kenya's president opened a 27-kilometre electric commuter line linking central Nairobi with the city's eastern suburbs on Friday."],
        "nairobi-commuter-rail-2030-01-25", n="transport in Kenya"), cat="Africa"),
  ]))

SEEDS.append(dict(
  id="17923", name="17923_godwit-article", ext="txt", source="Godwit Review", zone="Europe/Berlin", render=r_sections,
  title="Odesa counts its dead as Berlin and Kyiv bet on joint drone production",
  lede="A Russian missile attack on Ukraine's largest port overshadowed a defence-industrial agreement signed in Berlin on the same day.",
  byline="Karin Vollmer-Osei", dateline="25 January 2030, 18:10 CET",
  more="More on the war in Ukraine: reports from our correspondents in Kyiv, Odesa and Kharkiv",
  basis="no per-section stamp; the article dateline '25 January 2030, 18:10 CET' (CET = UTC+1) dates every section; local {d} in {z}",
  notes="Invented outlet (Berlin). Text article with three section headings (one entry each, headline = heading), one page byline (author for every section) and a dateline with time and zone '25 January 2030, 18:10 CET'; no per-section stamp, so stamp null and published = the dateline. Section 1 reports the Odesa toll at eight and the EU and German reactions (reactions about the attack itself: same story).",
  not_entries=["outlet name and breadcrumb 'World / Europe / Ukraine'", "page headline (page title)", "standfirst (page lede)",
               "byline 'By Karin Vollmer-Osei' and dateline", "'Share · Print · Listen to this article (6 min)'", "closing 'More on the war in Ukraine' line", "footer"],
  entries=[
  E("2030-01-25 18:10", "Eight dead after missile strike on Odesa",
    ["Russian missiles struck a residential district and a grain terminal near the port of Odesa late on Friday morning, killing eight people, according to Ukrainian authorities.",
     "The European Union's foreign policy chief, Kaja Kallas, called the attack a deliberate strike on civilians and said it would be raised at next week's meeting of EU foreign ministers.",
     "The German foreign ministry summoned a Russian diplomat over the attack."],
    "strikes", "strikes", 3, ODESA, a="Karin Vollmer-Osei"),
  E("2030-01-25 18:10", "Berlin and Kyiv agree on joint drone production",
    ["Germany and Ukraine signed an agreement in Berlin to build long-range drones together, in what the German defence ministry called a new stage of industrial cooperation.",
     "Production lines will be set up on both sides of the border between Poland and Ukraine, officials said, without naming the companies involved.",
     "Ukraine's government hopes the arrangement will shorten the time between an order and delivery to the front."],
    "aid", "aid", 3, DRONES, a="Karin Vollmer-Osei"),
  E("2030-01-25 18:10", "New residence rules for Ukrainians in Germany",
    ["Ukrainians who fled to Germany will be able to switch from temporary protection to regular residence permits if they have worked for at least a year, under rules the interior ministry published on Friday.",
     "Around 1.2 million Ukrainians live in Germany."],
    "other", "humanitarian", 2, "germany-ukrainian-residence-rules-2030-01-25", a="Karin Vollmer-Osei"),
  ]))


def r_atom(S):
    """generic Atom world feed, newest first: <published> with the outlet's offset (S['iso'] = 'Z' or 'offset'),
    <updated>, author per entry, escaped-HTML summary paragraphs."""
    z = S["zone"]; in_order(S, True)
    def iso(d):
        return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if S["iso"] == "Z" else d.isoformat()
    last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link href="{S["url"]}" rel="alternate"/>', f'<link href="{S["url"]}/atom.xml" rel="self"/>',
           f'<id>{S["url"]}/atom.xml</id>', f'<updated>{iso(last + timedelta(minutes=3))}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        body = esc("".join(f"<p>{esc(p)}</p>" for p in e["p"]))
        out += ['<entry>', f'<title>{esc(e["h"])}</title>', f'<link href="{S["url"]}/{e.get("cat", "world").lower()}/{S["guid"]}{7700 + i}" rel="alternate"/>',
                f'<id>{S["url"]}/{S["guid"]}{7700 + i}</id>', f'<published>{st}</published>', f'<updated>{iso(d + timedelta(minutes=e.get("upd_after", 0)))}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        out += [f'<category term="{e.get("cat", "World")}"/>', f'<summary type="html">{body}</summary>', '</entry>']
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_sandmartin(S):
    """HTML live blog without JSON-LD, newest first; bare '17:50' in a span ABOVE the h2, one printed note 'All times CET',
    'by NAME' under the headline; photo teaser with a gallery placeholder."""
    z = S["zone"]; in_order(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title></head><body>',
           f'<header><div class="logo">{esc(S["source"])}</div><nav>Poland · World · Business · Culture · Live</nav></header>',
           f'<main><span class="live-badge">LIVE</span><h1>{esc(S["title"])}</h1>', f'<p class="date">{esc(S["dateline"])}</p>',
           f'<p class="lead">{esc(S["lede"])}</p>', '<p class="tz">All times CET</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="entry"><span class="entry-time">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="entry-author">by {esc(e["a"])}</p>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery">Gallery: 9 photos</div>')
        out.append('</div>')
        if i == 2:
            out.append('<div class="promo">Listen to our daily podcast on the war in Ukraine</div>')
    out += ['<a class="older" href="?page=2">Older entries</a></main>', f'<footer>{esc(S["source"])} · Contact · Terms · Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_lapwing(S):
    """text live blog, oldest first; stamp line '26.01.2030, 07:10' (numeric date, Kyiv time, no zone printed) before the
    headline; 'Reporting by NAME' at the end of a post; a re-published piece carries a credit line after it."""
    z = S["zone"]; in_order(S, False)
    L = [S["source"], "News · War · Economy · Culture · Podcasts", "", S["title"], "", S["lede"], "", "Updated continuously", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%d.%m.%Y, %H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + paras(e["p"])
        if e["a"]:
            L += [f"Reporting by {e['a']}", ""]
        if e.get("credit"):
            L += [e["credit"], ""]
        if i == 3:
            L += ["Support independent journalism: become a Lapwing Daily member.", ""]
    L += ["Older updates", "", f"\u00a9 {S['source']} · About · Contacts · Privacy"]
    return "\n".join(L) + "\n", stamps


# ================================================================ PART B day 2: Saturday 26 January 2030 (day 1 + 1)
RYAZAN = "ryazan-refinery-drone-strike-2030-01-26"
SABOT = "poland-rail-sabotage-charges-2030-01-26"

SEEDS.append(dict(
  id="17930", name="17930_greenshank-worldatom", ext="xml", source="Greenshank Times", zone="America/New_York", render=r_atom, iso="offset",
  title="Greenshank Times \u2014 World", url="https://greenshanktimes.example/world", guid="gst",
  lede="International news from the Greenshank Times foreign desk",
  basis="Atom <published> '{s}' (explicit date, time and -05:00 offset, New York); {d} {z}",
  notes="Invented outlet (New York). General world Atom feed: the war is a minority (2 of 6 entries). <published> carries the -05:00 offset; <updated> is later for one entry and is ignored. Escaped-HTML summaries (one paragraph each) are the body; author per entry. Spells the city 'Ryazan'.",
  not_entries=["feed title, subtitle, links, id and feed-level updated", "entry ids, links, categories and updated times"],
  entries=[
  K(OFF("2030-01-26 17:20", "Japan's prime minister survives no-confidence vote",
        ["Japan's prime minister survived a no-confidence motion in the lower house on Saturday after two small opposition parties abstained."],
        "japan-no-confidence-vote-2030-01-26", a="Kenji Albrecht", n="Japanese politics"), cat="Asia"),
  K(E("2030-01-26 14:05", "U.S. adds 40 Chinese companies to Russia sanctions list",
      ["The Treasury Department on Saturday added 40 companies in China and Hong Kong to its sanctions list, accusing them of supplying Russia's arms industry with machine tools and microelectronics."],
      "diplomacy", "diplomacy", 3, "us-sanctions-chinese-suppliers-2030-01-26", a="Dana Whitlock"), cat="Washington"),
  K(E("2030-01-26 09:15", "Ukrainian drones set Russian refinery ablaze; two killed",
      ["Ukrainian drones struck an oil refinery in the Russian city of Ryazan early Saturday, starting a fire that burned for hours and killing two workers, the regional governor said.",
       "Russia's defense ministry said it had shot down 63 drones over several regions overnight."],
      "strikes", "strikes", 3, RYAZAN, a="Marta Zhuk-Fielding"), upd_after=50, cat="Europe"),
  K(OFF("2030-01-26 07:40", "Floods cut off towns in Mozambique's Zambezia province",
        ["Rivers burst their banks across central Mozambique after a week of heavy rain, cutting road links to at least six towns, the national disaster agency said."],
        "mozambique-floods-2030-01-26", a="Agence France-Presse", n="floods in Mozambique"), cat="Africa"),
  K(OFF("2030-01-26 05:30", "Australia Day citizenship ceremonies set a record",
        ["More than 28,000 people became Australian citizens at ceremonies held across the country on Australia Day, the government said."],
        "australia-day-citizenship-2030-01-26", a="Reuters", n="Australia Day"), cat="Asia"),
  K(OFF("2030-01-26 03:10", "Miners rescued after three days underground in South Africa",
        ["Rescue teams brought 14 miners to the surface at a gold mine west of Johannesburg, three days after a rockfall trapped them."],
        "south-africa-miners-rescued-2030-01-26", a="Associated Press", n="mining accident in South Africa"), cat="Africa"),
  ]))

SEEDS.append(dict(
  id="17931", name="17931_sandmartin-htmllive", ext="html", source="Sandmartin Courier", zone="Europe/Warsaw", render=r_sandmartin,
  title="War in Ukraine: live", dateline="Saturday, 26 January 2030",
  lede="Ukrainian drones hit a refinery deep inside Russia; Odesa buries its dead; two men charged in Poland over a rail sabotage plot.",
  basis="bare '<span>{s}</span>' above the headline; the page prints 'All times CET' (CET = UTC+1) and the date 'Saturday, 26 January 2030'; local {d} in {z}",
  notes="Invented outlet (Warsaw). HTML live blog without JSON-LD, newest first. Each entry: bare time ('18:20') in a span above the h2, optional 'by NAME', body. One note 'All times CET' and one date line. 17931-04 is a 'Photos:' gallery teaser without text. 17931-02 is a theme piece (explainer on drone range) that mentions the Riazan strike but is its own story. Spells the city 'Riazan'. Continuation of day 1: the Odesa toll reaches 11 (17931-03).",
  not_entries=["logo and navigation", "'LIVE' badge", "page headline (page title)", "date line", "lead paragraph (page lede)", "'All times CET'",
               "'by NAME' lines", "'Gallery: 9 photos' placeholder in the teaser", "podcast promo after the third entry", "'Older entries'", "footer"],
  entries=[
  E("2030-01-26 18:20", "Prosecutors charge two men over plot to derail freight trains",
    ["Polish prosecutors charged two men on Saturday with preparing to sabotage a railway line near Rzesz\u00f3w that carries military aid to Ukraine, on the orders of Russian intelligence.",
     "Both were detained on Thursday near the tracks with explosives, according to the national prosecutor's office."],
    "other", "security", 3, SABOT, a="Bartosz Quinlan"),
  E("2030-01-26 16:05", "Explainer: How far can Ukraine's drones reach?",
    ["Saturday's attack on the refinery in Riazan, about 500 kilometres from the border, was far from the longest flight Ukrainian drones have made.",
     "Ukraine's newer long-range models can travel more than 1,500 kilometres and have reached plants in Tatarstan and Bashkortostan. Most are slow and fly low, relying on numbers and route planning rather than speed.",
     "Russia has responded by spreading short-range air defence around refineries and by building cages over key units."],
    "strikes", "strikes", 2, "explainer-ukraine-drone-range", a="Ewa Lindqvist",
    n="theme piece (explainer on drone range); mentions the Riazan attack but is its own story: must not merge with " + RYAZAN),
  E("2030-01-26 14:30", "Odesa mourns as death toll reaches 11",
    ["Odesa held a day of mourning on Saturday after rescuers recovered the last bodies from the apartment building hit by Russian missiles on Friday, bringing the death toll to 11.",
     "Flags flew at half-mast and entertainment events were cancelled, the city council said."],
    "strikes", "strikes", 3, ODESA, a="Ewa Lindqvist", n="continuation of the day-1 Odesa strike (new development: toll 11, day of mourning)"),
  E("2030-01-26 12:10", "Photos: Smoke over the Riazan refinery", [], "strikes", "strikes", 1, RYAZAN, n="photo gallery teaser without text"),
  E("2030-01-26 10:45", "Russia says it downed 63 drones; Riazan refinery on fire",
    ["Russia's defence ministry said its air defences destroyed 63 Ukrainian drones overnight over eight regions, as a large fire broke out at the oil refinery in Riazan, south-east of Moscow.",
     "The regional governor said one worker had been killed."],
    "strikes", "strikes", 3, RYAZAN, a="Bartosz Quinlan"),
  E("2030-01-26 09:00", "Polish air force raised readiness during the night",
    ["Polish and allied aircraft were put on alert overnight while Russian drones attacked western Ukraine, the Operational Command said.",
     "No violation of Polish airspace was recorded."],
    "other", "security", 2, "poland-air-readiness-2030-01-26", a="Bartosz Quinlan"),
  ]))

SEEDS.append(dict(
  id="17932", name="17932_lapwing-textlive", ext="txt", source="Lapwing Daily", zone="Europe/Kyiv", render=r_lapwing,
  title="Live: Refinery in Ryazan burns after drone strike; Odesa recovers last victims",
  lede="Our live coverage of Saturday's events in the war. All times are local.",
  basis="stamp line '{s}' (numeric date DD.MM.YYYY and 24-hour time; 'All times are local' = Kyiv, EET = UTC+2, zone abbreviation not printed); local {d} in {z}",
  notes="Invented outlet (Kyiv). Text live blog, OLDEST first. Each post: stamp line '26.01.2030, 07:10' (numeric date; the lede says 'All times are local', i.e. Kyiv) before the headline, body, 'Reporting by NAME'. 17932-03 re-publishes day 1's Ottercombe Evening Post analysis (17920-02) verbatim (same headline, author and text) with a credit line: a re-post of a day-1 entry, importance 1, same story slug, duplicate_of null (duplicates are defined within one seed). 17932-06 repeats 17932-02 almost word for word (duplicate_of 17932-02). The Ryazan toll grows 1 -> 2 here.",
  not_entries=["outlet name and navigation", "page headline (page title)", "intro 'Our live coverage ... All times are local.'", "'Updated continuously'",
               "'Reporting by NAME' lines", "credit line 'First published by the Ottercombe Evening Post on 25 January.'",
               "membership appeal after the fourth post", "'Older updates'", "footer"],
  entries=[
  E("2030-01-26 07:10", "Russian drones hit Kharkiv overnight, five injured",
    ["Russian attack drones struck two districts of Kharkiv overnight, injuring five people and damaging a school and several houses, Mayor Ihor Terekhov said."],
    "strikes", "strikes", 2, "kharkiv-overnight-drone-attack-2030-01-26", a="Dmytro Hale",
    n="drones in the other direction (Russia on Kharkiv) the same night: must not merge with " + RYAZAN),
  E("2030-01-26 08:30", "Ryazan refinery ablaze after drone attack, one worker killed",
    ["A fire broke out at the oil refinery in Russia's Ryazan after a Ukrainian drone attack overnight, the regional governor said, adding that one worker had been killed.",
     "Ukraine's General Staff has not yet commented."],
    "strikes", "strikes", 3, RYAZAN, a="Dmytro Hale"),
  K(E("2030-01-26 09:45", PORTS_H, PORTS_P, "strikes", "strikes", 1, PORTS, a=PORTS_A,
      n="re-post of day-1 entry 17920-02 (Ottercombe Evening Post analysis republished verbatim on day 2): importance 1, same story; duplicate_of null because duplicates are defined within one seed"),
    credit="First published by the Ottercombe Evening Post on 25 January."),
  E("2030-01-26 11:20", "Last body recovered in Odesa; toll now 11",
    ["Rescuers in Odesa have recovered the last body from the rubble of the apartment building hit on Friday, bringing the number of dead to 11, the State Emergency Service said.",
     "Governor Oleh Kiper declared Saturday a day of mourning in the region."],
    "strikes", "strikes", 3, ODESA, a="Sofiia Brandt", n="continuation of the day-1 Odesa strike (new development: search over, toll 11)"),
  E("2030-01-26 13:00", "Second worker dies after Ryazan refinery strike",
    ["A second refinery worker has died in hospital after the drone attack in Ryazan, the regional health ministry said.",
     "Ukraine's General Staff said the refinery supplies fuel to Russian forces and confirmed its drones had hit the plant."],
    "strikes", "strikes", 3, RYAZAN, a="Dmytro Hale"),
  E("2030-01-26 14:40", "Ryazan refinery ablaze after drone attack, one worker killed",
    ["A fire broke out at the oil refinery in Russia's Ryazan after a Ukrainian drone attack overnight, the regional governor said, adding one worker was killed."],
    "strikes", "strikes", 1, RYAZAN, a="Dmytro Hale", dup="17932-02", n="near-verbatim repeat of 17932-02 (re-posted by mistake, older toll)"),
  E("2030-01-26 16:15", "Parliament moves budget money to drone production",
    ["Ukraine's parliament approved changes to this year's budget that shift about 40 billion hryvnias from administrative spending to the production of long-range drones."],
    "other", "politics", 2, "ukraine-budget-drone-funding-2030-01-26", a="Sofiia Brandt", sec=["aid"]),
  ]))

SEEDS.append(dict(
  id="17933", name="17933_siskin-rss", ext="xml", source="Siskin Wire", zone="Europe/Istanbul", render=r_rss,
  title="Siskin Wire: Ukraine and the Black Sea", url="https://siskinwire.example/ukraine", guid="skw",
  lede="Wire reports on the war in Ukraine and the Black Sea region",
  basis="RSS pubDate '{s}' (explicit date, time and +0300 offset); {d} {z}",
  notes="Invented wire outlet (Istanbul). RSS 2.0, newest first, pubDate with '+0300'; dc:creator on one item only (others: author null). Body = CDATA description paragraphs. Continuation of day 1: Odesa mourns 11 dead (17933-02). The Turkish-Ukrainian call on shipping (17933-05) mentions the Odesa attack but is a separate diplomatic event.",
  not_entries=["channel title, link, self link, description, language and copyright", "item links, guids and categories"],
  entries=[
  K(E("2030-01-26 20:40", "Poland charges two over rail sabotage plot",
      ["Two men accused of planning to blow up a railway line in south-eastern Poland used by trains carrying supplies to Ukraine were charged with sabotage on behalf of a foreign intelligence service, Polish prosecutors said on Saturday."],
      "other", "security", 3, SABOT, a="Agnieszka Rowe"), cat="Europe"),
  K(E("2030-01-26 18:10", "Odesa mourns 11 killed in missile attack",
      ["The Ukrainian port city of Odesa observed a day of mourning on Saturday for 11 people killed in Friday's Russian missile attack, as officials counted more than 40 damaged buildings."],
      "strikes", "strikes", 3, ODESA, n="continuation of the day-1 Odesa strike"), cat="Ukraine"),
  K(E("2030-01-26 15:30", "Drone attack cuts power in parts of Bryansk region",
      ["A drone attack damaged an electrical substation in Russia's Bryansk region on Saturday, leaving several villages without power, the regional governor said. No casualties were reported."],
      "strikes", "strikes", 2, "bryansk-substation-drone-attack-2030-01-26",
      n="other Russian region, other target: must not merge with " + RYAZAN), cat="Russia"),
  K(E("2030-01-26 13:00", "Ryazan refinery fire contained, two dead",
      ["Firefighters contained a blaze at an oil refinery in Ryazan, south-east of Moscow, several hours after it was hit by Ukrainian drones, Russian emergency officials said. Two people were killed."],
      "strikes", "strikes", 3, RYAZAN), cat="Russia"),
  K(E("2030-01-26 10:20", "Turkish and Ukrainian foreign ministers discuss Black Sea shipping",
      ["Turkish Foreign Minister Hakan Fidan spoke by phone with his Ukrainian counterpart Andrii Sybiha about keeping commercial shipping in the Black Sea safe after Friday's attack on Odesa, the Turkish foreign ministry said."],
      "diplomacy", "diplomacy", 3, "turkey-ukraine-black-sea-shipping-call-2030-01-26",
      n="ministerial call that mentions the Odesa attack: separate diplomatic event, must not merge with " + ODESA), cat="Diplomacy"),
  ]))


def r_dunlin(S):
    """text live blog, oldest first; bare '08:05' line before the headline; date line WITHOUT a year ('Tuesday 29 January');
    one two-name page byline; 'Times are Kyiv time'. No year anywhere on the page."""
    z = S["zone"]; in_order(S, False); d0 = dt(S["entries"][0]["t"], z)
    L = [S["source"], "Front page | War | Politics | Business | Sport", "", S["title"], f"{WDAY[d0.weekday()]} {d0.day} {MONTHS[d0.month - 1]}",
         S["byline"], "", S["lede"], "Times are Kyiv time.", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + paras(e["p"])
        if i == 2:
            L += ["ADVERTISEMENT", ""]
    L += ["This live page has ended. Coverage continues tomorrow.", "", f"{S['source']} · Contact the newsroom · Privacy"]
    text = "\n".join(L) + "\n"
    assert not re.search(r"\b20\d\d\b", text), "17941 must print no year"
    return text, stamps


def r_goldcrest(S):
    """HTML live blog, newest first; visible '<time>7.55pm</time>' (Irish time = GMT in winter, not printed); a
    Yoast-style JSON-LD @graph whose node has @type ['NewsArticle', 'LiveBlogPosting'] and liveBlogUpdate items that all
    repeat the PAGE's headline and datePublished (only articleBody differs) - so per-entry times come from the visible page."""
    z = S["zone"]; in_order(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z); pub = dt(S["published"], z)
    ups = [{"@type": "BlogPosting", "@id": f"{S['url']}#block-{len(S['entries']) - i}", "headline": S["title"],
            "datePublished": pub.isoformat(), "dateModified": last.isoformat(), "articleBody": " ".join(e["p"]) or e["h"]}
           for i, e in enumerate(S["entries"])]
    meta = {"@context": "https://schema.org", "@graph": [
        {"@type": "Organization", "@id": "https://goldcrestjournal.example/#org", "name": S["source"]},
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"] + "#article", "headline": S["title"], "datePublished": pub.isoformat(),
         "dateModified": last.isoformat(), "coverageStartTime": pub.isoformat(), "publisher": {"@id": "https://goldcrestjournal.example/#org"},
         "liveBlogUpdate": ups}]}
    out = ['<!DOCTYPE html>', '<html lang="en-IE"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2013 {S["source"]}</title>', ld(meta), '</head><body>',
           f'<header><a href="/" class="site-title">{esc(S["source"])}</a><nav>News · Ireland · World · Business · Sport · Opinion</nav></header>',
           f'<main><p class="kicker">LIVE</p><h1>{esc(S["title"])}</h1>', f'<p class="meta">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = h12(d, style="uk"); stamps.append(st)
        out.append(f'<div class="block" id="block-{len(S["entries"]) - i}"><time datetime="{d:%H:%M}">{st}</time><h3>{esc(e["h"])}</h3>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="video-embed">Video unavailable in your region</div>')
        if e["a"]:
            out.append(f'<p class="signature">{esc(e["a"])}</p>')
        out.append('</div>')
        if i == 1:
            out.append('<aside class="related">Related: <a href="/world/ukraine-air-defence-map">Map: where Ukraine\u2019s air defences are stretched</a></aside>')
    out += ['</main>', f'<footer>\u00a9 {first.year} {esc(S["source"])} · Privacy · Cookies · Terms</footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ================================================================ PART B day 3: Tuesday 29 January 2030 (separate day)
MYK = "mykolaiv-missile-strike-2030-01-29"
SWAP = "uae-prisoner-exchange-250-2030-01-29"
SWEDEN = "sweden-air-defence-package-2030-01-29"

SEEDS.append(dict(
  id="17940", name="17940_fieldfare-worldatom", ext="xml", source="Fieldfare Globe", zone="UTC", render=r_atom, iso="Z",
  title="Fieldfare Globe | World", url="https://fieldfareglobe.example/world", guid="ffg",
  lede="The day's world news from Fieldfare Globe",
  basis="Atom <published> '{s}' (explicit UTC instant, 'Z'); {d} {z}",
  notes="Invented outlet. General world Atom feed with 'Z' times: the war is a minority (2 of 6 entries). Escaped-HTML summaries (one paragraph each) are the body; author per entry. Spells the city 'Mykolaiv'.",
  not_entries=["feed title, subtitle, links, id and feed-level updated", "entry ids, links, categories and updated times"],
  entries=[
  K(OFF("2030-01-29 20:10", "Bolivia declares emergency as Lake Titicaca falls to record low",
        ["Bolivia's government declared a water emergency in four provinces on Tuesday after the level of Lake Titicaca fell to its lowest point since records began."],
        "bolivia-titicaca-emergency-2030-01-29", a="Inés Calloway", n="drought in Bolivia"), cat="Americas"),
  K(E("2030-01-29 17:25", "Missile strike on Ukrainian port city of Mykolaiv kills five",
      ["Five people were killed when a Russian missile hit a shipyard and a neighbouring apartment block in the southern Ukrainian city of Mykolaiv on Tuesday morning, regional officials said."],
      "strikes", "strikes", 3, MYK, a="Imogen Achebe"), cat="Europe"),
  K(OFF("2030-01-29 14:00", "EU court upholds \u20ac1.1bn fine on tech giant over app-store rules",
        ["The European Union's General Court on Tuesday upheld a \u20ac1.1 billion fine imposed on a US technology company for restricting app developers, rejecting all of its arguments."],
        "eu-court-app-store-fine-2030-01-29", a="Imogen Achebe", n="EU competition law"), cat="Business"),
  K(OFF("2030-01-29 11:30", "Sri Lanka opens new deep-water container terminal in Colombo",
        ["A new container terminal able to handle the world's largest ships opened in Colombo's port on Tuesday, part of Sri Lanka's plan to become a regional shipping hub."],
        "colombo-container-terminal-2030-01-29", a="Ravi Senanayake-Moore", n="ports in Sri Lanka"), cat="Asia"),
  K(E("2030-01-29 09:45", "Sweden unveils new air-defence package for Ukraine",
      ["Sweden will send Ukraine a package of air-defence systems and ammunition worth 3 billion kronor, the government in Stockholm said on Tuesday, including radars and short-range missiles."],
      "aid", "aid", 3, SWEDEN, a="Imogen Achebe"), cat="Europe"),
  K(OFF("2030-01-29 06:30", "Heavy snow closes Alpine passes in Austria and Switzerland",
        ["Several Alpine passes and a stretch of the Brenner motorway were closed overnight after more than a metre of snow fell in parts of Tyrol, police said."],
        "alpine-snow-closures-2030-01-29", a="Ravi Senanayake-Moore", n="weather in the Alps"), cat="Europe"),
  ]))

SEEDS.append(dict(
  id="17941", name="17941_dunlin-textlive", ext="txt", source="Dunlin Ledger", zone="Europe/Kyiv", render=r_dunlin,
  title="Live: Missile strike on Mykolaiv, prisoner exchange", parse_args=["--date", "2030-01-29"],
  byline="By Roksolana Petrenko and Ewan Maddox",
  lede="Updates through the day from our Kyiv newsroom.",
  basis="bare stamp line '{s}' (24-hour, 'Times are Kyiv time.', EET = UTC+2) under the date line 'Tuesday 29 January' with no year (--date 2030-01-29); local {d} in {z}",
  notes="Invented outlet (Kyiv). Text live blog, OLDEST first. Each post: bare time line ('09:10') before the headline, then body; no per-post author. The page prints no year anywhere (date line 'Tuesday 29 January' only), so parse_args gives --date 2030-01-29; 'Times are Kyiv time.' fixes the zone (EET = UTC+2). One two-name page byline 'By Roksolana Petrenko and Ewan Maddox' (author for every post, kept as one string). 17941-05 repeats 17941-02 word for word (duplicate_of 17941-02). The Mykolaiv toll grows 3 -> 5 here (6 on Goldcrest and Nuthatch).",
  not_entries=["outlet name and navigation", "page headline (page title)", "date line 'Tuesday 29 January'", "page byline", "intro line (page lede)",
               "'Times are Kyiv time.'", "'ADVERTISEMENT' marker", "closing line 'This live page has ended. Coverage continues tomorrow.'", "footer"],
  entries=[
  E("2030-01-29 07:20", "Drones strike Ochakiv harbour overnight, no casualties",
    ["Russian drones hit harbour facilities in Ochakiv, on the Black Sea coast of the Mykolaiv region, overnight, damaging a pier and a fishing boat, the regional administration said. No one was hurt."],
    "strikes", "strikes", 2, "ochakiv-harbour-drone-attack-2030-01-29", a="Roksolana Petrenko and Ewan Maddox",
    n="same region (Mykolaiv oblast), other strike (overnight drones on Ochakiv): must not merge with " + MYK),
  E("2030-01-29 09:10", "Missile strike on Mykolaiv: three dead",
    ["Three people were killed when a Russian missile struck Mykolaiv at about 08:40, Governor Vitalii Kim said.",
     "Air raid alerts were declared across the south shortly before the explosion."],
    "strikes", "strikes", 3, MYK, a="Roksolana Petrenko and Ewan Maddox"),
  E("2030-01-29 10:40", "Shipyard and nearby flats hit in Mykolaiv",
    ["The missile hit the grounds of a shipyard and the blast damaged a neighbouring five-storey apartment block, Governor Kim said.",
     "Twenty-two people were injured, four of them children."],
    "strikes", "strikes", 3, MYK, a="Roksolana Petrenko and Ewan Maddox"),
  E("2030-01-29 12:15", "Ukraine and Russia exchange 250 prisoners each",
    ["Ukraine brought home 250 soldiers and civilians in an exchange with Russia mediated by the United Arab Emirates, President Volodymyr Zelensky said.",
     "Many of those freed had been held since the first months of the full-scale invasion, he said."],
    "diplomacy", "diplomacy", 3, SWAP, a="Roksolana Petrenko and Ewan Maddox"),
  E("2030-01-29 13:30", "Missile strike on Mykolaiv: three dead",
    ["Three people were killed when a Russian missile struck Mykolaiv at about 08:40, Governor Vitalii Kim said."],
    "strikes", "strikes", 1, MYK, a="Roksolana Petrenko and Ewan Maddox", dup="17941-02", n="verbatim repeat of 17941-02 (re-posted with the old toll)"),
  E("2030-01-29 15:00", "Death toll in Mykolaiv rises to five",
    ["Two more people died in hospital, bringing the number of dead in this morning's missile strike on Mykolaiv to five, the regional administration said."],
    "strikes", "strikes", 3, MYK, a="Roksolana Petrenko and Ewan Maddox"),
  E("2030-01-29 17:45", "Sweden to send 3 billion kronor air-defence package",
    ["Sweden has announced a new military aid package worth 3 billion kronor focused on air defence, including radars and short-range missiles, Ukraine's defence ministry said in a statement welcoming the decision."],
    "aid", "aid", 3, SWEDEN, a="Roksolana Petrenko and Ewan Maddox"),
  ]))

SEEDS.append(dict(
  id="17942", name="17942_nuthatch-rss", ext="xml", source="Nuthatch News Agency", zone="Europe/Berlin", render=r_rss,
  title="Nuthatch News Agency - Eastern Europe", url="https://nuthatchnews.example/eastern-europe", guid="nna",
  lede="Eastern Europe wire from Nuthatch News Agency",
  basis="RSS pubDate '{s}' (explicit date, time and +0100 offset); {d} {z}",
  notes="Invented agency (Berlin). RSS 2.0, newest first, pubDate with '+0100'; dc:creator on some items (others: author null). Body = CDATA description paragraphs. Spells the city 'Nikolaev (Mykolaiv)'. 17942-02 (repatriation of soldiers' bodies) shares the theme of the day's prisoner exchange but is a different event.",
  not_entries=["channel title, link, self link, description, language and copyright", "item links, guids and categories"],
  entries=[
  K(E("2030-01-29 21:15", "Nikolaev: six dead after missile strike",
      ["The number of people killed by a Russian missile strike on the Ukrainian city of Nikolaev (Mykolaiv) on Tuesday has risen to six, local authorities said in the evening.",
       "The Kremlin did not comment on the strike."],
      "strikes", "strikes", 3, MYK, a="Lorenz Abara"), cat="Ukraine"),
  K(E("2030-01-29 18:40", "Ukraine and Russia hand over bodies of fallen soldiers",
      ["Ukraine received the bodies of 757 soldiers from Russia and returned 34 to the Russian side in a separate repatriation on Tuesday, Ukraine's coordination headquarters for prisoners of war said."],
      "other", "humanitarian", 2, "soldiers-bodies-repatriation-2030-01-29",
      n="same theme as the prisoner exchange (returns between the sides), other event: must not merge with " + SWAP), cat="Ukraine"),
  K(E("2030-01-29 15:05", "German arms maker to open shell plant in western Ukraine",
      ["A German defence company said on Tuesday it would open a plant for 155-millimetre artillery shells in western Ukraine by the end of the year, financed partly by the German government."],
      "aid", "aid", 2, "german-shell-plant-western-ukraine-2030-01-29", a="Lorenz Abara"), cat="Defence"),
  K(E("2030-01-29 11:00", "Latvia starts building anti-drone barrier along Russian border",
      ["Latvia began installing sensors, jammers and nets along a first 60-kilometre stretch of its border with Russia, the defence ministry in Riga said."],
      "other", "security", 2, "latvia-anti-drone-barrier-2030-01-29", a="Signe Varga"), cat="Baltics"),
  K(E("2030-01-29 09:20", "Kremlin says no date set for new talks with Kyiv",
      ["Kremlin spokesman Dmitry Peskov said on Tuesday that no date had been set for another round of direct talks with Ukraine and that Moscow's conditions had not changed."],
      "diplomacy", "diplomacy", 2, "kremlin-no-date-for-talks-2030-01-29"), cat="Russia"),
  ]))

SEEDS.append(dict(
  id="17943", name="17943_goldcrest-htmllive", ext="html", source="Goldcrest Journal", zone="Europe/Dublin", render=r_goldcrest,
  title="Ukraine war live: Mykolayiv strike toll rises to six; 250 prisoners freed",
  url="https://goldcrestjournal.example/world/2030/01/29/ukraine-war-live", published="2030-01-29 08:15",
  dateline="Tuesday 29 January 2030",
  lede="Russian missile hits shipyard and flats in southern Ukraine; Ukraine and Russia swap prisoners. Follow the day's events here.",
  basis="visible '<time>{s}</time>' (12-hour UK style, no zone printed: Irish time = GMT = UTC in January) on the page dated 'Tuesday 29 January 2030'; the JSON-LD update dates are the page's, not the block's; local {d} in {z}",
  notes="Invented outlet (Dublin). HTML live blog, newest first. Each block: visible '<time>7.55pm</time>' (no zone; Irish winter time = UTC), h3 headline, body, signature line with the author. JSON-LD is a Yoast-style @graph whose article node has @type ['NewsArticle', 'LiveBlogPosting']; its liveBlogUpdate items all repeat the PAGE headline and the page datePublished (08:15), so per-entry headline and time must come from the visible blocks. 17943-03 is a 'Video:' teaser with no text. 17943-01 is a theme piece (explainer on ballistic-missile defence) that mentions the Mykolayiv strike but is its own story. Spells the city 'Mykolayiv'.",
  not_entries=["site title and navigation", "'LIVE' kicker", "page headline (page title)", "date line 'Tuesday 29 January 2030'", "standfirst (page lede)",
               "signature lines (authors)", "'Video unavailable in your region' placeholder in the teaser",
               "'Related:' link to an air-defence map after the second block", "footer"],
  entries=[
  E("2030-01-29 19:55", "Explainer: Why ballistic missiles still get through Ukraine's defences",
    ["Tuesday's strike on Mykolayiv was carried out with a ballistic missile, the kind of weapon Ukraine finds hardest to stop.",
     "Only a few systems, chiefly the US-made Patriot and the Franco-Italian SAMP/T, can intercept ballistic missiles, and each interception can take two or three costly interceptors.",
     "Cruise missiles and drones, by contrast, can be hit by cheaper guns, short-range missiles and interceptor drones."],
    "strikes", "strikes", 2, "explainer-ballistic-missile-defence", a="Cathal Oyelaran",
    n="theme piece (explainer on ballistic-missile defence); mentions the Mykolayiv strike but is its own story: must not merge with " + MYK),
  E("2030-01-29 18:30", "Mykolayiv death toll rises to six",
    ["Six people have now died as a result of this morning's Russian missile attack on the southern city of Mykolayiv, Ukrainian officials have said.",
     "Among them were two shipyard workers and a woman who lived in the apartment block next door."],
    "strikes", "strikes", 3, MYK, a="Aoife Brennock"),
  E("2030-01-29 16:50", "Video: Rescuers at work in the Mykolayiv shipyard", [], "strikes", "strikes", 1, MYK, a="Aoife Brennock",
    n="video teaser without text"),
  E("2030-01-29 14:20", "Prisoner swap brings 250 Ukrainians home",
    ["Ukraine and Russia have each freed 250 prisoners in an exchange brokered by the United Arab Emirates.",
     "Footage released by Ukraine's presidential office showed freed men wrapped in flags stepping off buses near the Belarusian border."],
    "diplomacy", "diplomacy", 3, SWAP, a="Aoife Brennock"),
  E("2030-01-29 11:05", "Ireland pledges \u20ac20m for demining in Ukraine",
    ["The Irish government will give \u20ac20 million to clear landmines and unexploded ordnance from farmland in Ukraine, the T\u00e1naiste said during a visit to Kyiv."],
    "aid", "aid", 2, "ireland-demining-pledge-2030-01-29", a="Cathal Oyelaran", sec=["diplomacy"]),
  E("2030-01-29 08:40", "Russia claims advance near Siversk",
    ["Russia's defence ministry said its troops had taken control of a village west of Siversk in the Donetsk region.",
     "Ukraine's military said the fighting there was continuing."],
    "other", "frontline", 2, "russia-claims-village-near-siversk-2030-01-29", a="Cathal Oyelaran"),
  ]))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Builds the eval/gp seed pages and their gold files from one hand-written data table (further below).
Every headline and paragraph is the blind tester's own invented wording, set in September 2031 with the war assumed
still under way. Part A imitates, from memory, the page layouts of ten real outlets; Part B outlets are invented.
Deterministic. Run from the project root:  python3 eval/gp/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "U.K.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.", "Adm.", "Sgt.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **kw):
    """one entry: local time 'YYYY-MM-DD HH:MM' in the page zone, headline (or None), body paragraphs, labels."""
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(kw)
    return d


def OFF(t, h, p, st, a=None, n="", **kw):
    """an item not about the war (off-beat): other/unrelated, importance 1."""
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
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def ampm(d, sep=":", space="", upper=False):
    hh = d.hour % 12 or 12
    suf = "am" if d.hour < 12 else "pm"
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
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:70]


def iso(d):
    return d.isoformat().replace("+00:00", "Z")


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
                         "published_basis": (e.get("basis") or S["basis"]).format(s=stamps[i], d=d.strftime("%Y-%m-%d %H:%M"), z=S["zone"],
                                                                                    u=u.strftime("%Y-%m-%d %H:%M")),
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


SEEDS = []


# ================================================================ Part A renderers (layouts of real outlets, from memory)

def ld_live(S, first, last, ups, extra=None):
    """schema.org LiveBlogPosting block (string) with one BlogPosting per update."""
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "url": S["url"], "headline": S["title"],
          "datePublished": first, "dateModified": last, "coverageStartTime": first,
          "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}, "liveBlogUpdate": ups}
    if extra:
        ld.update(extra)
    return '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script>'


def r_cbs(S):
    """CBS News live-updates page, HTML, newest first. h1 'Live Updates: ...', page byline and 'Updated on: September 2, 2031 /
    5:48 PM EDT / CBS News', a 'What to know' bullet box (lede), then posts: stamp 'Sep 2, 2031 / 5:48 PM EDT' in <time>, h2 headline,
    'By NAME', paragraphs. LiveBlogPosting JSON-LD with per-update datePublished (-04:00)."""
    z = S["zone"]; order_check(S, True)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "@id": f"{S['url']}#post-update-{9100 + i}", "headline": e["h"], "datePublished": d.isoformat(),
                    "dateModified": d.isoformat(), "articleBody": " ".join(e["p"]), "author": [{"@type": "Person", "name": e["a"]}]})
    top = dt(S["entries"][0]["t"], z); start = dt(S["start"], z)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - CBS News</title>',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           ld_live(S, start.isoformat(), top.isoformat(), ups), '</head><body>',
           '<header class="site-header"><a class="logo" href="https://www.cbsnews.com/">CBS News</a><nav><a href="/latest/">Latest</a> <a href="/us/">U.S.</a> '
           '<a href="/world/">World</a> <a href="/politics/">Politics</a> <a href="/healthwatch/">HealthWatch</a> <a href="/moneywatch/">MoneyWatch</a> '
           '<a href="/entertainment/">Entertainment</a> <a href="/crime/">Crime</a> <a href="/sports/">Sports</a> <a href="/live/">Watch CBS News</a></nav></header>',
           '<main><article class="content">', '<span class="content__section">World</span>', '<span class="live-badge">Live Updates</span>',
           f'<h1 class="content__title">{esc(S["title"])}</h1>',
           f'<p class="content__meta content__meta--byline">By {esc(S["byline"])}</p>',
           f'<p class="content__meta content__meta--timestamp">Updated on: {MONTHS[top.month - 1]} {top.day}, {top.year} / {ampm(top, space=" ", upper=True)} EDT / CBS News</p>',
           '<ul class="share"><li>Share</li><li>Facebook</li><li>X</li><li>Reddit</li><li>Flipboard</li><li>Email</li></ul>',
           f'<p class="content__dek">{esc(S["lede"])}</p>',
           '<section class="what-to-know"><h2>What to know:</h2><ul>' + "".join(f"<li>{esc(b)}</li>" for b in S["know"]) + '</ul></section>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{SHORT_MONTHS[d.month - 1]} {d.day}, {d.year} / {ampm(d, space=' ', upper=True)} EDT"; stamps.append(st)
        out.append(f'<article class="live-update" id="post-update-{9100 + i}"><time datetime="{d.isoformat()}">{st}</time>')
        out.append(f'<h2 class="live-update__title">{esc(e["h"])}</h2><p class="live-update__byline">By {esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<div class="live-update__share"><button>Copy link</button></div></article>')
        if i == 2:
            out.append('<figure class="embed embed--video"><span class="duration">02:47</span><figcaption>' + esc(S["video"]) + '</figcaption></figure>')
        if i == 4:
            out.append('<aside class="newsletter"><h3>The Daily Report</h3><p>Catch up on the day\'s top stories, delivered every weekday.</p>'
                       '<button>Subscribe</button></aside>')
    out += ['<p class="content__copyright">&#169; 2031 CBS Interactive Inc. All Rights Reserved.</p></article>',
            '<aside class="related"><h3>More from CBS News</h3>' + "".join(f'<a href="#">{esc(r)}</a>' for r in S["related"]) + '</aside></main>',
            '<footer><a>Privacy Policy</a> <a>California Notice</a> <a>Do Not Sell My Personal Information</a> <a>Terms of Use</a> '
            '<a>About</a> <a>Advertise</a> <a>Closed Captioning</a> <a>CBS News Store</a> <a>Careers</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_abc(S):
    """ABC News live page, text scrape, newest first: 'LIVE UPDATES' label, title, 'Last Updated: September 3, 2031, 5:52 PM EDT',
    then posts: stamp line 'Sep 03, 2031, 5:52 PM EDT', headline, paragraphs, closing credit line "ABC News' NAME"."""
    z = S["zone"]; order_check(S, True); top = dt(S["entries"][0]["t"], z)
    L = ["Skip to main content", "ABC News", "Video", "Live", "Shows", "Elections", "Shop", "", "LIVE UPDATES", S["title"], "",
         S["lede"], "", f"Last Updated: {MONTHS[top.month - 1]} {top.day}, {top.year}, {ampm(top, space=' ', upper=True)} EDT", "",
         "Share & Save", "", "ABC News", "Show more", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{SHORT_MONTHS[d.month - 1]} {d.day:02d}, {d.year}, {ampm(d, space=' ', upper=True)} EDT"; stamps.append(st)
        L += [st, "", e["h"], ""] + ptxt(e["p"]) + [f"ABC News' {e['a']}", ""]
        if i == 1:
            L += ["Now Playing", S["video"], "", ""]
        if i == 4:
            L += ["Ad Feedback", ""]
    L += ["Top Stories", ""] + S["related"] + ["", "ABC News Live", "24/7 coverage of breaking news and live events", "",
          "ABC News Network | Privacy Policy | Your US State Privacy Rights | Children's Online Privacy Policy | Interest-Based Ads | About Nielsen Measurement | Terms of Use",
          f"Copyright \u00a9 {top.year} ABC News Internet Ventures. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_fox(S):
    """Fox News live page, text scrape, newest first: 'LIVE COVERAGE' label, title, page dateline 'Published September 5, 2031 6:58am EDT',
    then posts: headline, stamp 'Sep 5, 2031 6:40pm EDT', 'By NAME', paragraphs; capitalised app/coverage promos between posts."""
    z = S["zone"]; order_check(S, True); start = dt(S["start"], z)
    L = ["Fox News", "Watch TV", "", "U.S.   Politics   World   Media   Opinion   Business   Entertainment   Sports   Lifestyle   Video   More", "",
         "LIVE COVERAGE", S["title"], "", S["lede"], "",
         f"Published {MONTHS[start.month - 1]} {start.day}, {start.year} {ampm(start)} EDT", "Fox News", "", "Facebook Twitter Flipboard Comments Print Email", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{SHORT_MONTHS[d.month - 1]} {d.day}, {d.year} {ampm(d)} EDT"; stamps.append(st)
        L += [e["h"], st, f"By {e['a']}", ""] + ptxt(e["p"])
        if i in (1, 4):
            L += [S["promos"][0 if i == 1 else 1], ""]
    L += ["Load more updates", "", "Trending", ""] + S["related"] + ["",
          "This material is for personal use only. \u00a92031 FOX News Network, LLC. All rights reserved.", "Terms of Use   Privacy Policy   Closed Caption Policy   Help   Contact Us"]
    return "\n".join(L) + "\n", stamps


# ================================================================ PART A data: ten real outlets' layouts (own words, invented news)

# ---------------------------------------------------------------- 19900 CBS News (HTML live updates + LiveBlogPosting JSON-LD)
KH0902 = "kharkiv-drone-attack-2031-09-02"
SEEDS.append(dict(
  id="19900", name="19900_cbsnews-liveupdates", ext="html", source="CBS News", zone="America/New_York", render=r_cbs,
  title="Live Updates: Russian drones kill 7 in Kharkiv as Zelensky presses allies for more Patriots",
  url="https://www.cbsnews.com/live-updates/russia-ukraine-war-kharkiv-drone-attack-patriots-2031-09-02/", start="2031-09-02 06:30",
  byline="Owen Castellano, Marisol Pendry, Ruth Kessling",
  lede="A wave of Russian drones hit Ukraine's second-largest city overnight as Senate appropriators moved a new aid bill forward.",
  know=["Russian drones killed at least seven people in Kharkiv, regional officials said.",
        "President Zelensky said Ukraine needs at least 10 more Patriot systems before winter.",
        "A Senate committee advanced a $9.5 billion security package for Ukraine."],
  video="Drone strike leaves apartment blocks burning in Kharkiv",
  related=["What to know about the Patriot missile defense system", "Photos: Life under the drones in Ukraine's northeast",
           "Ukraine's grain exports rebound despite port attacks"],
  basis="per-post stamp '{s}' (date and clock in US Eastern daylight time, EDT = UTC-4), also in the post's <time datetime> and the JSON-LD update; local {d} in {z} = {u} UTC",
  notes="Imitates a CBS News 'Live Updates' page saved as HTML. Header: h1 title, page byline with three names, 'Updated on: ... / CBS News' line (equal to the newest post), share row, dek, and a 'What to know:' bullet box that summarises the day (lede, not Key Points; no key_point). Posts newest first: <time> 'Sep 2, 2031 / 5:48 PM EDT', h2 headline, 'By NAME', paragraphs. A video embed with a caption sits after the third post, a newsletter box after the fifth. LiveBlogPosting JSON-LD carries one BlogPosting per post with its own datePublished (-04:00) and author. All times EDT; the page is on one UTC day (2031-09-02).",
  not_entries=["site header and navigation (Latest, U.S., World, ...)", "section label 'World' and badge 'Live Updates'", "page byline 'By Owen Castellano, Marisol Pendry, Ruth Kessling'",
               "'Updated on: September 2, 2031 / 5:48 PM EDT / CBS News' (page timestamp, equals the newest post)", "share row",
               "dek 'A wave of Russian drones hit ...'", "'What to know:' box with three summary bullets (lede, not entries)",
               "video embed '02:47' with caption 'Drone strike leaves apartment blocks burning in Kharkiv'", "'Copy link' buttons",
               "newsletter box 'The Daily Report ... Subscribe'", "copyright line", "'More from CBS News' related links (three)", "footer links"],
  entries=[
  E("2031-09-02 17:48", "Zelensky says Ukraine needs \"at least 10 more\" Patriot systems after Kharkiv barrage",
    ["Ukrainian President Volodymyr Zelensky said Tuesday evening that his country would need at least 10 more Patriot air defense systems to get its cities through the coming winter, hours after a Russian drone attack on Kharkiv killed seven people.",
     "\"Every night we count drones, and every morning we count the dead,\" Zelensky said in his nightly video address. \"Our partners know exactly which systems would change this.\"",
     "Ukraine has received eight Patriot batteries from Western partners since 2023, according to public figures, though several are rotated out for repairs at any given time."],
    "aid", "aid", 2, "zelensky-patriot-appeal-2031-09-02", a="Owen Castellano", sec=["strikes"],
    n="an appeal for air defence that cites the Kharkiv toll: its own story (a plea, not the attack)"),
  E("2031-09-02 16:20", "Senate committee advances $9.5 billion security package for Ukraine",
    ["The Senate Appropriations Committee voted 21-8 on Tuesday to advance a $9.5 billion security assistance package for Ukraine, sending the measure to the full Senate.",
     "The bill would pay for air defense interceptors, artillery ammunition and training over the next two fiscal years. Its prospects in the House remain uncertain."],
    "aid", "aid", 3, "senate-committee-ukraine-package-2031-09-02", a="Marisol Pendry"),
  E("2031-09-02 14:05", "Kremlin says no date set for next round of Istanbul talks",
    ["Kremlin spokesman Dmitry Peskov told reporters Tuesday that no date had been agreed for another round of direct talks between Russian and Ukrainian delegations in Istanbul.",
     "Peskov said Moscow remained \"open to contacts\" but accused Kyiv of setting conditions that made progress impossible. Ukraine's Foreign Ministry did not immediately respond."],
    "diplomacy", "diplomacy", 2, "kremlin-no-date-istanbul-talks-2031-09-02", a="Ruth Kessling"),
  E("2031-09-02 12:30", "Kharkiv death toll climbs to 7, including 2 children",
    ["The number of people killed in Russia's overnight drone attack on Kharkiv has risen to seven, including two children, regional governor Oleh Syniehubov said Tuesday.",
     "Rescuers pulled the bodies of a 9-year-old girl and her brother from the rubble of a five-story apartment building in the city's Saltivskyi district, he said. At least 31 people were wounded.",
     "Kharkiv, Ukraine's second-largest city, lies about 20 miles from the Russian border and is among the most frequently targeted cities in the country."],
    "strikes", "strikes", 3, KH0902, a="Owen Castellano", n="toll 7 (up from 4 in 19900-06)"),
  E("2031-09-02 10:15", "Ukraine claims drone strike on oil refinery in Russia's Saratov region",
    ["Ukraine's military intelligence agency said its long-range drones struck an oil refinery in the Russian city of Saratov overnight, setting off a large fire at a primary processing unit.",
     "Saratov's regional governor said debris from downed drones had caused a fire at an \"industrial facility\" but reported no casualties. CBS News could not independently verify either account."],
    "strikes", "strikes", 2, "saratov-refinery-drone-strike-2031-09-02", a="Ruth Kessling"),
  E("2031-09-02 08:40", "Russian drones hit Kharkiv overnight, killing at least 4",
    ["At least four people were killed and more than 20 wounded when Russian drones struck residential areas of Kharkiv overnight, Ukrainian officials said early Tuesday.",
     "Mayor Ihor Terekhov said the city was hit by at least 15 Shahed-type drones over roughly 40 minutes. Fires broke out in two apartment buildings and a supermarket."],
    "strikes", "strikes", 3, KH0902, a="Marisol Pendry", n="first report, toll 4"),
  E("2031-09-02 07:15", "Russian court sentences American to 13 years on spying charges",
    ["A court in Yekaterinburg sentenced a 46-year-old U.S. citizen to 13 years in a maximum-security penal colony on Tuesday after convicting him of espionage, Russian state media reported.",
     "The man, a dual U.S.-Russian national who had lived in the Urals for a decade, denied the charges. The State Department has called the case politically motivated."],
    "other", "security", 2, "yekaterinburg-american-espionage-sentence-2031-09-02", a="Ruth Kessling"),
  ]))

# ---------------------------------------------------------------- 19901 ABC News (text live page)
IZ = "izmail-port-strike-2031-09-03"
SEEDS.append(dict(
  id="19901", name="19901_abcnews-liveupdates", ext="txt", source="ABC News", zone="America/New_York", render=r_abc,
  title="Russia-Ukraine live updates: Death toll rises after strike on Danube port",
  lede="Russia's full-scale invasion of Ukraine is well into its eighth year.",
  video="Drone footage shows damaged grain silos in Izmail",
  related=["Tropical storm watch issued for Florida Keys", "What the new school-year COVID guidance says", "Stocks close higher ahead of jobs report"],
  basis="per-post stamp '{s}' (date and clock in US Eastern daylight time, EDT = UTC-4); local {d} in {z} = {u} UTC",
  notes="Imitates an ABC News live-updates page copied as text. Header: 'LIVE UPDATES', title, one-line standfirst, 'Last Updated: September 3, 2031, 5:52 PM EDT' (equal to the newest post), 'Share & Save'. Posts newest first: stamp line 'Sep 03, 2031, 5:52 PM EDT' (zero-padded day), headline, paragraphs, then a closing credit line \"ABC News' NAME\" (authors = the names in that line; two names joined by 'and' kept as one string). ABC spells the president 'Zelenskyy'. A 'Now Playing' video caption after the second post and an 'Ad Feedback' marker after the fifth. All times EDT; one UTC day (2031-09-03).",
  not_entries=["'Skip to main content' and site navigation (Video, Live, Shows, Elections, Shop)", "'LIVE UPDATES' label", "standfirst 'Russia's full-scale invasion ...'",
               "'Last Updated: September 3, 2031, 5:52 PM EDT'", "'Share & Save'", "'ABC News' / 'Show more'", "credit lines \"ABC News' NAME\" after each post (authors, not body)",
               "'Now Playing' video caption 'Drone footage shows damaged grain silos in Izmail'", "'Ad Feedback'", "'Top Stories' box with three unrelated links",
               "'ABC News Live' promo", "footer links and copyright"],
  entries=[
  E("2031-09-03 17:52", "Russia expels 2 Estonian diplomats in retaliatory move",
    ["Russia's Foreign Ministry said Wednesday it was expelling two Estonian diplomats, calling the step a response to Tallinn's expulsion of a Russian embassy employee last month.",
     "The diplomats have until Sept. 10 to leave the country, the ministry said in a statement."],
    "diplomacy", "diplomacy", 2, "russia-expels-estonian-diplomats-2031-09-03", a="Kip Tallent"),
  E("2031-09-03 16:30", "Ukraine's parliament votes to extend martial law for 90 days",
    ["Ukraine's parliament voted Wednesday to extend martial law and general mobilization for another 90 days, through early December.",
     "The measure passed with 318 votes. Lawmakers have renewed martial law every three months since Russia's full-scale invasion began in February 2022."],
    "other", "politics", 2, "ukraine-martial-law-extension-2031-09-03", a="Hanna Dorosh"),
  E("2031-09-03 15:10", "Zelenskyy, Danish prime minister sign drone co-production deal in Kyiv",
    ["Ukrainian President Volodymyr Zelenskyy and Danish Prime Minister Mette Frederiksen signed an agreement in Kyiv on Wednesday to jointly produce long-range drones in Denmark, with the first units due next spring.",
     "Frederiksen said Denmark would put 2.1 billion kroner, about $330 million, into the project.",
     "\"Denmark is not a big country, but we have decided to be a fast one,\" she told reporters."],
    "aid", "aid", 3, "denmark-ukraine-drone-coproduction-2031-09-03", a="Kip Tallent and Hanna Dorosh", sec=["diplomacy"]),
  E("2031-09-03 13:45", "Death toll from strike on Danube port of Izmail rises to 5",
    ["Five people are now confirmed dead after a Russian drone and missile attack on the port of Izmail in Ukraine's Odesa region, regional governor Oleh Kiper said Wednesday.",
     "Two of the victims were truck drivers waiting to unload grain, Kiper said. The strike damaged three grain silos and a passenger terminal."],
    "strikes", "strikes", 3, IZ, a="Yuliia Brovko", n="toll 5 (up from 3 in 19901-06)"),
  E("2031-09-03 11:20", "IAEA says drone struck training center at Zaporizhzhia nuclear plant",
    ["A drone hit a training center just outside the perimeter of the Russian-occupied Zaporizhzhia nuclear power plant early Wednesday, the International Atomic Energy Agency said.",
     "IAEA Director General Rafael Grossi said no one was hurt and radiation levels were normal, but warned that such incidents near a nuclear facility were \"completely unacceptable.\""],
    "strikes", "strikes", 2, "zaporizhzhia-npp-training-center-drone-2031-09-03", a="Kip Tallent"),
  E("2031-09-03 09:05", "Russian strike on Izmail port kills 3, damages grain silos",
    ["At least three people were killed when Russian drones and a ballistic missile struck port facilities in Izmail, on the Danube River across from Romania, Ukrainian officials said.",
     "Romania's Defense Ministry said it had scrambled two F-16 jets as the attack unfolded but that no drones had entered its airspace."],
    "strikes", "strikes", 3, IZ, a="Yuliia Brovko", n="first report, toll 3"),
  E("2031-09-03 08:15", "Russia claims capture of village near Kostiantynivka",
    ["Russia's Defense Ministry said Wednesday its troops had captured the village of Stupochky, south of Kostiantynivka in the Donetsk region.",
     "Ukraine's military did not confirm the loss. A spokesman for Ukrainian units in the area said fighting for the village was continuing."],
    "other", "frontline", 2, "russia-claims-stupochky-2031-09-03", a="Hanna Dorosh"),
  ]))

# ---------------------------------------------------------------- 19902 Fox News (text live page)
SEEDS.append(dict(
  id="19902", name="19902_foxnews-livecoverage", ext="txt", source="Fox News", zone="America/New_York", render=r_fox,
  title="Russia-Ukraine war: Glide bombs hit Kherson as House GOP splits over aid", start="2031-09-05 06:58",
  lede="Follow Fox News Digital's live coverage of the war in Ukraine for the latest updates.",
  promos=["GET THE FOX NEWS APP FOR LIVE UPDATES ON THE WAR", "READ MORE OF OUR UKRAINE COVERAGE HERE"],
  related=["Hurricane center tracks new system in the Atlantic", "College football Week 2: five games to watch", "Gas prices fall ahead of fall travel season"],
  basis="per-post stamp '{s}' (date and clock in US Eastern daylight time, EDT = UTC-4); local {d} in {z} = {u} UTC",
  notes="Imitates a Fox News live-coverage page copied as text. Header: site navigation, 'LIVE COVERAGE' label, title, standfirst, page dateline 'Published September 5, 2031 6:58am EDT' (when the page opened, not a post), share row. Posts newest first: headline, stamp 'Sep 5, 2031 6:40pm EDT', 'By NAME', paragraphs. Capitalised promo lines (app, more coverage) sit between posts. All times EDT; one UTC day (2031-09-05).",
  not_entries=["site navigation and 'Watch TV'", "'LIVE COVERAGE' label", "standfirst 'Follow Fox News Digital's live coverage ...'", "page dateline 'Published September 5, 2031 6:58am EDT' and 'Fox News' credit",
               "share row 'Facebook Twitter Flipboard Comments Print Email'", "promo line 'GET THE FOX NEWS APP FOR LIVE UPDATES ON THE WAR'",
               "promo line 'READ MORE OF OUR UKRAINE COVERAGE HERE'", "'Load more updates'", "'Trending' box with three unrelated links", "copyright line and footer links"],
  entries=[
  E("2031-09-05 18:40", "Ukraine says its air defenses downed Russian Su-34 bomber over Donetsk region",
    ["Ukraine's air force said Friday its troops shot down a Russian Su-34 fighter-bomber over the eastern Donetsk region, the third such claim this month.",
     "Russia's Defense Ministry did not comment. Fox News Digital could not independently verify the claim."],
    "strikes", "strikes", 2, "su-34-shot-down-donetsk-2031-09-05", a="Landon Wexler"),
  E("2031-09-05 16:15", "House Republicans split over Ukraine aid amendment to defense bill",
    ["A proposal to strip $4 billion in Ukraine assistance from the annual defense policy bill exposed fresh divisions among House Republicans on Friday.",
     "Supporters of the amendment argued European allies should carry more of the cost, while defense hawks warned that cutting the money would embolden Moscow. A floor vote is expected next week."],
    "aid", "aid", 2, "house-gop-ukraine-aid-amendment-2031-09-05", a="Brianna Colter"),
  E("2031-09-05 14:00", "Russia says it shot down 38 Ukrainian drones over Bryansk, Kursk regions",
    ["Russia's Defense Ministry said Friday its air defenses destroyed 38 Ukrainian drones over the Bryansk and Kursk regions in the space of three hours.",
     "The governor of Bryansk said a drone hit a power substation, cutting electricity to several villages. No injuries were reported."],
    "strikes", "strikes", 2, "russia-downs-38-drones-bryansk-kursk-2031-09-05", a="Landon Wexler"),
  E("2031-09-05 12:10", "Polish military says Russian drone crashed in field near Lublin",
    ["Poland's armed forces said Friday that a Russian attack drone crashed in a farm field about 30 miles from the city of Lublin during an overnight attack on western Ukraine.",
     "No one was hurt. Poland's foreign minister said Warsaw would summon Russia's charge d'affaires to demand an explanation."],
    "strikes", "strikes", 2, "russian-drone-crash-near-lublin-2031-09-05", a="Brianna Colter", sec=["diplomacy"]),
  E("2031-09-05 10:30", "Kyiv says North Korean artillery crews spotted near Zaporizhzhia front",
    ["Ukraine's military intelligence said Friday that North Korean artillery crews have been deployed to Russian positions along the Zaporizhzhia front, the first such sighting in southern Ukraine.",
     "The agency said the crews were operating self-propelled guns supplied by Pyongyang. Moscow and Pyongyang have not commented."],
    "other", "frontline", 2, "north-korean-artillery-zaporizhzhia-front-2031-09-05", a="Landon Wexler", sec=["aid"]),
  E("2031-09-05 08:20", "Russian glide bombs kill 2 in Kherson suburb",
    ["Two people were killed and four wounded when Russian aircraft dropped glide bombs on a suburb of Kherson early Friday, the regional administration said.",
     "Governor Oleksandr Prokudin said the bombs hit a residential street and a kindergarten building that had been closed since 2022."],
    "strikes", "strikes", 3, "kherson-glide-bombs-2031-09-05", a="Brianna Colter"),
  ]))


def r_msnbc_rss(S):
    """MSNBC RSS 2.0 feed, newest first: pubDate in GMT, dc:creator, category, one-paragraph description, media:thumbnail;
    video items without a description."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom">',
           '<channel>', f'<title>{esc(S["title"])}</title>', '<link>https://www.msnbc.com</link>',
           f'<description>{esc(S["lede"])}</description>', '<language>en-us</language>',
           f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z), gmt=True)}</lastBuildDate>',
           '<atom:link href="https://www.msnbc.com/feeds/latest" rel="self" type="application/rss+xml"/>',
           '<image><url>https://nodeassets.msnbc.com/cdn/images/msnbc/logo-rss.png</url><title>MSNBC</title><link>https://www.msnbc.com</link></image>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=True); stamps.append(st)
        link = f'https://www.msnbc.com/{e["path"]}/{slugify(e["h"])}-rcna{217340 + i * 913}'
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="false">rcna{217340 + i * 913}</guid>',
                f'<pubDate>{st}</pubDate>', f'<category>{esc(e["cat"])}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        if e["p"]:
            out.append(f'<description>{esc(" ".join(e["p"]))}</description>')
        out += [f'<media:thumbnail url="https://media-cldnry.s-nbcnews.com/image/upload/t_fit-760w/rockcms/{d:%Y-%m}/{310905 + i}.jpg"/>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_itv(S):
    """ITV News live page, HTML, newest first. h1 'Live: ...', a date line 'Monday 8 September 2031' under it; each update: time
    '9:40pm' in a span, h2 headline, paragraphs; 'Watch:' updates carry only a video player. LiveBlogPosting JSON-LD with per-update
    datePublished (+01:00); no authors."""
    z = S["zone"]; order_check(S, True)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#update-{i + 1:03d}", "headline": e["h"], "datePublished": d.isoformat()}
        if e["p"]:
            u["articleBody"] = "\n".join(e["p"])
        ups.append(u)
    top = dt(S["entries"][0]["t"], z); start = dt(S["start"], z)
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | ITV News</title>',
           ld_live(S, start.isoformat(), top.isoformat(), ups), '</head><body>',
           '<header><a class="logo" href="https://www.itv.com/news">ITV News</a><nav><a>Latest</a> <a>UK</a> <a>World</a> <a>Politics</a> <a>Climate</a> '
           '<a>Money</a> <a>Health</a> <a>Entertainment</a> <a>Regions</a></nav><a class="itvx">Watch the latest programmes on ITVX</a></header>',
           '<main>', f'<h1>{esc(S["title"])}</h1>',
           f'<p class="date">{DAYS_EN[top.weekday()]} {top.day} {MONTHS[top.month - 1]} {top.year}</p>',
           f'<div class="summary"><p>{esc(S["lede"])}</p></div>', '<div class="share">Share this article <a>Facebook</a> <a>X</a> <a>WhatsApp</a> <a>Copy link</a></div>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d); stamps.append(st)
        out.append(f'<section class="update" id="update-{i + 1:03d}"><span class="update__time">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="video-player"><button>Play video</button><span class="duration">1:54</span></div>')
        out.append('</section>')
        if i == 3:
            out.append(f'<aside class="read-more">Read more: <a href="#">{esc(S["related"][0])}</a></aside>')
    out += ['<button class="load-more">Load more updates</button>', '</main>',
            '<aside class="more-stories"><h3>More stories</h3>' + "".join(f'<a href="#">{esc(r)}</a>' for r in S["related"][1:]) + '</aside>',
            '<footer><a>About ITV News</a> <a>Contact us</a> <a>Privacy</a> <a>Cookie settings</a> <a>Accessibility</a> <span>ITV plc is a member of IMPRESS</span></footer>',
            '</body></html>']
    return "\n".join(out) + "\n", stamps


# ---------------------------------------------------------------- 19903 MSNBC (RSS feed, GMT)
SEEDS.append(dict(
  id="19903", name="19903_msnbc-latest", ext="xml", source="MSNBC", zone="UTC", render=r_msnbc_rss,
  title="MSNBC: Latest", lede="The latest news, analysis and opinion from MSNBC.",
  basis="RFC 822 pubDate '{s}' (GMT = UTC); local {d} in {z}",
  notes="Imitates MSNBC's latest-stories RSS feed (one feed for the whole site, so the war is three of seven items). pubDate in GMT, dc:creator on most items, category per item, one-paragraph descriptions. Item 19903-06 is a show video ('Watch: ...') with no description: a teaser, and off the war. Two items are opinion/analysis: 19903-01 (Ukraine aid in Congress, its own story) and the weekend inflation column (off-beat). Times are UTC; one UTC day (2031-09-06).",
  not_entries=["channel title/description/image/lastBuildDate (feed metadata)", "media:thumbnail images", "guid and link values"],
  entries=[
  E("2031-09-06 21:14", "Ukraine aid is about to face its toughest test in Congress yet",
    ["Next week's vote on the defense bill will show whether support for Kyiv still commands a majority in both parties, and the math is tighter than leaders admit."],
    "aid", "aid", 2, "msnbc-opinion-ukraine-aid-congress-2031-09-06", a="Delia Hartwell", path="opinion/msnbc-opinion", cat="Opinion",
    n="opinion column (analysis of the coming vote), its own story"),
  OFF("2031-09-06 19:30", "Tropical Storm Odalys expected to strengthen before reaching the Gulf Coast",
    ["Forecasters said the storm could reach hurricane strength by Monday, and Louisiana's governor declared a state of emergency for coastal parishes."],
    "tropical-storm-odalys-gulf-coast-2031-09-06", a="Marcus Feeney", n="US weather", path="news/weather", cat="Weather"),
  E("2031-09-06 17:05", "What we know about Russia's deadliest strike on Kyiv this year",
    ["Russian missiles hit a residential district of Kyiv early Saturday, killing at least 11 people, Ukrainian officials said, in the deadliest attack on the capital since January."],
    "strikes", "strikes", 3, "kyiv-missile-strike-2031-09-06", a="Priya Landsman", path="news/world-news", cat="World"),
  OFF("2031-09-06 15:40", "Supreme Court agrees to hear challenge to Texas congressional map",
    ["The justices will take up the case in their new term, setting up a ruling that could reshape several districts before the next election."],
    "supreme-court-texas-map-2031-09-06", a="Gordon Achebe", n="US courts", path="politics/supreme-court", cat="Supreme Court"),
  E("2031-09-06 13:20", "EU adopts sanctions package aimed at Russian LNG transshipments",
    ["European Union governments signed off on their latest package of sanctions against Russia, banning the transshipment of Russian liquefied natural gas through EU ports from January."],
    "diplomacy", "diplomacy", 3, "eu-sanctions-package-lng-2031-09-06", a="Priya Landsman", path="news/world-news", cat="World"),
  OFF("2031-09-06 11:00", "Watch: The Weekend panel breaks down the primary calendar", [],
    "the-weekend-primary-calendar-2031-09-06", n="show video teaser without text (also a teaser)", path="the-weekend/watch", cat="The Weekend"),
  OFF("2031-09-06 09:15", "Why August's inflation numbers should worry the Fed",
    ["Prices rose faster than expected last month, and the details suggest that the central bank's hoped-for rate cut may have to wait."],
    "august-inflation-column-2031-09-06", a="Nadia Brackett", n="US economy column", path="opinion/msnbc-opinion", cat="Opinion"),
  ]))

# ---------------------------------------------------------------- 19904 ITV News (HTML live + LiveBlogPosting JSON-LD)
ZPG = "zaporizhzhia-glide-bombs-2031-09-08"
SEEDS.append(dict(
  id="19904", name="19904_itvnews-live", ext="html", source="ITV News", zone="Europe/London", render=r_itv,
  title="Live: Ukraine and Russia swap 480 prisoners as UK unveils £350m drone package",
  url="https://www.itv.com/news/2031-09-08/live-ukraine-russia-prisoner-swap-uk-drone-package", start="2031-09-08 09:30",
  lede="Follow the latest updates on the war in Ukraine, including the Defence Secretary's announcement in London and a prisoner exchange brokered by Turkey.",
  related=["How Britain's frozen-asset fund pays for Ukraine's drones", "Junior doctors in England vote on new pay offer", "Man charged after M6 crash"],
  basis="visible update time '{s}' (UK clock, BST = UTC+1) under the page date line 'Monday 8 September 2031'; the JSON-LD update has the same instant; local {d} in {z} = {u} UTC",
  notes="Imitates an ITV News live page saved as HTML. Header: h1 'Live: ...', date line 'Monday 8 September 2031', summary paragraph, share row. Updates newest first: time '9:40pm' (UK time, BST), h2 headline, paragraphs; no per-update authors (author null). 19904-02 is a 'Watch:' update with only a video player (teaser, no body; story = the Zaporizhzhia glide-bomb strike it shows). A 'Read more:' link after the fourth update. LiveBlogPosting JSON-LD gives each update its own datePublished (+01:00). One UTC day (2031-09-08). The title's '480 prisoners' is the total of the 240-for-240 swap.",
  not_entries=["header, navigation and 'Watch the latest programmes on ITVX'", "date line 'Monday 8 September 2031' (structure)", "summary paragraph 'Follow the latest updates ...' (lede)",
               "share row", "video player 'Play video 1:54' inside the Watch update", "'Read more:' link 'How Britain's frozen-asset fund pays for Ukraine's drones'",
               "'Load more updates'", "'More stories' links (two, not about the war)", "footer"],
  entries=[
  E("2031-09-08 21:40", "Ukraine and Russia swap 240 prisoners each in Turkish-brokered exchange",
    ["Ukraine and Russia have exchanged 240 prisoners of war each in a swap brokered by Turkey, President Zelensky has said.",
     "Among the Ukrainians returning home were defenders of Mariupol who had spent more than nine years in captivity, he said.",
     "Turkey's foreign ministry said the handover took place on the Belarusian border and thanked both sides for their \"constructive approach\"."],
    "diplomacy", "diplomacy", 3, "turkey-brokered-prisoner-swap-2031-09-08"),
  E("2031-09-08 19:55", "Watch: Inside a Zaporizhzhia school shelter as glide bombs fall", [], "strikes", "strikes", 1, ZPG,
    n="video teaser without text"),
  E("2031-09-08 18:10", "Defence Secretary announces £350m drone package for Ukraine",
    ["The UK will spend £350 million on drones and counter-drone systems for Ukraine, Defence Secretary John Healey has announced.",
     "The package, paid for from the profits of frozen Russian assets, includes 10,000 interceptor drones to be built in Britain and Ukraine.",
     "Mr Healey made the announcement at a meeting of the Ukraine Defence Contact Group in London."],
    "aid", "aid", 3, "uk-drone-package-2031-09-08"),
  E("2031-09-08 16:25", "Russia summons British ambassador over new sanctions",
    ["Russia's foreign ministry has summoned the British ambassador in Moscow to protest against the UK's latest round of sanctions, which target 30 oil tankers.",
     "A Foreign Office spokesperson said the UK would \"not be intimidated\" and would keep up pressure on the Kremlin's war economy."],
    "diplomacy", "diplomacy", 2, "russia-summons-uk-ambassador-2031-09-08"),
  E("2031-09-08 14:50", "Glide bombs kill three in Zaporizhzhia",
    ["Three people have been killed after Russian aircraft dropped glide bombs on Zaporizhzhia, regional governor Ivan Fedorov said.",
     "One bomb hit a bus stop in the city's Shevchenkivskyi district, while another damaged a school used as a shelter. Eleven people were injured."],
    "strikes", "strikes", 3, ZPG),
  E("2031-09-08 12:30", "Ukrainian drones target airfield in Russia's Rostov region",
    ["Ukraine says it has struck a Russian military airfield in the Rostov region, setting a fuel depot on fire and damaging a radar station.",
     "Russia's defence ministry said it had destroyed 27 drones over the region overnight and did not mention any damage."],
    "strikes", "strikes", 2, "rostov-airfield-drone-strike-2031-09-08"),
  E("2031-09-08 10:05", "Russia fired 96 drones and four missiles overnight, says Ukraine's air force",
    ["Russia launched 96 drones and four ballistic missiles at Ukraine overnight, of which 81 drones and two missiles were shot down, Ukraine's air force has said.",
     "Damage was reported in the Kyiv, Sumy and Chernihiv regions. There were no immediate reports of casualties."],
    "strikes", "strikes", 2, "overnight-drone-missile-attack-2031-09-08"),
  ]))


def r_c4(S):
    """Channel 4 News 'Latest' listing, text scrape, newest first: category label, headline, standfirst, 'By NAME, ROLE',
    date-and-time line '9 Sep 2031, 19:05'. Programme promo and newsletter box between cards."""
    z = S["zone"]; order_check(S, True)
    L = ["Channel 4 News", "", "Home   News   Politics   World   UK   Culture   FactCheck   Watch   Snowmail", "Watch live", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {SHORT_MONTHS[d.month - 1]} {d.year}, {d:%H:%M}"; stamps.append(st)
        L += [e["tag"], e["h"]] + e["p"] + [f"By {e['a']}, {e['role']}", st, ""]
        if i == 2:
            L += ["Watch Channel 4 News at 7pm on Channel 4 and catch up on YouTube.", ""]
        if i == 4:
            L += ["Snowmail", "Our daily email from the newsroom, in your inbox before the programme.", "Sign up", ""]
    L += ["Show more", "", "About   Contact   Complaints   Privacy   Cookie settings", "\u00a9 Channel 4 2031"]
    return "\n".join(L) + "\n", stamps


def r_lbc(S):
    """LBC live article, text scrape, newest first. Breadcrumb, title, page byline 'By NAME', '11 September 2031, 07:10 | Updated:
    11 September 2031, 18:35', 'Listen to this article'; posts: bare time line '18:35' (UK time), headline, paragraphs;
    'Read more:' links between posts."""
    z = S["zone"]; order_check(S, True); start = dt(S["start"], z); top = dt(S["entries"][0]["t"], z)
    fmt = lambda d: f"{d.day} {MONTHS[d.month - 1]} {d.year}, {d:%H:%M}"
    L = ["LBC", "Leading Britain's Conversation", "", "News   Shows   Presenters   Schedule   Podcasts   Listen Live", "", "News > World News", "",
         S["title"], "", S["lede"], "", f"By {S['byline']}", "", f"{fmt(start)} | Updated: {fmt(top)}", "", "Listen to this article", "Loading audio...", "",
         "Share this article: Facebook  X  WhatsApp  Email", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, "", e["h"], ""] + ptxt(e["p"])
        if i in (1, 3):
            L += [f"Read more: {S['readmore'][0 if i == 1 else 1]}", ""]
    L += ["Listen to LBC live on Global Player, the official LBC app.", "", "More World News", ""] + S["related"] + ["",
          "Global. Privacy and cookies. Terms and conditions. Contact us."]
    return "\n".join(L) + "\n", stamps


def r_gbnews(S):
    """GB News live blog, HTML, newest first. 'LIVE' badge, h1, page byline, date strip 'Friday 12 September 2031'; 'LATEST DEVELOPMENTS:'
    bullets (lede); posts: <time> '19:20', h2, paragraphs, author name line; 'READ MORE:' lines. LiveBlogPosting JSON-LD with
    per-update datePublished and author."""
    z = S["zone"]; order_check(S, True)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "headline": e["h"], "datePublished": d.isoformat(), "articleBody": " ".join(e["p"]),
                    "author": {"@type": "Person", "name": e["a"]}, "url": f"{S['url']}#liveblog-entry-{48810 + i}"})
    top = dt(S["entries"][0]["t"], z); start = dt(S["start"], z)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | GB News</title>',
           ld_live(S, start.isoformat(), top.isoformat(), ups), '</head><body>',
           '<header><a class="logo" href="https://www.gbnews.com">GB News</a><a class="watch">Watch live</a><a class="listen">Listen live</a>'
           '<nav><a>News</a> <a>Politics</a> <a>Royal</a> <a>Money</a> <a>Lifestyle</a> <a>Weather</a> <a>Sport</a> <a>Opinion</a> <a>Shows</a></nav>'
           '<a class="members">Join GB News Membership</a></header>',
           '<main><article>', '<span class="badge">LIVE</span>', f'<h1>{esc(S["title"])}</h1>', f'<p class="byline">By {esc(S["byline"])}</p>',
           f'<p class="live-date">{DAYS_EN[top.weekday()]} {top.day} {MONTHS[top.month - 1]} {top.year}</p>',
           '<div class="latest"><p>LATEST DEVELOPMENTS:</p><ul>' + "".join(f"<li>{esc(b)}</li>" for b in S["know"]) + '</ul></div>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="liveblog-entry" id="liveblog-entry-{48810 + i}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append(f'<p class="liveblog-entry__author">{esc(e["a"])}</p></div>')
        if i in (1, 3):
            out.append(f'<p class="read-more">READ MORE: {esc(S["readmore"][0 if i == 1 else 1])}</p>')
    out += ['</article>', '<aside class="trending"><h3>Trending</h3>' + "".join(f'<a>{esc(r)}</a>' for r in S["related"]) + '</aside></main>',
            '<footer><a>About us</a> <a>Contact</a> <a>Complaints</a> <a>Privacy</a> <span>\u00a9 GB News 2031</span></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_mail(S):
    """Daily Mail (MailOnline) live article, HTML, newest first. Navigation, h1, bold summary bullets, 'By NAME FOR MAILONLINE',
    'PUBLISHED: 08:12 BST, 14 September 2031 | UPDATED: 19:47 BST, 14 September 2031'; posts: bold time '19:47', h3 headline,
    paragraphs, photo credits; 'Pictured:' post with photos only. NewsArticle JSON-LD (page level, no per-post times)."""
    z = S["zone"]; order_check(S, True); start = dt(S["start"], z); top = dt(S["entries"][0]["t"], z)
    fmt = lambda d: f"{d:%H:%M} BST, {d.day} {MONTHS[d.month - 1]} {d.year}"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": start.isoformat(), "dateModified": top.isoformat(),
          "author": {"@type": "Person", "name": S["byline"].title()}, "publisher": {"@type": "Organization", "name": "Mail Online"},
          "mainEntityOfPage": S["url"], "articleSection": "news"}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Daily Mail Online</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<div class="page-header"><a class="masthead">Daily Mail</a><ul class="nav-primary"><li>Home</li><li>News</li><li>Royals</li><li>U.S.</li><li>Sport</li>'
           '<li>TV</li><li>Showbiz</li><li>Femail</li><li>Health</li><li>Science</li><li>Money</li><li>Travel</li><li>Podcasts</li><li>Shopping</li></ul>'
           '<ul class="nav-secondary"><li>UK</li><li>World News</li><li>Politics</li><li>Ukraine</li><li>Most read</li></ul></div>',
           '<div id="js-article-text" class="article-text">', f'<h1>{esc(S["title"])}</h1>',
           '<ul class="mol-bullets-with-font">' + "".join(f"<li><strong>{esc(b)}</strong></li>" for b in S["know"]) + '</ul>',
           f'<p class="author-section">By <a class="author">{esc(S["byline"])}</a> FOR MAILONLINE</p>',
           f'<p class="byline-section"><span class="article-timestamp-label">PUBLISHED:</span> {fmt(start)} | '
           f'<span class="article-timestamp-label">UPDATED:</span> {fmt(top)}</p>',
           '<div class="social-share"><span>e-mail</span> <span>1.4k</span> <span>shares</span> <a>View comments</a></div>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="live-post"><p class="live-post-time"><strong>{st}</strong></p><h3>{esc(e["h"])}</h3>')
        out += [f'<p class="mol-para-with-font">{esc(p)}</p>' for p in e["p"]]
        for c in e.get("credits", []):
            out.append(f'<div class="image-wrap"><span class="imageCredit">{esc(c)}</span></div>')
        out.append('</div>')
        if i == 2:
            out.append('<div class="related-carousel"><h3>RELATED ARTICLES</h3>' + "".join(f'<a>{esc(r)}</a>' for r in S["related"]) + '</div>')
    out += ['<p class="share-or-comment">Share or comment on this article:</p>', '</div>',
            '<div class="reader-comments"><h3>Comments 214</h3><p>Share what you think</p><a>View all</a></div>',
            '<div class="footer">Published by Associated Newspapers Ltd. Part of the Daily Mail, The Mail on Sunday &amp; Metro Media Group</div></body></html>']
    return "\n".join(out) + "\n", stamps


def r_mirror(S):
    """The Mirror live blog, text scrape, newest first. Breadcrumb, title, standfirst, page byline, page stamp 'HH:MM, 15 Sep 2031 Updated ...';
    posts: stamp line '20:15, 15 Sep 2031', reporter name line, headline, paragraphs; newsletter and WhatsApp promos."""
    z = S["zone"]; order_check(S, True); start = dt(S["start"], z); top = dt(S["entries"][0]["t"], z)
    fmt = lambda d: f"{d:%H:%M}, {d.day} {SHORT_MONTHS[d.month - 1]} {d.year}"
    L = ["Mirror", "News   Politics   Football   Celebs   TV   Money   Travel   Weird News   Puzzles", "Sign in", "", "News  >  World News  >  Ukraine", "",
         S["title"], "", S["lede"], "", f"By {S['byline']}", f"{fmt(start)}Updated {fmt(top)}", "", "Bookmark   Comments", "",
         "Get the biggest daily news stories by email", "Subscribe", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = fmt(d); stamps.append(st)
        L += [st, e["a"], "", e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["Follow the Mirror on WhatsApp for breaking news as it happens", "Join the channel", ""]
    L += ["Most Read", ""] + S["related"] + ["", "Top Stories", "", "Mirror Online. Reach plc. Privacy Notice. Terms & Conditions. Contact us."]
    return "\n".join(L) + "\n", stamps


# ---------------------------------------------------------------- 19905 Channel 4 News (text listing)
SEEDS.append(dict(
  id="19905", name="19905_channel4news-latest", ext="txt", source="Channel 4 News", zone="Europe/London", render=r_c4,
  title="Latest news",
  basis="card date-and-time line '{s}' (UK clock, BST = UTC+1; no zone printed, UK outlet); local {d} in {z} = {u} UTC",
  notes="Imitates the Channel 4 News 'Latest news' listing copied as text. Cards newest first: category label (World, UK, Politics, Health, Economy), headline, one standfirst paragraph, 'By NAME, ROLE', then a date-and-time line '9 Sep 2031, 19:05' (UK time, no zone printed). Authors are the names without their job titles. Three cards are off-beat UK news; 'Resident doctors announce fresh strike dates' is an industrial strike, not the war. A programme promo after the third card and a Snowmail newsletter box after the fifth. One UTC day (2031-09-09).",
  not_entries=["masthead, navigation and 'Watch live'", "page heading 'Latest news'", "category labels above each headline", "'By NAME, ROLE' lines (authors)",
               "programme promo 'Watch Channel 4 News at 7pm ...'", "Snowmail newsletter box ('Snowmail' ... 'Sign up')", "'Show more'", "footer links and copyright"],
  entries=[
  E("2031-09-09 19:05", "Families of missing Ukrainian soldiers demand answers from the Red Cross",
    ["Relatives of Ukrainian soldiers listed as missing gathered outside the Red Cross office in Kyiv today to demand more information about men they believe are being held in Russian prisons."],
    "other", "humanitarian", 2, "families-missing-soldiers-red-cross-kyiv-2031-09-09", a="Imogen Strand", role="International Correspondent", tag="World"),
  OFF("2031-09-09 17:40", "Resident doctors announce fresh strike dates in pay row",
    ["Resident doctors in England will walk out for five days next month after talks with the Health Secretary broke down, the British Medical Association has said."],
    "resident-doctors-strike-dates-2031-09-09", a="Leo Fairbanks", n="UK health (an industrial strike, not an attack)", role="Health Correspondent", tag="Health"),
  E("2031-09-09 16:15", "Kallas: no easing of sanctions without full Russian withdrawal",
    ["The EU's foreign policy chief Kaja Kallas has told European ministers that sanctions on Russia must stay in place until its troops leave all of Ukraine's internationally recognised territory."],
    "diplomacy", "diplomacy", 2, "kallas-sanctions-withdrawal-2031-09-09", a="Rafe Dunmore", role="Foreign Affairs Correspondent", tag="World"),
  E("2031-09-09 14:30", "Russian missile hits Kryvyi Rih hotel, killing four",
    ["A Russian ballistic missile struck a hotel in the central Ukrainian city of Kryvyi Rih this afternoon, killing four people and injuring 17, according to local officials.",
     "The hotel had been housing families displaced from villages near the front line."],
    "strikes", "strikes", 3, "kryvyi-rih-hotel-missile-strike-2031-09-09", a="Imogen Strand", role="International Correspondent", tag="World"),
  OFF("2031-09-09 12:50", "Water company fined £40m over sewage spills into the Severn",
    ["A water company has been fined a record £40 million for illegally discharging raw sewage into the River Severn over a period of six years."],
    "water-company-severn-fine-2031-09-09", a="Hattie Crossley", n="UK environment", role="Environment Correspondent", tag="UK"),
  E("2031-09-09 11:20", "UK to train 5,000 more Ukrainian recruits this winter",
    ["British and allied instructors will train a further 5,000 Ukrainian recruits at bases in England over the winter, the Ministry of Defence says, taking the total since 2022 past 110,000."],
    "aid", "aid", 2, "uk-training-ukrainian-recruits-2031-09-09", a="Rafe Dunmore", role="Foreign Affairs Correspondent", tag="Politics"),
  OFF("2031-09-09 09:45", "Food inflation rises for third month running",
    ["The price of food in British shops rose for the third month in a row in August, driven by the cost of meat, coffee and chocolate, new figures show."],
    "uk-food-inflation-august-2031-09-09", a="Priti Lalwani", n="UK economy", role="Economics Correspondent", tag="Economy"),
  ]))

# ---------------------------------------------------------------- 19906 LBC (text live article)
PLT = "poltava-recruitment-centre-strike-2031-09-11"
SEEDS.append(dict(
  id="19906", name="19906_lbc-live", ext="txt", source="LBC", zone="Europe/London", render=r_lbc,
  title="Live: Poltava death toll rises to nine after Russian missile hits recruitment centre", start="2031-09-11 07:10",
  byline="Asha Penrose",
  lede="Russia has fired a record number of drones at Ukraine overnight, before a missile struck a recruitment centre in the city of Poltava.",
  readmore=["Starmer to host coalition of the willing leaders in London next week", "Ukrainian refugees face housing squeeze as visas near expiry"],
  related=["Man arrested after stabbing in Croydon", "Met Office issues weather warning for heavy rain", "Rail fares to rise by 4.1% in January"],
  basis="bare post time '{s}' (UK clock, BST = UTC+1) under the page date line '11 September 2031, 07:10 | Updated: 11 September 2031, 18:35'; local {d} in {z} = {u} UTC",
  notes="Imitates an LBC live article copied as text. Header: breadcrumb, title, standfirst, page byline 'By Asha Penrose', '11 September 2031, 07:10 | Updated: 11 September 2031, 18:35' (page opened / newest post), 'Listen to this article', share row. Posts newest first: a bare time line '18:35' (UK time), headline, paragraphs; no per-post bylines, so the page byline is every post's author. Two 'Read more:' links between posts. The 640-drone night attack (19906-06) and the Poltava missile strike (19906-03/05) are separate events: the missile hit in the morning. One UTC day (2031-09-11).",
  not_entries=["masthead 'LBC', tagline and navigation", "breadcrumb 'News > World News'", "standfirst 'Russia has fired a record number ...' (lede)", "page byline 'By Asha Penrose'",
               "page date line '11 September 2031, 07:10 | Updated: 11 September 2031, 18:35'", "'Listen to this article' / 'Loading audio...'", "share row",
               "'Read more: Starmer to host coalition of the willing leaders in London next week'", "'Read more: Ukrainian refugees face housing squeeze as visas near expiry'",
               "Global Player promo", "'More World News' links (three, not about the war)", "footer"],
  entries=[
  E("2031-09-11 18:35", "Healey: UK 'ready to send' Typhoons to police a Black Sea ceasefire",
    ["Defence Secretary John Healey has told LBC that British Typhoon jets could be sent to patrol over the Black Sea within weeks if a ceasefire at sea is agreed.",
     "Speaking on the station's drivetime programme, he said the coalition of the willing had plans \"ready to go\" but that Moscow had so far refused to engage."],
    "diplomacy", "diplomacy", 2, "healey-typhoons-black-sea-ceasefire-2031-09-11", a="Asha Penrose"),
  E("2031-09-11 16:50", "'We slept in the metro again': Kyiv caller describes week of sirens",
    ["A woman from Kyiv who called LBC this afternoon said her family had spent four nights this week sleeping on the platform of a metro station with her two young sons.",
     "\"The children now know the sound of each drone,\" she said. \"They tell me which ones are close before the sirens do.\""],
    "other", "humanitarian", 2, "kyiv-caller-metro-nights-2031-09-11", a="Asha Penrose"),
  E("2031-09-11 15:05", "Poltava death toll rises to nine",
    ["Nine people are now known to have died after a Russian missile struck a military recruitment centre in the central Ukrainian city of Poltava, officials say.",
     "Among the dead were two civilian staff members and a 17-year-old who was queuing outside, the regional governor said."],
    "strikes", "strikes", 3, PLT, a="Asha Penrose", n="toll 9 (up from 5 in 19906-05)"),
  E("2031-09-11 12:40", "Russia says its forces have taken Novopavlivka",
    ["Russia's defence ministry claims its troops have captured the village of Novopavlivka in the Dnipropetrovsk region, in what would be one of its deepest advances there.",
     "Ukraine's general staff said fighting was continuing on the village's outskirts."],
    "other", "frontline", 2, "russia-claims-novopavlivka-2031-09-11", a="Asha Penrose"),
  E("2031-09-11 10:20", "Missile strike on recruitment centre in Poltava kills five",
    ["A Russian ballistic missile has hit a military recruitment centre in Poltava this morning, killing at least five people.",
     "Emergency services said 23 people were injured, several of them seriously, and that people were still trapped under debris."],
    "strikes", "strikes", 3, PLT, a="Asha Penrose", n="first report, toll 5"),
  E("2031-09-11 08:05", "Russia launched record 640 drones overnight, Kyiv says",
    ["Russia fired 640 drones and decoys at Ukraine overnight, the largest number in a single attack since the full-scale invasion began, Ukraine's air force says.",
     "Most were shot down or jammed, but falling debris caused fires in the Lviv, Rivne and Khmelnytskyi regions."],
    "strikes", "strikes", 3, "record-640-drone-attack-2031-09-11", a="Asha Penrose",
    n="massive overnight attack (importance 3 by size); a different event from the Poltava missile strike later in the morning: must not merge"),
  ]))

# ---------------------------------------------------------------- 19907 GB News (HTML live + LiveBlogPosting JSON-LD)
KBS = "kherson-bus-station-drone-strike-2031-09-12"
SEEDS.append(dict(
  id="19907", name="19907_gbnews-liveblog", ext="html", source="GB News", zone="Europe/London", render=r_gbnews,
  title="Ukraine war LIVE: Royal Navy shadows Russian warship as drone hits Kherson bus station",
  url="https://www.gbnews.com/news/world/ukraine-war-live-royal-navy-kherson-2031-09-12", start="2031-09-12 08:30", byline="Ellis Marr",
  know=["Russian drone kills two at Kherson bus station", "Royal Navy escorts Russian corvette through the Channel", "Zelensky to address the Bundestag next week"],
  readmore=["Putin ally issues chilling warning to Britain over Black Sea patrols", "Britons warned over Ukraine travel as winter approaches"],
  related=["King to visit flood-hit towns in Yorkshire", "Petrol prices dip for fourth week", "Cricket: England name squad for Pakistan tour"],
  basis="visible post time '{s}' (UK clock, BST = UTC+1) under the live date strip 'Friday 12 September 2031'; the JSON-LD update carries the same instant; local {d} in {z} = {u} UTC",
  notes="Imitates a GB News live blog saved as HTML. Header: 'LIVE' badge, h1, page byline 'By Ellis Marr', date strip 'Friday 12 September 2031', and a 'LATEST DEVELOPMENTS:' bullet list (lede summary, not Key Points). Posts newest first: <time> '19:20', h2 headline, paragraphs, then the reporter's name on its own line (author). Capitalised 'READ MORE:' links after the second and fourth posts. LiveBlogPosting JSON-LD has per-update datePublished (+01:00) and authors. One UTC day (2031-09-12).",
  not_entries=["header, 'Watch live' / 'Listen live', navigation, membership link", "'LIVE' badge", "page byline 'By Ellis Marr'", "date strip 'Friday 12 September 2031'",
               "'LATEST DEVELOPMENTS:' box with three bullets (lede)", "reporter name line after each post (author, not body)",
               "'READ MORE: Putin ally issues chilling warning to Britain over Black Sea patrols'", "'READ MORE: Britons warned over Ukraine travel as winter approaches'",
               "'Trending' links (three, not about the war)", "footer"],
  entries=[
  E("2031-09-12 19:20", "Home Office extends Homes for Ukraine visas by 18 months",
    ["Ukrainians living in Britain under the Homes for Ukraine scheme will be allowed to stay for a further 18 months, the Home Office has announced.",
     "Around 140,000 people hold the visas. Ministers said the extension would be the last under the current rules."],
    "other", "humanitarian", 2, "homes-for-ukraine-visa-extension-2031-09-12", a="Ellis Marr"),
  E("2031-09-12 17:45", "Two killed as Russian drone hits Kherson bus station",
    ["A Russian drone has struck the main bus station in Kherson, killing two people and wounding nine, the city's military administration said.",
     "The drone hit a bus that was boarding passengers for Mykolaiv. Officials said a second drone was shot down nearby minutes later."],
    "strikes", "strikes", 3, KBS, a="Ellis Marr", n="toll 2 (up from 1 in 19907-06)"),
  E("2031-09-12 15:10", "Zelensky to address Bundestag next week",
    ["Volodymyr Zelensky will address the German parliament in Berlin next Wednesday, the Bundestag's president has confirmed.",
     "It will be the Ukrainian president's first speech to the chamber in person since 2024."],
    "diplomacy", "diplomacy", 3, "zelensky-bundestag-address-2031-09-12", a="Tilly Garside", n="head-of-state diplomatic move"),
  E("2031-09-12 13:00", "Royal Navy shadows Russian warship through English Channel",
    ["A Royal Navy patrol ship has escorted a Russian corvette and a tanker through the English Channel over the past two days, the Ministry of Defence said.",
     "The MoD said the vessels were watched \"every step of the way\" with help from a Wildcat helicopter and NATO allies."],
    "other", "security", 2, "royal-navy-shadows-russian-corvette-2031-09-12", a="Tilly Garside"),
  E("2031-09-12 11:25", "Ukraine's sea drones 'sink Russian landing craft' off Crimea",
    ["Ukraine's navy says its sea drones have sunk a Russian landing craft near Chornomorske in western Crimea.",
     "Video released by the navy shows a small boat exploding at a pier. Moscow has not commented."],
    "strikes", "strikes", 2, "sea-drones-landing-craft-crimea-2031-09-12", a="Ellis Marr"),
  E("2031-09-12 09:40", "Kherson bus station hit by drone",
    ["A Russian drone has hit the bus station in Kherson this morning, killing one person, according to early reports from local officials."],
    "strikes", "strikes", 3, KBS, a="Ellis Marr", n="first report, toll 1"),
  ]))

# ---------------------------------------------------------------- 19908 Daily Mail (HTML live article, NewsArticle JSON-LD)
GRP = "sweden-gripen-deal-2031-09-14"
BTS = "bila-tserkva-missile-strike-2031-09-14"
SEEDS.append(dict(
  id="19908", name="19908_dailymail-live", ext="html", source="Daily Mail", zone="Europe/London", render=r_mail,
  title="Ukraine war LIVE: Zelensky hails 'historic' deal for 16 Gripen jets as Putin's forces suffer 'heaviest losses in a month'",
  url="https://www.dailymail.co.uk/news/article-15120447/ukraine-war-live-gripen-jets.html", start="2031-09-14 08:12", byline="TOBIAS GRANT",
  know=["Sweden agrees to sell 16 Gripen fighter jets to Ukraine", "Three dead after Russian missiles hit Bila Tserkva, south of Kyiv",
        "Ukraine says Russia lost 1,460 troops in a single day"],
  related=["How the Gripen could change the air war over Ukraine", "Inside the secret factory building Ukraine's drone army"],
  basis="bold post time '{s}' (UK clock) on the page dated 'PUBLISHED: 08:12 BST, 14 September 2031'; BST = UTC+1; local {d} in {z} = {u} UTC",
  notes="Imitates a MailOnline live article saved as HTML. Header: navigation, h1, bold summary bullets (lede, not Key Points), 'By TOBIAS GRANT FOR MAILONLINE', 'PUBLISHED: 08:12 BST, 14 September 2031 | UPDATED: 19:47 BST, 14 September 2031', share counts and 'View comments'. Posts newest first: bold time '19:47' (UK time; the zone is printed only in the page header), h3 headline, paragraphs, photo credits. No per-post bylines: the page byline (printed in capitals, 'TOBIAS GRANT') is every post's author. 19908-07 'Pictured: ...' carries only photos with credits (teaser, no body). NewsArticle JSON-LD has page-level dates only, no per-post times. Zelensky's reaction (19908-03) and the deal itself (19908-04) are one story. One UTC day (2031-09-14).",
  not_entries=["navigation bars", "bold summary bullets under the headline (three, lede)", "'By TOBIAS GRANT FOR MAILONLINE' (page byline)",
               "'PUBLISHED: 08:12 BST, 14 September 2031 | UPDATED: 19:47 BST, 14 September 2031'", "share counts 'e-mail 1.4k shares' and 'View comments'",
               "photo credits ('Reuters', 'EPA', 'Ukrainian Navy/Telegram') inside posts", "'RELATED ARTICLES' carousel with two links",
               "'Share or comment on this article:'", "comments box 'Comments 214 / Share what you think / View all'", "footer"],
  entries=[
  E("2031-09-14 19:47", "Putin's forces 'suffer heaviest losses in a month'",
    ["Russia lost 1,460 troops in the past 24 hours, the highest daily figure in a month, according to Ukraine's general staff.",
     "The figures, which cannot be independently verified, also listed 11 tanks and 57 artillery systems destroyed."],
    "other", "frontline", 2, "general-staff-russian-losses-2031-09-14", a="TOBIAS GRANT"),
  E("2031-09-14 18:10", "Moment Ukrainian drone blows up Russian fuel train",
    ["Dramatic footage shows the moment a Ukrainian drone slammed into a Russian fuel train in the occupied Zaporizhzhia region, sending a fireball into the sky.",
     "Ukraine's military intelligence said the train was carrying diesel for Russian units near Tokmak."],
    "strikes", "strikes", 2, "drone-hits-fuel-train-tokmak-2031-09-14", a="TOBIAS GRANT", credits=["Ukrainian Navy/Telegram"]),
  E("2031-09-14 16:35", "Zelensky hails 'historic' Gripen deal",
    ["Volodymyr Zelensky has hailed Sweden's decision to sell Ukraine 16 Gripen fighter jets as 'historic', saying the aircraft would 'change the sky' over the south of the country.",
     "He thanked Swedish prime minister Ulf Kristersson and said Ukrainian pilots had already begun training in Sweden."],
    "aid", "aid", 3, GRP, a="TOBIAS GRANT", n="reaction to the deal: same story as 19908-04"),
  E("2031-09-14 14:00", "Sweden to send 16 Gripen fighter jets to Ukraine in £2bn deal",
    ["Sweden has agreed to supply Ukraine with 16 Gripen E fighter jets in a deal worth around £2 billion, Stockholm's defence ministry announced this afternoon.",
     "The first four aircraft are due to arrive next summer, with the cost shared between Sweden, the EU's defence fund and frozen Russian assets."],
    "aid", "aid", 3, GRP, a="TOBIAS GRANT", credits=["Reuters"]),
  E("2031-09-14 12:25", "Russian 'spy ship' spotted off Scotland near undersea cables",
    ["A Russian 'spy ship' has been spotted loitering off the north coast of Scotland close to undersea data cables, the Royal Navy said.",
     "A Type 23 frigate has been sent to monitor the vessel, which Russia describes as an oceanographic research ship."],
    "other", "security", 2, "russian-spy-ship-scotland-cables-2031-09-14", a="TOBIAS GRANT"),
  E("2031-09-14 10:50", "Three dead as Russian missiles hit Bila Tserkva near Kyiv",
    ["Three people were killed and 14 injured when Russian missiles hit the city of Bila Tserkva, about 50 miles south of Kyiv, overnight.",
     "Regional officials said an industrial site and a row of houses were destroyed. Ukraine's air force said it had shot down six of nine missiles."],
    "strikes", "strikes", 3, BTS, a="TOBIAS GRANT", credits=["EPA"]),
  E("2031-09-14 09:15", "Pictured: Aftermath of overnight blitz on Bila Tserkva", [], "strikes", "strikes", 1, BTS, a="TOBIAS GRANT",
    credits=["Reuters", "EPA"], n="photo teaser without text (credits only)"),
  ]))

# ---------------------------------------------------------------- 19909 The Mirror (text live blog)
SEEDS.append(dict(
  id="19909", name="19909_mirror-live", ext="txt", source="The Mirror", zone="Europe/London", render=r_mirror,
  title="Ukraine war LIVE: Erdogan says Putin 'ready to meet Zelensky' as Brit medic killed by drone", start="2031-09-15 08:30",
  byline="Nadia Corrigan, Live News Reporter and Callum Strachan, Live News Reporter",
  lede="Follow the latest updates from the war in Ukraine as Turkey's president claims a face-to-face meeting between the two leaders is possible.",
  related=["Heartbreak as family dog finds way home after 200 miles", "Premier League star in injury blow ahead of derby", "Warning to drivers over new parking rules"],
  basis="per-post stamp '{s}' (UK clock, BST = UTC+1; no zone printed, UK outlet); local {d} in {z} = {u} UTC",
  notes="Imitates a Mirror live blog copied as text. Header: breadcrumb, title, standfirst, page byline naming two live reporters, and the page stamp fused as the scrape prints it ('08:30, 15 Sep 2031Updated 20:15, 15 Sep 2031'). Posts newest first: stamp line '20:15, 15 Sep 2031', the reporter's name on the next line (author), headline, paragraphs. Newsletter and WhatsApp promos. One UTC day (2031-09-15).",
  not_entries=["masthead, navigation and 'Sign in'", "breadcrumb 'News > World News > Ukraine'", "standfirst 'Follow the latest updates ...' (lede)",
               "page byline with two reporters", "page stamp line '08:30, 15 Sep 2031Updated 20:15, 15 Sep 2031'", "'Bookmark   Comments'",
               "newsletter box 'Get the biggest daily news stories by email / Subscribe'", "WhatsApp promo 'Follow the Mirror on WhatsApp ... / Join the channel'",
               "reporter name lines under each stamp (authors)", "'Most Read' links (three, not about the war)", "'Top Stories' and footer"],
  entries=[
  E("2031-09-15 20:15", "Erdogan claims Putin 'ready to meet Zelensky'",
    ["Turkish President Recep Tayyip Erdogan says Vladimir Putin has told him he is ready to meet Volodymyr Zelensky \"in the right conditions\".",
     "Speaking after a phone call with the Russian leader, Erdogan offered Istanbul as a venue. The Kremlin later said no such meeting was being prepared."],
    "diplomacy", "diplomacy", 3, "erdogan-putin-zelensky-meeting-claim-2031-09-15", a="Callum Strachan"),
  E("2031-09-15 18:02", "Brit volunteer medic killed by Russian drone near Kramatorsk",
    ["A British volunteer medic has been killed by a Russian drone while evacuating wounded soldiers near Kramatorsk, his charity has confirmed.",
     "The 34-year-old from Sunderland had been working in Ukraine since 2023. The Foreign Office said it was supporting his family."],
    "strikes", "strikes", 3, "british-medic-killed-kramatorsk-2031-09-15", a="Callum Strachan"),
  E("2031-09-15 15:40", "Russia 'massing troops near Huliaipole', Ukraine warns",
    ["Ukraine's southern command says Russia has moved around 12,000 extra troops towards Huliaipole in the Zaporizhzhia region ahead of an expected autumn push.",
     "A spokesman said the build-up included two motorised rifle brigades transferred from the Kherson direction."],
    "other", "frontline", 2, "russian-troops-massing-huliaipole-2031-09-15", a="Nadia Corrigan"),
  E("2031-09-15 13:10", "Norway to fund two more NASAMS systems for Ukraine",
    ["Norway will pay for two more NASAMS air defence systems for Ukraine, its defence ministry has announced, in a deal worth about 4 billion kroner.",
     "The systems will be built by Kongsberg and delivered within 18 months."],
    "aid", "aid", 3, "norway-nasams-funding-2031-09-15", a="Nadia Corrigan"),
  E("2031-09-15 11:05", "Seized oligarch superyacht sold at Gibraltar auction",
    ["A superyacht seized from a sanctioned Russian oligarch has been sold at auction in Gibraltar for £61 million, with the money earmarked for rebuilding Ukraine.",
     "The 94-metre vessel had been impounded since 2022."],
    "diplomacy", "diplomacy", 2, "oligarch-superyacht-auction-gibraltar-2031-09-15", a="Nadia Corrigan", sec=["aid"], n="sanctions enforcement -> diplomacy"),
  E("2031-09-15 09:20", "Ukrainian drones hit Russian oil depot in Crimea",
    ["Ukrainian drones have struck an oil depot near Feodosia in occupied Crimea, sparking a fire that could be seen for miles, according to local residents.",
     "Russian-installed officials said the blaze was under control and blamed falling debris."],
    "strikes", "strikes", 2, "feodosia-oil-depot-drone-strike-2031-09-15", a="Nadia Corrigan"),
  ]))


# ================================================================ Part B renderers (invented outlets)

def r_textlive_kp(S):
    """text live blog, newest first: masthead, 'LIVE', title, page clock 'Wed 17 Sep 2031 19.40 BST', lede, 'Key Points' bullets
    (headlines of key posts); each post: stamp line '19.40 BST', headline, paragraphs, optional closing '– NAME'; a teaser prints
    only a video-length line."""
    z = S["zone"]; order_check(S, True); top = dt(S["entries"][0]["t"], z)
    L = [S["source"].upper(), "News   World   Ukraine   Politics   Business   Sport   Opinion", "", "LIVE", S["title"], "",
         f"{DAYS_EN[top.weekday()][:3]} {top.day} {SHORT_MONTHS[top.month - 1]} {top.year} {top:%H.%M} {top.tzname()}", "", S["lede"], "",
         "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + [""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H.%M} {d.tzname()}"; stamps.append(st)
        L += [st, e["h"], ""]
        L += ptxt(e["p"]) if e["p"] else ["\u25b6 1:08", ""]
        if e["a"]:
            L += [f"\u2013 {e['a']}", ""]
        if i == 3:
            L += [f"Sign up to the {S['source']} morning email: the day's essential news before breakfast.", ""]
    L += ["Load earlier posts", "", f"\u00a9 {top.year} {S['source']}   Contact   Corrections   Privacy"]
    return "\n".join(L) + "\n", stamps


def r_graphlive(S):
    """HTML live blog, oldest first; JSON-LD @graph (WebPage, BreadcrumbList, LiveBlogPosting) whose updates carry their own
    datePublished in UTC ('Z'); visible '09:58' in <time datetime> with the local offset; printed note 'All times are Kyiv time (EEST)'."""
    z = S["zone"]; order_check(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#upd-{i + 1}", "headline": e["h"], "datePublished": iso(d.astimezone(UTC))}
        if e["p"]:
            u["articleBody"] = "\n\n".join(e["p"])
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "@id": S["url"], "url": S["url"], "name": S["title"], "inLanguage": "en"},
        {"@type": "BreadcrumbList", "itemListElement": [{"@type": "ListItem", "position": 1, "name": "Home", "item": S["url"].rsplit("/", 2)[0] + "/"},
                                                        {"@type": "ListItem", "position": 2, "name": "War"}]},
        {"@type": "LiveBlogPosting", "@id": S["url"] + "#liveblog", "headline": S["title"], "datePublished": iso(first.astimezone(UTC)),
         "dateModified": iso(last.astimezone(UTC)), "coverageStartTime": iso(first.astimezone(UTC)), "isPartOf": {"@id": S["url"]},
         "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}, "liveBlogUpdate": ups}]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2014 {esc(S["source"])}</title>',
           '<script type="application/ld+json">' + json.dumps(graph, ensure_ascii=False) + '</script></head><body>',
           f'<div class="consent">We use cookies to keep {esc(S["source"])} free. <button>Accept all</button> <button>Manage</button></div>',
           f'<header><a class="logo" href="/">{esc(S["source"])}</a><nav><a>War</a> <a>Politics</a> <a>Economy</a> <a>Society</a> <a>Opinion</a> <a>Support us</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{DAYS_EN[first.weekday()]} {first.day} {MONTHS[first.month - 1]} {first.year}</p>',
           f'<p class="standfirst">{esc(S["lede"])}</p>', f'<p class="tz-note">{esc(S["tznote"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="upd" id="upd-{i + 1}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="by">By {esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<div class="tools"><a>Share</a> <a>Copy link</a></div></article>')
        if i == 2:
            out.append(f'<aside class="also"><h3>Read also</h3><a href="#">{esc(S["related"])}</a></aside>')
    out += ['<p class="more">Updates continue tomorrow.</p></main>',
            f'<footer>\u00a9 {first.year} {esc(S["source"])} \u00b7 About \u00b7 Editorial standards \u00b7 Contacts</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_rss(S):
    """RSS 2.0 feed, newest first; pubDate with the outlet's numeric offset, or 'GMT' when S['gmt']; dc:creator when the item has an
    author; description as escaped plain text, or as CDATA <p> paragraphs when S['cdata']."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>',
           '<language>en-gb</language>', f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z), gmt=S.get("gmt", False))}</lastBuildDate>', '<ttl>10</ttl>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=S.get("gmt", False)); stamps.append(st)
        link = f'{S["url"]}/{e.get("cat", "world").lower()}/{d:%Y%m%d}-{slugify(e["h"])}'
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="true">{link}</guid>',
                f'<pubDate>{st}</pubDate>', f'<category>{esc(e.get("cat", "World"))}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        if S.get("cdata"):
            out.append('<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>')
        else:
            out.append(f'<description>{esc(" ".join(e["p"]))}</description>')
        out.append('</item>')
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_atom(S):
    """Atom 1.0 feed, newest first; <published>/<updated> ISO 8601 with the outlet's offset ('Z' for UTC); <summary> is the first
    paragraph, <content type="html"> the escaped paragraphs; optional <author>."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link rel="alternate" href="{S["url"]}/"/>', f'<link rel="self" href="{S["url"]}/atom.xml"/>',
           f'<id>{S["url"]}/atom.xml</id>', f'<updated>{iso(dt(S["entries"][0]["t"], z))}</updated>',
           f'<generator>{esc(S["source"])} CMS</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        link = f'{S["url"]}/{d:%Y/%m/%d}/{slugify(e["h"])}'
        out += ['<entry>', f'<title type="text">{esc(e["h"])}</title>', f'<link rel="alternate" type="text/html" href="{link}"/>',
                f'<id>{link}</id>', f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        if e.get("cat"):
            out.append(f'<category term="{attr(e["cat"])}"/>')
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_htmllive_irish(S):
    """HTML live blog without JSON-LD, newest first; '2.15pm' in a span above an h3 headline; 'by NAME' under it; a printed note
    'All times are Irish time (IST)' and a date line; a photo gallery post shows only a gallery placeholder."""
    z = S["zone"]; order_check(S, True); top = dt(S["entries"][0]["t"], z)
    out = ['<!DOCTYPE html>', '<html lang="en-IE"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {esc(S["source"])}</title>',
           '<meta property="og:type" content="article"></head><body>',
           f'<header class="masthead"><a href="/">{esc(S["source"])}</a><nav><a>News</a> <a>Ireland</a> <a>World</a> <a>Business</a> <a>Sport</a> '
           '<a>Opinion</a> <a>Subscribe</a></nav></header>',
           f'<main><p class="kicker">LIVE</p><h1>{esc(S["title"])}</h1>',
           f'<p class="date">{DAYS_EN[top.weekday()]}, {top.day} {MONTHS[top.month - 1]} {top.year}</p>', f'<p class="note">{esc(S["tznote"])}</p>',
           f'<p class="intro">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, sep="."); stamps.append(st)
        out.append(f'<div class="entry"><span class="time">{st}</span><h3>{esc(e["h"])}</h3>')
        if e["a"]:
            out.append(f'<p class="byline">by {esc(e["a"])}</p>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery"><span>Gallery</span> <span>12 photos</span></div>')
        out.append('</div>')
        if i == 3:
            out.append('<div class="promo">Get the Observer morning briefing. <a>Sign up</a></div>')
    out += ['<a class="older">Older entries</a></main>', f'<footer>{esc(S["source"])} \u00b7 Terms \u00b7 Privacy \u00b7 Cookies \u00b7 Contact</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_textlive_numeric(S):
    """text live blog, oldest first; each post: stamp line '18.09.2031, 13:02' (day.month.year, local clock), headline, paragraphs,
    optional 'Source: OUTLET' line for partner content, then 'Author: NAME'."""
    z = S["zone"]; order_check(S, False); first = dt(S["entries"][0]["t"], z)
    L = [S["source"], "Front page | War | Economy | Regions | Culture | About", "", S["title"], "", S["lede"], "",
         "Posts are in chronological order; the newest is at the bottom.", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%d.%m.%Y}, {d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e.get("via"):
            L += [f"Source: {e['via']}", ""]
        if e["a"]:
            L += [f"Author: {e['a']}", ""]
        L += ["---", ""]
        if i == 4:
            L += [f"Support {S['source']}: become a patron from 3 euros a month.", ""]
    L += ["End of today's posts.", "", f"{S['source']} {first.year}. Reprinting allowed with a link."]
    return "\n".join(L) + "\n", stamps


def r_textlive_zone(S):
    """text live blog, newest first; page byline and date line; each post: stamp line '21:10 EEST', headline, 'By NAME', paragraphs."""
    z = S["zone"]; order_check(S, True); top = dt(S["entries"][0]["t"], z)
    L = [S["source"], "Home  |  News  |  Europe  |  Ukraine  |  Analysis  |  Newsletter", "", S["title"], "",
         f"{DAYS_EN[top.weekday()]} {top.day} {MONTHS[top.month - 1]} {top.year}", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} {d.tzname()}"; stamps.append(st)
        L += [st, e["h"], f"By {e['a']}", ""] + ptxt(e["p"])
        if i == 2:
            L += ["Related: " + S["related"], ""]
    L += ["This live page has ended. Follow our coverage on Wednesday.", "", f"{S['source']} | Contact | Tip us off | Privacy"]
    return "\n".join(L) + "\n", stamps


def r_ldlive_video(S):
    """HTML live blog, oldest first; LiveBlogPosting JSON-LD with per-update datePublished (local offset); visible '08:10' in
    <time datetime>; a 'Video:' update holds only a video player."""
    z = S["zone"]; order_check(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#entry-{i + 1}", "headline": e["h"], "datePublished": d.isoformat()}
        if e["p"]:
            u["articleBody"] = "\n\n".join(e["p"])
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {esc(S["source"])}</title>',
           ld_live(S, first.isoformat(), last.isoformat(), ups), '</head><body>',
           f'<header><a class="brand">{esc(S["source"])}</a><nav><a>Lithuania</a> <a>World</a> <a>Ukraine</a> <a>Business</a> <a>Opinion</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="date">{first.day} {MONTHS[first.month - 1]} {first.year}</p>',
           f'<p class="lead">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<section class="entry" id="entry-{i + 1}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if not e["p"]:
            out.append('<div class="video"><button>\u25b6</button> <span>0:47</span></div>')
        if e["a"]:
            out.append(f'<p class="author">{esc(e["a"])}</p>')
        out.append('</section>')
        if i == 3:
            out.append(f'<aside class="newsletter">{esc(S["source"])} Daily: the Baltic view of the world, every morning. <a>Subscribe</a></aside>')
    out += ['</main>', f'<footer>{esc(S["source"])} \u00b7 Vilnius \u00b7 Contacts \u00b7 Advertising \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_article(S):
    """text article with sections: title, standfirst, page byline, dateline '23 September 2031, 22:15 CEST', then sections (heading +
    paragraphs); no per-section time."""
    z = S["zone"]; d = dt(S["dateline"], z)
    assert all(e["t"] == S["dateline"] for e in S["entries"])
    L = [S["source"], "World | Europe | Ukraine | Economy | Culture", "", S["title"], "", S["lede"], "", f"By {S['byline']}",
         f"{d.day} {MONTHS[d.month - 1]} {d.year}, {d:%H:%M} {d.tzname()}", "", "Share  |  Print  |  Save", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        stamps.append(None)
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 1:
            L += ["ADVERTISEMENT", ""]
    L += ["More on this topic", ""] + S["related"] + ["", f"\u00a9 {S['source']} {d.year}"]
    return "\n".join(L) + "\n", stamps


# ================================================================ PART B: three invented multi-source days
# ---------------------------------------------------------------- day 1, 2031-09-17
DNP = "dnipro-missile-strike-2031-09-17"
NOR = "norway-air-defence-fund-2031-09-17"
PRP = "poland-rail-sabotage-plot-2031-09-17"
PRP_H = "Poland detains two men over plot to derail military supply train"
PRP_P = ["Polish police have detained two men suspected of planning to derail a freight train carrying military equipment for Ukraine near the eastern city of Chełm, the interior minister said.",
         "The suspects, a Polish citizen and a Belarusian, had allegedly been recruited through a messaging app and paid in cryptocurrency. Prosecutors said they were acting on behalf of Russian intelligence."]

# ---------------------------------------------------------------- 19920 Ashwellby Post (day 1, text live, Key Points)
SEEDS.append(dict(
  id="19920", name="19920_ashwellby-textlive", ext="txt", source="Ashwellby Post", zone="Europe/London", render=r_textlive_kp,
  title="Russia-Ukraine war live: Dnipro death toll rises to nine after rush-hour missile strike",
  lede="Russian missiles hit the centre of Dnipro as people travelled to work; Norway announced new money for Ukraine's air defence.",
  basis="stamp '{s}' (UK clock with its zone, BST = UTC+1) under the page clock 'Wed 17 Sep 2031 19.40 BST'; local {d} in {z} = {u} UTC",
  notes="Invented outlet. Text live page, newest first. Header: masthead, 'LIVE', title, page clock 'Wed 17 Sep 2031 19.40 BST' (equal to the newest post), lede, and a 'Key Points' block listing two post headlines (19920-01 and 19920-02: key_point true). Posts: stamp line '19.40 BST', headline, paragraphs, optional closing '\u2013 NAME' (author). 19920-04 is a 'Watch:' teaser with only a video length. A newsletter promo follows the fourth post. Main story: the Dnipro missile strike (toll 3 -> 5 -> 9 on this page).",
  not_entries=["masthead and navigation", "'LIVE' label", "page clock 'Wed 17 Sep 2031 19.40 BST'", "lede 'Russian missiles hit the centre of Dnipro ...'",
               "'Key Points' header and its two bullets (they repeat post headlines)", "video length line '\u25b6 1:08' in the Watch post",
               "closing author lines '\u2013 NAME'", "newsletter promo 'Sign up to the Ashwellby Post morning email ...'", "'Load earlier posts'", "footer"],
  entries=[
  E("2031-09-17 19:40", "Dnipro death toll rises to nine as rescuers end search",
    ["The number of people killed by this morning's Russian missile strike on Dnipro has risen to nine, the regional military administration said, after rescuers recovered two more bodies from a collapsed office building.",
     "Forty-four people were injured, 12 of them seriously. Emergency services said the search of the site ended shortly after 9pm local time.",
     "The city's mayor, Borys Filatov, declared Thursday a day of mourning."],
    "strikes", "strikes", 3, DNP, a="Sian Morrow", kp=True, n="toll 9 (latest of the day); Key Point"),
  E("2031-09-17 17:15", "Norway pledges 3.2bn kroner for Ukraine's air defence",
    ["Norway will give Ukraine a further 3.2 billion kroner, about \u00a3235m, to buy air-defence systems and interceptor missiles, the Norwegian defence ministry announced on Wednesday.",
     "The money will go into a joint fund with Germany that pays for IRIS-T and NASAMS missiles produced in Europe."],
    "aid", "aid", 3, NOR, a="Gareth Lowe", kp=True, n="Key Point; also in 19923-01. Must not merge with the Dutch F-16 parts (19921-04, same aid theme)"),
  E("2031-09-17 15:30", PRP_H, PRP_P, "other", "security", 2, PRP, a="Gareth Lowe",
    n="must not merge with 19923-04 (a Warsaw court jails a Belarusian for spying on a rail hub: same theme, other case). Re-posted on day 2 as 19931-01"),
  E("2031-09-17 13:50", "Watch: Rescuers search collapsed office block in Dnipro", [], "strikes", "strikes", 1, DNP, n="video teaser without text"),
  E("2031-09-17 12:10", "Five now confirmed dead in Dnipro strike",
    ["Ukrainian officials now say five people were killed when Russian missiles hit central Dnipro this morning, up from three earlier.",
     "Among the dead is a 16-year-old girl who was waiting at a tram stop. More than 30 people are in hospital."],
    "strikes", "strikes", 3, DNP, a="Sian Morrow", n="toll 5"),
  E("2031-09-17 09:25", "Overnight drones knock out power in Pavlohrad",
    ["Russian drones hit an energy facility in Pavlohrad overnight, leaving about 40,000 households without electricity, Ukraine's energy ministry said.",
     "No one was hurt. Pavlohrad lies about 70km east of Dnipro and has been targeted repeatedly this year."],
    "strikes", "strikes", 2, "pavlohrad-energy-drone-attack-2031-09-17",
    n="same region (Dnipropetrovsk) as the Dnipro missile strike but an earlier, separate night drone attack on an energy site: must not merge with dnipro-missile-strike"),
  E("2031-09-17 08:05", "Russian missiles hit central Dnipro in morning rush hour",
    ["Russian missiles struck the centre of Dnipro shortly after 9.30am local time, killing at least three people and damaging an office building and a tram depot, local officials said.",
     "Air raid sirens had sounded across the region minutes earlier after Ukraine's air force warned of ballistic missiles launched from Russia's Kursk region."],
    "strikes", "strikes", 3, DNP, a="Sian Morrow", n="first report, toll 3"),
  ]))

# ---------------------------------------------------------------- 19921 Corrieholt Herald (day 1, HTML live + @graph JSON-LD, oldest first)
DNP_R = "Missile strike on Dnipro: three dead, dozens wounded"
SEEDS.append(dict(
  id="19921", name="19921_corrieholt-graphlive", ext="html", source="Corrieholt Herald", zone="Europe/Kyiv", render=r_graphlive,
  title="Dnipro under fire: live updates, 17 September", url="https://www.corrieholtherald.example/war/live/2031-09-17-dnipro",
  lede="A Russian missile strike on Dnipro, a glide bomb in Kharkiv and new aid from the Netherlands: the day's news as it happens.",
  tznote="All times are Kyiv time (EEST).", related="How Dnipro's hospitals cope with mass-casualty days",
  basis="visible time '{s}' in <time datetime> (Kyiv clock, EEST = UTC+3; the page prints 'All times are Kyiv time (EEST)') under the date line 'Wednesday 17 September 2031'; the JSON-LD update gives the same instant in UTC; local {d} in {z} = {u} UTC",
  notes="Invented outlet. HTML live page, oldest first. JSON-LD is an @graph (WebPage, BreadcrumbList, LiveBlogPosting) whose liveBlogUpdate items carry their own datePublished in UTC ('Z'), while the visible stamps are Kyiv time (<time datetime> with +03:00). 19921-06 re-publishes 19921-01 in the afternoon with the stale toll of three (near-verbatim repeat, duplicate_of 19921-01, importance 1). Dnipro toll on this page: 3 -> 6. The Kharkiv glide bomb (19921-02) is the same theme (a deadly strike that day) but another event: must not merge with Dnipro.",
  not_entries=["cookie consent banner", "header and navigation", "h1 title", "date line 'Wednesday 17 September 2031'", "standfirst 'A Russian missile strike on Dnipro, ...'",
               "'All times are Kyiv time (EEST).'", "'By NAME' lines (authors)", "'Share / Copy link' tools", "'Read also' box 'How Dnipro's hospitals cope with mass-casualty days'",
               "'Updates continue tomorrow.'", "footer"],
  entries=[
  E("2031-09-17 09:58", DNP_R,
    ["At least three people were killed and dozens wounded when Russian missiles hit the centre of Dnipro on Wednesday morning, the regional administration said.",
     "Photos from the scene show a partly collapsed office building on Yavornytskyi Avenue and burned-out cars near a tram depot."],
    "strikes", "strikes", 3, DNP, a="Oksana Hrytsenko", n="first report, toll 3"),
  E("2031-09-17 11:20", "Glide bomb kills one in Kharkiv",
    ["A Russian guided aerial bomb hit a residential area in Kharkiv's Kyivskyi district on Wednesday, killing a 62-year-old man and injuring six people, regional governor Oleh Syniehubov said."],
    "strikes", "strikes", 3, "kharkiv-glide-bomb-2031-09-17", a="Taras Melnyk",
    n="same theme (another deadly Russian strike that day) in another city: must not merge with dnipro-missile-strike"),
  E("2031-09-17 12:45", "Russia claims capture of village near Kupiansk",
    ["Russia's defence ministry said its troops had taken the village of Kolisnykivka, south of Kupiansk in the Kharkiv region.",
     "Ukraine's General Staff reported 14 Russian assaults in the area but did not confirm the loss of any positions."],
    "other", "frontline", 2, "russia-claims-kolisnykivka-2031-09-17", a="Taras Melnyk"),
  E("2031-09-17 13:30", "Netherlands to send \u20ac45m of F-16 spare parts",
    ["The Netherlands will send Ukraine \u20ac45 million worth of F-16 spare parts and ground equipment, the Dutch defence ministry said on Wednesday.",
     "The package includes engines, tyres and maintenance tools for the fleet of jets Ukraine has received from European partners since 2024."],
    "aid", "aid", 2, "netherlands-f16-spare-parts-2031-09-17", a="Oksana Hrytsenko",
    n="same aid theme as Norway's air-defence money (19920-02, 19923-01) but another decision: must not merge"),
  E("2031-09-17 15:20", "Dnipro toll rises to six",
    ["Six people are now confirmed dead after the morning missile strike on Dnipro, including a teenage girl and two employees of the tram depot, officials said.",
     "Rescuers are still working at the office building, where several people are believed to be trapped under the rubble."],
    "strikes", "strikes", 3, DNP, a="Oksana Hrytsenko", n="toll 6"),
  E("2031-09-17 16:45", DNP_R,
    ["At least three people were killed and dozens wounded when Russian missiles hit the centre of Dnipro on Wednesday morning, the regional administration said.",
     "Photos from the scene show a partly collapsed office building and burned-out cars near a tram depot."],
    "strikes", "strikes", 1, DNP, a="Oksana Hrytsenko", dup="19921-01", n="near-verbatim repeat of 19921-01 (stale toll of three)"),
  E("2031-09-17 18:30", "Lubinets: 19 children returned from occupied territories",
    ["Nineteen children taken from Ukraine's occupied territories have been brought back to government-controlled areas with the help of Qatari mediators, human rights commissioner Dmytro Lubinets said.",
     "The youngest is four years old. Ukraine says it has identified nearly 20,000 children deported or forcibly moved since 2022."],
    "other", "humanitarian", 2, "children-returned-occupied-territories-2031-09-17", a="Taras Melnyk", sec=["diplomacy"]),
  ]))

# ---------------------------------------------------------------- 19922 Dunsterby World Service (day 1, RSS world feed, GMT)
SEEDS.append(dict(
  id="19922", name="19922_dunsterby-worldrss", ext="xml", source="Dunsterby World Service", zone="UTC", render=r_rss, gmt=True,
  title="Dunsterby World Service: World", url="https://www.dunsterbyworld.example", lede="Top world stories from the Dunsterby World Service newsroom.",
  basis="RFC 822 pubDate '{s}' (GMT = UTC); local {d} in {z}",
  notes="Invented outlet. General world RSS feed (pubDate in GMT, plain-text descriptions, no authors): the war is two of six items; four are off-beat, including a dockworkers' strike (industrial action, not an attack). The Dnipro item spells the city 'Dnepr' (toll 8).",
  not_entries=["channel title, link, description, lastBuildDate, ttl (feed metadata)", "item links and guids"],
  entries=[
  OFF("2031-09-17 19:20", "Dockworkers' strike shuts Antwerp container terminals",
    ["A 48-hour strike by dockworkers over pension reforms halted container traffic at the port of Antwerp-Bruges, with more than 60 ships waiting to berth."],
    "antwerp-dockworkers-strike-2031-09-17", n="Belgian labour dispute (a strike, not an attack)", cat="Europe"),
  E("2031-09-17 16:05", "Russian missile attack on Dnepr kills eight",
    ["Eight people were killed and more than 40 injured when Russian missiles hit the Ukrainian city of Dnepr, also known as Dnipro, on Wednesday morning, Ukrainian officials said. The attack damaged an office block and a tram depot in the city centre."],
    "strikes", "strikes", 3, DNP, n="spelling 'Dnepr'; toll 8", cat="Europe"),
  OFF("2031-09-17 14:40", "Bank of Canada holds key rate at 2.75%",
    ["Canada's central bank left its benchmark interest rate unchanged for a fourth meeting, citing uncertainty over trade and a cooling jobs market."],
    "bank-of-canada-rate-hold-2031-09-17", n="Canadian monetary policy", cat="Business"),
  E("2031-09-17 12:30", "Hungary blocks opening of first cluster in Ukraine's EU accession talks",
    ["Hungary vetoed a decision by EU ministers to open the first negotiating cluster with Ukraine, saying Kyiv had not met its demands on minority language rights."],
    "diplomacy", "diplomacy", 2, "hungary-blocks-ukraine-eu-cluster-2031-09-17", cat="Europe"),
  OFF("2031-09-17 09:50", "Monsoon floods displace 200,000 in Pakistan's Sindh province",
    ["Late monsoon rains have flooded hundreds of villages in southern Pakistan, forcing about 200,000 people from their homes, the provincial disaster authority said."],
    "sindh-monsoon-floods-2031-09-17", n="Pakistani floods", cat="Asia"),
  OFF("2031-09-17 06:10", "Japanese probe returns asteroid samples to Earth",
    ["A capsule carrying rock samples from a near-Earth asteroid landed in the South Australian desert after a six-year mission, Japan's space agency said."],
    "japan-asteroid-sample-return-2031-09-17", n="space science", cat="Science"),
  ]))

# ---------------------------------------------------------------- 19923 Lammerside Chronicle (day 1, Atom, Warsaw offset)
SEEDS.append(dict(
  id="19923", name="19923_lammerside-atom", ext="xml", source="Lammerside Chronicle", zone="Europe/Warsaw", render=r_atom,
  title="Lammerside Chronicle \u2014 Central Europe", url="https://lammersidechronicle.example", lede="News and analysis from Central and Eastern Europe.",
  basis="Atom <published> '{s}' (Warsaw offset, CEST = UTC+2); local {d} in {z} = {u} UTC",
  notes="Invented outlet. Atom feed, newest first, <published> with +02:00, authors on every entry, content as escaped HTML paragraphs. 19923-03 is an analysis (theme piece) that mentions the Dnipro strike: its own story. 19923-04 (Warsaw spying case) and 19920-03 (Polish rail sabotage plot) share a theme but are different cases. 19923-05 reports a ministerial meeting held the previous evening in New York (importance 3: ministerial diplomacy).",
  not_entries=["feed title, subtitle, links, id, updated, generator (feed metadata)", "entry ids, links and categories"],
  entries=[
  E("2031-09-17 18:45", "Oslo adds 3.2 billion kroner to Ukraine air-defence fund",
    ["Norway's government has set aside another 3.2 billion Norwegian kroner, roughly 275 million euros, for air defence in Ukraine.",
     "Oslo said the money would help buy missiles for systems already in Ukrainian service rather than new launchers."],
    "aid", "aid", 3, NOR, a="Jakub Ostrowski", cat="Security"),
  E("2031-09-17 16:30", "Dnipro strike: toll reaches eight as Zelensky demands more Patriots",
    ["Eight people were killed in Wednesday's Russian missile attack on Dnipro, Ukrainian authorities said, as President Volodymyr Zelensky urged allies to send more Patriot interceptors.",
     "\"Ballistic missiles reached the city in under four minutes,\" Zelensky wrote on social media. \"Only Patriots can stop them.\""],
    "strikes", "strikes", 3, DNP, a="Marta Zieli\u0144ska", sec=["aid"], cat="Ukraine", n="toll 8; the headline leads with the strike, the Patriot plea is secondary"),
  E("2031-09-17 14:00", "Analysis: Why Russia keeps returning to Dnipro",
    ["Dnipro has become one of the most frequently targeted cities in Ukraine, and the reasons go beyond its size.",
     "The city is the main logistics hub behind the eastern front: the trains, hospitals and repair shops that serve troops in Donetsk all run through it.",
     "Its distance from the Russian border also matters. Ballistic missiles launched from near Kursk need only a few minutes to reach it, leaving air defence little time.",
     "Wednesday's strike, which hit an office block in the morning rush hour, follows a pattern seen in Kharkiv and Sumy: attacks timed for when streets are busiest."],
    "strikes", "strikes", 2, "analysis-why-russia-targets-dnipro", a="Jakub Ostrowski", cat="Analysis",
    n="theme piece (analysis) that mentions the Dnipro strike: its own story, must not merge with dnipro-missile-strike"),
  E("2031-09-17 11:20", "Warsaw court jails Belarusian for spying on rail hub",
    ["A Warsaw court has sentenced a Belarusian man to eight years in prison for photographing military trains at the Rzesz\u00f3w rail hub on behalf of Russian intelligence.",
     "The man, 29, was arrested last year. His lawyer said he would appeal."],
    "other", "security", 2, "warsaw-court-belarusian-rail-spy-2031-09-17", a="Jakub Ostrowski", cat="Poland",
    n="same theme as 19920-03 (rail sabotage plot) but a different case: must not merge"),
  E("2031-09-17 09:05", "Sybiha and Wang Yi meet in New York ahead of UN week",
    ["Ukraine's foreign minister Andrii Sybiha met his Chinese counterpart Wang Yi in New York on Tuesday evening, their first meeting in more than a year.",
     "Sybiha said he had asked Beijing to use its influence with Moscow to secure a ceasefire in the air. China's foreign ministry described the talks as \"candid\"."],
    "diplomacy", "diplomacy", 3, "sybiha-wang-yi-meeting-2031-09-16", a="Marta Zieli\u0144ska", cat="Diplomacy",
    n="ministerial diplomatic move (importance 3); the meeting was on 16 Sep New York time, the report on the 17th"),
  ]))


# ---------------------------------------------------------------- day 2, 2031-09-18
CHN = "chernihiv-missile-strike-2031-09-18"
RUT = "rutte-kyiv-visit-2031-09-18"
CHN_R = "Missile hits Chernihiv city centre; two killed"
CHN_R1 = "A Russian missile struck the centre of Chernihiv at around 12:50, killing two people and injuring at least 14, the head of the regional military administration said."

# ---------------------------------------------------------------- 19930 Nethergill Observer (day 2, HTML live, Irish time, no JSON-LD)
SEEDS.append(dict(
  id="19930", name="19930_nethergill-htmllive", ext="html", source="Nethergill Observer", zone="Europe/Dublin", render=r_htmllive_irish,
  title="Ukraine live: Missile strike on Chernihiv kills five as Dnipro mourns",
  lede="Follow our live coverage of the war in Ukraine through Thursday.", tznote="All times are Irish time (IST).",
  basis="visible time '{s}' (Irish clock; the page prints 'All times are Irish time (IST)', IST = UTC+1) under the date line 'Thursday, 18 September 2031'; local {d} in {z} = {u} UTC",
  notes="Invented outlet (Irish). HTML live page without JSON-LD, newest first. Times are printed '2.15pm' style with a one-off note 'All times are Irish time (IST)' (Irish Standard Time, UTC+1 in summer, not India's IST). Posts: time, h3 headline, 'by NAME', paragraphs. 19930-02 is a 'Photos:' gallery post with no text (teaser). 19930-01 continues the day-1 Dnipro story (toll 10, day of mourning). 19930-04 (drones on a grain store near Novhorod-Siverskyi, same Chernihiv region) is a different event from the Chernihiv city missile strike. Chernihiv toll here: 2 -> 5.",
  not_entries=["masthead and navigation", "'LIVE' kicker", "date line 'Thursday, 18 September 2031'", "note 'All times are Irish time (IST).'", "intro 'Follow our live coverage ...'",
               "'by NAME' lines (authors)", "gallery placeholder 'Gallery 12 photos' in the Photos post", "promo 'Get the Observer morning briefing. Sign up'", "'Older entries'", "footer"],
  entries=[
  E("2031-09-18 21:50", "Dnipro mourns as toll from Wednesday's strike reaches 10",
    ["Dnipro observed a day of mourning on Thursday as the death toll from Wednesday's Russian missile strike on the city centre rose to 10, after a woman died of her injuries in hospital.",
     "Flags flew at half mast and entertainment venues stayed closed. Dozens of people laid flowers outside the ruined office building."],
    "strikes", "strikes", 3, DNP, a="Aoife Kinsella", n="continuation of the day-1 story (toll 10); also in 19931-07"),
  E("2031-09-18 19:30", "Photos: Chernihiv after the missile strike", [], "strikes", "strikes", 1, CHN, n="photo gallery teaser without text"),
  E("2031-09-18 18:05", "Chernihiv strike: five dead, including a child",
    ["Five people, including an 11-year-old boy, were killed when a Russian missile struck central Chernihiv on Thursday, Ukraine's emergency service said.",
     "The missile hit near the city's main market at lunchtime. Twenty-six people were injured."],
    "strikes", "strikes", 3, CHN, a="Ciar\u00e1n Doyle", n="toll 5"),
  E("2031-09-18 15:40", "Drones hit grain store near Novhorod-Siverskyi",
    ["Russian drones struck a grain storage facility outside Novhorod-Siverskyi, a town in the north of the Chernihiv region near the Russian border, local officials said.",
     "A fire destroyed about 3,000 tonnes of wheat. No one was hurt."],
    "strikes", "strikes", 2, "novhorod-siverskyi-grain-store-drones-2031-09-18", a="Ciar\u00e1n Doyle",
    n="same region (Chernihiv oblast) as the Chernihiv city missile strike but another, non-deadly drone attack: must not merge"),
  E("2031-09-18 13:15", "Government approves \u20ac20m in non-lethal aid for Ukraine",
    ["The Government has approved a further \u20ac20 million in non-lethal military assistance for Ukraine, to be spent on demining equipment, fuel and medical supplies through the European Peace Facility.",
     "The T\u00e1naiste said Ireland's neutrality did not stop it from helping Ukraine protect its civilians."],
    "aid", "aid", 2, "ireland-non-lethal-aid-2031-09-18", a="Aoife Kinsella"),
  E("2031-09-18 11:30", "Missile strike on Chernihiv kills two",
    ["Two people were killed when a Russian missile hit the centre of Chernihiv, in northern Ukraine, shortly before 1pm local time, the regional governor said."],
    "strikes", "strikes", 3, CHN, a="Ciar\u00e1n Doyle", n="first report here, toll 2"),
  E("2031-09-18 09:10", "Zelensky signs law allowing multiple citizenship",
    ["President Volodymyr Zelensky has signed a law allowing Ukrainians to hold the citizenship of allied countries, a change aimed at bringing emigrants home after the war."],
    "other", "politics", 2, "zelensky-multiple-citizenship-law-2031-09-18", a="Aoife Kinsella"),
  ]))

# ---------------------------------------------------------------- 19931 Pellacombe Wire (day 2, text live, oldest first, numeric dates)
SEEDS.append(dict(
  id="19931", name="19931_pellacombe-textlive", ext="txt", source="Pellacombe Wire", zone="Europe/Kyiv", render=r_textlive_numeric,
  title="War in Ukraine: live, Thursday 18 September 2031",
  lede="Chernihiv hit at lunchtime; NATO's secretary general in Kyiv; Dnipro buries its dead.",
  basis="stamp '{s}' (day.month.year and Kyiv clock, EEST = UTC+3; no zone printed, Kyiv-based outlet); local {d} in {z} = {u} UTC",
  notes="Invented outlet (Kyiv-based). Text live page, oldest first; stamps '18.09.2031, 13:02' (numeric day.month.year, Kyiv time, no zone printed) above each headline, 'Author: NAME' after the body, '---' separators. 19931-01 is a re-post of day-1 entry 19920-03 (same headline and text, credited 'Source: Ashwellby Post'): importance 1, duplicate_of null because duplicate_of is defined within one seed. 19931-05 repeats 19931-03 near-verbatim (duplicate_of 19931-03). 19931-06 is an analysis (theme piece) that cites the Chernihiv strike: its own story. 19931-07 continues the day-1 Dnipro story. Chernihiv toll here: 2 -> 4.",
  not_entries=["masthead and navigation", "title line 'War in Ukraine: live, Thursday 18 September 2031'", "lede 'Chernihiv hit at lunchtime; ...'",
               "note 'Posts are in chronological order; the newest is at the bottom.'", "'Source: Ashwellby Post' credit line in the re-post", "'Author: NAME' lines",
               "'---' separators", "patron appeal 'Support Pellacombe Wire: ...'", "'End of today's posts.'", "footer"],
  entries=[
  E("2031-09-18 09:15", PRP_H, PRP_P, "other", "security", 1, PRP, a="Gareth Lowe", via="Ashwellby Post",
    n="re-post of day-1 entry 19920-03 (same headline and text; 'Source: Ashwellby Post'): importance 1; duplicate_of null (duplicates are defined within a seed)"),
  E("2031-09-18 10:40", "Overnight: 112 drones and six missiles launched at Ukraine",
    ["Russia attacked Ukraine overnight with 112 drones and six missiles, the air force said, of which 97 drones and four missiles were shot down.",
     "Damage was recorded in the Kyiv, Zhytomyr and Sumy regions. No deaths were reported."],
    "strikes", "strikes", 3, "overnight-combined-attack-2031-09-18", a="Mariia Kovalchuk",
    n="massive overnight attack (100+ drones): importance 3; not the Chernihiv strike, which came at lunchtime"),
  E("2031-09-18 13:02", CHN_R,
    [CHN_R1, "The blast shattered windows along Myru Avenue. Rescuers are searching a damaged shopping arcade."],
    "strikes", "strikes", 3, CHN, a="Mariia Kovalchuk", n="first report, toll 2"),
  E("2031-09-18 14:30", "Rutte arrives in Kyiv, promises faster air-defence deliveries",
    ["NATO Secretary General Mark Rutte arrived in Kyiv on an unannounced visit on Thursday and said allies would speed up deliveries of air-defence systems before winter.",
     "Rutte is due to meet President Zelensky and address the Verkhovna Rada's defence committee."],
    "diplomacy", "diplomacy", 3, RUT, a="Bohdan Shevchuk", sec=["aid"]),
  E("2031-09-18 15:10", CHN_R,
    [CHN_R1, "Rescuers are searching a damaged shopping arcade."],
    "strikes", "strikes", 1, CHN, a="Mariia Kovalchuk", dup="19931-03", n="near-verbatim repeat of 19931-03 (stale toll of two)"),
  E("2031-09-18 16:20", "Analysis: Why Ukraine's northern cities get so little warning",
    ["Chernihiv, Sumy and Kharkiv all lie within 100 kilometres of the Russian border, and that geography decides how long their residents have to reach a shelter.",
     "A ballistic missile launched from the Bryansk or Kursk regions can reach Chernihiv in about two minutes, often before the air-raid siren has finished.",
     "Air-defence commanders say the only reliable answer is to keep Patriot-class interceptors close to the northern cities, but those systems are also needed to protect Kyiv and the energy grid."],
    "strikes", "strikes", 2, "analysis-northern-cities-missile-warning-time", a="Bohdan Shevchuk", sec=["aid"],
    n="theme piece (analysis) that cites the Chernihiv strike: its own story, must not merge with chernihiv-missile-strike"),
  E("2031-09-18 18:45", "Dnipro: injured woman dies, toll from Wednesday's strike now 10",
    ["A 58-year-old woman injured in Wednesday's missile strike on Dnipro has died in hospital, bringing the death toll to 10, regional officials said.",
     "Thursday was declared a day of mourning in the city."],
    "strikes", "strikes", 3, DNP, a="Mariia Kovalchuk", n="continuation of the day-1 story (toll 10)"),
  E("2031-09-18 19:40", "Chernihiv toll rises to four",
    ["The number of people killed by the missile strike in Chernihiv has risen to four, the State Emergency Service said, as rescuers finished clearing the shopping arcade."],
    "strikes", "strikes", 3, CHN, a="Bohdan Shevchuk", n="toll 4"),
  ]))

# ---------------------------------------------------------------- 19932 Gorseby World Desk (day 2, Atom world feed, UTC)
SEEDS.append(dict(
  id="19932", name="19932_gorseby-worldatom", ext="xml", source="Gorseby World Desk", zone="UTC", render=r_atom,
  title="Gorseby World Desk", url="https://gorsebyworld.example", lede="The world in brief, updated through the day.",
  basis="Atom <published> '{s}' (UTC, 'Z'); local {d} in {z}",
  notes="Invented outlet. General world Atom feed in UTC ('Z'), no authors: the war is two of six entries; four are off-beat, including an air-traffic controllers' strike (industrial action). The Chernihiv entry spells the city 'Chernigov' (with 'Chernihiv' in brackets), toll 5.",
  not_entries=["feed title, subtitle, links, id, updated, generator (feed metadata)", "entry ids, links and categories"],
  entries=[
  E("2031-09-18 18:20", "Russian missile strike on Chernigov kills five",
    ["A Russian missile strike on the northern Ukrainian city of Chernigov (Chernihiv) killed five people on Thursday, including a child, emergency officials said."],
    "strikes", "strikes", 3, CHN, n="spelling 'Chernigov'; toll 5", cat="Europe"),
  OFF("2031-09-18 16:45", "Heatwave breaks September records across southern Spain",
    ["Temperatures passed 44C in Seville and C\u00f3rdoba, the highest ever recorded in Spain this late in the year, the state weather agency said."],
    "spain-september-heatwave-2031-09-18", n="weather", cat="Europe"),
  E("2031-09-18 13:10", "NATO chief Rutte makes unannounced visit to Kyiv",
    ["NATO Secretary General Mark Rutte travelled to Kyiv on Thursday in a visit that was not announced in advance, pledging that allies would send more air defence before the winter."],
    "diplomacy", "diplomacy", 3, RUT, sec=["aid"], cat="Europe"),
  OFF("2031-09-18 10:30", "Indonesia's parliament approves funds to finish new capital",
    ["Lawmakers in Jakarta approved an extra budget for the construction of Nusantara, the new capital on Borneo, after months of delays."],
    "indonesia-nusantara-budget-2031-09-18", n="Indonesian politics", cat="Asia"),
  OFF("2031-09-18 07:55", "Air traffic controllers' strike grounds flights across France",
    ["Hundreds of flights were cancelled at Paris and Nice airports as French air traffic controllers began a two-day strike over staffing."],
    "france-air-traffic-strike-2031-09-18", n="French labour dispute (a strike, not an attack)", cat="Europe"),
  OFF("2031-09-18 05:20", "Typhoon brings record rainfall to Okinawa",
    ["More than 500 millimetres of rain fell on parts of Okinawa in 24 hours as a slow-moving typhoon passed the island, Japan's weather agency said."],
    "okinawa-typhoon-rainfall-2031-09-18", n="weather", cat="Asia"),
  ]))

# ---------------------------------------------------------------- 19933 Hobbledown Evening Post (day 2, RSS, Berlin offset, CDATA)
SEEDS.append(dict(
  id="19933", name="19933_hobbledown-rss", ext="xml", source="Hobbledown Evening Post", zone="Europe/Berlin", render=r_rss, cdata=True,
  title="Hobbledown Evening Post - Europe", url="https://www.hobbledownpost.example", lede="Europe and the war in Ukraine, from our Berlin desk.",
  basis="RFC 822 pubDate '{s}' (Berlin offset, CEST = UTC+2); local {d} in {z} = {u} UTC",
  notes="Invented outlet. RSS 2.0 with +0200 pubDates, dc:creator on most items, CDATA descriptions with <p> paragraphs. Chernihiv toll here: 3. Rutte's visit (19933-01) is the same event as 19931-04 and 19932-03.",
  not_entries=["channel title, link, description, lastBuildDate, ttl (feed metadata)", "item links and guids", "categories"],
  entries=[
  E("2031-09-18 19:50", "Rutte in Kyiv: 'NATO's support will not run out'",
    ["On his first visit to Kyiv this year, NATO Secretary General Mark Rutte told Ukrainian lawmakers that the alliance's support \"will not run out before Russia's patience does\".",
     "He said three more Patriot batteries would reach Ukraine by December under a NATO-coordinated purchase scheme."],
    "diplomacy", "diplomacy", 3, RUT, a="Henrike Vogel", sec=["aid"], cat="Ukraine"),
  E("2031-09-18 17:15", "Bundestag approves 2032 budget with \u20ac9bn for Ukraine",
    ["The German parliament approved the federal budget for 2032 on Thursday, setting aside nine billion euros in military aid for Ukraine, the same amount as this year."],
    "aid", "aid", 3, "bundestag-budget-ukraine-aid-2031-09-18", a="Lukas Brandt", cat="Germany"),
  E("2031-09-18 15:00", "Chernihiv: three dead after Russian missile hits city centre",
    ["Three people were killed when a Russian missile hit the centre of Chernihiv in northern Ukraine at lunchtime on Thursday, regional authorities said.", "Sixteen people were injured."],
    "strikes", "strikes", 3, CHN, a="Henrike Vogel", n="toll 3", cat="Ukraine"),
  E("2031-09-18 12:40", "Police arrest man over drone flights above Bavarian air base",
    ["Bavarian police have arrested a 41-year-old man with Russian and German citizenship on suspicion of flying drones over the Neuburg air base, where German Eurofighters are stationed."],
    "other", "security", 2, "bavaria-air-base-drone-arrest-2031-09-18", cat="Germany"),
  E("2031-09-18 10:05", "Peskov: 'no basis' for energy truce talks",
    ["The Kremlin said on Thursday there was \"no basis\" for talks on a mutual halt to strikes on energy facilities, rejecting a proposal floated by Turkey last week."],
    "diplomacy", "diplomacy", 2, "peskov-energy-truce-rejection-2031-09-18", a="Lukas Brandt", cat="Russia"),
  ]))


# ---------------------------------------------------------------- day 3, 2031-09-23
LVV = "lviv-missile-strike-2031-09-23"
UNGA = "zelensky-unga-speech-2031-09-23"
EUT = "eu-ukraine-facility-tranche-2031-09-23"
KHD = "kharkiv-drone-strike-2031-09-23"
LVV_R = "Russian strike on Lviv kills two, damages UNESCO-listed centre"
LVV_R1 = "Two people were killed in a Russian overnight attack on Lviv, known in Polish as Lw\u00f3w, the city authorities said."

# ---------------------------------------------------------------- 19940 Cranmoor Herald (day 3, RSS world feed, New York offset)
SEEDS.append(dict(
  id="19940", name="19940_cranmoor-worldrss", ext="xml", source="Cranmoor Herald", zone="America/New_York", render=r_rss,
  title="Cranmoor Herald | World", url="https://www.cranmoorherald.example", lede="World news from the Cranmoor Herald foreign desk.",
  basis="RFC 822 pubDate '{s}' (New York offset, EDT = UTC-4); local {d} in {z} = {u} UTC",
  notes="Invented outlet (US). General world RSS feed with -0400 pubDates: the war is two of six items; four are off-beat. The Lviv item (19940-06) was filed at 05:45 New York time, 09:45 UTC (toll 3).",
  not_entries=["channel title, link, description, lastBuildDate, ttl (feed metadata)", "item links and guids", "categories"],
  entries=[
  OFF("2031-09-23 18:30", "Wildfire forces evacuations north of Los Angeles",
    ["A fast-moving brush fire in the hills above Santa Clarita forced about 9,000 residents to leave their homes on Tuesday afternoon, fire officials said."],
    "santa-clarita-wildfire-2031-09-23", a="Joel Amberley", n="US wildfire", cat="US"),
  OFF("2031-09-23 16:05", "Fed governor signals rates will stay on hold through year-end",
    ["A Federal Reserve governor said Tuesday that inflation was not yet falling fast enough to justify another cut this year."],
    "fed-governor-rates-on-hold-2031-09-23", a="Joel Amberley", n="US economy", cat="Business"),
  E("2031-09-23 12:40", "Zelensky at UN: Moscow 'responds only to force'",
    ["Ukrainian President Volodymyr Zelensky told the U.N. General Assembly on Tuesday that Russia would halt its attacks only when continuing them became too costly, and urged members to enforce existing sanctions."],
    "diplomacy", "diplomacy", 3, UNGA, a="Dana Whitcombe", cat="World"),
  OFF("2031-09-23 09:50", "Brazil's Congress approves overhaul of consumption taxes",
    ["Brazilian lawmakers gave final approval to a long-debated reform that merges five consumption taxes into a single value-added levy."],
    "brazil-tax-reform-2031-09-23", n="Brazilian politics", cat="Americas"),
  OFF("2031-09-23 07:20", "Hong Kong shuts schools as typhoon approaches",
    ["Hong Kong raised its No. 8 storm signal and closed schools as a typhoon tracked toward the Pearl River Delta."],
    "hong-kong-typhoon-schools-2031-09-23", n="weather", cat="Asia"),
  E("2031-09-23 05:45", "Russian missiles kill three in Lviv",
    ["A Russian missile and drone attack on the western Ukrainian city of Lviv killed three people overnight and damaged buildings in the historic center, the city's mayor said."],
    "strikes", "strikes", 3, LVV, a="Dana Whitcombe", n="toll 3", cat="World"),
  ]))

# ---------------------------------------------------------------- 19941 Drumlevin Times (day 3, text live, newest first, EEST stamps)
SEEDS.append(dict(
  id="19941", name="19941_drumlevin-textlive", ext="txt", source="Drumlevin Times", zone="Europe/Helsinki", render=r_textlive_zone,
  title="Ukraine live: Lviv hit overnight as Zelensky speaks at the UN",
  lede="Our reporters follow the day's events in Ukraine and at the UN General Assembly in New York.",
  related="Finland's air-defence lessons from Ukraine",
  basis="stamp '{s}' (Helsinki clock with its zone, EEST = UTC+3) under the date line 'Tuesday 23 September 2031'; local {d} in {z} = {u} UTC",
  notes="Invented outlet (Helsinki-based). Text live page, newest first. Each post: stamp line '21:10 EEST', headline, 'By NAME', paragraphs. Lviv toll here: 2 -> 3 -> 4. 19941-03 (explosion at a Lviv enlistment office in the afternoon, treated as sabotage) is the same city but another event; 19941-05 (Kharkiv drone) is the same theme in another city. 19941-04 is an analysis (theme piece) about strikes on western Ukraine: its own story.",
  not_entries=["masthead and navigation", "title line", "date line 'Tuesday 23 September 2031'", "lede 'Our reporters follow ...'", "'By NAME' lines (authors)",
               "'Related: Finland's air-defence lessons from Ukraine'", "closing line 'This live page has ended. ...'", "footer"],
  entries=[
  E("2031-09-23 21:10", "Lviv: fourth victim dies in hospital",
    ["A fourth person has died of injuries sustained in the overnight Russian attack on Lviv, the city's mayor Andriy Sadovyi said on Tuesday evening.",
     "Thirty-eight people remain in hospital."],
    "strikes", "strikes", 3, LVV, a="Pekka Routio", n="toll 4"),
  E("2031-09-23 19:20", "Zelensky tells General Assembly only pressure will stop Russia",
    ["Speaking at the UN General Assembly in New York, President Volodymyr Zelensky said Russia had turned down every ceasefire offer and would \"only stop when it is made to\".",
     "He called for secondary sanctions on buyers of Russian oil and for all frozen Russian assets to be used for Ukraine's defence."],
    "diplomacy", "diplomacy", 3, UNGA, a="Ilona Saarinen"),
  E("2031-09-23 18:35", "Explosion at Lviv enlistment office injures two",
    ["An explosive device went off outside a military enlistment office in Lviv's Frankivskyi district on Tuesday afternoon, injuring two servicemen, police said.",
     "Investigators are treating the blast as a terrorist act and are checking whether the attacker was recruited online by Russian intelligence."],
    "other", "security", 2, "lviv-enlistment-office-blast-2031-09-23", a="Pekka Routio",
    n="same city as the overnight missile strike but a separate afternoon blast investigated as sabotage: must not merge with lviv-missile-strike"),
  E("2031-09-23 16:50", "Analysis: Russia's long-range reach into western Ukraine",
    ["For much of the war, western Ukraine was seen as the country's safe rear, a place where factories, families and foreign embassies could relocate.",
     "That assumption has steadily worn away. Cruise missiles launched from the Caspian and the Black Sea can reach Lviv, and Shahed-type drones now fly routes that hug the Belarusian border before turning south.",
     "The region's proximity to Poland adds a further risk: each large attack on Lviv or Lutsk sends NATO jets into the air, and drones have strayed across the border several times."],
    "strikes", "strikes", 2, "analysis-russian-strikes-western-ukraine", a="Ilona Saarinen",
    n="theme piece (analysis) prompted by the Lviv attack: its own story, must not merge with lviv-missile-strike"),
  E("2031-09-23 14:15", "Drone attack on Kharkiv kills one",
    ["A Russian drone hit a car repair shop in Kharkiv's Osnovianskyi district, killing one man and injuring three, regional governor Oleh Syniehubov said."],
    "strikes", "strikes", 3, KHD, a="Pekka Routio", n="same theme (another deadly strike that day) in another city: must not merge with the Lviv strike; also in 19943-04"),
  E("2031-09-23 10:40", "Lviv toll rises to three",
    ["Three people are now confirmed dead after the overnight Russian attack on Lviv, the regional military administration said.",
     "Among them was a woman whose house in the Sykhiv district collapsed after a drone hit it."],
    "strikes", "strikes", 3, LVV, a="Ilona Saarinen", n="toll 3"),
  E("2031-09-23 07:30", "Night attack on Lviv: two dead, historic centre damaged",
    ["Two people were killed when Russian missiles and drones struck Lviv overnight, mayor Andriy Sadovyi said, in the heaviest attack on the city this year.",
     "Windows were blown out in several buildings in the old town, which is listed as a UNESCO world heritage site."],
    "strikes", "strikes", 3, LVV, a="Ilona Saarinen", n="first report, toll 2"),
  ]))

# ---------------------------------------------------------------- 19942 Larchbeck Journal (day 3, HTML live + LiveBlogPosting, oldest first, Vilnius)
SEEDS.append(dict(
  id="19942", name="19942_larchbeck-ldlive", ext="html", source="Larchbeck Journal", zone="Europe/Vilnius", render=r_ldlive_video,
  title="Live: Russia strikes Lviv; EU releases new tranche for Kyiv", url="https://larchbeckjournal.example/live/2031-09-23-ukraine",
  lede="Updates through the day from our Vilnius newsroom.",
  basis="visible time '{s}' in <time datetime> (Vilnius clock, EEST = UTC+3; no zone printed, Vilnius outlet) under the date line '23 September 2031'; the JSON-LD update carries the same instant with +03:00; local {d} in {z} = {u} UTC",
  notes="Invented outlet (Vilnius). HTML live page, oldest first, LiveBlogPosting JSON-LD with per-update datePublished (+03:00). Visible times '08:10' in <time datetime>, no zone printed. Author name after the body. 19942-02 is a 'Video:' post with only a player (teaser). 19942-05 re-publishes 19942-01 near-verbatim (duplicate_of 19942-01). Lithuania's armoured vehicles (19942-03) and the EU tranche (19942-04) are the same aid theme but different decisions. Lviv spelled also 'Lw\u00f3w' in 19942-01. Lviv toll here: 2 -> 3.",
  not_entries=["header and navigation", "h1 title", "date line '23 September 2031'", "lead 'Updates through the day from our Vilnius newsroom.'", "video player '\u25b6 0:47' in the Video post",
               "author name lines", "newsletter box 'Larchbeck Journal Daily: ... Subscribe'", "footer"],
  entries=[
  E("2031-09-23 08:10", LVV_R,
    [LVV_R1, "Several historic buildings in the old town, a UNESCO world heritage site, were damaged by the blast wave."],
    "strikes", "strikes", 3, LVV, a="R\u016bta Paulauskait\u0117", n="spelling 'Lw\u00f3w' alongside Lviv; toll 2"),
  E("2031-09-23 09:30", "Video: Firefighters at the scene in Lviv", [], "strikes", "strikes", 1, LVV, n="video teaser without text"),
  E("2031-09-23 11:45", "Lithuania to send 20 armoured vehicles to Ukraine",
    ["Lithuania will send 20 M577 armoured command vehicles to Ukraine along with spare parts, the Lithuanian defence ministry announced on Tuesday.",
     "The package is worth about \u20ac30 million."],
    "aid", "aid", 2, "lithuania-armoured-vehicles-2031-09-23", a="Tomas Jankus",
    n="same aid theme as the EU tranche (19942-04) but another decision: must not merge"),
  E("2031-09-23 13:20", "EU releases \u20ac4.2bn tranche for Ukraine",
    ["The European Commission has released a \u20ac4.2 billion payment to Ukraine under the Ukraine Facility, after Kyiv completed a set of reforms on customs and public procurement.",
     "The money goes to Ukraine's state budget and helps pay salaries and pensions."],
    "aid", "aid", 3, EUT, a="Tomas Jankus"),
  E("2031-09-23 15:05", LVV_R,
    [LVV_R1, "Several historic buildings in the old town were damaged."],
    "strikes", "strikes", 1, LVV, a="R\u016bta Paulauskait\u0117", dup="19942-01", n="near-verbatim repeat of 19942-01 (stale toll of two)"),
  E("2031-09-23 17:40", "Lviv mayor: toll rises to three, 41 wounded",
    ["Lviv mayor Andriy Sadovyi said the number of dead from the overnight attack had risen to three and that 41 people were wounded, eight of them children."],
    "strikes", "strikes", 3, LVV, a="R\u016bta Paulauskait\u0117", n="toll 3"),
  E("2031-09-23 20:30", "Baltic states agree to jointly buy air-defence radars",
    ["The defence ministers of Lithuania, Latvia and Estonia agreed in Vilnius to buy long-range air-surveillance radars together, in a deal expected to be worth about \u20ac300 million."],
    "other", "security", 2, "baltic-joint-radar-procurement-2031-09-23", a="Tomas Jankus", n="procurement by non-parties -> other/security"),
  ]))

# ---------------------------------------------------------------- 19943 Orrowfield Daily (day 3, text article with sections)
SEEDS.append(dict(
  id="19943", name="19943_orrowfield-article", ext="txt", source="Orrowfield Daily", zone="Europe/Paris", render=r_article,
  title="Ukraine war: what happened on Tuesday", dateline="2031-09-23 22:15", byline="Camille Verdier",
  lede="Lviv mourns four dead, Zelensky takes his case to the UN and Brussels pays out another tranche.",
  related=["Inside Lviv's underground hospital", "Why Moldova's local elections matter to Moscow"],
  basis="no per-section time: the article's dateline '23 September 2031, 22:15 CEST' (Paris clock, CEST = UTC+2) applies to every section; local {d} in {z} = {u} UTC",
  notes="Invented outlet (Paris-based). Evening round-up article with five sections (heading + paragraphs); stamp null for every section, published = the dateline '23 September 2031, 22:15 CEST'; author = the page byline for every section. The Lviv section spells the city 'Lviv (Lvov)', toll 4.",
  not_entries=["masthead and section navigation", "standfirst 'Lviv mourns four dead, ...'", "byline 'By Camille Verdier'", "dateline '23 September 2031, 22:15 CEST'",
               "'Share  |  Print  |  Save'", "'ADVERTISEMENT'", "'More on this topic' and its two links", "copyright line"],
  entries=[
  E("2031-09-23 22:15", "Lviv counts its dead",
    ["Four people died after Russia hit Lviv (Lvov) overnight with missiles and drones, the city's mayor said on Tuesday evening.",
     "It was the deadliest attack on the western city this year. Schools in the Sykhiv district will stay closed until Friday."],
    "strikes", "strikes", 3, LVV, a="Camille Verdier", n="spelling 'Lvov'; toll 4"),
  E("2031-09-23 22:15", "Zelensky at the General Assembly",
    ["In his speech to the UN General Assembly, Volodymyr Zelensky accused Russia of \"choosing war every single day\" and asked member states to back a special tribunal for the crime of aggression."],
    "diplomacy", "diplomacy", 3, UNGA, a="Camille Verdier"),
  E("2031-09-23 22:15", "Brussels releases \u20ac4.2bn",
    ["The European Commission paid out another \u20ac4.2 billion to Kyiv under its Ukraine Facility programme, bringing total payments under the scheme to more than \u20ac40 billion."],
    "aid", "aid", 3, EUT, a="Camille Verdier"),
  E("2031-09-23 22:15", "Kharkiv under drone fire again",
    ["In Kharkiv, a Russian drone killed one man at a car repair shop, the regional governor said."],
    "strikes", "strikes", 3, KHD, a="Camille Verdier"),
  E("2031-09-23 22:15", "Moldova expels Russian diplomat",
    ["Moldova declared a Russian diplomat persona non grata over alleged interference in next month's local elections."],
    "diplomacy", "diplomacy", 2, "moldova-expels-russian-diplomat-2031-09-23", a="Camille Verdier"),
  ]))


if __name__ == "__main__":
    main()

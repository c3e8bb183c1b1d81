#!/usr/bin/env python3
"""Builds the eval/fx seed pages and their gold files from one hand-written data table (further below).
All news text is the blind tester's own invented wording, set in March 2030 with the war still under way.
Part A imitates, from memory, the page layouts of ten real outlets; Part B outlets are invented.
Deterministic. Run from the project root:  python3 eval/fx/tools/build.py"""
import html, json, os, re
from datetime import datetime, date, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.", "Maj.")
WAR_START = date(2022, 2, 24)


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **kw):
    """one entry: local time 'YYYY-MM-DD HH:MM' in the page zone, headline (or None), body paragraphs, labels."""
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


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def h12(d, sep=":", space=" ", upper=True):
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


def iso_z(d):
    return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def slugify(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:72]


def war_day(d):
    return (d.date() - WAR_START).days + 1


def ordinal(n):
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n:,}{suf}"


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
            d = dt(e["t"], S["zone"]); u = d.astimezone(UTC)
            st = stamps[i]
            basis = (e.get("basis") or S["basis"]).format(s=st, d=d.strftime("%Y-%m-%d %H:%M"), z=S["zone"], u=u.strftime("%Y-%m-%d %H:%M"))
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": st,
                         "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                         "published_basis": basis,
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

# ================================================================ PART A: ten real outlets' layouts (own words, invented news)

def r_independent(S):
    """The Independent live blog, text scrape (newest first). Masthead and section links, 'LIVE' label, title, standfirst,
    page byline and 'Saturday 02 March 2030 17:52 GMT', newsletter sign-up box, lede paragraphs, 'Key Points' with the key
    posts' headlines, 'Show latest update'; each post: headline, body, optional picture credit, then a trailing stamp line with
    the author fused to the date ('Maya Ellory2 March 2030 14:38', UK local time, no zone)."""
    z = S["zone"]; order_check(S, True)
    top = dt(S["entries"][0]["t"], z)
    L = ["Skip to main content", "The Independent", "Subscribe", "Sign in", "",
         "News   Sport   Culture   Lifestyle   Travel   Premium   Independent TV   Bulletin   Climate",
         "World   Europe   Americas   Asia   Africa   Middle East   Australasia", "", "LIVE", S["title"], S["standfirst"], "",
         S["byline"], f"{DAYS[top.weekday()]} {top:%d} {MONTHS[top.month - 1]} {top.year} {top:%H:%M} GMT", "Comments", "",
         "Sign up to our free Breaking News emails", "Get the latest breaking news straight to your inbox every morning",
         "I would like to be emailed about offers, events and updates from The Independent. Read our privacy notice", ""]
    L += ptxt(S["lede"])
    L += ["Key Points"] + [e["h"] for e in S["entries"] if e["kp"]] + ["Show latest update", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{e['a']}{d.day} {MONTHS[d.month - 1]} {d.year} {d:%H:%M}"; stamps.append(st)
        L += [e["h"]] + (ptxt(e["p"]) if e["p"] else [""])
        if e.get("credit"):
            L += [e["credit"], ""]
        L += [st, ""]
        if i == 3:
            L += ["Support free-thinking journalism and attend Independent events", "Subscribe to Independent Premium to bookmark this article",
                  "Want to bookmark your favourite articles and stories to read or reference later? Start your Independent Premium subscription today.", ""]
    L += ["Show older updates", "", "More about", "Ukraine   Russia   Vladimir Putin   Volodymyr Zelensky   Kryvyi Rih", "",
          "Join our commenting forum", "Join thought-provoking conversations, follow other Independent readers and see their replies", "",
          "Most popular", "", f"© {top.year} The Independent"]
    return "\n".join(L) + "\n", stamps


KR = "kryvyi-rih-missile-strike-2030-03-02"
SEEDS.append(dict(
  id="18100", name="18100_independent-liveblog", ext="txt", source="The Independent", zone="Europe/London", render=r_independent,
  title="Ukraine-Russia war latest: Nine killed as ballistic missile hits Kryvyi Rih apartment block",
  standfirst="Zelensky's home city struck again as Britain targets the suppliers of Russia's attack drones",
  byline="Maya Ellory,Ben Castellan",
  lede=["At least nine people have been killed after a Russian ballistic missile slammed into a residential building in Kryvyi Rih, central Ukraine, on Saturday morning.",
        "Rescue teams worked through the day to reach people trapped under a collapsed stairwell, regional officials said, as the number of injured passed 30.",
        "Germany separately promised two more Patriot systems, while the Kremlin brushed aside an offer by the Vatican to host talks."],
  basis="trailing stamp line '{s}' (author name fused to the date); UK local time, no zone printed (GMT = UTC in early March); local {d} in {z}",
  notes="Imitates The Independent's live blog as copied from a browser (not through an aggregator). Header: section links, 'LIVE' label, title, standfirst, two-name page byline 'Maya Ellory,Ben Castellan' (no space, as the site prints it), page date 'Saturday 02 March 2030 17:52 GMT', newsletter box, three lede paragraphs. A populated 'Key Points' block lists the headlines of three posts (key_point true for those). Each post: headline, body, optional picture credit '(Reuters)'/'(AFP/Getty)', then a trailing stamp line with the author fused to the date. Newest first. One video-only post ('Watch: ...') has no text. All times UK local = GMT = UTC on 2 March.",
  not_entries=["'Skip to main content', masthead, 'Subscribe', 'Sign in'", "navigation rows", "'LIVE' label", "page title and standfirst",
               "page byline 'Maya Ellory,Ben Castellan' and page date line 'Saturday 02 March 2030 17:52 GMT'", "'Comments'",
               "newsletter sign-up box (three lines)", "three lede paragraphs under the byline (page summary, not posts)",
               "'Key Points' header and its three headline links (they point at posts 18100-01, 18100-03, 18100-05)", "'Show latest update' button",
               "picture credits '(Reuters)' and '(AFP/Getty)' inside posts", "Independent Premium promo box after the fourth post",
               "'Show older updates'", "'More about' topic tags", "commenting-forum box", "'Most popular'", "copyright footer"],
  entries=[
  E("2030-03-02 17:52", "UK sanctions Chinese and Emirati suppliers of Russian drone engines",
    ["Britain has imposed sanctions on 14 companies and two individuals it accuses of supplying engines and guidance parts for the Shahed-type drones that Russia launches at Ukrainian cities almost every night.",
     "The Foreign Office said five of the firms are registered in China and three in the United Arab Emirates, and that any assets they hold in the UK will be frozen.",
     "Ministers said the listings were aimed at \u201cthe supply lines that keep these drones in the air\u201d and promised further designations in the spring."],
    "diplomacy", "diplomacy", 3, "uk-sanctions-drone-engine-suppliers-2030-03-02", a="Maya Ellory", kp=True, n="listed under Key Points"),
  E("2030-03-02 16:40", "Watch: Rescuers lift survivor from Kryvyi Rih rubble", [],
    "strikes", "strikes", 1, KR, a="Maya Ellory", n="video-only post, no text: teaser of the Kryvyi Rih strike"),
  E("2030-03-02 15:15", "Germany pledges two more Patriot systems for Ukraine",
    ["Germany will send Ukraine two additional Patriot air defence systems before the summer, defence minister Boris Pistorius said during a visit to a training area in Bavaria.",
     "The launchers, along with several hundred interceptors, will be paid for from the federal budget with a contribution from the Netherlands, he added.",
     "Ukrainian officials have said for months that air defence is their most urgent need as Russia fires more ballistic missiles at cities far from the front."],
    "aid", "aid", 3, "germany-two-patriot-systems-2030-03-02", a="Ben Castellan", kp=True, credit="(Reuters)", n="listed under Key Points"),
  E("2030-03-02 14:02", "Kremlin says there is 'no basis' for Vatican mediation",
    ["The Kremlin has said it sees no basis for the Vatican to act as a mediator between Moscow and Kyiv, a day after the Holy See offered to host a meeting of Russian and Ukrainian officials.",
     "Spokesman Dmitry Peskov told reporters that Moscow valued the Pope's humanitarian work on the return of children, but that \u201cpolitical questions are a different matter\u201d."],
    "diplomacy", "diplomacy", 2, "kremlin-rejects-vatican-mediation-2030-03-02", a="Ben Castellan"),
  E("2030-03-02 12:48", "Death toll in Kryvyi Rih missile strike rises to nine",
    ["Nine people, two of them children, were killed when a Russian ballistic missile hit a five-storey apartment block in Kryvyi Rih on Saturday morning, regional officials said.",
     "Serhiy Lysak, head of the Dnipropetrovsk regional military administration, said 31 people had been wounded and that rescuers were still working through part of the collapsed stairwell.",
     "Kryvyi Rih, the city where President Volodymyr Zelensky grew up, has been hit repeatedly by missiles and drones since the full-scale invasion began."],
    "strikes", "strikes", 3, KR, a="Maya Ellory", kp=True, credit="(AFP/Getty)", n="listed under Key Points"),
  E("2030-03-02 11:30", "Russian military blogger who mocked commanders jailed for five years",
    ["A court in Rostov-on-Don has sentenced a military blogger to five years in a penal colony for \u201cdiscrediting\u201d the armed forces after he accused commanders of hiding losses near Pokrovsk.",
     "The blogger, who had more than 200,000 followers on Telegram, told the court he had only repeated what soldiers at the front had told him."],
    "other", "politics", 2, "russian-military-blogger-jailed-2030-03-02", a="Ben Castellan"),
  E("2030-03-02 10:05", "Ukraine says 61 of 83 Russian drones shot down overnight",
    ["Ukraine's air force said it shot down 61 of the 83 attack drones Russia launched overnight, while a further 17 were lost to electronic jamming.",
     "Debris fell on houses in the Kyiv and Chernihiv regions but nobody was hurt, local officials said."],
    "strikes", "strikes", 2, "overnight-drone-attack-2030-03-02", a="Maya Ellory", n="non-deadly overnight drone wave, separate from the Kryvyi Rih missile later in the morning (must not merge)"),
  E("2030-03-02 08:40", "Partisans claim sabotage of rail line in occupied south",
    ["A Ukrainian partisan group says it blew up a section of railway used to carry fuel to Russian troops near Tokmak in the occupied part of the Zaporizhzhia region.",
     "The claim could not be independently verified, and Russian-installed officials did not comment."],
    "other", "security", 2, "tokmak-rail-sabotage-claim-2030-03-02", a="Maya Ellory"),
  ]))


def r_trt(S):
    """TRT World live blog, HTML. Header nav, h1 'Live blog: ...', standfirst with the war's day count, lead image caption,
    one date line 'Monday, March 4, 2030', then updates newest first: a pinned lead whose first paragraph opens with a bold
    '2148 GMT' and no headline, then h3 '<strong>1905 GMT —</strong> Headline' cards; 'Read More' related box, 'Loading...'
    embed placeholders, footer link to the previous day's blog. No bylines."""
    z = S["zone"]; order_check(S, True)
    d0 = dt(S["entries"][0]["t"], z); prev = d0 - timedelta(days=1)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           f'<meta property="og:title" content="{attr(S["title"])}">', '<meta property="og:site_name" content="TRT World">',
           '</head><body>',
           '<header class="site-header"><a class="logo" href="/">TRT World</a><nav><a href="/turkiye">Türkiye</a> <a href="/world">World</a> '
           '<a href="/business">Business</a> <a href="/life">Life</a> <a href="/sport">Sport</a> <a href="/video">Video</a> '
           '<a href="/opinion">Opinion</a> <a href="/live">LIVE</a></nav></header>',
           '<main><div class="breadcrumb"><a href="/europe">Europe</a></div>',
           f'<h1 class="article-title">{esc(S["title"])}</h1>',
           f'<h2 class="article-description">{esc(S["standfirst"].format(n=ordinal(war_day(d0))))}</h2>',
           '<figure><img src="https://cdn-i.trtworld.com/images/live-ua.webp" alt="">'
           f'<figcaption>{esc(S["caption"])}</figcaption><span class="credit">Reuters</span></figure>',
           f'<p class="date-header"><strong>{DAYS[d0.weekday()]}, {MONTHS[d0.month - 1]} {d0.day}, {d0.year}</strong></p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H%M} GMT"; stamps.append(st)
        out.append('<div class="live-update">')
        if e["h"] is None:
            out.append(f'<p><strong>{st}</strong> {esc(e["p"][0])}</p>')
            out += [f'<p>{esc(p)}</p>' for p in e["p"][1:]]
            out.append('<div class="read-more"><span>Read More</span><span>Read More</span>'
                       f'<a href="/europe/{slugify(S["related"])}">{esc(S["related"])}</a></div>')
            out.append('<p class="more-updates">More updates \U0001F447</p>')
        else:
            out.append(f'<h3><strong>{st} \u2014</strong> {esc(e["h"])}</h3>')
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e.get("embed"):
            out.append('<div class="twitter-embed">Loading...</div>')
        out.append('</div>')
    out += [f'<p class="previous"><a href="/europe/live-{prev:%d-%m}">For our live updates from {DAYS[prev.weekday()]}, {MONTHS[prev.month - 1]} {prev.day}, click here.</a></p>',
            '</main>', '<aside class="newsletter"><h4>Subscribe to our newsletter</h4><p>The best of TRT World in your inbox every morning.</p></aside>',
            f'<footer><p>About us   Contact   Privacy Policy   Cookie Policy</p><p>\u00a9 {d0.year} TRT World</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


BSN = "turkiye-black-sea-navigation-talks-2030-03-04"
SEEDS.append(dict(
  id="18101", name="18101_trtworld-liveblog", ext="html", source="TRT World", zone="UTC", render=r_trt,
  title="Live blog: Russian missiles hit Odesa grain terminal as T\u00fcrkiye prepares Black Sea talks",
  standfirst="The Russia-Ukraine war is in its {n} day.", caption="A firefighter works at the damaged grain terminal in Odesa / Photo: Reuters",
  related="Black Sea shipping: what is at stake for Ankara",
  basis="date header 'Monday, March 4, 2030' (the only date printed above the updates); '{s}' = GMT = UTC; local {d} in {z}",
  notes="Imitates a TRT World live blog page as HTML. One date header; stamps 'HHMM GMT' without a colon. The pinned lead (21:48, also the newest) has no ' \u2014 ' headline: its first paragraph opens with the bold stamp, so headline null and the lead sentence is first_sentence; the stamp paragraph counts as the first body paragraph. Cards below: h3 with a bold 'HHMM GMT \u2014' and the headline. A 'Read More' related-article box and 'More updates' sit after the lead; 'Loading...' marks embedded posts. The footer links to the previous day's blog. No bylines (author null). TRT spellings: T\u00fcrkiye, Zelenskyy.",
  not_entries=["site header and navigation", "breadcrumb 'Europe'", "h1 page title", "standfirst with the day count", "lead image caption and credit 'Reuters'",
               "date header 'Monday, March 4, 2030'", "'Read More' (twice) and the related link 'Black Sea shipping: what is at stake for Ankara'",
               "'More updates \U0001F447'", "'Loading...' embed placeholders", "footer link 'For our live updates from Sunday, March 3, click here.'",
               "newsletter box", "footer"],
  entries=[
  E("2030-03-04 21:48", None,
    ["T\u00fcrkiye will host a new round of technical talks on safe navigation in the Black Sea next week, Foreign Minister Hakan Fidan has said.",
     "Fidan said delegations from Ukraine and Russia had agreed to send naval and shipping officials to Istanbul, though not at the same table, and that Ankara would shuttle between them.",
     "\"Our aim is modest but concrete: that merchant ships and their crews are not targeted,\" he told reporters after a cabinet meeting."],
    "diplomacy", "diplomacy", 3, BSN, n="pinned lead without headline (ministerial mediation move)"),
  E("2030-03-04 19:05", "Russian missiles damage grain terminal in Odesa port",
    ["Two port workers were killed and five injured when Russian missiles struck a grain terminal in Odesa, the regional governor said.",
     "Silos holding about 6,000 tonnes of wheat destined for Egypt caught fire, and emergency crews needed several hours to bring the blaze under control.",
     "Ukraine's navy said the attack used Kh-22 cruise missiles fired from bombers over the Sea of Azov."],
    "strikes", "strikes", 3, "odesa-grain-terminal-strike-2030-03-04", embed=True),
  E("2030-03-04 17:22", "Ukraine and Moldova open first joint border checkpoint",
    ["Ukraine and Moldova opened their first jointly staffed border crossing near Palanca, allowing travellers to clear both countries' controls in a single stop.",
     "Officials in Chisinau said the checkpoint would also speed up lorries carrying Ukrainian grain towards the Romanian port of Constanta."],
    "diplomacy", "diplomacy", 2, "ukraine-moldova-joint-checkpoint-2030-03-04"),
  E("2030-03-04 15:40", "Russia claims capture of village near Kostiantynivka",
    ["Russia's Defence Ministry said its troops had taken control of a village south-east of Kostiantynivka in the Donetsk region.",
     "Ukraine's General Staff did not confirm the loss and said its forces had repelled 14 assaults in the area over the past day."],
    "other", "frontline", 2, "kostiantynivka-village-capture-claim-2030-03-04"),
  E("2030-03-04 13:18", "Kremlin says Putin has no plans to meet Zelenskyy soon",
    ["Kremlin spokesperson Dmitry Peskov said President Vladimir Putin had no plans to meet Ukraine's Volodymyr Zelenskyy \"in the foreseeable future\".",
     "Peskov said any meeting would have to \"finalise agreements, not start discussions\", repeating Moscow's long-held position."],
    "diplomacy", "diplomacy", 2, "kremlin-no-putin-zelenskyy-meeting-2030-03-04"),
  E("2030-03-04 10:55", "Belgium delivers first two F-16 jets to Ukraine",
    ["Belgium has handed over the first two of its promised F-16 fighter jets to Ukraine, Defence Minister Theo Francken announced.",
     "The aircraft were flown from a base in Denmark where Ukrainian pilots completed their final training, he said, adding that further jets would follow \"in the course of the year\"."],
    "aid", "aid", 3, "belgium-f16-delivery-2030-03-04"),
  E("2030-03-04 08:12", "Russian drone hits car in Kherson region, driver wounded",
    ["A Russian drone struck a civilian car in the village of Bilozerka in the Kherson region, wounding the 52-year-old driver, the regional administration said."],
    "strikes", "strikes", 2, "bilozerka-drone-car-2030-03-04", embed=True),
  E("2030-03-04 04:20", "Ukraine says it hit oil depot in Russia's Bryansk region",
    ["Ukraine's General Staff said its long-range drones had struck an oil depot in Russia's Bryansk region that supplies fuel to units fighting in the north.",
     "The regional governor said a fire broke out at an \"industrial facility\" after a drone attack but that no one was hurt."],
    "strikes", "strikes", 2, "bryansk-oil-depot-drone-strike-2030-03-04"),
  ]))


def r_euronews_rss(S):
    """Euronews section RSS 2.0 feed: channel with image and atom self link; items newest first with title, link, guid,
    one-paragraph description, pubDate with the Lyon offset (+0100 in March), category, optional dc:creator (person or
    'Euronews with AP' style desk credit), media:content with a media:description caption."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">',
           '<channel>', f'<title>{esc(S["title"])}</title>', '<link>https://www.euronews.com/news</link>',
           '<atom:link href="https://www.euronews.com/rss?level=vertical&amp;name=news" rel="self" type="application/rss+xml"/>',
           '<description>Latest news from Europe and the world, from Euronews</description>', '<language>en-GB</language>',
           '<copyright>Copyright Euronews</copyright>',
           f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z))}</lastBuildDate>',
           '<image><url>https://static.euronews.com/website/images/euronews-logo-main-blue-403x60.png</url><title>Euronews</title><link>https://www.euronews.com</link></image>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        url = f"https://www.euronews.com/{e.get('vert', 'my-europe' if e['cat'] == 'Europe' else 'world')}/{d:%Y/%m/%d}/{slugify(e['h'])}"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{url}</link>', f'<guid isPermaLink="false">{2604150 + i * 311}</guid>',
                f'<description>{esc(" ".join(e["p"]))}</description>', f'<pubDate>{st}</pubDate>', f'<category>{esc(e["cat"])}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out.append(f'<media:content url="https://static.euronews.com/articles/stories/0{8812300 + i * 47}/1200x675_cmsv2.jpg" medium="image" width="1200" height="675">'
                   f'<media:description>{esc(e["cap"])}</media:description></media:content>')
        out.append('</item>')
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="18102", name="18102_euronews-newsrss", ext="xml", source="Euronews", zone="Europe/Paris", render=r_euronews_rss,
  title="News | Euronews RSS",
  basis="RSS pubDate '{s}' with an explicit +0100 offset; local {d} in {z} = {u} UTC",
  notes="Imitates a Euronews section RSS feed (general news, not only the war). Each item: title, link, guid, one-paragraph description, pubDate with +0100, category, optional dc:creator, media:content with a caption. The war is four of seven items; two off-beat items (Alpine snow, Spanish farmers) and one security item. Authors: dc:creator as printed, including the desk credit 'Euronews with AP'; items without dc:creator have author null. The media:description captions are not body text.",
  not_entries=["channel title, description, copyright, image block", "media:description captions of each item's picture", "lastBuildDate"],
  entries=[
  E("2030-03-06 21:40", "EU to spend \u20ac1.4 billion from defence fund on air defence missiles for Ukraine",
    ["EU defence ministers agreed on Wednesday to spend \u20ac1.4 billion from a joint fund on interceptor missiles for Ukraine, the largest single purchase made through the instrument so far, with deliveries due to begin in the summer."],
    "aid", "aid", 3, "eu-defence-fund-air-defence-missiles-2030-03-06", a="Sandrine Moulard", cat="Europe",
    cap="A Ukrainian air defence unit on duty near Kyiv"),
  OFF("2030-03-06 19:15", "Heavy snow cuts power to thousands of homes in Alpine valleys",
    ["More than 40,000 homes in Austria's Tyrol and Switzerland's Graub\u00fcnden were without electricity on Wednesday evening after heavy snow brought down power lines, and avalanche warnings were raised to the second-highest level."],
    "alpine-snow-power-cuts-2030-03-06", a="Euronews with AP", n="weather", cat="Europe", vert="my-europe", cap="Snow ploughs on a road near Innsbruck"),
  E("2030-03-06 17:02", "Russian drone strike on Sumy bus stop kills three",
    ["Three people were killed and eleven wounded when a Russian drone hit a crowded bus stop in the north-eastern city of Sumy during the evening rush hour, local authorities said, adding that the dead included a 15-year-old girl."],
    "strikes", "strikes", 3, "sumy-bus-stop-drone-strike-2030-03-06", a="Euronews with AP", cat="World", cap="Emergency workers at the site of the strike in Sumy"),
  E("2030-03-06 14:30", "Hungary blocks joint EU statement on Ukraine's accession talks",
    ["Hungary has blocked a joint statement by EU foreign ministers welcoming progress in Ukraine's accession talks, forcing the bloc's top diplomat to issue the text in her own name on behalf of 26 member states."],
    "diplomacy", "diplomacy", 2, "hungary-blocks-eu-accession-statement-2030-03-06", a="Jorge Ala\u00f1\u00f3n", cat="Europe", cap="EU foreign ministers in Brussels"),
  OFF("2030-03-06 12:10", "Spanish farmers block motorways in protest over fuel prices",
    ["Hundreds of tractors blocked motorways around Zaragoza and Seville on Wednesday as Spanish farmers protested against diesel prices and new EU rules on pesticide use."],
    "spanish-farmers-fuel-protest-2030-03-06", n="domestic protest", cat="Europe", cap="Tractors on the A-2 motorway near Zaragoza"),
  E("2030-03-06 10:45", "Ukraine says 19 children brought back from occupied territories",
    ["Ukraine's human rights commissioner said 19 children taken to Russia or held in occupied areas had been returned to their families in a transfer arranged with help from Qatar, bringing the total brought back this year to 212."],
    "other", "humanitarian", 2, "children-returned-from-occupied-territories-2030-03-06", sec=["diplomacy"], a="Euronews with AP", cat="World",
    cap="A mother meets her son at the Ukrainian border"),
  E("2030-03-06 08:20", "Poland scrambles jets as Russia strikes western Ukraine overnight",
    ["Poland's operational command said it scrambled fighter jets and put ground-based air defences on alert overnight as Russia launched missiles and drones at targets in western Ukraine, close to the Polish border."],
    "other", "security", 2, "poland-scrambles-jets-2030-03-06", sec=["strikes"], a="Marta Zieli\u0144ska", cat="Europe", cap="A Polish F-16 at a base in Krzesiny"),
  ]))


def r_aljazeera_live(S):
    """Al Jazeera live page, text scrape. Skip links and navigation, 'Live' label, title, standfirst, 'By NAME and NAME',
    'Published On 8 Mar 2030' (date only, then the same date again from the hover element), 'Save articles...' line; posts newest
    first: a 'HH:MM GMT' line, headline, body, optional photo credit in square brackets, optional 'Play Video' line;
    'Source: Al Jazeera and news agencies' at the end. No per-post bylines."""
    z = S["zone"]; order_check(S, True)
    d0 = dt(S["entries"][0]["t"], z); ds = f"{d0.day} {MON3[d0.month - 1]} {d0.year}"
    L = ["Skip links", "Skip to Content", "Skip to Featured Content", "", "Navigation menu", "Al Jazeera",
         "News   Middle East   Explained   Opinion   Sport   Video   More", "", "Live", "Live", "", S["title"], S["standfirst"], "",
         f"By {S['byline']}", f"Published On {ds}", ds, "Save articles to read later and create your own reading list.", "",
         "Live updates", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} GMT"; stamps.append(st)
        L += [st, e["h"], ""]
        if e.get("video"):
            L += ["Play Video", ""]
        L += ptxt(e["p"])
        if e.get("credit"):
            L += [e["credit"], ""]
        if i == 2:
            L += ["Advertisement", ""]
    L += ["Source: Al Jazeera and news agencies", "", "Follow Al Jazeera English:", "", "About   Connect   Our Channels   Our Network",
          f"\u00a9 {d0.year} Al Jazeera Media Network"]
    return "\n".join(L) + "\n", stamps


SEEDS.append(dict(
  id="18103", name="18103_aljazeera-live", ext="txt", source="Al Jazeera", zone="UTC", render=r_aljazeera_live,
  title="Russia-Ukraine war live: Zelenskyy presses allies for more Patriot systems",
  standfirst="Ukraine's leader says at least 10 more batteries are needed to protect cities from Russian ballistic missiles.",
  byline="Linnea Farrow and Kamal Haddad",
  basis="'{s}' (GMT = UTC) under the page's only date line 'Published On 8 Mar 2030'; local {d} in {z}",
  notes="Imitates an Al Jazeera live page as copied from a browser. The page prints the date once ('Published On 8 Mar 2030', then '8 Mar 2030' again from the hover element); each post opens with a bare 'HH:MM GMT' line above its headline. Newest first. No per-post bylines: per the convention of eval/fw, the page byline 'Linnea Farrow and Kamal Haddad' (two names joined by 'and', kept as one string) is used as every post's author. One post is a video with no text ('Video: ...'). Photo credits in square brackets are not body paragraphs.",
  not_entries=["skip links and navigation", "'Live' labels", "page title and standfirst", "page byline line 'By Linnea Farrow and Kamal Haddad'",
               "'Published On 8 Mar 2030' and the repeated '8 Mar 2030'", "'Save articles to read later ...'", "'Live updates' header",
               "'Play Video' line", "photo credits in square brackets", "'Advertisement'", "'Source: Al Jazeera and news agencies'", "footer"],
  entries=[
  E("2030-03-08 21:15", "Zelenskyy says Ukraine needs at least 10 more Patriot batteries",
    ["Ukrainian President Volodymyr Zelenskyy has told allies that his country needs \u201cat least 10\u201d more Patriot air defence batteries to protect its cities from Russian ballistic missiles.",
     "\u201cEvery system that stands idle in a warehouse in Europe is a city left open in Ukraine,\u201d he said in his nightly video address.",
     "Only Washington and a handful of European governments operate the system, and several have said they cannot give up more without weakening their own defences."],
    "aid", "aid", 2, "zelenskyy-patriot-appeal-2030-03-08", a="Linnea Farrow and Kamal Haddad",
    credit="[Ukrainian Presidential Press Service/Handout via Reuters]"),
  E("2030-03-08 19:40", "Russian attack on Kharkiv wounds 14, including children",
    ["At least 14 people, three of them children, were wounded when Russian guided bombs hit a residential area of Kharkiv, Governor Oleh Syniehubov said.",
     "The strike damaged a kindergarten, a pharmacy and several apartment blocks in the city's Saltivskyi district."],
    "strikes", "strikes", 2, "kharkiv-guided-bomb-attack-2030-03-08", a="Linnea Farrow and Kamal Haddad"),
  E("2030-03-08 17:05", "Moscow court jails US citizen for 12 years over fighting for Ukraine",
    ["A Moscow court has sentenced a 41-year-old American to 12 years in a maximum-security colony after finding him guilty of fighting as a \u201cmercenary\u201d for Ukraine.",
     "The man, who was captured in the Kursk region, pleaded not guilty, and the US embassy said it was seeking consular access."],
    "other", "security", 2, "moscow-court-jails-american-mercenary-2030-03-08", a="Linnea Farrow and Kamal Haddad"),
  E("2030-03-08 15:30", "Video: Ukrainian women train as drone operators on International Women\u2019s Day", [],
    "other", "frontline", 1, "ukrainian-women-drone-operators-video-2030-03-08", a="Linnea Farrow and Kamal Haddad", video=True,
    n="video-only post (teaser without text)"),
  E("2030-03-08 13:20", "UN says civilian casualties in Ukraine rose in February",
    ["At least 168 civilians were killed and 702 wounded in Ukraine in February, the UN human rights monitoring mission said, an increase of nearly a fifth on January.",
     "The mission said most of the casualties were caused by long-range missiles and glide bombs hitting cities well away from the front line.",
     "Russia denies targeting civilians."],
    "other", "humanitarian", 2, "un-civilian-casualties-february-2030-03-08", sec=["strikes"], a="Linnea Farrow and Kamal Haddad"),
  E("2030-03-08 11:00", "Ukraine and Romania sign deal to build drones together",
    ["Ukraine and Romania have signed an agreement to jointly produce long-range drones at a plant in eastern Romania, the two countries' defence ministries said.",
     "The first drones are due to leave the production line before the end of the year, with Bucharest financing the first 500 units for Ukraine."],
    "aid", "aid", 2, "ukraine-romania-drone-production-deal-2030-03-08", sec=["diplomacy"], a="Linnea Farrow and Kamal Haddad"),
  E("2030-03-08 08:45", "Russia says it downed 47 Ukrainian drones over border regions",
    ["Russia's Defence Ministry said its air defences destroyed 47 Ukrainian drones overnight over the Belgorod, Kursk and Bryansk regions.",
     "Flights at two Moscow airports were briefly suspended as a precaution, Russia's aviation authority said."],
    "strikes", "strikes", 2, "russia-downs-47-ukrainian-drones-2030-03-08", a="Linnea Farrow and Kamal Haddad",
    credit="[File: Sputnik via AP Photo]"),
  ]))


def r_guardian(S):
    """The Guardian live blog, HTML. LiveBlogPosting JSON-LD whose liveBlogUpdate items carry the PAGE's headline and
    datePublished (as the real site does), so per-block time and title come only from the HTML. Header: series 'Russia-Ukraine
    war', h1, standfirst bullets, byline '... (now) and ... (earlier)', dateline 'Mon 11 Mar 2030 16.48 GMT'; 'Key events' list
    linking to blocks; blocks newest first: <time datetime> '14.38 GMT', optional h2, contributor name, paragraphs, share links."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["first"], z); last = dt(S["entries"][0]["t"], z)
    gdate = lambda d: f"{d:%a} {d.day} {MON3[d.month - 1]} {d.year} {d:%H.%M} GMT"
    url = S["url"]
    ups = [{"@type": "BlogPosting", "@id": f"{url}#block-{e['bid']}", "headline": S["title"], "datePublished": iso_z(first),
            "dateModified": iso_z(last), "articleBody": " ".join(e["p"])[:1000] if e["p"] else "",
            "author": [{"@type": "Person", "name": S["byline_names"][0]}, {"@type": "Person", "name": S["byline_names"][1]}]}
           for e in S["entries"]]
    ld = [{"@context": "https://schema.org", "@type": "NewsArticle", "@id": url, "publisher": {"@type": "Organization", "name": "The Guardian"},
           "headline": S["title"], "datePublished": iso_z(first), "dateModified": iso_z(last), "mainEntityOfPage": url},
          {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": url, "headline": S["title"], "datePublished": iso_z(first),
           "dateModified": iso_z(last), "coverageStartTime": iso_z(first), "coverageEndTime": iso_z(last + timedelta(hours=12)),
           "author": [{"@type": "Person", "name": n, "sameAs": f"https://www.theguardian.com/profile/{slugify(n)}"} for n in S["byline_names"]],
           "liveBlogUpdate": ups}]
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Ukraine | The Guardian</title>',
           f'<link rel="canonical" href="{url}">', '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<a class="skip" href="#maincontent">Skip to main content</a>',
           '<div class="support-banner">Support the Guardian <a href="/contribute">Fund independent journalism with \u00a35 per month</a></div>',
           '<header><a href="/">The Guardian - Back to home</a><nav><a href="/">News</a> <a href="/commentisfree">Opinion</a> <a href="/sport">Sport</a> '
           '<a href="/culture">Culture</a> <a href="/lifeandstyle">Lifestyle</a></nav>'
           '<nav class="sub"><a href="/world">World</a> <a href="/world/europe-news">Europe</a> <a href="/us-news">US</a> <a href="/world/americas">Americas</a></nav></header>',
           '<main id="maincontent"><div class="series"><a href="/world/ukraine">Russia-Ukraine war</a></div><span class="live-badge">LIVE</span>',
           f'<h1>{esc(S["title"])}</h1>', '<div class="standfirst"><ul>' + "".join(f"<li>{esc(b)}</li>" for b in S["standfirst"]) + '</ul></div>',
           f'<address>{esc(S["byline"])}</address>', f'<div class="dateline"><time datetime="{iso_z(last)}">{gdate(last)}</time></div>',
           '<div class="key-events"><h2>Key events</h2><ul>']
    for e in S["entries"]:
        if e.get("key"):
            d = dt(e["t"], z)
            out.append(f'<li><a href="#block-{e["bid"]}"><time datetime="{iso_z(d)}">{d:%H.%M} GMT</time> <span>{esc(e["h"])}</span></a></li>')
    out += ['</ul><button>Show key events only</button> <span>Please turn on JavaScript to use this feature</span></div>', '<div class="live-feed">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H.%M} GMT"; stamps.append(st)
        out.append(f'<article class="block" id="block-{e["bid"]}"><header><a href="#block-{e["bid"]}"><time datetime="{d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")}">{st}</time></a>'
                   + (' <span class="key-event-label">Key event</span>' if e.get("key") else '') + '</header>')
        if e["h"]:
            out.append(f'<h2>{esc(e["h"])}</h2>')
        out.append(f'<div class="contributor">{esc(e["a"])}</div>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e.get("upd"):
            out.append(f'<p class="updated">Updated at {e["upd"]} GMT</p>')
        out.append('<footer><a>Share</a> <a href="https://www.facebook.com/">Share on Facebook</a> <a href="https://twitter.com/">Share on Twitter</a></footer></article>')
    out += ['</div>', '<div class="pagination"><a>Newest</a> <a>Previous</a> <span>1 of 3</span> <a>Next</a> <a>Oldest</a></div>',
            f'<p class="first-published">First published on {gdate(first)}</p>',
            '<div class="epic"><p>\u2026 there is a good reason why people around the world turn to the Guardian: our reporting is free to read and funded by our readers.</p>'
            '<a>Support us</a></div>', '<div class="tags"><a href="/world/ukraine">Ukraine</a> <a href="/world/russia">Russia</a> '
            '<a href="/world/europe-news">Europe</a> <a href="/world/volodymyr-zelenskiy">Volodymyr Zelenskyy</a></div>',
            '<a>Reuse this content</a></main>', f'<footer>\u00a9 {last.year} Guardian News &amp; Media Limited or its affiliated companies. All rights reserved.</footer></body></html>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="18104", name="18104_guardian-liveblog", ext="html", source="The Guardian", zone="Europe/London", render=r_guardian,
  title="Russia-Ukraine war live: two killed as shelling hits Kherson market; Zelenskyy and Macron discuss reassurance force",
  url="https://www.theguardian.com/world/live/2030/mar/11/russia-ukraine-war-live-kherson-market-shelling-zelenskyy-macron",
  first="2030-03-11 07:02", byline="Rhiannon Vale (now) and Petra Osei (earlier)", byline_names=["Rhiannon Vale", "Petra Osei"],
  standfirst=["Shells hit a covered market in central Kherson on Monday afternoon",
              "The Netherlands to fund \u20ac300m of artillery ammunition",
              "Ukraine's parliament extends martial law for another 90 days"],
  basis="block time '{s}' (the <time datetime> attribute agrees) under the dateline 'Mon 11 Mar 2030 ...'; UK local time = GMT = UTC in March before the clock change; local {d} in {z}. The JSON-LD liveBlogUpdate dates are the page's own first-published time for every block and are not used.",
  notes="Imitates a Guardian live blog as HTML. JSON-LD: a NewsArticle and a LiveBlogPosting whose liveBlogUpdate items all carry the page headline and the page's datePublished (07:02), as on the real site, so per-block titles and times come from the HTML blocks only. Visible: series kicker, h1, standfirst bullets, byline 'Rhiannon Vale (now) and Petra Osei (earlier)', dateline 'Mon 11 Mar 2030 16.48 GMT', a 'Key events' list (two links, repeating two block headlines with their times), then blocks newest first with '14.38 GMT' (dot separator) in <time datetime>, an optional h2, a contributor name (used as author), paragraphs and share links. Three blocks have no headline (headline null, first sentence from the body). 'Key events' is the Guardian's own label and is not a 'Key Points' block, so key_point is false throughout; the key events are rated on their merits. One block carries an 'Updated at ...' line (not a paragraph).",
  not_entries=["JSON-LD (update dates are the page's, not the blocks')", "skip link, support banner, navigation", "series kicker 'Russia-Ukraine war' and 'LIVE' badge",
               "h1 title and three standfirst bullets", "byline 'Rhiannon Vale (now) and Petra Osei (earlier)'", "dateline 'Mon 11 Mar 2030 16.48 GMT'",
               "'Key events' list (links to blocks 18104-01 and 18104-03, not separate entries)", "'Show key events only' and the JavaScript notice",
               "'Key event' labels on blocks", "'Updated at 14.55 GMT' line", "share links on every block", "pagination 'Newest Previous 1 of 3 Next Oldest'",
               "'First published on Mon 11 Mar 2030 07.02 GMT'", "reader-funding epic", "tags", "'Reuse this content'", "footer"],
  entries=[
  E("2030-03-11 16:48", "Zelenskyy and Macron discuss European 'reassurance force'",
    ["Volodymyr Zelenskyy says he spoke with Emmanuel Macron for almost an hour about the European force that France and Britain have proposed to station in Ukraine once a ceasefire is in place.",
     "\u201cWe went through the numbers, the locations and, most importantly, the guarantees behind them,\u201d Zelenskyy wrote on Telegram, adding that military planners from both countries would meet in Paris next week.",
     "The Kremlin has repeatedly said it would regard any European troops in Ukraine as a legitimate target."],
    "diplomacy", "diplomacy", 3, "zelenskyy-macron-reassurance-force-call-2030-03-11", a="Rhiannon Vale", bid="65ef2a118f08c2d1e4a77b19", key=True,
    n="listed under the Guardian's 'Key events' (not a Key Points block)"),
  E("2030-03-11 15:55", None,
    ["Russia's foreign ministry has summoned Finland's ambassador in Moscow to protest against what it called the \u201cmilitarisation\u201d of the shared border, Russian state news agencies report.",
     "Helsinki said last week that it would build three new army bases within 150km of the frontier."],
    "diplomacy", "diplomacy", 2, "russia-summons-finnish-ambassador-2030-03-11", a="Rhiannon Vale", bid="65ef1d7c8f08b6a99e0f3c42"),
  E("2030-03-11 14:38", "Two killed as Russian shelling hits covered market in Kherson",
    ["Two people were killed and at least eight wounded when Russian artillery hit a covered market in central Kherson on Monday afternoon, the head of the city's military administration said.",
     "Video posted by local officials showed stalls on fire and a collapsed section of the market's roof.",
     "Kherson, which Ukrainian forces retook in November 2022, is shelled almost daily from Russian positions on the left bank of the Dnipro River."],
    "strikes", "strikes", 3, "kherson-market-shelling-2030-03-11", a="Rhiannon Vale", bid="65ef0c2a8f08a41f33d1e6a0", key=True, upd="14.55",
    n="listed under the Guardian's 'Key events' (not a Key Points block)"),
  E("2030-03-11 13:20", None,
    ["The Netherlands will pay for \u20ac300m of artillery ammunition for Ukraine, sourced from outside Europe through the Czech-led procurement scheme, the Dutch defence ministry has said.",
     "The purchase covers about 120,000 rounds of 155mm and 122mm shells, it said, with the first batch arriving within weeks."],
    "aid", "aid", 3, "netherlands-ammunition-funding-2030-03-11", a="Petra Osei", bid="65eef9d18f08c0b7a2c5d811"),
  E("2030-03-11 11:47", "Russian forces edging forward near Huliaipole, says US thinktank",
    ["Russian troops have made small but confirmed advances north-west of Huliaipole in the Zaporizhzhia region, the Institute for the Study of War says in its latest assessment.",
     "The Washington-based thinktank said geolocated footage showed Russian units in two villages that Ukraine's military had described as contested."],
    "other", "frontline", 2, "huliaipole-russian-advance-isw-2030-03-11", a="Petra Osei", bid="65eee4b08f08d3e55c1a90f7"),
  E("2030-03-11 10:05", None,
    ["Ukraine's parliament has voted to extend martial law and general mobilisation for another 90 days, the 20th such extension since February 2022.",
     "The measure passed with 318 votes in favour, according to an MP who posted the result on Telegram."],
    "other", "politics", 2, "ukraine-martial-law-extension-2030-03-11", a="Petra Osei", bid="65eed2f38f08a0c6b84e2d55"),
  E("2030-03-11 08:30", "Overnight drone attack on Kyiv injures five",
    ["Five people were injured in Kyiv overnight as Russia attacked the capital with drones for the third night in a row, the city's military administration said.",
     "Debris fell on a petrol station in the Sviatoshynskyi district and on a high-rise in Obolon, starting fires that were quickly put out."],
    "strikes", "strikes", 2, "kyiv-overnight-drone-attack-2030-03-11", a="Petra Osei", bid="65eec0ab8f08b9d4f67e1b02"),
  ]))


def r_bbc_live(S):
    """BBC News live page, text scrape (2024-style). Skip link, masthead navigation, 'Live' label, title, 'Summary' bullets,
    'Edited by NAME', then posts newest first: 'HH:MM GMT' line, headline, optional correspondent name + role lines, optional
    'Image source, ...' / 'Image caption, ...' lines, body, and the share widget text ('Share', 'close panel', ...).
    The page prints no calendar date at all (only times); the footer prints the copyright year."""
    z = S["zone"]; order_check(S, True)
    d0 = dt(S["entries"][0]["t"], z)
    share = ["Share", "close panel", "Share page", "Copy link", "About sharing", ""]
    L = ["Skip to content", "British Broadcasting Corporation", "", "Home   News   Sport   Business   Innovation   Culture   Arts   Travel   Earth   Audio   Video   Live",
         "", "Live", S["title"], "", "Summary", ""] + [f"\u2022 {b}" for b in S["summary"]] + ["", f"Edited by {S['editor']}", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} GMT"; stamps.append(st)
        L += [st, "", e["h"], ""]
        if e["a"]:
            L += [e["a"], e["role"], ""]
        if e.get("video"):
            L += ["Media caption,", e["video"], ""]
        if e.get("img"):
            L += [f"Image source, {e['img'][0]}", f"Image caption, {e['img'][1]}", ""]
        L += ptxt(e["p"]) + share
    L += ["Back to top", "", "Home   News   Sport   Business   Innovation   Culture   Arts   Travel   Earth   Audio   Video   Live   Weather   BBC Shop",
          "Terms of Use   About the BBC   Privacy Policy   Cookies   Accessibility Help   Contact the BBC",
          f"Copyright {d0.year} BBC. All rights reserved.  The BBC is not responsible for the content of external sites. Read about our approach to external linking."]
    return "\n".join(L) + "\n", stamps


ZSUB = "zaporizhzhia-substation-strike-2030-03-13"
SEEDS.append(dict(
  id="18105", name="18105_bbcnews-live", ext="txt", source="BBC News", zone="Europe/London", render=r_bbc_live,
  parse_args=["--date", "2030-03-13"],
  title="Russia and Ukraine hand over remains of fallen soldiers as strikes hit power grid",
  summary=["Russia and Ukraine have exchanged the bodies of 1,000 soldiers, Ukrainian officials say",
           "A Russian missile strike on a port in the Odesa region kills one worker",
           "About 120,000 homes in Zaporizhzhia are left without power after a substation is hit",
           "The UK says it will train another 3,000 Ukrainian troops this year"],
  editor="Niamh Corrigan",
  basis="bare '{s}' post time; the page prints no date at all (only times and the footer's copyright year), so the day comes from parse_args --date 2030-03-13; UK local time = GMT = UTC; local {d} in {z}",
  notes="Imitates a BBC News live page as copied from a browser. No calendar date is printed anywhere (only 'HH:MM GMT' post times and a copyright year in the footer), so the gold carries parse_args ['--date', '2030-03-13']. 'Summary' is the BBC's own bullet list, not a 'Key Points' block: key_point false everywhere. Posts newest first: time line, headline, optional correspondent name and role (author = the name; 'Edited by' names the page editor and is not an author), optional 'Image source, ...' / 'Image caption, ...' and 'Media caption,' lines (not paragraphs), body, then the share widget text. One post is a video with no text ('Watch: ...').",
  not_entries=["skip link, masthead and navigation", "'Live' label and page title", "'Summary' and its four bullets", "'Edited by Niamh Corrigan'",
               "correspondent role lines ('Reporting from Kyiv', 'Defence correspondent')", "'Image source, ...' / 'Image caption, ...' lines",
               "'Media caption,' line and the video caption", "share widget text after every post ('Share', 'close panel', 'Share page', 'Copy link', 'About sharing')",
               "'Back to top'", "footer links and copyright line"],
  entries=[
  E("2030-03-13 18:20", "Russia and Ukraine exchange bodies of 1,000 fallen soldiers",
    ["Ukraine has received the bodies of 1,000 soldiers from Russia and handed back 43, the government's co-ordination headquarters for prisoners of war says.",
     "The headquarters thanked the International Committee of the Red Cross for its role in arranging the handover, which took place on the border with Belarus.",
     "Families are being asked to provide DNA samples so that the remains can be identified."],
    "diplomacy", "diplomacy", 3, "repatriation-of-soldiers-bodies-2030-03-13",
    n="mediated handover of remains (diplomacy, like an exchange); the page's title story and first Summary bullet, rated 3 on its merits (the BBC 'Summary' is not a Key Points block)"),
  E("2030-03-13 17:05", "Watch: Drone footage shows damaged substation in Zaporizhzhia", [],
    "strikes", "strikes", 1, ZSUB, video="Drone footage shows a burnt-out transformer hall", n="video-only post (teaser without text)"),
  E("2030-03-13 15:42", "Substation strike cuts power to 120,000 homes in Zaporizhzhia",
    ["About 120,000 households in Zaporizhzhia have been left without electricity after a Russian missile hit one of the city's main substations, regional governor Ivan Fedorov says.",
     "Nobody was hurt, he adds, but repairs could take several days and mobile heating points have been opened in schools.",
     "Ukraine's grid operator has introduced hourly power cuts in the region to reduce the load on the remaining lines."],
    "strikes", "strikes", 2, ZSUB, img=("Zaporizhzhia regional administration", "The transformer hall was gutted by fire")),
  E("2030-03-13 14:10", "Kyiv's drones reach ever deeper into Russia",
    ["Ukraine's drone makers are now turning out aircraft that can fly more than 1,500km, and the results are visible on the map.",
     "In the past month alone, Ukrainian drones have hit refineries and airfields in regions that Moscow once considered beyond reach, forcing Russia to move air defence units away from the front.",
     "Ukrainian officials I spoke to say the aim is less to cause damage than to make the war felt by Russians who have so far been shielded from it."],
    "strikes", "strikes", 2, "analysis-ukraine-long-range-drones-2030-03-13", a="Owen Trask", role="Reporting from Kyiv",
    n="correspondent's analysis post (theme piece, own story)"),
  E("2030-03-13 12:30", "UK to train another 3,000 Ukrainian troops this year",
    ["The UK will train a further 3,000 Ukrainian soldiers in 2030, the Ministry of Defence has announced, extending a programme that has already taken in more than 60,000 recruits.",
     "The new courses will focus on drone warfare and the defence of fortified positions, the ministry says."],
    "aid", "aid", 2, "uk-training-3000-ukrainian-troops-2030-03-13", a="Jonah Pellow", role="Defence correspondent"),
  E("2030-03-13 10:55", "Estonia charges man with spying for Russian military intelligence",
    ["Prosecutors in Estonia have charged a 58-year-old man with passing information about NATO troop movements to Russia's military intelligence service, the GRU.",
     "The man, a former railway worker, is accused of photographing trains carrying allied equipment through the town of Tapa."],
    "other", "security", 2, "estonia-spy-charge-2030-03-13"),
  E("2030-03-13 09:15", "One killed as Russian missile hits port in Odesa region",
    ["A worker has been killed and three others injured after a Russian missile hit port infrastructure in the Odesa region overnight, the regional governor says.",
     "A warehouse and two lorries were destroyed, he adds, without naming the port for security reasons."],
    "strikes", "strikes", 3, "odesa-region-port-missile-strike-2030-03-13", img=("Odesa regional administration", "Firefighters at the damaged warehouse")),
  ]))


def r_reuters(S):
    """Reuters 'Europe' section page, HTML. LSEG banner, header, section heading; story cards newest first: kicker link,
    h3 headline link, one-paragraph description, <time datetime="...Z"> with visible 'March 15, 2030 2:34 PM UTC'; the first
    card is the larger hero card; advertisement slots between cards. No bylines on section cards."""
    z = S["zone"]; order_check(S, True)
    base = "https://www.reuters.com"
    ld = {"@context": "https://schema.org", "@type": "CollectionPage", "name": S["doc_title"], "url": f"{base}/world/europe/",
          "publisher": {"@type": "Organization", "name": "Reuters", "logo": {"@type": "ImageObject", "url": f"{base}/pf/resources/images/reuters/logo-vertical-default-512x512.png"}}}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["doc_title"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld) + '</script></head><body>',
           '<a href="#main-content" class="skip">Skip to main content</a>',
           '<div class="lseg-banner">Exclusive news, data and analytics for financial market professionals <a href="https://www.lseg.com/">Learn more about LSEG</a></div>',
           '<header><a class="logo" href="/">Reuters</a><nav><a href="/world/">World</a> <a href="/business/">Business</a> <a href="/markets/">Markets</a> '
           '<a href="/sustainability/">Sustainability</a> <a href="/legal/">Legal</a> <a href="/breakingviews/">Breakingviews</a> <a href="/technology/">Technology</a> '
           '<a href="/investigates/">Investigations</a> <a href="/world/">More</a></nav><a href="/myview/">My News</a> <a href="/account/sign-in/">Sign In</a> '
           '<a href="/account/register/">Register</a></header>',
           f'<main id="main-content"><h1 class="section-title">{esc(S["title"])}</h1>',
           '<nav class="subnav"><a href="/world/africa/">Africa</a> <a href="/world/americas/">Americas</a> <a href="/world/asia-pacific/">Asia Pacific</a> '
           '<a href="/world/china/">China</a> <a href="/world/europe/">Europe</a> <a href="/world/middle-east/">Middle East</a> <a href="/world/uk/">United Kingdom</a> '
           '<a href="/world/us/">United States</a> <a href="/world/ukraine-russia-war/">Ukraine and Russia at War</a></nav>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MONTHS[d.month - 1]} {d.day}, {d.year} {h12(d)} UTC"; stamps.append(st)
        url = f"{base}/world/{e.get('path', 'europe')}/{slugify(e['h'])}-{d:%Y-%m-%d}/"
        cls = "story-card hero" if i == 0 else "story-card"
        out.append(f'<div class="{cls}"><a class="kicker" href="/world/{e.get("path", "europe")}/">{esc(e["kick"])}</a>'
                   f'<h3><a href="{url}" data-testid="Heading">{esc(e["h"])}</a></h3>'
                   + "".join(f'<p class="description" data-testid="Description">{esc(p)}</p>' for p in e["p"])
                   + f'<time datetime="{d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")}" data-testid="Label">{st}</time></div>')
        if i in (2, 5):
            out.append('<div class="ad-slot"><span>Advertisement \u00b7 Scroll to continue</span><span>Report This Ad</span></div>')
    out += ['<button>Load more articles</button></main>',
            '<footer><p>Latest   Home   Authors   Topic Sitemap   Archive   Article Sitemap</p><p>Browse   World   Business   Markets   Sustainability   Legal</p>'
            '<p>All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.</p>'
            f'<p>\u00a9 {dt(S["entries"][0]["t"], z).year} Reuters. All rights reserved</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="18106", name="18106_reuters-europe", ext="html", source="Reuters", zone="UTC", render=r_reuters,
  title="Europe", doc_title="Europe News | Today's Latest Stories | Reuters",
  basis="card time '{s}' (explicit date, 12-hour clock and UTC; the <time datetime> attribute agrees); local {d} in {z}",
  notes="Imitates the Reuters 'Europe' section page as HTML: LSEG banner, header, section heading 'Europe' and sub-navigation, then story cards newest first (kicker link, h3 headline link, one-paragraph description, <time datetime='...Z'> with visible 'March 15, 2030 2:34 PM UTC'). The first card is the hero. Two advertisement slots. Section cards carry no bylines, so author null. Two cards are not about the war (German pensions, Schiphol) and one is a tariff story on Russian fertiliser (sanctions: diplomacy).",
  not_entries=["skip link, LSEG banner, header, 'My News', 'Sign In', 'Register'", "section heading 'Europe' and sub-navigation", "kicker links on each card",
               "advertisement slots 'Advertisement \u00b7 Scroll to continue' / 'Report This Ad'", "'Load more articles'", "footer and quotes-delay notice"],
  entries=[
  E("2030-03-15 21:47", "Russia says it foiled Ukrainian plot to blow up Crimean bridge",
    ["Russia's FSB security service said on Friday it had detained two men who planned to drive a lorry packed with explosives onto the Crimean bridge, and accused Ukraine's military intelligence of organising the plot. Kyiv did not immediately comment."],
    "other", "security", 2, "fsb-crimean-bridge-plot-claim-2030-03-15", kick="Europe"),
  E("2030-03-15 19:30", "EU weighs tariffs on Russian fertiliser as imports rebound, sources say",
    ["The European Commission is preparing to propose steep tariffs on fertiliser from Russia and Belarus after imports rose by a third last year, three EU sources told Reuters, in a move aimed at cutting revenue that Moscow uses to fund the war."],
    "diplomacy", "diplomacy", 2, "eu-tariffs-russian-fertiliser-2030-03-15", kick="Europe"),
  E("2030-03-15 17:12", "Russian missile strike on Poltava kills four, governor says",
    ["A Russian ballistic missile hit an industrial area of the central Ukrainian city of Poltava on Friday, killing four people and wounding 17, the regional governor said, in the deadliest attack on the city this year."],
    "strikes", "strikes", 3, "poltava-missile-strike-2030-03-15", kick="Ukraine and Russia at War", path="ukraine-russia-war"),
  E("2030-03-15 15:05", "Japan to lend Ukraine $800 million backed by frozen Russian assets",
    ["Japan will lend Ukraine $800 million to be repaid from the windfall profits of immobilised Russian central bank assets, the finance ministry in Tokyo said on Friday, as part of a wider Group of Seven lending scheme."],
    "aid", "aid", 3, "japan-loan-frozen-assets-2030-03-15", kick="Asia Pacific", path="asia-pacific"),
  OFF("2030-03-15 12:40", "German coalition agrees pension overhaul after months of wrangling",
    ["Germany's governing parties agreed on Friday to raise the retirement age gradually to 68 and to invest part of the state pension reserve in equities, ending a dispute that had threatened the coalition."],
    "german-pension-reform-2030-03-15", n="German domestic politics", kick="Europe"),
  OFF("2030-03-15 10:15", "Dutch court blocks expansion of flights at Schiphol",
    ["A Dutch court on Friday annulled a government decision allowing more night flights at Amsterdam's Schiphol airport, ruling that the effect of noise on nearby residents had not been properly assessed."],
    "schiphol-flights-court-ruling-2030-03-15", n="transport / courts", kick="Europe"),
  E("2030-03-15 08:02", "Ukrainian drones hit Russian refinery in Rostov region, source says",
    ["Ukrainian drones struck the Novoshakhtinsk oil refinery in Russia's Rostov region overnight, causing a fire at a primary processing unit, a source in Ukraine's SBU security service told Reuters."],
    "strikes", "strikes", 2, "novoshakhtinsk-refinery-drone-strike-2030-03-15", kick="Ukraine and Russia at War", path="ukraine-russia-war"),
  ]))


def r_ap_live(S):
    """AP News live page, HTML. LiveBlogPosting JSON-LD with per-update datePublished (UTC). Header 'Updated 7:50 PM EDT,
    March 12, 2030'; posts newest first: h2 headline, <bsp-timestamp data-timestamp="epoch ms"> with visible '7:50 PM EDT',
    optional 'By NAME', body paragraphs, share menu; photo-only posts carry a gallery and no text."""
    z = S["zone"]; order_check(S, True)
    url = S["url"]; first = dt(S["start"], z); last = dt(S["entries"][0]["t"], z)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "headline": e["h"], "url": f"{url}#{e['pid']}", "datePublished": iso_z(d), "dateModified": iso_z(d)}
        if e["p"]:
            u["articleBody"] = " ".join(e["p"])
        if e["a"]:
            u["author"] = [{"@type": "Person", "name": e["a"]}]
        ups.append(u)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "url": url, "headline": S["title"], "description": S["standfirst"],
          "datePublished": iso_z(first), "dateModified": iso_z(last), "coverageStartTime": iso_z(first),
          "publisher": {"@type": "Organization", "name": "AP News"}, "liveBlogUpdate": ups}
    upd = f"Updated {h12(last)} {last.tzname()}, {MONTHS[last.month - 1]} {last.day}, {last.year}"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="UTF-8">', f'<title>{esc(S["title"])} | AP News</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body class="LiveBlogPage">',
           '<header class="Page-header"><a class="Page-header-logo" href="/">AP</a><nav><a href="/world-news">World</a> <a href="/us-news">U.S.</a> '
           '<a href="/politics">Politics</a> <a href="/sports">Sports</a> <a href="/entertainment">Entertainment</a> <a href="/business">Business</a> '
           '<a href="/science">Science</a> <a href="/fact-check">Fact Check</a> <a href="/oddities">Oddities</a></nav>'
           '<a class="donate" href="/donate">Support independent, fact-based journalism. Donate</a><a href="/newsletters">Newsletters</a></header>',
           f'<main><div class="LiveBlogPage-label">LIVE</div><h1 class="Page-headline">{esc(S["title"])}</h1>',
           f'<div class="Page-dateModified"><bsp-timestamp data-timestamp="{int(last.timestamp() * 1000)}"><span>{upd}</span></bsp-timestamp></div>',
           f'<p class="LiveBlogPage-description">{esc(S["standfirst"])}</p>',
           '<div class="Page-actions"><a>Share</a> <a>Copy</a> <a>Link copied</a> <a>Email</a> <a>Facebook</a> <a>X</a> <a>LinkedIn</a></div>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{h12(d)} {d.tzname()}"; stamps.append(st)
        out.append(f'<div class="LiveBlogPost" id="{e["pid"]}"><h2 class="LiveBlogPost-headline">{esc(e["h"])}</h2>'
                   f'<bsp-timestamp data-timestamp="{int(d.timestamp() * 1000)}"><span class="LiveBlogPost-timestamp">{st}</span></bsp-timestamp>')
        if e["a"]:
            out.append(f'<div class="LiveBlogPost-byline">By {esc(e["a"])}</div>')
        if e.get("gallery"):
            out.append(f'<div class="Carousel"><span class="Carousel-count">1 of {e["gallery"]}</span><span class="Carousel-caption">{esc(e["cap"])} (AP Photo)</span></div>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<div class="LiveBlogPost-actions"><a>Share</a> <a>Copy link</a></div></div>')
        if i == 2:
            out.append('<div class="Advertisement">ADVERTISEMENT</div>')
    out += ['</main>', '<footer><p>AP News   About   Contact Us   Accessibility Statement   Terms of Use   Privacy Policy   Cookie Settings</p>'
            f'<p>Copyright {last.year} The Associated Press. All Rights Reserved.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="18107", name="18107_apnews-live", ext="html", source="AP News", zone="America/New_York", render=r_ap_live,
  title="Live updates: Zelenskyy lobbies senators as Ukraine aid bill clears key committee",
  standfirst="Ukraine\u2019s president spent the day on Capitol Hill as a Senate panel voted on $24 billion in new military and economic aid.",
  url="https://apnews.com/live/russia-ukraine-war-zelenskyy-congress-3-12-2030", start="2030-03-12 05:30",
  basis="post time '{s}' under the header 'Updated ... March 12, 2030' (EDT = UTC-4 since the US clock change on 10 March; the data-timestamp epoch and the JSON-LD agree); local {d} in {z} = {u} UTC",
  notes="Imitates an AP News live page as HTML. JSON-LD LiveBlogPosting with per-update datePublished in UTC (consistent with the visible times). Header: 'LIVE', h1, 'Updated 7:50 PM EDT, March 12, 2030' (the date is printed only there), standfirst, share row. Posts newest first: h2 headline, <bsp-timestamp data-timestamp> with visible '7:50 PM EDT', optional 'By NAME', paragraphs. US daylight saving time began on Sunday 10 March 2030, so EDT = UTC-4 (a parser assuming EST would be an hour off). The newest post, 7:50 PM EDT, is 23:50 UTC, still on 12 March. One photo-gallery post has no text ('Photos: ...').",
  not_entries=["JSON-LD", "header, navigation, donate and newsletter links", "'LIVE' label, h1 and standfirst", "'Updated 7:50 PM EDT, March 12, 2030' header line",
               "share rows (page and post level)", "gallery counter and photo caption in the photo post", "'ADVERTISEMENT'", "footer"],
  entries=[
  E("2030-03-12 19:50", "Senate committee advances $24 billion Ukraine aid package",
    ["The Senate Appropriations Committee voted 21-8 on Tuesday evening to advance a $24 billion package of military and economic aid for Ukraine, sending the bill to the full Senate.",
     "About two-thirds of the money would replenish U.S. weapons stocks sent to Kyiv, with the rest going to budget support and energy repairs.",
     "Senate leaders have not said when a floor vote could take place."],
    "aid", "aid", 3, "senate-committee-ukraine-aid-bill-2030-03-12", a="Samuel Ortega", pid="00000198-2c3e-d1a4-a7fb-7efe5b1c0001"),
  E("2030-03-12 17:32", "Zelenskyy meets Senate leaders on Capitol Hill",
    ["Ukrainian President Volodymyr Zelenskyy met the Senate\u2019s Republican and Democratic leaders behind closed doors for about an hour on Tuesday afternoon.",
     "\u201cWe are not asking anyone to fight for us. We are asking for the tools,\u201d Zelenskyy told reporters as he left the meeting."],
    "diplomacy", "diplomacy", 3, "zelenskyy-capitol-hill-visit-2030-03-12", sec=["aid"], a="Samuel Ortega", pid="00000198-2c3e-d1a4-a7fb-7efe5b1c0002"),
  E("2030-03-12 15:15", "Lavrov says new US sanctions will \u2018poison\u2019 any future talks",
    ["Russian Foreign Minister Sergey Lavrov said new U.S. sanctions on Russian banks would \u201cpoison the atmosphere\u201d for any negotiations on ending the war.",
     "The Treasury Department on Monday added 11 Russian lenders and two crypto exchanges to its sanctions list."],
    "diplomacy", "diplomacy", 2, "lavrov-us-sanctions-reaction-2030-03-12", pid="00000198-2c3e-d1a4-a7fb-7efe5b1c0003"),
  E("2030-03-12 13:05", "Pentagon says North Korean shells are still flowing to Russia",
    ["North Korea has shipped at least 1.5 million more artillery shells to Russia since the autumn, a Pentagon spokesperson said Tuesday, citing newly declassified intelligence.",
     "The spokesperson said the shipments crossed by rail through the Tumangang border station and by sea to the port of Vostochny."],
    "aid", "aid", 3, "north-korean-shells-to-russia-2030-03-12", a="Ellen Brody", pid="00000198-2c3e-d1a4-a7fb-7efe5b1c0004",
    n="large arms transfer to Russia (aid, direction to-Russia): importance 3"),
  E("2030-03-12 10:40", "Russian strike on village in Kharkiv region kills 2",
    ["A Russian guided bomb killed two people and destroyed a shop in the village of Kozacha Lopan in the Kharkiv region on Tuesday morning, regional officials said.",
     "The village lies about 3 kilometers (2 miles) from the Russian border and has been largely emptied of residents."],
    "strikes", "strikes", 3, "kozacha-lopan-guided-bomb-2030-03-12", a="Olena Tkachuk", pid="00000198-2c3e-d1a4-a7fb-7efe5b1c0005"),
  E("2030-03-12 08:20", "Photos: Life goes on in a front-line city under daily fire", [],
    "other", "humanitarian", 1, "photos-frontline-city-life-2030-03-12", pid="00000198-2c3e-d1a4-a7fb-7efe5b1c0006", gallery=12,
    cap="A woman carries bread past a damaged school in Kostiantynivka, Ukraine, Monday, March 11, 2030.", n="photo gallery without text (teaser)"),
  E("2030-03-12 06:05", "Ukraine says it downed 39 of 52 Russian drones overnight",
    ["Ukraine\u2019s air force said it shot down 39 of the 52 Shahed-type drones Russia launched overnight, mostly over the Sumy, Poltava and Kyiv regions.",
     "There were no immediate reports of casualties."],
    "strikes", "strikes", 2, "overnight-drones-39-of-52-2030-03-12", a="Olena Tkachuk", pid="00000198-2c3e-d1a4-a7fb-7efe5b1c0007"),
  ]))


def r_kyivindependent(S):
    """The Kyiv Independent 'Ukraine war latest' daily article, text scrape. Header and navigation, membership links, section
    label, title, subtitle, 'by The Kyiv Independent news desk', date line 'March 31, 2030 10:42 PM' (Kyiv time, no zone), read
    time, photo caption, 'Key developments on March 31:' bullets (summaries worded differently from the section headings), then
    one section per story: heading line, paragraphs, occasional 'Read also:' links; membership appeal at the end. No per-section
    times or bylines."""
    z = S["zone"]; d = dt(S["entries"][0]["t"], z)
    assert all(e["t"] == S["entries"][0]["t"] for e in S["entries"])
    L = ["Skip to content", "The Kyiv Independent", "", "Ukraine   Russia   War   Business   Opinion   Investigations   Explainers   Podcasts   Shop", "",
         "Become a member   Sign in", "", S["label"], S["title"], S["subtitle"], "", "by The Kyiv Independent news desk",
         f"{MONTHS[d.month - 1]} {d.day}, {d.year} {h12(d)}", "5 min read", "", S["caption"], "",
         f"Key developments on {MONTHS[d.month - 1]} {d.day}:", ""] + [f"\u2022 {b}" for b in S["keydev"]] + [""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if e.get("also"):
            L += [f"Read also: {e['also']}", ""]
    L += ["Note from the author:", "", "We've covered this war every single day since it began, and we intend to keep going. Our newsroom is funded by readers, not owners.",
          "If our reporting helps you understand what is happening in Ukraine, please consider joining the community that keeps it independent.", "",
          "Become a member", "", "Read more   Ukraine war latest   Russian attacks   Drones", "",
          f"\u00a9 {d.year} The Kyiv Independent   About us   Contacts   Privacy policy   Terms of use"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


KI_T = "2030-03-31 22:42"
KI_A = "The Kyiv Independent news desk"
SEEDS.append(dict(
  id="18108", name="18108_kyivindependent-warlatest", ext="txt", source="The Kyiv Independent", zone="Europe/Kyiv", render=r_kyivindependent,
  label="Ukraine", title="Ukraine war latest: Russia sends 214 drones at Ukraine on night clocks go forward",
  subtitle="Kyiv bore the brunt of the attack, while the Czech Republic agreed to build artillery shells with Ukraine and Zelensky replaced a senior commander.",
  caption="Firefighters work at the site of a Russian drone attack in Kyiv on March 31, 2030. (Photo: State Emergency Service of Ukraine / Telegram)",
  keydev=["Russia launched 214 drones overnight, killing one person in Kyiv",
          "Russian attacks killed six people and wounded 31 across Ukraine over the past day",
          "Ukraine and the Czech Republic agree to co-produce 155 mm artillery shells",
          "Zelensky replaces commander of Ukraine's Joint Forces"],
  basis="no per-section time: the article's date line 'March 31, 2030 10:42 PM' (Kyiv time, no zone printed). Ukraine switched to summer time (EEST = UTC+3) at 03:00 that morning, so {d} in {z} = {u} UTC (a parser using EET = UTC+2 would be an hour off)",
  notes="Imitates The Kyiv Independent's daily 'Ukraine war latest' round-up as copied from a browser. One date line 'March 31, 2030 10:42 PM' (no zone): Kyiv summer time began at 03:00 that day, so the article time is 19:42 UTC. 'Key developments on March 31:' is a bullet list of summaries worded differently from the section headings; it is the site's own summary block, not a 'Key Points' block, so key_point is false, and its items are treated as page intro (not entries). Each story is a section: heading line then paragraphs; sections carry no times, so every entry takes the article's time (convention of eval/fw for stampless article sections), and no bylines, so every entry takes the page's desk byline 'The Kyiv Independent news desk'. The photo caption's date is not a stamp.",
  not_entries=["skip link, masthead, navigation, 'Become a member   Sign in'", "section label 'Ukraine'", "title and subtitle", "byline 'by The Kyiv Independent news desk'",
               "date line 'March 31, 2030 10:42 PM' and '5 min read'", "photo caption with its date", "'Key developments on March 31:' and its four bullets (summary of the sections below)",
               "'Read also:' links", "'Note from the author:' membership appeal and 'Become a member'", "'Read more' tags", "footer"],
  entries=[
  E(KI_T, "Russia launches 214 drones in overnight attack, killing 1 in Kyiv",
    ["Russia attacked Ukraine with 214 drones and four ballistic missiles overnight on March 31, the largest drone attack so far this year, Ukraine's Air Force reported.",
     "Air defense shot down or jammed 188 drones and two missiles, the Air Force said. A 67-year-old man was killed in Kyiv's Darnytskyi district when debris hit a nine-story residential building, the city military administration reported.",
     "The attack came hours after clocks in Ukraine moved forward by one hour for summer time."],
    "strikes", "strikes", 3, "kyiv-214-drone-attack-2030-03-31", a=KI_A, also="Russia's drone production doubles in a year, intelligence says"),
  E(KI_T, "Russian attacks kill 6, injure 31 over past day",
    ["Russian attacks across Ukraine killed six people and injured 31 over the past day, regional authorities reported on March 31.",
     "Three people were killed in the Donetsk region, two in the Kherson region and one in Kyiv. The Kharkiv, Sumy and Zaporizhzhia regions also reported casualties."],
    "strikes", "strikes", 3, "daily-russian-attacks-toll-2030-03-31", a=KI_A,
    n="daily regional toll round-up; the Kyiv death is also in 18108-01, but this is the day's summary of many attacks (must not merge with the drone attack)"),
  E(KI_T, "Ukraine, Czech Republic agree to co-produce 155 mm artillery shells",
    ["Ukraine and the Czech Republic signed an agreement to jointly produce 155 mm artillery shells at a plant in Ukraine, Strategic Industries Minister Herman Smetanin announced on March 31.",
     "The Czech side will supply propellant and shell casings, while assembly will take place at a Ukrainian facility that Smetanin declined to name for security reasons. Production is expected to reach 20,000 rounds a month by the end of 2030."],
    "aid", "aid", 2, "ukraine-czech-shell-co-production-2030-03-31", sec=["diplomacy"], a=KI_A),
  E(KI_T, "Zelensky replaces commander of Joint Forces",
    ["President Volodymyr Zelensky dismissed the commander of Ukraine's Joint Forces and appointed his deputy in his place, according to a decree published on the president's website on March 31.",
     "No reason was given for the change. The Joint Forces are responsible for the defense of the Sumy, Kharkiv and Chernihiv border areas."],
    "other", "politics", 2, "zelensky-replaces-joint-forces-commander-2030-03-31", a=KI_A),
  E(KI_T, "General Staff: Russia has lost 1,412,640 troops in Ukraine since Feb. 24, 2022",
    ["Russia has lost 1,412,640 troops in Ukraine since the beginning of its full-scale invasion on Feb. 24, 2022, the General Staff of Ukraine's Armed Forces reported on March 31.",
     "This number includes 1,070 casualties that Russian forces suffered over the past day."],
    "other", "frontline", 2, "general-staff-russian-losses-2030-03-31", a=KI_A),
  E(KI_T, "Eight children returned to Ukraine from occupied territories",
    ["Eight children who had been living in Russian-occupied parts of the Kherson and Zaporizhzhia regions were brought back to Ukraine-controlled territory, the Bring Kids Back UA initiative said on March 31.",
     "The youngest is four years old. One of the children had been placed in a Russian foster family, according to the initiative."],
    "other", "humanitarian", 2, "children-returned-kherson-zaporizhzhia-2030-03-31", a=KI_A),
  ]))


def r_up_rss(S):
    """Ukrainska Pravda English news RSS 2.0: items newest first with title, link (…/eng/news/YYYY/MM/DD/NNNNNNN/), guid,
    pubDate with the Kyiv offset (+0200 before the clock change), one-paragraph description, category; no authors."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<link>https://www.pravda.com.ua/eng/</link>',
           '<description>Ukrainska Pravda: news of Ukraine and the world in English</description>', '<language>en</language>',
           '<atom:link href="https://www.pravda.com.ua/eng/rss/" rel="self" type="application/rss+xml"/>',
           f'<pubDate>{rfc822(dt(S["entries"][0]["t"], z))}</pubDate>',
           '<image><title>Ukrainska Pravda</title><url>https://img.pravda.com/images/up_for_fb.gif</url><link>https://www.pravda.com.ua/eng/</link></image>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        url = f"https://www.pravda.com.ua/eng/news/{d:%Y/%m/%d}/{7451980 - i * 13}/"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{url}</link>', f'<guid>{url}</guid>', f'<pubDate>{st}</pubDate>',
                f'<category>{esc(e["cat"])}</category>', f'<description>{esc(" ".join(e["p"]))}</description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="18109", name="18109_ukrainskapravda-newsrss", ext="xml", source="Ukrainska Pravda", zone="Europe/Kyiv", render=r_up_rss,
  title="Ukrainska Pravda",
  basis="RSS pubDate '{s}' with an explicit +0200 offset (Kyiv winter time, before the 31 March clock change); local {d} in {z} = {u} UTC",
  notes="Imitates Ukrainska Pravda's English RSS feed: channel title 'Ukrainska Pravda', items newest first with title, numeric-id link, guid, pubDate with +0200, category and a one-paragraph description; no authors (null). UP's spellings: Zelenskyy, Oblast, 'Russians attack ...' headlines with a colon and a toll.",
  not_entries=["channel title, description, image block and channel pubDate", "category elements"],
  entries=[
  E("2030-03-27 23:10", "Explosions in occupied Melitopol: Ukrainian military reports strike on Russian barracks",
    ["Ukraine's Southern Defence Forces have said that they struck a building in occupied Melitopol where Russian troops were housed, after residents reported a series of explosions in the city late on Wednesday evening."],
    "strikes", "strikes", 2, "melitopol-barracks-strike-2030-03-27", cat="War"),
  E("2030-03-27 20:35", "Russians strike Zaporizhzhia with guided bombs: 3 killed and 12 injured",
    ["Russian forces have dropped two guided aerial bombs on Zaporizhzhia, killing three people and injuring 12, Ivan Fedorov, Head of Zaporizhzhia Oblast Military Administration, has reported."],
    "strikes", "strikes", 3, "zaporizhzhia-guided-bombs-2030-03-27", cat="War"),
  E("2030-03-27 18:50", "Zelenskyy signs law allowing multiple citizenship",
    ["President Volodymyr Zelenskyy has signed a law that allows citizens of Ukraine to hold the citizenship of countries on an approved list, while barring dual citizenship with Russia."],
    "other", "politics", 2, "zelenskyy-multiple-citizenship-law-2030-03-27", cat="Politics"),
  E("2030-03-27 16:20", "Ukraine's Defence Intelligence: Russia is massing troops for new push in Sumy Oblast",
    ["Russia has moved about 35,000 troops to areas near the border with Sumy Oblast and may try to resume its offensive there in April, a spokesperson for Ukraine's Defence Intelligence has said."],
    "other", "frontline", 2, "russian-troops-massing-sumy-2030-03-27", cat="War"),
  E("2030-03-27 14:05", "Sweden approves SEK 8 billion aid package including Archer howitzers",
    ["The Swedish government has approved its 21st military aid package for Ukraine, worth SEK 8 billion (about \u20ac700 million), which includes Archer self-propelled howitzers and air defence ammunition."],
    "aid", "aid", 3, "sweden-aid-package-archer-2030-03-27", cat="War"),
  E("2030-03-27 11:40", "Poland and Ukraine agree on quotas to end farmers' border dispute",
    ["The agriculture ministers of Poland and Ukraine have agreed on annual quotas for Ukrainian grain, sugar and poultry entering the Polish market, which both sides hope will end protests by Polish farmers at the border crossings."],
    "diplomacy", "diplomacy", 2, "poland-ukraine-farm-quota-deal-2030-03-27", cat="Economics"),
  E("2030-03-27 09:15", "Air defence downs 42 of 58 Russian drones overnight",
    ["Ukrainian air defence has shot down 42 of the 58 attack drones and decoys launched by Russia overnight, while another 11 disappeared from radar, the Air Force has reported."],
    "strikes", "strikes", 2, "overnight-drones-42-of-58-2030-03-27", cat="War"),
  E("2030-03-27 07:00", "Russians shell Beryslav: woman injured",
    ["A 64-year-old woman was injured when Russian troops shelled Beryslav in Kherson Oblast early on Wednesday morning, the Oblast Military Administration has reported."],
    "strikes", "strikes", 2, "beryslav-shelling-2030-03-27", cat="War"),
  ]))


# ================================================================ Part B renderers and data (invented outlets)

def r_sentinel(S):
    """invented outlet: HTML live blog (WordPress-like), newest first. No JSON-LD; each post is a schema.org BlogPosting in
    microdata with <meta itemprop="datePublished" content="...+00:00">. Header 'Last updated Tuesday 19 March 2030 18:02 GMT'
    and 'All times GMT'; 'Key Points' h2 with the key posts' headlines; posts: bare '14:38' span, h2, 'By NAME', paragraphs."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z)
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - {S["source"]}</title></head>',
           '<body class="single single-liveblog">', f'<header class="masthead"><a href="/">{esc(S["source"])}</a><nav><a href="/news">News</a> '
           '<a href="/world">World</a> <a href="/ukraine">Ukraine</a> <a href="/business">Business</a> <a href="/comment">Comment</a> '
           '<a href="/subscribe">Subscribe</a></nav></header>',
           f'<main><p class="kicker">LIVE</p><h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>',
           f'<p class="updated">Last updated {DAYS[last.weekday()]} {last.day} {MONTHS[last.month - 1]} {last.year} {last:%H:%M} GMT</p>',
           '<p class="note">All times GMT</p>',
           '<section class="key-points"><h2>Key Points</h2><ul>' + "".join(f'<li><a href="#p{i + 1}">{esc(e["h"])}</a></li>' for i, e in enumerate(S["entries"]) if e["kp"]) + '</ul></section>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article id="p{i + 1}" class="live-post" itemscope itemtype="https://schema.org/BlogPosting">'
                   f'<meta itemprop="datePublished" content="{d.isoformat()}"><span class="post-time">{st}</span>'
                   f'<h2 itemprop="headline">{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="post-byline">By <span itemprop="author">{esc(e["a"])}</span></p>')
        if e["p"]:
            out.append('<div itemprop="articleBody">' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + '</div>')
        else:
            out.append('<div class="video-embed"><button>Play</button> <span>Video unavailable in your region</span></div>')
        out.append('</article>')
        if i == 2:
            out.append(f'<aside class="newsletter"><p>Get the {esc(S["source"])} morning briefing. Sign up free</p></aside>')
    out += ['<p><a href="?page=2">Load earlier posts</a></p></main>', f'<footer>\u00a9 {last.year} {esc(S["source"])} \u00b7 Contact \u00b7 Complaints \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_corriemoor(S):
    """invented outlet: text live blog, oldest first. Header with the date line 'Tuesday, 19 March 2030' and 'All times Kyiv
    (EET)'; each post: headline, body, then a trailing 'NAME · 10:10' line."""
    z = S["zone"]; order_check(S, False)
    d0 = dt(S["entries"][0]["t"], z)
    L = [S["source"].upper(), "Ukraine | Russia | Europe | Energy | Opinion | Podcasts", "", S["title"],
         f"{DAYS[d0.weekday()]}, {d0.day} {MONTHS[d0.month - 1]} {d0.year}", "All times Kyiv (EET)", "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{e['a']} \u00b7 {d:%H:%M}"; stamps.append(st)
        L += [e["h"], ""] + ptxt(e["p"]) + [st, "", "* * *", ""]
        if i == 3:
            L += ["Corriemoor Wire is free to read. Support our reporters in Ukraine: corriemoorwire.example/support", ""]
    L += ["This live page has now closed. Follow tomorrow's coverage on our Ukraine page.", "", f"\u00a9 {d0.year} Corriemoor Wire"]
    return "\n".join(L) + "\n", stamps


DN = "dnipro-missile-strike-2030-03-19"
NOR = "norway-air-defence-funding-2030-03-19"
CHN = "sybiha-li-hui-talks-kyiv-2030-03-19"
ALERT = "explainer-air-raid-alert-warning-times"
ALERT_H = "Explainer: Why some Ukrainian cities get barely a minute's warning"
ALERT_P = ["The air-raid siren that sounded in Dnipro on Tuesday morning gave residents less than two minutes before the missile struck, and that is not unusual for cities within range of ballistic missiles fired from Russian territory.",
           "Ukraine's alert system is triggered by radar tracks and by reports from observers near the border. Cruise missiles and drones can take an hour or more to reach their targets, so alerts for them come early; a ballistic missile launched from the Belgorod or Kursk regions can reach Kharkiv in under a minute and Dnipro in about three.",
           "Officials have tried to shorten the delay by linking regional sirens directly to the air force's tracking data, but they admit that for the closest cities no technical fix will give people time to reach a shelter."]

SEEDS.append(dict(
  id="18120", name="18120_ashgrovesentinel-htmllive", ext="html", source="Ashgrove Sentinel", zone="Europe/London", render=r_sentinel,
  title="Ukraine war live: Dnipro missile strike kills 11 as Norway pledges air defence money",
  lede="Rescuers have ended the search at a business centre in Dnipro; Nikopol shelled again; Hungary threatens to veto sanctions.",
  basis="bare post time '{s}' under 'Last updated Tuesday 19 March 2030 ...' and 'All times GMT'; the microdata datePublished agrees; local {d} in {z} (GMT = UTC)",
  notes="Invented outlet (day 1). HTML live blog, newest first, no JSON-LD: each post is a microdata BlogPosting with <meta itemprop='datePublished'>. Visible post times are bare '14:38' under the page's 'Last updated Tuesday 19 March 2030 18:02 GMT' and the printed note 'All times GMT'. A 'Key Points' h2 lists two post headlines (key_point true). One video post has no text ('Watch: ...', region-blocked player).",
  not_entries=["masthead and navigation", "'LIVE' kicker, h1 and standfirst", "'Last updated ...' and 'All times GMT'", "'Key Points' list (headlines of posts 18120-01 and 18120-02)",
               "video player placeholder 'Play' / 'Video unavailable in your region'", "newsletter box", "'Load earlier posts'", "footer"],
  entries=[
  E("2030-03-19 18:02", "Dnipro death toll rises to 11 as rescuers end search",
    ["Eleven people are now confirmed dead after Tuesday morning's missile strike on a business centre in Dnipro, the city's mayor said, as emergency crews ended their search of the ruins.",
     "Another 46 people were injured, nine of them seriously. The building housed offices, a dental clinic and a branch of a bank."],
    "strikes", "strikes", 3, DN, a="Harriet Quill", kp=True, n="day-1 main story (4 seeds), toll 11"),
  E("2030-03-19 16:45", "Norway pledges NOK 6bn for Ukraine's air defence",
    ["Norway will give Ukraine 6 billion kroner (about \u20ac520m) this year to buy air defence systems and interceptor missiles, the government in Oslo announced.",
     "Part of the money will go to a German-led purchase of IRIS-T launchers, with the rest paying for missiles for systems Ukraine already operates."],
    "aid", "aid", 3, NOR, a="Dominic Farrant", kp=True, n="multi-seed (18120, 18123); must not merge with the Lithuanian generators (18123-01, same aid theme)"),
  E("2030-03-19 15:20", "Man killed as Russian artillery hits Nikopol",
    ["A 48-year-old man was killed when Russian artillery shells hit a residential street in Nikopol, across the Dnipro river from the occupied Zaporizhzhia nuclear plant, the regional governor said.",
     "Two houses and a power line were damaged."],
    "strikes", "strikes", 3, "nikopol-artillery-shelling-2030-03-19", a="Harriet Quill",
    n="same region as the Dnipro missile strike but a different attack (must not merge); deadly, so importance 3"),
  E("2030-03-19 13:15", "Eight dead and dozens injured in Dnipro strike",
    ["The number of people killed by a Russian missile in Dnipro has risen to eight, regional officials said, with more than 40 injured.",
     "Serhiy Lysak, the head of the regional administration, said the missile was an Iskander-M fired from Russia's Belgorod region."],
    "strikes", "strikes", 3, DN, a="Harriet Quill", n="toll 8"),
  E("2030-03-19 11:50", "Watch: Rescue teams search the ruins of Dnipro business centre", [],
    "strikes", "strikes", 1, DN, a="Harriet Quill", n="video teaser without text"),
  E("2030-03-19 10:30", "Orb\u00e1n threatens to veto next EU sanctions package",
    ["Hungary's prime minister Viktor Orb\u00e1n said his government would not approve a new package of EU sanctions against Russia unless it excluded nuclear fuel and Russian gas pipelines to Central Europe.",
     "EU diplomats said talks on the package would continue at ambassador level this week."],
    "diplomacy", "diplomacy", 2, "orban-sanctions-veto-threat-2030-03-19", a="Dominic Farrant"),
  E("2030-03-19 08:40", "Ukraine says it hit Russian ammunition depot in Kursk region",
    ["Ukraine's general staff said its forces had struck an ammunition depot near the town of Lgov in Russia's Kursk region overnight, setting off secondary explosions.",
     "Russia's defence ministry said it had shot down 22 Ukrainian drones over the region but did not mention the depot."],
    "strikes", "strikes", 2, "lgov-ammunition-depot-strike-2030-03-19", a="Dominic Farrant"),
  ]))

SEEDS.append(dict(
  id="18121", name="18121_corriemoorwire-textlive", ext="txt", source="Corriemoor Wire", zone="Europe/Kyiv", render=r_corriemoor,
  title="Live: Missile strike on Dnipro, Chinese envoy in Kyiv",
  lede="Our correspondents in Dnipro and Kyiv follow the day's events. The page is updated through the evening.",
  basis="trailing stamp '{s}' (bare time) under the date line 'Tuesday, 19 March 2030' and the note 'All times Kyiv (EET)'; local {d} in {z} = {u} UTC",
  notes="Invented outlet (day 1). Text live blog, oldest first: headline, body, then a trailing 'NAME \u00b7 HH:MM' line, posts separated by '* * *'. The date is printed once ('Tuesday, 19 March 2030') with 'All times Kyiv (EET)'. Post 18121-05 is a near-verbatim re-publication of 18121-02 (same stale toll of three) and carries duplicate_of. Post 18121-04 is a theme explainer on air-raid warning times that mentions the Dnipro strike but is its own story; it is re-posted on day 2 by the Hartwell Clarion (18131-03).",
  not_entries=["masthead and section links", "page title, date line and 'All times Kyiv (EET)'", "standfirst", "'* * *' separators",
               "support appeal after the fourth post", "closing note 'This live page has now closed ...'", "footer"],
  entries=[
  E("2030-03-19 07:05", "Drones damage rail depot in Pavlohrad overnight",
    ["Russian drones hit a railway depot in Pavlohrad overnight, injuring two workers and setting fire to a diesel locomotive, Ukraine's state railway said.",
     "Trains between Pavlohrad and Dnipro were running with delays of up to two hours."],
    "strikes", "strikes", 2, "pavlohrad-rail-depot-drone-attack-2030-03-19", a="Oksana Reid",
    n="same region (Dnipropetrovsk) and same day as the Dnipro missile strike, but an overnight drone attack on another town (must not merge)"),
  E("2030-03-19 10:10", "Missile hits Dnipro business centre, three dead",
    ["A Russian missile struck a business centre in central Dnipro shortly after 9.30am, killing at least three people, the regional governor said.",
     "Rescuers are searching the upper floors, where several people are believed to be trapped."],
    "strikes", "strikes", 3, DN, a="Oksana Reid", n="first report, toll 3"),
  E("2030-03-19 13:30", "Sybiha meets Chinese envoy Li Hui in Kyiv",
    ["Foreign minister Andrii Sybiha received China's special envoy for Eurasian affairs, Li Hui, for talks that Kyiv described as \"frank\".",
     "Sybiha said he had asked Beijing to use its influence to stop Russian attacks on energy facilities and to help return deported Ukrainian children.",
     "Li Hui is due to travel on to Warsaw and Berlin later this week."],
    "diplomacy", "diplomacy", 3, CHN, a="Tamsin Hale", n="multi-seed (18121, 18122)"),
  E("2030-03-19 14:20", ALERT_H, ALERT_P,
    "strikes", "strikes", 2, ALERT, a="Tamsin Hale",
    n="theme piece (explainer on air-raid warning times); mentions the Dnipro strike but is its own story (must not merge); re-posted on day 2 in 18131-03"),
  E("2030-03-19 16:05", "Missile hits Dnipro business centre, three dead",
    ["A Russian missile struck a business centre in central Dnipro shortly after 9.30am, killing at least three people, the regional governor said.",
     "Rescuers are still searching the upper floors, where several people are believed to be trapped."],
    "strikes", "strikes", 1, DN, a="Oksana Reid", dup="18121-02", n="near-verbatim re-publication of 18121-02 with the stale toll"),
  E("2030-03-19 18:40", "Rada approves higher fuel excise to pay soldiers",
    ["Ukraine's parliament approved a rise in the excise duty on petrol and diesel, with the extra revenue earmarked for soldiers' pay.",
     "The increase, of about two hryvnias per litre, takes effect on 1 May."],
    "other", "politics", 2, "rada-fuel-excise-soldiers-pay-2030-03-19", a="Tamsin Hale"),
  E("2030-03-19 20:15", "Dnipro toll rises to 11, day of mourning declared",
    ["The death toll from the morning missile strike on Dnipro has risen to 11, and Mayor Borys Filatov declared Wednesday a day of mourning in the city.",
     "Among the dead are a dentist and two of her patients, according to local media."],
    "strikes", "strikes", 3, DN, a="Oksana Reid", n="toll 11"),
  ]))


def r_rdf(S):
    """invented outlet: RSS 1.0 (RDF) world feed, newest first; <dc:date> ISO 8601 with the outlet's own offset (+09:00, Tokyo);
    dc:subject, optional dc:creator; one-paragraph description."""
    z = S["zone"]; order_check(S, True)
    base = S["url"]
    iso = lambda d: d.isoformat()
    links = [f"{base}/world/{dt(e['t'], z):%Y%m%d}/{slugify(e['h'])}.html" for e in S["entries"]]
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">',
           f'<channel rdf:about="{base}/rss/world.rdf">', f'<title>{esc(S["title"])}</title>', f'<link>{base}/world/</link>',
           f'<description>{esc(S["lede"])}</description>', f'<dc:language>en</dc:language>', f'<dc:date>{iso(dt(S["entries"][0]["t"], z))}</dc:date>',
           '<items><rdf:Seq>'] + [f'<rdf:li rdf:resource="{l}"/>' for l in links] + ['</rdf:Seq></items>', '</channel>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        out += [f'<item rdf:about="{links[i]}">', f'<title>{esc(e["h"])}</title>', f'<link>{links[i]}</link>',
                f'<description>{esc(" ".join(e["p"]))}</description>', f'<dc:date>{st}</dc:date>', f'<dc:subject>{esc(e.get("subj", "World"))}</dc:subject>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out.append('</item>')
    out.append('</rdf:RDF>')
    return "\n".join(out) + "\n", stamps


def r_atom_xhtml(S):
    """invented outlet: Atom 1.0 feed, newest first; <published> and <updated> with the outlet's offset (+02:00); authors;
    content type="xhtml" with <p> paragraphs inside an XHTML div."""
    z = S["zone"]; order_check(S, True)
    base = S["url"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link rel="alternate" type="text/html" href="{base}/"/>', f'<link rel="self" href="{base}/atom.xml"/>',
           f'<id>{base}/atom.xml</id>', f'<updated>{dt(S["entries"][0]["t"], z).isoformat()}</updated>', f'<rights>\u00a9 {S["source"]}</rights>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat(); stamps.append(st)
        upd = (d + timedelta(minutes=e.get("upd", 0))).isoformat()
        out += ['<entry>', f'<title type="text">{esc(e["h"])}</title>', f'<link rel="alternate" href="{base}/{d:%Y/%m/%d}/{slugify(e["h"])}/"/>',
                f'<id>urn:uuid:7c1e{i:04d}-5d2a-4b8e-9f31-{d:%Y%m%d%H%M}</id>', f'<published>{st}</published>', f'<updated>{upd}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        out.append(f'<category term="{esc(e.get("cat", "ukraine"))}"/>')
        out.append('<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + '</div></content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="18122", name="18122_elmsworthglobe-worldrdf", ext="xml", source="Elmsworth Globe", zone="Asia/Tokyo", render=r_rdf,
  title="Elmsworth Globe - World", url="https://www.elmsworthglobe.example",
  lede="World news from the Elmsworth Globe's international desk in Tokyo",
  basis="RSS 1.0 dc:date '{s}' with an explicit +09:00 offset; {u} UTC (the Tokyo calendar date can be a day later than the UTC one)",
  notes="Invented outlet (day 1). General world feed in RSS 1.0 (rdf:RDF, items listed in an rdf:Seq), newest first, dc:date with +09:00 (Tokyo). The war is a minority: four of six items are off-beat. The newest items are dated 20 March in Tokyo but fall on 19 March UTC (05:40+09:00 = 20:40Z). Spelling 'Dnepr' for Dnipro. dc:creator where printed, else null.",
  not_entries=["channel title, description and dc:date", "the rdf:Seq list of item links", "dc:subject tags"],
  entries=[
  E("2030-03-20 05:40", "Russian missile strike on Ukraine's Dnepr kills 11",
    ["At least 11 people were killed when a Russian ballistic missile hit an office building in the Ukrainian city of Dnepr on Tuesday, local authorities said, in one of the deadliest single strikes on the city this year."],
    "strikes", "strikes", 3, DN, a="Kenji Aramaki", subj="Europe", n="Dnepr = Dnipro (spelling variant); toll 11"),
  OFF("2030-03-20 02:15", "Cyclone Kirra makes landfall in Western Australia",
    ["Cyclone Kirra crossed the Pilbara coast of Western Australia late on Tuesday with winds of up to 230 kilometres an hour, forcing the closure of iron ore ports at Port Hedland and Dampier."],
    "cyclone-kirra-western-australia-2030-03-19", n="weather", subj="Asia-Pacific"),
  E("2030-03-19 23:30", "China's Eurasia envoy holds talks in Kyiv",
    ["China's special representative for Eurasian affairs, Li Hui, met Ukraine's foreign minister Andrii Sybiha in Kyiv on Tuesday, the Chinese foreign ministry said, describing the talks as an exchange of views on \"conditions for a political settlement\"."],
    "diplomacy", "diplomacy", 3, CHN, a="Mei Takahara", subj="Europe"),
  OFF("2030-03-19 19:05", "South Korea's chip exports hit record for early March",
    ["South Korea's semiconductor exports in the first 20 days of March reached a record $9.8 billion, customs data showed, driven by demand for memory chips used in data centres."],
    "south-korea-chip-exports-record-2030-03-19", n="economy", subj="Business"),
  OFF("2030-03-19 15:20", "Mongolia appeals for aid as harsh winter kills livestock",
    ["Mongolia's government appealed for international help after a winter of extreme cold and heavy snow killed more than four million head of livestock, threatening the livelihoods of herding families."],
    "mongolia-dzud-livestock-2030-03-19", a="Mei Takahara", n="disaster", subj="Asia-Pacific"),
  OFF("2030-03-19 10:00", "Bank of Japan keeps rates on hold",
    ["The Bank of Japan left its short-term policy rate unchanged at 1.25% on Tuesday, saying it wanted more evidence that wage growth would keep inflation near its target."],
    "bank-of-japan-rates-2030-03-19", n="markets", subj="Business"),
  ]))

SEEDS.append(dict(
  id="18123", name="18123_fallowmeremonitor-atom", ext="xml", source="Fallowmere Monitor", zone="Europe/Kyiv", render=r_atom_xhtml,
  title="Fallowmere Monitor \u2014 Ukraine", url="https://fallowmeremonitor.example/ukraine",
  lede="Reporting and commentary on Ukraine from the Fallowmere Monitor",
  basis="Atom <published> '{s}' with an explicit +02:00 offset; local {d} in {z} = {u} UTC (<updated> may be later and is not the publication time)",
  notes="Invented outlet (day 1). Atom feed, newest first, <published> with +02:00, <updated> sometimes later (an edit), authors, content type='xhtml' with <p> paragraphs. Includes one opinion column (importance 2, its own story). Must-not-merge: Norway's air-defence money vs Lithuania's generators (same aid theme, different donors).",
  not_entries=["feed title, subtitle, links, rights", "category terms", "<updated> times (edits, not publication)"],
  entries=[
  E("2030-03-19 21:30", "Lithuania sends 200 generators to front-line towns",
    ["Lithuania has delivered 200 industrial generators to towns in the Donetsk and Kharkiv regions where Russian strikes have cut power for weeks at a time, the Lithuanian embassy in Kyiv said.",
     "The generators were bought with money raised by a public fundraiser in Vilnius."],
    "aid", "aid", 2, "lithuania-generators-frontline-towns-2030-03-19", a="Ruta Valaityte",
    n="same aid theme as Norway's air-defence pledge but a different donor and delivery (must not merge)"),
  E("2030-03-19 18:10", "Norway to fund air defence with six billion kroner",
    ["Norway's government said it would provide six billion kroner for Ukraine's air defence in 2030, money that Kyiv can spend on launchers and interceptors from European manufacturers.",
     "The defence minister said Norway wanted to help Ukraine \"protect the cities as well as the front\"."],
    "aid", "aid", 3, NOR, a="Ruta Valaityte", upd=25),
  E("2030-03-19 15:00", "Opinion: Europe's skies begin over Dnipro",
    ["Every time a ballistic missile gets through to a Ukrainian city, Europe learns again that its own air defence industry cannot yet produce what it promises.",
     "The missile that hit Dnipro this morning was not new and not especially sophisticated. What it exposed is that Ukraine still has too few interceptors to cover more than a handful of cities at once.",
     "If European governments want a say in how this war ends, they will have to build missiles faster than Russia can build theirs."],
    "aid", "aid", 2, "opinion-europe-air-defence-production-2030-03-19", sec=["strikes"], a="Piers Aldane",
    n="opinion column: own story, importance 2; mentions the Dnipro strike (must not merge)"),
  E("2030-03-19 11:30", "Dnipro: five killed after missile hits business centre",
    ["Five people were killed and at least 30 injured when a Russian missile hit a business centre in Dnipro on Tuesday morning, according to the regional military administration.",
     "The strike came without the usual long warning: the air-raid siren sounded less than two minutes before the blast."],
    "strikes", "strikes", 3, DN, a="Ruta Valaityte", upd=40, n="toll 5"),
  E("2030-03-19 08:45", "Ukrainian army admits Russian gains near Siversk",
    ["Ukraine's military acknowledged that Russian troops had advanced on the eastern approaches to Siversk, saying its units had pulled back to prepared positions to avoid encirclement."],
    "other", "frontline", 2, "siversk-russian-advance-2030-03-19", a="Ruta Valaityte"),
  ]))


def r_glenbarrow(S):
    """invented outlet: text live blog, newest first. Title, date line 'Wednesday 20 March 2030', 'Key Points' list of post
    headlines; each post: a '\u25cf 19:40' line (UK time, no zone), headline, body, then 'Reporting by NAME'; a photo post prints
    only a gallery line."""
    z = S["zone"]; order_check(S, True)
    d0 = dt(S["entries"][0]["t"], z)
    L = [f"{S['source']}", "News  \u00b7  World  \u00b7  Ukraine  \u00b7  Politics  \u00b7  Sport  \u00b7  Weather", "", "LIVE UPDATES", S["title"],
         f"{DAYS[d0.weekday()]} {d0.day} {MONTHS[d0.month - 1]} {d0.year}", "", "Key Points", ""] + [e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest updates", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"\u25cf {d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""]
        L += ptxt(e["p"]) if e["p"] else [f"[Gallery: {e['gallery']} photos]", ""]
        if e["a"]:
            L += [f"Reporting by {e['a']}", ""]
        if i == 1:
            L += ["ADVERTISEMENT", ""]
    L += ["Read yesterday's live coverage", "", f"\u00a9 {d0.year} {S['source']}. Registered in Scotland."]
    return "\n".join(L) + "\n", stamps


def r_hartwell(S):
    """invented outlet: HTML live blog, oldest first. JSON-LD @graph holding a WebPage and a node whose @type is an array
    ['LiveBlogPosting', 'NewsArticle'] with liveBlogUpdate items (per-update datePublished with +02:00). Visible stamp per post:
    numeric '20.03.2030 06:50' (Kyiv time, zone not printed); optional label line above the h2 (partner re-posts)."""
    z = S["zone"]; order_check(S, False)
    url = S["url"]; first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{url}#update-{i + 1}", "headline": e["h"], "datePublished": d.isoformat(), "articleBody": "\n\n".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "@id": url, "url": url, "name": S["title"], "isPartOf": {"@id": "https://hartwellclarion.example/#website"}},
        {"@type": ["LiveBlogPosting", "NewsArticle"], "@id": f"{url}#liveblog", "mainEntityOfPage": {"@id": url}, "headline": S["title"],
         "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
         "publisher": {"@type": "Organization", "name": S["source"]}, "liveBlogUpdate": ups}]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<div id="cookie-consent">We use cookies to improve your experience. <button>Accept all</button> <button>Manage</button></div>',
           f'<header><a class="logo" href="/">{esc(S["source"])}</a><nav><a href="/ukraine">Ukraine</a> <a href="/europe">Europe</a> '
           '<a href="/energy">Energy</a> <a href="/defence">Defence</a> <a href="/newsletters">Newsletters</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>', '<ol class="live-stream">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%d.%m.%Y %H:%M}"; stamps.append(st)
        out.append(f'<li class="update" id="update-{i + 1}"><span class="stamp">{st}</span>')
        if e.get("label"):
            out.append(f'<p class="label">{esc(e["label"])}</p>')
        out.append(f'<h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="author">{esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<p class="tools"><a>Copy link</a></p></li>')
        if i == 2:
            out.append('<li class="promo">Our Kyiv bureau is funded by readers. <a href="/support">Support the Clarion</a></li>')
    out += ['</ol>', '<p class="end-note">Updates from Thursday continue on a new page.</p></main>',
            f'<footer>{esc(S["source"])} \u00b7 Corrections \u00b7 Ethics \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


LV = "stryi-gas-facility-missile-strike-2030-03-20"
ESP = "ukraine-spain-security-pact-2030-03-20"
SEEDS.append(dict(
  id="18130", name="18130_glenbarrowherald-textlive", ext="txt", source="Glenbarrow Herald", zone="Europe/London", render=r_glenbarrow,
  title="Ukraine war: Missiles hit gas facility in west as Dnipro mourns",
  basis="'{s}' post time (UK time, no zone printed) under the page's date line 'Wednesday 20 March 2030'; GMT = UTC; local {d} in {z}",
  notes="Invented outlet (day 2). Text live blog, newest first: each post opens with a '\u25cf HH:MM' line (UK time, no zone; GMT = UTC), then headline, body and 'Reporting by NAME' (author). One date line under the title. A 'Key Points' list names two post headlines (key_point true). The photo post prints only '[Gallery: 14 photos]' (teaser without text). 18130-01 continues day 1's Dnipro story (new toll, mourning) and keeps its slug.",
  not_entries=["masthead and section links", "'LIVE UPDATES' label, title and date line", "'Key Points' block (headlines of 18130-01 and 18130-05)", "'Latest updates'",
               "gallery line '[Gallery: 14 photos]'", "'Reporting by ...' lines (authors, not paragraphs)", "'ADVERTISEMENT'", "'Read yesterday's live coverage'", "footer"],
  entries=[
  E("2030-03-20 19:40", "Dnipro mourns as strike toll reaches 13",
    ["Flags flew at half-mast across Dnipro as the city marked a day of mourning for the victims of Tuesday's missile strike, in which 13 people are now known to have died.",
     "Two of the injured died in hospital overnight, the regional health department said. Funerals for the first victims were held on Wednesday afternoon."],
    "strikes", "strikes", 3, DN, a="Callum Dray", kp=True, n="continuation of day 1's Dnipro strike (new toll 13, mourning); same story slug; importance 3 (two day-2 seeds)"),
  E("2030-03-20 17:25", "Drones damage warehouse in Lutsk",
    ["Russian drones hit a logistics warehouse on the outskirts of Lutsk in north-western Ukraine on Wednesday afternoon, the regional governor said. No one was hurt.",
     "It was the second attack on western Ukraine in less than a day."],
    "strikes", "strikes", 2, "lutsk-warehouse-drone-attack-2030-03-20", a="Callum Dray",
    n="another attack in western Ukraine on the same day as the Stryi gas strike (must not merge)"),
  E("2030-03-20 15:10", "Photos: Firefighters battle blaze at Stryi gas site", [],
    "strikes", "strikes", 1, LV, gallery=14, n="photo teaser without text"),
  E("2030-03-20 12:30", "Russia expels two Estonian diplomats",
    ["Russia has ordered two Estonian diplomats to leave the country within a week, in retaliation for Tallinn's expulsion of a Russian embassy employee last month.",
     "Estonia's foreign ministry called the move \"expected and groundless\"."],
    "diplomacy", "diplomacy", 2, "russia-expels-estonian-diplomats-2030-03-20", a="Isla Brandt"),
  E("2030-03-20 10:05", "Second person dies after strike on gas site near Lviv",
    ["A second worker has died of his injuries after Russian missiles hit a gas compressor station in the Stryi district of the Lviv region, the regional governor said.",
     "Gas supplies to about 9,000 homes in the district have been suspended while engineers inspect the damage."],
    "strikes", "strikes", 3, LV, a="Isla Brandt", kp=True, n="toll 2"),
  E("2030-03-20 07:20", "Russian missiles hit gas facility in western Ukraine",
    ["Russia fired cruise missiles at a gas facility in the Lviv region before dawn on Wednesday, killing one person, Ukrainian officials said.",
     "Explosions were heard in Lviv itself, about 70km away, and air-raid sirens sounded across the west of the country for nearly two hours."],
    "strikes", "strikes", 3, LV, a="Isla Brandt", n="first report, toll 1"),
  ]))

SEEDS.append(dict(
  id="18131", name="18131_hartwellclarion-graphlive", ext="html", source="Hartwell Clarion", zone="Europe/Kyiv", render=r_hartwell,
  title="Live: Strike on gas site near Stryy, Zelensky in Madrid", url="https://hartwellclarion.example/ukraine/live-2030-03-20",
  lede="Follow our Kyiv bureau's coverage through the day.",
  basis="visible stamp '{s}' (numeric day.month.year and Kyiv time; JSON-LD datePublished agrees with +02:00); {u} UTC",
  notes="Invented outlet (day 2). HTML live blog, oldest first. JSON-LD @graph: a WebPage and a node with @type ['LiveBlogPosting', 'NewsArticle'] whose liveBlogUpdate items carry their own datePublished (+02:00, consistent with the visible stamps). Visible stamp '20.03.2030 06:50' per post (Kyiv time, zone not printed). 18131-03 re-publishes day 1's explainer from the Corriemoor Wire (18121-04) word for word under a label line 'From our partners at Corriemoor Wire': a re-post of day-1, importance 1, duplicate_of null (defined within a seed only). 18131-06 repeats 18131-04 nearly verbatim (stale toll). Spelling 'Stryy' for Stryi.",
  not_entries=["JSON-LD @graph", "cookie banner", "header and navigation", "h1 and standfirst", "label line 'From our partners at Corriemoor Wire'",
               "'Copy link' tools", "reader-support promo after the third update", "end note 'Updates from Thursday continue on a new page.'", "footer"],
  entries=[
  E("2030-03-20 06:50", "Missile strike on gas site near Stryy kills one",
    ["One person was killed when Russian missiles struck a gas compressor station near Stryy in the Lviv region at about 4.30am, regional governor Maksym Kozytskyi said.",
     "A fire broke out at the site and was still burning at dawn."],
    "strikes", "strikes", 3, LV, a="Daria Hlynska", n="toll 1; 'Stryy' = Stryi"),
  E("2030-03-20 08:30", "Drone debris found in Poland's Podkarpackie province",
    ["Polish police found fragments of what appeared to be a Russian drone in a field near the village of Horyniec-Zdr\u00f3j, about 10km from the Ukrainian border, after the overnight attack on western Ukraine.",
     "Poland's defence ministry said the object had not been tracked entering Polish airspace and that military investigators were examining it."],
    "strikes", "strikes", 2, "podkarpackie-drone-debris-2030-03-20", a="Daria Hlynska",
    n="same night and region as the Stryi gas strike, but a separate event in Poland (must not merge)"),
  E("2030-03-20 10:15", ALERT_H, ALERT_P,
    "strikes", "strikes", 1, ALERT, a="Tamsin Hale", label="From our partners at Corriemoor Wire",
    n="re-post of day-1 entry 18121-04 (Corriemoor Wire explainer), same headline and text; importance 1; duplicate_of null because duplicate_of is defined within a seed only"),
  E("2030-03-20 12:40", "Stryy gas site strike: second victim dies, thousands without heating",
    ["A second person has died after the missile strike on the gas compressor station near Stryy, and about 9,000 households are without gas for heating, the regional administration said.",
     "Naftogaz said repairs would take at least a week."],
    "strikes", "strikes", 3, LV, a="Daria Hlynska", n="toll 2"),
  E("2030-03-20 14:05", "Zelensky arrives in Madrid to sign security pact",
    ["President Volodymyr Zelensky landed in Madrid, where he is due to sign a ten-year security agreement with Spain and meet King Felipe VI.",
     "The deal commits Spain to support Ukraine's defence and reconstruction and to back its path towards EU membership."],
    "diplomacy", "diplomacy", 3, ESP, a="Javier Roldan Hart", n="multi-seed (18131, 18132)"),
  E("2030-03-20 16:30", "Stryy gas site strike: second victim dies, thousands without heating",
    ["A second person has died after the missile strike on the gas compressor station near Stryy, and about 9,000 households are without gas for heating, the regional administration said.",
     "Naftogaz said repairs would take at least a week."],
    "strikes", "strikes", 1, LV, a="Daria Hlynska", dup="18131-04", n="near-verbatim repeat of 18131-04 (stale toll)"),
  E("2030-03-20 19:10", "Spain commits \u20ac1bn in military aid under new pact",
    ["Spain will provide Ukraine with \u20ac1bn in military aid this year under the security agreement signed in Madrid on Wednesday, Prime Minister Pedro S\u00e1nchez said at a joint news conference with Zelensky.",
     "The package includes air defence missiles, armoured vehicles and ammunition."],
    "aid", "aid", 3, ESP, sec=["diplomacy"], a="Javier Roldan Hart", n="detail of the same Madrid signing (same story as 18131-05)"),
  ]))


def r_rss_world(S):
    """invented outlet: RSS 2.0 world feed, newest first; pubDate with the outlet's numeric offset; dc:creator when the item has
    an author; plain one-paragraph description; media:thumbnail."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>', '<language>en-us</language>',
           f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z))}</lastBuildDate>', '<ttl>10</ttl>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        link = f'{S["url"]}/news/{e.get("cat", "world").lower()}/{d:%Y%m%d}-{slugify(e["h"])}'
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="false">{S["guid"]}-{d:%Y%m%d}-{i + 515}</guid>',
                f'<pubDate>{st}</pubDate>', f'<category>{esc(e.get("cat", "World"))}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += [f'<description>{esc(" ".join(e["p"]))}</description>',
                f'<media:thumbnail url="{S["url"]}/img/{d:%Y%m%d}-{i + 515}.jpg" width="640" height="360"/>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_briefing(S):
    """invented outlet: text article ('Evening briefing'), one dateline '20 March 2030, 21:15 CET' and a page byline; one
    section per story (heading line, paragraphs); no per-section times or bylines."""
    z = S["zone"]; d = dt(S["entries"][0]["t"], z)
    assert all(e["t"] == S["entries"][0]["t"] for e in S["entries"])
    L = [S["source"], "Home   Europe   Ukraine   Economy   Culture   Newsletters", "", S["kicker"], S["title"], "", S["standfirst"], "",
         f"By {S['byline']}", f"{d.day} {MONTHS[d.month - 1]} {d.year}, {d:%H:%M} {d.tzname()}", "", S["intro"], ""]
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
    L += ["This briefing is sent to subscribers every weekday evening. Sign up at bellcraigreview.example/briefing", "",
          "Topics: Ukraine, Russia, EU, energy", "", f"\u00a9 {d.year} {S['source']}"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


SEEDS.append(dict(
  id="18132", name="18132_drumskeagh-worldrss", ext="xml", source="Drumskeagh World Service", zone="America/Los_Angeles", render=r_rss_world,
  title="Drumskeagh World Service: World", url="https://drumskeagh.example", guid="dws",
  lede="International headlines from the Drumskeagh World Service newsroom in Los Angeles",
  basis="RSS pubDate '{s}' with an explicit -0700 offset (Pacific daylight time); {u} UTC",
  notes="Invented outlet (day 2). General world feed (RSS 2.0) from a Los Angeles newsroom, newest first, pubDate with -0700 (PDT, in force since 10 March). Four of six items are off-beat. The oldest item is dated 19 March local time but falls on 20 March UTC (18:15-0700 = 01:15Z). Spelling 'Lvov' for Lviv; 'Zelenskyy'.",
  not_entries=["channel title, description, lastBuildDate, ttl", "category elements", "media:thumbnail images"],
  entries=[
  OFF("2030-03-20 15:45", "Atmospheric river to drench Northern California through the weekend",
    ["Forecasters warned of flash flooding and mudslides in burn-scarred areas of Northern California as a powerful atmospheric river was expected to drop up to eight inches of rain on coastal mountains by Sunday."],
    "northern-california-atmospheric-river-2030-03-20", a="Lena Whitcombe", n="weather", cat="US"),
  E("2030-03-20 12:20", "Ukraine and Spain sign 10-year security pact as Zelenskyy visits Madrid",
    ["Ukrainian President Volodymyr Zelenskyy and Spanish Prime Minister Pedro S\u00e1nchez signed a 10-year security agreement in Madrid on Wednesday that includes 1 billion euros of military aid for this year."],
    "diplomacy", "diplomacy", 3, ESP, sec=["aid"], cat="Europe"),
  OFF("2030-03-20 09:10", "Mexico's central bank cuts interest rate for third time this year",
    ["The Bank of Mexico lowered its benchmark rate by a quarter point to 6.75%, citing slowing inflation and weak growth in manufacturing."],
    "mexico-central-bank-rate-cut-2030-03-20", n="markets", cat="Business"),
  OFF("2030-03-20 06:30", "Ice storm leaves 300,000 without power in Quebec",
    ["Freezing rain coated power lines and trees across southern Quebec overnight, leaving about 300,000 homes without electricity, the provincial utility said."],
    "quebec-ice-storm-2030-03-20", a="Lena Whitcombe", n="weather", cat="Americas"),
  E("2030-03-20 04:40", "Russian strike on gas plant in Ukraine's Lvov region kills 2",
    ["A Russian missile attack on a gas compressor station in western Ukraine's Lvov region killed two workers and cut heating to thousands of homes, regional officials said Wednesday."],
    "strikes", "strikes", 3, LV, a="Nadia Porter", cat="Europe", n="'Lvov' = Lviv (spelling variant); toll 2"),
  OFF("2030-03-19 18:15", "Strike at Chilean copper mine enters second week",
    ["Workers at one of Chile's largest copper mines extended their strike into a second week after talks over bonuses broke down, pushing copper prices higher in Asian trading."],
    "chile-copper-mine-strike-2030-03-19", n="labour/markets", cat="Americas"),
  ]))

BC_T = "2030-03-20 21:15"
BC_A = "Ilse Marwood"
SEEDS.append(dict(
  id="18133", name="18133_bellcraigreview-briefing", ext="txt", source="Bellcraig Review", zone="Europe/Brussels", render=r_briefing,
  kicker="EVENING BRIEFING", title="Ukraine: a strike in the west, a funeral in Dnipro, and money from Brussels",
  standfirst="Five things to know about the war tonight.", byline=BC_A,
  intro="Good evening. Russia reached deep into western Ukraine overnight, and Dnipro buried the first of its dead. Here is what happened on Wednesday.",
  basis="no per-section time: the briefing's dateline '20 March 2030, 21:15 CET' (CET = UTC+1); {u} UTC",
  notes="Invented outlet (day 2). Text article: an evening briefing with five sections (heading line + paragraphs). One dateline '20 March 2030, 21:15 CET' and one page byline: every section takes the dateline's time and the page byline (conventions of eval/fw). The 'Analysis:' section is a theme piece on attacks against gas storage that mentions the Stryi strike; it is its own story. 18133-02 continues day 1's Dnipro story.",
  not_entries=["masthead and navigation", "kicker 'EVENING BRIEFING', title and standfirst", "byline and dateline", "intro paragraph 'Good evening. ...'",
               "newsletter sign-up line", "topics line", "footer"],
  entries=[
  E(BC_T, "A third death after the strike near Stryi",
    ["The toll from Russia's overnight missile attack on a gas compressor station in the Lviv region rose to three on Wednesday evening, when a worker who had suffered burns died in hospital.",
     "Ukraine's gas transmission operator said the station would be out of action for at least a week, although storage sites further west were not affected."],
    "strikes", "strikes", 3, LV, a=BC_A, n="toll 3"),
  E(BC_T, "Dnipro buries its dead",
    ["Dnipro held the first funerals for the victims of Tuesday's missile strike, whose toll has risen to 13. The city declared a day of mourning and cancelled public events until the weekend."],
    "strikes", "strikes", 3, DN, a=BC_A, n="continuation of day 1's Dnipro strike; same slug; importance 3 (two day-2 seeds)"),
  E(BC_T, "Analysis: Why Russia is going after Ukraine's gas",
    ["For two winters Russia concentrated on Ukraine's power stations. This spring its missiles are increasingly aimed at the gas system: production sites in the east, compressor stations and, now, the approaches to the huge storage caverns in the west.",
     "The logic is seasonal. Ukraine needs to inject gas into storage over the summer to get through next winter; every damaged compressor makes that harder and more expensive, because the shortfall has to be imported.",
     "Western Ukraine's storage sites also hold gas for European traders, which gives Kyiv an argument it has used with Brussels: an attack on the caverns is an attack on Europe's supply."],
    "strikes", "strikes", 2, "analysis-russia-targets-ukraine-gas-system", a=BC_A,
    n="theme piece (analysis); mentions the Stryi strike but is its own story (must not merge)"),
  E(BC_T, "Brussels releases \u20ac4bn for Kyiv's budget",
    ["The European Commission paid out \u20ac4bn to Ukraine under its multi-year support facility after Kyiv met reform conditions on customs and judicial appointments. The money will mainly cover pensions and public-sector wages."],
    "aid", "aid", 3, "eu-ukraine-facility-tranche-2030-03-20", a=BC_A),
  E(BC_T, "Slovakia halts diesel exports to Ukraine",
    ["Slovakia's state refinery stopped diesel deliveries to Ukraine, saying it could not guarantee supplies after Kyiv ended the transit of Russian oil through its pipelines. Ukraine's foreign ministry called the move \"a political decision dressed up as a commercial one\"."],
    "diplomacy", "diplomacy", 2, "slovakia-halts-diesel-exports-2030-03-20", a=BC_A),
  ]))


def r_atom_html(S):
    """invented outlet: Atom 1.0 world feed, newest first; <published> in UTC with 'Z'; escaped-HTML content; optional author."""
    z = S["zone"]; order_check(S, True)
    iso = lambda d: d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    base = S["url"]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link href="{base}/world"/>', f'<link rel="self" href="{base}/world/feed.atom"/>',
           f'<id>{base}/world/feed.atom</id>', f'<updated>{iso(dt(S["entries"][0]["t"], z))}</updated>', '<generator>Foxhollin CMS 4.2</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        out += ['<entry>', f'<title>{esc(e["h"])}</title>', f'<link href="{base}/world/{slugify(e["h"])}-{d:%Y%m%d}"/>', f'<id>{base}/world/{i + 88120}</id>',
                f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_marigold(S):
    """invented outlet: HTML live blog without JSON-LD, newest first; page date 'Sunday, March 24, 2030' and the note 'All times
    are Central European Time (CET)'; each post: '9:05 p.m.' time paragraph, h3, byline, paragraphs; photo posts print a figure."""
    z = S["zone"]; order_check(S, True)
    d0 = dt(S["entries"][0]["t"], z)
    ap = lambda d: f"{d.hour % 12 or 12}:{d.minute:02d} {'a.m.' if d.hour < 12 else 'p.m.'}"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2014 {S["source"]}</title></head><body>',
           f'<header><div class="brand">{esc(S["source"])}</div><nav><a href="/">Front page</a> <a href="/poland">Poland</a> <a href="/ukraine">Ukraine</a> '
           '<a href="/europe">Europe</a> <a href="/opinion">Opinion</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="date">{DAYS[d0.weekday()]}, {MONTHS[d0.month - 1]} {d0.day}, {d0.year}</p>',
           '<p class="tz-note">All times are Central European Time (CET)</p>', f'<p class="intro">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ap(d); stamps.append(st)
        out.append(f'<div class="entry"><p class="time">{st}</p><h3>{esc(e["h"])}</h3>')
        if e["a"]:
            out.append(f'<p class="byline">{esc(e["a"])}</p>')
        if e.get("fig"):
            out.append(f'<figure><img src="/img/{d:%Y%m%d}-{i}.jpg" alt=""><figcaption>{esc(e["fig"])}</figcaption></figure>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('</div>')
        if i == 3:
            out.append('<div class="subscribe">Read the Courier without limits. <a href="/subscribe">Subscribe from 19 z\u0142 a month</a></div>')
    out += ['<p class="more"><a href="/ukraine/live">Earlier entries</a></p></main>', f'<footer>\u00a9 {d0.year} {esc(S["source"])}</footer></body></html>']
    return "\n".join(out) + "\n", stamps


KH = "kharkiv-glide-bomb-strike-2030-03-24"
POW = "saudi-mediated-prisoner-exchange-2030-03-24"
CAN = "canada-drone-funding-2030-03-24"
BEL = "belgorod-power-plant-drone-strike-2030-03-24"
SEEDS.append(dict(
  id="18140", name="18140_foxhollintimes-worldatom", ext="xml", source="Foxhollin Times", zone="UTC", render=r_atom_html,
  title="Foxhollin Times \u2013 World", url="https://foxhollintimes.example", lede="The world, as reported by the Foxhollin Times",
  basis="Atom <published> '{s}' (UTC, 'Z'); {u} UTC",
  notes="Invented outlet (day 3). General world feed (Atom, 'Z' times), newest first; four of six entries are off-beat. Escaped-HTML content with <p> paragraphs. Spelling 'Kharkov' for Kharkiv.",
  not_entries=["feed title, subtitle, links, generator"],
  entries=[
  E("2030-03-24 22:10", "Kharkov glide bomb attack kills nine, Ukrainian officials say",
    ["Nine people, two of them children, were killed when Russian aircraft dropped glide bombs on a residential district of Kharkov on Sunday afternoon, Ukrainian officials said.",
     "The city, Ukraine's second largest, lies about 30km from the Russian border."],
    "strikes", "strikes", 3, KH, a="Ralph Edgecombe", n="'Kharkov' = Kharkiv (spelling variant); toll 9"),
  OFF("2030-03-24 19:30", "Kenyan runners sweep Barcelona marathon podium",
    ["Kenyan athletes took the first three places in the men's race at the Barcelona marathon on Sunday, with the winner finishing just outside the course record."],
    "barcelona-marathon-2030-03-24", n="sport"),
  OFF("2030-03-24 16:05", "Swiss voters back tax on private jet flights",
    ["Swiss voters approved a new levy on private jet flights in a national referendum on Sunday, with 56% in favour according to final results."],
    "swiss-private-jet-tax-referendum-2030-03-24", a="Ralph Edgecombe", n="Swiss domestic politics"),
  E("2030-03-24 13:40", "Russia and Ukraine swap 150 prisoners each in Saudi-brokered deal",
    ["Russia and Ukraine exchanged 150 prisoners of war each on Sunday in a swap brokered by Saudi Arabia, both sides said.",
     "It was the third exchange this year."],
    "diplomacy", "diplomacy", 3, POW),
  OFF("2030-03-24 10:15", "Avalanche kills three ski tourers in Italian Alps",
    ["Three ski tourers were killed by an avalanche in the Aosta Valley on Sunday morning, Italian mountain rescue services said."],
    "aosta-avalanche-2030-03-24", n="accident"),
  OFF("2030-03-24 07:00", "Thousands march in Buenos Aires against pension cuts",
    ["Tens of thousands of people marched through central Buenos Aires on Saturday evening to protest against cuts to state pensions, in one of the largest demonstrations of the year."],
    "buenos-aires-pension-protest-2030-03-24", n="protest (Argentina)"),
  ]))

SEEDS.append(dict(
  id="18141", name="18141_marigoldcourier-htmllive", ext="html", source="Marigold Courier", zone="Europe/Warsaw", render=r_marigold,
  title="War in Ukraine: Glide bombs on Kharkiv, Canada funds drones",
  lede="Live coverage from our correspondents in Warsaw and Kharkiv.",
  basis="post time '{s}' (12-hour clock with 'a.m.'/'p.m.') under the date line 'Sunday, March 24, 2030' and the note 'All times are Central European Time (CET)'; {u} UTC",
  notes="Invented outlet (day 3). HTML live blog without JSON-LD, newest first: a '9:05 p.m.' time paragraph, h3 headline, byline, paragraphs. One date line and a printed note that all times are CET (UTC+1). The photo post ('Pictured: ...') has only a figure and caption (teaser without text). Must-not-merge: the Kharkiv glide bombs vs the Kupiansk ground fighting (same region) and vs the Belgorod power plant strike (other side of the border); Canada's drone money vs Estonia's interceptor drones (same aid theme).",
  not_entries=["header and navigation", "h1, date line, time-zone note and intro", "figure caption in the photo post", "subscription box", "'Earlier entries'", "footer"],
  entries=[
  E("2030-03-24 21:05", "Kharkiv toll rises to nine, including two children",
    ["Nine people have now died as a result of Sunday's glide bomb attack on Kharkiv, among them two children aged seven and eleven, regional governor Oleh Syniehubov said.",
     "More than 50 people were injured, and two apartment blocks will have to be demolished."],
    "strikes", "strikes", 3, KH, a="Agata Brzezi\u0144ska", n="toll 9"),
  E("2030-03-24 18:40", "Canada commits C$500 million for Ukrainian drones",
    ["Canada will spend C$500 million on drones made in Ukraine for the Ukrainian armed forces, Canada's defence minister announced during a visit to Kyiv.",
     "The money will go to a fund run by Ukraine's defence ministry that places orders directly with domestic manufacturers."],
    "aid", "aid", 3, CAN, a="Agata Brzezi\u0144ska", n="multi-seed (18141, 18143)"),
  E("2030-03-24 16:25", "Pictured: Rescuers at the scene in Kharkiv", [],
    "strikes", "strikes", 1, KH, fig="Rescuers carry a stretcher from a damaged building in Kharkiv's Kyivskyi district. Photo: Marigold Courier",
    n="photo teaser without text"),
  E("2030-03-24 14:50", "Glide bombs hit Kharkiv apartment blocks, at least four dead",
    ["At least four people were killed when Russian aircraft dropped three guided bombs on residential buildings in Kharkiv in the early afternoon, the city's mayor said.",
     "The bombs, fitted with wings and satellite guidance, were released from Russian airspace."],
    "strikes", "strikes", 3, KH, a="Tomasz Lewandowski-Reed", n="toll 4"),
  E("2030-03-24 12:10", "Fighting intensifies near Kupiansk, Ukrainian army says",
    ["Russian forces launched 31 assaults near Kupiansk in the Kharkiv region over the past day, Ukraine's General Staff said, the highest number in the area this month."],
    "other", "frontline", 2, "kupiansk-fighting-2030-03-24", a="Tomasz Lewandowski-Reed",
    n="same region as the Kharkiv strike but ground fighting (must not merge)"),
  E("2030-03-24 09:30", "Estonia to donate 1,000 interceptor drones",
    ["Estonia will send Ukraine 1,000 interceptor drones designed to bring down Russian Shahed-type attack drones, the defence ministry in Tallinn said."],
    "aid", "aid", 2, "estonia-interceptor-drones-2030-03-24", a="Agata Brzezi\u0144ska",
    n="same aid theme as Canada's drone money, different donor and event (must not merge)"),
  E("2030-03-24 07:15", "Ukrainian drones set Belgorod power plant on fire",
    ["A fire broke out at a thermal power plant in the Russian city of Belgorod after an overnight Ukrainian drone attack, the regional governor said, leaving parts of the city without heating."],
    "strikes", "strikes", 3, BEL, a="Tomasz Lewandowski-Reed",
    n="multi-seed (18141, 18143); strike by the other side across the border from Kharkiv (must not merge with the Kharkiv glide bombs)"),
  ]))


def r_sunnyhithe(S):
    """invented outlet: text live blog, oldest first; page byline and date header 'Sunday, 24 March 2030'; each post: bare
    '09:20' line (Kyiv time, no zone printed), headline, body."""
    z = S["zone"]; order_check(S, False)
    d0 = dt(S["entries"][0]["t"], z)
    L = [S["source"], "Front page | Ukraine | World | Money | Opinion", "", S["title"], f"By {S['byline']}", "", S["lede"], "",
         f"{DAYS[d0.weekday()]}, {d0.day} {MONTHS[d0.month - 1]} {d0.year}", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["Related: How Ukraine's prisoner exchanges are negotiated", ""]
    L += ["Refresh for the latest updates", "", f"{S['source']} {d0.year}"]
    return "\n".join(L) + "\n", stamps


def r_rss_content(S):
    """invented outlet: RSS 2.0, newest first; pubDate with +0200; <description> is a one-line standfirst worded differently
    from the article; <content:encoded> holds the full paragraphs (the body); dc:creator."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>', '<language>en</language>',
           f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z))}</lastBuildDate>', '<generator>https://wordpress.org/?v=9.1</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        link = f'{S["url"]}/{d:%Y/%m/%d}/{slugify(e["h"])}/'
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<dc:creator><![CDATA[{e["a"]}]]></dc:creator>',
                f'<pubDate>{st}</pubDate>', f'<category><![CDATA[{e.get("cat", "Ukraine")}]]></category>',
                f'<guid isPermaLink="false">{S["url"]}/?p={40712 - i * 9}</guid>', f'<description><![CDATA[{e["dek"]}]]></description>',
                '<content:encoded><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></content:encoded>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


GB_H = "Glide bombs strike Kharkiv's Kyivskyi district, two killed"
GB_P = ["Russian aircraft dropped guided bombs on the Kyivskyi district of Kharkiv shortly after 2pm, killing two people and injuring at least 15, the city's mayor Ihor Terekhov said.",
        "Several apartment blocks were on fire, and rescuers were pulling residents from the upper floors with ladder trucks."]
SEEDS.append(dict(
  id="18142", name="18142_sunnyhithepost-textlive", ext="txt", source="Sunnyhithe Post", zone="Europe/Kyiv", render=r_sunnyhithe,
  title="Ukraine live: Prisoners come home as glide bombs hit Kharkiv", byline="Yuliia Orwin",
  lede="Our Kyiv correspondent follows Sunday's events.",
  basis="bare '{s}' post time (Kyiv time, no zone printed) under the date header 'Sunday, 24 March 2030'; EET = UTC+2; {u} UTC",
  notes="Invented outlet (day 3). Text live blog, oldest first; each post opens with a bare 'HH:MM' line (Kyiv time, no zone printed; the outlet's home zone) above its headline. One date header, one page byline (used as every post's author, as in eval/fw). 18142-05 is a near-verbatim repeat of 18142-03 (stale toll of two). 18142-04 is a theme explainer on glide bombs that mentions the Kharkiv attack (own story, must not merge).",
  not_entries=["masthead and section links", "title, byline 'By Yuliia Orwin' and standfirst", "date header 'Sunday, 24 March 2030'",
               "related link 'Related: How Ukraine's prisoner exchanges are negotiated'", "'Refresh for the latest updates'", "footer"],
  entries=[
  E("2030-03-24 09:20", "Prisoner exchange under way on Belarus border, ombudsman says",
    ["An exchange of prisoners between Ukraine and Russia is taking place on the border with Belarus, Ukraine's human rights ombudsman Dmytro Lubinets said on Telegram.",
     "He did not give numbers but said Saudi Arabia had mediated the deal."],
    "diplomacy", "diplomacy", 3, POW, a="Yuliia Orwin", n="multi-seed (18140, 18142, 18143)"),
  E("2030-03-24 12:05", "150 defenders are home: Zelensky thanks Saudi Arabia",
    ["One hundred and fifty Ukrainian servicemen and women have returned home in today's exchange, President Volodymyr Zelensky said, thanking Crown Prince Mohammed bin Salman for his mediation.",
     "Most of those freed had been held since 2022, among them defenders of Mariupol and of Snake Island."],
    "diplomacy", "diplomacy", 3, POW, a="Yuliia Orwin"),
  E("2030-03-24 14:40", GB_H, GB_P, "strikes", "strikes", 3, KH, a="Yuliia Orwin", n="first report, toll 2"),
  E("2030-03-24 16:10", "Explainer: What are glide bombs, and why are they so hard to stop?",
    ["Glide bombs are ordinary Soviet-era aerial bombs fitted with folding wings and a satellite guidance kit, which lets a plane release them 40 to 70 kilometres from the target.",
     "Because the aircraft never has to cross the front line, Ukraine's air defences rarely get a chance to shoot it down, and the bombs themselves are too numerous and too short-lived in flight to intercept reliably.",
     "Kharkiv, within easy reach of Russian airspace, has been the most frequent city target; Sunday's attack was the third on the city this month."],
    "strikes", "strikes", 2, "explainer-glide-bombs", a="Yuliia Orwin",
    n="theme piece (explainer); mentions the Kharkiv attack but is its own story (must not merge)"),
  E("2030-03-24 17:30", GB_H,
    ["Russian aircraft dropped guided bombs on the Kyivskyi district of Kharkiv shortly after 2pm, killing two people and injuring at least 15, the city's mayor Ihor Terekhov said.",
     "Several apartment blocks were still on fire, and rescuers were pulling residents from the upper floors with ladder trucks."],
    "strikes", "strikes", 1, KH, a="Yuliia Orwin", dup="18142-03", n="near-verbatim repeat of 18142-03 (stale toll)"),
  E("2030-03-24 19:45", "Russian warship with Kalibr launchers leaves Novorossiysk, navy says",
    ["A Russian frigate capable of carrying eight Kalibr cruise missiles has left the port of Novorossiysk for the open Black Sea, a spokesman for Ukraine's navy said, urging people in the south to heed air-raid alerts."],
    "other", "security", 2, "kalibr-frigate-leaves-novorossiysk-2030-03-24", a="Yuliia Orwin"),
  ]))

SEEDS.append(dict(
  id="18143", name="18143_quayledispatch-rss", ext="xml", source="Quayle Dispatch", zone="Europe/Kyiv", render=r_rss_content,
  title="Quayle Dispatch \u2014 Ukraine", url="https://quayledispatch.example", lede="News and analysis from Ukraine",
  basis="RSS pubDate '{s}' with an explicit +0200 offset; {u} UTC",
  notes="Invented outlet (day 3). WordPress-style RSS 2.0, newest first, pubDate +0200. Each item has a one-line <description> standfirst worded differently from the article and a <content:encoded> with the full paragraphs: the body (first_sentence, body_paragraphs) is the content:encoded text; the description is a dek. dc:creator in CDATA.",
  not_entries=["channel title, description, lastBuildDate, generator", "category elements", "each item's <description> standfirst (a dek above the body)"],
  entries=[
  E("2030-03-24 20:40", "Canada to pay for half a billion dollars' worth of Ukrainian drones",
    ["Canada's defence minister announced in Kyiv that Ottawa would fund C$500 million of drone purchases from Ukrainian manufacturers this year.",
     "Ukrainian officials said the money would pay for long-range strike drones as well as interceptors."],
    "aid", "aid", 3, CAN, a="Mykola Ferrand", dek="Ottawa's largest single contribution to Ukraine's drone industry so far"),
  E("2030-03-24 18:00", "Kharkiv: seven killed as Russian jets drop glide bombs on city",
    ["The death toll from Sunday's Russian glide bomb attack on Kharkiv has risen to seven, the regional military administration reported.",
     "Among the injured are six children. Two residential buildings in the Kyivskyi district were badly damaged."],
    "strikes", "strikes", 3, KH, a="Mykola Ferrand", dek="The attack hit a residential district in the early afternoon", n="toll 7"),
  E("2030-03-24 13:15", "Saudi Arabia brokers exchange of 300 prisoners",
    ["Ukraine and Russia have each released 150 prisoners of war in an exchange mediated by Saudi Arabia, Ukraine's coordination headquarters for the treatment of POWs said.",
     "The freed Ukrainians include 18 National Guard soldiers and four civilians."],
    "diplomacy", "diplomacy", 3, POW, a="Svitlana Moyne", dek="Riyadh's first mediation of a swap this year"),
  E("2030-03-24 10:30", "Belgorod power plant ablaze after Ukrainian drone attack",
    ["Ukrainian drones struck a combined heat and power plant in Belgorod overnight, Russian regional authorities said, starting a fire that took several hours to contain.",
     "Ukraine's military did not comment."],
    "strikes", "strikes", 3, BEL, a="Svitlana Moyne", dek="Heating was cut to parts of the Russian city"),
  ]))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Builds the eval/fc seed pages and their gold files from one hand-written data table (further below).
Every headline and paragraph is the blind tester's own wording (invented or paraphrased, no copied sentences);
Part A imitates, from memory, the page layouts of ten real outlets; Part B outlets are invented. Deterministic.
Run from the project root:  python3 eval/fc/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
DIAS_ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ABBREV = ("U.S.", "U.N.", "U.K.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.", "EE.UU.", "Sr.", "Sra.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=""):
    """one entry: t = local time 'YYYY-MM-DD HH:MM' in the page zone, h = headline (or None), p = body paragraphs,
    top/sub = topic/subtopic, imp = importance, st = story slug, a = author, sec = secondary topics, kp = Key Points,
    dup = id of the earlier entry it repeats, n = note."""
    return dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)


def OFF(t, h, p, st, a=None, n=""):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n)


def first_sentence(par):
    for m in re.finditer(r'[.!?]["\'\u201d\u2019\u00bb]?(?=\s+[A-Z0-9"\u201c\u2018\u00ab\u00c1\u00c9\u00cd\u00d3\u00da\u00d1]|$)', par):
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


def ampm(d, sep=":", space="", dots=False, upper=False, pad=False):
    hh = d.hour % 12 or 12
    suf = ("a.m." if d.hour < 12 else "p.m.") if dots else ("am" if d.hour < 12 else "pm")
    if upper:
        suf = suf.upper()
    h = f"{hh:02d}" if pad else str(hh)
    return f"{h}{sep}{d.minute:02d}{space}{suf}"


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


def ld_script(obj):
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
        print(f"{fn:42s} {len(ents):2d} entries  UTC {sorted({x['published'][:10] for x in ents})}")
    print(f"{len(SEEDS)} seeds, {total} entries")


# ================================================================ Part A renderers (layouts of real outlets) and data
# Part A days (UTC): 16000 06-01, 16001 06-03, 16002 06-05, 16003 06-07, 16004 06-09, 16005 06-11, 16006 06-13,
# 16007 06-15, 16008 06-16, 16009 06-19 (all 2028).

def r_guardian_au(S):
    """Guardian Australia live blog (DCR layout), HTML. Newest first. Each block: relative '3h ago' link + absolute
    '14.30 AEST' (dot as separator), optional h2 title, contributor line, paragraphs. 'Key events' box lists block titles.
    JSON-LD LiveBlogPosting whose updates carry the PAGE's headline and datePublished (as the Guardian really ships)."""
    z = S["zone"]; order_check(S, True)
    pub = dt(S["published"], z); last = dt(S["entries"][0]["t"], z); cap = dt(S["captured"], z)
    def gdate(d):
        return f"{DAYS_EN[d.weekday()][:3]} {d.day} {SHORT_MONTHS[d.month - 1]} {d.year} {d:%H.%M} AEST"
    def rel(d):
        m = int((cap - d).total_seconds() // 60)
        return f"{m}m ago" if m < 60 else f"{m // 60}h ago"
    bid = [f"block-66{0x5b1f3a2c + 7919 * i:08x}8f0{i}c3" for i in range(len(S["entries"]))]
    ups = [{"@type": "BlogPosting", "@id": f"{S['url']}#{bid[i]}", "headline": S["title"], "datePublished": iso(pub.astimezone(UTC)),
            "dateModified": iso(last.astimezone(UTC)), "articleBody": " ".join(e["p"])[:1000]} for i, e in enumerate(S["entries"])]
    ld = [{"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"],
           "description": S["lede"], "datePublished": iso(pub.astimezone(UTC)), "dateModified": iso(last.astimezone(UTC)),
           "coverageStartTime": iso(pub.astimezone(UTC)), "coverageEndTime": iso((pub + timedelta(hours=14)).astimezone(UTC)),
           "author": [{"@type": "Person", "name": n, "sameAs": "https://www.theguardian.com/profile/" + n.lower().replace(" ", "-")} for n in S["authors"]],
           "publisher": {"@type": "Organization", "name": "The Guardian", "sameAs": "https://www.theguardian.com"},
           "liveBlogUpdate": ups},
          {"@context": "https://schema.org", "@type": "WebPage", "@id": S["url"], "potentialAction": {"@type": "ViewAction", "target": "android-app://com.guardian/https/www.theguardian.com/world/live/2028/jun/01/russia-ukraine-war-live"}}]
    kp = [(i, e) for i, e in enumerate(S["entries"]) if e["kp"]]
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Ukraine | The Guardian</title>',
           f'<meta name="description" content="{attr(S["lede"])}">', f'<link rel="canonical" href="{S["url"]}">',
           '<meta property="og:site_name" content="the Guardian">', ld_script(ld), '</head><body>',
           '<a class="skip" href="#maincontent">Skip to main content</a> <a class="skip" href="#navigation">Skip to navigation</a>',
           '<header><div class="edition">Australia edition</div><div class="support">Support the Guardian<br>Fund independent journalism with $15 per month</div>'
           '<a href="https://support.theguardian.com/au/contribute">Support us</a> <a href="/profile/signin">Sign in</a>'
           '<nav id="navigation"><a href="/au">News</a> <a href="/au/commentisfree">Opinion</a> <a href="/au/sport">Sport</a> '
           '<a href="/au/culture">Culture</a> <a href="/au/lifeandstyle">Lifestyle</a></nav>'
           '<nav class="subnav"><a href="/australia-news">Australia</a> <a href="/world">World</a> <a href="/australia-news/australian-politics">AU politics</a> '
           '<a href="/environment">Environment</a> <a href="/australia-news/indigenous-australians">Indigenous Australia</a> <a href="/au/business">Business</a></nav></header>',
           '<main id="maincontent"><div class="series"><a href="/world/ukraine">Ukraine</a></div>',
           '<div class="live-badge">Live</div>', f'<h1>{esc(S["title"])}</h1>', f'<div class="standfirst"><ul>' + "".join(f"<li>{esc(x)}</li>" for x in S["standfirst"]) + '</ul></div>',
           f'<div class="byline">{esc(S["byline"])}</div>',
           f'<div class="dateline"><span>{gdate(last)}</span> <span>First published on {gdate(pub)}</span></div>',
           '<figure><img src="https://i.guim.co.uk/img/media/ukraine-lead.jpg" alt=""><figcaption>' + esc(S["caption"]) + '</figcaption></figure>',
           '<div class="key-events"><h2>Key events</h2><ul>']
    for i, e in kp:
        out.append(f'<li><a href="#{bid[i]}"><time datetime="{iso(dt(e["t"], z).astimezone(UTC))}">{rel(dt(e["t"], z))}</time> <span>{esc(e["h"])}</span></a></li>')
    out += ['</ul><button>Show key events only</button><p class="noscript">Please turn on JavaScript to use this feature</p></div>',
            '<div id="liveblog-body">', '<p class="live-feed">Live feed</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H.%M} AEST"; stamps.append(st)
        cls = "block is-key-event" if e["kp"] else "block"
        out.append(f'<article id="{bid[i]}" class="{cls}"><header><a href="?page=with:{bid[i]}#{bid[i]}">'
                   f'<time datetime="{iso(d.astimezone(UTC))}">{rel(d)}</time></a><span class="absolute">{st}</span></header>')
        if e["h"]:
            out.append(f'<h2>{esc(e["h"])}</h2>')
        out.append(f'<div class="contributor"><img alt="" src="https://uploads.guim.co.uk/profile.png">{esc(e["a"])}</div>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if i == S.get("updated_block"):
            out.append(f'<p class="updated">Updated at {(d + timedelta(minutes=6)):%H.%M} AEST</p>')
        out.append('<footer><button>Share</button></footer></article>')
        if i == 3:
            out.append('<aside class="epic"><p>… there are factors that make us different from other news organisations. We have no billionaire owner.</p>'
                       '<a href="https://support.theguardian.com/au/contribute">Support the Guardian</a></aside>')
    out += ['</div>', '<nav class="pagination"><a href="?page=with:block-older">Older</a> <a href="#maincontent">Oldest</a></nav>',
            '<div class="topics">Explore more on these topics <a href="/world/ukraine">Ukraine</a> <a href="/world/russia">Russia</a> '
            '<a href="/world/europe-news">Europe</a> <a href="/world/live">live news</a></div>',
            '<div class="share"><a>Share</a> <a>Reuse this content</a></div>',
            '<aside class="most-viewed"><h2>Most viewed</h2><ol><li>Sydney weather: coldest June morning in a decade as frost hits western suburbs</li>'
            '<li>Coalition split deepens over nuclear costings</li></ol></aside></main>',
            '<footer><a>About us</a> <a>Contact us</a> <a>Complaints &amp; corrections</a> <a>Privacy settings</a> <a>Privacy policy</a>'
            '<p>© 2028 Guardian News &amp; Media Limited or its affiliated companies. All rights reserved.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ---------------------------------------------------------------- 16000 Guardian Australia
SEEDS.append(dict(
  id="16000", name="16000_guardianau-live", ext="html", source="Guardian Australia", zone="Australia/Sydney", render=r_guardian_au,
  title="Russia-Ukraine war live: Kharkiv glide bomb kills two; Australia announces new Bushmaster package",
  url="https://www.theguardian.com/world/live/2028/jun/01/russia-ukraine-war-live",
  lede="Latest updates: two dead as guided bomb hits apartment block; Richard Marles announces A$120m in further aid",
  standfirst=["Two killed as glide bomb hits Kharkiv apartment block", "Australia to send further Bushmasters in A$120m package",
              "Russia and Ukraine exchange 84 prisoners each"],
  byline="Kelsey Amari (now) and Tom Whitcombe (earlier)", authors=["Kelsey Amari", "Tom Whitcombe"],
  caption="Firefighters at the scene of a Russian strike in Kharkiv. Photograph: Reuters",
  published="2028-06-01 10:05", captured="2028-06-01 17:40", updated_block=2,
  basis="visible '{s}' (AEST printed with a dot as time separator) in the block header, dated by the page's 'Thu 1 Jun 2028 ... AEST' lines; the relative 'Nh ago' beside it is only the capture-time distance; local {d} in {z}",
  notes="Guardian Australia live blog (DCR layout from memory), newest first. Each block: relative time ('3h ago') plus absolute 'HH.MM AEST', optional h2 title, a contributor line (author), paragraphs. Two blocks have no title (headline null). The 'Key events' box lists three block titles (key_point true, see README convention). The JSON-LD LiveBlogPosting's updates all carry the page headline and the page's datePublished, so per-entry time and headline must come from the HTML. The standfirst bullets repeat the key-event titles and are not entries.",
  not_entries=["skip links, edition switch, support banner, navigation", "series label 'Ukraine' and 'Live' badge", "page title and standfirst bullets",
               "byline 'Kelsey Amari (now) and Tom Whitcombe (earlier)' and the two page date lines", "lead photo caption",
               "'Key events' box (pointers to blocks), 'Show key events only' and the JavaScript notice", "'Live feed' label",
               "relative 'Nh ago' links in block headers", "'Updated at ...' line in the third block", "support-the-Guardian epic after the fourth block",
               "pagination, topic tags, share/reuse links, 'Most viewed' list, footer"],
  entries=[
  E("2028-06-01 16:45", "Zelenskyy says Ukraine needs more Patriot batteries before winter",
    ["Volodymyr Zelenskyy has told a defence forum in Singapore by video link that Ukraine will need at least five additional Patriot air-defence batteries before the heating season begins in October.",
     "He said Russia had fired more than 300 ballistic missiles at Ukrainian cities since January, and that only the US-made system could reliably stop them."],
    "aid", "aid", 2, "zelenskyy-patriot-appeal-singapore-2028-06-01", a="Kelsey Amari", sec=["diplomacy"]),
  E("2028-06-01 15:58", None,
    ["Russia\u2019s defence ministry claims its troops have captured the village of Bohdanivka in the Donetsk region, a claim that could not be independently verified.",
     "Ukraine\u2019s general staff did not mention the village in its evening report, but said its forces had repelled 41 Russian assaults near Chasiv Yar and Kostiantynivka over the previous day."],
    "other", "frontline", 2, "russia-claims-bohdanivka-2028-06-01", a="Kelsey Amari", n="untitled block"),
  E("2028-06-01 14:30", "Two killed as glide bomb hits Kharkiv apartment block",
    ["Two people were killed and at least 14 injured when a Russian guided aerial bomb struck a five-storey apartment building in Kharkiv\u2019s Saltivskyi district early on Thursday, the regional governor, Oleh Syniehubov, said.",
     "Rescue crews were searching the upper floors for residents believed to be trapped, he added on Telegram."],
    "strikes", "strikes", 3, "kharkiv-glide-bomb-2028-06-01", a="Kelsey Amari", kp=True),
  E("2028-06-01 13:12", "Australia to send further Bushmasters in A$120m package",
    ["The defence minister, Richard Marles, has announced a further A$120m in military assistance for Ukraine, including 30 more Bushmaster protected mobility vehicles and a batch of drone-detection equipment.",
     "Marles said the package took Australia\u2019s total support since 2022 past A$1.6bn, and that the vehicles would be shipped from Brisbane within weeks."],
    "aid", "aid", 3, "australia-bushmaster-package-2028-06-01", a="Tom Whitcombe", kp=True),
  E("2028-06-01 12:20", "Hungary again blocks EU statement on Ukraine accession",
    ["Hungary has vetoed a joint statement that EU ministers had hoped to issue on opening the next cluster of accession talks with Ukraine, diplomats in Brussels said.",
     "Budapest argues that Kyiv has not done enough to protect the language rights of ethnic Hungarians in the Zakarpattia region."],
    "diplomacy", "diplomacy", 2, "hungary-blocks-eu-accession-statement-2028-06", a="Tom Whitcombe"),
  E("2028-06-01 11:34", None,
    ["The Zaporizhzhia nuclear power plant was cut off from its last remaining external power line for almost five hours on Wednesday after shelling damaged a nearby substation, the head of the UN nuclear watchdog, Rafael Grossi, has said.",
     "The plant\u2019s emergency diesel generators kicked in until the line was repaired, Grossi said, calling the episode another reminder of how fragile nuclear safety remains at the Russian-occupied site."],
    "strikes", "strikes", 2, "zaporizhzhia-npp-power-loss-2028-05-31", a="Tom Whitcombe", n="untitled block; damage from shelling, so strikes"),
  E("2028-06-01 10:48", "Ukraine says it downed 71 of 97 drones overnight",
    ["Ukraine\u2019s air force says Russia launched 97 attack and decoy drones and two Iskander-M ballistic missiles overnight, and that 71 of the drones were shot down or jammed.",
     "Hits were recorded in the Sumy, Poltava and Odesa regions, it said, without giving details of damage."],
    "strikes", "strikes", 2, "overnight-drone-attack-2028-06-01", a="Tom Whitcombe", n="must not merge with the Kharkiv glide bomb (other weapon, other attack)"),
  E("2028-06-01 10:12", "Russia and Ukraine exchange 84 prisoners each",
    ["Russia and Ukraine have each released 84 prisoners of war in an exchange brokered by the United Arab Emirates, Ukraine\u2019s coordination headquarters for the treatment of PoWs has said.",
     "Among the Ukrainians coming home were defenders of Mariupol who had spent more than six years in Russian captivity, Zelenskyy wrote on X."],
    "diplomacy", "diplomacy", 3, "prisoner-exchange-84-2028-05-31", a="Tom Whitcombe", kp=True),
  ]))


def r_globe(S):
    """The Globe and Mail World section front, text scrape (from memory). Cards: kicker in capitals, headline, deck, byline
    (staff name with title, or the wire credit), then 'Published June 3, 2028 at 4:17 p.m. EDT'. Newest first."""
    z = S["zone"]; order_check(S, True)
    L = ["Skip to main content", "The Globe and Mail", "Subscribe", "Log in", "",
         "Canada   Politics   Business   Investing   World   Opinion   Arts   Life   Sports   Drive   Podcasts   Newsletters", "",
         "WORLD", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"Published {MONTHS[d.month - 1]} {d.day}, {d.year} at {ampm(d, space=' ', dots=True)} EDT"; stamps.append(st)
        L += [e["kicker"], e["h"], ""] + ptxt(e["p"]) + [e["byline"], st, ""]
        if i == 2:
            L += ["Morning Update newsletter", "Start your day with the news you need, from Canada and around the world. Sign up today.", "SIGN UP", ""]
    L += ["Load more", "", "MOST POPULAR", "Ottawa to table bill on foreign agent registry this fall", "Toronto condo sales slump to lowest level in two decades", "",
          "Report an editorial error", "Report a technical issue", "Editorial code of conduct", "",
          "© Copyright 2028 The Globe and Mail Inc. All rights reserved.", "351 King Street East, Suite 1600, Toronto, ON Canada, M5A 0N1"]
    return "\n".join(L) + "\n", stamps


def G(e, kicker, byline):
    e["kicker"] = kicker; e["byline"] = byline
    return e


# ---------------------------------------------------------------- 16001 The Globe and Mail
SEEDS.append(dict(
  id="16001", name="16001_globeandmail-world", ext="txt", source="The Globe and Mail", zone="America/Toronto", render=r_globe,
  title="World news",
  basis="stamp '{s}' (full date and Eastern daylight time printed on the card); local {d} in {z}",
  notes="The Globe and Mail World section front, text scrape (layout from memory). Cards, newest first: kicker in capitals, headline, one deck paragraph, byline line, then 'Published <Month D, YYYY> at <h:mm a.m.> EDT'. Wire credits 'The Associated Press' / 'Reuters' are the author; staff byline 'Nadia Orlikow Europe Correspondent' gives the name only. Two cards (Chios wildfires, China landslides) are not about the war.",
  not_entries=["skip link, masthead, subscribe/log-in links, section navigation", "'WORLD' section label and page heading 'World news'",
               "kicker lines (UKRAINE, EUROPE, ASIA-PACIFIC, CANADA) above the headlines", "byline lines", "Morning Update newsletter promo after the third card",
               "'Load more', 'MOST POPULAR' list, report-an-error links, copyright and address footer"],
  entries=[
  G(E("2028-06-03 18:55", "Missile strike on Zaporizhzhia industrial site kills three",
      ["A Russian ballistic missile slammed into a machine-building plant in Zaporizhzhia on Saturday afternoon, killing three workers and wounding 17, the regional administration said."],
      "strikes", "strikes", 3, "zaporizhzhia-plant-missile-strike-2028-06-03", a="The Associated Press"), "UKRAINE", "The Associated Press"),
  G(E("2028-06-03 16:17", "Canada to train Ukrainian drone pilots at CFB Shilo",
      ["The Canadian Armed Forces will start training Ukrainian drone operators at the Manitoba base this summer, expanding a mission that has so far focused on infantry and combat engineers, the Defence Minister\u2019s office said."],
      "aid", "aid", 2, "canada-drone-pilot-training-2028-06", a="Nadia Orlikow"), "CANADA", "Nadia Orlikow Europe Correspondent"),
  G(OFF("2028-06-03 14:03", "Wildfires force evacuations on Greek island of Chios",
        ["Greek authorities ordered the evacuation of six villages on Chios as wind-driven fires spread through pine forest for a second day."],
        "chios-wildfires-2028-06", a="Reuters", n="Greek wildfires"), "EUROPE", "Reuters"),
  G(E("2028-06-03 11:48", "Ukraine\u2019s new mobilization rules are buying time, not soldiers",
      ["Kyiv\u2019s decision to lower the conscription age to 23 has produced far fewer recruits than commanders hoped, and officers at the front say the shortfall is being felt most in the infantry."],
      "other", "politics", 2, "analysis-ukraine-mobilization-shortfall-2028-06", a="Nadia Orlikow", n="analysis piece"), "UKRAINE", "Nadia Orlikow Europe Correspondent"),
  G(E("2028-06-03 09:26", "Zelensky to meet Erdogan in Istanbul on Black Sea shipping",
      ["Ukrainian President Volodymyr Zelensky will travel to Istanbul on Monday for talks with Turkish President Recep Tayyip Erdogan on keeping commercial shipping lanes in the Black Sea open, his office said."],
      "diplomacy", "diplomacy", 2, "zelensky-erdogan-istanbul-meeting-2028-06", a="Reuters", n="announced future meeting (arrangement): importance 2"), "UKRAINE", "Reuters"),
  G(OFF("2028-06-03 07:10", "Landslides after heavy rain kill 11 in southern China",
        ["Days of torrential rain set off landslides that buried homes in two villages in Guangxi, state media reported, and rescuers were still looking for at least five people."],
        "guangxi-landslides-2028-06", a="The Associated Press", n="China landslides"), "ASIA-PACIFIC", "The Associated Press"),
  G(E("2028-06-03 05:35", "Russian court jails woman over anti-war posts about her son\u2019s death",
      ["A court in the Siberian city of Tomsk sentenced a 58-year-old woman to five years in prison for social media posts blaming the Kremlin for her son\u2019s death in Ukraine, rights group OVD-Info said."],
      "other", "politics", 2, "tomsk-mother-anti-war-sentence-2028-06", a="The Associated Press"), "EUROPE", "The Associated Press"),
  ]))


def r_natpost(S):
    """National Post (Postmedia) live-updates article, HTML. Oldest first. 'Author of the article:' byline, 'Published Jun 05, 2028 •
    Last updated 2 hours ago • 5 minute read', Postmedia ad placeholders inside the article. Each update: bold '6:40 a.m. ET'
    paragraph, then an h2 headline, then paragraphs. NewsArticle JSON-LD (page level only)."""
    z = S["zone"]; order_check(S, False)
    pub = dt(S["published"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "mainEntityOfPage": S["url"], "headline": S["title"],
          "description": S["lede"], "datePublished": pub.isoformat(), "dateModified": last.isoformat(),
          "author": [{"@type": "Person", "name": S["byline"], "url": "https://nationalpost.com/author/" + S["byline"].lower().replace(" ", "")}],
          "publisher": {"@type": "Organization", "name": "National Post", "logo": {"@type": "ImageObject", "url": "https://nationalpost.com/wp-content/themes/postmedia/assets/images/logos/NP.svg"}},
          "articleSection": "World", "isAccessibleForFree": True}
    out = ['<!DOCTYPE html>', '<html lang="en-CA"><head><meta charset="UTF-8">', f'<title>{esc(S["title"])} | National Post</title>',
           ld_script(ld), '</head><body class="single">',
           '<header class="header"><a class="logo" href="/">National Post</a><nav><a href="/category/news/">News</a> <a href="/category/opinion/">Opinion</a> '
           '<a href="/category/news/canada/">Canada</a> <a href="/category/news/politics/">Politics</a> <a href="/category/news/world/">World</a> '
           '<a href="/category/sports/">Sports</a> <a href="/category/full-comment/">Full Comment</a> <a href="/category/life/">Life</a> <a href="/category/podcasts/">Podcasts</a></nav>'
           '<a class="btn" href="/subscribe">Subscribe</a> <a href="/sign-in">Sign In</a></header>',
           '<main><article><div class="article-header"><a class="tag" href="/category/news/world/">World</a>',
           f'<h1 class="article-title">{esc(S["title"])}</h1>', f'<p class="article-subtitle">{esc(S["lede"])}</p>',
           f'<div class="published-by">Author of the article: <span class="published-by__author">{esc(S["byline"])}</span></div>',
           f'<div class="published-date"><span>Published {SHORT_MONTHS[pub.month - 1]} {pub.day:02d}, {pub.year}</span> &bull; '
           f'<span>Last updated {S["last_rel"]}</span> &bull; <span>5 minute read</span></div>',
           '<a class="comments-link" href="#comments">Join the conversation</a></div>',
           '<figure><img src="/wp-content/uploads/2028/06/kyiv-drone.jpg" alt=""><figcaption>' + esc(S["caption"]) + '</figcaption></figure>',
           '<div class="article-content"><p class="registration">You can save this article by registering for free <a href="/register">here</a>. Or sign-in if you have an account.</p>',
           '<p class="article-content__heading">Article content</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, space=' ', dots=True)} ET"; stamps.append(st)
        out.append(f'<p><strong>{st}</strong></p>')
        out.append(f'<h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if i in (1, 4):
            out.append(f'<div class="ad-wrapper"><span>Advertisement {(i + 3) // 2}</span><p>Story continues below</p>'
                       '<p>This advertisement has not loaded yet, but your article continues below.</p></div>')
    out += [f'<p><em>{esc(S["contrib"])}</em></p>', '</div>',
            '<div class="article-footer"><h3>Share this article in your social network</h3></div>',
            '<section id="comments"><h2>Comments</h2><p>Postmedia is committed to maintaining a lively but civil forum for discussion. '
            'Please keep comments relevant and respectful.</p></section>',
            '<section class="trending"><h2>Trending</h2><ol><li>Toronto transit strike vote set for next week</li><li>Oilers sign veteran defenceman to one-year deal</li></ol></section>',
            '</article></main>', '<footer><p>365 Bloor Street East, Toronto, Ontario, M4W 3L4</p><p>© 2028 National Post, a division of Postmedia Network Inc. All rights reserved.</p></footer>',
            '</body></html>']
    return "\n".join(out) + "\n", stamps


# ---------------------------------------------------------------- 16002 National Post
SEEDS.append(dict(
  id="16002", name="16002_nationalpost-live", ext="html", source="National Post", zone="America/Toronto", render=r_natpost,
  title="Ukraine war live updates: Russia sends biggest drone wave of the year at Kyiv",
  url="https://nationalpost.com/news/world/ukraine-war-live-updates-june-5-2028",
  lede="One dead in Kyiv after hundreds of drones target the capital; Ottawa adds names to sanctions list",
  byline="Corinne Abdallah", published="2028-06-05 06:30", last_rel="2 hours ago",
  caption="A firefighter works at a damaged building in Kyiv on Monday. Photo by Reuters",
  contrib="\u2014 With files from The Associated Press, Reuters and Agence France-Presse",
  basis="bold '{s}' line before the update's headline (Eastern time), dated by 'Published Jun 05, 2028' (oldest first, no midnight crossing); local {d} in {z}",
  notes="National Post (Postmedia) live-updates article, HTML (layout from memory). Oldest first. Each update: a bold 'h:mm a.m. ET' paragraph, an h2 headline, paragraphs. Only the page date 'Published Jun 05, 2028' dates the stamps; 'Last updated 2 hours ago' is page chrome. No per-update byline: the page byline 'Corinne Abdallah' is used for every entry. JSON-LD is a page-level NewsArticle. 16002-03 updates the toll of 16002-01 (same story, toll 1 -> 3).",
  not_entries=["header/navigation", "'World' tag, title, subtitle", "'Author of the article:' byline line", "'Published ... • Last updated 2 hours ago • 5 minute read' line",
               "'Join the conversation' link", "photo caption", "registration prompt and 'Article content' label", "two ad placeholders ('Advertisement', 'Story continues below', 'This advertisement has not loaded yet...')",
               "'With files from' credit line", "share, comments and Trending sections, footer"],
  entries=[
  E("2028-06-05 06:40", "Kyiv hit by largest drone attack of the year",
    ["Russia launched 312 drones and nine missiles at Ukraine overnight, most of them aimed at Kyiv, where falling debris damaged homes in four districts and killed one man, city officials said.",
     "Mayor Vitali Klitschko said more than 20 people were hurt and urged residents to stay close to shelters as another alert sounded at dawn."],
    "strikes", "strikes", 3, "kyiv-drone-attack-2028-06-05", a="Corinne Abdallah", n="toll 1"),
  E("2028-06-05 08:15", "Poland scrambles jets as missiles fly near its border",
    ["Poland\u2019s operational command said it had scrambled Polish and allied aircraft during the night as Russian missiles flew towards western Ukraine, and that ground-based air defence was put on its highest readiness."],
    "other", "security", 2, "poland-scrambles-jets-2028-06-05", a="Corinne Abdallah", sec=["strikes"]),
  E("2028-06-05 09:50", "Kyiv death toll rises to three",
    ["Two more bodies were found under the remains of a house in the Holosiivskyi district, bringing the death toll from the overnight attack on Kyiv to three, the State Emergency Service said."],
    "strikes", "strikes", 3, "kyiv-drone-attack-2028-06-05", a="Corinne Abdallah", n="toll 3 (same story as 16002-01)"),
  E("2028-06-05 11:30", "Ottawa adds 40 names to Russia sanctions list",
    ["Canada imposed sanctions on 28 individuals and 12 entities it says help Russia obtain drone components from abroad, Global Affairs Canada said in a statement.",
     "Among those listed are shipping firms registered in the United Arab Emirates and Hong Kong."],
    "diplomacy", "diplomacy", 2, "canada-sanctions-drone-suppliers-2028-06-05", a="Corinne Abdallah"),
  E("2028-06-05 13:05", "Rutte says allies must \u2018dig deeper\u2019 on air defence",
    ["NATO Secretary General Mark Rutte said allies had to find more interceptors for Ukraine quickly, arguing that every Patriot missile sent to Kyiv was cheaper than the damage it prevented."],
    "aid", "aid", 2, "rutte-air-defence-appeal-2028-06-05", a="Corinne Abdallah", sec=["diplomacy"]),
  E("2028-06-05 15:40", "Moscow airports briefly shut as Russia reports Ukrainian drones",
    ["Russia\u2019s defence ministry said air defences destroyed 23 Ukrainian drones over the Moscow region in the afternoon, and the aviation authority briefly halted flights at Vnukovo and Domodedovo."],
    "strikes", "strikes", 2, "moscow-region-drones-2028-06-05", a="Corinne Abdallah", n="must not merge with the Kyiv attack (other direction)"),
  E("2028-06-05 18:10", "Kremlin rejects Turkish idea of an air truce",
    ["Kremlin spokesman Dmitry Peskov dismissed a Turkish proposal for a moratorium on strikes against energy facilities, saying such a pause would only help Ukraine rearm."],
    "diplomacy", "diplomacy", 2, "kremlin-rejects-turkish-energy-truce-2028-06-05", a="Corinne Abdallah"),
  ]))


def r_toi(S):
    """The Times of India live blog, text scrape (from memory). Page header 'TOI World Desk / TIMESOFINDIA.COM / Updated: ...',
    then entries newest first: 'Jun 07, 2028, 10:45 PM IST' line, bold headline line, body, 'Read Less'. 'Also Read' links,
    'Visual Stories' and 'Trending' chrome."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z)
    def tstamp(d):
        return f"{SHORT_MONTHS[d.month - 1]} {d.day:02d}, {d.year}, {ampm(d, space=' ', upper=True, pad=True)} IST"
    L = ["News", "World News", "Europe News", S["title"], "", "TRENDING", "Russia Ukraine War   Indians in Russian Army   Odesa Attack   Putin   Zelenskyy", "",
         S["title"], "", "TOI World Desk / TIMESOFINDIA.COM / " + f"Updated: {SHORT_MONTHS[last.month - 1]} {last.day}, {last.year}, {last:%H:%M} IST", "",
         "Share", "FOLLOW US", "Font Size", "", S["lede"], "", "Read More", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = tstamp(d); stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"]) + ["Read Less", ""]
        if i == 1:
            L += ["Also Read: Russia-Ukraine war: How many Indians are still serving in the Russian army?", ""]
        if i == 4:
            L += ["Visual Stories", "10 most powerful air defence systems in the world", "Monsoon arrives in Mumbai: 8 pictures", ""]
    L += ["Start a Conversation", "", "Trending Stories", "Stock market today: Sensex, Nifty open higher", "IMD issues heavy rain alert for Kerala", "",
          "About us   Create Your Own Ad   Terms of Use and Grievance Redressal Policy   Privacy policy", "Copyright \u00a9 2028 Bennett, Coleman & Co. Ltd. All rights reserved."]
    return "\n".join(L) + "\n", stamps


# ---------------------------------------------------------------- 16003 The Times of India
ODESA_TOI = "odesa-port-missile-strike-2028-06-07"
SEEDS.append(dict(
  id="16003", name="16003_timesofindia-live", ext="txt", source="The Times of India", zone="Asia/Kolkata", render=r_toi,
  title="Russia Ukraine War Live Updates: Missile strike on Odesa port kills seven; 12 Indians back from Russian army",
  lede="Russia fired missiles at the Black Sea port city of Odesa on Wednesday as the death toll rose through the day. Meanwhile, the MEA confirmed that a group of Indian nationals discharged from the Russian army had reached Delhi. Follow TOI for live updates.",
  basis="stamp '{s}' (date, 12-hour clock and IST on the entry's own line); local {d} in {z}",
  notes="The Times of India live blog, text scrape (layout from memory). Newest first; each entry: 'Jun 07, 2028, 10:45 PM IST' line, bold headline, body, 'Read Less'. The page byline 'TOI World Desk' is a desk credit naming no person, so author is null for every entry. The Odesa strike is told twice (16003-05 five dead, 16003-03 seven dead): same story.",
  not_entries=["breadcrumb 'News / World News / Europe News' and the first title line", "TRENDING tag strip", "byline/updated line 'TOI World Desk / TIMESOFINDIA.COM / Updated: ...'",
               "'Share', 'FOLLOW US', 'Font Size'", "lede paragraph and 'Read More'", "'Read Less' after each entry", "'Also Read:' link",
               "'Visual Stories' block", "'Start a Conversation', 'Trending Stories', footer"],
  entries=[
  E("2028-06-07 22:45", "Zelenskyy thanks India for shipment of mobile power generators",
    ["Ukrainian President Volodymyr Zelenskyy thanked India for a consignment of 40 mobile generators delivered to hospitals in the Kharkiv and Sumy regions, saying they would keep operating theatres running during blackouts.",
     "The equipment was flown to Poland and trucked across the border last week, officials said."],
    "aid", "aid", 2, "india-generators-ukraine-hospitals-2028-06", n="humanitarian aid"),
  E("2028-06-07 20:10", "MEA: 12 Indians discharged from Russian army return home",
    ["Twelve Indian nationals who had been recruited into the Russian army as support staff have returned to Delhi after their contracts were cancelled, the Ministry of External Affairs said on Wednesday.",
     "MEA spokesperson said the government continued to press Moscow for the release of the remaining Indians believed to be serving with Russian units.",
     "Families of the men had alleged that they were lured with promises of jobs as helpers and security guards."],
    "other", "humanitarian", 2, "indians-discharged-russian-army-return-2028-06-07", sec=["diplomacy"]),
  E("2028-06-07 18:30", "Odesa missile strike: death toll climbs to seven",
    ["The number of people killed in Wednesday\u2019s Russian missile attack on Odesa has risen to seven, regional governor Oleh Kiper said, adding that 26 people were being treated in hospitals.",
     "Two of the dead were crew members of a cargo ship moored at the port."],
    "strikes", "strikes", 3, ODESA_TOI, n="toll 7"),
  E("2028-06-07 16:05", "Russia and China begin joint naval drills in Sea of Japan",
    ["Warships from the Russian Pacific Fleet and the Chinese navy started a week of joint exercises in the Sea of Japan, Russia\u2019s defence ministry said, including anti-submarine and air-defence drills."],
    "other", "security", 2, "russia-china-naval-drills-2028-06"),
  E("2028-06-07 14:20", "Russian missiles hit Odesa port, five killed",
    ["At least five people were killed when Russian missiles struck port facilities in Odesa on Wednesday morning, Ukrainian officials said.",
     "A grain warehouse and two administrative buildings were set on fire, and several nearby residential blocks lost their windows."],
    "strikes", "strikes", 3, ODESA_TOI, n="toll 5"),
  E("2028-06-07 11:50", "Ukraine says it struck ammunition depot in Russia\u2019s Bryansk region",
    ["Ukraine\u2019s general staff said its drones hit an artillery ammunition depot near the town of Klintsy in Russia\u2019s Bryansk region overnight, setting off secondary explosions."],
    "strikes", "strikes", 2, "bryansk-ammunition-depot-strike-2028-06-07", n="must not merge with the Odesa strike"),
  E("2028-06-07 08:15", "Switzerland to host meeting of national security advisers on Ukraine peace framework",
    ["Switzerland will host national security advisers from about 60 countries next week to discuss a framework for future peace talks on Ukraine, the Swiss foreign ministry said, and India has confirmed it will take part."],
    "diplomacy", "diplomacy", 2, "swiss-nsa-meeting-ukraine-peace-2028-06"),
  ]))


def r_dawn_atom(S):
    """Dawn (dawn.com) section feed, Atom (from memory): <published>/<updated> with +05:00, <author><name> (agency credit),
    summary plus escaped-HTML content with a media:content image. Newest first."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">',
           f'<title>{esc(S["title"])}</title>', '<link rel="alternate" type="text/html" href="https://www.dawn.com/world"/>',
           '<link rel="self" type="application/atom+xml" href="https://www.dawn.com/feeds/world"/>', '<id>https://www.dawn.com/feeds/world</id>',
           f'<updated>{dt(S["entries"][0]["t"], z).isoformat()}</updated>', '<subtitle>Dawn - World news</subtitle>', '<rights>Copyright 2028, Dawn</rights>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat(); stamps.append(st)
        nid = 1880412 - i * 37
        body = "".join(f"<p>{esc(p)}</p>" for p in e["p"])
        out += ['<entry>', f'<title type="html">{esc(e["h"])}</title>', f'<link rel="alternate" type="text/html" href="https://www.dawn.com/news/{nid}/{e["slug"]}"/>',
                f'<id>https://www.dawn.com/news/{nid}</id>', f'<published>{st}</published>', f'<updated>{(d + timedelta(minutes=4)).isoformat()}</updated>',
                f'<author><name>{esc(e.get("credit") or e["a"])}</name></author>',
                f'<media:content url="https://i.dawn.com/thumbnail/2028/06/{nid}.jpg" medium="image" type="image/jpeg"><media:text>{esc(e["cap"])}</media:text></media:content>',
                '<content type="html">' + esc(f'<figure><img src="https://i.dawn.com/large/2028/06/{nid}.jpg"><figcaption>{esc(e["cap"])}</figcaption></figure>' + body) + '</content>',
                '</entry>']
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def DW(e, slug, cap, credit=None):
    e["slug"] = slug; e["cap"] = cap; e["credit"] = credit
    return e


# ---------------------------------------------------------------- 16004 Dawn
SEEDS.append(dict(
  id="16004", name="16004_dawn-worldatom", ext="xml", source="Dawn", zone="Asia/Karachi", render=r_dawn_atom,
  title="Dawn - World",
  basis="<published> '{s}' (ISO 8601 with Pakistan's +05:00 offset); local {d} in {z}",
  notes="Dawn World section Atom feed (shape from memory). Newest first; <published> with +05:00; <author><name> is an agency credit (AFP, Reuters, AP) used as author; <content type='html'> holds an escaped figure with caption followed by the paragraphs (captions are not body). Three of six items are about the war; the rest (Bangladesh floods, US Federal Reserve, Afghan returns at Torkham) are off-beat.",
  not_entries=["feed title, links, id, updated, subtitle, rights", "media:content/media:text image captions and the figure caption inside each content", "per-entry <updated> times"],
  entries=[
  DW(OFF("2028-06-09 22:15", "Flash floods displace thousands in northeastern Bangladesh",
         ["Flash floods triggered by heavy rain in India\u2019s Meghalaya hills swept through the Sylhet and Sunamganj districts, forcing more than 40,000 people into shelters, officials said."],
         "bangladesh-floods-2028-06", a="AFP", n="Bangladesh floods"),
     "flash-floods-displace-thousands-in-bangladesh", "People wade through a flooded road in Sylhet. \u2014 AFP"),
  DW(E("2028-06-09 19:40", "EU agrees to tap frozen Russian assets for new Ukraine loan",
       ["European Union finance ministers agreed on Friday to raise a 35 billion euro loan for Ukraine that will be repaid from the profits of Russian central bank assets frozen in Europe.",
        "Hungary abstained but did not block the decision, diplomats said."],
       "aid", "aid", 3, "eu-frozen-assets-loan-2028-06-09", a="Reuters", sec=["diplomacy"]),
     "eu-agrees-to-tap-frozen-russian-assets-for-new-ukraine-loan", "The EU flag flies outside the Berlaymont building in Brussels. \u2014 Reuters"),
  DW(OFF("2028-06-09 16:05", "US Fed holds rates steady, signals one cut this year",
         ["The US Federal Reserve left its benchmark interest rate unchanged and policymakers pencilled in a single quarter-point cut before the end of the year."],
         "us-fed-holds-rates-2028-06", a="Reuters", n="US monetary policy"),
     "us-fed-holds-rates-steady", "The Federal Reserve building in Washington. \u2014 Reuters"),
  DW(E("2028-06-09 13:30", "Two killed as Russian shelling hits Kherson market",
       ["Russian artillery fire struck a covered market in Kherson on Friday morning, killing two people and wounding nine, the regional military administration said.",
        "The city, on the west bank of the Dnipro river, is shelled almost daily from Russian positions across the water."],
       "strikes", "strikes", 3, "kherson-market-shelling-2028-06-09", a="AFP"),
     "two-killed-as-russian-shelling-hits-kherson-market", "Emergency workers at the site of the shelling in Kherson. \u2014 AFP"),
  DW(OFF("2028-06-09 10:50", "Returns of Afghans through Torkham pick up ahead of deadline",
         ["More than 3,000 Afghan nationals crossed back into Afghanistan through the Torkham border on Friday, officials said, as a government deadline for undocumented foreigners approached."],
         "afghan-returns-torkham-2028-06", n="Afghan returns; house credit 'Dawn Report' names no person or agency, author null"),
     "returns-of-afghans-through-torkham-pick-up", "Afghan families wait at the Torkham crossing. \u2014 Photo by author", credit="Dawn Report"),
  DW(E("2028-06-09 07:25", "Drone attack sparks fire at Russian oil refinery in Ryazan",
       ["A Ukrainian drone attack set off a fire at an oil refinery in the Russian city of Ryazan, the regional governor said, adding that no one was hurt.",
        "Russia\u2019s defence ministry said 19 drones had been destroyed over the Ryazan and Tula regions during the night."],
       "strikes", "strikes", 2, "ryazan-refinery-drone-strike-2028-06-09", a="The Associated Press"),
     "drone-attack-sparks-fire-at-russian-oil-refinery-in-ryazan", "Smoke rises over the Ryazan refinery. \u2014 AP"),
  ]))


def r_japantimes_rss(S):
    """The Japan Times WordPress feed, RSS 2.0 (from memory): pubDate with +0900, dc:creator (Kyodo, Reuters, Jiji, Bloomberg or staff),
    category elements, a plain excerpt in <description> and the paragraphs in <content:encoded>. Newest first."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" '
           'xmlns:slash="http://purl.org/rss/1.0/modules/slash/" xmlns:media="http://search.yahoo.com/mrss/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<atom:link href="https://www.japantimes.co.jp/feed/" rel="self" type="application/rss+xml" />',
           '<link>https://www.japantimes.co.jp</link>', '<description>News on Japan, Business News, Opinion, Sports, Entertainment and More</description>',
           f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z))}</lastBuildDate>', '<language>en-US</language>',
           '<sy:updatePeriod>hourly</sy:updatePeriod>', '<sy:updateFrequency>1</sy:updateFrequency>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        link = f"https://www.japantimes.co.jp/{e['sect']}/{d:%Y/%m/%d}/{e['slug']}/"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<dc:creator><![CDATA[{e["a"]}]]></dc:creator>',
                f'<pubDate>{st}</pubDate>'] + [f'<category><![CDATA[{c}]]></category>' for c in e["cats"]] + [
                f'<guid isPermaLink="false">https://www.japantimes.co.jp/?p={5410233 - i * 211}</guid>',
                f'<description><![CDATA[{e["p"][0][:140].rsplit(" ", 1)[0]} [&#8230;]]]></description>',
                '<content:encoded><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></content:encoded>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def JT(e, sect, slug, cats):
    e["sect"] = sect; e["slug"] = slug; e["cats"] = cats
    return e


# ---------------------------------------------------------------- 16005 The Japan Times
SEEDS.append(dict(
  id="16005", name="16005_japantimes-rss", ext="xml", source="The Japan Times", zone="Asia/Tokyo", render=r_japantimes_rss,
  title="The Japan Times",
  basis="<pubDate> '{s}' (RFC 822 with +0900); local {d} in {z}",
  notes="The Japan Times WordPress RSS 2.0 feed (shape from memory). Newest first; pubDate with +0900; dc:creator in CDATA is a wire credit (Kyodo, Jiji, Reuters, Bloomberg) used as author; <description> is a truncated excerpt ending in '[…]' (not body), <content:encoded> holds the paragraphs. Two of six items are off-beat (typhoon, Nikkei).",
  not_entries=["channel title/link/description/lastBuildDate/language/sy:* elements", "category elements", "guid", "the truncated <description> excerpts ending in '[…]' (the body is content:encoded)"],
  entries=[
  JT(E("2028-06-11 22:40", "Japan to give Ukraine \u00a580 billion more for reconstruction",
       ["Japan will extend an additional \u00a580 billion in grants and loans for Ukraine\u2019s reconstruction, focusing on the power grid and demining, the Foreign Ministry said Sunday.",
        "The money will be channeled through the Japan International Cooperation Agency and the World Bank."],
       "aid", "aid", 3, "japan-reconstruction-aid-ukraine-2028-06-11", a="Jiji"),
     "news", "japan-ukraine-reconstruction-aid", ["Japan", "Ukraine", "foreign aid"]),
  JT(E("2028-06-11 19:15", "G7 foreign ministers to confer on North Korean missiles used against Ukraine",
       ["Foreign ministers of the Group of Seven nations will hold an online meeting this week to discuss Russia\u2019s use of North Korean ballistic missiles against Ukraine, a Japanese government source said."],
       "diplomacy", "diplomacy", 2, "g7-ministers-north-korean-missiles-2028-06", a="Kyodo"),
     "news", "g7-north-korea-missiles-ukraine", ["G7", "North Korea", "Russia"]),
  JT(OFF("2028-06-11 16:30", "Typhoon Guchol brushes Okinawa, grounding dozens of flights",
         ["Typhoon Guchol passed close to Okinawa\u2019s main island on Sunday, bringing gusts of up to 160 kph and forcing airlines to cancel more than 90 flights."],
         "typhoon-guchol-okinawa-2028-06", a="Kyodo", n="typhoon"),
     "news", "typhoon-guchol-okinawa", ["weather", "Okinawa"]),
  JT(E("2028-06-11 13:05", "Russian strike on Sumy kills four",
       ["A Russian missile hit a residential area in the northeastern Ukrainian city of Sumy on Sunday, killing four people, including a child, regional officials said.",
        "The city, about 30 kilometers from the Russian border, has come under increasingly frequent attack since the spring."],
       "strikes", "strikes", 3, "sumy-missile-strike-2028-06-11", a="Reuters"),
     "news", "russia-strike-sumy-ukraine", ["Ukraine", "Russia"]),
  JT(OFF("2028-06-11 11:20", "Nikkei hits record as chip stocks extend rally",
         ["The Nikkei stock average closed the week at an all-time high as investors piled into chip-equipment makers on expectations of strong demand for AI servers."],
         "nikkei-record-2028-06", a="Bloomberg", n="markets"),
     "business", "nikkei-record-chip-stocks", ["markets", "stocks"]),
  JT(E("2028-06-11 09:30", "North Korea shipped millions more shells to Russia, Seoul says",
       ["North Korea has sent Russia about 3 million more artillery shells since last autumn, along with short-range ballistic missiles, South Korea\u2019s spy agency told lawmakers on Sunday."],
       "aid", "aid", 3, "north-korea-shells-to-russia-2028-06", a="Kyodo", n="arms transfer to Russia"),
     "asia-pacific", "north-korea-shells-russia-nis", ["North Korea", "Russia", "South Korea"]),
  ]))


def r_haaretz(S):
    """Haaretz World News section front, HTML (from memory). Cards newest first: optional 'Premium' label, h2 headline, subtitle,
    author/agency line, then 'Jun 13, 2028 9:10 pm IDT'. WebPage + BreadcrumbList JSON-LD only."""
    z = S["zone"]; order_check(S, True)
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "@id": "https://www.haaretz.com/world-news", "name": S["title"], "isPartOf": {"@id": "https://www.haaretz.com/#website"}},
        {"@type": "BreadcrumbList", "itemListElement": [{"@type": "ListItem", "position": 1, "name": "Home", "item": "https://www.haaretz.com"},
                                                        {"@type": "ListItem", "position": 2, "name": "World News", "item": "https://www.haaretz.com/world-news"}]}]}
    out = ['<!DOCTYPE html>', '<html lang="en" dir="ltr"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - Haaretz.com</title>', ld_script(ld), '</head><body>',
           '<header><a class="logo" href="/">Haaretz</a> <span class="tagline">Haaretz.com | the Israeli news website</span>'
           '<a class="cta" href="/promotions-page/subscribe">Subscribe</a> <a href="/login">Log in</a>'
           '<nav><a href="/israel-news">Israel News</a> <a href="/middle-east-news">Middle East</a> <a href="/us-news">U.S. News</a> '
           '<a href="/jewish">Jewish World</a> <a href="/world-news">World News</a> <a href="/opinion">Opinion</a> <a href="/life">Life &amp; Culture</a> '
           '<a href="/archaeology">Archaeology</a> <a href="/hebrew">Haaretz Hebrew</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{SHORT_MONTHS[d.month - 1]} {d.day}, {d.year} {ampm(d, space=' ')} IDT"; stamps.append(st)
        out.append('<article class="card">')
        if e.get("premium"):
            out.append('<span class="label">Premium</span>')
        out.append(f'<h2><a href="/world-news/{d:%Y-%m-%d}/ty-article/{e["slug"]}">{esc(e["h"])}</a></h2>')
        out += [f'<p class="subtitle">{esc(p)}</p>' for p in e["p"]]
        out.append(f'<div class="meta"><span class="author">{esc(e.get("credit") or e["a"])}</span> <time datetime="{d.isoformat()}">{st}</time></div></article>')
        if i == 2:
            out.append('<aside class="promo"><p>Get the Haaretz Today newsletter. The latest news and analysis, straight to your inbox.</p>'
                       '<input placeholder="Email*"> <button>Sign up</button></aside>')
    out += ['<a class="more" href="/world-news?page=2">Load more</a></main>',
            '<footer><a>About Haaretz</a> <a>Contact us</a> <a>Terms and conditions</a> <a>Privacy policy</a> <a>Accessibility</a>'
            '<p>\u00a9 Haaretz Daily Newspaper Ltd. All Rights Reserved</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def HZ(e, slug, premium=False, credit=None):
    e["slug"] = slug; e["premium"] = premium; e["credit"] = credit
    return e


# ---------------------------------------------------------------- 16006 Haaretz
SEEDS.append(dict(
  id="16006", name="16006_haaretz-worldnews", ext="html", source="Haaretz", zone="Asia/Jerusalem", render=r_haaretz,
  title="World News",
  basis="card stamp '{s}' (date, 12-hour clock and IDT); local {d} in {z}",
  notes="Haaretz World News section front, HTML (layout from memory). Cards newest first: optional 'Premium' label, linked h2 headline, subtitle paragraph (the body), author or agency, then 'Mon D, YYYY h:mm pm IDT' (headline before stamp). JSON-LD is only WebPage/BreadcrumbList. Two cards (Dutch confidence vote, Greek migrant rescue) are off-beat.",
  not_entries=["header, tagline, subscribe/log-in, navigation", "section heading 'World News'", "'Premium' labels", "newsletter sign-up box after the third card", "'Load more', footer"],
  entries=[
  HZ(E("2028-06-13 21:10", "Israel approves sale of missile early-warning system to Ukraine, officials say",
       ["The Defense Ministry has signed off on exporting a civilian alert system that gives Ukrainian cities a few extra minutes of warning before ballistic missiles strike, two officials familiar with the decision said."],
       "aid", "aid", 2, "israel-early-warning-system-ukraine-2028-06", a="Noa Shaked"), "israel-early-warning-system-ukraine", premium=True),
  HZ(OFF("2028-06-13 18:35", "Dutch government survives confidence vote after budget row",
         ["The Netherlands\u2019 minority coalition narrowly survived a no-confidence motion in parliament after a dispute over cuts to housing subsidies."],
         "dutch-confidence-vote-2028-06", a="Reuters", n="Dutch politics"), "dutch-government-survives-confidence-vote"),
  HZ(E("2028-06-13 15:20", "Russian missiles and drones hit energy sites in western Ukraine\u2019s Lviv region",
       ["Russia struck power facilities in the Lviv region overnight, causing blackouts in parts of the city and several nearby towns, Ukrainian officials said; no casualties were reported."],
       "strikes", "strikes", 2, "lviv-energy-strike-2028-06-13", a="The Associated Press"), "russian-missiles-hit-lviv-energy-sites"),
  HZ(E("2028-06-13 12:45", "Foreign Ministry urges Israelis not to travel to Uman this year",
       ["Israel\u2019s Foreign Ministry renewed its warning against travel to Ukraine, including to the town of Uman, where tens of thousands of Hasidic pilgrims usually gather for the Jewish New Year, citing the risk of Russian missile and drone attacks."],
       "other", "humanitarian", 2, "israel-uman-travel-warning-2028-06", n="credit line 'Haaretz' is the outlet itself, not a person or agency: author null"), "foreign-ministry-urges-israelis-not-to-travel-to-uman", credit="Haaretz"),
  HZ(OFF("2028-06-13 09:05", "Greek coast guard rescues 300 migrants south of Crete",
         ["Greece\u2019s coast guard picked up about 300 people from a fishing boat drifting south of Crete, the latest in a rise of crossings from eastern Libya."],
         "crete-migrant-rescue-2028-06", a="The Associated Press", n="migration"), "greek-coast-guard-rescues-migrants-crete"),
  HZ(E("2028-06-13 06:30", "Putin hosts Iran\u2019s president as the two discuss arms cooperation",
       ["Russian President Vladimir Putin welcomed Iranian President Masoud Pezeshkian to the Kremlin for talks expected to cover military cooperation, including drones Russia uses against Ukraine, the Kremlin said."],
       "diplomacy", "diplomacy", 3, "putin-pezeshkian-moscow-talks-2028-06-13", a="Reuters", sec=["aid"]), "putin-hosts-iran-president-kremlin"),
  ]))


def r_maverick(S):
    """Daily Maverick article, text scrape (from memory): section label, title, standfirst, 'By Reuters', date '15 Jun 2028' and comment
    count, photo caption '(Photo: EPA-EFE / NAME)'; the body is a timeline, oldest first, each item on one line '9.40am \u2014 Headline'
    followed by its paragraphs. No zone printed (South African time)."""
    z = S["zone"]; order_check(S, False)
    d0 = dt(S["entries"][0]["t"], z)
    L = ["Daily Maverick", "Sections   Newsletters   DM168   Insider   Our Burning Planet   Maverick Citizen   Business Maverick   Opinionista", "",
         "WORLD", S["title"], "", S["lede"], "", f"By {S['byline']}", f"{d0.day} {SHORT_MONTHS[d0.month - 1]} {d0.year}", "0", "Follow   Save   More", "",
         S["caption"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, sep="."); stamps.append(st)
        L += [f"{st} \u2014 {e['h']}", ""] + ptxt(e["p"])
        if i == 3:
            L += ["Sign up for our Daily Maverick newsletters", "Get the news that matters, delivered to your inbox.", ""]
    L += [f"({S['byline']})", "", "A message from Daily Maverick",
          "Did you know that Daily Maverick Insiders can read this story ad-free? Join the community of readers who keep us independent.", "Become an Insider", "",
          "Comments", "Please login in order to comment.", "", "\u00a9 Daily Maverick 2028. All rights reserved."]
    return "\n".join(L) + "\n", stamps


# ---------------------------------------------------------------- 16007 Daily Maverick
LUTSK = "lutsk-missile-strike-2028-06-15"
SEEDS.append(dict(
  id="16007", name="16007_dailymaverick-timeline", ext="txt", source="Daily Maverick", zone="Africa/Johannesburg", render=r_maverick,
  title="Ukraine war: Lutsk toll climbs as Ramaphosa presses Putin on ceasefire",
  lede="A day of developments in Russia\u2019s war in Ukraine, updated through Thursday.",
  byline="Reuters",
  caption="Rescuers clear rubble from a damaged building in Lutsk, Ukraine, 15 June 2028. (Photo: EPA-EFE / MYKOLA TYS)",
  basis="timeline stamp '{s}' (12-hour clock with a dot, no zone: South African time, the outlet's home zone) dated by the article's date line '15 Jun 2028'; local {d} in {z}",
  notes="Daily Maverick article with a timeline body, text scrape (layout from memory). Oldest first; each item is ONE line '9.40am \u2014 Headline' (stamp and headline share the line) followed by paragraphs. No zone is printed anywhere: South African time (SAST, UTC+2) is assumed. The page byline 'By Reuters' is used as author for every item. The lone '0' under the date is the comment count. 16007-04 updates the toll of 16007-01 (same story).",
  not_entries=["masthead and section navigation", "'WORLD' label, title, standfirst", "'By Reuters', date line '15 Jun 2028', comment count '0', 'Follow Save More'",
               "photo caption with '(Photo: EPA-EFE / ...)'", "newsletter promo after the fourth item", "closing '(Reuters)' credit",
               "'A message from Daily Maverick' Insider appeal, comments prompt, footer"],
  entries=[
  E("2028-06-15 07:20", "Overnight missile barrage kills three in Lutsk",
    ["Russian missiles struck the north-western city of Lutsk overnight, killing three people and damaging a hospital and dozens of homes, Ukraine\u2019s interior minister said.",
     "Ukraine\u2019s air force said Russia fired 18 cruise missiles and more than 120 drones, mostly at targets in the west of the country."],
    "strikes", "strikes", 3, LUTSK, a="Reuters", n="toll 3"),
  E("2028-06-15 09:05", "Poland closes airspace near its border during the attack",
    ["Poland temporarily closed airspace over the Lublin and Podkarpackie regions and put fighter jets on patrol while the Russian attack on western Ukraine was under way, its military said."],
    "other", "security", 2, "poland-airspace-closure-2028-06-15", a="Reuters", sec=["strikes"]),
  E("2028-06-15 10:40", "Ramaphosa calls Putin, urges ceasefire talks",
    ["South African President Cyril Ramaphosa spoke to Vladimir Putin by phone and urged him to agree to an unconditional ceasefire so that negotiations could begin, the Presidency in Pretoria said.",
     "The Kremlin said Putin had briefed Ramaphosa on Russia\u2019s conditions for a settlement."],
    "diplomacy", "diplomacy", 3, "ramaphosa-putin-call-2028-06-15", a="Reuters"),
  E("2028-06-15 12:15", "Lutsk death toll rises to five",
    ["Two more people died in hospital after the overnight strike on Lutsk, raising the death toll to five, regional governor Ivan Rudnytskyi said."],
    "strikes", "strikes", 3, LUTSK, a="Reuters", n="toll 5 (same story as 16007-01)"),
  E("2028-06-15 14:30", "Ukraine says it retook village near Pokrovsk",
    ["Ukrainian troops recaptured the village of Udachne, west of Pokrovsk, after a week of fighting, the army\u2019s 68th brigade said in a video statement; Russia did not comment."],
    "other", "frontline", 2, "udachne-recaptured-2028-06-15", a="Reuters"),
  E("2028-06-15 16:10", "EU extends economic sanctions on Russia for six months",
    ["EU governments formally rolled over the bloc\u2019s economic sanctions against Russia until January, after Hungary dropped its objections at the last minute."],
    "diplomacy", "diplomacy", 2, "eu-sanctions-rollover-2028-06-15", a="Reuters"),
  E("2028-06-15 18:45", "Russia says it downed 40 Ukrainian drones over Crimea",
    ["Russia\u2019s defence ministry said its air defences destroyed 40 Ukrainian drones over Crimea and the Black Sea in the evening, and a ferry crossing to the peninsula was briefly halted."],
    "strikes", "strikes", 2, "crimea-drones-downed-2028-06-15", a="Reuters", n="must not merge with the Lutsk strike (other direction)"),
  ]))


def r_washex(S):
    """Washington Examiner 'Daily on Defense' newsletter article, text scrape (from memory): title, byline, 'June 16, 2028 6:00 am'
    (no zone), share row, then sections with ALL-CAPS headings; 'THE RUNDOWN' links and 'THE CALENDAR' close the piece."""
    z = S["zone"]; d0 = dt(S["published"], z)
    L = ["Washington Examiner", "Politics   Policy   Opinion   Washington Secrets   Magazine   Podcasts   Subscribe", "", "DEFENSE & NATIONAL SECURITY", "",
         S["title"], "", f"By {S['byline']}", f"{MONTHS[d0.month - 1]} {d0.day}, {d0.year} {ampm(d0, space=' ')}", "", "Share   Post   Email   Print", "",
         S["caption"], "", S["intro"], ""]
    for i, e in enumerate(S["entries"]):
        assert e["t"] == S["published"]
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["Sign up for the Daily on Defense newsletter. Enter your email", "SUBSCRIBE", ""]
    L += ["THE RUNDOWN", ""] + S["rundown"] + ["", "THE CALENDAR", ""] + S["calendar"] + ["",
          "Washington Examiner Videos", "", "\u00a9 2028 Washington Examiner | About | Contact | Privacy Policy | Terms of Use"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


# ---------------------------------------------------------------- 16008 Washington Examiner
SEEDS.append(dict(
  id="16008", name="16008_washingtonexaminer-dailyondefense", ext="txt", source="Washington Examiner", zone="America/New_York", render=r_washex,
  title="Daily on Defense: Pentagon clears $400 million in new Ukraine arms",
  byline="Conrad Whitlow", published="2028-06-16 06:00",
  caption="Ukrainian soldiers fire a howitzer toward Russian positions in the Donetsk region. (Photo via AP)",
  intro="Good Friday morning, and welcome to Daily on Defense, written and compiled by Conrad Whitlow. Here is what is on the national security agenda today.",
  rundown=["Washington Post: Ukraine\u2019s drone makers race to outpace Russian jamming", "Defense News: Army picks winner of next-generation squad radio contest",
           "Breaking Defense: Air Force wants more money for E-7 radar jets"],
  calendar=["FRIDAY | JUNE 16", "9 a.m. \u2014 Atlantic Council online discussion on the Black Sea security environment",
            "10:30 a.m. \u2014 Senate Armed Services subcommittee hearing on Army modernization"],
  basis="no per-section time; published = the article's date line '{d}' local (printed 'June 16, 2028 6:00 am', no zone: US Eastern, the outlet's home zone); local {d} in {z}",
  notes="Washington Examiner 'Daily on Defense' newsletter article, text scrape (layout from memory). One page date line 'June 16, 2028 6:00 am' with no zone (America/New_York assumed); each ALL-CAPS section heading is one entry (headline = heading, stamp null, published = the page time). Author = the page byline for every section. The greeting paragraph, 'THE RUNDOWN' (links to other outlets) and 'THE CALENDAR' are not entries. Three sections (shipbuilding, Chinese carrier, Army recruiting) are not about the war.",
  not_entries=["masthead and navigation", "section label 'DEFENSE & NATIONAL SECURITY'", "title, byline, date line, share row", "photo caption",
               "greeting paragraph 'Good Friday morning ...'", "newsletter sign-up after the third section", "'THE RUNDOWN' heading and its three links to other outlets",
               "'THE CALENDAR' heading and its listings", "'Washington Examiner Videos', footer"],
  entries=[
  E("2028-06-16 06:00", "PENTAGON CLEARS $400 MILLION IN NEW UKRAINE ARMS",
    ["The Pentagon on Thursday announced a $400 million package of weapons for Ukraine drawn from U.S. stocks, including interceptors for the NASAMS air-defense system, 155 mm artillery rounds and spare parts for Bradley fighting vehicles.",
     "It is the first drawdown since Congress replenished the account in its spring supplemental, and officials said deliveries would begin within weeks."],
    "aid", "aid", 3, "pentagon-400m-ukraine-package-2028-06-15", a="Conrad Whitlow"),
  E("2028-06-16 06:00", "RUSSIA\u2019S SUMMER PUSH STALLS NEAR KOSTIANTYNIVKA",
    ["Russian forces have gained little ground around Kostiantynivka in the past two weeks despite heavy losses, according to an assessment by the Institute for the Study of War.",
     "Ukrainian commanders credit a dense screen of reconnaissance drones that spots Russian assault groups before they can reach the city\u2019s outskirts."],
    "other", "frontline", 2, "kostiantynivka-offensive-stalls-2028-06", a="Conrad Whitlow"),
  OFF("2028-06-16 06:00", "NAVY SHIPBUILDING PLAN SLIPS AGAIN",
      ["The Navy\u2019s latest 30-year shipbuilding plan pushes back delivery of two Columbia-class submarines and trims the number of new frigates, citing shipyard labor shortages."],
      "navy-shipbuilding-plan-2028-06", a="Conrad Whitlow", n="US Navy budget"),
  E("2028-06-16 06:00", "SENATE DEFENSE BILL SETS ASIDE UKRAINE TRAINING MONEY",
    ["The Senate Armed Services Committee\u2019s version of the annual defense policy bill includes $300 million a year through 2030 for the Ukraine Security Assistance Initiative, setting up a fight with House Republicans who left the money out."],
    "aid", "aid", 2, "senate-ndaa-usai-funding-2028-06", a="Conrad Whitlow"),
  OFF("2028-06-16 06:00", "CHINESE CARRIER GROUP SAILS EAST OF TAIWAN",
      ["Taiwan\u2019s defense ministry said it tracked the Chinese aircraft carrier Fujian and four escorts operating in the Pacific east of the island, the group\u2019s first deployment there."],
      "china-carrier-taiwan-2028-06", a="Conrad Whitlow", n="Taiwan Strait"),
  E("2028-06-16 06:00", "NORTH KOREAN TROOPS ROTATE OUT OF KURSK",
    ["U.S. intelligence officials say North Korea has pulled back part of the force it sent to Russia\u2019s Kursk region and replaced it with fresh units, suggesting Pyongyang intends to keep soldiers there for the long term."],
    "other", "frontline", 2, "north-korean-troops-kursk-rotation-2028-06", a="Conrad Whitlow", sec=["aid"]),
  OFF("2028-06-16 06:00", "ARMY HITS RECRUITING GOAL EARLY",
      ["The Army says it has met its recruiting target for the fiscal year more than three months ahead of schedule, helped by a prep course for applicants who fall short of fitness or academic standards."],
      "army-recruiting-goal-2028-06", a="Conrad Whitlow", n="US Army recruiting"),
  ]))


def r_infobae(S):
    """Infobae live page in Spanish, HTML (from memory, Arc XP site): NewsArticle JSON-LD at page level, date line in Spanish,
    entries newest first, each '20:40 hs' above an h2 headline. No zone printed (Argentine time)."""
    z = S["zone"]; order_check(S, True)
    pub = dt(S["published"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "description": S["lede"],
          "datePublished": iso(pub.astimezone(UTC)).replace("Z", ".000Z"), "dateModified": iso(last.astimezone(UTC)).replace("Z", ".000Z"),
          "author": {"@type": "Organization", "name": "infobae"}, "publisher": {"@type": "Organization", "name": "infobae", "logo": {"@type": "ImageObject", "url": "https://www.infobae.com/assets/images/logos/logo_infobae_naranja.png"}},
          "mainEntityOfPage": S["url"], "articleSection": "América", "inLanguage": "es"}
    out = ['<!DOCTYPE html>', '<html lang="es"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - Infobae</title>', ld_script(ld), '</head><body>',
           '<header><a class="logo" href="/">infobae</a><nav><a href="/ultimas-noticias/">Últimas Noticias</a> <a href="/politica/">Política</a> '
           '<a href="/economia/">Economía</a> <a href="/america/">América</a> <a href="/america/mundo/">Mundo</a> <a href="/deportes/">Deportes</a> '
           '<a href="/teleshow/">Teleshow</a> <a href="/tendencias/">Tendencias</a></nav><div class="weather">Buenos Aires 9\u00b0C</div></header>',
           '<main><article><div class="kicker">EN VIVO</div>', f'<h1>{esc(S["title"])}</h1>', f'<h2 class="subheadline">{esc(S["lede"])}</h2>',
           f'<div class="date">{DIAS_ES[pub.weekday()].capitalize()} {pub.day} de {MESES[pub.month - 1]} de {pub.year}</div>',
           '<div class="share"><a>Compartir en Facebook</a> <a>Compartir en WhatsApp</a> <a>Compartir en X</a></div>',
           '<figure><img src="/resizer/ucrania.jpg" alt=""><figcaption>' + esc(S["caption"]) + '</figcaption></figure>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} hs"; stamps.append(st)
        out.append(f'<div class="live-entry"><span class="live-time">{st}</span><h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('</div>')
        if i == 2:
            out.append('<div class="ad">Publicidad</div><aside class="related"><p>Seguir leyendo:</p><a href="/america/mundo/2028/06/18/mapa-frente-ucrania/">El mapa del frente: los avances rusos en la región de Sumy</a></aside>')
    out += ['<p class="credit">(Con información de EFE, AFP y Europa Press)</p>', '</article></main>',
            '<footer><p>Copyright 2028 Infobae | Todos los derechos reservados</p><a>Términos y Condiciones</a> <a>Política de privacidad</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ---------------------------------------------------------------- 16009 Infobae
SEEDS.append(dict(
  id="16009", name="16009_infobae-envivo", ext="html", source="Infobae", zone="America/Argentina/Buenos_Aires", render=r_infobae,
  title="Guerra Rusia-Ucrania, EN VIVO: al menos seis muertos por un ataque con misiles en Poltava",
  url="https://www.infobae.com/america/mundo/2028/06/19/guerra-rusia-ucrania-en-vivo-19-de-junio/",
  lede="Las principales noticias del conflicto, minuto a minuto",
  caption="Rescatistas trabajan entre los escombros de un edificio alcanzado en Poltava (REUTERS)",
  published="2028-06-19 06:50",
  basis="visible '{s}' above the entry headline (24-hour clock, no zone printed: Argentine time, the outlet's home zone) dated by the Spanish date line 'Lunes 19 de junio de 2028'; local {d} in {z}",
  notes="Infobae live page in Spanish, HTML (layout from memory). Newest first; each entry: '20:40 hs' then h2 headline, paragraphs. Only the Spanish date line 'Lunes 19 de junio de 2028' dates the entries; no zone is printed, so Argentine time (UTC-3) is assumed. The JSON-LD is a page-level NewsArticle with author organization 'infobae' (no person): author null for every entry. The subheadline, 'Publicidad', the 'Seguir leyendo:' link and the agency credit line are not entries.",
  not_entries=["header/navigation and the weather widget 'Buenos Aires 9\u00b0C'", "'EN VIVO' kicker, title, subheadline 'Las principales noticias del conflicto, minuto a minuto'",
               "Spanish date line", "share links", "photo caption", "'Publicidad' marker and 'Seguir leyendo:' related link", "agency credit line '(Con información de EFE, AFP y Europa Press)'", "footer"],
  entries=[
  E("2028-06-19 20:40", "Zelensky pidió a la Unión Europea acelerar la entrega de sistemas antiaéreos",
    ["El presidente de Ucrania, Volodímir Zelensky, reclamó a los líderes europeos que adelanten la entrega de los sistemas de defensa aérea prometidos para este año.",
     "\u201cCada semana de demora se paga con vidas\u201d, afirmó en su mensaje nocturno."],
    "aid", "aid", 2, "zelensky-eu-air-defence-appeal-2028-06-19", sec=["diplomacy"]),
  E("2028-06-19 18:05", "Al menos seis muertos por un ataque ruso con misiles en Poltava",
    ["Al menos seis personas murieron y más de 30 resultaron heridas cuando dos misiles balísticos rusos impactaron en un barrio residencial de Poltava, en el centro de Ucrania, informaron las autoridades regionales.",
     "Entre los heridos hay cuatro menores de edad, según el servicio de emergencias."],
    "strikes", "strikes", 3, "poltava-missile-strike-2028-06-19"),
  E("2028-06-19 15:30", "El papa ofreció el Vaticano como sede para negociaciones de paz",
    ["El papa León XIV reiteró que la Santa Sede está dispuesta a recibir a delegaciones de Rusia y Ucrania para conversaciones directas, durante el rezo del Ángelus en la plaza de San Pedro."],
    "diplomacy", "diplomacy", 2, "pope-offers-vatican-talks-2028-06"),
  E("2028-06-19 12:10", "Rusia afirmó haber tomado el control de una aldea en la región de Sumy",
    ["El Ministerio de Defensa ruso aseguró que sus tropas capturaron la localidad de Yunakivka, en la región ucraniana de Sumy, algo que Kiev no confirmó."],
    "other", "frontline", 2, "russia-claims-yunakivka-2028-06"),
  E("2028-06-19 09:45", "Ucrania atacó con drones una refinería en la región rusa de Samara",
    ["Drones ucranianos provocaron un incendio en la refinería de Novokuibyshevsk, en la región rusa de Samara, según el gobernador local, que no informó de víctimas."],
    "strikes", "strikes", 2, "samara-refinery-drone-strike-2028-06-19", n="must not merge with the Poltava strike"),
  E("2028-06-19 07:20", "Rusia lanzó más de 400 drones contra Ucrania durante el fin de semana",
    ["La Fuerza Aérea de Ucrania informó que Rusia disparó 412 drones y 11 misiles entre el sábado y el domingo, y que la mayoría fueron derribados o neutralizados electrónicamente."],
    "strikes", "strikes", 2, "weekend-drone-barrage-2028-06-17"),
  ]))


# ================================================================ Part B renderers (invented outlets)

def r_caskfield(S):
    """text live, newest first; 'Key Points' block; each post: '9.40pm' line, headline, 'By NAME' line, body; 'All times BST' note."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"], "Home | News | Sport | What's On | Business | Live", "", "LIVE", S["title"], S["dateline"], S["tznote"], "", S["lede"], "",
         "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, sep="."); stamps.append(st)
        L += [st, e["h"]]
        if e["a"]:
            L += [f"By {e['a']}"]
        L += [""] + ptxt(e["p"])
        if i == 2:
            L += ["Get the Evening Post's world briefing every weeknight. Sign up here.", ""]
    L += ["Show older posts", "", f"\u00a9 {S['source']} 2028 \u00b7 Contact \u00b7 Corrections \u00b7 Privacy notice"]
    return "\n".join(L) + "\n", stamps


def r_orvenmouth(S):
    """HTML live, oldest first; LiveBlogPosting JSON-LD with per-update datePublished (+03:00); visible '14:25' in <time datetime>;
    author line under the h2."""
    z = S["zone"]; order_check(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{i + 101}", "headline": e["h"], "datePublished": d.isoformat(),
             "articleBody": "\n\n".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "url": S["url"], "headline": S["title"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2014 {S["source"]}</title>', ld_script(ld), '</head><body>',
           f'<div class="cookie">This site uses cookies. <button>Accept</button> <button>Manage</button></div>',
           f'<header><a class="brand" href="/">{esc(S["source"])}</a><nav><a href="/war">War</a> <a href="/politics">Politics</a> <a href="/economy">Economy</a> '
           '<a href="/regions">Regions</a> <a href="/donate">Donate</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="post" id="post-{i + 101}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="byline">{esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<div class="post-tools"><a>Link</a> <a>Share</a></div></article>')
        if i == 2:
            out.append('<aside class="read-also"><h3>Read also</h3><a href="/war/air-defence-map">Where Ukraine\u2019s air defences are stretched thinnest</a></aside>')
    out += ['<p class="end">Live updates continue tomorrow.</p></main>', f'<footer>{esc(S["source"])} \u00b7 About \u00b7 Editorial policy \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_worldrss(S):
    """RSS 2.0 world feed, newest first: pubDate with 'GMT' or the numeric offset (S['rfc']), CDATA paragraphs, dc:creator when there is an author."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<atom:link href="{S["url"]}/rss.xml" rel="self" type="application/rss+xml"/>',
           f'<description>{esc(S["lede"])}</description>', '<language>en-gb</language>', f'<copyright>{esc(S["source"])}</copyright>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=S["rfc"] == "GMT"); stamps.append(st)
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{S["url"]}/{e.get("cat", "world").lower()}/{S["id"]}{i + 31}</link>',
                f'<guid isPermaLink="false">{S["guid"]}-{S["id"]}{i + 31}</guid>', f'<pubDate>{st}</pubDate>', f'<category>{e.get("cat", "World")}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_atom(S):
    """Atom 1.0 feed, newest first; <published> ISO with the outlet's offset (Z for UTC); escaped HTML content; optional author."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link rel="alternate" href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/atom.xml"/>',
           f'<id>tag:{S["url"].split("//")[1]},2028:feed</id>', f'<updated>{iso(dt(S["entries"][0]["t"], z))}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        out += ['<entry>', f'<title>{esc(e["h"])}</title>', f'<link rel="alternate" href="{S["url"]}/a/{S["id"]}-{i + 7}"/>',
                f'<id>tag:{S["url"].split("//")[1]},2028:{S["id"]}-{i + 7}</id>', f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


# ================================================================ PART B: three multi-source days (invented outlets)
# Day 1 = 2028-06-22 (UTC), day 2 = 2028-06-23, day 3 = 2028-06-27.
MYK = "mykolaiv-missile-strike-2028-06-22"
IRIST = "germany-iris-t-pledge-2028-06-22"
PORTS = "analysis-southern-ports-targeted-2028-06"
PORTS_H = "Analysis: Why Russia keeps aiming at Ukraine\u2019s southern ports"
PORTS_P = ["Mykolaiv, Odesa and Izmail have been struck more often this year than at any time since 2023, and the pattern is not hard to read.",
           "The ports handle most of Ukraine\u2019s grain and steel exports, and every warehouse or berth put out of action raises insurance costs for the ships that still call there.",
           "Ukrainian officials say Moscow is trying to squeeze the economy rather than win ground, and that only more air defence along the coast will change the calculation."]

# ---------------------------------------------------------------- 16020 Caskfield Evening Post (day 1)
SEEDS.append(dict(
  id="16020", name="16020_caskfield-textlive", ext="txt", source="Caskfield Evening Post", zone="Europe/London", render=r_caskfield,
  title="Ukraine war live: Mykolaiv strike toll rises to nine as Germany pledges more air defence",
  dateline="Thursday 22 June 2028", tznote="All times BST",
  lede="Russian missiles hit the southern city of Mykolaiv before dawn; Berlin promises two more IRIS-T systems; EU ministers stall on sanctions.",
  basis="stamp '{s}' (12-hour clock with a dot; page note 'All times BST') under the dateline 'Thursday 22 June 2028'; local {d} in {z}",
  notes="Invented outlet. Text live blog, newest first. A 'Key Points' block lists two entry headlines (key_point true). Each post: '9.40pm' line, headline, optional 'By NAME' line (author), body. 16020-02 is a 'Watch:' teaser with no body. 16020-03 is a theme piece (analysis of attacks on southern ports) that mentions Mykolaiv but is its own story; it is re-posted verbatim by 16030 on day 2.",
  not_entries=["masthead and navigation", "'LIVE' label", "page title, dateline 'Thursday 22 June 2028' and 'All times BST'", "standfirst line",
               "'Key Points' header and its two bullets (pointers to posts)", "'Latest' label", "'By NAME' lines (author credits)",
               "newsletter promo after the third post", "'Show older posts'", "footer"],
  entries=[
  E("2028-06-22 21:40", "Mykolaiv death toll reaches nine",
    ["Nine people are now known to have died in this morning\u2019s missile strike on Mykolaiv, the city\u2019s mayor, Oleksandr Senkevych, said, after rescuers recovered two more bodies from a collapsed apartment block near the shipyard.",
     "Forty-one people were injured, 12 of them children."],
    "strikes", "strikes", 3, MYK, a="Harriet Venn", kp=True, n="toll 9"),
  E("2028-06-22 20:15", "Watch: Smoke billows over Mykolaiv shipyard after missile strike", [],
    "strikes", "strikes", 1, MYK, n="teaser without body"),
  E("2028-06-22 18:50", PORTS_H, PORTS_P, "strikes", "strikes", 2, PORTS, a="Felix Ardagh",
    n="theme piece (analysis of attacks on southern ports; mentions Mykolaiv but is its own story); must not merge with the Mykolaiv strike"),
  E("2028-06-22 16:30", "Netherlands to fund 600 interceptor drones for Ukraine",
    ["The Dutch government will pay for 600 Ukrainian-made interceptor drones designed to bring down Shahed-type attack drones, the defence ministry in The Hague said."],
    "aid", "aid", 2, "netherlands-interceptor-drones-2028-06-22", a="Felix Ardagh", n="same air-defence aid theme as the IRIS-T pledge; must not merge with it"),
  E("2028-06-22 14:05", "EU ministers fail to agree new sanctions package",
    ["EU foreign ministers meeting in Luxembourg failed to approve a 25th package of sanctions on Russia after Slovakia demanded guarantees on gas supplies, the bloc\u2019s foreign policy chief said."],
    "diplomacy", "diplomacy", 2, "eu-25th-sanctions-package-stalls-2028-06-22", a="Harriet Venn"),
  E("2028-06-22 11:20", "Germany pledges two more IRIS-T air defence systems",
    ["Germany will send Ukraine two additional IRIS-T SLM air defence systems before the end of the year, Defence Minister Boris Pistorius announced during a visit to a production plant near Berlin."],
    "aid", "aid", 3, IRIST, a="Harriet Venn", kp=True),
  E("2028-06-22 08:05", "Missile strike on Mykolaiv kills four",
    ["At least four people were killed and 19 wounded when Russian missiles hit Mykolaiv shortly before dawn, regional officials said.",
     "One missile struck a nine-storey residential building; another hit the grounds of a shipyard on the Southern Bug river."],
    "strikes", "strikes", 3, MYK, a="Harriet Venn", n="toll 4"),
  ]))

# ---------------------------------------------------------------- 16021 Orvenmouth Herald (day 1)
SEEDS.append(dict(
  id="16021", name="16021_orvenmouth-ldlive", ext="html", source="Orvenmouth Herald", zone="Europe/Kyiv", render=r_orvenmouth,
  title="War in Ukraine, day by day: 22 June",
  url="https://orvenmouth-herald.example/live/2028-06-22",
  dateline="Thursday, 22 June 2028 \u00b7 Kyiv time",
  lede="Our rolling coverage of the Russian invasion, updated throughout the day.",
  basis="visible '{s}' in <time datetime> (Kyiv time, also given with +03:00 in the JSON-LD update) under the dateline 'Thursday, 22 June 2028'; local {d} in {z}",
  notes="Invented outlet (Ukraine, English edition). HTML live blog, oldest first; LiveBlogPosting JSON-LD with per-update headline, datePublished (+03:00) and author; visible '07:10' in <time datetime>. 16021-06 re-posts 16021-01 nearly verbatim later in the day (duplicate_of 16021-01). 16021-02 (shelling of Ochakiv in the same Mykolaiv region) must not merge with the Mykolaiv city strike.",
  not_entries=["cookie bar, brand and navigation", "page title, dateline, standfirst", "'Link'/'Share' tools under each post", "'Read also' box after the third post",
               "'Live updates continue tomorrow.'", "footer"],
  entries=[
  E("2028-06-22 07:10", "Russian missiles strike Mykolaiv before dawn",
    ["Four people were killed and 19 injured when Russian missiles hit Mykolaiv at about 05:30, the head of the regional military administration, Vitalii Kim, said.",
     "A residential building near the shipyard partly collapsed, and rescuers are searching for people under the rubble."],
    "strikes", "strikes", 3, MYK, a="Olesia Marchuk", n="toll 4"),
  E("2028-06-22 08:30", "One wounded as Russian artillery shells Ochakiv",
    ["Russian forces shelled the port town of Ochakiv on the Black Sea coast from the Kinburn Spit overnight, wounding a 60-year-old man and damaging a school, Vitalii Kim said."],
    "strikes", "strikes", 2, "ochakiv-shelling-2028-06-22", a="Olesia Marchuk", n="same region as the Mykolaiv strike but another attack; must not merge with it"),
  E("2028-06-22 10:15", "Pistorius promises two more IRIS-T systems",
    ["German Defence Minister Boris Pistorius said Berlin would deliver two more IRIS-T SLM air defence systems to Ukraine this year and would finance a third from a joint fund with Denmark."],
    "aid", "aid", 3, IRIST, a="Taras Hlushko"),
  E("2028-06-22 12:40", "Mykolaiv toll rises to seven; day of mourning declared",
    ["The number of people killed in the morning strike on Mykolaiv has risen to seven, Mayor Oleksandr Senkevych said, and Friday has been declared a day of mourning in the city.",
     "Thirty-three people are in hospital."],
    "strikes", "strikes", 3, MYK, a="Olesia Marchuk", n="toll 7"),
  E("2028-06-22 14:25", "Zelensky: Mykolaiv attack shows why the south needs more air defence",
    ["President Volodymyr Zelensky said the strike on Mykolaiv had been carried out with ballistic missiles that the city\u2019s defences could not intercept, and asked partners for more Patriot systems for the south."],
    "strikes", "strikes", 3, MYK, a="Taras Hlushko", sec=["aid"], n="reaction whose content is the attack itself: same story"),
  E("2028-06-22 16:50", "Russian missiles strike Mykolaiv before dawn",
    ["Four people were killed and 19 injured when Russian missiles hit Mykolaiv at about 05:30, the head of the regional military administration, Vitalii Kim, said.",
     "A residential building near the shipyard partly collapsed, and rescuers are still searching for people under the rubble."],
    "strikes", "strikes", 1, MYK, a="Olesia Marchuk", dup="16021-01", n="near-verbatim re-post of 16021-01 (one word added)"),
  E("2028-06-22 19:30", "Parliament extends martial law for another 90 days",
    ["Ukraine\u2019s parliament voted to extend martial law and general mobilisation for a further 90 days, with 318 lawmakers in favour."],
    "other", "politics", 2, "martial-law-extension-2028-06-22", a="Taras Hlushko"),
  ]))

# ---------------------------------------------------------------- 16022 Gorsethwaite World Service (day 1)
SEEDS.append(dict(
  id="16022", name="16022_gorsethwaite-worldrss", ext="xml", source="Gorsethwaite World Service", zone="UTC", render=r_worldrss, rfc="GMT",
  title="Gorsethwaite World Service \u2013 World", url="https://gorsethwaite-world.example", guid="gws",
  lede="Top world stories from the Gorsethwaite World Service newsroom.",
  basis="<pubDate> '{s}' (RFC 822, GMT = UTC); local {d} in {z}",
  notes="Invented outlet. General world RSS feed, newest first, pubDate in GMT; no dc:creator (author null). The war is a minority: one item of six (the Mykolaiv strike, spelled 'Mykolayiv'); the other five are off-beat.",
  not_entries=["channel title/link/description/language/copyright", "category, link and guid elements"],
  entries=[
  OFF("2028-06-22 20:10", "Spain records 44C as wildfire alerts spread",
      ["Temperatures reached 44C in Andalusia, the highest June reading on record there, and authorities raised wildfire alerts to the maximum level in five provinces."],
      "spain-heatwave-2028-06", n="weather"),
  E("2028-06-22 17:45", "Ukraine says nine dead after missile strike on Mykolayiv",
    ["The death toll from a Russian missile attack on the southern Ukrainian city of Mykolayiv has risen to nine, local officials said on Thursday evening.",
     "Russia\u2019s defence ministry said it had struck \u2018military-industrial facilities\u2019 at the city\u2019s shipyard."],
    "strikes", "strikes", 3, MYK, n="spelling 'Mykolayiv'; toll 9"),
  OFF("2028-06-22 14:30", "Chile copper miners walk out at Escondida",
      ["Workers at Escondida, the world\u2019s largest copper mine, began a strike after wage talks with operator BHP broke down, sending copper prices higher."],
      "escondida-strike-2028-06", n="mining strike (labour, not a military strike)"),
  OFF("2028-06-22 11:05", "Monsoon reaches Delhi a week early",
      ["India\u2019s weather office said the monsoon had arrived in the capital eight days ahead of schedule, bringing relief after a fortnight of temperatures above 45C."],
      "delhi-monsoon-2028-06", n="weather"),
  OFF("2028-06-22 08:20", "Oil slips as producers signal higher output",
      ["Brent crude fell below $70 a barrel after the OPEC+ group indicated it would raise production again from August."],
      "oil-prices-opec-2028-06", n="markets"),
  OFF("2028-06-22 06:00", "Canadian wildfire smoke prompts air alerts in US Midwest",
      ["Smoke from wildfires burning in Manitoba and northern Ontario drifted south overnight, leading health officials in Minnesota and Wisconsin to issue air quality warnings."],
      "canada-wildfire-smoke-2028-06", n="wildfires"),
  ]))

# ---------------------------------------------------------------- 16023 Ravensclough Review (day 1)
SEEDS.append(dict(
  id="16023", name="16023_ravensclough-atom", ext="xml", source="Ravensclough Review", zone="Europe/Berlin", render=r_atom,
  title="Ravensclough Review: Eastern Europe", url="https://ravensclough-review.example",
  lede="News and analysis from Central and Eastern Europe",
  basis="<published> '{s}' (ISO 8601 with +02:00); local {d} in {z}",
  notes="Invented outlet (Berlin-based English-language weekly, news feed). Atom, newest first, <published> with +02:00, <author> per entry. Spells the strike city 'Nikolaev' (Russian-derived form). 16023-01 is the Kremlin's denial about the Mykolaiv attack (content is the attack: same story). 16023-03 (sabotage arrests in Poland) stands alone.",
  not_entries=["feed title, subtitle, links, id, updated", "per-entry link/id/updated elements"],
  entries=[
  E("2028-06-22 21:30", "Kremlin denies targeting civilians in Nikolaev",
    ["Kremlin spokesman Dmitry Peskov said Russia\u2019s armed forces strike only military targets, rejecting Ukrainian accusations that Thursday\u2019s missile attack on Nikolaev was aimed at a residential area."],
    "strikes", "strikes", 3, MYK, a="Jonas Eberle", n="spelling 'Nikolaev'; official reaction whose content is the attack"),
  E("2028-06-22 18:10", "Pistorius: two more IRIS-T units for Ukraine this year",
    ["Germany\u2019s defence minister told reporters that manufacturer Diehl Defence had agreed to bring forward production so that two further IRIS-T SLM fire units can be handed to Ukraine by December.",
     "Kyiv has asked Berlin for at least six more."],
    "aid", "aid", 3, IRIST, a="Jonas Eberle"),
  E("2028-06-22 15:00", "Poland detains two over suspected rail sabotage plot",
    ["Polish police detained two Belarusian citizens suspected of planning to damage a railway line used to carry aid to Ukraine, the interior minister said, adding that they had been recruited online by Russian intelligence."],
    "other", "security", 2, "poland-rail-sabotage-arrests-2028-06-22", a="Marta Wi\u015bniewska"),
  E("2028-06-22 12:20", "Russian missiles kill seven in Nikolaev",
    ["Seven people died when Russian missiles struck the southern Ukrainian port city of Nikolaev early on Thursday, according to Ukrainian authorities, who said a residential building and a shipyard were hit."],
    "strikes", "strikes", 3, MYK, a="Jonas Eberle", n="spelling 'Nikolaev'; toll 7"),
  E("2028-06-22 09:40", "Hungary\u2019s foreign minister in Moscow for energy talks",
    ["Hungarian Foreign Minister P\u00e9ter Szijj\u00e1rt\u00f3 arrived in Moscow to discuss oil and gas deliveries with Russian officials, drawing criticism from Kyiv and several EU capitals."],
    "diplomacy", "diplomacy", 3, "szijjarto-moscow-visit-2028-06-22", a="Marta Wi\u015bniewska", n="ministerial diplomatic visit"),
  ]))


def r_amberlode(S):
    """HTML live, oldest first, no JSON-LD; '2:20 AM EDT' in a span before the h3 headline; 'Posted by NAME' after the body; photo-gallery teaser."""
    z = S["zone"]; order_check(S, False)
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title>',
           '<meta name="viewport" content="width=device-width, initial-scale=1"></head><body>',
           f'<header class="masthead"><a href="/">{esc(S["source"])}</a> <span class="weather">72\u00b0F Partly sunny</span>'
           '<nav><a>Local</a> <a>Nation</a> <a>World</a> <a>Politics</a> <a>Sports</a> <a>Obituaries</a> <a>e-Edition</a></nav>'
           '<a class="subscribe">Subscribe for $1</a></header>',
           f'<main><p class="kicker">LIVE UPDATES</p><h1>{esc(S["title"])}</h1>', f'<p class="dek">{esc(S["lede"])}</p>', f'<p class="date">{esc(S["dateline"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, space=' ', upper=True)} EDT"; stamps.append(st)
        out.append(f'<section class="update"><span class="ts">{st}</span><h3>{esc(e["h"])}</h3>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery-embed">Gallery \u2014 12 images</div>')
        if e["a"]:
            out.append(f'<p class="posted">Posted by {esc(e["a"])}</p>')
        out.append('</section>')
        if i == 2:
            out.append('<div class="ad-slot">ADVERTISEMENT</div>')
    out += ['<p class="note">The Associated Press and Reuters contributed to this report.</p></main>',
            f'<footer>{esc(S["source"])} \u00b7 Contact Us \u00b7 Terms of Service \u00b7 Privacy Policy \u00b7 Do Not Sell My Personal Information</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_article(S):
    """text article with section headings (one entry per section), a page byline and a dateline with time and zone; no per-section stamp."""
    L = [S["source"], "Home  \u203a  World  \u203a  Europe", "", S["title"], "", S["lede"], "", f"By {S['byline']}", S["dateline"], "",
         "Share  \u00b7  Save  \u00b7  Comments (38)", ""]
    for e in S["entries"]:
        assert e["t"] == S["published"]
        L += [e["h"], ""] + ptxt(e["p"])
    L += [S["more"], "", f"\u00a9 {S['source']} 2028 \u00b7 Terms \u00b7 Privacy \u00b7 Complaints"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


CHN = "chernihiv-missile-strike-2028-06-23"

# ---------------------------------------------------------------- 16030 Amberlode Courier (day 2)
SEEDS.append(dict(
  id="16030", name="16030_amberlode-htmllive", ext="html", source="Amberlode Courier", zone="America/New_York", render=r_amberlode,
  title="Russia-Ukraine war: Missile strike on Chernihiv kills at least 14",
  dateline="Friday, June 23, 2028",
  lede="Follow along for the latest on the deadliest attack on the northern Ukrainian city this year.",
  basis="span '{s}' before the headline (Eastern time with EDT) under the date line 'Friday, June 23, 2028'; local {d} in {z}",
  notes="Invented outlet (US regional daily). HTML live, oldest first, no JSON-LD; '2:20 AM EDT' span before each h3 headline; 'Posted by NAME' after the body (author). 16030-02 repeats 16030-01 nearly verbatim (duplicate_of). 16030-04 is a verbatim re-post (syndicated) of day 1's analysis 16020-03: importance 1, same story slug. 16030-05 continues the day-1 Mykolaiv story with a new development (funerals, toll 10). 16030-06 is a 'Photos:' teaser with no body (gallery embed only).",
  not_entries=["masthead, weather widget, navigation, subscribe button", "'LIVE UPDATES' kicker, title, dek, date line", "'Posted by ...' lines (author credits)",
               "'ADVERTISEMENT' slot", "gallery embed 'Gallery \u2014 12 images'", "contribution note and footer"],
  entries=[
  E("2028-06-23 02:20", "Russian missile hits central Chernihiv, killing at least six",
    ["A Russian ballistic missile struck the center of Chernihiv on Friday morning, killing at least six people and wounding more than 30, Ukrainian officials said.",
     "The missile hit near a bus station and a row of shops as people were heading to work."],
    "strikes", "strikes", 3, CHN, a="Dana Whitcomb", n="toll 6"),
  E("2028-06-23 05:30", "Russian missile hits central Chernihiv, killing at least six",
    ["A Russian ballistic missile struck the center of Chernihiv on Friday morning, killing at least six people and wounding more than 30, Ukrainian officials said.",
     "The missile hit near a bus station and a row of shops as people were heading to work, officials added."],
    "strikes", "strikes", 1, CHN, a="Dana Whitcomb", dup="16030-01", n="near-verbatim repeat of 16030-01"),
  E("2028-06-23 07:45", "White House condemns Chernihiv strike",
    ["The White House called the attack on Chernihiv \u2018a brutal strike on civilians going about their morning\u2019 and said Washington was working with allies to get more air defense to Ukraine."],
    "strikes", "strikes", 3, CHN, a="Marcus Oyelaran", sec=["diplomacy"], n="official reaction whose content is the attack: same story"),
  E("2028-06-23 11:10", PORTS_H, PORTS_P, "strikes", "strikes", 1, PORTS, a="Felix Ardagh",
    n="verbatim re-post of day-1 entry 16020-03 (syndicated analysis); importance 1, same story slug as day 1"),
  E("2028-06-23 13:30", "Mykolaiv buries victims as toll reaches 10",
    ["Funerals began in Mykolaiv on Friday for victims of Thursday\u2019s missile strike, as the death toll rose to 10 after a woman died of her injuries in hospital.",
     "City officials said the damaged shipyard would stay closed for at least two weeks."],
    "strikes", "strikes", 3, MYK, a="Marcus Oyelaran", n="continuation of the day-1 story with a new development (toll 10, funerals, shipyard closed)"),
  E("2028-06-23 16:05", "Photos: Chernihiv mourns its dead", [],
    "strikes", "strikes", 1, CHN, n="teaser without body (gallery only)"),
  E("2028-06-23 18:40", "Chernihiv death toll climbs to 14 as search ends",
    ["Rescuers finished clearing the rubble in central Chernihiv late Friday, and the regional governor, Vyacheslav Chaus, said 14 people had been killed, including two teenagers.",
     "More than 50 people were wounded."],
    "strikes", "strikes", 3, CHN, a="Dana Whitcomb", n="toll 14"),
  ]))

# ---------------------------------------------------------------- 16031 Drummelzier Telegraph (day 2)
SEEDS.append(dict(
  id="16031", name="16031_drummelzier-article", ext="txt", source="Drummelzier Telegraph", zone="Europe/London", render=r_article,
  title="Chernihiv strike is deadliest on the city this year",
  lede="A ballistic missile hit the city centre during the morning rush hour, while Mykolaiv counted the cost of Thursday\u2019s attack.",
  byline="Ailsa Corran and Piotr Nowicki", dateline="23 June 2028, 16:20 BST", published="2028-06-23 16:20",
  more="More on the war in Ukraine: Kyiv\u2019s summer power cuts explained",
  basis="no per-section time; published = the article's dateline '23 June 2028, 16:20 BST'; local {d} in {z}",
  notes="Invented outlet. Text article with four section headings (one entry each, headline = heading, stamp null, published = the dateline time). The two-name page byline is kept as one author string for every section. Section 2 is a theme piece (explainer on ballistic-missile defence) that mentions Chernihiv but is its own story. Section 4 (drone attacks on border villages of the Chernihiv region) must not merge with the city strike. Section 3 continues the day-1 Mykolaiv story.",
  not_entries=["masthead and breadcrumb", "title and standfirst", "byline and dateline", "share/save/comments row", "closing 'More on the war in Ukraine' link", "footer"],
  entries=[
  E("2028-06-23 16:20", "Chernihiv: deadliest strike on the city this year",
    ["Eleven people were killed when a Russian Iskander missile exploded outside a bus station in central Chernihiv shortly after 8am local time, according to the regional administration.",
     "It was the deadliest attack on the city, 90 miles north of Kyiv, since the start of the year, and came hours after Ukraine\u2019s air force had warned of ballistic launches from the Bryansk region."],
    "strikes", "strikes", 3, CHN, a="Ailsa Corran and Piotr Nowicki", n="toll 11"),
  E("2028-06-23 16:20", "Explainer: Why ballistic missiles are so hard for Ukraine to stop",
    ["A ballistic missile such as the Iskander can reach a city like Chernihiv from Russian territory in well under three minutes, leaving little time for sirens or shelters.",
     "Only a handful of Western systems, chiefly the Patriot and the Franco-Italian SAMP/T, are designed to intercept them, and each interceptor costs several million dollars.",
     "Ukraine has asked for more of both, but production lines in the US and Europe are already committed for years."],
    "strikes", "strikes", 2, "explainer-ballistic-missile-defence-2028-06", a="Ailsa Corran and Piotr Nowicki",
    n="theme piece (explainer; mentions Chernihiv but is its own story); must not merge with the Chernihiv strike"),
  E("2028-06-23 16:20", "Mykolaiv: search ends as shipyard halts work",
    ["In Mykolaiv, emergency services ended their search of the apartment block hit on Thursday, with the death toll now at 10, and the shipyard said it had suspended work while engineers checked the damaged dry dock."],
    "strikes", "strikes", 3, MYK, a="Ailsa Corran and Piotr Nowicki", n="continuation of the day-1 story (toll 10, search over, shipyard suspended)"),
  E("2028-06-23 16:20", "Drones hit border villages in Chernihiv region",
    ["Separately, Russian drones struck two villages near Semenivka close to the Russian border overnight, damaging a farm and power lines; no one was hurt, the regional governor said."],
    "strikes", "strikes", 2, "semenivka-drone-strikes-2028-06-23", a="Ailsa Corran and Piotr Nowicki",
    n="same region as the Chernihiv city strike, another attack; must not merge with it"),
  ]))

# ---------------------------------------------------------------- 16032 Pentrebach Wire (day 2)
SEEDS.append(dict(
  id="16032", name="16032_pentrebach-rss", ext="xml", source="Pentrebach Wire", zone="Europe/Kyiv", render=r_worldrss, rfc="offset",
  title="Pentrebach Wire \u2013 Ukraine", url="https://pentrebach-wire.example", guid="pbw",
  lede="Breaking news from Ukraine and the region.",
  basis="<pubDate> '{s}' (RFC 822 with +0300); local {d} in {z}",
  notes="Invented outlet (Kyiv-based news agency). RSS 2.0, newest first, pubDate with +0300, dc:creator per item (author). The Chernihiv toll grows 8 -> 11. 16032-02 (Ukrainian drones on a Belgorod substation) must not merge with the Chernihiv strike (other side). 16032-03 continues the day-1 Mykolaiv story.",
  not_entries=["channel title/link/description/language/copyright", "category, link and guid elements"],
  entries=[
  E("2028-06-23 22:50", "Russia claims capture of Novopavlivka",
    ["Russia\u2019s defence ministry said its troops had taken Novopavlivka, a village on the border of the Donetsk and Dnipropetrovsk regions; Ukraine\u2019s general staff said fighting there continued."],
    "other", "frontline", 2, "russia-claims-novopavlivka-2028-06-23", a="Iryna Sokolenko"),
  E("2028-06-23 20:15", "Ukrainian drones hit Belgorod substation, governor says",
    ["A Ukrainian drone attack damaged an electrical substation on the outskirts of Belgorod, cutting power to several districts, the Russian region\u2019s governor said; no casualties were reported."],
    "strikes", "strikes", 2, "belgorod-substation-drone-2028-06-23", a="Bohdan Lysenko", n="attack on the Russian side; must not merge with the Chernihiv strike"),
  E("2028-06-23 18:40", "Mykolaiv toll rises to 10 as rescuers end search",
    ["The death toll from Thursday\u2019s Russian missile attack on Mykolaiv rose to 10, the regional administration said, as rescuers completed their search of the damaged apartment building."],
    "strikes", "strikes", 3, MYK, a="Bohdan Lysenko", n="continuation of the day-1 story (toll 10, search ended)"),
  E("2028-06-23 15:05", "Chernihiv strike toll rises to 11",
    ["Eleven people are now confirmed dead after a Russian missile hit the centre of Chernihiv, regional governor Vyacheslav Chaus said, adding that 47 people were wounded."],
    "strikes", "strikes", 3, CHN, a="Iryna Sokolenko", n="toll 11"),
  E("2028-06-23 12:30", "Zelensky to attend EU summit in Brussels next week",
    ["President Volodymyr Zelensky will travel to Brussels for the European Council summit on June 29-30, where leaders are expected to discuss Ukraine\u2019s accession talks and long-term financing, his office said."],
    "diplomacy", "diplomacy", 2, "zelensky-eu-summit-attendance-2028-06", a="Iryna Sokolenko", n="arrangement (summit attendance)"),
  E("2028-06-23 10:20", "Missile strike on Chernihiv city centre kills eight",
    ["A Russian missile attack on the centre of Chernihiv on Friday morning killed eight people, the city\u2019s military administration said."],
    "strikes", "strikes", 3, CHN, a="Bohdan Lysenko", n="toll 8"),
  ]))

# ---------------------------------------------------------------- 16033 Calderwyn Globe (day 2)
SEEDS.append(dict(
  id="16033", name="16033_calderwyn-worldatom", ext="xml", source="Calderwyn Globe", zone="UTC", render=r_atom,
  title="Calderwyn Globe \u2014 World", url="https://calderwyn-globe.example",
  lede="World news in brief",
  basis="<published> '{s}' (ISO 8601, Z = UTC); local {d} in {z}",
  notes="Invented outlet. General world Atom feed, newest first, <published> in UTC (Z), no authors. Two of six items concern the war (the Chernihiv strike spelled 'Chernigov'; the Mykolaiv continuation); four are off-beat.",
  not_entries=["feed title, subtitle, links, id, updated", "per-entry link/id/updated elements"],
  entries=[
  OFF("2028-06-23 21:15", "Tropical storm bears down on Mexico\u2019s Pacific coast",
      ["Tropical Storm Dalila strengthened off the coast of Guerrero state, and Mexican authorities opened shelters in Acapulco ahead of expected landfall on Saturday."],
      "mexico-tropical-storm-2028-06", n="weather"),
  E("2028-06-23 18:30", "Chernigov toll rises to 13, Ukrainian officials say",
    ["Ukrainian officials said 13 people were killed when a Russian missile struck central Chernigov on Friday morning, making it one of the deadliest attacks on a northern city this year."],
    "strikes", "strikes", 3, CHN, n="spelling 'Chernigov'; toll 13"),
  OFF("2028-06-23 15:45", "Antarctic sea ice hits new June low",
      ["Satellite data showed Antarctic sea ice covering less of the ocean than in any previous June since records began in 1979, US researchers said."],
      "antarctic-sea-ice-2028-06", n="climate"),
  E("2028-06-23 13:00", "Mykolaiv mourns as toll reaches 10",
    ["The southern Ukrainian city of Mykolaiv held a day of mourning on Friday for the 10 people killed by Thursday\u2019s Russian missile strike."],
    "strikes", "strikes", 3, MYK, n="continuation of the day-1 story (day of mourning, toll 10)"),
  OFF("2028-06-23 10:10", "Brazil\u2019s central bank raises rates again",
      ["Brazil\u2019s central bank lifted its benchmark Selic rate by half a point to 12.75% to rein in inflation that has stayed above target for a year."],
      "brazil-rate-rise-2028-06", n="economy"),
  OFF("2028-06-23 07:00", "Japan\u2019s H3 rocket puts navigation satellite into orbit",
      ["Japan\u2019s space agency launched its H3 rocket from Tanegashima, placing a new satellite for the country\u2019s regional positioning system into orbit."],
      "japan-h3-launch-2028-06", n="space"),
  ]))


def r_norrowby(S):
    """text live, oldest first; date line with weekday and day but NO year; '8:05am' line before the headline; page byline;
    zone note 'All times are Kyiv time (EEST)'. No year anywhere on the page."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"].upper(), "News  |  War in Ukraine  |  Business  |  Sport  |  Opinion", "", S["title"], S["dateline"], S["tznote"], f"Live reporting: {S['byline']}", "",
         S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d); stamps.append(st)
        L += [st, e["h"], ""] + (ptxt(e["p"]) if e["p"] else ["[Image: photo gallery]", ""])
        if i == 3:
            L += ["Support the Gazette's reporting from Ukraine \u2013 subscribe from \u00a31 a week.", ""]
    L += ["That's all from us today. Thanks for following.", "", f"{S['source']} \u00b7 About us \u00b7 Contact \u00b7 Privacy"]
    text = "\n".join(L) + "\n"
    assert not re.search(r"\b(19|20)\d\d\b", text), "the Norrowby page must print no year at all"
    return text, stamps


def r_blackwyke(S):
    """HTML live, newest first; Yoast-style JSON-LD @graph whose article node has @type ['NewsArticle','LiveBlogPosting'] and a
    liveBlogUpdate array (datePublished with +02:00); visible French-style '16h20' in <time datetime>; author in a span after the body."""
    z = S["zone"]; order_check(S, True)
    base = S["url"].split("/live")[0]
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ups = [{"@type": "BlogPosting", "headline": e["h"], "datePublished": dt(e["t"], z).isoformat(), "url": f"{S['url']}#u{len(S['entries']) - i}",
            "articleBody": " ".join(e["p"])} for i, e in enumerate(S["entries"])]
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "Organization", "@id": base + "/#organization", "name": S["source"], "url": base + "/"},
        {"@type": "WebPage", "@id": S["url"], "url": S["url"], "name": S["title"], "isPartOf": {"@id": base + "/#website"}},
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"] + "#article", "headline": S["title"], "datePublished": first.isoformat(),
         "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "mainEntityOfPage": {"@id": S["url"]},
         "publisher": {"@id": base + "/#organization"}, "inLanguage": "en-GB", "liveBlogUpdate": ups}]}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - {S["source"]}</title>', ld_script(ld), '</head><body>',
           f'<header><a class="logo" href="/">{esc(S["source"])}</a> <nav><a>France</a> <a>Europe</a> <a>World</a> <a>Economy</a> <a>Culture</a> <a>Live</a></nav>'
           '<a class="btn">Subscribe</a></header>',
           f'<main><p class="tag">LIVE</p><h1>{esc(S["title"])}</h1>', f'<p class="chapo">{esc(S["lede"])}</p>', f'<p class="date">{esc(S["dateline"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.hour:02d}h{d.minute:02d}"; stamps.append(st)
        out.append(f'<div class="post" id="u{len(S["entries"]) - i}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e["a"]:
            out.append(f'<span class="signature">{esc(e["a"])}</span>')
        out.append('</div>')
        if i == 2:
            out.append('<aside class="lire-aussi"><strong>Read also</strong> <a href="/world/black-sea-explained">The Black Sea: a sea war in five maps</a></aside>')
    out += ['</main>', f'<footer>{esc(S["source"])} \u00b7 Legal notice \u00b7 Cookie settings \u00b7 Contact</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_glaswick(S):
    """HTML article with NewsArticle JSON-LD; h2 sections (one entry each); visible 'Tue 27 Jun 2028 17.05 BST'; one byline."""
    z = S["zone"]; pub = dt(S["published"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": pub.isoformat(), "dateModified": pub.isoformat(),
          "author": {"@type": "Person", "name": S["byline"]}, "publisher": {"@type": "Organization", "name": S["source"]}, "articleSection": "World"}
    shown = f"{DAYS_EN[pub.weekday()][:3]} {pub.day} {SHORT_MONTHS[pub.month - 1]} {pub.year} {pub:%H.%M} BST"
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title>', ld_script(ld), '</head><body>',
           f'<header>{esc(S["source"])} <nav><a>News</a> <a>World</a> <a>Scotland</a> <a>Business</a> <a>Sport</a></nav></header>',
           f'<main><article><h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>',
           f'<p class="byline">By <a href="/authors/{S["byline"].lower().replace(" ", "-")}">{esc(S["byline"])}</a></p>', f'<p class="published">{shown}</p>']
    for i, e in enumerate(S["entries"]):
        assert e["t"] == S["published"]
        out.append(f'<h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if i == 1:
            out.append('<figure><img src="/img/brussels.jpg" alt=""><figcaption>Flags outside the European Council building in Brussels. Photograph: Pool</figcaption></figure>')
    out += ['</article>', '<aside><h3>Most read</h3><ol><li>Glasgow council backs four-day week trial</li><li>Scotland squad named for autumn Tests</li></ol></aside></main>',
            f'<footer>\u00a9 {esc(S["source"])} \u00b7 Terms \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


NOV = "novorossiysk-sea-drone-attack-2028-06-27"
ACC = "eu-ukraine-accession-cluster-opened-2028-06-27"

# ---------------------------------------------------------------- 16040 Isbister Times (day 3)
SEEDS.append(dict(
  id="16040", name="16040_isbister-worldrss", ext="xml", source="Isbister Times", zone="America/Toronto", render=r_worldrss, rfc="offset",
  title="Isbister Times \u2013 World", url="https://isbister-times.example", guid="ist",
  lede="World news from the Isbister Times.",
  basis="<pubDate> '{s}' (RFC 822 with -0400); local {d} in {z}",
  notes="Invented outlet (Canadian daily). General world RSS feed, newest first, pubDate with -0400; dc:creator only on some items. Two of six items concern the war (the Novorossiysk attack spelled 'Novorossiisk'; the EU accession cluster); four are off-beat.",
  not_entries=["channel title/link/description/language/copyright", "category, link and guid elements"],
  entries=[
  OFF("2028-06-27 19:20", "Ottawa and provinces sign health-data sharing deal",
      ["The federal government and all 13 provinces and territories signed an agreement to let patients\u2019 records follow them between provincial health systems."],
      "canada-health-data-deal-2028-06", a="The Canadian Press", n="Canadian politics"),
  E("2028-06-27 16:45", "Russia vows retaliation after sea-drone raid on Novorossiisk",
    ["Russia promised a response after Ukrainian naval drones damaged warships at the Black Sea port of Novorossiisk, with a senior lawmaker calling the attack \u2018an act of terrorism\u2019."],
    "strikes", "strikes", 3, NOV, a="Reuters", n="spelling 'Novorossiisk'; reaction whose content is the attack"),
  OFF("2028-06-27 13:10", "Heat warnings issued across southern Ontario",
      ["Environment Canada issued heat warnings from Windsor to Ottawa, with humidex values expected to approach 42 by Thursday."],
      "ontario-heat-warning-2028-06", n="weather"),
  E("2028-06-27 10:30", "EU opens first chapter of Ukraine membership talks",
    ["The European Union formally opened the first cluster of accession negotiations with Ukraine at an intergovernmental conference in Luxembourg, after Hungary lifted its veto in exchange for guarantees on minority rights."],
    "diplomacy", "diplomacy", 3, ACC, a="Reuters"),
  OFF("2028-06-27 07:55", "Loonie slips as oil prices retreat",
      ["The Canadian dollar weakened against its US counterpart as crude prices fell for a third session."],
      "loonie-oil-2028-06", a="The Canadian Press", n="markets"),
  OFF("2028-06-27 05:15", "Rain halts play at Wimbledon for second straight day",
      ["Only covered courts were in use at the All England Club as persistent rain washed out most of the outside-court schedule."],
      "wimbledon-rain-2028-06", n="sport"),
  ]))

# ---------------------------------------------------------------- 16041 Norrowby Gazette (day 3)
SEEDS.append(dict(
  id="16041", name="16041_norrowby-textlive", ext="txt", source="Norrowby Gazette", zone="Europe/Kyiv", render=r_norrowby,
  title="Ukraine live: sea drones hit Russia\u2019s Novorossiysk naval base", dateline="Tuesday 27 June", tznote="All times are Kyiv time (EEST)",
  byline="Callum Reid", parse_args=["--date", "2028-06-27"],
  lede="Ukraine\u2019s navy says unmanned boats struck ships at the main base of Russia\u2019s Black Sea Fleet overnight.",
  basis="stamp '{s}' (12-hour clock, page note 'All times are Kyiv time (EEST)') under the date line 'Tuesday 27 June' (no year on the page: parse_args --date 2028-06-27); local {d} in {z}",
  notes="Invented outlet. Text live blog, oldest first; stamps '8:05am' before the headline; the date line 'Tuesday 27 June' names no year and the page prints no year anywhere, so parse_args gives --date 2028-06-27. Page byline 'Live reporting: Callum Reid' is the author of every entry. 16041-03 is a 'Pictured:' teaser with only an image placeholder. 16041-05 is a theme piece (analysis of sea drones; mentions Novorossiysk but is its own story). 16041-06 repeats 16041-04 nearly verbatim. 16041-02 (Sevastopol) and 16041-07 (Odesa) are other attacks: must not merge with Novorossiysk.",
  not_entries=["masthead and navigation", "title, date line, zone note, 'Live reporting:' byline", "standfirst", "'[Image: photo gallery]' placeholder under the teaser",
               "subscription promo after the fourth post", "sign-off line and footer"],
  entries=[
  E("2028-06-27 07:05", "Ukrainian sea drones strike Russian naval base at Novorossiysk",
    ["Ukraine\u2019s navy says its unmanned surface vessels attacked the Russian Black Sea Fleet\u2019s base at Novorossiysk overnight and damaged a large landing ship.",
     "Residents posted videos of explosions and tracer fire over the bay from about 2am."],
    "strikes", "strikes", 3, NOV, a="Callum Reid", n="one ship damaged"),
  E("2028-06-27 08:40", "Russia says drones repelled over Sevastopol",
    ["The Russian-installed governor of Sevastopol, Mikhail Razvozhayev, said air defences shot down six drones over the city overnight and that a power line was damaged by falling debris."],
    "strikes", "strikes", 2, "sevastopol-drones-2028-06-27", a="Callum Reid", n="another attack in the same sea/region; must not merge with Novorossiysk"),
  E("2028-06-27 10:15", "Pictured: Damaged pier at Novorossiysk naval base", [],
    "strikes", "strikes", 1, NOV, n="teaser without body (image only)"),
  E("2028-06-27 11:50", "Two vessels damaged, Russian Black Sea Fleet admits",
    ["Russia\u2019s Black Sea Fleet acknowledged that two of its ships were damaged in the overnight attack on Novorossiysk, but said all the sea drones had been destroyed.",
     "It did not name the vessels."],
    "strikes", "strikes", 3, NOV, a="Callum Reid", n="two ships damaged"),
  E("2028-06-27 13:30", "Analysis: Ukraine\u2019s sea drones have redrawn the Black Sea map",
    ["Last night\u2019s raid on Novorossiysk is a reminder of how far the naval war has moved since the first months of the invasion.",
     "A country with almost no navy has pushed Russia\u2019s fleet out of Sevastopol and, increasingly, made its fallback base on the Caucasus coast unsafe as well.",
     "The drones are cheap, built in dispersed workshops and updated every few months, which makes them hard to counter with traditional ship defences."],
    "strikes", "strikes", 2, "analysis-sea-drones-black-sea-2028-06", a="Callum Reid",
    n="theme piece (analysis; mentions Novorossiysk but is its own story); must not merge with the Novorossiysk attack"),
  E("2028-06-27 15:10", "Two vessels damaged, Russian Black Sea Fleet admits",
    ["Russia\u2019s Black Sea Fleet acknowledged that two of its ships were damaged in the overnight attack on Novorossiysk, but said all the sea drones had been destroyed.",
     "It did not name either vessel."],
    "strikes", "strikes", 1, NOV, a="Callum Reid", dup="16041-04", n="near-verbatim repeat of 16041-04"),
  E("2028-06-27 17:45", "Russian drone attack on Odesa injures three",
    ["Russian drones hit a warehouse district in Odesa in the afternoon, injuring three people and starting a large fire, the regional governor said."],
    "strikes", "strikes", 2, "odesa-drone-attack-2028-06-27", a="Callum Reid", n="attack in the other direction; must not merge with Novorossiysk"),
  ]))

# ---------------------------------------------------------------- 16042 Blackwyke Observer (day 3)
SEEDS.append(dict(
  id="16042", name="16042_blackwyke-htmllive", ext="html", source="Blackwyke Observer", zone="Europe/Paris", render=r_blackwyke,
  title="Live: Ukraine hits Novorossiysk; EU opens first chapter of accession talks",
  url="https://blackwyke-observer.example/live/ukraine-2028-06-27", dateline="Tuesday 27 June 2028",
  lede="Follow our live coverage of the war in Ukraine and the diplomacy around it.",
  basis="visible '{s}' (French-style 24-hour clock in <time datetime>, Paris time, +02:00 in the JSON-LD) under the date line 'Tuesday 27 June 2028'; local {d} in {z}",
  notes="Invented outlet (Paris-based English edition). HTML live, newest first; Yoast-style JSON-LD @graph whose article node has @type ['NewsArticle','LiveBlogPosting'] and a liveBlogUpdate array with per-update times (+02:00). Visible stamps '16h20' in <time datetime>; signature after the body (author). Spells the port 'Novorossiisk' in 16042-05 and 'Novorossiysk' elsewhere. 16042-06 (glide bombs on Kostiantynivka) must not merge with the Novorossiysk attack.",
  not_entries=["header and navigation", "'LIVE' tag, title, standfirst, date line", "'Read also' box after the third post", "footer"],
  entries=[
  E("2028-06-27 22:30", "Kremlin: attack on Novorossiysk will \u2018not go unanswered\u2019",
    ["Kremlin spokesman Dmitry Peskov said President Vladimir Putin had been briefed on the overnight sea-drone attack on Novorossiysk and that it would \u2018not go unanswered\u2019."],
    "strikes", "strikes", 3, NOV, a="Claire Duvernay", n="reaction whose content is the attack"),
  E("2028-06-27 19:05", "French foreign minister arrives in Kyiv",
    ["Foreign Minister Jean-No\u00ebl Barrot arrived in Kyiv by overnight train for talks on air defence and on France\u2019s role in a possible post-war reassurance force."],
    "diplomacy", "diplomacy", 3, "barrot-kyiv-visit-2028-06-27", a="Claire Duvernay", sec=["aid"], n="ministerial diplomatic visit"),
  E("2028-06-27 16:20", "EU formally opens first accession cluster with Ukraine",
    ["Ukraine\u2019s accession talks with the EU entered their substantive phase as the \u2018fundamentals\u2019 cluster, covering the rule of law and public administration, was opened in Luxembourg.",
     "Prime Minister Yulia Svyrydenko called it \u2018a day Ukrainians have fought for\u2019."],
    "diplomacy", "diplomacy", 3, ACC, a="Antoine Lefl\u00e8che"),
  E("2028-06-27 13:45", "Turkey urges restraint after Novorossiysk raid",
    ["Turkey\u2019s foreign ministry said the attack on Novorossiysk showed the risks facing commercial shipping in the Black Sea and urged both sides to keep civilian vessels out of their operations."],
    "strikes", "strikes", 3, NOV, a="Antoine Lefl\u00e8che", sec=["diplomacy"], n="reaction whose content is the attack"),
  E("2028-06-27 10:10", "Novorossiisk: Ukraine\u2019s navy claims hit on landing ship",
    ["Ukraine\u2019s navy published footage it said showed a sea drone striking a Ropucha-class landing ship moored at Novorossiisk, the Black Sea Fleet\u2019s main base since it left Sevastopol."],
    "strikes", "strikes", 3, NOV, a="Claire Duvernay", n="spelling 'Novorossiisk'"),
  E("2028-06-27 07:30", "Two killed by glide bombs in Kostiantynivka",
    ["Russian guided bombs killed two people and destroyed a block of flats in Kostiantynivka in the Donetsk region, local officials said."],
    "strikes", "strikes", 3, "kostiantynivka-glide-bombs-2028-06-27", a="Antoine Lefl\u00e8che", n="deadly strike (single seed); must not merge with Novorossiysk"),
  ]))

# ---------------------------------------------------------------- 16043 Glaswick Post (day 3)
SEEDS.append(dict(
  id="16043", name="16043_glaswick-article", ext="html", source="Glaswick Post", zone="Europe/London", render=r_glaswick,
  title="Ukraine takes the fight to Russia\u2019s fleet as Brussels opens talks", byline="Fiona Strachan", published="2028-06-27 17:05",
  lede="Sea drones damage ships at Novorossiysk; EU opens the first cluster of membership negotiations.",
  basis="no per-section time; published = the article's visible date line 'Tue 27 Jun 2028 17.05 BST' (same as JSON-LD datePublished +01:00); local {d} in {z}",
  notes="Invented outlet (Scottish daily). HTML article with NewsArticle JSON-LD; four h2 sections, one entry each (headline = section heading, stamp null, published = the page time). Page byline 'Fiona Strachan' is the author of every section. By this time three Russian vessels are reported damaged.",
  not_entries=["header/navigation", "title and standfirst", "byline and date line", "photo caption after the second section", "'Most read' list and footer"],
  entries=[
  E("2028-06-27 17:05", "Sea-drone raid on Novorossiysk",
    ["Ukrainian naval drones damaged three Russian vessels in an overnight attack on Novorossiysk, according to Ukraine\u2019s navy, in one of the boldest raids on the Black Sea Fleet\u2019s last big base.",
     "Moscow has confirmed damage to two ships."],
    "strikes", "strikes", 3, NOV, a="Fiona Strachan", n="three vessels damaged"),
  E("2028-06-27 17:05", "Brussels opens the door",
    ["In Luxembourg, EU ministers opened the first cluster of accession talks with Ukraine, a step that had been blocked for months by Hungary."],
    "diplomacy", "diplomacy", 3, ACC, a="Fiona Strachan"),
  E("2028-06-27 17:05", "Norway funds long-range drone production",
    ["Norway will spend 2 billion kroner on Ukrainian-made long-range strike drones, its defence ministry said, in the first such arrangement financed directly by Oslo."],
    "aid", "aid", 2, "norway-long-range-drone-funding-2028-06-27", a="Fiona Strachan"),
  E("2028-06-27 17:05", "Slow gains near Kupiansk",
    ["On the ground, Russian forces advanced a few hundred metres north of Kupiansk, according to open-source analysts, but Ukraine still holds the town\u2019s centre."],
    "other", "frontline", 2, "kupiansk-russian-advance-2028-06", a="Fiona Strachan"),
  ]))


# ================================================================ END OF DATA
if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Builds the eval/ez seed pages and their gold files from one hand-written data table (further below).
All headlines and paragraphs are the blind tester's own invented wording (no copied sentences). Part A imitates,
from memory, the page layouts of ten real outlets; Part B outlets are invented. Deterministic, standard library only.
Run from the project root:  python3 eval/ez/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]
WDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
# abbreviations that never end a sentence in this set's texts
ABBREV = ("U.S.", "U.N.", "St.", "Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "Lt.", "Col.", "Sen.", "Gov.", "a.m.", "p.m.", "No.")
SEEDS = []


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **kw):
    """one entry: t = local time 'YYYY-MM-DD HH:MM[:SS]' in the page zone; h = headline or None; p = body paragraphs."""
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(kw)
    return d


def OFF(t, h, p, st, a=None, n="", **kw):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **kw)


def first_sentence(par):
    for m in re.finditer(r'[.!?]["\'\u201d\u2019)]?(?=\s+[A-Z0-9"\'\u201c\u2018(]|$)', par):
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


def h12(d, dots=False, upper=True, space=True):
    hh = d.hour % 12 or 12
    if dots:
        suf = "a.m." if d.hour < 12 else "p.m."
    else:
        suf = ("AM" if d.hour < 12 else "PM") if upper else ("am" if d.hour < 12 else "pm")
    return f"{hh}:{d.minute:02d}{' ' if space else ''}{suf}"


def iso_z(d, ms=False):
    u = d.astimezone(UTC)
    return u.strftime("%Y-%m-%dT%H:%M:%S") + (".000" if ms else "") + "Z"


def rfc822(d, gmt=False):
    if gmt:
        return d.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S GMT")
    return d.strftime("%a, %d %b %Y %H:%M:%S %z")


def lines_of(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def order_check(S, newest_first):
    ts = [dt(e["t"], S["zone"]) for e in S["entries"]]
    assert ts == sorted(ts, reverse=newest_first), f"{S['id']}: entries must be {'newest' if newest_first else 'oldest'} first"


def B(e, **kw):
    e.update(kw)
    return e


# ================================================================ build (called at the very end of the file)
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
            loc = d.strftime("%Y-%m-%d %H:%M:%S" if e["t"].count(":") == 2 else "%Y-%m-%d %H:%M")
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": iso_z(d), "published_local": f"{loc} {S['zone']}",
                         "published_basis": S["basis"].format(s=stamps[i], d=loc, z=S["zone"]),
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

# ================================================================ PART A: ten real outlets' layouts, from memory (own words)

# ---------------------------------------------------------------- 15700 The Guardian (HTML live blog)
def r_guardian(S):
    """Guardian live blog (DCR), newest first. Blocks: <time datetime> with a relative '3h ago' plus the absolute
    '14.10 BST'; optional block title (h2); contributor name under the block. 'Key events' list of titled blocks.
    JSON-LD LiveBlogPosting whose liveBlogUpdate items carry the PAGE's headline and datePublished (as the real site does)."""
    z = S["zone"]; order_check(S, True)
    cap = dt(S["captured"], z); pub = dt(S["published"], z)
    def rel(d):
        m = int((cap - d).total_seconds() // 60)
        return f"{m}m ago" if m < 60 else f"{m // 60}h ago"
    def hdr(d):
        return f"{WDAYS[d.weekday()][:3]} {d.day} {MON3[d.month - 1]} {d.year} {d:%H.%M} {d.tzname()}"
    ups = []
    for i, e in enumerate(S["entries"]):
        ups.append({"@type": "BlogPosting", "@id": f"{S['url']}#block-{S['bid'](i)}", "headline": S["title"],
                    "datePublished": iso_z(pub, ms=True), "dateModified": iso_z(cap, ms=True),
                    "articleBody": " ".join(e["p"])[:1000]})
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"],
          "description": S["lede_plain"], "datePublished": iso_z(pub, ms=True), "dateModified": iso_z(cap, ms=True),
          "coverageStartTime": iso_z(pub, ms=True), "coverageEndTime": iso_z(cap + timedelta(hours=8), ms=True),
          "author": [{"@type": "Person", "name": n, "sameAs": "https://www.theguardian.com/profile/" + n.lower().replace(" ", "")} for n in S["authors"]],
          "publisher": {"@type": "Organization", "name": "The Guardian", "sameAs": "https://www.theguardian.com"},
          "liveBlogUpdate": ups}
    org = {"@context": "https://schema.org", "@type": "Organization", "name": "The Guardian", "url": "https://www.theguardian.com/",
           "logo": {"@type": "ImageObject", "url": "https://uploads.guim.co.uk/2018/01/29/gu_logo.png", "width": 190, "height": 60}}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">',
           f'<title>{esc(S["title"])} | Ukraine | The Guardian</title>',
           f'<meta name="description" content="{attr(S["lede_plain"])}">', f'<link rel="canonical" href="{S["url"]}">',
           '<script type="application/ld+json">' + json.dumps([org, ld], ensure_ascii=False) + '</script></head>',
           '<body><a class="skip" href="#maincontent">Skip to main content</a> <a class="skip" href="#navigation">Skip to navigation</a>',
           '<header><div class="top-bar"><a href="https://support.theguardian.com/contribute">Support us</a> '
           '<a href="https://support.theguardian.com/subscribe/weekly">Print subscriptions</a> <a href="/search">Search jobs</a> '
           '<a href="https://profile.theguardian.com/signin">Sign in</a></div>',
           '<div class="edition">International edition</div>',
           '<div class="logo"><span class="visually-hidden">The Guardian - Back to home</span></div>',
           '<nav id="navigation"><a href="/">News</a> <a href="/commentisfree">Opinion</a> <a href="/sport">Sport</a> '
           '<a href="/culture">Culture</a> <a href="/lifeandstyle">Lifestyle</a></nav>',
           '<nav class="subnav"><a href="/world">World</a> <a href="/world/europe-news">Europe</a> <a href="/us-news">US</a> '
           '<a href="/world/americas">Americas</a> <a href="/world/asia">Asia</a> <a href="/australia-news">Australia</a> '
           '<a href="/world/middleeast">Middle East</a> <a href="/world/africa">Africa</a> <a href="/inequality">Inequality</a> '
           '<a href="/global-development">Global development</a></nav></header>',
           '<main id="maincontent"><div class="series"><a href="/world/ukraine">Ukraine</a></div>',
           '<div class="badge">Live</div>', f'<h1>{esc(S["title"])}</h1>',
           '<div class="standfirst"><ul>' + "".join(f'<li><p>{esc(x)}</p></li>' for x in S["lede"]) + '</ul></div>',
           '<figure><img src="https://i.guim.co.uk/img/media/kharkiv.jpg" alt="">'
           f'<figcaption>{esc(S["caption"])}</figcaption></figure>',
           '<address class="byline">' + " ".join(f'<a rel="author" href="/profile/{n.lower().replace(" ", "")}">{esc(n)}</a>{r}'
                                                 for n, r in zip(S["authors"], S["roles"])) + '</address>',
           f'<div class="dateline"><details><summary>{hdr(pub)}</summary>First published on {hdr(pub)}</details></div>',
           '<div class="share"><a>Share on Facebook</a> <a>Share on Twitter</a> <a>Share via Email</a></div>',
           '<div class="key-events"><h2>Key events</h2><ul>']
    for i, e in enumerate(S["entries"]):
        if e["kp"]:
            d = dt(e["t"], z)
            out.append(f'<li><a href="?page=with:block-{S["bid"](i)}#block-{S["bid"](i)}"><time datetime="{iso_z(d, ms=True)}">{rel(d)}</time> '
                       f'<span class="key-event-title">{esc(e["h"])}</span></a></li>')
    out += ['</ul><button>Show key events only</button></div>',
            '<div class="filter"><span>Please turn on JavaScript to use this feature</span></div>', '<div class="live-blog">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H.%M} {d.tzname()}"; stamps.append(st)
        out.append(f'<article id="block-{S["bid"](i)}" class="block"><header><p class="block-time">'
                   f'<a href="?page=with:block-{S["bid"](i)}#block-{S["bid"](i)}"><time datetime="{iso_z(d, ms=True)}">{rel(d)}</time></a> '
                   f'<span class="block-time__absolute">{st}</span></p>')
        if e["h"]:
            out.append(f'<h2 class="block-title">{esc(e["h"])}</h2>')
        out.append('</header><div class="block-elements">' + "".join(f'<p>{esc(p)}</p>' for p in e["p"]) + '</div>')
        out.append(f'<footer><div class="contributor"><img alt=""><span>{esc(e["a"])}</span></div>'
                   f'<div class="block-share"><a>Share</a></div><span class="updated">Updated at {d:%H.%M} {d.tzname()}</span></footer></article>')
        if i == 3:
            out.append('<aside class="rich-link"><p>Related: </p><a href="/world/2028/mar/27/explainer-polish-ukrainian-arms-industry">'
                       'How Poland became Ukraine\u2019s most important arms partner</a></aside>')
    out += ['</div><div class="pagination"><a>Newest</a> <a>Previous</a> <span>1 of 3</span> <a>Next</a> <a>Oldest</a></div>',
            '<div class="epic"><p>\u2026 there is a good reason why people in 180 countries read the Guardian.</p>'
            '<a>Support us</a></div>', '<section class="onwards"><h2>Most viewed</h2><ol><li>Ukraine war briefing: drones and dead ends</li>'
            '<li>Sunday with \u2026 a marine biologist</li></ol></section></main>',
            '<footer><ul><li>About us</li><li>Contact us</li><li>Complaints &amp; corrections</li><li>Privacy policy</li>'
            '<li>Cookie policy</li><li>Tax strategy</li><li>Terms &amp; conditions</li></ul>'
            '<p>\u00a9 2028 Guardian News &amp; Media Limited or its affiliated companies. All rights reserved. (dcr)</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


KHARKIV_G = "kharkiv-drone-attack-2028-03-28"
SEEDS.append(dict(
  id="15700", name="15700_guardian-live", ext="html", source="The Guardian", zone="Europe/London", render=r_guardian,
  title="Russia-Ukraine war live: four dead after drone swarm hits Kharkiv; Kyiv and Warsaw sign missile co-production deal",
  url="https://www.theguardian.com/world/live/2028/mar/28/russia-ukraine-war-live-kharkiv-drones-poland-air-defence",
  published="2028-03-28 07:05", captured="2028-03-28 17:52", bid=lambda i: f"6603f{0x91a2 - i * 37:04x}8f08e2b1c4d",
  authors=["Lena Whitcombe", "Arjun Pascoe"], roles=[" (now)", " (earlier)"],
  lede=["Toll rises to four after Russian drones hit apartment blocks in Ukraine\u2019s second city overnight",
        "Ukraine and Poland agree to build short-range air-defence missiles together"],
  lede_plain="Toll rises to four after Russian drones hit apartment blocks in Ukraine\u2019s second city overnight; Ukraine and Poland agree to build short-range air-defence missiles together",
  caption="Emergency workers at a damaged residential building in Kharkiv on Tuesday morning. Photograph: Vitalii Hnidyi/Reuters",
  basis="visible block time '{s}' (UK local time, BST = UTC+1 after the clocks changed on 26 March), with <time datetime> in UTC; the day comes from the page's 'Tue 28 Mar 2028' dateline; local {d} in {z}",
  notes="Guardian live blog (DCR layout from memory), newest first. Each block: <time> with a relative '3h ago' (computed against the capture time 17.52 BST) and the absolute '14.10 BST'; three of seven blocks have no title (headline null, first_sentence = first body sentence). Contributor name in each block footer = author. 'Key events' box lists two titled blocks: treated as this page's Key Points block (key_point true, importance 3). JSON-LD LiveBlogPosting: every liveBlogUpdate carries the page headline and the page datePublished (07.05 BST) - not per-block values, as on the real site; times must come from the blocks. 15700-07 opens with the welcome line, which is its first sentence as printed; the news is in its second paragraph.",
  not_entries=["skip links, top bar (Support us, Print subscriptions, Sign in), edition switch, navigation", "series label 'Ukraine', 'Live' badge, page title h1",
               "standfirst bullets", "top photo caption and credit", "byline 'Lena Whitcombe (now) Arjun Pascoe (earlier)'", "dateline 'Tue 28 Mar 2028 07.05 BST'",
               "share links", "'Key events' box (two links to titled blocks)", "'Please turn on JavaScript to use this feature'",
               "per-block 'Share' and 'Updated at ...' footers", "related link 'How Poland became Ukraine\u2019s most important arms partner'",
               "pagination", "support epic", "most viewed list", "footer"],
  entries=[
  E("2028-03-28 17:40", None,
    ["Ukraine\u2019s foreign ministry has summoned Hungary\u2019s ambassador in Kyiv after Budapest blocked a joint EU statement on the war for the third time this month, a ministry spokesperson said.",
     "Heorhii Tykhyi said Kyiv expected \u201cpartners to behave like partners\u201d and accused the Hungarian government of hiding behind the EU\u2019s unanimity rule to protect Moscow.",
     "There was no immediate response from Budapest."],
    "diplomacy", "diplomacy", 2, "ukraine-summons-hungarian-ambassador-2028-03-28", a="Lena Whitcombe", n="untitled block"),
  E("2028-03-28 16:05", "Swedish court jails former military IT contractor for spying for Russia",
    ["A court in Stockholm has sentenced a former IT contractor for Sweden\u2019s armed forces to seven years in prison for passing details of military communications networks to Russian intelligence.",
     "Prosecutors said the 41-year-old, whose name has not been released, met his handlers in Budapest and Istanbul over three years and was paid in cryptocurrency. He denied the charges and is expected to appeal."],
    "other", "security", 2, "sweden-russia-spy-sentence-2028-03-28", a="Lena Whitcombe"),
  E("2028-03-28 14:10", "Ukraine and Poland sign deal to build air-defence missiles together",
    ["Ukraine and Poland have signed an agreement to jointly produce short-range air-defence missiles, with the first deliveries to Ukrainian units planned for the autumn.",
     "Poland\u2019s defence minister, W\u0142adys\u0142aw Kosiniak-Kamysz, said at the signing in Warsaw that the state arms group PGZ would supply the production lines and Ukraine would contribute guidance components.",
     "The programme is worth about 4.5bn z\u0142oty (\u00a3900m) over three years and will be partly funded by EU defence loans, the Polish ministry said."],
    "aid", "aid", 3, "poland-ukraine-air-defence-coproduction-2028-03-28", a="Lena Whitcombe", kp=True, n="listed under Key events"),
  E("2028-03-28 12:35", "Kremlin dismisses reports of Easter ceasefire talks",
    ["The Kremlin has said there are no plans for talks on a ceasefire, brushing aside reports in European media that envoys had discussed a pause in the fighting over the Easter holidays.",
     "\u201cThese reports have nothing to do with reality,\u201d the Kremlin spokesperson, Dmitry Peskov, told journalists on his daily call."],
    "diplomacy", "diplomacy", 2, "kremlin-denies-easter-ceasefire-talks-2028-03-28", a="Arjun Pascoe"),
  E("2028-03-28 11:20", None,
    ["The death toll from the overnight drone attack on Kharkiv has risen to four, the regional governor, Oleh Syniehubov, said on Telegram.",
     "A woman pulled from the rubble of a five-storey building in the Kyivskyi district died in hospital, he said. Twenty-three people were injured, two of them children."],
    "strikes", "strikes", 3, KHARKIV_G, a="Arjun Pascoe", n="untitled block; toll update (4 dead)"),
  E("2028-03-28 09:50", None,
    ["Russia\u2019s defence ministry says its troops have captured the village of Mali Shcherbaky in the Zaporizhzhia region, a claim that could not be independently verified.",
     "Ukraine\u2019s southern command said fighting was continuing near the village and that Russian assault groups had taken heavy losses."],
    "other", "frontline", 2, "russia-claims-mali-shcherbaky-2028-03-28", a="Arjun Pascoe", n="untitled block"),
  E("2028-03-28 07:05", "Three killed as drones hit Kharkiv overnight",
    ["Welcome to our live coverage of Russia\u2019s war in Ukraine. I\u2019m Arjun Pascoe and I\u2019ll be bringing you the latest for the next few hours.",
     "At least three people were killed and 19 injured when Russian drones struck residential buildings in Kharkiv overnight, local officials said.",
     "Ukraine\u2019s air force said Russia had launched 126 drones and four ballistic missiles at the country, and that 98 drones had been shot down or jammed."],
    "strikes", "strikes", 3, KHARKIV_G, a="Arjun Pascoe", kp=True, n="listed under Key events; first sentence is the welcome line as printed"),
  ]))

# ---------------------------------------------------------------- 15701 BBC News (text live page)
def r_bbc(S):
    """BBC News live page, text scrape, newest first. 'Posted at 16:20' line before the headline; optional contributor
    name + role lines; image source / caption lines; 'Share' after each post. 'All times stated are UK'. No date or year anywhere."""
    z = S["zone"]; order_check(S, True)
    L = ["Skip to content", "Accessibility Help", "Your account", "Home", "News", "Sport", "Weather", "iPlayer", "Sounds", "Bitesize", "More menu", "Search BBC", "",
         "BBC News", "Home", "War in Ukraine", "Climate", "Video", "World", "UK", "Business", "Tech", "Science", "Stories", "", "Europe", "",
         "Live", S["title"], "", "Summary", ""] + [f"{x}" for x in S["summary"]] + ["", "Live Reporting", "", f"Edited by {S['editor']}", "",
         "All times stated are UK", "", "Get involved", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"Posted at {d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""]
        if e["a"]:
            L += [e["a"], e["role"], ""]
        for j, p in enumerate(e["p"]):
            L += [p, ""]
            if j == 0 and e.get("img"):
                L += ["Image source,", e["img"][0], "Image caption,", e["img"][1], ""]
        L += ["Share", ""]
    L += ["Back to top", "", "Related Topics", "Russia-Ukraine war", "Ukraine", "Russia", "", "More on this story", "Who is winning the drone war over the Black Sea?", ""]
    return "\n".join(L) + "\n", stamps


ODESA = "odesa-port-missile-strike-2028-03-03"
SEEDS.append(dict(
  id="15701", name="15701_bbc-live", ext="txt", source="BBC News", zone="Europe/London", render=r_bbc,
  title="Ukraine war: Two dead as Russian missile hits Odesa port", editor="Imogen Farrant", parse_args=["--date", "2028-03-03"],
  summary=["A Russian missile has hit the port of Odesa, killing two dock workers and damaging a grain ship, Ukrainian officials say",
           "The Kremlin says its forces struck \"military infrastructure\" in the city",
           "President Zelensky renews his appeal to allies for more Patriot air-defence systems",
           "Estonia announces it will close two more crossings on its border with Russia"],
  basis="'{s}' (UK local time: the page says 'All times stated are UK'; GMT = UTC in early March). The page prints no date or year; the day comes from parse_args (--date 2028-03-03); local {d} in {z}",
  notes="BBC live page (text scrape from memory of the classic layout), newest first. 'Posted at HH:MM' line before each headline; no date or year anywhere on the page, so parse_args gives the day (2028-03-03). 'All times stated are UK' = Europe/London, GMT in March. Posts with a correspondent show two lines (name, role) between headline and body: name = author; other posts have no author (the 'Edited by' line is an editor credit, not a byline). Image source/caption lines inside 15701-06 are chrome. The Kremlin's claim about the Odesa attack (15701-03) is a reaction whose content is the attack itself, so it shares the Odesa story; Zelensky's Patriot appeal (15701-01) leads with the appeal, so it is aid and its own story.",
  not_entries=["site navigation", "'Europe' section label, 'Live' label and page title", "Summary block (four prose bullets, not post headlines)", "'Live Reporting', 'Edited by Imogen Farrant'",
               "'All times stated are UK'", "'Get involved'", "image source/caption lines in 15701-06", "'Share' after each post", "'Back to top', Related Topics, 'More on this story' link"],
  entries=[
  E("2028-03-03 16:20", "Zelensky: Odesa attack shows why we need more Patriots",
    ["President Volodymyr Zelensky says the strike on Odesa\u2019s port is further proof that Ukraine needs more Patriot systems to protect its cities and its export routes.",
     "In his evening address, he said he had asked European partners for at least two more batteries before the summer. \"Every delay is paid for in lives,\" he said."],
    "aid", "aid", 2, "zelensky-patriot-appeal-2028-03-03", sec=["strikes"]),
  E("2028-03-03 15:05", "Grain ship crew 'lucky to be alive'",
    ["Crew members of the damaged grain ship have told me they threw themselves to the deck when the missile struck the quay next to them.",
     "The vessel, sailing under a Panamanian flag, had been loading wheat bound for Egypt. Its captain says two of his sailors have shrapnel wounds but will recover."],
    "strikes", "strikes", 3, ODESA, a="Tomasz Rybak", role="Reporting from Odesa"),
  E("2028-03-03 13:31", "Kremlin says it hit 'military targets' in Odesa",
    ["Russia\u2019s defence ministry says its forces carried out a \"precision strike\" on military infrastructure in Odesa used to receive Western weapons.",
     "It did not mention the grain ship. Ukraine says only civilian port facilities were hit."],
    "strikes", "strikes", 2, ODESA, n="official reaction whose content is the attack itself: same story"),
  E("2028-03-03 11:48", "Estonia to close two more border crossings with Russia",
    ["Estonia will shut two more of its road crossings with Russia from next month, leaving only the Narva checkpoint open, the interior minister has announced.",
     "The government says the move is needed because of repeated attempts by Russian services to push migrants across the border."],
    "other", "security", 2, "estonia-closes-border-crossings-2028-03-03", a="Maren Holt", role="Europe reporter"),
  E("2028-03-03 10:15", "Shelling reported in Donetsk city",
    ["Russian-installed officials in the occupied city of Donetsk say two people were injured when shells hit a market in the Kyivskyi district.",
     "The claim cannot be independently verified. Ukraine does not usually comment on such reports."],
    "strikes", "strikes", 2, "donetsk-city-shelling-2028-03-03"),
  E("2028-03-03 08:40", "Two killed as missile hits Odesa port",
    ["A Russian missile has struck the port of Odesa, killing two dock workers and injuring six people, the regional governor says.",
     "A grain ship moored at the quay was damaged and several warehouses caught fire, he added.",
     "Air-raid sirens sounded across the Odesa region shortly before 08:00 local time (06:00 GMT)."],
    "strikes", "strikes", 3, ODESA, img=("Reuters", "Firefighters at the port of Odesa after the strike on Friday morning")),
  E("2028-03-03 07:55", "Ukraine says it downed 61 drones overnight",
    ["Ukraine\u2019s air force says it shot down 61 of the 75 drones Russia launched overnight, mostly over the central and northern regions.",
     "Debris damaged a petrol station in the Kyiv region, but no-one was hurt, local officials say."],
    "strikes", "strikes", 2, "overnight-drone-raid-2028-03-03"),
  ]))


# ---------------------------------------------------------------- 15702 Reuters (text: timeline article, oldest first)
def r_reuters(S):
    """Reuters article page, text scrape: category, headline, byline, fused 'March 7, 20286:12 PM UTCUpdated an hour ago'
    dateline, dateline lede '(Reuters) -', then a timeline of items 'HHMM GMT - text', oldest first; reporting credits and trust lines."""
    z = S["zone"]; order_check(S, False)
    pub = dt(S["published"], z)
    L = ["Skip to main content", "Exclusive news, data and analytics for financial market professionals", "Learn more about", "Refinitiv", "",
         "Reuters home", "World", "Business", "Markets", "Sustainability", "Legal", "Breakingviews", "Technology", "Investigations", "More", "", "My View", "Register", "",
         "Europecategory", S["title"], "", f"By {S['byline']}", "",
         f"{MONTHS[pub.month - 1]} {pub.day}, {pub.year}{h12(pub)} UTCUpdated an hour ago", "", "Item 1 of 2", S["caption"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H%M} GMT"; stamps.append(st)
        L += [f"{st} - {e['p'][0]}", ""] + lines_of(e["p"][1:])
    L += [S["credits"], "", "Our Standards: The Thomson Reuters Trust Principles., opens new tab", "", "Purchase Licensing Rights, opens new tab", "",
          "Read Next", "Ukraine's grain exports slow as Black Sea insurance costs climb", ""]
    return "\n".join(L) + "\n", stamps


GASF = "gas-production-sites-strike-2028-03-07"
RB = "Mariia Kovalchuk and Tom Redfern"
SEEDS.append(dict(
  id="15702", name="15702_reuters-timeline", ext="txt", source="Reuters", zone="UTC", render=r_reuters,
  title="Timeline: Russia strikes Ukraine's gas fields as Germany pledges more IRIS-T systems", byline=RB, published="2028-03-07 18:12",
  caption="A worker inspects a damaged gas processing unit in the Poltava region, Ukraine, March 7, 2028. REUTERS/Staff Photographer Purchase Licensing Rights, opens new tab",
  lede="KYIV, March 7 (Reuters) - Russia pounded Ukraine's gas production sites overnight and Germany promised more air defence systems. Here are the main developments on Tuesday, with times in GMT:",
  credits="Reporting by Mariia Kovalchuk in Kyiv and Tom Redfern in London; Additional reporting by Anke Brauer in Berlin; Editing by Sarah Mallory",
  basis="timeline item '{s}' (GMT = UTC) on the day given by the dateline 'March 7, 2028' (printed fused as 'March 7, 20286:12 PM UTCUpdated an hour ago') and 'KYIV, March 7 (Reuters)'; local {d} in {z}",
  notes="Reuters timeline article (text scrape from memory), oldest first. Items have no headline: each is 'HHMM GMT - text' (headline null; first_sentence is the text after 'HHMM GMT - '; the item line counts as the first body paragraph). The page dateline is fused as printed ('March 7, 20286:12 PM UTCUpdated an hour ago'). The article byline 'By Mariia Kovalchuk and Tom Redfern' is used as every item's author (kept as one string). Items 01, 02 and 06 are the same overnight attack on gas sites (launch, interceptions, damage).",
  not_entries=["skip link, Refinitiv promo, site navigation, 'My View', 'Register'", "'Europecategory' label", "page headline", "byline line", "fused dateline 'March 7, 20286:12 PM UTCUpdated an hour ago'",
               "'Item 1 of 2' and the photo caption with 'Purchase Licensing Rights, opens new tab'", "dateline lede 'KYIV, March 7 (Reuters) - ... with times in GMT:'",
               "reporting/editing credits", "'Our Standards: The Thomson Reuters Trust Principles., opens new tab'", "'Purchase Licensing Rights, opens new tab'", "'Read Next' link"],
  entries=[
  E("2028-03-07 03:12", None, ["Russia attacked gas production facilities in Ukraine's Poltava and Kharkiv regions with 14 missiles and about 90 drones, state energy company Naftogaz said."],
    "strikes", "strikes", 3, GASF, a=RB),
  E("2028-03-07 05:40", None, ["Ukraine's air force said it shot down nine of the missiles and 71 drones, and that another 12 drones were lost to electronic warfare."],
    "strikes", "strikes", 3, GASF, a=RB, n="interception figures for the same attack"),
  E("2028-03-07 08:15", None, ["Russia's defence ministry said its troops had taken the village of Novoiehorivka in the Kharkiv region. Reuters could not independently verify the claim."],
    "other", "frontline", 2, "russia-claims-novoiehorivka-2028-03-07", a=RB),
  E("2028-03-07 09:30", None, ["Kremlin spokesman Dmitry Peskov said Moscow was ready for a new round of talks in Istanbul but saw \"no signals\" that Kyiv wanted one."],
    "diplomacy", "diplomacy", 2, "kremlin-istanbul-talks-remark-2028-03-07", a=RB),
  E("2028-03-07 11:05", None, ["Germany will deliver two more IRIS-T air defence systems to Ukraine before the summer, Defence Minister Boris Pistorius said during a visit to Odesa.",
                               "He said Berlin would also pay for the missiles for the first year of operation."],
    "aid", "aid", 3, "germany-iris-t-pledge-2028-03-07", a=RB),
  E("2028-03-07 13:20", None, ["Naftogaz said two workers were injured in the overnight attack and that output at several sites had been halted. It gave no estimate of lost production."],
    "strikes", "strikes", 3, GASF, a=RB, n="damage report for the same attack"),
  E("2028-03-07 15:45", None, ["European Union foreign ministers agreed to extend sectoral economic sanctions on Russia for another six months, two diplomats said."],
    "diplomacy", "diplomacy", 2, "eu-sanctions-rollover-2028-03-07", a=RB),
  E("2028-03-07 17:10", None, ["Ukraine's parliament voted to extend martial law and general mobilisation for another 90 days, lawmaker Yaroslav Zhelezniak said."],
    "other", "politics", 2, "ukraine-martial-law-extension-2028-03-07", a=RB),
  ]))

# ---------------------------------------------------------------- 15703 AP News (HTML wire listing)
def r_ap(S):
    """AP News hub page (HTML, from memory): PagePromo cards, headline then description then
    'Updated 6:48 PM EDT, March 17, 2028' inside a bsp-timestamp with a millisecond epoch; no bylines on cards."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html class="Page" lang="en"><head><meta charset="UTF-8">', f'<title>{esc(S["title"])} | AP News</title>',
           '<meta property="og:site_name" content="AP News">', f'<link rel="canonical" href="{S["url"]}">',
           '<script type="application/ld+json">' + json.dumps({"@context": "http://schema.org", "@type": "WebPage", "name": S["title"], "url": S["url"],
                                                              "publisher": {"@type": "Organization", "name": "The Associated Press"}}) + '</script></head>',
           '<body class="HubPage"><header class="Page-header"><a class="Page-header-logo" href="https://apnews.com/">AP Logo</a>',
           '<nav class="Page-header-navigation"><a>World</a> <a>U.S.</a> <a>Politics</a> <a>Sports</a> <a>Entertainment</a> <a>Business</a> '
           '<a>Science</a> <a>Fact Check</a> <a>Oddities</a> <a>Be Well</a> <a>Newsletters</a> <a>Photography</a> <a>Climate</a> <a>Health</a></nav>',
           '<div class="Page-header-trending"><span>Trending:</span> <a>March Madness</a> <a>St. Patrick\'s Day</a> <a>Ukraine</a></div>',
           '<a class="Page-header-donate" href="https://apnews.com/donate">SUPPORT INDEPENDENT JOURNALISM</a></header>',
           f'<main class="Page-main"><h1 class="PageListStandardE-title">{esc(S["title"])}</h1>', '<div class="PageList-items">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{h12(d)} {d.tzname()}, {MONTHS[d.month - 1]} {d.day}, {d.year}"; stamps.append(st)
        ms = int(d.timestamp() * 1000)
        slug = re.sub(r"[^a-z0-9]+", "-", e["h"].lower()).strip("-")[:60]
        out.append(f'<div class="PageList-items-item"><div class="PagePromo" data-gtm-region="{attr(e.get("tag", "world news"))}">'
                   f'<div class="PagePromo-media"><a class="Link" href="https://apnews.com/article/{slug}-{0x3c1e9b + i * 4099:x}7f2a">'
                   '<picture><img alt="" loading="lazy"></picture></a></div><div class="PagePromo-content">'
                   f'<div class="PagePromo-title"><a class="Link" href="https://apnews.com/article/{slug}-{0x3c1e9b + i * 4099:x}7f2a">'
                   f'<span class="PagePromoContentIcons-text">{esc(e["h"])}</span></a></div>'
                   f'<div class="PagePromo-description"><a class="Link"><span class="PagePromoContentIcons-text">{esc(" ".join(e["p"]))}</span></a></div>'
                   f'<div class="PagePromo-byline"><div class="PagePromo-date"><bsp-timestamp data-timestamp="{ms}" data-recent-timestamp-format="Updated h:mm A z, MMMM D, YYYY">'
                   f'<span class="Timestamp-template">Updated {st}</span></bsp-timestamp></div></div></div></div></div>')
        if i == 3:
            out.append('<div class="Advertisement"><span>ADVERTISEMENT</span></div>')
            out.append('<div class="NewsletterModule"><h2>Get the Morning Wire</h2><p>The world\'s top stories, delivered every morning.</p>'
                       '<input type="email" placeholder="Email address"> <button>Sign Up</button></div>')
    out += ['</div><button class="PageList-nextPage">Load more</button></main>',
            '<footer class="Page-footer"><nav><a>About</a> <a>Contact Us</a> <a>Accessibility Statement</a> <a>Terms of Use</a> <a>Privacy Policy</a> '
            '<a>Do Not Sell or Share My Personal Information</a></nav><p>Copyright 2028 The Associated Press. All Rights Reserved.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="15703", name="15703_apnews-world", ext="html", source="AP News", zone="America/New_York", render=r_ap,
  title="World News", url="https://apnews.com/world-news",
  basis="card stamp 'Updated {s}' (explicit EDT = UTC-4, US daylight time since 12 March) with the date in the stamp; local {d} in {z}",
  notes="AP News 'World News' hub listing (HTML from memory), newest first. Each card: headline, one-paragraph description, then 'Updated 6:48 PM EDT, March 17, 2028' in a bsp-timestamp (data-timestamp = epoch ms, consistent). The gold stamp omits the word 'Updated' (it is the only time printed for the card, taken as publication time). Cards carry no bylines: author null. Three of eight cards are not about the war (Peru earthquake, Irish leader at the White House, Bank of Japan). AP spells 'Zelenskyy'. 'U.S.' and 'St.' abbreviations occur mid-sentence.",
  not_entries=["header, logo, navigation, 'Trending:' links, donate button", "hub title 'World News'", "'ADVERTISEMENT' and the Morning Wire newsletter box after the fourth card",
               "'Load more' button", "footer"],
  entries=[
  E("2028-03-17 18:48", "Russian glide bomb hits market in Zaporizhzhia, killing 5, Ukraine says",
    ["A Russian glide bomb struck a covered market in the southern Ukrainian city of Zaporizhzhia on Friday, killing five people and wounding at least 20, the regional governor said."],
    "strikes", "strikes", 3, "zaporizhzhia-market-glide-bomb-2028-03-17"),
  OFF("2028-03-17 17:10", "Strong earthquake shakes southern Peru; no deaths reported",
      ["A magnitude 6.8 earthquake shook southern Peru on Friday, cracking walls in the city of Arequipa and cutting power to thousands of homes, authorities said."],
      "peru-earthquake-2028-03-17", n="natural disaster"),
  E("2028-03-17 15:27", "U.S. Senate panel advances bill to tap frozen Russian assets for Ukraine",
    ["The U.S. Senate Foreign Relations Committee voted 15-6 on Friday to advance a bill that would let the administration transfer frozen Russian central bank assets to a fund for Ukraine's reconstruction and defense."],
    "aid", "aid", 2, "us-senate-frozen-assets-bill-2028-03-17"),
  OFF("2028-03-17 13:55", "Irish leader brings shamrocks to the White House for St. Patrick's Day",
      ["Ireland's prime minister presented the traditional bowl of shamrocks at the White House on Friday, a St. Patrick's Day custom that dates back to the 1950s."],
      "st-patricks-day-white-house-2028", n="diplomatic custom, not about the war"),
  E("2028-03-17 12:02", "Russian court sentences dual citizen to 12 years for treason over Ukraine donation",
    ["A court in Yekaterinburg sentenced a Russian-American woman to 12 years in prison for treason on Friday after prosecutors said she sent money to a charity that buys supplies for Ukraine's army."],
    "other", "security", 2, "yekaterinburg-treason-sentence-2028-03-17"),
  E("2028-03-17 10:40", "Zelenskyy meets Erdogan in Istanbul, seeks Turkish help on Black Sea shipping",
    ["Ukrainian President Volodymyr Zelenskyy met Turkish President Recep Tayyip Erdogan in Istanbul on Friday to discuss the safety of commercial shipping in the Black Sea and a possible new round of prisoner exchanges."],
    "diplomacy", "diplomacy", 3, "zelenskyy-erdogan-istanbul-2028-03-17"),
  OFF("2028-03-17 08:15", "Bank of Japan holds rates steady, signals caution on further hikes",
      ["The Bank of Japan kept its benchmark interest rate unchanged on Friday and said it would watch wage talks closely before deciding on another increase."],
      "bank-of-japan-rates-2028-03-17", n="economy"),
  E("2028-03-17 07:20", "Russian drones knock out power in parts of Ukraine's Sumy region",
    ["Russian drones hit energy infrastructure in Ukraine's northeastern Sumy region overnight, leaving about 40,000 households without electricity, officials said."],
    "strikes", "strikes", 2, "sumy-region-power-drone-strike-2028-03-17"),
  ]))


# ---------------------------------------------------------------- 15704 CNN (HTML live updates)
def r_cnn(S):
    """CNN live updates page (HTML from memory), newest first. Page: 'Updated 4:12 PM EDT, Tue March 21, 2028'. Posts: a timestamp
    link (relative '12 min ago' / '1 hr 5 min ago' for the last two hours, else '1:45 p.m. ET, March 21, 2028'), 'Link Copied!',
    the headline h2, 'From CNN's ...' byline, body. LiveBlogPosting JSON-LD with per-update headline and datePublished."""
    z = S["zone"]; order_check(S, True)
    upd = dt(S["updated"], z)
    def stamp(d):
        m = int((upd - d).total_seconds() // 60)
        if m < 60:
            return f"{m} min ago"
        if m < 120:
            return f"1 hr {m - 60} min ago" if m > 60 else "1 hr ago"
        return f"{h12(d, dots=True)} ET, {MONTHS[d.month - 1]} {d.day}, {d.year}"
    ups = [{"@type": "BlogPosting", "headline": e["h"], "url": f"{S['url']}#{S['pid'](i)}", "datePublished": iso_z(dt(e["t"], z), ms=True),
            "dateModified": iso_z(dt(e["t"], z), ms=True), "articleBody": " ".join(e["p"]),
            "author": [{"@type": "Person", "name": n.strip()} for n in re.split(r",| and ", e["a"]) if n.strip()]}
           for i, e in enumerate(S["entries"])]
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "url": S["url"],
          "datePublished": iso_z(dt(S["entries"][-1]["t"], z), ms=True), "dateModified": iso_z(upd, ms=True),
          "coverageStartTime": iso_z(dt(S["entries"][-1]["t"], z), ms=True), "coverageEndTime": iso_z(upd + timedelta(hours=8), ms=True),
          "publisher": {"@type": "NewsMediaOrganization", "name": "CNN"}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en" data-layout-uri="cms.cnn.com/_layouts/layout-live-story/instances/world-article-v1@published"><head><meta charset="utf-8">',
           f'<title>{esc(S["title"])} | CNN</title>', '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="header"><a class="brand-logo" href="https://www.cnn.com">CNN</a><nav class="header__nav"><a>US</a> <a>World</a> <a>Politics</a> '
           '<a>Business</a> <a>Health</a> <a>Entertainment</a> <a>Style</a> <a>Travel</a> <a>Sports</a> <a>Science</a> <a>Climate</a> <a>Weather</a> '
           '<a>Ukraine-Russia War</a> <a>Israel-Hamas War</a></nav><a class="header__watch">Watch</a> <a class="header__listen">Listen</a> '
           '<a class="header__subscribe">Subscribe</a> <a class="header__signin">Sign in</a></header>',
           '<main class="layout__main"><div class="headline__sub-container"><span class="live-story__badge">Live Updates</span>',
           f'<h1 class="headline__text">{esc(S["title"])}</h1></div>',
           f'<div class="byline__names">By {esc(S["byline"])}, CNN</div>',
           f'<div class="timestamp">Updated {h12(upd)} {upd.tzname()}, {WDAYS[upd.weekday()][:3]} {MONTHS[upd.month - 1]} {upd.day}, {upd.year}</div>',
           '<div class="live-story__summary"><h2>What we\'re covering</h2><ul>' + "".join(f"<li>{esc(x)}</li>" for x in S["covering"]) + '</ul></div>',
           '<div class="live-story__items">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = stamp(d); stamps.append(st)
        out.append(f'<article class="live-story-post" id="{S["pid"](i)}" data-post-id="{S["pid"](i)}"><header class="live-story-post__header">'
                   f'<a class="live-story-post__timestamp" href="{S["url"]}#{S["pid"](i)}"><span>{st}</span></a>'
                   '<button class="share-link"><span class="visually-hidden">Link Copied!</span></button>'
                   f'<h2 class="live-story-post__headline">{esc(e["h"])}</h2>'
                   f'<p class="live-story-post__byline">From CNN\u2019s {esc(e["a"])}</p></header>'
                   '<div class="live-story-post__content">' + "".join(f'<p class="paragraph">{esc(p)}</p>' for p in e["p"]) + '</div></article>')
        if i == 2:
            out.append('<div class="ad-slot"><span>Advertisement</span></div>')
    out += ['</div><div class="live-story__more"><button>Load more</button></div>',
            '<div class="related"><h2>Related article</h2><a>How the US decides what weapons Ukraine gets</a></div></main>',
            '<footer class="footer"><a>Terms of Use</a> <a>Privacy Policy</a> <a>Ad Choices</a> <a>Accessibility &amp; CC</a> <a>About</a> '
            '<a>Newsletters</a> <a>Transcripts</a><p>\u00a9 2028 Cable News Network. A Warner Bros. Discovery Company. All Rights Reserved.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


MYK = "mykolaiv-missile-strike-2028-03-21"
SEEDS.append(dict(
  id="15704", name="15704_cnn-live", ext="html", source="CNN", zone="America/New_York", render=r_cnn,
  title="March 21, 2028 Russia-Ukraine news", url="https://www.cnn.com/world/live-news/russia-ukraine-war-news-03-21-28",
  byline="Priya Mendel, Oksana Dovzhenko and Lauren Kessick", updated="2028-03-21 16:12", pid=lambda i: f"h_{0x5be1a + i * 911:x}c0d9e4f17a2b",
  covering=["A Russian missile strike on the southern city of Mykolaiv killed at least six people, Ukrainian officials say.",
            "The US announced a new $400 million weapons package for Ukraine that includes Patriot interceptors."],
  basis="post stamp '{s}': relative stamps are counted back from the page's 'Updated 4:12 PM EDT, Tue March 21, 2028'; absolute stamps are 'h:mm a.m./p.m. ET, March 21, 2028' (ET = EDT, UTC-4); local {d} in {z}",
  notes="CNN live updates (HTML from memory), newest first. Two newest posts show relative stamps ('12 min ago', '1 hr 5 min ago') that resolve against the printed 'Updated 4:12 PM EDT, Tue March 21, 2028'; older posts print '1:45 p.m. ET, March 21, 2028'. Every post has 'Link Copied!' hidden text before its headline. Byline 'From CNN\u2019s NAME(S)': author = the names after \"From CNN\u2019s\", kept as printed. LiveBlogPosting JSON-LD has per-update headline and datePublished (consistent with the visible stamps). 'What we\u2019re covering' bullets are a summary, not Key Points.",
  not_entries=["header and navigation, Watch/Listen/Subscribe/Sign in", "'Live Updates' badge and page title", "page byline 'By ..., CNN'", "'Updated 4:12 PM EDT, Tue March 21, 2028'",
               "'What we\u2019re covering' summary bullets", "'Link Copied!' hidden text in every post", "'Advertisement' slot", "'Load more'", "related article link", "footer"],
  entries=[
  E("2028-03-21 16:00", "US announces $400 million weapons package for Ukraine, including Patriot interceptors",
    ["The Pentagon on Tuesday announced a new $400 million package of weapons for Ukraine that includes interceptors for Patriot air defense systems, artillery rounds and spare parts for armored vehicles.",
     "Defense officials said the interceptors would come from existing US stocks and could reach Ukraine within weeks."],
    "aid", "aid", 3, "us-400m-weapons-package-2028-03-21", a="Haley Brandt"),
  E("2028-03-21 15:07", "Ukraine claims drone strike on refinery in Russia's Saratov",
    ["Ukraine's military intelligence agency said its drones hit an oil refinery in the Russian city of Saratov overnight, starting a fire at a crude distillation unit.",
     "Saratov's regional governor said debris fell on an industrial site and that no one was hurt. CNN cannot independently verify the claims."],
    "strikes", "strikes", 2, "saratov-refinery-drone-strike-2028-03-21", a="Oksana Dovzhenko"),
  E("2028-03-21 13:45", "Death toll in Mykolaiv rises to 6",
    ["Six people are now confirmed dead after Tuesday morning's Russian missile strike on Mykolaiv, the head of the regional military administration said.",
     "Among the dead are two employees of a shipyard near the site of the attack. At least 31 people were wounded."],
    "strikes", "strikes", 3, MYK, a="Oksana Dovzhenko and Lauren Kessick", n="toll 6"),
  E("2028-03-21 12:20", "Slovakia will not block talks on Ukraine's EU membership, prime minister says",
    ["Slovak Prime Minister Robert Fico said his government would not veto the opening of the next stage of Ukraine's accession talks with the European Union, despite his criticism of Kyiv's energy policy."],
    "diplomacy", "diplomacy", 2, "slovakia-ukraine-eu-accession-2028-03-21", a="Priya Mendel"),
  E("2028-03-21 10:55", "Ukrainian lawmakers approve new minister for strategic industries",
    ["Ukraine's parliament on Tuesday approved a new minister for strategic industries, the post responsible for the country's weapons production.",
     "The new minister, a former head of a state drone maker, promised to double production of long-range drones this year."],
    "other", "politics", 2, "ukraine-strategic-industries-minister-2028-03-21", a="Lauren Kessick"),
  E("2028-03-21 09:30", "Zelensky says Mykolaiv strike hit \"ordinary homes\"",
    ["Ukrainian President Volodymyr Zelensky condemned the strike on Mykolaiv, saying Russian missiles had hit \"ordinary homes and a bus stop\" in the city center.",
     "He said the attack used ballistic missiles and urged allies to speed up deliveries of air defense."],
    "strikes", "strikes", 2, MYK, a="Oksana Dovzhenko", n="reaction whose content is the attack itself: same story (reaction, importance 2)"),
  E("2028-03-21 08:05", "Russian missile strike hits Mykolaiv, officials say",
    ["A Russian missile strike hit the southern Ukrainian city of Mykolaiv on Tuesday morning, killing at least three people, according to local officials.",
     "Emergency services said a residential building and a bus stop were damaged."],
    "strikes", "strikes", 3, MYK, a="Oksana Dovzhenko", n="first report, toll 3"),
  ]))

# ---------------------------------------------------------------- 15705 Sky News (text live blog)
def r_sky(S):
    """Sky News live blog, text scrape (from memory), newest first. Header date 'Saturday 11 March 2028 19:20, UK'; 'Key points'
    list of post headlines; posts: optional 'Breaking' label, bare '19:02' time, headline, body, optional name + role lines."""
    z = S["zone"]; order_check(S, True)
    up = dt(S["updated"], z)
    L = ["Skip to content", "Sky News - back to home", "Watch Live", "", "Home", "UK", "Politics", "World", "US", "Money", "Climate", "Science & Tech",
         "Ents & Arts", "Strange News", "Analysis", "Videos", "Data & Forensics", "", S["title"], "", S["lede"], "",
         f"{WDAYS[up.weekday()]} {up.day} {MONTHS[up.month - 1]} {up.year} {up:%H:%M}, UK", "", "Key points"] + \
        [e["h"] for e in S["entries"] if e["kp"]] + ["", "Live reporting by " + S["reporter"], "", "Why you can trust Sky News", "",
         "Please use Chrome browser for a more accessible video player", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        if e.get("breaking"):
            L += ["Breaking"]
        L += [st, e["h"], ""] + lines_of(e["p"])
        if e["a"]:
            L += [e["a"], e["role"], ""]
        if i == 2:
            L += ["Be the first to get Breaking News", "Install the Sky News app for free", ""]
    L += ["Load more", "", "Sky News footer", "About Sky News", "About Us", "Sky News International", "Sky News Library Sales", "Site Map", "Editorial Guidelines",
          "Sky News Board", "", "\u00a9 2028 Sky UK"]
    return "\n".join(L) + "\n", stamps


KREM = "kremenchuk-missile-strike-2028-03-11"
SEEDS.append(dict(
  id="15705", name="15705_skynews-live", ext="txt", source="Sky News", zone="Europe/London", render=r_sky,
  title="Ukraine war latest: Five dead after Russian missiles hit Kremenchuk; UK to train 10,000 more Ukrainian troops",
  lede="Russian missiles have struck the central Ukrainian city of Kremenchuk, hitting a refinery and nearby homes. Follow the latest below.",
  updated="2028-03-11 19:20", reporter="Niamh Considine",
  basis="bare post time '{s}' (UK time; the header reads 'Saturday 11 March 2028 19:20, UK'; GMT = UTC in early March) on the header's day; local {d} in {z}",
  notes="Sky News live blog (text scrape from memory), newest first. Posts print a bare 'HH:MM' before the headline; the only date is the header line 'Saturday 11 March 2028 19:20, UK' (UK local time = GMT in March). 'Key points' lists two post headlines exactly (key_point true). The newest post carries a 'Breaking' label line above its time. Two posts end with the reporter's name and role (author); others have no author (the page's 'Live reporting by' credit is not used as a per-post byline). 15705-03 is a toll update of the Kremenchuk strike.",
  not_entries=["skip link, logo, 'Watch Live', navigation", "page title and standfirst", "header date line 'Saturday 11 March 2028 19:20, UK'", "'Key points' block (two headline links)",
               "'Live reporting by Niamh Considine'", "'Why you can trust Sky News'", "'Please use Chrome browser for a more accessible video player'", "'Breaking' label",
               "app promo after the third post", "'Load more'", "footer"],
  entries=[
  E("2028-03-11 19:02", "Explosions reported in Belgorod as air-raid alert sounds",
    ["Residents of the Russian city of Belgorod have reported a series of loud explosions, according to local Telegram channels.",
     "The regional governor said air defences were working over the city and urged people to stay indoors. There are no reports of casualties so far."],
    "strikes", "strikes", 2, "belgorod-explosions-2028-03-11", breaking=True),
  E("2028-03-11 17:30", "UK to train 10,000 more Ukrainian troops this year",
    ["Britain will train another 10,000 Ukrainian soldiers this year under its Interflex programme, the defence secretary has announced.",
     "The training will include new courses for drone operators and combat medics, the Ministry of Defence said."],
    "aid", "aid", 3, "uk-interflex-training-expansion-2028-03-11", kp=True, n="listed under Key points"),
  E("2028-03-11 15:48", "Kremenchuk toll rises to five",
    ["The number of people killed in this morning's missile attack on Kremenchuk has risen to five, the head of the Poltava regional administration says.",
     "Another 14 people were injured, three of them seriously."],
    "strikes", "strikes", 3, KREM, n="toll 5"),
  E("2028-03-11 13:20", "'People are exhausted but they are not giving up'",
    ["In the fourth spring of the full-scale war, the mood in Kyiv is hard to sum up in one word.",
     "Queues at blood donation points are as long as ever, but so are the queues at the offices that help men check their military registration. Many people I spoke to say they no longer follow the news closely."],
    "other", "humanitarian", 2, "kyiv-mood-correspondent-piece-2028-03-11", a="Hannah Brook", role="Ukraine correspondent"),
  E("2028-03-11 11:05", "Russia says it repelled Ukrainian attacks in Kursk region",
    ["Russia's defence ministry says its forces repelled several attacks by Ukrainian units near the border in the Kursk region overnight.",
     "Kyiv has not commented. Neither side's claims can be verified."],
    "other", "frontline", 2, "kursk-border-attacks-claim-2028-03-11"),
  E("2028-03-11 09:40", "Russian missiles strike Kremenchuk",
    ["Russian missiles have hit the oil refinery in Kremenchuk and a residential street nearby, killing three people, Ukrainian officials say.",
     "Footage shared on social media shows a column of black smoke above the industrial area on the edge of the city."],
    "strikes", "strikes", 3, KREM, kp=True, a="Dominic Farrow", role="News reporter", n="listed under Key points; first report, toll 3"),
  E("2028-03-11 08:15", "Zelenskyy to address Nordic leaders",
    ["Volodymyr Zelenskyy will speak by video link to a meeting of Nordic and Baltic leaders in Oslo later today, his office says.",
     "He is expected to ask for help financing drone production."],
    "diplomacy", "diplomacy", 2, "zelenskyy-nordic-baltic-address-2028-03-11", sec=["aid"]),
  ]))


# ---------------------------------------------------------------- 15706 Al Jazeera (HTML "List of key events")
def r_aljazeera(S):
    """Al Jazeera 'Russia-Ukraine war: List of key events, day N' (HTML from memory): h2 sections with bullets, no per-item
    time; the visible date is 'Published On 16 Mar 2028'; NewsArticle JSON-LD carries datePublished with a time."""
    z = S["zone"]; pub = dt(S["entries"][0]["t"], z)
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "mainEntityOfPage": {"@type": "WebPage", "@id": S["url"]},
          "headline": S["title"], "description": S["lede"], "image": {"@type": "ImageObject", "url": "https://www.aljazeera.com/wp-content/uploads/2028/03/kherson.jpg"},
          "datePublished": iso_z(pub), "dateModified": iso_z(pub), "author": {"@type": "Organization", "name": "Al Jazeera", "url": "https://www.aljazeera.com"},
          "publisher": {"@type": "Organization", "name": "Al Jazeera", "logo": {"@type": "ImageObject", "url": "https://www.aljazeera.com/images/logo_aje.png"}}}
    pdate = f"{pub.day} {MON3[pub.month - 1]} {pub.year}"
    out = ['<!DOCTYPE html>', '<html lang="en" dir="ltr"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Russia-Ukraine war News | Al Jazeera</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<div class="site-header"><a class="site-logo" href="/">Al Jazeera</a><nav><a>News</a> <a>Middle East</a> <a>Explained</a> <a>Opinion</a> '
           '<a>Sport</a> <a>Video</a> <a>More</a></nav><a class="live">Live</a> <a class="signin">Sign up</a></div>',
           '<div class="breaking-ticker"><span>Breaking</span> <a>Trending</a></div>',
           '<main><div class="article-header"><div class="topics"><a href="/tag/ukraine-russia-crisis/">Russia-Ukraine war</a></div>',
           f'<h1>{esc(S["title"])}</h1>', f'<p class="article__subhead"><em>{esc(S["lede"])}</em></p></div>',
           f'<figure class="article-featured-image"><img alt=""><figcaption>{esc(S["caption"])}</figcaption></figure>',
           f'<div class="article-dates"><div class="date-simple"><span class="screen-reader-text">Published On {pdate}</span>'
           f'<span aria-hidden="true">{pdate}</span></div></div>',
           '<div class="article-info-block"><button>Save articles to read later and create your own reading list.</button></div>',
           '<div class="wysiwyg wysiwyg--all-content">']
    stamps = []; cur = None
    for i, e in enumerate(S["entries"]):
        if e["sec_h"] != cur:
            if cur is not None:
                out.append('</ul>')
            cur = e["sec_h"]; out.append(f'<h2>{esc(cur)}</h2><ul>')
        out.append(f'<li>{esc(e["p"][0])}</li>'); stamps.append(None)
    out += ['</ul>', '<p><em>Source: Al Jazeera and news agencies</em></p></div>',
            '<div class="more-on"><h2>More on this story</h2><a>Russia-Ukraine war: List of key events, day 2,212</a> <a>Kherson: life on the river front line</a></div></main>',
            '<footer><a>About</a> <a>Connect</a> <a>Our Channels</a> <a>Our Network</a><p>\u00a9 2028 Al Jazeera Media Network</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


AJT = "2028-03-16 04:48:12"
SEEDS.append(dict(
  id="15706", name="15706_aljazeera-keyevents", ext="html", source="Al Jazeera", zone="Asia/Qatar", render=r_aljazeera,
  title="Russia-Ukraine war: List of key events, day 2,213", url="https://www.aljazeera.com/news/2028/3/16/russia-ukraine-war-list-of-key-events-day-2213",
  lede="As the war enters its 2,213th day, these are the main developments.",
  caption="Rescuers work at the site of a Russian drone strike in Kherson, Ukraine [Handout: State Emergency Service of Ukraine via Reuters]",
  basis="no per-item time: the visible page prints only 'Published On 16 Mar 2028'; time taken from the NewsArticle JSON-LD datePublished '2028-03-16T01:48:12Z' (Doha time = UTC+3); local {d} in {z}",
  notes="Al Jazeera daily 'List of key events' (HTML from memory). Entries are the eight bullets (headline null, stamp null, body_paragraphs 1); the h2 section labels (Fighting / Politics and diplomacy / Military aid / Economy) are structure, not entries. No byline is printed (the JSON-LD author is the organisation): author null. Day 2,213 counts 24 Feb 2022 as day 1. No zone is printed: page_timezone is the outlet's home zone Asia/Qatar; every bullet gets the JSON-LD datePublished. Economy bullet about Russia's oil and gas revenue: other/politics (war economy, not off-beat).",
  not_entries=["site header, navigation, 'Live', 'Sign up', breaking ticker", "topic label 'Russia-Ukraine war'", "title and subhead", "photo caption with [Handout...] credit",
               "'Published On 16 Mar 2028' / '16 Mar 2028'", "'Save articles to read later...' button", "section headings 'Fighting', 'Politics and diplomacy', 'Military aid', 'Economy'",
               "'Source: Al Jazeera and news agencies'", "'More on this story' links", "footer"],
  entries=[
  E(AJT, None, ["Russian drone attacks on the southern city of Kherson killed two people and wounded seven others, regional governor Oleksandr Prokudin said."],
    "strikes", "strikes", 3, "kherson-drone-attacks-2028-03-15", sec_h="Fighting"),
  E(AJT, None, ["Ukraine\u2019s General Staff said its forces struck an ammunition depot in Russia\u2019s Bryansk region overnight, setting off a chain of secondary explosions."],
    "strikes", "strikes", 2, "bryansk-ammunition-depot-strike-2028-03-16", sec_h="Fighting"),
  E(AJT, None, ["Russia\u2019s Ministry of Defence claimed its troops had taken control of the village of Berestok in the eastern Donetsk region. Ukraine did not comment on the claim."],
    "other", "frontline", 2, "russia-claims-berestok-2028-03-15", sec_h="Fighting"),
  E(AJT, None, ["Ukrainian President Volodymyr Zelenskyy said he had agreed with French President Emmanuel Macron to set up a joint working group on financing reconstruction after the two leaders spoke by phone."],
    "diplomacy", "diplomacy", 2, "zelenskyy-macron-call-reconstruction-2028-03-15", sec_h="Politics and diplomacy"),
  E(AJT, None, ["The United Nations human rights monitoring mission in Ukraine said at least 164 civilians were killed in February, the highest monthly toll in eight months."],
    "other", "humanitarian", 2, "un-civilian-casualties-february-2028", sec_h="Politics and diplomacy"),
  E(AJT, None, ["Ukraine\u2019s ombudsman said 12 children who had been taken to Russia or Russian-occupied areas were returned to their families with Qatar\u2019s mediation."],
    "other", "humanitarian", 2, "children-returned-qatar-mediation-2028-03-15", sec=["diplomacy"], sec_h="Politics and diplomacy"),
  E(AJT, None, ["Denmark said it would finance 20 more self-propelled howitzers for Ukraine under its so-called Danish model, worth 1.9 billion kroner ($275m), to be built by Ukrainian manufacturers."],
    "aid", "aid", 3, "denmark-howitzer-funding-2028-03-15", sec_h="Military aid"),
  E(AJT, None, ["Russia\u2019s finance ministry said oil and gas revenues fell 18 percent year on year in February, as lower prices and Western sanctions weighed on the budget."],
    "other", "politics", 2, "russia-oil-gas-revenue-february-2028", sec_h="Economy"),
  ]))

# ---------------------------------------------------------------- 15707 The Kyiv Independent (Ghost RSS 2.0)
def r_kyivindependent(S):
    """Ghost-generated RSS 2.0 (from memory): CDATA titles, description = first paragraph, dc:creator, pubDate in GMT with
    seconds, media:content, content:encoded with the full HTML (some open with a figure + figcaption before the text)."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
           'xmlns:atom="http://www.w3.org/2005/Atom" version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel>',
           '<title><![CDATA[The Kyiv Independent]]></title>', '<description><![CDATA[News from Ukraine, Eastern Europe]]></description>',
           '<link>https://kyivindependent.com/</link>', '<image><url>https://kyivindependent.com/favicon.png</url><title>The Kyiv Independent</title><link>https://kyivindependent.com/</link></image>',
           '<generator>Ghost 5.82</generator>', f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z) + timedelta(minutes=4), gmt=True)}</lastBuildDate>',
           '<atom:link href="https://kyivindependent.com/rss/" rel="self" type="application/rss+xml"/>', '<ttl>60</ttl>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=True); stamps.append(st)
        slug = re.sub(r"[^a-z0-9]+", "-", e["h"].lower()).strip("-")
        fig = (f'<figure class="kg-card kg-image-card kg-card-hascaption"><img src="https://kyivindependent.com/content/images/2028/03/{slug[:20]}.jpg" class="kg-image" alt="" loading="lazy">'
               f'<figcaption><span style="white-space: pre-wrap;">{esc(e["fig"])}</span></figcaption></figure>') if e.get("fig") else ""
        out += ['<item>', f'<title><![CDATA[{e["h"]}]]></title>', f'<description><![CDATA[{e["p"][0]}]]></description>',
                f'<link>https://kyivindependent.com/{slug}/</link>', f'<guid isPermaLink="false">{0x65eb3c10 + i * 977:x}{i:02d}aa1c09</guid>',
                f'<category><![CDATA[{e.get("cat", "News Feed")}]]></category>', f'<dc:creator><![CDATA[{e["a"]}]]></dc:creator>',
                f'<pubDate>{st}</pubDate>', f'<media:content url="https://kyivindependent.com/content/images/2028/03/{slug[:20]}.jpg" medium="image"/>',
                '<content:encoded><![CDATA[' + fig + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></content:encoded>', '</item>']
    out += ['</channel></rss>']
    return "\n".join(out) + "\n", stamps


KYIVOBL = "kyiv-oblast-drone-attack-2028-03-09"
SEEDS.append(dict(
  id="15707", name="15707_kyivindependent-rss", ext="xml", source="The Kyiv Independent", zone="UTC", render=r_kyivindependent,
  title="The Kyiv Independent",
  basis="RSS pubDate '{s}' (explicit GMT = UTC, with seconds); local {d} in {z}",
  notes="Kyiv Independent Ghost RSS 2.0 (from memory), newest first. pubDate in GMT with seconds, so published keeps the seconds. description repeats the first paragraph; content:encoded holds the full text, and two items open with a figure caption before the text (the caption is not the first sentence). dc:creator = author. 15707-02 is the daily 'Ukraine war latest' round-up: story = its lead item, the Kyiv Oblast drone attack (the same event as 15707-04; not a near-verbatim repeat). 15707-05 (Novorossiysk) is also mentioned in the round-up's title but the round-up is not that story. KI spells 'Zelensky'. page_title = the channel title.",
  not_entries=["channel title, description, link, image, generator, lastBuildDate, atom:link, ttl", "item link, guid, category, media:content",
               "figure captions inside content:encoded of 15707-02 and 15707-04"],
  entries=[
  E("2028-03-09 19:41:07", "Finnish coast guard detains shadow fleet tanker after cable damage",
    ["The Finnish coast guard detained a tanker belonging to Russia's so-called shadow fleet in the Gulf of Finland on March 9, after a power cable between Finland and Estonia was damaged.",
     "Finnish police said they were investigating the ship's crew on suspicion of aggravated criminal mischief. The vessel sails under the flag of Gabon."],
    "other", "security", 2, "finland-detains-shadow-fleet-tanker-2028-03-09", a="Anastasiia Moroz"),
  E("2028-03-09 17:12:40", "Ukraine war latest: Russian attack on Kyiv Oblast kills 3; Ukraine hits oil terminal in Novorossiysk",
    ["Key developments on March 9: a Russian drone attack on Kyiv Oblast killed three people, Ukraine struck an oil terminal in Novorossiysk, and the EU approved a new tranche for Ukraine.",
     "Russian drones hit a residential area in the Bucha district overnight, killing three people and injuring eight, Governor Mykola Kalashnyk said.",
     "Ukraine's General Staff said its drones hit the Sheskharis oil terminal in Novorossiysk, the largest Russian oil port on the Black Sea."],
    "strikes", "strikes", 3, KYIVOBL, a="Dmytro Savchuk", cat="Ukraine war latest",
    fig="Rescue workers at the site of a Russian drone attack in Kyiv Oblast, Ukraine, on March 9, 2028. (State Emergency Service / Telegram)",
    n="daily round-up; story = its lead item (Kyiv Oblast attack)"),
  E("2028-03-09 15:03:55", "EU approves 4.2 billion euros for Ukraine under Ukraine Facility",
    ["The European Commission approved the disbursement of 4.2 billion euros ($4.6 billion) to Ukraine under the Ukraine Facility on March 9, the government in Kyiv said.",
     "The money will be used to cover budget needs, including salaries for teachers and doctors."],
    "aid", "aid", 3, "eu-ukraine-facility-tranche-2028-03-09", a="Anastasiia Moroz"),
  E("2028-03-09 12:26:18", "Russian drone attack on Kyiv Oblast kills 3, injures 8",
    ["Three people were killed and eight injured in a Russian drone attack on the Bucha district of Kyiv Oblast overnight on March 9, Governor Mykola Kalashnyk said.",
     "Drones damaged two private houses and a warehouse. Among the injured is a 12-year-old girl, the governor said."],
    "strikes", "strikes", 3, KYIVOBL, a="Yelyzaveta Hrytsenko",
    fig="A damaged house after a Russian drone attack in Bucha district, Kyiv Oblast, on March 9, 2028. (Kyiv Oblast Military Administration)"),
  E("2028-03-09 10:48:02", "Ukraine strikes oil terminal in Novorossiysk, General Staff says",
    ["Ukrainian drones struck the Sheskharis oil terminal in the Russian port city of Novorossiysk overnight on March 9, Ukraine's General Staff reported.",
     "Local authorities in Novorossiysk said a fire broke out at the port and was later put out. Russia's Defense Ministry claimed to have downed 41 drones over the Black Sea and Krasnodar Krai."],
    "strikes", "strikes", 2, "novorossiysk-oil-terminal-strike-2028-03-09", a="Yelyzaveta Hrytsenko"),
  E("2028-03-09 08:30:44", "Zelensky signs law allowing multiple citizenship",
    ["President Volodymyr Zelensky signed a law on March 9 allowing citizens of Ukraine to hold the citizenship of certain foreign countries, his office said.",
     "The list of eligible countries will be set by the Cabinet of Ministers and excludes Russia."],
    "other", "politics", 2, "zelensky-multiple-citizenship-law-2028-03-09", a="Dmytro Savchuk"),
  E("2028-03-09 06:15:29", "Russian forces advance near Kostiantynivka, DeepState says",
    ["Russian troops advanced near the village of Ivanopillia southwest of Kostiantynivka in Donetsk Oblast, the Ukrainian monitoring group DeepState reported on March 9."],
    "other", "frontline", 2, "kostiantynivka-advance-deepstate-2028-03-09", a="Anastasiia Moroz"),
  ]))


# ---------------------------------------------------------------- 15708 DW (RSS 1.0 / RDF, all news)
def r_dw(S):
    """DW 'all news' RDF feed (RSS 1.0, from memory): rdf:Seq of items, item title/link/description, dc:date in UTC (Z)."""
    z = S["zone"]; order_check(S, True)
    links = [f"https://www.dw.com/en/{re.sub(r'[^a-z0-9]+', '-', e['h'].lower()).strip('-')}/a-{68917201 + 173 * (len(S['entries']) - i)}" for i, e in enumerate(S["entries"])]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">',
           '<channel rdf:about="https://www.dw.com/">', '<title>DW.COM | Deutsche Welle</title>', '<link>https://www.dw.com/</link>',
           '<description>News from around the world and Germany</description>', '<dc:language>en</dc:language>',
           f'<dc:date>{iso_z(dt(S["entries"][0]["t"], z))}</dc:date>', '<items><rdf:Seq>'] + [f'<rdf:li rdf:resource="{u}"/>' for u in links] + ['</rdf:Seq></items>', '</channel>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso_z(d); stamps.append(st)
        out += [f'<item rdf:about="{links[i]}">', f'<title>{esc(e["h"])}</title>', f'<link>{links[i]}</link>',
                f'<description>{esc(" ".join(e["p"]))}</description>', f'<dc:date>{st}</dc:date>', '<dc:language>en</dc:language>', '</item>']
    out += ['</rdf:RDF>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="15708", name="15708_dw-rdf", ext="xml", source="DW", zone="UTC", render=r_dw,
  title="DW.COM | Deutsche Welle",
  basis="RDF item dc:date '{s}' (ISO 8601 in UTC); local {d} in {z}",
  notes="DW all-news feed in RSS 1.0 / RDF form (from memory): channel with rdf:Seq, items with title, link, description (one paragraph), dc:date in Z. No authors. Three of seven items are off the war (German rail strike, Sudan famine warning, Bundesliga). DW spells 'defense' the US way. page_title = channel title.",
  not_entries=["channel title/link/description/dc:language/dc:date and the rdf:Seq list of item links", "item link and dc:language elements"],
  entries=[
  OFF("2028-03-23 20:14", "German rail strike halts most long-distance trains",
      ["Deutsche Bahn cancelled about 80% of its long-distance services after the train drivers' union began a 35-hour strike over pay and working hours."],
      "germany-rail-strike-2028-03-23", n="German labour dispute"),
  E("2028-03-23 18:02", "Russian strike on Sloviansk kills four, Ukrainian officials say",
    ["A Russian missile hit a residential neighborhood in the eastern Ukrainian city of Sloviansk, killing four people and injuring 11, the head of the Donetsk regional administration said. Rescue teams were still searching the rubble of a two-story building."],
    "strikes", "strikes", 3, "sloviansk-missile-strike-2028-03-23"),
  OFF("2028-03-23 15:30", "Sudan: Aid agencies warn famine is spreading in Darfur",
      ["Humanitarian organizations say famine conditions have spread to three more camps for displaced people in Sudan's Darfur region, as fighting blocks aid convoys."],
      "sudan-darfur-famine-warning-2028-03-23", n="Sudan"),
  E("2028-03-23 13:47", "Germany pledges new air defense package for Ukraine",
    ["Germany will provide Ukraine with an additional air defense package worth 1.3 billion euros, including launchers and missiles for the IRIS-T SLM system, the Defense Ministry in Berlin said."],
    "aid", "aid", 3, "germany-air-defense-package-2028-03-23"),
  OFF("2028-03-23 11:20", "Bundesliga: Leverkusen coach extends contract until 2031",
      ["Bayer Leverkusen have extended their head coach's contract by three years, the club announced on Thursday."],
      "leverkusen-coach-contract-2028-03-23", n="sport"),
  E("2028-03-23 09:05", "Moldova summons Russian ambassador after drone crash",
    ["Moldova's Foreign Ministry summoned Russia's ambassador after a Russian attack drone crashed in a field near the village of Larga in the north of the country during an overnight attack on neighboring Ukraine."],
    "diplomacy", "diplomacy", 2, "moldova-summons-russian-envoy-drone-2028-03-23", sec=["strikes"]),
  E("2028-03-23 06:40", "Ukraine updates: Kyiv reports large overnight drone attack",
    ["Ukraine's air force said Russia launched 143 drones and decoys overnight, most of them at the Kyiv, Odesa and Vinnytsia regions. It said 119 were shot down or jammed."],
    "strikes", "strikes", 2, "overnight-drone-attack-2028-03-23"),
  ]))


# ---------------------------------------------------------------- 15709 France 24 (text live page)
def r_france24(S):
    """France 24 live page, text scrape (from memory), newest first. 'Issued on: 10/03/2028 - 07:02' and 'Modified: ...' in
    the header (Paris time), 'Text by: FRANCE 24'; posts are a bare 'HH:MM' line followed by paragraphs, no headlines;
    'Advertising' markers between posts."""
    z = S["zone"]; order_check(S, True)
    iss = dt(S["entries"][-1]["t"], z); mod = dt(S["modified"], z)
    L = ["FRANCE 24", "Live", "Menu", "", "News", "Africa", "Americas", "Asia-Pacific", "Europe", "France", "Middle East", "Business / Tech", "Culture", "Sport", "", "Europe", "",
         S["title"], "", S["lede"], "", f"Issued on: {iss:%d/%m/%Y - %H:%M}", f"Modified: {mod:%d/%m/%Y - %H:%M}", "", "Text by: FRANCE 24", "", S["caption"], "",
         "\u2022 Read also: Ukraine's energy system braces for another difficult spring", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, ""] + lines_of(e["p"])
        if i in (1, 4):
            L += ["Advertising", ""]
    L += ["\u00a9 France M\u00e9dias Monde graphic studio", "", "Daily newsletter", "Receive essential international news every morning", "Subscribe", "",
          "Take international news everywhere with you! Download the France 24 app", ""]
    return "\n".join(L) + "\n", stamps


BURSH = "burshtyn-power-plant-strike-2028-03-10"
SEEDS.append(dict(
  id="15709", name="15709_france24-live", ext="txt", source="France 24", zone="Europe/Paris", render=r_france24,
  title="Live: Russian drones and missiles hit power plant in western Ukraine as EU ministers discuss shells",
  modified="2028-03-10 19:51",
  lede="Russian drones and missiles struck the Burshtyn thermal power plant in western Ukraine overnight, forcing emergency power cuts, as EU defence ministers met in Brussels. Follow the day's events as they unfolded on our live page. All times are Paris time (GMT+1).",
  caption="A view of the Burshtyn thermal power plant in the Ivano-Frankivsk region, Ukraine, in a file photo. \u00a9 Yuriy Dyachyshyn, AFP",
  basis="bare post time '{s}' (Paris time, CET = UTC+1; the lede says 'All times are Paris time (GMT+1)') on the day of 'Issued on: 10/03/2028'; local {d} in {z}",
  notes="France 24 live page (text scrape from memory), newest first. Posts print a bare 'HH:MM' line and paragraphs, no headlines (headline null). The only dates are the header's 'Issued on: 10/03/2028 - 07:02' and 'Modified: 10/03/2028 - 19:51' (day/month/year). The lede prints the zone: Paris time, GMT+1 (CET, before the 26 March change). Page credit 'Text by: FRANCE 24' is used as every post's author (organisation credit, following the Euronews precedent in the shared gold). Several paragraphs end with an agency tag '(AFP)' or '(Reuters)', kept as printed.",
  not_entries=["logo, 'Live', menu and navigation", "section label 'Europe'", "page title and lede", "'Issued on: ...' and 'Modified: ...' lines", "'Text by: FRANCE 24'",
               "photo caption with credit", "'\u2022 Read also: ...' link", "'Advertising' markers", "graphic studio credit, newsletter box and app promo"],
  entries=[
  E("2028-03-10 19:48", None,
    ["EU defence ministers meeting in Brussels agreed to speed up joint purchases of 155mm artillery shells for Ukraine, the bloc's foreign policy chief said, with the goal of delivering two million rounds this year. (AFP)"],
    "aid", "aid", 3, "eu-joint-shell-purchases-2028-03-10", a="FRANCE 24"),
  E("2028-03-10 17:15", None,
    ["Ukraine's energy minister said repairs at the Burshtyn plant could take several weeks, and that western regions would rely on imports from Poland and Slovakia in the meantime.",
     "\"The equipment that was destroyed cannot be bought off the shelf,\" the minister told reporters in Kyiv. (Reuters)"],
    "strikes", "strikes", 3, BURSH, a="FRANCE 24", n="damage assessment of the same attack"),
  E("2028-03-10 15:02", None,
    ["Poland scrambled fighter jets overnight as Russia attacked western Ukraine, the Polish armed forces' operational command said, adding that Polish airspace had not been violated. (AFP)"],
    "other", "security", 2, "poland-scrambles-jets-2028-03-10", a="FRANCE 24"),
  E("2028-03-10 12:40", None,
    ["French President Emmanuel Macron said Paris would host a meeting of defence ministers from the so-called coalition of the willing next week to discuss guarantees for Ukraine after any ceasefire."],
    "diplomacy", "diplomacy", 3, "macron-coalition-meeting-paris-2028-03-10", a="FRANCE 24"),
  E("2028-03-10 10:25", None,
    ["Russia's defence ministry said its air defences downed 38 Ukrainian drones over the Bryansk and Kursk regions overnight. There were no reports of damage. (Reuters)"],
    "strikes", "strikes", 2, "russia-downs-drones-bryansk-kursk-2028-03-10", a="FRANCE 24"),
  E("2028-03-10 08:10", None,
    ["Ukrainian grid operator Ukrenergo announced emergency power cuts in three western regions after the overnight attack on the Burshtyn plant.",
     "Households in Ivano-Frankivsk, Lviv and Ternopil regions should expect outages of up to eight hours, the company said."],
    "strikes", "strikes", 3, BURSH, a="FRANCE 24", n="consequence (power cuts) of the same attack"),
  E("2028-03-10 07:02", None,
    ["Russian drones and missiles struck the Burshtyn thermal power plant in western Ukraine's Ivano-Frankivsk region overnight, the operator DTEK said, in the latest attack on the country's energy system.",
     "DTEK said the equipment was \"seriously damaged\" but that none of its staff had been hurt. (AFP)"],
    "strikes", "strikes", 3, BURSH, a="FRANCE 24", n="first report"),
  ]))

# ================================================================ PART B renderers (invented outlets)

def r_quillmarsh(S):
    """text live, newest first; 'Key Points' list of headlines; headline line, then 'By NAME · 16:55 GMT' (or just the stamp), then body."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"], "Home \u00b7 News \u00b7 World \u00b7 Ukraine \u00b7 Opinion \u00b7 Puzzles", "", "LIVE", S["title"], S["dateline"], "", S["lede"], "",
         "Key Points"] + ["- " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Newest first", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} GMT"; stamps.append(st)
        L += [e["h"], (f"By {e['a']} \u00b7 " if e["a"] else "") + st, ""]
        L += lines_of(e["p"]) if e["p"] else ["[Video, 1 min 12 sec]", ""]
        if i == 2:
            L += ["Get the Courier's morning Ukraine briefing in your inbox. Sign up free.", ""]
    L += ["Show older posts", "", f"\u00a9 {S['source']} \u00b7 Terms \u00b7 Privacy \u00b7 Corrections"]
    return "\n".join(L) + "\n", stamps


def r_vorona(S):
    """HTML live, oldest first; LiveBlogPosting JSON-LD with per-update datePublished (+02:00); visible stamp '14 March, 09:48'
    (no year) in <time>; author line under the headline."""
    z = S["zone"]; order_check(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        ups.append({"@type": "BlogPosting", "@id": f"{S['url']}#post-{i + 1}", "headline": e["h"], "datePublished": d.isoformat(),
                    "articleBody": "\n\n".join(e["p"]), "author": {"@type": "Person", "name": e["a"]}})
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
          "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "coverageEndTime": (first + timedelta(hours=20)).isoformat(),
          "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2014 {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header><a class="logo" href="/">{esc(S["source"])}</a><nav><a>War</a> <a>Politics</a> <a>Economy</a> <a>Regions</a> <a>Opinion</a> <a>UA</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="lead">{esc(S["lede"])}</p>', '<p class="order">Oldest first \u00b7 Kyiv time</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {MONTHS[d.month - 1]}, {d:%H:%M}"; stamps.append(st)
        out.append(f'<section class="post" id="post-{i + 1}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>'
                   f'<p class="post-author">{esc(e["a"])}</p>' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + '<a class="share">Share</a></section>')
        if i == 3:
            out.append('<div class="donate">Independent journalism needs you. <a>Become a member</a></div>')
    out += ['</main>', f'<footer>\u00a9 {esc(S["source"])}. Reproduction only with a hyperlink.</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_worldrss(S):
    """RSS 2.0 world feed, newest first; pubDate with numeric offset (S['gmt'] False) or 'GMT'; HTML description in CDATA;
    dc:creator only when the entry has an author."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<atom:link href="{S["url"]}/rss" rel="self" type="application/rss+xml"/>',
           f'<description>{esc(S["lede"])}</description>', '<language>en</language>',
           f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z), gmt=S["gmt"])}</lastBuildDate>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=S["gmt"]); stamps.append(st)
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{S["url"]}/{e.get("cat", "world").lower()}/{S["guid"]}-{i + 301}</link>',
                f'<guid isPermaLink="false">{S["guid"]}-{i + 301}</guid>', f'<pubDate>{st}</pubDate>', f'<category>{e.get("cat", "World")}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_article(S):
    """text article, one entry per section heading; page byline and a dateline '14 March 2028, 17:45 CET'; no per-section stamp."""
    L = [S["source"].upper(), "World \u203a Europe \u203a Ukraine", "", S["title"], "", S["lede"], "", f"By {S['byline']}", S["dateline"], "",
         "Share \u00b7 Save \u00b7 Print", ""]
    for e in S["entries"]:
        L += [e["h"], ""] + lines_of(e["p"])
    L += [S["more"], "", f"{S['source']} \u00b7 About \u00b7 Ethics \u00b7 Contact"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


# ================================================================ PART B: three multi-source days (invented outlets)
# Day 1 = 2028-03-14 (UTC), day 2 = 2028-03-15, day 3 = 2028-03-30.
CHN = "chernihiv-missile-strike-2028-03-14"
SANC = "eu-shadow-fleet-sanctions-package-2028-03-14"
SANC_H = "EU ambassadors agree sanctions package targeting shadow fleet"
SANC_P = ["EU ambassadors on Tuesday agreed a new package of sanctions against Russia that adds 120 tankers from its so-called shadow fleet to the list of vessels banned from EU ports, diplomats said.",
          "The package, which still needs formal approval by ministers, also targets banks in third countries that help Moscow get around the oil price cap."]

# ---------------------------------------------------------------- 15720 Quillmarsh Courier (day 1, text live)
SEEDS.append(dict(
  id="15720", name="15720_quillmarsh-textlive", ext="txt", source="Quillmarsh Courier", zone="Europe/London", render=r_quillmarsh,
  title="Ukraine war live: Russian ballistic missiles hit central Chernihiv", dateline="Tuesday 14 March 2028",
  lede="At least 11 people have been killed in the northern city. The Netherlands announces new drone funding.",
  basis="stamp '{s}' (GMT = UTC) in the line under the headline, on the dateline's day 'Tuesday 14 March 2028'; local {d} in {z}",
  notes="Invented outlet (UK). Text live blog, newest first; headline line first, then 'By NAME \u00b7 HH:MM GMT' (or the stamp alone). 'Key Points' lists three headlines (key_point true). 15720-03 is a 'Watch:' video teaser without text (the '[Video, 1 min 12 sec]' line is player chrome). Chernihiv toll grows 4 -> 9 -> 11 on this page. The Dutch drone pledge (15720-02) must not merge with Sweden's package (15723-03): same aid theme, other event.",
  not_entries=["outlet name and navigation", "'LIVE', page title, dateline and lede", "'Key Points' block (three headline links)", "'Newest first'", "'[Video, 1 min 12 sec]' player line in 15720-03",
               "newsletter promo after the third post", "'Show older posts'", "footer"],
  entries=[
  E("2028-03-14 18:20", "Chernihiv strike toll rises to 11",
    ["Eleven people are now known to have died in this morning's ballistic missile strike on Chernihiv, the city's military administration said, after two more bodies were recovered from a collapsed office building.",
     "Forty-two people were injured, eight of them children."],
    "strikes", "strikes", 3, CHN, a="Eleanor Pike", kp=True, n="toll 11"),
  E("2028-03-14 17:30", "Netherlands to fund 1,500 long-range drones for Ukraine",
    ["The Dutch government will spend \u20ac400m on long-range attack drones built in Ukraine, enough for about 1,500 aircraft, its defence minister announced.",
     "The money comes on top of the Netherlands' existing military aid commitments for this year."],
    "aid", "aid", 3, "netherlands-drone-funding-2028-03-14", a="Rhys Aldana", kp=True,
    n="must not merge with Sweden's aid package (15723-03): same theme, other event"),
  E("2028-03-14 14:50", "Watch: Rescuers search rubble in Chernihiv", [], "strikes", "strikes", 1, CHN, n="teaser without body"),
  E("2028-03-14 14:10", "Russia claims capture of village near Huliaipole",
    ["Russia's defence ministry said its forces had captured a village north of Huliaipole in the Zaporizhzhia region. Ukraine's military did not confirm the loss."],
    "other", "frontline", 2, "huliaipole-village-claim-2028-03-14"),
  E("2028-03-14 13:05", "Nine dead in Chernihiv, rescuers say",
    ["Rescue teams in Chernihiv have pulled nine bodies from the rubble of buildings hit by Russian ballistic missiles this morning, Ukraine's State Emergency Service said.",
     "Search work is continuing at the site of a four-storey office building."],
    "strikes", "strikes", 3, CHN, a="Eleanor Pike", n="toll 9"),
  E("2028-03-14 09:55", "Missile strike hits central Chernihiv",
    ["Russian ballistic missiles have struck the centre of Chernihiv, killing at least four people, according to the regional governor.",
     "Pictures posted by local officials show a burning office building and cars wrecked in the street outside."],
    "strikes", "strikes", 3, CHN, a="Rhys Aldana", kp=True, n="first report, toll 4"),
  ]))

# ---------------------------------------------------------------- 15721 Vorona Post (day 1, HTML live + JSON-LD)
SEEDS.append(dict(
  id="15721", name="15721_vorona-ldlive", ext="html", source="Vorona Post", zone="Europe/Kyiv", render=r_vorona,
  title="War in Ukraine: live updates for 14 March", url="https://vorona-post.example/live/war-14-march",
  lede="Russia fires ballistic missiles at Chernihiv; the EU agrees new sanctions. Follow our live coverage.",
  basis="visible '{s}' in <time datetime> with +02:00 (Kyiv winter time, EET = UTC+2; the page prints 'Kyiv time'); the year is only in the datetime attribute and JSON-LD; local {d} in {z}",
  notes="Invented outlet (Kyiv). HTML live blog, oldest first, LiveBlogPosting JSON-LD with per-update headline, datePublished (+02:00) and author. Visible stamps '14 March, 09:48' print no year; the year is in <time datetime> and the JSON-LD, so no parse_args. Author line under each headline. 15721-01 (night drone strike on a village in the Kozelets district of the Chernihiv region) must not merge with the Chernihiv city missile strike: same region, other attack. 15721-05 (Zelensky on the Chernihiv strike) is a reaction whose content is the attack itself: same story. 15721-07 repeats 15721-06 nearly verbatim (importance 1, duplicate_of 15721-06). 15721-04 is re-posted verbatim on day 2 by 15732.",
  not_entries=["logo and navigation", "page title and lead", "'Oldest first \u00b7 Kyiv time'", "'Share' links", "membership appeal after the fourth post", "footer"],
  entries=[
  E("2028-03-14 07:10", "Drone attack on village in Chernihiv region kills farmer",
    ["A Russian drone hit a farm in the Kozelets district of the Chernihiv region before dawn, killing a 58-year-old man and setting a barn on fire, the regional administration said."],
    "strikes", "strikes", 3, "kozelets-district-drone-attack-2028-03-14", a="Iryna Lozova",
    n="same region, other attack: must not merge with the Chernihiv city missile strike"),
  E("2028-03-14 09:48", "Explosions in Chernihiv as ballistic missiles hit city centre",
    ["At least four people were killed when Russian ballistic missiles struck the centre of Chernihiv at about 09:35, regional governor Viacheslav Chaus said.",
     "The missiles hit an office building and a street of shops near the main square. Air-raid sirens sounded only moments before the explosions."],
    "strikes", "strikes", 3, CHN, a="Iryna Lozova", n="first report, toll 4"),
  E("2028-03-14 11:42", "Chernihiv: death toll climbs to seven",
    ["The number of people killed in the missile strike on Chernihiv has risen to seven, with 30 injured, the State Emergency Service said."],
    "strikes", "strikes", 3, CHN, a="Iryna Lozova", n="toll 7"),
  E("2028-03-14 13:15", SANC_H, SANC_P, "diplomacy", "diplomacy", 3, SANC, a="Maksym Doroshenko"),
  E("2028-03-14 15:30", "Zelensky: Russia aimed at a crowded city centre",
    ["President Volodymyr Zelensky said the missiles had been fired at a city centre full of people at the start of the working day, and called on partners to increase pressure on Moscow."],
    "strikes", "strikes", 3, CHN, a="Maksym Doroshenko", sec=["diplomacy"], n="reaction whose content is the attack itself: same story"),
  E("2028-03-14 18:05", "Army chief visits units near Kupiansk",
    ["Ukraine's commander-in-chief visited brigades defending Kupiansk in the Kharkiv region and discussed drone supplies with commanders, the General Staff said."],
    "other", "frontline", 2, "army-chief-kupiansk-visit-2028-03-14", a="Maksym Doroshenko"),
  E("2028-03-14 20:15", "Army chief visits units near Kupiansk",
    ["Ukraine's commander-in-chief visited brigades defending Kupiansk in the Kharkiv region and talked about drone supplies with commanders, the General Staff said."],
    "other", "frontline", 1, "army-chief-kupiansk-visit-2028-03-14", a="Maksym Doroshenko", dup="15721-06", n="near-verbatim repeat of 15721-06"),
  E("2028-03-14 21:40", "Rescue work in Chernihiv continues into the night",
    ["Rescuers in Chernihiv will keep searching the ruins of the office building through the night. The death toll stands at 11, with 43 people injured, the city's military administration said."],
    "strikes", "strikes", 3, CHN, a="Iryna Lozova", n="toll 11"),
  ]))

# ---------------------------------------------------------------- 15722 Pemberline World Report (day 1, general world RSS)
SEEDS.append(dict(
  id="15722", name="15722_pemberline-worldrss", ext="xml", source="Pemberline World Report", zone="America/New_York", render=r_worldrss, gmt=False,
  title="Pemberline World Report - World", url="https://pemberline.example/world", guid="pwr-0314", lede="World news from the Pemberline World Report",
  basis="RSS pubDate '{s}' (explicit -0400 = US Eastern daylight time); local {d} in {z}",
  notes="Invented outlet (US). General world-news RSS 2.0 feed, newest first, pubDate with -0400 (EDT, US clocks changed on 12 March). 4 of 6 items are off-beat (Brazil floods, US Federal Reserve, Philippines-Japan coast guards, Madagascar cyclone). Spells the city 'Chernigov' (Russian-style transliteration).",
  not_entries=["channel title, link, atom:link, description, language, lastBuildDate", "item link, guid and category elements"],
  entries=[
  OFF("2028-03-14 19:50", "Floods in southern Brazil force thousands from their homes",
      ["Days of heavy rain in Brazil's Rio Grande do Sul state have flooded riverside towns and forced more than 9,000 people to leave their homes, state officials said."],
      "brazil-floods-2028-03-14", n="weather"),
  E("2028-03-14 16:20", "Russian missiles kill 11 in northern Ukrainian city of Chernigov",
    ["Russian ballistic missiles struck the center of Chernigov in northern Ukraine on Tuesday, killing 11 people and wounding more than 40, Ukrainian officials said."],
    "strikes", "strikes", 3, CHN, n="spelling 'Chernigov'; toll 11"),
  OFF("2028-03-14 13:05", "Fed officials signal patience ahead of next week's rate meeting",
      ["Two Federal Reserve policymakers said on Tuesday they saw no reason to rush into changing interest rates while inflation data remained mixed."],
      "fed-rate-signals-2028-03-14", n="US economy"),
  E("2028-03-14 11:30", "EU agrees new sanctions on Russia's shadow fleet",
    ["European Union governments agreed new sanctions on Russia on Tuesday, blacklisting 120 more tankers that carry Russian oil outside the Western price cap, diplomats in Brussels said."],
    "diplomacy", "diplomacy", 3, SANC),
  OFF("2028-03-14 09:45", "Philippines and Japan expand coast guard cooperation",
      ["The Philippines and Japan agreed to hold more joint coast guard patrols and exercises in the South China Sea, officials in Manila said."],
      "philippines-japan-coast-guard-2028-03-14", n="Asia security, not the war"),
  OFF("2028-03-14 06:10", "Cyclone makes landfall on Madagascar's east coast",
      ["A tropical cyclone made landfall near the port of Toamasina in eastern Madagascar overnight, bringing winds of up to 170 kilometers per hour."],
      "madagascar-cyclone-2028-03-14", n="weather"),
  ]))

# ---------------------------------------------------------------- 15723 Kestrelwick Review (day 1, text article with sections)
SEEDS.append(dict(
  id="15723", name="15723_kestrelwick-article", ext="txt", source="Kestrelwick Review", zone="Europe/Warsaw", render=r_article,
  title="Chernihiv strike, new EU sanctions and Sweden's aid: the day in Russia's war", byline="Zofia Marczak",
  dateline="14 March 2028, 17:45 CET", lede="Our evening summary of the war in Ukraine, in four parts.",
  more="Read more: How Poland's rail hubs keep aid moving to Ukraine",
  basis="no per-section time: the article's dateline '14 March 2028, 17:45 CET' (Warsaw time, CET = UTC+1) is used for every section; local {d} in {z}",
  notes="Invented outlet (Warsaw, English-language). Text article with four section headings; each section is one entry (headline = heading, stamp null, published = the dateline time). The page byline 'By Zofia Marczak' is every section's author. Section 1 gives the Polish spelling 'Czernihów' in brackets. Section 4 is a theme piece (analysis of why northern cities get so little warning): it mentions the Chernihiv strike but is its own story and must not merge with it. Section 3 (Swedish package) must not merge with the Dutch drone pledge (15720-02).",
  not_entries=["outlet name and breadcrumb", "title and lede", "byline and dateline", "'Share \u00b7 Save \u00b7 Print'", "'Read more: ...' link", "footer"],
  entries=[
  E("2028-03-14 17:45", "Ten dead in Chernihiv as missiles strike city centre",
    ["Russian ballistic missiles killed at least ten people in the northern Ukrainian city of Chernihiv (Czernihów in Polish) on Tuesday morning, local officials said.",
     "It was the deadliest attack on the city this year. Most of the victims were in an office building and a row of shops near the main square."],
    "strikes", "strikes", 3, CHN, a="Zofia Marczak", n="toll 10; Polish spelling in brackets"),
  E("2028-03-14 17:45", "EU closes ranks on shadow fleet sanctions",
    ["Hungary and Slovakia dropped their objections overnight, allowing EU ambassadors to agree a sanctions package aimed at the tankers that carry most of Russia's seaborne oil.",
     "Diplomats said the list of banned ships will grow to more than 500."],
    "diplomacy", "diplomacy", 3, SANC, a="Zofia Marczak"),
  E("2028-03-14 17:45", "Sweden adds air defence to new aid package",
    ["Sweden's government unveiled a military aid package for Ukraine worth 8 billion kronor, including radars and missiles for air defence and funding for Ukrainian-made artillery.",
     "It is Stockholm's largest single package so far."],
    "aid", "aid", 3, "sweden-military-aid-package-2028-03-14", a="Zofia Marczak", n="same aid theme as the Dutch drone pledge: must not merge"),
  E("2028-03-14 17:45", "Analysis: Why Ukraine's northern cities are so exposed",
    ["Tuesday's strike on Chernihiv shows how little warning cities close to the Russian and Belarusian borders get.",
     "A ballistic missile launched from the Bryansk or Kursk regions can reach Chernihiv or Sumy in about two minutes, too fast for sirens to give people time to reach a shelter.",
     "Ukraine has too few Patriot batteries to protect every city, and most of them guard Kyiv and the energy system."],
    "strikes", "strikes", 2, "analysis-northern-cities-missile-warning", a="Zofia Marczak",
    n="theme piece (analysis); mentions Chernihiv but is its own story: must not merge with the Chernihiv strike"),
  ]))

def r_atom(S):
    """Atom 1.0 feed, newest first; <published>/<updated> ISO with the outlet's offset (Z for UTC); escaped HTML content; optional author."""
    z = S["zone"]; order_check(S, True)
    def iso(d):
        return d.isoformat().replace("+00:00", "Z")
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link rel="alternate" type="text/html" href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/atom.xml"/>',
           f'<id>tag:{S["url"].split("//")[1].split("/")[0]},2028:feed</id>', f'<updated>{iso(dt(S["entries"][0]["t"], z))}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        out += ['<entry>', f'<title type="text">{esc(e["h"])}</title>', f'<link rel="alternate" href="{S["url"]}/{S["guid"]}-{i + 71}"/>',
                f'<id>tag:{S["url"].split("//")[1].split("/")[0]},2028:{S["guid"]}-{i + 71}</id>', f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_spreebogen(S):
    """HTML live, no JSON-LD, newest first; h2 headline first, then '17:50 CET' in a span; agency credit line '(dpa, AFP)' after the body."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title>',
           '<meta name="robots" content="index,follow"></head><body>',
           '<div class="consent">We use cookies to improve our service. <button>Agree</button> <button>Settings</button></div>',
           f'<header><div class="brand">{esc(S["source"])}</div><nav><a>Germany</a> <a>Europe</a> <a>Ukraine war</a> <a>Business</a> <a>Culture</a> <a>Newsletter</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="date">{esc(S["dateline"])}</p>', f'<p class="intro">{esc(S["lede"])}</p>', '<div class="ticker">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} {d.tzname()}"; stamps.append(st)
        out.append(f'<div class="ticker-item"><h2>{esc(e["h"])}</h2><span class="ticker-time">{st}</span>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery"><span>Gallery</span> <span>1/12</span></div>')
        if e["a"]:
            out.append(f'<p class="credit">({esc(e["a"])})</p>')
        out.append('</div>')
        if i == 2:
            out.append('<aside class="teaser-box"><h3>Background</h3><a>Why Germany keeps sending Gepard ammunition</a></aside>')
    out += ['</div><p><a>To the previous day\u2019s ticker</a></p></main>', f'<footer>{esc(S["source"])} \u00b7 Imprint \u00b7 Privacy \u00b7 Terms</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_lantern(S):
    """text live, oldest first; dateline with weekday and year; '6:15 AM EDT' line before each headline; no per-post authors."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "Local  |  Nation  |  World  |  Business  |  Sports  |  Obituaries", "", S["title"], S["dateline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{h12(d)} {d.tzname()}"; stamps.append(st)
        L += [st, e["h"], ""] + lines_of(e["p"])
        if i == 3:
            L += ["ADVERTISEMENT", ""]
    L += ["This is the end of today's live coverage.", "", f"Copyright {S['source']} \u00b7 Privacy Policy \u00b7 Terms of Use"]
    return "\n".join(L) + "\n", stamps


# ---------------------------------------------------------------- day 2 (2028-03-15)
SUMY = "sumy-glide-bomb-strike-2028-03-15"
PSWAP = "uae-mediated-prisoner-swap-2028-03-15"

# ---------------------------------------------------------------- 15730 Horodok Herald (day 2, Atom)
SEEDS.append(dict(
  id="15730", name="15730_horodok-atom", ext="xml", source="Horodok Herald", zone="Europe/Kyiv", render=r_atom,
  title="Horodok Herald \u2014 War news", url="https://horodok-herald.example/war", guid="hh", lede="News of Russia's war against Ukraine",
  basis="Atom <published> '{s}' (explicit +02:00 = Kyiv winter time, EET); local {d} in {z}",
  notes="Invented outlet (Kyiv). Atom feed, newest first, <published> with +02:00, <author> per entry. Sumy toll grows 3 -> 8 on this page. 15730-05 (artillery shelling of the Krasnopillia community on the Sumy region's border, morning) must not merge with the Sumy city glide-bomb strike: same region, other attack. 15730-02 continues day 1's Chernihiv story (rescue over, final toll 12). 15730-03 is the prisoner swap; it must not merge with the repatriation of bodies on 15731 (same theme, other event).",
  not_entries=["feed title, subtitle, links, id and updated elements", "entry link, id and updated elements"],
  entries=[
  E("2028-03-15 22:10", "Sumy death toll rises to eight",
    ["The number of people killed by Russian guided bombs in central Sumy has risen to eight, the regional military administration said late on Wednesday. Thirty-five people were injured."],
    "strikes", "strikes", 3, SUMY, a="Oksana Melnyk", n="toll 8"),
  E("2028-03-15 19:35", "Chernihiv buries its dead as rescue operation ends",
    ["Rescuers in Chernihiv ended their search of the ruined office building on Wednesday, putting the final death toll from Tuesday's missile strike at 12.",
     "The first funerals were held in the afternoon as flags flew at half-mast across the city."],
    "strikes", "strikes", 3, CHN, a="Petro Yatsenko", n="continuation of the day-1 Chernihiv story (final toll 12)"),
  E("2028-03-15 16:20", "Ukraine and Russia swap 205 prisoners each",
    ["Ukraine and Russia exchanged 205 prisoners of war each on Wednesday in a swap mediated by the United Arab Emirates, Ukraine's coordination headquarters for prisoners of war said.",
     "Among those who came home were soldiers captured in Mariupol in 2022."],
    "diplomacy", "diplomacy", 3, PSWAP, a="Petro Yatsenko", n="must not merge with the repatriation of bodies (15731-03): same theme, other event"),
  E("2028-03-15 14:05", "Russian glide bombs strike Sumy city centre",
    ["Russian aircraft dropped guided bombs on the centre of Sumy shortly after midday, killing three people and damaging a school and a row of shops, the regional governor said."],
    "strikes", "strikes", 3, SUMY, a="Oksana Melnyk", n="first report, toll 3"),
  E("2028-03-15 10:45", "Shelling kills man in Krasnopillia border community",
    ["Russian artillery shelled the Krasnopillia community on the border of the Sumy region in the morning, killing a 64-year-old man, the regional military administration said."],
    "strikes", "strikes", 3, "krasnopillia-shelling-2028-03-15", a="Oksana Melnyk",
    n="same region, other attack: must not merge with the Sumy city glide-bomb strike"),
  E("2028-03-15 08:30", "Ukrainian drones hit airfield in Russia's Lipetsk region, General Staff says",
    ["Ukrainian drones struck a military airfield in Russia's Lipetsk region overnight, hitting a fuel depot and at least one hangar, Ukraine's General Staff said."],
    "strikes", "strikes", 2, "lipetsk-airfield-drone-strike-2028-03-15", a="Petro Yatsenko"),
  ]))

# ---------------------------------------------------------------- 15731 Spreebogen Monitor (day 2, HTML live, no JSON-LD)
SEEDS.append(dict(
  id="15731", name="15731_spreebogen-htmllive", ext="html", source="Spreebogen Monitor", zone="Europe/Berlin", render=r_spreebogen,
  title="Ukraine ticker: Sumy hit by glide bombs, Chernihiv mourns", dateline="Wednesday, 15 March 2028",
  lede="The latest news on Russia's war against Ukraine, updated through the day. All times CET.",
  basis="stamp '{s}' (Berlin time, CET = UTC+1) printed after the headline, on the day of the dateline 'Wednesday, 15 March 2028'; local {d} in {z}",
  notes="Invented outlet (Berlin, English-language). HTML ticker without JSON-LD, newest first; each item has the h2 headline first and then the stamp '17:50 CET'; an agency credit line '(dpa, AFP)' closes most items and is taken as the author (organisation credit, as printed without brackets). 15731-02 is a 'Photos:' gallery teaser without text. 15731-03 (repatriation of soldiers' bodies) must not merge with the prisoner swap (15730-03): same theme, other event. 15731-05 continues day 1's Chernihiv story.",
  not_entries=["cookie banner", "brand and navigation", "page title, dateline and intro", "gallery widget 'Gallery 1/12' in 15731-02", "'Background' teaser box after the third item",
               "link to the previous day's ticker", "footer"],
  entries=[
  E("2028-03-15 19:40", "Sumy toll rises to six after glide-bomb attack",
    ["Six people have now died after Russian glide bombs hit the centre of the north-eastern city of Sumy, Ukrainian officials said. More than 30 were injured."],
    "strikes", "strikes", 3, SUMY, a="dpa, AFP", n="toll 6"),
  E("2028-03-15 17:25", "Photos: Sumy after the strike", [], "strikes", "strikes", 1, SUMY, n="teaser without body (gallery)"),
  E("2028-03-15 15:10", "Ukraine receives bodies of 800 fallen soldiers",
    ["Ukraine has received the bodies of 800 soldiers killed in the war from Russia, the government commission on missing persons said. Russia received the bodies of 36 of its soldiers."],
    "other", "humanitarian", 2, "bodies-repatriation-2028-03-15", a="Reuters, dpa",
    n="same theme as the prisoner swap but another event: must not merge"),
  E("2028-03-15 11:55", "Berlin to send more Gepard ammunition, ministry says",
    ["Germany will send Ukraine another batch of ammunition for Gepard anti-aircraft guns, produced by a new line in Lower Saxony, the Defence Ministry in Berlin said."],
    "aid", "aid", 2, "germany-gepard-ammunition-2028-03-15", a="dpa"),
  E("2028-03-15 09:20", "Chernihiv holds day of mourning",
    ["Chernihiv observed a day of mourning on Wednesday for the victims of Tuesday's Russian missile strike, which killed at least 11 people."],
    "strikes", "strikes", 3, CHN, a="AFP", n="continuation of the day-1 Chernihiv story (day of mourning)"),
  ]))

# ---------------------------------------------------------------- 15732 Lantern Bay Ledger (day 2, text live, US)
SEEDS.append(dict(
  id="15732", name="15732_lanternbay-textlive", ext="txt", source="Lantern Bay Ledger", zone="America/New_York", render=r_lantern,
  title="Live updates: Russia's war in Ukraine", dateline="Wednesday, March 15, 2028",
  lede="Updates from the Ledger's world desk. All times Eastern.",
  basis="stamp '{s}' (explicit EDT = UTC-4) before the headline, on the dateline's day 'Wednesday, March 15, 2028'; local {d} in {z}",
  notes="Invented outlet (US). Text live blog, oldest first, stamp line 'h:mm AM EDT' before each headline, no per-post authors. 15732-02 is a verbatim re-post of day 1's 15721-04 (same headline and text, syndicated a day late): importance 1, same story slug as on day 1. 15732-07 repeats 15732-03 nearly verbatim (importance 1, duplicate_of 15732-03). 15732-04 is a theme piece (border villages emptying out) that mentions the Sumy strike but is its own story: must not merge. 15732-06 is the Kremlin's reaction to the prisoner swap: same story as the swap. 15732-01 continues day 1's Chernihiv story.",
  not_entries=["outlet name and navigation", "page title, dateline and lede", "'ADVERTISEMENT'", "closing line 'This is the end of today's live coverage.'", "footer"],
  entries=[
  E("2028-03-15 06:15", "Chernihiv ends search; toll at 12",
    ["Rescuers in the northern Ukrainian city of Chernihiv have finished searching the rubble from Tuesday's missile strike, and officials put the final death toll at 12."],
    "strikes", "strikes", 3, CHN, n="continuation of the day-1 Chernihiv story (final toll 12)"),
  E("2028-03-15 07:40", SANC_H, SANC_P, "diplomacy", "diplomacy", 1, SANC,
    n="re-post of day-1 entry 15721-04 (verbatim, syndicated a day late), importance 1"),
  E("2028-03-15 09:05", "Russian glide bombs hit Sumy; at least 4 dead",
    ["Russian guided bombs hit the center of Sumy in northeastern Ukraine on Wednesday, killing at least four people, regional officials said.",
     "A school and several shops were damaged."],
    "strikes", "strikes", 3, SUMY, n="toll 4"),
  E("2028-03-15 10:50", "Analysis: Sumy region's border villages empty out",
    ["Wednesday's strike on Sumy came as the villages along the region's border with Russia continue to empty.",
     "Officials say fewer than a third of the pre-war residents remain within 20 kilometers of the border, where drones and artillery hit almost every day.",
     "Those who stay are mostly elderly and say they have nowhere else to go."],
    "other", "humanitarian", 2, "analysis-sumy-border-villages-depopulation", sec=["strikes"],
    n="theme piece (analysis); mentions the Sumy strike but is its own story: must not merge with it"),
  E("2028-03-15 12:30", "White House reviewing Kyiv's request for more Patriot batteries",
    ["The White House said it was reviewing a Ukrainian request for two more Patriot batteries, but made no commitment on timing."],
    "aid", "aid", 2, "white-house-patriot-request-review-2028-03-15"),
  E("2028-03-15 14:10", "Kremlin says prisoner swap shows channel with Kyiv still works",
    ["The Kremlin said Wednesday's exchange of prisoners of war showed that humanitarian contacts with Ukraine were still working, but warned against reading it as a step toward peace talks."],
    "diplomacy", "diplomacy", 3, PSWAP, n="reaction to the swap: same story"),
  E("2028-03-15 15:45", "Russian glide bombs hit Sumy; at least 4 dead",
    ["Russian guided bombs hit the center of Sumy in northeastern Ukraine on Wednesday, killing at least four people, regional officials said.",
     "A school and a number of shops were damaged."],
    "strikes", "strikes", 1, SUMY, dup="15732-03", n="near-verbatim repeat of 15732-03"),
  E("2028-03-15 17:20", "Ukraine raises age limit for volunteer contracts",
    ["Ukraine's defense ministry said men up to the age of 60 can now sign volunteer contracts with the armed forces, up from 55."],
    "other", "politics", 2, "ukraine-volunteer-contract-age-2028-03-15"),
  ]))

# ---------------------------------------------------------------- 15733 Tolpuddle World Service (day 2, general world RSS)
SEEDS.append(dict(
  id="15733", name="15733_tolpuddle-worldrss", ext="xml", source="Tolpuddle World Service", zone="UTC", render=r_worldrss, gmt=True,
  title="Tolpuddle World Service: World", url="https://tolpuddle-ws.example", guid="tws-0315", lede="Headlines from around the world",
  basis="RSS pubDate '{s}' (GMT = UTC); local {d} in {z}",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate in GMT. 4 of 6 items are off-beat (Chile cabinet, Australian heatwave, Kenya housing levy, Japan snowstorm). Spells the city 'Sumi'.",
  not_entries=["channel title, link, atom:link, description, language, lastBuildDate", "item link, guid and category elements"],
  entries=[
  OFF("2028-03-15 21:30", "Chile's president announces cabinet reshuffle",
      ["Chile's president replaced four ministers on Wednesday, including the heads of the interior and finance ministries, after weeks of criticism over crime and slow growth."],
      "chile-cabinet-reshuffle-2028-03-15", n="Chilean politics"),
  E("2028-03-15 18:45", "Russian bombs kill six in Ukraine's Sumi",
    ["Russian glide bombs killed six people in the centre of Sumi, a city in northeastern Ukraine close to the Russian border, officials said on Wednesday."],
    "strikes", "strikes", 3, SUMY, n="spelling 'Sumi'; toll 6"),
  E("2028-03-15 15:40", "Russia and Ukraine trade 205 prisoners of war in UAE-brokered swap",
    ["Russia and Ukraine each freed 205 prisoners of war on Wednesday in an exchange brokered by the United Arab Emirates, both sides said."],
    "diplomacy", "diplomacy", 3, PSWAP),
  OFF("2028-03-15 13:00", "Late-season heatwave grips eastern Australia",
      ["Temperatures passed 40C in parts of New South Wales and Queensland on Wednesday as a late-summer heatwave prompted fire bans."],
      "australia-heatwave-2028-03-15", n="weather"),
  OFF("2028-03-15 10:15", "Kenyan lawmakers approve changes to housing levy",
      ["Kenya's parliament approved amendments to a contested housing levy, lowering the rate paid by low-income workers."],
      "kenya-housing-levy-2028-03-15", n="Kenyan politics"),
  OFF("2028-03-15 07:20", "Snowstorm disrupts flights across northern Japan",
      ["Hundreds of flights were cancelled in Hokkaido as a late-season snowstorm brought heavy snow and strong winds."],
      "japan-snowstorm-2028-03-15", n="weather"),
  ]))

def r_sokil(S):
    """text live, oldest first; date line 'Thursday, 30 March \u00b7 Times are Kyiv time (EEST)' WITHOUT a year; page byline;
    bare '06:20' line before each headline."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"].upper(), "Front page  \u00b7  War  \u00b7  Politics  \u00b7  Society  \u00b7  Economy  \u00b7  Live", "", S["title"], S["dateline"], S["byline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + (lines_of(e["p"]) if e["p"] else ["\u25b6 0:47", ""])
        if i == 3:
            L += ["Support independent Ukrainian media: subscribe for 3 euros a month.", ""]
    L += ["The live blog continues tomorrow morning.", "", f"{S['source']} \u00b7 Editorial policy \u00b7 Contacts"]
    return "\n".join(L) + "\n", stamps


def r_thamesreach(S):
    """HTML live, newest first; JSON-LD @graph with WebPage, NewsMediaOrganization and a LiveBlogPosting whose liveBlogUpdate is ONE
    object (only the newest post); visible '3:42pm BST' before the h3 headline; 'By NAME' line under the headline."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z); e0 = S["entries"][0]
    base = S["url"].split("/live")[0]
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "@id": S["url"], "url": S["url"], "name": S["title"], "isPartOf": {"@id": base + "/#website"}},
        {"@type": "NewsMediaOrganization", "@id": base + "/#org", "name": S["source"], "url": base + "/"},
        {"@type": "LiveBlogPosting", "@id": S["url"] + "#liveblog", "headline": S["title"], "datePublished": first.isoformat(), "dateModified": last.isoformat(),
         "coverageStartTime": first.isoformat(), "publisher": {"@id": base + "/#org"},
         "liveBlogUpdate": {"@type": "BlogPosting", "headline": e0["h"], "datePublished": last.isoformat(), "articleBody": " ".join(e0["p"])}}]}
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header><span class="masthead">{esc(S["source"])}</span> <nav><a>News</a> <a>London</a> <a>World</a> <a>Comment</a> <a>Sport</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="meta">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{h12(d, upper=False, space=False)} {d.tzname()}"; stamps.append(st)
        out.append(f'<div class="post"><span class="post-time">{st}</span><h3>{esc(e["h"])}</h3>')
        if e["a"]:
            out.append(f'<p class="byline">By {esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('</div>')
        if i == 1:
            out.append('<div class="promo">Download the Thamesreach Standard app for breaking news alerts</div>')
    out += ['</main>', f'<footer>{esc(S["source"])} \u00b7 Contact \u00b7 Privacy \u00b7 Terms</footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ---------------------------------------------------------------- day 3 (2028-03-30)
LVIV = "lviv-missile-attack-2028-03-30"
ZERD = "zelensky-erdogan-ankara-talks-2028-03-30"

# ---------------------------------------------------------------- 15740 Brannock Times (day 3, general world Atom)
SEEDS.append(dict(
  id="15740", name="15740_brannock-worldatom", ext="xml", source="Brannock Times", zone="UTC", render=r_atom,
  title="Brannock Times | World", url="https://brannock-times.example/world", guid="bt", lede="World news from the Brannock Times",
  basis="Atom <published> '{s}' (Z = UTC); local {d} in {z}",
  notes="Invented outlet. General world-news Atom feed, newest first, <published> in Z, no authors. 4 of 6 entries are off-beat (British Columbia wildfires, Thai budget, eurozone inflation, Vanuatu earthquake). Spells Lviv 'Lvov' (Russian-style).",
  not_entries=["feed title, subtitle, links, id and updated elements", "entry link, id and updated elements"],
  entries=[
  OFF("2028-03-30 21:15", "Early wildfires force evacuations in British Columbia",
      ["Hundreds of people were ordered to leave their homes in northeastern British Columbia as unusually early wildfires spread through dry forest."],
      "british-columbia-wildfires-2028-03-30", n="weather / disaster"),
  E("2028-03-30 18:30", "Five killed in Russian strike on Lvov",
    ["A Russian missile and drone attack on the western Ukrainian city of Lvov killed five people and damaged buildings in the historic centre, officials said on Thursday."],
    "strikes", "strikes", 3, LVIV, n="spelling 'Lvov'; toll 5"),
  OFF("2028-03-30 15:05", "Thai parliament passes budget after marathon debate",
      ["Thailand's lower house approved next year's budget bill after a three-day debate, clearing the way for a vote in the Senate."],
      "thailand-budget-2028-03-30", n="Thai politics"),
  OFF("2028-03-30 12:20", "Eurozone inflation eases in March, flash estimate shows",
      ["Consumer price inflation in the euro area slowed to 2.1% in March from 2.4% in February, according to a flash estimate."],
      "eurozone-inflation-march-2028", n="economy"),
  E("2028-03-30 09:40", "Erdogan to host Zelensky for talks in Ankara",
    ["Turkish President Recep Tayyip Erdogan will receive Ukraine's Volodymyr Zelensky in Ankara on Thursday for talks on Black Sea security and prisoner exchanges, Erdogan's office said."],
    "diplomacy", "diplomacy", 3, ZERD, n="advance notice of the visit"),
  OFF("2028-03-30 06:10", "Strong earthquake strikes off Vanuatu; no tsunami threat",
      ["A magnitude 6.5 earthquake struck off the coast of Vanuatu early on Thursday, but officials said there was no tsunami threat."],
      "vanuatu-earthquake-2028-03-30", n="natural disaster"),
  ]))

# ---------------------------------------------------------------- 15741 Sokil Daily (day 3, text live, no year)
SLB = "Taras Hnatiuk, Olesia Verbytska"
LV4_H = "Lviv toll rises to four; building in historic centre damaged"
SEEDS.append(dict(
  id="15741", name="15741_sokil-textlive", ext="txt", source="Sokil Daily", zone="Europe/Kyiv", render=r_sokil,
  title="Live: Russia strikes Lviv; Zelensky goes to Ankara", dateline="Thursday, 30 March \u00b7 Times are Kyiv time (EEST)",
  byline="Live team: " + SLB, parse_args=["--date", "2028-03-30"],
  lede="A Russian missile attack on Lviv, the aftermath in western Ukraine, and the president's trip to Turkey.",
  basis="bare stamp '{s}' (Kyiv summer time, EEST = UTC+3 since 26 March, printed in the date line) on 'Thursday, 30 March' (no year printed; parse_args gives 2028-03-30); local {d} in {z}",
  notes="Invented outlet (Kyiv). Text live blog, oldest first; date line 'Thursday, 30 March \u00b7 Times are Kyiv time (EEST)' with NO year anywhere (parse_args --date 2028-03-30). Bare 'HH:MM' line before each headline. Page byline 'Live team: Taras Hnatiuk, Olesia Verbytska': the two names (without 'Live team:') are every entry's author, kept as one string. Kyiv switched to summer time (UTC+3) on 26 March. 15741-02 (a drone hit on a farm in the Yavoriv district on Wednesday evening) must not merge with the Lviv attack: same region, other attack, earlier day. 15741-03 is a 'Video:' teaser without text ('\u25b6 0:47' is the player). 15741-05 is a theme piece (why western Ukraine is within reach): it mentions Lviv but is its own story. 15741-06 repeats 15741-04 nearly verbatim (duplicate_of 15741-04).",
  not_entries=["outlet name and navigation", "page title", "date line", "byline 'Live team: ...'", "lede", "video player line '\u25b6 0:47'", "subscription appeal after the fourth post",
               "'The live blog continues tomorrow morning.'", "footer"],
  entries=[
  E("2028-03-30 06:20", "Explosions in Lviv as Russia fires missiles at western Ukraine",
    ["Powerful explosions were heard in Lviv at about 05:50 as Russia launched cruise missiles and drones at western Ukraine, Mayor Andriy Sadovyi said.",
     "Two people were killed when a missile hit a residential building in the Sykhiv district, he said."],
    "strikes", "strikes", 3, LVIV, a=SLB, n="first report, toll 2"),
  E("2028-03-30 07:45", "Drone hit farm in Yavoriv district on Wednesday evening",
    ["A Shahed drone hit a farm building in the Yavoriv district of the Lviv region on Wednesday evening, hours before the main attack, the regional governor said. No one was hurt."],
    "strikes", "strikes", 2, "yavoriv-district-drone-hit-2028-03-29", a=SLB,
    n="same region, other attack (previous evening): must not merge with the Lviv missile attack"),
  E("2028-03-30 09:30", "Video: Smoke rises over Lviv after strike", [], "strikes", "strikes", 1, LVIV, a=SLB, n="teaser without body"),
  E("2028-03-30 11:10", LV4_H,
    ["Four people are now known to have been killed in the Russian attack on Lviv, and 19 were injured, the regional military administration said.",
     "A blast wave damaged the roof and windows of a 19th-century building in the old town, which is a UNESCO World Heritage site."],
    "strikes", "strikes", 3, LVIV, a=SLB, n="toll 4"),
  E("2028-03-30 13:25", "Explainer: Why western Ukraine is not safe from missiles",
    ["Today's attack on Lviv is a reminder that no part of Ukraine is out of reach.",
     "Russian cruise missiles fired from bombers over the Caspian Sea can fly more than 2,000 kilometres, and they often take long routes to avoid air defences around Kyiv.",
     "Western regions also have fewer air-defence systems, because most are deployed closer to the front and around the capital."],
    "strikes", "strikes", 2, "explainer-western-ukraine-missile-reach", a=SLB,
    n="theme piece (explainer); mentions Lviv but is its own story: must not merge with the Lviv attack"),
  E("2028-03-30 15:40", LV4_H,
    ["Four people are now known to have been killed in the Russian attack on Lviv, and 19 were injured, the regional military administration said.",
     "The blast wave damaged the roof and windows of a 19th-century building in the old town, which is a UNESCO World Heritage site."],
    "strikes", "strikes", 1, LVIV, a=SLB, dup="15741-04", n="near-verbatim repeat of 15741-04"),
  E("2028-03-30 18:05", "Zelensky arrives in Ankara for talks with Erdogan",
    ["President Volodymyr Zelensky has arrived in Ankara, where he will meet Turkish President Recep Tayyip Erdogan to discuss Black Sea shipping and the next prisoner exchanges."],
    "diplomacy", "diplomacy", 3, ZERD, a=SLB),
  ]))

# ---------------------------------------------------------------- 15742 Kalevanmaa Wire (day 3, RSS, Helsinki)
SEEDS.append(dict(
  id="15742", name="15742_kalevanmaa-rss", ext="xml", source="Kalevanmaa Wire", zone="Europe/Helsinki", render=r_worldrss, gmt=False,
  title="Kalevanmaa Wire \u2013 Russia and Ukraine", url="https://kalevanmaa-wire.example", guid="kw-0330", lede="Agency copy on the war in Ukraine",
  basis="RSS pubDate '{s}' (explicit +0300 = Helsinki summer time, EEST, since 26 March); local {d} in {z}",
  notes="Invented outlet (Finnish news agency). RSS 2.0, newest first, pubDate with +0300, dc:creator per item (author). 15742-05 spells the city 'Lw\u00f3w' (Polish) in a reaction whose content is the attack itself (Poland's offer to treat the wounded): same story as the Lviv attack, secondary aid. 15742-03 (Finnish aid package) must not merge with the UK's air-defence training plan (15743-04): same theme, other event. 15742-04 (sabotage arrests in Poland) stands alone.",
  not_entries=["channel title, link, atom:link, description, language, lastBuildDate", "item link, guid and category elements"],
  entries=[
  E("2028-03-30 23:10", "Zelensky and Erdogan discuss Black Sea security and prisoner exchanges",
    ["Ukrainian President Volodymyr Zelensky and Turkish President Recep Tayyip Erdogan discussed the safety of shipping in the Black Sea and new prisoner exchanges at talks in Ankara on Thursday, Zelensky's office said."],
    "diplomacy", "diplomacy", 3, ZERD, a="Jussi Vaara"),
  E("2028-03-30 19:45", "Lviv mourns five killed in missile attack",
    ["The city of Lviv declared Friday a day of mourning after Thursday's Russian missile attack killed five people, Mayor Andriy Sadovyi said."],
    "strikes", "strikes", 3, LVIV, a="Liisa Korpela", n="toll 5"),
  E("2028-03-30 16:20", "Finland to send new military aid package to Ukraine",
    ["Finland will send Ukraine a new military aid package worth 190 million euros, including artillery ammunition and heavy equipment, the Finnish defence ministry said."],
    "aid", "aid", 3, "finland-aid-package-2028-03-30", a="Jussi Vaara",
    n="same aid theme as the UK training announcement (15743-04), other event: must not merge"),
  E("2028-03-30 13:00", "Polish police detain two over plot to sabotage rail line to Ukraine",
    ["Polish police detained two men suspected of planning to damage a railway line used to carry aid to Ukraine, acting on the orders of Russian intelligence, prosecutors said."],
    "other", "security", 2, "poland-rail-sabotage-arrests-2028-03-30", a="Liisa Korpela"),
  E("2028-03-30 10:35", "Lw\u00f3w strike: Polish president offers to treat wounded",
    ["Poland's president offered to treat people wounded in the missile strike on Lw\u00f3w, as Lviv is known in Polish, in Polish hospitals, his office said."],
    "strikes", "strikes", 3, LVIV, a="Liisa Korpela", sec=["aid"], n="Polish spelling 'Lw\u00f3w'; reaction whose content is the attack itself: same story"),
  E("2028-03-30 07:50", "Russia says it downed 54 Ukrainian drones overnight",
    ["Russia's defence ministry said its air defences destroyed 54 Ukrainian drones overnight over the Bryansk, Kursk and Belgorod regions."],
    "strikes", "strikes", 2, "russia-downs-54-drones-2028-03-30", a="Jussi Vaara"),
  ]))

# ---------------------------------------------------------------- 15743 Thamesreach Standard (day 3, HTML live, @graph)
SEEDS.append(dict(
  id="15743", name="15743_thamesreach-graphlive", ext="html", source="Thamesreach Standard", zone="Europe/London", render=r_thamesreach,
  title="Ukraine war latest: Lviv hit in deadly attack as Erdogan offers to host talks", url="https://thamesreach-standard.example/live/ukraine-30-march-2028",
  dateline="Thursday 30 March 2028 \u00b7 all times BST",
  lede="Russia's overnight strike on Lviv and Zelensky's visit to Turkey, as they happened.",
  basis="visible stamp '{s}' (UK summer time, BST = UTC+1 since 26 March) above the headline, on the day of 'Thursday 30 March 2028'; local {d} in {z}",
  notes="Invented outlet (London). HTML live blog, newest first; JSON-LD @graph with WebPage, NewsMediaOrganization and LiveBlogPosting whose liveBlogUpdate is a single object (the newest post only), so the other five posts exist only in the HTML. Visible stamp '8:30pm BST' before the h3 headline; 'By NAME' under some headlines (author), others none. 15743-01 (Erdogan's offer) belongs to the Zelensky-Erdogan meeting story.",
  not_entries=["masthead and navigation", "page title, dateline and standfirst", "app promo after the second post", "footer"],
  entries=[
  E("2028-03-30 20:30", "Erdogan offers to host new round of Russia-Ukraine talks",
    ["Turkish President Recep Tayyip Erdogan said after meeting Volodymyr Zelensky in Ankara that Turkey was ready to host a new round of direct talks between Russia and Ukraine in Istanbul."],
    "diplomacy", "diplomacy", 3, ZERD, a="Callum Reade"),
  E("2028-03-30 17:05", "UK sanctions 12 more shadow fleet tankers",
    ["The UK has added 12 more tankers to its list of sanctioned vessels carrying Russian oil, the Foreign Office said."],
    "diplomacy", "diplomacy", 2, "uk-shadow-fleet-sanctions-2028-03-30", a="Asha Lindqvist"),
  E("2028-03-30 14:20", "Lviv: five confirmed dead as search ends",
    ["Emergency workers in Lviv have finished searching the damaged buildings, and the death toll from the overnight Russian attack stands at five, the regional governor said."],
    "strikes", "strikes", 3, LVIV, n="toll 5"),
  E("2028-03-30 11:35", "UK to train Ukrainian air-defence crews in Wales",
    ["British instructors will train Ukrainian air-defence crews at a new site in Wales from next month, the Ministry of Defence said."],
    "aid", "aid", 2, "uk-air-defence-training-wales-2028-03-30", a="Asha Lindqvist",
    n="same aid theme as Finland's package (15742-03), other event: must not merge"),
  E("2028-03-30 08:50", "Russia strikes Lviv in overnight attack, killing four",
    ["Russia attacked the western Ukrainian city of Lviv with missiles and drones before dawn, killing four people, local officials said.",
     "It was the deadliest strike on the city this year."],
    "strikes", "strikes", 3, LVIV, a="Callum Reade", n="toll 4"),
  E("2028-03-30 07:15", "Russia claims advance in Sumy border area",
    ["Russia's defence ministry claimed its troops had advanced near the border in the Sumy region. Ukraine's military said the attacks had been repelled."],
    "other", "frontline", 2, "russia-claims-sumy-border-advance-2028-03-30"),
  ]))

if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Builds the eval/fj seed pages and their gold files from one hand-written data table (further below).
Every headline and paragraph is the blind tester's own wording (invented or paraphrased, no copied sentences);
Part A imitates, from memory, the page layouts of ten real outlets; Part B outlets are invented. Deterministic.
Run from the project root:  python3 eval/fj/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "U.K.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.", "Adm.", "Maj.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **kw):
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(kw)
    return d


def OFF(t, h, p, st, a=None, n="", **kw):
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


def ampm(d, sep=":", space="", dots=False, upper=False, pad=False):
    hh = d.hour % 12 or 12
    if dots:
        suf = "a.m." if d.hour < 12 else "p.m."
    else:
        suf = "am" if d.hour < 12 else "pm"
        if upper:
            suf = suf.upper()
    h = f"{hh:02d}" if pad else f"{hh}"
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


def slugify(s, n=60):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:n].strip("-")


SEEDS = []


# ================================================================ Part A renderers (layouts of real outlets, from memory)

def r_breitbart(S):
    """Breitbart News section RSS 2.0 (National Security). Newest first; pubDate '+0000'; dc:creator; comments link;
    description = CDATA with a lead image and the first paragraph of the story (no full text)."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" '
           'xmlns:atom="http://www.w3.org/2005/Atom" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" xmlns:media="http://search.yahoo.com/mrss/">',
           '<channel>', f'<title>{esc(S["title"])}</title>',
           '<atom:link href="https://feeds.feedburner.com/breitbart/national-security" rel="self" type="application/rss+xml" />',
           '<link>https://www.breitbart.com/national-security/</link>',
           '<description>Breitbart News Network - National Security</description>',
           f'<lastBuildDate>{rfc822(last)}</lastBuildDate>', '<language>en-US</language>',
           '<sy:updatePeriod>hourly</sy:updatePeriod>', '<sy:updateFrequency>1</sy:updateFrequency>',
           '<image><url>https://media.breitbart.com/media/2019/09/bb-logo-rss.png</url><title>Breitbart</title><link>https://www.breitbart.com</link></image>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        sec = e.get("section", "national-security")
        link = f"https://www.breitbart.com/{sec}/{d.year}/{d.month:02d}/{d.day:02d}/{slugify(e['h'])}/"
        img = f"https://media.breitbart.com/media/{d.year}/{d.month:02d}/{slugify(e['h'], 24)}-640x335.jpg"
        desc = f'<img src="{img}" alt="" /><p>' + "</p><p>".join(esc(p) for p in e["p"]) + '</p>'
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<comments>{link}#comments</comments>',
                f'<dc:creator><![CDATA[{e["a"]}]]></dc:creator>', f'<pubDate>{st}</pubDate>']
        out += [f'<category><![CDATA[{c}]]></category>' for c in e.get("cats", ["National Security"])]
        out += [f'<guid isPermaLink="false">https://www.breitbart.com/?p={11873040 + i * 37}</guid>',
                f'<description><![CDATA[{desc}]]></description>',
                f'<media:content url="{img}" medium="image" />', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_newsmax(S):
    """Newsmax World section, text scrape. Cards newest first: headline, 'By NAME | Wednesday, 03 January 2029 02:14 PM EST',
    blurb, 'Read More'. Top ticker, Newsmax TV promo, 'Platinum' upsell and market widget in the chrome."""
    z = S["zone"]; order_check(S, True); top = dt(S["entries"][0]["t"], z)
    L = ["Skip to main content", "", "NEWSMAX", "Newsfront   America   World   Politics   Health   Finance   Newsmax TV   Platinum   Shop", "",
         "WATCH LIVE: Newsmax TV  |  Find Your Channel", "",
         "DOW 48,212.55 +0.41%   S&P 500 6,984.10 +0.32%   NASDAQ 22,630.87 +0.57%", "",
         S["title"], "Latest news from around the globe", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{DAYS_EN[d.weekday()]}, {d.day:02d} {MONTHS[d.month - 1]} {d.year} {ampm(d, space=' ', upper=True, pad=True)} EST"
        stamps.append(st)
        L += [e["h"], f"By {e['byline']} | {st}", ""] + ptxt(e["p"]) + ["Read More", ""]
        if i == 2:
            L += ["Newsmax Platinum", "Get ad-free access to Newsmax.com and exclusive content. Join Today", ""]
        if i == 4:
            L += ["Sponsored Links", "Doctors Stunned by This Simple Joint Trick", ""]
    L += ["Load More", "", "Newsmax Media, Inc.  |  About  |  Contact  |  Privacy Policy  |  Terms of Use",
          f"© {top.year} Newsmax Media, Inc. All rights reserved."]
    return "\n".join(L) + "\n", stamps


def r_defenseone(S):
    """Defense One 'The D Brief' newsletter article, HTML. One dateline 'January 5, 2029 10:04 AM ET' and a two-name byline;
    items under h2 subheads (no per-item time); NewsArticle JSON-LD."""
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "url": S["url"],
          "datePublished": d0.isoformat(), "dateModified": d0.isoformat(),
          "author": [{"@type": "Person", "name": n} for n in S["authors"]],
          "publisher": {"@type": "Organization", "name": "Defense One", "logo": {"@type": "ImageObject", "url": "https://cdn.defenseone.com/d1-logo.png"}},
          "articleSection": "Newsletters", "isAccessibleForFree": True}
    pl = f"{MONTHS[d0.month - 1]} {d0.day}, {d0.year} {ampm(d0, space=' ', upper=True, pad=True)} ET"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - Defense One</title>',
           f'<link rel="canonical" href="{S["url"]}">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="d1-header"><a class="d1-logo" href="/">Defense One</a>'
           '<nav><a href="/topic/ukraine/">Ukraine</a> <a href="/policy/">Policy</a> <a href="/threats/">Threats</a> <a href="/technology/">Technology</a> '
           '<a href="/business/">Business</a> <a href="/ideas/">Ideas</a> <a href="/newsletters/">Newsletters</a> <a href="/events/">Events</a></nav>'
           '<a class="d1-subscribe" href="/newsletters/">Subscribe</a></header>',
           '<main><article class="content-body"><p class="d1-kicker">The D Brief</p>', f'<h1>{esc(S["title"])}</h1>',
           '<p class="d1-byline">By ' + esc(" and ".join(S["authors"])) + '</p>',
           f'<p class="d1-date">{pl}</p>',
           '<div class="share-tools">Share <a>Facebook</a> <a>X</a> <a>LinkedIn</a> <a>Email</a></div>',
           f'<p class="d1-lede"><em>{esc(S["lede"])}</em></p>',
           f'<p>{esc(S["intro"])}</p>']
    for i, e in enumerate(S["entries"]):
        out.append(f'<h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if i == 2:
            out.append('<aside class="newsletter-signup"><p>Welcome to The D Brief. Not subscribed? Sign up here.</p>'
                       '<input type="email" placeholder="Email address"> <button>Subscribe</button></aside>')
    out += [f'<p><em>{esc(S["outro"])}</em></p>', '</article>',
            '<section class="d1-related"><h3>Read Next</h3><ul>'
            '<li><a href="/technology/2029/01/army-counter-drone-lasers/">The Army wants cheaper counter-drone lasers by summer</a></li>'
            '<li><a href="/policy/2029/01/budget-continuing-resolution/">What a long continuing resolution would mean for shipbuilding</a></li></ul></section></main>',
            '<footer>Defense One is a Government Executive Media Group publication. <a href="/about/">About</a> <a href="/privacy/">Privacy Policy</a> '
            f'<a href="/terms/">Terms</a> © {d0.year} Government Media Executive Group LLC. All rights reserved.</footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


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
            author = e["a"] if e["a"] is not None else S.get("page_author")
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                         "published_basis": (e.get("basis") or S["basis"]).format(s=stamps[i], d=d.strftime("%Y-%m-%d %H:%M"), z=S["zone"]),
                         "author": author,
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


def B(e, byline, **kw):
    e["byline"] = byline
    e.update(kw)
    return e


# ================================================================ PART A: ten real outlets' layouts (own words)

# ---------------------------------------------------------------- 16700 Breitbart
SEEDS.append(dict(
  id="16700", name="16700_breitbart-natsecrss", ext="xml", source="Breitbart", zone="UTC", render=r_breitbart,
  title="National Security | Breitbart",
  basis="RSS pubDate '{s}' (explicit +0000 offset); local {d} in {z}",
  notes="Imitates Breitbart News' section RSS feed (National Security). Newest first. pubDate carries +0000. Each item: title in headline case, link, comments link, dc:creator (CDATA), one or more category elements, guid '?p=' number, and a CDATA description holding a lead image plus the story's opening paragraph(s) (the feed carries no full text; media:content repeats the image). Two of seven items are off-beat (cartel ambush in Mexico, Chinese aircraft near Taiwan). Authors are as printed in dc:creator; wire items say 'Associated Press'.",
  not_entries=["channel title/link/description, lastBuildDate, language, sy:update elements", "channel image block",
               "lead image <img> inside each description and the media:content element", "comments/guid/link URLs", "category elements"],
  entries=[
  E("2029-01-02 22:41", "Russia Claims Capture of Village Outside Kostiantynivka as Winter Push Grinds On",
    ["Russia's Defense Ministry claimed Tuesday that its troops had seized the village of Predtechyne on the southern approach to Kostiantynivka, one of the last sizable towns still held by Ukraine in the Donetsk region.",
     "Ukraine's General Staff said its units had repelled 31 assaults in the sector over the past day and made no mention of a withdrawal."],
    "other", "frontline", 2, "russia-claims-predtechyne-2029-01-02", a="Rowan Pike", cats=["National Security", "Russia", "Ukraine"]),
  E("2029-01-02 19:05", "Kremlin: No Talks with Kyiv Until Ukraine 'Accepts the Reality on the Ground'",
    ["Kremlin spokesman Dmitry Peskov told reporters on Tuesday that Moscow saw no basis for a new round of negotiations until Ukraine's leadership recognized what he called the new territorial reality.",
     "Peskov brushed aside a proposal floated by several European capitals over the holidays for a thirty-day halt to strikes on energy infrastructure, calling it a stalling tactic."],
    "diplomacy", "diplomacy", 2, "kremlin-no-talks-until-kyiv-accepts-reality-2029-01-02", a="Olivia Cardwell", cats=["National Security", "Vladimir Putin"]),
  OFF("2029-01-02 16:30", "Cartel Gunmen Ambush Police Convoy in Mexico's Sinaloa State, Killing Seven",
    ["Gunmen believed to belong to a faction of the Sinaloa cartel opened fire on a convoy of state police officers near Culiacan on Tuesday morning, killing seven officers, local authorities said."],
    "sinaloa-police-convoy-ambush-2029-01-02", a="Associated Press", n="Mexican cartel violence", cats=["National Security", "Mexico"]),
  E("2029-01-02 13:52", "Russian Missile Slams into Kharkiv Apartment Block, Killing Four",
    ["A Russian ballistic missile struck a nine-story apartment building in Kharkiv's Saltivskyi district on Tuesday afternoon, killing at least four people and injuring 27, the city's mayor said.",
     "Rescuers were still pulling residents from the collapsed stairwell hours after the strike, according to Ukraine's State Emergency Service."],
    "strikes", "strikes", 3, "kharkiv-apartment-missile-strike-2029-01-02", a="Rowan Pike", cats=["National Security", "Ukraine"]),
  E("2029-01-02 11:20", "Germany Unveils \u20ac1.2 Billion Air Defense Package for Ukraine",
    ["The German Defense Ministry announced a new military aid package for Ukraine worth about 1.2 billion euros on Tuesday, centered on IRIS-T launchers, interceptor missiles and radar systems to be delivered over the course of 2029.",
     "Berlin said part of the money would go to Ukrainian manufacturers building interceptor drones under license."],
    "aid", "aid", 3, "germany-air-defense-package-2029-01-02", a="Olivia Cardwell", cats=["National Security", "Germany", "Ukraine"]),
  E("2029-01-02 08:03", "Ukraine Says It Downed 84 of 112 Drones in New Year Barrage",
    ["Ukraine's air force said on Tuesday that air defense units shot down or jammed 84 of the 112 attack drones Russia launched overnight, with debris damaging homes in the Kyiv and Chernihiv regions.",
     "No deaths were reported from the overnight attack."],
    "strikes", "strikes", 2, "overnight-drone-barrage-2029-01-02", a="Rowan Pike", cats=["National Security", "Ukraine"]),
  OFF("2029-01-02 06:15", "Taiwan Tracks 22 Chinese Military Aircraft Near Island as Beijing Opens Year with Drills",
    ["Taiwan's Defense Ministry said it detected 22 Chinese military aircraft and six navy ships operating around the island over the previous 24 hours, as Beijing staged its first large patrol of the year."],
    "taiwan-chinese-aircraft-2029-01-02", a="Associated Press", n="China-Taiwan military activity", cats=["National Security", "China"]),
  ]))

# ---------------------------------------------------------------- 16701 Newsmax
SEEDS.append(dict(
  id="16701", name="16701_newsmax-world", ext="txt", source="Newsmax", zone="America/New_York", render=r_newsmax,
  title="Newsmax World",
  basis="stamp '{s}' (full date, 12-hour clock, EST printed); local {d} in {z}",
  notes="Imitates the Newsmax World section as copied from the browser. Newest first. Each card: headline, 'By NAME | Wednesday, 03 January 2029 02:14 PM EST' (the long Newsmax date form with zero-padded day and hour), blurb paragraph(s), 'Read More'. Wire credits: 'By Newsmax Wires' gives author 'Newsmax Wires' (organisation bylines are kept as printed, as the shared Euronews gold does), 'By Reuters' gives 'Reuters'. Two off-beat items (Hezbollah drone, North Korean missile). EST = UTC-5; the latest card (06:31 PM) is 23:31 UTC, still the same UTC day.",
  not_entries=["'Skip to main content'", "NEWSMAX logo and navigation line", "'WATCH LIVE: Newsmax TV' strip", "market ticker (DOW, S&P 500, NASDAQ)",
               "section heading 'Newsmax World' (page title) and its tagline", "'Read More' link under each card", "'Newsmax Platinum' upsell box",
               "'Sponsored Links' ad", "'Load More'", "footer links and copyright"],
  entries=[
  B(E("2029-01-03 18:31", "Russia, Ukraine Swap 200 POWs Each in First Exchange of 2029",
    ["Russia and Ukraine each released 200 prisoners of war on Wednesday in an exchange brokered by the United Arab Emirates, the first swap of the new year.",
     "Ukrainian President Volodymyr Zelenskyy said most of the men freed had been held since the fighting around Mariupol and Bakhmut, and that work on the next exchange had already begun."],
    "diplomacy", "diplomacy", 3, "uae-brokered-pow-swap-2029-01-03", a="Newsmax Wires"), "Newsmax Wires"),
  B(E("2029-01-03 16:05", "Senate Republicans Weigh Loan Guarantee Bill for Ukraine Arms Purchases",
    ["A group of Senate Republicans said Wednesday they were open to a bill that would guarantee loans Ukraine uses to buy American weapons, a structure supporters argue costs taxpayers far less than direct grants.",
     "The proposal still faces resistance from members of both parties who want any new Ukraine money tied to a negotiated end of the war."],
    "aid", "aid", 2, "senate-ukraine-loan-guarantee-bill-2029-01-03", a="Miles Granger"), "Miles Granger"),
  B(E("2029-01-03 13:47", "Drone Swarm Hits Odesa Port, Sets Grain Silo Ablaze",
    ["Russian attack drones struck port facilities in Odesa early Wednesday, setting a grain silo on fire and damaging a cargo ship flying a Panamanian flag, regional officials said.",
     "Three dock workers were hurt, and firefighters needed most of the morning to bring the blaze under control."],
    "strikes", "strikes", 2, "odesa-port-drone-attack-2029-01-03", a="Reuters"), "Reuters"),
  B(E("2029-01-03 11:12", "Kremlin Calls European Peacekeeping Plan a 'Provocation'",
    ["Russia's Foreign Ministry on Wednesday rejected a proposal by several European governments to station a multinational reassurance force in Ukraine after any ceasefire, calling the idea a provocation.",
     "Spokeswoman Maria Zakharova said foreign troops in Ukraine would be treated as legitimate targets."],
    "diplomacy", "diplomacy", 2, "russia-rejects-european-peacekeepers-2029-01-03", a="Newsmax Wires"), "Newsmax Wires"),
  B(OFF("2029-01-03 09:40", "Israel Says It Intercepted Hezbollah Drone Over Galilee",
    ["The Israeli military said an air defense system intercepted a drone launched from southern Lebanon over the western Galilee on Wednesday morning, with no injuries reported."],
    "hezbollah-drone-galilee-2029-01-03", a="Reuters", n="Middle East"), "Reuters"),
  B(E("2029-01-03 07:25", "Russian Glide Bombs Kill Two in Zaporizhzhia",
    ["Two people were killed and nine wounded when Russian guided aerial bombs hit an industrial district of Zaporizhzhia overnight, regional Governor Ivan Fedorov said Wednesday.",
     "One of the bombs struck a bus depot, destroying more than a dozen vehicles."],
    "strikes", "strikes", 3, "zaporizhzhia-glide-bombs-2029-01-03", a="Newsmax Wires"), "Newsmax Wires"),
  B(OFF("2029-01-03 05:03", "North Korea Fires Ballistic Missile into Sea, Seoul Says",
    ["North Korea fired a short-range ballistic missile off its east coast early Wednesday, South Korea's Joint Chiefs of Staff said, its first launch of the year."],
    "north-korea-missile-launch-2029-01-03", a="Reuters", n="Korean peninsula"), "Reuters"),
  ]))

# ---------------------------------------------------------------- 16702 Defense One
SEEDS.append(dict(
  id="16702", name="16702_defenseone-dbrief", ext="html", source="Defense One", zone="America/New_York", render=r_defenseone,
  title="The D Brief: Russia's biggest barrage of 2029; Interceptor-drone deal; Baltic cable probe; And a bit more.",
  url="https://www.defenseone.com/newsletters/2029/01/the-d-brief-january-05-2029/402318/",
  dateline_t="2029-01-05 10:04", authors=["Nadia Orr", "Colm Whitford"], page_author="Nadia Orr and Colm Whitford",
  lede="Welcome to this Friday edition of The D Brief, a newsletter for the national-security community.",
  intro="We've got a lot to cover before the weekend, so let's get right to it.",
  outro="Additional reporting from our colleagues across Government Executive Media Group. Have a great weekend, and we'll see you Monday!",
  basis="no per-item time: the items share the article's printed dateline '{s}' ('January 5, 2029 10:04 AM ET'); local {d} in {z}",
  notes="Imitates Defense One's 'The D Brief' newsletter page (HTML with a NewsArticle JSON-LD block, two authors). One dateline 'January 5, 2029 10:04 AM ET' under a two-name byline; six items, each under an h2 subhead, with no time of their own, so every entry gets the article's dateline time (stamp null). The welcome line and the 'let's get right to it' intro, the newsletter sign-up box, the sign-off and the 'Read Next' links are chrome. Authors: the page byline (two persons) is given as one string 'Nadia Orr and Colm Whitford' for every item. One off-beat item (Navy frigate delays, not about the war).",
  not_entries=["header logo and navigation, Subscribe", "kicker 'The D Brief'", "article title (page title)", "byline 'By Nadia Orr and Colm Whitford' and dateline",
               "share tools", "welcome line 'Welcome to this Friday edition ...'", "intro line 'We've got a lot to cover ...'", "newsletter sign-up box after the third item",
               "sign-off paragraph 'Additional reporting ... see you Monday!'", "'Read Next' related links", "footer"],
  entries=[
  E("2029-01-05 10:04", "Russia fired its largest air attack of the year overnight",
    ["Russian forces launched roughly 430 drones and 38 missiles at Ukraine overnight into Friday, Ukrainian officials said, with energy facilities in the Lviv and Ivano-Frankivsk regions taking the worst of it.",
     "At least five people were killed, three of them in a residential area of Lviv, according to regional authorities. Poland briefly closed airspace around Rzeszow and scrambled fighter jets as the missiles crossed western Ukraine.",
     "Ukraine's air force claimed 389 of the drones and 29 of the missiles were shot down or jammed; that interception rate for ballistic missiles remains stubbornly low."],
    "strikes", "strikes", 3, "russian-barrage-western-ukraine-2029-01-05"),
  E("2029-01-05 10:04", "Pentagon signs interceptor-drone deal for Ukraine",
    ["The Defense Department on Thursday evening awarded a contract worth about $780 million to supply Ukraine with interceptor drones designed to hunt Shahed-type attack drones, paid for from the remaining Ukraine Security Assistance Initiative funds.",
     "The aircraft will be built jointly by a Texas firm and a Ukrainian partner, with first deliveries expected in the spring, a spokesperson told Defense One."],
    "aid", "aid", 3, "pentagon-interceptor-drone-contract-2029-01-04"),
  E("2029-01-05 10:04", "Finnish investigators widen the Baltic cable probe",
    ["Finland's police said Thursday they now suspect two more tankers from Russia's so-called shadow fleet of dragging anchors across undersea power and data cables in the Gulf of Finland last month.",
     "NATO's Baltic Sentry mission has added two frigates to its patrols, an alliance official said, though the official conceded that proving intent remains hard."],
    "other", "security", 2, "baltic-cable-probe-widens-2029-01-04"),
  E("2029-01-05 10:04", "NATO kicks off winter drills along the eastern flank",
    ["About 9,000 troops from eleven allied nations began a two-week exercise across Estonia, Latvia and Lithuania on Friday, rehearsing how to move reinforcements over frozen ground and under drone surveillance.",
     "Organizers said lessons from Ukraine, especially on dispersal and electronic warfare, shaped the scenario."],
    "other", "security", 2, "nato-baltic-winter-drills-2029-01-05"),
  OFF("2029-01-05 10:04", "Around the services: another delay for the Navy's new frigate",
    ["The Navy has pushed delivery of its first Constellation-class frigate back by at least another year, according to a budget document obtained by Defense One.",
     "Service officials blamed design changes and a shortage of skilled shipyard workers."],
    "navy-frigate-delay-2029-01-05", n="US Navy shipbuilding, not about the war"),
  E("2029-01-05 10:04", "And a bit more: Kyiv names a new navy chief",
    ["Ukrainian President Volodymyr Zelenskyy has appointed a new commander of the country's navy, replacing the officer who led it through the campaign that pushed Russia's Black Sea Fleet away from Odesa's sea lanes.",
     "Kyiv gave no reason for the change."],
    "other", "politics", 2, "ukraine-new-navy-commander-2029-01-05"),
  ]))


def r_armytimes(S):
    """Army Times (Military Times, Arc XP) carrying an AP 'The Latest' page, text scrape. One page byline and a date-only line
    'Jan 8, 2029'; '(all times local)' = Kyiv; newest first; each item is a bare 'h:mm p.m.' line then paragraphs, no headlines."""
    z = S["zone"]; order_check(S, True); d0 = dt(S["entries"][0]["t"], z)
    L = ["Skip to main content", "", "Army Times", "Subscribe   Sign in", "",
         "News   Your Army   Pay & Benefits   Off Duty   Education & Transition   Opinion   Flashpoints   Video   Newsletters", "",
         "FLASHPOINTS", "", S["title"], "", f"By {S['page_author']}", f"{SHORT_MONTHS[d0.month - 1]} {d0.day}, {d0.year}", "",
         S["caption"], "", S["intro"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, space=" ", dots=True); stamps.append(st)
        L += [st, ""] + ptxt(e["p"])
        if i == 2:
            L += ["Get the Army Times Daily News Roundup", "Don't miss the top Army stories, delivered each afternoon", "Sign up", ""]
    L += [S["follow"], "", "About Army Times", "Contact Us   Advertise   Privacy Policy   Terms of Use   Subscribe",
          f"© {d0.year} Sightline Media Group"]
    return "\n".join(L) + "\n", stamps


def r_thehill(S):
    """The Hill (WordPress) Defense section listing, HTML with a Yoast-style @graph (CollectionPage, BreadcrumbList, WebSite).
    Cards newest first: h2 headline, 'by NAME - 01/10/29 4:25 PM ET' (two-digit year), excerpt."""
    z = S["zone"]; order_check(S, True); top = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "CollectionPage", "@id": "https://thehill.com/policy/defense/", "url": "https://thehill.com/policy/defense/",
         "name": "Defense | The Hill", "isPartOf": {"@id": "https://thehill.com/#website"}, "inLanguage": "en-US",
         "breadcrumb": {"@id": "https://thehill.com/policy/defense/#breadcrumb"}},
        {"@type": "BreadcrumbList", "@id": "https://thehill.com/policy/defense/#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home", "item": "https://thehill.com/"},
            {"@type": "ListItem", "position": 2, "name": "Policy", "item": "https://thehill.com/policy/"},
            {"@type": "ListItem", "position": 3, "name": "Defense"}]},
        {"@type": "WebSite", "@id": "https://thehill.com/#website", "url": "https://thehill.com/", "name": "The Hill",
         "publisher": {"@type": "Organization", "name": "The Hill"}}]}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="UTF-8">', '<title>Defense | The Hill</title>',
           '<script type="application/ld+json">' + json.dumps(ld) + '</script></head><body class="archive category-defense">',
           '<header class="site-header"><a class="site-logo" href="/">The Hill</a>'
           '<nav class="site-nav"><a href="/news/">News</a> <a href="/policy/">Policy</a> <a href="/policy/defense/">Defense</a> '
           '<a href="/policy/international/">International</a> <a href="/opinion/">Opinion</a> <a href="/video/">Video</a> '
           '<a href="/events/">Events</a> <a href="/newsletters/">Newsletters</a></nav>'
           '<a class="btn" href="/newsletter-signup/">Subscribe</a></header>',
           '<main class="archive"><div class="breadcrumbs"><a href="/policy/">Policy</a> / <span>Defense</span></div>',
           f'<h1 class="archive__title">{esc(S["title"])}</h1>', '<div class="archive__list">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.month:02d}/{d.day:02d}/{d.year % 100:02d} {ampm(d, space=' ', upper=True)} ET"; stamps.append(st)
        link = f"https://thehill.com/policy/{e.get('desk', 'defense')}/{5120400 + i * 53}-{slugify(e['h'])}/"
        out.append(f'<article class="archive__item"><h2 class="archive__item__heading"><a href="{link}">{esc(e["h"])}</a></h2>')
        out.append(f'<p class="archive__item__byline">by <a href="/author/{slugify(e["a"])}/">{esc(e["a"])}</a> - <span class="archive__item__date">{st}</span></p>')
        out += [f'<p class="archive__item__excerpt">{esc(p)}</p>' for p in e["p"]]
        out.append('</article>')
        if i == 2:
            out.append('<aside class="newsletter-promo"><h3>Defense &amp; National Security</h3><p>The latest news on the Pentagon, '
                       'Capitol Hill and wars abroad, in your inbox every weekday.</p><input type="email" placeholder="Email"> <button>Sign Up</button></aside>')
    out += ['</div><a class="archive__more" href="/policy/defense/page/2/">Load More</a></main>',
            '<aside class="most-popular"><h3>Most Popular</h3><ol><li><a href="/homenews/">Speaker sets vote on stopgap spending bill</a></li>'
            '<li><a href="/homenews/state-watch/">Winter storm closes schools across the Midwest</a></li></ol></aside>',
            f'<footer>THE HILL 1625 K STREET, NW SUITE 900 WASHINGTON DC 20006 | 202-628-8500 TEL | 202-628-8503 FAX<br>© 1998 - {top.year} Nexstar Media Inc. | All Rights Reserved.</footer>',
            '</body></html>']
    return "\n".join(out) + "\n", stamps


def r_voa(S):
    """Voice of America 'Latest developments in Ukraine' round-up, HTML with NewsArticle JSON-LD. One time line
    'January 11, 2029 5:32 PM' (no zone printed; Washington time), byline 'VOA News', bullet list: no headlines, no per-bullet time."""
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": S["url"], "headline": S["title"],
          "datePublished": d0.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%SZ"), "dateModified": d0.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%SZ"),
          "author": {"@type": "Organization", "name": "VOA News"},
          "publisher": {"@type": "Organization", "name": "Voice of America", "logo": {"@type": "ImageObject", "url": "https://www.voanews.com/Content/responsive/VOA/img/logo.png"}}}
    pl = f"{MONTHS[d0.month - 1]} {d0.day}, {d0.year} {ampm(d0, space=' ', upper=True)}"
    out = ['<!DOCTYPE html>', '<html lang="en" dir="ltr"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="hdr"><a class="hdr__logo" href="/">VOA</a> <a class="hdr__lang" href="/navigation/allsites">Languages</a>'
           '<nav><a href="/z/599">USA</a> <a href="/z/4952">Ukraine</a> <a href="/z/5898">World</a> <a href="/z/611">Africa</a> <a href="/z/598">East Asia</a> '
           '<a href="/z/601">Europe</a> <a href="/z/602">Middle East</a> <a href="/z/598">Broadcast Programs</a></nav>'
           '<a class="hdr__live" href="/live/">Live</a> <a class="hdr__search" href="/s">Search</a></header>',
           '<main><div class="category"><a href="/z/4952">Ukraine</a></div>', f'<h1 class="title pg-title">{esc(S["title"])}</h1>',
           f'<div class="publishing-details"><span class="date"><time datetime="{d0.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")}">{pl}</time></span></div>',
           f'<div class="links"><ul class="links__list"><li class="links__item">{esc(S["page_author"])}</li></ul></div>',
           '<div class="share--box"><a>Share</a> <a>Facebook</a> <a>X</a> <a>Email</a> <a>Print</a></div>',
           f'<figure class="media-image"><figcaption><span class="caption">{esc(S["caption"])}</span></figcaption></figure>',
           f'<div class="wsw"><p>{esc(S["intro"])}</p><ul>']
    for e in S["entries"]:
        out.append('<li>' + " ".join(esc(p) for p in e["p"]) + '</li>')
    out += ['</ul>', f'<p><em>{esc(S["credit"])}</em></p></div>',
            '<section class="related"><h3>Related</h3><ul><li><a href="/a/7432119.html">Latest developments in Ukraine: Jan. 10</a></li>'
            '<li><a href="/a/7431655.html">Latest developments in Ukraine: Jan. 9</a></li></ul></section></main>',
            '<footer><a href="/p/5338.html">About us</a> <a href="/p/5338.html">Terms of Use &amp; Privacy Notice</a> '
            '<a href="/p/5423.html">Contact us</a> <p>VOA is the U.S. government-funded international news source.</p></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


# ---------------------------------------------------------------- 16703 Army Times
SEEDS.append(dict(
  id="16703", name="16703_armytimes-thelatest", ext="txt", source="Army Times", zone="Europe/Kyiv", render=r_armytimes,
  title="The Latest: Russian barrage cuts heat to a million Ukrainian homes in deep freeze",
  page_author="The Associated Press",
  caption="Firefighters work at a damaged power substation in the Kyiv region, Ukraine, Monday, Jan. 8, 2029. (AP Photo/Anna Voloshyn)",
  intro="The Latest on Russia's war in Ukraine (all times local):",
  follow="Follow AP's coverage of the war in Ukraine at the Russia-Ukraine hub.",
  basis="bare stamp '{s}' with no date; the page prints '(all times local)' (the story's datelines are Ukrainian, Kyiv time) and its only date is the header line 'Jan 8, 2029'; every item falls between 7 a.m. and 10 p.m. on that day in the newest-first list; local {d} in {z}",
  notes="Imitates an Associated Press 'The Latest' page as carried on Army Times (Military Times' Arc XP site, FLASHPOINTS section), copied from the browser. One page byline 'By The Associated Press' and a date-only line 'Jan 8, 2029'. Items newest first, each a bare time line ('9:40 p.m.') followed by paragraphs; no headlines. The intro says '(all times local)': the items are datelined in Ukraine, so the times are Kyiv time (EET = UTC+2; 7:15 a.m. = 05:15 UTC, 9:40 p.m. = 19:40 UTC, all on 8 January UTC), not the US Eastern home zone of Army Times. Author: the page byline, an agency ('The Associated Press'), for every item. Three items (1st report 7:15 a.m., toll at 11:50 a.m., Moscow's claim at 6:15 p.m.) are one story, the overnight strike on the grid. Item 1 (heating outages) is its own humanitarian story.",
  not_entries=["'Skip to main content', masthead, Subscribe / Sign in, navigation line", "section label 'FLASHPOINTS'", "page headline (page title)",
               "byline 'By The Associated Press' and date line 'Jan 8, 2029'", "photo caption with AP credit", "intro line 'The Latest on Russia's war in Ukraine (all times local):'",
               "newsletter sign-up box (Daily News Roundup)", "'Follow AP's coverage ...' line", "footer links and copyright"],
  entries=[
  E("2029-01-08 21:40", None,
    ["Ukrainian President Volodymyr Zelenskyy says more than a million households were still without heating on Monday evening as temperatures in Kyiv fell to minus 18 degrees Celsius (zero Fahrenheit).",
     "In his nightly video address, Zelenskyy said repair crews had restored power to most hospitals and water pumping stations, but that district heating plants in Kyiv and Kharkiv would need days to get back to full capacity. City officials opened more than 400 heated shelters."],
    "other", "humanitarian", 2, "ukraine-heating-outages-cold-snap-2029-01-08", sec=["strikes"]),
  E("2029-01-08 18:15", None,
    ["MOSCOW \u2014 Russia's Defense Ministry says its overnight strikes hit energy facilities that power Ukraine's defense industry, calling the attack retaliation for Ukrainian drone raids on Russian refineries.",
     "The ministry said all intended targets were hit. It did not mention the civilian deaths reported by Ukrainian officials."],
    "strikes", "strikes", 3, "russian-strikes-ukraine-power-grid-2029-01-08"),
  E("2029-01-08 15:05", None,
    ["WARSAW, Poland \u2014 Poland's armed forces say they grounded two airports in the southeast of the country for about three hours and sent up fighter jets during the overnight Russian attack on western Ukraine.",
     "Polish officials say no Russian missile or drone entered the country's airspace this time."],
    "other", "security", 2, "poland-scrambles-jets-2029-01-08"),
  E("2029-01-08 11:50", None,
    ["Ukraine's energy minister says three power plant workers and a firefighter were killed in the overnight Russian attack on the country's energy system.",
     "The minister says the strikes damaged two thermal power plants and at least five large substations in the Kyiv, Cherkasy and Khmelnytskyi regions, and that emergency outage schedules will be in place across most of Ukraine on Tuesday."],
    "strikes", "strikes", 3, "russian-strikes-ukraine-power-grid-2029-01-08"),
  E("2029-01-08 09:30", None,
    ["BUDAPEST, Hungary \u2014 Hungary's foreign minister says his government will not support the European Union's next package of sanctions against Russia unless it drops measures aimed at Russian nuclear fuel.",
     "The package needs the backing of all 27 member states."],
    "diplomacy", "diplomacy", 2, "hungary-blocks-eu-sanctions-package-2029-01-08"),
  E("2029-01-08 07:15", None,
    ["KYIV, Ukraine \u2014 Russia fired more than 50 missiles and about 280 drones at Ukraine overnight, targeting power plants and substations during the coldest week of the winter, Ukraine's air force says.",
     "The air force says 41 missiles and 240 drones were shot down or jammed. Emergency blackouts were ordered in 11 regions early Monday."],
    "strikes", "strikes", 3, "russian-strikes-ukraine-power-grid-2029-01-08"),
  ]))

# ---------------------------------------------------------------- 16704 The Hill
SEEDS.append(dict(
  id="16704", name="16704_thehill-defense", ext="html", source="The Hill", zone="America/New_York", render=r_thehill,
  title="Defense",
  basis="stamp '{s}' (MM/DD/YY date, 12-hour clock, 'ET' printed); local {d} in {z}",
  notes="Imitates The Hill's Defense section listing (WordPress) with a Yoast-style JSON-LD @graph (CollectionPage, BreadcrumbList, WebSite; no article dates). Cards newest first: h2 headline, 'by NAME - 01/10/29 4:25 PM ET' (two-digit year, month first), excerpt. ET in January = EST (UTC-5); the latest card, 6:12 PM, is 23:12 UTC, still 10 January. Two off-beat cards (barracks mold, Coast Guard icebreaker).",
  not_entries=["header logo and navigation, Subscribe", "breadcrumb 'Policy / Defense'", "section title 'Defense' (page title)",
               "newsletter promo box after the third card", "'Load More'", "'Most Popular' list", "footer address and copyright"],
  entries=[
  E("2029-01-10 18:12", "House adopts amendment extending Ukraine security assistance program through 2030",
    ["The House voted 262-158 on Wednesday to extend the Ukraine Security Assistance Initiative for two more years as part of a defense policy package, keeping open the main channel the Pentagon uses to buy weapons for Kyiv from American manufacturers.",
     "The amendment sets aside $1.5 billion for the program in the coming fiscal year, a figure well below what Ukraine's supporters had sought."],
    "aid", "aid", 3, "house-extends-usai-2029-01-10", a="Laura Kessner"),
  E("2029-01-10 16:25", "Rubio hosts Ukraine's foreign minister, vows to keep sanctions pressure on Moscow",
    ["Secretary of State Marco Rubio met Ukrainian Foreign Minister Andrii Sybiha at the State Department on Wednesday and said Washington would keep existing sanctions on Russia in place until there is a durable ceasefire.",
     "Sybiha told reporters afterward that the two sides also discussed a new minerals revenue fund and the next round of talks in Istanbul."],
    "diplomacy", "diplomacy", 3, "rubio-sybiha-meeting-2029-01-10", a="Joseph Ortiz-Bell"),
  OFF("2029-01-10 14:48", "Pentagon watchdog faults Army over mold in barracks at three bases",
    ["The Defense Department inspector general found that Army leaders at three installations ignored repeated reports of mold and broken heating in soldiers' barracks, according to a report released Wednesday."],
    "army-barracks-mold-report-2029-01-10", a="Brad Ellison", n="US military housing"),
  E("2029-01-10 12:30", "Ukraine says drones struck ammunition depot in Russia's Bryansk region",
    ["Ukraine's military said Wednesday that its long-range drones hit an ammunition depot near the town of Karachev in Russia's Bryansk region overnight, setting off secondary explosions that local residents filmed from miles away.",
     "The Bryansk governor said drone debris had caused a fire at an unspecified site and that nearby villages were being evacuated as a precaution."],
    "strikes", "strikes", 2, "bryansk-ammunition-depot-drone-strike-2029-01-10", a="Brad Ellison"),
  E("2029-01-10 10:05", "GOP senator presses administration on gaps in Russia sanctions enforcement",
    ["A senior Republican on the Senate Banking Committee sent a letter Wednesday pressing the Treasury Department to explain why tankers carrying Russian oil are still reaching ports in allied countries despite U.S. sanctions.",
     "The senator asked for a list of vessels sanctioned in 2028 and how many of them had since changed flags."],
    "diplomacy", "diplomacy", 2, "senator-letter-russia-sanctions-enforcement-2029-01-10", a="Laura Kessner"),
  OFF("2029-01-10 08:41", "Coast Guard's new polar icebreaker slips to 2031",
    ["The Coast Guard told Congress on Wednesday that its first new heavy polar icebreaker will not be delivered before 2031, another delay for a program that lawmakers of both parties call urgent."],
    "coast-guard-icebreaker-delay-2029-01-10", a="Brad Ellison", n="US shipbuilding"),
  E("2029-01-10 07:02", "Russian missile strike on Dnipro bus station kills six",
    ["A Russian missile hit the central bus station in the Ukrainian city of Dnipro during the Wednesday morning rush hour, killing at least six people and wounding more than 40, regional officials said.",
     "Ukraine's foreign minister called the strike a deliberate attack on civilians and urged allies to send more air defense systems."],
    "strikes", "strikes", 3, "dnipro-bus-station-missile-strike-2029-01-10", a="Joseph Ortiz-Bell"),
  ]))

# ---------------------------------------------------------------- 16705 Voice of America
SEEDS.append(dict(
  id="16705", name="16705_voanews-latestdevelopments", ext="html", source="Voice of America", zone="America/New_York", render=r_voa,
  title="Latest developments in Ukraine: Jan. 11",
  url="https://www.voanews.com/a/latest-developments-in-ukraine-jan-11/7433021.html",
  dateline_t="2029-01-11 17:32", page_author="VOA News",
  caption="Rescuers work at the site of a drone strike on a residential building in Sumy, Ukraine, Jan. 11, 2029.",
  intro="Here are the latest developments in Russia's war in Ukraine.",
  credit="Some information in this report came from The Associated Press, Agence France-Presse and Reuters.",
  basis="no per-bullet time: all bullets share the article's printed time '{s}' ('January 11, 2029 5:32 PM'; no zone printed, VOA's home zone, Washington, is assumed); local {d} in {z}",
  notes="Imitates a Voice of America 'Latest developments in Ukraine' round-up (HTML with a NewsArticle JSON-LD whose dates are UTC). One printed time 'January 11, 2029 5:32 PM' without a zone: VOA is based in Washington, so America/New_York (EST) is assumed; the <time datetime> attribute (22:32 UTC) agrees. Byline 'VOA News' (organisation byline, kept as author for every bullet). Six bullets: no headlines (headline null), no per-bullet time (stamp null, published = the article time), one paragraph each. The intro line, the wire-credit line and the Related links are chrome.",
  not_entries=["header (VOA logo, Languages, navigation, Live, Search)", "category label 'Ukraine'", "page title 'Latest developments in Ukraine: Jan. 11'",
               "time line 'January 11, 2029 5:32 PM'", "byline 'VOA News'", "share links", "photo caption", "intro 'Here are the latest developments ...'",
               "credit line 'Some information in this report came from ...'", "Related links (Jan. 10, Jan. 9)", "footer"],
  entries=[
  E("2029-01-11 17:32", None,
    ["Ukrainian President Volodymyr Zelenskyy said Thursday he will travel to Paris next week to finalize a security guarantees framework with the leaders of France, Britain and Germany, describing it as the backbone of any future ceasefire."],
    "diplomacy", "diplomacy", 3, "zelenskyy-paris-security-guarantees-2029-01-11"),
  E("2029-01-11 17:32", None,
    ["Russian drones struck a residential building and a school in the northeastern city of Sumy overnight, killing two people and wounding 11, regional officials said. Classes in the city were moved online for the rest of the week."],
    "strikes", "strikes", 3, "sumy-drone-strike-2029-01-11"),
  E("2029-01-11 17:32", None,
    ["Russia's Defense Ministry said its air defenses destroyed 47 Ukrainian drones over several regions overnight, including 12 approaching Moscow. Flights at two Moscow airports were briefly suspended."],
    "strikes", "strikes", 2, "ukrainian-drones-over-russia-2029-01-11"),
  E("2029-01-11 17:32", None,
    ["Japan announced $450 million in new financial aid for Ukraine, most of it for repairing power grids and water systems damaged by Russian attacks, Japan's Foreign Ministry said."],
    "aid", "aid", 2, "japan-450-million-aid-2029-01-11"),
  E("2029-01-11 17:32", None,
    ["Ukraine's parliament voted to extend martial law and general mobilization for another 90 days, the 18th such extension since Russia's full-scale invasion began in February 2022."],
    "other", "politics", 2, "ukraine-extends-martial-law-2029-01-11"),
  E("2029-01-11 17:32", None,
    ["Moldova's Defense Ministry said fragments of a drone were found in a field near the village of Cosauti, close to the border with Ukraine, and that the country's ambassador in Moscow would be asked to explain."],
    "other", "security", 2, "moldova-drone-debris-2029-01-11", sec=["diplomacy"]),
  ]))


def r_irishexaminer(S):
    """Irish Examiner World section, text scrape. Cards newest first: kicker, headline, standfirst, author line,
    stamp 'Sat, 13 Jan, 2029 - 21:10' (Irish time, no zone printed)."""
    z = S["zone"]; order_check(S, True); top = dt(S["entries"][0]["t"], z)
    L = ["Irish Examiner", "Sign In   Subscribe", "",
         "News   Sport   Business   Opinion   Lifestyle   Property   Farming   Podcasts   Puzzles   ePaper", "",
         "Ireland   World   Politics   Courts   Health   Munster   Weather", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%a}, {d.day:02d} {SHORT_MONTHS[d.month - 1]}, {d.year} - {d:%H:%M}"; stamps.append(st)
        L += [e.get("kicker", "World"), e["h"], ""] + ptxt(e["p"]) + [e["byline"], st, ""]
        if i == 1:
            L += ["Newsletter", "Keep up with the stories of the day with our lunchtime news wrap.", "Sign up", ""]
        if i == 3:
            L += ["Sponsored Content", ""]
    L += ["More in this section", "Galway hospital waiting list falls for third month", "", "Most Read", "Cork Airport passenger numbers hit record", "",
          f"© Irish Examiner Ltd, {top.year}", "Privacy Policy   Terms and Conditions   Cookie Policy   Contact Us"]
    return "\n".join(L) + "\n", stamps


def r_ht_live(S):
    """Hindustan Times live blog, HTML. Page byline with 'Updated on Jan 15, 2029 11:20 PM IST'; posts newest first, each:
    stamp 'Jan 15, 2029 09:05 PM IST', h2 headline, paragraphs; LiveBlogPosting JSON-LD with per-update times (+05:30)."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "headline": e["h"], "url": f"{S['url']}#liveblog-{101 + len(S['entries']) - i}",
             "datePublished": d.isoformat(), "dateModified": d.isoformat()}
        if e["p"]:
            u["articleBody"] = " ".join(e["p"])
        ups.append(u)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "url": S["url"], "headline": S["title"],
          "description": S["lede"], "datePublished": first.isoformat(), "dateModified": last.isoformat(),
          "coverageStartTime": first.isoformat(), "coverageEndTime": last.isoformat(),
          "author": {"@type": "Person", "name": S["page_author"]},
          "publisher": {"@type": "Organization", "name": "Hindustan Times", "logo": {"@type": "ImageObject", "url": "https://www.hindustantimes.com/res/images/logo.png"}},
          "liveBlogUpdate": ups}
    hs = lambda d: f"{SHORT_MONTHS[d.month - 1]} {d.day:02d}, {d.year} {ampm(d, space=' ', upper=True, pad=True)} IST"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | World News - Hindustan Times</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header><a class="logo" href="/">Hindustan Times</a> <span class="epaper">e-paper</span>'
           '<nav><a href="/latest-news">Latest News</a> <a href="/india-news">India</a> <a href="/world-news">World</a> <a href="/cities">Cities</a> '
           '<a href="/entertainment">Entertainment</a> <a href="/cricket">Cricket</a> <a href="/videos">Videos</a> <a href="/web-stories">Web Stories</a></nav>'
           '<a class="subscribe" href="/subscription">Subscribe</a> <a class="signin" href="/login">Sign In</a></header>',
           '<main><div class="breadcrumbs"><a href="/">Home</a> / <a href="/world-news">World News</a> / <span>Russia-Ukraine war news live updates</span></div>',
           f'<h1 class="hdg1">{esc(S["title"])}</h1>', f'<h2 class="sortDec">{esc(S["lede"])}</h2>',
           f'<div class="dateTime secTime">By {esc(S["page_author"])} | Updated on {hs(last)}</div>',
           '<div class="shareSticky">Share Via <a>Facebook</a> <a>X</a> <a>WhatsApp</a> <a>Copy Link</a></div>',
           '<div class="followUs">Follow Us on Google News</div>',
           '<div class="liveSec"><h2 class="liveTitle">LIVE UPDATES</h2>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = hs(d); stamps.append(st)
        out.append(f'<div class="liveBlogCard" id="liveblog-{101 + len(S["entries"]) - i}"><div class="dateTime">{st}</div><h2>{esc(e["h"])}</h2>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="embedVideo">Video: 00:58</div>')
        out.append('<div class="shareArticle">Share this article</div></div>')
        if i == 3:
            out.append('<div class="adBox">Advertisement</div>')
    out += ['</div>', '<p class="catchLine">Catch every big hit, every wicket with Crick-it, a one stop destination for Live Scores. '
            'Get all the latest World News along with Breaking News and Top Headlines.</p>',
            '<section class="related"><h3>Related Stories</h3><a href="/world-news/us-news/">US Senate begins debate on spending bill</a></section></main>',
            f'<footer>Copyright © HT Digital Streams Ltd. All rights reserved. {last.year}</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_straitstimes(S):
    """The Straits Times World RSS 2.0: pubDate with +0800, title/link/description/guid; no creator element."""
    z = S["zone"]; order_check(S, True); last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<link>https://www.straitstimes.com/world</link>',
           '<atom:link href="https://www.straitstimes.com/news/world/rss.xml" rel="self" type="application/rss+xml" />',
           '<description>The Straits Times World News</description>', '<language>en</language>',
           f'<lastBuildDate>{rfc822(last)}</lastBuildDate>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        link = f"https://www.straitstimes.com/world/{e.get('desk', 'europe')}/{slugify(e['h'])}"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<description>{esc(" ".join(e["p"]))}</description>',
                f'<pubDate>{st}</pubDate>', f'<guid isPermaLink="true">{link}</guid>',
                f'<media:thumbnail url="https://static1.straitstimes.com.sg/s3fs-public/articles/{d.year}/{d.month:02d}/{d.day:02d}/{slugify(e["h"], 20)}.jpg" />', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_arabnews(S):
    """Arab News World section, text scrape. Header time widget 'Riyadh · Friday 19 January · 22:40' (no year), weather;
    cards newest first: headline, credit line, relative stamp ('40 min ago', '2 hours ago'), summary. No year anywhere."""
    z = S["zone"]; order_check(S, True); ref = dt(S["ref"], z)
    L = ["Arab News", "The Voice of a Changing Region", "",
         f"Riyadh \u00b7 {DAYS_EN[ref.weekday()]} {ref.day} {MONTHS[ref.month - 1]} \u00b7 {ref:%H:%M}", "Riyadh 17\u00b0C  Clear", "",
         "Saudi Arabia   Middle East   World   Business   Lifestyle   Sport   Opinion   Research & Studies   Podcasts", "",
         "Edition: International   |   Arabic   French   Japanese   Pakistan", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        if mins < 60:
            st = f"{mins} min ago"
        else:
            assert mins % 60 == 0, e["t"]
            st = "1 hour ago" if mins == 60 else f"{mins // 60} hours ago"
        stamps.append(st)
        L += [e["h"], e["byline"], st, ""] + ptxt(e["p"])
        if i == 2:
            L += ["Newsletter", "Get the Arab News morning briefing in your inbox. Subscribe", ""]
    L += ["Load more", "", "Most Popular", "Saudi Arabia opens registration for the Riyadh marathon", "", "\u00a9 Arab News. All rights reserved.",
          "About Us   Contact Us   Privacy Policy   Terms of Use"]
    return "\n".join(L) + "\n", stamps


# ---------------------------------------------------------------- 16706 Irish Examiner
SEEDS.append(dict(
  id="16706", name="16706_irishexaminer-world", ext="txt", source="Irish Examiner", zone="Europe/Dublin", render=r_irishexaminer,
  title="World",
  basis="stamp '{s}' (full date and 24-hour time, no zone printed; Irish time, GMT in January); local {d} in {z}",
  notes="Imitates the Irish Examiner World section as copied from the browser. Cards newest first: kicker ('Ukraine' / 'World'), headline, standfirst paragraph(s), author line, stamp 'Sat, 13 Jan, 2029 - 21:10'. No zone is printed; the home zone Europe/Dublin (GMT = UTC in January) is used. Authors as printed ('Press Association' and 'Reuters' kept as organisation credits). Two off-beat cards (Swedish shooting, Pope on Sudan).",
  not_entries=["masthead, Sign In / Subscribe, two navigation lines", "section heading 'World' (page title)", "card kickers ('Ukraine', 'World')",
               "newsletter box after the second card", "'Sponsored Content' marker", "'More in this section' and 'Most Read' links", "copyright and policy links"],
  entries=[
  B(E("2029-01-13 21:10", "Government to give extra \u20ac20m to UN fund for Ukraine's civilians",
    ["The Government is to contribute an additional \u20ac20 million to United Nations humanitarian programmes in Ukraine, with most of the money going to winter heating, shelter repairs and mobile health clinics near the front line.",
     "The T\u00e1naiste said Ireland's support for Ukraine would remain \"humanitarian, not military\" in keeping with the country's neutrality."],
    "aid", "aid", 2, "ireland-20m-humanitarian-aid-ukraine-2029-01-13", a="Cormac Doyle", kicker="Ukraine"), "Cormac Doyle"),
  B(OFF("2029-01-13 18:45", "Gunman kills three at shopping centre in Swedish city of Uppsala",
    ["Three people were shot dead and two wounded at a shopping centre in Uppsala on Saturday afternoon, Swedish police said, adding that a suspect had been arrested at the scene."],
    "uppsala-shopping-centre-shooting-2029-01-13", a="Reuters", n="crime in Sweden"), "Reuters"),
  B(E("2029-01-13 16:20", "Russian ballistic missile kills five in Kryvyi Rih",
    ["Five people, including a 12-year-old girl, were killed when a Russian ballistic missile struck a residential street in the central Ukrainian city of Kryvyi Rih on Saturday, local officials said.",
     "At least 22 people were injured, and the blast wave shattered windows in a nearby school that was being used as a shelter."],
    "strikes", "strikes", 3, "kryvyi-rih-missile-strike-2029-01-13", a="Press Association", kicker="Ukraine"), "Press Association"),
  B(E("2029-01-13 13:05", "Zelensky and Starmer discuss European 'reassurance force' in phone call",
    ["Ukrainian president Volodymyr Zelensky and British prime minister Keir Starmer spoke by phone on Saturday about the make-up of a European force that would be deployed to Ukraine after any ceasefire, Downing Street said.",
     "The two leaders agreed that their defence ministers would meet in London later this month."],
    "diplomacy", "diplomacy", 2, "zelensky-starmer-call-reassurance-force-2029-01-13", a="Press Association", kicker="Ukraine"), "Press Association"),
  B(E("2029-01-13 10:40", "Russia claims two more villages in Ukraine's Dnipropetrovsk region",
    ["Russia's defence ministry said on Saturday its troops had taken two villages in the east of Ukraine's Dnipropetrovsk region, pressing an offensive that has pushed beyond the Donetsk regional border.",
     "Ukraine's military said fighting continued near both villages and described the claims as premature."],
    "other", "frontline", 2, "russia-claims-dnipropetrovsk-villages-2029-01-13", a="Reuters", kicker="Ukraine"), "Reuters"),
  B(OFF("2029-01-13 08:15", "Pope appeals for ceasefire in Sudan as famine spreads",
    ["Pope Leo used a Saturday audience at the Vatican to call for an immediate ceasefire in Sudan, where aid agencies say famine has spread to at least ten regions."],
    "pope-sudan-ceasefire-appeal-2029-01-13", a="Aoife Brennan", n="Vatican / Sudan"), "Aoife Brennan"),
  ]))

# ---------------------------------------------------------------- 16707 Hindustan Times
SEEDS.append(dict(
  id="16707", name="16707_hindustantimes-live", ext="html", source="Hindustan Times", zone="Asia/Kolkata", render=r_ht_live,
  title="Russia-Ukraine war news live updates: Kharkiv strike kills 3; India calls for dialogue",
  url="https://www.hindustantimes.com/world-news/russia-ukraine-war-news-live-updates-january-15-2029-101768451234567.html",
  lede="Russia-Ukraine war news live: Follow the latest updates on the war, strikes on Kharkiv and Kyiv, and reactions from New Delhi.",
  page_author="Aditi Raghavan",
  basis="post stamp '{s}' (full date, 12-hour clock, IST printed; the LiveBlogPosting JSON-LD gives the same time with +05:30); local {d} in {z}",
  notes="Imitates a Hindustan Times live blog (HTML) with a LiveBlogPosting JSON-LD whose liveBlogUpdate items carry per-post headline and datePublished (+05:30). Newest first. Each post: stamp 'Jan 15, 2029 09:05 PM IST', h2 headline, paragraphs, 'Share this article'. Page byline 'By Aditi Raghavan | Updated on ...' (no per-post authors), used as the author of every post. IST = UTC+5:30: the posts run from 07:15 to 11:20 PM IST (01:45-17:50 UTC), all on 15 January UTC. Post 6 is a video teaser ('Watch:') with no text. The first Kharkiv report (01:40 PM) and the toll update (07:48 PM) are one story.",
  not_entries=["header logo, e-paper, navigation, Subscribe / Sign In", "breadcrumbs", "page title (h1)", "standfirst 'Russia-Ukraine war news live: Follow ...'",
               "byline and 'Updated on' line", "share bar, 'Follow Us on Google News'", "'LIVE UPDATES' label", "video placeholder 'Video: 00:58'",
               "'Share this article' under each post", "'Advertisement' box", "'Catch every big hit ...' boilerplate", "'Related Stories' link", "footer"],
  entries=[
  E("2029-01-15 23:20", "Ukraine says it struck Russian radar station in Crimea",
    ["Ukraine's military intelligence agency said its drones destroyed a long-range radar installation near Yevpatoria in occupied Crimea late on Monday.",
     "There was no immediate comment from Moscow, which rarely confirms damage from such attacks."],
    "strikes", "strikes", 2, "crimea-radar-station-drone-strike-2029-01-15"),
  E("2029-01-15 21:05", "India calls for dialogue and diplomacy, says Kharkiv deaths 'deeply disturbing'",
    ["The Ministry of External Affairs said on Monday evening that India was deeply disturbed by the loss of civilian lives in Kharkiv and reiterated its call for an end to the conflict through dialogue and diplomacy.",
     "The MEA spokesperson said India stood ready to contribute to any effort that brings the two sides back to the negotiating table."],
    "diplomacy", "diplomacy", 2, "india-mea-calls-for-dialogue-2029-01-15"),
  E("2029-01-15 19:48", "Kharkiv toll rises to 3, child among dead",
    ["The number of people killed in Monday's Russian strike on Kharkiv has risen to three, among them a nine-year-old boy, regional governor Oleh Syniehubov said.",
     "Seventeen people were injured, four of them seriously, after two guided bombs and a missile hit the city's Kyivskyi district."],
    "strikes", "strikes", 3, "kharkiv-strike-2029-01-15"),
  E("2029-01-15 17:30", "EU foreign ministers to take up new Russia sanctions package next week",
    ["European Union foreign ministers will discuss a new package of sanctions on Russia at their meeting in Brussels next week, with measures targeting liquefied natural gas shipments and more shadow-fleet tankers, diplomats said."],
    "diplomacy", "diplomacy", 2, "eu-new-sanctions-package-2029-01-15"),
  E("2029-01-15 13:40", "Explosions rock Kharkiv as Russia launches daytime strike",
    ["Loud explosions were heard across Kharkiv on Monday afternoon after Ukraine's air force warned of guided bombs launched towards the city, mayor Ihor Terekhov said on Telegram.",
     "Terekhov said there were casualties and that emergency services were at several sites."],
    "strikes", "strikes", 3, "kharkiv-strike-2029-01-15"),
  E("2029-01-15 11:25", "Watch: Aftermath of overnight drone attack on Kyiv's Darnytskyi district", [],
    "strikes", "strikes", 1, "kyiv-overnight-drone-attack-2029-01-15", n="video teaser, no text body"),
  E("2029-01-15 09:50", "Russia launched 150 drones overnight, Kyiv's Darnytskyi district hit",
    ["Russia launched 150 attack drones at Ukraine overnight, of which 118 were shot down, Ukraine's air force said on Monday.",
     "In Kyiv, debris fell on a high-rise block in the Darnytskyi district, injuring five people, according to the city's military administration."],
    "strikes", "strikes", 2, "kyiv-overnight-drone-attack-2029-01-15"),
  E("2029-01-15 07:15", "12 Indians recruited by Russian army still unaccounted for, says MEA",
    ["Twelve Indian nationals who were recruited to serve with the Russian army remain unaccounted for, the Ministry of External Affairs said, adding that it had taken up the matter with Moscow again.",
     "New Delhi has repeatedly asked Russia to discharge all Indians serving in its armed forces."],
    "other", "humanitarian", 2, "indians-in-russian-army-missing-2029-01-15", sec=["diplomacy"]),
  ]))

# ---------------------------------------------------------------- 16708 The Straits Times
SEEDS.append(dict(
  id="16708", name="16708_straitstimes-worldrss", ext="xml", source="The Straits Times", zone="Asia/Singapore", render=r_straitstimes,
  title="The Straits Times World News",
  basis="RSS pubDate '{s}' (explicit +0800 offset = Singapore time); local {d} in {z}",
  notes="Imitates The Straits Times World RSS feed. Newest first; pubDate with +0800; description is the one-paragraph standfirst; no creator element, so author is null for every item (the wire credit is not in the feed). SGT = UTC+8: items run 09:20 to 23:10 SGT = 01:20 to 15:10 UTC, all on 17 January UTC. Two off-beat items (Thai no-confidence vote, Tokyo stocks).",
  not_entries=["channel title/link/description/language/lastBuildDate", "media:thumbnail of every item", "guid/link URLs"],
  entries=[
  E("2029-01-17 23:10", "Russian drones hit Odesa energy facility, cutting power to 200,000",
    ["Russian drones struck an energy facility in the Ukrainian port city of Odesa overnight, leaving about 200,000 households without electricity and heating, the regional governor said on Jan 17."],
    "strikes", "strikes", 2, "odesa-energy-facility-drone-strike-2029-01-17"),
  OFF("2029-01-17 20:42", "Thai PM survives no-confidence vote after marathon debate",
    ["Thailand's prime minister comfortably survived a no-confidence motion in Parliament on Jan 17 after three days of debate over the economy and a border dispute with Cambodia."],
    "thailand-no-confidence-vote-2029-01-17", n="Thai politics", desk="asia"),
  E("2029-01-17 18:05", "Xi and Putin pledge closer ties in video call as Ukraine war drags on",
    ["Chinese President Xi Jinping and Russian President Vladimir Putin promised to deepen political and economic cooperation during a video call on Jan 17, with Mr Putin briefing Mr Xi on the state of contacts with Washington over Ukraine."],
    "diplomacy", "diplomacy", 3, "xi-putin-video-call-2029-01-17"),
  E("2029-01-17 14:30", "North Korea sent another 2 million artillery shells to Russia, says Seoul's spy agency",
    ["North Korea has shipped roughly two million more artillery shells and dozens of ballistic missiles to Russia since the summer, South Korea's National Intelligence Service told lawmakers on Jan 17."],
    "aid", "aid", 3, "north-korea-shells-to-russia-2029-01-17", desk="asia"),
  OFF("2029-01-17 11:15", "Tokyo stocks slip as yen strengthens ahead of BOJ meeting",
    ["Japanese shares fell on Jan 17 as a firmer yen weighed on exporters, with investors bracing for a possible interest rate rise at the Bank of Japan's meeting next week."],
    "tokyo-stocks-yen-2029-01-17", n="markets", desk="asia"),
  E("2029-01-17 09:20", "Zelensky says any peace deal must have Europe at the table",
    ["Ukrainian President Volodymyr Zelensky said on Jan 16 that no agreement to end the war could work unless European governments took part in drafting it, rejecting a proposal for talks limited to Washington, Moscow and Kyiv."],
    "diplomacy", "diplomacy", 2, "zelensky-europe-at-the-table-2029-01-16"),
  ]))

# ---------------------------------------------------------------- 16709 Arab News
SEEDS.append(dict(
  id="16709", name="16709_arabnews-world", ext="txt", source="Arab News", zone="Asia/Riyadh", render=r_arabnews,
  title="World", ref="2029-01-19 22:40", parse_args=["--date", "2029-01-19"],
  basis="relative stamp '{s}' counted back from the header clock 'Riyadh \u00b7 Friday 19 January \u00b7 22:40' (Riyadh time, UTC+3; no year printed, parse_args gives 2029-01-19); local {d} in {z}",
  notes="Imitates the Arab News World section as copied from the browser. The header shows a Riyadh time widget 'Riyadh \u00b7 Friday 19 January \u00b7 22:40' (the capture time) and a weather line; no year appears anywhere on the capture (footer without year), hence parse_args --date 2029-01-19 (the Riyadh day). Cards newest first: headline, credit line (AFP / Reuters / Arab News / SPA), relative stamp ('40 min ago', '2 hours ago'), summary. Every stamp is counted back from the header clock; Riyadh = UTC+3, so the cards (09:40-22:00 local) fall on 19 January UTC. Credits: agency names as printed; 'Arab News' is an organisation byline and kept. Two off-beat cards (Gaza ceasefire talks, oil prices).",
  not_entries=["masthead and tagline", "time widget line (the capture clock, used as the anchor) and weather line", "navigation line", "edition switcher",
               "section heading 'World' (page title)", "newsletter box after the third card", "'Load more'", "'Most Popular' link", "copyright and footer links"],
  entries=[
  B(E("2029-01-19 22:00", "Saudi Arabia welcomes Russia-Ukraine prisoner exchange it helped broker",
    ["Saudi Arabia on Friday welcomed the exchange of 310 prisoners between Russia and Ukraine, saying the swap followed mediation efforts by the Kingdom in cooperation with the UAE.",
     "A statement from the Foreign Ministry said Riyadh would continue to support all efforts to reach a political solution to the crisis."],
    "diplomacy", "diplomacy", 3, "saudi-mediated-prisoner-exchange-2029-01-19", a="SPA"), "SPA"),
  B(E("2029-01-19 20:40", "Russian strikes kill four in Ukraine's Kherson",
    ["Russian artillery and drone strikes on the southern Ukrainian city of Kherson killed four people and wounded 14 on Friday, the regional administration said.",
     "A bus carrying workers to a water treatment plant was among the vehicles hit."],
    "strikes", "strikes", 3, "kherson-shelling-2029-01-19", a="AFP"), "AFP"),
  B(OFF("2029-01-19 18:40", "Gaza ceasefire talks resume in Cairo",
    ["Egyptian and Qatari mediators hosted a new round of talks in Cairo on Friday aimed at consolidating the Gaza ceasefire and expanding aid deliveries, officials said."],
    "gaza-ceasefire-talks-cairo-2029-01-19", a="Reuters", n="Gaza"), "Reuters"),
  B(E("2029-01-19 15:40", "Ukrainian drone attack sparks fire at Russian Black Sea oil terminal",
    ["A Ukrainian drone attack set off a fire at an oil terminal in the Russian Black Sea port of Tuapse early on Friday, local authorities said, the third attack on the facility in two months.",
     "Loading of tankers was suspended while firefighters worked to put out the blaze."],
    "strikes", "strikes", 2, "tuapse-oil-terminal-drone-attack-2029-01-19", a="Reuters"), "Reuters"),
  B(OFF("2029-01-19 12:40", "Oil prices edge higher on supply concerns",
    ["Oil prices rose on Friday and were heading for a weekly gain, supported by concerns over supply disruptions and firmer demand signals from China."],
    "oil-prices-weekly-gain-2029-01-19", a="Reuters", n="markets"), "Reuters"),
  B(E("2029-01-19 09:40", "EU agrees to use frozen Russian assets to back Ukraine defense loan",
    ["EU governments on Thursday agreed to use the cash balances of immobilized Russian central bank assets to guarantee a new loan of up to 45 billion euros for Ukraine's defense needs, diplomats said.",
     "Moscow has called any use of the assets theft and threatened retaliation against European companies still operating in Russia."],
    "aid", "aid", 3, "eu-frozen-assets-defense-loan-2029-01-18", a="AFP", sec=["diplomacy"]), "AFP"),
  ]))


# ================================================================ Part B renderers (invented outlets)

def r_quillmoor(S):
    """text live, newest first, 'Key Points' block, 'HH:MM GMT' line before the headline, optional 'Reporting by NAME' after the body."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"], "Home | UK | World | Business | Sport | Opinion | Live", "", "LIVE", S["title"], S["dateline"], "", S["lede"], "",
         "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} GMT"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"Reporting by {e['a']}", ""]
        if i == 2:
            L += ["Get the Courier's Ukraine Briefing every weekday at 7am. Sign up here.", ""]
    L += ["Show earlier posts", "", f"\u00a9 {S['source']} 2029 \u00b7 Terms \u00b7 Privacy \u00b7 Cookie settings"]
    return "\n".join(L) + "\n", stamps


def r_varnstead(S):
    """HTML live, oldest first; LiveBlogPosting JSON-LD with per-update datePublished; visible 'HH:MM' inside <time datetime>;
    author line under the headline."""
    z = S["zone"]; order_check(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{i + 1}", "headline": e["h"], "datePublished": d.isoformat(),
             "articleBody": "\n\n".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "url": S["url"], "headline": S["title"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2014 {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<div class="cookie-bar">{esc(S["source"])} uses cookies to understand how the site is read. <button>Accept</button> <button>Manage</button></div>',
           f'<header><a class="brand" href="/">{esc(S["source"])}</a><nav><a href="/war">War</a> <a href="/politics">Politics</a> <a href="/economy">Economy</a> '
           '<a href="/regions">Regions</a> <a href="/donate">Donate</a></nav></header>',
           f'<main><p class="label">Live</p><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="post" id="post-{i + 1}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="post-author">{esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<div class="post-tools"><a>Copy link</a> <a>Share</a></div></article>')
        if i == 3:
            out.append('<aside class="read-also"><h3>Read also</h3><a href="/explainers/black-sea-corridor">How the Black Sea grain corridor works in wartime</a></aside>')
    out += ['</main>', f'<footer>{esc(S["source"])} \u00b7 Editorial policy \u00b7 Contacts \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_worldrss(S):
    """RSS 2.0 world feed (newest first), pubDate with the page's offset or 'GMT'; CDATA description with <p> paragraphs;
    dc:creator only when the entry has an author."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<atom:link href="{S["url"]}/rss.xml" rel="self" type="application/rss+xml" />',
           f'<description>{esc(S["lede"])}</description>', '<language>en</language>', f'<copyright>{esc(S["source"])}</copyright>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=S.get("rfc") == "GMT"); stamps.append(st)
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{S["url"]}/{e.get("cat", "world").lower()}/{slugify(e["h"], 48)}-{i + 4410}</link>',
                f'<guid isPermaLink="false">{S["guid"]}-{i + 4410}</guid>', f'<pubDate>{st}</pubDate>', f'<category>{e.get("cat", "World")}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_article(S):
    """text article with section headings; one byline and one dateline with zone; no per-section times."""
    z = S["zone"]
    L = [S["source"], "Home  \u203a  International  \u203a  Ukraine", "", S["title"], "", S["lede"], "", f"By {S['page_author']}", S["dateline"], "",
         "Share  \u00b7  Save  \u00b7  Print", ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 0:
            L += [f"Also read: {S['also']}", ""]
    L += [S["signoff"], "", f"More from {S['source']}", "Subscribe to the Review's Eastern Europe newsletter", "",
          f"\u00a9 2029 {S['source']} \u00b7 Imprint \u00b7 Data protection"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_atom(S):
    """Atom feed, newest first; <published> with the page's offset (or Z); optional <author><name>; HTML <content> escaped once."""
    z = S["zone"]; order_check(S, True); last = dt(S["entries"][0]["t"], z)
    iso = (lambda d: d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")) if S.get("iso") == "Z" else (lambda d: d.isoformat())
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
           f'<title>{esc(S["title"])}</title>', f'<subtitle>{esc(S["lede"])}</subtitle>', f'<id>{S["url"]}/</id>',
           f'<link rel="alternate" href="{S["url"]}/" />', f'<link rel="self" href="{S["url"]}/feed.atom" />', f'<updated>{iso(last)}</updated>',
           f'<generator>{S.get("generator", "Publii")}</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        link = f'{S["url"]}/{d.year}/{d.month:02d}/{d.day:02d}/{slugify(e["h"], 50)}'
        out += ['<entry>', f'<title type="text">{esc(e["h"])}</title>', f'<link rel="alternate" type="text/html" href="{link}" />',
                f'<id>tag:{S["tag"]},{d.year}:{i + 207}</id>', f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        if e.get("cat"):
            out.append(f'<category term="{attr(e["cat"])}" />')
        out += ['<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>', '</entry>']
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


def r_farlowe(S):
    """HTML live without JSON-LD; newest first; bare 'HH:MM' in a <span> above each h2; the zone is printed once for the page
    ('All times CET'); photo teaser with gallery placeholder."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title>',
           f'<meta name="description" content="{attr(S["lede"])}"></head><body>',
           f'<header class="masthead"><a href="/">{esc(S["source"])}</a> <span class="edition">English edition</span>'
           '<nav><a href="/poland">Poland</a> <a href="/ukraine-war">Ukraine war</a> <a href="/europe">Europe</a> <a href="/business">Business</a> <a href="/opinion">Opinion</a></nav></header>',
           f'<main class="live"><span class="live-badge">LIVE</span><h1>{esc(S["title"])}</h1>', f'<p class="live-meta">{esc(S["dateline"])}</p>',
           f'<p class="live-lede">{esc(S["lede"])}</p>', '<button class="refresh">Refresh</button>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<section class="entry"><span class="entry-time">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery">Gallery: 12 photos</div>')
        if e["a"]:
            out.append(f'<p class="entry-sign">({esc(e["a"])})</p>')
        out.append('</section>')
        if i == 2:
            out.append('<div class="promo">Support independent journalism from Warsaw. <a href="/subscribe">Subscribe</a></div>')
    out += ['</main>', f'<footer>{esc(S["source"])} \u00b7 About \u00b7 Advertising \u00b7 Privacy policy \u00b7 \u00a9 2029</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_hobcroft(S):
    """text live, oldest first; 'h:mm a.m. ET' line before each headline; per-post author line 'By NAME' (optional)."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"].upper(), "World  |  Nation  |  Markets  |  Live", "", S["title"], S["dateline"], "", S["lede"], "", "Updates (oldest first)", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, space=' ', dots=True)} ET"; stamps.append(st)
        L += [st, e["h"]] + ([f"By {e['a']}"] if e["a"] else []) + [""] + ptxt(e["p"])
        if i == 3:
            L += ["ADVERTISEMENT", ""]
    L += ["This page will be updated.", "", f"{S['source']} | Newsroom standards | Contact | \u00a9 2029"]
    return "\n".join(L) + "\n", stamps


def r_corvenish(S):
    """text live, oldest first; bare 'HH:MM' line before each headline; date line without a year; one two-name page byline."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "Front page \u00b7 War \u00b7 Regions \u00b7 Culture \u00b7 Podcasts", "", S["title"], S["dateline"], f"By {S['page_author']}", "",
         S["lede"], "", S["timenote"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 2:
            L += ["Support our reporting from Ukraine: become a member.", ""]
    L += ["End of today's updates. We will be back tomorrow morning.", "", f"{S['source']} \u00b7 About us \u00b7 Corrections \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_rookwell(S):
    """HTML live, @graph with @type array [NewsArticle, LiveBlogPosting] and no liveBlogUpdate; '7.55pm' inside <time> above each h3;
    newest first; signature line '\u2014 NAME' under each post."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"] + "#article", "headline": S["title"], "datePublished": first.isoformat(),
         "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "author": {"@type": "Organization", "name": S["source"]},
         "isPartOf": {"@id": S["url"] + "#webpage"}},
        {"@type": "WebPage", "@id": S["url"] + "#webpage", "url": S["url"], "name": S["title"]}]}
    out = ['<!DOCTYPE html>', '<html lang="en-IE"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header><a class="logo" href="/">{esc(S["source"])}</a><nav><a href="/news">News</a> <a href="/world">World</a> <a href="/business">Business</a> '
           '<a href="/sport">Sport</a> <a href="/weather">Weather</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="meta">{esc(S["dateline"])}</p>', f'<p class="intro">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, sep="."); stamps.append(st)
        out.append(f'<div class="live-post"><time datetime="{d.isoformat()}">{st}</time><h3>{esc(e["h"])}</h3>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="video-embed">Video (0:47)</div>')
        if e["a"]:
            out.append(f'<p class="sig">\u2014 {esc(e["a"])}</p>')
        out.append('</div>')
        if i == 2:
            out.append('<div class="promo">Get the Rookwell Journal evening newsletter</div>')
    out += ['</main>', f'<footer>{esc(S["source"])} \u00b7 Contact \u00b7 Privacy \u00b7 Cookie settings</footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ================================================================ PART B: three multi-source days (invented outlets)

# ---------------------------------------------------------------- Day 1: 2029-01-23
MYK = "mykolaiv-missile-strike-2029-01-23"
SYB = "sybiha-fidan-ankara-black-sea-talks-2029-01-23"
PORTS = "analysis-southern-ports-air-defence-gap"
PORTS_H = "Analysis: Why Ukraine's southern ports keep getting hit"
PORTS_P = ["Mykolaiv, Odesa and the smaller Danube ports lie only minutes of flight time from Russian launch sites in occupied Crimea, which leaves air defence crews very little warning when ballistic missiles are fired.",
           "Ukraine's most capable interceptors are concentrated around Kyiv and a handful of power plants, and southern commanders have complained for months that their cities get whatever is left over.",
           "For Moscow the ports are an obvious target: they handle most of Ukraine's grain and metal exports, the country's largest source of foreign currency after Western aid."]

SEEDS.append(dict(
  id="16720", name="16720_quillmoor-textlive", ext="txt", source="Quillmoor Courier", zone="Europe/London", render=r_quillmoor,
  title="Ukraine war live: ballistic missiles hit Mykolaiv; Sybiha in Ankara for Black Sea talks",
  dateline="Tuesday 23 January 2029",
  lede="Russian ballistic missiles struck a residential district of the southern city of Mykolaiv on Tuesday morning. Follow the day's developments here.",
  basis="stamp '{s}' (24-hour time with 'GMT'; the day comes from the page's date line 'Tuesday 23 January 2029'); local {d} in {z}",
  notes="Invented outlet. Text live blog, newest first. Each post: 'HH:MM GMT' line, headline line, paragraphs, optional 'Reporting by NAME' line (author; posts without one have author null). A 'Key Points' block lists three post headlines (key_point true). Post 5 is a 'Watch:' video teaser with no text. Post 2 is an analysis (theme piece) that mentions the Mykolaiv strike but is its own story; it is re-posted verbatim on day 2 by Hobcroft Evening Wire (16732-02). Mykolaiv toll here: at least 4 (07:12) -> 7 (Zelensky, 10:05) -> 11 (18:52).",
  not_entries=["outlet name and navigation line", "'LIVE' label", "page title", "date line 'Tuesday 23 January 2029'", "standfirst 'Russian ballistic missiles struck ...'",
               "'Key Points' heading and its bullet list (repeats post headlines)", "'Latest' label", "'Reporting by ...' lines (author credits, not body)",
               "newsletter sign-up line after the third post", "'Show earlier posts'", "footer"],
  entries=[
  E("2029-01-23 18:52", "Mykolaiv death toll rises to 11, governor says",
    ["Eleven people are now confirmed dead after this morning's missile strike on Mykolaiv, the regional governor said in an evening update, adding that 58 people were being treated in hospital.",
     "Rescue teams are still working through the remains of a five-storey block in the Inhulskyi district, where most of the victims lived."],
    "strikes", "strikes", 3, MYK, a="Fenella Marsh", kp=True),
  E("2029-01-23 17:30", PORTS_H, PORTS_P,
    "strikes", "strikes", 2, PORTS, a="Idris Kettering", n="theme piece: analysis of why the southern ports are exposed; mentions Mykolaiv but is its own story (must not merge with the Mykolaiv strike)"),
  E("2029-01-23 15:10", "Norway to fund Ukrainian-made interceptor missiles",
    ["Norway will pay for the production of interceptor missiles at a Ukrainian plant under a deal worth 2.4 billion kroner, the Norwegian defence ministry said on Tuesday.",
     "The first missiles are expected to reach Ukrainian units before the summer."],
    "aid", "aid", 2, "norway-funds-ukrainian-interceptors-2029-01-23", n="same air-defence aid theme as Germany's IRIS-T pledge (16723-02) but another donor and decision: must not merge"),
  E("2029-01-23 13:45", "Sybiha and Fidan discuss Black Sea shipping in Ankara",
    ["Ukraine's foreign minister Andrii Sybiha met his Turkish counterpart Hakan Fidan in Ankara on Tuesday to discuss the safety of merchant ships in the Black Sea, where several vessels have been hit near Ukrainian ports this winter.",
     "Fidan said Turkey was ready to host technical talks between Ukrainian and Russian naval officers on a shipping truce."],
    "diplomacy", "diplomacy", 3, SYB, a="Fenella Marsh", kp=True),
  E("2029-01-23 11:20", "Watch: Rescuers search collapsed building in Mykolaiv", [],
    "strikes", "strikes", 1, MYK, n="video teaser, no text body"),
  E("2029-01-23 10:05", "Zelensky: Mykolaiv strike 'aimed at people, not soldiers'",
    ["President Volodymyr Zelensky said the missiles that hit Mykolaiv this morning had struck homes and a tram depot, not military sites, and that the death toll had risen to seven.",
     "\"Every such strike is a reminder of what air defence means,\" he wrote on Telegram, posting a video of firefighters at the scene."],
    "strikes", "strikes", 3, MYK, a="Idris Kettering", n="reaction whose content is the attack itself (toll, targets): same story"),
  E("2029-01-23 07:12", "Ballistic missiles hit Mykolaiv, at least four killed",
    ["At least four people were killed when Russian ballistic missiles struck the southern Ukrainian city of Mykolaiv shortly before 9am local time, the regional governor said.",
     "Ukraine's air force said the missiles were launched from Crimea and reached the city in under three minutes."],
    "strikes", "strikes", 3, MYK, a="Fenella Marsh", kp=True),
  E("2029-01-23 05:40", "Russia says it downed 32 Ukrainian drones over border regions",
    ["Russia's defence ministry said its air defences destroyed 32 Ukrainian drones overnight, most of them over the Bryansk and Kursk regions.",
     "The Kursk governor said a power line was damaged near the town of Rylsk."],
    "strikes", "strikes", 2, "ukrainian-drones-over-bryansk-kursk-2029-01-23"),
  ]))

SEEDS.append(dict(
  id="16721", name="16721_varnstead-ldlive", ext="html", source="Varnstead Herald", zone="Europe/Kyiv", render=r_varnstead,
  title="War in Ukraine, day by day: 23 January 2029",
  url="https://varnsteadherald.example/live/war-in-ukraine-23-january-2029",
  dateline="Tuesday, 23 January 2029 \u00b7 Kyiv time",
  lede="Missile strike on Mykolaiv, foreign minister's visit to Turkey, power cuts in the south: our rolling coverage.",
  basis="visible '<time>' text '{s}' (Kyiv time, printed once in the dateline 'Tuesday, 23 January 2029 \u00b7 Kyiv time'; the JSON-LD update datePublished gives the same instant with +02:00); local {d} in {z}",
  notes="Invented outlet (Kyiv-based English service). HTML live blog, oldest first, with a LiveBlogPosting JSON-LD whose liveBlogUpdate items carry per-post headline, datePublished (+02:00), articleBody and author. Visible posts: <time datetime> with 'HH:MM', h2 headline, author line, paragraphs. Post 6 repeats post 4 near-verbatim (duplicate_of 16721-04). Post 1 (drones on Ochakiv, same Mykolaiv region, overnight) is a different attack from the Mykolaiv city missile strike: must not merge. Mykolaiv toll here: explosions (08:55) -> 7 (11:40) -> 9 (19:30).",
  not_entries=["cookie bar", "header brand and navigation", "'Live' label", "page title", "dateline 'Tuesday, 23 January 2029 \u00b7 Kyiv time'",
               "standfirst", "'Copy link / Share' tools under each post", "'Read also' box after the fourth post", "footer"],
  entries=[
  E("2029-01-23 06:30", "Drones hit Ochakiv port overnight, one injured",
    ["Russian drones struck port infrastructure in Ochakiv, at the mouth of the Dnipro-Buh estuary in Mykolaiv region, overnight, injuring a security guard, the regional military administration said.",
     "A warehouse and two fishing boats were damaged."],
    "strikes", "strikes", 2, "ochakiv-port-drone-attack-2029-01-23", a="Taras Hnatyuk", n="same region as the Mykolaiv city missile strike but a separate overnight drone attack on another town: must not merge"),
  E("2029-01-23 08:55", "Explosions in Mykolaiv as ballistic missiles strike the city",
    ["A series of powerful explosions shook Mykolaiv at about 08:40 after the air force warned of ballistic missiles launched from Crimea.",
     "City officials say a residential building in the Inhulskyi district has partly collapsed and that there are dead and injured."],
    "strikes", "strikes", 3, MYK, a="Taras Hnatyuk"),
  E("2029-01-23 11:40", "Mykolaiv toll rises to seven, rescuers search rubble",
    ["Seven people have been killed and 41 injured in the morning missile strike on Mykolaiv, the State Emergency Service said.",
     "Rescuers with dogs are searching the collapsed section of the building, where residents say at least five more people may be trapped."],
    "strikes", "strikes", 3, MYK, a="Olena Bortnyk"),
  E("2029-01-23 13:20", "Sybiha arrives in Ankara for talks on Black Sea security",
    ["Foreign Minister Andrii Sybiha has arrived in Ankara for talks with Turkish Foreign Minister Hakan Fidan on the security of shipping in the Black Sea.",
     "The ministry said the two would also discuss the return of Ukrainian civilians held by Russia, a subject on which Turkey has offered to mediate."],
    "diplomacy", "diplomacy", 3, SYB, a="Olena Bortnyk"),
  E("2029-01-23 15:05", "Grid operator orders power cuts in three southern regions",
    ["Ukraine's grid operator ordered scheduled power cuts in the Mykolaiv, Odesa and Kherson regions for Wednesday, saying repair work on damaged substations would take several days.",
     "Hospitals and water utilities will be kept on separate lines."],
    "other", "humanitarian", 2, "southern-ukraine-power-cuts-2029-01-23", a="Taras Hnatyuk", sec=["strikes"]),
  E("2029-01-23 16:50", "Sybiha arrives in Ankara for talks on Black Sea security",
    ["Foreign Minister Andrii Sybiha has arrived in Ankara for talks with Turkish Foreign Minister Hakan Fidan on the security of shipping in the Black Sea.",
     "The ministry said the two would also discuss the return of Ukrainian civilians held by Russia."],
    "diplomacy", "diplomacy", 1, SYB, a="Olena Bortnyk", dup="16721-04", n="near-verbatim repeat of post 4 (same headline, first paragraph identical)"),
  E("2029-01-23 19:30", "Mykolaiv: nine dead, 64 injured; day of mourning on Wednesday",
    ["The number of people killed in the morning strike on Mykolaiv has risen to nine, including two children, and 64 people were injured, the regional governor said.",
     "The city council declared Wednesday a day of mourning. Flags will fly at half mast and entertainment events are cancelled."],
    "strikes", "strikes", 3, MYK, a="Taras Hnatyuk"),
  ]))

SEEDS.append(dict(
  id="16722", name="16722_orlanby-worldrss", ext="xml", source="Orlanby World Service", zone="UTC", render=r_worldrss,
  title="Orlanby World Service - World", url="https://orlanby.example/news", guid="orlanby-ws", rfc="GMT",
  lede="Top world stories from the Orlanby World Service newsroom.",
  basis="RSS pubDate '{s}' (GMT); local {d} in {z}",
  notes="Invented outlet. General world RSS feed, newest first, pubDate in GMT, CDATA descriptions with <p> paragraphs, no creator elements (author null). War items are a minority: 2 of 6 (the strike, spelled 'Nikolaev', and Sybiha's Ankara visit); 4 off-beat items (Davos, Chile wildfires, Indonesian volcano, Australian Open).",
  not_entries=["channel title, link, atom:link, description, language, copyright", "category elements", "guid/link URLs"],
  entries=[
  OFF("2029-01-23 21:30", "Davos forum closes with warnings over new trade barriers",
    ["The World Economic Forum's annual meeting in Davos ended on Tuesday with business leaders and finance ministers warning that a fresh round of tariffs could tip several large economies into recession."],
    "davos-forum-closes-2029-01-23", n="world economy", cat="Business"),
  OFF("2029-01-23 18:05", "Chile battles wildfires near Valparaiso as heatwave intensifies",
    ["Chilean firefighters were fighting more than 30 forest fires in the central Valparaiso region on Tuesday, and the government declared a state of emergency in two provinces."],
    "chile-wildfires-valparaiso-2029-01-23", n="natural disaster"),
  E("2029-01-23 15:40", "Ukraine's foreign minister in Ankara for Black Sea talks",
    ["Ukraine's top diplomat Andrii Sybiha held talks in Ankara on Tuesday with Turkey's Hakan Fidan, who offered to host a meeting of naval officers from Ukraine and Russia on making the Black Sea safe for merchant shipping."],
    "diplomacy", "diplomacy", 3, SYB),
  E("2029-01-23 12:15", "Missile strike on Nikolaev kills at least seven",
    ["At least seven people were killed and dozens injured when Russian missiles hit the Ukrainian port city of Nikolaev on Tuesday morning, Ukrainian officials said.",
     "Moscow, which says it does not target civilians, made no immediate comment."],
    "strikes", "strikes", 3, MYK, n="spelled 'Nikolaev' (Russian transliteration of Mykolaiv)"),
  OFF("2029-01-23 09:30", "Indonesia's Lewotobi volcano erupts again, flights to Bali cancelled",
    ["Mount Lewotobi Laki-Laki on the Indonesian island of Flores erupted again early on Tuesday, sending an ash column eight kilometres into the sky and forcing airlines to cancel flights to and from Bali."],
    "lewotobi-eruption-2029-01-23", n="natural disaster", cat="Asia"),
  OFF("2029-01-23 06:10", "Defending champion reaches Australian Open semi-finals",
    ["The men's defending champion reached the Australian Open semi-finals in Melbourne on Tuesday, winning in straight sets despite temperatures above 35C."],
    "australian-open-quarter-final-2029-01-23", n="sport", cat="Sport"),
  ]))

SEEDS.append(dict(
  id="16723", name="16723_tessock-article", ext="txt", source="Tessock Review", zone="Europe/Berlin", render=r_article,
  title="Mykolayiv mourns as Berlin pledges more air defence",
  lede="Tuesday's missile strike on Mykolayiv was the deadliest in southern Ukraine this winter. Germany answered with a new pledge.",
  page_author="Henrike Maas", dateline="23 January 2029, 16:45 CET",
  also="Ukraine's air defence: who delivers what",
  signoff="Henrike Maas reports on Eastern Europe for the Tessock Review from Berlin.",
  basis="no per-section time: every section takes the article's dateline '23 January 2029, 16:45 CET'; local {d} in {z}",
  notes="Invented outlet (Berlin). Text article with three h2-style section headings (headline = heading), one byline and one dateline '23 January 2029, 16:45 CET' (stamp null, published = dateline). Author = the page byline for every section. Spells the city 'Mykolayiv'. Section 2 (Germany's IRIS-T pledge) shares the air-defence theme with Norway's funding (16720-03) but is another donor and decision: must not merge. The 'Also read' line and the sign-off are chrome.",
  not_entries=["outlet name and breadcrumb", "article title (page title)", "standfirst", "byline 'By Henrike Maas' and dateline", "share line",
               "'Also read:' link line after section 1", "author sign-off line", "'More from' box and newsletter line", "footer"],
  entries=[
  E("2029-01-23 16:45", "Death toll climbs in Mykolayiv",
    ["The Russian missile attack on Mykolayiv on Tuesday morning killed at least nine people, according to the regional administration, making it the deadliest strike on a southern Ukrainian city since the autumn.",
     "Two ballistic missiles hit a residential block and a tram depot in the Inhulskyi district. Local officials said the interval between the air-raid alert and the impacts was less than three minutes.",
     "Ukraine's government said the missiles were of the Iskander-M type, fired from the north-west of Crimea."],
    "strikes", "strikes", 3, MYK, n="spelled 'Mykolayiv'"),
  E("2029-01-23 16:45", "Berlin pledges two more IRIS-T systems",
    ["The German government said on Tuesday it would deliver two additional IRIS-T SLM air defence systems to Ukraine this year, along with several hundred interceptor missiles.",
     "Defence ministry officials in Berlin said the decision had been prepared before the attack on Mykolayiv but was brought forward in light of it."],
    "aid", "aid", 3, "germany-two-more-iris-t-2029-01-23", n="air-defence aid theme shared with Norway's funding (16720-03); a different pledge: must not merge; mentions Mykolayiv only as context"),
  E("2029-01-23 16:45", "Moldova expels Russian diplomat over drone incursions",
    ["Moldova declared a Russian embassy official persona non grata on Tuesday, accusing Moscow of ignoring repeated protests over drones that have crashed on Moldovan territory during attacks on southern Ukraine.",
     "Russia's foreign ministry promised a response."],
    "diplomacy", "diplomacy", 2, "moldova-expels-russian-diplomat-2029-01-23"),
  ]))

# ---------------------------------------------------------------- Day 2: 2029-01-24
NOVO = "novokuibyshevsk-refinery-drone-strike-2029-01-24"
EUSANC = "eu-new-russia-sanctions-package-2029-01-24"
RAID = "overnight-russian-drone-raid-2029-01-24"

SEEDS.append(dict(
  id="16730", name="16730_drummelly-atom", ext="xml", source="Drummelly Standard", zone="Europe/Kyiv", render=r_atom,
  title="Drummelly Standard \u2014 Ukraine", url="https://drummellystandard.example/ukraine", tag="drummellystandard.example",
  lede="News from Ukraine and about Ukraine, from our Kyiv desk.",
  basis="Atom <published> '{s}' (explicit +02:00 offset, Kyiv time); local {d} in {z}",
  notes="Invented outlet (Kyiv desk). Atom feed, newest first, <published>/<updated> with +02:00, <author><name> per entry, HTML content escaped once. Entry 1 continues day 1's Mykolaiv strike (search over, toll 12): same story slug as day 1, rated for day 2 (importance 3, carried by two day-2 seeds). Entries 4 and 6 are Russia's overnight drone raid on Ukraine (one story): the opposite direction from the Novokuibyshevsk refinery strike, must not merge. The EU sanctions package (entry 2) must not merge with the US Treasury tanker sanctions (16731-05).",
  not_entries=["feed title, subtitle, id, links, updated, generator", "entry ids, links and category terms"],
  entries=[
  E("2029-01-24 20:40", "Mykolaiv search ends; 12 dead in Tuesday's missile strike",
    ["Rescuers in Mykolaiv finished clearing the rubble of the apartment block hit by Russian missiles on Tuesday, and the final toll stands at 12 dead and 66 injured, the regional governor said.",
     "The city held a day of mourning on Wednesday, with residents laying flowers outside the ruined building."],
    "strikes", "strikes", 3, MYK, a="Kateryna Lozova", n="continuation of day 1 (16720/16721/16722/16723): new development (search over, final toll), same story slug"),
  E("2029-01-24 18:10", "EU adopts new sanctions package targeting LNG and shadow fleet",
    ["European Union governments formally adopted a new package of sanctions against Russia on Wednesday, banning short-term contracts for Russian liquefied natural gas and adding 60 tankers to the list of vessels barred from EU ports.",
     "Hungary lifted its objection after the package was changed to exclude nuclear fuel."],
    "diplomacy", "diplomacy", 3, EUSANC, a="Mykola Serdiuk", n="same sanctions theme as the US Treasury tanker designations (16731-05), a different decision: must not merge"),
  E("2029-01-24 17:25", "Second death confirmed after Novokuibyshevsk refinery strike",
    ["A second worker has died of burns suffered during the Ukrainian drone attack on the Novokuibyshevsk oil refinery, the governor of Russia's Samara region said on Wednesday evening."],
    "strikes", "strikes", 3, NOVO, a="Mykola Serdiuk"),
  E("2029-01-24 12:05", "Kharkiv trolleybus depot damaged in overnight drone attack",
    ["Russian drones hit a trolleybus depot in Kharkiv's Slobidskyi district during the night, burning out eight vehicles, mayor Ihor Terekhov said. Two employees suffered minor injuries."],
    "strikes", "strikes", 2, RAID, a="Kateryna Lozova", n="Russia's overnight raid on Ukraine: must not merge with the Novokuibyshevsk refinery strike in Russia"),
  E("2029-01-24 09:30", "Drones set Novokuibyshevsk refinery ablaze, Samara governor says",
    ["A fire broke out at the Novokuibyshevsk oil refinery in Russia's Samara region after a drone attack early on Wednesday, the regional governor said, adding that one of the plant's distillation units was damaged.",
     "A source in Ukraine's security service told the Standard that the strike was carried out by long-range drones launched from Ukrainian territory."],
    "strikes", "strikes", 3, NOVO, a="Mykola Serdiuk"),
  E("2029-01-24 07:45", "Air force: 96 of 131 Russian drones downed overnight",
    ["Ukraine's air force said it shot down or jammed 96 of the 131 drones Russia launched overnight, with hits recorded in the Kharkiv, Sumy and Dnipropetrovsk regions."],
    "strikes", "strikes", 2, RAID, a="Kateryna Lozova"),
  ]))

SEEDS.append(dict(
  id="16731", name="16731_farlowe-htmllive", ext="html", source="Farlowe Tribune", zone="Europe/Warsaw", render=r_farlowe,
  title="Russia's war in Ukraine: live updates, 24 January",
  dateline="Wednesday, 24 January 2029 \u00b7 All times CET",
  lede="Ukrainian drones hit a refinery on the Volga, Mykolaiv mourns its dead and Poland expands its training mission.",
  basis="bare '{s}' above the headline; the page prints 'All times CET' and the date 'Wednesday, 24 January 2029' once; local {d} in {z}",
  notes="Invented outlet (Warsaw, English edition). HTML live page without JSON-LD, newest first. Each entry: a <span> with bare 'HH:MM', h2 headline, paragraphs, optional signature '(NAME)' (author; unsigned entries have author null). The zone is printed once for the page ('All times CET', CET = UTC+1). Entry 4 is a 'Photos:' gallery teaser with no text. Spells the refinery town 'Novokuybyshevsk'. Entry 2 continues day 1's Mykolaiv strike (day of mourning, toll 12).",
  not_entries=["masthead, 'English edition', navigation", "'LIVE' badge", "page title", "date/zone line 'Wednesday, 24 January 2029 \u00b7 All times CET'", "standfirst",
               "'Refresh' button", "gallery placeholder 'Gallery: 12 photos'", "signature lines '(NAME)' (author credits)", "subscription promo after the third entry", "footer"],
  entries=[
  E("2029-01-24 20:15", "Poland to train 10,000 more Ukrainian soldiers this year",
    ["Poland will train up to 10,000 Ukrainian soldiers at its bases in 2029, roughly twice last year's number, Defence Minister W\u0142adys\u0142aw Kosiniak-Kamysz said on Wednesday.",
     "The courses will focus on drone operators and combat engineers."],
    "aid", "aid", 2, "poland-trains-ukrainian-soldiers-2029-01-24", a="Marta Zielak"),
  E("2029-01-24 18:30", "Mykolaiv holds day of mourning as toll reaches 12",
    ["Mykolaiv observed a day of mourning on Wednesday for the victims of Tuesday's missile strike, which regional authorities now say killed 12 people.",
     "President Zelensky promised that the destroyed building would be rebuilt with state money within a year."],
    "strikes", "strikes", 3, MYK, a="Marta Zielak", n="continuation of day 1 (day of mourning, toll 12), same story slug"),
  E("2029-01-24 15:00", "Novokuybyshevsk refinery halts processing after drone strike",
    ["The oil refinery in Novokuybyshevsk, one of the largest in the Volga region, has stopped processing crude after Wednesday's drone attack, two industry sources told Reuters.",
     "Russia's Samara regional government said one worker was killed and the fire was extinguished by midday."],
    "strikes", "strikes", 3, NOVO, n="spelled 'Novokuybyshevsk'"),
  E("2029-01-24 12:40", "Photos: Smoke over the Novokuybyshevsk refinery", [],
    "strikes", "strikes", 1, NOVO, n="photo-gallery teaser, no text body"),
  E("2029-01-24 10:10", "US Treasury sanctions 40 more shadow-fleet tankers",
    ["The US Treasury Department added 40 tankers and four shipping companies in the United Arab Emirates and Hong Kong to its sanctions list, saying they carried Russian oil above the price cap."],
    "diplomacy", "diplomacy", 2, "us-treasury-shadow-fleet-sanctions-2029-01-24", a="Piotr Grabarek", n="same sanctions theme as the EU package (16730-02) but a different measure: must not merge"),
  E("2029-01-24 08:20", "Belarus begins snap military drills near Polish border",
    ["Belarus launched unannounced combat-readiness drills involving about 4,000 troops in the Brest and Grodno regions on Wednesday morning, its defence ministry said.",
     "Polish border guards said they were watching the exercise closely but saw no immediate threat."],
    "other", "security", 2, "belarus-snap-drills-2029-01-24", a="Piotr Grabarek"),
  ]))

SEEDS.append(dict(
  id="16732", name="16732_hobcroft-textlive", ext="txt", source="Hobcroft Evening Wire", zone="America/New_York", render=r_hobcroft,
  title="Russia-Ukraine: live updates for Wednesday",
  dateline="Wednesday, January 24, 2029",
  lede="Ukraine says it struck a major refinery on the Volga; the Kremlin threatens a response.",
  basis="stamp '{s}' ('ET' printed; the day comes from the page's date line 'Wednesday, January 24, 2029'); local {d} in {z}",
  notes="Invented outlet (New York). Text live blog, oldest first. Each post: 'h:mm a.m. ET' line, headline line, optional 'By NAME' line (author; posts without one have author null), paragraphs. Post 2 is a verbatim re-post of day 1's analysis from the Quillmoor Courier (16720-02: same headline, same text, same author): importance 1, same story slug, duplicate_of null (duplicates are within a seed). Post 3 is an explainer (theme piece) that mentions the Novokuibyshevsk strike but is its own story. Post 4 repeats post 1 near-verbatim (duplicate_of 16732-01). Post 5 (the Kremlin's reaction) is about the refinery strike itself, so it shares that story. ET in January = EST (UTC-5).",
  not_entries=["outlet name and navigation line", "page title", "date line 'Wednesday, January 24, 2029'", "standfirst", "'Updates (oldest first)' label",
               "'By NAME' lines (author credits)", "'ADVERTISEMENT' marker", "'This page will be updated.'", "footer"],
  entries=[
  E("2029-01-24 06:10", "Ukraine says its drones hit refinery deep inside Russia",
    ["Ukraine's General Staff said Wednesday that its drones struck the Novokuibyshevsk oil refinery in Russia's Samara region, roughly 1,000 kilometers from the front line, causing a large fire.",
     "The Samara governor confirmed the attack and said one worker had been killed."],
    "strikes", "strikes", 3, NOVO, a="Dana Whitcomb"),
  E("2029-01-24 07:35", PORTS_H, PORTS_P,
    "strikes", "strikes", 1, PORTS, a="Idris Kettering", n="re-post of day-1 entry 16720-02 (Quillmoor Courier analysis), verbatim: importance 1, same story"),
  E("2029-01-24 09:20", "Explainer: How far can Ukraine's long-range drones reach?",
    ["Wednesday's strike on the Novokuibyshevsk refinery is a reminder of how far Ukraine's home-built attack drones now fly: the plant sits about 1,000 kilometers from the nearest Ukrainian-held territory.",
     "The drones are slow and most are shot down, but they are cheap enough to launch by the hundred, and Ukrainian officials say several models can now reach the Urals.",
     "Russia has responded by moving air-defense units away from the front to protect refineries and airbases, which Kyiv counts as a gain in itself."],
    "strikes", "strikes", 2, "explainer-ukraine-long-range-drone-reach", a="Marcus Ebert",
    n="theme piece: explainer on drone range; mentions the Novokuibyshevsk strike but is its own story (must not merge)"),
  E("2029-01-24 11:05", "Ukraine says its drones hit refinery deep inside Russia",
    ["Ukraine's General Staff said Wednesday that its drones struck the Novokuibyshevsk oil refinery in Russia's Samara region, roughly 1,000 kilometers from the front line, causing a large fire.",
     "The Samara governor said one worker had been killed."],
    "strikes", "strikes", 1, NOVO, a="Dana Whitcomb", dup="16732-01", n="near-verbatim repeat of post 1"),
  E("2029-01-24 12:50", "Kremlin says refinery strikes 'will not go unanswered'",
    ["Kremlin spokesman Dmitry Peskov said Wednesday that the drone attack on the Novokuibyshevsk refinery was an act of terrorism that \"will not go unanswered.\"",
     "He declined to say whether the plant had stopped working."],
    "strikes", "strikes", 3, NOVO, a="Dana Whitcomb", n="official reaction whose content is the refinery attack itself: same story", sec=["diplomacy"]),
  E("2029-01-24 14:30", "Senate panel schedules hearing on Ukraine loan guarantees",
    ["The Senate Foreign Relations Committee will hold a hearing next week on a bill to guarantee loans Ukraine takes out to buy American weapons, the committee chairman said Wednesday."],
    "aid", "aid", 2, "senate-hearing-ukraine-loan-guarantees-2029-01-24", a="Marcus Ebert"),
  E("2029-01-24 16:45", "Samara governor: second worker dies after refinery strike",
    ["A second worker injured in the drone attack on the Novokuibyshevsk refinery has died in hospital, the governor of Russia's Samara region said Wednesday evening local time."],
    "strikes", "strikes", 3, NOVO, a="Dana Whitcomb"),
  ]))

SEEDS.append(dict(
  id="16733", name="16733_ospreyvale-worldrss", ext="xml", source="Ospreyvale Bulletin", zone="America/Toronto", render=r_worldrss,
  title="Ospreyvale Bulletin | World", url="https://ospreyvalebulletin.example/world", guid="ospreyvale-world",
  lede="World news from the Ospreyvale Bulletin, Toronto.",
  basis="RSS pubDate '{s}' (explicit -0500 offset, Toronto time); local {d} in {z}",
  notes="Invented outlet (Toronto). General world RSS feed, newest first, pubDate with -0500, CDATA descriptions, dc:creator where a byline exists. War items are a minority: 2 of 6 (the EU sanctions package; the refinery strike, spelled 'Novokuybyshevsk'); 4 off-beat items (Bank of Canada, Swiss avalanche, measles in Europe, Japan earthquake).",
  not_entries=["channel title, link, atom:link, description, language, copyright", "category elements", "guid/link URLs"],
  entries=[
  OFF("2029-01-24 17:20", "Bank of Canada holds key rate at 2.5%",
    ["The Bank of Canada left its benchmark interest rate unchanged at 2.5 per cent on Wednesday, saying inflation was close to target but trade uncertainty was weighing on business investment."],
    "bank-of-canada-rate-hold-2029-01-24", a="Gail Ferreira", n="Canadian economy", cat="Business"),
  E("2029-01-24 14:45", "EU agrees new Russia sanctions package",
    ["The European Union approved a new round of sanctions against Russia on Wednesday, including a ban on short-term purchases of Russian liquefied natural gas and port bans for dozens more tankers."],
    "diplomacy", "diplomacy", 3, EUSANC),
  OFF("2029-01-24 11:30", "Avalanche kills three skiers in Swiss Alps",
    ["Three off-piste skiers were killed by an avalanche near the resort of Verbier on Wednesday, Swiss police said."],
    "swiss-avalanche-verbier-2029-01-24", n="accident"),
  E("2029-01-24 09:10", "Drone strike sets Russian refinery on fire, one dead",
    ["A Ukrainian drone attack set fire to the Novokuybyshevsk oil refinery in Russia's Samara region on Wednesday, killing one worker, Russian regional officials said."],
    "strikes", "strikes", 3, NOVO, a="Gail Ferreira", n="spelled 'Novokuybyshevsk'"),
  OFF("2029-01-24 06:55", "WHO warns of measles surge across Europe",
    ["Measles cases in Europe and Central Asia rose for the third year in a row in 2028, the World Health Organization said on Wednesday, urging governments to close vaccination gaps."],
    "who-measles-europe-2029-01-24", n="health", cat="Health"),
  OFF("2029-01-24 04:30", "Strong earthquake shakes northern Japan; no tsunami warning",
    ["A magnitude 6.4 earthquake struck off the coast of Aomori prefecture early Wednesday local time, Japan's weather agency said, with no tsunami warning issued."],
    "japan-aomori-earthquake-2029-01-24", n="natural disaster", cat="Asia"),
  ]))

# ---------------------------------------------------------------- Day 3: 2029-01-27
ODESA = "odesa-port-attack-2029-01-27"
SWAP = "uae-mediated-prisoner-exchange-2029-01-27"

SEEDS.append(dict(
  id="16740", name="16740_corvenish-textlive", ext="txt", source="Corvenish Times", zone="Europe/Kyiv", render=r_corvenish,
  title="Live: Russia strikes Odesa port; prisoners exchanged",
  dateline="Saturday 27 January", page_author="Halyna Storozh and Ewan Tulloch",
  lede="Drones and missiles hit Odesa's port at dawn. Later in the day Russia and Ukraine exchanged prisoners with help from the UAE.",
  timenote="All times are Kyiv time (EET).", parse_args=["--date", "2029-01-27"],
  basis="bare stamp '{s}'; the page says 'All times are Kyiv time (EET)' and its date line 'Saturday 27 January' has no year (none anywhere on the page; parse_args gives 2029-01-27); local {d} in {z}",
  notes="Invented outlet (Kyiv). Text live blog, oldest first. Each post: bare 'HH:MM' line, headline line, paragraphs. The zone is printed once ('All times are Kyiv time (EET)') and the date line 'Saturday 27 January' carries no year; no year appears anywhere, hence parse_args --date 2029-01-27. One two-name page byline 'By Halyna Storozh and Ewan Tulloch' and no per-post bylines: the byline is the author of every post (kept as one string). Post 5 repeats post 3 near-verbatim (duplicate_of 16740-03). Post 2 (Izmail, a Danube port in the same Odesa region) is a separate attack: must not merge with the Odesa port attack. Post 6 (return of soldiers' bodies) shares the theme of the prisoner exchange but is a separate event: must not merge. Odesa toll here: 2 injured (06:40) -> 6 injured (10:30) -> one dead (19:10).",
  not_entries=["outlet name and navigation line", "page title", "date line 'Saturday 27 January'", "byline 'By Halyna Storozh and Ewan Tulloch'", "standfirst",
               "zone line 'All times are Kyiv time (EET).'", "membership appeal after the third post", "closing line 'End of today's updates ...'", "footer"],
  entries=[
  E("2029-01-27 06:40", "Odesa: explosions at the port as drones and missiles strike",
    ["Explosions rang out over Odesa's port shortly after 6am as Russia attacked the city with drones and at least two missiles, regional governor Oleh Kiper said.",
     "Two people were injured, according to first reports."],
    "strikes", "strikes", 3, ODESA),
  E("2029-01-27 08:15", "Izmail: Danube port hit in separate drone attack",
    ["Russian drones also struck the Danube port of Izmail overnight, damaging a grain warehouse and a tugboat, the Odesa regional administration said. Nobody was hurt.",
     "Romania's defence ministry said it had tracked the drones near its border but none entered Romanian airspace."],
    "strikes", "strikes", 2, "izmail-port-drone-attack-2029-01-27", n="same region (Odesa oblast), different port and attack: must not merge with the Odesa port attack"),
  E("2029-01-27 10:30", "Odesa attack: six injured, grain terminal on fire",
    ["The number of people injured in the morning attack on Odesa's port has risen to six, and a fire is still burning at a grain terminal, the regional governor said.",
     "A ferry pier used by passenger ships on the Danube route was also damaged."],
    "strikes", "strikes", 3, ODESA),
  E("2029-01-27 12:45", "Russia and Ukraine swap 150 prisoners each in UAE-mediated exchange",
    ["Ukraine and Russia each handed over 150 prisoners of war on Saturday in an exchange mediated by the United Arab Emirates, Ukraine's coordination headquarters for prisoners said.",
     "Among the Ukrainians released were National Guard soldiers captured near Vovchansk in the Kharkiv region."],
    "diplomacy", "diplomacy", 3, SWAP),
  E("2029-01-27 14:20", "Odesa attack: six injured, grain terminal on fire",
    ["The number of people injured in the morning attack on Odesa's port has risen to six, and a fire is still burning at a grain terminal, the regional governor said.",
     "A ferry pier was also damaged."],
    "strikes", "strikes", 1, ODESA, dup="16740-03", n="near-verbatim repeat of post 3"),
  E("2029-01-27 16:05", "Ukraine receives bodies of 757 fallen soldiers",
    ["Ukraine has received the bodies of 757 soldiers killed in the war, which Russia handed over under an earlier agreement, the coordination headquarters said.",
     "Forensic experts will now work to identify them."],
    "other", "humanitarian", 2, "ukraine-receives-757-bodies-2029-01-27", n="same theme as the prisoner exchange (repatriation) but a separate event: must not merge"),
  E("2029-01-27 19:10", "Odesa port worker dies of injuries, governor says",
    ["A port worker injured in this morning's attack has died in hospital, governor Oleh Kiper said, bringing the toll of the Odesa attack to one dead and nine injured."],
    "strikes", "strikes", 3, ODESA),
  ]))

SEEDS.append(dict(
  id="16741", name="16741_lanternby-rss", ext="xml", source="Lanternby Post", zone="Europe/Helsinki", render=r_worldrss,
  title="Lanternby Post: Ukraine and the Nordics", url="https://lanternbypost.example/ukraine", guid="lanternby-ua",
  lede="Reporting on Ukraine, Russia and Nordic security from Helsinki.",
  basis="RSS pubDate '{s}' (explicit +0200 offset, Helsinki time); local {d} in {z}",
  notes="Invented outlet (Helsinki). RSS 2.0, newest first, pubDate with +0200, dc:creator on every item, CDATA descriptions. Spells the city 'Odessa'. Item 2 is an explainer (theme piece) on how exchanges are arranged; it mentions the day's swap but is its own story. The prisoner count grows from 150 each (other seeds, morning) to 157 each here.",
  not_entries=["channel title, link, atom:link, description, language, copyright", "category elements", "guid/link URLs"],
  entries=[
  E("2029-01-27 20:30", "Odessa port strike: one dead, nine injured",
    ["One person was killed and nine injured in Saturday's Russian drone and missile attack on the port of Odessa, Ukrainian officials said in the evening.",
     "The regional governor said the fire at the grain terminal had been put out after more than ten hours."],
    "strikes", "strikes", 3, ODESA, a="Aino Lahtela", n="spelled 'Odessa'"),
  E("2029-01-27 17:45", "Explainer: How prisoner swaps between Russia and Ukraine are arranged",
    ["Saturday's exchange, the third this month, followed a pattern that has become routine: lists are drawn up by each side, checked by a mediator, usually the United Arab Emirates, and the handover takes place on the Belarusian or Russian border.",
     "Ukraine's coordination headquarters says thousands of its soldiers and civilians are still held in Russia, many of them without any contact with their families.",
     "Exchanges have continued even in months when political talks went nowhere, which officials on both sides describe as one of the few working channels between them."],
    "diplomacy", "diplomacy", 2, "explainer-how-prisoner-swaps-work", a="Jussi Karvonen",
    n="theme piece: explainer on exchanges; mentions the day's swap but is its own story (must not merge)"),
  E("2029-01-27 15:10", "157 Ukrainians home after latest exchange",
    ["Russia and Ukraine each released 157 prisoners on Saturday, Ukraine's coordination headquarters said, updating an earlier figure of 150 after seven seriously wounded soldiers were added to the lists.",
     "The United Arab Emirates mediated the exchange."],
    "diplomacy", "diplomacy", 3, SWAP, a="Jussi Karvonen"),
  E("2029-01-27 12:20", "Finland keeps eastern border closed for another six months",
    ["The Finnish government extended the closure of all crossing points on its border with Russia until the end of July, citing the risk that Moscow could again steer migrants towards the frontier."],
    "other", "security", 2, "finland-border-closure-extended-2029-01-27", a="Aino Lahtela"),
  E("2029-01-27 10:05", "Odessa: grain terminal and ferry pier hit in Russian attack",
    ["Russian drones and missiles hit a grain terminal and a ferry pier in the port of Odessa early on Saturday, injuring four people, the regional administration said."],
    "strikes", "strikes", 3, ODESA, a="Aino Lahtela"),
  E("2029-01-27 07:30", "Nordic countries to fund Ukrainian artillery production",
    ["Denmark, Finland, Norway and Sweden will jointly pay for the production of 155mm howitzers at Ukrainian factories this year, the four defence ministries said in a joint statement.",
     "The deal follows the so-called Danish model, under which donors finance weapons built in Ukraine."],
    "aid", "aid", 2, "nordic-fund-ukrainian-artillery-2029-01-27", a="Jussi Karvonen"),
  ]))

SEEDS.append(dict(
  id="16742", name="16742_rookwell-htmllive", ext="html", source="Rookwell Journal", zone="Europe/Dublin", render=r_rookwell,
  title="Ukraine latest: Odesa port attacked; prisoners freed in exchange",
  url="https://rookwelljournal.example/world/ukraine-latest-27-january",
  dateline="Saturday 27 January 2029 \u00b7 Times are Irish time",
  lede="Updates through the day on the attack on Odesa and the latest prisoner exchange.",
  basis="'<time>' text '{s}' (12-hour clock with a dot; the page says 'Times are Irish time' = GMT in January; date from 'Saturday 27 January 2029'); local {d} in {z}",
  notes="Invented outlet (Dublin). HTML live page, newest first. JSON-LD is a @graph whose article node has @type ['NewsArticle', 'LiveBlogPosting'] and no liveBlogUpdate (page times only). Each post: <time datetime> showing '7.50pm', h3 headline, paragraphs, signature '\u2014 NAME' (author). Post 4 is a 'Video:' teaser with no text. Post 1 (Zelensky thanks the UAE) is a reaction whose content is the exchange itself: same story.",
  not_entries=["header logo and navigation", "page title", "date line 'Saturday 27 January 2029 \u00b7 Times are Irish time'", "intro", "video placeholder 'Video (0:47)'",
               "signature lines (author credits)", "newsletter promo after the third post", "footer"],
  entries=[
  E("2029-01-27 19:50", "Zelensky thanks UAE as 157 prisoners come home",
    ["President Volodymyr Zelensky thanked the United Arab Emirates for mediating Saturday's exchange, in which 157 Ukrainians were freed, and said preparations for the next one had begun.",
     "He posted photographs of the released soldiers wrapped in Ukrainian flags at a hospital in the Chernihiv region."],
    "diplomacy", "diplomacy", 3, SWAP, a="Niamh Cole", n="reaction whose content is the exchange itself: same story"),
  E("2029-01-27 17:35", "Port worker dies after Odesa strike",
    ["A worker injured in this morning's Russian attack on Odesa's port has died, Ukrainian officials said, the first death from the attack. Nine people were hurt in total."],
    "strikes", "strikes", 3, ODESA, a="Ciar\u00e1n Lacey"),
  E("2029-01-27 15:10", "Ireland to co-fund demining in Kharkiv region",
    ["Ireland will contribute \u20ac6 million to clear mines from farmland in the Kharkiv region, the Department of Foreign Affairs announced, as part of a programme run with Ukraine's emergency service.",
     "The money will pay for equipment and training rather than weapons."],
    "aid", "aid", 2, "ireland-demining-kharkiv-2029-01-27", a="Ciar\u00e1n Lacey"),
  E("2029-01-27 13:05", "Video: Firefighters battle blaze at Odesa grain terminal", [],
    "strikes", "strikes", 1, ODESA, n="video teaser, no text body"),
  E("2029-01-27 11:40", "Russia and Ukraine exchange 150 prisoners each",
    ["Russia and Ukraine swapped 150 prisoners of war each on Saturday after mediation by the United Arab Emirates, both sides said.",
     "Russia's defence ministry said its freed soldiers were taken to Belarus before being flown to Moscow."],
    "diplomacy", "diplomacy", 3, SWAP, a="Niamh Cole"),
  E("2029-01-27 09:25", "Odesa port attack: six injured as grain terminal burns",
    ["Six people were injured when Russian drones and missiles struck Odesa's port at dawn, Ukrainian officials said, and a large fire is burning at a grain terminal."],
    "strikes", "strikes", 3, ODESA, a="Ciar\u00e1n Lacey"),
  ]))

SEEDS.append(dict(
  id="16743", name="16743_saxmoor-worldatom", ext="xml", source="Saxmoor Globe", zone="UTC", render=r_atom, iso="Z",
  title="Saxmoor Globe \u2014 World", url="https://saxmoorglobe.example/world", tag="saxmoorglobe.example", generator="Saxmoor CMS",
  lede="The day's world news from the Saxmoor Globe.",
  basis="Atom <published> '{s}' (UTC, Z); local {d} in {z}",
  notes="Invented outlet. General world Atom feed, newest first, <published> in UTC with Z, no authors (author null), HTML content escaped once. War items are a minority: 1 of 6 (the Odesa attack, spelled 'Odessa'); 5 off-beat items (Buenos Aires protest, Philippine ferry, Australian heatwave, Ghana budget, US snowstorm).",
  not_entries=["feed title, subtitle, id, links, updated, generator", "entry ids, links and category terms"],
  entries=[
  OFF("2029-01-27 21:15", "Thousands march in Buenos Aires against pension cuts",
    ["Tens of thousands of people marched to Argentina's Congress on Saturday to protest against a planned overhaul of the pension system, in one of the largest demonstrations of the year."],
    "buenos-aires-pension-protest-2029-01-27", n="Argentine politics", cat="Americas"),
  E("2029-01-27 19:00", "Odessa port attack leaves one dead",
    ["A Russian attack on the Ukrainian port of Odessa on Saturday killed one worker and injured eight others, Ukrainian officials said, and set a grain terminal on fire."],
    "strikes", "strikes", 3, ODESA, n="spelled 'Odessa'", cat="Europe"),
  OFF("2029-01-27 16:40", "Ferry capsizes off southern Philippines; dozens rescued",
    ["A passenger ferry capsized in rough seas off the southern Philippine island of Basilan on Saturday, and the coast guard said 64 people had been rescued and four were missing."],
    "philippines-ferry-capsize-2029-01-27", n="accident", cat="Asia"),
  OFF("2029-01-27 13:25", "Heatwave grips south-eastern Australia",
    ["Temperatures passed 44C in parts of Victoria and South Australia on Saturday, and authorities declared total fire bans across several districts."],
    "australia-heatwave-2029-01-27", n="weather", cat="Asia-Pacific"),
  OFF("2029-01-27 10:10", "Ghana's parliament approves 2029 budget",
    ["Ghana's parliament approved the government's 2029 budget late on Friday after a walkout by opposition lawmakers over proposed fuel levies."],
    "ghana-budget-approved-2029-01-27", n="African politics", cat="Africa"),
  OFF("2029-01-27 08:00", "Snowstorm snarls travel across US Northeast",
    ["A winter storm dumped more than a foot of snow from Pennsylvania to Maine overnight, cancelling about 2,000 flights and closing sections of several interstate highways."],
    "us-northeast-snowstorm-2029-01-27", n="weather", cat="Americas"),
  ]))


if __name__ == "__main__":
    main()

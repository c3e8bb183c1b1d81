#!/usr/bin/env python3
"""Builds the eval/ev seed pages and their gold files from one hand-written data table (further below).
Every headline and paragraph is the blind tester's own wording (invented or paraphrased, no copied sentences);
Part A imitates the page layouts of ten real outlets from memory, Part B outlets are invented. Deterministic.
Run from the project root:  python3 eval/ev/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.", "Sr.", "Jr.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=""):
    """one entry: t = local time 'YYYY-MM-DD HH:MM' in the page zone, h = headline (None if none), p = body paragraphs."""
    return dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)


def OFF(t, h, p, st, a=None, n=""):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n)


def X(e, **kw):
    """attach layout-only fields (printed byline, section label, comment count ...) to an entry."""
    e.update(kw)
    return e


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
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def ampm(d, sep=":", space="", dots=False, upper=False, drop00=False):
    hh = d.hour % 12 or 12
    if dots:
        suf = "a.m." if d.hour < 12 else "p.m."
    else:
        suf = "am" if d.hour < 12 else "pm"
    if upper:
        suf = suf.upper()
    if drop00 and d.minute == 0:
        return f"{hh}{space}{suf}"
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


def rfc822(d, gmt=False):
    if gmt:
        return d.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S GMT")
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + d.strftime("%z")


def slug(s, n=60):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:n].strip("-")


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


# ================================================================ Part A renderers and data (layouts of real outlets, own words)

def r_cna_rss(S):
    """CNA (channelnewsasia.com) section RSS 2.0: newest first, pubDate with the Singapore offset (+0800), description =
    the article's standfirst, no author element, media:thumbnail, category."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           '<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<link>https://www.channelnewsasia.com</link>',
           f'<atom:link href="{attr(S["url"])}" rel="self" type="application/rss+xml"/>',
           '<description>CNA - Latest news from Singapore, Asia and around the world</description>', '<language>en</language>',
           f'<lastBuildDate>{rfc822(last)}</lastBuildDate>', '<copyright>Copyright Mediacorp Pte Ltd. All rights reserved.</copyright>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        link = f"https://www.channelnewsasia.com/{e.get('sect', 'world').lower()}/{slug(e['h'])}-{4712903 - i * 1187}"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>',
                f'<description>{esc(" ".join(e["p"]))}</description>', f'<pubDate>{st}</pubDate>',
                f'<guid isPermaLink="false">{4712903 - i * 1187}</guid>', f'<category>{esc(e.get("sect", "World"))}</category>',
                f'<media:thumbnail url="https://onecms-res.cloudinary.com/image/upload/s--{i}Qx7Lm2a--/c_fill,g_auto,h_468,w_830/f_auto,q_auto/v1/mi-{i}-rss.jpg"/>',
                '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_eastafrican(S):
    """The EastAfrican (Nation Media Group) article, text scrape: section kicker, headline, photo caption 'PHOTO | AFP',
    capitalised byline 'By NAME' + 'More by this Author', date line with a clock but no zone, 'What you need to know:' box,
    bold sub-headings (one entry each, no per-section time), inline 'Read:' links, 'Advertisement' markers."""
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    L = ["Skip to main content", "", "The EastAfrican", "",
         "News   Business   Rest of Africa   World   Opinion   Magazine   Data Hub   Podcasts   ePaper", "Subscribe   Sign in", "",
         "World", "", S["title"], "", S["caption"], "", f"By {S['byline']}", "More by this Author", "",
         f"{DAYS_EN[d0.weekday()]}, {MONTHS[d0.month - 1]} {d0.day:02d}, {d0.year} | {ampm(d0, space=' ', upper=True)}", "",
         "What you need to know:", ""] + ["\u2022 " + b for b in S["wyntk"]] + ["", "Advertisement", "", S["lede"], ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""]
        for j, p in enumerate(e["p"]):
            L += [p, ""]
            if j == 0 and e.get("read"):
                L += [f"Read: {e['read']}", ""]
        if i == 2:
            L += ["Advertisement", ""]
    L += ["Share", "Facebook   X   WhatsApp   LinkedIn   Email", "", "Related", ""] + S["related"] + ["",
          "Top stories", "Tanzania, Uganda sign oil pipeline tariff pact", "", "\u00a9 Nation Media Group. All rights reserved. | Privacy Policy | Terms of Use"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_businessday(S):
    """BusinessDay (businessday.ng, WordPress) 'World' category page, text scrape: top bar date and clock, market ticker,
    cards with kicker, headline, excerpt, author name and a relative time ('45 mins ago', '2 hours ago')."""
    z = S["zone"]; order_check(S, True); ref = dt(S["ref"], z)
    L = ["BusinessDay", f"{DAYS_EN[ref.weekday()]}, {MONTHS[ref.month - 1]} {ref.day}, {ref.year} | {ampm(ref, space=' ', upper=True)}", "",
         "NGX ASI 148,204.66 \u25b2 0.38%   |   Brent $81.27 \u25bc 0.6%   |   $/\u20a6 1,512.40   |   Gold $2,614.10", "",
         "Subscribe   Login   e-Paper", "",
         "Home   News   Markets   Companies   Economy   Politics   World   Opinion   Analysis   BD Sunday   Events", "",
         S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        if mins < 60:
            st = f"{mins} mins ago"
        else:
            assert mins % 60 == 0, e["t"]
            st = "1 hour ago" if mins == 60 else f"{mins // 60} hours ago"
        stamps.append(st)
        L += [e.get("kicker", "World"), e["h"], ""] + ptxt(e["p"]) + [e["byline"], st, ""]
        if i == 2:
            L += ["ADVERTISEMENT", "", "Subscribe to BusinessDay's morning newsletter for the top business stories of the day.", "Sign up", ""]
    L += ["Load More", "", "Most Read", "CBN keeps rates on hold as inflation slows", "Lagos-Calabar coastal road: second section opens", "",
          "\u00a9 BusinessDay Media Ltd. All rights reserved.", "About Us   Contact   Advertise   Privacy Policy"]
    return "\n".join(L) + "\n", stamps


# ---------------------------------------------------------------- 15300 CNA (RSS)
ODESA = "odesa-port-drone-strike-2027-11-02"
SEEDS.append(dict(
  id="15300", name="15300_cna-worldrss", ext="xml", source="CNA", zone="Asia/Singapore", render=r_cna_rss,
  title="CNA - World", url="https://www.channelnewsasia.com/api/v1/rss-outbound-feed?_format=xml&category=6311",
  basis="RSS pubDate '{s}' (explicit +0800 offset = Singapore time); local {d} in {z}",
  notes="Imitates CNA's (Channel NewsAsia, Mediacorp) section RSS feed for World. Newest first; pubDate carries the Singapore offset +0800, so the six items span local 1 Nov 11:45 to 2 Nov 06:40 but all fall on UTC 2027-11-01. description = the standfirst (one paragraph), no author element. CNA style puts the date in brackets after the weekday ('on Tuesday (Nov 2)'). Three of six items are off-beat Asia stories (Malaysian budget, typhoon, Chinese factory data).",
  not_entries=["channel title, link, atom:link, description, language, lastBuildDate and copyright", "item link, guid, category and media:thumbnail elements"],
  entries=[
  E("2027-11-02 06:40", "Russian drone attack on Odesa port kills two, sets grain silos ablaze",
    ["Russian drones struck port facilities in Ukraine's southern Odesa region overnight, killing two workers and setting grain storage on fire, the regional governor said on Tuesday (Nov 2)."],
    "strikes", "strikes", 3, ODESA, n="deadly strike (2 dead); Kyiv time about 00:40 on 2 Nov"),
  OFF("2027-11-02 01:15", "Malaysia's parliament passes 2028 budget after marathon sitting",
      ["Malaysia's lower house approved the government's 2028 budget late on Monday (Nov 1), clearing the way for fuel subsidy changes and higher spending on rural schools."],
      "malaysia-2028-budget-vote", n="Malaysian politics"),
  E("2027-11-01 22:30", "Japan pledges US$450 million for Ukraine's energy repairs ahead of winter",
    ["Japan will provide US$450 million to help Ukraine repair power plants and substations damaged by Russian attacks, its foreign ministry said on Monday."],
    "aid", "aid", 2, "japan-ukraine-energy-aid-2027-11-01"),
  OFF("2027-11-01 19:05", "Thousands evacuated as typhoon nears northern Philippines",
      ["Authorities in the northern Philippines moved more than 40,000 people to shelters on Monday as a typhoon packing winds of 150kmh approached the island of Luzon."],
      "philippines-typhoon-evacuation-2027-11-01", n="weather"),
  E("2027-11-01 16:20", "Indonesia's Prabowo offers to host Russia-Ukraine talks in Jakarta",
    ["Indonesian President Prabowo Subianto said on Monday his country was ready to host direct talks between Russia and Ukraine, renewing an offer of mediation that neither side has so far taken up. Prabowo spoke after meeting visiting European officials at the presidential palace."],
    "diplomacy", "diplomacy", 3, "prabowo-mediation-offer-2027-11-01", n="head-of-state mediation offer"),
  OFF("2027-11-01 11:45", "China's factory activity returns to growth in October, private survey shows",
      ["Manufacturing activity in China expanded in October for the first time in four months as new export orders picked up, a private business survey showed on Monday."],
      "china-factory-pmi-october-2027", n="economy"),
  ]))

# ---------------------------------------------------------------- 15301 The East African (article with sections)
SEEDS.append(dict(
  id="15301", name="15301_theeastafrican-article", ext="txt", source="The East African", zone="Africa/Nairobi", render=r_eastafrican,
  title="Ukraine war: What East Africa should watch as the conflict enters a sixth winter",
  dateline_t="2027-11-02 14:40", byline="DANIEL OTIENO MWAURA",
  caption="A worker checks wheat at a grain terminal in the Odesa region of Ukraine. PHOTO | AFP",
  wyntk=["Russian drones have hit grain terminals in the Odesa region, a key source of wheat for the region.",
         "Kenya has confirmed dozens of its citizens were recruited to fight for Russia."],
  lede="From grain prices to the fate of young men lured abroad, the war between Russia and Ukraine keeps reaching into East African homes. Here is what to follow this week.",
  related=["Kenya seeks release of citizens held in Russian army camps", "Why wheat import bills are rising again in Dar es Salaam"],
  basis="article section without its own time (no stamp): published = the article's printed date line 'Tuesday, November 02, 2027 | 2:40 PM' (no zone printed; the outlet's home zone, East Africa Time, UTC+3); local {d} in {z}",
  notes="Imitates an article page of The EastAfrican (Nation Media Group) as copied from the browser. One article with five bold sub-headings; per the convention each sub-heading is one entry (headline = sub-heading), stamp null, published = the article's printed date line 'Tuesday, November 02, 2027 | 2:40 PM' (no zone printed: East Africa Time, UTC+3 -> 11:40 UTC). Byline printed in capitals 'By DANIEL OTIENO MWAURA' and used for every section. The 'What you need to know:' box is an editor summary, not entries. Inline 'Read: ...' lines inside sections 1 and 3 are related-article links, not body paragraphs. Section 1 is the Odesa port drone strike also carried by 15300 (CNA, the previous UTC day).",
  not_entries=["'Skip to main content', masthead, navigation, Subscribe / Sign in", "section label 'World'", "page headline (page title)",
               "photo caption '... PHOTO | AFP'", "byline 'By DANIEL OTIENO MWAURA' and 'More by this Author'", "date line 'Tuesday, November 02, 2027 | 2:40 PM'",
               "'What you need to know:' box with two bullets (editor summary)", "'Advertisement' markers", "intro paragraph before the first sub-heading (lede)",
               "inline related links 'Read: ...' in sections 1 and 3", "Share row", "'Related' links", "'Top stories' rail", "copyright line"],
  entries=[
  X(E("2027-11-02 14:40", "Ports under fire",
    ["Russian drones struck grain terminals near Odesa late on Monday, killing two port workers and burning storage that held wheat bound for buyers in Africa and the Middle East.",
     "Ukrainian officials said the attack was the third on the region's ports in a week. Traders in Mombasa said any lasting disruption would push up flour prices before the end of the year."],
    "strikes", "strikes", 3, ODESA, a="DANIEL OTIENO MWAURA", n="deadly strike; same event as 15300-01"),
    read="Grain importers count the cost of higher Black Sea insurance"),
  E("2027-11-02 14:40", "Kyiv's diplomatic push in Nairobi",
    ["Ukraine's Foreign Minister Andrii Sybiha is expected in Nairobi on Thursday for talks on food security and on Kyiv's conditions for ending the war, diplomats in the Kenyan capital said.",
     "It would be the first visit by a Ukrainian foreign minister to Kenya since 2023."],
    "diplomacy", "diplomacy", 2, "sybiha-nairobi-visit-2027-11", a="DANIEL OTIENO MWAURA", n="announced visit (not yet held)"),
  X(E("2027-11-02 14:40", "Kenyans in Russia's ranks",
    ["Kenya's foreign ministry says it has confirmed at least 41 Kenyans who were recruited to fight for Russia after being promised jobs as drivers and security guards.",
     "Families told this newspaper that several of the men had stopped answering calls after being sent to the front. The ministry said it was working with Moscow to bring home those who wanted to leave."],
    "other", "humanitarian", 2, "kenyan-recruits-russian-army-2027-11", a="DANIEL OTIENO MWAURA"),
    read="Inside the job adverts that lured young men to Russia"),
  E("2027-11-02 14:40", "Sanctions and fertiliser",
    ["The European Union's latest sanctions package, agreed last week, again spares Russian fertiliser sold to third countries, a carve-out East African importers had lobbied for.",
     "Brussels has, however, added two more Russian shipping companies to its blacklist, which could slow deliveries."],
    "diplomacy", "diplomacy", 2, "eu-sanctions-fertiliser-carve-out-2027-10", a="DANIEL OTIENO MWAURA"),
  E("2027-11-02 14:40", "On the front line",
    ["Russia said on Monday its troops had taken two more villages in the Zaporizhzhia region, while Ukraine's army said it had repelled attacks near Huliaipole.",
     "Neither claim could be independently verified."],
    "other", "frontline", 2, "russia-claims-zaporizhzhia-villages-2027-11-01", a="DANIEL OTIENO MWAURA"),
  ]))

# ---------------------------------------------------------------- 15302 BusinessDay (relative times)
SEEDS.append(dict(
  id="15302", name="15302_businessday-world", ext="txt", source="BusinessDay", zone="Africa/Lagos", render=r_businessday,
  title="World", ref="2027-11-03 19:15",
  basis="relative stamp '{s}' counted back from the top-bar clock 'Wednesday, November 3, 2027 | 7:15 PM' (no zone printed; Lagos, West Africa Time, UTC+1); local {d} in {z}",
  notes="Imitates the 'World' category page of BusinessDay (businessday.ng, WordPress) as copied from the browser. Newest first. Each card: kicker 'World', headline, one-paragraph excerpt, author name, relative time ('45 mins ago', '2 hours ago'). The only absolute time is the top-bar clock 'Wednesday, November 3, 2027 | 7:15 PM' (no zone printed: West Africa Time, UTC+1); every stamp is counted back from it. 'Reuters' as author gives 'Reuters'. Two off-beat Nigerian business items.",
  not_entries=["masthead 'BusinessDay' and the top-bar date/clock line (capture anchor)", "market ticker line (NGX ASI, Brent, dollar-naira, gold)",
               "Subscribe / Login / e-Paper", "navigation menu", "category heading 'World' (page title)", "kicker 'World' above each card",
               "'ADVERTISEMENT' and newsletter sign-up box after the third card", "'Load More'", "'Most Read' with two headlines", "copyright and footer links"],
  entries=[
  X(E("2027-11-03 18:30", "Ukrainian drones set Russian Black Sea refinery ablaze, lifting oil prices",
    ["Ukrainian drones struck the Tuapse oil refinery on Russia's Black Sea coast on Wednesday, starting a large fire and halting crude processing, regional authorities said, as Brent crude rose more than 1%."],
    "strikes", "strikes", 2, "tuapse-refinery-drone-strike-2027-11-03", a="Reuters", n="non-deadly strike"), byline="Reuters"),
  X(OFF("2027-11-03 17:15", "Naira gains at official window as dollar inflows improve",
      ["The naira strengthened against the dollar at the official market on Wednesday as foreign portfolio inflows and exporters' sales lifted supply, traders said."],
      "naira-official-window-2027-11-03", a="Adaeze Nwosu", n="Nigerian currency market"), byline="Adaeze Nwosu"),
  X(E("2027-11-03 15:15", "EU releases \u20ac5bn from frozen Russian assets for Ukraine",
    ["European Union finance ministers on Wednesday approved the release of \u20ac5 billion raised from immobilised Russian central bank assets to cover Ukraine's budget needs early next year."],
    "aid", "aid", 3, "eu-frozen-assets-tranche-2027-11-03", a="Reuters", n="major financial package"), byline="Reuters"),
  X(OFF("2027-11-03 13:15", "Dangote refinery ships first petrol cargo to East Africa",
      ["The Dangote Petroleum Refinery has loaded its first petrol cargo for East Africa, a company official said, as the Lagos plant seeks buyers beyond West Africa."],
      "dangote-petrol-east-africa-2027-11", a="Chinedu Okafor-Lawal", n="Nigerian energy business"), byline="Chinedu Okafor-Lawal"),
  X(E("2027-11-03 11:15", "Russia and Ukraine swap 300 prisoners of war in UAE-brokered deal",
    ["Russia and Ukraine each released 300 prisoners of war on Wednesday in an exchange mediated by the United Arab Emirates, both sides said."],
    "diplomacy", "diplomacy", 3, "uae-brokered-prisoner-swap-2027-11-03", a="Reuters", n="big mediated exchange"), byline="Reuters"),
  X(E("2027-11-03 08:15", "Zelensky presses allies for air defence as winter blackouts begin",
    ["Ukrainian President Volodymyr Zelensky urged Western partners to speed up deliveries of air defence systems, saying Russia was stockpiling missiles for a winter campaign against the power grid."],
    "aid", "aid", 2, "zelensky-air-defence-appeal-2027-11-03", a="Reuters", n="appeal"), byline="Reuters"),
  X(E("2027-11-03 04:15", "Russian strike on Kharkiv kills three, injures 20",
    ["A Russian missile strike on Kharkiv, Ukraine's second-largest city, killed three people and injured 20 overnight, regional governor Oleh Syniehubov said."],
    "strikes", "strikes", 3, "kharkiv-missile-strike-2027-11-03", a="Reuters", n="deadly strike"), byline="Reuters"),
  ]))



def r_kqed(S):
    """KQED News live blog (WordPress), HTML: newest first; each post '4:45 p.m. PT' in <time> above the h2, author below,
    'Copy link'; page line 'Published Nov. 4, 2027'; LiveBlogPosting JSON-LD whose liveBlogUpdate items carry per-post times."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{60120 + i}", "headline": e["h"], "datePublished": d.isoformat(),
             "articleBody": "\n\n".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "publisher": {"@type": "Organization", "name": "KQED", "logo": {"@type": "ImageObject", "url": "https://www.kqed.org/logo.png"}},
          "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | KQED</title>',
           '<meta property="og:site_name" content="KQED">', f'<link rel="canonical" href="{S["url"]}">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="site-header"><a class="logo" href="https://www.kqed.org/">KQED</a>'
           '<nav><a href="/news">News</a> <a href="/arts">Arts &amp; Culture</a> <a href="/food">Food</a> <a href="/podcasts">Podcasts</a> '
           '<a href="/radio">Live Radio</a> <a href="/tv">Live TV</a></nav><a class="donate" href="https://donate.kqed.org/">Donate</a></header>',
           '<div class="listen-live">KQED 88.5 FM: Forum \u2014 Listen Live</div>',
           '<main><article><div class="eyebrow"><span>Live Updates</span> <a href="/news/politics">Politics</a></div>',
           f'<h1>{esc(S["title"])}</h1>', f'<p class="byline">{esc(S["byline"])}</p>',
           f'<p class="date">Published {AP_MONTHS[first.month - 1]} {first.day}, {first.year}</p>',
           '<div class="share"><button>Save Article</button> <button>Copy link</button> <button>Facebook</button> <button>Email</button></div>',
           '<aside class="underwriting">KQED is supported by members and sponsors. <a href="/sponsorship">Learn more</a></aside>',
           f'<p class="lede">{esc(S["lede"])}</p>', '<div class="live-updates">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, space=' ', dots=True)} PT"; stamps.append(st)
        out.append(f'<section class="live-post" id="post-{60120 + i}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="post-author">{esc(e["a"])}</p>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery">[Photo gallery: 12 images]</div>')
        out.append('<button class="copy-link">Copy link</button></section>')
        if i == 2:
            out.append('<aside class="newsletter"><p>Sign up for The Bay Today, KQED\u2019s morning newsletter.</p><input type="email"> <button>Sign up</button></aside>')
    out += ['</div></article>',
            '<aside class="related"><h3>Related Stories</h3><a href="/news/ukrainian-refugees-east-bay">East Bay churches help Ukrainian families find housing</a></aside></main>',
            '<footer>KQED \u00b7 About \u00b7 Careers \u00b7 Contact \u00b7 Privacy Policy \u00b7 Copyright \u00a9 2027 KQED Inc. All Rights Reserved.</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_texastribune(S):
    """The Texas Tribune 'Latest news' page, text scrape: headline, dek, 'by NAME', then 'Nov. 5, 2027 10 AM Central'
    (AP month, hour without ':00', 'Central' for the zone). Newest first."""
    z = S["zone"]; order_check(S, True)
    L = ["Skip to main content", "", "The Texas Tribune", "Donate", "", "Newsletters   Events   Jobs   About Us   Search", "",
         "Politics   Criminal Justice   Demographics   Economy   Education   Energy   Environment   Health   Higher Education   Immigration   Public Education   Texas Legislature", "",
         S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        st = f"{AP_MONTHS[d.month - 1]} {d.day}, {d.year} {ampm(d, space=' ', upper=True, drop00=True)} Central"; stamps.append(st)
        L += [e["h"], ""] + ptxt(e["p"]) + [f"by {e['byline']}", st, ""]
        if i == 2:
            L += ["Support independent journalism. The Texas Tribune is a nonprofit newsroom that informs Texans about public policy and politics. Become a member.", ""]
    L += ["Load more stories", "", "The Brief: Sign up for our daily newsletter", "", "The Texas Tribune \u00b7 919 Congress Ave. \u00b7 Austin, Texas", "Republishing Guidelines   Ethics   Privacy Policy   Terms of Service"]
    return "\n".join(L) + "\n", stamps


def r_calmatters(S):
    """CalMatters (WordPress) 'Latest' listing, HTML with a Yoast-style @graph (CollectionPage, BreadcrumbList, WebSite,
    Organization): kicker, then the stamp 'Nov. 6, 2027 9:15 a.m.' (no zone), then headline, excerpt and 'By NAME'."""
    z = S["zone"]; order_check(S, True)
    site = "https://calmatters.org"
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "CollectionPage", "@id": f"{site}/latest/", "url": f"{site}/latest/", "name": "Latest - CalMatters",
         "isPartOf": {"@id": f"{site}/#website"}, "breadcrumb": {"@id": f"{site}/latest/#breadcrumb"}, "inLanguage": "en-US"},
        {"@type": "BreadcrumbList", "@id": f"{site}/latest/#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home", "item": f"{site}/"}, {"@type": "ListItem", "position": 2, "name": "Latest"}]},
        {"@type": "WebSite", "@id": f"{site}/#website", "url": f"{site}/", "name": "CalMatters", "publisher": {"@id": f"{site}/#organization"}},
        {"@type": "Organization", "@id": f"{site}/#organization", "name": "CalMatters", "url": f"{site}/"}]}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="UTF-8">', f'<title>Latest - CalMatters</title>',
           '<script type="application/ld+json" class="yoast-schema-graph">' + json.dumps(ld) + '</script></head><body class="archive">',
           '<div class="top-bar">CalMatters is a nonprofit newsroom. <a href="/donate/">Donate</a> <a href="/newsletters/">Newsletters</a></div>',
           '<header class="site-header"><a class="site-logo" href="/">CalMatters</a><nav><a href="/politics/">Politics</a> <a href="/economy/">Economy</a> '
           '<a href="/education/">Education</a> <a href="/environment/">Environment</a> <a href="/health/">Health</a> <a href="/housing/">Housing</a> '
           '<a href="/justice/">Justice</a> <a href="/commentary/">Commentary</a> <a href="/california-divide/">California Divide</a></nav></header>',
           f'<main><h1 class="archive-title">{esc(S["title"])}</h1>', f'<p class="archive-description">{esc(S["lede"])}</p>', '<div class="post-list">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{AP_MONTHS[d.month - 1]} {d.day}, {d.year} {ampm(d, space=' ', dots=True)}"; stamps.append(st)
        link = f"{site}/{e.get('kicker', 'politics').lower()}/{d.year}/{d.month:02d}/{slug(e['h'], 50)}/"
        out.append(f'<article class="post-card"><p class="post-card__kicker">{esc(e.get("kicker", "Politics"))}</p>'
                   f'<time class="post-card__date" datetime="{d.isoformat()}">{st}</time>'
                   f'<h2 class="post-card__title"><a href="{link}">{esc(e["h"])}</a></h2>')
        out += [f'<p class="post-card__excerpt">{esc(p)}</p>' for p in e["p"]]
        out.append(f'<p class="post-card__byline">By {esc(e["a"])}</p></article>')
        if i == 2:
            out.append('<aside class="newsletter-promo"><h3>WhatMatters</h3><p>Get our daily newsletter with the California news you need.</p><input type="email"> <button>Subscribe</button></aside>')
    out += ['</div><a class="next" href="/latest/page/2/">Older posts</a></main>',
            '<footer class="site-footer"><p>CalMatters is a nonpartisan and nonprofit news organization. Republish our articles for free.</p>'
            '<p><a href="/about/">About</a> <a href="/privacy-policy/">Privacy Policy</a> <a href="/republishing-policy/">Republishing</a></p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ---------------------------------------------------------------- 15303 KQED (HTML live blog)
ZSF = "zelenskyy-bay-area-visit-2027-11-04"
SEEDS.append(dict(
  id="15303", name="15303_kqed-live", ext="html", source="KQED", zone="America/Los_Angeles", render=r_kqed,
  title="Zelenskyy in the Bay Area: Live updates on the Ukrainian president's visit",
  url="https://www.kqed.org/news/12061958/zelenskyy-bay-area-visit-live-updates",
  byline="KQED News Staff and Wire Services",
  lede="Ukrainian President Volodymyr Zelenskyy is spending Thursday in the Bay Area, with a speech at Stanford and meetings with tech executives in San Francisco. Follow along here.",
  basis="post stamp '{s}' (Pacific time, 'PT' printed; PDT = UTC-7 on Nov. 4) on the page date 'Published Nov. 4, 2027'; JSON-LD update datePublished agrees; local {d} in {z}",
  notes="Imitates a KQED News live-updates page (WordPress). Newest first. Each post: '<time>' with '4:45 p.m. PT' above the h2 headline, then the author, body and a 'Copy link' button. The only date is 'Published Nov. 4, 2027'; PT is PDT (UTC-7) on 4 Nov 2027 (US clocks change on 7 Nov), so the posts (6:10 a.m. to 4:45 p.m.) fall on UTC 2027-11-04. LiveBlogPosting JSON-LD lists every update with its own datePublished (-07:00), headline and author. 15303-02 is a 'Photos:' gallery teaser without text. Spelling 'Zelenskyy' (AP/NPR style). Page byline 'KQED News Staff and Wire Services' is generic: per-post names are the authors ('Associated Press' for the wire post).",
  not_entries=["header logo, navigation and Donate", "'Listen Live' radio bar", "eyebrow 'Live Updates' / 'Politics'", "page headline (page title)",
               "generic page byline 'KQED News Staff and Wire Services'", "'Published Nov. 4, 2027' line", "share buttons (Save Article, Copy link, ...)",
               "underwriting notice 'KQED is supported by members and sponsors.'", "intro paragraph (lede)", "'Copy link' button under every post",
               "gallery placeholder '[Photo gallery: 12 images]' in the teaser", "newsletter box after the third post", "'Related Stories' link", "footer"],
  entries=[
  E("2027-11-04 16:45", "Zelenskyy wraps up Bay Area visit with pledges from tech companies",
    ["Ukrainian President Volodymyr Zelenskyy left San Francisco on Thursday afternoon after meeting executives from more than a dozen technology companies, several of which agreed to expand satellite internet and cloud services for Ukraine's government.",
     "Zelenskyy's office said the companies would also help train Ukrainian engineers but gave no figures."],
    "diplomacy", "diplomacy", 3, ZSF, a="Priya Venkataraman", sec=["aid"], n="head-of-state visit, outcome"),
  E("2027-11-04 15:20", "Photos: Crowds with blue-and-yellow flags greet Zelenskyy outside Moscone Center", [],
    "diplomacy", "diplomacy", 1, ZSF, a="Dashiell Moreno", n="photo-gallery teaser without body"),
  E("2027-11-04 13:50", "California signs grid-repair agreement with Ukraine",
    ["California and Ukraine's energy ministry signed an agreement on Thursday under which utilities in the state will donate surplus transformers and other grid equipment to help Ukraine repair damage from Russian attacks.",
     "State officials said the first shipment could leave within days."],
    "aid", "aid", 2, "california-ukraine-grid-agreement-2027-11-04", a="Hannah Okonjo-Lee", sec=["diplomacy"]),
  E("2027-11-04 11:20", "Russian missile strike on Dnipro kills 4, Ukrainian officials say",
    ["A Russian ballistic missile hit a residential neighborhood in the central Ukrainian city of Dnipro on Thursday, killing four people and wounding at least 25, the regional governor said.",
     "Speaking to reporters in San Francisco, Zelenskyy said the attack showed why Ukraine needs more air defense systems."],
    "strikes", "strikes", 3, "dnipro-missile-strike-2027-11-04", a="Associated Press", n="deadly strike; wire post"),
  E("2027-11-04 09:05", "At Stanford, Zelenskyy says Ukraine's drone makers can outbuild Russia",
    ["Zelenskyy told a packed auditorium at Stanford University that Ukrainian companies now build more than 4 million drones a year and could outproduce Russia if allies kept buying from them.",
     "He urged students to consider working for Ukrainian defense startups, drawing a standing ovation."],
    "other", "security", 2, "zelenskyy-stanford-drone-speech-2027-11-04", a="Dashiell Moreno", n="a separate statement during the visit"),
  E("2027-11-04 06:10", "What to know about Zelenskyy's visit to the Bay Area",
    ["Ukrainian President Volodymyr Zelenskyy arrives in the Bay Area on Thursday for a one-day visit that includes a speech at Stanford University and closed-door meetings with technology executives in San Francisco.",
     "Expect road closures around Moscone Center and the Stanford campus for much of the day, according to police."],
    "diplomacy", "diplomacy", 2, ZSF, a="Hannah Okonjo-Lee", n="preview of the same visit"),
  ]))

# ---------------------------------------------------------------- 15304 The Texas Tribune (listing)
SEEDS.append(dict(
  id="15304", name="15304_texastribune-latest", ext="txt", source="The Texas Tribune", zone="America/Chicago", render=r_texastribune,
  title="Latest News",
  basis="stamp '{s}' ('Central' printed = US Central time, CDT = UTC-5 on Nov. 5); local {d} in {z}",
  notes="Imitates The Texas Tribune's 'Latest News' page as copied from the browser. Newest first. Each card: headline, one-paragraph dek, 'by NAME', then the stamp 'Nov. 5, 2027 5:30 PM Central' (AP month; the hour printed without ':00' when on the hour, e.g. '10 AM'). Central is CDT (UTC-5) on 5 Nov 2027. War items have a Texas angle; two Texas items are off-beat (amendment election results, Houston schools). 15304-01's first sentence contains 'U.S.' mid-sentence.",
  not_entries=["'Skip to main content', logo, Donate, Newsletters / Events / Jobs / About Us / Search", "topic navigation line", "page heading 'Latest News'",
               "membership appeal after the third card", "'Load more stories'", "'The Brief' newsletter line", "address and footer links"],
  entries=[
  X(E("2027-11-05 17:30", "Mesquite artillery plant lands $1.3 billion Army contract as Ukraine's demand stays high",
    ["The U.S. Army has awarded a $1.3 billion contract to expand production of 155 mm artillery shells at a plant in Mesquite, east of Dallas, company officials said Friday.",
     "About a third of the shells made at the plant in recent years have been shipped to Ukraine, according to the Army."],
    "aid", "aid", 3, "mesquite-artillery-plant-contract-2027-11-05", a="Ram\u00f3n Castellanos-Reyes", n="major ammunition contract partly for Ukraine"),
    byline="Ram\u00f3n Castellanos-Reyes"),
  X(OFF("2027-11-05 15:00", "Final count shows Texas voters approved 16 of 17 constitutional amendments",
      ["Texas voters approved all but one of the 17 proposed amendments to the state constitution in Tuesday's election, according to final unofficial results released Friday."],
      "texas-constitutional-amendments-2027", a="Jasmine Whitfield", n="Texas elections"), byline="Jasmine Whitfield"),
  X(E("2027-11-05 12:45", "Ukrainian families in Texas scramble as humanitarian parole runs out",
    ["Thousands of Ukrainians who came to Texas through a federal sponsorship program are looking for other ways to stay after the Department of Homeland Security confirmed their permission to remain in the country will not be renewed.",
     "Immigration lawyers in Houston and Dallas say they are booked through January."],
    "other", "humanitarian", 2, "ukrainian-parole-expiry-texas-2027-11", a="Lena Marchuk"), byline="Lena Marchuk"),
  X(OFF("2027-11-05 10:00", "Houston ISD board delays vote on closing a dozen schools",
      ["The Houston Independent School District's appointed board postponed a vote on closing 12 under-enrolled campuses after hours of public testimony Thursday night."],
      "houston-isd-school-closures-2027-11", a="Jasmine Whitfield and Theo Barragan", n="Texas schools"), byline="Jasmine Whitfield and Theo Barragan"),
  X(E("2027-11-05 08:15", "Texas Republicans in Congress split over new Ukraine weapons package",
    ["Texas' Republican members of Congress are divided over a $9 billion package to replace weapons sent to Ukraine, with several defense hawks backing it and hard-line conservatives promising to vote no.",
     "The House is expected to take up the measure next week."],
    "aid", "aid", 2, "texas-republicans-ukraine-package-split-2027-11-05", a="Theo Barragan", n="funding debate ahead of the House vote"), byline="Theo Barragan"),
  X(E("2027-11-05 05:00", "Texas A&M engineers test drone that maps land mines for Ukraine",
    ["Researchers at Texas A&M University say a drone carrying ground-penetrating radar can find buried land mines far faster than teams on foot, and they plan to send the first units to Ukrainian deminers next spring."],
    "other", "humanitarian", 2, "texas-am-demining-drone-2027-11", a="Lena Marchuk"), byline="Lena Marchuk"),
  ]))

# ---------------------------------------------------------------- 15305 CalMatters (HTML listing)
SEEDS.append(dict(
  id="15305", name="15305_calmatters-latest", ext="html", source="CalMatters", zone="America/Los_Angeles", render=r_calmatters,
  title="Latest", lede="The newest reporting and commentary from CalMatters.",
  basis="stamp '{s}' printed before the headline (no zone printed; CalMatters' home zone, Pacific time, PDT = UTC-7 on Nov. 6); local {d} in {z}",
  notes="Imitates the CalMatters 'Latest' archive page (WordPress). Newest first. Each card: kicker, the stamp 'Nov. 6, 2027 4:40 p.m.' (no zone printed; Pacific time, PDT = UTC-7 on 6 Nov 2027) BEFORE the headline, excerpt, 'By NAME'. JSON-LD is only a Yoast-style @graph (CollectionPage, BreadcrumbList, WebSite, Organization), no article data. Two off-beat California items. 15305-04 (transformer shipment) follows the grid agreement reported by KQED on Nov. 4 (15303-03) but is a new event with its own story.",
  not_entries=["top bar (nonprofit note, Donate, Newsletters)", "logo and section navigation", "archive heading 'Latest' and its description",
               "kicker above every card", "'WhatMatters' newsletter promo after the third card", "'Older posts' link", "footer (republishing note, links)"],
  entries=[
  X(E("2027-11-06 16:40", "California Guard sends medics to train Ukrainian troops in Poland",
    ["About 40 California National Guard members will spend the winter in Poland training Ukrainian army medics, the Guard said Saturday, expanding a partnership with Ukraine that dates to 1993."],
    "aid", "aid", 2, "california-guard-trainers-poland-2027-11-06", a="Mariela Quintanar"), kicker="Politics"),
  X(OFF("2027-11-06 14:05", "Budget analyst warns of $18 billion shortfall next year",
      ["California faces an $18 billion budget gap next year as capital gains revenue cools, the Legislative Analyst's Office said in its annual fiscal outlook."],
      "california-budget-outlook-2027-11", a="Jonah Feldstein", n="California budget"), kicker="Economy"),
  X(E("2027-11-06 12:30", "Sacramento's Ukrainian community holds vigil for Dnipro strike victims",
    ["Several hundred people gathered outside the state Capitol on Saturday to mourn the victims of this week's Russian missile strike on Dnipro, many of them relatives of people who live in the city."],
    "other", "humanitarian", 2, "sacramento-vigil-dnipro-victims-2027-11-06", a="Mariela Quintanar", sec=["strikes"], n="community reaction in California, own story (not the strike itself)"), kicker="California Divide"),
  X(E("2027-11-06 10:50", "First California transformers for Ukraine leave Port of Oakland",
    ["A cargo ship carrying 14 surplus power transformers donated by California utilities left the Port of Oakland on Saturday, the first delivery under an agreement signed with Ukraine this week."],
    "aid", "aid", 2, "california-transformers-shipment-2027-11-06", a="Jonah Feldstein", n="new event after the 4 Nov agreement (15303-03)"), kicker="Environment"),
  X(OFF("2027-11-06 09:15", "Crews gain ground on wildfire near Ojai",
      ["Firefighters had contained a third of a 2,400-acre wildfire in the hills above Ojai by Saturday morning as winds eased, Ventura County officials said."],
      "ojai-wildfire-2027-11", a="Dana Whitcombe", n="wildfire"), kicker="Environment"),
  X(E("2027-11-06 07:30", "Lawmakers push state pension funds to drop companies still doing business in Russia",
    ["Two Democratic lawmakers want to require CalPERS and CalSTRS to sell their stakes in companies that still operate in Russia, arguing that the pension giants are helping to finance the war."],
    "diplomacy", "diplomacy", 2, "california-pension-russia-divestment-bill-2027-11", a="Jonah Feldstein", n="economic pressure on Russia, treated like sanctions"), kicker="Politics"),
  ]))



def r_agenceeurope(S):
    """Agence Europe (agenceurope.eu) 'Europe Daily Bulletin' web edition, HTML without JSON-LD: oldest first; per article a
    section label, the title, a meta line 'DD/MM/YYYY HH:MM' (no zone), then text opening with the dateline
    'Brussels, 08/11/2027 (Agence Europe) - ' and a closing signature '(Original version in French by NAME)' or initials."""
    z = S["zone"]; order_check(S, False); d0 = dt(S["entries"][0]["t"], z)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - Agence Europe</title></head><body>',
           '<header><a class="logo" href="/">AGENCE EUROPE</a> <span class="lang"><a href="/fr">FR</a> | <a href="/en">EN</a></span> '
           '<a href="/abonnement">Subscribe</a> <a href="/login">Log in</a>'
           '<nav><a>Europe Daily Bulletin</a> <a>Europe Diplomacy &amp; Defence</a> <a>Europe Documents</a> <a>Archives</a> <a>Search</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="bulletin-date">{DAYS_EN[d0.weekday()]} {d0.day} {MONTHS[d0.month - 1]} {d0.year}</p>',
           '<p class="notice">Reproduction forbidden without the written consent of the publisher.</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%d/%m/%Y %H:%M}"; stamps.append(st)
        out.append(f'<article class="ae-article"><p class="section">{esc(e["sect"])}</p><h2>{esc(e["h"])}</h2><p class="meta">{st}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append(f'<p class="signature">{esc(e["sig"])}</p></article>')
        if i == 3:
            out.append('<aside class="promo">Try Agence Europe free for two weeks. <a href="/trial">Request a trial</a></aside>')
    out += ['</main><footer>\u00a9 Agence Europe S.A. \u00b7 Legal notice \u00b7 Contact \u00b7 Terms of sale</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_puck(S):
    """Puck (puck.news) 'Latest' river, text scrape: a date heading without year ('TUESDAY, NOVEMBER 9'), cards with the
    newsletter name in capitals, title-case headline, dek, 'By NAME' and '6:40 PM ET'. No year anywhere on the page."""
    z = S["zone"]; order_check(S, True); d0 = dt(S["entries"][0]["t"], z)
    L = ["PUCK", "", "Latest   Writers   Newsletters   Podcasts   Events", "Subscribe   Sign in", "", S["title"], "",
         f"{DAYS_EN[d0.weekday()].upper()}, {MONTHS[d0.month - 1].upper()} {d0.day}", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, space=' ', upper=True)} ET"; stamps.append(st)
        L += [e["letter"], e["h"], ""] + ptxt(e["p"]) + [f"By {e['a']}", st, ""]
        if i == 2:
            L += ["Puck is a subscription media company. Members get every newsletter, every podcast and invitations to events. Join now.", ""]
    L += ["Load More", "", "Puck \u00b7 About \u00b7 Careers \u00b7 Help \u00b7 Privacy Policy \u00b7 Terms of Use"]
    raw = "\n".join(L) + "\n"
    assert not re.search(r"\b20\d\d\b", raw), "Puck page must name no year"
    return raw, stamps


def r_punchbowl(S):
    """Punchbowl News AM newsletter page, HTML with NewsArticle JSON-LD: label, headline, three-name byline, date line with a
    clock (no zone), 'Good Wednesday morning.' intro, h2 sections (one entry each, no per-section time), a 'Presented by' sponsor block."""
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": d0.isoformat(),
          "dateModified": d0.isoformat(), "author": [{"@type": "Person", "name": n} for n in S["authors"]],
          "publisher": {"@type": "Organization", "name": "Punchbowl News"}, "isAccessibleForFree": False,
          "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".paywalled"}}
    out = ['<!DOCTYPE html>', '<html lang="en-US"><head><meta charset="UTF-8">', f'<title>{esc(S["title"])} | Punchbowl News</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header><a class="logo" href="/">Punchbowl News</a><nav><a href="/am/">AM</a> <a href="/midday/">Midday</a> <a href="/pm/">PM</a> '
           '<a href="/the-vault/">The Vault</a> <a href="/events/">Events</a> <a href="/podcast/">The Podcast</a></nav>'
           '<a class="btn" href="/subscribe/">Subscribe</a> <a href="/login/">Log in</a></header>',
           '<main><article><p class="label">Punchbowl News AM</p>', f'<h1>{esc(S["title"])}</h1>',
           f'<p class="byline">By {esc(S["byline"])}</p>',
           f'<p class="date">{DAYS_EN[d0.weekday()]}, {MONTHS[d0.month - 1]} {d0.day}, {d0.year} | {ampm(d0, space=" ", upper=True)}</p>',
           '<div class="paywalled">', f'<p class="intro">{esc(S["lede"])}</p>']
    for i, e in enumerate(S["entries"]):
        out.append(f'<h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if i == 1:
            out.append(f'<div class="sponsor"><p class="sponsor-label">Presented by {esc(S["sponsor"])}</p><p>{esc(S["sponsor_text"])}</p></div>')
    out += ['</div></article>', '<aside class="signup">Get Punchbowl News AM in your inbox every weekday. <a href="/subscribe/">Subscribe</a></aside></main>',
            '<footer>\u00a9 2027 Punchbowl News \u00b7 Privacy Policy \u00b7 Terms of Service \u00b7 Advertise</footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_wp_rss(S):
    """WordPress RSS 2.0 (Roll Call): pubDate in +0000, dc:creator and category in CDATA, description = excerpt in CDATA plus
    WordPress' 'The post ... appeared first on ...' line; newest first."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"', '\txmlns:content="http://purl.org/rss/1.0/modules/content/"',
           '\txmlns:wfw="http://wellformedweb.org/CommentAPI/"', '\txmlns:dc="http://purl.org/dc/elements/1.1/"',
           '\txmlns:atom="http://www.w3.org/2005/Atom"', '\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"', '\t>', '', '<channel>',
           f'\t<title>{esc(S["title"])}</title>', f'\t<atom:link href="{S["url"]}feed/" rel="self" type="application/rss+xml" />',
           f'\t<link>{S["url"]}</link>', f'\t<description>{esc(S["lede"])}</description>', f'\t<lastBuildDate>{rfc822(last)}</lastBuildDate>',
           '\t<language>en-US</language>', '\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>', '\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>',
           '\t<generator>https://wordpress.org/?v=6.9.1</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        d_loc = d
        link = f"{S['url']}{d_loc.year}/{d_loc.month:02d}/{d_loc.day:02d}/{slug(e['h'], 70)}/"
        body = "".join(f"<p>{esc(p)}</p>" for p in e["p"])
        body += f'<p>The post <a href="{link}">{esc(e["h"])}</a> appeared first on <a href="{S["url"]}">{esc(S["source"])}</a>.</p>'
        out += ['\t<item>', f'\t\t<title>{esc(e["h"])}</title>', f'\t\t<link>{link}</link>',
                f'\t\t<dc:creator><![CDATA[{e["a"]}]]></dc:creator>', f'\t\t<pubDate>{st}</pubDate>',
                f'\t\t<category><![CDATA[{e.get("cat", "Congress")}]]></category>',
                f'\t\t<guid isPermaLink="false">{S["url"]}?p={733100 + i * 37}</guid>',
                f'\t\t<description><![CDATA[{body}]]></description>', '\t</item>']
    out += ['\t</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


# ---------------------------------------------------------------- 15306 Agence Europe (HTML bulletin)
SIG_AD = "(Original version in French by Aur\u00e9lien Dassonville)"
SIG_CV = "(Original version in French by Camille Verhaegen)"
SEEDS.append(dict(
  id="15306", name="15306_agenceeurope-bulletin", ext="html", source="Agence Europe", zone="Europe/Brussels", render=r_agenceeurope,
  title="Europe Daily Bulletin No. 13512",
  basis="meta line '{s}' (day/month/year, Brussels time, no zone printed; CET = UTC+1); local {d} in {z}",
  notes="Imitates the web edition of Agence Europe's Europe Daily Bulletin. No JSON-LD. Oldest first. Each article: section label in capitals, title, a meta line '08/11/2027 09:40' (DAY/MONTH/YEAR, so 8 November, not 11 August; Brussels time, no zone printed, CET = UTC+1), text opening with the dateline 'Brussels, 08/11/2027 (Agence Europe) - ' (kept in first_sentence as printed), and a signature. '(Original version in French by NAME)' gives the author; initials-only signatures ('(LT)', '(MG)') give author null. One off-beat item (digital euro).",
  not_entries=["logo, language switch, Subscribe / Log in, navigation", "bulletin title 'Europe Daily Bulletin No. 13512' (page title) and date line 'Monday 8 November 2027'",
               "reproduction notice", "section labels above each article (EXTERNAL ACTION, SECURITY - DEFENCE, ...)", "signature lines (author credit or initials)",
               "trial promo after the fourth article", "footer"],
  entries=[
  X(E("2027-11-08 09:40", "Council formally adopts 26th package of sanctions against Russia",
    ["Brussels, 08/11/2027 (Agence Europe) - The Council of the EU formally adopted on Monday 8 November the 26th package of restrictive measures against Russia, which adds 118 vessels of the so-called shadow fleet and three banks in third countries to the EU's lists.",
     "The package had been held up for three weeks by Slovakia, which obtained written assurances on its gas supplies."],
    "diplomacy", "diplomacy", 3, "eu-26th-sanctions-package-adopted-2027-11-08", a="Aur\u00e9lien Dassonville", n="sanctions package adopted"),
    sect="EXTERNAL ACTION", sig=SIG_AD),
  X(E("2027-11-08 11:15", "Defence ministers endorse \u20ac6 billion for drones made in Ukraine",
    ["Brussels, 08/11/2027 (Agence Europe) - Meeting by videoconference, EU defence ministers on Monday endorsed a plan to finance \u20ac6 billion worth of drones produced in Ukraine, to be paid for partly from the windfall profits of immobilised Russian assets.",
     "Deliveries would start in the first quarter of next year, according to a diplomatic source."],
    "aid", "aid", 3, "eu-ukrainian-drone-financing-2027-11-08", n="major aid decision; initials-only signature, author null"),
    sect="SECURITY - DEFENCE", sig="(LT)"),
  X(E("2027-11-08 12:50", "Kallas warns that a ceasefire must not reward aggression",
    ["Brussels, 08/11/2027 (Agence Europe) - The High Representative for Foreign Affairs, Kaja Kallas, warned on Monday against any ceasefire arrangement that would freeze Russia's territorial gains without solid security guarantees for Ukraine."],
    "diplomacy", "diplomacy", 2, "kallas-ceasefire-warning-2027-11-08", a="Aur\u00e9lien Dassonville"),
    sect="EXTERNAL ACTION", sig=SIG_AD),
  X(E("2027-11-08 14:30", "Commission disburses \u20ac4.1 billion to Ukraine under the Ukraine Facility",
    ["Brussels, 08/11/2027 (Agence Europe) - The European Commission on Monday paid Ukraine \u20ac4.1 billion, the largest single instalment so far under the Ukraine Facility, after Kyiv completed reforms of its customs service and public procurement.",
     "A further payment is expected before the end of the year."],
    "aid", "aid", 3, "ukraine-facility-instalment-2027-11-08", a="Camille Verhaegen", n="major financial package"),
    sect="ECONOMY - FINANCE", sig=SIG_CV),
  X(E("2027-11-08 16:05", "Hungary again blocks opening of first negotiating cluster with Ukraine",
    ["Brussels, 08/11/2027 (Agence Europe) - Hungary on Monday again prevented the EU from opening the first cluster of accession negotiations with Ukraine, citing the rights of the Hungarian minority in the Zakarpattia region."],
    "diplomacy", "diplomacy", 2, "hungary-blocks-ukraine-accession-cluster-2027-11-08", n="initials-only signature, author null"),
    sect="ENLARGEMENT", sig="(MG)"),
  X(OFF("2027-11-08 17:40", "Eurogroup backs timetable for digital euro legislation",
      ["Brussels, 08/11/2027 (Agence Europe) - Eurozone finance ministers on Monday backed a timetable under which the co-legislators would conclude their work on the digital euro regulation by the middle of next year."],
      "eurogroup-digital-euro-timetable-2027-11-08", a="Camille Verhaegen", n="EU monetary affairs"),
    sect="ECONOMY - FINANCE", sig=SIG_CV),
  X(E("2027-11-08 18:55", "EU condemns Russian drone attack on Danube port of Izmail",
    ["Brussels, 08/11/2027 (Agence Europe) - The European External Action Service on Monday evening condemned a Russian drone attack on the Ukrainian port of Izmail, on the Danube, which damaged grain warehouses a few hundred metres from the Romanian border."],
    "strikes", "strikes", 2, "izmail-port-drone-attack-2027-11-08", a="Aur\u00e9lien Dassonville", sec=["diplomacy"], n="reaction whose content is the attack; non-deadly"),
    sect="EXTERNAL ACTION", sig=SIG_AD),
  ]))

# ---------------------------------------------------------------- 15307 Puck (river without a year)
SEEDS.append(dict(
  id="15307", name="15307_puck-latest", ext="txt", source="Puck", zone="America/New_York", render=r_puck,
  title="Latest", parse_args=["--date", "2027-11-09"],
  basis="stamp '{s}' (ET printed; EST = UTC-5 after 7 Nov) under the date heading 'TUESDAY, NOVEMBER 9' (no year printed anywhere; parse_args gives 2027-11-09); local {d} in {z}",
  notes="Imitates Puck's 'Latest' river as copied from the browser. No year anywhere on the page, hence parse_args --date 2027-11-09. One date heading in capitals 'TUESDAY, NOVEMBER 9'; newest first; each card: newsletter name in capitals, title-case headline, one-paragraph dek (the body), 'By NAME', '6:40 PM ET'. ET is EST (UTC-5) on 9 Nov 2027. Three of six items are off-beat (Hollywood, Wall Street, media); the three war items are analysis pieces (importance 2).",
  not_entries=["logo 'PUCK', navigation, Subscribe / Sign in", "page heading 'Latest'", "date heading 'TUESDAY, NOVEMBER 9'",
               "newsletter-name line above every card (e.g. 'THE WAR ROOM')", "membership pitch after the third card", "'Load More'", "footer"],
  entries=[
  X(OFF("2027-11-09 18:40", "The Streaming Bundle Endgame",
      ["Why the next round of bundling will squeeze the mid-sized studios harder than anyone in Burbank is willing to admit."],
      "streaming-bundle-analysis-2027-11", a="Nell Abernathy", n="Hollywood business"), letter="THE LOT"),
  X(E("2027-11-09 16:15", "The Pentagon's Quiet Patriot Shuffle",
    ["Behind the scenes, the Pentagon is moving interceptors out of Gulf stockpiles and toward Ukraine, and not everyone in the building is happy about it."],
    "aid", "aid", 2, "pentagon-patriot-interceptors-shift-2027-11", a="Rafe Lindqvist", n="analysis with reporting on an arms transfer"), letter="THE WAR ROOM"),
  X(OFF("2027-11-09 13:30", "Private Credit's Uncomfortable Quarter",
      ["The funds that spent years telling investors their loans never wobble are suddenly marking down a lot of paper."],
      "private-credit-markdowns-2027-11", a="Simone Achterberg", n="Wall Street"), letter="DEAL FLOW"),
  X(E("2027-11-09 11:05", "Moscow's Slow-Walk",
    ["Why the Kremlin keeps sending junior officials to the Istanbul talks, and what the White House has concluded from it."],
    "diplomacy", "diplomacy", 2, "analysis-kremlin-istanbul-talks-strategy-2027-11", a="Rafe Lindqvist", n="analysis"), letter="THE WAR ROOM"),
  X(OFF("2027-11-09 08:20", "The Anchor Exodus",
      ["Three prime-time hosts, two networks and one very awkward upfront presentation."],
      "tv-anchor-departures-2027-11", a="Nell Abernathy", n="media industry"), letter="THE LOT"),
  X(E("2027-11-09 06:00", "Kyiv's Long-Range Bet",
    ["Ukraine's deep-strike drone campaign is now hitting a Russian refinery almost every night. The question in Washington is whether any of it changes the math at the negotiating table."],
    "strikes", "strikes", 2, "analysis-ukraine-deep-strike-campaign-2027-11", a="Rafe Lindqvist", n="analysis of the drone campaign, no single event"), letter="THE WAR ROOM"),
  ]))

# ---------------------------------------------------------------- 15308 Punchbowl News (newsletter sections)
HOUSEUKR = "house-ukraine-replenishment-package-2027-11"
NDAA = "ndaa-ukraine-security-assistance-2027-11"
PB_BY = "Carson Whitley, Meera Dandekar and Paul Szymanski"
SEEDS.append(dict(
  id="15308", name="15308_punchbowl-am", ext="html", source="Punchbowl News", zone="America/New_York", render=r_punchbowl,
  title="The Ukraine vote is on", dateline_t="2027-11-10 06:02", byline=PB_BY, authors=["Carson Whitley", "Meera Dandekar", "Paul Szymanski"],
  lede="Good Wednesday morning. House Republican leaders have decided to put the Ukraine money on the floor. Here is how the whip count looks.",
  sponsor="Northgate Energy Partners", sponsor_text="American natural gas keeps the lights on for our allies. Learn how at northgate-energy.example.",
  basis="newsletter section without its own time (no stamp): published = the page date line 'Wednesday, November 10, 2027 | 6:02 AM' (no zone printed; Washington, Eastern time, EST = UTC-5); local {d} in {z}",
  notes="Imitates a Punchbowl News AM newsletter page. One page byline with three names, kept as one string and used as every section's author. Each h2 section is one entry (headline = section heading), stamp null, published = the date line 'Wednesday, November 10, 2027 | 6:02 AM' (no zone printed; EST -> 11:02 UTC). The 'Good Wednesday morning.' intro is the lede; the 'Presented by ...' block is an advertisement. NewsArticle JSON-LD with the three authors and the paywall markers. Two off-beat sections (stopgap talks, a nomination).",
  not_entries=["logo and navigation (AM, Midday, PM, The Vault, ...), Subscribe / Log in", "label 'Punchbowl News AM'", "headline (page title)",
               "byline 'By Carson Whitley, Meera Dandekar and Paul Szymanski'", "date line", "intro 'Good Wednesday morning. ...' (lede)",
               "'Presented by Northgate Energy Partners' sponsor block (advertisement)", "sign-up box", "footer"],
  entries=[
  E("2027-11-10 06:02", "The Ukraine vote",
    ["House Republican leaders will bring the $9 billion package to replace weapons sent to Ukraine to the floor on Thursday, betting that Democratic votes will carry it past a bloc of conservatives who oppose it.",
     "GOP leadership aides told us they expect between 110 and 130 Republicans to vote yes. Democratic leaders have promised that most of their members will too, as long as the text is not changed.",
     "The White House has not formally endorsed the bill, but officials have told lawmakers privately that the president would sign it."],
    "aid", "aid", 3, HOUSEUKR, a=PB_BY, n="US funding decision scheduled for a vote"),
  E("2027-11-10 06:02", "Sanctions bill picks up steam",
    ["A bipartisan Senate bill that would slap secondary tariffs on countries buying Russian oil now has 84 cosponsors, and Senate leaders are discussing a vote before Thanksgiving.",
     "The sponsors say they have been told the administration will not try to block it."],
    "diplomacy", "diplomacy", 2, "senate-russia-sanctions-bill-cosponsors-2027-11-10", a=PB_BY),
  OFF("2027-11-10 06:02", "Shutdown watch",
      ["Appropriators are still trading offers on a stopgap spending bill, with government funding set to run out on Nov. 21 and no deal in sight.",
       "The main sticking point is how long the stopgap should last."],
      "stopgap-spending-talks-2027-11", a=PB_BY, n="US budget politics"),
  E("2027-11-10 06:02", "NDAA",
    ["Armed Services negotiators have agreed to keep $400 million for the Ukraine Security Assistance Initiative in the final defense policy bill, according to three people familiar with the talks."],
    "aid", "aid", 2, NDAA, a=PB_BY),
  OFF("2027-11-10 06:02", "Nominations",
      ["The Senate is on track to confirm the new ambassador to Japan this week after Democrats dropped their hold."],
      "ambassador-japan-confirmation-2027-11", a=PB_BY, n="Senate nominations"),
  ]))

# ---------------------------------------------------------------- 15309 Roll Call (WordPress RSS)
SEEDS.append(dict(
  id="15309", name="15309_rollcall-rss", ext="xml", source="Roll Call", zone="UTC", render=r_wp_rss,
  title="Roll Call", url="https://rollcall.com/", lede="Congressional news, analysis and data",
  basis="RSS pubDate '{s}' (WordPress prints UTC, +0000); local {d} in {z}",
  notes="Imitates Roll Call's WordPress RSS feed. Newest first; pubDate in +0000 (UTC); dc:creator and category in CDATA; description = excerpt paragraph(s) in CDATA followed by WordPress' 'The post ... appeared first on Roll Call.' line, which repeats the headline and is not body text. 15309-06 (23:15 EST on 10 Nov) is already 11 Nov in UTC. Two off-beat Capitol items.",
  not_entries=["channel title/link/description/lastBuildDate/language/sy:update*/generator", "item link, category and guid elements",
               "'The post ... appeared first on Roll Call.' line at the end of every description"],
  entries=[
  E("2027-11-11 22:30", "House passes $9 billion Ukraine weapons package with Democratic votes",
    ["The House voted 268-160 on Thursday to approve $9 billion to replace weapons the United States has sent to Ukraine, with nearly all Democrats and a slim majority of Republicans in favor.",
     "The bill now goes to the Senate, where leaders of both parties have said they support it."],
    "aid", "aid", 3, HOUSEUKR, a="Aidan Quarles", n="US funding vote passed"),
  OFF("2027-11-11 20:10", "On Veterans Day, VA panel presses for fix to claims backlog",
      ["Members of the House Veterans' Affairs Committee marked Veterans Day by pressing the department to clear a backlog of more than 300,000 disability claims."],
      "va-claims-backlog-2027-11-11", a="Brianna Keel", n="veterans policy"),
  E("2027-11-11 18:45", "Russia sanctions bill sponsors ask for floor time before Thanksgiving",
    ["The lead sponsors of the Senate's Russia sanctions bill sent a letter to leaders of both parties on Thursday asking for a floor vote before the Thanksgiving recess."],
    "diplomacy", "diplomacy", 2, "senate-russia-sanctions-bill-floor-request-2027-11-11", a="Aidan Quarles"),
  OFF("2027-11-11 16:00", "Appropriators trade new offers as funding deadline nears",
      ["House and Senate appropriators exchanged new offers on Thursday for a stopgap spending bill but remained apart on how long it should run."],
      "stopgap-spending-talks-2027-11", a="Brianna Keel", n="US budget politics"),
  E("2027-11-11 14:20", "Pentagon warns Ukraine replenishment money will run dry by spring",
    ["The Pentagon's comptroller told appropriators that money to replace weapons sent to Ukraine will be exhausted by April unless Congress provides more, according to a letter obtained by CQ Roll Call."],
    "aid", "aid", 2, "pentagon-ukraine-replenishment-funds-warning-2027-11-11", a="Gwen Hadley"),
  E("2027-11-11 04:15", "Conferees keep Ukraine security assistance in final NDAA",
    ["The compromise defense policy bill filed late Wednesday keeps $400 million a year for the Ukraine Security Assistance Initiative, a program some House conservatives had sought to end."],
    "aid", "aid", 2, NDAA, a="Gwen Hadley", n="same decision as 15308-04, now in the filed text"),
  ]))



# ================================================================ Part B renderers (invented outlets)

def r_ashlow(S):
    """text live, newest first; 'Key Points' block with '- ' bullets; stamp line '4.52pm GMT' before the headline;
    optional 'By NAME' line under the headline."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"], "Home | UK | World | Business | Sport | Opinion | Live", "", "LIVE", S["title"], S["dateline"], "", S["lede"], "",
         "Key Points"] + ["- " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, sep='.')} GMT"; stamps.append(st)
        L += [st, e["h"]]
        if e["a"]:
            L += [f"By {e['a']}"]
        L += [""] + ptxt(e["p"])
        if i == 2:
            L += ["Get the Chronicle's war briefing in your inbox every morning. Sign up here.", ""]
    L += ["Show older posts", "", f"{S['source']} \u00b7 About us \u00b7 Corrections \u00b7 Privacy \u00b7 Cookies"]
    return "\n".join(L) + "\n", stamps


def r_ldlive(S):
    """HTML live blog with LiveBlogPosting JSON-LD. S['ld_real']: per-update datePublished are the real times; otherwise (a
    Guardian-like quirk) every update carries the PAGE's datePublished/headline and only the visible <time> is per post.
    S['graph']: wrap in @graph with @type ['NewsArticle','LiveBlogPosting']. S['fmt']: '24' -> '09:30', '12' -> '3.20pm'.
    S['newest_first'] sets the order; the author sits below the headline."""
    z = S["zone"]; nf = S.get("newest_first", False); order_check(S, nf)
    ents = S["entries"]
    first = dt(min(e["t"] for e in ents), z); last = dt(max(e["t"] for e in ents), z)
    ups = []
    for i, e in enumerate(ents):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#block-{i + 1:03d}",
             "headline": e["h"] if S["ld_real"] else S["title"],
             "datePublished": (d if S["ld_real"] else first).isoformat(), "articleBody": "\n\n".join(e["p"])[:1000]}
        if not S["ld_real"]:
            u["dateModified"] = last.isoformat()
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    page = {"@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(), "dateModified": last.isoformat(),
            "coverageStartTime": first.isoformat(), "liveBlogUpdate": ups}
    if S.get("graph"):
        org = S["url"].split("/live")[0] + "/#publisher"
        page = dict({"@type": ["NewsArticle", "LiveBlogPosting"], "publisher": {"@id": org}}, **page)
        ld = {"@context": "https://schema.org", "@graph": [{"@type": "NewsMediaOrganization", "@id": org, "name": S["source"]}, page]}
    else:
        ld = dict({"@context": "https://schema.org", "@type": "LiveBlogPosting"}, **page)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {esc(S["source"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<div class="consent">{esc(S["source"])} uses cookies. <button>Accept</button> <button>Manage</button></div>',
           f'<header><a class="brand" href="/">{esc(S["source"])}</a><nav>' + " ".join(f"<a>{esc(n)}</a>" for n in S["nav"]) + '</nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(ents):
        d = dt(e["t"], z)
        st = f"{d:%H:%M}" if S["fmt"] == "24" else ampm(d, sep=".")
        stamps.append(st)
        out.append(f'<article class="block" id="block-{i + 1:03d}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="author">{esc(e["a"])}</p>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<figure class="video">[Video 0:48]</figure>')
        out.append('<div class="share"><a>Copy link</a> <a>Share</a></div></article>')
        if i == 2:
            out.append(f'<aside class="related"><h3>Read more</h3><a href="/explainers">{esc(S["related"])}</a></aside>')
    out += ['</main>', f'<footer>{esc(S["source"])} \u00b7 Editorial code \u00b7 Contact \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_worldrss(S):
    """RSS 2.0 world feed, newest first: pubDate with 'GMT' (S['rfc'] == 'GMT') or the outlet's numeric offset; CDATA paragraphs;
    dc:creator only when the entry has an author."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>',
           '<language>en</language>', f'<ttl>15</ttl>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=(S["rfc"] == "GMT")); stamps.append(st)
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{S["url"]}/{e.get("cat", "world").lower()}/{slug(e["h"], 40)}-{i + 3307}</link>',
                f'<guid isPermaLink="false">{S["guid"]}-{i + 3307}</guid>', f'<pubDate>{st}</pubDate>', f'<category>{e.get("cat", "World")}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_atom(S):
    """Atom 1.0, newest first; <published> ISO with the outlet's offset; escaped HTML content; author per entry."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/atom.xml"/>',
           f'<id>tag:{S["url"].split("//")[1]},2027:feed</id>', f'<updated>{dt(S["entries"][0]["t"], z).isoformat()}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat(); stamps.append(st)
        out += ['<entry>', f'<title type="text">{esc(e["h"])}</title>', f'<link rel="alternate" href="{S["url"]}/a/{slug(e["h"], 40)}"/>',
                f'<id>tag:{S["url"].split("//")[1]},2027:{i + 9021}</id>', f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


# ================================================================ PART B: three multi-source days (invented outlets)
# Day 1 = 2027-11-16 (UTC), day 2 = 2027-11-17, day 3 = 2027-11-24.
KREM = "kremenchuk-missile-strike-2027-11-16"
TALKS = "istanbul-talks-new-round-2027-11-16"
IRIS = "germany-iris-t-pledge-2027-11-16"
PGAS = "poltava-region-gas-site-drone-strike-2027-11-16"
SUBST = "analysis-russia-targets-substations"
SUBST_H = "Analysis: Why Russia keeps coming back for Ukraine's substations"
SUBST_P = ["Tuesday's strike on Kremenchuk, which hit a power substation as well as homes, fits a pattern that Ukrainian engineers know well: Russia returns again and again to the same transformer yards.",
           "Large high-voltage transformers take months to build and cannot simply be bought off the shelf. Every one destroyed leaves a gap that emergency repairs can only partly fill.",
           "Ukraine has spent two years burying cables, building earth walls and spreading generation across smaller sites. Grid managers say that has made blackouts shorter, but not rarer."]

# ---------------------------------------------------------------- 15320 Ashlow Chronicle (day 1, text live)
SEEDS.append(dict(
  id="15320", name="15320_ashlow-textlive", ext="txt", source="Ashlow Chronicle", zone="Europe/London", render=r_ashlow,
  title="Ukraine war live: Kremenchuk strike kills nine; talks resume in Istanbul", dateline="Tuesday 16 November 2027",
  lede="A Russian missile hits homes and a substation in central Ukraine; delegations meet in Istanbul; Germany adds air defence.",
  basis="stamp '{s}' (UK time printed as GMT = UTC in November) under the dateline 'Tuesday 16 November 2027'; local {d} in {z}",
  notes="Invented outlet (UK). Text live blog, newest first. 'Key Points' block lists two entry headlines (key_point true). Each post: stamp line '4.52pm GMT', headline, optional 'By NAME' line (author), body. 15320-02 is a 'Watch:' teaser without body. 15320-03 is a theme piece (analysis of attacks on substations) that mentions Kremenchuk but is its own story; 15331 re-posts it verbatim on day 2. 15320-06 (drones on a gas site elsewhere in the Poltava region overnight) must not merge with the Kremenchuk missile strike.",
  not_entries=["masthead and navigation", "'LIVE' label", "page title and dateline 'Tuesday 16 November 2027'", "standfirst", "'Key Points' header and its two bullets (pointers to posts)",
               "'Latest' label", "'By NAME' lines (author credits)", "newsletter promo after the third post", "'Show older posts'", "footer"],
  entries=[
  E("2027-11-16 19:40", "Kremenchuk death toll rises to nine",
    ["Nine people are now known to have died after a Russian missile hit an apartment block and a power substation in Kremenchuk this morning, the head of the Poltava regional administration said.",
     "Forty-one people were injured. Rescuers expect to finish clearing the rubble overnight."],
    "strikes", "strikes", 3, KREM, a="Rhian Castell", kp=True, n="toll 9 dead, 41 injured"),
  E("2027-11-16 18:15", "Watch: Smoke rises over Kremenchuk after missile strike", [],
    "strikes", "strikes", 1, KREM, n="teaser without body"),
  E("2027-11-16 16:52", SUBST_H, SUBST_P, "strikes", "strikes", 2, SUBST, a="Owain Thackeray",
    n="theme piece (analysis of attacks on substations); mentions Kremenchuk but must not merge with the Kremenchuk strike"),
  E("2027-11-16 15:05", "Germany pledges four more IRIS-T systems",
    ["Germany will deliver four more IRIS-T air defence systems to Ukraine by next autumn, defence minister Boris Pistorius said on a visit to the Ukrainian embassy in Berlin.",
     "The systems will be paid for from Germany's existing budget for Ukraine, he said."],
    "aid", "aid", 3, IRIS, a="Rhian Castell", n="same aid theme as Norway's drone money (15321-05) but a different pledge: must not merge"),
  E("2027-11-16 13:30", "Russian and Ukrainian delegations open new round of talks in Istanbul",
    ["Negotiators from Russia and Ukraine sat down in Istanbul this afternoon for the first direct talks in more than two months, with Turkey's foreign minister hosting the opening session.",
     "Kyiv's delegation said it would focus on prisoner exchanges and the return of deported children."],
    "diplomacy", "diplomacy", 3, TALKS, a="Owain Thackeray", kp=True),
  E("2027-11-16 11:10", "Drones hit gas facility in Poltava region overnight",
    ["Russian drones struck a gas production site in the Poltava region overnight, causing a fire but no casualties, Ukraine's state energy company said.",
     "The site lies about 100km from Kremenchuk."],
    "strikes", "strikes", 3, PGAS, n="same region, different attack (night drones on a gas site): must not merge with the Kremenchuk strike"),
  E("2027-11-16 07:45", "Missile strike on Kremenchuk: three killed",
    ["At least three people were killed when a Russian missile struck an apartment building in the central Ukrainian city of Kremenchuk shortly after 9am local time, officials said."],
    "strikes", "strikes", 3, KREM, a="Rhian Castell", n="first report; toll 3"),
  ]))

# ---------------------------------------------------------------- 15321 Pechersk Courier (day 1, HTML live + JSON-LD)
SEEDS.append(dict(
  id="15321", name="15321_pechersk-ldlive", ext="html", source="Pechersk Courier", zone="Europe/Kyiv", render=r_ldlive,
  title="Russia's war against Ukraine, day by day: 16 November", url="https://pechersk-courier.example/live/2027-11-16",
  dateline="Tuesday, 16 November 2027 \u00b7 all times Kyiv", nav=["Ukraine", "Front", "Economy", "Opinion", "Support us"],
  related="What the Istanbul format can and cannot deliver", ld_real=True, fmt="24", newest_first=False,
  lede="Missile strike on Kremenchuk, drones over the Poltava region and a new round of talks in Istanbul.",
  basis="visible '{s}' in <time datetime> (Kyiv time, EET = UTC+2, named in the dateline) under 'Tuesday, 16 November 2027'; JSON-LD update datePublished agrees; local {d} in {z}",
  notes="Invented outlet (Kyiv). HTML live blog, oldest first, LiveBlogPosting JSON-LD whose liveBlogUpdate items carry the real per-update times, headlines and authors. Visible stamps are bare 'HH:MM' in <time datetime> (Kyiv time per the dateline). 15321-06 is a near-verbatim re-publication of 15321-03 (duplicate_of 15321-03). 15321-02 (overnight drones on a gas site) is the same event as 15320-06 and a different event from the Kremenchuk strike. 15321-05 (Norway funding interceptor drones) is the same aid theme as Germany's IRIS-T pledge but a different event.",
  not_entries=["cookie notice", "brand and navigation", "page title", "dateline 'Tuesday, 16 November 2027 \u00b7 all times Kyiv'", "standfirst",
               "'Copy link' / 'Share' under every update", "'Read more' related link after the third update", "footer"],
  entries=[
  E("2027-11-16 09:30", "Russian missile hits apartment block in Kremenchuk",
    ["A Russian missile struck a five-storey apartment building and a nearby electricity substation in Kremenchuk at about 09:05, killing two people and injuring at least 14, the Poltava regional administration said.",
     "Parts of the city are without power."],
    "strikes", "strikes", 3, KREM, a="Yaryna Bondarchuk", n="toll 2"),
  E("2027-11-16 10:15", "Overnight drones damage gas production site in Poltava region",
    ["A gas production facility in the Poltava region was set on fire by Russian drones during the night, the energy company operating it said. No one was hurt."],
    "strikes", "strikes", 3, PGAS, a="Maksym Ostapenko", n="must not merge with the Kremenchuk strike (same region, other attack)"),
  E("2027-11-16 11:40", "Kremenchuk: toll rises to five as rescuers search rubble",
    ["Five people have now been confirmed dead in Kremenchuk, and rescuers are searching the collapsed section of the building for at least six more residents, emergency services said."],
    "strikes", "strikes", 3, KREM, a="Yaryna Bondarchuk", n="toll 5"),
  E("2027-11-16 12:20", "Delegations arrive in Istanbul for fresh round of talks",
    ["Ukraine's delegation, led by the secretary of the National Security and Defence Council, has arrived in Istanbul for talks with Russia, the first in more than two months."],
    "diplomacy", "diplomacy", 3, TALKS, a="Maksym Ostapenko"),
  E("2027-11-16 13:45", "Norway to fund 1,000 interceptor drones for Ukraine",
    ["Norway will pay for 1,000 Ukrainian-made interceptor drones designed to bring down Shahed-type attack drones, its defence ministry said."],
    "aid", "aid", 2, "norway-interceptor-drones-funding-2027-11-16", a="Maksym Ostapenko", n="same aid theme as Germany's IRIS-T pledge: must not merge"),
  E("2027-11-16 15:10", "Kremenchuk: toll rises to five as rescuers search rubble",
    ["Five people have now been confirmed dead in Kremenchuk, and rescuers are searching the collapsed section of the building for at least six more residents, the emergency services said."],
    "strikes", "strikes", 1, KREM, a="Yaryna Bondarchuk", dup="15321-03", n="near-verbatim repeat of 15321-03 (one word added: 'the')"),
  E("2027-11-16 17:30", "Zelensky: Kremenchuk strike shows Moscow is not serious about Istanbul talks",
    ["President Volodymyr Zelensky said the missile attack on Kremenchuk, launched hours before the talks opened, showed that Russia was using negotiations as cover while it kept bombing Ukrainian cities."],
    "strikes", "strikes", 3, KREM, a="Yaryna Bondarchuk", sec=["diplomacy"], n="reaction whose content is the strike itself"),
  ]))


# ---------------------------------------------------------------- 15322 Greywater World Service (day 1, general world RSS)
SEEDS.append(dict(
  id="15322", name="15322_greywater-worldrss", ext="xml", source="Greywater World Service", zone="UTC", render=r_worldrss, rfc="GMT",
  title="Greywater World Service \u2013 Top World Stories", url="https://greywater-world.example", guid="gws-20271116",
  lede="The day's main international news",
  basis="RSS pubDate '{s}' (GMT = UTC); local {d} in {z}",
  notes="Invented outlet. General world-news RSS 2.0 feed, newest first, pubDate in GMT, no authors. 4 of 6 items are off-beat (Argentine runoff debate, climate talks in Addis Ababa, Japan's GDP, a cyclone in Bangladesh). War items: the Kremenchuk strike spelled 'Kremenchug' (toll 7) and Germany's IRIS-T pledge.",
  not_entries=["channel title, link, description, language and ttl", "item link, guid and category elements"],
  entries=[
  OFF("2027-11-16 21:30", "Argentina's runoff candidates clash over inflation in final debate",
      ["The two candidates in Argentina's presidential runoff traded accusations over inflation and public spending in their last televised debate before Sunday's vote."],
      "argentina-runoff-debate-2027-11", n="Argentine politics"),
  E("2027-11-16 18:50", "Kremenchug strike toll climbs to seven",
    ["A Russian missile attack on the Ukrainian city of Kremenchug has killed seven people, local officials said on Tuesday, as rescue teams searched a partly collapsed apartment building.",
     "Russia's defence ministry said it had struck an energy facility used by the Ukrainian army."],
    "strikes", "strikes", 3, KREM, n="spelling 'Kremenchug'; toll 7"),
  OFF("2027-11-16 14:40", "Climate talks in Addis Ababa enter decisive week",
      ["Ministers arrived in the Ethiopian capital for the second week of the UN climate conference, with negotiators still far apart on a new finance goal for poorer countries."],
      "un-climate-talks-addis-ababa-2027-11", n="climate diplomacy"),
  OFF("2027-11-16 10:25", "Japan's economy shrinks in third quarter as exports slump",
      ["Japan's economy contracted at an annualised rate of 1.2% in the July-September quarter as exports to China and the United States fell, government data showed."],
      "japan-gdp-third-quarter-2027", n="economy"),
  E("2027-11-16 08:10", "Germany to send Ukraine four more air defence systems",
    ["Germany will provide four additional IRIS-T air defence systems to Ukraine, the defence ministry in Berlin said on Tuesday, as Kyiv braces for a winter of attacks on its power grid."],
    "aid", "aid", 3, IRIS),
  OFF("2027-11-16 03:15", "Cyclone makes landfall in southern Bangladesh",
      ["A cyclone with winds of up to 120km/h made landfall near the port of Mongla, and authorities said more than half a million people had been moved to shelters."],
      "bangladesh-cyclone-landfall-2027-11", n="weather"),
  ]))

# ---------------------------------------------------------------- 15323 Wolska Review (day 1, Atom)
SEEDS.append(dict(
  id="15323", name="15323_wolska-atom", ext="xml", source="Wolska Review", zone="Europe/Warsaw", render=r_atom,
  title="Wolska Review \u2013 Ukraine and the region", url="https://wolska-review.example",
  lede="News from Poland and its eastern neighbours",
  basis="Atom <published> '{s}' (explicit +01:00 offset = Warsaw winter time); local {d} in {z}",
  notes="Invented outlet (Warsaw). Atom feed, newest first, <published> with +01:00, <author><name> per entry, escaped HTML content. 15323-02 (a Polish foreign ministry call for a European seat at the talks) is the same theme as the Istanbul talks but a separate statement: must not merge with 15323-03. 15323-05 (drones entering Polish airspace) is about Poland's own security, not the Kremenchuk strike.",
  not_entries=["feed title, subtitle, links, id and updated", "entry link and id elements"],
  entries=[
  E("2027-11-16 21:15", "Kremenchuk strike: nine dead, day of mourning declared",
    ["Authorities in Kremenchuk declared Wednesday a day of mourning after the number of people killed in the morning missile strike rose to nine.",
     "Poland's health ministry said it was ready to take in badly injured patients."],
    "strikes", "strikes", 3, KREM, a="Zofia Kielar", n="toll 9; mourning declared"),
  E("2027-11-16 18:40", "Warsaw wants Europe at the table in Istanbul",
    ["Poland's foreign ministry said European governments should take part in any talks that touch on security arrangements in Europe, and not simply be informed of the results afterwards."],
    "diplomacy", "diplomacy", 2, "poland-europe-seat-istanbul-talks-2027-11-16", a="Tomasz Wrzos", n="same theme as the Istanbul talks, separate statement: must not merge"),
  E("2027-11-16 14:05", "Istanbul: first session ends without joint statement",
    ["The first session of the new round of Russia-Ukraine talks in Istanbul ended after three hours without a joint statement, but both delegations agreed to meet again on Wednesday.",
     "A Turkish official said the atmosphere had been businesslike."],
    "diplomacy", "diplomacy", 3, TALKS, a="Tomasz Wrzos"),
  E("2027-11-16 10:50", "Polish army to buy 180 more K2 tanks",
    ["Poland's defence ministry signed a contract with South Korea's Hyundai Rotem for 180 more K2 tanks, part of a plan to make the Polish army one of Europe's largest land forces."],
    "other", "security", 2, "poland-k2-tank-order-2027-11-16", a="Zofia Kielar", n="procurement by a non-party"),
  E("2027-11-16 07:30", "Polish jets scrambled as Russian drones near border",
    ["Polish and allied aircraft were scrambled overnight as Russia attacked targets in western Ukraine with drones, the operational command said. No violation of Polish airspace was confirmed."],
    "other", "security", 2, "poland-jets-scrambled-2027-11-16", a="Tomasz Wrzos"),
  ]))

# ---------------------------------------------------------------- day 2 renderers

def r_elbring(S):
    """HTML live, newest first, no JSON-LD; bare '17:50' in a span above the h2 and a printed note 'All times CET'; author after the body."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2013 {S["source"]}</title>',
           '<meta name="description" content="' + attr(S["lede"]) + '"></head><body>',
           '<div id="consent">This site uses cookies. <button>Agree</button> <button>Settings</button></div>',
           f'<header><strong>{S["source"]}</strong> <nav><a>Berlin</a> <a>Germany</a> <a>Europe</a> <a>World</a> <a>Ukraine war</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="meta">{esc(S["dateline"])} \u00b7 {esc(S["tznote"])}</p>', f'<p class="lead">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="ticker-entry"><span class="ticker-time">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery">[Gallery: 9 photos]</div>')
        if e["a"]:
            out.append(f'<p class="ticker-author">({esc(e["a"])})</p>')
        out.append('</div>')
        if i == 3:
            out.append('<aside><h3>Background</h3><a href="/explainers/istanbul-format">The Istanbul format explained</a></aside>')
    out += ['<p class="more"><a href="/ukraine/live/2027-11-16">Previous day\u2019s ticker</a></p></main>',
            f'<footer>{S["source"]} \u00b7 Imprint \u00b7 Data protection \u00b7 Advertise</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_tenbrook(S):
    """text live, oldest first; headline line, then the stamp line '5:40 a.m. ET', then the body; no per-post authors."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "Local  \u00b7  Nation & World  \u00b7  Business  \u00b7  Sports  \u00b7  Obituaries  \u00b7  e-Edition", "", S["title"], S["dateline"], "",
         S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, space=' ', dots=True)} ET"; stamps.append(st)
        L += [e["h"], st, ""] + ptxt(e["p"])
        if i == 2:
            L += ["ADVERTISEMENT", ""]
    L += [S["credit"], "", "This live blog is no longer being updated.", "", f"{S['source']} \u00b7 Terms of Use \u00b7 Privacy \u00b7 Contact the newsroom"]
    return "\n".join(L) + "\n", stamps


def r_article_html(S):
    """HTML article with NewsArticle JSON-LD, h2 sections (one entry each, no per-section time), byline and a dateline with time and zone."""
    z = S["zone"]; d0 = dt(S["dateline_t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": d0.isoformat(),
          "author": {"@type": "Person", "name": S["byline"]}, "publisher": {"@type": "Organization", "name": S["source"]}}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2014 {esc(S["source"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header><a href="/">{esc(S["source"])}</a> <nav><a>News</a> <a>Analysis</a> <a>Regions</a> <a>Donate</a></nav></header>',
           f'<main><article><p class="kicker">{esc(S["kicker"])}</p><h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>',
           f'<p class="byline">By {esc(S["byline"])}</p>', f'<p class="dateline">{esc(S["dateline"])}</p>']
    for i, e in enumerate(S["entries"]):
        out.append(f'<h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if i == 0:
            out.append(f'<figure><figcaption>{esc(S["caption"])}</figcaption></figure>')
    out += [f'<p class="support">{esc(S["more"])}</p>', '</article></main>', f'<footer>\u00a9 {esc(S["source"])} \u00b7 Contacts \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


# ---------------------------------------------------------------- day 2 (2027-11-17)
SUMY = "sumy-missile-strike-2027-11-17"
PRIS = "istanbul-prisoner-exchange-agreement-2027-11-17"

# ---------------------------------------------------------------- 15330 Elbring Observer (day 2, HTML live, no JSON-LD)
SEEDS.append(dict(
  id="15330", name="15330_elbring-htmllive", ext="html", source="Elbring Observer", zone="Europe/Berlin", render=r_elbring,
  title="War in Ukraine: the ticker for Wednesday", dateline="Wednesday, 17 November 2027", tznote="All times CET",
  lede="Deadly missile strike on Sumy, agreement on a prisoner exchange in Istanbul, and the end of the search in Kremenchuk.",
  basis="bare stamp '{s}' (the page prints 'All times CET'; CET = UTC+1) under the dateline 'Wednesday, 17 November 2027'; local {d} in {z}",
  notes="Invented outlet (Berlin). HTML live ticker, newest first, no JSON-LD. Bare 'HH:MM' in a span above each h2; the zone is given once ('All times CET'). Author in brackets after the body. 15330-02 is a 'Photos:' gallery teaser without text. 15330-04 (shelling of a border village in the Sumy region) is a different attack from the missile strike on Sumy city: must not merge. 15330-06 continues the day-1 Kremenchuk story (search ended, 11 dead).",
  not_entries=["cookie bar", "masthead and navigation", "page title", "dateline and 'All times CET' note", "lead paragraph",
               "gallery placeholder '[Gallery: 9 photos]'", "author brackets after each body", "'Background' related link after the fourth entry",
               "'Previous day's ticker' link", "footer"],
  entries=[
  E("2027-11-17 20:30", "Sumy toll rises to ten; city declares three days of mourning",
    ["The number of people killed by Wednesday morning's missile strike on Sumy has risen to ten, the city council said, and declared three days of mourning.",
     "Among the dead are a teacher and two of her pupils who were walking to school."],
    "strikes", "strikes", 3, SUMY, a="Jana Ossowski", n="toll 10"),
  E("2027-11-17 18:05", "Photos: Sumy after the missile strike", [], "strikes", "strikes", 1, SUMY, n="gallery teaser without body"),
  E("2027-11-17 16:40", "Istanbul talks: Kyiv and Moscow agree to swap 1,200 prisoners each",
    ["On the second day of their talks in Istanbul, the Russian and Ukrainian delegations agreed to exchange 1,200 prisoners of war each in the coming weeks, Turkey's foreign ministry said.",
     "No progress was reported on a ceasefire."],
    "diplomacy", "diplomacy", 3, PRIS, a="Felix Rautenberg", n="new event within the Istanbul round (agreement)"),
  E("2027-11-17 13:15", "Shelling kills one in Sumy border village",
    ["A man was killed when Russian artillery shelled a village in the Sumy region a few kilometres from the Russian border, the regional administration said."],
    "strikes", "strikes", 3, "sumy-border-village-shelling-2027-11-17", a="Jana Ossowski", n="same region, different attack: must not merge with the Sumy city missile strike"),
  E("2027-11-17 11:20", "Ballistic missiles strike central Sumy, at least four dead",
    ["Two Russian ballistic missiles hit the centre of Sumy during the morning rush hour, killing at least four people, Ukrainian officials said.",
     "Pictures showed a bus stop and a row of shops destroyed."],
    "strikes", "strikes", 3, SUMY, a="Jana Ossowski", n="first report; toll 4"),
  E("2027-11-17 08:45", "Kremenchuk: search ends with 11 dead",
    ["Rescue workers in Kremenchuk have finished searching the apartment block hit by a Russian missile on Tuesday. Eleven people were killed, the emergency service said."],
    "strikes", "strikes", 3, KREM, a="Felix Rautenberg", n="continuation of the day-1 Kremenchuk story (toll 11)"),
  ]))

# ---------------------------------------------------------------- 15331 Tenbrook Evening Star (day 2, text live, US Eastern)
SEEDS.append(dict(
  id="15331", name="15331_tenbrook-textlive", ext="txt", source="Tenbrook Evening Star", zone="America/New_York", render=r_tenbrook,
  title="Live updates: Russian missiles hit Ukraine's Sumy; prisoner deal in Istanbul", dateline="Wednesday, Nov. 17, 2027",
  lede="Follow the latest on Russia's war in Ukraine. This page is updated throughout the day.",
  credit="Compiled by the Evening Star news desk from staff and wire reports.",
  basis="stamp '{s}' printed after the headline (ET = EST, UTC-5) under the dateline 'Wednesday, Nov. 17, 2027'; local {d} in {z}",
  notes="Invented outlet (US East Coast). Text live blog, oldest first; each post: headline, then the stamp line '5:25 a.m. ET', then the body. No per-post authors; the desk credit 'Compiled by the Evening Star news desk from staff and wire reports.' names no person, so author is null. 15331-02 re-posts day 1's analysis 15320-03 verbatim (syndicated): importance 1, same story, re-post of day-1 entry. 15331-04 is a theme piece (explainer on Iskander missiles) that mentions Sumy but is its own story. 15331-06 repeats 15331-03 nearly verbatim (duplicate_of 15331-03). 15331-07 (a US envoy joining the talks) is the same theme as the prisoner agreement but a different event.",
  not_entries=["masthead and navigation", "page title and dateline 'Wednesday, Nov. 17, 2027'", "intro line", "'ADVERTISEMENT'",
               "desk credit 'Compiled by the Evening Star news desk from staff and wire reports.'", "'This live blog is no longer being updated.'", "footer"],
  entries=[
  E("2027-11-17 03:10", "Kremenchuk death toll reaches 11 as rescue operation ends",
    ["Ukrainian emergency workers ended the search of a missile-damaged apartment building in Kremenchuk early Wednesday, raising the death toll from Tuesday's attack to 11."],
    "strikes", "strikes", 3, KREM, n="continuation of the day-1 story (toll 11)"),
  E("2027-11-17 04:30", SUBST_H, SUBST_P, "strikes", "strikes", 1, SUBST,
    n="re-post of day-1 entry 15320-03 (same headline and text, syndicated); importance 1"),
  E("2027-11-17 05:25", "Russian missiles hit Sumy city center",
    ["Russian ballistic missiles struck the center of the northeastern Ukrainian city of Sumy on Wednesday morning, killing at least four people and wounding dozens, local officials said."],
    "strikes", "strikes", 3, SUMY, n="toll 4"),
  E("2027-11-17 07:50", "Explainer: What makes Iskander missiles so hard to stop",
    ["The missiles that hit Sumy on Wednesday were, according to Ukraine's air force, Iskander-M ballistic missiles fired from Russia's Kursk region, less than 100 miles away.",
     "Launched from so close, they reach their targets in two to three minutes, leaving almost no time for sirens. Only a handful of Western systems, such as the Patriot, can intercept them.",
     "Ukraine has asked for more Patriot batteries for northern cities, but most are committed to protecting Kyiv and the power plants."],
    "strikes", "strikes", 2, "explainer-iskander-ballistic-missiles",
    n="theme piece (explainer); mentions Sumy but must not merge with the Sumy strike"),
  E("2027-11-17 09:15", "Sumy death toll climbs to eight",
    ["At least eight people were killed and more than 50 wounded in the missile attack on Sumy, the regional administration said, including a child."],
    "strikes", "strikes", 3, SUMY, n="toll 8"),
  E("2027-11-17 11:40", "Russian missiles hit Sumy city center",
    ["Russian ballistic missiles struck the center of the northeastern Ukrainian city of Sumy on Wednesday morning, killing at least four people and wounding dozens, officials said."],
    "strikes", "strikes", 1, SUMY, dup="15331-03", n="near-verbatim repeat of 15331-03 (one word dropped: 'local')"),
  E("2027-11-17 13:05", "U.S. envoy to join Istanbul talks Thursday",
    ["The State Department said a special envoy would travel to Istanbul to join the third day of talks between Russia and Ukraine, the first time a U.S. official will take part directly in this round."],
    "diplomacy", "diplomacy", 2, "us-envoy-joins-istanbul-talks-2027-11-17", n="same theme as the prisoner agreement (15330-03, 15332-04), different event: must not merge"),
  ]))

# ---------------------------------------------------------------- 15332 Ossington World Report (day 2, general world RSS)
SEEDS.append(dict(
  id="15332", name="15332_ossington-worldrss", ext="xml", source="Ossington World Report", zone="America/Toronto", render=r_worldrss, rfc="num",
  title="Ossington World Report: World", url="https://ossington-report.example", guid="owr-20271117",
  lede="World headlines from the Ossington World Report",
  basis="RSS pubDate '{s}' (explicit -0500 offset = Toronto, EST); local {d} in {z}",
  notes="Invented outlet (Toronto). General world-news RSS 2.0, newest first, pubDate with -0500, dc:creator on some items. 4 of 6 items are off-beat (Canadian inflation, Toronto transit, Chile earthquake, Asian markets). The Sumy strike is spelled 'Sumi' (toll 8).",
  not_entries=["channel title, link, description, language and ttl", "item link, guid and category elements"],
  entries=[
  OFF("2027-11-17 17:45", "Canada's annual inflation rate eases to 2.1% in October",
      ["Consumer prices in Canada rose 2.1% in October from a year earlier, down from 2.4% in September, as gasoline prices fell, Statistics Canada said."],
      "canada-cpi-october-2027", a="Meredith Oyelaran", n="economy"),
  E("2027-11-17 15:10", "Sumi missile strike kills eight, Ukrainian officials say",
    ["A Russian missile strike on the Ukrainian city of Sumi killed eight people and wounded more than 50 on Wednesday, regional officials said."],
    "strikes", "strikes", 3, SUMY, n="spelling 'Sumi'; toll 8"),
  OFF("2027-11-17 12:30", "Toronto transit strike averted after late-night deal",
      ["The Toronto Transit Commission and its largest union reached a tentative agreement hours before a strike deadline, keeping subways and buses running."],
      "toronto-transit-deal-2027-11", a="Devin Castellano", n="local labour news"),
  E("2027-11-17 09:40", "Russia, Ukraine agree to exchange 1,200 prisoners after Istanbul talks",
    ["Russia and Ukraine have agreed to swap 1,200 prisoners of war each, Turkish officials said on Wednesday after a second day of talks in Istanbul."],
    "diplomacy", "diplomacy", 3, PRIS),
  OFF("2027-11-17 06:20", "Strong earthquake shakes northern Chile; no major damage reported",
      ["A magnitude 6.8 earthquake struck off the coast of northern Chile early on Wednesday, shaking buildings in Antofagasta, but authorities reported no serious damage."],
      "chile-earthquake-2027-11-17", n="natural disaster"),
  OFF("2027-11-17 01:05", "Asian stocks slip as chipmakers retreat",
      ["Stock markets in Asia fell on Wednesday, led by semiconductor shares in Taiwan and South Korea, as investors took profits after a strong run."],
      "asian-markets-chip-shares-2027-11-17", n="markets"),
  ]))

# ---------------------------------------------------------------- 15333 Lypky Review (day 2, HTML article with sections)
SEEDS.append(dict(
  id="15333", name="15333_lypky-article", ext="html", source="Lypky Review", zone="Europe/Kyiv", render=r_article_html,
  title="A deadly morning in Sumy as Kremenchuk buries its dead", kicker="Ukraine",
  lede="Two cities, two strikes in two days: our correspondent's round-up of Wednesday.", byline="Oleksandra Hnatiuk",
  dateline="17 November 2027, 18:30 (Kyiv time)", dateline_t="2027-11-17 18:30",
  caption="Rescue workers at the site of the missile strike in central Sumy.",
  more="The Lypky Review is funded by its readers. Support independent journalism from Ukraine.",
  basis="article section without its own time (no stamp): published = the article's dateline '17 November 2027, 18:30 (Kyiv time)' (EET = UTC+2); local {d} in {z}",
  notes="Invented outlet (Kyiv). HTML article with NewsArticle JSON-LD and three h2 sections; each section is one entry (headline = section heading), stamp null, published = the dateline time 18:30 Kyiv (16:30 UTC). The byline is used for every section. Section 2 continues the day-1 Kremenchuk story (funerals, 11 dead).",
  not_entries=["header and navigation", "kicker 'Ukraine'", "article title (page title)", "standfirst", "byline", "dateline", "photo caption after section 1",
               "reader-support line", "footer"],
  entries=[
  E("2027-11-17 18:30", "Sumy",
    ["Russia struck the centre of Sumy with two ballistic missiles on Wednesday morning, killing at least eight people, including a child, and wounding more than 50, the regional administration said.",
     "The missiles landed a few hundred metres apart, near a bus stop and a row of shops, minutes after the air-raid alert began.",
     "The city council said it would decide on Thursday whether to keep schools closed."],
    "strikes", "strikes", 3, SUMY, a="Oleksandra Hnatiuk", n="toll 8"),
  E("2027-11-17 18:30", "Kremenchuk",
    ["In Kremenchuk, where a missile hit an apartment block on Tuesday, rescuers ended their search on Wednesday morning after recovering the bodies of 11 people.",
     "The first funerals were held in the afternoon. The city council said families who lost their homes would be housed in a student dormitory until spring."],
    "strikes", "strikes", 3, KREM, a="Oleksandra Hnatiuk", n="continuation of the day-1 story (toll 11, funerals)"),
  E("2027-11-17 18:30", "Power cuts",
    ["Ukraine's grid operator announced scheduled power cuts for Thursday in the Poltava and Sumy regions, saying the two strikes had damaged substations that supply hundreds of thousands of homes."],
    "other", "humanitarian", 2, "ukrenergo-outages-poltava-sumy-2027-11-17", a="Oleksandra Hnatiuk", sec=["strikes"]),
  ]))


# ---------------------------------------------------------------- day 3 renderers

def r_holosiiv(S):
    """text live, oldest first; date line with weekday and day but NO year; stamp line '08.10' (dot) before the headline;
    signature '\u2014 NAME' after the body."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"].upper(), "Live  |  Front  |  Kyiv  |  Economy  |  Culture  |  Support us", "", S["title"], S["dateline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H.%M}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"\u2014 {e['a']}", ""]
        if i == 3:
            L += ["Our reporters work in Kharkiv, Kyiv and on the front line. Become a member to keep them there.", ""]
    L += ["Coverage continues tomorrow morning.", "", f"{S['source']} \u00b7 Team \u00b7 Contacts \u00b7 Privacy"]
    raw = "\n".join(L) + "\n"
    assert not re.search(r"\b20\d\d\b", raw), "this page must name no year"
    return raw, stamps


def r_article_txt(S):
    """text article with section headings (one entry each), two-name byline and a dateline with time and zone; no per-section stamp."""
    L = [S["source"], "Accueil  \u203a  International  \u203a  Ukraine", "", S["title"], "", S["lede"], "", f"By {S['byline']}", S["dateline"], "",
         "Share: Facebook \u00b7 X \u00b7 LinkedIn \u00b7 E-mail", ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 0:
            L += [f"Read also: {S['readalso']}", ""]
    L += [S["more"], "", f"\u00a9 {S['source']} \u00b7 Legal notice \u00b7 Cookies"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


# ---------------------------------------------------------------- day 3 (2027-11-24)
KHAR = "kharkiv-shopping-centre-strike-2027-11-24"
RUTTE = "rutte-kyiv-visit-2027-11-24"

# ---------------------------------------------------------------- 15340 Konkan Mail (day 3, general world RSS, India)
SEEDS.append(dict(
  id="15340", name="15340_konkanmail-worldrss", ext="xml", source="Konkan Mail", zone="Asia/Kolkata", render=r_worldrss, rfc="num",
  title="Konkan Mail | World", url="https://konkanmail.example", guid="km-world",
  lede="World and national news from the Konkan Mail",
  basis="RSS pubDate '{s}' (explicit +0530 offset = India Standard Time); local {d} in {z}",
  notes="Invented outlet (India). General news RSS 2.0, newest first, pubDate with +0530: the items span local 24 Nov 09:20 to 25 Nov 02:10 but all fall on UTC 2027-11-24. dc:creator 'PTI' (the Press Trust of India) on the domestic items, none on the war items. 4 of 6 items are off-beat (Delhi smog, cricket, OPEC+, Sensex). War items: the Kharkiv strike spelled 'Kharkov' (toll 12) and Rutte's visit to Kyiv.",
  not_entries=["channel title, link, description, language and ttl", "item link, guid and category elements"],
  entries=[
  E("2027-11-25 02:10", "Death toll in Kharkov mall strike rises to 12",
    ["Twelve people were killed and more than 40 injured when Russian missiles hit a shopping centre in the Ukrainian city of Kharkov on Wednesday, officials said."],
    "strikes", "strikes", 3, KHAR, n="spelling 'Kharkov'; toll 12; local 25 Nov, UTC 24 Nov"),
  OFF("2027-11-24 23:15", "Delhi schools shut as smog returns to 'severe' levels",
      ["Primary schools in Delhi will hold classes online for the rest of the week after the capital's air quality index crossed 450, officials said."],
      "delhi-smog-school-closures-2027-11", a="PTI", n="Indian city news"),
  OFF("2027-11-24 20:40", "India clinch Test series against South Africa in Guwahati",
      ["India beat South Africa by seven wickets on the fifth day in Guwahati to win the two-match Test series 1-0."],
      "india-south-africa-test-series-2027-11", a="PTI", n="sport"),
  E("2027-11-24 18:05", "NATO chief Rutte visits Kyiv, promises more air defence",
    ["NATO Secretary General Mark Rutte made an unannounced visit to Kyiv on Wednesday and promised that allies would deliver more air defence systems before the coldest weeks of winter."],
    "diplomacy", "diplomacy", 3, RUTTE, sec=["aid"]),
  OFF("2027-11-24 14:30", "OPEC+ ministers to meet online next week",
      ["OPEC+ oil ministers will hold their next meeting by video link on December 1, the group's secretariat said, with output policy for the first quarter on the agenda."],
      "opec-plus-meeting-2027-12", n="oil markets"),
  OFF("2027-11-24 09:20", "Sensex opens higher as IT stocks rally",
      ["The BSE Sensex rose nearly 400 points in early trade on Wednesday, led by gains in information technology shares after strong US tech earnings."],
      "sensex-opening-2027-11-24", a="PTI", n="markets"),
  ]))

# ---------------------------------------------------------------- 15341 Holosiiv Telegraph (day 3, text live, no year)
SEEDS.append(dict(
  id="15341", name="15341_holosiiv-textlive", ext="txt", source="Holosiiv Telegraph", zone="Europe/Kyiv", render=r_holosiiv,
  title="Live: Russian strike on Kharkiv shopping centre; Rutte in Kyiv", dateline="Wednesday 24 November \u00b7 all times Kyiv (UTC+2)",
  lede="A deadly strike in Kharkiv, a visit by NATO's secretary general and the overnight drone attack.", parse_args=["--date", "2027-11-24"],
  basis="stamp '{s}' (Kyiv time, UTC+2 as printed in the date line) on 'Wednesday 24 November' (no year printed anywhere; parse_args gives 2027-11-24); local {d} in {z}",
  notes="Invented outlet (Kyiv). Text live blog, oldest first; the date line 'Wednesday 24 November \u00b7 all times Kyiv (UTC+2)' names NO year (parse_args --date 2027-11-24). Stamps use a dot ('13.25') and stand on their own line before the headline. Signature '\u2014 NAME' after the body (author). 15341-04 is a 'Video:' teaser without body. 15341-05 is a theme piece (how Kharkiv lives under fire) that mentions the strike but is its own story. 15341-07 repeats 15341-03 nearly verbatim (duplicate_of 15341-03). 15341-06 (shelling of Kupiansk, Kharkiv region) and 15341-01 (the overnight drone attack) must not merge with the Kharkiv city strike.",
  not_entries=["outlet name and navigation", "page title", "date line 'Wednesday 24 November \u00b7 all times Kyiv (UTC+2)'", "lede",
               "signature lines '\u2014 NAME' (author credits)", "membership appeal after the fourth post", "'Coverage continues tomorrow morning.'", "footer"],
  entries=[
  E("2027-11-24 08:10", "Overnight: Russia launched 96 drones, air force says",
    ["Russia attacked Ukraine overnight with 96 attack drones and two ballistic missiles, the air force said, adding that 81 of the drones had been shot down or jammed.",
     "Damage was reported in the Odesa and Chernihiv regions. No one was killed."],
    "strikes", "strikes", 2, "overnight-russian-drone-attack-2027-11-24", a="Solomiia Dzhus", n="must not merge with the Kharkiv shopping-centre strike (other attack)"),
  E("2027-11-24 10:30", "Rutte arrives in Kyiv on unannounced visit",
    ["NATO Secretary General Mark Rutte arrived in Kyiv by train this morning, his first visit to Ukraine in more than a year.",
     "He is due to meet President Volodymyr Zelensky and to visit a repaired power station."],
    "diplomacy", "diplomacy", 3, RUTTE, a="Taras Melnychuk"),
  E("2027-11-24 13:25", "Strike hits shopping centre in Kharkiv",
    ["A Russian missile hit a busy shopping centre in Kharkiv at lunchtime, killing at least five people and setting the building on fire, mayor Ihor Terekhov said.",
     "Dozens of people are believed to be trapped inside."],
    "strikes", "strikes", 3, KHAR, a="Solomiia Dzhus", n="first report; toll 5"),
  E("2027-11-24 14:05", "Video: Firefighters battle blaze at Kharkiv shopping centre", [],
    "strikes", "strikes", 1, KHAR, a="Solomiia Dzhus", n="teaser without body"),
  E("2027-11-24 15:40", "Explainer: How Kharkiv keeps working under fire",
    ["Today's strike is the latest in a long series for Kharkiv, a city of more than a million people about 30 kilometres from the Russian border.",
     "Because missiles fired from the Belgorod region need less than a minute to arrive, the city has moved schools underground, into metro stations and purpose-built bunkers.",
     "Businesses have learned to reopen within days. Most of the shopping centres hit in the past two years are trading again."],
    "other", "humanitarian", 2, "explainer-kharkiv-life-under-fire", a="Taras Melnychuk", sec=["strikes"],
    n="theme piece (explainer); mentions the strike but must not merge with the Kharkiv shopping-centre strike"),
  E("2027-11-24 16:20", "Shelling kills two in Kupiansk",
    ["Two men were killed by Russian artillery fire in Kupiansk, in the east of the Kharkiv region, the regional governor said."],
    "strikes", "strikes", 3, "kupiansk-shelling-2027-11-24", a="Taras Melnychuk", n="same region, different attack: must not merge with the Kharkiv city strike"),
  E("2027-11-24 17:15", "Strike hits shopping centre in Kharkiv",
    ["A Russian missile hit a busy shopping centre in Kharkiv at lunchtime, killing at least five people and setting the building on fire, Mayor Ihor Terekhov said.",
     "Dozens of people are believed to be trapped inside."],
    "strikes", "strikes", 1, KHAR, a="Solomiia Dzhus", dup="15341-03", n="near-verbatim repeat of 15341-03 ('mayor' capitalised)"),
  E("2027-11-24 19:30", "Kharkiv toll rises to 12; Zelensky asks allies for more Patriots",
    ["The number of people killed in the strike on the Kharkiv shopping centre has risen to 12, with 43 injured, the regional administration said.",
     "Speaking after his meeting with Rutte, Zelensky said the attack showed that Kharkiv needed at least two more Patriot batteries."],
    "strikes", "strikes", 3, KHAR, a="Taras Melnychuk", sec=["aid"], n="toll 12"),
  ]))


# ---------------------------------------------------------------- 15342 Fenchurch Packet (day 3, HTML live, @graph, page-level update times)
SEEDS.append(dict(
  id="15342", name="15342_fenchurch-ldlive", ext="html", source="Fenchurch Packet", zone="Europe/London", render=r_ldlive,
  title="Ukraine war live: Kharkiv shopping centre hit; Rutte promises air defence in Kyiv", url="https://fenchurch-packet.example/live/ukraine-24-november-2027",
  dateline="Wednesday 24 November 2027", nav=["News", "World", "Money", "Culture", "Newsletters"],
  related="Ten things to know about NATO's winter air-defence drive", ld_real=False, graph=True, fmt="12", newest_first=True,
  lede="Russian missile strike on a shopping centre in Kharkiv; NATO secretary general in Kyiv; drone death in Belgorod region.",
  basis="visible '{s}' in <time datetime> (UK time, GMT = UTC in November) under the dateline 'Wednesday 24 November 2027'; the JSON-LD updates carry only the page's own datePublished; local {d} in {z}",
  notes="Invented outlet (London). HTML live blog, newest first. JSON-LD is an @graph whose article node has @type ['NewsArticle','LiveBlogPosting']; its liveBlogUpdate items carry the right bodies and authors but every update repeats the PAGE's headline and datePublished (08:15 GMT) and dateModified, so per-entry times and headlines must come from the visible blocks ('<time>' with '3.20pm'-style text, h2). 15342-04 (a Ukrainian drone killing a driver in Russia's Belgorod region) and 15342-06 (Russian claim of a village near Kupiansk) must not merge with the Kharkiv strike; 15342-05 (UK drone money) is the same aid theme as Rutte's air-defence promise but a different event.",
  not_entries=["cookie notice", "brand and navigation", "page title", "dateline 'Wednesday 24 November 2027'", "standfirst", "'Copy link' / 'Share' under every block",
               "'Read more' related link after the third block", "footer"],
  entries=[
  E("2027-11-24 19:05", "Kharkiv: 14 now confirmed dead",
    ["Fourteen people are now known to have died in the Russian strike on a Kharkiv shopping centre, Ukraine's interior minister said, as the last fires inside the building were put out."],
    "strikes", "strikes", 3, KHAR, a="Miles Ashdown", n="toll 14"),
  E("2027-11-24 16:30", "Rutte: allies will find more air defence for Ukraine this winter",
    ["Speaking alongside Zelensky in Kyiv, Mark Rutte said NATO allies had identified additional air defence systems that could be sent to Ukraine within weeks, though he would not say which countries would supply them.",
     "He called the strike on Kharkiv a reminder of what was at stake."],
    "diplomacy", "diplomacy", 3, RUTTE, a="Harriet Kells", sec=["aid"]),
  E("2027-11-24 13:45", "Russian strike on Kharkiv shopping centre: what we know",
    ["At least seven people were killed when a Russian missile struck a shopping centre in Kharkiv shortly after 1pm local time, according to the city's mayor.",
     "The building was busy with lunchtime shoppers. Emergency services said dozens were injured."],
    "strikes", "strikes", 3, KHAR, a="Miles Ashdown", n="toll 7"),
  E("2027-11-24 12:10", "Ukrainian drone kills driver in Belgorod region, governor says",
    ["A Ukrainian drone hit a car on a road in Russia's Belgorod region, killing the driver, the regional governor said."],
    "strikes", "strikes", 3, "belgorod-region-drone-strike-2027-11-24", a="Miles Ashdown", n="deadly strike on the Russian side: must not merge with the Kharkiv strike"),
  E("2027-11-24 10:00", "UK announces \u00a3350m for Ukrainian-made drones",
    ["The UK will spend \u00a3350m buying drones from Ukrainian manufacturers for Ukraine's armed forces, the defence secretary announced."],
    "aid", "aid", 2, "uk-ukrainian-drones-funding-2027-11-24", a="Harriet Kells", n="same aid theme as Rutte's air-defence promise, different event: must not merge"),
  E("2027-11-24 08:15", "Russia claims capture of village near Kupiansk",
    ["Russia's defence ministry said its troops had captured a village north of Kupiansk in the Kharkiv region. Ukraine's army said fighting was continuing there."],
    "other", "frontline", 2, "russia-claims-village-near-kupiansk-2027-11-24", a="Harriet Kells", n="ground fighting; must not merge with the Kupiansk shelling (15341-06)"),
  ]))

# ---------------------------------------------------------------- 15343 Menilmont Dispatch (day 3, text article)
SEEDS.append(dict(
  id="15343", name="15343_menilmont-article", ext="txt", source="Menilmont Dispatch", zone="Europe/Paris", render=r_article_txt,
  title="Kharkiv mourns again as NATO's Rutte visits Kyiv",
  lede="The strike on a shopping centre overshadowed the NATO secretary general's visit, while Paris announced a new training mission.",
  byline="\u00c9lodie Marchetti and Karim Benhaddou", dateline="24 November 2027 \u2013 17:45 CET",
  readalso="Three years of strikes on Kharkiv, in maps", more="This article is free to read. Subscribe to the Dispatch to support our foreign desk.",
  basis="article section without its own time (no stamp): published = the dateline '24 November 2027 \u2013 17:45 CET' (CET = UTC+1); local {d} in {z}",
  notes="Invented outlet (Paris). Text article, three sections (headline = section heading), stamp null, published = the dateline time 17:45 CET (16:45 UTC). Two-name byline kept as one author string for every section. 'Read also: ...' after section 1 is a related link.",
  not_entries=["outlet name and breadcrumb", "article title (page title)", "standfirst", "byline and dateline", "share line", "'Read also: ...' related link",
               "subscription line", "footer"],
  entries=[
  E("2027-11-24 17:45", "Kharkiv",
    ["At least ten people were killed on Wednesday when a Russian missile struck a shopping centre in Kharkiv, Ukraine's second city, local authorities said.",
     "The attack came as the lunchtime crowd filled the food court. Firefighters fought the blaze for most of the afternoon."],
    "strikes", "strikes", 3, KHAR, a="\u00c9lodie Marchetti and Karim Benhaddou", n="toll 10"),
  E("2027-11-24 17:45", "Rutte in Kyiv",
    ["NATO Secretary General Mark Rutte spent Wednesday in Kyiv, where he told President Volodymyr Zelensky that the alliance would help Ukraine get through the winter.",
     "It was his first trip to Ukraine in more than a year."],
    "diplomacy", "diplomacy", 3, RUTTE, a="\u00c9lodie Marchetti and Karim Benhaddou"),
  E("2027-11-24 17:45", "Training in France",
    ["France will train 2,000 Ukrainian soldiers on its territory this winter, the armed forces ministry announced, most of them drone operators and combat engineers."],
    "aid", "aid", 2, "france-training-ukrainian-soldiers-2027-11-24", a="\u00c9lodie Marchetti and Karim Benhaddou"),
  ]))

# ==== TRAILER
if __name__ == "__main__":
    main()

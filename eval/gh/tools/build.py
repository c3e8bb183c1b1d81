#!/usr/bin/env python3
"""Builds the eval/gh seed pages and their gold files from one hand-written data table (further below).
Every headline and paragraph is the blind tester's own invented wording, set in January 2031 with the war still
under way. Part A imitates, from memory, the page layouts of ten real outlets; Part B outlets are invented.
Deterministic. Run from the project root:  python3 eval/gh/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ABBREV = ("U.S.", "U.N.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.", "Co.", "Inc.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **kw):
    """one entry: local time 'YYYY-MM-DD HH:MM' in the page zone (or None = the page's own time for stampless
    article sections), headline (or None), body paragraphs (light markup: [[linked text]], **bold**), labels."""
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(kw)
    return d


def OFF(t, h, p, st, a=None, n="", **kw):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **kw)


def plain(s):
    """the visible text of a paragraph written with the light markup"""
    return re.sub(r"\*\*(.+?)\*\*", r"\1", re.sub(r"\[\[(.+?)\]\]", r"\1", s))


def rich(s, base="#"):
    """HTML for a paragraph written with the light markup (escaped text, inline <a>/<strong>)"""
    out = html.escape(s, quote=False)
    out = re.sub(r"\[\[(.+?)\]\]", lambda m: f'<a href="{base}">{m.group(1)}</a>', out)
    return re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", out)


def first_sentence(par):
    par = plain(par)
    for m in re.finditer(r'[.!?]["\'\u201d\u2019]?(?:\[\d+(?:, ?\d+)*\])*(?=\s+[A-Z0-9"\u201c\u2018(]|$)', par):
        head = par[:m.end()]
        if m.end() < len(par) and re.sub(r"(\[\d+(?:, ?\d+)*\])+$", "", head).endswith(ABBREV):
            continue
        return head
    return par


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def ampm(d, dots=False, upper=False, space=True):
    """'4:40 p.m.' (dots) / '4:40 PM' (upper) / '7:50pm' (space=False)"""
    hh = d.hour % 12 or 12
    if dots:
        suf = "a.m." if d.hour < 12 else "p.m."
    else:
        suf = "am" if d.hour < 12 else "pm"
        suf = suf.upper() if upper else suf
    return f"{hh}:{d.minute:02d}{' ' if space else ''}{suf}"


def ptxt(ps):
    out = []
    for p in ps:
        out += [plain(p), ""]
    return out


def order_check(S, newest_first):
    ts = [e["t"] for e in S["entries"] if e["t"]]
    want = sorted(ts, reverse=newest_first)
    assert ts == want, f"{S['id']}: entries must be listed {'newest' if newest_first else 'oldest'} first (page order)"


def rfc822(d, gmt=False):
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if gmt else d.strftime("%z"))


def slugify(s):
    return re.sub(r"[^a-z0-9]+", "-", plain(s).lower()).strip("-")[:70]


def ordinal(n):
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


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
            d = dt(e["t"] or S["page_time"], S["zone"]); u = d.astimezone(UTC)
            basis = e.get("basis") or (S["basis"] if e["t"] else S["basis_page"])
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                         "published_basis": basis.format(s=stamps[i], d=d.strftime("%Y-%m-%d %H:%M"), z=S["zone"],
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

# ================================================================ PART A: ten real outlets' layouts (own words, invented news)

# ---------------------------------------------------------------- 19100 ISW daily assessment (text scrape)
def r_isw(S):
    """ISW 'Russian Offensive Campaign Assessment' page as copied from a browser: site navigation, title with the date,
    the authors line, the dateline 'January 3, 2031, 7:50pm ET', map and data cut-off notes, unheaded topline
    paragraphs, a numbered 'Key Takeaways:' list, then standard section headings, endnotes with footnote numbers."""
    z = S["zone"]; pt = dt(S["page_time"], z)
    L = ["Skip to main content", "", "INSTITUTE FOR THE STUDY OF WAR", "",
         "Home    Research    Publications    Interactive Maps    Press    Careers    About    Donate", "",
         "Search", "", S["title"], "", S["byline"], "",
         f"{MONTHS[pt.month - 1]} {pt.day}, {pt.year}, {ampm(pt, space=False)} ET", "",
         "Click here to open ISW\u2019s interactive map of the Russian invasion of Ukraine, which is refreshed every day together with the static maps in this report.", "",
         "Click here to browse ISW\u2019s archive of interactive time-lapse maps, which show how the front line has moved and are added to once a month.", "",
         S["cutoff"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        stamps.append(None)
        if e["h"]:
            L += [e["h"], ""]
        L += ptxt(e["p"])
        if i == 0:
            L += ["Key Takeaways:", ""] + [f"{k + 1}. {t}" for k, t in enumerate(S["takeaways"])] + [""]
            L += ["Image", "", S["warcrimes"], ""]
    L += ["See the interactive maps", "", "Endnotes", ""] + S["endnotes"] + ["",
          "Subscribe to ISW updates", "Email address", "Sign up", "",
          "Institute for the Study of War \u00b7 1400 16th Street NW \u00b7 Washington, DC", "Privacy Policy    Terms of Use    Contact"]
    return "\n".join(L) + "\n", stamps


ISW_AUTH = "Natalie Brennan, Davyd Symonenko, Harper Lindqvist, Owen Castellano, and Martin K. Ashby"
SEEDS.append(dict(
  id="19100", name="19100_isw-assessment", ext="txt", source="Institute for the Study of War", zone="America/New_York", render=r_isw,
  title="Russian Offensive Campaign Assessment, January 3, 2031", byline=ISW_AUTH, page_time="2031-01-03 19:50",
  basis="", basis_page="no per-section time: the report's dateline 'January 3, 2031, 7:50pm ET' (US Eastern, EST = UTC-5), so {d} {z} = {u} UTC, i.e. already 4 January in UTC",
  cutoff="Note: The data cut-off for this product was 12:40pm ET on January 3. Anything reported after that will appear in the January 4 Russian Offensive Campaign Assessment.",
  warcrimes="ISW does not describe individual Russian war crimes in detail here: Western media cover them well, and they bear only indirectly on the military operations this report assesses. We will keep tracking how these crimes affect Ukraine\u2019s forces and civilians, above all in urban combat, and we condemn these violations of the laws of war even where this report does not describe them.",
  takeaways=["Putin publicly ruled out an energy ceasefire on January 3, repeating preconditions that amount to a demand for Ukrainian capitulation.",
             "Russian forces made a confirmed advance southeast of Kostiantynivka amid intensified assaults along the H-20 highway.",
             "Russia\u2019s overnight combined strike of January 2 to 3 killed two civilians in Zhytomyr and again targeted gas production facilities in Poltava Oblast."],
  endnotes=["[1] http://kremlin.ru/events/president/news/79412", "[2] http://kremlin.ru/events/president/news/79412 ; https://ria.ru/20310103/putin-1972204418.html",
            "[3] https://tass.ru/politika/25118830", "[4] https://t.me/mod_russia/61120 ; https://t.me/rybar/78811",
            "[5] https://t.me/mod_russia/61124", "[6] https://t.me/KpSZSU/30117 ; https://t.me/kpszsu/30121",
            "[7] https://t.me/zhytomyrskaODA/19560", "[8] https://mod.gov.ua/news/ministerstvo-oborony-kodyfikuvalo-41-novyj-zrazok",
            "[9] https://t.me/saldo_vga/11042", "[10] https://t.me/modmilby/51277", "[11] https://t.me/astrapress/93215"],
  notes="Imitates an ISW 'Russian Offensive Campaign Assessment' copied as text. One dateline for the whole report, 'January 3, 2031, 7:50pm ET' (US Eastern): every entry takes that time, 00:50 UTC on 4 January. Entry 1 is the unheaded topline (Putin's rejection of an energy ceasefire), headline null. The numbered 'Key Takeaways:' list summarises entries 1, 3 and 5 in other words; it lists no entry headlines, so key_point is false everywhere, but those three entries are rated importance 3 as the page's own key points (convention in README). Each following section heading is one entry. Paragraphs carry footnote markers like '[4]' right after the full stop; first_sentence keeps the marker as printed. The page byline (five authors) is the author of every entry.",
  not_entries=["'Skip to main content', masthead, navigation and 'Search'", "page title line", "authors line (used as every entry's author)",
               "dateline 'January 3, 2031, 7:50pm ET'", "two 'Click here ...' interactive-map notes", "data cut-off note",
               "'Key Takeaways:' heading and its three numbered takeaways (summaries of entries 1, 3 and 5)", "'Image' placeholder",
               "standing paragraph on war crimes ('ISW does not describe individual Russian war crimes ...')",
               "'See the interactive maps'", "'Endnotes' heading and the numbered source links", "newsletter sign-up and footer"],
  entries=[
  E(None, None,
    ["Russian President Vladimir Putin used a televised Security Council session on January 3 to rule out any pause in strikes on energy infrastructure until what he called the underlying causes of the war are resolved.[1] Putin claimed that Ukraine had exploited earlier lulls to rebuild its air defenses and said that Russia would not \u201cfall for the same trick twice.\u201d[2]",
     "Putin\u2019s preconditions have not changed since 2024 and still amount to demands that Ukraine cede territory it holds, accept limits on its armed forces, and forgo Western security guarantees. ISW continues to assess that the Kremlin is using the language of negotiations to stall Western pressure while it pursues its maximalist aims on the battlefield.",
     "Kremlin Spokesperson Dmitry Peskov separately claimed on January 3 that Moscow had received \u201cno serious proposals\u201d through intermediaries since mid-December.[3]"],
    "diplomacy", "diplomacy", 3, "putin-rejects-energy-ceasefire-2031-01-03", a=ISW_AUTH,
    n="unheaded topline; summarised by Key Takeaway 1"),
  E(None, "Ukrainian Operations in the Russian Federation",
    ["Ukrainian forces struck the Saratov oil refinery overnight on January 2 to 3, according to geolocated footage showing a large fire at the refinery\u2019s primary distillation unit.[4] The Russian Ministry of Defense (MoD) claimed that air defenses downed 37 Ukrainian drones over Saratov, Volgograd, and Rostov oblasts but did not mention the refinery.[5]"],
    "strikes", "strikes", 2, "saratov-refinery-drone-strike-2031-01-03", a=ISW_AUTH),
  E(None, "Russian Main Effort \u2013 Eastern Ukraine",
    ["Russian forces recently advanced southeast of Kostiantynivka. Geolocated footage published on January 2 indicates that Russian forces advanced along the H-20 Donetsk City\u2013Kostiantynivka highway to the outskirts of Oleksandro-Shultyne.[4]",
     "Ukrainian military officials reported that Russian forces conducted 46 assaults in the Kostiantynivka direction over the past day, the highest daily figure since late November.[6]"],
    "other", "frontline", 3, "kostiantynivka-advance-2031-01-03", a=ISW_AUTH, n="summarised by Key Takeaway 2"),
  E(None, "Russian Supporting Effort \u2013 Southern Axis",
    ["Ukrainian forces recently counterattacked west of Stepnohirsk in Zaporizhia Oblast and recaptured positions north of the village, according to geolocated footage published on January 3.[6] Russian milbloggers acknowledged the setback but claimed that fighting continues."],
    "other", "frontline", 2, "stepnohirsk-counterattack-2031-01-03", a=ISW_AUTH),
  E(None, "Russian Air, Missile, and Drone Campaign",
    ["Russian forces launched a combined strike against Ukraine overnight on January 2 to 3. The Ukrainian Air Force reported that Russian forces launched four Iskander-M ballistic missiles and 118 Shahed-type and decoy drones, and that Ukrainian forces downed 91 drones.[6]",
     "Zhytomyr Oblast Military Administration Head Vitaliy Bunechko reported that a drone strike on a residential street in Zhytomyr City killed two civilians and wounded five.[7] Ukrainian officials stated that the ballistic missiles struck gas production facilities in Poltava Oblast."],
    "strikes", "strikes", 3, "russian-combined-strike-zhytomyr-2031-01-03", a=ISW_AUTH, n="summarised by Key Takeaway 3"),
  E(None, "Ukrainian Defense Industrial Efforts",
    ["The Ukrainian Ministry of Defense announced on January 3 that it codified 41 new domestically produced weapons systems in December 2030, including two interceptor drones designed to counter Shahed-type drones.[8]"],
    "other", "security", 2, "ukraine-codifies-new-weapons-2031-01-03", a=ISW_AUTH),
  E(None, "Russian Occupation Affairs",
    ["Occupation officials in Kherson Oblast announced on January 3 that they will send 1,200 children from occupied areas of the oblast to \u201cwinter recreation camps\u201d in Krasnodar Krai and Crimea.[9] Ukrainian officials have repeatedly reported that such camps are used to subject Ukrainian children to Russian military-patriotic education."],
    "other", "humanitarian", 2, "kherson-occupation-children-camps-2031-01-03", a=ISW_AUTH),
  E(None, "Significant Activity in Belarus",
    ["The Belarusian MoD announced on January 3 that it began a snap readiness check of two mechanized brigades in Grodno Oblast.[10] Belarusian opposition outlets reported that the brigades\u2019 equipment moved to training grounds near the Polish and Lithuanian borders.[11]"],
    "other", "security", 2, "belarus-readiness-check-grodno-2031-01-03", a=ISW_AUTH),
  ]))


# ---------------------------------------------------------------- 19101 RFE/RL newsletter article (saved HTML, NewsArticle JSON-LD)
def r_rferl_article(S):
    """RFE/RL (Pangea CMS) article page: NewsArticle JSON-LD with Pangea-style 'YYYY-MM-DD HH:MM:SSZ' dates and a Person author;
    category link, h1, visible 'January 06, 2031 09:12 GMT' in <time>, 'By NAME', share row and comments count; the body is the
    'Wider Europe' briefing newsletter: intro, numbered 'Briefing #N:' h2 sections, a 'See also' box, 'Looking Ahead', sign-off,
    then a subscribe box, related links and tags."""
    z = S["zone"]; pt = dt(S["page_time"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": S["url"], "headline": S["title"],
          "description": S["desc"], "datePublished": pt.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%SZ"),
          "dateModified": (pt + timedelta(minutes=47)).astimezone(UTC).strftime("%Y-%m-%d %H:%M:%SZ"),
          "author": [{"@type": "Person", "name": S["author"], "url": "https://www.rferl.org/author/henrik-vassberg/qqmvet.html"}],
          "image": {"@type": "ImageObject", "url": "https://gdb.rferl.org/01000000-0aff-0242-b5c1-08dd2f8e1c44_w1200_r1.jpg", "width": 1200, "height": 675},
          "publisher": {"@type": "Organization", "name": "RFE/RL", "logo": {"@type": "ImageObject", "url": "https://www.rferl.org/Content/responsive/RFE/en-US/img/logo.png"}}}
    vis = f"{MONTHS[pt.month - 1]} {pt.day:02d}, {pt.year} {pt:%H:%M} GMT"
    out = ['<!DOCTYPE html>', '<html lang="en" dir="ltr"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           f'<meta name="description" content="{attr(S["desc"])}">', '<meta property="og:site_name" content="RadioFreeEurope/RadioLiberty">',
           f'<meta property="og:title" content="{attr(S["title"])}">', '<meta property="og:type" content="article">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<div class="hdr"><a class="logo" href="/">RFE/RL</a><nav class="menu"><a href="/Ukraine">Ukraine</a> <a href="/Russia">Russia</a> '
           '<a href="/Belarus">Belarus</a> <a href="/Moldova">Moldova</a> <a href="/CentralAsia">Central Asia</a> <a href="/Caucasus">Caucasus</a> '
           '<a href="/Balkans">Balkans</a> <a href="/WiderEurope">Wider Europe</a> <a href="/podcasts">Podcasts</a></nav>'
           '<a class="lang" href="/navigation/allsites">Languages</a> <a class="search" href="/s">Search</a></div>',
           '<div class="category"><a href="/z/23172">Wider Europe</a></div>', f'<h1 class="title pg-title">{esc(S["title"])}</h1>',
           f'<div class="published"><span class="date"><time pubdate="pubdate" datetime="{pt.isoformat()}">{vis}</time></span></div>',
           f'<div class="links"><a class="links__item-link" href="/author/henrik-vassberg/qqmvet.html">By {esc(S["author"])}</a></div>',
           '<ul class="share"><li><a>Share</a></li><li><a title="Facebook">Facebook</a></li><li><a title="X">X</a></li><li><a title="Email">Email</a></li>'
           '<li><a title="Print">Print</a></li></ul><div class="comments-count"><a href="#comments">Comments (14)</a></div>',
           '<div class="wsw" id="article-content">'] + [f'<p>{rich(p)}</p>' for p in S["intro"]]
    stamps = []
    for i, e in enumerate(S["entries"]):
        stamps.append(None)
        out.append(f'<h2 class="wsw__h2">{esc(e["h"])}</h2>')
        out += [f'<p>{rich(p)}</p>' for p in e["p"]]
        if i == 1:
            out.append('<div class="wsw__embed"><div class="media-block"><span class="label">See also</span>'
                       '<a href="/a/hungary-ukraine-minority-law-dispute/33251801.html"><h4>Hungary And Ukraine Trade Barbs Over Minority Language Law</h4></a></div></div>')
    out += [f'<p>{rich(p)}</p>' for p in S["outro"]] + ['</div>',
            '<div class="nl-box"><h3>Subscribe To Wider Europe</h3><p>A weekly look at how the EU and NATO deal with their eastern neighbours, delivered on Fridays.</p>'
            '<input type="email" placeholder="Email address"> <button>Subscribe</button></div>',
            '<div class="related"><h3>Related</h3><ul><li><a href="/a/33250116.html">EU Agrees To Extend Temporary Protection For Ukrainians To 2032</a></li>'
            '<li><a href="/a/33249972.html">Moldova Summons Russian Ambassador Over Airspace Violations</a></li></ul></div>',
            '<div class="tags"><a href="/z/611">European Union</a> <a href="/z/602">Sanctions</a> <a href="/z/30556">Russia-Ukraine War</a></div>',
            '<section id="comments"><h3>Comments</h3><p>This forum has been closed.</p></section>',
            f'<div class="ftr"><a href="/p/5330.html">About Us</a> <a href="/p/5329.html">Contact Us</a> <a href="/p/5335.html">Privacy</a> '
            f'<p>Copyright (c) {pt.year}. RFE/RL, Inc. All Rights Reserved.</p></div></body></html>']
    return "\n".join(out) + "\n", stamps


RFE_A = "Henrik Vassberg"
SEEDS.append(dict(
  id="19101", name="19101_rferl-widereurope", ext="html", source="Radio Free Europe/Radio Liberty", zone="UTC", render=r_rferl_article,
  title="Wider Europe Briefing: A Maritime Ban, A Stalled Cluster, And A Drone In Moldova", author=RFE_A, page_time="2031-01-06 09:12",
  url="https://www.rferl.org/a/wider-europe-briefing-sanctions-moldova-drone/33252240.html",
  desc="The EU's next sanctions package takes shape, Budapest holds up Ukraine's talks, and Chisinau asks what to do about stray drones.",
  basis="", basis_page="no per-section time: the article's printed date 'January 06, 2031 09:12 GMT' (also the JSON-LD datePublished '2031-01-06 09:12:00Z'), so {u} UTC",
  intro=["Welcome to Wider Europe, RFE/RL\u2019s weekly newsletter on how the European Union and NATO deal with Eastern Europe, the Western Balkans, and the war next door. I\u2019m Henrik Vassberg, RFE/RL\u2019s Europe editor in Brussels.",
         "This week I want to point you to four things: the shape of the next sanctions package, Hungary\u2019s hold on Ukraine\u2019s membership talks, a new pot of money for air defense, and a drone that came down in Moldova.",
         "If you would like this newsletter in your inbox every Friday, [[you can subscribe here]]."],
  outro=["That\u2019s all for this week. You can reach me with tips or complaints on X at @hvassberg_rferl or by email."],
  notes="Imitates an RFE/RL article page carrying the 'Wider Europe' newsletter (saved HTML with NewsArticle JSON-LD). One printed date/time for the whole article, 'January 06, 2031 09:12 GMT' (zero-padded day, GMT = UTC). Each 'Briefing #N:' h2 and the closing 'Looking Ahead' h2 is one entry, stamp null, published = the article time. The welcome paragraphs, the 'See also' embed between briefings 2 and 3, and the sign-off are not entries. Author of every entry = the article byline.",
  not_entries=["site header, navigation, 'Languages', 'Search'", "category link 'Wider Europe'", "h1 title", "date line 'January 06, 2031 09:12 GMT'",
               "byline 'By Henrik Vassberg'", "share row (Share, Facebook, X, Email, Print) and 'Comments (14)'",
               "newsletter welcome paragraphs and the subscribe sentence", "'See also' embed 'Hungary And Ukraine Trade Barbs Over Minority Language Law'",
               "sign-off paragraph ('That\u2019s all for this week ...')", "'Subscribe To Wider Europe' box", "'Related' links", "tags",
               "closed comments section", "footer"],
  entries=[
  E(None, "Briefing #1: Envoys Start Haggling Over The 24th Sanctions Package",
    ["The European Commission is expected to present the bloc\u2019s 24th package of sanctions against Russia to member-state ambassadors before the end of January, and four EU diplomats I spoke to said its centerpiece would be a full ban on maritime services for Russian crude oil.",
     "The draft also adds some 70 vessels of Moscow\u2019s so-called shadow fleet to the list of ships barred from EU ports, which would take the total past 700, and lists a handful of banks in Kyrgyzstan and the United Arab Emirates accused of helping Russian firms get around earlier restrictions.",
     "Greece, Malta, and Cyprus, which have large shipping industries, are expected to ask for long transition periods. The informal target is to have the package adopted before February 24, the ninth anniversary of the full-scale invasion."],
    "diplomacy", "diplomacy", 2, "eu-24th-sanctions-package-draft-2031-01-06", a=RFE_A),
  E(None, "Briefing #2: Budapest Keeps Kyiv\u2019s First Cluster In Limbo",
    ["Ukraine\u2019s accession talks were supposed to move to the opening of the first negotiating cluster, on the \u201cfundamentals\u201d of rule of law and public administration, in December. That did not happen, and it will not happen this month either unless Hungary lifts its veto.",
     "Hungarian officials insist that Kyiv must first change its 2017 education law to guarantee more teaching in minority languages. Ukrainian diplomats told me privately that they had already offered amendments and suspect the real issue is Budapest\u2019s wish to keep a bargaining chip for EU funds."],
    "diplomacy", "diplomacy", 2, "hungary-veto-ukraine-accession-cluster-2031-01-06", a=RFE_A),
  E(None, "Briefing #3: A Windfall For Air Defense",
    ["EU ambassadors on January 3 signed off on paying out the next tranche of windfall profits from immobilized Russian central bank assets, worth about 2.3 billion euros, and for the first time most of it is earmarked for air defense.",
     "According to an internal document I have seen, 1.6 billion euros will go toward interceptor missiles bought from European producers, with the rest covering repairs of Ukraine\u2019s power grid. The money is expected to reach Kyiv by the end of February."],
    "aid", "aid", 3, "eu-windfall-profits-air-defense-tranche-2031-01-03", a=RFE_A, sec=["diplomacy"]),
  E(None, "Briefing #4: Chisinau Wants Answers After A Drone Came Down",
    ["A Russian Geran-2 attack drone crashed in a field near the village of Larga in northern Moldova on the night of January 4, the Moldovan Defense Ministry said. Nobody was hurt, but it was the fourth such incident since November.",
     "Moldovan officials have asked Brussels for radar and counter-drone equipment from the European Peace Facility, a request that diplomats expect to be approved quickly because it needs no Hungarian consent: Budapest has said it would constructively abstain."],
    "strikes", "strikes", 2, "moldova-drone-crash-larga-2031-01-04", a=RFE_A, sec=["diplomacy"]),
  E(None, "Looking Ahead",
    ["EU foreign ministers meet in Brussels on January 20, with Ukraine\u2019s Foreign Minister Andriy Sybiha expected to join by video. The Ukraine Defense Contact Group will then meet at NATO headquarters on February 11, a day before the alliance\u2019s defense ministers gather."],
    "diplomacy", "diplomacy", 2, "wider-europe-upcoming-meetings-2031-01-06", a=RFE_A, n="agenda section; kept as an entry because it has a news body"),
  ]))


# ---------------------------------------------------------------- 19102 UN News 'World News in Brief' (saved HTML, meta tags only)
def r_unnews(S):
    """news.un.org article page: language switcher, menu, h1, visible date only ('7 January 2031') next to the topic tag, audio
    player, items each under a bold h3, audio/photo credits, 'Get the Latest News' app promo; no JSON-LD, the time is only in
    <meta property="article:published_time"> (New York offset)."""
    z = S["zone"]; pt = dt(S["page_time"], z)
    out = ['<!DOCTYPE html>', '<html lang="en" dir="ltr"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | UN News</title>',
           f'<meta name="description" content="{attr(S["desc"])}">', '<meta property="og:site_name" content="UN News">',
           f'<meta property="og:title" content="{attr(S["title"])}">', '<meta property="og:type" content="article">',
           f'<meta property="article:published_time" content="{pt.isoformat()}">',
           f'<meta property="article:modified_time" content="{(pt + timedelta(minutes=26)).isoformat()}">',
           '<meta name="twitter:site" content="@UN_News_Centre">', '</head><body>',
           '<div class="language-switcher"><a>\u0639\u0631\u0628\u064a</a> <a>\u4e2d\u6587</a> <a>English</a> <a>Fran\u00e7ais</a> '
           '<a>\u0420\u0443\u0441\u0441\u043a\u0438\u0439</a> <a>Espa\u00f1ol</a> <a>Kiswahili</a> <a>Portugu\u00eas</a> <a>\u0939\u093f\u0928\u094d\u0926\u0940</a></div>',
           '<header><a class="logo" href="/en/">UN News</a><p class="slogan">Global perspective Human stories</p>',
           '<nav><a href="/en/">Home</a> <a href="/en/news/topic">Topics</a> <a href="/en/in-depth">In depth</a> <a href="/en/sg">Secretary-General</a> '
           '<a href="/en/audio-hub">Audio hub</a> <a href="/en/newsletter">Newsletter</a> <a href="/en/search">Search</a></nav></header>',
           '<article>', f'<h1 class="story-title">{esc(S["title"])}</h1>',
           f'<div class="story-meta"><span class="date">{pt.day} {MONTHS[pt.month - 1]} {pt.year}</span> <a class="topic" href="/en/news/topic/humanitarian-aid">Humanitarian Aid</a></div>',
           '<div class="audio-player"><button>Play</button> <span class="duration">4\u201906\u2019\u2019</span> <a href="/en/audio/2031/01/1162811" class="download">Download</a></div>',
           f'<div class="story-body"><p>{esc(S["lede"])}</p>']
    stamps = []
    for e in S["entries"]:
        stamps.append(None)
        out.append(f'<h3>{esc(e["h"])}</h3>')
        out += [f'<p>{rich(p)}</p>' for p in e["p"]]
    out += ['</div>', '<div class="credits"><dl><dt>Audio Credit</dt><dd>Cristina Ferreyra, UN News - Geneva</dd><dt>Audio Duration</dt><dd>4\'6"</dd>'
            '<dt>Photo Credit</dt><dd>\u00a9 UNOCHA/Tomas Reyhorn</dd></dl></div>',
            '<div class="share"><span>Share this:</span> <a>Facebook</a> <a>X</a> <a>WhatsApp</a> <a>Email</a> <a>Print</a></div>',
            '</article>',
            '<aside class="app-promo"><h2>Get the Latest News</h2><p>Download the UN News app for your iOS or Android devices.</p></aside>',
            '<footer><a href="/en/about">About</a> <a href="/en/contact">Contact</a> <a href="https://www.un.org/en/about-us/copyright">Copyright</a> '
            '<a href="https://www.un.org/en/about-us/privacy-notice">Privacy Notice</a> <a href="https://www.un.org/en/about-us/fraud-alert">Fraud Alert</a></footer>',
            '</body></html>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="19102", name="19102_unnews-worldbrief", ext="html", source="UN News", zone="America/New_York", render=r_unnews,
  title="World News in Brief: Ukraine civilian toll rises, aid reaches front-line villages, cholera in Darfur, Haiti displacement",
  page_time="2031-01-07 12:48",
  desc="The latest round-up of news from across the United Nations, from Geneva and New York.",
  lede="The UN human rights monitoring mission in Ukraine said on Tuesday that civilian casualties rose sharply in December. Here is a round-up of the other stories covered in today\u2019s briefing.",
  basis="", basis_page="no per-item time and no visible time at all: the page prints only '7 January 2031'; the time comes from <meta property=\"article:published_time\" content=\"2031-01-07T12:48:00-05:00\"> (New York), so {u} UTC",
  notes="Imitates a UN News 'World News in Brief' page (saved HTML, no JSON-LD). The only visible date is '7 January 2031' (no time); the publication time is in the article:published_time meta tag (New York offset -05:00), which every item takes. Each bold h3 item heading is one entry; the short lede under the title summarises item 1 and is not an entry. No bylines (author null). Three of the six items are not about the war.",
  not_entries=["language switcher", "'UN News' logo and slogan 'Global perspective Human stories'", "navigation", "h1 title",
               "date and topic line '7 January 2031 Humanitarian Aid'", "audio player (Play, duration, Download)",
               "lede paragraph under the title (summary of item 1)", "Audio Credit / Audio Duration / Photo Credit list",
               "share row", "'Get the Latest News' app promo", "footer links"],
  entries=[
  E(None, "Civilian toll in Ukraine highest in over a year",
    ["At least 212 civilians were killed and 1,090 injured in Ukraine in December, the highest monthly toll since the summer of 2029, the UN Human Rights Monitoring Mission in Ukraine (HRMMU) said on Tuesday.",
     "Most of the casualties were caused by long-range missiles and drones striking cities far from the front line, the mission said, adding that attacks on energy facilities had left millions without heating for hours at a time in sub-zero temperatures.",
     "\u201cEvery winter we document the same pattern, and every winter civilians pay for it,\u201d said the mission\u2019s head, Marit Solheim-Addo."],
    "other", "humanitarian", 2, "hrmmu-december-civilian-casualties-2031-01-07", sec=["strikes"]),
  E(None, "Convoy brings food and generators to front-line Kharkiv villages",
    ["An inter-agency humanitarian convoy delivered food, hygiene kits and 40 generators to about 3,500 people in villages near Kupiansk in Ukraine\u2019s Kharkiv region on Monday, the UN Office for the Coordination of Humanitarian Affairs (OCHA) said.",
     "Most residents who remain in the area are older people who cannot easily leave, OCHA said. It was the ninth such convoy to the district since October."],
    "aid", "aid", 2, "un-convoy-kupiansk-villages-2031-01-06"),
  OFF(None, "Cholera spreads in Darfur displacement camps",
    ["The World Health Organization (WHO) warned that cholera cases in camps for displaced people in North Darfur had doubled in three weeks, with more than 4,100 suspected cases recorded since early December.",
     "WHO said oral vaccines for 600,000 people were ready in Port Sudan but could not yet be moved safely to the camps."],
    "darfur-cholera-2031-01-07", n="Sudan health item"),
  OFF(None, "Gang violence drives new displacement in Haiti",
    ["Some 17,000 people fled their homes in Port-au-Prince and the Artibonite department in the first week of January after renewed gang attacks, the International Organization for Migration (IOM) said."],
    "haiti-displacement-2031-01-07", n="Haiti item"),
  OFF(None, "Afghanistan winter appeal less than a fifth funded",
    ["The UN\u2019s winter appeal for Afghanistan has received just 18 per cent of the $410 million requested, leaving aid agencies unable to deliver heating fuel to some of the coldest provinces, OCHA said."],
    "afghanistan-winter-appeal-2031-01-07", n="Afghanistan funding item"),
  E(None, "IAEA team rotates at Zaporizhzhia plant",
    ["International Atomic Energy Agency (IAEA) experts completed a rotation at the Russian-occupied Zaporizhzhia nuclear power plant on Monday after crossing the front line, the agency said.",
     "IAEA Director General Rafael Grossi said the plant\u2019s six reactors remain in cold shutdown but that it still depends on a single external power line."],
    "other", "security", 2, "iaea-zaporizhzhia-rotation-2031-01-06"),
  ]))


# ---------------------------------------------------------------- 19103 Politico Europe 'Brussels Playbook' newsletter (text scrape)
def r_playbook(S):
    """politico.eu newsletter page copied as text: site chrome, 'Newsletter' / 'Brussels Playbook' kicker, the dash-joined
    headline, 'By NAME', date line 'January 9, 2031 6:58 am CET', 'With NAME', listen widget, 'PRESENTED BY' sponsor and tips
    links, the 'GOOD THURSDAY MORNING' intro, then ALL-CAPS section heads; sponsor messages between sections; AGENDA,
    BIRTHDAYS and THANKS at the end; subscribe box and footer."""
    z = S["zone"]; pt = dt(S["page_time"], z)
    L = ["Skip to Main Content", "", "POLITICO", "", "Newsletters    Policy    Pro    Podcasts    Events    Careers", "",
         "Newsletter", "Brussels Playbook", "", S["title"], "", f"By {S['author']}", "",
         f"{MONTHS[pt.month - 1]} {pt.day}, {pt.year} {ampm(pt)} CET", "", S["with_"], "", "Share", "",
         "Press play to listen to this article", "Voiced by artificial intelligence.", "",
         "PRESENTED BY", "Halvora Energy", "", "Send tips here | Subscribe for free | Email Léonie | View in your browser", ""] + ptxt(S["intro"])
    stamps = []
    for i, e in enumerate(S["entries"]):
        stamps.append(None)
        L += [e["h"], ""] + ptxt(e["p"])
        if i in (1, 4):
            L += ["A message from Halvora Energy:", "",
                  "Europe\u2019s grids need 3,000 kilometres of new interconnectors by 2035. Halvora is building them. Find out how we keep power moving across borders.", ""]
    L += ["AGENDA", "", "\u2014 Foreign Affairs Council (informal dinner) in Brussels from 7 p.m.", "",
          "\u2014 European Parliament Conference of Presidents meets at 10 a.m.", "",
          "\u2014 Commissioner for Enlargement in Chi\u0219in\u0103u, press point with Moldova\u2019s prime minister at 1 p.m.", "",
          "BIRTHDAYS: MEP Ingrid Vaskelainen; Former Commissioner Aurelio Brandt; POLITICO\u2019s own Pieter Claeys.", "",
          "THANKS to our editor Hugo Marchetti and producer Sinead Farrow.", "",
          "Subscribe to POLITICO Brussels Playbook", "Your email", "Sign up", "",
          "About Us    Advertise    Careers    Privacy Policy    Terms of Service    \u00a9 2031 POLITICO SRL"]
    return "\n".join(L) + "\n", stamps


PB_A = "Léonie Verhaegen"
SEEDS.append(dict(
  id="19103", name="19103_politicoeu-playbook", ext="txt", source="Politico Europe", zone="Europe/Brussels", render=r_playbook,
  title="Kallas\u2019 \u20ac40B question \u2014 Kyiv in the dark \u2014 Farmers rev up", author=PB_A, with_="With Tomasz Oleksy",
  page_time="2031-01-09 06:58",
  basis="", basis_page="no per-section time: the newsletter's date line 'January 9, 2031 6:58 am CET' (CET = UTC+1), so {u} UTC",
  intro=["GOOD THURSDAY MORNING, and welcome to Brussels Playbook. I\u2019m Léonie Verhaegen. Foreign ministers dine tonight, farmers drive in tomorrow, and Kyiv spent another night with the lights off."],
  notes="Imitates POLITICO Europe's Brussels Playbook web page copied as text. One date line 'January 9, 2031 6:58 am CET' for the whole newsletter: every entry takes it (05:58 UTC). Each ALL-CAPS section head is one entry (headline as printed, in capitals); AGENDA, BIRTHDAYS and THANKS are furniture. The dash-joined page headline is the page title, not an entry. Author = the byline 'By Léonie Verhaegen' (the 'With Tomasz Oleksy' line is a contributor credit, not used). One section (car CO2 rules) is not about the war.",
  not_entries=["'Skip to Main Content', masthead, navigation", "kicker 'Newsletter' / 'Brussels Playbook'", "page headline 'Kallas\u2019 \u20ac40B question \u2014 ...'",
               "byline, date line, 'With Tomasz Oleksy'", "'Share' and the listen widget ('Press play to listen to this article' ...)",
               "'PRESENTED BY' Halvora Energy and the tips/subscribe links line", "'GOOD THURSDAY MORNING' intro paragraph",
               "two 'A message from Halvora Energy:' sponsor blocks", "AGENDA list", "BIRTHDAYS line", "THANKS line", "subscribe box and footer"],
  entries=[
  E(None, "DRIVING THE DAY: THE \u20ac40 BILLION QUESTION",
    ["EU foreign ministers sit down for an informal dinner in Brussels tonight to discuss High Representative Kaja Kallas\u2019 plan for a \u20ac40 billion military support envelope for Ukraine in 2031, built on voluntary contributions scaled to each country\u2019s economy.",
     "Where things stand: The Nordics, Baltics, Poland and the Netherlands are on board. Paris wants a \u201cbuy European\u201d clause written in, and Rome and Madrid say they will not sign up to figures before their budgets are settled, according to three diplomats briefed on the preparations.",
     "What to watch: Whether ministers agree on a target number at all. One senior diplomat told Playbook the realistic outcome tonight is \u201ca shared sense of urgency and a follow-up in February.\u201d"],
    "aid", "aid", 3, "kallas-40-billion-military-aid-plan-2031-01-09", a=PB_A, sec=["diplomacy"]),
  E(None, "KYIV IN THE DARK",
    ["Russia hit Ukraine\u2019s power system overnight with 11 missiles and 163 drones, Ukraine\u2019s air force said, leaving around 600,000 households in Kyiv without electricity this morning. A 52-year-old woman was killed when debris hit a house near Lviv, the regional governor said.",
     "Ukrenergo, the grid operator, announced emergency outages in nine regions and asked neighbouring EU countries for extra imports. Expect Kallas to cite the attack at tonight\u2019s dinner."],
    "strikes", "strikes", 3, "russian-energy-strike-kyiv-lviv-2031-01-09", a=PB_A),
  E(None, "BERLIN\u2019S TAURUS DEBATE, AGAIN",
    ["The German coalition is once more arguing over Taurus cruise missiles. Chancellor Friedrich Merz told a party meeting on Wednesday that \u201call options stay on the table,\u201d while the SPD\u2019s defence spokesperson said delivering them would need a Bundestag vote that the party would not back.",
     "Ukrainian diplomats in Brussels, for their part, say they have stopped counting on the missiles and want German money for Ukrainian-made long-range drones instead."],
    "aid", "aid", 2, "germany-taurus-debate-2031-01-08", a=PB_A),
  E(None, "FARMERS REV UP",
    ["Tractors from Poland, Belgium and France are due to roll into the European Quarter on Friday to protest against the tariff-free quotas for Ukrainian sugar, poultry and eggs that were renewed in December. Police expect up to 900 vehicles.",
     "The Commission insists the quotas are lower than in 2024 and that safeguard clauses can be triggered at any time. Farm lobby Copa-Cogeca wants them suspended until the summer."],
    "other", "politics", 2, "farmers-protest-ukraine-quotas-2031-01-10", a=PB_A),
  OFF(None, "CAR CO2: THE FIGHT RESUMES",
    ["MEPs on the environment committee vote today on the Commission\u2019s proposal to give carmakers five years instead of three to meet the 2030 CO2 targets. The EPP wants to go further; the Greens want the proposal thrown out."],
    "eu-car-co2-targets-vote-2031-01-09", a=PB_A, n="EU car emissions rules"),
  E(None, "HUNGARY\u2019S JANUARY 31 LEVER",
    ["EU economic sanctions against Russia expire on January 31 unless all 27 agree to roll them over, and Budapest is once again in no hurry. Prime Minister Viktor Orbán said on Hungarian radio on Wednesday that he would \u201cweigh the costs to Hungarian families\u201d before deciding.",
     "Diplomats are relaxed in public but have started to sketch a fallback under which some measures would be moved into national law."],
    "diplomacy", "diplomacy", 2, "hungary-sanctions-rollover-hesitation-2031-01-08", a=PB_A),
  ]))


# ---------------------------------------------------------------- 19104 Bloomberg 'Ukraine Latest' article (saved HTML, NewsArticle JSON-LD)
def r_bloomberg(S):
    """bloomberg.com article: NewsArticle JSON-LD (ISO dates with milliseconds, Z); headline, 'By Bloomberg News', visible
    'January 10, 2031 at 8:05 AM GMT+1' and 'Updated on ... at 4:52 PM GMT+1', Save / Gift this article / Listen; lede,
    'Key Developments:' bullets, an untimed 'On the Ground' section, '(All times CET)', then h3 items newest first whose
    headline ends with the time in parentheses '(4:40 p.m.)'; Terminal promo, 'With assistance from', tip line, Most Read."""
    z = S["zone"]; pt = dt(S["page_time"], z); up = dt(S["updated"], z)
    iso = lambda d: d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "description": S["desc"],
          "datePublished": iso(pt), "dateModified": iso(up), "url": S["url"],
          "author": [{"@type": "Person", "name": "Bloomberg News"}], "isAccessibleForFree": False,
          "publisher": {"@type": "Organization", "name": "Bloomberg", "logo": {"@type": "ImageObject", "url": "https://assets.bwbx.io/s3/javelin/public/hub/images/bloomberg-logo.png"}},
          "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".body-content"}}
    vis = lambda d: f"{MONTHS[d.month - 1]} {d.day}, {d.year} at {ampm(d, upper=True)} GMT+1"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - Bloomberg</title>',
           f'<meta name="description" content="{attr(S["desc"])}">', '<meta property="og:site_name" content="Bloomberg.com">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<nav class="top"><a href="/">Bloomberg</a> <a href="/markets">Markets</a> <a href="/economics">Economics</a> <a href="/technology">Technology</a> '
           '<a href="/politics">Politics</a> <a href="/opinion">Opinion</a> <a href="/subscriptions">Subscribe</a> <a href="/account/signin">Sign In</a></nav>',
           '<article><div class="eyebrow"><a href="/politics">Politics</a></div>', f'<h1>{esc(S["title"])}</h1>',
           '<div class="byline">By <a href="/authors/bloomberg-news">Bloomberg News</a></div>',
           f'<div class="timestamps"><time datetime="{iso(pt)}">{vis(pt)}</time> <span>Updated on <time datetime="{iso(up)}">{vis(up)}</time></span></div>',
           '<div class="actions"><button>Save</button> <button>Gift this article</button> <button>Listen 6:12</button></div>',
           '<div class="body-content">'] + [f'<p>{rich(p)}</p>' for p in S["lede"]]
    out += ['<p><strong>Key Developments:</strong></p><ul>'] + [f'<li><a href="#">{esc(k)}</a></li>' for k in S["keydev"]] + ['</ul>']
    stamps = []
    timed_started = False
    for e in S["entries"]:
        if e["t"] is None:
            stamps.append(None)
            out.append(f'<h3>{esc(e["h"])}</h3>')
        else:
            if not timed_started:
                out.append('<p><em>(All times CET)</em></p>'); timed_started = True
            st = ampm(dt(e["t"], z), dots=True); stamps.append(st)
            out.append(f'<h3>{esc(e["h"])} ({st})</h3>')
        out += [f'<p>{rich(p)}</p>' for p in e["p"]]
    out += ['<div class="terminal-promo"><p>Before it\u2019s here, it\u2019s on the Bloomberg Terminal.</p><a>LEARN MORE</a></div>',
            f'<p class="assist">\u2014 With assistance from {esc(S["assist"])}</p>', '</div>',
            '<div class="tip">Have a confidential tip for our reporters? <a>Get in Touch</a></div>', '</article>',
            '<aside class="most-read"><h3>Most Read</h3><ol><li>Fed Officials Signal Patience as Inflation Cools</li>'
            '<li>Copper Jumps to Record on Chilean Supply Scare</li><li>The Richest Families in Asia Got Richer Last Year</li></ol></aside>',
            '<footer><a>Terms of Service</a> <a>Trademarks</a> <a>Privacy Policy</a> <p>\u00a92031 Bloomberg L.P. All Rights Reserved</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


BBG = "Bloomberg News"
SEEDS.append(dict(
  id="19104", name="19104_bloomberg-ukrainelatest", ext="html", source="Bloomberg", zone="Europe/Brussels", render=r_bloomberg,
  title="Ukraine Latest: Zelenskiy Heads to Warsaw as EU Readies Energy Aid", page_time="2031-01-10 08:05", updated="2031-01-10 16:52",
  url="https://www.bloomberg.com/news/articles/2031-01-10/ukraine-latest-zelenskiy-heads-to-warsaw-as-eu-readies-energy-aid",
  desc="Volodymyr Zelenskiy traveled to Poland for talks on air defense and grain transit as the European Union drafted emergency aid for Ukraine's battered power grid.",
  lede=["Volodymyr Zelenskiy traveled to Poland for talks on air defense and grain transit, as the European Union drafted emergency aid to keep Ukraine\u2019s battered power grid running through the rest of the winter.",
        "Follow the Ukraine Latest on our Telegram channel and sign up for the Balance of Power newsletter."],
  keydev=["Zelenskiy travels to Warsaw to discuss air defense and grain", "EU drafts emergency package to keep Ukraine\u2019s grid running"],
  assist="Daryna Kovtun, Piotr Zalewicz and Alicja Brandt",
  basis="time in parentheses after the headline '({s})' with the page note '(All times CET)'; date from the page's 'January 10, 2031' time stamps; local {d} {z} = {u} UTC",
  basis_page="untimed 'On the Ground' section: takes the article's first-published time 'January 10, 2031 at 8:05 AM GMT+1' (JSON-LD datePublished 2031-01-10T07:05:00.000Z), not the 'Updated on' time; {u} UTC",
  notes="Imitates a Bloomberg 'Ukraine Latest' running article (saved HTML with NewsArticle JSON-LD). Visible times 'January 10, 2031 at 8:05 AM GMT+1' (first published) and 'Updated on January 10, 2031 at 4:52 PM GMT+1'. The lede and the two 'Key Developments:' bullets summarise entries 2 and 3 in other words (no Key Points block of headlines, so key_point false; both are importance 3 anyway). The untimed 'On the Ground' h3 section is an entry (stamp null, first-published time). Then '(All times CET)' and five h3 items, newest first, each headline followed by its time in parentheses: headline excludes the '(4:40 p.m.)' part, stamp is the time inside it. Author of every entry = page byline 'Bloomberg News'; the 'With assistance from' names are credits, not authors. Spelling 'Zelenskiy'. Published times are not monotonic because the untimed section sits above the newest item.",
  not_entries=["top navigation", "eyebrow 'Politics'", "h1 title", "byline 'By Bloomberg News'", "time stamps (published / 'Updated on')",
               "Save / Gift this article / Listen buttons", "lede paragraph (summary)", "Telegram / newsletter sign-up line",
               "'Key Developments:' and its two bullets (summaries linked to other stories)", "'(All times CET)' note",
               "Bloomberg Terminal promo ('Before it\u2019s here ...' / 'LEARN MORE')", "'\u2014 With assistance from ...' credit line",
               "'Have a confidential tip for our reporters? Get in Touch'", "'Most Read' list", "footer"],
  entries=[
  E(None, "On the Ground",
    ["Russian forces claimed to have captured the village of Bilenke in the Donetsk region, a claim Ukraine did not confirm. Ukraine\u2019s General Staff reported 173 clashes along the front over the past day, with the heaviest fighting near Pokrovsk and Kostiantynivka."],
    "other", "frontline", 2, "donetsk-front-bilenke-claim-2031-01-10", a=BBG),
  E("2031-01-10 16:40", "Zelenskiy Arrives in Warsaw for Talks With Tusk",
    ["Ukrainian President Volodymyr Zelenskiy landed in Warsaw for talks with Polish Prime Minister Donald Tusk on air defense and the transit of Ukrainian grain through Polish Baltic ports, his office said.",
     "The two leaders are also expected to discuss Polish plans to train Ukrainian drone operators on its territory, according to people familiar with the preparations who asked not to be identified discussing private talks."],
    "diplomacy", "diplomacy", 3, "zelenskiy-warsaw-visit-2031-01-10", a=BBG),
  E("2031-01-10 14:15", "EU Proposes \u20ac3 Billion Emergency Energy Package for Ukraine",
    ["The European Commission proposed a \u20ac3 billion package to help Ukraine buy electricity, gas and spare transformers after weeks of Russian strikes on its power plants, according to a draft seen by Bloomberg.",
     "The money would come from unspent cohesion funds and would need the backing of a qualified majority of member states, which diplomats expect to secure by the end of the month."],
    "aid", "aid", 3, "eu-emergency-energy-package-2031-01-10", a=BBG),
  E("2031-01-10 12:50", "Russia Says It Downed 48 Ukrainian Drones Over Border Regions",
    ["Russia\u2019s Defense Ministry said air defenses destroyed 48 Ukrainian drones overnight over the Bryansk, Kursk and Belgorod regions. Kursk Governor Alexander Khinshtein said a drone damaged a power substation, cutting electricity to several villages."],
    "strikes", "strikes", 2, "ukrainian-drones-russian-border-regions-2031-01-10", a=BBG),
  E("2031-01-10 11:05", "Naftogaz Says Overnight Strikes Hit Gas Production in Poltava",
    ["Russian missiles and drones struck gas production facilities operated by Naftogaz in the Poltava region overnight, the state energy company said, without giving details of the damage. It was the sixth attack on the company\u2019s sites since the start of the year."],
    "strikes", "strikes", 2, "naftogaz-poltava-gas-strike-2031-01-10", a=BBG),
  E("2031-01-10 09:30", "Norway to Fund Ukrainian-Made Long-Range Drones",
    ["Norway will spend 1.2 billion kroner ($108 million) on long-range drones built in Ukraine and handed to its armed forces, Defense Minister Tore Sandvik said in Oslo. The deal follows the so-called Danish model, under which donors pay Ukrainian manufacturers directly."],
    "aid", "aid", 2, "norway-ukrainian-drones-funding-2031-01-10", a=BBG),
  ]))


# ---------------------------------------------------------------- 19105 Axios World newsletter page (saved HTML, meta tags only)
def r_axios(S):
    """axios.com newsletter page: header with 'Axios World', author line and visible date 'Jan 13, 2031' (no time), Smart Brevity
    count, numbered items ('1 big thing: ...', '2. ...') each with an illustration credit, a one-line lede, bold 'Why it matters:'
    / 'Driving the news:' / 'What to watch:' lead-ins, bullet lists, 'Go deeper' links, sponsor block, sign-off; the time is only
    in <meta property="article:published_time"> (New York offset)."""
    z = S["zone"]; pt = dt(S["page_time"], z)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["doc_title"])}</title>',
           f'<meta name="description" content="{attr(S["desc"])}">', '<meta property="og:site_name" content="Axios">',
           f'<meta property="og:title" content="{attr(S["doc_title"])}">', '<meta property="og:type" content="article">',
           f'<meta property="article:published_time" content="{pt.isoformat()}">', f'<meta name="author" content="{attr(S["author"])}">',
           '</head><body>',
           '<header><a href="/" class="logo">Axios</a> <nav><a href="/local">Local</a> <a href="/newsletters">Newsletters</a> <a href="/pro">Axios Pro</a> '
           '<a href="/events">Events</a></nav> <a class="subscribe" href="/newsletters/axios-world">Subscribe</a></header>',
           '<main><div class="newsletter-head"><p class="nl-name">Axios World</p>', f'<h1>{esc(S["title"])}</h1>',
           f'<p class="byline"><a href="/authors/ewhitford">{esc(S["author"])}</a></p>',
           f'<p class="date">{SHORT_MONTHS[pt.month - 1]} {pt.day}, {pt.year}</p></div>',
           '<div class="share"><a>Share on Facebook</a> <a>Share on X</a> <a>Share on LinkedIn</a> <a>Email</a></div>']
    out += [f'<p>{rich(p)}</p>' for p in S["intro"]]
    stamps = []
    for i, e in enumerate(S["entries"]):
        stamps.append(None)
        out.append(f'<section class="story"><h2>{esc(e["h"])}</h2>')
        out.append(f'<figure><div class="img"></div><figcaption>{esc(e["fig"])}</figcaption></figure>')
        for p in e["p"]:
            if p.startswith("\u2022 "):
                out.append(f'<ul><li>{rich(p[2:])}</li></ul>')
            else:
                out.append(f'<p>{rich(p)}</p>')
        if e.get("deeper"):
            out.append(f'<p class="go-deeper"><strong>Go deeper:</strong> <a href="#">{esc(e["deeper"])}</a></p>')
        out.append('</section>')
        if i == 1:
            out.append('<section class="sponsor"><p class="label">A message from Northgate Aerospace</p>'
                       '<h3>Keeping allied skies safe</h3><p>Northgate\u2019s sensors track threats at the edge of NATO\u2019s airspace, around the clock.</p>'
                       '<a>Learn more</a></section>')
    out += [f'<p>{rich(p)}</p>' for p in S["outro"]] + ['</main>',
            '<footer><a>About</a> <a>Careers</a> <a>Advertise</a> <a>Privacy policy</a> <a>Terms of use</a> <p>\u00a9 2031 Axios Media</p></footer></body></html>']
    # bullets are counted as body paragraphs; drop the '\u2022 ' marker in the gold's view of the text
    for e in S["entries"]:
        e["p"] = [p[2:] if p.startswith("\u2022 ") else p for p in e["p"]]
    return "\n".join(out) + "\n", stamps


AX_A = "Elan Whitford"
SEEDS.append(dict(
  id="19105", name="19105_axios-world", ext="html", source="Axios", zone="America/New_York", render=r_axios,
  title="Axios World: Ukraine's grid on the brink", doc_title="Axios World: Ukraine's grid on the brink - Axios",
  author=AX_A, page_time="2031-01-13 17:05",
  desc="Russia's weekend strikes push Ukraine's power system toward collapse, plus Europe's air-defense scramble and more.",
  intro=["Welcome back to Axios World.", "Smart Brevity\u00ae count: 1,290 words ... 5 minutes.",
         "If you\u2019re a fan of Axios World, please [[forward this edition]] to a friend and tell them where to sign up."],
  outro=["Thanks for reading! Axios World is edited by Carla Moenning. Tell us what you think at world@axios.com.",
         "Sign up for Axios World"],
  basis="", basis_page="no per-item time; the page shows only 'Jan 13, 2031'; time from <meta property=\"article:published_time\" content=\"2031-01-13T17:05:00-05:00\">, so {u} UTC",
  notes="Imitates an Axios World newsletter as published on axios.com (saved HTML, meta tags only, no JSON-LD). The visible date 'Jan 13, 2031' has no time; every item takes the article:published_time meta value (17:05 New York = 22:05 UTC). Each numbered h2 ('1 big thing: ...', '2. ...') is one entry, headline exactly as printed including the number. Bodies: a one-line lede, bold lead-ins ('Why it matters:', 'Driving the news:', 'Zoom in:', 'What to watch:') and bullet points; every <p> and bullet counts as a body paragraph; illustration credits and 'Go deeper:' links are not body. Author = the newsletter author for every item. Two items are not about the war.",
  not_entries=["site header and navigation", "'Axios World' newsletter name and h1 title", "author line and date 'Jan 13, 2031'", "share links",
               "'Welcome back to Axios World.', Smart Brevity count, forwarding request", "illustration/photo credits under each item heading",
               "'Go deeper:' links", "'A message from Northgate Aerospace' sponsor block", "sign-off 'Thanks for reading! ...' and 'Sign up for Axios World'", "footer"],
  entries=[
  E(None, "1 big thing: Ukraine's grid on the brink",
    ["Russia\u2019s weekend barrage has left Ukraine\u2019s power system closer to collapse than at any point this winter.",
     "**Why it matters:** Without steady electricity, Ukraine\u2019s cities lose heat and water in sub-zero weather, and its defense plants slow down just as Russia presses on the front.",
     "**Driving the news:** Russia fired 19 missiles and about 230 drones at energy sites from Saturday night into Sunday, Ukraine\u2019s air force said. Five people were killed in Kyiv, Odesa and Kremenchuk.",
     "\u2022 Grid operator Ukrenergo says scheduled blackouts of up to 16 hours a day are now in force in 12 regions.",
     "\u2022 Two thermal plants owned by the private firm DTEK were \u201cseriously damaged,\u201d the company said.",
     "**What to watch:** Whether the EU\u2019s planned emergency energy package arrives before the February cold snap forecasters are warning about."],
    "strikes", "strikes", 3, "russian-weekend-energy-barrage-2031-01-12", a=AX_A, fig="Illustration: Marisol Keane/Axios",
    deeper="Ukraine braces for its toughest winter yet"),
  E(None, "2. Europe's air-defense scramble",
    ["European governments are racing to find interceptors for Ukraine\u2019s Patriot and SAMP/T batteries.",
     "**Why it matters:** Kyiv says it fires more air-defense missiles in a bad week than European plants produce in a month.",
     "**Zoom in:** Germany and the Netherlands are jointly buying 120 additional PAC-3 missiles, a Dutch defense ministry spokesperson told Axios, while France and Italy are expanding output of Aster interceptors.",
     "\u2022 None of the new missiles will arrive before the spring."],
    "aid", "aid", 2, "europe-interceptor-scramble-2031-01-13", a=AX_A, fig="Photo: Jaroslav Bielik/AFP via Getty Images"),
  OFF(None, "3. Taiwan's budget standoff",
    ["Taiwan\u2019s opposition-controlled legislature passed a budget that freezes a third of this year\u2019s spending on new submarines.",
     "**Why it matters:** Washington has been pressing Taipei to spend more on its own defense, not less.",
     "**What to watch:** The cabinet has 10 days to ask lawmakers to reconsider."],
    "taiwan-submarine-budget-freeze-2031-01-13", a=AX_A, fig="Photo: Chen Wei-lun/Getty Images", n="Taiwan budget"),
  E(None, "4. Russia widens the draft",
    ["Russia\u2019s parliament approved a bill that lets the military call up reservists for training at any time of year, not just during announced campaigns.",
     "**Why it matters:** Critics say the change lets the Kremlin quietly feed reservists into the war without declaring a new mobilization.",
     "**The other side:** The Defense Ministry says the bill only makes training schedules more flexible."],
    "other", "politics", 2, "russia-reservist-callup-law-2031-01-13", a=AX_A, fig="Photo: Natalia Kolesnikova/AFP via Getty Images"),
  OFF(None, "5. Peru's crowded race",
    ["Thirty-one candidates have registered to run in Peru\u2019s April presidential election, a record.",
     "**Between the lines:** No candidate polls above 11%, making a runoff almost certain."],
    "peru-presidential-field-2031-01-13", a=AX_A, fig="Photo: Ernesto Benavides/AFP via Getty Images", n="Peru election"),
  ]))


# ---------------------------------------------------------------- 19106 TIME explainer article (saved HTML, NewsArticle JSON-LD)
def r_time(S):
    """time.com article: NewsArticle JSON-LD (datePublished/dateModified with offset), nav, kicker 'World', h1, dek, 'By NAME',
    'Updated: January 14, 2031 3:05 PM EST | Originally published: January 14, 2031 12:31 PM EST', share row, lede paragraph,
    h2 sections, 'Write to NAME at EMAIL.', 'More Must-Reads from TIME' list, 'Contact us at letters@time.com.'"""
    z = S["zone"]; pt = dt(S["page_time"], z); up = dt(S["updated"], z)
    vis = lambda d: f"{MONTHS[d.month - 1]} {d.day}, {d.year} {ampm(d, upper=True)} {d.tzname()}"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "description": S["dek"], "url": S["url"],
          "datePublished": pt.isoformat(), "dateModified": up.isoformat(),
          "author": [{"@type": "Person", "name": S["author"], "url": "https://time.com/author/priya-raman-holt/"}],
          "publisher": {"@type": "Organization", "name": "TIME", "logo": {"@type": "ImageObject", "url": "https://time.com/img/logo.png"}},
          "articleSection": "World"}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | TIME</title>',
           f'<meta name="description" content="{attr(S["dek"])}">', '<meta property="og:site_name" content="TIME">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header><a class="logo" href="/">TIME</a><nav><a>Subscribe</a> <a>Newsletters</a> <a>Ideas</a> <a>Health</a> <a>World</a> '
           '<a>Politics</a> <a>Climate</a> <a>TIME100</a> <a>The D.C. Brief</a></nav></header>',
           '<article><div class="kicker"><a href="/section/world/">World</a></div>', f'<h1>{esc(S["title"])}</h1>', f'<h2 class="dek">{esc(S["dek"])}</h2>',
           f'<div class="byline">By <a href="/author/priya-raman-holt/">{esc(S["author"])}</a></div>',
           f'<div class="timestamp">Updated: {vis(up)} | Originally published: {vis(pt)}</div>',
           '<div class="share"><a>Share</a> <a>Copy link</a> <a>Email</a> <a>Facebook</a> <a>X</a> <a>LinkedIn</a></div>',
           '<figure><div class="img"></div><figcaption>Ukrainian prisoners of war after their release, near the Belarus border, on Jan. 14, 2031. <span>Genya Savilov\u2014AFP/Getty Images</span></figcaption></figure>',
           '<div id="article-body">'] + [f'<p>{rich(p)}</p>' for p in S["lede"]]
    stamps = []
    for e in S["entries"]:
        stamps.append(None)
        out.append(f'<h2>{esc(e["h"])}</h2>')
        out += [f'<p>{rich(p)}</p>' for p in e["p"]]
    out += [f'<p class="write-to">Write to {esc(S["author"])} at <a href="mailto:priya.raman-holt@time.com">priya.raman-holt@time.com</a>.</p>', '</div>',
            '<section class="must-reads"><h3>More Must-Reads from TIME</h3><ul><li>The Scientists Racing to Save the World\u2019s Coffee</li>'
            '<li>Inside the Fight Over America\u2019s Power Grid</li><li>Why Gen Z Is Quitting Streaming</li><li>The 100 Must-Read Books of 2030</li></ul></section>',
            '<p class="contact">Contact us at <a href="mailto:letters@time.com">letters@time.com</a>.</p></article>',
            '<footer><a>About Us</a> <a>Privacy Policy</a> <a>Terms of Use</a> <p>\u00a9 2031 TIME USA, LLC. All Rights Reserved.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


TM_A = "Priya Raman-Holt"
SEEDS.append(dict(
  id="19106", name="19106_time-whattoknow", ext="html", source="TIME", zone="America/New_York", render=r_time,
  title="What to Know About the Latest Prisoner Swap, the Black Sea Talks, and Russia\u2019s Strikes on Odesa",
  dek="A busy day in the war brought both hopeful and grim news for Ukraine.", author=TM_A,
  page_time="2031-01-14 12:31", updated="2031-01-14 15:05",
  url="https://time.com/7391204/ukraine-russia-prisoner-swap-black-sea-odesa/",
  lede=["Tuesday brought a mix of news from the war in Ukraine: hundreds of prisoners came home, diplomats returned to the table on Black Sea shipping, and Russian drones killed civilians in Odesa. Here\u2019s what to know."],
  basis="", basis_page="no per-section time: the article's 'Originally published: January 14, 2031 12:31 PM EST' (JSON-LD datePublished 2031-01-14T12:31:00-05:00; the 'Updated: ... 3:05 PM EST' time is not the publication time), so {u} UTC",
  notes="Imitates a TIME explainer article (saved HTML with NewsArticle JSON-LD). The header prints 'Updated: January 14, 2031 3:05 PM EST | Originally published: January 14, 2031 12:31 PM EST'; entries take the original publication time (17:31 UTC). The lede paragraph is a summary of the sections and not an entry; each h2 section is one entry. Author = the byline for every entry. The dek (h2 under the title) and the photo caption are furniture.",
  not_entries=["navigation", "kicker 'World'", "h1 title", "dek 'A busy day in the war brought both hopeful and grim news for Ukraine.'",
               "byline", "'Updated: ... | Originally published: ...' line", "share row", "photo caption and credit",
               "lede paragraph (summary of the sections)", "'Write to Priya Raman-Holt at ...' line", "'More Must-Reads from TIME' list",
               "'Contact us at letters@time.com.'", "footer"],
  entries=[
  E(None, "The largest prisoner swap in months",
    ["Russia and Ukraine each released 270 prisoners of war on Tuesday in an exchange mediated by the United Arab Emirates, the largest since September.",
     "Ukrainian President Volodymyr Zelensky posted photos of the freed soldiers, some of whom had been held since the fall of Mariupol in 2022, wrapped in blue-and-yellow flags at a border crossing. \u201cWe remember every one of our people in Russian captivity,\u201d he wrote.",
     "The UAE foreign ministry said it was the 19th exchange it had brokered since the war began."],
    "diplomacy", "diplomacy", 3, "uae-mediated-pow-exchange-2031-01-14", a=TM_A),
  E(None, "Black Sea talks resume in Istanbul",
    ["Turkish, Ukrainian and Russian officials met separately with Turkish mediators in Istanbul to discuss the safety of commercial shipping in the Black Sea, the Turkish defense ministry said. The talks, the first since October, did not produce an agreement, but a second round is planned for February."],
    "diplomacy", "diplomacy", 2, "istanbul-black-sea-shipping-talks-2031-01-14", a=TM_A),
  E(None, "Deadly strikes on Odesa",
    ["Hours before the exchange, Russian drones struck a residential neighborhood and the port in Odesa, killing four people, including a teenager, and wounding 11, according to the head of the regional military administration, Oleh Kiper.",
     "The attack also damaged a grain warehouse used by a Swiss trading firm. Odesa\u2019s ports have been hit more than 40 times since November."],
    "strikes", "strikes", 3, "odesa-drone-strike-2031-01-14", a=TM_A),
  E(None, "A new U.S. arms sale, paid for by Europe",
    ["The State Department approved a possible $1.4 billion sale of Patriot missile parts, maintenance and training to Ukraine, to be financed by Germany, Denmark and Norway, the Defense Security Cooperation Agency announced.",
     "Under arrangements reached last year, European governments pay for American weapons that are then shipped to Ukraine."],
    "aid", "aid", 3, "us-patriot-sustainment-sale-2031-01-14", a=TM_A),
  E(None, "A shake-up in Kyiv",
    ["Ukraine\u2019s parliament confirmed a new minister for strategic industries, Oksana Levytska, a former head of the state arms company Ukroboronprom, after her predecessor resigned over delays in artillery-shell production."],
    "other", "politics", 2, "ukraine-strategic-industries-minister-2031-01-14", a=TM_A),
  ]))


# ---------------------------------------------------------------- 19107 Al Arabiya English, article page with infinite scroll (text scrape)
def r_alarabiya(S):
    """english.alarabiya.net article copied as text after scrolling: the opened article plus the next ones the page loaded
    (newest first). Each: section label, title, agency/desk byline, 'Published: 17 January ,2031: 10:10 PM GST' (their odd
    comma), sometimes 'Updated: ...', share and font-size widgets, body with 'Read more:' related-link lines, tags."""
    z = S["zone"]
    vis = lambda d: f"{d.day} {MONTHS[d.month - 1]} ,{d.year}: {d.hour % 12 or 12:02d}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'} GST"
    L = ["Skip to main content", "", "Al Arabiya English", "", "LIVE", "",
         "News    Middle East    Gulf    World    Business    Features    Life & Style    Sports    Videos    Views", "",
         "Trending: Russia-Ukraine war | Gulf diplomacy | Oil prices", ""]
    stamps = []
    order_check(S, True)
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = vis(d); stamps.append(st)
        L += [e["sec_label"], "", e["h"], "", e["a"], f"Published: {st}"]
        if e.get("upd"):
            L.append(f"Updated: {vis(dt(e['upd'], z))}")
        L += ["", "Share", "", "Font", "A", "A", ""]
        for k, p in enumerate(e["p"]):
            L += [plain(p), ""]
            if k == 0 and e.get("readmore"):
                L += ["Read more:", "", e["readmore"], ""]
        L += ["Tags: " + e["tags"], "", "Next article", ""] if i < len(S["entries"]) - 1 else ["Tags: " + e["tags"], ""]
    L += ["Most Read", "", "Saudi Crown Prince receives phone call from French President", "Gold climbs as dollar weakens", "",
          "About Us    Contact Us    Privacy Policy    Terms of Use    \u00a9 2031 Al Arabiya Network"]
    return "\n".join(L) + "\n", stamps


SEEDS.append(dict(
  id="19107", name="19107_alarabiya-articles", ext="txt", source="Al Arabiya English", zone="Asia/Dubai", render=r_alarabiya,
  title="Ukraine says Russian glide bombs kill four in Zaporizhzhia",
  basis="'Published: {s}' line under the byline (GST = Gulf Standard Time, UTC+4); local {d} {z} = {u} UTC",
  basis_page="",
  notes="Imitates an Al Arabiya English article page copied as text after scrolling: the opened article (its title is the page title) and the five further articles the page loaded beneath it, newest first. Each article is one entry; stamp = the date text after 'Published: ' exactly as printed (with Al Arabiya's ' ,' before the year), in GST (UTC+4). Two articles also print an 'Updated:' line, which is not the publication time. The byline slot prints a wire or desk credit (Reuters, AFP, Al Arabiya English), kept as the author. One article (Dubai airport traffic) is not about the war.",
  not_entries=["'Skip to main content', logo, 'LIVE', navigation, 'Trending' bar", "section labels above each title (World, Gulf, Business)",
               "'Updated:' lines (not the publication time)", "'Share' and font-size widgets ('Font', 'A', 'A')",
               "'Read more:' lines and the related titles under them", "'Tags:' lines", "'Next article' separators", "'Most Read' list", "footer"],
  entries=[
  E("2031-01-17 22:10", "Ukraine says Russian glide bombs kill four in Zaporizhzhia",
    ["Russian glide bombs killed four people and wounded 17 in the southeastern Ukrainian city of Zaporizhzhia on Friday, regional governor Ivan Fedorov said.",
     "The bombs hit an industrial area and a row of private houses in the city\u2019s Shevchenkivskyi district, Fedorov wrote on Telegram, adding that two of the wounded were children.",
     "Zaporizhzhia, about 30 km (19 miles) from the front line, has come under increasingly frequent attack by guided aerial bombs launched from Russian aircraft."],
    "strikes", "strikes", 3, "zaporizhzhia-glide-bomb-strike-2031-01-17", a="Reuters", sec_label="World", tags="Russia-Ukraine war, Zaporizhzhia",
    readmore="Russia says it captured two villages in eastern Ukraine"),
  E("2031-01-17 19:35", "Japan pledges $300 million to help repair Ukraine\u2019s power grid",
    ["Japan will provide $300 million to help Ukraine repair power plants and substations damaged by Russian strikes, Japanese Foreign Minister Takeshi Iwaya said on Friday after talks with his Ukrainian counterpart in Tokyo.",
     "The money will pay for transformers, mobile gas turbines and equipment to protect substations from drone attacks, Iwaya said."],
    "aid", "aid", 3, "japan-grid-repair-aid-2031-01-17", a="AFP", sec_label="World", tags="Japan, Ukraine", upd="2031-01-17 20:02"),
  E("2031-01-17 16:20", "Saudi Arabia ready to host new round of Russia-Ukraine talks: FM",
    ["Saudi Arabia is ready to host a new round of talks between Russia and Ukraine, Foreign Minister Prince Faisal bin Farhan said on Friday, as diplomatic efforts to end the nearly five-year war intensify.",
     "\u201cThe Kingdom has been in contact with both sides and stands ready to offer whatever support is needed,\u201d Prince Faisal told reporters in Riyadh after meeting his Ukrainian counterpart Andriy Sybiha.",
     "Saudi Arabia has previously hosted meetings between US, Russian and Ukrainian delegations, and helped broker several exchanges of prisoners."],
    "diplomacy", "diplomacy", 3, "saudi-offer-host-russia-ukraine-talks-2031-01-17", a="Al Arabiya English", sec_label="Gulf", tags="Saudi Arabia, Ukraine, Russia",
    readmore="Saudi Crown Prince, Zelensky discuss efforts to end war in phone call"),
  OFF("2031-01-17 13:05", "Dubai airport passenger traffic hits record 97 million in 2030",
    ["Dubai International Airport handled a record 97.2 million passengers in 2030, up 4 percent from a year earlier, operator Dubai Airports said on Friday.",
     "India remained the airport\u2019s largest market, followed by Saudi Arabia and the United Kingdom."],
    "dubai-airport-traffic-record-2031-01-17", a="Al Arabiya English", sec_label="Business", tags="Dubai, Aviation", n="Dubai airport traffic"),
  E("2031-01-17 10:40", "Ukrainian drones hit oil depot in Russia\u2019s Bryansk region, governor says",
    ["Ukrainian drones set fire to an oil depot in Russia\u2019s Bryansk region overnight, regional governor Alexander Bogomaz said on Friday, adding that there were no casualties.",
     "Russia\u2019s Defense Ministry said its air defenses had destroyed 34 Ukrainian drones over several regions."],
    "strikes", "strikes", 2, "bryansk-oil-depot-drone-strike-2031-01-17", a="Reuters", sec_label="World", tags="Russia, Ukraine, drones", upd="2031-01-17 11:15"),
  E("2031-01-17 08:05", "Kremlin says Putin open to Gulf mediation on prisoner releases",
    ["The Kremlin said on Friday that President Vladimir Putin was open to further Gulf mediation on releasing prisoners held by Russia and Ukraine, but played down hopes of broader peace talks.",
     "\u201cHumanitarian questions are one thing, a settlement is another,\u201d spokesman Dmitry Peskov told reporters."],
    "diplomacy", "diplomacy", 2, "kremlin-gulf-mediation-prisoners-2031-01-17", a="AFP", sec_label="World", tags="Kremlin, Russia-Ukraine war"),
  ]))


# ---------------------------------------------------------------- 19108 The Economist 'The world this week: Politics' (saved HTML, NewsArticle JSON-LD)
def r_economist(S):
    """economist.com 'The world this week' Politics page: NewsArticle JSON-LD (datePublished with milliseconds, Z); menu,
    rubric, h1 'Politics', visible date 'Jan 23rd 2031' and '|3 min read' (no time), audio and Save/Share/Give buttons; the
    body is a run of unheaded paragraphs, each a separate item whose opening words link elsewhere; edition line and
    'More from The world this week' at the end."""
    z = S["zone"]; pt = dt(S["page_time"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "description": S["desc"],
          "datePublished": pt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"), "dateModified": (pt + timedelta(hours=2, minutes=12)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
          "articleSection": "The world this week", "url": S["url"], "isAccessibleForFree": False,
          "publisher": {"@type": "NewsMediaOrganization", "name": "The Economist", "logo": {"@type": "ImageObject", "url": "https://www.economist.com/engassets/google-search-logo.png"}}}
    vis = f"{SHORT_MONTHS[pt.month - 1]} {ordinal(pt.day)} {pt.year}"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | The Economist</title>',
           f'<meta name="description" content="{attr(S["desc"])}">', '<meta property="og:site_name" content="The Economist">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header><button>Menu</button> <a class="logo" href="/">The Economist</a> <a href="/weeklyedition">Weekly edition</a> '
           '<a href="/the-world-in-brief">The world in brief</a> <a>Search</a> <a class="cta">Subscribe</a> <a>Log in</a></header>',
           '<main><article><div class="rubric"><a href="/the-world-this-week">The world this week</a></div>', f'<h1>{esc(S["title"])}</h1>',
           f'<div class="meta"><time datetime="{pt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")}">{vis}</time><span>|</span><span>3 min read</span></div>',
           '<div class="audio"><p>Listen to this story.</p><p>Enjoy more audio and podcasts on iOS or Android.</p></div>',
           '<div class="actions"><button>Save</button> <button>Share</button> <button>Give</button></div>', '<section class="body">']
    stamps = []
    for e in S["entries"]:
        stamps.append(None)
        out += [f'<p>{rich(p)}</p>' for p in e["p"]]
    out += ['</section>', f'<p class="edition">From the {S["edition"]} edition</p>',
            '<p>Discover stories from this section and more in the list of contents</p><a>Explore the edition</a>',
            '<a>Reuse this content</a></article>',
            '<aside><h3>More from The world this week</h3><ul><li>Business</li><li>KAL\u2019s cartoon</li><li>The weekly cartoon</li></ul></aside></main>',
            '<footer><a>Help</a> <a>Terms of use</a> <a>Privacy</a> <a>Cookie settings</a> <p>Copyright \u00a9 The Economist Newspaper Limited 2031. All rights reserved.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="19108", name="19108_economist-worldthisweek", ext="html", source="The Economist", zone="Europe/London", render=r_economist,
  title="Politics", page_time="2031-01-23 16:40", edition="January 25th 2031",
  url="https://www.economist.com/the-world-this-week/2031/01/23/politics",
  desc="Politics this week",
  basis="", basis_page="no per-item time; the page shows only 'Jan 23rd 2031'; the time comes from the JSON-LD datePublished (and <time datetime>) '2031-01-23T16:40:00.000Z', so {u} UTC",
  notes="Imitates The Economist's 'The world this week' Politics page (saved HTML with NewsArticle JSON-LD). The body is a run of unheaded paragraphs, each a separate news item: every paragraph is one entry with headline null, first_sentence the paragraph's opening sentence (its first words are a link, printed as plain text here). Visible date only 'Jan 23rd 2031'; the time comes from the JSON-LD datePublished / <time datetime>. No bylines (author null). Five of the eight items are not about the war.",
  not_entries=["header (Menu, logo, Weekly edition, The world in brief, Search, Subscribe, Log in)", "rubric 'The world this week'", "h1 'Politics' (page title)",
               "date line 'Jan 23rd 2031 | 3 min read'", "audio prompt ('Listen to this story.' ...)", "Save / Share / Give",
               "edition line 'From the January 25th 2031 edition' and 'Discover stories ...' / 'Explore the edition'", "'Reuse this content'",
               "'More from The world this week' list", "footer"],
  entries=[
  OFF(None, None, ["[[Japan]]\u2019s prime minister called a snap general election for March 9th, hoping to capitalise on a rebound in his party\u2019s ratings after a year of scandals. The opposition is split between three parties that cannot agree on a joint candidate in most districts."],
      "japan-snap-election-called-2031-01-23", n="Japan election"),
  OFF(None, None, ["Protesters in [[Bolivia]] blocked the main roads into La Paz for a fourth day over the government\u2019s plan to end fuel subsidies. Two people died in clashes with police in El Alto."],
      "bolivia-fuel-subsidy-protests-2031-01-23", n="Bolivia protests"),
  OFF(None, None, ["[[Chile]]\u2019s Congress passed a pension reform that raises employers\u2019 contributions by six percentage points over a decade, ending a fight that had lasted three governments."],
      "chile-pension-reform-2031-01-23", n="Chile pensions"),
  E(None, None, ["[[Russia]] launched its heaviest air attack on Ukraine in two months, firing more than 40 missiles and 300 drones at gas fields and power stations. At least nine people were killed, six of them in Kharkiv. Ukraine\u2019s grid operator imposed rolling blackouts in every region."],
    "strikes", "strikes", 3, "russian-mass-strike-energy-2031-01-21"),
  E(None, None, ["Emirati mediators shuttled between envoys from [[Ukraine and Russia]] during two days of indirect talks in Abu Dhabi. The two sides agreed to set up working groups on prisoners and on the safety of nuclear power plants, but made no progress towards a ceasefire. Volodymyr Zelensky, Ukraine\u2019s president, said Russia had \u201cbrought nothing new\u201d."],
    "diplomacy", "diplomacy", 3, "abu-dhabi-indirect-talks-2031-01-22"),
  E(None, None, ["[[Germany]]\u2019s parliament approved \u20ac9bn ($9.8bn) of military aid for Ukraine this year, slightly more than in 2030, despite squabbling in the coalition over cuts elsewhere in the budget."],
    "aid", "aid", 3, "germany-2031-ukraine-military-aid-budget-2031-01-23"),
  OFF(None, None, ["[[South Africa]]\u2019s governing coalition survived a vote of no confidence in parliament after a smaller partner abstained at the last minute."],
      "south-africa-no-confidence-vote-2031-01-23", n="South Africa politics"),
  OFF(None, None, ["A court in [[Bangladesh]] sentenced a former minister to 12 years in prison for corruption. His supporters called the trial political."],
      "bangladesh-minister-sentenced-2031-01-23", n="Bangladesh court"),
  ]))


# ---------------------------------------------------------------- 19109 AP 'The Latest' wire timeline (text scrape)
def r_ap_latest(S):
    """apnews.com 'The Latest' story copied as text: nav, headline, 'By The Associated Press', 'Updated 11:40 AM EST, January 20,
    2031' (shown in the reader's zone, US Eastern), share row, dateline intro '... The Latest on Russia's war in Ukraine (all
    times local):', then items separated by '___' lines: a bare a.m./p.m. time on its own line (Kyiv local time), then the text,
    often opening with its own dateline; 'ADVERTISEMENT' markers between paragraphs."""
    z = S["zone"]; order_check(S, True)
    up = dt(S["entries"][0]["t"], z).astimezone(ZoneInfo("America/New_York"))
    L = ["Skip to main content", "", "AP", "", "World    U.S.    Politics    Sports    Entertainment    Business    Science    Fact Check    Oddities", "",
         "Donate", "", "WORLD NEWS", "", S["title"], "", "By The Associated Press", "",
         f"Updated {ampm(up, upper=True)} {up.tzname()}, {MONTHS[up.month - 1]} {up.day}, {up.year}", "",
         "Share", "Copy", "Link copied", "Email", "Facebook", "X", "LinkedIn", "Bluesky", "Flipboard", "Pinterest", "Reddit", "", S["intro"], ""]
    stamps = []
    ads = 0
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, dots=True); stamps.append(st)
        L += ["___", "", st, ""]
        for k, p in enumerate(e["p"]):
            L += [plain(p), ""]
            if k == 0 and len(e["p"]) > 1:
                ads += 1
                if ads % 2:
                    L += ["ADVERTISEMENT", ""]
    L += ["___", "", "Follow AP\u2019s coverage of the war at https://apnews.com/hub/russia-ukraine", "",
          "ADVERTISEMENT", "", "The Associated Press", "About    Contact Us    Accessibility Statement    Terms of Use    Privacy Policy",
          "Copyright 2031 The Associated Press. All Rights Reserved."]
    return "\n".join(L) + "\n", stamps


APA = "The Associated Press"
SEEDS.append(dict(
  id="19109", name="19109_ap-thelatest", ext="txt", source="The Associated Press", zone="Europe/Kyiv", render=r_ap_latest,
  title="The Latest: Russian missiles kill 5 in Kyiv as Ukraine\u2019s allies meet at Ramstein",
  intro="KYIV, Ukraine (AP) \u2014 The Latest on Russia\u2019s war in Ukraine (all times local):",
  basis="bare item time '{s}' on its own line; the intro says '(all times local)' for the Kyiv dateline (EET = UTC+2); date from the header 'Updated 11:40 AM EST, January 20, 2031', which is the newest item's time (6:40 p.m. Kyiv) shown in US Eastern time; local {d} {z} = {u} UTC",
  basis_page="",
  notes="Imitates an AP 'The Latest' wire timeline copied as text. Items newest first, separated by '___' lines; each starts with a bare a.m./p.m. time in Kyiv local time (the intro says '(all times local)' under the KYIV dateline). The header 'Updated 11:40 AM EST, January 20, 2031' is printed in the reader's US Eastern zone and equals the newest item (6:40 p.m. Kyiv = 16:40 UTC); it is the only date on the page. Items have no headlines (headline null); most open with their own dateline ('RAMSTEIN AIR BASE, Germany \u2014 ...'), which is part of the first sentence as printed. 'ADVERTISEMENT' markers sit between paragraphs. Author = the page byline 'The Associated Press' for every item. Entries 2, 5 and 6 tell one story (the overnight/morning attack on Kyiv, toll 3 then 5).",
  not_entries=["'Skip to main content', AP logo, navigation, 'Donate'", "section label 'WORLD NEWS'", "headline (page title)", "byline 'By The Associated Press'",
               "'Updated 11:40 AM EST, January 20, 2031'", "share row (Share, Copy, Link copied, Email, Facebook, X, ...)",
               "intro line 'KYIV, Ukraine (AP) \u2014 The Latest on Russia\u2019s war in Ukraine (all times local):'", "'___' separators",
               "'ADVERTISEMENT' markers", "'Follow AP\u2019s coverage of the war at ...' line", "footer"],
  entries=[
  E("2031-01-20 18:40", None,
    ["RAMSTEIN AIR BASE, Germany \u2014 Germany will deliver two more IRIS-T air defense systems to Ukraine before the summer, Defense Minister Boris Pistorius said Monday at a meeting of the Ukraine Defense Contact Group.",
     "Pistorius said Berlin would also pay for 300 interceptor missiles for systems already in Ukraine. The group of about 50 countries that coordinates military aid to Kyiv met at the U.S. air base in western Germany for the first time in a year.",
     "Ukrainian Defense Minister Denys Shmyhal told the meeting that air defense was \u201cthe question of survival this winter.\u201d"],
    "aid", "aid", 3, "ramstein-contact-group-iris-t-pledge-2031-01-20", a=APA),
  E("2031-01-20 16:15", None,
    ["KYIV, Ukraine \u2014 The death toll from Monday\u2019s Russian missile attack on Kyiv has risen to five, the head of the city\u2019s military administration, Tymur Tkachenko, said.",
     "Rescuers pulled the body of a man from the rubble of a nine-story building in the Darnytskyi district, Tkachenko said. Twenty-two people were wounded."],
    "strikes", "strikes", 3, "kyiv-missile-attack-2031-01-20", a=APA),
  E("2031-01-20 14:05", None,
    ["MOSCOW \u2014 The Kremlin said Monday that it sees no basis for new talks with Ukraine while Western countries keep sending weapons to Kyiv.",
     "\u201cWhen they meet at Ramstein to discuss more missiles, it is hard to speak seriously about peace,\u201d Kremlin spokesman Dmitry Peskov told reporters."],
    "diplomacy", "diplomacy", 2, "kremlin-no-basis-for-talks-2031-01-20", a=APA),
  E("2031-01-20 12:30", None,
    ["WARSAW, Poland \u2014 Poland scrambled fighter jets and put ground-based air defenses on alert early Monday as Russia launched missiles at targets in western Ukraine, the Polish military\u2019s Operational Command said. It reported no violation of Polish airspace."],
    "other", "security", 2, "poland-scrambles-jets-2031-01-20", a=APA),
  E("2031-01-20 09:50", None,
    ["KYIV, Ukraine \u2014 Three people were killed when parts of a downed Russian missile hit a residential building in Kyiv\u2019s Darnytskyi district, city officials said.",
     "Firefighters battled a blaze on the upper floors for more than two hours. AP journalists at the scene saw residents carrying belongings out of the building in freezing temperatures."],
    "strikes", "strikes", 3, "kyiv-missile-attack-2031-01-20", a=APA),
  E("2031-01-20 07:20", None,
    ["Russia fired 17 missiles and 120 drones at Ukraine overnight, Ukraine\u2019s air force said, adding that air defenses shot down 14 of the missiles and 96 of the drones. Kyiv was the main target, officials said."],
    "strikes", "strikes", 3, "kyiv-missile-attack-2031-01-20", a=APA),
  ]))


# ================================================================ Part B renderers (invented outlets)

def r_b_textlive_sig(S):
    """text live blog, newest first: masthead, LIVE label, title, date line, lede, a 'Key Points' block listing entry headlines
    ('\u2022 ' bullets), then posts: headline, body (or a video placeholder), and a trailing signature 'NAME \u00b7 17:30 GMT'."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"].upper(), "News | World | Ukraine | Business | Sport | Culture | Newsletters", "", "LIVE", S["title"], S["dateline"], "",
         S["lede"], "", "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest updates", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} {d.tzname()}"; stamps.append(st)
        L += [e["h"], ""]
        L += ptxt(e["p"]) if e["p"] else ["\u25b6 Video  2:04", ""]
        L += [f"{e['a']} \u00b7 {st}", "Share", ""]
        if i == 2:
            L += ["Sign up to First Edition, the Post\u2019s free morning newsletter", "Enter your email", "Sign up", ""]
    L += ["Load earlier updates", "", f"\u00a9 2031 {S['source']} \u00b7 About \u00b7 Contact \u00b7 Privacy \u00b7 Cookies"]
    return "\n".join(L) + "\n", stamps


def r_b_ldlive(S):
    """HTML live blog, oldest first; LiveBlogPosting JSON-LD with per-update datePublished (local offset) and author; visible
    page date in the header, per update a bare '09:55' inside <time datetime>, h3 headline, 'By NAME' line, paragraphs."""
    z = S["zone"]; order_check(S, False)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    upd = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        upd.append({"@type": "BlogPosting", "@id": f"{S['url']}#post-{5100 + i * 7}", "headline": e["h"], "datePublished": d.isoformat(),
                    "author": {"@type": "Person", "name": e["a"]}, "articleBody": " ".join(plain(p) for p in e["p"])})
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "url": S["url"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "coverageEndTime": (first + timedelta(hours=18)).isoformat(), "publisher": {"@type": "Organization", "name": S["source"]},
          "liveBlogUpdate": upd}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {esc(S["source"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header class="masthead"><a href="/">{esc(S["source"])}</a><nav><a>Top stories</a> <a>Ukraine</a> <a>Europe</a> <a>Markets</a> <a>Opinion</a></nav></header>',
           f'<main><p class="live-badge">LIVE</p><h1>{esc(S["title"])}</h1>',
           f'<p class="page-date">{first.day} {MONTHS[first.month - 1]} {first.year} \u00b7 {S["timenote"]}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>',
           '<ol class="timeline">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<li class="post" id="post-{5100 + i * 7}"><time datetime="{d.isoformat()}">{st}</time>')
        out.append(f'<h3>{esc(e["h"])}</h3><p class="by">By {esc(e["a"])}</p>')
        out += [f'<p>{rich(p)}</p>' for p in e["p"]]
        out.append('<div class="post-tools"><a>Copy link</a> <a>Share</a></div></li>')
        if i == 2:
            out.append('<li class="promo"><p>Ptarmigan Wire Morning Brief: the war in five minutes, every weekday.</p><a>Subscribe</a></li>')
    out += ['</ol><p class="more"><a>Refresh for new posts</a></p></main>',
            f'<footer><p>\u00a9 2031 {esc(S["source"])}. Reuse with permission only.</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_b_rss(S):
    """RSS 2.0 feed, newest first: pubDate with the outlet's numeric offset (or GMT), category, optional dc:creator, one
    paragraph of description per item (CDATA when S['cdata'])."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
           '<channel>', f'<title>{esc(S["title"])}</title>', f'<link>{S["home"]}</link>', f'<description>{esc(S["desc"])}</description>',
           '<language>en</language>', f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z), S.get("gmt", False))}</lastBuildDate>',
           f'<atom:link href="{S["home"]}feeds/world.xml" rel="self" type="application/rss+xml"/>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, S.get("gmt", False)); stamps.append(st)
        url = f"{S['home']}{d:%Y/%m/%d}/{slugify(e['h'])}"
        desc = " ".join(plain(p) for p in e["p"])
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{url}</link>', f'<guid isPermaLink="false">{S["guid"]}-{88120 + i * 13}</guid>',
                f'<pubDate>{st}</pubDate>', f'<category>{esc(e["cat"])}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out.append(f'<description><![CDATA[{desc}]]></description>' if S.get("cdata") else f'<description>{esc(desc)}</description>')
        out.append('</item>')
    out += ['</channel>', '</rss>']
    for e in S["entries"]:
        if len(e["p"]) > 1:
            e["p"] = [" ".join(e["p"])]   # the feed joins the paragraphs into one description
    return "\n".join(out) + "\n", stamps


def r_b_atom(S):
    """Atom 1.0 feed, newest first: <published>/<updated> with numeric offset, <author><name>, <summary> and HTML <content>
    (escaped <p> paragraphs)."""
    z = S["zone"]; order_check(S, True)
    top = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["desc"])}</subtitle>', f'<link href="{S["home"]}" rel="alternate"/>', f'<link href="{S["home"]}atom.xml" rel="self"/>',
           f'<id>{S["home"]}</id>', f'<updated>{top.isoformat()}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat(); stamps.append(st)
        upd = (d + timedelta(minutes=e.get("upd_min", 0))).isoformat()
        body = "".join(f"<p>{rich(p)}</p>" for p in e["p"])
        out += ['<entry>', f'<title type="text">{esc(e["h"])}</title>', f'<link href="{S["home"]}{d:%Y/%m/%d}/{slugify(e["h"])}" rel="alternate"/>',
                f'<id>tag:{S["tag"]},{d:%Y-%m-%d}:{4410 + i * 3}</id>', f'<published>{st}</published>', f'<updated>{upd}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        out += [f'<category term="{attr(e["cat"])}"/>', f'<summary type="text">{esc(e["summary"])}</summary>',
                f'<content type="html">{esc(body)}</content>', '</entry>']
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


# ================================================================ PART B: three multi-source days (invented outlets)
# ---------------------------------------------------------------- day 1: Monday 27 January 2031
DNI = "dnipro-missile-strike-2031-01-27"
NLD = "netherlands-long-range-drone-package-2031-01-27"
SANC = "eu-sanctions-rollover-2031-01-27"
ANALYSIS_H = "Analysis: Why Russia's ballistic missiles keep getting through"
ANALYSIS_P = ["Monday's strike on Dnipro was the third this month in which a Russian ballistic missile reached a Ukrainian city with almost no warning, and air-defence officers say the reasons are as much about arithmetic as technology.",
              "An Iskander-M fired from the Russian side of the border can reach Dnipro in under four minutes. Only Patriot and SAMP/T batteries can reliably stop it, and Ukraine has too few of them to cover more than a handful of cities at once.",
              "Interceptors are the other constraint. A single Patriot engagement often uses two missiles, and Western production, while rising, still falls short of what Ukraine fires in a bad month.",
              "Ukrainian engineers are working on a cheaper domestic interceptor, but officials concede it will not be ready in numbers before next winter."]
ANALYSIS = "analysis-ballistic-missile-interception-gap-2031-01-27"

SEEDS.append(dict(
  id="19120", name="19120_dunlinbay-textlive", ext="txt", source="Dunlin Bay Post", zone="Europe/London", render=r_b_textlive_sig,
  title="Russia-Ukraine war live: Dnipro missile strike kills nine as Zelensky demands faster Patriot deliveries",
  dateline="Monday 27 January 2031",
  lede="A Russian ballistic missile hit a residential area of Dnipro on Monday morning; the Netherlands announced a new drone package. Follow the day's developments here.",
  basis="trailing signature '{s}' after the post (GMT = UTC in January); date from the page's date line 'Monday 27 January 2031'; local {d} {z}",
  notes="Invented outlet. Text live blog, newest first, date line 'Monday 27 January 2031'. 'Key Points' lists two entry headlines (bulleted), both importance 3 and key_point true. Each post: headline, body, then a trailing signature 'NAME \u00b7 HH:MM GMT' (stamp after the body). The 16:10 post is a 'Watch:' video teaser with no text.",
  not_entries=["masthead and navigation", "'LIVE' label", "page title", "date line 'Monday 27 January 2031'", "lede paragraph",
               "'Key Points' heading and its two bullets (headlines of entries 3 and 5)", "'Latest updates'", "'\u25b6 Video  2:04' player line of the teaser",
               "'Share' after each post", "newsletter box after the third post", "'Load earlier updates'", "footer"],
  entries=[
  E("2031-01-27 17:30", "Zelensky: Dnipro strike shows Patriot deliveries cannot wait",
    ["President Volodymyr Zelensky said the missile that killed nine people in Dnipro on Monday was \u201canother bill paid in Ukrainian lives for air defence that is still on its way.\u201d",
     "In his evening address he said Ukraine had asked partners for at least four more Patriot batteries and thanked the Netherlands for the drone package announced earlier in the day.",
     "Regional officials said 34 people were injured, nine of them children."],
    "strikes", "strikes", 3, DNI, a="Ellie Marchbank", sec=["aid"], n="reaction whose content is the attack (new toll): same story as the strike"),
  E("2031-01-27 16:10", "Watch: Rescue teams search the rubble of a Dnipro apartment block", [],
    "strikes", "strikes", 1, DNI, a="Ellie Marchbank", n="teaser without text (video)"),
  E("2031-01-27 15:05", "Netherlands pledges \u20ac350m for Ukrainian long-range drones",
    ["The Dutch government will pay Ukrainian manufacturers \u20ac350m for about 600 long-range strike drones, Defence Minister Ruben Brekelmans told parliament in The Hague.",
     "The drones will be delivered over the course of the year. The Netherlands has now committed more than \u20ac3.5bn in military aid for 2031."],
    "aid", "aid", 3, NLD, a="Tomas Reid", kp=True, n="must not merge with the Canadian armoured vehicles (19123-05) or the Lithuanian jammers (19121-05): same aid theme, other donors"),
  E("2031-01-27 13:40", "Russia claims capture of Novopavlivka on Dnipropetrovsk border",
    ["Russia's defence ministry said its troops had taken Novopavlivka, a village near the border of the Donetsk and Dnipropetrovsk regions. Ukraine's military said fighting was continuing on the village's western edge."],
    "other", "frontline", 2, "novopavlivka-capture-claim-2031-01-27", a="Tomas Reid", n="must not merge with the Dnipro missile strike: same region, ground fighting"),
  E("2031-01-27 11:50", "Dnipro missile strike: death toll rises to six",
    ["Six people are now confirmed dead after a Russian ballistic missile struck a five-storey apartment building and a nearby bus stop in Dnipro's Sobornyi district, the regional military administration said.",
     "Twenty-six people were injured. Rescuers are still working on the collapsed section of the building."],
    "strikes", "strikes", 3, DNI, a="Ellie Marchbank", kp=True),
  E("2031-01-27 10:15", "Drone hits grain terminal in Izmail",
    ["A Russian drone damaged a grain terminal in the Danube port of Izmail overnight, the Odesa regional administration said. Two workers were treated for shock; no one was seriously hurt."],
    "strikes", "strikes", 2, "izmail-grain-terminal-drone-2031-01-27", a="Tomas Reid", n="must not merge with the Dnipro strike: same day and weapon theme, other city, non-deadly"),
  E("2031-01-27 08:50", "Moscow expels two Estonian diplomats",
    ["Russia's foreign ministry ordered two Estonian diplomats to leave the country within a week, in what it called a response to Tallinn's expulsion of a Russian consul in December."],
    "diplomacy", "diplomacy", 2, "russia-expels-estonian-diplomats-2031-01-27", a="Ellie Marchbank"),
  ]))

SEEDS.append(dict(
  id="19121", name="19121_ptarmigan-ldlive", ext="html", source="Ptarmigan Wire", zone="Europe/Kyiv", render=r_b_ldlive,
  title="Ukraine live: Missile strike on Dnipro, shelling of Nikopol", url="https://ptarmiganwire.example/live/ukraine-2031-01-27",
  timenote="Kyiv time", lede="Our team in Kyiv and Dnipro follows the day as it unfolds. Times are Kyiv time.",
  basis="visible '{s}' in <time datetime> (JSON-LD update datePublished agrees, +02:00); page date '27 January 2031', Kyiv time; local {d} {z}",
  notes="Invented outlet. HTML live blog, oldest first, LiveBlogPosting JSON-LD whose liveBlogUpdate items carry their own datePublished (+02:00) and author; the visible stamp is a bare 'HH:MM' in <time datetime>, with '27 January 2031 \u00b7 Kyiv time' in the page header. Entry 7 re-publishes entry 4 almost verbatim (same headline, stale toll of four): duplicate_of 19121-04, importance 1.",
  not_entries=["masthead and navigation", "'LIVE' badge", "h1 title", "page date line '27 January 2031 \u00b7 Kyiv time'", "standfirst",
               "'By NAME' lines (used as authors)", "'Copy link' / 'Share' tools under each post", "Morning Brief promo after the third post",
               "'Refresh for new posts'", "footer"],
  entries=[
  E("2031-01-27 07:30", "Overnight: Russia launched 86 drones, air force says 61 downed",
    ["Russia attacked Ukraine overnight with 86 Shahed-type and decoy drones, the air force said, adding that 61 were shot down or jammed. Hits were recorded in the Sumy and Chernihiv regions; no casualties were reported."],
    "strikes", "strikes", 2, "russian-overnight-drone-attack-2031-01-27", a="Oksana Dray", n="must not merge with the Dnipro missile strike: separate overnight drone attack, other regions"),
  E("2031-01-27 09:55", "Explosions in Dnipro; two killed, regional administration says",
    ["Powerful explosions shook Dnipro shortly before 09:45, and the head of the regional military administration said a ballistic missile had hit a residential area. At least two people were killed.",
     "Air raid sirens had sounded less than three minutes before the blast, residents told our correspondent."],
    "strikes", "strikes", 3, DNI, a="Mykyta Sorokin"),
  E("2031-01-27 10:40", "Nikopol shelled again, three wounded",
    ["Russian artillery on the far bank of the Dnipro River shelled Nikopol through the morning, wounding three people and damaging a school and a gas pipeline, regional officials said."],
    "strikes", "strikes", 2, "nikopol-shelling-2031-01-27", a="Mykyta Sorokin", n="must not merge with the Dnipro missile strike: same Dnipropetrovsk region, different city and attack"),
  E("2031-01-27 11:30", "Dnipro toll rises to four as rescuers reach upper floors",
    ["The number of people killed in the morning missile strike on Dnipro has risen to four, emergency services said, as rescuers reached the upper floors of the damaged apartment block.",
     "Nineteen people are in hospital, including three children."],
    "strikes", "strikes", 3, DNI, a="Mykyta Sorokin"),
  E("2031-01-27 13:15", "Lithuania sends second batch of anti-drone jammers",
    ["Lithuania has delivered a second batch of electronic jamming systems to Ukraine's border guards, the Lithuanian defence ministry said, without giving numbers. The equipment is part of a \u20ac42m package approved in November."],
    "aid", "aid", 2, "lithuania-jammers-delivery-2031-01-27", a="Oksana Dray", n="must not merge with the Netherlands drone package: same aid theme, other donor"),
  E("2031-01-27 14:10", "Dnipro: seven dead, 31 injured",
    ["Seven people were killed and 31 injured in the Russian missile strike on Dnipro, the regional military administration said in an afternoon update. Search work at the five-storey building continues."],
    "strikes", "strikes", 3, DNI, a="Mykyta Sorokin"),
  E("2031-01-27 15:25", "Dnipro toll rises to four as rescuers reach upper floors",
    ["The number of people killed in the morning missile strike on Dnipro has risen to four, emergency services said, as rescuers reached the upper floors of the damaged apartment block.",
     "Nineteen people are in hospital, including three children."],
    "strikes", "strikes", 1, DNI, a="Mykyta Sorokin", dup="19121-04", n="near-verbatim repeat of 19121-04 (re-published with the stale toll)"),
  ]))

SEEDS.append(dict(
  id="19122", name="19122_fulmar-worldrss", ext="xml", source="Fulmar World Service", zone="Europe/Madrid", render=r_b_rss,
  title="Fulmar World Service \u2013 World", home="https://fulmarworld.example/", guid="fws", desc="World news from the Fulmar World Service desk in Madrid",
  basis="RSS pubDate '{s}' (numeric offset +0100 = CET); local {d} {z}",
  notes="Invented outlet. General world RSS feed (newest first, pubDate +0100): only two of six items are about the war. Descriptions are one paragraph each. dc:creator on some items only.",
  not_entries=["channel title, link, description, language, lastBuildDate, atom:link"],
  entries=[
  OFF("2031-01-27 20:15", "Spanish Senate approves two-year extension of rent cap",
      ["Spain's Senate approved a two-year extension of the cap on annual rent increases for existing tenants, after the government won over two regional parties with promises of housing funds."],
      "spain-rent-cap-extension-2031-01-27", a="Lucía Ferrand", cat="Europe", n="Spanish housing law"),
  OFF("2031-01-27 18:05", "Heatwave grounds flights in southern Australia",
      ["Temperatures above 46C forced airlines to cancel dozens of flights in Adelaide and Melbourne as runways softened and air-traffic controllers worked in relays."],
      "australia-heatwave-flights-2031-01-27", cat="Asia-Pacific", n="Australian weather"),
  E("2031-01-27 16:40", "EU extends Russia sanctions for six months after Hungary lifts objection",
    ["European Union governments agreed on Monday to roll over their economic sanctions against Russia for another six months, days before they were due to expire, after Hungary dropped its threat of a veto in exchange for a statement on energy security."],
    "diplomacy", "diplomacy", 3, SANC, a="Lucía Ferrand", cat="Europe"),
  E("2031-01-27 15:40", "Eight killed as Russian missile hits apartment block in Dnipro",
    ["A Russian missile struck an apartment building and a bus stop in the central Ukrainian city of Dnipro on Monday morning, killing eight people and injuring about 30, Ukrainian officials said. It was the deadliest attack on the city since October."],
    "strikes", "strikes", 3, DNI, cat="Europe"),
  OFF("2031-01-27 12:30", "Morocco opens high-speed rail extension to Marrakesh",
      ["Morocco opened the extension of its high-speed line from Kenitra to Marrakesh, cutting the journey from Tangier to under three hours."],
      "morocco-high-speed-rail-2031-01-27", cat="Africa", n="Moroccan rail"),
  OFF("2031-01-27 09:10", "Chilean copper miners end two-week strike",
      ["Workers at one of Chile's largest copper mines voted to accept a new wage offer, ending a strike that had cut national output by about 4 per cent this month."],
      "chile-copper-strike-ends-2031-01-27", a="Tomás Quiroga", cat="Americas", n="Chilean mining"),
  ]))

SEEDS.append(dict(
  id="19123", name="19123_shearwater-atom", ext="xml", source="Shearwater Ledger", zone="America/Toronto", render=r_b_atom,
  title="Shearwater Ledger \u2014 World", home="https://shearwaterledger.example/world/", tag="shearwaterledger.example", desc="International news and analysis",
  basis="Atom <published> '{s}' (offset -05:00, Toronto); local {d} {z}",
  notes="Invented outlet. Atom feed, newest first, <published> with offset -05:00 (Toronto), per-entry authors, <summary> teaser plus HTML <content> paragraphs (first_sentence and body_paragraphs come from <content>). Spells the city 'Dnepr' in one headline and uses 'Dnipropetrovsk region' in the text. Entry 2 is an analysis (theme piece).",
  not_entries=["feed title, subtitle, links, id, updated", "each entry's <summary> teaser (repeats the content in other words)"],
  entries=[
  E("2031-01-27 17:50", "Death toll from Dnepr missile strike climbs to 11",
    ["The number of people killed by a Russian missile in the Ukrainian city of Dnipro rose to 11 on Monday evening after two more bodies were found under the rubble, officials in the Dnipropetrovsk region said.",
     "Ukraine's emergency service said the search had ended. Monday's attack was the deadliest on a Ukrainian city this month."],
    "strikes", "strikes", 3, DNI, a="Claire Okonkwo", cat="Europe", summary="Two more bodies found as rescuers end search in central Ukrainian city."),
  E("2031-01-27 15:20", ANALYSIS_H, ANALYSIS_P,
    "strikes", "strikes", 2, ANALYSIS, a="Martin Galloway", cat="Analysis", summary="Short warning times and scarce interceptors leave Ukrainian cities exposed.",
    n="theme piece (analysis) prompted by the Dnipro strike; its own story; must not merge with the strike"),
  E("2031-01-27 12:05", "Dutch package to fund 600 long-range drones for Ukraine",
    ["The Netherlands will spend \u20ac350 million on roughly 600 long-range drones made in Ukraine, the Dutch defence minister announced on Monday, in one of the largest single purchases of Ukrainian-built weapons by a foreign government."],
    "aid", "aid", 3, NLD, a="Claire Okonkwo", cat="Europe", summary="The Hague buys Ukrainian-made strike drones for Kyiv's forces."),
  E("2031-01-27 10:30", "EU sanctions on Russia rolled over after Budapest relents",
    ["EU ambassadors extended the bloc's sweeping economic sanctions on Russia until the end of July after Hungary withdrew its objection, diplomats said on Monday.",
     "The sanctions, first imposed in 2014 and widened after the 2022 invasion, must be renewed unanimously every six months."],
    "diplomacy", "diplomacy", 3, SANC, a="Martin Galloway", cat="Europe", summary="Hungary drops veto threat days before the measures would have lapsed."),
  E("2031-01-27 08:10", "Ottawa confirms delivery of 50 armoured vehicles to Ukraine",
    ["Canada has delivered the last 50 of the armoured personnel carriers it promised Ukraine in 2029, the defence department said on Monday. The vehicles were built in London, Ontario."],
    "aid", "aid", 2, "canada-armoured-vehicles-delivery-2031-01-27", a="Claire Okonkwo", cat="Canada", summary="Final batch of Canadian-built carriers reaches Ukraine.",
    n="must not merge with the Netherlands drone package: same aid theme, other donor and weapon"),
  ]))


def r_b_htmllive_ampm(S):
    """HTML live blog without JSON-LD, newest first; each block: <time datetime="...Z">3.20pm GMT</time> (12-hour clock with a
    dot), h2 headline, paragraphs or a gallery placeholder, a contributor line; 'Updated at' header and a date line."""
    z = S["zone"]; order_check(S, True)
    top = dt(S["entries"][0]["t"], z)
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {esc(S["source"])}</title>',
           f'<meta property="og:title" content="{attr(S["title"])}">', '</head><body>',
           f'<header><a class="brand" href="/">{esc(S["source"])}</a><nav><a>News</a> <a>Opinion</a> <a>Sport</a> <a>Culture</a> <a>Lifestyle</a></nav></header>',
           '<main><p class="series">Russia-Ukraine war</p>', f'<h1>{esc(S["title"])}</h1>', f'<p class="standfirst">{esc(S["lede"])}</p>',
           f'<p class="dateline">{DAYS_EN[top.weekday()][:3]} {top.day} {SHORT_MONTHS[top.month - 1]} {top.year} \u00b7 Updated at {top:%H.%M} GMT</p>',
           '<div class="blocks">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.hour % 12 or 12}.{d.minute:02d}{'am' if d.hour < 12 else 'pm'} {d.tzname()}"; stamps.append(st)
        out.append(f'<article class="block"><p class="block-time"><time datetime="{d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")}">{st}</time></p>')
        out.append(f'<h2>{esc(e["h"])}</h2>')
        if e["p"]:
            out += [f'<p>{rich(p)}</p>' for p in e["p"]]
        else:
            out.append('<figure class="gallery"><div class="img"></div><figcaption>1 of 8 \u00b7 Photograph: Serhii Bondarchuk/Stonechat</figcaption></figure>')
        out.append(f'<p class="contributor">{esc(e["a"])}</p><div class="share"><a>Share</a></div></article>')
        if i == 2:
            out.append('<aside class="epic"><p>Stonechat Observer is funded by its readers. If you value this live coverage, please consider a contribution.</p><a>Support us</a></aside>')
    out += ['</div><p><a>Older posts</a></p></main>', f'<footer>\u00a9 2031 {esc(S["source"])} \u00b7 Terms \u00b7 Privacy \u00b7 Contact</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_b_textlive_oldest(S):
    """text live blog, oldest first: masthead, title with the weekday and date, 'All times CET' note; each post: stamp line
    'HH:MM CET', headline, body, '\u2014 NAME' signature; partner credit lines for re-published pieces."""
    z = S["zone"]; order_check(S, False)
    first = dt(S["entries"][0]["t"], z)
    L = [S["source"].upper(), "Live | Europe | Ukraine war | Economy | Climate | Podcasts", "",
         f"{S['title']} \u2014 {DAYS_EN[first.weekday()]}, {first.day} {MONTHS[first.month - 1]} {first.year}", "", S["lede"], "", "All times CET", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} {d.tzname()}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e.get("credit"):
            L += [e["credit"], ""]
        L += [f"\u2014 {e['a']}", "", "* * *", ""]
        if i == 3:
            L += ["Advertisement", "", "* * *", ""]
    L += ["This page is no longer being updated. Follow our coverage on Wednesday here.", "", f"{S['source']} \u00b7 Imprint \u00b7 Data protection \u00b7 Contact"]
    return "\n".join(L) + "\n", stamps


# ---------------------------------------------------------------- day 2: Tuesday 28 January 2031 (day 1 + 1)
KHA = "kharkiv-drone-strike-2031-01-28"
CLU = "eu-ukraine-fundamentals-cluster-2031-01-28"

SEEDS.append(dict(
  id="19130", name="19130_stonechat-htmllive", ext="html", source="Stonechat Observer", zone="Europe/London", render=r_b_htmllive_ampm,
  title="Russia-Ukraine war live: five killed in Kharkiv drone attack; Dnipro mourns its dead",
  lede="Russian drones hit apartment blocks in Ukraine's second city overnight; Dnipro observes a day of mourning after Monday's missile strike.",
  basis="block time '{s}' in <time datetime> (UTC 'Z' attribute agrees); date from the page's dateline 'Tue 28 Jan 2031'; local {d} {z}",
  notes="Invented outlet. HTML live blog without JSON-LD, newest first; block stamps like '3.20pm GMT' (12-hour clock with a dot) inside <time datetime=\"...Z\">, and a dateline 'Tue 28 Jan 2031 \u00b7 Updated at 15.20 GMT'. Contributor name below each block. Entry 3 is a photo-gallery teaser ('Photos:') without text. Entry 2 continues day 1's Dnipro strike (toll 13, day of mourning).",
  not_entries=["header and navigation", "series label 'Russia-Ukraine war'", "h1 title", "standfirst", "dateline 'Tue 28 Jan 2031 \u00b7 Updated at 15.20 GMT'",
               "gallery placeholder and caption in the 'Photos:' block", "contributor lines under each block (used as authors)", "'Share' links",
               "reader-funding appeal after the third block", "'Older posts'", "footer"],
  entries=[
  E("2031-01-28 15:20", "Kharkiv toll rises to five as last body recovered",
    ["Rescuers in Kharkiv recovered the body of a fifth victim from the ruins of a nine-storey building in the Saltivskyi district, the regional governor said, and declared the search over.",
     "Forty-one people were injured in the overnight attack, which Ukraine's air force said involved more than a hundred drones."],
    "strikes", "strikes", 3, KHA, a="Harriet Vale"),
  E("2031-01-28 13:45", "Dnipro holds day of mourning as toll reaches 13",
    ["Flags flew at half-mast in Dnipro on Tuesday as the city mourned the victims of Monday's Russian missile strike, whose toll rose to 13 after two of the injured died in hospital overnight.",
     "Hundreds of people laid flowers at the bus stop where several of the victims were killed."],
    "strikes", "strikes", 3, DNI, a="Harriet Vale", n="continuation of the day-1 Dnipro strike (new toll, mourning); rated for day 2"),
  E("2031-01-28 11:05", "Photos: Kharkiv after the overnight drone attack", [],
    "strikes", "strikes", 1, KHA, a="Serhii Bondarchuk", n="teaser without text (photo gallery)"),
  E("2031-01-28 10:30", "Guided bomb damages school in Chuhuiv",
    ["A Russian guided aerial bomb hit a school in Chuhuiv, south-east of Kharkiv, on Tuesday morning, damaging classrooms and the gym, the regional administration said. The school had switched to online lessons, and no one was hurt."],
    "strikes", "strikes", 2, "chuhuiv-school-glide-bomb-2031-01-28", a="Harriet Vale", n="must not merge with the Kharkiv city drone strike: same region, other town, other weapon, no casualties"),
  E("2031-01-28 08:50", "Air force: 104 drones launched overnight, Kharkiv worst hit",
    ["Russia launched 104 drones against Ukraine overnight, 81 of which were shot down or jammed, Ukraine's air force said. Most of the hits were in Kharkiv, where drones struck two apartment blocks."],
    "strikes", "strikes", 3, KHA, a="Harriet Vale"),
  E("2031-01-28 07:40", "Two killed as drones hit apartment blocks in Kharkiv",
    ["Two people were killed and at least 18 injured when Russian drones hit two apartment buildings in Kharkiv's Saltivskyi district overnight, the city's mayor, Ihor Terekhov, said."],
    "strikes", "strikes", 3, KHA, a="Harriet Vale"),
  ]))

KHA_REP = ["Three people were killed when Russian attack drones crashed into apartment blocks in Kharkov overnight, the mayor of Ukraine's second-largest city said on Tuesday morning.",
           "Mayor Ihor Terekhov said more than 20 people had been injured and several fires had broken out in the Saltivskyi district."]
SEEDS.append(dict(
  id="19131", name="19131_wheatear-textlive", ext="txt", source="Wheatear Journal", zone="Europe/Berlin", render=r_b_textlive_oldest,
  title="Ukraine war: live updates",
  lede="Drone attack on Kharkov, mourning in Dnipro, a German funding vote: what is happening today, updated through the day.",
  basis="stamp line '{s}' above the headline (page note 'All times CET'); date from the title line 'Tuesday, 28 January 2031'; local {d} {z}",
  notes="Invented outlet. Text live blog, oldest first; each post opens with a stamp line 'HH:MM CET', then the headline, the body and a '\u2014 NAME' signature. Spells Kharkiv 'Kharkov'. Entry 2 re-publishes day 1's analysis 19123-02 verbatim (same headline and text, author kept) with a partner credit line after the body: re-post of day-1, importance 1, duplicate_of null (duplicate_of is defined within one seed). Entry 6 repeats entry 1 nearly verbatim with the stale toll of three: duplicate_of 19131-01. Entry 3 is an explainer (theme piece).",
  not_entries=["masthead and navigation", "title line with the date", "lede paragraph", "'All times CET'", "'\u2014 NAME' signatures (used as authors)",
               "partner credit line under entry 2 ('This analysis was first published by our partner ...')", "'* * *' separators", "'Advertisement' marker",
               "closing note 'This page is no longer being updated ...'", "footer"],
  entries=[
  E("2031-01-28 09:15", "Kharkov drone attack kills three, mayor says", KHA_REP,
    "strikes", "strikes", 3, KHA, a="Anna Kessler"),
  E("2031-01-28 10:00", ANALYSIS_H, ANALYSIS_P,
    "strikes", "strikes", 1, ANALYSIS, a="Martin Galloway",
    credit="This analysis was first published by our partner, the Shearwater Ledger, on 27 January.",
    n="re-post of day-1 entry 19123-02 (same headline and text); importance 1"),
  E("2031-01-28 11:00", "Explainer: Why Kharkiv is so hard to shield from drones",
    ["Kharkiv lies about 30 kilometres from the Russian border, so drones launched from the Belgorod region reach the city in minutes, often flying low along river valleys where radar coverage is patchy.",
     "The city relies mostly on mobile fire groups with machine guns and on interceptor drones. Both work well against slow Shahed-type drones in clear weather, but far less so in fog and snow, which are common in January.",
     "City officials have asked for more electronic-warfare systems, which can confuse a drone's navigation without having to shoot it down."],
    "strikes", "strikes", 2, "explainer-kharkiv-drone-defence-2031-01-28", a="Jonas Feldmann",
    n="theme piece (explainer); own story; must not merge with the Kharkiv drone strike it mentions"),
  E("2031-01-28 12:40", "Dnipro mourns 13 dead",
    ["The city of Dnipro observed an official day of mourning for the 13 people killed by Monday's Russian missile strike on a residential block and a bus stop. Two of the injured died in hospital overnight, the regional administration said."],
    "strikes", "strikes", 3, DNI, a="Anna Kessler", n="continuation of the day-1 Dnipro strike; rated for day 2"),
  E("2031-01-28 13:55", "Kremlin dismisses Kyiv's proposal for an energy truce",
    ["Kremlin spokesman Dmitry Peskov rejected a Ukrainian proposal for a mutual halt to strikes on energy infrastructure, saying Moscow would consider \u201conly comprehensive solutions\u201d and not \u201cpauses that help Kyiv rearm\u201d."],
    "diplomacy", "diplomacy", 2, "kremlin-rejects-energy-truce-2031-01-28", a="Jonas Feldmann"),
  E("2031-01-28 15:10", "Kharkov drone attack kills three, mayor says",
    [KHA_REP[0], "Mayor Ihor Terekhov said more than 20 people had been injured and fires had broken out in the Saltivskyi district."],
    "strikes", "strikes", 1, KHA, a="Anna Kessler", dup="19131-01", n="near-verbatim repeat of 19131-01 (stale toll of three)"),
  E("2031-01-28 16:30", "Bundestag committee releases \u20ac1.9bn for IRIS-T systems",
    ["The budget committee of the German parliament released \u20ac1.9bn for four more IRIS-T SLM air-defence systems and their missiles for Ukraine, the defence ministry said. The first of the systems is due to arrive in the summer."],
    "aid", "aid", 3, "germany-iris-t-funding-2031-01-28", a="Jonas Feldmann"),
  ]))

SEEDS.append(dict(
  id="19132", name="19132_curlewmouth-worldrss", ext="xml", source="Curlewmouth Gazette", zone="America/Sao_Paulo", render=r_b_rss, cdata=True,
  title="Curlewmouth Gazette: World", home="https://curlewmouthgazette.example/", guid="cg", desc="World news in English from South America",
  basis="RSS pubDate '{s}' (numeric offset -0300, S\u00e3o Paulo); local {d} {z}",
  notes="Invented outlet. General world RSS feed from a South American desk (newest first, pubDate -0300, CDATA descriptions): only two of six items are about the war.",
  not_entries=["channel title, link, description, language, lastBuildDate, atom:link"],
  entries=[
  E("2031-01-28 16:50", "EU opens first cluster of membership talks with Ukraine",
    ["The European Union formally opened the first group of chapters in its accession negotiations with Ukraine on Tuesday, covering the rule of law and public administration, after Hungary lifted its veto."],
    "diplomacy", "diplomacy", 3, CLU, a="Renata Ilha", cat="World"),
  OFF("2031-01-28 14:20", "Brazil's central bank holds Selic at 11.25%",
      ["Brazil's central bank kept its benchmark interest rate unchanged for a third straight meeting, saying inflation expectations remained above target."],
      "brazil-selic-hold-2031-01-28", a="Renata Ilha", cat="Economy", n="Brazilian interest rates"),
  OFF("2031-01-28 11:40", "Argentina's wheat harvest sets record",
      ["Argentina harvested a record 22.4 million tonnes of wheat in the 2030/31 season, the Rosario grains exchange said, thanks to late rains in Buenos Aires province."],
      "argentina-wheat-record-2031-01-28", cat="Economy", n="Argentine harvest"),
  OFF("2031-01-28 09:15", "Montevideo port strike delays beef exports",
      ["A 48-hour strike by crane operators at the port of Montevideo left more than 300 refrigerated containers waiting on the quay, Uruguay's meat institute said."],
      "montevideo-port-strike-2031-01-28", cat="Americas", n="Uruguayan port strike"),
  E("2031-01-28 07:30", "Russian drones kill three in Ukraine's Kharkiv",
    ["Russian drones struck residential buildings in Kharkiv, Ukraine's second-largest city, overnight, killing three people and injuring more than 20, local officials said on Tuesday."],
    "strikes", "strikes", 3, KHA, cat="World"),
  OFF("2031-01-28 06:00", "Paraguay River falls to record January low",
      ["The Paraguay River at Asunci\u00f3n fell to its lowest January level on record, forcing barges carrying soybeans to sail with half loads."],
      "paraguay-river-low-2031-01-28", cat="Americas", n="Paraguayan drought"),
  ]))

SEEDS.append(dict(
  id="19133", name="19133_avocet-atom", ext="xml", source="Avocet Daily", zone="Europe/Kyiv", render=r_b_atom,
  title="Avocet Daily \u2014 Ukraine", home="https://avocetdaily.example/ukraine/", tag="avocetdaily.example", desc="News from and about Ukraine",
  basis="Atom <published> '{s}' (offset +02:00, Kyiv); local {d} {z}",
  notes="Invented outlet. Atom feed, newest first, <published> with +02:00, per-entry authors, <summary> teaser and HTML <content>. Entry 5 is an opinion column (theme piece, own story). Two entries carry an <updated> later than <published>; published is used.",
  not_entries=["feed title, subtitle, links, id, updated", "each entry's <summary> teaser"],
  entries=[
  E("2031-01-28 19:30", "EU opens 'fundamentals' cluster in Ukraine accession talks",
    ["Ukraine and the European Union opened the first negotiating cluster of Kyiv's accession talks at an intergovernmental conference in Brussels on Tuesday evening.",
     "Deputy Prime Minister for European Integration Taras Kachka called it \u201cthe day the talks became real\u201d. Hungary, which had blocked the step since December, said it had received assurances on minority-language schooling."],
    "diplomacy", "diplomacy", 3, CLU, a="Iryna Palamar", cat="Diplomacy", summary="Brussels and Kyiv start work on the rule-of-law chapters.", upd_min=25),
  E("2031-01-28 16:45", "Rada extends martial law and mobilisation by 90 days",
    ["Ukraine's parliament voted to extend martial law and general mobilisation for another 90 days, until the end of April. It was the 18th extension since February 2022."],
    "other", "politics", 2, "martial-law-extension-2031-01-28", a="Iryna Palamar", cat="Politics", summary="Lawmakers back another three months of martial law."),
  E("2031-01-28 14:00", "Kharkiv death toll rises to four",
    ["The number of people killed in the overnight Russian drone attack on Kharkiv has risen to four, regional governor Oleh Syniehubov said. More than 30 people were injured."],
    "strikes", "strikes", 3, KHA, a="Bohdan Moroz", cat="War", summary="Rescuers are still searching a damaged building in Saltivskyi district.", upd_min=40),
  E("2031-01-28 11:20", "Guided bombs hit industrial zone in Zaporizhzhia",
    ["Russian aircraft dropped four guided bombs on an industrial area of Zaporizhzhia in the late morning, damaging warehouses, the regional administration said. No casualties were reported."],
    "strikes", "strikes", 2, "zaporizhzhia-industrial-zone-glide-bombs-2031-01-28", a="Bohdan Moroz", cat="War", summary="Warehouses damaged, no casualties.",
    n="must not merge with the Kharkiv drone strike: same day and theme, other city and weapon"),
  E("2031-01-28 09:05", "Opinion: Europe's 'drone wall' is still mostly talk",
    ["Two years after European leaders promised a \"drone wall\" along the eastern flank, what exists is a patchwork of national radar projects and a few test sites.",
     "Ukraine has shown that cheap interceptors and good data-sharing can stop most drones. Europe has the money to copy that model; what it lacks is a single command that could decide where the sensors go.",
     "Until that changes, a stray drone over Poland or Romania will keep causing more alarm than it should."],
    "other", "security", 2, "opinion-europe-drone-wall-2031-01-28", a="Marta Hlib", cat="Opinion", summary="Europe has the money to learn from Ukraine, but not the command.",
    n="theme piece (opinion column); own story"),
  ]))


def r_b_textlive_dated(S):
    """text live blog, newest first; each post: a full stamp line '30 Jan 2031, 16:40 EET', the headline, body (or a video
    placeholder), 'Reporting: NAME'; pinned note and newsletter box."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"], "Home \u00b7 Ukraine \u00b7 Russia \u00b7 Europe \u00b7 Analysis \u00b7 Podcast", "", S["title"], "", S["lede"], "",
         "Pinned: Air-raid alerts are in force across central and eastern Ukraine. Follow official channels for shelter information.", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {SHORT_MONTHS[d.month - 1]} {d.year}, {d:%H:%M} {d.tzname()}"; stamps.append(st)
        L += [st, e["h"], ""]
        L += ptxt(e["p"]) if e["p"] else ["[Video] 0:48", ""]
        L += [f"Reporting: {e['a']}", ""]
        if i == 3:
            L += ["Get the Corncrake Bulletin evening digest by email", "Subscribe", ""]
    L += ["Earlier posts", "", f"\u00a9 {S['source']} 2031"]
    return "\n".join(L) + "\n", stamps


def r_b_graphlive(S):
    """HTML live blog, oldest first; Yoast-style JSON-LD @graph (WebPage, LiveBlogPosting with liveBlogUpdate items carrying
    their own UTC datePublished, Organization); visible '10:40 UTC' in <time datetime>; headline h2; 'Posted by NAME'."""
    z = S["zone"]; order_check(S, False)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    z_ = lambda d: d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    base = S["url"]
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "@id": base, "url": base, "name": S["title"], "isPartOf": {"@id": "https://dipperfordtribune.example/#website"}},
        {"@type": "LiveBlogPosting", "@id": base + "#liveblog", "headline": S["title"], "mainEntityOfPage": {"@id": base},
         "datePublished": z_(first), "dateModified": z_(last), "coverageStartTime": z_(first),
         "liveBlogUpdate": [{"@type": "BlogPosting", "headline": e["h"], "datePublished": z_(dt(e["t"], z)),
                             "articleBody": " ".join(plain(p) for p in e["p"])} for e in S["entries"]]},
        {"@type": "Organization", "@id": "https://dipperfordtribune.example/#org", "name": S["source"]}]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2013 {esc(S["source"])}</title>',
           '<script type="application/ld+json" class="yoast-schema-graph">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<div class="topbar"><a href="/">{esc(S["source"])}</a> <a>World</a> <a>Ukraine</a> <a>Business</a> <a>Opinion</a> <a>Subscribe</a></div>',
           f'<h1>{esc(S["title"])}</h1>', f'<p class="intro">{esc(S["lede"])}</p>',
           f'<p class="date">Thursday {first.day} {MONTHS[first.month - 1]} {first.year}</p><div class="live">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} UTC"; stamps.append(st)
        out.append(f'<div class="entry"><time datetime="{z_(d)}">{st}</time><h2>{esc(e["h"])}</h2>')
        out += [f'<p>{rich(p)}</p>' for p in e["p"]]
        out.append(f'<p class="posted">Posted by {esc(e["a"])}</p></div>')
        if i == 1:
            out.append('<div class="related"><strong>Read more:</strong> <a>How the 2022 Istanbul talks collapsed</a></div>')
    out += ['</div>', f'<footer>{esc(S["source"])} \u00b7 Contact \u00b7 Corrections \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_b_article_html(S):
    """HTML news article: NewsArticle JSON-LD (datePublished with offset), h1, byline, 'Published 30 January 2031 at 17:20 CET',
    standfirst, h2 sections without their own times, tag list and related links."""
    z = S["zone"]; pt = dt(S["page_time"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": pt.isoformat(),
          "author": {"@type": "Person", "name": S["author"]}, "publisher": {"@type": "Organization", "name": S["source"]}}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {esc(S["source"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header><a href="/">{esc(S["source"])}</a> <nav><a>Europe</a> <a>World</a> <a>Ukraine</a> <a>Culture</a></nav></header>',
           f'<article><h1>{esc(S["title"])}</h1><p class="byline">By {esc(S["author"])}</p>',
           f'<p class="published">Published {pt.day} {MONTHS[pt.month - 1]} {pt.year} at {pt:%H:%M} {pt.tzname()}</p>',
           f'<p class="standfirst"><strong>{esc(S["lede"])}</strong></p>']
    stamps = []
    for e in S["entries"]:
        stamps.append(None)
        out.append(f'<h2>{esc(e["h"])}</h2>')
        out += [f'<p>{rich(p)}</p>' for p in e["p"]]
    out += ['<p class="tags">Topics: Ukraine \u00b7 Russia \u00b7 Sweden \u00b7 Turkey</p></article>',
            '<aside><h3>Related</h3><ul><li>Sweden\u2019s Gripen question, explained</li><li>Who is who in Ukraine\u2019s negotiating team</li></ul></aside>',
            f'<footer>\u00a9 2031 {esc(S["source"])}</footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ---------------------------------------------------------------- day 3: Thursday 30 January 2031 (separate day)
KR = "kryvyi-rih-missile-strike-2031-01-30"
IST = "istanbul-talks-prisoner-swap-deal-2031-01-30"

SEEDS.append(dict(
  id="19140", name="19140_goldcrest-worldrss", ext="xml", source="Goldcrest Herald", zone="Asia/Tokyo", render=r_b_rss,
  title="Goldcrest Herald | World News", home="https://goldcrestherald.example/", guid="gh", desc="International news from the Goldcrest Herald, Tokyo",
  basis="RSS pubDate '{s}' (numeric offset +0900, Tokyo); local {d} {z}",
  notes="Invented outlet. General world RSS feed from Tokyo (newest first, pubDate +0900): two of six items are about the war. Spells the city 'Kryvyy Rih'.",
  not_entries=["channel title, link, description, language, lastBuildDate, atom:link"],
  entries=[
  E("2031-01-30 23:55", "Russia and Ukraine agree to exchange 300 prisoners each after Istanbul talks",
    ["Russian and Ukrainian negotiators meeting in Istanbul agreed to exchange 300 prisoners of war each in the coming days, Turkey's foreign ministry said on Thursday, the first concrete result of talks that resumed after a three-month pause."],
    "diplomacy", "diplomacy", 3, IST, a="Kenji Asari", cat="World"),
  E("2031-01-30 23:10", "Russian missile strike on Kryvyy Rih kills six",
    ["A Russian ballistic missile hit a hotel and nearby houses in the central Ukrainian city of Kryvyy Rih on Thursday, killing six people, Ukrainian officials said."],
    "strikes", "strikes", 3, KR, cat="World"),
  OFF("2031-01-30 21:30", "Lower house passes supplementary budget",
      ["Japan's House of Representatives passed a 13.2 trillion yen supplementary budget for energy subsidies and disaster reconstruction, sending it to the upper house."],
      "japan-supplementary-budget-2031-01-30", a="Kenji Asari", cat="Japan", n="Japanese budget"),
  OFF("2031-01-30 17:00", "South Korea's chip exports hit January record",
      ["South Korean semiconductor exports in the first 25 days of January rose 21 percent from a year earlier to a record for the month, customs data showed."],
      "south-korea-chip-exports-2031-01-30", cat="Asia", n="Korean trade data"),
  OFF("2031-01-30 13:20", "Heavy snow in Hokkaido cancels 300 flights",
      ["More than 300 flights to and from New Chitose Airport were cancelled after up to 60 centimetres of snow fell on Sapporo overnight."],
      "hokkaido-snow-flights-2031-01-30", cat="Japan", n="Japanese weather"),
  OFF("2031-01-30 10:05", "Philippine central bank cuts rates by a quarter point",
      ["The Bangko Sentral ng Pilipinas lowered its key policy rate by 25 basis points to 4.75 percent, citing slowing inflation."],
      "philippines-rate-cut-2031-01-30", cat="Asia", n="Philippine interest rates"),
  ]))

SEEDS.append(dict(
  id="19141", name="19141_corncrake-textlive", ext="txt", source="Corncrake Bulletin", zone="Europe/Kyiv", render=r_b_textlive_dated,
  title="Live: Missile strike on Kryvyi Rih; Russia and Ukraine talk in Istanbul",
  lede="A Russian missile hit a hotel in Kryvyi Rih as delegations met in Istanbul. The latest from our correspondents.",
  basis="full stamp line '{s}' above the headline (EET = UTC+2); local {d} {z}",
  notes="Invented outlet. Text live blog, newest first; each post opens with a full stamp line '30 Jan 2031, 16:40 EET', then the headline, body and 'Reporting: NAME'. Entry 2 is a 'Video:' teaser without text. A pinned safety note sits above the posts.",
  not_entries=["masthead and navigation", "page title", "lede paragraph", "'Pinned:' air-raid note", "'[Video] 0:48' placeholder in the teaser",
               "'Reporting: NAME' lines (used as authors)", "newsletter box after the fourth post", "'Earlier posts'", "footer"],
  entries=[
  E("2031-01-30 16:40", "Kryvyi Rih: death toll climbs to nine",
    ["Nine people, including a child, are now known to have died in the Russian missile strike on a hotel in Kryvyi Rih, the head of the city's military administration said. Twenty-seven people were injured.",
     "Rescuers are still clearing the upper floors of the hotel, where volunteers from a humanitarian organisation had been staying."],
    "strikes", "strikes", 3, KR, a="Vira Kostenko"),
  E("2031-01-30 15:55", "Video: Smoke over Kryvyi Rih after the strike", [],
    "strikes", "strikes", 1, KR, a="Vira Kostenko", n="teaser without text (video)"),
  E("2031-01-30 15:10", "Istanbul talks end with deal on 300-for-300 prisoner swap",
    ["The Russian and Ukrainian delegations agreed in Istanbul to exchange 300 prisoners of war each, Ukraine's negotiator Rustem Umerov said after about five hours of talks hosted by Turkey.",
     "Umerov said no progress had been made on a ceasefire, but both sides agreed to meet again in February."],
    "diplomacy", "diplomacy", 3, IST, a="Danylo Hrebin"),
  E("2031-01-30 13:30", "Drone knocks out substation near Apostolove",
    ["A Russian drone hit an electricity substation near Apostolove in the Kryvyi Rih district, leaving about 4,000 homes without power, regional officials said. No one was hurt."],
    "strikes", "strikes", 2, "apostolove-substation-drone-2031-01-30", a="Vira Kostenko",
    n="must not merge with the Kryvyi Rih missile strike: same region (Kryvyi Rih district of Dnipropetrovsk), other place, drone, no casualties"),
  E("2031-01-30 12:15", "Russian missile hits hotel in Kryvyi Rih, three dead",
    ["A Russian ballistic missile struck a hotel in the centre of Kryvyi Rih shortly before noon, killing three people, the head of the city's military administration, Oleksandr Vilkul, said."],
    "strikes", "strikes", 3, KR, a="Vira Kostenko"),
  E("2031-01-30 10:50", "Delegations meet in Istanbul for first session since autumn",
    ["Russian and Ukrainian negotiators sat down at the Dolmabah\u00e7e Palace in Istanbul on Thursday morning for their first direct talks since October, with Turkish Foreign Minister Hakan Fidan opening the session."],
    "diplomacy", "diplomacy", 3, IST, a="Danylo Hrebin"),
  E("2031-01-30 09:20", "Zelensky names new head of Dnipropetrovsk regional administration",
    ["President Volodymyr Zelensky appointed Andriy Horbach, a former deputy defence minister, as head of the Dnipropetrovsk regional military administration, replacing an official who moved to the presidential office."],
    "other", "politics", 2, "dnipropetrovsk-governor-appointment-2031-01-30", a="Danylo Hrebin"),
  ]))

KR6 = ["Six people were killed in Thursday's missile strike on Kryvyy Rih, the regional governor said, and about 20 were injured. Two of the dead were volunteers staying at the hotel that took the direct hit."]
SEEDS.append(dict(
  id="19142", name="19142_dipperford-graphlive", ext="html", source="Dipperford Tribune", zone="UTC", render=r_b_graphlive,
  title="Ukraine war live: talks in Istanbul, missile strike on Kryvyy Rih", url="https://dipperfordtribune.example/live/ukraine-istanbul-kryvyy-rih",
  lede="Delegations from Kyiv and Moscow meet in Turkey; a Russian missile hits Kryvyy Rih. All times UTC.",
  basis="visible '{s}' in <time datetime> (JSON-LD liveBlogUpdate datePublished agrees, Z); page date 'Thursday 30 January 2031'; {u} UTC",
  notes="Invented outlet. HTML live blog, oldest first, Yoast-style JSON-LD @graph whose LiveBlogPosting carries liveBlogUpdate items with their own UTC datePublished; visible 'HH:MM UTC' in <time datetime>. Spells the city 'Kryvyy Rih'. Entry 3 is an analysis (theme piece). Entry 6 repeats entry 5 almost verbatim: duplicate_of 19142-05.",
  not_entries=["top bar navigation", "h1 title", "intro paragraph", "date line 'Thursday 30 January 2031'", "'Posted by NAME' lines (used as authors)",
               "'Read more: How the 2022 Istanbul talks collapsed' related link", "footer"],
  entries=[
  E("2031-01-30 08:00", "Ukrainian delegation arrives in Istanbul",
    ["Ukraine's delegation, led by National Security and Defence Council secretary Rustem Umerov, has arrived in Istanbul for talks with Russian negotiators, his office said. Prisoner exchanges top the agenda."],
    "diplomacy", "diplomacy", 3, IST, a="Rhiannon Pryce"),
  E("2031-01-30 10:40", "Missile strikes Kryvyy Rih; at least three killed",
    ["At least three people were killed when a Russian missile hit a hotel in Kryvyy Rih, President Zelensky's home town, local officials said."],
    "strikes", "strikes", 3, KR, a="Rhiannon Pryce"),
  E("2031-01-30 11:30", "Analysis: What the Istanbul format can and cannot deliver",
    ["The Istanbul channel has produced the war's biggest prisoner exchanges and little else, and today's session looks set to follow the same pattern.",
     "Both delegations are led by officials with authority on humanitarian questions, not territory. That makes swaps of prisoners and of the bodies of fallen soldiers relatively easy to agree, while a ceasefire remains a matter for Kyiv and Moscow's leaders alone.",
     "Turkish officials privately describe their goal as keeping the channel open until the two sides are ready for more."],
    "diplomacy", "diplomacy", 2, "analysis-istanbul-talks-format-2031-01-30", a="Gareth Lowe",
    n="theme piece (analysis); own story; must not merge with the Istanbul talks and swap deal it discusses"),
  E("2031-01-30 12:20", "Vatican envoy in Moscow to discuss return of Ukrainian children",
    ["Cardinal Matteo Zuppi, the Pope's peace envoy, arrived in Moscow for talks on returning Ukrainian children taken to Russia, the Vatican said. It is his fourth visit to Moscow since 2023."],
    "diplomacy", "diplomacy", 2, "vatican-envoy-moscow-children-2031-01-30", a="Gareth Lowe",
    n="must not merge with the Istanbul talks: same humanitarian-diplomacy theme, other mediator and event"),
  E("2031-01-30 13:00", "Kryvyy Rih: toll rises to six, governor says", KR6,
    "strikes", "strikes", 3, KR, a="Rhiannon Pryce"),
  E("2031-01-30 14:35", "Kryvyy Rih: toll rises to six, governor says", KR6,
    "strikes", "strikes", 1, KR, a="Rhiannon Pryce", dup="19142-05", n="near-verbatim repeat of 19142-05"),
  ]))

SIS_A = "Camille Arnaud"
SEEDS.append(dict(
  id="19143", name="19143_siskin-article", ext="html", source="Siskin Gazette", zone="Europe/Paris", render=r_b_article_html,
  title="Ukraine: deadly strike on Kryvyi Rih, a swap deal in Istanbul and new Swedish aid", author=SIS_A, page_time="2031-01-30 17:20",
  lede="Thursday's main developments in the war, in four parts.",
  basis="", basis_page="no per-section time: the article's 'Published 30 January 2031 at 17:20 CET' (JSON-LD datePublished agrees), so {u} UTC",
  notes="Invented outlet. HTML news article (NewsArticle JSON-LD) with one publication line 'Published 30 January 2031 at 17:20 CET' and four h2 sections; each section is one entry (stamp null, published = the article time, author = the byline). Mentions the Russian spelling 'Krivoy Rog' in the text.",
  not_entries=["header and navigation", "h1 title", "byline", "'Published 30 January 2031 at 17:20 CET'", "bold standfirst", "topics line", "'Related' links", "footer"],
  entries=[
  E(None, "The strike on Kryvyi Rih",
    ["A Russian ballistic missile destroyed part of a hotel in Kryvyi Rih (Krivoy Rog in Russian) at midday, killing nine people and wounding 27, according to Ukrainian officials.",
     "The hotel was housing volunteers of an aid group. Russia's defence ministry said it had struck \"a gathering place of foreign mercenaries\", a claim Kyiv called a lie."],
    "strikes", "strikes", 3, KR, a=SIS_A),
  E(None, "A deal in Istanbul",
    ["In Istanbul, Russian and Ukrainian negotiators agreed on an exchange of 300 prisoners of war on each side, Turkey announced. It is the first agreement since direct talks were suspended in October."],
    "diplomacy", "diplomacy", 3, IST, a=SIS_A),
  E(None, "Stockholm's new package",
    ["Sweden announced its 21st military aid package for Ukraine, worth 4.5 billion kronor (about \u20ac390 million), including air-defence ammunition, armoured boats and funds for Ukrainian-made drones.",
     "Defence Minister P\u00e5l Jonson said the package would be delivered within the year."],
    "aid", "aid", 3, "sweden-21st-aid-package-2031-01-30", a=SIS_A),
  E(None, "Fighting around Huliaipole",
    ["On the southern front, Ukraine's army reported repelling 22 Russian assaults near Huliaipole in the Zaporizhzhia region, where Moscow's troops have been trying for weeks to cut a supply road."],
    "other", "frontline", 2, "huliaipole-fighting-2031-01-30", a=SIS_A),
  ]))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Builds the eval/fb seed pages and their gold answers from one hand-written data table (SEEDS, below).
All news text is the blind tester's own invented wording for a war assumed still under way in 2028. Part A imitates
the page layouts of ten real outlets from memory; Part B outlets are invented. Deterministic, no network.
Run from the project root:  python3 eval/fb/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NO_SPLIT = ("U.S.", "U.N.", "U.K.", "E.U.", "Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "St.",
            "a.m.", "p.m.", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.", "vs.")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **extra):
    """one entry: t = local 'YYYY-MM-DD HH:MM' in the page zone, h = headline or None, p = body paragraphs."""
    d = dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)
    d.update(extra)
    return d


def OFF(t, h, p, st, a=None, n="", **extra):
    """a wire item that is not about the war."""
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **extra)


def first_sentence(par):
    for m in re.finditer(r'[.!?]["\'\u201d\u2019)]?(?=\s+["\'\u201c\u2018(]?[A-Z0-9]|$)', par):
        head = par[:m.end()]
        if m.end() < len(par) and head.endswith(NO_SPLIT):
            continue
        return head
    return par


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def h12(d, sep=":", space="", suf=("am", "pm")):
    return f"{d.hour % 12 or 12}{sep}{d.minute:02d}{space}{suf[0] if d.hour < 12 else suf[1]}"


def rfc822(d, gmt=False):
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if gmt else d.strftime("%z"))


def in_order(S, newest_first):
    ts = [e["t"] for e in S["entries"]]
    assert ts == sorted(ts, reverse=newest_first), f"{S['id']}: page order must be {'newest' if newest_first else 'oldest'} first"


def lines_of(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def jsonld(obj):
    return '<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False) + '</script>'


SEEDS = []

# ================================================================ PART A: ten real outlets' layouts (from memory; own words)

# ---------------------------------------------------------------- 15900 The Independent (text scrape of a live blog)
def r_independent(S):
    """Independent live blog copied as text: masthead, title, standfirst, page author and 'Tuesday 2 May 2028 20:52 BST',
    a 'Key Points' list of post headlines, 'Show latest update', then posts newest first, each opened by 'HH:MM , Author'
    (UK local time, no zone on the post) and closed by an optional picture credit."""
    z = S["zone"]; in_order(S, True); upd = dt(S["updated"], z)
    L = ["Skip to main content", "", "The Independent", "Support independent journalism  Subscribe", "Log in", "",
         "News   Sport   Voices   Culture   Lifestyle   Travel   Premium   Independent TV   Money   Climate", "",
         "World  ›  Europe", "", "LIVE", S["title"], "", S["lede"], "", S["page_author"],
         f"{WEEKDAYS[upd.weekday()]} {upd.day} {MONTHS[upd.month - 1]} {upd.year} {upd:%H:%M} BST", "", "Comments", "",
         S["video_caption"], "", "Key Points"] + [e["h"] for e in S["entries"] if e["kp"]] + ["Show latest update", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} , {e['a']}"; stamps.append(st)
        L += [st, e["h"], ""] + lines_of(e["p"])
        if e.get("credit"):
            L += [e["credit"], ""]
        if e.get("readmore"):
            L += ["Read More", e["readmore"], ""]
        if i == 2:
            L += ["Sign up to our free Morning Headlines email for the news you need to start your day", "Sign up", "",
                  "I would like to be emailed about offers, events and updates from The Independent. Read our privacy notice", ""]
    L += ["Join our commenting forum", "Join thought-provoking conversations, follow other Independent readers and see their replies",
          "Comments", "", "Most popular", "Heathrow runway decision pushed back again", "How to make the most of a late bank holiday", "",
          "Independent Premium  ·  Contact us  ·  Jobs  ·  Privacy notice  ·  Cookie policy  ·  Terms of use"]
    return "\n".join(L) + "\n", stamps


SEEDS.append(dict(
  id="15900", name="15900_independent-live", ext="txt", source="The Independent", zone="Europe/London", render=r_independent,
  title="Ukraine-Russia war latest: Kharkiv tram depot strike toll climbs as Sweden unveils new arms package",
  lede="Zelensky warns allies that Patriot interceptors are running short after Iskander strike on Kharkiv",
  page_author="Harriet Leng", updated="2028-05-02 20:52",
  video_caption="Rescuers comb the wreckage of a Kharkiv tram depot hit by a Russian ballistic missile",
  basis="post stamp '{s}': UK local time (BST, UTC+1, implied; the post prints no zone), date from the page line 'Tuesday 2 May 2028 20:52 BST'; newest first, no midnight crossing; local {d} in {z}",
  notes="Imitates an Independent live blog copied as text. Posts newest first, each opened by 'HH:MM , Author' (no zone, no date: the page line 'Tuesday 2 May 2028 20:52 BST' gives both). A 'Key Points' block lists three post headlines exactly (key_point true). 15900-03 is a 'Pictured:' photo post with no text. Picture credits in brackets after some posts and the 'Read More' related links are chrome. The video caption above Key Points describes the page's top video, not a post.",
  not_entries=["'Skip to main content', masthead, subscribe/login and section navigation", "breadcrumb 'World › Europe' and 'LIVE' label",
               "page title and standfirst", "page author line 'Harriet Leng' and the page date line", "'Comments' link",
               "top video caption 'Rescuers comb the wreckage ...'", "'Key Points' header and its three bullet lines (pointers to posts)",
               "'Show latest update' button", "picture credits in brackets, e.g. '(AFP via Getty Images)'",
               "'Read More' related links ('Ukraine’s drone makers race ...', 'The long queue ...')", "newsletter sign-up box after the third post",
               "commenting-forum box, 'Most popular' list and footer"],
  entries=[
  E("2028-05-02 20:48", "Zelensky: allies have ‘weeks, not months’ to send more Patriot missiles",
    ["Volodymyr Zelensky has told Ukraine’s partners that stocks of interceptors for the country’s Patriot batteries will run low within weeks unless new deliveries arrive.",
     "In his evening video address, the Ukrainian president said a single large Russian attack can now use up missiles worth more than the annual budget of some regions.",
     "“Every ballistic missile that is not stopped is a choice made in someone’s office, not on the battlefield,” he said."],
    "aid", "aid", 2, "zelensky-patriot-interceptor-appeal-2028-05-02", a="Harriet Leng", sec=["diplomacy"],
    n="appeal for air-defence ammunition: aid (LABELS), secondary diplomacy; appeals are importance 2"),
  E("2028-05-02 19:30", "Kharkiv strike toll rises to six as rescuers end search",
    ["Six people were killed when a Russian ballistic missile hit a tram depot and a neighbouring apartment block in Kharkiv, the city’s mayor said on Tuesday evening.",
     "He said 27 people had been wounded, three of them children, and that rescuers had finished searching the rubble."],
    "strikes", "strikes", 3, "kharkiv-tram-depot-missile-strike-2028-05-02", a="Harriet Leng", kp=True, n="toll 6 dead, 27 wounded",
    credit="(AFP via Getty Images)"),
  E("2028-05-02 17:15", "Pictured: Burned-out tram carriages at the Kharkiv depot", [],
    "strikes", "strikes", 1, "kharkiv-tram-depot-missile-strike-2028-05-02", a="Oliver Stanwick", n="photo teaser with no text",
    credit="(Reuters)"),
  E("2028-05-02 15:02", "Sweden unveils 18bn-kronor military aid package",
    ["Sweden will send Ukraine a new military aid package worth 18 billion kronor (about £1.3bn), including artillery shells, armoured vehicles and money for Ukrainian-made long-range drones, its defence minister announced.",
     "The package is Sweden’s largest of the year and brings its total military support since 2022 to more than 100 billion kronor, the ministry said."],
    "aid", "aid", 3, "sweden-military-aid-package-2028-05-02", a="Oliver Stanwick", kp=True,
    readmore="Ukraine’s drone makers race to keep up with Russian jamming"),
  E("2028-05-02 12:40", "Russia claims capture of village south of Kupiansk",
    ["Russia’s defence ministry has claimed its troops took the village of Kurylivka, on the eastern bank of the Oskil river south of Kupiansk.",
     "Ukraine’s general staff said fighting in the area was continuing and made no mention of a withdrawal. The claim could not be independently verified."],
    "other", "frontline", 2, "russia-claims-kurylivka-2028-05-02", a="Oliver Stanwick"),
  E("2028-05-02 10:05", "Former Russian defence ministry official jailed for 14 years",
    ["A Moscow court has sentenced a former head of the Russian defence ministry’s housing department to 14 years in a penal colony for taking bribes from building contractors, state news agencies reported.",
     "He is the latest of more than a dozen senior military officials prosecuted since a shake-up of the ministry’s leadership."],
    "other", "politics", 2, "russian-defence-official-bribery-sentence-2028-05-02", a="Harriet Leng",
    readmore="The long queue of generals in Russia’s courts"),
  E("2028-05-02 07:25", "Missile hits Kharkiv tram depot, killing at least two",
    ["A Russian missile struck a tram depot in Kharkiv’s Saltivskyi district shortly after 6am, killing at least two people, regional officials said.",
     "Ukraine’s air force said the attack was carried out with an Iskander-M ballistic missile, leaving residents less than a minute’s warning."],
    "strikes", "strikes", 3, "kharkiv-tram-depot-missile-strike-2028-05-02", a="Harriet Leng", kp=True, n="first report, toll 2"),
  ]))


# ---------------------------------------------------------------- 15901 TRT World (HTML live blog)
def r_trt(S):
    """TRT World live blog: 'Live blog: ...' title, a day-count subtitle, one date header, posts newest first as
    'HHMM GMT — Headline'; the pinned lead has no headline ('1842 GMT Text ...'), followed by 'Read More' and a related link.
    JSON-LD: one NewsArticle (page times only)."""
    z = S["zone"]; in_order(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "description": S["subtitle"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "mainEntityOfPage": S["url"],
          "publisher": {"@type": "Organization", "name": "TRT World", "logo": {"@type": "ImageObject", "url": "https://www.trtworld.com/static/logo.png"}}}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           f'<link rel="canonical" href="{S["url"]}">', jsonld(ld), '</head><body>',
           '<header class="site-header"><a class="logo" href="/">TRT World</a><nav><a href="/turkiye">Türkiye</a> <a href="/world">World</a> '
           '<a href="/business">Business</a> <a href="/sport">Sport</a> <a href="/video">Video</a> <a href="/opinion">Opinion</a> '
           '<a href="/live">Live</a></nav></header>', '<main><article class="liveblog">',
           f'<h1>{esc(S["title"])}</h1>', f'<h2 class="subtitle">{esc(S["subtitle"])}</h2>',
           f'<figure><img src="/images/{S["id"]}.jpg" alt=""><figcaption>{esc(S["caption"])}</figcaption></figure>',
           f'<h3 class="lb-date">{esc(S["dayline"])}</h3>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H%M} GMT"; stamps.append(st)
        if e["h"] is None:
            out.append(f'<div class="lb-item lb-pinned"><p><strong>{st}</strong> {esc(e["p"][0])}</p>')
            out += [f'<p>{esc(p)}</p>' for p in e["p"][1:]]
            out += ['<div class="read-more"><span>Read More</span>', f'<a href="/europe/related-{S["id"]}">{esc(S["related"])}</a></div>', '</div>',
                    '<p class="more-updates">More updates 👇</p>']
        else:
            out.append(f'<div class="lb-item"><h2>{st} — {esc(e["h"])}</h2>')
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
            out.append('</div>')
    out += [f'<p class="source">Source: TRTWorld and agencies</p>',
            f'<p class="lb-previous"><a href="/live-blog/previous">{esc(S["previous"])}</a></p>', '</article></main>',
            '<footer><a href="/about">About us</a> <a href="/contact">Contact us</a> <a href="/privacy">Privacy policy</a> © TRT World</footer></body></html>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="15901", name="15901_trtworld-live", ext="html", source="TRT World", zone="UTC", render=r_trt,
  title="Live blog: Türkiye ready to host new Black Sea shipping talks — Fidan",
  subtitle="The war between Russia and Ukraine has entered its 2,262nd day.",
  url="https://www.trtworld.com/live-blog/live-blog-turkiye-ready-to-host-new-black-sea-shipping-talks-fidan-17823",
  caption="Cargo ships wait at anchor off Istanbul / Photo: AA",
  dayline="Thursday, May 4, 2028",
  related="Erdogan tells Zelensky Türkiye will keep channels open with Moscow",
  previous="For our live updates from Wednesday, May 3, 2028, click here.",
  basis="stamp '{s}' (GMT printed, = UTC) under the date header 'Thursday, May 4, 2028'; local {d} in {z}",
  notes="Imitates a TRT World live blog. One date header; posts newest first as 'HHMM GMT — Headline'. The pinned lead (also the newest post) has no headline: its stamp is followed directly by text, so headline null and the lead sentence is first_sentence; its 'Read More' block and related link are chrome. TRT spells Zelenskyy. The day count in the subtitle (2,262nd day) matches 4 May 2028. JSON-LD is a page-level NewsArticle only. No authors (agency copy: 'Source: TRTWorld and agencies').",
  not_entries=["site header and navigation", "page title (h1) and day-count subtitle", "photo caption 'Cargo ships wait at anchor off Istanbul / Photo: AA'",
               "date header 'Thursday, May 4, 2028'", "'Read More' label and related link 'Erdogan tells Zelensky ...' after the lead",
               "'More updates 👇'", "'Source: TRTWorld and agencies'", "link to the previous day's live blog", "footer"],
  entries=[
  E("2028-05-04 18:42", None,
    ["Türkiye is ready to host a new round of talks between Russian and Ukrainian delegations on the safety of commercial shipping in the Black Sea, Foreign Minister Hakan Fidan has said.",
     "Speaking after a meeting with his Ukrainian counterpart in Ankara, Fidan said both sides had told Turkish officials that they were open to a technical meeting in Istanbul before the end of the month.",
     "\"Navigation in the Black Sea is not only a matter for the two parties. It is a matter of food security for half the world,\" Fidan told reporters."],
    "diplomacy", "diplomacy", 3, "turkiye-black-sea-talks-offer-2028-05-04", n="pinned lead without headline; ministerial diplomatic move"),
  E("2028-05-04 16:10", "Russian shelling damages Kherson water pumping station",
    ["Russian artillery fire damaged a water pumping station in Kherson, cutting supplies to several districts on the right bank of the Dnipro, local authorities said.",
     "Repair crews were waiting for the shelling to ease before they could reach the site, the city administration said, adding that nobody had been hurt."],
    "strikes", "strikes", 2, "kherson-water-station-shelling-2028-05-04"),
  E("2028-05-04 13:35", "EU adopts new sanctions round targeting Russian tankers",
    ["European Union member states have approved a new round of sanctions against Russia, adding 94 tankers to the list of vessels barred from EU ports and services.",
     "The package also targets three banks in Central Asia accused of helping Russian companies buy dual-use goods, the bloc's rotating presidency said."],
    "diplomacy", "diplomacy", 3, "eu-sanctions-round-shadow-fleet-2028-05-04"),
  E("2028-05-04 11:20", "Russian guided bomb kills two in Zaporizhzhia",
    ["Two people were killed and nine wounded when a Russian guided aerial bomb hit a residential street in Zaporizhzhia, the regional governor said.",
     "The bomb damaged a kindergarten and about 20 private homes, he added."],
    "strikes", "strikes", 3, "zaporizhzhia-guided-bomb-2028-05-04"),
  E("2028-05-04 09:15", "Kremlin says Putin open to Erdogan call on Black Sea shipping",
    ["Russian President Vladimir Putin is ready to discuss Black Sea navigation with Turkish President Recep Tayyip Erdogan by phone, Kremlin spokesman Dmitry Peskov said, without giving a date.",
     "Peskov said any arrangement would have to take into account Russian demands on access for its agricultural exports."],
    "diplomacy", "diplomacy", 2, "kremlin-putin-erdogan-call-2028-05-04",
    n="Kremlin statement on a possible call; a separate statement from Fidan's talks offer (15901-01)"),
  E("2028-05-04 06:40", "Ukraine receives first Gripen fighter jets from Sweden",
    ["Ukraine has received its first four Gripen fighter jets from Sweden, the Ukrainian defence ministry said, calling the delivery a turning point for its air force.",
     "Ukrainian pilots have trained on the aircraft in Sweden for more than a year. The ministry did not say where the jets would be based."],
    "aid", "aid", 3, "ukraine-first-gripen-delivery-2028-05-04", n="major arms transfer"),
  E("2028-05-04 02:05", "Zelenskyy says Russia launched 140 drones overnight",
    ["Russia launched 140 attack drones and two ballistic missiles at Ukraine overnight, President Volodymyr Zelenskyy said, adding that air defences brought down most of them.",
     "Debris fell on homes in the Kyiv and Chernihiv regions, but there were no reports of casualties."],
    "strikes", "strikes", 2, "overnight-drone-attack-2028-05-04"),
  ]))


# ---------------------------------------------------------------- 15902 Euronews (HTML article with sections)
def r_euronews(S):
    """Euronews article: breadcrumb, h1, 'By Euronews with AP, AFP', 'Published on 06/05/2028 - 14:25 GMT+2•Updated 18:10',
    share bar, standfirst, h2 sections (one entry each, no per-section time), 'ADVERTISEMENT', 'You might also like'."""
    z = S["zone"]; pub = dt(S["published"], z); upd = dt(S["updated"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": pub.isoformat(),
          "dateModified": upd.isoformat(), "author": [{"@type": "Organization", "name": "Euronews"}],
          "publisher": {"@type": "Organization", "name": "euronews", "url": "https://www.euronews.com"},
          "articleSection": "Europe", "inLanguage": "en", "mainEntityOfPage": S["url"]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Euronews</title>',
           f'<link rel="canonical" href="{S["url"]}">', jsonld(ld), '</head><body>',
           '<header><a class="logo" href="/">euronews.</a><nav><a href="/news/europe">Europe</a> <a href="/news/international">World</a> '
           '<a href="/business">Business</a> <a href="/travel">Travel</a> <a href="/culture">Culture</a> <a href="/next">Next</a> '
           '<a href="/green">Green</a> <a href="/health">Health</a> <a href="/video">Video</a></nav><a href="/live">Live</a></header>',
           '<main><article>', '<div class="breadcrumb"><a href="/news/europe">Europe</a> <a href="/tag/war-in-ukraine">War in Ukraine</a></div>',
           f'<h1>{esc(S["title"])}</h1>',
           f'<figure><img src="/img/{S["id"]}.jpg" alt=""><figcaption>{esc(S["caption"])}</figcaption></figure>',
           f'<div class="byline">By\u00a0{esc(S["byline"])}</div>',
           f'<div class="dates">Published on {pub:%d/%m/%Y} - {pub:%H:%M} GMT+2•Updated {upd:%H:%M}</div>',
           '<div class="share"><button>Share</button> <a href="#comments">Comments</a></div>',
           f'<p class="lede"><strong>{esc(S["lede"])}</strong></p>']
    for i, e in enumerate(S["entries"]):
        out.append(f'<h2>{esc(e["h"])}</h2>')
        if i == 0:
            out.append('<div class="advert">ADVERTISEMENT</div>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if i == 2:
            out.append(f'<div class="widget-related"><p>{esc(S["inline_related"])}</p></div>')
    out += ['<div class="share"><button>Share</button> <a href="#comments">Comments</a></div>', '<section class="related"><h3>You might also like</h3><ul>'] + \
           [f'<li><a href="/related/{k}">{esc(t)}</a></li>' for k, t in enumerate(S["related"])] + \
           ['</ul></section>', '</article></main>', '<footer>About Euronews · Contact · Cookie settings · Terms of service</footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


SEEDS.append(dict(
  id="15902", name="15902_euronews-article", ext="html", source="Euronews", zone="Europe/Paris", render=r_euronews,
  title="Deadly strike on Sumy market as Nordic and Baltic leaders arrive in Kyiv",
  url="https://www.euronews.com/2028/05/06/deadly-strike-on-sumy-market-as-nordic-and-baltic-leaders-arrive-in-kyiv",
  published="2028-05-06 14:25", updated="2028-05-06 18:10", byline="Euronews with AP, AFP",
  caption="Emergency workers outside the covered market in Sumy, Saturday 6 May 2028",
  lede="The latest developments in Russia's war in Ukraine.",
  inline_related="Watch our reporter's visit to a field hospital near Kostiantynivka in the video above.",
  related=["Who would pay for a European force in Ukraine?", "Romania extends no-fly rules along the Danube", "Sumy's last bakery keeps its ovens running"],
  basis="no per-section time; the article's own line 'Published on 06/05/2028 - 14:25 GMT+2' (GMT+2 = CEST, Euronews' Lyon newsroom); local {d} in {z}",
  notes="Imitates a Euronews 'latest developments' article: one byline and one 'Published on 06/05/2028 - 14:25 GMT+2•Updated 18:10' line, then five h2 sections, each one entry (headline = section heading, stamp null, published = the printed publication time 14:25 GMT+2, see README conventions). Author = the byline as printed after 'By' (with a no-break space): 'Euronews with AP, AFP'. The bold standfirst, the 'ADVERTISEMENT' marker, the inline video pointer in section 3 and the 'You might also like' links are chrome. JSON-LD: NewsArticle (page times only).",
  not_entries=["header and navigation", "breadcrumb 'Europe' / 'War in Ukraine'", "title (h1)", "photo caption", "byline 'By Euronews with AP, AFP'",
               "'Published on ... •Updated 18:10' line", "share bars ('Share', 'Comments') above and below the article",
               "standfirst 'The latest developments in Russia's war in Ukraine.'", "'ADVERTISEMENT' under the first heading",
               "inline video pointer 'Watch our reporter's visit ...' in section 3", "'You might also like' heading and its three links", "footer"],
  entries=[
  E("2028-05-06 14:25", "Sumy market hit by missile",
    ["At least four people were killed on Saturday morning when a Russian missile struck a covered market in the centre of Sumy, regional authorities said.",
     "Around 30 people were injured, most of them stallholders setting up for the weekend trade. The city lies about 30 kilometres from the Russian border and has been shelled almost daily this spring.",
     "Ukraine's foreign ministry called the attack \"a deliberate strike on a place where people buy bread\"."],
    "strikes", "strikes", 3, "sumy-market-missile-strike-2028-05-06", a="Euronews with AP, AFP"),
  E("2028-05-06 14:25", "Nordic and Baltic leaders in Kyiv",
    ["The leaders of the eight Nordic and Baltic countries arrived in Kyiv by overnight train on Saturday for talks with President Volodymyr Zelensky on long-term security guarantees.",
     "The visit comes as European governments try to agree on how many troops each would contribute to a reassurance force if a ceasefire is reached."],
    "diplomacy", "diplomacy", 3, "nordic-baltic-leaders-kyiv-visit-2028-05-06", a="Euronews with AP, AFP"),
  E("2028-05-06 14:25", "Kremlin warns against European troops",
    ["Kremlin spokesman Dmitry Peskov said Russia would regard any European troops deployed to Ukraine as legitimate targets, repeating Moscow's long-held position.",
     "\"Nothing has changed in our assessment,\" Peskov told reporters when asked about the Nordic-Baltic visit."],
    "diplomacy", "diplomacy", 2, "kremlin-warns-european-troops-2028-05-06", a="Euronews with AP, AFP",
    n="a separate statement, not the visit itself"),
  E("2028-05-06 14:25", "Heavy fighting near Kostiantynivka",
    ["Ukraine's general staff reported 38 Russian assaults in the Kostiantynivka sector over the past day, the highest number anywhere on the front.",
     "Russian forces are trying to cut the road between Kostiantynivka and Druzhkivka, according to Ukrainian military bloggers, though officials in Kyiv say the route remains open."],
    "other", "frontline", 2, "kostiantynivka-fighting-2028-05-06", a="Euronews with AP, AFP"),
  E("2028-05-06 14:25", "Drone fragments found in Romania",
    ["Romania's defence ministry said fragments of a drone had been found in a field near the Danube, hours after Russian drones attacked Ukrainian port facilities on the opposite bank.",
     "It was the fifth such incident this year. Bucharest said it had informed its NATO allies."],
    "other", "security", 2, "romania-drone-fragments-2028-05-06", a="Euronews with AP, AFP", sec=["strikes"],
    n="incident on NATO territory: other/security, secondary strikes"),
  ]))


# ---------------------------------------------------------------- 15903 Ukrainska Pravda (RSS 2.0)
def r_up_rss(S):
    """Ukrainska Pravda English RSS: newest first, pubDate with the Kyiv offset (+0300), plain-text lead in CDATA, no author."""
    z = S["zone"]; in_order(S, True); last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<link>https://www.pravda.com.ua/eng/</link>',
           '<description>Ukrainska Pravda - the latest news from Ukraine in English</description>', '<language>en</language>',
           f'<lastBuildDate>{rfc822(last)}</lastBuildDate>',
           '<atom:link href="https://www.pravda.com.ua/eng/rss/" rel="self" type="application/rss+xml"/>',
           '<image><url>https://www.pravda.com.ua/images/up_logo.png</url><title>Ukrainska Pravda</title><link>https://www.pravda.com.ua/eng/</link></image>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        link = f"https://www.pravda.com.ua/eng/news/{d.year}/{d.month:02d}/{d.day:02d}/{7561204 - i * 37}/"
        assert len(e["p"]) <= 1
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid>{link}</guid>', f'<pubDate>{st}</pubDate>',
                '<description><![CDATA[' + (e["p"][0] if e["p"] else "") + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="15903", name="15903_pravda-rss", ext="xml", source="Ukrainska Pravda", zone="Europe/Kyiv", render=r_up_rss,
  title="Ukrainska Pravda",
  basis="RSS pubDate '{s}' (explicit +0300 offset, Kyiv summer time); local {d} in {z}",
  notes="Imitates the Ukrainska Pravda English RSS feed. Items newest first; pubDate with +0300; each description is a one-paragraph plain-text lead in CDATA (body_paragraphs 1); no author elements, so author null. page_title = the channel title. The daily General Staff tally of combat clashes (15903-07) is a routine frontline item. 15903-04 (bodies of fallen soldiers returned) is labelled like a mediated exchange (diplomacy).",
  not_entries=["channel title, link, description, language, lastBuildDate and atom:link", "channel image block", "item links and guids"],
  entries=[
  E("2028-05-08 21:40", "Russians attack Chernihiv with drones: fire in apartment block, two people injured",
    ["Russian forces attacked Chernihiv with Shahed drones on the evening of 8 May, setting fire to the upper floors of a nine-storey apartment block and injuring two residents, the head of the city military administration reported."],
    "strikes", "strikes", 2, "chernihiv-drone-attack-2028-05-08"),
  E("2028-05-08 19:05", "General Staff confirms strike on Russian ammunition depot in Belgorod Oblast",
    ["Ukraine's General Staff has confirmed that the Defence Forces struck an ammunition depot near the village of Shebekino in Russia's Belgorod Oblast, causing secondary detonations."],
    "strikes", "strikes", 2, "belgorod-ammunition-depot-strike-2028-05-08"),
  E("2028-05-08 16:30", "Zelenskyy signs law raising pay for frontline infantry",
    ["President Volodymyr Zelenskyy has signed a law that increases the monthly combat payment for infantry units on the front line by 30,000 hryvnias, the Verkhovna Rada's website shows."],
    "other", "politics", 2, "ukraine-infantry-pay-law-2028-05-08"),
  E("2028-05-08 13:15", "Ukraine brings home bodies of 909 fallen defenders",
    ["Ukraine has received the bodies of 909 soldiers killed in the war in a repatriation carried out with the mediation of the International Committee of the Red Cross, the Coordination Headquarters for the Treatment of Prisoners of War said."],
    "diplomacy", "diplomacy", 2, "repatriation-of-bodies-2028-05-08", n="mediated repatriation, labelled like a mediated exchange"),
  E("2028-05-08 11:20", "Sybiha meets Chinese special envoy in Kyiv",
    ["Ukraine's Foreign Minister Andrii Sybiha has met China's special representative for Eurasian affairs in Kyiv and urged Beijing to use its influence on Moscow to secure a full ceasefire."],
    "diplomacy", "diplomacy", 3, "sybiha-chinese-envoy-kyiv-2028-05-08", n="ministerial diplomatic meeting"),
  E("2028-05-08 08:50", "Russians drop guided bombs on Kharkiv: one person killed",
    ["One person was killed and four were injured when Russian aircraft dropped two guided aerial bombs on the Kholodnohirskyi district of Kharkiv on the morning of 8 May, the head of the oblast military administration said."],
    "strikes", "strikes", 3, "kharkiv-guided-bombs-2028-05-08"),
  E("2028-05-08 06:10", "Over the past day, 164 combat clashes recorded on the front – General Staff",
    ["The General Staff of the Armed Forces of Ukraine has reported 164 combat engagements along the front line over the past 24 hours, with the heaviest fighting on the Kostiantynivka and Huliaipole fronts."],
    "other", "frontline", 2, "general-staff-daily-clashes-2028-05-08"),
  ]))


# ---------------------------------------------------------------- 15904 Meduza (text scrape of 'The Real Russia. Today.')
def r_meduza(S):
    """Meduza's evening digest 'The Real Russia. Today.': one page time '10:45 pm, May 10, 2028' (no zone), an intro,
    then bold sections (one entry each, no per-section time), a 'Support Meduza' box in the middle."""
    z = S["zone"]; pub = dt(S["published"], z)
    L = ["Meduza", "", "News   Features   Podcasts   The Real Russia. Today.   Explainers   Donate", "Search", "", "THE REAL RUSSIA. TODAY.", "",
         S["title"], "", f"{h12(pub, space=' ')}, {MONTHS[pub.month - 1]} {pub.day}, {pub.year}", "Source: Meduza", "", S["lede"], ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + lines_of(e["p"])
        if i == 2:
            L += ["Support Meduza", "Meduza is banned in Russia. We keep writing because readers like you support us. Donate", ""]
    L += ["Sign up for The Real Russia. Today.", "Meduza's evening briefing, delivered to your inbox every weekday", "Subscribe", "",
          "Got a tip? Write to us securely", "", "Meduza  ·  About  ·  Privacy policy"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


SEEDS.append(dict(
  id="15904", name="15904_meduza-realrussia", ext="txt", source="Meduza", zone="Europe/Riga", render=r_meduza,
  title="Airports shut, a governor quits, and a record fine for an anti-war singer",
  published="2028-05-10 22:45",
  lede="Here's what happened in and around Russia on Wednesday, May 10.",
  basis="no per-section time; the page time '10:45 pm, May 10, 2028' printed under the title (no zone printed; Meduza's Riga newsroom, EEST = UTC+3, which equals Moscow time in May); local {d} in {z}",
  notes="Imitates Meduza's English evening digest 'The Real Russia. Today.' copied as text. One page time ('10:45 pm, May 10, 2028', no zone; Riga and Moscow are both UTC+3 in May, so the UTC instant is the same either way), an intro line, then six bold section headings, each one entry (stamp null, published = the page time). No byline (author null). The 'Support Meduza' box and the newsletter sign-up are chrome.",
  not_entries=["masthead, navigation and search", "'THE REAL RUSSIA. TODAY.' label", "page title", "page time line and 'Source: Meduza'",
               "intro line 'Here's what happened in and around Russia on Wednesday, May 10.'", "'Support Meduza' donation box",
               "newsletter sign-up block", "tip line and footer"],
  entries=[
  E("2028-05-10 22:45", "Drones over Moscow, third night running",
    ["Ukrainian drones targeted the Moscow region for the third night in a row, forcing Vnukovo and Sheremetyevo airports to halt flights for several hours, according to Russia's aviation authority.",
     "Mayor Sergei Sobyanin said air defenses downed 31 drones approaching the capital. In the town of Ramenskoye, one man was killed when debris fell on his house, the regional governor said.",
     "More than 200 flights were delayed or diverted, and passengers posted videos of crowded terminals overnight."],
    "strikes", "strikes", 3, "moscow-region-drone-attack-2028-05-10", n="deadly (one killed by debris)"),
  E("2028-05-10 22:45", "The Kursk governor is out",
    ["The governor of Kursk region, in office for less than two years, has resigned \"at his own request,\" the Kremlin announced.",
     "Local officials had faced mounting criticism over slow compensation for residents whose homes were destroyed during the fighting in the region. An acting governor from the federal civil service was appointed the same day."],
    "other", "politics", 2, "kursk-governor-resigns-2028-05-10"),
  E("2028-05-10 22:45", "A record fine for a song",
    ["A Moscow court fined an exiled rock singer 5 million rubles in absentia for \"discrediting the army\" in a song released last winter, the largest fine yet under that article.",
     "The singer, who left Russia in 2022, called the ruling \"a review I'll frame.\""],
    "other", "politics", 2, "exiled-singer-record-fine-2028-05-10"),
  E("2028-05-10 22:45", "Back to Istanbul",
    ["Kremlin spokesman Dmitry Peskov confirmed that a Russian delegation will travel to Istanbul next week for another round of direct talks with Ukraine on prisoner exchanges and humanitarian issues.",
     "He declined to say who would lead it and played down expectations of any breakthrough on a ceasefire."],
    "diplomacy", "diplomacy", 2, "russia-istanbul-talks-delegation-2028-05-10", n="arrangement of talks: importance 2"),
  E("2028-05-10 22:45", "Mobile internet goes dark in 40 regions",
    ["Mobile internet was switched off for at least part of the day in 40 Russian regions, according to a monitoring project, with officials citing the threat of drone attacks.",
     "Residents of several cities said taxi, banking and parking apps stopped working, while only a government-approved \"white list\" of websites stayed available."],
    "other", "security", 2, "russia-mobile-internet-shutdowns-2028-05-10"),
  E("2028-05-10 22:45", "Smaller sign-up bonuses",
    ["At least six Russian regions have quietly cut the one-off payments they offer men who sign army contracts, in some cases by half, regional budget documents show.",
     "Economists say the regions can no longer afford bonuses that at their peak exceeded two million rubles."],
    "other", "politics", 2, "russia-regions-cut-enlistment-bonuses-2028-05-10"),
  ]))


# ---------------------------------------------------------------- 15905 RFE/RL (HTML live blog)
def r_rferl(S):
    """RFE/RL live blog: h1, intro, posts newest first; each post h4 headline, then 'May 12, 2028 19:40 GMT', then
    'By SERVICE or NAME', then text. JSON-LD: a LiveBlogPosting with page times and no liveBlogUpdate."""
    z = S["zone"]; in_order(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": S["title"], "url": S["url"],
          "datePublished": first.isoformat().replace("+00:00", "Z"), "dateModified": last.isoformat().replace("+00:00", "Z"),
          "coverageStartTime": first.isoformat().replace("+00:00", "Z"),
          "publisher": {"@type": "NewsMediaOrganization", "name": "RFE/RL", "url": "https://www.rferl.org"}}
    out = ['<!DOCTYPE html>', '<html lang="en" dir="ltr"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>', jsonld(ld),
           '</head><body>', '<a class="skip" href="#content">Skip to main content</a>',
           '<header><a class="logo" href="/">RFE/RL Radio Free Europe Radio Liberty</a><nav><a href="/z/16">Ukraine</a> <a href="/z/17">Russia</a> '
           '<a href="/z/21">Belarus</a> <a href="/z/22">Central Asia</a> <a href="/z/23">Caucasus</a> <a href="/z/24">Balkans</a> '
           '<a href="/z/25">Iran</a> <a href="/podcasts">Podcasts</a></nav><a href="/languages">Languages</a></header>',
           '<main id="content"><div class="category">Ukraine</div>', f'<h1>{esc(S["title"])}</h1>',
           f'<div class="intro">{esc(S["lede"])}</div>', '<div class="liveblog">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{MONTHS[d.month - 1]} {d.day}, {d.year} {d:%H:%M} GMT"; stamps.append(st)
        out += [f'<div class="lb-post" id="post-{88123 - i}"><h4 class="title">{esc(e["h"])}</h4>', f'<span class="date">{st}</span>',
                f'<div class="author">By {esc(e["a"])}</div>'] + [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e.get("caption"):
            out.append(f'<figure><img src="/img/{i}.jpg" alt=""><figcaption>{esc(e["caption"])}</figcaption></figure>')
        out += ['<div class="share"><a>Share</a> <a>Copy link</a></div>', '</div>']
    out += ['<button class="load-more">Load more</button>', '</div></main>',
            '<footer>RFE/RL · About Us · Contact Us · Privacy Policy · Terms of Use · Corrections · © RFE/RL</footer></body></html>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="15905", name="15905_rferl-live", ext="html", source="RFE/RL", zone="UTC", render=r_rferl,
  title="Live Blog: Ukraine Says It Repelled Record Drone Attack As Kyiv Region Counts Dead",
  url="https://www.rferl.org/a/ukraine-russia-live-blog-may-12/33501942.html",
  lede="RFE/RL's live blog follows developments in Russia's full-scale invasion of Ukraine and news from across the region.",
  basis="post stamp '{s}' (full date, GMT = UTC); local {d} in {z}",
  notes="Imitates an RFE/RL live blog (Pangea-style). Posts newest first; each post: h4 headline, then the stamp 'May 12, 2028 19:40 GMT' (date and time after the headline), then 'By ...' (a language service, 'RFE/RL', or a reporter), then text. Authors are kept as printed after 'By' (services included). Regional posts that are not about the war (Belarus prisoner release, Armenia-Azerbaijan border protocol) are off-beat. JSON-LD: LiveBlogPosting with page times and no updates. A photo caption under 15905-03 is chrome.",
  not_entries=["skip link, logo, navigation, 'Languages'", "category label 'Ukraine'", "page title and intro line", "photo caption under the drone-attack post",
               "'Share' / 'Copy link' under each post", "'Load more' button", "footer"],
  entries=[
  E("2028-05-12 19:40", "Lithuania Expels Russian Diplomat Over Alleged Sabotage Plot",
    ["Lithuania has ordered a Russian diplomat to leave the country within five days, accusing him of helping to organize a plot to set fire to a warehouse storing aid bound for Ukraine.",
     "Russia's Foreign Ministry said it would respond \"in a mirror fashion.\""],
    "diplomacy", "diplomacy", 2, "lithuania-expels-russian-diplomat-2028-05-12", a="Current Time",
    n="expulsion leads the headline (diplomacy); the alleged plot is context"),
  OFF("2028-05-12 17:05", "Belarusian Opposition Activist Freed In U.S.-Brokered Release",
    ["A Belarusian opposition activist serving an 11-year sentence has been released and flown to Vilnius as part of a deal brokered by U.S. envoys, her family said.",
     "She is among more than 400 political prisoners freed in Belarus since 2024."],
    "belarus-political-prisoner-release-2028-05-12", a="RFE/RL's Belarus Service", n="Belarus political prisoners, not the Russia-Ukraine war"),
  E("2028-05-12 14:25", "Ukraine Says It Repelled Record Drone Attack, Three Killed In Kyiv Region",
    ["Ukraine's air force said Russia launched 812 drones and 14 missiles overnight, the largest single attack of the war, and that air defenses shot down or jammed all but 46 of them.",
     "Three people were killed in the Bucha district of the Kyiv region when a drone hit a two-story house, the regional governor said. Fires were reported at energy facilities in four regions.",
     "President Volodymyr Zelenskiy said the attack showed Moscow was \"answering every peace proposal with more drones.\""],
    "strikes", "strikes", 3, "record-russian-drone-attack-2028-05-12", a="RFE/RL's Ukrainian Service", n="toll 3 dead",
    caption="Firefighters at a damaged house in the Bucha district on May 12."),
  E("2028-05-12 11:50", "Moscow Court Charges RFE/RL Journalist In Absentia Over War Reporting",
    ["A Moscow court has charged an RFE/RL journalist in absentia with spreading \"false information\" about the Russian military over reports on conscripts sent to the Kursk region.",
     "RFE/RL called the charges \"an attempt to punish journalism.\""],
    "other", "politics", 2, "rferl-journalist-charged-in-absentia-2028-05-12", a="RFE/RL"),
  OFF("2028-05-12 09:15", "Armenia, Azerbaijan Sign Border Demarcation Protocol",
    ["Armenian and Azerbaijani officials have signed a protocol fixing another 14-kilometer section of their shared border, the two governments said in a joint statement."],
    "armenia-azerbaijan-border-protocol-2028-05-12", a="RFE/RL's Armenian Service", n="South Caucasus, not the war"),
  E("2028-05-12 07:30", "Kyiv Says Russia Moved Children From Occupied Zaporizhzhia Region",
    ["Ukraine's human rights ombudsman said Russian authorities had taken at least 60 children from occupied parts of the Zaporizhzhia region to \"summer camps\" in Russia in the past month, and called on international organizations to track them."],
    "other", "humanitarian", 2, "children-moved-from-occupied-zaporizhzhia-2028-05-12", a="Marta Hrytsenko"),
  E("2028-05-12 05:10", "Air-Raid Alert Across Ukraine As Drones Swarm Kyiv Region",
    ["Explosions were heard in Kyiv and its suburbs for much of the night as Ukraine came under a large-scale drone and missile attack, officials said.",
     "The air-raid alert in the capital lasted more than six hours. Initial reports spoke of one person injured in the Bucha district."],
    "strikes", "strikes", 3, "record-russian-drone-attack-2028-05-12", a="RFE/RL's Ukrainian Service", n="first report of the same attack"),
  ]))

# ---------------------------------------------------------------- 15906 Kyiv Post (HTML live page, oldest first)
def r_kyivpost(S):
    """Kyiv Post live page: top bar with weather and exchange-rate widgets, h1, one date line, posts OLDEST first, each
    '9:30 am' (Kyiv time, no zone printed) above an h3 headline, then 'By NAME', text, optional 'Read also:' link.
    JSON-LD: NewsArticle with page times."""
    z = S["zone"]; in_order(S, False)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": first.isoformat(),
          "dateModified": last.isoformat(), "author": {"@type": "Organization", "name": "Kyiv Post"},
          "publisher": {"@type": "Organization", "name": "Kyiv Post", "logo": {"@type": "ImageObject", "url": "https://www.kyivpost.com/logo.png"}}}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | Kyiv Post</title>', jsonld(ld),
           '</head><body>', '<div class="topbar"><span class="weather">Kyiv +19°C</span> <span class="rates">USD 41.62</span> <span class="rates">EUR 47.15</span> '
           '<a href="/subscribe">Subscribe</a> <a href="/login">Log in</a></div>',
           '<header><a class="logo" href="/">KYIV POST</a><span class="tagline">Ukraine\'s Global Voice</span><nav><a href="/ukraine">Ukraine</a> '
           '<a href="/war">War</a> <a href="/politics">Politics</a> <a href="/business">Business</a> <a href="/opinion">Opinion</a> '
           '<a href="/specials">Kyiv Post Specials</a></nav></header>', '<main>', f'<h1>{esc(S["title"])}</h1>',
           f'<p class="date">{esc(S["dayline"])}</p>', f'<p class="intro">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = h12(d, space=" "); stamps.append(st)
        out += [f'<section class="live-post" id="lp-{5512 + i}"><span class="time">{st}</span>', f'<h3>{esc(e["h"])}</h3>',
                f'<div class="byline">By {esc(e["a"])}</div>'] + [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e.get("readalso"):
            out.append(f'<p class="read-also"><strong>Read also:</strong> <a href="/post/{71000 + i}">{esc(e["readalso"])}</a></p>')
        out.append('</section>')
        if i == 3:
            out.append('<aside class="support"><p>Independent journalism costs money. Support Kyiv Post today.</p><a href="/support">Support Us</a></aside>')
    out += ['</main>', '<footer>© Kyiv Post · About · Advertising · Contacts · Privacy Policy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="15906", name="15906_kyivpost-live", ext="html", source="Kyiv Post", zone="Europe/Kyiv", render=r_kyivpost,
  title="Russia's War in Ukraine, Day 2,272: Mykolaiv Shipyard Hit, Mourning Declared",
  dayline="Sunday, May 14, 2028",
  lede="Kyiv Post's live updates on the war, politics and diplomacy. Latest posts at the bottom.",
  basis="post stamp '{s}' (12-hour clock, no zone printed: Kyiv time, EEST = UTC+3) under the date line 'Sunday, May 14, 2028'; oldest first; local {d} in {z}",
  notes="Imitates a Kyiv Post live page. The page prints one date line ('Sunday, May 14, 2028') and posts OLDEST first, each with a bare 12-hour time ('9:30 am', no zone: Kyiv time) above an h3 headline, then 'By NAME'. Top-bar widgets (weather, USD/EUR rates), the 'Read also:' links inside posts and the support box are chrome. JSON-LD: NewsArticle with page times only.",
  not_entries=["top bar: weather 'Kyiv +19°C', exchange rates, Subscribe / Log in", "logo, tagline, navigation", "page title (h1)", "date line 'Sunday, May 14, 2028'",
               "intro line 'Kyiv Post's live updates ...'", "'Read also:' links inside posts", "support box after the fourth post", "footer"],
  entries=[
  E("2028-05-14 07:05", "Overnight: Russia Fires 6 Missiles, 88 Drones at Ukraine",
    ["Russia attacked Ukraine overnight with six Iskander ballistic missiles and 88 drones, the Air Force said on Sunday morning, adding that 71 drones were shot down or suppressed by electronic warfare.",
     "Hits were recorded in the Mykolaiv and Dnipropetrovsk regions."],
    "strikes", "strikes", 2, "overnight-missile-drone-attack-2028-05-14", a="Iryna Voloshko"),
  E("2028-05-14 09:30", "Mykolaiv Shipyard Hit in Missile Strike, Two Workers Killed",
    ["Two workers were killed and five injured when a ballistic missile struck a shipyard in Mykolaiv early on Sunday, the regional governor said.",
     "The shipyard repairs civilian vessels and barges used on the Dnipro and Southern Bug rivers, according to the city council."],
    "strikes", "strikes", 3, "mykolaiv-shipyard-strike-2028-05-14", a="Iryna Voloshko",
    readalso="How Mykolaiv Rebuilt Its Water Supply"),
  E("2028-05-14 11:45", "Poland to Train 5,000 More Ukrainian Troops This Year",
    ["Poland will train an additional 5,000 Ukrainian soldiers on its territory by December, the country's deputy defense minister said during a visit to a training ground near Wroclaw.",
     "The program covers drone operators, sappers and infantry squads."],
    "aid", "aid", 2, "poland-training-ukrainian-troops-2028-05-14", a="Stepan Havryliuk"),
  E("2028-05-14 13:20", "Navy Says Sea Drone Damaged Russian Patrol Ship off Crimea",
    ["Ukraine's Navy said a sea drone struck a Russian Black Sea Fleet patrol ship near Cape Tarkhankut in western Crimea, damaging its stern.",
     "Russia's Defense Ministry said it had destroyed three unmanned boats in the area but did not mention any damage."],
    "strikes", "strikes", 2, "sea-drone-hits-russian-patrol-ship-2028-05-14", a="Stepan Havryliuk"),
  E("2028-05-14 15:55", "ANALYSIS: Why Russia's Spring Push Around Kostiantynivka Is Stalling",
    ["After six weeks of assaults, Russian units have advanced less than three kilometers toward Kostiantynivka, a pace that suggests Moscow's spring offensive is running out of trained infantry.",
     "Ukrainian commanders credit dense drone coverage over the approaches to the town, which makes it almost impossible to move armor in daylight.",
     "The lull may not last: Russia has been moving reserves from the Zaporizhzhia front, according to Ukrainian intelligence."],
    "other", "frontline", 2, "analysis-kostiantynivka-offensive-stalling-2028-05", a="Mark Delaney-Oros", n="analysis piece, own story"),
  E("2028-05-14 18:10", "Mykolaiv Strike Toll Rises to Four, City Declares Day of Mourning",
    ["The death toll from the morning missile strike on a Mykolaiv shipyard has risen to four after two injured workers died in hospital, the mayor said.",
     "Monday has been declared a day of mourning in the city."],
    "strikes", "strikes", 3, "mykolaiv-shipyard-strike-2028-05-14", a="Iryna Voloshko", n="toll update of 15906-02"),
  E("2028-05-14 21:40", "Zelensky, Macron Discuss Timeline for Reassurance Force",
    ["President Volodymyr Zelensky said he had spoken with French President Emmanuel Macron about the timeline for deploying a European reassurance force once a ceasefire is in place.",
     "\"We agreed that our teams will meet in Paris next week to work on the details,\" Zelensky wrote on Telegram."],
    "diplomacy", "diplomacy", 3, "zelensky-macron-call-reassurance-force-2028-05-14", a="Stepan Havryliuk", n="head-of-state call"),
  ]))


# ---------------------------------------------------------------- 15907 Ukrinform (RSS 2.0 'last news')
def r_ukrinform_rss(S):
    """Ukrinform 'last news' RSS: newest first, pubDate +0300, one-sentence description, category, enclosure image, no author."""
    z = S["zone"]; in_order(S, True)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<rss version="2.0">', '<channel>', f'<title>{esc(S["title"])}</title>',
           '<link>https://www.ukrinform.net/</link>', '<description>Ukrinform - Ukrainian National News Agency</description>',
           '<language>en</language>', '<copyright>Ukrinform</copyright>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        slug = re.sub(r"[^a-z0-9]+", "-", e["h"].lower()).strip("-")[:60]
        link = f"https://www.ukrinform.net/{e['cat'].lower()}/{3890412 + i * 13}-{slug}.html"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="true">{link}</guid>',
                f'<category>{e["cat"]}</category>', f'<description>{esc(e["p"][0])}</description>', f'<pubDate>{st}</pubDate>',
                f'<enclosure url="https://static.ukrinform.com/photos/{d:%Y_%m}/thumb_files/630_360_{1711000000 + i}.jpg" type="image/jpeg" length="0"/>',
                '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="15907", name="15907_ukrinform-rss", ext="xml", source="Ukrinform", zone="Europe/Kyiv", render=r_ukrinform_rss,
  title="Ukrinform - Last news",
  basis="RSS pubDate '{s}' (explicit +0300 offset); local {d} in {z}",
  notes="Imitates Ukrinform's 'last news' RSS feed. Items newest first with +0300 pubDates, a category, a one-sentence description (body_paragraphs 1) and an image enclosure; no author (null). Two items are not about the war (gymnastics medal, book festival) and are off-beat. Ukrinform's wording 'invaders'/'occupiers' is kept.",
  not_entries=["channel title, link, description, language, copyright", "item categories, links, guids and image enclosures"],
  entries=[
  E("2028-05-16 22:15", "Russian drones attack Dnipro, fire breaks out at industrial enterprise",
    ["Russian drones attacked Dnipro in the evening, causing a fire at an industrial enterprise, the head of the Dnipropetrovsk Regional Military Administration reported on Telegram."],
    "strikes", "strikes", 2, "dnipro-drone-attack-industrial-fire-2028-05-16", cat="War"),
  OFF("2028-05-16 19:40", "Ukrainian gymnast wins gold at European Championships",
    ["Ukrainian gymnast Oleksandra Hrebeniuk won gold in the uneven bars final at the European Artistic Gymnastics Championships in Antalya, the national federation said."],
    "ukrainian-gymnast-european-gold-2028-05-16", n="sport", cat="Sports"),
  E("2028-05-16 17:05", "Ukraine, Japan sign agreement on $1.2B reconstruction loan",
    ["Ukraine and Japan have signed a loan agreement worth $1.2 billion to finance the restoration of energy and water infrastructure, Ukraine's Ministry of Finance reported."],
    "aid", "aid", 3, "japan-reconstruction-loan-2028-05-16", n="major financial support", cat="Economy"),
  E("2028-05-16 14:30", "Zelensky meets with U.S. Senate delegation in Kyiv",
    ["President Volodymyr Zelensky met with a bipartisan delegation of U.S. senators in Kyiv to discuss air defense, sanctions against Russia and long-term security guarantees."],
    "diplomacy", "diplomacy", 2, "zelensky-us-senators-kyiv-2028-05-16", sec=["aid"], cat="Politics"),
  E("2028-05-16 12:10", "Invaders shell Kherson region 420 times in past day, one killed",
    ["Over the past day, Russian troops launched 420 attacks on 38 settlements in the Kherson region using artillery, drones and guided bombs, killing one person and injuring seven, the regional military administration said."],
    "strikes", "strikes", 3, "kherson-region-shelling-2028-05-16", cat="War"),
  E("2028-05-16 09:45", "Defense forces eliminate 1,150 invaders over past day",
    ["Ukraine's Defense Forces eliminated 1,150 Russian invaders over the past day, bringing Russia's total combat losses since 24 February 2022 to about 1,538,000 personnel, according to the General Staff."],
    "other", "frontline", 2, "general-staff-russian-losses-2028-05-16", cat="War"),
  OFF("2028-05-16 07:20", "Book Arsenal festival opens in Kyiv with record number of publishers",
    ["The Book Arsenal international festival opens at Mystetskyi Arsenal in Kyiv today, bringing together more than 200 publishers from 20 countries, the organizers said."],
    "book-arsenal-festival-kyiv-2028-05-16", n="culture", cat="Culture"),
  ]))

# ---------------------------------------------------------------- 15908 UNIAN (text scrape of the 'Latest news' feed)
def r_unian(S):
    """UNIAN English 'Latest news' feed copied as text: one day separator '18 May, Thursday' (no year anywhere on the page),
    items newest first: bare 'HH:MM' line, optional 'Photo'/'Video' label, headline, one-paragraph lead."""
    z = S["zone"]; in_order(S, True); d0 = dt(S["entries"][0]["t"], z)
    L = ["UNIAN", "Ukrainian Independent Information Agency", "", "News   War   Politics   Economics   World   Society   Technologies   Sport   Lifestyle   Horoscopes", "",
         "Українською   Русский   English", "", "Latest news", "", f"{d0.day} {MONTHS[d0.month - 1]}, {WEEKDAYS[d0.weekday()]}", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st] + ([e["label"]] if e.get("label") else []) + [e["h"]] + lines_of(e["p"]) if e["p"] else [st, e["h"], ""]
        if i == 3:
            L += ["Advertising", ""]
    L += ["Show more news", "", "UNIAN on Telegram: subscribe to the main news of the day", "",
          "© UNIAN. All rights reserved. Use of materials is allowed only with a hyperlink to unian.info"]
    return "\n".join(L) + "\n", stamps


SEEDS.append(dict(
  id="15908", name="15908_unian-latest", ext="txt", source="UNIAN", zone="Europe/Kyiv", render=r_unian, parse_args=["--date", "2028-05-18"],
  title="Latest news",
  basis="bare stamp '{s}' (Kyiv time implied, EEST = UTC+3) under the day separator '18 May, Thursday'; the page prints no year anywhere, so the year comes from parse_args --date 2028-05-18; local {d} in {z}",
  notes="Imitates UNIAN's English 'Latest news' feed copied as text. One day separator '18 May, Thursday' and NO year anywhere on the page (hence parse_args --date 2028-05-18); items newest first, each a bare 'HH:MM' (Kyiv time, not printed), an optional 'Photo'/'Video' label, headline and a one-paragraph lead. The weather and horoscope items are off-beat. page_title = the feed heading 'Latest news'.",
  not_entries=["masthead, agency name, navigation and language switch", "heading 'Latest news'", "day separator '18 May, Thursday'",
               "'Photo' / 'Video' labels above headlines", "'Advertising' marker", "'Show more news'", "Telegram promo and copyright line"],
  entries=[
  E("2028-05-18 22:10", "Explosions in Odesa: Russians attack port infrastructure with drones",
    ["Explosions rang out in Odesa late in the evening as Russian drones attacked port infrastructure, the head of the regional military administration said, adding that information on casualties was being clarified."],
    "strikes", "strikes", 2, "odesa-port-drone-attack-2028-05-18"),
  OFF("2028-05-18 20:35", "Weather in Ukraine: forecasters promise heat up to +30 at the weekend",
    ["Ukraine will see the first real heat of the season on Saturday and Sunday, with temperatures reaching +30 in the south and east, the Ukrainian Hydrometeorological Center said."],
    "ukraine-weather-forecast-2028-05-18", n="weather forecast"),
  E("2028-05-18 18:20", "Intelligence: Russia is massing troops for a new push in the Sumy direction",
    ["Russia has moved around 40,000 troops to areas near the border with the Sumy region and may try to resume its offensive there within weeks, a representative of Ukraine's military intelligence said on national television."],
    "other", "frontline", 2, "russia-massing-troops-sumy-2028-05-18"),
  E("2028-05-18 16:05", "The Netherlands will pay for 500 Ukrainian long-range drones",
    ["The Netherlands will allocate €400 million to finance the production of 500 long-range strike drones in Ukraine, the Dutch defence minister announced during a visit to Kyiv."],
    "aid", "aid", 3, "netherlands-long-range-drone-funding-2028-05-18", n="major aid package", label="Photo"),
  E("2028-05-18 13:40", "Russians hit Zaporizhzhia with guided bombs: three killed, 11 wounded",
    ["Three people were killed and 11 wounded when Russian aircraft struck Zaporizhzhia with guided aerial bombs in the afternoon, the regional governor said, adding that a high-rise building and a car repair shop were damaged."],
    "strikes", "strikes", 3, "zaporizhzhia-guided-bombs-2028-05-18", label="Video"),
  OFF("2028-05-18 11:15", "Horoscope for May 19: Aries will hear good news, Virgo should slow down",
    ["Astrologers say Friday will bring unexpected news for Aries, while Virgo should set aside time to rest and avoid signing important papers."],
    "horoscope-2028-05-19", n="horoscope"),
  E("2028-05-18 09:00", "Enemy losses as of May 18: minus 1,090 invaders and 38 artillery systems",
    ["Over the past day, Ukraine's Defense Forces eliminated 1,090 Russian soldiers and destroyed 38 artillery systems, 4 tanks and 112 drones, the General Staff reported."],
    "other", "frontline", 2, "general-staff-russian-losses-2028-05-18"),
  ]))


# ---------------------------------------------------------------- 15909 Newsweek (text scrape of a live blog, relative stamps)
def r_newsweek(S):
    """Newsweek live blog copied as text: 'Updated May 20, 2028 at 3:40 PM EDT' header, posts newest first, each opened
    by a relative stamp ('25 minutes ago', '1 hour ago', '3 hours ago') counted from the header clock, then headline, 'By NAME', text."""
    z = S["zone"]; in_order(S, True); ref = dt(S["updated"], z)
    L = ["Newsweek", "", "U.S.   World   Health   Sci-Tech   Politics   Opinion   Newsletters", "Subscribe   Sign In", "", "World", "LIVE", "",
         S["title"], "", S["lede"], "", S["page_byline"],
         f"Updated {MONTHS[ref.month - 1]} {ref.day}, {ref.year} at {h12(ref, space=' ', suf=('AM', 'PM'))} EDT", "",
         "Newsweek AI is in beta. Translations may contain inaccuracies—please refer to the original content.", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        mins = int((ref - dt(e["t"], z)).total_seconds() // 60)
        if mins < 60:
            st = f"{mins} minutes ago"
        else:
            assert mins % 60 == 0, e["t"]
            st = "1 hour ago" if mins == 60 else f"{mins // 60} hours ago"
        stamps.append(st)
        L += [st, e["h"], f"By {e['a']}", ""] + (lines_of(e["p"]) if e["p"] else ["Video Player is loading.", ""])
        if i == 1:
            L += ["Newsweek is committed to challenging conventional wisdom and finding connections in the search for common ground.", ""]
    L += ["Request Reprint & Licensing   Submit Correction   View Editorial Guidelines", "", "Top stories", "", "© Newsweek"]
    return "\n".join(L) + "\n", stamps


SEEDS.append(dict(
  id="15909", name="15909_newsweek-live", ext="txt", source="Newsweek", zone="America/New_York", render=r_newsweek,
  title="Russia-Ukraine War Live Updates: Senate GOP Unveils Ukraine Bill, Kremlin Brushes Off Deadline",
  lede="Follow Newsweek's live coverage as Republicans in the Senate put forward a new security assistance bill for Ukraine.",
  page_byline="By Caleb Marchetti and Ruth Okonjo", updated="2028-05-20 15:40",
  basis="relative stamp '{s}' counted back from the page clock 'Updated May 20, 2028 at 3:40 PM EDT' (EDT = UTC-4); local {d} in {z}",
  notes="Imitates a Newsweek live blog copied as text. Posts newest first, each opened by a relative stamp ('25 minutes ago', '1 hour ago', 'N hours ago') that is counted back from the only clock on the page, 'Updated May 20, 2028 at 3:40 PM EDT' (the hours are whole, so the times are exact). Then headline and a per-post 'By NAME' (author). 15909-04 is a 'Watch:' video teaser with no text. The page byline names two reporters (chrome; per-post bylines are used).",
  not_entries=["masthead, navigation, Subscribe / Sign In", "section 'World' and 'LIVE' label", "page title and standfirst", "page byline 'By Caleb Marchetti and Ruth Okonjo'",
               "'Updated May 20, 2028 at 3:40 PM EDT' line (the clock relative stamps count back from)", "'Newsweek AI is in beta ...' notice",
               "'Video Player is loading.' in the teaser post", "Newsweek mission line after the second post",
               "reprint/correction/guidelines links, 'Top stories', copyright"],
  entries=[
  E("2028-05-20 15:15", "Kremlin Dismisses Trump's Deadline for Ceasefire Talks",
    ["The Kremlin on Saturday brushed off President Donald Trump's two-week deadline for Russia to agree to a ceasefire, saying Moscow would not negotiate \"under ultimatums.\"",
     "Kremlin spokesperson Dmitry Peskov told state media that Russia remained open to talks but that its conditions were well known."],
    "diplomacy", "diplomacy", 2, "kremlin-dismisses-trump-deadline-2028-05-20", a="Ruth Okonjo"),
  E("2028-05-20 14:40", "Map Shows Where Ukraine Hit Russian Air Defenses in Crimea",
    ["Ukraine's military said it struck two Russian air defense systems in occupied Crimea overnight, including an S-400 launcher near Yevpatoria.",
     "A map compiled by Newsweek from geolocated footage shows both sites lie on the peninsula's western coast, an area Kyiv has targeted repeatedly this spring."],
    "strikes", "strikes", 2, "ukraine-strikes-crimea-air-defenses-2028-05-20", a="Ruth Okonjo"),
  E("2028-05-20 13:40", "Zelensky Says Ukraine Will Not Withdraw From Donbas Towns",
    ["Ukrainian President Volodymyr Zelensky said on Saturday that Kyiv would not pull its troops out of the parts of the Donetsk region it still holds as part of any peace deal.",
     "\"Nobody will hand over our towns at a negotiating table,\" Zelensky said during a news conference in Kyiv. The Kremlin has demanded the withdrawal as a condition for a ceasefire."],
    "diplomacy", "diplomacy", 3, "zelensky-rejects-donbas-withdrawal-2028-05-20", a="Caleb Marchetti", n="head-of-state position on peace terms"),
  E("2028-05-20 12:40", "Watch: Ukrainian Drone Chases Russian Tank Near Kupiansk", [],
    "other", "frontline", 1, "drone-chases-tank-kupiansk-video-2028-05-20", a="Caleb Marchetti", n="video teaser with no text"),
  E("2028-05-20 11:40", "Senate Republicans Unveil $30 Billion Ukraine Security Bill",
    ["A group of Senate Republicans on Saturday unveiled a $30 billion security assistance bill for Ukraine that would fund air defense interceptors and let the U.S. sell weapons to Kyiv on credit.",
     "The bill's sponsors said they expected a vote before the July 4 recess. Several conservative members of the House have said they would oppose it."],
    "aid", "aid", 3, "senate-gop-ukraine-security-bill-2028-05-20", a="Caleb Marchetti", n="major funding bill"),
  E("2028-05-20 09:40", "NATO Scrambles Jets After Russian Drones Cross Into Polish Airspace",
    ["Poland and its NATO allies scrambled fighter jets early on Saturday after at least three Russian drones crossed into Polish airspace during an attack on western Ukraine, Poland's operational command said.",
     "The drones left Polish airspace after several minutes and none was shot down, the command said."],
    "other", "security", 2, "russian-drones-polish-airspace-2028-05-20", a="Ruth Okonjo", sec=["strikes"],
    n="airspace incident on NATO territory, no engagement: other/security, secondary strikes"),
  E("2028-05-20 07:40", "Russian Oil Refinery Ablaze After Ukrainian Drone Strike",
    ["A fire broke out at an oil refinery in the Russian city of Saratov after a Ukrainian drone attack overnight, the regional governor said, adding that there were no casualties.",
     "Russia's Defense Ministry said 47 Ukrainian drones were downed over eight regions."],
    "strikes", "strikes", 2, "saratov-refinery-drone-strike-2028-05-20", a="Ruth Okonjo"),
  ]))

# ================================================================ PART B: three multi-source days (invented outlets)
# Day 1 = 2028-05-24 (UTC), day 2 = 2028-05-25, day 3 = 2028-05-29.
KREM = "kremenchuk-missile-strike-2028-05-24"
ISTB = "istanbul-black-sea-shipping-talks-2028-05-24"
NLPLEDGE_H = "Netherlands pledges €250m for air-defence interceptors"
NLPLEDGE_P = ["The Dutch government will spend €250m on interceptor missiles for Ukraine’s air defences, the defence minister in The Hague announced, adding that the first deliveries were expected within two months.",
              "The money will be channelled through a joint purchasing scheme run with Denmark and Norway."]


# ---------------------------------------------------------------- 15920 Brackenlough Courier (day 1): text live, newest first
def r_brackenlough(S):
    """text live blog, newest first: Key Points bullets ('• ' + post headline), then posts: '20.10 BST' line, headline,
    'By NAME' line, body. A video teaser shows only 'Video duration 0:48'."""
    z = S["zone"]; in_order(S, True)
    L = [S["source"].upper(), "Home | News | World | Business | Sport | Opinion | Puzzles", "", "LIVE  Russia-Ukraine war", "", S["title"], S["dateline"], "",
         S["lede"], "", "Key Points"] + ["• " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H.%M} BST"; stamps.append(st)
        L += [st, e["h"]] + ([f"By {e['a']}"] if e["a"] else []) + [""]
        L += lines_of(e["p"]) if e["p"] else ["Video duration 0:48", ""]
        if i == 2:
            L += ["Get the Courier’s Ukraine Briefing in your inbox every weekday. Sign up here", ""]
    L += ["Show older posts", "", f"© {S['source']} · Terms · Privacy · Complaints"]
    return "\n".join(L) + "\n", stamps


SEEDS.append(dict(
  id="15920", name="15920_brackenlough-textlive", ext="txt", source="Brackenlough Courier", zone="Europe/London", render=r_brackenlough,
  title="Russia-Ukraine war live: nine dead after missiles hit Kremenchuk refinery and homes",
  dateline="Wednesday 24 May 2028",
  lede="Rescuers search the rubble in Kremenchuk; Russian and Ukrainian delegations meet in Istanbul to discuss Black Sea shipping.",
  basis="stamp '{s}' (UK time printed as BST = UTC+1) under the dateline 'Wednesday 24 May 2028'; local {d} in {z}",
  notes="Invented outlet (day 1). Text live blog, newest first. Key Points lists two post headlines (key_point true). Each post: 'HH.MM BST' (dot separator), headline, optional 'By NAME', body. 15920-06 is a 'Watch:' video teaser with no text (spelling 'Kremenchug'). 15920-02 is a theme piece (analysis) that mentions today's strike but is its own story. 15920-03 (Dutch interceptor pledge) is re-posted verbatim on day 2 by 15931.",
  not_entries=["masthead and navigation", "'LIVE  Russia-Ukraine war' label", "page title and dateline 'Wednesday 24 May 2028'", "standfirst/lede line",
               "'Key Points' header and its two bullets (pointers to posts)", "'Latest' label", "'Video duration 0:48' in the teaser post",
               "newsletter promo after the third post", "'Show older posts'", "footer"],
  entries=[
  E("2028-05-24 20:10", "Kremenchuk toll rises to nine as refinery fire is put out",
    ["Nine people are now known to have died after Russian missiles struck Kremenchuk’s oil refinery and a neighbouring residential street early on Wednesday, the governor of the Poltava region said.",
     "Forty-one people were injured. Firefighters said they had extinguished the blaze at the refinery after almost 15 hours."],
    "strikes", "strikes", 3, KREM, a="Nessa Garroway", kp=True, n="toll 9 dead, 41 injured"),
  E("2028-05-24 18:25", "Analysis: Why Kremenchuk keeps ending up in Russia’s sights",
    ["Wednesday’s strike was not the first time Kremenchuk has been hit, and it will probably not be the last.",
     "The city on the Dnipro hosts Ukraine’s only large working oil refinery, a road-and-rail bridge that carries supplies east, and factories that once built lorries and railway wagons. Russian planners treat all three as military targets.",
     "Air-defence coverage of central Ukraine is thinner than around Kyiv, and ballistic missiles launched from the Kursk region take only a few minutes to arrive, leaving little time for warnings."],
    "strikes", "strikes", 2, "analysis-kremenchuk-repeated-target-2028-05", a="Callum Ferris",
    n="theme piece (why the city is a target); mentions the day's strike but is its own story; must not merge with " + KREM),
  E("2028-05-24 16:40", NLPLEDGE_H, NLPLEDGE_P,
    "aid", "aid", 2, "netherlands-interceptor-pledge-2028-05-24", a="Callum Ferris",
    n="same air-defence aid theme as Germany's IRIS-T delivery (15923-02), a different event: must not merge"),
  E("2028-05-24 13:30", "Istanbul talks on Black Sea shipping begin",
    ["Russian and Ukrainian delegations have begun a day of technical talks in Istanbul on the safety of merchant shipping in the Black Sea, Turkey’s foreign ministry said.",
     "Neither side sent ministers. Ukraine is represented by deputy heads of its navy and infrastructure ministry, Russia by officials from its foreign and transport ministries."],
    "diplomacy", "diplomacy", 3, ISTB, a="Nessa Garroway", kp=True),
  E("2028-05-24 11:30", "Kremenchuk: seven now confirmed dead",
    ["The number of people killed in the morning missile strike on Kremenchuk has risen to seven, regional officials said, with 30 others in hospital.",
     "Four of the dead lived in a two-storey house that collapsed next to the refinery fence."],
    "strikes", "strikes", 3, KREM, a="Nessa Garroway", n="toll 7 dead"),
  E("2028-05-24 08:15", "Watch: Smoke rises over Kremenchug refinery after missile strike", [],
    "strikes", "strikes", 1, KREM, n="video teaser with no text; spelling 'Kremenchug'"),
  E("2028-05-24 05:05", "Russian missiles hit Kremenchuk; at least three dead",
    ["At least three people were killed when Russian missiles hit the oil refinery in Kremenchuk, in central Ukraine, shortly before dawn, local officials said.",
     "Residents reported at least four explosions and a large fire visible across the city."],
    "strikes", "strikes", 3, KREM, a="Nessa Garroway", n="first report, toll 3"),
  ]))


# ---------------------------------------------------------------- 15921 Rennishaw Chronicle (day 1): HTML live + LiveBlogPosting JSON-LD
def r_rennishaw(S):
    """HTML live blog, OLDEST first; LiveBlogPosting JSON-LD with one BlogPosting per update (own datePublished with +03:00);
    visible bare '08:20' in <time datetime>, a printed note 'All times are Kyiv time (EEST)', author under the headline."""
    z = S["zone"]; in_order(S, False)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ups = []
    for i, e in enumerate(S["entries"]):
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#p{i + 1}", "headline": e["h"], "datePublished": dt(e["t"], z).isoformat(),
             "articleBody": " ".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
          "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "coverageEndTime": last.isoformat(), "liveBlogUpdate": ups,
          "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} — {esc(S["source"])}</title>', jsonld(ld),
           '</head><body>', f'<div class="cookie">We use cookies to understand how our site is used. <button>Accept</button> <button>Manage</button></div>',
           f'<header><a class="brand" href="/">{esc(S["source"])}</a><nav><a href="/ukraine">Ukraine</a> <a href="/world">World</a> '
           '<a href="/analysis">Analysis</a> <a href="/donate">Donate</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>', '<p class="tz">All times are Kyiv time (EEST)</p>',
           f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<article class="post" id="p{i + 1}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="byline">{esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<div class="post-tools"><a>Link to this post</a> <a>Share</a></div></article>')
        if i == 3:
            out.append('<aside class="related"><h3>Related</h3><a href="/analysis/black-sea-corridor">The Black Sea corridor, two years on</a></aside>')
    out += ['<p class="end">This live blog is now closed.</p>', '</main>', f'<footer>{esc(S["source"])} · About · Corrections · Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="15921", name="15921_rennishaw-ldlive", ext="html", source="Rennishaw Chronicle", zone="Europe/Kyiv", render=r_rennishaw,
  title="Ukraine live: Kremenchuk counts its dead; shipping talks open in Istanbul", url="https://rennishaw-chronicle.example/live/ukraine-2028-05-24",
  dateline="Wednesday 24 May 2028",
  lede="Updates from our correspondents in Kyiv and Istanbul throughout the day.",
  basis="visible stamp '{s}' in <time datetime> (page note 'All times are Kyiv time (EEST)', UTC+3; JSON-LD datePublished agrees) under the dateline 'Wednesday 24 May 2028'; local {d} in {z}",
  notes="Invented outlet (day 1). HTML live blog, OLDEST first, LiveBlogPosting JSON-LD with per-update BlogPosting (own datePublished with +03:00, author). Visible bare 'HH:MM' in <time>. 15921-05 repeats 15921-02 near-verbatim (the post was re-published later in the day): duplicate_of 15921-02, importance 1. 15921-01 is a drone strike in the same Poltava region as the Kremenchuk strike but a different attack (must not merge).",
  not_entries=["cookie banner", "header and navigation", "page title and dateline", "'All times are Kyiv time (EEST)' note", "standfirst",
               "'Link to this post' / 'Share' tools", "'Related' box after the fourth post", "'This live blog is now closed.'", "footer"],
  entries=[
  E("2028-05-24 07:10", "Drone hits gas station on Poltava outskirts",
    ["A Russian drone struck a gas distribution station on the outskirts of Poltava overnight, cutting supplies to about 3,000 homes, the city’s mayor said. Nobody was hurt.",
     "Gas workers expect to restore supplies by the evening."],
    "strikes", "strikes", 2, "poltava-gas-station-drone-strike-2028-05-24", a="Olena Marchuk",
    n="same Poltava region as the Kremenchuk strike, a different (non-deadly) attack: must not merge with " + KREM),
  E("2028-05-24 08:20", "Kremenchuk strike: three dead, 20 injured, governor says",
    ["Three people were killed and 20 injured when Russian missiles hit the oil refinery in Kremenchuk and houses next to it at about 5:40 this morning, the head of the Poltava regional military administration said.",
     "He said ballistic missiles had been used and that the refinery had stopped work."],
    "strikes", "strikes", 3, KREM, a="Olena Marchuk", n="toll 3 dead, 20 injured"),
  E("2028-05-24 10:05", "Parliament extends martial law for another 90 days",
    ["Ukraine’s parliament voted to extend martial law and general mobilisation for a further 90 days, with 312 deputies in favour.",
     "The extension is the latest in a series since February 2022 and means national elections cannot be held."],
    "other", "politics", 2, "ukraine-martial-law-extension-2028-05-24", a="Olena Marchuk"),
  E("2028-05-24 11:30", "Russia claims village near Huliaipole",
    ["Russia’s defence ministry claimed its forces had taken control of a village north-east of Huliaipole in the Zaporizhzhia region. Ukraine’s southern command said fighting there was continuing."],
    "other", "frontline", 2, "russia-claims-village-huliaipole-2028-05-24", a="Piers Aldane"),
  E("2028-05-24 12:00", "Kremenchuk strike: three dead, 20 injured, governor says",
    ["Three people were killed and 20 were injured when Russian missiles hit the oil refinery in Kremenchuk and houses next to it at about 5:40 this morning, the head of the Poltava regional military administration said.",
     "He said ballistic missiles had been used and that the refinery had stopped work."],
    "strikes", "strikes", 1, KREM, a="Olena Marchuk", dup="15921-02", n="near-verbatim repeat of 15921-02 (re-published later the same day)"),
  E("2028-05-24 14:15", "Delegations sit down in Istanbul",
    ["Ukrainian and Russian officials sat down in Istanbul this afternoon for talks on Black Sea navigation, with Turkish diplomats moving between the two delegations’ rooms, a Ukrainian source told the Chronicle.",
     "Kyiv wants guarantees that Russian forces will not attack merchant ships using Ukrainian ports; Moscow is pressing for easier access to insurance and ports for its grain and fertiliser exports."],
    "diplomacy", "diplomacy", 3, ISTB, a="Piers Aldane"),
  E("2028-05-24 19:50", "Kremenchuk: two more bodies found, toll at eight",
    ["Rescuers in Kremenchuk pulled two more bodies from the rubble of a collapsed house near the refinery, bringing the death toll to eight, the State Emergency Service said.",
     "Thirty-eight people were injured, including four children."],
    "strikes", "strikes", 3, KREM, a="Olena Marchuk", n="toll 8 dead"),
  ]))


# ---------------------------------------------------------------- 15922 Oxhey World Service (day 1): general world RSS, GMT
def r_oxhey(S):
    """general world RSS 2.0, newest first: pubDate in GMT, CDATA paragraphs, category; no authors."""
    z = S["zone"]; in_order(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', '<channel>', f'<title>{esc(S["title"])}</title>',
           f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>', '<language>en-gb</language>', '<ttl>15</ttl>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=True); stamps.append(st)
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{S["url"]}/story/{20528 + i}</link>', f'<guid isPermaLink="false">oxhey-{20528 + i}</guid>',
                f'<pubDate>{st}</pubDate>', f'<category>{e["cat"]}</category>',
                '<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="15922", name="15922_oxhey-worldrss", ext="xml", source="Oxhey World Service", zone="UTC", render=r_oxhey,
  title="Oxhey World Service - World", url="https://oxhey-world.example/world", lede="Top world stories from the Oxhey World Service newsroom",
  basis="RSS pubDate '{s}' (GMT = UTC); local {d} in {z}",
  notes="Invented outlet (day 1). General world RSS feed where the war is a minority: 2 of 6 items are about it (the Kremenchuk strike, spelled 'Kremenchug', and the Istanbul talks), 4 are off-beat. pubDate in GMT; CDATA paragraphs; no authors.",
  not_entries=["channel title, link, description, language, ttl", "item links, guids and categories"],
  entries=[
  OFF("2028-05-24 21:30", "Thousands evacuated as Indonesian volcano erupts",
    ["Mount Soputan on the Indonesian island of Sulawesi erupted on Wednesday evening, sending an ash column eight kilometres into the sky and forcing the evacuation of about 6,000 people from nearby villages.",
     "Flights to and from Manado were suspended."], "indonesia-soputan-eruption-2028-05-24", n="volcano", cat="Asia"),
  E("2028-05-24 18:40", "Russia-Ukraine shipping talks end without deal, Turkey plans more rounds",
    ["A day of talks between Russian and Ukrainian officials in Istanbul on the safety of Black Sea shipping ended without an agreement, Turkey’s foreign ministry said, but both sides agreed to meet again in June.",
     "A Turkish official said the delegations had agreed in principle to set up a hotline between their navies."],
    "diplomacy", "diplomacy", 3, ISTB, cat="Europe", n="end of the same talks"),
  E("2028-05-24 15:00", "Death toll from missile strike on Ukrainian refinery town rises to seven",
    ["Seven people were killed when Russian missiles struck an oil refinery and nearby homes in Kremenchug, central Ukraine, on Wednesday morning, Ukrainian officials said.",
     "Russia’s defence ministry said it had hit a fuel facility supplying the Ukrainian army."],
    "strikes", "strikes", 3, KREM, cat="Europe", n="toll 7; spelling 'Kremenchug'"),
  OFF("2028-05-24 12:20", "Chilean copper miners end two-week strike",
    ["Workers at one of Chile’s largest copper mines returned to work after their union accepted a revised wage offer, ending a strike that had pushed global copper prices to a three-month high."],
    "chile-copper-strike-ends-2028-05-24", n="business", cat="Americas"),
  OFF("2028-05-24 09:45", "World Health Assembly adopts pathogen-sharing annex",
    ["Member states at the World Health Assembly in Geneva adopted an annex to the pandemic agreement that sets out how laboratories share virus samples and the vaccines developed from them."],
    "wha-pathogen-sharing-annex-2028-05-24", n="health", cat="World"),
  OFF("2028-05-24 06:10", "Australian state declares drought emergency",
    ["The government of South Australia declared a drought emergency across most of its farming districts after the driest autumn on record, unlocking support payments for farmers."],
    "south-australia-drought-2028-05-24", n="weather", cat="Asia-Pacific"),
  ]))


# ---------------------------------------------------------------- 15923 Lantrisant Review (day 1): Atom, +02:00, authors
def r_lantrisant(S):
    """Atom feed, newest first: <published> with +02:00 (Warsaw summer time), <author><name>, escaped-HTML <content type="html">."""
    z = S["zone"]; in_order(S, True); last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<id>{S["url"]}</id>', f'<link rel="self" href="{S["url"]}/feed.atom"/>',
           f'<link rel="alternate" href="{S["url"]}"/>', f'<updated>{last.isoformat()}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat(); stamps.append(st)
        link = f"{S['url']}/{d:%Y/%m/%d}/{i + 301}"
        out += ['<entry>', f'<title>{esc(e["h"])}</title>', f'<id>{link}</id>', f'<link rel="alternate" href="{link}"/>', f'<published>{st}</published>',
                f'<updated>{st}</updated>'] + ([f'<author><name>{esc(e["a"])}</name></author>'] if e["a"] else []) + \
               ['<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>', '</entry>']
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="15923", name="15923_lantrisant-atom", ext="xml", source="Lantrisant Review", zone="Europe/Warsaw", render=r_lantrisant,
  title="Lantrisant Review — Eastern Europe", url="https://lantrisant-review.example/eastern-europe",
  lede="News and analysis from Poland, Ukraine and the region",
  basis="Atom <published> '{s}' (explicit +02:00 offset, CEST); local {d} in {z}",
  notes="Invented outlet (day 1). Atom feed, newest first, <published> with +02:00, <author><name> per entry, escaped HTML content. 15923-02 (German IRIS-T delivery) and 15920-03 (Dutch interceptor pledge) share the air-defence aid theme but are different events (must not merge).",
  not_entries=["feed title, subtitle, id, links, updated", "entry ids and links"],
  entries=[
  E("2028-05-24 19:45", "Kremenchuk death toll reaches nine",
    ["The death toll from Wednesday morning’s Russian missile strike on the central Ukrainian city of Kremenchuk has risen to nine, the regional governor said on Telegram.",
     "The strike hit the city’s refinery and a street of private houses next to it. Poland’s foreign ministry condemned the attack as “terror against civilians”."],
    "strikes", "strikes", 3, KREM, a="Zofia Lindqvist", n="toll 9; Polish reaction included"),
  E("2028-05-24 17:20", "Germany hands Ukraine two more IRIS-T air defence systems",
    ["Germany has delivered two more IRIS-T SLM air defence systems to Ukraine, the defence ministry in Berlin said, bringing the total sent since 2022 to 14.",
     "A further four systems are due by the end of the year under contracts already signed with the manufacturer."],
    "aid", "aid", 3, "germany-iris-t-delivery-2028-05-24", a="Zofia Lindqvist",
    n="arms delivery; same air-defence theme as the Dutch pledge 15920-03, a different event: must not merge"),
  E("2028-05-24 15:05", "Istanbul shipping talks: hotline agreed, inspections still disputed",
    ["Russian and Ukrainian negotiators meeting in Istanbul have agreed in principle on a hotline between their navies but remain divided over Russian demands to inspect ships heading to Ukrainian ports, two people familiar with the talks said."],
    "diplomacy", "diplomacy", 3, ISTB, a="Tomek Arendt"),
  E("2028-05-24 12:40", "Polish prosecutors charge two over rail sabotage plot",
    ["Prosecutors in Lublin have charged two men with planning to derail a freight train carrying equipment for Ukraine, saying they acted on instructions from Russian intelligence.",
     "Both deny the charges."],
    "other", "security", 2, "poland-rail-sabotage-charges-2028-05-24", a="Tomek Arendt"),
  E("2028-05-24 10:10", "UN: civilian casualties in Ukraine rose in April",
    ["The UN human rights monitoring mission in Ukraine said 212 civilians were killed and 1,046 injured in April, a rise of about a fifth on March, with most casualties caused by drones and guided bombs."],
    "other", "humanitarian", 2, "un-civilian-casualties-april-2028", a="Zofia Lindqvist"),
  E("2028-05-24 07:30", "Missile strike on Kremenchuk refinery kills three",
    ["Three people were killed early on Wednesday when Russian missiles hit an oil refinery in Kremenchuk, in Ukraine’s Poltava region, according to local authorities."],
    "strikes", "strikes", 3, KREM, a="Zofia Lindqvist", n="first report, toll 3"),
  ]))

# ---------------------------------------------------------------- day 2 (2028-05-25)
ODESA = "odesa-port-missile-strike-2028-05-25"
EUASSETS = "eu-frozen-assets-loan-tranche-2028-05-25"


# ---------------------------------------------------------------- 15930 Hobbersley Post (day 2): HTML live, no JSON-LD
def r_hobbersley(S):
    """HTML live blog, newest first, NO JSON-LD: bare '17:30' in a span above the h2, a printed 'All times CEST' note,
    'by NAME' under the h2; a photo-gallery teaser has only a gallery widget."""
    z = S["zone"]; in_order(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {esc(S["source"])}</title>',
           '<meta name="description" content="Live coverage of the war in Ukraine">', '</head><body>',
           f'<header><div class="logo">{esc(S["source"])}</div><nav><a href="/">Front page</a> <a href="/international">International</a> '
           '<a href="/economy">Economy</a> <a href="/culture">Culture</a> <a href="/epaper">E-paper</a></nav></header>',
           '<main class="ticker">', f'<p class="kicker">Live ticker</p><h1>{esc(S["title"])}</h1>',
           f'<p class="meta">{esc(S["dateline"])} · All times CEST</p>', f'<p class="teaser">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out += [f'<div class="tick" data-id="{40912 - i}"><span class="ts">{st}</span>', f'<h2>{esc(e["h"])}</h2>']
        if e["a"]:
            out.append(f'<p class="by">by {esc(e["a"])}</p>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery"><span>1 / 12</span> <button>Next</button></div>')
        out.append('</div>')
        if i == 2:
            out.append('<div class="paywall-hint">Read on with Hobbersley Post Plus: first month free</div>')
    out += ['<button class="more">Load older entries</button>', '</main>',
            f'<footer>{esc(S["source"])} · Imprint · Privacy · Cookie settings · Terms</footer></body></html>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="15930", name="15930_hobbersley-htmllive", ext="html", source="Hobbersley Post", zone="Europe/Berlin", render=r_hobbersley,
  title="War in Ukraine: Russian missiles hit Odesa grain port", dateline="Thursday, 25 May 2028",
  lede="Our live ticker follows the day's events in Ukraine and Russia.",
  basis="stamp '{s}' with the page note 'All times CEST' (UTC+2) and the dateline 'Thursday, 25 May 2028'; local {d} in {z}",
  notes="Invented outlet (day 2). HTML live ticker, newest first, no JSON-LD. Each entry: bare 'HH:MM' span above the h2, 'by NAME' under it. 15930-05 is a 'Photos:' gallery teaser with no text (spelling 'Odessa'). 15930-01 (Ukrainian sea drones on Novorossiysk) shares the 'port strike' theme with the Odesa strike but is a different event by the other side (must not merge). 15930-03 continues the day-1 Kremenchuk story with a new development (toll 11, search over).",
  not_entries=["header and navigation", "'Live ticker' kicker", "page title", "meta line 'Thursday, 25 May 2028 · All times CEST'", "teaser/lede line",
               "gallery widget '1 / 12 Next' in the photo teaser", "paywall hint after the third entry", "'Load older entries'", "footer"],
  entries=[
  E("2028-05-25 21:15", "Ukrainian sea drones hit oil terminal at Novorossiysk",
    ["Ukrainian naval drones struck an oil loading terminal in the Russian Black Sea port of Novorossiysk on Thursday evening, setting a storage tank on fire, according to the local emergency headquarters.",
     "Russia’s defence ministry said six unmanned boats had been destroyed. There were no reports of casualties."],
    "strikes", "strikes", 2, "novorossiysk-sea-drone-attack-2028-05-25", a="Jonas Weyland",
    n="port attack by the other side: same theme as the Odesa strike but must not merge with " + ODESA),
  E("2028-05-25 17:30", "Odesa port strike: death toll rises to four",
    ["Four people have now died after Thursday morning’s Russian missile strike on a grain terminal in the port of Odesa, the regional governor said. Seventeen people were injured.",
     "All of the dead were port workers. The terminal had been loading a ship bound for Egypt."],
    "strikes", "strikes", 3, ODESA, a="Jonas Weyland", n="toll 4"),
  E("2028-05-25 15:10", "Kremenchuk: search over, toll stands at 11",
    ["Rescuers in Kremenchuk ended their search of the rubble on Thursday afternoon. Two of the people injured in Wednesday’s missile strike died in hospital overnight, raising the death toll to 11, the regional administration said.",
     "The city has declared three days of mourning."],
    "strikes", "strikes", 3, KREM, a="Anke Roth", n="continuation of the day-1 story with a new development (toll 11, search over)"),
  E("2028-05-25 13:45", "EU ministers clear next frozen-assets loan tranche for Kyiv",
    ["EU finance ministers meeting in Brussels approved the release of a €9bn tranche of the loan to Ukraine that is repaid from the proceeds of immobilised Russian central bank assets.",
     "Hungary abstained but did not block the decision."],
    "aid", "aid", 3, EUASSETS, a="Anke Roth", sec=["diplomacy"]),
  E("2028-05-25 11:20", "Photos: Inside the damaged Odessa grain terminal", [],
    "strikes", "strikes", 1, ODESA, n="photo teaser with no text; spelling 'Odessa'"),
  E("2028-05-25 09:40", "Missile strike on Odesa port, one dead",
    ["A Russian ballistic missile hit the port of Odesa shortly after 10am local time, killing one person and injuring six, the regional governor said on Telegram.",
     "Grain silos and a loading gallery caught fire."],
    "strikes", "strikes", 3, ODESA, a="Jonas Weyland", n="first report, toll 1"),
  E("2028-05-25 08:05", "Czech-led shell initiative passes one million rounds this year",
    ["The Czech-led initiative that buys artillery ammunition for Ukraine on the world market has delivered more than one million rounds since January, the Czech defence ministry said.",
     "Fourteen countries are currently paying into the scheme."],
    "aid", "aid", 2, "czech-ammunition-initiative-2028-05-25", a="Anke Roth"),
  ]))


# ---------------------------------------------------------------- 15931 Cowlinge Evening Star (day 2): text live, oldest first, ET
def r_cowlinge(S):
    """text live blog, OLDEST first: headline line, then 'Posted 9:15 AM EDT by NAME' (or without 'by' for wire copy), body."""
    z = S["zone"]; in_order(S, False)
    L = [S["source"], "Local  ·  Nation & World  ·  Sports  ·  Business  ·  Obituaries  ·  e-Edition", "", "NATION & WORLD", "", S["title"], S["dateline"], "",
         S["lede"], "", "Updates appear at the bottom of this page.", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{h12(d, space=' ', suf=('AM', 'PM'))} EDT"; stamps.append(st)
        L += [e["h"], f"Posted {st}" + (f" by {e['a']}" if e["a"] else "") + (" · From the wires" if e.get("wire") else ""), ""] + lines_of(e["p"])
        if i == 2:
            L += ["ADVERTISEMENT", ""]
    L += ["Have a news tip? Email the Star’s newsroom.", "", f"Copyright © {S['source']}. All rights reserved."]
    return "\n".join(L) + "\n", stamps


SEEDS.append(dict(
  id="15931", name="15931_cowlinge-textlive", ext="txt", source="Cowlinge Evening Star", zone="America/New_York", render=r_cowlinge,
  title="Live updates: Russian strike on Odesa port kills four; Kremenchuk toll rises", dateline="Thursday, May 25, 2028",
  lede="The Evening Star is following the war in Ukraine throughout the day.",
  basis="stamp '{s}' (EDT = UTC-4 printed) under the dateline 'Thursday, May 25, 2028'; oldest first; local {d} in {z}",
  notes="Invented outlet (day 2). Text live blog, OLDEST first. Each post: headline, then 'Posted 9:15 AM EDT by NAME' (stamp after the headline; stamp = the time with zone). 15931-01 re-posts day 1's 15920-03 (Dutch interceptor pledge) verbatim as wire copy: importance 1, same story slug as day 1, duplicate_of null (defined within one seed only). 15931-03 is a theme piece (analysis of grain exports) that mentions the Odesa strike but is its own story. 15931-06 repeats 15931-02 near-verbatim (duplicate_of 15931-02).",
  not_entries=["masthead and navigation", "section label 'NATION & WORLD'", "page title and dateline", "standfirst", "'Updates appear at the bottom of this page.'",
               "'· From the wires' credit in the re-post's meta line", "'ADVERTISEMENT' marker", "news-tip line and copyright"],
  entries=[
  E("2028-05-25 06:05", NLPLEDGE_H, NLPLEDGE_P, "aid", "aid", 1, "netherlands-interceptor-pledge-2028-05-24",
    n="re-post of day-1 15920-03 (same headline and text, syndicated a day later); importance 1", wire=True),
  E("2028-05-25 07:05", "Russian missiles strike Odesa port; three killed",
    ["Three people were killed when Russian missiles struck a grain terminal in the Ukrainian port of Odesa on Thursday morning, Ukrainian officials said.",
     "The attack set fire to grain stores and damaged a loading gallery used to fill ships."],
    "strikes", "strikes", 3, ODESA, a="Dana Whitcombe", n="toll 3"),
  E("2028-05-25 08:30", "Analysis: What the Odesa strikes mean for Ukraine’s grain exports",
    ["Thursday’s strike is part of a pattern: Russian missiles and drones have hit port facilities in the Odesa region more than 40 times since March.",
     "So far ships have kept sailing, and Ukraine exported more grain by sea in April than a year earlier. But insurers have raised premiums for vessels calling at Ukrainian ports, and traders say each attack adds to the cost of every ton shipped.",
     "The bigger risk, analysts say, is to storage: terminals destroyed now will be missed when the harvest starts arriving in July."],
    "strikes", "strikes", 2, "analysis-ukraine-grain-exports-port-attacks-2028-05", a="Marcus Bellweather",
    n="theme piece; mentions the Odesa strike but is its own story: must not merge with " + ODESA),
  E("2028-05-25 10:00", "Kremenchuk death toll reaches 11, Ukraine says",
    ["The death toll from Wednesday’s Russian missile strike on the central Ukrainian city of Kremenchuk has climbed to 11 after two injured people died overnight, Ukraine’s emergency service said."],
    "strikes", "strikes", 3, KREM, a="Dana Whitcombe", n="continuation of the day-1 story (toll 11)"),
  E("2028-05-25 11:45", "Pentagon clears $2.1 billion Patriot missile sale to Ukraine",
    ["The Pentagon approved the sale of $2.1 billion worth of Patriot interceptors to Ukraine, to be paid for by a group of European allies, the Defense Security Cooperation Agency said.",
     "The agency said deliveries would begin this year."],
    "aid", "aid", 3, "us-patriot-sale-to-ukraine-2028-05-25", a="Marcus Bellweather", n="major arms transfer"),
  E("2028-05-25 12:30", "Russian missiles strike Odesa port; three killed",
    ["Three people were killed when Russian missiles struck a grain terminal in the Ukrainian port of Odesa on Thursday morning, Ukrainian officials said.",
     "The attack set fire to grain stores and damaged a loading gallery used to fill ships, officials added."],
    "strikes", "strikes", 1, ODESA, a="Dana Whitcombe", dup="15931-02", n="near-verbatim repeat of 15931-02"),
  E("2028-05-25 14:10", "Odesa toll rises to four; UN aid chief condemns attack on grain port",
    ["A fourth person has died after the missile strike on Odesa’s port, and 19 people were wounded, the regional governor said on Thursday afternoon.",
     "The U.N. humanitarian coordinator for Ukraine said attacks on ports \"threaten food supplies far beyond Ukraine.\""],
    "strikes", "strikes", 3, ODESA, a="Dana Whitcombe", n="toll 4, 19 wounded; UN reaction included"),
  ]))


# ---------------------------------------------------------------- 15932 Ashprington World Desk (day 2): general world Atom, Z
def r_ashprington(S):
    """general world Atom feed, newest first: <published> in UTC with 'Z', optional author, text <summary> (one paragraph)."""
    z = S["zone"]; in_order(S, True); last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f'<title>{esc(S["title"])}</title>',
           f'<id>tag:ashprington.example,2028:world</id>', f'<link rel="self" href="{S["url"]}"/>', f'<updated>{last:%Y-%m-%dT%H:%M:%SZ}</updated>',
           '<rights>© Ashprington World Desk</rights>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%Y-%m-%dT%H:%M:%SZ}"; stamps.append(st)
        assert len(e["p"]) == 1
        out += ['<entry>', f'<title type="text">{esc(e["h"])}</title>', f'<id>tag:ashprington.example,2028:{7741 + i}</id>',
                f'<link href="https://ashprington.example/world/{7741 + i}"/>', f'<published>{st}</published>', f'<updated>{st}</updated>'] + \
               ([f'<author><name>{esc(e["a"])}</name></author>'] if e["a"] else []) + \
               [f'<category term="{e["cat"]}"/>', f'<summary type="text">{esc(e["p"][0])}</summary>', '</entry>']
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="15932", name="15932_ashprington-worldatom", ext="xml", source="Ashprington World Desk", zone="UTC", render=r_ashprington,
  title="Ashprington World Desk: World", url="https://ashprington.example/world/feed.atom",
  basis="Atom <published> '{s}' (UTC, Z); local {d} in {z}",
  notes="Invented outlet (day 2). General world Atom feed where the war is a minority: 2 of 6 entries (Odesa strike, EU frozen-assets loan tranche), 4 off-beat. <published> in UTC with Z; one-paragraph text summaries; authors on some entries.",
  not_entries=["feed title, id, self link, updated, rights", "entry ids, links and categories"],
  entries=[
  OFF("2028-05-25 20:30", "Floods in southern Brazil force 20,000 from their homes",
    ["Days of heavy rain in Brazil’s Rio Grande do Sul state have pushed rivers over their banks, forcing about 20,000 people to leave their homes, the state civil defence agency said."],
    "brazil-rio-grande-do-sul-floods-2028-05-25", n="floods", cat="Americas"),
  E("2028-05-25 17:00", "Four killed as Russian missiles hit Odesa grain terminal",
    ["A Russian missile attack on a grain terminal in the Ukrainian port city of Odesa killed four workers and injured 17 on Thursday, regional authorities said."],
    "strikes", "strikes", 3, ODESA, a="Priya Castellane", cat="Europe"),
  E("2028-05-25 14:10", "EU releases €9bn loan tranche for Ukraine backed by Russian assets",
    ["European Union finance ministers agreed to pay Ukraine a further €9bn from a loan serviced by profits on frozen Russian central bank assets, with Hungary abstaining."],
    "aid", "aid", 3, EUASSETS, sec=["diplomacy"], cat="Europe"),
  OFF("2028-05-25 11:25", "Japan’s upper house passes child-care funding law",
    ["Japan’s House of Councillors approved a law creating a new fund for child-care subsidies, financed by a levy on health insurance premiums, in the government’s latest attempt to slow the falling birth rate."],
    "japan-child-care-funding-law-2028-05-25", n="domestic politics in Japan", cat="Asia", a="Kenji Albright"),
  OFF("2028-05-25 08:00", "Giro d’Italia mountain stage shortened after late snowfall",
    ["Organisers of the Giro d’Italia cut Thursday’s mountain stage by 40 kilometres after overnight snow made the descent from the Stelvio pass unsafe."],
    "giro-stage-shortened-snow-2028-05-25", n="cycling", cat="Sport"),
  OFF("2028-05-25 05:30", "Strong earthquake off Peru causes no major damage",
    ["A magnitude 6.1 earthquake struck off the coast of southern Peru early on Thursday, shaking buildings in Arequipa, but authorities reported no serious damage or injuries."],
    "peru-offshore-earthquake-2028-05-25", n="earthquake", cat="Americas"),
  ]))


# ---------------------------------------------------------------- 15933 Kilvrough Examiner (day 2): text article with sections
def r_kilvrough(S):
    """text article: kicker, title, standfirst, 'By NAME in Kyiv', dateline '25 May 2028, 18:40 EEST', section headings (one entry each)."""
    L = [S["source"], "World › Europe › Ukraine", "", S["title"], "", S["lede"], "", f"By {S['byline']} in Kyiv", S["dateline"], "",
         "Share  ·  Save  ·  Listen to this article (6 min)", ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + lines_of(e["p"])
        if i == 1:
            L += ["[Map: the Odesa region’s ports on the Black Sea and the Danube]", ""]
    L += [S["more"], "", f"© {S['source']} · Corrections · Contact · Privacy"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


SEEDS.append(dict(
  id="15933", name="15933_kilvrough-article", ext="txt", source="Kilvrough Examiner", zone="Europe/Kyiv", render=r_kilvrough,
  title="Russia strikes Odesa’s grain port as Kremenchuk mourns its dead",
  lede="Four port workers killed; a second port on the Danube hit overnight; heavy fighting near Lyman.",
  byline="Ilse Martensen", dateline="25 May 2028, 18:40 EEST",
  more="More on the war: Why Ukraine’s summer harvest depends on its ports",
  basis="no per-section time; the article's dateline '25 May 2028, 18:40 EEST' (UTC+3); local {d} in {z}",
  notes="Invented outlet (day 2). Text article with four section headings, each one entry (stamp null; published = the dateline time 18:40 EEST). Author = the byline name without 'in Kyiv'. Section 2 (Izmail port drone attack) is another strike in the same Odesa region: must not merge with the Odesa port strike. A map placeholder and the 'More on the war' link are chrome.",
  not_entries=["outlet name and breadcrumb", "title and standfirst", "byline 'By Ilse Martensen in Kyiv' and dateline", "share/save/listen line",
               "map placeholder after section 2", "'More on the war: ...' link", "footer"],
  entries=[
  E("2028-05-25 18:40", "Grain terminal ablaze",
    ["Russian missiles struck a grain terminal in the port of Odesa on Thursday morning, killing four workers and wounding 17, according to the regional military administration.",
     "Footage shared by port staff showed a conveyor gallery collapsing into the flames. The terminal’s operator said about 30,000 tonnes of wheat and maize had been stored on site."],
    "strikes", "strikes", 3, ODESA, a="Ilse Martensen"),
  E("2028-05-25 18:40", "Danube port of Izmail hit overnight",
    ["Hours before the Odesa strike, Russian drones attacked the Danube port of Izmail, damaging an administrative building and two warehouses. Nobody was hurt, local officials said.",
     "Izmail handles much of the grain that Ukraine sends upriver to Romania when Black Sea routes are disrupted."],
    "strikes", "strikes", 2, "izmail-port-drone-attack-2028-05-25", a="Ilse Martensen",
    n="same Odesa region, a different (night, non-deadly) drone attack: must not merge with " + ODESA),
  E("2028-05-25 18:40", "Kremenchuk mourns",
    ["In Kremenchuk, where Russian missiles hit the oil refinery and a residential street on Wednesday, the death toll rose to 11 and the city began three days of mourning.",
     "Flags on public buildings were lowered and entertainment events were cancelled."],
    "strikes", "strikes", 3, KREM, a="Ilse Martensen", n="continuation of the day-1 story"),
  E("2028-05-25 18:40", "Pressure near Lyman",
    ["On the front line, Ukraine’s general staff reported 27 Russian assaults in the Lyman direction, where Russian units are trying to cross the Siverskyi Donets river north of the town."],
    "other", "frontline", 2, "lyman-direction-fighting-2028-05-25", a="Ilse Martensen"),
  ]))

# ---------------------------------------------------------------- day 3 (2028-05-29)
RYAZAN = "ryazan-refinery-drone-attack-2028-05-29"
SWAP = "prisoner-exchange-205-for-205-2028-05-29"


# ---------------------------------------------------------------- 15940 Morrisbay Wire (day 3): general world RSS, +0300
def r_morrisbay(S):
    """general world RSS 2.0, newest first, pubDate with +0300 (Istanbul), dc:creator when known, plain description."""
    z = S["zone"]; in_order(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>', '<language>en</language>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        assert len(e["p"]) == 1
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{S["url"]}/{d:%Y%m%d}-{i + 61}</link>', f'<guid>{S["url"]}/{d:%Y%m%d}-{i + 61}</guid>',
                f'<pubDate>{st}</pubDate>'] + ([f'<dc:creator>{esc(e["a"])}</dc:creator>'] if e["a"] else []) + \
               [f'<description>{esc(e["p"][0])}</description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="15940", name="15940_morrisbay-worldrss", ext="xml", source="Morrisbay Wire", zone="Europe/Istanbul", render=r_morrisbay,
  title="Morrisbay Wire | World", url="https://morrisbay-wire.example/world", lede="World news from the Morrisbay Wire desk in Istanbul",
  basis="RSS pubDate '{s}' (explicit +0300 offset, Istanbul); local {d} in {z}",
  notes="Invented outlet (day 3). General world RSS feed where the war is a minority: 2 of 6 items (the prisoner exchange and the Ryazan refinery attack, spelled 'Riazan'), 4 off-beat. pubDate with +0300; dc:creator on some items.",
  not_entries=["channel title, link, description, language", "item links and guids"],
  entries=[
  OFF("2028-05-29 22:40", "Typhoon makes landfall in northern Philippines",
    ["A typhoon with sustained winds of 150 kilometres per hour made landfall in the northern Philippine province of Cagayan on Monday night, after more than 40,000 people had been moved to evacuation centres."],
    "philippines-typhoon-landfall-2028-05-29", n="storm"),
  E("2028-05-29 19:15", "Russia and Ukraine swap 205 prisoners each in UAE-brokered deal",
    ["Russia and Ukraine exchanged 205 prisoners of war each on Monday, the latest swap mediated by the United Arab Emirates, the two countries' officials said."],
    "diplomacy", "diplomacy", 3, SWAP, a="Selin Ardahan"),
  OFF("2028-05-29 16:00", "Greece and Turkey agree to resume talks on maritime zones",
    ["The foreign ministers of Greece and Turkey agreed in Athens to restart exploratory talks on their maritime boundaries in the Aegean after a pause of more than a year."],
    "greece-turkey-maritime-talks-2028-05-29", n="Aegean diplomacy, not the war", a="Selin Ardahan"),
  E("2028-05-29 12:30", "Fire at Russian refinery in Riazan after Ukrainian drone attack",
    ["A fire broke out at an oil refinery in the Russian city of Riazan, southeast of Moscow, after an overnight Ukrainian drone attack, the regional governor said, adding that three people were injured."],
    "strikes", "strikes", 3, RYAZAN, n="spelling 'Riazan'; 3 injured"),
  OFF("2028-05-29 09:10", "Cholera cases climb in Sudan's Darfur, aid groups warn",
    ["Aid agencies said more than 2,300 suspected cholera cases had been recorded in Sudan's North Darfur state in the past two weeks, as heavy fighting around El Fasher kept clinics closed."],
    "darfur-cholera-outbreak-2028-05-29", n="Sudan"),
  OFF("2028-05-29 06:20", "Tokyo stocks hit record high as yen weakens",
    ["Japan's Nikkei share index closed at a record high on Monday, led by exporters, after the yen fell to its weakest level against the dollar in three months."],
    "tokyo-stocks-record-2028-05-29", n="markets"),
  ]))


# ---------------------------------------------------------------- 15941 Pendrift Ledger (day 3): text live, oldest first, no year
def r_pendrift(S):
    """text live blog, OLDEST first: a date line WITHOUT a year ('Monday 29 May'), a two-name page byline, bare '08:05'
    before each headline; no year anywhere on the page; a video teaser shows only '▶ 0:34'."""
    z = S["zone"]; in_order(S, False)
    L = [S["source"], "News   Ukraine   Europe   Opinion   Podcasts", "", S["title"], S["dateline"], f"By {S['byline']}", "",
         S["lede"], "", "All times are Kyiv time.", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + (lines_of(e["p"]) if e["p"] else ["▶ 0:34", ""])
        if i == 3:
            L += ["Support independent reporting from Ukraine. Become a member", ""]
    L += ["That’s all from us today. Thank you for following.", "", f"{S['source']} · About · Contact · Privacy"]
    text = "\n".join(L) + "\n"
    assert not re.search(r"\b20\d\d\b", text), "15941 must print no year"
    return text, stamps


SEEDS.append(dict(
  id="15941", name="15941_pendrift-textlive", ext="txt", source="Pendrift Ledger", zone="Europe/Kyiv", render=r_pendrift,
  parse_args=["--date", "2028-05-29"],
  title="Ukraine war live: drones set Ryazan refinery ablaze; 205 prisoners come home", dateline="Monday 29 May",
  byline="Wren Holloway and Taras Bilenko",
  lede="Follow our live coverage from Kyiv.",
  basis="bare stamp '{s}' (page note 'All times are Kyiv time.', EEST = UTC+3) under the date line 'Monday 29 May'; the page prints no year, so the year comes from parse_args --date 2028-05-29; local {d} in {z}",
  notes="Invented outlet (day 3). Text live blog, OLDEST first, bare 'HH:MM' before each headline, date line 'Monday 29 May' and NO year anywhere (parse_args --date 2028-05-29). No per-post bylines: every entry takes the two-name page byline 'Wren Holloway and Taras Bilenko' (kept as one string). 15941-03 is a 'Video:' teaser with no text. 15941-06 repeats 15941-04 near-verbatim. 15941-07 is a theme piece (drone range explainer) that mentions Ryazan but is its own story. 15941-02 (Bryansk shelling) is another strike inside Russia: must not merge with Ryazan.",
  not_entries=["outlet name and navigation", "title, date line 'Monday 29 May' and page byline", "standfirst", "'All times are Kyiv time.' note",
               "'▶ 0:34' video player in the teaser", "membership appeal after the fourth post", "closing line and footer"],
  entries=[
  E("2028-05-29 06:40", "Drones attack Ryazan refinery, fire reported",
    ["Ukrainian drones attacked the Ryazan oil refinery overnight, according to the region’s governor, who said a fire had broken out at an \"industrial facility\" and two people had been injured by debris.",
     "Russia’s defence ministry said 12 drones had been destroyed over the Ryazan region."],
    "strikes", "strikes", 3, RYAZAN, a="Wren Holloway and Taras Bilenko", n="first report: 12 drones, 2 injured"),
  E("2028-05-29 08:05", "Bryansk governor says shelling killed one in border village",
    ["One man was killed when Ukrainian shells hit a farm in a village in Russia’s Bryansk region near the border, the regional governor said. The claim could not be verified."],
    "strikes", "strikes", 3, "bryansk-border-shelling-2028-05-29", a="Wren Holloway and Taras Bilenko",
    n="another strike inside Russia (artillery, deadly): must not merge with " + RYAZAN),
  E("2028-05-29 09:30", "Video: Flames over the Ryazan refinery filmed from a highway", [],
    "strikes", "strikes", 1, RYAZAN, a="Wren Holloway and Taras Bilenko", n="video teaser with no text"),
  E("2028-05-29 11:15", "Ryazan: Moscow says 27 drones downed, refinery unit halted",
    ["Russia’s defence ministry has raised the number of drones it says were shot down over the Ryazan region to 27. Industry sources told Russian media that a crude distillation unit at the refinery had been halted.",
     "Ukraine’s General Staff has confirmed the attack and said the refinery supplies fuel to Russian forces."],
    "strikes", "strikes", 3, RYAZAN, a="Wren Holloway and Taras Bilenko", n="27 drones, unit halted"),
  E("2028-05-29 12:40", "Prisoner exchange: 205 Ukrainians come home",
    ["Ukraine and Russia exchanged 205 prisoners of war each today, President Volodymyr Zelensky said, thanking the United Arab Emirates for mediating.",
     "Among those freed were defenders of Mariupol who had been held for more than six years, he said."],
    "diplomacy", "diplomacy", 3, SWAP, a="Wren Holloway and Taras Bilenko"),
  E("2028-05-29 13:50", "Ryazan: Moscow says 27 drones downed, refinery unit halted",
    ["Russia’s defence ministry has raised the number of drones it says were shot down over the Ryazan region to 27. Industry sources have told Russian media that a crude distillation unit at the refinery was halted.",
     "Ukraine’s General Staff has confirmed the attack and said the refinery supplies fuel to Russian forces."],
    "strikes", "strikes", 1, RYAZAN, a="Wren Holloway and Taras Bilenko", dup="15941-04", n="near-verbatim repeat of 15941-04"),
  E("2028-05-29 16:20", "Explainer: How far can Ukraine’s drones reach?",
    ["Overnight attacks such as the one on Ryazan have become routine, but the distances involved keep growing.",
     "Ukraine’s long-range attack drones now regularly fly more than 1,000 kilometres, putting refineries in the Volga region and even the Urals within range. Most are slow, propeller-driven aircraft that rely on numbers and low flight paths to get past air defences.",
     "Their warheads are small, so one drone rarely destroys a refinery; the aim is to knock out key units and keep repair crews busy."],
    "strikes", "strikes", 2, "explainer-ukraine-long-range-drone-reach", a="Wren Holloway and Taras Bilenko",
    n="theme piece (explainer); mentions Ryazan but is its own story: must not merge with " + RYAZAN),
  ]))


# ---------------------------------------------------------------- 15942 Dallowgate Herald (day 3): HTML live, @graph JSON-LD
def r_dallowgate(S):
    """HTML live blog, newest first. JSON-LD @graph: WebPage + a node typed ["NewsArticle","LiveBlogPosting"] whose
    liveBlogUpdate items all carry the PAGE's datePublished (per-update times only in the visible <time>, '2:35pm EEST')."""
    z = S["zone"]; in_order(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    ups = [{"@type": "BlogPosting", "@id": f"{S['url']}#u{len(S['entries']) - i}", "headline": e["h"], "datePublished": first.isoformat(),
            "dateModified": last.isoformat(), "articleBody": e["p"][0][:180]} for i, e in enumerate(S["entries"])]
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "@id": S["url"], "name": S["title"], "inLanguage": "en"},
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"] + "#live", "headline": S["title"], "datePublished": first.isoformat(),
         "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "isPartOf": {"@id": S["url"]},
         "author": {"@type": "Organization", "name": S["source"]}, "liveBlogUpdate": ups}]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>', jsonld(ld), '</head><body>',
           f'<header><a href="/" class="masthead">{esc(S["source"])}</a><nav><a href="/news">News</a> <a href="/nordic">Nordic</a> <a href="/world">World</a> '
           '<a href="/business">Business</a></nav><div class="weather">Helsinki 14°</div></header>',
           f'<main><span class="badge">LIVE</span><h1>{esc(S["title"])}</h1>', f'<p class="date">{esc(S["dateline"])}</p>',
           f'<p class="summary">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{h12(d)} EEST"; stamps.append(st)
        out += [f'<article class="lb-entry" id="u{len(S["entries"]) - i}"><time datetime="{d.isoformat()}">{st}</time>', f'<h3>{esc(e["h"])}</h3>']
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="sig">— {esc(e["a"])}</p>')
        out.append('</article>')
        if i == 2:
            out.append('<div class="ad">Advertisement</div>')
    out += ['</main>', f'<footer>{esc(S["source"])} · Contact · Privacy · Accessibility</footer></body></html>']
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="15942", name="15942_dallowgate-htmllive", ext="html", source="Dallowgate Herald", zone="Europe/Helsinki", render=r_dallowgate,
  title="Live: Stubb in Kyiv as Ukrainian drones hit Ryazan refinery", url="https://dallowgate-herald.example/live/ukraine-29-may",
  dateline="Monday 29 May 2028", lede="Finland's president travels to Kyiv; Russia reports a large drone attack on the Ryazan region.",
  basis="visible stamp '{s}' in <time> (EEST = UTC+3) under the date line 'Monday 29 May 2028'; the JSON-LD updates all carry the page's datePublished and are ignored; local {d} in {z}",
  notes="Invented outlet (day 3). HTML live blog, newest first. JSON-LD @graph with a node typed [\"NewsArticle\",\"LiveBlogPosting\"]; every liveBlogUpdate carries the PAGE's datePublished (08:15 EEST) and a cut body, so per-entry times come only from the visible <time> text ('2:35pm EEST'). Signatures '— NAME' after the body give the author. 15942-04 (Russian drone raid on Kharkiv) is a drone attack in the other direction: must not merge with Ryazan.",
  not_entries=["masthead, navigation, weather 'Helsinki 14°'", "'LIVE' badge", "page title, date line, summary", "'Advertisement' after the third entry",
               "signature dashes (the names are authors)", "footer"],
  entries=[
  E("2028-05-29 21:05", "Ryazan refinery fire out, governor says; three injured",
    ["The fire at the Ryazan oil refinery has been put out, the regional governor said on Monday evening, raising the number of people injured in the overnight drone attack to three."],
    "strikes", "strikes", 3, RYAZAN, a="Aino Kettunen", n="3 injured"),
  E("2028-05-29 18:30", "Finland to pay for air-surveillance radars for Ukraine",
    ["Finland will finance 12 mobile air-surveillance radars for Ukraine as part of its 26th aid package, the defence ministry announced during President Alexander Stubb’s visit to Kyiv.",
     "The package is worth about €180 million."],
    "aid", "aid", 2, "finland-aid-package-radars-2028-05-29", a="Aino Kettunen"),
  E("2028-05-29 15:10", "Stubb arrives in Kyiv for talks with Zelensky",
    ["Finnish President Alexander Stubb arrived in Kyiv on Monday for talks with Volodymyr Zelensky on security guarantees and Finland’s part in a future reassurance force.",
     "It is Stubb’s fourth visit to Ukraine since taking office."],
    "diplomacy", "diplomacy", 3, "stubb-kyiv-visit-2028-05-29", a="Mikael Sorsa", n="head-of-state visit"),
  E("2028-05-29 12:45", "Russian drone raid on Kharkiv injures five",
    ["Five people were injured when Russian drones hit a residential area and a supermarket car park in Kharkiv overnight, the city’s mayor said."],
    "strikes", "strikes", 2, "kharkiv-drone-raid-2028-05-29", a="Mikael Sorsa",
    n="Russian drones on Ukraine (the other direction): must not merge with " + RYAZAN),
  E("2028-05-29 10:20", "Ukraine claims hit on Ryazan refinery",
    ["Ukraine’s General Staff said its drone forces had struck the Ryazan oil refinery overnight, causing a fire in the area of a crude distillation unit.",
     "The refinery is one of the largest in central Russia and supplies fuel to the Moscow region."],
    "strikes", "strikes", 3, RYAZAN, a="Mikael Sorsa"),
  E("2028-05-29 08:15", "Police examine tanker after Baltic Sea cable damage",
    ["Finnish police boarded a tanker in the Gulf of Finland after a power cable between Finland and Estonia was damaged overnight. The ship, registered in the Cook Islands, is suspected of belonging to Russia’s shadow fleet."],
    "other", "security", 2, "baltic-cable-damage-tanker-2028-05-29", a="Aino Kettunen"),
  ]))


# ---------------------------------------------------------------- 15943 Colsterdale Bulletin (day 3): Atom, -04:00, authors
def r_colsterdale(S):
    """Atom feed, newest first, <published> with -04:00 (Toronto), <author><name>, xhtml <content> with paragraphs."""
    z = S["zone"]; in_order(S, True); last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f'<title>{esc(S["title"])}</title>',
           f'<id>{S["url"]}</id>', f'<link rel="self" href="{S["url"]}"/>', f'<updated>{last.isoformat()}</updated>',
           '<author><name>Colsterdale Bulletin</name></author>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = d.isoformat(); stamps.append(st)
        out += ['<entry>', f'<title>{esc(e["h"])}</title>', f'<id>{S["url"]}#e{913 + i}</id>', f'<link href="https://colsterdale.example/news/{913 + i}"/>',
                f'<published>{st}</published>', f'<updated>{st}</updated>', f'<author><name>{esc(e["a"])}</name></author>',
                '<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + '</div></content>', '</entry>']
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


SEEDS.append(dict(
  id="15943", name="15943_colsterdale-atom", ext="xml", source="Colsterdale Bulletin", zone="America/Toronto", render=r_colsterdale,
  title="Colsterdale Bulletin — World", url="https://colsterdale.example/world.atom",
  basis="Atom <published> '{s}' (explicit -04:00 offset, EDT); local {d} in {z}",
  notes="Invented outlet (day 3). Atom feed, newest first, <published> with -04:00, per-entry <author><name> (the feed-level author 'Colsterdale Bulletin' is chrome), xhtml content. 15943-01 is Canada's reaction to the prisoner exchange; its content is the exchange itself, so it shares the exchange's story.",
  not_entries=["feed title, id, link, updated and feed-level author", "entry ids and links"],
  entries=[
  E("2028-05-29 17:30", "Canada welcomes prisoner exchange, presses for return of Ukrainian children",
    ["Canada's foreign minister welcomed Monday's exchange of 205 prisoners of war between Ukraine and Russia and said Ottawa would keep pressing for the return of Ukrainian children taken to Russia."],
    "diplomacy", "diplomacy", 3, SWAP, a="Greer MacAllister", n="reaction whose content is the exchange itself"),
  E("2028-05-29 14:00", "Ottawa announces $400-million drone package for Ukraine",
    ["Canada will provide Ukraine with $400 million for drones and counter-drone equipment, much of it built by Canadian companies, the defence minister announced in Ottawa.",
     "Deliveries are to begin in the autumn."],
    "aid", "aid", 3, "canada-drone-package-2028-05-29", a="Greer MacAllister", n="major aid package"),
  E("2028-05-29 10:20", "Russia, Ukraine exchange 205 prisoners of war each",
    ["Ukraine and Russia each released 205 prisoners of war on Monday in an exchange mediated by the United Arab Emirates, officials in Kyiv and Moscow said.",
     "Ukrainian officials said several of the freed soldiers needed urgent medical care."],
    "diplomacy", "diplomacy", 3, SWAP, a="Lucas Thibodeau"),
  E("2028-05-29 07:45", "Ukrainian drones set Russian refinery on fire",
    ["A large fire broke out at an oil refinery in Ryazan, about 200 kilometres southeast of Moscow, after a Ukrainian drone attack, Russian officials said.",
     "Russia's defence ministry said 41 drones were shot down over six regions overnight, 27 of them over the Ryazan region."],
    "strikes", "strikes", 3, RYAZAN, a="Lucas Thibodeau", n="41 drones overall, 27 over Ryazan"),
  E("2028-05-29 04:30", "Russian glide bombs kill two in Kostiantynivka",
    ["Two civilians were killed when Russian aircraft dropped glide bombs on the centre of Kostiantynivka in Ukraine's Donetsk region, the regional governor said."],
    "strikes", "strikes", 3, "kostiantynivka-glide-bombs-2028-05-29", a="Lucas Thibodeau", n="deadly strike, single page"),
  ]))

# ================================================================ build (keep last)
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


if __name__ == "__main__":
    main()

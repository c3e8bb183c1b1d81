#!/usr/bin/env python3
"""Builds the eval/fk seed pages and their gold files from one hand-written data table (further below).
All news text is the blind tester's own wording (invented or paraphrased; set in 2029, the war assumed still under way).
Part A imitates, from memory, the page layouts of ten real outlets; Part B outlets are invented. Deterministic.
Run from the project root:  python3 eval/fk/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DAY3 = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
ABBREV = ("U.S.", "U.N.", "Gen.", "Lt.", "Col.", "Sen.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.", "No.")
SEEDS = []


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n=""):
    """one entry: t = local time 'YYYY-MM-DD HH:MM' in the page zone, h = headline or None, p = body paragraphs."""
    return dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n)


def OFF(t, h, p, st, a=None, n=""):
    """a wire story that is not about the war."""
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n)


def X(e, **kw):
    """attach page-specific extras (printed credit, comment count, section, ...) to an entry."""
    e.update(kw)
    return e


def first_sentence(par):
    for m in re.finditer(r'[.!?]["\'\u201d\u2019]?(?=\s+[A-Z0-9"\u201c\u2018\u00c0-\u017f]|$)', par):
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


def ampm(d, sep=":", space="", upper=False, dots=False):
    hh = d.hour % 12 or 12
    suf = ("a.m." if d.hour < 12 else "p.m.") if dots else ("am" if d.hour < 12 else "pm")
    if upper:
        suf = suf.upper()
    return f"{hh}{sep}{d.minute:02d}{space}{suf}"


def ordinal(n):
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def slug(s, n=60):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:n].strip("-")


def order_check(S, newest_first):
    ts = [e["t"] for e in S["entries"]]
    assert ts == sorted(ts, reverse=newest_first), f"{S['id']}: entries must run {'newest' if newest_first else 'oldest'} first"


def rfc822(d, gmt=False):
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if gmt else d.strftime("%z"))


def iso(d):
    return d.isoformat().replace("+00:00", "Z")


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
            basis = e.get("basis") or S["basis"]
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


# ================================================================ PART A renderers and data (layouts of real outlets, own words)

def r_lemonde(S):
    """Le Monde in English live page, HTML. Newest first. Each post: '8:04 pm' (Paris time, no date), optional h2 title, text,
    optional 'Read more | Subscribers only' link. The only date is in the page's 'Published on ... (Paris)' line.
    JSON-LD: LiveBlogPosting with liveBlogUpdate items that carry their own datePublished."""
    z = S["zone"]; order_check(S, True)
    pub = dt(S["published"], z); last = dt(S["entries"][0]["t"], z)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{e['pid']}", "datePublished": d.isoformat(), "articleBody": " ".join(e["p"])}
        if e["h"]:
            u["headline"] = e["h"]
        ups.append(u)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "url": S["url"], "headline": S["title"],
          "description": S["lede"], "datePublished": pub.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": pub.isoformat(),
          "inLanguage": "en", "author": {"@type": "Organization", "name": "Le Monde"},
          "publisher": {"@type": "NewsMediaOrganization", "name": "Le Monde", "url": "https://www.lemonde.fr/en/"}, "liveBlogUpdate": ups}
    dl = (f"Published on {MONTHS[pub.month - 1]} {pub.day}, {pub.year}, at {ampm(pub, space=' ')} (Paris), "
          f"updated at {ampm(last, space=' ')}")
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<meta property="og:site_name" content="Le Monde.fr">', f'<link rel="canonical" href="{S["url"]}">',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head>',
           '<body class="live">',
           '<header class="Header"><a class="Header__logo" href="/en/">Le Monde</a> <span class="Header__edition">in English</span>'
           '<nav class="Nav"><a href="/en/international/">International</a> <a href="/en/france/">France</a> <a href="/en/opinion/">Opinion</a> '
           '<a href="/en/economy/">Economy</a> <a href="/en/culture/">Culture</a> <a href="/en/environment/">Environment</a> '
           '<a href="/en/science/">Science</a> <a href="/en/lifestyle/">Lifestyle</a></nav>'
           '<a class="Header__subscribe" href="/en/subscribe/">Subscribe</a> <a href="/en/login/">Log in</a> '
           '<a class="Header__lang" href="https://www.lemonde.fr/">Lire en fran\u00e7ais</a></header>',
           '<main class="zone--article"><section class="article__header">',
           '<p class="article__kicker"><a href="/en/russia/">Russia</a> \u00b7 <a href="/en/ukraine/">Ukraine</a></p>',
           '<span class="flag-live-cartridge">Live</span>',
           f'<h1 class="article__title">{esc(S["title"])}</h1>', f'<p class="article__desc">{esc(S["lede"])}</p>',
           f'<p class="meta__publisher">{esc(S["byline"])}</p>', f'<p class="meta__date">{dl}</p>',
           '<div class="meta__social"><button>Share</button> <button>Save</button> <button>Offer this article</button></div></section>',
           '<section class="post post--intro"><p>Read all our articles, analyses and reports on the war in Ukraine.</p>'
           '<p><a href="/en/ukraine/">Le Monde\u2019s in-depth coverage</a></p></section>',
           '<section id="post-container">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, space=" "); stamps.append(st)
        out.append(f'<section class="post post__live-container" id="post-{e["pid"]}"><span class="date">{st}</span>')
        if e["h"]:
            out.append(f'<h2 class="post__live-container--title">{esc(e["h"])}</h2>')
        out += [f'<p class="post__live-container--answer-text">{esc(p)}</p>' for p in e["p"]]
        if e.get("more"):
            out.append(f'<p class="post__live-container--link"><a href="/en/international/article/{slug(e["more"])}.html">'
                       f'<span>Read more</span> <span class="icon__premium">Subscribers only</span> <span>{esc(e["more"])}</span></a></p>')
        out.append('</section>')
    out += ['</section><section class="post-load"><button>Load more posts</button></section>',
            '<aside class="services"><h3>Le Monde in English newsletter</h3><p>The best of Le Monde in English, every weekday.</p>'
            '<input type="email" placeholder="Your email"> <button>Subscribe</button></aside></main>',
            '<footer class="Footer"><a href="/en/about-us/">About us</a> <a href="/en/legal/">Legal notice</a> <a href="/en/privacy/">Privacy</a> '
            f'<a href="/en/contact/">Contact</a> <p>\u00a9 Le Monde {pub.year}</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ---------------------------------------------------------------- 16800 Le Monde in English
SEEDS.append(dict(
  id="16800", name="16800_lemonde-live", ext="html", source="Le Monde in English", zone="Europe/Paris", render=r_lemonde,
  title="Live | War in Ukraine: Three killed in Kherson as Macron promises Zelensky faster air defence",
  url="https://www.lemonde.fr/en/international/live/2029/02/01/war-in-ukraine-live_6731145_4.html",
  published="2029-02-01 06:48", byline="Le Monde with AFP",
  lede="Follow the latest news on the war in Ukraine: a guided bomb hit the bus station in Kherson, while Paris announced three more Mirage fighter jets for Kyiv.",
  basis="post stamp '{s}' (no date, no zone per post); the page line 'Published on February 1, 2029, at 6:48 am (Paris), updated at 8:04 pm' gives the day and Paris time (CET = UTC+1); the LiveBlogPosting update carries the same instant; local {d} in {z}",
  notes="Imitates a Le Monde in English live page from memory. Newest first. Each post: time '8:04 pm' (12-hour, no date, no zone), an optional h2 title, text paragraphs, and sometimes a 'Read more | Subscribers only' link to another article. Three posts (16800-02, -05, -07) have no title: headline null and first_sentence is the post's first sentence. The only date is in 'Published on February 1, 2029, at 6:48 am (Paris), updated at 8:04 pm' (Paris = CET, UTC+1 in February). JSON-LD LiveBlogPosting lists every post as a BlogPosting with its own datePublished (+01:00); untitled posts carry no headline there either. No per-post author: the page credit 'Le Monde with AFP' is used for every post. The intro post 'Read all our articles...' has no time and is chrome.",
  not_entries=["header logo, 'in English' edition label, section navigation, Subscribe / Log in / 'Lire en fran\u00e7ais'", "kicker 'Russia \u00b7 Ukraine' and the 'Live' flag",
               "page title (h1) and standfirst 'Follow the latest news...' (page lede)", "credit line 'Le Monde with AFP'", "'Published on ... updated at 8:04 pm' line",
               "share/save/offer buttons", "untimed intro post 'Read all our articles, analyses and reports on the war in Ukraine.' with its link",
               "'Read more | Subscribers only | ...' links inside two posts (related articles)", "'Load more posts' button", "newsletter box", "footer links and copyright"],
  entries=[
  X(E("2029-02-01 20:04", "Macron and Zelensky discuss air defence in phone call",
    ["Emmanuel Macron said on Thursday evening that he had spoken with Volodymyr Zelensky about protecting Ukrainian cities from the ballistic missiles Russia has been firing in growing numbers since the start of the year.",
     "In a message on X, the French president said Paris would speed up the delivery of the SAMP/T systems it has already promised and would press its European partners to share the cost of the interceptors.",
     "Mr Zelensky thanked France and said the two leaders had also prepared the next meeting of the countries ready to guarantee a future ceasefire."],
    "diplomacy", "diplomacy", 3, "macron-zelensky-call-air-defence-2029-02-01", a="Le Monde with AFP", sec=["aid"]), pid="6731981"),
  X(E("2029-02-01 18:37", None,
    ["The Ukrainian army's general staff counted 58 Russian assaults along the front line over the past 24 hours, more than a third of them around Pokrovsk and Kostiantynivka.",
     "Russia's defence ministry, for its part, claimed to have captured the village of Yablunivka in the Donetsk region. The claim could not be independently verified."],
    "other", "frontline", 2, "front-line-assaults-donetsk-2029-02-01", a="Le Monde with AFP", n="untitled post"), pid="6731902"),
  X(E("2029-02-01 16:55", "Three killed as guided bomb hits Kherson bus station",
    ["A Russian guided bomb struck the bus station in Kherson shortly after 3 pm, killing three people and wounding 11 others, the head of the regional military administration said on Telegram.",
     "The southern city, retaken by Ukrainian forces in November 2022, is shelled almost daily from the left bank of the Dnipro river, which Russian troops still hold."],
    "strikes", "strikes", 3, "kherson-bus-station-guided-bomb-2029-02-01", a="Le Monde with AFP"), pid="6731850",
    more="In Kherson, a city living within range of Russian drones"),
  X(E("2029-02-01 14:20", "France to hand over three more Mirage 2000 fighter jets",
    ["The French armed forces ministry announced that three more Mirage 2000-5 fighters, refitted for ground-attack missions, would be delivered to Ukraine before the end of March.",
     "France sent the first aircraft of this type in early 2025. The ministry did not say how many remain to be transferred under the agreement signed with Kyiv."],
    "aid", "aid", 3, "france-mirage-2000-delivery-2029-02-01", a="Le Monde with AFP"), pid="6731777"),
  X(E("2029-02-01 11:48", None,
    ["Kremlin spokesman Dmitry Peskov said Moscow would regard any European troops sent to Ukraine after a ceasefire as a legitimate target, repeating a position Russia has held for several years.",
     "He was answering a question about a meeting of European chiefs of staff planned in Paris next week."],
    "diplomacy", "diplomacy", 2, "kremlin-warns-european-reassurance-force-2029-02-01", a="Le Monde with AFP", n="untitled post"), pid="6731690",
    more="How a European reassurance force for Ukraine would work"),
  X(E("2029-02-01 09:30", "Russia launched 87 drones overnight, says Ukrainian air force",
    ["Ukraine's air force said it had shot down or jammed 71 of the 87 attack and decoy drones fired at the country during the night, as well as two of three Iskander-M ballistic missiles.",
     "Damage was reported in the Sumy, Chernihiv and Odesa regions, with no casualties according to initial reports."],
    "strikes", "strikes", 2, "overnight-drone-attack-ukraine-2029-02-01", a="Le Monde with AFP"), pid="6731612"),
  X(E("2029-02-01 07:05", None,
    ["Ukrainian drones struck an oil depot in Russia's Bryansk region overnight, the regional governor said, adding that a fire had broken out but had been brought under control by morning.",
     "The Ukrainian general staff confirmed the strike and said the depot supplied Russian units fighting in the north of the Kharkiv region."],
    "strikes", "strikes", 2, "bryansk-oil-depot-drone-strike-2029-02-01", a="Le Monde with AFP", n="untitled post"), pid="6731540"),
  ]))


def r_spiegel_rss(S):
    """DER SPIEGEL International RSS 2.0: pubDate with the German offset (+0100 in winter), one teaser paragraph as description,
    no author element, enclosure image; international desk mixes the war with German politics and features."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss xmlns:content="http://purl.org/rss/1.0/modules/content/" version="2.0">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<link>https://www.spiegel.de/international/</link>',
           f'<description>{esc(S["lede"])}</description>', '<language>en</language>',
           f'<pubDate>{rfc822(last)}</pubDate>', f'<lastBuildDate>{rfc822(last)}</lastBuildDate>',
           '<image><title>DER SPIEGEL</title><link>https://www.spiegel.de/international/</link>'
           '<url>https://www.spiegel.de/public/spon/images/logos/der-spiegel-h60.png</url></image>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        uid = f"{0x3b9e21c4 + i * 977:08x}-{0x51a0 + i:04x}-4c2e-9d{i}1-{0x6f2a9b3c4d5e + i * 131:012x}"
        link = f"https://www.spiegel.de/international/{e['sect']}/{slug(e['h'], 70)}-a-{uid}"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}#ref=rss</link>',
                f'<description>{esc(" ".join(e["p"]))}</description>', f'<pubDate>{st}</pubDate>', f'<guid>{link}</guid>',
                f'<enclosure type="image/jpeg" url="https://cdn.prod.www.spiegel.de/images/{uid}_w520_r1.77_fpx{40 + i}_fpy{48 + i}.jpg"/>',
                f'<category>{e["sect"].capitalize()}</category>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


# ---------------------------------------------------------------- 16801 Der Spiegel International
SEEDS.append(dict(
  id="16801", name="16801_spiegel-international-rss", ext="xml", source="Der Spiegel International", zone="Europe/Berlin", render=r_spiegel_rss,
  title="DER SPIEGEL - International",
  lede="Reporting, analysis and opinion from DER SPIEGEL's English-language desk.",
  basis="RSS pubDate '{s}' (explicit +0100 offset, CET); local {d} in {z}",
  notes="Imitates the DER SPIEGEL International RSS feed from memory. Newest first. Each item: Title-Case headline ('Topic: Subtitle'), a teaser description of one or two sentences (no full text), pubDate with +0100, guid/link, enclosure image, category; no author element, so author is null everywhere. The desk mixes the war with German domestic stories: three of seven items are off-beat (election campaign, glaciers, Volkswagen). The opinion piece and the Kharkiv reportage are war-related features, each its own story.",
  not_entries=["channel title/description/language/image", "pubDate and lastBuildDate of the channel", "enclosure image and category of every item", "link/guid URLs"],
  entries=[
  X(E("2029-02-03 20:05", "Air Defense: Berlin Approves New IRIS-T Systems for Ukraine",
    ["The German government has cleared the delivery of two more IRIS-T SLM air-defense systems and several hundred interceptor missiles to Ukraine. The package, worth around 1.4 billion euros, is meant to shield cities in the country's east from drones and cruise missiles."],
    "aid", "aid", 3, "germany-iris-t-package-2029-02-03"), sect="germany"),
  X(OFF("2029-02-03 17:40", "Election Campaign: CDU Promises Pension Overhaul to Win Over Older Voters",
    ["With the federal election seven months away, the conservatives have unveiled a plan to link the retirement age to life expectancy. Their rivals call it a pay cut in disguise."],
    "cdu-pension-plan-2029-02-03", n="German election campaign"), sect="germany"),
  X(E("2029-02-03 15:10", "Shadow War: How Germany Is Preparing for Russian Sabotage at Its Ports",
    ["Drones over Kiel, a severed cable in the Baltic, arson at a logistics depot: German security agencies believe Moscow is testing how far it can go. A look at the country's new protection plans."],
    "other", "security", 2, "germany-port-sabotage-protection-2029-02"), sect="germany"),
  X(OFF("2029-02-03 12:25", "Melting Ice: Germany's Last Glaciers Are Disappearing Faster Than Expected",
    ["Researchers in Bavaria say the remaining ice on the Zugspitze could be gone within five years. Their measurements fit a broader trend across the Alps."],
    "bavarian-glaciers-melting-2029-02-03", n="climate/science"), sect="science"),
  X(E("2029-02-03 10:00", "Class Underground: A Visit to Kharkiv's Bunker Schools",
    ["In Ukraine's second-largest city, thousands of children now spend the school day below ground, out of reach of the glide bombs Russia drops on the city almost daily. Teachers say the routine helps, but the strain is showing."],
    "other", "humanitarian", 2, "kharkiv-underground-schools-feature-2029-02"), sect="world"),
  X(E("2029-02-03 08:15", "Opinion: Europe Can No Longer Hide Behind Washington on Ukraine",
    ["The signals from Washington about its commitment to Kyiv keep shifting. That is exactly why Europe's capitals must decide now what they are prepared to guarantee, argues a DER SPIEGEL editor."],
    "diplomacy", "diplomacy", 2, "opinion-europe-guarantees-ukraine-2029-02-03", n="opinion column, its own story"), sect="world"),
  X(OFF("2029-02-03 07:30", "Auto Industry: Volkswagen to Drop a Shift at Its Zwickau Plant",
    ["Weak demand for electric cars is forcing Volkswagen to scale back production in Saxony once again. Around 1,000 temporary jobs are affected."],
    "volkswagen-zwickau-shift-cut-2029-02-03", n="German industry"), sect="business"),
  ]))


def r_irishtimes(S):
    """The Irish Times section front (World > Europe), text scrape. Cards newest first: optional label ('Subscriber Only',
    'Opinion'), headline, standfirst without a full stop, author line, stamp 'Mon Feb 05 2029 - 17:22' (Irish time, no zone)."""
    z = S["zone"]; order_check(S, True)
    top = dt(S["entries"][0]["t"], z)
    L = ["Skip to main content", "", "The Irish Times", f"{DAY3[top.weekday()]}, {MON3[top.month - 1]} {top.day}, {top.year}", "",
         "Subscribe", "Sign In", "",
         "News   Sport   Business   Opinion   Life & Style   Culture   Podcasts   Video   Crosswords & Games   Obituaries", "",
         "World  >  Europe", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{DAY3[d.weekday()]} {MON3[d.month - 1]} {d.day:02d} {d.year} - {d:%H:%M}"; stamps.append(st)
        if e.get("label"):
            L.append(e["label"])
        L += [e["h"]] + e["p"]
        if e.get("byline"):
            L.append(e["byline"])
        L += [st, ""]
        if i == 2:
            L += ["Advertisement", "", "World Digest: the week's biggest international stories, in your inbox every Friday. Sign up", ""]
    L += ["Load more", "", "Most Read", "Dublin Airport passenger cap decision delayed again", "Six Nations: Ireland name unchanged side for Rome", "",
          "\u00a9 " + str(top.year) + " The Irish Times DAC", "About us   Contact us   Terms & Conditions   Privacy Statement   Cookie Settings"]
    return "\n".join(L) + "\n", stamps


# ---------------------------------------------------------------- 16802 The Irish Times
SEEDS.append(dict(
  id="16802", name="16802_irishtimes-europe", ext="txt", source="The Irish Times", zone="Europe/Dublin", render=r_irishtimes,
  title="Europe",
  basis="stamp '{s}' (date and 24-hour time, no zone printed: Irish time, which is GMT = UTC in February); local {d} in {z}",
  notes="Imitates The Irish Times World > Europe section front as copied from the browser. Newest first. Card: optional label line ('Subscriber Only'), headline, standfirst (one line, printed without a full stop: first_sentence is the whole standfirst), author line, stamp 'Mon Feb 05 2029 - 17:22'. No zone is printed; Irish time in February is GMT (= UTC). Authors: wire cards print 'Reuters' (author 'Reuters'); correspondents print 'NAME in CITY' (author = NAME, the location dropped); the editorial ('The Irish Times view on ...') prints no author line (null). One off-beat card (Dutch coalition talks). Spelling 'Zelenskiy' as in wire copy.",
  not_entries=["'Skip to main content'", "masthead and header date 'Mon, Feb 5, 2029'", "Subscribe / Sign In", "navigation menu", "breadcrumb 'World  >  Europe'",
               "section heading 'Europe' (page title)", "label line 'Subscriber Only' above the editorial card", "'Advertisement'",
               "'World Digest' newsletter line", "'Load more'", "'Most Read' box with two unrelated headlines", "copyright and footer links"],
  entries=[
  X(E("2029-02-05 17:22", "Russian missiles kill four in Dnipro as Ukraine reports record drone barrage",
    ["Regional governor says an apartment block and a clinic were hit as people returned home from work"],
    "strikes", "strikes", 3, "dnipro-missile-strike-2029-02-05", a="Reuters"), byline="Reuters"),
  X(E("2029-02-05 15:48", "Irish Defence Forces to train Ukrainian deminers under EU mission",
    ["Twelve-week course at the Curragh will be the largest Irish contribution to the EU training mission so far"],
    "aid", "aid", 2, "ireland-trains-ukrainian-deminers-2029-02-05", a="Conor Hegarty"), byline="Conor Hegarty"),
  X(E("2029-02-05 13:05", "The Irish Times view on Ukraine peace talks: hope must not run ahead of evidence",
    ["Moscow has announced its readiness to talk many times before; what matters is whether its missiles stop"],
    "diplomacy", "diplomacy", 2, "irish-times-view-ukraine-peace-talks-2029-02-05", n="unsigned editorial, no author line"), label="Subscriber Only"),
  X(OFF("2029-02-05 11:30", "Dutch coalition talks collapse after seven weeks",
    ["Caretaker prime minister says a fresh election cannot be ruled out before the summer"],
    "dutch-coalition-talks-collapse-2029-02-05", a="Ruair\u00ed Dolan", n="Dutch domestic politics"), byline="Ruair\u00ed Dolan in The Hague"),
  X(E("2029-02-05 09:40", "Zelenskiy presses EU to open final accession chapters before June summit",
    ["Ukrainian president tells European Parliament group that delay would reward Moscow"],
    "diplomacy", "diplomacy", 3, "zelensky-eu-accession-appeal-2029-02-05", a="Derval Crean"), byline="Derval Crean in Brussels"),
  X(E("2029-02-05 07:15", "Ukraine says its forces pushed Russian troops back near Kupiansk",
    ["Military spokesman says two villages on the east bank of the Oskil river have been cleared"],
    "other", "frontline", 2, "ukraine-counterattack-kupiansk-2029-02-05", a="Reuters"), byline="Reuters"),
  X(E("2029-02-05 05:50", "Hungary blocks EU statement on use of frozen Russian assets",
    ["Budapest's veto means foreign ministers will settle for a chair's summary at Monday's meeting"],
    "diplomacy", "diplomacy", 2, "hungary-blocks-frozen-assets-statement-2029-02-05", a="Derval Crean"), byline="Derval Crean in Brussels"),
  ]))


def r_rte(S):
    """RTÉ News live blog, HTML. Newest first. Each post: bare '18:20' (Irish time, no zone), h2 headline, author name, text;
    video posts show a player and no text. Page date only in the header line 'Wednesday, 7 Feb 2029 18:24'. JSON-LD NewsArticle."""
    z = S["zone"]; order_check(S, True)
    pub = dt(S["published"], z); upd = dt(S["updated"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "url": S["url"],
          "datePublished": pub.isoformat(), "dateModified": upd.isoformat(), "articleSection": "World",
          "author": {"@type": "Organization", "name": "RT\u00c9 News"},
          "publisher": {"@type": "Organization", "name": "RT\u00c9", "logo": {"@type": "ImageObject", "url": "https://www.rte.ie/images/logo.png"}}}
    out = ['<!DOCTYPE html>', '<html lang="en-IE"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="rte-header"><a class="logo" href="https://www.rte.ie/">RT\u00c9</a><nav><a>News</a> <a>Sport</a> <a>Entertainment</a> '
           '<a>Business</a> <a>Lifestyle</a> <a>Culture</a> <a>RT\u00c9 Player</a> <a>TV</a> <a>Radio</a></nav></header>',
           '<nav class="news-nav"><a href="/news/">News</a> <a href="/news/ireland/">Ireland</a> <a href="/news/world/">World</a> '
           '<a href="/news/business/">Business</a> <a href="/news/politics/">Politics</a> <a href="/news/courts/">Courts</a> '
           '<a href="/news/health/">Health</a> <a href="/news/environment/">Environment</a> <a href="/news/regional/">Regions</a></nav>',
           '<main><article class="article live">', '<p class="breadcrumb"><a href="/news/">News</a> \u203a <a href="/news/world/">World</a></p>',
           f'<h1>{esc(S["title"])}</h1>',
           f'<p class="article-meta"><span class="modified-label">Updated</span> / <time datetime="{upd.isoformat()}">'
           f'{DAYS[upd.weekday()]}, {upd.day} {MON3[upd.month - 1]} {upd.year} {upd:%H:%M}</time></p>',
           f'<p class="standfirst">{esc(S["lede"])}</p>',
           '<div class="share"><a>Share on Facebook</a> <a>Share on X</a> <a>Share by email</a></div>', '<div class="live-feed">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="live-post" id="lp{e["pid"]}"><span class="live-post-time">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="live-post-author">{esc(e["a"])}</p>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="video-player"><button>Play video</button> <span class="duration">02:41</span></div>')
        out.append('</div>')
        if i == 3:
            out.append('<aside class="related"><h3>Read more</h3><a href="/news/ireland/2029/0206/1431207-ukrainian-families-housing/">'
                       'Ukrainian families in State accommodation told of March changes</a></aside>')
    out += ['</div></article>',
            '<aside class="most-read"><h3>Most Read</h3><ol><li>Status orange wind warning for five counties</li>'
            '<li>Gardaí investigate overnight shooting in west Dublin</li></ol></aside></main>',
            f'<footer><p>\u00a9 RT\u00c9 {pub.year}</p><a>About RT\u00c9</a> <a>Contact</a> <a>Privacy</a> <a>Cookies</a> <a>Accessibility</a></footer>',
            '</body></html>']
    return "\n".join(out) + "\n", stamps


# ---------------------------------------------------------------- 16803 RTÉ News
EUFUND = "eu-ukraine-weapons-fund-2029-02-07"
SEEDS.append(dict(
  id="16803", name="16803_rte-live", ext="html", source="RT\u00c9 News", zone="Europe/Dublin", render=r_rte,
  title="Ukraine latest: EU leaders back \u20ac40bn weapons fund as drones hit Sumy",
  url="https://www.rte.ie/news/world/2029/0207/1431388-ukraine-latest/", published="2029-02-07 09:05", updated="2029-02-07 18:24",
  lede="European Union leaders have agreed to borrow jointly to buy arms for Ukraine, while two people were killed in a drone attack on the northern city of Sumy.",
  basis="post stamp '{s}' (bare 24-hour time, Irish time = GMT in February, no zone printed); the day from the page line 'Wednesday, 7 Feb 2029 18:24'; local {d} in {z}",
  notes="Imitates an RTÉ News live page from memory. Newest first. Post: bare '18:20' (no date, no zone), h2 headline, author name line, text. The only date is in 'Updated / Wednesday, 7 Feb 2029 18:24' (Irish time = GMT = UTC in February). JSON-LD is a page-level NewsArticle (no per-post data). 16803-01 is a 'Watch:' video post (player only, no text): importance 1, story = the EU fund decision it explains.",
  not_entries=["RTÉ header and navigation, News sub-navigation", "breadcrumb 'News › World'", "page title (h1)", "'Updated / Wednesday, 7 Feb 2029 18:24' line",
               "standfirst 'European Union leaders have agreed ...' (page lede)", "share links", "video player ('Play video', duration) in the first post",
               "'Read more' related link after the fourth post", "'Most Read' list", "footer"],
  entries=[
  X(E("2029-02-07 18:20", "Watch: Europe Editor on what the \u20ac40bn fund will buy", [],
    "aid", "aid", 1, EUFUND, n="video teaser, no text"), pid="9"),
  X(E("2029-02-07 17:05", "EU leaders agree \u20ac40bn fund to buy weapons for Ukraine",
    ["European Union leaders meeting in Brussels have agreed to set up a \u20ac40 billion fund to buy weapons and ammunition for Ukraine over the next two years.",
     "The money will be raised through joint borrowing. Ireland, Austria and Malta will be allowed to direct their share towards non-lethal support such as demining and medical equipment.",
     "Hungary abstained but did not block the decision, diplomats said."],
    "aid", "aid", 3, EUFUND, a="Eoin Garvey"), pid="8"),
  X(E("2029-02-07 15:30", "Two killed as drones hit apartment block in Sumy",
    ["Two people were killed and nine injured when Russian attack drones struck a five-storey apartment building in the northern Ukrainian city of Sumy this afternoon.",
     "The regional administration said rescuers had pulled a woman from the rubble alive. Sumy lies about 30km from the Russian border and is attacked almost every day."],
    "strikes", "strikes", 3, "sumy-drone-strike-apartment-2029-02-07", a="Sin\u00e9ad Kerrigan"), pid="7"),
  X(E("2029-02-07 13:10", "Ireland to give \u20ac25m to Ukraine demining fund, says T\u00e1naiste",
    ["The T\u00e1naiste has said Ireland will contribute \u20ac25 million to an international fund clearing mines and unexploded shells from farmland in Ukraine.",
     "Speaking on his way into the Brussels summit, he said the contribution was in keeping with Irish neutrality and would help farmers return to their fields."],
    "aid", "aid", 2, "ireland-demining-fund-contribution-2029-02-07", a="Sin\u00e9ad Kerrigan"), pid="6"),
  X(E("2029-02-07 11:00", "Russian strike damages power plant in Kharkiv region",
    ["A Russian missile strike has damaged a thermal power plant in the Kharkiv region, the Ukrainian energy company that runs it said.",
     "Nobody was hurt, but the plant has stopped generating and engineers cannot yet say when it will reopen."],
    "strikes", "strikes", 2, "kharkiv-region-power-plant-strike-2029-02-07", a="Sin\u00e9ad Kerrigan"), pid="5"),
  X(E("2029-02-07 09:15", "Russia summons EU ambassadors over frozen assets plan",
    ["Russia's foreign ministry has summoned the ambassadors of several European Union countries to protest against plans to use frozen Russian central bank assets to fund Ukraine.",
     "A ministry spokeswoman said any such move would be treated as theft and would draw a response."],
    "diplomacy", "diplomacy", 2, "russia-summons-eu-envoys-frozen-assets-2029-02-07", a="Eoin Garvey"), pid="4"),
  ]))


def r_scotsman(S):
    """The Scotsman (National World) article, HTML with NewsArticle JSON-LD. One byline and 'Published 9th Feb 2029, 07:00 GMT';
    the story is split under h2 subheadings (one entry per subheading, no per-section time); 'Advertisement / Hide Ad' slots."""
    z = S["zone"]; d0 = dt(S["published"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "description": S["lede"], "url": S["url"],
          "datePublished": d0.isoformat(), "dateModified": d0.isoformat(), "articleSection": "World",
          "author": [{"@type": "Person", "name": S["byline"]}],
          "publisher": {"@type": "NewsMediaOrganization", "name": "The Scotsman", "url": "https://www.scotsman.com"},
          "isAccessibleForFree": True}
    pl = f"Published {ordinal(d0.day)} {MON3[d0.month - 1]} {d0.year}, {d0:%H:%M} GMT"
    out = ['<!DOCTYPE html>', '<html lang="en-GB"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | The Scotsman</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="site-header"><a class="logo" href="/">The Scotsman</a><nav><a href="/news">News</a> <a href="/news/politics">Politics</a> '
           '<a href="/sport">Sport</a> <a href="/business">Business</a> <a href="/arts-and-culture">Arts and Culture</a> '
           '<a href="/food-and-drink">Food and Drink</a> <a href="/lifestyle">Lifestyle</a> <a href="/heritage-and-retro">Heritage</a> '
           '<a href="/news/opinion">Opinion</a></nav><a class="btn" href="/subscriptions">Subscribe</a> <a href="/login">Log in</a></header>',
           '<main><article>', '<p class="breadcrumb"><a href="/news">News</a> &gt; <a href="/news/world">World</a></p>',
           f'<h1>{esc(S["title"])}</h1>', f'<h2 class="standfirst">{esc(S["lede"])}</h2>',
           f'<div class="byline"><span class="author">By {esc(S["byline"])}</span></div>',
           f'<div class="dates"><span>{pl}</span></div>',
           f'<div class="article-tools"><a href="#comments">{S["comments"]} comments</a> <button>Share</button></div>',
           f'<figure><img src="/webimg/lviv.jpg" alt=""><figcaption>{esc(S["caption"])}</figcaption></figure>',
           f'<p>{esc(S["intro"])}</p>',
           '<div class="newsletter"><p>Sign up to our World newsletter</p><p>Get the day\u2019s international headlines with a Scottish angle.</p>'
           '<input type="email" placeholder="Enter your email"> <button>Sign up</button></div>']
    for i, e in enumerate(S["entries"]):
        out.append(f'<h2 class="subhead">{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e.get("more"):
            out.append(f'<p class="read-more">Read more: <a href="/news/{slug(e["more"])}">{esc(e["more"])}</a></p>')
        if i in (1, 3):
            out.append('<div class="ad-slot"><span>Advertisement</span> <button>Hide Ad</button></div>')
    out += ['<section id="comments"><h3>Comments</h3><p>Want to join the conversation? Please log in or register to comment on this article.</p></section>',
            '</article></main>',
            f'<footer><p>\u00a9 {d0.year} National World Publishing Ltd. All rights reserved.</p><a>Contact us</a> <a>Cookie Settings</a> '
            '<a>Terms and Conditions</a> <a>Privacy notice</a></footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


# ---------------------------------------------------------------- 16804 The Scotsman
SEEDS.append(dict(
  id="16804", name="16804_scotsman-article", ext="html", source="The Scotsman", zone="Europe/London", render=r_scotsman,
  title="Ukraine war: Lviv counts cost of overnight barrage as Rosyth prepares to refit Ukrainian minehunters",
  url="https://www.scotsman.com/news/world/ukraine-war-lviv-barrage-rosyth-minehunters-4987312",
  published="2029-02-09 07:00", byline="Callum Drysdale", comments=14,
  lede="Missiles hit western Ukraine overnight, while the Fife dockyard is to carry out a four-month refit of two ships handed to Kyiv",
  caption="Firefighters at the scene of a missile strike in Lviv overnight. Picture: AFP via Getty Images",
  intro="Here are the main developments from the war in Ukraine this morning, and the stories with a Scottish connection.",
  basis="no per-section time: the article line '{pub}' dates every section (GMT printed; = UTC); local {d} in {z}".replace("{pub}", "Published 9th Feb 2029, 07:00 GMT"),
  notes="Imitates a Scotsman (National World) news article from memory: one byline 'By Callum Drysdale', 'Published 9th Feb 2029, 07:00 GMT', comment count, photo caption, an untitled intro paragraph, then five h2 subheadings, each a separate development (one entry per subheading; headline = subheading; stamp null; published = the article time). Author 'Callum Drysdale' for every section. 'Read more:' lines, 'Advertisement / Hide Ad' slots and the newsletter box are chrome. JSON-LD NewsArticle (page level).",
  not_entries=["header logo, navigation, Subscribe / Log in", "breadcrumb 'News > World'", "page title (h1) and standfirst h2 (page lede)", "byline 'By Callum Drysdale'",
               "'Published 9th Feb 2029, 07:00 GMT'", "'14 comments' / Share", "photo caption 'Firefighters at the scene ... Picture: AFP via Getty Images'",
               "untitled intro paragraph 'Here are the main developments ...'", "newsletter sign-up box", "'Read more: ...' links (two)",
               "'Advertisement' / 'Hide Ad' slots (two)", "comments box", "footer"],
  entries=[
  E("2029-02-09 07:00", "Overnight barrage hits Lviv",
    ["Two people were killed in Lviv overnight when Russian cruise missiles struck an industrial district on the western city\u2019s outskirts, the regional governor said.",
     "Air raid sirens sounded across much of Ukraine for more than three hours. The Ukrainian air force said 14 of the 19 missiles launched had been shot down."],
    "strikes", "strikes", 3, "lviv-cruise-missile-strike-2029-02-09", a="Callum Drysdale"),
  X(E("2029-02-09 07:00", "Rosyth yard to refit minehunters for Ukraine",
    ["Two former Royal Navy minehunters handed to Ukraine are to be refitted at Rosyth before they can sail for the Black Sea, the Ministry of Defence has confirmed.",
     "The work is expected to take four months and will support about 150 jobs at the Fife dockyard."],
    "aid", "aid", 2, "rosyth-ukrainian-minehunters-refit-2029-02", a="Callum Drysdale"), more="Fife dockyard workers back new shipbuilding deal"),
  E("2029-02-09 07:00", "Holyrood extends housing support for Ukrainians",
    ["The Scottish Government will keep funding its hosting scheme for displaced Ukrainians for another year, the housing secretary told MSPs.",
     "About 27,000 people have arrived in Scotland from Ukraine since 2022, many of them through the government\u2019s own sponsorship route."],
    "other", "humanitarian", 2, "scotland-ukrainian-housing-support-2029-02", a="Callum Drysdale"),
  E("2029-02-09 07:00", "Allies to meet in Geneva over security guarantees",
    ["Foreign ministers from the countries backing security guarantees for Ukraine will meet in Geneva next Thursday to work on the text of a draft agreement, officials said.",
     "Russia has not been invited, and the Kremlin has dismissed the talks as a meeting of the war\u2019s sponsors."],
    "diplomacy", "diplomacy", 2, "geneva-security-guarantees-ministers-meeting-2029-02", a="Callum Drysdale"),
  X(E("2029-02-09 07:00", "Edinburgh firm wins \u00a348m drone contract",
    ["An Edinburgh technology company has won a \u00a348 million contract to supply reconnaissance drones to Ukraine through a fund run by the UK and its allies.",
     "The firm said it would take on 60 staff at its base near the airport to meet the order."],
    "aid", "aid", 2, "edinburgh-firm-ukraine-drone-contract-2029-02", a="Callum Drysdale"), more="Scotland's defence start-ups look to Ukraine for orders"),
  ]))


def r_scmp(S):
    """South China Morning Post topic page ('Russia-Ukraine war'), text scrape. Cards newest first: section kicker, headline,
    summary, author, then the stamp '11 Feb 2029 - 10:50PM' (Hong Kong time, no zone). Crosses local midnight."""
    z = S["zone"]; order_check(S, True)
    L = ["South China Morning Post", "", "Sign in", "Subscribe", "",
         "Hong Kong   China   Asia   World   Economy   Business   Tech   Opinion   Lifestyle   People & Culture   Sport   Video", "",
         "TOPIC", S["title"], "Follow", "",
         "All the latest news, analysis and explainers on Russia\u2019s war in Ukraine and its impact on China and Asia.", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d.day} {MON3[d.month - 1]} {d.year} - {ampm(d, upper=True)}"; stamps.append(st)
        L += [e["kicker"], e["h"]] + e["p"] + [e["byline"], st, ""]
        if i == 3:
            L += ["ADVERTISEMENT", "", "SCMP Global Impact newsletter: the stories shaping the world, every Tuesday and Friday. Sign up", ""]
    L += ["Load more", "", "Trending", "Hong Kong weather: cold snap to ease by Tuesday", "",
          "Copyright \u00a9 2029 South China Morning Post Publishers Ltd. All rights reserved."]
    return "\n".join(L) + "\n", stamps


# ---------------------------------------------------------------- 16805 South China Morning Post
SEEDS.append(dict(
  id="16805", name="16805_scmp-topic", ext="txt", source="South China Morning Post", zone="Asia/Hong_Kong", render=r_scmp,
  title="Russia-Ukraine war",
  basis="stamp '{s}' (date, 12-hour time, no zone printed: Hong Kong time, HKT = UTC+8); local {d} in {z}",
  notes="Imitates the SCMP topic page 'Russia-Ukraine war' as copied from the browser. Newest first. Card: section kicker ('World / Europe', 'China / Diplomacy', ...), headline, one summary line, author line, stamp '11 Feb 2029 - 10:50PM' after the author (no zone; Hong Kong time, UTC+8). The cards cross local midnight (two are dated 12 Feb local) but all fall on 2029-02-11 in UTC. Authors: agencies as printed ('Reuters', 'Agence France-Presse'), staff names otherwise. 16805-07 is an explainer ('Explainer |' prefix) with its own story. One off-beat card (Lunar New Year border crossings).",
  not_entries=["masthead, Sign in / Subscribe, navigation", "label 'TOPIC', topic title 'Russia-Ukraine war' (page title) and 'Follow'", "topic description paragraph",
               "section kicker line of every card ('World / Europe', ...)", "'ADVERTISEMENT'", "newsletter promo line", "'Load more'", "'Trending' box", "copyright line"],
  entries=[
  X(E("2029-02-12 06:40", "China\u2019s special envoy to visit Kyiv and Moscow in March",
    ["Beijing says the trip will explore every possible path to talks, weeks after Ukraine criticised Chinese exports of drone parts to Russia."],
    "diplomacy", "diplomacy", 2, "china-envoy-kyiv-moscow-trip-2029-03", a="Cheng Siu-wai"), kicker="China / Diplomacy", byline="Cheng Siu-wai"),
  X(E("2029-02-12 01:15", "Russian drones set grain terminal ablaze at Odesa port",
    ["A fire broke out at a grain terminal in the Ukrainian port of Odesa after an overnight drone attack, officials said, adding that two workers were hurt."],
    "strikes", "strikes", 2, "odesa-grain-terminal-drone-strike-2029-02-11", a="Reuters"), kicker="World / Europe", byline="Reuters"),
  X(E("2029-02-11 22:50", "Hong Kong-registered tanker among vessels named in new EU sanctions",
    ["The European Union\u2019s latest package targets 45 more ships it says carry Russian oil in breach of a price cap, including one registered in Hong Kong."],
    "diplomacy", "diplomacy", 2, "eu-shadow-fleet-sanctions-hong-kong-tanker-2029-02-11", a="Lam Ka-yee"), kicker="Hong Kong / Economy", byline="Lam Ka-yee"),
  X(E("2029-02-11 19:05", "Ukraine and Russia swap 190 prisoners each in UAE-brokered exchange",
    ["Ukraine and Russia each freed 190 prisoners of war on Sunday in an exchange mediated by the United Arab Emirates, officials in both countries said."],
    "diplomacy", "diplomacy", 3, "uae-brokered-prisoner-swap-2029-02-11", a="Agence France-Presse"), kicker="World / Europe", byline="Agence France-Presse"),
  X(OFF("2029-02-11 15:30", "Record crowds expected at border checkpoints ahead of Lunar New Year",
    ["Immigration officials expect more than 1.4 million crossings over the four-day holiday, with Lo Wu and Lok Ma Chau the busiest points."],
    "hong-kong-lunar-new-year-crossings-2029", a="Lam Ka-yee", n="Hong Kong travel"), kicker="Hong Kong / Transport", byline="Lam Ka-yee"),
  X(E("2029-02-11 11:20", "North Korea still shipping artillery shells to Russia, Seoul says",
    ["South Korea\u2019s spy agency said on Sunday that North Korea had sent at least 1.2 million more artillery rounds to Russia since last summer, along with short-range ballistic missiles."],
    "aid", "aid", 3, "north-korea-shells-to-russia-seoul-2029-02-11", a="Reuters"), kicker="Asia / East Asia", byline="Reuters"),
  X(E("2029-02-11 08:45", "Explainer | How Ukraine\u2019s long-range drones reach deep inside Russia",
    ["Ukraine has built a fleet of fixed-wing drones that can fly more than 1,500km, letting it hit refineries and airbases far from the front line."],
    "strikes", "strikes", 2, "explainer-ukraine-long-range-drones-2029-02", a="Cheng Siu-wai", n="explainer, its own story"), kicker="World / Europe", byline="Cheng Siu-wai"),
  ]))


def r_news24(S):
    """News24 World section front, text scrape. Header with capture clock 'Tue, 13 Feb 2029 | 17:30' and a weather widget; cards newest
    first: headline, summary, then 'CREDIT | 12 min ago' (relative time, counted back from the header clock)."""
    z = S["zone"]; order_check(S, True); ref = dt(S["ref"], z)
    L = ["News24", f"{DAY3[ref.weekday()]}, {ref.day} {MON3[ref.month - 1]} {ref.year} | {ref:%H:%M}", "Johannesburg   29\u00b0C   Partly cloudy", "",
         "Sign in", "Subscribe", "",
         "News   Politics   Opinion   World   Business   Sport   Lifestyle   Entertainment   Video   Newsletters", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        if mins < 60:
            st = f"{mins} min ago"
        else:
            assert mins % 60 == 0, e["t"]
            st = "1 hr ago" if mins == 60 else f"{mins // 60} hrs ago"
        stamps.append(st)
        L += [e["h"]] + e["p"] + [f"{e['credit']} | {st}", ""]
        if i == 2:
            L += ["ADVERTISEMENT", "", "Want the day's top stories? Get the News24 Daily newsletter. Sign up", ""]
    L += ["Load More", "", "Trending", "Load shedding schedule: what to expect this week", "",
          f"\u00a9 {ref.year} News24. All rights reserved.", "About us   Contact us   Privacy Policy   Terms & Conditions"]
    return "\n".join(L) + "\n", stamps


# ---------------------------------------------------------------- 16806 News24
SEEDS.append(dict(
  id="16806", name="16806_news24-world", ext="txt", source="News24", zone="Africa/Johannesburg", render=r_news24,
  title="World News", ref="2029-02-13 17:30",
  basis="relative stamp '{s}' counted back from the capture's header clock 'Tue, 13 Feb 2029 | 17:30' (South African time, SAST = UTC+2, no zone printed); local {d} in {z}",
  notes="Imitates the News24 World section front as copied from the browser. The header prints the capture clock 'Tue, 13 Feb 2029 | 17:30' and a weather widget. Newest first. Card: headline, one summary line, meta line 'CREDIT | 12 min ago' with a relative time; every stamp is resolved back from the header clock (South African time, SAST = UTC+2; no zone printed). Author = the credit (agency name or staff name). Two of six cards are off-beat (Mozambique floods, Nairobi rail strike).",
  not_entries=["masthead 'News24' and the header clock line (capture time, used as the anchor)", "weather widget 'Johannesburg 29°C Partly cloudy'",
               "Sign in / Subscribe", "navigation menu", "section heading 'World News' (page title)", "'ADVERTISEMENT'", "newsletter promo line",
               "'Load More'", "'Trending' box", "copyright and footer links"],
  entries=[
  X(E("2029-02-13 17:18", "Russian missiles target gas facilities in western Ukraine",
    ["Ukraine's state energy company says several production sites in the Lviv and Ivano-Frankivsk regions were hit, without giving details of the damage."],
    "strikes", "strikes", 2, "western-ukraine-gas-facilities-strike-2029-02-13", a="AFP"), credit="AFP"),
  X(OFF("2029-02-13 16:30", "Mozambique floods: death toll rises to 31 as rivers burst their banks",
    ["Rescue teams are using boats to reach villages cut off in Zambezia province after a week of heavy rain."],
    "mozambique-floods-2029-02", a="AFP", n="southern African weather disaster"), credit="AFP"),
  X(E("2029-02-13 14:30", "Dirco says SA will back Brics call for Ukraine ceasefire talks",
    ["The department of international relations says South Africa will co-sign a Brics statement urging Moscow and Kyiv to agree on a venue for direct talks."],
    "diplomacy", "diplomacy", 2, "south-africa-brics-ceasefire-call-2029-02-13", a="Thando Mokoena"), credit="Thando Mokoena"),
  X(E("2029-02-13 12:30", "Russia claims capture of village in Zaporizhzhia region",
    ["Russia's defence ministry says its troops have taken a village south of Orikhiv; Kyiv has not commented."],
    "other", "frontline", 2, "russia-claims-village-zaporizhzhia-region-2029-02-13", a="Reuters"), credit="Reuters"),
  X(OFF("2029-02-13 10:30", "Nairobi commuters stranded as rail strike enters second week",
    ["Kenya's railway workers want a pay rise that the state corporation says it cannot afford."],
    "nairobi-rail-strike-2029-02", a="AFP", n="Kenyan labour dispute"), credit="AFP"),
  X(E("2029-02-13 08:30", "Thirteen killed in Russian strike on Zaporizhzhia, Ukraine says",
    ["A missile hit a residential street in the south-eastern city overnight, regional officials say, and several people are still missing."],
    "strikes", "strikes", 3, "zaporizhzhia-missile-strike-2029-02-13", a="AFP"), credit="AFP"),
  ]))


def r_kathimerini(S):
    """eKathimerini (WordPress) RSS 2.0: pubDate in +0000, dc:creator in CDATA ('Reuters', 'AP', 'Newsroom' or a name),
    description = excerpt ending in ' [&#8230;]', content:encoded = full paragraphs."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
           'xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" '
           'xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" xmlns:slash="http://purl.org/rss/1.0/modules/slash/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<atom:link href="https://www.ekathimerini.com/feed/" rel="self" type="application/rss+xml" />',
           '<link>https://www.ekathimerini.com</link>', f'<description>{esc(S["lede"])}</description>',
           f'<lastBuildDate>{rfc822(last)}</lastBuildDate>', '<language>en-US</language>',
           '<sy:updatePeriod>hourly</sy:updatePeriod>', '<sy:updateFrequency>1</sy:updateFrequency>', '<generator>https://wordpress.org/?v=6.9.1</generator>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        pid = 1291340 + (len(S["entries"]) - i) * 37
        link = f"https://www.ekathimerini.com/{e['cat'].lower()}/{pid}/{slug(e['h'])}/"
        excerpt = e["p"][0][:120].rsplit(" ", 1)[0]
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>',
                f'<dc:creator><![CDATA[{e["creator"]}]]></dc:creator>', f'<pubDate>{st}</pubDate>',
                f'<category><![CDATA[{e["cat"]}]]></category>', f'<guid isPermaLink="false">https://www.ekathimerini.com/?p={pid}</guid>',
                f'<description><![CDATA[{excerpt} [&#8230;]]]></description>',
                '<content:encoded><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></content:encoded>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


# ---------------------------------------------------------------- 16807 Kathimerini English edition
SEEDS.append(dict(
  id="16807", name="16807_ekathimerini-rss", ext="xml", source="Kathimerini English edition", zone="UTC", render=r_kathimerini,
  title="eKathimerini.com", lede="News from Greece and the region, in English, from Kathimerini",
  basis="RSS pubDate '{s}' (explicit +0000: UTC, as WordPress prints it); local {d} in {z}",
  notes="Imitates the eKathimerini WordPress RSS feed from memory. Newest first. pubDate is printed in +0000 (UTC), so page_timezone is UTC (Greek local time would be UTC+2). Each item has dc:creator in CDATA, a category, a one-line excerpt in description ending in ' [\u2026]' (cut mid-sentence; not the body) and the full text in content:encoded (body_paragraphs count the content:encoded paragraphs). Authors: agency credits as printed ('Reuters', 'AP'), a staff name as printed; the generic desk credit 'Newsroom' gives null. Three of seven items are Greek stories off the war (snow, tourism revenue, stock market).",
  not_entries=["channel title, self link, description, lastBuildDate, language, sy:update*, generator", "category of every item",
               "description excerpts ending in ' [\u2026]' (truncated duplicates of the first paragraph)", "guid and link URLs"],
  entries=[
  X(E("2029-02-15 19:40", "Shipowners under scrutiny over Russian oil cargoes",
    ["Greek authorities have opened an inquiry into whether five tankers managed by Athens-based companies carried Russian crude above the Western price cap in the last quarter of 2028.",
     "The companies deny any wrongdoing and say they relied on attestations supplied by the charterers."],
    "diplomacy", "diplomacy", 2, "greek-tankers-price-cap-inquiry-2029-02-15", n="creator 'Newsroom' (generic desk credit): author null"), creator="Newsroom", cat="Economy"),
  X(E("2029-02-15 16:55", "Mitsotakis pledges reconstruction help on Kyiv visit",
    ["Prime Minister Kyriakos Mitsotakis arrived in Kyiv on Thursday for talks with President Volodymyr Zelensky, offering Greek help in rebuilding Odesa\u2019s port and damaged schools.",
     "It was his third visit to Ukraine since the full-scale invasion. The two leaders also discussed Greek participation in a planned maritime security mission in the Black Sea."],
    "diplomacy", "diplomacy", 3, "mitsotakis-kyiv-visit-2029-02-15", a="Reuters", sec=["aid"]), creator="Reuters", cat="News"),
  X(OFF("2029-02-15 14:20", "Snowfall shuts schools across northern Greece",
    ["Schools in Kozani, Florina and parts of Thessaloniki stayed closed on Thursday after heavy overnight snowfall, and chains were required on several mountain roads."],
    "northern-greece-snow-school-closures-2029-02-15", n="Greek weather"), creator="Newsroom", cat="News"),
  X(E("2029-02-15 12:10", "Alexandroupoli port handles record volume of US military cargo",
    ["The northern port of Alexandroupoli handled more than 3,000 US military vehicles in January, a monthly record, as NATO continues to reinforce its eastern flank.",
     "Most of the equipment was moved on by rail towards Bulgaria and Romania."],
    "other", "security", 2, "alexandroupoli-us-military-cargo-record-2029-01", a="Vassilis Kourtis"), creator="Vassilis Kourtis", cat="News"),
  X(OFF("2029-02-15 10:00", "Tourism revenue hit new record in 2028, Bank of Greece says",
    ["Foreign visitors spent 24.1 billion euros in Greece last year, about 6 percent more than in 2027, according to central bank figures released on Thursday."],
    "greek-tourism-revenue-record-2028", n="Greek economy"), creator="Newsroom", cat="Economy"),
  X(E("2029-02-15 07:45", "Greek-owned bulk carrier damaged in Russian drone attack on Odesa",
    ["A Greek-owned bulk carrier loading grain in Odesa was damaged when Russian drones struck the port overnight, Ukrainian officials said.",
     "The shipping ministry in Athens said all 21 crew members were safe."],
    "strikes", "strikes", 2, "odesa-port-drone-attack-greek-ship-2029-02-15", a="AP"), creator="AP", cat="News"),
  X(OFF("2029-02-15 05:30", "Athens bourse set to open higher on bank earnings",
    ["Traders expect gains at the start of Thursday\u2019s session after two of the country\u2019s four systemic banks reported record annual profits."],
    "athens-stock-exchange-bank-earnings-2029-02-15", n="Greek markets"), creator="Newsroom", cat="Economy"),
  ]))


def r_yorkshirepost(S):
    """Yorkshire Post (National World) live blog, text scrape. Byline, 'Published 17th Feb 2029, 09:00 GMT' / 'Updated ...',
    a 'Key Events' list of post headlines, then posts newest first: bare '18:45' line, headline, text; 'Advertisement / Hide Ad'."""
    z = S["zone"]; order_check(S, True)
    pub = dt(S["published"], z); upd = dt(S["entries"][0]["t"], z)
    L = ["Skip to content", "", "Yorkshire Post", "Subscribe   Sign in", "",
         "News   Sport   Business   Opinion   Arts & Culture   Lifestyle   Heritage   Country & Farming   Food & Drink   Puzzles", "",
         "News > World", "", S["title"], "", S["lede"], "", f"By {S['byline']}",
         f"Published {ordinal(pub.day)} {MON3[pub.month - 1]} {pub.year}, {pub:%H:%M} GMT",
         f"Updated {ordinal(upd.day)} {MON3[upd.month - 1]} {upd.year}, {upd:%H:%M} GMT", "", "Comments", "Share", "",
         "Key Events"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Show new updates", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i in (1, 4):
            L += ["Advertisement", "Hide Ad", ""]
    L += ["Comments", "Want to join the conversation? Please log in or register to comment.", "",
          f"\u00a9 {pub.year} National World Publishing Ltd.", "Contact us   Cookie Settings   Terms and Conditions   Privacy notice"]
    return "\n".join(L) + "\n", stamps


# ---------------------------------------------------------------- 16808 Yorkshire Post
SEEDS.append(dict(
  id="16808", name="16808_yorkshirepost-live", ext="txt", source="Yorkshire Post", zone="Europe/London", render=r_yorkshirepost,
  title="Ukraine war LIVE: Drone strike kills five in Kharkiv as Zelensky meets Nordic leaders in Oslo",
  published="2029-02-17 09:00", byline="Harriet Lumb",
  lede="Follow the latest updates from Ukraine and the reaction in Yorkshire throughout Saturday.",
  basis="post stamp '{s}' (bare 24-hour time; the day and GMT from 'Published 17th Feb 2029, 09:00 GMT'); local {d} in {z}",
  notes="Imitates a Yorkshire Post (National World) live blog as copied from the browser. Newest first. Byline 'By Harriet Lumb' (no per-post author: used for every post), 'Published 17th Feb 2029, 09:00 GMT' and 'Updated 17th Feb 2029, 18:45 GMT'. A 'Key Events' list near the top repeats three post headlines: this site's Key Points block, so those three posts are key_point true and importance 3 (convention, see README). Each post: bare '18:45' line, headline, paragraphs. 'Advertisement / Hide Ad' slots between posts.",
  not_entries=["'Skip to content', masthead, Subscribe / Sign in, navigation", "breadcrumb 'News > World'", "page title and standfirst (page lede)",
               "byline 'By Harriet Lumb'", "'Published ...' and 'Updated ...' lines", "'Comments' / 'Share'",
               "'Key Events' label and its three bullet lines (pointers to posts below)", "'Show new updates'", "'Advertisement' / 'Hide Ad' (twice)",
               "comments prompt at the end", "copyright and footer links"],
  entries=[
  E("2029-02-17 18:45", "Leeds hospitals to treat wounded Ukrainian soldiers",
    ["Specialist burns and limb-reconstruction units in Leeds will take up to 40 wounded Ukrainian soldiers a year under an agreement with the NHS announced this evening.",
     "The first patients are expected to arrive in the spring, the hospital trust said."],
    "aid", "aid", 2, "leeds-hospitals-wounded-ukrainian-soldiers-2029-02-17", a="Harriet Lumb"),
  E("2029-02-17 16:20", "Drone strike kills five in Kharkiv, including two children",
    ["Five people, two of them children, were killed when a Russian drone hit a residential building in Kharkiv\u2019s Saltivskyi district this afternoon, the city\u2019s mayor said.",
     "Another 17 people were injured, and rescuers are still searching the upper floors."],
    "strikes", "strikes", 3, "kharkiv-drone-strike-2029-02-17", a="Harriet Lumb", kp=True),
  E("2029-02-17 14:05", "Yorkshire Regiment soldiers deploy to Estonia for Nato exercise",
    ["About 300 soldiers from the Yorkshire Regiment\u2019s 1st Battalion have left Catterick Garrison for a six-week Nato exercise in Estonia.",
     "The deployment is part of Britain\u2019s long-standing commitment to the alliance\u2019s forward presence in the Baltic states."],
    "other", "security", 2, "yorkshire-regiment-estonia-exercise-2029-02", a="Harriet Lumb"),
  E("2029-02-17 12:30", "Zelensky meets Nordic leaders in Oslo",
    ["Volodymyr Zelensky has arrived in Oslo for talks with the leaders of Norway, Sweden, Finland, Denmark and Iceland on long-term funding for Ukraine\u2019s armed forces.",
     "The Ukrainian president is expected to sign a declaration with Norway on the joint production of artillery shells.",
     "Norway\u2019s prime minister said the meeting would show that the Nordic countries intend to stay the course."],
    "diplomacy", "diplomacy", 3, "zelensky-nordic-leaders-oslo-2029-02-17", a="Harriet Lumb", sec=["aid"], kp=True),
  E("2029-02-17 11:10", "Sheffield host family marks four years with Ukrainian guests",
    ["A Sheffield couple who opened their home to a Ukrainian mother and her two sons in 2025 say the family has become part of theirs.",
     "The boys now go to a local secondary school and play for a junior football club in Hillsborough."],
    "other", "humanitarian", 2, "sheffield-host-family-ukrainian-guests-2029-02", a="Harriet Lumb"),
  E("2029-02-17 10:00", "Russia says it downed 40 Ukrainian drones over border regions",
    ["Russia\u2019s defence ministry said its air defences destroyed 40 Ukrainian drones overnight, most of them over the Belgorod and Kursk regions.",
     "There was no independent confirmation and no word on damage."],
    "strikes", "strikes", 2, "russia-says-downed-40-drones-2029-02-17", a="Harriet Lumb"),
  E("2029-02-17 09:05", "UK announces \u00a3300m for Ukrainian drone production",
    ["The UK will spend \u00a3300 million on producing drones for Ukraine this year, the Defence Secretary announced this morning, with some of the work to be done in British factories.",
     "Ministers said firms in Yorkshire and the North East were among those bidding for contracts."],
    "aid", "aid", 3, "uk-300m-ukraine-drone-production-2029-02-17", a="Harriet Lumb", kp=True),
  ]))


def r_abc(S):
    """ABC News (Australia) live blog, HTML. Sort control set to 'Oldest' (oldest first). Each post: author line 'By NAME', time
    '11:25am AEDT' in <time datetime>, h2 headline, text. Page line 'Posted Mon 19 Feb 2029 at 11:20am, updated ...'.
    JSON-LD: LiveBlogPosting with coverageStartTime and no liveBlogUpdate."""
    z = S["zone"]; order_check(S, False)
    pub = dt(S["published"], z); upd = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": S["title"], "url": S["url"], "description": S["lede"],
          "datePublished": pub.isoformat(), "dateModified": upd.isoformat(), "coverageStartTime": pub.isoformat(),
          "author": [{"@type": "Person", "name": n} for n in S["authors"]],
          "publisher": {"@type": "Organization", "name": "ABC News", "url": "https://www.abc.net.au/news"}}
    def posted(d):
        return f"{DAY3[d.weekday()]} {d.day} {MON3[d.month - 1]} {d.year} at {ampm(d)}"
    out = ['<!DOCTYPE html>', '<html lang="en-AU"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - ABC News</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<a class="skip" href="#content">Skip to main content</a>',
           '<header><a class="logo" href="/news">ABC News</a><nav><a>Just In</a> <a>For You</a> <a>Politics</a> <a>World</a> <a>Business</a> '
           '<a>Analysis</a> <a>Sport</a> <a>Science</a> <a>Health</a> <a>Arts</a> <a>Fact Check</a> <a>Other</a></nav>'
           '<a class="login" href="/login">Log in</a></header>',
           '<main id="content"><span class="badge">Live</span>', f'<h1>{esc(S["title"])}</h1>',
           '<p class="byline">' + " and ".join(f"<a>{esc(n)}</a>" for n in S["authors"]) + '</p>',
           f'<p class="timestamps">Posted {posted(pub)}, updated {posted(upd)}</p>',
           f'<p class="description">{esc(S["lede"])}</p>',
           '<div class="sort"><span>Sort by</span> <button aria-pressed="true">Oldest</button> <button aria-pressed="false">Latest</button></div>',
           '<div class="posts">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d)} AEDT"; stamps.append(st)
        out.append(f'<article class="post" id="{e["pid"]}"><header><p class="post-author">By {esc(e["a"])}</p>'
                   f'<time datetime="{d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")}">{st}</time></header><h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<footer><button>Share</button></footer></article>')
    out += ['</div><p class="end">Live updates are paused.</p></main>',
            '<footer><p>ABC News acknowledges Aboriginal and Torres Strait Islander peoples as the First Australians and Traditional Custodians of the lands where we live, work, and gather.</p>'
            f'<a>Contact ABC News</a> <a>Editorial Policies</a> <a>Privacy</a> <p>\u00a9 {pub.year} ABC</p></footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ---------------------------------------------------------------- 16809 ABC News (Australia)
KYIV19 = "kyiv-missile-drone-attack-2029-02-19"
SEEDS.append(dict(
  id="16809", name="16809_abcnews-live", ext="html", source="ABC News (Australia)", zone="Australia/Sydney", render=r_abc,
  title="Russia-Ukraine war live: Kyiv hit by major overnight attack as Australia pledges more Bushmasters",
  url="https://www.abc.net.au/news/2029-02-19/russia-ukraine-war-live-kyiv-attack-bushmasters/105431920",
  published="2029-02-19 11:20", authors=["Lachlan Moorhouse", "Sophie Tranter"],
  lede="Russia has launched one of its largest air attacks of the year on Ukraine, while Canberra announces another package of military aid. Follow live.",
  basis="post stamp '{s}' (12-hour time with AEDT = UTC+11; the day from 'Posted Mon 19 Feb 2029 at 11:20am'; the <time datetime> attribute gives the same instant in UTC); local {d} in {z}",
  notes="Imitates an ABC News (Australia) live blog from memory, captured with the sort control on 'Oldest' (oldest first). Each post: 'By NAME', time '11:25am AEDT' (the <time datetime> attribute carries the UTC instant), h2 headline, text. The page line 'Posted Mon 19 Feb 2029 at 11:20am, updated Mon 19 Feb 2029 at 9:40pm' gives the day (Sydney time, AEDT = UTC+11 in February: all posts fall on 2029-02-19 in UTC, 00:25-10:40). The Kyiv attack is told in three posts (first reports, toll 6, toll 9): same story. 16809-04 is a short explainer with its own story. JSON-LD LiveBlogPosting without updates.",
  not_entries=["'Skip to main content', header and navigation, 'Log in'", "'Live' badge", "page title (h1)", "page byline (two names)",
               "'Posted ... updated ...' line", "description paragraph (page lede)", "sort control 'Sort by Oldest Latest'", "'Share' button of every post",
               "'Live updates are paused.'", "footer acknowledgement, links and copyright"],
  entries=[
  X(E("2029-02-19 11:25", "Explosions heard in Kyiv as Russia launches major air attack",
    ["Russia has launched a large missile and drone attack on Ukraine, with explosions heard across Kyiv in the early hours of the morning local time.",
     "Ukraine's air force says more than 30 missiles and about 100 drones were detected heading for the capital and the west of the country."],
    "strikes", "strikes", 3, KYIV19, a="Lachlan Moorhouse", n="first report of the attack"), pid="p1"),
  X(E("2029-02-19 12:40", "Australia to send another 50 Bushmasters to Ukraine",
    ["The federal government will send 50 more Bushmaster protected vehicles to Ukraine as part of a $140 million package, the Defence Minister has announced.",
     "It takes the number of the Australian-made vehicles given to Ukraine to more than 200."],
    "aid", "aid", 3, "australia-bushmaster-package-2029-02-19", a="Lachlan Moorhouse"), pid="p2"),
  X(E("2029-02-19 14:15", "At least six killed in Kyiv, officials say",
    ["At least six people have been killed in Kyiv, the head of the city's military administration says, after a high-rise apartment block in the Darnytskyi district partly collapsed.",
     "Power and water have been cut to parts of the left bank of the city."],
    "strikes", "strikes", 3, KYIV19, a="Sophie Tranter", n="toll 6"), pid="p3"),
  X(E("2029-02-19 16:05", "What is the 'coalition of the willing', and who is in it?",
    ["The phrase describes the group of about 30 countries, led by the UK and France, that have offered to help guarantee Ukraine's security if a ceasefire is agreed.",
     "Australia has said it is open to contributing, but has not committed troops."],
    "diplomacy", "diplomacy", 2, "explainer-coalition-of-the-willing-2029-02", a="Sophie Tranter", n="explainer, its own story"), pid="p4"),
  X(E("2029-02-19 18:30", "Kyiv death toll rises to nine",
    ["Nine people are now confirmed dead in Kyiv, Ukraine's emergency service says, including a teenager.",
     "Rescue crews are still working at the collapsed apartment block."],
    "strikes", "strikes", 3, KYIV19, a="Sophie Tranter", n="toll 9"), pid="p5"),
  X(E("2029-02-19 20:10", "Zelenskyy thanks Australia and asks for more air defence",
    ["Volodymyr Zelenskyy has thanked Australia for the new Bushmaster package in a post on social media, and urged allies to send more air defence systems after the overnight attack.",
     "He said Ukraine had used up a large share of its interceptor missiles in a single night."],
    "aid", "aid", 2, "zelenskyy-air-defence-appeal-2029-02-19", a="Lachlan Moorhouse", sec=["diplomacy"]), pid="p6"),
  X(E("2029-02-19 21:40", "Russia claims gains near Pokrovsk",
    ["Russia's defence ministry says its forces have captured two more villages west of Pokrovsk, in Ukraine's Donetsk region.",
     "Ukraine's military has not confirmed the losses, and the claim could not be verified."],
    "other", "frontline", 2, "russia-claims-villages-west-of-pokrovsk-2029-02-19", a="Lachlan Moorhouse"), pid="p7"),
  ]))


# ================================================================ PART B: three multi-source days (invented outlets)
# Day 1 = 2029-02-22 (UTC), day 2 = 2029-02-23, day 3 = 2029-02-27.

def r_corvanter(S):
    """text live blog, newest first; 'Key Points' block of post headlines; each post: '20:30 GMT' line, headline, text,
    optional 'Reporting by NAME' line (the author)."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"].upper(), "Home   UK   World   Business   Politics   Sport   Live", "", "LIVE", S["title"], S["dateline"], "", S["lede"], "",
         "Key Points"] + ["- " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Latest", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M} GMT"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if e["a"]:
            L += [f"Reporting by {e['a']}", ""]
        if i == 2:
            L += [f"Get the {S['source']} evening briefing by email. Sign up here.", ""]
    L += ["Show earlier posts", "", f"{S['source']}  |  About  |  Corrections  |  Privacy  |  Terms"]
    return "\n".join(L) + "\n", stamps


def r_lindqvale(S):
    """HTML live blog, oldest first; LiveBlogPosting JSON-LD with per-update datePublished (+02:00); visible '06:20' in
    <time datetime>, h2 headline, author line, text."""
    z = S["zone"]; order_check(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#entry-{i + 101}", "headline": e["h"], "datePublished": dt(e["t"], z).isoformat(),
             "articleBody": "\n\n".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "headline": S["title"], "datePublished": first.isoformat(),
          "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "publisher": {"@type": "Organization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2014 {esc(S["source"])}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header class="masthead"><a href="/">{esc(S["source"])}</a><nav><a>War</a> <a>Politics</a> <a>Economy</a> <a>Regions</a> <a>Opinion</a> '
           '<a class="donate">Support independent journalism</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="date">{esc(S["dateline"])}</p>', f'<p class="intro">{esc(S["lede"])}</p>',
           '<div class="timeline">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<section class="entry" id="entry-{i + 101}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="byline">{esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<p class="share"><a>Link</a> \u00b7 <a>Telegram</a> \u00b7 <a>X</a></p></section>')
        if i == 3:
            out.append('<aside class="related"><b>Related:</b> <a href="/explainers/danish-model">How the \u201cDanish model\u201d pays for weapons made in Ukraine</a></aside>')
    out += ['</div></main>', f'<footer>\u00a9 {esc(S["source"])} \u00b7 Editorial policy \u00b7 Contacts \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_rss(S):
    """RSS 2.0 feed, newest first; pubDate with 'GMT' (S['gmt']) or the numeric offset; CDATA paragraphs; dc:creator only when credited."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
           '<channel>', f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>',
           '<language>en</language>', f'<atom:link href="{S["url"]}/feed.rss" rel="self" type="application/rss+xml"/>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=S.get("gmt", False)); stamps.append(st)
        n = S["guid0"] + (len(S["entries"]) - i) * 13
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{S["url"]}/{e.get("cat", "world").lower()}/{n}</link>',
                f'<guid isPermaLink="false">{S["guidp"]}-{n}</guid>', f'<pubDate>{st}</pubDate>', f'<category>{e.get("cat", "World")}</category>']
        if e.get("creator"):
            out.append(f'<dc:creator>{esc(e["creator"])}</dc:creator>')
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_atom(S):
    """Atom 1.0 feed, newest first; <published>/<updated> ISO 8601 with the outlet's offset ('Z' for UTC); escaped HTML content."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link rel="alternate" href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/atom.xml"/>',
           f'<id>tag:{S["url"].split("//")[1].split("/")[0]},2029:feed</id>', f'<updated>{iso(dt(S["entries"][0]["t"], z))}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        n = S["guid0"] + (len(S["entries"]) - i) * 7
        out += ['<entry>', f'<title type="text">{esc(e["h"])}</title>', f'<link rel="alternate" href="{S["url"]}/a/{n}"/>',
                f'<id>{S["url"]}/a/{n}</id>', f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        out.append('<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>')
        out.append('</entry>')
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


KREM = "kremenchuk-missile-strike-2029-02-22"
NLDRONE = "netherlands-long-range-drone-funding-2029-02-22"
EUSANC = "eu-sanctions-lng-shadow-fleet-2029-02-22"
BALLX = "explainer-ballistic-missile-interception"
BALLX_H = "Explainer: Why ballistic missiles are so hard to stop"
BALLX_P = ["This morning\u2019s strike on Kremenchuk was carried out with a ballistic missile, the type of weapon Ukraine\u2019s air defences find hardest to intercept.",
           "Ballistic missiles such as the Iskander-M fly a high arc and come down at several times the speed of sound, leaving only minutes, sometimes less, between launch and impact.",
           "Only a few Western systems, chiefly the Patriot and the Franco-Italian SAMP/T, can reliably shoot them down, and each interception can take two or more missiles costing several million dollars apiece."]

# ---------------------------------------------------------------- 16820 Corvanter Chronicle (day 1)
SEEDS.append(dict(
  id="16820", name="16820_corvanter-textlive", ext="txt", source="Corvanter Chronicle", zone="Europe/London", render=r_corvanter,
  title="Ukraine war live: Kremenchuk toll rises to nine after missile hits flats", dateline="Thursday 22 February 2029",
  lede="Russian ballistic missile hits an apartment block in central Ukraine; the Netherlands pays for Ukrainian-made long-range drones.",
  basis="stamp '{s}' (GMT printed, = UTC) under the dateline 'Thursday 22 February 2029'; local {d} in {z}",
  notes="Invented outlet. Text live blog, newest first. 'Key Points' block lists two post headlines (key_point true). Post: 'HH:MM GMT' line, headline, paragraphs, optional 'Reporting by NAME' line (author; posts without it have author null). 16820-02 is a 'Watch:' teaser without text (spelling 'Kremenchug'). 16820-03 is a theme piece (explainer on ballistic missiles) that mentions the Kremenchuk strike but is its own story; it is re-posted verbatim on day 2 by 16831.",
  not_entries=["masthead and navigation", "'LIVE' label", "page title and dateline 'Thursday 22 February 2029'", "standfirst/lede line",
               "'Key Points' label and its two bullet lines (pointers to posts)", "'Latest' label", "'Reporting by ...' lines (author credits)",
               "evening-briefing promo after the third post", "'Show earlier posts'", "footer line"],
  entries=[
  E("2029-02-22 20:30", "Kremenchuk death toll rises to nine",
    ["Nine people are now known to have died in this morning\u2019s missile strike on a residential building in Kremenchuk, Ukraine\u2019s interior minister has said.",
     "Forty-one people were injured. President Volodymyr Zelensky said the missile was an Iskander fired from Russia\u2019s Kursk region, and again called on allies to send more Patriot interceptors."],
    "strikes", "strikes", 3, KREM, a="Nadia Fenwick", kp=True, n="toll 9 dead, 41 injured"),
  E("2029-02-22 18:45", "Watch: Rescuers comb Kremenchug rubble into the night", [],
    "strikes", "strikes", 1, KREM, n="teaser without body; spelling 'Kremenchug'"),
  E("2029-02-22 17:10", BALLX_H, BALLX_P, "strikes", "strikes", 2, BALLX, a="Owen Ashdown",
    n="theme piece (explainer on ballistic missiles) that mentions Kremenchuk; must not merge with the Kremenchuk strike story"),
  E("2029-02-22 15:20", "Netherlands to fund Ukrainian-made long-range drones",
    ["The Dutch government has promised half a billion euros for long-range drones made by Ukrainian companies, one of the largest single payments so far under the scheme that funds weapons production inside Ukraine."],
    "aid", "aid", 3, NLDRONE, a="Owen Ashdown", kp=True),
  E("2029-02-22 13:05", "Turkey offers to host new prisoner exchange talks",
    ["Turkey\u2019s foreign minister said Ankara was ready to host Ukrainian and Russian negotiators for talks on a further exchange of prisoners of war, including the seriously wounded.",
     "Neither Kyiv nor Moscow has yet responded to the offer."],
    "diplomacy", "diplomacy", 2, "turkey-offers-prisoner-exchange-talks-2029-02-22"),
  E("2029-02-22 10:40", "Ukrainian drones hit ammunition depot in Voronezh region",
    ["Ukraine\u2019s general staff said its drones hit an ammunition depot near Ostrogozhsk in Russia\u2019s Voronezh region overnight, setting off secondary explosions.",
     "The regional governor said debris had fallen on a village but reported no casualties."],
    "strikes", "strikes", 2, "voronezh-ammunition-depot-drone-strike-2029-02-22", a="Nadia Fenwick",
    n="other strike the same night, by the other side; must not merge with the Kremenchuk strike"),
  E("2029-02-22 07:15", "Missile hits apartment block in Kremenchuk, killing three",
    ["Three people have been confirmed dead after a missile struck an apartment building in the central Ukrainian city of Kremenchuk before dawn, Ukraine\u2019s emergency service said.",
     "Kremenchuk, an industrial city on the Dnipro river, is home to one of Ukraine\u2019s largest oil refineries and has been attacked repeatedly since 2022."],
    "strikes", "strikes", 3, KREM, a="Nadia Fenwick", n="toll 3 dead"),
  ]))

# ---------------------------------------------------------------- 16821 Lindqvale Courier (day 1)
NLD_P1 = "The Netherlands will spend \u20ac500 million this year on long-range attack drones built in Ukraine, the Dutch defence minister announced during a visit to Kyiv."
SEEDS.append(dict(
  id="16821", name="16821_lindqvale-ldlive", ext="html", source="Lindqvale Courier", zone="Europe/Kyiv", render=r_lindqvale,
  title="Russia\u2019s war against Ukraine, day by day: 22 February", url="https://lindqvale-courier.example/live/2029-02-22",
  dateline="Thursday, 22 February 2029 \u00b7 Kyiv time",
  lede="Missile strike on Kremenchuk; drone attack on a gas site in the Poltava region; Dutch money for Ukrainian drones.",
  basis="<time datetime> and the LiveBlogPosting update both give '{s}' Kyiv time (EET, UTC+2); dateline 'Thursday, 22 February 2029'; local {d} in {z}",
  notes="Invented outlet. HTML live blog, oldest first. Each entry: <time datetime='...+02:00'>06:20</time>, h2 headline, author line, paragraphs. JSON-LD LiveBlogPosting with one BlogPosting per entry (own datePublished, headline, articleBody, author). 16821-06 re-publishes 16821-03 nearly word for word (same headline, second paragraph lightly reworded): duplicate_of 16821-03, importance 1. 16821-02 (Poltava region gas site, drones) is in the same region as Kremenchuk but a different strike: must not merge.",
  not_entries=["masthead and navigation ('Support independent journalism')", "page title, dateline line and intro (page lede)",
               "share links under every entry ('Link · Telegram · X')", "'Related:' link after the fourth entry", "footer"],
  entries=[
  E("2029-02-22 06:20", "Russian missile strikes residential building in Kremenchuk",
    ["A Russian ballistic missile hit a nine-storey residential building in Kremenchuk shortly after 4am, the head of the Poltava regional military administration said.",
     "At least two people were killed and 14 injured. Emergency crews are searching the partly collapsed stairwell for residents trapped under the debris."],
    "strikes", "strikes", 3, KREM, a="Iryna Holub", n="first report, toll 2 dead"),
  E("2029-02-22 08:05", "Drones hit gas production site in Poltava region",
    ["Russian drones struck a gas production facility in the Poltava region overnight and started a fire, the state energy company said.",
     "No one was hurt. Output at the site has been suspended while the damage is assessed."],
    "strikes", "strikes", 2, "poltava-region-gas-site-drone-strike-2029-02-22", a="Iryna Holub",
    n="same region as Kremenchuk but another strike (drones, energy site); must not merge with the Kremenchuk missile strike"),
  E("2029-02-22 10:30", "Netherlands pledges \u20ac500m for Ukrainian long-range drones",
    [NLD_P1, "The money will go directly to Ukrainian manufacturers under the so-called Danish model, in which donors pay for weapons produced inside Ukraine."],
    "aid", "aid", 3, NLDRONE, a="Taras Voloshyn"),
  E("2029-02-22 12:15", "Twelve children returned from occupied territories, ombudsman says",
    ["Twelve Ukrainian children taken from occupied parts of the Kherson and Zaporizhzhia regions have been brought back to government-held territory with Qatari mediation, Ukraine\u2019s human rights commissioner said.",
     "The youngest is six. All of them have relatives waiting for them, he said."],
    "other", "humanitarian", 2, "children-returned-from-occupied-territories-2029-02-22", a="Taras Voloshyn", sec=["diplomacy"]),
  E("2029-02-22 13:40", "Kremenchuk toll climbs to six as search goes on",
    ["The number of dead in Kremenchuk has risen to six, including a child, and 27 people are in hospital, regional officials said this afternoon.",
     "Rescuers believe several residents are still under the rubble of the collapsed section."],
    "strikes", "strikes", 3, KREM, a="Iryna Holub", n="toll 6 dead"),
  E("2029-02-22 15:10", "Netherlands pledges \u20ac500m for Ukrainian long-range drones",
    [NLD_P1, "The money will go directly to Ukrainian manufacturers under the Danish model, in which donor countries pay for weapons produced inside Ukraine."],
    "aid", "aid", 1, NLDRONE, a="Taras Voloshyn", dup="16821-03", n="near-verbatim repeat of 16821-03"),
  E("2029-02-22 17:55", "Russia says it captured village near Huliaipole",
    ["Russia\u2019s defence ministry said its forces had taken a village north of Huliaipole in the Zaporizhzhia region.",
     "Ukraine\u2019s southern command said fighting in the area was continuing and did not confirm the loss."],
    "other", "frontline", 2, "russia-claims-village-near-huliaipole-2029-02-22", a="Iryna Holub"),
  ]))

# ---------------------------------------------------------------- 16822 Brisingham World Service (day 1, general world feed)
SEEDS.append(dict(
  id="16822", name="16822_brisingham-worldrss", ext="xml", source="Brisingham World Service", zone="UTC", render=r_rss, gmt=True,
  title="Brisingham World Service \u2014 World", url="https://brisingham-world.example", guidp="bws", guid0=70400,
  lede="Top international stories from the Brisingham World Service newsroom.",
  basis="RSS pubDate '{s}' (GMT = UTC); local {d} in {z}",
  notes="Invented outlet. General world RSS feed, newest first, pubDate in GMT; the war is a minority (2 of 6 items): four off-beat stories (floods, doping ban, interest rates, earthquake). Descriptions carry the full short text in CDATA paragraphs; no dc:creator, so author null. Spelling 'Kremenchug'.",
  not_entries=["channel title/link/description/language/self link", "category of every item", "guid and link URLs"],
  entries=[
  E("2029-02-22 21:10", "Kremenchug strike: nine dead as Ukraine appeals for interceptors",
    ["Nine people were killed and more than 40 injured when a Russian ballistic missile struck a residential block in the central Ukrainian city of Kremenchug early on Thursday, officials said.",
     "Kyiv renewed its appeal to Western allies for more air-defence missiles."],
    "strikes", "strikes", 3, KREM, sec=["aid"], n="spelling 'Kremenchug'; toll 9"),
  OFF("2029-02-22 19:00", "Thousands evacuated as floods hit northern Queensland",
    ["Emergency services in Australia ordered thousands of residents to leave low-lying parts of Townsville and Ingham as rivers rose after days of monsoon rain."],
    "queensland-floods-2029-02", n="Australian weather"),
  E("2029-02-22 16:30", "EU adopts sanctions aimed at Russian LNG and shadow fleet",
    ["European Union governments formally adopted a new package of sanctions against Russia on Thursday, banning the transshipment of Russian liquefied natural gas through EU ports and blacklisting 60 more tankers."],
    "diplomacy", "diplomacy", 3, EUSANC),
  OFF("2029-02-22 12:45", "Kenyan marathon champion banned for four years over doping",
    ["The Athletics Integrity Unit said the runner had tested positive for a banned blood-boosting drug in an out-of-competition test last autumn."],
    "kenyan-marathon-doping-ban-2029-02-22", n="sport"),
  OFF("2029-02-22 09:20", "Bank of Korea holds rates as won steadies",
    ["South Korea\u2019s central bank left its benchmark interest rate unchanged for a third straight meeting, saying inflation was close to target."],
    "bank-of-korea-rates-2029-02-22", n="economy"),
  OFF("2029-02-22 05:55", "Strong earthquake shakes southern Peru",
    ["A magnitude 6.4 earthquake struck near the city of Arequipa, damaging older buildings; there were no immediate reports of deaths."],
    "peru-earthquake-2029-02-22", n="natural disaster"),
  ]))

# ---------------------------------------------------------------- 16823 Ostrel Review (day 1)
SEEDS.append(dict(
  id="16823", name="16823_ostrel-atom", ext="xml", source="Ostrel Review", zone="Europe/Warsaw", render=r_atom,
  title="Ostrel Review \u2014 Ukraine and the region", url="https://ostrel-review.example/ukraine", guid0=31800,
  lede="News from Ukraine, Poland and the Baltic, updated through the day.",
  basis="Atom <published> '{s}' (explicit +01:00, CET); local {d} in {z}",
  notes="Invented outlet. Atom feed, newest first, <published> with +01:00 (Warsaw). Content is escaped HTML; author elements where credited. 16823-05 (Polish jets scrambled over Russian drones near Volyn) is a separate event from the Kremenchuk strike: must not merge.",
  not_entries=["feed title, subtitle, links, id and updated", "entry link/id URLs"],
  entries=[
  E("2029-02-22 22:15", "Nine dead in Kremenchuk as Kyiv presses allies for Patriot missiles",
    ["The toll from Thursday\u2019s missile strike on an apartment block in Kremenchuk rose to nine in the evening, Ukrainian officials said, with 41 people wounded.",
     "Ukraine\u2019s foreign minister said Poland and Germany had been asked to speed up deliveries of Patriot interceptors."],
    "strikes", "strikes", 3, KREM, a="Marek Zalewski", sec=["aid"], n="toll 9"),
  E("2029-02-22 19:40", "New EU sanctions close ports to Russian LNG transshipment",
    ["The sanctions package approved in Brussels on Thursday will end the reloading of Russian liquefied gas at EU terminals, a practice that Poland and the Baltic states have campaigned against for years.",
     "It also adds 60 tankers to the list of ships barred from European ports."],
    "diplomacy", "diplomacy", 3, EUSANC, a="Marek Zalewski"),
  E("2029-02-22 16:05", "Poland and Ukraine agree to make 155mm shells together",
    ["Polish and Ukrainian state arms makers signed an agreement in Rzesz\u00f3w to produce 155mm artillery shells at a new joint plant, with the first deliveries planned for next year."],
    "aid", "aid", 2, "poland-ukraine-joint-shell-production-2029-02-22", a="Agata Wr\u00f3bel"),
  E("2029-02-22 13:20", "Warsaw court jails man over arson plot ordered by Russian intelligence",
    ["A Warsaw court sentenced a Belarusian citizen to eight years in prison for planning arson attacks on shopping centres on the orders of Russian military intelligence."],
    "other", "security", 2, "warsaw-arson-plot-sentence-2029-02-22", a="Agata Wr\u00f3bel"),
  E("2029-02-22 06:10", "Polish jets scrambled as Russian drones target Volyn region",
    ["Poland\u2019s operational command said it scrambled fighter jets and put ground-based air defences on alert overnight after Russian drones attacked targets in Ukraine\u2019s Volyn region near the border.",
     "No drone entered Polish airspace, the command said."],
    "other", "security", 2, "poland-scrambles-jets-volyn-drones-2029-02-22", a="Marek Zalewski",
    n="separate event from the Kremenchuk missile strike (western border, drones); must not merge"),
  ]))


def r_meddlecombe(S):
    """HTML live ticker, newest first, no JSON-LD; bare '18:40' in a span above the h2; the page prints 'All times CET' once
    next to the date; author line under the headline; photo posts show a gallery and no text."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title>',
           '<meta name="robots" content="max-image-preview:large"></head><body>',
           '<div class="consent">We use cookies to measure our audience. <button>Accept</button> <button>Decline</button></div>',
           f'<header><a class="brand" href="/">{S["source"]}</a><nav><a>Germany</a> <a>Europe</a> <a>World</a> <a>Ukraine war</a> <a>Business</a> <a>Opinion</a></nav></header>',
           f'<main><p class="kicker">Live ticker</p><h1>{esc(S["title"])}</h1>', f'<p class="meta">{esc(S["dateline"])} \u00b7 All times CET</p>',
           f'<p class="teaser">{esc(S["lede"])}</p>', '<div class="ticker">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="ticker-item"><span class="ticker-time">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="ticker-author">{esc(e["a"])}</p>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="gallery">[Gallery: 12 images] <button>Open gallery</button></div>')
        out.append('</div>')
        if i == 2:
            out.append('<aside><h3>More on this topic</h3><a href="/europe/nordic-baltic-defence">Nordic and Baltic states plan joint air-defence purchase</a></aside>')
    out += ['</div><p class="archive"><a href="/ukraine/ticker/2029-02-22">Thursday\u2019s ticker</a></p></main>',
            f'<footer>{S["source"]} \u00b7 Imprint \u00b7 Privacy \u00b7 Advertise</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_ravenspit(S):
    """text live blog, oldest first; '5:40 a.m. ET' line before each headline; dateline with year; one page byline, no per-post authors."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"], "News   World   Nation   Business   Sports   Opinion   Obituaries", "", S["title"], S["dateline"], f"By {S['byline']}", "",
         S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{ampm(d, space=' ', dots=True)} ET"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 3:
            L += ["ADVERTISEMENT", ""]
    L += ["This blog is no longer being updated.", "", f"{S['source']}   Contact   Terms of Use   Privacy Policy"]
    return "\n".join(L) + "\n", stamps


def r_duntreath(S):
    """text article, sections with subheadings (one entry per section), page byline and a dateline with time and 'CET'; no per-section time."""
    L = [S["source"], "World \u203a Europe \u203a Ukraine", "", S["title"], "", S["lede"], "", f"By {S['byline']}", S["dateline"], "",
         "Share   Print   Listen (6 min)", ""]
    for e in S["entries"]:
        L += [e["h"], ""] + ptxt(e["p"])
    L += [S["more"], "", f"\u00a9 {S['source']} \u00b7 Imprint \u00b7 Data protection \u00b7 Contact"]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


KHAR = "kharkiv-missile-strike-2029-02-23"

# ---------------------------------------------------------------- 16830 Meddlecombe Post (day 2)
SEEDS.append(dict(
  id="16830", name="16830_meddlecombe-htmllive", ext="html", source="Meddlecombe Post", zone="Europe/Berlin", render=r_meddlecombe,
  title="War in Ukraine: the day\u2019s developments", dateline="Friday, 23 February 2029",
  lede="Missiles hit Kharkiv in the morning; Kremenchuk ends its search and mourns.",
  basis="bare stamp '{s}' under the page note 'All times CET' (UTC+1) and the date 'Friday, 23 February 2029'; local {d} in {z}",
  notes="Invented outlet. HTML live ticker without any JSON-LD, newest first. Each item: bare '18:40' in a span above the h2 (the zone is printed once: 'Friday, 23 February 2029 · All times CET'), author line, text. 16830-03 is a 'Photos:' gallery teaser without text (importance 1, story = the Kharkiv strike). 16830-02 continues day 1's Kremenchuk story with a new development (search over, final toll 12, day of mourning). 16830-04 (Zelensky's air-defence appeal) shares only the aid theme with Denmark's artillery funding (16831-03): must not merge.",
  not_entries=["cookie banner", "header and navigation", "'Live ticker' kicker, page title, date/zone line and teaser (page lede)",
               "gallery placeholder '[Gallery: 12 images] Open gallery'", "'More on this topic' box after the third item", "link to Thursday's ticker", "footer"],
  entries=[
  E("2029-02-23 18:40", "Kharkiv toll rises to ten",
    ["Ten people have now died as a result of this morning\u2019s missile strike on Kharkiv, the regional governor said, among them two rescue workers killed when a second missile hit the same site.",
     "More than 50 people were wounded."],
    "strikes", "strikes", 3, KHAR, a="Jonas Weller", n="toll 10"),
  E("2029-02-23 16:15", "Kremenchuk declares day of mourning as search ends",
    ["Rescuers in Kremenchuk have finished searching the apartment block hit by a Russian missile on Thursday, and the final toll stands at 12 dead, the city\u2019s mayor said.",
     "Saturday has been declared a day of mourning in the city."],
    "strikes", "strikes", 3, KREM, a="Jonas Weller", n="continuation of day 1's Kremenchuk story: search over, final toll 12"),
  E("2029-02-23 14:30", "Photos: Kharkiv after the missile strike", [],
    "strikes", "strikes", 1, KHAR, n="photo gallery teaser without text"),
  E("2029-02-23 12:50", "Zelensky asks Nordic and Baltic ministers for more air defence",
    ["Speaking by video link to Nordic and Baltic defence ministers meeting in Tallinn, President Volodymyr Zelensky asked for additional air-defence systems before the spring.",
     "He said Russia had fired more ballistic missiles at Ukraine in February than in any month since the invasion began."],
    "aid", "aid", 2, "zelensky-nordic-baltic-air-defence-appeal-2029-02-23", a="Clara Beck", sec=["diplomacy"],
    n="same aid theme as Denmark's artillery funding (16831-03), different event; must not merge"),
  E("2029-02-23 11:20", "Missile strike on Kharkiv kills four",
    ["Four people were killed and 23 injured when Russian ballistic missiles hit an industrial area and nearby homes in Kharkiv this morning, the city\u2019s mayor said.",
     "Several fires broke out at a machine-building plant."],
    "strikes", "strikes", 3, KHAR, a="Jonas Weller", n="toll 4"),
  E("2029-02-23 08:05", "Germany charges two men with spying on Ukrainian soldiers\u2019 training site",
    ["Federal prosecutors have charged two German-Russian nationals with photographing a Bundeswehr training area in Bavaria where Ukrainian soldiers are trained and passing the images to Russian intelligence."],
    "other", "security", 2, "germany-spying-charges-training-site-2029-02-23", a="Clara Beck"),
  ]))

# ---------------------------------------------------------------- 16831 Ravenspit Evening Star (day 2)
KHAR7 = "The death toll from Friday morning\u2019s missile strike on Kharkov has risen to seven, the regional governor said, with more than 40 people wounded."
SEEDS.append(dict(
  id="16831", name="16831_ravenspit-textlive", ext="txt", source="Ravenspit Evening Star", zone="America/New_York", render=r_ravenspit,
  title="Live updates: Russian missiles hit Kharkov; Kremenchuk ends search", dateline="Friday, February 23, 2029", byline="Della Hart",
  lede="The latest on Russia\u2019s war in Ukraine, from our world desk and wire services.",
  basis="stamp '{s}' (Eastern time printed as ET; EST = UTC-5) under the dateline 'Friday, February 23, 2029'; local {d} in {z}",
  notes="Invented outlet. Text live blog, oldest first; each post: '5:40 a.m. ET' line, headline, paragraphs; one page byline 'By Della Hart' (author of every post). Spelling 'Kharkov' throughout. 16831-02 is a verbatim re-post of day 1's explainer 16820-03 (syndicated; same headline and text, still saying 'This morning'): importance 1, same story slug, duplicate_of null (duplicate_of is defined within one page). 16831-07 repeats 16831-06 nearly word for word (duplicate_of 16831-06). 16831-04 (drones on Kupiansk railway station) is in the Kharkiv region but is another attack: must not merge with the Kharkiv missile strike. 16831-03 (Danish howitzer funding) and 16830-04 (Zelensky's air-defence appeal) share only a theme.",
  not_entries=["masthead and navigation", "page title, dateline, byline 'By Della Hart' and standfirst (page lede)", "'ADVERTISEMENT'",
               "'This blog is no longer being updated.'", "footer"],
  entries=[
  E("2029-02-23 05:40", "Russian missiles slam into Kharkov, killing at least five",
    ["Russian ballistic missiles struck Kharkov, Ukraine\u2019s second-largest city, on Friday morning, killing at least five people, local officials said.",
     "The strike hit a machine-building plant and several apartment buildings in the east of the city."],
    "strikes", "strikes", 3, KHAR, a="Della Hart", n="spelling 'Kharkov'; toll 5"),
  E("2029-02-23 06:15", BALLX_H, BALLX_P, "strikes", "strikes", 1, BALLX, a="Della Hart",
    n="re-post of day-1 entry 16820-03 (verbatim explainer from another outlet); importance 1"),
  E("2029-02-23 07:30", "Denmark to fund more Ukrainian-built howitzers",
    ["Denmark will pay for 18 more Bohdana self-propelled howitzers to be built in Ukraine, the Danish defense ministry said Friday.",
     "Copenhagen pioneered the practice of paying for weapons production directly in Ukraine in 2024."],
    "aid", "aid", 2, "denmark-funds-bohdana-howitzers-2029-02-23", a="Della Hart",
    n="same aid theme as Zelensky's air-defence appeal (16830-04), different event; must not merge"),
  E("2029-02-23 08:45", "Drones hit rail station in Kupiansk",
    ["Russian drones hit the railway station in Kupiansk in Ukraine\u2019s Kharkiv region, wounding two railway workers, the national rail company said.",
     "Trains to the town have been suspended."],
    "strikes", "strikes", 2, "kupiansk-rail-station-drone-strike-2029-02-23", a="Della Hart",
    n="same region as the Kharkov (Kharkiv) missile strike but another attack; must not merge"),
  E("2029-02-23 10:05", "Kremenchuk mourns 12 dead as rescuers end search",
    ["The search of the apartment building hit by a Russian missile in Kremenchuk on Thursday has ended with 12 people confirmed dead, Ukrainian officials said Friday.",
     "The city will hold a day of mourning on Saturday."],
    "strikes", "strikes", 3, KREM, a="Della Hart", n="continuation of day 1's Kremenchuk story: final toll 12"),
  E("2029-02-23 11:50", "Kharkov death toll climbs to seven", [KHAR7],
    "strikes", "strikes", 3, KHAR, a="Della Hart", n="toll 7"),
  E("2029-02-23 13:20", "Kharkov death toll climbs to seven",
    ["The death toll from Friday morning\u2019s missile strike on Kharkov has risen to seven, the regional governor said, with over 40 people wounded."],
    "strikes", "strikes", 1, KHAR, a="Della Hart", dup="16831-06", n="near-verbatim repeat of 16831-06"),
  ]))

# ---------------------------------------------------------------- 16832 Cavendale World Report (day 2, general world feed)
SEEDS.append(dict(
  id="16832", name="16832_cavendale-worldrss", ext="xml", source="Cavendale World Report", zone="America/Toronto", render=r_rss,
  title="Cavendale World Report: Top Stories", url="https://cavendale-report.example", guidp="cwr", guid0=55100,
  lede="Canadian and international headlines.",
  basis="RSS pubDate '{s}' (explicit -0500, EST); local {d} in {z}",
  notes="Invented outlet. General news RSS feed, newest first, pubDate with -0500 (Toronto); the war is a minority: 2 of 6 items, four off-beat (Hamilton transit, Pearson snowstorm, Mexican inflation, Japanese budget). dc:creator only on two items.",
  not_entries=["channel title/link/description/language/self link", "category of every item", "guid and link URLs"],
  entries=[
  X(E("2029-02-23 13:40", "Ten killed as Russian missiles hit Kharkiv",
    ["Ten people were killed and dozens wounded when Russian missiles struck Ukraine\u2019s second city, Kharkiv, on Friday, among them two emergency workers caught by a second strike on the same site."],
    "strikes", "strikes", 3, KHAR, n="toll 10"), cat="World"),
  X(OFF("2029-02-23 12:10", "Ontario commits $2 billion to Hamilton light rail extension",
    ["The provincial government says the extension will add eight stops to the east of the city and open in 2034."],
    "hamilton-light-rail-extension-2029-02-23", a="Priya Desmond", n="Canadian transit"), cat="Canada", creator="Priya Desmond"),
  X(E("2029-02-23 10:35", "Kremenchuk search ends with 12 dead",
    ["Search teams in the central Ukrainian city of Kremenchuk have finished clearing the rubble of an apartment block hit by a Russian missile on Thursday; 12 people died, officials said."],
    "strikes", "strikes", 3, KREM, n="continuation of day 1's Kremenchuk story"), cat="World"),
  X(OFF("2029-02-23 09:00", "Snowstorm grounds flights at Toronto Pearson",
    ["More than 300 departures were cancelled as up to 25 centimetres of snow fell on the Greater Toronto Area overnight."],
    "toronto-snowstorm-flights-2029-02-23", n="Canadian weather"), cat="Canada"),
  X(OFF("2029-02-23 07:45", "Mexico\u2019s inflation eases more than expected in early February",
    ["Consumer prices rose at an annual rate of 3.4 per cent in the first half of the month, the lowest reading in more than a year."],
    "mexico-inflation-early-february-2029", n="economy"), cat="Business"),
  X(OFF("2029-02-23 06:20", "Japan\u2019s lower house approves record budget",
    ["The budget for the fiscal year starting in April now goes to the upper house, which is expected to pass it next month."],
    "japan-lower-house-budget-2029-02-23", a="Kenji Mortensen", n="Japanese politics"), cat="World", creator="Kenji Mortensen"),
  ]))

# ---------------------------------------------------------------- 16833 Duntreath Review (day 2)
SEEDS.append(dict(
  id="16833", name="16833_duntreath-article", ext="txt", source="Duntreath Review", zone="Europe/Vienna", render=r_duntreath,
  title="Kharkiv under fire again as Kremenchuk counts its dead",
  lede="Friday\u2019s main developments in the war, and why Ukraine\u2019s second city is so hard to defend.",
  byline="Lena Hofbauer", dateline="23 February 2029, 15:20 CET",
  more="More: Our coverage of the war in Ukraine",
  basis="no per-section time: the dateline '23 February 2029, 15:20 CET' (CET = UTC+1) dates every section; local {d} in {z}",
  notes="Invented outlet. Text article with four sections (one entry per section, headline = section heading, stamp null, published = the dateline time). Page byline 'By Lena Hofbauer' used for every section. 16833-03 is a theme piece (analysis of warning times in Kharkiv) that mentions Friday's strike but is its own story: must not merge with the Kharkiv strike. Section 2 continues day 1's Kremenchuk story.",
  not_entries=["outlet name and breadcrumb 'World › Europe › Ukraine'", "article title and standfirst (page lede)", "byline 'By Lena Hofbauer' and dateline",
               "'Share   Print   Listen (6 min)'", "'More: Our coverage of the war in Ukraine'", "footer line"],
  entries=[
  E("2029-02-23 15:20", "Kharkiv: six dead after morning missile strike",
    ["Russian ballistic missiles hit an industrial district in Kharkiv on Friday morning, killing six people and injuring at least 35, according to the regional governor.",
     "Most of the victims were workers arriving for the morning shift."],
    "strikes", "strikes", 3, KHAR, a="Lena Hofbauer", n="toll 6"),
  E("2029-02-23 15:20", "Kremenchuk: search over, twelve dead",
    ["In Kremenchuk, rescuers have ended the search at the apartment block struck on Thursday. The final toll is 12 dead and 44 injured."],
    "strikes", "strikes", 3, KREM, a="Lena Hofbauer", n="continuation of day 1's Kremenchuk story"),
  E("2029-02-23 15:20", "Analysis: Kharkiv\u2019s forty-second problem",
    ["Friday\u2019s strike on Kharkiv showed again why the city is so hard to protect: a ballistic missile launched from the Belgorod region can reach it in well under a minute.",
     "Air-raid sirens often sound only as the missiles arrive, and the few Patriot batteries Ukraine can spare cannot cover every district.",
     "Officials in Kharkiv want the launch areas across the border to be targeted, which requires Western permission to use long-range weapons there."],
    "strikes", "strikes", 2, "analysis-kharkiv-missile-warning-time", a="Lena Hofbauer",
    n="theme piece (analysis) that mentions Friday's strike; must not merge with the Kharkiv strike story"),
  E("2029-02-23 15:20", "Vienna: IAEA board discusses Zaporizhzhia plant",
    ["The board of governors of the International Atomic Energy Agency met in Vienna to discuss the Zaporizhzhia nuclear power plant, which lost its last backup power line for six hours earlier this week.",
     "The agency\u2019s director general said the situation at the plant remained precarious."],
    "diplomacy", "diplomacy", 2, "iaea-board-zaporizhzhia-plant-2029-02-23", a="Lena Hofbauer"),
  ]))


def r_cragnell(S):
    """text live blog, oldest first; date line with weekday and day but no year anywhere on the page; bare '08:05' line before the
    headline; one page byline."""
    z = S["zone"]; order_check(S, False)
    L = [S["source"].upper(), "Live   Front line   Politics   Economy   Explainers   Podcasts", "", S["title"], S["dateline"], f"By {S['byline']}", "",
         S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"])
        if i == 3:
            L += ["Our reporting is free to read. Support the Dispatch from 3 euros a month.", ""]
    L += ["The live blog continues tomorrow morning.", "", f"{S['source']}  \u00b7  Editorial team  \u00b7  Contacts  \u00b7  Privacy"]
    text = "\n".join(L) + "\n"
    assert not re.search(r"\b(19|20)\d\d\b", text), "16841 must name no year"
    return text, stamps


def r_wrathmoor(S):
    """HTML live blog, newest first; JSON-LD @graph whose article node has @type ['NewsArticle', 'LiveBlogPosting'] and no
    liveBlogUpdate; visible '7.55pm' in <time datetime>; signature line after the body."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z)
    base = S["url"].split("/live")[0]
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsMediaOrganization", "@id": base + "/#org", "name": S["source"], "url": base},
        {"@type": "WebPage", "@id": S["url"], "name": S["title"], "isPartOf": {"@id": base + "/#site"}},
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"] + "#live", "headline": S["title"], "datePublished": first.isoformat(),
         "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(), "mainEntityOfPage": {"@id": S["url"]},
         "publisher": {"@id": base + "/#org"}}]}
    out = ['<!DOCTYPE html>', '<html lang="en-IE"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header><a class="logo" href="/">{S["source"]}</a> <nav><a>News</a> <a>World</a> <a>Business</a> <a>Sport</a> <a>Opinion</a> <a>Podcasts</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="date">{esc(S["dateline"])}</p>', f'<p class="standfirst">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = ampm(d, sep="."); stamps.append(st)
        out.append(f'<div class="lb-post"><time datetime="{d.isoformat()}">{st}</time><h3>{esc(e["h"])}</h3>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="sig">{esc(e["a"])}</p>')
        out.append('</div>')
        if i == 2:
            out.append('<div class="promo">Listen: our world news podcast, every weekday at 6am</div>')
    out += ['</main>', f'<footer>{S["source"]} \u00b7 Contact \u00b7 Privacy \u00b7 Cookie settings</footer></body></html>']
    return "\n".join(out) + "\n", stamps


NOVO = "novorossiysk-naval-base-attack-2029-02-27"
ODESA = "odesa-port-drone-attack-2029-02-27"
FIN = "finland-ukraine-interceptor-drone-coproduction-2029-02-27"
UNSC = "un-security-council-black-sea-shipping-2029-02-27"

# ---------------------------------------------------------------- 16840 Skirbeck Times (day 3, general world feed)
SEEDS.append(dict(
  id="16840", name="16840_skirbeck-worldatom", ext="xml", source="Skirbeck Times", zone="UTC", render=r_atom,
  title="Skirbeck Times \u2014 World news", url="https://skirbeck-times.example/world", guid0=90200,
  lede="The world\u2019s main stories from the Skirbeck Times.",
  basis="Atom <published> '{s}' (Z = UTC); local {d} in {z}",
  notes="Invented outlet. General world Atom feed, newest first, <published> in UTC ('Z'); the war is a minority: 2 of 6 entries, four off-beat (Chile wildfires, Italian reform, Nigerian petrol price, cricket). No author elements.",
  not_entries=["feed title, subtitle, links, id and updated", "entry link/id URLs"],
  entries=[
  E("2029-02-27 20:45", "Russia says three killed in Ukrainian attack on Novorossiysk naval base",
    ["Russia\u2019s defence ministry said three sailors were killed and two warships damaged when Ukrainian sea drones and missiles attacked the Black Sea port of Novorossiysk overnight."],
    "strikes", "strikes", 3, NOVO, n="toll 3"),
  OFF("2029-02-27 18:00", "Wildfires force evacuations near Valpara\u00edso",
    ["Chilean authorities ordered thousands of people to leave hillside neighbourhoods as fires driven by strong winds spread towards the coast."],
    "chile-wildfires-valparaiso-2029-02-27", n="natural disaster"),
  E("2029-02-27 15:25", "UN Security Council to meet on Black Sea shipping",
    ["The UN Security Council will hold an emergency meeting on Wednesday at Russia\u2019s request to discuss attacks on shipping in the Black Sea, diplomats said."],
    "diplomacy", "diplomacy", 3, UNSC),
  OFF("2029-02-27 12:40", "Italian Senate approves overhaul of judiciary",
    ["The reform, which separates the careers of judges and prosecutors, will now be put to a referendum."],
    "italy-judicial-reform-senate-2029-02-27", n="Italian politics"),
  OFF("2029-02-27 09:10", "Nigeria raises petrol price for second time this year",
    ["The state oil company lifted pump prices by about 12 percent, citing the cost of imports."],
    "nigeria-petrol-price-rise-2029-02-27", n="economy"),
  OFF("2029-02-27 06:30", "India beat Australia by six wickets to level Test series",
    ["A century from the opener on the final morning in Chennai sealed victory with more than a session to spare."],
    "india-australia-test-cricket-2029-02-27", n="sport"),
  ]))

# ---------------------------------------------------------------- 16841 Cragnell Dispatch (day 3)
ODESA_P = "Russian attack drones hit port infrastructure in Odesa overnight, damaging two warehouses and injuring a security guard, the regional governor said."
SEEDS.append(dict(
  id="16841", name="16841_cragnell-textlive", ext="txt", source="Cragnell Dispatch", zone="Europe/Kyiv", render=r_cragnell,
  title="Live: Sea drones strike Novorossiysk; Finland and Ukraine to build interceptor drones", dateline="Tuesday 27 February",
  byline="Daryna Lutsenko", parse_args=["--date", "2029-02-27"],
  lede="Follow the day\u2019s events with our team in Kyiv. All times are Kyiv time.",
  basis="bare stamp '{s}' (Kyiv time, as the page says; EET = UTC+2) under the date line 'Tuesday 27 February' (no year on the page; parse_args gives 2029-02-27); local {d} in {z}",
  notes="Invented outlet. Text live blog, oldest first; no year anywhere on the page (date line 'Tuesday 27 February'), so parse_args gives --date 2029-02-27. Each post: bare '08:05' line (Kyiv time, stated in the standfirst), headline, paragraphs; one page byline 'By Daryna Lutsenko' used for every post. 16841-03 is a 'Video:' teaser without text (story = Novorossiysk). 16841-05 is a theme piece (explainer on sea drones) that mentions Novorossiysk: its own story, must not merge. 16841-07 repeats 16841-02 nearly word for word (duplicate_of 16841-02). The Odesa port drone attack (16841-02) happened the same night as the Novorossiysk attack but the other way round: must not merge.",
  not_entries=["masthead and navigation", "page title, date line, byline and standfirst (page lede)", "supporter appeal after the fourth post",
               "'The live blog continues tomorrow morning.'", "footer line"],
  entries=[
  E("2029-02-27 06:30", "Explosions in Novorossiysk as sea drones attack naval base",
    ["Residents of Novorossiysk reported a series of loud explosions and anti-aircraft fire over the bay during the night, and Russian officials said Ukrainian sea drones had attacked the naval base.",
     "Russia moved most of its Black Sea Fleet to Novorossiysk after repeated attacks on Sevastopol."],
    "strikes", "strikes", 3, NOVO, a="Daryna Lutsenko", n="first report"),
  E("2029-02-27 07:45", "Russian drones strike Odesa port overnight", [ODESA_P],
    "strikes", "strikes", 3, ODESA, a="Daryna Lutsenko",
    n="same night and same 'ports' theme as Novorossiysk, but Russia's attack on Ukraine; must not merge with the Novorossiysk attack"),
  E("2029-02-27 09:10", "Video: Smoke rises over Novorossiysk bay", [],
    "strikes", "strikes", 1, NOVO, n="video teaser without text"),
  E("2029-02-27 10:25", "Finland and Ukraine agree to co-produce interceptor drones",
    ["Finland and Ukraine signed an agreement in Helsinki to build interceptor drones together, with a production line due to open in Finland this summer.",
     "The drones are designed to bring down Russian Shahed-type attack drones at a fraction of the cost of a missile."],
    "aid", "aid", 3, FIN, a="Daryna Lutsenko"),
  E("2029-02-27 12:00", "Explainer: How sea drones changed the war in the Black Sea",
    ["Last night\u2019s attack on Novorossiysk is the latest in a long line of Ukrainian raids using uncrewed surface boats, which have pushed Russia\u2019s fleet out of much of the western Black Sea.",
     "The boats are cheap, sit low in the water and are hard to spot on radar. Newer versions carry missiles or small drones of their own."],
    "strikes", "strikes", 2, "explainer-ukraine-sea-drones", a="Daryna Lutsenko",
    n="theme piece (explainer on sea drones) that mentions Novorossiysk; must not merge with the Novorossiysk attack story"),
  E("2029-02-27 13:35", "Russia confirms two ships damaged, one sailor killed",
    ["Russia\u2019s defence ministry acknowledged that two Black Sea Fleet vessels had been damaged in Novorossiysk and one sailor killed, but said all 14 sea drones had been destroyed."],
    "strikes", "strikes", 3, NOVO, a="Daryna Lutsenko", n="toll 1"),
  E("2029-02-27 15:50", "Russian drones strike Odesa port overnight",
    ["Russian attack drones hit port infrastructure in Odesa overnight, damaging two warehouses and injuring one security guard, the regional governor said."],
    "strikes", "strikes", 1, ODESA, a="Daryna Lutsenko", dup="16841-02", n="near-verbatim repeat of 16841-02"),
  E("2029-02-27 19:20", "Kremlin says Novorossiysk attack will not go unanswered",
    ["Kremlin spokesman Dmitry Peskov said the attack on Novorossiysk, in which Russia now says three people died, would not go unanswered.",
     "He did not say what form a response would take."],
    "strikes", "strikes", 3, NOVO, a="Daryna Lutsenko", sec=["diplomacy"], n="official reaction whose content is the attack; toll 3"),
  ]))

# ---------------------------------------------------------------- 16842 Wrathmoor Herald (day 3)
SEEDS.append(dict(
  id="16842", name="16842_wrathmoor-graphlive", ext="html", source="Wrathmoor Herald", zone="Europe/Dublin", render=r_wrathmoor,
  title="Ukraine war: sea drones hit Russian fleet at Novorossiisk \u2013 as it happened", url="https://wrathmoor-herald.example/live/ukraine-2029-02-27",
  dateline="Tuesday 27 February 2029",
  lede="Ukraine says it struck two warships in their home port; Russia calls a Security Council meeting.",
  basis="<time> text '{s}' (12-hour, Irish time = GMT = UTC in February) under the date 'Tuesday 27 February 2029'; the datetime attribute gives the same instant; local {d} in {z}",
  notes="Invented outlet. HTML live blog, newest first. JSON-LD is an @graph whose article node has @type ['NewsArticle', 'LiveBlogPosting'] and no liveBlogUpdate (page times only). Each post: <time datetime>7.55pm</time> (12-hour, dot separator), h3 headline, paragraphs, then a signature line (author). Spelling 'Novorossiisk'. Zelensky's reaction (16842-03) is about the attack itself: same story.",
  not_entries=["header and navigation", "page title, date line and standfirst (page lede)", "podcast promo after the third post", "footer"],
  entries=[
  E("2029-02-27 21:05", "Novorossiisk: Russia now says three killed",
    ["Russia has raised the number of dead from last night\u2019s Ukrainian attack on the port of Novorossiisk to three, all of them naval personnel."],
    "strikes", "strikes", 3, NOVO, a="Aidan Corcoran", n="spelling 'Novorossiisk'; toll 3"),
  E("2029-02-27 18:30", "Russia calls UN Security Council meeting on Black Sea shipping",
    ["Russia has requested an emergency meeting of the UN Security Council for tomorrow on what it describes as Ukrainian attacks on civilian shipping in the Black Sea.",
     "Ukraine\u2019s ambassador to the UN said the request was an attempt to change the subject."],
    "diplomacy", "diplomacy", 3, UNSC, a="Aidan Corcoran"),
  E("2029-02-27 16:10", "Zelensky: no Russian warship is safe in the Black Sea",
    ["President Volodymyr Zelensky said last night\u2019s strike on Novorossiisk showed that Russia\u2019s fleet could no longer count on any safe harbour.",
     "He thanked the navy and the SBU security service for what he called a precise operation."],
    "strikes", "strikes", 3, NOVO, a="Ciara Munnelly", n="reaction whose content is the attack"),
  E("2029-02-27 13:20", "Two killed in glide-bomb attack on Zolochiv",
    ["Two people were killed when Russian aircraft dropped guided bombs on Zolochiv, a town in the Kharkiv region close to the border, local officials said."],
    "strikes", "strikes", 3, "zolochiv-glide-bomb-attack-2029-02-27", a="Ciara Munnelly"),
  E("2029-02-27 10:45", "Ukraine\u2019s navy claims hits on frigate and landing ship",
    ["Ukraine\u2019s navy said its sea drones had hit a Russian frigate and a landing ship at their moorings in Novorossiisk, in an operation carried out together with the SBU security service."],
    "strikes", "strikes", 3, NOVO, a="Aidan Corcoran"),
  E("2029-02-27 08:15", "Dublin hosts conference on support for Ukrainian families",
    ["Officials from 14 European countries are meeting in Dublin to compare how they house and support Ukrainians who fled the war, as temporary protection rules near their end date."],
    "other", "humanitarian", 2, "dublin-conference-ukrainian-families-2029-02-27", a="Ciara Munnelly"),
  ]))

# ---------------------------------------------------------------- 16843 Auchterblair Wire (day 3)
SEEDS.append(dict(
  id="16843", name="16843_auchterblair-rss", ext="xml", source="Auchterblair Wire", zone="Europe/Helsinki", render=r_rss,
  title="Auchterblair Wire \u2014 Nordic and Baltic security", url="https://auchterblair-wire.example", guidp="aw", guid0=41700,
  lede="Security news from the Nordic and Baltic region and the war in Ukraine.",
  basis="RSS pubDate '{s}' (explicit +0200, EET); local {d} in {z}",
  notes="Invented outlet. RSS feed, newest first, pubDate with +0200 (Helsinki); dc:creator on every item (author). 16843-05 is the Odesa port attack of the same night (its own story, not Novorossiysk).",
  not_entries=["channel title/link/description/language/self link", "category of every item", "guid and link URLs"],
  entries=[
  X(E("2029-02-27 22:30", "Oil loadings halted near Novorossiysk after attack",
    ["Tanker loadings at the oil terminal near Novorossiysk were suspended as a precaution after the overnight Ukrainian attack on the port, shipping sources said."],
    "strikes", "strikes", 3, NOVO, a="Eero Lindholm"), creator="Eero Lindholm"),
  X(E("2029-02-27 19:15", "Finland to co-produce interceptor drones with Ukraine",
    ["Finland\u2019s defence ministry said Finnish companies would build interceptor drones designed in Ukraine under a deal signed on Tuesday, with the first units due by summer."],
    "aid", "aid", 3, FIN, a="Eero Lindholm"), creator="Eero Lindholm"),
  X(E("2029-02-27 15:40", "Finnish border guard reports GPS jamming along eastern frontier",
    ["Aircraft and boats in south-eastern Finland lost satellite navigation signals for several hours, and the border guard said the interference came from the Russian side."],
    "other", "security", 2, "finland-gps-jamming-eastern-border-2029-02-27", a="Sanna Virtala"), creator="Sanna Virtala"),
  X(E("2029-02-27 12:05", "Russia claims advance near Siversk",
    ["Russia\u2019s defence ministry said its troops had pushed forward west of Siversk in the Donetsk region; Ukraine said the attacks had been repelled."],
    "other", "frontline", 2, "russia-claims-advance-near-siversk-2029-02-27", a="Sanna Virtala"), creator="Sanna Virtala"),
  X(E("2029-02-27 09:30", "Grain ships wait outside Odesa after overnight drone strike",
    ["Several grain carriers anchored off Odesa were waiting for clearance on Tuesday after Russian drones damaged warehouses in the port overnight, Ukraine\u2019s ports authority said."],
    "strikes", "strikes", 3, ODESA, a="Eero Lindholm", n="the Odesa port attack, not Novorossiysk; must not merge with the Novorossiysk attack"), creator="Eero Lindholm"),
  ]))


# ================================================================ RUN
if __name__ == "__main__":
    main()
